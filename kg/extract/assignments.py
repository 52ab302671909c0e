"""Who leads (牵头), supports (配合) or is responsible for (负责) which task.

Finding and recording are separate: ``extract_assignments(doc)`` only reads the
document's text and yields records; the graph is built elsewhere. Each rule is
a named pattern; every record carries the rule's name and the sentence it came
from.
"""

from __future__ import annotations

import hashlib
import re

from kg.extract.actors import PAD_RE, iter_brackets, parse_actor_list, split_top_level
from kg.extract.context import SET_UP_RE, DocContext
from kg.extract.context import set_up as set_up_name
from kg.lexicon import LABEL_NOUNS, LABEL_VERB_ROLE, ROLE_VERBS, alternation
from kg.lines import LABEL_RE
from kg.model import Assignment, Document, Task
from kg.resolve import COLLECTIVE_RE, looks_like_org
from kg.segment import heading_of

ROLES = ROLE_VERBS
_VERBS = alternation(ROLE_VERBS)


# -- the grammar of a role clause ------------------------------------------------------

# a clause segment that ends in its verb: "市城区由市城市管理局、市财政局牵头"
SEGMENT_VERB_RE = re.compile(f"(?P<verb>{_VERBS})$")
# "市城区由X牵头": a scope before 由
SCOPE_RE = re.compile(r"^(?P<scope>[^，、由]{0,12}?)由(?P<list>.+)$")
# "牵头单位：X", "配合部门：Y", "责任单位：Z", "牵头领导：张三"
ROLE_LABEL_RE = re.compile(f"(?P<label>(?:{alternation(LABEL_VERB_ROLE)})(?:{alternation(LABEL_NOUNS)}))\\s*[：:]")
# a label of something else after a role label: "；完成时限：", "。工作目标："
OTHER_LABEL_RE = re.compile(r"[；;。，,]\s*[\u4e00-\u9fff]{2,8}[：:]")
MARKED_ROLE_RE = re.compile(f"(?P<name>[^、，,；;（(]{{2,30}}?)[（(](?P<role>{_VERBS})[）)]")
LABEL_ROLE = LABEL_VERB_ROLE
PERSON_NAME_RE = re.compile(r"^[\u4e00-\u9fff]{2,4}$")


def parse_role_clause(content: str) -> list[tuple[str, str, str | None]] | None:
    """(role, actor, scope) triples of "X、Y牵头，Z配合，各县（市）由当地政府负责", or None.

    Segments without a verb carry their names to the next verb
    ("市工信局牵头，市直各有关单位，各县政府配合": both 配合). Anything that is
    not a list of names makes the whole clause not a role clause.
    """
    results: list[tuple[str, str, str | None]] = []
    pending: list[str] = []
    scope: str | None = None
    for raw in split_top_level(content.strip().rstrip("。；;"), "，,；;"):
        # "牵头负责" and "负责牵头" are a lead
        segment = re.sub(r"(?:牵头负责|负责牵头)$", "牵头", raw.strip())
        m = SEGMENT_VERB_RE.search(segment)
        if not m:
            names = parse_actor_list(segment)
            if not names:
                # "2024年底前完成", "长期坚持": a deadline, not a party
                pending = []
                continue
            pending.extend(names)
            continue
        body = PAD_RE.sub("", segment[: m.start()])
        by = SCOPE_RE.match(body)
        if by:
            scope = by["scope"] or scope
            body = by["list"]
        names = parse_actor_list(body)
        if not names:
            return None
        results.extend((m["verb"], name, scope) for name in pending + names)
        pending = []
    return results or None


# -- finding clauses -------------------------------------------------------------------------

