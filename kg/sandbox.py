"""What a user's query may do, decided before it runs, and how long it may run.

The graph is local and read-only: a query that would fetch from the network
(SERVICE, FROM) or change a graph (an update) is refused, by rdflib's parse tree
where rdflib reads the query and always by SPARQL's own tokens; it runs in a
child process stopped after a timeout, and makes at most a limit of rows. Before
it runs, a question that cannot work (a missing binding, a --bind variable the
query has not, an undeclared prefix) is a one-line error.
"""

from __future__ import annotations

import multiprocessing
import re
from collections.abc import Callable
from typing import Any, TypeVar

import pyoxigraph as ox

from kg.errors import KgError, shown
from kg.ontology import PREFIXES
from kg.query import NamedQuery, QuerySyntaxError, Result, run

T = TypeVar("T")


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


def keywords(query: str) -> set[str]:
    """The bare words of a query, upper-cased: its keywords and function names, nothing inside an IRI, a
    string, a comment, a variable or a prefixed name. Codepoint escapes (\\u0053ERVICE) are decoded first, as
    SPARQL (and Oxigraph) decode them before parsing."""
    return {m["word"].upper() for m in tokens(query) if m["word"]}


def tokens(query: str) -> list[re.Match[str]]:
    """A query's SPARQL tokens, codepoint escapes decoded first."""
    return list(_TOKEN_RE.finditer(_CODEPOINT_RE.sub(lambda m: _codepoint(m[1] or m[2]), query)))


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


def run_limited(store: ox.Store, query: str, bindings: dict[str, str], timeout: float, limit: int) -> Result:
    """run() in a child process that is killed after ``timeout`` seconds (see in_child)."""
    check_query(query)  # refused at once, with no process started
    return in_child(run, (store, query, bindings, limit), timeout)


def in_child(work: Callable[..., T], args: tuple[Any, ...], timeout: float) -> T:
    """work(*args) in a child process that is killed after ``timeout`` seconds: Oxigraph cannot be
    interrupted inside one step (a COUNT over a cartesian product is one), a process can. The child is
    forked, so it has the store without loading it again. Where fork is missing, it runs here."""
    try:
        context = multiprocessing.get_context("fork")
    except ValueError:
        return work(*args)
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_answer, args=(send, work, args), daemon=True)
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


def _answer(send: Any, work: Callable[..., Any], args: tuple[Any, ...]) -> None:
    """In the child: the result, or the error as plain values (exceptions with their own arguments do not
    pickle)."""
    try:
        send.send(("result", work(*args)))
    except QuerySyntaxError as err:
        send.send(("syntax", err.message, err.line, err.column))
    except Exception as err:  # noqa: BLE001 - whatever stopped the query is told in one line
        send.send(("error", str(err) or type(err).__name__))
    finally:
        send.close()


def check_names(query: str, bindings: dict[str, str], named: NamedQuery | None = None) -> None:
    """One-line errors, before the query runs, for what would otherwise fail badly: a shipped question run
    without the binding it needs, a --bind variable the query has not, a prefix nobody declared."""
    found = tokens(query)
    if named is not None and named.binds:
        needed = re.match(r"\??(\w+)", named.binds)
        if needed and needed[1] not in bindings:
            raise KgError(f"{named.name} needs --bind {needed[1]}=VALUE ({named.binds})")
    variables = {m["var"][1:] for m in found if m["var"]}
    for var in bindings:
        if var not in variables:
            raise KgError(f"--bind {shown(var)}: the query has no ?{var}")
    declared = set(PREFIXES) | {"_"}
    for before, token in zip([None, *found], found):
        if before is not None and before["word"] and before["word"].upper() == "PREFIX" and token["pname"]:
            declared.add(token["pname"].split(":", 1)[0])
    for token in found:
        if token["pname"] and (prefix := token["pname"].split(":", 1)[0]) not in declared:
            known = ", ".join(sorted(set(PREFIXES)))
            raise KgError(f"unknown prefix {shown(prefix + ':')} (declared: {known}; add PREFIX {prefix}: <…>)")
