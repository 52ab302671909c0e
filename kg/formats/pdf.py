"""PDF gazettes: text in reading order column by column, page furniture dropped by position, tables as tables.

Built on pdfminer.six (MIT, pure Python), which gives every character with its
box, and on pdfplumber (MIT, over pdfminer) for what it adds: finding ruled
tables with their cells, asked only for the pages that draw enough lines to
hold one (its per-object bookkeeping costs twice pdfminer's own reading).
pypdfium2 reads faster but dropped characters (a one-character line) in our
tests; PyMuPDF is AGPL, which an Apache-2.0 project cannot ship.

A page is read in four steps: characters are grouped into segments (a run on
one baseline with no wide gap); segments that sit in the same place on most
pages near the top or bottom edge (running heads, page numbers) are furniture
and dropped; the gutters between columns are the vertical bands no narrow
segment crosses; then the page is read band by band (a segment or table that
spans the columns starts a new band), each column of a band top to bottom.
"""

from __future__ import annotations

import bisect
import io
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from kg.errors import InputError
from kg.formats import Box, Extracted, SourceCell, SourceTable, TextWriter

EDGE = 0.1  # running heads and page numbers stand in the top and bottom tenth of a page
GUTTER = 8  # the narrowest band between columns, in points
_DIGITS_RE = re.compile(r"\d+")
# a page number as _key writes it (digits as "#"): "— # —", "-#-", "第#页", "#/#"
_PAGE_NUMBER_RE = re.compile(r"^(?=[^#]*#)[\s\-—–·•第页()（）#IVXivx/共]*$")
_CID_RE = re.compile(r"\(cid:\d+\)")


