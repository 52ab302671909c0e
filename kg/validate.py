"""`kg validate`: check a graph against ontology/shapes.ttl with pySHACL."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import rdflib
from rdflib.namespace import SH

from kg.files import load_rdflib
from kg.ontology import ontology_file


@dataclass(frozen=True)
class Violation:
    """One failed constraint, in words."""

    focus: str
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.focus}: {self.message}" + (f" ({self.path})" if self.path else "")


def _short(graph: rdflib.Graph, term: rdflib.term.Node | None) -> str:
    if term is None:
        return ""
    if isinstance(term, rdflib.URIRef):
        try:
            return graph.namespace_manager.normalizeUri(term)
        except (ValueError, KeyError):
            return str(term)
    return str(term)


def validate(path: Path) -> list[Violation]:
    """Violations of the shapes by the graph at ``path`` (empty: it conforms)."""
    from pyshacl import validate as shacl_validate  # imported here: it is slow to import

    data = load_rdflib(path)
    shapes = rdflib.Graph().parse(ontology_file("shapes.ttl"), format="turtle")
    ontology = rdflib.Graph().parse(ontology_file("govkg.ttl"), format="turtle")
    conforms, report, _ = shacl_validate(data, shacl_graph=shapes, ont_graph=ontology, inference="none")
    if conforms:
        return []
    violations = []
    for result in report.subjects(rdflib.RDF.type, SH.ValidationResult):
        violations.append(
            Violation(
                focus=_short(data, report.value(result, SH.focusNode)),
                path=_short(data, report.value(result, SH.resultPath)),
                message=str(report.value(result, SH.resultMessage) or "constraint violated"),
            )
        )
    return sorted(violations, key=lambda v: (v.message, v.focus))
