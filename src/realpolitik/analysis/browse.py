"""Browsing the store: a page of events, one event with its evidence, one article with its events.

These are the reads behind the API and dashboard. A page is chosen first on the
event columns alone (filtered, sorted, limited) and only its rows are then joined
to their actors, so a page costs the same on a thousand events or a million.
Every value is a parameter; sort keys and columns come from fixed tables.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from realpolitik.analysis import _filters as f

if TYPE_CHECKING:
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

_EVENT_COLUMNS = (
    "e.eid, e.event_id, CAST(e.date AS VARCHAR) AS date, e.date_text, e.date_precision, "
    "e.event_type, e.mode, e.quad_class, e.intensity, e.factuality, e.confidence, "
    "e.location_name, e.location_country, e.lat, e.lon, e.trigger, e.evidence_text, "
    "e.evidence_start, e.evidence_end, e.sentence_index, e.doc_id, e.article_hash, e.rejected, "
    "e.cluster_id, coalesce(c.n_reports, 1) AS reports, coalesce(c.n_articles, 1) AS articles")


@dataclass(slots=True)
class EventFilter:
    """The filters of the event table (the same as ``realpolitik events``)."""

    country: str | None = None
    actor: str | None = None
    event_type: str | Iterable[str] | None = None
    quad_class: str | Iterable[str] | None = None
    factuality: str | Iterable[str] | None = None
    start: str | date | None = None
    end: str | date | None = None
    text: str | None = None
    reports: bool = False
    rejected: bool = False
    article: str | None = None

    def sql(self) -> tuple[str, list[Any]]:
        """``FROM … WHERE …`` over events ``e`` (and clusters ``c``), with its parameters."""
        if self.reports:
            base = "FROM events e LEFT JOIN event_clusters c ON c.cluster_id = e.cluster_id"
        else:
            base = "FROM event_clusters c JOIN events e ON e.eid = c.rep_eid"
        where: list[str] = [] if self.rejected else ["NOT e.rejected"]
        params: list[Any] = []
        if self.country:
            where.append("(e.location_country = ? OR EXISTS (SELECT 1 FROM event_actors x "
                         "WHERE x.eid = e.eid AND x.country = ?))")
            params += [self.country.upper()] * 2
        if self.actor:
            where.append("EXISTS (SELECT 1 FROM event_actors x JOIN actors t USING (actor_key) "
                         "WHERE x.eid = e.eid AND (x.code ILIKE ? OR x.text ILIKE ? "
                         "OR t.name ILIKE ?))")
            params += [f"%{_like(self.actor)}%"] * 3
        for column, values in (("e.event_type", f.event_types(self.event_type)),
                               ("e.quad_class", f.quad_classes(self.quad_class)),
                               ("e.factuality", f.factualities(self.factuality))):
            if values:
                where.append(f"list_contains(?, {column})")
                params.append(values)
        window, window_params = f.date_window("e.date", self.start, self.end)
        where += window
        params += window_params
        if self.text:
            where.append("e.evidence_text ILIKE ?")
            params.append(f"%{_like(self.text)}%")
        if self.article:
            where.append("e.article_hash = ?")
            params.append(self.article)
        return base + (" WHERE " + " AND ".join(where) if where else ""), params


def _like(text: str) -> str:
    """``text`` as a literal inside an ILIKE pattern (DuckDB's default escape is ``\\``)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def events_page(store: Store, filters: EventFilter, *, sort: str = "-date", limit: int = 50,
                offset: int = 0) -> dict[str, Any]:
    """One page of events with their actors, and the total matching the filters."""
    if sort not in SORTS:
        raise ValueError(f"unknown sort {sort!r}; one of {', '.join(SORTS)}")
    body, params = filters.sql()
    total = int(store.scalar("SELECT count(*) " + body, params))
    rows = _rows(store, "SELECT " + _EVENT_COLUMNS + " " + body + " ORDER BY " + SORTS[sort]
                 + " LIMIT ? OFFSET ?", [*params, int(limit), int(offset)])
    return {"total": total, "offset": offset, "limit": limit, "sort": sort,
            "events": _with_actors(store, rows)}


def _rows(store: Store, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cur = store.con.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def _with_actors(store: Store, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    if not rows:
        return rows
    by_eid: dict[int, dict[str, list[dict[str, Any]]]] = {}
    for eid, role, code, text, name, country, sector, title in store.con.execute(
            "SELECT x.eid, x.role, x.code, x.text, t.name, x.country, t.sector, x.title "
            "FROM event_actors x JOIN actors t USING (actor_key) "
            "WHERE list_contains(?, x.eid) ORDER BY x.eid, x.role, x.position",
            [[r["eid"] for r in rows]]).fetchall():
        by_eid.setdefault(eid, {}).setdefault(role, []).append(
            {"code": f"{code}/{sector}" if country and sector else code,
             "text": text, "name": name, "country": country, "sector": sector, "role": title})
    for r in rows:
        who = by_eid.get(r["eid"], {})
        r["source"] = who.get("source", [])
        r["target"] = who.get("target", [])
        r["attribution"] = (who.get("attribution") or [None])[0]
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
    event = _with_actors(store, rows)[0]
    event["record"] = json.loads(event["record"])
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
    events = _rows(store, "SELECT " + _EVENT_COLUMNS + " FROM events e "
                   "LEFT JOIN event_clusters c ON c.cluster_id = e.cluster_id "
                   "WHERE e.article_hash = ? ORDER BY e.evidence_start, e.eid", [article_hash])
    article["events"] = _with_actors(store, events)
    return article
