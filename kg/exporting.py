"""`kg export`: the graph in other formats, for other tools."""

from __future__ import annotations

import csv
import io

import pyoxigraph as ox

from kg.graph import serialize
from kg.network import graphml, load_network
from kg.ontology import PREFIXES

ASSIGNMENTS = """
SELECT ?document ?task ?role ?actor ?scope ?evidence WHERE {
  ?a a gov:Assignment ; gov:task ?t ; gov:role ?r ; gov:actor ?who ; gov:evidence ?evidence ; prov:wasDerivedFrom ?doc .
  VALUES (?r ?role) { (gov:Lead "牵头") (gov:Support "配合") (gov:Responsible "负责") }
  ?t rdfs:label ?task . ?who rdfs:label ?actor .
  OPTIONAL { ?a gov:scope ?scope }
  ?doc rdfs:label ?title . OPTIONAL { ?doc dct:identifier ?number }
  BIND(COALESCE(?number, ?title) AS ?document)
}
ORDER BY ?document ?task ?role ?actor
"""


def _triples(store: ox.Store) -> list[ox.Triple]:
    triples = [
        ox.Triple(q.subject, q.predicate, q.object)
        for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())
    ]
    return sorted(triples, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))


def export_bytes(store: ox.Store, fmt: str) -> bytes:
    """The graph in one of: ttl, nt, jsonld, graphml, csv (of assignments)."""
    if fmt == "ttl":
        return serialize(_triples(store))
    if fmt == "nt":
        return ox.serialize(_triples(store), format=ox.RdfFormat.N_TRIPLES)
    if fmt == "jsonld":
        return ox.serialize(_triples(store), format=ox.RdfFormat.JSON_LD, prefixes=PREFIXES)
    if fmt == "graphml":
        return graphml(load_network(store))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["document", "task", "role", "actor", "scope", "evidence"])
    for row in store.query(ASSIGNMENTS, prefixes=PREFIXES):
        writer.writerow(
            [
                row[v].value if row[v] is not None else ""
                for v in ("document", "task", "role", "actor", "scope", "evidence")
            ]
        )
    return buffer.getvalue().encode("utf-8-sig")  # a BOM, so spreadsheet programs read UTF-8
