"""What the held-out rounds' class tests share: a valid MPAN made from a seed's generator, and the testers' leak
rule (eight characters of a value in order, separators and case ignored, still readable in the output)."""

from __future__ import annotations

import random
import re

from attest.redaction.mpan import make_mpan


def mpan(rng: random.Random) -> str:
    """A valid MPAN core with one of a few distributor ids."""
    return make_mpan(rng.choice([12, 14, 20, 23]), f"{rng.randint(0, 10**10 - 1):010d}")


def left(out: str, value: str, size: int = 8) -> bool:
    """Whether ``size`` characters of ``value`` in order are still readable in ``out``."""
    core = re.sub(r"[\W_]", "", value).lower()
    flat = re.sub(r"[\W_]", "", out).lower()
    return any(core[i:i + size] in flat for i in range(len(core) - size + 1))
