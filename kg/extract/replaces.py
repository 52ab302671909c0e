"""The news forms of a change of post holders: "A任某县县委书记，B不再担任" (A appointed to the post, B removed
from it), for several at once "A、B分别任甲县、乙县县委书记，C、D不再担任" (each in order), "B辞去某省省长职务，
A任代理省长" (A appointed; a resignation accepted is no appointment, GUIDELINE), "A调任…", "某职B出任…" (B
appointed) and "A代理…职务" (appointed to act)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.people import POST_RE, POST_WORDS, is_person_name, name_after_post, split_posts
from kg.extract.reported_posts import names_listed
from kg.extract.verbs_in_force import CLAUSE_START, NAME, TRANSFER_VERBS
from kg.model import Appointment
from kg.rules import At, Found

_NAMES = (
    r"[\u4e00-\u9fff]{2,4}?(?:[（(][^（）()]{1,12}[）)])?(?:、[\u4e00-\u9fff]{2,4}?(?:[（(][^（）()]{1,12}[）)])?){0,5}"
)
REPLACES_RE = re.compile(
    rf"(?:^|(?<=[，。；：]))(?P<new>{_NAMES})(?:同志)?(?P<each>分别)?任(?!命)(?P<posts>[^，。；：]{{2,60}}?)[，,]"
    rf"(?P<old>{_NAMES})(?:同志)?不再担任(?=[。；，]|$)"
)
NOTE_RE = re.compile(r"[（(][^（）()]{1,12}[）)]")  # "徐某（1967年11月生）"
# "方山县县委书记": a place, then the post its bodies share ("县委书记", "县长")
PLACE_POST_RE = re.compile(r"^(?P<place>[\u4e00-\u9fff]{1,10}?[省市县区州旗])(?P<post>[省市县区州旗]委.+|.{1,3}长)$")


def replaces(m: re.Match[str], at: At) -> Iterator[Found]:
    """Who takes each post and who leaves it, in order."""
    new, old = _names(m["new"]), _names(m["old"])
    posts = _each(m["posts"], len(new)) if m["each"] else split_posts(m["posts"]) or []
    if not new or not old or not posts or (m["each"] and (len(posts) != len(new) or len(old) != len(new))):
        return
    date = at.doc.date
    if m["each"]:
        records = [Appointment(n, "任命", org, post, None, date, None) for n, (org, post) in zip(new, posts)]
        records += [Appointment(o, "免去", org, post, None, date, None) for o, (org, post) in zip(old, posts)]
    else:
        records = [
            Appointment(p, action, org, post, None, date, None)
            for action, people in (("任命", new), ("免去", old))
            for p in people
            for org, post in posts
        ]
    yield at.found(m.start(), m.end(), *records, evidence=at.span(m.start(), m.end()))


def _names(text: str) -> list[str]:
    names = NOTE_RE.sub("", text).split("、")
    return names if all(map(is_person_name, names)) else []


def _each(text: str, n: int) -> list[tuple[str | None, str]]:
    """The posts of "甲县、乙县县委书记" for n people: each place with the post the last one names."""
    parts = text.split("、")
    last = PLACE_POST_RE.match(parts[-1]) if len(parts) == n else None
    return [(place, last["post"]) for place in [*parts[:-1], last["place"]]] if last else []


# "李某辞去某省省长职务 王某任副省长、代理省长", "…职务，王某被任命为某省代省长"
AFTER_RESIGNED_RE = re.compile(
    r"(?:^|(?<=[，。；：\n]))[\u4e00-\u9fff]{2,4}?辞去[^，。；\s]{2,40}?职务[\s，,]*(?:[^，。；\s]{0,12}的)?"
    r"(?P<new>[\u4e00-\u9fff]{2,4}?)(?:(?<!出|调|升|转|接|现|继|卸|离)任|被任命为)(?P<posts>[^，。；\s]{2,40})"
)


def after_resigned(m: re.Match[str], at: At) -> Iterator[Found]:
    """The one who takes the post another resigned from."""
    posts = split_posts(m["posts"])
    if is_person_name(m["new"]) and posts:
        records = [Appointment(m["new"], "任命", org, post, None, at.doc.date, None) for org, post in posts]
        yield at.found(m.start("new"), m.end(), *records, evidence=at.span(m.start(), m.end()))


# "郭大成调任北京理工大学党委书记", "哈尔滨工业大学党委书记郭大成调任…", "柯炳生出任中国农业大学校长": news of a
# transfer names the person (after the post held before, if any) and the new post (ANNOTATION: 调任, 出任 as 任命)
TRANSFER_RE = re.compile(
    rf"{CLAUSE_START}(?:原|则|另外|此外|其中)?(?P<who>[^；;。，,：:\n]{{2,30}}?)(?:同志)?"
    rf"(?:本月[上中下]旬|近日|日前|近期)?(?:(?:接替|接任)(?P<old>[^；;。，,：:\n任]{{2,12}}?)(?:同志)?(?:出任|担任|任)"
    rf"|(?:{TRANSFER_VERBS})(?![前后时]))(?P<orgpost>[^；;。，,：:\n]+)"
)  # "A接替B任X", "A接任B任X": A appointed to X (B, who leaves it, is told of by his own news)

_NUMBER = "[0-9〇零一二三四五六七八九十]"
CAREER_STEP_RE = re.compile(
    rf"(?:{_NUMBER}{{2,4}}年|同年|次年|翌年|(?<!今年)(?<!去年){_NUMBER}{{1,2}}月)(?:{_NUMBER}{{1,2}}月)?(?:{_NUMBER}{{1,3}}日)?(?:起|后|底|初|中旬)?"
    r"[，,]\s*$"
)  # "2016年6月，", "二零零一年七月，", "10月，": the date of a step in a career or a year's review (not "今年1月，")
# "2015年4月李希调任…后，A随即接任…": a sentence of a biography opens with the year and month of its step (not a
# report's dateline with its day: "2023年5月10日，…")
CAREER_OPEN_RE = re.compile(rf"{_NUMBER}{{4}}年(?:{_NUMBER}{{1,2}}月)?(?!{_NUMBER}{{1,3}}日)")
SENTENCE_REACH = 200  # characters back to a sentence's start, at most
FUTURE_RE = re.compile(r"(?:将|将要|拟|將)$")
ADVERB_RE = re.compile(r"(?:(?:卸任|离任)?不久)?(?:因|已|则|也|又|則|随即|随后|旋即|即|隨即|隨後){1,2}$")
QUOTED_BEFORE_RE = re.compile(
    r"^.*——"
)  # "因“唯一女省长”——乙省长A出任…": what stands before the name's post, after a dash


def transferred(m: re.Match[str], at: At) -> Iterator[Found]:
    """X调任/出任… (after the post X held, if given): appointed to the new post."""
    if CAREER_STEP_RE.search(at.text, max(0, m.start() - 16), m.start()):
        return  # "2016年6月，王某出任…": a step of a career, told in a biography, not news of this change
    if _opens_with_a_year(at.text, m.start()):
        return
    if m["old"] and not _named(m["old"]):
        return  # "A接任市长后任…": whom A followed is a person, or this is no such clause
    who = NOTE_RE.sub("", m["who"])
    if FUTURE_RE.search(who):
        return  # "有消息称，周某将调任…": not done yet
    who = QUOTED_BEFORE_RE.sub("", who)
    if (after := who.rsplit("的", 1)[-1]) != who and is_person_name(after):
        who = after  # "去年接任省长的李某升任省委书记": the name after what the clause says of it
    plain = ADVERB_RE.sub("", who)  # "王某已调任…", "于某因已调任…", "A随即出任…", "A卸任不久即出任…": not the name's
    name = (plain != who and _named(plain)) or _named(who)
    posts = split_posts(m["orgpost"].removesuffix("一职"))
    if name and posts and all(p for _, p in posts):
        yield at.found(
            m.start(),
            m.end(),
            *(Appointment(name, "任命", o, p, None, at.doc.date, None) for o, p in posts),
            evidence=at.span(m.start(), m.end()),
        )


def _opens_with_a_year(text: str, at: int) -> bool:
    """Whether the sentence that holds text[at] opens with a step's year ("2015年4月…后，A随即接任…")."""
    lo = max(0, at - SENTENCE_REACH)
    start = text.rfind("。", lo, at) + 1 or (0 if lo == 0 else at)
    return CAREER_OPEN_RE.match(text, start) is not None


