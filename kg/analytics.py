"""What the network tells: per organization its tasks by role, who works with whom, the largest groups;
and the network as GraphML for Gephi."""

from __future__ import annotations

import itertools
from collections import Counter

import networkx as nx

from kg.network import ORG_KINDS, ROLE_COLOUR


def _duties(g: nx.MultiDiGraph, orgs: set[str]) -> tuple[list[dict], dict[str, dict[str, set[str]]]]:
    """Per organization the tasks it leads, supports and answers for; and the actors of each task by role."""
    counts: dict[str, Counter[str]] = {n: Counter() for n in orgs}
    actors_of_task: dict[str, dict[str, set[str]]] = {}
    for u, v, d in g.edges(data=True):
        role = d.get("role")
        if u in orgs and role in ROLE_COLOUR:
            counts[u][role] += 1
            actors_of_task.setdefault(v, {}).setdefault(role, set()).add(u)
    rows = [
        {"organization": g.nodes[o]["label"], **{r: c[r] for r in ROLE_COLOUR}, "total": sum(c.values())}
        for o, c in counts.items()
        if sum(c.values())
    ]
    return sorted(rows, key=lambda r: (-r["牵头"], -r["total"], r["organization"])), actors_of_task


def _co_assignment(g: nx.MultiDiGraph, actors_of_task: dict[str, dict[str, set[str]]]) -> tuple[list[dict], list[dict]]:
    """Centrality in the network of bodies named on the same task, and the pairs that lead together."""
    label = {n: g.nodes[n]["label"] for n in g.nodes}
    co = nx.Graph()
    co_lead: Counter[tuple[str, str]] = Counter()
    for roles in actors_of_task.values():
        for a, b in itertools.combinations(sorted(set().union(*roles.values())), 2):
            co.add_edge(a, b, weight=co.get_edge_data(a, b, {"weight": 0})["weight"] + 1)
        for a, b in itertools.combinations(sorted(roles.get("牵头", ())), 2):
            co_lead[(label[a], label[b])] += 1
    degree = nx.degree_centrality(co) if co.number_of_nodes() > 1 else {}
    betweenness = nx.betweenness_centrality(co) if co.number_of_nodes() > 2 else {}
    centrality = [
        {
            "organization": label[n],
            "degree": round(degree.get(n, 0.0), 4),
            "betweenness": round(betweenness.get(n, 0.0), 4),
        }
        for n in co.nodes
    ]
    centrality.sort(key=lambda r: (-r["betweenness"], -r["degree"], r["organization"]))
    pairs = [
        {"lead": a, "co-lead": b, "tasks": n} for (a, b), n in sorted(co_lead.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    return centrality, pairs


def stats(g: nx.MultiDiGraph) -> dict[str, list[dict]]:
    """Who does most, who works with whom, how big the groups are, who is named once."""
    orgs = {n for n, d in g.nodes(data=True) if d["kind"] in ORG_KINDS}
    per_org, actors_of_task = _duties(g, orgs)
    centrality, pairs = _co_assignment(g, actors_of_task)
    groups = [
        {
            "group": d["label"],
            "members": len({u for u, _, e in g.in_edges(n, data=True) if e.get("role") not in ROLE_COLOUR}),
        }
        for n, d in g.nodes(data=True)
        if d["kind"] == "group"
    ]
    once = [{"organization": g.nodes[n]["label"], "mentions": g.degree(n)} for n in orgs if g.degree(n) <= 1]
    return {
        "duties by organization": per_org,
        "centrality (co-assignment network)": centrality,
        "co-lead pairs": pairs,
        "groups by size": sorted((r for r in groups if r["members"]), key=lambda r: (-r["members"], r["group"])),
        "isolated or named once": sorted(once, key=lambda r: (r["mentions"], r["organization"])),
    }


def graphml(g: nx.MultiDiGraph) -> bytes:
    """GraphML for Gephi: node kind and label, edge role, as attributes."""
    h = nx.MultiDiGraph()
    for n, d in sorted(g.nodes(data=True)):
        h.add_node(n, label=d["label"], kind=d["kind"])
    for u, v, d in sorted(g.edges(data=True), key=lambda e: (e[0], e[1], e[2].get("role", ""))):
        h.add_edge(u, v, role=d.get("role", ""), title=d.get("title", ""))
    return "\n".join(nx.generate_graphml(h)).encode("utf-8")
