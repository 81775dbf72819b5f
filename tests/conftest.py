"""Shared fixtures: one loaded pipeline per test session (spaCy loads in ~1 s)."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def pipeline():
    from realpolitik.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def event_validator():
    from realpolitik.schema import validator

    return validator()


def shared_path(*parts: str) -> Path:
    """A file under ../shared, or a clean skip where it is absent (a user's clone)."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not present")
    return path


@pytest.fixture(scope="session")
def sample_store(pipeline, tmp_path_factory):
    """A store of the sample corpus (+ the seed article when present), built once.

    Returns ``(path, stats)`` where ``stats`` holds the store counts before and after
    the dedup test set's rewritten copies were ingested on top.
    """
    from datetime import date

    from realpolitik.cli import sample_corpus_path
    from realpolitik.store import EventStore

    path = tmp_path_factory.mktemp("store") / "sample.duckdb"
    seed = SHARED / "seed" / "zarif-latin-america-2020.txt"
    with EventStore(path) as store:
        store.ingest([sample_corpus_path()], pipeline=pipeline)
        if seed.exists():
            store.ingest([seed], pipeline=pipeline, pub_date=date(2020, 11, 6))
        before = store.counts()
        copies = store.ingest([REPO / "tests/data/dedup/copies.jsonl"], pipeline=pipeline)
        after = store.counts()
    return path, {"before": before, "after": after, "copies": copies, "seed": seed.exists()}
