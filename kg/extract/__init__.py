"""Extraction: every family's rules over a document, in one order; no I/O, no graph access.

The tasks family reads the numbered headings first; the document's context
(the groups it sets up, their short names, its sections) is read once; then
each family finds, decides and records its facts. ``FAMILIES`` lists every
rule table, for ``kg rules`` and for the test that runs every rule on its
examples.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from kg.extract.appointments import APPOINTMENTS, extract_appointments
from kg.extract.assignments import ASSIGNMENTS, extract_assignments
from kg.extract.attendance import attending
from kg.extract.chains import CHAINS, extract_chains
from kg.extract.context import Context
from kg.extract.delegations import delegations
from kg.extract.glossary import GLOSSARY, extract_glossary
from kg.extract.group_seats import bare_seats, seat_of
from kg.extract.groups import GROUPS, extract_groups
from kg.extract.held_posts import posts_held
from kg.extract.inline_seats import GROUP_LINE_SEATS, INLINE_SEATS
from kg.extract.leaders import RULE as LEADER_RULE
from kg.extract.leaders import read_leaders
from kg.extract.people import SEAT_RE, split_org_post, split_posts
from kg.extract.posts import PEOPLE, extract_people
from kg.extract.roster import RULE as ROSTER_RULE
from kg.extract.roster import roster_posts
from kg.extract.seats import seat_posts
from kg.extract.subgroups import RULE as SUBGROUP_RULE
from kg.extract.tables import read_tables
from kg.extract.tasks import find_tasks, keep_tasks
from kg.headings import TASKS
from kg.model import Appointment, Document, Evidence, Membership, PersonPost, document_of
from kg.rules import Family, Found, Rule, find
from kg.script import in_own_script

FAMILIES: tuple[Family, ...] = (TASKS, ASSIGNMENTS, GROUPS, PEOPLE, APPOINTMENTS, CHAINS, GLOSSARY)
# What is read by layout rather than by one pattern, a table's columns and a document's working groups:
# (rule name, what it reads, an example).
READERS = (
    (
        "tasks.table-row",
        "A table row with a task cell: a task under the section above it",
        "1 | 推进某项工作 | 市财政局",
    ),
    ("tasks.table-section", "A table row of one cell across the table: a section over the rows below it", "重点领域"),
    (
        ROSTER_RULE,
        "A table of people: the post of its 职务 / 现任职务 column is the person's (not 拟任职务)",
        "姓名 | 现任职务 | 拟任职务\n王立新 | 县财政局副局长 | 县财政局局长",
    ),
    (
        SUBGROUP_RULE,
        "A working group's name as a heading or a label, where a document names two or more: a group of its own",
        "一、综合协调组",
    ),
    (
        LEADER_RULE,
        "A 分管领导 cell: the task's supervising leader, and the post the cell gives",
        "1 | 某项工作 | 张立新（副市长）",
    ),
)


def extract(doc: Document) -> Document:
    """The document with every fact the families find in it."""
    doc = replace(doc, rows=read_tables(doc))
    doc = replace(doc, tasks=find_tasks(doc))
    context = Context(doc)
    duty_tasks, assignments = extract_assignments(doc, context)
    groups, memberships = extract_groups(doc, context)
    chains, chain_roles = extract_chains(doc, context)
    named = {a.task for a in assignments}
    appointments = extract_appointments(doc, context)
    supervisions, leader_posts = read_leaders(doc, context.row_task)
    # the systems of chiefs the text names ("把河湖长制…"), the narrowest first: a "区总河长" is in its 河长制
    systems = sorted(set(CHIEF_SYSTEM_RE.findall(doc.text.text)) - set(context.groups), key=lambda s: (len(s), s))
    people, seats = _seats_apart(extract_people(doc, context), [*context.groups, *systems])
    if len(spoken := set(context.groups) | {m.group for m in seats}) == 1:
        people, more = bare_seats(people, spoken.pop())  # "领导小组副组长A、B出席": the one group's
        seats += more
    people += seat_posts(memberships) + leader_posts + roster_posts(doc)  # "项目法人代表：段拥军": a post too
    spoken_of = set(context.groups) | {m.group for m in seats}
    if len(spoken_of) == 1:  # a news report of one group's meeting: the member bodies it names as attending
        seats += attending(doc, spoken_of.pop())
    seats += delegations(doc)  # "A率X考察团赴Y": the team's leaders
    seated = {(m.group, m.member, m.role) for m in memberships}
    memberships += [m for m in seats if (m.group, m.member, m.role) not in seated]
    found = replace(
        doc,
        tasks=keep_tasks(doc.tasks + tuple(duty_tasks), named),
        assignments=tuple(assignments),
        supervisions=tuple(supervisions),
        groups=tuple(groups),
        memberships=tuple(memberships),
        person_posts=tuple(_not_seated(_not_appointed(_with_bodies(people), appointments), memberships)),
        appointments=tuple(appointments),
        chains=tuple(chains),
        chain_roles=tuple(chain_roles),
        concepts=tuple(extract_glossary(doc, context)),
    )
    return in_own_script(found)


CONVENER_RE = re.compile(r"召集人$")  # "联席会议召集人": a seat of a group the document may not name


# a system of chiefs a text names, whose seats ("区总河长") its people hold: "河湖长制", "林长制"
CHIEF_SYSTEM_RE = re.compile(r"(?:河湖|[河湖林田路链])长制")


def _seats_apart(posts: list[PersonPost], groups: Sequence[str]) -> tuple[list[PersonPost], list[Membership]]:
    """A person's posts, and apart from them the seats in groups among them ("市创城指挥部副总指挥林斌",
    "副省长、省国动委副主任聂云凌": 副省长 a post, the seat in the document's 省国防动员委员会 a membership)."""
    kept, seats = [], []
    last: tuple[str, Evidence, str] | None = None  # who sat last, in which sentence, in which group
    for post in posts:
        parts = [(post.org, post.post)] if post.org or "、" not in post.post else _parts(post.post)
        found = [(seat_of(org, held, groups), org, held) for org, held in parts]
        if last and last[:2] == (post.person, post.evidence) and not found[0][0]:
            found[0] = (_seat_after(last[2], *parts[0]), *parts[0])  # "指挥部副指挥长兼办公室主任": the same group's
        last = (post.person, post.evidence, found[-1][0][0]) if found[-1][0] else None
        if not any(seat for seat, _, _ in found):
            kept += [post] if not CONVENER_RE.search(post.post) else []  # a convener's is a seat, never a post
            continue
        seats += [Membership(s[0], post.person, "person", s[1], post.evidence) for s, _, _ in found if s]
        rest = "、".join(held if org is None else org + held for s, org, held in found if not s)
        kept += [replace(post, org=o, post=p) for o, p in posts_held(rest)] if rest else []
    return kept, seats


