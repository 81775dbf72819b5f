"""The Dask engine: same events (same ids) as the single-process run, even when a worker dies."""

from __future__ import annotations

import json
import os
import signal
import threading
from itertools import islice
from pathlib import Path

import pytest

pytest.importorskip("distributed")
pytest.importorskip("pyarrow")

from click.testing import CliRunner  # noqa: E402

from realpolitik.cli import main, sample_corpus_path  # noqa: E402

N_ARTICLES = 16
CHUNK = 2


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """Sample articles split over two JSONL files and one .txt file (a directory input)."""
    root = tmp_path_factory.mktemp("dask") / "in"
    (root / "b").mkdir(parents=True)
    with open(sample_corpus_path(), encoding="utf-8") as fh:
        lines = list(islice(fh, N_ARTICLES))
    (root / "a.jsonl").write_text("".join(lines[:9]), encoding="utf-8")
    (root / "b" / "c.jsonl").write_text("".join(lines[9:]) + "not json\n", encoding="utf-8")
    text = json.loads(lines[0])["text"]
    (root / "b" / "note.txt").write_text("Headline\n\n" + text, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def reference(pipeline, corpus) -> list[dict]:
    from realpolitik.ingest import read_documents

    return [e.to_dict() for _a, events in pipeline.code_articles(read_documents([corpus],
                                                                                on_error=print))
            for e in events]


@pytest.fixture(scope="module")
def client():
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as c:
        yield c


def test_plan_is_deterministic(corpus):
    from realpolitik.engine_dask import plan

    chunks = plan([corpus], chunk_size=CHUNK)
    assert chunks == plan([corpus], chunk_size=CHUNK)
    assert [c.index for c in chunks] == list(range(len(chunks)))
    jsonl = [c for c in chunks if c.kind == "jsonl"]
    assert sum(c.count for c in jsonl) == N_ARTICLES + 1  # + the bad line
    assert [c.kind for c in chunks][-1] == "files"


@pytest.mark.slow
def test_dask_matches_single_process(client, corpus, reference, tmp_path):
    from realpolitik.engine_dask import code_dask, read_events

    stats = code_dask([corpus], tmp_path, client=client, chunk_size=CHUNK)
    assert stats.documents == N_ARTICLES + 1
    assert any("E101" in e for e in stats.errors)
    got = read_events(tmp_path)
    assert got == reference
    assert len({e["event_id"] for e in got}) == len(got)
    # months are Hive partitions that DuckDB reads directly
    import duckdb

    n = duckdb.connect().execute(f"SELECT count(*) FROM read_parquet('{tmp_path}/*/*.parquet', "
                                 "hive_partitioning = true)").fetchone()[0]
    assert n == len(reference)
    # a second run resumes: every chunk is already done
    again = code_dask([corpus], tmp_path, client=client, chunk_size=CHUNK)
    assert again.skipped_chunks == again.chunks and again.events == stats.events
    # a lost chunk is redone, alone
    (tmp_path / "_done" / "part-000001.json").unlink()
    for f in tmp_path.glob("month=*/part-000001.parquet"):
        f.unlink()
    third = code_dask([corpus], tmp_path, client=client, chunk_size=CHUNK)
    assert third.skipped_chunks == third.chunks - 1
    assert read_events(tmp_path) == reference


@pytest.mark.slow
def test_killed_worker_loses_and_duplicates_nothing(client, corpus, reference, tmp_path):
    """SIGKILL one worker process mid-run: Dask reruns its task elsewhere; same output."""
    from realpolitik.engine_dask import code_dask, read_events

    pids = client.run(os.getpid)
    killed: list[int] = []
    lock = threading.Lock()

    def kill_one(summary: dict) -> None:
        with lock:
            if killed:
                return
            busy = [w for w, keys in client.processing().items() if keys]
            worker = (busy or sorted(pids))[0]
            os.kill(pids[worker], signal.SIGKILL)
            killed.append(pids[worker])

    stats = code_dask([corpus], tmp_path, client=client, chunk_size=CHUNK, on_chunk=kill_one)
    assert killed
    assert stats.documents == N_ARTICLES + 1
    assert read_events(tmp_path) == reference
    client.wait_for_workers(2, timeout=120)


@pytest.mark.slow
def test_cli_engine_dask(client, corpus, reference, tmp_path):
    from realpolitik.engine_dask import read_events

    address = client.scheduler.address
    result = CliRunner().invoke(main, ["code", str(corpus / "a.jsonl"), str(corpus / "b"),
                                       "--engine", "dask", "--scheduler", address,
                                       "--chunk-size", "5", "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert read_events(tmp_path) == reference


def test_cli_engine_dask_needs_output(corpus):
    result = CliRunner().invoke(main, ["code", str(corpus), "--engine", "dask"])
    assert result.exit_code == 2
    assert "-o DIRECTORY" in result.output


@pytest.mark.slow
def test_parquet_input(client, pipeline, corpus, tmp_path):
    """Parquet articles (same fields as JSONL) code like the JSONL they came from."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from realpolitik.engine_dask import code_dask, read_events
    from realpolitik.ingest import read_documents

    records = [json.loads(line) for line in
               (corpus / "a.jsonl").read_text(encoding="utf-8").splitlines()]
    pq.write_table(pa.Table.from_pylist(records), tmp_path / "a.parquet", row_group_size=3)
    code_dask([tmp_path / "a.parquet"], tmp_path / "out", client=client, chunk_size=4)
    expected = [e.to_dict() for _a, events in pipeline.code_articles(
        read_documents([corpus / "a.jsonl"])) for e in events]
    assert read_events(tmp_path / "out") == expected
