"""The groups family: the bodies a document sets up (领导小组, 工作专班, 联席会议, 项目部…) and who sits in them.

Seats come from role lines ("组 长：陈 杰 市委常委、常务副市长", and the lines under
one that continue its list: "王平安 市发展改革委主任") and from prose ("办公室设在
市能源局，办公室主任由王平安同志兼任", "由市长储祥好担任全市产业链总链长",
"市工信局作为总链长牵头单位": kg.extract.seats). The group a seat is in is the one set
up in the same sentence, else the last set up before it, else the document's first
(kg.extract.context).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from kg.extract.composed import COMPOSED_RE, PEOPLE_MAKE_UP_RE, composed, people_make_up
from kg.extract.context import Context
from kg.extract.counted import COUNTED_RULES
from kg.extract.inline_seats import GROUP_LINE_SEATS, INLINE_SEATS
from kg.extract.liaison import LIAISON, OFFICE_STAFF
from kg.extract.members_are import INVITED, JOINED, MEMBERS_ARE, MEMBERS_BEFORE
from kg.extract.people import is_person_name
from kg.extract.respectively import RESPECTIVELY
from kg.extract.role_lines import ROLE_HEADING_RE, ROLE_LINES_RE, SEATS_INLINE_RE, role_lines, seats_inline
from kg.extract.seats import (
    AS_ROLE_RE,
    MEMBERS_INCLUDE_RE,
    OFFICE_AT_RE,
    OFFICE_HEAD_RE,
    SEAT_BY,
    SEAT_IS,
    SEAT_NOTED_RE,
    SEATS_LISTED_RE,
    TAKES_ROLE_RE,
    Seat,
    as_role,
    members_include,
    office_at,
    office_head,
    seat_noted,
    seats_listed,
    takes_role,
)
from kg.extract.setups import SET_UP_RULES
from kg.extract.subgroups import LED_WITH_RE, LISTED_RE, MEMBERS_UNDER, led_with, listed
from kg.lexicon import SEAT_WORDS, alternation
from kg.model import Document, Group, Membership
from kg.names import looks_like_org
from kg.rules import At, Family, Found, Make, Rule, find, select


@dataclass(frozen=True)
class Duties:
    """A group's duties: the section under its "主要职责" heading."""

    group: str
    text: str


# a table's row with a seat's cell and a person's: "组长 | 王一鸣 | 市长", "1 | 王一鸣 | 市长 | 组长"
SEAT_ROW_RE = re.compile(r"(?m)^[^\n|]*\|[^\n]*$")
SEAT_CELL_RE = re.compile(rf"^(?:第一|常务)?(?:{alternation(SEAT_WORDS)})$")


def seat_row(m: re.Match[str], at: At) -> Iterator[Found]:
    """A table row holding one seat and the person (or body) in it."""
    cells = [c.strip() for c in m.group().split("|")]
    seats = [c for c in cells if SEAT_CELL_RE.match(c)]
    holders = [c for c in cells if is_person_name(c)] or [c for c in cells if c not in seats and looks_like_org(c)]
    if at.context.groups and len(seats) == 1 and len(holders) == 1:
        group = at.context.group_at(at.start + m.start())
        kind = "person" if is_person_name(holders[0]) else "org"
        yield at.found(m.start(), m.end(), Seat(holders[0], kind, seats[0], group))


# "二、主要职责", and the section under it up to the next heading of its level
DUTIES_RE = re.compile(
    r"(?m)^[一二三四五六七八九十]+、\s*(?:主要|工作)?职责[^\n]*\n(?P<body>(?:(?![一二三四五六七八九十]+、)[^\n]*\n)*)"
    r"(?=[一二三四五六七八九十]+、)"
)


def duties(m: re.Match[str], at: At) -> Iterator[Found]:
    """The duties of the document's group: the section under its 主要职责 heading."""
    if at.context.groups:
        heading_end = m.start("body") - 1
        yield at.found(m.start(), heading_end, Duties(at.context.groups[0], m["body"].strip()))


def _prose(
    name: str,
    pattern: re.Pattern[str],
    make: Make,
    needs: tuple[str, ...],
    examples: str | tuple[str, ...],
    counter: str,
) -> Rule:
    """A rule read in one sentence, run only on sentences that hold one of its words."""
    return Rule(name, pattern, make, (examples,) if isinstance(examples, str) else examples, (counter,), needs=needs)


