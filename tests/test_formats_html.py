"""The HTML reader: encodings, furniture left out, the metadata block first, paragraphs and tables with their paths."""

from __future__ import annotations

import lxml.html
import pytest

from kg.errors import InputError
from kg.formats.html import read_html

ARTICLE = """<!DOCTYPE html>
<html><head>{meta}<title>云岭市财政局关于做好2024年预算执行工作的通知_云岭市人民政府门户网站</title>
<script>var x = "脚本里的字";</script><style>.a {{ color: red }}</style></head>
<body>
<form action="/search"><label>标题：</label><input name="q"> <label>发文字号：</label><input name="n"> <a>检索</a></form>
<div class="top-bar"><a href="/">无障碍</a> <a href="/">长者模式</a> 欢迎访问云岭市人民政府网站</div>
<div id="mainNav"><ul><li><a href="/">首页</a></li><li><a href="/">政务公开</a></li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/">政策文件</a></div>
<div class="xxgk-info">
<table>
<tr><td>索 引 号：</td><td>11530000MB0000000X/2024-00012</td><td>主题分类：</td><td>财政、金融、审计</td></tr>
<tr><td>发文机关：</td><td>云岭市财政局</td><td>成文日期：</td><td>2024年03月01日</td></tr>
<tr><td>标　　题：</td><td colspan="3">云岭市财政局关于做好2024年预算执行工作的通知</td></tr>
<tr><td>发文字号：</td><td>云财预〔2024〕7号</td><td>发布日期：</td><td>2024年03月05日</td></tr>
</table>
</div>
<div class="article">
<h1>云岭市财政局关于做好2024年预算执行工作的通知</h1>
<div class="fontsize">【字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="share">分享到：<a href="#">微信</a><a href="#">微博</a></div>
<div id="zoom">
<p>各县（市、区）财政局，市直各有关部门：</p>
<p>　　为做好<span>2024年</span>预算执行工作，<strong>现将有关事项</strong>通知如下。</p>
<p>一、加快预算执行进度。各部门要<a href="/x">按时</a>完成支出任务，确保资金及时拨付到位。</p>
<p>二、严格预算<br>支出管理。</p>
<p>云岭市财政局<br>2024年3月1日</p>
</div>
<div class="print-bar">【打印本页】【关闭窗口】</div>
</div>
<div class="related"><h3>相关链接</h3><ul><li><a href="/">云岭市审计局</a></li></ul></div>
<div class="footer">版权所有：云岭市人民政府办公室　地址：云岭市民主路1号　备案号：滇ICP备00000000号</div>
</body></html>
"""


def page(meta: str = '<meta charset="utf-8">', encoding: str = "utf-8") -> bytes:
    return ARTICLE.format(meta=meta).encode(encoding)


def lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line]


def where(extracted, text: str) -> str:
    start = extracted.text.index(text)
    return extracted.locate(start, start + len(text))[0].where


def test_gbk_page_with_http_equiv_charset_decodes():
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
    out = read_html(page(meta, "gbk"), "page.html")
    assert "为做好2024年预算执行工作，现将有关事项通知如下。" in out.text
    assert out.kind == "html"


def test_meta_charset_utf8():
    assert "各县（市、区）财政局，市直各有关部门：" in read_html(page(), "page.html").text


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_no_charset_tries_utf8_then_gb18030(encoding):
    out = read_html(page("", encoding), "page.html")
    assert "一、加快预算执行进度。各部门要按时完成支出任务，确保资金及时拨付到位。" in out.text


def test_utf8_page_saved_with_its_old_gb2312_declaration_reads_as_utf8():
    assert "市直各有关部门" in read_html(page('<meta charset="gb2312">', "utf-8"), "page.html").text


def test_byte_order_mark_wins_over_declared_charset():
    data = b"\xef\xbb\xbf" + page('<meta charset="gbk">')
    assert "市直各有关部门" in read_html(data, "page.html").text


