"""The accuracy gate: coding must not fall below the floors pinned in tests/eval/baseline.json.

Lowering a floor is a visible, justified commit; raise them as the coder improves.
"""

from __future__ import annotations

import json

import pytest

from conftest import REPO
from realpolitik import evaluate as ev
from realpolitik.evaluate_resolution import evaluate_resolution, load_passages

BASELINE = json.loads((REPO / "tests" / "eval" / "baseline.json").read_text("utf-8"))


def _path(section: str):
    path = (REPO / BASELINE[section]["path"]).resolve()
    if not path.exists():
        pytest.skip(f"{path} not present")
    return path


@pytest.mark.parametrize("section", ["dev", "heldout"])
def test_event_accuracy_floors(pipeline, section: str) -> None:
    floors = BASELINE[section]
    gold = ev.load_gold(_path(section))
    report = ev.score(gold, ev.predict(gold, pipeline)).to_dict()
    got = {"event_micro_f1": report["event_types"]["micro"]["f1"],
           "event_macro_f1": report["event_types"]["macro"]["f1"],
           "triple_f1": report["triples"]["f1"]}
    for metric, floor in floors.items():
        if metric != "path":
            assert got[metric] >= floor, f"{section} {metric} {got[metric]:.3f} < floor {floor}"


@pytest.mark.parametrize("section", [s for s in BASELINE if s.startswith("resolution")])
def test_resolution_accuracy_floors(pipeline, section: str) -> None:
    floors = BASELINE[section]
    report = evaluate_resolution(load_passages(_path(section)), pipeline)
    for metric, floor in floors.items():
        if metric != "path":
            got = report.accuracy(metric)
            assert got >= floor, f"{section} {metric} {got:.3f} < floor {floor}"
