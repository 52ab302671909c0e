"""Tables as they come: the portal page and the Word file of tests/fixtures score P = R = 1 on their gold;
the page's number and date come from its metadata block; tables flattened into text in the shapes pages give."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.evaluate import evaluate
from kg.model import Document
from kg.pipeline import build

from .conftest import ROOT

FIXTURES = ROOT / "tests" / "fixtures"


def one_document(folder: Path, text: str) -> Document:
    """The one document govkg reads from a text file of these words."""
    path = folder / "table.txt"
    path.write_text(text, encoding="utf-8")
    (doc,) = build([path], None, html=False).documents
    return doc


CASES = [
    ("portal-notice.html", "portal-notice.gold.json"),
    ("division-table.docx", "division-table.gold.json"),
    ("division-table.pdf", "division-table.gold.json"),
]


@pytest.mark.parametrize(("name", "gold"), CASES)
def test_every_row_gives_its_task_and_assignments(tmp_path: Path, name: str, gold: str) -> None:
    result = build([FIXTURES / name], tmp_path, html=False)
    scores = {s.category: s for s in evaluate(result.output, FIXTURES / gold)}
    for category in ("documents", "tasks", "assignments"):
        score = scores[category]
        assert score.precision == score.recall == 1.0, (category, score.missed[:3], score.extra[:3])


def test_the_portal_page_is_numbered_and_dated_by_its_metadata_block() -> None:
    result = build([FIXTURES / "portal-notice.html"], None, html=False)
    (doc,) = result.documents
    body = doc.text.text[doc.body_start :]
    assert "云政办发" not in body  # the body does not state its number: only the metadata block does
    assert doc.number == "云政办发〔2024〕7号"
    assert doc.date == "2024-03-15"
    assert "云岭市人民政府办公室" in doc.issuers


def test_table_facts_quote_their_row_and_name_its_place() -> None:
    result = build([FIXTURES / "portal-notice.html"], None, html=False)
    (doc,) = result.documents
    first = next(a for a in doc.assignments if a.role == "牵头")
    assert first.evidence.quote.count(" | ") == 4  # the row, "cell | cell | cell"
    assert first.evidence.places and first.evidence.places[0].where.startswith("/html/body/")
    assert first.evidence.places[0].where.split("/")[-1].startswith("tr")


def test_docx_facts_name_their_table_row() -> None:
    result = build([FIXTURES / "division-table.docx"], None, html=False)
    places = {p.where for a in result.documents[0].assignments for p in a.evidence.places}
    assert places and all(p.startswith("tbl[1]/tr[") for p in places)


def test_numbered_notes_under_a_note_label_are_not_tasks() -> None:
    result = build([FIXTURES / "division-table.docx"], None, html=False)
    headings = [t.heading for t in result.documents[0].tasks]
    assert not any("完成时限" in h for h in headings)


def test_a_folder_of_mixed_formats_is_read_whole(tmp_path: Path) -> None:
    for name in ("portal-notice.html", "division-table.docx"):
        (tmp_path / name).write_bytes((FIXTURES / name).read_bytes())
    (tmp_path / "notes.txt").write_text(
        "云岭市人民政府办公室\n\n关于做好某项工作的通知\n\n请各单位认真落实。\n", encoding="utf-8"
    )
    result = build([tmp_path], None, html=False)
    assert sorted(s.encoding for s in result.sources) == ["docx", "html", "utf-8"]


def test_a_table_copied_as_text_with_tabs_is_read_by_column(tmp_path: Path) -> None:
    text = (
        "云岭市人民政府办公室关于印发重点工作分工的通知\n\n现将分工印发给你们。\n\n"
        "序号\t重点工作\t牵头单位\t配合单位\t完成时限\n"
        "1\t推进某项工作\t市财政局\t市商务局、市税务局\t年底\n"
        "2\t开展另一项工作\t\t市商务局\t6月底\n"
    )
    doc = one_document(tmp_path, text)
    got = sorted((a.task, a.role, a.actor) for a in doc.assignments)
    # row 2's 牵头单位 is empty: its one body is 配合 (by place, not by look)
    assert got == [
        ("r1", "牵头", "市财政局"),
        ("r1", "配合", "市商务局"),
        ("r1", "配合", "市税务局"),
        ("r2", "配合", "市商务局"),
    ]
    assert doc.assignments[0].evidence.quote.startswith("1 | 推进某项工作 | 市财政局")


def test_a_table_flattened_a_cell_a_line_keeps_its_section_rows(tmp_path: Path) -> None:
    cells = [
        "序号", "重点工作", "牵头单位", "配合单位", "完成时限",
        "一、优化营商环境",
        "1", "深化审批制度改革，推行一网通办", "市数据局", "市发展改革委、市市场监管局", "2024年12月底",
        "2", "开展涉企收费专项治理", "市市场监管局", "2024年6月底",
        "二、产业发展",
        "3", "推进工业园区标准厂房建设", "市工业和信息化局", "市自然资源局", "2024年底",
    ]  # fmt: skip
    text = "云岭市人民政府办公室关于印发重点工作分工的通知\n\n现将分工印发给你们。\n\n" + "\n\n".join(cells)
    doc = one_document(tmp_path, text)
    parents = {t.heading: t.parent for t in doc.tasks}
    assert parents["深化审批制度改革，推行一网通办"] == parents["开展涉企收费专项治理"] == "1"
    assert parents["推进工业园区标准厂房建设"] == "2"
    assert ("1-r2", "牵头", "市市场监管局") in {(a.task, a.role, a.actor) for a in doc.assignments}


def test_a_page_that_gives_each_cell_a_line_ending_in_a_bar(tmp_path: Path) -> None:
    """ "序号 |", "1 |", "||" (an empty cell): a page's text of a table, with columns of progress govkg does not
    know, a padded label, and a role label the lexicon does not list ("责任主体与协同单位": 责任 → 负责)."""
    cells = [
        "序号", "主要任务", "分管 领导", "牵头 单位", "责任主体与协同单位", "1-6月推进情况", "说明",
        "7", "新建城市口袋公园12个。", "张立新", "城管局", "住建局、相关街道", "已完成8个。", "|",
        "8", "改造老旧小区供水管网30公里。", "张立新", "水务局", "各街道", "前期配合有关部门完成设计。", "|",
    ]  # fmt: skip
    doc = one_document(tmp_path, "2024年区政府民生实事项目推进情况\n" + "\n".join(f"{c} |" for c in cells))
    assert sorted((a.task, a.role, a.actor) for a in doc.assignments) == [
        ("r7", "牵头", "城管局"),
        ("r7", "负责", "住建局"),
        ("r7", "负责", "相关街道"),
        ("r8", "牵头", "水务局"),
        ("r8", "负责", "各街道"),
    ]
    assert {(s.task, s.person) for s in doc.supervisions} == {("r7", "张立新"), ("r8", "张立新")}


def test_a_task_column_in_its_own_words_and_a_list_of_bodies_a_line(tmp_path: Path) -> None:
    cells = [
        "序号", "民生实事", "责任单位", "完成时限",
        "1", "建成城区污水管网改造工程。", "县水务局", "县住建局", "12月底前",
        "2", "新建2所公办幼儿园。", "县教育局", "9月底前",
    ]  # fmt: skip
    text = "云岭县人民政府办公室关于民生实事重点督办的通知\n\n请认真落实。\n\n附件\n\n民生实事目标任务分解表\n\n"
    doc = one_document(tmp_path, text + "\n\n".join(cells))
    assert sorted((a.task, a.role, a.actor) for a in doc.assignments) == [
        ("r1", "负责", "县住建局"),
        ("r1", "负责", "县水务局"),
        ("r2", "负责", "县教育局"),
    ]


def test_a_bar_table_with_no_number_column_numbers_its_rows_by_their_task_cells(tmp_path: Path) -> None:
    text = (
        "项 目 内 容 | 6月计划进度 | 完成率 | 责任 单位 | 具体分管领导 |\n"
        "(1)新建城市书房10家。 | 完成选址。 | 60% | 市文广旅局 | 张立新 |\n"
        "(2)改造农村公路50公里。 | 完成招标。 | 40% | 市交通运输局、各镇街 | 王海峰 |\n"
    )
    doc = one_document(tmp_path, text)
    # each row's line opens with its number, as a heading would: the row is that task, once
    assert [(t.key, t.heading) for t in doc.tasks] == [("1", "新建城市书房10家"), ("2", "改造农村公路50公里")]
    assert sorted((a.task, a.role, a.actor) for a in doc.assignments) == [
        ("1", "负责", "市文广旅局"),
        ("2", "负责", "各镇街"),
        ("2", "负责", "市交通运输局"),
    ]
    assert {s.person for s in doc.supervisions} == {"张立新", "王海峰"}


def test_a_lead_cell_merged_over_two_rows_stands_for_the_second_too(tmp_path: Path) -> None:
    """A 牵头单位 that spans rows 1–2 is in row 1's text only: row 2 is short by just that cell."""
    text = (
        "序号 | 重点工作 | 牵头单位 | 分管领导 | 完成时限\n"
        "1 | 新建城市书房10家 | 市文广旅局 | 张立新 | 年底\n"
        "2 | 开展全民阅读活动50场 | 张立新 | 年底\n"
        "3 | 改造农村公路50公里 | 王海峰 | 年底\n"
    )
    doc = one_document(tmp_path, text)
    got = {(a.task, a.role, a.actor): a.evidence.quote for a in doc.assignments}
    assert set(got) == {("r1", "牵头", "市文广旅局"), ("r2", "牵头", "市文广旅局"), ("r3", "牵头", "市文广旅局")}
    # the evidence of a carried cell runs from it, in the row above, to the row's end
    assert got["r2", "牵头", "市文广旅局"].startswith("市文广旅局 | 张立新 | 年底")
    assert {(s.task, s.person) for s in doc.supervisions} == {("r1", "张立新"), ("r2", "张立新"), ("r3", "王海峰")}


