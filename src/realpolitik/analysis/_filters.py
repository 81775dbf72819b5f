"""Shared filter helpers: validated values, the default factualities of relation analysis,
and :class:`EventFilter`, the event table's filters as SQL."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from realpolitik.model import EVENT_TYPES, FACTUALITIES, QUAD_CLASSES

RELATION_FACTUALITIES: tuple[str, ...] = ("asserted", "reported_claim", "planned")
"""What counts for relations by default: negated and hypothetical events did not happen."""


def checked(values: str | Iterable[str] | None, allowed: Iterable[str], what: str
            ) -> list[str] | None:
    if values is None:
        return None
    items = [values] if isinstance(values, str) else list(values)
    if not items:
        return None
    bad = [v for v in items if v not in set(allowed)]
    if bad:
        raise ValueError(f"unknown {what} {', '.join(map(repr, bad))}; "
                         f"expected one of {', '.join(allowed)}")
    return items


def event_types(v: str | Iterable[str] | None) -> list[str] | None:
    return checked([x.upper() for x in ([v] if isinstance(v, str) else v)] if v else None,
                   EVENT_TYPES, "event type")


def quad_classes(v: str | Iterable[str] | None) -> list[str] | None:
    return checked(v, QUAD_CLASSES, "quad class")


def factualities(v: str | Iterable[str] | None, default: Iterable[str] | None = None
                 ) -> list[str] | None:
    got = checked(v, FACTUALITIES, "factuality")
    return got if got is not None else (list(default) if default is not None else None)


def as_date(v: str | date | None) -> date | None:
    if v is None or isinstance(v, date):
        return v
    return date.fromisoformat(v)


def date_window(column: str, start: str | date | None, end: str | date | None
                ) -> tuple[list[str], list[date]]:
    """SQL conditions (``column`` is a fixed, trusted column name) and their parameters for
    an inclusive date window; either end may be open."""
    conditions: list[str] = []
    params: list[date] = []
    for op, bound in ((">=", start), ("<=", end)):
        value = as_date(bound)
        if value is not None:
            conditions.append(f"{column} {op} ?")
            params.append(value)
    return conditions, params


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
    min_confidence: float | None = None

    def where(self) -> tuple[list[str], list[Any]]:
        """SQL conditions over events ``e`` (one table, no join) and their parameters.

        A cluster's representative report carries ``is_rep`` and every report the
        countries of its actors and place, so filtering needs no join.
        """
        where: list[str] = [] if self.reports else ["e.is_rep"]
        if not self.rejected:
            where.append("NOT e.rejected")
        params: list[Any] = []
        if self.country:
            where.append("list_contains(e.countries, ?)")
            params.append(self.country.upper())
        if self.actor:
            where.append("EXISTS (SELECT 1 FROM event_actors x JOIN actors t USING (actor_key) "
                         "WHERE x.eid = e.eid AND (x.code ILIKE ? OR x.text ILIKE ? "
                         "OR t.name ILIKE ?))")
            params += [f"%{_like(self.actor)}%"] * 3
        for column, values in (("e.event_type", event_types(self.event_type)),
                               ("e.quad_class", quad_classes(self.quad_class)),
                               ("e.factuality", factualities(self.factuality))):
            if values:
                where.append(f"list_contains(?, {column})")
                params.append(values)
        window, window_params = date_window("e.date", self.start, self.end)
        where += window
        params += window_params
        if self.text:
            where.append("e.evidence_text ILIKE ?")
            params.append(f"%{_like(self.text)}%")
        if self.article:
            where.append("e.article_hash = ?")
            params.append(self.article)
        if self.min_confidence is not None:
            where.append("e.confidence >= ?")
            params.append(float(self.min_confidence))
        return where, params

    def sql(self) -> tuple[str, list[Any]]:
        """``FROM events e WHERE …`` and its parameters."""
        where, params = self.where()
        return "FROM events e" + (" WHERE " + " AND ".join(where) if where else ""), params


def _like(text: str) -> str:
    """``text`` as a literal inside an ILIKE pattern (DuckDB's default escape is ``\\``)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
