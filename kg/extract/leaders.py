"""Leaders and tasks: the leader a table names for each task (a 分管领导 column: "区政府分管领导", "分管市领导"), and a
section a leader heads ("（一）王宏副市长牵头重点工作": the assignments family's rule).

The guideline gives such a column no role (分管 is none of 牵头, 配合, 负责), so
its people are not actors of the task; each is the task's supervising leader
(gov:supervisedBy), and when the cell writes the post too ("张三（副市长）",
"张三副市长", "副市长张三") the person holds that post.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.actors import TRAILER_RE, split_top_level
from kg.extract.clauses import Claim
from kg.extract.people import NAME_WITH_POST_RE, POST_END_RE, is_person_name, name_after_post, split_name
from kg.lexicon import LEADER_COLUMNS, LEADER_TITLES, NOT_NAMES, alternation
from kg.model import Document, PersonPost, Supervision
from kg.names import looks_like_org
from kg.rules import At, Found

RULE = "people.table-leader"


def leader_of(text: str) -> tuple[str, str | None] | None:
    """(name, post or None) of one leader in a cell: "张三", "张三（副市长）", "张三副市长", "副市长张三"."""
    text = TRAILER_RE.sub("", text.strip().replace(" ", ""))
    bracketed = NAME_WITH_POST_RE.match(text)
    if bracketed and is_person_name(bracketed["name"]):
        return bracketed["name"], bracketed["post"]
    if is_person_name(text):
        return text, None
    found = split_name(text)
    if found:
        return found[0], found[1]
    after = name_after_post(text)
    return (after[0], after[1]) if after else None


# "由小军同志负责": a person the text calls comrade; a given name alone, as a division of a government's work
# among its leaders may name them (not "有关同志", "分管同志", "该同志")
COMRADE_RE = re.compile(r"^(?P<name>[\u4e00-\u9fff]{2,4})同志$")
NOT_A_COMRADE_RE = re.compile(
    r"^(?:这|那|该|此|各|每|其|本|有关|相关|分管|主管|主要|负责|其他|全体|领导|机关|党员|干部)"
)


def comrade(text: str) -> str | None:
    """The name in "周远牧同志", or the given name alone in "小军同志"."""
    m = COMRADE_RE.match(text.strip())
    if m is None or NOT_A_COMRADE_RE.match(m["name"]):
        return None
    name = m["name"]
    given = len(name) == 2 and name not in NOT_NAMES and not looks_like_org(name) and not POST_END_RE.search(name)
    return name if is_person_name(name) or given else None


def read_leaders(doc: Document, row_task: dict[int, str]) -> tuple[list[Supervision], list[PersonPost]]:
    """Each task's leaders from its row's 分管领导 cell, and the posts the cell gives them."""
    supervisions: list[Supervision] = []
    posts: list[PersonPost] = []
    text = doc.text.text
    for row in doc.rows:
        task = row_task.get(row.start)
        if task is None:
            continue
        for cell in row.cells:
            if cell.column not in LEADER_COLUMNS:
                continue
            evidence = doc.evidence(row.start, row.end, RULE)
            for part in split_top_level(text[cell.start : cell.end], "、，,；;"):
                found = leader_of(part)
                if found is None:
                    continue
                name, post = found
                supervisions.append(Supervision(task, name, post, evidence))
                if post:
                    posts.append(PersonPost(name, None, post, evidence))
    return supervisions, posts


# -- a section led by a person -------------------------------------------------------------------

# "（一）王宏副市长牵头重点工作", "二、李明同志负责的工作": a leader's name heads a section; a compound title too
# ("二、李丹常委、常务副区长牵头重点工作")
LEADER_HEADING_RE = re.compile(
    r"^(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、)\s*(?P<who>[^\s，。；：、（）()]{2,30}?)(?:同志)?"
    rf"(?:(?:常委|(?:常务)?副?(?:{alternation(LEADER_TITLES)}))、)?"
    rf"(?:(?:常务)?副?(?:{alternation(LEADER_TITLES)}))?(?P<verb>牵头|负责)的?(?:重点)?(?:工作|任务|事项)"
    r"(?:[（(]共?\d+项[）)])?$"
)


def leader_heading(m: re.Match[str], at: At) -> Iterator[Found]:
    """A section headed by its leader, a person or a body ("一、县示范区管委会牵头工作（8项）"): it leads (or is
    responsible for) the section and every item in it."""
    task = at.context.task_at(at.start)
    person = is_person_name(m["who"])
    if task is None or task.start != at.start or not (person or looks_like_org(m["who"])):
        return
    under = [t for t in at.doc.tasks if t.key == task.key or t.key.startswith(task.key + "-")]
    yield at.found(0, m.end(), *(Claim(m["verb"], m["who"], None, t.key, person_ok=person) for t in under))
