"""The assignments family: who leads (牵头), supports (配合) or is responsible for (负责) which task.

Each phrasing is a rule in ``ASSIGNMENTS``; a match states :class:`Claim` s —
a role, an actor as the text names it, a scope, and the task: the numbered item
the clause stands in, or a duty stated in prose, which gets a task of its own
named by the duty's words. ``record`` turns the claims the overlap policy kept
into assignments, each with its sentence and its rule's name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from kg.extract.actors import leading_actors, parse_actor_list, split_top_level
from kg.extract.clauses import Triple, duty_before, following_roles, has_role_verb, parse_role_clause
from kg.extract.context import Context
from kg.extract.tasks import duty_task
from kg.lexicon import CONNECTIVES, PADDING_WORDS, ROLE_LABELS, ROLE_VERBS, alternation
from kg.lines import LABEL_RE
from kg.model import Assignment, Document, Task
from kg.names import COLLECTIVE_RE, looks_like_org
from kg.rules import At, Family, Found, Rule

_VERBS = alternation(ROLE_VERBS)
COLONS = ("：", ":")
_LABELS = alternation(ROLE_LABELS)
PERSON_NAME_RE = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
# what a role verb is not followed by when it is a verb: 负责人, 负责同志, 负责解读, 牵头部门
NOT_A_VERB = "(?!人|同志|解读|部门|单位|领导|处室)"


@dataclass(frozen=True)
class Claim:
    """One (role, actor) a match states, and its task: a numbered task's key, or a duty's words."""

    role: str
    name: str
    scope: str | None
    task: str | None = None
    duty: str | None = None
    at: int = 0  # where the duty stands: its task hangs under the task there
    person_ok: bool = False  # the actor may be a named person ("牵头领导：张三")


def _claims(triples: Iterable[Triple], task: Task | None, duty: str | None, at: int) -> list[Claim]:
    key = task.key if task else None
    return [Claim(role, name, scope, key, duty, at) for role, name, scope in triples]


def _is_actor(name: str) -> bool:
    return looks_like_org(name) or COLLECTIVE_RE.search(name) is not None


# -- bracketed clauses ---------------------------------------------------------------------

# "（市审批服务管理局、市工信局牵头，…等部门分工负责）", "［X负责，Y配合］": a bracket, one level of brackets inside
_OPEN, _CLOSE = "（(［\\[【", "）)］\\]】"
BRACKET_RE = re.compile(
    rf"[{_OPEN}](?P<body>(?:[^{_OPEN}{_CLOSE}\n]|[{_OPEN}][^{_OPEN}{_CLOSE}\n]{{0,40}}[{_CLOSE}]){{1,400}})[{_CLOSE}]"
)


def bracket_clause(m: re.Match[str], at: At) -> Iterator[Found]:
    """A bracketed role clause after a task's text; with no numbered item around, the sentence it closes is the duty."""
    triples = parse_role_clause(m["body"]) if has_role_verb(m["body"]) else None
    if not triples:
        return
    start = at.start + m.start()
    task = at.context.task_at(start)
    duty = None
    if task is None:
        duty = duty_before(at.doc.text.text, start, at.doc.sentence_at(max(start - 1, 0))[0])
        if len(duty) < 2:
            return
    yield at.found(m.start(), m.end(), *_claims(triples, task, duty, start))


# -- labels ----------------------------------------------------------------------------------

# "牵头单位：X", "配合部门：Y", "责任单位：Z", "牵头领导：张三"
ROLE_LABEL_RE = re.compile(rf"(?P<label>{_LABELS})\s*[：:]")
# a label of something else after a role label: "；完成时限：", "。工作目标："
OTHER_LABEL_RE = re.compile(r"[；;。，,]\s*[\u4e00-\u9fff]{2,8}[：:]")
# "市教育局（牵头）、市人社局": a role marked after a name
MARKED_ROLE_RE = re.compile(rf"(?P<name>[^、，,；;（(]{{2,30}}?)[（(](?P<role>{_VERBS})[）)]")


def role_label(m: re.Match[str], at: At) -> Iterator[Found]:
    """A role label and its list, up to the next label ("责任单位：X；完成时限：…")."""
    task = at.context.task_at(at.start)
    if task is None:
        return
    following = ROLE_LABEL_RE.search(at.text, m.end())
    end = following.start() if following else len(at.text)
    other = OTHER_LABEL_RE.search(at.text, m.end(), end)
    end = other.start() + 1 if other else end
    body = at.text[m.end() : end].strip().rstrip("。；;，,）)］]】")
    role = ROLE_LABELS[m["label"]]
    triples = parse_role_clause(body) if has_role_verb(body) else None
    if triples is None:
        marked = {n: r for n, r in MARKED_ROLE_RE.findall(body)}
        body = MARKED_ROLE_RE.sub(lambda x: x["name"], body)
        names = parse_actor_list(body)
        if not names and m["label"].endswith("领导"):
            names = [n for n in split_top_level(body, "、，,") if PERSON_NAME_RE.match(n)]
        triples = [(marked.get(name, role), name, None) for name in names]
    claims = [Claim(role, name, scope, task.key, person_ok=True) for role, name, scope in triples]
    yield at.found(m.start(), end, *claims)


