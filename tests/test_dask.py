"""kg build on a Dask cluster: the same per-file function, the same bytes as a local build."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.pipeline import build

from .test_cache import NOTICE
from .test_cli import one_line_error, run

distributed = pytest.importorskip("distributed", reason="Dask is not installed: pip install 'govkg[dask]'")


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """A local Dask cluster of two worker processes, as a real cluster is reached: by its address."""
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0", silence_logs=logging.ERROR
    )
    try:
        yield cluster.scheduler_address
    finally:
        cluster.close()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for n, city in enumerate(("东川市", "西川市", "南川市", "北川市", "中川市")):
        (folder / f"{n}.txt").write_text(NOTICE.format(city=city), encoding="utf-8")
    return folder


def test_the_cluster_builds_the_same_bytes_as_one_process(scheduler: str, corpus: Path, tmp_path: Path) -> None:
    local = build([corpus], tmp_path / "local", html=False, jobs=1)
    code, said, err = run("build", str(corpus), "-o", str(tmp_path / "dask"), "--scheduler", scheduler, "--no-html")
    assert code == 0, err
    assert said.startswith("read 5 file(s)")
    for name in ("graph.ttl", "graph.nq"):
        assert (tmp_path / "dask" / name).read_bytes() == (tmp_path / "local" / name).read_bytes()
    assert local.turtle == (tmp_path / "dask" / "graph.ttl").read_bytes()


def test_the_cluster_fills_the_cache_from_the_client(scheduler: str, corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = build([corpus], out, html=False, cache=True, executor="dask", scheduler=scheduler)
    assert first.cached == 0 and len(list((out / ".cache").glob("*.names"))) == 5
    (corpus / "2.txt").write_text(NOTICE.format(city="西山市"), encoding="utf-8")
    again = build([corpus], out, html=False, cache=True, executor="dask", scheduler=scheduler)
    assert again.cached == 4 and "西山市" in again.turtle.decode()
    assert [s.path for s in again.sources] == sorted(corpus.iterdir())


def test_a_bad_file_on_the_cluster_is_a_one_line_error_naming_it(scheduler: str, tmp_path: Path) -> None:
    bad = tmp_path / "in" / "broken.docx"
    bad.parent.mkdir()
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    code, _, err = run("build", str(bad.parent), "-o", str(tmp_path / "out"), "--scheduler", scheduler)
    assert code == 1 and str(bad) in one_line_error(err)
    assert not (tmp_path / "out").exists()


def test_an_unreachable_scheduler_is_a_one_line_error(corpus: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr("kg.cluster.CONNECT_TIMEOUT", "1s")
    code, _, err = run("build", str(corpus), "-o", str(tmp_path / "out"), "--scheduler", "tcp://127.0.0.1:9")
    assert code == 1 and "cannot reach the Dask scheduler" in one_line_error(err)


def test_a_local_cluster_when_no_scheduler_is_given(corpus: Path, tmp_path: Path) -> None:
    local = build([corpus], None, jobs=1)
    on_dask = build([corpus], None, jobs=2, executor="dask")
    assert on_dask.turtle == local.turtle
