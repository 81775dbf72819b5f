"""``events``: the event table with filters (one row per event cluster, or per report)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

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
           rejected: bool = False, min_confidence: float | None = None) -> pd.DataFrame:
    """Events matching every filter given, by date.

    ``country`` matches an actor's or the place's ISO code; ``actor`` a substring of
    an actor's name, words or code; ``text`` a substring of the evidence sentence;
    ``min_confidence`` the least confidence of the event (of its representative report).
    One row per event (cluster) with its report count, or per report with ``reports``.
    Events an analyst marked wrong are left out unless ``rejected``.
    """
    where, params = f.EventFilter(
        country=country, actor=actor, event_type=event_type, quad_class=quad_class,
        factuality=factuality, start=start, end=end, text=text, reports=reports,
        rejected=rejected, min_confidence=min_confidence).where()
    base = ("FROM events e LEFT JOIN event_clusters c ON c.cluster_id = e.cluster_id "
            "JOIN articles a ON a.article_hash = e.article_hash")
    sql = ("SELECT e.event_id, e.cluster_id, e.date, " + _ACTORS.format(role="source")
           + " AS source, e.event_type, " + _ACTORS.format(role="target")
           + " AS target, e.quad_class, e.intensity, e.factuality, e.location_name AS place, "
           "e.trigger, e.confidence, coalesce(c.n_reports, 1) AS reports, "
           "coalesce(c.n_articles, 1) AS articles, "
           "e.from_copy, a.doc_id, a.title, e.evidence_text AS evidence "
           + base + (" WHERE " + " AND ".join(where) if where else "")
           + " ORDER BY e.date NULLS LAST, a.doc_id, e.sentence_index, e.eid")
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    return store.query(sql, params)