MEMBER_RULES = (
    (
        Rule(
            "groups.role-lines",
            ROLE_LINES_RE,
            role_lines,
            (
                "关于成立某市工作专班的通知\n组 长：陈杰 市委常委、常务副市长\n副组长：何建平 市发展改革委主任\n李明 市财政局局长",
            ),
            ("关于成立某市工作专班的通知\n牵头单位：市发展改革委",),
            unit="document",
        ),
        Rule(
            "groups.seats-inline",
            SEATS_INLINE_RE,
            seats_inline,
            (
                "镇政府成立防汛指挥所。所长：王立新；副所长：赵海、孙明；成员：钱亮、周华。",
                "关于成立某乡工作领导小组的通知\n（一）综合协调组。负责协调。（组长：王立新）\n（二）宣传组。负责宣传。",
            ),
            ("镇政府成立防汛指挥所。各村委会主任：负责本村防汛。", "各村（组长：负责本村防汛）"),
            unit="paragraph",
            needs=("：", ":"),
        ),
        Rule(
            "groups.seat-row",
            SEAT_ROW_RE,
            seat_row,
            (
                "关于成立某县工作领导小组的通知\n职务 | 姓名 | 单位及职务\n组长 | 王立新 | 县长\n成员 | 孙明 | 县财政局局长",
            ),
            ("关于成立某县工作领导小组的通知\n序号 | 工作任务 | 牵头单位\n1 | 组长负责制 | 县财政局",),
            unit="document",
        ),
        Rule(
            "groups.role-heading",
            ROLE_HEADING_RE,
            role_lines,
            (
                "关于成立某县工作领导小组的通知\n一、组长\n王立新 县委副书记、县长\n二、副组长\n赵海 副县长\n孙明 县政府办主任",
            ),
            ("关于成立某县工作领导小组的通知\n一、组长\n二、工作职责",),
            unit="document",
        ),
        Rule(
            "groups.duties",
            DUTIES_RE,
            duties,
            ("关于成立某市工作专班的通知\n一、组成人员\n二、主要职责\n统筹推进全市工作。\n三、工作要求",),
            ("关于印发某市方案的通知\n二、主要任务\n统筹推进全市工作。\n三、工作要求",),
            unit="document",
        ),
        _prose(
            "groups.office-at",
            OFFICE_AT_RE,
            office_at,
            ("办公室",),
            (
                "成立某市工作专班。专班下设办公室，办公室设在市能源局。",
                "成立某区工作专班。专班下设办公室(设在区商务局),负责日常工作。",
                "成立某市森林防火指挥部。指挥部设办公室在县应急管理局，承担日常工作。",
                "成立某区招商工作专班。工作专班在区商务局下设办公室，负责日常工作。",
            ),
            "成立某市工作专班。办公室设在哪里由专班决定。",
        ),
        _prose(
            "groups.office-head",
            OFFICE_HEAD_RE,
            office_head,
            ("由", "兼", "担任", "任办公室"),
            (
                "成立某市工作专班。办公室设在市能源局，办公室主任由孙启明同志兼任。",
                "成立某镇工作专班。专班下设办公室，镇财政所所长周启明任办公室主任。",
                "成立某县防汛抗旱指挥部。指挥部下设办公室,办公室设在县水利局,由赵立新兼任办公室主任。",
                "某县调整了防汛抗旱指挥部。指挥部下设办公室，县水利局局长兼办公室主任。",
                "成立某省减灾委员会。办公室设在省应急管理厅，副主任两名，由省应急管理厅、水利厅各1名分管副厅长担任。",
            ),
            "成立某市工作专班。主任由于工作调动离任。",
        ),
        SEAT_BY,
        SEAT_IS,
        MEMBERS_ARE,
        MEMBERS_BEFORE,
        JOINED,
        INVITED,
        RESPECTIVELY,
        _prose(
            "groups.composed",
            COMPOSED_RE,
            composed,
            ("组成",),
            (
                "成立某市工作专班。成员由市发展改革委、市财政局等单位分管领导组成。",
                "建立某省节水工作联席会议制度。联席会议由省水利厅、省发展改革委、省财政厅组成。",
            ),
            "成立某市工作专班。专家库由各领域专家组成。",
        ),
        _prose(
            "groups.people-make-up",
            PEOPLE_MAKE_UP_RE,
            people_make_up,
            ("组成",),
            (
                "特决定成立某市保密委员会。决定以张三、李四、王五等三同志组成某市保密委员会，并以张三为主任。",
                "由张三、李四等专家组成的验收组对项目进行验收。",
            ),
            "决定以张三、李四等单位组成某市保密委员会。",
        ),
        _prose(
            "groups.takes-role",
            TAKES_ROLE_RE,
            takes_role,
            ("任", "为"),
            (
                "成立某市重点产业链链长制领导小组。由市长杜文海担任全市产业链总链长。",
                "成立某区河湖治理领导小组。由区长周立平任组长，副区长任海涛、高明任副组长。",
                "成立以县委书记王一鸣为组长、县长李立新为第一副组长的某县河长制领导小组。",
                "某县调整了森林防火指挥部。由分管林业工作的副书记、副县长任副总指挥。",
                "某县调整充实了对台工作领导小组。另外县委办公室、县委组织部和县发改局等3个相关职能部门的分管副职任小组成员。",
                "对国务院甲地区开发领导小组和国务院乙地区振兴领导小组组成人员进行调整。"
                "国务院总理王一鸣担任国务院甲地区开发领导小组和国务院乙地区振兴领导小组组长。",
            ),
            "成立某市重点产业链链长制领导小组。由市长杜文海担任主讲人。",
        ),
        _prose(
            "groups.members-include",
            MEMBERS_INCLUDE_RE,
            members_include,
            ("员包括", "员有", "位包括", "位有", "导包括", "导有"),  # a seat's last character, then its verb
            (
                "建立某省节能减排联席会议制度，成员单位包括省财政厅、省工信厅和省生态环境厅。",
                "对国务院甲地区开发领导小组和国务院乙地区振兴领导小组组成单位进行调整。"
                "调整后的两个领导小组组成单位包括外交部、财政部、商务部等部门和单位。",
                "成立某省森林防火指挥部。成员单位包括省财政厅、省公安厅，省气象局、某海事局。",
            ),
            "建立某省节能减排联席会议制度，主要任务包括统筹协调和督促检查。",
        ),
        _prose(
            "groups.as-role",
            AS_ROLE_RE,
            as_role,
            ("作为",),
            (
                "成立某县重点产业链链长制领导小组。县工信局作为总链长牵头单位，协调推动相关工作。",
                "成立某省森林防火指挥部。各成员单位一名处室负责同志作为联络员，负责日常联系。",
            ),
            "成立某市重点产业链链长制领导小组。企业作为市场主体，要主动作为。",
        ),
        Rule(
            "groups.seat-noted",
            SEAT_NOTED_RE,
            seat_noted,
            ("成立某县工作领导小组。\n马林 县长（组长）\n钱亮县财政局局长（成员兼办公室主任）",),
            ("成立某县工作领导小组。\n马林 县长（试用期一年）",),
            unit="paragraph",
            needs=("）", ")"),
        ),
        _prose(
            "groups.seats-listed",
            SEATS_LISTED_RE,
            seats_listed,
            ("分别",),
            "成立某市工作领导小组。副组长2人，分别是：市委常委、秘书长马林，市政府副市长钱亮。成员共2人，分别是：市政协秘书长，市民政局副局长。",
            "成立某市工作领导小组。成员共2人，分别是1980年和1985年出生。",
        ),
        _prose(
            "groups.working-group-listed",
            LISTED_RE,
            listed,
            ("组：", "组:"),
            "某指挥部下设工作组。\n（1）物资保障组：市商务局、市粮食局。\n（2）宣传报道组：市委宣传部、市广电局。",
            "（1）物资保障组：负责物资调配。\n（2）宣传报道组：负责宣传报道。",
        ),
        _prose(
            "groups.led-with",
            LED_WITH_RE,
            led_with,
            ("牵头",),
            "某指挥部设立两个工作组。\n一、综合组\n由市应急局牵头，市公安局、市财政局参加。\n二、宣传组\n由市委宣传部牵头。",
            "由市应急局牵头，市公安局、市财政局参加。",
        ),
        MEMBERS_UNDER,
    )
    + COUNTED_RULES
    + (INLINE_SEATS, GROUP_LINE_SEATS, LIAISON, OFFICE_STAFF)
)
GROUPS = Family("groups", SET_UP_RULES + MEMBER_RULES)