def test_furniture_is_left_out():
    text = read_html(page(), "page.html").text
    for furniture in (
        "首页",
        "政务公开",
        "当前位置",
        "分享到",
        "微信",
        "打印本页",
        "【字号",
        "检索",
        "相关链接",
        "版权所有",
        "无障碍",
        "脚本",
    ):
        assert furniture not in text


def test_metadata_table_comes_first_as_label_lines():
    out = lines(read_html(page(), "page.html").text)
    assert out[:7] == [  # number and 发布日期 ahead of 成文日期: kg.metadata takes the first it meets
        "标题：云岭市财政局关于做好2024年预算执行工作的通知",
        "发文字号：云财预〔2024〕7号",
        "发布日期：2024年03月05日",
        "发文机关：云岭市财政局",
        "成文日期：2024年03月01日",
        "索引号：11530000MB0000000X/2024-00012",
        "主题分类：财政、金融、审计",
    ]
    assert out.count("发文字号：云财预〔2024〕7号") == 1


def test_metadata_lines_locate_their_rows():
    out = read_html(page(), "page.html")
    assert where(out, "发文字号：云财预〔2024〕7号") == "/html/body/div[4]/table/tr[4]"


def test_metadata_list_items():
    html = """<html><body><ul class="info">
    <li><b>发文字号：</b>云政办发〔2024〕7号</li>
    <li><span>发布日期：</span><span>2024-01-22</span></li>
    <li>发布机构：云岭市人民政府办公室</li></ul>
    <div class="content"><p>各县（市、区）人民政府，市直各委、办、局：</p><p>经市人民政府同意，现印发给你们，请认真贯彻执行。</p></div>
    </body></html>"""
    out = read_html(html.encode(), "page.html")
    assert lines(out.text) == [
        "发文字号：云政办发〔2024〕7号",
        "发布日期：2024-01-22",
        "发布机构：云岭市人民政府办公室",
        "各县（市、区）人民政府，市直各委、办、局：",
        "经市人民政府同意，现印发给你们，请认真贯彻执行。",
    ]
    assert where(out, "发布日期：2024-01-22") == "/html/body/ul/li[2]"


def test_metadata_spans_on_one_line_split_at_labels():
    html = """<html><body><div class="article"><h1>云岭市召开财政工作会议</h1>
    <div class="info"><span>发布时间：2024-02-03 10:30</span> <span>来源：市财政局</span> <span>浏览次数：12</span> 字号：大 中 小</div>
    <div class="text"><p>2月2日，云岭市召开全市财政工作会议，总结2023年工作，部署2024年任务。</p></div></div></body></html>"""
    assert lines(read_html(html.encode(), "page.html").text) == [
        "发布时间：2024-02-03 10:30",
        "来源：市财政局",
        "云岭市召开财政工作会议",
        "2月2日，云岭市召开全市财政工作会议，总结2023年工作，部署2024年任务。",
    ]


def test_title_once_after_metadata():
    out = lines(read_html(page(), "page.html").text)
    assert out[7] == "云岭市财政局关于做好2024年预算执行工作的通知"
    assert out.count("云岭市财政局关于做好2024年预算执行工作的通知") == 1


def test_title_from_title_element_without_its_site():
    html = "<html><head><title>关于2023-2025年行动计划的通知 - 云岭市人民政府</title></head><body><p>正文。</p></body></html>"
    assert lines(read_html(html.encode(), "p.html").text)[0] == "关于2023-2025年行动计划的通知"


