"""The exported graph: deterministic, parseable by rdflib and Oxigraph, valid against the shapes."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import GraphError
from kg.graph import GraphBuilder, iri_segment
from kg.pipeline import build
from kg.resolve import resolve
from kg.terms import DCTERMS, GOV, RDFS, XSD
from kg.validate import validate

from .conftest import SEED


def test_two_builds_are_byte_identical(tmp_path: Path, seed_graph: Path) -> None:
    again = build([SEED], tmp_path)
    assert again.output.read_bytes() == seed_graph.read_bytes()


def test_graph_parses_in_rdflib_and_oxigraph(seed_graph: Path, seed_build) -> None:
    in_rdflib = rdflib.Graph().parse(seed_graph, format="turtle")
    in_oxigraph = list(ox.parse(path=str(seed_graph), format=ox.RdfFormat.TURTLE))
    assert len(in_rdflib) == len(in_oxigraph) == len(seed_build.triples())


def test_iris_are_valid_and_under_the_id_namespace(seed_build) -> None:
    for triple in seed_build.triples():
        subject = str(triple.subject.value)
        assert subject.startswith("https://w3id.org/govkg/id/")
        assert not any(c in subject for c in ' <>"{}|\\^`')


@pytest.mark.parametrize("text", ["运政办发〔2023〕6号", "a b/c?d#e", "关于《X》的通知", "100%"])
def test_iri_segments_round_trip_through_turtle(text: str) -> None:
    iri = "https://w3id.org/govkg/id/x/" + iri_segment(text)
    data = f'<{iri}> <http://example.org/p> "1" .'
    [triple] = ox.parse(data, format=ox.RdfFormat.N_TRIPLES)
    assert triple.subject.value == iri


def test_seed_graph_conforms_to_the_shapes(seed_graph: Path) -> None:
    assert validate(seed_graph) == []


ASSIGNMENT_WITHOUT_ACTOR = """
@prefix gov: <https://w3id.org/govkg/ontology#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/govkg/id/doc/x> a gov:Document ; rdfs:label "文件"@zh ; dct:title "文件"@zh ; dct:source "x.txt" .
<https://w3id.org/govkg/id/doc/x/task/1> a gov:Task ; rdfs:label "任务"@zh ; dct:isPartOf <https://w3id.org/govkg/id/doc/x> ;
    gov:rule "tasks.item" .
<https://w3id.org/govkg/id/assignment/1> a gov:Assignment ;
    gov:task <https://w3id.org/govkg/id/doc/x/task/1> ; gov:role gov:Lead ;
    gov:evidence "市工信局牵头。"@zh ; prov:wasDerivedFrom <https://w3id.org/govkg/id/doc/x> ;
    gov:sourceStart 0 ; gov:sourceEnd 7 ; gov:rule "assignments.bracket-clause" .
"""


def test_validate_names_a_missing_actor(tmp_path: Path) -> None:
    path = tmp_path / "bad.ttl"
    path.write_text(ASSIGNMENT_WITHOUT_ACTOR, encoding="utf-8")
    [violation] = validate(path)
    assert "exactly one gov:actor" in str(violation)
    assert "assignment/1" in str(violation)


def test_validate_names_a_fact_without_its_rule(tmp_path: Path) -> None:
    path = tmp_path / "bad.ttl"
    text = ASSIGNMENT_WITHOUT_ACTOR.replace('gov:rule "assignments.bracket-clause" .', ".")
    path.write_text(
        text.replace("gov:role gov:Lead ;", "gov:role gov:Lead ; gov:actor <https://w3id.org/govkg/id/org/a> ;")
    )
    [violation] = validate(path)
    assert "names the rule that made it" in str(violation) and "assignment/1" in str(violation)


def test_seed_facts_and_tasks_all_name_a_rule_of_the_tables(seed_build) -> None:
    from kg.extract import FAMILIES

    names = {rule.name for family in FAMILIES for rule in family.rules}
    rules = {t.object.value for t in seed_build.triples() if t.predicate.value.endswith("#rule")}
    assert rules and rules <= names


def test_validate_refuses_a_file_that_is_not_rdf(tmp_path: Path) -> None:
    path = tmp_path / "bad.ttl"
    path.write_text("this is not turtle <<", encoding="utf-8")
    with pytest.raises(GraphError, match="not a valid RDF file"):
        validate(path)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=12), st.integers())
def test_literals_are_written_as_oxigraph_writes_them(value: str, number: int) -> None:
    s = ox.NamedNode("https://w3id.org/govkg/id/task/1")
    g = GraphBuilder(resolve([]))
    g.text(s, RDFS.label, value)
    g.text(s, RDFS.label, value + '\ufffe"\\\n', lang="en")
    g.typed(s, GOV.sourceStart, number, XSD.integer)
    g.typed(s, DCTERMS.issued, "2023-01-05", XSD.date)
    made = [
        ox.Literal(value, language="zh"),
        ox.Literal(value + '\ufffe"\\\n', language="en"),
        ox.Literal(str(number), datatype=ox.NamedNode(XSD.integer)),
        ox.Literal("2023-01-05", datatype=ox.NamedNode(XSD.date)),
    ]
    predicates = (RDFS.label, RDFS.label, GOV.sourceStart, DCTERMS.issued)
    assert list(g.triples) == [f"{s} <{p}> {o}" for p, o in zip(predicates, made)]
