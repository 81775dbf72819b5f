"""The trained trigger layer: a linear model over parse features that revises the rule
coder's trigger candidates.

For every verb and noun of a sentence (and every token the lexicon matched), the layer
scores "which PLOVER event does this word trigger, if any" with a multinomial logistic
regression over sparse binary features of the parse (lemma, POS, dependency label, head,
particles, prepositions, object and subject heads, negation and modals) and the rule
lexicon's own proposal. It then

* adds an event for a word the lexicon does not know (or whose rows do not fit) when
  the model is sure enough, with source and target found by the coder's usual rules;
* re-types a rule candidate when the model clearly prefers another category;
* drops a rule candidate that the model scores as no event with high confidence.

Each such decision is written into the event's ``explain`` (and the explain trace) with
the model's probability. The weights live in ``data/trigger_model.json``: readable
feature → weight rows, written by ``scripts/train_layer.py`` from the train split and
the fresh set, never the held-out split (scikit-learn at training time; NumPy only at run
time, no pickles). Set
``REALPOLITIK_STATLAYER=0`` to code with the rules alone.
"""

from __future__ import annotations

import json
import os
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from realpolitik.events.factuality import SPEECH_VERBS
from realpolitik.events.lexicon import Lexicon, Trigger
from realpolitik.nlp import words_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from realpolitik.events.coder import EventCoder, _Candidate
    from realpolitik.resolve.actors import DocContext

NONE = "NONE"
BETWEEN_PAIR = "source: 'between' pair"
"""How the coder tells a candidate whose sides are an explicit pair ("talks between X and Y")."""
MODEL_FILE = "data/trigger_model.json"
FORMAT = 1
_PARTICLES = frozenset({"off", "up", "down", "out", "back", "away", "on", "over", "in"})
_MODALS = frozenset({"will", "would", "could", "might", "may", "should", "can", "must",
                     "shall", "to"})


@dataclass(frozen=True, slots=True)
class ModelTrigger(Trigger):
    """A trigger that the model produced (``origin`` "model") or re-typed (``origin`` the
    rule row's label); ``score`` is the model's probability of ``event_type``."""

    score: float = 0.0
    origin: str = "model"

    @property
    def label(self) -> str:
        if self.origin == "model":
            return (f"model {self.pos} {self.lemma} → {self.event_type} "
                    f"(p={self.score:.2f})")
        return f"{self.origin}, re-typed by the model → {self.event_type} (p={self.score:.2f})"


_SCORED_POS = ("VERB", "NOUN")
"""The parts of speech the layer scores (speech verbs aside: they are the claim rules')."""


def is_candidate(tok: Token, rules: dict[int, Trigger]) -> bool:
    """The tokens the layer scores: verbs and nouns (speech verbs are the claim rules'),
    and every token the lexicon matched."""
    if tok.i in rules:
        return True
    return tok.pos_ in _SCORED_POS and tok.lemma_.lower() not in SPEECH_VERBS


