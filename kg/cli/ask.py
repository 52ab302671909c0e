"""Asking the graph: kg query, the named questions, kg rules and kg why."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from kg.cli import TEXT, format_option, graph_option, main, one_line_errors, open_store, show
from kg.errors import KgError


def sandbox_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """--timeout and --limit: what a user's query may take, in `kg query` and `kg serve` alike."""
    command = click.option(
        "--limit", type=click.IntRange(min=1), default=10_000, show_default=True, help="Answer at most this many rows."
    )(command)
    return click.option(
        "--timeout",
        type=click.FloatRange(min=0.1),
        default=30,
        show_default=True,
        help="Stop a query after this many seconds.",
    )(command)


@main.command()
@click.argument("query", type=TEXT, required=False)
@graph_option
@format_option
@click.option(
    "--bind", "binds", type=TEXT, multiple=True, metavar="VAR=VALUE", help="Bind ?VAR to the string VALUE (repeatable)."
)
@sandbox_options
@click.option("--list", "listing", is_flag=True, help="List the shipped questions, with what each needs bound.")
def query(
    query: str | None, graph_path: Path, fmt: str, binds: tuple[str, ...], timeout: float, limit: int, listing: bool
) -> None:
    """Run a SPARQL 1.1 SELECT or ASK query (QUERY text, @file.rq, or a shipped query's name).

    The prefixes gov, org, foaf, skos, dct, prov, rdf, rdfs and xsd are
    declared. A syntax error exits 2 with its line and column. The graph is
    read-only and local: updates, SERVICE and FROM are refused (nothing is
    fetched from the network). A query runs at most --timeout seconds and
    answers at most --limit rows, and says so when it is cut.

    \b
    Example:
      kg query "SELECT ?org (COUNT(?t) AS ?n) WHERE { ?o gov:leads ?t ; rdfs:label ?org } GROUP BY ?org ORDER BY DESC(?n)"
      kg query top_leads --format csv
      kg query @my-question.rq --format json
      kg query slogan_tasks --bind text=合汽生材
      kg query --list
    """
    from kg.query import QuerySyntaxError, Result, named_queries, read_query
    from kg.sandbox import check_names, run_limited

    if listing:
        rows = [[q.name, q.binds or "", q.question] for q in named_queries().values()]
        show(Result(["name", "binds", "question"], rows), fmt)
        return
    if query is None:
        raise click.UsageError("give a QUERY (text, @file.rq or a name), or --list")

    bindings = {}
    for bind in binds:
        var, sep, value = bind.partition("=")
        if not sep or not var.lstrip("?").isidentifier():
            raise click.BadParameter(f"{bind!r} is not VAR=VALUE", param_hint="--bind")
        bindings[var.lstrip("?")] = value
    try:
        text = read_query(query)
        check_names(text, bindings, named_queries().get(query))
        result = run_limited(open_store(graph_path), text, bindings, timeout, limit)
    except QuerySyntaxError as err:
        click.echo(f"Error: {err}", err=True)
        sys.exit(2)
    except KgError as err:
        raise click.ClickException(str(err)) from None
    show(result, fmt)
    if result.cut:
        click.echo(f"(the first {limit:,} rows: there are more; --limit N answers more)", err=True)


def _named_question(func_name: str, arg: str, graph_path: Path, fmt: str) -> None:
    import kg.query as q
    from kg.files import tasks_headed

    extra = {"tasks": tasks_headed(graph_path, arg)} if func_name == "who_leads" else {}
    try:
        result = getattr(q, func_name)(open_store(graph_path), arg, **extra)
    except KgError as err:
        raise click.ClickException(str(err)) from None
    show(result, fmt)


NAMED_QUESTIONS = (
    (
        "who-leads",
        "text",
        "who_leads",
        """Who leads (牵头), supports (配合) or answers for (负责) the tasks whose heading contains TEXT.

    Each answer has its scope, document and the sentence it came from.

    \b
    Example:
      kg who-leads 海绵城市建设示范城市
    """,
    ),
    (
        "duties",
        "org",
        "duties",
        """Everything an organization (any of its names) leads, supports or answers for, by document and role.

    \b
    Example:
      kg duties 市发改委
    """,
    ),
    (
        "members",
        "group",
        "members",
        """A group's members by role, with where its office is.

    \b
    Example:
      kg members 运城市分布式能源发展工作专班
    """,
    ),
    (
        "person",
        "name",
        "person",
        """A person's posts, seats and appointments, in date order.

    \b
    Example:
      kg person 王平安
    """,
    ),
)


