"""Browsing the store: a page of events, one event with its evidence, one article with its events.

These are the reads behind the API and dashboard. A page is chosen first on the
event columns alone (filtered, sorted, limited) and only its rows are then joined
to their actors, so a page costs the same on a thousand events or a million.
Every value is a parameter; sort keys and columns come from fixed tables.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

import duckdb

from realpolitik.analysis._filters import EventFilter

if TYPE_CHECKING:
    from realpolitik.analysis.page_index import PageIndex
    from realpolitik.store.db import EventStore, StoreReader

    Store = EventStore | StoreReader

SORTS: dict[str, str] = {
    "date": "e.date ASC NULLS LAST, e.eid ASC",
    "-date": "e.date DESC NULLS LAST, e.eid DESC",
    "type": "e.event_type ASC, e.date DESC NULLS LAST, e.eid DESC",
    "intensity": "e.intensity ASC, e.eid DESC",
    "-intensity": "e.intensity DESC, e.eid DESC",
    "reports": "reports ASC, e.eid DESC",
    "-reports": "reports DESC, e.eid DESC",
    "confidence": "e.confidence ASC NULLS LAST, e.eid DESC",
    "-confidence": "e.confidence DESC NULLS LAST, e.eid DESC",
}
"""Sort keys the page accepts (a leading ``-`` sorts descending)."""

_COLUMNS = (
    "e.eid, e.event_id, CAST(e.date AS VARCHAR) AS date, e.date_text, e.date_precision, "
    "e.event_type, e.mode, e.quad_class, e.intensity, e.factuality, e.confidence, "
    "e.location_name, e.location_country, e.lat, e.lon, e.trigger, e.evidence_text, "
    "e.evidence_start, e.evidence_end, e.sentence_index, e.doc_id, e.article_hash, e.rejected, "
    "e.cluster_id")
_PAGE_COLUMNS = _COLUMNS + ", e.record"
"""A table row: its report counts come from the page index or the cluster, per request."""
_EVENT_COLUMNS = (_COLUMNS + ", coalesce(c.n_reports, 1) AS reports, "
                  "coalesce(c.n_articles, 1) AS articles")


def events_page(store: Store, filters: EventFilter, *, sort: str = "-date", limit: int = 50,
                offset: int = 0, index: PageIndex | None = None) -> dict[str, Any]:
    """One page of events with their actors, and the total matching the filters.

    With an up-to-date ``index`` (:mod:`.page_index`) holding the filters given, the
    page's row ids come from memory; else from SQL on the narrow filter and sort
    columns (:func:`pick_page`). The rows then come from the index's encoded copy
    where it holds them, else from the store (:func:`page_rows`).
    """
    total, picked = pick_page(store, filters, sort=sort, limit=limit, offset=offset,
                              index=index)
    ids = [p[0] for p in picked]
    by_eid = ({eid: json.loads(row) for eid, row in index.rows_at(ids).items()}
              if index is not None else {})
    missing = [i for i in ids if i not in by_eid]
    if missing:
        by_eid.update((r["eid"], r) for r in page_rows(store, missing))
    rows = [{**by_eid[eid], "reports": reports, "articles": articles}
            for eid, reports, articles in picked]
    return {"total": total, "offset": offset, "limit": limit, "sort": sort, "events": rows}


def pick_page(store: Store | None, filters: EventFilter, *, sort: str = "-date",
              limit: int = 50, offset: int = 0, index: PageIndex | None = None
              ) -> tuple[int, list[tuple[int, int, int]]]:
    """The total and the page's ``(eid, reports, articles)``, in order (``store`` may be
    None when ``index`` holds the filters)."""
    if sort not in SORTS:
        raise ValueError(f"unknown sort {sort!r}; one of {', '.join(SORTS)}")
    if index is not None and index.handles(filters):
        return index.page(filters, sort, limit, offset)
    if store is None:
        raise ValueError("filters the index does not hold need the store")
    return _page_sql(store, filters, sort, limit, offset)


def page_rows(store: Store | duckdb.DuckDBPyConnection, eids: list[int]
              ) -> list[dict[str, Any]]:
    """The table rows (with actors, without report counts) of these events."""
    return _with_actors(_rows(store, "SELECT " + _PAGE_COLUMNS + " FROM events e "
                              "WHERE list_contains(?, e.eid)", [eids])) if eids else []


def rows_between(store: Store | duckdb.DuckDBPyConnection, first: int, last: int
                 ) -> list[dict[str, Any]]:
    """The table rows of the events with ids from ``first`` to ``last`` (a range scan)."""
    return _with_actors(_rows(store, "SELECT " + _PAGE_COLUMNS + " FROM events e "
                              "WHERE e.eid BETWEEN ? AND ?", [first, last]))


def _page_sql(store: Store, filters: EventFilter, sort: str, limit: int, offset: int
              ) -> tuple[int, list[tuple[int, int, int]]]:
    body, params = filters.sql()
    total = int(store.scalar("SELECT count(*) " + body, params))
    if "reports" in sort:  # the report counts live on the cluster: sort on the join
        where, _ = filters.where()
        joined = ("FROM events e LEFT JOIN event_clusters c ON c.cluster_id = e.cluster_id"
                  + (" WHERE " + " AND ".join(where) if where else ""))
        picked = store.con.execute(
            "SELECT e.eid, coalesce(c.n_reports, 1) AS reports, coalesce(c.n_articles, 1) "
            + joined + " ORDER BY " + SORTS[sort] + " LIMIT ? OFFSET ?",
            [*params, int(limit), int(offset)]).fetchall()
        return total, [(int(a), int(b), int(c)) for a, b, c in picked]
    ids = [r[0] for r in store.con.execute(
        "SELECT e.eid " + body + " ORDER BY " + SORTS[sort] + " LIMIT ? OFFSET ?",
        [*params, int(limit), int(offset)]).fetchall()]
    counts = {eid: (n, m) for eid, n, m in store.con.execute(
        "SELECT e.eid, c.n_reports, c.n_articles FROM events e JOIN event_clusters c "
        "ON c.cluster_id = e.cluster_id WHERE list_contains(?, e.eid)", [ids]).fetchall()
    } if ids else {}
    return total, [(i, *counts.get(i, (1, 1))) for i in ids]


def _rows(store: Store | duckdb.DuckDBPyConnection, sql: str, params: list[Any]
          ) -> list[dict[str, Any]]:
    con = store if isinstance(store, duckdb.DuckDBPyConnection) else store.con
    cur = con.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def _actor(a: dict[str, Any]) -> dict[str, Any]:
    country, sector = a.get("country"), a.get("sector")
    # an agentless passive's doer has no words, name or country: "unnamed"
    code = f"{country}/{sector}" if country and sector else (country or a.get("name")
                                                             or a.get("text") or "unnamed")
    return {"code": code, "text": a.get("text"), "name": a.get("name"), "country": country,
            "sector": sector, "role": a.get("role")}


def _with_actors(rows: list[dict[str, Any]], keep_record: bool = False
                 ) -> list[dict[str, Any]]:
    """Actors from each row's stored contract record (kept in step by corrections)."""
    for r in rows:
        record = json.loads(r["record"]) if isinstance(r["record"], str) else r["record"]
        r["source"] = [_actor(a) for a in record.get("source") or []]
        r["target"] = [_actor(a) for a in record.get("target") or []]
        r["attribution"] = _actor(record["attribution"]) if record.get("attribution") else None
        r["explain"] = record.get("explain")
        if keep_record:
            r["record"] = record
        else:
            del r["record"]
    return rows


