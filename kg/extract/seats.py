"""Seats stated in prose: who holds a group's seat by a sentence ("由市长储祥好担任全市产业链总链长",
"办公室设在市能源局，办公室主任由王平安同志兼任", "成立以县委书记X为组长的…", "A、B等20个部门的分管副职
任小组成员", "市工信局作为总链长牵头单位"), as rules of the groups family (kg.extract.groups).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from kg.extract.actors import parse_actor_list, split_top_level
from kg.extract.holders import bodies_before, bodies_seated, holders_of, people_before
from kg.extract.members import (
    BODY_COUNT,
    COUNTED_TRAILER_RE,
    MEMBER_KINDS,
    MEMBERS_TRAILER_RE,
    parse_members,
    split_items,
    who,
)
from kg.extract.people import SEAT_NOTE_RE, is_person_name, name_after_post, person_post_line, split_name
from kg.extract.setups import GROUP_END_RE
from kg.lexicon import GROUP_KINDS, POST_SEATS, SEAT_WORDS, SET_UP_VERBS, alternation
from kg.model import Membership, PersonPost
from kg.names import looks_like_org
from kg.rules import At, Found, Rule


@dataclass(frozen=True)
class Seat:
    """A member of a group in a role; the group is None for the document's own group."""

    member: str
    member_type: str  # person / org / post
    role: str
    group: str | None = None


def group_of(at: At) -> str | None:
    """The group a sentence speaks of: the one it sets up, else the one it opens with ("食安委主任由…"), else the
    last set up before it, else the document's first (None: the document sets up none)."""
    context = at.context
    return context.group_set_up_in(*at.span()) or context.group_named(at.text) or context.group_at(at.start)


# "办公室设在市能源局", "下设办公室（设在市农业农村委）", "办公室设市统计局"
OFFICE_AT_RE = re.compile(
    r"办公室(?:[（(][^（）()]{1,20}[）)])?设(?:在|于)?(?!立|置)(?P<org>[^，。；]+?)(?=[，。；]|$)"
    r"|办公室[（(]设(?:在|于)?(?P<within>[^，。；（）()]+?)[）)]"
    r"|下设办公室(?:[（(][^（）()]{1,20}[）)])?(?:，[^，。；]{1,20}){0,2}?，设(?:在|于)(?P<later>[^，。；]+?)(?=[，。；]|$)"
    r"|下?设办公室(?:在|于)(?P<in>[^，。；]+?)(?=[，。；]|$)|下设办公室[，,]办公地点设(?:在|于)(?P<seat>[^，。；]+?)(?=[，。；]|$)"
    r"|在(?P<host>[^，。；在]{2,20}?)下设办公室(?=[，。；]|$)"
)  # or "下设办公室（简称…），作为常设机构，设在省委政策研究室", "下设办公室在县水务局", "指挥部设办公室在市林业局",
# "领导小组在县民政局下设办公室", "领导小组下设办公室，办公地点设在民政局"


def office_at(m: re.Match[str], at: At) -> Iterator[Found]:
    """办公室设在X: the group's office is placed in a body."""
    group, org = group_of(at), m["org"] or m["within"] or m["later"] or m["in"] or m["host"] or m["seat"]
    if looks_like_org(org) and group and not (m["host"] and GROUP_END_RE.search(org)):  # "在领导小组下设办公室"
        yield at.found(m.start(), m.end(), Seat(org, "org", "办公室设在", group))


# "办公室主任由X兼任", "由X兼任办公室主任", "X同志兼任办公室主任", "县台办主任兼办公室主任"
OFFICE_HEAD_RE = re.compile(
    r"(?P<role>(?:办公室)?(?:常务)?(?:副)?主任|办公室成员)(?:[0-9一二两三四五六七八九十]名[，,]?)?由"
    r"(?P<who>[^，。；]{1,120}?(?:，[^，。；]{2,40}?){0,20}?)(?:(?<!负责)同志)?(?:兼任|担任)"
    r"|(?:由)?(?P<holder>[^，。；由（(]{2,30}?)(?:同志)?(?:兼任|担任|兼|任)(?P<office>办公室(?:副)?主任)"
)


