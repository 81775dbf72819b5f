"""Distributed coding with Dask: a directory or glob of JSONL/Parquet/HTML → Parquet events.

Install with ``pip install 'realpolitik[dask]'``; the core package never imports Dask.

The input is split into deterministic chunks (:func:`plan`): JSONL files into runs of
``chunk_size`` lines (read by byte offset, so no worker reads the whole file),
Parquet files into runs of rows, and ``.txt``/``.html`` files into groups of files.
Each chunk is one Dask task that codes its documents with the worker process's
cached :class:`~realpolitik.pipeline.Pipeline` and writes its events to
``OUT/month=YYYY-MM/part-NNNNNN.parquet`` (``month=unknown`` for undated events),
then a marker ``OUT/_done/part-NNNNNN.json``. File names depend only on the chunk,
and files are written under a temporary name and renamed, so a task that is retried
(its worker died) rewrites the same files: no document is lost or duplicated. A run
that was stopped is resumed by running it again: chunks with a marker for the same
input are skipped.

Documents are read exactly as ``realpolitik code`` reads them (same ids, same
cleaning), so the events — and their ids — are those of the single-process run.
Query the output with DuckDB::

    SELECT * FROM read_parquet('OUT/*/*.parquet', hive_partitioning = true)
"""

from __future__ import annotations

import datetime as dt
import glob
import hashlib
import json
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from realpolitik.errors import RealpolitikError
from realpolitik.model import Actor, Article, Event

__all__ = ["EVENT_COLUMNS", "Chunk", "DaskRunStats", "code_chunk", "code_dask", "event_row",
           "plan", "read_chunk", "read_events"]

INPUT_SUFFIXES = {".jsonl": "jsonl", ".parquet": "parquet", ".html": "html", ".htm": "html",
                  ".txt": "text"}
DONE_DIR = "_done"

EVENT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("event_id", "string"), ("doc_id", "string"), ("sentence_index", "int32"),
    ("event_type", "string"), ("mode", "string"), ("quad_class", "string"),
    ("intensity", "float64"), ("source", "string"), ("target", "string"),
    ("location_name", "string"), ("location_country", "string"), ("lat", "float64"),
    ("lon", "float64"), ("date", "date32"), ("date_precision", "string"),
    ("factuality", "string"), ("trigger", "string"), ("evidence_text", "string"),
    ("confidence", "float64"), ("cameo", "string"),
    ("chunk", "int32"), ("position", "int32"), ("record", "string"),
)
"""The columns of the event files: the flat columns of ``realpolitik export --format
parquet`` (without report counts), the chunk and position of the event in the run
(input order), and ``record``, the full event as contract JSON."""


@dataclass(frozen=True, slots=True)
class Chunk:
    """A deterministic slice of the input: one task."""

    index: int
    path: str
    kind: str
    start: int = 0
    """JSONL: byte offset; Parquet: first row; files: unused."""
    first_line: int = 1
    count: int = 0
    """JSONL: lines; Parquet: rows."""
    files: tuple[str, ...] = ()
    """``.txt``/``.html`` chunks: the files."""

    @property
    def name(self) -> str:
        return f"part-{self.index:06d}"

    def fingerprint(self) -> str:
        return hashlib.sha256(json.dumps(asdict(self), sort_keys=True).encode()).hexdigest()[:16]


@dataclass(slots=True)
class DaskRunStats:
    chunks: int = 0
    skipped_chunks: int = 0
    documents: int = 0
    events: int = 0
    errors: list[str] = field(default_factory=list)


# --- planning ----------------------------------------------------------------------------


def expand_inputs(inputs: Sequence[str | Path]) -> list[Path]:
    """Files named by ``inputs`` (files, directories walked recursively, globs), in order."""
    out: list[Path] = []
    for item in inputs:
        s = str(item)
        if any(c in s for c in "*?["):
            matches = sorted(glob.glob(s, recursive=True))
            paths = [Path(m) for m in matches]
        else:
            paths = [Path(s)]
        for path in paths:
            if path.is_dir():
                out.extend(_walk(path))
            elif path.is_file() and path.suffix.lower() in INPUT_SUFFIXES:
                out.append(path)
            elif not path.exists():
                raise RealpolitikError("E002", where=str(path))
    return out


def _walk(directory: Path) -> Iterator[Path]:
    """Like ``realpolitik code`` on a directory: sorted, recursive, hidden entries skipped."""
    with os.scandir(directory) as it:
        entries = sorted(it, key=lambda e: e.name)
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        if entry.is_dir():
            yield from _walk(path)
        elif entry.is_file() and path.suffix.lower() in INPUT_SUFFIXES:
            yield path


