"""Rosters: tables of people flattened into text, a header naming 姓名 and a post column, then a row a person.

"姓名 | 性别 | 出生年月 | 现任职务 | 拟任职务" over "王立新 | 男 | 1978.05 | 县财政局副局长 | 县财政局局长"
(a 任前公示: the person holds the post of 现任职务, not yet the one of 拟任职务), "职务 | 姓名 |
工作单位及职务" over "组长 | 王一鸣 | 市长" (a member list: the post is the person's, the seat is read by
groups.seat-row). Each row's post is a person_posts fact.
"""

from __future__ import annotations

from kg.extract.held_posts import posts_held
from kg.extract.people import is_person_name
from kg.model import Document, PersonPost

RULE = "people.roster-row"
# the column that holds a person's present post, the first of these a header names
POST_COLUMNS = ("现任职务", "现工作单位及职务", "工作单位及职务", "单位及职务", "现职务", "职务")
NAME_COLUMNS = ("姓名", "名字")


def _cells(line: str) -> list[str]:
    return [cell.replace(" ", "") for cell in line.strip().strip("|").split("|")]


def _header(cells: list[str]) -> tuple[int, int] | None:
    """(name column, post column) of a roster's header, or None."""
    name = next((i for i, c in enumerate(cells) if c in NAME_COLUMNS), None)
    post = next((cells.index(c) for c in POST_COLUMNS if c in cells), None)
    return (name, post) if name is not None and post is not None else None


def roster_posts(doc: Document) -> list[PersonPost]:
    """The posts of every roster row in a document, each row its own evidence."""
    posts: list[PersonPost] = []
    columns: tuple[int, int] | None = None
    width = 0
    for start, line in doc.pieces("paragraph"):
        if "|" not in line:
            columns = None  # a line of prose ends a table
            continue
        cells = _cells(line)
        header = _header(cells)
        if header is not None:
            columns, width = header, len(cells)
            continue
        if columns is None or abs(len(cells) - width) > 1 or max(columns) >= len(cells):
            continue
        name, post = cells[columns[0]], cells[columns[1]]
        if is_person_name(name):
            evidence = doc.evidence(start, start + len(line), RULE)
            posts += [PersonPost(name, org, held, evidence) for org, held in posts_held(post)]
    return posts
