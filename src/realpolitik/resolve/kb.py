"""The knowledge base: countries, generic agents, organisations and people, offline.

Loaded from the TSV files in ``data/`` (derived from the Phoenix dictionaries,
MIT, and pycountry, plus hand-written rows; see ``data/LICENSE-phoenix.txt``).
Lookups take surface forms as they appear in text; people's roles are chosen by
the article's date.
"""

from __future__ import annotations

import csv
import unicodedata
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

MAX_FORM_TOKENS = 6
# Most answers may_start_form keeps (the n-grams of articles recur: "the", "President"…).
_PREFIX_MEMO_SIZE = 1 << 16
# Most answers country() and organization() keep, each.
_LOOKUP_MEMO_SIZE = 1 << 16
_UNKNOWN = object()  # not in a memo yet
# Codes the Phoenix dictionaries use for international bodies rather than states.
_INTERNATIONAL = frozenset({"EUR", "UNO", "IGO", "NGO"})
# Words of a name that are not the name ("Dato' Seri Mahathir bin Mohamad").
_HONORIFICS = frozenset({"dato'", "dato", "datuk", "seri", "sri", "tan", "sheikh", "shaikh",
                         "haji", "sir", "dr", "mr", "mrs", "ms", "gen", "general", "prince",
                         "princess", "king", "queen", "emir", "president", "minister",
                         "foreign", "prime", "mullah", "ayatollah", "lt", "col", "maj"})
# Days between a presidential election and the inauguration, at most (Mexico's and
# Guatemala's transitions last five months): a president-to-be is "President-elect".
_ELECT_DAYS = 165
# Days before a prime minister or chancellor takes office that they are still, if they
# held no office, the opposition's leader.
_DESIGNATE_DAYS = 100
# Heads of state and government, who stay "former" leaders whatever they lead next.
_HEAD_ROLES = frozenset({"President", "Prime Minister", "Chancellor", "Premier"})
# Sectors of the state's offices: their holders become elites (ELI) once out of office,
# and their word is the state's (the coder's derived accusations).
STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})
# Words that join or introduce parts of a name ("bin", "al-", "van", "de"): never
# the first or last word of a short form of someone's name on their own.
NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "bint", "abu", "abd", "ben", "ould",
                            "ag", "de", "del", "della", "der", "den", "di", "da", "do",
                            "dos", "das", "du", "van", "von", "le", "la", "y", "e"})

# Dependent territories with their own ISO code, and the state whose troops, police and
# officials act there ("troops were sent to New Caledonia" are French troops). Hong Kong
# and Macau are left out: news names their police and government as their own.
SOVEREIGN = {
    **dict.fromkeys(("NCL", "PYF", "WLF", "SPM", "BLM", "MAF", "ATF", "GUF", "GLP", "MTQ",
                     "REU", "MYT"), "FRA"),
    **dict.fromkeys(("BMU", "VGB", "CYM", "FLK", "GIB", "MSR", "PCN", "SHN", "TCA", "AIA",
                     "IOT", "SGS", "GGY", "JEY", "IMN"), "GBR"),
    **dict.fromkeys(("PRI", "GUM", "VIR", "ASM", "MNP", "UMI"), "USA"),
    **dict.fromkeys(("GRL", "FRO"), "DNK"),
    **dict.fromkeys(("ABW", "CUW", "SXM", "BES"), "NLD"),
    **dict.fromkeys(("SJM", "BVT"), "NOR"),
    **dict.fromkeys(("CXR", "CCK", "NFK", "HMD"), "AUS"),
    **dict.fromkeys(("COK", "NIU", "TKL"), "NZL"),
    "ALA": "FIN",
}

# Armed movements that have governed their country, by organisation code, with the
# periods they held power: then they are its government (GOV) and their fighters its
# forces (MIL), before and after a rebel group (REB).
GOVERNING: dict[str, tuple[tuple[date, date | None], ...]] = {
    "TALIBAN": ((date(1996, 9, 27), date(2001, 11, 13)), (date(2021, 8, 16), None)),
}


def governing(code: str, when: date | None) -> bool:
    """Did the movement with this organisation code hold power on ``when``?"""
    return when is not None and any(
        start <= when and (end is None or when <= end) for start, end in GOVERNING.get(code, ()))


# Words party names share across countries: a "Socialist Party", "National Party" or
# "People's Party" of one country is no clue to the article's; the article says whose it is.
_PARTY_WORDS = frozenset("""
the party parties of and for national socialist socialists social democratic democrats
democracy labour labor people's peoples popular liberal liberals conservative conservatives
republican republicans green greens progressive progressives union front movement alliance
christian workers workers' communist independent independents united reform justice
freedom development new left right centre center citizens civic patriotic unity congress
radical revolutionary renewal solidarity action forward together
""".split())


