"""Roll calls: posts, then the names of their holders, in running text.

"省人大常委会党组书记、常务副主任金振吉，副主任车秀兰、王绍俭，秘书长常晓春出席会议": each
name after a post holds it, and a post without a body in a roll call is in the
body of the post before it. Also where a name ends, and the body named right
before a post (kg.extract.posts reads "市长储祥好" with it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.group_seats import GROUP_ONLY_SEAT_RE
from kg.extract.held_posts import posts_held
from kg.extract.people import (
    GROUP_SEAT_RE,
    PLACE_ONLY_RE,
    is_person_name,
    name_after_post,
    name_shaped,
)
from kg.lexicon import AFTER_NAME_WORDS, NOT_NAMES, POST_TITLES, SHARED_HEAD_TITLES, alternation
from kg.model import PersonPost
from kg.names import is_tibetan_name, looks_like_org
from kg.rules import At, Found, Rule

POST_WORDS = alternation(POST_TITLES)
POST_TITLE_AT_RE = re.compile(rf"(?:{POST_WORDS})")
# a post title with two Chinese characters after it: where a roll call may name its holders
# (written "常务副?T|代理副?T|副T|T" rather than "(?:常务|代理)?副?T": every branch then opens with a
# character, and the regex engine skips ahead to where one of them stands instead of trying every position)
_ROLL_TITLE = f"(?:{POST_WORDS}|总指挥|指挥长|链长)"
ROLL_POST_RE = re.compile(
    rf"(?:常务副?{_ROLL_TITLE}|代理副?{_ROLL_TITLE}|副{_ROLL_TITLE}|{POST_WORDS}|总指挥|指挥长|链长|(?:[省市县区州盟旗镇乡村]级?副?总?|副?总)(?:河湖|[河湖林田路])长)(?=[\u4e00-\u9fff]{{2}})"
)
# what may stand before a post title and belongs to it ("常务副主任", "党组书记")
POST_LEAD_RE = re.compile(
    r"(?:常务|党组|党委|专职|执行|第一|驻会|部务|轮值|代理|副|代|[一二三四]级|本次会议|本届会议)+$"
)
# where a name ends: punctuation, or a word that follows names (lexicon.AFTER_NAME_WORDS)
NAME_END_RE = re.compile(
    rf"(?:[，。、；：,;:（(]|$|\d{{1,2}}日|以及|{alternation(AFTER_NAME_WORDS)})"
)  # "…丁某某以及常委会委员", "…葛海鹰27日晚驻守"
# one-character words that end a name's reading when a two-character name fits ("杨阳等")
AFTER_ONE = frozenset("等和与及为任对在于作的向受就率到赴")


# a name of another language's parts, to the first place a name may end ("A·B出席会议": not "B出席会议")
DOTTED_AT_RE = re.compile(rf"[\u4e00-\u9fff]{{1,8}}(?:[·•・．][\u4e00-\u9fff]{{1,8}}?){{1,3}}(?={NAME_END_RE.pattern})")
PLACE_LEVELS = frozenset("区市县省")  # surnames too (区, 省…), and the first character of a body's name
ITEM_AT_RE = re.compile(r"[^、，。；,;：:]{3,40}")  # a list item, to its separator


NOTE_AT_RE = re.compile(r"[（(][^（）()，。；]{2,40}[）)](?=、)")  # a bracketed note after a listed name


def names_at(text: str, i: int) -> list[str]:
    """The names listed from text[i]: "车秀兰、王绍俭、张焕秋，" → three; none when text[i:] is not a name."""
    names: list[str] = []
    while True:
        name = _name_at(text, i, listed=bool(names))
        if not name:
            return names
        names.append(name)
        i += len(name)
        if (note := NOTE_AT_RE.match(text, i)) and _name_at(text, note.end() + 1, listed=True):
            i = note.end()  # "副组长刘某（省委常委、省纪委书记）、陈某（…）": the posts each holds, noted
        if text[i : i + 1] != "、" or not _name_at(text, i + 1, listed=True):
            return names
        i += 1


def _opens_with_body(item: str) -> bool:
    """ "区水利和湖泊局局长刘某…": a body's name before a post title."""
    title = POST_TITLE_AT_RE.search(item)
    return title is not None and looks_like_org(item[: title.start()])


