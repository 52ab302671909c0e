"""Word (.docx) documents: paragraphs and tables in body order, automatic numbering as Word shows it.

python-docx opens the package; the body is walked as XML (lxml), faster and
closer to what Word renders than the object model. A paragraph is "p[n]" (n
counts every paragraph of the body, empty ones too, so it is stable), a table
row "tbl[T]/tr[R]". Numbered headings ("一、", "（一）", "1.") are often Word's
automatic numbering, absent from the text: they are computed from numbering.xml,
counting in document order as Word does, and written in front of the paragraph.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import OpcError
from docx.oxml.ns import qn
from lxml import etree

from kg.errors import InputError
from kg.formats import Extracted, SourceCell, SourceTable, TextWriter

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97–2003 .doc and WPS files are OLE compound files

P, TBL, TR, TC, T, VAL = (qn(f"w:{tag}") for tag in ("p", "tbl", "tr", "tc", "t", "val"))
PPR, NUMPR, NUMID, ILVL, PSTYLE = (qn(f"w:{tag}") for tag in ("pPr", "numPr", "numId", "ilvl", "pStyle"))
TCPR, TRPR, GRID_SPAN = (qn(f"w:{tag}") for tag in ("tcPr", "trPr", "gridSpan"))
VMERGE, GRID_BEFORE = qn("w:vMerge"), qn("w:gridBefore")
MATH_T = "{http://schemas.openxmlformats.org/officeDocument/2006/math}t"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# wrappers whose content stands where they stand: content controls and custom XML
_WRAPPERS = {qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml")}
# what a paragraph holds that Word does not show as its text
_HIDDEN = {qn(f"w:{tag}") for tag in ("pPr", "rPr", "del", "moveFrom", "delText", "instrText", "sdtPr")} | {MC_FALLBACK}
_CHARS = {qn("w:tab"): " ", qn("w:ptab"): " ", qn("w:br"): "\n", qn("w:cr"): "\n", qn("w:noBreakHyphen"): "-"}

# what opening a damaged package raises, from the zip archive, the XML parser and python-docx
_BROKEN = (zipfile.BadZipFile, zlib.error, KeyError, ValueError, etree.LxmlError, OpcError, EOFError, OSError)
_BROKEN += (NotImplementedError,)  # a zip compression method Python does not have
_NUMBER_RE = re.compile(r"%([1-9])")
_CN_DIGITS = "〇一二三四五六七八九"
_CN_LEGAL = str.maketrans("〇一二三四五六七八九十百千万", "零壹贰叁肆伍陆柒捌玖拾佰仟万")
_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"))
_ROMAN += ((50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def read_docx(data: bytes, name: str) -> Extracted:
    """A .docx file's text: paragraphs a line each ("p[n]"), tables a line per row ("tbl[T]/tr[R]")."""
    body, numbering = _open(data, name)
    writer = TextWriter("docx")
    paragraphs = tables = 0
    for element in _content(body):
        if element.tag == P:
            paragraphs += 1
            writer.line(_paragraph(element, numbering), f"p[{paragraphs}]")
        elif element.tag == TBL:
            tables += 1
            writer.table(_table(element, f"tbl[{tables}]", numbering))
    if not writer.parts:
        raise InputError(f"{name}: the document has no text")
    return writer.done()


def _open(data: bytes, name: str) -> tuple[etree._Element, Numbering]:
    """The document's body and its numbering, or an InputError saying in one line why not."""
    if data.startswith(OLE_MAGIC):
        raise InputError(f"{name}: a Word 97–2003 (.doc) or WPS file, not .docx; save it as .docx and try again")
    try:
        document = docx.Document(io.BytesIO(data))
        styles = document.styles.element
        try:
            numbering = getattr(document.part.part_related_by(RT.NUMBERING), "element", None)
        except KeyError:
            numbering = None
    except _BROKEN as err:
        raise InputError(f"{name}: not a readable .docx file ({_reason(err, data)})") from None
    body = document.element.body
    if body is None:
        raise InputError(f"{name}: the document has no text")
    return body, Numbering(numbering, styles)


