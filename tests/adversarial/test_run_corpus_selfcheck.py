"""The run-propagation corpus's own checks (no CLI): deterministic, every planted value findable by
the checker's normalisation where it was put, no value or decoy in the scaffolding, keep values
present, every class covered, directions ordered as labelled.

`python tests/adversarial/run_runs.py` runs the corpus black-box through the CLI.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import run_corpus  # noqa: E402


def test_self_check():
    run_corpus.self_check(seed=0, n=16)


def test_self_check_other_seed():
    run_corpus.self_check(seed=5, n=8)


def test_normalisation_sees_separator_and_case_forms():
    key = run_corpus.norm("E6S12345678921")
    for form in ("e6s 1234 5678 921", "E6S-1234-5678-921", "e6s.1234/5678_921", "req7e6s12345678921X7"):
        assert key in run_corpus.norm(form)
    assert key not in run_corpus.norm("[MSN-1] accepted")
