"""Posts people hold, as the text states them outside appointment clauses.

"王平安 市发展改革委主任", "运城市人民政府市长 储祥好", "组长：张伟（市长）",
"由市长储祥好担任", "省委书记蓝佛安", "习近平总书记", and the roll calls of news
reports ("省人大常委会党组书记、常务副主任金振吉，副主任车秀兰、王绍俭…出席会议").
Who a person is (a name, not a word) is kg.extract.people's; how a roll call
reads, kg.extract.rollcall's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from kg.extract import rollcall
from kg.extract.actors import split_top_level
from kg.extract.held_posts import posts_held
from kg.extract.people import (
    POST_END_RE,
    POST_THEN_NAME_RE,
    SEAT_RE,
    bracket_holder,
    is_person_name,
    person_post_line,
    split_name,
    split_org_post,
)
from kg.extract.reported_posts import (
    CHOSEN,
    DISCIPLINED,
    ELECTED,
    IN_CAPACITY,
    NAME_OVER_TITLE,
    NAME_THEN_POSTS,
    POSTS_ROW,
)
from kg.extract.rollcall import POST_WORDS, ROLL_POST_RE, org_before, roll_call, runs_into_post
from kg.extract.runon import DIRECTORY_RE, POST_LABELS_RE, directory_holders, post_labels, run_on_people
from kg.lexicon import AFTER_NAME_WORDS, LEADER_TITLES, NATIONAL_TITLES, POST_TITLES, alternation
from kg.lines import RUN_ON_LABEL_RE
from kg.model import Document, PersonPost
from kg.names import looks_like_org
from kg.rules import At, Family, Found, Rule


def name_post_brackets(m: re.Match[str], at: At) -> Iterator[Found]:
    """A list line of names with their posts in brackets: "组长：张伟（市长）、李军（市政府秘书长）"."""
    posts: list[PersonPost] = []  # after '如下：' a label's list is read to its sentence's end, in 200 characters
    rest = at.text[m.end() :] if m.start() == 0 else at.text[m.end() : m.end() + 200].split("。")[0]
    for item in split_top_level(rest.rstrip("。；;"), "、，,；;"):
        named = bracket_holder(item.strip())
        if named and (POST_END_RE.search(named[1]) or split_org_post(named[1])):  # not "胡某（常务）"
            posts += [PersonPost(named[0], org, post, None) for org, post in posts_held(named[1])]
    yield at.found(m.start(), m.end() + len(rest), *posts, evidence=at.span(m.start(), m.end() + len(rest)))


def name_post_line(m: re.Match[str], at: At) -> Iterator[Found]:
    """A "name post" or "post name" line: "王平安 市发展改革委主任", "组 长：陈 杰 市委常委", or several."""
    line = person_post_line(at.text)
    posts = [PersonPost(n, org, post, None) for n, held in (line[1] if line else ()) for org, post in posts_held(held)]
    if posts:
        yield at.found(0, len(at.text), *posts, evidence=at.span())


# a list line of a name and its post with nothing between ("黄琪玉省政府副秘书长", "组长：陈芸副省长"),
# or with the post in brackets ("周华驹（市政府副秘书长）")
RUN_ON_LINE_RE = re.compile(
    r"^(?:[^：:]{1,12}[：:])?(?:(?P<item>[\u4e00-\u9fff（）()、]{4,40}|[\u4e00-\u9fff·•・]{2,20}[（(][^（）()]{2,30}[）)])"
    r"|(?P<pairs>[\u4e00-\u9fff]{2,4}[，,][^，,。；;]{2,40}(?:[；;][\u4e00-\u9fff]{2,4}[，,][^，,。；;]{2,40})*))$"
)  # or "name，post" ("周建国，市公安局局长"), several a "；" apart


def run_on_line(m: re.Match[str], at: At) -> Iterator[Found]:
    """A list line of a name run into its post ("黄琪玉省政府副秘书长"), with its post in brackets, or after a
    comma."""
    if m["pairs"]:
        people = [tuple(pair.split("，" if "，" in pair else ",", 1)) for pair in re.split("[；;]", m["pairs"])]
    else:
        people = [bracket_holder(m["item"]) or split_name(m["item"])]
    # not a headline's appointment: "许勤任某省副省长"
    posts = [(n, posts_held(held)) for n, held in filter(None, people) if is_person_name(n) and held[:1] not in "任免"]
    if posts and len(posts) == len(people) and all(held for _, held in posts):
        found = [PersonPost(n, org, post, None) for n, held in posts for org, post in held]
        yield at.found(0, len(at.text), *found, evidence=at.span())


CLAUSE_OPENS = "，。；：:\n、"


def post_then_name(m: re.Match[str], at: At) -> Iterator[Found]:
    """A leader's post, then the name, in running text: "市长储祥好担任", "市人大常委会主任孙立"."""
    if is_person_name(m["name"]) and not runs_into_post(at.text, m.end("name")):
        org, post = split_org_post(m["post"]) or (None, m["post"])
        if org is None:
            org = org_before(at.text, m.start())
        behalf = m.start() > 0 and at.text[m.start() - 1] not in CLAUSE_OPENS  # "代省长A出席": the acting one
        if post.startswith("代") and not post.startswith("代理") and org is None and behalf:
            post = post[1:]  # "A同志代市长B作报告": on behalf of the mayor; "武汉市代市长B": the acting mayor
        yield at.found(m.start(), m.end(), PersonPost(m["name"], org, post, None))


