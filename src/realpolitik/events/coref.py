"""Event coreference within one article: the same event told twice becomes one record.

News retells: the lead says "Zarif met Venezuelan officials in Caracas on Thursday",
a later paragraph "Zarif said after talks with Arreaza". Once an article's events
are coded, a later event is merged into an earlier one when both tell the same
thing: same event type and mode, same source and same target (direction kept, so the two
records of a reciprocal pair stay apart), the same factuality group, compatible
dates and compatible places. The first mention is kept (its ``event_id`` stays
stable); the later mentions' sentences go to ``also_evidence``, and a date or a
place the first mention lacked is taken from them.
"""

from __future__ import annotations

from dataclasses import replace

from realpolitik.model import Actor, Event, Place

# Asserted and reported events are the same event told with or without a source;
# planned, negated and hypothetical ones are not (yet) that event.
_FACT_GROUPS = {"asserted": "fact", "reported_claim": "fact"}
# A country named as such ("Iran met Venezuela") acts through its state: it may be
# retold as its government or its forces, not as its rebels, opposition or people.
_STATE_SECTORS = frozenset({"GOV", "MIL"})
_PRECISION_CHARS = {"year": 4, "month": 7}


def _specific(a: Actor) -> bool:
    """A person or organisation of the knowledge base, not a country."""
    return bool(a.kb_id) and not a.kb_id.startswith("country:")


def same_actor(a: Actor, b: Actor) -> bool:
    """Whether two mentions may name the same actor: the same person or organisation,
    else the same country with compatible sectors."""
    if a.kb_id and a.kb_id == b.kb_id and a.sector == b.sector:
        return True
    if _specific(a) and _specific(b):
        return False  # two different people or organisations
    if a.country is None or b.country is None:
        if a.kb_id or b.kb_id:
            return a.kb_id == b.kb_id
        return (a.name or a.text).casefold() == (b.name or b.text).casefold()
    if a.country != b.country:
        return False
    if a.sector == b.sector:
        return True
    return (a.sector is None and b.sector in _STATE_SECTORS) or (
        b.sector is None and a.sector in _STATE_SECTORS)


def same_actors(a: list[Actor], b: list[Actor]) -> bool:
    if not a or not b:
        return not a and not b
    return (all(any(same_actor(x, y) for y in b) for x in a)
            and all(any(same_actor(x, y) for x in a) for y in b))


def _dated(e: Event) -> bool:
    """The sentence itself says when (``date_text``); else the date is only the
    publication date given by default, or none."""
    return e.date_text is not None


def same_time(a: Event, b: Event) -> bool:
    if not _dated(a) or not _dated(b):
        return True
    if a.date is None or b.date is None:
        # the same unresolved words, or background told twice ("for decades")
        return (a.date is None and b.date is None
                and (a.date_text or "").casefold() == (b.date_text or "").casefold())
    n = min(_PRECISION_CHARS.get(a.date_precision, 10), _PRECISION_CHARS.get(b.date_precision, 10))
    return a.date[:n] == b.date[:n]


def same_place(a: Place | None, b: Place | None) -> bool:
    if a is None or b is None:
        return True
    if a.geonames_id is not None and b.geonames_id is not None:
        return a.geonames_id == b.geonames_id
    return (a.name or a.text, a.country) == (b.name or b.text, b.country)


def same_event(a: Event, b: Event) -> bool:
    """Whether ``b`` retells ``a``."""
    # the mode too: a visit and the meeting during it, an air strike and the shelling
    # after it, are told apart by PLOVER
    return (a.event_type == b.event_type and a.mode == b.mode
            and _FACT_GROUPS.get(a.factuality, a.factuality)
            == _FACT_GROUPS.get(b.factuality, b.factuality)
            and same_actors(a.source, b.source) and same_actors(a.target, b.target)
            and same_time(a, b) and same_place(a.location, b.location))


def _absorb(kept: Event, later: Event) -> Event:
    notes = [f"also told in sentence {later.sentence_index} ('{later.trigger}')"]
    changes: dict[str, object] = {
        "also_evidence": [*kept.also_evidence, later.evidence, *later.also_evidence]}
    if not _dated(kept) and _dated(later):
        changes.update(date=later.date, date_text=later.date_text,
                       date_precision=later.date_precision, background=later.background)
        notes.append(f"date from sentence {later.sentence_index}")
    if kept.location is None and later.location is not None:
        changes["location"] = later.location
        notes.append(f"location from sentence {later.sentence_index}")
    explain = "; ".join(notes) if kept.explain is None else f"{kept.explain}; {'; '.join(notes)}"
    return replace(kept, explain=explain, **changes)  # type: ignore[arg-type]


def merge_retellings(events: list[Event], trace: list[str] | None = None) -> list[Event]:
    """The events of one article (in sentence order) with retellings merged into their
    first mention. Events of one sentence are never merged here: the coder has already
    told apart what one sentence says."""
    kept: list[Event] = []
    # the kept events' places by type and mode (``same_event`` needs both equal; merging
    # keeps them), in order: each event is compared only with those
    kinds: dict[tuple[str, str | None], list[int]] = {}
    for e in events:
        same_kind = kinds.setdefault((e.event_type, e.mode), [])
        for i in same_kind:
            k = kept[i]
            if k.sentence_index != e.sentence_index and same_event(k, e):
                kept[i] = _absorb(k, e)
                if trace is not None:
                    trace.append(f"sentence {e.sentence_index}, '{e.trigger}': "
                                 f"{e.event_type} retells sentence {k.sentence_index} "
                                 f"('{k.trigger}'), merged into it")
                break
        else:
            same_kind.append(len(kept))
            kept.append(e)
    return kept


__all__ = ["merge_retellings", "same_actor", "same_actors", "same_event"]
