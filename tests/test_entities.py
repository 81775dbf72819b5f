"""The fast pipeline: rule-based entities (realpolitik.entities) instead of spaCy's NER."""

from __future__ import annotations

from itertools import islice

import pytest

from realpolitik.cli import sample_corpus_path
from realpolitik.entities import COMPONENT
from realpolitik.nlp import FAST_ENV, load_pipeline

ZARIF = ("Iranian Foreign Minister Mohammad Javad Zarif met Venezuelan President Nicolás "
         "Maduro in Caracas on Thursday. Havana has been under an economic embargo by "
         "Washington for decades. Zarif was to visit Bolivia after his trip to Cuba.")


@pytest.fixture(scope="module")
def fast_pipeline(pipeline):
    from realpolitik.pipeline import Pipeline

    return Pipeline(kb=pipeline.kb, lexicon=pipeline.lexicon, gazetteer=pipeline.gazetteer,
                    fast=True)


def test_fast_pipeline_has_no_statistical_ner(fast_pipeline):
    names = fast_pipeline.nlp.pipe_names
    assert "ner" not in names
    assert names[-1] == COMPONENT
    assert "ner" in load_pipeline().pipe_names  # the default pipeline keeps it


@pytest.mark.parametrize("text, expected", [
    (ZARIF, {("Iranian", "NORP"), ("Mohammad Javad Zarif", "PERSON"), ("Venezuelan", "NORP"),
             ("Nicolás Maduro", "PERSON"), ("Caracas", "GPE"), ("Thursday", "DATE"),
             ("Havana", "GPE"), ("Washington", "GPE"), ("decades", "DATE"),
             ("Zarif", "PERSON"), ("Bolivia", "GPE"), ("Cuba", "GPE")}),
    # an unknown person after a title; a single name seen before as a last name
    ("Prime Minister Jacinda Ardern spoke on March 3, 2022. Ardern left in 2019.",
     {("Jacinda Ardern", "PERSON"), ("March 3, 2022", "DATE"), ("Ardern", "PERSON"),
      ("2019", "DATE")}),
    # a body named by its kind; a town's name inside it is no place
    ("The Liberal Democratic Party met the Popular Front for talks.",
     {("Popular Front", "ORG")}),
])
def test_rule_based_entities(fast_pipeline, text, expected):
    doc = fast_pipeline.nlp(text)
    got = {(e.text, e.label_) for e in doc.ents}
    assert expected <= got
    assert ("Liberal", "GPE") not in got


def test_fast_pipeline_codes_the_readme_example(pipeline, fast_pipeline):
    from datetime import date

    def coded(p):
        return [(e.event_type, [a.name for a in e.source], [a.name for a in e.target], e.date)
                for e in p.code_text(ZARIF, doc_id="zarif", pub_date=date(2020, 11, 6))]

    assert coded(fast_pipeline) == coded(pipeline)


def test_fast_pipeline_is_the_environment_default(monkeypatch, pipeline):
    from realpolitik.pipeline import Pipeline

    monkeypatch.setenv(FAST_ENV, "1")
    assert Pipeline(kb=pipeline.kb, gazetteer=pipeline.gazetteer).fast
    monkeypatch.setenv(FAST_ENV, "0")
    assert not Pipeline(nlp=pipeline.nlp).fast


def test_fast_parallel_matches_single_process(monkeypatch, fast_pipeline):
    """--workers gives the single-process output in the fast mode too."""
    from realpolitik.ingest import read_documents
    from realpolitik.parallel import ParallelPipeline

    monkeypatch.setenv(FAST_ENV, "1")
    articles = list(islice(read_documents([sample_corpus_path()]), 8))
    reference = [[e.to_dict() for e in ev] for _a, ev in fast_pipeline.code_articles(articles)]
    with ParallelPipeline(2, chunk_size=1, max_pending=3, start_method="fork",
                          preload=fast_pipeline) as pool:
        got = [[e.to_dict() for e in ev] for _a, ev in pool.code_articles(articles)]
    assert got == reference
    assert sum(map(len, got)) > 0


def test_cli_fast_option(monkeypatch, tmp_path):
    from click.testing import CliRunner

    from realpolitik.cli import main

    monkeypatch.setenv(FAST_ENV, "0")  # restored after the test: --fast sets it
    path = tmp_path / "zarif.txt"
    path.write_text(f"Zarif meets Maduro\n\n{ZARIF}\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["code", str(path), "--fast", "-q",
                                       "--pub-date", "2020-11-06", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").count("\n") == 4
