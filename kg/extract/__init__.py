"""Extraction: every family's rules over a document, in one order; no I/O, no graph access.

The tasks family reads the numbered headings first; the document's context
(the groups it sets up, their short names, its sections) is read once; then
each family finds, decides and records its facts. ``FAMILIES`` lists every
rule table, for ``kg rules`` and for the test that runs every rule on its
examples.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.appointments import APPOINTMENTS, extract_appointments
from kg.extract.assignments import ASSIGNMENTS, extract_assignments
from kg.extract.chains import CHAINS, extract_chains
from kg.extract.context import Context
from kg.extract.glossary import GLOSSARY, extract_glossary
from kg.extract.groups import GROUPS, extract_groups, seat_posts
from kg.extract.leaders import RULE as LEADER_RULE
from kg.extract.leaders import read_leaders
from kg.extract.posts import PEOPLE, extract_people
from kg.extract.tables import read_tables
from kg.extract.tasks import find_tasks, keep_tasks
from kg.headings import TASKS
from kg.model import Appointment, Document, PersonPost
from kg.rules import Family, Found, Rule, find
from kg.script import in_own_script
from kg.segment import document_of

FAMILIES: tuple[Family, ...] = (TASKS, ASSIGNMENTS, GROUPS, PEOPLE, APPOINTMENTS, CHAINS, GLOSSARY)
# What tables give, read by column rather than by a pattern: (rule name, what it reads, an example row).
TABLE_READERS = (
    (
        "tasks.table-row",
        "A table row with a task cell: a task under the section above it",
        "1 | 推进某项工作 | 市财政局",
    ),
    ("tasks.table-section", "A table row of one cell across the table: a section over the rows below it", "重点领域"),
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
    people = extract_people(doc, context) + seat_posts(memberships) + leader_posts
    found = replace(
        doc,
        tasks=keep_tasks(doc.tasks + tuple(duty_tasks), named),
        assignments=tuple(assignments),
        supervisions=tuple(supervisions),
        groups=tuple(groups),
        memberships=tuple(memberships),
        person_posts=tuple(_not_appointed(people, appointments)),
        appointments=tuple(appointments),
        chains=tuple(chains),
        chain_roles=tuple(chain_roles),
        concepts=tuple(extract_glossary(doc, context)),
    )
    return in_own_script(found)


def _not_appointed(posts: list[PersonPost], appointments: list[Appointment]) -> list[PersonPost]:
    """Posts the document does not appoint its holder to: the appointment states those (corpus/ANNOTATION.md, 13)."""
    given = {(a.person, a.post) for a in appointments if a.action == "任命"}
    return [p for p in posts if (p.person, p.post) not in given]


def try_rule(rule: Rule, text: str) -> list[Found]:
    """What one rule finds, on its own, in a text: each line a paragraph, the first line the title
    (a title rule reads the whole text as the title)."""
    doc = document_of("", title=text) if rule.unit == "title" else document_of(text, title=text.split("\n")[0])
    doc = replace(doc, rows=read_tables(doc))
    doc = replace(doc, tasks=find_tasks(doc))
    return find(doc, [rule], Context(doc))
