"""Lists of actors as government texts write them.

"市审批服务管理局、市工信局", "市发改局、工信局" (a shared prefix),
"黄埔区、南沙区政府" (a shared suffix), "市财政局和各县（市、区）人民政府",
"…市能源局等部门" (a trailer) → one name per body.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.lexicon import (
    ADMIN_PLACES,
    CONJUNCTIONS,
    DUTY_VERBS,
    PADDING_WORDS,
    ROLE_VERBS,
    SECTORS,
    SHARED_SUFFIXES,
    TRAILER_NOUNS,
    TRAILER_QUALIFIERS,
    alternation,
)
from kg.names import CANONICAL, COLLECTIVE_RE, looks_like_org, split_place

# "等部门", "等单位", "等有关部门", "等": what closes a list without naming anyone
TRAILER = f"(?:等(?:多个|[0-9一二三四五六七八九十]{{1,3}}个)?(?:{alternation(TRAILER_QUALIFIERS)})?(?:{alternation(TRAILER_NOUNS)})?|等等)"  # or counted: "等多个部门", "等12个单位"
TRAILER_RE = re.compile(f"{TRAILER}$")
TRAILER_AFTER_RE = re.compile(f"{TRAILER}(?=[\u4e00-\u9fff])")  # a list's trailer before its duty: "等有关部门执行"
# what may stand between a list and its verb: "按照职责分工", "分工", "要"
PAD_RE = re.compile(f"(?:{alternation(PADDING_WORDS)})+$")
# a suffix several places share: "黄埔区、南沙区政府"
SHARED_SUFFIX_RE = re.compile(f"(?P<suffix>{alternation(SHARED_SUFFIXES)})$")
# what follows a list of bodies and begins their duty: "有关部门负责组织…", "市财政局等研究制定…"
DUTY_START_RE = re.compile(f"等|{alternation(ROLE_VERBS + PADDING_WORDS + DUTY_VERBS)}")
LIST_JOIN_RE = re.compile(r"、|和|及|以及|与")
# "市规划和自然资源局（林业局）": a second name in brackets
SECOND_NAME_RE = re.compile(r"（[^（）]{2,20}）")
# "各市", "相关市": a collective start of a list of levels ("相关市、县政府")
COLLECTIVE_PLACES_RE = re.compile(
    r"^(?:各|相关|有关|[0-9]{1,3}个|[一二三四五六七八九十]{1,3}个)(?:省|市|县|区|州|盟|镇|乡|街道|县市|市县)$"
)  # "各县市、区政府", "各街道、镇", "13个街道、镇"
PLACE_RE = re.compile(
    r"^(?:省|市|县|区|州|盟|旗|镇|乡|街道)(?:[（(][^（）()]{1,6}[）)])?(?:人民政府|政府|党委)?$"
)  # "县（区）人民政府" of "各市、县（区）人民政府"
COUNTED_RE = re.compile(r"^(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3})个(?:省|市|县|区|镇|乡|街道)")  # "13个街道、镇"
# (a 州 after one character is a city's name without its level: "广州", "郑州")
BARE_PLACE_RE = re.compile(r"^(?:[\u4e00-\u9fff]{1,6}(?:省|市|县|区|盟|旗|镇|乡|街道)|[\u4e00-\u9fff]{2,6}州)$")
BARE_TOWN_RE = re.compile(r"^[\u4e00-\u9fff]{2,5}(?:镇|乡)$")  # "昌化镇": a town, named as its government
# "临夏州发展改革部门": a place, then the body of it the list's places share
PLACE_THEN_BODY_RE = re.compile(r"^[\u4e00-\u9fff]{1,6}?(?:省|市|县|区|州|盟|旗)(?P<body>[\u4e00-\u9fff]{2,20})$")
# the level and government a list's last item ends with ("绥芬河市政府"), and a place named without its level
LEVEL_SUFFIX_RE = re.compile(f"(?<=[\u4e00-\u9fff]{{2}})[市县区](?:{alternation(SHARED_SUFFIXES)})$")
PLACE_NAME_RE = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
LEVELS = "省市县区旗盟州镇乡"  # a place named with its level takes no other level or kind
ZONE_SUFFIX_RE = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:管理区|开发区|高新区|新区|工业园区|园区|示范区)$")


_OPENING_RE = re.compile(r"[（(［\[【〔《<‹〈]")  # "各县<市、区>人民政府": angle brackets stand for round ones


@lru_cache(maxsize=64)
def _splitter(separators: str) -> re.Pattern[str]:
    return re.compile(f"[{re.escape(separators)}]")


def split_top_level(text: str, separators: str) -> list[str]:
    """Split on separators that are not inside brackets: "各县（市、区）政府、市财政局"."""
    if not _OPENING_RE.search(text):  # the common case, split in C
        return [part for part in _splitter(separators).split(text) if part]
    parts: list[str] = []
    depth = 0
    start = 0
    for i, char in enumerate(text):
        if char in "（(［[【〔《<‹〈":
            depth += 1
        elif char in "）)］]】〕》>›〉":
            depth = max(0, depth - 1)
        elif char in separators and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return [p for p in parts if p]


def _split_conjunction(item: str) -> list[str]:
    """ "市财政局和各县（市、区）人民政府" → two names; "市规划和自然资源局" stays one."""
    for conj in CONJUNCTIONS:
        pieces = split_top_level(item.replace(conj, "\x00"), "\x00")
        if len(pieces) > 1 and all(
            (looks_like_org(p) or COLLECTIVE_RE.search(p) or BARE_PLACE_RE.match(p)) and p not in TRAILER_NOUNS
            for p in pieces
        ):
            return [part for piece in pieces for part in _split_conjunction(piece)]  # "A和B及C": each
            # (not "省有关部门和单位": 单位 alone names no body)
    return [item]


def parse_actor_list(text: str) -> list[str]:
    """The names in a list of actors, in order; empty if any item is not a name."""
    return list(_actor_list(text))


# a note on the document's convention inside a list: "县发改局（首位单位为牵头单位，下同）、县财政局"
CONVENTION_NOTE_RE = re.compile(r"[（(][^（）()]{0,40}下同[）)]")


@lru_cache(maxsize=8192)
def _actor_list(text: str) -> tuple[str, ...]:
    """parse_actor_list's reading, kept: a document names the same lists again and again."""
    text = PAD_RE.sub("", CONVENTION_NOTE_RE.sub("", text.strip()))
    trailed = TRAILER_RE.search(text) is not None  # "公安、交通等相关部门": sectors the list says are bodies
    text = TRAILER_RE.sub("", text)
    if not text:
        return ()
    items: list[str] = []
    for piece in split_top_level(text, "、，,；;"):
        items.extend(_split_conjunction(piece.strip()))
    # "所在县级卫健部门": "the one where it is" names the same kind of body
    items = [re.sub(r"^所在", "", TRAILER_RE.sub("", item).strip()) for item in items]
    items = [i for i in items if not i.startswith(("其他", "其它"))]  # "其他有关部门配合": no body named
    items = _distribute(items)
    bodies = [
        looks_like_org(i) or COLLECTIVE_RE.search(i) is not None or COUNTED_RE.match(i) is not None for i in items
    ]
    if not items or not all(
        b
        or (any(bodies) and (BARE_TOWN_RE.match(i) or BARE_PLACE_RE.match(i) or _sector(i)))
        or (trailed and _sector(i))
        for b, i in zip(bodies, items)
    ):
        return ()  # (a town named bare among bodies is its government: "…、国兴集团、昌化镇、天目山镇"; a sector its
        # department: "水利、教育、开发区和西区管委会", or where the list ends "等部门": "公安、交通等部门")
    return tuple(items)


