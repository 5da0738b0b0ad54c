"""Classes of leak, refusal and lost keep a held-out text corpus found (stop 37): surnames with a particle
("al-Rashidi", "Ó Súilleabháin") or in two barrels of which one was masked; an MPRN named by a sibling
XML element, by a form's question ("MPAN or MPRN used"), by its fuel's key ("gas": …); a meter under an
asset key; phones with any separator; a postcode in a URL's path; a house's name or a PO box before or
instead of a street; valid files refused (a JSON null read as an address, OData's "@odata.etag" read as a
person mentioned, a name run on over a tab into the next cell, BOM-less UTF-16 full of format characters
taken for binary); and keeps (a form's short dates, epoch milliseconds under other keys and counters,
meter readings after "reading", ticket numbers after "meter exchange", an etag's hex, "parquet-mr
version", a mail's Message-ID, a row's date and decimals read by the leak scan). Each test generates its
cases.

The corpus (written from the issue's text by someone who had not read the detectors) is kept in
tests/adversarial/held_out_text_52 for re-scoring; these tests are the classes it showed, in new values."""

from __future__ import annotations

import json
import random

import pytest

from attest.redaction import redact_bytes, redact_text
from attest.redaction.mpan import is_valid_mpan_core, make_mpan
from attest.redaction.scan import scan_text
from attest.services.gate import safe_message

from test_redaction_held_out_44 import _left  # what is left of a value, separators and case aside

FORENAMES = ["Dafydd", "Imogen", "Eilidh", "Yusuf", "Tobias", "Anneliese", "Priyanka", "Wojciech"]
STEMS = ["Qarawi", "Rashidi", "Haddadin", "Súilleabháin", "Bhriain", "Westhuizen", "Berkhout", "Tamimi"]


def _mpan(rng: random.Random) -> str:
    return make_mpan(rng.randint(10, 23), f"{rng.randrange(10**10):010d}")


def _mprn(rng: random.Random) -> str:
    return str(rng.randrange(10**9, 10**10))


@pytest.mark.parametrize("seed", range(4))
def test_a_surname_with_its_particle_or_its_other_barrel_is_masked_whole(seed: int) -> None:
    rng = random.Random(seed)
    first, stem = rng.choice(FORENAMES), rng.choice(STEMS)
    particle = rng.choice(["al-", "el-", "Ó ", "Ní ", "van der ", "bin ", "de la "])
    surname = particle + stem
    for text in (f"<v {first} {surname}>Yeah. The reading is in.",
                 f'{{"by": "{first} {surname}", "sig": "x"}}',
                 f"REC-1|{first} {surname} disputes gain|2026-11-20",
                 f"CUSTOMER {first.upper()} \n{surname.upper()} CALLED ON METER"):
        out = redact_text(text, name="n.txt").text
        assert stem.lower() not in out.lower() and first.lower() not in out.lower(), (text, out)
    # a double-barrelled surname of which the lists know the second part only
    barrel = rng.choice(["Fitzwilliam", "Pryce", "Okonkwo", "Ashworth"])
    text = f"Customer: {first} {barrel}-Jones called.\n│ 2 │ {barrel}-Jones │ done │\n"
    out = redact_text(text, name="n.txt").text
    assert barrel not in out, out


def test_words_after_a_name_that_start_no_surname_stay() -> None:
    for text, kept in (("Gareth's van broke down on the way", "van broke"),
                       ("Then Dafydd Jones de-energised the meter", "de-energised the meter")):
        out = redact_text(text, name="n.txt").text
        assert kept in out, out