# "市住建局为牵头单位，市财政局为配合单位，负责…": each body named with its role's label
AS_LABEL_RE = re.compile(
    rf"(?:^|(?<=[，。；：]))(?P<roles>(?:[^，。；：为]{{2,40}}为(?:{_LABELS})[，,]?)+)"
    r"(?:负责(?P<post>[^，。；]{2,}))?"
)
AS_LABEL_PART_RE = re.compile(rf"(?P<list>[^，。；：为]{{2,40}})为(?P<label>{_LABELS})")


def as_label(m: re.Match[str], at: At) -> Iterator[Found]:
    """Bodies named with a role's label as predicate; the duty after 负责, else the task the sentence is in."""
    triples = []
    for part in AS_LABEL_PART_RE.finditer(m["roles"]):
        names = parse_actor_list(part["list"])
        if not names:
            return
        triples += [(ROLE_LABELS[part["label"]], name, None) for name in names]
    start = at.start + m.start()
    task = None if m["post"] else at.context.task_at(start)
    duty = m["post"].strip() if m["post"] else None
    if task is None and duty is None:
        duty = duty_before(at.text, m.start(), 0)  # "推进老旧小区改造，市住建局为牵头单位"
        if len(duty) < 2:
            return
    yield at.found(m.start(), m.end(), *_claims(triples, task, duty, start))


# -- a department's duty list ----------------------------------------------------------------

# "市委宣传部：负责组织协调…。配合有关职能部门开展…"
DUTY_LIST_RE = re.compile(r"^(?P<actor>[^：:，。；]{2,30})[：:](?P<body>.+)$")
DUTY_CLAUSE_RE = re.compile(
    r"(?:^|(?<=[，。；：:]))[^，。；]{0,120}?(?<!相互)(?<!互相)(?<!协调)(?<!各负其责)(?P<verb>负责|配合|牵头)"
    r"(?!人|同志|解读|部门|单位|领导)(?P<post>[^，。；]{2,})"
)


def duty_list(m: re.Match[str], at: At) -> Iterator[Found]:
    """A body's duty list: each clause with a role verb is a duty of the body named before the colon."""
    actor = m["actor"].strip()
    if LABEL_RE.match(at.text) or ROLE_LABEL_RE.match(at.text) or not _is_actor(actor):
        return
    for c in DUTY_CLAUSE_RE.finditer(at.text, m.start("body")):
        yield at.found(c.start(), c.end(), Claim(c["verb"], actor, None, duty=c["post"], at=at.start + c.start()))


# -- prose -------------------------------------------------------------------------------------

# "由市能源局负责，采取特许经营模式…", "已拨补助资金由所在县级卫健部门负责追回"
BY_RE = re.compile(
    r"(?:^|(?<=[，。；：]))(?P<pre>[^，。；：]{0,80}?)由(?P<list>[^，。；由]{2,80}?)"
    r"(?:按照?职责分工|分工|具体|统一|共同)?(?P<verb>负责|牵头)(?!人|同志|解读|的)(?P<post>[^，。；]*)"
)


def by_actor(m: re.Match[str], at: At) -> Iterator[Found]:
    """由X负责/牵头 and the duty around it; role segments that follow share the duty."""
    names = parse_actor_list(m["list"])
    if not names or "解读" in m["post"]:
        return
    triples = [(m["verb"], n, None) for n in names]
    post, pre = m["post"].strip(), m["pre"].strip()
    end, duty = m.end(), post
    if not post:
        more, duty, used = following_roles(at.text, m.end())
        triples += more
        end += used
        duty = duty or m["pre"]
    elif pre:
        duty = pre + post
    if len(duty) >= 2:
        yield at.found(m.start("list"), end, *_claims(triples, None, duty, at.start + m.start("list")))


# "市工信局作为总链长牵头单位，协调推动重点产业链发展相关工作"
AS_LEAD_RE = re.compile(r"(?P<actor>[^，。；：]{2,30}?)作为[^，。；]{0,20}?牵头(?:单位|部门)，(?P<post>[^。；]+)")


