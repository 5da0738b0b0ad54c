"""``Redacted``: text that passed the redaction gate (``attest.services.gate``).

Every core write function that stores text a person typed or a file brought in (results, reasons,
names, titles, captions, references) takes ``Redacted`` rather than ``str``, so a type checker
(``mypy -p attest.core -p attest.services``) rejects raw text handed to core by a face. Only the gate
creates it; :func:`from_store` re-labels text read back from the workspace, which passed the gate when it
was written (a defect promoted from an observation reuses the observation's text).
"""

from __future__ import annotations

from typing import NewType

Redacted = NewType("Redacted", str)

EMPTY = Redacted("")


def from_store(text: str) -> Redacted:
    """Text read back from the workspace: it went through the gate on its way in."""
    return Redacted(text)
