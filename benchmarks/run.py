"""Throughput benchmark: ``code`` vs spaCy alone, memory, ingest cost, Dask scaling.

    .venv/bin/python benchmarks/run.py [--articles 2000] [--join 1] [--dask-articles 400]
                                       [--ingest-articles 200] [--fast]
                                       [--out benchmarks/results/run.json]

The corpus is built from the bundled sample articles, repeated and shuffled (seeded)
to ``--articles`` documents with distinct ids; ``--join K`` concatenates K sample
articles into one document (K=3 gives ~870-token articles). Figures printed and
written as JSON:

* ``spacy``: ``nlp.pipe`` alone on exactly the texts the coder parses (the floor), without
  realpolitik's lemma fixes (``realpolitik.nlp.lemma_fixes``), which count as our overhead;
  with ``--fast`` (the pipeline without spaCy's NER, ``Pipeline(fast=True)``) the floor
  is spaCy with the same components, without NER, and ``spacy_with_entities`` adds the
  rule-based entity recogniser, which counts as our own overhead;
* ``code``: ``Pipeline.code_articles`` end to end, single process (= per core);
  ``ratio`` = code throughput / spaCy throughput; RSS sampled along the stream;
* ``ingest``: coding vs storing seconds of ``EventStore.ingest_articles``;
* ``dask``: a LocalCluster of 1 then 2 single-threaded workers on ``--dask-articles``
  documents (pipelines loaded before timing); efficiency = T1 / (2 × T2).

Needs ``pip install -e '.[dev]'`` (Dask and pyarrow) for the Dask part; ``--no-dask``
skips it. The host's load average is recorded: other jobs on the machine skew the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from machine import cpu_model  # benchmarks/ is the script's own folder

from realpolitik.cli import sample_corpus_path
from realpolitik.entities import COMPONENT
from realpolitik.events.coder import mask_dateline
from realpolitik.ingest import read_documents
from realpolitik.model import Article
from realpolitik.nlp import FAST_ENV, LEMMA_FIXES
from realpolitik.pipeline import Pipeline

HERE = Path(__file__).resolve().parent


def rss_mb() -> float:
    """Current resident set size of this process (MB)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError):  # pragma: no cover - not Linux
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load() -> list[float]:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:  # pragma: no cover
        return []


def build_corpus(n: int, join: int, seed: int = 8) -> list[Article]:
    base = list(read_documents([sample_corpus_path()]))
    rng = random.Random(seed)
    out: list[Article] = []
    pool: list[Article] = []
    while len(out) < n:
        if len(pool) < join:
            pool = base[:]
            rng.shuffle(pool)
        parts = [pool.pop() for _ in range(join)]
        first = parts[0]
        text = "\n\n".join(p.text for p in parts)
        out.append(Article(doc_id=f"bench-{len(out):06d}-{first.doc_id}", text=text,
                           date=first.date, title=first.title, source=first.source))
    return out


def write_jsonl(articles: list[Article], path: Path) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for a in articles:
            fh.write(json.dumps({"id": a.doc_id, "text": a.text, "title": a.title,
                                 "date": a.date.isoformat() if a.date else None,
                                 "language": "en"}, ensure_ascii=False) + "\n")


def bench_spacy(pipeline: Pipeline, texts: list[str], batch_size: int,
                without: tuple[str, ...] = ()) -> dict:
    nlp = pipeline.nlp
    with nlp.select_pipes(disable=[p for p in without if p in nlp.pipe_names]):
        t0, c0 = time.perf_counter(), time.process_time()
        tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=batch_size))
        seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {"seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2), "tokens": tokens,
            "articles_per_s": round(len(texts) / seconds, 2),
            "tokens_per_s": round(tokens / seconds)}


