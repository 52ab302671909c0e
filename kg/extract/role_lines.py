"""Seats by label: a seat's word and a colon, then who holds it ("组 长：陈 杰 市委常委、常务副市长").

A label line, and the lines under it that continue its list ("王平安 市发展改革委主任");
a seat's word as a heading of its own ("一、组长"), its holders on the lines under
it; and labels inside a paragraph, after the sentence that sets their group up
("镇政府成立防汛指挥所。所长：A；副所长：B、C；成员：D、E。").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.actors import split_top_level
from kg.extract.members import name_after_post, parse_members
from kg.extract.people import (
    POST_WORDS,
    is_person_name,
    person_post_line,
    split_name,
    split_org_post,
)
from kg.extract.runon import name_then_title, run_on_people
from kg.extract.seats import Seat
from kg.headings import DECIMAL_MARK_RE, SECTION_MARK, heading_of
from kg.lexicon import SEAT_WORDS, alternation
from kg.lines import LABEL_RE, ROLE_LABEL_RE, RUN_ON_LABEL_RE, is_date_line
from kg.names import looks_like_org
from kg.rules import At, Found

SEAT_WORD_RE = re.compile(f"(?:{alternation(SEAT_WORDS)})$")

# a label line of a seat, and the lines under it that may continue its list
_LIST_LINES = (
    rf"(?:\n(?!{SECTION_MARK})"
    r"(?:[^。；，：:\n]{2,60}(?:[（(][^（）()\n]{1,40}[）)])?|[\u4e00-\u9fff]{2,4}，[^。；，：:\n]{2,40}"
    r"|[^、。；，：:\n为任由是]{2,30}(?:、[^、。；，：:\n为任由是]{2,30}){2,}。?)(?=\n|\Z))*"
)  # the lines under a label line: each a member ("王平安 市发展改革委主任", "周建国，市公安局局长"), a note after
# it in brackets ("汤平 副省长（责任区域：甲市）"), or a long list of bodies ("县委办、政府办、…、工促局等部门。")
ROLE_LINES_RE = re.compile(rf"(?m){RUN_ON_LABEL_RE.pattern}[^\n]*{_LIST_LINES}")
# a seat's word as a heading of its own ("一、组长", "（二）副组长", "2.1.3 成员单位"), the holders on the lines under it
ROLE_HEADING_RE = re.compile(
    rf"(?m)^(?:{SECTION_MARK}|\d{{1,2}}(?:[.．]\d{{1,2}}){{1,3}}|\d{{1,2}}[.、．])?\s*"
    rf"(?:[省市县区乡镇村]级)?(?P<label>(?:第一|常务)?(?:{alternation(SEAT_WORDS)}))[：:]?$(?=\n){_LIST_LINES}"
)


def role_lines(m: re.Match[str], at: At) -> Iterator[Found]:
    """A seat's label line ("副组长：…"), then each line under it that names one more holder."""
    role = m["label"]
    in_subgroup = at.context.subgroup_at(at.start + m.start()) is not None  # "责任领导：…" in "（一）第一督导组"
    if not at.context.groups or not (SEAT_WORD_RE.search(role) or (in_subgroup and ROLE_LABEL_RE.match(role))):
        return
    group = at.context.group_at(at.start + m.start())
    offset = m.start()
    people = False  # the list names people: a line under it is a name run into a post first
    lines = m.group().split("\n")
    for n, line in enumerate(lines):
        if n and n + 1 < len(lines) and is_date_line(lines[n + 1]):
            return  # the signature, above its date: the list has ended
        if n and at.context.group_set_up_in(at.start + offset, at.start + offset + len(line)):
            return  # the next group's name on a line of its own, above its seats
        read = line[: prose.start()] if n == 0 and (prose := PROSE_ITEM_RE.search(line)) else line
        seats = _label_line(read, role, group) if n == 0 else _continued(line, role, group, people)
        people = people or (bool(seats) and all(s.member_type == "person" for s in seats))
        if n and not seats:
            return  # the list has ended
        yield at.found(offset, offset + len(read), *seats, evidence=at.span(offset, offset + len(read)))
        if read != line:
            return  # the sentences the flattened list runs into are read by other rules
        offset += len(line) + 1


# where a line's next seat starts: "组长：王一鸣（市长）；副组长：李立新（副市长）", "组长:王一鸣,副组长:李立新"
NEXT_LABEL_RE = re.compile(
    rf"[；;，,。]\s*(?=(?:第一|常务)?(?:{alternation(s for s in SEAT_WORDS if s not in ('委员', '主任'))})[：:])"
)


