"""The shapes a line of a gazette can have: furniture, heading, label, date, number, issuer, title.

Repair uses them to tell where a paragraph starts; segmentation, to tell a
document's head from its body.
"""

from __future__ import annotations

import re

from kg.lexicon import (
    DOCUMENT_KINDS,
    ISSUER_ENDINGS,
    LIST_LABEL_NOUNS,
    LIST_LABEL_VERBS,
    PLAN_KINDS,
    POST_LINE_ENDINGS,
    alternation,
)

# "·市政府工作报告·", "·人事任免·": running heads
RUNNING_HEAD_RE = re.compile(r"^[·•・]\s*[^·•・]{2,24}\s*[·•・]$")
# "运城市人民政府公报 ·市政府办公室文件·": the gazette's page head
GAZETTE_HEAD_RE = re.compile(
    r"^\S{0,20}公报(\s*[·•・]\s*[^·•・]{2,24}\s*[·•・])?$|"
    r"^\S{0,20}公报\s*(?:\d{4}\s*年)?\s*第?\s*\d+\s*期(?:\s*[（(]?总第\s*\d+\s*期[）)]?)?$"
)
# "目  录" and its entries: "关于印发…的通知…………（3）"
CONTENTS_RE = re.compile(r"^目\s*录$")
CONTENTS_ENTRY_RE = re.compile(r"^.{2,80}?(?:…{2,}|\.{4,}|·{4,}|－{3,}|—{3,})\s*[（(]?\d{1,4}[）)]?$")
# "30- -", "- 30 -", "—30—", "第 30 页": page numbers
PAGE_NUMBER_RE = re.compile(
    r"^(?:[-—–－]\s*)*\d{1,4}(?:\s*[-—–－])+\s*$|^(?:[-—–－]\s*)+\d{1,4}(?:\s*[-—–－])*\s*$|^第\s*\d{1,4}\s*页(?:\s*共\s*\d+\s*页)?$"
    r"|^[\[【〔](?:接上页|续上页|上一页|下一页|接下页)[\]】〕]$"
)  # or a mirror's mark where its page goes on: "[接上页]"
PAGE_GOES_ON_RE = re.compile(r"^[\[【〔](?:接上页|续上页)[\]】〕]\s*")  # the mark before the page's first words

# "运城市促进专业镇高质量发展三年行动计划" alone on the last line of a page: a running head
RUNNING_TITLE_RE = re.compile(f"^[\u4e00-\u9fff“”（）]{{6,40}}(?:{alternation(PLAN_KINDS)})$")

_CJK = r"\u3400-\u9fff\uf900-\ufaff"
CJK_RE = re.compile(f"[{_CJK}]")
# A character of Chinese text: CJK ideographs plus full-width punctuation and forms.
_WIDE = f"{_CJK}\u3000-\u303f\uff00-\uffef\u2010-\u206f\u2460-\u24ff\u2160-\u217f"
WIDE_RE = re.compile(f"[{_WIDE}]")
_NARROW_RE = re.compile(f"[^{_WIDE}]")  # counted rather than the wide ones: a line has few

POST_END = alternation(POST_LINE_ENDINGS)
# "陈 杰 市委常委、常务副市长", "组 长：陈 杰 市委常委": a person then the post, by a space
NAME_POST_RE = re.compile(
    rf"^(?P<label>[^：:]{{1,12}}[：:])?\s*(?P<name>[{_CJK}](?: {{0,3}}[{_CJK}]){{1,3}}) +"
    rf"(?P<post>[^\s：:][^\s：:]{{0,40}}(?:{POST_END})(?: ?[（(][^（）()]{{1,40}}[）)])?)$"
)  # "张建国 县长（组长）", "汤平 副省长 (责任区域:甲市、乙市)": the seat or the area noted after the post
# "运城市人民政府市长 储祥好": the post then the person
POST_NAME_RE = re.compile(
    rf"^(?P<post>[^\s：:][^\s：:]{{1,40}}(?:{POST_END})) +(?P<name>[{_CJK}](?: {{0,3}}[{_CJK}]){{1,3}})$"
)

