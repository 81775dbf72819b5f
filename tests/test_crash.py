"""Crash safety and concurrency (issue 6): ``realpolitik ingest`` killed with SIGKILL at
random points, then re-run, stores every document exactly once with the events of a
clean run; a second ingest (or a reader) on a file being written gets E401, never a
corrupt store.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from realpolitik.errors import RealpolitikError
from realpolitik.store import EventStore

TRIALS = 10
DOCS = 8
SEED = 6


@pytest.fixture(scope="module")
def subset(tmp_path_factory) -> Path:
    """The first DOCS articles of the sample corpus (small enough for ten runs)."""
    from realpolitik.cli import sample_corpus_path

    lines = sample_corpus_path().read_text("utf-8").splitlines(keepends=True)[:DOCS]
    path = tmp_path_factory.mktemp("crash") / "subset.jsonl"
    path.write_text("".join(lines), "utf-8")
    return path


@pytest.fixture(scope="module")
def clean_counts(subset, pipeline, tmp_path_factory) -> dict[str, int]:
    """Events per document in an uninterrupted run."""
    path = tmp_path_factory.mktemp("clean") / "clean.duckdb"
    with EventStore(path, commit_every=1) as store:
        store.ingest([subset], pipeline=pipeline)
        _check_consistent(store)
        return _per_doc(store)


def _ingest_cmd(subset: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "realpolitik.cli", "ingest", str(subset), "--db", str(db),
            "--commit-every", "1", "-q", "-v"]


def _per_doc(store: EventStore) -> dict[str, int]:
    rows = store.con.execute("SELECT a.doc_id, count(e.eid) FROM articles a LEFT JOIN events e "
                             "USING (article_hash) GROUP BY 1 ORDER BY 1").fetchall()
    return {doc: int(n) for doc, n in rows}


def _check_consistent(store: EventStore) -> None:
    """Whole documents only: no orphan rows, counts that agree with the rows."""
    def none(sql: str) -> None:
        assert store.scalar(sql) == 0, sql

    none("SELECT count(*) FROM (SELECT article_hash FROM articles GROUP BY 1 HAVING count(*) > 1)")
    none("SELECT count(*) FROM events WHERE article_hash NOT IN "
         "(SELECT article_hash FROM articles)")
    none("SELECT count(*) FROM sentences WHERE article_hash NOT IN "
         "(SELECT article_hash FROM articles)")
    none("SELECT count(*) FROM event_actors WHERE eid NOT IN (SELECT eid FROM events)")
    none("SELECT count(*) FROM articles a WHERE n_events != "
         "(SELECT count(*) FROM events e WHERE e.article_hash = a.article_hash)")
    none("SELECT count(*) FROM event_clusters c WHERE n_reports != "
         "(SELECT count(*) FROM events e WHERE e.cluster_id = c.cluster_id)")
    none("SELECT count(*) FROM events WHERE cluster_id IS NOT NULL AND cluster_id NOT IN "
         "(SELECT cluster_id FROM event_clusters)")


@pytest.mark.slow
def test_kill_9_at_random_points_then_rerun(tmp_path, subset, pipeline, clean_counts):
    rnd = random.Random(SEED)
    killed_after = []
    for trial in range(TRIALS):
        db = tmp_path / f"trial{trial}.duckdb"
        target = rnd.randrange(DOCS)  # documents to let through before the kill
        proc = subprocess.Popen(_ingest_cmd(subset, db), stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, text=True)
        stored = 0
        try:
            if target:
                for line in proc.stderr:  # one line per document committed
                    stored += line.startswith("stored ")
                    if stored >= target:
                        break
            else:
                time.sleep(rnd.uniform(0.5, 6.0))  # during start-up or the first documents
            time.sleep(rnd.uniform(0, 0.3))  # then somewhere within the next commit
        finally:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
        if not db.exists():
            killed_after.append(0)
        else:
            with EventStore(db) as store:  # opens (recovering its WAL), whole documents only
                _check_consistent(store)
                before = _per_doc(store)
                killed_after.append(len(before))
                assert all(clean_counts[d] == n for d, n in before.items())
                stats = store.ingest([subset], pipeline=pipeline)  # the re-run
                assert stats.stored == DOCS - len(before) and stats.skipped == len(before)
        if not db.exists():
            with EventStore(db) as store:
                store.ingest([subset], pipeline=pipeline)
        with EventStore(db, read_only=True) as store:
            _check_consistent(store)
            assert _per_doc(store) == clean_counts
    print(f"\ndocuments stored when killed: {killed_after}")
    assert sum(0 < n < DOCS for n in killed_after) >= TRIALS // 2, "kills midway through"
    assert len(set(killed_after)) >= 3, "the kills should land at different points"


@pytest.mark.slow
def test_two_ingests_on_one_file_second_gets_e401(tmp_path, subset, clean_counts):
    db = tmp_path / "shared.duckdb"
    # The first ingest reads standard input: it holds the store, waiting, until we write.
    first = subprocess.Popen([*_ingest_cmd(subset, db)[:4], "-", *_ingest_cmd(subset, db)[5:]],
                             stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while not db.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(0.5)
        second = subprocess.run(_ingest_cmd(subset, db), capture_output=True, text=True,
                                timeout=120)
        assert second.returncode == 1
        assert "[E401]" in second.stderr and "Traceback" not in second.stderr
        with pytest.raises(RealpolitikError) as err:  # a reader, too, is told
            EventStore(db, read_only=True)
        assert err.value.code == "E401"
        rest = first.communicate(subset.read_text("utf-8"), timeout=300)[1]
    finally:
        first.kill()
        first.wait()
    assert first.returncode == 0, rest
    with EventStore(db, read_only=True) as store:
        _check_consistent(store)
        assert _per_doc(store) == clean_counts
