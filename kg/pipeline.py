"""build(): the one place that runs the stages in order.

per file (kg.per_file, in workers): read → repair text → segment → extract;
then names resolved across the corpus → per file (in workers): emit its
triples into a sorted chunk → one merge of the chunks (kg.merge) → graph.ttl,
graph.nq, the store and the page. The main process holds each file's names
and counts, never the corpus's texts or triples.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field, replace
from pathlib import Path

import pyoxigraph as ox
from rdflib.namespace import FOAF

from kg.cache import Cache
from kg.files import discard, exclusive, publish, write_store
from kg.merge import RUNS, Merged, Run, merge, write_part, write_quads
from kg.model import Document
from kg.ontology import GOV
from kg.per_file import FileResult, extract_documents, read_file, repair, segment
from kg.reading import Source, find_inputs
from kg.resolve import Resolver
from kg.workers import FileNames, Job, emit_batch, keep, kept, own_graph, read_keeping, run

__all__ = ["BuildResult", "FileResult", "build", "extract_documents", "read_file", "repair", "segment"]

Progress = Callable[[int, int, Path], None]


@dataclass
class BuildResult:
    """What a build made, and how long each stage took (seconds)."""

    sources: list[Source]
    tallies: Counter[str]  # documents and records of each kind, over the files
    merged: Merged  # the graph's triples and the instances of each class
    timings: dict[str, float] = field(default_factory=dict)
    output: Path | None = None
    cached: int = 0  # files whose result came from the build cache
    undrawn: int = 0  # the nodes of a network too large to draw as a page (0: drawn, or not asked for)
    documents: list[Document] = field(default_factory=list)  # with build(keep=True)
    made: bytes | None = None  # the Turtle of a build that wrote no files

    @property
    def turtle(self) -> bytes:
        """graph.ttl's bytes."""
        if self.made is not None:
            return self.made
        assert self.output is not None
        return self.output.read_bytes()

    def triples(self) -> list[ox.Triple]:
        """Every triple of the graph, parsed from its Turtle (for a program or a test; a corpus's graph is
        better asked through its store)."""
        return [quad.triple for quad in ox.parse(self.turtle, format=ox.RdfFormat.TURTLE)]

    def counts(self) -> dict[str, int]:
        """Documents, tasks, organizations, people and facts per category."""
        types, tallies = self.merged.types, self.tallies

        def of(*kinds: object) -> int:
            return sum(types[str(kind)] for kind in kinds)

        people = of(FOAF.Person)
        organizations = of(GOV.Department, GOV.Government, GOV.LeadingGroup, GOV.Enterprise, GOV.CollectiveActor)
        return {
            "documents": tallies["documents"],
            "tasks": tallies["tasks"],
            "assignments": tallies["assignments"],
            "organizations": organizations,
            "people": people,
            **{kind: tallies[kind] for kind in ("memberships", "appointments", "person_posts", "chains")},
            **{kind: tallies[kind] for kind in ("chain_roles", "concepts")},
            "triples": self.merged.triples,
        }


def build(
    inputs: Sequence[Path],
    out_dir: Path | None = None,
    progress: Progress | None = None,
    html: bool = True,
    jobs: int = 1,
    store: bool = False,
    cache: bool = False,
    executor: str = "processes",
    scheduler: str | None = None,
    encoding: str | None = None,
    on_busy: Callable[[], None] | None = None,
    keep: bool = True,
) -> BuildResult:
    """Build the graph from input files and folders; write out_dir/graph.ttl, graph.nq and graph.html if
    given.

    Files are read in ``jobs`` worker processes (or on the Dask cluster at
    ``scheduler`` with executor "dask") and merged in their order: the graph is
    the same for any number of jobs. With ``cache``, a file unchanged since a
    build into out_dir is not read again (out_dir/.cache/). A build holds
    out_dir from before it reads (another build into it waits: on_busy is told).
    With ``keep`` the result holds every document with its facts (for a program;
    the command does not keep them: a corpus's documents are gigabytes).
    """
    with exclusive(out_dir, on_busy) if out_dir is not None else nullcontext():
        with _workspace(out_dir) as work:
            files = _input_files(inputs, out_dir)
            kept_in = Cache(out_dir, encoding or "") if cache and out_dir is not None else None
            folder = kept_in.folder if kept_in else work / "files"
            todo = [
                Job(n, path, folder, kept_in.key(path) if kept_in else f"{n:07d}", encoding)
                for n, path in enumerate(files)
            ]
            return _build(todo, work, out_dir, progress, html, jobs, store, kept_in, executor, scheduler, keep)


