"""Posts people hold as reports and lists state them, outside "name post" lines (kg.extract.posts lists these
rules with its own):

- won at an election: "A当选省政协主席，B、C当选副主席，D等135名同志当选常务委员", "选举A为…主席，B为…副主席"
  (an election is no appointment, corpus/ANNOTATION.md); a post named without its body ("副主席") is in the
  body of the post elected before it;
- a list of leaders, each a name, a colon and the posts held ("- 王一：某市委副书记，市政府市长、党组书记"), or
  each a name on a line of its own over the title and the duties ("李立新" over "常务副省长，负责…");
- the posts of the people a disciplinary report names ("给予某镇副镇长、某组组长王一政务警告处分");
- the posts a person acts in ("A已以某市政府党组副书记职务出席…");
- a table's row of a person and the posts held in the cell after the name ("甲河 | 王一 | 省委副书记、市委书记 |").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.actors import split_top_level
from kg.extract.held_posts import posts_held
from kg.extract.people import GROUP_SEAT_RE, is_person_name, is_post_text, name_after_post, split_org_post
from kg.lexicon import LEADER_TITLES, alternation
from kg.model import PersonPost
from kg.names import looks_like_org
from kg.rules import At, Found, Rule

# "夏林茂当选为石景山区人民政府区长", "张柏青、郭跃进当选副主席" (a clause's names, then the post)
ELECTED_RE = re.compile(
    r"(?:^|(?<=[，。；：\n]))(?P<who>[^，。；：\n]{2,200}?)当选为?(?P<post>[^，。；\n]{2,60}?)(?=[，。；]|$)"
)  # or several posts: "A同志当选为某旗委常委、人民政府副旗长"
# "马振才等21人", "丁广鑫等135名同志", "马明炬等68位委员": the one named of the many elected
OTHERS_RE = re.compile(r"等(?:[0-9]+|[一二三四五六七八九十百]+)(?:人|名|位)(?:同志|委员|代表)?$")
NEW_TERM_RE = re.compile(r"^(?:新一届|新一任|新)")  # "新一届石景山区人大常委会委员": the body is the post's
ELECTED_BEFORE = 400  # characters before a bare post where the paragraph names the body of the one before it


def elected(m: re.Match[str], at: At) -> Iterator[Found]:
    """Each name of the clause holds the post it is elected to, in the body it names or the one before."""
    names = [name.removesuffix("同志") for name in OTHERS_RE.sub("", m["who"]).split("、")]
    if not names_listed(names):
        return
    post_text = NEW_TERM_RE.sub("", m["post"])
    held = posts_held(post_text) if "、" in post_text else [split] if (split := split_org_post(post_text)) else []
    if not held or not all(post for _, post in held):
        return
    if held[0][0] is None:
        held[0] = (_body_before(at.text[max(0, m.start() - ELECTED_BEFORE) : m.start()]), held[0][1])
    yield at.found(m.start(), m.end(), *(PersonPost(name, org, post, None) for name in names for org, post in held))


def names_listed(names: list[str]) -> bool:
    """The people of an election's list: each a name, or, with most of the list names, a word of two to four
    characters that is no body or post (a name of another people: "奇军", "额尔登图")."""
    named = sum(map(is_person_name, names))
    if named == len(names):
        return True
    return 2 * named >= len(names) and all(
        LISTED_NAME_RE.match(n) and not is_post_text(n) and not looks_like_org(n) for n in names
    )


LISTED_NAME_RE = re.compile(r"^[\u4e00-\u9fff]{2,4}$")


def _body_before(text: str) -> str | None:
    """The body of the last post elected before, that names one."""
    bodies = [split[0] for m in ELECTED_RE.finditer(text) if (split := split_org_post(NEW_TERM_RE.sub("", m["post"])))]
    return next((body for body in reversed(bodies) if body), None)


ELECTED = Rule(
    "people.elected",
    ELECTED_RE,
    elected,
    ("王一鸣当选省政协主席，李立、赵明当选副主席，孙亮等35名同志当选常务委员。",),
    ("有3人为新当选，分别为原副区长吴立。",),
    needs=("当选",),
    unit="paragraph",  # a bare post's body is the one elected before it in the paragraph
)

# "- 王一：某市委副书记，市政府市长、党组书记。": a name as a list's label, the posts held after it
NAME_THEN_POSTS_RE = re.compile(r"^(?:[-－·•*]\s*)?(?P<name>[\u4e00-\u9fff]{2,4})[：:](?P<posts>[^：:。\n]{2,160})。?$")

CONCURRENT_RE = re.compile(r"[（(]兼[）)]")  # "副主任（兼）": a post held besides another


def name_then_posts(m: re.Match[str], at: At) -> Iterator[Found]:
    """The posts after a name and its colon, each "，" group read as posts_held reads one."""
    if not is_person_name(m["name"]):
        return
    groups = split_top_level(CONCURRENT_RE.sub("", m["posts"]), "，,；;")
    held = [post for group in groups for post in posts_held(group.strip())]
    if held:
        yield at.found(m.start("name"), m.end(), *(PersonPost(m["name"], org, post, None) for org, post in held))


NAME_THEN_POSTS = Rule(
    "people.name-then-posts",
    NAME_THEN_POSTS_RE,
    name_then_posts,
    ("- 王一：某市委副书记，市政府党组书记。", "李立：某县人民政府副县长"),
    ("组长：某市委副书记", "时间：2022年5月13日"),
    needs=("：", ":"),
    unit="paragraph",
)

# "李立新" alone on a line, over "常务副省长，负责…" or "副省长兼任省公安厅厅长，负责…"
NAME_OVER_TITLE_RE = re.compile(
    rf"(?m)^(?P<name>[\u4e00-\u9fff]{{2,4}})\n(?P<title>(?:常务|第一)?副?(?:{alternation(LEADER_TITLES)}))"
    r"(?:兼任?(?P<also>[^，。；\n]{2,20}))?[，,]"
)


def name_over_title(m: re.Match[str], at: At) -> Iterator[Found]:
    """A leader's name over the title (and the post held besides) that opens his duties."""
    if not is_person_name(m["name"]):
        return
    posts = [PersonPost(m["name"], None, m["title"], None)]
    if m["also"] and (split := split_org_post(m["also"])):
        posts.append(PersonPost(m["name"], split[0], split[1], None))
    yield at.found(m.start(), m.end(), *posts)


