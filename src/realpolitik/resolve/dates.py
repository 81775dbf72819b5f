"""Dates: ground the words of a sentence ("on Thursday", "last month") against the
publication date, keeping the words and how precise the result is.

Weekdays point to the last such day on or before the publication date, unless the
event is planned (then the next one). Expressions of duration or habit ("for
decades", "in recent years") are background, not a date: they ground to none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

_WEEKDAYS = {d: i for i, d in enumerate(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}
_MONTHS = {m: i for i, m in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"), start=1)}
_MONTH_RE = "|".join(_MONTHS)
_MONTH_DAY = re.compile(rf"(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RE})"
                        rf"|({_MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?")
_UNITS = {"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
          "months": "month", "year": "year", "years": "year"}
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_BACKGROUND = re.compile(
    r"\b(decades?|centuries|century|recent (?:years|months|weeks)|years?-long|for years|"
    r"in the past|since|historically|long|previously)\b", re.I)


# Words before a date that make it a bound of the event, not its date ("since 1971").
BOUND_WORDS = frozenset({"since", "until", "till", "before", "by"})


def expression(text: str, previous_word: str | None) -> str:
    """The words to ground: a date entity's text, with a bounding word before it kept
    ("since 1971"), since the parser leaves that word out of the entity."""
    if previous_word and previous_word.lower() in BOUND_WORDS and \
            not text.lower().startswith(previous_word.lower()):
        return f"{previous_word} {text}"
    return text


@dataclass(frozen=True, slots=True)
class GroundedDate:
    date: date | None
    precision: str  # day | week | month | year | unknown
    background: bool = False
    bound: str | None = None  # "by", "until", "before": the date a limit names, not an event's


NEWS_WINDOW_DAYS = 30
"""An event whose date ends more than this many days before the publication date is told
as history ("annexed Crimea in 2014", "early last year"), not as the article's news."""


def told_as_history(when: date | None, precision: str, pub: date | None) -> bool:
    """Does the period ``when`` stands for (its day, week, month or year) end more than
    :data:`NEWS_WINDOW_DAYS` before ``pub``?"""
    if when is None or pub is None or precision == "unknown":
        return False
    if precision == "year":
        end = date(when.year, 12, 31)
    elif precision == "month":
        end = _shift_months(when.replace(day=1), 1) - timedelta(days=1)
    elif precision == "week":
        end = when + timedelta(days=6)
    else:
        end = when
    return (pub - end).days > NEWS_WINDOW_DAYS


def _shift_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    return date(d.year + y, m + 1, 1)


def ground(text: str, pub: date | None, *, future: bool = False) -> GroundedDate:
    """Resolve a date expression against the publication date ``pub``."""
    try:
        return _ground(text, pub, future=future)
    except (ValueError, OverflowError):  # "in 0000", "9999 years later": outside datetime's range
        return GroundedDate(None, "unknown")


