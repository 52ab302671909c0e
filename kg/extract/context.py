"""What a document says about itself, read once and shared by every family.

The groups it sets up and the short names it gives them ("成立X（以下简称Y）", read by the rules of
kg.extract.setups),
which the other families need to tell "市领导小组办公室" of this document from
any other; its numbered headings, for "the section this sentence is in"; and
its tasks, for "the task this clause belongs to".
"""

from __future__ import annotations

import bisect
import os
import re
from collections.abc import Callable
from typing import Any

from kg.extract import setup_news as news
from kg.extract.actors import split_top_level
from kg.extract.duties import ITEM_MARK_RE
from kg.extract.setups import SET_UP_RULES, SPOKEN_OF, led_by
from kg.extract.subgroups import RULE as SUBGROUP_RULE
from kg.extract.subgroups import subgroup_sections
from kg.extract.tasks import ROW_RULE, TaskIndex
from kg.headings import heading_of
from kg.model import Document, Task
from kg.rules import find

# "列第一位的为牵头单位": from where a document says so, the first of each list leads too
FIRST_LEADS_RE = re.compile(
    r"(?:列|排)(?:序|名|在)?(?:第一位?|首位)的?(?:单位|部门)?(?:为|是)牵头|由(?:列|排)(?:序|名|在)?(?:第一位?|首位)的?(?:单位|部门)牵头"
    r"|首位(?:单位|部门)(?:为|是)牵头|第一(?:个|家)?(?:责任)?(?:单位|部门)(?:为|是)牵头"
)  # "列第一位的为牵头单位", "排序第一单位为牵头单位", "排名第一的为牵头单位", "由排名首位的部门牵头负责", "首位单位为牵头单位",
# "第一责任单位为牵头单位"
# "保证食品安全委员会（以下简称食安委）…": a short name given to a group where it is not set up
SHORT_OPEN_RE = re.compile(r"（(?:以下)?简称")
NAMED_REACH = 80  # characters of a name before its short name's bracket, and of the bracket, at most
NAMED_SHORT_RE = re.compile(rf"(?P<full>[^，。；：（）\n]{{2,40}}?{news.GROUP_SUFFIX}){news.SHORT_NAME}")
SAME_BELOW = ("下同", "以下同")  # "…，下同": the note holds for the items after this one too


def without_lead_note(text: str) -> tuple[list[str], bool]:
    """A list's parts a "，" apart without its note on who leads ("排名第一位为牵头单位", "下同"), and whether
    it had one."""
    parts = split_top_level(text, "，,")
    kept = [p for p in parts if not FIRST_LEADS_RE.match(p) and p not in SAME_BELOW]
    return kept, len(parts) > 1 and any(FIRST_LEADS_RE.match(p) for p in parts)


HEADINGS_BACK = 40  # headings looked back over for the one a numbered item is under


SHARED_TAIL = 6  # characters two names of a group share at their ends, at least: its kind and some words


def _shared_tail(a: str, b: str) -> int:
    """How many characters two names share at their ends."""
    return len(os.path.commonprefix([a[::-1], b[::-1]]))


