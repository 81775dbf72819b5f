"""`realpolitik evaluate` on labelled mentions scores actors, places and dates."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from realpolitik.cli import main
from realpolitik.evaluate_resolution import evaluate_resolution, is_resolution_gold

TEXT = ("Iranian Foreign Minister Mohammad Javad Zarif met officials in Caracas on Thursday. "
        "Zarif said the two countries would cooperate.")


def _mention(text: str, kind: str, **gold: object) -> dict:
    start = TEXT.index(text)
    return {"text": text, "start": start, "end": start + len(text), "kind": kind, **gold}


PASSAGE = {"id": "t1", "date": "2020-11-06", "text": TEXT, "mentions": [
    _mention("Iranian Foreign Minister Mohammad Javad Zarif", "actor", country="IRN",
             sector="GOV"),
    _mention("Caracas", "place", country="VEN"),
    _mention("Thursday", "date", date="2020-11-05", precision="day"),
    _mention("Zarif", "actor", country="IRN", sector="GOV"),
]}


def test_scores_each_kind(pipeline) -> None:
    report = evaluate_resolution([PASSAGE], pipeline)
    assert report.total == {"actor_country": 2, "actor_sector": 2, "place_country": 1,
                            "date_exact": 1}
    assert all(report.accuracy(m) == 1.0 for m in report.total)


def test_wrong_gold_is_counted_as_error(pipeline) -> None:
    bad = json.loads(json.dumps(PASSAGE))
    bad["mentions"][1]["country"] = "COL"
    bad["mentions"][2]["date"] = "2020-11-04"
    report = evaluate_resolution([bad], pipeline)
    assert report.accuracy("place_country") == 0.0 and report.accuracy("date_exact") == 0.0
    assert {e["metric"] for e in report.errors} == {"place_country", "date_exact"}


def test_sectors_are_compared_at_the_guidelines_granularity(pipeline) -> None:
    # the coder says EDU for students; the guidelines label them civilians (CVL)
    text = "Chilean students marched through Santiago on Monday."
    start = text.index("Chilean students")
    actor = {"text": "Chilean students", "start": start, "end": start + 16, "kind": "actor",
             "country": "CHL"}
    civil = {"id": "s1", "date": "2019-10-21", "text": text,
             "mentions": [{**actor, "sector": "CVL"}]}
    assert pipeline.coder.resolver.kb.agent("students").sector == "EDU"
    assert evaluate_resolution([civil], pipeline).accuracy("actor_sector") == 1.0
    police = {**civil, "mentions": [{**actor, "sector": "COP"}]}
    assert evaluate_resolution([police], pipeline).accuracy("actor_sector") == 0.0


def test_cli_dispatches_on_the_gold_format(tmp_path: Path) -> None:
    gold = tmp_path / "mentions.jsonl"
    gold.write_text(json.dumps(PASSAGE) + "\n", encoding="utf-8")
    assert is_resolution_gold(gold)
    res = CliRunner().invoke(main, ["evaluate", str(gold), "--json"], catch_exceptions=False)
    assert res.exit_code == 0
    assert json.loads(res.stdout)["actor_country"]["accuracy"] == 1.0
    broken = tmp_path / "broken.jsonl"
    wrong = dict(PASSAGE, mentions=[dict(PASSAGE["mentions"][0], start=3)])
    broken.write_text(json.dumps(wrong) + "\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["evaluate", str(broken)])
    assert res.exit_code == 1 and "[E301]" in res.output and "offsets" in res.output
