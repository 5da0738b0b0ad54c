"""Format-aware detectors: the field a value sits in says what it is.

Each ``*_findings`` function returns spans in the original text, so redaction edits the text in place
and the file keeps its layout. Each ``*_shape`` function describes a document's structure (keys and
nesting, element names, rows and columns) so the result can be checked to parse to the same shape.
"""

from __future__ import annotations

import bisect
import csv
import io
import re
import xml.parsers.expat
from collections.abc import Callable, Iterator
from typing import NoReturn
from xml.etree import ElementTree

from . import jsonscan
from .fields import classify, column_kinds, name_partner, normalise_name
from .findings import TEN_DIGITS, Finding, Kind, a_closing_row, fits_a_closing_rows_column
from .canonical import canonical, map_findings, plain_separators, read_as_shown
from .bare_numbers import COMPACT_DATE
from .mpan import is_valid_mpan_core
from .meter_values import serial_shaped
from .line_labels import ROLE_LABELS, plausible_person
from .patterns import find_all, is_time_key, worth_masking
from .shapes import STREET_TYPES

# -- JSON ------------------------------------------------------------------------------------------


_LINE_COMMENT = re.compile(r"(?m)^[ \t]*(?://|#)[^\n]*")


def without_line_comments(text: str) -> str:
    """The text with each line that is a comment (``//`` or ``#`` first) blanked, its length kept: a JSON document a
    tester annotated (a mock server's expectations under "// run … for TC-…", JSONC) is read as the JSON it holds.
    (No JSON string runs over a line, so a whole line's comment is never a string's text.)"""
    return _LINE_COMMENT.sub(lambda m: " " * len(m.group()), text)


def json_findings(text: str, read_escaped: Callable[[str], list[Finding]] | None = None
                  ) -> tuple[list[Finding], list[tuple[int, int]]] | None:
    """Findings from keys and values, and the spans of bare numbers (which need quoting when masked).

    ``None`` when the text is not a JSON document. ``read_escaped``: how a string with escapes is read once
    decoded (a chat's "*Address*\\nPO Box 520, Bristol\\nbs7 6fz" is lines of a note, for every detector a note
    has); by default, the patterns alone.
    """
    scanned = jsonscan.scan(text)
    if scanned is None:
        return None
    values, _keys = scanned
    by_parent = _members_by_parent(values)
    found: list[Finding] = [*_json_rows(values), *_json_key_value_objects(values, by_parent),
                            *_rich_text_runs(text, values), *_json_name_halves(values)]
    naming = _field_names(by_parent)
    numbers: list[tuple[int, int]] = []
    for value in values:
        if value.type == "number":
            numbers.append((value.start, value.end))
        if value.type == "literal":
            continue
        keys = value.keys
        kind = classify(keys[-1], keys[:-1]) if keys else None
        if kind is None and len(keys) >= 2 and keys[-1].lower() in _SCHEMA_VALUES:
            # a JSON Schema's or an OpenAPI spec's example of a property ("accountNumber": {"type": "string",
            # "examples": ["A-55453FE0"]}): a value of the property's kind
            kind = classify(keys[-2], keys[:-2])
        content = value.text
        if kind is None and keys and _UNNAMED_FIELD.fullmatch(keys[-1]) and _BARE_NUMBER.fullmatch(content) \
                and not COMPACT_DATE.fullmatch(content) and not (value.type == "number" and _A_MOMENT.fullmatch(content)):
            # a ticket system's user-defined field, named by its number alone ("udf_sline_302", "customfield_10417"):
            # what it holds is told only where the system is set up, and a supply's or an account's number is what a
            # supplier adds such fields for (when in doubt, mask)
            kind = Kind.MPRN if len(content.replace(" ", "")) <= 10 else Kind.ACCOUNT
        inner = (value.start + 1, value.end - 1) if value.type == "string" else (value.start, value.end)
        if kind is Kind.NAME and value.start in naming:
            continue  # a field's name beside its value ({"name": "Account", "display_value": …}), no person's
        if kind is not None and worth_masking(content, kind):
            found.append(Finding(*inner, _refine(kind, content), "field", quote=value.type == "number"))
        elif value.type == "string" and content != text[inner[0]:inner[1]]:
            found.extend(_escaped(text, inner, content, read_escaped))
    return found, numbers


_A_MOMENT = re.compile(r"1[5-9]\d{8}(?:\d{3})?|\d+000")  # (a JSON number: epoch seconds or milliseconds, a duration)
_UNNAMED_FIELD = re.compile(r"(?i)(?:udf_[a-z]{0,8}_?\d{1,6}|custom_?field_?\d{1,6}|cf_?\d{3,6}|field_?\d{3,6})")
_BARE_NUMBER = re.compile(r"\d{7,12}|\d{3,4}(?: \d{3,4}){1,3}|\d{4}-\d{4}")
_SCHEMA_VALUES = frozenset({"example", "examples", "default", "enum", "x-example", "x-examples"})


def _rich_text_runs(text: str, values: list[jsonscan.JsonValue]) -> Iterator[Finding]:
    """A message's text written as an array of pieces, plain strings and styled entities ("text": ["MPAN for the
    flat: ", {"type": "bold", "text": "131555"}, "9445650"], as Telegram's export and Slack's rich text blocks
    write it): a reader sees the pieces run together, so they are read joined, and what is found masked in
    each piece it touches (a piece written with escapes, whole)."""
    pieces: dict[tuple[jsonscan.PathItem, ...], list[jsonscan.JsonValue]] = {}
    styled: set[tuple[jsonscan.PathItem, ...]] = set()
    for value in values:
        path = value.path
        if len(path) >= 2 and path[-1] == "type" and isinstance(path[-2], int):
            styled.add(path[:-2])
        if value.type != "string":
            continue
        if path and isinstance(path[-1], int):
            pieces.setdefault(path[:-1], []).append(value)
        elif len(path) >= 2 and path[-1] == "text" and isinstance(path[-2], int):
            pieces.setdefault(path[:-2], []).append(value)
    for array, items in pieces.items():
        if len(items) < 2 or array not in styled:
            continue  # (a list of plain strings is a list of values, each read on its own)
        items.sort(key=lambda v: v.start)
        offsets, joined = [], ""
        for item in items:
            offsets.append(len(joined))
            joined += item.text
        for finding in find_all(joined):
            for item, offset in zip(items, offsets, strict=True):
                a, b = max(finding.start, offset), min(finding.end, offset + len(item.text))
                if a >= b:
                    continue
                inner = (item.start + 1, item.end - 1)
                raw = text[inner[0]:inner[1]]
                positions = [*range(len(raw) + 1)] if raw == item.text else _decoded_positions(raw)
                if positions is not None and len(positions) == len(item.text) + 1:  # (a piece with escapes: mapped)
                    inner = (inner[0] + positions[a - offset], inner[0] + positions[b - offset])
                yield Finding(*inner, finding.kind, "field")  # (each piece its placeholder: the array stays JSON)


def _escaped(text: str, inner: tuple[int, int], content: str,
             read_escaped: Callable[[str], list[Finding]] | None = None) -> list[Finding]:
    """A string with escapes: often JSON inside JSON ("body": "{\\"mpan\\":...}"). Redact the decoded
    text, then map its findings back through the escapes; whatever cannot be mapped is masked whole."""
    decoded_findings = json_findings(content, read_escaped)
    # (a dash or a thin space between a value's groups, as the text's own are read: "00–1B–C5–96–56–9E–BC–27")
    nested = [*(decoded_findings[0] if decoded_findings else []), *find_all(plain_separators(content))]
    if read_escaped is not None and decoded_findings is None:
        nested.extend(read_escaped(content))
    read = canonical(content)  # "\u2060" escapes decode to characters nobody sees between the digits
    if not read.identity:
        nested.extend(map_findings(read, find_all(read.text)))
    if not nested:
        return []
    raw = text[inner[0]:inner[1]]
    positions = _decoded_positions(raw)
    if positions is None:
        return [Finding(*inner, nested[0].kind, "pattern")]
    out = []
    for f in nested:
        if f.end > len(positions) - 1:
            return [Finding(*inner, nested[0].kind, "pattern")]
        out.append(Finding(inner[0] + positions[f.start], inner[0] + positions[f.end], f.kind, f.detector))
    return out


