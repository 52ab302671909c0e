"""Seats in groups among a person's posts: "市创城指挥部副总指挥" (the 指挥部's 副总指挥), "省国动委副主任" (a short
name of the document's group), "市总河长" (a seat in the system of river chiefs)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.people import BARE_GROUP_RE, CHIEF_SEAT_RE, GROUP_SEAT_RE, LEVEL_CHARS, SEAT_RE
from kg.model import Membership, PersonPost


def _chief_seat(post: str, groups: Sequence[str]) -> tuple[str, str] | None:
    """("河长制", "市总河长"): a chief's seat is in the document's system of that field, or its kind's."""
    chief = CHIEF_SEAT_RE.match(post)
    if chief is None:
        return None
    field = chief["field"]
    named = next((g for g in groups if "长制" in g and field in g), None)
    return named or f"{field}长制", post


def seat_of(org: str | None, post: str, groups: Sequence[str] = ()) -> tuple[str, str] | None:
    """(group, role) when a person's post is a seat in a group ("市创城指挥部" "副总指挥"): a membership, not
    a post (GUIDELINE: memberships); an office's seat is the group's ("…领导小组办公室" "主任" → 办公室主任); a
    body the document names as a group, or by a short name of one ("省国动委" "副主任"), is that group."""
    org = org[1:] if org and org.startswith("由") and len(org) > 4 else org  # "由省森防指总指挥、副省长A…"
    if org is None and (chief := _chief_seat(post, groups)):
        return chief
    if org in ("小组", "专班") and post in ("成员", "组员") and len(groups) == 1:
        return groups[0], post  # "小组成员A、B" in the news of the one group's meeting
    if org and org.endswith("办公室") and not post.startswith("办公室"):
        org, post = org.removesuffix("办公室"), "办公室" + post
    named = next((g for g in groups if org == g or abbreviates(org, g)), None) if org and SEAT_RE.match(post) else None
    if org and not named and SEAT_RE.match(post) and GROUP_SEAT_RE.match(org + post) and not BARE_GROUP_RE.match(org):
        return org, post  # a bare kind ("领导小组组长") is only a seat of a group the document names
    return (named, post) if named else None


def abbreviates(short: str, full: str) -> bool:
    """ "省国动委" for "黑龙江省国防动员委员会": a body's short name keeps some of its characters in order, its last
    among the name's last three; its level's character may stand before a name that has none ("区妇儿工委" for
    "妇女儿童工作委员会", the body a report of the district's meeting names)."""
    if short[:1] in LEVEL_CHARS and short[0] not in full:
        short = short[1:]
    if not 3 <= len(short) < len(full) or short[-1] not in full[-3:]:
        return False
    rest = iter(full)
    if not all(char in rest for char in short):
        return False
    parent = full[: full.rfind("委员会", 0, len(full) - 3) + 3]  # "…常务委员会代表资格审查委员会": the body it is of
    return len(parent) <= 3 or not abbreviates(short, parent)  # "区人大常委会" is that body, not this one


# seats no body has as its own post: "副组长A" or "领导小组副组长A" can only sit in a group
GROUP_ONLY_SEAT_RE = re.compile(r"^(?:第一|常务|执行)?副?(?:组长|总指挥|指挥长|召集人|主任委员)$|^成员$")


def bare_seats(posts: list[PersonPost], group: str) -> tuple[list[PersonPost], list[Membership]]:
    """Seats a report of one group's meeting names without the group, or by its kind alone ("领导小组副组长A、B
    出席", "副组长C"): that group's; the posts that are no such seat are kept."""
    kept: list[PersonPost] = []
    seats: list[Membership] = []
    for post in posts:
        kind = post.org is not None and BARE_GROUP_RE.match(post.org) is not None
        if (kind or (post.org is None and post.post != "成员")) and GROUP_ONLY_SEAT_RE.match(post.post):
            seats.append(Membership(group, post.person, "person", post.post, post.evidence))
        else:
            kept.append(post)
    return kept, seats
