"""Classes found in stop 46, fixed as classes (generated cases): the names most common in Great Britain whose words
are also English words ("John Smith", "Paul Walker"), and business functions a mail header names."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import docx
import pytest

from attest.redaction.mpan import mpan_check_digit
from attest.redaction.names import common_gb_pair
from attest.redaction.scan import scan_bytes
from attest.redaction.text import redact_text

# a sample of each list's lines (G forenames, B surnames, F forenames); names.txt holds them all
G_FORENAMES = ["John", "James", "Jane", "Paul", "Peter", "Mary", "Daniel", "Andrew", "George", "Elizabeth", "Robert",
               "Matthew", "Kevin", "Laura", "Shirley", "Owen", "Sean", "Tony"]
B_SURNAMES = ["Smith", "Brown", "Walker", "Wood", "Wright", "Hall", "Green", "King", "Baker", "Turner", "Cooper",
              "Young", "Begum", "Khan", "Shah", "Murphy", "Jenkins", "Fisher", "Mason", "Ward"]
F_FORENAMES = ["Sarah", "Emma", "Tomasz", "Siobhan", "Priya", "Chidi"]
FRAMES = ["call from {} re the meter exchange", "{} rang back at 14:02 to confirm access", "Left a voicemail for {}.",
          "Visit booked; {} will be in after 3pm", "Notes: {} asked for a paper copy of the bill",
          "{}\t07:41\tcalled about the smart meter", "As agreed with {} on Tuesday, the appointment stands."]


def _redacted(text: str) -> str:
    return redact_text(text).text


@pytest.mark.parametrize("seed", range(40))
def test_a_common_gb_forename_and_surname_that_are_words_are_a_name_with_no_cue(seed: int) -> None:
    rng = random.Random(seed)
    first = rng.choice(G_FORENAMES + F_FORENAMES)
    last = rng.choice(B_SURNAMES)
    name = rng.choice([f"{first} {last}", f"{first.upper()} {last.upper()}"])
    text = rng.choice(FRAMES).format(name)
    out = _redacted(text)
    assert first.lower() not in out.lower() and last.lower() not in out.lower(), (text, out)


@pytest.mark.parametrize("first,last", [("John", "Smith"), ("Paul", "Walker"), ("Sarah", "Brown"), ("Daniel", "Begum")])
def test_the_pair_is_known_in_every_case(first: str, last: str) -> None:
    assert common_gb_pair(first, last) and common_gb_pair(first.upper(), last.upper())


@pytest.mark.parametrize("first,last", [("Mark", "Price"), ("Grace", "Hill"), ("June", "Day"), ("Amber", "Green"),
                                        ("Will", "Smith"), ("Jack", "Field"), ("Robin", "Wood")])
def test_a_forename_whose_word_is_an_everyday_one_does_not_make_the_pair(first: str, last: str) -> None:
    """The G lines leave out forenames that are everyday words, months and code words: "Amber Green" is a RAG status."""
    assert not common_gb_pair(first, last)


@pytest.mark.parametrize("text", ["RAG status: Amber Green", "Release window: June Day 2", "Robin Wood pellets 10 kg",
                                  "Venue: Victoria Hall, 2nd floor", "Grace Hall Road"])
def test_phrases_of_an_everyday_word_and_a_surname_word_stay(text: str) -> None:
    assert _redacted(text) == text


@pytest.mark.parametrize("sender", ["Qualification Testing", "Data Migration", "Release Assurance", "Test Automation",
                                    "Market Integration", "Regulatory Compliance"])
def test_a_business_function_in_a_mail_header_is_no_person(sender: str) -> None:
    out = _redacted(f"From: {sender} <team@example.com>\nSent: 3 March 2026\nSubject: TC-1234 results")
    assert sender in out and "example.com" not in out, out


def test_the_scan_flags_a_common_name_in_a_docx_and_passes_a_business_function(tmp_path: Path) -> None:
    named = tmp_path / "named.docx"
    document = docx.Document()
    document.add_paragraph("We called James Wood about the meter exchange for TC-1234.")
    document.save(str(named))
    plain = tmp_path / "plain.docx"
    document = docx.Document()
    document.add_paragraph("From: Qualification Testing")
    document.add_paragraph("Please find the results of TC-1234 attached.")
    document.save(str(plain))
    assert any(f.kind == "NAME" for f in scan_bytes(named.read_bytes(), named.name)), "James Wood was not flagged"
    assert scan_bytes(plain.read_bytes(), plain.name) == []


# --- helper-80's round (stop 46): the classes its text corpus found, generated -----------------------------------

sys.path.insert(0, str(Path(__file__).parent))
from held_out_values import left, mpan  # noqa: E402


def _grouped(rng: random.Random, core: str) -> str:
    return rng.choice([f"{core[:4]} {core[4:8]} {core[8:12]} {core[12]}", f"{core[:2]}.{core[2:6]}.{core[6:]}",
                       f"{core[:2]}_{core[2:6]}_{core[6:]}", f"{core[:2]} {core[2:6]} {core[6:10]} {core[10:]}"])


@pytest.mark.parametrize("seed", range(30))
def test_a_grouped_mpan_in_its_own_cell_after_other_numbers_is_found(seed: int) -> None:
    """The greedy 21-digit reading of a long stretch of digits and separators ended inside the MPAN: a fixed-width
    row's amount and date before it, or an R print's row number after the last line's date."""
    rng = random.Random(seed)
    core = mpan(rng)
    written = _grouped(rng, core)
    text = rng.choice([
        f"3280102899 JOHN SMITH      142 OAKFIELD AVENUE, LEEDS LS29 2JP      £716.47   2026-03-04      {written}\n"
        f"7189135242 JANE BIRD       112 PRIMROSE HILL, LEEDS LS2 9JT      £628.00   2026-04-26      2191068380291\n",
        f"          mpan        msn         kwh     read_at\n3: 19 8318 3425 762 S17A517252 37858.8 2026-09-11\n"
        f"{rng.randint(4, 9)}: {written} S10A732759 60175.5 2026-01-05\n",
        f"2026-08-05\t{rng.randint(100, 999)}.{rng.randint(10, 99)}\t2026-08-06\t{written}\n"])
    out = _redacted(text)
    assert not left(out, core), (text, out)


