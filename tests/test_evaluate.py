"""Tests of realpolitik.evaluate on tiny hand-built gold/prediction sets."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from realpolitik.errors import RealpolitikError
from realpolitik.evaluate import (
    EvalReport,
    GoldDoc,
    error_analysis,
    event_triples,
    gold_as_predictions,
    load_gold,
    load_predictions,
    render_error_analysis,
    score,
)

DEV_GOLD = Path(__file__).resolve().parents[2] / "shared" / "data" / "dev" / "petr2_gsr.jsonl"


def actor(country: str | None) -> dict[str, Any]:
    return {"text": country or "someone", "country": country, "sector": None}


def ev(etype: str, src: list[str | None], tgt: list[str | None], **extra: Any) -> dict[str, Any]:
    return {
        "event_type": etype,
        "source": [actor(c) for c in src],
        "target": [actor(c) for c in tgt],
        **extra,
    }


def doc(doc_id: str, *events: dict[str, Any]) -> GoldDoc:
    return GoldDoc(id=doc_id, text=f"Made-up text of {doc_id}.", date=None, events=list(events))


def preds(**by_doc: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    return {d: [{**e, "doc_id": d} for e in evs] for d, evs in by_doc.items()}


def test_perfect_match_scores_one() -> None:
    gold = [doc("a", ev("CONSULT", ["USA"], ["CHN"])), doc("b", ev("ASSAULT", ["ISR"], []))]
    rep = score(gold, gold_as_predictions(gold))
    assert rep.micro.f1 == rep.micro.precision == rep.micro.recall == 1.0
    assert rep.macro_f1 == 1.0
    assert rep.triples.f1 == 1.0
    assert (rep.docs, rep.gold_events, rep.predicted_events) == (2, 2, 2)
    assert error_analysis(gold, gold_as_predictions(gold)) == []


def test_missed_event() -> None:
    gold = [doc("a", ev("CONSULT", ["USA"], ["CHN"]), ev("AID", ["JPN"], ["PHL"]))]
    rep = score(gold, preds(a=[ev("CONSULT", ["USA"], ["CHN"])]))
    assert (rep.micro.tp, rep.micro.fp, rep.micro.fn) == (1, 0, 1)
    assert rep.micro.precision == 1.0
    assert rep.micro.recall == 0.5
    assert rep.micro.f1 == pytest.approx(2 / 3)
    assert rep.per_type["AID"].f1 == 0.0
    assert (rep.triples.tp, rep.triples.fn) == (1, 1)
    [item] = error_analysis(gold, preds(a=[ev("CONSULT", ["USA"], ["CHN"])]))
    assert item["missing_types"] == ["AID"]
    assert item["missing_triples"] == [["JPN", "AID", "PHL"]]
    assert item["spurious_types"] == item["spurious_triples"] == []


def test_spurious_event_in_empty_gold_doc_is_false_alarm() -> None:
    gold = [doc("a", ev("CONSULT", ["USA"], ["CHN"])), doc("empty"), doc("empty2")]
    predicted = preds(
        a=[ev("CONSULT", ["USA"], ["CHN"])],
        empty=[ev("THREATEN", ["RUS"], ["UKR"])],
    )
    rep = score(gold, predicted)
    assert rep.empty_gold_docs == 2
    assert rep.false_alarm_docs == 1
    assert (rep.micro.tp, rep.micro.fp, rep.micro.fn) == (1, 1, 0)
    assert rep.per_type["THREATEN"].fp == 1
    assert rep.triples.fp == 1
    [item] = error_analysis(gold, predicted)
    assert item["doc_id"] == "empty"
    assert item["spurious_triples"] == [["RUS", "THREATEN", "UKR"]]


def test_predictions_of_non_gold_docs_are_ignored() -> None:
    gold = [doc("a", ev("CONSULT", ["USA"], ["CHN"]))]
    predicted = preds(a=[ev("CONSULT", ["USA"], ["CHN"])], other=[ev("AID", ["JPN"], [])] * 3)
    rep = score(gold, predicted)
    assert rep.micro.f1 == 1.0
    assert rep.ignored_events == 3
    assert rep.predicted_events == 1
    assert "AID" not in rep.per_type


def test_compound_actors_expand_to_triples() -> None:
    e = ev("AGREE", ["USA", "GBR"], ["FRA"])
    assert event_triples(e) == {("USA", "AGREE", "FRA"), ("GBR", "AGREE", "FRA")}
    # Two actors of the same country collapse within the event.
    assert event_triples(ev("AGREE", ["USA", "USA"], ["FRA"])) == {("USA", "AGREE", "FRA")}

    gold = [doc("a", e)]
    rep = score(gold, preds(a=[ev("AGREE", ["USA"], ["FRA"])]))
    assert (rep.triples.tp, rep.triples.fp, rep.triples.fn) == (1, 0, 1)
    assert rep.micro.f1 == 1.0  # the type still matches


def test_none_target_and_null_country() -> None:
    assert event_triples(ev("PROTEST", ["EGY"], [])) == {("EGY", "PROTEST", None)}
    assert event_triples(ev("REQUEST", [None], ["IRN"])) == {(None, "REQUEST", "IRN")}
    no_key = {"event_type": "AID", "source": [{"text": "UN"}], "target": None}
    assert event_triples(no_key) == {(None, "AID", None)}

    gold = [doc("a", ev("PROTEST", ["EGY"], []))]
    assert score(gold, preds(a=[ev("PROTEST", ["EGY"], [])])).triples.f1 == 1.0
    rep = score(gold, preds(a=[ev("PROTEST", ["EGY"], ["ISR"])]))
    assert (rep.triples.tp, rep.triples.fp, rep.triples.fn) == (0, 1, 1)


def test_direction_matters_for_triples() -> None:
    gold = [doc("a", ev("ACCUSE", ["USA"], ["IRN"]))]
    rep = score(gold, preds(a=[ev("ACCUSE", ["IRN"], ["USA"])]))
    assert rep.micro.f1 == 1.0
    assert rep.triples.f1 == 0.0


def test_multiset_two_gold_one_predicted() -> None:
    gold = [doc("a", ev("AGREE", ["BRA"], ["USA"]), ev("AGREE", ["BRA"], ["USA"]))]
    rep = score(gold, preds(a=[ev("AGREE", ["BRA"], ["USA"])]))
    assert (rep.per_type["AGREE"].tp, rep.per_type["AGREE"].fn) == (1, 1)
    assert (rep.triples.tp, rep.triples.fn) == (1, 1)
    # And the other way round: three predicted for two gold.
    rep = score(gold, preds(a=[ev("AGREE", ["BRA"], ["USA"])] * 3))
    assert (rep.micro.tp, rep.micro.fp, rep.micro.fn) == (2, 1, 0)
    [item] = error_analysis(gold, preds(a=[ev("AGREE", ["BRA"], ["USA"])] * 3))
    assert item["spurious_types"] == ["AGREE"]


def test_per_type_micro_and_macro_numbers() -> None:
    gold = [
        doc("a", ev("CONSULT", ["USA"], ["CHN"]), ev("AID", ["JPN"], ["PHL"])),
        doc("b", ev("CONSULT", ["FRA"], ["DEU"]), ev("ASSAULT", ["SYR"], [None])),
    ]
    predicted = preds(
        a=[ev("CONSULT", ["USA"], ["CHN"]), ev("SANCTION", ["USA"], ["CHN"])],
        b=[ev("CONSULT", ["FRA"], ["DEU"]), ev("CONSULT", ["DEU"], ["FRA"]),
           ev("ASSAULT", ["SYR"], [None])],
    )
    rep = score(gold, predicted)
    consult = rep.per_type["CONSULT"]
    assert (consult.tp, consult.fp, consult.fn) == (2, 1, 0)
    assert consult.precision == pytest.approx(2 / 3)
    assert consult.recall == 1.0
    assert consult.f1 == pytest.approx(0.8)
    assert (rep.per_type["AID"].tp, rep.per_type["AID"].fn) == (0, 1)
    assert (rep.per_type["SANCTION"].tp, rep.per_type["SANCTION"].fp) == (0, 1)
    assert rep.per_type["ASSAULT"].f1 == 1.0
    assert list(rep.per_type) == ["AID", "ASSAULT", "CONSULT", "SANCTION"]
    assert (rep.micro.tp, rep.micro.fp, rep.micro.fn) == (3, 2, 1)
    assert rep.micro.precision == pytest.approx(3 / 5)
    assert rep.micro.recall == pytest.approx(3 / 4)
    assert rep.macro_f1 == pytest.approx((0.0 + 1.0 + 0.8 + 0.0) / 4)
    assert (rep.gold_events, rep.predicted_events) == (4, 5)
    # Triples: (SYR, ASSAULT, None) matches; the reversed CONSULT and SANCTION are spurious.
    assert (rep.triples.tp, rep.triples.fp, rep.triples.fn) == (3, 2, 1)


def test_empty_everything_gives_zeros_not_errors() -> None:
    rep = score([], {})
    assert rep.micro.f1 == rep.macro_f1 == rep.triples.f1 == 0.0
    rep = score([doc("empty")], {})
    assert rep.micro.precision == 0.0
    assert "micro" in rep.render_text()


def test_factuality_filter() -> None:
    gold = [doc("a", ev("CONSULT", ["USA"], ["CHN"]))]
    predicted = preds(
        a=[
            ev("CONSULT", ["USA"], ["CHN"], factuality="asserted"),
            ev("ASSAULT", ["USA"], ["CHN"], factuality="hypothetical"),
            ev("AID", ["USA"], ["CHN"]),  # no field: counts as asserted
        ]
    )
    everything = score(gold, predicted)
    assert everything.micro.fp == 2
    assert everything.factuality is None
    kept = score(gold, predicted, factuality={"asserted", "reported_claim"})
    assert (kept.micro.tp, kept.micro.fp) == (1, 1)
    assert kept.filtered_events == 1
    assert kept.predicted_events == 2
    assert "ASSAULT" not in kept.per_type
    assert kept.factuality == ["asserted", "reported_claim"]
    none_kept = score(gold, predicted, factuality={"negated"})
    assert none_kept.micro.tp == 0 and none_kept.micro.fn == 1
    with pytest.raises(ValueError, match="factuality"):
        score(gold, predicted, factuality={"assertd"})


def test_render_text_and_to_dict() -> None:
    gold = [doc("a", ev("CONSULT", ["USA"], ["CHN"]), ev("AID", ["JPN"], ["PHL"])), doc("z")]
    rep = score(gold, preds(a=[ev("CONSULT", ["USA"], ["CHN"])], z=[ev("AID", ["JPN"], [])]))
    text = rep.render_text()
    assert "micro" in text and "macro" in text
    triple_line = next(line for line in text.splitlines() if line.startswith("triples"))
    assert f"{rep.triples.f1:.3f}" in triple_line
    assert f"{rep.triples.f1:.3f}" == "0.500"
    assert "false-alarm docs 1/1" in text
    lines = text.splitlines()
    assert lines.index(next(x for x in lines if x.startswith("AID"))) < lines.index(
        next(x for x in lines if x.startswith("CONSULT"))
    )
    # Columns line up: every table row has the F1 column at the same offset.
    rows = [x for x in lines if x.split()[:1] in (["AID"], ["CONSULT"], ["micro"], ["triples"])]
    assert len({x.index(".") for x in rows}) == 1

    data = rep.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["event_types"]["micro"]["tp"] == 1
    assert data["triples"]["f1"] == pytest.approx(0.5)
    assert data["false_alarm_docs"] == 1
    assert set(data["event_types"]["per_type"]) == {"AID", "CONSULT"}
    assert isinstance(rep, EvalReport)


def test_render_error_analysis() -> None:
    gold = [doc("a", ev("PROTEST", ["EGY"], []))]
    out = render_error_analysis(error_analysis(gold, preds(a=[ev("RETREAT", ["EGY"], [])])))
    assert out.startswith("a: ")
    assert "EGY>PROTEST>-" in out and "EGY>RETREAT>-" in out
    assert render_error_analysis([]) == ""


def _write(tmp_path: Path, lines: list[str], name: str = "gold.jsonl") -> Path:
    p = tmp_path / name
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p


def test_load_gold_reads_a_good_file(tmp_path: Path) -> None:
    good = {"id": "d1", "text": "Made up.", "date": "2020-01-02",
            "events": [ev("CONSULT", ["USA"], ["CHN"])]}
    p = _write(tmp_path, [json.dumps(good), "", json.dumps({**good, "id": "d2", "events": []})])
    docs = load_gold(p)
    assert [d.id for d in docs] == ["d1", "d2"]
    assert docs[0].date == "2020-01-02"
    assert docs[0].events[0]["event_type"] == "CONSULT"


@pytest.mark.parametrize(
    ("bad", "why"),
    [
        ("{not json", "not valid JSON"),
        ("[1, 2]", "not a JSON object"),
        ('{"text": "x", "events": []}', "'id'"),
        ('{"id": "d9", "events": []}', "'text'"),
        ('{"id": "d9", "text": "x"}', "'events'"),
        ('{"id": "d9", "text": "x", "date": 5, "events": []}', "'date'"),
        ('{"id": "d9", "text": "x", "events": [{"source": []}]}', "event_type"),
        ('{"id": "d9", "text": "x", "events": [{"event_type": "AID", "source": "US"}]}',
         "'source'"),
        ('{"id": "d1", "text": "x", "events": []}', "duplicate id"),
    ],
)
def test_load_gold_errors_on_a_broken_line(tmp_path: Path, bad: str, why: str) -> None:
    good = json.dumps({"id": "d1", "text": "Made up.", "events": []})
    p = _write(tmp_path, [good, bad])
    with pytest.raises(RealpolitikError) as info:
        load_gold(p)
    assert info.value.code == "E301"
    msg = str(info.value)
    assert str(p) in msg and "line 2" in msg and why in msg


def test_load_gold_missing_file(tmp_path: Path) -> None:
    with pytest.raises(RealpolitikError) as info:
        load_gold(tmp_path / "nope.jsonl")
    assert info.value.code == "E301"


def test_load_predictions(tmp_path: Path) -> None:
    recs = [
        {"doc_id": "a", **ev("CONSULT", ["USA"], ["CHN"]), "factuality": "asserted"},
        {"doc_id": "b", **ev("AID", ["JPN"], [])},
        {"doc_id": "a", **ev("AGREE", ["USA"], ["CHN"])},
    ]
    p = _write(tmp_path, [json.dumps(r) for r in recs], "events.jsonl")
    got = load_predictions(p)
    assert list(got) == ["a", "b"]
    assert [e["event_type"] for e in got["a"]] == ["CONSULT", "AGREE"]
    arr = tmp_path / "events.json"
    arr.write_text(json.dumps(recs), encoding="utf-8")
    assert load_predictions(arr) == got

    broken = _write(tmp_path, [json.dumps(recs[0]), '{"event_type": "AID"}'], "bad.jsonl")
    with pytest.raises(RealpolitikError, match="line 2.*doc_id"):
        load_predictions(broken)


def test_dev_gold_set_loads_and_scores_itself() -> None:
    if not DEV_GOLD.is_file():
        pytest.skip(f"dev gold set not available at {DEV_GOLD}")
    gold = load_gold(DEV_GOLD)
    assert len(gold) == 70
    assert sum(1 for d in gold if not d.events) == 12
    predicted = {
        d.id: [
            {"doc_id": d.id, "event_type": e["event_type"], "source": e["source"],
             "target": e["target"], "factuality": "asserted"}
            for e in d.events
        ]
        for d in gold
    }
    rep = score(gold, predicted)
    assert rep.micro.f1 == 1.0
    assert rep.macro_f1 == 1.0
    assert rep.triples.f1 == 1.0
    assert rep.false_alarm_docs == 0
    assert rep.gold_events == rep.predicted_events > 0
    assert score(gold, gold_as_predictions(gold)).micro.f1 == 1.0
    assert error_analysis(gold, predicted) == []
