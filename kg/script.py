"""Facts in the document's own script: a Traditional document's records are written back in Traditional.

Extraction reads every text in Simplified script (the rules and the lexicon are
written in it); a document remembers how its input writes each character that
conversion changed (kg.reading.script_of). Once its facts are found, every
string of its records is written back that way, so that a user of a Traditional
gazette reads its own words; names keep their Simplified forms as aliases
(kg.resolve, kg.graph).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from kg.mapped import MappedText
from kg.model import Assignment, Document

# fields that are not the text's words: offsets, keys, and the controlled vocabularies of roles and actions
KEPT = frozenset(
    ("source", "text", "paragraphs", "sentences", "body_start", "script", "key", "task", "parent", "action")
)
KEPT_BY_TYPE = {Assignment: frozenset(("role",))}  # 牵头 / 配合 / 负责 name gov:Lead, gov:Support, gov:Responsible


def _written(value: Any, table: dict[int, str]) -> Any:
    if isinstance(value, str):
        return value.translate(table)
    if isinstance(value, MappedText):
        return MappedText(value.text.translate(table), value.pos)
    if isinstance(value, tuple):
        return tuple(_written(v, table) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _record(value, table)
    return value


def _record(record: Any, table: dict[int, str]) -> Any:
    kept = KEPT | KEPT_BY_TYPE.get(type(record), frozenset())
    changes = {
        f.name: _written(getattr(record, f.name), table) for f in dataclasses.fields(record) if f.name not in kept
    }
    return dataclasses.replace(record, **changes)


def in_own_script(doc: Document) -> Document:
    """The document, its title and all its records in the script its input is written in."""
    if not doc.script:
        return doc
    return _record(doc, str.maketrans(doc.script))
