"""kg push: send a built graph to a SPARQL server with the SPARQL 1.1 Graph Store HTTP Protocol.

What is sent is graph.nq, graph by graph: each input file's facts and the
names graph (kg.graph). A graph goes with PUT, which replaces that graph on the
server and nothing else, so one changed gazette is one request. What was sent
is recorded per server in OUT/.pushed.json (each graph's SHA-256), so the next
push sends only the graphs that changed and deletes those of files no longer
in the build; --all sends every graph, and --replace also deletes the server's
govkg graphs this build does not have (the server then holds this build).

The HTTP is the standard library's: a handful of PUT, DELETE and one query
per push need no client library. Requests that fail for a reason that may
pass (no connection, 429, 5xx) are tried again with a growing pause; a server
that refuses (4xx) stops the push with its status and the first line it said.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.errors import GraphError, KgError
from kg.files import write_atomic
from kg.ontology import ID_IRI

RECORD = ".pushed.json"  # beside graph.nq: what was pushed where
AUTH_ENV = "KG_PUSH_AUTH"
N_TRIPLES = "application/n-triples"
_PASSING = {408, 429, 500, 502, 503, 504}  # statuses worth another try


class PushError(KgError):
    """The server cannot be reached or refused what was sent."""


@dataclass
class Server:
    """Where to push: the Graph Store endpoint, the query endpoint, and how to ask them."""

    graph_store: str
    endpoint: str
    auth: str | None = None  # the Authorization header's value
    retries: int = 3
    timeout: float = 300.0
    pause: float = 0.5  # before the second try; doubled for each next one

    def graph_url(self, iri: str) -> str:
        joiner = "&" if "?" in self.graph_store else "?"
        return f"{self.graph_store}{joiner}graph={urllib.parse.quote(iri, safe='')}"

    def request(self, method: str, url: str, body: bytes | None = None, headers: dict[str, str] | None = None) -> bytes:
        """Send one request, trying again while the failure may pass; the answer's body."""
        headers = dict(headers or {})
        if self.auth:
            headers["Authorization"] = self.auth
        for attempt in range(1, self.retries + 1):
            request = urllib.request.Request(url, data=body, method=method, headers=headers)
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as answer:
                    return answer.read()
            except urllib.error.HTTPError as err:
                said = _first_line(err.read())
                if err.code not in _PASSING or attempt == self.retries:
                    raise PushError(
                        f"{_short(url)}: the server refused {method}: {err.code} {err.reason}{said}"
                    ) from None
            except (urllib.error.URLError, OSError) as err:
                reason = getattr(err, "reason", None) or err
                if attempt == self.retries:
                    raise PushError(
                        f"{_short(url)}: cannot reach the server ({reason}) after {attempt} tries"
                    ) from None
            time.sleep(self.pause * 2 ** (attempt - 1))
        raise AssertionError("unreachable")  # the loop returns or raises

    def select(self, query: str) -> list[dict[str, str]]:
        """A SELECT's rows as {variable: value}, asked of the query endpoint."""
        body = urllib.parse.urlencode({"query": query}).encode()
        headers = {"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json"}
        answer = self.request("POST", self.endpoint, body, headers)
        try:
            rows = json.loads(answer)["results"]["bindings"]
        except (ValueError, KeyError, TypeError):
            raise PushError(f"{_short(self.endpoint)}: not a SPARQL endpoint (no JSON results)") from None
        return [{name: value["value"] for name, value in row.items()} for row in rows]


def _first_line(body: bytes) -> str:
    text = body.decode("utf-8", "replace").strip()
    return f" ({_short(text.splitlines()[0])})" if text else ""


def _short(text: str, width: int = 120) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def auth_from_env(name: str = AUTH_ENV) -> str | None:
    """The Authorization header from an environment variable: "user:password" (Basic), or a whole header
    value such as "Bearer TOKEN"."""
    value = os.environ.get(name, "").strip()
    if not value:
        return None
    if " " in value:
        return value
    if ":" not in value:
        raise PushError(f"${name}: give user:password, or a header value such as 'Bearer TOKEN'")
    return "Basic " + base64.b64encode(value.encode()).decode()


