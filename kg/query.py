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
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

import pyoxigraph as ox

from kg.errors import KgError, shown
from kg.files import run_query
from kg.prefixes import FOAF_IRI, GOV_IRI, PREFIXES


class QuerySyntaxError(KgError):
    """A SPARQL syntax error, with where it is."""

    def __init__(self, message: str, line: int | None, column: int | None) -> None:
        where = f"line {line}, column {column}: " if line is not None else ""
        super().__init__(f"SPARQL syntax error at {where}{message}")
        self.message, self.line, self.column = message, line, column


_ERROR_AT_RE = re.compile(r"error at (\d+):(\d+): (.*)", re.S)


@dataclass(frozen=True)
class Result:
    """Column names and rows of strings (empty string for an unbound value)."""

    columns: list[str]
    rows: list[list[str]]
    cut: bool = False  # there were more rows than the limit
    numbers: frozenset[str] = frozenset()  # columns whose every value is a number (JSON gives them as numbers)


@dataclass(frozen=True)
class NamedQuery:
    name: str
    question: str
    binds: str | None
    text: str


_NUMBER_TYPES = frozenset(
    f"http://www.w3.org/2001/XMLSchema#{t}" for t in ("integer", "decimal", "double", "float", "int", "long")
)


def _all_numbers(terms: Iterable[object]) -> bool:
    """Whether every bound value is a numeric literal (and one is bound)."""
    seen = False
    for term in terms:
        if term is None:
            continue
        datatype = getattr(term, "datatype", None)
        if datatype is None or datatype.value not in _NUMBER_TYPES:
            return False
        seen = True
    return seen


def _number(text: str) -> int | float | None:
    if not text:
        return None
    try:
        return int(text)
    except ValueError:
        return float(text)


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
        solutions = list(itertools.islice(result, None if limit is None else limit + 1))
        cut = limit is not None and len(solutions) > limit
        solutions = solutions[:limit] if cut else solutions
        rows = [[_value(row[c]) for c in columns] for row in solutions]
        numbers = frozenset(c for c in columns if _all_numbers(row[c] for row in solutions))
        return Result(columns, rows, cut, numbers)
    raise KgError("only SELECT and ASK queries are answered (use `kg export` for triples)")


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


@cache
def _wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in "WF"


def _width(text: str) -> int:
    """Columns a text takes in a terminal: Chinese characters count double."""
    return len(text) if text.isascii() else len(text) + sum(map(_wide, text))


def _clip(text: str, limit: int) -> str:
    """The text cut to ``limit`` columns, "…" marking the cut (a text longer than that in characters is wider)."""
    text = text.replace("\n", " ")
    if len(text) <= limit and _width(text) <= limit:
        return text
    out, w = [], 0
    for c in text[:limit]:  # each character takes a column at least: the cut falls within the first ``limit``
        w += 1 + _wide(c)
        if w > limit - 1:
            break
        out.append(c)
    return "".join(out) + "…"


def format_result(result: Result, fmt: str = "table", max_width: int = 60) -> str:
    """A result as an aligned table (Chinese characters count double), CSV or JSON."""
    if fmt == "json":
        objects = [
            {c: _number(v) if c in result.numbers else v for c, v in zip(result.columns, row)} for row in result.rows
        ]
        return json.dumps(objects, ensure_ascii=False, indent=2)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(result.columns)
        writer.writerows(result.rows)
        return buffer.getvalue().rstrip("\n")
    cells = [[_clip(c, max_width) for c in row] for row in result.rows]
    sized = [[(c, _width(c)) for c in row] for row in cells]  # each cell's width, taken once
    widths = [max([_width(h)] + [r[i][1] for r in sized]) for i, h in enumerate(result.columns)]

    def line(values: list[tuple[str, int]]) -> str:
        return "  ".join(v + " " * (w - n) for (v, n), w in zip(values, widths)).rstrip()

    out = [line([(h, _width(h)) for h in result.columns]), line([("-" * w, w) for w in widths])]
    out += [line(r) for r in sized]
    out.append(f"({len(result.rows)} row{'s' if len(result.rows) != 1 else ''})")
    return "\n".join(out)


# -- named questions --------------------------------------------------------------------

KINDS = {"task": GOV_IRI + "Task", "group": GOV_IRI + "LeadingGroup", "person": FOAF_IRI + "Person"}
ORG_KINDS = tuple(
    GOV_IRI + kind for kind in ("Department", "Government", "LeadingGroup", "Enterprise", "CollectiveActor")
)


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


def named_nodes(store: ox.Store, kinds: tuple[object, ...]) -> dict[str, set[str]]:
    """Every label and alias of the things of these kinds, with the nodes that carry it."""
    values = " ".join(f"<{kind}>" for kind in kinds)
    query = f"SELECT ?s ?l WHERE {{ VALUES ?k {{ {values} }} ?s a ?k ; rdfs:label|skos:altLabel ?l }}"
    found: dict[str, set[str]] = {}
    for row in run_query(store, query, prefixes=PREFIXES):
        found.setdefault(row["l"].value, set()).add(row["s"].value)
    return found


def match_name(store: ox.Store, name: str, kinds: tuple[object, ...], what: str) -> str:
    """The name to ask by, one rule for every command that takes a name: a label or alias as given; else
    the one thing whose label or alias contains it; several such things are a one-line error listing
    them, none a one-line error with the closest names."""
    names = named_nodes(store, kinds)
    if name in names:
        return name
    containing = {label: nodes for label, nodes in names.items() if name and name in label}
    nodes = set().union(*containing.values()) if containing else set()
    if len(nodes) == 1:
        return min(containing, key=len)  # the shortest of its names that contain it
    if nodes:
        listed = sorted(containing, key=len)[:8]
        more = f" ({len(nodes)} in all)" if len(nodes) > len(listed) else ""
        raise NotFound(f"several {what}s match {shown(name)}: {'、'.join(listed)}{more}; give the whole name")
    raise _not_found(what, name, sorted(names))


def duties(store: ox.Store, name: str) -> Result:
    """Everything an organization (by any of its names) leads, supports or answers for."""
    result = _ask(store, "duties", name=match_name(store, name, ORG_KINDS, "organization"))
    if not result.rows:
        raise NotFound(f"the organization {shown(name)} leads, supports or answers for nothing in the graph")
    return result


def members(store: ox.Store, name: str) -> Result:
    """A group's members by role, with its office."""
    result = _ask(store, "members", name=match_name(store, name, (KINDS["group"],), "group"))
    if not result.rows:
        raise NotFound(f"the group {shown(name)} has no members in the graph")
    return result


def person(store: ox.Store, name: str) -> Result:
    """A person's posts, seats and appointments, in date order."""
    result = _ask(store, "person", name=match_name(store, name, (KINDS["person"],), "person"))
    if not result.rows:
        raise NotFound(f"nothing in the graph about the person {shown(name)}")
    return result
