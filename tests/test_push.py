"""kg push against a real Oxigraph server (pip package `oxigraph`), and against small stub servers for auth,
retries and refusals."""

from __future__ import annotations

import http.server
import json
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest

from benchmarks.bench_corpus import make_corpus
from kg.graph import NAMES_GRAPH, source_iri
from kg.ontology import ID_IRI, sparql_prologue
from kg.pipeline import build
from kg.push import RECORD
from kg.query import named_queries

from .test_cli import one_line_error, run


def copy_graph(graph: Path, folder: Path) -> Path:
    """A copy of a built graph and its graph.nq (a push records what it sent beside them)."""
    for name in ("graph.ttl", "graph.nq"):
        shutil.copy(graph.parent / name, folder / name)
    return folder / "graph.ttl"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def oxigraph_binary() -> str | None:
    beside = Path(sys.executable).parent / "oxigraph"
    return str(beside) if beside.is_file() else shutil.which("oxigraph")


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    """An empty Oxigraph server whose default graph is the union of its named graphs; its base URL."""
    binary = oxigraph_binary()
    if binary is None:
        pytest.skip("the oxigraph server is not installed: pip install oxigraph (the test extra has it)")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    process = subprocess.Popen(
        [binary, "serve", "--location", str(tmp_path / "db"), "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    pytest.fail("the oxigraph server did not start")
                time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


def ask(base: str, query: str) -> list[dict[str, str]]:
    body = urllib.parse.urlencode({"query": sparql_prologue() + query}).encode()
    request = urllib.request.Request(f"{base}/query", data=body, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request) as answer:
        rows = json.loads(answer.read())["results"]["bindings"]
    return [{k: v["value"] for k, v in row.items()} for row in rows]


def server_triples(base: str) -> set[ox.Triple]:
    request = urllib.request.Request(
        f"{base}/query",
        data=urllib.parse.urlencode({"query": "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"}).encode(),
        headers={"Accept": "application/n-triples"},
    )
    with urllib.request.urlopen(request) as answer:
        return {
            ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(answer.read(), format=ox.RdfFormat.N_TRIPLES)
        }


def graph_counts(base: str) -> dict[str, int]:
    rows = ask(base, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    return {row["g"]: int(row["n"]) for row in rows}


def local_rows(graph: Path, query: str) -> list[dict[str, str]]:
    store = ox.Store()
    store.bulk_load(path=str(graph), format=ox.RdfFormat.TURTLE)
    solutions = store.query(sparql_prologue() + query)
    names = [var.value for var in solutions.variables]
    return [{name: row[name].value for name in names if row[name] is not None} for row in solutions]


def turtle_triples(path: Path) -> set[ox.Triple]:
    return {ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)}


def canonical(rows: list[dict[str, str]]) -> list[str]:
    return sorted(json.dumps(row, sort_keys=True, ensure_ascii=False) for row in rows)


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[Path, Path]:
    """Ten distinct copies of the seed, built: (their folder, the output folder)."""
    folder, out = tmp_path / "in", tmp_path / "out"
    make_corpus(folder, 10)
    build([folder], out, html=False, jobs=2, cache=True)
    return folder, out


def test_a_x10_graph_round_trips(server: str, corpus: tuple[Path, Path]) -> None:
    _, out = corpus
    code, said, err = run("push", "--endpoint", f"{server}/query", "--graph", str(out / "graph.ttl"))
    assert code == 0, err
    assert said.startswith("pushed 11 graph(s)") and f"to {server}/store" in said
    assert server_triples(server) == turtle_triples(out / "graph.ttl")  # the same triples, so the same count
    for name in ("top_leads", "documents", "appointments"):
        query = named_queries()[name].text
        assert canonical(ask(server, query)) == canonical(local_rows(out / "graph.ttl", query)), name
    code, said, _ = run("push", "--endpoint", f"{server}/query", "--graph", str(out / "graph.ttl"))
    assert code == 0 and "nothing changed since the last push" in said


def test_replacing_one_file_changes_only_that_files_facts(server: str, corpus: tuple[Path, Path]) -> None:
    folder, out = corpus
    graph = str(out / "graph.ttl")
    assert run("push", "--endpoint", f"{server}/query", "--graph", graph)[0] == 0
    before = graph_counts(server)
    changed = folder / "gazette-0003.txt"
    text = changed.read_text(encoding="utf-8")
    changed.write_text(text.replace("牵头", "负责", 5), encoding="utf-8")  # five leads become responsibilities
    build([folder], out, html=False, cache=True)  # re-reads the changed file only
    code, said, _ = run("push", "--endpoint", f"{server}/query", "--graph", graph)
    assert code == 0 and said.startswith("pushed 1 graph(s)") and "(10 unchanged)" in said
    after = graph_counts(server)
    assert {iri for iri in after if after[iri] != before[iri]} <= {source_iri(changed.name)}
    assert server_triples(server) == turtle_triples(out / "graph.ttl")
    leads = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{source_iri(changed.name)}> {{ ?a gov:role gov:Lead }} }}"
    assert int(ask(server, leads)[0]["n"]) < int(ask(server, leads.replace("0003", "0004"))[0]["n"])


