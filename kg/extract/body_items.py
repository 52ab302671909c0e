"""Items under a body's name that open with a role verb: that body's role in each.

"一、县财政局" over "1.牵头落实减税降费政策。", an article's heading ("县自然资源局的主要职责："), or a
document whose title lists one body's duties ("某县森林防火指挥部办公室工作职责" over "十、负责培训…").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.actors import parse_actor_list
from kg.extract.clauses import NOT_A_VERB, Claim, is_actor, titled_body
from kg.extract.duties import DUTIES_OF_RE
from kg.headings import heading_of
from kg.lexicon import ROLE_VERBS
from kg.model import Task
from kg.names import looks_like_org
from kg.rules import At, Found, Rule

# "一、县发展和改革局" over "1.牵头推进重大项目建设": an item opening with a role verb under a body's heading
VERB_ITEM_RE = re.compile(
    rf"^(?:\d{{1,2}}[.、．]|[（(]\d{{1,2}}[）)]|[（(]?[一二三四五六七八九十]{{1,3}}[）)、])\s*(?P<verb>牵头|负责|配合|协助){NOT_A_VERB}"
)


def body_heading(m: re.Match[str], at: At) -> Iterator[Found]:
    """An item that opens with 牵头/负责/配合 under a heading that is a body's name: that body's role in it."""
    task = at.context.task_at(at.start)
    parent = at.context.tasks.by_key.get(task.parent) if task and task.parent else None
    over = heading_text(parent.heading) if parent else at.context.heading_over(task.start, task.level) if task else ""
    body = DUTIES_OF_RE.sub("", over.rstrip("：:"))  # "县自然资源局的主要职责：", an article's heading too
    if not looks_like_org(body) and task and task.level <= 1:
        body = titled_body(at.doc.title) or body  # "某办公室工作职责" over "十、负责培训…": the titled body's
    bodies = [body] if looks_like_org(body) and not ROLE_VERB_RE.search(body) else _opening_bodies(body)
    if task and not bodies:
        bodies = _labelled_bodies(task, at)  # "领导小组职责：" right above its items, or run into the line before
    if task and bodies:
        role = "配合" if m["verb"] == "协助" else m["verb"]
        yield at.found(m.start("verb"), m.end(), *(Claim(role, b, None, task.key, None, at.start) for b in bodies))


# "领导小组职责：", "办公室主要职责：", "…任副指挥长。主要职责包括：": a label of whose duties the items below are
DUTIES_LABEL_RE = re.compile(
    r"(?:^|(?<=[。；\s]))(?P<body>[^，。；：\s]{0,20}?)的?(?:主要)?(?:工作)?职责(?:包括|如下)?[：:]\s*$"
)
LABEL_REACH = 40  # characters before a list where the label of its duties may stand


def _labelled_bodies(task: Task, at: At) -> list[str]:
    """The body a label right before a list of items names (or the group set up before it, when the label
    names none): the body whose duties the items are."""
    start = at.context.once("list-starts", lambda _: _list_starts(at.context.tasks.tasks)).get(task.key)
    label = DUTIES_LABEL_RE.search(at.doc.text.text, max(0, start - LABEL_REACH), start) if start else None
    if label is None:
        return []
    body = label["body"] or (at.context.group_at(start) if at.context.groups else None) or ""
    return [body] if looks_like_org(body) and not ROLE_VERB_RE.search(body) else []


def _list_starts(tasks: list[Task]) -> dict[str, int]:
    """Where the list each item is in begins: its item numbered 1 (tasks in text order)."""
    runs: dict[tuple[str | None, int], int] = {}
    starts: dict[str, int] = {}
    for t in tasks:
        if t.number == 1 or (t.parent, t.level) not in runs:
            runs[(t.parent, t.level)] = t.start
        starts[t.key] = runs[(t.parent, t.level)]
    return starts


# "（二）区劳动保障局、区卫生局等部门根据…做好…。具体包括：" over "1.负责…": the bodies its sentence opens with
OPENING_BODIES_RE = re.compile(
    r"^(?P<list>[^，。；：]{2,200}?)(?:等(?:有关)?(?:部门|单位))?(?:作为|根据|按照|要|应|总体负责|负责)"
)


def _opening_bodies(heading: str) -> list[str]:
    """The bodies a heading's sentence opens with, as its subject ("区民政局作为主管部门总体负责…")."""
    m = OPENING_BODIES_RE.match(heading)
    names = parse_actor_list(m["list"]) if m else []
    return names if names and all(map(is_actor, names)) else []


ROLE_VERB_RE = re.compile("|".join(ROLE_VERBS))


def heading_text(heading: str) -> str:
    """A heading without its number: "一、县财政局" → "县财政局"."""
    found = heading_of(heading)
    return heading[found[2] :].strip() if found else heading.strip()


# "，牵头组织专项整治工作" after "X负责…": the same subject, another duty


BODY_HEADING = Rule(
    "assignments.body-heading",
    VERB_ITEM_RE,
    body_heading,
    ("一、县财政局\n1.牵头落实减税降费政策。\n2.配合县税务局做好退税工作。",),
    ("一、加强组织领导\n1.牵头单位要压实责任。",),
    unit="paragraph",
    needs=(*ROLE_VERBS, "协助"),
)
