"""Redacting text evidence: payloads (JSON, XML), CSV exports, data flows, logs and free text.

Every detector reports spans in the original text; the spans are merged and replaced in place, so a
redacted file keeps its layout and format. Then two checks fail closed:
- the result must parse to the same shape as the input (same keys and nesting, same elements, same
  rows and columns), else :class:`RedactionError`;
- the result is scanned again with every detector; anything still found is masked too, and if a
  second pass still finds something the item is refused rather than stored half-redacted.
"""

from __future__ import annotations

import bisect
import time
import html
import dataclasses
import collections
import itertools
import re
from urllib.parse import unquote
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from . import structured
from .canonical import (Canonical, Edit, canonical, looks_like_html, map_findings, only_joins, plain_separators,
                        read_as_shown)
from .encoded import dump_offsets, find_blocks, find_encoded
from .address_parts import box_towns
from .bare_numbers import COMPACT_DATE, EPOCH_SECONDS, FILE_TYPE_AFTER, find_numbers_beside, find_record_numbers
from .copybook import copybook_findings
from .findings import DIGITS_ONLY, SHAPED_NUMBERS, Finding, Kind, Namer, Replacement, apply, normalise
from .gcpause import collector_paused
from .meter_values import find_meter_values
from .code_values import find_code_values
from .custom_labels import find_custom_labelled
from .label_typos import corrected_view
from .bencode_view import bencode_view
from .predicate_values import find_predicate_values
from .test_ids import find_test_ids
from .path_parts import find_path_parts, find_profile_logins, find_test_id_parts, path_spans, paths
from .mixed_columns import find_mixed_columns
from .headerless import (find_column_mates, find_embedded_extracts, find_headerless_numbers, find_json_columns,
                         find_run_on_postcodes, record_types_apart)
from .hl7 import hl7_findings, is_hl7
from .line_labels import NOT_A_PERSON, a_sentence
from .patterns import (OCR_DIGITS, after_a_time_word, find_all, find_phones, find_titled_names, in_a_message_id,
                       outside_times, placeholder)
from .fields import classify
from .contact_names import names_beside_contacts, names_spelt_by_emails, names_standing_alone
from .names import (COMMON_PARTICLES, ESCAPES, GAELIC_ARTICLE, NAME_ENDS, SURNAME_PARTICLES, find_forenames_after, names_a_person, find_known_names, find_mailbox_names, find_listed_surnames, find_name_parts, find_residents, is_listed_surname, is_plain_forename,
                    find_surnamed_names, is_english_word_name, is_listed_forename, is_listed_surname, key, listed_surname, name_lists,
                    pair_surnames)
from .nearby import Near
from .propagate import find_fragments, find_recurring, found_values
from .spoken import find_spoken
from .sql_rows import find_sql_rows
from .bound_values import find_bound_values
from .customer_values import find_accounts_after_names, find_letter_references, find_positional_accounts
from .in_lists import find_in_list_values
from .record_rows import find_report_accounts, find_row_accounts
from .repl_values import MARKERS as REPL_MARKERS
from .repl_values import find_repl_values
from .split_messages import find_split_numbers
from .vcard import find_card_fields
from .qif import is_ofx, is_qif, ofx_findings, qif_findings
from .x12 import is_x12, x12_findings
from .edifact import edifact_findings, is_edifact, within_segments
from .shapes import (NOT_A_TOWN, PERSON_SIZED, STATUS_WORDS, STREET_BARE, STREET_TYPES, TOWN_WORDS, find_devices_across_breaks,
                     find_devices_loose,
                     find_serials_across_breaks)
from .tables import find_expanded_records, find_html_table_cells, find_table_cells
from .register import RegisterMatcher
from .textview import TextView, find_every

BOM = "\ufeff"


class RedactionError(Exception):
    """Redaction could not produce a safe, well-formed result; the item must not be stored."""


@dataclass
class TextRedaction:
    text: str
    format: str  # "json", "xml", "csv", "flow" or "text"
    replacements: list[Replacement] = field(default_factory=list)
    # the values masked (normalised, with their kind): kept in memory only, for the run's other items
    values: dict[str, Kind] = field(default_factory=dict, repr=False)

    @property
    def changed(self) -> bool:
        return bool(self.replacements)


_SQL_OPENING = re.compile(r"(?:--[^\n]*\n\s*)*(?i:insert|update|select|delete|create|alter|begin|with|set|use)\b")


_SUBSTITUTION = re.compile(r"(?<![\w/])(?:%|\d+,\d+|'<,'>)?s/[^/\n]{1,200}/[^/\n]{0,200}/[gicIe]{0,4}(?![\w/])")
_CARET_BREAKS = re.compile(r"(?:\^M)?\^J|\^M(?!\^J)")


def detect_format(text: str, name: str = "") -> str:
    lowered = name.lower()
    stripped = text.lstrip(BOM + " \t\r\n")
    if stripped[:1] in "{[" and structured.jsonscan.scan(text.lstrip(BOM)) is not None:
        return "json"
    if stripped[:1] in "/#" and (bare := structured.without_line_comments(text.lstrip(BOM))).lstrip()[:1] in "{[" \
            and structured.jsonscan.scan(bare) is not None:
        return "json"  # (a JSON document under a tester's comment lines)
    if stripped[:1] == "{" and structured.jsonl_findings(text.lstrip(BOM)) is not None:
        return "jsonl"
    if stripped.startswith("<") and structured.xml_shape(text.lstrip(BOM)) is not None:
        return "xml"
    if structured.is_data_flow(stripped):
        return "flow"
    # (an SQL script's or an EDIFACT message's commas and pluses are its syntax, not a table's delimiters)
    # (nor a registry export's, whose binary values are hex pairs with commas, nor a program's source: "= { 0x31, …")
    if lowered.endswith((".csv", ".tsv")) or (not lowered.endswith((".log", ".txt", ".md", ".html", ".htm", ".yaml",
                                                                    ".yml", ".sql", ".edi", ".edifact", ".reg", ".c",
                                                                    ".h", ".cpp", ".cs", ".java", ".py", ".js", ".ts",
                                                                    ".go", ".rs", ".kt"))
                                              and not stripped.startswith(("Windows Registry Editor", "REGEDIT4"))
                                              and not _REGISTRY_VALUE.search(stripped, 0, 20000)
                                              and not _SQL_OPENING.match(stripped)
                                               and structured.sniff_delimiter(text) in (",", "\t", ";")) \
            or (lowered.endswith(".txt") and _looks_like_records(stripped)) \
            or (lowered.endswith((".log", ".txt")) and _headed_table(stripped)):
        return "csv" if structured.sniff_delimiter(text, titles=lowered.endswith((".csv", ".tsv"))) else "text"
    if lowered.endswith((".yaml", ".yml")) or stripped.startswith("---") or _looks_like_yaml(stripped):
        if structured.yaml_findings(text.lstrip(BOM)) is not None:
            return "yaml"
    return "text"


# a registry export's binary value (pasted without its header): hex pairs with commas, a long one over several lines
_REGISTRY_VALUE = re.compile(r'(?m)^"[^"\n]*"=hex(?:\([0-9a-fA-F]{1,2}\))?:[0-9a-fA-F]{2},')
# formats of a record per line: no value runs on over a line (nor, in a CSV, over a delimiter)
_RECORD_FORMATS = ("csv", "flow", "jsonl")
_RECORD_LINE = re.compile(r"[A-Z][0-9]{2},[^\n]*,")
_COLUMN_NAME = re.compile(r"[A-Za-z_][\w .()/#\-]{0,40}")


def _headed_table(text: str) -> bool:
    """A table saved as .log or .txt (a vend log, an export): its first line names three or more columns,
    one of them an identifier's ("timestamp,txn_id,meter,mprn_or_mpan,amount"), and its rows have as many
    fields. Read as a CSV, so that its columns are read by their names (a log's commas are no columns)."""
    first = text[:2000].split("\n", 1)[0].strip()
    delimiter = structured.sniff_delimiter(text[:20000], titles=True)
    if delimiter not in (",", "\t", ";", "|"):
        return False
    cells = [c.strip().strip("\"") for c in first.split(delimiter)]
    return len(cells) >= 3 and all(_COLUMN_NAME.fullmatch(c) for c in cells) and any(classify(c) for c in cells)


def _looks_like_records(text: str) -> bool:
    """A record file saved as .txt ("S40,7231920858,G4E96703913,…"): most of its first lines open with a
    record type and a comma, so its fields are read as a CSV's."""
    lines = text[:4000].splitlines()[:20]
    return len(lines) >= 3 and sum(1 for line in lines if _RECORD_LINE.match(line)) * 10 >= len(lines) * 8


_YAML_KEY_LINE = re.compile(r"^(?P<indent>[ ]*)(?:- )?[A-Za-z_][\w\-]*:(?:[ ]|$)", re.MULTILINE)


def _looks_like_yaml(text: str) -> bool:
    """Several "key:" lines, some of them nested: a config or a test-data file, not a log line."""
    keys = list(_YAML_KEY_LINE.finditer(text[:5000]))
    return len(keys) >= 3 and any(m.group("indent") for m in keys) and not text.startswith(("{", "["))


_LONE_CR = re.compile(r"\r(?!\n)")


def lines_as_shown(text: str) -> str:
    """``text`` with each carriage return that no line feed follows read as a line feed, the same length.

    Classic Mac files, some mainframe and SAP exports and text pasted from old tools end their lines
    with a carriage return alone; every editor shows each on a line of its own. The detectors read
    lines by their line feeds, so without this such a file is one long line: a label's value runs on
    into the next record, and a table's columns are never seen."""
    return _LONE_CR.sub("\n", text) if "\r" in text else text


