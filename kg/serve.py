"""kg serve: the graph over HTTP, read-only: the explorer page at / and a SPARQL 1.1 Protocol endpoint at
/sparql.

Starlette on uvicorn rather than the standard library's http.server: uvicorn
is a production server (HTTP/1.1 keep-alive, request limits, a clean shutdown
on Ctrl-C or SIGTERM) and Starlette gives the protocol's request forms (GET,
POST form, POST application/sparql-query) and content negotiation in a few
lines, for two small pure-Python dependencies. A query goes through the same
sandbox as `kg query`: SERVICE, FROM and updates are refused before anything
runs, it runs in a forked child stopped after --timeout, and a SELECT gives at
most --limit rows.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import socket
from dataclasses import dataclass
from urllib.parse import parse_qs
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response
from starlette.routing import Route

from kg.errors import KgError
from kg.files import run_query
from kg.ontology import PREFIXES
from kg.query import QuerySyntaxError
from kg.sandbox import RefusedQuery, check_query, in_child

MEDIA = {  # what a client may ask for → the format it gets
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
TYPE_OF = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
}
GRAPH_TYPES = {"text/turtle": ox.RdfFormat.TURTLE, "application/n-triples": ox.RdfFormat.N_TRIPLES}
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


@dataclass(frozen=True)
class Answer:
    body: bytes
    media_type: str
    cut: bool = False  # more rows than the limit


def result_format(accept: str) -> str:
    """The results format a request's Accept header asks for (by its q-values; JSON when it names none)."""
    best, best_q = "json", -1.0
    for part in accept.split(","):
        media, *params = (p.strip() for p in part.split(";"))
        q = next((float(p[2:]) for p in params if p.startswith("q=") and _number(p[2:])), 1.0)
        if media.lower() in MEDIA and q > best_q:
            best, best_q = MEDIA[media.lower()], q
    return best


def _number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def answer(store: ox.Store, query: str, fmt: str, timeout: float, limit: int) -> Answer:
    """A query's results, serialised: refused if it would fetch or update, stopped after timeout seconds."""
    check_query(query)
    return in_child(_serialised, (store, query, fmt, limit), timeout)


