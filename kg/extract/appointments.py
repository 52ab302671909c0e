"""The appointments family: who was appointed to (任命) or removed from (免去) which post.

Appointment notices and people's-congress decisions state them in clauses: a
head ("任命：", "决定任命", "会议决定免去") sets the verb for the clauses that follow
it until another head; each clause names the people and the post:
"程严为市卫生健康委员会副主任（试用期一年）", "谢亚杰、李志涛为…副理事长",
"陈文丽市卫生健康委员会副主任职务", "靳创学同志…职务", "免去其…职务",
"张三同志任市财政局局长", "李四同志不再担任…职务".
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import replace

from kg.extract.actors import split_top_level
from kg.extract.context import Context
from kg.extract.people import is_person_name, split_name, split_posts
from kg.lexicon import APPOINT_VERBS, APPOINTMENT_TITLE_WORDS, alternation
from kg.model import Appointment, Document
from kg.rules import At, Family, Found, Rule

APPOINTMENT_DOC_RE = re.compile(alternation(APPOINTMENT_TITLE_WORDS))
# a document that appoints without saying so in its title (a report of a session: "…表决通过人事任免事项")
APPOINTING_TEXT_RE = re.compile(r"任命|免去|任免")
PROBATION_RE = re.compile(r"[（(]试用期(?P<term>[^（）()]{1,6})[）)]")
# "任命：", "决定任命", "会议决定免去": the head that sets the verb of the clauses after it
HEAD = rf"(?:[^，。为；;,\n]{{0,20}}?(?:决定|通过|同意|会议|大会))?(?P<verb>{alternation(APPOINT_VERBS)})[：:]?"
HEAD_RE = re.compile(HEAD)
CLAUSE_RE = re.compile(r"[^；;。，,\n]+")
CLAUSE_START = r"(?:^|(?<=[；;。，,]))\s*"
# "张三同志任市财政局局长": a notice about posts that never says 任命
TAKES_POST_RE = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:同志)?任(?!命)")
NAME = r"[\u4e00-\u9fff]{2,4}?"


def _verbs(doc: Document) -> tuple[list[int], list[str | None]]:
    """The verb in force at each clause of the text: set by the last head before it (or in it)."""
    starts: list[int] = []
    verbs: list[str | None] = []
    text = doc.text.text
    about_posts = APPOINTMENT_DOC_RE.search(doc.title) is not None
    if not about_posts and not APPOINTING_TEXT_RE.search(text):
        return starts, verbs
    verb = None
    for m in CLAUSE_RE.finditer(text):
        clause = m.group().strip()
        head = HEAD_RE.match(clause)
        if head:
            verb = head["verb"]
        elif about_posts and verb is None and TAKES_POST_RE.match(clause):
            verb = "任命"
        starts.append(m.start())
        verbs.append(verb)
    return starts, verbs


def verb_of(m: re.Match[str], at: At) -> str | None:
    """The verb of a clause: its own head's, else the one in force where its body starts."""
    if m["verb"]:
        return m["verb"]
    starts, verbs = at.context.once("appointment-verbs", _verbs)
    i = bisect.bisect_right(starts, at.start + m.start("body")) - 1
    return verbs[i] if i >= 0 else None


def _probation(text: str) -> tuple[str, str | None]:
    m = PROBATION_RE.search(text)
    return ((text[: m.start()] + text[m.end() :]).strip(), m["term"]) if m else (text, None)


def _clause(m: re.Match[str], at: At, *records: Appointment) -> Found:
    """The clause is the evidence: "程严为市卫生健康委员会副主任（试用期一年）"."""
    start = m.start()
    return at.found(start, m.end(), *records, evidence=at.span(start, m.end()))


# -- appointed ---------------------------------------------------------------------------------

APPOINT_RE = re.compile(rf"{CLAUSE_START}(?:{HEAD})?(?P<body>[^；;。，,\n]+)")
NAMES_FOR_POST_RE = re.compile(r"^(?P<names>[\u4e00-\u9fff、]{2,30}?)(?:同志)?(?:为|任)(?P<orgpost>.+)$")
# "决定其为代理检察长" after "决定任命X为…": the verb again, for the person just named
AGAIN_RE = re.compile(r"^(?:决定|同时)")
ENDS_AS_POST_RE = re.compile(r"^(?:其|[\u4e00-\u9fff]{2,4}(?:同志)?)(?:为|任).*(?:长|员|任|记|理|师)$")


def appointed(m: re.Match[str], at: At) -> Iterator[Found]:
    """People named for a post under 任命: "程严为…副主任", "谢亚杰、李志涛为…", "刘七任A、陈八任B"."""
    if verb_of(m, at) != "任命":
        return
    body, probation = _probation(m["body"].strip())
    parts = [AGAIN_RE.sub("", p) for p in split_top_level(body, "、")]
    if len(parts) < 2 or not all(ENDS_AS_POST_RE.match(p) for p in parts):
        parts = [body]  # several appointments in one clause only when every part is one
    records: list[Appointment] = []
    for part in parts:
        # "…为A副检察长、决定其为代理检察长": 其 is the person just named, and the post is in the same body
        its = records[-1].person if records else _last_named(at, m.start())
        found = _appointments(part, probation, at.doc.date, its if part.startswith("其") else None)
        if records and part.startswith("其"):
            found = [replace(a, org=a.org or records[-1].org) for a in found]
        records += found
    yield _clause(m, at, *records)


