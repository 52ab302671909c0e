"""build(): the one place that runs the stages in order.

read → repair text → segment → extract → graph → serialise
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from rdflib.namespace import FOAF, RDF

from kg.extract import extract
from kg.files import store_of, write_atomic, write_store
from kg.graph import GraphBuilder, build_graph
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


def read_file(path: Path) -> FileResult:
    """Read, repair, segment and extract one input file: a pure function of its bytes (runs in a worker)."""
    timings: dict[str, float] = {}
    t = time.perf_counter()

    def lap(stage: str) -> None:
        nonlocal t
        now = time.perf_counter()
        timings[stage] = now - t
        t = now

    source = read_source(path)
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
) -> BuildResult:
    """Build the graph from input files and folders; write out_dir/graph.ttl and graph.html if given.

    With jobs > 1 the files are read in that many worker processes; their
    results are merged in the order of the files, so the graph is the same
    whatever the number of jobs.
    """
    started = time.perf_counter()
    files = find_inputs(inputs)
    if out_dir is not None and any(path.is_dir() for path in inputs):
        # a folder that holds the output folder: its graph.html is govkg's, not an input
        made = out_dir.resolve()
        files = [f for f in files if made not in f.resolve().parents] or files
    timings: dict[str, float] = {}
    sources: list[Source] = []
    documents: list[Document] = []
    for n, result in enumerate(_read_all(files, jobs), 1):
        if progress:
            progress(n, len(files), result.source.path)
        for stage, seconds in result.timings.items():
            timings[stage] = timings.get(stage, 0.0) + seconds
        sources.append(result.source)
        documents.extend(result.documents)
    t = time.perf_counter()
    timings["files"] = t - started  # wall time of reading all files (the stages above add up across workers)
    graph = build_graph(documents)
    timings["graph"] = time.perf_counter() - t
    t = time.perf_counter()
    turtle = graph.turtle()
    output = None
    if out_dir is not None:
        output = out_dir / "graph.ttl"
        write_atomic(output, turtle)
    timings["serialise"] = time.perf_counter() - t
    if output is not None and store:
        t = time.perf_counter()
        write_store(output)
        timings["store"] = time.perf_counter() - t
    if out_dir is not None and html:
        t = time.perf_counter()
        write_network_page(turtle, out_dir / "graph.html")
        timings["html"] = time.perf_counter() - t
    return BuildResult(documents, graph, turtle, timings, sources, output)


def _read_all(files: list[Path], jobs: int) -> Iterator[FileResult]:
    """Each file's result, in the order of the files: in this process, or in ``jobs`` worker processes."""
    if jobs <= 1 or len(files) <= 1:
        yield from map(read_file, files)
        return
    with ProcessPoolExecutor(max_workers=min(jobs, len(files))) as pool:
        yield from pool.map(read_file, files)


def write_network_page(turtle: bytes, path: Path) -> None:
    """The interactive network of a freshly built graph."""
    from kg.network import load_network, write_html

    write_html(load_network(store_of(turtle)), path)
