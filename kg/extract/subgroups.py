"""Working groups under a body, each a section of its own: "一、抢险救灾组" over its duties and "由总参谋部牵头，
公安部、地震局参加", or "综合协调组：由市应急局牵头，…" as a paragraph.

A document that names two or more such groups as headings or labels has them
as groups of its own: the seats, duties and leads stated in a group's section
are that group's (kg.extract.context.Context.group_at).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

from kg.extract.actors import parse_actor_list
from kg.extract.members import parse_members
from kg.extract.people import person_post_line
from kg.extract.seats import Seat, group_of
from kg.extract.setup_news import GROUP_SUFFIX
from kg.headings import SECTION_MARK, heading_of
from kg.lexicon import SET_UP_VERBS, alternation
from kg.lines import LABEL_RE
from kg.rules import At, Found, Rule

RULE = "groups.working-group"
# "一、抢险救灾组", "（二）综合协调组", "3.督查小组", "宣传报道组：…": a group's name as a heading or a label;
# "（一）综合协调组。负责…": a numbered item whose first sentence is the group's name
SUBGROUP_RE = re.compile(
    rf"^(?:(?P<mark>{SECTION_MARK}|[（(]\d{{1,2}}[）)]|\d{{1,2}}[.、．])\s*)?(?P<name>[\u4e00-\u9fff、]{{2,12}}?组)"
    r"(?:[：:]|[；;。]?$|(?(mark)。|(?!)))"
)
# not a working group's name: a verb of setting up ("成立工作小组"), a leading group, a kind of group alone
NOT_SUBGROUP_RE = re.compile(rf"^(?:{alternation(SET_UP_VERBS)})|领导小组$|领导组$|^(?:工作|专项|专家|咨询)?小?组$")


def subgroup_sections(
    paragraphs: Sequence[tuple[int, str]], headings: Sequence[tuple[int, str]], length: int
) -> list[tuple[int, int, str]]:
    """(start, end, name) of each working group's section: from its heading or label to the next group's, or
    to the next heading of its level or above (a label's: the next numbered heading); none unless two or more."""
    found = []
    for start, text in paragraphs:
        m = SUBGROUP_RE.match(text)
        if m and not NOT_SUBGROUP_RE.search(m["name"]):
            heading = heading_of(text) if m["mark"] else None
            found.append((start, m["name"], heading[0] if heading else 0))
    if len({name for _, name, _ in found}) < 2:
        return []
    starts = [s for s, _ in headings]
    sections = []
    for n, (start, name, level) in enumerate(found):
        end = found[n + 1][0] if n + 1 < len(found) else length
        i = bisect.bisect_right(starts, start)
        while i < len(starts) and starts[i] < end:
            heading = heading_of(headings[i][1])
            if not level or (heading and heading[0] <= level):
                end = starts[i]
                break
            i += 1
        sections.append((start, end, name))
    return sections


# "由总参谋部牵头，公安部、地震局参加": the group's lead and its members; or "牵头单位：市民政局"
LED_WITH_RE = re.compile(
    r"由(?P<lead>[^，。；由]{2,60}?)牵头(?:[，,](?P<rest>[^，。；]{2,300}?)(?:参加|参与|组成))?"
    r"|^(?P<opens>[^，。；由：:]{2,60}?)牵头[，,](?P<joined>[^，。；]{2,300}?)(?:参加|参与)"
    r"|牵头单位[：:](?P<labelled>[^，。；：:]{2,60})(?=[。；]|$)"
)  # or a section's first line, with no 由: "市公安局牵头，市安全局等有关部门参加。"


# "省质监局、省卫生厅各一名同志参加": the bodies each send someone, the bodies are the members
EACH_SENDS_RE = re.compile(r"各(?:[0-9一二两三四五]|若干)名(?:同志|人员|干部|负责同志)?$")


SET_UP_REACH = 60  # characters before "由A牵头" where the clause setting its group up stands (a bound: one scan)
SETS_UP_RE = re.compile(rf"(?:{alternation(SET_UP_VERBS)})了?[^，。；]{{0,20}}?{GROUP_SUFFIX}")


def led_with(m: re.Match[str], at: At) -> Iterator[Found]:
    """In a working group's section, 由A牵头，B、C参加 (or 牵头单位：A): A its 牵头单位, B and C its 成员单位; so
    too in a sentence that sets a group up before it ("国务院成立调查组，由A牵头，B、C参加，…")."""
    context, start = at.context, at.start + m.start()
    before = m.start("lead") if m["lead"] else m.start()  # "X由A牵头…组成": X's set-up takes in its 由
    group = context.subgroup_at(start) or context.group_set_up_in(at.start, at.start + before)
    if group is None and SETS_UP_RE.search(at.text, max(0, m.start() - SET_UP_REACH), m.start()):
        group = group_of(at)  # "国务院成立调查组，由A牵头…": the body by its kind alone, the document's
    leads = parse_actor_list(m["lead"] or m["opens"] or m["labelled"])
    rest = m["rest"] or m["joined"]
    members = parse_actor_list(EACH_SENDS_RE.sub("", rest)) if rest else []
    if group and leads and (members or not rest):
        seats = [Seat(n, "org", "牵头单位", group) for n in leads] + [
            Seat(n, "org", "成员单位", group) for n in members
        ]
        yield at.found(m.start(), m.end(), *seats)


# "（1）捐赠接收组：市民政局、市慈善会、市红十字会。": a working group's label, then the bodies it is made of
LISTED_RE = re.compile(
    rf"^(?:(?:{SECTION_MARK}|[（(]\d{{1,2}}[）)]|\d{{1,2}}[.、．])\s*)?[\u4e00-\u9fff、]{{2,14}}?组[：:]"
    r"(?P<list>[^。；：:]{2,300})(?=[。；]|$)"
)


def listed(m: re.Match[str], at: At) -> Iterator[Found]:
    """A working group's label over a list of bodies: each its 成员单位."""
    group = at.context.subgroup_at(at.start + m.start())
    members = parse_actor_list(m["list"])
    if group and members:
        yield at.found(m.start(), m.end(), *(Seat(n, "org", "成员单位", group) for n in members))


# "二、督查组成员" over one member a line ("厉某某市人大常委会副主任", "当地市人大代表2名", "市治水办、环保局负责人各1人")
MEMBERS_UNDER_RE = re.compile(
    rf"(?m)^(?:{SECTION_MARK}|\d{{1,2}}[.、．])\s*[^，。；：\n]{{2,40}}?(?:{GROUP_SUFFIX}|组)"
    r"(?:成员|组成人员|成员名单|人员名单)[：:]?$(?P<lines>(?:\n[^\n]{2,60}){1,40})"
)
SENTENCE_MARK_RE = re.compile(r"[，。；,;]")
HOW_MANY_RE = re.compile(r"(?:各)?[0-9一二两三四五六七八九十]+(?:名|人)$")  # "2名", "各1人": how many, not who


def members_under(m: re.Match[str], at: At) -> Iterator[Found]:
    """A group's members' heading, then one member a line (a person and a post, or bodies, or a post in
    words), each a 成员 of the group the heading names; the list ends at a line that names none."""
    group = at.context.group_set_up_in(at.start + m.start(), at.start + m.start("lines"))
    offset = m.start("lines")
    for line in m["lines"].split("\n")[1:]:
        offset += 1
        text = HOW_MANY_RE.sub("", line.strip())
        if LABEL_RE.match(text) or SENTENCE_MARK_RE.search(text):
            return  # "组长：…" lines (groups.role-lines reads them), or prose: no list of members
        people = person_post_line(text)
        held = [(name, "person") for name, _ in people[1]] if people else parse_members(text, "成员")
        if not group or not held or heading_of(text):
            return
        yield at.found(offset, offset + len(line), *(Seat(n, k, "成员", group) for n, k in held))
        offset += len(line)


MEMBERS_UNDER = Rule(
    "groups.members-under",
    MEMBERS_UNDER_RE,
    members_under,
    (
        "关于开展执法检查的通知\n二、督查组成员\n王一鸣市人大常委会副主任\n李立新市人大常委会委员\n当地市人大代表2名\n三、其他事项",
    ),
    ("关于开展执法检查的通知\n二、督查组成员\n三、其他事项",),
    needs=("成员", "名单", "组成人员"),
    unit="document",
)