# names, then how many hold the post they share: "赵一、钱二海、孙三等三位副市长任副组长"
COUNTED_HOLDERS_RE = re.compile(
    r"(?P<names>[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4}){1,30})等(?:[0-9]+|[一二三四五六七八九十两]+)(?:位|名)"
    rf"(?P<post>(?:常务)?副?(?:{POST_WORDS}))"
)


def counted_holders(m: re.Match[str], at: At) -> Iterator[Found]:
    """Names listed, then "等N位" and the post each holds."""
    names = m["names"].split("、")
    start = m.start()
    if not is_person_name(names[0]) and is_person_name(names[0][1:]):
        names[0], start = names[0][1:], start + 1  # "由吴立、孙平等…": the list starts after 由
    if all(map(is_person_name, names)):
        yield at.found(start, m.end(), *(PersonPost(name, None, m["post"], None) for name in names))


# a leader's title after a name: "王宏副市长牵头", "张高丽副总理担任副组长", "习近平总书记"
NAME_THEN_TITLE_RE = re.compile(
    rf"(?P<national>{alternation(NATIONAL_TITLES)})"
    rf"|(?P<leader>(?:常务)?副?(?:{alternation(LEADER_TITLES)}))(?={alternation(AFTER_NAME_WORDS)})"
)
# where a name in running text starts
NAME_OPENS = "，。、；：:,（(“）)\n 由"


def name_then_title(m: re.Match[str], at: At) -> Iterator[Found]:
    """A name, then a leader's title: "王宏副市长牵头…"; a national leader's anywhere ("落实习近平总书记…")."""
    national, post = m["national"] is not None, m.group()
    if at.text[m.start() - 1 : m.start()] in ("为", "任") and not national:
        return  # "选举A、B为副市长": a verb before the title, not a name's last character
    for n in (3, 2):
        start = m.start() - n
        name = at.text[max(start, 0) : m.start()]
        opens = start == 0 or (start > 0 and at.text[start - 1] in NAME_OPENS)
        body = None if opens or national or start < 0 else _body_before(at.text, start)  # "市民政局薛亮副局长任"
        if name + post in POST_TITLE_SET:
            continue  # "、宣传部长": a post of its own (宣传部长), not 宣传 the 部长
        if start >= 0 and is_person_name(name) and (opens or national or body):
            yield at.found(start - len(body or ""), m.end(), PersonPost(name, body, post, None))
            return


