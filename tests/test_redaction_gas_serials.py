"""Gas meter serials with a check letter after the digits, and the "Gas meter" label.

A held-out corpus wrote gas serials as G4 meters print them, `G4K59937910D` (a letter after the eight
digits), in lower case and hyphenated, after "Gas meter:", in a CRM export's "Gas Meter" column and in
prose. Every one leaked: each serial shape ended at its last digit, and "Gas meter" alone was no label."""

from __future__ import annotations

import pytest

from attest.redaction.text import redact_text


@pytest.mark.parametrize("serial", ["G4K59937910D", "g4k27775150a", "G4K-72364421C", "G4B 1204 4004C", "E6SE12345678A",
                                    "S06DS123456X"])
def test_a_serial_with_a_check_letter_is_masked_whole(serial: str) -> None:
    out = redact_text(f"2024-05-07T01:31:22Z DEBUG meter exchange {serial} not on DCC inventory").text
    assert "[MSN-1] not on DCC inventory" in out, out


def test_a_serial_with_a_check_letter_is_masked_in_a_log_of_megabytes() -> None:
    # a large text is searched for the compact shapes another way (backwards, in a class view)
    for accent in ("", "é"):
        log = f"2024-05-01 10:00:00 INFO meter=G4S12297757B ok{accent}\n" * 6000
        out = redact_text(log).text
        assert "G4S12297757B" not in out and out.count("meter=[MSN-1] ok") == 6000


@pytest.mark.parametrize("text", ["Gas meter: G4K59937910D", "Gas meter\nG4K59937910D", "Gas meter\tXYZ99887766Q",
                                  "Electricity meter: K17C00123", '{"gas_meter": "XYZ99887766Q"}'])
def test_a_value_after_a_gas_or_electricity_meter_label_is_its_serial(text: str) -> None:
    out = (redact_text(text, name="x.json") if text.startswith("{") else redact_text(text)).text
    assert "[MSN-1]" in out, out


@pytest.mark.parametrize("text", ["Gas meter fitted on 12/03", "gas meter exchange completed", "TC-0142A passed",
                                  "D0150001A", "Electricity meter: Smart (SMETS2)"])
def test_words_after_a_meter_and_references_with_a_letter_stay(text: str) -> None:
    assert redact_text(text).text == text


# (the same held-out corpus: customer details in a data flow, addresses typed in small letters)
D0302 = ("ZHV|0004691490|D0302001|X|SEEB|C|MANW|20240502023038||||OPER|\n3AA|2024955148991|20240721055516|\n"
         "3AB|Mr|Grzegorz|Wiśniewski|\n3AC|Flat 2/2|123|Coldharbour Lane|Brixton|London|SW9 8LF|\n"
         "293|BC1D7E59116043D8|00DB124CA33CDA40|\nZPT|0004691490|5||1|20240225152425|\n")


def test_a_flows_customer_details_are_masked_field_by_field_and_its_bars_kept() -> None:
    out = redact_text(D0302, name="d0302.txt").text
    for secret in ("Grzegorz", "Wiśniewski", "Flat 2/2", "123|", "Coldharbour", "Brixton", "London", "SW9 8LF",
                   "BC1D7E59116043D8", "00DB124CA33CDA40"):
        assert secret not in out, out
    assert [line.count("|") for line in out.splitlines()] == [line.count("|") for line in D0302.splitlines()]
    assert out.startswith("ZHV|0004691490|D0302001|X|SEEB|") and "\n3AB|Mr|[NAME-" in out and "\n3AC|[ADDRESS-" in out


@pytest.mark.parametrize("text", [
    "customer is at 62 upper mealy lane huddersfield HD4 5TB", "at apartment 35 215b wellington parade blackpool FY1 2AB",
    "at 3f3 51 cherry tree walk peterborough PE1 1AA", "at 164 ffordd glyn bangor LL57 1AB",
    "155 Bramble Close\nCarlisle\nCA1 3NU", "12 Acacia Road\nLeeds\nWest Yorkshire\nLS1 4AB"])
def test_a_street_typed_in_small_letters_or_a_town_on_its_own_line_before_a_postcode_is_the_address(text: str) -> None:
    out = redact_text(text).text
    for word in ("mealy", "wellington", "215b", "cherry", "ffordd", "bangor", "Bramble", "Carlisle", "Leeds",
                 "Yorkshire", "huddersfield", "blackpool", "peterborough"):
        assert word not in out, out


@pytest.mark.parametrize("text", ["rang 3 times about SW1A 1AA", "12 Acacia Road\nPending\nLS1 4AB"])
def test_words_before_a_postcode_that_name_no_street_stay(text: str) -> None:
    out = redact_text(text).text
    assert ("rang 3 times about" in out) if "rang" in text else ("Pending" in out), out
