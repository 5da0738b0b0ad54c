"""The canonical view: a text as a person reads it, with a map back to the text as stored.

An identifier can be stored in ways a reader does not notice: invisible format characters between its
digits (bidi marks, zero-width joiners, variation selectors), fullwidth or Arabic-Indic digits, HTML
entities (``&#49;``, ``&nbsp;``), tags that split it (``1200<b>0233</b>...``), %-encoding, a
quoted-printable soft line break, or a line break followed by a quote prefix (``> ``). The detectors'
patterns are written for plain text; rather than teach each of them every disguise, they read this
view, and what they find is mapped back to the original, where it is replaced.

The view is built from *edits*: each replaces a stretch of the original with zero or more characters
of the view. Everything outside an edit is copied as it is. An edit is either *content* (an entity
stands for its character; an invisible mark belongs to the value it sits in: a replacement covers
it) or *markup* (an HTML tag: a replacement keeps it, so the document keeps its elements). Mapping a
span of the view back gives the stretches of the original to replace, markup left out.

Most texts need no edit at all (ASCII without entities, tags or encodings): then the view is the text
and costs one scan.
"""

from __future__ import annotations

import bisect
import email.errors
import email.header
import functools
import heapq
import html
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from .findings import Finding
from .shapes import PERSON_SIZED

# Characters a reader never sees besides the format (Cf) ones: variation selectors, the combining
# grapheme joiner, Hangul and Mongolian fillers.
_INVISIBLE_EXTRA = frozenset([*range(0xFE00, 0xFE10), *range(0xE0100, 0xE01F0), 0x034F, 0x115F, 0x1160, 0x17B4,
                              0x17B5, 0x180B, 0x180C, 0x180D, 0x180F, 0x3164, 0xFFA0])

# Inline HTML elements: text on both sides of them runs on as one word when rendered.
# (and SSML's, a speech prompt's: its digits said one group after another, with a pause between, are one number
# to the listener: "<say-as>20</say-as><break/><say-as>8232</say-as>")
_INLINE_TAGS = ("a|abbr|b|bdi|bdo|big|cite|code|data|del|dfn|em|font|i|ins|kbd|mark|nobr|q|rp|rt|ruby|s|samp|"
                "small|span|strike|strong|sub|sup|time|tt|u|var|wbr|say-as|break|prosody|emphasis|phoneme|audio")
# (with a namespace's prefix too: OpenDocument's "<text:span text:style-name="T1">", XHTML's "<h:b>" in another XML)
_INLINE_TAG = rf"</?(?:[A-Za-z][\w.\-]*:)?(?:{_INLINE_TAGS})\b[^<>]{{0,500}}>"
# OpenDocument's spaces and tabs written as elements ("Eilidh<text:s/>Begum", "<text:s text:c="3"/>")
_SPACE_TAG = r"<text:(?:s|tab)\b[^<>]{0,200}>"
_LINE_BREAK_TAG = r"<br\b[^<>]{0,200}>"
_ANY_TAG = r"</?[A-Za-z][\w:.\-]*\b[^<>]{0,2000}>|<!--.{0,20000}?-->"
_ENTITY = r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
# (encoded twice, as a URL put in another URL's query is: "%2531" is "%31" is "1")
_PERCENT = r"%(?:25[0-9A-Fa-f]{2}|[0-9A-Fa-f]{2})(?:%25[0-9A-Fa-f]{2}|%[0-9A-Fa-f]{2})*"
_PERCENT_BYTE = re.compile(r"%(?:25)?([0-9A-Fa-f]{2})")
_QP_SOFT_BREAK = r"=\r?\n"
_QP_BYTE = r"=[0-9A-F]{2}(?:=[0-9A-F]{2})*"
# A line that continues a quoted or commented one: the line break stays (the patterns read digits
# across one), the prefix goes.
# (the marks a quoted reply's or a comment's lines open with: "> ", "# ", "// ", "* ", "-- ", "; ", "% ", "! ")
_QUOTE_MARKS = r"(?:>[> \t]*|#+[ \t]*|//+[ \t]*|\*[ \t]+|--[ \t]*|;+[ \t]*|%[ \t]+|![ \t]+)"
_QUOTE = (r"(?<=\n)[ \t]*" + _QUOTE_MARKS +
          r"(?=[\-.:_,+/ ]?[A-Za-z0-9])")
# ...and between digits the line break goes too: a number wrapped into a quoted or commented line ("10785" over
# "# 264U16", a serial the patterns do not read across a line) is one number
_QUOTE_JOIN = r"(?:\n(?<=\d\n)|\r\n(?<=\d\r\n))[ \t]*" + _QUOTE_MARKS + r"(?=\d)"
# Unicode's parenthesised digits run from one (⑴) with no zero: a typist sets "(0)" among them ("(0)⑺⑺(0)(0)"), which
# a reader reads as the zero it stands for
_PARENTHESISED_DIGIT = re.compile("[\u2474-\u247c]")
_PAREN_ZERO = r"\((?:(?<=[\u2474-\u247c]\()|(?<=\(0\)\()|(?=0\)(?:[\u2474-\u247c]|\(0\))))0\)"
# (Patterns here start with the character they match, a lookbehind after it: a pattern that starts with a
# lookbehind is tried at every position of the text, one starting with a character only where it stands,
# and a log of megabytes is read ten times faster.)
# psql's wrapped cell: a "+" ends the line and the value goes on in the same column of the next line, after
# the bars of the columns before it ("mpan | 1970405+" over "     | 409750"): read as one run of digits
_PSQL_WRAP = r"\+(?<=\d\+)[ \t]*\r?\n[ \t|]*(?=\d)"
_PSQL_WRAP_HINT = re.compile(r"\+(?<=\d\+)[ \t]*\r?\n")
# A word hyphenated at a line's end, as PDF-to-text and fixed-width letters break one ("127 Foxh-" over
# "ollow Mews"): read whole, as a reader reads it. Small letters on both sides: a list's dash or a
# compound's capital ("Rhys-" / "Jones") is left as written.
# (digits too: "129056885-" / "1866"; and a serial's, broken after a digit and a letter: "Z23K-" / "62711")
_HYPHENATED = r"-(?:(?<=[a-z]-)\r?\n[ \t]*(?=[a-z])|(?<=\d-)\r?\n[ \t]*(?=\d)|(?<=\d[A-Za-z]-)\r?\n[ \t]*(?=[A-Za-z0-9]))"
_HYPHENATED_HINT = re.compile(_HYPHENATED)
# A JSON or C string's escape glued to digits: "nul\u00008081259999", "ref\t8908263632" show a NUL or a tab and
# then the number, which a reader reads apart from the letters before (only before a digit, or two capitals or a
# capital and a digit, a postcode's or a name in capitals: "…\nTR24 1HY"; a Windows path's "C:\temp" is no tab).
# A "\u" escape of a letter or digit is that character wherever it stands (a Java .properties file writes
# "1879\u0033\u0034\u0035…"), and an escaped quote is the quote (a string inside a string: Ruby's inspect writes
# comms_hub: \"d8a01da30da51fd2\", a log its JSON payload as {\"mprn\": …}).
# An escaped backslash is one backslash, and what follows it is not escaped: a string that ends in a backslash
# ("…003\\"") ends at its quote (read as escaped, the value ran on over the next key).
# (a line break's escape followed by a quote's or a comment's prefix, "LL19\\n> 5ZD" in a JSON string holding a quoted
# reply: the value goes on after the prefix, as a real line break's does (_QUOTE))
_ESCAPED_QUOTE = r"(?:r\\n|n)[ \t]*" + _QUOTE_MARKS + r"(?=[A-Za-z0-9])"
_ESCAPE_HINT = re.compile(rf"\\(?:[tnr](?=\d|[A-Z][A-Z0-9])|u[0-9A-Fa-f]{{4}}|(?=[\"'])|{_ESCAPED_QUOTE})")
# (a "\u" escape escaped again, as JSON carried in a JSON string writes it, once or more: a log shipper's "log"
# field holding "{\"mpan\": \"\\u206618\\u2069…\"}" reads, decoded each time, as the escaped characters)
_ESCAPE = rf"\\(?:\\+u[0-9A-Fa-f]{{4}}|\\|{_ESCAPED_QUOTE}|[tnr](?=\d|[A-Z][A-Z0-9])|u[0-9A-Fa-f]{{4}}|(?=[\"']))"