@collector_paused
def find_identifiers(text: str, register: RegisterMatcher | None = None, fmt: str | None = None, *,
                     name: str = "", depth: int = 0, typed: bool = False,
                     values: dict[str, Kind] | None = None, forenames: bool = True,
                     fields: list[tuple[int, int, bool]] | None = None) -> list[Finding]:
    """Every finding in ``text`` (unmerged), from all detectors that apply to its format; ``values``,
    if given, receives the values they mask (see :func:`found_values`), worked out once here; ``fields``, if
    given, receives the fields of the fixed-width records a copybook lays out (see :func:`_within_fields`).

    The format's own detectors (JSON keys, XML elements, CSV columns) read the text as stored; the
    patterns, labels, tables and the register read it as a person would (:mod:`canonical`: invisible
    characters dropped, entities and tags read, Unicode digits as digits) as well. Encoded blobs are
    decoded and searched, and every value found is then looked for again wherever else it is written.

    ``typed``: a short text a person typed, or a file name, where lower case means nothing ("l81lh",
    "s06ds123456_before.png"): its shapes are also looked for in capitals.

    ``forenames=False`` leaves out names known only by their forename (:mod:`names`): a scan of a pack
    cannot tell the run's own people (its tester, its witnesses) from customers that way."""
    text = lines_as_shown(text)  # same length: the findings' spans hold in the text as written
    fmt = fmt or detect_format(text, name)
    # read before the separators are made plain: an invisible character is no separator to a reader
    html_like = fmt == "text" and looks_like_html(text, name)
    read = canonical(text, html_like=html_like, records=fmt in _RECORD_FORMATS)
    text = plain_separators(text)
    if text.count("^J") >= 2:
        # a control character in caret notation (vim's registers, a terminal's dump): "grace church^J27c Albion
        # Terrace^JYO4 3TW^J" is three lines to whoever reads it (the same length: the findings hold in the text)
        text = _CARET_BREAKS.sub(lambda m: " " * (len(m.group()) - 1) + "\n", text)
    multiline = fmt not in _RECORD_FORMATS
    delimiter = structured.sniff_delimiter(text, titles=True) if fmt == "csv" else None  # sniffed once
    view = TextView(text)  # shared by the detectors, so each view of the text is made once
    found: list[Finding] = [*find_all(text, multiline=multiline, view=view, forenames=forenames),
                            *structured.xml_element_findings(text), *find_html_table_cells(text, view)]
    if fmt in ("text", "yaml"):
        found.extend(find_table_cells(text, view))
        found.extend(find_expanded_records(text))
    record_fields: list[tuple[int, int, bool]] = []  # fixed-width records' fields, where a copybook lays them out
    if fmt == "text" and ("PIC" in text or "pic" in text):
        by_field, record_fields = copybook_findings(text)
        found.extend(by_field)
        if fields is not None:
            fields.extend(record_fields)
    if register is not None:
        found.extend(register.find(text))
    numbers: list[tuple[int, int]] = []  # bare JSON numbers: a replacement there needs quotes
    time_values: list[tuple[int, int]] = []  # values a column or a message's framing says are times or counters
    if fmt == "json":
        scanned = structured.json_findings(structured.without_line_comments(text) if text.lstrip(BOM)[:1] in "/#" else text,
                                           _escaped_reader(register, depth, forenames))
        if scanned is not None:
            extra, numbers = scanned
            found = structured.quote_bare_numbers([*_within_one_number(found, numbers, text), *extra], numbers)
    elif fmt == "jsonl":
        scanned = structured.jsonl_findings(text, _escaped_reader(register, depth, forenames))
        if scanned is not None:
            extra, numbers = scanned
            found = structured.quote_bare_numbers([*_within_one_number(found, numbers, text), *extra], numbers)
    elif fmt == "yaml":
        found.extend(structured.yaml_findings(text) or ())
    elif fmt == "xml":
        found.extend(structured.xml_findings(text) or ())
    elif fmt == "csv":
        if delimiter:
            rows = structured.split_cells(text, delimiter)
            header = structured.header_row(rows)
            if header is not None:
                # a header's cells name columns: "Acct<TAB>Name<TAB>…" is no label and its value
                found = [f for f in found if not (f.detector == "label" and header[0] <= f.start and f.end <= header[1])]
            found.extend(structured.csv_findings(text, delimiter, rows))
            if structured.is_record_file(rows):
                found.extend(structured.record_findings(rows))
            found.extend(_inside_quoted_cells(text, rows, delimiter))
            found.extend(structured.name_column_findings(rows, found))
            time_values.extend(structured.time_cells(rows))
    elif fmt == "flow":
        found.extend(structured.flow_findings(text))
    if fmt in ("text", "csv", "yaml") and ("insert" in view.lowered or "stdin" in text or "values" in view.lowered):
        # a seed script's INSERTs and COPYs, a MERGE's table of VALUES
        found.extend(find_sql_rows(text, time_values))  # (or pasted into a note)
    if fmt in ("text", "csv") and len(text) < PERSON_SIZED and "\n" in text:  # a supply's number sent in pieces
        found.extend(find_split_numbers(text))
    if len(text) < PERSON_SIZED and any(marker in text for marker in REPL_MARKERS):  # a value a shell printed
        found.extend(find_repl_values(text))
    found.extend(find_bound_values(text))  # an ORM's bound values, a key's values in an error's detail (its own checks)
    edifact = is_edifact(text)
    if edifact:
        found.extend(edifact_findings(text))
    if "MSH" in text[:100] and is_hl7(text):
        found.extend(hl7_findings(text))
    if html_like:  # a tag's attributes: a link's mailto: or tel:, a title's or an alt text's words
        found.extend(_attribute_findings(text))
    if "/T" in text and "/V" in text:  # a PDF form's fields (FDF, a PDF's own): /T (name) /V (value)
        found.extend(_form_fields(text))
    if "BEGIN:" in text[:8192] or "N:" in text:  # a contact card (or its name line alone), a calendar invite's invitees
        found.extend(find_card_fields(text))
    if "ISA*" in text[:16] and is_x12(text):  # a US-built billing platform's EDI: its parties' segments
        found.extend(x12_findings(text))
    if "!" in text[:8] and is_qif(text):  # a bank's transactions, one field a line, its code letter glued on
        found.extend(qif_findings(text))
    if "OFX" in text[:200] and is_ofx(text):  # a bank's statement: its payees
        found.extend(ofx_findings(text))
    if not read.identity:
        found.extend(map_findings(read, _as_read(read.text, register, multiline, forenames=forenames)))
        # a disguise inside a disguise: HTML %-encoded in a calendar's ALTREP data: URI, its entities ("Oluwa%26%23115
        # %3Beun") read only once the escapes are; the view of the view, mapped back through both
        found.extend(map_findings(read, _read_again(read.text, register, multiline, forenames=forenames,
                                                      html_like=looks_like_html(read.text),
                                                      records=fmt in _RECORD_FORMATS)))
    if len(text) < PERSON_SIZED and (corrected := corrected_view(text)) is not None:  # "acount no", "postocde"
        found.extend(map_findings(corrected, _as_read(corrected.text, register, multiline, forenames=forenames)))
    if fmt == "text" and (bencoded := bencode_view(text)) is not None:  # "mpan13:20934664732714:name…"
        found.extend(map_findings(bencoded, _as_read(bencoded.text, register, multiline, forenames=forenames)))
    if fmt == "text" and multiline and len(read.text) < PERSON_SIZED and "\n" in read.text:
        found.extend(map_findings(read, _across_wrapped_lines(read.text, found if read.identity else None)))
    if len(read.text) < PERSON_SIZED and "\n" in read.text:  # (a CSV's quoted cell breaks its lines too)
        names = map_findings(read, _names_across_breaks(read.text))
        if not multiline:  # each piece masked where it stands: a file of records keeps its rows
            names = [piece for f in names for piece in _pieces_per_line(text, f)]
        found.extend(names)
        if multiline:  # (a JSON or YAML string's escaped line break is one in the canonical view)
            found.extend(map_findings(read, list(find_serials_across_breaks(read.text))))
            found.extend(map_findings(read, list(find_devices_across_breaks(read.text))))
    if fmt == "text" and len(read.text) < PERSON_SIZED and _PAGE_TURN_HINT.search(read.text):
        found.extend(map_findings(read, _across_page_turns(read.text)))
    if len(read.text) < PERSON_SIZED and (_OCR_TOKEN.search(read.text) or _OCR_HEX_TOKEN.search(read.text)):
        found.extend(map_findings(read, _ocr_confusions(read.text)))
    if len(read.text) < PERSON_SIZED and forenames:
        found.extend(map_findings(read, _ocr_letters(read.text)))
    if len(read.text) < PERSON_SIZED:  # numbers said aloud, in a call's transcript
        # (numbers only: a name or an address read in the spoken view is the text's own, found in it already, and a
        # label's value there is the number said, "customer: two three three …", no one's name)
        found.extend(map_findings(read, find_spoken(read.text, lambda spoken: [
            f for f in find_all(spoken, multiline=multiline) if f.kind not in (Kind.NAME, Kind.ADDRESS)])))
    if typed:
        upper = read.text.translate(_ASCII_UPPER)
        found.extend(map_findings(read, [f for f in find_all(upper, multiline=multiline)
                                         if f.kind in _SHAPE_KINDS]))
        found.extend(map_findings(read, list(find_devices_loose(upper, bare=True))))
        # an address cut short, its domain without a dot ("priya.macleod304@northern-power", a printer's field)
        found.extend(map_findings(read, [Finding(*m.span(), Kind.EMAIL, "pattern") for m in _CUT_EMAIL.finditer(read.text)]))
        # (a file name's words apart by underscores, as spaces: "redact_in_5263563241.txt")
        found.extend(map_findings(read, list(_typed_ten_digits(_WORD_UNDERSCORE.sub(" ", read.text)))))
        spaced = read.text.replace("_", " ")  # a file name's words apart by underscores: "07700_900524.xlsx"
        if spaced != read.text:
            found.extend(map_findings(read, list(find_phones(spaced))))
            # a title and the name after it, the words apart by underscores ("Evidence_Dr_Rupert_Featherstonehaugh.dotx")
            found.extend(map_findings(read, list(find_titled_names(spaced))))
        if forenames:  # a surname the lists know, as a file name's word ("complaint_Qureshi.txt")
            found.extend(map_findings(read, list(find_listed_surnames(read.text))))
            if "_" in read.text and read.text.isascii():
                # a person named by a file name's words, capitalised or not ("screen_isolde_villiers-ash.png",
                # "completion_Fenwick_Holloway-Finch.docx"): read as words, each capitalised (the same length)
                # (capitalised only for a forename the lists know: "export_Fenwick" is no "Export Fenwick")
                titled = re.sub(r"[A-Za-z]+", lambda m: m.group().capitalize(), spaced)
                # (in small letters, only a forename that is no English word, "ruby_base" is none, and a
                # surname the lists hold or a double-barrelled one: "ole_payload" is no person)
                plain, worded, _surnames = name_lists()
                # surname first, as folders and exports name people ("Fairweather_Osian", "HUGHES_Ffion"): the
                # second word a forename the lists hold that is no English word
                found.extend(map_findings(read, [Finding(m.start(), m.end(), Kind.NAME, "forename")
                                                 for m in _SURNAME_FIRST.finditer(read.text)
                                                 if key(m.group("forename")) in plain
                                                 and key(m.group("forename")) not in worded]))
                found.extend(map_findings(read, [*[f for f in find_known_names(titled)
                                                   if (first := key((words := titled[f.start:f.end].split())[0])) in plain
                                                   and first not in worded
                                                   and ("-" in words[-1] or listed_surname(words[-1], pair_surnames()))],
                                                 *find_known_names(spaced), *find_surnamed_names(spaced)]))
    if fmt == "text" and ":" in text and len(text) < PERSON_SIZED:  # a transcript's speaker ("Customer: yes…") names no one
        found = _not_speakers(text, found)
    if "s/" in text and (substitutions := _SUBSTITUTION.sub(lambda m: m.group().replace("/", " "), text)) != text:
        # an editor's or sed's substitution, "%s/01632960272/REDACTED/g": its pattern and replacement read as words
        found.extend(find_all(substitutions, multiline=multiline, forenames=forenames))
    if ("[-" in text and "-]" in text) or ("{+" in text and "+}" in text):
        # a word diff's marks ("name: [-Adwoa King-]{+David Llewellyn+}"): read as blanks, the words are a note's
        found.extend(find_all(_DIFF_MARKS.sub(lambda m: " " * len(m.group()), text), multiline=multiline,
                              forenames=forenames))
    if fmt == "text" and (apart := record_types_apart(text)) is not None:
        # a fixed-width record's fields read without the record's type glued to the first ("A89A BRAMBLE ROW")
        found.extend(find_all(apart, multiline=multiline, forenames=forenames))
        found.extend(find_run_on_postcodes(text))
    if depth == 0 and not typed and fmt in ("text", "csv", "flow", "json", "jsonl", "yaml", "xml"):
        # the files a listing, a transfer log or a session names, each read as a file's name is (as typed)
        listed = paths(text) if "/" in text or "\\" in text else []  # (a listing's paths, read once for both)
        found.extend(_file_names_read(text, register, forenames, path_spans(listed)))
        found.extend(find_path_parts(listed))
    if "Users" in text or "home/" in text or "users" in text:  # (a user's own folder names its login: a person's)
        found.extend(find_profile_logins(text))
    if "[" in text and "-" in text:  # (a parametrised test's id: "test_read[3322776-G4K3444051]")
        found.extend(find_test_id_parts(text))
    if fmt in ("text", "csv", "flow"):  # a headerless extract's column of bare MPRNs, and of a kind found in most cells
        # (a flow's records of one group, a file of them with no header of names, too)
        found.extend(find_headerless_numbers(text, found))
        mates = list(find_column_mates(text, found))
        found.extend(mates)
        if any(f.kind is Kind.NAME for f in mates):  # (the people a column of forenames names are a number's siblings
            found.extend(find_headerless_numbers(text, found))  # too: "259384019690,Kofi,Mensah")
        if fmt == "text":  # (an extract's rows among a log's other lines: a loader's rejected rows)
            found.extend(find_embedded_extracts(text, found))
        if fmt == "text" and "--" in text:  # (a console's result set: a column of values of many kinds under a rule)
            found.extend(find_mixed_columns(text, found))
    found.extend(find_code_values(text))  # a value compared with a field code names: "$.customer.name" == "…"
    found.extend(find_in_list_values(text))  # a query's list of the values a column names: "mprn IN (…, …)"
    found.extend(find_custom_labelled(text))  # a SIEM event's custom slot named by its label: "cs2Label=acct cs2=…"
    found.extend(find_predicate_values(text))  # an RDF triple's or an S-expression's: 'vcard:fn "…"', '(who "…")'
    found.extend(find_test_ids(text))  # a parametrised test's id: "test_mprn_lookup[742738260]"
    if fmt in ("json", "jsonl", "text") and len(text) < PERSON_SIZED:  # (an array of records whose keys name nothing)
        found.extend(find_json_columns(text, found))
    if (fmt in ("xml", "html") or html_like) and len(text) < PERSON_SIZED:  # (and a sheet's or a page's table's)
        found.extend(find_headerless_numbers(text, found, markup=True))
        found.extend(find_column_mates(text, found, markup=True))
    found.extend(map_findings(read, find_encoded(
        read.text, lambda decoded, level: find_identifiers(decoded, register, depth=level, forenames=forenames),
        depth)))
    if not read.identity:
        # (and as written: the reading takes a query's "+" for a blank, and a base64 blob after a key's "=" holds "+"
        # wherever its bytes say, a gzip header's time among them: "H4sIAOd+FWsC//MN…" is no blob read so)
        found.extend(find_encoded(
            text, lambda decoded, level: find_identifiers(decoded, register, depth=level, forenames=forenames), depth))
    if depth < 3 and _TAG_CHARACTER.search(text):
        found.extend(_in_tag_characters(text, register, fmt, depth, forenames))
    # (on the text as written: a quoted-printable reading would take a base64 body's closing "=" and line break
    # for a soft break)
    found.extend(find_blocks(
        text, lambda decoded, level: find_identifiers(decoded, register, depth=level, forenames=forenames), depth))
    if len(read.text) < PERSON_SIZED and "." in read.text:
        found.extend(map_findings(read, list(numbers_naming_files(read.text))))
    if html_like:
        found.extend(_bare_cells_of_customer_tables(text, found))
    found.extend(_streets_beside(text, found))
    found.extend(_parts_before_postcodes(text, found))
    if len(text) < PERSON_SIZED:
        found.extend(_small_letter_addresses(text, found))  # "lives 45 causewayside, ely cb7 4aa"
    found.extend(_record_names(text, found))
    if len(text) < PERSON_SIZED:
        found.extend(names_beside_contacts(text, found))  # "Grace Bell · 07700 900123"
        found.extend(names_standing_alone(text, found))  # "Faith Mason" over "Supply 1234…", a console row's column
        found.extend(names_spelt_by_emails(text, found))  # "pat moss (pat.moss@example.org)"
    found.extend(_double_barrelled(text, found))
    if len(text) < PERSON_SIZED:
        found.extend(_small_letter_neighbours(text, found))
        if fmt == "text":  # (a CSV's or a JSON's line break ends a record: the cell before is no address's)
            found.extend(_emails_across_breaks(text, found))
    time_values.extend(_request_counters(text))
    if time_values:
        found = _outside_time_values(found, time_values)
    if "00000" in text:  # (a placeholder's number is five zeros or more)
        found = [f for f in found if not placeholder(text, f)]
    found = _misreadings_dropped(text, [f for f in found if not _digitless_number(text, f)], tags=False)
    if fmt in ("json", "jsonl"):
        found.extend(_one_character_values(text))
    found = _not_ours(text, found, register)
    found = _without_something_else(text, found)
    found = _not_companies(text, found)
    if fmt == "csv":
        found = _within_cells(text, found, delimiter or ",")
    elif fmt in ("xml", "html") or html_like:
        found = _within_attributes(text, found)
    if "%3" in text or "&#" in text:
        found.extend(_encoded_digits(text))
    if "\n" in text:  # (before its values are learnt: a run-on value would be looked for again)
        found = _not_into_the_next_record(text, found)
    found.extend(_towns_again(text, found))
    # the register's values and the run's found ones, also inside a longer token ("REQ1538449133823X7")
    known = {normalise(e.value): e.kind for e in register.entries} if register is not None else None
    found = _names_inside_addresses_dropped(text, found)  # (before the values are learnt: a town is no one's name)
    if register is not None and register.found:
        found = [f for f in found if not _a_word_not_a_learnt_name(text, f, register)]
    if record_fields:  # (and no value is learnt across two fields of a record)
        found = _within_fields(text, found, record_fields)
    if "\\" in text and fmt not in ("csv", "flow"):
        found = _whole_escapes(text, found, fmt in ("json", "jsonl"))  # (before the values are learnt: "\\nF12A…")
    own = found_values(text, found)
    own.update(_full_names(text, found))
    spans = {(f.start, f.end) for f in found} if read.identity else frozenset()
    recurring, held = find_recurring(read.text, own, known, spans)
    if register is not None and register.found:
        recurring = [f for f in recurring if normalise(read.text[f.start:f.end]) in own
                     or not _a_word_not_a_learnt_name(read.text, f, register)]
    found.extend(map_findings(read, recurring))
    found.extend(_word_before_a_surname(text, found))
    found.extend(_across_particles(text, found))
    if len(text) < PERSON_SIZED:
        found.extend(map_findings(read, find_fragments(read.text, {**held, **own})))
    if forenames and len(text) < PERSON_SIZED:
        # a name's words used alone elsewhere in the item ("so Angharad fetched the key")
        found.extend(find_forenames_after(text, sorted({(f.start, f.end) for f in found if f.kind is Kind.NAME})))
        # (a word the run learnt elsewhere is found wherever it stands already, save where it is the word: no part
        # to look for again, "the Castle gateway" after "Anders Castle" in another item)
        found.extend(find_name_parts(text, [text[f.start:f.end] for f in found if f.kind is Kind.NAME
                                            and not (f.detector in ("register", "recurring")
                                                     and " " not in text[f.start:f.end])]))
        if register is not None:
            found.extend(_rest_of_known_names(text, found, register))
    if values is not None:
        values.update(own)
        values.update(held)
        values.update(_name_words(text, found))
    found.extend(_whole_surnames(text, found, lines=fmt not in ("csv", "flow")))
    # (after every name is known, the learnt ones too: "Mandate for Ms Lamb (A-20981218)")
    found.extend(find_accounts_after_names(text, [f for f in found if f.kind is Kind.NAME]))
    found.extend(find_positional_accounts(text, found))
    if "ref" in text or "Ref" in text or "REF" in text or "quote" in text or "Quote" in text:  # (a letter's "Our ref:" is the
        # customer's account, as is what it asks them to quote)
        found.extend(find_letter_references(text))
    if "@" in text and len(text) < PERSON_SIZED:
        found.extend(find_mailbox_names(text, [text[f.start:f.end] for f in found if f.kind is Kind.EMAIL]))
    if fmt in ("text", "csv"):  # (and a record's supply number in a log's line, beside what all the others found)
        found.extend(find_record_numbers(text, found))
    if fmt in ("text", "csv", "flow"):  # (and an account's and a name's, "…,E12Z…,PV35871985C,0013…")
        found.extend(find_row_accounts(text, found))
    if fmt == "text":  # (a printed report's row, columns apart by blanks: a ledger's, a refund run's)
        found.extend(find_report_accounts(text, found))
    if fmt == "flow":
        found = _split_at_bars(text, found)
    elif fmt == "csv" and recurring:
        # a value learnt elsewhere, matched again with a delimiter as one of its separators ("Grove;York"
        # from "Station Grove York" in an e-mail of the same run): masked cell by cell, not refused
        keep = [f for f in found if f.detector != "recurring"]
        again = _not_across_rows(text, [f for f in found if f.detector == "recurring"], delimiter or ",")
        found = keep + _split_at_bars(text, again, delimiter or ",")
    if fmt == "csv":  # (again: a name's parts and words found after the first pass may run across two cells)
        found = _within_cells(text, found, delimiter or ",")
    elif fmt in ("json", "jsonl"):  # (and two strings)
        found = _within_strings(text, found)
    if "\\" in text and fmt not in ("csv", "flow"):  # (a CSV's backslash is a character of its cell)
        found = _whole_escapes(text, found, fmt in ("json", "jsonl"))
    if fmt in ("xml", "html") or html_like:
        found = [f for f in found if not _in_a_tags_name(text, f)]
    if edifact:  # (last: what the later readings add is cut at its segment's end too)
        found = within_segments(text, found)
    found = _without_something_else(text, found)  # (again: the later readings' too)
    found = _not_companies(text, found)
    if record_fields:
        found = _within_fields(text, found, record_fields)
    if "\n" in text:
        found = _not_into_the_next_record(text, found)
    return structured.quote_bare_numbers(found, numbers) if numbers else found



# six digits or more each written as an escape: "%31%37%39%38%36%37%35%30%30%30", "&#54;&#53;&#57;…". No program
# needs a digit escaped; someone hid a number so, and whatever it is (read bare it has no label) it is masked
_ENCODED_DIGITS = re.compile(r"(?:%3[0-9]){6,}|(?:&#(?:4[89]|5[0-7]);|&#[xX]3[0-9];){6,}", re.IGNORECASE)


def _encoded_digits(text: str) -> Iterator[Finding]:
    for match in _ENCODED_DIGITS.finditer(text):
        digits = sum(1 for c in html.unescape(unquote(match.group())) if c.isdigit())
        kind = Kind.MPAN if digits in (13, 21) else Kind.PHONE if digits == 11 else Kind.MPRN
        yield Finding(match.start(), match.end(), kind, "encoded")


# a log's next record opens with its time stamp on a line of its own: no value runs on into it (a line's last digits
# and the next line's date read together made "1709_892_271\n202" an MPRN and "124487\n2026-02-24" an MPAN, and the
# mask merged two records into one)
_RECORD_START = re.compile(r"\r?\n[ \t]*\[?(?:\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}|\d{2}:\d{2}:\d{2}(?!\d))")
_FEWEST_DIGITS = {Kind.MPAN: 13, Kind.MPRN: 6, Kind.PHONE: 10}


def _not_into_the_next_record(text: str, found: list[Finding]) -> list[Finding]:
    """Each finding cut where the next log record starts, and dropped if what is left is no longer one of its
    kind (an MPAN of six digits)."""
    kept: list[Finding] = []
    for f in found:
        start = text.find("\n", f.start, f.end)
        record = _RECORD_START.search(text, start - 1 if start > 0 and text[start - 1] == "\r" else start,
                                      min(len(text), f.end + 40)) if start >= 0 else None
        if record is None or record.start() >= f.end:
            kept.append(f)
            continue
        end = record.start()
        while end > f.start and text[end - 1] in " \t\r_-.,:/|":
            end -= 1
        left = text[f.start:end]
        if sum(c.isdigit() for c in left) >= _FEWEST_DIGITS.get(f.kind, 0) and len(left.strip()) >= 3:
            kept.append(dataclasses.replace(f, end=end, value=None))
    return kept


# What a label's value is when it is plainly something else: a label masks its value whatever its shape, but not a
# date and time, a test's reference ("MPAN-REF-07", "QTMPAN264"), a data flow and its version ("D0010 v002"), a
# settlement code ("TPR 00043", "SSC 0393", "LLFC 305"), a UUID, a version ("v4.12.0.1"), or a count with its thousands' commas
# ("Supply MPAN: 1,234,567 records") where an MPAN is meant
_SOMETHING_ELSE = re.compile(
    r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+\-]\d{2}:?\d{2})?)?"
    r"|(?:[A-Z]{2,8}[-_]?)?REF[-_]?\d{1,6}|QTMPAN\d{1,6}"
    r"|D\d{4}(?:[ \t]+v\d{1,4})?|TPR[ \t:]*\d{5}|SSC[ \t:]*\d{4}|LLFC?[ \t:]*\d{3}|MTC[ \t:]*\d{3}|PC[ \t:]*\d{1,2}"
    r"|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|v\d{1,4}(?:\.\d{1,4}){1,3}", re.IGNORECASE)
_COUNT = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")


def _without_something_else(text: str, found: list[Finding]) -> list[Finding]:
    """``found`` without what a label or a field made of a value plainly of another kind (each span judged once:
    several detectors report most values with the same span)."""
    verdicts: dict[tuple[int, int, Kind], bool] = {}
    out = []
    for f in found:
        if f.detector in _LABEL_FINDERS and f.kind in _CHECKED_KINDS:
            key = (f.start, f.end, f.kind)
            verdict = verdicts.get(key)
            if verdict is None:
                verdict = verdicts[key] = _labelled_something_else(text, f)
            if verdict:
                continue
        out.append(f)
    return out


