"""Scoring coded events against a gold standard: loaders, scorer, report, error analysis.

This module owns what ``realpolitik evaluate`` computes; the CLI only wraps these
plain functions (:func:`load_gold`, :func:`load_predictions`, :func:`score`,
:func:`error_analysis`) and prints :meth:`EvalReport.render_text` or
:meth:`EvalReport.to_dict`.

Inputs
------
* Gold: JSONL, one document a line,
  ``{"id": str, "text": str, "date"?: "YYYY-MM-DD"|null, "events": [{"event_type": str,
  "source": [actor], "target": [actor], ...}]}`` where an actor is a dict with an optional
  ``country`` (ISO alpha-3 or null). Extra keys are kept in ``GoldDoc.events`` and ignored.
* Predictions: the events JSONL of the contract (``/work/shared/CONTRACT.md``), one event a
  line (a JSON array of events is accepted too), grouped by ``doc_id``.

Semantics
---------
* Only documents of the gold set are scored. Predicted events whose ``doc_id`` is not a gold
  document are ignored (and counted in ``EvalReport.ignored_events``).
* ``factuality`` filter: when a set is given, only predicted events whose ``factuality`` is in
  it are scored (an event without the field counts as ``"asserted"``); the others are dropped
  before scoring (counted in ``EvalReport.filtered_events``). ``None`` scores all of them.
  Gold events are never filtered.
* Event types: per document the *multiset* of gold event types is compared with the multiset
  of predicted event types. For each type, TP = min(gold count, predicted count),
  FP = predicted - TP, FN = gold - TP. Counts are summed over documents, giving per-type
  precision/recall/F1, micro P/R/F1 (from the summed counts of all types) and macro P/R/F1
  (unweighted means over the types that occur in the gold or the scored predictions).
* Triples: each event becomes the *set* of (source country, event type, target country)
  tuples over the cartesian product of its source actors' countries and its target actors'
  countries. An empty target (or source) list gives ``None`` on that side, as does an actor
  whose ``country`` is null or missing; duplicates within one event collapse. Per document
  the multisets of triples (the union, with multiplicity, of the per-event sets) are compared
  the same way as types, giving micro triple P/R/F1. Direction matters.
* Document level: number of gold documents, gold events, scored predicted events, gold
  documents without any gold event, and of those the ones where the system predicted at least
  one (scored) event ("false-alarm documents").
* Any division by zero gives 0.0.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import product
from pathlib import Path
from typing import Any

from realpolitik.errors import RealpolitikError
from realpolitik.model import FACTUALITIES

__all__ = [
    "predict",
    "Counts",
    "EvalReport",
    "GoldDoc",
    "Triple",
    "error_analysis",
    "event_triples",
    "gold_as_predictions",
    "load_gold",
    "load_predictions",
    "render_error_analysis",
    "score",
]

Triple = tuple[str | None, str, str | None]
"""(source country, event type, target country); countries are ISO alpha-3 or None."""

DEFAULT_FACTUALITY = "asserted"
"""Factuality assumed for a predicted event that has no ``factuality`` field."""


def _ratio(num: float, den: float) -> float:
    """num / den, or 0.0 when den is 0."""
    return num / den if den else 0.0


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


@dataclass(slots=True)
class GoldDoc:
    """One gold document: its text and the events a human coded in it."""

    id: str
    text: str
    date: str | None
    events: list[dict[str, Any]]


@dataclass(slots=True)
class Counts:
    """True positives, false positives and false negatives, with the figures derived from them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float:
        return _ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn)

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_dict(self) -> dict[str, float | int]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass(slots=True)
class EvalReport:
    """Every figure of one evaluation run."""

    docs: int = 0
    """Gold documents scored."""
    gold_events: int = 0
    predicted_events: int = 0
    """Predicted events scored: those of gold documents that passed the factuality filter."""
    empty_gold_docs: int = 0
    """Gold documents without any gold event."""
    false_alarm_docs: int = 0
    """Gold documents without any gold event where the system predicted something."""
    ignored_events: int = 0
    """Predicted events of documents that are not in the gold set."""
    filtered_events: int = 0
    """Predicted events of gold documents dropped by the factuality filter."""
    factuality: list[str] | None = None
    """The factuality filter used (sorted), or None when all events were scored."""
    per_type: dict[str, Counts] = field(default_factory=dict)
    """Event-type counts per type, for the types present in the gold or the predictions."""
    micro: Counts = field(default_factory=Counts)
    """Event-type counts summed over all types."""
    triples: Counts = field(default_factory=Counts)
    """(source country, type, target country) counts summed over all documents."""

    @property
    def macro_precision(self) -> float:
        return _mean([c.precision for c in self.per_type.values()])

    @property
    def macro_recall(self) -> float:
        return _mean([c.recall for c in self.per_type.values()])

    @property
    def macro_f1(self) -> float:
        return _mean([c.f1 for c in self.per_type.values()])

    def to_dict(self) -> dict[str, Any]:
        """All figures as plain JSON-serialisable data (floats unrounded)."""
        return {
            "docs": self.docs,
            "gold_events": self.gold_events,
            "predicted_events": self.predicted_events,
            "empty_gold_docs": self.empty_gold_docs,
            "false_alarm_docs": self.false_alarm_docs,
            "ignored_events": self.ignored_events,
            "filtered_events": self.filtered_events,
            "factuality": list(self.factuality) if self.factuality is not None else None,
            "event_types": {
                "per_type": {t: self.per_type[t].to_dict() for t in sorted(self.per_type)},
                "micro": self.micro.to_dict(),
                "macro": {
                    "precision": self.macro_precision,
                    "recall": self.macro_recall,
                    "f1": self.macro_f1,
                },
            },
            "triples": self.triples.to_dict(),
        }

    def render_text(self) -> str:
        """A compact aligned plain-text report (figures with 3 decimals)."""
        filt = "all" if self.factuality is None else ",".join(self.factuality)
        header = (
            f"docs {self.docs}  gold events {self.gold_events}  "
            f"predicted events {self.predicted_events}  "
            f"false-alarm docs {self.false_alarm_docs}/{self.empty_gold_docs}  "
            f"factuality {filt}"
        )
        extras = []
        if self.ignored_events:
            extras.append(f"{self.ignored_events} predicted events of non-gold docs ignored")
        if self.filtered_events:
            extras.append(f"{self.filtered_events} predicted events filtered by factuality")

        names = sorted(self.per_type)
        width = max([len("event type"), len("triples"), *(len(n) for n in names)])

        def row(label: str, p: float, r: float, f: float, c: Counts | None) -> str:
            nums = f"{p:>6.3f} {r:>6.3f} {f:>6.3f}"
            if c is not None:
                nums += f" {c.tp:>5d} {c.fp:>5d} {c.fn:>5d}"
            return f"{label:<{width}} {nums}".rstrip()

        head = f"{'event type':<{width}} {'P':>6} {'R':>6} {'F1':>6} {'TP':>5} {'FP':>5} {'FN':>5}"
        lines = [header, *extras, "", head, "-" * len(head)]
        for name in names:
            c = self.per_type[name]
            lines.append(row(name, c.precision, c.recall, c.f1, c))
        lines.append("-" * len(head))
        m = self.micro
        lines.append(row("micro", m.precision, m.recall, m.f1, m))
        lines.append(row("macro", self.macro_precision, self.macro_recall, self.macro_f1, None))
        lines.append("")
        t = self.triples
        lines.append(row("triples", t.precision, t.recall, t.f1, t))
        return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------------------------
