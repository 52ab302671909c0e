"""Who a person is (a name, not a word), and how a post text splits into body and post.

"王平安 市发展改革委主任", "运城市人民政府市长 储祥好", "组长：张伟（市长）",
"由市长储祥好担任", "省委书记蓝佛安", "习近平总书记". Appointments and removals
are their own family (kg.extract.appointments).
"""

from __future__ import annotations

import re

from kg.extract.actors import split_top_level
from kg.lexicon import (
    AFTER_NAME_WORDS,
    APPOINTMENT_TITLE_WORDS,
    COMMITTEE_SHORT_NAMES,
    EVENT_COMMITTEES,
    LEADER_TITLES,
    LEADING_GROUP_ENDINGS,
    NOT_GIVEN_NAMES,
    NOT_NAMES,
    ORG_ENDINGS,
    POST_PREFIXES,
    POST_TITLES,
    SEAT_WORDS,
    SECTORS,
    SHARED_HEAD_TITLES,
    SURNAMES,
    alternation,
)
from kg.lines import LABEL_RE, PAIRS_RE
from kg.names import PROVINCES, is_tibetan_name, looks_like_org, split_place

POST_WORDS = alternation(POST_TITLES)
POST_RE = re.compile(
    rf"^(?:党组|党委)?(?:[一二三四五六七八九]级)?(?:{alternation(POST_PREFIXES)})?副?(?:{POST_WORDS})(?:（[^（）]{{1,12}}）)?$"
)
# "（正厅长级）", "（副处级）": a rank note after a post, not part of it
RANK_NOTE_RE = re.compile(r"[（(][正副]?(?:部|省|厅|局|司|处|县|科|乡)(?:长)?级[）)]")
PERSON_RE = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
# a name written in Chinese characters from another language, its parts joined by a middle dot
# ("尼加提·尼亚孜", "买买提·阿不力米提", "格桑·次仁"): Uyghur, Tibetan, Mongolian and foreign names
DOTTED_NAME = r"[\u4e00-\u9fff]{1,8}(?:[·•・．][\u4e00-\u9fff]{1,8}){1,3}"
DOTTED_NAME_RE = re.compile(f"^{DOTTED_NAME}$")
# "张三（市长）", "尼加提·尼亚孜（市政府副市长）": a name with its post in brackets
NAME_WITH_POST_RE = re.compile(
    rf"^(?P<name>[\u4e00-\u9fff]{{2,4}}?|{DOTTED_NAME})(?:同志)?[（(](?:[\u4e00-\u9fff]{{1,4}}族[，,、])?"
    r"(?![\u4e00-\u9fff]{1,4}族[）)])(?P<post>[^（）()]{2,30})[）)]$"
)  # "严金海（藏族，区人大常委会党组书记）": the holder's people noted before the post ("A（藏族）": none)
POST_END_RE = re.compile(rf"(?:{POST_WORDS})$")
# "市长储祥好担任", "省委书记蓝佛安对…": a post, then a name, then a word that follows names
POST_THEN_NAME_RE = re.compile(
    f"(?P<post>(?:[省市县区]委)?(?:常务|代理|代)?(?:副)?(?:{alternation(LEADER_TITLES)}))(?P<name>[\u4e00-\u9fff]{{2}}(?=[担兼拟出曾]任|说)|[\u4e00-\u9fff]{{2,3}})"
    f"(?={alternation(AFTER_NAME_WORDS)})"
)  # "局长韩立担任": 韩立, not 韩立担; "书记陈平说": 陈平
# "南京市" in "南京市副市长", "蒙山镇" in "蒙山镇副镇长": a place standing for its government
PLACE_ONLY_RE = re.compile(r"^[\u4e00-\u9fff]{1,6}(?:省|市|县|区|州|盟|旗|自治区|镇|乡|街道)$")
# what a body's name before a post never holds: a list, or a verb of appointing or presiding
NOT_A_BODY_RE = re.compile(r"[、，。；：]|任命|任免|免去|决定|主持|提名")
PROBATION_RE = re.compile(r"[（(]试用期(?P<term>[^（）()]{1,6})[）)]")
APPOINTMENT_DOC_RE = re.compile(alternation(APPOINTMENT_TITLE_WORDS))


GIVEN_ENDS_AS_BODY = frozenset("科")  # a given name's character that also ends a body's name