@pytest.mark.parametrize("seed", range(4))
def test_an_mprn_named_by_a_sibling_element_a_form_question_or_its_fuel_key(seed: int) -> None:
    rng = random.Random(seed)
    mprn, mpan = _mprn(rng), _mpan(rng)
    name, value = rng.choice([("Field", "Value"), ("Name", "Value"), ("Key", "Val"), ("Attribute", "Data")])
    prefix = rng.choice(["", "v:", "ns2:"])
    xml = (f'<{prefix}Detail xmlns:v="urn:x" xmlns:ns2="urn:y"><{prefix}Item><{prefix}{name}>Reason</{prefix}{name}>'
           f"<{prefix}{value}>Timeout after 1234567 ms</{prefix}{value}></{prefix}Item>"
           f"<{prefix}Item><{prefix}{name}>MPRN</{prefix}{name}><{prefix}{value}>{mprn}</{prefix}{value}></{prefix}Item>"
           f"</{prefix}Detail>")
    out = redact_text(xml, name="fault.xml").text
    assert mprn not in out and "Timeout after 1234567 ms" in out, out  # the next name says what the next value is
    question = rng.choice(["MPAN or MPRN used", "Supply number used", "MPRN tested", "MPRN (if known)"])
    tsv = (f"ID\tStart time\tWhich test case?\t{question}\tDescribe the issue\n"
           f"110\t12/4/26 9:00\tSIT-E2E-3781\t{mprn}\tResponse code 422 on submit\n"
           f"111\t12/4/26 9:01\tUIT-1087\t{mpan}\tResponse code 409 on submit\n")
    out = redact_text(tsv, name="responses.tsv").text
    assert mprn not in out and mpan not in out and "12/4/26 9:00" in out and "\n110\t" in out, out
    diag = f'{{\n  "mpxn": "{mpan}",\n  "gas": {mprn},\n  "gas_used": 12.5,\n  "ts": 1(1764936000)\n}}'
    out = redact_text(diag, name="msg.diag").text
    assert mprn not in out and "12.5" in out, out
    as_json = json.dumps({"mpxn": mpan, "gas": int(mprn), "gas_kwh": 1234.5, "gas_on": "yes"})
    out = redact_text(as_json, name="msg.json").text
    parsed = json.loads(out)
    assert str(parsed["gas"]).startswith("[MPRN") and parsed["gas_kwh"] == 1234.5 and parsed["gas_on"] == "yes"


@pytest.mark.parametrize("seed", range(3))
def test_a_meter_under_an_asset_key(seed: int) -> None:
    rng = random.Random(seed)
    serial = f"{rng.randint(0, 25):02d}{rng.choice('PRKM')}{rng.randrange(10**6):06d}"
    key = rng.choice(["g_asset", "meterAssetId", "asset_tag", "elec_asset_no"])
    out = redact_text(json.dumps({"ref": "TC-01", key: serial, "asset_count": 3}), name="fixture.json").text
    assert serial not in out and '"asset_count": 3' in out, out


@pytest.mark.parametrize("seed", range(4))
def test_a_phone_with_any_separator_between_its_groups(seed: int) -> None:
    rng = random.Random(seed)
    area, local = rng.choice([("01632", f"960{rng.randrange(1000):03d}"), ("0113", f"496 0{rng.randrange(1000):03d}"),
                              ("07700", f"900{rng.randrange(1000):03d}")])
    sep = rng.choice(["_", ":", "/", " - ", "   "])
    for written in (f"{area}{sep}{local.replace(' ', sep)}", f"+44+{area[1:]}+{local.replace(' ', '+')}"):
        out = redact_text(f"Customer callback {written}\nExpected: PUB-003 within 3 days\n", name="n.txt").text
        assert written not in out and "PUB-003" in out, out


def test_dates_times_and_paths_are_no_phones() -> None:
    for text in ("at 01/12/2026 10:00 it ran", "2026-12-04 01:23:45 INFO", "time 09:30-10:45 room 0113",
                 "v 0.1.2345/678 built"):
        assert redact_text(text, name="n.txt").text == text


@pytest.mark.parametrize("seed", range(3))
def test_a_postcode_with_a_url_s_plus_for_its_space(seed: int) -> None:
    rng = random.Random(seed)
    postcode = rng.choice(["TR6+7PD", "NE14+9FG", "G28+2QA", "SA21+3DT", "ec1a+1bb"])
    out = redact_text(f"Evidence:\n  https://maps.example.com/search/{postcode}\n", name="paths.txt").text
    assert postcode.lower() not in out.lower(), out


@pytest.mark.parametrize("seed", range(3))
def test_a_house_s_name_before_an_address_and_a_po_box(seed: int) -> None:
    rng = random.Random(seed)
    house = rng.choice(["The Granary", "Hawthorn Cottage", "Millstream Barn", "Ivy House", "The Old Forge"])
    street = rng.choice(["Pennyroyal Grove", "Pennistone Drive", "Larkspur Close"])
    box = f"PO Box {rng.randint(100, 99999)}"
    text = (f'{{"site": "{house} {street} Stoke Ambledown Birmingham B12 9QT"}}\n'
            f"Post to: {box}, Birmingham\nB1 1AA\n")
    out = redact_text(text, name="n.ndjson").text
    assert house not in out and box not in out, out


