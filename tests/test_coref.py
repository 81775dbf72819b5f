"""Event coreference within an article (issue 7): a retold event becomes one record."""

from __future__ import annotations

from datetime import date

import pytest

from realpolitik.events.coref import merge_retellings, same_actor
from realpolitik.model import Actor

PUB = date(2020, 11, 6)  # a Friday


def _kinds(events) -> list[tuple[int, str, str, str]]:
    return [(e.sentence_index, e.event_type, e.source[0].country or "-",
             (e.target[0].country if e.target else None) or "-") for e in events]


def test_issue_7_a_meeting_told_twice_is_one_event(pipeline, event_validator) -> None:
    text = ("Ghana's president met Togo's president in Accra on Monday. Cocoa prices were "
            "stable. The talks between Ghana and Togo focused on border security.")
    events = pipeline.code_text(text, doc_id="coref", pub_date=PUB)
    ghana = [e for e in events if e.source[0].country == "GHA"]
    assert len(ghana) == 1, _kinds(events)
    e = ghana[0]
    assert e.sentence_index == 0 and e.date == "2020-11-02" and e.location is not None
    assert [text[x.start:x.end] for x in e.also_evidence] == [
        "The talks between Ghana and Togo focused on border security."]
    assert "also told in sentence 2" in (e.explain or "")
    # the first mention keeps its id: the same as when the retelling is absent
    alone = pipeline.code_text(text.split(" Cocoa")[0], doc_id="coref", pub_date=PUB)
    assert alone[0].event_id == e.event_id and alone[0].also_evidence == []
    for ev in events:
        assert not list(event_validator.iter_errors(ev.to_dict()))


def test_issue_7_a_later_mention_fills_the_date() -> None:
    from realpolitik.model import Event, Evidence

    def ev(i: int, when: str, text: str | None, place: bool) -> Event:
        return Event(
            event_id=f"e{i}", doc_id="d", sentence_index=i, event_type="CONSULT", mode=None,
            context=[], quad_class="verbal_cooperation", intensity=1.0,
            source=[Actor(text="Ghana", country="GHA", kb_id="country:GHA")],
            target=[Actor(text="Togo's leader", country="TGO", sector="GOV",
                          kb_id="country:TGO")],
            location=None, date=when, date_text=text, date_precision="day",
            factuality="asserted", attribution=None, trigger="met",
            evidence=Evidence(text=f"s{i}", start=i * 10, end=i * 10 + 2), confidence=0.8,
            explain="row")

    merged = merge_retellings([ev(0, "2020-11-06", None, False),
                               ev(3, "2020-11-02", "Monday", False)])
    assert len(merged) == 1
    e = merged[0]
    assert e.event_id == "e0" and (e.date, e.date_text) == ("2020-11-02", "Monday")
    assert [x.start for x in e.also_evidence] == [30]
    assert "date from sentence 3" in (e.explain or "")


@pytest.mark.parametrize("text", [
    # a reciprocal pair is two records by design
    "Ghana accused Togo of smuggling arms. Togo accused Ghana of harbouring rebels.",
    # different dates, places: two meetings
    "Ghana met Togo in Accra on Monday. Ghana met Togo again in Lome on Thursday.",
    # a plan and its happening are different records
    "Ghana will meet Togo next week. Ghana met Togo on Monday.",
    # another dyad
    "Ghana met Togo in Accra. Ghana met Benin in Accra.",
])
def test_issue_7_different_events_are_not_merged(pipeline, text: str) -> None:
    events = pipeline.code_text(text, pub_date=PUB)
    assert {e.sentence_index for e in events} == {0, 1}, _kinds(events)
    assert all(e.also_evidence == [] for e in events)


def test_issue_7_a_reported_retelling_merges_with_the_fact(pipeline) -> None:
    events = pipeline.code_text("Ghana met Togo on Monday. Officials said Ghana had met Togo.",
                                pub_date=PUB)
    assert [(e.sentence_index, len(e.also_evidence)) for e in events] == [(0, 1)]


@pytest.mark.parametrize(("a", "b", "same"), [
    (Actor("Zarif", country="IRN", sector="GOV", kb_id="person:zarif"),
     Actor("Iran", country="IRN", kb_id="country:IRN"), True),
    (Actor("Iran", country="IRN", kb_id="country:IRN"),
     Actor("Iranian forces", country="IRN", sector="MIL", kb_id="country:IRN"), True),
    (Actor("Zarif", country="IRN", sector="GOV", kb_id="person:zarif"),
     Actor("Rouhani", country="IRN", sector="GOV", kb_id="person:rouhani"), False),
    (Actor("Iran", country="IRN", kb_id="country:IRN"),
     Actor("Iranian protesters", country="IRN", sector="CVL", kb_id="country:IRN"), False),
    (Actor("the UN", name="United Nations", kb_id="org:un"),
     Actor("the EU", name="European Union", kb_id="org:eu"), False),
    (Actor("gunmen"), Actor("Gunmen"), True),
])
def test_issue_7_actor_identity(a: Actor, b: Actor, same: bool) -> None:
    assert same_actor(a, b) is same and same_actor(b, a) is same


def test_issue_7_also_evidence_survives_the_store_records(pipeline) -> None:
    from realpolitik.store.records import event_from_dict

    events = pipeline.code_text("Ghana met Togo on Monday. Officials said Ghana had met Togo.",
                                pub_date=PUB)
    assert events[0].also_evidence
    assert [event_from_dict(e.to_dict()) for e in events] == events