def test_paragraphs_in_order_with_their_paths():
    out = read_html(page(), "page.html")
    body = lines(out.text)[8:]
    assert body == [
        "各县（市、区）财政局，市直各有关部门：",
        "为做好2024年预算执行工作，现将有关事项通知如下。",
        "一、加快预算执行进度。各部门要按时完成支出任务，确保资金及时拨付到位。",
        "二、严格预算",
        "支出管理。",
        "云岭市财政局",
        "2024年3月1日",
    ]
    tree = lxml.html.document_fromstring(page().decode())
    p4 = tree.xpath("//div[@id='zoom']/p")[3]
    assert where(out, "支出管理。") == tree.getroottree().getpath(p4) == "/html/body/div[5]/div[3]/p[4]"
    assert where(out, "市直各有关部门") == "/html/body/div[5]/div[3]/p[1]"


def test_whitespace_is_normalised():
    html = "<html><body><div id='zoom'><p>&nbsp;&emsp;云岭市\n财政局　 负责 \u3000</p><p>A\u00a0B  C</p></div></body></html>"
    assert lines(read_html(html.encode(), "p.html").text) == ["云岭市财政局 负责", "A B C"]


DIVISION = """<html><body><div class="pages_content">
<p>一、重点工作任务分工如下：</p>
<table border="1">
<tr><th>序号</th><th>重点工作</th><th>牵头单位</th><th>配合单位</th></tr>
<tr><td colspan="4">一、优化营商环境</td></tr>
<tr><td>1</td><td>深化“放管服”改革</td><td rowspan="2">市发展改革委</td><td>市财政局</td></tr>
<tr><td>2</td><td>推进<br>政务服务标准化</td><td>市政务服务局</td></tr>
<tr><td colspan="x">3</td><td>加强<b>信用</b>体系建设</td><td>市市场监管局</td><td rowspan="0">市司法局</td></tr>
</table>
<p>二、工作要求。</p>
</div></body></html>"""


def test_division_table_keeps_header_section_and_merged_cells():
    out = read_html(DIVISION.encode(), "fengong.html")
    assert lines(out.text) == [
        "一、重点工作任务分工如下：",
        "序号 | 重点工作 | 牵头单位 | 配合单位",
        "一、优化营商环境",
        "1 | 深化“放管服”改革 | 市发展改革委 | 市财政局",
        "2 | 推进政务服务标准化 | 市发展改革委 | 市政务服务局",
        "3 | 加强信用体系建设 | 市市场监管局 | 市司法局",
        "二、工作要求。",
    ]
    assert out.tables == 1
    assert where(out, "2 | 推进政务服务标准化") == "/html/body/div/table/tr[4]"


def test_layout_table_renders_as_paragraphs():
    long = "各地各部门要认真落实本通知要求，" * 20
    html = f"""<html><body><div id="zoom"><table><tr><td>
    <p>云岭市人民政府办公室关于印发工作方案的通知</p><p>{long}</p></td></tr></table>
    <table><tr><td>附件</td><td><p>一、总体要求。</p><p>{long}</p></td></tr></table></div></body></html>"""
    out = read_html(html.encode(), "layout.html")
    assert out.tables == 0
    assert "云岭市人民政府办公室关于印发工作方案的通知" in lines(out.text)
    assert "一、总体要求。" in lines(out.text)
    assert " | " not in out.text
    assert where(out, "一、总体要求。") == "/html/body/div/table[2]/tr/td[2]/p[1]"


def test_known_container_with_most_han_text_wins():
    html = """<html><body><div class="content"><a href="/">首页</a></div>
    <div class="left"><div class="con">热点：云岭新闻</div></div>
    <div class="TRS_Editor"><p>市财政局负责资金保障，市审计局负责审计监督，各县区人民政府负责组织实施。</p></div></body></html>"""
    assert lines(read_html(html.encode(), "p.html").text) == [
        "市财政局负责资金保障，市审计局负责审计监督，各县区人民政府负责组织实施。"
    ]


def test_without_known_container_the_densest_block_is_the_content():
    html = """<html><body><div class="x1"><span>云岭要闻</span></div>
    <div class="x2"><div class="x3"><p>第一段：市财政局牵头。</p><p>第二段：市审计局配合。</p></div></div></body></html>"""
    assert lines(read_html(html.encode(), "p.html").text) == ["第一段：市财政局牵头。", "第二段：市审计局配合。"]


