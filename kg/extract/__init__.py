"""Extractors: pure functions from a Document to records; no I/O, no graph access."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.assignments import extract_assignments
from kg.extract.chains import extract_chain_roles, extract_chains
from kg.extract.glossary import extract_glossary
from kg.extract.groups import extract_groups, seat_posts
from kg.extract.people import extract_people
from kg.model import Document
from kg.segment import keep_tasks


def extract(doc: Document) -> Document:
    """The document with every fact the extractors find in it."""
    duty_tasks, assignments = extract_assignments(doc)
    groups, memberships = extract_groups(doc)
    person_posts, appointments = extract_people(doc)
    named = {a.task for a in assignments}
    return replace(
        doc,
        tasks=keep_tasks(doc.tasks + tuple(duty_tasks), named),
        assignments=tuple(assignments),
        groups=tuple(groups),
        memberships=tuple(memberships),
        person_posts=tuple(person_posts + seat_posts(memberships)),
        appointments=tuple(appointments),
        chains=tuple(extract_chains(doc)),
        chain_roles=tuple(extract_chain_roles(doc)),
        concepts=tuple(extract_glossary(doc)),
    )
