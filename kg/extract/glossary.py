"""The glossary family: policy slogans a document defines, "2.“合汽生材”新兴产业地标：“合”是信息技术…".

Entries are numbered items after an attachment marker ("附件", "附件：名词解释") or
under a 名词解释 heading, whose term holds a quoted slogan or a number
("省政府12件民生实事"); an entry's definition runs on over the lines until the
next entry.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.lines import ATTACHMENT_RE
from kg.model import Concept, Document
from kg.rules import At, Family, Found, Rule

ENTRY_RE = re.compile(r"^(?P<n>\d{1,3})\s*[\.．、]\s*(?P<term>[^：:。；]{2,40}?)\s*[：:](?P<definition>.*)$")
GLOSSARY_HEADING_RE = re.compile(r"名词解释|术语解释|释义")
SLOGAN_RE = re.compile(r"“(?P<slogan>[^“”]{1,20})”")
# "先进装备制造、精品钢、新材料…": a definition that lists parts
PARTS_RE = re.compile(r"^(?:即|包括|是指|指)?(?P<parts>[^。；：]{2,}?)(?:等)?(?:[。；]|$)")


def _glossary_start(doc: Document) -> int:
    """The end of the first line that opens a glossary (an attachment marker or a 名词解释 heading)."""
    text = doc.text.text
    for start, end in doc.paragraphs:
        line = text[start:end]
        if ATTACHMENT_RE.match(line) or GLOSSARY_HEADING_RE.search(line[:12]):
            return end
    return len(text) + 1


def entry(m: re.Match[str], at: At) -> Iterator[Found]:
    """A numbered entry of a glossary whose term holds a quoted slogan or a number."""
    if at.start > at.context.once("glossary-start", _glossary_start) and (
        SLOGAN_RE.search(m["term"]) or re.search(r"\d", m["term"])
    ):
        yield at.found(0, len(at.text), (m["term"].strip(), at.start + m.start("definition")))


GLOSSARY = Family(
    "glossary",
    (
        Rule(
            "glossary.entry",
            ENTRY_RE,
            entry,
            ("附件\n名词解释\n3.“光储氢算”产业集群：“光”是光伏，“储”是新型储能。",),
            ("一、总体要求\n2.加强组织领导：成立工作专班。",),
            unit="paragraph",
            needs=("：", ":"),
        ),
    ),
)


def _parts(definition: str) -> tuple[str, ...]:
    m = PARTS_RE.match(definition)
    if not m:
        return ()
    items = [i.strip() for i in m["parts"].split("、")]
    if len(items) < 2 or any(not 1 <= len(i) <= 16 or "，" in i for i in items):
        return ()
    return tuple(items)


def extract_glossary(doc: Document, context: object) -> list[Concept]:
    """The slogans a document's glossary defines, with definitions and parts; each runs to the next entry."""
    text = doc.text.text
    found = GLOSSARY.run(doc, context)
    concepts = []
    for n, f in enumerate(found):
        (term, definition_start), end = f.records[0], (found[n + 1].start if n + 1 < len(found) else len(text))
        definition = text[definition_start:end].strip()
        slogans = tuple(dict.fromkeys(m["slogan"] for m in SLOGAN_RE.finditer(term)))
        concepts.append(Concept(term, slogans, definition, _parts(definition), doc.evidence(f.start, end, f.rule.name)))
    return concepts
