"""Segmentation: documents with their metadata, numbered tasks, interleaved columns."""

from __future__ import annotations

import json

import pytest

from kg.headings import chinese_number
from kg.mapped import MappedText
from kg.model import Document
from kg.pipeline import extract_documents
from kg.reading import Source
from kg.segment import normalize_number, parse_date

from .conftest import GOLD


def docs_of(raw: str, name: str = "snippet.txt") -> list[Document]:
    from pathlib import Path

    return extract_documents(Source(Path(name), raw, "utf-8", MappedText.identity(raw)))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("运政办发〔2023〕6 号", "运政办发〔2023〕6号"),
        ("宁政办发[2024]12号", "宁政办发〔2024〕12号"),
        ("粤府函【2022】 8 号", "粤府函〔2022〕8号"),
        ("京政发（2021）3号", "京政发〔2021〕3号"),
        ("沪府办发(2020)15号", "沪府办发〔2020〕15号"),
        ("晋政办发 〔2022〕 59 号", "晋政办发〔2022〕59号"),
        ("文  号 某政发〔2024〕2号", "某政发〔2024〕2号"),  # a portal's padded label glued to the number
        ("2023年3月6日", None),
    ],
)
def test_document_numbers_are_normalised(text: str, expected: str | None) -> None:
    assert normalize_number(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2023年3月6日", "2023-03-06"),
        ("二〇二三年三月六日", "2023-03-06"),
        ("二○二四年十二月二十一日", "2024-12-21"),
        ("2023年13月6日", None),
    ],
)
def test_dates(text: str, expected: str | None) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text, n", [("一", 1), ("十", 10), ("十二", 12), ("二十三", 23), ("一百零五", 105), ("7", 7), ("③", 3)]
)
def test_chinese_numbers(text: str, n: int) -> None:
    assert chinese_number(text) == n


FORWARDING_ASCII = """宁安市人民政府办公室关于印发宁安市优化营商环境行动方案的通知
宁政办发[2024] 12号
各区人民政府,市直各部门:
《宁安市优化营商环境行动方案》已经市政府同意,现印发给你们,请认真贯彻落实。
宁安市人民政府办公室
2024年5月8日
一、总体要求
坚持问题导向,持续优化营商环境。
二、重点任务
(一)深化审批制度改革。推行告知承诺制,压缩办理时限。(市行政审批局牵头,市直各部门配合)
1.推行告知承诺制。对企业开办事项实行告知承诺。
2.压缩办理时限。
(二)加强要素保障。强化用地用能保障。
三、保障措施
(一)加强组织领导
本文件由市发展改革委负责解读。
附件:1.重点任务清单
2.责任分工表
"""

RED_HEAD = """东川市人民政府
东政发〔2023〕7号
东川市人民政府关于加强安全生产工作的决定
各乡镇人民政府，市政府各部门：
为进一步加强安全生产工作，现作出如下决定。
第一章 总则
第一条 本决定适用于本市行政区域。
第二条 各级政府对本地区安全生产负总责。
第二章 责任
第三条 市应急管理局负责综合监管。
东川市人民政府
二〇二三年六月一日
"""

JOINT_ISSUERS = """北湖市卫生健康委员会
北湖市财政局
关于印发《北湖市托育机构扶持办法》的通知
各县（市、区）卫生健康局，财政局：
现印发给你们，请抓好落实。
北湖市卫生健康委员会 北湖市财政局
2023年2月24日
北卫发〔2023〕3号
一、适用范围
本办法适用于全市托育机构。
二、扶持内容
（一）建设补助
（二）运营补贴
"""

REPORT = """政府工作报告
各位代表：
现在，我代表市人民政府向大会报告工作。
一、过去一年工作回顾
一年来，我们攻坚克难。
二、今年重点工作
（一）聚力转型升级，促进工业新型化重塑
（二）聚力三农发展，促进乡村全方位振兴
"""


