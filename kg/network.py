"""The graph as a network: networkx for analytics, GraphML and the explorer page (kg.explorer)."""

from __future__ import annotations

from collections import deque

import networkx as nx
import pyoxigraph as ox
from rdflib.namespace import FOAF, ORG

from kg.errors import KgError, shown
from kg.files import run_query
from kg.ontology import ACTION_WORDS, GOV, PREFIXES, ROLE_WORDS

ROLE_OF_IRI = {str(iri): word for iri, word in ROLE_WORDS.items()}
ACTION_OF_IRI = {str(iri): word for iri, word in ACTION_WORDS.items()}
KIND_OF_TYPE = {
    str(GOV.Department): "department",
    str(GOV.Government): "government",
    str(GOV.CollectiveActor): "collective",
    str(GOV.LeadingGroup): "group",
    str(GOV.Enterprise): "enterprise",
    str(FOAF.Person): "person",
    str(ORG.Post): "post",
    str(GOV.Task): "task",
    str(GOV.Document): "document",
    str(GOV.IndustrialChain): "chain",
}
# kind → (shape, colour, legend label)
KIND_STYLE = {
    "department": ("box", "#4e79a7", "部门 department"),
    "government": ("box", "#59a14f", "政府 government"),
    "collective": ("ellipse", "#9c755f", "集合主体 collective"),
    "group": ("hexagon", "#f28e2b", "议事协调机构 group"),
    "enterprise": ("diamond", "#edc948", "企业 enterprise"),
    "person": ("dot", "#e15759", "人员 person"),
    "post": ("triangle", "#ff9da7", "职务 post"),
    "task": ("dot", "#76b7b2", "任务 task"),
    "document": ("square", "#bab0ac", "文件 document"),
    "chain": ("star", "#b07aa1", "产业链 chain"),
}
# edge role → colour
ROLE_COLOUR = {"牵头": "#d62728", "配合": "#1f77b4", "负责": "#2ca02c"}
OTHER_EDGE_COLOUR = "#b0b0b0"
ORG_KINDS = frozenset(("department", "government", "collective", "group", "enterprise"))


def _rows(store: ox.Store, query: str) -> list[dict[str, str]]:
    result = run_query(store, query, prefixes=PREFIXES)
    names = [v.value for v in result.variables]
    return [{n: (row[n].value if row[n] is not None else "") for n in names} for row in result]


def _document_names(store: ox.Store) -> dict[str, str]:
    """Each document's number, or its title when it has none."""
    query = "SELECT ?d (COALESCE(?n, ?t) AS ?name) WHERE { ?d a gov:Document ; rdfs:label ?t . OPTIONAL { ?d dct:identifier ?n } }"
    return {r["d"]: r["name"] for r in _rows(store, query)}


ASSIGNMENT_EDGES = (
    "SELECT ?actor ?task ?role ?scope ?ev ?doc ?start ?end WHERE { ?a a gov:Assignment ; gov:actor ?actor ; "
    "gov:task ?task ; gov:role ?role ; gov:evidence ?ev ; prov:wasDerivedFrom ?doc . OPTIONAL { ?a gov:scope ?scope } "
    "OPTIONAL { ?a gov:sourceStart ?start ; gov:sourceEnd ?end } }"
)
MEMBERSHIP_EDGES = (
    "SELECT ?member ?group ?role ?ev ?doc WHERE { ?m a org:Membership ; org:member ?member ; org:organization ?group ; "
    "org:role/rdfs:label ?role ; prov:wasDerivedFrom ?doc . OPTIONAL { ?m gov:evidence ?ev } }"
)
APPOINTMENT_EDGES = (
    "SELECT ?p ?org ?act ?post ?doc ?date ?ev WHERE { ?a a gov:Appointment ; gov:person ?p ; gov:action ?act ; "
    "gov:post ?post ; prov:wasDerivedFrom ?doc . ?a org:organization ?org . OPTIONAL { ?a dct:date ?date } "
    "OPTIONAL { ?a gov:evidence ?ev } }"
)
SIMPLE_EDGES = {
    "part of": "SELECT ?s ?o WHERE { ?s a gov:Task ; dct:isPartOf ?o }",
    "sub-task of": "SELECT ?s ?o WHERE { ?s gov:subTaskOf ?o }",
    "holds": "SELECT ?s ?o WHERE { ?o org:heldBy ?s }",
    "post in": "SELECT ?s ?o WHERE { ?s org:postIn ?o }",
    "mentions": "SELECT ?s ?o WHERE { ?s gov:mentions ?o . ?o a gov:IndustrialChain }",
    "issued by": "SELECT ?s ?o WHERE { ?s dct:publisher ?o }",
}


