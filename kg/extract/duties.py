"""A body's or a leader's duties listed under its name: "市委宣传部：负责组织协调…。配合…", or a duty table's
rows, the body on one line and its duties on the next ("市教育局" over "负责校园食品安全管理工作。…").

Each clause with a role verb is a duty of the body (or the leader) the list is headed by.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.actors import leading_actors, parse_actor_list
from kg.extract.clauses import VAGUE_ACTORS, Claim, is_actor, supported
from kg.extract.members import who
from kg.headings import DECIMAL_MARK_RE, heading_of
from kg.lexicon import LEADER_TITLES, ROLE_LABELS, SECTORS, alternation
from kg.lines import LABEL_RE
from kg.names import looks_like_org, split_place
from kg.rules import At, Found, Rule

COLONS = ("：", ":")
TITLE = rf"(?:常务|第一)?副?(?:{alternation(LEADER_TITLES)})"  # a leader's title: "常务副省长"
# "牵头单位：X", "【责任单位】X": a role's label, which heads a list of actors, not a body's duties
ROLE_LABEL_RE = re.compile(
    rf"【?(?P<label>{alternation(ROLE_LABELS)})(?:[（(〔][\u4e00-\u9fff]{{1,4}}[）)〕])?(?:\s*[：:]|】|(?<![各的])为(?![^，。；]{{0,4}}(?:单位|部门))|(?P<incl>包括))"
)  # "责任处室〔单位〕：": a note on what the label covers; "牵头单位为X，配合单位包括Y": the label in prose

# "市委宣传部：负责组织协调…。配合有关职能部门开展…"
DUTY_LIST_RE = re.compile(
    r"^(?P<actor>[^：:，。；]{2,30}?)(?:[：:]|(?<=职责)。|。(?=负责))(?P<body>.+)$"
)  # or "综合组职责。主要负责…", "（一）资金协调组。负责…"
DUTY_CLAUSE_RE = re.compile(
    r"(?:^|(?<=[，。；：:]))[^，。；]{0,120}?(?<!相互)(?<!互相)(?<!协调)(?<!各负其责)(?P<verb>负责|配合|牵头|会同)"
    r"(?!人(?!口)|同志|解读|部门|单位|领导)(?P<post>[^，。；]{2,})"
)


RUN_IN_ACTOR_RE = re.compile(r"(?<=[。；;])\s*(?P<actor>[^，。；：:\s]{2,30})[：:]")  # "…。 省安监局：负责…"
NOT_SUBJECT_RE = re.compile(
    r"^(?:按照?|根据|依据|在|对|由|经|为|与|和|向|同|会同|代表(?!团|大会|处))"
)  # "按照省防指…", "代表某市委…": not who acts
OWN_SUBJECT_PAD_RE = re.compile(r"(?:主要|具体|统一|共同|要|应|应当|负总责并)+$")  # between a clause's body and verb
ITEM_MARK_RE = re.compile(
    r"^(?:[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[）)]|\d{1,2}[.、．]|[一二三四五六七八九十]{1,3}、"
    r"|第[一二三四五六七八九十百零\d]{1,5}条)\s*"
)  # or a regulation's article: "第二十一条 市国土资源局的职责：…"
DUTIES_OF_RE = re.compile(r"的?(?:主要)?(?:工作)?(?:职责|职能)(?:是|为|如下)?$")
# "2、明确部门职责。X负责…": a heading that asks for duties to be set, not a body's name
DIRECTIVE_RE = re.compile(r"^(?:明确|落实|压实|压紧|强化|加强|细化|厘清|理顺|健全|完善|建立|夯实)")


def duty_list(m: re.Match[str], at: At) -> Iterator[Found]:
    """A body's duty list: each clause with a role verb is a duty of the body named before the colon; or a
    leader's, in a division of the leaders' work ("李立新常务副市长：负责市政府常务工作，负责…")."""
    actor = DUTIES_OF_RE.sub("", m["actor"].strip())  # "联席会议办公室职责：", "联席会议的主要职责是："
    actor = ITEM_MARK_RE.sub("", actor)  # "(1)捐赠接收组：负责…": the item's number is not the name
    if LABEL_RE.match(at.text) or ROLE_LABEL_RE.match(at.text) or DIRECTIVE_RE.match(actor):
        return
    if not actor:  # "主要职责：负责…" under "一、总指挥部": the section's body
        heading = at.context.section_heading(at.start)
        actor = heading[(heading_of(heading) or (0, 0, 0))[2] :].strip() if heading else ""
    leader = None if is_actor(actor) else _leader_named(actor)
    if leader is None and not is_actor(actor):
        return
    stated = False
    run_in = [(a.start(), a["actor"]) for a in RUN_IN_ACTOR_RE.finditer(at.text, m.start("body"))]
    run_in = [(at_, name) for at_, name in run_in if is_actor(name)]
    k = 0  # the next body whose list runs into this one ("…。 省安监局：负责…")
    for c in DUTY_CLAUSE_RE.finditer(at.text, m.start("body")):
        if leader is None and k < len(run_in) and run_in[k][0] <= c.start():
            while k < len(run_in) and run_in[k][0] <= c.start():
                actor, k = run_in[k][1], k + 1
            stated = False
        subject = OWN_SUBJECT_PAD_RE.sub("", c.group()[: c.start("verb") - c.start()])
        if leader is None and looks_like_org(subject) and is_actor(subject) and not NOT_SUBJECT_RE.match(subject):
            actor = subject  # "财政部门职责：…。县财政局主要负责…；负责…": a body named in the list acts from there on
        if claims := _clause_claims(c, actor, leader, at.start + c.start(), stated):
            yield at.found(c.start(), c.end(), *claims)
        stated = stated or c["verb"] != "会同"


def _clause_claims(c: re.Match[str], actor: str, leader: str | None, at: int, stated: bool) -> list[Claim]:
    """What one clause of a body's (or a leader's) duties states: its role in the duty; after 会同, once the
    duties have stated a role by its verb ("负责…，会同市发改、公安等有关部门依法查处…"), the body leads and
    those named support (a list of duties none of which says 负责 states no roles)."""
    if leader is None and "、" in actor and len(bodies := parse_actor_list(actor)) > 1:  # "广电局、日报社职责："
        return [claim for body in bodies for claim in _clause_claims(c, body, None, at, stated)]
    if c["verb"] == "会同":
        return _together(actor, c["post"], at) if leader is None and stated else []
    duty = supported(c["post"])[0] if c["verb"] == "配合" else c["post"]  # "配合民政部门做好…": what is supported
    return [Claim(c["verb"], leader or actor, None, duty=duty, at=at, person_ok=bool(leader))]


# departments named by their sector before 等部门: "市发改、国土资源、公安等有关部门"
SECTOR_LIST_RE = re.compile(
    r"^(?P<items>[\u4e00-\u9fff]{2,10}(?:、[\u4e00-\u9fff]{2,10}){0,12})(?=等(?:有关|相关)?(?:部门|单位))"
)
PARTNERS_PAD_RE = re.compile(r"^(?:等(?:有关|相关)?(?:部门|单位))?(?:按照?职责分工|共同|联合|具体)?(?:负责|牵头)?")


def _together(lead: str, text: str, at: int) -> list[Claim]:
    """ "会同Y…" in a body's duties: it leads, Y (bodies, or departments by sector) supports the duty after."""
    kinds = SECTOR_LIST_RE.match(text)
    items = kinds["items"].split("、") if kinds else []
    if kinds and all(looks_like_org(i) or split_place(i)[1] in SECTORS for i in items):
        names, used = items, kinds.end()
    else:
        names, used = leading_actors(text)
    duty = PARTNERS_PAD_RE.sub("", text[used:]).strip()
    if not names or len(duty) < 2:
        return []
    partners = [Claim("配合", name, None, duty=duty, at=at) for name in names if name not in VAGUE_ACTORS]
    return [Claim("牵头", lead, None, duty=duty, at=at), *partners]


