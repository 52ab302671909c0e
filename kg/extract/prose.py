"""Assignments stated in running prose: 由X负责…, 由X负责的Y项目, X负责…, X会同Y…, X作为…牵头单位, and a
subjectless 负责… (kg.extract.setup_subject).

Each duty stated in prose gets a task of its own, named by the duty's words
(kg.extract.tasks.duty_task); role segments that follow a verb ("，Y配合，")
share the duty. These rules come after the label and table rules in the
assignments family (kg.extract.assignments), which decides between them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from kg.extract.actors import BARE_PLACE_RE, parse_actor_list
from kg.extract.body_items import BODY_HEADING
from kg.extract.clauses import (
    NO_DUTY_RE,
    NOT_A_VERB,
    VAGUE_ACTORS,
    Claim,
    Triple,
    claims_of,
    duty_before,
    following_roles,
    is_actor,
    parse_role_clause,
    supported,
)
from kg.extract.duties import DUTIES_OF_RE
from kg.extract.leader_duties import among_people
from kg.extract.leaders import comrade, leader_of
from kg.extract.people import is_post_text
from kg.extract.setup_subject import INHERIT_RE, SEAT_HOLDER_RE, seat_holder, set_up_subject
from kg.extract.together import TOGETHER
from kg.headings import heading_of
from kg.lexicon import CONNECTIVES, MODAL_WORDS, PADDING_WORDS, ROLE_VERBS, SECTORS, VERB_TAILS, alternation
from kg.model import Task
from kg.names import looks_like_org, split_place
from kg.rules import At, Found, Rule

# "由市能源局负责，采取特许经营模式…", "已拨补助资金由所在县级卫健部门负责追回"
BY_RE = re.compile(
    r"(?:^|(?<=[，。；：]))(?P<pre>[^，。；：]{0,80}?)由(?P<list>[^，。；由]{2,80}?)"
    r"(?:按照?职责分工|分工|具体|统一|共同|尽快|及时|抓紧)?(?P<verb>负总责|负责|牵头)(?!人(?!口)|同志|解读|的)(?P<post>[^，。；]*)"
)


def by_actor(m: re.Match[str], at: At) -> Iterator[Found]:
    """由X负责/牵头 and the duty around it; role segments that follow share the duty. X may be a leader by name
    ("由王立新副市长负责"); a clause that opens an item's text is the item's, whatever follows it."""
    if RANKED_RE.search(m["list"]):
        return  # "由排名首位的部门牵头负责": which of each list leads (kg.extract.context), not a body
    names = parse_actor_list(m["list"])
    leader = None if names else leader_of(m["list"])
    # a name with its title ("项目业主" is no one); a bare name where its paragraph divides work among people so
    person = leader[0] if leader and (leader[1] or among_people(at, m["list"])) else None
    person = person or (None if names else comrade(m["list"]))  # "由小军同志负责"
    if not (names or person) or "解读" in m["post"]:
        return
    triples = [(_role(m["verb"]), n, None) for n in names or [person]]
    post, pre = m["post"].strip(), m["pre"].strip()
    end, duty = m.end(), post
    more, after, used = following_roles(at.text, m.end()) if not post or post == "负责" else ([], "", 0)
    if m["verb"] == "牵头" and post == "负责" and more:
        post = ""  # "由X牵头负责，Y配合": 牵头负责 is 牵头 (GUIDELINE), the roles after it share the duty before
    if not post:
        triples += [t for t in more if t[1] not in VAGUE_ACTORS]  # "相关部门配合" names no one (ANNOTATION 9)
        end += used
        duty = after or m["pre"]
    elif pre:
        duty = pre + post
    if THIS_WORK_RE.match(pre) and not post:  # "X。这项工作由Y负责，…": the work is the sentence before
        duty = _sentence_before(at.doc.text.text, at.start + m.start()) or duty
    start = at.start + m.start("list")
    opens = _opened_item(at, at.start + m.start())
    if len(duty) >= 2 and not NO_DUTY_RE.match(duty) and opens is None:
        claims = claims_of(triples, None, duty, start)
    elif (task := opens or at.context.task_at(start)) is not None:
        claims = claims_of(triples, task, None, start)  # "…，由X负责。" in an item, or its text opening with it
    elif work := (pre if len(pre) >= 2 and not post else None) or (None if pre else _work_before(at, start)):
        # "这场…活动由A牵头，B承办": the work named before; "加强卫生…。由X负责，Y承办。": the paragraph's work
        claims = claims_of(triples, None, work, start)
    else:
        return
    yield at.found(m.start("list"), end, *(replace(c, person_ok=c.name == person) for c in claims))


def _work_before(at: At, offset: int) -> str | None:
    """The work a sentence that opens with 由X负责 closes, outside any item: its paragraph's text before it."""
    start, _ = at.doc.paragraph_at(offset)
    text = at.doc.text.text
    first = text.find("。", start, offset)  # its first sentence (a long one: its first clause)
    work = duty_before(text, first + 1 if first >= 0 else offset, start) if start < offset else ""
    return work if len(work) >= 2 else None


