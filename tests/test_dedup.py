"""Near-duplicate articles: copy detection precision/recall on the dedup set; counts unchanged."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

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


# --- hand-written rewrites (tests/data/dedup/paraphrased.jsonl) -------------------------------
#
# Ten copies of ten sample articles rewritten by hand the way content farms and syndication
# partners do (new headline, a standfirst, synonyms, sentences reordered, merged and split,
# active <-> passive, one paragraph dropped or moved, share/comment boilerplate): 4 "light",
# 4 "medium", 2 "heavy" (every sentence reworded). Plus 5 hard negatives: follow-up reports on
# the same story a day or two later ("rewrite": "negative", "topic_of": the sample article),
# which are not copies.
#
# Documented limit: the heavy rewrites keep too few adjacent content-word pairs (exact Jaccard
# 0.14-0.18) to clear COPY_THRESHOLD 0.25, while same-story follow-ups reach 0.07 (estimated
# 0.11), so no threshold separates them with a margin MinHash noise respects. Recall is
# asserted on the light and medium copies; the heavy ones must still rank their original first
# and above every negative, and their full recall is an expected failure (xfail) until the
# detector changes.

PARAPHRASED = Path(__file__).parent / "data" / "dedup" / "paraphrased.jsonl"


@pytest.fixture(scope="module")
def paraphrased(sample_store, pipeline, tmp_path_factory):
    """The session sample store (copied) with the hand-written rewrites ingested on top.

    Returns (records by id, flagged {doc_id: original doc_id}, similarity of each new
    document to each original in the sample store {doc_id: {original: jaccard}}).
    """
    from realpolitik.store import dedup

    src, _ = sample_store
    path = tmp_path_factory.mktemp("paraphrased") / "store.duckdb"
    shutil.copyfile(src, path)
    records = {r["id"]: r for r in map(json.loads,
                                       PARAPHRASED.read_text(encoding="utf-8").splitlines())}
    with EventStore(path) as store:
        stats = store.ingest([PARAPHRASED], pipeline=pipeline)
        assert stats.stored == len(records)
        rows = store.query("SELECT a.doc_id, o.doc_id AS original, a.minhash, a.copy_of IS NULL "
                           "AS is_original FROM articles a "
                           "LEFT JOIN articles o ON o.article_hash = a.copy_of")
    flagged = {d: o for d, o in zip(rows["doc_id"], rows["original"], strict=True)
               if isinstance(o, str)}
    sigs = {d: dedup.minhash_from_bytes(bytes(s))
            for d, s in zip(rows["doc_id"], rows["minhash"], strict=True)}
    originals = {d for d, o in zip(rows["doc_id"], rows["is_original"], strict=True)
                 if o and d not in records}
    sims = {d: {o: float(sigs[d].jaccard(sigs[o])) for o in originals} for d in records}
    return records, flagged, sims


def _figures(records, flagged, degrees):
    """(precision, recall) of copy detection over the copies of ``degrees`` and the negatives
    (precision None when nothing is marked); a mark counts only if it names the right original.
    The originals cannot be marked: a copy is only ever marked on arrival."""
    docs = {d for d, r in records.items() if r["rewrite"] in degrees or r["copy_of"] is None}
    expected = {d: records[d]["copy_of"] for d in docs if records[d]["copy_of"]}
    marked = {d: o for d, o in flagged.items() if d in docs}
    true_pos = sum(1 for d, o in marked.items() if expected.get(d) == o)
    precision = true_pos / len(marked) if marked else None
    return precision, true_pos / len(expected)


def test_paraphrased_copy_detection(paraphrased):
    records, flagged, sims = paraphrased
    degrees = sorted({r["rewrite"] for r in records.values()})
    assert degrees == ["heavy", "light", "medium", "negative"]
    for d, r in sorted(records.items()):
        target = r["copy_of"] or r["topic_of"]
        best = max(sims[d].items(), key=lambda kv: kv[1])
        print(f"{r['rewrite']:8s} {d:48s} sim to {'original' if r['copy_of'] else 'same story'}"
              f" {sims[d][target]:.3f}  best {best[0]} {best[1]:.3f}  flagged {flagged.get(d)}")
    for group in (["light"], ["medium"], ["heavy"], ["light", "medium"],
                  ["light", "medium", "heavy"]):
        p, r = _figures(records, flagged, group)
        shown = "n/a (none marked)" if p is None else f"{p:.2f}"
        print(f"copy detection {'+'.join(group):19s} precision {shown}, recall {r:.2f}")

    assert not [d for d, r in records.items() if r["copy_of"] is None and d in flagged]
    precision, recall = _figures(records, flagged, ["light", "medium"])
    assert precision is not None and precision >= 0.95 and recall >= 0.9
    precision, _ = _figures(records, flagged, ["light", "medium", "heavy"])
    assert precision is not None and precision >= 0.95

    # heavy rewrites: the signal is there even where the threshold misses it
    worst_negative = max(max(sims[d].values()) for d, r in records.items()
                         if r["copy_of"] is None)
    for d, r in records.items():
        if r["rewrite"] == "heavy":
            best = max(sims[d], key=sims[d].get)
            assert best == r["copy_of"]
            assert sims[d][best] > worst_negative


@pytest.mark.xfail(reason="heavy rewrites (every sentence reworded) fall below COPY_THRESHOLD: "
                          "estimated Jaccard 0.14-0.20 vs 0.25; see docs/store.md, Dedup",
                   strict=False)
def test_paraphrased_copy_recall_including_heavy(paraphrased):
    records, flagged, _ = paraphrased
    precision, recall = _figures(records, flagged, ["light", "medium", "heavy"])
    assert precision is not None and precision >= 0.95 and recall >= 0.9
