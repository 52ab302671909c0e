"""Task tables whose cells run together with no separator: "序号项目名称牵头单位配合单位" over
"1增加教育资源供给…。教育局经开区" (kg.extract.tables reads the header and the other two shapes).

A row starts at its number; its task runs to the end of its first sentence, then
people's names and bodies follow one another.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.actors import leading_actors
from kg.extract.people import is_person_name
from kg.extract.tables import ends_table, role_of
from kg.model import Cell, Row

# the end of a task's words in run-together cells: its first sentence
SENTENCE_END_RE = re.compile(r"[。；]")


def rows_run_together(lines: list[tuple[int, str]], i: int, kinds: list[str]) -> tuple[list[Row], int]:
    """Cells run together: a row starts at its number; its task runs to the end of its sentence, then
    people's names and bodies follow one another."""
    rows: list[Row] = []
    expected = 1
    while i < len(lines) and not ends_table(lines[i][1]):
        start, text = lines[i]
        for row_start, row_end, number in _numbered_parts(text, expected):
            rows.append(
                Row(start + row_start, start + row_end, str(number), _cells_of(text, row_start, row_end, kinds, start))
            )
            expected = number + 1
        i += 1
    return rows, i


def _numbered_parts(text: str, expected: int) -> Iterator[tuple[int, int, int]]:
    """Where the rows numbered expected, expected + 1, … start and end in a line (number first)."""
    starts: list[tuple[int, int]] = []
    at = 0
    while True:
        # the row's number stands between words: not in "1.5%", not in "2020年"
        m = re.compile(rf"(?<![\d.．]){expected}(?=[\u4e00-\u9fff“《（(])").search(text, at)
        if not m:
            break
        starts.append((m.start(), expected))
        at, expected = m.end(), expected + 1
    for n, (s, number) in enumerate(starts):
        yield s, starts[n + 1][0] if n + 1 < len(starts) else len(text), number


def _cells_of(text: str, start: int, end: int, kinds: list[str], base: int) -> tuple[Cell, ...]:
    """The cells of one run-together row: number, task (to its first sentence's end), then people, then bodies."""
    number = re.match(r"\d{1,3}", text[start:end])
    at = start + (number.end() if number else 0)
    stop = SENTENCE_END_RE.search(text, at, end)
    task_end = stop.end() if stop else end
    cells = [Cell("task", base + at, base + task_end)]
    at = task_end
    people = [k for k in kinds if k.endswith("领导")]
    roles = [k for k in kinds if role_of(k)]
    for size in (3, 2) if people else ():
        if is_person_name(text[at : at + size]):
            cells.append(Cell(people[0], base + at, base + at + size, person=True))
            at += size
            break
    last = kinds[-1]
    for role in roles:
        # bodies run together only in the table's last column; before it, a body ends where the next cell starts
        names, used = leading_actors(text[at:end], adjacent=role == last)
        if not names:
            break
        # all but the last role column hold one body each when the cells run together
        used = used if role == roles[-1] else len(names[0])
        cells.append(Cell(role, base + at, base + at + used))
        at += used
    return tuple(cells)
