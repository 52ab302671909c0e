"""The `kg` command: a thin click wrapper over the library; no logic lives here.

The commands live by what they are for: making and checking a graph
(kg.cli.make), asking it (kg.cli.ask), seeing it and taking it elsewhere
(kg.cli.see). This module holds the group and the options they share.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from kg import __version__
from kg.errors import KgError, shown

if TYPE_CHECKING:  # imported when a command needs them: they are slow to import
    import networkx as nx
    import pyoxigraph as ox

DEFAULT_GRAPH = Path("exports/graph.ttl")


def one_line_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn a KgError into click's one-line `Error: …` and exit code 1."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except KgError as err:
            raise click.ClickException(str(err)) from None

    return wrapper


class Text(click.ParamType):
    """A string argument that must be valid UTF-8 (a name, a query, a URL): bytes that are not are a one-line
    error, not a traceback later. File paths are not of this type: a file may be named in any bytes."""

    name = "text"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> str:
        text = str(value)
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            escaped = text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
            what = param.opts[-1] if isinstance(param, click.Option) else (param.human_readable_name if param else "")
            raise click.ClickException(f"{what}: not valid UTF-8: {shown(escaped)}") from None
        return text


TEXT = Text()

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


format_option = click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "json"]),
    default="table",
    show_default=True,
    help="Output format.",
)


def open_store(graph_path: Path) -> ox.Store:
    from kg.files import load_store

    return load_store(graph_path)


def show(result, fmt: str) -> None:  # noqa: ANN001
    from kg.query import format_result

    click.echo(format_result(result, fmt))


def open_network(graph_path: Path) -> nx.MultiDiGraph:
    from kg.network import load_network

    return load_network(open_store(graph_path))


# the commands register themselves on main when their modules are imported
from kg.cli import ask, make, see  # noqa: E402,F401
