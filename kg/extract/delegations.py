"""A team and its people as a news report names them: a delegation's leaders ("A、B率X考察团赴Y", "副省长A带领由…
组成的省政府工作组", "X考察团由A带队"), a team's people with no seat ("县工作专班A、B等同志"), people who all
take one seat ("A、B等出任X学术委员会委员").

A visit, an inspection or a relief mission is told by who leads the team
that goes: the team is a group of the guideline's kind, and each leader sits
in it with the text's own verb as the role (率, 率领, 带领, 带队).
"""

from __future__ import annotations

import re

from kg.extract.people import POST_END_RE, is_person_name, name_after_post, split_name
from kg.extract.setup_news import GROUP_SUFFIX
from kg.lexicon import SEAT_WORDS, alternation
from kg.model import Document, Membership
from kg.rules import matches_near

RULE = "groups.delegation"
NAMED_RULE = "groups.team-named"
SEATED_RULE = "groups.seated-all"
# the kinds of team a report sends somewhere ("考察团", "调研组", "工作组")
TEAM_KINDS = (
    "考察团 考察组 代表团 调研组 调研团 工作组 访问团 慰问团 督导组 检查组 观摩团 学习考察团 交流团 招商团".split()
)
LED_RE = re.compile(
    r"(?:^|(?<=[，。；：\n]))(?P<people>[^。；：\n]{2,160}?)(?P<role>率领|带领|率)"
    r"(?:由[^，。；：\n]{2,200}?组成的)?"
    rf"(?P<team>[^，。；：、（）()“”\n]{{0,30}}?(?:{alternation(TEAM_KINDS)}))"
    r"(?:一行)?(?:[0-9一二三四五六七八九十]+人)?[^，。；：、\n]{0,4}?"  # "…工作组乘机前往", "…考察团一行5人连夜赶赴"
    r"(?:赶赴|奔赴|赴|到|前往|来|莅临|抵达|在|深入|走访)"
)
# "X考察团由A、B带队", "由A带队的X考察团": the team's leaders, role 带队
_TEAM = rf"[^，。；：、（）()\n]{{0,30}}?(?:{alternation(TEAM_KINDS)})"
LED_BY_RE = re.compile(
    rf"(?P<team>{_TEAM})(?:一行)?(?:[0-9一二三四五六七八九十]+人)?由(?P<people>[^。；：\n]{{2,80}}?)(?P<role>带队)"
    rf"|(?:^|(?<=[，。；：\n]))(?P<people_first>[^。；：\n]{{2,80}}?)(?P<role_first>带队)的(?P<team_after>{_TEAM})"
)
# "县工作专班A、B、C等同志到会指导": a team named, then its people, no seat named (成员)
NAMED_TEAM_RE = re.compile(
    rf"(?P<team>[^，。；：、（）()\n]{{2,30}}?(?:{GROUP_SUFFIX}|{alternation(TEAM_KINDS)}))"
    r"(?P<names>[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4})+)等(?:[0-9一二三四五六七八九十]+(?:位|名))?同志"
)
# "A、B、C等出任X学术委员会委员": people named, then the seat they all take in a group
SEATED_ALL_RE = re.compile(
    r"(?:^|(?<=[。；：\n]))(?P<people>[^。；：\n]{2,400}?)等(?:[0-9一二三四五六七八九十]+(?:人|位|名))?(?:同志)?"
    rf"(?:出任|担任|当选为)(?P<team>[^，。；：、（）()\n]{{2,40}}?{GROUP_SUFFIX})(?P<role>{alternation(SEAT_WORDS)})(?=[，。；\n]|$)"
)
# the word each pattern cannot match without, and the characters none of its matches holds (kg.rules.matches_near)
LED_NEAR = (re.compile(alternation(TEAM_KINDS)), "。；：\n")
NAMED_NEAR = (re.compile(r"等(?:[0-9一二三四五六七八九十]+(?:位|名))?同志"), "，。；：（）()\n")
LED_BY_NEAR = (re.compile("带队"), "。；：\n")
SEATED_NEAR = (re.compile(r"等(?:[0-9一二三四五六七八九十]+(?:人|位|名))?(?:同志)?(?:出任|担任|当选为)"), "。；：\n")
ITEM_LEAD_RE = re.compile(r"^(?:以及|和|及|与|由)")  # "…、A以及B率…": the list's last joiner; "由A带队的…"
# "A于18日下午，带领…": when, after the name
WHEN_RE = re.compile(r"(?:于|在)?(?:[0-9一二三四五六七八九十]{1,2}月)?[0-9一二三四五六七八九十]{1,3}日[^、，,]*$")


def delegations(doc: Document) -> list[Membership]:
    """The people of each team a report names: leaders before the verb, people after the team or before their
    seat."""
    text = doc.text.text

    def seated(m: re.Match[str], rule: str, names: list[str], role: str, team: str = "") -> list[Membership]:
        evidence = doc.evidence(*doc.sentence_span(m.start(), m.end()), rule)
        return [Membership(team or m["team"], name, "person", role, evidence) for name in names]

    members: list[Membership] = []
    for m in matches_near(LED_RE, text, *LED_NEAR):
        members += seated(m, RULE, _names_listed(m["people"]), m["role"])
    for m in matches_near(LED_BY_RE, text, *LED_BY_NEAR):
        team, people = (m["team"], m["people"]) if m["team"] else (m["team_after"], m["people_first"])
        members += seated(m, RULE, _names_listed(people), "带队", team)
    for m in matches_near(SEATED_ALL_RE, text, *SEATED_NEAR):
        members += seated(m, SEATED_RULE, _names_listed(m["people"], whole=True), m["role"])
    for m in matches_near(NAMED_TEAM_RE, text, *NAMED_NEAR):
        names = m["names"].split("、")
        members += seated(m, NAMED_RULE, names, "成员") if all(is_person_name(name) for name in names) else []
    return members


def _names_listed(text: str, whole: bool = False) -> list[str]:
    """The names of a list of people with their posts ("省委常委、副省长A，市长B"), read back from the verb:
    the list ends where an item names no one (a date, a place, the sentence before), unless the text is
    the ``whole`` sentence up to the verb (an item that names no one is then passed over)."""
    items = [ITEM_LEAD_RE.sub("", WHEN_RE.sub("", item.strip())) for item in re.split(r"[、，,]", text)]
    while items and not items[-1]:
        items.pop()  # "A于18日下午，带领…"
    names: list[str] = []
    for item in reversed(items):
        name = _name_of(item) or (_last_name(item) if whole else None)
        if name is not None:
            names.insert(0, name)
        elif not (whole or (names and POST_END_RE.search(item))):
            break  # a post of the name after it ("区委常委、统战部长A") goes on; anything else ends the list
    return names


def _name_of(item: str) -> str | None:
    """The person an item of the list names: a name alone, after its post, or before it ("张三秘书长")."""
    if is_person_name(item):
        return item
    found = name_after_post(item) or split_name(item)
    return found[0] if found else None


def _last_name(item: str) -> str | None:
    """A name at an item's end after a title that is no post ("某科学院院士A", "某大学教授B")."""
    return next((item[-n:] for n in (3, 2) if len(item) > n and is_person_name(item[-n:])), None)
