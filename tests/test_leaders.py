"""A table's 分管领导 column: each task's supervising leader (gov:Supervision), not an actor; a post written
with the name is the person's post."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.explain import rule_descriptions
from kg.extract.leaders import leader_of
from kg.pipeline import build
from kg.validate import validate

TABLE = (
    "云岭市人民政府办公室关于印发重点工作分工的通知\n\n现将分工印发给你们。\n\n"
    "序号 | 重点工作 | 市政府分管领导 | 牵头单位 | 配合单位\n"
    "1 | 推进某项工作 | 张立新（副市长） | 市财政局 | 市商务局\n"
    "2 | 开展另一项工作 | 王海峰副市长、李红 | 市商务局 | 市税务局\n"
)


@pytest.mark.parametrize(
    ("cell", "found"),
    [
        ("张立新", ("张立新", None)),
        ("张立新（副市长）", ("张立新", "副市长")),
        ("王海峰副市长", ("王海峰", "副市长")),
        ("常务副市长刘云", ("刘云", "常务副市长")),
        ("市财政局", None),
        ("", None),
    ],
)
def test_a_leader_cell_gives_a_name_and_perhaps_a_post(cell: str, found: tuple | None) -> None:
    assert leader_of(cell) == found


@pytest.fixture(scope="module")
def leaders(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("leaders")
    (folder / "table.txt").write_text(TABLE, encoding="utf-8")
    return build([folder / "table.txt"], folder / "out", html=False)


def test_each_row_names_its_supervising_leaders_and_no_actor(leaders) -> None:
    (doc,) = leaders.documents
    assert sorted((s.task, s.person, s.post) for s in doc.supervisions) == [
        ("r1", "张立新", "副市长"),
        ("r2", "李红", None),
        ("r2", "王海峰", "副市长"),
    ]
    assert {a.actor for a in doc.assignments} == {"市财政局", "市商务局", "市税务局"}
    assert {(p.person, p.post) for p in doc.person_posts} >= {("张立新", "副市长"), ("王海峰", "副市长")}


def test_supervisions_follow_the_shapes_and_their_rule_is_listed(leaders) -> None:
    turtle = leaders.turtle.decode()
    assert "gov:supervisedBy" in turtle and "a gov:Supervision" in turtle
    assert validate(leaders.output) == []
    listed = rule_descriptions()
    used = {line.split('"')[1] for line in turtle.splitlines() if "gov:rule" in line}
    assert used <= set(listed), used - set(listed)


def test_every_rule_a_table_fact_names_is_listed() -> None:
    fixtures = Path(__file__).parent / "fixtures"
    result = build([fixtures / "portal-notice.html"], None, html=False)
    rules = {t.rule for d in result.documents for t in d.tasks} | {
        a.evidence.rule for d in result.documents for a in d.assignments
    }
    assert rules <= set(rule_descriptions())
