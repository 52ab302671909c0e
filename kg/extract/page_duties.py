"""Duties under a heading that names no body ("主要职责" over "（二）负责协调指导应急预案体系建设；"): the
body the page is about states them, the group the document sets up or else the body its title names (an
office's page of its functions).

Only clauses with a role verb and no subject of their own are read; a line that names its own body
("市财政局：负责…", "各成员单位要…") is that body's, read by the duty rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.clauses import is_actor
from kg.extract.duties import DUTIES_OF_RE, DUTY_CLAUSE_RE, _clause_claims, _opens_with_body
from kg.headings import heading_of
from kg.rules import At, Found, Rule

# "主要职责", "二、主要职责", "工作职责：" alone on a line (the handler reads the lines under it)
UNNAMED_DUTIES_RE = re.compile(
    r"(?m)^(?P<head>(?:[一二三四五六七八九十]{1,3}、)?(?:主要|工作)?职责(?:和任务|与任务)?[：:]?)[ \t]*$"
)
LINES_UNDER = 40  # lines read under a heading, at most
SUBJECT_PAD_RE = re.compile(r"^(?:并|同时|还|也|主要|具体|统一|共同)*$")  # "…；并负责…": no subject of its own
TOP_LEVEL = 1  # "一、": an unnumbered heading's items end at the next of these


def unnamed_duties(m: re.Match[str], at: At) -> Iterator[Found]:
    """Each clause with a role verb and no subject in the items under a duties heading: the page's body's."""
    numbered = heading_of(m["head"])
    level = numbered[0] if numbered else TOP_LEVEL
    here = at.start + m.start()
    section = at.context.section_heading(here)
    section = DUTIES_OF_RE.sub("", section[(heading_of(section) or (0, 0, 0))[2] :].strip())
    # "（一）县应急指挥部" over "主要职责"; a working group's section; the group; the body the page is about
    named = section if is_actor(section) else None
    actor = named or at.context.subgroup_at(here) or at.context.group_at(here) or at.doc.title
    if not actor or not is_actor(actor):
        return
    offset = end = m.end() + 1
    for _ in range(LINES_UNDER):  # the lines under the heading, read no further than these
        end = at.text.find("\n", end) + 1 or len(at.text)
    stated, items = False, None
    for line in at.text[offset:end].splitlines(keepends=True):
        start, offset = offset, offset + len(line)
        text = line.strip()
        item = heading_of(text)
        if (item and item[0] <= level) or (items is not None and (item is None or item[0] != items)):
            return  # "二、组成人员", "（二）学术活动组" after "1.…": the next section; a line after the items
        items = item[0] if item else items
        body = text[item[2] :] if item else text
        if not body or (not item and _opens_with_body(body)) or body.startswith("各"):
            continue  # "区应急办是区政府…的办事部门": what the body is, not a duty; "各成员单位要…": theirs
        base = start + len(line) - len(line.lstrip()) + (item[2] if item else 0)
        for c in DUTY_CLAUSE_RE.finditer(body):
            if not SUBJECT_PAD_RE.match(c.group()[: c.start("verb") - c.start()].strip()):
                continue  # a clause with a subject of its own
            if claims := _clause_claims(c, actor, None, at.start + base + c.start(), stated):
                yield at.found(base + c.start(), base + c.end(), *claims)
            stated = stated or c["verb"] != "会同"


UNNAMED_DUTIES = Rule(
    "assignments.unnamed-duties",
    UNNAMED_DUTIES_RE,
    unnamed_duties,
    ("某区人民政府应急管理办公室\n主要职责\n（一）负责协调指导应急预案体系建设；负责全区应急值守。\n",),
    ("某区人民政府应急管理办公室\n主要职责\n（一）各乡镇要加强应急值守。\n",),
    unit="document",
    needs=("职责",),
)
