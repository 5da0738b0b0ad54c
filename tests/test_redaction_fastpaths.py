"""The quick paths of the text detectors find exactly what their plain definitions find.

Several detectors no longer run their pattern over the whole text: they look for a literal in a class
view, read a view backwards, skip lines or stretches that cannot hold a match, or share one pass
between many words. Each test here states the plain definition (the pattern over the whole text, a
loop over every word) and checks the quick path against it on generated text that is dense with the
characters those paths care about.
"""

from __future__ import annotations

import gc
import re
import threading

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from attest.redaction import canonical as canonical_module
from attest.redaction import gcpause, line_labels, patterns, shapes, text
from attest.redaction.canonical import canonical
from attest.redaction.findings import Finding, Kind, merge
from attest.redaction.textview import TextView

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# pieces that make the quick paths' cases: digits and letters in runs, separators, line breaks,
# label and key words, placeholders, a UUID, non-ASCII spaces and digits
PIECES = ["0", "1", "12", "123456", "1200023305967", "a", "b", "ab", "S", "DS", "E6S", "rg", "RG1 2AB", "bs50gr",
          " ", "  ", "\t", "\n", "\n\n", "-", ":", "=", ".", ",", ";", "|", ">", "_", "/", "'", '"', "[", "]", "{",
          "}", "mpan", "MPAN", "msn", "meter", "serial", "post", "code", "customer name", "Road", "12 Acacia",
          "[MPAN-1]", "key", "note: ", "7311d8a3-c2ce-6f44-7ed4-d57b1e2feb89", "0x", "\u00a0", "\u0661", "é"]
texts = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)
ascii_texts = texts.map(lambda t: t.encode("ascii", "ignore").decode())


@SETTINGS
@given(texts)
def test_label_starts_are_the_patterns_places(text: str) -> None:
    plain = ([0] if re.match(r"[ \t]*[A-Za-z]", text) else []) + [
        m.end() for m in re.finditer(r"[\n\t|;>](?=[ \t]*[A-Za-z])", text)]
    assert line_labels.label_starts(text) == plain


@SETTINGS
@given(ascii_texts)
def test_compact_serials_read_backwards_are_the_patterns_matches(text: str) -> None:
    assert list(shapes._compact_serials(text)) == [m.span() for m in shapes._SERIAL_COMPACT.finditer(text)]


@SETTINGS
@given(texts)
def test_address_triggers_read_backwards_are_the_forward_ones(text: str) -> None:
    view = text.encode("ascii", errors="replace").translate(shapes._SHAPE_CLASS)

    def house_number(at: int) -> bool:
        """At most four digits end at ``at``, after no letter, digit or "_-/.:" (":" in the view)."""
        start = at
        while start > 0 and view[start - 1] == ord("0"):
            start -= 1
        return at - start <= 3 and (start == 0 or view[start - 1] not in b"aA:")

    forward = [m.start() for m in re.finditer(rb"0[aA]? {0,3},? {1,3}A", view) if house_number(m.start())]
    backward = sorted(len(view) - m.end() for m in shapes._WORD_AFTER_NUMBER.finditer(view[::-1]))
    assert backward == forward


@SETTINGS
@given(texts)
def test_one_pass_word_hits_are_each_words_hits(text: str) -> None:
    view = TextView(text)
    view.find_words(patterns._VOCABULARY)
    for word in patterns._VOCABULARY:
        lowered = TextView(text).lowered
        assert view.word_hits(word) == [m.start() for m in re.finditer(f"(?={re.escape(word)})", lowered)]


@SETTINGS
@given(texts)
def test_postcodes_at_their_likely_starts_are_the_patterns_matches(text: str) -> None:
    plain_view = TextView(text)
    plain_view._ascii, plain_view._ascii_done = None, True  # no class views: the pattern over the whole text
    assert list(patterns.find_postcodes(text, TextView(text))) == list(patterns.find_postcodes(text, plain_view))


