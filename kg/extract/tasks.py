"""The tasks family: numbered work items, and the tasks that duties stated in prose need.

A numbered heading (kg.headings) that continues the document's numbering opens
a task; its text runs to the next heading at its level or above. Sections that
state principles or goals, chapters, top-level sections and definitions are
*candidates*: they stay tasks only if a fact names them (``keep_tasks``).
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from kg.extract.actors import parse_actor_list
from kg.extract.clauses import TITLED_DUTIES_RE
from kg.headings import TASKS, Heading, Numbering, heading_of
from kg.lexicon import NON_TASK_SECTIONS, ROLE_LABELS, alternation
from kg.lines import ATTACHMENT_RE
from kg.model import Document, Row, Task

NON_TASK_RE = re.compile(
    f"^(?:{alternation(NON_TASK_SECTIONS)})$"
    r"|^[^，。；]{0,20}?(?:(?:任职|申报|申请|认定|准入|参评|资格|报名|应聘|评选)条件|任职资格)$"
)  # "学术委员任职条件": what a person or a project must meet, not work to do
# a line that states who does a task: "牵头单位：…", "（X牵头）", "X负责"
ROLE_STATED_RE = re.compile(r"牵头|配合|负责|责任单位")
BRACKETED_END_RE = re.compile(r"[（(](?P<list>[^（）()]{2,80})[）)]。?$")  # "1.区属GDP增长12%。（区发改局）"
# "全日托运营补贴资金是指…": a definition, not an item
DEFINITION_RE = re.compile(r"是指|系指|指的是")
# what ends a heading's own words: "（一）加强组织领导。成立…"
# where an item's heading ends: its sentence's end, or a comma before "由X负责" (the role, not the task)
HEADING_END_RE = re.compile(
    r"[。；;：:！？]|[，,](?=由[^，。；]{2,40}?(?:负责|牵头)(?:[，。；]|$)|(?:牵头|配合|责任|协办|主办)(?:单位|部门)为)"
    rf"|[（(](?=(?:{alternation(ROLE_LABELS)})\s*[：:】]|[^（）()，。；]{{2,60}}?(?:牵头|配合|负责)[）)，,；;])"
)  # or before "，牵头单位为X": the item's roles in prose; or before its roles in brackets "（责任单位：X）", "（X牵头）"
DUTY_LEVEL = 6  # a prose duty outside any numbered item
ARTICLE_RULE = "tasks.article"  # a regulation's article: a rule, a work item only if a role names it


@dataclass
class _Open:
    """A heading while the ones below it are read."""

    key: str
    level: int
    number: int
    heading: str
    parent: str | None
    start: int
    rule: str
    skip: bool
    end: int = -1


def _body_end(doc: Document) -> int:
    """Where the work items end: at the first attachment, unless it is a task list that states roles.

    A report's glossary ("附件" then "1.“415”十大工业产业集群：…") or a list of
    attachments holds no work items; the plan a notice forwards as its attachment
    ("附件" then "…分解方案" then "1.…。牵头单位：…") does.
    """
    lines = [(s, t) for s, t in doc.pieces("paragraph") if s >= doc.body_start]
    units = (
        "责任单位" in doc.text.text
    )  # "（责任单位中排序第一单位为牵头单位）": items end with their bodies in brackets

    def states_roles(line: str) -> bool:
        bracket = BRACKETED_END_RE.search(line) if units else None
        return ROLE_STATED_RE.search(line) is not None or (
            bracket is not None and bool(parse_actor_list(bracket["list"]))
        )

    for n, (start, line) in enumerate(lines):
        if ATTACHMENT_RE.match(line) and not any(states_roles(t) for _, t in lines[n + 1 : n + 9]):
            return start
    return len(doc.text)


def _headings(doc: Document) -> list[tuple[int, Heading, str]]:
    """(paragraph start, heading, rule) of each numbered heading that continues the numbering."""
    end = _body_end(doc)
    attachments = [s for s, line in doc.pieces("paragraph") if s >= doc.body_start and ATTACHMENT_RE.match(line)]
    numbering = Numbering()
    out = []
    for found in TASKS.run(doc):
        heading = found.records[0]
        if out and bisect.bisect_left(attachments, out[-1][0]) < bisect.bisect_left(attachments, found.start):
            numbering = Numbering()  # "附件1" between two headings: the attachment numbers its items anew
        if not doc.body_start <= found.start < end or not numbering.continues(heading.level, heading.number):
            continue
        numbering.see(heading.level, heading.number)
        out.append((found.start, heading, found.rule.name))
    return out


def find_tasks(doc: Document) -> tuple[Task, ...]:
    """The numbered parts of a document's body, and the rows of its tables."""
    headed = _numbered(doc)
    rows = _rows(doc, headed)
    # a row whose task cell opens with its number ("（1）新建…") is read as a heading too: the row is that task
    replaced = {t.key for t in rows}
    return tuple(t for t in headed if t.key not in replaced) + rows