def _named(who: str) -> str | None:
    """The person a clause names before its verb: a name, or a post and then a name."""
    return who if is_person_name(who) else (name_after_post(who) or (None,))[0]


# "刘慧代理宁夏回族自治区人民政府主席职务", "通过了关于董某代理某市人民政府市长职务的决定": an acting post
ACTING_RE = re.compile(
    rf"(?:{CLAUSE_START}(?:[^，。；：\n]{{0,12}}?决定)?|关于)(?P<name>{NAME})(?:同志)?(?P<now>(?:[\u4e00-\u9fff]{{0,6}}?(?:{POST_WORDS}))?)"
    rf"代理(?P<orgpost>[^；;。，,\n]{{1,40}}?)职务"
)  # "会议决定郑皓副区长代理…区长职务": the decision, and the post the person holds now


def acting(m: re.Match[str], at: At) -> Iterator[Found]:
    """X代理…职务: appointed to act in the post."""
    posts = split_posts("代理" + m["orgpost"])
    now_ok = not m["now"] or POST_RE.match(m["now"]) is not None  # "副区长", or nothing
    if is_person_name(m["name"]) and posts and now_ok:
        yield at.found(
            m.start(),
            m.end(),
            *(Appointment(m["name"], "任命", o, p, None, at.doc.date, None) for o, p in posts),
            evidence=at.span(m.start(), m.end()),
        )


