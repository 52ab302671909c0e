"""Numbered headings: the rules of the tasks family, Chinese numerals, and numbering that continues.

A work item of a government document has a numbered heading: "第一章", "一、",
"（一）", "1.", "（1）", "①", one level each ("第一条", a regulation's article, at
the level of "一、", its items numbered anew under it). Segmentation uses the
headings to route interleaved columns; the tasks family turns them into tasks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from kg.rules import At, Family, Found, Rule

CN_DIGITS = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "O": 0, "一": 1, "二": 2, "三": 3, "四": 4}
CN_DIGITS |= {"五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN = "一二三四五六七八九十百"
# the number of a section or an item in Chinese numerals, "一、" or "（一）": where other patterns see a heading start
SECTION_MARK = r"(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])"
# a number and its marks as one character ("①", "⑴", "⒈", "㈠"): its value
ENCLOSED = {
    chr(first + n): n + 1
    for first, count in ((0x2460, 20), (0x2474, 20), (0x2488, 20), (0x3220, 10))
    for n in range(count)
}
DECIMAL_MARK_RE = re.compile(r"^\d{1,2}(?:\.\d{1,2}){1,3}\s*")  # a plan's clause number: "2.2.1"


def chinese_number(text: str) -> int:
    """一 → 1, 十二 → 12, 二十三 → 23, 12 → 12, ③ → 3."""
    if len(text) == 1 and text in ENCLOSED:
        return ENCLOSED[text]
    if text.isascii() and text.isdigit():
        return int(text)
    if "百" in text:
        hundreds, _, rest = text.partition("百")
        return chinese_number(hundreds or "一") * 100 + (chinese_number(rest) if rest else 0)
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (CN_DIGITS.get(tens, 1) if tens else 1) * 10 + (CN_DIGITS.get(ones, 0) if ones else 0)
    value = 0
    for char in text:
        value = value * 10 + CN_DIGITS.get(char, 0)
    return value


@dataclass(frozen=True)
class Heading:
    """A numbered heading: its level (第一章 0, 一、 or 第一条 1, （一） 2, 1. 3, （1） 4, ① 5), number and marker length."""

    level: int
    number: int
    marker: int


def _heading(m: re.Match[str], at: At) -> Iterable[Found]:
    """A numbered heading at the start of a paragraph."""
    yield at.found(m.start(), m.end(), Heading(LEVELS[at.rule.name], chinese_number(m["n"]), m.end()))


# (name, level, marker, pattern, examples, counterexamples), in the order the levels nest
_SPECS = (
    (
        "tasks.chapter",
        0,
        "第一章",
        rf"^第(?P<n>[{_CN}零\d]{{1,4}})(?:章|部分|篇)",
        ("第一章 总则", "第三部分 保障措施"),
        ("第一节",),
    ),
    # a regulation's article is a section: its items "（一）…" are numbered anew under each ("第八条 …职责：")
    ("tasks.article", 1, "第一条", rf"^第(?P<n>[{_CN}零\d]{{1,4}})条", ("第一条 为了规范…",), ("第一批项目",)),
    ("tasks.section", 1, "一、", rf"^(?P<n>[{_CN}]{{1,3}})、", ("一、总体要求", "十二、其他"), ("一是加强领导。",)),
    (
        "tasks.item",
        2,
        "（一）",
        rf"^[（(](?P<n>[{_CN}]{{1,3}})[）)]",
        ("（一）加强组织领导。", "(二)强化保障"),
        ("（市发改委牵头）",),
    ),
    ("tasks.item-enclosed", 2, "㈠", r"^(?P<n>[\u3220-\u3229])", ("㈠资金准备。",), ("第㈠项",)),
    (
        "tasks.numbered",
        3,
        "1.",
        r"^(?P<n>\d{1,3})(?:[\.．﹒、]|\s*[、．])(?![\d％%])",
        ("1.实施“数字赋能”行动", "2、加强组织领导", "3 、完善机制", "4﹒加快项目建设", "204.完善社区养老服务"),
        ("1.5亿元投资", "2023年完成", "12%的增长", "2023.5亿元"),
    ),
    ("tasks.numbered-enclosed", 3, "⒈", r"^(?P<n>[\u2488-\u249b])(?!\d)", ("⒈建立台账；",), ("⒈5亿元",)),
    (
        "tasks.sub-item",
        4,
        "（1）",
        r"^[（(]?(?P<n>\d{1,2})[）)]",
        ("（1）建立台账。", "(2)开展评估", "3）完善机制"),
        ("(2023年)", "2023）"),
    ),
    ("tasks.sub-item-enclosed", 4, "⑴", r"^(?P<n>[\u2474-\u2487])", ("⑴开展评估",), ("第⑴项",)),
    ("tasks.circled", 5, "①", r"^(?P<n>[\u2460-\u2473])", ("①完善规划体系",), ("第①项",)),
)
LEVELS = {name: level for name, level, *_ in _SPECS}
HEADING_RULES = tuple(
    Rule(
        name,
        re.compile(pattern),
        _heading,
        examples,
        counter,
        unit="paragraph",
        about=f"A heading numbered {marker} (level {level}): a task, its number and its heading's words",
    )
    for name, level, marker, pattern, examples, counter in _SPECS
)
TASKS = Family("tasks", HEADING_RULES)


# every heading rule's pattern as one alternative of one pattern (group h<i> for rule i, n<i> its number):
# the rules' markers exclude each other, so the first alternative that matches is the only rule that would
_ANY_HEADING = re.compile(
    "|".join(
        f"(?P<h{i}>{rule.pattern.pattern.replace('(?P<n>', f'(?P<n{i}>')})" for i, rule in enumerate(HEADING_RULES)
    )
)
_HEADING_OF = [(f"n{i}", LEVELS[rule.name]) for i, rule in enumerate(HEADING_RULES)]


def heading_of(text: str) -> tuple[int, int, int] | None:
    """(level, number, length of the marker) of a numbered heading, or None.

    Each heading rule starts with its own marker, so at most one matches: one
    pass of their union, whose outer group that closed last names the rule.
    """
    m = _ANY_HEADING.match(text)
    if m is None:
        return None
    group, level = _HEADING_OF[int(m.lastgroup[1:])]  # type: ignore[index]
    return level, chinese_number(m[group]), m.end()


class Numbering:
    """The heading numbers seen so far in a document, per level.

    A heading continues the numbering when it is the next number at its level
    (after a parent heading, counting starts again at 1, or runs on across
    parents: "3." after "（二）" when "2." came under "（一）"). Anything else,
    say "一、" deep inside section three, is an enumeration in running text.
    """

    def __init__(self) -> None:
        self.last: dict[int, int] = {}  # reset by a heading above
        self.ever: dict[int, int] = {}  # never reset

    def continues(self, level: int, number: int) -> bool:
        last = self.last.get(level)
        if last is None:
            ever = self.ever.get(level)
            # the first heading of its level may start anywhere (an excerpt starts at "（二）")
            return ever is None or number == 1 or number == ever + 1
        return last < number <= last + 2

    def see(self, level: int, number: int) -> None:
        self.last[level] = self.ever[level] = number
        for deeper in [lv for lv in self.last if lv > level]:
            del self.last[deeper]