NAME_OVER_TITLE = Rule(
    "people.name-over-title",
    NAME_OVER_TITLE_RE,
    name_over_title,
    ("具体分工如下：\n李立新\n常务副省长，负责发展改革方面工作。",),
    ("具体分工如下：\n工作职责\n副省长，负责发展改革方面工作。",),
    needs=LEADER_TITLES,
    unit="document",
)

# a career's steps: "…任某省委书记。…曾任A市副市长，B市市长" (posts held once, not given by the clause they run into)
HELD_ONCE_RE = re.compile(r"曾任|历任|先后任|时任|前任")
# "给予某镇副镇长、某村包村组组长王一政务警告处分": the posts of the one disciplined, his name last
DISCIPLINED_RE = re.compile(
    r"(?:给予|对)(?P<held>[^，。；]{4,200}?)(?:党内|政务)?(?:严重警告|警告|记过|记大过|降级|撤职|留党察看|开除党籍|诫勉|批评教育|通报批评)"
)


IN_GROUP_RE = re.compile(r"组$|领导小组|工作专班|指挥部")  # "某村包村组组长", "某领导小组办公室负责人": seats


def disciplined(m: re.Match[str], at: At) -> Iterator[Found]:
    """The one a disciplinary report names, and each post listed before the name (a group's seat is a
    membership's, not a post's)."""
    items = split_top_level(m["held"], "、及")
    named = name_after_post(items[-1]) if items else None
    if named is None or not is_person_name(named[0]):
        return
    held = [p for item in (*items[:-1], named[1]) for p in posts_held(item)]
    posts = [
        (org, post) for org, post in held if org and not GROUP_SEAT_RE.match(org + post) and not IN_GROUP_RE.search(org)
    ]
    if posts:
        yield at.found(m.start(), m.end(), *(PersonPost(named[0], org, post, None) for org, post in posts))


DISCIPLINED = Rule(
    "people.disciplined",
    DISCIPLINED_RE,
    disciplined,
    ("给予某镇副镇长、某镇防火队队长王一鸣政务警告处分。",),
    ("给予批评教育。",),
    needs=("给予", "对"),
)

# "王一已以某市政府党组副书记职务出席有关活动", "李二则以某局党组书记身份亮相": the posts a person acts in
IN_CAPACITY_RE = re.compile(
    r"(?:^|(?<=[，。；：]))(?:此前|目前|随后)?[，,]?(?P<name>[\u4e00-\u9fff]{2,4}?)(?:则|已|也|均|曾)*以(?P<held>[^，。；以]{3,60}?)(?:职务|身份)"
)