def _add_named_question(name: str, arg: str, func_name: str, help_text: str) -> None:
    """One thin command over a named query; a miss says so and suggests names."""

    @main.command(name=name, help=help_text)
    @click.argument(arg, type=TEXT)
    @graph_option
    @format_option
    def command(graph_path: Path, fmt: str, **kwargs: str) -> None:
        _named_question(func_name, kwargs[arg], graph_path, fmt)


for _spec in NAMED_QUESTIONS:
    _add_named_question(*_spec)


@main.command()
@click.option("--family", type=TEXT, help="Only the rules of one family (tasks, assignments, groups, people, …).")
@click.option(
    "--graph",
    "graph_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Also count the facts and tasks each rule made in this graph.",
)
@format_option
@one_line_errors
def rules(family: str | None, graph_path: Path | None, fmt: str) -> None:
    """Every extraction rule: its family, what it reads, an example; with --graph, how many facts it made there.

    A fact's gov:rule names the rule that made it; `kg why` shows one fact's.

    \b
    Example:
      kg rules --family assignments
      kg rules --graph exports/graph.ttl --format csv
    """
    from kg.explain import rules_table

    show(rules_table(open_store(graph_path) if graph_path else None, family), fmt)


@main.command()
@click.argument("subject", type=TEXT)
@graph_option
@format_option
@one_line_errors
def why(subject: str, graph_path: Path, fmt: str) -> None:
    """Why the graph holds a fact or a task: the rule that made it, its sentence and where that stands in the input.

    SUBJECT is a fact's or a task's IRI, or a text: the tasks whose heading
    holds it and their facts, else the facts whose statement or sentence holds it.

    \b
    Example:
      kg why 海绵城市建设示范城市
      kg why https://w3id.org/govkg/id/assignment/9aaa59bff0dbda20
    """
    from kg.explain import rule_descriptions
    from kg.explain import why as explain

    result = explain(open_store(graph_path), subject)
    show(result, fmt)
    if fmt == "table":
        described = rule_descriptions()
        for rule in sorted({row[2] for row in result.rows}):
            click.echo(f"  {rule}: {described.get(rule, '(a rule of another govkg version)')}")


@main.command()
@graph_option
@click.option(
    "--host", type=TEXT, default="127.0.0.1", show_default=True, help="Listen here (0.0.0.0: on every address)."
)
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=8000,
    show_default=True,
    help="Listen on this port (0: any free one).",
)
@sandbox_options
@one_line_errors
def serve(graph_path: Path, host: str, port: int, timeout: float, limit: int) -> None:
    """Serve the graph: the explorer page at / and a read-only SPARQL 1.1 endpoint at /sparql.

    The endpoint takes GET ?query=, a POSTed form or application/sparql-query,
    answers in JSON, XML, CSV or TSV as the Accept header asks, and has the
    sandbox of `kg query`: no SERVICE, FROM or update, --timeout, --limit.
    Ctrl-C stops it.

    \b
    Example:
      kg serve                                   # http://127.0.0.1:8000/
      curl http://127.0.0.1:8000/sparql --data-urlencode 'query=ASK { ?s a gov:Task }'
    """
    from kg.explorer import page_for
    from kg.serve import listen
    from kg.serve import serve as answer_requests

    store = open_store(graph_path)
    sock = listen(host, port)
    where = f"http://{host if ':' not in host else f'[{host}]'}:{sock.getsockname()[1]}"
    page = page_for(store, f"{where}/sparql")
    click.echo(f"serving {graph_path} at {where}/ (SPARQL endpoint {where}/sparql); Ctrl-C stops", err=True)
    answer_requests(store, page, sock, timeout, limit)
    click.echo("stopped", err=True)
