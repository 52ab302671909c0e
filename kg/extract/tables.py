"""Tables flattened into text: a header row of column names, then rows, read back into cells.

A task table (任务分解表: 序号 | 重点工作 | 牵头单位 | 配合单位 | 完成时限) reaches govkg as
text in one of three shapes: one cell per line (the header's names on lines of
their own, then each row's cells); cells separated by "|" on one line; or cells
run together with no separator ("序号项目名称牵头单位配合单位", then
"1增加教育资源供给…。教育局经开区"). A row starts at its number; its cells are
told apart by what they look like (a number, text, a list of bodies, people's
names, a labelled value "省牵头单位：X") and given to the header's columns in
order. Rows become tasks (kg.extract.tasks) and their role cells assignments
(kg.extract.assignments).
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.actors import BARE_PLACE_RE, TRAILER_RE, parse_actor_list, split_top_level
from kg.extract.people import is_person_name
from kg.headings import heading_of
from kg.lexicon import (
    ROLE_LABELS,
    TABLE_NUMBER_COLUMNS,
    TABLE_OTHER_COLUMNS,
    TABLE_PERSON_COLUMNS,
    TABLE_TASK_COLUMNS,
    alternation,
)
from kg.model import Cell, Document, Row

COLUMNS = {name: "number" for name in TABLE_NUMBER_COLUMNS}
COLUMNS |= {name: "task" for name in TABLE_TASK_COLUMNS}
COLUMNS |= {name: name for name in TABLE_OTHER_COLUMNS}
COLUMNS |= ROLE_LABELS
COLUMNS |= dict.fromkeys(TABLE_PERSON_COLUMNS, "负责")
# a header cell: a column's name, maybe with a note in brackets ("重点工作任务（杭州市2项配合工作）")
HEADER_CELL_RE = re.compile(rf"^(?P<name>{alternation(COLUMNS)})(?:[（(][^（）()]{{0,30}}[）)])?$")
# column names run together: "序号项目名称主要内容区政府分管领导牵头单位配合单位"
RUN_TOGETHER_RE = re.compile(
    rf"^(?:(?:{alternation(COLUMNS)})(?:[（(][^（）()]{{0,30}}[）)])?){{3,12}}(?P<other>[\u4e00-\u9fff]{{2,10}})?$"
)  # and a last column of the table's own: "序号目标任务责任单位上半年推进情况"
COLUMN_RE = re.compile(alternation(COLUMNS))
# such a header inside a page's line, its first row after it: "…分工表序号工作内容责任单位1将…"
RUN_INSIDE_RE = re.compile(
    rf"(?P<header>(?:{alternation(TABLE_NUMBER_COLUMNS)})(?:(?:{alternation(COLUMNS)})(?:[（(][^（）()]{{0,30}}[）)])?){{2,12}})"
    r"(?P<section>[一二三四五六七八九十]{1,3}、[^\d。；]{1,30}?)?(?=1[\u4e00-\u9fff“《（(])"
)  # its first row, or a section row over it: "…主要责任单位一、主要发展指标1地区生产总值…"
# the number a task cell opens with, in a table with no number column: "（1）吸收…", "2.组建…"
ROW_NUMBER_RE = re.compile(r"^[（(]?(?P<n>\d{1,3})(?:[）)]|[、.．](?!\d))")
# a row's number cell: "1", "12", "1*", "（3）"
CN_NUMBER_CELL_RE = re.compile(r"^[一二三四五六七八九十]{1,3}$")  # a section's number alone in its cell
NUMBER_CELL_RE = re.compile(r"^[（(]?(?P<n>\d{1,3})[）)]?\*?$")
# a labelled value inside a row: "省牵头单位：省农业农村厅"
LABELLED_RE = re.compile(rf"^[\u4e00-\u9fff]{{0,4}}(?P<label>{alternation(ROLE_LABELS)})[：:](?P<value>.+)$")
# the most columns a header a cell a line is read for (a task table has a dozen at most)
MAX_COLUMNS = 16
# what a column's name never holds: a sentence's marks
LABEL_BREAK_RE = re.compile(r"[。，；：:;,！？]")
# the role verb in a column's name the lexicon does not list: "责任主体与协同单位", "牵头处室"
ROLE_IN_LABEL_RE = re.compile(
    r"(?P<verb>牵头|配合|协助|责任|主责|负责)[\u4e00-\u9fff、与和及]{0,8}(?:单位|部门|主体|处室|科室|股室|领导)$"
)
# a column that names the work without a name the lexicon lists: "项目内容", "年度目标任务", "具体措施"
TASK_LIKE_RE = re.compile(r"(?:任务|内容|事项|措施|项目|工作)$")
ROLE_LABEL_VERBS = {"牵头": "牵头", "配合": "配合", "协助": "配合", "责任": "负责", "主责": "负责", "负责": "负责"}
# what ends a table: a top-level section heading
LEVELS_THAT_END = (0, 1)


def _header(cells: list[str]) -> list[str] | None:
    """The column kinds of a header, or None: every cell a column name, a task and a role among them."""
    kinds = []
    for cell in cells:
        m = HEADER_CELL_RE.match(cell.strip())
        if not m:
            return None
        kind = COLUMNS[m["name"]]
        kinds.append("detail" if kind == "task" and "task" in kinds else kind)
    if "task" not in kinds or not any(k in ("牵头", "配合", "负责") for k in kinds):
        return None
    return kinds


def role_of(kind: str) -> str | None:
    return kind if kind in ("牵头", "配合", "负责") else None


def _is_people(text: str) -> bool:
    names = [n.strip() for n in split_top_level(text, "、，,")]
    return bool(names) and all(is_person_name(n) for n in names)


def _is_actors(text: str) -> bool:
    return bool(parse_actor_list(text)) or BARE_PLACE_RE.match(text) is not None  # "徐泾镇" in a 责任单位 cell


def read_tables(doc: Document) -> tuple[Row, ...]:
    """Every row of every table flattened into a document's text."""
    lines = shared = doc.pieces("paragraph")
    rows: list[Row] = []
    i = 0
    while i < len(lines):
        found = _header_at(lines, i)
        if found is None:
            i += 1
            continue
        kinds, used, shape = found
        from kg.extract.tables_run import rows_run_together  # the third shape, in a module of its own

        reader = {"lines": _rows_by_line, "bars": _rows_by_bar, "run": rows_run_together}[shape]
        if used < 0:  # a header inside its line, its rows right after it: they start where the header ends
            lines = lines if lines is not shared else list(shared)  # the document's own list stays as it is
            lines[i] = (lines[i][0] - used, lines[i][1][-used:])
            used = 0
        table, after = reader(lines, i + used, kinds)
        rows += table
        i = max(after, i + 1)  # a header inside a line is read once, whatever its rows did
    return tuple(rows)


