"""Detectors that read plain text: identifier patterns, on-screen labels and ``key=value`` pairs.

They work on any text (logs, free text, the raw bytes of JSON/XML/CSV, OCR output), so nothing
depends on a payload being well formed. Three layers, from weakest to strongest evidence:
- patterns: an MPAN core with a valid check digit and distributor id, written plain, spaced,
  hyphenated or split over a line break; the 21-digit form; meter serial shapes; EUI-64 device
  ids; UK postcodes; e-mail addresses;
- labels: "MPAN", "Meter serial", "MPRN", "Customer name", "Supply address" ... followed by a value:
  the value is masked whatever it looks like (a typo in an MPAN is still an MPAN);
- key=value: ``mpan=...``, ``"msn": "..."``, ``?mprn=...``, ``X-Device-Id: ...`` with the key
  classified by :mod:`fields`.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import time
import unicodedata
from urllib.parse import unquote_plus
from collections.abc import Iterable, Iterator

from .fields import classify, name_partner, normalise_name
from .line_labels import (NOT_A_PERSON, ROLE_LABELS, a_header_row, find_changed_values, find_line_labels, find_next_line_values, find_spaced_fields, without_note,
                          a_sentence, label_starts, no_supply_number, number_written_whole,
                          plausible_person)
from .address_parts import address_towns, find_part_addresses
from .bare_numbers import COMPACT_DATE, EPOCH_SECONDS, find_numbers_beside
from .serials_beside import find_serials_beside
from .message_names import find_message_names
from .names import (FUEL_WORD, PARTICLE, find_addressees, find_chinese_names, occupant_or_house, find_joined_names, find_capitalised_surnames_first, find_cased_names, find_cued_small_names, find_forenames_then_capitals, find_bare_initialled_names, find_cued_initials, find_forenames_before_verbs, find_initialled_names, find_quoted_test_names, find_single_forenames, find_surname_first_names, find_role_bracketed_names, find_inverted_names, find_known_names, find_residents, find_surnamed_names,
                    is_listed_forename, is_listed_surname, is_plain_forename, any_listed_surname)
from .customer_values import COPULA, find_customer_values
from .customer_values import WORDS as CUSTOMER_WORDS
from .meter_values import WORDS as METER_WORDS, find_meter_values
from .label_gaps import WORDS as GAP_WORDS, find_numbers_after_labels
from .named_values import ALL_WORDS as NAMED_WORDS, find_named_values
from .system_titles import find_system_titles
from .findings import SHAPED_NUMBERS, UUID_SHAPE, Finding, Kind, fits_its_kind
from .line_counts import LineCounts
from .mpan import is_full_mpan, is_valid_mpan_core
from .shapes import (HEX_DIGITS, MAKERS, ODD_GAP, ONE_DIGIT_YEAR_SERIAL, PERSON_SIZED, STATUS_WORDS, find_address_before,
                     find_address_block, find_decimal_byte_devices, find_addresses, find_devices_loose, find_resolved_devices, find_spread_groups, hex_id_body,
                     find_house_addresses, find_house_names, find_small_streets, find_town_after,
                     find_gas_sized_serials, find_serials_loose, find_towns_between, sap_transport, timestamp_spans)
from .textview import DIGITS, HEX, LOWER, UPPER, TextView, classes, find_every, matches_at

# Digits with at most one separator between them: space, tab, hyphen, dot, or a line break
# (with the next line's indent). 13 to 21 digits in all.
# Digits with separators between groups: any run of spaces or tabs, up to two of - – . / | _ , : + (with
# spaces around them), or a line break (with the next line's indent).
_SEP = r"(?:[ \t\u00a0]+|[ \t]*[\-–./|_,:+]{1,2}[ \t]*|[ \t]*\r?\n[ \t]*)"
_DIGIT_RUN = re.compile(rf"(?<![\d])\d(?:{_SEP}?\d){{12,20}}(?![\d])")
# In CSV and data flows a line break ends a record: digits either side of it are different fields.
# (a comma is the delimiter there, not a separator)
_SEP_ONE_LINE = r"(?:[ \t\u00a0]+|[ \t]*[\-–./|_:+]{1,2}[ \t]*)"
_DIGIT_RUN_ONE_LINE = re.compile(rf"(?<![\d])\d(?:{_SEP_ONE_LINE}?\d){{12,20}}(?![\d])")
_CANDIDATE = re.compile(r"\d[\d \t\u00a0\-–./|_,:+\r\n]{11,}\d")
_CANDIDATE_ONE_LINE = re.compile(r"\d[\d \t\u00a0\-–./|_:+]{11,}\d")
# Class views (see textview) in which those stretches, and the shapes below, become literals.
_STRETCH_VIEW = classes("x", {DIGITS + " \t-./|_,:+\r\n": "0"})  # a candidate's characters: digits, separators
_STRETCH_VIEW_ONE_LINE = classes("x", {DIGITS + " \t-./|_:+": "0"})
_DIGIT_VIEW = classes("x", {DIGITS: "0"})
_SHAPE_VIEW = classes(".", {DIGITS: "0", UPPER: "A", LOWER: "a", " ": " "})
_FOLDED_SHAPE_VIEW = classes(".", {DIGITS: "0", UPPER + LOWER: "a", " \t_-+./": " "})  # (a URL writes a space "+"; "SY27/3PU")
_HEX_VIEW = classes(".", {HEX: "h", "-": "-", ":": ":", " ": " "})
_HEX_RUN_VIEW = classes(".", {HEX + "-": "h"})  # what a hash or a UUID is made of
# 13 or more of a class in a row; written out so that the regex engine searches for the literal
_THIRTEEN_OR_MORE = re.compile(rb"0000000000000" rb"0*")

_MSN = re.compile(
    # (small letters may touch it: OCR runs a link's serial into the words either side, "withL82BG47644for")
    # (or glued to the "SN" a form or a list writes before a serial: "SNE64BV78945")
    r"(?:(?<![A-Z0-9])|(?<=(?<![A-Za-z0-9])SN))(?:"
    r"[A-Z]{1,2}\d{2}[A-Z]{1,2}\d{5,7}"  # maker's letter(s), year, model letters, serial: S06DS123456, NK24H378970
    rf"|{ONE_DIGIT_YEAR_SERIAL}"  # ...a year's one digit: S8A42552, S8BG13161 (in capitals: "a1b23456" is a hash's)
    # a meter maker's three-letter code (its DLMS FLAG id), then the meter's number: EML064798651, LGZ218519641
    rf"|(?:{MAKERS})\d{{8,12}}"
    # SMETS2-style: year, manufacturer letter, 7 digits: 19P0123456; or up to 11 (21E60503134670), not
    # after a T or a Z: "…:00Z466420786" is a time run into the next cell's number
    r"|\d{2}[A-Z]\d{7}|\d{2}[A-SU-Y]\d{8,11}"
    # ...or the year, two letters of the maker and model, and six or seven digits: 19TD509714, 23WJ6317540
    r"|\d{2}(?!PR|CR|PO|RC|SR|WO|IN|RF|CH|TK|TC|CS|BR|ID|NO|QA|UK|GB|EU|US|RT|SO|IR|DF|BG|FX|RQ|JB)[A-Z]{2}\d{6,7}"
    # an older gas meter's: eight digits, a letter, the year (57155799D99); not E (an exponent), T or Z (a time)
    r"|\d{8}[A-DF-SU-Y]\d{2}"
    # ...or its digits, then the diaphragm meter's size (G4, U6) as a supplier's asset register writes it: 55862557G4
    r"|\d{7,10}[GU][46]"
    r")[A-Z]?(?![A-Z0-9])")  # a check letter some makers print after the digits
# EUI-64 device ids: 00-1B-C5-00-00-00-12-34. DUIS joins them with colons ("originator:target:counter"),
# so a neighbouring id does not stop a match; a longer hex dump is simply masked in pieces.
# (joined by hyphens or colons the eight pairs are one whatever is glued after them: OCR runs a highlighted id into
# the next word, "00-24-08-60-8B-1A-DF-61E6S7973082819"; apart by blanks, a digit or letter after ends no id)
_EUI64 = re.compile(r"(?<![0-9A-Za-z])[0-9A-Fa-f]{2}(?:(?P<s>[-:])(?:[0-9A-Fa-f]{2}(?P=s)){6}[0-9A-Fa-f]{2}"
                    r"(?![0-9A-Fa-f]*(?P=s)[0-9A-Fa-f])|[ ](?:[0-9A-Fa-f]{2}[ ]){6}[0-9A-Fa-f]{2}(?![0-9A-Za-z]))")
# UK postcodes. Matched without regard to case; one not in capitals must have its space ("rg1 2ab"),
# so that lower-case words with digits are not taken for one. The outward code's last letter may be any: Royal
# Mail uses only some there, but test data invents districts ("WC2C 7GZ", "N1G 2QX") and a reader reads a postcode;
# so with the area's second letter, which is never J or Z in a real one ("JZ37 2YY", "CJ3B 7EY" in a tester's labels);
# not an I, which a device's name and its memory make ("Raspberry Pi4 8GB", "Mi9 6GB").
POSTCODE_SHAPE = (r"(?:GIR ?0AA|[A-PR-UWYZ](?:\d[A-Z]?|[A-HJ-Z]\d[A-Z]?|\d\d|[A-HJ-Z]\d\d)"
                  r"(?:[ \t_\-+./]{1,3})?\d[ABD-HJLNP-UW-Z]{2})")
_POSTCODE = re.compile(rf"(?<![A-Za-z0-9]){POSTCODE_SHAPE}(?![A-Za-z0-9])", re.IGNORECASE)
# UK telephone numbers as people write them, with no label: 0 or +44 (and "(0)"), then ten digits in
# any grouping of spaces or hyphens (not tabs: in a TSV file a tab is the next field) ("0113 496 0160", "07700 900278", "+44 (0)20 7946 0018"). Only the
# national prefixes a subscriber has (01, 02, 03, 07): 08 and 09 are service numbers, and a number that
# is not a phone is rarely written with a leading zero and exactly eleven digits.
# (Each branch starts with a character and then looks behind it: a pattern that starts with a
# look-behind is tried at every position of the text, one that starts with "+", "(" or "0" only there.)
# A number may follow a label's colon ("TEL;TYPE=CELL:07700 900348", "tel:+447700900123"; not a time's, "09:01"),
# a label's full stop ("Tel.07817-780-427") or another number and a slash ("+44745…/028…"),
# not a digit's full stop (a decimal) or a word, and may be followed by a slash only before another number, by a
# colon only before a blank.
# (between its groups a space, a hyphen, or what a form's typist or a system put there: "01632_960573",
# "01632:960000", "01632/960907", "+44+7700+900615", "0113 - 496 - 0894", spaces in a run)
# (a bar, or a run of blanks or a tab, as a value typed into a form's boxes or pasted from a sheet's cells is spaced:
# "07873|523242", "07580      262735", "01616<TAB>631683")
_PHONE_GAP = r"(?:[ ]?[\-_:/+|,][ ]?|[ ]{1,8}|[ ]?\t[ ]?)"
_PHONE = re.compile(r"(?:\+(?<![\w+\-#]\+)(?<![\d.:]:\+)(?<![\d.]\.\+)44(?:[ +]|-(?=\d))?(?:\(0\) ?)?|\((?<![\w+\-#]\()(?<![\d.:]:\()0"
                    r"|0(?<![\w+\-#]0)(?<![\d.:]:0)(?<![\d.]\.0)(?:044 ?(?:\(0\) ?)?)?)(?=[1237])"
                    # (a colon after it ends a phone only where a label's colon would: "OUT to 020 7946 6113: Your…")
                    rf"(?P<national>\d{{1,4}}\)?(?:{_PHONE_GAP}?\d){{5,9}})(?![\w\-]|:(?![ \t\r\n]|$)|\.\d|/(?![0+(]))")
# the same written with dots between its groups ("07700.900.118", "+44 7700.900118", "020.7946.0018"): ten
# national digits exactly, so no date ("01.12.2026"), version or address of a network is one
_PHONE_DOTTED = re.compile(r"(?:\+(?<![\w.+\-]\+)44[ .]?(?:\(0\)[ .]?)?|0(?<![\w.+\-]0))(?=[1237])"
                          r"(?P<national>\d{2,5}(?:[ .]\d{2,6}){1,3})(?![\w]|[.\-]\d)")
# an e-mail address spelt out so that no program picks it up: "lq dot moss at energyhome dot example dot org",
# "j.smith(at)example.com", "jo [at] example [dot] co [dot] uk"; its last word a top-level domain
_DOT = r"(?:\.|[ \t]*(?:\(dot\)|\[dot\]|\{dot\})[ \t]*|[ \t]+dot[ \t]+)"
_EMAIL_IN_WORDS = re.compile(rf"(?i)(?<![\w.+\-])[a-z0-9_+\-]+(?:{_DOT}[a-z0-9_+\-]+)*[ \t]*"
                             rf"(?:@|\(at\)|\[at\]|\{{at\}}|(?<=[ \t])at(?=[ \t]))[ \t]*"
                             rf"[a-z][a-z0-9\-]*(?:{_DOT}[a-z0-9\-]+)*{_DOT}"
                             # (test data's reserved names too, RFC 2606: "jo [at] gmail [dot] example")
                             r"(?:com|org|net|uk|io|info|biz|gov|ac|co|me|eu|ie|de|fr|nl|es|it|pl|example|test|invalid"
                             r"|local|localhost|cymru|wales|scot|london|energy|email|online|cloud|app|dev|tech|ltd|plc)"
                             r"(?![\w\-]|\.\w|[ \t]+dot\b)")  # (a sentence's full stop may end it)
_SPELT_OUT = re.compile(r"(?i)(?<=[ \t])(?:dot|at)(?=[ \t])|\((?:at|dot)\)|\[(?:at|dot)\]|\{(?:at|dot)\}")
# (its domain's last label has a letter: "dave@10.11.72.48", an IRC user's ident at an IP address, is no address)
_AT_DOMAIN = r"@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z0-9-]*[A-Za-z][A-Za-z0-9-]*"
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+" + _AT_DOMAIN)
_LOCAL_PART_BEFORE = re.compile(r"(?<![\w.+-])[\w.+-]+\Z")
_QUOTED_LOCAL_BEFORE = re.compile(r'"[^"\s@\\]{1,64}"\Z')
_DOMAIN = re.compile(_AT_DOMAIN)

# -- labels ----------------------------------------------------------------------------------------

# A label ends at a word boundary and is followed by a separator: "MPAN: ", "MSN=", "Meter serial  ".
# (Not "|": in data flows and text tables it separates fields, and the next field is not the value.)
# (and where the value was read, said before its colon: "MPRN from the bill:", "Serial as printed on the meter:")
_SEEN_ON = (r"(?:[ \t]+(?i:from|on|in|as|per|of|at|the|a|an|my|our|their|printed|shown|quoted|given|written|read|bill|"
            r"meter|letter|statement|portal|site|card|screen|photo|label|plate|display|app|email|e-mail)){1,5}[ \t]*(?=:)")
# (a plural's "(s)" or a region's or a kind's word in brackets may follow the label: "MPRN(NI)", "MPAN (core)")
_LABEL_SEP = (r"(?![A-Za-z0-9])(?=[ \t:=#\-–(_'\"\[&])(?:" + _SEEN_ON + r")?[ \t]*(?:\([A-Za-z]{1,5}\.?\))?[ \t]*(?:[:=#\-–_]|"
              + COPULA + r"|&gt;)?"
              r"[ \t]*(?:&nbsp;|&#160;)*[ \t]*")
# where a free-text value ends: two spaces, a field delimiter, the line end, or the next "key=" / "Key:"
_VALUE_STOP = r"(?=[ \t]{2,}|[|;\t]|,?[ \t]+[A-Za-z_][\w.\-]*[ \t]*[=:]|\r?$|\n|$)"
_ID_VALUE = r"[A-Za-z0-9][A-Za-z0-9\-/.]{1,24}[A-Za-z0-9]"
_ONE_LINE = r"(?:[ \t\u00a0]+|[ \t]*[\-–./_,:+]{1,2}[ \t]*)"  # label values never continue on the next line
_OPEN = r"[\"'(\[]?"
# A capital letter of any Latin script ("Ó", "Ł", "Ž"), for names written as their owners write them.
_CAPITAL = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper() and unicodedata.category(c) == "Lu")
# A word of a name: a capital, then letters of any script, apostrophes and hyphens between letters, and
# capitals inside ("McGuinness", "MacDonald", "O'Brien", "Smith-Jones", "Dąbrowski", "Súilleabháin").
NAME_WORD = rf"[{_CAPITAL}](?:[^\W\d_]|['’\-](?=[^\W\d_]))+"
# An initial ("R", "A.", "J.R."); the small words some surnames start with are names.PARTICLE.
_INITIAL = rf"[{_CAPITAL}]\.?(?:[{_CAPITAL}]\.?)?(?![^\W\d_])"
# an MPRN written in three groups, as a bill or a portal prints one: "539-738-0425", "5397 380 425", "539.738.0425"
_GROUPED_MPRN = r"\d{3,4}(?:[ \t]?[\-.][ \t]?|[ \t])\d{3}(?:[ \t]?[\-.][ \t]?|[ \t])\d{3,4}"
_DEVICE_LABEL = r"(?i)\b(?:device[ \t]*(?:id|guid|eui)?|(?:esme|gsme|chf|comms[ \t]*hub|ihd|gpf|ppmid)[ \t]*(?:id|guid)?)"
# a flow's outcome before the supply it names ("rejected for 8498916040"): the label's words (see _LABEL_WORDS)
_OUTCOME_WORDS = ("accepted", "rejected", "failed", "validated", "processed", "registered", "settled", "matched", "queued",
                  "held", "blocked")
_LABELS: list[tuple[re.Pattern[str], Kind, str]] = [
    (re.compile(r"\b(?:MPAN|MPXN|MPxN|mpan|Mpan)(?:[ _-]?(?:core|Core|CORE|id|ID|no\.?|No\.?|number|Number))?"
                + _LABEL_SEP + _OPEN + r"(?P<value>\d(?:" + _ONE_LINE + r"?\d){4,20})"), Kind.MPAN, "digits"),
    (re.compile(r"(?i)\b(?:supply[ \t]+number|meter[ \t]+point(?:[ \t]+administration[ \t]+number)?|metering[ \t]+point)"
                + _LABEL_SEP
                + _OPEN + r"(?P<value>\d(?:" + _ONE_LINE + r"?\d){4,20})"), Kind.MPAN, "digits"),
    (re.compile(r"(?i)\b(?:MPRN|meter[ \t]+point[ \t]+reference(?:[ \t]+number)?)" + _LABEL_SEP
                # (or written as a count is, with thousands' commas: "3,869,698,163")
                + _OPEN + r"(?P<value>\d{1,3}(?:,\d{3}){2,3}(?![\d,])|\d(?:(?:[ \t]?[\-.][ \t]?|[ \t]|" + ODD_GAP + r")?\d){3,12})"),
     Kind.MPRN, "digits"),
    # a supply a flow's outcome names by its bare number: "D0150 rejected for 8498916040", "accepted for 1755606752 job
    # WO-1" (an MPRN's six to ten digits; not a count: "rejected for 120000 records")
    # (glued to the flow before it as OCR runs a card's words together, "D0010rejected f or 8498916040")
    (re.compile(r"(?i)(?<![A-Za-z])(?:" + "|".join(_OUTCOME_WORDS) + r")"
                r"[ \t]+f[ ]?or[ \t]+(?P<value>\d{6,10})(?![\w\-/:]|\.\d|[ \t]+(?:records?|rows?|items?|files?|bytes?|messages?|"
                r"reads?|readings?|kwh|mwh|ms|secs?|seconds?|minutes?|hours?|days?|times?|attempts?|retries|customers|"
                r"accounts|supplies|meters|sites|premises|users|jobs|batches)\b)"
                r"(?<!(?<!\d)20[0-4]\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))"),  # (not a compact date: "failed for 20250101")
     Kind.MPRN, "digits"),
    # an id a system built from the MPRN, after its label ("bad MPRN EVD-1379547482-34", "MPRN req-7993054405-33"):
    # the digits are the supply's number (eight to ten of them: "MPRN-REF-07" is a test's reference)
    (re.compile(r"(?i)\bMPRN[ \t]*[:=#]?[ \t]*[A-Za-z]{2,8}[\-_](?P<value>\d{8,10})(?:[\-_][A-Za-z0-9]{1,8})?(?![\w\-])"),
     Kind.MPRN, "digits"),
    (re.compile(r"(?i)\b(?:MSN|(?:gas[ \t]+|electricity[ \t]+|elec[ \t]+)?meter[ \t]*(?:serial|ser\.?)(?:[ \t]*(?:number|no\.?|num))?|"
                r"serial[ \t]*(?:number|no\.?)|meter[ \t]+(?:id|no\.?|number))" + _LABEL_SEP
                # a serial holds a digit: "Gas meter serial (from photo): …" names no serial "from"
                + _OPEN + r"(?P<value>(?=[A-Za-z0-9\-/.]*\d)" + _ID_VALUE + r")(?![A-Za-z0-9\-/.])"), Kind.MSN, "token"),
    (re.compile(r"(?i)\b(?:gas[ \t]+|electricity[ \t]+|elec[ \t]+|smart[ \t]+)?meter[ \t]+(?:number[ \t]+|no\.?[ \t]+)?"
                r"(?P<value>(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9\-/]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9\-/]{4,18}[0-9])"
                r"(?![A-Za-z0-9])"), Kind.MSN, "token"),
    (re.compile(_DEVICE_LABEL
                + _LABEL_SEP + _OPEN + r"(?P<value>[0-9A-Fa-f]{2}(?:[-: ]?[0-9A-Fa-f]{2}){5,9})(?![0-9A-Za-z])"),
     Kind.DEVICE, "token"),
    # a labelled device id as OCR may read it: dotted, a digit of a pair lost ("00.0D.F.00.0B.91.4A.36")
    (re.compile(_DEVICE_LABEL
                + _LABEL_SEP + _OPEN + r"(?P<value>[0-9A-Fa-f]{1,2}(?P<sep>[-:. ])(?:[0-9A-Fa-f]{1,2}(?P=sep)){5,8}"
                r"[0-9A-Fa-f]{1,2})(?![0-9A-Za-z]|[-:.][0-9A-Za-z])"), Kind.DEVICE, "token"),
    (re.compile(r"(?i)\b(?:post[ \t]*code|postal[ \t]+code)[ \t]*[:=]?[ \t]*(?P<value>[A-Za-z]{1,2}\d[A-Za-z\d]?"
                r"[ \t]{0,3}\d[A-Za-z]{2})(?![A-Za-z0-9])"), Kind.POSTCODE, "token"),
    # a customer's account number as a cache's or a queue's key writes it, the entity's word and a colon glued to it
    # ("HSET cust:300909261849", "GET customer:1000 3430 59", "acct#9912345678", "cust:{3009…}", "customer/3009…/profile")
    # (or a hyphen, as an extract's id column writes it: "|CUST-9424621|")
    (re.compile(r"(?i)(?<![\w\-.])(?:cust|customer|acct|account|acc)(?:[:#_/\-]\{?|:\{)(?P<value>\d{6,12}|\d{3,5}(?:[ \t]\d{2,5}){1,3})"
                r"(?!\w|[ \t]\d)"), Kind.ACCOUNT, "digits"),
    (re.compile(r"(?i:\b(?:customer|cust|caller(?![ \t]+(?:id|display|line|identity|number|group|queue|tune|"
                r"location|verification|authentication|type)\b)|account|contact|occupier|occupant|tenant|resident|homeowner|"
                r"home[ \t]+owner|bill[ \t]*payer|consumer|landlord|spoke[ \t]+(?:to|with)|speaking[ \t]+(?:to|with)|"
                r"talked[ \t]+(?:to|with)|met[ \t]+with)"
                # (a map's arrow and an Erlang binary's brackets too: customer => <<"Harriet Carrick-Moore">>)
                r"(?:[ \t_\-]+(?:name|holder|is))?)" + r"(?![A-Za-z0-9])[ \t]*(?:=>|->|[:=\-–])?[ \t]*(?:<<)?[\"'‘“]?"
                r"(?P<value>(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|MR|MRS|MS|MISS|DR)\.?[ \t]+)?"
                r"(?!(?:The|This|That|Name|Holder|Details|Confirmed|Not|No|None|Unknown|Was|Is|Has)\b)"
                rf"(?!{FUEL_WORD})"  # ("LANDLORD GAS SAFETY RECORD (CP12)": a certificate's title, no landlord's name)
                rf"(?!(?i:{STATUS_WORDS})\b)"  # "customer Status Active", "account Pending Review"
                # "Kirsty Buchanan", "Zhang, Wei" (surname first), "A McGuinness"
                # (a run of three blanks or more after the name is a column's gap: "Customer: Ann Lee   Ref TC-7")
                # ...or a surname and its initials ("Account holder Featherstonehaugh, A.")
                rf"(?:{_INITIAL}[ \t]+)?{NAME_WORD}(?:,?[ \t]{{1,2}}(?:{PARTICLE}[ \t]+)?{NAME_WORD}(?:[ \t]{{1,2}}{NAME_WORD}){{0,2}}"
                rf"|,?[ \t]{{1,2}}[{_CAPITAL}]\.(?:[ \t]?[{_CAPITAL}]\.){{0,2}}(?![^\W\d_]))"
                # (or an initial and a surname: "caller M. de la Cruz on …", "customer G. Raghunathan")
                rf"|[{_CAPITAL}]\.[ \t]?(?:{PARTICLE}[ \t]+)?{NAME_WORD}(?![^\W\d_]))"),
     Kind.NAME, "token"),
    (re.compile(r"(?i)\b(?:tel(?:ephone)?|phone|mobile)(?:[ \t]+(?:number|no\.?))?[ \t]*[:=][ \t]*"
                r"(?P<value>\+?[\d(][\d ()\-]{8,16}\d)"), Kind.PHONE, "token"),
    # a supply named by what identifies it, in a log's prose: "Validation failed for supply 434423402",
    # "for supply 92m3798042" (an MPRN or a serial; an MPAN or a device id there is found by its shape)
    (re.compile(r"(?i)\bsupply(?:[ \t]+point)?[ \t]+(?P<value>\d{6,10}|" + _GROUPED_MPRN + r")(?![\w\-/:]|\.\d)"),
     Kind.MPRN, "digits"),
    (re.compile(r"(?i)\bsupply(?:[ \t]+point)?[ \t]+(?P<value>(?=[A-Za-z0-9]*[A-Za-z])(?=(?:[A-Za-z]*\d){5})"
                r"[A-Za-z0-9]{6,16})(?![\w\-/:]|\.\d)"), Kind.MSN, "token"),
    # a gas supply's number in prose, the words between as people write them: "gas 5742236834", "Gas meter
    # point ref 4338148346", "Gas M number 8029413047", "gas 96910 63465" (an MPRN is 6-10 digits, at
    # most in two groups); not a reference's part ("MSG-GAS-752320", a message's id)
    # (what a person says between: "gas one is 5586·3347"; two groups apart by a run of blanks or a separator that
    # writes no number: not a thousands comma or a year range's slash, nor a decimal point but between two fours,
    # where a middle dot is read as one: "5586·3347")
    (re.compile(r"(?i)(?<![\w\-])gas(?:[ \t]+(?:meter|supply|point|ref|reference|m|no\.?|num|number|mprn|id|account|site|"
                r"one|is|was))"
                r"{0,4}[ \t]*[:=#\-]?[ \t]*(?P<value>\d{6,10}|" + _GROUPED_MPRN + r"|\d{3,5}(?:[ \t]{1,8}|[ \t]?[\u00b7:+_][ \t]?"
                r"|[ \t]+-[ \t]+)\d{3,5}|\d{4}\.\d{4}"
                r")(?![\w\-/:]|\.\d|[ \t]?[\u00b7/.,:+_\-][ \t]?\d)"), Kind.MPRN,
     "digits"),
    # ...and one of nine or ten digits in any grouping after "gas" (a bank's remittance text "GAS 75/966/682/28",
    # an SMS's "Gas ref 4 9 7 6 1 2 1 6 0 1") or a supply point's "SP": a reading has fewer digits
    (re.compile(r"(?i)(?:(?<![\w\-])gas(?:[ \t]+(?:meter|supply|point|ref|reference|no\.?|num|number|mprn|id|sp|one|is|was))"
                r"{0,3}|(?<![\w\-])(?-i:SP|S\.P\.))[ \t]*[:=#\-]?[ \t]*"
                r"(?P<value>\d(?:(?:[ \t]{1,3}|[ \t]?[/\-.\u00b7\u00a6\u21e5\u2009_|][ \t]?|[ \t]+-[ \t]+)?\d){8,9})"
                r"(?![\w\-/:]|\.\d|[ \t]{0,3}[/\-.\u00b7\u00a6\u21e5\u2009_|]?[ \t]{0,3}\d)"), Kind.MPRN, "digits"),
    # a gas supply's folder in a path or a bucket's key ("gas/1164852290/reads.csv", "s3://…/gas/56565231/"): the
    # folder under "gas" is the supply's, as an MPRN names it
    (re.compile(r"(?i)(?<![\w\-])gas/(?P<value>\d{6,10})(?=/)"), Kind.MPRN, "digits"),
    # SAP's business partner, the customer's number ("already allocated to business partner CA-276182-47")
    # (after "BP" alone: a blank or a colon before seven digits or more that are no date, "BP 1000123456"; not
    # "BP-1234567", "breakpoint BP 12345", "BP 20251201 release")
    (re.compile(r"(?i)(?:\bbusiness[ \t]+partner(?:[ \t]+(?:no\.?|number|id))?[ \t]*[:=#]?[ \t]*"
                r"(?!(?-i:TC|INC|REQ|CHG|WO|PR|DEF|BUG|JOB)-?\d)"
                r"|(?<![\w\-])(?-i:BP)(?:[ \t]+(?:no\.?|number))?(?:[ \t]*:[ \t]*|[ \t]+)(?=\d{7,10}(?![\w\-])))"
                r"(?!(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d))"
                r"(?P<value>(?-i:[A-Z]{0,3})-?\d{5,10}(?:-\d{2})?)(?![\w\-])"), Kind.ACCOUNT, "token"),
]
# a customer's account reference by its own prefix, with no label (a cache's {"a": "CUST2533258"}, a row's
# 'AC954247902', "CA-89229450"): the prefix says whose; seven digits or more, so no ticket's "CA-1234"
# (found from its digits, then its prefix looked for before them: a pattern opening with a look behind and letters in
# either case is tried at every character of a log of megabytes, a run of digits only where a digit stands)
_ACCOUNT_DIGITS = re.compile(r"\d(?<!\d\d)\d{6,11}(?![\w\-]|\.\d)")
_ACCOUNT_PREFIX = re.compile(r"(?<![\w\-.])(?:(?i:cust|cus|acct|acc)|AC|CA)[\-_. ]?\Z")

# key=value, "key": value, key: value -- the key classified by fields.classify
# (An unquoted key's first character is tested before what stands before it, "[A-Za-z_](?<![\w.\-].)"
# rather than "(?<![\w.\-])[A-Za-z_]": the same test, and every alternative then starts with a character
# the engine checks first, so the pattern is given up sooner at the many places it cannot start.)
_KEY_VALUE_SOURCE = (
    r"""(?P<key>"[A-Za-z_][\w .:\-]{0,60}"|'[A-Za-z_][\w .:\-]{0,60}'|[A-Za-z_](?<![\w.\-].)[\w.:\-]{0,60})"""
    r"""[ \t]*(?P<op>=>(?=[ \t]*["'])|=|:)[ \t]*"""  # ("=>" before a quote: a Ruby or a Perl hash's, "town"=>"Aberdeen")
    # (an unquoted value ends at a record's field delimiter too: LEEF's "^" (its header names it), "~", FIX's SOH,
    # where the next field's key follows it: "^" and "~" between a value's own parts are HL7's and X12's components,
    # "name=Grace~Bell" is one value)
    r"""(?P<value>"(?:[^"\\\n]|\\.)*"|'[^'\n]*'|(?:[^BLANKS,;|&<>"'{}\[\]^~\x01]|[\^~](?![A-Za-z_][\w.\-]*=))+)"""
)
_KEY_VALUE = re.compile(_KEY_VALUE_SOURCE.replace("BLANKS", r"\s"))
# The same pattern for a text that is all ASCII, on which it matches exactly the same, a fifth faster
# (the engine tests \w and \s by table). In ASCII mode \s lacks the separators \x1c-\x1f that
# Unicode counts as blanks, so they are spelt out.
_KEY_VALUE_ASCII = re.compile(_KEY_VALUE_SOURCE.replace("BLANKS", r"\s\x1c-\x1f"), re.ASCII)
# Read in the reversed text: every "=" or ":" with what stands just before it in the text, a quoted key
# or the last 61 characters of a run of key characters (a key is at most 61, and ends the run: all of
# it, or what follows a ":" in it). Each separator is reported, as the pattern consumes only the
# separator itself. One pattern per separator, each starting with a literal that the regex engine
# skips to (a class of two characters is tried at every position); together they report what
# "[=:]" would. (Also for ASCII texts, in ASCII mode.)
_KEYS_BACKWARDS_SOURCE = r"""SEP(?=[ \t]*("[\w .:\-]{1,61}"|'[\w .:\-]{1,61}'|[\w.:\-]{0,61}))"""
_KEYS_BACKWARDS = tuple(re.compile(_KEYS_BACKWARDS_SOURCE.replace("SEP", sep)) for sep in "=:")
_KEYS_BACKWARDS_ASCII = tuple(re.compile(_KEYS_BACKWARDS_SOURCE.replace("SEP", sep), re.ASCII) for sep in "=:")
# Below this many characters the whole text is scanned for key=value pairs (the first pass would cost
# more than it saves); above it, only the lines a reported pair can be on.
_KEY_VALUE_SCAN_ALL_BELOW = 20_000
# What follows a key in a pair: maybe its closing quote, blanks, the separator, blanks, and a
# character a value can start with (a quote, or one the unquoted value allows; \s in either mode).
_KEY_THEN_VALUE = r"""["']?[ \t]*[=:][ \t]*[^\s\x1c-\x1f,;|&<>{}\[\]]"""


_NOT_DIGIT = re.compile(r"\D")
_DIGIT_GROUP = re.compile(r"\d+")


def _digits(text: str) -> str:
    return text if text.isdigit() else _NOT_DIGIT.sub("", text)


# SHA-256/SHA-1/MD5 digests and other long hex tokens, and UUIDs (correlation ids): a digit run
# inside one is part of it, not an MPAN.
_HEX_TOKEN = re.compile(r"(?<![0-9A-Za-z])(?:[0-9a-fA-F]{32,}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                        r"[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?![0-9A-Za-z])")


_CURRENCY = ("£", "$", "€")
_PENCE = re.compile(r"\d{1,7}[.,]\d{2}(?![\d.,])")


def find_mpans(text: str, multiline: bool = True, view: TextView | None = None,
               candidates: list[tuple[int, int]] | None = None) -> Iterator[Finding]:
    """MPAN cores and full MPANs by checksum and distributor id, in any common layout. ``candidates``: the
    stretches that could hold one (see _mpan_candidates), if the caller has them."""
    run = _DIGIT_RUN if multiline else _DIGIT_RUN_ONE_LINE
    if candidates is None:
        candidates = list(_mpan_candidates(text, multiline, view or TextView(text)))
    for start, end in candidates:
        if end - start == 13 and (digits := text[start:end]).isdecimal():
            # 13 digits and nothing else (the commonest candidate): the pattern would match them whole,
            # and no date or time has 13 digits in a row, so only the checksum decides (and a word before
            # that says it is a time in milliseconds: "Epoch 1718743767380" passes the checksum)
            if is_valid_mpan_core(digits) and not after_a_time_word(text, start):
                yield Finding(start, end, Kind.MPAN, "pattern")
            continue
        # the exact pattern only inside stretches of digits and separators long enough to hold 13 digits
        spans: list[tuple[int, int]] = []
        for match in run.finditer(text, start, end):
            for found in _mpan_findings(text, match):
                if found.start > 0 and text[found.start - 1] in _CURRENCY and _PENCE.match(text, found.start):
                    continue  # an amount's pounds and pence run into the next number ("£194.21  17189860")
                if _DATE_OR_TIME_CHARS.search(text, found.start, found.end) \
                        and (after := _after_a_leading_date(text, found)) is not None:
                    for rest in run.finditer(text, after, found.end):
                        for f in _mpan_findings(text, rest):
                            if _no_other_number(text, f):
                                spans.append((f.start, f.end))
                                yield f
                elif _no_other_number(text, found):
                    spans.append((found.start, found.end))
                    yield found
        if end - start > 21:
            yield from _mpans_in_cells(text, start, end, run, spans)


# what parts a stretch of digits into a row's cells: a line break, a tab, a column's spaces, a field's colon, bar,
# comma or semicolon ("2026-03-04      2349 9531 4853 1", "4: 1252 3746 3860 4")
_CELL_BREAK = re.compile(r"[ \t]*(?:\r?\n|\t| {2,}|[:|,;] ?| / )[ \t]*")  # (" / ": a list's next item)


def _mpans_in_cells(text: str, start: int, end: int, run: re.Pattern[str],
                    spans: list[tuple[int, int]]) -> Iterator[Finding]:
    """A grouped MPAN in a cell of its own among other numbers of a row, or after the last line's, when the stretch of
    digits and separators runs on past 21 digits: the pattern's greedy first match ends inside the MPAN ("£716.47
    2026-03-04      2349 9531 4853 1", "...2026-11-01\n4: 1252 3746 3860 4"), so each cell is read alone as well (a
    full MPAN's top line too, where the greedy match found only its core: "2026-06-23      01 811 023 1800136540220")."""
    at = start
    cells = [*_CELL_BREAK.finditer(text, start, end), None]
    firsts = [a for a, _b in spans]  # (found in order along the stretch: the span that may hold a cell is found by bisection)
    for brk in cells:
        cell_end = end if brk is None else brk.start()
        holder = bisect.bisect_right(firsts, at) - 1
        if cell_end - at >= 13 and not (holder >= 0 and spans[holder][1] >= cell_end):
            for match in run.finditer(text, at, cell_end):
                for found in _mpan_findings(text, match):
                    if _no_other_number(text, found):
                        yield found
        if brk is not None:
            at = brk.end()


def _no_other_number(text: str, found: Finding) -> bool:
    """Whether digits that make an MPAN's shape over separators are not, after all, a time, an IP address or a
    list of decimals."""
    return not _mostly_time(text, found) and not _in_ip_address(text, found) and not _into_a_time(text, found) \
        and not _DECIMAL_LIST.search(text, found.start, found.end) and not _a_token_across_a_bar(text, found)


_UUID_AHEAD = re.compile(rf"(?<![0-9A-Fa-f]){UUID_SHAPE}(?![0-9A-Fa-f])")


def _a_token_across_a_bar(text: str, found: Finding) -> bool:
    """Whether the digits run from a token glued to letters over a field's bar (or a blank) into the next field
    ("JOB2120503|15 2709 3774 780": a job's id, then a core whose first digits passed the checksum with it):
    a cell such as "JOB2120503" is a token of its own. (Digits alone either side of bars, an S box pasted as
    a table's cells, are still read as one number.)"""
    if "|" not in text[found.start:found.end]:
        # (a UUID's first group opening in the digits: "CRN18447100 75040cae-96d9-…", a customer reference and a
        # UUID are two tokens; letters glued to an MPAN's ends are OCR's, "AA1000 0000 00003AA" is still one)
        return " " in text[found.start:found.end] and any(
            match.start() < found.end for match in _UUID_AHEAD.finditer(text, found.start, min(len(text), found.end + 40)))
    return text[found.start - 1:found.start].isalpha() or text[found.end:found.end + 1].isalpha()


_DATE_OR_TIME_CHARS = re.compile(r"[:\-/.]")
# an IPv4 address, with a port or not: "10.29.8.252:28449" holds 13 digits that may pass the checksum
_IP_ADDRESS = re.compile(r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?::\d{1,5})?(?![\d.])")


def _in_ip_address(text: str, found: Finding) -> bool:
    """Whether the digits found lie within an IPv4 address and its port, and are no more than that; or start or
    end inside one ("10.117.74.160 | 59582": an address's last octets and the next cell's number)."""
    if "." not in text[found.start:found.end]:
        return False
    for match in _IP_ADDRESS.finditer(text, max(0, found.start - 22), min(len(text), found.end + 22)):
        if match.start() <= found.start and found.end <= match.end():
            return True
        if match.start() < found.start < match.end() or match.start() < found.end < match.end():
            return True
    return False


# a list of decimals, as a row of readings writes them: "1.653,0.094,0.530,1.186" holds 13 digits that may pass
# the checksum (each a fraction after its point: an MPAN written with points and commas is not split so)
_DECIMAL_LIST = re.compile(r"\d\.\d+,\d+\.\d+,\d")


def _mostly_time(text: str, found: Finding) -> bool:
    """Whether half or more of a digit run is a date and time ("2026-11-24 10:12:34.567" holds 13 digits
    that may pass the checksum): such a run is a timestamp, not an MPAN."""
    raw = text[found.start:found.end]
    if not _DATE_OR_TIME_CHARS.search(raw):
        return False
    inside = sum(max(0, min(b, found.end) - max(a, found.start)) for a, b in timestamp_spans(text, found.start, found.end))
    return inside * 2 >= found.end - found.start


def _into_a_time(text: str, found: Finding) -> bool:
    """Whether the digits run into a date and time and stop inside it ("Gas meter: 00L2771924" /
    "2024-10-16T19:28:41Z INFO", the line break read as a space where prose is unwrapped: seven digits,
    the year and the month passed the checksum). A number never ends inside a timestamp."""
    # (the character after the digits too: "G6A212516999           2026-11-22" ends at the year of a date)
    if not _DATE_OR_TIME_CHARS.search(text, max(0, found.start - 1), min(len(text), found.end + 1)):
        return False
    # nor starts inside one: "… | 2026-10-06" / "1100 | 2350548515379", a table's date, the next row's id and core
    return any(found.start < a < found.end < b or a < found.start < b < found.end
               for a, b in timestamp_spans(text, found.start, found.end))


def _after_a_leading_date(text: str, found: Finding) -> int | None:
    """Where a whole date (and time) that opens the digits found ends, if one does: "2026-12-03,1.653,0.094,…",
    a row's date and its readings, is no MPAN, and "2026-12-03 10 0000 0000 003" is a date and a core (21 digits
    read as a full MPAN). Only what follows the date may be one."""
    for a, b in timestamp_spans(text, found.start, found.end):
        if a == found.start < b < found.end:
            return b
    return None


def _mpan_candidates(text: str, multiline: bool, view: TextView) -> Iterator[tuple[int, int]]:
    """The spans of the matches of ``_CANDIDATE`` that could hold an MPAN (13 digits or more, see
    _could_hold_mpan).

    ``_CANDIDATE`` matches each maximal stretch of digits and separators from its first digit to its
    last, when that is 13 characters or more. The stretch view finds such stretches as runs of 13 or
    more "0"s; only those then meet the pattern, within the run (it cannot match across its ends)."""
    pattern = _CANDIDATE if multiline else _CANDIDATE_ONE_LINE
    stretches = view.view(_STRETCH_VIEW if multiline else _STRETCH_VIEW_ONE_LINE)
    digits = view.view(_DIGIT_VIEW)
    if stretches is None or digits is None:
        yield from (match.span() for match in pattern.finditer(text))
        return
    for stretch in _THIRTEEN_OR_MORE.finditer(stretches):
        start, end = stretch.span()
        count = digits.count(b"0", start, end)
        if count < 13:
            continue
        first, last = digits.find(b"0", start, end), digits.rfind(b"0", start, end) + 1
        if count == last - first:  # one group of digits (separators only around it, "...=<digits> msn"):
            if count <= 21:  # the pattern's match; a core or a full MPAN if 13 to 21 of them
                yield first, last
        elif _could_hold_mpan(digits[start:end]):
            found = pattern.search(text, start, end)
            if found is not None:
                yield found.span()


@functools.lru_cache(maxsize=4096)  # a log repeats a few shapes (a serial's digits, a line break, a date)
def _could_hold_mpan(digits: bytes) -> bool:
    """Whether a stretch (in the digit view) could yield a finding: ``_DIGIT_RUN`` matches whole groups
    of digits in a row, 13 to 21 digits, and reports one if it has 13 (a core) or 21 (a full MPAN), or
    a core that starts and ends with groups, or, unseparated, ends with a core. So some groups in a row
    must add up to 13 or 21, or one group hold 14 to 21 digits. (A log line's end and the next line's
    date, "1234567" and "2026-11-24", is such a stretch that cannot.)"""
    sizes = [len(group) for group in digits.split(b"x") if group]
    if any(14 <= size <= 21 for size in sizes):
        return True
    # groups i to j-1 add up to 13 or 21 where the running totals before i and before j differ so
    totals = set(itertools.accumulate(sizes, initial=0))
    return any(total + 13 in totals or total + 21 in totals for total in totals)


def _mpan_findings(text: str, match: re.Match[str]) -> Iterator[Finding]:
    raw = match.group()
    digits = _digits(raw)
    if len(digits) == 13 and is_valid_mpan_core(digits):
        yield Finding(match.start(), match.end(), Kind.MPAN, "pattern")
    elif len(digits) == 21 and is_full_mpan(digits):
        if "\n" in raw and _DIGITS_BEFORE_ON_LINE.search(text, max(0, match.start() - 12), match.start()):
            yield from _mpan_inside(text, match, separated=True)  # (its first line the end of another number: the core)
        else:
            yield Finding(match.start(), match.end(), Kind.MPAN, "pattern")
    elif len(digits) > 13:
        yield from _mpan_inside(text, match, separated=len(digits) != len(raw))


# (a long number opening with the seconds of a moment from 2017 to 2036, bare_numbers.EPOCH_SECONDS, is that moment, finer)
# a compact date and hour opening a long number: an id built from the moment it was made
_DATED = re.compile(COMPACT_DATE.pattern + r"(?:[01]\d|2[0-3])")


_DIGITS_BEFORE_ON_LINE = re.compile(r"(?<!\d)\d{3,}[ \t]?\Z")  # (a number's digit group just before, on its line)


def _mpan_inside(text: str, match: re.Match[str], separated: bool) -> Iterator[Finding]:
    """A run longer than 13 digits may hold an MPAN among other digits: an S-line prefix
    ("01 801 100 12 0002 3305 967") or neighbouring numbers in a spaced row. A core found inside must
    begin and end where the run's digit groups do, so that a chance-valid 13 digits straddling two
    numbers is not taken for one. Unseparated long numbers (timestamps, ids) count only when a valid
    core ends the run."""
    raw = match.group()
    groups = [m.span() for m in _DIGIT_GROUP.finditer(raw)]  # each run of digits, in ``raw``
    digits = "".join(raw[a:b] for a, b in groups)
    firsts, count = [], 0  # the index in ``digits`` of each group's first digit
    for a, b in groups:
        firsts.append(count)
        count += b - a
    if separated:  # a core begins where a group does and ends where one does
        lasts = {first + b - a - 1 for first, (a, b) in zip(firsts, groups, strict=True)}
        begins = [first for first in firsts if first + 12 in lasts]
    else:
        if len(digits) < 21 and _DATED.match(digits):
            return  # "2024061116085571330": a DIP message id, a date and time and a counter, not a date and an MPAN
        if len(digits) in (16, 19) and EPOCH_SECONDS[0] <= int(digits[:10]) <= EPOCH_SECONDS[1]:
            return  # "1735971438736000000": a moment in micro- or nanoseconds (InfluxDB's line protocol, a trace)
        begins = [len(digits) - 13]

    def position(index: int) -> int:
        """Where the digit at ``index`` in ``digits`` is in the text."""
        group = bisect.bisect_right(firsts, index) - 1
        return match.start() + groups[group][0] + index - firsts[group]

    starts = set(firsts)
    for begin in begins:
        if not is_valid_mpan_core(digits[begin:begin + 13]):
            continue
        # the 8 digits before a core are its supplementary line: mask them with it (fewer than 8 are
        # some other number that happens to touch it, such as the end of the previous CSV row; and in
        # groups, 8 that start inside a group are the end of another number, a grid's 10-digit
        # installation number beside the MPAN, not an S line)
        # (and a supplementary line opens with a profile class, 00 to 08: "87054.346" over a core on the next line
        # is the row before's reading)
        line = begin >= 8 and (not separated or begin - 8 in starts) and int(digits[begin - 8:begin - 6]) <= 8
        if line and separated and "\n" in text[position(begin - 1):position(begin)] and (
                begin > 8 or _DIGITS_BEFORE_ON_LINE.search(text, max(0, match.start() - 12), match.start())):
            # (over a line break, an S line stands alone on its line: digits before it there are another number's
            # end, "5450 0866 2530" an account at a table row's end over the next row's core)
            line = False
        yield Finding(position(begin - 8 if line else begin), position(begin + 12) + 1, Kind.MPAN, "pattern")


# a serial with a colon or a bar between its letters and its number, as a key and its value ("G4B04:838683",
# "EML954:550558") or as typed into a form's boxes ("G4E36|119363"): the colon is no time's (that starts with a
# letter, not "T19:34:41") and no port's, the bar no table's (the only one on its line) (looked for from the
# separator: a pattern opening with its head's lookbehind is tried at every character of a log)
# ...or a slash, as a form's two boxes are written out ("J74/N512670", "E6S/3524051024", "67N/1895855", "AU2/8N06825")
_COLON_TAIL = re.compile(r"[:|/](?P<tail>(?<=/)\d?[A-Za-z]{1,2}\d{4,11}|\d{3,11})(?![\w:.@/|])")
_HEAD_BEFORE = re.compile(r"(?<![\w:.@/|])(?P<head>[A-Za-z0-9][A-Za-z0-9]{1,7})\Z")


def find_colon_split_serials(text: str) -> Iterator[Finding]:
    if ":" not in text and "|" not in text and "/" not in text:
        return
    lines = LineCounts(text)  # (a line's bars counted once, not once a match: a megabyte's one line was quadratic)
    for match in _COLON_TAIL.finditer(text):
        head = _HEAD_BEFORE.search(text, max(0, match.start() - 9), match.start())
        if head is None or not any(c.isdigit() for c in head.group("head")):
            continue
        if not (head.group("head")[0].isalpha() or text[match.start()] == "/" and any(
                c.isalpha() for c in head.group("head"))):
            continue  # (a colon's or a bar's head opens with its letters: "12:30" is a time)
        if text[match.start()] == "|" and lines.count(match.start(), "|") > 1:
            continue
        joined = head.group("head") + match.group("tail")
        if _MSN.fullmatch(joined) or any(f.start == 0 and f.end == len(joined) for f in find_serials_loose(joined)):
            yield Finding(head.start(), match.end(), Kind.MSN, "pattern")


_TYPED_SERIAL = re.compile(r"(?i)(?<![\w\-])smets[12][\-_:](?P<value>(?=(?:[a-z]*\d){5})(?=[0-9]*[a-z])(?!(?:\d*[a-z]){5})"
                           r"[a-z0-9]{8,14})(?![\w\-])")


def find_serials(text: str, view: TextView | None = None) -> Iterator[Finding]:
    shapes = (view or TextView(text)).view(_SHAPE_VIEW)
    if shapes is None:
        matches: Iterator[re.Match[str]] = _MSN.finditer(text)
    else:
        # each shape of serial starts "capital, digit, digit, capital" (one capital more perhaps), "digit, digit,
        # capital, 7 digits", a maker's code and 8 digits, or 7-10 digits, a capital and a digit or 2
        starts = {*find_every(shapes, b"A00A"), *find_every(shapes, b"AA00A"), *find_every(shapes, b"00A0000000"),
                  *find_every(shapes, b"A0A"), *find_every(shapes, b"AA0A"), *find_every(shapes, b"AAA0A"),
                  *find_every(shapes, b"AAA00000000"), *find_every(shapes, b"00000000A00"),
                  *find_every(shapes, b"00AA000000"),
                  *(at for digits in range(7, 11) for at in find_every(shapes, b"0" * digits + b"A0")),
                  *(at for letters in range(4, 7) for at in find_every(shapes, b"A" * letters + b"00000000"))}
        matches = matches_at(_MSN, text, sorted(starts))
    for match in matches:
        if hex_id_body(text, match.start(), match.end()):
            continue  # a message id's hex body after its prefix ("DIP-E06BD2122975"), no meter's serial
        if sap_transport(text, match.start(), match.end()):
            continue
        yield Finding(match.start(), match.end(), Kind.MSN, "pattern")


_EUI64_SHAPES = [sep.join([b"hh"] * 8) for sep in (b"-", b":", b" ")]


def find_devices(text: str, view: TextView | None = None) -> Iterator[Finding]:
    hexes = (view or TextView(text)).view(_HEX_VIEW)
    if hexes is None:
        matches: Iterator[re.Match[str]] = _EUI64.finditer(text)
    else:
        starts = {at for shape in _EUI64_SHAPES for at in find_every(hexes, shape)}
        matches = matches_at(_EUI64, text, sorted(starts))
    runs_done: set[int] = set()
    for match in matches:
        if text[match.start() + 2:match.start() + 3] == " ":
            run = _PAIR_RUN.search(text, max(0, match.start() - 3 * 64), match.end() + 3 * 64)
            while run is not None and run.end() < match.end():
                run = _PAIR_RUN.search(text, run.end(), match.end() + 3 * 64)
            if run is not None and run.start() <= match.start() and len(run.group().split()) > 8:
                # a hex dump's line ("D9 02 00 1C 9B 0A 12 22 65 57 00 02 6A 3F"): which eight pairs are the device's
                # is told by where an EUI-64 starts, its organisation's "00"; each eight from one are masked
                # (and where none starts so, the eight the pattern read, the line's first)
                if run.start() in runs_done:
                    continue
                runs_done.add(run.start())
                pairs = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[0-9A-Fa-f]{2}", run.group())]
                windows = [i for i in range(len(pairs) - 7) if pairs[i][2] == "00"]
                for i in windows:
                    yield Finding(run.start() + pairs[i][0], run.start() + pairs[i + 7][1], Kind.DEVICE, "pattern")
                if not windows:  # (no id starts so: the whole line of pairs, as any eight of them may be one)
                    yield Finding(run.start(), run.end(), Kind.DEVICE, "pattern")
                continue
        if not in_longer_chain(text, match.start(), match.end()):
            yield Finding(match.start(), match.end(), Kind.DEVICE, "pattern")


_PAIR_RUN = re.compile(r"(?<![0-9A-Za-z])[0-9A-Fa-f]{2}(?: [0-9A-Fa-f]{2})+(?![0-9A-Za-z])")
_CHAIN = {sep: re.compile(rf"(?:{re.escape(sep)}[0-9A-Fa-f]{{2}})+(?![0-9A-Za-z])") for sep in (":", "-")}
_CHAIN_BACK = {sep: re.compile(rf"(?<![0-9A-Za-z])(?:[0-9A-Fa-f]{{2}}{re.escape(sep)})+$") for sep in (":", "-")}


def in_longer_chain(text: str, start: int, end: int) -> bool:
    """Whether eight pairs at ``start:end`` are part of a chain of exactly 20 or 32 pairs joined by the
    same colon or hyphen: a certificate's SHA-1 or SHA-256 thumbprint. Any other chain (two device ids
    run together, a device id and a pair more) still shows a readable EUI-64, and is masked."""
    sep = text[start + 2:start + 3]
    if sep not in (":", "-"):
        return False
    after = _CHAIN[sep].match(text, end)
    before = _CHAIN_BACK[sep].search(text, max(0, start - 3 * 32), start)
    pairs = 8 + (len(after.group()) // 3 if after else 0) + (len(before.group()) // 3 if before else 0)
    return pairs in (20, 32)


def find_postcodes(text: str, view: TextView | None = None) -> Iterator[Finding]:
    view = view or TextView(text)
    shapes, folded = view.view(_SHAPE_VIEW), view.view(_FOLDED_SHAPE_VIEW)
    if shapes is None or folded is None or view.lines_with_case_folds():  # the pattern ignores case
        matches: Iterator[re.Match[str]] = _POSTCODE.finditer(text)
    else:
        matches = matches_at(_POSTCODE, text, _postcode_starts(shapes, folded))
    for match in matches:
        found = match.group()
        if found != found.upper() and not any(c in found for c in " \t_-+"):
            # in lower case without a separator only as a word of its own ("in Glasgow bs50gr"), not
            # mixed case or after a backslash ("\u000fA" in a JSON string)
            before = text[match.start() - 1:match.start()]
            if found != found.lower() or (before and not before.isspace() and before not in "\"'(,:;=>"):
                continue
            if _A_HASH_BEFORE.search(text, max(0, match.start() - 24), match.start()) and _SHORT_HASH.fullmatch(found):
                continue  # a short hash after the word that says so ("checksum af9b8de", "index ba163ae..4f2c1d0")
        if "+" in found and _in_base64(text, match.start(), match.end()):
            continue  # "…dGVzdA+M1+2AB+cGF5…": a URL's "+" for a space, but not inside a base64 run
        if found.isalnum() and _ID_HEAD_BEFORE.search(text, max(0, match.start() - 24), match.start()):
            continue  # the last part of an id of words in capitals and hyphens ("DIP-ACK-CB91EE"), no postcode
        yield Finding(match.start(), match.end(), Kind.POSTCODE, "pattern")
    if len(text) < PERSON_SIZED and _OCR_INWARD_HINT.search(text):
        for match in _OCR_INWARD.finditer(text):
            read = f"{match.group('outward')} {match.group('first').translate(OCR_DIGITS)}{match.group('rest')}"
            if _A_POSTCODE.fullmatch(read):
                yield Finding(match.start(), match.end(), Kind.POSTCODE, "pattern")


# two parts of an id or more before, each capitals (or digits) joined by hyphens: "DIP-ACK-", "REQ-2026-"
_ID_HEAD_BEFORE = re.compile(r"(?<![\w\-])[A-Z][A-Z0-9]{1,9}-(?:[A-Z0-9]{2,10}-)+\Z")
_A_HASH_BEFORE = re.compile(r"(?i)\b(?:checksum|sha(?:1|256)?|hash|digest|commit|index|rev(?:ision)?|crc)[ \t:=#]+\Z")
_SHORT_HASH = re.compile(r"[0-9a-f]{6,12}")


# a postcode whose inward code OCR (or a hurried typist) opened with a letter for its digit: "ML20 OLP" for
# "ML20 0LP", "LS6 ZQT" for "LS6 2QT" (in capitals, its outward code read right)
_OCR_INWARD = re.compile(r"(?<![A-Za-z0-9])(?P<outward>[A-Z]{1,2}\d[A-Z\d]?)[ ]{1,2}(?P<first>[OIlSZB])"
                         r"(?P<rest>[ABD-HJLNP-UW-Z]{2})(?![A-Za-z0-9])")
_OCR_INWARD_HINT = re.compile(r"\d[A-Z\d]?[ ]{1,2}[OIlSZB][A-Z]{2}\b")
OCR_DIGITS = str.maketrans("OoIlSBZ", "0011582")  # the letters OCR (or a typist) puts for digits
_A_POSTCODE = re.compile(POSTCODE_SHAPE)


_BASE64_RUN = re.compile(r"[A-Za-z0-9+/=]*")


def _in_base64(text: str, start: int, end: int) -> bool:
    """Whether ``start:end`` lies in a run of 24 or more base64 characters (a token, a signature)."""
    left = start
    while left > 0 and left > start - 64 and (text[left - 1].isalnum() or text[left - 1] in "+/="):
        left -= 1
    run = _BASE64_RUN.match(text, left, min(len(text), end + 64))
    return run is not None and run.end() - left >= 24


_ALNUM_CLASSES = (b"0", b"A", b"a")  # a digit or letter in the shape views (b"" past the end is none)
# The places _postcode_starts looks at, each written so that it starts with a literal of two characters
# or more (the regex engine skips to those quickly) and ends with "no letter or digit after it".
_SPACED_INWARD = re.compile(rb" 0aa(?![0a])")  # in the folded view
# "00AA" and "A0AA" with no letter or digit after them, read backwards in the reversed shape view
# (forwards they start with a digit or a capital, backwards with two capitals: rarer), the character
# after them looked at by a lookbehind once the literal is found
_CAPITAL_INWARDS_REVERSED = ((re.compile(rb"AA00(?<![0Aa]AA00)"), (3, 2, 1)), (re.compile(rb"AA0A(?<![0Aa]AA0A)"), (3, 2)))
# Lower case with no separator, whole words "a00aa", "a0a0aa", "aa00aa", "aa0a0aa", "a000aa", "aa000aa"
# read backwards in the reversed shape view, where every one starts "aa0" (a digit, which they start
# with forwards, is everywhere); the lookahead is the word's start, the word's end is checked after.
_LOWER_POSTCODES_REVERSED = re.compile(rb"aa0(?:0a|a0a|0aa|a0aa|00a|00aa)(?![0Aa])")


def _postcode_starts(shapes: bytes, folded: bytes) -> list[int]:
    """Where a postcode that is kept could start. The outward code is 2 to 4 characters ("a0", "a0a",
    "aa0", "aa0a", "a00", "aa00", or "GIR") and the inward code digit, letter, letter.

    - With the space, any case: " 0aa" in the folded view, the outward code 2 to 4 characters before.
    - Without it only capitals are kept: the outward code ends in a digit ("00AA") or a capital
      ("A0AA") just before the inward code.

    A postcode in lower case without its space is not kept, and skipping it changes nothing else: it
    is one whole word, and no other match can start inside a word. And a postcode is a word of its own
    (the pattern wants no letter or digit either side): the inward code ends one, the outward starts one."""
    starts: set[int] = set()
    for hit in _SPACED_INWARD.finditer(folded):
        at = hit.start()
        starts.update((at - 6, at - 5, at - 4, at - 3, at - 2))  # up to three separators
    backwards = shapes[::-1]
    size = len(shapes)
    for pattern, before in _CAPITAL_INWARDS_REVERSED:
        for hit in pattern.finditer(backwards):
            at = size - hit.end()  # where the forward "00AA" or "A0AA" starts
            starts.update(at - back for back in before)
    # in lower case without a separator ("bs50gr"): only as a word of its own, after a space (in the
    # shape view a space is itself) or at the start, and before no letter or digit
    for hit in _LOWER_POSTCODES_REVERSED.finditer(backwards):
        if backwards[hit.start() - 1:hit.start()] not in _ALNUM_CLASSES:  # b"" at the text's end
            starts.add(size - hit.end())
    return sorted(at for at in starts if at >= 0 and shapes[at - 1:at] not in _ALNUM_CLASSES)


# A title names the person after it wherever it stands: "Device commissioned at Ms Tomasz Ashworth",
# "... Mr Gareth Evans 0113 ...", "Mr R Venkataraman", "Dr Ó Súilleabháin", "Miss ap Dafydd", "Mr and Mrs
# Read". Title case (or MR/MRS in capitals) only: "MS Teams", "DR site" and a cache "Miss Rate" are not
# people, and a name's words after a title are capitalised. The title is masked with the name: left
# beside a mask it still tells who was there. (Searched for on its own, not as a label: "ms" starts a
# word on every line of a log that times its requests.)
_TITLED_NAME = re.compile(
    # the title's first letter stands first, so that the search skips to an M or D (a look-behind
    # first would be tried at every character)
    # (a cleric's, a professor's or a knight's title too: "Revd T McAllister", "Prof. Ama Owusu", "Dame Eirlys Rees"; "Rev" only
    # with its full stop, as a document's "Rev C Release" is a revision)
    r"[MDRPSL](?<![A-Za-z0-9][MDRPSL])(?:(?<=M)(?:r|rs|s|iss|x)\.?|(?<=D)r\.?|(?<=M)RS?|(?<=R)ev(?:d\.?|\.)|(?<=P)rof\.?"
    r"|(?<=S)ir|(?<=D)ame|(?<=L)ady)[ \t]+"
    r"(?:(?:and|&)[ \t]+(?:Mrs|Ms|Mr|Dr|Miss|Mx|MRS|MR)\.?[ \t]+)?"  # "Mr and Mrs Read"
    r"(?!(?:Rate|Count|Ratio|Hit|Match|Matches|Total|Read|Write|Penalty|Latency)\b)"
    rf"(?:(?:{_INITIAL}|{PARTICLE})[ \t]+){{0,3}}"
    rf"(?:[{_CAPITAL}](?:[^\W\d_]|['’\-](?=[^\W\d_]))*[a-zß-ÿ](?:[^\W\d_]|['’\-](?=[^\W\d_]))*"
    rf"|[A-Z'’\-]+(?=[ \t]+[A-Z]))"
    # (not a fuel's or a meter's word: "Mr Una Gallagher   Gas Safe reg 025994")
    # (Gaelic's article after a Mac or Nic read as the name's first word: "Mr Mac an t-Saoir")
    rf"(?:[ \t]+(?!{FUEL_WORD})(?:{PARTICLE}[ \t]+|(?<=Mac |Nic )(?:an|na)[ \t]+(?:[tnh]-?(?=[{_CAPITAL}]))?)?{NAME_WORD}){{0,2}}"
    r"(?![^\W_])")


# The same title typed in small letters before a capitalised name, as call notes do ("on behalf of mrs
# Hargreaves", "mr ap Dafydd"): not after a number ("took 30 ms Average"), and not Microsoft's products.
_LOWER_TITLED_NAME = re.compile(
    # (the title's first letter stands first, so that the search skips to an m or a d: see _TITLED_NAME)
    rf"[md](?<![\w.\-/][md])(?:(?<=m)(?:r|rs|s|iss|x)|(?<=d)r)\.?[ \t]+(?:{PARTICLE}[ \t]+)?(?!(?:Teams|Word|Excel|Office|Access|Edge|"
    rf"Outlook|Project|Azure|Dynamics|Exchange|Windows|SQL|DOS|Paint)\b){NAME_WORD}"
    # (Gaelic's article after a Mac or Nic read as the name's first word: "Mr Mac an t-Saoir")
    rf"(?:[ \t]+(?!{FUEL_WORD})(?:{PARTICLE}[ \t]+|(?<=Mac |Nic )(?:an|na)[ \t]+(?:[tnh]-?(?=[{_CAPITAL}]))?)?{NAME_WORD}){{0,2}}"
    r"(?![^\W_])")
_NUMBER_BEFORE = re.compile(r"\d[ \t]*$")
# ...and all in small letters, as a hurried note types it ("cust mrs stanier", "spoke to mr okonkwo"): the word
# after "mrs", "mr", "miss" or "mx" (not "ms", a unit, nor "dr", a drive) is the person's surname, unless it is
# a sentence's small word ("mr to confirm")
# (a word's part is no title: "parquet-mr version 1.13.1")
_SMALL_TITLED_NAME = re.compile(r"(?<![\w.\-/])(?:mrs|mr|miss|mx)\.?[ \t]+(?P<value>[a-z][a-z'’\-]{2,})(?![\w'’\-])")
_NOT_A_SURNAME_WORD = frozenset("""the and for not was has had are but all any can did get got has her him his its
let may new now off one our out own put say see she too two use way who why yes you able also been call came
come does done down each even from gave give goes gone have here just know like made make many more most much
must need next only over said same seen sent some such take than that them then they this told took very want
were what when will with would your""".split())


# A title in capitals other than MR and MRS, as data flows and bills print names ("034|DR CALLUM URQUHART|",
# "MX NICOLE AUSTIN", "MISS JACK THORNTON"). In capitals "DR" is also disaster recovery and "MX" a mail
# record ("DR SITE FAILOVER", "MX RECORD LOOKUP"), so the lists must know a word of the name.
# (the title's first letter stands first, so that the search skips to one of them: see _TITLED_NAME)
_CAPITAL_TITLED_NAME = re.compile(r"[DMPRSL](?<![A-Za-z0-9][DMPRSL])(?:(?<=D)(?:R|AME)|(?<=M)(?:X|ISS|S)|(?<=P)ROF|"
                                  r"(?<=R)EV|(?<=S)IR|(?<=L)ADY)\.?[ \t]+"
                                  r"(?P<value>[A-Z][A-Z'’\-]+(?:[ \t]+[A-Z][A-Z'’\-]+){1,3})(?![A-Za-z0-9])")


_FIRM_AFTER = re.compile(r"(?:[ \t]+(?:Ltd|Limited|LTD|plc|PLC|LLP|CIC))+\.?$")
# titles that are also words of a street's or a building's name ("Dame Street", "Lady Chapel"): a person unless a
# place's word follows
_WORD_TITLES = re.compile(r"(?:Sir|Dame|Lady)[ \t]+(?P<next>[^\s]+)")
# a street's, a building's or a place's word after "Dame", "Sir", "Lady" ("Dame Street", "Lady Chapel"): no person
_PLACE_OR_THING = re.compile(r"(?i:street|st|road|rd|lane|avenue|close|drive|way|place|court|square|gardens|crescent|"
                             r"grove|hill|park|walk|row|terrace|mews|green|chapel|church|hall|house|school|college|"
                             r"hospital|bridge|gate|market|centre|center|config|configuration|settings)\b")


def _a_person_after_the_title(found: str) -> bool:
    match = _WORD_TITLES.match(found)
    return match is None or not _PLACE_OR_THING.match(match.group("next"))



# The literals each match of _TITLED_NAME and of _CAPITAL_TITLED_NAME starts with (a megabyte log is searched
# for these with str.find, far quicker than the regex engine trying a class of capitals at every character)
_TITLE_LETTERS = ("M", "D", "Rev", "Prof", "Sir", "Lady")  # ("Dame" starts "D")
_CAPITAL_TITLES = ("DR", "DAME", "MX", "MISS", "MS", "PROF", "REV", "SIR", "LADY")


def _literal_starts(text: str, literals: tuple[str, ...]) -> list[int]:
    """Every position where one of ``literals`` starts, in order: the places a pattern that must start
    with one of them can match (see :func:`textview.matches_at`)."""
    return sorted({at for literal in literals for at in find_every(text, literal)})


def find_titled_names(text: str) -> Iterator[Finding]:
    for match in matches_at(_TITLED_NAME, text, _literal_starts(text, _TITLE_LETTERS)):
        end = match.end()
        # (a company's suffix after the name is the name's firm: "Mrs Margaret Thompson Ltd" still names her)
        trailing = _FIRM_AFTER.search(text, match.start(), end)
        if trailing is not None and trailing.start() > match.start() + 4:
            end = trailing.start()
        if not NOT_A_PERSON.search(text, match.start(), end) and _a_person_after_the_title(text[match.start():end]):
            yield Finding(match.start(), end, Kind.NAME, "label")
    for match in matches_at(_CAPITAL_TITLED_NAME, text, _literal_starts(text, _CAPITAL_TITLES)):
        words = match.group("value").split()
        if not NOT_A_PERSON.search(match.group()) and (is_listed_forename(words[0]) or is_listed_surname(words[-1])):
            yield Finding(match.start(), match.end(), Kind.NAME, "label")
    if len(text) < PERSON_SIZED:  # typed by a person (a note, a call log), not a machine's log of megabytes
        for match in _SMALL_TITLED_NAME.finditer(text):
            if match.group("value") not in _NOT_A_SURNAME_WORD:
                yield Finding(match.start("value"), match.end("value"), Kind.NAME, "label")
        for match in _LOWER_TITLED_NAME.finditer(text):
            if not NOT_A_PERSON.search(match.group()) and not _NUMBER_BEFORE.search(text, max(0, match.start() - 4),
                                                                                    match.start()):
                yield Finding(match.start(), match.end(), Kind.NAME, "label")


# A person's name as a mail header or a quoted reply writes it: "From: Paweł Wróblewski <p.w@…>",
# "\"Wood, George\" <…>", "On 30 Jan 2024, George Wood wrote:". The address is found as an e-mail; the
# name beside it names the same person.
_PERSON = rf"(?:{_INITIAL}[ \t]+)?{NAME_WORD}(?:,?[ \t]+(?:(?:{_INITIAL}|{PARTICLE})[ \t]+)*{NAME_WORD}){{0,3}}"
# (each found from the address or the "wrote:" it stands before, the name then looked for in the characters
# just before: a pattern that starts with a name is tried at every capital of the text, and a page of them
# costs what a log of megabytes does)
_ANGLE_ADDRESS = re.compile(r"<[^<>\s@]+@[^<>\s]+>")
_PERSON_BEFORE_ADDRESS = re.compile(rf"(?P<value>{_PERSON})[\"'”]?[ \t]*\Z")
_PERSON_BEFORE_WROTE = re.compile(rf"(?P<value>{_PERSON})[ \t]+(?:\([^()\n]{{0,80}}\)[ \t]+)?\Z")
_DATE_BEFORE_NAME = re.compile(r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|"
                               r"april|june|july|august|september|october|november|december|mon|tue|wed|thu|fri|sat|"
                               r"sun)\.?,?[ \t]+")
_NAME_REACH = 240  # characters before its cue a name (four words, an initial, a particle) lies in


def _before_each(pattern: re.Pattern[str], text: str, anchors: Iterable[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """For each (start, end) of a cue, in order, the match of ``pattern`` (which ends in \\Z) that ends where
    the cue starts, looked for in the characters before it and after the last cue that had one."""
    resume = 0
    for start, end in anchors:
        if start < resume:
            continue
        match = pattern.search(text, max(resume, start - _NAME_REACH), start)
        if match is not None:
            yield match
            resume = end


def find_display_names(text: str) -> Iterator[Finding]:
    """Names beside an e-mail address in angle brackets, and before "wrote:" in a quoted reply."""
    if "@" in text and "<" in text:
        addresses = (m.span() for m in map(lambda at: _ANGLE_ADDRESS.match(text, at), _positions(text, "<")) if m)
        for match in _before_each(_PERSON_BEFORE_ADDRESS, text, addresses):
            if not NOT_A_PERSON.search(match.group("value")):
                yield Finding(*match.span("value"), Kind.NAME, "label")
    if "wrote:" in text:
        for match in _before_each(_PERSON_BEFORE_WROTE, text, ((at, at + 6) for at in find_every(text, "wrote:"))):
            start, value = match.start("value"), match.group("value")
            if (dated := _DATE_BEFORE_NAME.match(value)) is not None:  # "On Fri 26 Jun, Dale Hill wrote:": the
                start, value = start + dated.end(), value[dated.end():]  # date's month is no surname
            if not NOT_A_PERSON.search(value) and " " in value.strip():
                yield Finding(start, match.end("value"), Kind.NAME, "label")


# A person named by what prose says of them, with no label: "Device commissioned at Catriona Drummond's
# property", "tenancy where Łukasz Nowak moved out", "Imran Deshpande (i.d@…) raised a complaint", "I rang
# Fraser Campbell twice", "Met Joy Holloway, who…", "Reading taken by Aoife McGuinness". Two to four
# words of a name (an initial among them); never a team, a system or a status ("Service Desk's queue").
_NAME_RUN = rf"(?:(?:{_INITIAL}|{NAME_WORD})[ \t]+(?:{PARTICLE}[ \t]+)?){{1,3}}{NAME_WORD}"
_CUE_AFTER_NAME = re.compile(r"['’]s[ \t]+(?:property|home|house|flat|address|premises|meter|account|supply|"
                             r"mobile|phone|number|email|e-mail|tenancy)\b|[ \t]+moved[ \t]+(?:in|out)\b|"
                             r"[ \t]+\([^()\s]+@[^()\s]+\)|"
                             # a role in brackets, as a court list or a CRM names a party: "Leofric ap Gwilym (occupier)"
                             r"[ \t]+\((?i:occupier|occupant|tenant|customer|account[ \t]+holder|bill[ \t]*payer|homeowner|"
                             r"home[ \t]+owner|resident|landlord|deceased|executor|respondent|defendant|debtor|"
                             r"new[ \t]+tenant|outgoing[ \t]+tenant|incoming[ \t]+tenant|previous[ \t]+occupier)\)")
_NAME_BEFORE_CUE = re.compile(rf"(?<![\w'’])(?P<value>{_NAME_RUN})\Z")  # (looked for before each cue)
_CUE_BEFORE_NAME = re.compile(
    r"(?i:\b(?:rang|phoned|called|emailed|e-mailed|visited|met|tenancy[ \t]+where|(?:taken|read|signed|witnessed|"
    r"reported|raised|confirmed|occupied|requested)[ \t]+by))[ \t]+"
    rf"(?P<value>{_NAME_RUN})(?![^\W_])"
    # a party after a company and "v" in a court's list ("British Gas Trading Ltd v Leofric ap Gwilym"), a forum
    # post's quoted author ([quote="Thelonius Ffrench-Mullen"])
    rf"|(?:\b(?:Ltd|Limited|plc|PLC|LLP|LLC|Plc)\.?[ \t]+v\.?|\[quote=[\"']?)[ \t]*(?P<party>{_NAME_RUN})(?![^\W_])")
# ...and after the words of a visit's record, a call note or a bereavement letter that a person follows, where the
# name's first word is a forename or its last a surname the lists hold, English words too ("observed by Grace Bell",
# "following the death of Joy Cook", "Call with Tom Hardy re …"; "approved by Change Board" is a board's)
_CUE_BEFORE_LISTED_NAME = re.compile(
    r"(?i:\b(?:(?:observed|attended|checked|approved|reviewed|assured|completed|installed|fitted|performed|"
    r"authori[sz]ed|verified|countersigned|escorted|accompanied|supervised|carried[ \t]+out|logged|submitted|"
    r"updated|closed|assigned|handled|escalated|booked|cancelled|received|sent|answered|owned)[ \t]+by|"
    r"(?:death|passing|estate|behalf|executors?|widow|widower|next[ \t]+of[ \t]+kin)[ \t]+of|the[ \t]+late|"
    r"(?:call|calls|spoke|spoken|speaking|talked|talking|meeting|met|visit|appointment|conversation|chat)[ \t]+"
    r"(?:with|to)|(?:call|ring|phone)[ \t]+back|ring|rung|chase|chased|text|texted|phone))[ \t]+"
    rf"(?P<value>{_NAME_RUN})(?![^\W_])")
_NOT_A_NAME_START = re.compile(rf"(?:The|This|That|These|Those|We|I|It|Our|Your|Their|His|Her|A|An|(?i:{STATUS_WORDS}))\b")
# ...and the name in brackets after a person's address, as mail clients and access logs write its owner: "permission
# denied for eilidh.macaskill10@gmail.example (Aneurin Attenborough)"
_NAME_AFTER_ADDRESS = re.compile(rf"@(?<=[\w.+\-]@)[\w\-]+(?:\.[\w\-]+)+[ \t]*\([ \t]*(?P<value>{_NAME_RUN})[ \t]*\)")


# A person named by who they are to the customer, as call notes and transcripts say it: "My husband J. Hall usually
# deals with it", "my wife WILL MARSH", "Neighbour Hall, Jane at no. 14", "her carer Joy": the name, in any case,
# inverted or an initial and a surname; a forename alone when the lists know it
_RELATION = (r"(?i:\b(?:(?:my|his|her|their|the|our|your)[ \t]+(?:husband|wife|partner|son|daughter|mother|father|mum|"
             r"dad|mom|brother|sister|carer|neighbour|neighbor|landlord|landlady|tenant|lodger|son-in-law|"
             r"daughter-in-law|grandson|granddaughter|fianc[ée]e?|ex)|neighbou?r|carer|landlady))[ \t]*[,:\-]?[ \t]+")
_RELATION_BEFORE_NAME = re.compile(_RELATION + rf"(?P<value>{_NAME_RUN}|{NAME_WORD},[ \t]+(?:{_INITIAL}|{NAME_WORD})"
                                   rf"(?![^\W_])|{NAME_WORD})(?![^\W_])")


# ...and a caller saying who they are: "Hi yes it's Jack Price here", "this is Eilidh Ross speaking", "my name is Holly"
_INTRODUCED = re.compile(rf"(?i:\b(?:it['’]s|it[ \t]+is|this[ \t]+is)[ \t]+)(?P<value>{_NAME_RUN}|{NAME_WORD})"
                         r"(?=[ \t]*,?[ \t]+(?i:here|speaking|calling)\b)"
                         rf"|(?i:\bmy[ \t]+name(?:['’]s|[ \t]+is)[ \t]+)(?P<named>{_NAME_RUN}|{NAME_WORD})(?![^\W_])")


# words some list holds as a forename that, alone after a relation word, are a day, a month or a state: "my landlord
# Sunday", "the landlord Unknown at the time"
_NO_ONE_ALONE = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december unknown tbc none nobody someone""".split())


def find_relations(text: str) -> Iterator[Finding]:
    """Names after a word of who the person is to the customer (see ``_RELATION``), or said by the person themself
    (``_INTRODUCED``), in a text of a person's size."""
    if len(text) >= PERSON_SIZED:
        return
    for match in [*_RELATION_BEFORE_NAME.finditer(text), *_INTRODUCED.finditer(text)]:
        start, end = match.span("value" if match.group("value") is not None else "named")
        value = text[start:end]
        if _NOT_A_NAME_START.match(value) or NOT_A_PERSON.search(value):
            continue
        if " " not in value and (not is_listed_forename(value.rstrip(",")) or value.lower() in _NO_ONE_ALONE):
            continue  # a forename alone ("her carer Joy"), not any capitalised word ("my landlord Sunday")
        yield Finding(start, end, Kind.NAME, "label")


_VERSION_AFTER = re.compile(r"[ \t]+v?\d")  # ("Sent by Grace Mailer v2": a product and its version)


def _listed_run(value: str) -> bool:
    """Does a run of capitalised words open with a forename and close with a surname the lists hold, two or three
    words ("handled by Major Incident", "Reviewed by Peer Review" name a process)?"""
    words = value.split()
    return len(words) <= 3 and is_listed_forename(words[0]) and any_listed_surname(words[-1])


def find_cued_names(text: str) -> Iterator[Finding]:
    """Names that prose says are people's (see ``_NAME_BEFORE_CUE``); the cues before a name only in a
    text of a person's size (a note, an e-mail), not a machine's log of megabytes."""
    matches: list[Iterator[re.Match[str]]] = []
    if "'s " in text or "’s " in text or "moved" in text or "@" in text or " (" in text:
        matches.append(_before_each(_NAME_BEFORE_CUE, text, (m.span() for m in _CUE_AFTER_NAME.finditer(text))))
    if len(text) < PERSON_SIZED:
        matches.append(_CUE_BEFORE_NAME.finditer(text))
        matches.append(m for m in _CUE_BEFORE_LISTED_NAME.finditer(text) if _listed_run(m.group("value"))
                       and not _VERSION_AFTER.match(text, m.end("value")))
    if "@" in text and "(" in text:
        matches.append(_NAME_AFTER_ADDRESS.finditer(text))
    for found in matches:
        for match in found:
            start, end = match.span("value" if match.group("value") is not None else "party")
            value = text[start:end]
            while (first := _NOT_A_NAME_START.match(value)) is not None and " " in value[first.end():].strip():
                start += first.end() + len(value[first.end():]) - len(value[first.end():].lstrip())
                value = text[start:end]
            if _NOT_A_NAME_START.match(value) or NOT_A_PERSON.search(value) or " " not in value:
                continue
            yield Finding(start, end, Kind.NAME, "label")


# A device's EUI-64 as sixteen hex digits run together after a word of pairing ("pair:d052a8f580dede7c", a cache's
# key for an IHD being paired; "eui=00244648864a449d"): in any case, which alone would be any hash's piece
_PAIRED_DEVICE = re.compile(r"(?i)(?<![a-z])(?:pair(?:ing|ed)?|eui(?:64)?)[ \t]*[:=_/\-][ \t]*"
                            r"(?P<value>[0-9a-f]{16})(?![0-9a-z])")


_PAIRING_WORDS = ("pair", "eui")


def find_paired_devices(text: str, view: TextView) -> Iterator[Finding]:
    starts = sorted({at for word in _PAIRING_WORDS for at in view.word_hits(word)})
    for match in matches_at(_PAIRED_DEVICE, text, starts):
        yield Finding(*match.span("value"), Kind.DEVICE, "label")


_PHONE_GAPS = re.compile(r"[ \t\-_:/+|,]+")
# a word on a number's line before it that says the number is a phone's (a comma between its groups is otherwise a
# list's or a record's: "07349,499270" is two fields of a sheet, unless "phone ..... 07349,499270")
_PHONE_CUE = re.compile(r"(?i)(?<![a-z])(?:tel|telephone|phone|mobile|mob|landline|call|contact no|ring)(?![a-z])")
# a phone's national digits as numbers are given out, the leading 0 aside ("01632 960000", "0113 496 0894",
# "020 7946 0018", "07700 900 123", "0113 4960894", "020 79460018")
_PHONE_GROUPINGS = frozenset({(4, 6), (3, 3, 4), (2, 4, 4), (4, 3, 3), (3, 7), (2, 8)})


def _typed_as_a_phone(text: str, start: int, end: int, national: str, groups: list[str],
                      lines: LineCounts | None = None) -> bool:
    """A number whose groups are joined by "_", ":", "/", a bar or a tab is a phone only as one is typed so: one separator
    throughout, a phone's grouping, standing as a word of its own (not a path's or a file's part:
    "a/0201/234/5678", "03001_234567.csv", "0123/4567/890"). Spaces and hyphens are a phone's usual gaps."""
    odd = {c for c in national if c in "_:/|\t,"}
    if not odd:
        return True
    if len(odd) > 1 or tuple(map(len, groups)) not in _PHONE_GROUPINGS:
        return False
    before, after = text[start - 1:start], text[end:end + 2]
    if odd & {"|", "\t", ","}:  # a bar, a tab or a comma inside a value, not a record's delimiter: none else on its line
        lines = lines or LineCounts(text)
        if any(lines.count(start, c) > national.count(c) for c in odd):
            return False
        line_start = lines.line(start)[0]
        if "," in odd and not _PHONE_CUE.search(text, max(line_start, start - 200), start):
            return False
    return not (before in ("/", "_", ".", "\\") or after[:1] in ("/", "_", "\\") or re.match(r"\.[A-Za-z]", after))


# an area code in brackets, then the local number in one or two groups: a phone however many digits it was given
# with ("(029) 630 5856", "(01792) 761 8220": a digit short or over, as people mistype them, is still a number to ring)
_BRACKETED_AREA = re.compile(r"(?<![\w(])\(0[1-9]\d{1,3}\)[ \t\u00a0]?\d{3,4}(?:[ \t\u00a0\-]?\d{3,4})?(?![\w\-/.]?\d|[ \t]\d)")


def find_phones(text: str) -> Iterator[Finding]:
    """UK telephone numbers with no label (see :data:`_PHONE`): ten national digits in at most four
    groups, none of one digit (a date or a count run into a number is not split so)."""
    if "0" not in text and "+44" not in text:
        return
    lines = LineCounts(text)  # (a line's bars, tabs and commas counted once, not once a number)
    for match in _PHONE.finditer(text):
        national = match.group("national").replace(")", "")
        groups = _PHONE_GAPS.split(national)
        end = match.end()
        if sum(map(len, groups)) > 10 and "," in national \
                and sum(map(len, head := _PHONE_GAPS.split(national[:national.index(",")].rstrip(" ")))) == 10:
            # a record's next field after its comma ("0191 498 0923,14/03/2025"): the number ends at the comma
            national, groups = national[:national.index(",")].rstrip(" "), head
            end = match.start("national") + len(national)
        if sum(map(len, groups)) > 10 and " " in national:
            # a number said after the phone ("call 0117 496 0884 30 mins before"): the groups that make ten
            # national digits, apart from the rest by a space
            end, groups = _phone_then_number(text, match, groups)
            national = text[match.start("national"):end].replace(")", "")  # (what was cut off is no part of it)
        if sum(map(len, groups)) == 10 and len(groups) <= 4 and min(map(len, groups)) >= 2 \
                and not (text[match.start():end].count("-") >= 2 and text[match.start()] != "+"  # (+44: no date's)
                         and (_holds_a_date(text, match.start(), end)
                              or _ENDS_IN_A_DATE.search(text[match.start():end]))) \
                and _typed_as_a_phone(text, match.start(), end, national, groups, lines):
            yield Finding(match.start(), end, Kind.PHONE, "pattern")
    if "(0" in text:
        for match in _BRACKETED_AREA.finditer(text):
            if 9 <= sum(c.isdigit() for c in match.group()) - 1 <= 11:
                yield Finding(match.start(), match.end(), Kind.PHONE, "pattern")
    if "." in text and len(text) < PERSON_SIZED:  # (a person writes a number so; a machine's log does not)
        for match in _PHONE_DOTTED.finditer(text):
            groups = re.split(r"[ .]", match.group("national"))
            if "." in match.group() and sum(map(len, groups)) == 10 and min(map(len, groups)) >= 2:
                yield Finding(match.start(), match.end(), Kind.PHONE, "pattern")


def _phone_then_number(text: str, match: re.Match[str], groups: list[str]) -> tuple[int, list[str]]:
    """The end of a phone's match and its groups, cut after the groups holding ten national digits
    when those end at a space and what follows is one short group of its own (a count, a time); else
    the match as it is."""
    total = 0
    for i, group in enumerate(groups):
        total += len(group)
        if total == 10:
            rest = groups[i + 1:]
            # (a list's next item after a slash with a blank either side: "07700900109 / 08 403 090 1491…" is a phone
            # and an MPAN, not one run of digits)
            at, seen = match.start("national"), 0
            while seen < 10 and at < match.end():
                seen += text[at].isdigit()
                at += 1
            if text[at:at + 3] == " / ":
                return at, groups[:i + 1]
            if len(rest) != 1 or len(rest[0]) > 3:
                break
            end = match.end() - len(rest[0])
            if text[end - 1] != " ":
                break
            return end - 1, groups[:i + 1]
        if total > 10:
            break
    return match.end(), groups


# a date at a number's end, glued to what stands before it by OCR ("0102026-11-02": a cell's "010" and a date)
_ENDS_IN_A_DATE = re.compile(r"(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$")


def _holds_a_date(text: str, start: int, end: int) -> bool:
    """Does a date lie in ``start:end``? A grid's cell left of a date ("010" of a masked "D0010") and the
    date beside it ("2026-11-02") read as "010 2026-11-02", a number of ten national digits."""
    return any(start <= a and b <= end for a, b in timestamp_spans(text, start, end))


# a mail's own id and the ids of the mails it answers ("Message-ID: <a86680a8…@mail.example.net>"): a
# server's token in an address's shape, no one's mailbox
# (with a prefix too: an MDN's "Original-Message-ID:", "X-Message-ID:")
_MESSAGE_ID_HEADER = re.compile(r"(?i)(?:[a-z]+-)*(?:message-id|in-reply-to|references|content-id)[ \t]*:")
# a person's address in a mail id's place ("<john.smith@example.com>"): a name's words, no digit
_PERSON_LOCAL_PART = re.compile(r"[A-Za-z]+(?:[._\-][A-Za-z]+)*")


def in_a_message_id(text: str, start: int) -> bool:
    """Whether an address at ``start`` is a mail's id in angle brackets on a Message-ID (or References...)
    line: a server's token (digits or hex in its local part), not a person's address written there."""
    if text[start - 1:start] != "<" or not _MESSAGE_ID_HEADER.match(text, text.rfind("\n", 0, start) + 1):
        return False
    at = text.find("@", start, start + 200)
    return at > start and not _PERSON_LOCAL_PART.fullmatch(text, start, at)


# a repository's SSH remote, the service's own account before its host and the repository's path after a colon
# or a slash ("git@github.com:acme/attest.git", "ssh://git@dev.azure.com/v3/…"): no person's address
_GIT_REMOTE = re.compile(r"git@[\w.\-]+[:/](?!\d+\b)[\w~.\-]")


def find_emails(text: str) -> Iterator[Finding]:
    if "@" in text:
        # from each "@", the local part before it, then the whole address (a pattern that starts with the local
        # part is tried at every letter of the text)
        resume = 0
        for at in _positions(text, "@"):
            if at < resume:
                continue
            local = _LOCAL_PART_BEFORE.search(text, max(resume, at - 1000), at)
            match = _EMAIL.match(text, local.start()) if local is not None else None
            if match is None and text[at - 1:at] == '"':
                # a local part in quotes, as RFC 5322 allows and a test's fixture writes one: "fpilkington"@bt.com
                quoted = _QUOTED_LOCAL_BEFORE.search(text, max(resume, at - 70), at)
                domain = _DOMAIN.match(text, at) if quoted is not None else None
                if quoted is not None and domain is not None:
                    resume = domain.end()
                    yield Finding(quoted.start(), domain.end(), Kind.EMAIL, "pattern")
                continue
            if match is None:
                continue
            resume = match.end()
            if not in_a_message_id(text, match.start()) and not _GIT_REMOTE.match(text, match.start()):
                yield Finding(match.start(), match.end(), Kind.EMAIL, "pattern")
    lowered = text.lower() if len(text) < PERSON_SIZED else ""
    if " dot " in lowered or "(at)" in lowered or "[at]" in lowered or "(dot)" in lowered or "[dot]" in lowered:
        for match in _EMAIL_IN_WORDS.finditer(text):
            if _SPELT_OUT.search(match.group()):
                yield Finding(match.start(), match.end(), Kind.EMAIL, "pattern")


# For each label pattern, the words (in lower case) one of which every match starts with; and, where
# that word is common ("POST" in every line of a web log), a word that must also be on the line.
_DEVICE_WORDS = ("device", "esme", "gsme", "chf", "comms", "ihd", "gpf", "ppmid")
_LABEL_WORDS: list[tuple[tuple[str, ...], tuple[str, ...] | None]] = [
    (("mpan", "mpxn"), None),
    (("supply", "meter"), None),  # "metering point" starts "meter" too
    (("mprn", "meter"), None),
    (_OUTCOME_WORDS, None),
    (("mprn",), None),
    (("msn", "gas", "elec", "meter", "serial"), None),  # "electricity" starts "elec"
    (("gas", "elec", "smart", "meter"), None),
    (_DEVICE_WORDS, None),
    (_DEVICE_WORDS, None),  # (the same label, its value as OCR reads it)
    (("post",), ("code",)),
    (("cust", "acct", "account", "acc"), None),  # ("customer" starts "cust")
    (("cust", "caller", "account", "contact", "occupier", "occupant", "tenant", "resident", "homeowner", "home", "bill",
      "consumer", "landlord", "spoke", "speaking", "talked", "met"), None),
    (("tel", "phone", "mobile"), None),
    (("supply",), None),
    (("supply",), None),
    (("gas",), None),
    (("gas", "sp", "s.p."), None),
    (("gas",), None),
    (("business", "bp"), None),
]


# a gas supply's number by its older name, the "M number" ("M number 1549713 was confirmed", "M-No: 8029413047")
_M_NUMBER = re.compile(r"(?<![\w\-])M\.?[ \t\-]?(?i:number|no\.?|num|nr)(?![A-Za-z])"
                       # (a few words between: "the M number for the site is 1549713")
                       r"(?:[ \t]+(?i:for|of|on)(?:[ \t]+(?i:the|this|that))?[ \t]+[A-Za-z]{2,12})?"
                       r"[ \t]*(?:[:=#\-–][ \t]*|" + COPULA + r"[ \t]+)?\(?(?P<value>\d{6,10}|" + _GROUPED_MPRN
                       + r"|\d{3,5}[ \t]\d{3,5})(?![\w\-/:]|\.\d)")


def find_labelled(text: str, view: TextView | None = None) -> Iterator[Finding]:
    """A value after a sensitive label, masked whatever its shape.

    Each label's pattern is tried only where one of its words starts (in the text in lower case),
    not at every position of the text. That finds every match: each starts with one of the words. Not
    so on a line where case-insensitive matching could take a dotted or dotless i, long s or Kelvin
    sign for an ASCII letter ("ſerial number" is matched): such a line is read whole."""
    view = view or TextView(text)
    view.find_words(_VOCABULARY)
    fold_lines = view.lines_with_case_folds()
    for (pattern, kind, _shape), (words, line_words) in zip(_LABELS, _LABEL_WORDS, strict=True):
        starts = _starts_of(view, words, line_words)
        if fold_lines:
            matches: Iterator[re.Match[str]] = _matches_with_folds(pattern, text, view, starts, fold_lines)
        elif starts:
            matches = matches_at(pattern, text, starts)
        else:
            continue
        value_group = pattern.groupindex["value"]
        for match in matches:
            value_start, value_end = match.span(value_group)
            if kind in (Kind.MPAN, Kind.MPRN):
                value_end = number_written_whole(text, value_start, value_end, kind)
            value = text[value_start:value_end].rstrip(" .,")
            if kind not in (Kind.MPAN, Kind.MPRN, Kind.PHONE) and "\t" in value.strip("\t"):
                value = value.lstrip("\t").split("\t", 1)[0]  # a tab ends a field: the next cell is another's
                value_start = text.index(value, value_start)
            if not _worth_masking(value) or (not any(map(str.isdigit, value)) and classify(value) is not None):
                continue  # empty, a reference, or the next column's header
            if no_supply_number(kind, value):
                continue
            if kind is Kind.NAME and (NOT_A_PERSON.search(value) or a_sentence(value)):
                continue  # "Contact: MHHS Service Desk", a transcript's "Customer: yes it is two zero…"
            if "\t" in text[match.start():value_end] and _a_header_row(text, match.start()):
                continue  # a table's header pasted as text, "Name<TAB>Role<TAB>Email Address": column names
            if kind in (Kind.ADDRESS, Kind.NAME) and len(value) >= 5 and value.isdigit():
                continue  # SAP's "Premise  4000358269    HAFOD WEN, …": the object's number, the address after it
            if _UUID_AT.match(text, value_start):
                continue  # a record's UUID after the label ("get cust:78614129-9c4a-…"), no value of the kind
            yield Finding(value_start, value_start + len(value), kind, "label")


def _a_header_row(text: str, at: int) -> bool:
    """Whether the line at ``at`` is a table's header (see line_labels.a_header_row)."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return a_header_row(text[start:len(text) if end < 0 else end])


def _matches_with_folds(pattern: re.Pattern[str], text: str, view: TextView, starts: list[int],
                        fold_lines: list[int]) -> Iterator[re.Match[str]]:
    """The label pattern's matches where some lines hold a letter that case-insensitive matching
    folds to ASCII: those lines read whole, the others tried at the word starts. A match never
    spans a line end, so the two sets do not interact; in order, they are what a whole scan finds."""
    line_starts = view.line_starts
    folded = set(fold_lines)
    found = list(matches_at(pattern, text, [at for at in starts
                                            if bisect.bisect_right(line_starts, at) - 1 not in folded]))
    for line in fold_lines:
        end = line_starts[line + 1] - 1 if line + 1 < len(line_starts) else len(text)
        found.extend(pattern.finditer(text, line_starts[line], end))
    found.sort(key=lambda match: match.start())
    return iter(found)


def _starts_of(view: TextView, words: tuple[str, ...], line_words: tuple[str, ...] | None) -> list[int]:
    """Where one of ``words`` starts, in order; with ``line_words``, only on lines holding one of
    those too (a label and its value never run over a line end)."""
    if line_words is None:
        return sorted(at for word in words for at in view.word_hits(word))
    line_starts = view.line_starts
    lines = {bisect.bisect_right(line_starts, at) for word in line_words for at in view.word_hits(word)}
    if not lines:
        return []
    return sorted(at for word in words for at in view.word_hits(word)
                  if bisect.bisect_right(line_starts, at) in lines)


_DIGITS_ON = re.compile(r"\d(?:(?:[ \t\u00a0]+|[ \t]*[\-–./_:+]{1,2}[ \t]*)?\d)*")
# the words of a name or address after key=, up to a delimiter or the next key=
_WORDS_ON = re.compile(r"[^\n,;|&<>{}\[\]\t\"'\x01]*?(?=[ \t]{2,}|[ \t]+[A-Za-z_][\w.\-]*[ \t]*[=:]|[\^~][A-Za-z_][\w.\-]*=|"
                       r"[\n,;|&<>{}\[\]\t\"'\x01]|$)")
# (an address's commas are its own, but not one the next key follows at once: "address=SWITCH.IN,userID=…")
_ADDRESS_ON = re.compile(r"[^\n;|&<>{}\[\]\t\"'\x01]*?(?=[ \t]{2,}|,?[ \t]+[A-Za-z_][\w.\-]*[ \t]*[=:]|,[A-Za-z_][\w.\-]*=|"
                         r"[\^~][A-Za-z_][\w.\-]*=|[\n;|&<>{}\[\]\t\"'\x01]|$)")


_TIME_KEY = re.compile(r"^(?:ts|@?timestamp|time|epoch|epochms|millis|date|datetime|created|updated|modified|"
                       r"start|started|stop|stopped|end|ended|begin|finish|finished|"  # a test report's "start": …
                       r"lastmodified|expiry|expires|exp|iat|nbf|sentat|receivedat|createdat|updatedat|eventtime|"
                       r"processedat|starttime|endtime|logtime|"
                       # what happened to a message, and when ("sent": 1763011859508 in a chat's or a queue's JSON)
                       r"sent|received|queued|published|delivered|issued)"
                       r"(?:ms|millis|msec|sec|secs|utc|epoch|unix)?$")  # "ts_ms"


@functools.lru_cache(maxsize=4096)
def _could_be_member(key: str) -> bool:
    """Whether some parent would make this key sensitive ("line1" in an address, "id" in a meter)."""
    return any(classify(key, (parent,)) for parent in ("address", "customer", "meter", "device", "account"))


_KEY_BEFORE_BRACE = re.compile(r"[\"']?([A-Za-z_][\w.\-]*)[\"']?[ \t]*[:=][ \t]*$")


def _enclosing_key(text: str, pos: int) -> str | None:
    """In ``supplyAddress: { line1: '5 Elm Row' }`` the key whose braces enclose ``pos``."""
    return _enclosing(text, pos, "{", "}", _KEY_BEFORE_BRACE)


_CALL_NAME = re.compile(r"([A-Za-z_]\w*)$")


def _enclosing_call(text: str, pos: int) -> str | None:
    """In ``Address(line1=Glenview, postcode=IV2 4AB)`` (a Kotlin data class, a Lombok or a Python dataclass
    printed: a test's "expected: <Address(…)>") the class whose parentheses enclose ``pos``, as a key's
    braces do."""
    return _enclosing(text, pos, "(", ")", _CALL_NAME)


def _enclosing(text: str, pos: int, opens: str, closes: str, name: re.Pattern[str]) -> str | None:
    """The name ``name`` finds just before the bracket that encloses ``pos`` (looking back 299 characters at most).
    Bracket by bracket, nearest first, found with ``rfind``."""
    depth = 0
    low, before = max(0, pos - 299), pos
    while (opening := text.rfind(opens, low, before)) >= 0:
        closing = text.rfind(closes, opening + 1, before)
        if closing >= 0:  # a closed block nearer than the bracket
            depth += 1
            before = closing
        elif depth == 0:
            found = name.search(text, max(0, opening - 60), opening)
            return found.group(1) if found else None
        else:
            depth -= 1
            before = opening
    return None


def _positions(text: str, char: str) -> list[int]:
    """Every position of ``char`` in ``text``, in order."""
    found = []
    at = text.find(char)
    while at >= 0:
        found.append(at)
        at = text.find(char, at + 1)
    return found


# a key named for a moment by its last word, in camel or snake case: "occurredAt", "published_at", "eventTs",
# "sentTime", "expiry_date", "lastSeenEpoch"
_TIME_KEY_END = re.compile(r"(?:(?<=[a-z0-9])(?:At|Time|Ts|TS|Timestamp|Date|Epoch|Millis|Ms)"
                           r"|[_\-.](?:at|time|ts|timestamp|date|epoch|millis|ms)"
                           r"|[_\-.](?:AT|TIME|TS|TIMESTAMP|DATE|EPOCH|MILLIS|MS))$")  # ("__REALTIME_TIMESTAMP")


# what a time key's value is when it is a moment: a number (seconds or milliseconds, a decimal part), or a date and a
# time as systems write them
_A_MOMENT = re.compile(r"(?!.*[A-Za-z]{2})(?:[^A-Za-z]|[TZLn])*\d(?:[^A-Za-z]|[TZLn])*")


def _a_moment(value: str) -> bool:
    """Is a time key's value a moment: digits in any wrapper (.NET's "/Date(1764973350000)/", "Timestamp(…)", a
    "…L" long), a date and a time; not words ("COT for 1200023305967")?"""
    return bool(_A_MOMENT.fullmatch(_MOMENT_WRAPPERS.sub("", value)))


_MOMENT_WRAPPERS = re.compile(r"(?i)date|timestamp|isodate|utc|gmt")


def is_time_key(key: str) -> bool:
    """``ts=1710238530123``: an epoch in milliseconds is 13 digits and, starting 16-19, has a valid
    distributor id; its check digit passes one time in ten. Such values are never MPANs."""
    return bool(_TIME_KEY.match(re.sub(r"[^a-z@]", "", key.lower())) or _TIME_KEY_END.search(key))


# What a key (as written, quotes and all) says, worked out once per distinct key: whether its value
# is a time, the kind of identifier it names, and whether an enclosing key could make it name one.
_KEY_FACTS: dict[str, tuple[bool, Kind | None, bool]] = {}
_KEY_FACTS_LIMIT = 20000
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]$")


def _key_facts(written: str) -> tuple[bool, Kind | None, bool]:
    facts = _KEY_FACTS.get(written)
    if facts is None:
        key = written.strip("\"'")
        kind = classify(key)
        # a date of birth is a date, and a person's: masked, not set aside as a time
        facts = (is_time_key(key) and kind is not Kind.DOB, kind, _could_be_member(key))
        if len(_KEY_FACTS) < _KEY_FACTS_LIMIT:
            _KEY_FACTS[written] = facts
    return facts


def _key_value_lines(text: str, view: TextView) -> list[tuple[int, int, int]] | None:
    """Where to look for the key=value pairs :func:`find_key_values` reports or records as a time:
    for each line that can hold one, where to start reading it, where it ends, and the position after
    which no pair on it can matter; ``None``: scan the whole text.

    A log holds thousands of pairs (status=, took=, size=) and few that matter. The keys in the text
    are listed first, with a pattern that starts at the rare "=" and ":" and reads backwards (over the
    reversed text), a superset of the keys the pair pattern can find; then the lines where one of the
    keys that matter is written followed by what a pair needs there (a quote maybe, blanks, "=" or
    ":", blanks, a character a value can start with). A pair never spans a line end, and a line read
    alone gives the pairs a scan of the whole text finds on it, so the pairs on those lines are all
    the pairs that matter. On a line, a pair that matters starts where its key does (or at the quote
    before it): not after the last such place, and reading may start just before the first (see
    _reading_start).

    A dense text (the second look's windows, an identifier on nearly every line) is read whole, unless
    no such place is in it at all (a window holds "mpan=[MPAN-1]": a key that matters, but no value
    can start with "["): then there is nothing to read."""
    if len(text) < _KEY_VALUE_SCAN_ALL_BELOW:
        return None
    reversed_text = text[::-1]
    befores: set[str] = set()
    for pattern in _KEYS_BACKWARDS_ASCII if text.isascii() else _KEYS_BACKWARDS:
        befores.update(pattern.findall(reversed_text))
    braces = "{" in text
    wanted: set[str] = set()
    for before in befores:
        if before[:1] in ("\"", "'"):  # a quoted key
            keys = [before[::-1]]
        else:  # the end of a run of key characters: the key is all of it, or what follows a ":" in it
            run = before[::-1]
            keys = [run, *(run[i + 1:] for i, char in enumerate(run) if char == ":")]
        for written in keys:
            if written:
                is_time, kind, could_be_member = _key_facts(written)
                bare = written.strip("\"'").lower()
                if is_time or kind is not None or (could_be_member and braces) or name_partner(written) is not None \
                        or bare in _PERSON_KEYS or bare.replace("_", "").replace("-", "") in ROLE_LABELS \
                        or _PERSON_LAST_WORD.search(written.strip("\"'")) is not None:
                    # (a name's half, "given=Kofi family=Mensah", read with its partner beside it; a log's
                    # "name=", "owner=": a person's where the value is shaped as one, as find_key_values reads them)
                    wanted.add(written.strip("\"'"))
    wanted.discard("")
    if not wanted:
        return []
    line_starts = view.line_starts
    lines = _key_places(text, wanted, line_starts, view.dense)
    if lines is None:
        return None
    windows: list[tuple[int, int, int]] = []
    for line, first, last_end in lines:
        start = line_starts[line]
        end = line_starts[line + 1] - 1 if line + 1 < len(line_starts) else len(text)
        windows.append((_reading_start(text, start, first), end, last_end - 1))
    return windows


_FEW_KEYS = 16  # an alternation of more keys costs the regex engine more than a str.find loop for each


def _key_places(text: str, wanted: set[str], line_starts: list[int], dense: bool) -> list[list[int]] | None:
    """The lines where a key in ``wanted`` is written as a pair's key: for each, the line, where the
    first such key starts and a bound past where the last starts (see _key_value_lines); ``None`` when
    that is most lines, or for a dense text that has any.

    A few keys are found by one pattern, followed by what a pair needs after its key (the leftmost
    match is where the first key on a line starts; a key that starts inside a match starts before its
    end, which bounds the last). Many keys (a JSON text whose braces make nearly every key a member
    that may matter) are each found with str.find, wherever they are written."""
    if len(wanted) > _FEW_KEYS:
        return None if dense else _many_key_places(text, wanted, line_starts)
    keys = re.compile("(?:" + "|".join(map(re.escape, sorted(wanted, key=len, reverse=True))) + ")"
                      + _KEY_THEN_VALUE)
    if dense:
        return None if keys.search(text) else []
    lines: list[list[int]] = []  # line, where its first key starts, the end of its last
    next_line_start = -1
    for match in keys.finditer(text):
        at, end = match.span()
        if at < next_line_start:
            lines[-1][2] = max(lines[-1][2], end)
            continue
        line = bisect.bisect_right(line_starts, at) - 1
        next_line_start = line_starts[line + 1] if line + 1 < len(line_starts) else len(text) + 1
        lines.append([line, at, end])
        if len(lines) > len(line_starts) // 2:
            return None  # most lines: a scan of the whole text is cheaper
    return lines


def _many_key_places(text: str, wanted: set[str], line_starts: list[int]) -> list[list[int]] | None:
    """_key_places for many keys: each found with str.find wherever it is written."""
    first: dict[int, int] = {}
    last: dict[int, int] = {}
    for key in wanted:
        at = text.find(key)
        while at >= 0:
            line = bisect.bisect_right(line_starts, at) - 1
            if line in first:
                first[line] = min(first[line], at)
                last[line] = max(last[line], at + len(key))
            else:
                first[line], last[line] = at, at + len(key)
                if len(first) > len(line_starts) // 2:
                    return None  # most lines: a scan of the whole text is cheaper
            at = text.find(key, at + 1)
    return [[line, first[line], last[line]] for line in sorted(first)]


def _reading_start(text: str, line_start: int, at: int) -> int:
    """Where to start reading a line for pairs if the first that matters starts at ``at``: at ``at``
    itself when no pair the line's reading finds before it can run over it, else the line's start.

    Reading from a place that no pair found from the line's start covers gives the same pairs from
    there on. A pair covering ``at`` would hold the character before it; if that is a space or tab
    and the line has no quote before it (a quoted key or value may hold spaces), the only blanks a
    pair can hold are those around its "=" or ":", so it is safe unless the blanks before ``at`` come
    after one of those."""
    if at <= line_start or text[at - 1] not in " \t" or text.find("\"", line_start, at) >= 0 \
            or text.find("'", line_start, at) >= 0:
        return line_start
    blank = at - 1
    while blank > line_start and text[blank - 1] in " \t":
        blank -= 1
    return at if text[blank - 1:blank] not in ("=", ":") else line_start


def _pairs(pattern: re.Pattern[str], text: str, windows: list[tuple[int, int, int]]) -> Iterator[re.Match[str]]:
    """The pair pattern's matches in each (start, end, last) window that start at ``last`` or before."""
    for start, end, last in windows:
        for match in pattern.finditer(text, start, end):
            if match.start() > last:
                break
            yield match


def _in_a_tag(text: str, at: int) -> bool:
    """Is ``at`` inside an XML or HTML tag (an attribute)? Its "<" stands before it, or (in a window that
    starts after the tag's name, as the second look reads) its ">" closes it later on the line, before any
    "<"."""
    low = max(0, at - 200)
    if text.rfind("<", low, at) > text.rfind(">", low, at):
        return True
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    close = text.find(">", at, line_end)
    return close >= 0 and text.find("<", at, close) < 0


def _with_nested(pattern: re.Pattern[str], text: str, matches: Iterator[re.Match[str]]) -> Iterator[re.Match[str]]:
    """The pairs, and the pairs inside an unquoted value: "form post: postcode=HG13+2JG&serial=…" is one
    pair to the pattern (key "post", the rest its value), and the postcode's pair is inside it."""
    for match in matches:
        yield match
        start, end = match.span(3)
        if end - start > 3 and text[start] not in "\"'" and text[end - 1:end] == "=":
            # a call's keyword argument cut off at its quote ("Trying example: f(first_name='Peter', …)": the pattern's
            # value for "example" is "f(first_name="): read on to the line's end
            line_end = text.find("\n", end)
            line_end = min(len(text) if line_end < 0 else line_end, end + 1000)
            yield from _with_nested(pattern, text, pattern.finditer(text, start, line_end))
        elif end - start > 3 and text[start] not in "\"'" and text.find("=", start, end) >= 0:
            yield from _with_nested(pattern, text, pattern.finditer(text, start, end))
        elif end - start > 5 and text[start] == '"' and text.find("=", start, end) >= 0:
            # a string that holds pairs of its own: a trace's SQL ("db.statement": "… where surname='Hussain' and
            # pc='BT48 4YT'"), a request's path and query ("RequestPath": "/premises?postcode=…&name=Nowak")
            yield from _with_nested(pattern, text, pattern.finditer(text, start + 1, end - 1))
        elif end - start > 3 and text[end - 1:end] == ":" and text[start] not in "\"'":
            # a call's named argument is cut off by the value's end ("job = Builder.Exchange(oldSerial: \"GPM…\")":
            # the pattern's value for "job" is "Builder.Exchange(oldSerial:"): read on to the line's end
            line_end = text.find("\n", end)
            line_end = min(len(text) if line_end < 0 else line_end, end + 1000)
            yield from _with_nested(pattern, text, pattern.finditer(text, start, line_end))


# a postcode's inward code after the outward one a key's value stopped at (a digit, or OCR's letter for one)
_INWARD = re.compile(r"[ \t]{1,3}[0-9OoIlSBZ][A-Za-z]{2}(?![A-Za-z0-9])")
_PERSON_KEYS = frozenset({"name", "fullname", "full_name", "displayname", "display_name"})
# keys that hold a person's name as often as anything else (an account's "holder", a SIEM's "usrName"/"duser",
# vCard's "fn", a cache's one-letter "n"): weak, a value shaped as a person's name only. Read at the key's
# last part as well ("fixture.name", "urn:p:name")
_WEAK_PERSON_KEYS = frozenset({"holder", "username", "usrname", "user", "duser", "suser", "fn", "n", "who"})


@functools.lru_cache(maxsize=4096)
def _weak_person_key(key: str) -> tuple[bool, bool]:
    """Is the key's last part after a dot, a colon, a slash or a hash a person's key ("fixture.name"); is the key one
    of the weak ones? (Asked once a key: a log repeats its keys on every line.)"""
    lowered = key.lower()
    last_part = re.split(r"[.:/#]", lowered)[-1]
    return last_part != lowered and last_part in _PERSON_KEYS, lowered in _WEAK_PERSON_KEYS
# a key of two words or more whose last names a person of the customer's side: "SITE_CONTACT", "onSiteContact",
# "emergency-contact", "PRIMARY_TENANT" (its words joined as code joins them: "_", "-", ".", or a capital)
_PERSON_LAST_WORD = re.compile(r"(?:(?<=[a-z0-9])[_\-.]|(?<=[A-Z0-9])[_\-.]|(?<=[a-z0-9])(?=[A-Z]))"
                               r"(?P<word>(?i:contact|customer|occupier|occupant|tenant|resident|homeowner|landlord|"
                               r"consumer|billpayer))$")
# a name's two parts under keys that alone may be anything's ("family": a product's, "given": a flag's), with the
# other part's key beside them in the same record (FHIR's HumanName without its "name" parent, a form's first/last)
_NEARBY_PAIR = re.compile(r"(?<![\w\-])[\"']?(?P<key>[A-Za-z][\w\-]{0,40})[\"']?[ \t]*[:=][ \t]*[\"']?(?P<value>[^\s\"',;&}\]]+)")
_NAME_PART = re.compile(r"[^\W\d_a-z][^\W\d_]*(?:['’\-][^\W\d_]+)*")  # "Kofi", "O'Neill", "Hughes-Parry", "ŁUKASZ"


def _a_name_pair(text: str, match: re.Match[str], key: str, partner: str) -> bool:
    """Whether a "given"/"family" (or "first"/"last", "occupier_first"/"occupier_last") key and its partner beside it
    hold a name's two words. A page's "first=10 last=20", a range's "first: Start", a product's "family: SMETS2" are
    none; "first" and "last" are a person's only where the first is a forename the lists know."""
    other = next((pair for pair in _NEARBY_PAIR.finditer(text, max(0, match.start() - 80),
                                                           min(len(text), match.end() + 80))
                  if normalise_name(pair.group("key")) == partner), None)
    if other is None:
        return False
    value = match.group(3).strip().strip("\"'").rstrip(",;")
    given = normalise_name(key).endswith(("given", "first"))
    first, last = (value, other.group("value")) if given else (other.group("value"), value)
    if not (_NAME_PART.fullmatch(first) and _NAME_PART.fullmatch(last)) or NOT_A_PERSON.search(f"{first} {last}"):
        return False
    if partner.endswith(("given", "family")):
        return True
    # ("first=Max last=Retries", "first=Grace last=Period": a forename that is a word, then a word, are no one)
    # ("first=Max last=Retries": the last a surname the lists know too)
    return (is_plain_forename(first) or is_listed_forename(first)) and any_listed_surname(last)
# "job name=Nightly Export", "service name=…": the name of a thing, not a person
_THING_BEFORE = re.compile(r"(?i)\b(?:job|task|service|file|queue|flow|test|step|host|process|app|application|component|"
                           r"module|table|column|field|event|metric|schedule|report|template|project|plan|suite|case|"
                           r"device|meter|model|product|tariff|feature|environment|env|branch|pipeline|stage|tag)[ _.\-]?$")
_UUID_AT = re.compile(UUID_SHAPE)
_COLUMN_REFERENCE = re.compile(r"[A-Za-z_]\w*\.([A-Za-z_]\w*)")
_SQL_PLACEHOLDER = re.compile(r"(?:\$\d{1,3}|\?|:\d{1,3}|@p\d{1,3}|%s)(?![\w$])")
_JSON_NUMBER = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?")


_FUEL_KEYS = frozenset({"gas", "gas_supply", "gassupply", "gas-supply"})
_FUEL_NUMBER = re.compile(r"[\"']?(\d{8,10})(?![\d.])[\"']?(?=[\s,;}\])]|$)")


def find_key_values(text: str, times: list[tuple[int, int]] | None = None,
                    view: TextView | None = None) -> Iterator[Finding]:
    """``key=value`` / ``"key": value`` pairs whose key names an identifier; the spans of time-valued
    keys are collected into ``times`` on the way (in order)."""
    facts_of = _KEY_FACTS.get
    braces: list[int] | None = None  # where "{" occurs, found when first needed
    pattern = _KEY_VALUE_ASCII if text.isascii() else _KEY_VALUE
    windows = _key_value_lines(text, view or TextView(text))
    matches = _with_nested(pattern, text, pattern.finditer(text) if windows is None else _pairs(pattern, text, windows))
    for match in matches:
        written = match.group(1)  # the key
        is_time, kind, could_be_member = facts_of(written) or _key_facts(written)
        if times is not None and is_time and _a_moment(match.group(3).strip("\"'")):
            times.append(match.span(3))  # the value (a number or a date and time: "COT for 1200023305967" is words)
            continue
        key = written.strip("\"'")
        if kind is not None and key[:1].isupper() and _AN_INITIAL_BEFORE.search(text, max(0, match.start() - 3),
                                                                               match.start()):
            continue  # a speaker's initial and surname ("H. Street: gas site mprn …"), no address's label
        role = kind is None and key.lower().replace("_", "").replace("-", "") in ROLE_LABELS  # (two words at least, below)
        person_label = key
        if kind is None and not role and (last := _PERSON_LAST_WORD.search(key)) is not None:
            # a constant's or a member's name ending in a person's word ("SITE_CONTACT", "onSiteContact",
            # "emergency-contact"): a weak label, two words shaped as a name only
            role, person_label = True, "contact"  # (weak: a company too may be a site's contact)
        if kind is None and (partner := name_partner(key)) is not None and _a_name_pair(text, match, key, partner):
            kind = Kind.NAME  # "given: 'Kofi', family: 'Mensah'": a name's parts beside each other say a person's
        if kind is None and ((dotted_person := _weak_person_key(key))[0] and not role or dotted_person[1]):
            role, person_label = True, "name"  # (weak: "holder": "Acme Ltd" is a company's, "user": "admin" a login's)
        if (kind is None and key.lower() in _PERSON_KEYS or role) and not _THING_BEFORE.search(text, max(0, match.start() - 20),
                                                                                  match.start()) \
                and not _in_a_tag(text, match.start()):  # <Data Name="Operation">: the element's name
            kind = Kind.NAME  # a log's name="…": a person's only when the value is shaped as one (below)
        if kind is None and key.lower() in _FUEL_KEYS:
            # {"mpxn": …, "gas": 3722612786}: a supply's number under its fuel's name (a number, not a reading:
            # eight to ten digits, no decimal point; an older six- or seven-digit MPRN there reads as a reading)
            number = _FUEL_NUMBER.match(text, match.start(3))
            if number is not None and not COMPACT_DATE.fullmatch(number.group(1)):  # (a bare JSON number's
                # placeholder is written in quotes; eight digits that are a date are the day's)
                yield Finding(*number.span(1), Kind.MPRN, "field",
                              quote=written.startswith('"') and text[number.start()] not in "\"'")
            continue
        if kind is None:
            if not could_be_member:
                continue
            # a member ("line1", or nearly any key inside an address) needs a "{" or "(" in the 300 characters before
            if braces is None:
                braces = sorted(_positions(text, "{") + _positions(text, "("))
            i = bisect.bisect_left(braces, match.start() - 300)
            if i == len(braces) or braces[i] >= match.start():
                continue
        if kind is None:
            parent = _enclosing_key(text, match.start()) or _enclosing_call(text, match.start())
            kind = classify(key, (parent,)) if parent else None
        if kind is None:
            continue
        if "address" in key.lower():
            previous = _WORD_BEFORE.search(text[max(0, match.start() - 30):match.start()])
            if previous and classify(previous.group(1) + key) is None:
                continue  # "Remote Address:", "Endpoint address:": not a postal address
        start, end = match.span(3)  # the value (groups by number: a name is looked up each time)
        value = match.group(3)
        if _SQL_PLACEHOLDER.match(value):
            continue  # a statement's placeholder ("surname" = $3 WHERE …): its value is bound elsewhere
        if (column := _COLUMN_REFERENCE.fullmatch(value.strip())) is not None \
                and column.group(1).lower() == key.rsplit(".", 1)[-1].lower():
            continue  # a join's other side ("ON t.acct = s.acct"): the same column of another table, no value
        if value.rstrip("(") in _WRAPPERS and (wrapped := _WRAPPED.match(text, end)) is not None:
            # an optional value as a language prints it: F#'s and Scala's Some "…", Haskell's Just "…", Rust's Some("…")
            start, end = wrapped.span("value")
            value = wrapped.group("value")
        # a bare number under a JSON key ("ref": 1.0e+16): all of it, its placeholder written in quotes, so
        # that the JSON still parses (as the structured pass does for a whole document; here a piece of one)
        number = _JSON_NUMBER.match(text, start) if written.startswith('"') and value[:1] not in "\"'" else None
        after = text[number.end():number.end() + 8].lstrip(" \t") if number is not None else ""
        if number is not None and (number.end() == len(text) or text[number.end()] in " \t\r\n,}]") \
                and not after[:1].isdigit():  # "12 3456 7890123" is digits spaced out, not a number: read on
            value = text[start:number.end()]
            # (a row's own small key under a customer's id, "customer": {"id": 42}, is no account's number)
            if _worth_masking(value) and not (kind is Kind.ACCOUNT and key.lower() in ("id", "ref", "number")
                                              and sum(c.isdigit() for c in value) < 4):
                yield Finding(start, number.end(), kind, "field", quote=True)
            continue
        if value[:1] in "\"'":
            start, end = start + 1, end - 1
            value = value[1:-1]
        elif kind in (Kind.MPAN, Kind.MPRN) and (digits_on := _DIGITS_ON.match(text, start)) is not None:
            # (a digit the pattern reads: a superscript or a circled one is a digit to str.isdigit, not to \d)
            end = number_written_whole(text, start, digits_on.end(), kind)
        elif kind is Kind.POSTCODE and (inward := _INWARD.match(text, end)) is not None:
            end = inward.end()  # "Postcode: ABI5 5QS": the outward code and, after its space, the inward one
        elif kind in (Kind.NAME, Kind.ADDRESS) and text[match.start() - 1:match.start()] not in ("?", "&") \
                and "+" not in value and "%" not in value:
            # words after "name=" in a log; in a URL query a value ends at its space (and a value written
            # form-encoded, "addr=179+Quillet+Avenue%2C+…" in a web server's log, is a query's wherever it stands)
            more = (_ADDRESS_ON if kind is Kind.ADDRESS else _WORDS_ON).match(text, start)
            end = max(end, more.end()) if more else end
        value = text[start:end]
        if kind is Kind.NAME:
            value = without_note(value)  # a note after the name, "Ivy Field (mobile)", is no part of it
        shown = value
        if kind is Kind.NAME and text[match.start() - 1:match.start()] in ("?", "&"):
            shown = unquote_plus(value)  # a URL query writes "Eleni+Georgiou", "Siobh%C3%A1n+O%27Neill"
        elif kind is Kind.NAME and ("^" in value or "~" in value):
            shown = value.replace("^", " ").replace("~", " ")  # HL7's components: "Grace^Bell^Mrs", "Grace~Bell"
        if role and " " not in shown.strip():
            continue
        if kind is Kind.NAME and " " not in shown.strip() and key.lower() in ("name", "key", "field", "label") \
                and _VALUE_BESIDE.match(text, end + (1 if text[end:end + 1] in "\"'" else 0)):
            continue  # a field's name beside its value ({"name": "Flow", "display_value": "D0010"}), no person's
        if not _worth_masking(value) or not fits_its_kind(kind, value) or (kind is Kind.NAME and (not plausible_person(person_label, shown)
                                                                or _CODE_AFTER_KEY.match(value))):
            continue
        if kind is Kind.POSTCODE and not any(c.isdigit() for c in value):
            continue  # "p.zip: is a zip archive": a postcode (or a ZIP code) always has a digit
        value = value.rstrip()
        while value.endswith(")") and value.count(")") > value.count("("):
            value = value[:-1].rstrip()  # the printed object's or the call's closing: "Customer(acct=12345678)"
        if key.lower() in ("id", "ref", "number", "no") and value.isdigit() and len(value) < 4:
            continue  # (a row's own small key, as under a JSON number above: "Customer(id=42, …)", "Device(id=3)")
        if not value:
            continue
        yield Finding(start, start + len(value), kind, "field")
        # a plan's or a diff's change of the value: the key's new value after an arrow is of its kind too
        # (Pulumi's "FIXTURE_CHF : "d0bc…" => "Bcd5…"", Terraform's "mpan = "…" -> "…"")
        if (changed := _CHANGED_TO.match(text, end + (1 if text[end:end + 1] in "\"'" else 0))) is not None:
            new_value = changed.group("new")
            if _worth_masking(new_value) and fits_its_kind(kind, new_value):
                yield Finding(changed.start("new"), changed.end("new"), kind, "field")


_VALUE_BESIDE = re.compile(r"[ \t]*[,;][ \t]*[\"']?(?:display_?value|text_?value|number_?value|enum_?value)[\"']?[ \t]*[:=]",
                           re.IGNORECASE)
_AN_INITIAL_BEFORE = re.compile(r"(?<![\w.])[A-Z]\.[ \t]?\Z")
_CHANGED_TO = re.compile(r"[ \t]*(?:=>|->|→)[ \t]*[\"']?(?P<new>[^\s\"',;{}\[\]]+(?:[ \t][^\s\"',;{}\[\]]+){0,5})(?=[\"']|[ \t]*$)",
                         re.MULTILINE)


_WRAPPERS = frozenset({"Some", "Just", "Ok", "Right", "Optional.of", "Option", "Optional", "N"})  # (and SQL's N'…')
_WRAPPED = re.compile(r"[ \t]*\(?[ \t]*(?P<value>\"[^\"\n]*\"|'[^'\n]*')")


# Source code after a key, no person: "Cust = new Customer { Name = … }", "owner = this.Owner", "name = null"
_CODE_AFTER_KEY = re.compile(r"(?:new|this|self|typeof|await|return|null|nil|None|var|let|const|function|lambda)\b")


# Register references (MPAN001, PC002, ...) and placeholders ([MPAN-1]): what redaction leaves behind.
# (a value split by markup is replaced piece by piece: "[MPAN-1][MPAN-1]" is what is left of it, no value)
# (a test's references name what they stand for, with "REF" or not: "MPRN-REF-01", "METER-REF-3", "MPAN_07")
_REFERENCE = re.compile(r"^(?:MPAN|MPRN|MPXN|MSN|METER|SERIAL|DEV|DEVICE|ADDR|CUST|NAME|PC|EMAIL|PHONE|REF|ACC|ACCT|ACCOUNT|DOB)"
                        r"(?:[-_]?REF)?[-_]?\d{1,6}$|"
                        r"^\[[A-Z]+-\d+\](?:[ \t]*\[[A-Z]+-\d+\])*$", re.IGNORECASE)
_EMPTY = {"", "null", "none", "n/a", "na", "-", "--", "unknown", "tbc", "true", "false", "[]", "{}"}


def _is_reference(value: str) -> bool:
    """A register reference or a placeholder, which is what redaction leaves behind."""
    value = value.strip()
    # each starts with a letter or "[" (a number, most values, is none: no pattern to run)
    return (value[:1].isalpha() or value[:1] == "[") and bool(_REFERENCE.match(value))


def _worth_masking(value: str) -> bool:
    stripped = value.strip()
    if ("***" in stripped or "•••" in stripped or "●●●" in stripped) and sum(map(str.isalnum, stripped)) < 8:
        return False  # masked already, as an app shows it: "j***@e***.com", "07*** ***123" (not "•••2702319370":
        # ten of a supply number's digits still shown)
    if stripped[:1].isdigit():  # most values: no empty word or reference starts with a digit
        return True
    # (a separator after a bare value is not the value's: an address read on over "null," is no address)
    stripped = stripped.rstrip(",;").rstrip()
    # (and no letter or digit at all is no value: "MPAN = (" in code, "MPAN = " of a redacted line)
    return stripped.lower() not in _EMPTY and not _is_reference(stripped) and any(c.isalnum() for c in stripped)


# 13 digits beginning with a distributor id, not part of a longer number: an MPAN with a typo in its
# check digit, when the text is about MPANs at all.
_CORE_SHAPED = re.compile(r"(?<![\d])(?:1\d|2\d|3[0-6])\d{11}(?![\d])")
# (not a reference's or a placeholder's name that holds the word: "MPAN-REF-56", "MPAN001", "[MPAN-1]")
_MPAN_CONTEXT = re.compile(r"(?<!\[)(?:mpan|mpxn)(?![\-_]?(?:ref)?[\-_]?\d)|meter ?point|supply ?number|metering ?point",
                           re.IGNORECASE)


# Words one of which every _MPAN_CONTEXT match holds (none with a letter case-insensitive matching
# could take from outside ASCII).
_MPAN_CONTEXT_WORDS = ("mpan", "mpxn", "meter", "number")
# Every word find_labelled and find_mpan_typos look for, found in one pass when either first asks;
# not a word looked for only on lines holding one of its line words ("post", with "code": "POST" is
# on every line of a web log), which word_hits finds on its own if it is ever asked for.
_VOCABULARY = tuple(sorted({word for words, line_words in _LABEL_WORDS for word in (*(() if line_words else words),
                                                                                  *(line_words or ()))}
                           | set(_MPAN_CONTEXT_WORDS)))


# a quoted key's or an element's name just before a value: "t": …, {"i64": …}, <OriginatorCounter>…
_NAME_BEFORE_VALUE = re.compile(r"(?:[\"'](?P<quoted>[\w.\-]{1,40})[\"'][ \t]*[:=]|"
                                r"<(?:[\w.\-]+:)?(?P<element>[\w.\-]{1,40})(?:\s[^<>]{0,80})?>)[ \t\"']*$")
# the names that say a number is a moment or a count: a time's, a counter's, a serialiser's integer type
_TIME_OR_COUNT_NAME = re.compile(r"(?i)^(?:t|ts|i64|int64|long|uint64)$|time|epoch|millis|counter|seq")


def _an_epoch_under_another_name(text: str, start: int) -> bool:
    """Whether the 13 digits at ``start`` read as a time in milliseconds (2014 to 2036) and are the value of a
    quoted key or an element whose name says it is a time or a count ("t": 1764762402596, {"i64": …},
    <OriginatorCounter>…): not a mistyped MPAN. A prose label ("Old: 1612345678901") or a key that names
    nothing ("reference", "id") is no such name: a mistyped MPAN there is still masked."""
    if not "14" <= text[start:start + 2] <= "20":
        return False
    named = _NAME_BEFORE_VALUE.search(text, max(0, start - 140), start)
    if named is None:
        return False
    name = named.group("quoted") or named.group("element")
    return bool(_TIME_OR_COUNT_NAME.search(name)) and classify(name) not in (Kind.MPAN, Kind.MPRN)


_RECENT_MS = (time.time() - 3 * 365 * 86400) * 1000, (time.time() + 365 * 86400) * 1000
_MPAN_WORD_BEFORE = re.compile(r"(?i)(?:(?:mpan|mpxn)(?![\-_]?(?:ref)?[\-_]?\d)|supply|meter ?point|core)\b[^\n\d]{0,16}$")


def _a_recent_moment(text: str, start: int) -> bool:
    """Whether the 13 digits at ``start`` (which fail the checksum) read as a moment in milliseconds of the
    last three years or the next one (1764466917902), with no MPAN's word just before them on their line: a
    log's or a note's time, listed beside references ("MPAN-REF-56, 4548157922, 1764466917902"), not a
    mistyped MPAN. ("MPAN 1764466917902" is still masked.)"""
    return _RECENT_MS[0] <= int(text[start:start + 13]) <= _RECENT_MS[1] \
        and not _MPAN_WORD_BEFORE.search(text, max(0, text.rfind("\n", 0, start) + 1, start - 40), start)


# An MPAN core as it is printed, 2-4-4-3, one separator between the groups, inside a longer chain of digit groups
# joined by that separator: a file's name that runs a flow, a time stamp and the supply together
# ("D0010_1732249555_13_2545_6092_801.dat"), where the run of 23 digits has no MPAN's length. Its checksum says
# it is one. (Starting with a digit, which the regex engine skips to.)
_PRINTED_CORE = re.compile(r"\d(?<!\d\d)\d(?P<sep>[ _.\-:/+,])\d{4}(?P=sep)\d{4}(?P=sep)\d{3}(?!\d)")


# a command line's option naming a person, its quoted value two words or more of a name ("--owner 'O. Quarmby'",
# "--customer \"GWYNEDD-RHYS Perpetua\"": a seed script's or a CI job's arguments). (Starting with its "-".)
_OPTION_NAME = re.compile(r"-(?<![\w\-]-)-?(?i:owner|customer|contact|occupier|tenant|full-?name|customer-?name|"
                          r"account-?holder)(?:=|[ \t]+)(?P<q>[\"'])"
                          rf"(?P<value>{_INITIAL}[ \t]+{NAME_WORD}|{NAME_WORD}(?:[ \t]+(?:{PARTICLE}[ \t]+)?{NAME_WORD}){{1,3}})(?P=q)")


def find_option_names(text: str) -> Iterator[Finding]:
    """People named by a command line's options (see _OPTION_NAME); never a team or a service."""
    if "-" not in text:
        return
    for match in _OPTION_NAME.finditer(text):
        if not NOT_A_PERSON.search(match.group("value")):
            yield Finding(*match.span("value"), Kind.NAME, "token")


# an MPAN core with its distributor's id in brackets, as a form sets the parts apart: "(12) 6599 1648724"
_BRACKETED_DISTRIBUTOR = re.compile(r"(?<![\w(])\((?P<id>1\d|2\d|3[0-6])\)[ \t]*(?P<rest>\d(?:[ \t\-.]?\d){10})(?![\w\-.]?\d)")


def find_bracketed_cores(text: str) -> Iterator[Finding]:
    if "(" not in text:
        return
    for match in _BRACKETED_DISTRIBUTOR.finditer(text):
        if is_valid_mpan_core(match.group("id") + _digits(match.group("rest"))):
            yield Finding(match.start(), match.end(), Kind.MPAN, "pattern")


def find_printed_cores(text: str, candidates: list[tuple[int, int]]) -> Iterator[Finding]:
    """MPAN cores in their printed grouping wherever they stand in a chain of groups (see _PRINTED_CORE), looked
    for only in the stretches of digits and separators that could hold an MPAN (``candidates``, found at C speed)."""
    matches = (match for start, end in candidates for match in _PRINTED_CORE.finditer(text, start, end))
    for match in matches:
        digits = _digits(match.group())
        if is_valid_mpan_core(digits) and not after_a_time_word(text, match.start()):
            yield Finding(match.start(), match.end(), Kind.MPAN, "pattern")


# (it starts with its first digit, not a look-behind, so that the engine skips to the digits)
_GROUPED_CORE = re.compile(r"[123](?<![\d.,][123])(?:(?<=3)[0-6]|(?<=[12])\d)(?P<s>[ ]{1,2}|,[ ]?|\+|[ ]?-[ ]?)\d{4}(?P=s)\d{4}(?P=s)\d{3}(?![\d]|[.,]\d)")


def find_mpan_typos(text: str, validated: list[Finding], view: TextView | None = None) -> Iterator[Finding]:
    """When the item mentions MPANs (or holds a valid one), every other MPAN-shaped 13-digit number is
    masked too: when in doubt, mask. Timestamps and ids inside UUIDs and hashes are excluded later."""
    view = view or TextView(text)
    if not validated:
        view.find_words(_VOCABULARY)
    if not validated and not (any(view.word_hits(word) for word in _MPAN_CONTEXT_WORDS)
                              and _MPAN_CONTEXT.search(text)):
        return
    # the valid MPANs themselves are found already, as they are (merged, a second finding of the same
    # span and kind would change nothing), so only the others are reported
    found = {(f.start, f.end) for f in validated if f.kind is Kind.MPAN and not (f.quote or f.tail) and f.value is None}
    if " " in text or "+" in text:
        # ...and one printed as an MPAN is, its groups 2 4 4 3 ("18 2019 0256 101", "14, 2443, 6995, 532",
        # "16+9439+5052+537")
        for match in _GROUPED_CORE.finditer(text):
            if match.span() not in found:
                yield Finding(match.start(), match.end(), Kind.MPAN, "context")
    digits = view.view(_DIGIT_VIEW)
    if digits is None:
        for match in _CORE_SHAPED.finditer(text):
            if match.span() not in found and not after_a_time_word(text, match.start()) \
                    and not _an_epoch_under_another_name(text, match.start()) \
                    and not _a_recent_moment(text, match.start()) \
                    and not _named_otherwise(text, match.start()):
                yield Finding(match.start(), match.end(), Kind.MPAN, "context")
        return
    # a match is a run of exactly 13 digits (ASCII ones: the view exists) that starts with a
    # distributor id: find the runs of 13 or more, keep those of 13 starting "10" to "36"
    for run in _THIRTEEN_OR_MORE.finditer(digits):
        start = run.start()
        if run.end() - start == 13 and "10" <= text[start:start + 2] <= "36" and (start, start + 13) not in found:
            if not after_a_time_word(text, start) and not _an_epoch_under_another_name(text, start) \
                    and not _a_recent_moment(text, start) and not _named_otherwise(text, start):
                yield Finding(start, start + 13, Kind.MPAN, "context")


# a label just before a 13-digit number that names it as something else: an MPAN's check digit mistyped is masked in
# MPAN context, but not a barcode's number (its label, and GS1's own check digit right: "EAN 5065332748698") nor a
# key's, an invoice's or a commit's given as a field ("Key no: 2438719861125" on a top-up receipt) with no MPAN word
# before it on its line ("ref", "case", "order" name an MPAN as often as anything: they still mask)
_BARCODE_BEFORE = re.compile(r"(?i)(?<![a-z])(?:ean(?:-?13)?|gtin|barcode)[ \t]*[:#=]?[ \t]*\Z")
_KEY_BEFORE = re.compile(r"(?i)(?<![a-z])(?:key[ \t]*no\.?|invoice(?:[ \t]*no\.?)?|token|receipt(?:[ \t]*no\.?)?|transaction(?:[ \t]*id)?|"
                         r"commit)[ \t]*[:#=][ \t]*\Z")


# (or a batch's number, a load's or a run's: "batch 1409876213340 ok"; or a sentence after it that says what else it
# is: "13-digit ref 2098394919817 is an order no.", "ref number 2227387232868 is the DCC order, not a supply!")
_BATCH_BEFORE = re.compile(r"(?i)(?<![a-z])batch(?:[ \t]*(?:no\.?|id|number|#))?[ \t]*[:#=]?[ \t]*\Z")
_SAID_OTHERWISE_AFTER = re.compile(r"(?i)[ \t]+(?:is|was)[ \t]+(?:an?|the|our)[ \t]+(?:[a-z]{2,5}[ \t]+)?(?:order|batch|"
                                   r"invoice|job|transaction|ticket|payment|barcode|case|request)s?\b(?!"
                                   r"[^\n]{0,30}(?i:mpan|supply[ \t]+number))")


def _gs1_valid(digits: str) -> bool:
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits[:12]))
    return (10 - total % 10) % 10 == int(digits[12])


def _named_otherwise(text: str, start: int) -> bool:
    """Does the label just before the 13 digits at ``start`` name them as no MPAN (see ``_BARCODE_BEFORE``)?"""
    if _BARCODE_BEFORE.search(text, max(0, start - 16), start):
        return _gs1_valid(text[start:start + 13])
    if _KEY_BEFORE.search(text, max(0, start - 24), start) or _BATCH_BEFORE.search(text, max(0, start - 24), start):
        line_start = text.rfind("\n", 0, start) + 1
        return "mpan" not in text[line_start:start].lower()
    return _SAID_OTHERWISE_AFTER.match(text, start + 13) is not None


# An MPAN's first twelve digits with its check digit given apart, in words or after a pause: "128275765692...
# check digit two" (a call's transcript, an agent's note). The twelve name the supply point.
_CORE_THEN_CHECK_DIGIT = re.compile(r"(?<![\d.,])(?:1\d|2\d|3[0-6])\d{10}(?!\d|[.,]\d)(?=[^\n\d]{0,40}?(?i:check[ \-]?digit))")


def find_cores_before_their_check_digit(text: str) -> Iterator[Finding]:
    """Twelve digits with a distributor's id, followed on their line by the words "check digit"."""
    if "heck" not in text and "HECK" not in text:
        return
    for match in _CORE_THEN_CHECK_DIGIT.finditer(text):
        yield Finding(match.start(), match.end(), Kind.MPAN, "context")


# the word before a 13-digit number that says it is a time in milliseconds ("Epoch 1717543810594",
# "ts=1717543810594"), not an MPAN with a wrong check digit; nor a counter's (a DUIS message's
# <OriginatorCounter>, an epoch in milliseconds as often as not)
_TIME_WORD_BEFORE = re.compile(r"(?:(?<![A-Za-z0-9])|(?<=[a-z])(?=[A-Z]))(?i:(?:epoch|timestamp|ts|millis|milliseconds|unix(?:[ _]?time)?|epoch[ _]?ms|time|counter))"
                               r"[ \t\"':=>]*$")


def after_a_time_word(text: str, start: int) -> bool:
    """Does a word that names a time in milliseconds stand just before ``start``?"""
    return bool(_TIME_WORD_BEFORE.search(text, max(0, start - 24), start))


def find_all(text: str, *, multiline: bool = True, view: TextView | None = None, loose: bool = True,
             forenames: bool = True) -> list[Finding]:
    """Every pattern, label and key=value finding in ``text`` (unmerged). ``multiline=False`` for
    record-per-line formats, where an identifier never continues on the next line. ``view``: the
    text's :class:`TextView`, if the caller has one to share. ``loose=False`` leaves out the shapes
    people write by hand (spaced serials, devices in odd groups, addresses in prose): the second look
    round a replacement, which only asks whether a replacement made something new beside it, does.
    ``forenames=False`` leaves out names known only by their forename (see :func:`find_identifiers`)."""
    view = view or TextView(text)
    # every detector's words found in one pass over the text (each pass costs as much as the text is long)
    view.find_words(_VOCABULARY + NAMED_WORDS + _PAIRING_WORDS + GAP_WORDS + (METER_WORDS + CUSTOMER_WORDS if loose else ()))
    candidates = list(_mpan_candidates(text, multiline, view))
    shapes: list[Finding] = [f for f in find_mpans(text, multiline, view, candidates) if not _in_a_hash(text, f)]
    shapes.extend(find_mpan_typos(text, shapes, view))
    shapes.extend(find_cores_before_their_check_digit(text))
    shapes.extend(find_printed_cores(text, candidates))
    shapes.extend(find_bracketed_cores(text))
    shapes.extend(find_serials(text, view))
    if "smets" in view.lowered:  # a serial named for its meter's kind, in any case: "SMETS2-19TD509714", "smets2-…"
        shapes.extend(Finding(*m.span("value"), Kind.MSN, "pattern") for m in _TYPED_SERIAL.finditer(text))
    shapes.extend(find_colon_split_serials(text))
    shapes.extend(find_devices(text, view))
    shapes.extend(find_resolved_devices(text))
    shapes.extend(find_decimal_byte_devices(text))
    # (not a date's digits after the prefix: "CA-20240115" is a change's reference of that day)
    for digits in _ACCOUNT_DIGITS.finditer(text):
        prefix = _ACCOUNT_PREFIX.search(text, max(0, digits.start() - 6), digits.start())
        if prefix is not None and not COMPACT_DATE.fullmatch(digits.group()):
            shapes.append(Finding(prefix.start(), digits.end(), Kind.ACCOUNT, "token"))
    postcodes = list(find_postcodes(text, view))
    shapes.extend(postcodes)
    if loose:
        # the plain serials are found already (a second identical finding changes nothing when merged)
        plain = {(f.start, f.end) for f in shapes if f.kind is Kind.MSN and f.detector == "pattern"}
        shapes.extend(find_serials_loose(text, known=plain))
        shapes.extend(find_gas_sized_serials(text))
        shapes.extend(find_devices_loose(text))
        shapes.extend(find_spread_groups(text))
        shapes.extend(find_address_before(text, postcodes))
        shapes.extend(find_town_after(text, postcodes))
        if multiline:
            shapes.extend(find_address_block(text, postcodes))
        shapes.extend(find_meter_values(text, view))
        shapes.extend(find_customer_values(text, view))
        addresses = list(find_addresses(text, one_line=not multiline))
        shapes.extend(addresses)
        # (a house's name that is a forename and a surname is the occupant's: "S72,Will Papadopoulou,120 Dumbarton Road")
        shapes.extend(occupant_or_house(text, f) for f in find_house_names(text, addresses))
        shapes.extend(find_addressees(text, addresses))
        small = list(find_small_streets(text))
        shapes.extend(small)
        addresses.extend(small)  # (a town in small letters after one: "at 237 annan road, dumfries")
        houses = list(find_house_addresses(text))
        shapes.extend(houses)
        addresses.extend(houses)  # a town's line may follow one too
        parts = list(find_part_addresses(text))
        shapes.extend(parts)
        addresses.extend(parts)
        shapes.extend(address_towns(text, addresses))
        shapes.extend(find_residents(text, addresses))
        if multiline and addresses:
            shapes.extend(find_towns_between(text, addresses, postcodes))
    shapes.extend(find_emails(text))
    shapes.extend(find_phones(text))
    shapes.extend(find_paired_devices(text, view))
    shapes.extend(find_named_values(text, view))
    shapes.extend(find_numbers_after_labels(text, view))
    times: list[tuple[int, int]] = []
    fields = list(find_key_values(text, times, view))  # a field named deviceId holding a UUID is still masked
    found = _outside_opaque_tokens(text, shapes, view)
    if times:
        found = outside_times(found, times)
    found.extend(fields)
    found.extend(find_system_titles(text, view))  # (in a long hex run, which holds no other shape)
    found.extend(find_labelled(text, view))
    found.extend(find_titled_names(text))
    found.extend(find_display_names(text))
    found.extend(find_cued_names(text))
    found.extend(find_relations(text))
    found.extend(find_option_names(text))
    if loose and forenames:
        found.extend(find_known_names(text))
        found.extend(find_cased_names(text))
        found.extend(find_surnamed_names(text))
        found.extend(find_inverted_names(text))
        found.extend(find_capitalised_surnames_first(text))
        found.extend(find_forenames_then_capitals(text))
        found.extend(find_initialled_names(text))
        found.extend(find_cued_initials(text))
        found.extend(find_role_bracketed_names(text))
        found.extend(find_chinese_names(text))
        found.extend(find_forenames_before_verbs(text))
        found.extend(find_quoted_test_names(text))
        found.extend(find_single_forenames(text))
        found.extend(find_surname_first_names(text))
        found.extend(find_bare_initialled_names(text))
        found.extend(find_cued_small_names(text))
        found.extend(find_message_names(text))
        found.extend(find_joined_names(text))
    starts = label_starts(text)
    found.extend(find_line_labels(text, starts))
    found.extend(find_changed_values(text))
    if loose:  # (not where line breaks are read as spaces: the next line's first word would join the value)
        found.extend(find_spaced_fields(text))
    found.extend(find_next_line_values(text, starts))
    if "00000" in text:  # (a placeholder's number is five zeros or more)
        found = [f for f in found if not placeholder(text, f)]
    found.extend(find_serials_beside(text, found))  # a serial of a shape no maker's list holds, beside a supply's
    if "M " in text or "M-" in text or "M." in text:  # a gas supply's number by its older name
        found.extend(Finding(m.start("value"), m.end("value"), Kind.MPRN, "digits") for m in _M_NUMBER.finditer(text))
    if loose and multiline:  # a CSV line's numbers are its columns' (see bare_numbers)
        cues = [(at, at + 4) for at in view.word_hits("mprn") if not view.lowered[at - 1:at].isalpha()]
        beside = list(find_numbers_beside(text, found, view.view(_DIGIT_VIEW), cues))
        if beside:
            beside = _outside_opaque_tokens(text, beside, view)
            beside = outside_times(beside, times) if times else beside
            found.extend(beside)
            # (and a serial beside the supply's numbers those found: "361991733, 45M630019, 'Ms S Campbell'")
            found.extend(find_serials_beside(text, beside))
    return found


_HASH_WORD_BEFORE = re.compile(r"(?i)\b(?:head|hash|sha(?:1|256)?|digest|commit|checksum|fingerprint|etag)[ \t:=#]*$")


def _in_a_hash(text: str, f: Finding) -> bool:
    """Is an MPAN's run of digits part of a hash named as one: a word of hex digits, fourteen or more with a
    letter among them, after "head", "commit", "sha256" and the like (a pack's "7 entries; head
    1200023305967bc1…": its first thirteen happen to be digits)? Anywhere else an MPAN glued to letters is
    still one."""
    if text[f.end:f.end + 1] not in HEX_DIGITS and text[f.start - 1:f.start] not in HEX_DIGITS:
        return False
    start, end = f.start, f.end
    while start > 0 and text[start - 1] in HEX_DIGITS:
        start -= 1
    while end < len(text) and text[end] in HEX_DIGITS:
        end += 1
    word = text[start:end]
    if end - start < 14 or any(c.isalnum() and c not in HEX_DIGITS for c in text[end:end + 1] + text[start - 1:start]):
        return False
    # after a word that says a hash follows ("head", "commit", "sha256"): letters glued to an MPAN elsewhere
    # ("A1200023305967A") may be a disguise, and it is masked
    return any(c.isalpha() for c in word) and bool(_HASH_WORD_BEFORE.search(text, max(0, start - 20), start))


_NOT_TIMES = frozenset(Kind) - {Kind.PHONE, Kind.EMAIL}


def outside_times(found: list[Finding], times: list[tuple[int, int]],
                  kinds: frozenset[Kind] = _NOT_TIMES) -> list[Finding]:
    """Drop findings of ``kinds`` that lie inside the value of a time key (an epoch in milliseconds has
    an MPAN's length; a serial's shapes are letters and digits). By default every kind but a telephone
    number or an e-mail address, which is not a time there, and stays. The value spans come in order and
    do not overlap, so only the last one starting at or before a finding can hold it."""
    starts = [start for start, _ in times]
    kept = []
    for f in found:
        if f.kind in kinds:
            i = bisect.bisect_right(starts, f.start) - 1
            if i >= 0 and f.end <= times[i][1]:
                continue
        kept.append(f)
    return kept


def _in_long_hex_run(runs: bytes, start: int, end: int) -> bool:
    """Whether ``start:end`` lies in 32 or more hex digits and hyphens in a row (looking no further
    than 32 characters either side, so that a long hex dump costs no more than a short one)."""
    if runs.find(b".", start, end) >= 0:
        return False
    before = runs.rfind(b".", max(0, start - 32), start)
    after = runs.find(b".", end, end + 32)
    left = start - before - 1 if before >= 0 else min(start, 32)
    right = after - end if after >= 0 else min(len(runs) - end, 32)
    return left + (end - start) + right >= 32


def _outside_opaque_tokens(text: str, found: list[Finding], view: TextView) -> list[Finding]:
    """Drop shape matches that lie inside a hash or a UUID: their digits and letters are the token's.

    Tokens are read only on the lines that hold a finding (a token never spans a line end, so these
    are exactly the tokens a scan of the whole text finds there)."""
    if len(text) < 32 or not found:
        return found
    line_starts = view.line_starts
    runs = view.view(_HEX_RUN_VIEW)
    by_line: dict[int, tuple[list[int], list[tuple[int, int]]]] = {}
    kept: list[Finding] = []

    def tokens_of(at: int) -> tuple[list[int], list[tuple[int, int]]]:
        line = bisect.bisect_right(line_starts, at) - 1
        tokens = by_line.get(line)
        if tokens is None:
            end = line_starts[line + 1] - 1 if line + 1 < len(line_starts) else len(text)
            spans = [m.span() for m in _HEX_TOKEN.finditer(text, line_starts[line], end)]
            tokens = by_line[line] = ([start for start, _ in spans], spans)
        return tokens

    for f in found:
        # a finding that starts inside a token is not an identifier either, even when it runs on past
        # the token's end: a UUID's last digits and the year that opens the next line are no MPAN
        if runs is not None and not _in_long_hex_run(runs, f.start, min(f.end, f.start + 1)):
            if f.end - f.start > 1 and _in_long_hex_run(runs, f.end - 1, f.end):
                # it ends inside a token it did not start in: only what it holds before the token counts
                # ("entry 11: 53210396790d8c1b…", a number and the digits opening an audit hash, is no MPAN)
                starts, spans = tokens_of(f.end - 1)
                i = bisect.bisect_right(starts, f.end - 1) - 1
                if i >= 0 and f.start < spans[i][0] < f.end <= spans[i][1]:
                    before = spans[i][0]
                    kept.extend(Finding(f.start + g.start, f.start + g.end, g.kind, g.detector, g.quote)
                                for g in find_all(text[f.start:before], view=None, loose=False) if g.kind is f.kind)
                    continue
            kept.append(f)  # a token is 32 characters or more of hex digits and hyphens: not in one
            continue
        starts, spans = tokens_of(f.start)
        i = bisect.bisect_right(starts, f.start) - 1
        if i >= 0 and f.end <= spans[i][1]:
            continue
        if i >= 0 and f.start < spans[i][1]:
            # it starts inside the token and runs on past it: only what it holds after the token counts
            # (a hash's last digits, a line break and an MPAN on the next line: the MPAN; a UUID's last
            # digits and the next line's year: nothing)
            after = spans[i][1]
            kept.extend(Finding(after + g.start, after + g.end, g.kind, g.detector, g.quote)
                        for g in find_all(text[after:f.end], view=None, loose=False) if g.kind is f.kind)
            continue
        kept.append(f)
    return kept


_LAST_DIGITS = re.compile(r"\d+(?=\D*$)")


def placeholder(text: str, f: Finding) -> bool:
    """A value whose number is all zeros, five digits or more: a form's or a test's placeholder ("0000000000",
    and a serial's number after its maker's letters and model, "G4SA0000000"), which names no meter or
    supply. (A supply number's digits count whole: "2100 0000 00000" is an MPAN of distributor 21.)"""
    if f.kind not in SHAPED_NUMBERS:
        return False
    if f.kind is not Kind.MSN:
        digits = [c for c in text[f.start:f.end] if c.isdigit()]
        return len(digits) >= 5 and all(c == "0" for c in digits)
    run = _LAST_DIGITS.search(text, f.start, f.end)
    return run is not None and len(run.group()) >= 5 and not run.group().strip("0")


def worth_masking(value: str, kind: Kind | None = None) -> bool:
    """Public form of the empty/reference test, for the structured detectors; with the field's ``kind``, also
    whether the value can be one (see :func:`fits_its_kind`)."""
    return _worth_masking(value) and (kind is None or fits_its_kind(kind, value))