def _listed_name(text: str) -> bool:
    """A name in a list of names, whose last character a small unit's name may end with: "陈德科"."""
    return len(text) == 3 and text[-1] in "科股" and text[:2] not in NOT_NAMES and is_person_name(text[:2] + "平")


def _name_at(text: str, i: int, listed: bool = False) -> str | None:
    if text[i : i + 1] in ("和", "与", "及"):
        return None  # "委员和其他列席人员": a list goes on, no name starts
    if text[i : i + 1] in PLACE_LEVELS and (item := ITEM_AT_RE.match(text, i)) and _opens_with_body(item.group()):
        return None  # "、区水利和湖泊局局长刘某": a body and its post, not a person named 区水利
    if (dotted := DOTTED_AT_RE.match(text, i)) and not POST_TITLE_AT_RE.search(dotted.group().split("·")[0]):
        return dotted.group()  # "艾力更·依明巴海": a name of another language's parts
    if is_tibetan_name(text[i : i + 4]) and NAME_END_RE.match(text, i + 4):
        return text[i : i + 4]  # "尼玛次仁": a Tibetan name of two parts
    fits = [
        text[i : i + n]
        for n in (3, 2)
        if i + n <= len(text)
        and (
            is_person_name(text[i : i + n])
            or (listed and _listed_name(text[i : i + n]))
            or (
                n == 3 and text[i + 2] == "正" and is_person_name(text[i : i + 2]) and PUNCT_AFTER_RE.match(text, i + 3)
            )
        )  # "书记王君正，": 正 ends the name where a mark follows it (running text's 正 opens "正在")
        and NAME_END_RE.match(text, i + n)
        and not runs_into_post(text, i + n)
    ]
    if len(fits) == 2 and fits[0][2] in "和与及" and not _name_at(text, i + 3, listed=True):
        return fits[0]  # "孙中和参加会议": no name follows 和, so it ends this one
    if len(fits) == 2 and (
        (fits[0][2] in AFTER_ONE and not PUNCT_AFTER_RE.match(text, i + 3))
        or text[i + 2 : i + 4] in ("担任", "兼任", "拟任", "出任", "曾任", "关于")
        or text[i + 2] == "说"  # "书记陈平说。": a name does not end in 说
    ):
        return fits[1]
    if not fits and listed and LIST_SEPARATOR_RE.match(text, i + 4) and _four_han(text[i : i + 4]):
        return text[i : i + 4]  # "…、白玛赤林、…": a name of four characters among names
    if not fits and listed and text[i - 1 : i] == "、" and LIST_SEPARATOR_RE.match(text, i + 3):
        if name_shaped(text[i : i + 3]) and not runs_into_post(text, i + 3):
            return text[i : i + 3]  # "…、刘正东、磨长英、高枫": a surname the list lacks, among names
    return fits[0] if fits else None


LIST_SEPARATOR_RE = re.compile(r"[、，,；;]|及|和")
FOUR_HAN_RE = re.compile(r"^[\u4e00-\u9fff]{4}$")


def _four_han(text: str) -> bool:
    """Four characters that could be a name: no body, no title, none of the words that name no one ("其他同志")."""
    return (
        bool(FOUR_HAN_RE.match(text))
        and not looks_like_org(text)
        and not POST_TITLE_AT_RE.search(text)
        and not NOT_A_NAME_RE.search(text)
    )


NOT_A_NAME_RE = re.compile("[的等和与及其各有相位名员志们人]")


PUNCT_AFTER_RE = re.compile(r"[，。、；：,;:]|$")
TITLE_AT_END_RE = re.compile(rf"(?:{POST_WORDS}|总指挥|指挥长|召集人|链长)$")  # a group's seat before a post too


CHAIN_BEFORE_RE = re.compile(r"[\u4e00-\u9fff]{1,10}产业链$")
# how far back a compound post or a roll call's body is looked for: a few posts, not the whole text
MAX_PARTS = 4