def generic_party(name: str) -> bool:
    """Is this a party name that many countries' parties share ("the Democratic Party",
    "Labour Party", "People's Party"), not one of a single country ("Fidesz")?"""
    words = fold(name).replace("-", " ").split()
    return bool(words) and all(w in _PARTY_WORDS for w in words)


@lru_cache(maxsize=1 << 17)
def fold(text: str) -> str:
    """Case- and accent-insensitive key: 'Guaidó' and 'GUAIDO' fold alike."""
    if text.isascii():  # most forms: no accents to strip
        return " ".join(text.lower().split())
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.replace("’", "'").lower().split())


def _strip_the(form: str) -> str:
    return form[4:] if form.lower().startswith("the ") else form


@dataclass(frozen=True, slots=True)
class CountryForm:
    iso3: str
    kind: str  # name | demonym | capital | metonym | city
    form: str


@dataclass(frozen=True, slots=True)
class Agent:
    sector: str
    role: str | None


@dataclass(frozen=True, slots=True)
class Organization:
    name: str
    code: str
    sector: str | None
    country: str | None


@dataclass(frozen=True, slots=True)
class PersonRole:
    name: str
    country: str | None
    sector: str | None
    role: str | None
    start: date | None
    end: date | None

    def active(self, when: date | None) -> bool:
        if when is None:
            return True
        return (self.start is None or self.start <= when) and (self.end is None or when <= self.end)


def _put(table: dict[Any, Any], key: Any, value: Any, override: bool) -> None:
    if override:
        table[key] = value
    else:
        table.setdefault(key, value)


def _date(value: str) -> date | None:
    value = value.strip()
    return date.fromisoformat(value) if value else None


def _rows(text: str) -> list[dict[str, str]]:
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