def test_forwarding_notice_in_ascii_punctuation() -> None:
    [doc] = docs_of(FORWARDING_ASCII)
    assert doc.number == "宁政办发〔2024〕12号"
    assert doc.title == "宁安市优化营商环境行动方案"
    assert doc.issuers == ("宁安市人民政府办公室",)
    assert doc.date == "2024-05-08"
    assert doc.interpreter == "市发展改革委"
    headings = {t.key: (t.heading, t.parent) for t in doc.tasks}
    assert headings["2-1"] == ("深化审批制度改革", None)
    assert headings["2-1-1"] == ("推行告知承诺制", "2-1")
    assert headings["2-1-2"] == ("压缩办理时限", "2-1")
    assert headings["3-1"][0] == "加强组织领导"
    # principles are not work items; attachment lists are not either
    assert not any(
        "总体要求" in t.heading or "重点任务清单" in t.heading or "责任分工表" in t.heading for t in doc.tasks
    )


def test_red_head_layout_with_number_before_title_and_articles() -> None:
    [doc] = docs_of(RED_HEAD)
    assert doc.number == "东政发〔2023〕7号"
    assert doc.title == "关于加强安全生产工作的决定"
    assert doc.date == "2023-06-01"
    # a regulation's articles are rules, not work items (the corpus's golds): no task of their own; the duty
    # an article gives a body is one
    assert not [t for t in doc.tasks if t.rule == "tasks.article"]
    assert ("负责", "市应急管理局", "综合监管") in {(a.role, a.actor, a.task_heading) for a in _facts(doc)}


RED_HEAD_FILE = """泉州市人民政府办公室文件
泉政办〔2023〕15号
泉州市人民政府办公室关于印发泉州市加快数字经济发展行动方案的通知
各县（市、区）人民政府，市直有关单位：
经市政府同意，现印发给你们，请认真组织实施。
泉州市人民政府办公室
2023年6月1日
（此件主动公开）
泉州市加快数字经济发展行动方案
二、重点任务
（一）壮大数字产业。（责任单位：市工信局）
本方案由市工信局负责解读。
"""


def test_red_head_with_文件_and_an_inline_title() -> None:
    [doc] = docs_of(RED_HEAD_FILE)
    assert (doc.number, doc.title, doc.issuers) == (
        "泉政办〔2023〕15号",
        "泉州市加快数字经济发展行动方案",
        ("泉州市人民政府办公室",),
    )
    assert doc.date == "2023-06-01" and doc.interpreter == "市工信局"


def test_joint_issuers_and_a_number_after_the_signature() -> None:
    [doc] = docs_of(JOINT_ISSUERS)
    assert doc.issuers == ("北湖市卫生健康委员会", "北湖市财政局")
    assert doc.title == "北湖市托育机构扶持办法"
    assert doc.number == "北卫发〔2023〕3号"
    assert doc.date == "2023-02-24"
    assert [t.heading for t in doc.tasks] == ["建设补助", "运营补贴"]


def test_a_report_without_a_number_is_a_document() -> None:
    [doc] = docs_of(REPORT)
    assert doc.number is None and doc.title == "政府工作报告" and doc.date is None
    # top-level sections are not work items unless a role clause names them
    assert [t.heading for t in doc.tasks] == ["聚力转型升级，促进工业新型化重塑", "聚力三农发展，促进乡村全方位振兴"]


def test_sections_are_tasks_only_when_a_role_clause_names_them() -> None:
    raw = (
        "一、基本条件\n（一）合理定价。收费标准应合理。\n（二）规范收费。（市发改委负责）\n"
        "二、重点任务\n（一）加强监管。\n三、保障措施。加强组织领导。（市卫健委牵头）\n"
        "四、有关说明\n（一）补助资金是指政府拨付的资金。"
    )
    [doc] = docs_of(raw)
    assert [t.heading for t in doc.tasks] == ["规范收费", "加强监管", "保障措施"]