def _header_at(lines: list[tuple[int, str]], i: int, inside: bool = True) -> tuple[list[str], int, str] | None:
    """A header starting at line i (or, with ``inside``, inside it: then its end, negated, for the lines it
    takes): its column kinds, the lines it takes, and the shape of its rows."""
    text = lines[i][1].strip()
    if "|" in text and len([c for c in text.split("|") if c.strip()]) > 1:
        labels = [c.strip() for c in text.strip().strip("|").split("|")]
        kinds = _header([c for c in labels if c])
        if kinds is None and all(_is_label(c) for c in labels):
            kinds = _loose_header(labels)  # "项目内容 | 8月计划进度 | 完成率 | 责任单位": some columns state nothing
        return (kinds, 1, "bars") if kinds else None
    if run := RUN_TOGETHER_RE.match(text):
        kinds = _header(
            [m.group() for m in COLUMN_RE.finditer(text, 0, run.start("other") if run["other"] else len(text))]
        )
        kinds = kinds + ["other"] if kinds and run["other"] else kinds
        return (kinds, 1, "run") if kinds else None
    within = RUN_INSIDE_RE.search(text) if inside else None  # "…分工表序号工作内容责任单位1将…": a page's run-on
    if within and (kinds := _header(COLUMN_RE.findall(within["header"]))):
        return kinds, -within.end(), "run"  # its rows start after it (and after a section row's words)
    if not HEADER_CELL_RE.match(cell_of(text)):
        return None  # a header a cell a line starts with a column govkg knows ("序号", "重点工作")
    labels = []
    while i + len(labels) < len(lines) and len(labels) < MAX_COLUMNS and _is_label(cell_of(lines[i + len(labels)][1])):
        labels.append(cell_of(lines[i + len(labels)][1]))
    kinds = _header(labels) if len(labels) >= 3 else None
    if kinds is None and len(labels) >= 3 and _kind_of(labels[0]) == "number":
        kinds = _loose_header(labels)  # "序号" then labels, some of them the table's own ("1-10月推进情况")
    return (kinds, len(labels), "lines") if kinds else None


