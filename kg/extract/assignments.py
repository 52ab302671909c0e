"""The assignments family: who leads (牵头), supports (配合) or is responsible for (负责) which task.

Each phrasing is a rule in ``ASSIGNMENTS``; a match states :class:`Claim` s —
a role, an actor as the text names it, a scope, and the task: the numbered item
the clause stands in, or a duty stated in prose, which gets a task of its own
named by the duty's words. ``record`` turns the claims the overlap policy kept
into assignments, each with its sentence and its rule's name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.actors import BARE_PLACE_RE, parse_actor_list, split_top_level
from kg.extract.carry_over import CARRY_OVER
from kg.extract.clauses import NO_DUTY_RE, Claim, claims_of, duty_before, has_role_verb, parse_role_clause
from kg.extract.context import FIRST_LEADS_RE, Context, without_lead_note
from kg.extract.duties import COLONS, DUTY_RULES, ROLE_LABEL_RE
from kg.extract.leader_duties import LEADER_DUTY_RULES
from kg.extract.leaders import LEADER_HEADING_RE, leader_heading, leader_of
from kg.extract.page_duties import UNNAMED_DUTIES
from kg.extract.prose import PROSE_RULES
from kg.extract.targets_label import TARGETS_LABEL, WORK_LABEL
from kg.extract.tasks import duty_task
from kg.headings import heading_of
from kg.lexicon import ROLE_LABELS, ROLE_VERBS, TABLE_OTHER_COLUMNS, alternation
from kg.model import Assignment, Document, Task
from kg.names import looks_like_org
from kg.rules import At, Family, Found, Rule

_VERBS = alternation(ROLE_VERBS)
_LABELS = alternation(ROLE_LABELS)
PERSON_NAME_RE = re.compile(r"^[\u4e00-\u9fff]{2,4}$")

# -- bracketed clauses ---------------------------------------------------------------------

# "（市审批服务管理局、市工信局牵头，…等部门分工负责）", "［X负责，Y配合］", "〔X、Y按职责分工负责〕": a bracket,
# one level of brackets inside
_OPEN, _CLOSE = "（(［\\[【〔", "）)］\\]】〕"
BRACKET_RE = re.compile(
    rf"[{_OPEN}](?P<body>(?:[^{_OPEN}{_CLOSE}\n]|[{_OPEN}][^{_OPEN}{_CLOSE}\n]{{0,40}}[{_CLOSE}]){{1,400}})[{_CLOSE}]"
)


def bracket_clause(m: re.Match[str], at: At) -> Iterator[Found]:
    """A bracketed role clause after a task's text; with no numbered item around, the sentence it closes is the duty."""
    if ROLE_LABEL_RE.match(m["body"]) and at.context.task_at(at.start + m.start()) is not None:
        return  # "（责任单位：A、B按职责分工负责，下同。…）": the label's, read by role_label
    head = m["body"].partition("。")[0]  # "（A，B，列第一位的为牵头单位，下同。以下均需…落实）": the list's sentence
    unnoted = "，".join(without_lead_note(head)[0])
    listed = FIRST_LEADS_RE.search(head) is not None and not has_role_verb(unnoted)
    if not listed and "。" in m["body"].rstrip("。") and ROLE_LABEL_RE.search(m["body"]):
        return  # "〔A等按职责分工负责。责任单位：B。以下均需B落实…〕": sentences, a label's among them
    verbs = has_role_verb(unnoted)  # not the note's: "（A，B，排名第一位为牵头单位，下同）" lists units
    triples = parse_role_clause(m["body"]) if verbs else _units_listed(m, at, head)
    if not triples:
        return
    start = at.start + m.start()
    task = at.context.task_at(start)
    duty = None
    if task is None:
        duty = duty_before(at.doc.text.text, *_duty_span(at, m, start))
        if len(duty) < 2:
            return
    yield at.found(m.start(), m.end(), *claims_of(triples, task, duty, start))