# A backslash that escapes a blank, a comma or an equals sign after a word: InfluxDB's line protocol
# ("site=86\\ Sandringham\\ Crescent\\,\\ Dumfries"), a shell's escaped blanks, LDAP's DNs. A reader reads the
# character; the backslash is nothing (iCalendar's "\\," too, which the address patterns also read).
_BACKSLASHED = r"\\(?<=[A-Za-z0-9.),]\\)(?=[ ,=])"
_BACKSLASHED_HINT = re.compile(r"\\(?<=[A-Za-z0-9.),]\\)[ ,=]")  # (from its backslash: searched at C speed)


# An invisible character between each two of a value's characters, written out by an encoder that could not
# encode it ("1?2?3?5?9?9?…" from a text converted to a code page, EBCDIC or cp1252, with "?" or U+FFFD for each
# mark): the substitutes are nothing to a reader, who reads the characters between them as one value. Five
# or more in a row, each after a single character: "ok?" and "why??" are no such run.
_SUBSTITUTED = r"[0-9A-Za-z](?<![0-9A-Za-z?\ufffd][0-9A-Za-z])[?\ufffd](?:[0-9A-Za-z][?\ufffd]){4,}[0-9A-Za-z](?![0-9A-Za-z])"
_SUBSTITUTED_HINT = re.compile(r"[?\ufffd](?:[0-9A-Za-z][?\ufffd]){4}")  # (from a substitute: prose has few)


# BBCode's inline tags, a forum's or a helpdesk's markup ("the supply [b]16[/b]91991125380"): markup a reader
# of the rendered post never sees, the text either side running on as one word
_BBCODE = r"\[/?(?i:b|i|u|s|em|strong|color|colour|size|font|highlight|sup|sub|mark|tt)(?:=[^\]\n]{0,40})?\]"
_BBCODE_HINT = re.compile(r"\[/(?i:b|i|u|s|em|strong|color|colour|size|font|highlight|sup|sub|mark|tt)\]")


def _between_literals(gap: str) -> str:
    """A closing quote after a digit, ``gap``, and the same quote opening a literal that starts with a digit."""
    return rf"(?P<cq>[\"'])(?<=\d[\"']){gap}(?P=cq)(?=\d)"


# Source code that writes one number as string literals joined: C#'s and Java's "1257" + "63074" + "8727",
# Python's implicit "23" "036798" over two lines, VB's &, SQL's ||, PHP's "." (only between digits: a reader of
# the code reads one number). And a JavaScript template's `${'20'}34478577897`.
_CONCAT_OP = r"(?:\+|&|\|\||\.)"
_CONCAT = _between_literals(rf"[ \t]*(?:{_CONCAT_OP}[ \t]*)?(?:\r?\n[ \t]*(?:{_CONCAT_OP}[ \t]*)?)?")
# In a file of records (CSV, JSON lines) a literal goes on across a line break only with an operator or the next
# line indented: a CSV's row ends in a quote and the next opens with one ("…25819"⏎"12/05/2026"), two rows' cells,
# where a PO file's or C's literals on lines of their own ("supply 195381"⏎"7486828") are one text
_CONCAT_IN_RECORDS = _between_literals(rf"(?:[ \t]*(?:{_CONCAT_OP}[ \t]*)?|[ \t]*{_CONCAT_OP}[ \t]*\r?\n[ \t]*"
                                       rf"|[ \t]*\r?\n[ \t]*{_CONCAT_OP}[ \t]*|[ \t]*\r?\n[ \t]+)")
_CONCAT_HINT = re.compile(_CONCAT)
# Text literals joined the same way: a formula's ="Genevieve"&" "&"Llewellyn-Price", code's "12 Acacia " + "Road"
# and SQL's 'a' || 'b' read as the one text they make (PHP's "." only with a blank beside it: SQL's
# "schema"."table" is two names). The closing quote of one literal, the operator, the opening quote of the next.
_JOINED = (r"(?P<jq>[\"'])(?<=[^\"'\\][\"'])[ \t]*(?:\r?\n[ \t]*)?(?:\+|&|\|\||\.(?=[ \t\r\n])|(?<=[ \t\n])\.)"
           r"[ \t]*(?:\r?\n[ \t]*)?(?P=jq)(?=[^\r\n])")