def _seat_after(group: str, org: str | None, held: str) -> tuple[str, str] | None:
    """A seat named right after a seat in a group, with no group of its own ("…副指挥长兼办公室主任", "…常务副
    主任兼秘书长"): a seat of that group."""
    role = "办公室" + held if org == "办公室" else held
    return (group, role) if org in (None, "办公室") and SEAT_RE.match(role) else None


def _parts(compound: str) -> list[tuple[str | None, str]]:
    """Each part of a compound post with its body, where it names one ("副省长、省国动委副主任")."""
    return [split_org_post(part) or (None, part) for part in compound.split("、")]


def _with_bodies(posts: list[PersonPost]) -> list[PersonPost]:
    """A post stated without its body where the document states it with one ("张副市长…", "市政府副市长张…")
    is that one: the bare duplicate is dropped."""
    bodied = {(p.person, p.post) for p in posts if p.org}
    return [p for p in posts if p.org or (p.person, p.post) not in bodied]


def _not_appointed(posts: list[PersonPost], appointments: list[Appointment]) -> list[PersonPost]:
    """Posts the document does not appoint its holder to or remove from: the appointment states those
    (corpus/ANNOTATION.md, 13)."""
    given = {(a.person, a.post) for a in appointments}

    def stated(p: PersonPost) -> bool:  # "…党组书记、副主任邓科" removed from both: the compound is theirs too
        parts = [post for _, post in split_posts(p.post) or [(None, p.post)]]
        return all((p.person, part) in given for part in parts)

    return [p for p in posts if (p.person, p.post) not in given and not stated(p)]


def _not_seated(posts: list[PersonPost], memberships: list[Membership]) -> list[PersonPost]:
    """Posts with no body that are a group's seats its sentence names ("成立某编委会，主任陈峻": a membership)."""
    inline = (INLINE_SEATS.name, GROUP_LINE_SEATS.name)  # seats named with no colon, which the roll call reads too
    seated = {(m.member, m.role, m.evidence.start) for m in memberships if m.evidence.rule in inline}
    return [p for p in posts if p.org or (p.person, p.post, p.evidence.start) not in seated]


def try_rule(rule: Rule, text: str) -> list[Found]:
    """What one rule finds, on its own, in a text: each line a paragraph, the first line the title
    (a title rule reads the whole text as the title)."""
    doc = document_of("", title=text) if rule.unit == "title" else document_of(text, title=text.split("\n")[0])
    doc = replace(doc, rows=read_tables(doc))
    doc = replace(doc, tasks=find_tasks(doc))
    return find(doc, [rule], Context(doc))