def _fact_edges(g: nx.MultiDiGraph, store: ox.Store, docs: dict[str, str]) -> None:
    """Assignments (actor → task), seats (member → group) and appointments (person → body), with their evidence
    (its sentence, its document, where it stands in the input file)."""
    for row in _rows(store, ASSIGNMENT_EDGES):
        role = ROLE_OF_IRI.get(row["role"], "")
        scope = f"（{row['scope']}）" if row["scope"] else ""
        title = f"{role}{scope} — {row['ev']}\n{docs.get(row['doc'], '')}"
        where = {"start": int(row["start"]), "end": int(row["end"])} if row["start"] else {}
        g.add_edge(row["actor"], row["task"], role=role, title=title, ev=row["ev"], doc=row["doc"], **where)
    for row in _rows(store, MEMBERSHIP_EDGES):
        title = f"{row['role']} — {row['ev']}\n{docs.get(row['doc'], '')}"
        g.add_edge(row["member"], row["group"], role=row["role"], title=title, ev=row["ev"], doc=row["doc"])
    for row in _rows(store, APPOINTMENT_EDGES):
        action = ACTION_OF_IRI.get(row["act"], "")
        title = f"{action} {row['post']}\n{docs.get(row['doc'], '')}"
        facts = {"post": row["post"], "date": row["date"], "ev": row["ev"], "doc": row["doc"]}
        g.add_edge(row["p"], row["org"], role=action, title=title, **facts)


def _details(g: nx.MultiDiGraph, store: ox.Store) -> None:
    """What the explorer's panel shows beyond the label: other names, a document's number and title, a
    task's text and where it stands."""
    for row in _rows(store, "SELECT ?s ?alt WHERE { ?s skos:altLabel ?alt }"):
        if row["s"] in g:
            g.nodes[row["s"]].setdefault("aliases", []).append(row["alt"])
    query = "SELECT ?d ?title ?n WHERE { ?d a gov:Document ; dct:title ?title . OPTIONAL { ?d dct:identifier ?n } }"
    for row in _rows(store, query):
        if row["d"] in g:
            g.nodes[row["d"]].update(title=row["title"], number=row["n"])
    query = "SELECT ?t ?text ?start ?end WHERE { ?t a gov:Task ; gov:text ?text ; gov:sourceStart ?start ; gov:sourceEnd ?end }"
    for row in _rows(store, query):
        if row["t"] in g:
            g.nodes[row["t"]].update(text=row["text"], start=int(row["start"]), end=int(row["end"]))


def load_network(store: ox.Store) -> nx.MultiDiGraph:
    """Organizations, people, posts, tasks, documents and chains, with the edges between them."""
    g = nx.MultiDiGraph()
    for row in _rows(store, "SELECT ?s ?type ?label WHERE { ?s a ?type ; rdfs:label ?label }"):
        kind = KIND_OF_TYPE.get(row["type"])
        if kind and (row["s"] not in g or kind in ORG_KINDS):
            g.add_node(row["s"], label=row["label"], kind=kind)
    docs = _document_names(store)
    for iri, name in docs.items():
        if iri in g:
            g.nodes[iri]["label"] = name
    _fact_edges(g, store, docs)
    _details(g, store)
    for role, query in SIMPLE_EDGES.items():
        for row in _rows(store, query):
            if row["s"] in g and row["o"] in g:
                g.add_edge(row["s"], row["o"], role=role, title=role)
    for node in list(g.nodes):  # an edge may name a node the first query did not type
        if "kind" not in g.nodes[node]:
            g.remove_node(node)
    return g


# -- selecting what to draw --------------------------------------------------------------


def select(
    g: nx.MultiDiGraph,
    focus: str | None = None,
    depth: int = 1,
    roles: set[str] | None = None,
    doc: str | None = None,
) -> nx.MultiDiGraph:
    """The part of the network to draw: around one node, for some roles, from one document."""
    h = g.copy()
    if roles:
        drop = [
            (u, v, k)
            for u, v, k, d in h.edges(keys=True, data=True)
            if d.get("role") in ROLE_COLOUR and d["role"] not in roles
        ]
        h.remove_edges_from(drop)
    if doc:
        docs = [n for n, d in h.nodes(data=True) if d["kind"] == "document" and d["label"] == doc]
        if not docs:
            raise KgError(f"no document numbered or titled {shown(doc)} in the graph")
        tasks = {u for u, v, d in h.edges(data=True) if v in docs and d.get("role") == "part of"}
        keep = set(docs) | tasks
        keep |= {u for u, v in h.edges() if v in tasks}
        h = h.subgraph(keep).copy()
    if focus:
        hits = _named(h, focus)
        undirected = h.to_undirected(as_view=True)
        seen = set(hits)
        frontier = deque((n, 0) for n in hits)
        while frontier:
            node, d = frontier.popleft()
            if d >= depth:
                continue
            for nxt in undirected.neighbors(node):
                if nxt not in seen:
                    seen.add(nxt)
                    frontier.append((nxt, d + 1))
        h = h.subgraph(seen).copy()
    return h


def _named(g: nx.MultiDiGraph, name: str) -> list[str]:
    """The node a name means, by the one rule of every command that takes a name: a label as given, else
    the one node whose label contains it; several are an error that lists them."""
    exact = [n for n, d in g.nodes(data=True) if d["label"] == name]
    if exact:
        return exact
    containing = [n for n, d in g.nodes(data=True) if name in d["label"]]
    if len(containing) > 1:
        labels = sorted({g.nodes[n]["label"] for n in containing}, key=len)
        listed = "、".join(labels[:8]) + (f" ({len(labels)} in all)" if len(labels) > 8 else "")
        raise KgError(f"several nodes match {shown(name)}: {listed}; give the whole name")
    if not containing:
        raise KgError(f"nothing in the graph is named {shown(name)}")
    return containing