def _phrase(text: str, title_start: int, depth: int = 0) -> tuple[int, str | None]:
    """Where the post phrase ending at a title starts, and the body it names first.

    The phrase reaches back over the title's prefixes ("常务", "党组"), its body,
    and a post before it joined by "、" ("省人大常委会党组书记、常务副主任").
    """
    lead = POST_LEAD_RE.search(text, max(0, title_start - 8), title_start)
    start = lead.start() if lead else title_start
    org = org_before(text, start)
    if org is None and lead and lead.group().startswith("代"):
        start = title_start  # "张明同志代市长李华作报告": on the mayor's behalf, an acting post only after its body
    party = lead.start() + 2 if lead and lead.group().startswith(("党委", "党组")) else None
    if org is None and party and (whole := org_before(text, title_start) or org_before(text, party)):
        start, org = (title_start if whole.endswith(text[party - 2 : title_start]) else party), whole
        # "上海市教卫工作党委书记", "伊犁哈萨克自治州党委副书记": the 党委 is the body, not the post's lead
    if org is None and (chain := CHAIN_BEFORE_RE.search(text, max(0, start - 14), start)):
        org = chain.group()  # "省茶产业链链长": a chain's seat
    if org is None and not lead and text.startswith(SHARED_HEAD_TITLES, title_start):
        if org := org_before(text, title_start + 1):  # "县统计局长": the body's last character is the title's first
            start += 1
    start -= len(org) if org else 0
    joined = text[start - 1 : start] in ("、", "兼") and depth < MAX_PARTS  # "副主任兼秘书长": one person's two
    before = TITLE_AT_END_RE.search(text, max(0, start - 20), start - 1) if joined else None
    if before and text[before.start() - 1 : before.start()] not in ("为", "任"):  # "A为组长、县长B": A's seat
        start, first = _phrase(text, before.start(), depth + 1)
        org = first or org
    return start, org


def roll_call(m: re.Match[str], at: At) -> Iterator[Found]:
    """A post, then the names of its holders: "副主任车秀兰、王绍俭，秘书长常晓春出席会议".

    A post without a body that follows another post of the roll call ("市人大常委会
    主任A，副主任B") is in that post's body.
    """
    names = names_at(at.text, m.end())
    if not names:
        return
    start, _ = _phrase(at.text, m.start())
    phrase = at.text[start : m.end()]
    held = posts_held(phrase) or [(None, phrase)]
    if len(held) == 1 and held[0][0] is None and "、" not in phrase:
        org = _roll_org(at.text, start)
        if org and GROUP_ONLY_SEAT_RE.match(held[0][1]) and not GROUP_SEAT_RE.match(org + held[0][1]):
            org = None  # "组长、政治局常委A，常务副组长B": a group's seat, not in the body of the post before
        held = [(None if org and PARTY_RE.search(org) and GOVERNMENT_HEAD_RE.search(held[0][1]) else org, held[0][1])]
    end, noted = _noted(at.text, m.end(), names)
    records = [PersonPost(name, org, post, None) for name in names for org, post in held]
    yield at.found(start, end, *records, *noted)


POSTS_NOTE_RE = re.compile(
    r"[（(](?P<posts>[^（）()，。；0-9年月任]{2,40})[）)]"
)  # not a step of a career ("2011年…任…")


def _noted(text: str, at: int, names: list[str]) -> tuple[int, list[PersonPost]]:
    """Where a roll call's names end, and the posts noted in brackets after each ("刘某（省委常委、省纪委书记）")."""
    noted: list[PersonPost] = []
    for name in names:
        at = text.index(name, at) + len(name)
        if (note := POSTS_NOTE_RE.match(text, at)) and (held := posts_held(note["posts"])):
            if all(org for org, _ in held) or len(held) == 1:
                noted += [PersonPost(name, org, post, None) for org, post in held]
                at = note.end()
    return at, noted


# a party committee ("县委", "市委", "党工委") holds no government's head: "县委常委、常务副县长A，副县长B" (B's
# post is not in 县委)
PARTY_RE = re.compile(r"委$")
GOVERNMENT_HEAD_RE = re.compile(r"(?:省|市|县|区|州|盟|旗|镇|乡)长$")


