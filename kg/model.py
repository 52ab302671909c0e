"""The records govkg extracts: frozen dataclasses, no I/O."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property

from kg.formats import Extracted, Locator
from kg.mapped import MappedText

Span = tuple[int, int]  # [start, end) in Document.text


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the sentence, its span in the document text, and the rule."""

    quote: str
    start: int  # offsets into Document.text
    end: int
    raw_start: int  # offsets into the decoded input file
    raw_end: int
    rule: str
    places: tuple[Locator, ...] = ()  # where the quoted lines stand in a PDF, HTML page or DOCX


@dataclass(frozen=True)
class Task:
    """A numbered work item of a document ("（一）…", "1.实施“政策兴链”行动")."""

    key: str  # the numbering path, "4-1-2": stable, read from the text
    heading: str
    level: int
    number: int
    parent: str | None
    text: MappedText  # heading paragraph and everything under it
    start: int  # offset of the heading paragraph in Document.text
    candidate: bool = False  # a section, not an item, unless a fact names it
    rule: str = ""  # the heading rule that numbered it, or the rule whose prose duty it is

    @property
    def evidence_span(self) -> tuple[int, int]:
        return self.text.raw_span()


@dataclass(frozen=True)
class Assignment:
    """One (task, role, actor) the text states, with its scope and evidence."""

    task: str  # Task.key
    role: str  # 牵头 / 配合 / 负责
    actor: str  # the name as it resolves in its document ("运城市…领导小组" for "市领导小组")
    aliases: tuple[str, ...]  # other names the document gives the actor ("市领导小组")
    scope: str | None
    person: bool  # the actor is a named person ("牵头领导：张三")
    evidence: Evidence


@dataclass(frozen=True)
class Supervision:
    """A task's supervising leader, as a table's 分管领导 column names them: a person, not an actor."""

    task: str  # Task.key
    person: str
    post: str | None  # the post the cell writes with the name ("副市长")
    evidence: Evidence


@dataclass(frozen=True)
class Group:
    """A body a document sets up: 领导小组, 工作专班, 联席会议, 项目部, 链长制…"""

    name: str
    aliases: tuple[str, ...]  # "市领导小组", "工作专班"
    duties: str | None  # the stated 主要职责
    evidence: Evidence


@dataclass(frozen=True)
class Membership:
    """A seat in a group: who (a person, a body, or a post in words) in which role."""

    group: str  # Group.name
    member: str
    member_type: str  # person / org / post
    role: str  # the text's own word: 组长, 成员单位, 办公室设在…
    evidence: Evidence


@dataclass(frozen=True)
class PersonPost:
    """A post a named person holds, as the text states it ("王平安 市发展改革委主任")."""

    person: str
    org: str | None
    post: str
    evidence: Evidence


@dataclass(frozen=True)
class Appointment:
    """One person appointed (任命) or removed (免去)."""

    person: str
    action: str  # 任命 / 免去
    org: str | None
    post: str
    probation: str | None
    date: str | None
    evidence: Evidence


@dataclass(frozen=True)
class Chain:
    """An industrial chain a plan names, with its link sequences."""

    name: str  # "精品钢产业链"
    aliases: tuple[str, ...]  # other names the text gives it ("国家新型铝精深加工产业链")
    sequences: tuple[tuple[str, ...], ...]  # each a sequence of stages, in order
    products: str | None  # what it aims to make ("钢管、超薄普带…等系列高附加值产品")
    goal: str | None  # its goal sentence ("构建…千亿级精品钢材料产业链")
    task: str | None  # Task.key of the item that describes it
    evidence: Evidence


@dataclass(frozen=True)
class ChainRole:
    """An enterprise's stated role in a chain or an industry ("链主")."""

    enterprise: str
    aliases: tuple[str, ...]  # other names of the same company in the document
    role: str
    chain: str | None  # the chain or industry the text ties it to
    evidence: Evidence


@dataclass(frozen=True)
class Concept:
    """A policy slogan a document defines ("“合汽生材”新兴产业地标：…")."""

    label: str
    slogans: tuple[str, ...]  # the quoted slogans in the label ("合汽生材")
    definition: str
    parts: tuple[str, ...]  # the items the definition enumerates
    evidence: Evidence


@dataclass(frozen=True)
class Cell:
    """A cell of a table row: its column (a role word, "task", or another kind) and its span in the text."""

    column: str  # "task", "牵头" / "配合" / "负责" (a role column), or the column's own name
    start: int
    end: int
    person: bool = False  # a leader column: the cell names people
    carried: bool = False  # a merged cell the row's text does not repeat: it stands in the row above


@dataclass(frozen=True)
class Row:
    """One row of a table flattened into text: its number, its cells, and where it stands."""

    start: int
    end: int
    number: str | None
    cells: tuple[Cell, ...]
    section: bool = False  # a row of one cell across the table: it heads the rows below it