# "副组长：李立新 区委副书记、区长 赵海涛 区委常委" (or "县长 王一鸣 副县长 李立新"): several people on one
# line, each name and post a space apart (no padding inside a name: the spaces are the separators)
_NAME, _POST = rf"[{_CJK}]{{2,4}}", rf"[^\s：:]{{1,40}}?(?:{POST_END})"
PAIRS_RE = re.compile(
    rf"^(?:[^：:\s](?: ?[^：:\s]){{0,11}}[：:])?\s*(?:(?:{_NAME} +{_POST} +)+{_NAME} +{_POST}|(?:{_POST} +{_NAME} +)+{_POST} +{_NAME})$"
)  # (a label may be padded: "成 员:")

# "组    长  王一鸣  市长", "副 指 挥 长  副县长 李立新": a seat's label set off by spaces, its colon left out
BARE_LABEL_RE = re.compile(
    r"^(?P<label>(?:第一|常务|执行)?(?:副\s*)?(?:组\s*长|指\s*挥\s*长|召\s*集\s*人)|(?:副\s*)?总\s*指\s*挥|"
    r"成\s*员(?:\s*单\s*位)?|联\s*络\s*员|(?:副\s*)?主\s*任(?:\s*委\s*员)?|委\s*员)\s+(?=\S)"
)
# "王一鸣（市长）": a name, its post in brackets (what may follow a label set off by spaces)
NAME_BRACKET_RE = re.compile(rf"^[{_CJK}]{{2,4}}[（(][^（）()]{{2,30}}[）)]$")


def display_width(text: str) -> float:
    """Width in em: Chinese characters and full-width forms 1, spaces ¼, others ½."""
    wide, spaces = len(text) - len(_NARROW_RE.findall(text)), text.count(" ")
    return wide + 0.25 * spaces + 0.5 * (len(text) - wide - spaces)  # quarters: every sum is exact


# the last character of every line of furniture: a head's dot, 公报, 期, a page's number or dash, 录, 页
_FURNITURE_ENDS = frozenset("·•・报期）)录页0123456789-—–－|｜]】〕")


def is_furniture(line: str) -> bool:
    """Page furniture: running heads, the gazette's head, page numbers, its table of contents."""
    s = line.strip()
    if not s or s[-1] not in _FURNITURE_ENDS:
        return False  # most lines: every pattern below ends in one of these characters
    if s[-1] in "|｜" and not s.strip("|｜ \t\u3000"):
        return True  # a web table's bars left alone on a line
    return bool(
        RUNNING_HEAD_RE.match(s)
        or GAZETTE_HEAD_RE.match(s)
        or PAGE_NUMBER_RE.match(s)
        or CONTENTS_RE.match(s)
        or CONTENTS_ENTRY_RE.match(s)
    )


# The marks after which a PDF line never runs on (see ends_sentence).
HARD_STOPS = frozenset("。！？：!?:")
HANGING = frozenset("，。、；：？！”’）》」』")
CLOSERS = "”’）)】］]」』》〉"

# a list's label of a role verb and a kind of holder: "牵头领导", "责任单位" (a working group's roles too)
ROLE_LABEL_RE = re.compile(f"^(?:{alternation(LIST_LABEL_VERBS)})(?:{alternation(LIST_LABEL_NOUNS)})$")
# "组 长：", "成员单位：", "牵头单位：", "责任单位：", "召 集 人："
LABEL_RE = re.compile(
    r"^(?:[一二三四五六七八九十]+、|\d{1,2}[.、．]\s*|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[）)]\s*)?[\u4e00-\u9fff]{0,4}?"
    r"(?P<label>(?:常务|执行|第一)?(?:组长|副组长)|成员(?:单位|部门)?|(?:总|副)?召集人|(?:常务|专职|执行)?(?:副总|总|副)?(?:指挥长|总指挥|指挥)|(?:名誉|荣誉)?副?主任(?:委员)?|委员|副?秘书长?|顾问|"
    f"(?:{alternation(LIST_LABEL_VERBS)})(?:{alternation(LIST_LABEL_NOUNS)})|办公室(?:副)?主任|联络员|"
    r"(?:副)?总?[链河湖林田]长|副?所长|项目法人代表|技术负责人|财务负责人|任命|免去)(?:[（(][^（）()：:\n]{2,12}[）)])?[：:]"
)  # "委员（以姓氏笔画为序）：": a note on the list's order before the colon; "1.组长：", "（二）成员：" numbered
# or a label run on after the list's announcement: "…，名单如下：组长：王一鸣（镇长）"
RUN_ON_LABEL_RE = re.compile(rf"(?:^|(?<=如下[：:])){LABEL_RE.pattern.removeprefix('^')}")
DATE_LINE_RE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日$")
CN_DATE_RE = re.compile(
    r"^(?P<y>[〇零○Ｏ一二三四五六七八九]{4})年(?P<m>[一二三四五六七八九十]{1,3})月(?P<d>[一二三四五六七八九十]{1,3})日$"
)