def office_head(m: re.Match[str], at: At) -> Iterator[Found]:
    """办公室主任由X兼任: who heads the group's office."""
    role = m["role"] or m["office"]
    role = role if role.startswith("办公室") else "办公室" + role
    # "肖晓玲、陈水香兼任办公室副主任", "副主任两名，由省自然资源厅、应急管理厅各1名分管副厅长担任"
    held = EACH_COUNT_RE.sub("", m["who"] or m["holder"])
    if "，" in held:  # "副主任由A部副部长甲，B部副部长乙兼任": each part a holder, or none
        parts = [seat_holders(part, role) for part in held.split("，")]
        holders = [h for part in parts for h in part] if all(len(p) == 1 and p[0][1] == "person" for p in parts) else []
    else:
        holders = seat_holders(held, role)
    group = group_of(at)
    if holders and group and "办公室" in at.text:
        yield at.found(m.start(), m.end(), *(Seat(name, kind, role, group) for name, kind in holders))


EACH_COUNT_RE = re.compile(r"各[0-9一二两三四五六七八九十]名")  # "A、B各1名分管副厅长": one from each body
# "指挥长由市长担任", "召集人由市政府分管副市长担任"
COUNTED_BODIES_RE = re.compile(r"等(?:[0-9]+|[一二三四五六七八九十]+)个")
CHIEF_SEAT_RE = re.compile(r"[链河湖林田路]长$")
HELD_THEN_RE = re.compile(r"首任|时任|曾任|前任|原任")
SEAT_BY_RE = re.compile(
    r"(?P<seat>(?:第一|常务|执行)?(?:副总|总|副)?(?:组长|指挥长|指挥|召集人|[链河湖林田路]长|主任委员|主任|主席|委员)|联络员|成员)"
    r"(?P<count>[0-9一二两三四五六七八九十]{1,2}[名人]|若干[名人])?(?:已|也|均|改|目前|将|拟|仍|原则上|一般)*(?P<set>，)?"
    r"(?:分别)?由(?P<who>[^。；由]+?)(?P<jointly>共同)?(?:(?<!负责)同志)?(?:轮流)?(?:兼任|担任)"
)  # a committee's "主任由市长担任，委员由各成员单位主要负责人担任", "主任已由市委书记、市长共同担任" (its office's
# 主任: groups.office-head); counted after 设: "设主席1名，由学校主要领导担任；设副主席2名，分别由…担任"; what is to
# be: "总链长将由市委书记担任", "召集人原则上由…担任", "召集人由成员单位负责人轮流担任"


HOW_MANY_RE = re.compile(
    r"(?<=[）)\u4e00-\u9fff])(?:[一二三四五六七八九十两]|\d{1,2})(?:人|位|名)(?:同志)?$"
)  # "…三人担任"


def seat_holders(text: str, role: str) -> list[tuple[str, str]]:
    """Who a seat's holder text names; "A、B等部门、单位分管负责同志": each body (one from each)."""
    text = text.replace("部门、单位", "部门单位")
    text = HOW_MANY_RE.sub("", text) if "、" in text else text  # "A、B、C三人": those named
    if "，" in text:  # "市政府秘书长、…副秘书长，市统计局、市委宣传部等有关负责同志": each group of holders
        return parse_members(text, "成员")
    holders = holders_of(text)
    if holders and len({kind for _, kind in holders}) > 1:
        holders = parse_members(text, "成员")
    return holders or parse_members(text, role)


# "副组长分别为国务院副秘书长A、某部部长B", "龙王港河长为副市长C": a seat, then the people who hold it
SEAT_IS_RE = re.compile(
    r"(?:^|(?<=[，。；：]))(?:[\u4e00-\u9fff]{0,8}?)(?P<seat>(?:常务|执行|第一)?(?:副总|总|副)?"
    r"(?:组长|指挥长|总指挥|召集人|主任|主席|团长|[河湖林田路链]长))(?:分别)?(?:为|是)(?P<who>[^，。；]{2,300})"
)


