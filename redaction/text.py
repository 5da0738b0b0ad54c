"""Redacting text evidence: payloads (JSON, XML), CSV exports, data flows, logs and free text.

Every detector reports spans in the original text; the spans are merged and replaced in place, so a
redacted file keeps its layout and format. Then two checks fail closed:
- the result must parse to the same shape as the input (same keys and nesting, same elements, same
  rows and columns), else :class:`RedactionError`;
- the result is scanned again with every detector; anything still found is masked too, and if a
  second pass still finds something the item is refused rather than stored half-redacted.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from . import structured
from .findings import Finding, Namer, Replacement, apply
from .patterns import find_all
from .register import RegisterMatcher

BOM = "\ufeff"


class RedactionError(Exception):
    """Redaction could not produce a safe, well-formed result; the item must not be stored."""


@dataclass
class TextRedaction:
    text: str
    format: str  # "json", "xml", "csv", "flow" or "text"
    replacements: list[Replacement] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.replacements)


def detect_format(text: str, name: str = "") -> str:
    lowered = name.lower()
    stripped = text.lstrip(BOM + " \t\r\n")
    if stripped[:1] in "{[" and structured.jsonscan.scan(text.lstrip(BOM)) is not None:
        return "json"
    if stripped.startswith("<") and structured.xml_shape(text.lstrip(BOM)) is not None:
        return "xml"
    if structured.is_data_flow(stripped):
        return "flow"
    if lowered.endswith((".csv", ".tsv")) or (not lowered.endswith((".log", ".txt"))
                                               and structured.sniff_delimiter(text) in (",", "\t", ";")):
        return "csv" if structured.sniff_delimiter(text) else "text"
    return "text"


def find_identifiers(text: str, register: RegisterMatcher | None = None, fmt: str | None = None) -> list[Finding]:
    """Every finding in ``text`` (unmerged), from all detectors that apply to its format."""
    fmt = fmt or detect_format(text)
    found: list[Finding] = [*find_all(text, multiline=fmt not in ("csv", "flow")),
                            *structured.xml_element_findings(text)]
    if register is not None:
        found.extend(register.find(text))
    if fmt == "json":
        scanned = structured.json_findings(text)
        if scanned is not None:
            extra, numbers = scanned
            found = structured.quote_bare_numbers([*found, *extra], numbers)
    elif fmt == "xml":
        found.extend(structured.xml_findings(text) or ())
    elif fmt == "csv":
        delimiter = structured.sniff_delimiter(text)
        if delimiter:
            found.extend(structured.csv_findings(text, delimiter))
    elif fmt == "flow":
        found.extend(structured.flow_findings(text))
    return found


def redact_text(text: str, *, register: RegisterMatcher | None = None, name: str = "",
                fmt: str | None = None) -> TextRedaction:
    bom = text.startswith(BOM)
    body = text[1:] if bom else text
    fmt = fmt or detect_format(body, name)
    namer = Namer(lookup=register.reference_for if register is not None else (lambda _v: None))
    result, replacements = apply(body, find_identifiers(body, register, fmt), namer)
    for _second_look in range(2):
        residue = _residue(result, register, fmt)
        if not residue:
            break
        result, more = apply(result, residue, namer)
        replacements.extend(more)
    else:
        if _residue(result, register, fmt):
            raise RedactionError(f"{name or 'text'}: identifiers remain after redaction; refusing to keep it")
    _check_shape(body, result, fmt, name)
    return TextRedaction((BOM if bom else "") + result, fmt, replacements)


def _residue(text: str, register: RegisterMatcher | None, fmt: str) -> list[Finding]:
    return find_identifiers(text, register, fmt)


def _check_shape(before: str, after: str, fmt: str, name: str) -> None:
    what = name or "text"
    if fmt == "json" and structured.json_shape(before) != structured.json_shape(after):
        raise RedactionError(f"{what}: redacted JSON would not keep its structure; refusing to keep it")
    if fmt == "xml" and structured.xml_shape(before) != structured.xml_shape(after):
        raise RedactionError(f"{what}: redacted XML would not keep its elements; refusing to keep it")
    if fmt == "csv":
        delimiter = structured.sniff_delimiter(before) or ","
        if structured.csv_shape(before, delimiter) != structured.csv_shape(after, delimiter):
            raise RedactionError(f"{what}: redacted CSV would not keep its rows and columns; refusing to keep it")


def summarise(replacements: Iterable[Replacement]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for r in replacements:
        counts[r.kind.value] = counts.get(r.kind.value, 0) + 1
    return counts
