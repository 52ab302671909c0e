"""The graph of a corpus from the graphs of its files, never whole in memory: a sort by ranges.

The triples of each file are emitted on their own (kg.emit.emit_file), in a
worker, a batch of files at a time: each batch's triples are written sorted to
one run on disk, an N-Triples line per triple tagged with the graph it goes to
("0" the names graph, "1" and the file's number its own), and each file's own
graph, sorted, to a file of its own. The runs are then cut into buckets by
subject (the cuts taken from an even spread of the runs' lines, so a bucket
holds some 200,000 lines whatever the corpus); each bucket gathers its range of
every run and is sorted in memory, in a worker, so buckets sort in parallel.
In canonical order (by the N-Triples line; a tab sorts before any character a
line holds, so a tag never changes the order) a bucket gives every triple once:
where two files state one triple the sort puts them side by side, and the names
graph wins, else the first file, as kg.graph.GraphBuilder says. Each bucket
writes its part of graph.ttl (a subject is never cut, so Oxigraph's Turtle of
the parts, put end to end, is the Turtle of the whole) and of the names graph.
graph.nq is the names graph, then each file's graph without the triples another
graph won (each bucket writes the lines that lost to a file of its own, grouped
by the file that stated them). The main process holds a few lines per block of
each run and where each file's lost lines are, whatever the size of the corpus.
"""

from __future__ import annotations

import bisect
import re
import shutil
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from kg.graph import NAMES_GRAPH, GraphBuilder, node, source_iri
from kg.ontology import PREFIXES

RUNS = 64  # runs of a build (batches of files), so that every worker has some
BLOCK = 256  # lines of a run between two of the lines the main process keeps to find a range in it
BUCKET = 200_000  # lines a bucket holds, about: what a worker sorts in memory at once
_NAMES = "0"
_TYPE = " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <"
_LINE_RE = re.compile(r"[^\n]*\n")  # a line of a run: N-Triples escapes line breaks in a literal


@dataclass
class Run:
    """A sorted run on disk, with the first line and byte offset of each of its blocks (and its size)."""

    path: Path
    firsts: list[str] = field(default_factory=list)
    offsets: list[int] = field(default_factory=lambda: [0])

    def piece(self, low: str | None, high: str | None) -> tuple[Path, int, int]:
        """The bytes of the run that hold its lines from ``low`` up to ``high``, and a block more at most."""
        first = max(bisect.bisect_left(self.firsts, low) - 1, 0) if low is not None else 0
        last = bisect.bisect_left(self.firsts, high) if high is not None else len(self.firsts)
        return self.path, self.offsets[first], self.offsets[max(last, first)]


def write_batch(graphs: Iterable[tuple[int, GraphBuilder]], path: Path, own: Callable[[int], Path]) -> Run:
    """Write the triples of a batch of files (by their numbers): each file's own graph, sorted, to own(its
    number) for graph.nq, and all of them, tagged and sorted, to one run for the merge."""
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
        with own(index).open("w", encoding="utf-8", newline="") as handle:
            handle.writelines(line + "\n" for line in mine)
    tagged.sort()
    run = Run(path)
    with path.open("wb") as out:
        for i in range(0, len(tagged), BLOCK):
            block = "".join(tagged[i : i + BLOCK]).encode()
            out.write(block)
            run.firsts.append(tagged[i])
            run.offsets.append(run.offsets[-1] + len(block))
    return run


@dataclass
class Merged:
    """What the merge found: the triples of the graph, each type's instances, and the triples that lost."""

    triples: int = 0
    types: Counter[str] = field(default_factory=Counter)  # a class's IRI → its instances
    # a file's number → where its lines that another graph holds are: (file, start, end) in the buckets'
    # files of lost lines, so that the main process holds three numbers per file and bucket, not the lines
    lost: dict[int, list[tuple[Path, int, int]]] = field(default_factory=dict)

    def add(self, other: Merged) -> None:
        self.triples += other.triples
        self.types.update(other.types)
        for index, pieces in other.lost.items():
            self.lost.setdefault(index, []).extend(pieces)


def lost_lines(pieces: Iterable[tuple[Path, int, int]]) -> set[str]:
    """A file's lines that another graph holds, read from the pieces the merge wrote them to."""
    lines: set[str] = set()
    for path, start, end in pieces:
        with path.open("rb") as handle:
            handle.seek(start)
            lines.update(handle.read(end - start).decode("utf-8").split("\n")[:-1])
    return lines