def record(doc: Document, kept: list[Found], context: Context) -> tuple[list[Group], list[Membership]]:
    """The groups a document sets up (those it names members or a short name for) and their seats."""
    memberships: list[Membership] = []
    seen: set[tuple[str, str, str]] = set()
    duties_of: dict[str, str] = {}
    for found in kept:
        evidence = doc.evidence(*(found.evidence or doc.sentence_span(found.start, found.end)), found.rule.name)
        for item in found.records:
            if isinstance(item, Duties):
                duties_of.setdefault(item.group, item.text)
                continue
            group, member = item.group or context.groups[0], _bare_member(item.member, item.member_type)
            if member and not group.startswith("的") and (group, member, item.role) not in seen:
                seen.add((group, member, item.role))
                memberships.append(Membership(group, member, item.member_type, item.role, evidence))
    used = {m.group for m in memberships}
    groups = []
    for name in context.groups:
        aliases = tuple(sorted(s for s, full in context.short.items() if full == name))
        if name in used or aliases:
            s = max(doc.text.text.find(name), 0)
            groups.append(
                Group(name, aliases, duties_of.get(name), doc.evidence(s, s + len(name), context.set_up_by[name]))
            )
    return groups, memberships


# what stands around a body's name in a list and is no part of it: a year, "主要由", "新增"; "…等部门" after it
MEMBER_PAD_RE = re.compile(r"^(?:\d{4}年|主要由|由|新增)|等(?:有关|相关)?(?:部门|单位)$")


def _bare_member(member: str, kind: str) -> str:
    """A member's name without the words around it in its list ("2017年县委组织部", "派出所等部门")."""
    member = member.strip()
    return MEMBER_PAD_RE.sub("", member) if kind == "org" else member


def extract_groups(doc: Document, context: Context) -> tuple[list[Group], list[Membership]]:
    """The groups a document sets up and their seats."""
    if not context.groups:
        return [], []
    return record(doc, select(find(doc, MEMBER_RULES, context), MEMBER_RULES), context)