def as_lead(m: re.Match[str], at: At) -> Iterator[Found]:
    """X作为…牵头单位, and the duty after it."""
    actor = m["actor"].strip()
    if looks_like_org(actor):
        yield at.found(m.start(), m.end(), Claim("牵头", actor, None, duty=m["post"], at=at.start + m.start()))


# "工信部门负责制定重点产业链清单", "市领导小组办公室要牵头会同有关部门制定…"
SUBJECT_RE = re.compile(
    r"(?:^|(?<=[，。；：]))(?P<actor>(?:[^，。；：、“”（）]|（[^（）]{1,8}）){2,30}?)"
    f"(?:{alternation(PADDING_WORDS)})*"
    rf"(?P<verb>负责|牵头){NOT_A_VERB}(?P<post>[^，。；]*)"
)
SUBJECT_PREFIX_RE = re.compile(f"^(?:{alternation(CONNECTIVES)})")


def subject(m: re.Match[str], at: At) -> Iterator[Found]:
    """A body as the subject of 负责/牵头, and the duty after it (or after the role segments that follow)."""
    actor = m["actor"].strip()
    if "由" in actor or "会同" in actor:
        return
    actor = SUBJECT_PREFIX_RE.sub("", actor)
    if not _is_actor(actor) or actor.endswith("领导"):
        return
    triples: list[Triple] = [(m["verb"], actor, None)]
    duty, end = m["post"].strip(), m.end()
    if len(duty) < 2:
        more, duty, used = following_roles(at.text, m.end())
        triples += more
        end += used
    if len(duty) >= 2:
        yield at.found(m.start(), end, *_claims(triples, None, duty, at.start + m.start()))


# "市发改委会同市财政局制定实施细则", "由市发改委会同有关部门负责…": the first leads, the others support
TOGETHER_RE = re.compile(r"(?:^|(?<=[，。；：]))(?P<lead>[^，。；：]{2,40}?)会同(?P<rest>[^，。；]{2,160})")
LEAD_PAD_RE = re.compile(f"^由|(?:{alternation(PADDING_WORDS + ROLE_VERBS)})+$")
DUTY_PAD_RE = re.compile(r"^(?:等(?:有关|相关)?(?:部门|单位))?(?:按照?职责分工|共同|联合|具体)?(?:负责|牵头)?")
# "会同有关部门" names no one in particular
VAGUE_ACTORS = frozenset(("有关部门", "相关部门", "有关单位", "相关单位", "有关方面"))


def together(m: re.Match[str], at: At) -> Iterator[Found]:
    """X会同Y…: X leads and Y supports the duty that follows Y's list."""
    leads = parse_actor_list(LEAD_PAD_RE.sub("", m["lead"].strip()))
    supports, end = leading_actors(m["rest"])
    if not leads or not supports:
        return
    duty = DUTY_PAD_RE.sub("", m["rest"][end:]).strip()
    triples = [("牵头", n, None) for n in leads] + [("配合", n, None) for n in supports if n not in VAGUE_ACTORS]
    start = at.start + m.start()
    task = None if len(duty) >= 2 else at.context.task_at(start)
    if task is not None or len(duty) >= 2:
        yield at.found(m.start(), m.end(), *_claims(triples, task, duty if task is None else None, start))


# "…成立X（以下简称Y），负责…", "市领导小组下设办公室，办公室设在Z，负责…"
INHERIT_RE = re.compile(r"(?:^|(?<=[，；]))(?:主要)?负责(?!人|同志|解读)(?P<post>[^，。；]{2,})")
OFFICE_SUBJECT_RE = re.compile(r"[^，]*?(?=下设办公室|办公室设在|设在)")
PLACED_AT_RE = re.compile(r"(?P<actor>[^，]{2,30}?)设在")
# "各成员单位确定一名联络员，负责…": the body that names its contact answers for the duty
NAMES_CONTACT_RE = re.compile(r"(?P<actor>[^，]{2,20}?)(?:要|应)?(?:确定|明确|指定)(?:一名|一位|专人|1名)?[^，]{2,10}$")
DUTIES_HEADING_RE = re.compile(r"职责|职能")
LOOKBACK = 200  # characters read back for the subject of a subjectless 负责


def set_up_subject(m: re.Match[str], at: At) -> Iterator[Found]:
    """A subjectless 负责… whose subject is the body set up, or the office placed, earlier in the sentence."""
    actor = _sentence_subject(at, m.start())
    if actor:
        yield at.found(m.start(), m.end(), Claim("负责", actor, None, duty=m["post"], at=at.start + m.start()))