# what a company's name ends with, after a town's word that opens it: "York Metering Ltd", "Derby Heat & Power", "Durham
# Community Energy CIC", "Carlisle Energy Services Ltd" (a supplier's name is no one's)
_COMPANY_AFTER = re.compile(r"(?:[ \t]+(?:[A-Z][a-z]+|&)){0,3}?[ \t]+(?:Ltd|Limited|plc|PLC|Plc|CIC|LLP|LLC)\b\.?"
                            r"|[ \t]+(?:Heat[ \t]+)?&[ \t]+Power\b")
# the words of a company's name a name's reading may have taken with the town before them ("York Heat", "Durham
# Community")
_COMPANY_WORDS = frozenset("heat power energy community metering services utilities supply solutions group".split())
# the readings of a name that stand on its words alone (no label, no title, no value learnt): a town's word may be one
_WORD_ONLY = frozenset({"forename", "surname", "known"})


def _not_companies(text: str, found: list[Finding]) -> list[Finding]:
    """``found`` without a town's word that opens a company's name (see ``_COMPANY_AFTER``): a town found as an
    address's part, or one word a name's reading took for a forename or a surname by its words alone. A person
    before a company's suffix stays masked: two words of a name ("Jane Smith Ltd"), one a label, a title or a
    value learnt found ("Customer John Smith Ltd", "Marchbanks Ltd is her firm")."""
    out = []
    for f in found:
        if f.kind in (Kind.NAME, Kind.ADDRESS) and f.end - f.start < 40 and _COMPANY_AFTER.match(text, f.end):
            words = [w for w in text[f.start:f.end].split() if w.lower() not in _COMPANY_WORDS]
            town = f.kind is Kind.ADDRESS and f.detector in ("pattern", "recurring") or f.detector in _WORD_ONLY
            if town and len(words) == 1 and words[0].isalpha():
                continue
        out.append(f)
    return out


_CHECKED_KINDS = frozenset({Kind.MPAN, Kind.MPRN, Kind.MSN, Kind.DEVICE})


def _labelled_something_else(text: str, f: Finding) -> bool:
    """Whether a finding a label or a field made is a value of another kind of thing (see _SOMETHING_ELSE)."""
    value = text[f.start:f.end]
    if len(value) > 3 and value.isdigit():
        return False  # (digits alone, the commonest finding: no date, reference, code or count)
    value = (value if value.isascii() else read_as_shown(value)).strip(" \t\"'")
    if _SOMETHING_ELSE.fullmatch(value) or _SOMETHING_ELSE.fullmatch(re.sub(r"\s", "", value)):
        return True  # (an invisible character between each: made a blank by then)
    if f.kind in (Kind.MPAN, Kind.MPRN) and value.isdigit() and len(value) <= 3 and _COUNT.match(text, f.start):
        return True  # a count's first digits before its thousands' comma ("MPAN: 1,234,567 records")
    return f.kind is Kind.MPAN and bool(_COUNT.fullmatch(value)) and sum(c.isdigit() for c in value) < 12


# a DUIS request id, "originator:target:counter" (two EUI-64s and a counter of the originator's, often an
# epoch in milliseconds): the counter is the sender's, no supply's
# (the ids as written, or as redaction left them: the second look reads "[DEVICE-1]:[DEVICE-2]:1764901122334")
_EUI_OR_MASK = r"(?:(?:[0-9a-f]{2}[-:]?){7}[0-9a-f]{2}|\[DEVICE-\d+\])"
_REQUEST_COUNTER = re.compile(rf"(?i)request[ _\-]?id[\"'>=: \t]{{0,6}}{_EUI_OR_MASK}:{_EUI_OR_MASK}:(?P<counter>\d{{1,20}})(?!\d)")


# a line that opens with who speaks: "Customer: yes it is…", "Agent: can I take…"
_TURN = re.compile(r"(?m)^[ \t>]*(?P<who>[A-Za-z][A-Za-z ]{1,20}?)[ \t]*:[ \t]*(?P<said>[^\n]*)")
_LABEL_DETECTORS = frozenset({"label", "field", "line-label", "next-line"})
# (and the findings a label's value makes elsewhere: a meter's label, the value recurring)
_LABEL_FINDERS = _LABEL_DETECTORS | {"meter-label", "recurring"}


def _not_speakers(text: str, found: list[Finding]) -> list[Finding]:
    """A transcript's turns open with who speaks ("Customer:", "Agent:"): a word that opens three lines or
    more, most of them sentences (see line_labels.a_sentence), is a speaker, and what follows it is what they
    said, not a name the label gives. (A person named in a turn is still found by the name finders.)"""
    turns: dict[str, list[tuple[int, str]]] = {}
    for match in _TURN.finditer(text):
        turns.setdefault(match.group("who").strip().lower(), []).append((match.start("said"), match.group("said")))
    speakers = [said for said in turns.values() if len(said) >= 3
                and sum(1 for _at, words in said if len(words.split()) >= 4 and a_sentence(words.lower())) * 2 >= len(said)]
    if not speakers:
        return found
    starts = sorted(at for said in speakers for at, _words in said)
    def _a_turn(f: Finding) -> bool:
        i = bisect.bisect_right(starts, f.start) - 1
        return i >= 0 and f.start - starts[i] <= 2 and "\n" not in text[starts[i]:f.start]
    return [f for f in found if not (f.kind is Kind.NAME and f.detector in _LABEL_DETECTORS and _a_turn(f))]


# A PDF form's field: its name after /T and its value after /V, each a string in brackets (escapes inside), in
# either order ("<< /T (GasMeter) /V (SSP.4368.8316) >>"); the value may be a hex string (<5353503433…>)
_PDF_STRING = r"\((?P<{0}>(?:[^()\\]|\\.|\([^()]*\))*)\)"
_FORM_FIELD = re.compile(r"/T[ \t\r\n]*" + _PDF_STRING.format("key") + r"[ \t\r\n]*/V[ \t\r\n]*(?:"
                         + _PDF_STRING.format("value") + r"|<(?P<hex>[0-9A-Fa-f \t\r\n]*)>)"
                         r"|/V[ \t\r\n]*" + _PDF_STRING.format("value2") + r"[ \t\r\n]*/T[ \t\r\n]*"
                         + _PDF_STRING.format("key2"))


def _form_fields(text: str) -> Iterator[Finding]:
    """A PDF form's values whose field's name says what they are (:func:`fields.classify`)."""
    for match in _FORM_FIELD.finditer(text):
        key = match.group("key") if match.group("key") is not None else match.group("key2")
        kind = classify(key) if key else None
        if kind is None:
            continue
        group = next(g for g in ("value", "hex", "value2") if match.group(g) is not None)
        if match.group(group).strip():
            yield Finding(*match.span(group), kind, "field")


_EMPHASIS = "*_`~"


def _may_emphasise(text: str) -> bool:
    return "*" in text or "__" in text or "`" in text or "~~" in text


def _without_emphasis(text: str, f: Finding) -> Finding | None:
    """A field's value read with Markdown's emphasis round it ("**Customer:** Jo Smith" read as "** Jo Smith",
    "`F12A123456`"): the marks and the blanks after them are the layout's, not the value's (masked, they broke the
    bold)."""
    start, end = f.start, f.end
    while start < end and (text[start] in _EMPHASIS or (text[start] in " \t" and start > f.start)):
        start += 1
    while end > start and text[end - 1] in _EMPHASIS:
        end -= 1
    if start >= end:
        return None  # only the marks: "**" after "Customer:" once the name in bold is masked
    if (start, end) == (f.start, f.end):
        return f
    return dataclasses.replace(f, start=start, end=end)


def _misreadings_dropped(text: str, found: list[Finding], *, tags: bool) -> list[Finding]:
    """The findings less what is misread the same way in the first pass and in the second look (one filter for
    both, so that neither reads what the other was told not to): a supply's number run into a dotted number,
    Markdown's emphasis marks round a value, and, with ``tags``, a word in an element's name."""
    emphasis = _may_emphasise(text)
    kept: list[Finding] = []
    for f in found:
        if _into_a_dotted_number(text, f) or (tags and _in_a_tags_name(text, f)):
            continue
        if emphasis:
            trimmed = _without_emphasis(text, f)
            if trimmed is None:
                continue
            f = trimmed
        kept.append(f)
    return kept


def _into_a_dotted_number(text: str, f: Finding) -> bool:
    """A supply's number the patterns read across blanks (and dots, or a table's bars) that ends inside a dotted number, or starts
    inside one: "# TC-2773 1764055917 1.28.6", a unix time and a version, read as 1764055917 + "1.28" (its
    check digit passing by chance). A number written whole in groups does not stop a dot short of a digit."""
    if f.kind not in (Kind.MPAN, Kind.MPRN) or f.detector != "pattern":
        return False
    span = text[f.start:f.end]
    if ("." not in span and "|" not in span) or span.isdigit() or not any(c.isspace() for c in span):
        return False  # (a number written in dotted groups, "12.3456.7890.126", is one whatever follows it)
    # (or read across a table's bar into a reading: "| 16638447 | 72630.1 kWh |" is an MPRN and a reading)
    after = text[f.end:f.end + 2]
    before = text[max(0, f.start - 2):f.start]
    return (len(after) == 2 and after[0] == "." and after[1].isdigit()) or \
        (len(before) == 2 and before[1] == "." and before[0].isdigit())


def _digitless_number(text: str, f: Finding) -> bool:
    """A value read by its key, label or column as a supply's or a phone's number that holds no digit: the
    label's own text ("<data name="LabelMpan"><value>Supply number (MPAN)</value>" in a .resx)."""
    return f.kind in DIGITS_ONLY and f.detector in ("field", "label", "column") \
        and not any(c.isdigit() for c in (f.value or text[f.start:f.end]))


def _outside_time_values(found: list[Finding], spans: list[tuple[int, int]]) -> list[Finding]:
    """Drop number shapes lying inside a value that its column or framing says is a time or a counter:
    a JMeter log's "timeStamp" column, a dump's "updated_ms", a request id's counter (epochs in
    milliseconds, an MPAN's length, and in MPAN context a mistyped one's)."""
    return outside_times(found, sorted(spans), SHAPED_NUMBERS)


def _request_counters(text: str) -> list[tuple[int, int]]:
    """The counters of a message's DUIS request ids, as spans (see :data:`_REQUEST_COUNTER`)."""
    return [m.span("counter") for m in _REQUEST_COUNTER.finditer(text)] if "equest" in text else []


_ESCAPE_SEQUENCE = re.compile(r"\\(?:u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|[tnrbf\"\\/])")


# git's and wdiff's word-diff marks round what was taken out and put in
_DIFF_MARKS = re.compile(r"\[-|-\]|\{\+|\+\}")
_LAYOUT_ESCAPES = frozenset({"\\n", "\\t", "\\r"})


def _whole_escapes(text: str, found: list[Finding], json_strings: bool = False) -> list[Finding]:
    """No finding starts or ends inside an escape ("\\u000f10 0000 0000 003": a serial's shape read from its
    "u"): it takes the whole escape, so that a replacement never leaves half of one (a JSON string with a
    lone backslash no longer parses)."""
    escapes = [m.span() for m in _ESCAPE_SEQUENCE.finditer(text)]
    if not escapes:
        return found
    starts = [a for a, _ in escapes]
    out = []
    for f in found:
        start, end = f.start, f.end
        i = bisect.bisect_right(starts, start) - 1
        if i >= 0 and escapes[i][0] < start < escapes[i][1]:
            # (in JSON a line break's or a tab's letter is no value's: "*Meter*\\nF12A123456" holds the serial after
            # it; elsewhere "\\n" may be a Windows path's folder, "C:\\Users\\nowak")
            start = escapes[i][1] if json_strings and text[escapes[i][0]:escapes[i][1]] in _LAYOUT_ESCAPES \
                and end > escapes[i][1] else escapes[i][0]
        j = bisect.bisect_right(starts, end - 1) - 1
        if j >= 0 and escapes[j][0] < end < escapes[j][1]:
            end = escapes[j][1]
        while json_strings and text[start:start + 2] in _LAYOUT_ESCAPES and end > start + 2:
            start += 2  # (nor does a finding open with one)
        out.append(f if (start, end) == (f.start, f.end) else dataclasses.replace(f, start=start, end=end))
    return out


# Text that came through OCR (a scanned form, a PDF of a photographed letter) writes digits as the letters
# that look like them ("[lS94414702947]", "Tel: 0I632 96093I", "60S719012O"): a token of such letters and
# digits, mostly digits, is read with the letters as the digits they stand for
_OCR_TOKEN = re.compile(r"(?<![A-Za-z0-9])(?=[0-9OoIlSBZ ]*[OoIlSBZ])(?=(?:[OoIlSBZ ]*[0-9]){4})"
                        r"[0-9OoIlSBZ]+(?:[ ][0-9OoIlSBZ]+)*(?![A-Za-z0-9])")
# a file's name in a text, with its folders: words joined by "_" or "-" before a type a tester's evidence has
# ("gas_ugm98508577.jpg", "/outbound/gas/ONJOB_944191358_UGM86243275.csv", the folder's "gas" a cue to its name);
# and the whole rest of a tree's line ("└── notes_Zieliński_NR2 6UN.md": a name with blanks in it)
# (found from its type's dot backwards: a pattern that starts at the name's first character is tried at every
# character of a log of megabytes)
_FILE_TYPE = re.compile(r"\.(?i:txt|md|csv|tsv|json|xml|log|jpe?g|png|gif|bmp|tiff?|pdf|docx?|xlsx?|usr|dat|zip|gz|eml|msg|"
                        r"html?|yaml|yml|out|flw)(?![\w.])")
_NAME_STOPS = frozenset(" \t\r\n\\\"'|()<>[]=:,")
_TREE_LINE = re.compile(r"(?m)(?:[\u251c\u2514]\u2500\u2500|[|`]--)[ \t]+([^\n]*\S\.[A-Za-z]{2,4})[ \t]*\r?$")
_FILE_NAMES_READ = 100  # distinct names at most: a transfer log of thousands reads its first hundred so
_FILE_NAMES_READ_LONG = 30  # ...and a text of megabytes its first thirty (each name is read twice, as typed and spaced)


_ESCAPED_READ = 300  # strings with escapes read as notes, at most: a chat's export of thousands reads the rest by pattern


def _escaped_reader(register: RegisterMatcher | None, depth: int, forenames: bool) -> Callable[[str], list[Finding]] | None:
    """How a JSON string with escapes is read, decoded: as a note is (its lines, a PO box's town, a label's value
    on the line under it), for the first few hundred such strings of a document; None inside a decoded blob."""
    if depth > 0:
        return None
    count = 0

    def read(content: str) -> list[Finding]:
        nonlocal count
        count += 1
        if count > _ESCAPED_READ or len(content) > 20_000:
            return []
        return find_identifiers(content, register, "text", depth=depth + 1, forenames=forenames)

    return read


def _file_name_before(text: str, dot: int, end: int) -> tuple[int, int] | None:
    """The file name whose type's dot is at ``dot``: back to a blank, a quote, a bracket or a delimiter, its words
    joined by "_" or "-" (a sentence's "the report.pdf" names no one's file so)."""
    start = dot
    while start > 0 and dot - start < 150 and (text[start - 1] not in _NAME_STOPS or (
            text[start - 1] == "'" and start >= 2 and text[start - 2].isalpha() and text[start].isalpha())):
        start -= 1  # (an apostrophe inside a name's word is the name's: "937706508453_o'donnell_2026-08-11.pdf")
    if start == dot or ("_" not in text[start:dot] and "-" not in text[start:dot]):
        return None
    return start, end


# Unicode's tag characters (U+E0020-E007E) mirror ASCII and draw nothing: a value written in them after a visible
# label ("Site reference checked (MPAN): " and thirteen tags) is hidden from the eye and the canonical reading (which
# drops them as format characters), and read back by anyone who maps them to ASCII
# (and the unassigned codes after them the same way, as a smuggler's encoder maps Latin-1's "â" to U+E00E2)
_TAG_CHARACTER = re.compile("[\U000E0020-\U000E007E\U000E00A0-\U000E00FF]")
_TAGS_AS_ASCII = {code: code - 0xE0000 for code in [*range(0xE0020, 0xE007F), *range(0xE00A0, 0xE0100)]}


def _in_tag_characters(text: str, register: RegisterMatcher | None, fmt: str | None, depth: int,
                       forenames: bool) -> list[Finding]:
    """What the text holds read with its tag characters as the ASCII they mirror, where a finding covers one: the
    text keeps its length, so a finding's span is the hidden value's."""
    shown = text.translate(_TAGS_AS_ASCII)
    tagged = [m.start() for m in _TAG_CHARACTER.finditer(text)]
    # (each with the value it reads as: the later checks look at a value's digits, which the text holds as tags)
    return [Finding(f.start, f.end, f.kind, f.detector, f.quote, f.tail, f.value or shown[f.start:f.end])
            for f in find_identifiers(shown, register, fmt, depth=depth + 1, forenames=forenames)
            if bisect.bisect_left(tagged, f.start) < len(tagged) and tagged[bisect.bisect_left(tagged, f.start)] < f.end]


def _file_names_read(text: str, register: RegisterMatcher | None, forenames: bool,
                     in_paths: Sequence[tuple[int, int]] = ()) -> list[Finding]:
    """The identifiers in the names of files a text lists, read as Attest reads an attachment's name: its words
    apart by underscores, its shapes in any case ("meter_k05e983438_after.jpg", "notes_Zieliński_NR2 6UN.md")."""
    spans = [span for m in _FILE_TYPE.finditer(text) if (span := _file_name_before(text, m.start(), m.end()))]
    spans += [m.span(1) for m in _TREE_LINE.finditer(text)]
    spans += in_paths  # (a path's folders, and its file's name with the blanks in it: ``path_parts``)
    out: list[Finding] = []
    seen: dict[str, list[Finding]] = {}
    for start, end in spans:
        name = text[start:end]
        if name not in seen:
            if len(seen) >= (_FILE_NAMES_READ if len(text) < PERSON_SIZED else _FILE_NAMES_READ_LONG):
                continue
            seen[name] = find_identifiers(name, register, "text", typed=True, depth=1, forenames=forenames)
            if "_" in name:  # (and its words apart: "ONJOB_944191358_UGM86243275.csv", a supply's number beside a serial)
                seen[name] += find_identifiers(name.replace("_", " "), register, "text", typed=True, depth=1,
                                               forenames=forenames)
            seen[name] += _name_parts(name)
        out.extend(Finding(start + f.start, start + f.end, f.kind, f.detector, f.quote, f.tail) for f in seen[name]
                   if not _stamped_in_a_name(name, name[f.start:f.end], f.kind))
    return out


