"""The members a group's list names: people, bodies, or posts described in words.

"组长：陈杰", "成员单位：市委组织部、市委宣传部…", "副组长：市政府协管副秘书长，
市委组织部、市委宣传部主持日常工作的副部长" (a suffix shared by a list),
"由市长储祥好担任" (a post, then the person who holds it).
"""

from __future__ import annotations

import re

from kg.extract.actors import BARE_PLACE_RE, TRAILER_RE, split_top_level
from kg.extract.people import (
    LEVELS,
    POST_END_RE,
    POST_RE,
    POST_THEN_NAME_RE,
    bracket_holder,
    is_person_name,
    name_after_post,
    name_shaped,
    named_before_post,
    org_name_post,
    split_name,
    split_org_post,
)
from kg.lexicon import CONJUNCTIONS, POST_DESCRIPTION_WORDS, SECTORS, alternation
from kg.names import looks_like_org, split_place

# "市委组织部主持日常工作的副部长", "市发展改革委主要负责人": a post described in words
POST_DESCRIPTION_RE = re.compile(alternation(POST_DESCRIPTION_WORDS))
POST_WORDS_ONLY_RE = re.compile(f"(?:{alternation(POST_DESCRIPTION_WORDS)})+")  # "分管负责人"
# what follows a body's name to make it a post: "分管负责人", "主要负责人"
# (after "等部门", or "20个相关职能部门的": how many bodies the list names)
BODY_COUNT = r"等?(?:共计|共)?(?:[0-9]+|[一二三四五六七八九十]+)(?:个|家)?(?:相关|有关)?(?:职能)?(?:部门和单位|部门单位|部门|单位)的?"
MEMBER_SUFFIX_RE = re.compile(rf"^(?:{BODY_COUNT}|等(?:部门和单位|部门单位|部门|单位))?(?P<suffix>.+)$")
MEMBER_KINDS = ("成员", "成员单位", "成员部门", "组成单位")
# "…等部门和单位": the end of a list of member bodies
MEMBERS_TRAILER_RE = re.compile(
    r"等(?:\d+个)?(?:部门和单位|部门|单位)$"
)  # seats whose members are the bodies themselves


# "孙三等三位副市长", "王立等5名同志": how many the list names, and the post they share
COUNTED_TRAILER_RE = re.compile(
    r"等(?:[0-9]+|[一二三四五六七八九十两]+)(?:位|名|人)[\u4e00-\u9fff]{0,10}$|(?:[0-9]+|[一二三四五六七八九十两]+)(?:位|名)同志$"
)  # or "A和B两位同志"


def _member(item: str, role: str) -> tuple[str, str] | None:
    """(member, member type) of one item of a role list."""
    item = COUNTED_TRAILER_RE.sub("", item.strip()).removesuffix("同志")
    if not item:
        return None
    if is_person_name(item) or named_before_post(item):  # a whole item may end in 正: "组长：詹元正"
        return item, "person"
    named = bracket_holder(item)  # "张三（市长）", "何伟森（市市政局）"
    if named:
        return named[0], "person"
    run_on = split_name(item) or name_after_post(item)  # "陈芸副省长", "黄琪玉省政府副秘书长", "市长王一鸣"
    if run_on:
        return run_on[0], "person"
    if role in MEMBER_KINDS and looks_like_org(item):
        return item, "org"
    if looks_like_org(item) and not POST_DESCRIPTION_RE.search(item[-6:]):
        return item, "org"
    if POST_DESCRIPTION_RE.search(item) or split_org_post(item):
        return item, "post"
    return None


ORG_LONGEST = 60  # characters: no body's name is longer, so no split point beyond it is tried


def org_and_suffix(item: str) -> tuple[str, str] | None:
    """("市委宣传部", "主持日常工作的副部长") from "市委宣传部主持日常工作的副部长"."""
    item = item.strip()
    depth = [0]  # brackets open before each place: one pass, not a count per place
    for char in item:
        depth.append(depth[-1] + (char in "（(") - (char in "）)"))
    for i in range(min(len(item) - 1, ORG_LONGEST), 1, -1):
        org, rest = item[:i], item[i:]
        if depth[i]:
            continue  # a body's name does not end inside brackets
        if looks_like_org(org) and not looks_like_org(rest):
            m = MEMBER_SUFFIX_RE.match(rest)
            suffix = m["suffix"] if m else rest
            if POST_DESCRIPTION_RE.search(suffix):
                return TRAILER_RE.sub("", org), suffix
    return None


# "（按姓氏笔画排序）", "（排名不分先后）": how a list is ordered, not a member
ORDER_NOTE_RE = re.compile(r"[（(](?:按|以)?(?:姓氏笔画|姓氏拼音|笔画)[^（）()]{0,6}[）)]|[（(]排名不分先后[）)]")


CLOSED_THEN_RE = re.compile(r"(?P<trailer>等(?:\d+个)?(?:部门|单位))(?:及|和|以及)(?=[^，,；;、]{2,})")


