"""The event store: one embedded DuckDB file holding articles, events and their clusters.

``EventStore`` owns the connection, the schema (:mod:`.migrations`), ingest and
the low-level queries the analysis functions build on. Ingest is idempotent by
content hash and atomic per document: an article, its sentences, events, actor
mentions and cluster updates are written in one transaction, so a run killed at
any point leaves whole documents or none, and re-running resumes where it stopped.
All SQL takes values as parameters; identifiers only ever come from fixed lists.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb

from realpolitik.errors import RealpolitikError
from realpolitik.model import Actor, Article, Event
from realpolitik.store import corrections, dedup, summary
from realpolitik.store.migrations import MIGRATIONS, migrate, schema_version

if TYPE_CHECKING:
    import pandas as pd

    from realpolitik.pipeline import Pipeline

DEFAULT_DB = "realpolitik.duckdb"
DB_ENV = "REALPOLITIK_DB"

CORRECTABLE = corrections.FIELDS
"""What an analyst may correct: event columns, the source/target actors, or ``wrong``."""


def default_db_path() -> Path:
    return Path(os.environ.get(DB_ENV) or DEFAULT_DB)


@dataclass(slots=True)
class AddResult:
    article_hash: str
    stored: bool
    n_events: int = 0
    copy_of: str | None = None
    similarity: float | None = None
    new_clusters: int = 0


@dataclass(slots=True)
class IngestStats:
    documents: int = 0
    stored: int = 0
    skipped: int = 0
    copies: int = 0
    events: int = 0
    new_clusters: int = 0
    coding_seconds: float = 0.0
    store_seconds: float = 0.0
    results: list[AddResult] = field(default_factory=list)


def _is_lock_error(exc: Exception) -> bool:
    msg = str(exc).lower()
    return "lock" in msg and ("conflicting" in msg or "could not set" in msg)


class _Reads:
    """Parameterised reads over ``self.con`` (what the analysis functions call)."""

    con: duckdb.DuckDBPyConnection

    def query(self, sql: str, params: Iterable[Any] = ()) -> pd.DataFrame:
        """Run a parameterised query and return a DataFrame."""
        return self.con.execute(sql, list(params)).df()

    def scalar(self, sql: str, params: Iterable[Any] = ()) -> Any:
        row = self.con.execute(sql, list(params)).fetchone()
        return row[0] if row else None


class EventStore(_Reads):
    """An embedded DuckDB event database (one file; one writer process at a time)."""

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False,
                 commit_every: int = 16) -> None:
        self.path = Path(path) if path is not None else default_db_path()
        self.read_only = read_only
        if read_only and not self.path.exists():
            raise RealpolitikError("E404", where=str(self.path))
        self.con = self._connect(read_only)
        version = self._version()
        latest = len(MIGRATIONS)
        if version > latest:
            self.con.close()
            raise RealpolitikError("E403", where=str(self.path), found=version, known=latest)
        if version < latest:
            if read_only:  # bring the schema up to date, then reopen for reading
                self.con.close()
                self.con = self._connect(False)
                self._migrate()
                self.con.close()
                self.con = self._connect(True)
            else:
                self._migrate()
        self._index: dedup.StoryIndex | None = None
        self._clusters: _ClusterIndex | None = None
        self._next_eid: int | None = None
        self._stored: set[str] | None = None
        self._story_events: dict[str, list[tuple[int, str, str, str]]] = {}
        self._batch = _Batch()
        self.commit_every = commit_every

    # --- connection ---------------------------------------------------------------------

    def _connect(self, read_only: bool) -> duckdb.DuckDBPyConnection:
        try:
            con = duckdb.connect(str(self.path), read_only=read_only)
            con.execute("SET enable_progress_bar = false")  # no bars on the terminal
            return con
        except duckdb.Error as exc:
            if _is_lock_error(exc):
                raise RealpolitikError("E401", where=str(self.path),
                                       why=str(exc).splitlines()[0]) from exc
            raise RealpolitikError("E402", where=str(self.path),
                                   why=str(exc).splitlines()[0]) from exc

    def _version(self) -> int:
        try:
            return schema_version(self.con)
        except duckdb.Error as exc:
            self.con.close()
            raise RealpolitikError("E402", where=str(self.path),
                                   why=str(exc).splitlines()[0]) from exc

    def _migrate(self) -> None:
        try:
            migrate(self.con)
        except duckdb.Error as exc:
            raise RealpolitikError("E405", where=str(self.path), why=str(exc)) from exc

    @property
    def schema_version(self) -> int:
        return schema_version(self.con)

    def close(self) -> None:
        try:
            if not self.read_only:
                self.flush()
        finally:
            self.con.close()

    def __enter__(self) -> EventStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- queries ------------------------------------------------------------------------

    def has_article(self, article_hash: str) -> bool:
        if self._stored is not None:
            return article_hash in self._stored
        return bool(self.scalar("SELECT count(*) FROM articles WHERE article_hash = ?",
                                [article_hash]))

    @property
    def stored_hashes(self) -> set[str]:
        """Content hashes of the stored articles (read once per writer, kept in step)."""
        if self._stored is None:
            self._stored = {h for (h,) in self.con.execute(
                "SELECT article_hash FROM articles").fetchall()}
        return self._stored

    def counts(self) -> dict[str, int]:
        """Rows per table, plus counted events (clusters) and reports."""
        out = {t: int(self.scalar(f"SELECT count(*) FROM {t}"))  # noqa: S608 - fixed names
               for t in ("articles", "sentences", "actors", "events", "event_actors",
                         "event_clusters", "corrections")}
        out["copies"] = int(self.scalar("SELECT count(*) FROM articles WHERE copy_of IS NOT NULL"))
        return out

    # --- ingest -------------------------------------------------------------------------

    @property
    def story_index(self) -> dedup.StoryIndex:
        if self._index is None:
            index = dedup.StoryIndex()
            for h, sig in self.con.execute(
                    "SELECT article_hash, minhash FROM articles WHERE copy_of IS NULL "
                    "AND minhash IS NOT NULL ORDER BY ingested_at, article_hash").fetchall():
                index.add(h, dedup.minhash_from_bytes(sig))
            self._index = index
        return self._index

    def warm(self) -> None:
        """Load the in-memory indexes ingest keeps (stored hashes, stories, clusters) now."""
        _ = self.stored_hashes, self.story_index, self.cluster_index

    def ingest(self, paths: Iterable[str | Path], *, pipeline: Pipeline | None = None,
               pub_date: date | None = None,
               on_error: Callable[[RealpolitikError], None] | None = None,
               max_chars: int = 1_000_000, stdin: Any = None,
               on_document: Callable[[AddResult], None] | None = None) -> IngestStats:
        """Read, code and store the documents in ``paths``; documents already stored are skipped."""
        from realpolitik.ingest import read_documents

        if pipeline is None:
            from realpolitik.pipeline import Pipeline

            pipeline = Pipeline()
        docs = read_documents(paths, pub_date=pub_date, on_error=on_error,
                              max_chars=max_chars, stdin=stdin)
        return self.ingest_articles(docs, pipeline, on_document=on_document)

    def ingest_articles(self, articles: Iterable[Article], pipeline: Pipeline, *,
                        on_document: Callable[[AddResult], None] | None = None) -> IngestStats:
        """Code and store ``articles`` (skipping those already stored), one transaction each."""
        stats = IngestStats()
        seen: set[str] = set()

        def fresh() -> Iterator[Article]:
            for article in articles:
                stats.documents += 1
                h = article.content_hash
                if h in seen or h in self.stored_hashes:
                    stats.skipped += 1
                    continue
                seen.add(h)
                yield article

        coded = pipeline.code_articles(fresh())
        try:
            self._ingest_loop(coded, stats, on_document)
        finally:
            t = time.perf_counter()
            self.flush()
            stats.store_seconds += time.perf_counter() - t
        return stats

    def _ingest_loop(self, coded: Iterator[tuple[Article, list[Event]]], stats: IngestStats,
                     on_document: Callable[[AddResult], None] | None) -> None:
        while True:
            t0 = time.perf_counter()
            try:
                article, events = next(coded)
            except StopIteration:
                break
            t1 = time.perf_counter()
            result = self.add(article, events)
            t2 = time.perf_counter()
            stats.coding_seconds += t1 - t0
            stats.store_seconds += t2 - t1
            stats.results.append(result)
            if result.stored:
                stats.stored += 1
                stats.events += result.n_events
                stats.new_clusters += result.new_clusters
                stats.copies += result.copy_of is not None
            else:
                stats.skipped += 1
            if on_document is not None:
                on_document(result)

    def add(self, article: Article, events: list[Event]) -> AddResult:
        """Stage one coded article; it is written, whole, at the next :meth:`flush`.

        A no-op when its text is already stored (or staged). Documents are committed
        ``commit_every`` at a time, always whole, in one transaction: a run killed
        at any point leaves complete documents only, and re-running redoes the rest.
        """
        if self.read_only:
            raise RealpolitikError("E406", where=str(self.path), why="opened read-only")
        h = article.content_hash
        if h in self._batch.hashes or h in self.stored_hashes:
            return AddResult(h, stored=False)
        sig = dedup.minhash(article.text)
        match = self.story_index.best_match(sig)
        copy_of, similarity = (match if match else (None, None))
        result = AddResult(h, stored=True, n_events=len(events), copy_of=copy_of,
                           similarity=similarity)
        self._write(article, events, sig, result)
        self._batch.hashes.add(h)
        if copy_of is None:
            self.story_index.add(h, sig)
        if len(self._batch.hashes) >= self.commit_every:
            self.flush()
        return result

    def flush(self) -> None:
        """Commit the staged documents in one transaction (all of them or none)."""
        batch, self._batch = self._batch, _Batch()
        if not batch.hashes:
            return
        con = self.con
        try:
            con.begin()
            try:
                for table, rows in (
                        ("articles", batch.articles), ("sentences", batch.sentences),
                        ("event_clusters", batch.clusters), ("dyad_facts", batch.dyads),
                        ("events", batch.events), ("event_actors", batch.mentions)):
                    _insert(con, table, rows)
                _insert(con, "actors", list(batch.actors.values()), on_conflict=True)
                updates = sorted(batch.updates.items())
                if updates:
                    cols = [list(c) for c in zip(*(
                        (cluster, reports, n_articles, min(dates) if dates else None,
                         max(dates) if dates else None, place)
                        for cluster, (reports, n_articles, dates, place) in updates),
                        strict=True)]
                    con.execute(
                        "UPDATE event_clusters c SET n_reports = c.n_reports + u.reports, "
                        "n_articles = c.n_articles + u.n_articles, "
                        "first_date = least(c.first_date, u.first_date), "
                        "last_date = greatest(c.last_date, u.last_date), "
                        "place = coalesce(c.place, u.place) "
                        "FROM (SELECT unnest(?::BIGINT[]) AS cluster_id, "
                        "unnest(?::BIGINT[]) AS reports, unnest(?::BIGINT[]) AS n_articles, "
                        "unnest(?::DATE[]) AS first_date, unnest(?::DATE[]) AS last_date, "
                        "unnest(?::VARCHAR[]) AS place) u WHERE c.cluster_id = u.cluster_id",
                        cols)
                    con.execute("UPDATE dyad_facts d SET n_reports = d.n_reports + u.reports "
                                "FROM (SELECT unnest(?::BIGINT[]) AS cluster_id, "
                                "unnest(?::BIGINT[]) AS reports) u "
                                "WHERE d.cluster_id = u.cluster_id", cols[:2])
                summary.add_delta(con, [row[0] for row in batch.clusters],
                                  {cluster: u[0] for cluster, u in updates})
                con.commit()
            except BaseException:
                con.rollback()
                raise
            if self._stored is not None:
                self._stored |= batch.hashes
        except BaseException as exc:
            # the in-memory indexes may hold the lost documents: rebuild them from the file
            self._index = self._clusters = None
            self._next_eid = self._stored = None
            self._story_events = {}
            if isinstance(exc, duckdb.Error):
                raise RealpolitikError("E406", where=str(self.path), why=str(exc)) from exc
            raise

    def _write(self, article: Article, events: list[Event], sig: Any, result: AddResult) -> None:
        con = self.con
        h = article.content_hash
        now = datetime.now(UTC).replace(tzinfo=None)
        batch = self._batch
        batch.articles.append([
            h, article.doc_id, article.title, article.url, article.source, article.date,
            article.language, article.origin, article.text, article.truncated,
            article.removed_lines, len(events), result.copy_of or h, result.copy_of,
            result.similarity, dedup.signature_bytes(sig), now])
        sentences = {e.sentence_index: e.evidence for e in events}
        batch.sentences.extend([h, i, ev.start, ev.end, ev.text]
                               for i, ev in sorted(sentences.items()))
        if self._next_eid is None:
            self._next_eid = int(self.scalar("SELECT coalesce(max(eid), 0) FROM events")) + 1
        eid = self._next_eid
        original: list[tuple[int, str, str, str]] = []
        if result.copy_of is not None:
            original = self._story_events.get(result.copy_of) or [
                (int(r[0]), r[1], r[2], r[3]) for r in con.execute(
                    "SELECT DISTINCT c.cluster_id, c.event_type, c.source_key, c.target_key "
                    "FROM events e JOIN event_clusters c USING (cluster_id) "
                    "WHERE e.article_hash = ? ORDER BY c.cluster_id", [result.copy_of]).fetchall()]
        clusters = self.cluster_index
        touched: set[int] = set()
        new_clusters, new_dyads = batch.clusters, batch.dyads
        updates = batch.updates
        event_rows, actor_rows, mention_rows = batch.events, batch.actors, batch.mentions
        own: list[tuple[int, str, str, str]] = []
        for e in events:
            key = dedup.event_key(e)
            if result.copy_of is not None:
                cluster = _match_original(key, original)
            else:
                cluster = clusters.find(key, e.date, touched)
            if cluster is None and result.copy_of is None:
                cluster = eid  # the first report's row id names the cluster
                result.new_clusters += 1
                new_clusters.append([cluster, eid, e.event_type, e.quad_class, key.fact_group,
                                     key.source_key, key.target_key, key.place, e.date, e.date,
                                     1, 1])
                new_dyads.extend([cluster, s_, t_, e.date, e.event_type, e.quad_class,
                                  e.intensity, e.factuality, 1]
                                 for s_, t_ in sorted(_pairs(e)))
                if e.date:
                    clusters.add(key, cluster, e.date, e.date)
            elif cluster is not None:
                u = updates.setdefault(cluster, [0, 0, [], key.place])
                u[0] += 1
                u[1] += 0 if cluster in touched else 1
                if e.date:
                    u[2].append(e.date)
                    clusters.add(key, cluster, e.date, e.date)
            if cluster is not None:
                touched.add(cluster)
                if result.copy_of is None:
                    own.append((cluster, key.event_type, key.source_key, key.target_key))
            loc = e.location
            event_rows.append([
                eid, e.event_id, h, e.doc_id, e.sentence_index, e.event_type, e.mode,
                e.quad_class, e.intensity, e.date, e.date_text, e.date_precision, e.factuality,
                e.confidence, loc.name if loc else None, loc.country if loc else None,
                loc.lat if loc else None, loc.lon if loc else None, e.trigger, e.evidence.text,
                e.evidence.start, e.evidence.end, e.cameo, cluster, result.copy_of is not None,
                json.dumps(e.to_dict(), ensure_ascii=False), False,
                cluster == eid, _countries(e)])
            for role, actors in (("source", e.source), ("target", e.target),
                                 ("attribution", [e.attribution] if e.attribution else [])):
                for pos, a in enumerate(actors):
                    akey = _actor_key(a)
                    actor_rows.setdefault(akey, [akey, a.name, a.country, a.sector, a.kb_id])
                    mention_rows.append([eid, role, pos, akey, a.text, a.role, a.country,
                                         dedup.actor_code(a)])
            eid += 1
        self._next_eid = eid
        if result.copy_of is None:
            self._story_events[h] = own

    @property
    def cluster_index(self) -> _ClusterIndex:
        if self._clusters is None:
            index = _ClusterIndex()
            for cid, etype, src, tgt, fact, place, first, last in self.con.execute(
                    "SELECT cluster_id, event_type, source_key, target_key, fact_group, place, "
                    "first_date, last_date FROM event_clusters WHERE first_date IS NOT NULL"
            ).fetchall():
                index.add(dedup.EventKey(etype, src, tgt, fact, place), int(cid),
                          first.isoformat(), last.isoformat())
            self._clusters = index
        return self._clusters

    # --- corrections --------------------------------------------------------------------

    def correct(self, event_id: str, field_name: str, value: str | None,
                note: str | None = None) -> int:
        """Correct one field of an event (every report with that id), or mark it wrong.

        ``field_name`` is one of :data:`CORRECTABLE`; the change is recorded in
        ``corrections`` (see :mod:`.corrections`). Returns the number of event rows
        changed; ValueError for an unknown field or a malformed value.
        """
        if self.read_only:
            raise RealpolitikError("E406", where=str(self.path), why="opened read-only")
        self.flush()
        return corrections.apply(self.con, event_id, field_name, value, note)

    def reader(self) -> StoreReader:
        """A read cursor for another thread (DuckDB: one cursor per thread, MVCC snapshots)."""
        return StoreReader(self.con.cursor(), self.path)


class StoreReader(_Reads):
    """The read side of a store on its own cursor (one per thread or request)."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: Path) -> None:
        self.con = con
        self.path = path

    def close(self) -> None:
        self.con.close()