def _rows(doc: Document, headed: tuple[Task, ...]) -> tuple[Task, ...]:
    """A task for each table row with a task cell, under the numbered item the table stands in, or under
    the section row above it (a row across the table: a numbered heading, or a section task of its own)."""
    index = TaskIndex(headed)
    keys = Keys(t.key for t in headed)
    tasks: list[Task] = []
    section: Task | None = None
    for row in doc.rows:
        if row.section:
            section = _section(doc, row, index, keys, len(tasks), section)
            if section.key not in index.by_key:
                tasks.append(section)
            continue
        cell = next((c for c in row.cells if c.column == "task"), None)
        if cell is None:
            continue
        words = doc.text.text[cell.start : cell.end].strip()
        cut = HEADING_END_RE.search(words)
        heading = (words[: cut.start()] if cut else words).strip()[:80]
        parent = index.at(row.start)
        if section is not None and (parent is None or parent.start <= section.start):
            parent = section
        if parent is not None and parent.start == row.start and parent.rule != SECTION_RULE:
            own = parent  # the row's line is a numbered heading: the row takes its place and key
            parent = index.by_key.get(own.parent) if own.parent else None
            marker = heading_of(heading)
            heading = heading[marker[2] :].strip() if marker else heading
            level, number = own.level, own.number
            tasks.append(
                Task(
                    own.key, heading, level, number, own.parent, doc.text[row.start : row.end], row.start, rule=ROW_RULE
                )
            )
            continue
        key = keys.new((parent.key + "-" if parent else "") + f"r{row.number}")
        level = parent.level + 1 if parent else DUTY_LEVEL
        number = int(row.number) if row.number and row.number.isdigit() else 0
        text = doc.text[row.start : row.end]
        tasks.append(Task(key, heading, level, number, parent and parent.key, text, row.start, rule=ROW_RULE))
    return tuple(tasks)


class Keys:
    """The task keys given so far in a document."""

    def __init__(self, taken: Iterable[str] = ()) -> None:
        self.seen = set(taken)
        self.tried: dict[str, int] = {}

    def new(self, key: str) -> str:
        """The key, or the key made new by a suffix: b, b2, b3… — counted per key, so that a thousand items
        numbered 1 cost a thousand steps, not a million (and keys do not grow with them)."""
        n = self.tried.get(key, 0)
        while (found := key if n == 0 else key + ("b" if n == 1 else f"b{n}")) in self.seen:
            n += 1
        self.tried[key] = n + 1
        self.seen.add(found)
        return found


def _section(doc: Document, row: Row, index: TaskIndex, keys: Keys, n: int, before: Task | None) -> Task:
    """The task of a section row: the numbered heading the line is, or a section of its own (beside the
    section row before it, under the item the table stands in)."""
    headed = index.at(row.start)
    if headed is not None and headed.start == row.start:
        return headed
    if before is not None and headed is not None and headed.start >= before.start:
        headed = index.by_key.get(before.parent) if before.parent else None
    line = doc.text.text[row.start : row.end].strip()
    mark = heading_of(line)
    heading = line[mark[2] :].strip() if mark else line
    key = keys.new((headed.key + "-" if headed else "") + f"s{mark[1] if mark else n + 1}")
    level = headed.level + 1 if headed else DUTY_LEVEL
    text = doc.text[row.start : row.end]
    return Task(
        key, heading[:80], level, mark[1] if mark else 0, headed and headed.key, text, row.start, rule=SECTION_RULE
    )


ROW_RULE = "tasks.table-row"
SECTION_RULE = "tasks.table-section"


def _numbered(doc: Document) -> tuple[Task, ...]:
    """The numbered parts of a document's body."""
    text = doc.text.text
    stack: list[_Open] = []
    drafts: list[_Open] = []
    keys = Keys()
    skip_level: int | None = None  # inside a section of principles or goals
    note_level: int | None = None  # in the numbered notes under "说明：" or "备注："
    for start, heading, rule in _headings(doc):
        if note_level is not None and heading.level < note_level:
            note_level = None
        if NOTE_LABEL_RE.match(_line_before(doc, start)):
            note_level = heading.level
        while stack and stack[-1].level >= heading.level:
            stack.pop().end = start  # a task's text runs to the next heading at its level or above
        if skip_level is not None and heading.level <= skip_level:
            skip_level = None
        para = text[start : doc.paragraph_at(start)[1]]
        body = para[heading.marker :].lstrip()
        cut = HEADING_END_RE.search(body)
        head = (body[: cut.start()] if cut else body).strip()[:80]
        # "二、项目法人代表：段拥军" is a labelled value, not an item
        is_label = cut is not None and body[cut.start()] in "：:" and len(body) - cut.end() <= 30
        parent = stack[-1].key if stack else None
        key = keys.new((parent + "-" if parent else "") + str(heading.number))
        if NON_TASK_RE.match(head):
            skip_level = heading.level if skip_level is None else skip_level
        question = cut is not None and body[cut.start()] in "？?"  # "1. 您比较关注哪些问题？": asked, not a work item
        skip = skip_level is not None or is_label or note_level is not None or question
        draft = _Open(key, heading.level, heading.number, head, parent, start, rule, skip)
        stack.append(draft)
        drafts.append(draft)
    return tuple(_task(doc, d) for d in drafts if d.heading)


