"""The event store: coded events as a durable, queryable DuckDB dataset.

:class:`EventStore` (:mod:`.db`) connects, migrates (:mod:`.migrations`) and
ingests; :mod:`.dedup` finds near-duplicate articles and duplicate events;
:mod:`.export` writes PLOVER JSON, CSV, CAMEO-style TSV and Parquet.
"""

from __future__ import annotations

from realpolitik.store.db import DB_ENV, DEFAULT_DB, AddResult, EventStore, IngestStats

__all__ = ["DB_ENV", "DEFAULT_DB", "AddResult", "EventStore", "IngestStats"]
