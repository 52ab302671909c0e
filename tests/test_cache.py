"""The build cache: a file unchanged since the last build into a folder is not read again."""

from __future__ import annotations

from pathlib import Path

import pytest

import kg.cache
import kg.pipeline
import kg.workers
from kg.pipeline import build

from .test_cli import run

NOTICE = """{city}人民政府办公室
关于印发《{city}数字经济发展实施方案》的通知
各县（市、区）人民政府，市直各单位：
现印发给你们，请认真贯彻执行。
{city}人民政府办公室
2023年5月6日
一、重点任务
（一）推进数据要素市场建设。（{city}发展改革委牵头，{city}数据局配合）
"""


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, city in (("a.txt", "东川市"), ("b.txt", "西川市"), ("c.txt", "南川市")):
        (folder / name).write_text(NOTICE.format(city=city), encoding="utf-8")
    return folder


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the files read (not taken from the cache) in this process."""
    seen: list[str] = []
    real = kg.workers.read_file

    def counting(path: Path, encoding: str | None = None) -> kg.pipeline.FileResult:
        seen.append(path.name)
        return real(path, encoding)

    monkeypatch.setattr(kg.workers, "read_file", counting)
    return seen


def test_a_second_build_with_one_file_changed_reads_only_that_file(
    corpus: Path, tmp_path: Path, reads: list[str]
) -> None:
    out = tmp_path / "out"
    first = build([corpus], out, cache=True, html=False)
    assert sorted(reads) == ["a.txt", "b.txt", "c.txt"] and first.cached == 0
    reads.clear()
    (corpus / "b.txt").write_text(NOTICE.format(city="北川市"), encoding="utf-8")
    second = build([corpus], out, cache=True, html=False)
    assert reads == ["b.txt"] and second.cached == 2
    fresh = build([corpus], tmp_path / "fresh", cache=False, html=False)
    assert (
        second.turtle == fresh.turtle and "北川市" in second.turtle.decode() and "西川市" not in second.turtle.decode()
    )


def test_the_cache_holds_the_current_corpus_only(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build([corpus], out, cache=True, html=False)
    assert len(entries(out)) == 3
    (corpus / "c.txt").unlink()
    (out / ".cache" / ".killed.tmp").write_bytes(b"half")  # left by a build that was cut short
    build([corpus], out, cache=True, html=False)
    assert len(entries(out)) == 2 and len(list((out / ".cache").iterdir())) == 4  # each with its names


def entries(out: Path) -> list[Path]:
    return [e for e in (out / ".cache").iterdir() if not e.name.endswith(".names")]


def test_a_damaged_entry_is_read_again(corpus: Path, tmp_path: Path, reads: list[str]) -> None:
    out = tmp_path / "out"
    build([corpus], out, cache=True, html=False)
    for entry in (out / ".cache").iterdir():
        entry.write_bytes(entry.read_bytes()[:100])
    reads.clear()
    again = build([corpus], out, cache=True, html=False)
    assert sorted(reads) == ["a.txt", "b.txt", "c.txt"] and again.cached == 0


def test_a_damaged_entry_whose_names_are_whole_is_read_again_for_its_triples(
    corpus: Path, tmp_path: Path, reads: list[str]
) -> None:
    out = tmp_path / "out"
    first = build([corpus], out, cache=True, html=False, keep=False)
    sorted(entries(out))[0].write_bytes(b"damaged")  # its names are whole: the file counts as unchanged
    reads.clear()
    again = build([corpus], out, cache=True, html=False, keep=False)
    assert len(reads) == 1 and again.turtle == first.turtle


def test_a_renamed_file_or_another_govkg_is_read_again(
    corpus: Path, tmp_path: Path, reads: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    build([corpus], out, cache=True, html=False)
    (corpus / "a.txt").rename(corpus / "d.txt")  # the file's name reaches the graph
    reads.clear()
    build([corpus], out, cache=True, html=False)
    assert reads == ["d.txt"]
    monkeypatch.setattr(kg, "__version__", "0.0.0-other")
    kg.cache.code_digest.cache_clear()
    try:
        reads.clear()
        build([corpus], out, cache=True, html=False)
        assert sorted(reads) == ["b.txt", "c.txt", "d.txt"]
    finally:
        kg.cache.code_digest.cache_clear()


def test_kg_build_uses_the_cache_unless_told_not_to(corpus: Path, tmp_path: Path) -> None:
    out = str(tmp_path / "out")
    run("build", str(corpus), "-o", out, "--jobs", "2")
    code, told, _ = run("build", str(corpus), "-o", out, "--jobs", "2")
    assert code == 0 and "3 unchanged since the last build" in told
    code, told, _ = run("build", str(corpus), "-o", out, "--no-cache")
    assert code == 0 and "unchanged" not in told
