"""Values the generated redaction tests plant, made fresh per seed, and the redactor's text for a planted one."""

from __future__ import annotations

import random

from attest.redaction.mpan import make_mpan
from attest.redaction.text import redact_text


def redacted(text: str, name: str = "") -> str:
    """What the redactor makes of ``text`` read as a file called ``name`` (its type decides how it is read)."""
    return redact_text(text, name=name).text


def mpan(rng: random.Random) -> str:
    """A 13-digit MPAN core with a valid check digit, of any distributor."""
    return make_mpan(rng.randint(10, 23), f"{rng.randrange(10**10):010d}")


def digits(rng: random.Random, n: int) -> str:
    """``n`` digits, the first no zero."""
    return str(rng.randrange(10 ** (n - 1), 10**n))
