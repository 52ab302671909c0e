"""The `kg` command: a thin click wrapper over the library; no logic lives here."""

from __future__ import annotations

import functools
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from kg import __version__
from kg.errors import KgError

DEFAULT_GRAPH = Path("exports/graph.ttl")


def _errors_as_one_line(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn a KgError into click's one-line `Error: …` and exit code 1."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except KgError as err:
            raise click.ClickException(str(err)) from None

    return wrapper


graph_option = click.option(
    "--graph",
    "graph_path",
    type=click.Path(path_type=Path, dir_okay=False),
    default=DEFAULT_GRAPH,
    show_default=True,
    help="The graph to read (Turtle or N-Triples).",
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="govkg")
def main() -> None:
    """govkg: Chinese government gazettes → a knowledge graph of who is responsible for what.

    \b
    Example:
      kg build seeds/ -o exports/
      kg eval tests/data/seed_gold.json
    """


@main.command()
@click.argument("inputs", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--out",
    "out_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("exports"),
    show_default=True,
    help="Folder to write graph.ttl into.",
)
@click.option(
    "--html/--no-html", default=True, show_default=True, help="Also write OUT/graph.html, the interactive network."
)
@_errors_as_one_line
def build(inputs: tuple[Path, ...], out_dir: Path, html: bool) -> None:
    """Build the graph from gazette text files or folders (default: seeds/).

    Reads each .txt file (UTF-8, UTF-16 or GB18030; Traditional script is
    converted), repairs PDF damage, splits documents and tasks, extracts who
    does what, and writes OUT/graph.ttl and OUT/graph.html.

    \b
    Example:
      kg build                          # seeds/ → exports/graph.ttl
      kg build gazettes/ -o /tmp/kg     # a folder of .txt files
    """
    from kg.pipeline import build as run_build

    paths = list(inputs) or [Path("seeds")]
    started = time.perf_counter()

    def progress(n: int, total: int, path: Path) -> None:
        if total > 1:
            click.echo(f"[{n}/{total}] {path}", err=True)

    result = run_build(paths, out_dir, progress=progress, html=html)
    elapsed = time.perf_counter() - started
    counts = result.counts()
    encodings = ", ".join(sorted({s.encoding for s in result.sources}))
    written = f"{result.output}" + (f" and {out_dir / 'graph.html'}" if html else "")
    click.echo(f"read {len(result.sources)} file(s) ({encodings}); wrote {written} in {elapsed:.2f} s")
    click.echo("  " + ", ".join(f"{name} {n}" for name, n in counts.items()))


@main.command()
@graph_option
@_errors_as_one_line
def validate(graph_path: Path) -> None:
    """Check a graph against the SHACL shapes of ontology/shapes.ttl.

    Exits 1 and lists each violation when the graph breaks a promise of the
    interface (an Assignment without an actor, a label without a language…).

    \b
    Example:
      kg validate --graph exports/graph.ttl
    """
    from kg.validate import validate as run_validate

    violations = run_validate(graph_path)
    if not violations:
        click.echo(f"{graph_path}: conforms to the govkg shapes")
        return
    for violation in violations[:50]:
        click.echo(f"  {violation}", err=True)
    if len(violations) > 50:
        click.echo(f"  … and {len(violations) - 50} more", err=True)
    raise click.ClickException(f"{graph_path}: {len(violations)} shape violation(s)")


@main.command(name="eval")
@click.argument("gold", type=click.Path(path_type=Path, dir_okay=False))
@graph_option
@click.option(
    "--misses", type=click.IntRange(min=0), default=0, help="List up to N missed and N extra items per category."
)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@_errors_as_one_line
def eval_command(gold: Path, graph_path: Path, misses: int, fmt: str) -> None:
    """Score the graph against a gold file: P/R/F1 per category.

    Scoring follows the annotation guideline: text is compared after NFKC
    and removal of whitespace; a list in the gold holds acceptable forms.

    \b
    Example:
      kg eval tests/data/seed_gold.json --misses 5
    """
    from kg.evaluate import evaluate, format_scores, scores_json

    scores = evaluate(graph_path, gold)
    click.echo(scores_json(scores) if fmt == "json" else format_scores(scores, misses))


# -- asking ----------------------------------------------------------------------------

format_option = click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "json"]),
    default="table",
    show_default=True,
    help="Output format.",
)


def _store(graph_path: Path):  # noqa: ANN202 - pyoxigraph.Store
    from kg.files import load_store

    return load_store(graph_path)


def _show(result, fmt: str) -> None:  # noqa: ANN001
    from kg.query import format_result

    click.echo(format_result(result, fmt))


