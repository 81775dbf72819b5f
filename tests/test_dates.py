"""Dates: the explicit forms grounded without dateparser give what dateparser gives."""

from __future__ import annotations

from datetime import date

import pytest

from realpolitik.resolve.dates import _explicit, _parse, told_as_history

_FORMATS = ("{m} {d}, {y}", "{m} {d} {y}", "{m} {d}th, {y}", "{d} {m} {y}", "{m} {y}",
            "{m}, {y}", "the {d}th of {m} {y}", "{d} of {m}, {y}")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")


@pytest.mark.parametrize("fmt", _FORMATS)
def test_explicit_dates_match_dateparser(fmt: str) -> None:
    checked = 0
    for month in _MONTHS:
        for day in (1, 9, 12, 28, 29, 30, 31):
            for year in (1999, 2000, 2021, 2024):
                t = fmt.format(m=month, d=day, y=year)
                fast = _explicit(t)
                if fast is None:
                    continue  # left to dateparser (an impossible day)
                for pub in (None, date(2022, 5, 1)):
                    assert fast == _parse(t, pub), t
                checked += 1
    assert checked > 100


@pytest.mark.parametrize("text", ["march 3", "3 march", "jan. 5, 2020", "march 3, 0999",
                                  "spring 2020", "february 30, 2022", "2020"])
def test_other_dates_are_left_to_dateparser(text: str) -> None:
    assert _explicit(text) is None


@pytest.mark.parametrize(("when", "precision", "history"), [
    (date(2020, 10, 7), "day", False),      # 30 days before: the window's last day
    (date(2020, 10, 6), "day", True),
    (date(2020, 10, 1), "month", False),    # October ends six days before
    (date(2020, 9, 1), "month", True),
    (date(2019, 1, 1), "year", True),
    (date(2020, 1, 1), "year", False),      # this year is not over
    (date(2020, 11, 20), "day", False),     # ahead: planned, not history
    (None, "unknown", False),
])
def test_told_as_history_is_the_end_of_the_period_before_the_window(when, precision,
                                                                   history) -> None:
    assert told_as_history(when, precision, date(2020, 11, 6)) is history
