"""UTF-16 and UTF-32 text that is not whole (a last character cut short, an unpaired surrogate) is never
read as bytes: read that way its digits sit between zero bytes, out of every detector's sight, and an
MPAN was stored and written by `attest redact` as it came. Redaction refuses it (exit 2, nothing stored);
the leak scan reads what is there and says what it could not read."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from attest.redaction.item import BrokenText, decode, read_text, redact_bytes
from attest.redaction.scan import scan_bytes
from attest.redaction.text import redact_text

MPAN = "1200023305967"
WIDE = ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]
PAYLOADS = [
    f'{{"mpan": "{MPAN}", "status": "accepted"}}',
    f"<Request><MPAN>{MPAN}</MPAN></Request>",
    f"ID,MPAN\n1,{MPAN}\n",
    f"2026-12-03 10:00:01 INFO sent D0010 for {MPAN}\n",
]


def _digits_anywhere(data: bytes) -> bool:
    """Whether the MPAN can be read in ``data`` by any reader: each text encoding, and the bytes with
    every zero byte taken out (which is what a viewer shows of UTF-16 opened as ANSI)."""
    readings = [data.decode(e, errors="ignore") for e in ["latin-1", *WIDE]]
    readings.append(data.replace(b"\x00", b"").decode("latin-1"))
    return any(MPAN in re.sub(r"\s", "", r) for r in readings)


@given(payload=st.sampled_from(PAYLOADS), encoding=st.sampled_from(WIDE), cut=st.integers(0, 3),
       surrogate=st.booleans())
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_wide_text_is_redacted_whole_or_refused_never_stored_as_it_came(payload: str, encoding: str, cut: int,
                                                                      surrogate: bool) -> None:
    text = payload.replace("accepted", "acc\ud800epted") if surrogate else payload
    data = text.encode(encoding, errors="surrogatepass")
    data = data[: len(data) - cut] if cut else data
    try:
        result = redact_bytes(data, "payload.txt")
    except BrokenText as error:
        assert MPAN not in str(error) and "payload.txt" in str(error)
        return
    assert not _digits_anywhere(result.data)
    assert result.count >= 1


@pytest.mark.parametrize("encoding", WIDE)
def test_the_scan_reads_a_cut_wide_file_and_names_the_identifier(encoding: str) -> None:
    data = PAYLOADS[0].encode(encoding)[:-1]
    findings = scan_bytes(data, "cut.json")
    assert [f.kind for f in findings] == ["MPAN"], findings


@pytest.mark.parametrize("encoding", WIDE)
def test_an_unpaired_surrogate_is_said_and_the_rest_is_still_scanned(encoding: str) -> None:
    data = PAYLOADS[0].replace("accepted", "acc\udc00epted").encode(encoding, errors="surrogatepass")
    findings = scan_bytes(data, "odd.json")
    kinds = sorted(f.kind for f in findings)
    assert kinds == ["MPAN", "UNSCANNABLE"], findings
    unscannable = next(f for f in findings if f.kind == "UNSCANNABLE")
    assert "unpaired surrogate" in unscannable.value


def test_the_messages_say_what_is_wrong_and_where() -> None:
    cut = PAYLOADS[0].encode("utf-16-le")[:-1]
    with pytest.raises(BrokenText, match=r"UTF-16 text that ends in the middle of a character \(at byte \d+\): "
                                         "the file looks cut short"):
        decode(cut)
    odd = ("status ok " * 3 + "\ud800").encode("utf-32-le", errors="surrogatepass")
    with pytest.raises(BrokenText, match=r"^UTF-32 text with an unpaired surrogate at byte 120$"):
        decode(odd)
    # a cut last character is not worth a word in a scan: less than a character is missing
    assert read_text(cut) == (PAYLOADS[0][:-1], None)


@pytest.mark.parametrize("separator", ["\x00", "\x01", "\x1f", "\x7f", "\x0b", "\x85", "\x9f"])
def test_control_characters_between_digits_hide_nothing(separator: str) -> None:
    """A viewer draws none of these: digits on either side read as one number."""
    text = "log: sent for " + separator.join(MPAN) + " ok"
    result = redact_text(text)
    assert [r.kind.value for r in result.replacements] == ["MPAN"]
    assert not any(c.isdigit() for c in result.text.replace("[MPAN-1]", ""))


def test_redact_refuses_a_cut_wide_file_in_one_line_and_writes_nothing(cli, tmp_path: Path) -> None:
    source = tmp_path / "in" / "cut.json"
    source.parent.mkdir()
    source.write_bytes(PAYLOADS[0].encode("utf-16")[:-1])
    status, out, err = cli("redact", str(source), "--out", str(tmp_path / "out"))
    assert status == 2
    assert err.strip() == ("attest: error: cut.json: UTF-16 text that ends in the middle of a character (at byte 94): "
                           "the file looks cut short")
    assert not (tmp_path / "out" / "cut.json").exists()
    assert out == ""


def test_a_cut_wide_payload_is_refused_at_intake_and_nothing_is_stored(cli, tmp_path: Path, examples: Path) -> None:
    assert cli("import", str(examples / "mhhs_qualification.yaml"))[0] == 0
    status, out, _err = cli("run", "start", "FM_TS_1_TC_01", "--tester", "Tess Ter")
    assert status == 0
    run = out.strip().splitlines()[-1]
    evidence = cli.workspace / "evidence"  # type: ignore[attr-defined]
    before = sorted(evidence.rglob("*")) if evidence.exists() else []
    payload = tmp_path / "request.json"
    payload.write_bytes(PAYLOADS[0].encode("utf-16")[:-1])
    status, out, err = cli("run", "step", run, "--status", "passed", "--payload", str(payload))
    assert status == 2
    assert err.count("\n") == 1 and err.count("nothing was stored") == 1, err
    assert "UTF-16 text that ends in the middle of a character" in err
    assert (sorted(evidence.rglob("*")) if evidence.exists() else []) == before
    assert cli("run", "show", run)[1].count("[ Passed  ]") == 0


@pytest.mark.parametrize("encoding", WIDE)
def test_xml_that_declares_a_wide_encoding_is_redacted_by_its_elements(encoding: str) -> None:
    """A DUIS response saved as UTF-16 or UTF-32 says so in its declaration; the XML reader is handed
    the decoded text and reads it whatever the declaration names (it once stopped the whole batch)."""
    declared = encoding.upper().replace("-LE", "").replace("-BE", "")
    payload = (f'<?xml version="1.0" encoding="{declared}"?>\n<Response><Body><MeterSerial>g4k 0090 1234 d21'
               f'</MeterSerial><Status>OK</Status><MPAN>{MPAN}</MPAN></Body></Response>\n')
    result = redact_bytes(payload.encode(encoding), "duis_response.xml")
    assert not _digits_anywhere(result.data)
    text, _encoding = decode(result.data)
    assert "0090" not in text and "<Status>OK</Status>" in text and f'encoding="{declared}"' in text
