"""Named graphs per input file (and one of the names they share): graph.nq, the store, replacing one file's
facts."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.files import open_graph, run_query
from kg.graph import NAMES_GRAPH, source_iri
from kg.pipeline import build

from .test_cache import NOTICE

SHARED = "省发展改革委"  # a body both files name: one node, described in both files' graphs


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, city in (("a.txt", "东川市"), ("b.txt", "西川市")):
        text = NOTICE.format(city=city) + f"（二）推进算力设施建设。（{SHARED}负责）\n"
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def quads(path: Path) -> list[ox.Quad]:
    return list(ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS))


def by_graph(found: list[ox.Quad]) -> dict[str, set[ox.Triple]]:
    graphs: dict[str, set[ox.Triple]] = {}
    for q in found:
        graphs.setdefault(q.graph_name.value, set()).add(ox.Triple(q.subject, q.predicate, q.object))
    return graphs


def turtle_triples(path: Path) -> set[ox.Triple]:
    return {ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)}


def test_each_file_has_its_own_graph_and_their_union_is_the_graph(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build([corpus], out, html=False)
    graphs = by_graph(quads(out / "graph.nq"))
    a, b = source_iri("a.txt"), source_iri("b.txt")
    assert set().union(*graphs.values()) == turtle_triples(out / "graph.ttl")
    text_a = " ".join(str(t) for t in graphs[a])
    assert "东川市" in text_a and "西川市" not in text_a
    # the body both files name is one node, typed and labelled once, in the names graph
    assert list(graphs) == [NAMES_GRAPH, a, b]  # the names graph, then the files in their order
    shared = {t.subject for t in graphs[NAMES_GRAPH] if t.object == ox.Literal(SHARED, language="zh")}
    assert len(shared) == 1
    assert not any(t.subject in shared and t.predicate.value.endswith(("#type", "#label")) for t in graphs[a])
    assert (
        sum(1 for g in graphs.values() for t in g if t.subject in shared and t.predicate.value.endswith("#label")) == 1
    )


def test_the_file_is_described_with_its_digest_and_size(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build([corpus], out, html=False)
    data = (corpus / "a.txt").read_bytes()
    store, _ = open_graph(out / "graph.ttl")
    rows = list(
        run_query(
            store,
            "SELECT ?sha ?size ?doc WHERE { ?f a gov:SourceFile ; rdfs:label 'a.txt' ; gov:sha256 ?sha ;"
            " gov:byteSize ?size . ?doc gov:sourceFile ?f }",
            prefixes={"gov": "https://w3id.org/govkg/ontology#", "rdfs": "http://www.w3.org/2000/01/rdf-schema#"},
        )
    )
    assert len(rows) == 1
    assert rows[0]["sha"].value == hashlib.sha256(data).hexdigest() and int(rows[0]["size"].value) == len(data)


def test_the_store_holds_the_union_and_each_files_graph(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build([corpus], out, html=False, store=True)
    store, where = open_graph(out / "graph.ttl")
    assert where == "store"
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert int(next(iter(run_query(store, count)))["n"].value) == len(turtle_triples(out / "graph.ttl"))
    assert int(next(iter(store.query(count)))["n"].value) == 0  # the store's own default graph is empty
    named = {row["g"].value for row in store.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")}
    assert named == {NAMES_GRAPH, source_iri("a.txt"), source_iri("b.txt")}


def test_replacing_one_files_graph_gives_the_graph_of_a_full_rebuild(corpus: Path, tmp_path: Path) -> None:
    build([corpus], tmp_path / "before", html=False)
    (corpus / "b.txt").write_text(NOTICE.format(city="北川市"), encoding="utf-8")
    build([corpus], tmp_path / "after", html=False)
    server = by_graph(quads(tmp_path / "before" / "graph.nq"))
    after = by_graph(quads(tmp_path / "after" / "graph.nq"))
    for changed in (source_iri("b.txt"), NAMES_GRAPH):  # the file's facts, and the names they brought
        server[changed] = after[changed]
    assert server[source_iri("a.txt")] == after[source_iri("a.txt")]  # the other file's facts need no push
    assert set().union(*server.values()) == turtle_triples(tmp_path / "after" / "graph.ttl")


def test_graph_nq_has_the_same_bytes_for_one_and_two_jobs(corpus: Path, tmp_path: Path) -> None:
    build([corpus], tmp_path / "1", html=False, jobs=1)
    build([corpus], tmp_path / "2", html=False, jobs=2)
    assert (tmp_path / "1" / "graph.nq").read_bytes() == (tmp_path / "2" / "graph.nq").read_bytes()


def test_who_leads_finds_its_tasks_in_the_heading_index_as_in_the_graph(tmp_path: Path) -> None:
    from kg.files import tasks_headed
    from kg.query import who_leads

    from .conftest import SEED

    build([SEED], tmp_path, html=False, store=True)
    seed_graph = tmp_path / "graph.ttl"
    store, where = open_graph(seed_graph)
    assert where == "store"
    for text in ("海绵城市", "充电桩", "推进"):
        tasks = tasks_headed(seed_graph, text)
        assert tasks, text
        assert who_leads(store, text, tasks).rows == who_leads(store, text).rows
    assert tasks_headed(seed_graph, "task") == []  # in every task's IRI, in no heading


def test_the_heading_index_is_not_used_once_the_graph_changed(tmp_path: Path) -> None:
    import os

    from kg.files import tasks_headed

    from .conftest import SEED

    build([SEED], tmp_path, html=False, store=True)
    graph = tmp_path / "graph.ttl"
    assert tasks_headed(graph, "海绵城市")
    os.utime(graph, ns=(graph.stat().st_atime_ns, graph.stat().st_mtime_ns + 1))
    assert tasks_headed(graph, "海绵城市") is None


def test_a_fact_two_files_state_is_in_the_first_files_graph_only(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    head, rest = NOTICE.format(city="东川市").split("\n", 1)
    notice = f"{head}\n东政办发〔2023〕5号\n{rest}"  # its 文号 makes it one document wherever it is printed
    for name in ("a.txt", "b.txt"):  # one notice printed in two gazettes: one document, stated twice
        (folder / name).write_text(notice, encoding="utf-8")
    out = tmp_path / "out"
    build([folder], out, html=False)
    graphs = by_graph(quads(out / "graph.nq"))
    a, b = graphs[source_iri("a.txt")], graphs.get(source_iri("b.txt"), set())
    assert not a & b and not (a | b) & graphs[NAMES_GRAPH]
    assert any("ontology#Assignment" in str(t) for t in a) and not any("Assignment" in str(t) for t in b)
    assert sum(len(g) for g in graphs.values()) == len(turtle_triples(out / "graph.ttl"))


def test_a_merge_in_many_buckets_gives_the_same_bytes(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n, city in enumerate(("南川市", "北川市", "中川市")):
        (corpus / f"c{n}.txt").write_text(NOTICE.format(city=city), encoding="utf-8")
    head, rest = NOTICE.format(city="南川市").split("\n", 1)
    for name in ("d1.txt", "d2.txt"):  # one notice (its 文号) in two gazettes: facts two files state
        (corpus / name).write_text(f"{head}\n南政办发〔2023〕5号\n{rest}", encoding="utf-8")
    build([corpus], tmp_path / "1", html=False)
    monkeypatch.setattr("kg.merge.BLOCK", 3)
    monkeypatch.setattr("kg.merge.BUCKET", 20)  # dozens of buckets, each cut at a subject
    build([corpus], tmp_path / "2", html=False)
    for name in ("graph.ttl", "graph.nq"):
        assert (tmp_path / "1" / name).read_bytes() == (tmp_path / "2" / name).read_bytes()
