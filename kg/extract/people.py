"""People, their posts, and appointments or removals.

"王平安 市发展改革委主任", "运城市人民政府市长 储祥好", "由市长储祥好担任",
"省委书记蓝佛安", and in appointment notices "任命：程严为市卫生健康委员会副主任
（试用期一年）", "免去：陈文丽市卫生健康委员会副主任职务", "决定任命张三任…、李四任…",
"任命X为…，免去其…职务".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.actors import split_top_level
from kg.lexicon import (
    AFTER_NAME_WORDS,
    APPOINTMENT_TITLE_WORDS,
    LEADER_TITLES,
    NATIONAL_TITLES,
    POST_TITLES,
    SURNAMES,
    alternation,
)
from kg.lines import LABEL_RE
from kg.model import Appointment, Document, PersonPost
from kg.resolve import looks_like_org

POST_WORDS = alternation(POST_TITLES)
POST_RE = re.compile(
    rf"^(?:党组|党委)?(?:[一二三四五六七八九]级)?(?:常务|专职|执行|第一|驻会|兼职|助理)?副?(?:{POST_WORDS})(?:（[^（）]{{1,12}}）)?$"
)
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


def _name_post(text: str) -> tuple[str, str] | None:
    """("陈杰", "市委常委、常务副市长") from a "name post" or "post name" line."""
    if " " not in text:
        return None
    left, _, right = text.rpartition(" ") if is_person_name(text.rpartition(" ")[2]) else text.partition(" ")
    if is_person_name(left):
        return left, right
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


def iter_person_posts(doc: Document) -> Iterator[PersonPost]:
    """Every (person, org, post) a document states outside appointment lists."""
    text = doc.text.text
    offset = 0
    for para in text.split("\n"):
        label = LABEL_RE.match(para)
        if label:  # "组长：张伟（市长）、李军（市政府秘书长）"
            for item in split_top_level(para[label.end() :].rstrip("。；;"), "、，,；;"):
                m = NAME_WITH_POST_RE.match(item.strip())
                if m and is_person_name(m["name"]):
                    org, post = split_org_post(m["post"]) or (None, m["post"])
                    yield PersonPost(
                        m["name"], org, post, doc.evidence(offset, offset + len(para), "name-post-brackets")
                    )
        line = person_post_line(para)
        if line:
            _, person, post_text = line
            split = split_org_post(post_text)
            if split:
                org, post = split
                yield PersonPost(person, org, post, doc.evidence(offset, offset + len(para), "name-post-line"))
        offset += len(para) + 1
    for m in POST_THEN_NAME_RE.finditer(text):
        name = m["name"]
        if not is_person_name(name):
            continue
        org, post = split_org_post(m["post"]) or (None, m["post"])
        if org is None:
            org = _org_before(text, m.start())  # "市人大常委会主任孙立"
        yield PersonPost(name, org, post, _sentence_evidence(doc, m.start(), m.end(), "post-then-name"))
    for m in NAME_THEN_TITLE_RE.finditer(text):
        if is_person_name(m["name"]):
            yield PersonPost(m["name"], None, m["post"], _sentence_evidence(doc, m.start(), m.end(), "name-then-title"))


def _org_before(text: str, at: int) -> str | None:
    """The body named right before a post: "…，市人大常委会" before "主任孙立"."""
    before = text[max(0, at - 16) : at]
    for k in range(len(before) - 1):
        candidate = before[k:]
        if candidate[0] in "省市县区" and looks_like_org(candidate) and not re.search(r"[，。、；：\s]", candidate):
            return candidate
    return None


def _sentence_evidence(doc: Document, start: int, end: int, rule: str):  # noqa: ANN202
    text = doc.text.text
    s = max(text.rfind(c, 0, start) for c in "。！？\n") + 1
    ends = [i for i in (text.find(c, end) for c in "。！？\n") if i >= 0]
    e = min(ends) + 1 if ends else len(text)
    return doc.evidence(s, min(e, len(text)), rule)


# -- appointments ------------------------------------------------------------------------


def _split_name(item: str) -> tuple[str, str] | None:
    """("陈文丽", "市卫生健康委员会副主任") from "陈文丽市卫生健康委员会副主任": where the name ends."""
    candidates = []
    for n in (2, 3, 4):
        name, rest = item[:n], item[n:]
        if is_person_name(name) and split_org_post(rest):
            candidates.append((name, rest))
    if not candidates:
        return None
    for name, rest in candidates:
        if rest[:1] in "市省县区":
            return name, rest
    three = [c for c in candidates if len(c[0]) == 3]
    return three[0] if three else candidates[0]


def iter_appointments(doc: Document) -> Iterator[Appointment]:
    """Appointments and removals, in 任命：/免去： lists and in decision prose."""
    text = doc.text.text
    if not APPOINTMENT_DOC_RE.search(doc.title) and not re.search(r"任命[：:]|免去[：:]|决定任命|决定免去", text):
        return
    mode: str | None = None
    last_person: str | None = None
    offset = 0
    for para in text.split("\n"):
        cursor = 0
        for clause in split_top_level(para, "；;。，,"):
            start = para.find(clause, cursor)
            cursor = start + len(clause)
            c = clause.strip()
            # "任命：", "决定任命张三为…", "会议决定免去李四的…职务"
            head = re.match(r"^(?:[^，。为]{0,20}?(?:决定|通过|同意|会议|大会))?(?P<verb>任命|免去)[：:]?", c)
            if head:
                mode = head["verb"]
                c = c[head.end() :]
            if APPOINTMENT_DOC_RE.search(doc.title):
                # "张三同志任市财政局局长", "李四同志不再担任…职务": a notice that never says 任命
                if not mode and re.match(r"^[\u4e00-\u9fff]{2,4}(?:同志)?任(?!命)", c):
                    mode = "任命"
                elif re.match(r"^[\u4e00-\u9fff]{2,4}(?:同志)?不再担任", c):
                    c = re.sub(r"不再担任", "", c, count=1)
                    for appointment in _parse_clause(
                        c,
                        "免去",
                        last_person,
                        doc.date,
                        doc.evidence(offset + start, offset + cursor, "appointment-免去"),
                    ):
                        last_person = appointment.person
                        yield appointment
                    continue
            if not mode or not c:
                continue
            evidence = doc.evidence(offset + start, offset + cursor, f"appointment-{mode}")
            for appointment in _parse_clause(c, mode, last_person, doc.date, evidence):
                last_person = appointment.person
                yield appointment
        offset += len(para) + 1


def _parse_clause(c: str, mode: str, last_person: str | None, date: str | None, evidence):  # noqa: ANN001, ANN202
    probation = None
    m = PROBATION_RE.search(c)
    if m:
        probation = m["term"]
        c = (c[: m.start()] + c[m.end() :]).strip()
    if mode == "任命":
        # "刘七任市水利局局长、陈八任市民政局局长": several appointments in one clause
        parts = split_top_level(c, "、")
        if len(parts) > 1 and all(re.match(r"^[\u4e00-\u9fff]{2,4}(?:同志)?(?:为|任)", p) for p in parts):
            if all(re.match(r"^[\u4e00-\u9fff]{2,4}(?:同志)?(?:为|任).*(?:长|员|任|记|理|师)$", p) for p in parts):
                for part in parts:
                    yield from _parse_clause(part, mode, last_person, date, evidence)
                return
        # "程严为市卫生健康委员会副主任", "谢亚杰、李志涛为…", "张三任…"
        m = re.match(r"^(?P<names>[\u4e00-\u9fff、]{2,30}?)(?:同志)?(?:为|任)(?P<orgpost>.+)$", c)
        if not m:
            return
        names = [n.removesuffix("同志") for n in m["names"].split("、")]
        split = split_org_post(m["orgpost"])
        if not split or not all(is_person_name(n) for n in names):
            return
        for name in names:
            yield Appointment(name, "任命", split[0], split[1], probation, date, evidence)
        return
    # 免去: "陈文丽市卫生健康委员会副主任职务", "靳创学同志…职务", "张三的…职务", "其…职务"
    c = re.sub(r"(?:的)?职务$", "", c)
    m = re.match(r"^(?P<name>[\u4e00-\u9fff]{2,4}?)(?:同志)?的(?P<orgpost>.+)$", c) or re.match(
        r"^(?P<name>[\u4e00-\u9fff]{2,4}?)同志(?P<orgpost>.+)$", c
    )
    if c.startswith("其") and last_person:
        name, orgpost = last_person, c[1:]
    elif m and is_person_name(m["name"]):
        name, orgpost = m["name"], m["orgpost"]
    else:
        found = _split_name(c)
        if not found:
            return
        name, orgpost = found
    split = split_org_post(orgpost)
    if split:
        yield Appointment(name, "免去", split[0], split[1], None, date, evidence)


def extract_people(doc: Document) -> tuple[list[PersonPost], list[Appointment]]:
    """A document's person–post statements (deduplicated) and its appointments."""
    posts: dict[tuple[str, str | None, str], PersonPost] = {}
    for pp in iter_person_posts(doc):
        posts.setdefault((pp.person, pp.org, pp.post), pp)
    return list(posts.values()), list(iter_appointments(doc))
