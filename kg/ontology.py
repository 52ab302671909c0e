"""The govkg vocabulary: ontology/govkg.ttl mirrored as an rdflib namespace.

``GOV.Documnet`` (misspelt) fails at import-time use rather than minting a
wrong IRI; tests/test_ontology.py checks that this list and the Turtle file
define the same terms.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

from kg.prefixes import GOV_IRI, ID_IRI, PREFIXES

__all__ = [  # the namespace IRIs and prefixes live in kg.prefixes (no rdflib): here for the writers too
    "ACTION_WORDS",
    "GOV",
    "GOV_IRI",
    "ID_IRI",
    "PREFIXES",
    "ROLE_EDGES",
    "ROLE_WORDS",
    "ontology_file",
    "sparql_prologue",
]


class GOV(DefinedNamespace):
    """Terms of https://w3id.org/govkg/ontology# (see ontology/govkg.ttl)."""

    _NS = Namespace(GOV_IRI)
    _fail = True

    # classes
    Document: URIRef
    Task: URIRef
    Department: URIRef
    Government: URIRef
    LeadingGroup: URIRef
    Enterprise: URIRef
    CollectiveActor: URIRef
    Assignment: URIRef
    AssignmentRole: URIRef
    Appointment: URIRef
    AppointmentAction: URIRef
    IndustrialChain: URIRef
    ChainStage: URIRef
    ChainRole: URIRef
    Supervision: URIRef
    SourceFile: URIRef
    # individuals
    Lead: URIRef
    Support: URIRef
    Responsible: URIRef
    Appoint: URIRef
    Remove: URIRef
    # properties
    interpretedBy: URIRef
    text: URIRef
    subTaskOf: URIRef
    leads: URIRef
    supports: URIRef
    responsibleFor: URIRef
    actor: URIRef
    task: URIRef
    role: URIRef
    scope: URIRef
    evidence: URIRef
    sourceStart: URIRef
    sourceEnd: URIRef
    page: URIRef
    supervisor: URIRef
    supervisedTask: URIRef
    supervisedBy: URIRef
    sourceLocator: URIRef
    rule: URIRef
    person: URIRef
    action: URIRef
    post: URIRef
    probation: URIRef
    hasStage: URIRef
    sequence: URIRef
    position: URIRef
    enterprise: URIRef
    chain: URIRef
    roleLabel: URIRef
    duties: URIRef
    establishedBy: URIRef
    products: URIRef
    goal: URIRef
    mentions: URIRef
    part: URIRef
    sourceFile: URIRef
    sha256: URIRef
    byteSize: URIRef


# 牵头 / 配合 / 负责 and the direct edge each assignment role implies
ROLE_WORDS = {GOV.Lead: "牵头", GOV.Support: "配合", GOV.Responsible: "负责"}
ROLE_EDGES = {GOV.Lead: GOV.leads, GOV.Support: GOV.supports, GOV.Responsible: GOV.responsibleFor}
ACTION_WORDS = {GOV.Appoint: "任命", GOV.Remove: "免去"}


def ontology_file(name: str = "govkg.ttl") -> Path:
    """Path of a file of ontology/: installed with the package as kg._ontology,
    or, when running from a source checkout, the repository's own ontology/."""
    try:
        return Path(str(resources.files("kg._ontology").joinpath(name)))
    except ModuleNotFoundError:
        return Path(__file__).resolve().parent.parent / "ontology" / name


def sparql_prologue() -> str:
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
