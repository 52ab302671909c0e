"""Actors stated once for the items that follow ("以下措施均需A、B落实，不再单独列出", "除特别注明的外，A、B都是
配合单位"): each has its role in each of them (corpus/ANNOTATION.md, decision 11).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator

from kg.extract.actors import parse_actor_list
from kg.extract.clauses import Claim
from kg.lexicon import ROLE_LABELS
from kg.model import Document, Task
from kg.rules import At, Found, Rule

# "以下措施均需市发改委、市财政局落实，不再单独列出", "以下各项任务均由各区政府负责落实，不再逐一列出";
# "除特别注明的外，各县（市、区）政府和A、B都是配合单位": the label's role, on every item
CARRY_OVER_RE = re.compile(
    r"以下(?:各项)?(?:措施|任务|工作|事项)?均(?:由|需|要|须)?(?P<list>[^，。；：]{2,80}?)(?:负责)?(?:落实|实施|推进|负责)"
    r"(?=[^。]{0,80}不再(?:单独|逐一|一一)?列出)"
    r"|(?:具体)?(?:任务|工作|措施)均涉及(?P<also>[^，。；：]{2,80}?)[，,]不再(?:做|作)?(?:分工|列出)[，,]?下同"
    r"|以下(?:各项)?(?:措施|任务|工作|事项)均涉及(?P<among>[^，。；：]{2,80}?)[，,]不再(?:单独|逐一|一一)?列出"
    r"|除(?:特别|另有|单独)?(?:注明|说明|明确)的?(?:以)?外[，,](?P<every>[^，。；：]{2,80}?)(?:都|均)(?:是|为)"
    r"(?P<label>牵头|配合|责任)(?:单位|部门)"
)  # or "具体任务均涉及相关市（州）人民政府，不再做分工，下同": this item and the ones after it


def carry_over(m: re.Match[str], at: At) -> Iterator[Found]:
    """Actors named once for the items after the statement: each is responsible (负责) for each of them."""
    actors = parse_actor_list(m["list"] or m["also"] or m["among"] or m["every"])
    offset = at.start + m.start()
    here = at.context.task_at(offset)
    tasks, starts = at.context.once("tasks-in-order", _in_order)
    i = bisect.bisect_right(starts, offset)
    if here is not None and i < len(tasks) and tasks[i].parent == here.key:
        container = here.key  # the statement stands under a section's heading: its items
    else:
        container = here.parent if here is not None else None  # in an item: the items after it
    after = list(
        itertools.takewhile(lambda t: _within(t.key, container), tasks[i:])
    )  # a section's items are contiguous
    if m["also"] and here is not None:
        after.insert(0, here)  # "下同": the statement's own item too
    role = ROLE_LABELS[m["label"] + "单位"] if m["label"] else "负责"
    if m["every"]:  # "除特别注明的外，A和B都是配合单位": every item's (not the sections' headings over them)
        after = [t for t, then in zip(after, [*after[1:], None]) if then is None or then.parent != t.key]
    yield at.found(m.start(), m.end(), *(Claim(role, a, None, t.key) for t in after for a in actors))


def _in_order(doc: Document) -> tuple[list[Task], list[int]]:
    tasks = sorted(doc.tasks, key=lambda t: t.start)
    return tasks, [t.start for t in tasks]


def _within(key: str, container: str | None) -> bool:
    return container is None or key.startswith(container + "-")


CARRY_OVER = Rule(
    "assignments.carry-over",
    CARRY_OVER_RE,
    carry_over,
    (
        "一、重点任务\n以下措施均需市发改委、市财政局落实，不再单独列出。\n（一）推进老旧小区改造。\n（二）加快城市更新。",
        "（一）推进市场建设。〔责任单位：省商务厅。具体任务均涉及各市人民政府，不再做分工，下同。〕\n（二）优化准入。",
        "除特别注明的外，各区政府和某开发区管委会都是配合单位。\n一、重点工作\n1.推进城市更新。\n牵头单位：市住建局",
    ),
    ("一、重点任务\n以下措施均需认真落实。\n（一）推进老旧小区改造。",),
    unit="paragraph",
    needs=("以下", "下同", "注明", "说明", "明确"),
)
