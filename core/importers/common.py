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


# Byte-order marks of the encodings a file is most often saved in by mistake (Excel's "Unicode text",
# Notepad's "Unicode"), longest first: a UTF-32 LE mark begins with the UTF-16 LE one.
_BOMS = ((b"\x00\x00\xfe\xff", "UTF-32"), (b"\xff\xfe\x00\x00", "UTF-32"), (b"\xfe\xff", "UTF-16"),
         (b"\xff\xfe", "UTF-16"))
_SAVE_AS = "expected UTF-8: save it as UTF-8 (in Excel, 'CSV UTF-8')"


def decode_utf8(path: Path, data: bytes) -> str:
    """UTF-8 with or without a BOM; anything else is refused naming the encoding it looks like, or the
    line and column of the first byte that is not UTF-8 (never the text around it: it may be an MPAN)."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            raise InputError(str(path), f"the file is {name} encoded; {_SAVE_AS}", line=1)
    wide = _wide_encoding(data)
    if wide:
        raise InputError(str(path), f"the file is {wide} encoded (no byte-order mark); {_SAVE_AS}", line=1)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        start = data.rfind(b"\n", 0, error.start) + 1
        line = data[: error.start].count(b"\n") + 1
        column = len(data[start:error.start].decode("utf-8", errors="replace")) + 1
        bad = data[error.start:error.start + 3]  # ED A0..BF 80..BF: a surrogate encoded as if it were a character
        what = (f"bytes {bad.hex(' ').upper()} in column {column} encode a lone surrogate, which UTF-8 does not allow"
                if len(bad) == 3 and bad[0] == 0xED and 0xA0 <= bad[1] <= 0xBF and 0x80 <= bad[2] <= 0xBF
                else f"byte 0x{data[error.start]:02x} in column {column}")
        raise InputError(str(path), f"not valid UTF-8 ({what}); expected UTF-8 text: save the file as UTF-8",
                         line=line) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _wide_encoding(data: bytes) -> str | None:
    """"UTF-16" or "UTF-32" for text saved in one of them without a byte-order mark, told by where its NUL
    bytes fall (ASCII text in UTF-16 LE has a NUL after every letter), else None."""
    sample = data[:512]
    if sample.count(0) < len(sample) // 4 or len(sample) < 4:
        return None
    zeros = [sum(1 for i in range(r, len(sample), 4) if sample[i] == 0) for r in range(4)]
    quarter = len(sample) // 4
    if min(zeros[1:]) >= quarter * 0.8 and zeros[0] < quarter * 0.5 or \
            min(zeros[:3]) >= quarter * 0.8 and zeros[3] < quarter * 0.5:
        return "UTF-32"
    odd, even = zeros[1] + zeros[3], zeros[0] + zeros[2]
    if odd >= quarter * 1.6 and even < quarter * 0.5 or even >= quarter * 1.6 and odd < quarter * 0.5:
        return "UTF-16"
    return None


# Characters a test case file has no business holding, and that YAML itself refuses: C0 controls other than
# tab and line breaks, DEL and the C1 controls (U+0085 included: YAML would read it as a line break, and every
# line number after it would be off by one), lone surrogates (which only a \ud800 escape can make) and the
# non-characters U+FFFE and U+FFFF. Each is invisible or shown as a box, so a message names it by code point.
_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def character_name(char: str) -> str:
    """"a control character (U+0007)": what a message calls a character it must not print."""
    code = ord(char)
    kind = ("a NUL character" if code == 0 else "a lone surrogate" if 0xD800 <= code <= 0xDFFF
            else "a non-character" if code in (0xFFFE, 0xFFFF) else "a control character")
    return f"{kind} (U+{code:04X})"


def bad_character(text: str) -> re.Match[str] | None:
    """The first character of ``text`` that :data:`_NOT_TEXT` refuses, if any."""
    return _NOT_TEXT.search(text)


def check_characters(path: Path, text: str, where: str) -> None:
    """Refuse a control character, lone surrogate or non-character, naming its line and column and its code
    point (``where``: "YAML", "a test case CSV"). Checked before parsing: YAML's own complaint gives a byte
    position, and a CSV cell would carry the character into titles printed on a terminal."""
    found = bad_character(text)
    if found is None:
        return
    line, column = line_and_column(text, found.start())
    raise InputError(str(path), f"{character_name(found.group())} at column {column} is not allowed in {where}; "
                     "remove it", line=line)


def line_and_column(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of ``text[index]``, counting only ``\\n`` as a line break, as an editor does."""
    index = max(0, min(index, len(text)))
    start = text.rfind("\n", 0, index) + 1
    return text.count("\n", 0, index) + 1, index - start + 1