@SETTINGS
@given(st.lists(st.integers(1, 22), max_size=12))
def test_could_hold_mpan_is_some_groups_adding_up(sizes: list[int]) -> None:
    digits = b"x".join(b"0" * size for size in sizes)
    plain = any(14 <= size <= 21 for size in sizes) or any(
        sum(sizes[i:j]) in (13, 21) for i in range(len(sizes)) for j in range(i + 1, len(sizes) + 1))
    assert patterns._could_hold_mpan(digits) == plain


@SETTINGS
@given(st.lists(texts, min_size=1, max_size=40), st.booleans())
def test_key_values_on_the_lines_that_matter_are_those_of_a_whole_scan(lines: list[str], dense: bool) -> None:
    text = "\n".join(lines) * 3
    threshold = patterns._KEY_VALUE_SCAN_ALL_BELOW
    try:
        patterns._KEY_VALUE_SCAN_ALL_BELOW = 0  # read only the lines that matter, however short the text
        times_quick: list[tuple[int, int]] = []
        quick = list(patterns.find_key_values(text, times_quick, TextView(text, dense=dense)))
        patterns._KEY_VALUE_SCAN_ALL_BELOW = 10**12  # read the whole text
        times_whole: list[tuple[int, int]] = []
        whole = list(patterns.find_key_values(text, times_whole, TextView(text)))
    finally:
        patterns._KEY_VALUE_SCAN_ALL_BELOW = threshold
    assert quick == whole and times_quick == times_whole


kinds = st.sampled_from(list(Kind))
findings = st.builds(lambda start, length, kind, detector, quote, tail, value:
                     Finding(start, start + length, kind, detector, quote, tail, value),
                     st.integers(0, 30), st.integers(-1, 10), kinds, st.sampled_from(["pattern", "label", "field"]),
                     st.booleans(), st.booleans(), st.sampled_from([None, "x", "y"]))


@SETTINGS
@given(st.lists(findings, max_size=20), st.data())
def test_merge_ignores_findings_differing_from_an_earlier_one_only_in_detector(found: list[Finding], data) -> None:
    again = [Finding(f.start, f.end, f.kind, data.draw(st.sampled_from(["recurring", "context"])), f.quote, f.tail,
                     f.value) for f in data.draw(st.lists(st.sampled_from(found), max_size=10))] if found else []
    assert merge([*found, *again]) == merge(found)


