from __future__ import annotations

from pathlib import Path

import pytest

from kg.pipeline import BuildResult, build

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "yuncheng-gazette-2023.txt"
GOLD = ROOT / "tests" / "data" / "seed_gold.json"
GOLDEN_GRAPH = ROOT / "tests" / "data" / "seed_graph.ttl"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite tests/data/seed_graph.ttl from the current build of the seed",
    )


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    """The seed built once for the whole session, written to a temporary folder."""
    return build([SEED], tmp_path_factory.mktemp("seed"))


@pytest.fixture(scope="session")
def seed_graph(seed_build: BuildResult) -> Path:
    assert seed_build.output is not None
    return seed_build.output
