"""Why the graph says what it says: `kg rules` lists the rules, `kg why` shows a fact's rule and evidence."""

from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner

from kg.cli import main
from kg.extract import FAMILIES, READERS


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def test_rules_lists_every_rule_with_an_example() -> None:
    code, out, _ = run("rules", "--format", "json")
    rows = json.loads(out)
    assert code == 0
    readers = {name for name, _, _ in READERS}  # what tables give, read by column
    assert {r["rule"] for r in rows} == {rule.name for family in FAMILIES for rule in family.rules} | readers
    assert all(r["example"] and r["reads"] and r["family"] == r["rule"].split(".")[0] for r in rows)


def test_rules_counts_what_each_rule_made_in_a_graph(seed_graph: Path) -> None:
    code, out, _ = run("rules", "--family", "assignments", "--graph", str(seed_graph), "--format", "json")
    counts = {r["rule"]: int(r["facts"]) for r in json.loads(out)}
    assert code == 0 and set(counts) == {r.name for r in FAMILIES[1].rules}
    assert counts["assignments.bracket-clause"] > 100 and counts["assignments.role-label"] > 100
    assert counts["assignments.as-label"] == 0  # the seed does not use "X为牵头单位"


def test_rules_refuses_an_unknown_family() -> None:
    code, _, err = run("rules", "--family", "nope")
    assert code == 1 and "the families are" in err


def test_why_a_task_shows_its_rule_facts_evidence_and_offsets(seed_graph: Path) -> None:
    code, out, _ = run("why", "海绵城市建设示范城市", "--graph", str(seed_graph), "--format", "json")
    rows = json.loads(out)
    assert code == 0
    kinds = {r["kind"] for r in rows}
    assert kinds == {"task", "assignment"}
    lead = next(r for r in rows if r["statement"].startswith("市城市管理局 牵头"))
    assert lead["rule"] == "assignments.role-label" and lead["document"] == "运政办发〔2023〕6号"
    assert lead["evidence"].startswith("责任单位：市城区由市城市管理局")
    assert re.fullmatch(r"\d+–\d+", lead["source"])


def test_why_evidence_offsets_point_at_the_input_file(seed_graph: Path) -> None:
    from .conftest import SEED

    raw = SEED.read_text(encoding="utf-8")
    _, out, _ = run("why", "海绵城市建设示范城市", "--graph", str(seed_graph), "--format", "json")
    lead = next(r for r in json.loads(out) if r["kind"] == "assignment")
    start, end = map(int, lead["source"].split("–"))
    chars = iter(raw[start:end])
    assert all(c in chars for c in lead["evidence"] if not c.isspace())  # in order, padding aside


def test_why_an_iri_shows_that_fact_and_the_rule_in_words(seed_graph: Path) -> None:
    _, out, _ = run("why", "海绵城市建设示范城市", "--graph", str(seed_graph), "--format", "json")
    task_statement = next(r["statement"] for r in json.loads(out) if r["kind"] == "task")
    from kg.files import load_store

    store = load_store(seed_graph)
    [iri] = [
        row["a"].value
        for row in store.query(
            "SELECT ?a WHERE { ?a a <https://w3id.org/govkg/ontology#Assignment> ; <https://w3id.org/govkg/ontology#task> ?t . "
            '?t <http://www.w3.org/2000/01/rdf-schema#label> ?l . FILTER(STR(?l) = "' + task_statement + '") } LIMIT 1'
        )
    ]
    code, out, _ = run("why", iri, "--graph", str(seed_graph))
    assert code == 0 and "(1 row)" in out
    assert "assignments.role-label: A role label and its list" in out


def test_why_text_that_names_nothing_is_a_one_line_error(seed_graph: Path) -> None:
    code, _, err = run("why", "不存在的任务", "--graph", str(seed_graph))
    assert code == 1 and err.startswith("Error: no task, fact or sentence holds") and len(err.splitlines()) == 1


def test_why_an_iri_of_nothing_says_so(seed_graph: Path) -> None:
    code, _, err = run("why", "https://w3id.org/govkg/id/assignment/0000", "--graph", str(seed_graph))
    assert code == 1 and "no fact or task" in err
