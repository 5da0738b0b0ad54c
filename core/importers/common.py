"""Helpers shared by the importers: strict decoding, YAML with line numbers, text clean-up."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import yaml

from attest.core.errors import InputError
from attest.core.importers.limits import (
    MAX_CELL_CHARS,
    MAX_YAML_ALIASES,
    MAX_YAML_DEPTH,
    MAX_YAML_MERGES,
    MAX_YAML_NODES,
    MAX_YAML_TEXT_CHARS,
)


def decode_utf8(path: Path, data: bytes) -> str:
    """UTF-8 with or without a BOM; anything else is refused with the line and byte that failed."""
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        raise InputError(str(path), "the file is UTF-16 encoded; expected UTF-8 (save it as 'CSV UTF-8' or UTF-8 text)",
                         line=1)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise InputError(
            str(path),
            f"not valid UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start}); "
            "expected UTF-8 text: save the file as UTF-8",
            line=line,
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


# -- YAML with line numbers ------------------------------------------------------------------------

class LineDict(dict[str, Any]):
    """A YAML mapping that remembers where it and each of its keys started (1-based lines)."""

    line: int = 0
    key_lines: dict[str, int]


class LineList(list[Any]):
    line: int = 0
    item_lines: list[int]


class _LineLoader(yaml.SafeLoader):
    """Safe YAML where every plain scalar stays the text it was written as.

    Test cases are text: YAML 1.1's guessing would turn ``mpan: 012345`` into 5349, ``2024-04-01``
    into a date object and ``flag: yes`` into ``True``, changing payloads behind the tester's back.
    """


_LineLoader.yaml_implicit_resolvers = {}


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> LineDict:
    loader.flatten_mapping(node)
    mapping = LineDict()
    mapping.line = node.start_mark.line + 1
    mapping.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, (str, int, float, bool)) and key is not None:
            raise yaml.constructor.ConstructorError(
                "while constructing a mapping", node.start_mark, "found an unhashable key", key_node.start_mark
            )
        key = str(key)
        if key in mapping:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key '{key}' (first at line {mapping.key_lines[key]})", key_node.start_mark
            )
        mapping[key] = loader.construct_object(value_node, deep=True)
        mapping.key_lines[key] = key_node.start_mark.line + 1
    return mapping


def _construct_sequence(loader: _LineLoader, node: yaml.SequenceNode) -> LineList:
    items = LineList(loader.construct_object(child, deep=True) for child in node.value)
    items.line = node.start_mark.line + 1
    items.item_lines = [child.start_mark.line + 1 for child in node.value]
    return items


def _construct_text(loader: _LineLoader, node: yaml.Node) -> Any:
    """Explicitly tagged values (``!!binary``, ``!!timestamp``, ``!!int``) are kept as written too."""
    if isinstance(node, yaml.MappingNode):  # !!set {a, b}, !!omap: the keys, in order
        return LineList(str(loader.construct_object(k, deep=True)) for k, _ in node.value)
    if isinstance(node, yaml.SequenceNode):  # !!pairs
        return _construct_sequence(loader, node)
    return str(node.value)


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)
for _tag in ("binary", "timestamp", "int", "float", "bool", "null", "set", "omap", "pairs", "str", "value",
             "merge"):
    _LineLoader.add_constructor(f"tag:yaml.org,2002:{_tag}", _construct_text)


# Bounds on what a YAML file may make of itself (see ``limits``): anchors and aliases let a few hundred bytes
# stand for a billion values ("billion laughs"), merge keys copy mappings into mappings, and a value written
# once may be repeated through aliases into gigabytes of text.
if getattr(yaml, "__with_libyaml__", False):
    class _FastLineLoader(yaml.CSafeLoader):
        """The same loader over libyaml's parser and composer, about five times faster than PyYAML's own:
        what keeps a file at the limits to a second or two. libyaml's composer recurses in C, so a file's
        nesting is measured (:func:`_measure`) before it is composed."""

    _FastLineLoader.yaml_implicit_resolvers = {}
    _FastLineLoader.yaml_constructors = dict(_LineLoader.yaml_constructors)
    _Loader: type = _FastLineLoader
else:  # a PyYAML built without libyaml: correct, slower
    _Loader = _LineLoader


def _measure(path: Path, text: str) -> int:
    """Count the file's values, nesting and value lengths from its event stream, before anything is
    composed: refused at the first event past a limit, so a file of millions of values or a thousand
    nested brackets costs a fraction of a second, and the (recursive) composer never sees it. Returns
    the number of aliases: without any, the document is no larger than its events."""
    loader = _Loader(text)
    nodes = depth = aliases = 0
    try:
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                depth += 1
                if depth > MAX_YAML_DEPTH:
                    raise _too_deep(path, _line(event))
            elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
                depth -= 1
                continue
            elif isinstance(event, yaml.ScalarEvent):
                if len(event.value) > MAX_CELL_CHARS:
                    raise InputError(str(path), f"a value of {len(event.value):,} characters, more than the "
                                     f"{MAX_CELL_CHARS:,} limit", line=_line(event))
            elif isinstance(event, yaml.AliasEvent):
                aliases += 1
            else:
                continue
            nodes += 1
            if nodes > MAX_YAML_NODES:
                raise InputError(str(path), f"more than {MAX_YAML_NODES:,} values, the limit for one file; split it",
                                 line=_line(event))
    finally:
        loader.dispose()
    return aliases


def _too_deep(path: Path, line: int | None) -> InputError:
    return InputError(str(path), f"lists and mappings nested too deeply (more than {MAX_YAML_DEPTH} levels, the "
                      "limit; a test case file needs about 6)", line=line)


def _line(event: yaml.Event) -> int | None:
    mark = event.start_mark
    return mark.line + 1 if mark is not None else None


def _check_bounds(path: Path, root: yaml.Node) -> None:
    """Count aliases (a node met again), merge keys, and the values and characters the document expands
    to, without expanding it: each node's expanded size is worked out once, however often it is referred
    to."""
    seen: set[int] = set()
    sizes: dict[int, tuple[int, int]] = {}  # id(node) -> (values, characters) it stands for
    aliases = merges = 0
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        key = id(node)
        if done:
            children: list[yaml.Node] = ([n for pair in node.value for n in pair] if isinstance(node, yaml.MappingNode)
                                         else list(node.value) if isinstance(node, yaml.SequenceNode) else [])
            own = len(node.value) if isinstance(node, yaml.ScalarNode) else 0
            values = 1 + sum(sizes[id(c)][0] for c in children)
            chars = own + sum(sizes[id(c)][1] for c in children)
            sizes[key] = (values, chars)
            bomb = " (an alias bomb?)" if aliases else ""
            if values > MAX_YAML_NODES:
                raise InputError(str(path), f"the YAML stands for more than {MAX_YAML_NODES:,} values once its "
                                            f"aliases are followed, the limit{bomb}", line=node.start_mark.line + 1)
            if chars > MAX_YAML_TEXT_CHARS:
                raise InputError(str(path), f"the YAML stands for more than {MAX_YAML_TEXT_CHARS:,} characters once "
                                            f"its aliases are followed, the limit{bomb}", line=node.start_mark.line + 1)
            continue
        if key in seen:
            aliases += 1
            if aliases > MAX_YAML_ALIASES:
                raise InputError(str(path), f"more than {MAX_YAML_ALIASES} aliases (*name); a test case file needs "
                                            "far fewer", line=node.start_mark.line + 1)
            continue
        seen.add(key)
        stack.append((node, True))
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                if k.tag == "tag:yaml.org,2002:merge":
                    merges += 1
                    if merges > MAX_YAML_MERGES:
                        raise InputError(str(path), f"more than {MAX_YAML_MERGES} merge keys (<<); a test case "
                                                    "file needs far fewer", line=k.start_mark.line + 1)
                stack.extend([(v, False), (k, False)])
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((child, False) for child in reversed(node.value))


def load_yaml(path: Path, text: str) -> Any:
    """Parse YAML (safe subset) keeping line numbers; broken YAML names the line and the problem. The
    file's events are counted (values, nesting, value lengths) before it is composed, and the composed
    document's size checked (aliases, merge keys, what they expand to) before anything is built from it."""
    try:
        aliases = _measure(path, text)
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
            if node is None:
                return None
            if aliases:  # only an alias makes the document larger than what _measure counted
                _check_bounds(path, node)
            return loader.construct_document(node)
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        column = f", column {mark.column + 1}" if mark else ""
        problem = error.problem or error.context or "invalid YAML"
        if "maximum nesting depth" in problem:  # libyaml's own bound (1,000), met while it scans ahead
            raise _too_deep(path, line) from None
        raise InputError(str(path), f"broken YAML{column}: {problem}", line=line) from None
    except yaml.YAMLError as error:
        raise InputError(str(path), f"broken YAML: {error}") from None
    except RecursionError:
        raise InputError(str(path), "the YAML is nested too deeply to be a test case") from None