def _duty_span(at: At, m: re.Match[str], start: int) -> tuple[int, int]:
    """(end, start) of the duty a bracket at ``start`` closes: its sentence before it; or the paragraph's first
    sentence, when the bracket closes a paragraph of several sentences and is its only one
    ("制定…方案，…。推进…。…（A、B等按职责分工负责）")."""
    sentence = at.doc.sentence_at(max(start - 1, 0))[0]
    para_start, para_end = at.doc.paragraph_at(start)
    if para_end - para_start > PARAGRAPH_LONGEST or sentence <= para_start:
        return start, sentence
    text = at.doc.text.text
    closes = at.start + m.end() >= para_start + len(text[para_start:para_end].rstrip("。；; \n"))
    if not closes or "（" in text[para_start:start]:
        return start, sentence
    first_end = text.find("。", para_start, start)
    return (first_end if first_end > 0 else start), para_start


PARAGRAPH_LONGEST = 800  # characters of a paragraph whose closing bracket names the paragraph's duty


def _units_listed(m: re.Match[str], at: At, listed: str) -> list[tuple[str, str, None]] | None:
    """Bodies alone in brackets closing a numbered item, "1、地区生产总值增长11%（市发改委，各县市区政府）。", in a
    document whose lists are 责任单位 elsewhere, or that divides work by its title: the same column, unlabelled
    (负责)."""
    after = at.text[m.end() : m.end() + 1]  # the item ends, or the next one starts: "…）（二）加强…"
    closes = (after in ("。", "；", "", "\n") or heading_of(at.text[m.end() : m.end() + 6]) is not None) and (
        at.context.task_at(at.start + m.start()) is not None
    )
    parts, noted = without_lead_note(listed)
    body = "、".join(parts)
    if not closes or any(c in body for c in "：:"):
        return None
    if not noted and not at.context.once("responsible-units", _has_units_label):
        return None  # "（A，B，排名第一位为牵头单位，下同）": the note says these are its units
    names = parse_actor_list(body)
    return [("负责", name, None) for name in names] or None


DIVISION_TITLE_RE = re.compile(r"分工|分解|责任清单|任务清单")  # "…工作目标任务分解落实方案": a division of work


def _has_units_label(doc: Document) -> bool:
    """Whether a document names its bodies as responsible ones: by the label, or a title that divides work."""
    return "责任单位" in doc.text.text or DIVISION_TITLE_RE.search(doc.title) is not None


# -- labels ----------------------------------------------------------------------------------

# "牵头单位：X", "配合部门：Y", "责任单位：Z", "牵头领导：张三", "【责任单位】X"
# a label of something else after a role label: "；完成时限：", "。工作目标："
OTHER_LABEL_RE = re.compile(
    rf"(?P<sep>[；;。，,\s])\s*[\u4e00-\u9fff]{{2,8}}[：:]|(?=(?:{alternation(TABLE_OTHER_COLUMNS)})[：:])"
)  # or a space, or nothing before a column's word: "…市公安局 完成时限：", "…市公安局完成时限："
# "市教育局（牵头）、市人社局": a role marked after a name
MARKED_ROLE_RE = re.compile(rf"(?P<name>[^、，,；;（(〔［]{{2,30}}?)[（(〔［](?P<role>{_VERBS})[）)〕］]")


def _closed(text: str) -> str:
    """A list without the closing bracket of a clause around it ("…市财政局）"), keeping its names' own."""
    while text and text[-1] in "）)］]】〕" and text.count(text[-1]) > text.count(OPENING[text[-1]]):
        text = text[:-1]
    return text


OPENING = {"）": "（", ")": "(", "］": "［", "]": "[", "】": "【", "〕": "〔"}
# a note in brackets after a list that names no one: "（除标注“分别牵头”外，列第一位为牵头或汇总单位，下同）"
NOTE_RE = re.compile(r"[（(](?P<note>[^（）()]{2,80})[）)]$")


def without_note(text: str) -> str:
    """A list without a trailing note in brackets that is not a second name ("市工信局（市国资委）" keeps it)."""
    m = NOTE_RE.search(text)
    return text[: m.start()] if m and not parse_actor_list(m["note"]) else text


BRACKET_REACH = 120  # characters before a label where the bracket it stands in may open