PRESIDES_RE = re.compile(
    r"(?:分别)?(?:主持|出席|列席)(?:第[一二三四五六七八九十]{1,3}次(?:、第[一二三四五六七八九十]{1,3}次)?)?(?:全体)?(?:会议)?"
    r"(?:并(?:讲话|作讲话|发表讲话|作重要讲话|致辞))?"
)  # "主任A、副主任B分别主持第一次、第二次全体会议，副主任C…出席"


ROLL_REACH = 200  # characters back to the roll call's post before this one: a long list of names between


def _roll_org(text: str, start: int, depth: int = 0) -> str | None:
    """The body of the roll call's post before this one, when only names and "，" stand between."""
    if text[start - 1 : start] not in ("，", "、", ",", "及", "和") or depth >= MAX_PARTS:  # "…、董某及秘书长傅某"
        return None
    titles = list(ROLL_POST_RE.finditer(text, max(0, start - ROLL_REACH), start - 1))
    if not titles:
        return None
    last = titles[-1]
    between = text[last.end() : start - 1]
    named = names_at(text, last.end())
    said = len("".join(named)) + max(len(named) - 1, 0)  # the names and the "、" between them
    if named and said != len(between) and not PRESIDES_RE.fullmatch(between, said):
        return None  # "主任A主持会议并讲话，副主任B": the roll goes on after what the first one did
    start, org = _phrase(text, last.start())
    return org or _roll_org(text, start, depth + 1)


# what a body's name in running text follows: punctuation, or a verb that names people by their posts
BODY_OPENS_RE = re.compile(
    r"(?:[，。、；：:,（(“”\s]|任命|免去|由|为|的|及|和|是|根据|了|受|以|据|在|现任|就|确定|推选|推举|比如|例如)$"
)
# what a body's name does not hold: punctuation, particles and the verbs above
NOT_IN_BODY_RE = re.compile(
    r"[，。、；：:,\s了的是由将要向受以据为]|(?<!财)经(?!济|贸|信|营|委)|任命|免去|根据|^[在有]|^会[上后]|^会议上|现任|就(?!业)|确定"
    r"|推选|推举|比如|例如"
)  # (经 of "经…批准", not of "经济开发区", "经信局", "财经委员会")


BODY_LONGEST = 24  # characters of a body's name before a post in a roll call ("某街道第七次全国人口普查领导小组")


def org_before(text: str, at: int) -> str | None:
    """The body named right before a post: "…，市人大常委会" before "主任孙立", "任命重庆市" before "副市长".

    A name that starts where the text's words allow one (after punctuation or
    a verb like 任命) is taken whole; else the shortest body's name that starts
    with a level ("…听取了省委组织部" → "省委组织部").
    """
    lo = max(0, at - BODY_LONGEST)
    shortest = None
    for k in range(at - lo - 1):
        candidate = text[lo + k : at]
        if (
            NOT_IN_BODY_RE.search(candidate)
            or _people_joined(candidate)
            or candidate.count("“") != candidate.count("”")
        ):
            continue  # (a name may quote a slogan whole: "县“五城同创”工作指挥部")
        body = looks_like_org(candidate)
        if (body or PLACE_ONLY_RE.match(candidate)) and (
            lo + k == 0 or BODY_OPENS_RE.search(text, max(0, lo + k - 3), lo + k)
        ):
            return candidate
        if body and candidate[0] in "省市县区国中全":
            shortest = candidate
    return shortest


_JOIN_RE = re.compile("[和与及]")


def _people_joined(text: str) -> bool:
    """ "市政府副秘书长吴晓和某区区委": a person, after a post, joined to the next (not a body's name)."""
    join = _JOIN_RE.search(text)
    return join is not None and name_after_post(text[: join.start()]) is not None


def runs_into_post(text: str, end: int) -> bool:
    """A name's last character begins a post title with what follows: "县长任主任" holds no name "任主"."""
    return POST_TITLE_AT_RE.match(text, end - 1) is not None


