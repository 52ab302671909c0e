"""kg serve: the explorer page and a read-only SPARQL 1.1 Protocol endpoint, asked by real HTTP clients."""

from __future__ import annotations

import csv
import io
import json
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest
import rdflib
from rdflib.plugins.stores.sparqlstore import SPARQLStore

from kg.serve import result_format

TASKS = "SELECT (COUNT(?t) AS ?n) WHERE { ?t a gov:Task }"
FULL_TASKS = "SELECT (COUNT(?t) AS ?n) WHERE { ?t a <https://w3id.org/govkg/ontology#Task> }"


class Server:
    def __init__(self, process: subprocess.Popen, url: str) -> None:
        self.process, self.url = process, url

    def get(self, query: str, accept: str = "application/sparql-results+json") -> tuple[int, str, bytes]:
        request = urllib.request.Request(
            f"{self.url}sparql?{urllib.parse.urlencode({'query': query})}", headers={"Accept": accept}
        )
        return _send(request)

    def post(self, body: bytes, content_type: str) -> tuple[int, str, bytes]:
        request = urllib.request.Request(f"{self.url}sparql", data=body, headers={"Content-Type": content_type})
        return _send(request)


def _send(request: urllib.request.Request) -> tuple[int, str, bytes]:
    try:
        with urllib.request.urlopen(request, timeout=30) as answer:
            return answer.status, answer.headers.get("Content-Type", ""), answer.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers.get("Content-Type", ""), err.read()


def start(graph: Path, *options: str) -> Server:
    process = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", "--graph", str(graph), "--port", "0", *options],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    line = process.stderr.readline()
    assert line.startswith("serving"), line + process.stderr.read()
    url = line.split(" at ", 1)[1].split(" ", 1)[0]
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:  # uvicorn starts answering a moment after the socket is bound
        try:
            urllib.request.urlopen(url, timeout=2).close()
            break
        except OSError:
            time.sleep(0.1)
    return Server(process, url)


@pytest.fixture(scope="module")
def server(seed_graph: Path) -> Iterator[Server]:
    running = start(seed_graph)
    yield running
    running.process.send_signal(signal.SIGINT)
    running.process.wait(timeout=20)


def test_a_real_sparql_client_gets_select_and_ask_answers(server: Server) -> None:
    graph = rdflib.Graph(store=SPARQLStore(query_endpoint=f"{server.url}sparql", returnFormat="json"))
    [(count,)] = list(graph.query(FULL_TASKS))
    assert int(count) == 136
    assert graph.query("ASK { ?t a <https://w3id.org/govkg/ontology#Task> }").askAnswer is True
    assert graph.query("ASK { ?t a <https://w3id.org/govkg/ontology#Nothing> }").askAnswer is False
    rows = list(graph.query("SELECT ?label WHERE { ?o a gov:Department ; rdfs:label ?label } ORDER BY ?label LIMIT 3"))
    assert len(rows) == 3 and all(isinstance(r[0], rdflib.Literal) and r[0].language == "zh" for r in rows)


def test_every_request_form_and_result_format(server: Server) -> None:
    status, kind, body = server.get(TASKS)
    assert status == 200 and kind.startswith("application/sparql-results+json")
    assert json.loads(body)["results"]["bindings"][0]["n"]["value"] == "136"
    status, kind, body = server.get(TASKS, "application/sparql-results+xml")
    assert status == 200 and "xml" in kind
    assert ElementTree.fromstring(body).find(".//{http://www.w3.org/2005/sparql-results#}literal").text == "136"
    status, kind, body = server.get(TASKS, "text/csv")
    assert status == 200 and list(csv.reader(io.StringIO(body.decode()))) == [["n"], ["136"]]
    status, _, body = server.get(TASKS, "text/tab-separated-values")
    assert body.decode().splitlines()[0] == "?n" and "136" in body.decode()
    form = urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"}).encode()
    status, _, body = server.post(form, "application/x-www-form-urlencoded")
    assert status == 200 and json.loads(body)["boolean"] is True
    status, _, body = server.post(TASKS.encode(), "application/sparql-query")
    assert status == 200 and b"136" in body


def test_the_sandbox_of_kg_query_holds_over_http(server: Server) -> None:
    status, _, body = server.get("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    assert status == 400 and b"SERVICE" in body
    status, _, body = server.get("SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }")
    assert status == 400
    status, _, body = server.post(b"INSERT DATA { <a:b> <a:c> <a:d> }", "application/sparql-update")
    assert status == 400 and b"read-only" in body
    form = urllib.parse.urlencode({"update": "DROP ALL"}).encode()
    status, _, body = server.post(form, "application/x-www-form-urlencoded")
    assert status == 400 and b"read-only" in body
    status, _, body = server.get("DELETE WHERE { ?s ?p ?o }")
    assert status == 400 and b"read-only" in body
    status, _, body = server.get("SELEC nothing")
    assert status == 400 and b"syntax" in body
    assert server.get(TASKS)[2].count(b"136") == 1  # the graph is as it was


def test_the_explorer_page_is_served(server: Server) -> None:
    with urllib.request.urlopen(server.url, timeout=30) as answer:
        page = answer.read().decode()
    assert answer.headers["Content-Type"].startswith("text/html") and "window.govkg" in page


def test_a_query_past_the_timeout_is_stopped(seed_graph: Path) -> None:
    slow = start(seed_graph, "--timeout", "0.5")
    try:
        status, _, body = slow.get("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }")
        assert status == 503 and b"stopped after 0.5 s" in body
    finally:
        slow.process.send_signal(signal.SIGINT)
        slow.process.wait(timeout=20)


def test_ctrl_c_stops_it_cleanly(seed_graph: Path) -> None:
    running = start(seed_graph)
    assert running.get(TASKS)[0] == 200
    running.process.send_signal(signal.SIGINT)
    assert running.process.wait(timeout=20) == 0
    said = running.process.stderr.read()
    assert said.strip().endswith("stopped") and "Traceback" not in said


def test_a_port_in_use_is_a_one_line_error(seed_graph: Path) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        done = subprocess.run(
            [sys.executable, "-m", "kg", "serve", "--graph", str(seed_graph), "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert done.returncode == 1 and len(done.stderr.strip().splitlines()) == 1 and "--port" in done.stderr


@pytest.mark.parametrize(
    ("accept", "fmt"),
    [
        ("", "json"),
        ("text/csv", "csv"),
        ("text/html, application/sparql-results+xml;q=0.9, */*;q=0.8", "xml"),
        ("application/sparql-results+json;q=0.5, text/tab-separated-values", "tsv"),
    ],
)
def test_the_accept_header_chooses_the_format(accept: str, fmt: str) -> None:
    assert result_format(accept) == fmt