THIS_WORK_RE = re.compile(r"^(?:这|该|此)(?:项|些)?(?:工作|任务)$")
SENTENCE_BACK = 120  # characters read back for the sentence a "这项工作" stands for


def _sentence_before(text: str, at: int) -> str | None:
    """The sentence right before ``at`` (its words without the closing mark), when it is short."""
    window = max(0, at - SENTENCE_BACK - 4)
    end = window + len(text[window:at].rstrip("。 \n"))
    start = max(text.rfind(mark, max(0, end - SENTENCE_BACK), end) for mark in "。\n；") + 1
    return (text[start:end].strip() or None) if start > 0 or end <= SENTENCE_BACK else None


RANKED_RE = re.compile(r"(?:排名|排序|列)(?:在)?(?:首位|第一)")


def _opened_item(at: At, offset: int) -> Task | None:
    """The item whose text opens at an offset: the paragraph right under its heading line starts there."""
    task = at.context.task_at(offset)
    if task is None or offset <= task.start:
        return None
    heading_end = at.doc.text.text.find("\n", task.start, offset)
    return task if heading_end >= 0 and offset == heading_end + 1 else None


# "由县教育局负责的中考信息化提升项目投资…": a project named by who answers for it
BY_OF_RE = re.compile(
    r"由(?P<list>[^，。；由的]{2,60}?)(?:具体)?(?P<verb>负责|牵头)(?:实施|建设|推进|组织|承办|落实)?的"
    r"(?P<duty>[^，。；由的]{2,40}?(?:项目|工程|行动|活动|计划|工作))"
)


def by_actor_of(m: re.Match[str], at: At) -> Iterator[Found]:
    """由X负责的Y项目: X answers for the project (or works, campaign) the clause names; X may be places, each
    its government ("由甲镇、乙镇负责的…")."""
    places = m["list"].split("、")
    names = parse_actor_list(m["list"]) or (places if all(map(BARE_PLACE_RE.match, places)) else [])
    if names:
        triples = [(m["verb"], name, None) for name in names]
        start = at.start + m.start("list")
        yield at.found(m.start("list"), m.end(), *claims_of(triples, None, m["duty"], start))


# "市工信局作为总链长牵头单位，协调推动重点产业链发展相关工作"
AS_LEAD_RE = re.compile(r"(?P<actor>[^，。；：]{2,30}?)作为[^，。；]{0,20}?牵头(?:单位|部门)，(?P<post>[^。；]+)")


def as_lead(m: re.Match[str], at: At) -> Iterator[Found]:
    """X作为…牵头单位, and the duty after it."""
    actor = m["actor"].strip()
    if looks_like_org(actor):
        yield at.found(m.start(), m.end(), Claim("牵头", actor, None, duty=m["post"], at=at.start + m.start()))


# "工信部门负责制定重点产业链清单", "市领导小组办公室要牵头会同有关部门制定…"; where the body acts between them:
# "乡（镇）人民政府在县级人民政府确定的职责范围内，负责…", "县交通运输局在各自职责范围内负责…"
SCOPE_PAD = r"在[^，。；：在]{1,24}?范围内，?"
SUBJECT_RE = re.compile(
    r"(?:^|(?<=[，。；：]))(?P<actor>(?:[^，。；：“”（）()〔〕［］【】]|（[^（）]{1,8}）){2,80}?)"
    f"(?P<comma>[，,])?(?:{alternation(PADDING_WORDS + MODAL_WORDS)}|{SCOPE_PAD})*"
    rf"(?P<verb>负总责|负责|牵头|配合){NOT_A_VERB}(?P<post>[^，。；]*)"
)  # or a sentence that opens with the body, then a comma: "交通部门，负责通村公路建设。"
COMMA_SUBJECT_RE = re.compile(r"^[\u4e00-\u9fff、（）()]{2,30}?(?:部门|局|委|办|厅|院|所|站|队|中心|公司|政府)$")


