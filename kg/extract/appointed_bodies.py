"""A bare post that shares its title with the post before it in its sentence is of that post's body:
"任命A为某大学常务副校长，B、C为副校长" (B and C the university's), "任命A为某市人民政府副市长，并决定其为代理市长",
as kg.extract.appointments reads them; and a bare post after an announcement that names whose leaders it
appoints ("宣读了某院主要领导的任免决定。A任党委书记").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from kg.model import Appointment, Document
from kg.names import looks_like_org

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


# "宣读了某院主要领导的任免决定。A任党委书记、董事长": the body whose leaders a decision appoints, named before it
ANNOUNCED_BODY_RE = re.compile(
    r"(?:宣布|宣读|传达)(?:了)?(?P<org>[^，。；：、\n]{2,30}?)(?:主要)?(?:领导班子|领导人员|领导)(?:成员)?的?(?:任免|任职|调整)"
    r"(?:决定|通知)"
)
ANNOUNCED_REACH = 400  # characters after the announcement over which its body holds


def bodies_announced(doc: Document, appointments: list[Appointment]) -> list[Appointment]:
    """A bare post appointed right after an announcement that names whose leaders it appoints is that body's."""
    if not any(a.org is None for a in appointments):
        return appointments
    marks = [(m.end(), m["org"]) for m in ANNOUNCED_BODY_RE.finditer(doc.text.text) if looks_like_org(m["org"])]
    ends = [end for end, _ in marks]
    out: list[Appointment] = []
    for a in appointments:
        i = bisect.bisect_right(ends, a.evidence.start) - 1  # the last announcement before it
        near = i >= 0 and a.evidence.start < ends[i] + ANNOUNCED_REACH
        out.append(replace(a, org=marks[i][1]) if a.org is None and near else a)
    return out
