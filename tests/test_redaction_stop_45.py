"""Classes the held-out rounds of stop 44 left open, and those of stop 45, fixed as classes (generated cases)."""

from __future__ import annotations

import random

import pytest

from attest.redaction.text import redact_text

SURNAMES_LISTED = ["Quayle", "Okafor", "Pryce-Jones", "Bhattacharya", "Urquhart", "Abernethy"]


def _redacted(text: str) -> str:
    return redact_text(text).text


@pytest.mark.parametrize("seed", range(12))
def test_initials_with_their_dots_beside_a_listed_surname_are_a_name(seed: int) -> None:
    rng = random.Random(seed)
    surname = rng.choice(SURNAMES_LISTED)
    initials = rng.choice(["R. J.", "R.J.", "A.", "M. K. L."])
    name = rng.choice([f"{initials} {surname}", f"{surname} {initials}", f"{surname}, {initials}"])
    text = rng.choice(["Witnessed and agreed by {} on site.", "Present: {}", "Account holder {} was present at the visit",
                       "Signed {} (occupier)"]).format(name)
    out = _redacted(text)
    assert surname not in out, (text, out)


@pytest.mark.parametrize("surname", ["Featherstonehaugh", "Quenby", "Smith"])
def test_a_surname_and_its_initials_after_a_customers_label_are_a_name(surname: str) -> None:
    out = _redacted(f"Account holder {surname}, A. J. was present")
    assert surname not in out and " J." not in out, out


@pytest.mark.parametrize("text", ["U.K. Power Networks", "see Fig. 3 Jones report", "i.e. Patel's form", "St. Quayle Road",
                                  "Option B. Check the box", "No. 5 Jones"])
def test_initials_before_a_word_or_an_abbreviation_are_no_name(text: str) -> None:
    assert _redacted(text) == text


@pytest.mark.parametrize("seed", range(8))
def test_a_serial_glued_to_its_sn_is_masked(seed: int) -> None:
    rng = random.Random(seed)
    serial = rng.choice(["E64BV", "S06DS", "K19A", "L22KM"]) + "".join(rng.choice("0123456789") for _ in range(5))
    text = rng.choice(["meters: ['SN{}']", "SN{} installed", "serials SN{},SN{}"]).format(serial, serial)
    assert serial not in _redacted(text), text


def test_letters_before_sn_make_it_a_word_not_a_prefix() -> None:
    assert _redacted("JSNE64BV78945") == "JSNE64BV78945"


@pytest.mark.parametrize("seed", range(6))
def test_a_welsh_patronymic_is_one_name(seed: int) -> None:
    rng = random.Random(seed)
    particle = rng.choice(["ferch", "verch", "ap", "ab"])
    first = rng.choice(["Hamish", "Cormac", "Angharad", "Gwenllian", "Rhodri", "Siân"])
    surname = rng.choice(["Rhys", "Dafydd", "Hywel", "Gruffydd"])
    out = _redacted(f"{first} {particle} {surname} rang about the reading")
    assert surname not in out and first not in out, out


# -- the held-out text round of stop 45 (helper-75: 230 files in 46 genres) ------------------------------------

from held_out_values import left, mpan  # noqa: E402


def _file(text: str, name: str) -> str:
    return redact_text(text, name=name).text


def _mprn(rng: random.Random) -> str:
    return str(rng.randint(10**9, 10**10 - 1))


@pytest.mark.parametrize("seed", range(8))
def test_a_phone_before_a_messages_colon_is_masked(seed: int) -> None:
    rng = random.Random(seed)
    phone = rng.choice(["020 7946 {:04d}", "07700{:06d}", "0161_496_{:04d}", "+4420794{:05d}"]).format(rng.randint(1000, 9999))
    text = f"[2026-01-17T02:31:12Z] {rng.choice(['OUT to', 'IN from'])} {phone}: Your token is ready"
    assert left(_redacted(text), phone, 8) is False, text


@pytest.mark.parametrize("text", ["at 01632:960000:12", "time 01:23:45: done", "build 0123456789:abc"])
def test_a_colon_glued_to_more_digits_or_letters_is_no_phones_end(text: str) -> None:
    assert _redacted(text) == text