def is_person_name(text: str) -> bool:
    """2–4 Chinese characters starting with a common surname, and not a body or a post; or a name of
    another language's parts joined by a middle dot."""
    if DOTTED_NAME_RE.match(text):
        return not looks_like_org(text.replace("·", ""))
    if is_tibetan_name(text):
        return True
    named_so = len(text) == 2 and text[1] in GIVEN_ENDS_AS_BODY  # "邓科": a section (科) is never named so short
    if (
        not PERSON_RE.match(text)
        or (looks_like_org(text) and not named_so)
        or POST_RE.match(text)
        or POST_END_RE.search(text)
    ):
        return False
    if text in NOT_NAMES or text[:2] in NOT_NAMES or text in SECTORS or text[1:] in NOT_GIVEN_NAMES:  # "任命": a word
        return False
    if text[-1] in "市县区省镇乡村州局委办厅部":  # "张家港市" is a place
        return False
    if (
        text[-1] in "以的了们等及与或被把并名各已此曾"
    ):  # "和多名副市长", "和各分管…", "成立以市长为组长": words, not a given name's end
        return False
    # "陈芸副" + "省长": a name does not end in a post's first word; a two-character one may end in 正 ("韩正")
    if text[-1] in "副常代兼" or (text[-1] in "正任" and len(text) > 2):  # "应勇任": A, then 任
        return False
    return text[0] in SURNAMES or text[:2] in SURNAMES


def named_before_post(text: str) -> bool:
    """A person's name where a post follows it: as is_person_name, and a three-character name may end in 正
    ("王广正 副市长": running text's "正" opens "正在", a post's "正副" is no title)."""
    return is_person_name(text) or len(text) == 3 and text[-1] == "正" and is_person_name(text[:2])


def bracket_holder(item: str) -> tuple[str, str] | None:
    """(name, post) of "张三（市长）", "尼加提·尼亚孜（市政府副市长）"; a surname the list lacks is a name's
    too when the bracket states a post ("竞中梅（市科技局局长）")."""
    named = NAME_WITH_POST_RE.match(item)
    if named is None:
        return None
    name, post = named["name"], named["post"]
    if is_person_name(name):
        return name, post
    rare = len(name) <= 3 and not looks_like_org(name) and not POST_END_RE.search(name) and not POST_RE.match(name)
    return (name, post) if rare and split_org_post(post) else None


LEVELS = "省市县区乡镇"  # the levels of government a post may name alone ("县常务副县长")


def level_own_post(text: str) -> bool:
    """A level, then its own post: "县常务副县长", "市副市长" (no body named; not a post as it stands)."""
    own = len(text) > 2 and text[0] in LEVELS and text[0] in text[1:]
    return own and not POST_RE.match(text) and bool(POST_RE.match(text[1:]))


def split_org_post(text: str) -> tuple[str | None, str] | None:
    """("市发展改革委", "三级调研员") from "市发展改革委三级调研员"; (None, post) when no body is named."""
    text = text.strip()
    if POST_RE.match(text) or level_own_post(text) or CHIEF_SEAT_RE.match(text):
        return None, text  # "县常务副县长": a level's own post, no body named; "市总河长": a chief's seat (seat_of)
    for i in range(2, len(text) - 1):
        org, post = text[:i], text[i:]
        if POST_RE.match(post) and not NOT_A_BODY_RE.search(org) and (looks_like_org(org) or PLACE_ONLY_RE.match(org)):
            if post.startswith("党委") and PLACE_ONLY_RE.match(org) and POST_RE.match(post[2:]):
                return org + "党委", post[2:]  # "自治区党委副书记": the place's party committee
            return org, post
    shared = text.endswith(SHARED_HEAD_TITLES) and text[-3:-2] not in "副总"  # not "副局长", "副总站长"
    if shared and looks_like_org(text[:-1]) and not NOT_A_BODY_RE.search(text[:-1]):
        return text[:-1], text[-2:]  # "县统计局长": the head of 县统计局, its last character said once
    if seat := GROUP_SEAT_RE.match(text):
        return seat["group"], seat["seat"]  # "市创城指挥部副总指挥": a seat of a group (see seat_of)
    if "、" in text:  # "市委常委、常务副市长": several posts, no body
        parts = text.split("、")
        if all(POST_RE.match(p) or split_org_post(p) for p in parts):
            return None, text
    return None


