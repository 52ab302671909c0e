"""People run together on one line with nothing between them, as a web page or a PDF flattens a list:
"麦燕玲县政府办公室副主任黄荣桂县工业和信息化局局长": where one person's post ends and the next name begins."""

from __future__ import annotations

import re

from kg.extract.people import POST_WORDS, is_person_name, name_shaped, named_before_post, split_name, split_org_post
from kg.lexicon import LEADER_TITLES, SURNAMES, alternation
from kg.names import split_place

# where a post may end: its last word, and a note in brackets after it ("主任（兼）")
POST_ENDS_RE = re.compile(rf"(?:{POST_WORDS})(?:[（(][^（）()]{{1,4}}[）)])?")
LONGEST = 80  # characters of one person's name and post: a longer part is no such list's
NOTE_RE = re.compile(r"[（(][^（）()]{1,4}[）)]$")  # "（兼）"


def name_and_posts(part: str) -> tuple[str, str] | None:
    """(name, post text) of one person's part: "梁一金县科技局局长", or several posts "、" apart
    ("黄二桂县工业和信息化局局长、县工业集中区管委会主任（兼）")."""
    if len(part) > LONGEST:
        return None
    first, *others = NOTE_RE.sub("", part).split("、")
    named = split_name(first)
    if named is None or not all(split_org_post(NOTE_RE.sub("", other)) for other in others):
        return None
    return named[0], part[len(named[0]) :]


def run_on_people(text: str) -> list[tuple[str, str]] | None:
    """[(name, post text)…] of "谭一辉副县长麦二玲县政府办公室副主任…": two people or more, each a name then
    the post, nothing between them; None unless the text opens so.

    A part starts where a post ends and a name begins. A place that looks so but is not followed by a name and
    a post ("局长张家港市…") is no start: its part runs on into the one before. The list ends at the first
    part that is no person's (the sentence a flattened page runs on into).
    """
    if text[:1] not in SURNAMES or not (is_person_name(text[:2]) or is_person_name(text[:3])):
        return None  # most paragraphs: no name opens them
    starts = [0]
    for m in POST_ENDS_RE.finditer(text):
        at = m.end()
        if starts[-1] < at < len(text) and (is_person_name(text[at : at + 2]) or is_person_name(text[at : at + 3])):
            starts.append(at)
    if len(starts) < 2:
        return None
    people: list[tuple[str, str]] = []
    begun = 0  # where the last person's part starts
    for start, end in zip(starts, [*starts[1:], len(text)]):
        one = name_and_posts(text[start:end])
        longer = name_and_posts(text[begun:end]) if one is None and people else None
        if longer:
            people[-1] = longer  # the post before goes on
            continue
        if one is None:
            break
        people.append(one)
        begun = start
    return people if len(people) > 1 else None


# "市南区委书记：王一市南区代区长：刘二": posts as labels, each over its holder's name, run into one line
POST_LABELS_RE = re.compile(r"^[^：:，。；、\s]{3,20}[：:][^，。；、\s]{2,60}$")
MOST_LABELS = 6


def post_labels(line: str) -> list[tuple[str, str, str]] | None:
    """[(name, body, post)…] of a line of posts as labels, each over its holder ("市南区委书记：王一"), the next
    label run into the name before it; None unless every label is a body's post and every value a name."""
    parts = re.split("[：:]", line)
    if len(parts) - 1 > MOST_LABELS:
        return None
    labels, names, placed = [parts[0]], [], set()
    for middle in parts[1:-1]:
        named = _name_then_label(middle, split_place(labels[-1])[0])  # "王一市南区代区长": the name, the next label
        if named is None:
            return None
        names.append(named[0])
        labels.append(named[1])
        if named[1].startswith(split_place(labels[-2])[0]):
            placed.add(named[0])  # where the next label begins says where the name ends ("谢兆村平度市市长")
    names.append(parts[-1])
    held = [(name, split_org_post(label)) for name, label in zip(names, labels)]
    if not all((is_person_name(name) or name in placed) and split and split[0] for name, split in held):
        return None
    return [(name, split[0], split[1]) for name, split in held if split and split[0]]


def _name_then_label(text: str, place: str) -> tuple[str, str] | None:
    """ "张新竹胶州市代市长" after "胶州市委书记：": the next label opens with the same place, so the name is 张新竹."""
    for n in (3, 2):
        name, label = text[:n], text[n:]
        if len(place) > 1 and label.startswith(place) and name[:1] in SURNAMES and split_org_post(label):
            return name, label
    return split_name(text)


# a directory of leaders ("领导名录"): a post as label over its holder, and the other holders of the same post on
# the lines under it ("副书记：吴一俊（满族）" / "巴图（蒙古族）" / "武志强")
DIRECTORY_RE = re.compile(
    r"(?m)^(?P<label>[^\n：:，。；、]{2,14})[：:](?P<names>[^\n：:，。；]{2,12}$(?:\n[^\n：:，。；]{2,12}$)*)"
)
NAME_NOTE_RE = re.compile(r"[（(][^（）()]{1,6}[）)]$")  # "（满族）", "（女）": a note after a name
DIRECTORY_LONGEST = 40  # names under one label


def directory_holders(label: str, names: str, before: str = "") -> list[tuple[str, str | None, str]]:
    """[(name, body, post)…] of a directory's label and the lines under it, while each line is a name (with its
    note); none unless the label is a post. A deputy's post is in the body of the post above it ("区委书记："
    then "副书记："), ``before`` being the text above the label."""
    split = split_org_post(label)
    if split is None or not POST_ENDS_RE.fullmatch(split[1].removeprefix("副").removeprefix("常务")) and not split[0]:
        return []
    lines = before[-DIRECTORY_LONGEST * 14 :].split("\n")
    previous = next((line for line in reversed(lines) if "：" in line or ":" in line), None)
    above = split_org_post(re.split("[：:]", previous)[0].strip()) if previous else None
    if split[0] is None and above and above[0] and split[1] == "副" + above[1]:
        split = above[0], split[1]
    held = []
    for line in names.split("\n")[:DIRECTORY_LONGEST]:
        name = NAME_NOTE_RE.sub("", line.strip())
        if MASKED_RE.match(name):
            continue  # "***（蒙古族）": a name the page hides
        noted = name != line.strip() and len(name) >= 2 and CJK_NAME_RE.match(name) is not None  # "列夫（蒙古族）"
        if not (is_person_name(name) or (held and (name_shaped(name) or noted))):
            break
        held.append((name, split[0], split[1]))
    return held


MASKED_RE = re.compile(r"^[*＊×]{2,}$")
CJK_NAME_RE = re.compile(r"^[\u4e00-\u9fff]{2,4}$")


# a leader's title alone, with no body: "副市长", "常务副县长", "秘书长"
BARE_TITLE_RE = re.compile(rf"^(?:常务|第一|执行)?副?(?:{alternation(LEADER_TITLES)})$")


def name_then_title(item: str) -> tuple[str, str] | None:
    """("王广正", "副市长") of "王广正副市长": a name, then the title it is known by, with no body."""
    for n in (2, 3, 4) if item[:2] in SURNAMES else (2, 3):
        if BARE_TITLE_RE.match(item[n:]) and named_before_post(item[:n]):
            return item[:n], item[n:]
    return None
