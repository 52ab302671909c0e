"""Repair PDF-extraction damage line by line, then join the lines the PDF wrapped into paragraphs.

Every repaired line keeps its map back to the input (kg.mapped): padding and
furniture drop their characters, glyph repairs keep the raw offset.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from kg.glyphs import fix_glyphs
from kg.headings import heading_of
from kg.lexicon import (
    GLYPH_SUBSTITUTES,
)
from kg.lines import (
    ATTACHMENT_RE,
    CJK_RE,
    DATE_LINE_RE,
    DOC_NUMBER_RE,
    HANGING,
    LABEL_RE,
    PAGE_GOES_ON_RE,
    PUBLIC_RE,
    RUNNING_TITLE_RE,
    TITLE_END_RE,
    TITLE_START_RE,
    WIDE_RE,
    display_width,
    ends_clause,
    ends_sentence,
    is_furniture,
    is_issuer_line,
)
from kg.mapped import MappedText
from kg.run_in import pieces
from kg.spacing import SPACED_ROW_RE, cells_apart, spaced_header, tabs_to_bars, unpad


@dataclass(frozen=True)
class Line:
    """One repaired line of the input; ``person_post`` marks "name post" lines."""

    text: MappedText
    page_start: bool
    width: float
    person_post: bool = False


def _is_gb2312(char: str) -> bool:
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _move_stray_glyph(chars: list[str], pos: list[int]) -> None:
    """Put back a rare glyph the PDF moved to the line's start ("盬消费…推动 街").

    A character outside GB2312 comes from a fallback font, which text
    extraction emits out of order; when the line has exactly one gap between
    Chinese characters, that gap is where it was.
    """
    if len(chars) < 4 or not CJK_RE.match(chars[0]) or _is_gb2312(chars[0]):
        return
    gaps = [
        i
        for i in range(1, len(chars) - 1)
        if chars[i] == " " and CJK_RE.match(chars[i - 1]) and CJK_RE.match(chars[i + 1])
    ]
    if len(gaps) != 1:
        return
    gap = gaps[0]
    glyph, glyph_pos = chars[0], pos[0]
    chars[gap], pos[gap] = glyph, glyph_pos
    del chars[0], pos[0]


# Pinyin printed after each character as a reading aid ("會(huì)議", from a page's
# ruby annotations): a bracket of Latin letters, one of them tone-marked
TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"  # a tone-marked pinyin vowel
TONED_RE = re.compile(f"[{TONED}]")
RUBY_RE = re.compile(rf"(?<=[\u4e00-\u9fff])[(（][a-zü]{{0,6}}[{TONED}][a-zü]{{0,6}}[)）]")


def _ruby_likely(line: str) -> bool:
    """A line that may hold pinyin reading aids ("甘公網(wǎng)安備"): a bracket, then a tone-marked letter."""
    return ("(" in line or "（" in line) and TONED_RE.search(line) is not None


def _drop_ruby(chars: list[str], pos: list[int]) -> tuple[list[str], list[int]]:
    """The line without its pinyin reading aids; the characters they followed keep their offsets."""
    line = "".join(chars)
    if not RUBY_RE.search(line):
        return chars, pos
    keep = [True] * len(chars)
    for m in RUBY_RE.finditer(line):
        keep[m.start() : m.end()] = [False] * (m.end() - m.start())
    return [c for c, k in zip(chars, keep) if k], [p for p, k in zip(pos, keep) if k]


# ASCII punctuation in Chinese text → the full-width form, so every later rule
# sees one form ("牵头单位:" → "牵头单位：", "(一)" → "（一）"); same length.
WIDE_PUNCT = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}
# the small form variants some pages print ("由A担任﹔设副总林长"): the full-width mark each stands for
SMALL_FORMS = {"﹐": "，", "﹑": "、", "﹔": "；", "﹕": "：", "﹖": "？", "﹗": "！", "﹙": "（", "﹚": "）"}


def _widen_punctuation(chars: list[str]) -> None:
    """Full-width punctuation in place where it stands in Chinese text.

    "," ":" ";" "?" "!" next to a Chinese character, and both parentheses of a
    pair in a line that holds Chinese text; "1,000", "3:30" and an English
    line stay as they are.
    """
    if not any(CJK_RE.match(c) for c in chars):
        return
    n = len(chars)
    opened: list[int] = []
    for i, char in enumerate(chars):
        if char == "(":
            opened.append(i)
        elif char == ")" and opened:
            chars[opened.pop()] = "（"
            chars[i] = "）"
        elif char in SMALL_FORMS:
            chars[i] = SMALL_FORMS[char]
        elif char in ",:;?!":
            prev = chars[i - 1] if i else ""
            nxt = chars[i + 1] if i + 1 < n else ""
            if (prev and WIDE_RE.match(prev)) or (nxt and WIDE_RE.match(nxt)) or not nxt:
                chars[i] = WIDE_PUNCT[char]


# a line of a task table whose cells a space sets apart: its header's column spans, or () for a row
Spaced = tuple[tuple[int, int], ...] | None
SITE_FOOTER_RE = re.compile(
    r"ICP[备证備證]|公[网網]安[备備]|^\s*(?:Copyright|©)|版[权權]所有[：:]"
)  # a site's footer: its licences, its copyright
_LINE_RE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
# what a line must hold for a repair to change it: a space or tab (padding, a table's cells, the gap a
# stray glyph left), a substituted glyph, ASCII punctuation, or a tone-marked letter of a pinyin reading aid
_NEEDS_REPAIR_RE = re.compile(
    "[\\s" + "".join(GLYPH_SUBSTITUTES) + ",:;?!()" + "".join(SMALL_FORMS) + TONED + "\ua1a1-\ua1fe\ua3a1-\ua3fe]"
)


def _repair_line(stripped: str, raw: Sequence[int], spaced: Spaced = None) -> tuple[str, list[int], bool]:
    """One line's repairs, in order: its text, each character's offset, and whether it is "name post"."""
    chars, pos = list(stripped), list(raw)
    if spaced is not None:  # a task table's header or row, its cells a space apart
        chars, pos = cells_apart(chars, pos, spaced)
    chars, pos = tabs_to_bars(chars, pos)
    _move_stray_glyph(chars, pos)
    chars, pos, person_post = unpad(chars, pos)
    chars, pos = _drop_ruby(chars, pos)
    fix_glyphs(chars)
    _widen_punctuation(chars)
    return "".join(chars), pos, person_post


def repair_lines(text: MappedText) -> list[Line]:
    """Split into lines and repair each: furniture, padding, glyphs, page starts."""
    lines: list[Line] = []
    s = text.text
    page_start = True
    in_table = False  # in a task table whose cells a space sets apart
    for start, body in _raw_lines(s):
        if "\f" in body:
            page_start = True
            body_start = start + body.rfind("\f") + 1
            body = s[body_start : start + len(body)]
        else:
            body_start = start
        if SITE_FOOTER_RE.search(body) or (_ruby_likely(body) and SITE_FOOTER_RE.search(RUBY_RE.sub("", body))):
            continue  # a web page's footer: its licences and numbers ("国新办发函[2001]232号 闽ICP备…") are the site's
        for piece, piece_start in pieces(body, body_start):
            stripped = piece.strip()
            if stripped[:1] in LEADING_MARKS:  # "??一、…": an indent a lost encoding made "?"; "• ": a list's bullet
                stripped = BULLET_RE.sub("", stripped.lstrip("?")).strip()
            stripped = PAGE_GOES_ON_RE.sub("", stripped)  # "[接上页] 省卫生厅：…": the page's own words
            if not stripped:
                continue
            if is_furniture(stripped):
                page_start = True  # furniture stands at a page's edge
                continue
            # pdftotext indents the first line of a page by one space
            lead = len(piece) - len(piece.lstrip()) if stripped[:1] == piece.lstrip()[:1] else piece.find(stripped)
            header = spaced_header(stripped) if stripped[0] in "序编" else None  # "序号 工作任务 牵头单位"
            # its rows, and a section's heading between them ("二、重点工作")
            row = SPACED_ROW_RE.match(stripped) is not None
            in_table = header is not None or (in_table and (row or heading_of(stripped) is not None))
            spaced = header or (() if in_table and row else None)
            lines.append(_line(text, stripped, piece_start + lead, page_start or piece[0] == " ", spaced))
            page_start = False
    # a document's title printed as a running head at a page's edge
    return [
        line
        for i, line in enumerate(lines)
        if not (i + 1 < len(lines) and lines[i + 1].page_start and RUNNING_TITLE_RE.match(line.text.text))
    ]


def _raw_lines(s: str) -> Iterator[tuple[int, str]]:
    """Each line of a text without its break, and where it starts (split in C when no line ends with \\r)."""
    if "\r" in s:
        for m in _LINE_RE.finditer(s):
            if m.start() == m.end():
                break
            yield m.start(), m.group().rstrip("\r\n")
        return
    at = 0
    for body in s.split("\n"):
        yield at, body
        at += len(body) + 1


# a list's bullet: "• ", and the "- " a page's list became in plain text (not a page number's "- 3 -"); a wiki
# page's link to edit the section ("[编辑]") before either
BULLET_RE = re.compile(r"^(?:\[编辑\]\s*)?(?:[•・]\s+|-\s+(?=[\u4e00-\u9fff])|第\d{1,3}页\s*共\d{1,3}页\s*)?")
LEADING_MARKS = frozenset("?•・-[第")  # and a document site's page count run into the text: "第1页共4页X方案为…"
# a member list's label whose first glyph a PDF lost ("组 长：" printed as " 长："): the label it can only be
LOST_FIRST_GLYPH = {"长：": "组长", "员：": "成员"}


def _line(text: MappedText, stripped: str, first: int, starts_page: bool, spaced: Spaced = None) -> Line:
    """One line, repaired, from its text and where it starts in the input (and its cells, when it is a line
    of a task table whose cells a space sets apart)."""
    if _NEEDS_REPAIR_RE.search(stripped):
        line_text, pos, person_post = _repair_line(stripped, text.pos[first : first + len(stripped)], spaced)
    else:  # most lines: nothing below would change a character
        line_text, pos, person_post = stripped, text.pos[first : first + len(stripped)], False
    if line_text[:2] in LOST_FIRST_GLYPH:  # "长：副市长": a seat's label whose first glyph the PDF lost
        line_text, pos = LOST_FIRST_GLYPH[line_text[:2]] + line_text[1:], [pos[0], *pos]
    # width as printed, padding included: it says how full the PDF line was;
    # a closing mark may hang past the column's edge, so it is not counted
    width = display_width(stripped[:-1] if stripped[-1] in HANGING else stripped)
    return Line(MappedText(line_text, pos), starts_page, width, person_post)


# -- joining lines into paragraphs ---------------------------------------------


@dataclass
class Paragraph:
    """Lines joined where the PDF wrapped them; flags keep what layout said."""

    text: MappedText
    page_start: bool
    first_width: float
    last_width: float
    person_post: bool = False
    dangling: bool = False  # its last line runs on, but the next line went elsewhere


def column_width(lines: Sequence[Line]) -> float:
    """The width of a full line of body text, or infinity when lines are not wrapped.

    Wrapped PDF text has one dominant line width, and hardly a line wider; text
    with a paragraph per line (a web page) has none, or its many short lines
    (a member list) make one while its paragraphs run far past it. Then no
    line is "full", so none is joined.
    """
    widths = Counter(round(line.width) for line in lines if line.width >= 10)
    total = sum(widths.values())
    if total < SHORT_PAGE_LINES:
        return float("inf")
    mode, _ = max(widths.items(), key=lambda kv: (kv[1], kv[0]))
    near = sum(widths[w] for w in (mode - 1, mode, mode + 1))
    wider = sum(n for w, n in widths.items() if w > mode + 4)
    if total < LONG_PAGE_LINES and (mode < SHORT_PAGE_COLUMN or _longest_run(lines, mode) < 3):
        return float("inf")  # a short page: its wide full lines must follow each other, as a wrapped paragraph's do
    return float(mode) if near >= 0.4 * total and wider <= 0.1 * total else float("inf")


SHORT_PAGE_LINES = 6  # lines of text: fewer tell no column
LONG_PAGE_LINES = 20  # lines of text: a page with fewer shows its column by full lines that follow each other
SHORT_PAGE_COLUMN = 30  # characters: a short page's column is a page's width (a site's head lines are shorter)


def _longest_run(lines: Sequence[Line], mode: int) -> int:
    """The most lines one after another whose width is within one of ``mode``."""
    longest = run = 0
    for line in lines:
        run = run + 1 if abs(round(line.width) - mode) <= 1 else 0
        longest = max(longest, run)
    return longest


def starts_fresh(line: Line, following: Line | None = None) -> bool:
    """A line that begins a paragraph whatever came before it."""
    s = line.text.text
    if line.person_post or heading_of(s) or LABEL_RE.match(s):
        return True
    if DATE_LINE_RE.match(s) or DOC_NUMBER_RE.match(s) or PUBLIC_RE.match(s) or ATTACHMENT_RE.match(s):
        return True
    if s.startswith("本文件由") or TITLE_START_RE.match(s) and following is None:
        return True
    return (
        is_issuer_line(s)
        and following is not None
        and (TITLE_START_RE.match(following.text.text) is not None or is_issuer_line(following.text.text))
    )


def _runs_on(last: Line, first: bool, nxt: Line, after: Line | None, full: float) -> bool:
    """Does a paragraph whose last line is ``last`` run on into ``nxt`` (``after`` is the line after that)?"""
    text = last.text.text
    if last.person_post or ends_sentence(text):
        return False
    if TITLE_START_RE.match(text) and TITLE_END_RE.search(text):
        return False  # a whole title: "关于…的通知"
    # after ； or a heading, only a full next line (no indent) continues
    heading = heading_of(text) is not None
    guarded = text.endswith(("；", ";")) or heading
    if last.width >= full - 1.5:
        return not text.endswith(("；", ";")) or nxt.width >= full - 1.5
    if first and last.width >= full - 4:  # an indented first line
        # a heading is followed by an indented line; a short line that
        # ends a sentence is the heading's own tail ("…交办的其他" "事项。")
        if not guarded or nxt.width >= full - 1.5 or (nxt.width < full - 4 and ends_clause(nxt.text.text)):
            return True
        # a heading that fills its indented line wraps ("…海绵城市建设" "示范城市"),
        # when the line after its tail starts a paragraph of its own
        return heading and last.width >= full - 2.5 and (after is None or after.width < full - 1.5)
    return False


def _paragraph(lines: list[Line], nxt: Line | None, full: float) -> Paragraph:
    """Lines joined into one paragraph; dangling when its sentence runs on into a line that went elsewhere."""
    last = lines[-1]
    dangling = nxt is not None and _runs_on(last, len(lines) == 1, nxt, None, full) and not ends_clause(last.text.text)
    text = MappedText.join("", [ln.text for ln in lines])
    return Paragraph(text, lines[0].page_start, lines[0].width, last.width, lines[0].person_post, dangling)


def paragraphs(lines: Sequence[Line], width: float | None = None) -> list[Paragraph]:
    """Join lines the PDF wrapped: a full line that ends mid-sentence runs on.

    A line is joined to the next when it is full width and does not end a
    sentence (full: within 1.5 em of the column, or 3.5 em for a paragraph's
    indented first line, 4 em; a numbered heading must fill the line to run on),
    unless the next line starts something of its own (a heading, a label, a
    date, a document number, a document head, a "name post" line). A "name
    post" line that interrupts a running sentence (the report's byline) becomes
    a paragraph of its own, and the sentence runs on past it.
    """
    full = column_width(lines) if width is None else width
    out: list[Paragraph] = []
    asides: list[Paragraph] = []
    current: list[Line] = []
    for i, line in enumerate(lines):
        following = lines[i + 1] if i + 1 < len(lines) else None
        if current:
            on = _runs_on(current[-1], len(current) == 1, line, following, full)
            if on and line.person_post and following is not None and not starts_fresh(following, None):
                asides.append(Paragraph(line.text, line.page_start, line.width, line.width, True))
                continue
            if not on or starts_fresh(line, following):
                out.append(_paragraph(current, line, full))
                out += asides
                current, asides = [], []
        current.append(line)
    if current:
        out.append(_paragraph(current, None, full))
    return out + asides
