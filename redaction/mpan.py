"""MPAN arithmetic: what makes a digit run an MPAN rather than just a number.

An MPAN core is 13 digits: a 2-digit distributor id (10-23 for the regional DNOs, 24-36 for IDNOs
and other licensed distributors), 10 unique digits and a check digit. The full 21-digit MPAN puts
an 8-digit supplementary line (profile class 2, meter time-switch code 3, line loss factor class 3)
before the core. A checksum alone passes one random number in ten, so callers combine it with the
distributor id, with field names and with on-screen labels.
"""

from __future__ import annotations

from collections.abc import Sequence
from operator import mul

_WEIGHTS = (3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43)
DISTRIBUTOR_IDS = frozenset(range(10, 37))


def mpan_check_digit(first12: str) -> int:
    """Sum of digit x weight, mod 11, mod 10 (the MRA's published algorithm)."""
    if len(first12) != len(_WEIGHTS):
        raise ValueError(f"an MPAN check digit needs 12 digits, not {len(first12)}")
    return sum(map(mul, map(int, first12), _WEIGHTS)) % 11 % 10  # map: the detectors call this a lot


def is_valid_mpan_core(digits: str) -> bool:
    """13 digits, a known distributor id and a correct check digit."""
    return (
        len(digits) == 13
        and digits.isdigit()
        and int(digits[:2]) in DISTRIBUTOR_IDS
        and mpan_check_digit(digits[:12]) == int(digits[12])
    )


def checksum_ok(digits: str) -> bool:
    """Check digit only (for a value already known to sit in an MPAN field)."""
    return len(digits) == 13 and digits.isdigit() and mpan_check_digit(digits[:12]) == int(digits[12])


def is_full_mpan(digits: str) -> bool:
    """21 digits: a plausible supplementary line followed by a valid core."""
    if len(digits) != 21 or not digits.isdigit():
        return False
    profile_class = int(digits[:2])
    return profile_class <= 8 and is_valid_mpan_core(digits[8:])


def core_from(groups: Sequence[str], first: int) -> int | None:
    """Where a run of digit groups starting at ``first`` ends when together they are a valid MPAN core (the
    check digit holding across them: a grid's "Dist | Unique ref | Chk" cells, a row number read into a core's
    cell); None when they make none."""
    digits = ""
    for last in range(first, len(groups)):
        digits += groups[last]
        if len(digits) >= 13:
            return last if is_valid_mpan_core(digits) else None
    return None


def make_mpan(distributor: int, unique10: str) -> str:
    """A valid MPAN core from a distributor id and 10 digits (for test data generators)."""
    first12 = f"{distributor:02d}{unique10}"
    return first12 + str(mpan_check_digit(first12))