class KnowledgeBase:
    def __init__(self) -> None:
        self.country_exact: dict[str, CountryForm] = {}
        self.country_folded: dict[str, CountryForm] = {}
        self.agents: dict[str, Agent] = {}
        self.orgs_exact: dict[str, Organization] = {}
        self.orgs_folded: dict[str, Organization] = {}
        self.people: dict[str, list[PersonRole]] = defaultdict(list)
        self.surnames: dict[str, set[str]] = defaultdict(set)
        self.country_names: dict[str, str] = {}
        # (country, role, start day) → who took that office that day: on a handover day
        # the predecessor has left it ("Scholz was sworn in, succeeding Merkel")
        self.took_office: dict[tuple[str | None, str, date], set[str]] = defaultdict(set)
        self._prefix_keys: list[str] | None = None  # every form folded, sorted; None:
        # to be rebuilt (every add_* resets it) — read by may_start_form
        self._prefix_memo: dict[str, bool] = {}  # may_start_form's answers for those keys
        # country() and organization() answers by form (emptied by every add_*)
        self._country_memo: dict[str, CountryForm | None] = {}
        self._org_memo: dict[str, Organization | None] = {}
        # person() answers by form and day (emptied by every add_*, like those)
        self._person_memo: dict[tuple[str, date | None], PersonRole | None] = {}

    def _changed(self) -> None:
        """A form was added: what was worked out from the tables is to be redone."""
        self._prefix_keys = None
        self._country_memo.clear()
        self._org_memo.clear()
        self._person_memo.clear()

    # -- loading -----------------------------------------------------------
    # The first entry for a form wins, unless ``override`` (user extensions) is set.
    def add_country_form(self, iso3: str, kind: str, form: str, *,
                         override: bool = False) -> None:
        self._changed()
        form = _strip_the(form.strip())
        if not form:
            return
        cf = CountryForm(iso3, kind, form)
        _put(self.country_exact, form, cf, override)
        if len(form) > 3 or kind in ("demonym",):
            _put(self.country_folded, fold(form), cf, override)
        if kind == "name":
            self.country_names.setdefault(iso3, form)  # the first name is the display name

    def add_agent(self, form: str, sector: str, role: str | None, *,
                  override: bool = False) -> None:
        self._changed()
        _put(self.agents, fold(form), Agent(sector, role or None), override)

    def add_org(self, form: str, code: str, sector: str | None, country: str | None, *,
                override: bool = False) -> None:
        self._changed()
        form = _strip_the(form.strip())
        org = Organization(form, code, sector or None, country or None)
        _put(self.orgs_exact, form, org, override)
        if len(form) > 4:
            _put(self.orgs_folded, fold(form), org, override)

    def add_person(self, name: str, country: str | None, sector: str | None, role: str | None,
                   start: date | None, end: date | None, aliases: list[str], *,
                   override: bool = False) -> None:
        self._changed()
        if country in _INTERNATIONAL:  # officials of the EU, UN, ...: no state
            country, sector = None, "NGO" if country == "NGO" else "IGO"
        pr = PersonRole(name, country or None, sector or None, role or None, start, end)
        words = [w for w in name.split() if fold(w).rstrip(".") not in _HONORIFICS]
        if len(words) >= 3 and not {fold(words[0]), fold(words[1])} & NAME_PARTICLES:
            # "Mariano Rajoy Brey" is "Mariano Rajoy"; "George W. Bush" is "George Bush";
            # not "Al Said" for Al Fateh Mohamed Said or "Haitham bin" for Haitham bin Tariq
            aliases = [*aliases, *(a for a in (f"{words[0]} {words[1]}",
                                              f"{words[0]} {words[-1]}")
                                   if fold(a) not in self.agents)]
        if role and start is not None:
            self.took_office[(country or None, role, start)].add(name)
        forms = {name, *aliases}
        # "al-Sharaa" is also written "al Sharaa", "Lvova-Belova" "Lvova Belova"
        forms |= {f.replace("-", " ") for f in forms if "-" in f}
        for form in forms:
            if form.strip():
                roles = self.people[fold(form)]
                if override:  # a user's entry replaces what the shipped KB says of that name
                    roles[:] = [r for r in roles if r.name == name]
                roles.append(pr)
        if " " in name:
            self.surnames[fold(name.split()[-1])].add(fold(name))

    @classmethod
    def from_directory(cls, directory: Path | None = None) -> KnowledgeBase:
        kb = cls()
        base = resources.files("realpolitik").joinpath("data") if directory is None else directory

        def read(name: str) -> list[dict[str, str]]:
            path = base.joinpath(name)
            return _rows(path.read_text("utf-8")) if path.is_file() else []

        for r in read("countries.tsv"):
            kb.add_country_form(r["iso3"], r["kind"], r["form"])
        for r in read("agents.tsv"):
            kb.add_agent(r["form"], r["sector"], r.get("role"))
        for r in read("organizations.tsv"):
            kb.add_org(r["form"], r["code"], r.get("sector"), r.get("country"))
        for r in read("people.tsv"):
            aliases = [a for a in (r.get("aliases") or "").split("|") if a]
            kb.add_person(r["name"], r.get("country"), r.get("sector"), r.get("role"),
                          _date(r.get("start") or ""), _date(r.get("end") or ""), aliases)
        return kb

    # -- lookups -----------------------------------------------------------
    def country(self, form: str) -> CountryForm | None:
        memo = self._country_memo
        found = memo.get(form, _UNKNOWN)
        if found is not _UNKNOWN:
            return found  # type: ignore[return-value]
        key = form
        form = _strip_the(form)
        found = self.country_exact.get(form)
        if found is None and not form.islower():  # "turkey", "chad", "china" are words
            found = self.country_folded.get(fold(form))
        if len(memo) >= _LOOKUP_MEMO_SIZE:
            memo.clear()  # a long-running process: keep it bounded
        memo[key] = found
        return found

    def agent(self, form: str) -> Agent | None:
        return self.agents.get(fold(form))

    def organization(self, form: str) -> Organization | None:
        memo = self._org_memo
        found = memo.get(form, _UNKNOWN)
        if found is not _UNKNOWN:
            return found  # type: ignore[return-value]
        key = form
        form = _strip_the(form)
        found = self.orgs_exact.get(form) or self.orgs_folded.get(fold(form))
        if len(memo) >= _LOOKUP_MEMO_SIZE:
            memo.clear()
        memo[key] = found
        return found

    def person(self, form: str, when: date | None) -> PersonRole | None:
        """The person's role on ``when`` (else their latest role)."""
        memo = self._person_memo
        found = memo.get((form, when), _UNKNOWN)
        if found is not _UNKNOWN:
            return found  # type: ignore[return-value]
        found = self._person(form, when)
        if len(memo) >= _LOOKUP_MEMO_SIZE:
            memo.clear()
        memo[(form, when)] = found
        return found

    def _person(self, form: str, when: date | None) -> PersonRole | None:
        key = fold(form)
        roles = self.people.get(key)
        if not roles:
            return None
        # a full name beats the short form of someone else's ("Pedro Sánchez" is not
        # Pedro Sánchez Gamarra)
        roles = [r for r in roles if fold(r.name) == key] or roles
        names = {r.name for r in roles}
        if len(names) == 1:  # every role of that person, whichever form named them
            name = next(iter(names))
            roles = [r for r in self.people.get(fold(name), roles) if r.name == name] or roles
        if len({r.country for r in roles}) > 1 and len({r.name for r in roles}) > 1:
            # a name shared by people of several countries: only trust it if one of them
            # holds office on that date
            active = [r for r in roles if r.active(when) and r.start is not None]
            return active[0] if len({r.name for r in active}) == 1 else None
        active = [r for r in roles if r.active(when) and not self._handed_over(r, when)]
        if active and when is not None and all(r.sector in ("PTY", "OPP") for r in active):
            # a former head of state or government who now leads a party or the
            # opposition is, first, a former leader (Imran Khan in 2023, Hasina in exile)
            led = [r for r in roles if r.sector == "GOV" and r.end is not None
                   and r.end <= when and r.role in _HEAD_ROLES]
            if led:
                last = max(led, key=lambda r: r.end or date.min)
                return replace(last, sector="ELI", role=f"former {last.role}")
        if active:
            return max(active, key=lambda r: r.start or date.min)
        upcoming = self._upcoming(roles, when)
        if upcoming is not None:
            # elected again after years out of office (Mutharika in September 2025):
            # the office to come says more than the one behind them
            return upcoming
        ended = [r for r in roles if when is not None and r.end is not None and (
            r.end < when or self._handed_over(r, when))]
        last = max(ended, key=lambda r: r.end or date.min) if ended else None
        if last is not None and (last.sector in STATE_SECTORS or len(ended) == len(roles)):
            # no office now, one behind them: a former official ("Compaoré", the day
            # after he resigned; Mugabe in 2018; a minister between two governments), of
            # the country of their last office
            if last.sector in STATE_SECTORS:
                return replace(last, sector="ELI",
                               role=f"former {last.role}" if last.role else None)
            return last
        latest = max(roles, key=lambda r: r.start or date.min)
        if when is not None and all(r.start is not None and r.start > when for r in roles):
            first = min(roles, key=lambda r: r.start or date.max)
            # not yet in office: their country, but no office the article could not know of
            return replace(first, sector=None, role=None)
        return latest

    @staticmethod
    def _upcoming(roles: list[PersonRole], when: date | None) -> PersonRole | None:
        """The head-of-state or government office someone is about to take on ``when``:
        a president is President-elect for up to ``_ELECT_DAYS`` (Barrow in December
        2016, López Obrador in the five months of Mexico's transition); a parliamentary
        leader about to take office leads the opposition until sworn in, for up to
        ``_DESIGNATE_DAYS`` (Albanese on election night)."""
        if when is None:
            return None
        ahead = [r for r in roles if r.start is not None and r.start > when]
        if not ahead:
            return None
        first = min(ahead, key=lambda r: r.start or date.max)
        days = (first.start - when).days if first.start is not None else None
        if days is None or first.sector != "GOV":
            return None
        if first.role == "President" and days <= _ELECT_DAYS:
            return replace(first, role="President-elect")
        if first.role in _HEAD_ROLES and days <= _DESIGNATE_DAYS:
            return replace(first, sector="OPP", role=None)
        return None

    def _handed_over(self, role: PersonRole, when: date | None) -> bool:
        """Did someone else take this office on its last day, ``when``?"""
        return (when is not None and role.end == when and role.role is not None
                and bool(self.took_office.get((role.country, role.role, when), set())
                         - {role.name}))

    def country_name(self, iso3: str) -> str:
        return self.country_names.get(iso3, iso3)

    def may_start_form(self, folded: str) -> bool:
        """Does some country, agent, organisation or person form (folded) start with
        ``folded``? Lets the actor resolver stop widening an n-gram that no form can
        match (its lookups would all fail)."""
        keys = self._prefix_keys
        if keys is None:
            tables = (self.country_exact, self.country_folded, self.agents, self.orgs_exact,
                      self.orgs_folded, self.people)
            keys = self._prefix_keys = sorted({fold(k) for t in tables for k in t})
            self._prefix_memo = {}  # answers given for these keys (rebuilt with them)
        memo = self._prefix_memo
        found = memo.get(folded)
        if found is None:
            k = bisect_left(keys, folded)
            found = k < len(keys) and keys[k].startswith(folded)
            if len(memo) >= _PREFIX_MEMO_SIZE:
                memo.clear()  # a long-running process: keep it bounded
            memo[folded] = found
        return found


@cache
def default_kb() -> KnowledgeBase:
    return KnowledgeBase.from_directory()