def _reason(err: Exception, data: bytes) -> str:
    """What went wrong opening the package, short and on one line."""
    if isinstance(err, zipfile.BadZipFile):
        text = f"truncated or damaged zip archive: {err}".replace(": File is not a zip file", "")
        text = text if data.startswith(b"PK") else "not a zip archive"
    elif isinstance(err, KeyError):
        text = str(err.args[0]) if err.args else "a part is missing"
    else:
        text = ("XML error: " if isinstance(err, etree.LxmlError) else "") + (str(err) or type(err).__name__)
    return " ".join(text.split())[:160]


def _content(element: etree._Element) -> Iterator[etree._Element]:
    """The children of an element, content controls and custom XML opened in place."""
    for child in element.iterchildren():
        if child.tag in _WRAPPERS:
            yield from _content(child)
        else:
            yield child


def _val(element: etree._Element | None, tag: str) -> str | None:
    """The w:val of the child `tag` of an element, if both are there."""
    child = element.find(tag) if element is not None else None
    return child.get(VAL) if child is not None else None


def _int(value: str | None, default: int) -> int:
    """A number from an attribute; the default when absent or not a number."""
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


# Paragraphs


def _paragraph(p: etree._Element, numbering: Numbering) -> str:
    """A paragraph's text as Word shows it, its automatic number in front."""
    pieces: list[str] = []
    _collect(p, pieces)
    marker = numbering.marker(p.find(PPR))
    text = _join_lines("".join(pieces).split("\n"))
    return marker + text if text.strip() else ""


def _collect(element: etree._Element, out: list[str]) -> None:
    """The visible text under an element, in order; a line break as "\\n"."""
    for child in element.iterchildren():
        tag = child.tag
        if tag == T or tag == MATH_T:
            out.append(child.text or "")
        elif tag in _CHARS:
            out.append(_CHARS[tag])
        elif isinstance(tag, str) and tag not in _HIDDEN:
            _collect(child, out)
            if tag == P:  # a paragraph inside a text box
                out.append("\n")


def _join_lines(lines: list[str]) -> str:
    """Lines broken inside a paragraph joined again: a space only between two ASCII words."""
    joined = ""
    for line in lines:
        if joined and line and (joined[-1] + line[0]).isascii() and (joined[-1] + line[0]).isalnum():
            joined += " "
        joined += line
    return joined


# Tables


def _table(tbl: etree._Element, where: str, numbering: Numbering) -> SourceTable:
    """A table as the source has it: a vertically merged cell given once, its rowspan counted."""
    rows: list[list[dict]] = []
    row_where: list[str] = []
    merging: dict[int, dict] = {}  # grid column → the cell whose vertical merge is still open there
    for r, tr in enumerate((c for c in _content(tbl) if c.tag == TR), 1):
        at = f"{where}/tr[{r}]"
        row_where.append(at)
        cells: list[dict] = []
        col = _int(_val(tr.find(TRPR), GRID_BEFORE), 0)
        if col > 0:
            cells.append({"text": "", "where": at, "colspan": col})
        still: dict[int, dict] = {}
        for c, tc in enumerate((x for x in _content(tr) if x.tag == TC), 1):
            props = tc.find(TCPR)
            span = max(_int(_val(props, GRID_SPAN), 1), 1)
            merge = props.find(VMERGE) if props is not None else None
            state = None if merge is None else (merge.get(VAL) or "continue")
            if state == "continue" and col in merging:
                merging[col]["rowspan"] += 1
                still[col] = merging[col]
            else:
                cell = {"text": _cell_text(tc, numbering), "where": f"{at}/tc[{c}]", "colspan": span, "rowspan": 1}
                cells.append(cell)
                if state == "restart":
                    still[col] = cell
            col += span
        merging = still
        if still or any(cell["text"].strip() for cell in cells):  # a blank spacer row would be a line of "|"
            rows.append(cells)
        else:
            row_where.pop()
    return SourceTable(tuple(tuple(SourceCell(**cell) for cell in row) for row in rows), tuple(row_where))


def _cell_text(tc: etree._Element, numbering: Numbering) -> str:
    """A cell's paragraphs a line each; a table inside it flattened into lines too."""
    lines: list[str] = []
    for child in _content(tc):
        if child.tag == P:
            lines.append(_paragraph(child, numbering))
        elif child.tag == TBL:
            for tr in (r for r in _content(child) if r.tag == TR):
                lines += [_cell_text(cell, numbering) for cell in _content(tr) if cell.tag == TC]
    return "\n".join(line for line in lines if line.strip())


# Automatic numbering


