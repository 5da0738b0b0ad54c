"""An encoded value is what its place says it is: a base64 or hex blob that decodes to a bare number or a
short name is an MPRN inside ``<GasSupplyPoint>``, after an ``mprn`` label or under a key that names both
the value and its encoding (``mprn_b64``, ``customerNameBase64``, ``hexMpan``). Earlier held-out material
(stop 34) left such a blob whole: decoded alone it said nothing.

Each test generates its cases: value kinds by encodings by places."""

from __future__ import annotations

import base64
import random

import pytest

from attest.redaction import redact_text
from attest.redaction.fields import classify
from attest.redaction.findings import Kind
from attest.redaction.mpan import make_mpan


def _values(rng: random.Random) -> list[tuple[str, str, str]]:
    """(kind's key word, value, XML element) for one case of each kind."""
    return [
        ("mprn", str(rng.randrange(10**9, 10**10)), "GasSupplyPoint"),
        ("mpan", make_mpan(rng.randint(10, 23), f"{rng.randrange(10**10):010d}"), "MPANCore"),
        ("customerName", rng.choice(["Seraphina Yelland", "Gethin Prothero", "Morwenna Chenoweth"]), "CustomerName"),
        ("postcode", rng.choice(["NE15 3YX", "CV19 0DF", "LL24 2QH"]), "Postcode"),
    ]


ENCODINGS = {
    "base64": lambda v: base64.b64encode(v.encode()).decode(),
    "urlsafe": lambda v: base64.urlsafe_b64encode(v.encode()).decode().rstrip("="),
    "hex": lambda v: v.encode().hex(),
    "HEX": lambda v: v.encode().hex().upper(),
}


def _places(word: str, element: str, blob: str, suffix: str) -> list[str]:
    return [
        f'<Response><{element} encoding="{suffix}">{blob}</{element}><Status>OK</Status></Response>',
        f'{{"{word}_{suffix}": "{blob}", "status": "ACCEPTED"}}',
        f'{{"{suffix}{word[:1].upper()}{word[1:]}": "{blob}", "status": "ACCEPTED"}}',
        f"2026-11-30T10:02:11Z DEBUG {word}={blob} flow=IF-031",
        f"{word.upper()} ({suffix}):\n    {blob}\n",
    ]


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("encoding", sorted(ENCODINGS))
def test_an_encoded_value_is_masked_where_its_place_names_it(seed: int, encoding: str) -> None:
    rng = random.Random(f"{seed}-{encoding}")
    for word, value, element in _values(rng):
        blob = ENCODINGS[encoding](value)
        for text in _places(word, element, blob, rng.choice(["b64", "hex", "enc", "base64", "raw"])):
            out = redact_text(text).text
            assert blob not in out and blob.lower() not in out, (text, out)
            assert value not in out, (text, out)


@pytest.mark.parametrize("key, kind", [
    ("mprn_b64", Kind.MPRN), ("mprnBase64", Kind.MPRN), ("hexMpan", Kind.MPAN), ("mpan_encoded", Kind.MPAN),
    ("customer_name_b64", Kind.NAME), ("rawPostcode", Kind.POSTCODE), ("meterSerialValue", Kind.MSN),
    ("emailRaw", Kind.EMAIL), ("addressText", Kind.ADDRESS),
    # keys whose rest names nothing: no identifier however written
    ("payload_b64", None), ("statusText", None), ("bodyText", None), ("messageValue", None), ("hex", None),
    ("enc", None), ("value", None),
])
def test_a_key_that_names_its_encoding_is_read_by_what_else_it_names(key: str, kind: Kind | None) -> None:
    assert classify(key) is kind


@pytest.mark.parametrize("seed", range(3))
def test_encoded_words_that_are_no_identifier_stay(seed: int) -> None:
    rng = random.Random(seed)
    word = rng.choice(["ACCEPTED", "Rejected by DCC", "IF-031 v2.1", "TC-MHHS-0042"])
    blob = base64.b64encode(word.encode()).decode()
    for text in (f'{{"status_b64": "{blob}", "flow": "IF-031"}}', f"<StatusText>{blob}</StatusText>",
                 f"payload={blob} size=42"):
        assert blob in redact_text(text).text, text