def graph_store_of(endpoint: str) -> str:
    """The Graph Store endpoint beside a query endpoint: Oxigraph's /query → /store, Fuseki's /sparql or
    /query → /data."""
    parts = urllib.parse.urlsplit(endpoint)
    path = parts.path.rstrip("/")
    for ending, store in (("/query", "/store"), ("/sparql", "/data")):
        if path.endswith(ending):
            return urllib.parse.urlunsplit(parts._replace(path=path[: -len(ending)] + store, query=""))
    raise PushError(f"{_short(endpoint)}: cannot tell its Graph Store endpoint; give --graph-store")


def read_graphs(nquads: Path) -> dict[str, bytes]:
    """graph.nq as {graph IRI: its triples as N-Triples}, in the file's order."""
    if not nquads.is_file():
        raise GraphError(f"{nquads}: no such file (run `kg build` first: it writes graph.nq beside graph.ttl)")
    grouped: dict[str, list[ox.Triple]] = {}
    try:
        for quad in ox.parse(path=str(nquads), format=ox.RdfFormat.N_QUADS):
            if not isinstance(quad.graph_name, ox.NamedNode):
                raise GraphError(f"{nquads}: a triple outside any named graph; not a graph.nq of kg build")
            grouped.setdefault(quad.graph_name.value, []).append(ox.Triple(quad.subject, quad.predicate, quad.object))
    except (SyntaxError, ValueError, OSError) as err:
        raise GraphError(f"{nquads}: not valid N-Quads ({str(err).splitlines()[0] if str(err) else err})") from None
    return {iri: ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) for iri, triples in grouped.items()}


@dataclass
class Pushed:
    """What a push did."""

    sent: dict[str, int] = field(default_factory=dict)  # graph IRI → its triples

    @property
    def triples(self) -> int:
        return sum(self.sent.values())

    unchanged: int = 0
    removed: list[str] = field(default_factory=list)


def push(
    nquads: Path,
    server: Server,
    everything: bool = False,
    replace: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> Pushed:
    """Send the graphs of graph.nq that changed since the last push to this server (or all of them); delete
    the graphs of files no longer in the build; with replace, every govkg graph the server has and the build
    does not."""
    graphs = read_graphs(nquads)
    record_path = nquads.parent / RECORD
    record = _read_record(record_path)
    before = record.get(server.graph_store, {})
    digests = {iri: hashlib.sha256(body).hexdigest() for iri, body in graphs.items()}
    todo = [iri for iri in graphs if everything or replace or before.get(iri) != digests[iri]]
    gone = [iri for iri in before if iri not in graphs]
    if replace:
        gone = sorted(set(gone) | (set(_govkg_graphs(server)) - set(graphs)))
    done = Pushed(unchanged=len(graphs) - len(todo))
    sent = {iri: before[iri] for iri in before if iri in graphs}
    try:
        for n, iri in enumerate(todo, 1):
            server.request("PUT", server.graph_url(iri), graphs[iri], {"Content-Type": N_TRIPLES})
            sent[iri] = digests[iri]
            done.sent[iri] = graphs[iri].count(b"\n")  # one N-Triples line per triple
            if progress:
                progress(n, len(todo))
        for iri in gone:
            _delete(server, iri)
            done.removed.append(iri)
    finally:  # what reached the server is recorded even when a later request failed
        record[server.graph_store] = sent
        write_atomic(record_path, json.dumps(record, ensure_ascii=False, indent=1, sort_keys=True).encode())
    return done


def _delete(server: Server, iri: str) -> None:
    try:
        server.request("DELETE", server.graph_url(iri))
    except PushError as err:
        if ": 404 " not in str(err):  # already gone is what was wanted
            raise


def _govkg_graphs(server: Server) -> list[str]:
    """The server's graphs that a govkg build wrote (its source and names graphs)."""
    query = f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), {json.dumps(ID_IRI)})) }}"
    return [row["g"] for row in server.select(query)]


def _read_record(path: Path) -> dict[str, dict[str, str]]:
    try:
        found = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # no record (or a damaged one): every graph is sent
    return found if isinstance(found, dict) else {}


def count_graphs(server: Server, iris: list[str]) -> dict[str, int]:
    """How many triples the server holds in each of these graphs."""
    values = " ".join(f"<{iri}>" for iri in iris)
    query = f"SELECT ?g (COUNT(*) AS ?n) WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }} GROUP BY ?g"
    return {row["g"]: int(row["n"]) for row in server.select(query)}