@dataclass(frozen=True)
class Level:
    """One level of a numbering definition (w:lvl)."""

    start: int
    fmt: str  # w:numFmt: decimal, chineseCounting, ...
    text: str  # w:lvlText: "%1、", "（%1）", "%1.%2"
    suffix: str  # w:suff: what follows the number: tab, space or nothing
    legal: bool  # w:isLgl: every level's number shown as decimal


def _level(lvl: etree._Element) -> Level:
    """A w:lvl read into a :class:`Level`."""
    legal = lvl.find(qn("w:isLgl"))
    return Level(
        start=_int(_val(lvl, qn("w:start")), 1),
        fmt=_val(lvl, qn("w:numFmt")) or "decimal",
        text=_val(lvl, qn("w:lvlText")) or "",
        suffix=_val(lvl, qn("w:suff")) or "tab",
        legal=legal is not None and legal.get(VAL) not in ("0", "false", "off"),
    )


class Numbering:
    """Word's automatic numbering: the number each paragraph shows, counted in document order.

    Counted per abstract numbering and level, as Word counts: lists sharing a definition continue each
    other, a w:startOverride restarts the count where its list is first used, a level resets those below.
    """

    def __init__(self, numbering: etree._Element | None, styles: etree._Element | None) -> None:
        self.abstract: dict[str | None, dict[int, Level]] = {}
        self.links: dict[str | None, str | None] = {}  # abstract numbering → the numbering style it follows
        self.nums: dict[str | None, tuple[str | None, dict[int, tuple[int | None, Level | None]]]] = {}
        self.styles: dict[str | None, tuple[str | None, str | None, str | None]] = {}  # id → numId, ilvl, basedOn
        self.default_style: str | None = None
        self.counts: dict[str | None, dict[int, int]] = {}
        self.restarted: set[tuple[str, int]] = set()
        if numbering is not None:
            self._read_numbering(numbering)
        if styles is not None:
            self._read_styles(styles)

    def _read_numbering(self, numbering: etree._Element) -> None:
        for abstract in numbering.iterchildren(qn("w:abstractNum")):
            key = abstract.get(qn("w:abstractNumId"))
            self.abstract[key] = {_int(lvl.get(ILVL), 0): _level(lvl) for lvl in abstract.iterchildren(qn("w:lvl"))}
            self.links[key] = _val(abstract, qn("w:numStyleLink"))
        for num in numbering.iterchildren(qn("w:num")):
            overrides = {}
            for override in num.iterchildren(qn("w:lvlOverride")):
                start, lvl = _val(override, qn("w:startOverride")), override.find(qn("w:lvl"))
                restart = _int(start, 1) if start is not None else None
                overrides[_int(override.get(ILVL), 0)] = (restart, _level(lvl) if lvl is not None else None)
            self.nums[num.get(qn("w:numId"))] = (_val(num, qn("w:abstractNumId")), overrides)

    def _read_styles(self, styles: etree._Element) -> None:
        for style in styles.iterchildren(qn("w:style")):
            key = style.get(qn("w:styleId"))
            ppr = style.find(PPR)
            numpr = ppr.find(NUMPR) if ppr is not None else None
            self.styles[key] = (_val(numpr, NUMID), _val(numpr, ILVL), _val(style, qn("w:basedOn")))
            paragraph = style.get(qn("w:type")) == "paragraph"
            if paragraph and style.get(qn("w:default")) in ("1", "true", "on"):
                self.default_style = key

    def _num_pr(self, ppr: etree._Element | None) -> tuple[str | None, int]:
        """The list and level of a paragraph: its own w:numPr, else its style's, up the basedOn chain."""
        numpr = ppr.find(NUMPR) if ppr is not None else None
        num_id, ilvl = _val(numpr, NUMID), _val(numpr, ILVL)
        style = _val(ppr, PSTYLE) or self.default_style
        seen: set[str] = set()
        while style and style not in seen and (num_id is None or ilvl is None):
            seen.add(style)
            style_num, style_lvl, style = self.styles.get(style, (None, None, None))
            num_id = num_id if num_id is not None else style_num
            ilvl = ilvl if ilvl is not None else style_lvl
        return num_id, _int(ilvl, 0)

    def _abstract_of(self, num_id: str | None) -> str | None:
        """The abstract numbering a list counts in, through a numbering style's link if it has one."""
        key = self.nums[num_id][0]
        linked = self.styles.get(self.links.get(key), (None, None, None))[0]
        return self.nums[linked][0] if linked in self.nums else key

    def _level_of(self, num_id: str | None, key: str | None, ilvl: int) -> Level | None:
        override = self.nums[num_id][1].get(ilvl, (None, None))[1]
        return override or self.abstract.get(key, {}).get(ilvl)

    def marker(self, ppr: etree._Element | None) -> str:
        """The number Word shows in front of this paragraph ("" if none), counting it."""
        num_id, ilvl = self._num_pr(ppr)
        if num_id is None or num_id == "0" or num_id not in self.nums:
            return ""
        key = self._abstract_of(num_id)
        level = self._level_of(num_id, key, ilvl)
        if level is None:
            return ""
        counts = self.counts.setdefault(key, {})
        start = self.nums[num_id][1].get(ilvl, (None, None))[0]
        if start is not None and (num_id, ilvl) not in self.restarted:
            self.restarted.add((num_id, ilvl))
            counts.pop(ilvl, None)
        counts[ilvl] = counts[ilvl] + 1 if ilvl in counts else (start if start is not None else level.start)
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]
        if level.fmt == "bullet":
            return ""
        text = _NUMBER_RE.sub(lambda m: self._number(num_id, key, int(m[1]) - 1, level.legal), level.text)
        if not text or level.suffix == "nothing" or not text[-1].isascii():
            return text
        return text + " "

    def _number(self, num_id: str | None, key: str | None, ilvl: int, legal: bool) -> str:
        """One level's current number in that level's format ("%2" of "%1.%2")."""
        level = self._level_of(num_id, key, ilvl)
        value = self.counts.get(key, {}).get(ilvl, level.start if level else 1)
        fmt = "decimal" if legal or level is None else level.fmt
        return FORMATS.get(fmt, str)(value)


