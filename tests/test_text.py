"""Reading and repairing text: encodings, furniture, padding, glyphs, joins, the offset map."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import InputError
from kg.lines import is_furniture
from kg.mapped import MappedText
from kg.pipeline import extract_documents
from kg.reading import Source, decode, to_simplified
from kg.repair import WIDE_PUNCT, column_width, paragraphs, repair_lines

from .conftest import SEED

# (repaired, raw) character pairs a repair may legitimately produce
SUBSTITUTED = {("→", "冥"), ("×", "伊"), ("～", "耀"), ("Ⅲ", "芋"), ("Ⅳ", "郁"), ("、", " ")} | {
    (wide, ascii) for ascii, wide in WIDE_PUNCT.items()
}  # and a space between two bodies' names is the 、 of their list


def repaired(raw: str) -> list[str]:
    return [line.text.text for line in repair_lines(MappedText.identity(raw))]


def joined(raw: str, width: float | None = None) -> list[str]:
    lines = repair_lines(MappedText.identity(raw))
    return [p.text.text for p in paragraphs(lines, width)]


# -- decoding ------------------------------------------------------------------


@pytest.mark.parametrize(
    "data, text, encoding",
    [
        ("牵头单位：市工信局".encode(), "牵头单位：市工信局", "utf-8"),
        (b"\xef\xbb\xbf" + "市发改委".encode(), "市发改委", "utf-8"),
        (b"\xff\xfe" + "市发改委".encode("utf-16-le"), "市发改委", "utf-16-le"),
        (b"\xfe\xff" + "市发改委".encode("utf-16-be"), "市发改委", "utf-16-be"),
        ("关于印发《方案》的通知".encode("gb18030"), "关于印发《方案》的通知", "gb18030"),
    ],
)
def test_decode_sniffs_bom_then_utf8_then_gb18030(data: bytes, text: str, encoding: str) -> None:
    assert decode(data) == (text, encoding)


@pytest.mark.parametrize("data", [b"\x00\x01\x02\x03binary", bytes(range(256)) * 4, b"\x89PNG\r\n\x1a\n\x00\x00"])
def test_decode_refuses_binary(data: bytes) -> None:
    with pytest.raises(InputError, match="binary|cannot decode"):
        decode(data, "x.bin")


def test_traditional_script_becomes_simplified_with_aligned_offsets() -> None:
    raw = "臺北市政府關於發展與改革委員會的通知"
    mapped = to_simplified(raw)
    assert mapped.text == "台北市政府关于发展与改革委员会的通知"
    assert list(mapped.pos) == list(range(len(raw)))


# -- line repair ----------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "·市政府工作报告·",
        "·人事任免·",
        "运城市人民政府公报 ·市政府办公室文件·",
        "30- -",
        "- 12 -",
        "—7—",
        "第 3 页",
        "某市政府公报",
        "泉州市人民政府公报 2023年第3期",
        "某市人民政府公报2023年第12期（总第300期）",
        "目  录",
        "关于印发某市数字经济发展行动方案的通知…………………（3）",
        "某市人民政府关于程严等人任免职务的通知........12",
    ],
)
def test_page_furniture_is_recognised(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line", ["市发展改革委负责。", "2023", "一、指导思想", "（此件公开发布）", "30亿元", "加快建设……等项目1"]
)
def test_text_is_not_furniture(line: str) -> None:
    assert not is_furniture(line)


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("运城市人 民政府办公室", "运城市人民政府办公室"),
        ("组 长：陈 杰 市委常委、常务副市长", "组长：陈杰 市委常委、常务副市长"),
        ("成 员：张 涛 市机关事务管理局副局长", "成员：张涛 市机关事务管理局副局长"),
        ("刘平均 市住建局党组成员", "刘平均 市住建局党组成员"),
        ("运城市人民政府市长 储祥好", "运城市人民政府市长 储祥好"),
        ("三、技术负责人：武 强", "三、技术负责人：武强"),
        ("运政任字〔2023〕3 号", "运政任字〔2023〕3号"),
        ("2023 年 2 月 22 日", "2023年2月22日"),
        ("主 任 委 员：李 明", "主任委员：李明"),
        ("推广 Python 3 与 AED 配置", "推广Python 3与AED配置"),
        # several people on one line: each separating space stays, as one
        ("副组长：李立新  区委副书记、区长  赵海涛  区委常委", "副组长：李立新 区委副书记、区长 赵海涛 区委常委"),
        ("副指挥长：副县长 李立新  县人武部部长 赵海涛", "副指挥长：副县长 李立新 县人武部部长 赵海涛"),
        # a seat's label set off by spaces, its colon left out
        ("组    长  王一鸣  市人民政府市长", "组长：王一鸣 市人民政府市长"),
        ("副 组 长  李立新  市人民政府副市长", "副组长：李立新 市人民政府副市长"),
        # no people after it: no colon given; a space between two bodies' names parts them
        ("成    员  市财政局 市公安局", "成员市财政局、市公安局"),
        ("县教体局 各相关乡镇政府", "县教体局、各相关乡镇政府"),
        ("县 教 体 局", "县教体局"),
    ],
)
def test_padding_spaces_go_but_a_name_post_separator_stays(raw: str, expected: str) -> None:
    assert repaired(raw) == [expected]


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("围绕“建筑用钢冥精品钢冶炼冥汽车用钢”链条", "围绕“建筑用钢→精品钢冶炼→汽车用钢”链条"),
        ("跑手续有“7伊24 小时”服务", "跑手续有“7×24小时”服务"),
        ("人数伊总月数伊月补助额", "人数×总月数×月补助额"),
        ("打造 1耀2 个省级专业镇", "打造1～2个省级专业镇"),
        ("水质逐步向芋类提升，涑水河达到郁类", "水质逐步向Ⅲ类提升，涑水河达到Ⅳ类"),
        ("盬消费潜力。推动 街、平常街等特色商业街", "消费潜力。推动盬街、平常街等特色商业街"),
        # a PDF font's punctuation written as the code point of its GB2312 code (among the Yi syllables)
        ("评估工作ꎬ组织制定处置方案ꎬ参与事故调查ꎮ", "评估工作，组织制定处置方案，参与事故调查。"),
        ("ꆈꌠ ꁱꂷ", "ꆈꌠ ꁱꂷ"),  # Yi script itself, no Chinese beside it
        # real words keep their characters
        ("冥想与冥王星", "冥想与冥王星"),
        ("伊朗与伊拉克客商", "伊朗与伊拉克客商"),
        ("荣耀与光耀", "荣耀与光耀"),
        ("发展薯芋类作物", "发展薯芋类作物"),
    ],
)
def test_glyph_substitutions_are_repaired_in_context(raw: str, expected: str) -> None:
    assert repaired(raw) == [expected]


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("牵头单位:市工信局", "牵头单位：市工信局"),
        ("(一)加强组织领导", "（一）加强组织领导"),
        ("(市发改委牵头,市财政局配合)", "（市发改委牵头，市财政局配合）"),
        ("投资1,000万元", "投资1,000万元"),
        ("at 3:30 (UTC)", "at 3:30 (UTC)"),
    ],
)
def test_ascii_punctuation_in_chinese_text_becomes_full_width(raw: str, expected: str) -> None:
    assert repaired(raw) == [expected]


# -- joining lines ----------------------------------------------------------------

COLUMN = 22.0  # a full line of the two-column seed, in em


@pytest.mark.parametrize(
    "raw, expected",
    [
        # a sentence wrapped over full lines runs on
        (
            "各县（市、区）要加强组织领导，把海绵城市建设纳\n入重要议事日程，明确责任分工，确保各项任务落实。",
            ["各县（市、区）要加强组织领导，把海绵城市建设纳入重要议事日程，明确责任分工，确保各项任务落实。"],
        ),
        # a name broken across lines: "市工" / "信局"
        (
            "为推进工作，由市发展改革委、市财政局、市工\n信局牵头。",
            ["为推进工作，由市发展改革委、市财政局、市工信局牵头。"],
        ),
        # a sentence end is a paragraph end
        (
            "加强宣传，营造良好氛围，全面提升市民的参与度。\n一、总体要求",
            ["加强宣传，营造良好氛围，全面提升市民的参与度。", "一、总体要求"],
        ),
        # a short heading does not run on into its body
        (
            "（一）加快专业镇集群成链\n推动专业镇市场主体倍增，培育一批龙头企业，形成集",
            ["（一）加快专业镇集群成链", "推动专业镇市场主体倍增，培育一批龙头企业，形成集"],
        ),
        # a label line starts a paragraph even after a full line
        (
            "成员：市发展改革委、市工信局、市科技局、市财政局等\n组长：市政府分管副市长",
            ["成员：市发展改革委、市工信局、市科技局、市财政局等", "组长：市政府分管副市长"],
        ),
        # a byline in the middle of a sentence is set aside
        (
            "四个农业发展路径逐渐明晰，南粮北植、南菜北种、南\n运城市人民政府市长 储祥好\n茶北栽产业转型重点工程顺利实施，粮食总产稳步提升。",
            [
                "四个农业发展路径逐渐明晰，南粮北植、南菜北种、南茶北栽产业转型重点工程顺利实施，粮食总产稳步提升。",
                "运城市人民政府市长 储祥好",
            ],
        ),
    ],
)
def test_lines_join_where_the_pdf_wrapped_them(raw: str, expected: list[str]) -> None:
    assert joined(raw, COLUMN) == expected


def test_a_running_title_at_a_page_edge_is_furniture() -> None:
    raw = "到2025年，十条重点产业链规模效应初步显现，规上企业达到500\n某市促进专业镇高质量发展三年行动计划\n 家，营业收入突破3000亿元。"
    assert joined(raw, COLUMN) == [
        "到2025年，十条重点产业链规模效应初步显现，规上企业达到500家，营业收入突破3000亿元。"
    ]


def test_a_short_wrapped_page_has_its_column() -> None:
    # six full lines of one paragraph, wrapped mid-sentence a page's width apart: a short page still has a column
    sentence = (
        "嫩江县人民武装部是县人民政府的兵役机关，县征兵办公室设在县人武部，负责组织实施征兵工作，受上级双重领导。"
    )
    text = (sentence * 5)[:209] + "。"
    raw = "\n".join(text[i : i + 35] for i in range(0, 210, 35))
    lines = repair_lines(MappedText.identity(raw))
    assert column_width(lines) < float("inf")
    assert len(paragraphs(lines)) == 1


def test_unwrapped_text_has_no_column_and_joins_nothing() -> None:
    raw = "\n".join(["一、总体要求", "坚持问题导向，持续优化营商环境，全面提升政务服务水平"] * 15)
    lines = repair_lines(MappedText.identity(raw))
    assert column_width(lines) == float("inf")
    assert len(paragraphs(lines)) == 30


# -- the offset map -----------------------------------------------------------------

_alphabet = st.sampled_from(
    list("市发改委工信局牵头配合负责，。；：、（）“”一二三1 2 ")
    + ["\n", "\n\n", "冥", "伊", "耀", "芋类", "·人事任免·\n", "盬", " "]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_alphabet, max_size=80).map("".join))
def test_every_repaired_character_maps_back_to_its_raw_character(raw: str) -> None:
    lines = repair_lines(MappedText.identity(raw))
    for para in paragraphs(lines):
        mt = para.text
        assert len(mt.pos) == len(mt.text)
        for char, at in zip(mt.text, mt.pos):
            assert 0 <= at < len(raw)
            assert char == raw[at] or (char, raw[at]) in SUBSTITUTED


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_repair_never_fails_on_any_text(raw: str) -> None:
    lines = repair_lines(MappedText.identity(raw))
    for para in paragraphs(lines):
        start, end = para.text.raw_span()
        assert 0 <= start <= end <= len(raw)


def test_seed_paragraphs_map_back_to_the_raw_file(seed_build) -> None:
    source = seed_build.sources[0]
    for doc in seed_build.documents:
        for char, at in zip(doc.text.text, doc.text.pos):
            if char != "\n":
                assert char == source.raw[at] or (char, source.raw[at]) in SUBSTITUTED


@pytest.fixture(scope="module")
def taiwan_seed() -> str:
    """The seed in Traditional script as Taiwan writes it (every character has a Big5 code)."""
    import opencc

    return opencc.OpenCC("s2tw").convert(SEED.read_text(encoding="utf-8"))


def _facts(result) -> set[tuple[str, ...]]:  # noqa: ANN001
    from kg.reading import simplified

    return {
        (doc.title and simplified(doc.title), a.task, a.role, simplified(a.actor))
        for doc in result.documents
        for a in doc.assignments
    }


def test_big5_text_gives_the_facts_of_its_simplified_twin(tmp_path: Path, seed_build, taiwan_seed: str) -> None:
    from kg.pipeline import build

    (tmp_path / SEED.name).write_bytes(taiwan_seed.encode("big5hkscs"))
    result = build([tmp_path / SEED.name], None)
    assert result.sources[0].encoding == "big5"
    assert _facts(result) == _facts(seed_build) and len(_facts(result)) > 300
    assert {k: v for k, v in result.counts().items() if k != "triples"} == {
        k: v for k, v in seed_build.counts().items() if k != "triples"
    }


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_mark_is_read(taiwan_seed: str, codec: str) -> None:
    text = SEED.read_text(encoding="utf-8")[:5000]
    assert decode(text.encode(codec)) == (text, codec)


def test_bytes_no_encoding_reads_as_chinese_are_an_error_not_a_guess() -> None:
    import random

    noise = bytes(random.Random(7).randrange(0x81, 0xFF) for _ in range(3000))
    with pytest.raises(InputError, match="cannot tell the encoding .*convert it to UTF-8"):
        decode(noise, "noise.txt")


def test_a_forced_encoding_is_used_and_checked(taiwan_seed: str) -> None:
    data = taiwan_seed[:3000].encode("big5hkscs")
    assert decode(data, "x", "big5hkscs")[0] == taiwan_seed[:3000]
    with pytest.raises(InputError, match="not valid utf-8"):
        decode(data, "x", "utf-8")
    with pytest.raises(InputError, match="no encoding is called 'klingon'"):
        decode(data, "x", "klingon")


def test_question_marks_a_lost_encoding_left_for_an_indent_are_dropped() -> None:
    raw = "某区优化营商环境行动方案\n??一、让企业办事更省心\n??1.推广电子签章应用。(责任单位:区府办、区市场监管局)\n"
    [doc] = extract_documents(Source(Path("plan.txt"), raw, "utf-8", MappedText.identity(raw)))
    assert [t.heading for t in doc.tasks][:2] == ["让企业办事更省心", "推广电子签章应用"]
    assert {a.actor for a in doc.assignments} == {"区府办", "区市场监管局"}


def test_a_web_table_s_bars_alone_on_a_line_are_furniture_and_a_small_full_stop_numbers_items() -> None:
    assert is_furniture("||||") and is_furniture(" | ") and not is_furniture("市财政局 | 2024年底")
    raw = "某省重点工作及责任分解\n|\n1﹒全省生产总值增长7%以上。\n牵头责任单位：省发展改革委。\n"
    [doc] = extract_documents(Source(Path("plan.txt"), raw, "utf-8", MappedText.identity(raw)))
    assert [t.heading for t in doc.tasks] == ["全省生产总值增长7%以上"]


def test_a_notice_flattened_into_one_line_keeps_its_title_addressee_and_working_groups_apart() -> None:
    raw = (
        "某省某厅关于对中心城区环境综合整治考核的通知 各设区市人民政府: 经研究，决定进行考核，现将有关事项通知如下: "
        "一、考核时间：2011年1月6日。 二、分组情况: 第一组:甲市、乙市 成员：王一阳 第二组:丙市 成员：李二洪\n"
    )
    [doc] = extract_documents(Source(Path("flat.txt"), raw, "utf-8", MappedText.identity(raw)))
    assert doc.title == "关于对中心城区环境综合整治考核的通知"
    paragraphs = [text for _, text in doc.pieces("paragraph")]
    assert any(p.startswith("第一组") for p in paragraphs) and any(p.startswith("第二组") for p in paragraphs)


def test_a_traditional_text_s_labels_the_rules_supply_are_written_in_traditional_whole(tmp_path: Path) -> None:
    from kg.per_file import read_file

    raw = (
        "國務院調查組召開第一次全體會議\n國務院成立調查組，由應急管理部牽頭，公安部、江西省人民政府等相關方面參加，"
        "對事故進行調查。國務院調查組在新餘召開第一次全體會議，會議聽取了有關報告，強調要查清責任。\n"
    )
    (tmp_path / "news.txt").write_text(raw, encoding="utf-8")
    [doc] = read_file(tmp_path / "news.txt").documents
    assert {(m.member, m.role) for m in doc.memberships} == {
        ("應急管理部", "牽頭單位"),  # "单" is not in the text: written in Traditional all the same
        ("公安部", "成員單位"),
        ("江西省人民政府", "成員單位"),
    }
