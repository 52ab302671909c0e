"""What each record becomes in the graph: one emitter per record type, in one table.

An emitter receives the graph builder, the document's scope (its node, its
city, its tasks, its groups' short names) and one record, and adds the
record's triples. A new kind of record is one function and one row of
``EMITTERS``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox

from kg.graph import LABEL, A, GraphBuilder, chain_iri, digest, doc_iri, iri_segment, node, source_iri, task_iri
from kg.mentions import Mention, MentionFinder, concept_key
from kg.model import (
    Appointment,
    Assignment,
    Chain,
    ChainRole,
    Concept,
    Document,
    Group,
    Membership,
    PersonPost,
    Supervision,
    Task,
)
from kg.names import city_of
from kg.ontology import ID_IRI, ROLE_EDGES, ROLE_WORDS
from kg.reading import Source
from kg.resolve import Resolution
from kg.terms import DCTERMS, GOV, ORG, SKOS, XSD

ROLE_BY_WORD = {word: role for role, word in ROLE_WORDS.items()}
ACTIONS = {"任命": GOV.Appoint, "免去": GOV.Remove}
GLOSSARY_IRI = f"{ID_IRI}glossary"


@dataclass(frozen=True)
class Scope:
    """What the records of one document share: its node, its city, its tasks, its groups' short names."""

    doc: Document
    iri: ox.NamedNode
    city: str | None
    tasks: dict[str, Task]
    group_aliases: dict[str, tuple[str, ...]]

    def task(self, key: str) -> ox.NamedNode:
        return node(task_iri(self.doc, self.tasks[key]))


def emit_task(g: GraphBuilder, scope: Scope, task: Task) -> None:
    t = scope.task(task.key)
    g.add(t, A, node(GOV.Task))
    g.text(t, LABEL, task.heading)
    g.text(t, GOV.text, task.text.text)
    g.add(t, DCTERMS.isPartOf, scope.iri)
    start, end = task.evidence_span
    g.typed(t, GOV.sourceStart, start, XSD.integer)
    g.typed(t, GOV.sourceEnd, end, XSD.integer)
    if scope.doc.layout is not None:
        g.places(t, scope.doc.layout.locate(start, end))
    g.add(t, GOV.rule, ox.Literal(task.rule))
    if task.parent in scope.tasks:
        g.add(t, GOV.subTaskOf, scope.task(task.parent))


def emit_assignment(g: GraphBuilder, scope: Scope, a: Assignment) -> None:
    role = ROLE_BY_WORD[a.role]
    t = scope.task(a.task)
    actor = g.person(a.actor) if a.person else g.organization(a.actor, scope.city, a.aliases)
    fact = node(f"{ID_IRI}assignment/{digest(t.value, a.role, actor.value, a.scope or '')}")
    g.add(fact, A, node(GOV.Assignment))
    g.add(fact, GOV.actor, actor)
    g.add(fact, GOV.task, t)
    g.add(fact, GOV.role, node(role))
    if a.scope:
        g.text(fact, GOV.scope, a.scope)
    g.provenance(fact, scope.iri, a.evidence)
    g.add(actor, ROLE_EDGES[role], t)


def emit_supervision(g: GraphBuilder, scope: Scope, s: Supervision) -> None:
    t = scope.task(s.task)
    person = g.person(s.person)
    fact = node(f"{ID_IRI}supervision/{digest(t.value, person.value)}")
    g.add(fact, A, node(GOV.Supervision))
    g.add(fact, GOV.supervisor, person)
    g.add(fact, GOV.supervisedTask, t)
    g.provenance(fact, scope.iri, s.evidence)
    g.add(t, GOV.supervisedBy, person)


def emit_group(g: GraphBuilder, scope: Scope, group: Group) -> None:
    org = g.organization(group.name, scope.city, group.aliases)
    g.add(org, GOV.establishedBy, scope.iri)
    if group.duties:
        g.text(org, GOV.duties, group.duties)