@pytest.mark.parametrize("seed", range(6))
def test_a_value_ending_a_log_line_never_runs_on_into_the_next_records_time_stamp(seed: int) -> None:
    rng = random.Random(seed)
    value = rng.choice([f"MPRN {_mprn(rng)[:4]}_{rng.randint(100, 999)}_{rng.randint(100, 999)}",
                        f"terminal=PZ{rng.randint(100000, 999999)}"])
    stamp = f"2026-0{rng.randint(1, 9)}-{rng.randint(10, 28)}T{rng.randint(10, 23)}:47:41Z"
    text = f"2026-01-05T03:57:33Z DEBUG vend {value}\n{stamp} ERROR (MainThread) Device unavailable\n"
    out = _file(text, "vend.log")
    assert out.count("\n") == 2 and stamp in out, out


@pytest.mark.parametrize("text", ["sts.token issued sgc=SGC 657364 krn=KRN 4 for MPAN {mpan}",
                                  "Engineer: Orla Trelawny   Gas Safe reg 297686   ID card 1181054",
                                  "Engineer: Mr Una Gallagher   Gas Safe reg 025994   ID card 0892530"])
def test_sts_codes_and_a_gas_safe_number_beside_identifiers_stay(text: str) -> None:
    text = text.format(mpan=mpan(random.Random(1)))
    out = _redacted(text)
    for keep in ("657364", "KRN 4", "Gas Safe reg", "297686", "025994"):
        if keep in text:
            assert keep in out, out
    assert "Trelawny" not in out and "Gallagher" not in out


@pytest.mark.parametrize("key", ["HO45-4834", "MHHS-1203", "QA7-88"])
def test_a_tickets_key_a_few_words_after_a_meter_word_stays(key: str) -> None:
    for text in (f"Fix MSN validation for lowercase serials ({key})", f"Export meter mismatches ({key})"):
        assert _redacted(text) == text


def test_a_serial_right_after_its_label_is_masked_whatever_it_resembles() -> None:
    assert "HO45" not in _redacted("MSN: HO45-4834") and "HO45" not in _redacted("s/n HO45-4834")


def test_an_amounts_currency_before_a_postcode_cell_is_no_town() -> None:
    text = "ref;import_mpan;payment;postcode\nTC-FIT-805;{};333.61 GBP;sw4 6uq\nTC-HP-714;{};656.26 EUR;pa86ru\n"
    rng = random.Random(3)
    out = _file(text.format(mpan(rng), mpan(rng)), "seg.csv")
    assert "333.61 GBP;" in out and "656.26 EUR;" in out and "sw4 6uq" not in out


def test_a_trailer_row_under_a_name_column_keeps_its_counts_and_hash() -> None:
    text = ("seq,surname,forename,mpan\n1,SUBRAMANIAN,STRUAN,{}\n"
            "TRAILER,32030 rows,0123456789abcdef0123456789abcdef01234567\n").format(mpan(random.Random(4)))
    out = _file(text, "whd.csv")
    assert "32030 rows" in out and "0123456789abcdef0123456789abcdef01234567" in out and "SUBRAMANIAN" not in out


@pytest.mark.parametrize("seed", range(6))
def test_digits_written_as_escapes_are_masked(seed: int) -> None:
    rng = random.Random(seed)
    value = _mprn(rng)
    encoded = "".join(rng.choice([f"%{ord(c):02X}", f"&#{ord(c)};"]) if rng.random() < 2 else c for c in value)
    out = _file(f"Scheme ref,MPRN,Householder\n>> 8515432,{encoded},Mr Ruaridh ter Horst\n", "eco.csv")
    assert encoded not in out, out


@pytest.mark.parametrize("seed", range(4))
def test_a_csvs_columns_are_read_under_a_title_and_over_a_footer(seed: int) -> None:
    rng = random.Random(seed)
    value = _mprn(rng)
    spaced = rng.choice([f"{value[:4]}      {value[4:7]}      {value[7:]}", f"{value[:4]}\u00a0{value[4:7]}\u00a0{value[7:]}"])
    text = (f"ECO4 data-matching request  batch BATCH-2026070{seed}-28\nScheme ref,Measure,MPRN,Householder\n"
            f"328711340460,Loft insulation,{spaced},sioned oddie\nResult: 88.1% matched; report INV-2026-149012\n"
            "evidence HO45-9590 captured 2026-04-02T15:41:29Z\n")
    out = _file(text, "eco.csv")
    assert not left(out, value) and "oddie" not in out and "INV-2026-149012" in out, out