PASSIVE_RE = re.compile(
    rf"{CLAUSE_START}(?P<who>[^，。；：:被\n]{{2,30}}?)(?:同志)?(?:(?:因|已于|已|于)[^，。；被]{{1,20}})?被(?P<verb>任命|免去)为?"
    r"(?P<orgpost>[^；;。，,\n]+?)(?:职务|一职)?(?=[；;。，,\n]|$)"
)  # or the person named after a post ("省委常委A被任命为…"), the day or the reason between ("A已于25日被任命为…")


def passive(m: re.Match[str], at: At) -> Iterator[Found]:
    """X被任命为… / X被免去…职务 (its reason between: "X因涉嫌违纪被免去…职务")."""
    posts = split_posts(m["orgpost"])
    who = m["who"].removesuffix("同志")
    who = who.rsplit("的", 1)[-1] if is_person_name(who.rsplit("的", 1)[-1]) else who  # "拥有博士学历的A"
    name = who if is_person_name(who) else (after[0] if (after := name_after_post(who)) else None)
    if posts and m["verb"] == "任命" and (acting := ACTING_AFTER_RE.match(at.text, m.end())):
        posts.append((posts[-1][0], acting["post"]))  # "A被任命为某省副省长，代理省长": the acting post too
    if name and posts:
        records = [Appointment(name, m["verb"], org, post, None, at.doc.date, None) for org, post in posts]
        yield at.found(m.start(), m.end(), *records, evidence=at.span(m.start(), m.end()))


ACTING_AFTER_RE = re.compile(r"[，,](?P<post>(?:代理|代)[\u4e00-\u9fff]{1,4}?(?:长|主席))(?=[，。；;,]|$)")


# "表决通过了自治区政府提请的A、B、C三人担任自治区政府副主席的议案": a motion adopted names whom it appoints
MOTION_RE = re.compile(
    r"通过了?[^，。；]{0,30}?(?:提请的|关于)(?P<who>[^，。；]{2,60}?)(?:[一二三四五六七八九十两0-9]+(?:人|位同志))?"
    r"(?:担任|任)(?P<orgpost>[^，。；]{2,40}?)(?:职务)?的(?:议案|决定)"
)


def motion(m: re.Match[str], at: At) -> Iterator[Found]:
    """A motion or decision adopted that names the people it appoints and their post."""
    names = m["who"].split("、")
    posts = split_posts(m["orgpost"])
    if posts and names_listed(names):
        records = [Appointment(n, "任命", org, post, None, at.doc.date, None) for n in names for org, post in posts]
        yield at.found(m.start(), m.end(), *records, evidence=at.span(m.start(), m.end()))