def emit_membership(g: GraphBuilder, scope: Scope, m: Membership) -> None:
    group = g.organization(m.group, scope.city, scope.group_aliases.get(m.group, ()))
    if m.member_type == "person":
        member = g.person(m.member)
    elif m.member_type == "org":
        member = g.organization(m.member, scope.city)
    else:
        member = g.post(m.member)
    fact = node(f"{ID_IRI}membership/{digest(group.value, member.value, m.role)}")
    g.add(fact, A, node(ORG.Membership))
    g.add(fact, ORG.organization, group)
    g.add(fact, ORG.member, member)
    g.add(fact, ORG.role, g.role(m.role))
    g.provenance(fact, scope.iri, m.evidence)


def emit_person_post(g: GraphBuilder, scope: Scope, pp: PersonPost) -> None:
    org = g.organization(pp.org, scope.city) if pp.org else None
    post = g.post(pp.post, g.person(pp.person), org)
    g.evidence(post, pp.evidence, offsets=False)  # a post is shared by every text that names it


def emit_appointment(g: GraphBuilder, scope: Scope, a: Appointment) -> None:
    person = g.person(a.person)
    org = g.organization(a.org, scope.city) if a.org else None
    fact = node(
        f"{ID_IRI}appointment/{digest(scope.iri.value, person.value, a.action, org.value if org else '', a.post)}"
    )
    g.add(fact, A, node(GOV.Appointment))
    g.add(fact, GOV.person, person)
    g.add(fact, GOV.action, node(ACTIONS[a.action]))
    if org is not None:
        g.add(fact, ORG.organization, org)
    g.text(fact, GOV.post, a.post)
    if a.probation:
        g.text(fact, GOV.probation, a.probation)
    if a.date:
        g.typed(fact, DCTERMS.date, a.date, XSD.date)
    g.provenance(fact, scope.iri, a.evidence)


def emit_chain(g: GraphBuilder, scope: Scope, chain: Chain) -> None:
    c = g.chain(chain.name)
    for seq, stages in enumerate(chain.sequences, 1):
        for pos, stage in enumerate(stages, 1):
            s = node(f"{c.value}/stage/{seq}-{pos}")
            g.add(s, A, node(GOV.ChainStage))
            g.text(s, LABEL, stage)
            g.typed(s, GOV.sequence, seq, XSD.integer)
            g.typed(s, GOV.position, pos, XSD.integer)
            g.add(c, GOV.hasStage, s)
    if chain.products:
        g.text(c, GOV.products, chain.products)
    if chain.goal:
        g.text(c, GOV.goal, chain.goal)
    g.add(scope.iri, GOV.mentions, c)
    if chain.task in scope.tasks:
        g.add(scope.task(chain.task), GOV.mentions, c)
    g.evidence(c, chain.evidence, offsets=False)  # a chain is shared by every text that describes it


def emit_chain_role(g: GraphBuilder, scope: Scope, role: ChainRole) -> None:
    enterprise = g.enterprise(role.enterprise)
    fact = node(f"{ID_IRI}chainrole/{digest(enterprise.value, role.role, role.chain or '')}")
    g.add(fact, A, node(GOV.ChainRole))
    g.add(fact, GOV.enterprise, enterprise)
    g.add(fact, GOV.roleLabel, ox.Literal(role.role, language="zh"))
    if role.chain:
        g.add(fact, GOV.chain, g.chain(role.chain))
    g.provenance(fact, scope.iri, role.evidence)


def concept_node(concept: Concept) -> ox.NamedNode:
    return node(f"{ID_IRI}concept/{iri_segment(concept_key(concept))}")


