"""The scorer, on a small hand-made graph: what matches and what does not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.evaluate import evaluate

GRAPH = """
@prefix gov: <https://w3id.org/govkg/ontology#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix id: <https://w3id.org/govkg/id/> .

id:d a gov:Document ; dct:identifier "甲政发〔2024〕1号" ; dct:title "甲市行动方案"@zh ; dct:issued "2024-05-08"^^xsd:date .
id:t1 a gov:Task ; rdfs:label "加强组织领导"@zh ; gov:text "（一）加强组织领导。成立领导小组。"@zh ; dct:isPartOf id:d .
id:t2 a gov:Task ; rdfs:label "推进转型"@zh ; gov:text "（二）推进转型。"@zh ; dct:isPartOf id:d .
id:gxj a gov:Department ; rdfs:label "市工业和信息化局"@zh ; skos:altLabel "市工信局"@zh .
id:czj a gov:Department ; rdfs:label "市财政局"@zh .
id:a1 a gov:Assignment ; gov:task id:t1 ; gov:role gov:Lead ; gov:actor id:gxj .
id:a2 a gov:Assignment ; gov:task id:t1 ; gov:role gov:Support ; gov:actor id:czj .
id:g a gov:LeadingGroup ; rdfs:label "甲市数字经济发展领导小组"@zh ; skos:altLabel "市领导小组"@zh .
id:p a foaf:Person ; rdfs:label "陈杰"@zh .
id:zz a org:Role ; rdfs:label "组长"@zh .
id:m1 a org:Membership ; org:organization id:g ; org:member id:p ; org:role id:zz .
id:ap a gov:Appointment ; gov:person id:p ; gov:action gov:Appoint ; gov:post "副主任" ; org:organization id:czj .
id:c a gov:IndustrialChain ; rdfs:label "精品钢产业链"@zh ; gov:hasStage id:s1 , id:s2 .
id:s1 rdfs:label "建筑用钢"@zh ; gov:sequence 1 ; gov:position 1 .
id:s2 rdfs:label "精品钢冶炼"@zh ; gov:sequence 1 ; gov:position 3 .
"""

GOLD = {
    "documents": [
        {"key": "甲政发〔2024〕1号", "number": "甲政发〔2024〕1号", "title": ["甲市行动方案"], "date": "2024-05-08"}
    ],
    "tasks": [
        {"doc": "d", "anchor": "加强组织领导", "parent": None},
        {"doc": "d", "anchor": "不存在的任务", "parent": None},
    ],
    "assignments": [
        {"doc": "d", "task": "成立领导小组", "role": "牵头", "actor": ["市工信局"]},  # anchor in a short full text
        {"doc": "d", "task": "加强组织领导", "role": "牵头", "actor": ["市财政局"]},  # wrong role in the graph
    ],
    "memberships": [{"doc": "d", "group": ["工作专班", "市领导小组"], "member": ["陈 杰"], "role": "组长"}],
    "appointments": [{"doc": "d", "person": "陈杰", "action": "任命", "org": ["市财政局"], "post": "副主任"}],
    "chains": [{"name": ["精品钢产业链"], "links": [["建筑用钢", "精品钢冶炼"]]}],
}


@pytest.fixture()
def scores(tmp_path: Path) -> dict:
    graph, gold = tmp_path / "g.ttl", tmp_path / "gold.json"
    graph.write_text(GRAPH, encoding="utf-8")
    gold.write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    return {s.category: s for s in evaluate(graph, gold)}


def test_documents_and_exactness(scores) -> None:
    s = scores["documents"]
    assert (s.precision, s.recall) == (1.0, 1.0)
    assert s.notes == {"titles exact": "1/1", "dates exact": "1/1"}


def test_tasks_by_anchor(scores) -> None:
    s = scores["tasks"]
    assert s.recall == 0.5
    assert s.precision == 0.5  # 推进转型 holds no gold anchor


def test_assignments_match_actor_alt_labels_and_roles(scores) -> None:
    s = scores["assignments"]
    assert (s.matched_gold, s.matched_extracted) == (1, 1)
    assert s.missed == [GOLD["assignments"][1]]


def test_memberships_compare_without_whitespace(scores) -> None:
    assert scores["memberships"].f1 == 1.0


def test_appointments(scores) -> None:
    assert scores["appointments"].f1 == 1.0


def test_chains_score_stage_positions(scores) -> None:
    s = scores["chains"]
    assert s.gold == 2 and s.recall == 0.5 and s.precision == 0.5  # 精品钢冶炼 is at 3, not 2


def test_categories_absent_from_the_gold_are_not_scored(scores) -> None:
    assert "chain_roles" not in scores and "person_posts" not in scores
