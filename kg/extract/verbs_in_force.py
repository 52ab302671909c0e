"""The verb in force at each clause of an appointing text: a head ("任命：", "决定任命", "会议决定免去") sets
it for the clauses after it, until another head or a new paragraph of prose (kg.extract.appointments reads
the clauses).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from typing import Any

from kg.extract.people import POST_WORDS, is_person_name
from kg.headings import heading_of
from kg.lexicon import APPOINT_VERBS, APPOINTMENT_TITLE_WORDS, alternation
from kg.model import Document
from kg.rules import At

APPOINTMENT_DOC_RE = re.compile(alternation(APPOINTMENT_TITLE_WORDS))
# news of a transfer: "A调任…", "A出任…", "A履新…" (ANNOTATION: as 任命)
TRANSFER_VERBS = "调任|调升|出任|转任|改任|升任|就任|接任|获任|履任|履新|調任|轉任|獲任"
# a document that appoints without saying so in its title (a report of a session: "…表决通过人事任免事项")
APPOINTING_TEXT_RE = re.compile(
    r"任命|免去|免除|免职|任免|聘任|解聘|不再担任|不再兼任|决定[\u4e00-\u9fff]{2,4}(?:同志)?为|代理[^，。；\n]{1,40}职务|调整[^，。；]{0,16}领导职务|(?:宣布|宣读)[^，。；]{0,20}决定[：:]"
    rf"|关于[\u4e00-\u9fff]{{2,4}}?同志任(?!命)|[\u4e00-\u9fff]{{2}}(?:{TRANSFER_VERBS})"
    r"|接替[\u4e00-\u9fff]{2,4}(?:出任|担任|任)"
)  # or a decision named by whom it appoints: "宣布省委关于A同志任…的决定"; news: "A获任…", "A接替B任…"
PROBATION_RE = re.compile(r"[（(]试用期(?P<term>[^（）()]{1,6})[）)]")
# "任命：", "决定任命", "会议决定免去": the head that sets the verb of the clauses after it
# ("会议通过关于免去X…职务的决定": a decision's title names the verb)
HEAD = (
    rf"(?:[^，。为；;,\n]{{0,40}}?(?:决定|通过|同意|会议|大会|人民政府|国务院|常委会|[部厅局委]|党组)(?:关于|上被分别|上被)?"
    r"|同时|并)?"
    rf"(?P<verb>{alternation(APPOINT_VERBS)})[：:]?"
)  # "某省人民政府任命", "教育部任命": the body that appoints, then the verb; "…在常委会会议上被分别任命为…。其中，A为…"
HEAD_RE = re.compile(HEAD)
VERB_ACTIONS = {"免除": "免去", "聘任": "任命", "解聘": "免去"}  # a verb's action, where the text uses another word
CLAUSE_RE = re.compile(r"[^；;。，,：:\n]+")
CLAUSE_START = r"(?:^|(?<=[；;。，,：:—]))\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])?"  # or after a dash: "…相继确认——A任…"; an item's number before it: "一、免去A的…职务"
# "张三同志任市财政局局长": a notice about posts that never says 任命
TAKES_POST_RE = re.compile(
    r"^[\u4e00-\u9fff]{2,4}(?:同志)?(?<!出|调|升|转|接|曾|历|现|继|卸|离|已)任(?!命)"
)  # not "出任"
# a paragraph that goes on with the list before it: "吴文团同志不再担任…"
LIST_CLAUSE_RE = re.compile(r"^[\u4e00-\u9fff]{2,4}同志(?:不再担任|任(?!命)|兼任)")
NAME = r"[\u4e00-\u9fff]{2,4}?"


# "宣布…主要领导任免决定：", "人事任免如下：", "国务院任免国家工作人员，", "宣布了…校长调整的决定，": clauses of
# both kinds follow
# ("X任…", "Y不再担任…")
ANNOUNCED_RE = re.compile(
    r"(?:任免|人事)(?:决定|如下|事项|名单|(?:国家)?工作人员|干部)$|(?:调整|任职|任免)的决定$|调整[^，。；]{0,16}领导职务$"
    r"|(?:任免职?|任职|免职)的?通知$|(?:宣布|宣读|传达)[^，。；]{0,30}?关于(?:调整|任免)[^，。；]{1,24}的决定$"
)  # or "某区调整党政主要领导职务：A任…", "宣布了…调整交流任免职通知：A任…"
MIXED = "任免"
ANNOUNCING_RE = re.compile(
    r"^经|^[^，。]{0,12}(?:宣布|宣读|传达)|^(?:会议|大会|[^，。为]{0,16}(?:常委会|常务委员会|人民政府))(?=决定$)"
)  # "经…决定，", "会议宣布中共某市委决定，", "会议决定，…A为X主任"
# "中组部部长A在会上宣布了中央决定，B不再担任…，C任…。": a decision told in a report, in force to the sentence's end
REPORTED_DECISION_RE = re.compile(r"^[^，。]{13,40}?(?:宣布|宣读|传达)了?[^，。]{0,12}决定$")
PARTY_DECIDES_RE = re.compile(r"^(?:中共中央|党中央|中央|[^，。为]{0,12}[省市县区州]委)决定$")  # "中共中央决定，A任…。"
PAST_RE = re.compile(r"^(?:此前|之前|此前不久|早前|早些时候|曾经)$")
REMOVAL_LABEL_RE = re.compile(
    r"^(?:决定)?免职$"
)  # the verb in force after such a head: 任/兼任 appoint, 不再担任 removes


def verbs_in_force(doc: Document) -> tuple[list[int], list[str | None]]:
    """The verb in force at each clause of the text: set by the last head before it (or in it).

    A head's verb holds for its paragraph and for the list under it; a new
    paragraph of prose (long, after one that ended a sentence) starts with none.
    """
    starts: list[int] = []
    verbs: list[str | None] = []
    text = doc.text.text
    about_posts = APPOINTMENT_DOC_RE.search(doc.title) is not None or _headline_takes(doc.title)
    if not about_posts and not APPOINTING_TEXT_RE.search(text):
        return starts, verbs
    verb = None
    prose = past = to_stop = False
    for m in CLAUSE_RE.finditer(text):
        clause = m.group().strip()
        past = past and text[m.start() - 1 : m.start()] not in ("。", "\n")
        if to_stop and text[m.start() - 1 : m.start()] in ("。", "\n"):
            verb, to_stop = None, False  # a party's decision told in a report holds to its sentence's end
        if m.start() == 0 or text[m.start() - 1] == "\n":
            prose = _starts_prose(text, m.start()) and not LIST_CLAUSE_RE.match(clause)
            verb = None if prose else verb
        head = HEAD_RE.match(_unnumbered(clause))  # "一、任命" above its list, as "任命："
        if ANNOUNCED_RE.search(clause) or (
            clause.endswith(("决定", "批准"))
            and (text[m.end() : m.end() + 1] in ("：", ":") or (ANNOUNCING_RE.match(clause) and text[m.end()] in "，,"))
        ):
            verb = MIXED  # "经省委研究决定：X同志任…；Y同志不再担任…", "宣读了省委决定：…", "经中共中央批准，…"
        elif _decision_told(clause) and text[m.end() : m.end() + 1] in ("，", ","):
            verb, to_stop = MIXED, True  # "去年11月，中共中央决定，A任某省委副书记。"
        elif ANNOUNCED_ABOUT_RE.search(clause):
            verb = "任命"  # "宣布省委关于A同志任…、B同志任…的决定": each 任 of the decision appoints
        elif head:
            verb = VERB_ACTIONS.get(head["verb"], head["verb"])
        elif REMOVAL_LABEL_RE.match(_unnumbered(clause)):
            verb = "免去"  # "免职：" above its list
        elif PAST_RE.match(clause):
            verb, past = None, True  # "此前，王某任某县县长。": the posts held before, up to the sentence's end
        elif (decided := COMRADE_DECIDED_RE.match(clause)) and is_person_name(decided["name"]):
            verb = MIXED if verb in ("免去", MIXED) else "任命"  # "中央批准A同志任…", after a removal or not
        elif verb is None and not past and _takes_post(clause, about_posts, prose):
            verb = "任命"
        elif verb == "免去" and TAKES_POST_RE.match(clause):
            verb = MIXED  # "…，免去其A职务；梁某同志任B，免去其C职务": 任 after a removal appoints, both in force
        starts.append(m.start())
        decides = DECIDES_PERSON_RE.match(clause)  # "决定栗某为代理省长": this clause appoints, nothing after it
        verbs.append("任命" if verb is None and decides and is_person_name(decides["name"]) else verb)
    return starts, verbs


def _decision_told(clause: str) -> bool:
    """ "中共中央决定，…", "A在会上宣布了中央决定，…": a decision whose clauses follow, to the sentence's end."""
    return PARTY_DECIDES_RE.match(clause) is not None or REPORTED_DECISION_RE.match(clause) is not None