_HIGH_SURROGATE = re.compile(r"\\u[dD][89abAB][0-9a-fA-F]{2}")
_LOW_SURROGATE = re.compile(r"\\u[dD][c-fC-F][0-9a-fA-F]{2}")


def _decoded_positions(raw: str) -> list[int] | None:
    """For each character of the decoded string, where it starts in the raw (escaped) text; plus the end."""
    positions, i = [], 0
    while i < len(raw):
        positions.append(i)
        if raw[i] == "\\":
            if i + 1 >= len(raw):
                return None
            if raw[i + 1] == "u" and _HIGH_SURROGATE.match(raw, i) and _LOW_SURROGATE.match(raw, i + 6):
                i += 12  # (an emoji's two escapes, "\\ud83d\\ude00", are one character decoded)
                continue
            i += 6 if raw[i + 1] == "u" else 2
        else:
            i += 1
    positions.append(len(raw))
    return positions


_NAME_MEMBERS = ("key", "name", "field", "label", "attribute", "property", "k", "fieldname", "type", "code",
                 # (schema.org's PropertyValue, a request's parameter list)
                 "propertyid", "param", "parameter", "attr")
_VALUE_MEMBERS = ("value", "val", "v", "data", "content", "text", "fieldvalue",
                  # (a tracker's custom field as its API gives it: Asana's {"name": "Account", "display_value": …})
                  "display_value", "displayvalue", "text_value", "textvalue", "string_value", "stringvalue",
                  "number_value", "numbervalue")
_LOCATED = re.compile(r"(?i)(?:id|name|css|xpath|data-testid|testid)[ \t]*=[ \t]*(?P<rest>.{1,200})$")
_LOCATOR_WORD = re.compile(r"[A-Za-z][\w\-]*")
_SYSTEM_LAST = re.compile(r"([A-Za-z][\w\-]*)/?$")  # a URI's last word: "urn:energy:mprn", "…/id/account-number"


def _members_by_parent(values: list[jsonscan.JsonValue]) -> dict[tuple[object, ...], dict[str, jsonscan.JsonValue]]:
    """Each object's members (by their keys in small letters), under the object's path."""
    by_parent: dict[tuple[object, ...], dict[str, jsonscan.JsonValue]] = {}
    for value in values:
        if value.path and isinstance(value.path[-1], str):
            by_parent.setdefault(value.path[:-1], {})[value.path[-1].lower()] = value
    return by_parent


def _field_names(by_parent: dict[tuple[object, ...], dict[str, jsonscan.JsonValue]]) -> set[int]:
    """Where a naming member ("name", "key", …) names a field whose value a sibling member holds: a kind's
    name ("Account", "MPRN") or one word ("Flow"), not a person's."""
    found = set()
    for siblings in by_parent.values():
        if not any(m in siblings for m in _VALUE_MEMBERS):
            continue
        # (a word alone only beside a custom field's display value: a chat's {"name": "Kwame", "text": "…"} is a person)
        custom = any(m in siblings for m in _CUSTOM_VALUES)
        for m in _NAME_MEMBERS:
            named = siblings.get(m)
            if named is not None and named.type == "string" and (classify(named.text)
                                                                or (custom and " " not in named.text.strip())):
                found.add(named.start)
    return found


_CUSTOM_VALUES = ("display_value", "displayvalue", "text_value", "textvalue", "number_value", "numbervalue",
                  "enum_value", "enumvalue")


def _json_key_value_objects(values: list[jsonscan.JsonValue],
                            by_parent: dict[tuple[object, ...], dict[str, jsonscan.JsonValue]]) -> Iterator[Finding]:
    """``{"key": "MPAN", "value": "1200..."}``: the sibling value of a member naming an identifier, and
    every value inside it when it is an object (OpenTelemetry's ``{"key": "gas.mprn", "value":
    {"stringValue": "…"}}``, an AWS tag, a CRM's field list). ``by_parent``: :func:`_members_by_parent` of ``values``."""
    named_kinds: dict[tuple[object, ...], Kind] = {}
    for parent, members in by_parent.items():
        named = next((members[m] for m in _NAME_MEMBERS if m in members and members[m].type == "string"), None)
        kind = classify(named.text) if named is not None else None
        if kind is None and (located := members.get("target") or members.get("locator")) is not None \
                and located.type == "string" and (field := _LOCATED.match(located.text)) is not None:
            # a recorded test's step types into a field its locator names (Selenium IDE's {"command": "type",
            # "target": "id=mprn", "value": "…"}, "css=#customer-surname", "xpath=//input[@name='postcode']")
            kind = classify(_LOCATOR_WORD.findall(field.group("rest"))[-1]) if _LOCATOR_WORD.search(field.group("rest")) else None
        if kind is None and (system := members.get("system")) is not None and system.type == "string" \
                and (last := _SYSTEM_LAST.search(system.text)) is not None:
            # FHIR's Identifier: the system's URI names what the value is ({"system": "urn:energy:mprn", "value": …},
            # "https://example.org/id/account-number")
            kind = classify(last.group(1))
        if kind is not None:
            named_kinds[parent] = kind
    if not named_kinds:
        return
    for target in values:
        path = target.path
        if target.type == "literal" or not worth_masking(target.text):
            continue
        for i in range(len(path) - 1, -1, -1):  # the nearest object that names this value's kind
            member = path[i]
            if isinstance(member, str) and member.lower() in _VALUE_MEMBERS and path[:i] in named_kinds:
                span = (target.start + 1, target.end - 1) if target.type == "string" else (target.start, target.end)
                yield Finding(*span, named_kinds[path[:i]], "field", quote=target.type == "number")
                break


# one to three words of a name, each a capital's ("Kofi", "O'Neill", "Hughes-Parry", "ŁUKASZ", "van der Berg")
# (and a Gaelic or Welsh name's small words: "Mac an t-Saoir", "Nic a' Phì", "ap Iorwerth")
_NAME_WORDS = re.compile(r"(?:(?:(?:[a-z]-)?[^\W\d_a-z][^\W\d_]*(?:['’\-][^\W\d_]+)*|van|von|de|der|den|la|le|da|di|du|"
                         r"ap|ab|bin|al|an|na|nan|a'|y|yr|del|dos|das|ter|ten)"
                         r"(?: |$)){1,4}(?<! )")
_SMALL_NAME_WORDS = re.compile(r"[^\W\d_A-Z](?:[^\W\d_A-Z]|['’\-])*(?: [^\W\d_A-Z](?:[^\W\d_A-Z]|['’\-])*){0,3}")


def written_as_name_halves(halves: list[str]) -> bool:
    """Whether a name's halves (a forename first, under keys such as "given" and "family") are written as a name's
    words: capitalised ("Demelza", "Mac an t-Saoir"), or all in small letters as a fixture types them ("rose",
    "cook") where the lists know the first for a forename or the last for a surname."""
    if all(_NAME_WORDS.fullmatch(half) for half in halves):
        return True
    if not all(_SMALL_NAME_WORDS.fullmatch(half) for half in halves):
        return False
    from .names import any_listed_surname, is_listed_forename, is_listed_surname, is_plain_forename  # (names reads
    # patterns, which this module reads)
    first, last = halves[0].split()[0], halves[-1].split()[-1]
    if {first, last} & _NOT_NAMES:
        return False
    return is_plain_forename(first) or is_listed_surname(last) or _SMALL_PARTICLE_FIRST.match(halves[-1]) is not None \
        or (is_listed_forename(first) and any_listed_surname(last))


_NOT_NAMES = frozenset({"true", "false", "null", "none", "nil", "yes", "no", "on", "off", "default", "test", "string"})
_SMALL_PARTICLE_FIRST = re.compile(r"(?:mac|mc|nic|ni|ap|ab|van|von|de|del|da|di|le|la) \S")


