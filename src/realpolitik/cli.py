"""The ``realpolitik`` command line: a thin layer that maps arguments onto the library."""

from __future__ import annotations

import json
import os
import sys
from contextlib import ExitStack, contextmanager
from datetime import date
from importlib import resources
from pathlib import Path
from typing import TextIO

import click

from realpolitik import __version__
from realpolitik.errors import RealpolitikError
from realpolitik.nlp import FAST_ENV
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


def workers_option(f):  # noqa: ANN001, ANN201 - a click decorator
    return click.option(
        "--workers", "-j", type=click.IntRange(1), default=1, show_default=True,
        help="Worker processes that code in parallel (each loads spaCy once); "
             "output order is unchanged.")(f)


def kb_option(f):  # noqa: ANN001, ANN201 - a click decorator
    return click.option(
        "--kb", multiple=True, type=click.Path(exists=True, dir_okay=False),
        help="Extend the knowledge base with a YAML/CSV/TSV file (repeatable).")(f)


def fast_option(f):  # noqa: ANN001, ANN201 - a click decorator
    def use_fast(_ctx: click.Context, _param: click.Parameter, value: bool) -> None:
        if value:  # read by every Pipeline, inherited by --workers and local Dask workers
            os.environ[FAST_ENV] = "1"
    return click.option(
        "--fast", is_flag=True, expose_value=False, callback=use_fast,
        help="Rule-based entities instead of spaCy's NER: about twice the parse speed, "
             "a little less accurate (docs/performance.md).")(f)


def _knowledge_base(paths: tuple[str, ...]):  # noqa: ANN202
    """The shipped KB, or a fresh copy extended by the user's files."""
    if not paths:
        return None
    from realpolitik.resolve.kb_user import knowledge_base

    return knowledge_base(paths)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="realpolitik")
def main() -> None:
    """Political event data from news: who did what to whom, when, where, with the evidence."""


@main.command("code")
@click.argument("paths", nargs=-1)
@click.option("--sample", is_flag=True, help="Code the bundled sample corpus.")
@click.option("--pub-date", callback=_parse_date, metavar="YYYY-MM-DD",
              help="Publication date for documents that carry none (grounds 'on Thursday').")
@click.option("-o", "--output", type=click.Path(writable=True),
              help="Write events here instead of standard output "
                   "(--engine dask: a directory of Parquet files).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True)
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@click.option("--batch-size", type=click.IntRange(1, 10_000), default=32, show_default=True,
              help="Documents per spaCy batch.")
@click.option("--max-chars", type=click.IntRange(1), default=1_000_000, show_default=True,
              help="Skip documents longer than this (after decoding).")
@workers_option
@click.option("--doc-timeout", type=click.FloatRange(0, min_open=True), default=None,
              metavar="SECONDS",
              help="Skip a document whose coding takes longer than this (E113); "
                   "the next one goes on (--workers 1 only).")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local",
              show_default=True,
              help="dask: code a directory/glob of JSONL/Parquet/HTML on a Dask cluster into "
                   "Parquet files by month under -o DIRECTORY (pip install 'realpolitik[dask]').")
@click.option("--scheduler", metavar="tcp://HOST:PORT",
              help="Dask scheduler to use (default: a LocalCluster of --workers processes, "
                   "one per CPU when --workers is 1).")
@click.option("--chunk-size", type=click.IntRange(1), default=256, show_default=True,
              help="Dask: documents (JSONL lines, Parquet rows, files) per task.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=None,
              help="Leave out events less sure than this (e.g. 0.5 drops the trained "
                   "layer's weakest guesses; every event's confidence is in its record).")
