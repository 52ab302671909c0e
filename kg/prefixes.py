"""The vocabularies' namespace IRIs and the prefixes queries and Turtle declare, as plain strings.

A named question (`kg who-leads`) needs these and nothing of rdflib: importing rdflib costs a fresh process
a tenth of a second, a fifth of what such a question may take (kg.ontology builds rdflib namespaces from
them for the writers).
"""

from __future__ import annotations

GOV_IRI = "https://w3id.org/govkg/ontology#"
ID_IRI = "https://w3id.org/govkg/id/"
FOAF_IRI = "http://xmlns.com/foaf/0.1/"

# Prefixes pre-declared in queries and written into Turtle.
PREFIXES: dict[str, str] = {
    "gov": GOV_IRI,
    "org": "http://www.w3.org/ns/org#",
    "foaf": FOAF_IRI,
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dct": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
