"""Build, split and validate the labelled PLOVER event set (tests/data/labelled).

The sentences and their gold events are written by hand in ``sources/*.txt`` in a compact
block notation (one block per sentence, blocks separated by blank lines)::

    2024-09-12 a l
    Iran's foreign minister held talks with Omani officials in Muscat.
    CONSULT A | Iran's foreign minister@IRN.GOV > Omani officials@OMN.GOV | held talks

* line 1: publication date, then construction tags (abbreviations in ``TAG_CODES``). These were
  proposed once by a dependency parse of each trigger (verbal/nominal, passive, light verb,
  xcomp, relative clause, reported speech), merged with the tags written by hand, reviewed and
  stored here, so building needs no parser. Tags derived from the events themselves
  (compound actors, several events, no event, quotes, metonyms, pronouns, passive with or
  without "by") are added by this script (``AUTO_TAGS``);
* line 2: the sentence, verbatim;
* lines 3+: one gold event a line (none for a sentence without an event):
  ``TYPE[.mode] F | source actors > target actors | trigger`` where F is the factuality
  (A asserted, N negated, P planned, H hypothetical, R reported_claim), actors are
  ``mention@ISO3.SECTOR`` joined by `` + `` (``-`` for a null country, no ``.SECTOR`` for a
  null sector) and either side may be empty.

Nothing here is random except the held-out split, which uses a fixed seed, so the output is
identical on every run.  Usage::

    python tests/data/labelled/build.py           # validate, then (re)write the two JSONL files
    python tests/data/labelled/build.py --check   # validate and check the files are up to date
    python tests/data/labelled/build.py --stats   # validate and print the coverage counts
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "sources"
TRAIN = HERE / "events-train.jsonl"
HELDOUT = HERE / "events-heldout.jsonl"
# A later set in the same notation, written apart from the split above (it never moves
# sentences between train and held-out): scored once when it arrived, then training data.
FRESH_SOURCES = HERE / "sources-fresh"
FRESH = HERE / "events-fresh.jsonl"
SEED = 20260214
HELDOUT_SHARE = 0.2

EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
# PLOVER manual mode tables (REQUEST and REJECT share theirs).
_REQ_MODES = {"assist", "change", "yield", "meet"}
MODES: dict[str, set[str]] = {
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": _REQ_MODES,
    "REJECT": _REQ_MODES,
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport",
               "withhold", "misinformation", "cyber"},
    "ASSAULT": {"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive",
                "firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons",
                "crowd-control", "unconventional"},
}
FACTUALITY = {"A": "asserted", "N": "negated", "P": "planned", "H": "hypothetical",
              "R": "reported_claim"}
SECTORS = {"GOV", "MIL", "OPP", "REB", "PTY", "COP", "JUD", "LEG", "BUS", "MED", "CVL", "IGO",
           "NGO", "UAF"}
EXTRA_COUNTRIES = {"XKX"}  # Kosovo: no ISO 3166-1 code; the user-assigned code in common use
TAG_CODES = {
    "a": "active", "p": "passive", "n": "nominal", "l": "light_verb", "x": "xcomp",
    "r": "relative_clause", "s": "reported_speech", "q": "direct_quote", "m": "metonym",
    "pr": "pronoun", "h": "headline", "c": "conditional",
}
# Tags derived from the gold events or the text rather than written by hand.
AUTO_TAGS = ("compound_source", "compound_target", "multiple_events", "no_event",
             "direct_quote", "passive_by", "passive_agentless", "metonym", "pronoun")
# Capitals (and Brussels for the EU) used as actors stand for their government: "metonym".
CAPITALS = {
    "Abuja", "Amman", "Ankara", "Baghdad", "Baku", "Bamako", "Beijing", "Beirut", "Belgrade",
    "Berlin", "Brussels", "Cairo", "Canberra", "Caracas", "Damascus", "Doha", "Dublin",
    "Harare", "Havana", "Islamabad", "Kabul", "Khartoum", "Kigali", "Kyiv", "London", "Madrid",
    "Manila", "Minsk", "Moscow", "Muscat", "Nairobi", "Naypyidaw", "New Delhi", "Niamey",
    "Oslo", "Ottawa", "Paris", "Pretoria", "Pristina", "Pyongyang", "Riyadh", "Seoul",
    "Taipei", "Tallinn", "Tehran", "Tokyo", "Tripoli", "Vilnius", "Washington", "Yerevan",
}
PRONOUNS = {"he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "our", "we",
            "i", "you"}
# Bilateral events of these types with a two-party subject and no object ("Iran and Oman
# held talks") are written once per direction; three or more parties stay one event.
# (Mutual SUPPORT such as "X and Y restored ties" is split by hand; "X and Y ratified" is not.)
RECIPROCAL = {"CONSULT", "AGREE", "COOPERATE"}
# the main split is dated 2014-2025; fresh set K is wire copy of 2003-2013
DATE_MIN, DATE_MAX = date(2003, 1, 1), date(2026, 12, 31)
MIN_WORDS, MAX_WORDS = 8, 45

REQUIRED = {  # the coverage the set promises (README); checked by --stats and on build
    "sentences": 1500,
    "per_type": 60,
    "per_big_type": 100,
    "negated": 120,
    "planned": 150,
    "hypothetical": 80,
    "reported_claim": 150,
    "passive": 150,
}
BIG_TYPES = ("ASSAULT", "CONSULT", "ACCUSE", "SANCTION", "COERCE", "AGREE", "SUPPORT",
             "REQUEST")


class BuildError(Exception):
    pass


def _countries() -> set[str]:
    import pycountry

    return {c.alpha_3 for c in pycountry.countries} | EXTRA_COUNTRIES


def _actor(spec: str, where: str) -> dict[str, str | None]:
    if "@" not in spec:
        raise BuildError(f"{where}: actor without '@': {spec!r}")
    text, code = spec.rsplit("@", 1)
    country, _, sector = code.partition(".")
    return {"text": text.strip(), "country": None if country == "-" else country,
            "sector": sector or None}


def _actors(spec: str, where: str) -> list[dict[str, str | None]]:
    spec = spec.strip()
    return [_actor(s, where) for s in spec.split(" + ")] if spec else []


def _event(line: str, where: str) -> dict[str, object]:
    parts = [p.strip() for p in line.split("|")]
    if len(parts) != 3:
        raise BuildError(f"{where}: event line needs 3 '|' fields: {line!r}")
    head, actors, trigger = parts
    kind, fact = head.split()
    etype, _, mode = kind.partition(".")
    src, sep, tgt = actors.partition(">")
    if not sep:
        raise BuildError(f"{where}: event line without '>': {line!r}")
    return {"event_type": etype, "mode": mode or None,
            "factuality": FACTUALITY.get(fact, fact),
            "source": _actors(src, where), "target": _actors(tgt, where), "trigger": trigger}


def parse_sources(folder: Path = SOURCES) -> list[dict[str, object]]:
    """Every block of ``folder``/*.txt, in file and line order."""
    records: list[dict[str, object]] = []
    for path in sorted(folder.glob("*.txt")):
        blocks = re.split(r"\n\s*\n", path.read_text(encoding="utf-8"))
        for block in blocks:
            lines = [ln.rstrip() for ln in block.strip().splitlines()
                     if ln.strip() and not ln.lstrip().startswith("#")]
            if not lines:
                continue
            where = f"{path.name}: {lines[0][:60]!r}"
            if len(lines) < 2:
                raise BuildError(f"{where}: a block needs a date line and a sentence")
            meta = lines[0].split()
            tags: list[str] = []
            for code in meta[1:]:
                if code not in TAG_CODES:
                    raise BuildError(f"{where}: unknown tag code {code!r}")
                tags.append(TAG_CODES[code])
            text = lines[1].strip()
            events = [_event(ln, f"{path.name}: {text[:50]!r}") for ln in lines[2:]]
            records.append({"date": meta[0], "text": text, "events": events, "tags": tags,
                            "_file": path.name})
    return records


def _auto_tags(rec: dict[str, object]) -> list[str]:
    tags = list(rec["tags"])  # type: ignore[arg-type]
    events: list[dict[str, object]] = rec["events"]  # type: ignore[assignment]
    text: str = rec["text"]  # type: ignore[assignment]
    if any(len(e["source"]) > 1 for e in events):  # type: ignore[arg-type]
        tags.append("compound_source")
    if any(len(e["target"]) > 1 for e in events):  # type: ignore[arg-type]
        tags.append("compound_target")
    if len(events) > 1:
        tags.append("multiple_events")
    if not events:
        tags.append("no_event")
    if "direct_quote" not in tags and ("\u201c" in text or '"' in text):
        tags.append("direct_quote")
    actors = [a for e in events for a in e["source"] + e["target"]]  # type: ignore[operator]
    if any(a["text"] in CAPITALS and a["sector"] in ("GOV", "IGO") for a in actors):
        tags.append("metonym")
    if any(a["text"].split()[0].lower() in PRONOUNS for a in actors):
        tags.append("pronoun")
    if "passive" in tags:
        tags.append("passive_by" if re.search(r"\bby\b", text) else "passive_agentless")
    seen: dict[str, None] = dict.fromkeys(tags)
    return list(seen)


def _contains_in_order(text: str, phrase: str) -> bool:
    """Every word of ``phrase`` occurs in ``text``, in order (light verbs may be split)."""
    pos = 0
    for word in phrase.split():
        m = re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text[pos:])
        if not m:
            return False
        pos += m.end()
    return True


def validate(records: list[dict[str, object]]) -> list[str]:
    errors: list[str] = []
    countries = _countries()
    seen_text: dict[str, str] = {}
    for rec in records:
        text: str = rec["text"]  # type: ignore[assignment]
        where = f"{rec['_file']}: {text[:60]!r}"
        try:
            d = date.fromisoformat(rec["date"])  # type: ignore[arg-type]
            if not DATE_MIN <= d <= DATE_MAX:
                errors.append(f"{where}: date {d} outside 2003-2026")
        except ValueError:
            errors.append(f"{where}: bad date {rec['date']!r}")
        n_words = len(text.split())
        if not MIN_WORDS <= n_words <= MAX_WORDS:
            errors.append(f"{where}: {n_words} words (want {MIN_WORDS}-{MAX_WORDS})")
        key = re.sub(r"\W+", " ", text.lower()).strip()
        if key in seen_text:
            errors.append(f"{where}: duplicate of a sentence in {seen_text[key]}")
        seen_text[key] = str(rec["_file"])
        for ev in rec["events"]:  # type: ignore[attr-defined]
            et, mode = ev["event_type"], ev["mode"]
            if et not in EVENT_TYPES:
                errors.append(f"{where}: unknown event type {et!r}")
                continue
            if mode is not None and mode not in MODES.get(et, set()):
                errors.append(f"{where}: mode {mode!r} not a PLOVER mode of {et}")
            if ev["factuality"] not in FACTUALITY.values():
                errors.append(f"{where}: bad factuality {ev['factuality']!r}")
            if not ev["trigger"] or not _contains_in_order(text, ev["trigger"]):
                errors.append(f"{where}: trigger {ev['trigger']!r} not in the sentence")
            src_keys = {(a["country"], a["sector"], None if a["country"] else a["text"])
                        for a in ev["source"] if a["country"] or a["sector"] == "IGO"}
            if et in RECIPROCAL and not ev["target"] and len(src_keys) == 2:
                errors.append(f"{where}: bilateral {et} with no target: one event a direction")
            for side in ("source", "target"):
                for actor in ev[side]:
                    if actor["text"] not in text:
                        errors.append(f"{where}: {side} {actor['text']!r} not in the sentence")
                    if actor["country"] is not None and actor["country"] not in countries:
                        errors.append(f"{where}: bad country {actor['country']!r}")
                    if actor["sector"] is not None and actor["sector"] not in SECTORS:
                        errors.append(f"{where}: bad sector {actor['sector']!r}")
                    if actor["country"] is None and actor["sector"] is None:
                        errors.append(f"{where}: actor {actor['text']!r} has neither code")
    return errors


def finalise(records: list[dict[str, object]]) -> list[dict[str, object]]:
    """Shuffle once with the seed, number the sentences, derive the automatic tags."""
    order = list(range(len(records)))
    random.Random(SEED).shuffle(order)
    out = []
    for n, i in enumerate(order, 1):
        rec = records[i]
        out.append({"id": f"lab-{n:04d}", "text": rec["text"], "date": rec["date"],
                    "events": rec["events"], "tags": _auto_tags(rec)})
    return out


def finalise_fresh(records: list[dict[str, object]]) -> list[dict[str, object]]:
    """The fresh set keeps its file order: ids ``fresh-NNNN``, tags derived as above."""
    return [{"id": f"fresh-{n:04d}", "text": rec["text"], "date": rec["date"],
             "events": rec["events"], "tags": _auto_tags(rec)}
            for n, rec in enumerate(records, 1)]


def _stratum(rec: dict[str, object]) -> str:
    events: list[dict[str, object]] = rec["events"]  # type: ignore[assignment]
    return str(events[0]["event_type"]) if events else "NONE"


def split(records: list[dict[str, object]]) -> tuple[list[dict[str, object]],
                                                     list[dict[str, object]]]:
    """A seeded 20% held-out split, stratified by the first gold event type of a sentence."""
    rng = random.Random(SEED + 1)
    groups: dict[str, list[dict[str, object]]] = defaultdict(list)
    for rec in records:
        groups[_stratum(rec)].append(rec)
    held: set[str] = set()
    for key in sorted(groups):
        members = sorted(groups[key], key=lambda r: str(r["id"]))
        k = round(len(members) * HELDOUT_SHARE)
        held.update(str(r["id"]) for r in rng.sample(members, k))
    train = [r for r in records if r["id"] not in held]
    heldout = [r for r in records if r["id"] in held]
    return train, heldout


def stats(records: list[dict[str, object]]) -> dict[str, Counter[str]]:
    per_type_sent: Counter[str] = Counter()
    per_type_ev: Counter[str] = Counter()
    fact_ev: Counter[str] = Counter()
    fact_sent: Counter[str] = Counter()
    tags: Counter[str] = Counter()
    modes: Counter[str] = Counter()
    countries: Counter[str] = Counter()
    sectors: Counter[str] = Counter()
    lengths: Counter[str] = Counter()
    years: Counter[str] = Counter()
    for rec in records:
        events: list[dict] = rec["events"]  # type: ignore[assignment]
        for et in {e["event_type"] for e in events}:
            per_type_sent[et] += 1
        for f in {e["factuality"] for e in events}:
            fact_sent[f] += 1
        for e in events:
            per_type_ev[e["event_type"]] += 1
            fact_ev[e["factuality"]] += 1
            if e["mode"]:
                modes[f"{e['event_type']}.{e['mode']}"] += 1
            for a in e["source"] + e["target"]:
                countries[a["country"] or "-"] += 1
                sectors[a["sector"] or "-"] += 1
        tags.update(rec["tags"])  # type: ignore[arg-type]
        n = len(str(rec["text"]).split())
        lengths[f"{(n - 1) // 10 * 10 + 1:02d}-{(n - 1) // 10 * 10 + 10:02d} words"] += 1
        years[str(rec["date"])[:4]] += 1
    return {"sentences per event type": per_type_sent, "events per event type": per_type_ev,
            "events per factuality": fact_ev, "sentences per factuality": fact_sent,
            "sentences per tag": tags, "events per mode": modes,
            "actor mentions per country": countries, "actor mentions per sector": sectors,
            "sentence lengths": lengths, "sentences per year": years}


def coverage_problems(records: list[dict[str, object]]) -> list[str]:
    s = stats(records)
    problems = []
    if len(records) < REQUIRED["sentences"]:
        problems.append(f"{len(records)} sentences < {REQUIRED['sentences']}")
    for et in EVENT_TYPES:
        want = REQUIRED["per_big_type"] if et in BIG_TYPES else REQUIRED["per_type"]
        got = s["sentences per event type"][et]
        if got < want:
            problems.append(f"{et}: {got} sentences < {want}")
    for f in ("negated", "planned", "hypothetical", "reported_claim"):
        got = s["sentences per factuality"][f]
        if got < REQUIRED[f]:
            problems.append(f"{f}: {got} sentences < {REQUIRED[f]}")
    if s["sentences per tag"]["passive"] < REQUIRED["passive"]:
        problems.append(f"passive: {s['sentences per tag']['passive']} < {REQUIRED['passive']}")
    return problems


def _dump(records: list[dict[str, object]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="fail if the JSONL files are stale")
    ap.add_argument("--stats", action="store_true", help="print coverage counts")
    ap.add_argument("--fresh", action="store_true",
                    help="build events-fresh.jsonl from sources-fresh/ instead")
    args = ap.parse_args(argv)
    try:
        raw = parse_sources()
        fresh = parse_sources(FRESH_SOURCES) if args.fresh else []
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if args.fresh:
        return _build_fresh(raw, fresh, args.check)
    errors = validate(raw)
    for e in errors:
        print(f"error: {e}", file=sys.stderr)
    if errors:
        print(f"{len(errors)} errors", file=sys.stderr)
        return 1
    records = finalise(raw)
    train, heldout = split(records)
    if args.stats:
        for title, counter in stats(records).items():
            print(f"\n## {title}")
            for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
                print(f"  {k:32s} {v:5d}")
        print(f"\nsentences: {len(records)}  train: {len(train)}  held-out: {len(heldout)}")
        print(f"events: {sum(len(r['events']) for r in records)}")  # type: ignore[arg-type]
    problems = coverage_problems(records)
    for p in problems:
        print(f"coverage: {p}", file=sys.stderr)
    if args.check:
        stale = [p.name for p, recs in ((TRAIN, train), (HELDOUT, heldout))
                 if not p.exists() or p.read_text(encoding="utf-8") != _dump(recs)]
        if stale:
            print(f"stale: {', '.join(stale)} (run build.py)", file=sys.stderr)
            return 1
        return 1 if problems else 0
    if not args.stats:
        TRAIN.write_text(_dump(train), encoding="utf-8")
        HELDOUT.write_text(_dump(heldout), encoding="utf-8")
        print(f"wrote {len(train)} + {len(heldout)} sentences")
    return 1 if problems else 0


def _build_fresh(main_set: list[dict[str, object]], fresh: list[dict[str, object]],
                 check: bool) -> int:
    """Validate the fresh set together with the main one (no sentence twice), write it."""
    for rec in fresh:
        rec["_file"] = f"{FRESH_SOURCES.name}/{rec['_file']}"
    # Validated after the main set, so a fresh sentence that repeats one of it is caught.
    errors = [e for e in validate(main_set + fresh) if e.startswith(f"{FRESH_SOURCES.name}/")]
    for e in errors:
        print(f"error: {e}", file=sys.stderr)
    if errors:
        print(f"{len(errors)} errors", file=sys.stderr)
        return 1
    text = _dump(finalise_fresh(fresh))
    if check:
        if not FRESH.exists() or FRESH.read_text(encoding="utf-8") != text:
            print(f"stale: {FRESH.name} (run build.py --fresh)", file=sys.stderr)
            return 1
        return 0
    FRESH.write_text(text, encoding="utf-8")
    print(f"wrote {len(fresh)} fresh sentences")
    return 0


if __name__ == "__main__":
    sys.exit(main())
