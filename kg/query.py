"""SPARQL over the graph: ad-hoc queries and the named questions in kg/queries/*.rq.

Queries run on Oxigraph with the project's prefixes pre-declared. A user's
string is never pasted into query text: named questions bind it to a variable
(Oxigraph's substitutions, SPARQL SEP-0007), so `x" } UNION { ?s ?p ?o } #` is
only ever a string to compare with.
"""

from __future__ import annotations

import csv
import difflib
import io
import itertools
import json
import multiprocessing
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib.namespace import FOAF

from kg.errors import KgError, shown
from kg.files import run_query
from kg.ontology import GOV, PREFIXES


class QuerySyntaxError(KgError):
    """A SPARQL syntax error, with where it is."""

    def __init__(self, message: str, line: int | None, column: int | None) -> None:
        where = f"line {line}, column {column}: " if line is not None else ""
        super().__init__(f"SPARQL syntax error at {where}{message}")
        self.message, self.line, self.column = message, line, column


class RefusedQuery(KgError):
    """A query that would reach outside the local graph."""


# SPARQL's tokens, the most specific first, so that a keyword is found only where it is one: an IRI (which
# may hold "#"), a string, a comment, a variable (?service) and a prefixed name (ex:service) are tokens of
# their own. Each alternative reads its span once: the lexer is linear in the query.
_TOKEN_RE = re.compile(
    r"(?P<iri><[^<>\"{}|^`\\\x00-\x20]*>)"
    r'|(?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*')"
    r"|(?P<comment>#[^\n]*)"
    r"|(?P<var>[?$]\w+)"
    r"|(?P<pname>[\w.-]*:[\w.:%\\-]*)"
    r"|(?P<word>[A-Za-z_]\w*)"
)
_CODEPOINT_RE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
# words that reach outside the local graph, or change it
_FETCH = frozenset(("SERVICE", "FROM"))
_UPDATE = frozenset(("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"))
_ERROR_AT_RE = re.compile(r"error at (\d+):(\d+): (.*)", re.S)


@dataclass(frozen=True)
class Result:
    """Column names and rows of strings (empty string for an unbound value)."""

    columns: list[str]
    rows: list[list[str]]
    cut: bool = False  # there were more rows than the limit


@dataclass(frozen=True)
class NamedQuery:
    name: str
    question: str
    binds: str | None
    text: str


def keywords(query: str) -> set[str]:
    """The bare words of a query, upper-cased: its keywords and function names, nothing inside an IRI, a
    string, a comment, a variable or a prefixed name. Codepoint escapes (\\u0053ERVICE) are decoded first, as
    SPARQL (and Oxigraph) decode them before parsing."""
    query = _CODEPOINT_RE.sub(lambda m: _codepoint(m[1] or m[2]), query)
    return {m["word"].upper() for m in _TOKEN_RE.finditer(query) if m["word"]}


def _codepoint(digits: str) -> str:
    value = int(digits, 16)
    return chr(value) if value <= 0x10FFFF and not 0xD800 <= value <= 0xDFFF else ""


def check_query(query: str) -> None:
    """Refuse what would fetch from the network (SERVICE, FROM, LOAD) or change the graph (updates).

    Decided twice: by rdflib's SPARQL parser when it can read the query (a SERVICE pattern or a dataset
    clause in the parse tree; an update that parses as one), and always by SPARQL's tokens (keywords
    outside IRIs, strings, comments, variables and prefixed names), which also holds for the queries
    Oxigraph runs and rdflib cannot parse (such as BIND(…) SERVICE without a dot)."""
    parsed = _parsed(query)
    words = keywords(query)
    if parsed == "update" or words & _UPDATE:
        raise RefusedQuery("read-only: updates are not run (INSERT, DELETE, LOAD, DROP… change a graph)")
    if parsed == "fetch" or words & _FETCH:
        raise RefusedQuery("query refused: SERVICE and FROM would reach outside the local graph")