_JOINED_HINT = re.compile(r"[\"'][ \t]*(?:\r?\n[ \t]*)?(?:\+|&|\|\||\.)[ \t]*(?:\r?\n[ \t]*)?[\"']")
# And a joining function's literal arguments, "=CONCAT("Genevieve"," ","Llewellyn-Price")", TEXTJOIN(" ",TRUE,…),
# SQL's CONCAT_WS(' ', 'a', 'b'): between two literal arguments the call reads as nothing (or as the joiner
# TEXTJOIN and CONCAT_WS put there, their first argument); ";" separates arguments where "," is a decimal point
# (Power Query's Text.Combine({"212946", "8214026"}, ""): its list's items joined)
_JOIN_CALL = r"[cCtT](?<!\w[cCtT])(?i:(?<=c)oncat(?:enate)?|(?<=t)extjoin|(?<=c)oncat_ws|(?<=t)ext\.combine)[ \t]*\("
_JOIN_CALL_HINT = re.compile(_JOIN_CALL)
# (a literal's quotes doubled, as a formula written inside a VBA or CSV string has them: ""13"",""4181"")
_ARGUMENT_JOINT = r"(?:\"\"|[\"'])[ \t]*[,;][ \t]*(?:\"\"|[\"'])"
_FIRST_LITERAL = re.compile(r"[ \t]*(?P<q>[\"'])(?P<joiner>[^\"'\n]{0,10})(?P=q)[ \t]*[,;]")
# Characters written as calls joined by an operator, four or more: VBA's "Chr(69) & Chr(54) & ...", a sheet's
# "CHAR(49)&CHAR(50)&..."; read as the characters they make
_CHAR_CALL = r"(?i:chrw?\$?|char)\([ \t]*\d{1,3}[ \t]*\)"
_CHAR_CALLS = rf"{_CHAR_CALL}(?:[ \t]*[&+][ \t]*{_CHAR_CALL}){{3,}}"
_CHAR_CALLS_HINT = re.compile(rf"{_CHAR_CALL}[ \t]*[&+]")
# A PDF's content stream shows text by operators: a TJ array's strings with their kerning between ("[(224) -49
# (058)] TJ"), or a glyph a Tj after each move ("100 600 Td (8) Tj" over "107 600 Td (3) Tj"). The string
# boundaries and what stands between are markup; a reader of the page sees the characters run together.
_PDF_KERN = r"\)[ \t]*-?\d{1,4}(?:\.\d+)?[ \t]*\((?=[^()\n]{0,200}\)[^\[\]\n]{0,2000}\][ \t]*TJ)"
_PDF_MOVE = r"\)[ \t]*Tj[ \t]*\r?\n?[ \t]*(?P<tx>-?[\d.]+)[ \t]+(?P<ty>-?[\d.]+)[ \t]+Td[ \t]*\("
_PDF_HINT = re.compile(r"\bT[jJ]\b")
# ZPL, a label printer's language: one field's data ("^FD...^FS") after another's, printed side by side
_ZPL_FIELDS = r"\^FS(?:\^(?!FD)[A-Z@][A-Z0-9]?[^\^\n]{0,40})*\^FD"
# characters one a line, four lines or more (a value copied from a narrow column, a screen reader's spelling)
_VERTICAL = r"(?:(?<=\n)|(?<![\s\S]))(?:[A-Za-z0-9][ \t]*\r?\n){3,}[A-Za-z0-9](?=[ \t]*(?:\r?\n|$))"
_VERTICAL_HINT = re.compile(r"\n[A-Za-z0-9]\r?\n[A-Za-z0-9]\r?\n[A-Za-z0-9]\r?\n")
_TEMPLATE_DIGITS = r"\$\{[ \t]*(?P<tq>[\"'`])(?P<digits>\d{1,20})(?P=tq)[ \t]*\}"
_TEMPLATE_HINT = re.compile(_TEMPLATE_DIGITS)
# Chat and Markdown emphasis glued to digits: Slack's "MPAN *11* 9324 4227 090", "~12~", "`1200`0233": marks a
# reader does not read as characters of the number (markup: a replacement keeps them). Three marks or more
# are no emphasis but a masked value's stars ("07*** ***123"), which a reader reads as hiding digits.
_EMPHASIS = r"[*~`](?:(?<=[\d ][*~`])[*~`]?(?=\d)|(?<=\d[*~`])[*~`]?(?=[\d \-.,]))"
_EMPHASIS_HINT = re.compile(_EMPHASIS)
# iCalendar and vCard fold a long line by breaking it and starting the next with one blank, which a reader
# (and every calendar) unfolds: "(07700 9" over " 00692)" is one number (RFC 5545 3.1, RFC 6350 3.2)
_FOLD = r"\r?\n[ \t]"
_FOLDED_HINT = re.compile(r"BEGIN:(?:VCALENDAR|VCARD|VEVENT)", re.IGNORECASE)
# A mail header's encoded word (RFC 2047): "=?utf-8?Q?Honoria_Tregothnan?=", "=?utf-8?B?UmU6IF…?=", shown decoded
_ENCODED_WORD = r"=\?[A-Za-z0-9_\-]{1,40}\?[BbQq]\?[^?\s]{1,2000}\?="
_ENCODED_WORD_HINT = re.compile(_ENCODED_WORD)
# UTF-7's shifted run: "+", base64 of UTF-16, an optional "-" ("serial +AEYAOAAx…Nw-" is "serial F81…7"). Plain
# ASCII in it starts "+A" and a letter A to H (the high byte zero); a run is read only when it decodes to
# printable ASCII, which base64 that is not UTF-7 ("+Infinity", a key) almost never does.
_UTF7 = r"\+A[A-H][A-Za-z0-9+/]{3,2000}-?"
_UTF7_HINT = re.compile(r"\+A[A-H][A-Za-z0-9+/]{4}")
# ...and a shifted run of one character between two of a value's (three base64 digits and the closing "-"): an
# encoder shifts every character outside ASCII, so a no-break or thin space, an en dash or a format character
# inside a postcode or a number reads "IP4+AKA-5NA". Read only when it decodes to a blank, a dash or a format
# character (a "+Abc-" in a word is no UTF-7 otherwise)
_UTF7_ONE = r"(?<=[A-Za-z0-9])\+[A-Za-z0-9+/]{2}[AEIMQUYcgkosw048]-(?=[A-Za-z0-9])"
_UTF7_ONE_HINT = re.compile(_UTF7_ONE)
# A URL query's value, where "+" is a space (the HTML form encoding): "?q=170+Pargeter+Terrace%2C+Oxford+OX4+6TE"
# ("+" in a query always means a space; a literal one is written %2B)
# (or a log's field of its own: IIS's W3C log writes the query apart, "GET /api/supply name=Isolde+Ó+Dónaill 443")
_QUERY_VALUE = r"(?<![^?&\s])[\w.\-\[\]]{1,40}=(?P<query>(?>[^\s&#\"'<>=]*\+[^\s&#\"'<>=]*))(?!=)"
# ...and a form's value written out of its query, words joined by "+" ("207+Stonechat+Road%2C+Leominster+E7+1JE"
# in a log's message): three words or more, one of them with letters and one a "%" escape or digits
# (not base64, whose "+" is a digit of its own: padded with "=", or its letters changing case again and again; a
# query's value padded so is base64 too, "token=dGhp…+M1+2AB+cGF5bG9hZA==")
_PLUS_WORDS = r"(?<![\w+%/=])(?P<plus>(?=[\w%+]*[A-Za-z])(?:[\w%]+\+){2,}[\w%]+)(?![\w+%/=])"
_CASE_CHANGES = re.compile(r"[a-z][A-Z]")
# (a query's value that holds a "+", or words joined by "+": where either reading may find something)
_QUERY_VALUE_HINT = r"=(?<=[\w.\-\[\]]=)[^\s&#\"'<>=]*\+"  # (from its "=": a hint starting at every blank cost a scan)
_PLUS_WORDS_HINT = r"\w\+\w+(?:%2[Cc]|\+\w)"
_QUERY_HINT = re.compile(f"{_QUERY_VALUE_HINT}|{_PLUS_WORDS_HINT}")
_QUERY_PART = re.compile(r"(?<=[^\s+])\+(?=[^\s+])|(?:%[0-9A-Fa-f]{2})+")
_NON_ASCII = r"[^\x00-\x7f]"
# A number cut off with an ellipsis and taken up after one in the next line or chat message ("supply is
# 105975895…" / "[10:42] Gareth T: …6314"): one number to a reader, the next message's header between (markup)
_ELLIPSIS_JOIN = r"(?:…(?<=\d…)|\.\.\.(?<=\d\.\.\.))[ \t]*\r?\n[^\n]{0,80}?(?:…|\.\.\.)(?=\d)"
_ELLIPSIS_HINT = re.compile(_ELLIPSIS_JOIN)
# A terminal's escape sequences (ANSI SGR colours and the like, "\x1b[36m3C6A2C9C597C1CB8\x1b[0m"): markup no
# viewer shows as characters, kept in a copy
_ANSI = r"\x1b(?:\[[0-9;?]*[ -/]*[@-~]|[@-Z\\-_])"
# C's and PDF's octal escapes, two or more in a row ("(\061\070\061\071…)" in a PDF form's value): the
# characters they stand for
_OCTAL = r"\\[0-7]{3}(?:\\[0-7]{3})+"
_OCTAL_HINT = re.compile(_OCTAL)
# RTF: a control word and its blank ("\b ", "\par"), a group's braces (markup); a character by its code page
# byte ("\'31") or by its code ("\u49?", the "?" a fallback for readers without Unicode): the character
_RTF = (r"(?P<rtfhex>\\'[0-9a-fA-F]{2})|(?P<rtfuni>\\u-?\d{1,5}(?:\\'[0-9a-fA-F]{2}|[?])?)|"
        r"(?P<rtfword>\\[a-zA-Z]{1,32}-?\d{0,10} ?|\\[~_\-*|:]|[{}])")
