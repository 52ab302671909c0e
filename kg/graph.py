"""The graph stage: records → RDF triples with deterministic IRIs, through one table of emitters.

IRIs come from the kind of thing and its name (or its numbering path in the
document), never from counters. The graph is a set of pyoxigraph triples,
serialised sorted (kg.files), so the same input gives byte-identical Turtle on
every run and machine. What each record becomes is in kg.emit.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox

from kg.extract.chains import chain_key
from kg.formats import Locator
from kg.model import Document, Evidence, Task
from kg.names import org_kind
from kg.ontology import ID_IRI
from kg.reading import simplified
from kg.resolve import OrgNode, Resolution
from kg.terms import FOAF, GOV, ORG, PROV, RDF, RDFS, SKOS, XSD

# characters an IRI may not hold (RFC 3987 and Turtle's IRIREF), plus the
# reserved ones that would change an IRI's structure
_IRI_UNSAFE_RE = re.compile(r"[\x00-\x20<>\"{}|\\^`#?%/\[\]@:&=+$,;'!*]")


def iri_segment(text: str) -> str:
    """A readable, valid IRI path segment: Chinese stays, unsafe characters are %-encoded."""
    return _IRI_UNSAFE_RE.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode()), text)


def locator(place: Locator) -> str:
    """A line's place as a locator string: a PDF's open parameters ("page=3&viewrect=x,y,w,h", the
    box from the page's top-left, in points), an HTML element's XPath, a DOCX paragraph or table row."""
    if place.page is not None and place.box is not None:
        x0, top, x1, bottom = place.box
        return f"page={place.page}&viewrect={x0:g},{top:g},{x1 - x0:.1f},{bottom - top:.1f}"
    return place.where


@functools.lru_cache(maxsize=65536)
def node(iri: str) -> ox.NamedNode:
    """The Oxigraph node of an IRI (of a term or an instance; the terms are asked for again and again)."""
    return ox.NamedNode(iri)


def digest(*parts: str) -> str:
    """A short content hash for fact nodes, which have no name of their own."""
    return hashlib.sha1("\x1f".join(parts).encode()).hexdigest()[:16]


def doc_iri(doc: Document) -> str:
    if doc.number:
        return f"{ID_IRI}doc/{iri_segment(doc.number)}"
    return f"{ID_IRI}doc/{iri_segment(Path(doc.source).stem)}/{iri_segment(doc.title)}"


def task_iri(doc: Document, task: Task) -> str:
    return f"{doc_iri(doc)}/task/{iri_segment(task.key)}"


NAMES_GRAPH = f"{ID_IRI}names"  # the graph of the types and labels of what several files name


def source_iri(name: str) -> str:
    """An input file's node, which is also the name of the graph that holds its facts."""
    return f"{ID_IRI}source/{iri_segment(name)}"


def org_iri(name: str) -> str:
    return f"{ID_IRI}org/{iri_segment(name)}"


def chain_iri(key: str) -> str:
    return f"{ID_IRI}chain/{iri_segment(key)}"


# what N-Triples writes escaped in a literal (as Oxigraph does: control characters, quote, backslash, the
# noncharacters U+FFFE and U+FFFF), or cannot write at all (a lone surrogate): such a literal is made by Oxigraph
_ESCAPED_RE = re.compile(r'[\x00-\x1f"\\\x7f\ufffe\uffff\ud800-\udfff]')

A = RDF.type
LABEL = RDFS.label


class GraphBuilder:
    """Collects triples; every method is idempotent, so facts merge by IRI.

    Each triple goes into the graph (their union) and into one named graph:
    the graph of the input file being emitted (:meth:`into`), or, for what
    names a body shared across files (its type and labels), the names graph.
    No triple is in two graphs: a fact two files state (the same document in
    two gazettes) is in the graph of the first, so a server whose default graph
    is the union of the named graphs counts every triple once (Oxigraph 0.5
    and Virtuoso would count it once per graph). A rebuild puts the fact in
    the other file's graph when the first no longer states it, and `kg push`
    sends both changed graphs.
    """

    def __init__(self, resolution: Resolution) -> None:
        self.triples: dict[str, ox.NamedNode] = {}  # every triple (its N-Triples line) → the named graph it is in
        self.resolution = resolution
        self.graphs: list[ox.NamedNode] = [node(NAMES_GRAPH)]  # in the order they were begun
        self._current = self.graphs[0]
        self._named: dict[tuple[str, str], set[str]] = {}  # (kind, IRI) of a named node → the names written for it
        self._orgs: dict[tuple[str, str | None], tuple[OrgNode, ox.NamedNode]] = {}  # (name, city) → its body

    def into(self, source: str) -> None:
        """Write the facts that follow into the graph of the input file of this name."""
        self._current = node(source_iri(source))
        if self._current not in self.graphs:
            self.graphs.append(self._current)

    @contextmanager
    def naming(self) -> Iterator[None]:
        """Write into the names graph for a while."""
        current, self._current = self._current, self.graphs[0]
        try:
            yield
        finally:
            self._current = current

    def add(self, s: ox.NamedNode, p: str, o: ox.NamedNode | ox.Literal) -> None:
        """One triple; the predicate is a term's IRI (GOV.actor, RDFS.label…). It is kept as its N-Triples
        line, which is what kg.merge sorts and writes (Oxigraph's nodes have checked the IRIs and escaped
        the literals)."""
        self.triples.setdefault(f"{s} <{p}> {o}", self._current)  # a fact two files state: the first's graph

    def text(self, s: ox.NamedNode, p: object, value: str, lang: str = "zh") -> None:
        if lang == "zh" and not _ESCAPED_RE.search(value):  # the N-Triples Oxigraph writes, without making a node
            self.triples.setdefault(f'{s} <{p}> "{value}"@zh', self._current)
        else:
            self.add(s, p, ox.Literal(value, language=lang))

    def typed(self, s: ox.NamedNode, p: object, value: object, datatype: object) -> None:
        if datatype == XSD.integer and type(value) is int:
            self.triples.setdefault(f'{s} <{p}> "{value}"^^<{datatype}>', self._current)
        else:
            self.add(s, p, ox.Literal(str(value), datatype=node(datatype)))

    def labelled(self, s: ox.NamedNode, label: str, aliases: object = ()) -> None:
        """One rdfs:label, and every other name as skos:altLabel."""
        self.text(s, LABEL, label)
        for alt in sorted(set(aliases) - {label}):  # type: ignore[call-overload]
            self.text(s, SKOS.altLabel, alt)

    def _first(self, kind: str, iri: str) -> set[str] | None:
        """None if the node's names are written already, else the empty set to write them into (once per
        node and input file: a body named in a thousand facts gets its type and labels once)."""
        if (kind, iri) in self._named:
            return None
        self._named[kind, iri] = written = set()
        return written

    def organization(self, name: str, city: str | None = None, aliases: tuple[str, ...] = ()) -> ox.NamedNode:
        """The node of the body a name resolves to."""
        found = self._orgs.get((name, city))
        if found is None:
            org_node = self.resolution.org(name, city)
            found = self._orgs[name, city] = org_node, node(org_iri("".join(org_node.key)))
        org_node, org = found
        with self.naming():
            written = self._first("org", org.value)
            if written is not None:
                self.add(org, A, node(org_kind(org_node.label)))
                self.labelled(org, org_node.label, org_node.alt_labels)
                written.update((org_node.label, *org_node.alt_labels))
            written = self._named["org", org.value]
            for alias in (a for a in aliases if a not in written):
                self.text(org, SKOS.altLabel, alias)
                written.add(alias)
        return org

    def person(self, name: str) -> ox.NamedNode:
        p = node(f"{ID_IRI}person/{iri_segment(name)}")
        if self._first("person", p.value) is not None:
            self._person_names(p, name)
        return p

    def _person_names(self, p: ox.NamedNode, name: str) -> None:
        with self.naming():
            self.add(p, A, node(FOAF.Person))
            self.text(p, LABEL, name)
            self.text(p, FOAF.name, name)
            if simplified(name) != name:  # a name written in Traditional script is found by its Simplified form too
                self.text(p, SKOS.altLabel, simplified(name))

    def enterprise(self, name: str) -> ox.NamedNode:
        """An enterprise as a chain role names it, with the company's other names."""
        e = node(org_iri(name))
        if self._first("enterprise", e.value) is not None:
            names = self.resolution.enterprises[name]
            with self.naming():
                self.add(e, A, node(GOV.Enterprise))
                self.labelled(e, names.best_label(), names.names)
        return e

    def chain(self, name: str) -> ox.NamedNode:
        """The node of the chain a name (of a chain or an industry) belongs to."""
        key = chain_key(simplified(name))
        c = node(chain_iri(key))
        if self._first("chain", c.value) is not None:
            names = self.resolution.chains[key]
            with self.naming():
                self.add(c, A, node(GOV.IndustrialChain))
                self.labelled(c, names.best_label(), names.names)
        return c

    def post(self, label: str, person: ox.NamedNode | None = None, org: ox.NamedNode | None = None) -> ox.NamedNode:
        p = node(f"{ID_IRI}post/{digest(label, person.value if person else '', org.value if org else '')}")
        self.add(p, A, node(ORG.Post))
        self.text(p, LABEL, label)
        if person is not None:
            self.add(p, ORG.heldBy, person)
            self.add(person, ORG.holds, p)
        if org is not None:
            self.add(p, ORG.postIn, org)
        return p

    def role(self, word: str) -> ox.NamedNode:
        r = node(f"{ID_IRI}role/{iri_segment(word)}")
        if self._first("role", r.value) is not None:
            with self.naming():
                self.add(r, A, node(ORG.Role))
                self.text(r, LABEL, word)
        return r

    def evidence(self, s: ox.NamedNode, evidence: Evidence, offsets: bool = True) -> None:
        """The sentence a fact was read from, where it stands in the input file, and the rule that read it."""
        self.text(s, GOV.evidence, evidence.quote)
        if offsets:
            self.typed(s, GOV.sourceStart, evidence.raw_start, XSD.integer)
            self.typed(s, GOV.sourceEnd, evidence.raw_end, XSD.integer)
            self.places(s, evidence.places)
        self.add(s, GOV.rule, ox.Literal(evidence.rule))

    def places(self, s: ox.NamedNode, places: Iterable[Locator]) -> None:
        """Where the evidence stands in a PDF, HTML page or DOCX: each page, and a locator for each line."""
        for place in places:
            if place.page is not None:
                self.typed(s, GOV.page, place.page, XSD.integer)
            self.add(s, GOV.sourceLocator, ox.Literal(locator(place)))

    def provenance(self, fact: ox.NamedNode, d: ox.NamedNode, evidence: Evidence) -> None:
        self.add(fact, PROV.wasDerivedFrom, d)
        self.evidence(fact, evidence)