def _match_original(key: dedup.EventKey, original: list[tuple[int, str, str, str]]
                    ) -> int | None:
    """The original story's event a copy's event repeats: same type and dyad, else same dyad."""
    for cluster_id, etype, src, tgt in original:
        if (etype, src, tgt) == (key.event_type, key.source_key, key.target_key):
            return cluster_id
    for cluster_id, _etype, src, tgt in original:
        if (src, tgt) == (key.source_key, key.target_key):
            return cluster_id
    return None


def _pairs(e: Event) -> set[tuple[str, str]]:
    """(source, target) pairs of resolved actors of an event, for dyad facts."""
    out = set()
    for a in e.source:
        for b in e.target:
            s, t = dedup.dyad_code(a), dedup.dyad_code(b)
            if s is not None and t is not None:
                out.add((s, t))
    return out


def _countries(e: Event) -> list[str]:
    """The countries of an event's actors and place (``events.countries``)."""
    found = {a.country for a in (*e.source, *e.target, e.attribution) if a and a.country}
    if e.location and e.location.country:
        found.add(e.location.country)
    return sorted(found)


def _actor_key(a: Actor) -> str:
    if a.kb_id:
        return a.kb_id
    return "/".join(x or "" for x in (a.country, a.sector, a.name or a.text))