def test_the_collector_runs_again_after_nested_and_concurrent_redactions() -> None:
    assert gc.isenabled()
    seen: list[bool] = []

    @gcpause.collector_paused
    def inner() -> None:
        seen.append(gc.isenabled())

    @gcpause.collector_paused
    def outer() -> None:
        inner()
        seen.append(gc.isenabled())

    threads = [threading.Thread(target=outer) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    outer()
    assert seen and not any(seen)
    assert gc.isenabled()
    gc.disable()
    try:
        outer()
        assert not gc.isenabled()  # a collector the caller had switched off stays off
    finally:
        gc.enable()


# the title pattern as first written, with its look-behind first (tried at every character)
_TITLED_NAME_PLAIN = re.compile(
    r"(?<![A-Za-z0-9])(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?|MR|MRS|Rev(?:d\.?|\.)|Prof\.?|Sir|Dame|Lady)"
    + patterns._TITLED_NAME.pattern.split("(?<=L)ady)", 1)[1])
TITLE_PIECES = ["Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "MR", "MRS", "MS", "DR", "M", "D", ".", " ", "\t", "x", "1",
                "Rev", "Revd", "Prof", "Sir", "Dame", "Lady", "R", "P", "S", "L", "ev", "d",
                "John", "O'Neil", "Smith-Jones", "JANE", "Rate", "Teams", "a", "\n"]


@SETTINGS
@given(st.lists(st.sampled_from(TITLE_PIECES), max_size=20).map("".join))
def test_titled_names_starting_at_the_letter_are_the_plain_patterns_matches(text: str) -> None:
    assert [m.span() for m in patterns._TITLED_NAME.finditer(text)] == \
        [m.span() for m in _TITLED_NAME_PLAIN.finditer(text)]


CAPITAL_TITLE_PIECES = [*(f"{title} " for title in ("DR", "DAME", "MISS", "PROF", "REV", "SIR", "LADY", "MX", "MS", "MRS",
                                                     "Mr", "Mrs", "Dr", "Miss", "Mx")),
                        "M", "D", "R", "S", "L", "P", "x", "1", ".", " ", "\n", "John", "O'Neil", "CALLUM URQUHART",
                        "NICOLE AUSTIN", "THORNTON", "SITE FAILOVER", "Rate"]


@SETTINGS
@given(st.lists(st.sampled_from(CAPITAL_TITLE_PIECES), max_size=24).map("".join))
@example("call Dr John, Mrs O'Neil and Mx John; 1MR John")
@example(" ".join(f"{title} CALLUM URQUHART." for title in ("DR", "DAME", "MISS", "PROF", "REV", "SIR", "LADY", "MX", "MS")))
def test_titled_names_tried_only_where_a_title_is_written_are_those_of_a_whole_scan(text: str) -> None:
    """find_titled_names tries its patterns only where a title's first letters are written (str.find, not
    the regex engine at every character): it finds what the patterns over the whole text find."""
    plain = [m.span() for pattern in (patterns._TITLED_NAME, patterns._CAPITAL_TITLED_NAME)
             for m in pattern.finditer(text)]
    quick = [m.span() for m in patterns.matches_at(patterns._TITLED_NAME, text, patterns._literal_starts(text, patterns._TITLE_LETTERS))]
    quick += [m.span() for m in patterns.matches_at(patterns._CAPITAL_TITLED_NAME, text,
                                                    patterns._literal_starts(text, patterns._CAPITAL_TITLES))]
    assert quick == plain


@SETTINGS
@given(st.lists(texts, min_size=1, max_size=4))
def test_windows_joined_with_nothing_disguised_read_as_written(windows: list[str]) -> None:
    """The second look joins its windows with a NUL, which the canonical view drops. It reads the view
    again only when the view changed something else: otherwise the view must be the windows as
    written (a second reading would read the same characters)."""
    joined = text._JOIN.join(windows)
    starts, at = [], 0
    for window in windows:
        starts.append(at)
        at += len(window) + len(text._JOIN)
    nuls = {start - len(text._JOIN) + text._JOIN.index("\x00") for start in starts[1:]}
    read = canonical(joined)
    if not read.changed_beyond(nuls):
        assert read.text == "\n\n".join(windows)
    assert read.changed_beyond(set()) == (not read.identity)


# The canonical view's patterns as first written, each starting with its lookbehind; they now start with
# the character they match (the regex engine then skips to it), which must change no match.
LOOKBEHIND_FIRST = {
    "_PSQL_WRAP": r"(?<=\d)\+[ \t]*\r?\n[ \t|]*(?=\d)",
    "_HYPHENATED": r"(?<=[a-z])-\r?\n[ \t]*(?=[a-z])|(?<=\d)-\r?\n[ \t]*(?=\d)",
    "_CONCAT": r"(?<=\d)(?P<cq>[\"'])[ \t]*(?:(?:\+|&|\|\||\.)[ \t]*)?(?:\r?\n[ \t]*(?:(?:\+|&|\|\||\.)[ \t]*)?)?(?P=cq)(?=\d)",
    "_EMPHASIS": r"(?<=[\d ])[*~`]{1,2}(?=\d)|(?<=\d)[*~`]{1,2}(?=[\d \-.,])",
}
CANONICAL_PIECES = ["0", "12", "a", "b", "A", " ", "\t", "\n", "\r\n", "-", "+", "|", '"', "'", "&", "||", ".", "*", "**",
                    "~", "`", ",", "?", "=", "q", "x"]


@SETTINGS
@given(st.lists(st.sampled_from(CANONICAL_PIECES), max_size=40).map("".join))
def test_canonical_patterns_starting_with_their_character_match_as_written_first(written: str) -> None:
    from attest.redaction import canonical as module

    for name, first in LOOKBEHIND_FIRST.items():
        now = re.compile(getattr(module, name), re.DOTALL)
        assert [m.span() for m in now.finditer(written)] == [m.span() for m in re.finditer(first, written, re.DOTALL)], name
    for hint, pattern in (("_PSQL_WRAP_HINT", r"\d\+[ \t]*\r?\n"), ("_HYPHENATED_HINT", LOOKBEHIND_FIRST["_HYPHENATED"]),
                          ("_CONCAT_HINT", LOOKBEHIND_FIRST["_CONCAT"]), ("_EMPHASIS_HINT", LOOKBEHIND_FIRST["_EMPHASIS"])):
        assert bool(getattr(module, hint).search(written)) == bool(re.search(pattern, written)), hint
    # the query hint gates two readings: a query's value and words joined by "+" (each hint a prefilter, which may also
    # hit where the reading then finds nothing, "0+0+0" or "a=b+c" with no key's start before it, but never misses
    # where the reading finds: it looks from the "=" and leaves the key's start to the reading)
    if re.search(module._QUERY_VALUE, written):
        assert re.search(module._QUERY_VALUE_HINT, written), written
    if re.search(module._PLUS_WORDS, written):
        assert module._QUERY_HINT.search(written), written
    assert module._has_control(written) == bool(re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", written))


@SETTINGS
@given(st.lists(st.sampled_from(["\n\x00\n", "\x00", "\x01", "12", "a", "-\n", "&amp;", "<b>", "\u200b", "=\n", " "]),
                max_size=30).map("".join))
def test_joins_alone_are_known_without_reading_the_text_through(joined: str) -> None:
    from attest.redaction.canonical import only_joins

    joins = joined.count("\n\x00\n")
    positions = set()
    at = joined.find("\n\x00\n")
    while at >= 0:
        positions.add(at + 1)
        at = joined.find("\n\x00\n", at + 3)
    if only_joins(joined, "\x00", joins):
        assert not canonical(joined).changed_beyond(positions)


# what the canonical view's readings start at: escapes, tags, entities, quoted-printable and %-bytes, joining
# calls and literals, "+"-joined words, PDF operators, quote prefixes, invisible characters
READING_PIECES = ["&amp;", "&#49;", "%31", "%2", "%2531", "=3D", "=31=32", "=\n", "\\u0031", "\\x31", "\\", "<b>",
                  "</b>", "<br>", "<td>", "\u200b", "\u202e", "\u00ad", "'", "''", '"', "+", "(", ")", "Chr(49)",
                  "CHAR(50)", "concat(", "CONCATENATE (", "textJoin(", "xconcat(", "&", "1", "23", " ", "\n", "> ",
                  "# ", "-\n", ") Tj", "[(1)-120(2)] TJ", "^FD", "^FS", "${", "}", "*", "~", "`", "…", "...",
                  "=?utf-8?q?A=31?=", "+AD", "\x1b[1m", "\\101", "\t", "\x0b", ",", "?q=", "&k=", "a+b", "+c%2C",
                  "/", "=", "O''Rourke", "_", "ab+cd+ef", "Ab", "\u0663"]


@SETTINGS
@given(st.lists(st.sampled_from(READING_PIECES), max_size=40).map("".join), st.booleans(), st.booleans())
@example("x a+b+c?q=1+2 ab+cd+ef%2C", False, False)
def test_readings_searched_one_by_one_are_the_one_alternations_matches(sample: str, html_like: bool,
                                                                      records: bool) -> None:
    """The canonical view searches each reading's alternatives on its own (and "+"-joined words from each "+"),
    where it once ran one alternation of them all: the same matches, in the same order."""
    features = canonical_module._features(sample, html_like, records=records)
    parts = [part for name, alternatives in canonical_module._READINGS if name in features for part in alternatives]
    plain = [(m.start(), m.end(), m.lastgroup) for m in re.compile("|".join(parts), re.DOTALL).finditer(sample)] \
        if parts else []
    searchers = canonical_module._patterns(features)
    quick = [(m.start(), m.end(), m.lastgroup) for m in canonical_module._scan(sample, searchers)] if searchers else []
    assert quick == plain
