"""The vocabularies' terms as the graph stage writes them: each looked up once.

rdflib makes a new URIRef on every attribute lookup of a namespace (and checks
the name against GOV's list of terms first): some twenty thousand lookups a
file, a sixth of the graph stage's time. A term here is looked up once, then
found as a plain attribute.
"""

from __future__ import annotations

from typing import Any

from rdflib import namespace

from kg import ontology


class Terms:
    """A namespace whose terms are kept once looked up."""

    def __init__(self, vocabulary: Any) -> None:
        self._vocabulary = vocabulary

    def __getattr__(self, name: str) -> Any:
        term = getattr(self._vocabulary, name)  # a misspelt GOV term fails here, as it would there
        setattr(self, name, term)  # found without this call from now on
        return term


DCTERMS = Terms(namespace.DCTERMS)
FOAF = Terms(namespace.FOAF)
GOV = Terms(ontology.GOV)
ORG = Terms(namespace.ORG)
PROV = Terms(namespace.PROV)
RDF = Terms(namespace.RDF)
RDFS = Terms(namespace.RDFS)
SKOS = Terms(namespace.SKOS)
XSD = Terms(namespace.XSD)
