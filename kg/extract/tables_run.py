"""Task tables whose cells run together with no separator: "序号项目名称牵头单位配合单位" over
"1增加教育资源供给…。教育局经开区" (kg.extract.tables reads the header and the other two shapes).

A row starts at its number; its task runs to the end of its first sentence, then
people's names and bodies follow one another.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from kg.extract.actors import leading_actors, parse_actor_list
from kg.extract.people import is_person_name
from kg.extract.tables import ends_table, role_of
from kg.headings import heading_of
from kg.model import Cell, Row
from kg.names import looks_like_org

# the end of a task's words in run-together cells: its first sentence
SENTENCE_END_RE = re.compile(r"[。；]")


def rows_run_together(lines: list[tuple[int, str]], i: int, kinds: list[str]) -> tuple[list[Row], int]:
    """Cells run together: a row starts at its number; its task runs to the end of its sentence, then
    people's names and bodies follow one another."""
    rows: list[Row] = []
    expected = 1
    while i < len(lines):
        start, text = lines[i]
        if heading_of(text) and _opens_row(lines, i + 1, expected):
            rows.append(Row(start, start + len(text), None, (), section=True))  # a row across the table
            i += 1
            continue
        if ends_table(text):
            break
        parts = list(_numbered_parts(text, expected))
        for row_start, row_end, number in parts:
            rows.append(
                Row(start + row_start, start + row_end, str(number), _cells_of(text, row_start, row_end, kinds, start))
            )
            expected = number + 1
        if not parts and rows and rows[-1].cells and rows[-1].cells[-1].column != "task" and parse_actor_list(text):
            # "区林业局" a line below "2第一产业增加值增长5%。区农业农村委": the row's last cell goes on
            last = rows[-1]
            more = Cell(last.cells[-1].column, start, start + len(text))
            rows[-1] = replace(last, end=start + len(text), cells=(*last.cells, more))
        i += 1
    return rows, i


SECTION_LINES = 3  # heading lines that may stand over a row: "二、重点工作", "（一）…"


def _opens_row(lines: list[tuple[int, str]], i: int, expected: int) -> bool:
    """Does the line at i open the row numbered expected, or a section row (a heading line, a few at most)
    above it?"""
    last = min(len(lines), i + SECTION_LINES)
    while i < last and heading_of(lines[i][1]):
        i += 1
    return i < len(lines) and re.match(rf"{expected}(?=[\u4e00-\u9fff“《（(])", lines[i][1]) is not None


MEASURE_WORDS = "年月日时个项名家人万亿元次条件座所户台辆套批期号届倍"  # "2月底前", "3个": a count, not a row's number


def _numbered_parts(text: str, expected: int) -> Iterator[tuple[int, int, int]]:
    """Where the rows numbered expected, expected + 1, … start and end in a line (number first)."""
    starts: list[tuple[int, int]] = []
    at = 0
    while True:
        # the row's number stands between words: not in "1.5%", not in "2020年"
        m = re.compile(rf"(?<![\d.．]){expected}(?![{MEASURE_WORDS}])(?=[\u4e00-\u9fff“《（(])").search(text, at)
        if not m:
            break
        starts.append((m.start(), expected))
        at, expected = m.end(), expected + 1
    for n, (s, number) in enumerate(starts):
        yield s, starts[n + 1][0] if n + 1 < len(starts) else len(text), number


NAMES_REACH = 80  # characters in which a cell of names or bodies shows that it starts


def _names_at(text: str, people: bool) -> bool:
    """Does a cell of people's names or of bodies start the text?"""
    return (people and any(is_person_name(text[:size]) for size in (3, 2))) or bool(leading_actors(text, True)[0])


# where a body's name ends, when a cell's bodies run into the next cell's: "教育局" of "教育局经开区"
BODY_END_RE = re.compile(r"[局委办厅院站所队司](?=[\u4e00-\u9fff])")


def _first_body(name: str) -> str:
    """The first of two bodies' names run together ("教育局经开区": 教育局, then 经开区), or the name."""
    for m in BODY_END_RE.finditer(name, 2):  # a body of three characters at least
        if looks_like_org(name[: m.end()]) and looks_like_org(name[m.end() :]):
            return name[: m.end()]
    return name


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
    # the task's other sentences and the columns of words after it ("目标任务"): up to the names that follow
    while roles and not _names_at(text[at : min(end, at + NAMES_REACH)], bool(people)):
        if not (stop := SENTENCE_END_RE.search(text, at, end)):
            break
        at = stop.end()
    for size in (3, 2) if people else ():
        if is_person_name(text[at : at + size]):
            cells.append(Cell(people[0], base + at, base + at + size, person=True))
            at += size
            break
    for n, role in enumerate(roles):  # two columns may state one role ("第一责任单位", "主要责任单位")
        last = n == len(roles) - 1
        # bodies run together only in the table's last column; before it, a body ends where the next cell starts
        names, used = leading_actors(text[at:end], adjacent=last and role_of(kinds[-1]) is not None)
        if not names:
            break
        # all but the last role column hold one body each when the cells run together; the last may run to the
        # row's end, its bodies in groups a comma apart ("市委宣传部、市城管委，各区县政府")
        whole = last and "。" not in text[at:end] and parse_actor_list(text[at:end])
        used = end - at if whole else used if last else len(_first_body(names[0]))
        cells.append(Cell(role, base + at, base + at + used))
        at += used
    return tuple(cells)