# the tools whose names the lists hold as people's, as a tester's files are named for them ("newman_report.html")
_TOOL_NAMES = frozenset({"newman", "jira", "gradle", "rails", "cassandra", "flink", "luigi", "jenkins", "postman",
                         "hudson", "sentry", "gatling", "locust", "karate", "mocha", "jasmine", "jest", "maven"})
_NAME_PART_OF_FILE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_FILE_NUMBER = re.compile(r"(?<![\d.])\d{8,12}(?!\d|\.\d)")  # (before the extension too: "…_12345678.pdf")


def _name_parts(name: str) -> list[Finding]:
    """A file's name made of a person's name in small letters, in any order ("psr/pritchard_llinos.json",
    "letters/937706508453_o'donnell_2026-08-11.pdf"): a part that is a surname or a forename the lists know and no
    English word is the person's; then a number of eight to twelve digits in the same name is their account's (a
    letter's, a case's file is named for whom it is about)."""
    parts = [m for m in _NAME_PART_OF_FILE.finditer(name) if len(m.group()) >= 4 and m.group().lower() not in _TOOL_NAMES]
    surnames = [m for m in parts if is_listed_surname(m.group())]
    if not surnames:  # (a forename alone names too little, and the lists hold odd ones: "run1_evidence.docx")
        return []
    named = [m for m in parts if m in surnames or is_plain_forename(m.group())]
    numbers = [m for m in _FILE_NUMBER.finditer(name) if not COMPACT_DATE.fullmatch(m.group())]
    if len(named) < 2 and not numbers:
        return []  # (one word the lists hold as a surname is a tool's, a maker's, a bank's as often: "dyson_export")
    found = [Finding(m.start(), m.end(), Kind.NAME, "file-name") for m in named]
    found += [Finding(m.start(), m.end(), Kind.ACCOUNT, "file-name") for m in numbers]
    return found


def _stamped_in_a_name(name: str, value: str, kind: Kind) -> bool:
    """A listed file's name stamped with a date or a time that its reading as typed took for a number: ten digits
    that are a moment of 2017-2036 in seconds (no gas cue in the name: "D0010_1732249555_….dat"), a date's eight
    digits in a code ("N0SI_20261114.txt"), groups joined by an underscore read as a phone ("03001_234567.csv")."""
    digits = "".join(c for c in value if c.isdigit())
    if kind is Kind.MPRN and len(digits) == 10 and EPOCH_SECONDS[0] <= int(digits) <= EPOCH_SECONDS[1]:
        return not _GAS_CUE.search(name)
    if kind in (Kind.MSN, Kind.MPRN, Kind.DEVICE) and COMPACT_DATE.search(digits):
        return True
    return kind is Kind.PHONE and "_" in value


_GAS_CUE = re.compile(r"(?i)(?<![a-z])(?:gas|mprn)(?![a-z])")


_CUT_EMAIL = re.compile(r"(?<![\w.+\-])[A-Za-z][\w+\-]*[._][\w.+\-]*@[A-Za-z0-9][A-Za-z0-9\-]{2,}(?![\w.@])")
# an underscore between a file name's words ("redact_in_5263563241"), not one that opens an id ("_1782345025",
# a Word OLE object's)
_WORD_UNDERSCORE = re.compile(r"(?<=[A-Za-z0-9])_")
_OCR_KINDS = {Kind.MPAN, Kind.MPRN, Kind.PHONE}
# ...and the other way: a word of letters with one or two 0, 1 or 5 OCR put for a letter ("T0MASZ", "H0LLAND",
# "Wi1liams"): each digit between letters, two letters at least after the last and four in all ("step1", "MD5",
# a postcode's "SW1A" and a UUID's "e1fb" are no names)
_OCR_NAME_TOKEN = re.compile(r"(?<![A-Za-z0-9])(?=(?:[015]?[A-Za-z]){4})[A-Za-z]+(?:[015][A-Za-z]+){0,1}[015][A-Za-z]{2,}"
                             r"(?![A-Za-z0-9])")
_OCR_CAPITALS = str.maketrans("015", "OIS")
_OCR_SMALL = str.maketrans("015", "ols")


def _ocr_letters(text: str) -> list[Finding]:
    """Names in ``text`` read with OCR's digit-for-letter confusions undone (the same length, so the spans
    hold): a name's word read with a zero for its O is still the name a person reads."""
    tokens = [m.span() for m in _OCR_NAME_TOKEN.finditer(text)
              if sum(c.isdigit() for c in m.group()) <= 2]
    if not tokens:
        return []
    pieces, at = [], 0
    for start, end in tokens:
        word = text[start:end]
        letters = [c for c in word if c.isalpha()]
        pieces += [text[at:start], word.translate(_OCR_CAPITALS if all(c.isupper() for c in letters) else _OCR_SMALL)]
        at = end
    folded = Near("".join([*pieces, text[at:]]), tokens)  # (the same length: the tokens' spans hold)
    return [f for f in folded.findings(find_all(folded.text)) if f.kind is Kind.NAME
            and any(start < f.end and f.start < end for start, end in tokens)]


# a supply number's label just before a token, its letters perhaps spaced out as OCR reads a wide font ("M P R N"):
# there a token half digits is read as one (a caption's "MPAN  l9 l7S2 S163 B96")
_OCR_LABEL_BEFORE = re.compile(r"(?i)(?:m[ ]?p[ ]?[ar][ ]?n|s[ ]?p[ ]?r|supply(?:[ ]number)?)[ \t:.#\-]*$")
_SPACED_LABEL = re.compile(r"(?i)(?<![A-Za-z])m p ([ar]) n(?![A-Za-z])")
# sixteen characters of hex with OCR's O for a zero among them ("GUID DO52A8ED1CFO56O9")
# a telephone's eleven digits from its 0, however many of its zeros are letters O ("O77OO 9OOO39")
_PHONE_SHAPED = re.compile(r"0[1237]\d{9}")
_OCR_HEX_TOKEN = re.compile(r"(?<![A-Za-z0-9])(?=[0-9A-Fa-f]*[Oo])[0-9A-Fa-fOo]{16}(?![A-Za-z0-9])")
_O_FOR_ZERO = str.maketrans("Oo", "00")


def _ocr_confusions(text: str) -> list[Finding]:
    """Supply numbers, telephone numbers and device ids in ``text`` read with OCR's letter-for-digit confusions
    undone, where a token is at least two thirds digits (a serial's letters, "S06DS123456", are its own), or half
    after a supply number's label; and sixteen hex digits with an O for a zero."""
    tokens = [m.span() for m in _OCR_TOKEN.finditer(text)
              if sum(c.isdigit() for c in m.group()) * (4 if _OCR_LABEL_BEFORE.search(text, max(0, m.start() - 16), m.start())
                                                        else 3) >= (len(m.group()) - m.group().count(" ")) * 2
              or _PHONE_SHAPED.fullmatch(m.group().translate(OCR_DIGITS).replace(" ", ""))]
    hexes = [m.span() for m in _OCR_HEX_TOKEN.finditer(text)]
    if not tokens and not hexes:
        return []
    spans, hex_spans = sorted(tokens + hexes), set(hexes)
    pieces, at = [], 0
    for start, end in spans:
        pieces += [text[at:start], text[start:end].translate(_O_FOR_ZERO if (start, end) in hex_spans else OCR_DIGITS)]
        at = end
    # (a label spaced out is read closed up, the same length: "M P R N" as "MPRN   ")
    folded_text = _SPACED_LABEL.sub(lambda m: f"MP{m.group(1).upper()}N   ", "".join([*pieces, text[at:]]))
    folded = Near(folded_text, spans)  # (the same length: the tokens' spans hold)
    starts = [start for start, _ in spans]
    out = []
    found = find_all(folded.text, loose=False)
    if hexes:
        found += find_devices_loose(folded.text)
    for f in folded.findings(found):
        i = bisect.bisect_right(starts, f.end - 1) - 1
        if (f.kind in _OCR_KINDS or f.kind is Kind.DEVICE and spans[i] in hex_spans) and i >= 0 \
                and spans[i][0] < f.end and f.start < spans[i][1]:
            out.append(f)
    return out


# Prose wraps: an e-mail or a note broken at a fixed width splits a postcode ("NR12" / "9QD"), a telephone
# number ("0117" / "393 6135") or a label from its value ("MPRN" / "4031177077") over two lines.
_LINE_WRAP = re.compile(r"(?<=\S)[ \t]*\n[ \t]*(?=\S)")
_HAS_DIGIT = re.compile(r"\d")


def _across_wrapped_lines(text: str, known: list[Finding] | None = None) -> list[Finding]:
    """What the patterns find with each single line break read as a space (same length, so the spans
    hold), where the finding needs the break read so (:func:`_across_a_break`): in prose a line break
    is where the writer's editor wrapped. Two line breaks end a paragraph and are left. Only values
    whose shape ends them (a postcode, a number, a serial): a name's or an address's free text read on
    over the breaks would run through the rest of the paragraph. ``known``: the findings in the text as
    written, when they are in its coordinates (a bare number beside one of them is found too)."""
    breaks = [m.span() for m in _LINE_WRAP.finditer(text)]
    if not breaks:
        return []
    unwrapped = _LINE_WRAP.sub(lambda m: " " * len(m.group()), text)
    # every value this reads has a digit (a postcode, a number, a serial): the breaks with one near them, where
    # a value or its label wraps, and the lines round those read alone (see nearby)
    near = Near(unwrapped, [(start, end) for start, end in breaks
                            if _HAS_DIGIT.search(text, max(0, start - 25), min(len(text), end + _LABEL_REACH))])
    found = find_all(near.text, loose=False)
    # (and a serial after the words that name it, cut by the break: "old meter K53J5" / "> 15456")
    found.extend(find_meter_values(near.text))
    found.extend(find_numbers_beside(near.text, [*found, *near.within(known or [])]))
    found = near.findings(found)
    spans = None if known is None else _Spans((f.start, f.end) for f in known)
    # (not across a table's bar: "| 16638447 | 72630.1 kWh |" is a supply's number and a reading, two cells)
    # (nor a supply's number whose first line is the end of another number there: "… 5450 0866 2530" over the next
    # row's core, an account's last groups are no S line)
    return [f for f in found if f.kind in _SHAPED and _across_a_break(text, f, spans) and "|" not in text[f.start:f.end]
            and not (f.kind is Kind.MPAN and sum(map(str.isdigit, text[f.start:f.end])) == 21
                     and _DIGIT_GROUP_BEFORE.search(text, max(0, f.start - 12), f.start))]


_DIGIT_GROUP_BEFORE = re.compile(r"(?<!\d)\d{3,}[ \t]\Z")  # (another number's group of three digits or more)


def _pieces_per_line(text: str, f: Finding) -> list[Finding]:
    """A finding as one finding per line it spans (its line breaks, and what prefixes a line, left as written)."""
    out, at = [], f.start
    for line in text[f.start:f.end].split("\n"):
        word = re.search(r"[A-Za-z].*[A-Za-z]|[A-Za-z]", line)
        if word is not None:
            out.append(Finding(at + word.start(), at + word.end(), f.kind, f.detector))
        at += len(line) + 1
    return out


_NAME_BREAK = re.compile(r"(?<=[A-Za-z])[ \t]*\n[ \t]*(?=[A-Z])")


def _names_across_breaks(text: str) -> list[Finding]:
    """A person's name the lists know, its forename ending one line and its surname opening the next ("Ebony" /
    "> D'Arcy" in a quoted reply, in a note, a CSV's quoted cell or an XML element): only a name the break runs
    through (a name's free words read on no further)."""
    breaks = [m.span() for m in _NAME_BREAK.finditer(text)]
    if not breaks:
        return []
    unwrapped = _LINE_WRAP.sub(lambda m: " " * len(m.group()), text)
    near = Near(unwrapped, breaks)
    # (the forename alone ends the upper line: "Ffion Sandhu" over "Location: …" is a name whole above; and the
    # surname ends the lower line or its quoted field: "Sarah" over "La Liga results are in" is a sentence's
    # words, a report's "Ann" over "Status: open" a field's label)
    return [f for f in near.findings(list(find_known_names(near.text)))
            if "\n" in text[f.start:f.end] and len(text[f.start:f.end].split("\n")[0].split()) == 1
            and _NAME_ENDS_ITS_LINE.match(text, f.end) and _a_name_by_the_lists(text[f.start:f.end])]


# A printed report's page turn: its "(continued)" footer, the next page's header lines down to their rule or
# a "(cont'd from page 2)" line, or a form feed. A value the page turn cut ("SUPPLY NUMBER 02801321186" on one
# page, "-8330923548" on the next) is read as the reader puts it back together.
_CONTINUED = r"\((?:continued|cont'?d|cont\.?)(?:[ \t]+from[ \t]+page[ \t]+\d+)?\)"
_PAGE_TURN = re.compile(
    rf"(?i)\r?\n[ \t]*(?:{_CONTINUED}|continued overleaf)[ \t]*\r?\n(?:[^\n]*\n){{0,8}}?[ \t]*(?:[-=_]{{10,}}|{_CONTINUED})"
    rf"[ \t]*(?:\r?\n[ \t]*{_CONTINUED}[ \t]*)?\r?\n|\r?\n?\f\r?\n?")
_PAGE_TURN_HINT = re.compile(r"(?i)\(cont|continued overleaf|\f")


def _across_page_turns(text: str) -> list[Finding]:
    """What the patterns find with each page turn read as nothing (kept as markup: a value's replacement
    leaves the page's footer and header where they are); only the findings that run across one."""
    turns = [Edit(m.start(), m.end(), "", True) for m in _PAGE_TURN.finditer(text)]
    if not turns:
        return []
    read = Canonical(text, turns)
    found: list[Finding] = []
    for f in find_all(read.text, loose=False):
        pieces = map_findings(read, [f])
        if len(pieces) > 1:  # its pieces stand either side of a turn
            found.extend(pieces)
    return found


def _a_name_by_the_lists(value: str) -> bool:
    """A surname the lists know, or of two barrels: "Tegwen" / "O'Sullivan", "Ebony" / "Hargreaves"; not a table's
    "Run" over "Kind" (cells read one under the other: the lists hold "Run" as a forename)."""
    last = value.split()[-1]
    return "-" in last or listed_surname(last, pair_surnames())


_NAME_ENDS_ITS_LINE = re.compile(r"[ \t]*(?:$|[\r\n\"'<]|,[ \t]*$)", re.MULTILINE)
_LABEL_REACH = 40  # characters before a value in which the label that made it one may have wrapped
_OWN_LABEL = re.compile(r"[ \t>*\-]*[A-Za-z][A-Za-z0-9 /()'’\-]{0,40}:[ \t]")