def test_a_file_no_longer_built_loses_its_graph(server: str, corpus: tuple[Path, Path]) -> None:
    folder, out = corpus
    graph = str(out / "graph.ttl")
    assert run("push", "--endpoint", f"{server}/query", "--graph", graph)[0] == 0
    (folder / "gazette-0009.txt").unlink()
    build([folder], out, html=False, cache=True)  # re-reads the changed file only
    code, said, _ = run("push", "--endpoint", f"{server}/query", "--graph", graph)
    assert code == 0 and "1 removed" in said
    assert source_iri("gazette-0009.txt") not in graph_counts(server)
    assert server_triples(server) == turtle_triples(out / "graph.ttl")


def test_replace_makes_the_server_hold_this_build_and_leaves_other_graphs(
    server: str, corpus: tuple[Path, Path]
) -> None:
    _, out = corpus
    for iri in (f"{ID_IRI}source/old-gazette.txt", "http://example.org/someone-else"):
        put = urllib.request.Request(
            f"{server}/store?graph={urllib.parse.quote(iri, safe='')}",
            data=b"<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n",
            method="PUT",
            headers={"Content-Type": "application/n-triples"},
        )
        urllib.request.urlopen(put).close()
    code, said, _ = run("push", "--endpoint", f"{server}/query", "--graph", str(out / "graph.ttl"), "--replace")
    assert code == 0 and "1 removed" in said
    held = graph_counts(server)
    assert f"{ID_IRI}source/old-gazette.txt" not in held and "http://example.org/someone-else" in held
    assert NAMES_GRAPH in held and len(held) == 12


def test_a_server_that_refuses_is_a_one_line_error(server: str, corpus: tuple[Path, Path]) -> None:
    _, out = corpus
    code, _, err = run(
        "push", "--endpoint", f"{server}/query", "--graph-store", f"{server}/nothing", "--graph", str(out / "graph.ttl")
    )
    assert code == 1 and "refused PUT: 404" in one_line_error(err)
    assert not (out / RECORD).exists() or json.loads((out / RECORD).read_text())[f"{server}/nothing"] == {}


def test_an_unreachable_server_is_tried_again_then_a_one_line_error(seed_graph: Path, tmp_path: Path) -> None:
    graph = copy_graph(seed_graph, tmp_path)
    port = free_port()
    code, _, err = run("push", "--endpoint", f"http://127.0.0.1:{port}/query", "--graph", str(graph), "--retries", "2")
    assert code == 1 and "cannot reach the server" in one_line_error(err) and "after 2 tries" in err


def test_without_graph_nq_it_says_to_build(tmp_path: Path) -> None:
    (tmp_path / "graph.ttl").write_text("", encoding="utf-8")
    code, _, err = run("push", "--endpoint", "http://127.0.0.1:9/query", "--graph", str(tmp_path / "graph.ttl"))
    assert code == 1 and "run `kg build` first" in one_line_error(err)