def seat_is(m: re.Match[str], at: At) -> Iterator[Found]:
    """A seat, then 为 and the people who hold it (people only: "组长为第一责任人" names no one)."""
    holders, group = seat_holders(m["who"], m["seat"]), group_of(at)
    if not group or not holders or not all(kind == "person" for _, kind in holders):
        return
    end = m.end()  # "副组长为A，市委常委B，市政府秘书长C；": the people a "，" apart after it hold it too
    while at.text[end : end + 1] == "，" and (item := NEXT_ITEM_RE.match(at.text, end + 1)):
        held = who(item.group())
        if not held or held[1] != "person" or NEXT_SEAT_RE.match(at.text, end + 1):
            break  # "…，副组长为B", "…，成员为B": the next seat, read by its own match
        holders.append(held)
        end = item.end()
    yield at.found(m.start(), end, *(Seat(name, kind, m["seat"], group) for name, kind in holders))


NEXT_ITEM_RE = re.compile(r"[^，。；]{2,40}(?=[，。；]|$)")  # the next "，" item: a post and a name
NEXT_SEAT_RE = re.compile(rf"{SEAT_IS_RE.pattern}|[\u4e00-\u9fff]{{0,12}}?成员(?:单位)?(?:分别)?为")


# "33个镇街安委会主任…", "各县区领导小组组长…": the seats of many other bodies, not of the document's
OTHER_BODIES_RE = re.compile(r"(?:\d+个|[一二三四五六七八九十]+个|各)[^，。；]{0,20}(?:委会|委员会|领导小组|指挥部)$")
OTHER_BODIES_LONGEST = 30  # characters before a seat that such a name may take


SET_REACH = 80  # characters before a counted seat where the 设 of its list may stand


def seat_by(m: re.Match[str], at: At) -> Iterator[Found]:
    """A seat, then 由X担任: who holds it (or each of a list of posts; "由A、B共同担任": each)."""
    if OTHER_BODIES_RE.search(at.text, max(0, m.start() - OTHER_BODIES_LONGEST), m.start()):
        return
    if HELD_THEN_RE.search(at.text, max(0, m.start() - 4), m.end()):
        return  # "首任主任由时任副总理A担任": who held the seat then, not now
    before = at.text[max(0, m.start() - SET_REACH) : m.start()]
    if m["set"] and not (before.endswith("设") or (before.endswith(("；", ";")) and "设" in before)):
        return  # a comma between seat and 由 only after 设: "设联络员，由…担任"; "设主任1名，由A担任；副主任1名，由B担任"
    if m["count"] and CHIEF_SEAT_RE.search(m["seat"]):
        return  # "设总林长18名，由各县区党委、政府主要负责人担任": chiefs counted over many places, not one body's
    holders, group = seat_holders(m["who"], m["seat"]), group_of(at)
    if m["jointly"] and len(items := split_items(m["who"])) > 1 and all(who(i) for i in items):
        holders = [h for h in map(who, items) if h]
    if holders and group:
        yield at.found(m.start(), m.end(), *(Seat(name, kind, m["seat"], group) for name, kind in holders))


# "由市长储祥好担任全市产业链总链长", "市政府分管领导担任各重点产业链链长", "由分管…的副市长任组长",
# "副市长任学锋、宗国英任副组长", "国务院总理李克强担任A领导小组和B领导小组组长"
# (a holder starts a clause, a list item or follows 由: a match is tried from those places only, so a long list
# "A、B…和C等20个部门的分管副职任小组成员" is read whole, and in linear time)
TAKES_ROLE_RE = re.compile(
    rf"(?:^|(?<=[，。；：、由]))(?:由)?(?P<who>[^，。；：由]{{2,300}}?)(?:兼任|担任|出任|任|(?<![作成认因以])为)"
    rf"(?P<seat>[^，。；、任为兼]{{0,60}}?(?:{alternation(SEAT_WORDS)}))"
    r"(?P<also>兼任?[^，。；、为兼]{1,30}?)?(?=[，。；、的]|$)"
)  # "副县长王明任组长兼办公室主任": a second seat held with the first
SEAT_AT_END_RE = re.compile(
    f"(?:第[一二三四五])?(?:常务|执行)?(?:副)?(?:{alternation(SEAT_WORDS)})$|[一二三四五]级(?:总|副总|副)?[河湖林田路链]长$"
)  # "第一副组长"; a chiefs' system's seat by its level: "一级田长"
SET_UP_VERB_RE = re.compile(f"^(?:{alternation((*SET_UP_VERBS, '决定', '并'))})")
COUNT_RE = re.compile(BODY_COUNT)  # "20个相关职能部门的": how many bodies a list before it names
DESIGNATES_RE = re.compile(r"确定|明确|指定|推选|选派|推荐")
# words that open a clause, not a holder's name: "另外", "成立以市长为组长…" (以X为组长: X holds it)
DISCOURSE_RE = re.compile(
    r"^(?:(?:另外|此外|同时|其中|包括)[，,]?|将|把|[^，。；]{0,40}?(?:成立|组建|设立|建立|确定|明确|抽调|选派)了?以|了?以"
    rf"|[^，。；以]{{0,30}}?(?:{alternation(GROUP_KINDS)})[—\-\s：:]*以)"
)  # or "领导小组——以A为组长": the group named, then its seats