def _sentence_subject(at: At, end: int) -> str | None:
    """The body a subjectless "负责…" clause is about: set up, or an office, earlier in its sentence."""
    window = max(end - LOOKBACK, 0)  # the subject stands in the clauses just before
    start = max(at.text.rfind(c, window, end) for c in "。；！？") + 1 or window
    before = at.text[start:end]
    if "办公室" in before and ("下设办公室" in before or "办公室设在" in before):
        head = OFFICE_SUBJECT_RE.match(before)
        subject = head.group() if head else ""
        return subject if subject.endswith("办公室") else (subject + "办公室") if subject else "办公室"
    group = at.context.group_set_up_in(at.start + start, at.start + end)
    if group:
        return group
    head = PLACED_AT_RE.match(before)
    if head and looks_like_org(head["actor"]):
        return head["actor"]
    named = NAMES_CONTACT_RE.match(before.rstrip("，, ").split("，")[-1])
    if named and _is_actor(named["actor"]):
        return named["actor"]
    # under "主要职责" of a notice that sets up a group, the group is the subject
    if at.context.groups and DUTIES_HEADING_RE.search(at.context.section_heading(at.start + end)):
        return at.context.groups[0]
    return None


ASSIGNMENTS = Family(
    "assignments",
    (
        Rule(
            "assignments.bracket-clause",
            BRACKET_RE,
            bracket_clause,
            ("（一）推进审批改革。全面推行告知承诺制。（市行政审批局牵头，市发改委、市财政局配合）",),
            ("（一）推进审批改革。（2024年底前完成）",),
            unit="paragraph",
            needs=ROLE_VERBS,
        ),
        Rule(
            "assignments.role-label",
            ROLE_LABEL_RE,
            role_label,
            (
                "（一）推进审批改革。\n牵头单位：市行政审批局；配合单位：市发改委",
                "1.建立台账。责任单位：各县（市、区）人民政府",
            ),
            ("（一）推进审批改革。\n完成时限：2024年底",),
            unit="paragraph",
            needs=COLONS,
        ),
        Rule(
            "assignments.as-label",
            AS_LABEL_RE,
            as_label,
            ("市住建局为牵头单位，负责老旧小区改造的组织实施。", "（二）加强保障。市财政局为配合单位。"),
            ("以企业为主体，以市场为导向。",),
            needs=("为",),
        ),
        Rule(
            "assignments.duty-list",
            DUTY_LIST_RE,
            duty_list,
            ("市委宣传部：负责组织协调新闻媒体开展宣传。配合有关职能部门开展执法。",),
            ("组长：陈杰 市委常委、常务副市长",),
            unit="paragraph",
            needs=COLONS,
        ),
        Rule(
            "assignments.together",
            TOGETHER_RE,
            together,
            ("市发改委会同市财政局、市工信局制定实施细则。", "由市商务局会同有关部门负责组织开展促消费活动"),
            ("会同有关方面加强沟通。",),
            needs=("会同",),
        ),
        Rule(
            "assignments.prose-by",
            BY_RE,
            by_actor,
            ("由市能源局负责，采取特许经营模式建设。", "已拨补助资金由所在县级卫健部门负责追回。"),
            ("本方案由市工信局负责解读。", "由于资金不足，项目推迟。"),
            needs=("由",),
        ),
        Rule(
            "assignments.prose-as-lead",
            AS_LEAD_RE,
            as_lead,
            ("市工信局作为总链长牵头单位，协调推动重点产业链发展相关工作。",),
            ("企业作为市场主体，要主动作为。",),
            needs=("作为",),
        ),
        Rule(
            "assignments.prose-subject",
            SUBJECT_RE,
            subject,
            ("工信部门负责制定重点产业链清单。", "市领导小组办公室要牵头会同有关部门制定年度计划。"),
            ("各部门负责人要带头落实。", "由市能源局负责建设。"),
            needs=("负责", "牵头"),
        ),
        Rule(
            "assignments.prose-set-up",
            INHERIT_RE,
            set_up_subject,
            ("领导小组下设办公室，办公室设在市发展改革委，负责领导小组日常工作。",),
            ("要加强协调，负责同志要亲自抓。",),
            needs=("负责",),
        ),
    ),
)


def record(doc: Document, kept: list[Found], context: Context) -> tuple[list[Task], list[Assignment]]:
    """Assignments from the claims kept, and the tasks their prose duties need."""
    duty_tasks: dict[str, Task] = {}
    tasks = {t.key: t for t in doc.tasks}
    assignments: list[Assignment] = []
    seen: set[tuple[str, str, str]] = set()
    for found in kept:
        evidence = doc.evidence(*(found.evidence or doc.sentence_span(found.start, found.end)), found.rule.name)
        for claim in found.records:
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