@kb_option
@fast_option
def code_cmd(paths: tuple[str, ...], sample: bool, pub_date: date | None, output: str | None,
             fmt: str, quiet: bool, batch_size: int, max_chars: int, workers: int,
             doc_timeout: float | None, engine: str, scheduler: str | None, chunk_size: int,
             min_confidence: float | None, kb: tuple[str, ...]) -> None:
    """Code news articles into PLOVER events.

    PATHS: .txt, .html/.htm and .jsonl files, directories (recursive), or - for stdin
    (with --engine dask: .jsonl, .parquet, .html/.htm, .txt files, directories or globs).
    """
    from realpolitik.ingest import read_documents

    inputs = list(paths)
    if sample:
        inputs.append(str(sample_corpus_path()))
    if not inputs:
        raise click.UsageError("give at least one PATH (or - for standard input, or --sample)")
    if engine == "dask":
        if min_confidence is not None:
            raise click.UsageError("--min-confidence works with --engine local; filter the "
                                   "Parquet output's confidence column instead")
        _code_dask(inputs, output=output, workers=workers, scheduler=scheduler,
                   chunk_size=chunk_size, batch_size=batch_size, pub_date=pub_date,
                   max_chars=max_chars, kb=kb, quiet=quiet)
        return
    if scheduler:
        raise click.UsageError("--scheduler needs --engine dask")
    if output and Path(output).is_dir():
        raise click.BadParameter(f"{output!r} is a directory", param_hint="'-o' / '--output'")
    errors = _ErrorLog(sys.stderr)
    docs = read_documents(inputs, pub_date=pub_date, on_error=errors, max_chars=max_chars,
                          stdin=sys.stdin.buffer)
    n_docs = 0
    with ExitStack() as stack:
        pipeline = stack.enter_context(_pipeline(workers, batch_size, kb, doc_timeout,
                                                 errors))
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
            if min_confidence is not None:
                events = [e for e in events if e.confidence >= min_confidence]
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


@contextmanager
def _pipeline(workers: int, batch_size: int, kb: tuple[str, ...],  # noqa: ANN202
              doc_timeout: float | None = None, errors=None):  # noqa: ANN001
    """The single-process pipeline, or a pool of ``workers`` processes (each loads its own)."""
    if doc_timeout is not None and workers > 1:
        raise click.UsageError("--doc-timeout needs --workers 1")
    if workers <= 1:
        from realpolitik.pipeline import Pipeline

        try:
            pipeline = Pipeline(batch_size=batch_size, kb=_knowledge_base(kb),
                                doc_timeout=doc_timeout, on_error=errors)
        except RealpolitikError as exc:
            raise click.ClickException(str(exc)) from exc
        yield pipeline
        return
    from realpolitik.parallel import ParallelPipeline

    _check_kb(kb)  # report a bad file here, not from inside a worker
    with ParallelPipeline(workers, batch_size=batch_size,
                          kb_paths=[str(Path(p).resolve()) for p in kb]) as pipeline:
        yield pipeline


def _check_kb(kb: tuple[str, ...]) -> None:
    if kb:
        try:
            _knowledge_base(kb)
        except RealpolitikError as exc:
            raise click.ClickException(str(exc)) from exc


def _code_dask(inputs: list[str], *, output: str | None, workers: int, scheduler: str | None,
               chunk_size: int, batch_size: int, pub_date: date | None, max_chars: int,
               kb: tuple[str, ...], quiet: bool) -> None:
    if not output:
        raise click.UsageError("--engine dask needs -o DIRECTORY (Parquet files by month)")
    if "-" in inputs:
        raise click.UsageError("--engine dask reads files, not standard input")
    try:
        from realpolitik.engine_dask import code_dask
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise click.ClickException("--engine dask needs: pip install 'realpolitik[dask]'") from exc
    _check_kb(kb)
    try:
        stats = code_dask(inputs, output, scheduler=scheduler,
                          n_workers=workers if workers > 1 else None, chunk_size=chunk_size,
                          batch_size=batch_size, pub_date=pub_date, max_chars=max_chars,
                          kb_paths=[str(Path(p).resolve()) for p in kb])
    except RealpolitikError as exc:
        raise click.ClickException(str(exc)) from exc
    for err in stats.errors:
        click.echo(f"realpolitik: {err}", err=True)
    if not quiet:
        click.echo(f"realpolitik: coded {stats.documents} document(s) into {stats.events} "
                   f"event(s) in {stats.chunks} chunk(s)"
                   + (f" ({stats.skipped_chunks} already done)" if stats.skipped_chunks else "")
                   + f" under {output}"
                   + (f"; {len(stats.errors)} input problem(s)" if stats.errors else ""),
                   err=True)
    if stats.documents == 0:
        sys.exit(1)


def _stderr_console():  # noqa: ANN202 - rich imported lazily
    from rich.console import Console

    return Console(stderr=True)


@main.command("evaluate")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False), required=False)
@click.option("--pred", type=click.Path(exists=True, dir_okay=False),
              help="Score these predicted events (JSONL) instead of coding the gold texts.")