def test_a_top_level_section_named_by_its_work_is_a_task_when_its_items_are() -> None:
    raw = (
        "一、推进重大基础设施建设\n1.加快国省干道建设。（省交通运输厅负责）\n2.推进民航设施建设。（省发改委负责）\n"
        "二、保障措施\n1.加强组织领导。（省政府办公厅负责）\n"
        "三、全省经济社会发展主要预期目标\n1.地区生产总值增长6%。（省发改委负责）"
    )
    from kg.extract import extract

    [doc] = docs_of(raw)
    tasks = {t.heading: t for t in extract(doc).tasks}
    assert "推进重大基础设施建设" in tasks
    assert tasks["加快国省干道建设"].parent == tasks["推进重大基础设施建设"].key
    assert "保障措施" not in tasks and "全省经济社会发展主要预期目标" not in tasks


def test_several_documents_in_one_file_split_at_their_heads() -> None:
    docs = docs_of(REPORT + RED_HEAD + JOINT_ISSUERS)
    assert [d.key for d in docs] == ["政府工作报告", "东政发〔2023〕7号", "北卫发〔2023〕3号"]


def test_a_report_after_another_document_starts_a_new_one() -> None:
    docs = docs_of(RED_HEAD + " " + REPORT)
    assert [d.key for d in docs] == ["东政发〔2023〕7号", "政府工作报告"]


# A page where two documents' columns interleave, as in the seed: document A
# breaks off mid-sentence where B's head starts; A's column resumes later with
# a full line (no indent), then A's numbering goes on; then B's does.
FULL = "为加快推进全市乡镇充电桩建设工作现提出以下几"  # 22 characters + "，": a full line
INTERLEAVED = "\n".join(
    [
        "甲市人民政府办公室",
        "关于印发甲市充电桩建设实施方案的通知",
        "各县（市、区）人民政府：",
        "现印发给你们，请认真贯彻落实。",
        "甲市人民政府办公室",
        "2023年4月14日",
        "甲政办发〔2023〕9号",
        "六、工作要求",
        *[FULL + "，"] * 16,
        "意见。",
        "（一）加强组织领导。成立工作领导小组。",
        "（二）推进新技术新设备应用。综合考虑电",
        "动汽车技术迭代、设备投资等要素，提升充电桩全寿",
        " 甲市人民政府办公室",
        "关于建立野生动植物保护联席会议制度的通知",
        "甲政办函〔2023〕6号",
        "各县（市、区）人民政府，市直各有关单位：",
        "为加强保护工作，决定建立联席会议制度。",
        "一、组成人员",
        "总召集人：市政府分管副市长",
        "办公室主要负责联席会议的日常组织协调工作。",
        "命周期效益。充分利用现代化信息技术手段，开发充",
        "电桩智能化服务系统。",
        "（三）加强督导调度。市领导小组不定期调度。",
        " 二、工作职责",
        "（一）统筹协调野生动植物保护工作；",
    ]
)


def test_interleaved_columns_go_back_to_their_documents() -> None:
    a, b = docs_of(INTERLEAVED)
    assert a.number == "甲政办发〔2023〕9号" and b.number == "甲政办函〔2023〕6号"
    assert "提升充电桩全寿命周期效益。" in a.text.text  # the broken sentence is whole again
    assert "加强督导调度" in a.text.text and "加强督导调度" not in b.text.text
    assert "二、工作职责" in b.text.text and "统筹协调野生动植物保护工作" in b.text.text
    assert "命周期效益" not in b.text.text
    assert [t.heading for t in a.tasks] == ["加强组织领导", "推进新技术新设备应用", "加强督导调度"]