def features(tok: Token, rules: dict[int, Trigger], lexicon: Lexicon) -> list[str]:
    """Sparse binary features of one candidate token (names are readable strings)."""
    # the attributes from the document's lists (spaCy builds a new string on every read)
    doc = tok.doc
    words = words_of(doc)
    ti = tok.i
    hi = words.head[ti]
    lem, hlem = words.lemma[ti].lower(), words.lemma[hi].lower()
    pos, dep = words.pos[ti], words.dep[ti]
    out = ["b", f"l={lem}", f"p={pos}", f"d={dep}", f"t={words.tag[ti]}",
           f"lp={lem}|{pos}", f"ld={lem}|{dep}", f"s3={lem[-3:]}",
           f"hl={hlem}", f"hd={dep}|{hlem}", f"hp={dep}|{words.pos[hi]}"]
    # the words either side ("peace talks", "air strike", "joint drills") and, for a word
    # inside a phrase, the phrase's own head ("after [talks]" → the verb "after" hangs on)
    out.append(f"pv={words.lower[ti - 1] if ti > 0 else '<s>'}")
    out.append(f"nx={words.lower[ti + 1] if ti + 1 < len(doc) else '</s>'}")
    if hi != ti:
        out.append(f"gp={dep}|{words.lower[hi]}|{words.lemma[words.head[hi]].lower()}")
    if hlem in SPEECH_VERBS and hi != ti:
        out.append(f"hs={dep}")
    if hi in rules and hi != ti:
        out.append(f"hr={dep}|{rules[hi].event_type}")
    ent = tok.ent_type_
    if ent:
        out.append(f"e={ent}")
    append = out.append
    wdep, wlow, wlemma, wpos = words.dep, words.lower, words.lemma, words.pos

    def kind(i: int) -> str:
        """A word's entity type, else its part of speech."""
        return doc[i].ent_type_ or wpos[i]

    for c in words.children[ti]:
        cdep = wdep[c]
        if cdep == "prt":
            clow = wlow[c]
            append(f"prt={lem}|{clow}")
            append(f"prt={clow}")
        elif cdep == "advmod":
            clow = wlow[c]
            if clow in _PARTICLES:
                append(f"prt={lem}|{clow}")
                append(f"prt={clow}")
        elif cdep in ("prep", "agent", "dative"):
            clow = wlow[c]
            append(f"pr={clow}")
            append(f"lpr={lem}|{clow}")
            for p in words.children[c]:
                if wdep[p] == "pobj":
                    append(f"pe={clow}|{kind(p)}")
                    append(f"po={clow}|{wlemma[p].lower()}")
        elif cdep in ("dobj", "attr", "oprd"):
            clem = wlemma[c].lower()
            append(f"o={clem}")
            append(f"lo={lem}|{clem}")
            append(f"oe={kind(c)}")
        elif cdep in ("nsubj", "nsubjpass", "csubj"):
            append(f"{cdep}={kind(c)}")
            append(f"{cdep}l={wlemma[c].lower()}")
        elif cdep == "neg":
            append("neg")
        elif cdep == "auxpass":
            append("pass")
        elif cdep == "aux":
            clow = wlow[c]
            if clow in _MODALS:
                append(f"aux={clow}")
        elif cdep in ("amod", "compound", "nmod", "poss"):
            append(f"m={wlemma[c].lower()}")
            append(f"me={cdep}|{kind(c)}")
        elif cdep in ("xcomp", "ccomp", "advcl"):
            append(f"{cdep}={wlemma[c].lower()}")
    rule = rules.get(ti)
    if rule is not None:
        out.append(f"r={rule.event_type}")
        out.append(f"rs={rule.event_type}|{rule.specificity > 0}")
        out.append(f"rp={rule.pos}")
    else:
        types = lexicon.event_types(lem)
        out.append("r=unfit" if types else "r=none")
        out.extend(f"lx={t}" for t in types)
    return out


class LinearModel:
    """A multinomial logistic regression over named binary features."""

    def __init__(self, classes: Sequence[str], vocab: dict[str, int], weights: np.ndarray,
                 bias: np.ndarray, dense: np.ndarray | None = None,
                 dense_scale: float = 1.0) -> None:
        self.classes = list(classes)
        self.vocab = vocab
        # one zero row at the end: the index of every unknown feature
        self.weights = np.vstack([weights, np.zeros((1, len(self.classes)))])
        self.bias = bias
        self.dense = dense
        """Weights of the parser's context vector of the token (``doc.tensor``), if used."""
        self.dense_scale = dense_scale

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LinearModel:
        classes = data["classes"]
        col = {c: j for j, c in enumerate(classes)}
        names = sorted(data["weights"])
        w = np.zeros((len(names), len(classes)))
        for i, name in enumerate(names):
            for c, v in data["weights"][name].items():
                w[i, col[c]] = v
        dense = None
        if data.get("dense"):
            dense = np.array([[row.get(c, 0.0) for c in classes] for row in data["dense"]])
        return cls(classes, {n: i for i, n in enumerate(names)}, w,
                   np.array([data["bias"][c] for c in classes]), dense,
                   float(data.get("dense_scale", 1.0)))

    def probabilities(self, rows: list[list[str]], vectors: np.ndarray | None = None
                      ) -> np.ndarray:
        """Class probabilities, one row per feature list (and context vector)."""
        if not rows:
            return np.zeros((0, len(self.classes)))
        vocab, unknown = self.vocab, len(self.vocab)
        flat = np.array([vocab.get(f, unknown) for feats in rows for f in feats], np.intp)
        starts, at = [], 0
        for feats in rows:
            starts.append(at)
            at += len(feats)
        # ``take`` of an index array: indexing with a list converts it first (4x slower)
        z = np.add.reduceat(self.weights.take(flat, axis=0), starts, axis=0)
        z += self.bias
        if self.dense is not None and vectors is not None:
            z += (vectors * self.dense_scale) @ self.dense
        # in place, and the ufuncs' own reductions (``z.max()`` and ``z.sum()`` are Python
        # wrappers of them): a sentence has a handful of rows, so the calls are the cost
        z -= np.maximum.reduce(z, axis=1, keepdims=True)
        np.exp(z, out=z)
        z /= np.add.reduce(z, axis=1, keepdims=True)
        return z