@pytest.mark.parametrize("seed", range(10))
def test_a_full_mpans_top_line_after_other_numbers_goes_with_its_core(seed: int) -> None:
    rng = random.Random(seed)
    core = mpan(rng)
    top = f"0{rng.randint(1, 8)} {rng.choice(['801', '811', '845'])} {rng.randint(100, 999)}"
    text = f"8326174534 NGOZI BOATENG    99 KINGSWAY, NORWICH NR16 6TL    £587.30   2026-06-23      {top} {core}\n"
    out = _redacted(text)
    assert top not in out and not left(out, core), out


@pytest.mark.parametrize("header", ["Supplier Acct", "Supplier Account", "DCA Account No", "Debtor account",
                                    "Bank account number", "Billing Acct"])
def test_an_account_column_named_by_whose_books_it_is_in_is_masked(header: str) -> None:
    text = (f'"DWP Match Ref","Surname","{header}","Status"\n"WHD0700550","OYELARAN","19039581","NO MATCH"\n'
            f'"WHD3853970","MENSAH","3740356630","MATCHED"\n')
    out = _redacted(text)
    assert "19039581" not in out and "3740356630" not in out and "WHD0700550" in out, out


@pytest.mark.parametrize("seed", range(8))
def test_stacked_labels_over_stacked_values_mask_the_value_not_the_next_label(seed: int) -> None:
    """pdftotext of a bill's boxes: the labels one under another, then their values in the same order."""
    rng = random.Random(seed)
    account = str(rng.randint(10**7, 10**10 - 1))
    text = f"Your electricity bill\nAccount number\nBill date\n{account}\n2026-09-17\nTotal charges\n£94.03\n"
    out = _redacted(text)
    assert account not in out and "Bill date" in out and "2026-09-17" in out, out


def test_a_label_with_its_value_on_the_line_does_not_take_the_next_lines_number() -> None:
    out = _redacted("Cl. 1\nMPAN 23 3829 4903 891\n5065332748698\n---\n")
    assert "5065332748698" in out and "3829" not in out, out


