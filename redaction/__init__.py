"""Finding and removing identifiers (MPANs, MPRNs, meter serials, device ids, customer data).

Imports nothing of Attest and never Qt. Entry points:
- :func:`redact_bytes` for one evidence item (text or image), as intake uses it;
- :func:`redact_text` for text already decoded;
- :func:`find_identifiers` for the leak scan.
"""

from .findings import Finding, Kind
from .item import ItemRedaction, UnsupportedContent, redact_bytes
from .register import RegisterEntry, RegisterMatcher
from .text import RedactionError, TextRedaction, find_identifiers, redact_text

__all__ = [
    "Finding", "ItemRedaction", "Kind", "RedactionError", "RegisterEntry", "RegisterMatcher", "TextRedaction",
    "UnsupportedContent", "find_identifiers", "redact_bytes", "redact_text",
]