def plan(inputs: Sequence[str | Path], *, chunk_size: int = 256) -> list[Chunk]:
    """Split the input into chunks of about ``chunk_size`` documents, deterministically."""
    chunks: list[Chunk] = []
    group: list[str] = []

    def close_group() -> None:
        if group:
            chunks.append(Chunk(len(chunks), group[0], "files", files=tuple(group)))
            group.clear()

    for path in expand_inputs(inputs):
        kind = INPUT_SUFFIXES[path.suffix.lower()]
        if kind in ("text", "html"):
            group.append(str(path))
            if len(group) >= chunk_size:
                close_group()
            continue
        close_group()
        if kind == "jsonl":
            for start, first, count in _jsonl_slices(path, chunk_size):
                chunks.append(Chunk(len(chunks), str(path), "jsonl", start, first, count))
        else:
            import pyarrow.parquet as pq

            rows = pq.ParquetFile(path).metadata.num_rows
            for start in range(0, rows, chunk_size):
                chunks.append(Chunk(len(chunks), str(path), "parquet", start,
                                    count=min(chunk_size, rows - start)))
    close_group()
    return chunks


def _jsonl_slices(path: Path, chunk_size: int) -> Iterator[tuple[int, int, int]]:
    """(byte offset, first line number, line count) of each run of ``chunk_size`` lines."""
    with path.open("rb") as fh:
        head = fh.read(4)
        fh.seek(0)
        if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
            # UTF-16/32: lines are not byte lines; the whole file is one chunk
            yield 0, 1, -1
            return
        offset, first, count = 0, 1, 0
        pos = 0
        for line in fh:
            count += 1
            pos += len(line)
            if count == chunk_size:
                yield offset, first, count
                offset, first, count = pos, first + count, 0
        if count:
            yield offset, first, count


# --- one chunk ---------------------------------------------------------------------------


def read_chunk(chunk: Chunk, *, pub_date: dt.date | None = None, max_chars: int = 1_000_000,
               on_error: Callable[[RealpolitikError], None] | None = None) -> Iterator[Article]:
    """The articles of one chunk, read exactly as ``read_documents`` reads them."""
    from realpolitik.ingest import read_documents
    from realpolitik.ingest.readers import DocumentReader

    errors = on_error or (lambda err: None)
    if chunk.kind == "files":
        yield from read_documents(list(chunk.files), pub_date=pub_date, on_error=errors,
                                  max_chars=max_chars)
        return
    if chunk.kind == "jsonl" and chunk.count < 0:
        yield from read_documents([chunk.path], pub_date=pub_date, on_error=errors,
                                  max_chars=max_chars)
        return
    reader = DocumentReader(pub_date, errors, max_chars, None)
    path = Path(chunk.path)
    if chunk.kind == "jsonl":
        with path.open("rb") as fh:
            fh.seek(chunk.start)
            for i in range(chunk.count):
                raw = fh.readline()
                lineno = chunk.first_line + i
                if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
                    raw = raw[3:]
                line = reader.decode_as(raw, "utf-8", f"{path}:{lineno}")
                if not line.strip():
                    continue
                article = reader.jsonl_record(line, where=f"{path}:{lineno}",
                                              fallback_id=f"{path.stem}:{lineno}")
                if article is not None:
                    yield article
        return
    import pyarrow.parquet as pq

    table = pq.read_table(path).slice(chunk.start, chunk.count)
    for i, record in enumerate(table.to_pylist()):
        row = chunk.start + i + 1
        clean = {k: (v.isoformat() if isinstance(v, dt.date | dt.datetime) else v)
                 for k, v in record.items()}
        article = reader.record(clean, where=f"{path}:row {row}",
                                fallback_id=f"{path.stem}:{row}")
        if article is not None:
            yield article


def _actor_code(actors: list[Actor]) -> str | None:
    """As in the store's Parquet export: each actor's country, else name, else words."""
    if not actors:
        return None
    return ";".join(a.country or a.name or a.text for a in actors)


def event_row(event: Event, *, chunk: int = 0, position: int = 0) -> dict[str, Any]:
    """One event as a flat Parquet row (see :data:`EVENT_COLUMNS`)."""
    loc = event.location
    return {
        "event_id": event.event_id, "doc_id": event.doc_id,
        "sentence_index": event.sentence_index, "event_type": event.event_type,
        "mode": event.mode, "quad_class": event.quad_class, "intensity": event.intensity,
        "source": _actor_code(event.source), "target": _actor_code(event.target),
        "location_name": loc.name if loc else None,
        "location_country": loc.country if loc else None,
        "lat": loc.lat if loc else None, "lon": loc.lon if loc else None,
        "date": dt.date.fromisoformat(event.date) if event.date else None,
        "date_precision": event.date_precision, "factuality": event.factuality,
        "trigger": event.trigger, "evidence_text": event.evidence.text,
        "confidence": event.confidence, "cameo": event.cameo,
        "chunk": chunk, "position": position,
        "record": json.dumps(event.to_dict(), ensure_ascii=False),
    }


def _schema():  # noqa: ANN202 - pyarrow imported lazily
    import pyarrow as pa

    types = {"string": pa.string(), "int32": pa.int32(), "float64": pa.float64(),
             "date32": pa.date32()}
    return pa.schema([(name, types[t]) for name, t in EVENT_COLUMNS])


def _write_atomic(path: Path, write: Callable[[Any], None]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "wb") as fh:
        write(fh)
    os.replace(tmp, path)