# a group's name and a seat in it: "市创城指挥部副总指挥", "县乡村振兴领导小组办公室主任"
_BARE_END = (
    alternation(
        [
            *(e for e in LEADING_GROUP_ENDINGS if not e.endswith("办公室")),
            "产业链",  # "省茶产业链链长"
            *"指导组 督导组 督查组 巡察组 巡视组 考核组 检查组".split(),  # teams sent out: "市委第二巡回指导组副组长"
        ]
    )
    + "|第[一二三四五六七八九十]{1,3}组"
)  # "巡回指导组第二组组长"
_GROUP_END = (
    _BARE_END + f"|[省市县区州盟镇乡旗](?:{alternation(COMMITTEE_SHORT_NAMES)})|{alternation(EVENT_COMMITTEES)}"
)  # "县禁毒委常务副主任", "执委会常务副主任"
_SEAT = rf"(?:第一|常务|执行|名誉|轮值)?(?:{alternation(SEAT_WORDS)})"
GROUP_SEAT_RE = re.compile(rf"^(?P<group>(?:[^、，。；]{{2,40}}?)?(?:{_GROUP_END}))(?P<seat>(?:办公室)?{_SEAT})$")
SEAT_RE = re.compile(rf"^(?:办公室)?{_SEAT}$")
BARE_GROUP_RE = re.compile(rf"^(?:{_BARE_END})$")
# "县财政局局长（成员兼办公室主任）": the seats a list line notes after a person's post
SEAT_NOTE_RE = re.compile(rf"[（(](?P<seats>(?:办公室)?{_SEAT}(?:兼(?:办公室)?{_SEAT})*)[）)]$")


# a chief's seat in a system of chiefs, by its level: "市总河长", "省级河长", "县副总林长", "村级河长"
CHIEF_SEAT_RE = re.compile(r"^(?:[省市县区州盟旗镇乡村]级?)?(?:副)?总?(?P<field>河湖|[河湖林田路链])长$")


LEVEL_CHARS = frozenset("省市县区州盟旗镇乡")
NATIONAL_BODY_RE = re.compile(r"^(?:国家|中央|全国|国务院|中国)")
OWN_BODY_RE = re.compile(rf"{NATIONAL_BODY_RE.pattern}|管委会$")  # a body of its own after another: "…、管委会主任"


CONCURRENT_RE = re.compile(r"兼任?(?!职)")  # "副院长兼综合处处长", "副县长兼任县公安局局长"


def split_posts(text: str) -> list[tuple[str | None, str]] | None:
    """Each post of "A副检察长、检察委员会委员、检察员" with its body: a part that names none is in the body before it;
    rank notes are dropped ("市长（正厅长级）"). None when a part is not a post; "副院长兼X处处长" is two posts, each
    in the body it names (as kg.extract.held_posts reads them)."""
    if len(both := CONCURRENT_RE.split(text)) == 2 and all(split_org_post(p) for p in both):
        first, second = split_posts(both[0]), split_posts(both[1])
        return first + second if first and second else None
    posts: list[tuple[str | None, str]] = []
    for part in split_top_level(RANK_NOTE_RE.sub("", text), "、"):
        acting = "代理" if part.startswith("代理") and not part.startswith("代理人") else ""
        part = part.removeprefix(acting).removesuffix("职务")  # "代理某市人民政府市长职务": the acting mayor
        split = split_org_post(part)
        if split is None or "、" in split[1]:
            return None
        org, post = split[0], acting + split[1]
        before = posts[-1][0] if posts else None
        # "检察委员会委员" is in the body of the part before; "国家移民管理局局长", "广州市委书记" name their own
        if before and not _own_body(org, posts[0][0]):
            org, post = before, acting + part.strip()
        posts.append((org, post))
    return posts or None


def _own_body(org: str | None, first: str | None) -> bool:
    """Whether a later part of a compound post names a body of its own: a place's, a national one, or a committee
    of the congress whose unit the first part names ("某区人大常委会人事代表工作室主任、人事代表工作委员会副主任")."""
    if org is None:
        return False
    congress = CONGRESS_UNIT_RE.search(org) and CONGRESS_TOP_RE.match(first or "")
    return bool(congress or split_place(org)[0] or OWN_BODY_RE.search(org) or PLACE_START_RE.match(org))


CONGRESS_TOP_RE = re.compile(r"^[^、]*?(?:人大常委会|人民代表大会常务委员会|政协[^、]{0,12}?委员会)(?=[^、])")
CONGRESS_UNIT_RE = re.compile(r"(?:委员会|工委|工作室)$")
NOT_IN_NAME_RE = re.compile(r"[副正会委长]")
ONE_CHARACTER_TOWN_RE = re.compile(r"^[\u4e00-\u9fff][镇乡]")
PLACE_START_RE = re.compile(r"^(?![^省市县]{0,3}团[省市县])[\u4e00-\u9fff]{2,4}?(?:省|市|县|自治区)")  # not "…团省委"


