"""Benchmark: the cost of loading the knowledge base and the gazetteer.

Each load runs in a fresh interpreter (so nothing is cached) and reports wall time
and the memory it adds (resident set size after minus before).
Writes JSON to benchmarks/results/kb.json. Run: python benchmarks/kb.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
from datetime import date
from pathlib import Path

from machine import cpu_model  # benchmarks/ is the script's own folder

PROBE = r"""
import json, resource, time, sys
def rss_mb():
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * resource.getpagesize() / 2**20
what = sys.argv[1]
import realpolitik.resolve.kb, realpolitik.resolve.places  # imports are not the load
before = rss_mb()
t = time.perf_counter()
if what == "kb":
    from realpolitik.resolve.kb import KnowledgeBase
    obj = KnowledgeBase.from_directory()
    size = len(obj.people)
else:
    from realpolitik.resolve.places import Gazetteer
    obj = Gazetteer()
    size = len(obj._index)
elapsed = time.perf_counter() - t
print(json.dumps({"seconds": elapsed, "rss_added_mb": rss_mb() - before, "entries": size}))
"""


def measure(what: str, repeat: int) -> dict[str, object]:
    runs = []
    for _ in range(repeat):
        out = subprocess.run([sys.executable, "-c", PROBE, what], check=True,
                             capture_output=True, text=True).stdout
        runs.append(json.loads(out))
    return {
        "seconds_median": statistics.median(r["seconds"] for r in runs),
        "rss_added_mb_median": statistics.median(r["rss_added_mb"] for r in runs),
        "entries": runs[0]["entries"],
        "runs": repeat,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--out", default=str(Path(__file__).parent / "results" / "kb.json"))
    args = parser.parse_args()
    result = {
        "date": date.today().isoformat(),
        "machine": {"cpu": cpu_model(), "cores": os.cpu_count(),
                    "python": platform.python_version()},
        "knowledge_base": measure("kb", args.repeat),
        "gazetteer": measure("gazetteer", args.repeat),
    }
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
