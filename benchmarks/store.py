"""Store benchmark: ingest cost vs coding cost, and dyad-query latency over 1M events.

    .venv/bin/python benchmarks/store.py [--events 1000000]

Coding and storing are timed separately inside ``EventStore.ingest_articles`` on
the bundled sample corpus (repeated with distinct texts to smooth the figures);
the dyad query runs on synthetic events generated directly in DuckDB.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from datetime import date
from pathlib import Path

from machine import cpu_model  # benchmarks/ is the script's own folder

from realpolitik import analysis
from realpolitik.cli import sample_corpus_path
from realpolitik.ingest import read_documents
from realpolitik.model import Article
from realpolitik.pipeline import Pipeline
from realpolitik.store import EventStore, summary


def ingest_cost(tmp: Path, repeats: int) -> tuple[float, float, int]:
    pipeline = Pipeline()
    base = list(read_documents([sample_corpus_path()]))
    docs = [Article(doc_id=f"{a.doc_id}-{r}", text=f"{a.text}\n\nEdition {r}.", date=a.date,
                    title=a.title) for r in range(repeats) for a in base]
    with EventStore(tmp / "ingest.duckdb") as store:
        stats = store.ingest_articles(docs, pipeline)
    return stats.coding_seconds, stats.store_seconds, stats.stored


def dyad_latency(tmp: Path, n: int) -> tuple[float, float, int, float, float]:
    with EventStore(tmp / "big.duckdb") as store:
        t0 = time.perf_counter()
        store.con.execute(
            "INSERT INTO dyad_facts SELECT i, 'C' || lpad(CAST(i * 7 % 150 AS VARCHAR), 2, '0'), "
            "'C' || lpad(CAST(i * 13 % 149 AS VARCHAR), 2, '0'), "
            "DATE '2015-01-01' + CAST(i % 3650 AS INTEGER), 'CONSULT', "
            "CASE i % 4 WHEN 0 THEN 'verbal_cooperation' WHEN 1 THEN 'material_cooperation' "
            "WHEN 2 THEN 'verbal_conflict' ELSE 'material_conflict' END, "
            "CAST(i % 21 AS DOUBLE) - 10, 'asserted', 1 + i % 3 FROM range(?) t(i)", [n])
        build = time.perf_counter() - t0
        t0 = time.perf_counter()  # facts inserted behind ingest's back: rebuild the summary
        summary.rebuild(store.con)
        rebuild = time.perf_counter() - t0
        cells = store.scalar("SELECT count(*) FROM dyad_months")
        analysis.dyads(store, start="2020-01-01", end="2020-12-31")  # warm-up
        times = []
        for _ in range(5):
            t0 = time.perf_counter()
            analysis.dyads(store, start=date(2015, 1, 1), end=date(2024, 12, 31))
            times.append(time.perf_counter() - t0)
        reference = []  # the straightforward query over the fact rows, for comparison
        for _ in range(3):
            t0 = time.perf_counter()
            analysis.dyads(store, start=date(2015, 1, 1), end=date(2024, 12, 31), directed=True)
            reference.append(time.perf_counter() - t0)
    return build, rebuild, cells, sorted(times)[len(times) // 2], sorted(reference)[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--repeats", type=int, default=2)
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} CPUs, {cpu_model()}; {date.today()}")
    with tempfile.TemporaryDirectory() as d:
        coding, storing, docs = ingest_cost(Path(d), args.repeats)
        print(f"ingest: {docs} documents; coding {coding:.2f} s, storing {storing:.2f} s "
              f"= {100 * storing / coding:.1f} % of coding")
        build, rebuild, cells, query, directed = dyad_latency(Path(d), args.events)
        print(f"dyads over {args.events:,} synthetic events: median {1000 * query:.0f} ms "
              f"(generated in {build:.1f} s; summary rebuilt in {rebuild:.1f} s, {cells:,} "
              f"cells); directed (from the facts): median {1000 * directed:.0f} ms")


if __name__ == "__main__":
    main()
