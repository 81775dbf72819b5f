"""Versioned schema migrations of the event store, registered with a decorator.

Each migration is a function ``(con) -> None`` registered with :func:`migration`;
its version is its registration order. :func:`migrate` applies the missing ones,
each in its own transaction, and records it in ``_migrations`` (version, name,
applied_at), so a store is always at a known version and a newer store is refused
by older code rather than misread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import duckdb

MigrationFn = Callable[["duckdb.DuckDBPyConnection"], None]


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    fn: MigrationFn


MIGRATIONS: list[Migration] = []


def migration(fn: MigrationFn) -> MigrationFn:
    """Register ``fn`` as the next schema version."""
    MIGRATIONS.append(Migration(len(MIGRATIONS) + 1, fn.__name__, fn))
    return fn


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    """The version of the store's schema (0 for an empty database)."""
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", ["_migrations"]
    ).fetchone()
    if not exists or not exists[0]:
        return 0
    row = con.execute("SELECT coalesce(max(version), 0) FROM _migrations").fetchone()
    return int(row[0]) if row else 0


def migrate(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Apply the missing migrations in order; return the names of those applied."""
    con.execute("CREATE TABLE IF NOT EXISTS _migrations (version INTEGER PRIMARY KEY, "
                "name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)")
    current = schema_version(con)
    applied = []
    for m in MIGRATIONS:
        if m.version <= current:
            continue
        con.begin()
        try:
            m.fn(con)
            con.execute("INSERT INTO _migrations VALUES (?, ?, ?)",
                        [m.version, m.name, datetime.now(UTC).replace(tzinfo=None)])
            con.commit()
        except BaseException:
            con.rollback()
            raise
        applied.append(m.name)
    return applied


# --- the migrations -------------------------------------------------------------------------


_EVENT_INDEXES = {"events_cluster": "cluster_id", "events_article": "article_hash"}


def _alter_events(con: duckdb.DuckDBPyConnection, *changes: str) -> None:
    """``ALTER TABLE events`` (DuckDB cannot alter a table with indexes: drop, then rebuild)."""
    for name in _EVENT_INDEXES:
        con.execute("DROP INDEX " + name)
    for change in changes:
        con.execute("ALTER TABLE events " + change)
    for name, column in _EVENT_INDEXES.items():
        con.execute(f"CREATE INDEX {name} ON events ({column})")


@migration
def initial_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Articles, sentences, events, actors and their mentions, clusters, corrections."""
    con.execute("""
        CREATE TABLE articles (
            article_hash VARCHAR PRIMARY KEY,   -- sha256 of the cleaned text
            doc_id VARCHAR NOT NULL,
            title VARCHAR, url VARCHAR, source VARCHAR, pub_date DATE, language VARCHAR,
            origin VARCHAR, text VARCHAR NOT NULL, truncated BOOLEAN, removed_lines INTEGER,
            n_events INTEGER NOT NULL,
            story_id VARCHAR NOT NULL,          -- article_hash of the story's original
            copy_of VARCHAR,                    -- the original, when this is a copy
            copy_similarity DOUBLE,
            minhash BLOB,                       -- MinHash signature (uint64 values)
            ingested_at TIMESTAMP NOT NULL
        )""")
    con.execute("""
        CREATE TABLE sentences (
            article_hash VARCHAR NOT NULL, sentence_index INTEGER NOT NULL,
            start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, text VARCHAR NOT NULL,
            PRIMARY KEY (article_hash, sentence_index)
        )""")
    con.execute("""
        CREATE TABLE actors (
            actor_key VARCHAR PRIMARY KEY,      -- kb_id, else country/sector/name
            name VARCHAR, country VARCHAR, sector VARCHAR, kb_id VARCHAR
        )""")
    con.execute("""
        CREATE TABLE events (
            eid BIGINT PRIMARY KEY,             -- store row id (one report of an event)
            event_id VARCHAR NOT NULL,          -- the coder's stable id
            article_hash VARCHAR NOT NULL, doc_id VARCHAR NOT NULL,
            sentence_index INTEGER NOT NULL, event_type VARCHAR NOT NULL, mode VARCHAR,
            quad_class VARCHAR NOT NULL, intensity DOUBLE NOT NULL,
            date DATE, date_text VARCHAR, date_precision VARCHAR,
            factuality VARCHAR NOT NULL, confidence DOUBLE,
            location_name VARCHAR, location_country VARCHAR, lat DOUBLE, lon DOUBLE,
            trigger VARCHAR, evidence_text VARCHAR, evidence_start INTEGER,
            evidence_end INTEGER, cameo VARCHAR,
            cluster_id BIGINT,                  -- the event this report belongs to
            from_copy BOOLEAN NOT NULL,         -- reported by a near-duplicate article
            record VARCHAR NOT NULL             -- the contract JSON record
        )""")
    con.execute("""
        CREATE TABLE event_actors (            -- actor mentions of each event
            eid BIGINT NOT NULL, role VARCHAR NOT NULL,   -- source | target | attribution
            position INTEGER NOT NULL, actor_key VARCHAR NOT NULL, text VARCHAR,
            title VARCHAR, country VARCHAR, code VARCHAR NOT NULL,
            PRIMARY KEY (eid, role, position)
        )""")
    con.execute("""
        CREATE TABLE event_clusters (
            cluster_id BIGINT PRIMARY KEY, rep_eid BIGINT NOT NULL,
            event_type VARCHAR NOT NULL, quad_class VARCHAR NOT NULL,
            fact_group VARCHAR NOT NULL, source_key VARCHAR NOT NULL, target_key VARCHAR NOT NULL,
            place VARCHAR, first_date DATE, last_date DATE,
            n_reports INTEGER NOT NULL, n_articles INTEGER NOT NULL
        )""")
    con.execute("""
        CREATE TABLE dyad_facts (              -- one row per (event, source, target) pair
            cluster_id BIGINT NOT NULL, source VARCHAR NOT NULL, target VARCHAR NOT NULL,
            date DATE, event_type VARCHAR NOT NULL, quad_class VARCHAR NOT NULL,
            intensity DOUBLE NOT NULL, factuality VARCHAR NOT NULL, n_reports INTEGER NOT NULL
        )""")
    con.execute("""
        CREATE TABLE corrections (
            correction_id BIGINT PRIMARY KEY, event_id VARCHAR NOT NULL,
            field VARCHAR NOT NULL, old_value VARCHAR, new_value VARCHAR,
            note VARCHAR, created_at TIMESTAMP NOT NULL
        )""")
    con.execute("CREATE INDEX events_cluster ON events (cluster_id)")
    con.execute("CREATE INDEX events_article ON events (article_hash)")
    con.execute("CREATE INDEX clusters_key ON event_clusters (event_type, source_key, target_key)")


@migration
def feed_state(con: duckdb.DuckDBPyConnection) -> None:
    """Conditional-GET state of watched feeds (ETag, Last-Modified)."""
    con.execute("""
        CREATE TABLE feeds (
            url VARCHAR PRIMARY KEY, etag VARCHAR, last_modified VARCHAR,
            last_checked TIMESTAMP, last_status INTEGER
        )""")


@migration
def dyad_months(con: duckdb.DuckDBPyConnection) -> None:
    """Monthly summary of dyad facts for fast dyad queries (see :mod:`.summary`)."""
    from realpolitik.store import summary

    con.execute(summary.CREATE)
    summary.rebuild(con)


@migration
def rejected_events(con: duckdb.DuckDBPyConnection) -> None:
    """Events an analyst marked wrong stay stored but leave the counts (see corrections)."""
    _alter_events(con, "ADD COLUMN rejected BOOLEAN NOT NULL DEFAULT false")


@migration
def event_browse_columns(con: duckdb.DuckDBPyConnection) -> None:
    """``is_rep`` (the report that represents its event cluster) and ``countries`` (of its
    actors and place) on each event row, so pages of events are read from one table."""
    _alter_events(con, "ADD COLUMN is_rep BOOLEAN NOT NULL DEFAULT false",
                  "ADD COLUMN countries VARCHAR[]")
    con.execute("UPDATE events SET is_rep = eid IN (SELECT rep_eid FROM event_clusters)")
    con.execute(COUNTRIES_UPDATE + " WHERE true", [])


COUNTRIES_UPDATE = (
    "UPDATE events e SET countries = list_sort(list_distinct(list_filter(list_append("
    "coalesce((SELECT list(x.country) FROM event_actors x WHERE x.eid = e.eid), []), "
    "e.location_country), lambda c: c IS NOT NULL)))")
"""Recompute ``events.countries``; the caller appends the WHERE clause."""
