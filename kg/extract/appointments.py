"""The appointments family: who was appointed to (任命) or removed from (免去) which post.

Appointment notices and people's-congress decisions state them in clauses: a
head ("任命：", "决定任命", "会议决定免去") sets the verb for the clauses that follow
it until another head (kg.extract.verbs_in_force); each clause names the people and the post:
"程严为市卫生健康委员会副主任（试用期一年）", "谢亚杰、李志涛为…副理事长",
"陈文丽市卫生健康委员会副主任职务", "靳创学同志…职务", "免去其…职务",
"张三同志任市财政局局长", "李四同志不再担任…职务".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from kg.extract import replaces as news
from kg.extract.actors import split_top_level
from kg.extract.appointed_bodies import bodies_announced, bodies_carried
from kg.extract.context import Context
from kg.extract.dismissed import DISMISSED, named_apart
from kg.extract.people import (
    POST_END_RE,
    is_person_name,
    name_after_post,
    name_shaped,
    named_before_post,
    split_name,
    split_org_post,
    split_posts,
)
from kg.extract.reported_posts import DISCIPLINED_RE, HELD_ONCE_RE
from kg.extract.verbs_in_force import (
    APPOINTMENT_DOC_RE,
    CLAUSE_START,
    DECISION_TITLE_RE,
    HEAD,
    MIXED,
    NAME,
    PROBATION_RE,
    may_give,
    verb_at,
    verb_of,
    verbs_in_force,
)
from kg.lexicon import SURNAMES
from kg.model import Appointment, Document
from kg.rules import At, Family, Found, Rule


def _probation(text: str, after: str = "") -> tuple[str, str | None]:
    """A clause without its probation in brackets, and the term ("（试用期一年）"), or the clause after it
    gives ("，试用期一年")."""
    m = PROBATION_RE.search(text)
    if m is None and (then := PROBATION_AFTER_RE.match(after)):
        return text, then["term"]
    return ((text[: m.start()] + text[m.end() :]).strip(), m["term"]) if m else (text, None)


PROBATION_AFTER_RE = re.compile(
    r"[，,]\s*试用期为?(?P<term>[一二三四五六七八九十半两\d]{1,3}个?(?:年|月))(?=[，。；;,]|$)"
)


def _clause(m: re.Match[str], at: At, *records: Appointment) -> Found:
    """The clause is the evidence: "程严为市卫生健康委员会副主任（试用期一年）"."""
    start = m.start()
    return at.found(start, m.end(), *records, evidence=at.span(start, m.end()))


# -- appointed ---------------------------------------------------------------------------------

APPOINT_RE = re.compile(rf"{CLAUSE_START}(?:{HEAD})?(?P<body>[^；;。，,：:\n]+)")
NAMES_FOR_POST_RE = re.compile(
    r"^(?P<names>其|[\u4e00-\u9fff、（）()0-9]{2,40}?)(?:同志)?(?:兼任|为|任)(?P<orgpost>.+)$"
)
APPOINTING_WORD_RE = re.compile(r"(?:同志)?(?:兼任|为|(?<!出|调|升|转|接|曾|历|现|继|卸|离|已)任(?!命))")  # not "出任"
# "左力（女）", "卓玛（藏族）": a note after a name
NAME_NOTE_RE = re.compile(
    r"[（(][\u4e00-\u9fff]{1,4}[）)](?![\u4e00-\u9fff]{0,6}(?:公司|集团|股份|银行|大学|学院|医院))"
)  # "张三（女）", not the "(集团)" inside "某某进出口(集团)公司"
# "决定其为…" after "决定任命X为…": the verb again; "同意X任…", "中央批准X同志任…": who agreed, then the verb
AGAIN_RE = re.compile(r"^并?(?:决定|同时|同意)|^\w{0,6}?(?:批准|决定|同意)(?=\w{2,4}?同志任(?!命))")
ENDS_AS_POST_RE = re.compile(r"^(?:其|[\u4e00-\u9fff]{2,4}(?:同志)?)(?:为|任).*(?:长|员|任|记|理|师)$")


def appointed(m: re.Match[str], at: At) -> Iterator[Found]:
    """People named for a post under 任命: "程严为…副主任", "谢亚杰、李志涛为…", "刘七任A、陈八任B"."""
    if verb_of(m, at) not in ("任命", MIXED) or HELD_ONCE_RE.search(m["body"]):  # "A曾任…": a career's step
        return
    body, probation = _probation(DECISION_TITLE_RE.sub("", m["body"].strip()), at.text[m.end() : m.end() + 12])
    if (ALSO_AS_RE.match(body) or not NAMES_FOR_POST_RE.match(body)) and at.text[m.start() - 1 : m.start()] in "，,":
        yield from _more_posts(m, at, body, probation)  # "…委员、副书记，漳州…管委会主任": the same person
        return
    parts = [AGAIN_RE.sub("", p) for p in split_top_level(body, "、")]
    if len(parts) < 2 or not all(ENDS_AS_POST_RE.match(p) for p in parts):
        parts = [AGAIN_RE.sub("", body)]  # several appointments in one clause only when every part is one
    records: list[Appointment] = []
    for part in parts:
        # "…为A副检察长、决定其为代理检察长": 其 is the person just named, and the post is in the same body
        its = records[-1].person if records else _last_named(at, m.start())
        found = _appointments(part, probation, at.doc.date, its if part.startswith("其") else None)
        if records and part.startswith("其"):
            found = [replace(a, org=a.org or records[-1].org) for a in found]
        records += found
    yield _clause(m, at, *records)


ALSO_AS_RE = re.compile(r"^(?:并|同时)?(?:决定)?为(?P<posts>.+)$")  # "…为A副市长，并决定为代理市长"


def _more_posts(m: re.Match[str], at: At, body: str, probation: str | None) -> Iterator[Found]:
    """A clause of posts only, after a clause that appointed someone: more posts for that person (in the same
    body when "并决定为…" names none)."""
    last = None if HELD_ONCE_RE.match(body) else _last_appointed(at, m.start())  # "曾任…": a career's step
    also = ALSO_AS_RE.match(body)
    posts = split_posts(also["posts"] if also else body) or []
    if also and last:
        posts = [(org or last.org, post) for org, post in posts]
    if last and posts:
        yield _clause(m, at, *(Appointment(last.person, "任命", o, p, probation, at.doc.date, None) for o, p in posts))


def _appointments(text: str, probation: str | None, date: str | None, its: str | None = None) -> list[Appointment]:
    """ "程严为…副主任", "谢亚杰、李志涛为…", "其为代理检察长" (its: the person 其 stands for),
    "南京航空航天大学党委书记单忠德为…" (the person's present post before the name)."""
    for m in APPOINTING_WORD_RE.finditer(text, 1, 44):  # "侯为东兼任…": the word that splits is the one that parses
        comrade = "同志" if m.group().startswith("同志") else ""  # "郅海杰同志任…": the word took 同志 along
        names = _names(NAME_NOTE_RE.sub("", text[: m.start()]) + comrade, its)
        posts = split_posts(text[m.end() :]) if names else None
        if names and posts:
            return [Appointment(n, "任命", org, post, probation, date, None) for n in names for org, post in posts]
    return []


def _names(text: str, its: str | None) -> list[str] | None:
    """The people a clause names: "谢亚杰、李志涛", "其", "市委常委沈志平" (a post, then the name)."""
    text = COUNTED_TRAILER_RE.sub("", text)  # "吕靖、李保庚、李超群三位同志": how many, not a name
    said = [n for piece in text.split("、") for n in _joined(piece)]
    names = [its if n == "其" and its else n.removesuffix("同志") for n in said]
    if all(named_before_post(n) or (s.endswith("同志") and name_shaped(n)) for n, s in zip(names, said)) or (
        any(map(is_person_name, names)) and all(is_person_name(n) or _surnamed(n) for n in names)
    ):
        return names  # "孙红梅和刘苏社": among names, one whose last character may end a body's (社) is one too
        # ("郅海杰同志任…": a rarer surname, called 同志)
    after_post = name_after_post(text.removesuffix("同志"))  # "县委副书记纪某某同志为…"
    return [after_post[0]] if after_post else None


def _surnamed(text: str) -> bool:
    """Three characters opening with a common surname, and no post."""
    return len(text) == 3 and text[0] in SURNAMES and not POST_END_RE.search(text)


JOINED_RE = re.compile(r"和|及")  # "任命孙红梅和刘苏社为…"


def _joined(piece: str) -> list[str]:
    """The names "和" or "及" joins, when each part is a name's length: "胡和平" is one ("胡" + "平" is none)."""
    parts = JOINED_RE.split(piece)
    return parts if all(len(p.removesuffix("同志")) >= 2 for p in parts) else [piece]


COUNTED_TRAILER_RE = re.compile(r"等?(?:[0-9]+|[一二三四五六七八九十两]+)(?:位|名|人)(?:同志)?$")
NAMED_WITHIN = 160


def _last_named(at: At, end: int) -> str | None:
    """The person an 其 stands for: the last one named for a post before it in the paragraph, else the one a
    disciplinary clause right before names ("给予王一党内警告处分，市委决定免去其…职务")."""
    last = _last_appointed(at, end)
    if last:
        return last.person
    named = None
    for m in DISCIPLINED_RE.finditer(at.text, max(0, end - NAMED_WITHIN), end):
        item = re.sub(r"(?:党内|政务)$", "", split_top_level(m["held"], "、及")[-1])  # "王一党内严重警告"
        named = item if is_person_name(item) else (name_after_post(item) or (None,))[0]
    return named


def _last_appointed(at: At, end: int) -> Appointment | None:
    """The last appointment stated in the clauses right before ``end``, unless a career was told since."""
    clauses = [
        (c.end(), found)
        for c in APPOINT_RE.finditer(at.text, max(0, end - NAMED_WITHIN), end)
        if (found := _appointments(c["body"], None, None))
    ]
    return clauses[-1][1][-1] if clauses and not HELD_ONCE_RE.search(at.text, clauses[-1][0], end) else None


# -- removed -------------------------------------------------------------------------------------

# (the posts end at 职务 when more of a decision follows: "免去X…副主席职务、撤销其…资格的决定")
REMOVE_RE = re.compile(
    rf"{CLAUSE_START}(?:{HEAD})?(?P<body>[^；;。，,：:\n]+?)"
    r"(?:的?职务(?=、|的决定)|(?:的)?(?:等?职务|一职)?(?:[（(][^（）()，。]{1,10}[）)])?(?=[；;。，,：:\n]|$))"
)  # "…副县长一职": 一职 ends a post as 职务 does; "…职务（终止试用期）": a note after it; "A、B等职务": each
NAME_OF_RE = re.compile(rf"^(?P<name>{NAME})(?:同志)?的(?P<orgpost>.+)$")
NAMES_OF_RE = re.compile(rf"^(?P<names>{NAME}(?:、{NAME})+)(?:同志)?的(?P<orgpost>.+)$")  # "A、B同志的…职务"
COMRADE_RE = re.compile(rf"^(?P<name>{NAME})同志(?P<orgpost>.+)$")


def removed(m: re.Match[str], at: At) -> Iterator[Found]:
    """People removed from a post under 免去: "陈文丽市卫生健康委员会副主任职务", "X同志的…职务", "其…职务"."""
    if verb_of(m, at) != "免去" or HELD_ONCE_RE.search(m["body"]):  # "A此前曾任…": a career, not a removal
        return
    body = m["body"].strip()
    if several := _several_removed(body, at.doc.date):
        yield _clause(m, at, *several)
        return
    if body.startswith("其"):
        person = _last_named(at, m.start())
        found = (person, body[1:]) if person else None
    else:
        found = _name_and_post(body)
        found = named_apart(found, at.doc.text.text, at.start + m.start()) if found else None
        if found is None and at.text[m.start() - 1 : m.start()] in ("，", ","):  # "免去其A市委常委，B区委书记职务"
            person = _last_named(at, m.start())  # the posts go on past a comma, in another body: the same person's
            found = (person, body) if person and split_org_post(body.split("、")[0]) else None
    posts = split_posts(found[1]) if found else None
    if found and posts:
        yield _clause(
            m, at, *(Appointment(found[0], "免去", org, post, None, at.doc.date, None) for org, post in posts)
        )


def _several_removed(body: str, date: str | None) -> list[Appointment]:
    """ "邱一、陈二同志的某某委员会常委、委员": each person removed from each post."""
    m = NAMES_OF_RE.match(NAME_NOTE_RE.sub("", body))
    names = m["names"].split("、") if m else []
    if not names or not all(is_person_name(name) for name in names):
        return []
    return [
        Appointment(n, "免去", org, post, None, date, None) for n in names for org, post in split_posts(m["orgpost"])
    ]


def _name_and_post(text: str) -> tuple[str, str] | None:
    text = NAME_NOTE_RE.sub("", text)
    m = NAME_OF_RE.match(text) or COMRADE_RE.match(text)
    if m and (is_person_name(m["name"]) or name_shaped(m["name"])):  # "免去鄂竟平的…": a rarer surname
        return m["name"], m["orgpost"]
    return split_name(text)


# "李四同志不再担任市财政局局长职务", "李四同志因年龄原因不再担任…": a removal in a notice about posts
# (the posts may run over "，" up to 职务: "不再担任A党组成员，B副书记、委员，C主任职务")
NO_LONGER_RE = re.compile(
    rf"{CLAUSE_START}(?P<held>[^，。；;,\n]{{2,30}}?(?:书记|长|主任|委员|常委))?(?P<name>{NAME}(?:、{NAME}){{0,20}})?(?:同志)?"
    r"(?:因[^，。；;,\n]{1,12}?)?不再(?:担任|兼任)"
    r"(?:(?P<posts>[^；;。\n]+?)职务|(?P<orgpost>[^；;。，,\n]+?))(?=[；;。，,\n]|$)"
)


DUTY_AFTER_RE = re.compile(r"(?:和|及)(?:负责|主持|分管)[^，。；]*$")  # "…副院长和负责某所工作": a duty, no post


def no_longer(m: re.Match[str], at: At) -> Iterator[Found]:
    """X同志不再担任…职务, in a notice about posts or after a head of both kinds: a removal."""
    parts = split_top_level(m["posts"], "，,") if m["posts"] else [DUTY_AFTER_RE.sub("", m["orgpost"])]
    posts = [post for part in parts for post in split_posts(part) or [(None, "")]]
    about_posts = (
        APPOINTMENT_DOC_RE.search(at.doc.title) or verb_at(at, m.start("name") if m["name"] else m.start()) == MIXED
    )
    if m["name"]:
        names = m["name"].split("、")  # "A、B、C不再担任区人大常委会副主任职务": each of them
    elif m["held"]:  # "王某院长不再兼任…": the name before the post held
        names = [named[0]] if (named := split_name(m["held"])) else []
    else:  # "A同志任某省委常委，不再担任某市委书记": the one just appointed
        last = _last_appointed(at, m.start()) if at.text[m.start() - 1 : m.start()] in ("，", ",") else None
        names = [last.person] if last else []
    if (
        not (about_posts or m["posts"])
        or not all(map(is_person_name, names))
        or not posts
        or not all(p for _, p in posts)
    ):
        return  # outside a notice about posts, only "…职务" says a post is given up
    yield _clause(
        m, at, *(Appointment(name, "免去", org, post, None, at.doc.date, None) for name in names for org, post in posts)
    )


# "陆卫东同志被任命为南通市人民政府副市长", "单晓明同志被免去南通市人民政府副市长职务"
APPOINTMENTS = Family(
    "appointments",
    (
        Rule(
            "appointments.no-longer",
            NO_LONGER_RE,
            no_longer,
            ("关于张三等同志职务任免的通知\n李四同志不再担任市财政局局长职务。",),
            ("关于张三等同志职务任免的通知\n李四同志不再担任此项工作的联系人。",),
            unit="paragraph",
            needs=("不再担任", "不再兼任"),
        ),
        Rule(
            "appointments.replaces",
            news.REPLACES_RE,
            news.replaces,
            ("据报道，钱一任某市甲县县委书记，孙二（1965年3月生）不再担任。",),
            ("钱一任县长期间，孙二不再担任此项工作。",),
            unit="paragraph",
            needs=("不再担任",),
        ),
        Rule(
            "appointments.after-resigned",
            news.AFTER_RESIGNED_RE,
            news.after_resigned,
            ("钱某辞去某省省长职务 孙某任副省长、代理省长",),
            ("钱某辞去某省省长职务，孙某任职期间表现突出",),
            unit="paragraph",
            needs=("辞去",),
        ),
        Rule(
            "appointments.transferred",
            news.TRANSFER_RE,
            news.transferred,
            ("某大学党委书记郭立调任某理工大学党委书记，柯明出任某农业大学校长。",),
            ("郭立调任以来，工作成效明显。",),
            unit="paragraph",
            needs=tuple(news.TRANSFER_VERBS.split("|")),
        ),
        Rule(
            "appointments.motion",
            news.MOTION_RE,
            news.motion,
            ("常委会表决通过了某区政府提请的张一仁、李二敏二人担任某区政府副主席的议案。",),
            ("会议表决通过了关于某项目的议案。",),
            needs=("议案", "决定"),
        ),
        Rule(
            "appointments.passive",
            news.PASSIVE_RE,
            news.passive,
            ("会议决定：周七同志被任命为某市人民政府副市长；吴八同志被免去某市人民政府副市长职务。",),
            ("会议决定：该议案被免去审议。",),
            unit="paragraph",
            needs=("被任命", "被免去"),
        ),
        Rule(
            "appointments.acting",
            news.ACTING_RE,
            news.acting,
            (
                "会议表决通过了关于王立代理某市人民政府市长职务的决定。",
                "王正辞去某区主席职务，刘华代理某区人民政府主席职务。",
            ),
            ("由副市长代理主持工作。",),
            unit="paragraph",
            needs=("代理",),
        ),
        Rule(
            "appointments.appointed",
            APPOINT_RE,
            appointed,
            (
                "经研究决定，任命：\n钱立为市市场监督管理局副局长（试用期一年）；",
                "会议决定任命张三为市财政局局长。",
                "某省人民政府任免工作人员，王一鸣任省政府副秘书长。",
                "某市人大常委会任免名单\n一、任命\n王立新为市财政局局长",
            ),
            ("经研究决定，任命：\n以企业为主体开展工作；",),
            unit="paragraph",
            needs=("为", "任"),
            reads=may_give("任命"),
        ),
        Rule(
            "appointments.removed",
            REMOVE_RE,
            removed,
            (
                "免去：\n周丽华市文化和旅游局副局长职务；",
                "任命张三为市财政局局长，免去其市审计局局长职务。",
                "会议通过关于免去王一鸣某市政协副主席职务、撤销其某市政协委员资格的决定。",
            ),
            ("免去：\n相关手续另行办理；",),
            unit="paragraph",
            reads=may_give("免去"),
        ),
        DISMISSED,
    ),
)


def extract_appointments(doc: Document, context: Context) -> list[Appointment]:
    """The appointments and removals a document states, each with its clause."""
    if not context.once("appointment-verbs", verbs_in_force)[0]:
        return []  # neither a notice about posts nor a text that appoints
    appointments = []
    for found in APPOINTMENTS.run(doc, context):
        evidence = doc.evidence(*(found.evidence or doc.sentence_span(found.start, found.end)), found.rule.name)
        appointments += [replace(a, evidence=evidence) for a in found.records]
    appointments = bodies_announced(doc, bodies_carried(doc, appointments))
    # "通过了关于X为A省政府代理省长的决定，决定X为代理省长": the second says less of the same appointment
    bodied = {(a.person, a.action, a.post) for a in appointments if a.org}
    appointments = [a for a in appointments if a.org or (a.person, a.action, a.post) not in bodied]
    # "吴某任某区代区长" as the headline of a report that states the appointment itself: the report's
    told = {a.person for a in appointments if a.evidence.quote != doc.title}
    return [a for a in appointments if a.evidence.quote != doc.title or a.person not in told]