@click.option("--factuality", multiple=True,
              type=click.Choice(["asserted", "negated", "planned", "hypothetical",
                                 "reported_claim"]),
              help="Score only predicted events with these factualities (repeatable).")
@click.option("--corrections", is_flag=True,
              help="Use the analysts' corrections in the store (--db) as the gold set.")
@click.option("--db", type=click.Path(dir_okay=False), envvar="REALPOLITIK_DB",
              default="realpolitik.duckdb", show_default=True,
              help="The store whose corrections --corrections reads.")
@click.option("--write-gold", type=click.Path(dir_okay=False, writable=True),
              help="With --corrections: also write the gold set (JSONL) here.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--verbose", "-v", is_flag=True, help="List each document's misses and extras.")
@kb_option
@fast_option
def evaluate_cmd(gold: str | None, pred: str | None, factuality: tuple[str, ...],
                 corrections: bool, db: str, write_gold: str | None, as_json: bool,
                 verbose: bool, kb: tuple[str, ...]) -> None:
    """Precision/recall/F1 of event types and (source, type, target) triples on GOLD.jsonl.

    A GOLD file of labelled mentions (actors, places, dates) is scored for resolution
    accuracy instead. With --corrections, the sentences analysts corrected in the
    store are the gold set (each with its events as corrected; events marked wrong
    left out), and the current coder is scored on them.
    """
    import tempfile

    if corrections == bool(gold):
        raise click.UsageError("give GOLD.jsonl or --corrections (one of them)")
    if corrections:
        from realpolitik.store.corrections import gold_jsonl

        with _open_store(db, read_only=True) as store:
            text = gold_jsonl(store.con)
        if not text:
            raise click.ClickException(f"no corrections in {db}")
        if write_gold:
            Path(write_gold).write_text(text, encoding="utf-8")
            gold = write_gold
        else:
            with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False,
                                             encoding="utf-8") as tmp:
                tmp.write(text)
            gold = tmp.name
        try:
            _score_gold(gold, pred, factuality, as_json, verbose, kb)
        finally:
            if not write_gold:
                Path(gold).unlink(missing_ok=True)
        return
    _score_gold(gold, pred, factuality, as_json, verbose, kb)


def _score_gold(gold: str, pred: str | None, factuality: tuple[str, ...], as_json: bool,
                verbose: bool, kb: tuple[str, ...]) -> None:
    from realpolitik import evaluate as ev
    from realpolitik import evaluate_resolution as er

    if er.is_resolution_gold(gold):
        from realpolitik.pipeline import Pipeline

        try:
            report = er.evaluate_resolution(er.load_passages(gold),
                                            Pipeline(kb=_knowledge_base(kb)))
        except RealpolitikError as exc:
            raise click.ClickException(str(exc)) from exc
        click.echo(json.dumps(report.to_dict(), indent=2) if as_json
                   else report.render_text(verbose))
        return
    try:
        gold_docs = ev.load_gold(gold)
        if pred:
            predicted = ev.load_predictions(pred)
        else:
            from realpolitik.pipeline import Pipeline

            predicted = ev.predict(gold_docs, Pipeline(kb=_knowledge_base(kb)))
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


@main.command("explain")
@click.argument("text", nargs=-1, required=True)
@click.option("--pub-date", callback=_parse_date, metavar="YYYY-MM-DD",
              help="Publication date that grounds 'on Thursday'.")
@kb_option
def explain_cmd(text: tuple[str, ...], pub_date: date | None, kb: tuple[str, ...]) -> None:
    """Show the parse of TEXT and why each event was (or was not) coded."""
    from realpolitik.explain import explain
    from realpolitik.pipeline import Pipeline

    try:
        pipeline = Pipeline(kb=_knowledge_base(kb))
    except RealpolitikError as exc:
        raise click.ClickException(str(exc)) from exc
    explain(" ".join(text), pipeline, sys.stdout, pub_date=pub_date)


@main.command("schema")
def schema_cmd() -> None:
    """Print the JSON Schema of the event record."""
    from realpolitik.schema import event_schema

    click.echo(json.dumps(event_schema(), indent=2, ensure_ascii=False))


# --- the event store ----------------------------------------------------------------------

TABLE_FORMATS = ("table", "csv", "json", "jsonl")


