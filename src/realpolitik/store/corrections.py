"""Analyst corrections: fix an event's fields or actors, or mark it wrong; turn them into gold.

A correction names one event (its coder id, so every report with that id), one
field and the new value; it is applied to the event rows and recorded in
``corrections`` (old and new value, note, time) in one transaction. The facts the
relation analyses read (``dyad_facts`` and its monthly summary) follow the
representative report of each cluster, so they are refreshed from the corrected
rows. :func:`gold_records` turns the corrected sentences into a gold set for
``realpolitik evaluate`` (see ``realpolitik evaluate --corrections``).
"""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from realpolitik.events import ontology
from realpolitik.model import EVENT_TYPES, FACTUALITIES, QUAD_CLASSES
from realpolitik.store import summary

if TYPE_CHECKING:
    import duckdb

COLUMNS = ("event_type", "quad_class", "intensity", "date", "factuality", "location_country")
"""Event columns an analyst may correct (the only identifiers a correction names in SQL)."""
ACTOR_ROLES = ("source", "target")
FIELDS = (*COLUMNS, *ACTOR_ROLES, "wrong")
"""Everything a correction may name: a column, the source or target actors, or ``wrong``."""

_CODE = re.compile(r"^(?P<country>[A-Z]{3})(?:/(?P<sector>[A-Z]{3}))?$")
_TRUE, _FALSE = frozenset({"true", "1", "yes"}), frozenset({"false", "0", "no"})


def validate(field_name: str, value: str | None) -> str | None:
    """The value a correction stores, normalised; ValueError says what is wrong with it."""
    if field_name not in FIELDS:
        raise ValueError(f"cannot correct {field_name!r}; one of {', '.join(FIELDS)}")
    v = value.strip() if isinstance(value, str) else value
    if field_name == "event_type":
        v = (v or "").upper()
        _one_of(v, EVENT_TYPES, "event type")
    elif field_name == "quad_class":
        _one_of(v, QUAD_CLASSES, "quad class")
    elif field_name == "factuality":
        _one_of(v, FACTUALITIES, "factuality")
    elif field_name == "intensity":
        try:
            x = float(v or "")
        except ValueError:
            raise ValueError(f"intensity must be a number, not {value!r}") from None
        if not -10 <= x <= 10:
            raise ValueError("intensity must lie in -10 .. 10")
        v = str(x)
    elif field_name == "date":
        if v:
            try:
                v = date.fromisoformat(v).isoformat()
            except ValueError:
                raise ValueError(f"date must be YYYY-MM-DD, not {value!r}") from None
        v = v or None
    elif field_name == "location_country":
        v = (v or "").upper() or None
        if v is not None and not re.fullmatch(r"[A-Z]{3}", v):
            raise ValueError(f"location_country must be an ISO alpha-3 code, not {value!r}")
    elif field_name in ACTOR_ROLES:
        codes = parse_actors(v or "")
        if field_name == "source" and not codes:
            raise ValueError("an event needs at least one source actor")
        v = ";".join("/".join(x for x in c if x) for c in codes)
    else:  # wrong
        low = (v or "true").lower()
        if low not in _TRUE | _FALSE:
            raise ValueError(f"wrong must be true or false, not {value!r}")
        v = "true" if low in _TRUE else "false"
    return v


def _one_of(v: str | None, allowed: tuple[str, ...], what: str) -> None:
    if v not in allowed:
        raise ValueError(f"unknown {what} {v!r}; one of {', '.join(allowed)}")


def parse_actors(value: str) -> list[tuple[str, str | None]]:
    """``"USA/GOV; CUB"`` → ``[("USA", "GOV"), ("CUB", None)]`` (ValueError when malformed)."""
    out = []
    for part in re.split(r"[;,]", value):
        part = part.strip().upper()
        if not part:
            continue
        m = _CODE.match(part)
        if not m:
            raise ValueError(f"actor {part!r} is not a code like USA or USA/GOV")
        out.append((m["country"], m["sector"]))
    return out


