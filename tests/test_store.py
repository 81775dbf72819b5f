"""The event store: schema, idempotent atomic ingest, faults (kill -9, locks, corrupt files)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from realpolitik.errors import RealpolitikError
from realpolitik.model import Actor, Article, Event, Evidence
from realpolitik.store import EventStore
from realpolitik.store.migrations import MIGRATIONS

REPO = Path(__file__).resolve().parents[1]


def _event(doc: str, etype: str = "CONSULT", src: str = "IRN", tgt: str = "VEN",
           day: str = "2020-11-05", n: int = 0) -> Event:
    return Event(event_id=f"{doc}-{n}", doc_id=doc, sentence_index=n, event_type=etype,
                 mode=None, context=[], quad_class="verbal_cooperation", intensity=1.0,
                 source=[Actor(text=src, country=src)], target=[Actor(text=tgt, country=tgt)],
                 location=None, date=day, date_text=None, date_precision="day",
                 factuality="asserted", attribution=None, trigger="met",
                 evidence=Evidence(text="x met y.", start=0, end=8), confidence=0.9)


def test_migrations_are_recorded(tmp_path):
    with EventStore(tmp_path / "s.duckdb") as store:
        names = [r[0] for r in store.con.execute(
            "SELECT name FROM _migrations ORDER BY version").fetchall()]
        assert names == [m.name for m in MIGRATIONS]
        assert store.schema_version == len(MIGRATIONS)


def test_add_is_idempotent_and_reports_merge_across_outlets(tmp_path):
    with EventStore(tmp_path / "s.duckdb", commit_every=1) as store:
        a = Article(doc_id="a", text="Zarif met Maduro in Caracas on Thursday, officials said.")
        b = Article(doc_id="b", text="Iran's foreign minister held talks with Venezuela's "
                                     "president during a visit that surprised analysts.")
        assert store.add(a, [_event("a")]).stored
        assert not store.add(a, [_event("a")]).stored
        store.add(b, [_event("b", day="2020-11-06")])
        counts = store.counts()
        assert counts["articles"] == 2 and counts["events"] == 2
        assert counts["event_clusters"] == 1  # one event, two reports
        row = store.con.execute("SELECT n_reports, n_articles FROM event_clusters").fetchone()
        assert row == (2, 2)


def test_store_round_trips_the_contract_records(sample_store):
    from realpolitik.store.export import records

    path, _ = sample_store
    with EventStore(path, read_only=True) as store:
        stored = list(records(store, reports=True))
        assert stored and all("event_id" in r and "evidence" in r for r in stored)
        assert "n_reports" not in stored[0]


def test_second_writer_gets_a_clear_error(tmp_path):
    path = tmp_path / "locked.duckdb"
    EventStore(path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from realpolitik.store import EventStore; "
         f"s = EventStore({str(path)!r}); print('ready', flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(RealpolitikError) as err:
            EventStore(path)
        assert err.value.code == "E401"
    finally:
        holder.kill()
        holder.wait()


def test_corrupt_file_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "corrupt.duckdb"
    junk = b"this is not a database\n" * 500
    path.write_bytes(junk)
    with pytest.raises(RealpolitikError) as err:
        EventStore(path)
    assert err.value.code == "E402"
    assert path.read_bytes() == junk


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "new.duckdb"
    with EventStore(path) as store:
        store.con.execute("INSERT INTO _migrations VALUES (999, 'future', now()::TIMESTAMP)")
    with pytest.raises(RealpolitikError) as err:
        EventStore(path)
    assert err.value.code == "E403"


def test_missing_store_for_queries(tmp_path):
    with pytest.raises(RealpolitikError) as err:
        EventStore(tmp_path / "none.duckdb", read_only=True)
    assert err.value.code == "E404"


def test_corrections_are_recorded(tmp_path):
    with EventStore(tmp_path / "c.duckdb", commit_every=1) as store:
        store.add(Article(doc_id="a", text="Zarif met Maduro."), [_event("a")])
        assert store.correct("a-0", "event_type", "AGREE", note="a deal, not a visit") == 1
        assert store.scalar("SELECT event_type FROM events") == "AGREE"
        assert store.scalar("SELECT old_value FROM corrections") == "CONSULT"
        with pytest.raises(ValueError):
            store.correct("a-0", "evidence_text; DROP TABLE events", "x")


@pytest.mark.slow
def test_kill_9_during_ingest_loses_and_doubles_nothing(tmp_path, sample_store):
    from realpolitik.cli import sample_corpus_path

    path = tmp_path / "killed.duckdb"
    cmd = [sys.executable, "-m", "realpolitik.cli", "ingest", str(sample_corpus_path()),
           "--db", str(path), "--commit-every", "1", "-q"]
    proc = subprocess.Popen([*cmd, "-v"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True)
    stored = 0
    for line in proc.stderr:  # each line: one document committed (--commit-every 1)
        stored += line.startswith("stored ")
        if stored >= 3:
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with EventStore(path) as store:
        assert 0 < store.counts()["articles"] < 49, "the run should have been killed midway"
    subprocess.run(cmd, check=True)
    with EventStore(path, read_only=True) as store:
        hashes = store.query("SELECT article_hash, count(*) AS n FROM articles GROUP BY 1")
        assert len(hashes) == 49 and (hashes["n"] == 1).all()
        killed = store.counts()
        per_doc = store.query("SELECT doc_id, count(*) AS n FROM events GROUP BY 1 ORDER BY 1")
    clean_path, _ = sample_store
    with EventStore(clean_path, read_only=True) as clean:
        ref = clean.query("SELECT e.doc_id, count(*) AS n FROM events e JOIN articles a "
                          "USING (article_hash) WHERE a.origin LIKE '%articles.jsonl%' "
                          "GROUP BY 1 ORDER BY 1")
    assert per_doc.to_dict("records") == ref.to_dict("records")
    assert killed["events"] == int(ref["n"].sum())


def test_corrections_keep_the_dyad_summary_in_step(tmp_path):
    from realpolitik import analysis

    with EventStore(tmp_path / "c.duckdb", commit_every=1) as store:
        store.add(Article(doc_id="a", text="Zarif met Maduro."), [_event("a")])
        store.add(Article(doc_id="b", text="Iran threatened Venezuela over a debt dispute."),
                  [_event("b", etype="THREATEN", day="2020-12-01")])
        assert analysis.dyads(store)["net_cooperation"].tolist() == [2]
        store.correct("b-0", "quad_class", "verbal_conflict")
        row = analysis.dyads(store).iloc[0]
        assert (row["net_cooperation"], row["verbal_conflict"]) == (0, 1)
        store.correct("b-0", "factuality", "negated")
        assert analysis.dyads(store)["events"].tolist() == [1]