class Context:
    """What a document says about its own bodies, sections and tasks."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.short: dict[str, str] = {}  # "市领导小组" → "运城市…领导小组"
        self.set_up_by: dict[str, str] = {}  # each group the document sets up → the rule that read it first
        self.set_ups: list[tuple[int, int, str]] = []  # (start, end, group) of each set-up in the text
        # the title's group first, then the text's in order
        found = sorted(find(doc, SET_UP_RULES), key=lambda f: (f.rule.unit != "title", f.start))
        found = [f for f in found if f.rule.name != SPOKEN_OF] or found  # a body by its kind alone: none named
        for f in found:
            for set_up in f.records:
                self.set_up_by.setdefault(set_up.name, f.rule.name)
                if set_up.short:
                    self.short.setdefault(set_up.short, set_up.name)
                if f.rule.unit != "title":
                    self.set_ups.append((f.start, f.end, set_up.name))
        self._merge_shortened()
        self.groups = list(self.set_up_by)
        self._name_short(doc.text.text)
        self._memo: dict[str, Any] = {}
        self.tasks = TaskIndex(doc.tasks)
        # "列第一位的为牵头单位": from where a document says so, the first of each list also leads
        first = FIRST_LEADS_RE.search(doc.text.text)
        self.first_leads_from = first.start() if first else None
        self.row_task = {t.start: t.key for t in doc.tasks if t.rule == ROW_RULE}  # a table row → its task
        self.row_at = {r.start: r for r in doc.rows}  # a table row by where it starts
        # every numbered heading, a task or not: (offset, heading text)
        self.headings = [(s, line) for s, line in doc.pieces("paragraph") if heading_of(line)]
        self.heading_starts = [s for s, _ in self.headings]
        # working groups, each a section of its own ("一、抢险救灾组"): groups of the document too
        self.subgroups = subgroup_sections(doc.pieces("paragraph"), self.headings, len(doc.text.text))
        self.subgroup_starts = [s for s, _, _ in self.subgroups]
        for _, _, name in self.subgroups:
            self.set_up_by.setdefault(name, SUBGROUP_RULE)
        self.groups = list(self.set_up_by)

    def _merge_shortened(self) -> None:
        """A group named once without its place ("成立河湖治理领导小组" in a headline) is the one named in full;
        a mechanism with a leading group of its own ("X链长制" and "X链长制领导小组") is that group."""
        names = list(self.set_up_by)
        for name in names:
            full = next((n for n in names if n != name and (n.endswith(name) or led_by(name, n))), None)
            if full:
                del self.set_up_by[name]
                self.short.setdefault(name, full)
                self.set_ups = [(s, e, full if g == name else g) for s, e, g in self.set_ups]

    def _name_short(self, text: str) -> None:
        """A short name given to a group set up, where the text names it with words before it or without its
        place ("为保证食品安全委员会（以下简称食安委）…" of "某区食品安全委员会")."""
        for bracket in SHORT_OPEN_RE.finditer(text):  # the name before each bracket that gives a short one
            m = NAMED_SHORT_RE.search(text, max(0, bracket.start() - NAMED_REACH), bracket.start() + NAMED_REACH)
            if not m or m.end("full") != bracket.start() or m["short"] in self.short or m["short"] in self.set_up_by:
                continue
            full = m["full"]
            named = [g for g in self.groups if _shared_tail(g, full) >= min(len(g), len(full), SHARED_TAIL)]
            if len(named) == 1:
                self.short[m["short"]] = named[0]

    def actor(self, name: str) -> tuple[str, tuple[str, ...]]:
        """The name an actor resolves to in this document, and the names it was given."""
        if name in self.short:
            return self.short[name], (name,)
        for short, full in self.short.items():
            for part in ("办公室", "成员单位"):
                # "市领导小组办公室" is this document's group's office, not every group's
                if name == short + part:
                    return full + part, (name, part) if part == "办公室" else (name,)
        bodies = [g for g in self.groups if self.set_up_by[g] != SUBGROUP_RULE]  # not a working group's office
        if name == "办公室" and bodies:
            group = bodies[0]
            shorts = tuple(s + "办公室" for s, f in self.short.items() if f == group)
            return group + "办公室", (*shorts, "办公室")
        return name, ()

    def group_set_up_in(self, start: int, end: int) -> str | None:
        """The last group set up wholly inside text[start:end] (looked for from the end: a set-up that starts
        inside and ends past it is the last one at most)."""
        i = bisect.bisect_left(self.set_ups, (end,)) - 1
        while i >= 0 and self.set_ups[i][0] >= start:
            if self.set_ups[i][1] <= end:
                return self.set_ups[i][2]
            i -= 1
        return None

    def group_named(self, text: str) -> str | None:
        """The group a sentence opens with by its name or short name ("（一）食安委主任由…"), when it is not the
        last one set up."""
        start = ITEM_MARK_RE.match(text)
        opening = text[start.end() if start else 0 :]
        names = [*self.short.items(), *((g, g) for g in self.groups)]
        found = max(((n, full) for n, full in names if opening.startswith(n)), key=lambda p: len(p[0]), default=None)
        return found[1] if found else None

    def group_at(self, offset: int) -> str | None:
        """The group a seat at this offset is in, when its sentence sets up none: the last set up before
        it ("组建招商专班" in a task does not take the members of the 领导小组 set up after it), else the
        document's first."""
        i = bisect.bisect_right(self.set_ups, (offset,))
        before = next(((s, group) for s, end, group in reversed(self.set_ups[:i]) if end <= offset), None)
        j = bisect.bisect_right(self.subgroup_starts, offset)
        if j and offset < self.subgroups[j - 1][1] and not (before and before[0] > self.subgroups[j - 1][0]):
            return self.subgroups[j - 1][2]  # not when a group is set up inside the section, before the seat
        bodies = (
            g for g in self.groups if self.set_up_by[g] != SUBGROUP_RULE
        )  # not a working group out of its section
        return before[1] if before else next(bodies, None)

    def group_around(self, offset: int) -> str | None:
        """The group whose set-up's words hold an offset: "成立以A为组长、B为副组长的X" holds A's and B's seats."""
        i = bisect.bisect_right(self.set_ups, (offset, float("inf")))
        return next((g for s, e, g in reversed(self.set_ups[max(0, i - 3) : i]) if s <= offset < e), None)

    def subgroup_at(self, offset: int) -> str | None:
        """The working group whose section holds an offset ("一、抢险救灾组" and what is under it)."""
        i = bisect.bisect_right(self.subgroup_starts, offset)
        return self.subgroups[i - 1][2] if i and offset < self.subgroups[i - 1][1] else None

    def section_heading(self, offset: int) -> str:
        """The heading of the numbered section a position of the text is in."""
        i = bisect.bisect_right(self.heading_starts, offset)
        return self.headings[i - 1][1] if i else ""

    def heading_over(self, offset: int, level: int) -> str:
        """The nearest numbered heading before an offset of another kind than the given level's (the one its
        items are under: "第三条…" over "（二）…"), looked for among the few headings before it."""
        i = bisect.bisect_right(self.heading_starts, offset) - 1
        for _, line in reversed(self.headings[max(0, i - HEADINGS_BACK) : i]):
            heading = heading_of(line)
            if heading and heading[0] != level:
                return line[heading[2] :].strip()
        return ""

    def task_at(self, offset: int, label: str | None = None) -> Task | None:
        """The innermost numbered task whose text holds an offset; with a label, the task above one that is only
        that label's line ("（一）责任领导：X" under an item is the item's)."""
        task = self.tasks.at(offset)
        if label and task is not None and task.parent and task.heading.startswith(label):
            return self.tasks.by_key.get(task.parent)
        return task

    def once(self, key: str, compute: Callable[[Document], Any]) -> Any:
        """What a family reads off the whole document once (the verb in force, the glossary's start)."""
        if key not in self._memo:
            self._memo[key] = compute(self.doc)
        return self._memo[key]
