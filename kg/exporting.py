"""`kg export`: the graph in other formats, for other tools."""

from __future__ import annotations

import csv
import io

import pyoxigraph as ox

from kg.analytics import graphml
from kg.files import run_query, serialize, store_triples
from kg.network import load_network
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


def export_bytes(store: ox.Store, fmt: str) -> bytes:
    """The graph in one of: ttl, nt, jsonld, graphml, csv (of assignments)."""
    formats = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD}
    if fmt in formats:
        return serialize(store_triples(store), formats[fmt])
    if fmt == "graphml":
        return graphml(load_network(store))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["document", "task", "role", "actor", "scope", "evidence"])
    for row in run_query(store, ASSIGNMENTS, prefixes=PREFIXES):
        writer.writerow(
            [
                row[v].value if row[v] is not None else ""
                for v in ("document", "task", "role", "actor", "scope", "evidence")
            ]
        )
    return buffer.getvalue().encode("utf-8-sig")  # a BOM, so spreadsheet programs read UTF-8