def in_capacity(m: re.Match[str], at: At) -> Iterator[Found]:
    """A person named, then 以 the posts held and 职务 or 身份: each post."""
    if not is_person_name(m["name"]):
        return
    posts = [p for group in split_top_level(m["held"], "，,") for p in posts_held(group) if p[0]]
    if posts:
        yield at.found(m.start("name"), m.end(), *(PersonPost(m["name"], org, post, None) for org, post in posts))


IN_CAPACITY = Rule(
    "people.in-capacity",
    IN_CAPACITY_RE,
    in_capacity,
    ("此前，王一鸣已以某市政府党组副书记职务出席有关活动。",),
    ("会议以视频形式召开。",),
    needs=("职务", "身份"),
)

# "选举A为某委员会主席，B、C为某委员会副主席，D为秘书长（兼）": the posts an election gives, clause after clause
CHOSEN_RE = re.compile(
    r"选举(?!方式|办法|程序|产生|结果|工作)(?P<rest>[^。；]{4,600})"
)  # not "以无记名投票和差额选举方式，选举A为…": the way, then the election
CHOSEN_CLAUSE_RE = re.compile(r"^(?P<who>[^，,为]{2,120})(?<!当选)为(?P<post>[^，,]{2,40})$")  # "A当选为…": elected's
NAMES_JOINED_RE = re.compile(r"、|(?<=[\u4e00-\u9fff]{2})[和及](?=[\u4e00-\u9fff]{2})")
NOTE_RE = re.compile(
    r"[（(](?:男|女|兼|(?:[男女][，,、])?[\u4e00-\u9fff]{1,4}族)[）)]"
)  # "江曙霞（女）", "秘书长（兼）", "马某（回族）", "昂某（女、蒙古族）": notes, not names or posts


def chosen(m: re.Match[str], at: At) -> Iterator[Found]:
    """After 选举, each clause "names为post" is a post won; a bare post is in the body of the one before."""
    posts: list[PersonPost] = []
    body = None
    end = m.start("rest")
    for clause in split_top_level(m["rest"], "，,"):
        parts = CHOSEN_CLAUSE_RE.match(NOTE_RE.sub("", clause).strip())
        if not parts:
            break
        names = NAMES_JOINED_RE.split(parts["who"])  # "汪某和孙某为副乡长"
        each = NEW_TERM_RE.sub("", parts["post"]).split("兼")  # "乡长兼经管会主任": a post held besides another
        held = [split for p in each if (split := split_org_post(p))]
        if len(held) < len(each) or not names_listed(names):
            break
        for org, post in held:
            body = org or body
            posts += [PersonPost(name, body, post, None) for name in names]
        end += len(clause) + 1
    if posts:  # the span of the clauses read, not the sentence's rest ("…，D等68位委员当选为常委" is 当选's)
        yield at.found(m.start(), end - 1, *posts)


CHOSEN = Rule(
    "people.chosen",
    CHOSEN_RE,
    chosen,
    ("会议选举王一鸣为某市政协主席，李立新、赵三平为某市政协副主席，钱四海为秘书长（兼）。",),
    ("会议选举产生了新一届领导班子。",),
    needs=("选举",),
)


# a table's row, its cells a bar apart: "茅洲河 | 王伟中 | 省委副书记、市委书记 |"
POSTS_ROW_RE = re.compile(r"(?m)^[^\n|]*\|[^\n]*$")


def posts_row(m: re.Match[str], at: At) -> Iterator[Found]:
    """The one person a table's row names, and the posts held in the cell after the name."""
    cells = [cell.strip() for cell in m.group().split("|") if cell.strip()]
    named = [n for n, cell in enumerate(cells) if is_person_name(cell)]
    if len(named) != 1 or named[0] + 1 >= len(cells):
        return
    name = cells[named[0]]
    posts = [PersonPost(name, org, post, None) for org, post in posts_held(cells[named[0] + 1])]
    if posts:
        yield at.found(m.start(), m.end(), *posts, evidence=at.span(m.start(), m.end()))


POSTS_ROW = Rule(
    "people.posts-row",
    POSTS_ROW_RE,
    posts_row,
    ("某市市级河长名单\n甲河 | 王一鸣 | 市委副书记、市长 |",),
    ("某市任务分解表\n序号 | 工作任务 | 牵头单位\n1 | 推进项目 | 市财政局",),
    unit="document",
    needs=("|",),
)