def test_a_graph_store_is_found_beside_known_endpoints() -> None:
    from kg.push import PushError, graph_store_of

    assert graph_store_of("http://h:7878/query") == "http://h:7878/store"
    assert graph_store_of("http://h:3030/govkg/sparql") == "http://h:3030/govkg/data"
    with pytest.raises(PushError, match="--graph-store"):
        graph_store_of("http://h/endpoint")


class Stub(http.server.BaseHTTPRequestHandler):
    """A Graph Store that records requests, can fail the first ones, and can ask for a password."""

    seen: list[tuple[str, str | None]] = []
    failures: list[int] = []  # statuses to answer first, one per request
    password: str | None = None

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length)
        Stub.seen.append((self.command, self.headers.get("Authorization")))
        if Stub.failures:
            self.send_response(Stub.failures.pop(0))
            self.end_headers()
            return
        if Stub.password and self.headers.get("Authorization") != Stub.password:
            self.send_response(401)
            self.end_headers()
            self.wfile.write(b"Unauthorized: give a password")
            return
        if self.command == "POST":  # a query: count what each graph holds, as the CLI checks
            query = urllib.parse.parse_qs(body.decode())["query"][0]
            rows = [
                {"g": {"type": "uri", "value": iri}, "n": {"type": "literal", "value": str(n)}}
                for iri, n in COUNTS.items()
                if f"<{iri}>" in query
            ]
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.end_headers()
            self.wfile.write(json.dumps({"results": {"bindings": rows}}).encode())
            return
        self.send_response(201)
        self.end_headers()

    do_PUT = do_POST = do_DELETE = _answer

    def log_message(self, *args: object) -> None:
        pass


COUNTS: dict[str, int] = {}


@pytest.fixture
def stub(seed_graph: Path) -> Iterator[str]:
    COUNTS.clear()
    for line in seed_graph.with_suffix(".nq").read_text(encoding="utf-8").splitlines():
        iri = line.rsplit(" ", 2)[1][1:-1]
        COUNTS[iri] = COUNTS.get(iri, 0) + 1
    Stub.seen, Stub.failures, Stub.password = [], [], None
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Stub)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_auth_comes_from_the_environment(stub: str, seed_graph: Path, tmp_path: Path, monkeypatch) -> None:
    graph = copy_graph(seed_graph, tmp_path)
    Stub.password = "Basic dXNlcjpzZWNyZXQ="  # user:secret
    code, _, err = run("push", "--endpoint", f"{stub}/query", "--graph", str(graph))
    assert code == 1 and "refused PUT: 401 Unauthorized (Unauthorized: give a password)" in one_line_error(err)
    monkeypatch.setenv("KG_PUSH_AUTH", "user:secret")
    code, said, err = run("push", "--endpoint", f"{stub}/query", "--graph", str(graph))
    assert code == 0 and said.startswith("pushed 2 graph(s)"), err
    assert "secret" not in said + err
    monkeypatch.setenv("TOKEN_VAR", "Bearer abc")
    Stub.password = "Bearer abc"
    code, _, _ = run("push", "--endpoint", f"{stub}/query", "--graph", str(graph), "--all", "--auth-env", "TOKEN_VAR")
    assert code == 0 and Stub.seen[-1][1] == "Bearer abc"


def test_a_failure_that_may_pass_is_tried_again(stub: str, seed_graph: Path, tmp_path: Path) -> None:
    graph = copy_graph(seed_graph, tmp_path)
    Stub.failures = [503, 502]
    code, said, err = run("push", "--endpoint", f"{stub}/query", "--graph", str(graph))
    assert code == 0 and said.startswith("pushed 2 graph(s)"), err
    assert [method for method, _ in Stub.seen].count("PUT") == 4  # two failed, then the two graphs
    Stub.failures = [400]
    code, _, err = run("push", "--endpoint", f"{stub}/query", "--graph", str(graph), "--all")
    assert code == 1 and "refused PUT: 400" in one_line_error(err)