def plain(value: object, limit: int = 30) -> str | None:
    """``value`` if a message may quote it: short, one line of printable text and no run of five or more
    digits (what an MPAN, a serial or an account number needs); else None. A message names a cell by its
    place; it quotes only what reads as a label ('Bug', 'Step 3'), never a cell that could hold an identifier."""
    text = str(value).strip()
    if not text or len(text) > limit or not text.isprintable() or re.search(r"\d{5}", text):
        return None
    return text


def mention(value: object, limit: int = 30) -> str:
    """A cell as a message names it: ``'Bug'`` if :func:`plain`, else its length only."""
    text = plain(value, limit)
    return f"'{text}'" if text is not None else f"(not shown: {len(str(value)):,} characters)"


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
                found = bad_character(event.value)  # made by an escape ("\\a", "\\e", "\\N", "\\ud800"): the
                if found is not None:  # text itself was checked before, and PyYAML's own loader lets a surrogate by
                    where = _mark_place(text, event.start_mark)
                    raise InputError(str(path), f"an escape in the value at column {where[1] if where else '?'} makes "
                                     f"{character_name(found.group())}, which is not allowed in YAML; remove it",
                                     line=where[0] if where else _line(event))
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
            if key not in sizes:  # seen, not finished: an ancestor, so an alias inside what it names
                raise InputError(str(path), "broken YAML: an alias used inside the list or mapping it names "
                                 "(anchored here); expected an alias to a value defined before it",
                                 line=node.start_mark.line + 1)
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
    """Parse YAML (safe subset) keeping line numbers; broken YAML names the line, the column and what was
    expected, in one line of plain words (:func:`yaml_error`). The file's characters are checked first
    (:func:`check_characters`), its events counted (values, nesting, value lengths) before it is composed,
    and the composed document's size checked (aliases, merge keys, what they expand to) before anything is
    built from it."""
    check_characters(path, text, "YAML")
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
    except yaml.YAMLError as error:
        raise yaml_error(path, text, error) from None
    except RecursionError:
        raise InputError(str(path), "the YAML is nested too deeply to be a test case") from None


# -- YAML's complaints, in a tester's words ----------------------------------------------------------------
# PyYAML and libyaml say what their grammar met ("did not find expected key", "while parsing a block
# mapping"), over two marks and sometimes two lines, and a ReaderError gives a byte position instead of a
# line. Each is told here as one line: where (the line and column where the parser stopped), what is wrong
# and what was expected, with where the enclosing construct started when that is elsewhere. Nothing of the
# file is quoted but a character or a tag name that reads as a label (a value may hold an MPAN).

# what the parser was inside of ("while parsing a flow sequence"), as a person would call it
_CONTEXTS = (("quoted scalar", "the quoted value"), ("block scalar", "the block of text ('|' or '>')"),
             ("flow sequence", "the '[' list"), ("flow mapping", "the '{' mapping"),
             ("block mapping", "the mapping"), ("block collection", "the list"), ("simple key", "the key"),
             ("plain scalar", "the value"), ("directive", "the directive"), ("anchor", "the anchor"),
             ("alias", "the alias"), ("tag", "the tag"), ("node", "the value"))

