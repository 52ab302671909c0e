"""A target plan's bodies named after its items: "该目标责任单位为市经委" (the item before), "4项目标的责任单位均为
市发展改革委", "以上3项目标的牵头单位均为X" (the items before, counted back from the last).

A target-management plan (目标管理工作方案) lists its numbered targets and, on a line of its own after one or
after several, says which body answers for them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from kg.extract.actors import parse_actor_list
from kg.extract.clauses import Claim
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
