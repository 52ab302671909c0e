"""The graph of a corpus from the graphs of its files, never whole in memory: an external merge sort.

Each file's triples are emitted on their own (kg.emit.emit_file) and written,
sorted, to a chunk on disk: one N-Triples line per triple, tagged with the
graph it goes to ("0" the names graph, "1" and the file's number its own). One
k-way merge of the chunks gives every triple once, in the canonical order of
graph.ttl (by the N-Triples line; a tab sorts before any character a line
holds, so a tag never changes the order). Where two files state one triple the
merge sees them side by side: the names graph wins, else the first file, as
kg.graph.GraphBuilder says. graph.nq is then the names graph (from the merge)
and each file's chunk in file order without the triples another graph won.
Memory is one line per chunk and the triples that lost, whatever the corpus.
"""

from __future__ import annotations

import heapq
import shutil
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from kg.graph import NAMES_GRAPH, GraphBuilder, node, source_iri
from kg.ontology import PREFIXES

FAN_IN = 128  # chunks merged at once (open files); more chunks are merged in rounds
_NAMES = "0"
_TYPE = " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <"


def write_chunk(builder: GraphBuilder, index: int, path: Path) -> int:
    """Write one file's triples, sorted and tagged with their graph, to a chunk; how many."""
    names = node(NAMES_GRAPH)
    own = f"\t1{index:07d}\n"
    lines = sorted(f"{t}\t{_NAMES}\n" if g == names else f"{t}{own}" for t, g in builder.triples.items())
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.writelines(lines)
    return len(lines)


def merge_runs(runs: Sequence[Path], into: Path) -> Path:
    """Merge sorted chunks into one (a round of the merge: tags kept, identical lines once)."""
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


def merge(chunks: Sequence[Path], names: Sequence[str], work: Path, turtle: BinaryIO, nquads: BinaryIO) -> Merged:
    """Write graph.ttl and graph.nq from the chunks of the files (in file order; ``names`` their names)."""
    runs = list(chunks)
    round_ = 0
    while len(runs) > FAN_IN:
        round_ += 1
        groups = [runs[i : i + FAN_IN] for i in range(0, len(runs), FAN_IN)]
        runs = [merge_runs(group, work / f"run-{round_}-{n}") for n, group in enumerate(groups)]
    merged = Merged()
    names_part = work / "names.nq"
    with ExitStack() as stack:
        opened = [stack.enter_context(p.open(encoding="utf-8", newline="")) for p in runs]
        names_out = stack.enter_context(names_part.open("wb"))
        winners = _Winners(heapq.merge(*opened), names_out, NAMES_GRAPH, merged)
        triples = (q.triple for q in ox.parse(winners, format=ox.RdfFormat.N_TRIPLES))
        ox.serialize(triples, turtle, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    with names_part.open("rb") as names_in:
        shutil.copyfileobj(names_in, nquads)
    for index, (chunk, name) in enumerate(zip(chunks, names)):
        _write_own(chunk, merged.lost.get(index, set()), source_iri(name), nquads)
    return merged


def _write_own(chunk: Path, lost: set[str], graph: str, nquads: BinaryIO) -> None:
    """One file's named graph: its chunk's lines of its own graph but those another graph holds."""
    tail = f" <{graph}> .\n"
    out: list[str] = []
    with chunk.open(encoding="utf-8", newline="") as handle:
        for tagged in handle:
            cut = tagged.rindex("\t")
            if tagged[cut + 1] == _NAMES:
                continue
            line = tagged[:cut]
            if line not in lost:
                out.append(line + tail)
            if len(out) >= 4096:
                nquads.write("".join(out).encode())
                out.clear()
    nquads.write("".join(out).encode())
