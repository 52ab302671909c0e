"""Extractors: pure functions from a Document to records; no I/O, no graph access."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.assignments import extract_assignments
from kg.model import Document


def extract(doc: Document) -> Document:
    """The document with every fact the extractors find in it."""
    duty_tasks, assignments = extract_assignments(doc)
    return replace(doc, tasks=doc.tasks + tuple(duty_tasks), assignments=tuple(assignments))
