"""The bodies a document sets up, adjusts or speaks of: "成立X（以下简称Y）", "对X领导小组…进行调整", a
news report's "X正式成立", a notice's heading over its seats; as rules (kg.extract.context reads them once).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from kg.extract import setup_news as news
from kg.headings import SECTION_MARK
from kg.lexicon import GROUP_KINDS, MECHANISM_KINDS, SET_UP_VERBS, alternation
from kg.rules import At, Found, Rule

SET_UP = alternation(SET_UP_VERBS)
# "成立X（以下简称Y）", "决定建立X制度", "成立由市长担任组长的X"
# (not "…等领导小组", "调整后的两大领导小组": several groups spoken of at once)
SET_UP_RE = re.compile(
    rf"(?:{SET_UP})(?!后)(?:由[^，。；\n]{{0,40}}?担任组长的)?(?P<full>[^，。；（）\n]{{0,40}}?(?<!等){news.GROUP_SUFFIX})"
    rf"(?:制度)?(?:{news.SHORT_NAME})?"
)
# a body named after the body it belongs to: "成立某某委员会精神文明建设指导委员会" (the rest of its name, not "和B指挥部")
NAMED_AFTER_BODY_RE = re.compile(
    rf"(?P<rest>[^，。；（）\n、和及与]{{1,30}}?{news.GROUP_SUFFIX})(?:制度)?(?:{news.SHORT_NAME})?"
)
# "建立X工作机制（以下简称工作机制）": a mechanism named short is a body of its own ("建立…工作机制" alone is
# most often a way of working, no body)
MECHANISM_RE = re.compile(
    rf"(?:{SET_UP})(?P<full>[^，。；（）\n]{{2,40}}?(?:{alternation(MECHANISM_KINDS)})){news.SHORT_NAME}"
)
# "成立以市长A为组长，B、C为副组长，…为成员的X领导小组" (or 由…任组长; "确定了以A为组长…的X"): the seats first, then the group
SET_UP_LED_RE = re.compile(
    rf"(?:{SET_UP}|确定|明确|组成)了?(?:以|由)[^。；]{{2,300}}?(?:(?:为|任)[^，。；的]{{0,10}}|组成|参加)的(?P<full>[^，。；（）\n的]{{0,40}}?{news.GROUP_SUFFIX})"
    rf"(?:{news.SHORT_NAME})?"
)
# "对X领导小组（以下简称市领导小组）机构设置进行调整": with 对, only a group the text names short
ADJUST_RE = re.compile(rf"对(?P<full>[^，。；（）\n]{{2,40}}?{news.GROUP_SUFFIX}){news.SHORT_NAME}")
# "对A领导小组和B领导小组组成单位和人员进行调整": several groups adjusted at once
ADJUST_SEVERAL_RE = re.compile(
    rf"对(?P<full>[^，。；（）\n]{{4,120}}?{news.GROUP_SUFFIX})(?:的)?(?:组成单位|组成人员|成员单位|成员|人员|机构设置)"
)
# "市突发重大动物疫情应急指挥部办公室设在市畜牧食品局": a body named with its office, then where the office is
# (the body's own words before its kind: "市领导小组办公室" is a short name, the spoken-of rule's)
OFFICE_NAMED_RE = re.compile(
    rf"(?:^|(?<=[，。；：\s]))(?P<full>[^，。；：（）\n、\s]{{2,40}}?(?:{news.GROUP_SUFFIX}|指挥中心))(?:{news.SHORT_NAME})?"
    r"办公室设(?:在|于)"
)  # (an office with a short name of its own, "X办公室（以下简称Y）设在Z", is the subject of its sentence)
# "一、某县安全生产委员会" above "主  任：王一鸣 县长": a notice's heading names each body it sets up or adjusts
# (an office or a working group too, over its seats: "三、某某办公室", "（一）宣传组")
HEADED_GROUP_RE = re.compile(
    rf"(?m)^(?P<mark>(?:{SECTION_MARK}|\d{{1,2}}(?:[.．]\d{{1,2}})+|\d{{1,2}}[.、．])\s*)?"
    rf"(?P<full>(?![\d\s])[^，。；：\n]{{2,40}}?(?:{news.GROUP_SUFFIX}|办公室|组))(?:(?:制度|(?:组成人员|成员|组织机构及人员|人员)名单)?$"
    r"(?=\n[\u4e00-\u9fff]{0,4}?(?:组\s?长|主\s?任|指挥长|总指挥|召集人|成\s?员|委\s?员)\s*[：:])"
    r"|(?(mark)(?:成员|组成人员|成员名单|人员名单|组成(?:[及和与]职责)?)[：:]?$|(?!)))"
)  # or its members' heading: "二、督查组成员" over one member a line; unmarked, a line of the name alone over its
# seats ("某县防汛抗旱指挥部" over "组长：…")
# "领导小组办公室设在…", "联席会议设联络员": a page that speaks of its body by its kind alone (a notice's second page),
# when it names none
SPOKEN_OF_RE = re.compile(
    r"(?:^|(?<=[，。；：]))(?P<kind>[省市县区镇乡]?(?:领导小组|联席会议|指挥部|工作专班))"
    r"(?=办公室设|下设|设(?:立)?(?:办公室|联络员)|成员(?:因|单位)|(?:组长|召集人|总指挥|指挥长)由)"
    r"|(?P<system>(?P<field>[河湖林田路链])长制)"
)  # or a chiefs' system ("河长制") in a text that seats its chiefs ("总河长", "龙王港河长为…")
SPOKEN_OF = "groups.spoken-of"
GROUP_END_RE = re.compile(f"{news.GROUP_SUFFIX}$")
# "关于成立X的通知", "关于调整X机构设置的通知", "关于同意成立X的批复", "关于建立X制度的通知"
TITLE_GROUP_RE = re.compile(
    rf"^关于(?:同意)?(?:{SET_UP}|调整充实|充实调整)(?P<full>.+?{news.GROUP_SUFFIX})"
    r"(?:制度)?(?:机构设置|组成人员|成员单位|成员)?的(?:通知|批复|决定)$"
    rf"|^(?P<listed>[^，。；：]{{2,40}}?{news.GROUP_SUFFIX})(?:组成人员|成员单位|成员)?名单$"  # "X领导小组成员名单"
    rf"|^(?P<rules>[^，。；：]{{2,40}}?{news.GROUP_SUFFIX})(?:工作)?(?:规程|章程|议事规则|工作规则|制度)$"  # "X委员会规程"
    rf"|^(?:关于印发)?(?P<printed>[^，。；：]{{2,40}}?{news.GROUP_SUFFIX})(?:工作规则|议事规则)[（(]试行[）)](?:的通知)?$"
)  # "关于印发X指挥部工作规则（试行）的通知"


OUR_PLACE_RE = re.compile(r"^(?:我|本|该)[省市县区乡镇]将?")  # "我乡将领导小组办公室设在…": the office, not "我乡将"

COUNTED_RE = re.compile(
    r"^[0-9一二三四五六七八九十两]+(?:个|人(?=[\u4e00-\u9fff]{4}))"
)  # "十二个X组", "13人防汛指挥所"


@dataclass(frozen=True)
class SetUp:
    """A body a document sets up, with the short name it gives it."""

    name: str
    short: str | None


def _spoken_of(m: re.Match[str], at: At) -> Iterable[Found]:
    """The body a text speaks of by its kind alone; the document's own only when it sets up none by name."""
    if m["system"] and m["field"] not in _chiefs_seated(at.doc.text.text):
        return  # "推进河长制": a system named in passing, no chief over it seated
    yield at.found(m.start(), m.end(), SetUp(m["kind"] or m["system"], None))