def test_content_inside_a_form_and_a_print_wrapper_is_kept():
    html = """<html><body><form id="form1"><div class="printContent"><div id="zoom">
    <p>市财政局要加强资金监管。</p><div class="share">分享到：微信</div></div></div></form></body></html>"""
    assert lines(read_html(html.encode(), "p.html").text) == ["市财政局要加强资金监管。"]


def test_xml_declaration_with_encoding_is_accepted():
    html = '<?xml version="1.0" encoding="gbk"?><html><body><p>云岭市财政局。</p></body></html>'
    assert lines(read_html(html.encode("gbk"), "p.xhtml").text) == ["云岭市财政局。"]


@pytest.mark.parametrize(
    "data, message",
    [
        (b"\x80\x81\xfe\xff\x00\x90" * 50, "cannot decode"),
        (b"<html>\x00\x01\x02\x03\x04\x05</html>", "binary"),
        (b"", "empty"),
        (b"   \n ", "empty"),
        (b"<html><head></head><body><script>var a = 1;</script></body></html>", "no text"),
        (b"<html><body><div class='nav'>   </div></body></html>", "no text"),
    ],
)
def test_bad_pages_raise_one_line_input_error(data, message):
    with pytest.raises(InputError) as err:
        read_html(data, "bad.html")
    assert message in str(err.value)
    assert str(err.value).startswith("bad.html: ")
    assert "\n" not in str(err.value)


def test_large_page_reads_in_linear_time():
    paragraphs = "".join(f"<p>第{i}条　市财政局负责第{i}项工作。</p>" for i in range(20000))
    html = f"<html><body><div id='zoom'>{paragraphs}</div></body></html>"
    out = read_html(html.encode(), "big.html")
    assert len(out.locators) == 20000
    assert out.locators[-1].where == "/html/body/div/p[20000]"


def test_a_central_portal_page_reads_whole_with_its_metadata_table(tmp_path) -> None:
    """The layout of a central-government portal page (label cells in <b>, a 'bd1' metadata table, the body in
    #UCAP-CONTENT, an editor line and a share bar after it): its number and dates, its prose duties."""
    from pathlib import Path

    from kg.pipeline import build

    page = Path(__file__).parent / "data" / "portal-bd1.html"
    text = read_html(page.read_bytes(), page.name).text
    assert text.startswith("标题：") and "发文字号：国办发〔2024〕21号" in text
    assert not any(word in text for word in ("首页 > 政策", "我要纠错", "责任编辑", "分享到", "版权所有"))
    (doc,) = build([page], None, html=False).documents
    assert (doc.number, doc.date) == ("国办发〔2024〕21号", "2024-05-06")  # the signature date wins over 发布日期
    assert sorted((a.role, a.actor) for a in doc.assignments) == [
        ("牵头", "国家发展改革委"),
        ("负责", "财政部"),
        ("配合", "商务部"),
        ("配合", "财政部"),
    ]
    assert all(a.evidence.places[0].where.endswith(("p[3]", "p[4]")) for a in doc.assignments)


def test_a_page_s_content_saved_without_its_head_is_read_as_html(tmp_path):
    from kg.reading import read_source

    path = tmp_path / "page.txt"
    path.write_text(
        '<p class="ql-block"> 市督查组对某区社区进行专项检查，突出问题如下:</p> <p class="ql-block">一、某某社区</p> '
        '<p class="ql-block">1.显著位置设置公益宣传广告。</p>',
        encoding="utf-8",
    )
    source = read_source(path)
    assert source.encoding == "html"
    assert "<p" not in source.raw
    assert "一、某某社区" in source.raw.splitlines()
    plain = tmp_path / "note.txt"
    plain.write_text("<注>本文件自发布之日起施行。\n第二行", encoding="utf-8")
    assert read_source(plain).encoding != "html"