def _ground(text: str, pub: date | None, *, future: bool) -> GroundedDate:
    t = " ".join(text.lower().replace("’", "'").split())
    m = re.match(r"^(?:ever\s+)?since\s+(.+)$", t)
    if m:
        # "since 1987", "since May": the date a state began — kept, as background
        began = _ground(m.group(1), pub, future=False)
        return GroundedDate(began.date, began.precision, background=True)
    m = re.match(r"^(until|till|before|by)\s+(.+)$", t)
    if m:  # "by March 20": that date, as a limit (no event happens on it)
        # a deadline ("by", "before") mostly lies ahead; "until" follows the sentence
        inner = _ground(m.group(2), pub, future=future or m.group(1) in ("by", "before"))
        return GroundedDate(inner.date, inner.precision, bound=m.group(1))
    if re.match(r"^(until|till|before|by)\b", t):
        return GroundedDate(None, "unknown")
    t = re.sub(r"^(on|in|at|during|from|of|the)\s+", "", t)
    if _BACKGROUND.search(t) and not re.search(r"\d", t):
        return GroundedDate(None, "unknown", background=True)
    if pub is None:
        return _absolute(t)
    if t in ("today", "tonight", "this morning", "this afternoon", "this evening", "now"):
        return GroundedDate(pub, "day")
    if t in ("yesterday", "last night"):
        return GroundedDate(pub - timedelta(days=1), "day")
    if t == "tomorrow":
        return GroundedDate(pub + timedelta(days=1), "day")
    m = re.fullmatch(r"(?:(last|next|this|early|late|earlier|later)\s+)?"
                     r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                     r"(?:\s+(morning|afternoon|evening|night))?", t)
    if m:
        which, day = m.group(1), _WEEKDAYS[m.group(2)]
        delta = (pub.weekday() - day) % 7
        if which == "next" or (future and which != "last"):
            # "on Monday", planned and published on a Monday, is that day; "next Monday"
            # said on a Monday is a week ahead
            ahead = (day - pub.weekday()) % 7
            if which == "next" and ahead == 0:
                ahead = 7
            return GroundedDate(pub + timedelta(days=ahead), "day")
        if which == "last" and delta == 0:
            delta = 7
        return GroundedDate(pub - timedelta(days=delta), "day")
    m = re.fullmatch(r"(?:(?:for|after|over|within|nearly|almost|about|some|more than|"
                     r"at least)\s+)*(?:\d+|a|an|one|two|three|four|five|six|seven|eight|"
                     r"nine|ten|a few|several|many)\s+(?:days?|weeks?|months?|years?|"
                     r"decades?)(?:\s+(?:long|old))?", t)
    if m:  # "after 27 years in power", "11 days of protests": a duration, not a date
        return GroundedDate(None, "unknown", background=True)
    m = _MONTH_DAY.fullmatch(t)
    if m:  # "November 8", "8 November": the year is the reader's to infer
        day = int(m.group(1) or m.group(4))
        month = _MONTHS[m.group(2) or m.group(3)]
        return _month_day(month, day, pub, future)
    m = re.fullmatch(r"(?:(early|late|mid|earlier|later)\s+)?(?:(?:in|during)\s+)?"
                     r"(last|next|this|past|coming)\s+(week|month|year)", t)
    if m:
        sign = {"last": -1, "past": -1, "next": 1, "coming": 1, "this": 0}[m.group(2)]
        unit = m.group(3)
        if unit == "week":
            return GroundedDate(pub + timedelta(weeks=sign) - timedelta(days=pub.weekday()),
                                "week")
        if unit == "month":
            return GroundedDate(_shift_months(pub, sign), "month")
        return GroundedDate(date(pub.year + sign, 1, 1), "year")
    m = re.fullmatch(r"(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
                     r"(days?|weeks?|months?|years?)\s+(ago|earlier|later|from now)", t)
    if m:
        n = int(m.group(1)) if m.group(1).isdigit() else _NUMBERS[m.group(1)]
        unit = _UNITS[m.group(2)]
        sign = -1 if m.group(3) in ("ago", "earlier") else 1
        if unit == "day":
            return GroundedDate(pub + timedelta(days=sign * n), "day")
        if unit == "week":
            return GroundedDate(pub + timedelta(weeks=sign * n), "week")
        if unit == "month":
            return GroundedDate(_shift_months(pub, sign * n), "month")
        return GroundedDate(date(pub.year + sign * n, 1, 1), "year")
    m = re.fullmatch(r"(?:(last|next|this|early|late|mid|mid-)\s*)?(january|february|march|"
                     r"april|may|june|july|august|september|october|november|december)", t)
    if m:  # a bare month: the latest such month not after the publication (or next if planned)
        which, month = m.group(1), _MONTHS[m.group(2)]
        year = pub.year
        if which == "last":  # "last November", said in November, is a year ago
            year -= 1 if month >= pub.month else 0
        elif which == "next":
            year += 1 if month <= pub.month else 0
        elif (not future and month > pub.month) or (future and month < pub.month):
            year += -1 if not future else 1
        return GroundedDate(date(year, month, 1), "month")
    m = re.fullmatch(r"(?:(?:early|late|mid|mid-)\s*)?(january|february|march|april|may|june|"
                     r"july|august|september|october|november|december)(?:\s+of)?\s+"
                     r"(last|this|next)\s+year", t)
    if m:  # "July last year", "November next year": that month of that year
        shift = {"last": -1, "this": 0, "next": 1}[m.group(2)]
        return GroundedDate(date(pub.year + shift, _MONTHS[m.group(1)], 1), "month")
    return _absolute(t, pub)


