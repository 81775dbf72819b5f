"""The pipeline: articles in, events out (ingest → nlp → resolve → events).

``Pipeline`` owns the loaded resources (spaCy pipeline, knowledge base, trigger
lexicon, gazetteer) — loaded once, passed explicitly, never global — and codes
articles in batches with ``nlp.pipe``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from realpolitik.events.coder import EventCoder, mask_dateline
from realpolitik.events.lexicon import Lexicon, default_lexicon
from realpolitik.ingest import clean_text
from realpolitik.model import Article, Event
from realpolitik.nlp import load_pipeline
from realpolitik.resolve.actors import ActorResolver
from realpolitik.resolve.kb import KnowledgeBase, default_kb
from realpolitik.resolve.places import Gazetteer, default_gazetteer

if TYPE_CHECKING:
    from spacy.language import Language

TRUNCATION_PENALTY = 0.2


class Pipeline:
    def __init__(self, *, nlp: Language | None = None, kb: KnowledgeBase | None = None,
                 lexicon: Lexicon | None = None, gazetteer: Gazetteer | None = None,
                 batch_size: int = 32) -> None:
        self.nlp = nlp or load_pipeline()
        self.kb = kb or default_kb()
        self.lexicon = lexicon or default_lexicon()
        self.gazetteer = gazetteer or default_gazetteer()
        self.coder = EventCoder(self.lexicon, ActorResolver(self.kb), self.gazetteer)
        self.batch_size = batch_size

    def code_articles(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
        """Code articles lazily, in input order; yields each article with its events."""
        pairs = ((mask_dateline(a.text), a) for a in articles)
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=self.batch_size):
            yield article, self._finish(article, self.coder.code(article, doc))

    def code_article(self, article: Article) -> list[Event]:
        return next(self.code_articles([article]))[1]

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
