"""An in-memory copy of the event table for pages: filter, count, sort and answer without SQL.

A page of events needs a count and a sorted slice over every matching event, then
the page's rows; in DuckDB the first two scan the table and the rows cost a query
and a JSON decode each. The API process is the store's only writer, so it holds:

* the columns that filters and sorts read, as NumPy arrays, and every sort order;
* each event's countries (position lists) and folded evidence text (for ``text``);
* each event's table row already encoded as JSON (without its report counts,
  which ingest changes and the arrays hold), about 1.2 KB an event.

A page is then a boolean mask, a count, a walk along a precomputed order and a
join of bytes. A :class:`PageIndex` is a snapshot and is never changed in place
(readers may hold it while a write goes on): after a write its owner swaps in
:meth:`PageIndex.appended` (the new events, and the report counts of the clusters
they joined; ingest changes nothing else) or :meth:`PageIndex.corrected` (the rows
of one corrected event). Filters the copy does not hold (actor, article) are
answered by SQL (:func:`realpolitik.analysis.browse.pick_page`). Tests hold both
paths equal over random filters.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

import numpy as np

from realpolitik.analysis import _filters as f
from realpolitik.analysis import browse
from realpolitik.model import EVENT_TYPES, FACTUALITIES, QUAD_CLASSES

if TYPE_CHECKING:
    from realpolitik.analysis._filters import EventFilter

NO_DAY = np.iinfo(np.int32).min
"""The day number of undated events (below every real day: never inside a window)."""
_TYPE_RANK = np.array([sorted(EVENT_TYPES).index(t) for t in EVENT_TYPES])
"""Alphabetical rank of each event-type code (SQL sorts types by name)."""
_EPOCH = date(1970, 1, 1).toordinal()
_CHUNK = 5000
_TEXT_CACHE = 256
"""Text filters whose matching positions are kept (each extended as events arrive)."""

_COLUMNS_SQL = (
    "SELECT e.eid, coalesce(date_diff('day', DATE '1970-01-01', e.date), ?) AS day, "
    "list_position(?, e.event_type) - 1 AS type, list_position(?, e.quad_class) - 1 "
    "AS quad, list_position(?, e.factuality) - 1 AS fact, e.is_rep, e.rejected, "
    "e.intensity, coalesce(e.confidence, 'NaN'::DOUBLE) AS confidence, "
    "coalesce(c.n_reports, 1) AS reports, coalesce(c.n_articles, 1) AS articles, "
    "coalesce(e.cluster_id, -1) AS cluster, e.countries, e.evidence_text "
    "FROM events e LEFT JOIN event_clusters c ON c.cluster_id = e.cluster_id ")
_ARRAYS = {"eid": np.int64, "day": np.int64, "type": np.int16, "quad": np.int16,
           "fact": np.int16, "is_rep": bool, "rejected": bool, "intensity": np.float64,
           "confidence": np.float64, "reports": np.int64, "articles": np.int64,
           "cluster": np.int64}


def encode_row(row: dict[str, Any]) -> bytes:
    """A table row as the API sends it (UTF-8 JSON, dates already text)."""
    return json.dumps(row, ensure_ascii=False, default=_plain, allow_nan=False).encode("utf-8")


def _plain(o: Any) -> Any:
    if isinstance(o, date):
        return o.isoformat()
    if hasattr(o, "item"):  # numpy scalars
        return o.item()
    raise TypeError(type(o).__name__)


def fold(text: str) -> str:
    """``text`` lower-cased as DuckDB's ILIKE does (simple case mapping: ``İ`` → ``i``, and
    ``Σ`` → ``σ`` wherever it stands), so a substring test equals ``ILIKE '%…%'``."""
    return text.replace("İ", "i").replace("Σ", "σ").lower()


class PageIndex:
    """Filter columns, sort orders and encoded rows of all events (one snapshot)."""

    def __init__(self) -> None:
        self.generation = -1
        """The owner's write count this snapshot was read at."""
        self.size = 0
        for name, kind in _ARRAYS.items():
            setattr(self, name, np.zeros(0, kind))
        self.rows: list[bytes | None] = []
        """Each event's encoded row (None: not read yet, see :meth:`load`)."""
        self.texts: list[str | None] = []
        self.countries: dict[str, np.ndarray] = {}
        self._orders: dict[str, np.ndarray] = {}
        self._bases: dict[tuple[bool, bool], tuple[np.ndarray, int]] = {}
        self._text_hits: dict[str, tuple[int, np.ndarray]] = {}
        """Positions matching a text filter, searched up to a size; shared by snapshots
        (positions never move and evidence text is never corrected)."""

    # --- reading ---------------------------------------------------------------------

    def load(self, con: Any, *, rows: bool = True) -> PageIndex:
        """Read every event; with ``rows``, encode every table row too (else each is read
        when first shown, see :meth:`keep_rows`)."""
        cols = _read(con, "", [])
        self._set(cols)
        self.countries = _by_country(cols["countries"], 0)
        self.rows = _encode_all(con, self.eid) if rows else [None] * self.size
        for sort in _SORT_KEYS:
            self.order(sort)
        return self

    def _set(self, cols: dict[str, Any]) -> None:
        for name, kind in _ARRAYS.items():
            setattr(self, name, np.asarray(cols[name], kind))
        self.size = len(self.eid)
        self.texts = [fold(t) if t is not None else None for t in cols["evidence_text"]]

    def _copy(self) -> PageIndex:
        new = PageIndex.__new__(PageIndex)
        new.__dict__.update(self.__dict__)
        new._orders = dict(self._orders)
        new._bases = {}
        return new

    def appended(self, con: Any) -> PageIndex:
        """A new snapshot after an ingest: its new events (ids above every id held) and the
        report counts of the clusters they joined; this snapshot is left as it was."""
        last = int(self.eid[-1]) if self.size else -1
        cols = _read(con, "WHERE e.eid > ?", [last])
        new = self._copy()
        added = len(cols["eid"])
        if added:
            old = self.size
            for name, kind in _ARRAYS.items():
                setattr(new, name, np.concatenate([getattr(self, name),
                                                   np.asarray(cols[name], kind)]))
            new.size = old + added
            new.texts = self.texts + [fold(t) if t is not None else None
                                      for t in cols["evidence_text"]]
            fresh: list[bytes | None] = [None] * added
            if self.full:  # a full copy stays full
                fresh = _encode_all(con, new.eid[old:])
            new.rows = self.rows + fresh
            new.countries = dict(self.countries)
            for country, pos in _by_country(cols["countries"], old).items():
                have = new.countries.get(country)
                new.countries[country] = pos if have is None else np.concatenate([have, pos])
            new._orders = {}
            for sort, order in self._orders.items():
                new._orders[sort] = new._insert(sort, order, np.arange(old, new.size))
            touched = [int(c) for c in np.unique(new.cluster[old:]) if c >= 0]
            if touched:
                new._recount(con, touched, old)
        return new

    def _recount(self, con: Any, clusters: list[int], old: int) -> None:
        """Take the report counts of ``clusters`` for the first ``old`` positions."""
        pos = np.flatnonzero(np.isin(self.cluster[:old], clusters))
        if not len(pos):
            return
        counts = {int(c): (int(n), int(m)) for c, n, m in con.execute(
            "SELECT cluster_id, n_reports, n_articles FROM event_clusters "
            "WHERE list_contains(?, cluster_id)", [clusters]).fetchall()}
        reports, articles = self.reports.copy(), self.articles.copy()
        for p in pos.tolist():
            reports[p], articles[p] = counts.get(int(self.cluster[p]), (1, 1))
        changed = pos[(reports[pos] != self.reports[pos]) | (articles[pos] != self.articles[pos])]
        self.reports, self.articles = reports, articles
        if len(changed):
            for sort in ("reports", "-reports"):
                if sort in self._orders:
                    self._orders[sort] = self._insert(sort, self._orders[sort], changed)

    def corrected(self, con: Any, event_id: str) -> PageIndex:
        """A new snapshot after a correction: the rows of ``event_id`` read again, the sort
        orders and country lists rebuilt."""
        cols = _read(con, "WHERE e.event_id = ?", [event_id])
        eids = np.asarray(cols["eid"], np.int64)
        if not len(eids):  # no such event: nothing changed
            return self
        pos = np.searchsorted(self.eid, eids)
        if (pos >= self.size).any() or (self.eid[pos] != eids).any():
            return PageIndex().load(con, rows=self.full)
        new = self._copy()
        for name, kind in _ARRAYS.items():
            column = getattr(self, name).copy()
            column[pos] = np.asarray(cols[name], kind)
            setattr(new, name, column)
        new.rows = list(self.rows)
        encoded = {r["eid"]: encode_row(r) for r in browse.page_rows(con, eids.tolist())}
        for eid, p in zip(eids.tolist(), pos.tolist(), strict=True):
            new.rows[p] = encoded.get(eid)
        every = con.execute("SELECT countries FROM events ORDER BY eid").fetchnumpy()
        new.countries = _by_country(every["countries"], 0)
        new._orders = {}
        for sort in _SORT_KEYS:
            new.order(sort)
        return new

    # --- pages -----------------------------------------------------------------------

    def order(self, sort: str) -> np.ndarray:
        """Positions in the order of ``sort`` (the SQL path's ORDER BY, eid breaking ties)."""
        got = self._orders.get(sort)
        if got is None:
            # np.lexsort sorts by its last key first
            got = self._orders[sort] = np.lexsort(self._keys(sort, np.arange(self.size))[::-1])
        return got

    def _keys(self, sort: str, pos: np.ndarray) -> list[np.ndarray]:
        """The sort keys of ``sort`` at positions ``pos``, first key first."""
        return _SORT_KEYS[sort](self, pos)

    @property
    def full(self) -> bool:
        """Whether every event's row is held (read by :meth:`load`, not on demand)."""
        return self.size == 0 or self.rows[-1] is not None

    def _insert(self, sort: str, order: np.ndarray, positions: np.ndarray) -> np.ndarray:
        """``order`` with ``positions`` (new, or with changed keys) put in their places."""
        if len(positions) > 2000:
            return np.lexsort(self._keys(sort, np.arange(self.size))[::-1])
        if positions.min() < len(order):  # positions already there move: take them out
            order = order[~np.isin(order, positions)]
        wanted = self._keys(sort, positions)
        ranked = np.lexsort(wanted[::-1])
        positions, wanted = positions[ranked], [k[ranked] for k in wanted]
        # a binary search for all of them at once: lo ends at the first place whose
        # keys are not below theirs (bisect_left)
        lo, hi = np.zeros(len(positions), np.int64), np.full(len(positions), len(order))
        while (active := lo < hi).any():
            mid = (lo + hi) // 2
            there = self._keys(sort, order[np.minimum(mid, len(order) - 1)])
            below, same = np.zeros(len(mid), bool), np.ones(len(mid), bool)
            for a, b in zip(there, wanted, strict=True):
                below |= same & (a < b)
                same &= a == b
            lo = np.where(active & below, mid + 1, lo)
            hi = np.where(active & ~below, mid, hi)
        # lo is ascending: the k-th inserted lands at lo[k] + k
        out = np.empty(len(order) + len(positions), order.dtype)
        at = lo + np.arange(len(positions))
        rest = np.ones(len(out), bool)
        rest[at] = False
        out[rest] = order
        out[at] = positions
        return out

    def handles(self, filters: EventFilter) -> bool:
        """Whether every filter given is one this copy holds."""
        return not (filters.actor or filters.article or filters.min_confidence is not None
                    or (filters.text and "\x00" in filters.text))

    def page(self, filters: EventFilter, sort: str, limit: int, offset: int, con: Any = None
             ) -> tuple[int, list[tuple[int, int, int]]]:
        """``(total, [(eid, reports, articles), ...])``: the same rows as the SQL path."""
        chosen, total = self.pick(filters, sort, limit, offset)
        return total, list(zip(self.eid[chosen].tolist(), self.reports[chosen].tolist(),
                               self.articles[chosen].tolist(), strict=True))

    def pick(self, filters: EventFilter, sort: str, limit: int, offset: int
             ) -> tuple[np.ndarray, int]:
        """The page's positions, in order, and the number of events matching."""
        mask, total = self._base(bool(filters.reports), bool(filters.rejected))
        narrowed = False

        def narrow(by: np.ndarray) -> None:
            nonlocal mask, narrowed
            mask = mask & by  # a new array: the cached base stays as it is
            narrowed = True

        if filters.country:
            has = np.zeros(self.size, bool)
            has[self.countries.get(filters.country.upper(), _NONE)] = True
            narrow(has)
        for column, values, vocabulary in (
                (self.type, f.event_types(filters.event_type), EVENT_TYPES),
                (self.quad, f.quad_classes(filters.quad_class), QUAD_CLASSES),
                (self.fact, f.factualities(filters.factuality), FACTUALITIES)):
            if values:
                wanted = np.zeros(len(vocabulary) + 1, bool)  # the last: none of them
                wanted[[vocabulary.index(v) for v in values]] = True
                narrow(wanted[column])
        start, end = f.as_date(filters.start), f.as_date(filters.end)
        if start is not None or end is not None:
            lo = start.toordinal() - _EPOCH if start is not None else NO_DAY + 1
            hi = end.toordinal() - _EPOCH if end is not None else np.iinfo(np.int64).max
            narrow((self.day >= lo) & (self.day <= hi))
        if filters.text:
            has = np.zeros(self.size, bool)
            has[self.text_positions(filters.text)] = True
            narrow(has)
        if narrowed:
            total = int(np.count_nonzero(mask))
        order = self.order(sort)
        if offset + limit <= 2000 and total > 20 * (offset + limit):
            # a common filter and an early page: look at the head of the order only
            head = order[: max(4096, 40 * (offset + limit) * self.size // max(total, 1))]
            chosen = head[mask[head]][offset:offset + limit]
            if len(chosen) == min(limit, max(0, total - offset)):
                return chosen, total
        return order[mask[order]][offset:offset + limit], total

    def _base(self, reports: bool, rejected: bool) -> tuple[np.ndarray, int]:
        """The mask (and its count) of the events a page starts from: representatives or
        every report, with or without those marked wrong."""
        got = self._bases.get((reports, rejected))
        if got is None:
            mask = np.ones(self.size, bool) if reports else self.is_rep.copy()
            if not rejected:
                mask &= ~self.rejected
            got = self._bases[(reports, rejected)] = (mask, int(np.count_nonzero(mask)))
        return got

    def text_positions(self, text: str) -> np.ndarray:
        """Positions whose evidence text contains ``text``, ignoring case (as ILIKE)."""
        needle = fold(text)
        searched, hits = self._text_hits.get(needle, (0, _NONE))
        if searched < self.size:
            texts = self.texts
            more = [i for i in range(searched, self.size)
                    if (t := texts[i]) is not None and needle in t]
            hits = np.concatenate([hits, np.asarray(more, np.int64)]) if more else hits
            if len(self._text_hits) >= _TEXT_CACHE:
                self._text_hits.pop(next(iter(self._text_hits)), None)
            self._text_hits[needle] = (self.size, hits)
        elif searched > self.size:  # an older snapshot than the one that searched
            hits = hits[hits < self.size]
        return hits

    def rows_at(self, eids: Sequence[int]) -> dict[int, bytes]:
        """The encoded rows held for these events (those not held are left out)."""
        pos = np.searchsorted(self.eid, np.asarray(eids, np.int64))
        found = {}
        for eid, p in zip(eids, pos.tolist(), strict=True):
            if p < self.size and self.eid[p] == eid and (row := self.rows[p]) is not None:
                found[eid] = row
        return found

    def keep_rows(self, rows: dict[int, bytes]) -> None:
        """Hold rows read on demand (events not encoded by :meth:`load`)."""
        pos = np.searchsorted(self.eid, np.asarray(list(rows), np.int64))
        for eid, p in zip(rows, pos.tolist(), strict=True):
            if p < self.size and self.eid[p] == eid:
                self.rows[p] = rows[eid]

    def memory(self) -> int:
        """Bytes held (arrays, orders, encoded rows and texts; approximate)."""
        import sys

        total = sum(getattr(self, name).nbytes for name in _ARRAYS)
        total += sum(o.nbytes for o in self._orders.values())
        total += sum(p.nbytes for p in self.countries.values())
        total += sys.getsizeof(self.rows) + sys.getsizeof(self.texts)
        total += sum(sys.getsizeof(r) for r in self.rows if r is not None)
        total += sum(sys.getsizeof(t) for t in self.texts if t is not None)
        return total


_NONE = np.zeros(0, np.int64)

def _dated(s: PageIndex, pos: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    day = s.day[pos]
    return day == NO_DAY, day


def _confidence(s: PageIndex, pos: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    confidence = s.confidence[pos]
    missing = np.isnan(confidence)
    return missing, np.where(missing, 0.0, confidence)


_SORT_KEYS: dict[str, Callable[[PageIndex, np.ndarray], list[np.ndarray]]] = {
    # (index, positions) -> the keys at those positions, first key first
    "date": lambda s, p: [*_dated(s, p), p],
    "-date": lambda s, p: [(d := _dated(s, p))[0], -d[1], -p],
    "type": lambda s, p: [_TYPE_RANK[s.type[p]], (d := _dated(s, p))[0], -d[1], -p],
    "intensity": lambda s, p: [s.intensity[p], -p],
    "-intensity": lambda s, p: [-s.intensity[p], -p],
    "reports": lambda s, p: [s.reports[p], -p],
    "-reports": lambda s, p: [-s.reports[p], -p],
    "confidence": lambda s, p: [*_confidence(s, p), -p],
    "-confidence": lambda s, p: [(c := _confidence(s, p))[0], -c[1], -p],
}
"""Each sort's keys (the SQL ORDER BY of :data:`realpolitik.analysis.browse.SORTS`)."""


def _read(con: Any, where: str, params: list[Any]) -> dict[str, Any]:
    return con.execute(_COLUMNS_SQL + where + " ORDER BY e.eid",
                       [int(NO_DAY), list(EVENT_TYPES), list(QUAD_CLASSES),
                        list(FACTUALITIES), *params]).fetchnumpy()


def _by_country(lists: Any, first: int) -> dict[str, np.ndarray]:
    found: dict[str, list[int]] = defaultdict(list)
    for i, countries in enumerate(lists):
        if countries is not None:
            for c in countries:
                found[c].append(first + i)
    return {c: np.asarray(p, np.int64) for c, p in found.items()}


def _encode_all(con: Any, eids: np.ndarray) -> list[bytes | None]:
    """The encoded rows of ``eids`` (ascending), read a range of ids at a time."""
    out: list[bytes | None] = []
    for i in range(0, len(eids), _CHUNK):
        chunk = eids[i:i + _CHUNK].tolist()
        by_eid = {r["eid"]: encode_row(r)
                  for r in browse.rows_between(con, chunk[0], chunk[-1])}
        out.extend(by_eid.get(e) for e in chunk)
    return out
