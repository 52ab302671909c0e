"""Holders and seats listed in the same order ("李某书记、布某主席分别担任自治区总河长、副总河长"), a rule of the
groups family (kg.extract.groups)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.members import split_items, who
from kg.extract.people import POST_END_RE, is_person_name
from kg.extract.seats import SEAT_AT_END_RE, Seat, group_of
from kg.rules import At, Found, Rule

# "李某书记、布某主席分别担任自治区总河长、副总河长": people and seats paired in order
RESPECTIVELY_RE = re.compile(
    r"(?:^|(?<=[，。；：]))(?P<who>[^，。；：]{2,120}?)分别(?:担任|兼任|任|为)(?P<seats>[^，。；：]{2,120}?)(?=[，。；]|$)"
)


OPENED_RE = re.compile(r"[“”（）()]")


def _name_titled(item: str) -> tuple[str, str] | None:
    """A name, then its title: "布小林主席"."""
    title = POST_END_RE.search(item)
    return (item[: title.start()], "person") if title and is_person_name(item[: title.start()]) else None


def respectively(m: re.Match[str], at: At) -> Iterator[Found]:
    """Holders and seats listed in the same order, each holder the seat at its place (as many of each)."""
    listed = OPENED_RE.split(m["who"])[-1]  # "…电（记者…）“A书记、B主席": the names after the quote opens
    holders = [who(item) or _name_titled(item) for item in split_items(listed)]
    seats = [SEAT_AT_END_RE.search(item) for item in split_items(m["seats"])]
    group = group_of(at)
    if group and len(holders) == len(seats) > 1 and all(holders) and all(seats):
        pairs = [(h, s.group()) for h, s in zip(holders, seats) if h and s]
        yield at.found(m.start(), m.end(), *(Seat(h[0], h[1], seat, group) for h, seat in pairs))


RESPECTIVELY = Rule(
    "groups.respectively",
    RESPECTIVELY_RE,
    respectively,
    ("某区全面推行河长制。王一鸣书记、李立新主席分别担任自治区总河长、副总河长。",),
    ("某区全面推行河长制。各位副区长分别担任各条河流的河长。",),
    needs=("分别",),
)