POST_TITLE_SET = frozenset(POST_TITLES)
BODY_BEFORE_NAME_RE = re.compile(r"[^，。、；：:,（(“）)\n 由]{2,30}$")


def _body_before(text: str, end: int) -> str | None:
    """The body whose name runs into a person's right before ``end`` ("由市民政局" + "薛亮副局长")."""
    m = BODY_BEFORE_NAME_RE.search(text, max(0, end - 30), end)
    return m.group() if m and looks_like_org(m.group()) else None


# "目前国务院副秘书长共有7人，分别是A、B…": a post, then the people who hold it
HOLDERS_LISTED_RE = re.compile(
    rf"(?:^|(?<=[，。；：]))(?:目前|现任|现有|其中)?(?P<post>[^，。；：]{{2,24}}?(?:{POST_WORDS}))"
    rf"[^，。；：]{{0,10}}[，,：:]?分别(?:是|为)(?P<names>[^，。；：（(]{{2,200}})"
)


def holders_listed(m: re.Match[str], at: At) -> Iterator[Found]:
    """A post and the list of its holders (分别是…): each holds it."""
    split = split_org_post(m["post"])
    names = split_top_level(m["names"], "、和")
    if split and names and all(map(is_person_name, names)):
        yield at.found(m.start(), m.end(), *(PersonPost(name, split[0], split[1], None) for name in names))


# a list line of people run together, nothing between one's post and the next name ("成员：麦二玲县政府办公室
# 副主任黄三桂县科技局局长"): a web page's or a PDF's list flattened (kg.extract.runon)
RUN_ON_PEOPLE_RE = re.compile(r"^[^：:]{1,12}[：:](?P<item>[\u4e00-\u9fff（）()、]{8,})")  # under its label


def run_on_people_line(m: re.Match[str], at: At) -> Iterator[Found]:
    """Each person of a list line run together, with the posts each holds."""
    people = run_on_people(m["item"])
    if people:
        end = m.start("item") + sum(len(name) + len(held) for name, held in people)
        posts = [PersonPost(name, org, post, None) for name, held in people for org, post in posts_held(held)]
        yield at.found(0, end, *posts, evidence=at.span(0, end))


DIRECTORY_LABELS = 3  # posts as labels over names that make a directory of leaders


def _post_labels_over_names(doc: Document) -> int:
    """How many lines of a document are a body's post as a label over a name ("区委书记：吕某")."""
    return sum(1 for m in DIRECTORY_RE.finditer(doc.text.text) if directory_holders(m["label"], m["names"]))


def directory(m: re.Match[str], at: At) -> Iterator[Found]:
    """A directory of leaders: each name under a body's post as label holds the post ("区委书记：A"; "副书记："
    over "B", "C" under it is 区委's too)."""
    if at.context.once("directory-labels", _post_labels_over_names) < DIRECTORY_LABELS:
        return  # one "post：name" line is no directory
    held = directory_holders(m["label"], m["names"], at.text[max(0, m.start() - 600) : m.start()])
    if any(org is None for _, org, _ in held) or SEAT_RE.match(m["label"]) and at.context.groups:
        return  # a post that names no body ("副组长：A", "区长：B") may be a group's seat: only a body's post is read
    if held:
        end = m.start("names") + sum(len(line) + 1 for line in m["names"].split("\n")[: len(held)]) - 1
        yield at.found(
            m.start(), end, *(PersonPost(n, o, p, None) for n, o, p in held), evidence=at.span(m.start(), end)
        )


def post_labels_line(m: re.Match[str], at: At) -> Iterator[Found]:
    """Posts as labels over their holders' names: each holder holds the post ("市南区委书记：王一")."""
    held = post_labels(m.group())
    if held:
        yield at.found(0, m.end(), *(PersonPost(name, org, post, None) for name, org, post in held), evidence=at.span())


