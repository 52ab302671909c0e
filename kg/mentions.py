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


class MentionFinder:
    """The mentions of a corpus's chains and concepts in any of its documents: each text read once, whatever
    the number of chains and concepts (Aho-Corasick over all their names), each chain and concept once per
    text. It travels to worker processes as its words; the automaton is made where it is used."""

    def __init__(self, chains: Mapping[str, HasNames], concepts: Mapping[str, Concept]) -> None:
        patterns: defaultdict[str, set[Target]] = defaultdict(set)
        for key, names in chains.items():
            for word in _chain_words(names.names):
                patterns[word].add(("chain", key))
        for key, concept in concepts.items():
            for word in _concept_words(concept):
                patterns[word].add(("concept", key))
        self.patterns = dict(patterns)
        self.concepts = dict(concepts)
        self._automaton: ahocorasick.Automaton | None = None

    def __getstate__(self) -> dict[str, object]:
        return {"patterns": self.patterns, "concepts": self.concepts, "_automaton": None}

    def of(self, doc: Document) -> list[Mention]:
        """Every (document or task, chain or concept) mention in one document."""
        if not self.patterns:
            return []
        if self._automaton is None:
            self._automaton = _automaton(self.patterns)
        glossary = {}  # a concept this document defines → where its definition starts: no use from there on
        for concept in doc.concepts:
            glossary[concept_key(concept)] = min(
                glossary.get(concept_key(concept), len(doc.text)), concept.evidence.start
            )
        mentions: list[Mention] = []
        for target, end in _first_ends(self._automaton, doc.text.text).items():
            if target[0] == "concept" and end >= glossary.get(target[1], len(doc.text)):
                continue  # a document's own glossary does not count as its use
            mentions.append(self._mention(doc, None, target))
        for task in doc.tasks:
            mentions += [self._mention(doc, task, target) for target in _first_ends(self._automaton, task.text.text)]
        return mentions

    def _mention(self, doc: Document, task: Task | None, target: Target) -> Mention:
        if target[0] == "chain":
            return Mention(doc, task, chain=target[1])
        return Mention(doc, task, concept=self.concepts[target[1]])
