"""A group's members counted by their posts, as news reports them: "小组成员共24人，分别是网格长8名，社区服务中心
负责人2名，网格员14人" (each post a member, its count not a name)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.seats import Seat, group_of
from kg.rules import At, Found, Rule

_ITEM = r"[^，,。；、\d]{2,20}?\d{1,4}(?:名|人)"
COUNTED_MEMBERS_RE = re.compile(
    rf"成员(?:共\d{{1,4}}(?:人|名))?[，,]?分别(?:是|为)[：:]?(?P<list>{_ITEM}(?:[，,、]{_ITEM}){{1,11}})"
)
ITEM_RE = re.compile(r"(?P<post>[^，,。；、\d]{2,20}?)\d{1,4}(?:名|人)")


def counted_members(m: re.Match[str], at: At) -> Iterator[Found]:
    """Each post a counted list names: a member of the group the sentence is about."""
    group = group_of(at)
    posts = [item["post"] for item in ITEM_RE.finditer(m["list"])]
    if group and posts:
        yield at.found(m.start(), m.end(), *(Seat(post, "post", "成员", group) for post in posts))


COUNTED_RULES = (
    Rule(
        "groups.counted-members",
        COUNTED_MEMBERS_RE,
        counted_members,
        ("某社区组建了疫情防控工作领导小组，小组成员共20人，分别是网格长6名，网格员14人。",),
        ("参会人员分别是机关干部12名，村干部8名。",),
        needs=("分别",),
    ),
)