# "联席会议成员、长江流域十五省（区、市）领导刘涛、钟勉…": a group's seat, then who its holders are in words
# ("…领导", no post), then their names
SEAT_THEN_LEADERS_RE = re.compile(
    r"(?:^|(?<=[，。；：]))(?P<seat>[^，。；：、]{2,30}?)、(?:[^，。；：、（）()]|[（(][^（）()]{1,10}[）)]){0,40}?领导"
    r"(?=[\u4e00-\u9fff]{2})"
)


# "联席会议副召集人，河南省人民政府副省长武国定、安徽省人民政府副省长张曙光…出席": a group's seat, a comma, then
# its holders each after a post
SEAT_THEN_PEOPLE_RE = re.compile(
    r"(?:^|(?<=[。；：]))(?P<seat>[^，。；：、]{2,30}?)[，,](?P<list>[^，。；：]{4,300}?)"
    r"(?=出席|参加|列席|主持|作[^，。；]{0,6}(?:发言|讲话|报告|汇报)|[，。；]|$)"
)


def seat_then_people(m: re.Match[str], at: At) -> Iterator[Found]:
    """Each person the list names (each item a post and a name), in the group's seat."""
    seat = GROUP_SEAT_RE.match(m["seat"])
    people = [posted for item in m["list"].split("、") if (posted := name_after_post(item))] if seat else []
    if seat and people and len(people) == len(m["list"].split("、")):
        records = [PersonPost(name, seat["group"], seat["seat"], None) for name, _ in people]
        records += [PersonPost(name, org, post, None) for name, held in people for org, post in posts_held(held)]
        yield at.found(m.start(), m.end(), *records)  # the seat, and the posts each holds besides


def seat_then_leaders(m: re.Match[str], at: At) -> Iterator[Found]:
    """Each name after the words, in the group's seat (kg.extract's seats apart from posts make it a membership)."""
    seat = GROUP_SEAT_RE.match(m["seat"])
    names = names_at(at.text, m.end()) if seat else []
    if seat and names:
        end = m.end() + sum(len(n) + 1 for n in names) - 1
        yield at.found(m.start(), end, *(PersonPost(name, seat["group"], seat["seat"], None) for name in names))


SEAT_THEN_LEADERS = Rule(
    "people.seat-then-leaders",
    SEAT_THEN_LEADERS_RE,
    seat_then_leaders,
    ("某流域联席会议召开。联席会议成员、流域五省领导赵一平、钱二安、孙三立出席会议。",),
    ("某流域联席会议召开。市领导赵一平出席会议。",),
    needs=("领导",),
)


SEAT_THEN_PEOPLE = Rule(
    "people.seat-then-people",
    SEAT_THEN_PEOPLE_RE,
    seat_then_people,
    ("某流域联席会议召开。联席会议副召集人，甲省人民政府副省长赵一平、乙省人民政府副省长钱二安出席会议。",),
    ("某流域联席会议召开。会议强调，各省人民政府副省长要加强协调。",),
    unit="paragraph",
    needs=("召集人", "组长", "主任", "指挥长", "成员"),
)


# "前任某省省长韩某已任某省委书记": the post a person holds by now, told in passing (no appointment of this text)
HOLDS_NOW_RE = re.compile(
    r"(?:^|(?<=[，。；：]))(?P<before>[^，。；：]{2,30}?)(?:已|现)任(?!命|职)(?P<posts>[^，。；：]{2,30})(?=[，。；]|$)"
)


def holds_now(m: re.Match[str], at: At) -> Iterator[Found]:
    """A name (after the post it held, if given), 已任/现任, then the posts held now."""
    before = m["before"].removesuffix("同志")
    name = before if is_person_name(before) else (held[0] if (held := name_after_post(before)) else None)
    posts = posts_held(m["posts"])
    if name and posts:
        yield at.found(m.start(), m.end(), *(PersonPost(name, org, post, None) for org, post in posts))


HOLDS_NOW = Rule(
    "people.holds-now",
    HOLDS_NOW_RE,
    holds_now,
    ("两省代省长履新。前任甲省省长钱安已任乙省委书记。", "王一鸣现任某县财政局局长。"),
    ("王一鸣现任职务为局长。",),
    needs=("已任", "现任"),
)
