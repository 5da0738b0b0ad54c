"""Classes round 56's held-out text (helper-122) found, fixed as classes (generated cases).

Each test plants freshly made values in the shapes the tester met (a BACS ADDACS report, a direct-debit letter, an
API's resource identifiers, a Salesforce debug log, a RAML spec, a mysqldump, bilingual Welsh notes, to-do lists, a
note's address in small letters) and checks what a reader would: the value is gone, the keeps beside it are not.
"""

from __future__ import annotations

import random
import re

import pytest

from made_values import digits as _digits
from made_values import mpan as _mpan
from made_values import redacted as _redacted

WORD_NAMES = [("Summer", "Green"), ("Joy", "Baker"), ("Hope", "Stone"), ("Holly", "Green"), ("Will", "Bell"),
              ("Dawn", "Hill"), ("Sandy", "Stone"), ("Iris", "Field")]
SMALL_NAMES = [("grace", "marsh"), ("summer", "baker"), ("iris", "fisher"), ("holly", "lamb"), ("sandy", "green")]
POSTCODES = ["SA18 2AB", "PE13 2AB", "KY16 9AB", "IV51 1ER", "HR8 1AB"]




@pytest.mark.parametrize("seed", range(6))
def test_a_bacs_report_keeps_no_payer_account_reference_or_name(seed: int) -> None:
    """An attribute that says only "number" or "ref" takes its element's meaning (<PayerAccount number=…>,
    <PayerNewAccount number=…>, a returned debit's ref); a person's element's name attribute holds a person even in
    capitals and in English words."""
    rng = random.Random(seed)
    first, last = rng.choice(WORD_NAMES)
    ref, old, new, payer_ref = _digits(rng, 10), _digits(rng, 8), _digits(rng, 8), _digits(rng, 10)
    advice = f"CHG{_digits(rng, 7)}"
    text = (f'<Report type="ADDACS" advice-number="{advice}" />\n'
            f'<ReturnedDebitItem ref="{ref}" transCode="17" returnCode="0" returnDescription="INSTRUCTION CANCELLED">\n'
            f'  <PayerAccount number="{old}" ref="{payer_ref}" name="{first.upper()} {last.upper()}" sortCode="20-54-23"/>\n'
            f'  <PayerNewAccount name="{first} {last}" number="{new}"/>\n'
            f'  <Device id="1" type="ESME"/><Param name="timeout" value="30"/>\n</ReturnedDebitItem>\n')
    out = _redacted(text, "addacs.xml")
    for value in (ref, old, new, payer_ref, first.upper(), last, last.upper()):
        assert value not in out, (value, out)
    for keep in (advice, 'transCode="17"', "INSTRUCTION CANCELLED", '"20-54-23"', 'id="1"', 'name="timeout"'):
        assert keep in out, (keep, out)


@pytest.mark.parametrize("seed", range(6))
def test_accounts_after_labels_that_were_not_read(seed: int) -> None:
    """"Bank account ending …", "acc no" with a check letter, "acc" glued to its prefix, Welsh "Rhif cyfrif", a
    REST path's customer key in groups."""
    rng = random.Random(seed)
    bank, lettered = _digits(rng, 8), f"{rng.choice(['PV', 'KX', 'ZT'])}{_digits(rng, 8)}{rng.choice('BCDEFGJ')}"
    glued = f"CA{_digits(rng, 9)}"
    dashed = f"{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 3)}"
    cases = [(f"Your usage rose by 4% this year. Bank account ending {bank} (sort code 40-05-98).", bank),
             (f"her gas mtr's fine. acc no {lettered} -- in good faith", lettered),
             (f"4. acc{glued} refnd £1,878.10 approved", glued),
             (f"Enw: Ann Lee\nRhif cyfrif: {lettered}\n", lettered),
             (f"Rhif cyfrif: {dashed}\n", dashed),
             (f"curl https://sit.example/customers/{dashed}/contacts", dashed)]
    for text, value in cases:
        out = _redacted(text)
        assert value not in out, out
    kept = _redacted("acc 95% done on ACC 2026-12-07; account ending soon: 12; GET /customers/2026-01-05/report")
    assert "acc 95%" in kept and "ACC 2026-12-07" in kept and "2026-01-05" in kept


