"""The adversarial corpus's own checks: the leak checker finds every secret in the raw inputs,
keep strings are present, generation is deterministic, no false positives across cases.

This does not run the redactor; `python tests/adversarial/run_text.py` does (black-box, via the CLI).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import text_corpus  # noqa: E402


def test_self_check():
    text_corpus.self_check(seed=0, n_per_class=8)


def test_self_check_other_seed():
    text_corpus.self_check(seed=7, n_per_class=4)


def test_checker_ignores_placeholders_and_finds_hostile_forms():
    m = "1200023305967"
    assert text_corpus.leaked([m], b"MPAN [MPAN-1] accepted") == []
    assert text_corpus.leaked([m], "MPAN １２０００２３３０５９６７".encode()) == [m]
    assert text_corpus.leaked([m], "12\u200b0002\u00ad3305\u2060967".encode("utf-16")) == [m]
    assert text_corpus.leaked([m], b"MPAN 1200<mark>0233</mark>&#x30;5967") == [m]
    assert text_corpus.leaked([m], b'{"p": "eyJtcGFuIjoiMTIwMDAyMzMwNTk2NyJ9"}') == [m]
