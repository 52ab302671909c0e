"""How a news report or a meeting's notice tells of a body: set up ("X正式成立"), meeting ("X召开全体会议"), its
members announced ("宣读了X人员组成"), a team arriving ("第一巡察组进驻Y"), its system put into practice ("推行X
联席会议制度"), made of bodies ("X由A、B组成"), its members adjusted or attending ("A、B等X成员单位参加会议"); the
patterns kg.extract.setups reads them with, the name and short name every set-up pattern shares, and a set-up's
own name among its words (group_name).
"""

from __future__ import annotations

import re

from kg.headings import heading_of
from kg.lexicon import GROUP_KINDS, SEAT_WORDS, SET_UP_VERBS, alternation

GROUP_SUFFIX = f"(?:{alternation(GROUP_KINDS)})(?:{alternation(GROUP_KINDS)})?"  # "链长制领导小组"
# "（以下简称市领导小组）", "（以下简称工作专班，不再保留…）", "（简称“领导小组”）"
SHORT_NAME = r"（(?:以下)?简称“?(?P<short>[^，。；）“”]{2,12}?)”?(?:，[^）]{0,60})?）"
# "会议宣读了新一届X委员会人员组成", "调整后的X委员会组成人员名单如下", "X领导小组成员名单如下": a body's members
# announced
COMPOSITION_RE = re.compile(
    rf"(?:(?:宣读|宣布|公布|通报)了?(?:新一届|新一轮|调整后的)?|调整后的|(?:^|(?<=[，。；]))"
    r"(?=[^，。；：\n]{4,60}(?:名单(?:通知|公布|印发)?如下|调整(?:如下|为)|(?:组成人员|成员)(?:名单)?[：:]))(?:现将|现就|现对|对)?)"
    rf"(?P<full>(?!现将|现就|现对)[^，。；：（）\n、]{{2,40}}?{GROUP_SUFFIX})"
    r"的?(?:人员组成|组成人员名单|组成人员|成员名单|成员)"
)  # "现将X委员会组成人员名单通知如下：", "X委员会的组成人员调整如下：", "X委员会成员调整为：", "X委员会组成人员："
# "在主席台就座的大会主席团常务委员会成员有：A、B", "领导小组成员包括…": a body named with its members listed
MEMBERS_LISTED_RE = re.compile(
    rf"(?:^|(?<=[，。；：的]))(?P<full>[^，。；：（）\n、的]{{2,40}}?{GROUP_SUFFIX})的?(?:全体)?成员(?:包括|有(?!关))"
)
# "6月27日，四川省地质灾害指挥部正式成立": a news report's body set up, its name first (a clause's head)
FOUNDED_RE = re.compile(
    rf"(?:^|(?<=[，。；：]))(?P<full>[^，。；：（）\n、]{{2,40}}?{GROUP_SUFFIX})(?:{SHORT_NAME})?(?:日前|近日|于[^，。；]{{2,12}}|在[^，。；在]{{1,12}}?)?"
    rf"(?:正式|宣告)?(?:挂牌|揭牌)?成立(?!以来|之|后|时|大会|周年)"
)  # or where: "X组委会在北京宣告成立"
# "第四届校务委员会第一次全体会议在某中心举行": the meeting named first, then where and 举行
# a 政协 committee or a congress's standing committee (corpus/ANNOTATION.md: no group of the guideline's kind)
STANDING_BODY_RE = re.compile(
    r"^(?:中国人民政治协商会议|政协)[^，。；]{0,30}委员会$|(?:人民代表大会常务委员会|人大常委会|人民代表大会)$"
)
MEETING_HELD_RE = re.compile(
    rf"(?:^|(?<=[，。；：]))(?:\d{{1,2}}月\d{{1,2}}日(?:上午|下午)?[，,]?)?(?P<full>[^，。；：（）\n、]{{2,40}}?{GROUP_SUFFIX})"
    r"(?:办公室)?(?:(?:\d{4}年)?(?:第[一二三四五六七八九十\d]+次)?(?:全体(?:成员|委员)?|成员)?(?:扩大)?(?:会议|大会|(?<=联席会议))"
    r"(?:\d{1,2}月\d{1,2}日(?:上午|下午|晚上)?)?(?:在[^，。；]{1,30}?|以[^，。；]{1,12}?形式)?(?:召开|举行)"
    r"|(?:在[^，。；]{1,30}?)?(?:召开|举行)了?[^，。；（(]{0,30}?(?:会议|大会))"
)  # or the body, then where it met: "学校安全生产委员会在行政楼608会议室召开了工作会议"; or its office met ("X领导小组
# 办公室召开第一次全体成员会议": the group's)
# "4月8日，区安全生产委员会召开全体会议": the body whose meeting a news report reports (its seats are named in
# the roll call's compound posts: "区长、区安委会主任王一鸣")
MEETS_RE = re.compile(
    rf"(?:^|(?<=[，。；：]))(?:\d{{1,2}}月\d{{1,2}}日(?:上午|下午)?[，,]?)?(?P<full>[^，。；：（）\n、]{{2,40}}?{GROUP_SUFFIX})"
    r"(?:召开|举行)了?(?:\d{4}年)?(?:第[一二三四五六七八九十\d]+次)?(?:全体(?:成员|委员)?|成员)?(?:扩大)?(?:会议|大会)"
)
# "虹口区召开妇女儿童工作委员会全体委员（扩大）会议": the body whose meeting a report reports, named after 召开
MEETING_CALLED_RE = re.compile(
    rf"召开了?(?P<full>[^，。；：（）()\n、]{{2,40}}?{GROUP_SUFFIX})(?:\d{{4}}年)?(?:第[一二三四五六七八九十\d]+次)?"
    r"(?:全体(?:成员|委员)?)?(?:[（(]?扩大[）)]?)?(?:工作|成立|换届)?(?:会议|大会)"
)  # or its founding: "我院召开新一届学术委员会成立大会"
# "县委第一巡察组进驻县委编办": an inspection team arriving where it works, the team the news report is about
TEAM_ARRIVES_RE = re.compile(
    r"(?:^|(?<=[，。；：]))(?:\d{1,2}月\d{1,2}日(?:上午|下午)?[，,]?)?"
    r"(?P<full>[^，。；：（）\n、]{2,40}?(?:巡察组|巡视组|督察组|督导组|督查组|检查组|考核组|调查组|指导组))"
    r"(?:正式|近日|日前|已)?(?:进驻|入驻|抵达|到达|(?:对[^，。；]{2,30}?(?:开展|进行))?(?:巡察|巡视|督察)(?![组办]))"
)  # or at its work: "区委第一巡察组巡察某镇党委…", "某巡视组对某省开展巡视"
# "该县正式开始推行城镇基础设施建设管理工作联席会议制度": a body by the system it works in, put into practice
PRACTISED_RE = re.compile(rf"(?:推行|实行|实施)(?P<full>[^，。；（）\n、]{{2,40}}?{GROUP_SUFFIX})制度")