def _serialised(store: ox.Store, query: str, fmt: str, limit: int) -> Answer:
    try:
        result = run_query(store, query, prefixes=PREFIXES)
    except SyntaxError as err:
        raise QuerySyntaxError(str(err).splitlines()[0] if str(err) else "syntax error", None, None) from None
    if isinstance(result, (bool, ox.QueryBoolean)):
        return Answer(_boolean(fmt, bool(result)), TYPE_OF[fmt])
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        rows = list(itertools.islice(result, limit + 1))
        cut = len(rows) > limit
        return Answer(_solutions(fmt, names, rows[:limit]), TYPE_OF[fmt], cut)
    triples = list(itertools.islice(result, limit + 1))  # CONSTRUCT, DESCRIBE
    body = ox.serialize(triples[:limit], format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    return Answer(body, "text/turtle; charset=utf-8", len(triples) > limit)


def _boolean(fmt: str, value: bool) -> bytes:
    word = "true" if value else "false"
    if fmt == "json":
        return json.dumps({"head": {}, "boolean": value}).encode()
    if fmt == "xml":
        return f'<?xml version="1.0"?>\n<sparql xmlns="{_XMLNS}"><head/><boolean>{word}</boolean></sparql>\n'.encode()
    return f"{'_askResult' if fmt == 'csv' else '?_askResult'}\n{word}\n".encode()


_XMLNS = "http://www.w3.org/2005/sparql-results#"


def _solutions(fmt: str, names: list[str], rows: list[ox.QuerySolution]) -> bytes:
    if fmt == "json":
        bindings = [{n: _json_term(row[n]) for n in names if row[n] is not None} for row in rows]
        data = {"head": {"vars": names}, "results": {"bindings": bindings}}
        return json.dumps(data, ensure_ascii=False).encode()
    if fmt == "xml":
        return _xml(names, rows).encode()
    out = io.StringIO()
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(names)
        writer.writerows([("" if row[n] is None else row[n].value) for n in names] for row in rows)
    else:  # TSV: terms as in N-Triples
        out.write("\t".join(f"?{n}" for n in names) + "\n")
        out.writelines("\t".join("" if row[n] is None else str(row[n]) for n in names) + "\n" for row in rows)
    return out.getvalue().encode()


def _json_term(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    found = {"type": "literal", "value": term.value}
    if term.language:
        found["xml:lang"] = term.language
    elif term.datatype.value != XSD_STRING:
        found["datatype"] = term.datatype.value
    return found


def _xml(names: list[str], rows: list[ox.QuerySolution]) -> str:
    head = "".join(f"<variable name={quoteattr(n)}/>" for n in names)
    results = []
    for row in rows:
        bound = "".join(_xml_binding(n, row[n]) for n in names if row[n] is not None)
        results.append(f"<result>{bound}</result>")
    body = "".join(results)
    return f'<?xml version="1.0"?>\n<sparql xmlns="{_XMLNS}"><head>{head}</head><results>{body}</results></sparql>\n'


def _xml_binding(name: str, term: ox.NamedNode | ox.BlankNode | ox.Literal) -> str:
    found = _json_term(term)
    if found["type"] != "literal":
        value = f"<{found['type']}>{escape(term.value)}</{found['type']}>"
    else:
        lang = f" xml:lang={quoteattr(found['xml:lang'])}" if "xml:lang" in found else ""
        datatype = f" datatype={quoteattr(found['datatype'])}" if "datatype" in found else ""
        value = f"<literal{lang}{datatype}>{escape(term.value)}</literal>"
    return f"<binding name={quoteattr(name)}>{value}</binding>"


class BadRequest(KgError):
    """A request the endpoint does not answer (HTTP 400)."""


def _refuse_updates(params: dict[str, list[str]] | object) -> None:
    if "update" in params:  # type: ignore[operator]
        raise BadRequest("read-only: updates are not run")
    if "default-graph-uri" in params or "named-graph-uri" in params:  # type: ignore[operator]
        raise BadRequest("default-graph-uri and named-graph-uri are not taken: the dataset is the served graph")


async def query_of(request: Request) -> str:
    """The query of a SPARQL 1.1 Protocol request: GET ?query=, POST form, or POST application/sparql-query."""
    params: dict[str, list[str]] = {k: request.query_params.getlist(k) for k in request.query_params}
    if request.method == "POST":
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        body = (await request.body()).decode("utf-8", "replace")
        if kind == "application/sparql-query":
            params["query"] = [body]
        elif kind == "application/x-www-form-urlencoded":
            params.update(parse_qs(body, keep_blank_values=True))
        elif kind == "application/sparql-update":
            raise BadRequest("read-only: updates are not run")
        else:
            raise BadRequest(f"POST a query as application/sparql-query or a form, not {kind or 'no content type'}")
    _refuse_updates(params)
    queries = params.get("query", [])
    if len(queries) != 1 or not queries[0].strip():
        raise BadRequest("give one query: /sparql?query=SELECT…")
    return queries[0]


def make_app(store: ox.Store, page: bytes, timeout: float, limit: int) -> Starlette:
    """The web application: the explorer page at /, the SPARQL endpoint at /sparql."""

    async def sparql(request: Request) -> Response:
        try:
            query = await query_of(request)
            fmt = result_format(request.headers.get("accept", ""))
            found = await run_in_threadpool(answer, store, query, fmt, timeout, limit)
        except (BadRequest, RefusedQuery, QuerySyntaxError) as err:
            return PlainTextResponse(f"{err}\n", status_code=400)
        except KgError as err:  # stopped after the timeout, or the query failed
            return PlainTextResponse(f"{err}\n", status_code=503)
        headers = {"X-Govkg-Limit": f"more than {limit} rows; the first {limit} are given"} if found.cut else {}
        return Response(found.body, media_type=found.media_type, headers=headers)

    async def index(request: Request) -> Response:
        return HTMLResponse(page)

    return Starlette(routes=[Route("/", index), Route("/sparql", sparql, methods=["GET", "POST"])])


def listen(host: str, port: int) -> socket.socket:
    """A socket listening at host:port (port 0: any free one), or a one-line error."""
    try:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(128)
    except OSError as err:
        raise KgError(f"cannot listen on {host}:{port} ({err.strerror or err}); give another --port") from None
    return sock


def serve(store: ox.Store, page: bytes, sock: socket.socket, timeout: float, limit: int) -> None:
    """Answer requests on the socket until Ctrl-C (or SIGTERM): uvicorn finishes the requests under way."""
    import uvicorn

    config = uvicorn.Config(make_app(store, page, timeout, limit), log_level="warning", lifespan="off")
    try:
        uvicorn.Server(config).run(sockets=[sock])
    except KeyboardInterrupt:  # uvicorn hands the signal back once it has stopped
        pass
    finally:
        sock.close()
