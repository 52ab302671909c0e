"""The graph as a network: networkx for analytics and GraphML, pyvis data for the browser.

The HTML is self-contained and works offline: vis-network (shipped inside the
pyvis package) is inlined, no URL is fetched, and every label and tooltip is
put on the page as text, never as markup.
"""

from __future__ import annotations

import json
import re
from collections import deque
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
from rdflib.namespace import FOAF, ORG

from kg.errors import KgError, shown
from kg.files import run_query, write_atomic
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
    "SELECT ?actor ?task ?role ?scope ?ev ?doc WHERE { ?a a gov:Assignment ; gov:actor ?actor ; gov:task ?task ; "
    "gov:role ?role ; gov:evidence ?ev ; prov:wasDerivedFrom ?doc . OPTIONAL { ?a gov:scope ?scope } }"
)
MEMBERSHIP_EDGES = (
    "SELECT ?member ?group ?role ?ev ?doc WHERE { ?m a org:Membership ; org:member ?member ; org:organization ?group ; "
    "org:role/rdfs:label ?role ; prov:wasDerivedFrom ?doc . OPTIONAL { ?m gov:evidence ?ev } }"
)
APPOINTMENT_EDGES = (
    "SELECT ?p ?org ?act ?post ?doc WHERE { ?a a gov:Appointment ; gov:person ?p ; gov:action ?act ; gov:post ?post ; "
    "prov:wasDerivedFrom ?doc . ?a org:organization ?org }"
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
    """Assignments (actor → task), seats (member → group) and appointments (person → body), with their evidence."""
    for row in _rows(store, ASSIGNMENT_EDGES):
        role = ROLE_OF_IRI.get(row["role"], "")
        scope = f"（{row['scope']}）" if row["scope"] else ""
        title = f"{role}{scope} — {row['ev']}\n{docs.get(row['doc'], '')}"
        g.add_edge(row["actor"], row["task"], role=role, title=title)
    for row in _rows(store, MEMBERSHIP_EDGES):
        title = f"{row['role']} — {row['ev']}\n{docs.get(row['doc'], '')}"
        g.add_edge(row["member"], row["group"], role=row["role"], title=title)
    for row in _rows(store, APPOINTMENT_EDGES):
        action = ACTION_OF_IRI.get(row["act"], "")
        g.add_edge(row["p"], row["org"], role=action, title=f"{action} {row['post']}\n{docs.get(row['doc'], '')}")


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


# -- HTML ---------------------------------------------------------------------------------


def _vis_js() -> str:
    """vis-network as the pyvis package ships it, to inline into the page."""
    lib = resources.files("pyvis").joinpath("templates", "lib")
    for version in ("vis-9.1.2", "vis-9.0.4"):
        candidate = lib.joinpath(version, "vis-network.min.js")
        if candidate.is_file():
            return candidate.read_text(encoding="utf-8")
    raise KgError("vis-network is missing from the installed pyvis package")


def _script_safe(text: str) -> str:
    """Script text that can stand inside <script>…</script> without ending it early."""
    return re.sub(r"</(script)", r"<\\/\1", text, flags=re.IGNORECASE).replace("<!--", "<\\!--")


def _json_for_script(data: object) -> str:
    return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


@dataclass(frozen=True)
class Drawing:
    nodes: list[dict]
    edges: list[dict]


def drawing(g: nx.MultiDiGraph) -> Drawing:
    """pyvis's node and edge dicts, filled directly (pyvis's from_nx is quadratic)."""
    from pyvis.network import Network

    net = Network(height="100%", width="100%", directed=True, cdn_resources="local")
    ids = {node: i for i, node in enumerate(sorted(g.nodes))}
    net.nodes = [
        {
            "id": ids[n],
            "label": d["label"] if len(d["label"]) <= 24 else d["label"][:23] + "…",
            "title": f"{KIND_STYLE[d['kind']][2]}\n{d['label']}",
            "shape": KIND_STYLE[d["kind"]][0],
            "color": KIND_STYLE[d["kind"]][1],
            "kind": d["kind"],
            "size": 10 if d["kind"] == "task" else 16,
        }
        for n, d in sorted(g.nodes(data=True))
    ]
    net.edges = [
        {
            "from": ids[u],
            "to": ids[v],
            "title": d.get("title", ""),
            "color": ROLE_COLOUR.get(d.get("role", ""), OTHER_EDGE_COLOUR),
            "role": d.get("role", ""),
            "arrows": "to",
        }
        for u, v, d in sorted(
            g.edges(data=True), key=lambda e: (e[0], e[1], e[2].get("role", ""), e[2].get("title", ""))
        )
    ]
    return Drawing(net.nodes, net.edges)


PAGE = """<!doctype html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>govkg — 谁负责什么 who is responsible for what</title>
<style>
  html, body { margin: 0; height: 100%; font-family: "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif; }
  #bar { position: absolute; top: 0; left: 0; right: 0; padding: 6px 10px; background: #fafafa; border-bottom: 1px solid #ddd; z-index: 2; }
  #bar input { width: 16em; padding: 3px 6px; }
  #legend span { display: inline-block; margin: 2px 8px 2px 0; font-size: 12px; }
  #legend i { display: inline-block; width: 10px; height: 10px; margin-right: 4px; vertical-align: middle; }
  #net { position: absolute; top: 64px; left: 0; right: 0; bottom: 0; }
  .tip { white-space: pre-wrap; max-width: 32em; font-size: 12px; }
</style>
<script>__VIS__</script>
</head>
<body>
<div id="bar">
  <input id="search" type="search" placeholder="搜索 search" aria-label="search">
  <span id="count"></span>
  <div id="legend"></div>
</div>
<div id="net"></div>
<script>
(function () {
  "use strict";
  var DATA = __DATA__;
  function tip(text) { var el = document.createElement("div"); el.className = "tip"; el.textContent = text; return el; }
  var nodes = DATA.nodes.map(function (n) { var c = Object.assign({}, n); c.title = tip(n.title); return c; });
  var edges = DATA.edges.map(function (e) { var c = Object.assign({}, e); c.title = tip(e.title); return c; });
  var data = { nodes: new vis.DataSet(nodes), edges: new vis.DataSet(edges) };
  var options = {
    nodes: { font: { size: 14, face: "Noto Sans CJK SC, Microsoft YaHei, sans-serif" } },
    edges: { smooth: false, width: 1.2 },
    interaction: { hover: true, tooltipDelay: 120 },
    layout: { improvedLayout: false },
    physics: { solver: "forceAtlas2Based", stabilization: { iterations: 400, fit: true } }
  };
  var network = new vis.Network(document.getElementById("net"), data, options);
  network.once("stabilizationIterationsDone", function () { network.setOptions({ physics: false }); });
  var legend = document.getElementById("legend");
  DATA.legend.forEach(function (item) {
    var span = document.createElement("span"); var swatch = document.createElement("i");
    swatch.style.background = item.color; span.appendChild(swatch);
    span.appendChild(document.createTextNode(item.label)); legend.appendChild(span);
  });
  document.getElementById("count").textContent = DATA.nodes.length + " nodes, " + DATA.edges.length + " edges";
  document.getElementById("search").addEventListener("input", function (ev) {
    var q = ev.target.value.trim();
    if (!q) { network.unselectAll(); return; }
    var hits = DATA.nodes.filter(function (n) { return n.title.indexOf(q) >= 0; }).map(function (n) { return n.id; });
    network.selectNodes(hits);
    if (hits.length) { network.fit({ nodes: hits, animation: false }); }
  });
  window.govkg = { network: network, nodeCount: DATA.nodes.length, edgeCount: DATA.edges.length };
  document.body.setAttribute("data-nodes", String(DATA.nodes.length));
})();
</script>
</body>
</html>
"""


def render_html(g: nx.MultiDiGraph) -> str:
    """A self-contained page drawing the network."""
    d = drawing(g)
    kinds = sorted({n["kind"] for n in d.nodes}, key=list(KIND_STYLE).index)
    legend = [{"label": KIND_STYLE[k][2], "color": KIND_STYLE[k][1]} for k in kinds]
    legend += [{"label": f"{role}", "color": colour} for role, colour in ROLE_COLOUR.items()]
    data = {"nodes": d.nodes, "edges": d.edges, "legend": legend}
    return PAGE.replace("__VIS__", _script_safe(_vis_js())).replace("__DATA__", _json_for_script(data))


def write_html(g: nx.MultiDiGraph, path: Path) -> None:
    write_atomic(path, render_html(g).encode("utf-8"))
