"""Shared filter helpers: validated values and the default factualities of relation analysis."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

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