# Loading


def load_gold(path: str | Path) -> list[GoldDoc]:
    """Read a gold JSONL file; any unreadable or malformed line raises E301 naming the line."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        why = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise RealpolitikError("E301", path=path, why=f"cannot read ({why})") from exc

    docs: list[GoldDoc] = []
    seen: dict[str, int] = {}
    for n, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue

        def bad(why: str, n: int = n) -> RealpolitikError:
            return RealpolitikError("E301", path=path, why=f"line {n}: {why}")

        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise bad(f"not valid JSON ({exc.msg})") from exc
        if not isinstance(rec, dict):
            raise bad("record is not a JSON object")
        doc_id = rec.get("id")
        if not isinstance(doc_id, str) or not doc_id:
            raise bad("record has no 'id' string")
        if doc_id in seen:
            raise bad(f"duplicate id {doc_id!r} (first on line {seen[doc_id]})")
        seen[doc_id] = n
        text = rec.get("text")
        if not isinstance(text, str):
            raise bad("record has no 'text' string")
        date = rec.get("date")
        if date is not None and not isinstance(date, str):
            raise bad("'date' is not a string or null")
        events = rec.get("events")
        if not isinstance(events, list):
            raise bad("record has no 'events' list")
        for i, ev in enumerate(events):
            problem = _event_problem(ev)
            if problem:
                raise bad(f"event {i}: {problem}")
        docs.append(GoldDoc(id=doc_id, text=text, date=date, events=events))
    return docs


def load_predictions(path: str | Path) -> dict[str, list[dict[str, Any]]]:
    """Read coded events (contract JSONL, or a JSON array of events), grouped by ``doc_id``.

    Document order and event order follow the file. A malformed line raises E001 naming it.
    """
    path = Path(path)
    what = f"predictions {path}"
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        why = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise RealpolitikError("E001", what=what, why=why) from exc

    records: list[tuple[str, Any]] = []
    if raw.lstrip().startswith("["):
        try:
            array = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise RealpolitikError("E001", what=what, why=f"not valid JSON ({exc})") from exc
        records = [(f"item {i}", rec) for i, rec in enumerate(array)]
    else:
        for n, line in enumerate(raw.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                records.append((f"line {n}", json.loads(line)))
            except json.JSONDecodeError as exc:
                raise RealpolitikError(
                    "E001", what=what, why=f"line {n}: not valid JSON ({exc.msg})"
                ) from exc

    out: dict[str, list[dict[str, Any]]] = {}
    for where, rec in records:
        if not isinstance(rec, dict):
            raise RealpolitikError("E001", what=what, why=f"{where}: not a JSON object")
        doc_id = rec.get("doc_id")
        if not isinstance(doc_id, str):
            raise RealpolitikError("E001", what=what, why=f"{where}: no 'doc_id' string")
        problem = _event_problem(rec)
        if problem:
            raise RealpolitikError("E001", what=what, why=f"{where}: {problem}")
        out.setdefault(doc_id, []).append(rec)
    return out


def gold_as_predictions(gold: Iterable[GoldDoc]) -> dict[str, list[dict[str, Any]]]:
    """The gold events as prediction records (for sanity checks: scoring them gives 1.0)."""
    return {
        doc.id: [{**ev, "doc_id": doc.id} for ev in doc.events] for doc in gold
    }


def _event_problem(ev: Any) -> str | None:
    """Why an event record cannot be scored, or None if it can."""
    if not isinstance(ev, dict):
        return "event is not a JSON object"
    if not isinstance(ev.get("event_type"), str):
        return "event has no 'event_type' string"
    for side in ("source", "target"):
        actors = ev.get(side, [])
        if actors is None:
            continue
        if not isinstance(actors, list) or not all(isinstance(a, dict) for a in actors):
            return f"'{side}' is not a list of actor objects"
    return None


# ---------------------------------------------------------------------------------------------
# Scoring


def event_triples(event: Mapping[str, Any]) -> set[Triple]:
    """The (source country, type, target country) set of one event (see module docstring)."""
    etype = event["event_type"]
    sources = _countries(event.get("source"))
    targets = _countries(event.get("target"))
    return {(s, etype, t) for s, t in product(sources, targets)}


def _countries(actors: Any) -> list[str | None]:
    if not actors:
        return [None]
    return [a.get("country") if isinstance(a, Mapping) else None for a in actors]


def _compare(gold: Counter[Any], pred: Counter[Any]) -> dict[Any, Counts]:
    """Per key TP/FP/FN of two multisets."""
    out: dict[Any, Counts] = {}
    for key in gold.keys() | pred.keys():
        g, p = gold[key], pred[key]
        tp = min(g, p)
        out[key] = Counts(tp=tp, fp=p - tp, fn=g - tp)
    return out


def _check_factuality(factuality: Iterable[str] | None) -> frozenset[str] | None:
    if factuality is None:
        return None
    allowed = frozenset(factuality)
    unknown = allowed - set(FACTUALITIES)
    if unknown:
        raise ValueError(
            f"unknown factuality value(s) {sorted(unknown)}; expected some of {list(FACTUALITIES)}"
        )
    return allowed


def _kept(events: Iterable[dict[str, Any]], allowed: frozenset[str] | None) -> list[dict[str, Any]]:
    if allowed is None:
        return list(events)
    return [ev for ev in events if ev.get("factuality", DEFAULT_FACTUALITY) in allowed]


def _type_multiset(events: Iterable[Mapping[str, Any]]) -> Counter[str]:
    return Counter(ev["event_type"] for ev in events)


def _triple_multiset(events: Iterable[Mapping[str, Any]]) -> Counter[Triple]:
    out: Counter[Triple] = Counter()
    for ev in events:
        out.update(event_triples(ev))
    return out


def score(
    gold: list[GoldDoc],
    predicted: Mapping[str, list[dict[str, Any]]],
    factuality: Iterable[str] | None = None,
) -> EvalReport:
    """Score predicted events against the gold documents (semantics: module docstring).

    ``factuality``: when given, only predicted events with one of these factuality values
    are scored; an unknown value raises ValueError.
    """
    allowed = _check_factuality(factuality)
    gold_ids = {doc.id for doc in gold}
    report = EvalReport(
        docs=len(gold),
        factuality=sorted(allowed) if allowed is not None else None,
        ignored_events=sum(len(evs) for did, evs in predicted.items() if did not in gold_ids),
    )
    for doc in gold:
        raw = predicted.get(doc.id, [])
        pred = _kept(raw, allowed)
        report.filtered_events += len(raw) - len(pred)
        report.gold_events += len(doc.events)
        report.predicted_events += len(pred)
        if not doc.events:
            report.empty_gold_docs += 1
            if pred:
                report.false_alarm_docs += 1
        for etype, counts in _compare(_type_multiset(doc.events), _type_multiset(pred)).items():
            report.per_type.setdefault(etype, Counts()).add(counts)
            report.micro.add(counts)
        for counts in _compare(_triple_multiset(doc.events), _triple_multiset(pred)).values():
            report.triples.add(counts)
    report.per_type = {t: report.per_type[t] for t in sorted(report.per_type)}
    return report


def error_analysis(
    gold: list[GoldDoc],
    predicted: Mapping[str, list[dict[str, Any]]],
    factuality: Iterable[str] | None = None,
) -> list[dict[str, Any]]:
    """Per gold document with at least one error: what was missed (FN) and what was spurious (FP).

    Each item: ``{"doc_id", "text", "missing_types", "spurious_types", "missing_triples",
    "spurious_triples"}``; types and triples are sorted lists repeated by multiplicity, a
    triple is a ``[source_country, event_type, target_country]`` list (None for null).
    Documents are in gold order; fully correct documents are left out.
    """
    allowed = _check_factuality(factuality)
    out: list[dict[str, Any]] = []
    for doc in gold:
        pred = _kept(predicted.get(doc.id, []), allowed)
        g_types, p_types = _type_multiset(doc.events), _type_multiset(pred)
        g_trip, p_trip = _triple_multiset(doc.events), _triple_multiset(pred)
        item = {
            "doc_id": doc.id,
            "text": doc.text,
            "missing_types": sorted((g_types - p_types).elements()),
            "spurious_types": sorted((p_types - g_types).elements()),
            "missing_triples": [list(t) for t in _sorted_triples(g_trip - p_trip)],
            "spurious_triples": [list(t) for t in _sorted_triples(p_trip - g_trip)],
        }
        if any(item[k] for k in ("missing_types", "spurious_types",
                                 "missing_triples", "spurious_triples")):
            out.append(item)
    return out


def _sorted_triples(triples: Counter[Triple]) -> list[Triple]:
    return sorted(triples.elements(), key=lambda t: (t[1], t[0] or "", t[2] or ""))


def render_error_analysis(items: Iterable[Mapping[str, Any]]) -> str:
    """Plain-text rendering of :func:`error_analysis` output, one block per document."""

    def trip(t: list[str | None]) -> str:
        return f"{t[0] or '-'}>{t[1]}>{t[2] or '-'}"

    blocks = []
    for item in items:
        lines = [f"{item['doc_id']}: {item['text']}"]
        for key, label in (("missing_types", "missing"), ("spurious_types", "spurious")):
            if item[key]:
                lines.append(f"  {label + ' types:':<18}{' '.join(item[key])}")
        for key, label in (("missing_triples", "missing"), ("spurious_triples", "spurious")):
            if item[key]:
                lines.append(f"  {label + ' triples:':<18}{' '.join(trip(t) for t in item[key])}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + ("\n" if blocks else "")


def predict(gold: Iterable[GoldDoc], pipeline: Any) -> dict[str, list[dict[str, Any]]]:
    """Code the gold documents' texts with ``pipeline`` (a :class:`~realpolitik.Pipeline`),
    cleaned as any input is; returns predictions keyed by document id."""
    from datetime import date

    from realpolitik.ingest import clean_text
    from realpolitik.model import Article

    articles = []
    for g in gold:
        cleaned = clean_text(g.text)
        articles.append(Article(doc_id=g.id, text=cleaned.text,
                                date=date.fromisoformat(g.date) if g.date else None))
    return {a.doc_id: [e.to_dict() for e in events]
            for a, events in pipeline.code_articles(articles)}