def _two_character_body(rest: str) -> bool:
    split = split_org_post(rest)
    return bool(split and split[0] and len(split[0]) == 2 and split[0][0] not in "省市县区州乡镇")


def _org_post(rest: str) -> bool:
    """A body's post after a name, or a post alone; not a level's own post ("何棠藤县县长" is 藤县's 县长, not
    何棠藤's "县县长")."""
    split = split_org_post(rest)
    if split is not None and split[0] in BARE_KINDS:
        return False  # "海南" + "军分区副司令员": a body's kind alone is the end of a body's name, not a body
    return split is not None and (split[0] is not None or not level_own_post(rest))


BARE_KINDS = frozenset(ORG_ENDINGS)
_KIND_RE = re.compile(alternation(e for e in ORG_ENDINGS if len(e) > 2))  # "军分区", "警备区", "委员会"


def _cuts_a_kind(item: str, n: int) -> bool:
    """Whether a name ending at n would cut a body's kind in two ("海南军" + "分区副司令员")."""
    return any(m.start() < n < m.end() for m in _KIND_RE.finditer(item, max(0, n - 3), n + 3))


def split_name(item: str) -> tuple[str, str] | None:
    """("陈文丽", "市卫生健康委员会副主任") from "陈文丽市卫生健康委员会副主任": where the name ends."""
    lengths = (2, 3, 4) if item[:2] in SURNAMES else (2, 3)  # four characters: a two-character surname's
    candidates = [
        (item[:n], item[n:])
        for n in lengths
        if is_person_name(item[:n]) and _org_post(item[n:]) and not _cuts_a_kind(item, n)
    ]
    if item[:1] == "区":  # a surname, and a district's bodies' first character: "区应急管理局局长" is a post
        candidates = [(name, rest) for name, rest in candidates if rest[:1] in "市省县区"]
    if item[2:3] in ("省", "市") and item[3:4] == item[2] and item[:2] not in PROVINCES and split_org_post(item[3:]):
        candidates.insert(
            0, (item[:3], item[3:])
        )  # "杨三省省政府研究室副主任": the first 省 is the name's (not "北京市市长")
    if not candidates:
        return None
    # "温燕新圩镇副镇长": a town is named by two characters or more, so 新 opens the town's name, not ends hers;
    # "张力民政厅副厅长": a body's name of two characters opens with its level ("市委"), so 民 opens "民政厅"
    candidates = [(name, rest) for name, rest in candidates if not ONE_CHARACTER_TOWN_RE.match(rest)] or candidates
    candidates = [(name, rest) for name, rest in candidates if not _two_character_body(rest)] or candidates
    for name, rest in candidates:
        if rest[:1] in "市省县区":
            return name, rest
    placed = [(name, rest) for name, rest in candidates if PLACE_START_RE.match(rest)]
    if placed:  # "王荣江苏省委常委": the rest opens with a place ("江苏省"), not "苏省委"; of two such, the
        return max(placed, key=lambda c: len(c[0]))  # longer name: "张宜生珠海市副市长" (珠海市, not 生珠海市)
    three = [c for c in candidates if len(c[0]) == 3]
    return three[0] if three else candidates[0]


def org_name_post(text: str) -> tuple[str, str, str] | None:
    """(body, name, post) of "市民政局薛亮副局长": the body, then the name, then the post in it (not a post
    whose first word could open a name: "市质监局纪检组长")."""
    if split_org_post(text):
        return None
    for i in range(2, min(len(text) - 3, ORG_BEFORE_NAME)):
        if not looks_like_org(text[:i]):
            continue
        for n in (3, 2):
            name, post = text[i : i + n], text[i + n :]
            if is_person_name(name) and POST_RE.match(post):
                return text[:i], name, post
    return None


ORG_BEFORE_NAME = 30  # characters: the longest body's name tried before a person's


def name_after_post(text: str) -> tuple[str, str] | None:
    """("陶慧孜", "市统计局总统计师") from "市统计局总统计师陶慧孜": a post, its holder's name last."""
    if "·" in text[-DOTTED_LONGEST:]:  # "主任赛力克·哈布肯": the longest post before a name of parts
        dot = text.rindex("·")
        for k in reversed(range(max(2, dot - 8), dot - 1)):
            if POST_END_RE.search(text, 0, k) and DOTTED_NAME_RE.match(text[k:]):
                return text[k:], text[:k]
    for n in (3, 2):
        name, post = text[-n:], text[:-n]
        # "副秘书长代永波": a rarer surname (not a post's own characters: "委员会副主" + "任委员")
        named = is_person_name(name) or (n == 3 and name_shaped(name) and not NOT_IN_NAME_RE.search(name))
        if len(post) >= 2 and named and POST_END_RE.search(post):
            return name, post
    return None


