"""Score a graph against a gold file, per category, as GUIDELINE.md's "Scoring" says.

The graph is read only through the public terms of INTERFACE.md, with SPARQL
on an Oxigraph store, so any graph that keeps that promise can be scored.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.errors import GoldError
from kg.files import load_store, run_query
from kg.ontology import ACTION_WORDS, ROLE_WORDS, sparql_prologue

CATEGORIES = (
    "documents",
    "tasks",
    "assignments",
    "memberships",
    "appointments",
    "person_posts",
    "chains",
    "chain_roles",
)
TASK_TEXT_LIMIT = 300  # an anchor may match a task's full text up to this length


@dataclass
class Score:
    """Precision, recall and F1 of one category, with what did not match."""

    category: str
    gold: int
    extracted: int
    matched_gold: int
    matched_extracted: int
    missed: list[Any] = field(default_factory=list)
    extra: list[Any] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict)

    @property
    def precision(self) -> float:
        return self.matched_extracted / self.extracted if self.extracted else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.matched_gold / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load_gold(path: Path) -> dict[str, Any]:
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise GoldError(f"{path}: no such gold file") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise GoldError(f"{path}: not a JSON gold file ({err})") from None
    if not isinstance(gold, dict) or not any(isinstance(gold.get(c), list) for c in CATEGORIES):
        raise GoldError(f"{path}: gold file has none of the categories {', '.join(CATEGORIES)}")
    for category in CATEGORIES:
        items = gold.get(category)
        if isinstance(items, list) and not all(isinstance(item, dict) for item in items):
            raise GoldError(f"{path}: every item of {category!r} must be a JSON object")
    return gold


def normalize(text: str) -> str:
    """NFKC and no whitespace: how gold text and extracted text are compared."""
    return "".join(unicodedata.normalize("NFKC", text).split())


# -- reading the graph ----------------------------------------------------------


def _rows(store: ox.Store, query: str) -> list[dict[str, str]]:
    result = run_query(store, sparql_prologue() + query)
    names = [v.value for v in result.variables]
    return [{n: (row[n].value if row[n] is not None else None) for n in names} for row in result]


def _labels(store: ox.Store) -> dict[str, set[str]]:
    """Every node's rdfs:label and skos:altLabel values, normalised."""
    labels: dict[str, set[str]] = {}
    for row in _rows(store, "SELECT ?s ?l WHERE { { ?s rdfs:label ?l } UNION { ?s skos:altLabel ?l } }"):
        labels.setdefault(row["s"], set()).add(normalize(row["l"]))
    return labels


def _alts(value: Any) -> list[str]:
    """A gold field's acceptable forms, normalised."""
    if value is None:
        return []
    values = value if isinstance(value, list) else [value]
    return [normalize(str(v)) for v in values if v is not None]


def _any_in(alts: list[str], labels: Iterable[str]) -> bool:
    labels = set(labels)
    return any(a in labels for a in alts)


class _Graph:
    """The facts of a graph, read once, in the shapes the scorer needs."""

    def __init__(self, store: ox.Store) -> None:
        self.labels = _labels(store)
        self.docs = _rows(
            store,
            "SELECT ?d ?id ?title ?issued WHERE { ?d a gov:Document . OPTIONAL { ?d dct:identifier ?id } "
            "OPTIONAL { ?d dct:title ?title } OPTIONAL { ?d dct:issued ?issued } }",
        )
        self.tasks = _rows(
            store,
            "SELECT ?t ?label ?text ?doc WHERE { ?t a gov:Task . OPTIONAL { ?t rdfs:label ?label } "
            "OPTIONAL { ?t gov:text ?text } OPTIONAL { ?t dct:isPartOf ?doc } }",
        )
        self.task_by_iri = {t["t"]: t for t in self.tasks}
        self.assignments = _rows(
            store,
            "SELECT ?a ?t ?role ?actor WHERE { ?a a gov:Assignment ; gov:task ?t ; gov:role ?role ; gov:actor ?actor }",
        )
        self.memberships = _rows(
            store,
            "SELECT ?m ?g ?member ?role WHERE { ?m a org:Membership ; org:organization ?g ; org:member ?member ; "
            "org:role ?r . ?r rdfs:label ?role }",
        )
        self.appointments = _rows(
            store,
            "SELECT ?a ?p ?action ?post ?org WHERE { ?a a gov:Appointment ; gov:person ?p ; gov:action ?action ; "
            "gov:post ?post . OPTIONAL { ?a org:organization ?org } }",
        )
        self.posts = _rows(
            store,
            "SELECT ?post ?p ?label ?org WHERE { ?post a org:Post ; org:heldBy ?p ; rdfs:label ?label . "
            "OPTIONAL { ?post org:postIn ?org } }",
        )
        self.stages = _rows(
            store,
            "SELECT ?c ?s ?label ?seq ?pos WHERE { ?c a gov:IndustrialChain ; gov:hasStage ?s . ?s rdfs:label ?label ; "
            "gov:sequence ?seq ; gov:position ?pos }",
        )
        self.chain_roles = _rows(
            store,
            "SELECT ?r ?e ?label ?chain WHERE { ?r a gov:ChainRole ; gov:enterprise ?e ; gov:roleLabel ?label . "
            "OPTIONAL { ?r gov:chain ?chain } }",
        )

    def names(self, iri: str | None) -> set[str]:
        return self.labels.get(iri, set()) if iri else set()

    def task_matches(self, anchor: str, task_iri: str | None) -> bool:
        task = self.task_by_iri.get(task_iri or "")
        if not task or not anchor:
            return False
        if anchor in normalize(task["label"] or ""):
            return True
        text = normalize(task["text"] or "")
        return len(text) <= TASK_TEXT_LIMIT and anchor in text