# "决定X为Y", "会议决定X同志为Y" (ANNOTATION 5: 决定其为… appoints)
# (and a congress's decision by its title: "会议通过了关于X同志为某省人民政府代理省长的决定")
# (and 任命 inside a clause of news: "其中较瞩目的还有任命X为公安部副部长")
DECIDES_PERSON_RE = re.compile(r"^[^，。为]{0,30}?(?:决定|关于|任命)+(?P<name>[\u4e00-\u9fff]{2,4}?)(?:同志)?为")
COMRADE_DECIDED_RE = re.compile(r"^[\u4e00-\u9fff]{0,6}?(?:批准|决定|同意)(?P<name>[\u4e00-\u9fff]{2,4}?)同志任(?!命)")
DECISION_TITLE_RE = re.compile(
    r"^[^，。为]{0,30}?(?:关于|任命)(?=[\u4e00-\u9fff]{2,4}?(?:同志)?(?:为|任(?!命)))|的决定》?$"
)  # "宣布省委关于A同志任X、B同志任Y的决定": the decision's words around those it appoints
ANNOUNCED_ABOUT_RE = re.compile(r"(?:宣布|宣读|传达)[^，。；]{0,20}?关于[\u4e00-\u9fff]{2,4}?(?:同志)?任(?!命)")


