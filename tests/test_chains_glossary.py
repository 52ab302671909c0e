"""Industrial chains, enterprises' roles in them, and the policy-slogan glossary."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.extract.chains import same_company, split_sequence
from kg.mapped import MappedText
from kg.model import Document
from kg.pipeline import extract_documents
from kg.reading import Source


def docs(raw: str) -> list[Document]:
    return extract_documents(Source(Path("snippet.txt"), raw, "utf-8", MappedText.identity(raw)))


@pytest.mark.parametrize(
    "body, stages",
    [
        (
            "建筑用钢→精品钢冶炼及压延→汽车用钢加工及装备制造",
            ("建筑用钢", "精品钢冶炼及压延", "汽车用钢加工及装备制造"),
        ),
        ("煤→焦→煤焦油、苯→针状焦", ("煤", "焦", "煤焦油、苯", "针状焦")),
        ("硅料—硅片—电池片—组件", ("硅料", "硅片", "电池片", "组件")),
        ("原料->中间体->成品药", ("原料", "中间体", "成品药")),
        ("2023—2025", ()),
    ],
)
def test_link_sequences(body: str, stages: tuple[str, ...]) -> None:
    assert split_sequence(body) == stages


CHAINS = [
    # a chain under its own heading, one sequence, products and a goal
    (
        "三、重点产业链\n（一）光伏产业链\n围绕“工业硅→多晶硅→硅片→电池片→组件”链条，打造N型电池、高效组件等产品，构建千亿级光伏产业集群。",
        {"光伏产业链": (("工业硅", "多晶硅", "硅片", "电池片", "组件"),)},
    ),
    # dashes, and two sequences joined by 和
    (
        "（二）新能源汽车产业链\n围绕“零部件—系统总成—整车”和“氢能供应—燃料电池—整车制造”链条，打造动力电池等产品。",
        {"新能源汽车产业链": (("零部件", "系统总成", "整车"), ("氢能供应", "燃料电池", "整车制造"))},
    ),
    # the chain named in the sentence itself, no heading
    (
        "锂电池产业链围绕“锂矿→碳酸锂→正极材料→电芯”链条，构建全国重要的锂电池产业链。",
        {"锂电池产业链": (("锂矿", "碳酸锂", "正极材料", "电芯"),)},
    ),
    # a report's quoted sequence that 主链条 follows, its closing quote lost by the page
    (
        "某省产业链发展成效\n光伏产业链先后引入甲、乙等企业，从关键环节缺失到“多晶硅—硅片—电池—组件主链条基本成型。",
        {"光伏产业链": (("多晶硅", "硅片", "电池", "组件"),)},
    ),
]


@pytest.mark.parametrize("raw, expected", CHAINS, ids=["heading", "dashes-and", "inline", "main-chain"])
def test_chains(raw: str, expected: dict) -> None:
    chains = {c.name: c.sequences for d in docs(raw) for c in d.chains}
    assert chains == expected


def test_chain_products_and_goal() -> None:
    [doc] = docs(CHAINS[0][0])
    [chain] = doc.chains
    assert chain.products == "N型电池、高效组件等产品"
    assert chain.goal == "构建千亿级光伏产业集群"


def test_chain_roles_take_the_industry_their_sentence_names() -> None:
    raw = (
        "一年来，甲新材料、乙汽车集团、丙药业3家企业成为全省首批“链主”。\n"
        "新能源汽车产业要重点提升协作配套能力，发挥乙汽车“链主”作用。生物医药产业要重点推动融合发展，支持丙药业带动链上企业。"
    )
    [doc] = docs(raw)
    roles = {(r.enterprise, r.role, r.chain) for r in doc.chain_roles}
    assert roles == {
        ("甲新材料", "链主", None),
        ("乙汽车集团", "链主", "新能源汽车产业"),
        ("丙药业", "链主", "生物医药产业"),
    }
    assert all(r.evidence.quote for r in doc.chain_roles)


def test_an_enterprise_named_leader_of_a_named_chain() -> None:
    raw = "丁钢铁集团被确定为精品钢产业链链主企业，戊电子科技有限公司评为集成电路产业链“链主”。"
    [doc] = docs(raw)
    assert {(r.enterprise, r.role, r.chain) for r in doc.chain_roles} == {
        ("丁钢铁集团", "链主", "精品钢产业链"),
        ("戊电子科技有限公司", "链主", "集成电路产业链"),
    }


def test_leading_enterprises_labelled_under_their_chain_s_heading() -> None:
    raw = (
        "某市重点产业链工作方案\n一、重点产业链\n1.智能装备产业链\n牵头部门：市工信局\n"
        "链主企业：甲重工集团有限公司、乙机床股份有限公司\n2.新材料产业链\n链主企业：丙新材料有限公司"
    )
    [doc] = docs(raw)
    assert {(r.enterprise, r.role, r.chain) for r in doc.chain_roles} == {
        ("甲重工集团有限公司", "链主", "智能装备产业链"),
        ("乙机床股份有限公司", "链主", "智能装备产业链"),
        ("丙新材料有限公司", "链主", "新材料产业链"),
    }


def test_a_chain_mechanism_its_seats_and_its_chains_leading_enterprises() -> None:
    raw = (
        "某市人民政府办公室关于建立重点产业链链长制的通知\n各区人民政府：\n决定建立某市重点产业链链长制。\n"
        "由市长王立新担任全市重点产业链总链长，副市长赵海担任集成电路产业链链长。\n"
        "集成电路产业链链主企业为戊电子科技有限公司、己芯片股份有限公司。"
    )
    [doc] = docs(raw)
    assert {(m.group, m.member, m.role) for m in doc.memberships} == {
        ("某市重点产业链链长制", "王立新", "总链长"),
        ("某市重点产业链链长制", "赵海", "链长"),
    }
    assert {(r.enterprise, r.role, r.chain) for r in doc.chain_roles} == {
        ("戊电子科技有限公司", "链主", "集成电路产业链"),
        ("己芯片股份有限公司", "链主", "集成电路产业链"),
    }


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("大运汽车", "大运新能源汽车", True),
        ("亚宝药业", "亚宝药业", True),
        ("大运汽车", "中铝新材料", False),
        ("运城", "运城银行", False),
    ],
)
def test_short_and_full_company_names(a: str, b: str, same: bool) -> None:
    assert same_company(a, b) is same


GLOSSARY = """政府工作报告
一、重点工作
（一）聚力转型升级。打造“合汽生材”新兴产业地标，落实“四个农业”。
附件
1.“合汽生材”新兴产业地标：“合”是信息技术与制造业深度融合，
“汽”是新能源汽车，“生”是生物医药，“材”是新材料。
2.“四个农业”：特优农业、工业农业、品牌农业、数字农业。
3.省政府12件民生实事：农村寄递物流服务全覆盖提质工程等。
"""


def test_glossary_entries_with_definitions_parts_and_a_second_line() -> None:
    [doc] = docs(GLOSSARY)
    concepts = {c.label: c for c in doc.concepts}
    assert list(concepts) == ["“合汽生材”新兴产业地标", "“四个农业”", "省政府12件民生实事"]
    hq = concepts["“合汽生材”新兴产业地标"]
    assert hq.slogans == ("合汽生材",)
    assert hq.definition.endswith("“材”是新材料。")  # the entry's second line is part of it
    assert concepts["“四个农业”"].parts == ("特优农业", "工业农业", "品牌农业", "数字农业")


def test_seed_glossary_has_all_36_entries(seed_build) -> None:
    [report] = [d for d in seed_build.documents if d.title == "政府工作报告"]
    assert len(report.concepts) == 36
    assert all(c.definition for c in report.concepts)


TASKS_USING = """
PREFIX gov: <https://w3id.org/govkg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?heading WHERE {
    ?concept a skos:Concept ; skos:altLabel "合汽生材"@zh ; skos:definition ?definition .
    ?task a gov:Task ; gov:mentions ?concept ; rdfs:label ?heading .
}
"""


def test_sparql_finds_the_tasks_that_mention_a_slogan(seed_graph: Path) -> None:
    store = ox.Store()
    store.bulk_load(path=str(seed_graph), format=ox.RdfFormat.TURTLE)
    headings = {row["heading"].value for row in store.query(TASKS_USING)}
    assert "聚力转型升级，促进工业新型化重塑" in headings
    assert all("附件" not in h for h in headings)


def test_tasks_that_name_a_chain_mention_it(seed_graph: Path) -> None:
    store = ox.Store()
    store.bulk_load(path=str(seed_graph), format=ox.RdfFormat.TURTLE)
    q = """PREFIX gov: <https://w3id.org/govkg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    SELECT DISTINCT ?heading WHERE { ?c a gov:IndustrialChain ; rdfs:label "新能源汽车产业链"@zh .
        ?t a gov:Task ; gov:mentions ?c ; rdfs:label ?heading }"""
    headings = {row["heading"].value for row in store.query(q)}
    assert "聚力转型升级，促进工业新型化重塑" in headings  # "新能源汽车产业要重点提升…"
