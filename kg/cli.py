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
@_errors_as_one_line
def build(inputs: tuple[Path, ...], out_dir: Path) -> None:
    """Build the graph from gazette text files or folders (default: seeds/).

    Reads each .txt file (UTF-8, UTF-16 or GB18030; Traditional script is
    converted), repairs PDF damage, splits documents and tasks, and writes
    OUT/graph.ttl.

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

    result = run_build(paths, out_dir, progress=progress)
    elapsed = time.perf_counter() - started
    counts = result.counts()
    encodings = ", ".join(sorted({s.encoding for s in result.sources}))
    click.echo(f"read {len(result.sources)} file(s) ({encodings}); wrote {result.output} in {elapsed:.2f} s")
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


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
