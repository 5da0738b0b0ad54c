"""Classes found or foreseen in stop 50, fixed as classes (generated cases)."""

from __future__ import annotations

import random

import pytest

from attest.redaction.text import redact_text


def _redacted(text: str) -> str:
    return redact_text(text).text


# -- a ticket's two-letter prefixes are no account's ------------------------------------------------------------------
# SR, PR and CS open real accounts too; a ticket's reference is kept only in the shape its system writes it

@pytest.mark.parametrize("prefix", ["SR", "PR", "CS", "sr", "Cs"])
@pytest.mark.parametrize("seed", range(3))
def test_an_account_opening_with_a_tickets_two_letters_is_masked(prefix: str, seed: int) -> None:
    rng = random.Random(seed)
    account = f"{prefix}{rng.randrange(10**7, 10**8)}"
    label = rng.choice(["Account: {}", "Account number {} for the customer", "account ref {}", "Acct No. {}"])
    out = _redacted(label.format(account) + " was billed twice.")
    assert account not in out


@pytest.mark.parametrize("reference", ["SR-1234", "PR_17", "CS0001234", "cs-4471", "INC0012345", "TC-1234",
                                       "RITM0012345", "CASE-8812"])
def test_a_tickets_reference_under_a_customers_label_is_kept(reference: str) -> None:
    for label in ("Customer ref {}", "Account ref {} raised against the build"):
        out = _redacted(label.format(reference))
        assert reference in out
