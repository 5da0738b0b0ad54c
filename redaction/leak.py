"""Is the text OCR read at a place still an identifier? (The leak scan's test.)

Redaction masks by place: the cell under an "MPAN" header, the field beside a "Customer name" label,
whatever OCR made of it. The leak scan cannot work that way: once a value is painted out, its label's
nearest neighbour is the next field, and reporting "Status" as a customer name would block every
export. So a finding that came from layout counts as a leak only when its text has the shape of its
kind: an MPAN-length digit run (or the start of one cut by an ellipsis), a serial with digits in it,
an EUI-64, a postcode, an e-mail address, a phone number, a capitalised name that is not a field
name, an address with a house number. UUIDs and timestamps, which share digits with identifiers, are
taken out first.
"""

from __future__ import annotations

import re

from .findings import Kind
from .names import SURNAME_PARTICLES
from .ocrmatch import fold_line
from .screen_labels import is_common_label, label_kind

_UUID = re.compile(r"[0-9A-Fa-f]{4,}(?:-[0-9A-Fa-f]{2,}){2,}")
_TIME = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?|\d{2}/\d{2}/\d{2,4}|\d{1,2}:\d{2}(?::\d{2})?")

_SHAPES: dict[Kind, re.Pattern[str]] = {
    Kind.MPAN: re.compile(r"(?<!\d)\d(?:[ \-.]?\d){11,20}(?!\d)|(?<!\d)\d{6,}[ ]?(?:…|\.{2,})"),
    Kind.MPRN: re.compile(r"(?<!\d)\d(?: ?\d){5,9}(?!\d)"),
    Kind.MSN: re.compile(r"(?<![A-Za-z0-9])(?=(?:[A-Za-z]*\d){4})[A-Za-z0-9]{8,16}(?![A-Za-z0-9])"),
    Kind.DEVICE: re.compile(r"(?<![0-9A-Fa-f])[0-9A-Fa-f]{2}(?:[-: ]?[0-9A-Fa-f]{2}){5,7}"),
    Kind.POSTCODE: re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{1,2}\d[A-Za-z\d]? ?\d[A-Za-z]{2}(?![A-Za-z0-9])"),
    Kind.EMAIL: re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    Kind.PHONE: re.compile(r"(?<!\d)\+?\d(?:[ \-()]?\d){9,13}(?!\d)"),
    # (an account's number read where a label says one stands: six digits or more, its system's letters before them)
    Kind.ACCOUNT: re.compile(r"(?<![A-Za-z0-9])(?:[A-Za-z]{1,4}-?)?\d(?:[ \-]?\d){5,}(?![A-Za-z0-9])"),
    Kind.ADDRESS: re.compile(r"\b\d{1,4}[A-Za-z]?,? +[A-Z][a-z]{2,}|(?<![A-Za-z0-9])[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b"),
}


def _clean(text: str) -> str:
    return _TIME.sub(" ", _UUID.sub(" ", text))


_NAME_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’\-](?=[^\W\d_]))*")


def still_identifier(kind: Kind, text: str) -> bool:
    """Does ``text`` (read where an identifier of ``kind`` was expected) still show one?"""
    text = _clean(text.strip())
    if not text.strip():
        return False
    if kind is Kind.NAME:
        # two capitalised words or more, a particle perhaps between ("Harriet de la Mare"), a double-barrelled
        # or an apostrophe's surname whole ("Imogen Ashworth-Lowe", "O'Neill")
        words = [w.strip(",.") for w in text.split()]
        names = [w for w in words if _NAME_WORD.fullmatch(w) and w[:1].isupper() and len(w) > 1]
        particles = [w for w in words if w.lower() in SURNAME_PARTICLES and w not in names]
        return (len(names) >= 2 and len(names) + len(particles) == len(words) <= 6
                and not any(label_kind(w) or is_common_label(w) for w in names))
    shape = _SHAPES.get(kind)
    if shape is None:
        return False
    folded = fold_line(text).text if kind in (Kind.MPAN, Kind.MPRN, Kind.PHONE) else text
    return bool(shape.search(folded))
