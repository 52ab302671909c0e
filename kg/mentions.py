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


Target = tuple[str, str]  # ("chain", its key) or ("concept", the key of its node: its slogan or label)


def concept_key(concept: Concept) -> str:
    """The one node a concept is, whichever document defines it: its first slogan, else its label."""
    return concept.slogans[0] if concept.slogans else concept.label


def _automaton(patterns: dict[str, set[Target]]) -> ahocorasick.Automaton:
    """One Aho-Corasick automaton over every chain word and slogan: a text is read once for all of them."""
    automaton = ahocorasick.Automaton()
    for word, targets in patterns.items():
        automaton.add_word(word, tuple(sorted(targets)))
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
    number of chains and concepts (Aho-Corasick over all their names), each chain and concept once per text."""
    patterns: defaultdict[str, set[Target]] = defaultdict(set)
    for key, names in chains.items():
        for word in _chain_words(names.names):
            patterns[word].add(("chain", key))
    concepts: dict[str, Concept] = {}
    for concept in (c for doc in documents for c in doc.concepts):
        key = concept_key(concept)
        concepts.setdefault(key, concept)
        for word in _concept_words(concept):
            patterns[word].add(("concept", key))
    if not patterns:
        return []
    automaton = _automaton(patterns)
    mentions: list[Mention] = []
    for doc in documents:
        glossary = {}  # a concept this document defines → where its definition starts: no use from there on
        for concept in doc.concepts:
            glossary[concept_key(concept)] = min(
                glossary.get(concept_key(concept), len(doc.text)), concept.evidence.start
            )
        for target, end in _first_ends(automaton, doc.text.text).items():
            if target[0] == "concept" and end >= glossary.get(target[1], len(doc.text)):
                continue  # a document's own glossary does not count as its use
            mentions.append(_mention(doc, None, target, concepts))
        for task in doc.tasks:
            mentions += [_mention(doc, task, target, concepts) for target in _first_ends(automaton, task.text.text)]
    return mentions


def _mention(doc: Document, task: Task | None, target: Target, concepts: dict[str, Concept]) -> Mention:
    if target[0] == "chain":
        return Mention(doc, task, chain=target[1])
    return Mention(doc, task, concept=concepts[target[1]])
