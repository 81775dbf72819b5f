"""The English pipeline's own components (realpolitik.nlp)."""

from __future__ import annotations

import pytest

from realpolitik.nlp import load_pipeline


@pytest.mark.parametrize("text, word, lemma", [
    # the small model's slips on a silent "e", mended
    ("The army staged a coup.", "staged", "stage"),
    ("Rebels are staging attacks.", "staging", "stage"),
    ("China stages drills every spring.", "stages", "stage"),
    ("Russia waged war on Ukraine.", "waged", "wage"),
    ("The court fined the company.", "fined", "fine"),
    ("Soldiers raped women.", "raped", "rape"),
    # the doubled forms and other verbs keep theirs
    ("The court rapped the government.", "rapped", "rap"),
    ("Police gases protesters.", "gases", "gas"),
    ("They visited Paris.", "visited", "visit"),
    ("Troops opened fire.", "opened", "open"),
])
def test_lemma_fixes(text: str, word: str, lemma: str) -> None:
    doc = load_pipeline()(text)
    assert {t.lemma_ for t in doc if t.text == word} == {lemma}