def _bracket_close(text: str, start: int, after: int, end: int) -> int:
    """Where a label's list ends if the label stands in a bracket ("联盛快乐城（责任单位：县商务局）：前期…",
    "（牵头单位：A；责任单位：B）"): at the bracket's close, not at the sentence's end; else end."""
    before = text[max(0, start - BRACKET_REACH) : start]
    opened = max(before.rfind("（"), before.rfind("("))
    if opened < 0 or max(before.rfind("）"), before.rfind(")")) > opened:
        return end
    depth = 0
    for k in range(after, end):
        if text[k] in "（(":
            depth += 1
        elif text[k] in "）)":
            if depth == 0:
                return k
            depth -= 1
    return end


SENTENCE_BACK = 200  # characters back to the sentence before a label, at most


def role_label(m: re.Match[str], at: At) -> Iterator[Found]:
    """A role label and its list, up to the next label ("责任单位：X；完成时限：…")."""
    task = at.context.task_at(at.start, m["label"])
    duty = None
    if task is None and m["incl"]:  # "…责令立即整改。相关责任单位包括A、B等": the sentence before is the duty
        end = at.text.rfind("。", max(0, m.start() - SENTENCE_BACK), m.start())
        start = at.text.rfind("。", max(0, end - SENTENCE_BACK), end) + 1 if end > 0 else 0
        duty = duty_before(at.text, end, start) if end > 0 else None
    if task is None and not duty:
        return
    following = ROLE_LABEL_RE.search(at.text, m.end())
    end = following.start() if following else len(at.text)
    other = OTHER_LABEL_RE.search(at.text, m.end(), end)
    end = other.start() + bool(other["sep"]) if other else end
    stop = at.text.find("。", m.end(), end)  # a list ends with its sentence: "责任单位：A、B。以下均需…"
    end = stop + 1 if stop >= 0 else end
    end = _bracket_close(at.text, m.start(), m.end(), end)
    body = without_note(_closed(at.text[m.end() : end].strip().rstrip("。；;，,")))
    parts = without_lead_note(body)[0]
    body = "，".join(parts)  # "责任单位：A、B，排在首位的为牵头单位，下同": the note says who leads, not who is in it
    if len(parts) > 1 and NO_DUTY_RE.match(parts[-1]):
        body = "，".join(parts[:-1])  # "责任单位：A，各县市人民政府，6月底完成": the deadline is no body
    role = ROLE_LABELS[m["label"]]
    triples = parse_role_clause(body) if has_role_verb(body) else None
    if triples is None:
        marked = {n: r for n, r in MARKED_ROLE_RE.findall(body)}
        body = MARKED_ROLE_RE.sub(lambda x: x["name"], body)
        names = parse_actor_list(body)
        if not names and m["label"].endswith("领导"):
            names = [found[0] for found in map(leader_of, split_top_level(body, "、，,")) if found]
        triples = [(marked.get(name, role), name, None) for name in names]
    key, at_duty = (task.key, None) if task else (None, duty)
    claims = [Claim(role, n, scope, key, at_duty, at.start + m.start(), person_ok=True) for role, n, scope in triples]
    yield at.found(m.start(), end, *claims)


# "市住建局为牵头单位，市财政局为配合单位，负责…": each body named with its role's label
AS_LABEL_RE = re.compile(
    rf"(?:^|(?<=[，。；：]))(?P<roles>(?:[^，。；：为是]{{2,40}}[为是](?:[^，。；：为是的]{{2,30}}的)?(?:[省市县区]级)?(?:{_LABELS})[，,]?)+)"
    r"(?:负责(?P<post>[^，。；]{2,}))?"
)  # "市交通局为该项工作的牵头责任单位，负责拟定实施方案", "A和B是秸秆综合利用的牵头部门": the work named
POINTED_RE = re.compile(r"^(?:该|此|本|这|上述|以上)")  # "为该项工作的牵头单位": the work of the task it is in
AS_LABEL_PART_RE = re.compile(
    rf"(?P<list>[^，。；：为是]{{2,40}})[为是](?:(?P<work>[^，。；：为是的]{{2,30}})的)?(?:[省市县区]级)?(?P<label>{_LABELS})"
)