def db_option(fn):  # noqa: ANN001, ANN201 - click decorator
    return click.option("--db", "db", type=click.Path(dir_okay=False), envvar="REALPOLITIK_DB",
                        default="realpolitik.duckdb", show_default=True,
                        help="The event store (env REALPOLITIK_DB).")(fn)


def output_options(fn):  # noqa: ANN001, ANN201 - click decorator
    """The output options shared by every query command."""
    fn = click.option("--format", "fmt", type=click.Choice(TABLE_FORMATS), default="table",
                      show_default=True)(fn)
    return click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True),
                        help="Write here instead of standard output.")(fn)


def _open_store(db: str, *, read_only: bool):  # noqa: ANN202
    from realpolitik.store import EventStore

    try:
        return EventStore(db, read_only=read_only)
    except RealpolitikError as exc:
        raise click.ClickException(str(exc)) from exc


def _emit(frame, fmt: str, output: str | None) -> None:  # noqa: ANN001
    with ExitStack() as stack:
        out: TextIO = (stack.enter_context(open(output, "w", encoding="utf-8", newline=""))
                       if output else sys.stdout)
        if fmt == "csv":
            frame.to_csv(out, index=False, lineterminator="\n")
        elif fmt == "json":
            out.write(frame.to_json(orient="records", date_format="iso", force_ascii=False,
                                    indent=2) + "\n")
        elif fmt == "jsonl":
            if len(frame):
                out.write(frame.to_json(orient="records", lines=True, date_format="iso",
                                        force_ascii=False).rstrip("\n") + "\n")
        else:
            from rich.console import Console
            from rich.markup import escape
            from rich.table import Table

            table = Table(title=f"{len(frame)} rows", show_lines=False)
            for col in frame.columns:
                table.add_column(str(col), overflow="fold")
            for row in frame.itertuples(index=False):
                table.add_row(*(escape(_cell(v)) for v in row))
            Console(file=out, width=None if out.isatty() else 200, highlight=False).print(table)


def _cell(v: object) -> str:
    """A table cell: counts without '.0', midnight timestamps as dates, floats rounded."""
    if _missing(v):
        return ""
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() else f"{v:.3g}" if abs(v) < 1 else f"{v:.2f}"
    if hasattr(v, "hour") and hasattr(v, "date") and not (v.hour or v.minute or v.second):
        return str(v.date())  # type: ignore[union-attr]
    return str(v)


def _missing(v: object) -> bool:
    try:
        import pandas as pd

        return bool(pd.isna(v))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False


@main.command("ingest")
@click.argument("paths", nargs=-1)
@db_option
@click.option("--sample", is_flag=True, help="Ingest the bundled sample corpus.")
@click.option("--pub-date", callback=_parse_date, metavar="YYYY-MM-DD",
              help="Publication date for documents that carry none.")
@click.option("--commit-every", type=click.IntRange(1), default=16, show_default=True,
              help="Whole documents per transaction.")
@click.option("--max-chars", type=click.IntRange(1), default=1_000_000, show_default=True)
@click.option("--quiet", "-q", is_flag=True)
@click.option("--verbose", "-v", is_flag=True, help="One line per document stored.")
@workers_option
@click.option("--doc-timeout", type=click.FloatRange(0, min_open=True), default=None,
              metavar="SECONDS",
              help="Skip a document whose coding takes longer than this (E113); "
                   "the next one goes on (--workers 1 only).")
def ingest_cmd(paths: tuple[str, ...], db: str, sample: bool, pub_date: date | None,
               commit_every: int, max_chars: int, quiet: bool, verbose: bool,
               workers: int, doc_timeout: float | None) -> None:
    """Code documents and store them; documents already stored are skipped.

    With --workers N, N processes code and this process alone writes the store.
    """
    inputs = list(paths) + ([str(sample_corpus_path())] if sample else [])
    if not inputs:
        raise click.UsageError("give at least one PATH (or - for standard input, or --sample)")
    errors = _ErrorLog(sys.stderr)
    store = _open_store(db, read_only=False)
    store.commit_every = commit_every
    try:
        def report(result) -> None:  # noqa: ANN001
            if verbose and result.stored:
                click.echo(f"stored {result.article_hash[:12]} ({result.n_events} events"
                           + (f", copy of {result.copy_of[:12]}" if result.copy_of else "")
                           + ")", err=True)

        with _pipeline(workers, 32, (), doc_timeout, errors) as pipeline:
            stats = store.ingest(inputs, pipeline=pipeline, pub_date=pub_date,
                                 on_error=errors, max_chars=max_chars, stdin=sys.stdin.buffer,
                                 on_document=report)
    except RealpolitikError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        store.close()
    if not quiet:
        click.echo(f"realpolitik: {stats.stored} new document(s) ({stats.copies} near-duplicate), "
                   f"{stats.skipped} already stored; {stats.events} event report(s), "
                   f"{stats.new_clusters} new event(s) in {db}"
                   + (f"; {errors.count} input problem(s)" if errors.count else ""), err=True)
    if stats.documents == 0:
        sys.exit(1)