# A right-to-left override (RLO ... PDF, or to the line's end) draws what it holds in reverse: "\u202e0879038406\u202c"
# shows 6048309780. Read reversed, as shown; a value found there is the whole overridden stretch.
_RIGHT_TO_LEFT_OVERRIDE = r"\u202e[^\u202a-\u202e\u2066-\u2069\n]{0,500}(?:\u202c|(?=\n)|$)"
# Control characters no viewer draws: a NUL between two digits (UTF-16 read as bytes, a C string
# pasted into a log) hides nothing from a reader, so it hides nothing from the detectors either.
# Vertical tab and form feed end a line, as str.splitlines has it.
_CONTROL = r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]"
# the same characters, each looked for with str's own search: thirty scans at C speed cost a tenth of
# one regex scan of a log of megabytes
_CONTROL_CHARS = tuple(map(chr, [*range(0x00, 0x09), 0x0b, 0x0c, *range(0x0e, 0x20), 0x7f]))

# An empty element between two letters or two digits of a word: XML that marks a run's properties where they change
# ("MPAN 12903<cp IX='1'/>90818064", Visio's character and paragraph marks; "<w:proofErr w:type='x'/>"): a
# reader sees the word whole. Between a digit and a letter it reads as a gap ("…064<pp IX='0'/>UIT_77": where a
# value ends and a reference starts), but not between two hex digits ("000D<cp IX='3'/>6FF2…", a device id). Starting with its "<", which the regex engine skips to.
_EMPTY_ELEMENT = r"<(?<=[A-Za-z0-9]<)(?!br\b)[A-Za-z][\w:.\-]{0,40}(?:[ \t][^<>]{0,200})?/>(?=[A-Za-z0-9])"
_HEX_DIGITS = frozenset("0123456789ABCDEFabcdef")
# Tracked changes written out as text: a document compared or exported with its markup ("1609[Deleted: 082][Inserted:
# 082]276365", "Contact [Inserted: Gethin] Yeardley"), wdiff's "[-old-]{+new+}", CriticMarkup's "{--old--}{++new++}"
# and "{~~old~>new~~}". Read as the text now stands: a deletion is nothing, an insertion its text. (What a deletion
# holds is still read where it is written, in the text as stored: so only a deletion written in plain characters is
# taken out; one holding an escape, an entity or an invisible character stays for those readings to undo.)
_PLAIN = r"[A-Za-z0-9 .,:;/_'\"()#@!?*\-]"  # what the text as stored is read in plain, with no reading to undo
_DELETION = rf"\[Deleted(?: by [^\]\[:\n]{{1,40}})?:[ ]?{_PLAIN}{{0,300}}\]|\[-{_PLAIN}{{0,300}}?-\]|\{{--{_PLAIN}{{0,300}}?--\}}"
_INSERTION = (r"\[Inserted(?: by [^\]\[:\n]{1,40})?:[ ]?(?P<ins1>[^\[\]\n]{0,300})\]|\{\+(?P<ins2>[^\n]{0,300}?)\+\}"
              r"|\{\+\+(?P<ins3>[^\n]{0,300}?)\+\+\}|\{~~[^\n]{0,300}?~>(?P<ins4>[^\n]{0,300}?)~~\}")
_REVISION_MARKS = ("[Deleted", "[Inserted", "{+", "[-", "{--", "{~~")  # (looked for at C speed)
_EMPTY_ELEMENT_HINT = re.compile(r"[A-Za-z0-9]<[A-Za-z][^<>\n]{0,240}/>[A-Za-z0-9]")
_ODF_HINT = re.compile(r"<text:(?:span|a|s|tab)\b")  # an OpenDocument's inline elements, in a flat .fods or .fodt
_HTML_HINT = re.compile(r"<(?:html|body|div|p|td|th|tr|table|span|br|li|ul|mark|b|i|u|em|strong|font|wbr|speak|say-as)\b",
                        re.IGNORECASE)
# Quoted-printable: a soft line break or an encoded "=", and no "=" that is not an escape (in a text
# that is not QP, "key=20" would otherwise be read as a space)
_QUOTE_HINT = re.compile(r"\n[ \t]*(?:>|#|//|\*[ \t]|--|;|%[ \t]|![ \t])")  # (Fortran's and an INI's "! " too)
_QP_HINT = re.compile(r"=\r?\n|=3D")
# a run of six bytes or more written "=XX", in a text that is not quoted-printable as a whole (a replay tool's
# "body:" line under "Content-Transfer-Encoding: qp", among "key=value" pairs)
_QP_RUN = r"=[0-9A-F]{2}(?:=[0-9A-F]{2}){5,}"
_QP_RUN_HINT = re.compile(_QP_RUN)
_NOT_QP = re.compile(r"=(?![0-9A-F]{2}|\r?\n)")


@dataclass(frozen=True)
class Edit:
    start: int  # in the original
    end: int
    text: str  # what the view holds instead
    markup: bool  # a tag: kept when the value it sits in is replaced


class Canonical:
    """One text's canonical view, and the map from the view back to the original."""

    __slots__ = ("original", "text", "_edits", "_view_ends", "_markups", "_markup_starts")

    def __init__(self, original: str, edits: list[Edit]) -> None:
        self.original = original
        self._edits = edits
        parts: list[str] = []
        view_ends: list[int] = []
        cursor = length = 0
        for edit in edits:
            parts.append(original[cursor:edit.start])
            length += edit.start - cursor
            parts.append(edit.text)
            length += len(edit.text)
            view_ends.append(length)
            cursor = edit.end
        parts.append(original[cursor:])
        self.text = "".join(parts) if edits else original
        self._view_ends = view_ends
        self._markups = [e for e in edits if e.markup]
        self._markup_starts = [e.start for e in self._markups]

    @property
    def identity(self) -> bool:
        """The view is the text itself."""
        return not self._edits

    def edits(self) -> list[Edit]:
        """The edits that make the view, in order."""
        return list(self._edits)

    def changed_beyond(self, positions: set[int]) -> bool:
        """Whether any edit starts elsewhere than at ``positions`` (characters a caller put there
        itself, such as the NUL of a separator it joined pieces with)."""
        return any(edit.start not in positions for edit in self._edits)

    def _original_of(self, position: int) -> tuple[int, int]:
        """The stretch of the original that the view's character at ``position`` stands for."""
        i = bisect.bisect_right(self._view_ends, position)  # the first edit ending after it
        if i < len(self._edits):
            edit = self._edits[i]
            view_start = self._view_ends[i] - len(edit.text)
            if view_start <= position:
                return edit.start, edit.end
        if i == 0:
            return position, position + 1
        before = self._edits[i - 1]
        at = before.end + position - self._view_ends[i - 1]
        return at, at + 1

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The stretch of the original that the view's ``start:end`` comes from."""
        return self._original_of(start)[0], self._original_of(end - 1)[1]

    def pieces(self, start: int, end: int) -> list[tuple[int, int]]:
        """The view's ``start:end`` as stretches of the original, leaving out the markup inside it
        (``1200<b>0233</b>05967`` gives three stretches: a replacement keeps the tags)."""
        low, high = self.span(start, end)
        if not self._markup_starts:
            return [(low, high)]
        i = bisect.bisect_left(self._markup_starts, low)
        out: list[tuple[int, int]] = []
        cursor = low
        markups = self._markups
        while i < len(markups) and markups[i].start < high:
            tag = markups[i]
            if tag.end > high:
                break
            if tag.start > cursor:
                out.append((cursor, tag.start))
            cursor = tag.end
            i += 1
        if cursor < high:
            out.append((cursor, high))
        return out or [(low, high)]


