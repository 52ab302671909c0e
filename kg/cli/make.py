"""Making and checking a graph: kg build, kg validate, kg eval."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import Any, TextIO

import click

from kg.cli import TEXT, graph_option, main, one_line_errors


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
@click.option(
    "--store/--no-store",
    default=True,
    show_default=True,
    help="Also write OUT/store/, an Oxigraph store of the graph that every command opens in milliseconds.",
)
@click.option(
    "--cache/--no-cache",
    default=True,
    show_default=True,
    help="Keep what each file gave in OUT/.cache/ and skip files unchanged since the last build.",
)
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes that read files at once  [default: the number of cores].",
)
@click.option(
    "--executor",
    type=click.Choice(["processes", "dask"]),
    default="processes",
    show_default=True,
    help="Where files are read: worker processes here, or a Dask cluster (pip install 'govkg[dask]').",
)
@click.option(
    "--scheduler",
    type=TEXT,
    metavar="ADDR",
    help="The Dask scheduler to read on (tcp://HOST:8786); implies --executor dask  [default: a local cluster of --jobs workers].",
)
@click.option(
    "--encoding",
    type=TEXT,
    help="Decode text files as this (gb18030, big5, utf-16…) instead of telling their encoding.",
)
@one_line_errors
def build(inputs: tuple[Path, ...], out_dir: Path, jobs: int | None, scheduler: str | None, **options: Any) -> None:
    """Build the graph from gazettes: text, PDF, HTML or Word files, or folders of them (default: seeds/).

    Tells each file's format by its bytes, reads it keeping where each line
    stands in it, repairs PDF damage, splits documents and tasks, reads
    tables, extracts who does what, and writes OUT/graph.ttl, OUT/graph.nq
    (each file's facts in a named graph), OUT/graph.html and OUT/store/ (an
    Oxigraph store that later commands open instead of parsing graph.ttl).
    Files are read in parallel (or on a Dask cluster); a file unchanged since
    the last build into OUT is not read again. The graph is the same for any
    number of jobs. On a terminal a progress line shows files, MB/s and the
    time left.

    \b
    Example:
      kg build                          # seeds/ → exports/graph.ttl
      kg build gazettes/ -o /tmp/kg     # a folder of .txt, .pdf, .html, .docx files
      kg build a.pdf b.html -j 2        # two files, two worker processes
      kg build gazettes/ --scheduler tcp://10.0.0.5:8786   # read on a Dask cluster
    """
    from kg.pipeline import build as run_build

    paths = list(inputs) or [Path("seeds")]
    started = time.perf_counter()
    progress = ProgressLine(sys.stderr)
    if scheduler:
        options["executor"] = "dask"
    jobs = jobs or os.cpu_count() or 1

    def busy() -> None:
        click.echo(f"{out_dir}: another build is writing there; waiting for it", err=True)

    result = run_build(
        paths, out_dir, progress=progress, jobs=jobs, scheduler=scheduler, on_busy=busy, keep=False, **options
    )
    progress.done()
    elapsed = time.perf_counter() - started
    counts = result.counts()
    encodings = ", ".join(sorted({s.encoding for s in result.sources}))
    written = f"{result.output}" + (f" and {out_dir / 'graph.html'}" if options["html"] and not result.undrawn else "")
    if result.undrawn:
        written += (
            f" (no graph.html: {result.undrawn:,} nodes are more than a page can draw;"
            " `kg viz --focus NAME` or `--doc 文号` draws a part)"
        )
    reused = f", {result.cached} unchanged since the last build" if result.cached else ""
    click.echo(f"read {len(result.sources)} file(s) ({encodings}{reused}); wrote {written} in {elapsed:.2f} s")
    click.echo("  " + ", ".join(f"{name} {n}" for name, n in counts.items()))


class ProgressLine:
    """One line on a terminal, rewritten as files are read: files done, MB, MB/s, time left. Quiet in a pipe."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.on = stream.isatty()
        self.started = time.perf_counter()
        self.bytes = 0
        self.shown = False

    def __call__(self, n: int, total: int, path: Path) -> None:
        if not self.on or total <= 1:
            return
        self.bytes += path.stat().st_size if path.exists() else 0
        elapsed = max(time.perf_counter() - self.started, 1e-6)
        rate = self.bytes / 1e6 / elapsed
        left = elapsed / n * (total - n)
        line = f"[{n}/{total}] {self.bytes / 1e6:.1f} MB, {rate:.2f} MB/s, {left:.0f} s left"
        self.stream.write("\r" + line.ljust(60))
        self.stream.flush()
        self.shown = True

    def done(self) -> None:
        if self.shown:
            self.stream.write("\n")
            self.stream.flush()


@main.command()
@graph_option
@one_line_errors
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
@click.argument("gold", required=False, type=click.Path(path_type=Path, dir_okay=False))
@graph_option
@click.option(
    "--corpus",
    type=click.Path(path_type=Path, file_okay=False),
    help="Score a corpus folder instead: build each text of its MANIFEST.json and score it against its gold.",
)
@click.option(
    "--misses", type=click.IntRange(min=0), default=0, help="List up to N missed and N extra items per category."
)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@one_line_errors
def eval_command(gold: Path | None, graph_path: Path, corpus: Path | None, misses: int, fmt: str) -> None:
    """Score the graph against a gold file, or govkg on a corpus: P/R/F1 per category.

    Scoring follows the annotation guideline: text is compared after NFKC
    and removal of whitespace; a list in the gold holds acceptable forms.
    With --corpus, each document is built on its own; the table shows F1 per
    document and category, then P/R/F1 micro-averaged over the documents rules
    were written from and over the held-back ones, apart (--misses lists the
    development part's only).

    \b
    Example:
      kg eval tests/data/seed_gold.json --misses 5
      kg eval --corpus corpus/
    """
    if (gold is None) == (corpus is None):
        raise click.UsageError("give a GOLD file or --corpus DIR, not both")
    if corpus is not None:
        from kg.corpus import corpus_json, evaluate_corpus, format_corpus

        results = evaluate_corpus(corpus)
        click.echo(corpus_json(results) if fmt == "json" else format_corpus(results, misses))
        return
    from kg.evaluate import evaluate, format_scores, scores_json

    scores = evaluate(graph_path, gold)
    click.echo(scores_json(scores) if fmt == "json" else format_scores(scores, misses))
