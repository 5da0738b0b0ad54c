"""Classes found or foreseen in stop 52, fixed as classes (generated cases)."""

from __future__ import annotations

import random

import pytest

from attest.redaction.text import redact_text

FORENAMES = ["Kofi", "Ama", "Siobhan", "Eleri", "Agnieszka", "Ruairidh", "Priyanka", "Oluwaseun", "Cerys", "Morwenna"]
SURNAMES = ["Mensah", "Owusu", "Pritchard", "Okafor", "Siddiqui", "Kowalczyk", "MacKinnon", "Nancarrow", "Trelawny"]
# plain English names that are words too: the cases a word list cannot settle alone
WORD_NAMES = [("Grace", "Wood"), ("Mark", "Baker"), ("Rose", "Cook"), ("Jack", "Field"), ("Amber", "Stone")]


def _redacted(text: str) -> str:
    return redact_text(text).text


def _assert_gone(out: str, *words: str) -> None:
    for word in words:
        assert word not in out, (word, out)


def _mpan(rng: random.Random) -> str:
    """A 13-digit MPAN core with a valid check digit."""
    while True:
        digits = [rng.randrange(10) for _ in range(12)]
        digits[0] = rng.randrange(10, 24) // 10 or 1
        check = sum(d * p for d, p in zip(digits, (3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43), strict=True)) % 11 % 10
        return "".join(map(str, digits)) + str(check)


# -- a key that names a person by its last word: a constant's, a member's, an environment variable's ------------------

@pytest.mark.parametrize("seed", range(8))
def test_a_key_ending_in_a_persons_word_holds_a_name(seed: int) -> None:
    rng = random.Random(seed)
    first, last = rng.choice(WORD_NAMES + list(zip(FORENAMES, SURNAMES)))
    key = rng.choice(["SITE_CONTACT", "siteContact", "onSiteContact", "emergency-contact", "PRIMARY_TENANT",
                      "landlordContact", "SECOND_OCCUPIER", "jointCustomer"])
    form = rng.choice(['{key} = "{v}"', 'export {key}="{v}"', '"{key}": "{v}",', "{key}: {v}", "{key}={v}"])
    line = form.format(key=key, v=f"{first} {last}")
    out = _redacted(f"# fixture for TC-{rng.randrange(1000, 9999)}\n{line}\nRETRIES=3\n")
    _assert_gone(out, first, last)
    assert key in out and "RETRIES=3" in out


@pytest.mark.parametrize("line", ['SUPPORT_CONTACT = "Service Desk"', 'mainContact: "Email"', 'siteContact: "TBC"',
                                  'CONTACT_METHOD = "Phone"', 'site_contact: Grace'])
def test_a_person_key_over_no_persons_name_is_kept(line: str) -> None:
    assert _redacted(line) == line


# -- a serial of two letters and digits beside a meter's serial: our records' one beside the one on site -------------

@pytest.mark.parametrize("seed", range(8))
def test_a_second_serial_beside_a_found_one_is_masked(seed: int) -> None:
    rng = random.Random(seed)
    on_site = f"SM{rng.randrange(10**7, 10**8)}"
    letters = rng.choice(["SB", "SM", "KL", "GM", "LZ", "MW", "BK", "UZ"])  # (not a reference's: "PR", "SR", "WO")
    ours = f"{letters}{rng.randrange(10**7, 10**8)}"
    ours = ours.lower() if rng.random() < 0.5 else ours
    sentence = rng.choice(["Meter on site: {a}; our records: {b}.", "meter on site {a}, system records show {b}",
                           "Meter on site: {a} / in our records: {b}"])
    out = _redacted(sentence.format(a=on_site, b=ours))
    _assert_gone(out, on_site, ours)


@pytest.mark.parametrize("text", ["Meter on site: SM38103473; ticket CS12345678", "Meter SM38103473 commit ab12345678",
                                  "Meter SM38103473 under WO12345678"])
def test_a_reference_beside_a_serial_is_kept(text: str) -> None:
    out = _redacted(text)
    assert "SM38103473" not in out
    assert text.split()[-1] in out


# -- a Welsh street in small letters, its type first ------------------------------------------------------------------

@pytest.mark.parametrize("seed", range(8))
def test_a_welsh_street_in_small_letters_is_an_address(seed: int) -> None:
    rng = random.Random(seed)
    street = rng.choice(["heol y bryn", "ffordd y parc", "stryd fawr", "lôn las", "maes y coed", "heol llanishen fach",
                         "cilgant y lein", "rhodfa'r môr"])
    number = rng.randrange(1, 240)
    sentence = rng.choice(["cust lives at {n} {s}", "went to {n} {s} instead", "engineer attended {n} {s}, bala",
                           "moved from {n} {s} last year"])
    out = _redacted(sentence.format(n=number, s=street))
    assert f"{number} {street}" not in out
    _assert_gone(out, street.split()[-1])


