"""The resolution stage: every name of the corpus → one node per real body, chain and enterprise.

Organizations: a name is read as (place prefix, core) (kg.names); the same
core under the same place is one body, so 发改委, 发展改革委 and 发展和改革委员会
are one node, and the prefix "运城市" is the same as "市" in a gazette whose
issuer is 运城市's. Two bodies with different cores (市委宣传部, 市委统战部) or
prefixes (市卫健委, 县级卫健部门) never merge. Chains: one node per chain key
("精品钢产业链" and "精品钢产业" are one). Enterprises: one node per name a
chain role gives, with the other names of the same company. Mentions of chains
and slogans are linked here too (kg.mentions). The graph stage only emits.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from kg.extract.chains import chain_key
from kg.mentions import MentionFinder, concept_key
from kg.model import Concept, Document
from kg.names import FORMS, SECOND_NAME_RE, canonical_core, city_of, clean_name, split_place
from kg.reading import simplified


@dataclass
class OrgNode:
    """One real body: its key, the names it was written with, and how often."""

    key: tuple[str, str]
    names: Counter[str] = field(default_factory=Counter)
    extra: set[str] = field(default_factory=set)  # other names it is known by

    @property
    def label(self) -> str:
        """The form the texts use most; ties go to the shorter, then the first in order."""
        return min(self.names, key=lambda n: (-self.names[n], len(n), n))

    @property
    def alt_labels(self) -> list[str]:
        label = self.label
        return sorted((set(self.names) | self.extra) - {label})


class OrgResolver:
    """Resolves names to OrgNodes; the same body gets the same node across documents.

    Names are added first (``add``), so that a second name given in brackets
    anywhere ("市工信局（市国资委）") also claims the bare mentions of that
    second name; then ``node`` answers for any name added.
    """

    def __init__(self) -> None:
        self.nodes: dict[tuple[str, str], OrgNode] = {}
        self.same_as: dict[tuple[str, str], tuple[str, str]] = {}

    def key(self, name: str, city: str | None = None) -> tuple[str, str]:
        key = _mention(name, city).key
        return self.same_as.get(key, key)

    def add(self, name: str, city: str | None = None) -> None:
        """Record one mention of a name."""
        second = _mention(name, city).second
        if second is not None and second[1] not in self.same_as:
            self.same_as[second[1]] = second[0]
        self.resolve(name, city)

    def resolve(self, name: str, city: str | None = None) -> OrgNode:
        mention = _mention(name, city)
        key = self.same_as.get(mention.key, mention.key)
        node = self.nodes.get(key)
        if node is None:
            node = self.nodes[key] = OrgNode(key)
        node.names[mention.name] += 1
        node.extra |= _other_names(mention.name, key)
        return node

    def merged(self) -> dict[tuple[str, str], OrgNode]:
        """The nodes after second names claimed their bare mentions."""
        out: dict[tuple[str, str], OrgNode] = {}
        for key, node in self.nodes.items():
            target = self.same_as.get(key, key)
            into = out.setdefault(target, OrgNode(target))
            into.names.update(node.names)
            into.extra |= node.extra
        return out


class _Mention(NamedTuple):
    """What one written name of a body gives the resolution, whatever else the corpus names."""

    name: str  # as written, cleaned
    key: tuple[str, str]  # the body's key by this name alone
    # a second name in brackets ("市工信局（市国资委）"): (the first name's key, the second name's key), the second
    # claimed by the first as the same body
    second: tuple[tuple[str, str], tuple[str, str]] | None


@lru_cache(maxsize=1 << 16)
def _mention(name: str, city: str | None) -> _Mention:
    """A name's key and second name, worked out once per name and city: a corpus names one body again and
    again."""
    name = clean_name(name)
    m = SECOND_NAME_RE.match(name)
    second = None
    if m:
        first = _key(m["first"], city)
        second_name = m["second"] if split_place(m["second"])[0] else split_place(m["first"])[0] + m["second"]
        if (key := _key(second_name, city)) != first:
            second = first, key
    return _Mention(name, _key(m["first"] if m else name, city), second)


def _key(name: str, city: str | None) -> tuple[str, str]:
    place, core = split_place(simplified(name))  # 發展改革委 and 发展改革委 are one body
    if city and place in (home := simplified(city), home[-1]):
        place = home  # "市" in 运城's gazette is 运城市: another city's 市发展改革委 is another body
    return place, canonical_core(core)


@lru_cache(maxsize=1 << 16)
def _other_names(name: str, key: tuple[str, str]) -> frozenset[str]:
    """The names the same body has by the lexicon and by a second name in brackets."""
    names: set[str] = {simplified(name)}
    m = SECOND_NAME_RE.match(name)
    if m:
        place, _ = split_place(m["first"])
        second = m["second"]
        names |= {m["first"], second if split_place(second)[0] else place + second}
    place, core = key
    written = split_place(simplified(name))[0]  # "市" when the text says 市发展改革委 in its own city
    for at in {place, written} if written == place[-1:] else {place}:
        names.update(at + form for form in FORMS.get(core, ()))
    return frozenset(n for n in names if n != name)


@dataclass
class Names:
    """The names one chain or enterprise is given across the corpus, and the one it is labelled with."""

    label: str | None = None
    names: set[str] = field(default_factory=set)

    def best_label(self) -> str:
        """The label the text gave it, else its shortest name."""
        return self.label or min(self.names, key=lambda n: (len(n), n))


@dataclass
class Resolution:
    """Every name of a corpus resolved."""

    orgs: OrgResolver
    nodes: dict[tuple[str, str], OrgNode]
    chains: dict[str, Names]  # chain key → names
    enterprises: dict[str, Names]  # the name a role gives → names
    concepts: dict[str, Concept]  # a concept's key → the first document's definition of it

    def org(self, name: str, city: str | None) -> OrgNode:
        return self.nodes[self.orgs.key(name, city)]

    def mentions(self) -> MentionFinder:
        """What finds the mentions of this corpus's chains and concepts in a document."""
        return MentionFinder(self.chains, self.concepts)


