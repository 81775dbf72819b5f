"""Exports of the store: PLOVER JSON Lines, CSV, CAMEO-style TSV, Parquet by month.

One record per event (cluster representative, with ``n_reports``/``n_articles``
added) or, with ``reports=True``, every stored report exactly as coded.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from realpolitik.errors import RealpolitikError

if TYPE_CHECKING:
    from realpolitik.store.db import EventStore

EXPORT_FORMATS = ("plover-json", "csv", "parquet", "cameo-tsv")
QUAD_NUMBER = {"verbal_cooperation": 1, "material_cooperation": 2, "verbal_conflict": 3,
               "material_conflict": 4}


def records(store: EventStore, *, reports: bool = False) -> Iterator[dict[str, Any]]:
    """Contract records, by date then document; events carry their report counts."""
    if reports:
        sql = ("SELECT e.record, NULL, NULL FROM events e WHERE NOT e.rejected "
               "ORDER BY e.date NULLS LAST, e.doc_id, e.sentence_index, e.eid")
    else:
        sql = ("SELECT e.record, c.n_reports, c.n_articles FROM event_clusters c "
               "JOIN events e ON e.eid = c.rep_eid WHERE NOT e.rejected "
               "ORDER BY e.date NULLS LAST, e.doc_id, e.sentence_index, e.eid")
    cur = store.con.execute(sql)
    while rows := cur.fetchmany(1000):
        for record, n_reports, n_articles in rows:
            rec = json.loads(record)
            if n_reports is not None:
                rec["n_reports"], rec["n_articles"] = int(n_reports), int(n_articles)
            yield rec


def _actor_code(actors: list[dict[str, Any]]) -> str:
    if not actors:
        return "---"
    a = actors[0]
    return (a.get("country") or "---") + (a.get("sector") or "")


def export(store: EventStore, fmt: str, out: TextIO | str | Path, *,
           reports: bool = False) -> int:
    """Write the store in ``fmt`` to ``out`` (a stream, or a directory for Parquet)."""
    if fmt not in EXPORT_FORMATS:
        raise RealpolitikError("E407", fmt=fmt, choices=", ".join(EXPORT_FORMATS))
    if fmt == "parquet":
        return _parquet(store, Path(out), reports=reports)
    if not hasattr(out, "write"):
        with open(out, "w", encoding="utf-8", newline="") as fh:  # type: ignore[arg-type]
            return export(store, fmt, fh, reports=reports)
    stream: TextIO = out  # type: ignore[assignment]
    n = 0
    if fmt == "plover-json":
        for rec in records(store, reports=reports):
            stream.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    elif fmt == "csv":
        from realpolitik.output import CSV_COLUMNS, csv_row
        from realpolitik.store.records import event_from_dict

        writer = csv.DictWriter(stream, fieldnames=[*CSV_COLUMNS, "n_reports"],
                                lineterminator="\n")
        writer.writeheader()
        for rec in records(store, reports=reports):
            writer.writerow({**csv_row(event_from_dict(rec)), "n_reports": rec.get("n_reports", 1)})
            n += 1
    else:  # cameo-tsv: PETRARCH-style columns for legacy tools
        writer_t = csv.writer(stream, delimiter="\t", lineterminator="\n")
        for rec in records(store, reports=reports):
            if not rec.get("cameo"):
                continue
            loc = rec.get("location") or {}
            writer_t.writerow([
                (rec.get("date") or "").replace("-", ""), _actor_code(rec["source"]),
                _actor_code(rec["target"]), rec["cameo"], QUAD_NUMBER[rec["quad_class"]],
                rec["intensity"], rec["event_id"], rec["doc_id"], loc.get("name") or "",
                rec.get("n_reports", 1)])
            n += 1
    return n


def _parquet(store: EventStore, directory: Path, *, reports: bool) -> int:
    """Flat event rows, partitioned by month (``month=YYYY-MM``; ``unknown`` when undated)."""
    directory.mkdir(parents=True, exist_ok=True)
    join = ("FROM events e LEFT JOIN event_clusters c ON c.cluster_id = e.cluster_id"
            if reports else "FROM event_clusters c JOIN events e ON e.eid = c.rep_eid")
    select = ("SELECT e.event_id, e.doc_id, e.sentence_index, e.event_type, e.mode, "
              "e.quad_class, e.intensity, "
              "(SELECT string_agg(x.code, ';' ORDER BY x.position) FROM event_actors x "
              "WHERE x.eid = e.eid AND x.role = 'source') AS source, "
              "(SELECT string_agg(x.code, ';' ORDER BY x.position) FROM event_actors x "
              "WHERE x.eid = e.eid AND x.role = 'target') AS target, "
              "e.location_name, e.location_country, e.lat, e.lon, e.date, e.date_precision, "
              "e.factuality, e.trigger, e.evidence_text, e.confidence, e.cameo, "
              "c.n_reports, c.n_articles, coalesce(strftime(e.date, '%Y-%m'), 'unknown') AS month "
              + join + " WHERE NOT e.rejected")
    n = int(store.scalar("SELECT count(*) FROM (" + select + ")"))
    # COPY cannot take its target as a parameter: the path is quoted as a SQL literal
    target = str(directory).replace("'", "''")
    store.con.execute("COPY (" + select + ") TO '" + target + "' "
                      "(FORMAT PARQUET, PARTITION_BY (month), OVERWRITE_OR_IGNORE)")
    return n
