"""The ontology file and the GOV namespace define the same terms; shapes parse."""

from __future__ import annotations

import re
from pathlib import Path

import rdflib
from rdflib.namespace import OWL, RDF, RDFS

from kg.ontology import GOV, GOV_IRI, ontology_file

ROOT = Path(__file__).resolve().parent.parent


def ontology_terms() -> set[str]:
    graph = rdflib.Graph().parse(ontology_file("govkg.ttl"))
    return {str(s)[len(GOV_IRI) :] for s in graph.subjects(RDF.type, None) if str(s).startswith(GOV_IRI)}


def test_namespace_and_ontology_agree_both_ways() -> None:
    declared = set(GOV.__annotations__)
    assert declared == ontology_terms()


def test_misspelt_term_fails() -> None:
    import pytest

    with pytest.raises(AttributeError):
        GOV.Documnet  # noqa: B018


def test_every_term_has_chinese_and_english_labels_and_a_comment() -> None:
    graph = rdflib.Graph().parse(ontology_file("govkg.ttl"))
    for name in ontology_terms():
        term = rdflib.URIRef(GOV_IRI + name)
        langs = {label.language for label in graph.objects(term, RDFS.label)}
        assert {"zh", "en"} <= langs, name
        assert graph.value(term, RDFS.comment) is not None, name


def test_interface_terms_are_all_defined() -> None:
    """Every gov: term INTERFACE.md names (copied in the README) is in the ontology."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    named = set(re.findall(r"gov:([A-Za-z][A-Za-z0-9]*)", readme))
    assert named and named <= ontology_terms()


def test_alignment_with_w3c_vocabularies() -> None:
    graph = rdflib.Graph().parse(ontology_file("govkg.ttl"))
    org = rdflib.Namespace("http://www.w3.org/ns/org#")
    prov = rdflib.Namespace("http://www.w3.org/ns/prov#")
    assert (GOV.LeadingGroup, RDFS.subClassOf, org.OrganizationalCollaboration) in graph
    for kind in (GOV.Department, GOV.Government, GOV.Enterprise, GOV.CollectiveActor):
        assert (kind, RDFS.subClassOf, org.Organization) in graph
    for fact in (GOV.Assignment, GOV.Appointment):
        assert (fact, RDFS.subClassOf, prov.Entity) in graph
    assert (None, RDF.type, OWL.Ontology) in graph


def test_shapes_parse() -> None:
    shapes = rdflib.Graph().parse(ontology_file("shapes.ttl"))
    assert len(shapes) > 50


def test_every_package_and_data_file_is_installed() -> None:
    """A plain `pip install .` must carry every subpackage, the queries and the ontology."""
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    listed = set(
        re.findall(
            r'"(kg(?:\.[\w]+)*)"', pyproject.split("[tool.setuptools]")[1].split("[tool.setuptools.package-data]")[0]
        )
    )
    on_disk = {
        ".".join(p.relative_to(ROOT).parts[:-1])
        for p in (ROOT / "kg").rglob("__init__.py")
        if "__pycache__" not in p.parts
    }
    assert on_disk | {"kg._ontology"} == listed
    assert '"kg.queries" = ["*.rq"]' in pyproject and '"kg._ontology" = ["*.ttl"]' in pyproject


def test_the_plain_prefixes_are_rdflib_s_namespaces() -> None:
    from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, RDF, RDFS, SKOS, XSD

    from kg.prefixes import PREFIXES

    expected = {"org": ORG, "foaf": FOAF, "skos": SKOS, "dct": DCTERMS, "prov": PROV, "rdf": RDF, "rdfs": RDFS}
    assert {k: PREFIXES[k] for k in expected} == {k: str(v) for k, v in expected.items()}
    assert PREFIXES["xsd"] == str(XSD) and PREFIXES["gov"] == GOV_IRI


def test_a_named_question_loads_no_rdflib(tmp_path) -> None:
    """A fresh process that answers from the store imports neither rdflib nor the pipeline (#12: a named
    question on a corpus's store answers in well under half a second)."""
    import subprocess
    import sys

    from kg.pipeline import build

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(
        "关于做好某项工作的通知\n一、推进某项工作。（市财政局牵头）\n", encoding="utf-8"
    )
    build([tmp_path / "in"], tmp_path / "out", html=False, store=True)
    assert (tmp_path / "out" / "store").is_dir()
    code = (
        "import sys\nfrom kg.cli import main\n"
        "try:\n    main(['who-leads', '某项工作', '--graph', sys.argv[1]])\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'rdflib' or m == 'kg.pipeline'))"
    )
    graph = tmp_path / "out" / "graph.ttl"
    done = subprocess.run([sys.executable, "-c", code, str(graph)], capture_output=True, text=True)
    assert "市财政局" in done.stdout and done.stdout.strip().splitlines()[-1] == "[]", done.stdout + done.stderr