@pytest.mark.parametrize("seed", range(6))
def test_resource_keys_an_api_names_by_type(seed: int) -> None:
    """JSON:API's {"type": "accounts", "id": …} either way round and across lines, a HAL link to a gas point, an
    OData entity's key: the key is what its type names; an article's or a step's key is kept."""
    rng = random.Random(seed)
    account, mprn, mprn2, partner = _digits(rng, 10), _digits(rng, 10), _digits(rng, 8), _digits(rng, 10)
    text = (f'{{"data": {{"type": "accounts",\n      "id": "{account}"}},\n'
            f' "gas": {{"data": {{"id": "{mprn}", "type": "gas-points"}}}},\n'
            f' "links": {{"gas": {{"href": "/gas-points/{mprn2}"}}}},\n'
            f' "other": {{"type": "articles", "id": "12345678"}}, "step": {{"type": "steps", "id": "TC-0001"}}}}')
    out = _redacted(text, "doc.json")
    for value in (account, mprn, mprn2):
        assert value not in out, out
    assert "12345678" in out and "TC-0001" in out
    odata = _redacted(f"PATCH BusinessPartnerSet('{partner}') HTTP/1.1\nGET Products('ABC-12345')\n", "batch.http")
    assert partner not in odata and "ABC-12345" in odata


@pytest.mark.parametrize("seed", range(4))
def test_a_debug_logs_variable_and_an_api_specs_example(seed: int) -> None:
    """Apex's "|sp.MPRN__c|"…"" (a variable and its value, the row's last two cells) and a RAML/YAML parameter's
    example under the parameter's name."""
    rng = random.Random(seed)
    mprn, name_first, name_last = _digits(rng, rng.choice([7, 8, 10])), *rng.choice(WORD_NAMES)
    log = (f'09:12:01.5 (4520999)|VARIABLE_ASSIGNMENT|[62]|sp.MPRN__c|"{mprn}"\n'
           f'09:12:01.5 (4520111)|VARIABLE_ASSIGNMENT|[63]|acc.Name|"{name_first} {name_last}"\n'
           f'09:12:01.6 (4600000)|VARIABLE_ASSIGNMENT|[64]|this.status|"Ready"\n')
    out = _redacted(log, "apex.log")
    assert mprn not in out and name_last not in out and '"Ready"' in out and "(4520999)" in out
    raml = f"/gas/{{mprn}}:\n  uriParameters:\n    mprn:\n      example: {mprn}\n  get:\n    description: reads\n"
    assert mprn not in _redacted(raml, "api.yaml")


@pytest.mark.parametrize("seed", range(6))
def test_word_names_in_a_records_cells(seed: int) -> None:
    """A mysqldump's quoted cell beside the row's identifiers, an item of a slash-separated data list, a note's
    verb of reaching someone before a capitalised name ("ring Hope Rain re …"), a user's initial and surname."""
    rng = random.Random(seed)
    (f1, l1), (f2, l2), (f3, l3) = rng.sample(WORD_NAMES, 3)
    dump = (f"INSERT INTO `gas_meter_point` VALUES ({rng.randrange(1000, 9999)},'{_digits(rng, 10)}','E6S{_digits(rng, 10)}',"
            f"'{f1} {l1}','07700 900{rng.randrange(100, 999)}','2026-10-27T05:41:25Z');")
    listed = f'TC-LDSO-QT-{rng.randrange(1000, 9999)},"Move-in D0086",Passed,qa0,"data: {_mpan(rng)} / E06X{_digits(rng, 5)} / {f2} {l2}",54s'
    todo = f'task,"ring {f3} Rain re DEF-{_digits(rng, 7)}","07700 900{rng.randrange(100, 999)}",5,1,qa'
    user = f"Last changed by user {f3[0]}. {l3} (RT#{_digits(rng, 4)})"
    for text, name, gone in ((dump, "dump.sql", l1), (listed, "testmo.csv", l2), (todo, "todo.csv", "Rain"),
                             (user, "", l3)):
        out = _redacted(text, name)
        assert gone not in out, out
    assert "D0086" in _redacted(listed, "testmo.csv") and "2026-10-27T05:41:25Z" in _redacted(dump, "dump.sql")
    for kept in ("ring Tech Support re the outage", "user Admin Console at 10:00",
                 f"Route: {_mpan(rng)} / Castle Street / Summer Green Park"):
        assert kept.split(":")[0] in _redacted(kept) and ("Castle Street" in _redacted(kept) or "Route" not in kept)