CHIEF_SEAT_RE = re.compile(r"总(?P<field>[河湖林田路链])长(?!制)")  # a system-wide chief: "总河长", "总链长"


@functools.lru_cache(maxsize=4)
def _chiefs_seated(text: str) -> frozenset[str]:
    """The kinds of system whose chief over all a text seats ("河" of "总河长"), read once per text."""
    return frozenset(m["field"] for m in CHIEF_SEAT_RE.finditer(text))


# set-ups that seat people: a body by its kind alone too
SEATED_SET_UPS = ("groups.heading", "groups.set-up-led", "groups.composed-named")
# "成立领导小组，成员如下：", "成立工作专班，组成人员名单如下": a body by its kind alone, its members listed next
MEMBERS_FOLLOW_RE = re.compile(
    r"[，,]?(?:其)?(?:成员|组成人员|人员组成|组成)(?:名单)?(?:如下|为)?[：:]|[，,]?(?:成员|组成人员)名单如下"
)


def _set_up(m: re.Match[str], at: At) -> Iterable[Found]:
    """A body the text or the title sets up, and its short name (not a kind of body alone: "组建工作专班", but
    a heading "五、成立领导小组" over its seats sets up the group it names so)."""
    named = m["full"] or m.groupdict().get("listed") or m.groupdict().get("rules") or m.groupdict().get("printed") or ""
    end, short = m.end(), m.groupdict().get("short")
    if m.re is SET_UP_RE and m.end() == m.end("full") and (more := NAMED_AFTER_BODY_RE.match(at.text, end)):
        named, end, short = named + more["rest"], more.end(), more["short"]  # "X委员会精神文明建设指导委员会"
    name = COUNTED_RE.sub("", news.group_name(named))  # "十二个改革推进组"
    if news.STANDING_BODY_RE.search(name):
        return  # "政协某旗第十一届委员会第一次会议召开": a congress's or a 政协's own body, whose seats are posts
    seated = at.rule.name in SEATED_SET_UPS or MEMBERS_FOLLOW_RE.match(at.text, end) is not None
    if name not in GROUP_KINDS or name.endswith("长制") or seated:  # not "设立9个工作组"
        yield at.found(m.start(), end, SetUp(name, short))