@dataclass
class Segment:
    """Characters on one baseline with no wide gap between them."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float

    @property
    def box(self) -> Box:
        return (self.x0, self.top, self.x1, self.bottom)


@dataclass
class Block:
    """What the reading order places: a line of text or a table."""

    x0: float
    top: float
    x1: float
    bottom: float
    segments: list[Segment] | None = None
    table: SourceTable | None = None


def read_pdf(data: bytes, name: str) -> Extracted:
    """The text of a PDF, a line per printed line, each with its page and box."""
    try:
        pages = _Pages(data)
    except Exception as err:  # noqa: BLE001 - pdfminer raises many kinds; each becomes one line
        raise InputError(f"{name}: {_open_error(err)}") from None
    read: list[tuple[list[Segment], list[Block]]] = []
    sizes: list[tuple[float, float]] = []
    images = 0
    try:
        for n, (layout, chars, ruled, pictures) in enumerate(pages.layouts(), 1):
            tables = pages.tables(n - 1) if ruled >= RULED else []
            read.append((_segments([c for c in chars if not _inside(c, tables)]), tables))
            sizes.append((layout.width, layout.height))
            images += pictures
    except Exception as err:  # noqa: BLE001
        raise InputError(f"{name}: cannot read the PDF ({type(err).__name__}: {str(err)[:80]})") from None
    finally:
        pages.close()
    _check(read, images, name)
    furniture = _furniture([(segments, height) for (segments, _), (_, height) in zip(read, sizes)])
    writer = TextWriter("pdf")
    writer.pages = len(read)
    for n, ((segments, tables), (width, height)) in enumerate(zip(read, sizes), 1):
        kept = [s for s in segments if _key(s, height) not in furniture]
        for block in _reading_order(kept, tables, width):
            if block.table is not None:
                writer.table(block.table)
            else:
                _write_line(writer, block.segments or [], n)
    return writer.done()


def _check(read: list[tuple[list[Segment], list[Block]]], images: int, name: str) -> None:
    """A PDF with no text, or text that is only glyph numbers, is an error that says why."""
    chars = sum(len(s.text) for segments, _ in read for s in segments) + sum(len(t) for _, t in read)
    if chars == 0:
        if images:
            raise InputError(f"{name}: the PDF has no text layer (a scanned image?); govkg does no OCR")
        raise InputError(f"{name}: the PDF has no text")
    cids = sum(len(m) for segments, _ in read for s in segments for m in _CID_RE.findall(s.text))
    if cids * 8 > chars:  # each "(cid:123)" is 8 characters or more
        raise InputError(f"{name}: the PDF's fonts have no Unicode map; its text cannot be read")


def _open_error(err: Exception) -> str:
    kinds = {type(e).__name__ for e in (err, err.__cause__, err.__context__, *err.args) if isinstance(e, Exception)}
    text = f"{type(err).__name__} {err}"
    if kinds & {"PDFPasswordIncorrect", "PDFEncryptionError"} or "password" in text.lower():
        return "the PDF is encrypted; open it with its password and save an unencrypted copy"
    return f"not a readable PDF ({type(err).__name__})"


# a page that draws this many lines or boxes may hold a ruled table: pdfplumber looks for one
RULED = 6


class _Pages:
    """A PDF's pages as pdfminer lays them out (characters only: no layout analysis), and pdfplumber's
    tables for the pages that ask for them."""

    def __init__(self, data: bytes) -> None:
        from pdfminer.pdfdocument import PDFDocument
        from pdfminer.pdfparser import PDFParser

        self.data = data
        self.document = PDFDocument(PDFParser(io.BytesIO(data)))
        self.plumber = None

    def layouts(self) -> Iterator[tuple[object, list[dict], int, int]]:
        """Each page: its layout, its upright characters, how many lines and boxes and pictures it draws."""
        from pdfminer.converter import PDFPageAggregator
        from pdfminer.layout import LTChar, LTContainer, LTCurve, LTImage
        from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
        from pdfminer.pdfpage import PDFPage

        resources = PDFResourceManager(caching=True)
        device = PDFPageAggregator(resources, laparams=None)
        interpreter = PDFPageInterpreter(resources, device)
        for page in PDFPage.create_pages(self.document):
            interpreter.process_page(page)
            layout = device.get_result()
            chars, ruled, pictures, stack = [], 0, 0, list(layout)
            while stack:
                item = stack.pop()
                if isinstance(item, LTChar):
                    if item.upright:
                        chars.append(_char(item, layout.y1))
                elif isinstance(item, LTCurve):
                    ruled += 1  # LTLine and LTRect are curves too
                elif isinstance(item, LTImage):
                    pictures += 1
                elif isinstance(item, LTContainer):
                    stack.extend(item)
            yield layout, chars, ruled, pictures

    def tables(self, index: int) -> list[Block]:
        """The ruled tables of a page (pdfplumber, opened once, only when a page asks)."""
        import pdfplumber

        if self.plumber is None:
            self.plumber = pdfplumber.open(io.BytesIO(self.data))
        page = self.plumber.pages[index]
        found = []
        try:
            tables = page.find_tables()
        except Exception:  # noqa: BLE001 - a page whose lines pdfplumber cannot make a table of: read its text
            tables = []
        for table in tables:
            x0, top, x1, bottom = table.bbox
            if len(table.rows) >= 2 and len(table.rows[0].cells) >= 2:
                found.append(Block(x0, top, x1, bottom, table=_table(page, table)))
        page.close()
        return found

    def close(self) -> None:
        if self.plumber is not None:
            self.plumber.close()


def _char(char: object, page_top: float) -> dict:
    """A character with its box measured from the page's top, as pdfplumber measures it."""
    return {
        "text": char.get_text(),
        "x0": char.x0,
        "x1": char.x1,
        "top": page_top - char.y1,
        "bottom": page_top - char.y0,
        "size": char.size,
    }


