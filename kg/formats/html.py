"""Read a web page (a government portal's article) into text, each line with the path of its element.

Rules, not a boilerplate model, so that a line keeps its element path and a table stays a table: the metadata
block (索引号, 发文字号…) first as "label：value" lines, the title, then the content container's blocks in order
(a layout table gives its paragraphs). Navigation, breadcrumbs, share bars and footers go by tag, class/id words
or opening words, unless they hold half the text.
"""

from __future__ import annotations

import codecs
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

from kg.errors import InputError
from kg.formats import Extracted, SourceCell, SourceTable, TextWriter, cell_text

# Never text: dropped with everything inside.
HARD = frozenset("script style noscript template iframe button select textarea svg".split())
# Site furniture by tag; kept when it wraps the content (an ASP.NET page is one big <form>).
SOFT_TAGS = frozenset("nav header footer aside form".split())
BLOCK = frozenset(
    "address article aside blockquote body caption center dd details dir div dl dt fieldset figcaption figure footer "
    "form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav ol p pre section summary table tbody td tfoot th "
    "thead tr ul".split()
)
# The children whose own text makes a block the page's text when no known container holds it.
SECTIONS = frozenset(("thead", "tbody", "tfoot"))
PARAGRAPHS = frozenset("p div section h1 h2 h3 h4 h5 h6 li dd td".split())
LABEL_TAGS = frozenset("dt th td span label".split())  # a label cell, a label without its colon
CONTENT_IDS = frozenset(("ucap-content", "zoom", "content", "article"))
CONTENT_CLASSES = frozenset(
    "pages_content trs_editor article-content article content con xxgk_content view main-txt detail text".split()
)
# A word of a class or id (camelCase split, lower-cased) that names furniture: "main-nav", "bdsharebuttonbox",
# "breadCrumb", "footer"; not "canvas", "footnote", "unavailable".
FURNITURE_WORD_RE = re.compile(
    r"(?<![a-z])(?:(?:top|main|sub|site|left|right)?nav|navbar|navi|navigation|menus?|bread_?crumbs?|crumbs?|"
    r"position|location|dqwz|share|bdshare[a-z_]{0,20}|footer|foot(?!_?notes?(?![a-z]))|copyright|toolbar|tools?|"
    r"print|search|login|sidebar|(?:left|right)?side|related|relate|xglj|yqlj|(?:friend_?)?links?|top|bottom|"
    r"topbar|bottombar|header|qrcode)(?![a-z])"
)
# The opening words of furniture: "当前位置：首页 > 政务公开", "【打印本页】【关闭窗口】", "分享到："
FURNITURE_TEXT = tuple("当前位置 您的位置 您现在的位置 【打印 打印本页 【关闭".split())
FURNITURE_TEXT += tuple("关闭窗口 分享到 【字体 字体： 【字号 字号： 【我要纠错 责任编辑： 扫一扫在手机打开".split())
# The labels of a portal's metadata block ("发文字号：云政办发〔2024〕7号"), written "索 引 号" too.
META_LABELS = tuple("发文字号 发文机关 发布机构 发布日期 发布时间 成文日期".split())
META_LABELS += tuple("主题分类 索引号 有效性 主题词 标题 文号".split())
NOISE_LABELS = frozenset("字号 字体 浏览 浏览次数 浏览量 访问量 点击 点击数 点击率 阅读 阅读数 分享 分享到".split())
# the order of the metadata lines: kg.metadata takes the first number, date and issuer it meets
META_ORDER = {
    label: i for i, label in enumerate("标题 发文字号 文号 发布日期 发布时间 发文机关 发布机构 成文日期".split())
}
_SPACED = "|".join(r"\s?".join(label) for label in sorted(META_LABELS, key=len, reverse=True))
# "发布日期：2024-01-02 来源：市财政局": a listed label anywhere, another label after a space
LABEL_RE = re.compile(rf"(?P<listed>{_SPACED})\s{{0,3}}[：:]|(?<!\S)(?P<other>[\u4e00-\u9fff]{{2,6}})[：:]")
META_CHARSET_RE = re.compile(rb"<meta[^>]{0,512}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{1,40})", re.IGNORECASE)
XML_DECLARATION_RE = re.compile(r"^\s*<\?xml[^>]{0,200}>")
_CJK = "\u2e80-\u2fff\u3001-\u303f\u3040-\u9fff\uf900-\ufaff\uff01-\uffef"
# a source line break between two CJK characters is no space ("市直各\n有关部门")
SEGMENT_BREAK_RE = re.compile(rf"(?<=[{_CJK}])[ \t\r]*\n\s*(?=[{_CJK}])")
CAMEL_RE = re.compile(r"([a-z0-9])([A-Z])")  # "breadCrumb" → "bread_Crumb"
HAN_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
LAYOUT_CELL_CHARS = 300  # a cell longer than this holds paragraphs: the table lays out the page


