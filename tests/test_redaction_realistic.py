"""Redaction on the independently written realistic corpus: every labelled or structured identifier
must go, values that must stay must stay, nothing may crash."""

from __future__ import annotations

import re

import pytest

from attest.redaction import redact_text
from corpus_realistic import S as SAMPLES

STOP = {"road", "street", "lane", "house", "court", "flat", "mews", "avenue", "close", "crescent", "terrace",
        "view", "rise", "grove", "side", "mill", "park", "reading"}


def joined_digits(text: str) -> str:
    return re.sub(r"(?<=\d)(?:[ \t\u00a0\-.\r\n/+|]|%20)+(?=\d)", "", text)


def whole(value: str, text: str) -> bool:
    return re.search(r"(?<![A-Za-z0-9])" + re.escape(value) + r"(?![A-Za-z0-9])", text, re.I) is not None


def leaked(kind: str, value: str, out: str) -> bool:
    if kind in ("mpan", "mprn"):
        return value in joined_digits(out)
    if kind == "device":
        return re.sub(r"[^0-9a-f]", "", value.lower()) in re.sub(r"[-: ]", "", out.lower())
    if kind == "postcode":
        compact = re.sub(r"(%20|\+)", " ", value).replace(" ", "")
        spaced = re.sub(r"(%20|\+)", " ", out)
        return re.search(r"(?<![A-Za-z0-9])" + r"\s*".join(map(re.escape, compact)) + r"(?![A-Za-z0-9])", spaced,
                         re.I) is not None
    return whole(value.replace("+", " "), out.replace("+", " "))


@pytest.fixture(scope="module")
def outputs() -> list[tuple[dict, str]]:
    return [(sample, redact_text(sample["text"], name=sample["name"]).text) for sample in SAMPLES]


def test_every_labelled_or_structured_identifier_is_masked(outputs: list[tuple[dict, str]]) -> None:
    tiers: dict[str, list[int]] = {"L": [0, 0], "P": [0, 0], "X": [0, 0]}
    misses = []
    for sample, out in outputs:
        for kind, value, tier in sample["secrets"]:
            tiers[tier][1] += 1
            if leaked(kind, value, out):
                if tier == "L":
                    misses.append((sample["name"], kind, value))
            else:
                tiers[tier][0] += 1
    print(f"\nrealistic corpus: {len(outputs)} samples; recall labelled/structured "
          f"{tiers['L'][0]}/{tiers['L'][1]}, free prose {tiers['P'][0]}/{tiers['P'][1]}, unknown flow groups "
          f"{tiers['X'][0]}/{tiers['X'][1]}")
    assert not misses, misses


def test_values_that_must_stay_stay(outputs: list[tuple[dict, str]]) -> None:
    total = sum(len(sample["keep"]) for sample, _ in outputs)
    lost = [(sample["name"], v) for sample, out in outputs for v in sample["keep"] if v not in out]
    print(f"\nrealistic corpus keep-rate: {total - len(lost)}/{total}")
    assert len(lost) <= total * 0.01, lost