def code_chunk(chunk: Chunk, out_dir: str, *, pub_date: dt.date | None = None,
               max_chars: int = 1_000_000, batch_size: int = 32,
               kb_paths: tuple[str, ...] = ()) -> dict[str, Any]:
    """Code one chunk with this process's pipeline and write its Parquet files (a Dask task)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from realpolitik.parallel import worker_pipeline

    pipeline = worker_pipeline(batch_size, kb_paths)
    errors: list[str] = []
    articles = read_chunk(chunk, pub_date=pub_date, max_chars=max_chars,
                          on_error=lambda err: errors.append(str(err)))
    by_month: dict[str, list[dict[str, Any]]] = {}
    n_docs = n_events = 0
    for _article, events in pipeline.code_articles(articles):
        n_docs += 1
        for event in events:
            month = event.date[:7] if event.date else "unknown"
            by_month.setdefault(month, []).append(
                event_row(event, chunk=chunk.index, position=n_events))
            n_events += 1
    out = Path(out_dir)
    schema = _schema()
    for month, rows in sorted(by_month.items()):
        table = pa.Table.from_pylist(rows, schema=schema)
        _write_atomic(out / f"month={month}" / f"{chunk.name}.parquet",
                      lambda fh, table=table: pq.write_table(table, fh))
    summary = {"chunk": chunk.index, "fingerprint": chunk.fingerprint(), "documents": n_docs,
               "events": n_events, "months": sorted(by_month), "errors": errors}
    payload = json.dumps(summary, ensure_ascii=False).encode()
    _write_atomic(out / DONE_DIR / f"{chunk.name}.json", lambda fh: fh.write(payload))
    return summary


def _done(out: Path, chunk: Chunk) -> dict[str, Any] | None:
    marker = out / DONE_DIR / f"{chunk.name}.json"
    try:
        summary = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return summary if summary.get("fingerprint") == chunk.fingerprint() else None


# --- the run -----------------------------------------------------------------------------


def code_dask(inputs: Sequence[str | Path], out_dir: str | Path, *,
              scheduler: str | None = None, client: Any = None, n_workers: int | None = None,
              chunk_size: int = 256, batch_size: int = 32, pub_date: dt.date | None = None,
              max_chars: int = 1_000_000, kb_paths: Sequence[str] = (), retries: int = 3,
              on_chunk: Callable[[dict[str, Any]], None] | None = None) -> DaskRunStats:
    """Code ``inputs`` on a Dask cluster into Parquet files under ``out_dir``.

    ``client`` (a ``distributed.Client``) or ``scheduler`` (``tcp://HOST:PORT``) picks the
    cluster; with neither, a ``LocalCluster`` of ``n_workers`` single-threaded worker
    processes (default: the usable CPUs) is started for the run. Chunks already done
    (same input slice, a marker under ``out_dir/_done``) are skipped.
    """
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise RuntimeError("the Dask engine needs: pip install 'realpolitik[dask]'") from exc

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    chunks = plan(inputs, chunk_size=chunk_size)
    stats = DaskRunStats(chunks=len(chunks))
    todo = []
    for chunk in chunks:
        summary = _done(out, chunk)
        if summary is None:
            todo.append(chunk)
        else:
            stats.skipped_chunks += 1
            _count(stats, summary)
    if not todo:
        return stats

    cluster = None
    own_client = client is None
    if client is None:
        if scheduler:
            client = Client(scheduler)
        else:
            from realpolitik.parallel import default_workers

            cluster = LocalCluster(n_workers=n_workers or default_workers(),
                                   threads_per_worker=1, processes=True,
                                   dashboard_address=None)
            client = Client(cluster)
    try:
        kb = tuple(str(p) for p in kb_paths)
        futures = [client.submit(code_chunk, chunk, str(out), pub_date=pub_date,
                                 max_chars=max_chars, batch_size=batch_size, kb_paths=kb,
                                 key=f"realpolitik-{chunk.name}-{chunk.fingerprint()}",
                                 retries=retries, pure=False)
                   for chunk in todo]
        for future in as_completed(futures):
            summary = future.result()
            _count(stats, summary)
            if on_chunk is not None:
                on_chunk(summary)
            future.release()
    finally:
        if own_client:
            client.close()
        if cluster is not None:
            cluster.close()
    return stats


def _count(stats: DaskRunStats, summary: dict[str, Any]) -> None:
    stats.documents += summary["documents"]
    stats.events += summary["events"]
    stats.errors.extend(summary.get("errors", []))


def read_events(out_dir: str | Path) -> list[dict[str, Any]]:
    """The events of a run, as contract records, in input order (for tests and tools)."""
    import pyarrow.parquet as pq

    rows: list[tuple[int, int, str]] = []
    for path in sorted(Path(out_dir).glob("month=*/part-*.parquet")):
        table = pq.read_table(path, columns=["chunk", "position", "record"])
        rows.extend(zip(*(table.column(c).to_pylist() for c in ("chunk", "position", "record")),
                        strict=True))
    rows.sort()
    return [json.loads(record) for _c, _p, record in rows]
