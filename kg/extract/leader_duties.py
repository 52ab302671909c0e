"""A government's leaders and the work each answers for, as a news report of a 领导分工 notice words it.

A leader as the subject of 负责 in prose ("李明副市长则负责农业、水利等工作", "王强作为常务副市长，负责市政府
常务工作"); and, for kg.extract.prose, whether a bare name after 由 is one of the people a paragraph divides the
work among, or a leader the document lists after 领导. A leader's line over his duties is read by
kg.extract.duties.

The guideline takes a named person as an actor; 负责 is the role. Each duty is a task of its own, named by
its words, as every prose duty is (kg.extract.prose). 分管, 联系 and 协助分管 are no roles, and are not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.clauses import Claim
from kg.extract.leaders import leader_of
from kg.extract.people import is_person_name
from kg.lexicon import LEADER_TITLES, alternation
from kg.model import Document
from kg.rules import At, Found, Rule

TITLE = rf"(?:常务|第一)?副?(?:{alternation(LEADER_TITLES)})"
# a leader as 负责's subject: "李明副市长则负责…", "王强作为常务副市长，负责…", "赵一副市长除了负责…"
LEADER_SUBJECT_RE = re.compile(
    rf"(?:^|(?<=[，。；：]))(?P<who>[\u4e00-\u9fff]{{2,4}}?(?:同志)?{TITLE}|{TITLE}[\u4e00-\u9fff]{{2,4}}?"
    rf"|[\u4e00-\u9fff]{{2,4}}?作为{TITLE}，)(?:则|还|也|主要|具体)?(?:除了)?负责(?!人(?!口)|同志)(?P<duty>[^，。；]{{2,200}})"
)


def _leader(who: str) -> str | None:
    """The person a leader's words name, when they give a title too ("陈立新常务副市长", "市长王立")."""
    found = leader_of(who.replace("作为", "").rstrip("，").removesuffix("同志"))
    return found[0] if found and found[1] else None


def leader_subject(m: re.Match[str], at: At) -> Iterator[Found]:
    """A leader by name and title, then 负责 and the duty: he answers for it."""
    person = _leader(m["who"])
    if person:
        start = at.start + m.start("duty")
        yield at.found(m.start(), m.end(), Claim("负责", person, None, None, m["duty"].strip(), start, True))


# a leader's sentence, then sentences of his duties without a subject: "代省长王一领导省政府全面工作。负责财政、
# 审计方面工作。分管省财政厅。" (a sentence that opens with 负责 goes on with the leader before it)
LEADER_GOES_ON_RE = re.compile(
    rf"(?:^|(?<=[。\n]))(?P<who>(?:代理?)?{TITLE}[\u4e00-\u9fff]{{2,4}}?|[\u4e00-\u9fff]{{2,4}}?{TITLE})(?:领导|主持|负责)"
    r"[^。\n]{2,300}。(?P<more>负责[^。\n]{2,300}。)"
)


def leader_goes_on(m: re.Match[str], at: At) -> Iterator[Found]:
    """The leader a sentence opens with answers for the duty of the next sentence, which opens with 负责."""
    person = _leader(m["who"].removeprefix("代理").removeprefix("代"))
    if person:
        start = m.start("more") + len("负责")
        duty = m["more"][len("负责") : -1].strip()
        yield at.found(m.start("more"), m.end(), Claim("负责", person, None, None, duty, at.start + start, True))


# "九重区域整治由王光玲牵头，九重镇落实；香花区域整治由王培理牵头，…": work divided among people by name
BY_NAME_RE = re.compile(r"由(?P<name>[\u4e00-\u9fff]{2,3})(?:牵头|负责)")
PEOPLE_DIVIDING = 2  # bare names after 由 in one paragraph that make it a division of work among people


def among_people(at: At, name: str) -> bool:
    """Is a bare name after 由 one of the people its paragraph divides the work among?"""
    if not is_person_name(name.strip()):
        return False
    start, end = at.doc.paragraph_at(at.start)
    names = at.context.once(f"by-names-{start}", lambda doc: _names_by(doc.text.text[start:end]))
    if len(names) >= PEOPLE_DIVIDING and name.strip() in names:
        return True
    # "区领导韩某、刘某、马某…参加会议" then "由马某牵头": a leader the document has named as one
    return name.strip() in at.context.once("leaders-listed", _leaders_listed)


LEADERS_LISTED_RE = re.compile(r"领导(?P<list>[\u4e00-\u9fff、，,]{2,60})")


def _leaders_listed(doc: Document) -> set[str]:
    """Every name a document lists after 领导 ("区领导韩某、刘某、马某参加会议"), read once: each item, and the
    first two to four characters of the last (its name, before the words after it)."""
    names: set[str] = set()
    for m in LEADERS_LISTED_RE.finditer(doc.text.text):
        items = re.split("[、，,]", m["list"])
        names.update(items[:-1])
        names.update(items[-1][:n] for n in (2, 3, 4))
    return names


def _names_by(text: str) -> set[str]:
    return {m["name"] for m in BY_NAME_RE.finditer(text) if is_person_name(m["name"])}


LEADER_DUTY_RULES = (
    Rule(
        "assignments.leader-subject",
        LEADER_SUBJECT_RE,
        leader_subject,
        (
            "分析市政府领导分工，李明副市长则负责农业、水利等工作，同时分管安全生产。",
            "王强作为常务副市长，负责市政府常务工作。",
        ),
        ("市长负责制下，副市长协助市长工作。", "李明副市长分管农业。"),
        needs=("负责",),
    ),
    Rule(
        "assignments.leader-goes-on",
        LEADER_GOES_ON_RE,
        leader_goes_on,
        ("代省长王一鸣领导省政府全面工作。负责财政、审计方面工作。分管省财政厅。",),
        ("代省长王一鸣领导省政府全面工作。分管省财政厅。",),
        unit="paragraph",
        needs=("负责",),
    ),
)