def _json_name_halves(values: list[jsonscan.JsonValue]) -> Iterator[Finding]:
    """A name's halves as members of one object under names that alone may be anything's: FHIR's HumanName
    without its parent, ``{"given": ["Kofi", "Ama"], "family": "Mensah"}`` (``given`` is always a list there),
    ``{"first": "Ama", "last": "Owusu", "mprn": …}``: both halves shaped as a name's words (a product's ``{"family":
    "EDMI", "given": ["true"]}`` is none). Bare ``first``/``last`` only beside a member that names an identifier
    (``{"first": 1, "last": 20}`` is a page's range), as for a table's header."""
    members: dict[tuple[object, ...], set[str]] = {}
    for value in values:
        for i, item in enumerate(value.path):
            if isinstance(item, str):
                members.setdefault(value.path[:i], set()).add(normalise_name(item))
    halves: dict[tuple[object, ...], dict[str, list[jsonscan.JsonValue]]] = {}
    for value in values:
        if value.type != "string":
            continue
        at = next((i for i in range(len(value.path) - 1, -1, -1) if isinstance(value.path[i], str)), None)
        if at is None or len(value.path) - at > 2:  # the member's own value, or an item of its list
            continue
        key, owner = str(value.path[at]), value.path[:at]
        partner = name_partner(key)
        if partner is None or partner not in members.get(owner, ()) or classify(key) is not None:
            continue
        halves.setdefault(owner, {}).setdefault(normalise_name(key), []).append(value)
    for record, named in halves.items():
        if len(named) < 2:
            continue  # one half only holds a string: the other is a number, a list of objects, …
        if any(key in ("first", "last") for key in named) \
                and not any(classify(m) not in (None, Kind.NAME) for m in members.get(record, ())):
            continue
        written = [value for held in named.values() for value in held]
        if written_as_name_halves([value.text for value in written]) \
                and all(worth_masking(value.text, Kind.NAME) for value in written):
            yield from (Finding(value.start + 1, value.end - 1, Kind.NAME, "field") for value in written)


def _json_rows(values: list[jsonscan.JsonValue]) -> Iterator[Finding]:
    """``[["MPAN", "MSN"], ["1200...", "S06..."]]``: a header row of names, then rows by column."""
    tables: dict[tuple[object, ...], dict[int, dict[int, jsonscan.JsonValue]]] = {}
    for value in values:
        if len(value.path) >= 2 and isinstance(value.path[-1], int) and isinstance(value.path[-2], int):
            tables.setdefault(value.path[:-2], {}).setdefault(value.path[-2], {})[value.path[-1]] = value
    for rows in tables.values():
        header = rows.get(0, {})
        strings = {col: v.text for col, v in header.items() if v.type == "string"}
        kinds = dict(zip(strings, column_kinds(list(strings.values())), strict=True))
        if not any(kinds.values()):
            continue
        for index, row in rows.items():
            if index == 0:
                continue
            for col, target in row.items():
                kind = kinds.get(col)
                if kind and target.type != "literal" and worth_masking(target.text, kind):
                    span = (target.start + 1, target.end - 1) if target.type == "string" else (target.start, target.end)
                    yield Finding(*span, kind, "column", quote=target.type == "number")


def jsonl_findings(text: str, read_escaped: Callable[[str], list[Finding]] | None = None
                   ) -> tuple[list[Finding], list[tuple[int, int]]] | None:
    """JSON Lines (Splunk, ELK exports, a chat's export a message a line): each line its own document. ``None``
    unless every non-empty line is JSON. ``read_escaped``: as :func:`json_findings` reads a string with escapes."""
    found: list[Finding] = []
    numbers: list[tuple[int, int]] = []
    pos = 0
    documents = 0
    for line in text.split("\n"):
        if line.strip():
            result = json_findings(line, read_escaped)
            if result is None:
                return None
            documents += 1
            found.extend(Finding(f.start + pos, f.end + pos, f.kind, f.detector, f.quote) for f in result[0])
            numbers.extend((a + pos, b + pos) for a, b in result[1])
        pos += len(line) + 1
    return (found, numbers) if documents >= 2 else None


def jsonl_shape(text: str) -> list[object] | None:
    shapes = [json_shape(line) for line in text.split("\n") if line.strip()]
    return None if any(s is None for s in shapes) else shapes


def quote_bare_numbers(findings: list[Finding], numbers: list[tuple[int, int]]) -> list[Finding]:
    """A finding on a bare JSON number covers the whole number and is written as a string."""
    if not numbers:
        return findings
    spans = sorted(numbers)
    starts = [s for s, _ in spans]
    out = []
    for f in findings:
        i = bisect.bisect_right(starts, f.end - 1) - 1  # the last number starting inside or before f
        hit = spans[i] if i >= 0 and spans[i][1] > f.start else None
        if hit is None:
            out.append(f)
        else:
            out.append(Finding(min(f.start, hit[0]), max(f.end, hit[1]), f.kind, f.detector, True, f.tail, f.value))
    return out


def json_shape(text: str) -> object | None:
    """The document with every scalar replaced by its position in the structure, and every object by its
    members in order: a key may be redacted ({"1446016048856": {...}} holds a supply by its MPAN), but two keys
    made one (the parser keeps the last) lose a member, and the shape differs."""
    import json

    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None

    def shape(node: object) -> object:
        if isinstance(node, dict):
            return ("{", [shape(v) for v in node.values()])
        if isinstance(node, list):
            return [shape(v) for v in node]
        return None

    return shape(data)


def _refine(kind: Kind, value: str) -> Kind:
    """``MPxN`` fields hold either: 13 or 21 digits is an MPAN, 6-10 an MPRN."""
    digits = re.sub(r"\D", "", value)
    if kind is Kind.MPAN and 6 <= len(digits) <= 10 and len(digits) == len(value.strip()):
        return Kind.MPRN
    return kind


# -- YAML ------------------------------------------------------------------------------------------


def yaml_findings(text: str) -> list[Finding] | None:
    """Scalars under their key path, from the YAML node tree (which keeps every scalar's position).
    ``None`` if the text is not a YAML mapping or list."""
    import yaml

    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except (yaml.YAMLError, RecursionError, ValueError):
        return None
    if not isinstance(root, (yaml.MappingNode, yaml.SequenceNode)):
        return None
    found: list[Finding] = []
    # an alias is the node it names, met again: a node is read once under each key path, and a text
    # whose aliases stand for more nodes than any payload has ("billion laughs") is left to the plain-
    # text detectors rather than walked for ever
    walked: set[tuple[int, tuple[str, ...]]] = set()
    budget = [_YAML_NODE_BUDGET]

    def walk(node: yaml.Node, keys: list[str]) -> None:
        mark = (id(node), tuple(keys))
        if mark in walked:
            return
        walked.add(mark)
        budget[0] -= 1
        if budget[0] < 0:
            raise _TooLarge
        if isinstance(node, yaml.MappingNode):
            members = {str(getattr(k, "value", "")).lower(): v for k, v in node.value}
            # a list of {name: SMOKE_TEST_MPRN, value: "…"} (Kubernetes' env, Helm values, tags): the value
            # member is read under the name its sibling gives
            named = next((members[m] for m in _NAME_MEMBERS if isinstance(members.get(m), yaml.ScalarNode)), None)
            named_key = str(named.value) if named is not None and classify(str(named.value)) is not None else None
            present = {normalise_name(k) for k in members}
            identified = any(classify(k) not in (None, Kind.NAME) for k in members)
            for key_node, value_node in node.value:
                key = str(getattr(key_node, "value", ""))
                if classify(key) is None and (partner := name_partner(key)) is not None and partner in present \
                        and (identified or normalise_name(key) not in ("first", "last")):
                    key = "forename"  # a name's halves as one mapping's members ("given:\n  - Kofi\nfamily: Mensah")
                walk(value_node, [*keys, named_key if named_key and key.lower() in _VALUE_MEMBERS else key])
        elif isinstance(node, yaml.SequenceNode):
            for item in node.value:
                walk(item, keys)
        elif isinstance(node, yaml.ScalarNode) and keys:
            kind = classify(keys[-1], keys[:-1])
            value = str(node.value)
            if kind is None and len(keys) >= 2 and keys[-1].lower() in _SCHEMA_VALUES:
                # (an API spec's example of a parameter, "mprn:\n  example: …", when it has its kind's shape: a
                # config's "customer:\n  default: Residential" is a category)
                kind = classify(keys[-2], keys[:-2])
                kind = kind if kind is not None and _shaped_as(kind, value) else None
            if kind and worth_masking(value, kind) and "\n" not in value:
                start, end = node.start_mark.index, node.end_mark.index
                if node.style in ("'", '"'):
                    start, end = start + 1, end - 1
                found.append(Finding(start, end, _refine(kind, value), "field"))

    try:
        walk(root, [])
    except (_TooLarge, RecursionError):
        return None
    return found