# A trailing clause: "（市审批服务管理局、市工信局牵头，…等部门分工负责）", "［X负责，Y配合］"
BRACKET_RULE = "bracket-clause"
LABEL_RULE = "role-label"
# "由市能源局负责，采取特许经营模式…", "已拨补助资金由所在县级卫健部门负责追回"
BY_RE = re.compile(
    r"(?P<pre>[^，。；：]*?)由(?P<list>[^，。；由]{2,80}?)(?:按照?职责分工|分工|具体|统一|共同)?(?P<verb>负责|牵头)"
    r"(?!人|同志|解读|的)(?P<post>[^，。；]*)"
)
# "工信部门负责制定重点产业链清单", "市领导小组办公室要牵头会同有关部门制定…"
SUBJECT_RE = re.compile(
    r"(?:^|(?<=[，。；：]))(?P<actor>(?:[^，。；：、“”（）]|（[^（）]{1,8}）){2,30}?)"
    r"(?:要|应当|应|主要|具体|统一|共同|分别|切实|按照?职责分工)*"
    r"(?P<verb>负责|牵头)(?!人|同志|解读|部门|单位|领导|处室)(?P<post>[^，。；]*)"
)
# "…成立X（以下简称Y），负责…", "市领导小组下设办公室，办公室设在Z，负责…"
INHERIT_RE = re.compile(r"(?:^|(?<=[，；]))(?:主要)?负责(?!人|同志|解读)(?P<post>[^，。；]{2,})")
# "市工信局作为总链长牵头单位，协调推动重点产业链发展相关工作"
AS_LEAD_RE = re.compile(r"(?P<actor>[^，。；：]{2,30}?)作为[^，。；]{0,20}?牵头(?:单位|部门)，(?P<post>[^。；]+)")
# a department's duty list: "市委宣传部：负责组织协调…。配合有关职能部门开展…"
DUTY_LIST_RE = re.compile(r"^(?P<actor>[^：:，。；]{2,30})[：:](?P<body>.+)$")
DUTY_CLAUSE_RE = re.compile(
    r"(?:^|(?<=[，。；：:]))[^，。；]*?(?<!相互)(?<!互相)(?<!协调)(?<!各负其责)(?P<verb>负责|配合|牵头)"
    r"(?!人|同志|解读|部门|单位|领导)(?P<post>[^，。；]{2,})"
)
DUTIES_HEADING_RE = re.compile(r"职责|职能")


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around text[start:end]: from the last 。！？ or line break to the next."""
    s = start
    while s > 0 and text[s - 1] not in "。！？!?\n":
        s -= 1
    e = end
    while e < len(text) and text[e - 1] not in "。！？!?\n" and text[e] != "\n":
        e += 1
    if e < len(text) and text[e] in "。！？":
        e += 1
    return s, e


class _Finder:
    """Walks one document and collects assignments and the duty tasks prose needs."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text.text
        self.context = DocContext(doc)
        self.assignments: list[Assignment] = []
        self.duty_tasks: dict[str, Task] = {}
        self.claimed: list[tuple[int, int]] = []
        # every numbered heading, tasks or not: (offset, end, heading text)
        self.all_headings: list[tuple[int, int, str]] = []
        offset = 0
        for para in self.text.split("\n"):
            if heading_of(para):
                self.all_headings.append((offset, offset + len(para), para))
            offset += len(para) + 1
        # deepest task first, so the innermost task containing a clause wins
        self.spans = sorted(((t.start, t.start + len(t.text), t) for t in doc.tasks), key=lambda s: (-(s[0]), s[1]))

    # -- recording ------------------------------------------------------------------

    def task_at(self, offset: int) -> Task | None:
        best: Task | None = None
        for start, end, task in self.spans:
            if start <= offset < end and (best is None or task.level > best.level):
                best = task
        return best

    def duty_task(self, heading: str, offset: int) -> Task:
        """A task for a duty stated in prose, under the task the sentence is in."""
        heading = heading.strip("，、 ")[:80]
        key = "duty-" + hashlib.sha1(heading.encode()).hexdigest()[:10]
        if key not in self.duty_tasks:
            parent = self.task_at(offset)
            s, e = _sentence_bounds(self.text, offset, offset + 1)
            self.duty_tasks[key] = Task(
                key,
                heading,
                (parent.level + 1) if parent else 6,
                0,
                parent.key if parent else None,
                self.doc.text[s:e],
                s,
            )
        return self.duty_tasks[key]

    def record(
        self,
        task: Task,
        triples: list[tuple[str, str, str | None]],
        span: tuple[int, int],
        rule: str,
        person_ok: bool = False,
    ) -> None:
        s, e = _sentence_bounds(self.text, *span)
        evidence = self.doc.evidence(s, e, rule)
        seen = {(a.task, a.role, a.actor) for a in self.assignments}
        for role, name, scope in triples:
            person = person_ok and PERSON_NAME_RE.match(name) is not None and not looks_like_org(name)
            actor, aliases = (name, ()) if person else self.context.actor(name)
            if (task.key, role, actor) in seen:
                continue
            seen.add((task.key, role, actor))
            self.assignments.append(Assignment(task.key, role, actor, aliases, scope, person, evidence))
        self.claimed.append(span)

    def is_claimed(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.claimed)

    # -- rules ----------------------------------------------------------------------------

    def run(self) -> None:
        offset = 0
        for para in self.text.split("\n"):
            self.paragraph(para, offset)
            offset += len(para) + 1

    def paragraph(self, para: str, base: int) -> None:
        self.brackets(para, base)
        self.labels(para, base)
        self.duty_list(para, base)
        self.prose(para, base)

    def brackets(self, para: str, base: int) -> None:
        for start, end in iter_brackets(para):
            content = para[start + 1 : end - 1]
            if not any(verb in content for verb in ROLES):
                continue
            triples = parse_role_clause(content)
            if not triples:
                continue
            task = self.task_at(base + start)
            if task is None:
                # no numbered item around it: the sentence the clause closes is the duty
                at = base + start
                while at > 0 and self.text[at - 1] in "。；;，, ":
                    at -= 1  # "…宣传解读。（X负责）": the sentence before the clause
                s, _ = _sentence_bounds(self.text, max(at - 1, 0), max(at - 1, 0))
                duty = self.text[s:at].strip("，。；： ")
                if len(duty) < 2:
                    continue
                task = self.duty_task(re.split(r"[，；]", duty)[0] if len(duty) > 80 else duty, base + start)
            self.record(task, triples, (base + start, base + end), BRACKET_RULE)

    def labels(self, para: str, base: int) -> None:
        matches = list(ROLE_LABEL_RE.finditer(para))
        task = self.task_at(base) if matches else None
        if task is None:
            return
        for n, m in enumerate(matches):
            end = matches[n + 1].start() if n + 1 < len(matches) else len(para)
            # "责任单位：市发改委；完成时限：2024年底": another label ends the list
            other = OTHER_LABEL_RE.search(para, m.end(), end)
            end = other.start() + 1 if other else end
            body = para[m.end() : end].strip().rstrip("。；;，,）)］]】")
            role = LABEL_ROLE[m["label"][:2]]
            triples = parse_role_clause(body) if any(v in body for v in ROLES) else None
            if triples is None:
                # "市教育局（牵头）、市人社局": a role marked after a name
                marked = {n: r for n, r in MARKED_ROLE_RE.findall(body) if r in ROLES}
                body = MARKED_ROLE_RE.sub(lambda x: x["name"], body)
                names = parse_actor_list(body)
                if not names and m["label"].endswith("领导"):
                    names = [n for n in split_top_level(body, "、，,") if PERSON_NAME_RE.match(n)]
                triples = [(marked.get(name, role), name, None) for name in names]
            if triples:
                self.record(task, triples, (base + m.start(), base + end), LABEL_RULE, person_ok=True)

    def duty_list(self, para: str, base: int) -> None:
        m = DUTY_LIST_RE.match(para)
        if not m or LABEL_RE.match(para) or ROLE_LABEL_RE.match(para):
            return
        actor = m["actor"].strip()
        if not (looks_like_org(actor) or COLLECTIVE_RE.search(actor)):
            return
        body_start = m.start("body")
        for c in DUTY_CLAUSE_RE.finditer(para, body_start):
            start, end = base + c.start(), base + c.end()
            if self.is_claimed(start, end):
                continue
            task = self.duty_task(c["post"], start)
            self.record(task, [(c["verb"], actor, None)], (start, end), "duty-list")

    def prose(self, para: str, base: int) -> None:
        for m in BY_RE.finditer(para):
            start, end = base + m.start("list"), base + m.end()
            if self.is_claimed(start, end) or "解读" in m["post"]:
                continue
            names = parse_actor_list(m["list"])
            if not names:
                continue
            triples = [(m["verb"], n, None) for n in names]
            if not m["post"].strip():
                more, duty_after, used = self._following_roles(para, m.end())
                triples += more
                end += used
            duty = m["post"].strip() or duty_after or m["pre"]
            if m["post"].strip() and m["pre"].strip():
                duty = m["pre"].strip() + m["post"].strip()
            if len(duty) < 2:
                continue
            self.record(self.duty_task(duty, start), triples, (start, end), "prose-by")
        for m in AS_LEAD_RE.finditer(para):
            start, end = base + m.start(), base + m.end()
            actor = m["actor"].strip()
            if self.is_claimed(start, end) or not looks_like_org(actor):
                continue
            self.record(self.duty_task(m["post"], start), [("牵头", actor, None)], (start, end), "prose-as-lead")
        for m in SUBJECT_RE.finditer(para):
            start, end = base + m.start(), base + m.end()
            actor = m["actor"].strip()
            if self.is_claimed(start, end) or "由" in actor:
                continue
            actor = re.sub(r"^(?:同时|并|另外|其中|此外)", "", actor)
            if not (looks_like_org(actor) or COLLECTIVE_RE.search(actor)) or actor.endswith("领导"):
                continue
            triples = [(m["verb"], actor, None)]
            duty = m["post"].strip()
            if len(duty) < 2:
                more, duty, used = self._following_roles(para, m.end())
                triples += more
                end += used
            if len(duty) < 2:
                continue
            self.record(self.duty_task(duty, start), triples, (start, end), "prose-subject")
        for m in INHERIT_RE.finditer(para):
            start, end = base + m.start(), base + m.end()
            if self.is_claimed(start, end):
                continue
            actor = self._sentence_subject(para, m.start(), base)
            if actor:
                self.record(self.duty_task(m["post"], start), [("负责", actor, None)], (start, end), "prose-set-up")

    @staticmethod
    def _following_roles(para: str, at: int) -> tuple[list[tuple[str, str, str | None]], str, int]:
        """After "X牵头，": the role segments that follow ("Y配合，"), the duty after them, and their length.

        "由市发改委牵头，市财政局配合，制定地方标准" → ([配合 市财政局], "制定地方标准", len("，市财政局配合")).
        """
        sentence = re.split(r"[。；！？]", para[at:], maxsplit=1)[0]
        segments = split_top_level(sentence.lstrip("，,"), "，,")
        triples: list[tuple[str, str, str | None]] = []
        used = 0
        for segment in segments:
            more = parse_role_clause(segment) if SEGMENT_VERB_RE.search(segment.strip()) else None
            if not more:
                break
            triples += more
            used += 1
        length = len("，".join(segments[:used])) + 1 if used else 0
        return triples, "，".join(segments[used:]).strip(), length

    def _sentence_subject(self, para: str, at: int, base: int) -> str | None:
        """The body a subjectless "负责…" clause is about: set up, or an office, earlier in its sentence."""
        s = max(para.rfind(c, 0, at) for c in "。；！？") + 1
        before = para[s:at]
        if "办公室" in before and ("下设办公室" in before or "办公室设在" in before):
            head = re.match(r"[^，]*?(?=下设办公室|办公室设在|设在)", before)
            subject = head.group() if head else ""
            if subject.endswith("办公室"):
                return subject
            return (subject + "办公室") if subject else "办公室"
        set_up = list(SET_UP_RE.finditer(before))
        if set_up:
            return set_up_name(set_up[-1])[0]
        head = re.match(r"(?P<actor>[^，]{2,30}?)设在", before)
        if head and looks_like_org(head["actor"]):
            return head["actor"]
        # "各成员单位确定一名联络员，负责…": the body that names its contact answers for the duty
        named = re.match(
            r"(?P<actor>[^，]{2,20}?)(?:要|应)?(?:确定|明确|指定)(?:一名|一位|专人|1名)?[^，]{2,10}$",
            before.rstrip("，, ").split("，")[-1],
        )
        if named and (looks_like_org(named["actor"]) or COLLECTIVE_RE.search(named["actor"])):
            return named["actor"]
        # under "主要职责" of a notice that sets up a group, the group is the subject
        if self.context.groups and DUTIES_HEADING_RE.search(self.section_heading(base + at)):
            return self.context.groups[0]
        return None

    def section_heading(self, offset: int) -> str:
        """The heading of the numbered section a position of the text is in."""
        best = ""
        for start, _, task in self.all_headings:
            if start <= offset:
                best = task
        return best


def extract_assignments(doc: Document) -> tuple[list[Task], list[Assignment]]:
    """The assignments a document states, and the tasks its prose duties need."""
    finder = _Finder(doc)
    finder.run()
    return list(finder.duty_tasks.values()), finder.assignments