def test_seed_documents_match_the_gold(seed_build) -> None:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))["documents"]
    found = {d.key: d for d in seed_build.documents}
    assert len(found) == len(gold) == 15
    for g in gold:
        doc = found[g["number"] or g["title"]]
        titles = g["title"] if isinstance(g["title"], list) else [g["title"]]
        assert doc.title in titles
        assert doc.date == g["date"]
        assert doc.interpreter == g["interpreter"]


@pytest.mark.parametrize(
    "number, member_texts, other_number",
    [
        (
            "运政办函〔2023〕21号",
            ["成员单位：市委组织部", "副组长：市政府协管副秘书长，市委组织部"],
            "运政办函〔2023〕22号",
        ),
        ("运政办函〔2023〕22号", ["国网运城供电公司等单位分管负责人。", "三、工作机制"], "运政办函〔2023〕21号"),
        (
            "运政办函〔2023〕25号",
            ["郭勤 市规划和自然资源局副局长", "张健 国网运城供电公司副总经理"],
            "运政办函〔2023〕22号",
        ),
        ("运政办发〔2023〕9号", ["提升充电桩全寿命周期效益。", "（三）加强督导调度"], "运政办函〔2023〕6号"),
        ("运政办函〔2023〕6号", ["二、工作职责", "（七）落实和完成市委、市政府交办的其他事项"], "运政办发〔2023〕9号"),
        ("政府工作报告", ["全覆盖，继续实施好食品安全保障工程"], "运政任字〔2023〕3号"),
    ],
)
def test_seed_interleaved_blocks_land_in_their_documents(seed_build, number, member_texts, other_number) -> None:
    docs = {d.key: d.text.text for d in seed_build.documents}
    for text in member_texts:
        assert text in docs[number]
        assert text not in docs[other_number]


def test_a_table_of_contents_makes_no_documents() -> None:
    toc = "目  录\n市政府文件\n关于加强安全生产工作的决定……………………（1）\n北湖市托育机构扶持办法…………………（5）\n"
    assert [d.key for d in docs_of(toc + RED_HEAD + JOINT_ISSUERS)] == ["东政发〔2023〕7号", "北卫发〔2023〕3号"]


def test_the_items_of_a_section_of_conditions_are_no_tasks() -> None:
    raw = (
        "某协会理事会章程\n一、组织\n1.理事会设理事长一名。\n2.理事任职条件：\n（1）身体健康，作风正派；\n（2）具有本科以上学历。\n"
        "3.改善办学条件：\n（1）新建教学楼。（县教育局负责）"
    )
    from kg.extract import extract

    [doc] = docs_of(raw)
    headings = [t.heading for t in extract(doc).tasks]
    assert "身体健康，作风正派" not in headings and "具有本科以上学历" not in headings
    assert "新建教学楼" in headings


def test_the_principles_of_a_division_of_work_are_no_tasks() -> None:
    [doc] = docs_of(
        "关于分解落实规划纲要的通知\n一、分工原则\n（一）明确政府职责。充分体现政府功能。\n（二）落实责任主体。分解落实到部门。"
    )
    from kg.extract import extract

    assert [t.heading for t in extract(doc).tasks] == []


def test_numbered_questions_are_no_tasks() -> None:
    raw = (
        "关于征集民生实事意见建议的通告\n一、征集内容\n1. 您比较关注哪些方面的民生问题?\n2. 您对民生实事推进工作有哪些意见?\n"
        "二、民生实事项目\n1. 新建中小学15所。(牵头单位:市教育局)"
    )
    from kg.extract import extract

    [doc] = docs_of(raw)
    headings = [t.heading for t in extract(doc).tasks]
    assert not any("您" in h for h in headings) and "新建中小学15所" in headings


def _facts(doc):  # (role, actor, task heading) of a document's assignments
    from types import SimpleNamespace

    headings = {t.key: t.heading for t in doc.tasks}
    return [SimpleNamespace(role=a.role, actor=a.actor, task_heading=headings.get(a.task, "")) for a in doc.assignments]


