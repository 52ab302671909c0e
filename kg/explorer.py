"""The explorer page: the network laid out at build time, with the evidence of every edge, in one file.

The page is self-contained and offline: vis-network (shipped inside the pyvis
package) is inlined, no URL is fetched, and every label, tooltip and panel line
is put on the page as text, never as markup (kg/explorer.html builds the DOM
with textContent). Positions are computed here, without randomness, so that
the same graph is the same picture on every load, and the browser does no
physics: a graph of a hundred gazettes opens at once.

The layout is by kind: documents on a grid (in the order of the connected
components they belong to), each document's tasks on a sunflower spiral around
it, and every other node further out on the sunflower of the document most of
its edges lead to. The page starts folded: a document stands
for its tasks (an actor's edges to them become one edge per role), and a click
unfolds it.
"""

from __future__ import annotations

import html
import json
import math
import re
from collections import Counter
from importlib import resources
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from kg.errors import KgError
from kg.files import write_atomic
from kg.network import KIND_STYLE, OTHER_EDGE_COLOUR, ROLE_COLOUR, load_network

PAGE_NODES = 50_000  # more than a browser draws usefully (the page of 100 gazettes has 33,000): kg viz draws a part
GOLDEN = math.pi * (3 - math.sqrt(5))  # the golden angle: a sunflower's seeds never line up
SPACING = 34.0  # between neighbouring tasks of one document


def _spiral(k: int, step: float) -> tuple[float, float]:
    """The k-th place of a sunflower spiral (k = 0 is its centre)."""
    r = step * math.sqrt(k)
    return r * math.cos(k * GOLDEN), r * math.sin(k * GOLDEN)


