"""The grammar of a role clause: "X、Y牵头，Z配合，各县（市）由当地政府负责".

A clause is segments split on ，；, each a list of actors ending in its verb
(牵头 / 配合 / 负责), maybe with a scope before 由 ("市城区由…牵头"); a segment
without a verb carries its names to the next verb. The assignment rules read
their clauses with it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from kg.extract.actors import PAD_RE, leading_actors, parse_actor_list, split_top_level
from kg.lexicon import COLLECTIVE_STARTS, DUTY_VERBS, ROLE_LABELS, ROLE_VERBS, SECTORS, VERB_TAILS, alternation
from kg.model import Task
from kg.names import COLLECTIVE_RE, looks_like_org, split_place

Triple = tuple[str, str, str | None]  # (role, actor, scope)

# a clause segment that ends in its verb: "市城区由市城市管理局、市财政局牵头"
SEGMENT_VERB_RE = re.compile(f"(?P<verb>{alternation((*ROLE_VERBS, '协助'))})(?:{alternation(VERB_TAILS)})?$")
# a verb of a role clause that states another's role: "（A负责，B协助）" (corpus/ANNOTATION.md: 协助 as 配合)
SAME_ROLE = {"协助": "配合"}
# "市城区由X牵头": a scope before 由
SCOPE_RE = re.compile(r"^(?P<scope>[^，、由]{0,12}?)由(?P<list>.+)$")
# what ends the segments a role clause may run on over
CLAUSE_STOP_RE = re.compile(r"[。；！？]")
FOLLOWING = 600  # characters read after a verb for role segments and the duty after them
FOLLOWING_SEGMENTS = 8  # role segments read after a verb: "，Y配合，Z负责"
# "牵头负责" and "负责牵头" are a lead
LEAD_RESPONSIBLE_RE = re.compile(r"(?:牵头负责|负责牵头)$")


def has_role_verb(text: str) -> bool:
    return any(verb in text for verb in ROLE_VERBS)


# "其他有关部门配合": a segment that names no body, and does not end the clause
VAGUE_RE = re.compile(r"^(?:其他|其它)(?:有关|相关)?(?:部门|单位)$")


# "国土、建设、财政等部门": departments named by their sector, before 等部门
SECTORS_ETC_RE = re.compile(
    r"^(?P<kinds>[\u4e00-\u9fff]{2,10}(?:、[\u4e00-\u9fff]{2,10})+)等(?:有关|相关)?(?:部门|单位)$"
)


def _sectors_listed(body: str) -> list[str]:
    """The sectors of "国土、建设、财政等部门", each as the text names it (half of them sectors the lexicon lists)."""
    m = SECTORS_ETC_RE.match(body)
    kinds = m["kinds"].split("、") if m else []
    known = sum(k in SECTORS or split_place(k)[1] in SECTORS for k in kinds)
    return kinds if kinds and 2 * known >= len(kinds) and not any(map(VERB_IN_NAME_RE.search, kinds)) else []


VERB_IN_NAME_RE = re.compile(r"加强|推进|开展|落实|组织|做好|建立|完善")  # a list of work, not of sectors


def parse_role_clause(content: str) -> list[Triple] | None:
    """(role, actor, scope) triples of "X、Y牵头，Z配合，各县（市）由当地政府负责", or None.

    Segments without a verb carry their names to the next verb
    ("市工信局牵头，市直各有关单位，各县政府配合": both 配合). Anything that is
    not a list of names makes the whole clause not a role clause.
    """
    results: list[Triple] = []
    pending: list[str] = []
    scope: str | None = None
    for raw in split_top_level(content.strip().rstrip("。；;"), "，,；;。"):
        segment = LEAD_RESPONSIBLE_RE.sub("牵头", raw.strip())
        m = SEGMENT_VERB_RE.search(segment)
        if not m:
            names = parse_actor_list(segment)
            # "2024年底前完成", "长期坚持": a deadline, not a party
            pending = pending + names if names else []
            continue
        body = PAD_RE.sub("", segment[: m.start()])
        by = SCOPE_RE.match(body)
        if by:
            scope = by["scope"] or scope
            body = by["list"]
        names = parse_actor_list(body) or _sectors_listed(body)
        if not names and not VAGUE_RE.match(body):
            return None
        results.extend((SAME_ROLE.get(m["verb"], m["verb"]), name, scope) for name in pending + names)
        pending = []
    return results or None


def following_roles(sentence: str, at: int) -> tuple[list[Triple], str, int]:
    """After "X牵头，": the role segments that follow ("Y配合，"), the duty after them, and their length.

    "由市发改委牵头，市财政局配合，制定地方标准" → ([配合 市财政局], "制定地方标准", len("，市财政局配合")).
    It reads at most FOLLOWING characters, to the end of the clause: a duty is a
    task's heading, at most 80 characters, so every match costs the same on any text.
    """
    window = sentence[at : at + FOLLOWING]
    rest = window[: m.start()] if (m := CLAUSE_STOP_RE.search(window)) else window
    segments = split_top_level(rest.lstrip("，,"), "，,")
    triples: list[Triple] = []
    used = 0
    for segment in segments[:FOLLOWING_SEGMENTS]:
        more = parse_role_clause(segment) if SEGMENT_VERB_RE.search(segment.strip()) else None
        if not more and not _take_part(segment):
            break
        triples += more or []  # "B、C等单位派人员参加督导组": those taking part have no role (GUIDELINE), nor a duty
        used += 1
    length = len("，".join(segments[:used])) + 1 if used else 0
    duty = "，".join(segments[used:]).strip()
    if duty.startswith("会同") and (partners := leading_actors(duty[2:]))[0]:
        triples += [("配合", name, None) for name in partners[0]]  # "由A牵头，会同B制定…": B 配合 (GUIDELINE)
        duty = duty[2 + partners[1] :].strip()
    return triples, duty, length


# "B、C等单位派人员参加督导工作组", "B、C参与": bodies taking part, after the one that leads
TAKE_PART_RE = re.compile(r"^(?P<who>[^，。；]{2,80}?)(?:派(?:员|人员|专人)|抽调人员)?(?:参加|参与)[^，。；]{0,20}$")


def _take_part(segment: str) -> bool:
    m = TAKE_PART_RE.match(segment.strip())
    return m is not None and bool(parse_actor_list(m["who"]))


def duty_before(text: str, end: int, sentence_start: int) -> str:
    """The duty a clause closes: "…宣传解读。（X负责）" → the sentence before it; when long, its first clause."""
    while end > sentence_start and text[end - 1] in "。；;，, ":
        end -= 1
    start = TRAILING_SPACE_RE.match(text, sentence_start, end).end()  # type: ignore[union-attr]
    if end - start <= 80:
        return text[start:end].strip("，。；： ")
    first = FIRST_CLAUSE_RE.match(text, start, min(end, start + 200))
    return first.group().strip("，。；： ") if first else ""


TRAILING_SPACE_RE = re.compile(r"[，。；： ]*")
FIRST_CLAUSE_RE = re.compile(r"[^，；]+")


# "会同有关部门" names no one in particular
VAGUE_ACTORS = frozenset(("有关部门", "相关部门", "有关单位", "相关单位", "有关方面"))


@dataclass(frozen=True)
class Claim:
    """One (role, actor) a match states, and its task: a numbered task's key, or a duty's words."""

    role: str
    name: str
    scope: str | None
    task: str | None = None
    duty: str | None = None
    at: int = 0  # where the duty stands: its task hangs under the task there
    person_ok: bool = False  # the actor may be a named person ("牵头领导：张三")


def claims_of(triples: Iterable[Triple], task: Task | None, duty: str | None, at: int) -> list[Claim]:
    key = task.key if task else None
    return [Claim(role, name, scope, key, duty, at) for role, name, scope in triples]


# words of a sentence, not of a name: "各牵头单位要切实履行…" is no collective actor
MODAL_RE = re.compile(r"要|应当|必须|须|切实|认真|积极")


BY_LEVEL_RE = re.compile(r"分(?:级|类|部门|区域|行业)$")
# "具体负责以下相关工作：": a duty that points to the items after it, not one of its own
POINTS_ON_RE = re.compile(r"^(?:以下|下列|如下)|[：:]$")


def is_actor(name: str) -> bool:
    """A body, or many bodies named as one; not a role's own word ("牵头单位负责…" names no body)."""
    if name in ROLE_LABELS or name == "协同单位" or BY_LEVEL_RE.search(name) or name in COLLECTIVE_STARTS:
        return False  # "分级分部门负责": by level and department, no body; "相关负责联系…": 相关 names none
    return looks_like_org(name) or (COLLECTIVE_RE.search(name) is not None and not MODAL_RE.search(name))