# the verbs after which a group's own name starts ("调整" names a group already set up)
SET_UP_SPLIT_RE = re.compile(alternation(v for v in SET_UP_VERBS if v != "调整"))


def group_name(text: str) -> str:
    """The group's own name in "…成立由市长担任组长的X": the words after the last verb of setting up."""
    text = SET_UP_SPLIT_RE.split(text)[-1]
    text = re.sub(
        r"^(?:(?:充实|完善)了?|了|为|成(?=[0-9一二三四五六七八九十两]+个))", "", text
    )  # "调整充实(了)X领导小组",
    # "调整为X指挥部", "组建成4个X工作组"
    text = re.sub(
        r"^(?:由|以)?[^，。；]{0,40}?(?:担任|任|为)(?:组长|指挥长|总指挥|召集人|主任)的", "", text
    )  # "成立了副市长A为组长的X"
    text = re.sub(r"^由[^，。；]{2,60}?组成的", "", text)  # "成立由A、B等有关单位组成的X"
    text = re.sub(r"^(?:出席|参加)[^，。；]{2,40}?的", "", text)  # "出席自治区人代会的X代表团召开全团会议"
    text = re.sub(
        r"^[^，。；]*?[0-9一二三四五六七八九十两]+(?:位|名)", "", text
    )  # "报道披露了3位领导小组成员": a count of
    # members, not a group's name ("领导小组" alone then: the group spoken of)
    text = re.sub(r"^【[^【】]{1,12}】", "", text)  # "【媒体解读】X领导小组成立": a page's label, not the name
    text = re.sub(r"^第[一二三四五六七八九十百零\d]+条", "", text)  # "第二条 X领导小组是…": the article's number,
    text = re.sub(r"^\d{1,2}(?:\.\d{1,2}){1,3}", "", text)  # "4.1.5X领导小组成员由…": a clause's number
    text = text[heading[2] :] if (heading := heading_of(text)) else text  # "1.联席会议由…组成": the item's
    text = re.sub(r"^[省市县区镇乡村、]*[二三四五]级(?=[河湖林田路链]长制)", "", text)  # "区、镇、村三级路长制"
    opened = text[:1] in "“「《『" and {"“": "”", "「": "」", "《": "》", "『": "』"}[text[0]] not in text
    return text[1:] if opened else text  # "成立了“X领导小组”": the name, not its quotes ("“X”联席会议" keeps its)