def is_date_line(text: str) -> bool:
    """A date on a line of its own: "2023年3月5日", "二〇二三年三月五日" (a signature's, or a title's)."""
    return bool(DATE_LINE_RE.match(text) or CN_DATE_RE.match(text))


# 文号, document number: "运政办发〔2023〕6号", also with [ ] 【】 （） brackets
DOC_NUMBER_RE = re.compile(
    r"^(?P<prefix>[\u4e00-\u9fff]{0,12})[〔\[【（(［]\s*(?P<year>\d{4})\s*[〕\]】）)］]\s*(?P<no>\d{1,4})\s*号$"
)
PUBLIC_RE = re.compile(r"^[（(]此件[^）)]{1,10}[）)]$")
ATTACHMENT_RE = re.compile(r"^附\s*件\s*[\d１-９]*\s*(?:[：:]|$)")
# The issuer line of a document head: "运城市人民政府办公室", "运城市卫生健康委员会"
ISSUER_RE = re.compile(f"^(?:[\u4e00-\u9fff（）()]{{2,30}}(?:{alternation(ISSUER_ENDINGS)})|[省市县区州盟旗]政府)$")
TITLE_START_RE = re.compile(r"^关于")
# Kinds of document whose title ends a document's head: "…的通知", "…的批复"
TITLE_END_RE = re.compile(f"(?:{alternation(DOCUMENT_KINDS)})$")
# a title's last line when the title wraps: short, no clause in it, a document's kind at its end, perhaps with the
# period or edition it covers ("“8810”行动计划（2023-2026年）", "行动方案（试行）")
TITLE_TAIL_RE = re.compile(
    rf"^[^，。；：,;:]{{1,30}}?(?:{alternation(DOCUMENT_KINDS)})(?:\s*[（(][^（）()]{{1,20}}[）)])?$"
)


def wrapped_title(first: str, second: str) -> str | None:
    """The title of a first line that ends without a document's kind and a second line that ends one."""
    if TITLE_END_RE.search(first) or not TITLE_TAIL_RE.match(second) or len(first) + len(second) > 80:
        return None
    return first + second


def ends_clause(text: str) -> bool:
    """Ends a sentence or a clause of a list (；)."""
    return ends_sentence(text) or text.rstrip().rstrip(CLOSERS).endswith(("；", ";"))


def ends_sentence(text: str) -> bool:
    """Ends on 。！？ or ：, the marks after which a PDF line never runs on.

    A line ending on ； or ， may still run on: clauses of one paragraph.
    """
    stripped = text.rstrip().rstrip(CLOSERS)
    return bool(stripped) and stripped[-1] in HARD_STOPS


def is_issuer_line(text: str) -> bool:
    """ "运城市人民政府办公室", and the red head "泉州市人民政府办公室文件"."""
    return len(text) <= 32 and ISSUER_RE.match(issuer_name(text)) is not None and not HEADLINE_VERB_RE.search(text)


# a headline's verb: "某省成立某应急指挥部" ends as a body's name does, but says what a body did
HEADLINE_VERB_RE = re.compile(r"成立|组建|召开|印发")


def issuer_name(text: str) -> str:
    """The body's name in an issuer line: "…办公室文件" is "…办公室"."""
    return text[:-2] if text.endswith("文件") and len(text) > 4 else text