@dataclass
class _Table:
    """A data table met in the walk: its rows, each a row element and its (cell, text) pairs."""

    el: HtmlElement
    rows: list[tuple[HtmlElement, list[tuple[HtmlElement, str]]]]


_Event = tuple[str, HtmlElement] | _Table  # a line and the block it belongs to, or a table


@dataclass
class _Meta:
    """The metadata block: its (label, value, element) lines and what of the page they used up."""

    lines: dict[tuple[str, str], HtmlElement] = field(default_factory=dict)  # (label, value) → its element
    used_lines: set[tuple[str, HtmlElement]] = field(default_factory=set)
    used: set[HtmlElement] = field(default_factory=set)


@dataclass
class _Page:
    """What one pass over the page tells: element paths, Han counts, furniture."""

    paths: dict[HtmlElement, str]
    total: dict[HtmlElement, int]  # Han characters in the subtree, outside links
    inline: dict[HtmlElement, int]  # Han characters on the element's own lines, outside links
    soft: set[HtmlElement]  # furniture unless it holds half the text around it

    def furniture(self, el: HtmlElement, scope: int) -> bool:
        """Furniture holds no text outside links, or less than half the text around it."""
        return self.total[el] == 0 or 2 * self.total[el] < scope


def read_html(data: bytes, name: str) -> Extracted:
    """Read a web page into text: its metadata lines, its title, then its main content, each line with its path."""
    root = _parse(_decode(data, name), name)
    body = next(root.iterchildren("body"), root)
    page = _survey(root, body)
    content = _content(body, page)
    wraps = set(content.iterancestors())  # a form around the content is the page; any other is a search form
    scan = _Walker(lambda el: el.tag in HARD or (el.tag == "form" and el not in wraps))
    scan.walk(body)
    meta = _metadata(scan.events)
    furniture = {el for el in page.soft if page.furniture(el, page.total[content])}
    title, title_el = _title(root, content, meta, furniture)
    dropped = meta.used | furniture | {title_el}
    walker = _Walker(lambda el: el.tag in HARD or el in dropped)
    walker.walk(content)
    writer = TextWriter("html")
    for (label, value), el in sorted(meta.lines.items(), key=lambda item: META_ORDER.get(item[0][0], 99)):
        writer.line(f"{label}：{value}", page.paths[el])
    if title:
        writer.line(title, page.paths.get(title_el, ""))
    for event in walker.events:
        if isinstance(event, _Table):
            _write_table(writer, event, page.paths)
        elif event not in meta.used_lines and event[0] != title:
            writer.line(event[0], page.paths[event[1]])
    if not writer.parts:
        raise InputError(f"{name}: the page has no text")
    return writer.done()


