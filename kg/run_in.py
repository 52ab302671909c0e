"""A raw line's pieces: what a web page or a PDF ran into one line that was once several.

Paragraphs a space apart ("…请认真抓好落实。 一、主要目标 1、…"), numbered items whose
numbers go on, a document's number before the rest of its head, a group's seats
run together, and a page's <br> tags left in its text. Each piece keeps where it
starts in the input (kg.repair reads each as a line).
"""

from __future__ import annotations

import re

from kg.headings import SECTION_MARK, heading_of
from kg.lines import LABEL_RE

_CN = "一二三四五六七八九十"  # an item's number in brackets

# a web page's body flattened into one line, its paragraphs a space apart: "…请认真抓好落实。 一、主要目标 1、…"
# (a space before an item's number, after a sentence's end or a heading, is where a paragraph began)
_ITEM_AHEAD = rf"{SECTION_MARK}|\d{{1,2}}[、．.](?!\d)|[（(]\d{{1,2}}[）)]|[\u3220-\u3229\u2474-\u249b]"  # "一、", "1.", "(11)", "㈠", "⑴", "⒈"
RUN_IN_ITEM_RE = re.compile(rf"[ \u3000]+(?={_ITEM_AHEAD})")
# a long line with no spaces at all (a page's paragraphs lost with their markup): an item's number right after a
# sentence's end, where the numbering goes on ("…的明显改善。二、目标任务…")
RUN_IN_AFTER_STOP_RE = re.compile(
    rf"(?<=[。；！？])(?={SECTION_MARK}|\d{{1,2}}[、．.](?!\d))|(?<=[）)])(?=[（(][{_CN}]{{1,3}}[）)])"
    rf"|(?<=[\u4e00-\u9fff])(?=[（(]一[）)])"
)  # or "…。13、…"; "…（责任单位：市商务委）（二）…" after an item's closing note; "一、总体要求（一）…" after a heading
LONG_LINE = 200  # characters: a line longer than this with no space is paragraphs run together, or a table's row
RUN_IN_HEADING_RE = re.compile(rf"(?:{_ITEM_AHEAD})[^。，；：！？\s]{{2,30}}$")


# "豫政办〔2021〕61号 河南省人民政府办公厅 关于…的通知": a document's number, then the rest of its head
RUN_IN_NUMBER_RE = re.compile(
    r"\s*[\u4e00-\u9fff]{1,12}[〔\[【（(［]\s*\d{4}\s*[〕\]】）)］]\s*\d{1,4}\s*号(?=[ \u3000]+\S)"
)


# "…及职责组长:谭一辉副县长副组长:麦二玲…成员:…": a group's seats run together, each label right after the last
# holder's post or a sentence's end (not after a list's separator, and not inside a longer label: "副组长",
# "办公室主任", "专职副指挥长")
RUN_IN_LABEL_RE = re.compile(
    r"(?<=[\u4e00-\u9fff）)。；\s])(?<![副务一行总室职])(?:第一|常务|执行|专职)?(?:副总|总|副)?"
    r"(?:组 ?长|召集人|指挥长|总指挥|主任委员|主任|秘书长|成员单位|成员部门|成 ?员|(?<!主任)委 ?员|联络员|办公室副?主任)[：:]"
)  # (a two-character label may be padded: "组 长:", "成 员:")


def _labels_run_in(body: str, start: int) -> list[tuple[str, int]]:
    """A line's pieces at each seat's label run into it, when it holds two labels or more."""
    if body.count("：") + body.count(":") < 2:
        return [(body, start)]  # two labels at least: the one it opens with, and one run in
    cuts = [m.start() for m in RUN_IN_LABEL_RE.finditer(body)]
    if len(cuts) < 2 and not (cuts and LABEL_RE.match(body)):
        return [(body, start)]
    return [(body[a:b], start + a) for a, b in zip([0, *cuts], [*cuts, len(body)])]