@pytest.mark.parametrize("text,name", [
    ("My husband J. Hall usually deals with it", "Hall"),
    ("My husband WILL MARSH usually deals with it", "MARSH"),
    ("Neighbour Hall, Jane at no. 14 reported smell of burning", "Jane"),
    ("her carer Aoife will call back", "Aoife"),
    ("His wife Priya Patel called instead", "Patel"),
    ("Hi yes it's Jack Price here, I'm ringing about my smart meter.", "Price"),
    ("This is Eilidh Ross speaking", "Ross"),
    ("Your name: Catriona Mac an t-Saoir", "Saoir"),
    ("1. Mr Mac an t-Saoir complains that the supplier failed", "Saoir"),
    ("carer_name: joy stone", "stone"),
    ("partnerName: GRACE STONE", "STONE"),
    ("From: Price, Grace\nSent: 2026-06-02 16:40\nSubject: CHG9", "Grace"),
    ("From: Joy\nSent: 2026-08-10 16:40\nSubject: CASE2295705", "Joy"),
    ("2: K02W79122 Young, Paul 33873.1 2026-08-22", "Paul"),
    ("his number is (029) 630 5856.", "630 5856"),
    ("to be contacted on (01792) 761 8220.", "761 8220"),
])
def test_people_and_phones_named_the_ways_helper_80_found(text: str, name: str) -> None:
    out = _redacted(text)
    assert name not in out, out


@pytest.mark.parametrize("text", ["my partner is away until Monday", "the landlord agreed to the visit",
                                  "Neighbour notified", "code (012) 345", "ref (0123) 4567 8901 2345", "my landlord Sunday",
                                  "the landlord Unknown at the time", "tc (0001) 2345 678"])
def test_relation_words_and_brackets_alone_mask_nothing(text: str) -> None:
    assert _redacted(text) == text


def test_the_addressee_line_over_an_address_is_a_name_and_a_label_over_one_is_not() -> None:
    text = ("Account number\n2206143639\nHOLLY WHITE\n44 ORCHARD DRIVE, HULL HU22 2WZ\n\nSupply address\n"
            "12 High Street\nLeeds LS1 4AB\n")
    out = _redacted(text)
    assert "HOLLY" not in out and "WHITE" not in out and "Supply address" in out, out


def test_a_tenant_column_in_a_table_of_supplies_holds_names() -> None:
    text = ("Property Ref\tAddress\tTenant\tElec MPAN\n"
            f"LP-0514\t144 Sandy Lane, Norwich, NR26 6FB\tWójcik\t{mpan(random.Random(1))}\n"
            f"LP-9585\t140 Castle Wynd, Bolton, BL22 3QJ\twill moss\t{mpan(random.Random(2))}\n")
    out = _redacted(text)
    assert "Wójcik" not in out and "moss" not in out and "LP-0514" in out, out


def _gs1(first12: str) -> str:
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first12))
    return first12 + str((10 - total % 10) % 10)


@pytest.mark.parametrize("seed", range(12))
def test_a_13_digit_number_its_own_label_names_otherwise_is_kept_in_mpan_context(seed: int) -> None:
    rng = random.Random(seed)
    label = rng.choice(["Key no:", "invoice:", "commit:", "transaction id:", "EAN", "barcode"])
    first12 = f"{rng.randint(10, 36)}{rng.randint(0, 10**10 - 1):010d}"
    number = _gs1(first12) if label in ("EAN", "barcode") else first12 + str((mpan_check_digit(first12) + 1) % 10)
    text = f"Top-up receipt\n{label} {number}\nMPAN: {mpan(rng)}\n"
    out = _redacted(text)
    assert number in out, out


@pytest.mark.parametrize("text,value", [
    ("mpan issue. case 1200012345678", "1200012345678"), ("The mpan was mistyped. Order 1200012345678", "1200012345678"),
    ("MPAN for job 1200012345678", "1200012345678"), ("The mpan field was wrong. ticket 1200012345678", "1200012345678"),
    ("Customer's MPAN (EAN 1200012345678)", "1200012345678"), ("MPAN check: key no: 1200012345678", "1200012345678"),
    ("The mpan field was wrong. reference: 1912345678905", "1912345678905"),
    ("MPAN 1200012345679\n1900 0123 4567 2", "1900 0123 4567 2"), ("Supply MPAN 1200012345679\n22 0001 2345 67", "2345 67"),
])
def test_a_mistyped_mpan_after_a_word_or_under_a_labelled_one_is_still_masked(text: str, value: str) -> None:
    """helper-83's review: the keeps above must not open a way for a mistyped MPAN (a GS1-valid barcode only after
    its own word, a key's number only as a field with no MPAN word before it on its line)."""
    assert value not in _redacted(text)


