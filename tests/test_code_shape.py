"""The shape the code keeps so that it stays easy to extend: small modules, short functions, no slips."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

KG = Path(__file__).resolve().parent.parent / "kg"
MODULES = sorted(KG.rglob("*.py"))
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 50
EACH_MODULE = pytest.mark.parametrize("path", MODULES, ids=[str(p.relative_to(KG)) for p in MODULES])


def _nodes(path: Path) -> list[ast.AST]:
    """Every node of a module's syntax tree."""
    return list(ast.walk(ast.parse(path.read_text(encoding="utf-8"))))


@EACH_MODULE
def test_module_is_at_most_400_lines(path: Path) -> None:
    assert len(path.read_text(encoding="utf-8").splitlines()) <= MAX_MODULE_LINES


@EACH_MODULE
def test_functions_are_at_most_50_lines(path: Path) -> None:
    long = [
        f"{node.name} ({node.end_lineno - node.lineno + 1} lines)"
        for node in _nodes(path)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES
    ]
    assert not long, f"{path.name}: {', '.join(long)}"


@EACH_MODULE
def test_no_f_string_formats_a_regex_quantifier(path: Path) -> None:
    """In rf"…", a quantifier written {0,30} is formatted as the tuple "(0, 30)": it must be {{0,30}}."""
    tuples = [
        f"line {node.lineno}: {{{ast.unparse(node.value)}}}"
        for node in _nodes(path)
        if isinstance(node, ast.FormattedValue) and isinstance(node.value, ast.Tuple)
    ]
    assert not tuples, f"{path.name}: {', '.join(tuples)}"