DOTTED_LONGEST = 17  # characters of a name of two parts: eight, the dot, eight


YOUTH_LEAGUE_RE = re.compile(r"团[省市县区]委")  # "孙 巍 团省委副书记": 团 opens the body, it ends no name


def _name_post(text: str) -> tuple[str, str] | None:
    """("陈杰", "市委常委、常务副市长") from a "name post" or "post name" line.

    A padding space in the wrong place ("贺昌 信省扶贫办副主任") gives way to
    the name that leaves a post naming its place ("贺昌信", "省扶贫办副主任").
    """
    if " " not in text:
        return None
    left, _, right = text.rpartition(" ") if is_person_name(text.rpartition(" ")[2]) else text.partition(" ")
    if len(left) == 3 and left[-1] in "省市" and right[:1] == left[-1] and left[0] in SURNAMES:
        return left, right  # "杨三省 省政府研究室副主任": a name may end as a place does
    if named_before_post(left):
        joined = split_name(left + right)
        rejoin = (
            joined and joined[1][:1] in "省市县区" and right[:1] not in "省市县区" and not YOUTH_LEAGUE_RE.match(right)
        )
        return joined if rejoin else (left, right)
    if is_person_name(right):
        return right, left
    if name_shaped(left) and is_post_text(right):
        return left, right  # "蓟春元 镇党委副书记、镇长": a surname the list lacks, set apart from the posts it holds
    if _name_ending_as_a_body(left) and is_post_text(right):
        return left, right  # "王金会 省委农办主任": a given name may end in 会, set apart from the posts
    return None


def _name_ending_as_a_body(text: str) -> bool:
    """A three-character name ending in 会, which a body's name ends in too (not "管委会", "党委会", "学生会")."""
    return len(text) == 3 and text[0] in SURNAMES and text[1] not in "委联工学协商农社会" and text[2] == "会"


def name_shaped(text: str) -> bool:
    """Three Chinese characters that could be a name whatever the surname: no word, body, place, post or a
    seat's label ("联络员", "召集人")."""
    return (
        len(text) == 3
        and text[-1] not in "员人者室处科股组挥集"
        and is_person_name("王" + text[1:])  # the same test with a surname the list has
        and text[:2] not in NOT_NAMES
        and not looks_like_org(text)
        and not POST_END_RE.search(text)
    )


def is_post_text(text: str) -> bool:
    """Posts, 、 apart, each a known post title or a body's post: "镇党委副书记、镇长"."""
    return all(split_org_post(part) for part in text.split("、"))


LINE_NOTE_RE = re.compile(r"\s*[（(][^（）()]{0,40}[：:][^（）()]{0,40}[）)]$")


def person_post_line(para: str) -> tuple[str | None, list[tuple[str, str]]] | None:
    """(label, [(person, post text)…]) of "组长：陈杰 市委常委、常务副市长", "王平安 市发展改革委主任", or a
    line of several: "副组长：李立新 区委副书记 赵海涛 区委常委" (each name and post a space apart)."""
    if "|" in para:
        return None  # a table's row: its cells are read by column (kg.extract.roster, groups.seat-row)
    para = LINE_NOTE_RE.sub("", para)  # "汤平 副省长（责任区域：甲市、乙市）": the seat's note, not the post
    label = LABEL_RE.match(para)
    rest = (para[label.end() :] if label else para).strip()
    found = _pairs(rest) if PAIRS_RE.match(rest) else None
    if not found:
        one = _name_post(rest)
        found = [one] if one else None
    return ((label["label"] if label else None), found) if found else None


def _pairs(text: str) -> list[tuple[str, str]] | None:
    """The people of "李立新 区委副书记 赵海涛 区委常委" or "县长 王一鸣 副县长 李立新"; None unless every
    name is one."""
    words = text.split(" ")
    names, posts = (words[0::2], words[1::2]) if is_person_name(words[0]) else (words[1::2], words[0::2])
    if len(names) != len(posts) or not all(map(is_person_name, names)):
        return None
    return list(zip(names, posts))