@dataclass(slots=True)
class Thresholds:
    add: float = 0.6
    """Least probability of an event type for a word the rules did not code."""
    retype: float = 0.8
    """Least probability of another type for re-typing a rule candidate."""
    drop: float = 0.9
    """Least probability of "no event" for dropping a rule candidate."""
    drop_complete: float | None = None
    """The same for a rule candidate whose source and target both name a country or an
    international body ("support from Russia, China and Iran" for Maduro), or whose two
    named sides come from an explicit pair ("talks between Saudi Arabia and Qatar"): the
    rules' evidence is stronger there (None: as ``drop``)."""

    def drop_for(self, source: Sequence[Any], target: Sequence[Any], pair: bool = False
                 ) -> float:
        def named(actors: Sequence[Any]) -> bool:
            return bool(actors) and all(a.country or a.sector == "IGO" for a in actors)

        if self.drop_complete is not None and named(source) and (named(target) or pair):
            return self.drop_complete
        return self.drop


class TriggerLayer:
    """Scores a sentence's candidate tokens and revises the coder's candidates."""

    def __init__(self, model: LinearModel, thresholds: Thresholds, lexicon: Lexicon,
                 lemmas: frozenset[str] | None = None) -> None:
        self.model = model
        self.thresholds = thresholds
        self.slots = _default_slots(lexicon)
        self.lemmas = lemmas
        """Lemmas that trigger an event somewhere in the training data: a word the rules
        did not match is scored only if it is one of them (a fast, near-free filter)."""
        # the last document's scored tokens (see _scored), and each lemma's verdict
        self._last: tuple[Doc, list[int]] | None = None
        self._lemma_ok: dict[str, bool] = {}

    @classmethod
    def from_dict(cls, data: dict[str, Any], lexicon: Lexicon) -> TriggerLayer:
        if data.get("format") != FORMAT:
            raise ValueError(f"trigger model format {data.get('format')!r}, expected {FORMAT}")
        lemmas = data.get("trigger_lemmas")
        return cls(LinearModel.from_dict(data), Thresholds(**data["thresholds"]), lexicon,
                   frozenset(lemmas) if lemmas is not None else None)

    @classmethod
    def from_path(cls, path: str | Path, lexicon: Lexicon) -> TriggerLayer:
        return cls.from_dict(json.loads(Path(path).read_text("utf-8")), lexicon)

    def _scored(self, doc: Doc) -> list[int]:
        """The tokens of ``doc`` that the layer scores whatever the rules found (verbs and
        nouns that are not speech verbs and, with ``lemmas``, whose lemma is one of them),
        read once per document from its word lists."""
        last = self._last
        if last is not None and last[0] is doc:
            return last[1]
        words = words_of(doc)
        ok, lemmas = self._lemma_ok, self.lemmas
        out: list[int] = []
        for i, (pos, lemma) in enumerate(zip(words.pos, words.lemma, strict=True)):
            if pos not in _SCORED_POS:
                continue
            good = ok.get(lemma)
            if good is None:
                lem = lemma.lower()
                good = lem not in SPEECH_VERBS and (lemmas is None or lem in lemmas)
                if len(ok) >= 1 << 16:
                    ok.clear()
                ok[lemma] = good
            if good:
                out.append(i)
        self._last = (doc, out)
        return out

    def probabilities(self, sent: Span, toks: list[Token], rows: list[list[str]]
                      ) -> np.ndarray:
        vectors = context_vectors(toks) if self.model.dense is not None else None
        return self.model.probabilities(rows, vectors)

    def revise(self, coder: EventCoder, sent: Span, cands: list[_Candidate],
               consumed: set[int], ctx: DocContext,
               note: Callable[[Token, str], None]) -> list[_Candidate]:
        """The sentence's candidates after the model's additions, re-typings and drops."""
        rules = {c.token.i: c.trigger for c in cands}
        # the words ``is_candidate`` (and the lemma filter) keeps, and every rule candidate
        doc, start, end = sent.doc, sent.start, sent.end
        scored = self._scored(doc)
        idx = scored[bisect_left(scored, start):bisect_left(scored, end)]
        if rules:
            idx = sorted({*idx, *(i for i in rules if start <= i < end)})
        toks = [doc[i] for i in idx]
        if not toks:
            return cands
        probs = self.probabilities(sent, toks, [features(t, rules, coder.lexicon)
                                                for t in toks])
        classes = self.model.classes
        none = classes.index(NONE)
        th = self.thresholds
        q = probs.copy()
        q[:, none] = -1.0
        bests = q.argmax(axis=1).tolist()
        row = {t.i: n for n, t in enumerate(toks)}
        rows = probs.tolist()  # Python floats, as float() of each entry gives
        out: list[_Candidate] = []
        for c in cands:
            n = row[c.token.i]
            p_none, best = rows[n][none], bests[n]
            p_best = rows[n][best]
            if p_none >= th.drop_for(c.source, c.target, pair=BETWEEN_PAIR in c.how):
                note(c.token, f"{c.trigger.label}: dropped by the model "
                              f"(p(no event)={p_none:.2f})")
                continue
            own = rows[n][classes.index(c.trigger.event_type)]
            if classes[best] != c.trigger.event_type and p_best >= th.retype and p_best > own:
                trig = _retyped(c.trigger, classes[best], p_best)
                c.how.append(f"model: {c.trigger.event_type} → {trig.event_type} "
                             f"(p={p_best:.2f})")
                c.trigger = trig
            out.append(c)
        taken = {c.token.i for c in out} | {i for c in out for i in c.used} | consumed
        for n, tok in enumerate(toks):
            if tok.i in rules or tok.i in taken:
                continue
            best = bests[n]
            p_best = rows[n][best]
            if p_best < th.add:
                continue
            etype = classes[best]
            pos = "V" if tok.pos_ == "VERB" else "N"
            trig = ModelTrigger(pos=pos, lemma=tok.lemma_.lower(), particle=None, prep=None,
                                obj=None, event_type=etype, mode=None, context=(), cameo=None,
                                target=self.slots.get((pos, etype), ("dobj",)), line=0,
                                score=round(p_best, 2))
            cand = (coder._verb_event(trig, tok, ctx) if pos == "V"
                    else coder._noun_event(trig, tok, ctx))
            if cand is None:
                note(tok, f"{trig.label}: no actor of its own")
                continue
            if etype in _NEEDS_RECIPIENT and not cand.target:
                # aid goes to someone: a word only the model reads as aid, with no
                # recipient, is too weak ("sent its top diplomat to Latin America")
                note(tok, f"{trig.label}: no recipient")
                continue
            if cand.used & taken:
                note(tok, f"{trig.label}: its object is already an event")
                continue
            taken |= cand.used | {tok.i}
            out.append(cand)
        return out