def _has_control(text: str, but: str = "") -> bool:
    return any(char in text for char in _CONTROL_CHARS if char != but)


# an apostrophe doubled inside a quoted literal, as SQL and spreadsheets escape it: "'Peregrine O''Rourke'" is
# read with one ("O'Rourke"), as the value it stores
_DOUBLED_QUOTE = re.compile(r"'(?<=[^\W\d_]')(?='[^\W\d_])")


def _features(text: str, html_like: bool, *, control: bool | None = None, records: bool = False) -> frozenset[str]:
    """The readings ``text`` needs (see _READINGS), each decided from a cheap look at it: a text with no "&" needs
    no entity decoding, a log of megabytes with no escape no escape reading."""
    quoted = '"' in text or "'" in text
    # (what a person's or a tool's small item holds, looked for only there: a macro's character calls, a replay's
    # run of quoted-printable bytes, characters one a line; in a log of megabytes each hint costs a pass)
    small = len(text) < PERSON_SIZED
    tags = "<" in text and (html_like or bool(_HTML_HINT.search(text)) or "<text:" in text and bool(_ODF_HINT.search(text)))
    qp = "=" in text and (bool(_QP_HINT.search(text)) and not _NOT_QP.search(text)
                          or "uoted-printable" in text or "uoted-Printable" in text or "UOTED-PRINTABLE" in text)
    wanted = {
        "entity": "&" in text,
        "tags": tags,
        "all_tags": tags and html_like,
        "percent": "%" in text,
        "qp": qp,
        "qp_runs": small and not qp and "=" in text and bool(_QP_RUN_HINT.search(text)),
        "lines": "\n" in text and bool(_QUOTE_HINT.search(text)),
        # (not in a file of records: a CSV's row and the next line are two records, whatever the next opens with)
        "lines_join": not records and "\n" in text and bool(_QUOTE_HINT.search(text)),
        "non_ascii": not text.isascii(),
        "control": _has_control(text) if control is None else control,
        "wrapped": "+" in text and bool(_PSQL_WRAP_HINT.search(text)),
        "override": "\u202e" in text,
        "hyphenated": ("-\n" in text or "-\r\n" in text) and bool(_HYPHENATED_HINT.search(text)),
        "escaped": "\\" in text and bool(_ESCAPE_HINT.search(text)),
        "backslashed": "\\" in text and bool(_BACKSLASHED_HINT.search(text)),
        "bbcode": "[/" in text and bool(_BBCODE_HINT.search(text)),
        "substituted": ("?" in text or "\ufffd" in text) and bool(_SUBSTITUTED_HINT.search(text)),
        "concat_records" if records else "concat": quoted and bool(_CONCAT_HINT.search(text)),
        "joined": quoted and bool(_JOINED_HINT.search(text)),
        "calls": "(" in text and bool(_JOIN_CALL_HINT.search(text)),
        "template": "${" in text and bool(_TEMPLATE_HINT.search(text)),
        "emphasis": ("*" in text or "~" in text or "`" in text) and bool(_EMPHASIS_HINT.search(text)),
        "folded": "\n" in text and bool(_FOLDED_HINT.search(text, 0, 4096)),
        "encoded_words": "=?" in text and bool(_ENCODED_WORD_HINT.search(text)),
        "query": "+" in text and bool(_QUERY_HINT.search(text)),
        "ansi": "\x1b" in text,
        "octal": "\\" in text and bool(_OCTAL_HINT.search(text)),
        "rtf": "{\\rtf" in text[:1000],
        "ellipsis": ("…" in text or "..." in text) and bool(_ELLIPSIS_HINT.search(text)),
        "doubled": "''" in text and bool(_DOUBLED_QUOTE.search(text)),
        "utf7": "+A" in text and bool(_UTF7_HINT.search(text)),
        "utf7_one": "+" in text and "-" in text and bool(_UTF7_ONE_HINT.search(text)),
        "char_calls": small and "(" in text and bool(_CHAR_CALLS_HINT.search(text)),
        "pdf": (") Tj" in text or ")Tj" in text or "] TJ" in text or "]TJ" in text) and bool(_PDF_HINT.search(text)),
        "zpl": "^FD" in text and "^FS" in text,
        "empty": "/>" in text and bool(_EMPTY_ELEMENT_HINT.search(text)),
        "revisions": any(mark in text for mark in _REVISION_MARKS),
        "vertical": small and "\n" in text and bool(_VERTICAL_HINT.search(text)),
        "paren_zero": "(0)" in text and bool(_PARENTHESISED_DIGIT.search(text)),
    }
    return frozenset(name for name, on in wanted.items() if on)


# Each reading's alternatives in the one pattern, in the order they are tried (the first that matches at a
# place wins: a PDF's kerning before a quote's prefix, a tag before an entity, a character last)
_READINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("qp_runs", (f"(?P<qprun>{_QP_RUN})",)),
    ("char_calls", (f"(?P<charcalls>{_CHAR_CALLS})",)),
    ("pdf", (f"(?P<kern>{_PDF_KERN})", f"(?P<move>{_PDF_MOVE})")),
    ("zpl", (f"(?P<zpl>{_ZPL_FIELDS})",)),
    ("vertical", (f"(?P<vertical>{_VERTICAL})",)),
    ("utf7", (f"(?P<utf7>{_UTF7})",)),
    ("utf7_one", (f"(?P<utf7one>{_UTF7_ONE})",)),
    ("doubled", (f"(?P<doubled>{_DOUBLED_QUOTE.pattern})",)),
    ("ellipsis", (f"(?P<ellipsis>{_ELLIPSIS_JOIN})",)),
    ("rtf", (_RTF,)),
    ("ansi", (f"(?P<ansi>{_ANSI})",)),
    ("octal", (f"(?P<octal>{_OCTAL})",)),
    ("encoded_words", (f"(?P<encword>{_ENCODED_WORD})",)),
    ("query", (_QUERY_VALUE, _PLUS_WORDS)),
    ("concat", (f"(?P<concat>{_CONCAT})",)),
    ("concat_records", (f"(?P<concat>{_CONCAT_IN_RECORDS})",)),
    ("joined", (f"(?P<joined>{_JOINED})",)),
    ("calls", (f"(?P<call>{_JOIN_CALL})", f"(?P<argjoint>{_ARGUMENT_JOINT})")),
    ("template", (f"(?P<template>{_TEMPLATE_DIGITS})",)),
    ("paren_zero", (f"(?P<parenzero>{_PAREN_ZERO})",)),
    ("emphasis", (f"(?P<emphasis>{_EMPHASIS})",)),
    ("folded", (f"(?P<fold>{_FOLD})",)),
    ("escaped", (f"(?P<escape>{_ESCAPE})",)),
    ("backslashed", (f"(?P<backslashed>{_BACKSLASHED})",)),
    ("bbcode", (f"(?P<bbcode>{_BBCODE})",)),
    ("substituted", (f"(?P<substituted>{_SUBSTITUTED})",)),
    ("wrapped", (f"(?P<wrap>{_PSQL_WRAP})",)),
    ("hyphenated", (f"(?P<hyphen>{_HYPHENATED})",)),
    ("tags", (f"(?P<spacetag>{_SPACE_TAG})", f"(?P<inline>{_INLINE_TAG})", f"(?P<br>{_LINE_BREAK_TAG})")),
    ("all_tags", (f"(?P<tag>{_ANY_TAG})",)),
    ("empty", (f"(?P<empty>{_EMPTY_ELEMENT})",)),
    ("revisions", (f"(?P<deletion>{_DELETION})", f"(?P<insertion>{_INSERTION})")),
    ("entity", (f"(?P<entity>{_ENTITY})",)),
    ("percent", (f"(?P<percent>{_PERCENT})",)),
    ("qp", (f"(?P<soft>{_QP_SOFT_BREAK})", f"(?P<qp>{_QP_BYTE})")),
    ("lines_join", (f"(?P<quotejoin>{_QUOTE_JOIN})",)),
    ("lines", (f"(?P<quote>{_QUOTE})",)),
    ("override", (f"(?P<override>{_RIGHT_TO_LEFT_OVERRIDE})",)),
    ("non_ascii", (f"(?P<char>{_NON_ASCII})",)),
    ("control", (f"(?P<control>{_CONTROL})",)),
)