def _office_named(m: re.Match[str], at: At) -> Iterable[Found]:
    """A body named with its office placed in another ("X指挥部办公室设在Y"), when its name has words of its
    own before its kind (two characters at least: "市领导小组" is the short name of one set up)."""
    kind = GROUP_END_RE.search(m["full"])
    ours = OUR_PLACE_RE.match(m["full"])  # "我乡将领导工作小组办公室设在…": the group, not "我乡将"
    if kind and kind.start() >= 2 + (ours.end() if ours else 0):
        named = m["full"][ours.end() :] if ours else m["full"]
        yield at.found(m.start("full") + (ours.end() if ours else 0), m.end(), SetUp(named, m["short"]))


def split_groups(text: str) -> list[str]:
    """ "A领导小组和B领导小组" → both names; "国务院振兴东北地区等老工业基地领导小组" stays one."""
    names: list[str] = []
    start = 0
    for m in re.finditer(r"以及|和|及|、", text):
        left = text[start : m.start()]
        if GROUP_END_RE.search(left) and len(left) > 4:
            names.append(left)
            start = m.end()
    return [*names, text[start:]]


def _adjusted(m: re.Match[str], at: At) -> Iterable[Found]:
    """Each group a sentence adjusts ("对A和B组成单位和人员进行调整"), when it names each in full."""
    names = [n for n in split_groups(m["full"]) if len(n) > 6]
    yield at.found(m.start(), m.end(), *(SetUp(n, None) for n in names))