@main.command("watch")
@click.argument("sources", nargs=-1, required=True)
@db_option
@click.option("--interval", type=click.FloatRange(1), default=300, show_default=True,
              help="Seconds between polls (feeds: at least 60).")
@click.option("--once", is_flag=True, help="Poll every source once and stop.")
@click.option("--allow-private", is_flag=True,
              help="Allow feeds on private or loopback addresses.")
def watch_cmd(sources: tuple[str, ...], db: str, interval: float, once: bool,
              allow_private: bool) -> None:
    """Keep the store current from RSS/Atom feed URLs and folders."""
    from realpolitik.watch import Watcher

    errors = _ErrorLog(sys.stderr)
    store = _open_store(db, read_only=False)
    try:
        watcher = Watcher(store, list(sources), interval=interval, allow_private=allow_private,
                          on_error=errors)
        watcher.run(rounds=1 if once else None, on_round=lambda st: click.echo(
            f"realpolitik: {st.stored} new document(s), {st.events} event report(s)", err=True))
    except RealpolitikError as exc:
        raise click.ClickException(str(exc)) from exc
    except KeyboardInterrupt:
        pass
    finally:
        store.close()


def _common_filters(fn):  # noqa: ANN001, ANN201
    fn = click.option("--start", callback=_parse_date, metavar="YYYY-MM-DD")(fn)
    fn = click.option("--end", callback=_parse_date, metavar="YYYY-MM-DD")(fn)
    return click.option("--factuality", multiple=True,
                        type=click.Choice(["asserted", "negated", "planned", "hypothetical",
                                           "reported_claim"]))(fn)


@main.command("events")
@db_option
@output_options
@_common_filters
@click.option("--country", help="ISO code of an actor or the place.")
@click.option("--actor", help="Part of an actor's name or words.")
@click.option("--type", "event_type", multiple=True, help="PLOVER event type (repeatable).")
@click.option("--quad-class", multiple=True,
              type=click.Choice(["verbal_cooperation", "material_cooperation",
                                 "verbal_conflict", "material_conflict"]))
@click.option("--text", help="Part of the evidence sentence.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=None,
              help="Only events at least this sure (0-1).")
@click.option("--reports", is_flag=True, help="One row per report instead of per event.")
@click.option("--limit", type=click.IntRange(1))
def events_cmd(db: str, fmt: str, output: str | None, start: date | None, end: date | None,
               factuality: tuple[str, ...], country: str | None, actor: str | None,
               event_type: tuple[str, ...], quad_class: tuple[str, ...], text: str | None,
               min_confidence: float | None, reports: bool, limit: int | None) -> None:
    """List stored events (each counted once, however many outlets reported it)."""
    from realpolitik import analysis

    with _open_store(db, read_only=True) as store:
        try:
            frame = analysis.events(store, country=country, actor=actor,
                                    event_type=event_type or None,
                                    quad_class=quad_class or None, factuality=factuality or None,
                                    start=start, end=end, text=text, reports=reports, limit=limit,
                                    min_confidence=min_confidence)
        except ValueError as exc:
            raise click.BadParameter(str(exc)) from exc
    _emit(frame, fmt, output)