@pytest.mark.parametrize("text", ["lat 51 lon -3.17", "step 4 of 12 complete", "2 heol"])
def test_numbers_before_other_words_are_kept(text: str) -> None:
    assert _redacted(text) == text


# -- a login joined from a name before a host's "@" -----------------------------------------------------------------

@pytest.mark.parametrize("seed", range(6))
def test_a_joined_name_before_a_host_is_masked(seed: int) -> None:
    rng = random.Random(seed)
    first, last = rng.choice(FORENAMES).lower(), rng.choice(SURNAMES).lower()
    host = rng.choice(["jump01", "10.20.30.40", "bastion-uat"])
    command = rng.choice(["ssh {u}@{h}", "scp dump.sql {u}@{h}:/tmp", "sftp -P 2222 {u}@{h}"])
    out = _redacted(command.format(u=f"{first}.{last}", h=host))
    _assert_gone(out, first, last)
    assert host in out


# -- a name's halves as attributes or members written in small letters, or with a Gaelic name's small words ----------

@pytest.mark.parametrize("seed", range(8))
def test_name_halves_in_small_letters_or_with_particles(seed: int) -> None:
    rng = random.Random(seed)
    first, last = rng.choice([("rose", "cook"), ("demelza", "nancarrow"), ("james", "mac an t-saoir"),
                              ("eilidh", "nic a' phì"), ("Catriona", "Mac an t-Saoir"), ("Iolo", "ap Iorwerth")])
    text = rng.choice([f'<bean class="com.acme.Person" p:given="{first}" p:family="{last}"/>',
                       f'{{"resourceType": "Patient", "given": ["{first}"], "family": "{last}"}}'])
    out = _redacted(text)
    _assert_gone(out, first, last.split()[-1])


@pytest.mark.parametrize("text", ['<x p:given="true" p:family="false"/>', '<x p:given="test" p:family="data"/>',
                                  '{"family": "edmi", "given": ["true"]}'])
def test_flag_values_under_name_halves_are_kept(text: str) -> None:
    assert _redacted(text) == text


# -- an extract's rows among a log's other lines ----------------------------------------------------------------------

@pytest.mark.parametrize("seed", range(6))
def test_rows_of_an_extract_inside_a_log_are_read_as_columns(seed: int) -> None:
    rng = random.Random(seed)
    rows, secrets = [], []
    for _ in range(rng.randrange(3, 6)):
        first, last = rng.choice(WORD_NAMES + list(zip(FORENAMES, SURNAMES)))
        account = rng.choice([f"CA-{rng.randrange(10**7, 10**8)}", f"A{rng.randrange(10**7, 10**8)}",
                              str(rng.randrange(10**9, 10**10))])
        mprn = str(rng.randrange(10**8, 10**10))
        street = f"{rng.randrange(1, 200)} {rng.choice(['Harcourt Drive', 'Penlan Rise', 'Fore Street'])}"
        postcode = rng.choice(["CF14 7SN", "SA31 8BL", "LS6 4YT"])
        rows.append(",".join(f'"{v}"' for v in (account, first.upper(), last.upper(), street, postcode, mprn)))
        secrets += [account, first.upper(), last.upper(), mprn]
    text = ("SQL*Loader: Release 19.3.0.0.0 - Production on Mon Dec 7 03:10:11 2026\n"
            "Control File:   load_customers.ctl\nRecord 3: Rejected - Error on table CUST_STG, column MPRN.\n"
            "ORA-01722: invalid number\n--- load_customers.bad ---\n" + "\n".join(rows) + "\n\nTotal logical records read: 120\n")
    out = _redacted(text)
    _assert_gone(out, *secrets)
    assert "ORA-01722: invalid number" in out and "Total logical records read: 120" in out


def test_a_log_of_comma_lines_that_are_no_extract_is_kept() -> None:
    text = ("2026-12-07 10:00:01 INFO start, attempt 1, of 3\n2026-12-07 10:00:02 INFO read, rows 120, took 35ms\n"
            "2026-12-07 10:00:03 INFO done, status OK, code 200\n")
    assert _redacted(text) == text


# -- an account as a program's argument in a YAML list after a supply's number ----------------------------------------

@pytest.mark.parametrize("seed", range(6))
def test_an_account_in_a_containers_args_after_a_supply(seed: int) -> None:
    rng = random.Random(seed)
    mpan, account = _mpan(rng), str(rng.randrange(10**7, 10**9))
    key = rng.choice(["args", "command"])
    text = (f"spec:\n  containers:\n  - name: replay\n    image: registry.internal/replayer:3.25.64\n    {key}:\n"
            f"    - --flow\n    - D0302\n    - {mpan}\n    - {account}\n    - --dry-run\n")
    out = _redacted(text)
    _assert_gone(out, mpan, account)
    assert "D0302" in out and "replayer:3.25.64" in out
