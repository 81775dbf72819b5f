"""Dyads: per pair of actors, counts by quad class, intensity, net cooperation and trend.

Also :func:`timeline` (one pair's events over time) and :func:`shifts` (pairs whose
relation changed most between two windows). Actors are countries (or, for actors
without one, their names); events inside one country are left out.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from realpolitik.analysis import _filters as f
from realpolitik.store import summary

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
    window, window_params = f.date_window("date", start, end)
    sql += "".join(f" AND {c}" for c in window)
    params += window_params
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

    Undirected queries with the default factualities read the monthly summary
    ``dyad_months`` (:mod:`realpolitik.store.summary`), plus the raw facts of partial
    months at the edges of the date window; others read ``dyad_facts``. Both give the
    same rows (tests/test_analysis.py compares them).
    """
    countries = [country.upper()] if isinstance(country, str) else (
        [c.upper() for c in country] if country else None)
    facts_wanted = f.factualities(factuality, f.RELATION_FACTUALITIES)
    if not directed and facts_wanted is not None \
            and set(facts_wanted) == set(summary.FACTUALITIES):
        return _dyads_from_summary(store, f.as_date(start), f.as_date(end), countries,
                                   reports, min_events)
    return _dyads_from_facts(store, start=start, end=end, countries=countries,
                             factuality=facts_wanted, directed=directed, reports=reports,
                             min_events=min_events)


def _month(d: date) -> int:
    """Months since January 1970 (DuckDB's ``date_diff('month', DATE '1970-01-01', d)``)."""
    return (d.year - 1970) * 12 + d.month - 1


def _month_start(m: int) -> date:
    return date(1970 + m // 12, m % 12 + 1, 1)


def _dyads_from_summary(store: EventStore, start: date | None, end: date | None,
                        countries: list[str] | None, reports: bool, min_events: int
                        ) -> pd.DataFrame:
    """The default dyad query over monthly cells: whole months from ``dyad_months``,
    partial months at the window's edges aggregated from ``dyad_facts`` on the fly."""
    lo = None if start is None else _month(start) + (start.day != 1)
    hi = None if end is None else _month(end) - ((end + timedelta(days=1)).day != 1)
    params: list[Any] = []
    where = []
    if start is None and end is None:
        pass  # every cell, undated facts included (they count, without a month)
    else:
        where.append(f"month <> {summary.UNDATED}")
    if lo is not None:
        where.append("month >= ?")
        params.append(lo)
    if hi is not None:
        where.append("month <= ?")
        params.append(hi)
    cells = "SELECT * FROM dyad_months" + (" WHERE " + " AND ".join(where) if where else "")
    partial = (start is not None and start.day != 1) or (
        end is not None and (end + timedelta(days=1)).day != 1)
    if partial:  # days of the edge months inside the window, from the facts
        window, window_params = f.date_window("date", start, end)
        edge = ["date IS NOT NULL", *window]
        params += window_params
        if lo is not None and hi is not None and lo <= hi:
            edge.append("(date < ? OR date >= ?)")
            params += [_month_start(lo), _month_start(hi + 1)]
        elif lo is not None and hi is None:
            edge.append("date < ?")
            params.append(_month_start(lo))
        elif hi is not None and lo is None:
            edge.append("date >= ?")
            params.append(_month_start(hi + 1))
        cells += " UNION ALL BY NAME " + summary.cells(summary.ALL_FACTS + " WHERE "
                                                      + " AND ".join(edge))
    w = "r" if reports else "n"
    q = {code: f"sum({w}_{code})" for code, _ in summary.QUADS}
    net = f"{q['vc']} + {q['mc']} - {q['vf']} - {q['mf']}"
    dated = f"month <> {summary.UNDATED} AND n_vc + n_mc + n_vf + n_mf > 0"
    sql = (f"SELECT a, b, sum({w}) AS events, "
           + ", ".join(f"{q[code]} AS {name}" for code, name in summary.QUADS) + ", "
           f"round(sum(int_{w}) / sum({w}), 2) AS mean_intensity, "
           f"{net} AS net_cooperation, round(({net}) / sum({w}), 2) AS balance, "
           "min(first_date) AS first_date, max(last_date) AS last_date, "
           f"round(regr_slope(CASE WHEN {dated} THEN {w}_vc + {w}_mc - {w}_vf - {w}_mf END, "
           f"CASE WHEN {dated} THEN month END), 3) AS trend "
           "FROM (" + cells + ")")
    if countries:
        sql += " WHERE list_contains(?, a) OR list_contains(?, b)"
        params += [countries, countries]
    sql += f" GROUP BY a, b HAVING sum({w}) >= ? ORDER BY events DESC, a, b"
    params.append(min_events)
    return store.query(sql, params)


def _dyads_from_facts(store: EventStore, *, start: DateLike, end: DateLike,
                      countries: list[str] | None, factuality: list[str] | None,
                      directed: bool, reports: bool, min_events: int) -> pd.DataFrame:
    """Any dyad query, straight from the fact rows (the reference for the summary path)."""
    facts, params = _facts(directed, reports, factuality, start, end, countries)
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


def member(actor: str) -> str:
    """ISO codes are matched in upper case; organisation and group names as written."""
    return actor.upper() if len(actor) == 3 and actor.isalpha() else actor


def timeline(store: EventStore, a: str, b: str, *, start: DateLike = None, end: DateLike = None,
             factuality: str | Iterable[str] | None = None, reports: bool = False
             ) -> pd.DataFrame:
    """The events between ``a`` and ``b`` (either direction), by date."""
    a, b = member(a), member(b)
    params: list[Any] = [a, b, b, a]
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
    window, window_params = f.date_window("d.date", start, end)
    sql += "".join(f" AND {c}" for c in window)
    params += window_params
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