class _Spans:
    """Spans asked whether any overlaps a range, in log time (a log of thousands of findings asked per finding)."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [start for start, _end in ordered]
        self._reach = list(itertools.accumulate((end for _start, end in ordered), max))  # (the furthest end so far)

    def overlap(self, start: int, end: int) -> bool:
        before = bisect.bisect_left(self._starts, end)  # (the spans that start before the range ends)
        return before > 0 and self._reach[before - 1] > start


def _across_a_break(text: str, f: Finding, known: _Spans | None) -> bool:
    """Does a finding in the unwrapped text need a break read as a space? The value spans one
    ("NR12" / "9QD"); or a break lies just before it, where its label or its neighbours stood ("Gas M"
    / "number 86477 51119", "gas G4A05773940 on" / "7895148395") and it was not found in the text as
    written. (Without ``known``, only a value that opens its line is taken: what made it a finding
    stood on the line before.)"""
    if "\n" in text[f.start:f.end]:
        # (not where the next line's piece is the start of a date or a time that runs on: "METER K11EM86578" /
        # "01/05/2026 11:02" is a serial, then the call's date)
        return not _RUNS_ON.match(text, f.end)
    if _OWN_LABEL.match(text, text.rfind("\n", 0, f.start) + 1, f.start):
        return False  # its line opens with a label of its own ("Reference for reports: …"): a field, no wrap
    if known is None:
        line_start = text.rfind("\n", 0, f.start) + 1
        return line_start > 0 and not text[line_start:f.start].strip()
    if "\n" not in text[max(0, f.start - _LABEL_REACH):f.start]:
        return False
    return not known.overlap(f.start, f.end)


_RUNS_ON = re.compile(r"[/:.\-]\d")
_SHAPED = {Kind.POSTCODE, Kind.PHONE, Kind.MPAN, Kind.MPRN, Kind.MSN, Kind.DEVICE}


# an address's last part when it names a town: letters only, capitalised, no street type at its end
_TOWN = re.compile(r"[A-Z][A-Za-z'’\-]{3,}(?:[ \t]+(?:upon|on|in|by|le|the|[A-Z][A-Za-z'’\-]+)){0,2}")
_STREET_END = re.compile(r"(?i:road|street|avenue|lane|close|drive|way|crescent|grove|place|court|gardens|terrace|square|"
                         r"mews|parade|hill|rise|row|view|walk|house|cottage|farm|flat|apartment)$")
_MOST_TOWNS = 300  # a log of thousands of addresses: the towns of the first few hundred


def _towns_again(text: str, found: list[Finding]) -> list[Finding]:
    """The town of an address found in the item, where the item names it again on its own: a ticket's
    title "Smart meter offline - Saxilby" over its "Location: 210 Caradoc Close, Saxilby". Written
    capitalised or in capitals, as a word of its own."""
    towns: set[str] = set()
    for f in found:
        if f.kind is not Kind.ADDRESS:
            continue
        last = text[f.start:f.end].rsplit(",", 1)[-1].strip(" \t\r\n'\"")
        if _TOWN.fullmatch(last) and not _STREET_END.search(last) and not any(c.isdigit() for c in last):
            towns.add(last.lower())
            if len(towns) >= _MOST_TOWNS:
                break
    if not towns:
        return []
    return _capitalised_again(text, towns, Kind.ADDRESS, "recurring")


# an address's street without a number, after one of its parts and a comma, and the town after it where the
# line or the markup ends there ("[Hafod Wen], Quarrybank Mews, Sedgecombe<br/>")
_STREET_AFTER = re.compile(rf"[ \t]*,[ \t]*(?P<street>{STREET_BARE})"
                           rf"(?:[ \t]*,[ \t]*(?P<town>{TOWN_WORDS})(?=[ \t]*(?:$|[<(\[\r\n,\"'])))?",
                           re.MULTILINE)
# ...and before one ("Quarrybank Mews, [Sedgecombe]")
_STREET_BEFORE = re.compile(rf"(?<![\w'’\-])(?P<street>{STREET_BARE})[ \t]*,[ \t]*$")
_MOST_STREETS = 500
# ...and a house's name before one, where there is no number: "The Granary, Pennyroyal Grove", "Hawthorn Cottage
# Pennistone Drive", "Millstream Barn Kirkton of Ballindrum"
_HOUSE_WORDS = ("Cottages?|Barn|Granary|Farm|Farmhouse|House|Lodge|Mill|Villa|Manor|Hall|Grange|Croft|Bungalow|"
                "Rectory|Vicarage|Chapel|Stables|Byre|Steading|Oast|Forge|Smithy|Orchard|Paddock|Nook|Retreat")
# (its words one space apart: a tab parts a label's cell from its value's, "Site<TAB>Rose Cottage")
_HOUSE_BEFORE = re.compile(rf"(?<![\w'’\-])(?P<house>(?:The[ ]+)?(?:[A-Z][a-z'’]+[ ]+){{0,2}}(?:{_HOUSE_WORDS})|"
                           r"The[ ]+[A-Z][a-z'’]+)[ \t]*,?[ \t]*$")
# a post office box is where a person's post goes as a house is ("PO Box 6906, Birmingham")
_PO_BOX = re.compile(r"(?<![\w.])P\.?[ ]?O\.?[ ]?Box[ \t]*\d{1,6}(?!\w)", re.IGNORECASE)


# An address's parts written one to a component or a line, as records and forms do: HL7's "Heathfield Place^^Tenby^^
# YO7 2BX", LDIF's "23A Dunsinane Row$Girvan$EX23 0HW", AsciiDoc's "98B Primrose Gardens +" / "Bakewell +" /
# "BA5 4UX", a CSV cell's lines. What stands in the parts just before the postcode (a town, a street with or
# without its number, a house's name) is the address; read back from the postcode over its separators.
_PART_SEPARATOR = r"(?:[ \t]*(?:\^+|\$|;|,|\||\t|[ \t]\+[ \t]*\r?\n|\r?\n|\r)[ \t]*)+"
_ADDRESS_PART = (r"(?:(?:Flat|Apartment|Apt|Unit)[ ]+\d{1,4}[A-Za-z]?,?[ ]+|(?<![\w\-/.])\d{1,4}[A-Za-z]?[ ]+)?"
                 r"[A-Z][A-Za-z'’\-]+(?:[ ]+(?:[A-Z][A-Za-z'’\-]+|upon|on|in|by|le|the|of|y|yr|an|na|nam))*")
_PARTS_BEFORE = re.compile(rf"(?:(?P<part>{_ADDRESS_PART}){_PART_SEPARATOR}){{1,3}}\Z")
_MESSAGE_TYPE = re.compile(r"UTILMD|UTILTS|APERAK|MSCONS|INVOIC|CONTRL|IFTSTA|ORDERS|REMADV|PRICAT|QUOTES|REQOTE|"
                           r"INSRPT|DELFOR|ORDRSP|IFTMIN|PARTIN|[A-Z]{2,6}-?\d{2,4}")
_ONE_PART = re.compile(rf"(?P<part>{_ADDRESS_PART}){_PART_SEPARATOR}")
_TOWN_BEFORE_GAP = re.compile(r"(?<![\w'’\-])(?P<town>[A-Z][a-z'’]+(?:-[a-z]{1,3}-[A-Z]?[a-z'’]+|-[A-Z][a-z'’]+)*"
                              r"(?:[ ](?:[A-Z][a-z'’\-]+|upon|on|in|le|by|the))*)[ \t]{2,}\Z")
# (nor a sign-off or a note's word under an address: shapes.NOT_A_TOWN)
_NOT_A_PART = re.compile(rf"(?i:{STATUS_WORDS}|postcode|post code|postal|address|town|city|county|country|gbr|uk|"
                         r"united kingdom|england|wales|scotland|mrs?|ms|miss|dr|customer|name|site|premises|"
                         # an amount's currency or a reading's unit in the cell before ("333.61 GBP;sw4 6uq")
                         r"gbp|eur|usd|kwh|mwh|kw|kva|m3|pence|p|verified|validated|checked|confirmed|matched|unmatched|"
                         r"approved|rejected|valid|invalid|ok)$")


# the words of a part's cell before the part: after the record's separator, a word and a blank
_CELL_OPENING = re.compile(r"(?:^|(?<=[|^$;,\t]))[ \t]*(?P<words>[^\W\d_][^\W\d_'’\-]*)[ \t]+\Z", re.MULTILINE)


def _parts_before_postcodes(text: str, found: list[Finding]) -> list[Finding]:
    """The parts of an address before its postcode, apart by a record's component separators or lines (see
    _PART_SEPARATOR): each part a town's, a street's or a house's words (a status, a label, a country, a
    person found already are none)."""
    names = sorted((f.start, f.end) for f in found if f.kind is Kind.NAME)
    name_starts = [a for a, _ in names]
    reach = list(itertools.accumulate((b for _, b in names), max))  # the furthest end of a name starting so far
    more: list[Finding] = []

    def in_a_name(start: int, end: int) -> bool:  # (by bisection: a record file holds thousands of each)
        i = bisect.bisect_right(name_starts, start) - 1
        return i >= 0 and reach[i] >= end

    for postcode in sorted({f.start for f in found if f.kind is Kind.POSTCODE}):
        match = _PARTS_BEFORE.search(text, max(0, postcode - 160), postcode)
        if match is None:
            # a town before its postcode past a gap of blanks, as a letter or a title's text sets them ("i live at Unit 15
            # Thornbury Avenue Ashbourne  DE6 1AB", "being 43 pentrich hill Enniskillen  BT74 6AB")
            town = _TOWN_BEFORE_GAP.search(text, max(0, postcode - 60), postcode)
            if town is not None and not (_NOT_A_PART.match(town.group("town")) or NOT_A_TOWN.match(town.group("town"))
                                         or in_a_name(*town.span("town"))):
                more.append(Finding(*town.span("town"), Kind.ADDRESS, "pattern"))
            continue
        parts, at = [], match.start()
        while (part := _ONE_PART.match(text, at, postcode)) is not None:
            parts.append(part.span("part"))
            at = part.end()
        for start, end in reversed(parts):  # from the postcode back, up to the first part that is none
            cell = _CELL_OPENING.search(text, max(0, start - 40), start)
            if cell is not None and names_a_person(text[cell.start("words"):end]):
                # the part's cell opens with a word the part's letters did not take ("023|Siân FOX|149 Penlan …"):
                # the cell is the occupant's name, and the address starts after it
                more.append(Finding(cell.start("words"), end, Kind.NAME, "forename"))
                break
            words = text[start:end].lstrip("0123456789 ").strip()
            if _NOT_A_PART.match(words) or NOT_A_TOWN.match(words) or in_a_name(start, end) \
                    or _MESSAGE_TYPE.fullmatch(words):
                break  # a status, a label, a person, a message's type in a record's cell ("UTILMD")
            more.append(Finding(start, end, Kind.ADDRESS, "pattern"))
    return more


# an address in a note typed all in small letters, its postcode too ("lives glenview, strathmore avenue, camden nw1 7ab",
# "45 causewayside, ely cb7 4aa"): up to four parts, apart by commas, the last one (the town) just before the postcode
_SMALL_PART = (r"(?:(?:flat|unit|apt|apartment|suite|block)[ ]+\d{1,4}[a-z]?|"
               r"(?:\d{1,4}(?:-\d{1,4})?[a-z]?[ ]+)?[a-z][a-z'’\-]+(?:[ ][a-z][a-z'’\-]*){0,3})")  # (Welsh "maes y deri")
_SMALL_PARTS_BEFORE = re.compile(rf"(?<![\w@.\-])(?:{_SMALL_PART}[ ]*,[ ]*){{0,3}}{_SMALL_PART}[ ]*,?(?:[ ]+|[ ]*\r?\n)\Z")
# a note's words before an address ("cust is x, lives glenview, …", "moved to 4 elm row, …"): the address starts after
_SMALL_CUE = re.compile(r"(?:^|.*[ ])(?:lives|live|living|livin|lives at|at|@|in|address|addr|add|is|to|from|moved|moving|"
                        r"visit|visited|site|premises|prem|property|prop)[ ]+")
_SMALL_CUE_ANYWHERE = re.compile(r"(?<![a-z])(?:lives|live|living|livin|address|addr|moved|moving|visit|visited|"
                                 r"attended|site|premises|prem|property|flat|unit)(?![a-z])")
# (a street in small letters: after a word that says an address follows ("at", "site", "lives"), or ending in a
# street's type ("blackthorn drove", "lade braes"), or a line of its own over the postcode's; not a note's
# "attempt 3 timed out, retrying, PE13 2AB")
_SMALL_BEFORE_CAPITALS = re.compile(
    r"(?:(?P<cue>(?<![A-Za-z])(?i:at|site|lives|address|addr|premises|property|visit|visited|to|@)[ ]+)|(?P<line>^|(?<=\n))"
    r"|(?<=[ ,(\"']))"
    r"\d{1,4}[a-z]?[ ]+(?P<street>[a-z][a-z'\-]+(?:[ ]+[a-z][a-z'\-]+){0,3})[ ]*,[ ]*"
    r"[a-z][a-z'\-]+(?:[ ]+[a-z][a-z'\-]+){0,2}[ ]*,?[ ]*(?P<end>\n?)[ ]*\Z")
# ...and words no address part holds: a note's own ("please", "thanks", "meter", "dont")
_NOT_SMALL_PART = re.compile(r"(?:.*[ ])?(?:please|pls|thanks|thx|ta|the|and|or|but|for|with|meter|meters|reading|readings|"
                             r"pack|evidence|test|tests|ticket|team|ops|desk|office|dont|don't|ring|call|rang|said|says|will|was|were|has|have|"
                             r"had|not|no|ok|yes|mon|tue|wed|thu|fri|sat|sun|am|pm|today|tomorrow|asap|postcode|post|code|search|lookup|valid|"
                             r"invalid|passed|failed|mpan|mprn|by)(?:[ ].*)?")


def _small_street_before(text: str, postcode: int) -> bool:
    match = _SMALL_BEFORE_CAPITALS.search(text, max(0, postcode - 80), postcode)
    if match is None:
        return False
    return match["cue"] is not None or (match["line"] is not None and bool(match["end"])) \
        or _SMALL_STREET_TYPE.search(match["street"]) is not None


_SMALL_STREET_TYPE = re.compile(rf"(?:^|[ ])(?:{STREET_TYPES}|drove|braes|corner|wynd|loan|brow|close)$")


def _small_letter_addresses(text: str, found: list[Finding]) -> list[Finding]:
    """The parts of an address in small letters before its postcode in small letters (see ``_SMALL_PARTS_BEFORE``):
    from the postcode back, each part until one is a note's words or a person's, and after a cue word."""
    postcodes: dict[int, int] = {}
    for f in found:
        if f.kind is Kind.POSTCODE:
            postcodes[f.start] = max(postcodes.get(f.start, f.end), f.end)
    # (the postcode in small letters, or in capitals after parts in small letters and a house's number: a note typed
    # in a hurry capitalises the postcode it copied, "at 79 blackthorn drove, wisbech, PE13 2AB")
    small = {start: end for start, end in postcodes.items()
             if any(c.isalpha() for c in text[start:end]) and (not any(c.isupper() for c in text[start:end])
                                                               or _small_street_before(text, start))}
    if not small:
        return []
    names = sorted((f.start, f.end) for f in found if f.kind is Kind.NAME)
    name_starts = [a for a, _ in names]
    more: list[Finding] = []
    for postcode in small:
        match = _SMALL_PARTS_BEFORE.search(text, max(0, postcode - 160), postcode)
        if match is None:
            continue
        before = text[match.start():postcode]
        if not (_SMALL_CUE_ANYWHERE.search(text, max(0, match.start() - 40), postcode) or any(c.isdigit() for c in before)):
            continue  # no word that says an address follows, no house's number: a note's words ("search by postcode")
        near = names[bisect.bisect_left(name_starts, match.start() - 200):bisect.bisect_right(name_starts, postcode)]
        at = match.start()
        parts = []
        for piece in re.finditer(r"[^,]+", text[match.start():postcode]):
            words = piece.group().strip()
            if words:
                start = at + piece.start() + (len(piece.group()) - len(piece.group().lstrip()))
                parts.append((start, start + len(words)))
        for start, stop in reversed(parts):
            words = text[start:stop]
            cue = _SMALL_CUE.match(words)
            if cue is not None:
                start += cue.end()
                words = text[start:stop]
            if not words or _NOT_SMALL_PART.fullmatch(words) or NOT_A_TOWN.match(words) \
                    or any(a < stop and start < b for a, b in near):
                break
            more.append(Finding(start, stop, Kind.ADDRESS, "pattern"))
            if cue is not None:
                break
    return more


# a table's cell that is a UK number whose leading 0 a spreadsheet dropped: ten digits opening with 1 or 2 (a
# geographic number) or 7 (a mobile), "1632960245" for 01632 960245
# (and a cell of sixteen hex digits there, letters and digits both: a device's EUI-64 written bare, "3c6a2c9b728bab4d")
_BARE_NUMBER_CELL = re.compile(r"<t[dh][^>]*>\s*(?:(?P<number>[127]\d{9})|"
                        r"(?P<eui>(?=[0-9a-fA-F]{0,15}[a-fA-F])(?=[0-9a-fA-F]{0,15}\d)[0-9a-fA-F]{16}))\s*</t[dh]>",
                        re.IGNORECASE)
_TABLE_END = re.compile(r"</table\s*>", re.IGNORECASE)
_PERSONAL = frozenset({Kind.NAME, Kind.ADDRESS, Kind.POSTCODE, Kind.EMAIL, Kind.PHONE, Kind.MPAN, Kind.MPRN,
                       Kind.DEVICE, Kind.MSN})


def _bare_cells_of_customer_tables(text: str, found: list[Finding]) -> list[Finding]:
    """A number copied out of a spreadsheet into a page's table loses its leading zero ("1632960245"): in a
    table that holds a customer's other identifiers (two or more), a cell that is such a number alone is
    their telephone (or a supply's number; masked either way), and a cell of sixteen hex digits their meter's
    device id. A table of counts or amounts holds no identifiers to say so."""
    more: list[Finding] = []
    starts = sorted(f.start for f in found if f.kind in _PERSONAL)
    for match in _BARE_NUMBER_CELL.finditer(text):
        table = text.rfind("<table", 0, match.start())
        end = _TABLE_END.search(text, match.end())
        if table < 0:
            continue
        stop = end.start() if end else len(text)
        if bisect.bisect_left(starts, stop) - bisect.bisect_left(starts, table) >= 2:
            group, kind = ("number", Kind.PHONE) if match.group("number") else ("eui", Kind.DEVICE)
            more.append(Finding(match.start(group), match.end(group), kind, "column"))
    return more


def _streets_beside(text: str, found: list[Finding]) -> list[Finding]:
    """The street of an address that has no house number, beside another part of it found already: a house's
    name ("Hafod Wen, Quarrybank Grove"), its town. A street's words with no number are a common pair of
    words; beside an address's part, with only a comma between, they are its street. A house's name before
    an address's part, and a post office box anywhere, are parts of an address too."""
    more: list[Finding] = []
    for f in [f for f in found if f.kind is Kind.ADDRESS]:
        after = _STREET_AFTER.match(text, f.end)
        if after is not None:
            more.append(Finding(after.start("street"), after.end("town") if after.group("town") else after.end("street"),
                                Kind.ADDRESS, "pattern"))
        before = _STREET_BEFORE.search(text, max(0, f.start - 80), f.start)
        if before is not None:
            more.append(Finding(before.start("street"), before.end("street"), Kind.ADDRESS, "pattern"))
        house = _HOUSE_BEFORE.search(text, max(0, f.start - 60), f.start)
        if house is not None:
            more.append(Finding(house.start("house"), house.end("house"), Kind.ADDRESS, "pattern"))
        if len(more) >= _MOST_STREETS:
            break
    if "box" in text or "Box" in text or "BOX" in text:
        boxes = [Finding(*m.span(), Kind.ADDRESS, "pattern") for m in _PO_BOX.finditer(text)]
        more.extend(boxes)
        more.extend(box_towns(text, boxes))  # "PO Box 240, Leeds"
        more.extend(find_residents(text, boxes))  # "Walker, Jack, lives at PO Box 225"
    return more


# a person as a fixed-width record or a register writes them: a surname in capitals and an initial, or the
# initial first ("MARCHBANKS J", "J MARCHBANKS"), as a field of its own (two spaces, a delimiter or the end
# after it); glued to the field before it as such records run fields together ("…797MARCHBANKS J")
_RECORD_NAME = re.compile(r"(?:(?<![A-Za-z])(?P<surname>[A-Z][A-Z'’\-]{2,})[ ](?P<initial>[A-Z])|"
                          r"(?<![\w.:])(?P<first>[A-Z])[ ](?P<last>[A-Z][A-Z'’\-]{2,}))(?=[ ]{2,}|[\t|;,]|[ ]*$)",
                          re.MULTILINE)
# capitals words such records also hold beside a letter, which are no surname
_NOT_A_SURNAME = frozenset("""PHASE TYPE CLASS GRADE BAND ZONE UNIT BLOCK FLAT PLAN OPTION TARIFF RATE REGISTER METER
PROFILE LEVEL STAGE STEP TIER GROUP SECTION PART ITEM CODE STATUS FLAG MODE LINE ROW COLUMN TABLE FORM SCHEDULE
ANNEX APPENDIX VERSION RELEASE WAVE SITE AREA REGION TEST CASE RUN SUITE PLOT HOUSE NUMBER NO REF INFO WARN WARNING
ERROR DEBUG TRACE FATAL NOTICE SEVERE FINE OK PASS FAIL""".split())
_NAMED_LINE = {Kind.MPAN, Kind.MPRN, Kind.ADDRESS, Kind.POSTCODE, Kind.MSN, Kind.ACCOUNT}


def _fixed_width(text: str, sample: int = 60) -> bool:
    """Are the text's first lines (a header and a trailer aside, nine in ten) of one length?"""
    lengths: collections.Counter[int] = collections.Counter()
    at = 0
    for _ in range(sample):
        end = text.find("\n", at)
        size = len(text[at:end if end >= 0 else len(text)].rstrip("\r"))
        if size:
            lengths[size] += 1
        if end < 0:
            break
        at = end + 1
    lines = sum(lengths.values())
    return lines >= 3 and lengths.most_common(1)[0][1] * 10 >= (lines - 2) * 9


def _record_names(text: str, found: list[Finding]) -> list[Finding]:
    """"SURNAME I" fields on the lines of a record file that hold a supply's or a place's identifier: a
    billing extract's ``D2393538771797MARCHBANKS J        21 TANYARD MEWS``. Only where those lines are
    records of a fixed width (most of them one length), as such extracts write them: a log's lines,
    whatever they hold, are no records."""
    if not _fixed_width(text):
        return []
    starts = sorted({text.rfind("\n", 0, f.start) + 1 for f in found if f.kind in _NAMED_LINE})
    more: list[Finding] = []
    for line_start in starts[:20000]:
        end = text.find("\n", line_start)
        for match in _RECORD_NAME.finditer(text, line_start, len(text) if end < 0 else end):
            word = match.group("surname") or match.group("last")
            if word in _NOT_A_SURNAME:
                continue
            more.append(Finding(match.start(), match.end(), Kind.NAME, "pattern"))
    return more


def _rest_of_known_names(text: str, found: list[Finding], register: RegisterMatcher) -> list[Finding]:
    """The other word of a name the run knows whole, where this item names the person by one word and
    then the other alone: "Desmond Eckersley" in an e-mail, then a note's "spoke to Eckersley again,
    Desmond confirmed". The run keeps its values run together ("DESMONDECKERSLEY"), so the word found
    here splits the known name, and the rest, when the lists know it as a name, is looked for."""
    known = [value for value, kind in register.found.items() if kind is Kind.NAME and value.isalpha()]
    known += [normalise(e.value) for e in register.registered if e.kind is Kind.NAME]
    if not known:
        return []
    here = {normalise(text[f.start:f.end]) for f in found if f.kind is Kind.NAME}
    rest: set[str] = set()
    for word in here:
        if len(word) < 3 or not word.isalpha():
            continue
        for name in known:
            if name != word and name.endswith(word) and len(name) - len(word) >= 3:
                rest.add(name[:-len(word)])
            elif name != word and name.startswith(word) and len(name) - len(word) >= 3:
                rest.add(name[len(word):])
    words = {w for w in rest if is_listed_forename(w) or is_listed_surname(w)}
    return _capitalised_again(text, words, Kind.NAME, "name-part") if words else []


def _capitalised_again(text: str, words: set[str], kind: Kind, detector: str) -> list[Finding]:
    """Each place ``text`` writes one of ``words`` (any case in the set) as a word of its own, capitalised or
    in capitals: a value learnt elsewhere, named again alone."""
    pattern = re.compile(r"(?<![\w'’\-])(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
                         + r")(?![\w'’\-])", re.IGNORECASE)
    return [Finding(m.start(), m.end(), kind, detector) for m in pattern.finditer(text) if m.group()[:1].isupper()]


# ten digits a person typed, whole or in groups joined by one kind of separator ("D0010 rejected for 3847327405",
# "cases-3.3.6.1.9.1.9.9.4.4.json"); not part of a longer token, a decimal or a time
_TYPED_TEN = re.compile(r"(?<![\w.\-/:+])\d{10}(?![\w]|[.\-/:]\d)"  # whole
                        # in groups, also as a file name's word ("cases-3.3.6.1.9.1.9.9.4.4.json")
                        r"|(?<![A-Za-z0-9.:/+])(?<!\d[\-_])\d{1,4}(?P<sep>[.\-_ ])\d{1,4}(?:(?P=sep)\d{1,4}){1,8}"
                        r"(?![\w]|[.\-/:]\d)")


# a file's name whose word is ten digits: "reads_2368456274.csv", "2368456274-meter.xlsx" (a save dialog, a path)
_FILE_NAME_TEN = re.compile(r"(?<![\w.\-])(?:[A-Za-z][\w\-]*[_\-])?(?P<number>\d{10})(?:[_\-][\w\-]*)?"
                            r"\.(?:csv|xlsx?|txt|json|xml|pdf|docx?|png|jpe?g|zip|log|dat|edi)(?![\w])", re.IGNORECASE)


def numbers_naming_files(text: str) -> Iterator[Finding]:
    """Ten digits that are a file's name or a word of it are a gas supply's number, as testers name their exports
    after the supply; not a moment in seconds of the last ten years or the next (an export's time stamp)."""
    for match in _FILE_NAME_TEN.finditer(text):
        start, end = match.span("number")
        if not _RECENT_SECONDS[0] <= int(match.group("number")) <= _RECENT_SECONDS[1]:
            yield Finding(start, end, Kind.MPRN, "typed-number")


_RECENT_SECONDS = (time.time() - 10 * 365 * 86400, time.time() + 365 * 86400)


def _typed_ten_digits(text: str) -> Iterator[Finding]:
    """In a short typed text (a defect's title, a note, a file's name), a bare ten-digit number is taken
    for an MPRN (a gas supply's number is ten digits, and a note names the supply it is about): a
    person types no other ten-digit number bare, but a time in seconds, which a word before says is one
    ("epoch 1733312345"), or a date and hour run together ("2024061112")."""
    for match in _TYPED_TEN.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        if len(digits) != 10 or after_a_time_word(text, match.start()) or (
                COMPACT_DATE.match(digits) and digits[8:] < "24"):  # a date and an hour ("2024061112"), not "…70"
            continue
        if _STAMPED_AFTER_A_SUPPLY.search(text, 0, match.start()) and FILE_TYPE_AFTER.match(text, match.end()) \
                and EPOCH_SECONDS[0] <= int(digits) <= EPOCH_SECONDS[1]:
            continue  # "D0010_1018563921352_1764973350.usr": the supply named by its MPAN, the file stamped with a time
        yield Finding(match.start(), match.end(), Kind.MPRN, "typed-number")


_STAMPED_AFTER_A_SUPPLY = re.compile(r"(?<!\d)\d{13}[_\- ]$")


def _within_one_number(found: list[Finding], numbers: list[tuple[int, int]], text: str) -> list[Finding]:
    """Findings that do not run over two of a JSON document's bare numbers: ``[310, 30338, 13954]`` is three
    values of an array, though their digits, read with their separators, pass an MPAN's checksum."""
    if len(numbers) < 2:
        return found
    starts = [a for a, _ in numbers]
    kept: list[Finding] = []
    for f in found:
        if f.detector == "bytes":  # a device's eight bytes as an array ([0, 13, 111, …]): each of its numbers is
            # replaced by the device's placeholder, in quotes, so that the array stays an array of eight
            # (its value the device id in hex, as it is written elsewhere and found again there)
            eui = "".join(f"{int(number):02X}" for number in re.findall(r"\d+", text[f.start:f.end]))
            kept.extend(Finding(a, b, f.kind, f.detector, quote=True, value=eui)
                        for a, b in numbers if f.start <= a and b <= f.end)
            continue
        first = bisect.bisect_left(starts, f.start)
        if first > 0 and numbers[first - 1][1] > f.start:
            first -= 1  # it starts inside a number
        last = bisect.bisect_left(starts, f.end) - 1
        if last - first >= 1:
            continue
        kept.append(f)
    return kept


def _full_names(text: str, found: list[Finding]) -> dict[str, Kind]:
    """A first name and a surname masked in fields of their own ("firstName", "lastName": each one word,
    too common alone to look for elsewhere) name one person together: written together elsewhere in
    the item ("Spoke with Kirsty Buchanan"), in either order, they are masked there too."""
    words = sorted({(f.start, text[f.start:f.end].strip()) for f in found
                    if f.kind is Kind.NAME and f.detector == "field"})
    words = [(at, value) for at, value in words if value[:1].isupper() and value.isalpha() and len(value) >= 2]
    out: dict[str, Kind] = {}
    for (at, first), (next_at, last) in zip(words, words[1:]):
        if next_at - at <= 400 and first != last:
            out[normalise(f"{first} {last}")] = Kind.NAME
            out[normalise(f"{last} {first}")] = Kind.NAME
    return out


_NAME_WORD = re.compile(r"[A-Z][a-z'’\-]+|[A-Z][A-Z'’\-]+")


_BARREL = re.compile(r"-[^\W\d_][^\W\d_'’]*(?:['’][^\W\d_]+)?")


# a capitalised word just before a name masked as one word (a surname the run knows: "Honoria [NAME-1]",
# "owner=Osric [NAME-5]"), after a delimiter or a blank: the person's forename, which no list need hold
# (a URL's query writes the blank as "+": "?q=Yusra+Lyttelton"; an escaped tag ends in ";": "&gt;Delphine")
_TAB_CELLS = re.compile(r"\t[^\t\n]*\t")  # two tabs on the line before the value: a row of cells
_WORD_BEFORE = re.compile(r"(?:(?<=[\s\"'=:,(|>;+])|^)(?P<word>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)[ \t+]$")
# ...unless it is one of the words a sentence or a label puts before a name
_NOT_A_FORENAME = frozenset("""the this that these those our your their his her its a an and or of in on at to for from by
with dear hi hello hey thanks thank cheers regards morning afternoon evening customer tenant occupier owner
contact caller agent engineer name surname mr mrs ms miss mx dr prof sir dame lady lord rev mister spoke
called rang met visited emailed confirmed said asked told per via cc attn re fw fwd note notes
given when then""".split())  # (the last three a BDD step's words: "Given Sarah Smith is …")


_SURNAME_FIRST = re.compile(r"(?<![A-Za-z])(?P<surname>[A-Z][A-Za-z'\-]{2,}|[A-Z]{3,})_(?P<forename>[A-Z][a-z]{2,})(?![a-z])")
_ATTRIBUTE = re.compile(r"<[A-Za-z][\w:.\-]*(?:\s+[\w:.\-]+\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s\"'<>]+))*\s*/?>")
_ATTRIBUTE_VALUE = re.compile(r"\s[\w:.\-]+\s*=\s*(?:\"(?P<dq>[^\"<>]*)\"|'(?P<sq>[^'<>]*)')")


def _attribute_findings(text: str) -> list[Finding]:
    """Identifiers in an HTML page's attribute values, read with their entities and %-escapes decoded
    (``href="mailto:jo&#64;example.com"``, ``title="MPAN 1200&#8203;023305967"``): the canonical view reads
    a tag as markup, so its attributes are read here. A value holding one is masked whole (its decoded
    form cannot be edited in place)."""
    found: list[Finding] = []
    for tag in _ATTRIBUTE.finditer(text):
        for attribute in _ATTRIBUTE_VALUE.finditer(tag.group()):
            group = "dq" if attribute.group("dq") is not None else "sq"
            value = attribute.group(group)
            if len(value) < 5 or not any(c.isdigit() or c in "@&%" or c.isupper() for c in value):
                continue
            decoded = unquote(html.unescape(value)) if ("&" in value or "%" in value) else value
            inner = find_all(read_as_shown(decoded))
            if inner:
                start = tag.start() + attribute.start(group)
                found.append(Finding(start, start + len(value), inner[0].kind, "attribute"))
    return found


def _word_before_a_surname(text: str, found: list[Finding]) -> list[Finding]:
    """A one-word name finding's forename before it, when the forename is no list's (see _WORD_BEFORE)."""
    more = []
    for f in found:
        value = text[f.start:f.end]
        if f.kind is not Kind.NAME or " " in value.strip() or not value[:1].isupper() or "." in value or "@" in value:
            continue  # (an address's local part, "Natasha.tomic", is no surname a forename stands before)
        before = _WORD_BEFORE.search(text, max(0, f.start - 40), f.start)
        if before is None:
            continue
        if "\t" in before.group() and _TAB_CELLS.search(text, text.rfind("\n", 0, f.start) + 1, f.start):
            continue  # a tab between two cells of a table's row ("…Delivery Manager<TAB>Natasha…"): not one name
        word = before.group("word")
        if word.lower() in _NOT_A_FORENAME or classify(word) is not None or NOT_A_PERSON.search(word):
            continue
        more.append(Finding(before.start("word"), f.end, Kind.NAME, f.detector))
    return more


# a name's particle and the word across it from a name found ("[Mei]+Mc Ginley" in a query string, "rose ap [gwilym]",
# "[ruaridh] mc ginley", "JACK DE [SOUZA]"): the particle stands inside a name, never at its end or its start
_PARTICLE_ONLY = "(?:" + "|".join(sorted(SURNAME_PARTICLES, key=len, reverse=True)) + ")"
_ACROSS_AFTER = re.compile(rf"(?:[ \t+]|%20)(?i:{_PARTICLE_ONLY})(?:[ \t+]|%20)(?P<word>[^\W\d_]{{2,}}(?:['’\-][^\W\d_]+)*)"
                           r"(?![\w@'’\-])")
_ACROSS_BEFORE = re.compile(rf"(?<![\w@'’\-])(?P<word>[^\W\d_]{{2,}})(?:[ \t+]|%20)(?i:{_PARTICLE_ONLY})(?:[ \t+]|%20)\Z")


def _across_particles(text: str, found: list[Finding]) -> list[Finding]:
    """A name found on one side of a particle, the other side with it. After a name the particle and the next word
    written in the name's case are the surname's ("Mei Bell de facto" is no name's); before it the word and the
    particle are, when the word is a forename the lists know or is written in the name's own case (capitals
    before capitals), and is no sentence's word."""
    more = []
    for f in found:
        if f.kind is not Kind.NAME:
            continue
        value = text[f.start:f.end]
        after = _ACROSS_AFTER.match(text, f.end)
        word = after.group("word") if after is not None else ""
        if after is not None and word.isupper() == value.isupper() and word[:1].isupper() == value.split()[-1][:1].isupper() \
                and word.lower() not in _NOT_A_FORENAME and not NOT_A_PERSON.search(after.group()):
            more.append(Finding(f.start, after.end(), Kind.NAME, f.detector))
        before = _ACROSS_BEFORE.search(text, max(0, f.start - 30), f.start)
        if before is not None:
            word = before.group("word")
            same_case = word.isupper() == value.isupper() and word[:1].isupper() == value[:1].isupper()
            if word.lower() not in _NOT_A_FORENAME and not NOT_A_PERSON.search(word) and classify(word) is None \
                    and (is_listed_forename(word) or same_case):
                more.append(Finding(before.start("word"), f.end, Kind.NAME, f.detector))
    return more


_SMALL_AFTER = re.compile(r"[ \t](?P<word>[^\W\d_A-Z][^\W\d_]+(?:-[^\W\d_]+)*)(?![\w@'’\-])")
_SMALL_BEFORE = re.compile(r"(?<![\w@'’\-])(?P<word>[^\W\d_A-Z][^\W\d_]+)(?P<joint>[ \t]|-)\Z")


# the start of an address's local part at the end of the line before it: no blank before the break ("please email
# wojciech.macleo" / "d@example.net", a justified column broke the word where it pleased)
_LOCAL_PART_END = re.compile(r"(?<![\w.+\-:])[a-z][a-z0-9.+_\-]*\r?\n[ \t]*\Z")


def _emails_across_breaks(text: str, found: list[Finding]) -> list[Finding]:
    """An e-mail address found at a line's start whose local part began on the line before (in small letters, with
    no blank before the break): the piece there is the address's too where the break cut a word, not where one
    ended: what is left of the local part at the line's start is a few letters ("…macleo" / "d@…"), or the piece
    ends at the local part's own dot, underscore or hyphen ("priya." / "raghunathan@…"). A word that ends its line
    before an address of its own ("Ticket INC0012345" / "grace.bell@…", "Release v2.3.1" / "notify@…") is left."""
    more = []
    for f in found:
        if f.kind is not Kind.EMAIL:
            continue
        line_start = text.rfind("\n", 0, f.start) + 1
        if text[line_start:f.start].strip() or line_start == 0:
            continue
        before = _LOCAL_PART_END.search(text, max(0, line_start - 80), f.start)
        if before is None:
            continue
        piece = before.group().rstrip()
        at = text.find("@", f.start, f.end)
        local = text[f.start:at] if at > f.start else ""
        if len(piece) >= 3 and (0 < len(local) <= 3 or piece[-1] in "._-"):
            more.append(Finding(before.start(), f.end, Kind.EMAIL, f.detector))
    return more


def _small_letter_neighbours(text: str, found: list[Finding]) -> list[Finding]:
    """A name found in part, the rest of it in small letters beside it: the surname after it that the lists hold
    ("[ottilie] kowalczyk"), or before it the barrel it is joined to and the forename the lists hold
    ("radosław buchanan-[strang]"), as a hurried note or a system's lookup writes a person."""
    plain, _worded, _surnames = name_lists()
    surnames = pair_surnames()
    more = []
    for f in found:
        if f.kind is not Kind.NAME or any(c.isupper() for c in text[f.start:f.end]):
            continue  # (a name in small letters only: "Jane Smithers back" ends at its capitals)
        start, end = f.start, f.end
        after = _SMALL_AFTER.match(text, end)
        # (not a word a note puts after a name: "ring will smith back about…")
        if after is not None and all(listed_surname(part.capitalize(), surnames) for part in after.group("word").split("-")) \
                and not NAME_ENDS.match(text, end):
            end = after.end()
        for _ in range(2):
            before = _SMALL_BEFORE.search(text, max(0, start - 40), start)
            if before is None:
                break
            word = before.group("word")
            if before.group("joint") == "-" or key(word) in plain:
                start = before.start()
            else:
                break
        if (start, end) != (f.start, f.end):
            more.append(Finding(start, end, Kind.NAME, f.detector))
    return more


def _double_barrelled(text: str, found: list[Finding]) -> list[Finding]:
    """A name found up to a hyphen goes on over it: "Leopold-Rudyerd", "Holloway-Finch" where only the
    first part is a name the lists know (the second part alone would be left readable)."""
    more = []
    for f in [f for f in found if f.kind is Kind.NAME]:
        if text[f.end:f.end + 1] == "-" and (barrel := _BARREL.match(text, f.end)):
            if f.detector in ("register", "recurring") and text[f.start:barrel.end()].islower():
                continue  # a word the run learnt as a name's, in a compound of small letters: "moss-covered"
            more.append(Finding(f.start, barrel.end(), Kind.NAME, f.detector))
    return more


# a surname's particles, one or two ("al-Rashidi", "Ó Súilleabháin", "van der Westhuizen", "bin Hamid"): names' list
_SURNAME_PARTICLE = "(?:" + "|".join(sorted(SURNAME_PARTICLES, key=len, reverse=True)) + ")"
_PARTICLE_SURNAME = re.compile(rf"(?P<particle>{GAELIC_ARTICLE}|(?i:{_SURNAME_PARTICLE}(?:[ \t]+{_SURNAME_PARTICLE})?))"
                               r"(?P<joint>-|[ \t]+)(?P<word>(?:[tnh](?=[A-ZÁÉÍÓÚ]))?[^\W\d_](?:[^\W\d_]|['’\-](?=[^\W\d_]))*)")
# the first part of a double-barrelled surname, just before a name found from its hyphen ("Pryce-" of "Pryce-Jones")
_BARREL_BEFORE = re.compile(r"(?<![\w\-'’])[^\W\d_][^\W\d_'’]*(?:['’][^\W\d_]+)?-$")


def _whole_surnames(text: str, found: list[Finding], lines: bool = True) -> list[Finding]:
    """A name found without the whole of its surname takes it: the surname's particle and the word after
    it ("[Dafydd] al-Rashidi", "[Imogen] Ó Súilleabháin", a wrapped "[WOJCIECH]⏎Ó SÚILLEABHÁIN"), and a
    double-barrelled surname's first part before a hyphen ("Pryce-[Jones]", "Fitzwilliam-[Hughes]"),
    which the lists know one part of at most. The word after a particle is capitalised as the name is
    (a name in capitals, a capital then small letters), so "Gareth's van broke down" takes nothing.
    ``lines``: whether the particle may start the next line (not in a table, where a line is a row)."""
    gap = re.compile(r"[ \t]*(?:\r?\n[ \t]*)?" if lines else r"[ \t]+")
    more = []
    for f in found:
        if f.kind is not Kind.NAME:
            continue
        name = text[f.start:f.end]
        capitals = name.isupper()
        before = _BARREL_BEFORE.search(text, max(0, f.start - 40), f.start)
        if before is not None and (before.group().isupper() == capitals) and before.group()[0].isupper():
            more.append(Finding(before.start(), f.end, Kind.NAME, f.detector))
        space = gap.match(text, f.end)
        if space is None or space.end() == f.end:
            continue
        after = _PARTICLE_SURNAME.match(text, space.end())
        if after is None:
            continue
        word, particle = after.group("word"), after.group("particle").lower().split()[0]
        if len(word) > 1 and word[0] in "tnh" and word[1].isupper():
            word = word[1:]  # a Gaelic surname's prefixed letter ("tSaoir")
        common = particle in COMMON_PARTICLES and after.group("joint") != "-"
        if "\n" in space.group() and common and not capitals:
            continue  # the next line's "De Montfort University", "La Liga results": no wrapped surname
        if common and not capitals and not listed_surname(word, pair_surnames()):
            continue
        if word[0].isupper() and (word.isupper() == capitals or not capitals and word[1:].islower()) \
                and not NOT_A_PERSON.search(word):
            more.append(Finding(f.start, after.end(), Kind.NAME, f.detector))
    return more


def _names_inside_addresses_dropped(text: str, found: list[Finding]) -> list[Finding]:
    """``found`` without the names that lie inside an address its shape found, past the address's number: a street's
    and a town's words read as a surname and a forename ("126 Rose Hill, Carlisle" holds "Hill, Carlisle"), or a
    report's name column run on to the address line under the name, are the address's, to be learnt (and masked
    elsewhere) as an address's, never as a person's ("Carlisle Energy Services Ltd" in the next item). A name
    before any number of it ("Jane Smith, SW1A 1AA") is still the person's, learnt as theirs."""
    # (an address read from its shape: one a label or a field made may hold its addressee's name, "Ffion Marchbanks,
    # 12 Oak Road", to be learnt as a person's)
    addresses = sorted((f.start, f.end) for f in found if f.kind is Kind.ADDRESS and f.detector == "pattern")
    if not addresses:
        return found

    # (each address's first digit found once, and only the addresses starting at or before a name looked at, through
    # the running greatest end: a register of thousands of rows is read in n log n, not names x addresses)
    starts = [a for a, _b in addresses]
    digits = [_first_digit(text, a, b) for a, b in addresses]
    reach = list(itertools.accumulate((b for _a, b in addresses), max))

    def inside(f: Finding) -> bool:
        i = bisect.bisect_right(starts, f.start) - 1
        while i >= 0 and reach[i] >= f.end:
            if addresses[i][1] >= f.end and digits[i] < f.start:
                return True
            i -= 1
        return False

    return [f for f in found if not (f.kind is Kind.NAME and inside(f))]


def _first_digit(text: str, start: int, end: int) -> int:
    """Where the first digit of ``text[start:end]`` stands, or ``end`` where it has none."""
    match = _HAS_DIGIT.search(text, start, end)
    return match.start() if match else end


_SMALL_WORD_AFTER = re.compile(r"[ \t]+[a-z]{2,}")
_A_DETERMINER_BEFORE = re.compile(r"(?<![\w'’:])(?:the|a|an|this|that|these|those|our|your|their|its|my|some|"
                                  r"each|every)[ \t]+$", re.IGNORECASE)


def _a_word_not_a_learnt_name(text: str, f: Finding, register: RegisterMatcher) -> bool:
    """Is ``f`` a word that the run learnt, in another item, as a name's word and that is an English word too, used
    as the word: after an article or a determiner ("the mills cable tray", "the Castle gateway" after "Hamish Mills"
    and "Anders Castle" elsewhere), or a compound's word in small letters ("moss-covered")? A chat in small letters names people so too ("owner: mills", "hi grace,", "| 10:02 | mills rang
    back |"): anywhere else the word is masked. (A name the tester registered is masked however it is written.)"""
    if f.kind is not Kind.NAME or f.detector not in ("register", "recurring"):
        return False
    written = text[f.start:f.end]
    if not written.isalpha() or (written.islower() and not is_english_word_name(written)):
        return False  # (a capitalised one is judged by its place alone: "Castle" is in no list)
    if written.islower() and (text[f.end:f.end + 1] == "-" and text[f.end + 1:f.end + 2].islower()
                              or text[f.start - 1:f.start] == "-" and text[f.start - 2:f.start - 1].islower()):
        pass  # a compound's word: "moss-covered", "a well-field" (a double surname is written in capitals)
    elif not _A_DETERMINER_BEFORE.search(text, max(0, f.start - 12), f.start):
        return False
    elif not written.islower() and not (written[1:].islower() and _SMALL_WORD_AFTER.match(text, f.end)):
        return False  # (capitalised after a determiner only before a word: "the Castle gateway", not "the Moss.")
    entry = register.entry(normalise(written))
    return entry is not None and not entry.reference


def _name_words(text: str, found: list[Finding]) -> dict[str, Kind]:
    """The words of the people's names found in the item, for the run's other items, where a person is
    named by one word alone ("note from Marchbanks: looks fine" after "Customer: Ffion Marchbanks"): each
    word of a name of two or three words one of which is a forename the lists know (so the finding is a
    person's), of four letters or more and no English word that is also a forename ("Mark", "Grace")."""
    plain, worded, _surnames = name_lists()
    out: dict[str, Kind] = {}
    for f in [f for f in found if f.kind is Kind.NAME]:
        words = _NAME_WORD.findall(ESCAPES.sub(" ", text[f.start:f.end]))
        if not 2 <= len(words) <= 3 or not any(key(w) in plain for w in words):
            continue
        for word in words:
            # (not a label's word a detector took in: "Customer Cosmo Marchbanks" found as "Customer Cosmo")
            if len(word) >= 4 and key(word) not in worded and word.isalpha() and classify(word) is None:
                out[normalise(word)] = Kind.NAME
        if len(out) >= 2000:
            break
    return out


def _within_strings(text: str, found: list[Finding]) -> list[Finding]:
    """In JSON, a finding that runs from one string into the next (a name learnt from two list items,
    ``["Kofi", "Ama"]``, matched again across their quotes) is masked string by string: the document
    keeps its structure, each string's part of the value masked."""
    out: list[Finding] = []
    for f in found:
        span = text[f.start:f.end]
        if '"' not in span:
            out.append(f)
            continue
        at = f.start
        for index, piece in enumerate(re.split(r'(?<!\\)"', span)):
            # (the pieces alternate: inside a string, then between two strings, where only structure is)
            if index % 2 == 0 and piece.strip():
                lead = len(piece) - len(piece.lstrip())
                out.append(Finding(at + lead, at + len(piece.rstrip()), f.kind, f.detector, f.quote, f.tail))
            at += len(piece) + 1
    return out


def _not_across_rows(text: str, found: list[Finding], delimiter: str) -> list[Finding]:
    """A learnt value matched again across the end of a CSV's row is no value: "Result" ending a header and the "S" that
    opens the next row read as "Results", a word learnt as a surname in another item of the run (the row break
    bridged as any separator is), would mask both and take the file's rows apart. A line break inside a quoted cell
    is the cell's own."""
    if not any("\n" in text[f.start:f.end] for f in found):
        return found
    ends = sorted(row[-1][1] for row in structured.split_cells(text, delimiter) if row)
    return [f for f in found if "\n" not in text[f.start:f.end]
            or bisect.bisect_left(ends, f.start) == bisect.bisect_left(ends, f.end)]


def _split_at_bars(text: str, found: list[Finding], bar: str = "|") -> list[Finding]:
    """In a data flow, a finding that runs across a field's bar ("Imran|Qureshi": a name found whole
    elsewhere, matched again with the bar as its space) is masked field by field: the flow keeps its
    fields, each masked, and its bars. (``bar``: a CSV file's delimiter, for the values a run learnt.)"""
    out: list[Finding] = []
    for f in found:
        span = text[f.start:f.end]
        if bar not in span:
            out.append(f)
            continue
        at = f.start
        for piece in span.split(bar):
            # a CSV cell's quotes (and the "=" of ="…") belong to the cell, not to the value
            kept = piece.rstrip().rstrip('"') if bar != "|" else piece.rstrip()
            lead = len(kept) - len(kept.lstrip(' \t="' if bar != "|" else " \t"))
            if kept[lead:]:
                out.append(Finding(at + lead, at + len(kept), f.kind, f.detector, f.quote, f.tail))
            at += len(piece) + 1
    return out


def _inside_quoted_cells(text: str, rows: list[list[structured.Cell]], delimiter: str) -> list[Finding]:
    """A quoted cell that holds the delimiter or a line break ("Flat 2, 12 Elm Road, Leeds", an SMS's
    text) is prose of its own, where a comma is a comma: read as a text is (the row's reading takes the
    delimiter for the end of a field, and so stops an address before its town). The cells are read in
    one pass, joined by a separator no detector reads across; a finding is kept inside its cell."""
    cells = [(start, end) for row in rows for start, end, value in row if delimiter in value or "\n" in value]
    if not cells:
        return []
    joined, offsets = _joined_spans(text, cells)
    starts = [p for p, _ in offsets]
    out = []
    for f in find_all(joined):
        i = bisect.bisect_right(starts, f.start) - 1
        at, start = offsets[i]
        if f.end - at <= cells[i][1] - cells[i][0]:
            out.append(Finding(f.start - at + start, f.end - at + start, f.kind, f.detector, f.quote))
    return out


def _joined_spans(text: str, spans: list[tuple[int, int]] | list[list[int]]) -> tuple[str, list[tuple[int, int]]]:
    """The spans of ``text`` joined by ``_JOIN`` (a separator no detector reads across: a NUL between line
    breaks), for one scan of them all, and for each its (start in the joined text, start in ``text``)."""
    parts, offsets, position = [], [], 0
    for start, end in spans:
        offsets.append((position, start))
        parts.append(text[start:end])
        position += end - start + len(_JOIN)
    return _JOIN.join(parts), offsets


# A value typed one character to a JSON value: a keyboard macro's or a recorder's steps
# ({"command":"type","args":{"text":"1"}},{"command":"type","args":{"text":"4"}},…), a form filler's keystrokes
_ONE_CHARACTER_VALUE = re.compile(r'"(?P<key>[A-Za-z_][\w\-]{0,30})"[ \t]*:[ \t]*"(?P<char>[^"\\\n]|\\u[0-9A-Fa-f]{4})"')
_BETWEEN_STEPS = 200  # characters of other JSON between two steps of one value


def _one_character_values(text: str) -> list[Finding]:
    """Identifiers spelt by runs of eight or more one-character values under one key, read joined; each character's
    value is masked (the steps stay)."""
    runs: list[list[re.Match[str]]] = []
    for match in _ONE_CHARACTER_VALUE.finditer(text):
        last = runs[-1][-1] if runs else None
        if last is not None and last.group("key") == match.group("key") and match.start() - last.end() <= _BETWEEN_STEPS:
            runs[-1].append(match)
        else:
            runs.append([match])
    out: list[Finding] = []
    for run in runs:
        if len(run) < 8:
            continue
        chars = [m.group("char") if len(m.group("char")) == 1 else chr(int(m.group("char")[2:], 16)) for m in run]
        joined = "".join(chars)
        for f in find_all(joined, loose=False):
            # (each step's placeholder numbered by the whole value: numbered by its one character, the steps would
            # spell the value in a cipher of placeholders, a digit's each time the same)
            out.extend(Finding(*m.span("char"), f.kind, "characters", value=joined[f.start:f.end]) for m in run[f.start:f.end])
    return out


_OPENING_QUOTE = re.compile(r"=[ \t]*([\"'])")


def _in_a_tags_name(text: str, f: Finding) -> bool:
    """Does ``f`` lie in an element's name ("<Applicant>" where "Applicant" was learnt as a person's word in an
    earlier file, "<x:Mills>")? The names are the file's structure: masked, no reader could read it. Only an
    element the text also closes ("</Applicant>"): an address in a mail's "<ama.bell@…>" or "Customer:<Ama Bell>" is
    no element, and a value there is masked."""
    tag = text.rfind("<", max(0, f.start - 200), f.start + 1)
    if tag < 0 or text.find(">", tag, f.start) >= 0:
        return False
    name_start = tag + 2 if text[tag + 1:tag + 2] == "/" else tag + 1
    if not (text[name_start:name_start + 1].isalpha() or text[name_start:name_start + 1] == "_"):
        return False  # no element's name: a CDATA section's or a comment's "<!", a declaration's "<?"
    name_end = name_start
    while name_end < len(text) and not (text[name_end].isspace() or text[name_end] in "/>"):
        name_end += 1
    if not name_start <= f.start < name_end:
        return False
    name = re.escape(text[name_start:name_end])
    return re.search(rf"</{name}\s*>|<{name}(?:\s[^<>]*)?/>", text) is not None


def _within_attributes(text: str, found: list[Finding]) -> list[Finding]:
    """In markup, a finding that starts inside an attribute's quoted value ends at its closing quote: a label
    read in a value ("MPAN 2208021573352" after an entity's line break in draw.io's value="…") takes what
    follows on its line, but a reader of the value sees it end there, and the element's other attributes
    and tags are the file's structure."""
    out: list[Finding] = []
    for f in found:
        tag = text.rfind("<", max(0, f.start - 4000), f.start)
        if tag >= 0 and text.rfind(">", tag, f.start) < 0:
            opening = None
            for opening in _OPENING_QUOTE.finditer(text, tag, f.start):
                pass
            if opening is not None and text.find(opening.group(1), opening.end(), f.start) < 0:
                close = text.find(opening.group(1), f.start, f.end)
                if close > f.start:
                    f = dataclasses.replace(f, end=close)
        out.append(f)
    return out


def _within_cells(text: str, found: list[Finding], delimiter: str) -> list[Finding]:
    """In a CSV file, a finding that runs across a delimiter ("DIP-662451-FE,22-DD-27-…": the hex end of
    one cell and the device id in the next read as one id) is replaced by what each cell it touches
    holds read alone, when one of them holds that kind of value. Otherwise (a name learnt elsewhere
    matched over the First name and Surname cells, an MPAN split over two cells) each cell's part of it
    is masked on its own: the row keeps its cells, and nothing of the value is left."""
    out: list[Finding] = []
    for f in found:
        span = text[f.start:f.end]
        if delimiter not in span and "\n" not in span:
            out.append(f)
            continue
        line_start = text.rfind("\n", 0, f.start) + 1
        line_end = text.find("\n", f.end)
        line_end = len(text) if line_end < 0 else line_end
        row = structured.split_cells(text[line_start:line_end], delimiter)
        touched = [(line_start + start, line_start + end) for start, end, _value in (row[0] if row else ())
                   if line_start + start < f.end and line_start + end > f.start]
        if len(touched) < 2:
            out.append(f)  # a delimiter inside a quoted cell: the finding is in one cell after all
            continue
        alone = [Finding(start + g.start, start + g.end, g.kind, g.detector, g.quote)
                 for start, end in touched for g in find_all(text[start:end])]
        # only when a cell alone holds that kind of value is the crossing reading the wrong one
        out.extend(alone if any(g.kind is f.kind for g in alone) else [*alone, *_cell_parts(text, f, touched)])
    return out


def _fields_through(fields: list[tuple[int, int, bool]], replacements: list[Replacement]) -> list[tuple[int, int, bool]]:
    """The fields (spans in the text before ``replacements``) that no replacement touched, where they stand after."""
    ordered = sorted(replacements, key=lambda r: r.start)
    out: list[tuple[int, int, bool]] = []
    j, delta = 0, 0
    for start, end, plain in sorted(fields):
        while j < len(ordered) and ordered[j].end <= start:
            delta = ordered[j].out_end - ordered[j].end
            j += 1
        if j < len(ordered) and ordered[j].start < end:
            continue  # masked (in part): nothing of it is read again
        out.append((start + delta, end + delta, plain))
    return out


def _within_fields(text: str, found: list[Finding], fields: list[tuple[int, int, bool]]) -> list[Finding]:
    """Each finding that runs across two fields of a fixed-width record whose names say they hold no identifier (a
    reading and the date beside it read as an MPAN) replaced by what each field holds read alone. Across any other
    field it stays as well (an MPAN a copybook splits in two, "MPAN-DIST" and "MPAN-REST", is still one): each
    field's own value is its field's finding already (copybook)."""
    starts = [start for start, _end, _plain in fields]
    out: list[Finding] = []
    for f in found:
        first = max(0, bisect.bisect_right(starts, f.start) - 1)
        touched = [(a, b, plain) for a, b, plain in fields[first:bisect.bisect_left(starts, f.end)] if a < f.end and b > f.start]
        if len(touched) < 2 or not all(plain for _a, _b, plain in touched):
            out.append(f)
            continue
        out.extend(Finding(a + g.start, a + g.end, g.kind, g.detector, g.quote) for a, b, _plain in touched
                   for g in find_all(text[a:b]))
    return out


def _cell_parts(text: str, f: Finding, cells: list[tuple[int, int]]) -> list[Finding]:
    """``f`` cut at the cells it runs across, each part without the cell's quotes and blanks at its ends."""
    parts = []
    for cell_start, cell_end in cells:
        start, end = max(f.start, cell_start), min(f.end, cell_end)
        while start < end and text[start] in "\"' \t=":
            start += 1
        while end > start and text[end - 1] in "\"' \t\r":
            end -= 1
        if end > start:
            parts.append(Finding(start, end, f.kind, f.detector, f.quote, f.tail))
    return parts


_ASCII_UPPER = str.maketrans("abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
# kinds told by their shape alone, which capitals do not make out of ordinary words
_SHAPE_KINDS = {Kind.MPAN, Kind.MSN, Kind.DEVICE, Kind.POSTCODE}


_AROUND_AN_EDIT = 400  # characters either side of a second view's edit that are read again


def _read_again(text: str, register: RegisterMatcher | None, multiline: bool, *, forenames: bool, html_like: bool,
                records: bool) -> list[Finding]:
    """Findings in ``text`` (a canonical view) that only its own canonical view shows: a disguise inside a
    disguise. Only the stretches around the second view's edits are read again, each as a text of its own: a
    document's prose changes in a few places at most (an ellipsis, a dash), and read whole twice it cost a
    third more time."""
    again = canonical(text, html_like=html_like, records=records)
    if again.identity or again.text == text:
        return []
    windows: list[list[int]] = []
    for edit in again.edits():
        start, end = max(0, edit.start - _AROUND_AN_EDIT), min(len(text), edit.end + _AROUND_AN_EDIT)
        start = text.rfind("\n", 0, start) + 1  # (from a line's start: a label opens it)
        if windows and start <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], end)
        else:
            windows.append([start, end])
    found: list[Finding] = []
    for start, end in windows:
        piece = canonical(text[start:end], html_like=html_like, records=records)
        if piece.identity:
            continue
        for f in map_findings(piece, _as_read(piece.text, register, multiline, forenames=forenames)):
            found.append(Finding(f.start + start, f.end + start, f.kind, f.detector, f.quote, f.tail, f.value))
    return found