def test_many_rows_of_one_number_get_short_distinct_keys() -> None:
    from kg.extract import extract
    from kg.model import document_of

    head = "序号 | 重点工作 | 牵头单位 | 配合单位\n"
    doc = extract(document_of(head + "1 | 推进某项工作 | 市财政局 | 市商务局\n" * 1000))
    keys = [t.key for t in doc.tasks]
    assert len(keys) == len(set(keys)) == 1000
    assert keys[:3] == ["r1", "r1b", "r1b2"] and max(map(len, keys)) <= len("r1b999")


def test_a_table_whose_spaces_were_dropped_keeps_its_sections_and_its_bodies_a_line(tmp_path: Path) -> None:
    # a page's table with its cells a space apart, read as run together once the padding goes; its last column
    # is the table's own ("上半年推进情况"), a row's 责任单位 goes on a body a line, a section row heads rows
    text = (
        "某区政府工作报告目标任务推进情况汇总表\n"
        "序号 目标任务 责任单位 上半年推进情况\n"
        "一、主要预期目标\n"
        "1 地区生产总值增长6%以上。 区发展改革委 同比增长2.9%。\n"
        "2 第一产业增加值增长5%。 区农业农村委\n"
        "区林业局\n"
        "同比增长3.4%。\n"
        "二、重点工作\n"
        "（一）推动科技创新\n"
        "3 实施创新平台建设行动。 区科技局 全面启动创建工作。\n"
    )
    doc = one_document(tmp_path, text)
    headings = {t.key: t.heading for t in doc.tasks}
    assert sorted((headings[a.task][:6], a.role, a.actor) for a in doc.assignments) == [
        ("地区生产总值", "负责", "区发展改革委"),
        ("实施创新平台", "负责", "区科技局"),
        ("第一产业增加", "负责", "区农业农村委"),
        ("第一产业增加", "负责", "区林业局"),
    ]
    parents = {t.heading[:6]: headings.get(t.parent or "", "")[:4] for t in doc.tasks}
    assert parents["实施创新平台"] == "推动科技"


