"""Members named after their seat word and 为: "成员为市纪委、市财政局主要负责同志", "成员单位为A、B、C",
"固定成员为A、B…主要负责人" (the text's own word for the seat), in a text that sets a group up.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.actors import parse_actor_list
from kg.extract.members import parse_members
from kg.extract.seats import Seat, group_of, seat_holders
from kg.lexicon import GROUP_KINDS, alternation
from kg.names import looks_like_org
from kg.rules import At, Found, Rule

# the seat word, perhaps after the group's short name ("领导小组成员为…"), then the list up to the sentence's end
MEMBERS_ARE_RE = re.compile(
    r"(?:^|(?<=[，。；：:]))[\u4e00-\u9fff]{0,12}?(?P<seat>(?:固定|不固定|主要)?成员(?:单位)?)(?:分别)?为"
    r"[：:]?(?P<who>[^。；]{2,300}?)(?=[。；]|$)"
)
# "…，副组长为B": the next seat, read by its own rule
SEAT_AFTER_RE = re.compile(r"[，,][^，,]{0,8}?(?:组长|主任|召集人|指挥长|总指挥|联络员|秘书长|办公室)")

# "各成员单位和部门的分管领导", "成员单位为牵头部门": no one named
GENERIC_RE = re.compile(r"^(?:各|有关|相关)|^(?:牵头|责任|配合|协办|主办)?(?:部门|单位)$|^$")


def members_are(m: re.Match[str], at: At) -> Iterator[Found]:
    """Each holder the list names (bodies, posts or people), in the group the document sets up."""
    group = group_of(at)
    who = m["who"][: cut.start()] if (cut := SEAT_AFTER_RE.search(m["who"])) else m["who"]
    holders = seat_holders(who, m["seat"]) if group else []
    if any("、" in name for name, _ in holders):  # "A、B、C主要负责人": named bodies stand for their heads
        holders = parse_members(who, "成员")
    if holders and not any(GENERIC_RE.match(name) for name, _ in holders):
        role = m["seat"]
        yield at.found(m.start(), m.start("who") + len(who), *(Seat(n, k, role, group) for n, k in holders))


MEMBERS_ARE = Rule(
    "groups.members-are",
    MEMBERS_ARE_RE,
    members_are,
    (
        "成立某市招标采购工作领导小组。组长由分管副市长担任，成员为市纪委、市财政局主要负责同志。",
        "成立某市招标采购工作领导小组。成员单位为市纪委、市财政局、市审计局。",
    ),
    ("成立某市招标采购工作领导小组。各成员单位为本次工作的责任主体。",),
    needs=("成员",),
)


# "国家发改委、财政部…等领导小组成员单位有关司局负责人参加会议": bodies named, then as what they sit (a list of
# bodies only, before 等 and the group's member-unit word)
MEMBERS_BEFORE_RE = re.compile(
    r"(?:^|(?<=[，。；：:]))(?P<list>[^，。；：:]{4,300}?)等(?:[0-9一二三四五六七八九十]+个)?"
    r"(?P<kind>领导小组|联席会议|委员会|指挥部|专班)?成员单位"
)


def _bodies_seated(m: re.Match[str], at: At, role: str, group: str | None) -> Iterator[Found]:
    """Each body m's list names, in the seat role of the group (nothing unless every item is a body)."""
    names = parse_actor_list(m["list"]) if group else []
    if group and names and all(looks_like_org(n) for n in names):
        yield at.found(m.start(), m.end(), *(Seat(n, "org", role, group) for n in names))


def members_before(m: re.Match[str], at: At) -> Iterator[Found]:
    """Each body the list names, a member unit of the group the document speaks of."""
    group = group_of(at)
    yield from _bodies_seated(m, at, "成员单位", group if not m["kind"] or (group and m["kind"] in group) else None)


MEMBERS_BEFORE = Rule(
    "groups.members-before",
    MEMBERS_BEFORE_RE,
    members_before,
    ("某省国土普查领导小组会议召开。省发改委、省财政厅、省统计局等领导小组成员单位负责人参加会议。",),
    ("某省国土普查领导小组会议召开。各市县等成员单位要抓好落实。",),
    needs=("成员单位",),
)


# "成立由A任组长，…，宣传部、广播电视局等有关部门参加的领导小组": bodies that take part in the group set up
JOINED_RE = re.compile(
    r"(?:^|(?<=[，。；：:]))(?P<list>[^，。；：:]{4,200}?)(?:等(?:有关|相关)?(?:部门|单位|部门和单位))?参加的"
    rf"(?=[^，。；]{{0,40}}?(?:{alternation(GROUP_KINDS)}))"
)


# "联席会议由A、B组成，并邀请C、D等18个部门和单位参加": bodies invited to take part in the group
INVITED_RE = re.compile(
    r"(?:^|(?<=[，。；：:]))并?邀请(?P<list>[^，。；：:]{2,300}?)"
    r"(?:等(?:[0-9一二三四五六七八九十]+个)?(?:有关|相关)?(?:部门和单位|部门|单位))?参加(?=[，。；]|$)"
)


def joined(m: re.Match[str], at: At) -> Iterator[Found]:
    """Each body the list names takes part (参加, the text's word) in the group its clause sets up, or the group
    that invites it."""
    yield from _bodies_seated(m, at, "参加", group_of(at))


JOINED = Rule(
    "groups.joined",
    JOINED_RE,
    joined,
    ("成立由分管副县长任组长，宣传部、广播电视局、统战部等有关部门参加的某县创建工作领导小组。",),
    ("成立由分管副县长任组长，各部门负责同志参加的某县创建工作领导小组。",),
    needs=("参加的",),
)
INVITED = Rule(
    "groups.invited",
    INVITED_RE,
    joined,
    ("建立某省节水工作联席会议制度。联席会议由省水利厅、省财政厅组成，并邀请省法院、省检察院等4个部门和单位参加。",),
    ("建立某省节水工作联席会议制度。会议邀请专家学者参加。",),
    needs=("邀请",),
)