ON_BEHALF_RE = re.compile(r"^代表(?!团|大会|处)")  # "代表某市委负责…": on behalf of, not a body's name


def _role(verb: str) -> str:
    """The role a verb states: "负总责" is 负责 (GUIDELINE: "由 X 负总责")."""
    return "负责" if verb == "负总责" else verb


SUBJECT_PREFIX_RE = re.compile(
    f"^(?:{alternation(CONNECTIVES)}|例如|比如|要求|明确|(?:如|即)(?=[省市县区])|我[省市县区乡镇]将?|\\d{{1,2}}(?=[省市县区州镇乡]))"
)  # "即县水务局牵头…", "要求县级部门牵头…", "明确民政部门负责…", "我乡将X办公室…": the body after them; a table
# row's number before it, the row's spaces gone ("1 市公安局 负责…")


ARTICLE_WITHIN_RE = re.compile(r"^[^，。；]{0,20}?第[一二三四五六七八九十百零\d]{1,4}条\s*")
NAMED_SHORT_RE = re.compile(r"[（(](?:以下)?简称[^（）()]{1,20}[）)]$")  # the short name a body is given as it is named
AS_WHAT_RE = re.compile(r"作为[^，。；]{1,20}?(?:主体|单位|部门|机构|机关)(?:总体|全面|具体)?$")
# "县人民政府对县人民代表大会负责并报告工作": to whom a body answers, not a duty (not "对外", "对台", "对口")
ACCOUNTABLE_TO_RE = re.compile(r"对(?![外台口])[\u4e00-\u9fff]{2,}$")


# "市发改委对全市节能工作总负责", "各责任主体对所属项目的实施效果负总责": the work a body answers for
WORK_OWED_RE = re.compile(
    r"^(?P<actor>[^，。；对]{2,40}|)对(?P<work>[^，。；]{2,60}?(?:工作|管理|保护|安全|建设|事务|质量|任务|效果|巡[林河湖查护]))"
    r"(?:总|全面)?$"
)


def _seat_before(text: str, end: int) -> str:
    """The holder named in the clause right before ``end``, when that clause gives a seat ("区长为一级田长，对…负总责")."""
    seat = SEAT_HOLDER_RE.search(text, max(0, end - 40), end)
    return seat_holder(seat) if seat else ""


def _work_owed(actor: str, work: str, at: At, m: re.Match[str]) -> Iterator[Found]:
    """X对Y负总责: X answers for the work Y (not "对人民代表大会负责": to whom a body answers)."""
    actors = parse_actor_list(actor) or ([actor] if is_post_text(actor) else [])
    if actors:
        claims = (Claim("负责", a, None, duty=work, at=at.start + m.start()) for a in actors)
        yield at.found(m.start(), m.end(), *claims)