_YAML_NODE_BUDGET = 200_000


class _TooLarge(Exception):
    """A YAML text whose aliases make it larger than any payload: read as plain text instead."""


# -- XML -------------------------------------------------------------------------------------------

_XML_ELEMENT = re.compile(
    r"<(?P<prefix>[\w.\-]+:)?(?P<tag>[\w.\-]+)(?:\s[^<>]*)?>(?P<value>[^<]{1,300})</(?P=prefix)?(?P=tag)\s*>")
# The name is a run, an optional colon and another run, matched possessively: written [\w.\-]+:?[\w.\-]*,
# its two runs could split a long word in every way, and a 25,000-digit word cost eleven seconds.
_XML_ATTRIBUTE = re.compile(r"(?<=[\s<])(?P<name>[\w.\-]++(?::[\w.\-]*+)?)\s*=\s*(?P<q>[\"'])(?P<value>.*?)(?P=q)",
                            re.DOTALL)


def xml_element_findings(text: str) -> Iterator[Finding]:
    """``<MPAN>...</MPAN>`` and ``serialNumber="..."`` anywhere, even in an XML fragment inside a log."""
    if "<" not in text:
        return
    for match in _XML_ELEMENT.finditer(text):
        kind = classify(match.group("tag"))
        if kind and worth_masking(match.group("value"), kind):
            start, end = match.span("value")
            yield Finding(start, end, _refine(kind, match.group("value")), "field")
        elif kind is None and match.group("tag").lower().replace("_", "").replace("-", "") in ROLE_LABELS:
            # <owner>Pearl Fisher</owner>, <raisedBy>…: a role's element holds a person where its text has a name's
            # words (a product's or a team's owner is none: "Platform Team", "svc-meter-sync")
            value = match.group("value").strip()
            if " " in value and plausible_person("contact", value) and worth_masking(value, Kind.NAME):
                start = match.start("value") + match.group("value").index(value)
                yield Finding(start, start + len(value), Kind.NAME, "field")
    for match in _XML_ATTRIBUTE.finditer(text):
        kind = classify(match.group("name"))
        if kind and worth_masking(match.group("value"), kind):
            yield Finding(*match.span("value"), kind, "field")
    yield from _named_attributes(text)


# a tag's attributes, each its name and its value: <property name="mprn" value="…"/>, p:given="…" p:family="…"
_TAG = re.compile(r"<(?P<element>[\w.\-]++(?::[\w.\-]++)?)(?P<attributes>\s[^<>]{1,2000}?)/?>")


def _named_attributes(text: str) -> Iterator[Finding]:
    """A tag whose one attribute names what another holds (Spring's ``<property name="mprn" value="…"/>``, an
    ``<add key="Postcode" value="…"/>`` setting, ``<param name="surname" value="…">``), and a name's halves as two
    attributes of one tag (Spring's ``p:given="Demelza" p:family="Nancarrow"``)."""
    for tag in _TAG.finditer(text):
        attributes = [(m.group("name").rsplit(":", 1)[-1], m) for m in _XML_ATTRIBUTE.finditer(text, *tag.span("attributes"))]
        named = next((classify(m.group("value")) for name, m in attributes
                      if name.lower() in _NAMING_ATTRIBUTES and classify(m.group("value"))), None)
        held: set[int] = set()  # (the attributes a naming pair gave its kind: not read again for their element's name)
        if named is not None:
            for name, m in attributes:
                if name.lower() in _VALUE_ATTRIBUTES and worth_masking(m.group("value"), named):
                    held.add(m.start())
                    yield Finding(*m.span("value"), _refine(named, m.group("value")), "field")
        # an attribute whose name says only that it is a number or a reference takes its element's meaning
        # (<PayerAccount number="21641902">, <Customer ref="…">): read as the two together
        element = tag.group("element").rsplit(":", 1)[-1]
        for name, m in attributes:
            if m.start() in held or classify(name) is not None:
                continue
            # (and one that names a person's part only inside a person's element: <PayerAccount name="SANDY STONE">)
            generic = name.lower() in _ELEMENT_NAMED
            kind = classify(f"{element} {name}") if generic else classify(name, (element,))
            # (the value must have its kind's shape: a row's key, a type's code, a date, a flow, a team or a
            # category is no one's: <Device id="emulator-5554">, <Account number="D0010">, <Owner name="Platform
            # Team">, <Customer value="Residential">)
            if kind is not None and _shaped_as(kind, m.group("value")) and worth_masking(m.group("value"), kind):
                yield Finding(*m.span("value"), _refine(kind, m.group("value")), "field")
        present = {normalise_name(name) for name, _m in attributes}
        halves = [m for name, m in attributes if classify(name) is None and (partner := name_partner(name)) is not None
                  and partner in present and normalise_name(name) not in ("first", "last")]
        if len(halves) >= 2 and written_as_name_halves([m.group("value") for m in halves]):
            yield from (Finding(*m.span("value"), Kind.NAME, "field") for m in halves)


_VALUE_ATTRIBUTES = frozenset({"value", "val", "content", "default", "defaultvalue", "text"})
# an identifier's own shape, for a value only its element's name (or a parameter's) says the kind of
_NUMBER_SHAPED = re.compile(r"(?:[A-Za-z]{1,3}-?)?\d(?:[ \-]?\d){5,20}[A-Za-z]?")
_DEVICE_SHAPED = re.compile(r"(?:0x)?[0-9A-Fa-f]{2}(?:[\-:. ]?[0-9A-Fa-f]{2}){7}")


def _shaped_as(kind: Kind, value: str) -> bool:
    value = value.strip()
    if kind in (Kind.MPAN, Kind.MPRN, Kind.ACCOUNT):
        return _NUMBER_SHAPED.fullmatch(value) is not None and not COMPACT_DATE.fullmatch(value.replace("-", ""))
    if kind is Kind.MSN:
        return serial_shaped(value)
    if kind is Kind.DEVICE:
        return _DEVICE_SHAPED.fullmatch(value) is not None
    if kind is Kind.NAME:  # (a forename and a surname at least: "Residential", "Retail" are a category's)
        return len(value.split()) >= 2 and plausible_person("contact", value)
    if kind is Kind.ADDRESS:
        return len(value.split()) >= 3 and any(c.isdigit() for c in value)
    return True


_ELEMENT_NAMED = frozenset({"number", "no", "num", "nr", "id", "ref", "reference", "value", "val", "code"})


# (and PowerShell's CliXML: <S N="Account">…</S>)
_NAMING_ATTRIBUTES = frozenset({"key", "name", "field", "fieldname", "property", "param", "attribute", "label", "column",
                                "n"})


# an element named for naming a field or holding its value: "customfieldname", "propertyName", "attributevalue"
_NAMING_ELEMENT = re.compile(r"[a-z]*(?:field|property|attribute|param|parameter|column)name")
_VALUE_ELEMENT = re.compile(r"[a-z]*(?:field|property|attribute|param|parameter|column)values?")


