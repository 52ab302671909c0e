"""The people family: who a person is (a name, not a word) and the posts the text says they hold.

"王平安 市发展改革委主任", "运城市人民政府市长 储祥好", "组长：张伟（市长）",
"由市长储祥好担任", "省委书记蓝佛安", "习近平总书记". Appointments and removals
are their own family (kg.extract.appointments).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from kg.extract.actors import split_top_level
from kg.lexicon import (
    AFTER_NAME_WORDS,
    APPOINTMENT_TITLE_WORDS,
    LEADER_TITLES,
    NATIONAL_TITLES,
    POST_PREFIXES,
    POST_TITLES,
    SURNAMES,
    alternation,
)
from kg.lines import LABEL_RE
from kg.model import Document, PersonPost
from kg.names import looks_like_org, split_place
from kg.rules import At, Family, Found, Rule

POST_WORDS = alternation(POST_TITLES)
POST_RE = re.compile(
    rf"^(?:党组|党委)?(?:[一二三四五六七八九]级)?(?:{alternation(POST_PREFIXES)})?副?(?:{POST_WORDS})(?:（[^（）]{{1,12}}）)?$"
)
# "（正厅长级）", "（副处级）": a rank note after a post, not part of it
RANK_NOTE_RE = re.compile(r"[（(][正副]?(?:部|省|厅|局|司|处|县|科|乡)(?:长)?级[）)]")
PERSON_RE = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
# "张三（市长）": a name with its post in brackets
NAME_WITH_POST_RE = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,4})[（(](?P<post>[^（）()]{2,30})[）)]$")
POST_END_RE = re.compile(rf"(?:{POST_WORDS})$")
# "市长储祥好担任", "省委书记蓝佛安对…": a post, then a name, then a word that follows names
POST_THEN_NAME_RE = re.compile(
    f"(?P<post>(?:[省市县区]委)?(?:副)?(?:{alternation(LEADER_TITLES)}))(?P<name>[\u4e00-\u9fff]{{2,3}})"
    f"(?={alternation(AFTER_NAME_WORDS)})"
)
# "习近平总书记": a name, then a national leader's title
NAME_THEN_TITLE_RE = re.compile(
    r"(?:^|(?<=[，。、；：“（和与及\n]))(?P<name>[\u4e00-\u9fff]{2,3})(?:同志)?"
    f"(?P<post>{alternation(NATIONAL_TITLES)})"
)
# "南京市" in "南京市副市长": a place standing for its government
PLACE_ONLY_RE = re.compile(r"^[\u4e00-\u9fff]{1,6}(?:省|市|县|区|州|盟|旗|自治区)$")
PROBATION_RE = re.compile(r"[（(]试用期(?P<term>[^（）()]{1,6})[）)]")
APPOINTMENT_DOC_RE = re.compile(alternation(APPOINTMENT_TITLE_WORDS))


def is_person_name(text: str) -> bool:
    """2–4 Chinese characters starting with a common surname, and not a body or a post."""
    if not PERSON_RE.match(text) or looks_like_org(text) or POST_RE.match(text) or POST_END_RE.search(text):
        return False
    if text[-1] in "市县区省镇乡村州局委办厅部":  # "张家港市" is a place
        return False
    if text[-1] in "副正常代兼":  # "陈芸副" + "省长": a name does not end in a post's first word
        return False
    return text[0] in SURNAMES or text[:2] in SURNAMES


def split_org_post(text: str) -> tuple[str | None, str] | None:
    """("市发展改革委", "三级调研员") from "市发展改革委三级调研员"; (None, post) when no body is named."""
    text = text.strip()
    if POST_RE.match(text):
        return None, text
    for i in range(2, len(text) - 1):
        org, post = text[:i], text[i:]
        if POST_RE.match(post) and (looks_like_org(org) or PLACE_ONLY_RE.match(org)):
            return org, post
    if "、" in text:  # "市委常委、常务副市长": several posts, no body
        parts = text.split("、")
        if all(POST_RE.match(p) or split_org_post(p) for p in parts):
            return None, text
    return None


def split_posts(text: str) -> list[tuple[str | None, str]] | None:
    """Each post of "A副检察长、检察委员会委员、检察员" with its body: a part that names none is in the body before it.

    Rank notes are dropped ("市长（正厅长级）"). None when a part is not a post.
    """
    posts: list[tuple[str | None, str]] = []
    for part in split_top_level(RANK_NOTE_RE.sub("", text), "、"):
        split = split_org_post(part)
        if split is None or "、" in split[1]:
            return None
        org, post = split
        before = posts[-1][0] if posts else None
        if before and (org is None or not split_place(org)[0]):  # "检察委员会委员" in the body of the part before
            org, post = before, part.strip()
        posts.append((org, post))
    return posts or None


def split_name(item: str) -> tuple[str, str] | None:
    """("陈文丽", "市卫生健康委员会副主任") from "陈文丽市卫生健康委员会副主任": where the name ends."""
    lengths = (2, 3, 4) if item[:2] in SURNAMES else (2, 3)  # four characters: a two-character surname's
    candidates = [(item[:n], item[n:]) for n in lengths if is_person_name(item[:n]) and split_org_post(item[n:])]
    if item[2:3] in ("省", "市") and item[3:4] == item[2] and split_org_post(item[3:]):
        candidates.insert(0, (item[:3], item[3:]))  # "杨三省省政府研究室副主任": the first 省 is the name's
    if not candidates:
        return None
    for name, rest in candidates:
        if rest[:1] in "市省县区":
            return name, rest
    three = [c for c in candidates if len(c[0]) == 3]
    return three[0] if three else candidates[0]


def name_after_post(text: str) -> tuple[str, str] | None:
    """("陶慧孜", "市统计局总统计师") from "市统计局总统计师陶慧孜": a post, its holder's name last."""
    for n in (3, 2):
        name, post = text[-n:], text[:-n]
        if len(post) >= 2 and is_person_name(name) and POST_END_RE.search(post):
            return name, post
    return None


