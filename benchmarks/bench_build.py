"""Time `kg build` on the seed: per stage, in a fresh process, and the graph-store choices side by side.

    python benchmarks/bench_build.py [--repeat N] [--scale K]

Figures are reported as ratios measured in this one run, because the machines
are shared and noisy; the target is the whole seed build in ≤ 1 s wall in a
fresh process. Store choices, for the same triples: rdflib's Memory store,
rdflib's API on the Oxigraph store (oxrdflib, if installed), and
pyoxigraph.Store directly; each loads the triples, writes Turtle and answers
two queries (a GROUP BY and a join). --scale K repeats the graph K times under
other IRIs to see how each grows.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
import rdflib

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.files import serialize, sort_triples  # noqa: E402
from kg.ontology import sparql_prologue  # noqa: E402
from kg.pipeline import build  # noqa: E402

SEED = ROOT / "seeds"
QUERIES = {
    "group-by": "SELECT ?type (COUNT(?s) AS ?n) WHERE { ?s a ?type } GROUP BY ?type ORDER BY DESC(?n)",
    "join": "SELECT ?doc (COUNT(?t) AS ?tasks) WHERE { ?t a gov:Task ; dct:isPartOf ?d . ?d rdfs:label ?doc } GROUP BY ?doc",
}


def timed(func: Callable[[], object], repeat: int) -> float:
    """Median wall time of ``func`` over ``repeat`` runs, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def fresh_process_build(repeat: int) -> float:
    with tempfile.TemporaryDirectory() as out:
        cmd = [sys.executable, "-m", "kg", "build", str(SEED), "-o", out]
        return timed(lambda: subprocess.run(cmd, check=True, capture_output=True, cwd=ROOT), repeat)


def scaled(triples: list[ox.Triple], k: int) -> list[ox.Triple]:
    if k == 1:
        return triples

    def move(term: object, i: int) -> object:
        if isinstance(term, ox.NamedNode) and term.value.startswith("https://w3id.org/govkg/id/"):
            return ox.NamedNode(f"{term.value}/copy{i}")
        return term

    return [ox.Triple(move(t.subject, i), t.predicate, move(t.object, i)) for i in range(k) for t in triples]


def to_rdflib(term: object) -> rdflib.term.Node:
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return rdflib.Literal(term.value, lang=term.language)
        return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))
    return rdflib.BNode(str(term))


def with_rdflib(triples: list[ox.Triple], store: str, fmt: str) -> None:
    graph = rdflib.Graph(store=store)
    graph.addN((to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object), graph) for t in triples)
    graph.serialize(format=fmt)
    for query in QUERIES.values():
        list(graph.query(sparql_prologue() + query))


def with_pyoxigraph_store(triples: list[ox.Triple]) -> None:
    store = ox.Store()
    store.extend(ox.Quad(t.subject, t.predicate, t.object) for t in triples)
    store.dump(format=ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph())
    for query in QUERIES.values():
        list(store.query(sparql_prologue() + query))


def with_sorted_serialize(triples: list[ox.Triple]) -> None:
    """What `kg build` does: sort for determinism, write with pyoxigraph."""
    serialize(sort_triples(triples))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--scale", type=int, default=10, help="also time the store choices on K copies of the graph")
    args = parser.parse_args()

    print("== kg build on the seed, in-process, per stage (median of runs) ==")
    runs = []
    with tempfile.TemporaryDirectory() as out:
        for _ in range(args.repeat):
            runs.append(build([SEED], Path(out)))
    stages = {k: statistics.median(r.timings[k] for r in runs) for k in runs[0].timings}
    total = sum(stages.values())
    for stage, seconds in stages.items():
        print(f"  {stage:<10}{seconds * 1000:9.1f} ms  {seconds / total:6.1%}")
    print(f"  {'total':<10}{total * 1000:9.1f} ms")

    wall = fresh_process_build(args.repeat)
    print("\n== kg build on the seed in a fresh process (imports included) ==")
    print(f"  wall {wall:.3f} s   target ≤ 1 s: {'met' if wall <= 1.0 else 'NOT met'} ({wall / 1.0:.2f} of the budget)")

    triples = sorted(runs[0].triples(), key=str)
    try:
        import oxrdflib  # noqa: F401

        has_oxrdflib = True
    except ImportError:
        has_oxrdflib = False
    for k in sorted({1, args.scale}):
        compare_stores(scaled(triples, k), args.repeat, has_oxrdflib)


def compare_stores(data: list[ox.Triple], repeat: int, has_oxrdflib: bool) -> None:
    print(f"\n== store choices: load {len(data)} triples, write Turtle, two queries ==")
    results = {
        "pyoxigraph.Store": timed(lambda: with_pyoxigraph_store(data), repeat),
        "sorted + pyoxigraph.serialize (kg build)": timed(lambda: with_sorted_serialize(data), repeat),
    }
    if has_oxrdflib:
        results["rdflib API on Oxigraph (oxrdflib, ox-turtle)"] = timed(
            lambda: with_rdflib(data, "Oxigraph", "ox-turtle"), repeat
        )
    # rdflib's Memory store is slow at scale: time it once there
    results["rdflib Memory store"] = timed(
        lambda: with_rdflib(data, "default", "turtle"), repeat if len(data) <= 20000 else 1
    )
    base = results["pyoxigraph.Store"]
    for name, seconds in results.items():
        print(f"  {name:<46}{seconds * 1000:9.1f} ms  {seconds / base:6.2f}× pyoxigraph.Store")
    if not has_oxrdflib:
        print("  (oxrdflib not installed: pip install oxrdflib to compare it)")


if __name__ == "__main__":
    main()