def xml_findings(text: str) -> list[Finding] | None:
    """Values under their whole element path (an address's parts, a customer's name); ``None`` if the
    text is not well-formed XML."""
    data = text.encode("utf-8")
    parser = _defused_expat()
    stack: list[str] = []
    spans: list[tuple[int, int, list[str]]] = []  # byte spans of an element's direct text, with its path
    text_start: list[int | None] = [None]

    def close_text() -> None:
        # a tag begins at CurrentByteIndex: any text since the previous tag ends here
        if text_start[0] is not None:
            spans.append((text_start[0], parser.CurrentByteIndex, list(stack)))
            text_start[0] = None

    def start(name: str, attrs: dict[str, str]) -> None:
        close_text()
        # a generic element named by an attribute (<Item key="MeterSerialNumber">, <Field name="Postcode">,
        # <Property name="mpan">): its text is what the attribute names
        named = next((value for attr, value in attrs.items() if attr.lower() in _NAMING_ATTRIBUTES and classify(value)),
                     None)
        stack.append(named or name)

    def end(name: str) -> None:
        close_text()
        stack.pop()

    def chars(_data: str) -> None:
        if text_start[0] is None:
            text_start[0] = parser.CurrentByteIndex

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = chars
    try:
        parser.Parse(data, True)
    except (xml.parsers.expat.ExpatError, _EntitiesRefused):
        return None
    found = []
    named: dict[tuple[str, ...], Kind | None] = {}  # a parent whose name element said what its value element holds
    for begin, finish, path in spans:
        chunk = data[begin:finish].decode("utf-8", errors="replace")
        if not chunk.strip() or not path or "<" in chunk:
            continue
        kind = classify(path[-1], path[:-1])
        local = path[-1].rsplit(":", 1)[-1].lower()
        if kind is None and (local in _KIND_COLUMNS or _NAMING_ELEMENT.fullmatch(local)):
            # <Field>MPRN</Field><Value>7199125994</Value>: a name element and its sibling value element, as
            # JSON's {"key": "MPRN", "value": …} (a SOAP fault's detail, a generic attribute list); the next
            # name element says what the next value is
            said = named[tuple(path[:-1])] = classify(chunk.strip())
            if said is not None:
                continue
        if kind is None and (local in _VALUE_COLUMNS or _VALUE_ELEMENT.fullmatch(local)):
            # (the value element may sit in a list of values: Jira's <customfieldname>Account</customfieldname>
            # <customfieldvalues><customfieldvalue>…</customfieldvalue></customfieldvalues>)
            kind = named.get(tuple(path[:-1])) or named.get(tuple(path[:-2]))
        if kind and worth_masking(chunk, kind):
            start_char = len(data[:begin].decode("utf-8", errors="replace"))
            lead = len(chunk) - len(chunk.lstrip())
            trail = len(chunk) - len(chunk.rstrip())
            # (a CDATA section's markers are the element's markup, not its value: Jira writes every custom field so)
            if chunk.lstrip().startswith("<![CDATA["):
                lead = len(chunk) - len(chunk.lstrip()) + len("<![CDATA[")
            if chunk.rstrip().endswith("]]>"):
                trail = len(chunk) - len(chunk.rstrip()) + len("]]>")
            found.append(Finding(start_char + lead, start_char + len(chunk) - trail, _refine(kind, chunk.strip()),
                                 "field"))
    return found


def xml_shape(text: str) -> list[str] | None:
    """The element names of ``text`` in document order, or None if it is not XML read safely: defusedxml
    refuses entity declarations (a "billion laughs" expands a few hundred bytes into gigabytes) and
    external entities (which would read other files), so such a payload is redacted as plain text, its
    declarations included."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        root = fromstring(text)
    except (ElementTree.ParseError, DefusedXmlException):
        return None
    return [element.tag for element in root.iter()]


class _EntitiesRefused(Exception):
    pass


def _defused_expat() -> xml.parsers.expat.XMLParserType:
    """An expat parser that refuses entity declarations and never reads an external entity or DTD, as
    defusedxml's parsers do (entities are refused before any is expanded)."""
    # the text was decoded already and is handed over as UTF-8, whatever its declaration says: expat
    # reads only a few encodings itself ("UTF-32" in a DUIS response's declaration stopped it)
    parser = xml.parsers.expat.ParserCreate(encoding="utf-8")
    parser.SetParamEntityParsing(xml.parsers.expat.XML_PARAM_ENTITY_PARSING_NEVER)

    def refuse(*_args: object) -> NoReturn:
        raise _EntitiesRefused()

    parser.EntityDeclHandler = refuse
    parser.UnparsedEntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse
    return parser


# -- delimited text: CSV and pipe-delimited data flows ---------------------------------------------

Cell = tuple[int, int, str]  # start, end (of the cell's content, inside any quotes), value


def split_cells(text: str, delimiter: str) -> list[list[Cell]]:
    """RFC 4180 cells with their positions (the csv module gives no positions)."""
    rows: list[list[Cell]] = []
    row: list[Cell] = []
    i, n = 0, len(text)
    while i <= n:
        if i < n and text[i] == '"':
            j, parts = i + 1, []
            while j < n:
                if text[j] == '"':
                    if j + 1 < n and text[j + 1] == '"':
                        parts.append('"')
                        j += 2
                        continue
                    break
                parts.append(text[j])
                j += 1
            row.append((i + 1, j, "".join(parts)))
            i = j + 1
            while i < n and text[i] not in (delimiter, "\n", "\r"):
                i += 1  # junk after a closing quote belongs to no cell
        else:
            j = i
            while j < n and text[j] not in (delimiter, "\n", "\r"):
                j += 1
            row.append((i, j, text[i:j]))
            i = j
        if i < n and text[i] == delimiter:
            i += 1
            continue
        if i < n and text[i] == "\r":
            i += 1
        if i < n and text[i] == "\n":
            i += 1
        rows.append(row)
        row = []
        if i >= n:
            break
    return [r for r in rows if not (len(r) == 1 and not r[0][2])]


def sniff_delimiter(text: str, titles: bool = False) -> str | None:
    """The delimiter of a table's lines, or None. ``titles``: the text is known to be a table (a .csv or
    .tsv file), so a title or comment line or few may come before its header."""
    lines = [line for line in text.split("\n")[:20] if line.strip()]
    if len(lines) < 2:
        return None
    # the table starts at its first line, or failing that after a title or comment line or few ("SMS log
    # export 2026-08-27"); a delimiter the first line holds wins (a comma in a TSV's address cells is none)
    for skip_titles in (False, True) if titles else (False,):
        qualified: list[tuple[int, int]] = []  # (the line the table starts at, the delimiter's place in the order)
        for order, delimiter in enumerate((",", "\t", ";", "|")):
            counts = [line.count(delimiter) for line in lines]
            first = next((i for i, count in enumerate(counts[:_TITLE_ROWS if skip_titles else 1]) if count >= 1), None)
            if first is None:
                continue
            counts = counts[first:]
            while titles and len(counts) > 2 and counts[-1] == 0:
                counts.pop()  # (and a footer's lines after it: "Result: 88.1% matched; report INV-2026-149012")
            if len(counts) >= 2 and sum(1 for c in counts if c >= 1) >= max(2, int(0.8 * len(counts))):
                qualified.append((first, order))
        if qualified:
            # (after a title, the delimiter the table's first line holds: a TSV's header has its tabs, and the
            # commas of its address cells start only at its first row)
            return (",", "\t", ";", "|")[min(qualified)[1]]
    return None


_PLACEHOLDER_IN = re.compile(r"\[[A-Z]+-\d+\]")
_FOUR_DIGITS = re.compile(r"\d{4}")
_COLUMN_NAME = re.compile(r"[\"']?[A-Za-z#]")


def _names_a_column(cell: str) -> bool:
    """A header cell is a column name: a few words that start with a letter. A sentence holding a
    placeholder ("seen [MPAN-1] at [POSTCODE-1]") is prose that happens to have a comma, a path
    ("/srv/out/…/response.xml") is a value, and so is a cell holding four digits in a row
    ("MPAN001-0007", a register reference and a number), as the table reader also has it."""
    return (bool(_COLUMN_NAME.match(cell.strip())) and len(cell.split()) <= 5
            and not _PLACEHOLDER_IN.search(cell) and not _FOUR_DIGITS.search(cell)
            and not _NUMBERED_WORD.search(cell.strip()))