def subject(m: re.Match[str], at: At) -> Iterator[Found]:
    """A body as the subject of 负责/牵头, and the duty after it (or after the role segments that follow)."""
    actor = m["actor"].strip()
    if (owed := WORK_OWED_RE.match(actor)) and m["verb"] != "牵头" and m["post"][:1] in ("", "、"):
        yield from _work_owed(owed["actor"] or _seat_before(at.text, m.start()), owed["work"], at, m)
        return
    if "由" in actor or "会同" in actor or ACCOUNTABLE_TO_RE.search(actor) or ON_BEHALF_RE.match(actor):
        return  # "…的职能为：代表某市委、市政府负责…": those it acts for are not its subject
    if m["comma"] and (
        at.text[m.start() - 1 : m.start()] not in ("", "。", "；", "\n")
        or not COMMA_SUBJECT_RE.match(actor)
        or re.search("设|成立|组建|作为|为|是", actor)
    ):
        return  # "交通部门，负责…": a sentence that is a body, then its duty (not "…下设办公室，负责…")
    actor = DUTIES_OF_RE.sub("", SUBJECT_PREFIX_RE.sub("", actor))  # "领导小组的主要职责是负责…": the group
    if actor[:1] in "如即" and not split_place(actor)[0] and is_actor(actor[1:]):
        actor = actor[1:]  # "如公安部门负责…": an example given, the body after 如 (not 如东县's)
    told = max(actor.rfind("要求"), actor.rfind("责成"))  # the last demand made, before the body it is made of
    if told >= 0 and is_actor(actor[told + 2 :]):
        actor = actor[told + 2 :]  # "市政府召开专题会议要求青山区政府负责…": the body told to
    actor = AS_WHAT_RE.sub("", actor)  # "区民政局作为主管部门总体负责…": the body, not what it is
    actor = NAMED_SHORT_RE.sub("", actor)  # "某区政府应急管理办公室（简称区政府应急办）负责…": the body
    actor = actor[numbered[2] :] if (numbered := heading_of(actor)) else actor  # "第三条市应急管理局负责…"
    actor = ARTICLE_WITHIN_RE.sub("", actor)  # "部门职责第六条人力资源社会保障部门负责…": a heading run in before it
    actors = parse_actor_list(actor) if "、" in actor or "和" in actor else [actor]  # "A、B负责…", "A和B负责…"
    if not actors or not all(is_actor(a) or a in SECTORS for a in actors) or actor.endswith("领导"):
        return
    triples: list[Triple] = [(_role(m["verb"]), a, None) for a in actors]
    duty, end = TAIL_RE.sub("", m["post"].strip()), m.end()  # "牵头抓总", "负责落实": the verb's own words
    if m["verb"] == "配合":  # "A配合做好T", "A配合B做好T": T (B's own role, if any, is the text's to say)
        duty, marked = supported(duty)
        if not marked or actor in VAGUE_ACTORS:
            return  # "各部门要密切配合", "A积极配合，主动作为": working together, no duty named
    if len(duty) < 2:
        more, duty, used = following_roles(at.text, m.end())
        triples += [t for t in more if t[1] not in VAGUE_ACTORS]  # "相关部门配合" names no one (ANNOTATION 9)
        end += used
    start = at.start + m.start()
    if len(duty) >= 2:
        claims = claims_of(triples + _roles_after_duty(at.text, end), None, duty, start)
        for goes_on in _going_on(at.text, end):  # "X负责A，…，牵头B，…，配合C": X again, for B and C
            duty_on = supported(goes_on["post"])[0] if goes_on["verb"] == "配合" else goes_on["post"]
            claims += [Claim(_role(goes_on["verb"]), a, None, duty=duty_on, at=start) for a in actors]
            end = goes_on.end()
        yield at.found(m.start(), end, *claims)
    elif (task := at.context.task_at(start)) is not None:
        yield at.found(m.start(), end, *claims_of(triples, task, None, start))  # "X牵头抓总，Y配合。" in an item


GOES_ON_RE = re.compile(
    rf"(?:[，,]|[；;](?=配合))(?:并|同时)?(?P<verb>负责|牵头|配合){NOT_A_VERB}(?P<post>[^，。；]{{2,80}})(?=[，。；]|$)"
)  # "X负责A；配合B做好C": the same body supports, after a semicolon too
CLAUSE_ON_RE = re.compile(r"[，,][^，。；]{1,80}(?=[，。；]|$)")
ROLE_AT_RE = re.compile(alternation(ROLE_VERBS))
CLAUSES_ON = 8  # the clauses after a duty that may go on with the same subject's roles


def _going_on(text: str, end: int) -> Iterator[re.Match[str]]:
    """The clauses after a subject's duty, in its sentence, that open with a role verb of the same subject
    ("…，牵头审核规划，指导督查…，配合市住建局组织培训"); a clause with a subject of its own ends them."""
    for _ in range(CLAUSES_ON):
        if (role := GOES_ON_RE.match(text, end)) is not None:
            yield role
            end = role.end()
        elif (clause := CLAUSE_ON_RE.match(text, end)) is not None and not _has_subject(clause.group()):
            end = clause.end()
        else:
            return


def _has_subject(clause: str) -> bool:
    """ "，市财政局负责…": a clause whose own subject (a body) opens it."""
    head = ROLE_AT_RE.search(clause)
    return head is not None and is_actor(clause[1 : head.start()].strip())


def _roles_after_duty(text: str, end: int) -> list[Triple]:
    """ "X负责A，Y配合。": the role clauses that close the sentence after a duty share it."""
    after = _role_clauses_after(text, end)
    return [t for t in after[0] if t[1] not in VAGUE_ACTORS] if after else []


TAIL_RE = re.compile(f"^(?:{alternation(VERB_TAILS)})$")
# "市场监管局、市公安局按职责分工负责。" after an item: the list is responsible for the item
# (or after "由X承办，": the body that runs the work has no role of the guideline's, those after it do)
LIST_ROLE_RE = re.compile(
    rf"(?:^|(?<=[。；])|(?<=[承主]办[，,]))[〔（(［【]?(?P<list>[^，。；：]{{2,80}}?)(?:{alternation(PADDING_WORDS + MODAL_WORDS)}|分别|共同)*"
    rf"(?P<verb>负责|牵头|配合)(?:{alternation(VERB_TAILS)})?(?=[。；，,]|$)"
)
WORK_BY_RE = re.compile(r"^(?:[^，。；由]{0,12}?(?:工作|任务)|此项|该项|这项|本项|上述|以上)?由")
# "此项工作由市教育局负责", "办公会议日常工作由市政府信息公开办公室负责"
SEGMENT_END_RE = re.compile(r"[，,。；]")
SEGMENT_LONGEST = 60  # characters of a role clause after the list's ("，各有关部门配合")