def _parsed(query: str) -> str | None:
    """What rdflib's parser finds: "update", "fetch" (SERVICE or FROM), None (a plain query, or one it
    cannot read)."""
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
    from rdflib.plugins.sparql.parserutils import CompValue

    from kg.ontology import sparql_prologue

    text = sparql_prologue() + query
    try:
        tree = parseQuery(text)
    except Exception:  # noqa: BLE001 - pyparsing's errors, and rdflib's own
        try:
            parseUpdate(text)
        except Exception:  # noqa: BLE001
            return None
        return "update"
    stack: list[object] = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, CompValue):
            if node.name in ("ServiceGraphPattern", "DatasetClause"):
                return "fetch"
            stack.extend(node.values())
        elif isinstance(node, (list, tuple)) or type(node).__name__ == "ParseResults":
            stack.extend(node)  # type: ignore[arg-type]
    return None


def _value(term: object) -> str:
    if term is None:
        return ""
    return str(getattr(term, "value", term))


def run(store: ox.Store, query: str, bindings: dict[str, str] | None = None, limit: int | None = None) -> Result:
    """Run a SELECT (or ASK) with prefixes pre-declared and user strings bound as literals; with a limit, at
    most that many rows are made (Result.cut says whether there were more). The query is not checked:
    user queries go through run_limited, which refuses what check_query refuses."""
    substitutions = {ox.Variable(k): ox.Literal(v) for k, v in (bindings or {}).items()}
    try:
        result = run_query(store, query, prefixes=PREFIXES, substitutions=substitutions)
    except SyntaxError as err:
        m = _ERROR_AT_RE.match(str(err))
        if m:
            raise QuerySyntaxError(m[3].strip(), int(m[1]), int(m[2])) from None
        raise QuerySyntaxError(str(err), None, None) from None
    if isinstance(result, (bool, ox.QueryBoolean)):
        return Result(["result"], [["true" if bool(result) else "false"]])
    if isinstance(result, ox.QuerySolutions):
        # a bound variable must be projected for substitution; it is not an answer
        columns = [v.value for v in result.variables if v.value not in (bindings or {})]
        rows = [
            [_value(row[c]) for c in columns] for row in itertools.islice(result, None if limit is None else limit + 1)
        ]
        cut = limit is not None and len(rows) > limit
        return Result(columns, rows[:limit] if cut else rows, cut)
    raise KgError("only SELECT and ASK queries are answered (use `kg export` for triples)")


def run_limited(store: ox.Store, query: str, bindings: dict[str, str], timeout: float, limit: int) -> Result:
    """run() in a child process that is killed after ``timeout`` seconds: Oxigraph cannot be interrupted
    inside one step (a COUNT over a cartesian product is one), a process can. The child is forked, so it
    has the store without loading it again. Where fork is missing, the query runs here, with its row limit."""
    check_query(query)  # refused at once, with no process started
    try:
        context = multiprocessing.get_context("fork")
    except ValueError:
        return run(store, query, bindings, limit)
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_answer, args=(send, store, query, bindings, limit), daemon=True)
    child.start()
    send.close()
    try:
        if not receive.poll(timeout):
            raise KgError(f"query stopped after {timeout:g} s (--timeout)")
        kind, *said = receive.recv()
    except EOFError:
        raise KgError("the query's process stopped without an answer") from None
    finally:
        child.kill()
        child.join()
    if kind == "syntax":
        raise QuerySyntaxError(*said)
    if kind == "error":
        raise KgError(said[0])
    return said[0]


def _answer(send: Any, store: ox.Store, query: str, bindings: dict[str, str], limit: int) -> None:
    """In the child: the result, or the error as plain values (exceptions with their own arguments do not
    pickle)."""
    try:
        send.send(("result", run(store, query, bindings, limit)))
    except QuerySyntaxError as err:
        send.send(("syntax", err.message, err.line, err.column))
    except Exception as err:  # noqa: BLE001 - whatever stopped the query is told in one line
        send.send(("error", str(err) or type(err).__name__))
    finally:
        send.close()


