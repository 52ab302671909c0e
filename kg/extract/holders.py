"""Who a seat's clause names: people ("副市长任学锋、宗国英"), posts ("分管对台工作的副书记、副县长") or bodies
("A、B和C20个部门的分管副职"), as kg.extract.seats reads them before 任/担任/为 a seat.
"""

from __future__ import annotations

import re

from kg.extract.actors import parse_actor_list
from kg.extract.members import BODY_COUNT, MEMBER_KINDS, org_and_suffix, parse_members, split_items, who
from kg.extract.people import POST_END_RE, POST_RE, name_after_post, name_shaped
from kg.lexicon import LEADER_TITLES, SEAT_WORDS, SECTORS, SET_UP_VERBS, alternation
from kg.names import looks_like_org

COUNT_RE = re.compile(BODY_COUNT)  # "20个相关职能部门的": how many bodies a list before it names

PERSON_ITEM_CHARS = 40  # how long a "post name" item a "，" apart may be
# a clause that seats its own holder: "…推选A为X代表团团长，B、C为副团长" (A is no 副团长)
OWN_SEAT_RE = re.compile(f"为[^，。；]{{0,30}}(?:{alternation(SEAT_WORDS)})$")


def people_before(text: str, start: int) -> list[tuple[str, str]]:
    """ "省委副书记、省长A，省政协主席B，省委副书记C任副组长": the people a "，" apart before a seat's holder
    hold it too (each item a post and a name; a clause of anything else ends the list)."""
    people: list[tuple[str, str]] = []
    end = start
    while text[end - 1 : end] == "，":
        begin = max(text.rfind(c, max(0, end - 1 - PERSON_ITEM_CHARS), end - 1) for c in "，。；：\n")
        held = who(text[begin + 1 : end - 1]) if begin >= 0 or end - 1 <= PERSON_ITEM_CHARS else None
        if (
            not held
            or held[1] != "person"
            or "任" in text[begin + 1 : end - 1]
            or OWN_SEAT_RE.search(text, begin + 1, end - 1)
        ):
            break
        people.insert(0, held)
        end = begin + 1
    return people


BODY_GROUP_CHARS = 200  # how long a group of bodies a "，" apart may be
SET_UP_RE = re.compile(f"^(?:{alternation(SET_UP_VERBS)})")  # "成立河长制办公室，将A、B列为成员": no member
SEATED_RE = re.compile(f"(?:为|任)(?:{alternation(SEAT_WORDS)})")  # "…为成员单位": a clause seating its own


def bodies_before(text: str, start: int) -> tuple[list[tuple[str, str]], int]:
    """ "广州、深圳市政府，省委军民融合办，省发展改革委、科技厅…等为成员单位": the groups of bodies a "，"
    apart before a seat's holders hold it too (each group bodies only; anything else ends the list), and where
    the first of them starts."""
    bodies: list[tuple[str, str]] = []
    end = start
    while text[end - 1 : end] in ("，", ","):
        begin = max(text.rfind(c, max(0, end - 1 - BODY_GROUP_CHARS), end - 1) for c in "，,。；：\n")
        if begin < 0 and end - 1 > BODY_GROUP_CHARS:
            break
        part = text[begin + 1 : end - 1]
        group = parse_actor_list(part) if not SEATED_RE.search(part) and not SET_UP_RE.match(part) else ()
        if not group:
            break
        bodies[:0] = [(body, "org") for body in group]
        end = begin + 1
    return bodies, end


# "县长", "四位副县长": a government's leader by title alone, in a seat of its own committee
# the head of a school, a hospital, a works or a bank, a seat's holder by that title alone ("院长任组长")
HEADS_OF_UNITS = ("院长", "校长", "厂长", "所长", "站长", "馆长", "行长", "总经理", "董事长")
LEADER_SEAT_RE = re.compile(
    rf"^(?:[一二两三四五六七八九十0-9]+[位名])?(?:常务)?副?(?:{alternation((*LEADER_TITLES, *HEADS_OF_UNITS))})$"
)