def _groups_named(text: str, at: At) -> list[str]:
    """The document's groups a piece of text names, in the order it names them."""
    named = [(text.find(g), g) for g in at.context.groups if g in text]
    return [g for _, g in sorted(named)]


GROUP_NAMED_REACH = 500  # characters before a seat where its sentence may name the group


def _seat_groups(m: re.Match[str], at: At) -> list[str]:
    """The groups a seat is in: those its words name, else the one whose set-up holds it ("成立以A为组长的X"),
    else those named before it in the sentence, else the document's."""
    found = _groups_named(m["seat"], at)
    around = at.context.group_around(at.start + m.start())
    before = at.text[max(0, m.start() - GROUP_NAMED_REACH) : m.start()]
    set_up = max(before.rfind(verb) for verb in SET_UP_VERBS)  # "A领导小组应设立B指挥部，由…": B's seats
    after_set_up = _groups_named(before[set_up:], at) if set_up >= 0 else []
    found = found or ([around] if around else []) or after_set_up or _groups_named(before, at)
    group = group_of(at)
    return found or ([group] if group else [])


def takes_role(m: re.Match[str], at: At) -> Iterator[Found]:
    """X担任/任 a seat; X may be a list ("副市长任学锋、宗国英"), the seat may name its groups."""
    seat = SEAT_AT_END_RE.search(m["seat"])
    if not seat or "办公室" in m["seat"] or (m["seat"].endswith("主任") and OFFICE_HEAD_RE.search(m.group())):
        return  # an office's head or deputy: groups.office-head reads it
    text = COUNTED_TRAILER_RE.sub("", DISCOURSE_RE.sub("", SET_UP_VERB_RE.sub("", m["who"])))  # "…等三位副市长"
    if HELD_THEN_RE.search(text) or text.removeprefix("由").startswith("原"):
        return  # "时任副总理A担任主任", "由原省长A担任的总河长调整为…": a seat held then
    text = text.removesuffix("列").removesuffix("等")  # "A、B等列为成员", "副秘书长A等担任委员": those named
    if text.endswith("分别"):
        return  # "A、B分别担任X、Y": each the seat at its place (groups.respectively)
    text = COUNTED_BODIES_RE.split(text)[0]  # "A、B等36个部门的39名领导为成员": the bodies named
    if designated := list(DESIGNATES_RE.finditer(text)):
        text = text[designated[-1].end() :]  # "全团会议推选A为…团长": the one chosen, when named
        if not is_person_name(text) and not name_after_post(text):  # or named after a post ("推选地委书记A")
            return  # "各成员单位确定1名分管领导为固定成员": how seats are filled, not who holds one
    if text.endswith("继续") or text.startswith("除"):
        return  # "变动后由…继续担任", "除了书记和代省长担任正副总林长": said of those named before
    members = bodies_seated(text, seat.group()) or holders_of(text)
    if seat.group() in MEMBER_KINDS and members and all(kind == "org" for _, kind in members):
        before, start = bodies_before(at.text, m.start("who"))  # "A、B，C、D等为成员单位": each group of bodies
        seats = [Seat(n, k, seat.group(), g) for g in _seat_groups(m, at) for n, k in before + members]
        yield at.found(min(start, m.start()), m.end(), *seats)
        return
    holders = members
    if holders and all(kind == "person" for _, kind in holders):
        holders = people_before(at.text, m.start("who")) + holders
    role = seat.group()
    if role in ("主任", "副主任") and m["seat"][: seat.start()].endswith("办"):
        role = m["seat"]  # "任省委改革办主任": the group's office by its short name, the text's own word
    roles = [role, *_also_held(m["also"])]
    if holders:
        seats = [Seat(h[0], h[1], r, g) for g in _seat_groups(m, at) for h in holders for r in roles]
        yield at.found(m.start(), m.end(), *seats)