def line_of(container: Any, key: str | int | None = None) -> int | None:
    """Best-known line of a key in a mapping, an item in a list, or the container itself."""
    if isinstance(container, LineDict):
        if isinstance(key, str) and key in container.key_lines:
            return container.key_lines[key]
        return container.line or None
    if isinstance(container, LineList):
        if isinstance(key, int) and 0 <= key < len(container.item_lines):
            return container.item_lines[key]
        return container.line or None
    return None


# -- text clean-up ---------------------------------------------------------------------------------

class _TextExtractor(HTMLParser):
    _BREAKS = {"br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._BREAKS:
            self.parts.append("\n")
        if tag == "li":
            self.parts.append("- ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._BREAKS and tag != "li":  # list items start a line; ending one adds no blank line
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


# [^<>]: a tag ends before the next "<", so each "<div" is followed only to there (with [^>], 25,000 "<div"
# without a ">" cost 25,000 scans to the end of the cell: four seconds)
_HTML_HINT = re.compile(r"<\s*(div|p|br|span|b|i|u|ol|ul|li|strong|em)\b[^<>]*>", re.IGNORECASE)


_HTML_TAGS = ("html|body|head|meta|title|o:p|div|p|br|span|b|i|u|ol|ul|li|strong|em|table|tbody|thead|tr|td|th|font|a|img|hr|h[1-6]|pre|code|"
              "sup|sub|s|strike|blockquote|col|colgroup|caption|label|section|article|header|footer|small|big|tt")
_NOT_A_TAG = re.compile(rf"<(?!/?(?:{_HTML_TAGS})\b[^<>]*>)", re.IGNORECASE)


def html_to_text(text: str) -> str:
    """ADO stores step text as HTML (``<DIV><P>Send IF-031</P></DIV>``); testers want the words.

    Angle brackets that are not HTML tags (``Send <MPAN> to the DIP``) are placeholders and stay.
    """
    if not _HTML_HINT.search(text):
        return html.unescape(text) if "&" in text and ";" in text else text
    parser = _TextExtractor()
    parser.feed(_NOT_A_TAG.sub("&lt;", text))
    parser.close()
    return tidy("".join(parser.parts))


def tidy(text: str) -> str:
    """Trim each line, collapse runs of blank lines, strip the ends."""
    lines = [line.rstrip() for line in text.replace("\xa0", " ").split("\n")]
    out: list[str] = []
    for line in lines:
        if not line.strip() and (not out or not out[-1].strip()):
            continue
        out.append(line.strip() if not line.startswith("  ") else line)
    return "\n".join(out).strip()


# A test case reference such as FM_TS_1_TC_01, SIT-E2E-014, IF-031_TC05: letters and digits joined
# by _ or -, with at least one digit, at the start of a title and followed by a separator. A single
# word with a digit ("SMETS2 install", "P272 read") is a product or flow name, not a reference.
_REFERENCE = re.compile(
    r"^\s*\[?(?P<ref>(?=[A-Za-z0-9_.-]*\d)[A-Za-z][A-Za-z0-9]*(?:[_.-][A-Za-z0-9]+)*)\]?"
    r"(?:\s*[-–—:|]\s*|\s+)(?P<rest>\S.*)$",
    re.DOTALL,
)


def split_reference(title: str) -> tuple[str | None, str]:
    """``"FM_TS_1_TC_01 - Forward migration"`` -> ``("FM_TS_1_TC_01", "Forward migration")``."""
    match = _REFERENCE.match(title)
    if not match:
        return None, title.strip()
    ref = match.group("ref")
    if not re.search(r"[_-]", ref):
        return None, title.strip()
    return ref, match.group("rest").strip()


def as_text(value: Any) -> str:
    """Render a scalar or a list from YAML as display text."""
    if value is None:
        return ""
    if isinstance(value, list):
        return "\n".join(f"- {as_text(item)}" if not isinstance(item, dict) else f"- {describe(item)}"
                         for item in value)
    if isinstance(value, dict):
        return describe(value)
    return str(value).strip()


def describe(value: Any) -> str:
    """Compact one-line rendering of a parameter mapping: ``key=value, key=[a, b]``."""
    if isinstance(value, dict):
        return ", ".join(f"{k}={describe(v)}" for k, v in value.items())
    if isinstance(value, list):
        return "[" + ", ".join(describe(v) for v in value) + "]"
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


# Column names a source uses to flag the steps that need test evidence (seed 001: "we highlight what
# steps will require test evidence"), compared in lower case.
EVIDENCE_COLUMNS = ("evidence required", "test evidence required", "evidence req", "evidence", "screenshot required")
_YES = {"yes", "y", "true", "x", "1", "required", "mandatory", "✓", "✔"}


def evidence_flag(value: Any) -> bool:
    """Whether a cell or value says the step needs evidence ("Yes", "Y", "x", "Required", true)."""
    if isinstance(value, bool):
        return value
    return as_text(value).strip().lower() in _YES
