"""Rules as data: a named pattern, the text it must and must not match, and how a match becomes records.

Extraction runs in three steps, each written once:

1. **find**: every rule of a family runs its pattern over the units of a
   document it reads (sentences, paragraphs, the title or the whole text) and
   turns each match into :class:`Found` items: the span it read and the records
   it would state;
2. **decide**: one overlap policy (:func:`select`): the longest span wins, then
   the rule listed first in its family's table; an item that overlaps one kept
   is dropped;
3. **record**: the family turns the kept items into records, each with the
   evidence sentence and the rule's name (``gov:rule`` in the graph).

A new phrasing is one :class:`Rule` in its family's table, with the examples
that test it (tests/test_rules.py runs every rule on its own examples).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from kg.model import Document, Span
from kg.wordtree import alternation

Unit = Literal["sentence", "paragraph", "row", "title", "document"]
Make = Callable[[re.Match[str], "At"], Iterable["Found"]]


@dataclass(frozen=True)
class Rule:
    """One phrasing: its name (family.what), its pattern, examples, and how a match becomes records."""

    name: str
    pattern: re.Pattern[str]
    make: Make
    examples: tuple[str, ...]
    counterexamples: tuple[str, ...]
    unit: Unit = "sentence"
    needs: tuple[str, ...] = ()  # words one of which a unit must hold for the pattern to run on it
    reads: Callable[[Document, Any], bool] | None = None  # whether a document can give anything at all
    about: str = ""  # what the rule reads, where its make function's docstring does not say it

    def __post_init__(self) -> None:
        if "." not in self.name or not self.examples or not self.counterexamples:
            raise ValueError(f"rule {self.name!r}: a name family.what, an example and a counterexample are required")

    @property
    def family(self) -> str:
        return self.name.split(".", 1)[0]

    @property
    def description(self) -> str:
        """What the rule reads: its own words, else the first line of its make function's docstring."""
        return self.about or ((self.make.__doc__ or "").strip().splitlines() or [""])[0]


@dataclass(frozen=True)
class Found:
    """What one match states: the span it read (which competes with others), and its records."""

    rule: Rule
    start: int
    end: int
    records: tuple[Any, ...]
    evidence: Span | None = None  # the quote, when it is not the sentences around the span


@dataclass(frozen=True)
class At:
    """Where a rule matched: the rule, the document, the unit's span and text, and the document's context."""

    rule: Rule
    doc: Document
    start: int
    text: str
    context: Any = None

    def found(self, start: int, end: int, *records: Any, evidence: Span | None = None) -> Found:
        """An item for text[start:end] of the unit (offsets relative to the unit)."""
        return Found(self.rule, self.start + start, self.start + max(end, start + 1), records, evidence)

    def span(self, start: int = 0, end: int | None = None) -> Span:
        """Document offsets of text[start:end] of the unit."""
        return self.start + start, self.start + (len(self.text) if end is None else end)


def units(doc: Document, unit: Unit) -> list[tuple[int, str]]:
    """(offset, text) of each unit of a document a rule reads, cut once per document."""
    if unit == "document":
        return [(0, doc.text.text)]
    if unit == "title":
        return [(0, doc.title)]
    return doc.pieces(unit)


@functools.cache
def _any_of(words: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for "any of these words" (the shortest first: a word that begins with another is never
    the one found), searched in C rather than word by word."""
    return re.compile(alternation(w for w in words if not any(w != v and w.startswith(v) for v in words)))


def _holding(doc: Document, rule: Rule) -> list[tuple[int, str]]:
    """The units of a document a rule runs on: those that hold one of the words it needs.

    The units are slices of the text, in order and apart, so a word is held by
    the last unit to start before it, when it ends within that unit. One search
    through the text finds them: after a word that is held, the next search
    starts at the next unit (the unit is kept: another word in it changes
    nothing); after one that runs past its unit, at its next character.
    """
    cut = units(doc, rule.unit)
    if not rule.needs:
        return cut
    words = _any_of(rule.needs)
    if rule.unit == "title" or len(cut) < 2:
        return [(start, text) for start, text in cut if words.search(text)]
    starts = doc.piece_starts(rule.unit)
    text = doc.text.text
    kept: list[tuple[int, str]] = []
    m = words.search(text)
    while m:
        i = bisect.bisect_right(starts, m.start()) - 1
        if i >= 0 and m.end() <= starts[i] + len(cut[i][1]):
            kept.append(cut[i])
            if i + 1 == len(starts):
                break
            m = words.search(text, starts[i + 1])
        else:
            m = words.search(text, m.start() + 1)
    return kept


def matches_near(pattern: re.Pattern[str], text: str, gate: re.Pattern[str], stops: str) -> Iterator[re.Match[str]]:
    """pattern.finditer(text) for a pattern whose every match holds a match of ``gate`` and none of the
    characters ``stops`` (nor does a gate's match): the pattern runs only on the stretches between two stops
    that hold the gate's word.

    A stretch is read with its closing stop (a lookahead sees it) and after its opening one (a lookbehind
    does), so the matches are those of the whole text. Each stretch is scanned once, whatever the gate
    finds in it: linear in the text.
    """
    stop = re.compile(f"[{re.escape(stops)}]")
    done = 0  # the end of the last stretch read
    for g in gate.finditer(text):
        if g.start() < done:
            continue
        low = done
        for s in stop.finditer(text, done, g.start()):
            low = s.end()
        close = stop.search(text, g.end())
        done = close.end() if close else len(text)
        yield from pattern.finditer(text, low, done)


def _reads(doc: Document, rule: Rule, context: Any) -> bool:
    return rule.reads is None or rule.reads(doc, context)


def find(doc: Document, rules: Sequence[Rule], context: Any = None) -> list[Found]:
    """Every item every rule finds in a document, in rule order."""
    found: list[Found] = []
    for rule in rules:
        if not _reads(doc, rule, context):
            continue  # every match would come to nothing: the text is not read
        for start, text in _holding(doc, rule):
            for m in rule.pattern.finditer(text):
                found.extend(f for f in rule.make(m, At(rule, doc, start, text, context)) if f.records)
    return found


def select(found: Iterable[Found], rules: Sequence[Rule]) -> list[Found]:
    """The overlap policy: longest span first, then the rule listed first; overlapping items are dropped.

    The items kept are returned in text order.
    """
    rank = {rule.name: i for i, rule in enumerate(rules)}
    order = sorted(found, key=lambda f: (f.start - f.end, rank[f.rule.name], f.start))
    starts: list[int] = []
    ends: list[int] = []
    kept: list[Found] = []
    for f in order:
        i = bisect.bisect_right(starts, f.start)
        if (i and ends[i - 1] > f.start) or (i < len(starts) and starts[i] < f.end):
            continue
        starts.insert(i, f.start)
        ends.insert(i, f.end)
        kept.insert(i, f)
    return kept


@dataclass(frozen=True)
class Family:
    """A table of rules that state one kind of fact; the table's order is the rules' priority."""

    name: str
    rules: tuple[Rule, ...]

    def __post_init__(self) -> None:
        names = [r.name for r in self.rules]
        if len(set(names)) != len(names) or any(r.family != self.name for r in self.rules):
            raise ValueError(f"family {self.name}: rule names must be unique and start with {self.name}.")

    def run(self, doc: Document, context: Any = None) -> list[Found]:
        """Find, then decide: the items this family keeps in a document."""
        return select(find(doc, self.rules, context), self.rules)
