"""Classes of leak fixed at stop 44, each test generating its cases from seeds.

First the leftovers of stop 43's held-out text round (helper-71): a UTF-7 text whose encoder shifted the one
no-break space inside a postcode ("IP4+AKA-5NA")."""

from __future__ import annotations

import random

import pytest

from attest.redaction import redact_text
from held_out_values import left as _left

POSTCODES = ["IP4 5NA", "LL19 5ZD", "CF25 0DD", "WF12 2EH", "EH8 7YW", "SY7 8UU"]


@pytest.mark.parametrize("seed", range(10))
def test_a_utf7_shifted_blank_or_dash_inside_a_value_is_read_as_one(seed: int) -> None:
    rng = random.Random(seed)
    between = rng.choice(["\u00a0", "\u2009", "\u202f", "\u2013", "\u2011", "\u200b"])
    postcode = rng.choice(POSTCODES)
    phone = "07" + "".join(rng.choice("0123456789") for _ in range(9))
    line = rng.choice([f"Site: {rng.randint(2, 300)} Coldharbour Row, Merthyr Tydfil {postcode.replace(' ', between)}",
                       f"Tel {phone[:5]}{between}{phone[5:]} (mobile)"])
    text = line.encode("utf-7").decode("ascii")
    assert "+" in text and "-" in text  # the separator is a shifted run
    out = redact_text(text).text
    value = postcode if "Site" in line else phone
    assert not _left(out.encode("ascii").decode("utf-7"), value, min(8, len(value.replace(" ", "")))), (text, out)


@pytest.mark.parametrize("keep", ["cost +AKM-95,635.58 on account", "ref AB+AKA-CD was reissued", "C+AGM-7 wins",
                                  "score 3+AKA-2 final"])
def test_other_shifted_runs_and_plus_words_stay(keep: str) -> None:
    assert redact_text(keep).text == keep
