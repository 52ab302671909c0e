"""Read gazette text and repair PDF-extraction damage, keeping a map back to the raw text.

Offsets everywhere in govkg are character offsets into the *decoded* input file
(byte-order mark removed). Every repaired string is a :class:`MappedText`: the
text plus, for each character, the offset of the raw character it came from.
Repairs that drop characters (padding, page furniture, line breaks) simply drop
their entries; repairs that substitute a glyph keep the raw offset; a character
that the PDF moved (the stray "盬") keeps its own raw offset at its new place.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.errors import InputError
from kg.lexicon import (
    ARROW_LOOKALIKES,
    DOCUMENT_KINDS,
    GLYPH_SUBSTITUTES,
    ISSUER_ENDINGS,
    LABEL_NOUNS,
    LABEL_VERB_ROLE,
    PLAN_KINDS,
    POST_LINE_ENDINGS,
    TARO_BEFORE,
    TIMES_BEFORE,
    alternation,
)

# -- mapped text --------------------------------------------------------------


class MappedText:
    """A string with, for each character, its offset in the raw input."""

    __slots__ = ("text", "pos")

    def __init__(self, text: str, pos: Sequence[int]) -> None:
        if len(text) != len(pos):
            raise ValueError("offset map must have one entry per character")
        self.text = text
        self.pos = pos if isinstance(pos, array) else array("q", pos)

    @classmethod
    def identity(cls, text: str, start: int = 0) -> MappedText:
        """The text as it stands at ``start`` in the raw input."""
        return cls(text, array("q", range(start, start + len(text))))

    def __len__(self) -> int:
        return len(self.text)

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return f"MappedText({self.text!r})"

    def __getitem__(self, key: slice) -> MappedText:
        if not isinstance(key, slice):
            raise TypeError("MappedText supports slices only")
        return MappedText(self.text[key], self.pos[key])

    def __add__(self, other: MappedText) -> MappedText:
        return MappedText(self.text + other.text, self.pos + other.pos)

    def raw_span(self, start: int = 0, end: int | None = None) -> tuple[int, int]:
        """The smallest raw span [a, b) holding every character of text[start:end]."""
        part = self.pos[start:end]
        if not part:
            at = self.pos[start] if start < len(self.pos) else (self.pos[-1] + 1 if self.pos else 0)
            return at, at
        return min(part), max(part) + 1

    def strip(self) -> MappedText:
        text = self.text
        left = len(text) - len(text.lstrip())
        right = len(text.rstrip())
        return self[left:right] if (left or right != len(text)) else self

    @staticmethod
    def join(sep: str, parts: Iterable[MappedText]) -> MappedText:
        """Join parts; each separator maps to the offset just after the part before it."""
        texts: list[str] = []
        pos = array("q")
        for part in parts:
            if texts:
                texts.append(sep)
                after = pos[-1] + 1 if pos else (part.pos[0] if part.pos else 0)
                pos.extend([after] * len(sep))
            texts.append(part.text)
            pos.extend(part.pos)
        return MappedText("".join(texts), pos)


# -- reading ------------------------------------------------------------------

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig", "utf-8"),
    (b"\xff\xfe", "utf-16-le", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be", "utf-16-be"),
)
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Source:
    """One input file, decoded; ``raw`` is what every offset refers to."""

    path: Path
    raw: str
    encoding: str
    text: MappedText  # raw converted to Simplified script, same offsets

    @property
    def name(self) -> str:
        return self.path.name


def decode(data: bytes, name: str = "input") -> tuple[str, str]:
    """Decode bytes: a byte-order mark first, else strict UTF-8, else strict GB18030."""
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec.replace("-sig", "")), label
            except UnicodeDecodeError as err:
                raise InputError(f"{name}: not valid {label} despite its byte-order mark ({err.reason})") from None
    if b"\x00" in data:
        raise InputError(f"{name}: looks like a binary file, not text")
    for codec in ("utf-8", "gb18030"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if len(_CONTROL_RE.findall(text)) > max(2, len(text) // 200):
            break
        return text, codec
    raise InputError(f"{name}: cannot decode as UTF-8 or GB18030 (binary or unknown encoding)")


def read_source(path: Path) -> Source:
    """Read one text file into a :class:`Source`, or raise InputError with one line."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror or err})") from None
    if not data.strip():
        raise InputError(f"{path}: file is empty")
    raw, encoding = decode(data, str(path))
    if not raw.strip():
        raise InputError(f"{path}: file has no text")
    return Source(path=path, raw=raw, encoding=encoding, text=to_simplified(raw))


