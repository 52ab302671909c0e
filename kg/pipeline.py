"""build(): the one place that runs the stages in order.

read → repair text → segment → extract → graph → serialise
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from pathlib import Path

from rdflib.namespace import FOAF, RDF

from kg.cache import Cache, save
from kg.extract import extract
from kg.files import discard, exclusive, publish, stage, store_of, write_store
from kg.graph import GraphBuilder, build_graph, node
from kg.model import Document
from kg.ontology import GOV
from kg.reading import Source, find_inputs, read_source
from kg.repair import Paragraph, column_width, paragraphs, repair_lines
from kg.segment import build_documents

Progress = Callable[[int, int, Path], None]


@dataclass
class BuildResult:
    """What a build made, and how long each stage took (seconds)."""

    documents: list[Document]
    graph: GraphBuilder
    turtle: bytes
    timings: dict[str, float] = field(default_factory=dict)
    sources: list[Source] = field(default_factory=list)
    output: Path | None = None
    cached: int = 0  # files whose result came from the build cache
    undrawn: int = 0  # the nodes of a network too large to draw as a page (0: drawn, or not asked for)

    def counts(self) -> dict[str, int]:
        """Documents, tasks, organizations, people and facts per category."""
        rdf_type = str(RDF.type)
        types = Counter(t.object.value for t in self.graph.triples if t.predicate.value == rdf_type)

        def of(*kinds: object) -> int:
            return sum(types[str(kind)] for kind in kinds)

        return {
            "documents": len(self.documents),
            "tasks": sum(len(d.tasks) for d in self.documents),
            "assignments": sum(len(d.assignments) for d in self.documents),
            "organizations": of(GOV.Department, GOV.Government, GOV.LeadingGroup, GOV.Enterprise, GOV.CollectiveActor),
            "people": of(FOAF.Person),
            "memberships": sum(len(d.memberships) for d in self.documents),
            "appointments": sum(len(d.appointments) for d in self.documents),
            "person_posts": sum(len(d.person_posts) for d in self.documents),
            "chains": sum(len(d.chains) for d in self.documents),
            "chain_roles": sum(len(d.chain_roles) for d in self.documents),
            "concepts": sum(len(d.concepts) for d in self.documents),
            "triples": len(self.graph.triples),
        }


def repair(source: Source) -> tuple[list[Paragraph], float]:
    """Repaired paragraphs of one source, and its column width."""
    lines = repair_lines(source.text)
    full = column_width(lines)
    return paragraphs(lines, full), full


def segment(source: Source, paras: list[Paragraph], full: float) -> list[Document]:
    return build_documents(paras, full, source.name, source.path.stem, source.script, source.raw, source.layout)


def extract_documents(source: Source) -> list[Document]:
    """Repair, segment and extract one decoded source: documents with their facts."""
    return [extract(doc) for doc in segment(source, *repair(source))]


@dataclass
class FileResult:
    """What one input file gives: its source, its documents with their facts, and each stage's seconds."""

    source: Source
    documents: list[Document]
    timings: dict[str, float]


def read_file(path: Path, encoding: str | None = None) -> FileResult:
    """Read, repair, segment and extract one input file: a pure function of its bytes (runs in a worker);
    ``encoding`` forces how a text file is decoded."""
    timings: dict[str, float] = {}
    t = time.perf_counter()

    def lap(stage: str) -> None:
        nonlocal t
        now = time.perf_counter()
        timings[stage] = now - t
        t = now

    source = read_source(path, encoding)
    lap("read")
    paras, full = repair(source)
    lap("repair")
    found = segment(source, paras, full)
    lap("segment")
    documents = [extract(doc) for doc in found]
    lap("extract")
    return FileResult(source, documents, timings)


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
) -> BuildResult:
    """Build the graph from input files and folders; write out_dir/graph.ttl and graph.html if given.

    Files are read in ``jobs`` worker processes (or on the Dask cluster at
    ``scheduler`` with executor "dask") and merged in their order: the graph is
    the same for any number of jobs. With ``cache``, a file unchanged since a
    build into out_dir is not read again (out_dir/.cache/). A build holds
    out_dir from before it reads (another build into it waits: on_busy is told).
    """
    with exclusive(out_dir, on_busy) if out_dir is not None else nullcontext():
        return _build(inputs, out_dir, progress, html, jobs, store, cache, executor, scheduler, encoding)


def _build(  # noqa: PLR0913 - build()'s arguments, inside its hold on the output folder
    inputs: Sequence[Path],
    out_dir: Path | None,
    progress: Progress | None,
    html: bool,
    jobs: int,
    store: bool,
    cache: bool,
    executor: str,
    scheduler: str | None,
    encoding: str | None,
) -> BuildResult:
    started = time.perf_counter()
    files = _input_files(inputs, out_dir)
    timings: dict[str, float] = {}
    sources: list[Source] = []
    documents: list[Document] = []
    kept = Cache(out_dir, encoding or "") if cache and out_dir is not None else None
    for n, result in enumerate(_read_all(files, jobs, kept, executor, scheduler, encoding), 1):
        if progress:
            progress(n, len(files), result.source.path)
        for step, seconds in result.timings.items():
            timings[step] = timings.get(step, 0.0) + seconds
        sources.append(result.source)
        documents.extend(result.documents)
    if kept is not None:
        kept.prune()
    t = time.perf_counter()
    timings["files"] = t - started  # wall time of reading all files (the stages above add up across workers)
    graph = build_graph(documents, sources)
    timings["graph"] = time.perf_counter() - t
    t = time.perf_counter()
    turtle = graph.turtle()
    timings["serialise"] = time.perf_counter() - t
    undrawn = _too_large(graph, out_dir) if html else 0
    output = _publish(graph, turtle, out_dir, html and not undrawn, store, timings) if out_dir is not None else None
    return BuildResult(documents, graph, turtle, timings, sources, output, kept.hits if kept else 0, undrawn)