# "汪劲松同志任四川大学校长": a notice's wording of an appointment, with 同志, in a text that appoints
COMRADE_TAKES_RE = re.compile(r"^[\u4e00-\u9fff]{2,4}同志任(?!命)")


HEADLINE_TAKES_RE = re.compile(
    rf"^(?P<name>[\u4e00-\u9fff]{{2,4}}?)(?<!出|调|升|转|接|曾|历|现|继|卸|离|已)任(?!命|职)[^，。；\s]{{0,30}}(?:{POST_WORDS})$"
)


def _headline_takes(title: str) -> bool:
    """A news headline that is one appointment: "吴某任某区代区长"."""
    m = HEADLINE_TAKES_RE.match(title)
    return m is not None and is_person_name(m["name"])


def _takes_post(clause: str, about_posts: bool, prose: bool) -> bool:
    """Whether a clause appoints by 任 with no head before it: in a list of a text about posts, or said of a
    comrade (同志) anywhere in an appointing text."""
    return (about_posts and not prose and TAKES_POST_RE.match(clause) is not None) or (
        COMRADE_TAKES_RE.match(clause) is not None
    )


def _unnumbered(clause: str) -> str:
    """A clause without a heading's number: "一、任命" is "任命"."""
    heading = heading_of(clause)
    return clause[heading[2] :].lstrip() if heading else clause


def _starts_prose(text: str, start: int) -> bool:
    """A paragraph of prose, not the next line of a list."""
    end = text.find("\n", start)
    paragraph = text[start : end if end >= 0 else len(text)]
    before = text[: max(start - 1, 0)].rstrip()
    return len(paragraph) > 60 and not before.endswith(("：", ":", "；", ";"))


PROPOSED_RE = re.compile(r"(?:建议|提议|提请|拟)[，,：:]?\s*$")  # "市委建议，免去…": proposed, not decided


def may_give(action: str) -> Callable[[Document, Any], bool]:
    """Whether a document can have a clause of an action (任命 or 免去) in force: one of its clauses has it, or
    the text has a verb of it that could head a clause of its own (a rule's test before it reads the text)."""
    verbs_re = re.compile("|".join(v for v in APPOINT_VERBS if VERB_ACTIONS.get(v, v) == action))
    in_force = {action, MIXED} if action == "任命" else {action}

    def reads(doc: Document, context: Any) -> bool:
        verbs = context.once("appointment-verbs", verbs_in_force)[1]
        return not in_force.isdisjoint(verbs) or verbs_re.search(doc.text.text) is not None

    return reads


def verb_of(m: re.Match[str], at: At) -> str | None:
    """The verb of a clause: its own head's, else the one in force where its body starts (none after 建议)."""
    if PROPOSED_RE.search(at.text, max(0, m.start() - 4), m.start()):
        return None
    return VERB_ACTIONS.get(m["verb"], m["verb"]) or verb_at(at, m.start("body"))


def verb_at(at: At, offset: int) -> str | None:
    """The verb in force at an offset of the unit."""
    starts, verbs = at.context.once("appointment-verbs", verbs_in_force)
    i = bisect.bisect_right(starts, at.start + offset) - 1
    return verbs[i] if i >= 0 else None