@contextmanager
def _workspace(out_dir: Path | None) -> Iterator[Path]:
    """A temporary folder for the build's chunks (in the output folder: the files are renamed from there)."""
    work = Path(tempfile.mkdtemp(dir=out_dir, prefix=".build.", suffix=".tmp"))
    try:
        yield work
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _build(  # noqa: PLR0913 - build()'s arguments, inside its hold on the output folder
    todo: list[Job],
    work: Path,
    out_dir: Path | None,
    progress: Progress | None,
    html: bool,
    jobs: int,
    store: bool,
    cache: Cache | None,
    executor: str,
    scheduler: str | None,
    keep: bool,
) -> BuildResult:
    started = time.perf_counter()
    timings: dict[str, float] = {}
    sources: list[Source] = []
    tallies: Counter[str] = Counter()
    resolver = Resolver()
    for n, names in enumerate(_read_all(todo, jobs, cache, executor, scheduler), 1):
        if progress:
            progress(n, len(todo), names.source.path)
        for step, seconds in names.timings.items():
            timings[step] = timings.get(step, 0.0) + seconds
        sources.append(names.source)
        tallies.update(names.tallies)
        for doc in names.names:
            resolver.add(doc)
    if cache is not None:
        cache.prune()
    t = time.perf_counter()
    timings["files"] = t - started  # wall time of reading all files (the stages above add up across workers)
    per_run = max(1, -(-len(todo) // RUNS))
    batches = [(todo[i : i + per_run], work) for i in range(0, len(todo), per_run)]
    runs = list(run(emit_batch, batches, jobs, resolver.finish()))
    timings["graph"] = time.perf_counter() - t
    documents: list[Document] = []
    if keep:  # the files' results with their texts, as kept
        results = [kept(job) for job in todo]
        sources, documents = [r.source for r in results], [doc for r in results for doc in r.documents]
    result = BuildResult(sources, tallies, Merged(), timings, cached=cache.hits if cache else 0, documents=documents)
    _write(runs, [s.name for s in sources], work, out_dir, html, store, jobs, result)
    return result


def _write(  # noqa: PLR0913
    runs: list[Run],
    names: list[str],
    work: Path,
    out_dir: Path | None,
    html: bool,
    store: bool,
    jobs: int,
    result: BuildResult,
) -> None:
    """Merge the runs into graph.ttl and graph.nq (each file's facts in its own named graph), then write the
    store and the page: each staged, then all renamed into place together, so that the files beside each
    other are always of one build (and a failure leaves the last build's files as they were)."""
    _merge_runs(runs, names, work, jobs, result)
    turtle, quads = work / "graph.ttl", work / "graph.nq"
    from kg.explorer import PAGE_NODES
    from kg.network import KIND_OF_TYPE

    nodes = sum(result.merged.types[kind] for kind in KIND_OF_TYPE)
    result.undrawn = nodes if out_dir is not None and html and nodes > PAGE_NODES else 0
    staged = [(turtle, out_dir / "graph.ttl"), (quads, out_dir / "graph.nq")] if out_dir is not None else []
    try:
        with ThreadPoolExecutor(max_workers=1) as beside:  # Oxigraph loads without the GIL: meanwhile the page
            stored = None
            if store and out_dir is not None:
                stored = beside.submit(_timed, write_store, out_dir / "graph.ttl", turtle, quads)
            if html and out_dir is not None and not result.undrawn:
                t = time.perf_counter()
                page = work / "graph.html"
                page.write_bytes(network_page(turtle))
                staged.append((page, out_dir / "graph.html"))
                result.timings["html"] = time.perf_counter() - t
            if stored is not None:
                result.timings["store"] = stored.result()  # its error, if any, is raised here
    except BaseException:
        discard(staged)
        raise
    if out_dir is None:
        result.made = turtle.read_bytes()
        return
    if result.undrawn:
        (out_dir / "graph.html").unlink(missing_ok=True)  # it would not be this graph's
    publish(staged)
    result.output = out_dir / "graph.ttl"


def _merge_runs(runs: list[Run], names: list[str], work: Path, jobs: int, result: BuildResult) -> None:
    """The merge (its buckets sorted by the workers) into graph.ttl, then graph.nq in the work folder, each
    file's graph written by a worker."""
    t = time.perf_counter()
    result.merged = merged = merge(runs, work, lambda func, buckets: run(func, buckets, jobs))
    lost = [merged.lost.get(index, []) for index in range(len(names))]
    tasks = [(own_graph(work, n), lost[n], name, work / f"part-{n:07d}") for n, name in enumerate(names)]
    with (work / "graph.nq").open("wb") as nq:
        write_quads(work, run(write_part, tasks, jobs), nq)
    result.timings["merge"] = time.perf_counter() - t


def _timed(func: Callable[..., object], *args: object) -> float:
    t = time.perf_counter()
    func(*args)
    return time.perf_counter() - t


def _input_files(inputs: Sequence[Path], out_dir: Path | None) -> list[Path]:
    files = find_inputs(inputs)
    if out_dir is not None and any(path.is_dir() for path in inputs):
        # a folder that holds the output folder: its graph.html is govkg's, not an input
        made = out_dir.resolve()
        files = [f for f in files if made not in f.resolve().parents] or files
    return files


def _read_all(
    todo: list[Job], jobs: int, cache: Cache | None, executor: str = "processes", scheduler: str | None = None
) -> Iterator[FileNames]:
    """Each file's names, in the order of the files: from the cache, or read in this process, in ``jobs``
    worker processes, or on a Dask cluster; what each file gave is kept in its job's folder."""
    found: list[FileNames | None] = [cache.names(job.key) if cache else None for job in todo]
    for job, hit in zip(todo, found):
        if hit is not None:
            hit.source = replace(hit.source, path=job.path)  # the same bytes under the same name, perhaps moved
            hit.timings = {}  # nothing was read, repaired or extracted this time
    fresh = [job for job, hit in zip(todo, found) if hit is None]
    if executor == "dask":
        yield from _merge(found, _read_on_dask(fresh, jobs, scheduler))
        return
    yield from _merge(found, run(read_keeping, fresh, jobs))


def _read_on_dask(todo: list[Job], jobs: int, scheduler: str | None) -> Iterator[FileNames]:
    """Files read on a Dask cluster, kept by this process (the workers need not see the output folder)."""
    if not todo:
        return
    from kg.cluster import read_on_dask

    encoding = todo[0].encoding
    for job, result in zip(todo, read_on_dask([job.path for job in todo], scheduler, jobs, encoding)):
        yield keep(job, result)


def _merge(found: list[FileNames | None], fresh: Iterator[FileNames]) -> Iterator[FileNames]:
    """Cached and freshly read files, in the order of the files."""
    for hit in found:
        yield hit if hit is not None else next(fresh)


def network_page(turtle: Path) -> bytes:
    """The interactive network page of a freshly built graph."""
    from kg.explorer import render_html
    from kg.network import load_network

    store = ox.Store()
    store.bulk_load(path=str(turtle), format=ox.RdfFormat.TURTLE, lenient=True)  # Turtle Oxigraph wrote
    return render_html(load_network(store)).encode("utf-8")
