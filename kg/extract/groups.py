"""Leading groups, work teams, joint meetings, project departments, and who sits in them.

Members come from role lines ("组 长：陈 杰 市委常委、常务副市长", "成员单位：市委组织部、
市委宣传部…", "副组长：市政府协管副秘书长，市委组织部、市委宣传部主持日常工作的副部长")
and from prose ("办公室设在市能源局，办公室主任由王平安同志兼任", "由市长储祥好担任全市
产业链总链长", "成立由市政府主要领导担任组长的X", "市工信局作为总链长牵头单位").
"""

from __future__ import annotations

import re

from kg.extract.actors import TRAILER_RE, split_top_level
from kg.extract.context import SET_UP_RE, DocContext
from kg.extract.context import set_up as set_up_name
from kg.extract.people import NAME_WITH_POST_RE, POST_THEN_NAME_RE, is_person_name, person_post_line, split_org_post
from kg.lexicon import POST_DESCRIPTION_WORDS, POST_SEATS, SEAT_WORDS, alternation
from kg.lines import LABEL_RE
from kg.model import Document, Evidence, Group, Membership, PersonPost
from kg.resolve import looks_like_org

ROLE_WORDS = SEAT_WORDS
ROLE_WORD_RE = re.compile(f"(?:{alternation(SEAT_WORDS)})$")
# "市委组织部主持日常工作的副部长", "市发展改革委主要负责人": a post described in words
POST_DESCRIPTION_RE = re.compile(alternation(POST_DESCRIPTION_WORDS))
# what follows a body's name to make it a post: "分管负责人", "主要负责人"
MEMBER_SUFFIX_RE = re.compile(r"^(?:等(?:部门|单位))?(?P<suffix>.+)$")
OFFICE_AT_RE = re.compile(r"办公室设在(?P<org>[^，。；]+?)(?=[，。；]|$)")
OFFICE_HEAD_RE = re.compile(r"(?P<role>(?:办公室)?(?:副)?主任)由(?P<who>[^，。；]+?)(?:同志)?(?:兼任|担任)")
# "指挥长由市长担任", "召集人由市政府分管副市长担任"
SEAT_BY_RE = re.compile(
    r"(?P<seat>(?:总|副)?(?:组长|指挥长|召集人|链长|主任委员))由(?P<who>[^，。；]+?)(?:同志)?(?:兼任|担任)"
)
# "成员由市发展改革委、市财政局等单位分管领导组成"
COMPOSED_RE = re.compile(r"成员(?:单位)?由(?P<list>[^。；]+?)组成")
# "由市长储祥好担任全市产业链总链长", "市政府分管领导担任各重点产业链链长", "由分管…的副市长任组长"
TAKES_ROLE_RE = re.compile(
    r"(?:由)?(?P<who>[^，。；由]{2,40}?)(?:担任|任)(?P<seat>[^，。；]{0,20}?(?:"
    + alternation(SEAT_WORDS)
    + "))(?=[，。；的]|$)"
)
AS_ROLE_RE = re.compile(r"(?P<who>[^，。；]{2,30}?)作为(?P<seat>[^，。；]{2,20}?(?:单位|部门))(?=[，。；])")
DUTIES_HEADING_RE = re.compile(r"^[一二三四五六七八九十]+、\s*(?:主要|工作)?职责")


def _member(item: str, role: str) -> tuple[str, str] | None:
    """(member, member type) of one item of a role list."""
    item = item.strip().removesuffix("同志")
    if not item:
        return None
    if is_person_name(item):
        return item, "person"
    named = NAME_WITH_POST_RE.match(item)  # "张三（市长）"
    if named and is_person_name(named["name"]):
        return named["name"], "person"
    if role in ("成员", "成员单位") and looks_like_org(item):
        return item, "org"
    if looks_like_org(item) and not POST_DESCRIPTION_RE.search(item[-6:]):
        return item, "org"
    if POST_DESCRIPTION_RE.search(item) or split_org_post(item):
        return item, "post"
    return None


def _org_and_suffix(item: str) -> tuple[str, str] | None:
    """("市委宣传部", "主持日常工作的副部长") from "市委宣传部主持日常工作的副部长"."""
    item = item.strip()
    for i in range(len(item) - 1, 1, -1):
        org, rest = item[:i], item[i:]
        if looks_like_org(org) and not looks_like_org(rest):
            m = MEMBER_SUFFIX_RE.match(rest)
            suffix = m["suffix"] if m else rest
            if POST_DESCRIPTION_RE.search(suffix):
                return TRAILER_RE.sub("", org), suffix
    return None


def parse_members(body: str, role: str) -> list[tuple[str, str]]:
    """The members a role line names, with their types.

    Comma groups share a suffix: "市委组织部、市委宣传部主持日常工作的副部长" is two
    posts; for 成员 the bodies themselves are the members ("…等部门分管负责人").
    """
    members: list[tuple[str, str]] = []
    body = body.strip().rstrip("。；;，,")
    for group in split_top_level(body, "，,；;"):
        items = [i.strip() for i in split_top_level(group, "、") if i.strip()]
        if not items:
            continue
        split = _org_and_suffix(items[-1]) if not is_person_name(items[-1]) else None
        if split and all(looks_like_org(TRAILER_RE.sub("", i)) for i in items[:-1]):
            orgs = [TRAILER_RE.sub("", i) for i in items[:-1]] + [split[0]]
            for org in orgs:
                if role in ("成员", "成员单位"):
                    members.append((org, "org"))
                else:
                    members.append((org + split[1], "post"))
            continue
        for item in items:
            found = _member(TRAILER_RE.sub("", item) if not is_person_name(item) else item, role)
            if found:
                members.append(found)
    return members


