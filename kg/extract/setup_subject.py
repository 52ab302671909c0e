"""A subjectless 负责…/牵头… in a notice that sets up a body: whose duty it is.

"…成立X（以下简称Y），负责…", "领导小组下设办公室，办公室设在Z，负责…", a
group's 主要职责 section, a working group's section: the subject is the body
set up or placed earlier in the sentence, or the group whose duties these are.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from kg.extract.actors import parse_actor_list
from kg.extract.clauses import POINTS_ON_RE, Claim, is_actor, titled_body
from kg.extract.people import is_post_text
from kg.extract.setups import OUR_PLACE_RE
from kg.headings import heading_of
from kg.lexicon import CONNECTIVES, alternation
from kg.names import looks_like_org
from kg.rules import At, Found

# "…成立X（以下简称Y），负责…", "市领导小组下设办公室，办公室设在Z，负责…"
INHERIT_RE = re.compile(
    r"(?:^|(?<=[，；]))(?:包括|并|还|同时)?(?:主要|专门|具体)?(?P<verb>负责|牵头)(?!人(?!口)|同志|解读|单位|部门)(?P<post>[^，。；]{2,})"
)
OFFICE_SUBJECT_RE = re.compile(r"[^，]*?(?=下设办公室|办公室设在|设在)")
WHERE_RE = re.compile(r"在[^，在]{2,20}$")  # where a group sets up its office, before 下设办公室
PLACED_AT_RE = re.compile(r"(?P<actor>[^，]{2,30}?)设在")
# "各成员单位确定一名联络员，负责…": the body that names its contact answers for the duty
NAMES_CONTACT_RE = re.compile(r"(?P<actor>[^，]{2,20}?)(?:要|应)?(?:确定|明确|指定)(?:一名|一位|专人|1名)?[^，]{2,10}$")
# "各镇政府要相应成立普查工作领导小组和办公室，具体负责…": bodies told to set up their own counterparts (相应,
# 分别), whose duty it is; not "牵头部门要成立专家咨询组，负责…", where the body set up does the work
SETS_UP_OWN_RE = re.compile(r"(?P<actor>[^，]{2,20}?)(?:要|应|须|需)?(?:相应|分别|同步|也要)(?:成立|组建|设立)")
# "下设后勤保障组、物资保障组等多个工作组，": the working groups set up, right before a subjectless duty
WORKING_GROUPS_RE = re.compile(
    r"下设(?P<list>[^，。；：]{2,120}?)(?:等(?:多个|[0-9一二三四五六七八九十]+个)?(?:工作组|小组|专项组))?[，,]$"
)
# "区委农办要结合…任务，负责…", "市财政局参与…审核，负责…": a body opens the sentence with a verb of its own
OPENING_BODY_RE = re.compile(r"(?P<actor>[^，、]{2,20}?)(?:要|应|须|还|也|主要)?(?:参与|参加|结合|协助)(?![^，]*由)")
DUTIES_HEADING_RE = re.compile(r"职责|职能")
LED_BEFORE_RE = re.compile(r"由(?P<actor>[^，。；由]{2,60}?)(?:牵头|负责)[，,]$")  # the clause right before
# "村委会主任为三级田长，", "区长任总指挥，": a post that holds a seat, in the clause right before a duty
SEAT_HOLDER_RE = re.compile(
    r"(?:^|(?<=[，。；：\s]))(?P<who>[^，。；：\s]{2,20})(?:为|任|担任)[^，。；：]{0,6}(?:[河湖林田路链]长|组长|指挥长|总指挥)"
    r"[，,]\s*$"
)
OPENERS_RE = re.compile(f"^(?:{alternation(CONNECTIVES)})")  # "其中县长为一级田长": the words that open a clause
LOOKBACK = 200  # characters read back for the subject of a subjectless 负责
HEADINGS_BACK = 30  # items of a duties section looked back over for its heading


def set_up_subject(m: re.Match[str], at: At) -> Iterator[Found]:
    """A subjectless 负责…/牵头… whose subject is the body set up, or the office placed, earlier in the sentence
    (or the group whose 主要职责 it is)."""
    if POINTS_ON_RE.search(m["post"]):
        return  # "下设4个工作组，具体负责以下相关工作：": the items say who does what
    listed = WORKING_GROUPS_RE.search(at.text, max(0, m.start() - LOOKBACK), m.start())
    groups = [g for g in listed["list"].split("、") if g.endswith("组")] if listed else []
    led = LED_BEFORE_RE.search(at.text, max(0, m.start() - LOOKBACK), m.start())  # "由A、B牵头，负责…": A and B
    leads = parse_actor_list(led["actor"]) if led else []
    helps = HELPS_FIRST_RE.match(at.text, 0, m.start())  # "（二）公安部门。协助民政部门做好…，负责…"
    leads = leads or _bodies_as(at.text, m.start()) or (_named_before(at) if m.start() == 0 or helps else [])
    actors = groups or leads or [a for a in [_sentence_subject(at, m.start())] if a]  # "下设A组、B组等工作组，负责…"
    claims = [Claim(m["verb"], actor, None, duty=m["post"], at=at.start + m.start()) for actor in actors]
    if helps and leads:  # the clause it opens with: each body supports (协助 as 配合, ANNOTATION)
        claims += [Claim("配合", actor, None, duty=helps["duty"], at=at.start) for actor in leads]
    if claims:
        yield at.found(0 if helps and leads else m.start(), m.end(), *claims)


HELPS_FIRST_RE = re.compile(r"(?:协助|配合)(?P<duty>[^，。；]{2,40})[，,]$")


# "…职责如下:县环保局。负责…。县交通局、公路局。负责…": a sentence that is bodies' names alone, before their duties
# (a list of bodies over their duties whose lines were run together)
NAMED_BEFORE_RE = re.compile(r"(?:^|[。；：:\n])(?P<actor>[^，。；：:\n]{2,40})。\s*$")


def _named_before(at: At) -> list[str]:
    """The bodies named alone in the sentence right before a sentence that opens with a duty."""
    before = NAMED_BEFORE_RE.search(at.doc.text.text, max(0, at.start - 42), at.start)
    actor = before["actor"] if before else ""
    names = parse_actor_list(actor[numbered[2] :] if (numbered := heading_of(actor)) else actor) if actor else []
    return names if names and all(is_actor(n) for n in names) else []


# "A、B区政府作为属地内菜市场监管的责任主体，负责…；负责…": the bodies a clause of their sentence says they are
BODIES_AS_RE = re.compile(
    r"(?:^|(?<=[，；]))(?P<actor>[^，；。]{2,80}?)(?:作为|是)[^，；。]{2,40}?(?:主体|单位|部门|机构|机关)[，,]"
)


def _bodies_as(text: str, end: int) -> list[str]:
    """The bodies a clause earlier in the sentence names as what they are ("X作为…责任主体，负责…")."""
    start = text.rfind("。", max(0, end - LOOKBACK), end) + 1 or max(0, end - LOOKBACK)
    found = list(BODIES_AS_RE.finditer(text, start, end))
    actor = found[-1]["actor"] if found else ""
    names = parse_actor_list(actor[numbered[2] :] if (numbered := heading_of(actor)) else actor) if actor else []
    return names if names and all(map(is_actor, names)) else []


def seat_holder(m: re.Match[str]) -> str:
    """The holder SEAT_HOLDER_RE found, without the words that open its clause ("其中县长为一级田长")."""
    return OPENERS_RE.sub("", m["who"])


def _sentence_subject(at: At, end: int) -> str | None:
    """The body a subjectless "负责…" clause is about: set up, or an office, earlier in its sentence."""
    window = max(end - LOOKBACK, 0)  # the subject stands in the clauses just before
    start = max(at.text.rfind(c, window, end) for c in "。；！？") + 1 or window
    before = at.text[start:end]
    placed = max(before.rfind("办公室设在"), before.rfind("办公室设于"), before.rfind("办公室设"))
    if placed > 0 and (clause := before[max(before.rfind(c, 0, placed) for c in "，,") + 1 : placed + 3]) != "办公室":
        return OUR_PLACE_RE.sub("", clause)  # "…，领导小组办公室设在县统计局，负责…": the office as named
    if "办公室" in before and ("下设办公室" in before or "办公室设" in before):
        head = OFFICE_SUBJECT_RE.match(before)
        subject = WHERE_RE.sub("", head.group()) if head else ""  # "领导小组在县民政局下设办公室": the group's
        return subject if subject.endswith("办公室") else "办公室"  # "X下设办公室，负责…": the office, as named
    group = at.context.group_set_up_in(at.start + start, at.start + end)
    holder = SEAT_HOLDER_RE.search(before)  # "村委会主任为三级田长，负责…": the seat's holder
    if holder and not group and is_post_text(held := seat_holder(holder)):
        return held  # (not "成立X领导小组，由A任组长，B任副组长，负责…": the group set up)
    sets_up = SETS_UP_OWN_RE.match(before)  # "各镇政府要相应成立领导小组，具体负责…": the body that sets it up
    if sets_up and is_actor(sets_up["actor"]):
        return sets_up["actor"]
    if group:
        return group
    head = PLACED_AT_RE.match(before)
    if head and looks_like_org(head["actor"]):
        return head["actor"]
    named = NAMES_CONTACT_RE.match(before.rstrip("，, ").split("，")[-1])
    if named and is_actor(named["actor"]):
        return named["actor"]
    opens = OPENING_BODY_RE.match(before)  # "市财政局参与资格审核，负责…": the body its sentence opens with
    if opens and is_actor(opens["actor"]):
        return opens["actor"]
    # in a working group's section ("一、抢险救灾组" over "负责清理灾区现场…"), that group is the subject
    if subgroup := at.context.subgroup_at(at.start + end):
        return subgroup
    # under "主要职责" of a notice that sets up a group (or an item of it), the group is the subject
    if at.context.groups and _under_duties(at, at.start + end):
        return at.context.groups[0]
    # "X指挥部是…的专项指挥部，在…领导下，负责…": the group its sentence starts with
    named = [*((g, g) for g in at.context.groups), *at.context.short.items()]  # by its name or short name
    opening = next((group for name, group in named if before.startswith(name)), None)
    return opening or _group_said_responsible(at, at.start + end) or titled_body(at.doc.title)


def _group_said_responsible(at: At, offset: int) -> str | None:
    """A group its paragraph has just said is responsible for something ("X指挥部负责…。包括负责…；负责…")."""
    start, _ = at.doc.paragraph_at(offset)
    before = at.doc.text.text[max(start, offset - LOOKBACK) : offset]
    said = [(before.rfind(g + "负责"), g) for g in at.context.groups if g + "负责" in before]
    return max(said)[1] if said else None


def _under_duties(at: At, offset: int) -> bool:
    """Is this place in a 主要职责 section, or in an item under one ("二、主要职责" then "（一）…")?"""
    i = bisect.bisect_right(at.context.heading_starts, offset)
    for _, line in reversed(at.context.headings[max(0, i - HEADINGS_BACK) : i]):
        if DUTIES_HEADING_RE.search(line):
            return True
        if heading_of(line)[0] <= 1:  # a section of its own ("三、工作要求") ends the duties
            return False
    return False