PAGE_NODES = 50_000  # more than a browser draws usefully (the page of 100 gazettes has 22,000): kg viz draws a part


def _too_large(graph: GraphBuilder, out_dir: Path | None) -> int:
    """The nodes of a network page too large to draw (0 if it is not), whose older page is then removed:
    it would not be this graph's."""
    from kg.network import KIND_OF_TYPE

    if out_dir is None:
        return 0
    a = node(str(RDF.type))
    kinds = {node(kind) for kind in KIND_OF_TYPE}
    nodes = sum(1 for t in graph.triples if t.predicate == a and t.object in kinds)
    if nodes <= PAGE_NODES:
        return 0
    (out_dir / "graph.html").unlink(missing_ok=True)
    return nodes


def _input_files(inputs: Sequence[Path], out_dir: Path | None) -> list[Path]:
    files = find_inputs(inputs)
    if out_dir is not None and any(path.is_dir() for path in inputs):
        # a folder that holds the output folder: its graph.html is govkg's, not an input
        made = out_dir.resolve()
        files = [f for f in files if made not in f.resolve().parents] or files
    return files


def _publish(
    graph: GraphBuilder, turtle: bytes, out_dir: Path, html: bool, store: bool, timings: dict[str, float]
) -> Path:
    """Write graph.ttl, graph.nq (each file's facts in its own named graph), the store and the page: each
    staged in a temporary file, then all renamed into place together, so that the files beside each other
    are always of one build (and a failure leaves the last build's files as they were)."""
    t = time.perf_counter()
    output = out_dir / "graph.ttl"
    staged: list[tuple[Path, Path]] = []
    try:
        staged.append((stage(output, turtle), output))
        staged.append((stage(out_dir / "graph.nq", graph.write_nquads), out_dir / "graph.nq"))
        timings["write"] = time.perf_counter() - t
        with ThreadPoolExecutor(max_workers=1) as beside:  # Oxigraph loads without the GIL: the page is drawn meanwhile
            stored = beside.submit(_timed, write_store, output, *(tmp for tmp, _ in staged)) if store else None
            if html:
                t = time.perf_counter()
                staged.append((stage(out_dir / "graph.html", network_page(turtle)), out_dir / "graph.html"))
                timings["html"] = time.perf_counter() - t
            if stored is not None:
                timings["store"] = stored.result()  # its error, if any, is raised here
    except BaseException:
        discard(staged)
        raise
    publish(staged)
    return output


def _timed(func: Callable[..., object], *args: object) -> float:
    t = time.perf_counter()
    func(*args)
    return time.perf_counter() - t


def _read_all(
    files: list[Path],
    jobs: int,
    cache: Cache | None,
    executor: str = "processes",
    scheduler: str | None = None,
    encoding: str | None = None,
) -> Iterator[FileResult]:
    """Each file's result, in the order of the files: from the cache, or read in this process, in ``jobs``
    worker processes (which keep what they read in the cache), or on a Dask cluster."""
    keys = [cache.key(path) for path in files] if cache else [""] * len(files)
    found = [cache.get(key) if cache else None for key in keys]
    for path, hit in zip(files, found):
        if hit is not None:
            hit.source = replace(hit.source, path=path)  # the same bytes under the same name, perhaps moved
            hit.timings = {}  # nothing was read, repaired or extracted this time
    if executor == "dask":
        todo = [(path, key) for path, key, hit in zip(files, keys, found) if hit is None]
        yield from _merge(found, _read_on_dask(todo, jobs, cache, scheduler, encoding))
        return
    folder = cache.folder if cache else None
    jobs_todo = [(path, key, folder, encoding) for path, key, hit in zip(files, keys, found) if hit is None]
    if jobs <= 1 or len(jobs_todo) <= 1:
        yield from _merge(found, map(_read_keeping, jobs_todo))
        return
    with ProcessPoolExecutor(max_workers=min(jobs, len(jobs_todo))) as pool:
        yield from _merge(found, pool.map(_read_keeping, jobs_todo))


def _read_on_dask(
    todo: list[tuple[Path, str]], jobs: int, cache: Cache | None, scheduler: str | None, encoding: str | None
) -> Iterator[FileResult]:
    """Files read on a Dask cluster, kept in the cache by this process (the workers need not see the output
    folder)."""
    if not todo:
        return
    from kg.cluster import read_on_dask

    for (_, key), result in zip(todo, read_on_dask([path for path, _ in todo], scheduler, jobs, encoding)):
        if cache is not None and key:
            save(cache.folder, key, result)
        yield result


def _read_keeping(job: tuple[Path, str, Path | None, str | None]) -> FileResult:
    """Read one file and, with a cache folder and key, keep the result there."""
    path, key, folder, encoding = job
    result = read_file(path, encoding)
    if folder is not None and key:
        save(folder, key, result)
    return result


def _merge(found: list[FileResult | None], fresh: Iterator[FileResult]) -> Iterator[FileResult]:
    """Cached and freshly read results, in the order of the files."""
    for hit in found:
        yield hit if hit is not None else next(fresh)


def network_page(turtle: bytes) -> bytes:
    """The interactive network page of a freshly built graph."""
    from kg.network import load_network, render_html

    return render_html(load_network(store_of(turtle))).encode("utf-8")
