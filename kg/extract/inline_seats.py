"""Seats named inline after a group, with no colon: "成立某县志编纂委员会，主任陈峻，副主任贺永久、陈泽森",
"调整了编委会，主任周桂新、副主任李延平、张海峰、主编朱波" (each seat word, then the people in it, until a clause
that is neither).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.people import is_person_name
from kg.extract.seats import Seat
from kg.lexicon import GROUP_KINDS, SEAT_WORDS, alternation
from kg.rules import At, Found, Rule

EDITORS = ("执行主编", "副主编", "主编")  # a gazetteer's or a yearbook's committee: its editors sit on it
_SEAT = rf"(?:常务|第一)?(?:{alternation(SEAT_WORDS + EDITORS)})"
# a group's kind ending a clause, then "，" and a seat word: "成立某县志编纂委员会，主任…" (the clause is read back
# from the kind: a pattern that opened with the clause would try every character of a text as its start)
INLINE_SEATS_RE = re.compile(rf"(?:{alternation(GROUP_KINDS)}|编委会)[，,](?={_SEAT}[\u4e00-\u9fff·])")
CLAUSE_BACK = 60  # characters of the clause that names the group, before its kind
CLAUSE_MARK_RE = re.compile(r"[，。；：:]")
SEAT_AT_RE = re.compile(_SEAT)
ITEM_RE = re.compile(r"[^，,、；;。]{1,20}")  # one item of the run: a seat and a name, or a name
ITEM_SEPARATORS = "，,、"
MOST_ITEMS = 60


def inline_seats(m: re.Match[str], at: At) -> Iterator[Found]:
    """After a clause that names a group, each "seat name" item and the names after it, a "，" or "、" apart."""
    before = at.text[max(0, m.start() - CLAUSE_BACK) : m.start()]
    marks = list(CLAUSE_MARK_RE.finditer(before))
    start = m.start() - len(before) + (marks[-1].end() if marks else 0)
    clause = at.text[start : m.end() - 1]
    named = [g for g in at.context.groups if g in clause]
    # "调整了县志编委会": the group by a shorter name, the one in force where the sentence stands
    group = max(named, key=len) if named else at.context.group_at(at.start + m.start())
    if group is None:
        return
    seats, end = _seats_from(at.text, m.end(), group)
    if seats:
        yield at.found(start, end, *seats)


def _seats_from(text: str, pos: int, group: str) -> tuple[list[Seat], int]:
    """Each "seat name" item from pos and the names after it, a "，" or "、" apart, and where they end."""
    seats: list[Seat] = []
    seat, end = None, pos
    for _ in range(MOST_ITEMS):
        item = ITEM_RE.match(text, pos)
        if not item:
            break
        text_of = item.group().replace(" ", "")  # "副组长 殷涛 ": a page's padding around the name
        word = SEAT_AT_RE.match(text_of)
        name = text_of[word.end() :].lstrip("：:") if word else text_of
        if not is_person_name(name) or (word is None and seat is None):
            break
        seat = word.group() if word else seat
        seats.append(Seat(name, "person", seat, group))  # type: ignore[arg-type]
        end = item.end()
        if text[end : end + 1] not in ITEM_SEPARATORS:
            break
        pos = end + 1
    return seats, end


# "第一组：上海市，组长A，副组长B；": a working group's label line, its seats inline after what it covers
GROUP_LINE_SEATS_RE = re.compile(rf"[，,：:；;]\s*(?={_SEAT}[：:]?\s*[\u4e00-\u9fff·])")  # "X组：组长A，…"


def group_line_seats(m: re.Match[str], at: At) -> Iterator[Found]:
    """Seats inline in a working group's own section (kg.extract.subgroups): that group's (a run read from its
    second seat on overlaps the run read from its first, and gives way to it)."""
    group = at.context.subgroup_at(at.start + m.start())
    seats, end = _seats_from(at.text, m.end(), group) if group else ([], 0)
    if seats:
        yield at.found(m.start(), end, *seats)


INLINE_SEATS = Rule(
    "groups.seats-after-name",
    INLINE_SEATS_RE,
    inline_seats,
    (
        "1982年6月，成立某县志编纂委员会，主任陈峻，副主任贺永久、陈泽森。",
        "决定成立某县创建工作领导小组，组长王平，副组长李明、赵刚，成员孙强、周亮。",
    ),
    ("决定成立某县创建工作领导小组，组长由县长担任。",),
    needs=("组", "委会", "委员会", "专班", "指挥", "会议", "项目部", "长制"),
)
GROUP_LINE_SEATS = Rule(
    "groups.working-group-seats-inline",
    GROUP_LINE_SEATS_RE,
    group_line_seats,
    ("某督察工作启动\n第一组：甲省，组长王一鸣，副组长李立新；\n第二组：乙省，组长赵海，副组长孙明。",),
    ("某督察工作启动\n会议由组长王一鸣主持。",),
    needs=("组长",),
)