# a label line over numbered notes on how to read a document or its table: "说明：", "备注：", "填表说明："
NOTE_LABEL_RE = re.compile(r"^\s*(?:填表|编制)?(?:说明|备注|注|附注|注释)\s*[：:]\s*$")


def _line_before(doc: Document, start: int) -> str:
    """The paragraph before the one at ``start`` (empty at the document's start)."""
    at = start
    while at > 0:
        s, e = doc.paragraph_at(at - 1)
        if s >= at:
            break
        if doc.text.text[s:e].strip():
            return doc.text.text[s:e]
        at = s
    return ""


SHORTEST_HEADING = 2  # characters of an item's heading that names a work item


def _task(doc: Document, d: _Open) -> Task:
    # chapters, top-level sections, a regulation's articles ("第五条…"), items of non-task sections and
    # definitions are candidates: they stay tasks only if a role clause turns out to name them
    top = d.level <= 1 and not (TITLED_DUTIES_RE.match(doc.title) and d.level == 1)  # a body's duties, one an item
    cut = len(d.heading.strip()) < SHORTEST_HEADING  # "（二）各" at a stored text's end: an item cut off
    candidate = d.skip or top or cut or d.rule == ARTICLE_RULE or DEFINITION_RE.search(d.heading) is not None
    end = d.end if d.end >= 0 else len(doc.text)
    return Task(
        d.key, d.heading, d.level, d.number, d.parent, doc.text[d.start : end].strip(), d.start, candidate, d.rule
    )


class TaskIndex:
    """The innermost task at an offset: the last task starting at or before it, or the nearest ancestor
    that holds it (tasks nest, so this is a search and a climb of at most the depth of numbering)."""

    def __init__(self, tasks: Sequence[Task]) -> None:
        self.tasks = sorted(tasks, key=lambda t: (t.start, t.level))
        self.starts = [t.start for t in self.tasks]
        self.by_key = {t.key: t for t in self.tasks}

    def at(self, offset: int) -> Task | None:
        i = bisect.bisect_right(self.starts, offset) - 1
        task = self.tasks[i] if i >= 0 else None
        while task is not None and not task.start <= offset < task.start + len(task.text):
            task = self.by_key.get(task.parent) if task.parent else None
        return task


def duty_task(doc: Document, heading: str, offset: int, parent: Task | None, rule: str) -> Task:
    """A task for a duty stated in prose ("工信部门负责制定…"), under the task the sentence is in (``parent``)."""
    heading = heading.strip("，、 ")[:80]
    key = "duty-" + hashlib.sha1(heading.encode()).hexdigest()[:10]
    s, e = doc.sentence_at(offset)
    level = parent.level + 1 if parent else DUTY_LEVEL
    return Task(key, heading, level, 0, parent.key if parent else None, doc.span_text(s, e), s, rule=rule)


# a section named by what kind of content it holds ("重点任务", "保障措施与推进机制"), not by a work item
GENERIC_SECTION_RE = re.compile(
    r"^[\u4e00-\u9fff、与和及]{0,8}(?:任务|措施|要求|保障|程序|安排|机制|分工|职责|事项|内容|方式|条件|步骤|办法)$"
    r"|(?:目标|原则|成员|名单|组成|分解|分工|职责|重点工作|主要工作|工作回顾)$"
)


def _sections_work(task: Task) -> bool:
    """A top-level section named by a work item of its own, not by the kind of its content."""
    heading = task.heading.rstrip("。")
    named = len(heading) <= 30 and not GENERIC_SECTION_RE.search(heading)
    return named and task.level <= 1 and task.rule != ROW_RULE and not NON_TASK_RE.match(heading)


def keep_tasks(tasks: Sequence[Task], named: set[str]) -> tuple[Task, ...]:
    """The tasks that are work items: not candidates, or candidates a fact names.

    A kept task whose parent is dropped hangs from its nearest kept ancestor.
    """
    by_key = {t.key: t for t in tasks}
    kept = {t.key for t in tasks if not t.candidate or t.key in named}
    # a top-level section whose items are work items is one too ("一、推进重大基础设施建设")
    for t in [t for t in tasks if t.key in kept and t.number]:
        parent = by_key.get(t.parent or "")
        while parent is not None and parent.key not in kept and _sections_work(parent):
            kept.add(parent.key)  # "一、坚决打好三大攻坚战" over "（一）…" over "1.…"
            parent = by_key.get(parent.parent or "")
    out = []
    for t in tasks:
        if t.key not in kept:
            continue
        parent = t.parent
        while parent is not None and parent not in kept:
            parent = by_key[parent].parent if parent in by_key else None
        out.append(t if parent == t.parent else replace(t, parent=parent))
    return tuple(out)