SET_UP_RULES = (
    Rule(
        "groups.title",
        TITLE_GROUP_RE,
        _set_up,
        (
            "关于成立临江市氢能产业发展工作专班的通知",
            "关于调整某市数字经济发展领导小组机构设置的通知",
            "某县森林防火指挥部成员名单",
        ),
        ("关于印发某市数字经济发展规划的通知",),
        unit="title",
    ),
    Rule(
        "groups.set-up",
        SET_UP_RE,
        _set_up,
        ("决定成立某市分布式能源发展工作专班（以下简称工作专班）。", "建立某市野生动植物保护联席会议制度"),
        ("加强组织领导，明确工作职责。",),
        unit="paragraph",
        needs=SET_UP_VERBS,
    ),
    Rule(
        "groups.set-up-mechanism",
        MECHANISM_RE,
        _set_up,
        ("在某市领导小组下，建立某市省部联席落实推进工作机制（以下简称工作机制）。",),
        ("建立健全某市河湖管护长效工作机制，压实各方责任。",),
        unit="paragraph",
        needs=("机制",),
    ),
    Rule(
        "groups.set-up-led",
        SET_UP_LED_RE,
        _set_up,
        (
            "成立以市长王立新为组长，副市长赵海为副组长，各部门主要负责人为成员的某市防汛领导小组。",
            "成立由县长任组长，县财政局、县民政局等单位为成员的某县救灾工作领导小组。",
        ),
        ("成立以来，以市长为组长的领导机构运转顺畅。",),
        unit="paragraph",
        needs=("以", "由"),
    ),
    Rule(
        "groups.heading",
        HEADED_GROUP_RE,
        _set_up,
        ("关于调整部分议事协调机构组成人员的通知\n一、某县安全生产委员会\n主任：王立新 县长",),
        ("关于调整部分议事协调机构组成人员的通知\n一、某县安全生产委员会\n县安全生产委员会负责统筹全县安全工作。",),
        unit="document",
    ),
    Rule(
        "groups.made-of",
        news.MADE_OF_RE,
        _set_up,
        ("活动筹委会召开会议。全市书法大赛组委会由市政协、市教育局、市团委等6单位组成。",),
        ("成员由市政协、市教育局组成。", "领导小组由组长、副组长和成员组成。"),
        unit="paragraph",
        needs=("组成",),
    ),
    Rule(
        "groups.composed-named",
        news.COMPOSED_NAMED_RE,
        _set_up,
        ("由张三、李四等专家组成的验收组对项目进行了验收。",),
        ("由组长、副组长和成员组成。",),
        unit="paragraph",
        needs=("组成的",),
    ),
    Rule(
        "groups.seat-named",
        news.SEAT_NAMED_RE,
        _set_up,
        ("某县山洪灾害防御指挥部指挥长由县防汛抗旱指挥部指挥长兼任，副指挥长由县水利局负责同志担任。",),
        ("领导小组组长由县长担任。",),
        unit="paragraph",
        needs=("由",),
    ),
    Rule(
        "groups.office-named",
        OFFICE_NAMED_RE,
        _office_named,
        ("某县防汛抗旱指挥部办公室设在县水利局，负责日常工作。", "我县将救灾工作领导小组办公室设在县民政局。"),
        ("领导小组办公室设在县水利局。", "市领导小组办公室设在市发展改革委。"),
        unit="paragraph",
        needs=("办公室",),
    ),
    Rule(
        "groups.founded",
        news.FOUNDED_RE,
        _set_up,
        ("近日，某市防汛抗旱指挥部正式成立。", "某县乡村振兴工作领导小组日前挂牌成立"),
        ("某县乡村振兴工作领导小组成立以来，工作有序推进。",),
        unit="paragraph",
        needs=("成立",),
    ),
    Rule(
        "groups.members-now",
        news.MEMBERS_NOW_RE,
        _set_up,
        ("现将某市治超工作领导小组（以下简称市治超领导小组）成员做如下调整：",),
        ("现将工作方案印发给你们。",),
        unit="paragraph",
        needs=("现将",),
    ),
    Rule(
        "groups.members-listed",
        news.MEMBERS_LISTED_RE,
        _set_up,
        ("在主席台就座的大会主席团常务委员会成员有：王一、李二、张三。",),
        ("会议要求各成员有关单位加强协作。", "成员包括市财政局。"),
        unit="paragraph",
        needs=("成员",),
    ),
    Rule(
        "groups.defined",
        news.DEFINED_RE,
        _set_up,
        ("第二条 某校招生工作领导小组是学校招生工作的决策机构，负责招生事项决策。",),
        ("某校招生工作领导小组是一个好集体。",),
        unit="paragraph",
        needs=("机构", "机关", "组织"),
    ),
    Rule(
        "groups.meeting-held",
        news.MEETING_HELD_RE,
        _set_up,
        ("12月31日下午，第四届校务委员会第一次全体会议在学术交流中心举行。",),
        ("会议在市政府举行。",),
        unit="paragraph",
        needs=("召开", "举行"),
    ),
    Rule(
        "groups.meeting-called",
        news.MEETING_CALLED_RE,
        _set_up,
        ("8月30日上午，某区召开妇女儿童工作委员会全体委员(扩大)会议。", "某市召开双拥工作领导小组全体会议"),
        ("某区召开安全生产工作会议。",),
        unit="paragraph",
        needs=("召开",),
    ),
    Rule(
        "groups.practised",
        news.PRACTISED_RE,
        _set_up,
        ("自今年起，某县正式推行城乡供水工作联席会议制度。",),
        ("某县推行首问负责制度。",),
        unit="paragraph",
        needs=("推行", "实行", "实施"),
    ),
    Rule(
        "groups.system",
        news.SYSTEM_RE,
        _set_up,
        ("为全面推行林长制，现对省级林长予以调整。",),
        ("成立某县全面推行河长制领导小组。",),
        unit="paragraph",
        needs=("长制",),
    ),
    Rule(
        "groups.meets",
        news.MEETS_RE,
        _set_up,
        ("4月8日，某区安全生产委员会召开全体会议。", "某县食品安全委员会召开2023年第一次全体成员会议"),
        ("会议强调，要召开专题会议研究部署。",),
        unit="paragraph",
        needs=("召开", "举行"),
    ),
    Rule(
        "groups.team-arrives",
        news.TEAM_ARRIVES_RE,
        _set_up,
        ("7月29日，县委第一巡察组进驻县城管局召开巡察工作动员会。",),
        ("巡察组进驻后，县城管局认真配合。",),
        unit="paragraph",
        needs=("进驻", "入驻", "抵达", "到达", "巡察", "巡视", "督察"),
    ),
    Rule(
        "groups.composition",
        news.COMPOSITION_RE,
        _set_up,
        (
            "会议宣读了新一届某省安全生产委员会人员组成。",
            "现将某县防汛指挥部组成人员名单通知如下：",
            "某县防汛指挥部成员调整为：",
        ),
        ("会议听取了安全生产工作情况汇报。",),
        unit="paragraph",
        needs=("组成", "名单", "成员"),
    ),
    Rule(
        "groups.adjust",
        ADJUST_RE,
        _set_up,
        ("决定对某市数字经济发展领导小组（以下简称市领导小组）机构设置进行调整。",),
        ("对市领导小组负责。",),
        unit="paragraph",
        needs=("以下简称",),
    ),
    Rule(
        "groups.adjust-several",
        ADJUST_SEVERAL_RE,
        _adjusted,
        ("国务院决定对国务院防汛抗旱总指挥部和国家减灾委员会组成人员进行调整。",),
        ("对领导小组成员进行调整。",),
        unit="paragraph",
        needs=("对",),
    ),
    Rule(
        "groups.member-units-of",
        news.MEMBER_UNITS_OF_RE,
        _set_up,
        ("县委宣传部、县人武部、县财政局等县征兵工作领导小组成员单位领导参加会议。",),
        ("各成员单位要加强配合。",),
        unit="paragraph",
        needs=("成员单位",),
    ),
    Rule(
        SPOKEN_OF,
        SPOKEN_OF_RE,
        _spoken_of,
        (
            "领导小组办公室设于某省林业厅，负责领导小组的具体事务。",
            "联席会议设联络员，由各成员单位有关科室负责同志担任。",
            "某省全面推进河长制。省长王一鸣担任总河长。",
        ),
        ("各地要成立相应的领导小组，加强组织领导。", "各地要全面推进河长制。"),
        unit="paragraph",
        needs=("领导小组", "联席会议", "指挥部", "工作专班", "长制"),
    ),
)


def led_by(mechanism: str, group: str) -> bool:
    """ "X链长制" and "X链长制领导小组": the group is the mechanism's own."""
    return group.startswith(mechanism) and GROUP_END_RE.fullmatch(group[len(mechanism) :]) is not None
