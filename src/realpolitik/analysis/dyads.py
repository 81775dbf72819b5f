"""Dyads: per pair of actors, counts by quad class, intensity, net cooperation and trend.

Also :func:`timeline` (one pair's events over time) and :func:`shifts` (pairs whose
relation changed most between two windows). Actors are countries (or, for actors
without one, their names); events inside one country are left out.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING, Any

from realpolitik.analysis import _filters as f

if TYPE_CHECKING:
    import pandas as pd

    from realpolitik.store import EventStore

DateLike = str | date | None


def _facts(directed: bool, reports: bool, factuality: list[str] | None, start: DateLike,
           end: DateLike, countries: list[str] | None) -> tuple[str, list[Any]]:
    """The filtered fact rows as a CTE body, with its parameters."""
    params: list[Any] = [directed, directed, reports]
    sql = ("SELECT CASE WHEN ? OR source <= target THEN source ELSE target END AS a, "
           "CASE WHEN ? OR source <= target THEN target ELSE source END AS b, "
           "quad_class, intensity, date, CASE WHEN ? THEN n_reports ELSE 1 END AS w "
           "FROM dyad_facts WHERE source <> target")
    if factuality:
        sql += " AND list_contains(?, factuality)"
        params.append(factuality)
    if start is not None:
        sql += " AND date >= ?"
        params.append(f.as_date(start))
    if end is not None:
        sql += " AND date <= ?"
        params.append(f.as_date(end))
    if countries:
        sql += " AND (list_contains(?, source) OR list_contains(?, target))"
        params += [countries, countries]
    return sql, params


_COOP = "quad_class IN ('verbal_cooperation', 'material_cooperation')"
_CONF = "quad_class IN ('verbal_conflict', 'material_conflict')"


def dyads(store: EventStore, *, start: DateLike = None, end: DateLike = None,
          country: str | Iterable[str] | None = None,
          factuality: str | Iterable[str] | None = None, directed: bool = False,
          reports: bool = False, min_events: int = 1) -> pd.DataFrame:
    """One row per pair: events by quad class, mean intensity, net cooperation, trend.

    ``net_cooperation`` is cooperative minus conflictual events; ``balance`` is that
    over all events (-1 .. 1); ``trend`` is the least-squares slope of the monthly
    net cooperation (per month, over the months with events; null with fewer than two).
    Pairs are unordered (a < b) unless ``directed``.
    """
    countries = [country.upper()] if isinstance(country, str) else (
        [c.upper() for c in country] if country else None)
    facts, params = _facts(directed, reports,
                           f.factualities(factuality, f.RELATION_FACTUALITIES), start, end,
                           countries)
    sql = ("WITH f AS (" + facts + "), "
           "m AS (SELECT a, b, date_diff('month', DATE '1970-01-01', date) AS mi, "
           "sum(CASE WHEN " + _COOP + " THEN w WHEN " + _CONF + " THEN -w END) AS net "
           "FROM f WHERE date IS NOT NULL GROUP BY a, b, mi), "
           "t AS (SELECT a, b, regr_slope(net, mi) AS trend FROM m GROUP BY a, b) "
           "SELECT a, b, sum(w) AS events, "
           "coalesce(sum(w) FILTER (WHERE quad_class = 'verbal_cooperation'), 0) "
           "AS verbal_cooperation, "
           "coalesce(sum(w) FILTER (WHERE quad_class = 'material_cooperation'), 0) "
           "AS material_cooperation, "
           "coalesce(sum(w) FILTER (WHERE quad_class = 'verbal_conflict'), 0) AS verbal_conflict, "
           "coalesce(sum(w) FILTER (WHERE quad_class = 'material_conflict'), 0) "
           "AS material_conflict, "
           "round(sum(w * intensity) / sum(w), 2) AS mean_intensity, "
           "coalesce(sum(w) FILTER (WHERE " + _COOP + "), 0) - "
           "coalesce(sum(w) FILTER (WHERE " + _CONF + "), 0) AS net_cooperation, "
           "round((coalesce(sum(w) FILTER (WHERE " + _COOP + "), 0) - "
           "coalesce(sum(w) FILTER (WHERE " + _CONF + "), 0)) / sum(w), 2) AS balance, "
           "min(date) AS first_date, max(date) AS last_date, round(any_value(t.trend), 3) AS trend "
           "FROM f LEFT JOIN t USING (a, b) GROUP BY a, b HAVING sum(w) >= ? "
           "ORDER BY events DESC, a, b")
    params.append(min_events)
    return store.query(sql, params)


def timeline(store: EventStore, a: str, b: str, *, start: DateLike = None, end: DateLike = None,
             factuality: str | Iterable[str] | None = None, reports: bool = False
             ) -> pd.DataFrame:
    """The events between ``a`` and ``b`` (either direction), by date."""
    params: list[Any] = [a.upper(), b.upper(), b.upper(), a.upper()]
    sql = ("SELECT e.date, d.source, d.event_type, d.target, d.quad_class, d.intensity, "
           "d.factuality, c.n_reports AS reports, c.n_articles AS articles, e.event_id, "
           "e.doc_id, e.evidence_text AS evidence "
           "FROM dyad_facts d JOIN event_clusters c USING (cluster_id) "
           "JOIN events e ON e.eid = c.rep_eid "
           "WHERE ((d.source = ? AND d.target = ?) OR (d.source = ? AND d.target = ?))")
    facts = f.factualities(factuality)
    if facts:
        sql += " AND list_contains(?, d.factuality)"
        params.append(facts)
    if start is not None:
        sql += " AND d.date >= ?"
        params.append(f.as_date(start))
    if end is not None:
        sql += " AND d.date <= ?"
        params.append(f.as_date(end))
    sql += " ORDER BY e.date NULLS LAST, e.doc_id, e.sentence_index, e.eid"
    frame = store.query(sql, params)
    if reports:
        frame = frame.loc[frame.index.repeat(frame["reports"].clip(lower=1))]
    return frame.reset_index(drop=True)


def shifts(store: EventStore, *, before: tuple[DateLike, DateLike],
           after: tuple[DateLike, DateLike], factuality: str | Iterable[str] | None = None,
           min_events: int = 1, reports: bool = False) -> pd.DataFrame:
    """Pairs whose relation changed most from the ``before`` window to the ``after`` window.

    ``change`` is the difference of ``balance`` (cooperation minus conflict over all
    events, -1 .. 1); a pair absent from a window has balance 0 there.
    """
    first = dyads(store, start=before[0], end=before[1], factuality=factuality, reports=reports)
    second = dyads(store, start=after[0], end=after[1], factuality=factuality, reports=reports)
    cols = ["a", "b", "events", "net_cooperation", "balance"]
    merged = first[cols].merge(second[cols], on=["a", "b"], how="outer",
                               suffixes=("_before", "_after"))
    for c in ("events", "net_cooperation", "balance"):
        for side in ("_before", "_after"):
            merged[c + side] = merged[c + side].fillna(0)
    merged = merged[(merged["events_before"] + merged["events_after"]) >= min_events]
    merged["change"] = (merged["balance_after"] - merged["balance_before"]).round(2)
    merged["abs_change"] = merged["change"].abs()
    merged = merged.sort_values(["abs_change", "events_after", "a", "b"],
                                ascending=[False, False, True, True])
    return merged.drop(columns="abs_change").reset_index(drop=True)