# -- matching per category ---------------------------------------------------------

Matcher = Callable[[dict[str, Any], dict[str, str]], bool]


def _score(category: str, gold: list[Any], extracted: list[dict[str, str]], match: Matcher) -> Score:
    gold_hit = [False] * len(gold)
    extracted_hit = [False] * len(extracted)
    for i, g in enumerate(gold):
        for j, e in enumerate(extracted):
            if match(g, e):
                gold_hit[i] = extracted_hit[j] = True
    return Score(
        category,
        len(gold),
        len(extracted),
        sum(gold_hit),
        sum(extracted_hit),
        missed=[g for g, hit in zip(gold, gold_hit) if not hit],
        extra=[e for e, hit in zip(extracted, extracted_hit) if not hit],
    )


def score_documents(graph: _Graph, gold: list[dict[str, Any]]) -> Score:
    def key_matches(g: dict[str, Any], e: dict[str, str]) -> bool:
        if g.get("number"):
            return normalize(e["id"] or "") in _alts(g["number"])
        return not e["id"] and normalize(e["title"] or "") in _alts(g.get("title"))

    score = _score("documents", gold, graph.docs, key_matches)
    titles = dates = 0
    for g in gold:
        found = [e for e in graph.docs if key_matches(g, e)]
        if found and normalize(found[0]["title"] or "") in _alts(g.get("title")):
            titles += 1
        if found and (found[0]["issued"] or None) == (g.get("date") or None):
            dates += 1
    score.notes = {"titles exact": f"{titles}/{len(gold)}", "dates exact": f"{dates}/{len(gold)}"}
    score.extra = [{"doc": e["id"] or e["title"]} for e in score.extra]
    return score


def score_tasks(graph: _Graph, gold: list[dict[str, Any]], assignment_anchors: list[str]) -> Score:
    def match(g: dict[str, Any], e: dict[str, str]) -> bool:
        return any(graph.task_matches(a, e["t"]) for a in _alts(g.get("anchor")))

    score = _score("tasks", gold, graph.tasks, match)
    # a task made for a prose duty counts as correct when it holds an assignment's anchor
    anchors = [a for a in assignment_anchors if a]
    for e in list(score.extra):
        if any(graph.task_matches(a, e["t"]) for a in anchors):
            score.extra.remove(e)
            score.matched_extracted += 1
    score.extra = [{"anchor": e["label"]} for e in score.extra]
    return score


def score_assignments(graph: _Graph, gold: list[dict[str, Any]]) -> Score:
    role_word = {str(k): v for k, v in ROLE_WORDS.items()}

    def match(g: dict[str, Any], e: dict[str, str]) -> bool:
        return (
            role_word.get(e["role"]) in _alts(g.get("role"))
            and _any_in(_alts(g.get("actor")), graph.names(e["actor"]))
            and any(graph.task_matches(a, e["t"]) for a in _alts(g.get("task")))
        )

    score = _score("assignments", gold, graph.assignments, match)
    score.extra = [
        {
            "task": (graph.task_by_iri.get(e["t"]) or {}).get("label"),
            "role": role_word.get(e["role"]),
            "actor": sorted(graph.names(e["actor"])),
        }
        for e in score.extra
    ]
    return score


def score_memberships(graph: _Graph, gold: list[dict[str, Any]]) -> Score:
    def match(g: dict[str, Any], e: dict[str, str]) -> bool:
        return (
            normalize(e["role"]) in _alts(g.get("role"))
            and _any_in(_alts(g.get("group")), graph.names(e["g"]))
            and _any_in(_alts(g.get("member")), graph.names(e["member"]))
        )

    score = _score("memberships", gold, graph.memberships, match)
    score.extra = [
        {"group": sorted(graph.names(e["g"])), "member": sorted(graph.names(e["member"])), "role": e["role"]}
        for e in score.extra
    ]
    return score


