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
from kg.model import Assignment, Document, Evidence
from kg.reading import traditional

# fields that are not the text's words: offsets, keys, and the controlled vocabularies of roles and actions
KEPT = frozenset(
    ("source", "text", "paragraphs", "sentences", "body_start", "script", "original", "rows", "key", "task", "parent")
    + ("action",)
)
KEPT_BY_TYPE = {Assignment: frozenset(("role",))}  # 牵头 / 配合 / 负责 name gov:Lead, gov:Support, gov:Responsible


TRADITIONAL_MIN = 20  # characters a text writes in Traditional form, at least, for it to be a Traditional text


class _Writer:
    """Writes a document's strings back as its input writes them: a string the text holds is copied from
    the text as written; any other (a name completed from a list) is written character by character."""

    def __init__(self, doc: Document) -> None:
        self.table = str.maketrans(doc.script)
        self.traditional = len(doc.script) >= TRADITIONAL_MIN  # not a Simplified text with a few old forms
        self.text = doc.text.text
        self.original = doc.original or self.text.translate(self.table)
        self.cache: dict[str, str] = {}

    def string(self, value: str) -> str:
        written = self.cache.get(value)
        if written is None:
            at = self.text.find(value) if value else -1
            written = self.original[at : at + len(value)] if at >= 0 else value.translate(self.table)
            if at < 0 and self.traditional:
                written = traditional(written)  # "成员单位": every character, not only those the text holds
            self.cache[value] = written
        return written

    def value(self, value: Any) -> Any:
        if isinstance(value, str):
            return self.string(value)
        if isinstance(value, MappedText):
            return MappedText(self.string(value.text), value.pos)
        if isinstance(value, tuple):
            return tuple(self.value(v) for v in value)
        if isinstance(value, Evidence):
            return dataclasses.replace(value, quote=self.original[value.start : value.end])
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            return self.record(value)
        return value

    def record(self, record: Any) -> Any:
        kept = KEPT | KEPT_BY_TYPE.get(type(record), frozenset())
        fields = dataclasses.fields(record)
        return dataclasses.replace(
            record, **{f.name: self.value(getattr(record, f.name)) for f in fields if f.name not in kept}
        )


def in_own_script(doc: Document) -> Document:
    """The document, its title and all its records in the script its input is written in."""
    if not doc.script:
        return doc
    return _Writer(doc).record(doc)
