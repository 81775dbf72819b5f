"""Contract JSON records → ``Event`` dataclasses (the inverse of ``Event.to_dict``)."""

from __future__ import annotations

from typing import Any

from realpolitik.model import Actor, Event, Evidence, Place

_EVENT_FIELDS = frozenset(Event.__dataclass_fields__)


def _actor(d: dict[str, Any] | None) -> Actor | None:
    return Actor(**{k: v for k, v in d.items() if k in Actor.__dataclass_fields__}) if d else None


def event_from_dict(d: dict[str, Any]) -> Event:
    kw = {k: v for k, v in d.items() if k in _EVENT_FIELDS}
    kw["source"] = [_actor(a) for a in d["source"]]
    kw["target"] = [_actor(a) for a in d["target"]]
    kw["attribution"] = _actor(d.get("attribution"))
    loc = d.get("location")
    kw["location"] = Place(**{k: v for k, v in loc.items()
                              if k in Place.__dataclass_fields__}) if loc else None
    kw["evidence"] = Evidence(**d["evidence"])
    kw["also_evidence"] = [Evidence(**ev) for ev in d.get("also_evidence") or []]
    return Event(**kw)
