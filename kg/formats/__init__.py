"""Documents as they come: PDF, HTML and DOCX read into text, with a way back to the source.

Every reader turns its format into the same thing, an :class:`Extracted`: the
text govkg reads (paragraphs a line each, a table's rows as "cell | cell | cell")
and, for each line, a :class:`Locator` saying where in the source it stands (a
PDF page and box, an HTML element path, a DOCX paragraph or table cell). The
rest of govkg reads the text as it reads a ``.txt``; a fact's evidence finds its
place in the source through the locators of the lines it quotes.

Tables reach the text through one model, :class:`SourceTable` (rows of cells
with their spans), rendered by :func:`TextWriter.table`: the header row, then a
line per row with merged cells repeated into every row they cover; a row whose
one cell spans the table (a section: "一、优化营商环境") is a line of its own.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cached_property

Box = tuple[float, float, float, float]  # x0, top, x1, bottom in PDF points, from the page's top-left


@dataclass(frozen=True)
class Locator:
    """Where the text [start, end) stands in its source."""

    start: int
    end: int
    where: str  # "p[12]", "tbl[1]/tr[3]", "/html/body/div[2]/table/tr[4]", "page 3"
    page: int | None = None  # 1-based, PDF only
    box: Box | None = None  # PDF only


@dataclass(frozen=True)
class SourceCell:
    """One cell as the source has it: its text, what it spans, where it stands."""

    text: str
    where: str = ""
    colspan: int = 1
    rowspan: int = 1
    page: int | None = None
    box: Box | None = None


@dataclass(frozen=True)
class SourceTable:
    """A table as the source has it: rows of cells, a merged cell given once with its spans."""

    rows: tuple[tuple[SourceCell, ...], ...]
    row_where: tuple[str, ...] = ()  # where each row stands ("tbl[1]/tr[3]"), when the format says


@dataclass
class Extracted:
    """A source's text, the locators of its lines, and what the format told about it."""

    text: str
    locators: list[Locator]
    kind: str  # "pdf", "html", "docx"
    pages: int = 0
    tables: int = 0

    @cached_property
    def _starts(self) -> list[int]:
        return [loc.start for loc in self.locators]

    def locate(self, start: int, end: int) -> list[Locator]:
        """The locators of the lines that text[start:end] touches, in order."""
        i = max(bisect.bisect_right(self._starts, start) - 1, 0)
        found = []
        while i < len(self.locators) and self.locators[i].start < max(end, start + 1):
            if self.locators[i].end > start:
                found.append(self.locators[i])
            i += 1
        return found


def grid(table: SourceTable) -> list[list[SourceCell | None]]:
    """The table as a full grid: a merged cell stands in every row and column it covers.

    A cell that spans columns is kept once in its row (the columns it covers
    after the first are None, so a row with one cell spanning them all is a
    section); a cell that spans rows is repeated into each row below.
    """
    out: list[list[SourceCell | None]] = []
    pending: dict[int, tuple[SourceCell, int]] = {}  # column → (cell, rows it still covers)
    for row in table.rows:
        line: list[SourceCell | None] = []
        cells = iter(row)
        col = 0
        while True:
            if col in pending:
                cell, left = pending[col]
                line += [cell] + [None] * (cell.colspan - 1)
                pending[col] = (cell, left - 1)
                if left - 1 == 0:
                    del pending[col]
                col += cell.colspan
                continue
            cell = next(cells, None)
            if cell is None:
                break
            if cell.rowspan > 1:
                pending[col] = (cell, cell.rowspan - 1)
            line += [cell] + [None] * (cell.colspan - 1)
            col += cell.colspan
        out.append(line)
    return out


def cell_text(text: str) -> str:
    """A cell's words on one line: its own line breaks dropped, a "|" written full-width."""
    lines = [part.strip() for part in text.splitlines()]
    joined = ""
    for part in filter(None, lines):
        ascii_seam = (
            joined and joined[-1].isascii() and joined[-1].isalnum() and part[0].isascii() and part[0].isalnum()
        )
        joined += (" " if ascii_seam else "") + part
    return " ".join(joined.replace("|", "｜").split())


@dataclass
class TextWriter:
    """Builds an :class:`Extracted`: lines of text, each with where it came from."""

    kind: str
    parts: list[str] = field(default_factory=list)
    locators: list[Locator] = field(default_factory=list)
    size: int = 0
    pages: int = 0
    tables: int = 0

    def line(self, text: str, where: str, page: int | None = None, box: Box | None = None) -> None:
        """One line of text (a paragraph, a row); a blank line follows it."""
        text = text.strip()
        if not text:
            return
        self.locators.append(Locator(self.size, self.size + len(text), where, page, box))
        self.parts.append(text + "\n\n")
        self.size += len(text) + 2

    def table(self, table: SourceTable) -> None:
        """A table: a line per row, "cell | cell | cell"; a row of one cell across the table on its own."""
        rows = grid(table)
        width = max((len(r) for r in rows), default=0)
        self.tables += 1
        for n, row in enumerate(rows):
            cells = [c for c in row if c is not None]
            if not any(cell_text(c.text) for c in cells):
                continue  # a spacer row: nothing to read
            first = cells[0]
            texts = [cell_text(c.text) if c is not None else "" for c in row]
            if width > 1 and len(cells) == 1 and first.colspan >= width:
                where = table.row_where[n] if n < len(table.row_where) else first.where
                self.line(texts[0], where, first.page, first.box)  # a section row
                continue
            texts += [""] * (width - len(texts))
            own = [c for c in table.rows[n] if c.box is not None]
            where = table.row_where[n] if n < len(table.row_where) else first.where
            page = own[0].page if own else first.page
            self.line(" | ".join(texts), where, page, _union([c.box for c in own]))

    def done(self) -> Extracted:
        return Extracted("".join(self.parts), self.locators, self.kind, self.pages, self.tables)


def _union(boxes: list[Box | None]) -> Box | None:
    real = [b for b in boxes if b is not None]
    if not real:
        return None
    return (min(b[0] for b in real), min(b[1] for b in real), max(b[2] for b in real), max(b[3] for b in real))