# "王一鸣，男，汉族，1975年5月生，…，现任县财政局副局长": a person's profile, their current post(s)
CURRENT_POST_RE = re.compile(
    r"(?:^|(?<=[。；：\n]))(?P<name>[\u4e00-\u9fff]{2,4})[，,](?:男|女)[，,][^。；]{0,120}?现任"
    r"(?P<posts>[^，。；、]{2,40}(?:、[^，。；、]{2,30}){0,3})"
)


def current_post(m: re.Match[str], at: At) -> Iterator[Found]:
    """A person's profile, and the posts it says they hold now (现任)."""
    posts = posts_held(m["posts"])
    if is_person_name(m["name"]) and posts:
        yield at.found(m.start(), m.end(), *(PersonPost(m["name"], org, post, None) for org, post in posts))


# a line with a space in it: "name post" or "post name"
SPACED_LINE_RE = re.compile(r"^\S.* \S+$")

PEOPLE = Family(
    "people",
    (
        Rule(
            "people.current-post",
            CURRENT_POST_RE,
            current_post,
            ("赵海，男，汉族，1975年5月生，大学学历，现任县民政局副局长，拟任县民政局局长。",),
            ("赵海，男，汉族，1975年5月生，拟任县民政局局长。",),
            needs=("现任",),
        ),
        Rule(
            "people.holders-listed",
            HOLDERS_LISTED_RE,
            holders_listed,
            ("目前市政府副秘书长共有3人，分别是王一鸣、李立新、赵海涛。",),
            ("两项任务分别是稳增长和促改革。",),
            needs=("分别",),
        ),
        Rule(
            "people.name-post-brackets",
            RUN_ON_LABEL_RE,
            name_post_brackets,
            ("组长：张伟（市长）、李军（市政府秘书长）",),
            ("组长：市政府分管副市长",),
            unit="paragraph",
            needs=("（", "("),
        ),
        Rule(
            "people.name-post-line",
            SPACED_LINE_RE,
            name_post_line,
            ("何建平 市发展改革委主任", "临江市人民政府市长 杜文海", "组长：陈杰 市委常委、常务副市长"),
            ("2023年 工作要点", "市发展改革委 市财政局"),
            unit="paragraph",
            needs=(" ",),
        ),
        Rule(
            "people.run-on-people",
            RUN_ON_PEOPLE_RE,
            run_on_people_line,
            ("副组长：麦二玲县政府办公室副主任黄三桂县科技局局长",),
            ("组长：陈立副省长", "成员：县发展改革局、县财政局"),
            unit="paragraph",
            needs=("：", ":"),
        ),
        Rule(
            "people.directory",
            DIRECTORY_RE,
            directory,
            ("领导名录\n区委书记：吕一瑞\n副书记：吴二俊（满族）\n巴图（蒙古族）\n武三强\n区长：吴二俊",),
            ("领导名录\n联系电话：0471-123\n地址：某路1号",),
            unit="document",
        ),
        Rule(
            "people.post-labels",
            POST_LABELS_RE,
            post_labels_line,
            ("市南区委书记：王一", "市南区委书记:王一市南区代区长:刘二"),
            ("组长：陈立", "发布时间：王一"),
            unit="paragraph",
            needs=("：", ":"),
        ),
        Rule(
            "people.run-on-line",
            RUN_ON_LINE_RE,
            run_on_line,
            (
                "许立群省政府副秘书长",
                "副组长：周华明（市政府副秘书长）",
                "组长：陈立副省长",
                "成员：韩立，县城管局局长",
            ),
            ("加强组织领导", "何伟森（市市政局）", "组长：一把手，亲自抓"),
            unit="paragraph",
        ),
        Rule(
            "people.roll-call",
            ROLL_POST_RE,
            roll_call,
            (
                "某区人大常委会党组副书记、常务副主任金一平，副主任车二兰、王三俭,秘书长常四春出席会议。",
                "市人大常委会副主任吴天明、郑海波主持会议。",
            ),
            ("会议听取了市长所作的报告。", "任命王五为副市长。"),
        ),
        Rule(
            "people.post-then-name",
            POST_THEN_NAME_RE,
            post_then_name,
            ("由市长杜文海担任全市产业链总链长。", "市人大常委会主任孙立出席会议。"),
            ("由市长担任组长。",),
            needs=LEADER_TITLES,
        ),
        Rule(
            "people.counted-holders",
            COUNTED_HOLDERS_RE,
            counted_holders,
            ("由吴立、孙平等两位副市长任副组长。",),
            ("由各区、各部门等五个单位负责。",),
            needs=("位", "名"),
        ),
        ELECTED,
        CHOSEN,
        NAME_THEN_POSTS,
        NAME_OVER_TITLE,
        DISCIPLINED,
        IN_CAPACITY,
        POSTS_ROW,
        rollcall.SEAT_THEN_LEADERS,
        rollcall.SEAT_THEN_PEOPLE,
        rollcall.HOLDS_NOW,
        Rule(
            "people.name-then-title",
            NAME_THEN_TITLE_RE,
            name_then_title,
            (
                "会上，习近平总书记发表重要讲话。",
                "（一）赵立华副市长牵头重点工作",
                "李二副总理担任副组长。",
                "一、王立新市长负责事项（共5项）",
            ),
            ("会上，总书记发表重要讲话。", "由副市长牵头。"),
            needs=(*LEADER_TITLES, *NATIONAL_TITLES),
        ),
    ),
)