def _inside(char: dict, tables: list[Block]) -> bool:
    x, y = (char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2
    return any(t.x0 <= x <= t.x1 and t.top <= y <= t.bottom for t in tables)


def _segments(chars: list[dict]) -> list[Segment]:
    """Characters grouped into lines by baseline, lines cut where a gap is wider than two characters."""
    chars = sorted(chars, key=lambda c: (round(c["bottom"]), c["x0"]))
    rows: list[list[dict]] = []
    for char in chars:
        if rows and abs(char["bottom"] - rows[-1][0]["bottom"]) <= max(char["size"], 1) * 0.4:
            rows[-1].append(char)
        else:
            rows.append([char])
    out: list[Segment] = []
    for row in rows:
        row.sort(key=lambda c: c["x0"])
        run = [row[0]]
        for char in row[1:]:
            if char["x0"] - run[-1]["x1"] > 2 * max(char["size"], 1):
                out.append(_segment(run))
                run = []
            run.append(char)
        out.append(_segment(run))
    return [s for s in out if s.text.strip()]


def _segment(run: list[dict]) -> Segment:
    parts = []
    for before, char in zip([None, *run], run):
        gap = char["x0"] - before["x1"] if before else 0
        if before and gap > 0.5 * char["size"] and char["text"] != " " and before["text"] != " ":
            parts.append(" ")  # a word gap the PDF draws without a space character
        parts.append(char["text"])
    size = max(c["size"] for c in run)
    return Segment(
        "".join(parts),
        min(c["x0"] for c in run),
        min(c["top"] for c in run),
        max(c["x1"] for c in run),
        max(c["bottom"] for c in run),
        size,
    )


def _key(segment: Segment, height: float) -> tuple[str, int] | None:
    """How a segment near the top or bottom edge looks from page to page: its text with digits hidden, its height."""
    if height * EDGE < segment.top < height * (1 - EDGE):
        return None
    return _DIGITS_RE.sub("#", segment.text.replace(" ", "")), round(segment.top / 4)


def _furniture(pages: list[tuple[list[Segment], float]]) -> set[tuple[str, int]]:
    """The edge segments that repeat in one place on at least half the pages, or half the odd or the even
    pages (a book's running heads alternate), and page numbers (the outermost segment, digits and dashes)."""
    seen: list[Counter[tuple[str, int]]] = [Counter(), Counter()]
    numbers: set[tuple[str, int]] = set()
    for n, (segments, height) in enumerate(pages):
        keys = {k for s in segments if (k := _key(s, height)) is not None}
        seen[n % 2].update(keys)
        if segments:
            outermost = (min(segments, key=lambda s: s.top), max(segments, key=lambda s: s.bottom))
            numbers |= {k for s in outermost if (k := _key(s, height)) and _PAGE_NUMBER_RE.match(k[0])}
    odd, even = (len(pages) + 1) // 2, len(pages) // 2
    found = set()
    for key in seen[0].keys() | seen[1].keys():
        a, b = seen[0][key], seen[1][key]
        if a + b >= max(2, (len(pages) + 1) // 2) or max(a, b) >= 2 and (a * 2 >= odd or b * 2 >= even > 0):
            found.add(key)
    return found | numbers


def _gutters(segments: list[Segment], left: float, right: float) -> list[float]:
    """The middles of the vertical bands between left and right that (almost) no segment crosses, with
    text on both sides: the gutters between columns. A title or a heading across the columns may cross one."""
    if len(segments) < 6:
        return []
    allowed = max(1, len(segments) // 20)  # what may cross a gutter: a title, headings across the page
    events = sorted([(s.x0, 1) for s in segments] + [(s.x1, -1) for s in segments])
    bands, depth, start = [], 0, None
    for x, step in events:
        was = depth
        depth += step
        if was <= allowed < depth and start is not None:  # the band closes
            if x - start >= GUTTER and left < start:
                bands.append((start, x))
            start = None
        elif depth <= allowed < was:  # a band opens
            start = x
    centres = sorted((s.x0 + s.x1) / 2 for s in segments)
    gutters = []
    for a, b in bands:
        middle = (a + b) / 2
        before = bisect.bisect_left(centres, middle) - bisect.bisect_left(centres, gutters[-1] if gutters else left)
        if before >= 3 and len(centres) - bisect.bisect_left(centres, middle) >= 3 and b < right:
            gutters.append(middle)
    return gutters


def _reading_order(segments: list[Segment], tables: list[Block], width: float) -> list[Block]:
    """Lines and tables in reading order: bands split by what spans the columns, each column top to bottom."""
    if not segments and not tables:
        return []
    left = min([s.x0 for s in segments] + [t.x0 for t in tables])
    right = max([s.x1 for s in segments] + [t.x1 for t in tables])
    gutters = _gutters(segments, left, right)
    blocks = [Block(s.x0, s.top, s.x1, s.bottom, [s]) for s in segments] + tables
    if not gutters:
        return _lines(sorted(blocks, key=lambda b: (b.top, b.x0)))

    def across(block: Block) -> bool:
        return any(block.x0 < g < block.x1 for g in gutters)

    spanning = sorted((b for b in blocks if across(b)), key=lambda b: b.top)
    cuts = [b.top for b in spanning]
    bands: defaultdict[int, list[Block]] = defaultdict(list)
    for block in blocks:
        if not across(block):
            bands[bisect.bisect_right(cuts, block.top)].append(block)

    def column(block: Block) -> int:
        return bisect.bisect_left(gutters, (block.x0 + block.x1) / 2)

    out: list[Block] = []
    for n in range(len(spanning) + 1):
        if n:
            out.append(spanning[n - 1])
        for _, group in sorted(_by_column(bands.get(n, []), column).items()):
            out += _lines(sorted(group, key=lambda b: (b.top, b.x0)))
    return out


def _by_column(blocks: list[Block], column: object) -> dict[int, list[Block]]:
    grouped: defaultdict[int, list[Block]] = defaultdict(list)
    for block in blocks:
        grouped[column(block)].append(block)
    return grouped


def _lines(blocks: list[Block]) -> list[Block]:
    """Blocks of one column joined into lines: segments on one baseline are one line."""
    out: list[Block] = []
    for block in blocks:
        last = out[-1] if out else None
        if (
            block.segments
            and last is not None
            and last.segments
            and abs(block.bottom - last.bottom) <= 0.4 * block.segments[0].size
        ):
            last.segments += block.segments
            last.x0, last.x1 = min(last.x0, block.x0), max(last.x1, block.x1)
            last.top, last.bottom = min(last.top, block.top), max(last.bottom, block.bottom)
        else:
            out.append(block)
    return out


def _write_line(writer: TextWriter, segments: list[Segment], page: int) -> None:
    segments = sorted(segments, key=lambda s: s.x0)
    text = " ".join(s.text.strip() for s in segments)
    box = (segments[0].x0, min(s.top for s in segments), segments[-1].x1, max(s.bottom for s in segments))
    writer.line(text, f"page {page}", page, tuple(round(v, 1) for v in box))


def _table(page: object, found: object) -> SourceTable:
    """A ruled table: each cell with the columns and rows its box covers."""
    boxes = [cell for row in found.rows for cell in row.cells if cell is not None]
    columns = sorted({round(b[0]) for b in boxes})
    tops = sorted({round(b[1]) for b in boxes})
    rows = []
    for row in found.rows:
        cells = []
        for box in row.cells:
            if box is None:
                continue
            text = page.within_bbox(box).extract_text() or ""
            colspan = sum(1 for x in columns if box[0] - 1 <= x < box[2] - 1)
            rowspan = sum(1 for y in tops if box[1] - 1 <= y < box[3] - 1)
            where = f"page {page.page_number}"
            cells.append(SourceCell(text, where, max(colspan, 1), max(rowspan, 1), page.page_number, _round(box)))
        rows.append(tuple(cells))
    return SourceTable(tuple(rows))


def _round(box: tuple[float, float, float, float]) -> Box:
    return tuple(round(v, 1) for v in box)
