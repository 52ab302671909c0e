"""`kg eval --corpus DIR`: score govkg on a development corpus, document by document and micro-averaged.

A corpus folder holds MANIFEST.json (a list of entries: id, text, gold, kind,
heldout, …; see corpus/ANNOTATION.md) and the texts and gold files it names.
Each text is built on its own, in memory, and scored against its gold file;
the counts of every document are summed per category (micro-average), for the
documents rules were written from and for the held-back ones apart.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import GoldError
from kg.evaluate import Score, load_gold, score_store
from kg.files import store_of
from kg.pipeline import build

# the categories a corpus is judged on (chains are rare outside the seed)
SCORED = ("documents", "tasks", "assignments", "memberships", "appointments", "person_posts")


@dataclass(frozen=True)
class Entry:
    """One document of a corpus, as MANIFEST.json lists it."""

    id: str
    text: Path
    gold: Path
    kind: str
    heldout: bool
    meta: dict[str, Any] = field(default_factory=dict, compare=False)


@dataclass
class Result:
    """One document's scores."""

    entry: Entry
    scores: dict[str, Score]


def load_manifest(folder: Path) -> list[Entry]:
    """The documents of a corpus folder, in the manifest's order."""
    path = folder / "MANIFEST.json"
    try:
        items = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise GoldError(f"{folder}: no MANIFEST.json (a corpus folder lists its documents there)") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise GoldError(f"{path}: not a JSON manifest ({err})") from None
    if not isinstance(items, list) or not all(isinstance(i, dict) and {"id", "text", "gold"} <= set(i) for i in items):
        raise GoldError(f"{path}: a manifest is a list of objects with id, text and gold")
    return [
        Entry(i["id"], folder / i["text"], folder / i["gold"], i.get("kind", ""), bool(i.get("heldout")), i)
        for i in items
    ]


def score_entry(entry: Entry) -> Result:
    """Build one document's text on its own and score it against its gold."""
    gold = load_gold(entry.gold)
    graph = build([entry.text], None, html=False)
    scores = {s.category: s for s in score_store(store_of(graph.turtle), gold) if s.category in SCORED}
    return Result(entry, scores)


def evaluate_corpus(folder: Path) -> list[Result]:
    """Every document of a corpus, scored."""
    return [score_entry(entry) for entry in load_manifest(folder)]


def micro(results: Iterable[Result]) -> list[Score]:
    """Per category, the counts of every document summed: micro-averaged precision, recall and F1."""
    totals = {c: Score(c, 0, 0, 0, 0) for c in SCORED}
    for result in results:
        for category, s in result.scores.items():
            t = totals[category]
            t.gold += s.gold
            t.extracted += s.extracted
            t.matched_gold += s.matched_gold
            t.matched_extracted += s.matched_extracted
            t.missed += [(result.entry.id, m) for m in s.missed]
            t.extra += [(result.entry.id, e) for e in s.extra]
    return list(totals.values())


def _cell(score: Score | None) -> str:
    if score is None or (score.gold == 0 and score.extracted == 0):
        return "–"
    return f"{score.f1:.2f}"


def format_corpus(results: list[Result], misses: int = 0) -> str:
    """The per-document table (F1 per category), then micro-averaged P/R/F1 for the development part and the held-back part."""
    width = max([len(r.entry.id) for r in results] + [8])
    head = f"{'document':<{width}}  {'kind':<14}{'held':<6}" + "".join(f"{c[:12]:>13}" for c in SCORED)
    lines = [head]
    for r in results:
        held = "yes" if r.entry.heldout else ""
        cells = "".join(f"{_cell(r.scores.get(c)):>13}" for c in SCORED)
        lines.append(f"{r.entry.id:<{width}}  {r.entry.kind:<14}{held:<6}{cells}")
    for title, part in (
        ("development", [r for r in results if not r.entry.heldout]),
        ("held back", [r for r in results if r.entry.heldout]),
        ("all", results),
    ):
        if not part:
            continue
        lines.append(f"\n{title} ({len(part)} documents), micro-averaged")
        lines.append(f"{'category':<14}{'gold':>6}{'found':>7}{'P':>8}{'R':>8}{'F1':>8}")
        for s in micro(part):
            lines.append(f"{s.category:<14}{s.gold:>6}{s.extracted:>7}{s.precision:>8.3f}{s.recall:>8.3f}{s.f1:>8.3f}")
    if misses:
        lines += _misses([r for r in results if not r.entry.heldout], misses)
    return "\n".join(lines)


def _misses(results: list[Result], n: int) -> list[str]:
    """The first N missed and extra items per category of the development part (the held-back part stays unseen)."""
    lines = []
    for s in micro(results):
        for what, items in (("missed", s.missed), ("extra", s.extra)):
            if items:
                lines.append(f"\n{what} {s.category} ({len(items)}):")
                lines += [f"  {doc}: {json.dumps(item, ensure_ascii=False)}" for doc, item in items[:n]]
    return lines


def corpus_json(results: list[Result]) -> str:
    """Per document and micro-averaged scores as JSON."""

    def numbers(s: Score) -> dict[str, float | int]:
        return {
            "gold": s.gold,
            "extracted": s.extracted,
            "precision": round(s.precision, 4),
            "recall": round(s.recall, 4),
            "f1": round(s.f1, 4),
        }

    return json.dumps(
        {
            "documents": {r.entry.id: {c: numbers(s) for c, s in r.scores.items()} for r in results},
            "development": {s.category: numbers(s) for s in micro(r for r in results if not r.entry.heldout)},
            "held back": {s.category: numbers(s) for s in micro(r for r in results if r.entry.heldout)},
        },
        ensure_ascii=False,
        indent=2,
    )