# a word with a number of three digits or more glued to its end: a reference ("QTMPAN264", "MPANREF195"), which a
# transposed sheet's row holds, no column's name ("address2", "line1" end in one digit)
_NUMBERED_WORD = re.compile(r"[A-Za-z]\d{3,}$")


_SITE_COLUMN = re.compile(r"(?:supply[ _]?)?(?:site|premises|property|location)(?:[ _]?(?:name|details))?")
# a column of people by their part beside a board's "Name" column, and a reference in a cell (see csv_findings)
_PEOPLE_COLUMNS = frozenset({"person", "people", "owner", "assignee", "assigned to", "engineer", "agent"})
_A_REFERENCE = re.compile(r"(?<![A-Za-z])[A-Z]{2,}[-_]?\d{3,}|\d{4,}")
# (and a tenancy's people by their part: "Tenant", "Tenants", "Lodger" heading a landlord portal's column)
_NAME_COLUMN = re.compile(r"(?:full[ _]?)?name|names|tenants?|lodgers?|(?:current|new|previous|outgoing|incoming)[ _]?tenants?")


# a column that says what each row's value is ("ref,kind,value": a register's export), and the value's
_KIND_COLUMNS = (*_NAME_MEMBERS, "kind", "identifiertype", "idtype", "datatype", "valuetype", "what")
_VALUE_COLUMNS = (*_VALUE_MEMBERS, "identifier", "idvalue", "datavalue")
_TITLE_ROWS = 5  # a title or comment line or few before the header row ("# register export 2026-07-26")


_ROLE_WORD_LAST = re.compile(r"(?:^|[\s_\-.]|(?<=[a-z])(?=[A-Z]))(?:contact|owner|tenant|occupier|occupant|resident|"
                             r"landlord|homeowner|billpayer|assignee|raised[\s_]?by|reported[\s_]?by)$", re.IGNORECASE)


def _a_role_column(header: str) -> bool:
    return header.replace(" ", "").replace("_", "") in ROLE_LABELS or bool(_ROLE_WORD_LAST.search(header))


def _a_persons_cell(value: str) -> bool:
    """A cell of a name's words: two or three ("Pearl Fisher"), or a surname, a comma and a forename ("Marsh, Faith",
    "ap Rhys, Ana")."""
    cell = value.strip().strip("\"'").strip()
    if not cell or "@" in cell or any(c.isdigit() for c in cell) or len(cell) > 60:
        return False
    words = cell.replace(",", " ").split()
    if len(words) < 2 or not plausible_person("contact", " ".join(words)) or _NOT_NAMES.intersection(w.lower() for w in words):
        return False
    from .names import is_listed_forename  # (names reads patterns, which this module reads)
    forename = cell.split(",", 1)[1].split()[0] if "," in cell and cell.split(",", 1)[1].split() else words[0]
    return is_listed_forename(forename)  # (a forename the lists know: "Marsh, Faith", "Priya Ellingham")


def csv_findings(text: str, delimiter: str, rows: list[list[Cell]] | None = None) -> list[Finding]:
    """Every non-empty cell in a column whose header names an identifier, and every value whose row's
    kind column names one. The header is the first row of two cells or more (a title line or a comment
    may come first)."""
    rows = split_cells(text, delimiter) if rows is None else rows
    rows = rows[_header_index(rows):]
    # (a comment line among the rows, "# total records ok, ref MPAN-REF-63", is no record: its pieces are in no column)
    rows = rows[:1] + [row for row in rows[1:] if not (row and row[0][2].lstrip().startswith("#"))]
    if len(rows) < 2:
        return []
    found = list(_csv_kind_value_rows(rows))
    found.extend(_transposed_rows(rows))
    kinds = [kind if _names_a_column(value) else None
             for (_s, _e, value), kind in zip(rows[0], column_kinds([value for _s, _e, value in rows[0]]), strict=True)]
    headers = [value.strip().strip("\"'").lower() for _s, _e, value in rows[0]]
    # a column of people by their part ("Site contact", "Owner", "Raised by"): its cells where each is a name's words
    # (a team's, a mailbox's or a status are no one's: "Platform Team", "jcook@…", "TBC")
    roles = {i for i, (header, kind) in enumerate(zip(headers, kinds, strict=False))
             if kind is None and _a_role_column(header)}
    for i in roles:
        cells = [row[i] for row in rows[1:] if i < len(row) and row[i][2].strip().strip("\"'")]
        persons = [cell for cell in cells if _a_persons_cell(cell[2])]
        if not cells or len(persons) * 2 < len(cells):
            continue  # a column of mostly other words (a board's "Build Team", "Night Shift"): no column of people
        for start, _end, value in persons:
            cell = value.strip().strip("\"'").strip()
            at = start + value.index(cell)
            found.append(Finding(at, at + len(cell), Kind.NAME, "column"))
    if not any(kinds):
        return found
    if any(kind in (Kind.POSTCODE, Kind.MPAN, Kind.MPRN, Kind.MSN) for kind in kinds):
        # a table of supplies: its "Site", "Premises" or "Location" column is where the supply is, an address
        # ...and its "Name" column (a word too common to name a column of people elsewhere) is the customer's
        kinds = [(Kind.ADDRESS if _SITE_COLUMN.fullmatch(header) else Kind.NAME if _NAME_COLUMN.fullmatch(header) else None)
                 if kind is None else kind
                 for kind, header in zip(kinds, headers, strict=False)]
    sites = {i for i, header in enumerate(headers) if _SITE_COLUMN.fullmatch(header)}
    # a "Name" column read as the customer's only because the table holds supplies, beside a column of people (a
    # board's "Person", "Owner"): its item names ("Visit WO-9361630") are no one's, and a reference in the cell says so
    people = any(h not in ("name", "names") and (classify(h) is Kind.NAME or h in _PEOPLE_COLUMNS) for h in headers)
    named = {i for i, h in enumerate(headers) if h in ("name", "names")} if people else set()
    if any(kinds):
        # a table of supplies' "Meter" column holds the meter's serial (in a JSON document "meter" is an object
        # or a type as often): its cells of letters and digits, a serial's make-up, are masked as serials
        meters = {i for i, header in enumerate(headers) if header in ("meter", "meters")}
        kinds = [Kind.MSN if i in meters else kind for i, kind in enumerate(kinds)]
    else:
        meters = set()
    for row, offset in zip(rows[1:], wrapped_offsets(rows), strict=True):
        if len(row) == 1 and len(rows[0]) >= 3:
            continue  # a line of one cell under a table of three or more: a footer or a note, no record of it
        # a file's trailer or a sheet's totals, cells of its own ("T|7|batch <uuid>|…|TC-7626"): only what has its
        # column's shape is masked there
        closing = bool(row) and a_closing_row(row[0][2], len(row), len(rows[0]))
        row_kinds = kinds[offset:]
        for i, ((start, end, value), kind) in enumerate(zip(row, row_kinds, strict=False)):
            if closing and kind and not fits_a_closing_rows_column(kind, value):
                continue
            if i + offset in named and _A_REFERENCE.search(value):
                continue
            if i + offset in sites and len(value.split()) < 2:
                continue  # a site's code or region ("north"), not its address
            if i + offset in meters and not serial_shaped(value.strip().strip("\"'")):
                continue  # "Smart", "E7", "SMETS2": the meter's type
            if kind and worth_masking(value, kind):
                found.append(Finding(start, end, _refine(kind, value), "column"))
        supply = [i for i, kind in enumerate(kinds) if kind in (Kind.MPAN, Kind.MPRN)]
        if supply and len(row) > len(kinds) and not offset:
            # a supply's number split by the file's own delimiter ("13,2045,7331,873" under "mpan"): its pieces stand
            # from its column on, as many cells further as the row is longer; each piece of digits alone is masked
            # (whatever few digits it has: together they are the number)
            for start, end, value in row[min(supply):max(supply) + len(row) - len(kinds) + 1]:
                if value.strip().strip("\"'").isdigit():
                    found.append(Finding(start, end, kinds[min(supply)] or Kind.MPRN, "column"))
        if Kind.MPRN in kinds and len(row) != len(kinds) and not offset:
            # a row longer or shorter than its header: a cell's own delimiters ("Hafod Pegg Parade | Auchterarder")
            # shifted the rest, or a line break cut the record, so the MPRN column's number may stand under another:
            # any cell of ten digits alone is one
            found.extend(Finding(start, end, Kind.MPRN, "column") for start, end, value in row
                         if TEN_DIGITS.fullmatch(value.strip().strip("\"'")))
    return found