@dataclass(slots=True)
class _Batch:
    """Rows of whole documents staged for the next commit."""

    hashes: set[str] = field(default_factory=set)
    articles: list[list[Any]] = field(default_factory=list)
    sentences: list[list[Any]] = field(default_factory=list)
    clusters: list[list[Any]] = field(default_factory=list)
    dyads: list[list[Any]] = field(default_factory=list)
    events: list[list[Any]] = field(default_factory=list)
    actors: dict[str, list[Any]] = field(default_factory=dict)
    mentions: list[list[Any]] = field(default_factory=list)
    updates: dict[int, list[Any]] = field(default_factory=dict)


class _ClusterIndex:
    """In-memory lookup of dated event clusters by key (loaded once, kept in step on commit)."""

    def __init__(self) -> None:
        self.by_key: dict[tuple[str, str, str, str], list[list[Any]]] = {}

    def add(self, key: dedup.EventKey, cluster_id: int, first: str, last: str) -> None:
        bucket = self.by_key.setdefault(
            (key.event_type, key.source_key, key.target_key, key.fact_group), [])
        for entry in bucket:
            if entry[0] == cluster_id:
                entry[2] = min(entry[2], first)
                entry[3] = max(entry[3], last)
                entry[1] = entry[1] or key.place
                return
        bucket.append([cluster_id, key.place, first, last])

    def find(self, key: dedup.EventKey, when: str | None, exclude: set[int]) -> int | None:
        """The nearest cluster with this key whose dates lie within the window of ``when``."""
        if when is None:
            return None
        day = date.fromisoformat(when).toordinal()
        best: tuple[int, int] | None = None
        for cluster_id, place, first, last in self.by_key.get(
                (key.event_type, key.source_key, key.target_key, key.fact_group), []):
            if cluster_id in exclude:
                continue  # one article is one report: its own events stay apart
            if place is not None and key.place is not None and place != key.place:
                continue
            lo = date.fromisoformat(first).toordinal() - dedup.DATE_WINDOW_DAYS
            hi = date.fromisoformat(last).toordinal() + dedup.DATE_WINDOW_DAYS
            if lo <= day <= hi:
                gap = abs(day - date.fromisoformat(first).toordinal())
                if best is None or (gap, cluster_id) < best:
                    best = (gap, cluster_id)
        return best[1] if best else None


_TABLES = frozenset({"articles", "sentences", "event_clusters", "dyad_facts", "events",
                     "actors", "event_actors"})


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[list[Any]], *,
            on_conflict: bool = False) -> None:
    """Insert rows in one statement: each column is bound as one list parameter and unnested.

    The table name comes from a fixed list; values never enter the SQL text. One
    statement per table and commit group is far cheaper in DuckDB than a statement
    per row (``executemany``), and needs no DataFrame (nor pandas) on the ingest path.
    """
    if not rows:
        return
    if table not in _TABLES:
        raise ValueError(table)
    columns = [list(c) for c in zip(*rows, strict=True)]
    con.execute("INSERT INTO " + table + " SELECT " + ", ".join("unnest(?)" for _ in columns)
                + (" ON CONFLICT DO NOTHING" if on_conflict else ""), columns)