@dataclass(frozen=True)
class Document:
    """One document of a gazette: a report, a notice, a plan, a reply."""

    source: str  # the input file's name
    number: str | None  # 文号, document number, normalised
    title: str
    issuers: tuple[str, ...]
    date: str | None  # ISO date of the 落款, the signature block
    interpreter: str | None  # the body named in "本文件由X负责解读"
    text: MappedText
    paragraphs: tuple[Span, ...] = field(default=())  # the lines of text, in order
    sentences: tuple[Span, ...] = field(default=())  # each ends after 。！？!? or with its paragraph
    body_start: int = 0  # where the head (issuer, number, title) ends
    script: dict[str, str] = field(default_factory=dict)  # how the input writes what Simplified changed
    rows: tuple[Row, ...] = field(default=())  # rows of tables flattened into the text
    original: str = ""  # the text as its input writes it (Traditional script), where that differs
    layout: Extracted | None = field(default=None, compare=False, repr=False)  # the source's lines, for provenance
    tasks: tuple[Task, ...] = field(default=())
    assignments: tuple[Assignment, ...] = field(default=())
    supervisions: tuple[Supervision, ...] = field(default=())
    groups: tuple[Group, ...] = field(default=())
    memberships: tuple[Membership, ...] = field(default=())
    person_posts: tuple[PersonPost, ...] = field(default=())
    appointments: tuple[Appointment, ...] = field(default=())
    chains: tuple[Chain, ...] = field(default=())
    chain_roles: tuple[ChainRole, ...] = field(default=())
    concepts: tuple[Concept, ...] = field(default=())

    @property
    def key(self) -> str:
        """The number, or for a document without one, its title."""
        return self.number or self.title

    def evidence(self, start: int, end: int, rule: str) -> Evidence:
        """Evidence for text[start:end] of this document (one sentence is quoted by many facts: read it once)."""
        quoted = self._quoted.get((start, end))
        if quoted is None:
            raw_start, raw_end = self.text.raw_span(start, end)
            places = tuple(self.layout.locate(raw_start, raw_end)) if self.layout else ()
            quoted = self._quoted[start, end] = (self.text.text[start:end], raw_start, raw_end, places)
        return Evidence(quoted[0], start, end, quoted[1], quoted[2], rule, quoted[3])

    def pieces(self, unit: str) -> list[tuple[int, str]]:
        """(offset, text) of each sentence, paragraph or table row, cut once: every rule reads them."""
        cut = self._pieces.get(unit)
        if cut is None:
            text = self.text.text
            spans = {"sentence": self.sentences, "paragraph": self.paragraphs}.get(unit)
            spans = spans if spans is not None else tuple((r.start, r.end) for r in self.rows)
            cut = self._pieces[unit] = [(s, text[s:e]) for s, e in spans]
        return cut

    def piece_starts(self, unit: str) -> list[int]:
        """Where each piece of a unit starts, in order (as pieces(unit) cuts them), found once."""
        starts = self._piece_starts.get(unit)
        if starts is None:
            starts = self._piece_starts[unit] = [start for start, _ in self.pieces(unit)]
        return starts

    @cached_property
    def _pieces(self) -> dict[str, list[tuple[int, str]]]:
        return {}

    @cached_property
    def _piece_starts(self) -> dict[str, list[int]]:
        return {}

    @cached_property
    def _quoted(self) -> dict[Span, tuple[str, int, int, tuple[Locator, ...]]]:
        return {}

    @cached_property
    def _spans(self) -> dict[Span, MappedText]:
        return {}

    def span_text(self, start: int, end: int) -> MappedText:
        """text[start:end], made once per span: the thousand facts of one long sentence share one copy."""
        found = self._spans.get((start, end))
        if found is None:
            found = self._spans[start, end] = self.text[start:end]
        return found

    @cached_property
    def _starts(self) -> tuple[list[int], list[int]]:
        return [s for s, _ in self.sentences], [s for s, _ in self.paragraphs]

    def _at(self, spans: tuple[Span, ...], starts: list[int], offset: int) -> Span:
        i = max(bisect.bisect_right(starts, offset) - 1, 0)
        return spans[i] if spans else (0, len(self.text))

    def sentence_at(self, offset: int) -> Span:
        """The sentence that holds text[offset]."""
        return self._at(self.sentences, self._starts[0], offset)

    def sentence_span(self, start: int, end: int) -> Span:
        """From the start of the sentence that holds text[start] to the end of the one that holds text[end - 1]."""
        return self.sentence_at(start)[0], self.sentence_at(max(end - 1, start))[1]

    def paragraph_at(self, offset: int) -> Span:
        """The paragraph (line) that holds text[offset]."""
        return self._at(self.paragraphs, self._starts[1], offset)


# a paragraph is a line of a document's text; a sentence ends after its 。！？!? marks, or with its line
PARAGRAPH_RE = re.compile(r"(?m)^.*$")
SENTENCE_RE = re.compile(r"[^。！？!?\n]*[。！？!?]+|[^。！？!?\n]+")


def structure(text: str) -> tuple[tuple[Span, ...], tuple[Span, ...]]:
    """The paragraphs and the sentences of a document's text: what every rule reads and every fact quotes."""
    return tuple(m.span() for m in PARAGRAPH_RE.finditer(text)), tuple(m.span() for m in SENTENCE_RE.finditer(text))


def document_of(text: str, title: str = "", source: str = "snippet.txt") -> Document:
    """A document of one plain text, each line a paragraph, no head: for examples and tests."""
    return Document(source, None, title, (), None, None, MappedText.identity(text), *structure(text))
