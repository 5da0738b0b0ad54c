"""Bank exports: Quicken Interchange Format (QIF) and Open Financial Exchange (OFX) statements.

QIF is a bank's or a finance tool's export of transactions, one field a line.

Each line opens with its field's code letter, glued to the value: ``PMorwenna Featherstonehaugh`` (payee),
``A197 Glebeland Street`` (an address line, up to six), ``MMPAN-REF-72 meter 22M7/398/643`` (memo), and ``^``
ends a record. The code letter hides the value from every pattern ("AFernlea" is no word, "APE30_1DB" no
postcode), so the payee's and the address lines' values are masked as the fields they are, and the memo's
text is read by the patterns as written. OFX (SGML, its elements often unclosed) names each transaction's
payee in ``<NAME>``: a refund's payee is a customer.""" 

from __future__ import annotations

import re
from collections.abc import Iterator

from .findings import Finding, Kind

# the file's type line opens it ("!Type:Bank", "!Type:CCard", "!Account")
_HEADER = re.compile(r"\A\ufeff?[ \t]*!(?:Type:|Account|Option:)")
# a payee that is a person: capitalised words (a title, initials, particles), no digits; a company's name
# ("British Gas", "Octopus Energy Ltd") is left, as nothing in it is anyone's
_PERSON = re.compile(r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ ]+)?[A-Z][\w'’.\-]*(?:[ ]+[\w'’.\-]+){1,4}")
_COMPANY = re.compile(r"(?i)\b(?:ltd|limited|plc|llp|energy|gas|power|electric|water|council|bank|services?|"
                      r"group|supply|utilities|direct|insurance|telecom|mobile|broadband|tv)\b")
_FIELD = re.compile(r"(?m)^(?P<code>[PA])(?P<value>[^\r\n]+)")


_OFX_HEADER = re.compile(r"\A\ufeff?[ \t\r\n]*(?:OFXHEADER:|<\?xml[^>]*>\s*<\?OFX)")
_OFX_NAME = re.compile(r"<NAME>(?P<value>[^<\r\n]+)")


def is_ofx(text: str) -> bool:
    return bool(_OFX_HEADER.match(text))


def ofx_findings(text: str) -> Iterator[Finding]:
    """Each transaction's payee that names a person."""
    for match in _OFX_NAME.finditer(text):
        yield from _field(match, Kind.NAME)


def is_qif(text: str) -> bool:
    return bool(_HEADER.match(text))


def qif_findings(text: str) -> Iterator[Finding]:
    """Every address line's value, and a payee's that names a person."""
    for match in _FIELD.finditer(text):
        yield from _field(match, Kind.ADDRESS if match.group("code") == "A" else Kind.NAME)


def _field(match: re.Match[str], kind: Kind) -> Iterator[Finding]:
    """The value of a field, less its blanks; a payee's only when it names a person (no company, no digit)."""
    value = match.group("value")
    stripped = value.strip()
    if not any(c.isalnum() for c in stripped):
        return
    if kind is Kind.NAME and not (_PERSON.fullmatch(stripped) and not _COMPANY.search(stripped)
                                  and not any(c.isdigit() for c in stripped)):
        return
    start = match.start("value") + len(value) - len(value.lstrip())
    yield Finding(start, start + len(stripped), kind, "field")
