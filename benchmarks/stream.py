"""Memory over a long stream: does RSS stay flat over 20,000 articles?

    .venv/bin/python benchmarks/stream.py [--articles 20000] [--every 1000] [--workers 1]
                                          [--out benchmarks/results/stream.json]

The articles are the bundled sample articles in a seeded random order, each with one
sentence of made-up names, places and numbers appended ("Veloru Tankasi, a spokesman
for the Quorvat Council in Belmidra, said 4,812 people attended."): a repeated corpus
never grows spaCy's string store or any cache keyed on text, real news does, and this
is a harsher case than real news (four new words per article, never seen again).
Articles are generated lazily, so the benchmark itself holds none of them.

With ``--workers 1`` the stream is coded in this process (``Pipeline.code_articles``)
and this process's RSS is sampled; with ``--workers N`` it goes through
``ParallelPipeline`` and the RSS of the parent and of every worker is sampled. Writes
JSON with the machine, the date and the load average.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from machine import cpu_model  # benchmarks/ is the script's own folder

from realpolitik.cli import sample_corpus_path
from realpolitik.ingest import read_documents
from realpolitik.model import Article

HERE = Path(__file__).resolve().parent
_SYLLABLES = ["ba", "vel", "or", "tan", "ka", "si", "quor", "vat", "mi", "dra", "lun", "zem",
              "pe", "rix", "ol", "an", "du", "mar", "te", "go", "nis", "ul", "ve", "kor"]


def rss_mb(pid: int | str = "self") -> float:
    pages = int(Path(f"/proc/{pid}/statm").read_text().split()[1])
    return round(pages * os.sysconf("SC_PAGE_SIZE") / 2**20, 1)


def _word(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(parts)).capitalize()


def varied_stream(n: int, seed: int = 20) -> Iterator[Article]:
    base = list(read_documents([sample_corpus_path()]))
    rng = random.Random(seed)
    for i in range(n):
        a = base[rng.randrange(len(base))]
        extra = (f"{_word(rng, 3)} {_word(rng, 3)}, a spokesman for the {_word(rng, 2)} "
                 f"Council in {_word(rng, 3)}, said {rng.randrange(100, 99999):,} people "
                 f"attended.")
        yield Article(doc_id=f"stream-{i:06d}", text=f"{a.text}\n\n{extra}", date=a.date,
                      title=a.title, source=a.source)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=20000)
    ap.add_argument("--every", type=int, default=1000)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--out", type=Path, default=HERE / "results" / "stream.json")
    args = ap.parse_args()

    load_before = [round(x, 2) for x in os.getloadavg()]
    samples: list[dict] = []
    t0 = time.perf_counter()
    n_events = 0

    def sample(i: int, workers: list[int]) -> None:
        row = {"articles": i, "seconds": round(time.perf_counter() - t0, 1),
               "rss_mb": rss_mb()}
        if workers:
            row["worker_rss_mb"] = [rss_mb(p) for p in workers]
        samples.append(row)
        print(json.dumps(row), flush=True)

    if args.workers == 1:
        from realpolitik.pipeline import Pipeline

        pipeline = Pipeline()
        sample(0, [])
        for i, (_a, events) in enumerate(pipeline.code_articles(
                varied_stream(args.articles)), 1):
            n_events += len(events)
            if i % args.every == 0:
                sample(i, [])
        strings = len(pipeline.nlp.vocab.strings)
    else:
        from realpolitik.parallel import ParallelPipeline

        with ParallelPipeline(args.workers) as pipeline:
            pids: list[int] = []
            for i, (_a, events) in enumerate(pipeline.code_articles(
                    varied_stream(args.articles)), 1):
                if not pids:
                    pids = sorted(p.pid for p in multiprocessing.active_children())
                    sample(0, pids)
                n_events += len(events)
                if i % args.every == 0:
                    sample(i, pids)
        strings = None

    seconds = time.perf_counter() - t0
    first = samples[1] if len(samples) > 1 else samples[0]
    result = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {"cpu": cpu_model(), "cores": os.cpu_count()},
        "load_average_before": load_before,
        "load_average_after": [round(x, 2) for x in os.getloadavg()],
        "articles": args.articles, "workers": args.workers, "events": n_events,
        "seconds": round(seconds, 1),
        "articles_per_s": round(args.articles / seconds, 2),
        "spacy_strings_at_end": strings,
        "rss_growth_after_first_sample_mb": round(samples[-1]["rss_mb"] - first["rss_mb"], 1),
        "samples": samples,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in result.items() if k != "samples"}, indent=2))


if __name__ == "__main__":
    main()