@lru_cache(maxsize=1)
def named_queries() -> dict[str, NamedQuery]:
    """The .rq files shipped in kg/queries, by name, with their header comments."""
    queries = {}
    for entry in sorted(resources.files("kg.queries").iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".rq"):
            continue
        text = entry.read_text(encoding="utf-8")
        question = re.search(r"^#\s*Question:\s*(.+)$", text, re.M)
        binds = re.search(r"^#\s*Binds[^:]*:\s*(.+)$", text, re.M)
        name = entry.name[:-3]
        queries[name] = NamedQuery(name, question[1] if question else "", binds[1] if binds else None, text)
    return queries


def read_query(arg: str) -> str:
    """QUERY text, @file.rq, or the name of a shipped query (a word that names none is a one-line error
    that says the closest names)."""
    if arg.startswith("@"):
        path = Path(arg[1:])
        try:
            return path.read_text(encoding="utf-8")
        except OSError as err:
            raise KgError(f"{path}: cannot read query file ({err.strerror or err})") from None
    if arg in named_queries():
        return named_queries()[arg].text
    if _NAME_RE.match(arg):
        near = difflib.get_close_matches(arg, list(named_queries()), n=1, cutoff=0.5)
        hint = f"; did you mean {near[0]}?" if near else "; `kg query --list` lists them"
        raise KgError(f"no named query {shown(arg)}{hint}")
    return arg


_NAME_RE = re.compile(r"^[A-Za-z_][\w-]{0,60}$")  # what a name looks like; no query is one word


def check_names(query: str, bindings: dict[str, str], named: NamedQuery | None = None) -> None:
    """One-line errors, before the query runs, for what would otherwise fail badly: a shipped question run
    without the binding it needs, a --bind variable the query has not, a prefix nobody declared."""
    tokens = list(_TOKEN_RE.finditer(_CODEPOINT_RE.sub(lambda m: _codepoint(m[1] or m[2]), query)))
    if named is not None and named.binds:
        needed = re.match(r"\??(\w+)", named.binds)
        if needed and needed[1] not in bindings:
            raise KgError(f"{named.name} needs --bind {needed[1]}=VALUE ({named.binds})")
    variables = {m["var"][1:] for m in tokens if m["var"]}
    for var in bindings:
        if var not in variables:
            raise KgError(f"--bind {shown(var)}: the query has no ?{var}")
    declared = set(PREFIXES) | {"_"}
    for before, token in zip([None, *tokens], tokens):
        if before is not None and before["word"] and before["word"].upper() == "PREFIX" and token["pname"]:
            declared.add(token["pname"].split(":", 1)[0])
    for token in tokens:
        if token["pname"] and (prefix := token["pname"].split(":", 1)[0]) not in declared:
            known = ", ".join(sorted(set(PREFIXES)))
            raise KgError(f"unknown prefix {shown(prefix + ':')} (declared: {known}; add PREFIX {prefix}: <…>)")


def labels(store: ox.Store, kind: object | None = None) -> list[str]:
    """Every label and alias of things of a kind (an IRI), for suggestions."""
    where = f"?s a <{kind}> . " if kind else ""
    result = run_query(
        store, f"SELECT DISTINCT ?l WHERE {{ {where} ?s rdfs:label|skos:altLabel ?l }}", prefixes=PREFIXES
    )
    return sorted({row["l"].value for row in result})


def suggest(name: str, candidates: list[str], n: int = 5) -> list[str]:
    """The closest names: containing ones first, then by similarity."""
    containing = [c for c in candidates if name in c or c in name]
    close = difflib.get_close_matches(name, candidates, n=n, cutoff=0.3)
    return list(dict.fromkeys(sorted(containing, key=len) + close))[:n]


# -- output -------------------------------------------------------------------------


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _clip(text: str, limit: int) -> str:
    text = text.replace("\n", " ")
    if _width(text) <= limit:
        return text
    out, w = [], 0
    for c in text:
        w += _width(c)
        if w > limit - 1:
            break
        out.append(c)
    return "".join(out) + "…"