@main.command()
@click.argument("query")
@graph_option
@format_option
@click.option("--bind", "binds", multiple=True, metavar="VAR=VALUE", help="Bind ?VAR to the string VALUE (repeatable).")
def query(query: str, graph_path: Path, fmt: str, binds: tuple[str, ...]) -> None:
    """Run a SPARQL 1.1 SELECT or ASK query (QUERY text, @file.rq, or a shipped query's name).

    The prefixes gov, org, foaf, skos, dct, prov, rdf, rdfs and xsd are
    declared. A syntax error exits 2 with its line and column; SERVICE, LOAD
    and FROM <…> are refused, so nothing is fetched from the network.

    \b
    Example:
      kg query "SELECT ?org (COUNT(?t) AS ?n) WHERE { ?o gov:leads ?t ; rdfs:label ?org } GROUP BY ?org ORDER BY DESC(?n)"
      kg query top_leads --format csv
      kg query @my-question.rq --format json
      kg query slogan_tasks --bind text=合汽生材
    """
    from kg.query import QuerySyntaxError, read_query, run

    bindings = {}
    for bind in binds:
        var, sep, value = bind.partition("=")
        if not sep or not var.lstrip("?").isidentifier():
            raise click.BadParameter(f"{bind!r} is not VAR=VALUE", param_hint="--bind")
        bindings[var.lstrip("?")] = value
    try:
        result = run(_store(graph_path), read_query(query), bindings)
    except QuerySyntaxError as err:
        click.echo(f"Error: {err}", err=True)
        sys.exit(2)
    except KgError as err:
        raise click.ClickException(str(err)) from None
    _show(result, fmt)


def _named_question(func_name: str, arg: str, graph_path: Path, fmt: str) -> None:
    import kg.query as q

    try:
        result = getattr(q, func_name)(_store(graph_path), arg)
    except KgError as err:
        raise click.ClickException(str(err)) from None
    _show(result, fmt)


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
    @click.argument(arg)
    @graph_option
    @format_option
    def command(graph_path: Path, fmt: str, **kwargs: str) -> None:
        _named_question(func_name, kwargs[arg], graph_path, fmt)


for _spec in NAMED_QUESTIONS:
    _add_named_question(*_spec)


# -- seeing and taking elsewhere ------------------------------------------------------------


def _network(graph_path: Path):  # noqa: ANN202 - networkx graph
    from kg.network import load_network

    return load_network(_store(graph_path))


@main.command()
@graph_option
@click.option(
    "-o",
    "--out",
    "out",
    type=click.Path(path_type=Path, dir_okay=False),
    default=Path("exports/graph.html"),
    show_default=True,
)
@click.option("--focus", help="Draw only the neighbourhood of the node with this name.")
@click.option("--depth", type=click.IntRange(min=1), default=1, show_default=True, help="How many steps from --focus.")
@click.option("--role", "roles", help="Only these roles' edges, comma-separated: 牵头,配合,负责.")
@click.option("--doc", help="Only one document (its 文号, or its title without one).")
@_errors_as_one_line
def viz(graph_path: Path, out: Path, focus: str | None, depth: int, roles: str | None, doc: str | None) -> None:
    """Draw the graph as an interactive network in one HTML file that works offline.

    Shapes and colours by kind (department, government, collective, group,
    person, task, chain, document), edges coloured by role, a legend, a
    search box, and the evidence sentence on hover.

    \b
    Example:
      kg viz --focus 市工信局 --depth 2 -o exports/gxj.html
      kg viz --doc 运政办发〔2023〕7号 --role 牵头
    """
    from kg.network import select, write_html

    role_set = {r.strip() for r in roles.replace("，", ",").split(",") if r.strip()} if roles else None
    if role_set and not role_set <= {"牵头", "配合", "负责"}:
        raise click.BadParameter("roles are 牵头, 配合 and 负责", param_hint="--role")
    g = select(_network(graph_path), focus, depth, role_set, doc)
    write_html(g, out)
    click.echo(f"wrote {out}: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges")


@main.command()
@graph_option
@format_option
@_errors_as_one_line
def stats(graph_path: Path, fmt: str) -> None:
    """Who does most, who works with whom, how big the groups are, who is named only once.

    \b
    Example:
      kg stats --format json
    """
    import json

    from kg.network import stats as compute
    from kg.query import Result, format_result

    sections = compute(_network(graph_path))
    if fmt == "json":
        click.echo(json.dumps(sections, ensure_ascii=False, indent=2))
        return
    for title, rows in sections.items():
        columns = list(rows[0]) if rows else ["(none)"]
        result = Result(columns, [[str(r[c]) for c in columns] for r in rows])
        if fmt == "csv":
            click.echo(f"# {title}")
            click.echo(format_result(result, "csv"))
        else:
            click.echo(f"== {title} ==")
            click.echo(format_result(Result(columns, result.rows[:15]), "table"))
        click.echo()


@main.command()
@click.option("--format", "fmt", type=click.Choice(["ttl", "nt", "jsonld", "graphml", "csv"]), required=True)
@graph_option
@click.option(
    "-o", "--out", "out", type=click.Path(path_type=Path, dir_okay=False), help="Default: exports/graph.<format>."
)
@_errors_as_one_line
def export(fmt: str, graph_path: Path, out: Path | None) -> None:
    """Write the graph as Turtle, N-Triples, JSON-LD, GraphML (for Gephi) or a CSV of assignments.

    \b
    Example:
      kg export --format graphml -o exports/graph.graphml
      kg export --format csv -o assignments.csv
    """
    from kg.exporting import export_bytes

    target = out or Path(f"exports/graph.{fmt}")
    data = export_bytes(_store(graph_path), fmt)
    from kg.files import write_atomic

    write_atomic(target, data)
    click.echo(f"wrote {target} ({len(data)} bytes)")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
