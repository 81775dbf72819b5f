"""The pipeline: articles in, events out (ingest → nlp → resolve → events).

``Pipeline`` owns the loaded resources (spaCy pipeline, knowledge base, trigger
lexicon, gazetteer) — loaded once, passed explicitly, never global — and codes
articles in batches with ``nlp.pipe``. With ``doc_timeout``, a document whose
coding takes longer than that is reported (E113) and skipped, and the next goes on.
"""

from __future__ import annotations

import gc
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from realpolitik.entities import COMPONENT, EntityRecognizer
from realpolitik.errors import RealpolitikError
from realpolitik.events.coder import EventCoder, mask_dateline
from realpolitik.events.lexicon import Lexicon, default_lexicon
from realpolitik.ingest import clean_text
from realpolitik.model import Article, Event
from realpolitik.nlp import build_pipeline, fast_default, load_pipeline
from realpolitik.resolve.actors import ActorResolver
from realpolitik.resolve.kb import KnowledgeBase, default_kb
from realpolitik.resolve.places import Gazetteer, default_gazetteer

if TYPE_CHECKING:
    from spacy.language import Language

TRUNCATION_PENALTY = 0.2


class Pipeline:
    def __init__(self, *, nlp: Language | None = None, kb: KnowledgeBase | None = None,
                 lexicon: Lexicon | None = None, gazetteer: Gazetteer | None = None,
                 batch_size: int = 32, doc_timeout: float | None = None,
                 on_error: Callable[[RealpolitikError], None] | None = None,
                 fast: bool | None = None) -> None:
        self.kb = kb or default_kb()
        self.lexicon = lexicon or default_lexicon()
        self.gazetteer = gazetteer or default_gazetteer()
        self.fast = fast = fast_default() if fast is None else fast
        """Rule-based entities instead of spaCy's NER (:mod:`realpolitik.entities`);
        default: the ``REALPOLITIK_FAST`` environment variable (``--fast``)."""
        if nlp is None:
            default = self.kb is default_kb() and self.gazetteer is default_gazetteer()
            # the shared pipeline's recogniser reads the default KB; another KB gets its own
            nlp = load_pipeline(fast=fast) if default or not fast else build_pipeline(fast=True)
            if fast and not default:
                nlp.get_pipe(COMPONENT).recognizer = EntityRecognizer(self.kb, self.gazetteer)
        self.nlp = nlp
        self.coder = EventCoder(self.lexicon, ActorResolver(self.kb), self.gazetteer)
        # The model, knowledge base, gazetteer and lexicon are ~380,000 objects that live
        # as long as the process: moved out of the collector's reach, each full
        # collection no longer walks them (it cost the coder ~5 % of its time).
        gc.freeze()
        self.batch_size = batch_size
        self.doc_timeout = doc_timeout
        """Seconds one document's coding may take (from its parse on; ``None``: no limit)."""
        self.on_error = on_error or _print_error

    def code_articles(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        """Code articles lazily, in input order; yields each article with its events.

        A document over ``doc_timeout`` is not yielded: its E113 goes to ``on_error``.
        """
        pairs = ((mask_dateline(a.text), a) for a in articles)
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=self.batch_size):
            try:
                events = self.coder.code(article, doc, check=self._time_limit(article))
            except RealpolitikError as err:
                self.on_error(err)
                continue
            yield article, self._finish(article, events)

    def _time_limit(self, article: Article) -> Callable[[], None] | None:
        """A check the coder calls between sentences: raises E113 once the time is up.

        Checked between sentences rather than by a signal: it works in any thread and
        leaves no half-coded state behind. spaCy's parse, which is linear in the
        length that ``max_chars`` bounds, happens before the clock starts.
        """
        limit = self.doc_timeout
        if limit is None:
            return None
        deadline = time.monotonic() + limit

        def check() -> None:
            if time.monotonic() >= deadline:
                raise RealpolitikError("E113", where=article.origin or article.doc_id,
                                       limit=limit)
        return check

    def code_article(self, article: Article) -> list[Event]:
        """Events of one article; raises E113 when it takes longer than ``doc_timeout``."""
        doc = self.nlp(mask_dateline(article.text))
        return self._finish(article, self.coder.code(article, doc,
                                                     check=self._time_limit(article)))

    def explain(self, article: Article) -> tuple[object, list[Event], list[str]]:
        """Parse and code one article, keeping the coder's trace of decisions."""
        doc = self.nlp(mask_dateline(article.text))
        trace: list[str] = []
        events = self._finish(article, self.coder.code(article, doc, trace))
        return doc, events, trace

    def code_text(self, text: str, *, doc_id: str = "text",
                  pub_date: date | None = None) -> list[Event]:
        """Code one plain-text article (cleaned like any input)."""
        cleaned = clean_text(text)
        article = Article(doc_id=doc_id, text=cleaned.text, date=pub_date,
                          truncated=cleaned.truncated, removed_lines=cleaned.removed_lines)
        return self.code_article(article)

    @staticmethod
    def _finish(article: Article, events: list[Event]) -> list[Event]:
        if not article.truncated or not events:
            return events
        last = max(e.sentence_index for e in events)
        tail = article.text.rstrip()
        out = []
        for e in events:
            if e.sentence_index == last and e.evidence.end >= len(tail):
                e = replace(e, confidence=round(max(0.0, e.confidence - TRUNCATION_PENALTY), 2),
                            explain=f"{e.explain}; evidence: truncated last sentence")
            out.append(e)
        return out


def _print_error(err: RealpolitikError) -> None:
    print(str(err), file=sys.stderr)
