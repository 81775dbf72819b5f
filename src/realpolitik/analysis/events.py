"""``events``: the event table with filters (one row per event cluster, or per report)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING, Any

from realpolitik.analysis import _filters as f

if TYPE_CHECKING:
    import pandas as pd

    from realpolitik.store import EventStore

_ACTORS = ("(SELECT string_agg(x.code, ';' ORDER BY x.position) FROM event_actors x "
           "WHERE x.eid = e.eid AND x.role = '{role}')")


def events(store: EventStore, *, country: str | None = None, actor: str | None = None,
           event_type: str | Iterable[str] | None = None,
           quad_class: str | Iterable[str] | None = None,
           factuality: str | Iterable[str] | None = None,
           start: str | date | None = None, end: str | date | None = None,
           text: str | None = None, reports: bool = False, limit: int | None = None,
           rejected: bool = False) -> pd.DataFrame:
    """Events matching every filter given, by date.

    ``country`` matches an actor's or the place's ISO code; ``actor`` a substring of
    an actor's name, words or code; ``text`` a substring of the evidence sentence.
    One row per event (cluster) with its report count, or per report with ``reports``.
    Events an analyst marked wrong are left out unless ``rejected``.
    """
    params: list[Any] = []
    where: list[str] = [] if rejected else ["NOT e.rejected"]
    if reports:
        base = ("FROM events e LEFT JOIN event_clusters c ON c.cluster_id = e.cluster_id "
                "JOIN articles a ON a.article_hash = e.article_hash")
    else:
        base = ("FROM event_clusters c JOIN events e ON e.eid = c.rep_eid "
                "JOIN articles a ON a.article_hash = e.article_hash")
    if country:
        where.append("(e.location_country = ? OR EXISTS (SELECT 1 FROM event_actors x "
                     "WHERE x.eid = e.eid AND x.country = ?))")
        params += [country.upper(), country.upper()]
    if actor:
        where.append("EXISTS (SELECT 1 FROM event_actors x JOIN actors t USING (actor_key) "
                     "WHERE x.eid = e.eid AND (x.code ILIKE ? OR x.text ILIKE ? "
                     "OR t.name ILIKE ?))")
        params += [f"%{actor}%"] * 3
    for column, values in (("e.event_type", f.event_types(event_type)),
                           ("e.quad_class", f.quad_classes(quad_class)),
                           ("e.factuality", f.factualities(factuality))):
        if values:
            where.append(f"list_contains(?, {column})")
            params.append(values)
    window, window_params = f.date_window("e.date", start, end)
    where += window
    params += window_params
    if text:
        where.append("e.evidence_text ILIKE ?")
        params.append(f"%{text}%")
    sql = ("SELECT e.event_id, e.cluster_id, e.date, " + _ACTORS.format(role="source")
           + " AS source, e.event_type, " + _ACTORS.format(role="target")
           + " AS target, e.quad_class, e.intensity, e.factuality, e.location_name AS place, "
           "e.trigger, coalesce(c.n_reports, 1) AS reports, coalesce(c.n_articles, 1) AS articles, "
           "e.from_copy, a.doc_id, a.title, e.evidence_text AS evidence "
           + base + (" WHERE " + " AND ".join(where) if where else "")
           + " ORDER BY e.date NULLS LAST, a.doc_id, e.sentence_index, e.eid")
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    return store.query(sql, params)
