"""The member bodies a meeting's news names as attending: "A、B、C等成员单位参加会议".

A report of a group's meeting lists the member bodies that came. When the
document speaks of one group only (set up, meeting, or named in a person's seat
"市创城指挥部副总指挥林斌"), those bodies are its 成员单位.
"""

from __future__ import annotations

import re

from kg.extract.actors import BARE_PLACE_RE, parse_actor_list
from kg.extract.setup_news import GROUP_SUFFIX
from kg.model import Document, Membership

RULE = "groups.attending"
# "梅列区、市委宣传部、市教育局等成员单位参加会议", "…等成员单位负责同志参加了会议"; the group named before its
# units, and others after them ("A、B等区防制重大动物疫病指挥部成员单位及各乡镇分管领导，C全体干部参加会议")
ATTEND_RE = re.compile(
    rf"(?:^|(?<=[，。；：\n]))(?P<list>[^，。；：\n]{{2,300}}?)等(?:[^，。；：\n、等]{{2,30}}?{GROUP_SUFFIX})?(?:[0-9]+个)?"
    r"(?P<role>成员单位)(?:主要负责同志|负责同志|负责人|有关负责同志|分管负责同志|(?:主要|分管)?领导)?"
    r"(?:及[^，。；：\n]{1,40}?)?(?:，[^，。；：\n]{1,60}?)?参加(?:了)?(?:会议|会)"
)


def attending(doc: Document, group: str) -> list[Membership]:
    """The bodies each attendance list of the document names, as the group's 成员单位."""
    members: list[Membership] = []
    for m in ATTEND_RE.finditer(doc.text.text):
        evidence = doc.evidence(*doc.sentence_span(m.start(), m.end()), RULE)
        members += [Membership(group, name, "org", m["role"], evidence) for name in _bodies(m["list"])]
    return members


def _bodies(text: str) -> list[str]:
    """The bodies of a list, places among them ("梅列区、三元区、市委宣传部": a district comes as its government)."""
    items = text.split("、")
    if all(BARE_PLACE_RE.match(item) or parse_actor_list(item) for item in items):
        return items
    return parse_actor_list(text)