# (words in the problem, message): the first match wins; {context}, {context_at}, {char}, {tag} and {problem}
# are filled in by _translate
_PROBLEMS = (
    ("end of stream", "the file ends inside {context}; expected it to be closed"),
    ("did not find expected key", "this line's indentation does not match the keys above it; expected a key at "
                                  "the mapping's indentation"),
    ("did not find expected '-' indicator", "this line's indentation does not match the list above it; expected "
                                            "a list item ('- ') at the list's indentation"),
    ("expected ',' or ']'", "expected ',' or ']' to go on with or close {context}"),
    ("expected ',' or '}'", "expected ',' or '}' to go on with or close {context}"),
    ("node content", "expected a value here"),
    ("expected <document start>", "expected '---' before a new document"),
    ("expected <block end>", "this line's indentation does not line up with {context}; expected the indentation "
                             "of the lines above"),
    ("could not find expected ':'", "expected 'key: value' (a ':' and a space after the key)"),
    ("mapping values are not allowed", "a ':' where no key can start; expected a value holding ': ' in quotes, or "
                                       "the indentation of the lines above"),
    ("mapping keys are not allowed", "a '? ' key where none can start; expected 'key: value' at the mapping's "
                                     "indentation"),
    ("block sequence entries are not allowed", "a list item ('- ') where none can start; expected it at the "
                                               "indentation of the list it belongs to"),
    ("cannot start any token", "{char} cannot start a YAML value; put the value in quotes"),
    ("tab character", "a tab where YAML expects indentation; indent with spaces"),
    ("invalid Unicode character escape", "an escape (\\u…) that names a lone surrogate or no character; write "
                                         "the character itself"),
    ("unknown escape character", "a backslash escape YAML does not know in a double-quoted value; use single "
                                 "quotes, or write \\\\ for a backslash"),
    ("hexdecimal number", "a \\x, \\u or \\U escape without its hex digits; expected them"),
    ("hexadecimal number", "a \\x, \\u or \\U escape without its hex digits; expected them"),
    ("found undefined alias", "an alias (*name) with no anchor (&name) of that name before it; expected the "
                              "anchor first"),
    ("second occurrence", "an anchor (&name) already given at {context_at}; expected each anchor once"),
    ("found another document", "a second YAML document ('---'); expected one document per file"),
    ("could not determine a constructor for the tag", "{tag} is not allowed; expected plain values (remove "
                                                      "the tag)"),
    ("unhashable key", "a list or mapping used as a key; expected a plain key"),
    ("recursive node", "an alias used inside the list or mapping it names"),
    ("duplicate key", "{problem}; expected each key once"),
    ("unknown directive", "an unknown '%' directive; expected none, or %YAML 1.1"),
    ("incompatible YAML document", "a %YAML version this Attest does not read; expected %YAML 1.1 or none"),
    ("duplicate %YAML directive", "%YAML given twice; expected it once"),
    ("duplicate YAML directive", "%YAML given twice; expected it once"),
    ("expected alphabetic or numeric character", "an anchor, alias or tag name with a character it cannot hold; "
                                                 "expected letters, digits, '-' and '_'"),
)
_MAX_KEY = 1024  # YAML's longest implicit (unquoted) key: past it, the ':' after the key is "not allowed"


def yaml_error(path: Path, text: str, error: yaml.YAMLError) -> InputError:
    """``error`` as one line: ``f.yaml: line 4: broken YAML, column 7: <what>; expected <what>``."""
    if isinstance(error, yaml.reader.ReaderError):  # a character the reader refuses: named by code point
        index = text.find(chr(error.character)) if isinstance(error.character, int) else -1
        char = chr(error.character) if isinstance(error.character, int) else "\ufffd"
        line, column = line_and_column(text, index) if index >= 0 else (1, 0)
        at_column = f" at column {column}" if column else ""
        return InputError(str(path), f"{character_name(char)}{at_column} is not allowed in YAML; remove it",
                          line=line)
    if not isinstance(error, yaml.MarkedYAMLError):
        return InputError(str(path), f"broken YAML ({type(error).__name__}); expected a YAML test case file")
    mark = error.problem_mark or error.context_mark
    problem = " ".join((error.problem or "").split())
    context = " ".join((error.context or "").split())
    if "maximum nesting depth" in problem:  # libyaml's own bound (1,000), met while it scans ahead
        return _too_deep(path, _mark_line(text, mark))
    where = _mark_place(text, mark)
    context_where = _mark_place(text, error.context_mark) if error.context_mark is not None else None
    words = _translate(text, problem, context, mark, where, context_where)
    if where is None:
        return InputError(str(path), f"broken YAML: {words}")
    return InputError(str(path), f"broken YAML, column {where[1]}: {words}", line=where[0])


