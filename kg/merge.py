"""The graph of a corpus from the graphs of its files, never whole in memory: an external merge sort.

The triples of each file are emitted on their own (kg.emit.emit_file), in a
worker, a batch of files at a time: each batch's triples are written sorted to
one run on disk, an N-Triples line per triple tagged with the graph it goes to
("0" the names graph, "1" and the file's number its own), and each file's own
graph, sorted, to a file of its own. One k-way merge of the runs gives every
triple once, in the canonical order of graph.ttl (by the N-Triples line; a tab
sorts before any character a line holds, so a tag never changes the order).
Where two files state one triple the merge sees them side by side: the names
graph wins, else the first file, as kg.graph.GraphBuilder says. graph.nq is the
names graph (from the merge), then each file's graph without the triples
another graph won. The main process holds one line per run and the lines that
lost, whatever the size of the corpus.
"""

from __future__ import annotations

import heapq
import shutil
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from kg.graph import NAMES_GRAPH, GraphBuilder, node, source_iri
from kg.ontology import PREFIXES

FAN_IN = 128  # runs merged at once (open files); more runs are merged in rounds
_NAMES = "0"
_TYPE = " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <"


def write_batch(graphs: Iterable[tuple[int, GraphBuilder]], run: Path, own: Callable[[int], Path]) -> int:
    """Write the triples of a batch of files (by their numbers): each file's own graph, sorted, to own(its
    number) for graph.nq, and all of them, tagged and sorted, to one run for the merge; how many lines."""
    names = node(NAMES_GRAPH)
    tagged: list[str] = []
    for index, builder in graphs:
        tag = f"\t1{index:07d}\n"
        mine: list[str] = []
        for line, graph in builder.triples.items():
            if graph == names:
                tagged.append(f"{line}\t{_NAMES}\n")
            else:
                mine.append(line)
                tagged.append(line + tag)
        mine.sort()
        _write_lines(own(index), (line + "\n" for line in mine))
    tagged.sort()
    _write_lines(run, tagged)
    return len(tagged)


def _write_lines(path: Path, lines: Iterable[str]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.writelines(lines)


def merge_runs(runs: Sequence[Path], into: Path) -> Path:
    """Merge sorted runs into one (a round of the merge: tags kept, identical lines once)."""
    with ExitStack() as stack, into.open("w", encoding="utf-8", newline="") as out:
        previous = None
        for line in heapq.merge(*(stack.enter_context(p.open(encoding="utf-8", newline="")) for p in runs)):
            if line != previous:
                out.write(line)
                previous = line
    return into


@dataclass
class Merged:
    """What the merge found: the triples of the graph, each type's instances, and the triples that lost."""

    triples: int = 0
    types: Counter[str] = field(default_factory=Counter)  # a class's IRI → its instances
    lost: dict[int, set[str]] = field(default_factory=dict)  # a file's number → its lines another graph holds


class _Winners:
    """The merge as a binary file of N-Triples lines (what Oxigraph's parser reads), each triple once; the
    names graph's quads go to ``names`` as they pass."""

    def __init__(self, lines: Iterator[str], names: BinaryIO, names_graph: str, merged: Merged) -> None:
        self.lines, self.names, self.merged = lines, names, merged
        self.names_tail = f" <{names_graph}> .\n"
        self.previous: str | None = None
        self.buffer = bytearray()

    def read(self, size: int = -1) -> bytes:
        """At most size bytes of the lines (all of them with -1); empty at the end."""
        while size < 0 or len(self.buffer) < size:
            if not self._more():
                break
        cut = len(self.buffer) if size < 0 else size
        out = bytes(self.buffer[:cut])
        del self.buffer[:cut]  # a bytearray drops its head without copying the rest
        return out

    def _more(self) -> bool:
        """Add the next lines of the merge to the buffer (some 64 KB); False at its end."""
        out: list[str] = []
        total = 0
        for tagged in self.lines:
            cut = tagged.rindex("\t")
            line, tag = tagged[:cut], tagged[cut + 1 : -1]
            if line == self.previous:  # stated again: the graph that came first (names, else a file) keeps it
                if tag != _NAMES:
                    self.merged.lost.setdefault(int(tag[1:]), set()).add(line)
                continue
            self.previous = line
            self._count(line)
            if tag == _NAMES:
                self.names.write((line + self.names_tail).encode())
            out.append(line + " .\n")
            total += len(line)
            if total >= 1 << 16:
                break
        self.buffer += "".join(out).encode()
        return bool(out)

    def _count(self, line: str) -> None:
        self.merged.triples += 1
        space = line.index(" ")  # the subject is an IRI or a blank node: no space in it
        if line.startswith(_TYPE, space):
            self.merged.types[line[space + len(_TYPE) : -1]] += 1


def merge(runs: Sequence[Path], work: Path) -> Merged:
    """Merge the runs: every triple once, in order, into work/graph.nt; the names graph's quads into
    work/names.nq; and which file lost which lines."""
    runs = list(runs)
    round_ = 0
    while len(runs) > FAN_IN:
        round_ += 1
        groups = [runs[i : i + FAN_IN] for i in range(0, len(runs), FAN_IN)]
        runs = [merge_runs(group, work / f"run-{round_}-{n}") for n, group in enumerate(groups)]
    merged = Merged()
    with ExitStack() as stack:
        opened = [stack.enter_context(p.open(encoding="utf-8", newline="")) for p in runs]
        names_out = stack.enter_context((work / NAMES_PART).open("wb"))
        winners = _Winners(heapq.merge(*opened), names_out, NAMES_GRAPH, merged)
        with (work / TRIPLES).open("wb") as out:
            shutil.copyfileobj(winners, out, 1 << 20)
    return merged


NAMES_PART = "names.nq"  # in the work folder: the names graph's quads, as the merge finds them
TRIPLES = "graph.nt"  # in the work folder: the graph's triples, each once, in order


def write_turtle(work: Path, turtle: BinaryIO) -> None:
    """graph.ttl from the merged triples (Oxigraph's Turtle, with the project's prefixes)."""
    triples = ox.parse(path=str(work / TRIPLES), format=ox.RdfFormat.N_TRIPLES)  # quads of the default graph
    ox.serialize(triples, turtle, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)


def write_part(task: tuple[Path, set[str], str, Path]) -> Path:
    """One file's named graph as N-Quads (in a worker): its own lines but those another graph holds."""
    own, lost, name, part = task
    tail = f" <{source_iri(name)}> .\n"
    with own.open(encoding="utf-8", newline="") as lines, part.open("w", encoding="utf-8", newline="") as out:
        out.writelines(line[:-1] + tail for line in lines if line[:-1] not in lost)
    return part


def write_quads(work: Path, parts: Iterable[Path], nquads: BinaryIO) -> None:
    """graph.nq: the names graph, then each file's graph in the order of the files."""
    for path in (work / NAMES_PART, *parts):
        with path.open("rb") as part:
            shutil.copyfileobj(part, nquads, 1 << 20)
