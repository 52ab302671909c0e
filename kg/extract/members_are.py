"""Members named after their seat word and 为: "成员为市纪委、市财政局主要负责同志", "成员单位为A、B、C",
"固定成员为A、B…主要负责人" (the text's own word for the seat), in a text that sets a group up.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.members import parse_members
from kg.extract.seats import Seat, group_of, seat_holders
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
