"""`realpolitik explain` shows the parse and why each event was or was not coded."""

from __future__ import annotations

import io
from datetime import date

from realpolitik.explain import explain


def test_explain_shows_parse_events_and_misses(pipeline) -> None:
    out = io.StringIO()
    text = ("Iran met Venezuela in Caracas on Thursday. The talks ended. "
            "Nothing happened [bold]here[/bold].")
    events = explain(text, pipeline, out, pub_date=date(2020, 11, 6), width=160)
    shown = out.getvalue()
    assert [e.event_type for e in events] == ["CONSULT"]
    assert "sentence 0" in shown and "nsubj" in shown and "CONSULT" in shown
    assert "why: triggers.tsv:" in shown and "[asserted]" in shown
    # a trigger found but not coded, with the reason
    assert "'talks'" in shown and "no actor of its own" in shown
    # untrusted text is printed literally, not as markup
    assert "[bold]here[/bold]" in shown
    assert "no trigger of the lexicon in this sentence" in shown