def test_a_continuation_page_numbers_its_items_past_99_and_a_site_menu_is_no_title() -> None:
    """A long list's later page: "204.…" items are tasks; "导航菜单" above the title is the site's furniture."""
    raw = (
        "导航菜单\n某市2023年政府工作报告目标任务责任分解方案\n"
        "204.推进学前教育普惠发展，新增学位1.2万个。（牵头单位：市教育局；责任单位：各区人民政府）\n"
        "205.推进普通高中多样化发展。（责任单位：市教育局）\n"
    )
    [doc] = docs_of(raw)
    assert doc.title == "某市2023年政府工作报告目标任务责任分解方案"
    assert [(t.number, t.heading) for t in doc.tasks] == [
        (204, "推进学前教育普惠发展，新增学位1.2万个"),
        (205, "推进普通高中多样化发展"),
    ]


def test_a_head_printed_twice_under_a_site_s_banner_is_one_document() -> None:
    """The page's title repeats the document's head line right above it; "X网--Y网" is the site's banner."""
    head = "甲市人民政府关于下达2011年政府工作任务的通知\n"
    body = (
        "（甲府〔2011〕57号）\n各区人民政府：\n现将2011年政府工作任务下达给你们，请认真组织实施。\n二○一一年三月十七日\n"
        "甲市2011年政府工作任务分解表\n序号\n名称\n工作任务\n主要责任单位\n1\n地区生产总值\n地区生产总值增长12%\n市发改委\n"
    )
    for banner in ("法搜网--中国法律信息搜索网\n", "甲市政务信息汇编\n"):
        docs = docs_of(banner + head + "\n" + head + body)
        assert [(d.number, d.title) for d in docs] == [("甲府〔2011〕57号", "关于下达2011年政府工作任务的通知")], banner


def test_an_item_cut_off_at_the_text_s_end_after_one_character_is_no_task() -> None:
    raw = "关于做好控辍保学工作的通知\n二、职责分工\n（一）县教育局负责督促学校做好控辍保学工作。\n（二）各\n"
    [doc] = docs_of(raw)
    assert "各" not in [t.heading for t in doc.tasks]


def test_a_list_of_other_articles_ends_at_a_title_above_its_number() -> None:
    raw = (
        "信息名称：关于调整某镇防汛抗旱领导小组成员的通知\n文件编号：某政发〔2023〕15号\n相关阅读:\n"
        "关于调整某镇防汛抗旱领导小组成员的通知\n某政发〔2023〕15号\n各行政村、各单位：\n现将镇防汛抗旱领导小组名单通知如下：\n"
        "一、镇防汛抗旱领导小组名单\n组长：葛一炎\n副组长：潘二艳\n成员：葛三丰、田四江。\n"
    )
    docs = docs_of(raw)
    assert [d.title for d in docs] == ["关于调整某镇防汛抗旱领导小组成员的通知"]
    assert {(m.member, m.role) for m in docs[0].memberships} >= {
        ("葛一炎", "组长"),
        ("潘二艳", "副组长"),
        ("田四江", "成员"),
    }


@pytest.mark.parametrize(
    ("raw", "title"),
    [
        (
            "某市制造业重点产业链现代化建设\n“8810”行动计划（2023-2026年）\n为深入落实全会精神，制定本计划。\n一、主要目标",
            "某市制造业重点产业链现代化建设“8810”行动计划（2023-2026年）",
        ),
        (
            "某村防范疫情传播实行封闭管理的\n实施方案\n为做好疫情防控工作，制定本方案。",
            "某村防范疫情传播实行封闭管理的实施方案",
        ),
        ("市委书记主持召开常委会\n会议研究了有关工作。", "市委书记主持召开常委会"),  # a headline over its lead
    ],
)
def test_a_title_wrapped_over_two_lines_is_one_title(raw: str, title: str) -> None:
    assert [d.title for d in docs_of(raw)] == [title]
