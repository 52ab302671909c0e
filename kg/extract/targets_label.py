"""A target plan's bodies named after its items: "该目标责任单位为市经委" (the item before), "4项目标的责任单位均为
市发展改革委", "以上3项目标的牵头单位均为X" (the items before, counted back from the last).

A target-management plan (目标管理工作方案) lists its numbered targets and, on a line of its own after one or
after several, says which body answers for them. Outside any item, a report may name the work, then its label as
predicate: "某小区的责任单位是区民政局", "…未及时清理的情况，其责任单位为某区政府" (a 督查通报's places).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from kg.extract.actors import parse_actor_list
from kg.extract.clauses import Claim, claims_of, duty_before
from kg.headings import chinese_number
from kg.lexicon import ROLE_LABELS, alternation
from kg.model import Document, Task
from kg.rules import At, Found, Rule

TARGETS_LABEL_RE = re.compile(
    r"(?:^|(?<=[。；;\n]))\s*(?:(?P<this>该|此|本)项?|(?:以上|上述)?(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,3})项)"
    rf"(?:目标|指标|任务)的?(?P<label>{alternation(ROLE_LABELS)})(?:均|分别)?为(?P<list>[^。；;\n]+)"
)


def targets_label(m: re.Match[str], at: At) -> Iterator[Found]:
    """The bodies that answer for the item before, or for the last n items: each a claim of the label's role."""
    last = at.context.task_at(at.start + m.start())
    if last is None:
        return
    count = 1 if m["this"] else chinese_number(m["n"].replace("两", "二"))
    starts, tasks = at.context.once("siblings", _siblings).get(last.parent, ([], []))
    siblings = tasks[: bisect.bisect_right(starts, last.start)]
    if not 1 <= count <= len(siblings):
        return
    names = parse_actor_list(m["list"].strip().rstrip("，,"))
    role = ROLE_LABELS[m["label"]]
    claims = [Claim(role, name, None, task.key) for task in siblings[-count:] for name in names]
    if claims:
        yield at.found(m.start(), m.end(), *claims)


def _siblings(doc: Document) -> dict[str | None, tuple[list[int], list[Task]]]:
    """The tasks under each parent, in text order, with their starts (read once per document)."""
    under: dict[str | None, tuple[list[int], list[Task]]] = {}
    for task in sorted(doc.tasks, key=lambda t: t.start):
        starts, tasks = under.setdefault(task.parent, ([], []))
        starts.append(task.start)
        tasks.append(task)
    return under


TARGETS_LABEL = Rule(
    "assignments.targets-label",
    TARGETS_LABEL_RE,
    targets_label,
    (
        "（一）发展目标。\n1.地区生产总值增长7.5%；\n2.固定资产投资增长10%；\n2项目标的责任单位均为县发改局。",
        "（一）发展目标。\n1.城镇新增就业3000人；\n该目标责任单位为县人社局。",
    ),
    ("（一）发展目标。\n1.地区生产总值增长7.5%；\n各项目标的完成情况纳入考核。",),
    unit="paragraph",
    needs=("目标", "指标", "任务"),
)


# "某小区的责任单位是区民政局", "…有垃圾堆放的情况，其责任单位为某区政府": work, then who answers for it
_LABELS = alternation(ROLE_LABELS)
WORK_LABEL_RE = re.compile(
    rf"(?:^|(?<=[，。；;\n]))(?P<work>[^，。；;\n]{{2,40}}?)的(?P<label>{_LABELS})(?:是|为)(?P<list>[^，。；;\n]{{2,80}})"
    rf"|(?<=[，,])其(?P<own>{_LABELS})(?:是|为)(?P<owned>[^，。；;\n]{{2,80}})"
)
POINTER_RE = re.compile(r"^(?:该|此|本|这|上述|以上|各|每)")  # "该项目的牵头单位为X": the item's (role-label)


def work_label(m: re.Match[str], at: At) -> Iterator[Found]:
    """Outside any item, the work a clause names (or the clauses before "其"), and the bodies its label names."""
    if at.context.task_at(at.start + m.start()) is not None or (m["work"] and POINTER_RE.match(m["work"])):
        return  # in an item, the label is the item's (assignments.role-label)
    label, listed = (m["label"], m["list"]) if m["label"] else (m["own"], m["owned"])
    names = parse_actor_list(listed.strip())
    duty = m["work"].strip() if m["label"] else duty_before(at.text, m.start(), 0)
    if names and len(duty) >= 2:
        triples = [(ROLE_LABELS[label], name, None) for name in names]
        yield at.found(m.start(), m.end(), *claims_of(triples, None, duty, at.start + m.start()))


WORK_LABEL = Rule(
    "assignments.work-label",
    WORK_LABEL_RE,
    work_label,
    ("东湖花园小区的责任单位是区民政局，小区内垃圾桶无分类标识。", "路口有垃圾堆放的情况，其责任单位为某区人民政府。"),
    ("该项目的责任单位为市住建局。", "各项工作的牵头单位要加强协调。"),
    needs=("单位", "部门"),
)