def parse_members(body: str, role: str) -> list[tuple[str, str]]:
    """The members a role line names, with their types.

    Comma groups share a suffix: "市委组织部、市委宣传部主持日常工作的副部长" is two
    posts; for 成员 the bodies themselves are the members ("…等部门分管负责人").
    """
    members: list[tuple[str, str]] = []
    body = ORDER_NOTE_RE.sub("", body).strip().rstrip("。；;，,").replace("部门、单位", "部门单位")
    if (closed := CLOSED_THEN_RE.search(body)) and closed.start() > 0:  # "A、B等部门及各乡镇主要领导": two lists
        return parse_members(body[: closed.end("trailer")], role) + parse_members(body[closed.end() :], role)
    for group in split_top_level(body, "，,；;"):
        # "市委副书记、市长王一鸣", "王荣江苏省委常委、市委书记": one person, before or after all the posts they hold
        held = name_after_post(group) or split_name(group)
        if held and "、" in held[1] and all(split_org_post(p) for p in split_top_level(held[1], "、")):
            members.append((held[0], "person"))
            continue
        items = split_items(group)
        if not items:
            continue
        last = _member(items[-1], role)
        split = None if last and last[1] == "person" else org_and_suffix(items[-1])
        if split and all(_body(TRAILER_RE.sub("", i)) for i in items[:-1]):
            orgs = [TRAILER_RE.sub("", i) for i in items[:-1]] + [split[0]]
            for org in orgs:
                if role in MEMBER_KINDS:
                    members.append((org, "org"))
                else:
                    members.append((org + split[1], "post"))
            continue
        named = any(is_person_name(item) for item in items)
        bodies = any(looks_like_org(item) for item in items)
        for item in items:
            found = _member(TRAILER_RE.sub("", item) if not is_person_name(item) else item, role)
            if found is None and named and name_shaped(item):
                found = item, "person"  # "称丹波、史久磊": a rarer surname among names
            if found is None and bodies and (BARE_PLACE_RE.match(item) or split_place(item)[1] in SECTORS):
                found = item, "org"  # "…、北山林场、加定镇、巴扎乡": a place among bodies, as its government; "人行"
            if found:
                members.append(found)
    return members


def _body(item: str) -> bool:
    """A body's name, or a sector that names its department ("民政、公安等部门主要负责同志")."""
    return looks_like_org(item) or item in SECTORS


def split_items(text: str) -> list[str]:
    """The items of a list: "、" apart, and a last "A和B" where A is a body ("市商务局和静海区人民政府主要负责同志")."""
    items: list[str] = []
    for item in split_top_level(text, "、"):
        item = item.strip()
        items += _split_and(item) if item else []
    return items


def _split_and(item: str) -> list[str]:
    """ "市商务局和静海区政府主要负责同志" → two items; "市文化和旅游局" stays one."""
    for conj in CONJUNCTIONS:
        left, sep, right = item.partition(conj)
        if sep and looks_like_org(left) and (looks_like_org(right) or org_and_suffix(right) or is_person_name(right)):
            return [left, right]
        if sep and (all(name_after_post(part) for part in (left, right)) or all(map(is_person_name, (left, right)))):
            return [left, right]  # "市政府副秘书长吴晓和区委书记周平", "王某和许某": two people
        if sep and (split := org_and_suffix(left)) and POST_WORDS_ONLY_RE.fullmatch(right):
            return [left, split[0] + right]  # "区政府办公室主要负责人和分管负责人": two posts of one body
        if sep and all(map(_is_post, (left, right))):
            return [left, right]  # "常务副县长和分管副县长": two posts
    return [item]


def _is_post(text: str) -> bool:
    """A post: a title ("常务副县长"), a body's ("县委书记"), one described ("分管副县长", "协调副秘书长"), or a
    body's post in words ("市民政局主要负责同志")."""
    if POST_RE.match(text) or split_org_post(text):
        return True
    if POST_END_RE.search(text) and len(text) <= DESCRIBED_POST_LONGEST and not looks_like_org(text):
        return True
    if (work := WORK_DESCRIBED_RE.match(text)) and POST_RE.match(work["title"]):
        return True
    described = org_and_suffix(text)
    return described is not None and POST_DESCRIPTION_RE.search(described[1]) is not None


DESCRIBED_POST_LONGEST = 8  # characters of a title with the words that describe it ("协调副秘书长")
# a title after the work it oversees: "主管城市建设的副市长" (a "和" in the work leaves the list unsplit)
WORK_DESCRIBED_RE = re.compile(r"(?:分管|主管|协调|联系)[^、，。；和的]{1,20}的(?P<title>.+)")


LEADER_NAMED_RE = re.compile(r"^[省市县区州盟旗镇乡]领导(?P<name>[\u4e00-\u9fff]{2,4})$")


def who(text: str) -> tuple[str, str] | None:
    """A person ("王平安", "市长储祥好", "张高丽副总理"), or else a post in words ("市政府主要领导")."""
    text = text.strip().removeprefix("由")
    if named_before_post(name := text.removesuffix("同志")):  # an item whole: "王君正任组长" (正 ends the name)
        return name, "person"
    if (held := bracket_holder(text)) and is_person_name(held[0]):
        return held[0], "person"  # "马志芹（县委副书记）": a name with its post in brackets
    m = POST_THEN_NAME_RE.search(name + "，")
    if m and m.end("name") == len(name) and named_before_post(m["name"]):
        return m["name"], "person"
    if (split := split_org_post(name)) and split[0] and split[0][0] in LEVELS:
        return name, "post"  # "区城市管理委主任": a post of a body the level names, not a name run into a post
    run_on = split_name(name)
    if run_on and not looks_like_org(name):
        return run_on[0], "person"
    ended = name_after_post(name)  # "市统计局总统计师陶慧孜"
    if ended:
        return ended[0], "person"
    within = org_name_post(name)  # "市民政局薛亮副局长"
    if within:
        return within[1], "person"
    if (leader := LEADER_NAMED_RE.match(name)) and is_person_name(leader["name"]):
        return leader["name"], "person"  # "省领导黄建国": a leader of the province, by name
    if POST_DESCRIPTION_RE.search(text) and not looks_like_org(text):
        return text, "post"
    if (split := split_org_post(text)) and (split[0] or "、" in text):
        return text, "post"  # "市委常委", "市委常委、常务副市长": posts in a body, not the body
    if looks_like_org(text) and not POST_RE.match(text):  # "政委" ends as "市委" does, but is a post
        return text, "org"
    return None