@main.command("dyads")
@db_option
@output_options
@_common_filters
@click.option("--country", multiple=True, help="Only pairs with this ISO code (repeatable).")
@click.option("--directed", is_flag=True, help="Keep source → target order.")
@click.option("--reports", is_flag=True, help="Count reports instead of events.")
@click.option("--min-events", type=click.IntRange(1), default=1, show_default=True)
def dyads_cmd(db: str, fmt: str, output: str | None, start: date | None, end: date | None,
              factuality: tuple[str, ...], country: tuple[str, ...], directed: bool,
              reports: bool, min_events: int) -> None:
    """Per pair of actors: events by quad class, mean intensity, net cooperation, trend."""
    from realpolitik import analysis

    with _open_store(db, read_only=True) as store:
        frame = analysis.dyads(store, start=start, end=end, country=country or None,
                               factuality=factuality or None, directed=directed, reports=reports,
                               min_events=min_events)
    _emit(frame, fmt, output)


@main.command("timeline")
@click.argument("a")
@click.argument("b")
@db_option
@output_options
@_common_filters
@click.option("--reports", is_flag=True, help="One row per report.")
def timeline_cmd(a: str, b: str, db: str, fmt: str, output: str | None, start: date | None,
                 end: date | None, factuality: tuple[str, ...], reports: bool) -> None:
    """The events between actors A and B (either direction), by date."""
    from realpolitik import analysis

    with _open_store(db, read_only=True) as store:
        frame = analysis.timeline(store, a, b, start=start, end=end,
                                  factuality=factuality or None, reports=reports)
    _emit(frame, fmt, output)


@main.command("blocs")
@db_option
@output_options
@_common_filters
@click.option("--windows", type=click.IntRange(1), default=4, show_default=True,
              help="Sub-windows for the stability figure.")
@click.option("--min-events", type=click.IntRange(1), default=1, show_default=True)
def blocs_cmd(db: str, fmt: str, output: str | None, start: date | None, end: date | None,
              factuality: tuple[str, ...], windows: int, min_events: int) -> None:
    """Who sides with whom: blocs of the signed cooperation/conflict graph."""
    from realpolitik import analysis

    with _open_store(db, read_only=True) as store:
        frame = analysis.blocs(store, start=start, end=end, factuality=factuality or None,
                               windows=windows, min_events=min_events)
    _emit(frame, fmt, output)


@main.command("shifts")
@db_option
@output_options
@click.option("--before", nargs=2, required=True, metavar="START END",
              help="The first window (YYYY-MM-DD YYYY-MM-DD).")
@click.option("--after", nargs=2, required=True, metavar="START END",
              help="The second window.")
@click.option("--min-events", type=click.IntRange(1), default=1, show_default=True)
@click.option("--limit", type=click.IntRange(1), default=20, show_default=True)
def shifts_cmd(db: str, fmt: str, output: str | None, before: tuple[str, str],
               after: tuple[str, str], min_events: int, limit: int) -> None:
    """Pairs whose relation changed most between two windows."""
    from realpolitik import analysis

    try:
        windows = [tuple(date.fromisoformat(x) for x in w) for w in (before, after)]
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc
    with _open_store(db, read_only=True) as store:
        frame = analysis.shifts(store, before=windows[0], after=windows[1],  # type: ignore[arg-type]
                                min_events=min_events)
    _emit(frame.head(limit), fmt, output)


@main.command("export")
@db_option
@click.option("--format", "fmt", type=click.Choice(["plover-json", "csv", "parquet", "cameo-tsv"]),
              default="plover-json", show_default=True)
@click.option("-o", "--output", help="File (a directory for parquet); default standard output.")
@click.option("--reports", is_flag=True, help="Every stored report, exactly as coded.")
def export_cmd(db: str, fmt: str, output: str | None, reports: bool) -> None:
    """Export the store: PLOVER JSONL, CSV, CAMEO-style TSV, or Parquet by month."""
    from realpolitik.store.export import export

    if fmt == "parquet" and not output:
        raise click.UsageError("--format parquet needs -o DIRECTORY")
    with _open_store(db, read_only=True) as store:
        n = export(store, fmt, output or sys.stdout, reports=reports)
    click.echo(f"realpolitik: exported {n} record(s)", err=True)


# --- the API and dashboard -------------------------------------------------------------------