def chinese_counting(n: int) -> str:
    """1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 101 → 一百零一, 1010 → 一千零一十."""
    if not 0 < n < 100000:
        return str(n)
    text, zero = "", False
    for size, unit in ((10000, "万"), (1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit, n = divmod(n, size)
        if digit:
            text += ("零" if zero else "") + _CN_DIGITS[digit] + unit
            zero = False
        elif text:
            zero = True
    return text[1:] if text.startswith("一十") else text


def roman(n: int) -> str:
    """4 → iv, 1999 → mcmxcix."""
    out = ""
    for value, letters in _ROMAN:
        count, n = divmod(n, value)
        out += letters * count
    return out or str(n)


def _letter(n: int) -> str:
    """1 → a, 26 → z, 27 → aa: Word repeats the letter past z."""
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else str(n)


def _legal(n: int) -> str:
    """1 → 壹, 10 → 壹拾, 21 → 贰拾壹: the figures written on cheques."""
    text = chinese_counting(n)
    return ("一" + text if text.startswith("十") else text).translate(_CN_LEGAL)


def _cycle(symbols: str) -> Callable[[int], str]:
    return lambda n: symbols[(n - 1) % len(symbols)] if n > 0 else str(n)


def _enclosed(first: int) -> Callable[[int], str]:
    return lambda n: chr(first + n - 1) if 1 <= n <= 20 else str(n)


FORMATS: dict[str, Callable[[int], str]] = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "decimalFullWidth": lambda n: str(n).translate({ord(d): ord(d) + 0xFEE0 for d in "0123456789"}),
    "decimalEnclosedCircle": _enclosed(0x2460),  # ①
    "decimalEnclosedCircleChinese": _enclosed(0x2460),
    "decimalEnclosedParen": lambda n: f"({n})",
    "decimalEnclosedFullstop": lambda n: f"{n}.",  # Word shows ⒈; the plain form is what readers type
    "chineseCounting": chinese_counting,
    "chineseCountingThousand": chinese_counting,
    "japaneseCounting": chinese_counting,
    "chineseLegalSimplified": _legal,
    "ideographDigital": lambda n: "".join(_CN_DIGITS[int(d)] for d in str(n)),
    "ideographTraditional": _cycle("甲乙丙丁戊己庚辛壬癸"),
    "ideographZodiac": _cycle("子丑寅卯辰巳午未申酉戌亥"),
    "lowerLetter": _letter,
    "upperLetter": lambda n: _letter(n).upper(),
    "lowerRoman": roman,
    "upperRoman": lambda n: roman(n).upper(),
    "none": lambda n: "",
}