def find_inputs(paths: Sequence[Path]) -> list[Path]:
    """Expand files and folders (their ``*.txt``, sorted) into the list of input files."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            files = sorted(p for p in path.rglob("*.txt") if p.is_file())
            if not files:
                raise InputError(f"{path}: folder has no .txt files")
            found.extend(files)
        elif path.is_file():
            found.append(path)
        else:
            raise InputError(f"{path}: no such file or folder")
    return found


@lru_cache(maxsize=1)
def _t2s():  # noqa: ANN202 - opencc has no type hints
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(raw: str) -> MappedText:
    """Convert Traditional script to Simplified (OpenCC t2s) keeping offsets aligned.

    OpenCC converts phrases, and a phrase may change length; when the whole-text
    conversion changes length, convert character by character instead so that
    every output character still maps to the raw character it came from.
    """
    converted = _t2s().convert(raw)
    if len(converted) == len(raw):
        return MappedText.identity(converted)
    chars: list[str] = []
    pos = array("q")
    convert = _t2s().convert
    for i, char in enumerate(raw):
        out = convert(char) if ord(char) > 0x2E80 else char
        chars.append(out)
        pos.extend([i] * len(out))
    return MappedText("".join(chars), pos)


# -- line repair --------------------------------------------------------------

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
)

# "运城市促进专业镇高质量发展三年行动计划" alone on the last line of a page: a running head
RUNNING_TITLE_RE = re.compile(f"^[\u4e00-\u9fff“”（）]{{6,40}}(?:{alternation(PLAN_KINDS)})$")

_CJK = r"\u3400-\u9fff\uf900-\ufaff"
_CJK_RE = re.compile(f"[{_CJK}]")
# A character of Chinese text: CJK ideographs plus full-width punctuation and forms.
_WIDE_RE = re.compile(f"[{_CJK}\u3000-\u303f\uff00-\uffef\u2010-\u206f\u2460-\u24ff\u2160-\u217f]")

POST_END = alternation(POST_LINE_ENDINGS)
# "陈 杰 市委常委、常务副市长", "组 长：陈 杰 市委常委": a person then the post, by a space
NAME_POST_RE = re.compile(
    rf"^(?P<label>[^：:]{{1,12}}[：:])?\s*(?P<name>[{_CJK}](?: ?[{_CJK}]){{1,3}}) +"
    rf"(?P<post>[^\s：:][^\s：:]{{0,40}}(?:{POST_END}))$"
)
# "运城市人民政府市长 储祥好": the post then the person
POST_NAME_RE = re.compile(
    rf"^(?P<post>[^\s：:][^\s：:]{{1,40}}(?:{POST_END})) +(?P<name>[{_CJK}](?: ?[{_CJK}]){{1,3}})$"
)


@dataclass(frozen=True)
class Line:
    """One repaired line of the input; ``person_post`` marks "name post" lines."""

    text: MappedText
    page_start: bool
    width: float
    person_post: bool = False


def display_width(text: str) -> float:
    """Width in em: Chinese characters and full-width forms 1, spaces ¼, others ½."""
    return sum(1.0 if _WIDE_RE.match(c) else 0.25 if c == " " else 0.5 for c in text)


def is_furniture(line: str) -> bool:
    """Page furniture: running heads, the gazette's head, page numbers, its table of contents."""
    s = line.strip()
    return bool(
        RUNNING_HEAD_RE.match(s)
        or GAZETTE_HEAD_RE.match(s)
        or PAGE_NUMBER_RE.match(s)
        or CONTENTS_RE.match(s)
        or CONTENTS_ENTRY_RE.match(s)
    )


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
    if len(chars) < 4 or not _CJK_RE.match(chars[0]) or _is_gb2312(chars[0]):
        return
    gaps = [
        i
        for i in range(1, len(chars) - 1)
        if chars[i] == " " and _CJK_RE.match(chars[i - 1]) and _CJK_RE.match(chars[i + 1])
    ]
    if len(gaps) != 1:
        return
    gap = gaps[0]
    glyph, glyph_pos = chars[0], pos[0]
    chars[gap], pos[gap] = glyph, glyph_pos
    del chars[0], pos[0]