# "招生工作领导小组是学校招生工作的决策机构": a rule book's or report's body, defined by what it is
DEFINED_RE = re.compile(
    rf"(?:^|(?<=[，。；：\s]))(?P<full>[^，。；：（）\n、\s]{{2,40}}?(?:{GROUP_SUFFIX}|指挥中心))(?:{SHORT_NAME})?"
    r"(?:是|为|作为)[^，。；]{0,30}?(?:议事协调|决策|领导|协调|咨询|常设)(?:和[^，。；]{2,6})?(?:机构|机关|组织)"
)
# "全面推行林长制", "实行河湖长制": a system whose seats are leaders (总林长, 河长), the document's group (not
# "推行一把手负责的林长制": what the system is, said of it)
SYSTEM_RE = re.compile(
    r"(?:推行|实行|实施|建立)(?P<full>[^，。；（）\n、的]{0,12}?[河湖林田链]长制)(?!领导小组|工作|办公室)"
)
# "全市书法大赛组委会由市政协、市教育局等6单位组成": a body named, then what it is made of (a news report's
# way of telling a body set up)
MADE_OF_RE = re.compile(
    rf"(?:^|(?<=[，。；：\s）)]))(?P<full>[^，。；：（）\n、\s]{{2,40}}?(?:{GROUP_SUFFIX}|(?<!领导)小组))(?:{SHORT_NAME})?"
    r"(?:分别)?由(?=[^。；\n]{2,300}?组成(?!员))"
)  # or a working group of a plan: "（7）善后处置小组由A牵头，B、C等单位组成"

# "某县山洪灾害防御指挥部指挥长由县长兼任": a body named with a seat in it, then who holds it; or named, then who
# holds which seat ("长江防总由某省省长担任总指挥")
_SEAT = rf"(?:第一|常务)?副?(?:{alternation(SEAT_WORDS)})"
SEAT_NAMED_RE = re.compile(
    rf"(?:^|(?<=[，。；：\s]))(?P<full>[^，。；：（）\n、\s]{{2,40}}?(?:{GROUP_SUFFIX}|指挥中心))(?:{SHORT_NAME})?"
    rf"(?:{_SEAT}由|由[^，。；：\n]{{1,40}}?(?:担任|兼任){_SEAT}(?=[，。；]|$))"
)
# "由A、B等专家组成的验收组": a body named by what it is made of, its kind alone as its name
COMPOSED_NAMED_RE = re.compile(
    rf"由[^，。；由]{{2,300}}?等[^，。；由]{{0,12}}?组成的(?P<full>[^，。；：（）\n、\s]{{0,20}}?{GROUP_SUFFIX})"
)

# "现将某市治超工作领导小组（以下简称市治超领导小组）成员做如下调整": the group whose members a notice lists
MEMBERS_NOW_RE = re.compile(
    rf"现将(?:调整(?:充实)?后的|新一届)?(?P<full>[^，。；：（）\n]{{2,40}}?{GROUP_SUFFIX})(?:{SHORT_NAME})?的?"
    r"(?:(?:组成人员|成员单位|成员|组成单位)(?:名单)?)?(?:(?:做|作|予以)?(?:如下|以下)?调整|(?:公布|通知|明确)如下)"
)  # or the roster that follows: "现将调整后的某乡森林防火工作领导小组公布如下："

# "A、B、C等县征兵工作领导小组成员单位领导参加会议": a body spoken of by its member units (a news report's)
MEMBER_UNITS_OF_RE = re.compile(rf"等(?P<full>[^，。；：、（）\n]{{2,40}}?{GROUP_SUFFIX})(?:各)?成员单位")