def as_label(m: re.Match[str], at: At) -> Iterator[Found]:
    """Bodies named with a role's label as predicate; the duty after 负责, else the task the sentence is in."""
    if FIRST_LEADS_RE.search(m.group()):
        return  # "排序第一单位为牵头单位": which of each list leads, not who
    triples = []
    work = None  # "为该项工作的牵头单位": the label's work is the task; what it 负责 is a duty of its own
    for part in AS_LABEL_PART_RE.finditer(m["roles"]):
        listed = part["list"][numbered[2] :] if (numbered := heading_of(part["list"])) else part["list"]  # "（二）A为…"
        names = parse_actor_list(listed)
        if not names and part["label"] == "责任地区":  # "青山区、东河区和稀土高新区为责任地区": places answer
            names = [p for p in re.split("[、和及]", listed) if BARE_PLACE_RE.match(p) or looks_like_org(p)]
            names = names if "".join(names) == re.sub("[、和及]", "", listed) else []
        if not names:
            return
        triples += [(ROLE_LABELS[part["label"]], name, None) for name in names]
        work = work or part["work"]
    start = at.start + m.start()
    if work and m["post"]:
        task = at.context.task_at(start)
        own = [("负责", name, None) for _, name, _ in triples]
        found = claims_of(triples, task, None if task else work, start) + claims_of(own, None, m["post"].strip(), start)
        yield at.found(m.start(), m.end(), *found)
        return
    if work and not POINTED_RE.match(work):  # "市工商局为城区菜市场监管工作的市级牵头部门": the work it names
        yield at.found(m.start(), m.end(), *claims_of(triples, None, work, start))
        return
    task = None if m["post"] else at.context.task_at(start)
    duty = m["post"].strip() if m["post"] else None
    if task is None and duty is None:
        duty = duty_before(at.text, m.start(), 0)  # "推进老旧小区改造，市住建局为牵头单位"
        if len(duty) < 2:
            return
    yield at.found(m.start(), m.end(), *claims_of(triples, task, duty, start))


# -- tables ------------------------------------------------------------------------------------

TABLE_ROW_RE = re.compile(r"(?s).+")


def table_row(m: re.Match[str], at: At) -> Iterator[Found]:
    """A table row's role cells (牵头单位, 配合单位, 责任单位, 牵头领导…): the row's task, with each body or person."""
    row = at.context.row_at.get(at.start)
    key = at.context.row_task.get(at.start)
    if row is None or key is None:
        return
    text = at.doc.text.text
    claims = []
    for cell in row.cells:
        if cell.column not in ROLE_VERBS:
            continue
        words = text[cell.start : cell.end]
        names = [n for n in split_top_level(words, "、，,") if PERSON_NAME_RE.match(n)] if cell.person else []
        names = names or parse_actor_list(words) or [p for p in [words.strip()] if BARE_PLACE_RE.match(p)]
        claims += [Claim(cell.column, name, None, key, person_ok=cell.person) for name in names]  # "徐泾镇": its own
    # a merged cell carried from the row above: the evidence runs from it to this row's end
    first = min((c.start for c in row.cells if c.carried), default=row.start)
    yield at.found(0, len(at.text), *claims, evidence=(min(first, row.start), row.end) if first < row.start else None)