def _month_day(month: int, day: int, pub: date, future: bool) -> GroundedDate:
    """A day of a month without its year: the next one on or after the publication date
    when the event is planned; otherwise the last one on or before it, unless the coming
    one is within two months ("called snap elections for June 30", "a runoff on
    November 3") and the last one is more than ten months back."""
    candidates = []
    for year in (pub.year - 1, pub.year, pub.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:  # 29 February, 31 April
            continue
    if not candidates:
        return GroundedDate(None, "unknown")
    ahead = [d for d in candidates if d >= pub]
    behind = [d for d in candidates if d <= pub]
    if future and ahead:
        return GroundedDate(ahead[0], "day")
    if ahead and (not behind or ((ahead[0] - pub).days <= 62
                                 and (pub - behind[-1]).days > 300)):
        return GroundedDate(ahead[0], "day")
    return GroundedDate(behind[-1], "day")


@lru_cache(maxsize=8192)
def _absolute(t: str, pub: date | None = None) -> GroundedDate:
    """An explicit date ("March 3, 2022", "2015"); cached, since dateparser is slow and
    news repeats its dates."""
    if not re.search(r"\d|january|february|march|april|may|june|july|august|september|"
                     r"october|november|december", t):
        return GroundedDate(None, "unknown")
    m = re.fullmatch(r"(?:in\s+)?(\d{4})", t)
    if m:
        return GroundedDate(date(int(m.group(1)), 1, 1), "year")
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t)
    if m:
        try:
            return GroundedDate(date(int(m.group(1)), int(m.group(2)), int(m.group(3))), "day")
        except ValueError:
            return GroundedDate(None, "unknown")
    explicit = _explicit(t)
    if explicit is not None:
        return explicit
    if pub is None and re.search(r"\b(ago|days?|weeks?|months?|years?|decades?|last|next|"
                                 r"this|past|coming|earlier|later)\b", t):
        # relative ("16 years", "two days ago"): without a publication date there is
        # nothing to count from (dateparser would count from today's clock)
        return GroundedDate(None, "unknown")
    try:
        data = _parse(t, pub)
    except Exception:  # dateparser raises assorted errors on odd input
        return GroundedDate(None, "unknown")
    if data is None:
        return GroundedDate(None, "unknown")
    return data


_YEAR_RE = r"(?:1[89]|20)\d\d"
_EXPLICIT = re.compile(
    rf"(?:the\s+)?(?:(?P<m1>{_MONTH_RE})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>{_YEAR_RE})"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTH_RE}),?\s+(?P<y2>{_YEAR_RE})"
    rf"|(?P<m3>{_MONTH_RE}),?\s+(?P<y3>{_YEAR_RE}))")


def _explicit(t: str) -> GroundedDate | None:
    """"March 3, 2022", "3 March 2022", "March 2022" without dateparser (the common
    explicit forms; its results on them are pinned by tests/test_dates.py). ``None``
    for anything else, or an impossible day, which dateparser then judges."""
    m = _EXPLICIT.fullmatch(t)
    if m is None:
        return None
    g = m.groupdict()
    month = _MONTHS[g["m1"] or g["m2"] or g["m3"]]
    year = int(g["y1"] or g["y2"] or g["y3"])
    day = g["d1"] or g["d2"]
    if day is None:
        return GroundedDate(date(year, month, 1), "month")
    try:
        return GroundedDate(date(year, month, int(day)), "day")
    except ValueError:
        return None


@lru_cache(maxsize=64)
def _date_parser(pub: date | None) -> object:
    import dateparser.date  # imported lazily: slow to import

    settings: dict[str, object] = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if pub is not None:
        settings["RELATIVE_BASE"] = datetime(pub.year, pub.month, pub.day)
    return dateparser.date.DateDataParser(languages=["en"], settings=settings)


def _parse(t: str, pub: date | None) -> GroundedDate | None:
    res = _date_parser(pub).get_date_data(t)  # type: ignore[attr-defined]
    if res is None or res.date_obj is None:
        return None
    period = res.period or "day"
    d = res.date_obj.date()
    if period == "month":
        d = d.replace(day=1)
    elif period == "year":
        d = d.replace(month=1, day=1)
    return GroundedDate(d, period if period in ("day", "week", "month", "year") else "day")