def test_valid_json_with_nulls_and_odata_keys_is_redacted_not_refused() -> None:
    doc = {"@odata.context": "https://org.crm11.dynamics.example/api/data/v9.2/$metadata#supplies",
           "value": [{"@odata.etag": 'W/"3415154"', "cr123_supplynumber": make_mpan(12, "3456789012"),
                      "cr123_customername": "Genevieve Whitmarsh",
                      "premises": {"buildingName": None, "subBuilding": None, "buildingNumber": "58B",
                                   "thoroughfare": "Duncombe Terrace", "postTown": "Paisley", "postcode": "PA10 3NB",
                                   "confirmed": True}}]}
    text = json.dumps(doc, indent=2)
    out = redact_text(text, name="odata.json").text
    parsed = json.loads(out)
    record = parsed["value"][0]
    assert parsed["@odata.context"] == doc["@odata.context"] and record["@odata.etag"] == 'W/"3415154"'
    assert record["premises"]["buildingName"] is None and record["premises"]["confirmed"] is True
    assert "Duncombe" not in out and "Whitmarsh" not in out and "PA10" not in out


def test_a_name_cell_then_a_note_cell_is_not_one_name() -> None:
    tsv = ("Type\tMPAN\tCustomer\tNotes\n"
           f"Gain\t{make_mpan(17, '6403010705')}\tvan der Westhuizen, Yusuf\tObj raised\n"
           f"Loss\t{make_mpan(12, '2241171119')}\tWhitmarsh, Euan\tObj raised\n")
    out = redact_text(tsv, name="cos.tsv").text  # (it was refused: the name ran on over the tab)
    assert out.count("Obj raised") == 2 and "Yusuf" not in out and "Westhuizen" not in out, out


@pytest.mark.parametrize("mark", ["\u200e", "\u2068", "\u2063", "\u200f\u2069"])
def test_bomless_utf16_full_of_format_characters_is_text(mark: str) -> None:
    mpan = make_mpan(11, "1914261507")
    typed = mark.join(mpan)
    data = f"Step 1 actual result:\r\nRegistration accepted for {typed}; D0217 returned.\r\n".encode("utf-16-le")
    result = redact_bytes(data, "typed_step.txt")
    shown = result.data.decode("utf-16-le")
    assert mpan not in shown.replace(mark, "").replace("\u200f", "").replace("\u2069", "") and "D0217" in shown


def test_an_error_naming_a_file_keeps_its_words() -> None:
    line = "attest: error: q_no_cr123_siteaddress.json: redacted JSON would not keep its structure; refusing to keep it"
    assert safe_message(line) == line


@pytest.mark.parametrize("seed", range(3))
def test_epoch_milliseconds_and_counters_in_an_mpan_document_stay(seed: int) -> None:
    rng = random.Random(seed)
    mpan = _mpan(rng)
    # (times whose digits fail an MPAN's check digit: one that passes it is masked, as an MPAN would be)
    stamps = [s for s in (str(rng.randrange(1_700_000_000_000, 1_800_000_000_000)) for _ in range(40))
              if not is_valid_mpan_core(s)][:3]
    typo = mpan[:12] + str((int(mpan[12]) + 1) % 10)
    texts = [f'[1, "publishReading", {{"1": {{"str": "{mpan}"}}, "3": {{"i64": {stamps[0]}}}}}]',
             f'{{\n  "t": {stamps[1]},\n  "mpan": "{mpan}"\n}}',
             f"<Msg><MPAN>{mpan}</MPAN><OriginatorCounter>{stamps[2]}</OriginatorCounter></Msg>"]
    for text in texts:
        out = redact_text(text, name="m.json" if text.startswith(("[", "{")) else "m.xml").text
        assert mpan not in out and any(s in out for s in stamps), out
    # a mistyped MPAN is still masked where the text says MPAN, and under a key that names one
    for text in (f"MPAN {typo} rejected by the DIP", json.dumps({"mpan": typo, "t": 1})):
        assert typo not in redact_text(text, name="t.txt").text


@pytest.mark.parametrize("seed", range(3))
def test_a_meter_reading_named_before_its_number_stays(seed: int) -> None:
    rng = random.Random(seed)
    reading, mprn = f"{rng.randrange(10**6):06d}", _mprn(rng)
    words = {"0": "oh", "1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven",
             "8": "eight", "9": "nine"}
    for text in (f"> MPAN {_mpan(rng)} is 24F6287691 and the D0010 reading was {reading}.",
                 f"INFO SiteService - Gas meter U6G1867565B read OK ({reading})",
                 f"Agent confirmed two registers and reading {' '.join(words[c] for c in reading)}."):
        out = redact_text(text, name="n.txt").text
        assert reading in out or " ".join(words[c] for c in reading) in out, out
    spoken = " ".join(words[c] for c in mprn)
    assert not _left(redact_text(f"Caller: the MPRN is {spoken}", name="n.txt").text, spoken)