def format_result(result: Result, fmt: str = "table", max_width: int = 60) -> str:
    """A result as an aligned table (Chinese characters count double), CSV or JSON."""
    if fmt == "json":
        return json.dumps([dict(zip(result.columns, row)) for row in result.rows], ensure_ascii=False, indent=2)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(result.columns)
        writer.writerows(result.rows)
        return buffer.getvalue().rstrip("\n")
    cells = [[_clip(c, max_width) for c in row] for row in result.rows]
    widths = [max([_width(h)] + [_width(r[i]) for r in cells]) for i, h in enumerate(result.columns)]

    def line(values: list[str]) -> str:
        return "  ".join(v + " " * (w - _width(v)) for v, w in zip(values, widths)).rstrip()

    out = [line(result.columns), line(["-" * w for w in widths])]
    out += [line(r) for r in cells]
    out.append(f"({len(result.rows)} row{'s' if len(result.rows) != 1 else ''})")
    return "\n".join(out)


# -- named questions --------------------------------------------------------------------

KINDS = {"task": GOV.Task, "group": GOV.LeadingGroup, "person": FOAF.Person}
ORG_KINDS = (GOV.Department, GOV.Government, GOV.LeadingGroup, GOV.Enterprise, GOV.CollectiveActor)


class NotFound(KgError):
    """A name that matches nothing; the message suggests the closest names."""


def _not_found(what: str, name: str, candidates: list[str]) -> NotFound:
    near = suggest(name, candidates) if len(name) <= 80 else []  # no name is that long: nothing is close
    hint = f"; closest: {'、'.join(near)}" if near else ""
    return NotFound(f"no {what} matches {shown(name)}{hint}")


def _ask(store: ox.Store, query: str, **bindings: str) -> Result:
    return run(store, named_queries()[query].text, bindings)


# who_leads.rq's search of every task heading, which a list of tasks from the heading index replaces
_TASK_SEARCH_RE = re.compile(r"\{ SELECT \?task [^{}]*\{[^{}]*\} \}")


def who_leads(store: ox.Store, text: str, tasks: list[str] | None = None) -> Result:
    """Tasks whose heading contains TEXT, with who leads, supports or answers for each. ``tasks``, when
    given, are those tasks' IRIs, found in the store's heading index (kg.files.tasks_headed)."""
    query = named_queries()["who_leads"].text
    if tasks is not None:
        given = " ".join(f"<{iri}>" for iri in tasks) or "<urn:govkg:none>"
        found = f"{{ SELECT ?task ?heading ?doc WHERE {{ VALUES ?task {{ {given} }} ?task rdfs:label ?heading ; dct:isPartOf ?doc }} }}"
        query = _TASK_SEARCH_RE.sub(lambda _: found, query, count=1)
    result = run(store, query, {"text": text})
    if not result.rows:
        raise _not_found("task heading with an assignment", text, labels(store, KINDS["task"]))
    return result


def _org_names(store: ox.Store) -> list[str]:
    names = set()
    for kind in ORG_KINDS:
        names.update(labels(store, kind))
    return sorted(names)


def duties(store: ox.Store, name: str) -> Result:
    """Everything an organization (by any of its names) leads, supports or answers for."""
    result = _ask(store, "duties", name=name)
    if not result.rows:
        raise _not_found("organization with duties", name, _org_names(store))
    return result


def members(store: ox.Store, name: str) -> Result:
    """A group's members by role, with its office."""
    result = _ask(store, "members", name=name)
    if not result.rows:
        raise _not_found("group", name, labels(store, KINDS["group"]))
    return result


def person(store: ox.Store, name: str) -> Result:
    """A person's posts, seats and appointments, in date order."""
    result = _ask(store, "person", name=name)
    if not result.rows:
        raise _not_found("person", name, labels(store, KINDS["person"]))
    return result