def _leader_named(head: str) -> str | None:
    """The person a leader's line is headed by: "王一鸣市长", "常务副市长李立新", "王一鸣同志", "王一鸣（市长）"."""
    head = head.removesuffix("同志")
    found = who(head)
    return found[0] if found and found[1] == "person" else None


# "市教育局" alone on a line, over "负责校园食品安全管理工作。指导监督…": a duty table's row, flattened; or a
# leader's line in a division of the leaders' work, over "（兼市公安局局长，）负责…"
BODY_OVER_DUTY_RE = re.compile(
    r"(?m)^(?P<actor>[^\n，。；：:、]{2,30})\n(?P<body>(?:兼[^，。；\n]{2,20}，)?(?:具体|主要|全面|统一)?负责[^\n]+"
    rf"|(?P<title>{TITLE}(?:兼任?[^，。；\n]{{2,20}})?)，[^\n]*?负责[^\n]+"
    r"|(?<=职责\n)(?![（(]?[一二三四五六七八九十\d])[^\n]*?负责[^\n]+)"
)  # or a leader's name over his title and his duties: "李立新" over "常务副省长，负责…"; a heading that names a
# body's duties over them: "（一）县人民政府职责" over "统一领导…。负责处置…"


def body_over_duty(m: re.Match[str], at: At) -> Iterator[Found]:
    """A body (or a leader: "王一鸣市长") alone on its line, its duties on the next: each clause with a role
    verb is one of them."""
    actor = m["actor"].strip()
    actor = actor[numbered[2] :].strip() if (numbered := heading_of(actor)) else actor  # "（二）县（市）区政府"
    actor = DUTIES_OF_RE.sub("", DECIMAL_MARK_RE.sub("", actor))  # "（一）县人民政府职责", "2.2.1指挥部职责"
    under_heading = not m["title"] and not m["body"].startswith(("负责", "具体", "主要", "全面", "统一", "兼"))
    if under_heading and (actor.endswith("成员单位") or actor.startswith("各") or _opens_with_body(m["body"])):
        return  # "指挥部成员单位职责", "各部门职责" over lines that name each body
    leader = None if is_actor(actor) else _leader_named(actor)
    if (leader is None and not is_actor(actor)) or (m["title"] and leader is None):
        return
    base, stated = m.start("body"), False
    for c in DUTY_CLAUSE_RE.finditer(m["body"]):
        if claims := _clause_claims(c, actor, leader, at.start + base + c.start(), stated):
            yield at.found(base + c.start(), base + c.end(), *claims)
        stated = stated or c["verb"] != "会同"


