"""Near-duplicate articles: copy detection precision/recall on the dedup set; counts unchanged."""

from __future__ import annotations

import json
from pathlib import Path

from realpolitik.store import EventStore

COPIES = Path(__file__).parent / "data" / "dedup" / "copies.jsonl"


def test_copy_detection_precision_recall(sample_store):
    path, stats = sample_store
    expected = {json.loads(line)["id"]: json.loads(line)["copy_of"]
                for line in COPIES.read_text(encoding="utf-8").splitlines()}
    with EventStore(path, read_only=True) as store:
        rows = store.query("SELECT a.doc_id, o.doc_id AS original FROM articles a "
                           "LEFT JOIN articles o ON o.article_hash = a.copy_of")
    flagged = {d: o for d, o in zip(rows["doc_id"], rows["original"], strict=True)
               if isinstance(o, str)}
    true_pos = sum(1 for d, o in flagged.items() if expected.get(d) == o)
    precision = true_pos / len(flagged) if flagged else 0.0
    recall = true_pos / len(expected)
    print(f"copy detection: precision {precision:.2f}, recall {recall:.2f} "
          f"({len(expected)} copies, {len(rows) - len(expected)} originals)")
    assert precision >= 0.95 and recall >= 0.9


def test_copies_do_not_change_event_counts(sample_store):
    path, stats = sample_store
    assert stats["copies"].copies == len(COPIES.read_text().splitlines())
    assert stats["after"]["event_clusters"] == stats["before"]["event_clusters"]
    assert stats["after"]["events"] > stats["before"]["events"]  # the reports are kept
    with EventStore(path, read_only=True) as store:
        attached = store.scalar("SELECT count(*) FROM events WHERE from_copy "
                                "AND cluster_id IS NOT NULL")
    assert attached > 0


def test_lsh_params_are_datasketchs_choice():
    from datasketch.lsh import _optimal_param

    from realpolitik.store import dedup

    assert dedup.LSH_PARAMS == _optimal_param(dedup.LSH_THRESHOLD, dedup.NUM_PERM, 0.5, 0.5)
