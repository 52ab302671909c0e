"""Mention linking: the documents and tasks that name a chain (by any of its names) or use a slogan.

A chain is mentioned by the words of its names that name an industry ("…产业链",
"…产业", five characters or more); a slogan by its quoted form ("“合汽生材”") or
its concept's whole label. A document's own glossary does not count as its use.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

from kg.model import Concept, Document, Task


class HasNames(Protocol):
    names: set[str]


@dataclass(frozen=True)
class Mention:
    """A document (and, if given, one of its tasks) that names a chain (by key) or a concept."""

    doc: Document
    task: Task | None
    chain: str | None = None
    concept: Concept | None = None


def uses_slogan(text: str, concept: Concept) -> bool:
    """Does a text use the slogan ("“合汽生材”") or the concept's whole name?"""
    if concept.label in text:
        return True
    return any(f"“{s}”" in text for s in concept.slogans)


def _chain_words(names: set[str]) -> list[str]:
    return sorted(n for n in names if n.endswith(("产业链", "产业")) and len(n) >= 5)


def link_mentions(documents: list[Document], chains: Mapping[str, HasNames]) -> list[Mention]:
    """Every (document or task, chain or concept) mention of a corpus."""
    mentions: list[Mention] = []
    words = {key: _chain_words(names.names) for key, names in chains.items()}
    for doc in documents:
        for key, chain_words in words.items():
            if any(w in doc.text.text for w in chain_words):
                mentions.append(Mention(doc, None, chain=key))
            mentions += [Mention(doc, t, chain=key) for t in doc.tasks if any(w in t.text.text for w in chain_words)]
    concepts = [(doc, c) for doc in documents for c in doc.concepts]
    for owner, concept in concepts:
        for doc in documents:
            glossary_at = concept.evidence.start if doc is owner else len(doc.text)
            if uses_slogan(doc.text.text[:glossary_at], concept):
                mentions.append(Mention(doc, None, concept=concept))
            mentions += [Mention(doc, t, concept=concept) for t in doc.tasks if uses_slogan(t.text.text, concept)]
    return mentions
