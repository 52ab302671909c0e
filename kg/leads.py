"""What titles a news page without a headline (corpus/ANNOTATION.md, decision 3): its own title quoted
("原标题：X", "（原标题：X）" closing the text), or its lead: the dateline, the day, then the first sentence."""

from __future__ import annotations

import re

from kg.reading import simplified

# a news lead: its dateline ("广州日报讯（记者…）", "新华社北京7月8日电"), its date, then its first sentence
_DATELINE = (
    r"(?:【[^【】，。]{2,30}(?:讯|电|消息)】\s*|[^，。]{0,40}?(?:\d日|[一二三四五六七八九十]日|报|社|网|台|新闻|都|中心)》?(?:讯|电)(?:[（(][^（）()]{0,40}[）)])?[：:]?\s*"
    r"(?:据[^，。]{2,30}?消息[，,]\s*)?"
    r"|[^，。]{0,40}?\d日[^，。\s]{0,8}消息[，,：:]?\s*|/?[据據][^，。]{2,30}?(?:消息|报道|報道)[，,]\s*"
    r"|[^，。\s]{2,20}(?:网|报|台)消息[，,：:]?\s*)"
)  # "新华社北京7月8日电", "某某网讯：", "中国台湾网5月21日平原消息", "【某某网2014年2月24日讯】", "海都讯 …"
_DAY = r"(?:(?:(?:\d{4}年)?\d{1,2}月)?\d{1,2}日(?:至(?:\d{1,2}月)?\d{1,2}日)?(?:上午|下午|晚上|晚|早上)?(?:\d{1,2}[点时](?:\d{1,2}分|半)?)?|近日|日前)[，,]+\s*"
_RELATIVE_DAY = (
    r"(?:今天|今日|昨天|昨日)(?:上午|下午|晚上|晚|早上)?[，,]+\s*"  # only after a dateline: "本报讯昨日上午，"
)
LEAD_RE = re.compile(
    rf"^(?:(?:{_DATELINE}){{1,2}}(?:{_DAY}|{_RELATIVE_DAY})?|{_DAY})(?P<title>[^。；：]{{6,120}}?)(?:[，,](?:现将|(?:现)?(?:纪要|通报|报告|公告)如下)[^。；：]*)?[。：]"
)  # up to the sentence's end or its colon, without "，现将有关情况通报如下：" or "，纪要如下："
FIRST_LEAD_RE = re.compile(
    rf"^(?:{_RELATIVE_DAY}|(?:昨日|今日|昨天|今天)?[（(]\d{{1,2}}月\d{{1,2}}日[）)][，,]\s*)(?P<title>[^。；]{{6,120}})。"
    r"|^(?!为|根据|按照|各|关于|经|现将|在)(?P<news>[^。；：，]{2,30}?(?:近日|日前|今天|今日|昨日|上午|下午)"
    r"[^。；：]{0,100}?(?:召开|举行|印发|发布|公布|通报|宣布|闭幕|开幕|审议)[^。；：]{0,100}?)。"
    r"|^为[^。；：]{4,80}?[，,](?:(?:\d{1,2}月)?\d{1,2}日|近日|日前)(?:上午|下午)?[，,](?P<purposed>[^。；：，]{6,60})[。，]"
)  # the text's first line: "今天下午，…。", "昨日（3月26日），…。"; or a news lead without its dateline: "国务院办公厅近日印发…。"; or after its purpose: "为…，近日，X成立了Y。"
# a lead too long to read whole, whose first clause reports a meeting: "昨日下午，市政协…举行第四次全体会议，会议选举…"
LONG_LEAD_RE = re.compile(
    rf"^(?:{_DATELINE}(?:{_DAY}|{_RELATIVE_DAY})?|{_DAY})"
    r"(?P<title>[^，。；：]{8,60}(?:召开|举行|闭幕|开幕|会议|大会|全委会|常委会))[，,]"
)
# a page's headline run into its lead on one line, a space and the lead's day apart: "我县召开…动员会 9月21日上午，…"
HEADLINE_THEN_LEAD_RE = re.compile(
    r"^(?P<title>[^，。；：:,\s]{5,60}?[\u4e00-\u9fff])(?<!消息)(?<!讯)(?<!电)\s*"
    r"(?=(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上)?[，,])"
)  # (repair may have dropped the space)
# a lead's first clause that reports a meeting ("区十五届人大常委会举行第四十三次会议"), before who presided or attended
MEETING_CLAUSE_RE = re.compile(r"^[^，]{8,}(?:召开|举行|闭幕|开幕|会议|大会|全委会|常委会|动员会|推进会|座谈会)(?=，)")
ANNOUNCES_RE = re.compile(r"，(?:宣布|选出|选举|决定|通过|审议|表决|传达)")  # what the meeting did: the lead's point
ROLL_CALL_RE = re.compile(r"主持|出席|参加|讲话|列席")  # who presided, attended or spoke


def lead_title(sentence: str) -> str:
    """A lead sentence as a title: the whole sentence, or its first clause where that reports a meeting and the rest
    says who presided or spoke ("…召开推进会议，区长A参加会议并讲话": "…召开推进会议")."""
    plain = simplified(sentence)
    m = MEETING_CLAUSE_RE.match(plain) if len(plain) == len(sentence) else None  # (offsets shared by both forms)
    if m is None or ANNOUNCES_RE.match(plain, m.end()) or not ROLL_CALL_RE.search(plain, m.end()):
        return sentence
    return sentence[: m.end()]


# "原标题：X", "（原题为《X》）": a news report's own title
ORIGINAL_TITLE_RE = re.compile(
    r"^(?:原标题[：:]\s*(?P<title>.{4,60})|[（(]原题[为是]?[：:]?《(?P<quoted>[^《》]{4,60})》[）)])$"
)


def original_title(line: str) -> str | None:
    m = ORIGINAL_TITLE_RE.match(line) or ORIGINAL_AT_END_RE.search(line)
    return (m["title"] or m.groupdict().get("quoted")).strip() if m else None


# "…（综合新华社、人民网）（原标题：X）": a news report's own title in brackets, closing its last paragraph
ORIGINAL_AT_END_RE = re.compile(r"[（(]原标题[：:]\s*(?P<title>[^（）()]{4,60})[）)]\s*$")