def _label_line(line: str, role: str, group: str) -> list[Seat]:
    """The seats a label line names: of its label, and of each label after it on the line."""
    seats: list[Seat] = []
    for n, part in enumerate(NEXT_LABEL_RE.split(line)):
        label = LABEL_RE.match(part) if n else None
        seats += _one_label(part, label["label"] if label else role, group) if n == 0 or label else []
    return seats


# "组长：学院院长，全面负责…": the seat's duty after its holder, no holder of its own
DUTY_AFTER_RE = re.compile(r"[，,；;]\s*(?:全面|具体|主要)?(?:负责|主持|协助|承担|分管|统筹)")
SENTENCE_VALUE_RE = re.compile(r"\s*(?:在|对|按照|根据|负责|全面负责)")  # a seat's duties after its label
DUTY_VALUE_RE = re.compile(
    r"\s*(?:在|对|全面|具体|主要)?(?:负责|主持|协助|承担|分管|统筹|组织|贯彻|落实|研究|指导|协调|督促)"
)


def _one_label(line: str, role: str, group: str) -> list[Seat]:
    line = ALSO_HELD_RE.sub("", line)  # "办公室主任：胡恒月（兼）": the seat held besides a post
    line = line[: duty.start()] if (duty := DUTY_AFTER_RE.search(line)) else line
    if listed := _pairs_apart(line):
        return [Seat(name, "person", role, group) for name in listed]
    people = person_post_line(line)
    if people:
        return [Seat(name, "person", role, group) for name, _ in people[1]]
    label = LABEL_RE.match(line)
    if label is None or SENTENCE_VALUE_RE.match(line, label.end()):
        return []  # "一、组长": the holders are on the lines under it; "（一）区级林长：在责任区域…": its duties
    named = [NAME_COMMA_POST_RE.fullmatch(part) for part in PEOPLE_APART_RE.split(line[label.end() :])]
    if all(n and is_person_name(n["name"]) for n in named):  # "主任：王一鸣，市长", "副组长：A，副县长；B，…"
        return [Seat(n["name"], "person", role, group) for n in named if n]
    titled = [name_then_title(part.strip()) for part in split_top_level(line[label.end() :], "、，,")]
    if titled and all(titled):  # "总召集人：王一鸣副市长": a name, then the title it is known by
        return [Seat(t[0], "person", role, group) for t in titled if t]
    run_on = run_on_people(line[label.end() :])  # "副组长：麦二玲县政府办公室副主任黄三桂县科技局局长"
    if run_on:
        return [Seat(name, "person", role, group) for name, _ in run_on]
    return [Seat(member, kind, role, group) for member, kind in parse_members(line[label.end() :], role)]


# an item of a flattened list that is a sentence, not a member: "成员：A、B、领导小组下设办公室，办公室设在…"
PROSE_ITEM_RE = re.compile(r"[、，,；;][^、，,；;]*?(?:下设|设在|设于|由[^、，,；;]{1,20}?担任)")


WORKING_GROUP_RE = re.compile(r"[^、，,；;]组$")


def _pairs_apart(line: str) -> list[str]:
    """The names of "委员：赵六 县财政局局长、钱七 县公安局局长": name-and-post pairs a "、" apart (none unless each
    part is one)."""
    label = LABEL_RE.match(line)
    parts = line[label.end() :].split("、") if label else []
    names = [_pair_name(part.strip()) for part in parts] if len(parts) > 1 else []
    return [name for name in names if name] if names and all(names) else []


def _pair_name(part: str) -> str | None:
    """The name of "赵六 县财政局局长" or, its space gone, "赵六县财政局局长"."""
    pair = person_post_line(part)
    if pair and len(pair[1]) == 1:
        return pair[1][0][0]
    run_on = split_name(part)  # its body named from its level on ("县财政局局长"), not "文旅广" + "电局党组书记"
    return run_on[0] if run_on and run_on[1][:1] in "省市县区州旗镇乡" else None


ALSO_HELD_RE = re.compile(r"[（(]兼[）)]$")
SEAT_ALONE_RE = re.compile(rf"(?:第一|常务)?(?:{alternation(SEAT_WORDS)})[：:]?$")
LIST_ENDS_RE = re.compile(r"设在|设于|^(?:撤销|成立|设立|组建)")  # "办公室设在省民政厅", "撤销省X委员会"