def layout(g: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """A place for every node, the same for the same graph: each document with its tasks, then the nodes
    they bring (an actor goes with the document most of its edges lead to), on one sunflower around it."""
    undirected = g.to_undirected(as_view=True)
    components = sorted(nx.connected_components(undirected), key=lambda c: (-len(c), min(c)))
    docs = [d for c in components for d in sorted(c) if g.nodes[d]["kind"] == "document"]
    anchor = {d: d for d in docs}
    around: dict[str, list[str]] = {d: [] for d in docs}
    for u, v, data in sorted(g.edges(data=True), key=lambda e: (e[0], e[1])):
        if data.get("role") == "part of" and v in around and u not in anchor:
            anchor[u] = v
            around[v].append(u)
    for _ in range(3):  # a post goes with its person, who goes with a group, which goes with its tasks' document
        found = {}
        for n in sorted(g.nodes):
            votes = Counter(anchor[m] for m in undirected.neighbors(n) if m in anchor) if n not in anchor else None
            if votes:
                found[n] = min(votes, key=lambda d: (-votes[d], d))
        for n, d in found.items():
            anchor[n] = d
            around[d].append(n)
    cell = 2 * SPACING * math.sqrt(max((len(a) for a in around.values()), default=0) + 1) + 4 * SPACING
    cols = max(1, math.ceil(math.sqrt(len(docs))))
    pos: dict[str, tuple[float, float]] = {}
    for n, d in enumerate(docs):
        cx, cy = (n % cols) * cell, (n // cols) * cell
        pos[d] = (cx, cy)
        for k, member in enumerate(around[d], 1):
            dx, dy = _spiral(k, SPACING)
            pos[member] = (cx + dx, cy + dy)
    rest = sorted(n for n in g.nodes if n not in pos)
    below = math.ceil(len(docs) / cols) * cell + SPACING * math.sqrt(len(rest))
    for k, n in enumerate(rest):
        dx, dy = _spiral(k, SPACING)
        pos[n] = ((cols - 1) * cell / 2 + dx, below + dy)
    return pos


def explorer_data(g: nx.MultiDiGraph) -> dict:
    """Nodes with their places and what the panel shows, edges with their evidence, and the styles."""
    pos = layout(g)
    ids = {node: i for i, node in enumerate(sorted(g.nodes))}
    doc_of = {u: v for u, v, d in g.edges(data=True) if d.get("role") == "part of"}
    rank = {node: k for k, node in enumerate(_by_weight(g))}
    nodes = []
    for node, data in sorted(g.nodes(data=True)):
        x, y = pos[node]
        item = {"i": ids[node], "k": data["kind"], "l": data["label"], "x": round(x, 1), "y": round(y, 1)}
        if node in doc_of:
            item["d"] = ids[doc_of[node]]
        if node in rank:
            item["p"] = rank[node]
        if data.get("aliases"):
            item["a"] = sorted(set(data["aliases"]) - {data["label"]})
        for key, short in (("text", "t"), ("start", "s"), ("end", "e"), ("title", "T"), ("number", "n")):
            if data.get(key) not in (None, ""):
                item[short] = data[key]
        nodes.append(item)
    texts: dict[str, int] = {}  # a sentence is the evidence of every actor it names: written once
    for item in nodes:
        if "t" in item:
            item["t"] = texts.setdefault(item["t"], len(texts))
    edges = []
    keys = (("start", "s"), ("end", "e"), ("post", "p"), ("date", "D"))
    for u, v, data in sorted(
        g.edges(data=True), key=lambda e: (e[0], e[1], e[2].get("role", ""), e[2].get("title", ""))
    ):
        item = {"f": ids[u], "t": ids[v], "r": data.get("role", "")}
        if data.get("doc") in ids:
            item["d"] = ids[data["doc"]]
        item |= {short: data[key] for key, short in keys if data.get(key) not in (None, "")}
        if data.get("ev"):
            item["v"] = texts.setdefault(data["ev"], len(texts))
        edges.append(item)
    styles = {kind: {"shape": s, "color": c, "label": label} for kind, (s, c, label) in KIND_STYLE.items()}
    return {
        "nodes": nodes,
        "edges": edges,
        "texts": list(texts),
        "kinds": styles,
        "roles": ROLE_COLOUR,
        "other": OTHER_EDGE_COLOUR,
    }


def _by_weight(g: nx.MultiDiGraph) -> list[str]:
    """The nodes a folded page draws first: the weightiest, a document by its number of tasks, any other
    node by its number of edges (a page of many gazettes draws the first of them, and the rest when asked)."""
    weight = {n: d for n, d in g.degree() if g.nodes[n]["kind"] not in ("task", "document")}
    for n, data in g.nodes(data=True):
        if data["kind"] == "document":
            weight[n] = 0
    for _, v, data in g.edges(data=True):
        if data.get("role") == "part of" and v in weight and g.nodes[v]["kind"] == "document":
            weight[v] += 1
    return sorted(weight, key=lambda n: (-weight[n], n))


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


def render_html(g: nx.MultiDiGraph) -> str:
    """The explorer page of a network."""
    page = resources.files("kg").joinpath("explorer.html").read_text(encoding="utf-8")
    return page.replace("__VIS__", _script_safe(_vis_js())).replace("__DATA__", _json_for_script(explorer_data(g)))


def write_html(g: nx.MultiDiGraph, path: Path) -> None:
    write_atomic(path, render_html(g).encode("utf-8"))


def page_for(store: ox.Store, endpoint: str) -> bytes:
    """The explorer page of a store (for kg serve), or, for a graph too large to draw, a page that says so."""
    g = load_network(store)
    if g.number_of_nodes() <= PAGE_NODES:
        return render_html(g).encode("utf-8")
    return (
        "<!doctype html><meta charset=utf-8><title>govkg</title>"
        f"<p>{g.number_of_nodes():,} nodes are more than a page can draw: ask the SPARQL endpoint at "
        f"{html.escape(endpoint)}, or draw a part with <code>kg viz --focus NAME</code>.</p>"
    ).encode()