def test_two_bodies_a_space_apart_in_a_cell_are_two_bodies(tmp_path: Path) -> None:
    text = (
        "某县民生实事任务分解表\n"
        "序号 | 任务 | 责任领导 | 责任单位 |\n"
        "1 | 推动义务教育优质均衡发展。 | 王立 | 县教体局 各相关乡镇政府 |\n"
    )
    doc = one_document(tmp_path, text)
    assert sorted(a.actor for a in doc.assignments if not a.person) == ["县教体局", "各相关乡镇政府"]


def test_a_task_table_whose_cells_a_space_sets_apart_is_read_by_column(tmp_path: Path) -> None:
    # a law database's table: the header padded ("工 作 任 务"), each row's cells a space apart, the lead and
    # the support columns side by side (not one list of bodies), a section's headings between rows
    text = (
        "某市人民政府办公室关于印发重点任务分工的通知\n\n现将分工印发给你们。\n\n"
        "序号 工 作 任 务 牵头单位 配合单位\n"
        "一、稳增长\n"
        "1 城镇新增就业3万人以上 市人社局 市财政局\n"
        "二、惠民生\n"
        "（一）住房保障\n"
        "2 改造老旧小区120个 市住建局 各区政府\n"
    )
    doc = one_document(tmp_path, text)
    headings = {t.key: t.heading for t in doc.tasks}
    assert sorted((headings[a.task], a.role, a.actor) for a in doc.assignments) == [
        ("城镇新增就业3万人以上", "牵头", "市人社局"),
        ("城镇新增就业3万人以上", "配合", "市财政局"),
        ("改造老旧小区120个", "牵头", "市住建局"),
        ("改造老旧小区120个", "配合", "各区政府"),
    ]
    assert doc.assignments[0].evidence.quote.startswith("1 | 城镇新增就业3万人以上 | 市人社局")