@dataclass(frozen=True)
class DocNames:
    """What one document gives the resolution: the bodies, chains, enterprises and concepts it names (a few
    KB, where the document with its text is a few hundred: a corpus is resolved without holding its texts)."""

    city: str | None
    orgs: tuple[str, ...]
    chains: tuple[tuple[str, tuple[str, ...]], ...]  # (name, aliases) of each chain it describes
    roles: tuple[tuple[str, tuple[str, ...], str | None], ...]  # (enterprise, aliases, chain) of each 链主 role
    concepts: tuple[Concept, ...]


def names_of(doc: Document) -> DocNames:
    names = [*doc.issuers, *([doc.interpreter] if doc.interpreter else [])]
    names += [a.actor for a in doc.assignments if not a.person]
    names += [g.name for g in doc.groups] + [m.group for m in doc.memberships]
    names += [m.member for m in doc.memberships if m.member_type == "org"]
    names += [p.org for p in doc.person_posts if p.org] + [a.org for a in doc.appointments if a.org]
    chains = tuple((c.name, tuple(c.aliases)) for c in doc.chains)
    roles = tuple((r.enterprise, tuple(r.aliases), r.chain) for r in doc.chain_roles)
    return DocNames(city_of(doc.issuers), tuple(names), chains, roles, doc.concepts)


class Resolver:
    """The resolution of a corpus, document by document (every document first, so that second names can
    claim their mentions anywhere), then :meth:`finish`."""

    def __init__(self) -> None:
        self.orgs = OrgResolver()
        self.chains: dict[str, Names] = {}
        self.enterprises: dict[str, Names] = {}
        self.concepts: dict[str, Concept] = {}

    def add(self, doc: DocNames) -> None:
        for name in doc.orgs:
            self.orgs.add(name, doc.city)
        for name, aliases in doc.chains:
            names = self.chains.setdefault(chain_key(simplified(name)), Names())
            names.label = name  # a described chain names itself
            names.names.update((name, *aliases))
        for enterprise, aliases, chain in doc.roles:
            company = self.enterprises.setdefault(enterprise, Names(enterprise))
            company.names.update((enterprise, *aliases))
            if chain:
                self.chains.setdefault(chain_key(simplified(chain)), Names()).names.add(chain)
        for concept in doc.concepts:
            self.concepts.setdefault(concept_key(concept), concept)

    def finish(self) -> Resolution:
        return Resolution(self.orgs, self.orgs.merged(), self.chains, self.enterprises, self.concepts)


def resolve(documents: Iterable[Document]) -> Resolution:
    """Resolve the names of every document."""
    resolver = Resolver()
    for doc in documents:
        resolver.add(names_of(doc))
    return resolver.finish()