def _appointments(text: str, probation: str | None, date: str | None, its: str | None = None) -> list[Appointment]:
    """ "程严为…副主任", "谢亚杰、李志涛为…", "其为代理检察长" (its: the person 其 stands for)."""
    m = NAMES_FOR_POST_RE.match(text)
    if not m:
        return []
    names = [its if n == "其" and its else n.removesuffix("同志") for n in m["names"].split("、")]
    posts = split_posts(m["orgpost"])
    if not posts or not all(is_person_name(n) for n in names):
        return []
    return [Appointment(name, "任命", org, post, probation, date, None) for name in names for org, post in posts]


def _last_named(at: At, end: int) -> str | None:
    """The person an 其 stands for: the last one named for a post before it in the paragraph."""
    named = [a.person for c in APPOINT_RE.finditer(at.text, 0, end) for a in _appointments(c["body"], None, None)]
    return named[-1] if named else None


# -- removed -------------------------------------------------------------------------------------

REMOVE_RE = re.compile(rf"{CLAUSE_START}(?:{HEAD})?(?P<body>[^；;。，,\n]+?)(?:的)?(?:职务)?(?=[；;。，,\n]|$)")
NAME_OF_RE = re.compile(rf"^(?P<name>{NAME})(?:同志)?的(?P<orgpost>.+)$")
COMRADE_RE = re.compile(rf"^(?P<name>{NAME})同志(?P<orgpost>.+)$")


def removed(m: re.Match[str], at: At) -> Iterator[Found]:
    """People removed from a post under 免去: "陈文丽市卫生健康委员会副主任职务", "X同志的…职务", "其…职务"."""
    if verb_of(m, at) != "免去":
        return
    body = m["body"].strip()
    if body.startswith("其"):
        person = _last_named(at, m.start())
        found = (person, body[1:]) if person else None
    else:
        found = _name_and_post(body)
    posts = split_posts(found[1]) if found else None
    if found and posts:
        yield _clause(
            m, at, *(Appointment(found[0], "免去", org, post, None, at.doc.date, None) for org, post in posts)
        )


def _name_and_post(text: str) -> tuple[str, str] | None:
    m = NAME_OF_RE.match(text) or COMRADE_RE.match(text)
    if m and is_person_name(m["name"]):
        return m["name"], m["orgpost"]
    return split_name(text)


# "李四同志不再担任市财政局局长职务": a removal in a notice about posts
NO_LONGER_RE = re.compile(
    rf"{CLAUSE_START}(?P<name>{NAME})(?:同志)?不再担任(?P<orgpost>[^；;。，,\n]+?)(?:职务)?(?=[；;。，,\n]|$)"
)


def no_longer(m: re.Match[str], at: At) -> Iterator[Found]:
    """X同志不再担任…职务, in a notice about posts: a removal."""
    posts = split_posts(m["orgpost"])
    if APPOINTMENT_DOC_RE.search(at.doc.title) and is_person_name(m["name"]) and posts:
        yield _clause(
            m, at, *(Appointment(m["name"], "免去", org, post, None, at.doc.date, None) for org, post in posts)
        )


APPOINTMENTS = Family(
    "appointments",
    (
        Rule(
            "appointments.no-longer",
            NO_LONGER_RE,
            no_longer,
            ("关于张三等同志职务任免的通知\n李四同志不再担任市财政局局长职务。",),
            ("关于张三等同志职务任免的通知\n李四同志不再担任此项工作的联系人。",),
            unit="paragraph",
        ),
        Rule(
            "appointments.appointed",
            APPOINT_RE,
            appointed,
            ("经研究决定，任命：\n程严为市卫生健康委员会副主任（试用期一年）；", "会议决定任命张三为市财政局局长。"),
            ("经研究决定，任命：\n以企业为主体开展工作；",),
            unit="paragraph",
            needs=("为", "任"),
        ),
        Rule(
            "appointments.removed",
            REMOVE_RE,
            removed,
            ("免去：\n陈文丽市卫生健康委员会副主任职务；", "任命张三为市财政局局长，免去其市审计局局长职务。"),
            ("免去：\n相关手续另行办理；",),
            unit="paragraph",
        ),
    ),
)


def extract_appointments(doc: Document, context: Context) -> list[Appointment]:
    """The appointments and removals a document states, each with its clause."""
    if not context.once("appointment-verbs", _verbs)[0]:
        return []  # neither a notice about posts nor a text that appoints
    appointments = []
    for found in APPOINTMENTS.run(doc, context):
        evidence = doc.evidence(*(found.evidence or doc.sentence_span(found.start, found.end)), found.rule.name)
        appointments += [replace(a, evidence=evidence) for a in found.records]
    return appointments