def _name_post(text: str) -> tuple[str, str] | None:
    """("陈杰", "市委常委、常务副市长") from a "name post" or "post name" line.

    A padding space in the wrong place ("贺昌 信省扶贫办副主任") gives way to
    the name that leaves a post naming its place ("贺昌信", "省扶贫办副主任").
    """
    if " " not in text:
        return None
    left, _, right = text.rpartition(" ") if is_person_name(text.rpartition(" ")[2]) else text.partition(" ")
    if len(left) == 3 and left[-1] in "省市" and right[:1] == left[-1] and left[0] in SURNAMES:
        return left, right  # "杨三省 省政府研究室副主任": a name may end as a place does
    if is_person_name(left):
        joined = split_name(left + right)
        return joined if joined and joined[1][:1] in "省市县区" and right[:1] not in "省市县区" else (left, right)
    if is_person_name(right):
        return right, left
    return None


def person_post_line(para: str) -> tuple[str | None, str, str] | None:
    """(label, person, post text) of "组长：陈杰 市委常委、常务副市长" / "王平安 市发展改革委主任"."""
    label = LABEL_RE.match(para)
    rest = para[label.end() :] if label else para
    found = _name_post(rest.strip())
    if not found:
        return None
    return (label["label"] if label else None), found[0], found[1]


def name_post_brackets(m: re.Match[str], at: At) -> Iterator[Found]:
    """A list line of names with their posts in brackets: "组长：张伟（市长）、李军（市政府秘书长）"."""
    posts = []
    for item in split_top_level(at.text[m.end() :].rstrip("。；;"), "、，,；;"):
        named = NAME_WITH_POST_RE.match(item.strip())
        if named and is_person_name(named["name"]):
            org, post = split_org_post(named["post"]) or (None, named["post"])
            posts.append(PersonPost(named["name"], org, post, None))
    yield at.found(m.start(), len(at.text), *posts, evidence=at.span())


def posts_held(text: str) -> list[tuple[str | None, str]]:
    """The posts a person's post text names: "市政府副秘书长、市发展改革委主任" is two, each in its body;
    "市委常委、常务副市长", whose later part names no body, is one post as written (ANNOTATION 6)."""
    parts = split_top_level(text, "、")
    if len(parts) > 1:
        each = [split_org_post(p) for p in parts]
        if all(s and s[0] for s in each):
            return [s for s in each if s]
    split = split_org_post(text)
    return [split] if split else []


def name_post_line(m: re.Match[str], at: At) -> Iterator[Found]:
    """A "name post" or "post name" line: "王平安 市发展改革委主任", "组 长：陈 杰 市委常委"."""
    line = person_post_line(at.text)
    posts = posts_held(line[2]) if line else []
    if line and posts:
        yield at.found(
            0, len(at.text), *(PersonPost(line[1], org, post, None) for org, post in posts), evidence=at.span()
        )