def bench_code(pipeline: Pipeline, articles: list[Article], tokens: int) -> dict:
    samples: list[tuple[int, float]] = [(0, round(rss_mb(), 1))]
    every = max(1, len(articles) // 10)
    n_events = 0
    t0, c0 = time.perf_counter(), time.process_time()
    for i, (_a, events) in enumerate(pipeline.code_articles(articles), 1):
        n_events += len(events)
        if i % every == 0:
            samples.append((i, round(rss_mb(), 1)))
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {"seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2), "events": n_events,
            "articles_per_s": round(len(articles) / seconds, 2),
            "tokens_per_s": round(tokens / seconds), "rss_mb_along_stream": samples}


def bench_ingest(pipeline: Pipeline, articles: list[Article]) -> dict:
    """Coding vs storing time; texts made distinct (the store skips identical texts),
    so repeated sample articles are stored as near-duplicate copies, as in store.py."""
    from dataclasses import replace

    from realpolitik.store import EventStore

    articles = [replace(a, text=f"{a.text}\n\nEdition {i}.") for i, a in enumerate(articles)]
    with tempfile.TemporaryDirectory() as tmp, EventStore(Path(tmp) / "b.duckdb") as store:
        stats = store.ingest_articles(articles, pipeline)
    return {"documents": stats.stored, "copies": stats.copies,
            "coding_seconds": round(stats.coding_seconds, 2),
            "store_seconds": round(stats.store_seconds, 2),
            "store_share_of_coding": round(stats.store_seconds / stats.coding_seconds, 3)}


def bench_dask(articles: list[Article], chunk_size: int) -> dict:
    from distributed import Client, LocalCluster

    from realpolitik.engine_dask import code_dask
    from realpolitik.parallel import worker_pipeline

    out: dict = {"articles": len(articles), "chunk_size": chunk_size}
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "in.jsonl"
        write_jsonl(articles, src)
        for n in (1, 2):
            with LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                              dashboard_address=None) as cluster, Client(cluster) as client:
                client.run(worker_pipeline)  # load spaCy + KB in every worker before timing
                t0 = time.perf_counter()
                stats = code_dask([src], Path(tmp) / f"out{n}", client=client,
                                  chunk_size=chunk_size)
                seconds = time.perf_counter() - t0
                rss = client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
            out[f"workers_{n}"] = {"seconds": round(seconds, 2), "events": stats.events,
                                   "articles_per_s": round(len(articles) / seconds, 2),
                                   "worker_peak_rss_mb": round(max(rss.values()) / 1024, 1)}
    out["efficiency_1_to_2"] = round(out["workers_1"]["seconds"]
                                     / (2 * out["workers_2"]["seconds"]), 3)
    return out


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--join", type=int, default=1,
                    help="sample articles per benchmark article (3 → ~870 tokens)")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--ingest-articles", type=int, default=200)
    ap.add_argument("--dask-articles", type=int, default=400)
    ap.add_argument("--dask-chunk-size", type=int, default=25)
    ap.add_argument("--no-dask", action="store_true")
    ap.add_argument("--fast", action="store_true",
                    help="the fast pipeline: rule-based entities instead of spaCy's NER")
    ap.add_argument("--out", type=Path, default=HERE / "results" / "run.json")
    args = ap.parse_args(argv)

    result: dict = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {"cpu": cpu_model(), "nproc": os.cpu_count(),
                    "python": platform.python_version(), "platform": platform.platform(),
                    "load_average_before": load()},
        "corpus": {"articles": args.articles, "join": args.join},
        "mode": "fast" if args.fast else "full",
    }
    if args.fast:
        os.environ[FAST_ENV] = "1"  # the Dask workers' pipelines too
    t0 = time.perf_counter()
    pipeline = Pipeline(batch_size=args.batch_size, fast=args.fast)
    result["load_seconds"] = round(time.perf_counter() - t0, 2)
    result["spacy_components"] = pipeline.nlp.pipe_names
    articles = build_corpus(args.articles, args.join)
    texts = [mask_dateline(a.text) for a in articles]
    # warm-up (first-call costs: lazy imports, caches), not timed
    for _ in pipeline.code_articles(articles[:20]):
        pass

    # (realpolitik's lemma fixes are its own work, counted with the coder's)
    result["spacy"] = spacy = bench_spacy(pipeline, texts, args.batch_size,
                                          (COMPONENT, LEMMA_FIXES))
    result["corpus"]["tokens_per_article"] = round(spacy["tokens"] / len(texts))
    _print("spaCy alone", spacy)
    if args.fast:
        result["spacy_with_entities"] = bench_spacy(pipeline, texts, args.batch_size)
        _print("spaCy + rule-based entities", result["spacy_with_entities"])
    result["code"] = code = bench_code(pipeline, articles, spacy["tokens"])
    code["ratio_to_spacy"] = round(code["articles_per_s"] / spacy["articles_per_s"], 3)
    code["coder_ms_per_article"] = round(
        (code["seconds"] - spacy["seconds"]) / len(articles) * 1000, 2)
    # CPU time: the same figures, less skewed by other jobs on a loaded machine
    code["ratio_to_spacy_cpu"] = round(spacy["cpu_seconds"] / code["cpu_seconds"], 3)
    code["coder_cpu_ms_per_article"] = round(
        (code["cpu_seconds"] - spacy["cpu_seconds"]) / len(articles) * 1000, 2)
    _print("code", {k: v for k, v in code.items() if k != "rss_mb_along_stream"})
    result["peak_rss_mb"] = round(peak_rss_mb(), 1)
    rss = [mb for _i, mb in code["rss_mb_along_stream"]]
    result["rss_growth_over_stream_mb"] = round(rss[-1] - rss[1], 1) if len(rss) > 2 else None
    _print("memory", {"peak_rss_mb": result["peak_rss_mb"],
                      "rss_mb_along_stream": code["rss_mb_along_stream"]})
    if args.ingest_articles:
        result["ingest"] = bench_ingest(pipeline, build_corpus(args.ingest_articles, args.join,
                                                               seed=9))
        _print("ingest", result["ingest"])
    if not args.no_dask and args.dask_articles:
        result["dask"] = bench_dask(build_corpus(args.dask_articles, args.join, seed=10),
                                    args.dask_chunk_size)
        _print("dask", result["dask"])
    result["machine"]["load_average_after"] = load()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"written to {args.out}")
    return result


def _print(name: str, figures: dict) -> None:
    print(f"{name}: " + ", ".join(f"{k}={v}" for k, v in figures.items()), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