def cuts(runs: Sequence[Run], size: int | None = None) -> list[str]:
    """Where the buckets part: subjects ("<iri> ", which begins each line of that subject) taken at even
    steps through the runs' block starts, so that each bucket holds about ``size`` lines."""
    total = sum(len(run.firsts) for run in runs) * BLOCK
    count = -(-total // (size or BUCKET))
    if count <= 1:
        return []
    starts = sorted(line for run in runs for line in run.firsts)
    return sorted({_subject(starts[len(starts) * k // count]) for k in range(1, count)})


def _subject(line: str) -> str:
    return line[: line.index(" ") + 1]  # an IRI or a blank node has no space in it


@dataclass(frozen=True)
class Bucket:
    """One range of the merge: its lines from low (inclusive) to high, the pieces of the runs that hold
    them, and where its parts of graph.ttl and of the names graph go."""

    low: str | None
    high: str | None
    pieces: tuple[tuple[Path, int, int], ...]
    turtle: Path
    names: Path
    lost: Path  # the lines of files that another graph holds, grouped by file
    head: bool  # the first bucket: its Turtle keeps the prefixes


def buckets(runs: Sequence[Run], work: Path, size: int | None = None) -> list[Bucket]:
    bounds: list[str | None] = [None, *cuts(runs, size), None]
    return [
        Bucket(
            low,
            high,
            tuple(run.piece(low, high) for run in runs),
            work / f"ttl-{n:05d}",
            work / f"nq-{n:05d}",
            work / f"lost-{n:05d}",
            n == 0,
        )
        for n, (low, high) in enumerate(zip(bounds, bounds[1:]))
    ]


def merge_bucket(bucket: Bucket) -> Merged:
    """Sort one bucket (in a worker): its triples once each, their Turtle, and its part of the names graph."""
    lines: list[str] = []
    for path, start, end in bucket.pieces:
        with path.open("rb") as run:
            run.seek(start)
            got = _LINE_RE.findall(run.read(end - start).decode("utf-8"))
        lines += got[
            bisect.bisect_left(got, bucket.low) if bucket.low is not None else 0 : (
                bisect.bisect_left(got, bucket.high) if bucket.high is not None else len(got)
            )
        ]
    lines.sort()
    merged = Merged()
    triples, names, lost = _winners(lines, merged)
    del lines
    _write_lost(lost, bucket.lost, merged)
    turtle = ox.serialize(
        ox.parse("".join(triples).encode(), format=ox.RdfFormat.N_TRIPLES),
        format=ox.RdfFormat.TURTLE,
        prefixes=PREFIXES,
    )
    bucket.turtle.write_bytes(turtle if bucket.head else _without_prefixes(turtle))
    bucket.names.write_text("".join(names), encoding="utf-8")
    return merged


def _write_lost(lost: list[tuple[int, str]], path: Path, merged: Merged) -> None:
    """A bucket's lost lines to its file, grouped by the file that stated them; where each group is, into
    merged."""
    lost.sort()
    offset = 0
    with path.open("wb") as out:
        for index, group in groupby(lost, key=itemgetter(0)):
            data = "".join(line + "\n" for _, line in group).encode()
            out.write(data)
            merged.lost[index] = [(path, offset, offset + len(data))]
            offset += len(data)


def _winners(lines: list[str], merged: Merged) -> tuple[list[str], list[str], list[tuple[int, str]]]:
    """The sorted, tagged lines of a bucket as N-Triples (each triple once), the names graph's N-Quads, and
    the lines of a file that another graph keeps (with the file's number); counts into merged."""
    names_tail = f" <{NAMES_GRAPH}> .\n"
    triples: list[str] = []
    names: list[str] = []
    lost: list[tuple[int, str]] = []
    previous = None
    for tagged in lines:
        cut = tagged.rindex("\t")
        line, tag = tagged[:cut], tagged[cut + 1 : -1]
        if line == previous:  # stated again: the graph that came first (names, else a file) keeps it
            if tag != _NAMES:
                lost.append((int(tag[1:]), line))
            continue
        previous = line
        merged.triples += 1
        space = line.index(" ")
        if line.startswith(_TYPE, space):
            merged.types[line[space + len(_TYPE) : -1]] += 1
        if tag == _NAMES:
            names.append(line + names_tail)
        triples.append(line + " .\n")
    return triples, names, lost


def _without_prefixes(turtle: bytes) -> bytes:
    """Turtle without the prefix lines Oxigraph writes before the first triple (a body line never starts
    with "@")."""
    at = 0
    while turtle.startswith(b"@prefix ", at):
        at = turtle.index(b"\n", at) + 1
    return turtle[at:]


def merge(runs: Sequence[Run], work: Path, sort: Callable[..., Iterator[Merged]] | None = None) -> Merged:
    """Merge the runs: graph.ttl and the names graph's quads (work/names.nq) from the buckets, in order,
    each sorted by ``sort`` (a map over the buckets: in worker processes, or here); what was found."""
    todo = buckets(runs, work)
    merged = Merged()
    with (work / TURTLE).open("wb") as turtle, (work / NAMES_PART).open("wb") as names:
        for bucket, found in zip(todo, (sort or map)(merge_bucket, todo)):
            merged.add(found)
            for part, out in ((bucket.turtle, turtle), (bucket.names, names)):
                with part.open("rb") as handle:
                    shutil.copyfileobj(handle, out, 1 << 20)
                part.unlink()
    return merged


NAMES_PART = "names.nq"  # in the work folder: the names graph's quads, as the merge finds them
TURTLE = "graph.ttl"  # in the work folder: the graph's Turtle


def write_part(task: tuple[Path, list[tuple[Path, int, int]], str, Path]) -> Path:
    """One file's named graph as N-Quads (in a worker): its own lines but those another graph holds."""
    own, pieces, name, part = task
    lost = lost_lines(pieces)
    tail = f" <{source_iri(name)}> .\n"
    text = own.read_text(encoding="utf-8")  # a line break ends every line (N-Triples escapes one in a literal)
    if lost:
        text = "".join(line + "\n" for line in text.split("\n")[:-1] if line not in lost)
    part.write_text(text.replace("\n", tail), encoding="utf-8", newline="")
    return part


def write_quads(work: Path, parts: Iterable[Path], nquads: BinaryIO) -> None:
    """graph.nq: the names graph, then each file's graph in the order of the files."""
    for path in (work / NAMES_PART, *parts):
        with path.open("rb") as part:
            shutil.copyfileobj(part, nquads, 1 << 20)