class _GroupFinder:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text.text
        self.context = DocContext(doc)
        self.memberships: list[Membership] = []
        self.used_groups: set[str] = set()
        self.duties: dict[str, str] = {}

    def add(self, group: str, member: str, member_type: str, role: str, evidence: Evidence) -> None:
        member = member.strip()
        key = (group, member, role)
        if any((m.group, m.member, m.role) == key for m in self.memberships):
            return
        self.used_groups.add(group)
        self.memberships.append(Membership(group, member, member_type, role, evidence))

    def run(self) -> None:
        if not self.context.groups:
            return
        group = self.context.groups[0]
        offset = 0
        last_role: str | None = None
        duties_from: int | None = None
        paras = self.text.split("\n")
        for para in paras:
            evidence = self.doc.evidence(offset, offset + len(para), "role-line")
            label = LABEL_RE.match(para)
            pp = person_post_line(para)
            if DUTIES_HEADING_RE.match(para):
                duties_from = offset + len(para) + 1
            elif duties_from is not None and re.match(r"^[一二三四五六七八九十]+、", para):
                self.duties.setdefault(group, self.text[duties_from:offset].strip())
                duties_from = None
            if label and ROLE_WORD_RE.search(label["label"]):
                last_role = label["label"]
                if pp:
                    self.add(group, pp[1], "person", last_role, evidence)
                else:
                    for member, kind in parse_members(para[label.end() :], last_role):
                        self.add(group, member, kind, last_role, evidence)
            elif last_role and pp and pp[0] is None:
                self.add(group, pp[1], "person", last_role, evidence)  # "王平安 市发展改革委主任" under 副组长
            elif last_role and len(para) <= 30 and not re.search(r"[。；，]", para) and split_org_post(para):
                self.add(group, para, "post", last_role, evidence)  # "市发展改革委主任" under 副组长
            else:
                last_role = None
                self.prose(para, offset, group)
            offset += len(para) + 1

    def prose(self, para: str, base: int, default_group: str) -> None:
        for sentence_start, sentence in _sentences(para):
            start = base + sentence_start
            evidence = self.doc.evidence(start, start + len(sentence), "group-prose")
            set_up = list(SET_UP_RE.finditer(sentence))
            group = set_up_name(set_up[-1])[0] if set_up else default_group
            if group not in self.context.groups and set_up:
                group = default_group
            if "办公室" in sentence:
                for m in OFFICE_AT_RE.finditer(sentence):
                    if looks_like_org(m["org"]):
                        self.add(group, m["org"], "org", "办公室设在", evidence)
                for m in OFFICE_HEAD_RE.finditer(sentence):
                    role = m["role"] if m["role"].startswith("办公室") else "办公室" + m["role"]
                    found = _who(m["who"])
                    if found:
                        self.add(group, found[0], found[1], role, evidence)
            for m in SEAT_BY_RE.finditer(sentence):
                found = _who(m["who"])
                if found:
                    self.add(group, found[0], found[1], m["seat"], evidence)
            for m in COMPOSED_RE.finditer(sentence):
                for member, kind in parse_members(m["list"], "成员"):
                    self.add(group, member, kind, "成员", evidence)
            for m in TAKES_ROLE_RE.finditer(sentence):
                seat = ROLE_WORD_RE.search(m["seat"])
                who = re.sub(r"^(?:成立|建立|设立|决定|并)", "", m["who"])
                found = _who(who)
                if seat and found and "办公室" not in m["seat"] and not m["seat"].endswith("副主任"):
                    self.add(group, found[0], found[1], seat.group(), evidence)
            for m in AS_ROLE_RE.finditer(sentence):
                if looks_like_org(m["who"]):
                    self.add(group, m["who"], "org", re.sub(r"^全市", "", m["seat"]), evidence)


def _who(text: str) -> tuple[str, str] | None:
    """A person ("王平安", "市长储祥好"), or else a post in words ("市政府主要领导")."""
    text = text.strip().removeprefix("由").removesuffix("同志")
    if is_person_name(text):
        return text, "person"
    m = POST_THEN_NAME_RE.search(text + "，")
    if m and m.end("name") == len(text) and is_person_name(m["name"]):
        return m["name"], "person"
    if POST_DESCRIPTION_RE.search(text) and not looks_like_org(text):
        return text, "post"
    if looks_like_org(text):
        return text, "org"
    return None


def _sentences(para: str) -> list[tuple[int, str]]:
    out = []
    start = 0
    for i, char in enumerate(para):
        if char in "。！？":
            out.append((start, para[start : i + 1]))
            start = i + 1
    if para[start:].strip():
        out.append((start, para[start:]))
    return out


def seat_posts(memberships: list[Membership]) -> list[PersonPost]:
    """ "项目法人代表：段拥军" also says 段拥军 holds that post in the body."""
    return [
        PersonPost(m.member, m.group, m.role, m.evidence)
        for m in memberships
        if m.member_type == "person" and m.role in POST_SEATS
    ]


def extract_groups(doc: Document) -> tuple[list[Group], list[Membership]]:
    """The groups a document sets up (those it names members or a short name for) and their seats."""
    finder = _GroupFinder(doc)
    finder.run()
    groups = []
    for name in finder.context.groups:
        aliases = tuple(sorted(s for s, full in finder.context.short.items() if full == name))
        if name not in finder.used_groups and not aliases:
            continue
        s = doc.text.text.find(name)
        evidence = doc.evidence(max(s, 0), max(s, 0) + len(name), "group-set-up")
        groups.append(Group(name, aliases, finder.duties.get(name), evidence))
    return groups, finder.memberships