def _sector(item: str) -> bool:
    """A sector that names its department, with its level or without ("水利", "省安监")."""
    return item in SECTORS or (item[:1] in "省市县区" and item[1:] in SECTORS)


# "市、区教育行政部门", "县、乡镇两级政府": the bodies of that kind at each level, one collective actor
LEVEL_WORD_RE = re.compile(r"^(?:省|市|县|区|镇|乡|乡镇|街道|县级市|县区|市县)$")
KIND_AT_LEVEL_RE = re.compile(
    r"^(?:省|市|县|区|镇|乡)[\u4e00-\u9fff]{1,10}(?:部门|机构)$"
)  # not "县经开区", a zone's own
LEVEL_BODY_RE = re.compile(
    r"^(?:省|市|县|区|镇|乡|乡镇|街道|县级市|县区|市县)(?:两级|三级|四级)?(?P<body>[\u4e00-\u9fff]{2,12})$"
)


def _distribute(items: list[str]) -> list[str]:
    """Share a place prefix forward and a government suffix backward; keep "相关市、县政府" whole."""
    if len(items) > 1 and all(LEVEL_WORD_RE.match(i) for i in items[:-1]) and (m := LEVEL_BODY_RE.match(items[-1])):
        if looks_like_org(m["body"]) or looks_like_org("市" + m["body"]):
            return ["、".join(items)]
    for i in range(len(items) - 1):  # "各市、县政府", "…、相关市、县政府": many bodies named as one
        if COLLECTIVE_PLACES_RE.match(items[i]) and KIND_AT_LEVEL_RE.match(items[i + 1]):  # "各市、县文物部门"
            return _distribute(items[:i]) + ["、".join(items[i : i + 2])] + _distribute(items[i + 2 :])
        if COLLECTIVE_PLACES_RE.match(items[i]) and PLACE_RE.match(items[i + 1]):
            j = i + 1
            while j + 1 < len(items) and PLACE_RE.match(items[j + 1]):
                j += 1  # "各市、县、区政府"
            return _distribute(items[:i]) + ["、".join(items[i : j + 1])] + _distribute(items[j + 1 :])
    out = list(items)
    # "市发改局、工信局": the bare core borrows the place of the item before it
    for i in range(1, len(out)):
        place, _ = split_place(out[i - 1])
        if place in ADMIN_PLACES and not split_place(out[i])[0] and out[i] in CANONICAL:
            out[i] = place + out[i]
    # "黄埔区、南沙区政府": bare places take the suffix of the last item
    # "黄埔区、南沙区政府": bare places take the suffix of the next place named with one ("银川市、吴忠市人民政府、
    # 宁东管委会": 银川市人民政府, not 银川市管委会)
    suffix = None
    for i in range(len(out) - 1, -1, -1):
        m = SHARED_SUFFIX_RE.search(out[i])
        if m and BARE_PLACE_RE.match(out[i][: m.start()]):
            suffix = m["suffix"]
        elif suffix and BARE_PLACE_RE.match(out[i]) and (suffix != "管委会" or out[i][-1] not in "县市旗"):
            out[i] += suffix  # (a 管委会 is a zone's: "甲县、某开发区管委会" leaves 甲县 as it is)
        elif not m:
            suffix = None
    if len(out) > 1 and all(BARE_PLACE_RE.match(x) for x in out[:-1]):
        # "海东市、兰州市、临夏州发展改革部门": every place's body of that kind
        body = PLACE_THEN_BODY_RE.match(out[-1])
        if body and looks_like_org(body["body"]) and body["body"][0] not in "和及与":  # not "土右旗和稀土高新区"
            out[:-1] = [x + body["body"] for x in out[:-1]]
    # "哈尔滨、黑河、绥芬河市政府": places named without their level before it take its level and suffix; "人民大垸、
    # 荒湖管理区": zones named without their kind before it take its kind
    for i, item in enumerate(out):
        level = LEVEL_SUFFIX_RE.search(item)
        m = level or ZONE_SUFFIX_RE.search(item)
        j = i - 1
        while m and j >= 0 and PLACE_NAME_RE.match(out[j]) and not looks_like_org(out[j]) and out[j] not in SECTORS:
            if out[j][-1] in (LEVELS if not level else "市县区"):
                break  # "青山区、稀土高新区", "雨山区、开发区管委会": a place with its level takes no other level or kind
            if COLLECTIVE_RE.search(out[j]):
                break
            out[j] += m.group()
            j -= 1
    return out