def server_options(fn):  # noqa: ANN001, ANN201 - click decorator
    for option in reversed([
        click.option("--host", default="127.0.0.1", show_default=True,
                     help="Address to listen on (0.0.0.0 exposes the server to the network)."),
        click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True),
        click.option("--protect-reads", is_flag=True,
                     help="Reads need the bearer token too (writes always do)."),
        click.option("--max-body", type=click.IntRange(1024), default=10_000_000,
                     show_default=True, help="Largest request body in bytes (else 413)."),
        click.option("--write-rate", type=click.FloatRange(0), default=2.0, show_default=True,
                     help="Write requests per second per client (0: unlimited)."),
        click.option("--read-rate", type=click.FloatRange(0), default=0.0, show_default=True,
                     help="Read requests per second per client (0: unlimited)."),
        click.option("--access-log", is_flag=True, help="Log every request."),
    ]):
        fn = option(fn)
    return fn


def _serve(db: str, *, host: str, port: int, protect_reads: bool, max_body: int,
           write_rate: float, read_rate: float, access_log: bool, read_only: bool = False,
           pipeline=None, banner: str = "") -> None:  # noqa: ANN001
    import os

    import uvicorn

    from realpolitik.api import ServerConfig, create_app

    token = os.environ.get("REALPOLITIK_TOKEN") or None
    config = ServerConfig(db=Path(db), token=token, protect_reads=protect_reads,
                          max_body=max_body, write_rate=write_rate, read_rate=read_rate,
                          read_only=read_only)
    try:
        app = create_app(config, pipeline=pipeline)
    except RealpolitikError as exc:
        raise click.ClickException(str(exc)) from exc
    if protect_reads and not token:
        raise click.UsageError("--protect-reads needs REALPOLITIK_TOKEN set")
    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning",
                                           access_log=access_log, server_header=False))
    shown = "[" + host + "]" if ":" in host else host
    click.echo(f"realpolitik: serving {db} at http://{shown}:{port}/ "
               f"(API spec /api/openapi.json; writes "
               + ("need REALPOLITIK_TOKEN" if token else "disabled: REALPOLITIK_TOKEN not set")
               + "); Ctrl-C stops" + banner, err=True)
    server.run()


@main.command("serve")
@db_option
@server_options
@click.option("--read-only", is_flag=True,
              help="Open the store read-only (writes answer 503; other readers may share it).")
def serve_cmd(db: str, host: str, port: int, protect_reads: bool, max_body: int,
              write_rate: float, read_rate: float, access_log: bool, read_only: bool) -> None:
    """Serve the API and the dashboard over the event store.

    Writes (POST /api/articles, corrections) need the bearer token in REALPOLITIK_TOKEN.
    """
    if not Path(db).exists() and read_only:
        raise click.ClickException(f"no event store at {db}: run `realpolitik ingest` first")
    _serve(db, host=host, port=port, protect_reads=protect_reads, max_body=max_body,
           write_rate=write_rate, read_rate=read_rate, access_log=access_log,
           read_only=read_only)


@main.command("demo")
@click.option("--db", type=click.Path(dir_okay=False), default="realpolitik-demo.duckdb",
              show_default=True, help="The demo's store (made fresh from the sample corpus).")
@server_options
def demo_cmd(db: str, host: str, port: int, protect_reads: bool, max_body: int,
             write_rate: float, read_rate: float, access_log: bool) -> None:
    """Ingest the bundled sample corpus into a fresh store and serve the dashboard.

    Without REALPOLITIK_TOKEN a one-time token is made and printed, so corrections work.
    """
    import os
    import secrets

    from realpolitik.pipeline import Pipeline
    from realpolitik.store import EventStore

    for suffix in ("", ".wal"):
        Path(db + suffix).unlink(missing_ok=True)
    pipeline = Pipeline()
    errors = _ErrorLog(sys.stderr)
    try:
        with EventStore(db) as store:
            stats = store.ingest([str(sample_corpus_path())], pipeline=pipeline, on_error=errors)
    except RealpolitikError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"realpolitik: {stats.stored} sample article(s), {stats.events} event report(s) "
               f"in {db}", err=True)
    banner = ""
    if not os.environ.get("REALPOLITIK_TOKEN"):
        os.environ["REALPOLITIK_TOKEN"] = secrets.token_urlsafe(24)
        banner = f"\nrealpolitik: token for corrections: {os.environ['REALPOLITIK_TOKEN']}"
    _serve(db, host=host, port=port, protect_reads=protect_reads, max_body=max_body,
           write_rate=write_rate, read_rate=read_rate, access_log=access_log,
           pipeline=pipeline, banner=banner)


if __name__ == "__main__":
    main()