def _decode(data: bytes, name: str) -> str:
    """The page's text: by its byte-order mark, else strict UTF-8, else its declared charset, else GB18030."""
    encodings = ["utf-8", "gb18030"]
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            data, encodings = data[len(bom) :], [encoding]
            break
    else:
        if (m := META_CHARSET_RE.search(data[:4096])) and (declared := _codec(m[1].decode("ascii"))):
            encodings = list(dict.fromkeys(["utf-8", declared, "gb18030"]))  # valid UTF-8 is UTF-8 whatever it says
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if len(CONTROL_RE.findall(text)) > max(2, len(text) // 200):
            raise InputError(f"{name}: looks like a binary file, not a web page")
        return text
    raise InputError(f"{name}: cannot decode the page as {' or '.join(encodings)}")


def _codec(label: str) -> str | None:
    """The codec a declared charset names; GB2312 and GBK read as their superset GB18030."""
    try:
        codec = codecs.lookup(label).name
    except LookupError:
        return "gb18030" if label.lower() in ("x-gbk", "gb_2312-80", "x-gb2312") else None
    if codec in ("gb2312", "gbk"):
        return "gb18030"
    return "utf-8" if codec.startswith("utf-16") else codec  # a page that could declare it in ASCII is not UTF-16


def _parse(text: str, name: str) -> HtmlElement:
    """The page's tree; lxml refuses a str with an encoding declaration, so the declaration goes."""
    try:
        return lxml.html.document_fromstring(XML_DECLARATION_RE.sub("", text, count=1))
    except (etree.LxmlError, ValueError) as err:
        reason = (str(err) or type(err).__name__).splitlines()[0]
        raise InputError(f"{name}: not a readable web page ({reason})") from None


def _survey(root: HtmlElement, body: HtmlElement) -> _Page:
    """One pass down for paths (as getpath writes them) and furniture, one pass up for Han counts."""
    page = _Page({root: "/" + root.tag}, {}, {}, set())
    elements = [el for el in root.iter() if isinstance(el.tag, str)]
    for el in elements:
        children = [c for c in el if isinstance(c.tag, str)]
        count, seen = Counter(c.tag for c in children), Counter()
        for child in children:
            seen[child.tag] += 1
            index = f"[{seen[child.tag]}]" if count[child.tag] > 1 else ""
            page.paths[child] = f"{page.paths[el]}/{child.tag}{index}"
    for el in reversed(elements):
        total = inline = 0
        if el.tag not in HARD:
            total = inline = len(HAN_RE.findall(el.text or ""))
            for child in el:
                tail = len(HAN_RE.findall(child.tail or ""))
                if isinstance(child.tag, str):
                    total += page.total[child]
                    inline += 0 if child.tag in BLOCK else page.inline[child]
                total, inline = total + tail, inline + tail
        page.total[el], page.inline[el] = (0, 0) if el.tag == "a" else (total, inline)
    for el in (e for e in body.iter() if isinstance(e.tag, str)):
        words = CAMEL_RE.sub(r"\1_\2", f"{el.get('class', '')} {el.get('id', '')}").lower()
        if el.tag in SOFT_TAGS or (el.tag in BLOCK and FURNITURE_WORD_RE.search(words)):
            page.soft.add(el)
        elif (el.text or "").lstrip().startswith(FURNITURE_TEXT):
            page.soft.add(el if el.tag in BLOCK else next((a for a in el.iterancestors() if a.tag in BLOCK), el))
    return page


def _content(body: HtmlElement, page: _Page) -> HtmlElement:
    """The main content: the known container with the most Han text, else the block whose paragraphs hold most."""
    banned: dict[HtmlElement, bool] = {}
    best: tuple[int, int, HtmlElement] | None = None
    dense: tuple[int, int, HtmlElement] | None = None
    for i, el in enumerate(e for e in body.iter() if isinstance(e.tag, str)):
        banned[el] = banned.get(el.getparent(), False) or el.tag in HARD
        banned[el] = banned[el] or (el in page.soft and page.furniture(el, page.total[body]))
        if banned[el] or el.tag not in BLOCK:
            continue
        classes = set(el.get("class", "").lower().split())
        if el.get("id", "").lower() in CONTENT_IDS or classes & CONTENT_CLASSES:
            best = max(best or (0, 0, el), (page.total[el], i, el), key=lambda t: t[:2])
        score = page.inline[el] + sum(page.inline[c] for c in el if c.tag in PARAGRAPHS and c not in page.soft)
        dense = max(dense or (0, 0, el), (score, i, el), key=lambda t: t[:2])
    return next((found[2] for found in (best, dense) if found and found[0] > 0), body)


class _Walker:
    """Walks blocks in document order into events: lines, each with the block it belongs to, and tables."""

    def __init__(self, skip: Callable[[HtmlElement], bool]) -> None:
        self.skip = skip
        self.events: list[_Event] = []
        self.parts: list[str] = []
        self.owner: HtmlElement | None = None

    def walk(self, el: HtmlElement) -> None:
        """A block: its own text as lines of its own, its blocks in turn."""
        parts, owner = self.parts, self.owner
        self.parts, self.owner = [], el
        self._inline(el)
        self.flush()
        self.parts, self.owner = parts, owner

    def _inline(self, el: HtmlElement) -> None:
        if el.text:
            self.parts.append(el.text)
        for child in el:
            if isinstance(child.tag, str) and not self.skip(child):
                if child.tag == "br":
                    self.flush()
                elif child.tag == "table":
                    self.flush()
                    self.table(child)
                elif child.tag in BLOCK:
                    self.flush()
                    self.walk(child)
                else:
                    self._inline(child)  # span, a, font, strong…: on the block's line
            if child.tail:
                self.parts.append(child.tail)

    def flush(self) -> None:
        """The text gathered so far is a line of the current block."""
        text = _norm("".join(self.parts))
        self.parts.clear()
        if text and self.owner is not None and not text.startswith(FURNITURE_TEXT):
            self.events.append((text, self.owner))

    def table(self, el: HtmlElement) -> None:
        """A data table as a table; a layout table (one column, nested tables, long cells) as its paragraphs."""
        own = [tr for c in el for tr in ([c] if c.tag == "tr" else c if c.tag in SECTIONS else []) if tr.tag == "tr"]
        rows = [(tr, [c for c in tr if c.tag in ("td", "th")]) for tr in own]  # not the rows of a table inside
        width = max((sum(_span(c, "colspan", 1000) for c in cells) for _, cells in rows), default=0)
        if width > 1 and not any(c.find(".//table") is not None for _, cells in rows for c in cells):
            texts = [(tr, [(c, self._cell(c)) for c in cells]) for tr, cells in rows]
            if all(len(text) <= LAYOUT_CELL_CHARS for _, cells in texts for _, text in cells):
                self.events.append(_Table(el, texts))
                return
        self.walk(el)

    def _cell(self, cell: HtmlElement) -> str:
        start = len(self.events)
        self.walk(cell)
        lines = [event[0] for event in self.events[start:] if not isinstance(event, _Table)]
        del self.events[start:]
        return "\n".join(lines)


def _span(cell: HtmlElement, attribute: str, limit: int) -> int:
    try:
        n = int((cell.get(attribute) or "1").strip())
    except ValueError:
        return 1
    return min(n, limit) if n >= 1 else 1


def _write_table(writer: TextWriter, table: _Table, paths: dict[HtmlElement, str]) -> None:
    rows = [
        tuple(SourceCell(text, paths[c], _span(c, "colspan", 1000), _span(c, "rowspan", 65534)) for c, text in cells)
        for _, cells in table.rows
    ]
    wheres = [paths[tr] for tr, _ in table.rows]
    if not any(c.rowspan > 1 for row in rows for c in row):  # an empty row shifts no merged cell: leave it out
        kept = [(row, where) for row, where in zip(rows, wheres) if any(c.text.strip() for c in row)]
        rows, wheres = [row for row, _ in kept], [where for _, where in kept]
    if rows:
        writer.table(SourceTable(tuple(rows), row_where=tuple(wheres)))


def _metadata(events: list[_Event]) -> _Meta:
    """The metadata block: items "label：value", label and value side by side, a table of such pairs."""
    meta = _Meta()
    for i, event in enumerate(events):
        if isinstance(event, _Table):
            pairs = [(pair, tr) for tr, cells in event.rows for pair in _row_pairs([text for _, text in cells])]
            if sum(label in META_LABELS for (label, _), _ in pairs) >= 2:
                meta.used.add(event.el)
                for pair, tr in pairs:
                    meta.lines.setdefault(pair, tr)
            continue
        if segments := _segments(event[0]):
            meta.used_lines.add(event)
            for pair in segments:
                meta.lines.setdefault(pair, event[1])
            continue
        after = events[i + 1] if i + 1 < len(events) else None
        label = _bare_label(event[0], loose=False) if event[0][-1] in "：:" or event[1].tag in LABEL_TAGS else None
        if label and isinstance(after, tuple) and after[1].getparent() is event[1].getparent():
            if not _bare_label(after[0], loose=True) and event[1].getparent() is not None:
                meta.used_lines.update((event, after))
                meta.lines.setdefault((label, cell_text(after[0])), event[1].getparent())
    return meta


def _row_pairs(texts: list[str]) -> Iterator[tuple[str, str]]:
    """The (label, value) pairs of a table row: a label cell then its value cell, or "label：value" in a cell."""
    i = 0
    while i < len(texts):
        label = _bare_label(texts[i], loose=True)
        if label and i + 1 < len(texts) and texts[i + 1].strip() and not _bare_label(texts[i + 1], loose=True):
            yield label, cell_text(texts[i + 1])
            i += 2
            continue
        yield from _segments(cell_text(texts[i]))
        i += 1


def _bare_label(text: str, loose: bool) -> str | None:
    """The label a cell or item holds alone ("发文字号：", "索 引 号"); loose: any short Han label with a colon."""
    word = "".join(text.split())
    label = word.rstrip("：:")
    if label in META_LABELS:
        return label
    return label if loose and label != word and 2 <= len(label) <= 8 and HAN_RE.fullmatch(label[0]) else None


def _segments(text: str) -> list[tuple[str, str]]:
    """The (label, value) pairs of an item that opens with a metadata label: "发布日期：2024-01-02 来源：市财政局"."""
    marks = list(LABEL_RE.finditer(text))
    if not marks or marks[0].start() != 0 or not marks[0]["listed"]:
        return []
    pairs = []
    for m, after in zip(marks, [*marks[1:], None]):
        value = text[m.end() : after.start() if after else len(text)].strip()
        if value and (m["listed"] or m["other"] not in NOISE_LABELS):
            pairs.append(("".join((m["listed"] or m["other"]).split()), value))
    return pairs


def _title(
    root: HtmlElement, content: HtmlElement, meta: _Meta, furniture: set[HtmlElement]
) -> tuple[str, HtmlElement | None]:
    """The page's title and its element: the content's <h1>, else the 标题 metadata, else <title> less the site."""
    for h1 in content.iter("h1"):
        if any(a in furniture for a in h1.iterancestors()):
            continue  # the site's name in its header
        walker = _Walker(lambda el: el.tag in HARD)
        walker.walk(h1)
        text = cell_text("\n".join(e[0] for e in walker.events if not isinstance(e, _Table)))
        if text:
            return text, h1
    if labelled := next(((value, el) for (label, value), el in meta.lines.items() if label == "标题"), None):
        return labelled
    title = root.find("head/title")
    text = _norm(title.text_content()) if title is not None else ""
    parts = [part.strip() for part in re.split(r"[_|｜]", text) if part.strip()]
    text = max(parts, key=len) if parts else ""
    cut = max(text.rfind(dash) for dash in "-－—–")
    site = text[cut + 1 :].strip(" -－—–")
    if cut >= 4 and site and not site[0].isdigit() and len(site) <= 30:  # "…的通知-云岭市人民政府", not "2023-2025年"
        text = text[:cut].rstrip(" -－—–")
    return text, title if text else None


def _norm(text: str) -> str:
    """One line: a source line break between Han characters dropped, any run of spaces (NBSP, 全角) one space."""
    text = SEGMENT_BREAK_RE.sub("", text).replace("\u200b", "").replace("\ufeff", "")
    return " ".join(text.split())