def _name_ends(text: str, start: int, end: int, reach: int) -> bool:
    if not looks_like_org(text[start:end]):
        return False
    if text[end : end + 1] == "、":
        return True  # "财政部、科技部": a list goes on ("财政部、科" is no longer name)
    return DUTY_START_RE.match(text, end) is not None or not any(
        looks_like_org(text[start : end + k]) and not GROWS_OVER_RE.search(text, end, end + k)
        for k in range(1, reach + 1)
        if end + k <= len(text)
    )


# what a longer name does not grow over: "区人社局根据市人社局…", "市商务局和市场监管局" are two
GROWS_OVER_RE = re.compile(r"根据|按照|依据|通过|会同|[的了将要在对向与和及并由]")
# how far past a body's name a longer name is looked for: in prose the next words are the duty
# ("人民银行某市中心支行建立…" is one name); where cells run together, the next body ("县住建局县交通局")
REACH, ADJACENT_REACH = 8, 3


def leading_actors(text: str, adjacent: bool = False) -> tuple[list[str], int]:
    """The list of bodies a text starts with, and where it ends: "市财政局、市工信局制定…" → both, 9.

    Each name is the shortest start that reads as a body's name and is followed
    by the duty ("负责", "组织…"), or does not grow into a longer name within
    a few characters ("市委" → "市委宣传部"). With ``adjacent``, names may follow
    one another with nothing between (cells of a table run together).
    """
    names: list[str] = []
    at = last = 0
    while at < len(text):
        reach = ADJACENT_REACH if adjacent else REACH
        end = next((e for e in range(at + 2, min(len(text), at + 40) + 1) if _name_ends(text, at, e, reach)), None)
        if end is None:
            break
        second = SECOND_NAME_RE.match(text, end)
        last = second.end() if second else end
        names.append(TRAILER_RE.sub("", text[at:last]))
        join = LIST_JOIN_RE.match(text, last)
        if not join and not adjacent:
            break
        at = join.end() if join else last
    if names and (trailer := TRAILER_AFTER_RE.match(text, last)):
        last = trailer.end()  # "会同市药监局等有关部门执行…": the list ends after its trailer
        if text[last : last + 1] in ("和", "及") and (more := leading_actors(text[last + 1 :], adjacent))[0]:
            names, last = names + more[0], last + 1 + more[1]  # "…等有关部门和区县政府，执行…": one more after it
    return names, last
