"""PDF input: the seed printed as a two-column gazette reads back column by column and scores as the seed does;
every fact's page and box hold its evidence; a ruled table is read as a table; bad PDFs are one-line errors."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import parse_qs

import pdfplumber
import pyoxigraph as ox
import pytest

from kg.evaluate import CATEGORIES, evaluate
from kg.formats.pdf import Segment, _furniture, _key, _reading_order, read_pdf
from kg.graph import locator
from kg.pipeline import BuildResult, build

from .conftest import GOLD, ROOT

FIXTURES = ROOT / "tests" / "fixtures"
SEED_PDF = FIXTURES / "seed-two-column.pdf"
SEED_TXT = ROOT / "seeds" / "yuncheng-gazette-2023.txt"
GOV = "https://w3id.org/govkg/ontology#"


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def pdf_build(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    return build([SEED_PDF], tmp_path_factory.mktemp("pdf"), html=False)


def test_two_columns_read_column_by_column_without_furniture() -> None:
    extracted = read_pdf(SEED_PDF.read_bytes(), SEED_PDF.name)
    # the fixture prints each line of the seed in order, left column then right, with a running head and a
    # page number on every page: reading it back gives the seed's text, nothing interleaved, nothing added
    assert _squeezed(extracted.text) == _squeezed(SEED_TXT.read_text(encoding="utf-8"))
    assert extracted.pages > 20
    assert "人民政府公报" not in extracted.text.split("\n", 1)[0] or "公报" in SEED_TXT.read_text(encoding="utf-8")[:50]
    assert not re.search(r"^— \d+ —$", extracted.text, re.MULTILINE)


def test_each_line_knows_its_page_and_box() -> None:
    extracted = read_pdf(SEED_PDF.read_bytes(), SEED_PDF.name)
    pages = [loc.page for loc in extracted.locators]
    assert pages == sorted(pages) and pages[0] == 1 and pages[-1] == extracted.pages
    with pdfplumber.open(SEED_PDF) as pdf:
        page = pdf.pages[1]
        for loc in [loc for loc in extracted.locators if loc.page == 2][:30]:
            x0, top, x1, bottom = loc.box  # rounded to 0.1 pt: widen by half a point
            inside = page.within_bbox((x0 - 0.5, top - 0.5, x1 + 0.5, bottom + 0.5)).extract_text()
            assert _squeezed(inside) == _squeezed(extracted.text[loc.start : loc.end])


@pytest.mark.parametrize("category", CATEGORIES)
def test_seed_pdf_scores_like_the_seed(pdf_build: BuildResult, category: str) -> None:
    score = next(s for s in evaluate(pdf_build.output, GOLD) if s.category == category)
    assert score.f1 >= 0.98, f"{category}: P {score.precision:.3f} R {score.recall:.3f}; missed {score.missed[:3]}"


def test_every_assignment_is_on_the_page_it_names(pdf_build: BuildResult) -> None:
    store = ox.Store()
    store.load(pdf_build.turtle, ox.RdfFormat.TURTLE)
    raw = pdf_build.sources[0].raw
    rows = store.query(
        f"SELECT ?a ?s ?e (GROUP_CONCAT(?where; separator='#') AS ?places) WHERE {{"
        f" ?a a <{GOV}Assignment> ; <{GOV}sourceStart> ?s ; <{GOV}sourceEnd> ?e ; <{GOV}sourceLocator> ?where }}"
        " GROUP BY ?a ?s ?e"
    )
    order = {locator(loc): n for n, loc in enumerate(pdf_build.sources[0].layout.locators)}
    checked = 0
    with pdfplumber.open(SEED_PDF) as pdf:
        for row in rows:
            quoted = _squeezed(raw[int(row["s"].value) : int(row["e"].value)])
            found = ""
            for where in sorted(row["places"].value.split("#"), key=order.__getitem__):
                params = parse_qs(where)
                x, y, w, h = (float(v) for v in params["viewrect"][0].split(","))
                page = pdf.pages[int(params["page"][0]) - 1]
                found += page.within_bbox((x - 0.5, y - 0.5, x + w + 0.5, y + h + 0.5)).extract_text()
            assert quoted in _squeezed(found), f"evidence not in its boxes: {quoted[:40]}"
            checked += 1
    assert checked == 331


def test_assignments_name_their_pages(pdf_build: BuildResult) -> None:
    turtle = pdf_build.turtle.decode()
    assert "gov:page" in turtle and "page=1&viewrect=" in turtle


def test_ruled_table_rows_are_tasks_with_their_actors(tmp_path: Path) -> None:
    result = build([FIXTURES / "division-table.pdf"], tmp_path, html=False)
    scores = {s.category: s for s in evaluate(result.output, FIXTURES / "division-table.gold.json")}
    for category in ("tasks", "assignments"):
        assert scores[category].precision == scores[category].recall == 1.0, scores[category].missed[:3]
    extracted = read_pdf((FIXTURES / "division-table.pdf").read_bytes(), "t.pdf")
    assert "序号 | 重点工作 | 牵头单位 | 配合单位 | 完成时限" in extracted.text
    assert extracted.tables == 1


def test_a_pdf_is_told_by_its_bytes_not_its_name(tmp_path: Path) -> None:
    renamed = tmp_path / "gazette.txt"
    renamed.write_bytes((FIXTURES / "division-table.pdf").read_bytes())
    result = build([renamed], None, html=False)
    assert result.sources[0].encoding == "pdf" and len(result.documents[0].assignments) == 42


# -- reading order and furniture on made-up pages: each segment is (text, x0, top, x1) --------------------

H, W = 842.0, 595.0


def _page(*segments: tuple[str, float, float, float]) -> list[Segment]:
    return [Segment(text, x0, top, x1, top + 10, 10) for text, x0, top, x1 in segments]


def _order(segments: list[Segment]) -> list[str]:
    return [" ".join(s.text for s in block.segments) for block in _reading_order(segments, [], W)]


def test_a_title_across_two_columns_is_read_before_them_and_each_column_whole() -> None:
    page = _page(
        ("关于做好某项工作的通知", 150, 60, 450),  # spans both columns
        *[(f"左栏第{n}行文字", 40, 100 + 14 * n, 280) for n in range(6)],
        *[(f"右栏第{n}行文字", 310, 100 + 14 * n, 550) for n in range(6)],
    )
    order = _order(page)
    assert order[0] == "关于做好某项工作的通知"
    assert order[1:7] == [f"左栏第{n}行文字" for n in range(6)]
    assert order[7:] == [f"右栏第{n}行文字" for n in range(6)]


def test_a_line_across_the_columns_starts_a_new_band() -> None:
    page = _page(
        *[(f"上左{n}", 40, 100 + 14 * n, 280) for n in range(3)],
        *[(f"上右{n}", 310, 100 + 14 * n, 550) for n in range(3)],
        ("二、横跨两栏的小标题在这里占满整行宽度", 40, 160, 550),
        *[(f"下左{n}", 40, 180 + 14 * n, 280) for n in range(3)],
        *[(f"下右{n}", 310, 180 + 14 * n, 550) for n in range(3)],
    )
    order = _order(page)
    assert order == [*(f"上左{n}" for n in range(3)), *(f"上右{n}" for n in range(3)), order[6]] + [
        *(f"下左{n}" for n in range(3)),
        *(f"下右{n}" for n in range(3)),
    ]
    assert order[6].startswith("二、")


def test_one_column_pages_keep_their_lines_in_order() -> None:
    page = _page(*[(f"第{n}行", 60, 100 + 14 * n, 500 if n % 3 else 200) for n in range(8)])
    assert _order(page) == [f"第{n}行" for n in range(8)]


def test_running_heads_that_alternate_between_odd_and_even_pages_are_furniture() -> None:
    pages = []
    for n in range(1, 9):
        head = ("某市人民政府公报", 240, 30, 360) if n % 2 else ("2024年第3期", 260, 30, 340)
        number = (f"— {n} —", 280, 800, 320)
        body = [(f"正文第{n}页第{k}行", 60, 100 + 14 * k, 500) for k in range(3)]
        pages.append((_page(head, *body, number), H))
    furniture = _furniture(pages)
    kept = [s.text for segments, h in pages for s in segments if _key(s, h) not in furniture]
    assert not any("公报" in t or "期" in t or "—" in t for t in kept)
    assert len(kept) == 8 * 3


def test_a_number_at_the_foot_of_the_text_is_not_a_page_number_when_something_is_below_it() -> None:
    segments = _page(("正文", 60, 700, 500), ("12", 60, 770, 80), ("— 3 —", 280, 800, 320))
    furniture = _furniture([(segments, H)])
    kept = [s.text for s in segments if _key(s, H) not in furniture]
    assert kept == ["正文", "12"]


def test_three_columns_are_read_left_to_right() -> None:
    page = _page(*[(f"第{c}栏{n}", 40 + 180 * c, 100 + 14 * n, 190 + 180 * c) for c in range(3) for n in range(4)])
    assert _order(page) == [f"第{c}栏{n}" for c in range(3) for n in range(4)]


def test_a_pdf_with_an_owner_password_only_is_read() -> None:
    """Many published gazettes restrict copying with an owner password and open for anyone: govkg reads them."""
    extracted = read_pdf((FIXTURES / "restricted.pdf").read_bytes(), "restricted.pdf")
    assert "印发给你们" in extracted.text