class _PlusRuns:
    """_PLUS_WORDS searched from each "+": a match starts where a run of word characters, "%" and "+" does (its
    lookbehind says so), so only runs holding a "+" are tried; the pattern itself, starting with a lookbehind,
    is tried by the regex engine at every character of the text (a third of a prose document's reading)."""

    def __init__(self) -> None:
        self.pattern = re.compile(_PLUS_WORDS, re.DOTALL)

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        plus = text.find("+", pos)
        while plus >= 0:
            start = plus
            while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_%+"):
                start -= 1
            end = plus + 1
            while end < len(text) and (text[end].isalnum() or text[end] in "_%+"):
                end += 1
            if start >= pos:
                match = self.pattern.match(text, start)
                if match is not None:
                    return match
            plus = text.find("+", end)
        return None


@functools.lru_cache(maxsize=None)
def _searcher(alternative: str) -> re.Pattern[str] | _PlusRuns:
    return _PlusRuns() if alternative == _PLUS_WORDS else re.compile(alternative, re.DOTALL)


@functools.lru_cache(maxsize=64)
def _patterns(features: frozenset[str]) -> tuple[re.Pattern[str] | _PlusRuns, ...]:
    """Each alternative of the readings in ``features``, in _READINGS order (empty when there is none to do)."""
    return tuple(_searcher(part) for name, alternatives in _READINGS if name in features for part in alternatives)


def _scan(text: str, patterns: tuple[re.Pattern[str] | _PlusRuns, ...]) -> Iterator[re.Match[str]]:
    """The matches one alternation of ``patterns`` would find (leftmost first; at one place the earliest
    pattern; on from where a match ends), found by searching each pattern on its own: Python's regex engine
    tries every alternative of an alternation at every character, so one pattern of twenty readings read a
    prose document four times slower than twenty searches, each of which skips to its own literal start."""
    if len(patterns) == 1 and isinstance(patterns[0], re.Pattern):
        yield from patterns[0].finditer(text)
        return
    heads: list[tuple[int, int, re.Match[str]]] = []
    for order, pattern in enumerate(patterns):
        match = pattern.search(text)
        if match is not None:
            heads.append((match.start(), order, match))
    heapq.heapify(heads)
    cursor = 0
    while heads:
        start, order, match = heapq.heappop(heads)
        if start < cursor:  # overlapped by one taken: this pattern's next match from where that one ended
            again = patterns[order].search(text, cursor)
            if again is not None:
                heapq.heappush(heads, (again.start(), order, again))
            continue
        if match.end() == start:  # an empty match: the one alternation would move on a character
            again = patterns[order].search(text, start + 1)
            if again is not None:
                heapq.heappush(heads, (again.start(), order, again))
            continue
        yield match
        cursor = match.end()
        again = patterns[order].search(text, cursor)
        if again is not None:
            heapq.heappush(heads, (again.start(), order, again))


def _read_char(char: str) -> str:
    """What a reader takes one character for: invisible ones are nothing, a Unicode digit is the
    ASCII digit, compatibility forms (fullwidth, superscript, ligatures, no-break spaces) their
    plain form, combining marks nothing (a digit with an overline is still that digit)."""
    category = unicodedata.category(char)
    if char == "\x85":  # NEL: a line break
        return "\n"
    if "\uf030" <= char <= "\uf039":  # a Symbol font's digit, stored at its code in the private-use F0xx page
        return chr(ord(char) - 0xF000)
    if category in ("Cf", "Mn", "Me", "Cc") or ord(char) in _INVISIBLE_EXTRA:
        return ""
    if category == "Nd":
        return str(unicodedata.decimal(char))
    enclosed = _enclosed(char, category)
    if enclosed is not None:
        return enclosed
    if char == "\u2800":
        return " "  # a braille pattern's blank: a gap between groups as a space is
    if category == "So" and (0x1F000 <= ord(char) <= 0x1FAFF or 0x2600 <= ord(char) <= 0x27BF
                             or 0x2B00 <= ord(char) <= 0x2BFF):
        return " "  # an emoji or a pictograph set between groups ("2013 🔹 8512 🔹 39987") reads as a gap
    if category == "Zs" or char in "\u2028\u2029":
        return " " if category == "Zs" else "\n"
    folded = unicodedata.normalize("NFKC", char)
    if folded != char:
        return read_as_shown(folded)
    return char


def _short_either_side(text: str, start: int, end: int) -> bool:
    """Are the letters and digits before ``start`` and after ``end`` both short of a whole identifier (seven and
    eight at most: "10785" and "264U16" are halves of a serial), so that they read as one? Two whole numbers a line
    each ("1234567891" over "9876543210") are two."""
    before = start
    while before > 0 and text[before - 1].isalnum() and start - before <= 8:
        before -= 1
    after = end
    while after < len(text) and text[after].isalnum() and after - end <= 9:
        after += 1
    return start - before <= 7 and after - end <= 8


def _enclosed(char: str, category: str) -> str | None:
    """The digit or letter inside an enclosed form, as a reader reads it: circled, negative circled, parenthesised,
    with a full stop or a comma (``➊``, ``🄌``, ``⑴``, ``⒈``, ``🄀``, ``⒜``, ``🄸``), not what NFKC makes of it ("(1)",
    "1.")."""
    code = ord(char)
    if not (0x2460 <= code <= 0x24FF or 0x2776 <= code <= 0x2793 or 0x1F100 <= code <= 0x1F1FF or 0x3248 <= code <= 0x325F):
        return None
    if category == "No":
        digit = unicodedata.digit(char, None)
        if digit is not None:
            return str(digit)
        if "DIGIT ZERO" in unicodedata.name(char, ""):
            return "0"
    inner = "".join(c for c in unicodedata.normalize("NFKC", char) if c.isalnum())
    return inner if inner and len(inner) <= 2 else None


def read_as_shown(text: str) -> str:
    """What a reader takes a decoded stretch for, character by character (invisible characters dropped,
    Unicode digits and compatibility forms as their plain ones)."""
    return "".join(c if c.isascii() else _read_char(c) for c in text)



def _decode_bytes(hex_pairs: list[str]) -> str:
    return bytes(int(pair, 16) for pair in hex_pairs).decode("utf-8", errors="replace")


def only_joins(text: str, join: str, joins: int) -> bool:
    """Whether the canonical view of ``text`` would differ from it only by dropping the ``joins``
    control characters ``join`` a caller joined pieces of text with (decided from the text's
    features, without reading it through: the second look's windows are joined so, thousands of them)."""
    return text.count(join) == joins and not _patterns(_features(text, False, control=_has_control(text, join)))


