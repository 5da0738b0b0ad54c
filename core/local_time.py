"""Times as people in Great Britain read them.

Every time is stored in UTC (the database, the audit log, the pack's manifest, ``--json`` output) and
shown in one named zone: Europe/London unless the user chose another. A time shown always says its
zone (``14:20:01 BST``, ``09:05:00 GMT``), because a pack read in March or October must not leave an
assurer guessing which side of the clock change a step was recorded on.

The zone comes from the caller (the app's setting), else ``$ATTEST_TIME_ZONE``, else Europe/London.
Zone data comes from the ``tzdata`` package where the system has none (Windows).
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from attest.core.errors import AttestError

DEFAULT_ZONE = "Europe/London"
ENV_ZONE = "ATTEST_TIME_ZONE"
ZERO = timedelta(0)


class UnknownZone(AttestError):
    """A time zone name that is not an IANA zone."""


@lru_cache(maxsize=32)
def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        # (the name is not repeated: whatever was typed there, a message never carries it on)
        raise UnknownZone(f"the time zone given is not known; expected an IANA zone name such as "
                          f"{DEFAULT_ZONE}, Europe/Dublin or UTC") from None


def zone(name: str | None = None) -> ZoneInfo:
    """The zone to show times in: ``name``, else ``$ATTEST_TIME_ZONE``, else Europe/London."""
    chosen = (name or "").strip() or os.environ.get(ENV_ZONE, "").strip() or DEFAULT_ZONE
    return _zone(chosen)


def check_zone(name: str) -> str:
    """``name`` if it is a known zone (raises :class:`UnknownZone` if not): for settings and options."""
    _zone(name.strip())
    return name.strip()


def zone_names() -> list[str]:
    """Every zone this machine knows, sorted, for a settings list (Europe/London first)."""
    names = sorted(n for n in available_timezones() if "/" in n or n == "UTC")
    return [DEFAULT_ZONE, *[n for n in names if n != DEFAULT_ZONE]]


def local(moment: datetime, tz: ZoneInfo | None = None) -> datetime:
    """``moment`` in the zone (a naive moment is taken as UTC, as the store writes them)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(tz or zone())


def stamp(moment: datetime | None, tz: ZoneInfo | None = None, *, seconds: bool = True) -> str:
    """Date and time with the zone's abbreviation: ``2026-07-14 14:20:01 BST``; "—" for no time."""
    if moment is None:
        return "—"
    at = local(moment, tz)
    return at.strftime("%Y-%m-%d %H:%M:%S %Z" if seconds else "%Y-%m-%d %H:%M %Z")


def clock(moment: datetime, tz: ZoneInfo | None = None) -> str:
    """Time of day with the zone's abbreviation: ``14:20:01 BST``."""
    return local(moment, tz).strftime("%H:%M:%S %Z")


def describe(tz: ZoneInfo | None = None) -> str:
    """The zone in words, as a pack's cover states it: ``UK time (Europe/London: GMT, or BST in summer)``."""
    tz = tz or zone()
    key = tz.key
    if key == DEFAULT_ZONE:
        return "UK time (Europe/London: GMT, or BST in summer)"
    january = datetime(2026, 1, 15, 12, tzinfo=UTC).astimezone(tz)
    july = datetime(2026, 7, 15, 12, tzinfo=UTC).astimezone(tz)
    # summer is when the clock is ahead: January south of the equator; by offset, not dst(), which is
    # negative in Dublin's winter
    south = (january.utcoffset() or ZERO) > (july.utcoffset() or ZERO)
    standard, daylight = (july, january) if south else (january, july)
    names = (standard.strftime("%Z") if standard.strftime("%Z") == daylight.strftime("%Z")
             else f"{standard.strftime('%Z')}, or {daylight.strftime('%Z')} in summer")
    return key if names == key else f"{key} ({names})"  # "UTC", not "UTC (UTC)"


def shown_zone(name: str | None = None) -> ZoneInfo:
    """:func:`zone`, but never failing: a window that shows a clock falls back to Europe/London when the
    name (or ``$ATTEST_TIME_ZONE``) is not a zone, rather than refusing to open. Exports and the command
    line use :func:`zone`, which refuses a bad name with the reason."""
    try:
        return zone(name)
    except UnknownZone:
        return _zone(DEFAULT_ZONE)