# a post described in words, a person of its own: "协调…工作的副秘书长", "省发展改革委主要负责同志"
DESCRIBED_POST_RE = re.compile(r"的|负责同志$|负责人$")


# a party body's secretary, then the head of the same place or institution: two people ("县委副书记、县长" is one)
SECRETARY_RE = re.compile(r"^[\u4e00-\u9fff]{0,6}(?<!副)书记$")
HEAD_RE = re.compile(r"^[\u4e00-\u9fff]{0,4}(?<!副)(?:省|市|县|区|州|镇|乡|旗|校|院)长$")


POSTS_TRAILER_RE = re.compile(r"等(?:单位|部门)?的?(?:主要)?(?:领导|负责人|负责同志)$")  # after a list of posts


def holders_of(text: str) -> list[tuple[str, str]]:
    """Who a list names, "副市长任学锋、宗国英" (each a holder); none when a part names no one."""
    bare = text.removeprefix("由")
    if "、" in bare and (trailer := POSTS_TRAILER_RE.search(bare)):
        posts = holders_of(bare[: trailer.start()])  # "区建管委主任、…和武警支队首长等单位领导": each post
        if len(posts) > 1 and all(kind == "post" for _, kind in posts):
            return posts
    if LEADER_SEAT_RE.match(bare) or (POST_RE.match(bare) and len(bare) > 2 and bare not in SEAT_WORDS):
        return [(bare, "post")]  # "宣传委员任副组长": a post alone, no body named (not a seat's word: "成员")
    if len(joined := JOINED_RE.split(bare)) > 1 and all(map(_posts_then_name, joined)):
        return [(_posts_then_name(part), "person") for part in joined]  # "地委副书记、专员A和人大工委主任B"
    items = split_items(text)
    if len(items) == 2 and SECRETARY_RE.search(items[0]) and HEAD_RE.match(items[1]):
        return [(item, "post") for item in items]  # "区委书记、区长为组长": the secretary and the head, two people
    holders = [who(item) for item in items]
    if len(items) >= NAMES_AMONG and None in holders and _names_among(items, holders):
        holders = [h or (i, "person") for i, h in zip(items, holders)]  # "…、金兴明、寿子琪、钱锋": a rarer surname
    if len(items) > 1 and any(h and h[1] != "person" for h in holders):
        holders = [(i, "org") if i in SECTORS else h for i, h in zip(items, holders)]  # "政府办、气象、水利局负责人"
    posts = [h if h else (i, "post") if POST_RE.match(i) else None for i, h in zip(items, holders)]
    if "、" not in text and len(items) == 2 and all(p and p[1] == "post" for p in posts):
        return [p for p in posts if p]  # "常务副县长和分管副县长": two people ("县委书记、县长" is one)
    shared = org_and_suffix(items[-1]) if len(items) > 1 and holders[-1] and holders[-1][1] == "post" else None
    if (
        shared
        and HEADS_RE.match(shared[1])
        and all(i in GENERIC_BODIES for i in items[:-1])
        and org_and_suffix(items[-1])[0] in GENERIC_BODIES
    ):
        # "党委、政府主要负责同志": each unnamed body's head (a named one stands for its head: "县水务局、县环保局分管领导")
        return [(item + shared[1], "post") for item in items[:-1]] + [(items[-1], "post")]
    if None not in holders and any(h and h[1] == "org" for h in holders):
        return [h for h in holders if h]  # "县委宣传部、县民政局副局长、县农业局": a post among bodies is a member too
    if len(items) > 1 and all(h and h[1] == "post" and DESCRIBED_POST_RE.search(i) for h, i in zip(holders, items)):
        return [h for h in holders if h]  # "省政府协调…的副秘书长、省发改委主要负责同志": each a person of its own
    if None in holders or any(h and h[1] == "post" for h in holders[:-1]):
        # "分管能源、交通运输工作的副市长": one post, not a list, unless each part ends with a post
        holders = _people_after_posts(items, holders) or _posts_listed(text) or [who(text)]
    return [] if None in holders else [h for h in holders if h]


JOINED_RE = re.compile(r"和|及|与")


