"""The derived CAMEO trigger layer: the dictionary reader of scripts/build_cameo_lexicon.py,
the hand-first precedence of the layered lexicon, and sentences (written for these tests)
that only a derived row codes."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date

import pytest

from conftest import REPO
from realpolitik.events import lexicon as lx
from realpolitik.events.lexicon import Lexicon

PUB = date(2021, 3, 4)
HEADER = "pos\tlemma\tparticle\tobject\tevent_type\tmode\tcontext\tcameo\ttarget\n"

# A made-up dictionary in the layout of CAMEO.2.0.txt (not copied from it).
CAMEO_SAMPLE = """\
# a comment
####### SYNONYM SETS #######

&ENVOY
+ENVOY
+EMISSARY
+SPECIAL_ENVOY

####### VERB PATTERNS #######

---  SCOLD   [111]  ---
SCOLD
BERATE {BERATES BERATED}
UPBRAID [---]
CHIDE [112]  # xy 1/2/03
REPROVE
+TELL_OFF
- * &ENVOY                          [114]    # SCOLD
- * (OVER)                          [111]    # SCOLD
- * (FOR SILENCE)                   [110]    # BERATE
- * TEAM                            [---]    # SCOLD
- ARMY *                            [175]    # SCOLD
- * {PRESS CORPS}                   [111]    # SCOLD
- * BUDGET (AGAINST)                [111]    # SCOLD
- * (AT) &ENVOY                     [:111]   # SCOLD
- * PLAN                            [013]    # SCOLD