def _as_read(text: str, register: RegisterMatcher | None, multiline: bool, loose: bool = True, *,
             forenames: bool = True) -> list[Finding]:
    """The patterns, labels and the register on the canonical view's text. Not the table readers:
    tables are read in the text as stored (an HTML page's tags read as spaces make "tables" of
    whatever lines up). The view's own exotic separators are read as plain ones too, as the text's are (an escape
    "\\u2013" decodes to an en dash between a serial's groups)."""
    text = plain_separators(text)
    found = list(find_all(text, multiline=multiline, view=TextView(text), loose=loose, forenames=forenames))
    if register is not None:
        found.extend(register.find(text))
    return _outside_placeholders(text, found)


def _not_ours(text: str, found: list[Finding], register: RegisterMatcher | None,
              boundaries: frozenset[str] | None = None) -> list[Finding]:
    """Drop findings on what redaction itself leaves: placeholders, and the tester's own references; and on
    a format's own plumbing (a mail's MIME boundaries, a hex dump's offsets). ``boundaries``: the MIME
    boundaries of the whole text, when ``text`` is a part of it (the second look's windows)."""
    if register is not None and len(register):
        found = [f for f in found if not register.is_reference(text[f.start:f.end])]
    plumbing = _plumbing(text, _mime_boundaries(text) if boundaries is None else boundaries)
    if plumbing and found:
        found = _around(text, found, sorted(plumbing))
    return _outside_placeholders(text, found)