def list_role(m: re.Match[str], at: At) -> Iterator[Found]:
    """A list of bodies and a role verb closing a sentence inside a numbered item (or the role clauses after it
    close it: "A、B分别牵头，各有关部门配合。"): each has that role in it."""
    actors = parse_actor_list(WORK_BY_RE.sub("", m["list"]).rsplit("由", 1)[-1])  # "本办法由X负责组织实施": X
    more = _role_clauses_after(at.text, m.end())
    start = at.start + m.start()
    task = at.context.task_at(start)
    if actors and task is not None and more is not None:
        triples = [(m["verb"], a, None) for a in actors] + more[0]
        yield at.found(m.start(), more[1], *claims_of(triples, task, None, start))


def _role_clauses_after(text: str, end: int) -> tuple[list[Triple], int] | None:
    """The role clauses from text[end] ("，Y配合") to the sentence's end, and where they end; None when the
    sentence goes on with anything else (a duty: "A牵头，推进…")."""
    triples: list[Triple] = []
    while text[end : end + 1] in ("，", ","):
        stop = SEGMENT_END_RE.search(text, end + 1, end + 2 + SEGMENT_LONGEST)
        if stop is None and len(text) - end > SEGMENT_LONGEST + 1:
            return None
        close = stop.start() if stop else len(text)
        clause = parse_role_clause(text[end + 1 : close])
        if not clause:
            return None
        triples += clause
        end = close
    return (triples, end) if end == len(text) or text[end] in "。；" else None


PROSE_RULES = (
    TOGETHER,
    Rule(
        "assignments.prose-by",
        BY_RE,
        by_actor,
        ("由市能源局负责，采取特许经营模式建设。", "多领取的补贴由所在乡镇政府负责收回。"),
        ("本方案由市工信局负责解读。", "由于资金不足，项目推迟。"),
        needs=("由",),
    ),
    Rule(
        "assignments.prose-by-of",
        BY_OF_RE,
        by_actor_of,
        ("由县交通局负责的农村公路提升工程已完工。", "由甲镇、乙镇负责的耕地恢复项目总投资800万元。"),
        ("由市政府负责的同志带队检查。", "由于负责的事项较多，进度滞后。"),
        needs=("负责的", "牵头的"),
    ),
    Rule(
        "assignments.prose-as-lead",
        AS_LEAD_RE,
        as_lead,
        ("区商务局作为总链长牵头单位，统筹推进商贸产业链招商工作。",),
        ("企业作为市场主体，要主动作为。",),
        needs=("作为",),
    ),
    Rule(
        "assignments.prose-subject",
        SUBJECT_RE,
        subject,
        (
            "农业农村部门负责编制特色农产品目录。",
            "市领导小组办公室要牵头会同有关部门制定年度计划。",
            "（一）推进数字政府建设。市政务服务局牵头抓总，各区政府配合。",
            "发展改革委、财政部等部门还将负责推动经济区加快发展。",
        ),
        ("各部门负责人要带头落实。", "由市能源局负责建设。", "县人民政府对县人民代表大会负责并报告工作。"),
        needs=("负责", "牵头", "负总责", "配合"),
    ),
    BODY_HEADING,
    Rule(
        "assignments.list-role",
        LIST_ROLE_RE,
        list_role,
        ("（三）加强市场监管。市场监管局、市公安局按职责分工负责。", "2.开展专项整治。各区政府、市城管局分别负责。"),
        ("（三）加强市场监管。做到各负其责。",),
        needs=ROLE_VERBS,
    ),
    Rule(
        "assignments.prose-set-up",
        INHERIT_RE,
        set_up_subject,
        (
            "领导小组下设办公室，办公室设在县财政局，负责处理领导小组的日常事务。",
            "建立某区民生实事联席会议制度。\n二、主要职责\n（一）按照年度计划要求，牵头做好各项目的调度。\n三、工作要求",
        ),
        ("要加强协调，负责同志要亲自抓。",),
        needs=("负责", "牵头"),
    ),
)