---  HUDDLE   [040]  ---
HUDDLE
- * (WITH)                          [046]    # HUDDLE
"""


@pytest.fixture(scope="module")
def build():
    spec = importlib.util.spec_from_file_location(
        "build_cameo_lexicon", REPO / "scripts" / "build_cameo_lexicon.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


class _Lemmas:
    """Lower-case words: enough for the sample (no spaCy)."""

    def nouns(self, words: set[str]) -> None:
        pass

    def noun(self, word: str) -> str:
        return word

    def verb_base(self, word: str) -> str:
        return word

    def verb_lemmas(self, base: str, forms: list[str]) -> list[str]:
        return [base]


def _rows(build, hand: str = HEADER, bare: bool = True):
    sets, blocks = build.parse_cameo(CAMEO_SAMPLE)
    builder = build.Builder(sets, blocks, hand, _Lemmas(), named=True, bare=bare)
    builder.build()
    rows, left_out = builder.resolve()
    return {r.key: r for r in rows}, left_out, builder


def test_reader_finds_sets_blocks_verbs_and_patterns(build) -> None:
    sets, blocks = build.parse_cameo(CAMEO_SAMPLE)
    assert sets["ENVOY"] == ["ENVOY", "EMISSARY", "SPECIAL_ENVOY"]
    assert [(b.name, b.code) for b in blocks] == [("SCOLD", "111"), ("HUDDLE", "040")]
    scold = blocks[0]
    assert [(v.word, v.code) for v in scold.verbs] == [
        ("SCOLD", None), ("BERATE", None), ("UPBRAID", "---"), ("CHIDE", "112"),
        ("REPROVE", None), ("+TELL_OFF", None)]
    assert scold.verbs[1].forms == ["BERATES", "BERATED"]
    assert scold.patterns[0].tokens == ["*", "&ENVOY"] and scold.patterns[0].code == "114"
    assert scold.patterns[2].tokens == ["*", "(", "FOR", "SILENCE", ")"]


def test_block_code_and_own_codes(build) -> None:
    rows, _, _ = _rows(build)
    # synonyms without a code of their own take the block's; CHIDE has its own
    assert rows[("scold", "-", "-")].cameo == "111"
    assert rows[("reprove", "-", "-")].event_type == "ACCUSE"
    chide = rows[("chide", "-", "-")]
    assert (chide.event_type, chide.mode, chide.cameo) == ("ACCUSE", "allege", "112")
    assert ("upbraid", "-", "-") not in rows  # [---]: no event
    # a phrasal verb: its particle
    assert rows[("tell", "off", "-")].event_type == "ACCUSE"
    # HUDDLE [040] → CONSULT
    assert rows[("huddle", "-", "-")].event_type == "CONSULT"


def test_object_class_and_preposition_patterns(build) -> None:
    rows, _, builder = _rows(build)
    envoy = rows[("scold", "-", "@cameo-envoy")]
    assert (envoy.event_type, envoy.mode, envoy.context, envoy.cameo) == (
        "ACCUSE", "disapprove", "diplomatic", "114")
    # multi-word members of a synonym set are left out of its word class
    assert builder.classes["cameo-envoy"] == ["emissary", "envoy"]
    over = rows[("scold", "+over", "-")]
    assert over.target.split(",")[0] == "prep:over"
    # "(FOR SILENCE)": the object of the row's own preposition; given to the named verb only
    assert rows[("berate", "+for", "silence")].cameo == "110"
    assert ("scold", "+for", "silence") not in rows
    # an object and a bare preposition
    assert rows[("scold", "+against", "budget")].target.split(",")[0] == "prep:against"
    talks = rows[("huddle", "+with", "-")]
    assert (talks.event_type, talks.cameo, talks.target.split(",")[0]) == (
        "CONSULT", "046", "prep:with")


def test_skipped_patterns(build) -> None:
    rows, _, builder = _rows(build)
    lemmas_objects = {(k[0], k[2]) for k in rows}
    assert ("scold", "team") not in lemmas_objects  # [---]
    assert ("scold", "plan") not in lemmas_objects  # 013: a statement, no PLOVER event
    assert not any(k[2] in ("army", "press", "corps") for k in rows)
    skipped = builder.skipped
    assert skipped["patterns: code --- (no event)"] == 1
    assert skipped["patterns: subject pattern"] == 1
    assert skipped["patterns: multi-word noun"] == 1
    assert skipped["patterns: reversed code (the target acts)"] == 1


def test_without_bare_rows_and_hand_verbs_left_out(build) -> None:
    rows, _, _ = _rows(build, bare=False)
    assert ("scold", "-", "-") not in rows and ("scold", "-", "@cameo-envoy") in rows
    hand = HEADER + "V\tberate\t-\t-\tACCUSE\tdisapprove\t-\t111\tdobj\n"
    rows, left_out, _ = _rows(build, hand=hand)
    assert not any(k[0] == "berate" for k in rows)
    assert left_out["the hand lexicon has the verb (its rows win)"] == 2


def test_written_file_parses_as_a_lexicon(build, tmp_path) -> None:
    rows, _, builder = _rows(build)
    out = tmp_path / "triggers-cameo.tsv"
    build.write(list(rows.values()), builder.classes, out)
    lex = Lexicon.from_path(out)
    assert lex.size == len(rows)
    row = next(t for t in lex.candidates("V", "scold") if t.obj == "@cameo-envoy")
    assert lex.object_fits(row, "emissary")


def test_codes_map_to_plover(build) -> None:
    assert build.plover("0874") == ("RETREAT", "withdraw", "military")
    assert build.plover("1831")[:2] == ("ASSAULT", "suicide-attack")
    assert build.plover("192") == ("COERCE", "seize", "territory")
    assert build.plover("010") is None and build.plover("016")[0] == "REJECT"
    assert build.plover("0231")[:2] == ("REQUEST", "assist")


# -- precedence ------------------------------------------------------------------------------
HAND = HEADER + ("V\tcondemn\t-\t-\tACCUSE\tdisapprove\t-\t111\tdobj\n"
                 "@arms\tgun rifle\n")
DERIVED = HEADER + ("@cameo-envoy\tenvoy emissary\n"
                    "V\tcondemn\t-\tattack\tASSAULT\t-\t-\t190\tdobj\n"
                    "V\tberate\t-\t-\tACCUSE\tdisapprove\t-\t111\tdobj\n"
                    "V\tberate\t-\t@cameo-envoy\tACCUSE\tdisapprove\tdiplomatic\t114\tdobj\n")


def _layered() -> Lexicon:
    return Lexicon.layered(Lexicon.parse(HAND),
                           Lexicon.parse(DERIVED, source=lx.DERIVED_FILE, tier=1))


def test_hand_row_beats_derived_row() -> None:
    lex = _layered()
    # the hand lexicon has "condemn": the derived row, though more specific, is left out
    assert [(t.obj, t.tier) for t in lex.candidates("V", "condemn")] == [(None, 0)]
    berate = lex.candidates("V", "berate")
    assert [t.obj for t in berate] == ["@cameo-envoy", None]  # most specific first
    assert all(t.tier == 1 for t in berate)
    assert berate[1].label.startswith("triggers-cameo.tsv:4 V berate")
    assert lex.candidates("V", "condemn")[0].label.startswith("triggers.tsv:2 V condemn")
    assert set(lex.classes) == {"arms", "cameo-envoy"}
    assert [t.lemma for t in lex.rows(tier=0)] == ["condemn"]


def test_hand_rows_first_at_equal_specificity() -> None:
    # (layered() leaves such a derived row out; a Lexicon built of both still sorts it last)
    derived = Lexicon.parse(HEADER + "V\tcondemn\t-\t-\tREJECT\t-\t-\t120\t-\n", tier=1)
    both = Lexicon([*derived.rows(), *Lexicon.parse(HAND).rows()])
    assert [t.tier for t in both.candidates("V", "condemn")] == [0, 1]


def test_a_class_declared_twice_is_an_error() -> None:
    with pytest.raises(ValueError, match="both lexicons"):
        Lexicon.layered(Lexicon.parse(HAND), Lexicon.parse(HEADER + "@arms\tgun\n", tier=1))


def test_shipped_layer_and_its_switch(monkeypatch) -> None:
    lx.default_lexicon.cache_clear()
    try:
        lex = lx.default_lexicon()
        hand = Lexicon.parse(lx._shipped(lx.HAND_FILE))
        derived = [t for t in lex.rows() if t.tier == 1]
        assert derived and all(t.source == lx.DERIVED_FILE for t in derived)
        assert not any(hand.candidates(t.pos, t.lemma) for t in derived)
        monkeypatch.setenv(lx.CAMEO_ENV, "0")
        lx.default_lexicon.cache_clear()
        assert lx.default_lexicon().size == hand.size
    finally:
        monkeypatch.delenv(lx.CAMEO_ENV, raising=False)
        lx.default_lexicon.cache_clear()


# -- sentences coded thanks to a derived row ---------------------------------------------------
@pytest.fixture(scope="module")
def hand_only(pipeline):
    from realpolitik.pipeline import Pipeline

    return Pipeline(nlp=pipeline.nlp, lexicon=Lexicon.parse(lx._shipped(lx.HAND_FILE)))


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian tanks advanced into Ukraine on Monday.", ("ASSAULT", "RUS", "UKR")),
    ("Germany contributed peacekeeping troops to Mali.", ("AID", "DEU", "MLI")),
])
def test_sentence_coded_by_a_derived_row(pipeline, hand_only, text, expected) -> None:
    events = pipeline.code_text(text, pub_date=PUB)
    got = [(e.event_type, e.source[0].country, e.target[0].country if e.target else None)
           for e in events]
    assert expected in got
    event = events[got.index(expected)]
    assert "triggers-cameo.tsv:" in (event.explain or "")
    assert not [e for e in hand_only.code_text(text, pub_date=PUB)
                if e.event_type == expected[0]]


def test_negation_applies_to_derived_rows(pipeline) -> None:
    events = pipeline.code_text("Russian tanks did not advance into Ukraine.", pub_date=PUB)
    assault = [e for e in events if e.event_type == "ASSAULT"]
    assert assault and assault[0].factuality == "negated"
