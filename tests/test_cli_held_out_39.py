"""What a held-out typed-fields test (stop 33) found on the command line: messages that quoted what was
typed, a case reference that redaction would have made the same as another's, and the completion
report's own charts refused as leaks."""

from __future__ import annotations

from pathlib import Path

import pytest

from attest.redaction.mpan import make_mpan


@pytest.mark.parametrize("typed", ["D19A1100237", "EML064798651", "nk24h378970"])
def test_argparse_messages_say_what_was_wrong_without_the_value(cli, capsys, typed: str) -> None:  # noqa: ANN001
    with pytest.raises(SystemExit) as leaving:
        cli("defect", "show", typed)
    err = capsys.readouterr().err
    # (stop 34: not even the value masked: whatever was typed there is not repeated)
    assert leaving.value.code == 2 and "invalid int value" in err and typed not in err and typed.upper() not in err


def test_an_unknown_case_named_by_a_number_is_not_echoed(cli) -> None:  # noqa: ANN001
    status, _out, err = cli("run", "start", "5816655514")
    assert status == 2 and "5816655514" not in err and "no test case" in err


def _case_file(tmp_path: Path, name: str, reference: str) -> Path:
    path = tmp_path / name
    path.write_text(f"attest: 1\ncases:\n  - reference: {reference}\n    title: Migration check\n    steps:\n"
                    "      - action: Send the flow\n        expected: Accepted\n", encoding="utf-8")
    return path


def test_a_case_reference_holding_an_identifier_is_refused_and_two_never_collide(cli, tmp_path: Path) -> None:  # noqa: ANN001
    first, second = f"MIG_{make_mpan(21, '9900000001')}", f"MIG_{make_mpan(14, '1234567890')}"
    good = _case_file(tmp_path, "good.yaml", "MIG-SIT-001")
    status, _out, err = cli("import", str(good), str(_case_file(tmp_path, "a.yaml", first)))
    assert status == 2 and first not in err and "reference of case 1" in err and "MPAN" in err
    status, _out, err = cli("import", str(_case_file(tmp_path, "b.yaml", second)))
    assert status == 2 and second not in err
    status, out, _err = cli("cases")
    assert out.count("MIG") == 1 and "MIG-SIT-001" in out  # each file on its own: the good one is stored


def test_the_completion_reports_chart_check_reads_each_drawn_text_on_its_own() -> None:
    """An axis's ticks ("0.0" to "3.5") over a suite's name ("Change of Supply"): joined one per line, the
    texts read as a device's id (16 hex digits and a "C") and the report could never be written."""
    from attest.templates.completion_report import _charts_checked, _Drawn

    drawn = _Drawn()
    drawn.texts["chart"] = ["planned tests", "0.0", "0.5", "1.0", "1.5", "2.0", "2.5", "3.0", "3.5",
                            "Change of Supply", "Passed", "Not run"]
    clean, problems = _charts_checked(drawn, None)
    assert problems == [] and clean == {"chart"}
    drawn.texts["leaky"] = ["03 Dec", f"MPAN {make_mpan(12, '3456789012')}"]
    _clean, problems = _charts_checked(drawn, None)
    assert [p.detail.split()[0] for p in problems] == ["MPAN"]
