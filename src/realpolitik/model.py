"""The records that flow through the pipeline: Article → (spaCy Doc) → Actor/Place → Event.

Every stage takes and returns these dataclasses (sentences and mentions are the
parse's own spans, kept as offsets in ``Evidence`` and as ``Actor.text``). The JSON
contract (``event.schema.json``) is generated from ``Event`` and its parts by
:mod:`realpolitik.schema`, so the field metadata here (``doc``, ``enum``,
``pattern``) is the single source of truth.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any

EVENT_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
QUAD_CLASSES: tuple[str, ...] = (
    "verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict",
)
FACTUALITIES: tuple[str, ...] = (
    "asserted", "negated", "planned", "hypothetical", "reported_claim",
)
DATE_PRECISIONS: tuple[str, ...] = ("day", "week", "month", "year", "unknown")


def meta(doc: str, **schema: Any) -> dict[str, Any]:
    """Field metadata read by the schema generator: a description plus JSON Schema keywords."""
    return {"doc": doc, "schema": schema}


@dataclass(slots=True)
class Article:
    """One input document after ingest: cleaned text plus its metadata."""

    doc_id: str
    text: str
    title: str | None = None
    date: date | None = None
    url: str | None = None
    source: str | None = None
    language: str | None = None
    origin: str = ""
    """Where the document came from, e.g. ``news.jsonl:12``; used in error messages."""
    truncated: bool = False
    """The text ends mid-sentence (scraped copies often do): the last sentence is unreliable."""
    removed_lines: int = 0
    """How many boilerplate lines the cleaner dropped."""

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(slots=True)
class Actor:
    text: str = field(metadata=meta("The words of the article that name the actor."))
    name: str | None = field(
        default=None, metadata=meta("Canonical name (a person, organisation or country).")
    )
    country: str | None = field(
        default=None,
        metadata=meta("ISO 3166-1 alpha-3 code, or null (IGOs, NGOs, unknown).",
                      pattern="^[A-Z]{3}$"),
    )
    sector: str | None = field(
        default=None,
        metadata=meta("PLOVER/Phoenix agent code (GOV, MIL, OPP, REB, ...), or null.",
                      pattern="^[A-Z]{3}$"),
    )
    role: str | None = field(default=None, metadata=meta("Title or role, e.g. Foreign Minister."))
    kb_id: str | None = field(default=None, metadata=meta("Identifier in the knowledge base."))


@dataclass(slots=True)
class Place:
    text: str = field(metadata=meta("The words of the article that name the place."))
    name: str | None = field(default=None, metadata=meta("Gazetteer name."))
    country: str | None = field(
        default=None, metadata=meta("ISO 3166-1 alpha-3 code.", pattern="^[A-Z]{3}$")
    )
    lat: float | None = field(default=None, metadata=meta("Latitude (WGS84)."))
    lon: float | None = field(default=None, metadata=meta("Longitude (WGS84)."))
    geonames_id: int | None = field(default=None, metadata=meta("GeoNames identifier."))


@dataclass(slots=True)
class Evidence:
    text: str = field(metadata=meta("The sentence the event was coded from."))
    start: int = field(metadata=meta("Character offset into the cleaned article text.", minimum=0))
    end: int = field(metadata=meta("End offset (exclusive) into the cleaned article text.",
                                   minimum=0))


@dataclass(slots=True)
class Event:
    """One coded event, as written to JSONL. Field order is the output order."""

    event_id: str = field(metadata=meta("Stable hash of doc_id, sentence, trigger and actors."))
    doc_id: str = field(metadata=meta("Identifier of the input document."))
    sentence_index: int = field(metadata=meta("0-based index of the sentence in the article.",
                                              minimum=0))
    event_type: str = field(metadata=meta("PLOVER category.", enum=list(EVENT_TYPES)))
    mode: str | None = field(metadata=meta("PLOVER mode of the category, or null."))
    context: list[str] = field(metadata=meta("PLOVER contexts (diplomatic, economic, ...)."))
    quad_class: str = field(metadata=meta("Quad class of the category.", enum=list(QUAD_CLASSES)))
    intensity: float = field(metadata=meta("Goldstein-like intensity, -10 (conflict) .. 10.",
                                           minimum=-10, maximum=10))
    source: list[Actor] = field(metadata=meta(
        "Who acted (compound actors give several). The doer of an agentless passive "
        "(\"three journalists were arrested\") is one actor with empty text and no "
        "country: unnamed.", minItems=1))
    target: list[Actor] = field(metadata=meta("To whom; empty when the event has no target."))
    location: Place | None = field(metadata=meta("Where the event took place, or null."))
    date: str | None = field(metadata=meta("When (YYYY-MM-DD), or null if unresolved.",
                                           format="date"))
    date_text: str | None = field(metadata=meta("The words the date was read from."))
    date_precision: str = field(metadata=meta("How precise `date` is.",
                                              enum=list(DATE_PRECISIONS)))
    factuality: str = field(metadata=meta("Whether the event happened as told.",
                                          enum=list(FACTUALITIES)))
    attribution: Actor | None = field(metadata=meta("Who is quoted or cited for the event."))
    trigger: str = field(metadata=meta("The word(s) that express the event."))
    evidence: Evidence = field(metadata=meta("The sentence and its offsets."))
    confidence: float = field(metadata=meta("Coder confidence, 0..1.", minimum=0, maximum=1))
    cameo: str | None = field(default=None,
                              metadata=meta("Nearest CAMEO code, for legacy users.",
                                            pattern="^[0-9]{2,4}$"))
    explain: str | None = field(default=None,
                                metadata=meta("Which rule or pattern produced the event."))
    also_evidence: list[Evidence] = field(
        default_factory=list,
        metadata=meta("Later sentences of the article that retell the same event (event "
                      "coreference), in text order; empty when it is told once."))
    background: bool = field(
        default=False,
        metadata=meta("Told as history, not as the article's news: over a duration or as "
                      "a habit (\"for decades\", \"since 1962\"; `date` null), or dated "
                      "more than 30 days before publication (\"in 2014\", \"early last "
                      "year\")."))

    def to_dict(self) -> dict[str, Any]:
        return _to_plain(self)


def _to_plain(obj: Any) -> Any:
    if hasattr(obj, "__dataclass_fields__"):
        return {f.name: _to_plain(getattr(obj, f.name)) for f in fields(obj)}
    if isinstance(obj, list):
        return [_to_plain(x) for x in obj]
    return obj
