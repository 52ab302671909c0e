"""The README's examples are run: every line of output it shows is a line the command prints on the seed."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
# commands whose example cannot run here: a server, a file written, a time that differs
SKIPPED = ("kg push", "kg viz", "kg build", "kg serve")  # kg build prints its time; kg serve runs until stopped


def examples() -> list[tuple[str, list[str]]]:
    """Each `$ kg …` line of the README's code blocks, with the output lines shown under it."""
    found: list[tuple[str, list[str]]] = []
    inside = False
    for line in README.splitlines():
        if line.startswith("```"):
            inside = not inside
            found.append(("", []))  # a block's end ends its last example
        elif not inside:
            continue
        elif line.startswith("$ kg "):
            found.append((line[2:], []))
        elif line.startswith("$ "):
            found.append(("", []))  # another program's command: its output is not checked
        elif found:
            found[-1][1].append(line)
    return [(command, shown) for command, shown in found if command and not command.startswith(SKIPPED)]


def _squeeze(line: str) -> str:
    return " ".join(line.split())


@pytest.mark.parametrize(("command", "shown"), examples(), ids=lambda value: str(value)[:40])
def test_the_readme_shows_what_the_command_prints(seed_graph: Path, command: str, shown: list[str]) -> None:
    args = shlex.split(command.split("  #")[0])[1:]
    if "--graph" in args:
        args[args.index("--graph") + 1] = str(seed_graph)
    else:
        args += ["--graph", str(seed_graph)]
    result = CliRunner().invoke(main, args)
    printed = [_squeeze(line) for line in (result.stdout + result.stderr).splitlines()]
    for line in shown:
        want = _squeeze(line)
        if not want or want == "…":
            continue
        if want.endswith("…"):  # the README cut the line here
            stem = want[:-1].rstrip()
            assert any(p.startswith(stem) for p in printed), f"{command}: no line starts {stem!r}"
        else:
            assert want in printed, f"{command}: no line {want!r}"