def _posts_then_name(part: str) -> str | None:
    """The person a part of a list names after their posts ("地委副书记、行署专员A")."""
    return found[0] if (found := name_after_post(part)) and "、" not in found[0] else None


GENERIC_BODIES = frozenset("党委 政府 人大 政协 纪委".split())  # a level's bodies named by their kind alone
HEADS_RE = re.compile(r"^(?:主要|分管|其他有关|有关|其他)?(?:负责同志|负责人|领导(?:同志)?)$")  # a body's heads
NAMES_AMONG = 3  # names in a list before a three-character item with a surname the lexicon lacks is a name too


def _names_among(items: list[str], holders: list[tuple[str, str] | None]) -> bool:
    """Every item a person's name, those the surname list misses shaped as names ("寿子琪" among "胡文容、钱锋")."""
    known = [h is not None and h[1] == "person" for h in holders]
    return sum(known) >= NAMES_AMONG - 1 and all(k or name_shaped(i) for k, i in zip(known, items))


def _people_after_posts(items: list[str], holders: list[tuple[str, str] | None]) -> list[tuple[str, str]]:
    """ "局党组成员、副局长蒋涛、沈丽", "人大主席A、党委组织委员、纪委书记B": the posts before a person are that
    person's; the people are the holders (none unless the list ends with a person and every other part is a
    post, one at least)."""
    people = [h for h in holders if h and h[1] == "person"]
    posts = [
        item
        for item, h in zip(items, holders)
        if (h is None or h[1] == "post") and POST_END_RE.search(item) is not None
    ]
    if not holders[-1] or holders[-1][1] != "person" or not posts or len(people) + len(posts) != len(holders):
        return []
    return people


def _posts_listed(text: str) -> list[tuple[str, str]]:
    """The posts of "省政府协调农业工作的副秘书长、省农业农村厅厅长" or "分管对台工作的副书记、副县长", each
    a holder: every part ends with a post, and a bare post is described as the first part is ("分管…的副县长")."""
    items = split_items(text)
    described = items[0][: items[0].rfind("的") + 1]
    if len(items) < 2 or not all(POST_END_RE.search(item) for item in items):
        return []
    if len({POST_END_RE.search(item).group() for item in items}) == 1 or items[0].startswith("各"):  # type: ignore[union-attr]
        return [(item, "post") for item in items]  # "常务副县长、分管副县长", "各位副市长、秘书长": several people
    posts = []
    for item in items:
        bare = POST_RE.match(item)
        if bare and not described:
            return []  # "县委书记、县长": no description to share
        posts.append((described + item if bare else item, "post"))
    return posts if all(who(post) for post, _ in posts) else []


def bodies_seated(text: str, seat: str) -> list[tuple[str, str]]:
    """The members of "A、B和C20个部门的分管副职任小组成员": a list of bodies seated as 成员 are the bodies."""
    listed = COUNT_RE.sub("", text)
    bodies = split_items(listed)
    if seat not in MEMBER_KINDS or len(bodies) < 2:
        return []
    named = _departments_named(bodies)
    if named:
        return [(body, "org") for body in named]
    if seat.endswith("单位") and all(b in SECTORS or looks_like_org(b) for b in bodies):
        return [(body, "org") for body in bodies]  # "发改、财政、农委、林业等为成员单位": the seat is a body's
    return parse_members(listed, seat) if all(map(looks_like_org, bodies[:-1])) else []


# "…等部门和", "…等部门负责人" (the departments stand for their heads, decision as mx-113)
DEPARTMENTS_END_RE = re.compile(r"等(?:部门|单位)(?:(?:主要|分管)?(?:负责人|负责同志|领导)$)?(?:和|及)?")


def _departments_named(bodies: list[str]) -> list[str]:
    """ "水务、发改、财政等部门和全部12个乡镇": what a list calls departments is one, short names too."""
    for i, body in enumerate(bodies):
        end = DEPARTMENTS_END_RE.search(body)
        if end:
            rest = [b for b in (body[end.end() :], *bodies[i + 1 :]) if b]
            named = [*bodies[:i], body[: end.start()]]
            return [*named, *rest] if all(map(looks_like_org, rest)) and all(named) else []
    return []
