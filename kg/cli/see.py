"""Seeing the graph and taking it elsewhere: kg viz, kg stats, kg export."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli import format_option, graph_option, main, one_line_errors, open_network, open_store


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
    from kg.network import select, write_html

    role_set = {r.strip() for r in roles.replace("，", ",").split(",") if r.strip()} if roles else None
    if role_set and not role_set <= {"牵头", "配合", "负责"}:
        raise click.BadParameter("roles are 牵头, 配合 and 负责", param_hint="--role")
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

    from kg.network import stats as compute
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

    target = out or Path(f"exports/graph.{fmt}")
    data = export_bytes(open_store(graph_path), fmt)
    from kg.files import write_atomic

    write_atomic(target, data)
    click.echo(f"wrote {target} ({len(data)} bytes)")