def _opens_with_body(text: str) -> bool:
    """Whether a line opens with a body of its own ("交通部门，负责…", "区民政局作为主管部门…")."""
    first = re.split(r"[，。；]|作为|负责", text, maxsplit=1)[0]
    return looks_like_org(first)


DUTY_RULES = (
    Rule(
        "assignments.duty-list",
        DUTY_LIST_RE,
        duty_list,
        (
            "市委宣传部：负责组织协调新闻媒体开展宣传。配合有关职能部门开展执法。",
            "联席会议办公室职责:督促落实联席会议议定事项,负责会务保障;负责汇总年度工作进展。",
            "王立新常务副市长：负责市政府常务工作，负责发展改革、财政方面工作。分管市财政局。",
            "（二）物资保障组。负责救灾物资的采购和调运。",
        ),
        ("组长：陈杰 市委常委、常务副市长",),
        unit="paragraph",
        needs=(*COLONS, "职责。", "。负责"),
    ),
    Rule(
        "assignments.body-over-duty",
        BODY_OVER_DUTY_RE,
        body_over_duty,
        ("序号 单位 主要职责\n1\n市教育局\n负责指导学校食堂的日常管理。督促落实各项制度。",),
        ("二、工作要求\n负责同志要亲自抓。",),
        unit="document",
        needs=("负责",),
    ),
)