def _around(text: str, found: list[Finding], spans: list[tuple[int, int]]) -> list[Finding]:
    """``found`` with the stretches ``spans`` left out: a finding inside one is dropped, one that runs over
    one (digits read across a dump's lines and the offset between them) is kept on either side of it."""
    starts = [a for a, _ in spans]
    out: list[Finding] = []
    for f in found:
        i = bisect.bisect_right(starts, f.end)
        inside = [(a, b) for a, b in spans[max(0, i - 64):i] if a < f.end and f.start < b]
        if not inside:
            out.append(f)
            continue
        cursor = f.start
        for a, b in [*inside, (f.end, f.end)]:
            piece = text[cursor:a]
            if a > cursor and piece.strip(_EDGE):  # (the piece without the offset's colon and the line break)
                start = cursor + len(piece) - len(piece.lstrip(_EDGE))
                out.append(Finding(start, a - (len(piece) - len(piece.rstrip(_EDGE))), f.kind, f.detector, f.quote))
            cursor = max(cursor, b)
    return out


_EDGE = " \t\r\n:"


_BOUNDARY = re.compile(r"(?i)\bboundary=\"?(?P<value>[^\"';\s]{6,70})")


def _mime_boundaries(text: str) -> frozenset[str]:
    """The boundaries a MIME message declares ("----=_Part_445355_594108292.1798432286065"): a mailer's
    own string, whose digits (a time in milliseconds, a counter) name nothing."""
    if "oundary=" not in text and "OUNDARY=" not in text:
        return frozenset()
    return frozenset(m.group("value") for m in _BOUNDARY.finditer(text))


