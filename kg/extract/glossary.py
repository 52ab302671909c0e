"""Policy slogans a document defines: "2.“合汽生材”新兴产业地标：“合”是信息技术…".

Entries are numbered items after an attachment marker ("附件", "附件：名词解释") or
under a 名词解释 heading, whose term holds a quoted slogan or a number
("省政府12件民生实事"); an entry runs on over the lines until the next entry.
"""

from __future__ import annotations

import re

from kg.lines import ATTACHMENT_RE
from kg.model import Concept, Document

ENTRY_RE = re.compile(r"^(?P<n>\d{1,3})\s*[\.．、]\s*(?P<term>[^：:。；]{2,40}?)\s*[：:](?P<definition>.*)$")
GLOSSARY_HEADING_RE = re.compile(r"名词解释|术语解释|释义")
SLOGAN_RE = re.compile(r"“(?P<slogan>[^“”]{1,20})”")
# "先进装备制造、精品钢、新材料…": a definition that lists parts
PARTS_RE = re.compile(r"^(?:即|包括|是指|指)?(?P<parts>[^。；：]{2,}?)(?:等)?(?:[。；]|$)")


def _parts(definition: str) -> tuple[str, ...]:
    m = PARTS_RE.match(definition)
    if not m:
        return ()
    items = [i.strip() for i in m["parts"].split("、")]
    if len(items) < 2 or any(not 1 <= len(i) <= 16 or "，" in i for i in items):
        return ()
    return tuple(items)


def extract_glossary(doc: Document) -> list[Concept]:
    """The slogans a document's glossary defines, with definitions and parts."""
    text = doc.text.text
    concepts: list[Concept] = []
    in_glossary = False
    current: dict | None = None
    offset = 0

    def close(end: int) -> None:
        if current:
            definition = text[current["def_start"] : end].strip()
            label = current["term"]
            slogans = tuple(dict.fromkeys(m["slogan"] for m in SLOGAN_RE.finditer(label)))
            evidence = doc.evidence(current["start"], end, "glossary-entry")
            concepts.append(Concept(label, slogans, definition, _parts(definition), evidence))

    for para in text.split("\n"):
        if ATTACHMENT_RE.match(para) or GLOSSARY_HEADING_RE.search(para[:12]):
            in_glossary = True
        elif in_glossary:
            m = ENTRY_RE.match(para)
            if m and (SLOGAN_RE.search(m["term"]) or re.search(r"\d", m["term"])):
                close(offset)
                current = {"term": m["term"].strip(), "start": offset, "def_start": offset + m.start("definition")}
        offset += len(para) + 1
    close(len(text))
    return concepts


def mentions(text: str, concept: Concept) -> bool:
    """Does a text use the slogan ("“合汽生材”") or the concept's whole name?"""
    if concept.label in text:
        return True
    return any(f"“{s}”" in text for s in concept.slogans)