def _fix_glyphs(chars: list[str]) -> None:
    """Repair glyph substitutions in place (same length, so offsets stay)."""
    n = len(chars)
    for i, char in enumerate(chars):
        if char not in GLYPH_SUBSTITUTES:
            continue
        prev = chars[i - 1] if i else ""
        nxt = chars[i + 1] if i + 1 < n else ""
        if char == "冥":
            if prev + char not in ARROW_LOOKALIKES and char + nxt not in ARROW_LOOKALIKES:
                chars[i] = "→"
        elif char == "伊":
            if prev in TIMES_BEFORE or nxt.isdigit():
                chars[i] = "×"
        elif char == "耀":
            if prev.isdigit() and nxt.isdigit():
                chars[i] = "～"
        elif nxt == "类" and prev not in TARO_BEFORE:  # 芋类 / 郁类
            chars[i] = GLYPH_SUBSTITUTES[char]


# ASCII punctuation in Chinese text → the full-width form, so every later rule
# sees one form ("牵头单位:" → "牵头单位：", "(一)" → "（一）"); same length.
WIDE_PUNCT = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}


def _widen_punctuation(chars: list[str]) -> None:
    """Full-width punctuation in place where it stands in Chinese text.

    "," ":" ";" "?" "!" next to a Chinese character, and both parentheses of a
    pair in a line that holds Chinese text; "1,000", "3:30" and an English
    line stay as they are.
    """
    if not any(_CJK_RE.match(c) for c in chars):
        return
    n = len(chars)
    opened: list[int] = []
    for i, char in enumerate(chars):
        if char == "(":
            opened.append(i)
        elif char == ")" and opened:
            chars[opened.pop()] = "（"
            chars[i] = "）"
        elif char in ",:;?!":
            prev = chars[i - 1] if i else ""
            nxt = chars[i + 1] if i + 1 < n else ""
            if (prev and _WIDE_RE.match(prev)) or (nxt and _WIDE_RE.match(nxt)) or not nxt:
                chars[i] = WIDE_PUNCT[char]


def _is_tight(char: str) -> bool:
    """A character next to which a space is only typesetting (Chinese text has none)."""
    return bool(_WIDE_RE.match(char))


def _unpad(chars: list[str], pos: list[int]) -> tuple[list[str], list[int], bool]:
    """Remove padding spaces; keep one space between a person's name and post."""
    text = "".join(chars)
    keep: int | None = None  # index of the one separating space to keep
    match = NAME_POST_RE.match(text) or POST_NAME_RE.match(text)
    if match:
        # the separator is the last space before the post, or the first after it
        keep = match.start("post") - 1 if match.re is NAME_POST_RE else match.end("post")
        while keep < len(chars) and chars[keep] != " ":
            keep += 1
        while match.re is NAME_POST_RE and keep > 0 and chars[keep - 1] == " ":
            keep -= 1
    out_c: list[str] = []
    out_p: list[int] = []
    n = len(chars)
    for i, char in enumerate(chars):
        if char.isspace():
            if i == keep:
                out_c.append(" ")
                out_p.append(pos[i])
                continue
            left = out_c[-1] if out_c else ""
            j = i + 1
            while j < n and chars[j].isspace():
                j += 1
            right = chars[j] if j < n else ""
            if not left or not right or _is_tight(left) or _is_tight(right):
                continue
            if out_c and out_c[-1] == " ":
                continue
            out_c.append(" ")
            out_p.append(pos[i])
            continue
        out_c.append(char)
        out_p.append(pos[i])
    return out_c, out_p, match is not None


_LINE_RE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")