def _also_held(also: str | None) -> list[str]:
    """The second seat of "任组长兼办公室主任": the office's seat as written, else the seat's word (none in
    "为主任兼主编": a post on the body's work, no seat of the group)."""
    words = (also or "").removeprefix("兼").removeprefix("任")
    if "办公室" in words:
        return [words[words.index("办公室") :]]
    seat = SEAT_AT_END_RE.search(words)
    return [seat.group()] if seat else []


# "成员单位包括市发展改革委、市教委…和静海区人民政府", "两大领导小组组成单位包括…等部门和单位"
MEMBERS_INCLUDE_RE = re.compile(
    r"(?P<subject>[^，。；]{0,30}?)(?P<seat>主要成员|成员单位|组成单位|成员"
    r"|(?:常务|执行)?副?(?:主席|主任|组长|指挥长|召集人)(?=(?:组成领导|组成人员|人员)有))"
    r"(?:组成领导|组成人员|人员)?(?:包括|有(?!关))[：:]?(?P<list>[^。；]+)"
)  # or a seat's holders by name: "组委会副主席组成领导有：教育部副部长A、B，…" (not "副组长包括" and posts)
# "两大领导小组", "这两个领导小组", "上述议事协调机构": every group the document names
ALL_GROUPS_RE = re.compile(
    r"(?:两|二|三|几|各|上述|以上)(?:个|大)?(?:领导小组|工作专班|联席会议|指挥部|委员会|议事协调机构)"
)


def members_include(m: re.Match[str], at: At) -> Iterator[Found]:
    """…成员单位包括A、B和C: the members of a group, or of every group the subject names."""
    if ALL_GROUPS_RE.search(m["subject"]):
        groups = list(at.context.groups)
    else:
        groups = _groups_named(m["subject"], at) or ([g] if (g := group_of(at)) else [])
    listed = _bodies_listed(m["list"])
    members = parse_members(MEMBERS_TRAILER_RE.sub("", listed), m["seat"])
    seats = [Seat(member, kind, m["seat"], g) for g in groups for member, kind in members]
    yield at.found(m.start(), m.start("list") + len(listed), *seats)


# "…等单位分管负责同志": the list's end, its bodies' heads the members
HEADS_TRAILER_RE = re.compile(r"等(?:\d+个)?(?:部门和单位|部门|单位)的?(?:(?:分管|主要)?(?:负责同志|负责人)|领导)?$")


def _bodies_listed(text: str) -> str:
    """The list up to its first comma, and on over each comma after which the list goes on with bodies only
    ("…、应急管理厅，民航中南地区管理局、海关总署广东分署") or people only, not a clause of its own."""
    parts = split_top_level(text, "，,")
    kept = parts[:1]
    for part in parts[1:]:
        if MEMBERS_TRAILER_RE.search(kept[-1]) or "为" in part:
            break  # "…等29个部门和单位，市民政局为牵头单位": the list was closed; a clause follows
        items = split_items(part)
        if not all(looks_like_org(HEADS_TRAILER_RE.sub("", i)) for i in items) and not _people(items, part):
            break
        kept.append(part)
    return "，".join(kept)


def _people(items: list[str], part: str) -> bool:
    """Whether each item names a person ("国家体育总局副局长于再清、段世杰": a list of people goes on), or the
    part names one after their posts ("省委副书记、市委书记A")."""
    items, part = [item.removesuffix("等") for item in items], part.removesuffix("等")  # "…A等": the list's end
    people = all((held := who(item)) is not None and held[1] == "person" for item in items)
    return people or ((held := who(part)) is not None and held[1] == "person")


AS_ROLE_RE = re.compile(
    rf"(?P<who>[^，。；]{{2,30}}?)作为(?P<seat>[^，。；]{{2,20}}?(?:单位|部门)|(?:{alternation(SEAT_WORDS)}))(?=[，。；])"
)