def _translate(text: str, problem: str, context: str, mark: Any, where: tuple[int, int] | None,
               context_where: tuple[int, int] | None) -> str:
    enclosing = next((name for key, name in _CONTEXTS if key in context), "the value")
    elsewhere = context_where is not None and context_where != where
    started = f" that starts at line {context_where[0]}, column {context_where[1]}" if elsewhere and context_where \
        else ""
    if ("mapping values are not allowed" in problem or "expected ':'" in problem) and where is not None \
            and where[1] > _MAX_KEY:
        return (f"a key of more than {_MAX_KEY:,} characters, YAML's limit for a key; expected a short key "
                "(or quote it)")
    if "duplicate anchor" in context:
        problem = "second occurrence"
    if "cannot start any token" in problem and _char_at(text, mark) == "a tab":
        problem = "tab character"
    template = next((message for key, message in _PROBLEMS if key in problem), None)
    if template is None:  # a complaint not listed above: its words, without anything it quotes from the file
        words = re.sub(r"'[^']*'|\"[^\"]*\"", "(…)", problem or context or "not valid YAML")
        return f"{words[:120]}{started}" if words else "not valid YAML"
    char = _char_at(text, mark)
    fills = {
        "context": f"{enclosing}{started}",
        "context_at": f"line {context_where[0]}, column {context_where[1]}" if context_where else "an earlier line",
        "char": char, "tag": _tag_named(problem), "problem": _own_problem(problem),
    }
    # by name, not str.format: the messages hold literal braces ("',' or '}'")
    return re.sub(r"\{(\w+)\}", lambda m: fills.get(m.group(1), m.group(0)), template)


def _char_at(text: str, mark: Any) -> str:
    """The character a "cannot start any token" complaint is about, named so a person can find it."""
    index = getattr(mark, "index", None)
    char = text[index] if isinstance(index, int) and 0 <= index < len(text) else ""
    if char == "\t":
        return "a tab"
    return f"'{char}'" if char and char.isprintable() and not char.isspace() else "this character"


def _tag_named(problem: str) -> str:
    """The tag of a "could not determine a constructor" complaint, as written (``the tag '!!python/object'``),
    if it reads as a tag name; else just "a tag" (a tag is free text, and may be anything)."""
    found = re.search(r"for the tag '([^']*)'", problem)
    tag = found.group(1) if found else ""
    tag = "!!" + tag[len("tag:yaml.org,2002:"):] if tag.startswith("tag:yaml.org,2002:") else tag
    return f"the tag '{tag}'" if re.fullmatch(r"[!A-Za-z][\w!:/.,-]{0,39}", tag) and plain(tag, 40) else "a tag"


def _own_problem(problem: str) -> str:
    """Our own constructor's complaints (a duplicate key), with the key cut to a label's length."""
    found = re.match(r"duplicate key '(.*)' \(first at line (\d+)\)$", problem)
    if not found:
        return problem[:120]
    key = plain(found.group(1), 40)
    shown_key = f"'{key}'" if key else "(not shown)"
    return f"duplicate key {shown_key} (first at line {found.group(2)})"


def _mark_place(text: str, mark: Any) -> tuple[int, int] | None:
    """1-based (line, column) of a YAML mark, counted in ``text`` from the mark's character index: libyaml
    counts U+2028 and U+2029 as line breaks, an editor does not."""
    if mark is None:
        return None
    index = getattr(mark, "index", None)
    if isinstance(index, int) and 0 <= index <= len(text):
        return line_and_column(text, index)
    return mark.line + 1, mark.column + 1


def _mark_line(text: str, mark: Any) -> int | None:
    place = _mark_place(text, mark)
    return place[0] if place else None


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