_NEEDS_RECIPIENT = frozenset({"AID"})


def context_vectors(toks: list[Token]) -> np.ndarray | None:
    """The tokens' rows of the parser's shared context tensor (None when absent)."""
    if not toks:
        return None
    tensor = toks[0].doc.tensor
    if tensor is None or tensor.shape[0] != len(toks[0].doc):
        return None
    return np.asarray(tensor[[t.i for t in toks]], dtype=float)


def _retyped(trig: Trigger, etype: str, score: float) -> ModelTrigger:
    return ModelTrigger(pos=trig.pos, lemma=trig.lemma, particle=trig.particle,
                        prep=trig.prep, obj=trig.obj, event_type=etype, mode=None,
                        context=(), cameo=None, target=trig.target, line=trig.line,
                        score=round(score, 2), origin=trig.label)


def _default_slots(lexicon: Lexicon) -> dict[tuple[str, str], tuple[str, ...]]:
    """For each (pos, type), every target slot its hand-written lexicon rows name, the most
    often named first (the derived rows, many and mechanical, would outvote them). A word
    only the model reads as an event may take its target from any of them: "spurned a
    Pakistani demand" (most REJECT rows find their target in a clause, not the object)."""
    counts: dict[tuple[str, str], Counter[str]] = {}
    for t in lexicon.rows(tier=0):
        counts.setdefault((t.pos, t.event_type), Counter()).update(t.target)
    return {k: tuple(s for s, _ in c.most_common()) for k, c in counts.items()}


def enabled() -> bool:
    return os.environ.get("REALPOLITIK_STATLAYER", "1").strip().lower() not in (
        "0", "false", "no", "off", "")


@cache
def _shipped() -> dict[str, Any] | None:
    ref = resources.files("realpolitik").joinpath(MODEL_FILE)
    if not ref.is_file():
        return None
    data: dict[str, Any] = json.loads(ref.read_text("utf-8"))
    return data


def default_layer(lexicon: Lexicon) -> TriggerLayer | None:
    """The shipped layer, or None when it is switched off (``REALPOLITIK_STATLAYER=0``,
    or ``"enabled": false`` in the model file) or absent."""
    data = _shipped()
    if data is None or not data.get("enabled", True) or not enabled():
        return None
    return TriggerLayer.from_dict(data, lexicon)
