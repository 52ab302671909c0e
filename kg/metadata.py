"""What a document's text says about itself besides its head: web-page metadata and the title a headless text gives.

A government portal's page carries a metadata block ("发布日期：2020-08-25",
"发文字号：X", "发布机构：X", often in a table flattened to "| " cells); it gives
the document's number, date and issuer when the body lacks them (the body's
own signature date wins). A text with no title line still names itself: a notice
says "现将《X》印发给你们", a news report opens "11月28日，省十四届人大常委会第十三
次会议闭幕。" (its lead, after the dateline), or quotes "原标题：X".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from kg.lines import is_issuer_line

_SEP = r"[\s：:|]*"
META_DATE_RE = re.compile(
    rf"(?:发布日期|成文日期|发文日期|印发日期){_SEP}(?P<y>\d{{4}})[-年/.](?P<m>\d{{1,2}})[-月/.](?P<d>\d{{1,2}})"
)
META_NUMBER_RE = re.compile(rf"(?:发文字号|文号){_SEP}(?P<number>[^\s|]{{4,30}}号)")
META_ISSUER_RE = re.compile(rf"(?:发布机构|发文机关|发文单位){_SEP}(?P<issuer>[\u4e00-\u9fff（）()]{{2,30}})")
# "原标题：X": a news report's own title
ORIGINAL_TITLE_RE = re.compile(r"^原标题[：:]\s*(?P<title>.{4,60})$")
# "现将《X》印发给你们", "现将《政府工作报告》重点工作责任分解印发给你们"
FORWARDS_RE = re.compile(r"现将(?P<title>[^，。；]{2,60}?)(?:印发|转发|下发|发)给你们")
# a news lead: its dateline ("广州日报讯（记者…）", "新华社北京7月8日电"), its date, then what happened
LEAD_RE = re.compile(
    r"^(?:[^，。]{0,40}?(?:讯|电)(?:[（(][^（）()]{0,40}[）)])?\s*)?(?:\d{1,2}月)?\d{1,2}日(?:上午|下午|晚上|晚|早上)?[，,]\s*"
    r"(?P<title>[^，。；,]{6,40})"
)


@dataclass(frozen=True)
class Metadata:
    """What a metadata block says: the document's number, date and issuer, each where given."""

    number: str | None = None
    date: str | None = None
    issuer: str | None = None


def metadata(lines: Iterable[str]) -> Metadata:
    """The first number, date and issuer that metadata lines give."""
    number = date = issuer = None
    for line in lines:
        if date is None and (m := META_DATE_RE.search(line)):
            y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
            date = f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else None
        if number is None and (m := META_NUMBER_RE.search(line)):
            number = m["number"]
        if issuer is None and (m := META_ISSUER_RE.search(line)) and is_issuer_line(m["issuer"]):
            issuer = m["issuer"]
    return Metadata(number, date, issuer)


def own_title(lines: Iterable[str]) -> str | None:
    """The title a text without a title line gives itself: 原标题, 现将《X》印发给你们, or its news lead."""
    lead = None
    for line in lines:
        if m := ORIGINAL_TITLE_RE.match(line):
            return m["title"].strip()
        if m := FORWARDS_RE.search(line):
            title = m["title"].strip()
            return title[1:-1] if title.startswith("《") and title.endswith("》") and title.count("《") == 1 else title
        if lead is None and (m := LEAD_RE.match(line)):
            lead = m["title"].strip()
    return lead