# a cell with a person's shape: words with capitals (initials, particles and titles among them), no digit
_NAME_SHAPED_CELL = re.compile(r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ ]+)?(?:(?:[A-Z]\.?|[A-Z][a-z]*['’]?[A-Z]?[a-z]+(?:-[A-Z][a-z]*['’]?[A-Z]?[a-z]+)?|"
                               r"(?:van|von|der|den|de|la|le|du|da|di|ap|bin|al|st)\.?)[ ]+){1,4}"
                               r"[A-Z][a-z]*['’]?[A-Z]?[a-z]+(?:-[A-Z][a-z]*['’]?[A-Z]?[a-z]+)?")


_CONTINUES = re.compile(r"[ \t]*(?:>+|;+|\*|#+|%|\||//)[ \t]*")


def wrapped_offsets(rows: list[list[Cell]]) -> list[int]:
    """For each row under the header, the column its first cell stands in: 0, or for the second line of a record
    wrapped over two and marked as going on ("…,211489" over ">> 8881419,4271-288-777,MATCH,40.4%"), the column of
    the first line's last cell, which its first cell finishes."""
    width = len(rows[0]) if rows else 0
    offsets, previous = [], width
    for row in rows[1:]:
        # (only a line that says it goes on, as a quote's or a comment's prefix does: a short row is often one
        # whose empty trailing cells were left off)
        if previous < width and len(row) < width and previous + len(row) - 1 == width \
                and row and _CONTINUES.match(row[0][2]):
            offsets.append(previous - 1)
            previous = width  # (the record is whole: the next line starts another)
        else:
            offsets.append(0)
            previous = len(row)
    return offsets


def name_column_findings(rows: list[list[Cell]], found: list[Finding]) -> Iterator[Finding]:
    """The other cells of a column whose cells are mostly names found already ("Kunde": "Mrs Ifeoma van der
    Berg", "Yusuf Ashworth-Burke", ...), where they have a person's shape: "M. Pemberton-Hale", a surname the
    lists do not know after an initial, is the column's customer too."""
    if len(rows) < 3:
        return
    names = sorted((f.start, f.end) for f in found if f.kind is Kind.NAME)
    if not names:
        return
    starts = [start for start, _ in names]

    def named(cell: Cell) -> bool:
        i = bisect.bisect_right(starts, cell[1]) - 1
        return i >= 0 and names[i][1] > cell[0]

    width = max(len(row) for row in rows)
    offsets = wrapped_offsets(rows)
    for column in range(width):
        cells = [row[column - offset] for row, offset in zip(rows[1:], offsets, strict=True)
                 if 0 <= column - offset < len(row) and row[column - offset][2].strip()]
        hits = [cell for cell in cells if named(cell)]
        if len(hits) < 2 or 2 * len(hits) < len(cells):
            continue
        for cell in cells:
            value = cell[2]
            core = value.strip()
            if cell in hits or not _NAME_SHAPED_CELL.fullmatch(read_as_shown(core)):
                continue
            lead = len(value) - len(value.lstrip())
            yield Finding(cell[0] + lead, cell[0] + lead + len(core), Kind.NAME, "column")


def _header_index(rows: list[list[Cell]]) -> int:
    """Which of the first rows is the header: of those with two cells or more, the first that names the
    most identifier columns (two or more) (a spreadsheet's title row and a merged group row, "Wave 2 test data" over
    "Supply / Metering / Contact", come before it); else the first of two cells or more."""
    best, best_named = None, 0
    for i, row in enumerate(rows[:_TITLE_ROWS]):
        if len(row) < 2:
            continue
        if best is None:
            best = i
        named = sum(1 for _s, _e, value in row if _names_a_column(value) and classify(value) is not None)
        if named > max(best_named, 1):  # (one is a register export's kind cell, "TD-902,mprn,…")
            best, best_named = i, named
    return best or 0


def time_cells(rows: list[list[Cell]]) -> list[tuple[int, int]]:
    """The cells under a header that names a time ("timeStamp", "created_at"), as spans."""
    rows = rows[_header_index(rows):]
    if len(rows) < 2:
        return []
    columns = {i for i, (_s, _e, value) in enumerate(rows[0]) if value.strip() and is_time_key(value.strip().strip("\"'"))}
    return [(row[i][0], row[i][1]) for row in rows[1:] for i in sorted(columns) if i < len(row)]


def header_row(rows: list[list[Cell]]) -> tuple[int, int] | None:
    """Where a table's header row runs (see :func:`_header_index`), when each of its cells names a
    column; or None."""
    if not any(len(row) >= 2 for row in rows[:_TITLE_ROWS]):
        return None
    row = rows[_header_index(rows)]
    if not all(_names_a_column(value) or not value.strip() for _s, _e, value in row):
        return None
    return row[0][0], row[-1][1]


def _transposed_rows(rows: list[list[Cell]]) -> Iterator[Finding]:
    """A sheet turned on its side ("field,case 1,case 2" / "mpan_core,…" / "customer,…"): its first column names
    what each row holds, three rows or more and a third of them naming an identifier; each row's other cells are
    values of that kind."""
    named = [(row, classify(row[0][2].strip().strip("\"'"))) for row in rows[1:]
             if len(row) >= 2 and _names_a_column(row[0][2])]
    kinds = [(row, kind) for row, kind in named if kind is not None]
    if len(kinds) < 3 or 3 * len(kinds) < len(rows) - 1:
        return
    for row, kind in kinds:
        for start, end, value in row[1:]:
            if worth_masking(value, kind):
                yield Finding(start, end, _refine(kind, value), "column")


def _csv_kind_value_rows(rows: list[list[Cell]]) -> Iterator[Finding]:
    """``ref,kind,value`` / ``TD-0604,mprn,2874189747``: the value of each row whose kind cell names an
    identifier, as JSON's ``{"key": "MPRN", "value": …}`` objects are read."""
    header = [re.sub(r"[^a-z]", "", value.lower()) for _s, _e, value in rows[0]]
    kind_column = next((i for i, name in enumerate(header) if name in _KIND_COLUMNS), None)
    value_column = next((i for i, name in enumerate(header) if name in _VALUE_COLUMNS), None)
    if kind_column is None or value_column is None:
        return
    for row in rows[1:]:
        if max(kind_column, value_column) >= len(row):
            continue
        kind = classify(row[kind_column][2].strip()) if _names_a_column(row[kind_column][2]) else None
        start, end, value = row[value_column]
        if kind is not None and worth_masking(value, kind):
            yield Finding(start, end, _refine(kind, value), "column")


# A file of records, each opening with its record type ("A00" header, "M03", "J10", ..., "Z99" trailer), as
# gas industry files (UK Link) are written: no header row to name the columns, so a field is judged by its
# shape alone. A supply point reference (MPRN) is 6 to 10 digits; a meter's serial mixes letters and digits.
_RECORD_CODE = re.compile(r"[A-Z][0-9]{2}")
# a street in a record's field, its house number perhaps before it, and a town (words only) after it
_RECORD_STREET = re.compile(rf"(?:\d{{1,4}}[A-Za-z]?[ ]+)?(?:[A-Za-z'’\-]+[ ]+){{1,3}}(?i:{STREET_TYPES})")
_RECORD_TOWN = re.compile(r"[A-Za-z'’\-]{3,}(?:[ ][A-Za-z'’\-]+){0,2}")
_RECORD_FRAME = frozenset({"A00", "Z99"})  # a file's header (its name, sender, date) and trailer (a count)
_RECORD_MPRN = re.compile(r"[1-9][0-9]{5,9}")
_RECORD_TIME = re.compile(r"(?:[01][0-9]|2[0-3])[0-5][0-9][0-5][0-9]")


