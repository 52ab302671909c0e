"""A bare post that shares its title with the post before it in its sentence is of that post's body:
"任命A为某大学常务副校长，B、C为副校长" (B and C the university's), "任命A为某市人民政府副市长，并决定其为代理市长",
as kg.extract.appointments reads them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.model import Appointment, Document

RANKS_RE = re.compile(r"^(?:代理|代)?(?:常务|执行|第一)?副?")  # "常务副校长", "副校长": one title ("代理市长" too)


def bodies_carried(doc: Document, appointments: list[Appointment]) -> list[Appointment]:
    """A bare post after one of the same title in its sentence is of that body: "任命A为某大学常务副校长，B、C
    为副校长" (B and C the university's)."""
    out: list[Appointment] = []
    for a in appointments:
        b = out[-1] if out else None
        same = b is not None and b.org and b.action == a.action and RANKS_RE.sub("", b.post) == RANKS_RE.sub("", a.post)
        if (
            a.org is None
            and b
            and same
            and doc.sentence_at(b.evidence.start)[0] == doc.sentence_at(a.evidence.start)[0]
        ):
            a = replace(a, org=b.org)
        out.append(a)
    return out