def repair_lines(text: MappedText) -> list[Line]:
    """Split into lines and repair each: furniture, padding, glyphs, page starts."""
    lines: list[Line] = []
    s = text.text
    page_start = True
    for m in _LINE_RE.finditer(s):
        start, end = m.span()
        if start == end:
            break
        body = m.group().rstrip("\r\n")
        if "\f" in body:
            page_start = True
            body_start = start + body.rfind("\f") + 1
            body = s[body_start : start + len(m.group().rstrip("\r\n"))]
        else:
            body_start = start
        stripped = body.strip()
        if not stripped:
            continue
        if is_furniture(stripped):
            page_start = True  # furniture stands at a page's edge
            continue
        # pdftotext indents the first line of a page by one space
        lead = len(body) - len(body.lstrip())
        starts_page = page_start or body[0] == " "
        page_start = False
        first = body_start + lead
        chars = list(stripped)
        pos = list(text.pos[first : first + len(chars)])
        _move_stray_glyph(chars, pos)
        chars, pos, person_post = _unpad(chars, pos)
        _fix_glyphs(chars)
        _widen_punctuation(chars)
        line_text = "".join(chars)
        # width as printed, padding included: it says how full the PDF line was;
        # a closing mark may hang past the column's edge, so it is not counted
        width = display_width(stripped[:-1] if stripped[-1] in HANGING else stripped)
        lines.append(Line(MappedText(line_text, pos), starts_page, width, person_post))
    # a document's title printed as a running head at a page's edge
    return [
        line
        for i, line in enumerate(lines)
        if not (i + 1 < len(lines) and lines[i + 1].page_start and RUNNING_TITLE_RE.match(line.text.text))
    ]


# -- joining lines into paragraphs ---------------------------------------------

# The marks after which a PDF line never runs on (see ends_sentence).
HARD_STOPS = frozenset("。！？：!?:")
HANGING = frozenset("，。、；：？！”’）》」』")
CLOSERS = "”’）)】］]」』》〉"

# "一、" "（一）" "1." "1、" "（1）" "①" "第一章"
HEADING_RE = re.compile(
    r"^(?:[一二三四五六七八九十百]{1,3}、|[（(][一二三四五六七八九十百]{1,3}[）)]|\d{1,2}(?:[\.．、]|\s*[、．])(?![\d％%])|"
    r"[（(]\d{1,2}[）)]|[\u2460-\u2473]|第[一二三四五六七八九十百零\d]{1,4}[章节条部分篇])"
)
# "组 长：", "成员单位：", "牵头单位：", "责任单位：", "召 集 人："
LABEL_RE = re.compile(
    r"^(?:[一二三四五六七八九十]+、)?[\u4e00-\u9fff]{0,4}?"
    r"(?P<label>(?:常务|执行|第一)?(?:组长|副组长)|成员(?:单位)?|总?召集人|(?:常务)?副?指挥长|副?主任(?:委员)?|委员|秘书长|"
    f"(?:{alternation(LABEL_VERB_ROLE)})(?:{alternation(LABEL_NOUNS)})|办公室(?:副)?主任|联络员|"
    r"总?链长|项目法人代表|技术负责人|财务负责人|任命|免去)[：:]"
)
DATE_LINE_RE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日$")
# 文号, document number: "运政办发〔2023〕6号", also with [ ] 【】 （） brackets
DOC_NUMBER_RE = re.compile(
    r"^(?P<prefix>[\u4e00-\u9fff]{1,12})[〔\[【（(［]\s*(?P<year>\d{4})\s*[〕\]】）)］]\s*(?P<no>\d{1,4})\s*号$"
)
PUBLIC_RE = re.compile(r"^[（(]此件[^）)]{1,10}[）)]$")
ATTACHMENT_RE = re.compile(r"^附\s*件\s*[\d１-９]*\s*(?:[：:]|$)")
# The issuer line of a document head: "运城市人民政府办公室", "运城市卫生健康委员会"
ISSUER_RE = re.compile(f"^[\u4e00-\u9fff（）()]{{2,30}}(?:{alternation(ISSUER_ENDINGS)})$")
TITLE_START_RE = re.compile(r"^关于")
# Kinds of document whose title ends a document's head: "…的通知", "…的批复"
TITLE_END_RE = re.compile(f"(?:{alternation(DOCUMENT_KINDS)})$")


@dataclass
class Paragraph:
    """Lines joined where the PDF wrapped them; flags keep what layout said."""

    text: MappedText
    page_start: bool
    first_width: float
    last_width: float
    person_post: bool = False
    dangling: bool = False  # its last line runs on, but the next line went elsewhere


def ends_clause(text: str) -> bool:
    """Ends a sentence or a clause of a list (；)."""
    return ends_sentence(text) or text.rstrip().rstrip(CLOSERS).endswith(("；", ";"))


def ends_sentence(text: str) -> bool:
    """Ends on 。！？ or ：, the marks after which a PDF line never runs on.

    A line ending on ； or ， may still run on: clauses of one paragraph.
    """
    stripped = text.rstrip().rstrip(CLOSERS)
    return bool(stripped) and stripped[-1] in HARD_STOPS