# a web page's line break left in its text as markup: "…组成人员如下:<br> 召集人:…"
BREAK_TAG_RE = re.compile(r"<br\s*/?>", re.IGNORECASE)


def pieces(body: str, start: int) -> list[tuple[str, int]]:
    """A raw line's pieces: its parts between <br> tags, each with the paragraphs and seats run into it."""
    if "<" not in body or not BREAK_TAG_RE.search(body):
        if " " not in body and "\u3000" not in body and "：" not in body and ":" not in body:
            return [(body, start)]  # most lines: nothing run into them
        return _items_run_in(body, start)
    pieces: list[tuple[str, int]] = []
    at = 0
    for m in BREAK_TAG_RE.finditer(body):
        pieces += _items_run_in(body[at : m.start()], start + at)
        at = m.end()
    return pieces + _items_run_in(body[at:], start + at)


def _items_run_in(body: str, start: int) -> list[tuple[str, int]]:
    """A line's pieces (with where each starts): the whole line, the paragraphs run into it, or its seats."""
    spaced = " " in body or "\u3000" in body
    if not spaced and len(body) <= LONG_LINE:
        return _labels_run_in(body, start)  # most lines: pieces run in are a space apart
    pieces: list[tuple[str, int]] = []
    at = 0
    number = RUN_IN_NUMBER_RE.match(body)
    if number:
        pieces.append((body[: number.end()], start))
        at = len(body) - len(body[number.end() :].lstrip(" \u3000"))
    found = [(m, heading_of(body[m.end() : m.end() + 40])) for m in RUN_IN_ITEM_RE.finditer(body)] if spaced else []
    if not found:  # no space before any item's number ("…达到 100%" is a space of its own): items after a stop
        spaced = False
        found = [(m, heading_of(body[m.end() : m.end() + 40])) for m in RUN_IN_AFTER_STOP_RE.finditer(body)]
    first = heading_of(body[at : at + 40]) if found else None
    last = {first[0]: first[1]} if first else {}  # the number of the last item seen at each level
    seconds = {item[0] for _, item in found if item and item[1] == 2}  # levels whose second item is run in too
    for n, (m, item) in enumerate(found):
        # "(一)… (二)…": an item whose number goes on from the last one at its level, or the first of a list, or a
        # heading of its own before the next item ("六、工作要求 (一)…")
        goes_on = item is not None and (last.get(item[0]) == item[1] - 1 or (item[1] == 1 and item[0] in seconds))
        ahead = found[n + 1][0].start() if n + 1 < len(found) else len(body)
        goes_on = goes_on or RUN_IN_HEADING_RE.match(body, m.end(), ahead) is not None
        if item:
            last[item[0]] = item[1]
        if m.start() > at and (
            goes_on
            or (spaced and body[m.start() - 1] in "。；！？）)]】〕")
            or RUN_IN_HEADING_RE.match(body, at, m.start())
        ):
            pieces.append((body[at : m.start()], start + at))
            at = m.end()
    pieces.append((body[at:], start + at))
    return [cut for piece in pieces for spaced in _spaced_labels(*piece) for cut in _labels_run_in(*spaced)]


# "…分组情况: 第一组:九江市 成 员:…", "…的通知 各设区市人民政府:": a flattened notice's working groups and its
# addressee, each a space after what came before
SPACED_LABEL_RE = re.compile(
    r"(?<![ \u3000])[ \u3000]+(?=第[一二三四五六七八九十\d]{1,3}组[：:])"
    r"|(?<=[通知意见方案决定办法])[ \u3000]+(?=各[^ \u3000：:，。]{2,40}[：:])"
)


def _spaced_labels(body: str, start: int) -> list[tuple[str, int]]:
    """A piece cut where a working group or the addressee begins after a space."""
    if not SPACED_LABEL_RE.search(body):
        return [(body, start)]
    out, at = [], 0
    for m in SPACED_LABEL_RE.finditer(body):
        if m.start() > at:
            out.append((body[at : m.start()], start + at))
        at = m.end()
    return [*out, (body[at:], start + at)]
