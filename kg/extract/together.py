"""X会同Y…: the first body leads and those it works together with support ("市发改委会同市财政局制定实施细则",
"由市商务局会同有关部门负责…", "会同同级公安、交通等部门建立…"), a rule of kg.extract.prose's family.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.actors import leading_actors, parse_actor_list
from kg.extract.clauses import NO_DUTY_RE, VAGUE_ACTORS, VERB_IN_NAME_RE, claims_of
from kg.headings import heading_of
from kg.lexicon import MODAL_WORDS, PADDING_WORDS, ROLE_VERBS, SECTORS, alternation
from kg.names import looks_like_org, split_place
from kg.rules import At, Found, Rule

# "市发改委会同市财政局制定实施细则", "由市发改委会同有关部门负责…": the first leads, the others support
TOGETHER_RE = re.compile(r"(?:^|(?<=[，。；：]))(?P<lead>[^，。；：]{2,40}?)?会同(?P<rest>[^，。；]{2,160})")
# or a clause of its own after the sentence's subject: "（二）自治区商务厅提出…建议；会同财政厅组织项目申报": its lead
LEAD_PAD_RE = re.compile(f"^由|(?:{alternation(PADDING_WORDS + ROLE_VERBS + MODAL_WORDS)})+$")  # "…部门将会同…"
ROLE_VERB_RE = re.compile(alternation(ROLE_VERBS))
DUTY_PAD_RE = re.compile(r"^(?:等(?:有关|相关)?(?:部门|单位))?(?:按照?职责分工|共同|联合|具体)?(?:负责|牵头)?")
# "会同人力资源社会保障、财税、金融等部门，建立…": kinds of department, a clause apart from their duty
KINDS_OF_BODY_RE = re.compile(
    r"^(?P<kinds>[\u4e00-\u9fff]{2,10}(?:、[\u4e00-\u9fff]{2,10}){1,12})等(?:有关|相关)?(?P<suffix>部门|单位)$"
)
# the duty in the clause after the list, past a clause of how ("，以A、B为重点，组织开展…")
NEXT_CLAUSE_RE = re.compile(r"[，,](?:(?:以|围绕|按照|结合|针对)[^，。；]{1,60}[，,])?(?P<duty>[^，。；]{2,80})")
# "会同同级公安、交通、城管等部门建立协调机制": departments by their sector, then the duty in the same clause
SECTORS_THEN_DUTY_RE = re.compile(
    r"^(?:同级)?(?P<kinds>[\u4e00-\u9fff]{2,10}(?:、[\u4e00-\u9fff]{2,10}){1,20})等(?:有关|相关)?(?:部门|单位)(?P<duty>.*)$"
)


def together(m: re.Match[str], at: At) -> Iterator[Found]:
    """X会同Y…: X leads and Y supports the duty that follows Y's list (Y may be kinds of department, "人社、财税等
    部门", each a 部门; the duty is then the next clause)."""
    lead = (m["lead"] or (_subject(at.text[: m.start()]) if m.start() <= SUBJECT_REACH else "")).strip()
    lead = lead[heading[2] :] if (heading := heading_of(lead)) else lead  # "第六条 市教育局会同…": the article's
    lead = lead.rsplit("由", 1)[-1]  # "《清单》由县委编办会同…": the body after 由, not the thing it acts on
    leads = parse_actor_list(LEAD_PAD_RE.sub("", lead.strip()))
    kinds = KINDS_OF_BODY_RE.match(m["rest"])
    sectors = SECTORS_THEN_DUTY_RE.match(m["rest"])
    if kinds and (clause := NEXT_CLAUSE_RE.match(at.text, m.end())):
        kinds_of = kinds["kinds"].split("、")  # "市发改委、市财政局等部门": bodies named whole take no 部门
        supports = [kind if looks_like_org(kind) else kind + kinds["suffix"] for kind in kinds_of]
        duty = clause["duty"]
    elif sectors and _sectors(names := sectors["kinds"].split("、")):
        supports, duty = names, DUTY_PAD_RE.sub("", sectors["duty"]).strip()
    else:
        supports, end = leading_actors(m["rest"])
        duty = DUTY_PAD_RE.sub("", m["rest"][end:]).strip()
    if not leads or not supports or (not m["lead"] and set(supports) <= VAGUE_ACTORS):
        return  # "…进行调度，会同有关部门协调…": a subject's clause that names no one it works with
    triples = [("牵头", n, None) for n in leads] + [("配合", n, None) for n in supports if n not in VAGUE_ACTORS]
    start = at.start + m.start()
    # "由X会同Y研究提出落实意见" in an item: a duty in name only, the item's
    task = at.context.task_at(start) if len(duty) < 2 or NO_DUTY_RE.match(duty) else None
    if task is not None or len(duty) >= 2:
        yield at.found(m.start(), m.end(), *claims_of(triples, task, duty if task is None else None, start))


SUBJECT_REACH = 200  # characters from a sentence's subject to a 会同 clause of its own, at most


def _subject(before: str) -> str:
    """The bodies a sentence opens with, when they act in it ("自治区商务厅根据…提出…；" → 自治区商务厅)."""
    text = before[heading[2] :] if (heading := heading_of(before)) else before
    if ROLE_VERB_RE.search(text):
        return ""  # "由A牵头，会同B…", "A负责…；会同B…": read by the rules of its role verb
    names, end = leading_actors(text)
    if not names or not all(map(looks_like_org, names)) or text[end : end + 1] in ("：", ":", ""):
        return ""  # "市农业农村局：组织…，会同…": a body's duty list, whose roles its verbs state
    return "、".join(names)


def _sectors(names: list[str]) -> bool:
    """Departments named by their sector ("公安、交通、人力资源和社会保障"): one a sector the lexicon lists or a
    body's name at least, and none a sentence's words."""
    known = [n in SECTORS or looks_like_org(n) or split_place(n)[1] in SECTORS for n in names]
    return any(known) and not any(VERB_IN_NAME_RE.search(n) for n in names)


TOGETHER = Rule(
    "assignments.together",
    TOGETHER_RE,
    together,
    (
        "市发改委会同市财政局、市工信局制定实施细则。",
        "由市商务局会同有关部门负责组织开展促消费活动",
        "（二）市商务局提出年度资金安排建议；会同市财政局组织开展项目评审。",
    ),
    ("会同有关方面加强沟通。",),
    needs=("会同",),
)
