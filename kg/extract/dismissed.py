"""Removals a report of accountability states as a sanction: "对区林业局副局长赵一平，区森林公安局局长钱二明
免职", "区执法中队中队长孙三立受到党内警告处分，并免职处理" (each person's posts before the name, each post removed); and the name of one removed where a
body's first character may end it ("免去裴钢同济大学校长职务").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.actors import split_top_level
from kg.extract.people import is_person_name, name_after_post, split_org_post, split_posts
from kg.model import Appointment
from kg.rules import At, Found, Rule

# "对A，B免职", "对A予以免职"; "A受到党内警告处分，并免职处理", "A被给予…处分，并予以免职"
DISMISSED_RE = re.compile(
    r"(?:^|(?<=[，。；：]))(?:对(?P<list>[^。；：]{4,200}?)(?:予以|作)?免职"
    r"|(?P<one>[^，。；：]{4,60}?)(?:受到|被给予)[^，。；]{0,20}?处分[，,]并(?:予以|作)?免职)(?:处理)?(?=[，。；]|$)"
    r"|被免职的[^，。；：,]{0,12}?(?:包括|为|是)[，,：:]?(?P<named>[^。；]{4,300}?)(?=[。；]|$)"
)  # or news naming them after: "被免职的五名官员包括，A局长甲，B区长乙"


def dismissed(m: re.Match[str], at: At) -> Iterator[Found]:
    """Each person named after their posts, removed from each (none unless every part names one so)."""
    parts = split_top_level(m["list"] or m["named"], "，,") if m["list"] or m["named"] else [m["one"]]
    people = [name_after_post(part.strip()) for part in parts]
    records = []
    for found in people:
        posts = split_posts(found[1]) if found else None
        if not found or not posts:
            return
        records += [Appointment(found[0], "免去", org, post, None, at.doc.date, None) for org, post in posts]
    yield at.found(m.start(), m.end(), *records, evidence=at.span(m.start(), m.end()))


DISMISSED = Rule(
    "appointments.dismissed",
    DISMISSED_RE,
    dismissed,
    (
        "经区委研究，对区林业局副局长、区防火办主任赵一平，区森林公安局局长钱二明免职。",
        "区执法局执法中队中队长孙三立受到党内警告处分，并免职处理。",
        "据某市消息，被免职的三名官员包括，某市卫健委副主任赵一平，某县副县长钱二明，某区区长孙三立。",
    ),
    ("对不履职的人员予以免职。",),
    needs=("免职",),
)


BODY_NEAR = 1000  # characters around a removal where its body may be named on its own


def named_apart(found: tuple[str, str], text: str, near: int) -> tuple[str, str]:
    """ "裴钢同济大学校长": a three-character name whose last character may begin the body is the two-character
    one when the text names that body on its own nearby ("…任同济大学校长，免去裴钢同济大学校长职务")."""
    name, rest = found
    split = split_org_post(name[2:] + rest) if len(name) == 3 and is_person_name(name[:2]) else None
    if not split or not split[0]:
        return found
    org, lo, hi = split[0], max(0, near - BODY_NEAR), near + BODY_NEAR
    at = text.find(org, lo, hi)
    while at >= 0:
        if text[max(0, at - 2) : at] != name[:2]:
            return name[:2], name[2:] + rest
        at = text.find(org, at + 1, hi)
    return found