def canonical(text: str, *, html_like: bool = False, records: bool = False) -> Canonical:
    """The canonical view of ``text``. ``html_like``: the text is an HTML document (every tag is
    markup, a block tag separates words); else only inline tags and ``<br>`` are read as markup."""
    patterns = _patterns(_features(text, html_like, records=records))
    if not patterns:
        return Canonical(text, [])
    edits: list[Edit] = []
    call_end, joiner = -1, ""  # the joining call being read: where it closes, what it joins with
    for match in _scan(text, patterns):
        group = match.lastgroup
        raw = match.group()
        if group == "call":
            call_end, joiner = _call_reach(text, match.end())
            continue
        if group == "argjoint":
            if match.start() < call_end:
                edits.append(Edit(match.start(), match.end(), joiner, False))
            continue
        if group in ("query", "plus"):  # each "+" a space, each %-run its characters; the key and the rest as written
            if group == "plus" and len(_CASE_CHANGES.findall(match.group(group))) >= 3:
                continue  # base64 ("dGhpcyBpcyBh+M1+2AB"): its "+" joins no words
            at = match.start(group)
            for part in _QUERY_PART.finditer(match.group(group)):
                piece = part.group()
                read = " " if piece == "+" else read_as_shown(
                    _decode_bytes([piece[i + 1:i + 3] for i in range(0, len(piece), 3)]))
                edits.append(Edit(at + part.start(), at + part.end(), read, False))
            if group == "query" and text[match.start() - 1:match.start()] in (" ", "\t") and text[match.end():match.end() + 1] == " ":
                # a log's field of its own ends at the blank after it: read as the field break it is (a tab), so its
                # value, now read with blanks, does not run on into the next fields ("… M182XR 443 - 10.224.15.236")
                edits.append(Edit(match.end(), match.end() + 1, "\t", False))
            continue
        if group == "ellipsis":
            edits.append(Edit(match.start(), match.end(), "", True))
            continue
        if group in ("ansi", "rtfword"):
            # (a paragraph's or a line's break and a tab are what a reader sees of theirs)
            word = raw.rstrip(" ")
            shown = "\n" if word in ("\\par", "\\line", "\\page", "\\sect") else "\t" if word in (
                "\\tab", "\\cell") else " " if word in ("\\~", "\\row") else ""
            edits.append(Edit(match.start(), match.end(), shown, True))
            continue
        if group == "rtfhex":
            edits.append(Edit(match.start(), match.end(), read_as_shown(bytes([int(raw[2:], 16)]).decode("cp1252", "replace")), False))
            continue
        if group == "rtfuni":
            code = int(raw[2:].split("\\")[0].rstrip("?"))
            edits.append(Edit(match.start(), match.end(), read_as_shown(chr(code % 65536)), False))
            continue
        if group == "octal":
            decoded = bytes(int(raw[i + 1:i + 4], 8) for i in range(0, len(raw), 4)).decode("latin-1")
            if decoded.isprintable():
                edits.append(Edit(match.start(), match.end(), read_as_shown(decoded), False))
            continue
        if group == "char":
            read = _read_char(raw)
            if raw == "\u00ad" and text[match.start() - 1:match.start()].islower() and text[match.end():match.end() + 1].isupper():
                read = " "  # a soft hyphen where a word ends and a capital starts the next: "Bethan<SHY>Cholmondeley"
                # shows as one word to the eye, and is two (a hyphenation point inside a word has no capital after)
            if read == raw:
                continue
            edits.append(Edit(match.start(), match.end(), read, False))
        elif group == "inline":
            edits.append(Edit(match.start(), match.end(), "", True))
        elif group == "br":
            edits.append(Edit(match.start(), match.end(), "\n", True))
        elif group == "spacetag":
            edits.append(Edit(match.start(), match.end(), " ", True))
        elif group == "tag":
            # a table's cell starts a column: read as a tab, as a CSV or a text table writes one (a number in
            # a "DIP ID" cell is the column's, not one beside the row's MPAN)
            cell = raw[:3].lower() in ("<td", "<th") and raw[3:4] in (">", " ", "\t", "\n", "/")
            edits.append(Edit(match.start(), match.end(), "" if raw.startswith("<!--") else "\t" if cell else " ", True))
        elif group == "entity":
            decoded = html.unescape(raw)
            if decoded == raw:
                continue
            edits.append(Edit(match.start(), match.end(), read_as_shown(decoded), False))
        elif group in ("percent", "qp", "qprun"):  # "%31%32" or "=31=32": bytes in UTF-8
            decoded = _decode_bytes(_PERCENT_BYTE.findall(raw) if group == "percent"
                                    else [raw[i + 1:i + 3] for i in range(0, len(raw), 3)])
            edits.append(Edit(match.start(), match.end(), read_as_shown(decoded), False))
        elif group == "override":
            edits.append(Edit(match.start(), match.end(), read_as_shown(raw[1:].rstrip("\u202c"))[::-1], False))
        elif group == "control":
            edits.append(Edit(match.start(), match.end(), "\n" if raw in "\x0b\x0c" else "", False))
        elif group == "escape":
            if raw == "\\":  # before a quote: the quote is read, the backslash is not
                edits.append(Edit(match.start(), match.end(), "", False))
                continue
            if raw == "\\\\":
                continue  # an escaped backslash: read as written
            if raw[1] == "\\":
                raw = "\\" + raw.lstrip("\\")  # escaped again: read as the escape it is once decoded
            char = chr(int(raw[2:], 16)) if raw[1] == "u" else " "
            if raw[1] == "u" and not _read_char(char) and not char.isspace():
                edits.append(Edit(match.start(), match.end(), "", False))  # an escaped invisible character
                continue  # ("D0-52\u202c-\u034fA8", json.dumps of a value with its format characters): nothing
            in_a_run = text.startswith("\\u", match.end()) or text.startswith("\\u", max(0, match.start() - 6))
            at_sign = char == "@" and text[match.start() - 1:match.start()].isalnum() \
                and text[match.end():match.end() + 1].isalnum()  # an address's "@" escaped: "j.doe\u0040sky.com"
            if raw[1] == "u" and not char.isalnum() and not text[match.end():match.end() + 1].isdigit() and not in_a_run \
                    and not at_sign and not char.isspace():  # (a blank's escape is a blank: "KA7\\u202f 9RS")
                continue  # an escaped symbol away from digits ("\u003c"): left as written (a run of escapes, a
                # payload written as "\u007b\u0022\u006d…", is read whole)
            # (a line break's escape too is read as a space: inside a string it is no line of the text's own,
            # and read as one it made a label's next-line value of the JSON key before it)
            if len(raw) > 2 and raw[1] in "nr":  # a line break's and a quote's prefix: a line break, as _QUOTE reads one
                # (between digits, nothing: a number goes on after the prefix, "gas meter 10785\n# 264U16")
                read = "" if text[match.start() - 1:match.start()].isdigit() \
                    and text[match.end():match.end() + 1].isdigit() \
                    and _short_either_side(text, match.start(), match.end()) else "\n"
            elif char.isspace() or not char.isprintable():
                read = " "  # a tab, a NUL: what stands either side is read apart
            else:
                read = read_as_shown(char) or " "
            edits.append(Edit(match.start(), match.end(), read, False))
        elif group == "encword":
            try:
                words = email.header.decode_header(raw)
                decoded = "".join(part.decode(charset or "ascii", errors="replace") if isinstance(part, bytes) else part
                                  for part, charset in words)
            except (ValueError, LookupError, email.errors.HeaderParseError):
                continue  # not an encoded word after all: read as written
            edits.append(Edit(match.start(), match.end(), read_as_shown(decoded), False))
        elif group == "charcalls":
            codes = [int(code) for code in re.findall(r"\((?:[ \t]*)(\d{1,3})", raw)]
            if all(32 <= code < 127 for code in codes):
                edits.append(Edit(match.start(), match.end(), "".join(map(chr, codes)), False))
        elif group == "kern":
            amount = abs(float(re.search(r"-?\d+(?:\.\d+)?", raw).group()))  # type: ignore[union-attr]
            edits.append(Edit(match.start(), match.end(), " " if amount >= 200 else "", True))  # (a word's space)
        elif group == "move":
            # a small step along the line is the next glyph; a step to another line is a line
            same_line = abs(float(match.group("ty"))) < 0.5 and abs(float(match.group("tx"))) < 40 \
                or match.group("ty") == _previous_move(text, match.start())
            edits.append(Edit(match.start(), match.end(), "" if same_line else "\n", True))
        elif group == "deletion":
            edits.append(Edit(match.start(), match.end(), "", False))
        elif group == "insertion":
            inserted = next(match.group(name) for name in ("ins1", "ins2", "ins3", "ins4") if match.group(name) is not None)
            edits.append(Edit(match.start(), match.end(), read_as_shown(inserted), False))
        elif group == "empty":
            before, after = text[match.start() - 1], text[match.end()]
            joined = before.isdigit() == after.isdigit() or before in _HEX_DIGITS and after in _HEX_DIGITS
            edits.append(Edit(match.start(), match.end(), "" if joined else " ", True))
        elif group == "zpl":
            edits.append(Edit(match.start(), match.end(), " ", True))
        elif group == "vertical":
            for at in range(match.start(), match.end()):
                if text[at] in "\r\n \t":
                    edits.append(Edit(at, at + 1, "", True))
        elif group == "utf7":
            characters = _utf7(raw)
            if characters is not None:
                edits.append(Edit(match.start(), match.end(), characters, False))
        elif group == "utf7one":
            between = _utf7_separator(raw)
            if between is not None:
                edits.append(Edit(match.start(), match.end(), between, False))
        elif group == "parenzero":
            edits.append(Edit(match.start(), match.end(), "0", False))
        elif group == "template":
            edits.append(Edit(match.start(), match.end(), match.group("digits"), False))
        elif group == "substituted":  # each substitute read as nothing, the characters between as they are
            edits.extend(Edit(match.start() + i, match.start() + i + 1, "", False)
                         for i, c in enumerate(raw) if c in "?\ufffd")
        elif group in ("emphasis", "bbcode"):
            edits.append(Edit(match.start(), match.end(), "", True))
        elif group in ("soft", "wrap", "hyphen", "concat", "joined", "fold", "doubled", "backslashed"):
            edits.append(Edit(match.start(), match.end(), "", False))
        elif group == "quotejoin" and not _short_either_side(text, match.start(), match.end()):
            # two whole numbers, one a line ("> MPRN 1234567891" over "> 9876543210"): the break stays, the prefix goes
            prefix = match.start() + raw.index("\n") + 1
            edits.append(Edit(prefix, match.end(), "", False))
        elif group in ("quote", "quotejoin"):
            if raw:
                edits.append(Edit(match.start(), match.end(), "", False))
    return Canonical(text, edits)


