"""One-machine parallelism: --workers N gives the single-process output, in the same order."""

from __future__ import annotations

import json
import subprocess
import sys
from itertools import islice
from pathlib import Path

import pytest
from click.testing import CliRunner

from realpolitik.cli import main, sample_corpus_path

N_ARTICLES = 12


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The first sample articles, in a JSONL file of their own."""
    path = tmp_path_factory.mktemp("parallel") / "articles.jsonl"
    with open(sample_corpus_path(), encoding="utf-8") as fh:
        path.write_text("".join(islice(fh, N_ARTICLES)), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def reference(pipeline, corpus) -> list[tuple[str, list[dict]]]:
    from realpolitik.ingest import read_documents

    return [(a.doc_id, [e.to_dict() for e in events])
            for a, events in pipeline.code_articles(read_documents([corpus]))]


@pytest.fixture(scope="module")
def pool(pipeline):
    """Two forked workers that inherit the session's loaded pipeline (no reload)."""
    from realpolitik.parallel import ParallelPipeline

    # chunks of 1 article and a window of 3: results arrive out of order and are reordered
    with ParallelPipeline(2, chunk_size=1, max_pending=3, start_method="fork",
                          preload=pipeline) as pp:
        yield pp


def test_parallel_pipeline_matches_single_process(pool, corpus, reference):
    from realpolitik.ingest import read_documents

    got = [(a.doc_id, [e.to_dict() for e in events])
           for a, events in pool.code_articles(read_documents([corpus]))]
    assert got == reference
    assert sum(len(ev) for _, ev in got) > 0


def test_parallel_pipeline_streams_lazily(pool):
    """The parent pulls no more than max_pending chunks ahead of what it has yielded."""
    from realpolitik.model import Article

    pulled = []

    def articles():
        for i in range(40):
            pulled.append(i)
            yield Article(doc_id=f"d{i}", text="The talks went on.")

    it = pool.code_articles(articles())
    first = next(it)
    assert first[0].doc_id == "d0"
    assert len(pulled) <= 4  # the window of 3 chunks of 1, plus the one submitted after
    rest = list(it)
    assert [a.doc_id for a, _ in rest] == [f"d{i}" for i in range(1, 40)]


@pytest.mark.slow
def test_cli_code_workers_same_output(corpus, tmp_path):
    runner = CliRunner()
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    r1 = runner.invoke(main, ["code", str(corpus), "-q", "-o", str(one)])
    r2 = runner.invoke(main, ["code", str(corpus), "-q", "-o", str(two), "--workers", "2",
                              "--batch-size", "4"])
    assert r1.exit_code == 0, r1.output
    assert r2.exit_code == 0, r2.output
    assert one.read_bytes() == two.read_bytes()
    assert one.read_text(encoding="utf-8").count("\n") > 0


@pytest.mark.slow
def test_cli_ingest_workers_same_store(corpus, tmp_path):
    from realpolitik.store import EventStore

    runner = CliRunner()
    dbs = [tmp_path / "one.duckdb", tmp_path / "two.duckdb"]
    for db, extra in zip(dbs, ([], ["--workers", "2"]), strict=True):
        r = runner.invoke(main, ["ingest", str(corpus), "--db", str(db), "-q", *extra])
        assert r.exit_code == 0, r.output
    rows = []
    for db in dbs:
        with EventStore(db, read_only=True) as store:
            rows.append((store.counts(), store.query(
                "SELECT event_id, record FROM events ORDER BY event_id").to_dict("records")))
    assert rows[0] == rows[1]
    assert rows[0][0]["events"] > 0


@pytest.mark.slow
def test_cli_workers_with_user_kb(tmp_path):
    """Each worker loads the user's KB file; a bad file is reported before any worker starts."""
    from test_kb_user import YAML

    extra = tmp_path / "extra.yaml"
    extra.write_text(YAML, encoding="utf-8")
    text = tmp_path / "a.txt"
    text.write_text("Foreign Minister Ana Example met Serbian officials in Belgrade on Monday.",
                    encoding="utf-8")
    runner = CliRunner()
    res = runner.invoke(main, ["code", str(text), "--pub-date", "2021-05-05", "-q",
                               "--kb", str(extra), "--workers", "2"], catch_exceptions=False)
    assert res.exit_code == 0
    events = [json.loads(x) for x in res.stdout.splitlines()]
    assert events and events[0]["source"][0]["country"] == "XKX"
    bad = tmp_path / "bad.yaml"
    bad.write_text("people:\n  - {country: IRN}\n", encoding="utf-8")
    res = runner.invoke(main, ["code", str(text), "--kb", str(bad), "--workers", "2"])
    assert res.exit_code == 1 and "[E501]" in res.output


def test_core_import_does_not_import_dask():
    code = ("import sys, realpolitik.cli, realpolitik.pipeline, realpolitik.parallel; "
            "print(json.dumps(sorted(m for m in sys.modules "
            "if m.split('.')[0] in ('dask', 'distributed', 'pyarrow'))))")
    out = subprocess.run([sys.executable, "-c", "import json; " + code], check=True,
                         capture_output=True, text=True).stdout
    assert json.loads(out) == []