def cell_of(line: str) -> str:
    """A cell on a line of its own, as a page's text gives it: "牵头单位 |", "||" (an empty cell)."""
    return line.strip().rstrip("|").strip()


def _is_label(text: str) -> bool:
    """Could this be a column's name: short words, no sentence, not a row's number."""
    if HEADER_CELL_RE.match(text):
        return True
    short = 0 < len(text) <= 16 and not LABEL_BREAK_RE.search(text)
    return short and not NUMBER_CELL_RE.match(text) and heading_of(text) is None


def _kind_of(label: str) -> str | None:
    """A column's kind by its name, or by the role verb in it ("责任主体与协同单位" → 负责); None if neither."""
    m = HEADER_CELL_RE.match(label)
    if m:
        return COLUMNS[m["name"]]
    if "分管" in label and label.endswith("领导"):
        return "分管领导"  # "具体分管领导": a task's supervising leader
    verb = ROLE_IN_LABEL_RE.search(label)
    return ROLE_LABEL_VERBS[verb["verb"]] if verb else None


def _loose_header(labels: list[str]) -> list[str] | None:
    """The kinds of a header that names other columns too: those state nothing ("other")."""
    kinds = [_kind_of(label) or "other" for label in labels]
    kinds = ["detail" if k == "task" and "task" in kinds[:n] else k for n, k in enumerate(kinds)]
    if "task" not in kinds:  # the work in the table's own words: "项目内容", or "民生实事" right after 序号
        named = next((n for n, label in enumerate(labels) if kinds[n] == "other" and TASK_LIKE_RE.search(label)), None)
        after_number = 1 if kinds[0] == "number" and kinds[1] == "other" else None
        at = named if named is not None else after_number
        if at is not None:
            kinds[at] = "task"
    if "task" not in kinds or not any(role_of(k) for k in kinds):
        return None
    return kinds


def ends_table(text: str) -> bool:
    heading = heading_of(text)
    return (heading is not None and heading[0] in LEVELS_THAT_END) or _header_at([(0, text)], 0, False) is not None


def _assign(kinds: list[str], cells: list[tuple[int, int, str]]) -> tuple[Cell, ...]:
    """Give a row's cells (after its number) to the header's columns by what each looks like."""
    out: list[Cell] = []
    free = [k for k in kinds if k != "number"]
    for start, end, text in cells:
        labelled = LABELLED_RE.match(text)
        if labelled:
            out.append(Cell(ROLE_LABELS[labelled["label"]], start + labelled.start("value"), end))
            continue
        if "task" in free and not out:
            kind = "task"
        elif _is_people(text) and any(k.endswith("领导") or role_of(k) for k in free):
            # people go to a leader's column before a body's ("具体分管领导" after "责任单位")
            kind = next((k for k in free if k.endswith("领导")), None) or next(k for k in free if role_of(k))
        elif _is_actors(text):
            last = out[-1].column if out else None
            # no role column left: a cell listing one body a line goes on ("县水务局", "县住建局")
            kind = next((k for k in free if role_of(k)), last if last and role_of(last) else "other")
        else:
            kind = next((k for k in free if k not in ("task",) and not role_of(k)), "other")
        if kind in free:
            free.remove(kind)
        out.append(Cell(kind, start, end, person=kind.endswith("领导") or _is_people(text)))
    return tuple(out)