_MOVE_BEFORE = re.compile(r"(-?[\d.]+)[ \t]+Td[ \t]*\([^()\n]{0,200}$")


def _previous_move(text: str, at: int) -> str | None:
    """The vertical operand of the move before the string that ends at ``at`` ("100 600 Td (8)": "600")."""
    match = _MOVE_BEFORE.search(text, max(0, at - 260), at)
    return match.group(1) if match else None


def _utf7_decoded(run: str) -> str | None:
    try:
        return run.encode("ascii").decode("utf-7")
    except UnicodeDecodeError:
        return None


def _utf7(run: str) -> str | None:
    """A UTF-7 shifted run's characters, when they are printable ASCII (else it is base64 of something else)."""
    decoded = _utf7_decoded(run)
    return decoded if decoded is not None and decoded.isascii() and decoded.isprintable() and decoded.strip() else None


def _utf7_separator(run: str) -> str | None:
    """What a one-character UTF-7 run between a value's characters shows, as the canonical view reads it: a blank
    for a space of any width, a dash for a dash, nothing for a format character; None for anything else."""
    decoded = _utf7_decoded(run)
    if decoded is None or len(decoded) != 1:
        return None
    category = unicodedata.category(decoded)
    return {"Zs": " ", "Pd": "-", "Cf": ""}.get(category)


def _call_reach(text: str, after: int) -> tuple[int, str]:
    """Where a joining call whose arguments start at ``after`` closes (its ")" at the same depth, on its
    line, 2,000 characters at most), and the text it joins its arguments with: TEXTJOIN's and CONCAT_WS's
    first argument when it is a literal, else nothing (CONCAT)."""
    name = text[max(0, after - 40):after].rstrip("( \t").lower()
    joiner = ""
    if name.endswith(("textjoin", "concat_ws")):
        first = _FIRST_LITERAL.match(text, after)
        joiner = first.group("joiner") if first else ""
    depth, quote = 0, ""
    for at in range(after, min(len(text), after + 2000)):
        char = text[at]
        if quote:
            if char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
        elif char == "(":
            depth += 1
        elif char == ")":
            if depth == 0:
                return at, joiner
            depth -= 1
        elif char == "\n":
            break
    return -1, joiner


def looks_like_html(text: str, name: str = "") -> bool:
    """An HTML page or fragment: by its name, or a document or several formatting tags in it."""
    if name.lower().endswith((".html", ".htm", ".xhtml", ".mht", ".mhtml")):
        return True
    head = text[:4096].lower()
    return "<html" in head or "<!doctype html" in head or len(_HTML_HINT.findall(text, 0, 200_000)) >= 3


# Characters that separate digit groups as a space or hyphen does, but that the detectors' patterns do
# not name: thin and narrow no-break spaces (French and typographic number formatting), figure
# spaces, zero-width spaces and joiners pasted in from web pages, soft hyphens, Unicode dashes and the
# minus sign. Each maps to one character, so every offset found in the mapped text holds in the original.
_SEPARATORS = {ord(c): " " for c in "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
               "\u200a\u202f\u205f\u3000\u200b\u200c\u200d\u2060\ufeff\u180e\u2800"}  # (and the braille blank)
_SEPARATORS.update({ord(c): "-" for c in "\u00ad\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d\ufe58"})
# a fraction slash or a division slash between groups reads as a slash ("NE6⁄6BU")
_SEPARATORS.update({ord(c): "/" for c in "\u2044\u2215"})
# middle dots and bullets between groups, as a point is ("18·3075·3962·116", "SM•9371•3309")
_SEPARATORS.update({ord(c): "." for c in "\u00b7\u2022\u2027\u2219\u22c5\u30fb\uff65\u0387"})


def plain_separators(text: str) -> str:
    """``text`` with exotic spaces and dashes as plain ones, the same length (see ``_SEPARATORS``)."""
    return text if text.isascii() else text.translate(_SEPARATORS)


def map_findings(view: Canonical, found: list[Finding]) -> list[Finding]:
    """Findings in ``view.text`` as findings in the original text: a value split by markup becomes its
    pieces (the first replaced, the others emptied), each carrying the value as read."""
    if view.identity:
        return found
    out: list[Finding] = []
    for f in found:
        pieces = view.pieces(f.start, f.end)
        value = view.text[f.start:f.end]
        for number, (start, end) in enumerate(pieces):
            # (a finding of a view of a view: a tail stays one, and keeps the value the inner view read)
            out.append(Finding(start, end, f.kind, f.detector, f.quote, f.tail or number > 0, f.value or value))
    return out
