"""What a held-out typed-fields test (stop 35) found: a path printed whole whose folder or file name held
an identifier, a report and a pack written under such names, an OS login given as an e-mail address kept in
the audit log, an HTML page's attribute values (a mailto: link written with entities), and a supply number
hidden in hex in a harness log."""

from __future__ import annotations

import getpass
import random
from pathlib import Path

import pytest

from attest.core.workspace import current_user
from attest.redaction import redact_text
from attest.services.gate import Gate
from attest.templates.pack import check_output_name


def _mprn(seed: int) -> str:
    return str(random.Random(seed).randrange(10**9, 10**10))


@pytest.mark.parametrize("seed", range(3))
def test_a_path_is_read_folder_by_folder_and_its_file_name_as_one(seed: int) -> None:
    mprn = _mprn(seed)
    gate = Gate(None)
    for path in (f"{mprn}_gas_exchange.txt", f"/tmp/corpus/{mprn}_gas_exchange.txt",
                 f"C:\\Users\\tester\\{mprn}_gas_exchange.txt", f"packs/pack SN15 8TH/{mprn}.docx"):
        shown = gate.file_name(path)
        assert mprn not in shown and "8TH" not in shown, (path, shown)
    assert gate.file_name("/tmp/corpus/TC-MHHS-0042_before.png") == "/tmp/corpus/TC-MHHS-0042_before.png"


@pytest.mark.parametrize("seed", range(3))
def test_redact_prints_no_identifier_of_an_input_s_path(cli, tmp_path: Path, seed: int) -> None:  # noqa: ANN001
    mprn = _mprn(seed)
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / f"{mprn}_gas_exchange.txt").write_text("status ok\n", encoding="utf-8")
    status, out, err = cli("redact", str(folder / f"{mprn}_gas_exchange.txt"), "--out", str(tmp_path / "out"),
                           "--report", str(tmp_path / "report.json"))
    assert status == 0
    assert mprn not in out + err + (tmp_path / "report.json").read_text("utf-8")


def test_a_report_or_a_pack_named_after_an_identifier_is_refused_without_echoing_it(cli, tmp_path: Path) -> None:  # noqa: ANN001
    (tmp_path / "in.txt").write_text("status ok\n", encoding="utf-8")
    status, out, err = cli("redact", str(tmp_path / "in.txt"), "--out", str(tmp_path / "out"),
                           "--report", str(tmp_path / "report_jo.bloggs@example.com.json"))
    assert status == 2 and "--report" in err and "jo.bloggs" not in out + err
    assert not (tmp_path / "report_jo.bloggs@example.com.json").exists()
    with pytest.raises(Exception, match="folder name holds an identifier") as refused:
        check_output_name(Path("packs/pack SN15 8TH/evidence_A.docx"), None)
    assert "8TH" not in str(refused.value)
    check_output_name(Path("/home/jane.smith/packs/TC-MHHS-0042.docx"), None)  # a home folder's owner is no leak


def test_a_login_given_as_an_e_mail_address_is_kept_as_its_local_part(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(getpass, "getuser", lambda: "jo.bloggs@example.com")
    assert current_user() == "jo.bloggs"
    monkeypatch.setattr(getpass, "getuser", lambda: "CORP\\tester1")
    assert current_user() == "CORP\\tester1"


@pytest.mark.parametrize("seed", range(3))
def test_an_html_page_s_attribute_values_are_read_with_their_entities_decoded(seed: int) -> None:
    rng = random.Random(seed)
    user = rng.choice(["jo.bloggs", "m.chenoweth", "ffion.p"])
    entity = rng.choice(["&#64;", "&commat;", "&#x40;", "%40"])
    mprn = _mprn(seed)
    page = (f'<html><body><p>Contact <a href="mailto:{user}{entity}example.com">the customer</a>'
            f'<img src="a.png" alt="photo" title="MPRN {mprn[:4]}&#8203;{mprn[4:]}"></p>'
            '<div class="row" data-id="row-7">ok</div></body></html>')
    out = redact_text(page, name="tracker.html").text
    assert user not in out and mprn[4:] not in out, out
    assert 'class="row" data-id="row-7"' in out and 'alt="photo"' in out


@pytest.mark.parametrize("seed", range(3))
def test_a_supply_number_written_in_hex_in_a_log(seed: int) -> None:
    mprn = _mprn(seed)
    hexed = mprn.encode().hex()
    out = redact_text(f"2026-11-30T10:00:00Z DEBUG harness: hex dump {hexed} sent").text
    assert hexed not in out
    digest = "3132333435363738393031323334"  # fourteen digits in hex: no supply number's length
    assert digest in redact_text(f"sha {digest} x").text


@pytest.mark.parametrize("title, name", [("Dr", "Rupert_Featherstonehaugh"), ("Mrs", "Jo_Bloggs"), ("Mx", "Sam_Okafor")])
def test_a_title_and_a_name_in_a_file_name_s_words(title: str, name: str) -> None:
    from attest.redaction.text import find_identifiers

    path = f"C:/Templates/Evidence_{title}_{name}.dotx"
    found = find_identifiers(path, typed=True, forenames=False)
    assert any(f.kind.value == "NAME" and name.split("_")[-1] in path[f.start:f.end] for f in found)
    for keep in ("MS_Teams_export.csv", "DR_site_failover.txt", "Meter_Readings_Nov.csv"):
        assert not find_identifiers(keep, typed=True, forenames=False), keep


def test_a_message_naming_a_zip_file_keeps_its_words() -> None:
    gate = Gate(None)
    message = "p.zip: is a zip archive, which Attest does not open"
    assert gate.file_name(message) == message
    assert "90210" not in redact_text("zip: 90210, postcode=SW1A 1AA").text