@pytest.mark.parametrize("seed", range(6))
def test_an_mprn_shifted_out_of_its_column_is_masked(seed: int) -> None:
    rng = random.Random(seed)
    value = _mprn(rng)
    name = rng.choice(["junifer.txt", "junifer.psv", "export.csv"])
    # (grouped by commas only where the comma is no delimiter: in a CSV such a row is refused, cell by cell unsure)
    shown = rng.choice([value, f"{value[:4]}.{value[4:7]}.{value[7:]}"]
                       + ([] if name.endswith(".csv") else [f"{value[:4]},{value[4:7]},{value[7:]}"]))
    sep = "," if name.endswith(".csv") else "|"
    extra = "Hafod Pegg Parade " + sep + " Auchterarder " + sep + " KA6 2WG"
    header = sep.join(["AccountNo", "SupplyAddress", "MPRN", "GasMeter", "Balance"])
    row = sep.join(["817035656846", extra, shown, "G6S4113824C", "£284.01"])
    out = _file(f"Customer export\n{header}\n{row}\n", name)
    assert not left(out, value), out
    assert "£284.01" in out


def test_a_record_wrapped_over_two_lines_keeps_its_columns() -> None:
    rng = random.Random(7)
    value = _mprn(rng)
    text = ("seq,surname,forename,mpan,mprn,result,scheme_year\n"
            f"1,VENKATARAMAN,SAOIRSE,211489\n>> 8881419,{value[:4]}-{value[4:7]}-{value[7:]},MATCH,40.4%\n"
            "2,SUBRAMANIAN,DEINIOL,173840\n; 7727226,7727226101,MATCH,40.0%\n")
    out = _file(text, "whd.csv")
    assert not left(out, value) and "MATCH,40.4%" in out and "MATCH,40.0%" in out and "\n2," in out, out


@pytest.mark.parametrize("seed", range(6))
def test_a_serial_wrapped_into_a_quoted_or_commented_line_is_masked(seed: int) -> None:
    rng = random.Random(seed)
    serial = f"{rng.randint(10**7, 10**8 - 1)}{rng.choice('GHJKLMNPRUW')}{rng.randint(10, 99)}"
    cut = rng.randint(3, 6)
    mark = rng.choice(["# ", "> ", "// "])
    if seed % 2:
        text = '{"message": "Fixture uses real gas meter %s\\n%s%s\\n\\nPlease replace"}' % (serial[:cut], mark, serial[cut:])
        name = "review.json"
    else:
        text = f"Note: gas meter {serial[:cut]}\n{mark}{serial[cut:]} fitted today\n"
        name = "note.txt"
    assert not left(_file(text, name), serial), text


@pytest.mark.parametrize("seed", range(4))
def test_a_box_drawn_tables_columns_are_read(seed: int) -> None:
    rng = random.Random(seed)
    person = rng.choice(["przemysław tyrwhitt", "Iona Fforde-Pritchard", "CATRIN HOLLINGSWORTH"])
    text = ("┌──────┬──────────────┬───────────────────────┐\n"
            "│ msn  │   customer   │ reading               │\n"
            "│ varchar │ varchar   │ varchar               │\n"
            "├──────┼──────────────┼───────────────────────┤\n"
            f"│ K03A901229 │ {person} │ 227.2 kWh │\n"
            "└──────┴──────────────┴───────────────────────┘\n")
    out = _file(text, "duckdb.txt")
    assert person.split()[-1] not in out and "varchar" in out and "227.2 kWh" in out, out


@pytest.mark.parametrize("seed", range(6))
def test_a_name_in_small_letters_after_a_word_for_a_person_is_masked(seed: int) -> None:
    rng = random.Random(seed)
    name = rng.choice(["siân kamińska", "sinéad ó gallchóir", "ceridwen bhattacharya", "adaeze okafor", "nerys pritchard"])
    cue = rng.choice(["Also customer", "Call with", "this is", "engineer", "caller"])
    out = _redacted(f"{cue} {name} re the meter exchange")
    assert name.split()[-1] not in out, out


@pytest.mark.parametrize("text", ["customer service team called back", "customer portal login failed", "this is fine",
                                  "engineer arrived late"])
def test_small_words_after_a_word_for_a_person_stay(text: str) -> None:
    assert _redacted(text) == text


