"""API load test: /api/events throughput and latency over ~100k events while an ingest runs.

    .venv/bin/python benchmarks/api_load.py [--events 100000] [--seconds 30] [--clients 8]
        [--no-writer] [--store BUILT.duckdb] [--out FILE]

Builds a store of real coded events: the bundled sample corpus is ingested, then its
articles, events, actors, clusters and facts are replicated in SQL (new ids, dates
shifted by weeks) up to ``--events`` events. Then ``realpolitik serve`` runs in its own
process on loopback; ``--clients`` keep-alive connections (threads of a second process)
request varied pages of ``/api/events`` (filters by country, type, date window, text,
sorts, offsets) for ``--seconds``, while a writer thread POSTs articles to
``/api/articles`` one after another, so the server codes and writes during the reads.
Prints and writes ``benchmarks/results/api_load.json`` (``--no-writer``:
``api_load_reads_only.json``): requests/s, latency percentiles, error count, articles
ingested meanwhile, the server's memory, the load average before and after, machine
and date. ``--store`` reuses a store built by an earlier run (copied, never changed).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlencode

from machine import cpu_model  # benchmarks/ is the script's own folder

from realpolitik.cli import sample_corpus_path
from realpolitik.store import EventStore, summary

TOKEN = "bench-token"
COUNTRIES = ["USA", "RUS", "CHN", "IRN", "VEN", "CUB", "UKR", "ISR", "IND", "PAK", "FRA", "DEU"]
TYPES = ["CONSULT", "ACCUSE", "SANCTION", "ASSAULT", "AGREE", "SUPPORT", "THREATEN"]
SORTS = ["-date", "date", "-reports", "intensity", "type"]


def build_store(path: Path, events: int) -> dict[str, int]:
    with EventStore(path) as store:
        store.ingest([sample_corpus_path()])
        base = int(store.scalar("SELECT count(*) FROM events"))
        copies = max(0, -(-events // base) - 1)
        step = int(store.scalar("SELECT max(eid) FROM events")) + 1
        con = store.con
        con.begin()
        con.execute("CREATE TEMP TABLE k AS SELECT range AS k FROM range(1, ? + 1)", [copies])
        con.execute(
            "INSERT INTO articles SELECT sha256(a.article_hash || k), a.doc_id || '-' || k, "
            "a.title, a.url, a.source, a.pub_date + CAST(k * 7 AS INTEGER), a.language, "
            "a.origin, a.text, a.truncated, a.removed_lines, a.n_events, "
            "sha256(a.story_id || k), NULL, NULL, NULL, a.ingested_at FROM articles a, k")
        con.execute("INSERT INTO sentences SELECT sha256(article_hash || k), sentence_index, "
                    "start_char, end_char, text FROM sentences, k")
        con.execute(
            "INSERT INTO events SELECT eid + k * ?, substr(sha256(event_id || k), 1, 16), "
            "sha256(article_hash || k), doc_id || '-' || k, sentence_index, event_type, mode, "
            "quad_class, intensity, date + CAST(k * 7 AS INTEGER), date_text, date_precision, "
            "factuality, confidence, location_name, location_country, lat, lon, trigger, "
            "evidence_text, evidence_start, evidence_end, cameo, cluster_id + k * ?, from_copy, "
            "record, rejected, is_rep, countries FROM events, k", [step, step])
        con.execute("INSERT INTO event_actors SELECT eid + k * ?, role, position, actor_key, "
                    "text, title, country, code FROM event_actors, k", [step])
        con.execute(
            "INSERT INTO event_clusters SELECT cluster_id + k * ?, rep_eid + k * ?, event_type, "
            "quad_class, fact_group, source_key, target_key, place, "
            "first_date + CAST(k * 7 AS INTEGER), last_date + CAST(k * 7 AS INTEGER), "
            "n_reports, n_articles FROM event_clusters, k", [step, step])
        con.execute(
            "INSERT INTO dyad_facts SELECT cluster_id + k * ?, source, target, "
            "date + CAST(k * 7 AS INTEGER), event_type, quad_class, intensity, factuality, "
            "n_reports FROM dyad_facts, k", [step])
        summary.rebuild(con)
        con.commit()
        return store.counts()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_ready(port: int, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            c.request("GET", "/api/summary")
            if c.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.3)
    raise SystemExit("server did not start")


def random_query(rng: random.Random) -> str:
    params: dict[str, str | int] = {"limit": rng.choice([20, 50, 100]),
                                    "sort": rng.choice(SORTS)}
    r = rng.random()
    if r < 0.3:
        params["country"] = rng.choice(COUNTRIES)
    elif r < 0.5:
        params["type"] = rng.choice(TYPES)
    elif r < 0.6:
        params["text"] = rng.choice(["talks", "sanction", "missile", "border", "aid"])
    if rng.random() < 0.4:
        year = rng.randint(2016, 2030)
        params["start"], params["end"] = f"{year}-01-01", f"{year}-12-31"
    params["offset"] = rng.choice([0, 0, 0, 50, 200, 1000])
    return "/api/events?" + urlencode(params)


def reader(port: int, seconds: float, seed: int, latencies: list[float], errors: list[str]
           ) -> None:
    rng = random.Random(seed)
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        url = random_query(rng)
        t0 = time.perf_counter()
        try:
            conn.request("GET", url)
            resp = conn.getresponse()
            resp.read()
            if resp.status != 200:
                errors.append(f"{resp.status} {url}")
        except OSError as exc:
            errors.append(f"{exc} {url}")
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            continue
        latencies.append(time.perf_counter() - t0)


def writer(port: int, stop: threading.Event, stored: list[int], errors: list[str],
           ready: threading.Event) -> None:
    docs = [json.loads(line) for line in sample_corpus_path().read_text("utf-8").splitlines()
            if line.strip()]
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    n = 0
    while not stop.is_set():
        doc = dict(docs[n % len(docs)])
        doc["id"] = f"live-{n}"
        doc["text"] = doc.get("text", "") + f"\n\nUpdate {n}."
        conn.request("POST", "/api/articles", body=json.dumps(doc),
                     headers={"Content-Type": "application/json",
                              "Authorization": f"Bearer {TOKEN}"})
        resp = conn.getresponse()
        body = resp.read()
        ready.set()
        if resp.status == 201:
            stored.append(json.loads(body)["events"])
        elif resp.status != 429:
            errors.append(f"POST {resp.status} {body[:200]!r}")
        n += 1


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--no-writer", action="store_true", help="Reads only.")
    ap.add_argument("--profile", metavar="SVG", help="Record the server with py-spy.")
    ap.add_argument("--store", metavar="DB", help="Copy this store (built and kept by "
                    "--keep-store) instead of building one.")
    ap.add_argument("--keep-store", metavar="DB", help="Keep a copy of the built store here.")
    ap.add_argument("--out", help="Result file (default benchmarks/results/api_load.json, "
                    "or api_load_reads_only.json with --no-writer).")
    args = ap.parse_args()
    if args.out is None:
        name = "api_load_reads_only.json" if args.no_writer else "api_load.json"
        args.out = str(Path(__file__).parent / "results" / name)
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "load.duckdb"
        t0 = time.perf_counter()
        if args.store:
            shutil.copy(args.store, db)
            with EventStore(db, read_only=True) as store:
                counts = store.counts()
        else:
            counts = build_store(db, args.events)
            if args.keep_store:
                shutil.copy(db, args.keep_store)
        print(f"store: {counts['events']} events, {counts['articles']} articles "
              f"({time.perf_counter() - t0:.1f} s)", flush=True)
        port = free_port()
        env = {**os.environ, "REALPOLITIK_TOKEN": TOKEN}
        if args.no_writer:  # reads only: no token, so no warm-up for writes either
            env.pop("REALPOLITIK_TOKEN")
        server = subprocess.Popen(
            [sys.executable, "-m", "realpolitik.cli", "serve", "--db", str(db), "--port",
             str(port), "--write-rate", "0"], env=env, stderr=subprocess.PIPE)
        try:
            t0 = time.perf_counter()
            wait_ready(port)
            startup = time.perf_counter() - t0
            for _ in range(20):  # warm-up
                reader(port, 0.05, 0, [], [])
            stop = threading.Event()
            stored: list[int] = []
            errors: list[str] = []
            w = None
            if not args.no_writer:
                ready = threading.Event()
                w = threading.Thread(target=writer, args=(port, stop, stored, errors, ready))
                w.start()
                ready.wait(300)  # the first write waits for the server's warm-up
                stored.clear()
            latencies: list[float] = []
            spy = subprocess.Popen(
                ["py-spy", "record", "-o", args.profile, "-d", str(int(args.seconds)), "-p",
                 str(server.pid), "--nonblocking", "-f", "raw"]) if args.profile else None
            threads = [threading.Thread(target=reader, args=(port, args.seconds, i, latencies,
                                                             errors))
                       for i in range(args.clients)]
            import psutil

            srv = psutil.Process(server.pid)
            cpu0 = srv.cpu_times()
            own0 = time.process_time()
            t0 = time.perf_counter()
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            wall = time.perf_counter() - t0
            cpu1 = srv.cpu_times()
            server_rss = srv.memory_info().rss
            load_after = os.getloadavg()
            server_cpu = (cpu1.user + cpu1.system) - (cpu0.user + cpu0.system)
            client_cpu = time.process_time() - own0
            if spy:
                spy.wait(60)
            stop.set()
            if w:
                w.join()
        finally:
            server.terminate()
            server.wait(30)
    lat = sorted(latencies)

    def pct(p: float) -> float:
        return round(lat[min(len(lat) - 1, int(p * len(lat)))] * 1000, 1)

    result = {
        "machine": cpu_model(), "cores": os.cpu_count(),
        "date": datetime.now(UTC).strftime("%Y-%m-%d"), "events_in_store": counts["events"],
        "clients": args.clients, "seconds": round(wall, 1), "requests": len(lat),
        "requests_per_s": round(len(lat) / wall, 1), "p50_ms": pct(0.50), "p90_ms": pct(0.90),
        "p99_ms": pct(0.99), "max_ms": round(lat[-1] * 1000, 1),
        "mean_ms": round(statistics.mean(lat) * 1000, 1), "errors": len(errors),
        "server_cpu_s": round(server_cpu, 1), "client_cpu_s": round(client_cpu, 1),
        "server_cpu_ms_per_request": round(server_cpu / max(1, len(lat)) * 1000, 2),
        "error_examples": errors[:5], "writer": not args.no_writer,
        "articles_ingested_meanwhile": len(stored), "events_ingested_meanwhile": sum(stored),
        "server_start_s": round(startup, 1), "server_rss_mb": round(server_rss / 1e6),
        "load_avg_before": [round(x, 2) for x in load_before],
        "load_avg_after": [round(x, 2) for x in load_after],
    }
    print(json.dumps(result, indent=2))
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
