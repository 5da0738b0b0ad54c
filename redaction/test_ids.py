"""Values in a parametrised test's id: pytest's ``test_mprn_lookup[742738260]``, JUnit 5's ``lookup(String)[1] mprn=…``.

A test run's report names each case by its parameters, in brackets after the test's name, and the name says what the
parameter is ("test_mprn_lookup", "testMeterSerialRoundTrip"). The value inside is the identifier the test used:
read as the kind the test's name ends on or holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .fields import classify
from .findings import Finding, Kind, fits_its_kind

_KIND_WORD = r"mpan|mprn|msn|serial|meter_serial|postcode|account|acct|email|phone|mobile|device|eui|guid"
_TEST_ID = re.compile(rf"(?i)(?<![\w.])test_?\w*?(?P<word>{_KIND_WORD})\w*\[(?P<value>[^\]\s\[]{{4,60}})\]")


def find_test_ids(text: str) -> Iterator[Finding]:
    """The parameter in brackets after a test's name that names the parameter's kind."""
    if "[" not in text or "test" not in text.lower():
        return
    for match in _TEST_ID.finditer(text):
        kind = classify(match.group("word"))
        value = match.group("value")
        if kind is None or kind is Kind.NAME or not fits_its_kind(kind, value) or not any(c.isdigit() for c in value):
            continue
        yield Finding(*match.span("value"), kind, "field")