def is_record_file(rows: list[list[Cell]]) -> bool:
    """Most rows open with a record type, and the file has several."""
    coded = sum(1 for row in rows if row and _RECORD_CODE.fullmatch(row[0][2].strip()))
    return coded >= 2 and coded * 10 >= len(rows) * 8


def record_findings(rows: list[list[Cell]]) -> Iterator[Finding]:
    """In a record file's data records: every field shaped as an MPRN, an MPAN core, a meter's serial or a
    device id (the header and trailer hold the file's own name and counts)."""
    for row in rows:
        if not row or row[0][2].strip() in _RECORD_FRAME:
            continue
        previous = ""
        after_street = False
        for start, end, raw in row[1:]:
            value = read_as_shown(raw).strip()  # as a reader sees it: "32\u200cG311064A" is one serial
            kind = None
            if _RECORD_STREET.fullmatch(value) or (after_street and _RECORD_TOWN.fullmatch(value)):
                kind = Kind.ADDRESS  # an address record's street and the town after it ("WHEATSHEAF DRIVE,HEXWORTHY")
            elif _RECORD_MPRN.fullmatch(value):
                if not (len(value) == 8 and COMPACT_DATE.fullmatch(value)) and not (
                        len(value) == 6 and _RECORD_TIME.fullmatch(value) and COMPACT_DATE.fullmatch(previous)):
                    kind = Kind.MPRN  # not a date, nor the time after one
            elif re.fullmatch(r"\d{13}|\d{21}", value):
                kind = Kind.MPAN
            elif _EUI64_FIELD.fullmatch(value):
                kind = Kind.DEVICE
            elif serial_shaped(value):
                kind = Kind.MSN
            if kind is not None:
                yield Finding(start, end, kind, "field")
            after_street = bool(_RECORD_STREET.fullmatch(value))
            previous = value


def csv_shape(text: str, delimiter: str) -> list[int]:
    """Cells per row. The csv module refuses a cell longer than its field limit (131,072 characters) with
    an error that is no fault of redaction's: such text is measured with :func:`split_cells` instead."""
    try:
        return [len(row) for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
    except csv.Error:
        return [len(row) for row in split_cells(text, delimiter)]


# Electricity data flows (D0150, D0010, ...): a record starts with its group id. The MPAN core is
# data item J0003 in group 026 and the meter id (serial number) J0004 in group 028.
_FLOW_GROUPS: dict[str, dict[int, Kind]] = {"026": {1: Kind.MPAN}, "028": {1: Kind.MSN}, "288": {1: Kind.MPAN}}
# groups whose first field holds the meter's serial in some flows and a code or a count in others (D0149's and
# D0150's meter and register groups, as systems write them): masked when it is shaped as a serial
_FLOW_SERIAL_GROUPS = frozenset({"289", "290"})
# ...and a group that holds the serial in one flow (D0010's 028) and a half-hour's number in another (D0036's and
# D0275's "028|01|857.832|A|": settlement period 1 to 50)
_SETTLEMENT_PERIOD = re.compile(r"\d{1,2}")
_HALF_HOURLY = re.compile(r"^ZHV\|[^|\n]*\|D0(?:036|275|379|380)", re.MULTILINE)  # (its header names the flow)
_FLOW_SERIAL = re.compile(r"(?=[A-Za-z0-9]*\d)(?:(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{6,16}|\d{7,16})")
_FLOW_HEADER = re.compile(r"^ZHV\|", re.MULTILINE)


def is_data_flow(text: str) -> bool:
    return bool(_FLOW_HEADER.search(text[:2000]))


def flow_findings(text: str) -> Iterator[Finding]:
    half_hourly = _HALF_HOURLY.search(text[:2000]) is not None
    for row in split_cells(text, "|"):
        if not row:
            continue
        rules = _FLOW_GROUPS.get(row[0][2].strip())
        for index, kind in (rules or {}).items():
            if index < len(row) and worth_masking(row[index][2]) \
                    and not (half_hourly and kind is Kind.MSN and _SETTLEMENT_PERIOD.fullmatch(row[index][2].strip())):
                yield Finding(row[index][0], row[index][1], kind, "field")
        if row[0][2].strip() in _FLOW_SERIAL_GROUPS and len(row) > 1 and _FLOW_SERIAL.fullmatch(row[1][2].strip()) \
                and not COMPACT_DATE.fullmatch(row[1][2].strip()):  # D0150's "289|20261101|": a date
            yield Finding(row[1][0], row[1][1], Kind.MSN, "field")
        # (a note's line of cells set apart by bars, "-- ref TC-3855 | D0086 | … | 1764598119095 |", is no record: its
        # thirteen digits are a time's or an EAN's; a quoted or numbered record is one, "> 026|…", "3: 026|…")
        record = bool(_FLOW_GROUP_ID.search(row[0][2]))
        # (a file's header or trailer, "ZHV", "ZPT", counts its records and numbers its batch: thirteen digits there
        # are an MPAN's only with its check digit right)
        framing = row[0][2].strip().upper() in ("ZHV", "ZPT", "ZHD", "ZTR")
        for start, end, value in row[1:]:  # a 13-digit field is an MPAN core, check digit or not
            if record and re.fullmatch(r"\d{13}", value.strip()) and (not framing or is_valid_mpan_core(value.strip())):
                yield Finding(start, end, Kind.MPAN, "field")
            elif _EUI64_FIELD.fullmatch(value.strip()):  # 16 hex digits, no separators: a device's id
                yield Finding(start, end, Kind.DEVICE, "field")
        yield from _flow_address(row)
        yield from _flow_name(row)


# a flow record's group id, its first field: "026", "28A", "ZHV", "S01"
_FLOW_GROUP_ID = re.compile(r"(?:^|[\s>:])[0-9A-Za-z]{2,4}[ \t]*$")


# A flow's customer details in fields of their own (D0302's "3AC||167|Churchill Way||Basingstoke|RG21 6EE|",
# "3AB|Mr|Grzegorz|Wiśniewski|"): no label, no commas, but a postcode ends the address and a title
# starts the name.
_EUI64_FIELD = re.compile(r"(?=[0-9A-Fa-f]*[A-Fa-f])(?=[0-9A-Fa-f]*\d)[0-9A-Fa-f]{16}")
_FLOW_POSTCODE = re.compile(r"[A-Za-z]{1,2}\d[A-Za-z\d]?[ \t]*\d[A-Za-z]{2}")
_FLOW_ADDRESS_PART = re.compile(r"\d{1,4}[A-Za-z]?|(?i:flat|apartment|apt|unit|suite)[ \t]*\S{1,8}|\d{1,4}[/\-]\d{1,4}"
                                r"|[^\W\d_][^\W\d_'’\-. ]*(?:['’\-. ]+[^\W\d_]+){0,5}\.?")
_FLOW_TITLE = re.compile(r"(?i:mr|mrs|ms|miss|mx|dr|prof|rev|sir|lady)\.?")
_FLOW_NAME_PART = re.compile(r"[^\W\d_](?:[^\W\d_]|['’\-. ](?=[^\W\d_]))*")


def _flow_address(row: list[tuple[int, int, str]]) -> Iterator[Finding]:
    """The non-empty fields before a postcode field, back to the first that is no part of an address
    (never the record's group id)."""
    for i, (_start, _end, value) in enumerate(row):
        if i == 0 or not _FLOW_POSTCODE.fullmatch(value.strip()):
            continue
        for start, end, part in reversed(row[1:i]):
            if not part.strip():
                continue
            if not _FLOW_ADDRESS_PART.fullmatch(part.strip()):
                break
            yield Finding(start, end, Kind.ADDRESS, "field")


def _flow_name(row: list[tuple[int, int, str]]) -> Iterator[Finding]:
    """The one to three fields of words after a field that is a title."""
    for i, (_start, _end, value) in enumerate(row):
        if i == 0 or not _FLOW_TITLE.fullmatch(value.strip()):
            continue
        for start, end, part in row[i + 1:i + 4]:
            if not _FLOW_NAME_PART.fullmatch(part.strip()):
                break
            yield Finding(start, end, Kind.NAME, "field")
