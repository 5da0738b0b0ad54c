"""Text a person types (actual results, captions, reasons, observations, defect titles, annotation
labels, evidence file names) is redacted on the way in, like every evidence item.

A tester who writes "DIP rejected MPAN 1200023305967" in an actual result means well; stored as typed,
it would block every pack of the run (the pack's leak check refuses it) and sit unredacted in the
workspace. Redacted here, it is stored as "DIP rejected MPAN MPAN001" (or "[MPAN-1]").
"""

from __future__ import annotations

from attest.redaction import RedactionError, RegisterMatcher, redact_text


def redact_note(text: str | None, register: RegisterMatcher | None, *, forenames: bool = True) -> str | None:
    """``text`` with identifiers replaced; plain prose, so no format is assumed. ``forenames=False``: a
    name known only by its forename is kept (a message quoting the run's own people)."""
    if not text or not text.strip():
        return text
    try:
        return redact_text(text, register=register, fmt="text", typed=True, forenames=forenames).text
    except RedactionError:
        # the second look still saw something: mask the whole note rather than keep any of it
        return "[REDACTED NOTE]"


def redact_name(name: str, register: RegisterMatcher | None) -> str:
    """An evidence file's name ("1200023305967_before.png" becomes "[MPAN-1]_before.png")."""
    return redact_note(name, register) or name

