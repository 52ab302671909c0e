"""Records → RDF triples with deterministic IRIs; Turtle written sorted and atomically.

The graph is built as a set of pyoxigraph triples and serialised by
pyoxigraph, sorted, so the same input gives byte-identical Turtle on every run
and machine (pyoxigraph writes Turtle far faster than rdflib; see
benchmarks/bench_build.py).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox
from rdflib.namespace import DCTERMS, FOAF, ORG, PROV, RDF, RDFS, SKOS, XSD

from kg.extract.chains import chain_key
from kg.extract.glossary import mentions
from kg.files import serialize, sort_triples
from kg.model import (
    Appointment,
    Assignment,
    Chain,
    ChainRole,
    Concept,
    Document,
    Evidence,
    Group,
    Membership,
    PersonPost,
    Task,
)
from kg.ontology import GOV, ID_IRI, ROLE_EDGES, ROLE_WORDS
from kg.resolve import OrgNode, OrgResolver, city_of, org_kind

ROLE_BY_WORD = {word: role for role, word in ROLE_WORDS.items()}
GLOSSARY_IRI = f"{ID_IRI}glossary"

# characters an IRI may not hold (RFC 3987 and Turtle's IRIREF), plus the
# reserved ones that would change an IRI's structure
_IRI_UNSAFE_RE = re.compile(r"[\x00-\x20<>\"{}|\\^`#?%/\[\]@:&=+$,;'!*]")


def iri_segment(text: str) -> str:
    """A readable, valid IRI path segment: Chinese stays, unsafe characters are %-encoded."""
    return _IRI_UNSAFE_RE.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode()), text)


def node(iri: object) -> ox.NamedNode:
    return ox.NamedNode(str(iri))


def digest(*parts: str) -> str:
    """A short content hash for fact nodes, which have no name of their own."""
    return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:16]


def doc_iri(doc: Document) -> str:
    if doc.number:
        return f"{ID_IRI}doc/{iri_segment(doc.number)}"
    return f"{ID_IRI}doc/{iri_segment(Path(doc.source).stem)}/{iri_segment(doc.title)}"


def task_iri(doc: Document, task: Task) -> str:
    return f"{doc_iri(doc)}/task/{iri_segment(task.key)}"


def org_iri(name: str) -> str:
    return f"{ID_IRI}org/{iri_segment(name)}"


_A = node(RDF.type)
_LABEL = node(RDFS.label)


class GraphBuilder:
    """Collects triples; every method is idempotent, so facts merge by IRI."""

    def __init__(self, resolver: OrgResolver | None = None) -> None:
        self.triples: set[ox.Triple] = set()
        self.resolver = resolver or OrgResolver()
        self._org_nodes: dict[tuple[str, str], OrgNode] | None = None
        self.chain_names: dict[str, set[str]] = {}
        self.chain_labels: dict[str, str] = {}
        self.enterprise_names: dict[str, set[str]] = {}
        self.enterprise_labels: dict[str, str] = {}
        self.concepts: list[tuple[ox.NamedNode, Concept]] = []

    def add(self, s: ox.NamedNode | ox.BlankNode, p: object, o: ox.NamedNode | ox.Literal) -> None:
        self.triples.add(ox.Triple(s, p if isinstance(p, ox.NamedNode) else node(p), o))

    def text(self, s: ox.NamedNode, p: object, value: str, lang: str = "zh") -> None:
        self.add(s, p, ox.Literal(value, language=lang))

    def typed(self, s: ox.NamedNode, p: object, value: object, datatype: object) -> None:
        self.add(s, p, ox.Literal(str(value), datatype=node(datatype)))

    def organization(self, name: str, city: str | None = None, aliases: tuple[str, ...] = ()) -> ox.NamedNode:
        """The node of the body a name resolves to (names must have been added first)."""
        if self._org_nodes is None:
            self._org_nodes = self.resolver.merged()
        key = self.resolver.key(name, city)
        org_node = self._org_nodes[key]
        org = node(org_iri("".join(key)))
        label = org_node.label
        self.add(org, _A, node(org_kind(label)))
        self.text(org, _LABEL, label)
        for alt in (*org_node.alt_labels, *aliases):
            if alt != label:
                self.text(org, SKOS.altLabel, alt)
        return org

    def person(self, name: str) -> ox.NamedNode:
        p = node(f"{ID_IRI}person/{iri_segment(name)}")
        self.add(p, _A, node(FOAF.Person))
        self.text(p, _LABEL, name)
        self.text(p, FOAF.name, name)
        return p

    def document(self, doc: Document) -> ox.NamedNode:
        d = node(doc_iri(doc))
        city = city_of(doc.issuers)
        self.add(d, _A, node(GOV.Document))
        self.text(d, _LABEL, doc.title)
        self.text(d, DCTERMS.title, doc.title)
        self.add(d, node(DCTERMS.source), ox.Literal(doc.source))
        if doc.number:
            self.add(d, node(DCTERMS.identifier), ox.Literal(doc.number))
        if doc.date:
            self.typed(d, DCTERMS.issued, doc.date, XSD.date)
        for issuer in doc.issuers:
            self.add(d, node(DCTERMS.publisher), self.organization(issuer, city))
        if doc.interpreter:
            self.add(d, node(GOV.interpretedBy), self.organization(doc.interpreter, city))
        tasks = {task.key: task for task in doc.tasks}
        for task in doc.tasks:
            self.task(doc, d, task, tasks)
        for assignment in doc.assignments:
            self.assignment(doc, d, assignment, city)
        for group in doc.groups:
            self.group(d, group, city)
        for membership in doc.memberships:
            self.membership(doc, d, membership, city)
        for pp in doc.person_posts:
            self.person_post(pp, city)
        for appointment in doc.appointments:
            self.appointment(d, appointment, city)
        for chain in doc.chains:
            self.chain(doc, d, chain)
        for role in doc.chain_roles:
            self.chain_role(d, role)
        for concept in doc.concepts:
            self.concept(concept)
        return d

    def chain_node(self, name: str, aliases: tuple[str, ...] = ()) -> ox.NamedNode:
        key = chain_key(name)
        c = node(f"{ID_IRI}chain/{iri_segment(key)}")
        self.chain_names.setdefault(c.value, set()).update((name, *aliases))
        self.add(c, _A, node(GOV.IndustrialChain))
        return c

    def chain(self, doc: Document, d: ox.NamedNode, chain: Chain) -> ox.NamedNode:
        c = self.chain_node(chain.name, chain.aliases)
        self.chain_labels[c.value] = chain.name  # a described chain names itself
        for seq, stages in enumerate(chain.sequences, 1):
            for pos, stage in enumerate(stages, 1):
                s = node(f"{c.value}/stage/{seq}-{pos}")
                self.add(s, _A, node(GOV.ChainStage))
                self.text(s, _LABEL, stage)
                self.typed(s, GOV.sequence, seq, XSD.integer)
                self.typed(s, GOV.position, pos, XSD.integer)
                self.add(c, node(GOV.hasStage), s)
        if chain.products:
            self.text(c, GOV.products, chain.products)
        if chain.goal:
            self.text(c, GOV.goal, chain.goal)
        self.add(d, node(GOV.mentions), c)
        tasks = {t.key: t for t in doc.tasks}
        if chain.task in tasks:
            self.add(node(task_iri(doc, tasks[chain.task])), node(GOV.mentions), c)
        self.text(c, GOV.evidence, chain.evidence.quote)
        return c

    def chain_role(self, d: ox.NamedNode, role: ChainRole) -> ox.NamedNode:
        enterprise = node(org_iri(role.enterprise))
        self.add(enterprise, _A, node(GOV.Enterprise))
        self.enterprise_names.setdefault(enterprise.value, set()).update((role.enterprise, *role.aliases))
        self.enterprise_labels.setdefault(enterprise.value, role.enterprise)
        fact = node(f"{ID_IRI}chainrole/{digest(enterprise.value, role.role, role.chain or '')}")
        self.add(fact, _A, node(GOV.ChainRole))
        self.add(fact, node(GOV.enterprise), enterprise)
        self.add(fact, node(GOV.roleLabel), ox.Literal(role.role, language="zh"))
        if role.chain:
            self.add(fact, node(GOV.chain), self.chain_node(role.chain))
        self.provenance(fact, d, role.evidence)
        return fact

    def concept(self, concept: Concept) -> ox.NamedNode:
        key = concept.slogans[0] if concept.slogans else concept.label
        c = node(f"{ID_IRI}concept/{iri_segment(key)}")
        scheme = node(GLOSSARY_IRI)
        self.add(scheme, _A, node(SKOS.ConceptScheme))
        self.text(scheme, _LABEL, "govkg 政策术语表")
        self.add(c, _A, node(SKOS.Concept))
        self.add(c, node(SKOS.inScheme), scheme)
        self.text(c, _LABEL, concept.label)
        self.text(c, SKOS.prefLabel, concept.label)
        for slogan in concept.slogans:
            if slogan != concept.label:
                self.text(c, SKOS.altLabel, slogan)
        self.text(c, SKOS.definition, concept.definition)
        for part in concept.parts:
            self.text(c, GOV.part, part)
        self.concepts.append((c, concept))
        return c

    def finish(self, documents: list[Document]) -> None:
        """What needs every document first: labels of chains and enterprises, chain and slogan mentions."""
        for iri, names in self.chain_names.items():
            label = self.chain_labels.get(iri) or min(names, key=lambda n: (len(n), n))
            self.text(node(iri), _LABEL, label)
            for name in sorted(names - {label}):
                self.text(node(iri), SKOS.altLabel, name)
        for iri, names in self.enterprise_names.items():
            label = self.enterprise_labels[iri]
            self.text(node(iri), _LABEL, label)
            for name in sorted(names - {label}):
                self.text(node(iri), SKOS.altLabel, name)
        # a task or document that names a chain (by any of its names) mentions it
        chain_words = {
            iri: sorted(n for n in names if n.endswith(("产业链", "产业")) and len(n) >= 5)
            for iri, names in self.chain_names.items()
        }
        for doc in documents:
            for iri, words in chain_words.items():
                if any(w in doc.text.text for w in words):
                    self.add(node(doc_iri(doc)), node(GOV.mentions), node(iri))
                for task in doc.tasks:
                    if any(w in task.text.text for w in words):
                        self.add(node(task_iri(doc, task)), node(GOV.mentions), node(iri))
        for c, concept in self.concepts:
            for doc in documents:
                glossary_at = concept.evidence.start if concept in doc.concepts else len(doc.text)
                if mentions(doc.text.text[:glossary_at], concept):
                    self.add(node(doc_iri(doc)), node(GOV.mentions), c)
                for task in doc.tasks:
                    if mentions(task.text.text, concept):
                        self.add(node(task_iri(doc, task)), node(GOV.mentions), c)

    def provenance(self, fact: ox.NamedNode, d: ox.NamedNode, evidence: Evidence) -> None:
        self.add(fact, node(PROV.wasDerivedFrom), d)
        self.text(fact, GOV.evidence, evidence.quote)
        self.typed(fact, GOV.sourceStart, evidence.raw_start, XSD.integer)
        self.typed(fact, GOV.sourceEnd, evidence.raw_end, XSD.integer)
        self.add(fact, node(GOV.rule), ox.Literal(evidence.rule))

    def group(self, d: ox.NamedNode, group: Group, city: str | None) -> ox.NamedNode:
        g = self.organization(group.name, city, group.aliases)
        self.add(g, node(GOV.establishedBy), d)
        if group.duties:
            self.text(g, GOV.duties, group.duties)
        return g

    def post(self, label: str, person: ox.NamedNode | None = None, org: ox.NamedNode | None = None) -> ox.NamedNode:
        p = node(f"{ID_IRI}post/{digest(label, person.value if person else '', org.value if org else '')}")
        self.add(p, _A, node(ORG.Post))
        self.text(p, _LABEL, label)
        if person is not None:
            self.add(p, node(ORG.heldBy), person)
            self.add(person, node(ORG.holds), p)
        if org is not None:
            self.add(p, node(ORG.postIn), org)
        return p

    def role(self, word: str) -> ox.NamedNode:
        r = node(f"{ID_IRI}role/{iri_segment(word)}")
        self.add(r, _A, node(ORG.Role))
        self.text(r, _LABEL, word)
        return r

    def membership(self, doc: Document, d: ox.NamedNode, m: Membership, city: str | None) -> ox.NamedNode:
        aliases = next((g.aliases for g in doc.groups if g.name == m.group), ())
        group = self.organization(m.group, city, aliases)
        if m.member_type == "person":
            member = self.person(m.member)
        elif m.member_type == "org":
            member = self.organization(m.member, city)
        else:
            member = self.post(m.member)
        fact = node(f"{ID_IRI}membership/{digest(group.value, member.value, m.role)}")
        self.add(fact, _A, node(ORG.Membership))
        self.add(fact, node(ORG.organization), group)
        self.add(fact, node(ORG.member), member)
        self.add(fact, node(ORG.role), self.role(m.role))
        self.provenance(fact, d, m.evidence)
        return fact

    def person_post(self, pp: PersonPost, city: str | None) -> ox.NamedNode:
        person = self.person(pp.person)
        org = self.organization(pp.org, city) if pp.org else None
        post = self.post(pp.post, person, org)
        self.text(post, GOV.evidence, pp.evidence.quote)
        return post

    def appointment(self, d: ox.NamedNode, a: Appointment, city: str | None) -> ox.NamedNode:
        person = self.person(a.person)
        org = self.organization(a.org, city) if a.org else None
        action = GOV.Appoint if a.action == "任命" else GOV.Remove
        fact = node(f"{ID_IRI}appointment/{digest(d.value, person.value, a.action, org.value if org else '', a.post)}")
        self.add(fact, _A, node(GOV.Appointment))
        self.add(fact, node(GOV.person), person)
        self.add(fact, node(GOV.action), node(action))
        if org is not None:
            self.add(fact, node(ORG.organization), org)
        self.text(fact, GOV.post, a.post)
        if a.probation:
            self.text(fact, GOV.probation, a.probation)
        if a.date:
            self.typed(fact, DCTERMS.date, a.date, XSD.date)
        self.provenance(fact, d, a.evidence)
        return fact

    def task(self, doc: Document, d: ox.NamedNode, task: Task, tasks: dict[str, Task]) -> ox.NamedNode:
        t = node(task_iri(doc, task))
        self.add(t, _A, node(GOV.Task))
        self.text(t, _LABEL, task.heading)
        self.text(t, GOV.text, task.text.text)
        self.add(t, node(DCTERMS.isPartOf), d)
        start, end = task.evidence_span
        self.typed(t, GOV.sourceStart, start, XSD.integer)
        self.typed(t, GOV.sourceEnd, end, XSD.integer)
        if task.parent in tasks:
            self.add(t, node(GOV.subTaskOf), node(task_iri(doc, tasks[task.parent])))
        return t

    def assignment(self, doc: Document, d: ox.NamedNode, a: Assignment, city: str | None) -> ox.NamedNode:
        role = ROLE_BY_WORD[a.role]
        task = next(t for t in doc.tasks if t.key == a.task)
        t = node(task_iri(doc, task))
        actor = self.person(a.actor) if a.person else self.organization(a.actor, city, a.aliases)
        fact = node(f"{ID_IRI}assignment/{digest(t.value, a.role, actor.value, a.scope or '')}")
        self.add(fact, _A, node(GOV.Assignment))
        self.add(fact, node(GOV.actor), actor)
        self.add(fact, node(GOV.task), t)
        self.add(fact, node(GOV.role), node(role))
        if a.scope:
            self.text(fact, GOV.scope, a.scope)
        self.provenance(fact, d, a.evidence)
        self.add(actor, node(ROLE_EDGES[role]), t)
        return fact

    def turtle(self) -> bytes:
        return serialize(sort_triples(self.triples))


def build_graph(documents: Iterable[Document]) -> GraphBuilder:
    documents = list(documents)
    resolver = OrgResolver()
    for doc in documents:  # every name first, so that second names can claim their mentions
        city = city_of(doc.issuers)
        for name in (*doc.issuers, *([doc.interpreter] if doc.interpreter else [])):
            resolver.add(name, city)
        names = [a.actor for a in doc.assignments if not a.person]
        names += [g.name for g in doc.groups] + [m.group for m in doc.memberships]
        names += [m.member for m in doc.memberships if m.member_type == "org"]
        names += [p.org for p in doc.person_posts if p.org] + [a.org for a in doc.appointments if a.org]
        for name in names:
            resolver.add(name, city)
    builder = GraphBuilder(resolver)
    for doc in documents:
        builder.document(doc)
    builder.finish(documents)
    return builder
