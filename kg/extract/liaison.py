"""A group's liaisons and its office's staff, named by the bodies that provide them or by post.

Liaisons: "各成员单位指定一位科长作为联席会议的联络员", the one each names, by post ("各成员单位指定一位科长");
"各成员单位法制工作人员为联席会议联络员" (the staff, a post in words). "各成员单位确定一名联络员，负责…" says
what each body must do, a duty: no seat. An office's staff: "各处室主要负责人为办公室成员", "…负责同志担任办公室
成员", "联络员同时作为办公室成员", "办公室成员由X组成".

Each pattern finds its seat's word first and reads its clause back from it: a pattern that opened with the
clause would try every character of a text as its start.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.members import who
from kg.extract.seats import Seat, group_of, seat_holders
from kg.lexicon import GROUP_KINDS, alternation
from kg.rules import At, Found, Rule

LIAISON_RE = re.compile(r"联络员(?=[，。；,;\s]|$)")
CLAUSE_BACK = 60  # characters of the clause before 联络员
CLAUSE_MARK_RE = re.compile(r"[，。；：,;:\n]")
# the clause before 联络员: who, then the body's act of naming one ("指定一位科长作为", "要明确一名") or 为 / 作为,
# then the group whose liaison it is ("联席会议的")
CLAUSE_RE = re.compile(
    r"(?P<who>[^，。；]{2,40}?)(?:要|应|须|需)?各?"
    r"(?:(?P<names>明确|确定|指定|选派|推荐)(?:(?P<one>[^，。；]{1,16}?)(?:作为|为|担任)|[一1两2][名位])|作为|为|担任)"
    rf"(?:本|该)?(?:[^，。；]{{0,20}}?(?:{alternation(GROUP_KINDS)}))?的?"
)
NAMING_WORDS_RE = re.compile(r"^(?:明确|确定|指定|选派|推荐|要|应|设)")  # a clause that names no one before its verb
STAFF_RE = re.compile(r"^各?成员单位[^，。；]{1,20}(?:人员|同志|负责人)$")  # "各成员单位法制工作人员": a post in words


def clause_start(text: str, end: int) -> int:
    """Where the clause that ends at ``end`` starts (after the last mark, at most CLAUSE_BACK characters back)."""
    before = text[max(0, end - CLAUSE_BACK) : end]
    marks = list(CLAUSE_MARK_RE.finditer(before))
    return end - len(before) + (marks[-1].end() if marks else 0)


def liaison(m: re.Match[str], at: At) -> Iterator[Found]:
    """Who a group's liaisons are: the bodies that name them, or their staff by post."""
    start = clause_start(at.text, m.start())
    clause = CLAUSE_RE.fullmatch(at.text, start, m.start())
    if clause is None or NAMING_WORDS_RE.match(clause["who"]):
        return  # "明确一名干部为联络员", "联席会议设联络员": no holder in the clause
    holder = who(clause["who"])
    if holder is None and STAFF_RE.match(clause["who"]):
        holder = clause["who"], "post"
    if clause["names"]:  # the one a body names, by post: "各成员单位指定一位科长"
        if holder is None or holder[1] != "org" or not clause["one"]:
            return  # "各成员单位确定一名联络员，负责…": what each body must do (a duty), no seat counted
        holder = at.text[clause.start() : clause.end("one")], "post"
    group = group_of(at)
    if holder and group:
        yield at.found(start, m.end(), Seat(holder[0], holder[1], "联络员", group))


LIAISON = Rule(
    "groups.liaison",
    LIAISON_RE,
    liaison,
    (
        "建立某市政务服务联席会议制度。各成员单位指定一名科员作为本联席会议联络员。",
        "建立某市审批改革联席会议制度。各成员单位综合科工作人员为联席会议联络员。",
    ),
    ("建立某市审批改革联席会议制度。联席会议设联络员，由各成员单位有关科室负责同志担任。",),
    needs=("联络员",),
)


# "…为办公室成员", "…担任办公室成员", "办公室成员由X组成": the office's staff (its head: groups.office-head)
OFFICE_STAFF_RE = re.compile(r"(?:兼任|担任|作为|为)办公室成员|办公室成员由(?P<made>[^，。；]{2,60}?)组成")
OFFICE_STAFF_CLAUSE_RE = re.compile(r"^由?(?P<held>.+?)(?:(?<!负责)同志)?(?:同时)?$")
OFFICE_STAFF_SEAT = "办公室成员"


def office_staff(m: re.Match[str], at: At) -> Iterator[Found]:
    """Who staffs a group's office: the posts or bodies of the clause before the seat, or after 由."""
    if m["made"]:
        start, held = m.start(), m["made"]
    else:
        start = clause_start(at.text, m.start())
        clause = OFFICE_STAFF_CLAUSE_RE.match(at.text[start : m.start()])
        held = clause["held"] if clause else ""
    holders = seat_holders(held, OFFICE_STAFF_SEAT) if len(held) >= 2 else []
    group = group_of(at)
    if holders and group:
        yield at.found(start, m.end(), *(Seat(name, kind, OFFICE_STAFF_SEAT, group) for name, kind in holders))


OFFICE_STAFF = Rule(
    "groups.office-staff",
    OFFICE_STAFF_RE,
    office_staff,
    (
        "成立某市工作专班。专班下设办公室，规划处、财务处主要负责人为办公室成员。",
        "成立某县工作领导小组。办公室成员由各成员单位有关科室负责同志组成。",
    ),
    ("成立某县工作领导小组。办公室成员名单另行通知。",),
    needs=(OFFICE_STAFF_SEAT,),
)
