"""The adversarial text corpus (tests/adversarial/text_corpus.py), run through intake's redaction.

The corpus was written from the issue's text alone by someone who had not read the detectors, and it
checks the output with its own decoder (every encoding, entities, escapes, base64/hex/%/QP blobs,
Unicode digits, invisible characters), not with Attest's. Every case must come out with no secret
recoverable (or be refused: nothing stored), every file name redacted, and what is not an identifier
kept. Several seeds, so that the forms vary from run to run of the generator, not from run to run of
the suite.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "adversarial"))

import text_corpus  # noqa: E402

from attest.capture.notes import redact_name, redact_note  # noqa: E402
from attest.redaction import RedactionError, redact_bytes  # noqa: E402
from attest.redaction.item import decode  # noqa: E402

SEEDS = (0, 1, 2, 11)


@pytest.mark.parametrize("seed", SEEDS)
def test_no_secret_survives_in_any_hostile_form(seed: int) -> None:
    leaks, kept, total_keep = [], 0, 0
    for case in text_corpus.generate(seed, 8):
        name = redact_name(case.filename, None)
        try:
            out = redact_bytes(case.data, case.filename).data
        except RedactionError:
            out = b""  # refused: nothing is stored, so nothing leaks
        found = text_corpus.leaked(case.secrets, out + b"\n" + name.encode())
        if found:
            leaks.append(f"{case.name} ({case.klass}): {[text_corpus.mask(s) for s in found]}")
        if out:
            text, _encoding = decode(out)
            total_keep += len(case.keep)
            kept += sum(k in text for k in case.keep)
    assert not leaks, "\n".join(leaks)
    assert kept >= 0.98 * total_keep, f"kept {kept} of {total_keep} non-identifiers"


@pytest.mark.parametrize("seed", SEEDS)
def test_typed_text_holds_no_secret(seed: int) -> None:
    leaks = []
    for typed in text_corpus.typed(seed, 6):
        out = redact_note(typed.text, None) or ""
        found = text_corpus.leaked(typed.secrets, out.encode())
        if found:
            leaks.append(f"typed:{typed.klass}: {[text_corpus.mask(s) for s in found]}")
    assert not leaks, "\n".join(leaks)


def test_non_identifiers_are_kept() -> None:
    """Test case references, message types, DIP ids, MPAN references, timestamps, UUIDs, digests."""
    negatives = text_corpus.negatives(0, 300)
    changed = [n for n in negatives if redact_note(n, None) != n]
    assert len(changed) <= 0.02 * len(negatives), changed
