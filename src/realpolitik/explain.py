"""`realpolitik explain`: show the parse of a text and why each event was (or was not) coded.

For every sentence: its tokens with lemma, part of speech, dependency and entity; the
events coded from it with the rule behind each (`explain`); and the coder's trace of
the triggers it found but did not code, with the reason (no source actor, no fitting
lexicon row, the same event already coded, …).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, TextIO

from realpolitik.ingest import clean_text
from realpolitik.model import Actor, Article, Event

if TYPE_CHECKING:
    from realpolitik.pipeline import Pipeline


def _actors(actors: list[Actor]) -> str:
    return ", ".join(f"{a.country or '?'}/{a.sector or '-'} ({a.name or a.text or 'unnamed'})"
                     for a in actors) or "—"


def explain(text: str, pipeline: Pipeline, out: TextIO, *, pub_date: date | None = None,
            width: int | None = None) -> list[Event]:
    """Write the explanation of ``text`` to ``out``; returns the events."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    cleaned = clean_text(text)
    article = Article(doc_id="explain", text=cleaned.text, date=pub_date,
                      truncated=cleaned.truncated)
    doc, events, trace = pipeline.explain(article)
    console = Console(file=out, width=width or (None if out.isatty() else 140),
                      highlight=False, soft_wrap=False)
    by_sentence: dict[int, list[Event]] = {}
    for e in events:
        by_sentence.setdefault(e.sentence_index, []).append(e)
    for index, sent in enumerate(doc.sents):  # type: ignore[attr-defined]
        console.rule(f"sentence {index}")
        console.print(escape(sent.text.strip()))
        table = Table(show_edge=False, pad_edge=False, box=None)
        for col in ("#", "token", "lemma", "pos", "dep", "head", "entity"):
            table.add_column(col)
        for tok in sent:
            if tok.is_space:
                continue
            head = f"{tok.head.text} ({tok.head.i - sent.start})"
            table.add_row(str(tok.i - sent.start), escape(tok.text), escape(tok.lemma_),
                          tok.pos_, tok.dep_, escape(head), tok.ent_type_ or "")
        console.print(table)
        for e in by_sentence.get(index, []):
            console.print(f"[bold]{e.event_type}[/] {escape(e.mode or '')}  "
                          f"{escape(_actors(e.source))} → {escape(_actors(e.target))}  "
                          f"{escape(f'[{e.factuality}]')} {escape(e.date or '—')}  "
                          f"conf {e.confidence}")
            console.print(f"  why: {escape(e.explain or '')}")
        prefix = f"sentence {index}, "
        for line in trace:
            if line.startswith(prefix):
                console.print(f"  [dim]not coded[/]: {escape(line[len(prefix):])}")
        if not by_sentence.get(index) and not any(line.startswith(prefix) for line in trace):
            console.print("  [dim]no trigger of the lexicon in this sentence[/]")
    return events