# a list line of a name and its post with nothing between ("黄琪玉省政府副秘书长", "组长：陈芸副省长"),
# or with the post in brackets ("周华驹（市政府副秘书长）")
RUN_ON_LINE_RE = re.compile(r"^(?:[^：:]{1,12}[：:])?(?P<item>[\u4e00-\u9fff（）()]{5,40})$")


def run_on_line(m: re.Match[str], at: At) -> Iterator[Found]:
    """A list line of a name run into its post ("黄琪玉省政府副秘书长") or with its post in brackets."""
    named = NAME_WITH_POST_RE.match(m["item"])
    found = (named["name"], named["post"]) if named and is_person_name(named["name"]) else split_name(m["item"])
    posts = posts_held(found[1]) if found else []
    if found and posts:
        yield at.found(
            0, len(at.text), *(PersonPost(found[0], org, post, None) for org, post in posts), evidence=at.span()
        )


def post_then_name(m: re.Match[str], at: At) -> Iterator[Found]:
    """A leader's post, then the name, in running text: "市长储祥好担任", "市人大常委会主任孙立"."""
    if is_person_name(m["name"]):
        org, post = split_org_post(m["post"]) or (None, m["post"])
        if org is None:
            org = _org_before(at.text, m.start())
        yield at.found(m.start(), m.end(), PersonPost(m["name"], org, post, None))


def name_then_title(m: re.Match[str], at: At) -> Iterator[Found]:
    """A name, then a national leader's title: "习近平总书记"."""
    if is_person_name(m["name"]):
        yield at.found(m.start(), m.end(), PersonPost(m["name"], None, m["post"], None))


# a line with a space in it: "name post" or "post name"
SPACED_LINE_RE = re.compile(r"^\S.* \S+$")

PEOPLE = Family(
    "people",
    (
        Rule(
            "people.name-post-brackets",
            LABEL_RE,
            name_post_brackets,
            ("组长：张伟（市长）、李军（市政府秘书长）",),
            ("组长：市政府分管副市长",),
            unit="paragraph",
            needs=("（", "("),
        ),
        Rule(
            "people.name-post-line",
            SPACED_LINE_RE,
            name_post_line,
            ("王平安 市发展改革委主任", "运城市人民政府市长 储祥好", "组长：陈杰 市委常委、常务副市长"),
            ("2023年 工作要点", "市发展改革委 市财政局"),
            unit="paragraph",
            needs=(" ",),
        ),
        Rule(
            "people.run-on-line",
            RUN_ON_LINE_RE,
            run_on_line,
            ("黄琪玉省政府副秘书长", "副组长：周华驹（市政府副秘书长）", "组长：陈芸副省长"),
            ("加强组织领导", "何伟森（市市政局）"),
            unit="paragraph",
        ),
        Rule(
            "people.post-then-name",
            POST_THEN_NAME_RE,
            post_then_name,
            ("由市长储祥好担任全市产业链总链长。", "市人大常委会主任孙立出席会议。"),
            ("由市长担任组长。",),
            needs=LEADER_TITLES,
        ),
        Rule(
            "people.name-then-title",
            NAME_THEN_TITLE_RE,
            name_then_title,
            ("会上，习近平总书记发表重要讲话。",),
            ("会上，总书记发表重要讲话。",),
            needs=NATIONAL_TITLES,
        ),
    ),
)


def _org_before(text: str, at: int) -> str | None:
    """The body named right before a post: "…，市人大常委会" before "主任孙立"."""
    before = text[max(0, at - 16) : at]
    for k in range(len(before) - 1):
        candidate = before[k:]
        if candidate[0] in "省市县区" and looks_like_org(candidate) and not re.search(r"[，。、；：\s]", candidate):
            return candidate
    return None


def extract_people(doc: Document, context: object = None) -> list[PersonPost]:
    """A document's person–post statements, the first statement of each (person, body, post) kept."""
    posts: dict[tuple[str, str | None, str], PersonPost] = {}
    for found in PEOPLE.run(doc, context):
        evidence = doc.evidence(*(found.evidence or doc.sentence_span(found.start, found.end)), found.rule.name)
        for pp in found.records:
            posts.setdefault((pp.person, pp.org, pp.post), replace(pp, evidence=evidence))
    return list(posts.values())