ASSIGNMENTS = Family(
    "assignments",
    (
        Rule(
            "assignments.bracket-clause",
            BRACKET_RE,
            bracket_clause,
            (
                "（一）推进审批改革。全面推行告知承诺制。（市行政审批局牵头，市发改委、市财政局配合）",
                "二、主要任务（责任单位见各项）\n1.一般公共预算收入增长5%（市财政局，各区政府）。",
            ),
            ("（一）推进审批改革。（2024年底前完成）",),
            unit="paragraph",
            needs=(*ROLE_VERBS, "）", ")"),
        ),
        Rule(
            "assignments.table-row",
            TABLE_ROW_RE,
            table_row,
            ("序号\n重点任务\n牵头单位\n配合单位\n1\n推进老旧小区改造\n市住建局\n市财政局、市自然资源局",),
            ("序号\n重点任务\n完成时限\n1\n推进老旧小区改造\n2024年底",),
            unit="row",
        ),
        Rule(
            "assignments.role-label",
            ROLE_LABEL_RE,
            role_label,
            (
                "（一）推进审批改革。\n牵头单位：市行政审批局；配合单位：市发改委",
                "1.建立台账。责任单位：各县（市、区）人民政府",
                "2.建立名录。【牵头单位】市商务局【配合单位】市财政局",
                "3.清理欠款。\n牵头领导：王立新副市长\n牵头单位：市财政局",
            ),
            ("（一）推进审批改革。\n完成时限：2024年底",),
            unit="paragraph",
            needs=(*COLONS, "】", "为", "包括"),
        ),
        Rule(
            "assignments.as-label",
            AS_LABEL_RE,
            as_label,
            (
                "市住建局为牵头单位，负责老旧小区改造的组织实施。",
                "（二）加强保障。市财政局为配合单位。",
                "县农委和县能源办是秸秆综合利用的牵头部门，要拓展利用途径。",
            ),
            ("以企业为主体，以市场为导向。",),
            needs=("牵头", "配合", "责任", "协助", "主责"),  # the label its pattern holds
        ),
        Rule(
            "assignments.leader-heading",
            LEADER_HEADING_RE,
            leader_heading,
            (
                "（二）孙海涛常务副市长牵头重点工作\n1.加快城市更新。",
                "二、赵一鸣同志负责的工作\n（一）推进招商引资。",
                "一、县农业农村局牵头工作（8项）\n1.建设蔬菜生产基地。",
                "一、潘东旭市长负责事项（共9项）\n1.推进城市更新。",
            ),
            ("（一）加强组织领导牵头工作落实\n1.建立台账。",),
            unit="paragraph",
            needs=ROLE_VERBS,
        ),
        CARRY_OVER,
    )
    + DUTY_RULES
    + (UNNAMED_DUTIES,)
    + PROSE_RULES
    + LEADER_DUTY_RULES
    + (TARGETS_LABEL, WORK_LABEL),
)


LISTS = frozenset(("assignments.bracket-clause", "assignments.role-label", "assignments.table-row"))


def _with_first_lead(found: Found, context: Context) -> list[Claim]:
    """A list's claims, and where the document says the first listed leads ("列第一位的为牵头单位"), 牵头 for it."""
    claims = list(found.records)
    start = context.first_leads_from
    if start is None or found.end <= start or found.rule.name not in LISTS or not claims:
        return claims
    if any(c.role == "牵头" for c in claims):
        return claims  # the list names its lead itself ("X牵头，Y配合", "分别牵头")
    first = claims[0]
    return [*claims, Claim("牵头", first.name, first.scope, first.task, first.duty, first.at, first.person_ok)]


def record(doc: Document, kept: list[Found], context: Context) -> tuple[list[Task], list[Assignment]]:
    """Assignments from the claims kept, and the tasks their prose duties need."""
    duty_tasks: dict[str, Task] = {}
    tasks = {t.key: t for t in doc.tasks}
    assignments: list[Assignment] = []
    seen: set[tuple[str, str, str]] = set()
    for found in kept:
        evidence = doc.evidence(*(found.evidence or doc.sentence_span(found.start, found.end)), found.rule.name)
        for claim in _with_first_lead(found, context):
            if claim.task:
                task = tasks[claim.task]
            else:
                task = duty_task(doc, claim.duty or "", claim.at, context.task_at(claim.at), found.rule.name)
            task = duty_tasks.setdefault(task.key, task) if task.key not in tasks else task
            person = claim.person_ok and PERSON_NAME_RE.match(claim.name) is not None and not looks_like_org(claim.name)
            actor, aliases = (claim.name, ()) if person else context.actor(claim.name)
            if (task.key, claim.role, actor) in seen:
                continue
            seen.add((task.key, claim.role, actor))
            assignments.append(Assignment(task.key, claim.role, actor, aliases, claim.scope, person, evidence))
    return list(duty_tasks.values()), assignments


def extract_assignments(doc: Document, context: Context) -> tuple[list[Task], list[Assignment]]:
    """The assignments a document states, and the tasks its prose duties need."""
    return record(doc, ASSIGNMENTS.run(doc, context), context)