def _plumbing(text: str, boundaries: frozenset[str]) -> list[tuple[int, int]]:
    """Where ``text`` writes a MIME boundary, and a hex dump's offsets."""
    spans = [(at, at + len(value)) for value in boundaries for at in find_every(text, value)]
    spans.extend(dump_offsets(text))
    return spans


_PLACEHOLDER = re.compile(r"\[[A-Z]+-\d+\]")


def _outside_placeholders(text: str, found: list[Finding]) -> list[Finding]:
    """Nothing inside a placeholder redaction wrote is an identifier ("[MSN-100]" is not label MSN, value 100)."""
    if not found or "[" not in text:
        return found
    spans = [m.span() for m in _PLACEHOLDER.finditer(text)]
    if not spans:
        return found
    starts = [s for s, _ in spans]
    kept = []
    for f in found:
        i = bisect.bisect_right(starts, f.end) - 1
        # overlapping a placeholder: keep only the part of the finding outside it, if any
        if i >= 0 and spans[i][0] < f.end and f.start < spans[i][1]:
            if f.start < spans[i][0] and not _PLACEHOLDER.fullmatch(text[f.start:spans[i][0]].strip()):
                kept.append(Finding(f.start, spans[i][0], f.kind, f.detector, f.quote))
            continue
        kept.append(f)
    return kept


@collector_paused
def redact_text(text: str, *, register: RegisterMatcher | None = None, name: str = "",
                fmt: str | None = None, typed: bool = False, forenames: bool = True) -> TextRedaction:
    bom = text.startswith(BOM)
    body = text[1:] if bom else text
    fmt = fmt or detect_format(lines_as_shown(body), name)
    namer = Namer.after(body, register.reference_for if register is not None else (lambda _v: None))
    values: dict[str, Kind] = {}
    record_fields: list[tuple[int, int, bool]] = []
    found = find_identifiers(body, register, fmt, name=name, typed=typed, values=values, forenames=forenames,
                             fields=record_fields)
    result, replacements = apply(body, found, namer)
    # a fixed-width record's fields where they now stand: the second look must not read across two of them either
    fields = _fields_through(record_fields, replacements) if record_fields else []
    for _second_look in range(3):
        residue = _residue(result, replacements, register, multiline=fmt not in _RECORD_FORMATS, fmt=fmt)
        if residue and fields:
            residue = _within_fields(result, residue, fields)
        if residue and fmt in ("json", "jsonl") and any("," in result[f.start:f.end] for f in residue):
            # the second look reads windows, not the document: a run over an array's bare numbers is none
            scanned = (structured.json_findings if fmt == "json" else structured.jsonl_findings)(
                structured.without_line_comments(result) if fmt == "json" else result)
            if scanned is not None:
                residue = _within_one_number(residue, scanned[1], result)
        if residue and fmt == "csv":
            # (as the first pass: a value read across a delimiter is masked cell by cell, the row keeps its cells)
            shown = lines_as_shown(result)  # (the same length: a carriage return alone ends a row)
            residue = _within_cells(shown, residue, structured.sniff_delimiter(shown, titles=True) or ",")
        if not residue:
            break
        values.update(found_values(result, residue))
        result, more = apply(result, residue, namer)
        replacements = _shift(replacements, more) + more
        fields = _fields_through(fields, more) if fields else fields
    else:
        raise RedactionError(f"{name or 'text'}: identifiers remain after redaction; refusing to keep it")
    _check_shape(body, result, fmt, name)
    return TextRedaction((BOM if bom else "") + result, fmt, replacements, values)


# Characters either side of a replacement that a detector could read together with it: a label and
# its separator, a key, or the rest of a digit run (21 digits with separators). Windows then grow to
# the nearest whitespace so that no token is cut in two.
_CONTEXT = 60
# How much further a window grows to the nearest space or line break, so that it holds the tokens at
# its edges whole (a detector reading part of a UUID or a path finds what the whole does not).
_TOKEN_REACH = 1000
_SPACE = re.compile(r"\s")


def _residue(text: str, replacements: list[Replacement], register: RegisterMatcher | None,
             multiline: bool = True, fmt: str | None = None) -> list[Finding]:
    """A second scan, where the first pass changed the text: whatever a replacement now sits beside is
    read again (text nowhere near a replacement is unchanged and was scanned whole already)."""
    windows: list[list[int]] = []
    size, search = len(text), _SPACE.search  # a dense text has thousands of replacements
    # the pieces of tokens too long for a window to hold whole; see below
    cut: list[tuple[int, int]] = []
    for r in replacements:
        start = max(r.out_start - _CONTEXT, 0)
        furthest = max(start - _TOKEN_REACH, 0)
        start = _space_before(text, furthest, start)  # grow to a space or line break: no token cut in two
        tag = text.rfind("<", furthest, start)
        if tag >= 0 and text.find(">", tag, start) < 0:
            start = tag  # nor a tag: an attribute read without its element's name is a log's key=value
        if start > 0 and not text[start - 1].isspace():
            cut.append((start, r.out_start - _CONTEXT))
        limit = min(r.out_end + _CONTEXT + _TOKEN_REACH, size)
        found_space = search(text, min(r.out_end + _CONTEXT, size), limit)
        end = found_space.start() if found_space else limit
        if end < size and not text[end].isspace():
            cut.append((r.out_end + _CONTEXT, end))
        if windows and start <= windows[-1][1]:
            if end > windows[-1][1]:
                windows[-1][1] = end
        else:
            windows.append([start, end])
    if not windows:
        return []
    joined, offsets = _joined_spans(text, windows)  # one scan over all windows
    joined = lines_as_shown(joined)
    window_starts = [p for p, _ in offsets]
    found: list[Finding] = []
    # (as the first pass read it: in a record-per-line format no value runs on over a line or a delimiter)
    second_look = [*find_all(joined, multiline=multiline, view=TextView(joined, dense=True), loose=False),
                   *(register.find(joined) if register is not None else ())]
    # the joins' NULs are no disguise: when they are all the view drops, it reads as the text does
    if not only_joins(joined, "\x00", len(window_starts) - 1):
        read = canonical(joined, records=fmt in _RECORD_FORMATS)
        if read.changed_beyond({p - len(_JOIN) + _JOIN.index("\x00") for p in window_starts[1:]}):
            second_look.extend(map_findings(read, _as_read(read.text, register, True, loose=False)))
    kept = _not_ours(joined, second_look, register, _mime_boundaries(text))
    for f in _misreadings_dropped(joined, kept, tags=fmt in ("xml", "html")):  # (as in the first pass)
        i = bisect.bisect_right(window_starts, f.start) - 1
        shift = offsets[i][1] - offsets[i][0]
        start, end = f.start + shift, f.end + shift
        if cut and any(a <= start and end <= b for a, b in cut):
            # in a token too long for the window, away from the replacement: a detector reads the cut
            # piece as a token of its own ("...a6f2-399744277695" of a UUID as an MPAN); the first
            # pass read that token whole, and nothing beside this finding changed
            continue
        if f.detector == "context" and after_a_time_word(text, start):
            continue  # "ts": 1721319452243 where the window began after "ts": a time, as the first pass saw
        if f.kind is Kind.EMAIL and in_a_message_id(text, start):
            continue  # a mail's id, where the window began after its header's name
        if register is not None and f.kind is Kind.NAME \
                and _a_word_not_a_learnt_name(text, Finding(start, end, f.kind, f.detector), register):
            continue  # a learnt name's word used as the word, as the first pass judged it
        found.append(Finding(start, end, f.kind, f.detector, f.quote))
    if found and fmt is not None and any(f.kind in SHAPED_NUMBERS for f in found):
        # a window reads a column's cell without its header: the first pass knew it for a time
        spans = time_values(text, fmt)
        if spans:
            found = _outside_time_values(found, spans)
    return found


def time_values(text: str, fmt: str) -> list[tuple[int, int]]:
    """Values that a table's header, a dump's columns or a message's framing say are times or counters
    (see :func:`_outside_time_values`)."""
    spans: list[tuple[int, int]] = []
    if fmt == "csv":
        delimiter = structured.sniff_delimiter(text, titles=True)
        if delimiter:
            spans.extend(structured.time_cells(structured.split_cells(text, delimiter)))
    if fmt in ("text", "csv", "yaml") and ("insert" in text or "INSERT" in text or "Insert" in text):
        for _masked in find_sql_rows(text, spans):
            pass  # (only the times are wanted here)
    spans.extend(_request_counters(text))
    return spans


def _space_before(text: str, furthest: int, start: int) -> int:
    """Where a window reaching back to ``start`` begins: after the last space, tab or line break
    between ``furthest`` and ``start``, else at ``furthest``."""
    rfind = text.rfind
    best = rfind(" ", furthest, start)  # nearly always near: the others are looked for only after it
    best = max(best, rfind("\n", max(best, furthest), start), rfind("\t", max(best, furthest), start))
    return best + 1 if best >= 0 else furthest


_JOIN = "\n\x00\n"


def _shift(earlier: list[Replacement], later: list[Replacement]) -> list[Replacement]:
    """Keep earlier replacements' output positions true after a later pass changed text before them."""
    if not later:
        return earlier
    # later replacements come in order and do not overlap: the change in length up to each one's end,
    # summed once, then looked up by position (not summed afresh for every earlier replacement)
    ends = [m.end for m in later]
    growth = list(itertools.accumulate(len(m.text) - (m.end - m.start) for m in later))
    shifted = []
    for r in earlier:
        before = bisect.bisect_right(ends, r.out_start)
        delta = growth[before - 1] if before else 0
        shifted.append(Replacement(r.start, r.end, r.kind, r.detector, r.text, r.line, r.column,
                                   r.out_start + delta, r.out_end + delta))
    return shifted


def _check_shape(before: str, after: str, fmt: str, name: str) -> None:
    what = name or "text"
    if fmt == "json" and structured.json_shape(structured.without_line_comments(before)) \
            != structured.json_shape(structured.without_line_comments(after)):
        raise RedactionError(f"{what}: redacted JSON would not keep its structure; refusing to keep it")
    if fmt == "jsonl" and structured.jsonl_shape(before) != structured.jsonl_shape(after):
        raise RedactionError(f"{what}: redacted JSON lines would not keep their structure; refusing to keep it")
    if fmt == "xml" and structured.xml_shape(before) != structured.xml_shape(after):
        raise RedactionError(f"{what}: redacted XML would not keep its elements; refusing to keep it")
    if fmt == "csv":
        # read as the detectors did: a carriage return alone ends a row (see lines_as_shown)
        before, after = lines_as_shown(before), lines_as_shown(after)
        delimiter = structured.sniff_delimiter(before, titles=True) or ","
        rows, redacted = structured.csv_shape(before, delimiter), structured.csv_shape(after, delimiter)
        if rows != redacted:
            row = next((i for i, (a, b) in enumerate(zip(rows, redacted, strict=False), 1) if a != b),
                       min(len(rows), len(redacted)) + 1)
            raise RedactionError(f"{what}: row {row}: redacted CSV would not keep its rows and columns; "
                                 "refusing to keep it")


def summarise(replacements: Iterable[Replacement]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for r in replacements:
        counts[r.kind.value] = counts.get(r.kind.value, 0) + 1
    return counts