def test_a_member_table_a_space_apart_keeps_each_name_and_post() -> None:
    # only a task table's header (a task's column and a role's) makes its lines' spaces cells
    from kg.spacing import spaced_header

    assert spaced_header("序号 姓名 职务") is None
    assert spaced_header("序号 工作任务 牵头单位（部门） 完成时限") == ((0, 2), (2, 6), (6, 14), (14, 18))
    assert spaced_header("序号工作任务牵头单位") is None  # no space: the run-together reading's


def test_a_cell_a_line_table_with_no_number_column_numbers_its_rows_by_their_task_cells(tmp_path: Path) -> None:
    """A development plan's target table: its area, each target numbered in its cell, the target's sub-targets, then
    the bodies responsible a line each (主要责任单位 and 责任单位 both answer for it)."""
    cells = [
        "领域", "主要目标", "主要责任单位", "责任单位",
        "1.城乡儿童健康水平进一步提高。", "——新生儿死亡率控制在5‰以下。", "县卫健委", "县财政局", "县妇联",
        "2.儿童体质达标率提高。", "县教体局", "县卫健委",
    ]  # fmt: skip
    text = "云岭县儿童发展规划目标责任分解表\n\n"
    doc = one_document(tmp_path, text + "\n\n".join(cells))
    assert {(a.task, a.role, a.actor) for a in doc.assignments} == {
        ("1", "负责", "县卫健委"),
        ("1", "负责", "县财政局"),
        ("1", "负责", "县妇联"),
        ("2", "负责", "县教体局"),
        ("2", "负责", "县卫健委"),
    }


