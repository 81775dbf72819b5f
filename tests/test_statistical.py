"""The trained trigger layer (events/statistical.py): the shipped model file, the linear
model's arithmetic, and the coder's use of a layer (adding, re-typing, dropping), with
hand-built models so the tests do not depend on the trained weights."""

from __future__ import annotations

import json
from importlib import resources

import numpy as np
import pytest

from realpolitik.events import statistical as st
from realpolitik.events.coder import EventCoder
from realpolitik.model import EVENT_TYPES, Article


def _model_dict(weights: dict[str, dict[str, float]], **thresholds: float) -> dict:
    classes = [st.NONE, *EVENT_TYPES]
    return {"format": st.FORMAT, "classes": classes,
            "bias": {c: (2.0 if c == st.NONE else 0.0) for c in classes},
            "weights": weights,
            "thresholds": {"add": 0.6, "retype": 0.8, "drop": 0.9, **thresholds}}


def _code(pipeline, layer, text: str, trace: list[str] | None = None):
    coder = EventCoder(pipeline.lexicon, pipeline.coder.resolver, pipeline.gazetteer,
                       layer=layer)
    article = Article(doc_id="t", text=text)
    return coder.code(article, pipeline.nlp(text), trace)


def test_shipped_model_file_is_readable_json() -> None:
    ref = resources.files("realpolitik").joinpath(st.MODEL_FILE)
    data = json.loads(ref.read_text("utf-8"))
    assert data["format"] == st.FORMAT
    assert data["classes"][0] == st.NONE and set(data["classes"][1:]) == set(EVENT_TYPES)
    assert {"add", "retype", "drop"} <= set(data["thresholds"]) <= {"add", "retype", "drop",
                                                            "drop_complete"}
    files = data["trained_on"]["files"]
    assert any(f.endswith("events-train.jsonl") for f in files)
    assert not any("heldout" in f for f in files)  # the held-out split is never trained on
    assert len(ref.read_bytes()) < 2_000_000
    model = st.LinearModel.from_dict(data)
    p = model.probabilities([["b", "l=bomb", "p=VERB", "no-such-feature"]])
    assert p.shape == (1, len(data["classes"])) and abs(p.sum() - 1) < 1e-9


def test_linear_model_softmax_and_unknown_features() -> None:
    model = st.LinearModel.from_dict(_model_dict({"l=pummel": {"ASSAULT": 5.0}}))
    p = model.probabilities([["l=pummel"], ["l=other"], ["l=pummel", "never-seen"]])
    np.testing.assert_allclose(p.sum(axis=1), 1.0)
    assert model.classes[int(p[0].argmax())] == "ASSAULT"
    assert model.classes[int(p[1].argmax())] == st.NONE
    np.testing.assert_allclose(p[0], p[2])  # unknown features weigh nothing
    assert model.probabilities([]).shape == (0, len(model.classes))


def test_switched_off_by_environment(monkeypatch, pipeline) -> None:
    monkeypatch.setenv("REALPOLITIK_STATLAYER", "0")
    assert st.default_layer(pipeline.lexicon) is None
    assert EventCoder(pipeline.lexicon, pipeline.coder.resolver, layer=True).layer is None
    monkeypatch.setenv("REALPOLITIK_STATLAYER", "1")
    if st._shipped() is not None and st._shipped().get("enabled", True):
        assert isinstance(st.default_layer(pipeline.lexicon), st.TriggerLayer)


def test_model_adds_an_event_the_lexicon_lacks(pipeline) -> None:
    text = "Russian forces pummelled Ukraine on Tuesday."
    assert not [e for e in _code(pipeline, False, text) if e.event_type == "ASSAULT"]
    layer = st.TriggerLayer.from_dict(_model_dict({"l=pummel": {"ASSAULT": 8.0}}),
                                      pipeline.lexicon)
    events = [e for e in _code(pipeline, layer, text) if e.event_type == "ASSAULT"]
    assert len(events) == 1
    ev = events[0]
    assert ev.source[0].country == "RUS" and ev.target[0].country == "UKR"
    assert ev.explain.startswith("model V pummel → ASSAULT (p=")


def test_an_added_event_is_no_surer_than_the_model(pipeline) -> None:
    """A word only the layer reads as an event gets the model's probability as its
    confidence when that is lower than the rules' usual figure (0.9 here)."""
    text = "Russian forces pummelled Ukraine on Tuesday."
    layer = st.TriggerLayer.from_dict(_model_dict({"l=pummel": {"ASSAULT": 4.0}}),
                                      pipeline.lexicon)
    (ev,) = [e for e in _code(pipeline, layer, text) if e.event_type == "ASSAULT"]
    p = np.exp(4.0) / (np.exp(2.0) + np.exp(4.0) + len(EVENT_TYPES) - 1)
    assert f"(p={p:.2f})" in ev.explain
    assert ev.confidence == pytest.approx(p, abs=0.01)


def test_an_added_event_looks_for_its_target_in_every_slot_of_its_type(pipeline) -> None:
    # most REJECT verb rows find their target in a clause ("refused to ..."), so the slot
    # they name most often is none; a verb only the model reads as a rejection still
    # takes the object's owner as its target
    assert "dobj" in st._default_slots(pipeline.lexicon)[("V", "REJECT")]
    text = "The Afghan Taliban spurned a Pakistani demand to hand over militant leaders."
    layer = st.TriggerLayer.from_dict(_model_dict({"l=spurn": {"REJECT": 8.0}}),
                                      pipeline.lexicon)
    (ev,) = [e for e in _code(pipeline, layer, text) if e.event_type == "REJECT"]
    assert ev.source[0].country == "AFG" and [a.country for a in ev.target] == ["PAK"]


def test_model_retypes_and_drops_rule_candidates(pipeline) -> None:
    text = "Iranian Foreign Minister Zarif met Venezuelan President Maduro in Caracas."
    assert [e.event_type for e in _code(pipeline, False, text)] == ["CONSULT"]
    retype = st.TriggerLayer.from_dict(
        _model_dict({"r=CONSULT": {"SUPPORT": 9.0}}), pipeline.lexicon)
    (ev,) = _code(pipeline, retype, text)
    assert ev.event_type == "SUPPORT" and ev.mode is None
    assert "re-typed by the model → SUPPORT" in ev.explain
    assert "model: CONSULT → SUPPORT" in ev.explain
    drop = st.TriggerLayer.from_dict(_model_dict({"r=CONSULT": {st.NONE: 9.0}}),
                                     pipeline.lexicon)
    trace: list[str] = []
    assert _code(pipeline, drop, text, trace) == []
    assert any("dropped by the model (p(no event)=" in line for line in trace)


@pytest.mark.parametrize("text", ["", "Weather was fine.", "a " * 600])
def test_layer_survives_odd_input(pipeline, text: str) -> None:
    layer = st.TriggerLayer.from_dict(_model_dict({}), pipeline.lexicon)
    assert _code(pipeline, layer, text) == []


def test_explain_shows_the_model(pipeline, monkeypatch) -> None:
    import io

    from realpolitik.explain import explain

    layer = st.TriggerLayer.from_dict(_model_dict({"l=pummel": {"ASSAULT": 8.0},
                                                   "r=CONSULT": {st.NONE: 9.0}}),
                                      pipeline.lexicon)
    monkeypatch.setattr(pipeline.coder, "layer", layer)
    out = io.StringIO()
    explain("Russian forces pummelled Ukraine. Zarif met Maduro in Caracas.", pipeline, out,
            width=400)
    text = out.getvalue()
    assert "why: model V pummel → ASSAULT (p=" in text
    assert "dropped by the model (p(no event)=" in text
