"""Near-duplicate articles (story clusters) and duplicate events (event clusters).

Articles: each cleaned text becomes a set of word shingles, hashed into a MinHash
signature (datasketch); an LSH index over the signatures proposes candidates,
and a candidate is a *copy* when its estimated Jaccard similarity reaches
``COPY_THRESHOLD``. Syndicated, rewritten and machine-spun copies keep most
of their rare word pairs even when sentences are reworded, reordered and padded
with boilerplate, so shingles are pairs of adjacent content words (stop words
dropped, light stemming), which survive paraphrase far better than long n-grams.

Events: two reports are the same event when they share the key (event type,
source countries, target countries, factuality group) and a compatible place,
and their dates lie within ``DATE_WINDOW_DAYS`` of each other.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH

from realpolitik.model import Actor, Event

NUM_PERM = 128
SCHEME = "affine32"
"""datasketch's permutation scheme, named so stored signatures stay comparable."""
LSH_THRESHOLD = 0.2
"""LSH proposes pairs above roughly this similarity; the exact test is COPY_THRESHOLD."""
COPY_THRESHOLD = 0.25
LSH_PARAMS = (28, 2)
"""(bands, rows) datasketch picks for LSH_THRESHOLD and NUM_PERM with equal false-positive
and false-negative weights; fixed here because finding them takes ~0.1 s of numerical
integration per run (tests/test_dedup.py checks they agree)."""
DATE_WINDOW_DAYS = 3
FACT_GROUPS = {"asserted": "fact", "reported_claim": "fact", "planned": "planned",
               "negated": "negated", "hypothetical": "hypothetical"}

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_STOP = frozenset("""a about after again against all also an and any are as at be been before
being but by can could did do does during each for from had has have he her here his how i if
in into is it its itself just more most no nor not now of off on once only or other our out over
own said same says she should so some such than that the their them then there these they this
those through to too under until up very was we were what when where which while who whom why
will with would you your yet per new told according since among amid including two one three
""".split())


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def shingles(text: str) -> set[str]:
    """Pairs of adjacent content words, lower-cased and lightly stemmed."""
    words = [_stem(w) for w in (m.group().lower() for m in _WORD.finditer(text))
             if w not in _STOP and not w.isdigit()]
    if len(words) < 2:
        return set(words)
    return {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)}


_TEMPLATE: list[MinHash] = []


def _template() -> MinHash:
    """An empty signature whose permutations every signature shares (drawn once per process)."""
    if not _TEMPLATE:
        _TEMPLATE.append(MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME))
    return _TEMPLATE[0]


def minhash(text: str) -> MinHash:
    m = MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME, permutations=_template().permutations)
    m.update_batch([s.encode("utf-8") for s in shingles(text)])
    return m


def signature_bytes(m: MinHash) -> bytes:
    return np.asarray(m.hashvalues, dtype=np.uint64).tobytes()


def minhash_from_bytes(data: bytes) -> MinHash:
    template = _template()
    return MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME, permutations=template.permutations,
                   hashvalues=np.frombuffer(data, dtype=np.uint64)
                   .astype(template.hashvalues.dtype))


class StoryIndex:
    """LSH index of the articles seen so far: finds the original an article copies."""

    def __init__(self, threshold: float = COPY_THRESHOLD) -> None:
        self.threshold = threshold
        self.lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM, params=LSH_PARAMS)
        self.signatures: dict[str, MinHash] = {}

    def add(self, key: str, m: MinHash) -> None:
        if key not in self.signatures:
            self.lsh.insert(key, m)
            self.signatures[key] = m

    def best_match(self, m: MinHash) -> tuple[str, float] | None:
        """The most similar stored article at or above the threshold, or None."""
        best: tuple[str, float] | None = None
        for key in sorted(self.lsh.query(m)):
            sim = float(m.jaccard(self.signatures[key]))
            if sim >= self.threshold and (best is None or sim > best[1]):
                best = (key, sim)
        return best


# --- event keys ------------------------------------------------------------------------------


def actor_code(a: Actor) -> str:
    """How an actor is shown: its country, else its name (IGOs, NGOs), else its words."""
    return a.country or a.name or a.text


def dyad_code(a: Actor) -> str | None:
    """How an actor counts in dyads: its country, else its resolved name; None if unresolved."""
    return a.country or (a.name if a.kb_id or a.name != a.text else None)


def actors_key(actors: Iterable[Actor]) -> str:
    return ";".join(sorted({actor_code(a) for a in actors}))


@dataclass(frozen=True, slots=True)
class EventKey:
    event_type: str
    source_key: str
    target_key: str
    fact_group: str
    place: str | None


def event_key(e: Event) -> EventKey:
    place = (e.location.country or e.location.name) if e.location else None
    return EventKey(e.event_type, actors_key(e.source), actors_key(e.target),
                    FACT_GROUPS.get(e.factuality, e.factuality), place)