def _rows_by_line(lines: list[tuple[int, str]], i: int, kinds: list[str]) -> tuple[list[Row], int]:
    """One cell per line: a row runs from its number's line to the next number, section or end. A table whose
    rows carry no number (its 序号 column left empty) starts a row at each task cell: a line that is not a
    list of bodies or people."""
    rows: list[Row] = []
    current: list[tuple[int, int, str]] = []
    number: str | None = None
    unnumbered = kinds[:1] == ["number"] and _unnumbered(lines, i)  # a 序号 column its rows leave empty
    count = 0

    def close(last: bool = False) -> None:
        words = [c for c in current if c[2]]  # a page's text may give an empty cell a line ("||"): it says nothing
        if number is not None and words:
            cells = _assign(kinds, words)
            # the text's last row is cut short, unless it ends a sentence: a stored copy that ends inside the table
            short = len(words) < len([k for k in kinds if k != "number"]) and not (
                last and words[-1][2][-1] not in "。！"
            )
            rows.append(Row(words[0][0], words[-1][1], number, _merged_down(cells, rows) if short else cells))

    while i < len(lines):
        start, text = lines[i]
        stripped = text.strip()
        if not stripped:
            i += 1
            continue
        if heading_of(stripped) and (unnumbered or _number_follows(lines, i)):  # a section row: "一、…", then "1"
            close()
            rows.append(Row(start + text.index(stripped), start + len(text.rstrip()), None, (), section=True))
            current, number = [], None
            i += 1
            continue
        if ends_table(stripped):
            break
        cell = cell_of(stripped)
        m = NUMBER_CELL_RE.match(cell)
        starts_row = unnumbered and not (_is_actors(cell) or _is_people(cell))
        # a table with no number column numbers its task cells: "1.妇女在整个生命周期享有…", then its bodies
        own = ROW_NUMBER_RE.match(cell) if "number" not in kinds and heading_of(stripped) else None
        if m or heading_of(stripped) or starts_row:
            close()
            count += 1
            current, number = [], (m["n"] if m else own["n"] if own else str(count) if starts_row else None)
        if not m and number is not None:
            at = start + text.index(cell) if cell else start
            current.append((at, at + len(cell), cell))
        i += 1
    close(last=i == len(lines))
    return rows, i


def _merged_down(cells: tuple[Cell, ...], rows: list[Row]) -> tuple[Cell, ...]:
    """A row of a table a cell a line that is short of cells: its role cells were merged with the row
    above's (an HTML table gives a cell spanning rows once). A row that names no one takes every role
    cell above; one that names bodies but no person takes the people above (a 责任领导 over many rows)."""
    above = rows[-1] if rows and not rows[-1].section else None  # a section row spans the table: nothing crosses it
    if above is None:
        return cells
    roles = [c for c in cells if role_of(c.column)]
    people = any(c.person for c in roles)
    taken = [c for c in above.cells if role_of(c.column) and (not roles or (c.person and not people))]
    return cells + tuple(replace(c, carried=True) for c in taken)


NUMBERED_WITHIN = 40  # lines after a header where a table that numbers its rows shows a number


def _unnumbered(lines: list[tuple[int, str]], i: int) -> bool:
    """Do a table's rows go without their number? No line soon after its header is a number cell ("3", "一"),
    and some is a task's words with no number of their own."""
    cells = [c for _, text in lines[i : i + NUMBERED_WITHIN] if (c := cell_of(text.strip()))]
    if any(NUMBER_CELL_RE.match(c) or CN_NUMBER_CELL_RE.match(c) for c in cells):
        return False
    # and a task cell that is no numbered heading ("1.加强…" items are read as headings)
    return any(len(c) >= 6 and not heading_of(c) and not _is_actors(c) for c in cells)


def _number_follows(lines: list[tuple[int, str]], i: int) -> bool:
    """Is the next line with words a row's number cell?"""
    j = i + 1
    while j < len(lines) and not lines[j][1].strip():
        j += 1
    return j < len(lines) and NUMBER_CELL_RE.match(lines[j][1].strip()) is not None