TITLED_DUTIES_RE = re.compile(r"^(?P<body>[\u4e00-\u9fff（）()]{4,40}?)(?:的)?(?:主要|工作)?(?:职责|职能)$")


def titled_body(title: str) -> str | None:
    """The body whose duties a document lists by its title ("某县森林防火指挥部办公室工作职责")."""
    m = TITLED_DUTIES_RE.match(title)
    return m["body"] if m and looks_like_org(m["body"]) else None


# what a role verb is not followed by when it is a verb: 负责人, 负责同志, 负责解读, 牵头部门, "履行牵头责任", 负责制
NOT_A_VERB = "(?!人(?!口)|同志|解读|部门|单位|领导|处室|责任|职责|作用|制(?![定订作止发]))"


# what a body supports, after 配合 and the body it supports: a duty, by the verb it opens with ("做好…")
SUPPORTED_DUTY_RE = re.compile(
    f"(?:{alternation(DUTY_VERBS)}|做|抓好|搞好|完成|实施|执行|开展|保障|维护|提供|提出|查处)"
)
SUPPORTED_REACH = 12  # characters after 配合 where the duty's verb may come, after a body that is no name of one


def supported(text: str) -> tuple[str, bool]:
    """The duty a body supports, from the words after 配合, and whether the text marks where it starts (after the
    body supported, or at a duty's verb): "乡镇做好秸秆禁烧工作" → ("做好秸秆禁烧工作", True); "督导评估等工作" →
    itself, unmarked (the body supported gets no role the text does not give)."""
    bodies, used = leading_actors(text) if text[:1] not in "、，," else ([], 0)  # not "配合、支持有关部门工作"
    if bodies and (SUPPORTED_DUTY_RE.match(text, used) or text.startswith("对", used)):
        return text[used:], True  # "配合交通部门对…进行调查取证"
    verb = SUPPORTED_DUTY_RE.search(text, 0, SUPPORTED_REACH)
    return (text[verb.start() :], True) if verb else (text, False)


# what closes a clause of roles and is no duty: "…，市财政局配合，2023年9月底前完成", "…，B、C参加"
NO_DUTY_RE = re.compile(
    r"^(?:于|在)?(?:\d{4}年(?:\d{1,2}月)?|\d{1,2}月)(?:底|末|上旬|中旬|下旬)?(?:前|以前|之前)?(?:全面)?(?:完成|办结|到位)?$"
    r"|^[^，。；]{2,300}?(?:参加|参与|承办|协办)$"
    r"|^(?:负责|认真|具体|研究提出|研究制定|抓好|组织|贯彻)*(?:落实|实施)(?:意见|工作|措施)?$"
)  # or only says it is to be done: "研究提出落实意见", "负责落实"; or who else takes part ("市体育局承办")