@pytest.mark.parametrize("seed", range(5))
def test_an_address_block_written_in_small_letters(seed: int) -> None:
    """A note's name line in small letters over its street, and a street and town in small letters before a
    postcode in capitals (on the same line or the next)."""
    rng = random.Random(seed)
    first, last = rng.choice(SMALL_NAMES)
    number, postcode = rng.randrange(2, 300), rng.choice(POSTCODES)
    street, town = rng.choice([("bryn awel", "ammanford"), ("blackthorn drove", "wisbech"), ("lade braes", "st andrews")])
    note = ('{"title": "site visit", "textContent": "' + f"{first} {last}\\n{number} {street}, {town}\\n{postcode}\\n"
            f'meter E06X{_digits(rng, 5)}  mpan {_mpan(rng)}"}}')
    out = _redacted(note, "keep.json")
    assert first not in out and street not in out and town not in out, out
    inline = _redacted(f"11:12 at {number} {street}, {town}, {postcode} now, meter E06X{_digits(rng, 5)}")
    assert street not in inline and town not in inline and "11:12 at" in inline, inline
    kept = _redacted(f"summer tariff\nmeter reading ok, thanks\n{postcode}\nran 5 tests, all passed, {postcode}")
    assert "summer tariff" in kept and "meter reading ok, thanks" in kept and "ran 5 tests, all passed" in kept


@pytest.mark.parametrize("seed", range(4))
def test_a_pasted_sheets_totals_row_keeps_its_amount_and_stamp(seed: int) -> None:
    """An Excel paste (two header rows, a blank line, a totals row): the total's amount under a device's column and
    its epoch milliseconds under a phone's are no device's or phone's; the records above are masked."""
    rng = random.Random(seed)
    amount, stamp = f"£{rng.randrange(100, 3000)}.{rng.randrange(10, 99)}", f"17{_digits(rng, 11)}"
    serial, phone = f"EML{_digits(rng, 10)}", f"020 7946 0{rng.randrange(100, 999)}"
    text = ("Site\t\tMeter\t\tCustomer\t\nMPAN\tPostcode\tESME\tGSME\tName\tTel\n"
            f"{_mpan(rng)}\tN1C 4ZZ\t{serial}\tEDM{_digits(rng, 8)}\tTariq Adeyemi\t{phone}\n\n"
            f"Total\t1\t{amount}\t\tTC-LDSO-QT-{rng.randrange(1000, 9999)}\t{stamp}\n")
    out = _redacted(text, "paste.tsv")
    assert serial not in out and phone not in out and "Adeyemi" not in out
    assert amount in out and stamp in out and "TC-LDSO-QT-" in out


# -- the reviewer's (helper-124) attack on these rules: what they must keep, and near variants they must read ----------

@pytest.mark.parametrize(("text", "name"), [
    ('<Owner name="Platform Team"/><Contact name="Service Desk"/><Contact name="Billing Ops"/>', "a.xml"),
    ('<Device id="emulator-5554"/><Device id="TAB-00012"/><Device id="1"/>', "b.xml"),
    ('<Account number="D0010"/><Customer no="2024-03-01"/><Account value="12000"/><Account code="DDMONTHLY"/>', "c.xml"),
    ('<Customer value="Residential"/><Address value="Flat 1"/><Mandate id="MD-0012"/>', "d.xml"),
    ('{"primaryContact": "Service Desk", "cyfrif": "Cyfrif cyfredol", "mandateId": "MD-0012", "debitRef": "TXN-2024-1"}',
     "e.json"),
    ("customer:\n  default: Residential\ncontact:\n  default: Service Desk\naccount:\n  default: TEST-ACCOUNT-01\n", "f.yaml"),
    ("GET /odata/Meters('SMETS2-CREDIT')\nGET /api/gas-points/20240301\n", "g.log"),
    ('{"type":"meters","id":"MTR-TYPE-2"}', "h.json"),
    ("2 retries then pass, prod, SW1A 2AA\nattempt 3 timed out, retrying, PE13 2AB\nrun 2 of smoke pack, uat, CB7 4AA\n", "i.txt"),
    ("mark read\nMPAN 1200023305967\n", "j.txt"),
    ("ivy lane\n12 Mill Lane, Ely CB7 4AA\n", "k.txt"),
])
def test_what_the_new_rules_must_keep(text: str, name: str) -> None:
    out = _redacted(text, name)
    # (the words of every line that is no address's or supply's: team names, categories, notes, street names)
    for line in [line for line in text.splitlines() if not re.search(r"\d{2} |\d{6}", line)]:
        for piece in [p for p in re.split(r'[\s"<>=/:,{}]+', line) if len(p) > 3 and not any(c.isdigit() for c in p)]:
            assert piece in out, (piece, out)
    for kept in ("emulator-5554", "TAB-00012", "D0010", "2024-03-01", '"12000"', "MD-0012", "TXN-2024-1", "TEST-ACCOUNT-01",
                 "SMETS2-CREDIT", "20240301", "MTR-TYPE-2"):
        if kept in text:
            assert kept in out, (kept, out)


