"""Members by composition: "成员由市发展改革委、市财政局等单位分管领导组成", "联席会议由省人社厅、省财政厅组成",
"工作机制由A、B组成" (a mechanism set up as a body), "成立由A、B等有关单位组成的X", "委员分别由A、B共计九位同志组成"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.members import parse_members
from kg.extract.seats import COUNT_RE, Seat, group_of
from kg.lexicon import GROUP_KINDS, MECHANISM_KINDS, SEAT_WORDS, alternation
from kg.names import looks_like_org
from kg.rules import At, Found

BODIES = alternation(kind for kind in GROUP_KINDS if not kind.endswith("长制"))  # the kinds of body made of others
# "成员由市发展改革委、市财政局等单位分管领导组成", "联席会议由省人社厅、省财政厅组成"
COMPOSED_RE = re.compile(
    rf"(?P<of>成员(?:单位)?|组成人员|(?<!主任)委员(?!会)|{BODIES}|{alternation(MECHANISM_KINDS)}|机制)(?:（[^（）]{{0,30}}）)?(?:分别)?由(?P<list>[^。；由]+?)"
    r"(?:等部门|等单位)?(?:共计?[0-9一二三四五六七八九十两]+(?:位|名|人)(?:同志)?)?组成(?!员)"
    r"|(?:由|(?<=[，,]))(?P<bodies>[^，。；由]{2,200}?)(?P<etc>等(?:[0-9]+个|[一二三四五六七八九十]+个)?(?:有关|相关)?(?:部门|单位)"
    r"(?P<heads>领导|负责人|负责同志)?)?组成的"
)  # (not the 组成 of "…由领导小组成员单位…担任"); or before the group: "成立由A、B等有关单位组成的X"


# "决定以A、B、C等十五同志组成某市保密委员会": the people who make up the group the sentence names
_PEOPLE_WORD = "(?:同志|领导|专家|人员)"
PEOPLE_MAKE_UP_RE = re.compile(
    rf"(?:以|由)(?P<people>[^。；：以由]{{2,300}}?)等(?:(?:[0-9]+|[一二三四五六七八九十两]+)(?:位|名|人)?)?"
    rf"{_PEOPLE_WORD}(?:和{_PEOPLE_WORD})?组成(?:的(?P<named>[^，。；、\s]{{0,20}}?(?:{BODIES}|{alternation(GROUP_KINDS)})))?"
)  # or "由水利部某司张某副司长、某大学李某教授等领导和专家组成的验收组": the group named after
LED_FIRST_RE = re.compile(r"^(?P<lead>[^，,、]{2,30}?)牵头[，,]")  # "事故调查组由省煤监局牵头，…等部门组成"
SEATS_IN_LIST_RE = re.compile(f"(?:任|担任|为)(?:{alternation(SEAT_WORDS)})[，,]")
# a team named right before its members: "。督导小组成员由…" (not "各工作组", a collective)
TEAM_BEFORE_RE = re.compile(r"(?:^|(?<=[。；：\s]))(?P<team>(?![各该本])[\u4e00-\u9fff]{2,8}(?:小组|工作组|专班))$")


def composed(m: re.Match[str], at: At) -> Iterator[Found]:
    """成员由…组成: the members; a group "由A、B组成": its member units (not "由组长、副组长和成员组成")."""
    group = group_of(at)
    if m["of"] and m["of"].endswith("机制") and not (group and group.endswith("机制")):
        return  # "考核机制由A、B组成": a way of working, unless the document set it up as a body of its own
    if m["bodies"]:  # "由A、B等有关单位组成的X": its member units
        listed = parse_members(m["bodies"], "成员")
        members = [(name, kind) for name, kind in listed if kind == "org"]
        if not m["etc"] and len(members) < len(listed):
            return  # "由A带领区、市两级有关部门组成的…": a list of bodies alone, unless 等…部门 closes it
        role = "成员" if m["heads"] else "成员单位"  # "A、B等十八个部门领导组成的X": the bodies' heads are members
        yield from [at.found(m.start(), m.end(), *(Seat(n, k, role, group) for n, k in members))] if group else []
        return
    if SEATS_IN_LIST_RE.search(m["list"]):
        return  # "由A任主任，B任副主任，委员分别由C、D组成": seats, each read by its own clause
    if m["of"] in ("成员", "组成人员") and (named := TEAM_BEFORE_RE.search(at.text, max(0, m.start() - 12), m.start())):
        team = named["team"]  # "组建10个督导小组。督导小组成员由A、B组成": the team's, not the group's that set it up
        group = group if team in GROUP_KINDS or (group and group.endswith(team)) else team
    listed, led = m["list"], []
    if (lead := LED_FIRST_RE.match(listed)) and looks_like_org(lead["lead"]):
        listed, led = listed[lead.end() :], [Seat(lead["lead"], "org", "牵头单位", group)]  # "由A牵头，B、C等部门组成"
    members = parse_members(COUNT_RE.sub("", listed), "成员")  # "A、B等38个部门": the bodies named
    of_members = m["of"].startswith(("成员", "组成人员")) or m["of"] == "委员"  # "委员分别由A、B共计九位同志组成"
    role = m["of"] if of_members else "成员单位"  # "成员单位由…组成": the text's own word
    if not of_members and _posts_only(members):
        role = "成员"  # "联席会议由市长、分管副市长和市政府秘书长组成": the holders of these posts
    elif not of_members:
        members = [(name, kind) for name, kind in members if kind == "org"] if len(members) > 1 else []
    if group and members:
        yield at.found(m.start(), m.end(), *led, *(Seat(member, kind, role, group) for member, kind in members))


def people_make_up(m: re.Match[str], at: At) -> Iterator[Found]:
    """以A、B等N同志组成X, 由A、B等专家组成的X: each named person a 成员 of the group (the seats given after are read
    by their own rules)."""
    group = m["named"] or group_of(at)
    people = [(name, kind) for name, kind in parse_members(m["people"], "成员") if kind == "person"]
    if group and people:
        yield at.found(m.start(), m.end(), *(Seat(name, "person", "成员", group) for name, kind in people))


def _posts_only(members: list[tuple[str, str]]) -> bool:
    """A list of two posts or more, none of them a group's own seat for its members ("由组长、副组长和成员组成"
    says how a group is made, not who is in it)."""
    return len(members) > 1 and all(kind == "post" and name not in GENERIC_SEATS for name, kind in members)


GENERIC_SEATS = frozenset(("成员", "委员", "组员", "成员单位", "组长", "副组长"))
