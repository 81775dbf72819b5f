"""The ``realpolitik`` command line: a thin layer that maps arguments onto the library."""

from __future__ import annotations

import json
import sys
from contextlib import ExitStack
from datetime import date
from importlib import resources
from pathlib import Path
from typing import TextIO

import click

from realpolitik import __version__
from realpolitik.errors import RealpolitikError
from realpolitik.output import FORMATS, EventWriter

SAMPLE_CORPUS = "data/sample/articles.jsonl"


def sample_corpus_path() -> Path:
    return Path(str(resources.files("realpolitik").joinpath(SAMPLE_CORPUS)))


def _parse_date(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


class _ErrorLog:
    """Prints each input problem as one line on stderr and counts them."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.count = 0

    def __call__(self, err: RealpolitikError) -> None:
        self.count += 1
        self.stream.write(f"realpolitik: {err}\n")
        self.stream.flush()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="realpolitik")
def main() -> None:
    """Political event data from news: who did what to whom, when, where, with the evidence."""


@main.command("code")
@click.argument("paths", nargs=-1)
@click.option("--sample", is_flag=True, help="Code the bundled sample corpus.")
@click.option("--pub-date", callback=_parse_date, metavar="YYYY-MM-DD",
              help="Publication date for documents that carry none (grounds 'on Thursday').")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
              help="Write events here instead of standard output.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.option("--batch-size", type=click.IntRange(1, 10_000), default=32, show_default=True,
              help="Documents per spaCy batch.")
@click.option("--max-chars", type=click.IntRange(1), default=1_000_000, show_default=True,
              help="Skip documents longer than this (after decoding).")
def code_cmd(paths: tuple[str, ...], sample: bool, pub_date: date | None, output: str | None,
             fmt: str, quiet: bool, batch_size: int, max_chars: int) -> None:
    """Code news articles into PLOVER events.

    PATHS: .txt, .html/.htm and .jsonl files, directories (recursive), or - for stdin.
    """
    from realpolitik.ingest import read_documents
    from realpolitik.pipeline import Pipeline

    inputs = list(paths)
    if sample:
        inputs.append(str(sample_corpus_path()))
    if not inputs:
        raise click.UsageError("give at least one PATH (or - for standard input, or --sample)")
    errors = _ErrorLog(sys.stderr)
    try:
        pipeline = Pipeline(batch_size=batch_size)
    except RealpolitikError as exc:
        raise click.ClickException(str(exc)) from exc
    docs = read_documents(inputs, pub_date=pub_date, on_error=errors, max_chars=max_chars,
                          stdin=sys.stdin.buffer)
    n_docs = 0
    with ExitStack() as stack:
        out: TextIO = (stack.enter_context(open(output, "w", encoding="utf-8", newline=""))
                       if output else sys.stdout)
        writer = EventWriter(out, fmt)
        progress = None
        if not quiet and sys.stderr.isatty():
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            progress = stack.enter_context(Progress(
                SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                console=_stderr_console(), transient=True))
            task = progress.add_task("coding", total=None)
        for _article, events in pipeline.code_articles(docs):
            n_docs += 1
            writer.write(events)
            if progress is not None:
                progress.update(task, advance=1,
                                description=f"{n_docs} documents, {writer.count} events")
        writer.close()
    if not quiet:
        click.echo(f"realpolitik: coded {n_docs} document(s) into {writer.count} event(s)"
                   + (f"; {errors.count} input problem(s)" if errors.count else ""), err=True)
    if n_docs == 0:
        sys.exit(1)


def _stderr_console():  # noqa: ANN202 - rich imported lazily
    from rich.console import Console

    return Console(stderr=True)


@main.command("evaluate")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--pred", type=click.Path(exists=True, dir_okay=False),
              help="Score these predicted events (JSONL) instead of coding the gold texts.")
@click.option("--factuality", multiple=True,
              type=click.Choice(["asserted", "negated", "planned", "hypothetical",
                                 "reported_claim"]),
              help="Score only predicted events with these factualities (repeatable).")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--verbose", "-v", is_flag=True, help="List each document's misses and extras.")
def evaluate_cmd(gold: str, pred: str | None, factuality: tuple[str, ...], as_json: bool,
                 verbose: bool) -> None:
    """Precision/recall/F1 of event types and (source, type, target) triples on GOLD.jsonl."""
    from realpolitik import evaluate as ev

    try:
        gold_docs = ev.load_gold(gold)
        if pred:
            predicted = ev.load_predictions(pred)
        else:
            predicted = code_gold(gold_docs)
    except RealpolitikError as exc:
        raise click.ClickException(str(exc)) from exc
    report = ev.score(gold_docs, predicted, factuality=set(factuality) or None)
    if as_json:
        click.echo(json.dumps(report.to_dict(), indent=2))
    else:
        click.echo(report.render_text())
    if verbose:
        click.echo(ev.render_error_analysis(ev.error_analysis(gold_docs, predicted,
                                                              factuality=set(factuality) or None)))


def code_gold(gold_docs: list) -> dict[str, list[dict]]:  # type: ignore[type-arg]
    """Code the texts of a gold set with the default pipeline."""
    from realpolitik.ingest import clean_text
    from realpolitik.model import Article
    from realpolitik.pipeline import Pipeline

    pipeline = Pipeline()
    articles = []
    for g in gold_docs:
        cleaned = clean_text(g.text)
        articles.append(Article(doc_id=g.id, text=cleaned.text,
                                date=date.fromisoformat(g.date) if g.date else None,
                                truncated=False))
    return {a.doc_id: [e.to_dict() for e in events]
            for a, events in pipeline.code_articles(articles)}


@main.command("schema")
def schema_cmd() -> None:
    """Print the JSON Schema of the event record."""
    from realpolitik.schema import event_schema

    click.echo(json.dumps(event_schema(), indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
