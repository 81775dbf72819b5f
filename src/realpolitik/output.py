"""Writers for coded events: JSONL (the contract), a JSON array, CSV, and a terminal table."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, TextIO

from realpolitik.model import Actor, Event

FORMATS = ("jsonl", "json", "csv", "table")

CSV_COLUMNS = (
    "event_id", "doc_id", "sentence_index", "event_type", "mode", "context", "quad_class",
    "intensity", "source_text", "source_name", "source_country", "source_sector", "source_role",
    "target_text", "target_name", "target_country", "target_sector", "target_role",
    "location_name", "location_country", "location_lat", "location_lon", "geonames_id",
    "date", "date_text", "date_precision", "background", "factuality", "attribution",
    "trigger", "evidence_text", "evidence_start", "evidence_end", "confidence", "cameo",
    "explain",
)


def _join(actors: list[Actor], attr: str) -> str:
    return "; ".join(str(getattr(a, attr) or "") for a in actors)


def csv_row(e: Event) -> dict[str, Any]:
    loc = e.location
    return {
        "event_id": e.event_id, "doc_id": e.doc_id, "sentence_index": e.sentence_index,
        "event_type": e.event_type, "mode": e.mode or "", "context": ";".join(e.context),
        "quad_class": e.quad_class, "intensity": e.intensity,
        **{f"source_{k}": _join(e.source, k) for k in ("text", "name", "country", "sector",
                                                      "role")},
        **{f"target_{k}": _join(e.target, k) for k in ("text", "name", "country", "sector",
                                                      "role")},
        "location_name": loc.name if loc else "", "location_country": loc.country if loc else "",
        "location_lat": loc.lat if loc and loc.lat is not None else "",
        "location_lon": loc.lon if loc and loc.lon is not None else "",
        "geonames_id": loc.geonames_id if loc and loc.geonames_id else "",
        "date": e.date or "", "date_text": e.date_text or "", "date_precision": e.date_precision,
        "background": "true" if e.background else "", "factuality": e.factuality,
        "attribution": (e.attribution.name or e.attribution.text) if e.attribution else "",
        "trigger": e.trigger, "evidence_text": e.evidence.text,
        "evidence_start": e.evidence.start, "evidence_end": e.evidence.end,
        "confidence": e.confidence, "cameo": e.cameo or "", "explain": e.explain or "",
    }


class EventWriter:
    """Streams events to ``out`` in one of :data:`FORMATS`; call :meth:`close` at the end."""

    def __init__(self, out: TextIO, fmt: str = "jsonl") -> None:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
        self.out, self.fmt, self.count = out, fmt, 0
        self._csv: csv.DictWriter[str] | None = None
        self._rows: list[Event] = []
        if fmt == "csv":
            self._csv = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
            self._csv.writeheader()
        elif fmt == "json":
            out.write("[")

    def write(self, events: Iterable[Event]) -> None:
        for e in events:
            if self.fmt == "jsonl":
                self.out.write(json.dumps(e.to_dict(), ensure_ascii=False) + "\n")
            elif self.fmt == "json":
                self.out.write(("," if self.count else "") + "\n  " +
                               json.dumps(e.to_dict(), ensure_ascii=False))
            elif self.fmt == "csv" and self._csv is not None:
                self._csv.writerow(csv_row(e))
            else:
                self._rows.append(e)
            self.count += 1
        self.out.flush()

    def close(self) -> None:
        if self.fmt == "json":
            self.out.write("\n]\n" if self.count else "]\n")
        elif self.fmt == "table":
            render_table(self._rows, self.out)
        self.out.flush()


def _actors_cell(actors: list[Actor]) -> str:
    if not actors:
        return "—"
    parts = []
    for a in actors:
        code = "/".join(x for x in (a.country or "?", a.sector) if x)
        label = a.name or a.text
        parts.append(f"{code} {label}" if label and label != a.country else code)
    return "\n".join(parts)


def render_table(events: list[Event], out: TextIO) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    table = Table(title=f"{len(events)} events", show_lines=True, expand=True)
    for col, kw in (("doc", {"overflow": "fold", "max_width": 14}), ("#", {"justify": "right"}),
                    ("type", {}), ("source", {"overflow": "fold", "max_width": 24}),
                    ("target", {"overflow": "fold", "max_width": 24}),
                    ("where", {"overflow": "fold", "max_width": 16}), ("when", {}),
                    ("factuality", {}),
                    ("evidence", {"overflow": "fold", "min_width": 40}),
                    ("conf", {"justify": "right"})):
        table.add_column(col, **kw)
    style = {"verbal_cooperation": "green", "material_cooperation": "bold green",
             "verbal_conflict": "yellow", "material_conflict": "bold red"}
    for e in events:
        # a place known only by its country (a village the gazetteer lacks) has no name
        where = (f"{e.location.name or e.location.text} ({e.location.country})"
                 if e.location else "—")
        when = e.date or "—"
        if e.date_text:
            when += f"\n“{e.date_text}”"
        if e.background:
            when += "\n(background)"
        ev = e.evidence.text
        if len(ev) > 220:
            ev = ev[:217] + "…"
        # article text is untrusted: escape it so "[bold]" in a sentence stays literal
        table.add_row(escape(e.doc_id), str(e.sentence_index),
                      f"[{style[e.quad_class]}]{e.event_type}[/]\n{escape(e.mode or '')}",
                      escape(_actors_cell(e.source)), escape(_actors_cell(e.target)),
                      escape(where), escape(when), e.factuality,
                      escape(f"[{e.trigger}] {ev}"), f"{e.confidence:.2f}")
    console = Console(file=out, width=None if out.isatty() else 160, highlight=False,
                      markup=True, soft_wrap=False)
    console.print(table)