def emit_concept(g: GraphBuilder, scope: Scope, concept: Concept) -> None:
    c = concept_node(concept)
    scheme = node(GLOSSARY_IRI)
    with g.naming():
        g.add(scheme, A, node(SKOS.ConceptScheme))
        g.text(scheme, LABEL, "govkg 政策术语表")
    g.add(c, A, node(SKOS.Concept))
    g.add(c, SKOS.inScheme, scheme)
    g.text(c, SKOS.prefLabel, concept.label)
    g.labelled(c, concept.label, concept.slogans)
    g.text(c, SKOS.definition, concept.definition)
    for part in concept.parts:
        g.text(c, GOV.part, part)
    g.add(c, GOV.rule, ox.Literal(concept.evidence.rule))


# record type → what it becomes; emit_document runs them in this order
EMITTERS: dict[type, Callable[[GraphBuilder, Scope, Any], None]] = {
    Task: emit_task,
    Assignment: emit_assignment,
    Supervision: emit_supervision,
    Group: emit_group,
    Membership: emit_membership,
    PersonPost: emit_person_post,
    Appointment: emit_appointment,
    Chain: emit_chain,
    ChainRole: emit_chain_role,
    Concept: emit_concept,
}


MEDIA_TYPES = {
    "pdf": "application/pdf",
    "html": "text/html",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


def emit_source(g: GraphBuilder, source: Source) -> ox.NamedNode:
    """An input file: its name, format, size and SHA-256 (which version of the file the facts come from)."""
    f = node(source_iri(source.name))
    g.add(f, A, node(GOV.SourceFile))
    g.add(f, LABEL, ox.Literal(source.name))
    g.add(f, DCTERMS.format, ox.Literal(MEDIA_TYPES.get(source.encoding, "text/plain")))
    if source.sha256:
        g.add(f, GOV.sha256, ox.Literal(source.sha256))
        g.typed(f, GOV.byteSize, source.size, XSD.integer)
    return f


def emit_document(g: GraphBuilder, doc: Document) -> ox.NamedNode:
    """A document's own triples, then every record it holds through its emitter."""
    d = node(doc_iri(doc))
    city = city_of(doc.issuers)
    g.add(d, A, node(GOV.Document))
    g.text(d, LABEL, doc.title)
    g.text(d, DCTERMS.title, doc.title)
    g.add(d, DCTERMS.source, ox.Literal(doc.source))
    g.add(d, GOV.sourceFile, node(source_iri(doc.source)))
    if doc.number:
        g.add(d, DCTERMS.identifier, ox.Literal(doc.number))
    if doc.date:
        g.typed(d, DCTERMS.issued, doc.date, XSD.date)
    for issuer in doc.issuers:
        g.add(d, DCTERMS.publisher, g.organization(issuer, city))
    if doc.interpreter:
        g.add(d, GOV.interpretedBy, g.organization(doc.interpreter, city))
    scope = Scope(doc, d, city, {t.key: t for t in doc.tasks}, {grp.name: grp.aliases for grp in doc.groups})
    records = (doc.tasks, doc.assignments, doc.supervisions, doc.groups, doc.memberships, doc.person_posts)
    records += (doc.appointments,)
    for group in (*records, doc.chains, doc.chain_roles, doc.concepts):
        for record in group:
            EMITTERS[type(record)](g, scope, record)
    return d


def emit_mention(g: GraphBuilder, mention: Mention) -> None:
    """A document or task that names a chain or uses a slogan."""
    if mention.chain is not None:
        target = node(chain_iri(mention.chain))
    elif mention.concept is not None:
        target = concept_node(mention.concept)
    else:
        return
    subject = node(task_iri(mention.doc, mention.task) if mention.task else doc_iri(mention.doc))
    g.add(subject, GOV.mentions, target)


def emit_file(
    source: Source, documents: list[Document], resolution: Resolution, mentions: MentionFinder
) -> GraphBuilder:
    """The triples of one input file (kg.merge makes the corpus's graph of them): the file, its documents
    with every record, and what they mention of the corpus's chains and concepts."""
    g = GraphBuilder(resolution)
    g.into(source.name)
    emit_source(g, source)
    for doc in documents:
        emit_document(g, doc)
    for doc in documents:
        for mention in mentions.of(doc):
            emit_mention(g, mention)
    return g
