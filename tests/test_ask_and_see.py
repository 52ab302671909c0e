"""kg query, the named questions, kg stats and kg export, through CliRunner on the seed graph."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib
from click.testing import CliRunner

from kg.cli import main
from kg.query import named_queries
from kg.sandbox import RefusedQuery, check_query

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def test_query_with_prefixes_declared(seed_graph: Path) -> None:
    code, out, _ = run(
        "query", "SELECT (COUNT(?d) AS ?n) WHERE { ?d a gov:Document }", "--graph", str(seed_graph), "--format", "json"
    )
    assert code == 0 and json.loads(out) == [{"n": 15}]


def test_query_from_a_file_and_as_csv(seed_graph: Path, tmp_path: Path) -> None:
    rq = tmp_path / "q.rq"
    rq.write_text("SELECT ?n WHERE { ?d dct:identifier ?n } ORDER BY ?n LIMIT 2", encoding="utf-8")
    code, out, _ = run("query", f"@{rq}", "--graph", str(seed_graph), "--format", "csv")
    assert code == 0
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == ["n"] and len(rows) == 3


def test_syntax_error_exits_2_with_line_and_column(seed_graph: Path) -> None:
    code, _, err = run("query", "SELECT ?x\nWHERE {\n  ?x ?y\n}", "--graph", str(seed_graph))
    assert code == 2
    assert re.search(r"line 4, column \d+", err)


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
        "LOAD <http://example.org/data.ttl>",
        "SELECT * FROM <https://example.org/g> WHERE { ?s ?p ?o }",
        "select * where { service <http://x> { ?s ?p ?o } }",
    ],
)
def test_queries_that_would_fetch_are_refused(query: str) -> None:
    with pytest.raises(RefusedQuery):
        check_query(query)


def test_words_in_strings_and_comments_are_not_refused() -> None:
    check_query('SELECT ?s WHERE { ?s rdfs:label "SERVICE LOAD" } # FROM <http://x>')


def test_who_leads_lists_the_three_leads_of_the_sponge_city_task(seed_graph: Path) -> None:
    code, out, _ = run("who-leads", "海绵城市建设示范城市", "--graph", str(seed_graph), "--format", "json")
    assert code == 0
    rows = json.loads(out)
    leads = {r["actor"] for r in rows if r["role"] == "牵头"}
    assert leads == {"市城市管理局", "市财政局", "市水务局"}
    assert all(r["evidence"] and r["document"] == "运政办发〔2023〕6号" for r in rows)
    assert {r["scope"] for r in rows if r["role"] == "牵头"} == {"市城区"}


def test_a_crafted_string_is_only_a_string(seed_graph: Path) -> None:
    miss = run("who-leads", "这里没有这样的任务", "--graph", str(seed_graph), "--format", "json")
    crafted = run("who-leads", 'x" } UNION { ?s ?p ?o } #', "--graph", str(seed_graph), "--format", "json")
    assert miss[0] == crafted[0] == 1
    assert crafted[1].count("\n") <= miss[1].count("\n")


def test_duties_by_any_name(seed_graph: Path) -> None:
    by_short = run("duties", "市发改委", "--graph", str(seed_graph), "--format", "json")
    by_label = run("duties", "市发展改革委", "--graph", str(seed_graph), "--format", "json")
    assert by_short[0] == 0 and json.loads(by_short[1]) == json.loads(by_label[1])
    assert {"牵头", "配合", "负责"} <= {r["role"] for r in json.loads(by_short[1])}


def test_a_name_that_matches_nothing_suggests_the_closest(seed_graph: Path) -> None:
    code, _, err = run("duties", "市发该委", "--graph", str(seed_graph))
    assert code == 1 and "no organization" in err and "市发改委" in err


@pytest.mark.parametrize(
    ("command", "part", "whole"),
    [
        ("duties", "发改", "市发改委"),
        ("members", "分布式能源", "运城市分布式能源发展工作专班"),
        ("person", "王平", "王平安"),
    ],
)
def test_one_name_rule_for_every_command(seed_graph: Path, command: str, part: str, whole: str) -> None:
    """Exact name, alias, or the one thing whose name contains the text: the same answers as the whole name."""
    by_part = run(command, part, "--graph", str(seed_graph), "--format", "json")
    by_whole = run(command, whole, "--graph", str(seed_graph), "--format", "json")
    assert by_part[0] == by_whole[0] == 0 and json.loads(by_part[1]) == json.loads(by_whole[1])


def test_a_part_of_several_names_lists_them(seed_graph: Path) -> None:
    code, _, err = run("members", "领导小组", "--graph", str(seed_graph))
    assert code == 1 and "several groups match '领导小组'" in err and "运城市数字经济发展领导小组" in err
    assert len([line for line in err.splitlines() if line.strip()]) == 1


def test_members_by_role_with_the_office(seed_graph: Path) -> None:
    code, out, _ = run("members", "工作专班", "--graph", str(seed_graph), "--format", "json")
    rows = json.loads(out)
    assert code == 0
    assert {
        "group": "运城市分布式能源发展工作专班",
        "role": "组长",
        "member": "陈杰",
        "kind": "person",
        "document": "运政办函〔2023〕25号",
    } in rows
    assert any(r["role"] == "办公室设在" and r["member"] == "市能源局" for r in rows)


def test_person_in_date_order(seed_graph: Path) -> None:
    code, out, _ = run("person", "王平安", "--graph", str(seed_graph), "--format", "json")
    rows = json.loads(out)
    assert code == 0 and {r["what"] for r in rows} == {"post", "membership"}
    dated = [r["date"] for r in rows if r["date"]]
    assert dated == sorted(dated)


def test_table_output_is_aligned(seed_graph: Path) -> None:
    code, out, _ = run("person", "程严", "--graph", str(seed_graph))
    assert code == 0 and "任命" in out and "(1 row)" in out


def test_stats_names_the_top_lead(seed_graph: Path) -> None:
    code, out, _ = run("stats", "--graph", str(seed_graph), "--format", "json")
    sections = json.loads(out)
    assert code == 0
    top = sections["duties by organization"][:5]
    assert top[0]["organization"] == "市工信局" and top[0]["牵头"] == 12
    assert {"centrality (co-assignment network)", "co-lead pairs", "groups by size", "isolated or named once"} <= set(
        sections
    )
    assert sections["groups by size"][0]["members"] >= 17


@pytest.mark.parametrize("fmt", ["ttl", "nt", "jsonld", "graphml", "csv"])
def test_export_formats(seed_graph: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"g.{fmt}"
    code, _, _ = run("export", "--format", fmt, "--graph", str(seed_graph), "-o", str(out))
    assert code == 0 and out.stat().st_size > 1000
    if fmt in ("ttl", "nt"):
        n = len(list(ox.parse(path=str(out), format=ox.RdfFormat.TURTLE if fmt == "ttl" else ox.RdfFormat.N_TRIPLES)))
        assert n == len(rdflib.Graph().parse(seed_graph))
    elif fmt == "jsonld":
        assert len(rdflib.Graph().parse(out, format="json-ld")) == len(rdflib.Graph().parse(seed_graph))
    elif fmt == "graphml":
        g = nx.read_graphml(out)
        kinds = {d["kind"] for _, d in g.nodes(data=True)}
        assert {"department", "task", "person", "group", "document"} <= kinds
        assert {"牵头", "配合", "负责"} <= {d.get("role") for _, _, d in g.edges(data=True)}
    else:
        rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
        assert list(rows[0]) == ["document", "task", "role", "actor", "scope", "evidence"]
        store = ox.Store()
        store.bulk_load(path=str(seed_graph), format=ox.RdfFormat.TURTLE)
        q = "SELECT (COUNT(?a) AS ?n) WHERE { ?a a <https://w3id.org/govkg/ontology#Assignment> }"
        assert len(rows) == int(next(iter(store.query(q)))["n"].value) > 300


def test_viz_writes_a_focused_page(seed_graph: Path, tmp_path: Path) -> None:
    out = tmp_path / "focus.html"
    code, stdout, _ = run(
        "viz", "--graph", str(seed_graph), "-o", str(out), "--focus", "市工信局", "--depth", "1", "--role", "牵头"
    )
    assert code == 0 and out.is_file()
    page = out.read_text(encoding="utf-8")
    assert "市工信局" in page and "http://" not in page.split("<script>")[0]
    assert not re.search(r"<(?:script|link)[^>]+(?:src|href)=(?!\"data:)", page)  # nothing is fetched
    n = int(re.search(r"(\d+) nodes", stdout)[1])
    assert 5 < n < 100


@pytest.mark.parametrize(
    "args, message", [(("--focus", "不存在的单位"), "nothing in the graph"), (("--role", "主办"), "roles are")]
)
def test_viz_bad_arguments(seed_graph: Path, tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    code, _, err = run("viz", "--graph", str(seed_graph), "-o", str(tmp_path / "x.html"), *args)
    assert code in (1, 2) and message in err
    assert not (tmp_path / "x.html").exists()


def test_named_queries_have_questions_and_are_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, q in named_queries().items():
        assert q.question, name
        assert name in readme, name


COMMANDS = [
    "build",
    "push",
    "serve",
    "validate",
    "eval",
    "query",
    "who-leads",
    "duties",
    "members",
    "person",
    "rules",
    "why",
    "viz",
    "stats",
    "export",
]


def test_the_command_list_is_complete() -> None:
    assert set(main.commands) == set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example_and_is_in_the_readme(command: str) -> None:
    code, out, _ = run(command, "--help")
    assert code == 0 and "Example:" in out
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"kg {command}" in readme


@pytest.mark.parametrize(
    "query",
    [
        # an IRI holding "#" once hid the rest of its line from the check, as if it were a comment
        "SELECT * { BIND(<http://x/#> AS ?x) SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
        "SELECT * FROM NAMED <file:///etc/passwd> WHERE { GRAPH ?g { ?s ?p ?o } }",
        r"SELECT * { \u0053ERVICE <http://x> { ?s ?p ?o } }",
    ],
)
def test_a_keyword_hidden_by_an_iri_or_an_escape_is_still_refused(query: str) -> None:
    with pytest.raises(RefusedQuery, match="refused"):
        check_query(query)


@pytest.mark.parametrize(
    "query",
    ["INSERT DATA { <a> <b> <c> }", "DELETE WHERE { ?s ?p ?o }", "DROP ALL", "CLEAR DEFAULT", "LOAD <http://x>"],
)
def test_updates_are_refused_as_read_only(seed_graph: Path, query: str) -> None:
    code, _, err = run("query", query, "--graph", str(seed_graph))
    assert code == 1 and "read-only: updates are not run" in err


def test_keywords_in_variables_names_and_long_strings_are_not_refused() -> None:
    check_query("SELECT ?service ?from WHERE { ?service ex:service ?from . ?from ex:load ?x }")
    check_query("SELECT ?s WHERE { ?s rdfs:label '''a\nSERVICE\nb''' FILTER(?s < 3 && ?s > 1) }")


def test_a_query_that_runs_too_long_is_stopped(seed_graph: Path) -> None:
    cartesian = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    code, _, err = run("query", cartesian, "--graph", str(seed_graph), "--timeout", "0.5")
    assert code == 1 and "query stopped after 0.5 s (--timeout)" in err


def test_rows_past_the_limit_are_not_made_and_the_cut_is_said(seed_graph: Path) -> None:
    code, out, err = run("query", "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }", "--graph", str(seed_graph), "--limit", "5")
    assert code == 0 and "(5 rows)" in out and "the first 5 rows: there are more" in err
    code, out, err = run("query", "SELECT * WHERE { ?s a gov:Document }", "--graph", str(seed_graph), "--limit", "50")
    assert code == 0 and "(15 rows)" in out and err == ""


def test_ask_is_answered(seed_graph: Path) -> None:
    code, out, _ = run("query", "ASK { ?s a gov:Task }", "--graph", str(seed_graph), "--format", "csv")
    assert code == 0 and out.split() == ["result", "true"]


def test_the_shipped_questions_are_listed_with_what_they_need(seed_graph: Path) -> None:
    code, out, _ = run("query", "--list", "--graph", str(seed_graph), "--format", "csv")
    lines = out.splitlines()
    assert code == 0 and lines[0] == "name,binds,question" and len(lines) == 1 + len(named_queries())
    assert any(line.startswith("who_leads,?text") for line in lines)


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["top_lead"], "no named query 'top_lead'; did you mean top_leads?"),
        (["slogan_tasks"], "slogan_tasks needs --bind text=VALUE"),
        (["top_leads", "--bind", "nosuchvar=1"], "--bind 'nosuchvar': the query has no ?nosuchvar"),
        (["SELECT * { ?s foo:bar ?o }"], "unknown prefix 'foo:'"),
    ],
)
def test_a_query_that_cannot_work_is_a_one_line_error(seed_graph: Path, args: list[str], says: str) -> None:
    code, _, err = run("query", *args, "--graph", str(seed_graph))
    lines = [line for line in err.splitlines() if line.strip()]
    assert code == 1 and len(lines) == 1 and lines[0].startswith("Error: ") and says in lines[0]


def test_a_declared_prefix_and_a_blank_node_are_not_unknown(seed_graph: Path) -> None:
    query = "PREFIX ex: <http://example.org/> SELECT * WHERE { ?s ex:none _:b1 }"
    code, out, _ = run("query", query, "--graph", str(seed_graph))
    assert code == 0 and "(0 rows)" in out


def test_members_come_heads_first_and_the_office_last(seed_graph: Path) -> None:
    code, out, _ = run("members", "运城市分布式能源发展工作专班", "--graph", str(seed_graph), "--format", "json")
    roles = [row["role"] for row in json.loads(out)]
    assert code == 0 and roles[0] == "组长" and roles.index("副组长") < roles.index("成员")
    assert roles.index("成员") < roles.index("办公室主任")


def test_stats_says_when_a_table_is_cut(seed_graph: Path) -> None:
    code, out, _ = run("stats", "--graph", str(seed_graph))
    assert code == 0 and "more rows (--format csv or json gives them all)" in out


def test_json_gives_numbers_as_numbers(seed_graph: Path) -> None:
    code, out, _ = run("query", "top_leads", "--graph", str(seed_graph), "--format", "json")
    rows = json.loads(out)
    assert code == 0 and isinstance(rows[0]["tasks"], int) and isinstance(rows[0]["organization"], str)
    code, out, _ = run(
        "query", "SELECT ?n WHERE { ?d dct:identifier ?n } LIMIT 1", "--graph", str(seed_graph), "--format", "json"
    )
    assert isinstance(json.loads(out)[0]["n"], str)  # a 文号 is a string, even one of digits