def _continued(line: str, role: str, group: str, people: bool) -> list[Seat]:
    if LIST_ENDS_RE.search(line) or SEAT_ALONE_RE.match(line) or DECIMAL_MARK_RE.match(line):
        return []  # "办公室设在…", the next seat's word on a line of its own ("副组长"), a plan's "2.1.2 …办公室"
    if "|" in line:  # a table's row under its seat: "茅洲河 | 王伟中 | 省委副书记、市委书记 |", the one name in it
        named = [cell.strip() for cell in line.split("|") if is_person_name(cell.strip())]
        named = [n for n in named if n[-1] not in WATER_OR_PLACE_ENDS] if len(named) > 1 else named  # "茅洲河"
        return [Seat(named[0], "person", role, group)] if len(named) == 1 else []
    if line[-1:] in "）)" and "（" not in line and "(" not in line:
        line = line[:-1]  # "滕合方县政府办公室副主任）": a bracket lost its opening half
    listed = person_post_line(line)
    if listed and listed[0] is None:  # "王平安 市发展改革委主任" under 副组长
        return [Seat(name, "person", role, group) for name, _ in listed[1]]
    run_on = split_name(line) if people or not looks_like_org(line) else None
    if run_on and (people or split_org_post(run_on[1])):
        return [Seat(run_on[0], "person", role, group)]  # "刘平省教育厅副厅长" under "成员：宋闽旺省委…", or first
    if len(line) <= 30 and split_org_post(line):
        return [Seat(line, "post", role, group)]  # "市发展改革委主任" under 副组长
    if heading_of(line):
        return []  # "三、组织机构": the list has ended
    named = NAME_COMMA_POST_RE.fullmatch(line)
    if named and is_person_name(named["name"]):
        return [Seat(named["name"], "person", role, group)]  # "周建国，市公安局局长"
    # "周华驹（市政府副秘书长）", "黄琪玉省政府副秘书长", "各乡（镇）长、办事处主任": every item a member
    members = parse_members(line, role)
    items = 1 if name_after_post(line) else len(split_top_level(line, "、，,；;"))  # "A主任、B副局长孙华山": one
    if len(members) < items or (people and WORKING_GROUP_RE.search(line)):
        return []  # not every item a member, or a group's name under a list of people ("技术组"): the list has ended
    return [Seat(member, kind, role, group) for member, kind in members]


WATER_OR_PLACE_ENDS = "河湖江溪渠库湾港海塘山岭村镇乡区县市"  # a chief's river or area, in the cell before the name
NAME_COMMA_POST_RE = re.compile(rf"(?P<name>[\u4e00-\u9fff]{{2,4}})[，,](?P<post>[^，,。；]{{0,40}}?(?:{POST_WORDS}))$")
PEOPLE_APART_RE = re.compile(r"[；;]")  # "A，副县长；B，县政府办主任": one person and post each


# a seat's label inside a paragraph, after a sentence's or clause's end, up to the sentence's end; or in
# brackets at the end of a working group's item ("（一）综合协调组。负责…。（组长：A，成员：B、C）")
SEATS_INLINE_RE = re.compile(
    rf"(?<=[。；;，,（(])\s*(?P<label>(?:第一|常务)?(?:{alternation(SEAT_WORDS)}))[：:][^。\n]*"
)


def seats_inline(m: re.Match[str], at: At) -> Iterator[Found]:
    """Seats labelled inside a paragraph, in the group a sentence before them in it sets up
    ("…成立防汛指挥所。所长：A；副所长：B、C；成员：D、E。"); in brackets, in the working group whose item
    they close."""
    seats_text = m.group().strip()
    if _in_brackets(m.string, m.start()):
        group = at.context.subgroup_at(at.start + m.start())
        seats_text = seats_text.removesuffix("）").removesuffix(")")
    else:
        group = at.context.group_set_up_in(at.start, at.start + m.start())
    if group is None:
        return
    seats = _label_line(seats_text, m["label"], group)
    if seats:
        yield at.found(m.start("label"), m.end(), *seats, evidence=at.span(m.start("label"), m.end()))


BRACKET_BACK = 200  # how far back a bracket around seats is looked for (a bound: a paragraph of labels stays linear)


def _in_brackets(text: str, offset: int) -> bool:
    """Whether a bracket opens shortly before offset and is not closed before it."""
    back = max(0, offset - BRACKET_BACK)
    opened = max(text.rfind("（", back, offset), text.rfind("(", back, offset))
    return opened >= 0 and max(text.rfind("）", opened, offset), text.rfind(")", opened, offset)) < 0