def test_cells_a_line_merged_down_over_rows_stand_for_the_rows_below(tmp_path: Path) -> None:
    """An HTML table flattened a cell a line gives a cell that spans rows once: a row short of cells that names no one
    takes the role cells of the row above (负责科室 and 负责人 are 负责: their label's verb); a row with bodies but no
    person takes the person above; a section row stops it, and the text's last row, cut off, takes nothing."""
    cells = [
        "序号", "重点工作任务", "牵头单位", "负责科室", "负责人", "完成时间",
        "1", "新建社区食堂12个", "区民政局", "养老科", "王晓东", "9月底前",
        "2", "新增护理床位300张", "10月底前",
        "3", "建成区级老年大学",
        "4", "开展助老服务200场", "区老龄办",
        "二、城乡建设",
        "5", "改造老旧小区8个", "11月底前",
        "6", "新建口袋公园5个", "区城管局", "园林科", "赵一鸣",
        "7", "整治背街小巷20条", "区住建局",
        "8", "完成雨污分流改造,",
    ]  # fmt: skip
    text = "2024年民生实事任务分解表\n\n" + "\n\n".join(cells)
    doc = one_document(tmp_path, text)
    got: dict[str, set[tuple[str, str]]] = {}
    for a in doc.assignments:
        got.setdefault(a.task.rpartition("-")[2], set()).add((a.role, a.actor))
    first = {("牵头", "区民政局"), ("负责", "养老科"), ("负责", "王晓东")}
    assert got["r2"] == got["r3"] == first
    assert got["r4"] == {("牵头", "区老龄办"), ("负责", "王晓东")}
    assert "r5" not in got and "r8" not in got
    assert got["r7"] == {("牵头", "区住建局"), ("负责", "赵一鸣")}


def test_a_run_together_header_inside_a_page_s_line_and_its_rows_right_after_it(tmp_path: Path) -> None:
    """A document-sharing site's page: the table's title, its header and its rows run together on one line. A row's
    number is not a count ("2月底前"); the cell of words after the task ("目标任务") is passed over to the bodies,
    and the last role column runs to the row's end, its groups of bodies a comma apart."""
    text = (
        "城市节水工作任务分工表.docx\n"
        "1、城市节水工作任务分工表序号工作内容目标任务责任单位备注1推进节水型城市建设,加强宣传引导。"
        "2025年2月底前,节水器具普及率达90%以上。市水务局、市住建局,各区县政府2完善再生水利用体系,"
        "推进管网建设。年底前建成管网20公里。市发改委,市城管委"
    )
    doc = one_document(tmp_path, text)  # the page's number "1、" heads the table: its rows are keyed under it
    assert {(a.task.rpartition("-")[2], a.role, a.actor) for a in doc.assignments} == {
        ("r1", "负责", "市水务局"),
        ("r1", "负责", "市住建局"),
        ("r1", "负责", "各区县政府"),
        ("r2", "负责", "市发改委"),
        ("r2", "负责", "市城管委"),
    }


def test_two_bodies_run_together_in_a_run_together_row_are_two_cells(tmp_path: Path) -> None:
    """Cells run together with no separator: the lead cell's body ends where the next cell's body begins ("区教育局"
    then "经开区"), not at the end of a name that holds both."""
    text = "序号项目名称牵头单位配合单位\n1新建学校3所。区教育局经开区\n2新增就业5000人。区人社局区财政局\n"
    doc = one_document(tmp_path, text)
    assert {(a.task, a.role, a.actor) for a in doc.assignments} == {
        ("r1", "牵头", "区教育局"),
        ("r1", "配合", "经开区"),
        ("r2", "牵头", "区人社局"),
        ("r2", "配合", "区财政局"),
    }


def test_a_run_together_header_before_a_section_row_and_two_columns_of_one_role(tmp_path: Path) -> None:
    """ "…方案工作重点序号主要工作任务第一责任单位主要责任单位一、主要指标1…": the header inside the line, a section
    row before the first row; 第一责任单位 holds one body, 主要责任单位 the rest of the row, both 负责."""
    text = (
        "某市十四五规划纲要主要目标任务分解方案工作重点序号主要工作任务第一责任单位主要责任单位一、主要指标"
        "1地区生产总值年均增长7%。市发展改革委各县（市、区）政府、市开发区2地方财政收入年均增长8%。市财政局市税务局"
    )
    doc = one_document(tmp_path, text)
    assert {(a.task.rpartition("-")[2], a.role, a.actor) for a in doc.assignments} == {
        ("r1", "负责", "市发展改革委"),
        ("r1", "负责", "各县（市、区）政府"),
        ("r1", "负责", "市开发区"),
        ("r2", "负责", "市财政局"),
        ("r2", "负责", "市税务局"),
    }