def extract_people(doc: Document, context: object = None) -> list[PersonPost]:
    """A document's person–post statements, the first statement of each (person, body, post) kept."""
    posts: dict[tuple[str, str | None, str], PersonPost] = {}
    for found in PEOPLE.run(doc, context):
        evidence = doc.evidence(*(found.evidence or doc.sentence_span(found.start, found.end)), found.rule.name)
        former = _former_posts(doc.text.text[found.start : found.end], {pp.post for pp in found.records})
        if _then_held(doc.text.text, found.start) and found.rule.name != "people.holds-now":  # (前任X A已任Y: now)
            continue  # "时任县委书记A、县长B": posts held then, not now (as 原, decision 17)
        for pp in found.records:
            if opened := LIST_OPENER_RE.match(pp.post):  # "还有原市委常委A": the words that go on a list
                pp = replace(pp, post=pp.post[opened.end() :])
            if pp.post.startswith("原") or pp.post in former or THEN_IN_POST_RE.search(pp.post):
                continue  # "原党委委员", "该局时任局长": a post the person no longer holds (ANNOTATION.md, 17)
            posts.setdefault((pp.person, pp.org, pp.post), replace(pp, evidence=evidence))
    return list(posts.values())


LIST_OPENER_RE = re.compile(r"还有|另有|以及|包括")
THEN_HELD_RE = re.compile(r"(?:时任|曾任|历任|前任)[^，。；：]{0,60}$")
THEN_IN_POST_RE = re.compile(r"时任|曾任|历任|前任")


def _then_held(text: str, start: int) -> bool:
    """Whether a clause that says its posts were held then ("时任…", "曾任…") runs up to ``start``."""
    return THEN_HELD_RE.search(text, max(0, start - 62), start + 2) is not None  # or opens with it


def _former_posts(span: str, posts: set[str]) -> set[str]:
    """The posts of a span's records it says are former ones: "原" and up to 8 more characters before them.

    Each 原 is looked at once, over the window a post may end in: a span may hold a thousand people.
    """
    if "原" not in span or not posts:
        return set()
    longest = max(map(len, posts))
    former = set()
    for m in re.finditer(rf"原(?=([^，。、；\s]{{0,{8 + longest}}}))", span):
        window = m[1]
        former |= {window[i:j] for i in range(min(9, len(window))) for j in range(i + 1, len(window) + 1)} & posts
    return former
