"""Analysis over the store: events, dyads, timeline, blocs, shifts (as DataFrames and CLI)."""

from __future__ import annotations

import importlib
import json

import pandas as pd
import pytest
from click.testing import CliRunner

from realpolitik import analysis
from realpolitik.analysis._filters import RELATION_FACTUALITIES
from realpolitik.analysis.blocs import signed_communities
from realpolitik.cli import main
from realpolitik.store import EventStore


@pytest.fixture()
def store(sample_store):
    with EventStore(sample_store[0], read_only=True) as s:
        yield s


def test_blocs_nov_2020_issue_4(store, sample_store):
    if not sample_store[1]["seed"]:
        pytest.skip("seed article absent")
    frame = analysis.blocs(store, start="2020-11-01", end="2020-11-30")
    bloc = dict(zip(frame["actor"], frame["bloc"], strict=True))
    assert bloc["IRN"] == bloc["VEN"] == bloc["CUB"]
    if "BOL" in bloc:
        assert bloc["BOL"] == bloc["IRN"]
    assert bloc["USA"] != bloc["IRN"]


def test_signed_communities_split_on_conflict():
    groups = signed_communities({("A", "B"): 2, ("B", "C"): 1, ("A", "X"): -3, ("C", "X"): -1})
    assert {"A", "B", "C"} in groups and {"X"} in groups


def test_dyads_count_events_not_reports(store):
    frame = analysis.dyads(store)
    assert {"a", "b", "events", "net_cooperation", "trend"} <= set(frame.columns)
    reports = analysis.dyads(store, reports=True)
    assert reports["events"].sum() >= frame["events"].sum()
    row = frame[(frame["a"] == "IRN") & (frame["b"] == "USA")].iloc[0]
    assert row["net_cooperation"] < 0


def test_events_filters(store):
    irn = analysis.events(store, country="IRN", start="2020-11-01", end="2020-11-30")
    assert len(irn) and irn["date"].astype(str).str.startswith("2020-11").all()
    sanction = analysis.events(store, event_type="SANCTION", text="sanction")
    assert set(sanction["event_type"]) == {"SANCTION"}
    with pytest.raises(ValueError):
        analysis.events(store, event_type="PARTY")


def test_events_by_least_confidence(store, sample_store):
    """Every event keeps its confidence; asking for the surer ones leaves out the rest (the
    trained layer's weakest guesses among them), and the CLI says the same."""
    every = analysis.events(store)
    sure = analysis.events(store, min_confidence=0.5)
    assert (every["confidence"] < 0.5).any(), "the sample corpus has unsure events"
    assert len(sure) == int((every["confidence"] >= 0.5).sum()) < len(every)
    assert (sure["confidence"] >= 0.5).all()
    result = CliRunner().invoke(main, ["events", "--db", str(sample_store[0]),
                                       "--min-confidence", "0.5", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    assert len(result.output.splitlines()) == len(sure)


def test_timeline_and_shifts(store):
    tl = analysis.timeline(store, "USA", "VEN")
    assert len(tl) and set(tl["source"]) <= {"USA", "VEN"}
    sh = analysis.shifts(store, before=("2019-01-01", "2019-12-31"),
                         after=("2020-11-01", "2020-11-30"))
    assert {"change", "balance_before", "balance_after"} <= set(sh.columns)
    assert sh["change"].abs().is_monotonic_decreasing


@pytest.mark.parametrize("command", [
    ["events", "--country", "CUB", "--format", "jsonl"],
    ["dyads", "--format", "json"],
    ["timeline", "USA", "VEN", "--format", "csv"],
    ["blocs", "--start", "2020-11-01", "--end", "2020-11-30", "--format", "csv"],
    ["shifts", "--before", "2019-01-01", "2019-12-31", "--after", "2020-11-01", "2020-11-30"],
])
def test_query_commands(sample_store, command):
    result = CliRunner().invoke(main, [*command, "--db", str(sample_store[0])])
    assert result.exit_code == 0, result.output
    assert result.output.strip()
    if "jsonl" in command:
        json.loads(result.output.splitlines()[0])


def test_export_formats(sample_store, tmp_path):
    db = str(sample_store[0])
    runner = CliRunner()
    for fmt in ("plover-json", "csv", "cameo-tsv"):
        result = runner.invoke(main, ["export", "--db", db, "--format", fmt, "-o",
                                      str(tmp_path / f"out.{fmt}")])
        assert result.exit_code == 0, result.output
        assert (tmp_path / f"out.{fmt}").stat().st_size > 0
    result = runner.invoke(main, ["export", "--db", db, "--format", "parquet", "-o",
                                  str(tmp_path / "pq")])
    assert result.exit_code == 0, result.output
    assert any(p.name.startswith("month=2020-11") for p in (tmp_path / "pq").iterdir())
    first = json.loads((tmp_path / "out.plover-json").read_text().splitlines()[0])
    assert first["n_reports"] >= 1 and "evidence" in first


def test_query_on_missing_store_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(main, ["dyads", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code != 0 and "E404" in result.output


@pytest.mark.parametrize("kwargs", [
    {}, {"reports": True}, {"start": "2020-11-01", "end": "2020-11-30"},
    {"start": "2020-11-05", "end": "2020-11-20"}, {"start": "2020-10-15", "end": "2020-12-31"},
    {"start": "2020-11-04"}, {"end": "2020-11-06"}, {"end": "2020-12-31", "reports": True},
    {"start": "2019-01-01", "end": "2020-11-30", "min_events": 2}, {"country": ["IRN", "usa"]},
    {"start": "2020-11-30", "end": "2020-11-01"},
])
def test_dyads_summary_path_equals_the_fact_query(store, kwargs):
    """The monthly-summary fast path gives exactly the rows of the straightforward query."""
    module = importlib.import_module("realpolitik.analysis.dyads")  # not the function

    fast = analysis.dyads(store, **kwargs)
    country = kwargs.get("country")
    ref = module._dyads_from_facts(
        store, start=kwargs.get("start"), end=kwargs.get("end"),
        countries=[c.upper() for c in country] if country else None,
        factuality=list(RELATION_FACTUALITIES), directed=False,
        reports=kwargs.get("reports", False), min_events=kwargs.get("min_events", 1))
    pd.testing.assert_frame_equal(fast, ref)
    if not kwargs:
        assert len(fast) > 5


def test_dyad_summary_kept_in_step_at_ingest(store):
    """dyad_months, maintained per commit group (with copies' report increments), equals
    a rebuild from dyad_facts."""
    from realpolitik.store import summary

    assert summary.FACTUALITIES == RELATION_FACTUALITIES
    order = " ORDER BY a, b, month"
    kept = store.query("SELECT * FROM dyad_months" + order)
    rebuilt = store.query("SELECT * FROM (" + summary.cells(summary.ALL_FACTS) + ")" + order)
    assert len(kept) and int(kept["r"].sum()) > int(kept["n"].sum())  # copies added reports
    pd.testing.assert_frame_equal(kept, rebuilt, check_dtype=False)