def test_a_names_rest_in_small_letters_beside_its_masked_part_goes_with_it() -> None:
    text = ("Customer: Ottilie Kowalczyk\nlookup returned 2 matches; using ottilie kowalczyk\n"
            "Customer: Radosław Buchanan-Strang\nusing radosław buchanan-strang now\n")
    out = _redacted(text)
    for word in ("kowalczyk", "buchanan", "radosław", "ottilie"):
        assert word not in out.lower(), out


@pytest.mark.parametrize("text", ["step TC-HP-643 checksum af9b8de", "index ba163ae..4f2c1d0 100644"])
def test_a_short_hash_after_its_word_is_no_postcode(text: str) -> None:
    assert _redacted(text) == text


@pytest.mark.parametrize("text, gone", [("Officer: MADOC, Nerys", "MADOC"), ("Ó SÚILLEABHÁIN, Ruairí", "SÚILLEABHÁIN"),
                                         ("<span>NANCARROW, Peregrine</span>", "NANCARROW")])
def test_a_surname_in_capitals_first_is_a_name_even_when_it_is_also_a_forename(text: str, gone: str) -> None:
    assert gone not in _redacted(text)


# -- a review of the change found these; each was a leak the first version of a rule let through ---------------------

@pytest.mark.parametrize(("text", "name"), [("> MPRN 1234567891\n> 9876543210 is the other\n", "note.txt"),
                                            ('{"note": "MPRN 1234567891\\n# 9876543210 x"}', "note.json"),
                                            ("> MPRN: 1234567891\n> 2345678901\n> 3456789012\n", "mail.eml")])
def test_two_whole_numbers_a_quoted_line_each_stay_two(text: str, name: str) -> None:
    out = _file(text, name)
    for value in ("1234567891", "9876543210", "2345678901", "3456789012"):
        assert not left(out, value, 6), out
    assert out.count("\n") == text.count("\n")


def test_short_rows_without_a_continuation_mark_keep_their_columns() -> None:
    out = _file("householder,mprn,town,a,b\nann lee,1234567891,Leeds\nbob day,2234567892,Leeds\n", "x.csv")
    assert "1234567891" not in out and "2234567892" not in out and "bob day" not in out, out


@pytest.mark.parametrize("text", ["Customer name:\nSMITH,JOHN,MR", "Supply address:\nRose-Cottage,Nettlebed,Settle",
                                  "Name:\nAnn|Lee|Mrs"])
def test_a_labels_value_on_the_next_line_with_delimiters_is_still_its_value(text: str) -> None:
    value = text.split("\n")[1]
    assert value.split(value[value.find(next(c for c in value if c in ",|"))])[0] not in _redacted(text)


@pytest.mark.parametrize("value", ["ann lee flat 123", "j smith 1234", "Li Wu acct 123"])
def test_a_name_fields_value_with_a_few_digits_is_still_a_name(value: str) -> None:
    assert value.split()[1] not in _file(f'{{"customerName": "{value}"}}', "c.json")


@pytest.mark.parametrize("text", ["gas meter EML-064798 fitted", "old meter ED-123456 removed", "new meter is ED-123456"])
def test_a_hyphenated_serial_after_a_meter_word_is_masked(text: str) -> None:
    assert not any(token in _redacted(text) for token in ("064798", "123456"))


@pytest.mark.parametrize(("text", "surname"), [("Mr Una   Gallagher called", "Gallagher"), ("Customer:   Priya   Shah", "Shah"),
                                               ("spoke to Mrs Ann   Ashworth-Burke", "Ashworth"),
                                               ("Hi Bethan   Tallentire, thanks", "Tallentire")])
def test_a_names_words_apart_by_several_blanks_are_still_one_name(text: str, surname: str) -> None:
    assert surname not in _redacted(text)


def test_a_certificates_title_after_a_label_word_names_no_one_and_its_words_stay_elsewhere() -> None:
    text = ("LANDLORD GAS SAFETY RECORD (CP12)   Record No GSR-84167493\n"
            "Engineer: lakshmi vaughan-thomas   Gas Safe reg 960833   ID card 8355022\n"
            "Gas meter: G6K-7700-552D   MPRN: 3756005683   Meter location: under stairs\n")
    out = _file(text, "cp12.txt")
    assert "LANDLORD GAS SAFETY RECORD" in out and "Gas Safe reg 960833" in out and "vaughan" not in out, out
