"""An in-memory index of the event table for pages: filter, count and sort without SQL.

A page of events needs a count and a sorted slice over every matching event; in
DuckDB both scan the table (several milliseconds each on 100k events). The API
process is the store's only writer, so it can hold the few columns that filters
and sorts read as NumPy arrays and rebuild them after each write
(:meth:`PageIndex.load`); a page is then a boolean mask, a count and a walk
along a precomputed sort order, and only the page's rows are read from the store.
Filters the index does not hold (actor, text, article) are answered by SQL
(:func:`realpolitik.analysis.browse.events_page`). Tests compare both paths.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from datetime import date
from typing import TYPE_CHECKING, Any

import numpy as np

from realpolitik.analysis import _filters as f
from realpolitik.model import EVENT_TYPES, FACTUALITIES, QUAD_CLASSES

if TYPE_CHECKING:
    from realpolitik.analysis._filters import EventFilter

NO_DAY = np.iinfo(np.int32).min
"""The day number of undated events (below every real day: never inside a window)."""
_TYPE_RANK = np.array([sorted(EVENT_TYPES).index(t) for t in EVENT_TYPES])
"""Alphabetical rank of each event-type code (SQL sorts types by name)."""
_EPOCH = date(1970, 1, 1).toordinal()


class PageIndex:
    """Sort orders and filter columns of all events, loaded from a store connection."""

    def __init__(self) -> None:
        self.generation = -1
        """The owner's write count this index was read at."""
        self.size = 0
        self.eid = np.zeros(0, np.int64)

    def load(self, con: Any) -> PageIndex:
        """Read the filter and sort columns (sort orders and country lists come on demand)."""
        cols = con.execute(
            "SELECT e.eid, coalesce(date_diff('day', DATE '1970-01-01', e.date), ?) AS day, "
            "list_position(?, e.event_type) - 1 AS type, list_position(?, e.quad_class) - 1 "
            "AS quad, list_position(?, e.factuality) - 1 AS fact, e.is_rep, e.rejected, "
            "e.intensity, coalesce(e.confidence, 'NaN'::DOUBLE) AS confidence, "
            "coalesce(c.n_reports, 1) AS reports, coalesce(c.n_articles, 1) AS articles "
            "FROM events e LEFT JOIN event_clusters c ON c.cluster_id = e.cluster_id "
            "ORDER BY e.eid",
            [int(NO_DAY), list(EVENT_TYPES), list(QUAD_CLASSES), list(FACTUALITIES)]
        ).fetchnumpy()
        self.eid = np.asarray(cols["eid"], np.int64)
        self.size = len(self.eid)
        self.day = np.asarray(cols["day"], np.int64)
        self.type = np.asarray(cols["type"], np.int16)
        self.quad = np.asarray(cols["quad"], np.int16)
        self.fact = np.asarray(cols["fact"], np.int16)
        self.is_rep = np.asarray(cols["is_rep"], bool)
        self.rejected = np.asarray(cols["rejected"], bool)
        self.intensity = np.asarray(cols["intensity"], np.float64)
        self.confidence = np.asarray(cols["confidence"], np.float64)
        self.reports = np.asarray(cols["reports"], np.int64)
        self.articles = np.asarray(cols["articles"], np.int64)
        self._orders: dict[str, np.ndarray] = {}
        self._countries: dict[str, np.ndarray] = {}
        return self

    def order(self, sort: str) -> np.ndarray:
        """Positions in the order of ``sort`` (the SQL path's ORDER BY, eid breaking ties)."""
        got = self._orders.get(sort)
        if got is not None:
            return got
        pos = np.arange(self.size)
        undated = self.day == NO_DAY
        no_conf = np.isnan(self.confidence)
        conf = np.nan_to_num(self.confidence)
        # np.lexsort sorts by its last key first
        keys = {
            "date": lambda: (pos, self.day, undated),
            "-date": lambda: (-pos, -self.day, undated),
            "type": lambda: (-pos, -self.day, undated, _TYPE_RANK[self.type]),
            "intensity": lambda: (-pos, self.intensity),
            "-intensity": lambda: (-pos, -self.intensity),
            "reports": lambda: (-pos, self.reports),
            "-reports": lambda: (-pos, -self.reports),
            "confidence": lambda: (-pos, conf, no_conf),
            "-confidence": lambda: (-pos, -conf, no_conf),
        }
        got = self._orders[sort] = np.lexsort(keys[sort]())
        return got

    def positions(self, country: str, con: Any) -> np.ndarray:
        """Positions of the events with an actor or place in ``country`` (read once)."""
        got = self._countries.get(country)
        if got is None:
            eids = con.execute(
                "SELECT eid FROM events WHERE list_contains(countries, ?)", [country]
            ).fetchnumpy()["eid"]
            eids = np.asarray(eids, np.int64)
            pos = np.searchsorted(self.eid, eids)
            # rows written after this index was read are not in it
            known = pos < self.size
            known[known] = self.eid[pos[known]] == eids[known]
            got = self._countries[country] = pos[known]
        return got

    def handles(self, filters: EventFilter) -> bool:
        """Whether every filter given is one the index holds."""
        return not (filters.actor or filters.text or filters.article)

    def page(self, filters: EventFilter, sort: str, limit: int, offset: int, con: Any
             ) -> tuple[int, list[tuple[int, int, int]]]:
        """``(total, [(eid, reports, articles), ...])``: the same rows as the SQL path."""
        mask = np.ones(self.size, bool) if filters.reports else self.is_rep.copy()
        if not filters.rejected:
            mask &= ~self.rejected
        if filters.country:
            has = np.zeros(self.size, bool)
            has[self.positions(filters.country.upper(), con)] = True
            mask &= has
        for column, values, vocabulary in (
                (self.type, f.event_types(filters.event_type), EVENT_TYPES),
                (self.quad, f.quad_classes(filters.quad_class), QUAD_CLASSES),
                (self.fact, f.factualities(filters.factuality), FACTUALITIES)):
            if values:
                mask &= np.isin(column, [vocabulary.index(v) for v in values])
        start, end = f.as_date(filters.start), f.as_date(filters.end)
        if start is not None or end is not None:
            mask &= self.day != NO_DAY
            if start is not None:
                mask &= self.day >= start.toordinal() - _EPOCH
            if end is not None:
                mask &= self.day <= end.toordinal() - _EPOCH
        total = int(mask.sum())
        order = self.order(sort)
        chosen = order[mask[order]][offset:offset + limit]
        return total, list(zip(self.eid[chosen].tolist(), self.reports[chosen].tolist(),
                               self.articles[chosen].tolist(), strict=True))


class RowCache:
    """Recently shown event rows by eid (dicts, or their encoded JSON; bounded, least
    recently used out).

    Event rows change only when corrected, so the owner clears the cache after a
    correction; report counts, which ingest does change, are not cached here.
    """

    def __init__(self, size: int = 20_000) -> None:
        self.size = size
        self.epoch = 0
        """Bumped by :meth:`clear`; rows read before a clear are not kept after it."""
        self._rows: OrderedDict[int, Any] = OrderedDict()
        self._lock = threading.Lock()

    def get_many(self, eids: list[int]) -> dict[int, Any]:
        with self._lock:
            found = {}
            for eid in eids:
                row = self._rows.get(eid)
                if row is not None:
                    self._rows.move_to_end(eid)
                    found[eid] = row
            return found

    def put_many(self, rows: dict[int, Any], epoch: int) -> None:
        with self._lock:
            if epoch != self.epoch:
                return
            for eid, row in rows.items():
                self._rows[eid] = row
                self._rows.move_to_end(eid)
            while len(self._rows) > self.size:
                self._rows.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self.epoch += 1
            self._rows.clear()
