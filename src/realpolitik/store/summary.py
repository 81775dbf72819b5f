"""``dyad_months``: the monthly summary of ``dyad_facts`` behind the default dyad query.

One row per unordered pair of actors (``a`` <= ``b``) and month, over the facts that
count for relations by default (factuality asserted, reported_claim or planned;
``source <> target``): events and reports per quad class, intensity sums, first
and last date. Undated facts sit in the month ``UNDATED``. The table is kept in step
at ingest (each commit group adds its delta in the same transaction) and rebuilt
from ``dyad_facts`` when a correction changes facts; :func:`rebuild` does that.

``analysis.dyads`` reads it for undirected queries with the default factualities,
taking the partial months at the edges of a day-level date window from
``dyad_facts``; every other query reads ``dyad_facts``. A trend over monthly
aggregates needs one row per pair and month, which is why cells are unique.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import duckdb

FACTUALITIES: tuple[str, ...] = ("asserted", "reported_claim", "planned")
"""Must equal ``analysis._filters.RELATION_FACTUALITIES`` (tests/test_analysis.py checks)."""
UNDATED = -(2**31)
"""The month of undated facts (below every real month, never inside a date window)."""
EPOCH = "DATE '1970-01-01'"
QUADS = (("vc", "verbal_cooperation"), ("mc", "material_cooperation"),
         ("vf", "verbal_conflict"), ("mf", "material_conflict"))

CREATE = (
    "CREATE TABLE dyad_months (a VARCHAR NOT NULL, b VARCHAR NOT NULL, month INTEGER NOT NULL, "
    "n BIGINT NOT NULL, " + ", ".join(f"n_{q} BIGINT NOT NULL" for q, _ in QUADS) + ", "
    "r BIGINT NOT NULL, " + ", ".join(f"r_{q} BIGINT NOT NULL" for q, _ in QUADS) + ", "
    "int_n DOUBLE NOT NULL, int_r DOUBLE NOT NULL, first_date DATE, last_date DATE)")
COLUMNS = ("n", *(f"n_{q}" for q, _ in QUADS), "r", *(f"r_{q}" for q, _ in QUADS),
           "int_n", "int_r")
"""The additive columns (first_date/last_date combine by least/greatest)."""


def cells(rows: str) -> str:
    """SELECT of summary cells from ``rows`` (source, target, date, quad_class, intensity,
    factuality, ev, r): ``ev`` counts the fact as an event (1, or 0 for a report-count
    increment only), ``r`` is the reports it adds."""
    fact_list = ", ".join(f"'{x}'" for x in FACTUALITIES)
    return (
        "SELECT least(source, target) AS a, greatest(source, target) AS b, "
        f"coalesce(CAST(date_diff('month', {EPOCH}, date) AS INTEGER), {UNDATED}) AS month, "
        "sum(ev) AS n, "
        + ", ".join(f"sum(CASE WHEN quad_class = '{name}' THEN ev ELSE 0 END) AS n_{q}"
                    for q, name in QUADS) + ", sum(r) AS r, "
        + ", ".join(f"sum(CASE WHEN quad_class = '{name}' THEN r ELSE 0 END) AS r_{q}"
                    for q, name in QUADS) + ", "
        "sum(ev * intensity) AS int_n, sum(r * intensity) AS int_r, "
        "min(date) AS first_date, max(date) AS last_date "
        "FROM (" + rows + ") WHERE source <> target AND factuality IN (" + fact_list + ") "
        "GROUP BY ALL")


ALL_FACTS = ("SELECT source, target, date, quad_class, intensity, factuality, 1 AS ev, "
             "n_reports AS r FROM dyad_facts")


def rebuild(con: duckdb.DuckDBPyConnection) -> None:
    """Recompute the summary from ``dyad_facts`` (inside the caller's transaction)."""
    con.execute("DELETE FROM dyad_months")
    con.execute("INSERT INTO dyad_months " + cells(ALL_FACTS))


def add_delta(con: duckdb.DuckDBPyConnection, new_clusters: list[int],
              increments: dict[int, int]) -> None:
    """Add the facts of ``new_clusters`` and the report increments of older clusters.

    Runs after the commit group's facts are inserted and their ``n_reports`` updated,
    so a new cluster's facts count with their final report count.
    """
    new = set(new_clusters)
    old = sorted(c for c in increments if c not in new)
    if not new and not old:
        return
    rows = ("SELECT source, target, date, quad_class, intensity, factuality, 1 AS ev, "
            "n_reports AS r FROM dyad_facts WHERE cluster_id IN (SELECT unnest(?::BIGINT[])) "
            "UNION ALL SELECT d.source, d.target, d.date, d.quad_class, d.intensity, "
            "d.factuality, 0 AS ev, u.inc AS r FROM dyad_facts d JOIN "
            "(SELECT unnest(?::BIGINT[]) AS cluster_id, unnest(?::BIGINT[]) AS inc) u "
            "USING (cluster_id)")
    con.execute("CREATE OR REPLACE TEMP TABLE _dyad_delta AS " + cells(rows),
                [sorted(new), old, [increments[c] for c in old]])
    key = "m.a = d.a AND m.b = d.b AND m.month = d.month"
    con.execute("UPDATE dyad_months m SET "
                + ", ".join(f"{c} = m.{c} + d.{c}" for c in COLUMNS)
                + ", first_date = least(m.first_date, d.first_date), "
                "last_date = greatest(m.last_date, d.last_date) "
                "FROM _dyad_delta d WHERE " + key)
    con.execute("INSERT INTO dyad_months SELECT * FROM _dyad_delta d "
                "WHERE NOT EXISTS (SELECT 1 FROM dyad_months m WHERE " + key + ")")
    con.execute("DROP TABLE _dyad_delta")
