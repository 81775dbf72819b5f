"""The trigger lexicon: which verbs and nouns express which PLOVER event.

Rows live in ``data/triggers.tsv`` (format documented in its header). A verb row
may require a particle ("break off"), a prepositional child (``+for`` in the
particle column: "call for") or a direct object ("hold talks"); the most
specific matching row wins, so "impose sanctions" beats a bare "impose". An object
may name a word class (``@aid``: aid, food, medicine, tents …) declared in the same
file by an ``@name<TAB>lemma lemma …`` line, so one row covers "sent tents to".

Under the hand-written rows lies a derived layer, ``data/triggers-cameo.tsv``
(generated from PETRARCH2's CAMEO verb dictionary by ``scripts/build_cameo_lexicon.py``,
same format). Its rows (tier 1) only add lemmas: for a (pos, lemma) that has any hand
row, the derived rows are left out, so a derived row never overrides a hand one; rows
are sorted hand-first at equal specificity all the same. ``REALPOLITIK_CAMEO=0`` leaves
the layer out (read when the default lexicon is first loaded).
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources
from pathlib import Path

from realpolitik.model import EVENT_TYPES

HAND_FILE = "triggers.tsv"
DERIVED_FILE = "triggers-cameo.tsv"
CAMEO_ENV = "REALPOLITIK_CAMEO"
_COLUMNS = ("pos", "lemma", "particle", "object", "event_type", "mode", "context", "cameo",
            "target")


@dataclass(frozen=True, slots=True)
class Trigger:
    pos: str  # "V" or "N"
    lemma: str
    particle: str | None
    prep: str | None
    obj: str | None
    event_type: str
    mode: str | None
    context: tuple[str, ...]
    cameo: str | None
    target: tuple[str, ...]
    line: int
    rule: str | None = None  # a coder rule, not a lexicon row, made this trigger
    source: str = HAND_FILE  # the file of the row (for ``label``)
    tier: int = 0  # 0 = hand-written; 1 = derived (tried after hand rows as specific)

    @property
    def specificity(self) -> int:
        return (self.obj is not None) * 4 + (self.particle is not None) * 2 + (
            self.prep is not None) * 2

    @property
    def label(self) -> str:
        if self.rule:
            return f"{self.rule} → {self.event_type}"
        parts = [self.lemma]
        if self.particle:
            parts.append(self.particle)
        if self.prep:
            parts.append(f"+{self.prep}")
        if self.obj:
            parts.append(f"<{self.obj}>")
        return f"{self.source}:{self.line} {self.pos} {' '.join(parts)} → {self.event_type}"


def _opt(value: str) -> str | None:
    value = value.strip()
    return None if value in ("", "-") else value


class Lexicon:
    """Trigger rows indexed by (pos, lemma), most specific first (hand rows before derived
    rows of the same specificity)."""

    def __init__(self, triggers: list[Trigger],
                 classes: dict[str, frozenset[str]] | None = None) -> None:
        index: dict[tuple[str, str], list[Trigger]] = defaultdict(list)
        for t in triggers:
            index[(t.pos, t.lemma)].append(t)
        for rows in index.values():
            rows.sort(key=lambda t: (-t.specificity, t.tier, t.line))
        self._index = dict(index)
        # the same rows by part of speech, then lemma: ``candidates`` is asked about every
        # verb and noun, and a lemma's lookup is cheaper than a (pos, lemma) tuple's
        self._by_pos: dict[str, dict[str, list[Trigger]]] = {}
        for (pos, lemma), rows in self._index.items():
            self._by_pos.setdefault(pos, {})[lemma] = rows
        self._event_types: dict[str, tuple[str, ...]] = {}  # (event_types' answers)
        self.size = len(triggers)
        self.classes = classes or {}

    def object_fits(self, trig: Trigger, lemma: str) -> bool:
        """Whether a noun lemma is the row's required object (or one of its class)."""
        if trig.obj is None:
            return False
        if trig.obj.startswith("@"):
            return lemma in self.classes.get(trig.obj[1:], ())
        return lemma == trig.obj

    def candidates(self, pos: str, lemma: str) -> list[Trigger]:
        by_lemma = self._by_pos.get(pos)
        return by_lemma.get(lemma, []) if by_lemma is not None else []

    def event_types(self, lemma: str) -> tuple[str, ...]:
        """The event types of the lemma's verb and noun rows, sorted, each once (the rows
        never change: kept by lemma)."""
        memo = self._event_types
        found = memo.get(lemma)
        if found is None:
            rows = self.candidates("V", lemma) + self.candidates("N", lemma)
            found = tuple(sorted({t.event_type for t in rows}))
            if len(memo) >= 1 << 16:
                memo.clear()  # a long-running process: keep it bounded
            memo[lemma] = found
        return found

    def rows(self, tier: int | None = None) -> Iterator[Trigger]:
        """Every trigger row (of one tier: 0 hand-written, 1 derived)."""
        return (t for rows in self._index.values() for t in rows
                if tier is None or t.tier == tier)

    @classmethod
    def layered(cls, hand: Lexicon, derived: Lexicon) -> Lexicon:
        """The hand lexicon with a derived one under it (its rows become tier 1). The hand
        lexicon wins wherever it has any row for a (pos, lemma): the derived rows of that
        key are left out, so they only add lemmas the hand rows lack. (Measured on the
        train split: letting more specific derived rows in beside the hand rows — "meet
        +at", "arrest <demonstrator>" — re-coded hand verbs for the worse.) The derived
        word classes join the hand ones (a name may not be declared by both)."""
        clash = set(hand.classes) & set(derived.classes)
        if clash:
            raise ValueError(f"word classes declared in both lexicons: {sorted(clash)}")
        rows = [*hand.rows(), *(replace(t, tier=1) for t in derived.rows()
                                if not hand.candidates(t.pos, t.lemma))]
        return cls(rows, {**hand.classes, **derived.classes})

    @classmethod
    def from_path(cls, path: str | Path) -> Lexicon:
        return cls.parse(Path(path).read_text("utf-8"), source=str(path))

    @classmethod
    def parse(cls, text: str, *, source: str = HAND_FILE, tier: int = 0) -> Lexicon:
        rows: list[Trigger] = []
        classes: dict[str, frozenset[str]] = {}
        header_seen = False
        for lineno, raw in enumerate(text.splitlines(), start=1):
            if not raw.strip() or raw.lstrip().startswith("#"):
                continue
            cols = raw.split("\t")
            if cols[0].startswith("@"):
                if len(cols) != 2:
                    raise ValueError(f"{source}:{lineno}: a class line is '@name<TAB>lemmas'")
                classes[cols[0][1:].strip()] = frozenset(cols[1].lower().split())
                continue
            if not header_seen and cols[0].strip() == "pos":
                header_seen = True
                continue
            if len(cols) != len(_COLUMNS):
                raise ValueError(f"{source}:{lineno}: expected {len(_COLUMNS)} tab-separated "
                                 f"columns, got {len(cols)}")
            pos, lemma, particle, obj, etype, mode, context, cameo, target = (c.strip()
                                                                               for c in cols)
            if pos not in ("V", "N"):
                raise ValueError(f"{source}:{lineno}: pos must be V or N, got {pos!r}")
            if etype not in EVENT_TYPES:
                raise ValueError(f"{source}:{lineno}: unknown event type {etype!r}")
            prt = _opt(particle)
            prep = None
            if prt and prt.startswith("+"):
                prep, prt = prt[1:], None
            rows.append(Trigger(
                pos=pos, lemma=lemma.lower(), particle=prt, prep=prep, obj=_opt(obj),
                event_type=etype, mode=_opt(mode),
                context=tuple(c for c in (_opt(x) for x in context.replace(";", ",").split(","))
                              if c),
                cameo=_opt(cameo),
                target=tuple(t for t in (_opt(x) for x in target.split(",")) if t),
                line=lineno, source=Path(source).name, tier=tier,
            ))
        for t in rows:
            if t.obj and t.obj.startswith("@") and t.obj[1:] not in classes:
                raise ValueError(f"{source}:{t.line}: unknown word class {t.obj!r}")
        return cls(rows, classes)


def cameo_enabled() -> bool:
    """Whether the derived CAMEO layer is on (``REALPOLITIK_CAMEO``, default on)."""
    return os.environ.get(CAMEO_ENV, "1").strip().lower() not in ("0", "false", "no", "off")


def _shipped(name: str) -> str:
    return resources.files("realpolitik").joinpath(f"data/{name}").read_text("utf-8")


@cache
def default_lexicon() -> Lexicon:
    """The shipped lexicon: triggers.tsv over triggers-cameo.tsv (unless switched off or
    absent)."""
    hand = Lexicon.parse(_shipped(HAND_FILE))
    if not cameo_enabled() or not resources.files("realpolitik").joinpath(
            f"data/{DERIVED_FILE}").is_file():
        return hand
    return Lexicon.layered(hand, Lexicon.parse(_shipped(DERIVED_FILE), source=DERIVED_FILE,
                                               tier=1))