@pytest.mark.parametrize("text,value", [
    ("Updated 7765124231 for Jane Smith at SW1A 1AA", "7765124231"),
    ("Deleted 776512423 from the account of Mrs Jane Smith, 12 Acacia Road", "776512423"),
    ("Letter sent 776512423 to Mrs Aisha Patel, 4 Mill Lane, Leeds LS1 4AB", "776512423"),
    ("Rev 776512423 Aisha Patel", "776512423"),
    ("Mrs Aisha Patel - gas switch started 776512423, elec 1200012345679", "776512423"),
])
def test_a_verb_before_a_number_in_prose_does_not_keep_it(text: str, value: str) -> None:
    assert value not in _redacted(text)


@pytest.mark.parametrize("table", [
    "region,mprn,customer\nnorth,7765124231,ffion quarshie\nTotal,7765124232,rhodri quarshie\n",
    "active,mprn,customer,note\nF,7765124231,ffion quarshie,ok\nT,7765124239,rhodri pengelly\n",
    "active\tmprn\tcustomer\tnote\nF\t7765124231\tffion quarshie\tok\nZ\t7765124239\trhodri pengelly\n",
    "stage,mprn,customer,postcode\nnew,7765124231,ffion quarshie,LS1 4AB\nend,7765124232,rhodri quarshie\n",
    "|active|mprn|customer|note|\n|F|7765124231|ffion quarshie|ok|\n|T|7765124239|rhodri pengelly|\n",
])
def test_a_closing_rows_cells_with_their_columns_shape_are_still_masked(table: str) -> None:
    out = _redacted(table)
    assert "77651242" not in out and "quarshie" not in out and "pengelly" not in out, out
def test_a_mistyped_mpan_after_an_mpan_label_is_still_masked() -> None:
    core = mpan(random.Random(5))
    typo = core[:12] + str((int(core[12]) + 1) % 10)
    out = _redacted(f"MPAN ref: {typo}\nMPAN {core}\n")
    assert typo not in out, out


@pytest.mark.parametrize("text,keep", [
    ("Smart meter not communicating CASE5629217, meter S12A461905", "CASE5629217"),
    ("Meter fault raised as DEF2087268 for meter S12A461905", "DEF2087268"),
    ("payload={'mpan': '11.4334.0052155', 'sent': 1766994860}", "1766994860"),
    ("MPAN 1200023305967 fixed in commit 6759103", "6759103"),
    ("Meter serial\nPrevious\nPresent\nK05W55525\n74871.5\n64244.4\n", "74871.5"),
])
def test_numbers_a_word_says_are_something_else_are_kept(text: str, keep: str) -> None:
    assert keep in _redacted(text)


@pytest.mark.parametrize("trailer", ["T|7|batch 0bbfb0ea-a213-47f8-bb35-dfba03163d7d|2026-10-17|TC-7626",
                                     "TRL|3|2026-10-17|TC-7626"])
def test_a_files_trailer_row_is_not_read_by_the_columns_above_it(trailer: str) -> None:
    rng = random.Random(3)
    text = (f"record_type|mpan|mprn|forename|surname|postcode|ref\nC|{mpan(rng)}|8463186312|Siobhan|O'Sullivan|BS28 7AD|"
            f"MPAN-REF-09\nC|{mpan(rng)}|1984518|James|Bird-Cook|HU9 2JR|MPAN-REF-37\n{trailer}\n")
    out = _redacted(text)
    assert out.endswith(trailer + "\n") and "8463186312" not in out, out


def test_a_totals_row_keeps_its_cells() -> None:
    text = ('"Ref","Date","Postcode","Supplier Acct"\n"WHD1","2026-08-16","EX5 1DE","19039581"\n'
            '"TOTAL","1","2026-08-16","TC-1841"\n')
    out = _redacted(text)
    assert '"TOTAL","1","2026-08-16","TC-1841"' in out and "EX5 1DE" not in out, out
