"""What a held-out typed-fields test (stop 34) found: file names that named an identifier or a person in
what Attest printed and wrote, messages that repeated a value, register references refused for their
prefix, an import's attribute names, and numbers written a digit at a time or after an escape."""

from __future__ import annotations

import json
import random
import sqlite3
from pathlib import Path

import pytest

from attest.redaction.mpan import make_mpan


def _mpan(seed: int) -> str:
    rng = random.Random(seed)
    return make_mpan(rng.randint(10, 23), f"{rng.randrange(10**10):010d}")


@pytest.mark.parametrize("seed", range(3))
def test_redact_and_scan_name_files_without_the_identifiers_in_their_names(cli, tmp_path: Path, seed: int) -> None:  # noqa: ANN001
    rng = random.Random(seed)
    mprn, mpan = str(rng.randrange(10**9, 10**10)), _mpan(seed)
    folder = tmp_path / "in"
    folder.mkdir()
    names = [f"redact_in_{mprn}.txt", f"cases_{mpan[:2]}_{mpan[2:6]}_{mpan[6:10]}_{mpan[10:]}.yaml",
             f"screen_isolde_villiers-ash_{seed}.txt", "ado_BS7_9QN.csv"]
    for name in names:
        (folder / name).write_text("status ok\n", encoding="utf-8")
    status, out, err = cli("redact", *(str(folder / n) for n in names), "--out", str(tmp_path / "out"),
                           "--report", str(tmp_path / "report.json"))
    shown = out + err + (tmp_path / "report.json").read_text("utf-8") + " ".join(p.name for p in (tmp_path / "out").iterdir())
    for secret in (mprn, mpan, "isolde", "villiers", "BS7_9QN", "9QN"):
        assert secret not in shown.replace(str(folder), ""), secret
    status, out, err = cli("scan", str(folder))
    assert status == 1 and "FILE NAME" in out
    for secret in (mprn, mpan[10:], "villiers", "9QN"):
        assert secret not in out + err
    # a name with no identifier is shown as it is, and is no finding
    (tmp_path / "plain").mkdir()
    for plain in ("dip_tracker_export_2024.csv", "c30_ole_payload_text_A.csv", "a151_ruby_base_A.csv"):
        (tmp_path / "plain" / plain).write_text("status,ok\n", encoding="utf-8")
    assert cli("scan", str(tmp_path / "plain")) == (0, "clean: 3 file(s) scanned\n", "")


def test_messages_never_repeat_what_was_typed(cli, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    mpan, mprn = _mpan(7), "1003771622"
    cases = [("run", "defect", "1", "Slow", "--severity", mpan[:12], "--priority", "P3"),
             ("plan", "create", "QT", "--scale", mpan),
             ("cases", mpan, "--also-wrong"),
             ("import", "--format", mpan, "x.yaml")]
    for args in cases:
        try:
            status, out, err = cli(*args)
        except SystemExit as leaving:
            status, out, err = leaving.code, "", ""
        assert status == 2
        assert mpan[:10] not in out + err and mprn not in out + err
    monkeypatch.setenv("ATTEST_TIME_ZONE", f"Europe/{mprn}")
    status, out, err = cli("plan", "create", "QT cycle")
    assert mprn not in out + err


@pytest.mark.parametrize("reference", ["MSN-ELEC-01", "DIP-MSG-20260314-000123", "TD_GAS_07", "MPRN-SITE-B"])
def test_a_register_reference_in_a_kind_and_code_shape_is_accepted(cli, reference: str, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("ATTEST_PASSPHRASE", "correct horse battery staple")
    status, _out, err = cli("register", "add", "--kind", "mpan", _mpan(3), "--ref", reference)
    assert status == 0, err


@pytest.mark.parametrize("reference", ["MPAN-1200023305967", "S06DS123456", "LS1-4AB", "REF-12345", "MPRN_4031177077"])
def test_a_register_reference_that_is_an_identifier_is_still_refused(cli, reference: str, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("ATTEST_PASSPHRASE", "correct horse battery staple")
    status, out, err = cli("register", "add", "--kind", "mpan", _mpan(4), "--ref", reference)
    assert status == 2 and reference not in out + err


def test_an_imported_attribute_s_name_is_redacted_as_its_value_is(cli, tmp_path: Path) -> None:  # noqa: ANN001
    mpan = _mpan(11)
    path = tmp_path / "cases.yaml"
    path.write_text(f'attest: 1\ncases:\n  - reference: TC-ATTR-01\n    title: Attribute names\n    attributes:\n'
                    f'      "site {mpan}": north\n      owner: QA\n    steps:\n      - action: Open it\n'
                    f'        expected: Shown\n', encoding="utf-8")
    status, out, err = cli("import", str(path))
    assert status == 0 and mpan not in out + err and "name of an attribute" in err
    status, out, _err = cli("case", "show", "TC-ATTR-01", "--json")
    assert mpan not in out and json.loads(out)["attributes"]["owner"] == "QA"
    dump = "\n".join(sqlite3.connect(cli.workspace / "attest.db").iterdump())
    assert mpan not in dump


def test_a_number_a_digit_at_a_time_or_after_an_escape_is_masked() -> None:
    from attest.redaction import redact_text

    nbsp = "\u00a0"
    for text, secret in ((f"Step: call {nbsp.join('01632960127')} back", "960127"),
                         (f"MPAN {' '.join(_mpan(5))} checked", _mpan(5)[-6:]),
                         ('{"note": "nul\\u00008081259999", "mprn": "8081259999"}', "8081259999")):
        out = redact_text(text).text
        assert secret not in out.replace(" ", "").replace(nbsp, ""), out
    for keep in ("counts 0 0 1 0 0 2 0 0 0 1 5 ok", "C:\\temp\\new"):
        assert redact_text(keep).text == keep


def test_an_error_names_a_file_without_the_person_or_number_in_its_name(cli, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("ATTEST_PASSPHRASE", "correct horse battery staple")
    bad = tmp_path / "register_Leopold-Rudyerd.csv"
    bad.write_text("kind,value,reference\nmpan,1200023305967,MPAN 001 with spaces!\n", encoding="utf-8")
    status, out, err = cli("register", "import", str(bad))
    assert status == 2 and "line 2" in err and "Rudyerd" not in out + err and "Leopold" not in out + err


@pytest.mark.parametrize("name, refused", [("completion_Fenwick_Holloway-Finch.docx", True),
                                           ("evidence_redact_in_5263563241.docx", True),
                                           ("FM_TS_1_TC_01_run1_evidence.docx", False),
                                           ("completion_report_QT_cycle_1.docx", False),
                                           ("SIT_Release_3.2_completion.docx", False)])
def test_a_documents_file_name_is_read_as_a_typed_name(tmp_path: Path, name: str, refused: bool) -> None:
    """A pack's or a report's own name travels with it and into the audit log."""
    from attest.core.errors import AttestError
    from attest.templates.pack import check_output_name

    if refused:
        with pytest.raises(AttestError, match="file name holds an identifier") as refusal:
            check_output_name(tmp_path / name, None, what="the report")
        assert "Fenwick" not in str(refusal.value) and "5263563241" not in str(refusal.value)
    else:
        check_output_name(tmp_path / name, None, what="the report")