def test_tickets_hashes_versions_and_mail_ids_stay() -> None:
    serial = "E6S12345678912"
    for text, kept in (('{"subject": "Meter exchange RITM4794304", "state": 3}', "RITM4794304"),
                       ("Meter exchange INC6821893 closed", "INC6821893"),
                       ('x:\n  etag: "052e560704e8377c"\n  chf: BC-B0-E7-1A-40-1D-AA-36\n', "052e560704e8377c"),
                       ("created_by: parquet-mr version 1.13.1\nnum_rows: 48211\n", "parquet-mr version 1.13.1"),
                       ("Message-ID: <a86680a84500b198b8fe@mail.example.net>\nFrom: Jo <jo.bloggs@example.com>\n",
                        "a86680a84500b198b8fe@mail.example.net")):
        out = redact_text(text, name="n.txt").text
        assert kept in out, out
        assert "BC-B0-E7" not in out and "jo.bloggs" not in out
    assert serial not in redact_text(f"Meter exchanged for {serial} today", name="n.txt").text
    assert "jones" not in redact_text("spoke to mr jones today", name="n.txt").text


def test_the_leak_scan_reads_a_row_s_date_and_decimals_as_no_mpan() -> None:
    mpan = make_mpan(14, "9951720346")
    rows = "".join(f"[MPAN-1],2026-12-0{d},1.653,0.094,0.530,1.186,0.931,1.021,0.544,0.460\n" for d in range(1, 8))
    assert scan_text("MPAN,Date,P01,P02,P03,P04,P05,P06,P07,P08\n" + rows, "hh.csv") == []
    # a date then an MPAN is still found, spaced or not
    for text in (f"on 2026-12-03 {mpan[:2]} {mpan[2:6]} {mpan[6:10]} {mpan[10:]} done", f"2026-12-03,{mpan},x"):
        assert scan_text(text, "t.txt"), text
        assert not _left(redact_text(text, name="t.txt").text, mpan)


# -- what a review of these rules found (stop 37): each rule held to its own class -----------------------------

def test_a_mistyped_mpan_after_a_prose_label_or_a_key_that_names_no_time_is_still_masked() -> None:
    for text in ("MPANs: Old: 1612345678901 New: 1612345678902", "The mpan field was wrong. reference: 1912345678905",
                 "MPAN update <Value>1712345678906</Value>", 'MPAN issues today. {"id": 1900001234567}'):
        out = redact_text(text, name="t.txt").text
        assert not any(n in out for n in ("1612345678901", "1912345678905", "1712345678906", "1900001234567")), out


def test_paths_files_ratios_and_encoded_tokens_are_no_phones_or_postcodes() -> None:
    for text in ("The file 03001_234567.csv was imported", "paths a/0201/234/5678 b", "git sha abcde 0123/4567/890",
                 "token=dGhpcyBpcyBhIHRlc3Q+M1+2AB+cGF5bG9hZA==", '{"gas": 1234567, "electricity": 7654321}',
                 '{"gas": 20261205, "units": "kWh"}', '{"eAsset": "Ready", "m_asset": "12"}'):
        assert redact_text(text, name="t.json" if text.startswith("{") else "t.txt").text == text
    # a particle that is also a word starts no surname on the next line
    for text, kept in (("Thanks Sarah\nLa Liga results are in", "La Liga results"),
                       ("Contact Emma\nDe Montfort University for details", "De Montfort University")):
        assert kept in redact_text(text, name="t.txt").text


def test_a_person_s_address_written_in_a_mail_id_s_place_is_still_masked() -> None:
    for text in ("Message-ID: <john.smith@example.com>", "In-Reply-To: <j.bloggs@customer.co.uk>"):
        assert "@" not in redact_text(text, name="m.eml").text.split("<")[1]


def test_an_eq_field_of_a_megabyte_of_switches_is_not_drawn() -> None:
    from attest.redaction.docx_text import evaluate_field

    assert evaluate_field("EQ " + "\\a" * 50_000) is None  # (read, it took minutes: the code is capped)
    assert evaluate_field("EQ \\o(6,)\\o(1,)") == "61"
