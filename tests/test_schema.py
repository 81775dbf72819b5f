"""The shipped JSON Schema is the one generated from the dataclasses."""

from __future__ import annotations

import json
from importlib import resources

from realpolitik.model import Actor, Event, Evidence
from realpolitik.schema import build_event_schema, event_schema, validator


def test_shipped_schema_matches_dataclasses() -> None:
    shipped = json.loads(
        resources.files("realpolitik").joinpath("data/event.schema.json").read_text("utf-8"))
    assert shipped == build_event_schema(), (
        "data/event.schema.json is stale: regenerate with "
        "`python -m realpolitik.schema > src/realpolitik/data/event.schema.json`")


def _event(**over: object) -> dict:
    e = Event(event_id="x", doc_id="d", sentence_index=0, event_type="CONSULT", mode="visit",
              context=["diplomatic"], quad_class="verbal_cooperation", intensity=4.0,
              source=[Actor(text="Iran", country="IRN")], target=[], location=None,
              date="2020-11-05", date_text="Thursday", date_precision="day",
              factuality="asserted", attribution=None, trigger="met",
              evidence=Evidence(text="Iran met.", start=0, end=9), confidence=0.8)
    d = e.to_dict()
    d.update(over)
    return d


def test_valid_record_passes() -> None:
    assert list(validator().iter_errors(_event())) == []


def test_schema_rejects_bad_records() -> None:
    v = validator()
    assert list(v.iter_errors(_event(event_type="DISAPPROVE")))
    assert list(v.iter_errors(_event(source=[])))
    assert list(v.iter_errors(_event(factuality="maybe")))
    assert list(v.iter_errors(_event(date="05/11/2020")))
    assert list(v.iter_errors(_event(confidence=1.5)))
    bad_actor = _event(source=[{"text": "Iran", "country": "Iran"}])
    assert list(v.iter_errors(bad_actor))


def test_contract_fields_present() -> None:
    props = event_schema()["properties"]
    for name in ("event_id", "doc_id", "sentence_index", "event_type", "mode", "context",
                 "quad_class", "intensity", "source", "target", "location", "date",
                 "date_text", "date_precision", "factuality", "attribution", "trigger",
                 "evidence", "confidence"):
        assert name in props
