"""Word (.docx) files read into text: paragraphs, automatic numbering, tables with merged cells, one-line errors."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from kg.errors import InputError
from kg.formats.docx import FORMATS, chinese_counting, read_docx

W = nsdecls("w")


def save(document: docx.document.Document, tmp_path: Path) -> bytes:
    """The document written to a file in tmp_path, as bytes."""
    path = tmp_path / "doc.docx"
    document.save(str(path))
    return path.read_bytes()


def add_list(document: docx.document.Document, num_id: int, levels: list[tuple[str, str]], extra: str = "") -> None:
    """A numbering definition (abstractNum + num) with the given (numFmt, lvlText) levels; extra goes in each w:lvl."""
    numbering = document.part.numbering_part.element
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
        f'<w:suff w:val="nothing"/>{extra}</w:lvl>'
        for i, (fmt, text) in enumerate(levels)
    )
    abstract = parse_xml(f'<w:abstractNum {W} w:abstractNumId="{num_id}">{lvls}</w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(f'<w:num {W} w:numId="{num_id}"><w:abstractNumId w:val="{num_id}"/></w:num>'))


def numbered(document: docx.document.Document, text: str, num_id: int, ilvl: int = 0) -> None:
    """A paragraph on list num_id at level ilvl."""
    paragraph = document.add_paragraph(text)
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:numPr {W}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def task_table(document: docx.document.Document) -> None:
    """序号 | 重点工作 | 牵头单位 | 配合单位, a section row across the table, a lead unit merged down two rows."""
    table = document.add_table(rows=5, cols=4)
    for col, head in enumerate(["序号", "重点工作", "牵头单位", "配合单位"]):
        table.cell(0, col).text = head
    table.cell(1, 0).merge(table.cell(1, 3)).text = "一、优化营商环境"
    for row, (n, work, partner) in enumerate([("1", "压缩审批时限", "市税务局"), ("2", "推进一网通办", "各县区")], 2):
        table.cell(row, 0).text, table.cell(row, 1).text, table.cell(row, 3).text = n, work, partner
    table.cell(2, 2).merge(table.cell(3, 2)).text = "市财政局"
    table.cell(4, 0).merge(table.cell(4, 3)).text = "二、保障措施"


def test_paragraphs_in_order_with_their_index(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("云岭市人民政府办公室关于印发重点工作分工方案的通知")
    document.add_paragraph("")  # counted, not written
    document.add_paragraph("各县区人民政府，市政府各部门：")
    extracted = read_docx(save(document, tmp_path), "doc.docx")
    assert extracted.kind == "docx"
    assert extracted.text.split("\n\n")[:2] == [
        "云岭市人民政府办公室关于印发重点工作分工方案的通知",
        "各县区人民政府，市政府各部门：",
    ]
    assert [loc.where for loc in extracted.locators] == ["p[1]", "p[3]"]
    for loc in extracted.locators:
        assert extracted.text[loc.start : loc.end].strip() == extracted.text[loc.start : loc.end]


def test_list_number_style_numbers_its_paragraphs(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("主要任务")
    document.add_paragraph("优化营商环境", style="List Number")
    document.add_paragraph("推进政务服务", style="List Number")
    lines = read_docx(save(document, tmp_path), "doc.docx").text.split("\n\n")
    assert lines[:3] == ["主要任务", "1. 优化营商环境", "2. 推进政务服务"]


def test_chinese_numbering_with_levels_that_restart(tmp_path: Path) -> None:
    document = docx.Document()
    add_list(document, 90, [("chineseCounting", "%1、"), ("chineseCounting", "（%2）"), ("decimal", "%1.%3")])
    numbered(document, "总体要求", 90)
    numbered(document, "重点任务", 90)
    numbered(document, "优化营商环境", 90, 1)
    numbered(document, "压缩审批时限", 90, 2)
    numbered(document, "推进一网通办", 90, 2)
    numbered(document, "推进政务服务", 90, 1)
    numbered(document, "保障措施", 90)
    numbered(document, "加强组织领导", 90, 1)
    lines = read_docx(save(document, tmp_path), "doc.docx").text.split("\n\n")
    assert lines[:8] == [
        "一、总体要求",
        "二、重点任务",
        "（一）优化营商环境",
        "二.1压缩审批时限",  # as Word shows "%1.%3" without w:isLgl
        "二.2推进一网通办",
        "（二）推进政务服务",
        "三、保障措施",
        "（一）加强组织领导",
    ]


def test_legal_numbering_shows_every_level_in_decimal(tmp_path: Path) -> None:
    document = docx.Document()
    add_list(document, 91, [("chineseCounting", "%1、"), ("chineseCounting", "%1.%2")], extra="<w:isLgl/>")
    for text, level in [("总体要求", 0), ("重点任务", 0), ("优化营商环境", 1)]:
        numbered(document, text, 91, level)
    assert read_docx(save(document, tmp_path), "doc.docx").text.split("\n\n")[:3] == [
        "1、总体要求",
        "2、重点任务",
        "2.1优化营商环境",
    ]


def test_lists_sharing_a_definition_continue_unless_restarted(tmp_path: Path) -> None:
    document = docx.Document()
    add_list(document, 92, [("decimal", "（%1）")])
    numbering = document.part.numbering_part.element
    numbering.append(parse_xml(f'<w:num {W} w:numId="93"><w:abstractNumId w:val="92"/></w:num>'))
    restart = '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
    numbering.append(parse_xml(f'<w:num {W} w:numId="94"><w:abstractNumId w:val="92"/>{restart}</w:num>'))
    for text, num_id in [("市财政局", 92), ("市税务局", 93), ("市审计局", 94), ("市统计局", 94)]:
        numbered(document, text, num_id)
    lines = read_docx(save(document, tmp_path), "doc.docx").text.split("\n\n")
    assert lines[:4] == ["（1）市财政局", "（2）市税务局", "（1）市审计局", "（2）市统计局"]


def test_numbering_from_a_style_based_on_list_number_and_bullets_without_marker(tmp_path: Path) -> None:
    document = docx.Document()
    style = document.styles.add_style("任务", docx.enum.style.WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = document.styles["List Number"]
    document.add_paragraph("优化营商环境", style="任务")
    document.add_paragraph("推进政务服务", style="List Number")
    document.add_paragraph("市财政局负责", style="List Bullet")
    lines = read_docx(save(document, tmp_path), "doc.docx").text.split("\n\n")
    assert lines[:3] == ["1. 优化营商环境", "2. 推进政务服务", "市财政局负责"]


@pytest.mark.parametrize(
    "n, expected",
    [
        (1, "一"),
        (9, "九"),
        (10, "十"),
        (11, "十一"),
        (20, "二十"),
        (21, "二十一"),
        (101, "一百零一"),
        (110, "一百一十"),
    ],
)
def test_chinese_counting(n: int, expected: str) -> None:
    assert chinese_counting(n) == expected


@pytest.mark.parametrize(
    "fmt, n, expected",
    [
        ("ideographTraditional", 3, "丙"),
        ("ideographZodiac", 2, "丑"),
        ("decimalEnclosedCircle", 3, "③"),
        ("decimalEnclosedParen", 4, "(4)"),
        ("lowerLetter", 28, "bb"),
        ("upperLetter", 2, "B"),
        ("lowerRoman", 4, "iv"),
        ("upperRoman", 9, "IX"),
        ("chineseLegalSimplified", 12, "壹拾贰"),
        ("none", 5, ""),
    ],
)
def test_number_formats(fmt: str, n: int, expected: str) -> None:
    assert FORMATS[fmt](n) == expected


def test_table_rows_with_merged_cells(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("云岭市2024年重点工作任务分工")
    task_table(document)
    extracted = read_docx(save(document, tmp_path), "doc.docx")
    assert extracted.tables == 1
    assert extracted.text.split("\n\n")[1:] == [
        "序号 | 重点工作 | 牵头单位 | 配合单位",
        "一、优化营商环境",
        "1 | 压缩审批时限 | 市财政局 | 市税务局",
        "2 | 推进一网通办 | 市财政局 | 各县区",
        "二、保障措施",
        "",
    ]
    start = extracted.text.index("压缩审批时限")
    assert [loc.where for loc in extracted.locate(start, start + 6)] == ["tbl[1]/tr[3]"]
    start = extracted.text.index("推进一网通办")
    assert [loc.where for loc in extracted.locate(start, start + 6)] == ["tbl[1]/tr[4]"]


def test_table_cells_keep_their_paragraphs_and_nested_tables(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "牵头单位"
    cell = table.cell(0, 1)
    cell.text = "市财政局"
    cell.add_paragraph("市税务局")
    inner = cell.add_table(rows=1, cols=1)
    inner.cell(0, 0).text = "市审计局"
    extracted = read_docx(save(document, tmp_path), "doc.docx")
    assert extracted.text.split("\n\n")[0] == "牵头单位 | 市财政局市税务局市审计局"


def test_blank_spacer_rows_are_left_out(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "牵头单位", "配合单位"
    table.cell(2, 0).text, table.cell(2, 1).text = "市财政局", "市税务局"
    extracted = read_docx(save(document, tmp_path), "doc.docx")
    assert extracted.text == "牵头单位 | 配合单位\n\n市财政局 | 市税务局\n\n"
    assert [loc.where for loc in extracted.locators] == ["tbl[1]/tr[1]", "tbl[1]/tr[3]"]


def test_grid_before_keeps_columns_in_place(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    for col, head in enumerate(["序号", "重点工作", "牵头单位"]):
        table.cell(0, col).text = head
    table.cell(1, 1).text, table.cell(1, 2).text = "压缩审批时限", "市财政局"
    row = table.rows[1]._tr
    row.remove(row.tc_lst[0])
    row.get_or_add_trPr().append(parse_xml(f'<w:gridBefore {W} w:val="1"/>'))
    lines = read_docx(save(document, tmp_path), "doc.docx").text.split("\n\n")
    assert lines[:2] == ["序号 | 重点工作 | 牵头单位", "| 压缩审批时限 | 市财政局"]


def test_text_in_links_insertions_and_content_controls_but_not_deletions_or_field_codes(tmp_path: Path) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("由")
    body = document.element.body
    paragraph._p.append(parse_xml(f"<w:hyperlink {W}><w:r><w:t>市财政局</w:t></w:r></w:hyperlink>"))
    paragraph._p.append(parse_xml(f"<w:ins {W}><w:r><w:t>牵头</w:t></w:r></w:ins>"))
    paragraph._p.append(parse_xml(f"<w:del {W}><w:r><w:delText>负责</w:delText></w:r></w:del>"))
    paragraph._p.append(parse_xml(f"<w:r {W}><w:instrText> PAGE </w:instrText><w:tab/><w:t>落实</w:t></w:r>"))
    control = f"<w:sdt {W}><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>市税务局配合</w:t></w:r></w:p></w:sdtContent></w:sdt>"
    body.insert(len(body) - 1, parse_xml(control))  # before w:sectPr
    document.add_paragraph("各县区负责")
    extracted = read_docx(save(document, tmp_path), "doc.docx")
    assert extracted.text.split("\n\n")[:3] == ["由市财政局牵头 落实", "市税务局配合", "各县区负责"]
    assert [loc.where for loc in extracted.locators] == ["p[1]", "p[2]", "p[3]"]


def one_line_error(data: bytes) -> str:
    with pytest.raises(InputError) as caught:
        read_docx(data, "方案.docx")
    message = str(caught.value)
    assert "\n" not in message and message.startswith("方案.docx: ")
    return message


def test_word_97_file_is_named(tmp_path: Path) -> None:
    message = one_line_error(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))
    assert "Word 97–2003 (.doc) or WPS file" in message


def without_document_xml(tmp_path: Path) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(save(docx.Document(), tmp_path)))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zipped:
        for name in source.namelist():
            if name != "word/document.xml":
                zipped.writestr(name, source.read(name))
    return out.getvalue()


def broken_xml(tmp_path: Path) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(save(docx.Document(), tmp_path)))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zipped:
        for name in source.namelist():
            zipped.writestr(name, b"<w:document><w:body>" if name == "word/document.xml" else source.read(name))
    return out.getvalue()


@pytest.mark.parametrize(
    "make",
    [
        lambda tmp: b"\x00\x17 random bytes, not a package" * 20,
        lambda tmp: save(docx.Document(), tmp)[:3000],  # truncated
        without_document_xml,
        broken_xml,
        lambda tmp: b"PK\x03\x04 a zip header and nothing more",
    ],
    ids=["random", "truncated", "no-document-xml", "broken-xml", "zip-header-only"],
)
def test_unreadable_package_is_one_line(make, tmp_path: Path) -> None:
    assert "not a readable .docx file (" in one_line_error(make(tmp_path))


def test_document_without_text(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("")
    document.add_table(rows=2, cols=2)
    assert one_line_error(save(document, tmp_path)) == "方案.docx: the document has no text"
