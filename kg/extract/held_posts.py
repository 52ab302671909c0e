"""A person's compound post and the posts it holds: "市政府副秘书长、市发展改革委主任" is two, each in its body;
"市委常委、常务副市长", whose later part names no body, is one post as written (ANNOTATION 6).
"""

from __future__ import annotations

import re

from kg.extract.actors import split_top_level
from kg.extract.people import GROUP_SEAT_RE, SEAT_NOTE_RE, split_org_post

PARTY_COMMITTEE_RE = re.compile(r"^[\u4e00-\u9fff]{0,6}[省市县区州]委$")  # "市委", "江苏省委"
# a body named with its place, or a level's government after its committee ("县委副书记、政府代县长": two bodies)
LEVEL_START_RE = re.compile(r"^(?:[省市县区州乡镇]|[\u4e00-\u9fff]{1,6}[省市县区州]|政府$)")


def _within_committee(orgs: list[str]) -> bool:
    """ "市委常委、统战部部长": a department named without its place after a party committee is the committee's
    own (one compound post, as "市委常委、宣传部长"), not a body of its own."""
    return bool(PARTY_COMMITTEE_RE.match(orgs[0])) and any(not LEVEL_START_RE.match(org) for org in orgs[1:])


def posts_held(text: str) -> list[tuple[str | None, str]]:
    """The posts a person's post text names: "市政府副秘书长、市发展改革委主任" is two, each in its body
    ("省长助理、省公安厅厅长" too: its last part names one); "市委常委、常务副市长", whose later part names no
    body, is one post as written (ANNOTATION 6)."""
    text = SEAT_NOTE_RE.sub("", text)
    parts = split_top_level(text, "、")
    if "兼" in text and len(both := text.split("兼")) == 2 and all(split_org_post(p) for p in both):
        return posts_held(both[0]) + posts_held(both[1])  # "中央办公厅副主任兼秘书局局长": two posts
    seats = [GROUP_SEAT_RE.match(p) for p in parts]
    if any(seats) and not all(seats):  # "市委常委、宣传部长、市创城指挥部副总指挥": the seat, and the posts before
        rest = "、".join(p for p, seat in zip(parts, seats) if not seat)
        return posts_held(rest) + [(seat["group"], seat["seat"]) for seat in seats if seat]
    if len(parts) > 1:
        each = [split_org_post(p) for p in parts]
        # every part a post, the last in a body of its own ("省长助理、省公安厅厅长": two posts)
        if all(each) and each[-1][0] and not _within_committee([s[0] for s in each if s and s[0]]):
            return [s for s in each if s]
        k = len(bodied := [n for n, e in enumerate(each) if e and e[0]])  # "省委常委、市委副书记、代市长": the
        if len(parts) > 2 and bodied == list(range(k)) and 1 < k < len(parts):  # parts that name no body join the
            return [e for e in each[: k - 1] if e] + [(None, "、".join(parts[k - 1 :]))]  # last part that names one
    split = split_org_post(text)
    return [split] if split else []