def apply(con: duckdb.DuckDBPyConnection, event_id: str, field_name: str, value: str | None,
          note: str | None = None) -> int:
    """Apply one correction to every report of ``event_id``; return the rows changed."""
    value = validate(field_name, value)
    eids = [int(r[0]) for r in con.execute(
        "SELECT eid FROM events WHERE event_id = ? ORDER BY eid", [event_id]).fetchall()]
    if not eids:
        return 0
    old = _current(con, eids[0], field_name)
    now = datetime.now(UTC).replace(tzinfo=None)
    con.begin()
    try:
        if field_name in COLUMNS:
            con.execute("UPDATE events SET " + field_name + " = ? WHERE event_id = ?",
                        [value, event_id])
            if field_name == "event_type":  # the type decides the quad class
                con.execute("UPDATE events SET quad_class = ? WHERE event_id = ?",
                            [ontology.quad_class(value or ""), event_id])
        elif field_name == "wrong":
            con.execute("UPDATE events SET rejected = ? WHERE event_id = ?",
                        [value == "true", event_id])
        else:
            _replace_actors(con, eids, field_name, parse_actors(value or ""))
        _patch_records(con, eids, field_name, value)
        if field_name in (*ACTOR_ROLES, "location_country"):
            from realpolitik.store.migrations import COUNTRIES_UPDATE

            con.execute(COUNTRIES_UPDATE + " WHERE list_contains(?, e.eid)", [eids])
        cid = int(con.execute("SELECT coalesce(max(correction_id), 0) FROM corrections")
                  .fetchone()[0])
        con.execute("INSERT INTO corrections VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [cid + 1, event_id, field_name, old, value, note, now])
        _refresh_facts(con, eids)
        summary.rebuild(con)
        con.commit()
    except BaseException:
        con.rollback()
        raise
    return len(eids)


def _current(con: duckdb.DuckDBPyConnection, eid: int, field_name: str) -> str | None:
    if field_name in COLUMNS:
        row = con.execute("SELECT CAST(" + field_name + " AS VARCHAR) FROM events WHERE eid = ?",
                          [eid]).fetchone()
        return row[0] if row else None
    if field_name == "wrong":
        row = con.execute("SELECT rejected FROM events WHERE eid = ?", [eid]).fetchone()
        return "true" if row and row[0] else "false"
    row = con.execute("SELECT string_agg(code, ';' ORDER BY position) FROM event_actors "
                      "WHERE eid = ? AND role = ?", [eid, field_name]).fetchone()
    return row[0] if row else None


def _replace_actors(con: duckdb.DuckDBPyConnection, eids: list[int], role: str,
                    codes: list[tuple[str, str | None]]) -> None:
    con.execute("DELETE FROM event_actors WHERE role = ? AND list_contains(?, eid)", [role, eids])
    for country, sector in codes:
        key = f"{country}/{sector or ''}/"
        con.execute("INSERT INTO actors VALUES (?, ?, ?, ?, NULL) ON CONFLICT DO NOTHING",
                    [key, country, country, sector])
    rows = [[eid, role, pos, f"{c}/{s or ''}/", "/".join(x for x in (c, s) if x), None, c, c]
            for eid in eids for pos, (c, s) in enumerate(codes)]
    if rows:
        cols = [list(c) for c in zip(*rows, strict=True)]
        con.execute("INSERT INTO event_actors SELECT " + ", ".join(["unnest(?)"] * 8), cols)


def _patch_records(con: duckdb.DuckDBPyConnection, eids: list[int], field_name: str,
                   value: str | None) -> None:
    """Keep the stored contract record (what exports write) in step with the correction."""
    if field_name == "wrong":
        return
    for eid, raw in con.execute("SELECT eid, record FROM events WHERE list_contains(?, eid)",
                                [eids]).fetchall():
        rec = json.loads(raw)
        if field_name in ACTOR_ROLES:
            rec[field_name] = [{"text": "/".join(x for x in (country, sector) if x),
                                "name": country, "country": country, "sector": sector,
                                "role": None, "kb_id": None}
                               for country, sector in parse_actors(value or "")]
        elif field_name == "location_country":
            loc = rec.get("location") or {"text": value, "name": None, "lat": None,
                                          "lon": None, "geonames_id": None}
            loc["country"] = value
            rec["location"] = loc if value else rec.get("location")
        elif field_name == "intensity":
            rec["intensity"] = float(value or 0)
        else:
            rec[field_name] = value
            if field_name == "event_type":
                rec["quad_class"] = ontology.quad_class(value or "")
        con.execute("UPDATE events SET record = ? WHERE eid = ?",
                    [json.dumps(rec, ensure_ascii=False), eid])


_DYAD = ("coalesce(x.country, CASE WHEN t.kb_id IS NOT NULL OR t.name <> x.text "
         "THEN t.name END)")


def _refresh_facts(con: duckdb.DuckDBPyConnection, eids: list[int]) -> None:
    """Rebuild the dyad facts of the clusters these reports represent (rejected: none)."""
    clusters = [int(r[0]) for r in con.execute(
        "SELECT cluster_id FROM event_clusters WHERE list_contains(?, rep_eid)", [eids]
    ).fetchall()]
    if not clusters:
        return
    con.execute("DELETE FROM dyad_facts WHERE list_contains(?, cluster_id)", [clusters])
    con.execute(
        "INSERT INTO dyad_facts SELECT DISTINCT c.cluster_id, s.code, t.code, e.date, "
        "e.event_type, e.quad_class, e.intensity, e.factuality, c.n_reports "
        "FROM event_clusters c JOIN events e ON e.eid = c.rep_eid "
        "JOIN (SELECT x.eid, " + _DYAD + " AS code FROM event_actors x "
        "JOIN actors t USING (actor_key) WHERE x.role = 'source') s ON s.eid = e.eid "
        "JOIN (SELECT x.eid, " + _DYAD + " AS code FROM event_actors x "
        "JOIN actors t USING (actor_key) WHERE x.role = 'target') t ON t.eid = e.eid "
        "WHERE list_contains(?, c.cluster_id) AND NOT e.rejected "
        "AND s.code IS NOT NULL AND t.code IS NOT NULL", [clusters])
    con.execute("UPDATE event_clusters c SET event_type = e.event_type, "
                "quad_class = e.quad_class FROM events e "
                "WHERE e.eid = c.rep_eid AND list_contains(?, c.cluster_id)", [clusters])


def gold_records(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """The corrected sentences as gold documents for ``realpolitik evaluate``.

    One document per sentence with a correction: its text, the article's date and
    every event coded from it as corrected now (events marked wrong left out, so a
    sentence whose only event was wrong is gold with no events). Actors are given by
    country and sector, which is what the scorer compares.
    """
    rows = con.execute(
        "SELECT e.eid, e.article_hash, e.sentence_index, s.text, a.pub_date, a.doc_id, "
        "e.event_type, e.factuality, e.rejected, e.event_id "
        "FROM events e JOIN articles a USING (article_hash) "
        "JOIN sentences s ON s.article_hash = e.article_hash "
        "AND s.sentence_index = e.sentence_index "
        "WHERE (e.article_hash, e.sentence_index) IN (SELECT DISTINCT e2.article_hash, "
        "e2.sentence_index FROM corrections k JOIN events e2 USING (event_id)) "
        "AND NOT e.from_copy ORDER BY a.doc_id, e.sentence_index, e.eid").fetchall()
    actors: dict[int, dict[str, list[dict[str, Any]]]] = {}
    if rows:
        for eid, role, country, sector in con.execute(
                "SELECT x.eid, x.role, x.country, t.sector FROM event_actors x "
                "JOIN actors t USING (actor_key) WHERE list_contains(?, x.eid) "
                "AND x.role IN ('source', 'target') ORDER BY x.eid, x.role, x.position",
                [[r[0] for r in rows]]).fetchall():
            actors.setdefault(eid, {"source": [], "target": []})[role].append(
                {"country": country, "sector": sector})
    docs: dict[tuple[str, int], dict[str, Any]] = {}
    seen: set[tuple[str, int, str]] = set()
    for eid, h, idx, text, pub, doc_id, etype, fact, rejected, event_id in rows:
        doc = docs.setdefault((h, idx), {
            "id": f"{doc_id}#s{idx}", "text": text,
            "date": pub.isoformat() if pub else None, "events": []})
        if rejected or (h, idx, event_id) in seen:
            continue
        seen.add((h, idx, event_id))
        who = actors.get(eid, {"source": [], "target": []})
        doc["events"].append({"event_type": etype, "factuality": fact,
                              "source": who["source"], "target": who["target"]})
    return list(docs.values())


def gold_jsonl(con: duckdb.DuckDBPyConnection) -> str:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in gold_records(con))