def as_role(m: re.Match[str], at: At) -> Iterator[Found]:
    """X作为…单位: a body in a seat of the mechanism ("市工信局作为总链长牵头单位"); X作为联络员: a holder."""
    group = group_of(at)
    listed = parse_actor_list(m["who"]) if "、" in m["who"] else []  # "A、B、C作为成员单位": each body
    holders = [(n, "org") for n in listed] or ([(m["who"], "org")] if looks_like_org(m["who"]) else [])
    if not holders and m["seat"] in SEAT_WORDS and not DESIGNATES_RE.search(m["who"]):
        holders = [h for h in [who(m["who"])] if h]  # "各成员单位一名负责同志作为联络员"
    if holders and group and all("、" not in name for name, _ in holders):
        seat = re.sub(r"^全市", "", m["seat"])
        yield at.found(m.start(), m.end(), *(Seat(name, kind, seat, group) for name, kind in holders))


# "张建国 县长（组长）", "赵文斌县卫健局局长（成员兼办公室主任）": a list line, the seats noted after the post
SEAT_NOTED_RE = re.compile(rf"^(?P<line>[^：:（）()\n]{{3,60}}?){SEAT_NOTE_RE.pattern}")


def seat_noted(m: re.Match[str], at: At) -> Iterator[Found]:
    """A person and post, then the seats they hold in brackets ("成员兼办公室主任": each)."""
    listed = person_post_line(m["line"])
    name = listed[1][0][0] if listed and len(listed[1]) == 1 else (split_name(m["line"]) or [None])[0]
    group = group_of(at)
    if name and group:
        yield at.found(0, len(at.text), *(Seat(name, "person", seat, group) for seat in m["seats"].split("兼")))


# "副组长2人，分别是：市委常委A，市政府副市长B", "成员共19人，分别是：市政协秘书长，…": a seat's holders after
# their count, a "，" apart (a "、" joins the posts of one holder)
SEATS_LISTED_RE = re.compile(
    rf"(?P<seat>(?:第一|常务)?(?:{alternation(SEAT_WORDS)}))(?:共|有)?[0-9一二两三四五六七八九十]+(?:人|名)[，,]?"
    r"分别(?:是|为)[：:]?(?P<list>[^。；]+)"
)


def seats_listed(m: re.Match[str], at: At) -> Iterator[Found]:
    """A seat's count, then each holder: a person after their posts, or a post in words."""
    holders = [who(item) for item in split_top_level(m["list"], "，,")]
    group = group_of(at)
    if group and holders and all(h and h[1] in ("person", "post") for h in holders):
        yield at.found(m.start(), m.end(), *(Seat(h[0], h[1], m["seat"], group) for h in holders if h))


def seat_posts(memberships: list[Membership]) -> list[PersonPost]:
    """ "项目法人代表：段拥军" also says 段拥军 holds that post in the body."""
    return [
        PersonPost(m.member, m.group, m.role, m.evidence)
        for m in memberships
        if m.member_type == "person" and m.role in POST_SEATS
    ]


SEAT_BY = Rule(
    "groups.seat-by",
    SEAT_BY_RE,
    seat_by,
    (
        "建立某市野生动植物保护联席会议制度。召集人由市政府分管林业的副市长担任。",
        "成立某省森林防火指挥部。指挥部总指挥由分管林业工作的副省长兼任。",
        "成立某省防汛指挥部。副总指挥由省政府协调水利工作的副秘书长、省水利厅厅长兼任。",
        "成立某市食品安全委员会。主任由市长担任，委员由各成员单位主要负责人担任。",
        "成立某市城乡规划委员会。该委员会设主任委员一名，由市长担任；设副主任委员两名，分别由常务副市长和主管城建的副市长担任。",
    ),
    (
        "建立某市野生动植物保护联席会议制度。组长由于出差未参会。",
        "成立某市林长制工作领导小组。全市共设总林长2名，由市委、市政府主要领导担任。",
    ),
    needs=("由",),
)
SEAT_IS = Rule(
    "groups.seat-is",
    SEAT_IS_RE,
    seat_is,
    (
        "调整某省污染源普查领导小组。副组长分别为省政府副秘书长王一鸣、省统计局局长李立新。",
        "某省全面推进河长制。省长王一鸣担任总河长，甲河河长为副市长赵三平。",
    ),
    ("调整某省污染源普查领导小组。组长为第一责任人。",),
    needs=("为", "是"),
)