def score_appointments(graph: _Graph, gold: list[dict[str, Any]]) -> Score:
    action_word = {str(k): v for k, v in ACTION_WORDS.items()}

    def match(g: dict[str, Any], e: dict[str, str]) -> bool:
        if action_word.get(e["action"]) != g.get("action") or normalize(e["post"]) not in _alts(g.get("post")):
            return False
        if not _any_in(_alts(g.get("person")), graph.names(e["p"])):
            return False
        return not g.get("org") or _any_in(_alts(g.get("org")), graph.names(e["org"]))

    score = _score("appointments", gold, graph.appointments, match)
    score.extra = [
        {"person": sorted(graph.names(e["p"])), "action": action_word.get(e["action"]), "post": e["post"]}
        for e in score.extra
    ]
    return score


def score_person_posts(graph: _Graph, gold: list[dict[str, Any]]) -> Score:
    def match(g: dict[str, Any], e: dict[str, str]) -> bool:
        if normalize(e["label"]) not in _alts(g.get("post")):
            return False
        if not _any_in(_alts(g.get("person")), graph.names(e["p"])):
            return False
        return not g.get("org") or _any_in(_alts(g.get("org")), graph.names(e["org"]))

    score = _score("person_posts", gold, graph.posts, match)
    score.extra = [{"person": sorted(graph.names(e["p"])), "post": e["label"]} for e in score.extra]
    return score


def _chain_items(gold: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A gold chain becomes one item per stage: (chain, stage, sequence, position)."""
    items = []
    for chain in gold:
        for seq, links in enumerate(chain.get("links") or [], 1):
            for pos, stage in enumerate(links, 1):
                items.append({"name": chain.get("name"), "stage": stage, "sequence": seq, "position": pos})
    return items


def score_chains(graph: _Graph, gold: list[dict[str, Any]]) -> Score:
    def match(g: dict[str, Any], e: dict[str, str]) -> bool:
        return (
            normalize(e["label"]) in _alts(g["stage"])
            and int(e["seq"]) == g["sequence"]
            and int(e["pos"]) == g["position"]
            and _any_in(_alts(g.get("name")), graph.names(e["c"]))
        )

    score = _score("chains", _chain_items(gold), graph.stages, match)
    score.extra = [
        {"chain": sorted(graph.names(e["c"])), "stage": e["label"], "sequence": e["seq"], "position": e["pos"]}
        for e in score.extra
    ]
    return score


def score_chain_roles(graph: _Graph, gold: list[dict[str, Any]]) -> Score:
    def match(g: dict[str, Any], e: dict[str, str]) -> bool:
        if normalize(e["label"]) not in _alts(g.get("role")):
            return False
        if not _any_in(_alts(g.get("enterprise")), graph.names(e["e"])):
            return False
        return not g.get("chain") or _any_in(_alts(g.get("chain")), graph.names(e["chain"]))

    score = _score("chain_roles", gold, graph.chain_roles, match)
    score.extra = [{"enterprise": sorted(graph.names(e["e"])), "role": e["label"]} for e in score.extra]
    return score


def evaluate(graph_path: Path, gold_path: Path) -> list[Score]:
    """Scores of every category the gold file has."""
    gold = load_gold(gold_path)
    return score_store(load_store(graph_path), gold)


def score_store(store: ox.Store, gold: dict[str, Any]) -> list[Score]:
    """Scores of a graph held in a store against a loaded gold annotation."""
    graph = _Graph(store)
    scores: list[Score] = []
    for category in CATEGORIES:
        items = gold.get(category)
        if not isinstance(items, list):
            continue
        if category == "documents":
            scores.append(score_documents(graph, items))
        elif category == "tasks":
            anchors = [t for a in gold.get("assignments") or [] for t in _alts(a.get("task"))]
            scores.append(score_tasks(graph, items, anchors))
        else:
            scorer = globals()[f"score_{category}"]
            scores.append(scorer(graph, items))
    return scores


def format_scores(scores: list[Score], misses: int = 0) -> str:
    """A plain-text table, and with misses > 0 the missed and extra items."""
    lines = [f"{'category':<14}{'gold':>6}{'found':>7}{'P':>8}{'R':>8}{'F1':>8}"]
    for s in scores:
        note = "  " + ", ".join(f"{k} {v}" for k, v in s.notes.items()) if s.notes else ""
        lines.append(
            f"{s.category:<14}{s.gold:>6}{s.extracted:>7}{s.precision:>8.3f}{s.recall:>8.3f}{s.f1:>8.3f}{note}"
        )
    if misses > 0:
        for s in scores:
            if s.missed:
                lines.append(f"\nmissed {s.category} ({len(s.missed)}):")
                lines += ["  " + json.dumps(m, ensure_ascii=False) for m in s.missed[:misses]]
            if s.extra:
                lines.append(f"\nextra {s.category} ({len(s.extra)}):")
                lines += ["  " + json.dumps(m, ensure_ascii=False) for m in s.extra[:misses]]
    return "\n".join(lines)


def scores_json(scores: list[Score]) -> str:
    return json.dumps(
        {
            s.category: {
                "gold": s.gold,
                "extracted": s.extracted,
                "precision": round(s.precision, 4),
                "recall": round(s.recall, 4),
                "f1": round(s.f1, 4),
                **s.notes,
            }
            for s in scores
        },
        ensure_ascii=False,
        indent=2,
    )