def test_a_paths_customer_key_leaves_the_status_after_it() -> None:
    out = _redacted("GET /customers/123-456-789 200 1543ms\nGET /customers/AB123456 200 12ms\n", "access.log")
    assert "123-456-789" not in out and "AB123456" not in out and out.count(" 200 ") == 2


@pytest.mark.parametrize("seed", range(3))
def test_near_variants_of_the_new_rules(seed: int) -> None:
    rng = random.Random(seed)
    account, mprn, bank = _digits(rng, 10), _digits(rng, 10), _digits(rng, 8)
    cases = [(f'{{"type": "accounts", "id": {account}}}', "n.json", account),
             (f"GET /odata/Accounts({account})", "o.log", account),
             (f'GET /odata/Accounts("{account}")', "o2.log", account),
             (f'<GasPoint id="{mprn}"/>', "p.xml", mprn),
             (f'12:01:02.003 (1234)|VARIABLE_ASSIGNMENT|[62]|sp.Account_Number__c|"{bank}"', "q.log", bank),
             (f"Account ending: {bank}", "r.txt", bank)]
    for text, name, value in cases:
        assert value not in _redacted(text, name), text
    email = _redacted('x|VARIABLE_ASSIGNMENT|[62]|c.Email|"sandy@example.com"', "s.log")
    assert "sandy@" not in email and email.endswith('"')


@pytest.mark.parametrize("seed", range(4))
def test_a_name_in_small_letters_before_its_address_or_phone(seed: int) -> None:
    """A complaint's minutes write the customer and then where they live, in brackets, in small letters."""
    rng = random.Random(seed)
    first, last = rng.choice([("mark", "stone"), ("grace", "marsh"), ("holly", "lamb"), ("iris", "fisher")])
    text = (f"2. cust compl ({first} {last}, {rng.randrange(2, 300)} Mill Lane, Ely CB7 4AA) re estm bills; summer tariff\n"
            f"3. call back {first} {last}, ph 07700 900{rng.randrange(100, 999)}\n")
    out = _redacted(text)
    assert f"{first} {last}" not in out and "summer tariff" in out and "estm bills" in out, out
    kept = _redacted("test data, 12 Mill Lane, Ely CB7 4AA\ncall back, 07700 900123\n")
    assert "test data" in kept and "call back" in kept


@pytest.mark.parametrize("surname", ["Rich", "Church", "Brook", "Rain"])
def test_a_quoted_cell_of_a_persons_record_is_a_name_whatever_the_surname(surname: str) -> None:
    """A blame view's or an export's row ('…,"Bronwen Rich","134 Orchard Gardens",L8 7DL,01632 960317,…'): the row
    holds the person's supply, address and phone, so the quoted pair is their name though no list knows the surname;
    a scheme's or a tariff's name in the same place, its first word an English word too, is kept."""
    for first in ("Bronwen", "Amber", "Hope"):
        row = (f'8 1109884176167,03,393,201,E6S92717169004, "{first} {surname}", "134 Orchard Gardens",L8 7DL,'
               "01632 960317,TC-SIT-0248")
        out = _redacted(row, "blame.csv")
        assert surname not in out and "TC-SIT-0248" in out, out
    for kept in ('"Release Notes"', '"Green Deal"', '"Grace Period"', '"Summer Saver"', '"Heather Moorland"'):
        assert kept in _redacted(f'TC-1,{kept},"Summary",1200023305967,L8 7DL', "x.csv"), kept


@pytest.mark.parametrize("seed", range(4))
def test_a_phone_and_a_full_mpan_listed_with_a_slash(seed: int) -> None:
    """A to-do's cell "07700900109 / 08 403 090 1491204872074": the slash with a blank either side is a list's next
    item, so the phone ends before it and the MPAN's top line is read with its core; a core split by slashes is
    still one number."""
    rng = random.Random(seed)
    phone = f"07700900{rng.randrange(100, 999)}"
    core = _mpan(rng)
    top = f"0{rng.randint(1, 8)} {rng.randrange(100, 999)} {rng.randrange(100, 999)}"
    out = _redacted(f'task,"ring re INC{_digits(rng, 7)}","{phone} / {top} {core}",4,1,qa', "todo.csv")
    assert phone not in out and top not in out and core not in out, out
    split = " / ".join((core[:4], core[4:8], core[8:12], core[12:]))
    assert core[4:8] not in _redacted(f"x {split} y")
