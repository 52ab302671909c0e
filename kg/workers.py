"""Where the per-file work of a build runs: reading each file, then emitting its triples.

Both are pure functions of one file (and, for emitting, of the corpus's
resolution), so they run in this process, in worker processes or (reading) on a
Dask cluster, and their results are taken in the order of the files. What a
file gave is kept in a folder (the build cache, or a temporary one) rather than
in the main process: it holds only each file's names (kg.resolve.DocNames) and
counts, so a corpus of a thousand gazettes is never whole in memory.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from kg.cache import NAMES, load, save
from kg.emit import emit_file
from kg.graph import GraphBuilder
from kg.mapped import MappedText
from kg.merge import Run, write_batch
from kg.per_file import FileResult, read_file
from kg.reading import Source
from kg.resolve import DocNames, Resolution, names_of


@dataclass
class FileNames:
    """What the main process keeps of one file: its source without its text, the names its documents give
    the resolution, how many records of each kind they hold, and each stage's seconds."""

    source: Source
    names: tuple[DocNames, ...]
    tallies: Counter[str]
    timings: dict[str, float] = field(default_factory=dict)


def names_of_file(result: FileResult) -> FileNames:
    docs = result.documents
    tallies: Counter[str] = Counter(documents=len(docs))
    for kind in RECORDS:
        tallies[kind] = sum(len(getattr(d, kind)) for d in docs)
    source = replace(result.source, raw="", text=MappedText.identity(""), layout=None)
    return FileNames(source, tuple(names_of(d) for d in docs), tallies, result.timings)


RECORDS = ("tasks", "assignments", "memberships", "appointments", "person_posts", "chains", "chain_roles", "concepts")


@dataclass(frozen=True)
class Job:
    """One file's work: where it is, where what it gave is kept (folder/key), how to decode it."""

    index: int
    path: Path
    folder: Path
    key: str
    encoding: str | None = None


def read_keeping(job: Job) -> FileNames:
    """Read one file, keep what it gave, and return its names."""
    return keep(job, read_file(job.path, job.encoding))


def keep(job: Job, result: FileResult) -> FileNames:
    names = names_of_file(result)
    save(job.folder, job.key, result)
    save(job.folder, job.key + NAMES, names)
    return names


def kept(job: Job) -> FileResult:
    """What a file gave, as kept (read again if it could not be kept)."""
    found = load(job.folder, job.key)
    if found is None:
        return read_file(job.path, job.encoding)
    return replace(found, source=replace(found.source, path=job.path))


_corpus: tuple[Resolution, Any] | None = None  # in a worker: the resolution, and the mention finder


def _set_corpus(resolution: Resolution) -> None:
    global _corpus  # noqa: PLW0603 - a worker process's copy, sent once rather than with every file
    _corpus = (resolution, resolution.mentions())


def emit_batch(task: tuple[list[Job], Path]) -> Run:
    """Emit the triples of a batch of files (in a worker) into one run for the merge, and each file's own
    graph into a file of its own (kg.merge.write_batch)."""
    batch, work = task
    assert _corpus is not None
    resolution, mentions = _corpus

    def graphs() -> Iterator[tuple[int, GraphBuilder]]:
        for job in batch:  # one file's documents in memory at a time
            result = kept(job)
            yield job.index, emit_file(result.source, result.documents, resolution, mentions)

    return write_batch(graphs(), work / f"run-{batch[0].index:07d}", lambda index: own_graph(work, index))


def own_graph(work: Path, index: int) -> Path:
    """Where a build keeps a file's own triples (sorted N-Triples lines) until graph.nq is written."""
    return work / f"own-{index:07d}"


def run(func: Any, tasks: list[Any], jobs: int, resolution: Resolution | None = None) -> Iterator[Any]:
    """func over tasks, in their order: here, or in ``jobs`` worker processes (each given the resolution)."""
    if resolution is not None:
        _set_corpus(resolution)
    if jobs <= 1 or len(tasks) <= 1:
        yield from map(func, tasks)
        return
    setup = {"initializer": _set_corpus, "initargs": (resolution,)} if resolution is not None else {}
    with ProcessPoolExecutor(max_workers=min(jobs, len(tasks)), **setup) as pool:
        yield from pool.map(func, tasks)