def event_detail(store: Store, event_id: str) -> dict[str, Any] | None:
    """An event (its representative report) with its record, reports and corrections."""
    rows = _rows(store, "SELECT " + _EVENT_COLUMNS + ", e.record, a.title, a.pub_date, "
                 "a.source AS outlet, a.url FROM events e "
                 "LEFT JOIN event_clusters c ON c.cluster_id = e.cluster_id "
                 "JOIN articles a ON a.article_hash = e.article_hash "
                 "WHERE e.event_id = ? ORDER BY e.from_copy, e.eid LIMIT 1", [event_id])
    if not rows:
        return None
    event = _with_actors(rows, keep_record=True)[0]
    event["pub_date"] = event["pub_date"].isoformat() if event["pub_date"] else None
    event["other_reports"] = _rows(
        store, "SELECT e.event_id, e.doc_id, e.article_hash, a.title, a.source AS outlet, "
        "CAST(e.date AS VARCHAR) AS date, e.evidence_text, e.from_copy FROM events e "
        "JOIN articles a USING (article_hash) WHERE e.cluster_id = ? AND e.eid <> ? "
        "ORDER BY e.eid LIMIT 100", [event["cluster_id"], event["eid"]])
    event["corrections"] = _rows(
        store, "SELECT correction_id, field, old_value, new_value, note, "
        "CAST(created_at AS VARCHAR) AS created_at FROM corrections WHERE event_id = ? "
        "ORDER BY correction_id", [event_id])
    return event


def article_view(store: Store, article_hash: str) -> dict[str, Any] | None:
    """An article's cleaned text and its events with their evidence offsets."""
    rows = _rows(store, "SELECT article_hash, doc_id, title, url, source, "
                 "CAST(pub_date AS VARCHAR) AS pub_date, language, text, copy_of, story_id, "
                 "n_events FROM articles WHERE article_hash = ?", [article_hash])
    if not rows:
        return None
    article = rows[0]
    events = _rows(store, "SELECT " + _EVENT_COLUMNS + ", e.record FROM events e "
                   "LEFT JOIN event_clusters c ON c.cluster_id = e.cluster_id "
                   "WHERE e.article_hash = ? ORDER BY e.evidence_start, e.eid", [article_hash])
    article["events"] = _with_actors(events)
    return article
