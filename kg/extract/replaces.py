"""The news forms of a change of post holders: "A任某县县委书记，B不再担任" (A appointed to the post, B removed
from it), for several at once "A、B分别任甲县、乙县县委书记，C、D不再担任" (each in order), and "B辞去某省省长职务，
A任代理省长" (A appointed; a resignation accepted is no appointment, GUIDELINE)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.people import is_person_name, split_posts
from kg.model import Appointment
from kg.rules import At, Found

_NAMES = (
    r"[\u4e00-\u9fff]{2,4}?(?:[（(][^（）()]{1,12}[）)])?(?:、[\u4e00-\u9fff]{2,4}?(?:[（(][^（）()]{1,12}[）)])?){0,5}"
)
REPLACES_RE = re.compile(
    rf"(?:^|(?<=[，。；：]))(?P<new>{_NAMES})(?:同志)?(?P<each>分别)?任(?!命)(?P<posts>[^，。；：]{{2,60}}?)[，,]"
    rf"(?P<old>{_NAMES})(?:同志)?不再担任(?=[。；，]|$)"
)
NOTE_RE = re.compile(r"[（(][^（）()]{1,12}[）)]")  # "徐某（1967年11月生）"
# "方山县县委书记": a place, then the post its bodies share ("县委书记", "县长")
PLACE_POST_RE = re.compile(r"^(?P<place>[\u4e00-\u9fff]{1,10}?[省市县区州旗])(?P<post>[省市县区州旗]委.+|.{1,3}长)$")


def replaces(m: re.Match[str], at: At) -> Iterator[Found]:
    """Who takes each post and who leaves it, in order."""
    new, old = _names(m["new"]), _names(m["old"])
    posts = _each(m["posts"], len(new)) if m["each"] else split_posts(m["posts"]) or []
    if not new or not old or not posts or (m["each"] and (len(posts) != len(new) or len(old) != len(new))):
        return
    date = at.doc.date
    if m["each"]:
        records = [Appointment(n, "任命", org, post, None, date, None) for n, (org, post) in zip(new, posts)]
        records += [Appointment(o, "免去", org, post, None, date, None) for o, (org, post) in zip(old, posts)]
    else:
        records = [
            Appointment(p, action, org, post, None, date, None)
            for action, people in (("任命", new), ("免去", old))
            for p in people
            for org, post in posts
        ]
    yield at.found(m.start(), m.end(), *records, evidence=at.span(m.start(), m.end()))


def _names(text: str) -> list[str]:
    names = NOTE_RE.sub("", text).split("、")
    return names if all(map(is_person_name, names)) else []


def _each(text: str, n: int) -> list[tuple[str | None, str]]:
    """The posts of "甲县、乙县县委书记" for n people: each place with the post the last one names."""
    parts = text.split("、")
    last = PLACE_POST_RE.match(parts[-1]) if len(parts) == n else None
    return [(place, last["post"]) for place in [*parts[:-1], last["place"]]] if last else []


# "李某辞去某省省长职务 王某任副省长、代理省长", "…职务，王某被任命为某省代省长"
AFTER_RESIGNED_RE = re.compile(
    r"(?:^|(?<=[，。；：\n]))[\u4e00-\u9fff]{2,4}?辞去[^，。；\s]{2,40}?职务[\s，,]*(?:[^，。；\s]{0,12}的)?"
    r"(?P<new>[\u4e00-\u9fff]{2,4}?)(?:(?<!出|调|升|转|接|现|继)任|被任命为)(?P<posts>[^，。；\s]{2,40})"
)


def after_resigned(m: re.Match[str], at: At) -> Iterator[Found]:
    """The one who takes the post another resigned from."""
    posts = split_posts(m["posts"])
    if is_person_name(m["new"]) and posts:
        records = [Appointment(m["new"], "任命", org, post, None, at.doc.date, None) for org, post in posts]
        yield at.found(m.start("new"), m.end(), *records, evidence=at.span(m.start(), m.end()))
