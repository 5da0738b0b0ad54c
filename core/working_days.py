"""England and Wales working days: Monday to Friday, less the bank holidays.

Defect work-off times are set in working days (seed 000 section 9.6: severity 3, 4 and 5 within 20,
40 and 60). The bank holidays come from the ``holidays`` package (its England table holds the
substitute days and one-off holidays such as coronations), so nobody keeps a list by hand; it is
imported on first use, as only the defect views need it.
"""

from __future__ import annotations

import functools
from datetime import date, timedelta


@functools.lru_cache(maxsize=64)
def _bank_holidays(year: int) -> frozenset[date]:
    import holidays

    return frozenset(holidays.country_holidays("GB", subdiv="ENG", years=year).keys())


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in _bank_holidays(day.year)


def add_working_days(start: date, days: int) -> date:
    """The working day ``days`` working days after ``start`` (``start`` itself does not count)."""
    day = start
    left = days
    while left > 0:
        day += timedelta(days=1)
        if is_working_day(day):
            left -= 1
    return day


def working_days_between(start: date, end: date) -> int:
    """Working days after ``start`` up to and including ``end`` (negative when ``end`` is earlier)."""
    if end < start:
        return -working_days_between(end, start)
    count = 0
    day = start
    while day < end:
        day += timedelta(days=1)
        if is_working_day(day):
            count += 1
    return count