def _rows_by_bar(lines: list[tuple[int, str]], i: int, kinds: list[str]) -> tuple[list[Row], int]:
    """Cells separated by "|", a row a line; a line without "|" between rows is a section row.

    A row with as many cells as the header (empty ones too: a table read from a
    PDF, an HTML page or a DOCX) gives each cell to its column by place; a row
    of a table flattened by hand gives them by what they look like.
    """
    rows: list[Row] = []
    unnumbered = kinds[0] != "number"
    kinds = ["number", *kinds] if unnumbered else kinds
    while i < len(lines):
        start, text = lines[i]
        if "|" not in text:
            if not _section_row(lines, i):
                break
            stripped = text.strip()
            rows.append(Row(start + text.index(stripped), start + len(text.rstrip()), None, (), section=True))
            i += 1
            continue
        if ends_table(text):
            break
        cells = _bar_cells(start, text)
        if unnumbered:  # no number column: a row a line, numbered as its task cell is ("（1）…")
            lead = ROW_NUMBER_RE.match(cells[0][2]) if cells else None
            cells.insert(0, (start, start, lead["n"] if lead else str(len(rows) + 1)))
        m = NUMBER_CELL_RE.match(cells[0][2]) if cells else None
        if m and len(cells) == len(kinds):
            rows.append(Row(start, start + len(text), m["n"], _by_place(kinds[1:], cells[1:])))
        elif m:
            words = [c for c in cells[1:] if c[2]]
            rows.append(Row(start, start + len(text), m["n"], _carried(kinds, _assign(kinds, words), rows, len(words))))
        i += 1
    return rows, i


def _carried(kinds: list[str], cells: tuple[Cell, ...], rows: list[Row], words: int) -> tuple[Cell, ...]:
    """A row short of exactly its role cells: they were merged with the row above's, which stand for it too.

    A table whose 牵头单位 spans two rows loses the cell from the second row when
    it is flattened into text; that row is then short by just that cell.
    """
    above = next((r for r in reversed(rows) if not r.section), None)
    filled = {c.column for c in cells}
    missing = [k for k in kinds if role_of(k) and k not in filled]
    if above is None or not missing or words + len(missing) != len([k for k in kinds if k != "number"]):
        return cells
    carried = [replace(c, carried=True) for c in above.cells if c.column in missing]
    return cells + tuple(carried) if len(carried) == len(missing) else cells


def _bar_cells(start: int, text: str) -> list[tuple[int, int, str]]:
    """The cells of a "|" row with their spans; bars at its ends ("| a | b |") hold no cell."""
    inner = text.rstrip()
    inner = inner[:-1] if inner.endswith("|") else inner
    cells, at = [], 0
    for part in inner.split("|"):
        offset = text.index(part.strip(), at) if part.strip() else at
        cells.append((start + offset, start + offset + len(part.strip()), part.strip()))
        at += len(part) + 1
    if len(cells) > 1 and not cells[0][2] and text.lstrip().startswith("|"):
        cells.pop(0)
    return cells


HEADINGS_OVER_ROW = 3  # section rows one over another before a row: "二、…", "（一）…", "1.…"


def _section_row(lines: list[tuple[int, str]], i: int) -> bool:
    """A line of words alone between two rows of a "|" table: a row across the table, heading those below it
    (and the headings under it: "二、重点工作" over "（一）推动科技创新")."""
    text = lines[i][1].strip()
    j = i + 1
    while j < len(lines) and (not lines[j][1].strip() or (j - i < HEADINGS_OVER_ROW and heading_of(lines[j][1]))):
        j += 1  # blank lines between rows
    after = lines[j][1] if j < len(lines) else ""
    return 0 < len(text) <= 60 and "|" in after and _header_at([(0, after)], 0) is None and text[-1] not in "。；;"


def _by_place(kinds: list[str], cells: list[tuple[int, int, str]]) -> tuple[Cell, ...]:
    """Cells given to the header's columns in order (an empty cell states nothing)."""
    return tuple(
        Cell(kind, start, end, person=kind.endswith("领导") or (role_of(kind) is not None and _is_people(text)))
        for kind, (start, end, text) in zip(kinds, cells)
        if text
    )


def row_text(doc: Document, row: Row) -> str:
    """A row as "cell | cell | cell": how its facts quote it."""
    text = doc.text.text
    cells = [
        TRAILER_RE.sub("", text[c.start : c.end]) if c.column != "task" else text[c.start : c.end] for c in row.cells
    ]
    return " | ".join([row.number or "", *cells])
