"""Seeing the graph and taking it elsewhere: kg viz, kg stats, kg export."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli import TEXT, format_option, graph_option, main, one_line_errors, open_network, open_store


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
@click.option("--focus", type=TEXT, help="Draw only the neighbourhood of the node with this name.")
@click.option("--depth", type=click.IntRange(min=1), default=1, show_default=True, help="How many steps from --focus.")
@click.option("--role", "roles", type=TEXT, help="Only these roles' edges, comma-separated: 牵头,配合,负责.")
@click.option("--doc", type=TEXT, help="Only one document (its 文号, or its title without one).")
@one_line_errors
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
    from kg.explorer import write_html
    from kg.files import check_output
    from kg.network import select

    role_set = {r.strip() for r in roles.replace("，", ",").split(",") if r.strip()} if roles else None
    if role_set and not role_set <= {"牵头", "配合", "负责"}:
        raise click.BadParameter("roles are 牵头, 配合 and 负责", param_hint="--role")
    given = click.get_current_context().get_parameter_source("out") != click.core.ParameterSource.DEFAULT
    check_output(out, given=given)
    g = select(open_network(graph_path), focus, depth, role_set, doc)
    write_html(g, out)
    click.echo(f"wrote {out}: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges")


@main.command()
@graph_option
@format_option
@one_line_errors
def stats(graph_path: Path, fmt: str) -> None:
    """Who does most, who works with whom, how big the groups are, who is named only once.

    \b
    Example:
      kg stats --format json
    """
    import json

    from kg.analytics import stats as compute
    from kg.query import Result, format_result

    sections = compute(open_network(graph_path))
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
            if len(result.rows) > 15:
                click.echo(f"… {len(result.rows) - 15} more rows (--format csv or json gives them all)")
        click.echo()


@main.command()
@click.option("--format", "fmt", type=click.Choice(["ttl", "nt", "jsonld", "graphml", "csv"]), required=True)
@graph_option
@click.option(
    "-o", "--out", "out", type=click.Path(path_type=Path, dir_okay=False), help="Default: exports/graph.<format>."
)
@one_line_errors
def export(fmt: str, graph_path: Path, out: Path | None) -> None:
    """Write the graph as Turtle, N-Triples, JSON-LD, GraphML (for Gephi) or a CSV of assignments.

    \b
    Example:
      kg export --format graphml -o exports/graph.graphml
      kg export --format csv -o assignments.csv
    """
    from kg.exporting import export_bytes
    from kg.files import check_output, write_atomic

    target = out or Path(f"exports/graph.{fmt}")
    check_output(target, given=out is not None)
    data = export_bytes(open_store(graph_path), fmt)

    write_atomic(target, data)
    click.echo(f"wrote {target} ({len(data)} bytes)")


@main.command()
@click.option(
    "--endpoint",
    type=TEXT,
    required=True,
    help="The server's SPARQL query endpoint (Oxigraph: http://HOST:7878/query; Fuseki: http://HOST:3030/DATASET/sparql).",
)
@click.option(
    "--graph-store",
    type=TEXT,
    help="Its SPARQL Graph Store endpoint  [default: beside --endpoint: /store for Oxigraph, /data for Fuseki].",
)
@graph_option
@click.option("--all", "everything", is_flag=True, help="Send every graph, not only those changed since the last push.")
@click.option(
    "--replace",
    is_flag=True,
    help="Make the server hold this build: send every graph, and delete the govkg graphs it has that this build has not.",
)
@click.option(
    "--auth-env",
    type=TEXT,
    default="KG_PUSH_AUTH",
    show_default=True,
    help="Environment variable with user:password (Basic) or an Authorization value ('Bearer TOKEN').",
)
@click.option("--retries", type=click.IntRange(min=1), default=3, show_default=True, help="Tries per request.")
@click.option("--timeout", type=click.FloatRange(min=1), default=300, show_default=True, help="Seconds per request.")
@one_line_errors
def push(
    endpoint: str,
    graph_store: str | None,
    graph_path: Path,
    everything: bool,
    replace: bool,
    auth_env: str,
    retries: int,
    timeout: float,
) -> None:
    """Send the graph to a SPARQL server, one named graph per input file.

    Sends graph.nq (beside --graph) with the SPARQL 1.1 Graph Store
    Protocol: each input file's facts, and the names they share, as named
    graphs, each with PUT (which replaces that graph and nothing else). Only
    the graphs that changed since the last push to that server are sent; the
    graphs of files no longer in the build are deleted. The server then
    counts what it holds of each graph sent. Query it with its default graph
    as the union of the named graphs (Oxigraph: serve --union-default-graph).

    \b
    Example:
      oxigraph serve --location kgdb --union-default-graph &
      kg push --endpoint http://localhost:7878/query
      KG_PUSH_AUTH=admin:secret kg push --endpoint http://localhost:3030/govkg/sparql --replace
    """
    from kg.push import Server, auth_from_env, count_graphs, graph_store_of
    from kg.push import push as run_push

    store = graph_store or graph_store_of(endpoint)
    server = Server(store, endpoint, auth_from_env(auth_env), retries=retries, timeout=timeout)
    done = run_push(graph_path.with_suffix(".nq"), server, everything=everything, replace=replace)
    held = count_graphs(server, done.sent) if done.sent else {}
    short = [iri for iri in done.sent if held.get(iri, 0) == 0]
    if short:
        raise click.ClickException(
            f"{store}: sent {len(done.sent)} graph(s), but the server holds nothing of {short[0]}"
        )
    removed = f", {len(done.removed)} removed" if done.removed else ""
    if not done.sent and not done.removed:
        click.echo(f"nothing changed since the last push to {store} ({done.unchanged} graph(s))")
        return
    click.echo(
        f"pushed {len(done.sent)} graph(s), {done.triples} triples, to {store} ({done.unchanged} unchanged{removed})"
    )