def column_width(lines: Sequence[Line]) -> float:
    """The width of a full line of body text, or infinity when lines are not wrapped.

    Wrapped PDF text has one dominant line width; text with a paragraph per
    line has none, and then no line is "full", so none is joined.
    """
    widths = Counter(round(line.width) for line in lines if line.width >= 10)
    total = sum(widths.values())
    if total < 20:
        return float("inf")
    mode, _ = max(widths.items(), key=lambda kv: (kv[1], kv[0]))
    near = sum(widths[w] for w in (mode - 1, mode, mode + 1))
    return float(mode) if near >= 0.4 * total else float("inf")


def starts_fresh(line: Line, following: Line | None = None) -> bool:
    """A line that begins a paragraph whatever came before it."""
    s = line.text.text
    if line.person_post or HEADING_RE.match(s) or LABEL_RE.match(s):
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


def is_issuer_line(text: str) -> bool:
    """ "运城市人民政府办公室", and the red head "泉州市人民政府办公室文件"."""
    return len(text) <= 32 and ISSUER_RE.match(issuer_name(text)) is not None


def issuer_name(text: str) -> str:
    """The body's name in an issuer line: "…办公室文件" is "…办公室"."""
    return text[:-2] if text.endswith("文件") and len(text) > 4 else text


def paragraphs(lines: Sequence[Line], width: float | None = None) -> list[Paragraph]:
    """Join lines the PDF wrapped: a full line that ends mid-sentence runs on.

    A line is joined to the next when it is full width and does not end a
    sentence (full: within 1.5 em of the column, or 3.5 em for a paragraph's
    indented first line, 4 em; a numbered heading must fill the line to run on), unless the next line starts something of its own
    (a heading, a label, a date, a document number, a document head, a
    "name post" line). A "name post" line that interrupts a running sentence
    (the report's byline) becomes a paragraph of its own, and the sentence
    runs on past it.
    """
    full = column_width(lines) if width is None else width
    out: list[Paragraph] = []
    asides: list[Paragraph] = []
    current: list[Line] = []

    def close(nxt: Line | None) -> None:
        if current:
            text = MappedText.join("", [ln.text for ln in current])
            last = current[-1]
            dangling = nxt is not None and runs_on(last, len(current) == 1, nxt) and not ends_clause(last.text.text)
            out.append(
                Paragraph(text, current[0].page_start, current[0].width, last.width, current[0].person_post, dangling)
            )
            current.clear()
        out.extend(asides)
        asides.clear()

    def runs_on(last: Line, first: bool, nxt: Line, after: Line | None = None) -> bool:
        text = last.text.text
        if last.person_post or ends_sentence(text):
            return False
        if TITLE_START_RE.match(text) and TITLE_END_RE.search(text):
            return False  # a whole title: "关于…的通知"
        # after ； or a heading, only a full next line (no indent) continues
        guarded = text.endswith(("；", ";")) or HEADING_RE.match(text) is not None
        if last.width >= full - 1.5:
            return not text.endswith(("；", ";")) or nxt.width >= full - 1.5
        if first and last.width >= full - 4:  # an indented first line
            # a heading is followed by an indented line; a short line that
            # ends a sentence is the heading's own tail ("…交办的其他" "事项。")
            if not guarded or nxt.width >= full - 1.5 or (nxt.width < full - 4 and ends_clause(nxt.text.text)):
                return True
            # a heading that fills its indented line wraps ("…海绵城市建设" "示范城市"),
            # when the line after its tail starts a paragraph of its own
            return (
                HEADING_RE.match(text) is not None
                and last.width >= full - 2.5
                and (after is None or after.width < full - 1.5)
            )
        return False

    n = len(lines)
    for i, line in enumerate(lines):
        following = lines[i + 1] if i + 1 < n else None
        if current:
            on = runs_on(current[-1], len(current) == 1, line, following)
            if on and line.person_post and following is not None and not starts_fresh(following, None):
                asides.append(Paragraph(line.text, line.page_start, line.width, line.width, True))
                continue
            if not on or starts_fresh(line, following):
                close(line)
        current.append(line)
    close(None)
    return out


def normalize(text: str) -> str:
    """NFKC and no whitespace: how gold text and extracted text are compared."""
    return "".join(unicodedata.normalize("NFKC", text).split())
