"""Text a person types (actual results, captions, reasons, observations, defect titles, annotation
labels, evidence file names) is redacted on the way in, like every evidence item.

A tester who writes "DIP rejected MPAN 1200023305967" in an actual result means well; stored as typed,
it would block every pack of the run (the pack's leak check refuses it) and sit unredacted in the
workspace. Redacted here, it is stored as "DIP rejected MPAN MPAN001" (or "[MPAN-1]").
"""

from __future__ import annotations

from attest.core.errors import InputError
from attest.redaction import RedactionError, RegisterMatcher, find_identifiers, redact_text
from attest.redaction.scan import mask_value


def redact_note(text: str | None, register: RegisterMatcher | None) -> str | None:
    """``text`` with identifiers replaced; plain prose, so no format is assumed."""
    if not text or not text.strip():
        return text
    try:
        return redact_text(text, register=register, fmt="text", typed=True).text
    except RedactionError:
        # the second look still saw something: mask the whole note rather than keep any of it
        return "[REDACTED NOTE]"


def redact_name(name: str, register: RegisterMatcher | None) -> str:
    """An evidence file's name ("1200023305967_before.png" becomes "[MPAN-1]_before.png")."""
    return redact_note(name, register) or name


def check_data_refs(refs: tuple[str, ...], where: str = "--data") -> None:
    """A run's test data is named by register reference (MPAN001), never by the identifier: the
    references go into the audit log for good, where nothing can redact them later."""
    for ref in refs:
        found = find_identifiers(ref)
        if found:
            raise InputError(where, f"expects a test data register reference such as MPAN001, but "
                                    f"{mask_value(ref)} looks like an {found[0].kind.value} itself; register it "
                                    "(attest register add) and give its reference")
