"""Mention linking: the documents and tasks that name a chain (by any of its names) or use a slogan.

A chain is mentioned by the words of its names that name an industry ("…产业链",
"…产业", five characters or more); a slogan by its quoted form ("“合汽生材”") or
its concept's whole label. A document's own glossary does not count as its use.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

import ahocorasick

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


def _concept_words(concept: Concept) -> list[str]:
    """What uses a slogan: its quoted form ("“合汽生材”") or its concept's whole name."""
    return [w for w in (concept.label, *(f"“{s}”" for s in concept.slogans)) if w]


def _chain_words(names: set[str]) -> list[str]:
    return sorted(n for n in names if n.endswith(("产业链", "产业")) and len(n) >= 5)


Target = tuple[str, str | int]  # ("chain", key) or ("concept", its index in the corpus)


def _automaton(patterns: dict[str, list[Target]]) -> ahocorasick.Automaton:
    """One Aho-Corasick automaton over every chain word and slogan: a text is read once for all of them."""
    automaton = ahocorasick.Automaton()
    for word, targets in patterns.items():
        automaton.add_word(word, tuple(targets))
    automaton.make_automaton()
    return automaton


def _first_ends(automaton: ahocorasick.Automaton, text: str) -> dict[Target, int]:
    """Each target the text names, with where its first name ends (matches come in the order they end)."""
    found: dict[Target, int] = {}
    for end, targets in automaton.iter(text):
        for target in targets:
            found.setdefault(target, end)
    return found


def link_mentions(documents: list[Document], chains: Mapping[str, HasNames]) -> list[Mention]:
    """Every (document or task, chain or concept) mention of a corpus: each text read once, whatever the
    number of chains and concepts (Aho-Corasick over all their names)."""
    patterns: defaultdict[str, list[Target]] = defaultdict(list)
    for key, names in chains.items():
        for word in _chain_words(names.names):
            patterns[word].append(("chain", key))
    concepts = [(doc, c) for doc in documents for c in doc.concepts]
    for n, (_, concept) in enumerate(concepts):
        for word in _concept_words(concept):
            patterns[word].append(("concept", n))
    if not patterns:
        return []
    automaton = _automaton(patterns)
    mentions: list[Mention] = []
    for doc in documents:
        found = _first_ends(automaton, doc.text.text)
        for target, end in found.items():
            mention = _mention(doc, None, target, concepts)
            owner, concept = concepts[target[1]] if target[0] == "concept" else (None, None)
            if owner is doc and end >= concept.evidence.start:
                continue  # a document's own glossary does not count as its use
            mentions.append(mention)
        for task in doc.tasks:
            mentions += [_mention(doc, task, target, concepts) for target in _first_ends(automaton, task.text.text)]
    return mentions


def _mention(doc: Document, task: Task | None, target: Target, concepts: list[tuple[Document, Concept]]) -> Mention:
    if target[0] == "chain":
        return Mention(doc, task, chain=str(target[1]))
    return Mention(doc, task, concept=concepts[int(target[1])][1])
