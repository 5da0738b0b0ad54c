"""Classes found or foreseen in stop 51, fixed as classes (generated cases)."""

from __future__ import annotations

import json
import random

import pytest

from attest.redaction.text import redact_text

FORENAMES = ["Kofi", "Ama", "Kwame", "Siobhan", "Eleri", "Agnieszka", "Ruairidh", "Priyanka", "Oluwaseun"]
SURNAMES = ["Mensah", "Owusu", "Boateng", "Pritchard", "Okafor", "Siddiqui", "Kowalczyk", "MacKinnon"]


def _redacted(text: str) -> str:
    return redact_text(text).text


def _people(rng: random.Random, n: int = 3) -> list[tuple[str, str]]:
    return list(zip(rng.sample(FORENAMES, n), rng.sample(SURNAMES, n), strict=True))


def _assert_gone(out: str, *words: str) -> None:
    for word in words:
        assert word not in out, (word, out)


# -- a name's halves as members of one object: FHIR's HumanName without its parent, given as a list ------------------

@pytest.mark.parametrize("seed", range(6))
def test_given_as_a_list_beside_family_is_a_name(seed: int) -> None:
    rng = random.Random(seed)
    (first, last), (second, _other) = _people(rng, 2)
    given = [first, second][:rng.choice([1, 2])]
    record = {"resourceType": "Patient", "id": f"p-{rng.randrange(100, 999)}", "given": given, "family": last,
              "meta": {"versionId": "3"}}
    text = json.dumps(record, indent=rng.choice([None, 2]))
    out = _redacted(text)
    json.loads(out)  # still JSON: each list item masked in its own string
    _assert_gone(out, *given, last)
    assert '"versionId": "3"' in out


@pytest.mark.parametrize("seed", range(3))
def test_yaml_given_list_beside_family_is_a_name(seed: int) -> None:
    rng = random.Random(seed)
    (first, last), = _people(rng, 1)
    text = f"resource:\n  kind: Patient\n  given:\n    - {first}\n  family: {last}\n  status: active\n"
    out = _redacted(text)
    _assert_gone(out, first, last)
    assert "status: active" in out


@pytest.mark.parametrize("text", ['{"product": {"family": "SMETS2", "given": "x"}}', '{"first": 1, "last": 20, "items": []}',
                                  '{"family": "EDMI", "given": ["true"]}'])
def test_a_products_family_or_a_pages_range_is_kept(text: str) -> None:
    assert _redacted(text) == text


# -- a forename and a surname as two quoted items of a list, however printed -----------------------------------------

@pytest.mark.parametrize("seed", range(6))
def test_two_quoted_list_items_over_lines_or_surname_first_are_a_name(seed: int) -> None:
    rng = random.Random(seed)
    (first, last), = _people(rng, 1)
    q = rng.choice(['"', "'"])
    pair = rng.choice([(first, last), (last, first)])
    text = rng.choice(['"args": [\n  {q}{a}{q},\n  {q}{b}{q}\n]', "job.args = [{q}{a}{q}, {q}{b}{q}]",
                       "data: [{q}{a}{q},\r\n    {q}{b}{q}]"]).format(q=q, a=pair[0], b=pair[1])
    _assert_gone(_redacted(text), first, last)


@pytest.mark.parametrize("text", ['["Green", "Mark"]', '["Status", "Pending"]', '"tags": [\n  "Bill",\n  "Payment"\n]'])
def test_two_quoted_words_are_kept(text: str) -> None:
    assert _redacted(text) == text


# -- bound values printed over lines or in single quotes ----------------------------------------------------------

@pytest.mark.parametrize("q", ['"', "'"])
def test_a_bind_list_printed_over_lines_is_read_by_its_columns(q: str) -> None:
    text = ('Executing (default): INSERT INTO "customers" ("surname","mprn","status") VALUES ($1,$2,$3);\n'
            f"  bind: [\n  {q}Mensah{q},\n  {q}1234567890{q},\n  {q}ACTIVE{q}\n]")
    out = _redacted(text)
    _assert_gone(out, "Mensah", "1234567890")
    assert "ACTIVE" in out


def test_doctrine_params_in_single_quotes_are_read_by_their_placeholder() -> None:
    text = "SELECT * FROM customer c WHERE c.surname = ? AND c.status = ? {'params': {'1': 'Mensah', '2': 'OPEN'}}"
    out = _redacted(text)
    _assert_gone(out, "Mensah")
    assert "'OPEN'" in out


# -- headerless extracts: accounts beside names alone, rows that open with a number of their own -------------------

@pytest.mark.parametrize("seed", range(4))
def test_an_account_column_beside_names_only_is_masked(seed: int) -> None:
    rng = random.Random(seed)
    rows = [(str(rng.randrange(10**10, 10**12)), f, s) for f, s in _people(rng, 3)]
    out = _redacted("\n".join(",".join(r) for r in rows))
    _assert_gone(out, *(cell for row in rows for cell in row))


@pytest.mark.parametrize("seed", range(4))
def test_names_after_a_row_number_with_no_header_are_masked(seed: int) -> None:
    rng = random.Random(seed)
    rows = [(str(i), f, s, rng.choice(["open", "closed"])) for i, (f, s) in enumerate(_people(rng, 3), start=1)]
    out = _redacted("\n".join(",".join(r) for r in rows))
    _assert_gone(out, *(w for _n, f, s, _st in rows for w in (f, s)))


@pytest.mark.parametrize("header", ["id,first,surname", "ref,forename,last", "n,given,lastname"])
def test_a_bare_half_beside_the_other_half_named_plainly_is_a_name(header: str) -> None:
    rng = random.Random(header)
    people = _people(rng, 3)
    out = _redacted(header + "\n" + "\n".join(f"{i},{f},{s}" for i, (f, s) in enumerate(people, start=1)))
    _assert_gone(out, *(w for p in people for w in p))
    assert out.startswith(header)


def test_a_runs_first_and_last_steps_are_kept() -> None:
    text = "step,first,last,result\n1,3,7,pass\n2,8,9,fail\n3,10,12,pass"
    assert _redacted(text) == text


@pytest.mark.parametrize("seed", range(3))
def test_a_column_of_an_initial_then_a_surname_is_names(seed: int) -> None:
    rng = random.Random(seed)
    names = [f"{rng.choice('KHGJ')} {s}" for s in rng.sample(["Siddiqui", "Bird", "Marsh", "Owusu", "Mensah"], 3)]
    text = "\n".join(f"2026-01-1{i},{rng.randrange(10, 200)}.00,{n},ok" for i, n in enumerate(names, start=6))
    out = _redacted(text)
    _assert_gone(out, *(n.split()[1] for n in names))


def test_a_markdown_header_over_its_rule_is_kept_and_its_cells_masked() -> None:
    out = _redacted("| forename | last |\n|---|---|\n| Kofi | Mensah |")
    assert out.startswith("| forename | last |")
    _assert_gone(out, "Kofi", "Mensah")


# -- streets after more cues, in capitals, joined the Welsh way with 'r, and Celtic after a booking ------------------

@pytest.mark.parametrize("text", ["visit booked for: Bramble Close", "visit booked in for Bramble Close",
                                  "visit rebooked to Bramble Close", "engineer attended Bramble Close today",
                                  "engineer went round to Bramble Close", "engineer went to BRAMBLE CLOSE",
                                  "visit booked for Chy an Gweal", "lives at Glan'r Afon"])
def test_a_street_after_a_visits_cue_is_masked(text: str) -> None:
    out = _redacted(text)
    _assert_gone(out, *(w for w in text.split()[-2:] if len(w) > 3 and w[0].isupper() and w not in ("Afon",)),
                 *([w for w in ("Gweal", "Afon") if w in text]))


@pytest.mark.parametrize("text", ["Site: 12 GLAN YR AFON, CARDIFF", "addr 14 NORTHMOOR, LEEDS", "12 Glan'r Afon, Cardiff",
                                  "Supply at 3 WESTBROOK, HALIFAX HX1 2AB"])
def test_a_numbered_street_in_capitals_or_joined_with_r_is_masked(text: str) -> None:
    out = _redacted(text)
    _assert_gone(out, *(w for w in ("GLAN", "AFON", "NORTHMOOR", "Glan", "Afon", "WESTBROOK") if w in text))


@pytest.mark.parametrize("text", ["ticket MOVED TO READY LANE", "we attended Google Drive training",
                                  "ERROR 502 BAD GATEWAY", "GOT 3 OVERHEAD", "attended Team Meeting Room"])
def test_a_workflows_or_a_products_place_is_kept(text: str) -> None:
    assert _redacted(text) == text


# -- round 51's text (helper-103): identifiers known only by position, a sibling or a short key ---------------------

def _mpan(rng: random.Random) -> str:
    from attest.redaction.mpan import mpan_check_digit

    body = f"{rng.randint(10, 23)}{rng.randrange(10**10):010d}"
    return body + str(mpan_check_digit(body))


def _account(rng: random.Random) -> str:
    return rng.choice(["A{}", "CA-{}", "AC{}"]).format(rng.randrange(10**7, 10**9))


@pytest.mark.parametrize("seed", range(6))
def test_an_account_as_the_argument_after_a_supplys_is_masked(seed: int) -> None:
    rng = random.Random(seed)
    mpan, account = _mpan(rng), _account(rng)
    text = rng.choice(['args: ["{m}", "{a}", "62021.1"] state=completed',
                       "9 9 * * 1-5 /opt/bin/replay.sh {m} {a} --case TC_494 >> /var/log/replay.log 2>&1",
                       "        args:\n        - --flow\n        - D0150\n        - {m}\n        - {a}\n",
                       "perform_async('{m}', '{a}')"]).format(m=mpan, a=account)
    out = _redacted(text)
    _assert_gone(out, mpan, account)
    assert "TC_494" in out or "TC_494" not in text


@pytest.mark.parametrize("text", ["mprn 1234567 PBI12345678 on the gas rig", "replay.sh 1200023305967 JOB0012345 --dry",
                                  '["1200023305967", "D0358001", "947"]', "1200023305967 INC0012345 --case TC-1"])
def test_a_reference_after_a_supplys_is_kept(text: str) -> None:
    out = _redacted(text)
    for word in ("PBI12345678", "JOB0012345", "D0358001", "INC0012345"):
        assert word in out or word not in text, out


@pytest.mark.parametrize("seed", range(3))
def test_a_flows_records_with_no_header_are_read_by_their_columns(seed: int) -> None:
    rng = random.Random(seed)
    rows, secrets = [], []
    for f, s in _people(rng, 4):
        mprn, account = str(rng.randrange(10**7, 10**10)), rng.choice([_account(rng), str(rng.randrange(10**7, 10**9))])
        rows.append(f"ZHV|{mprn}|{account}|{s.upper()}|{f}|E6S{rng.randrange(10**9, 10**10)}|{rng.randrange(10**4, 10**5)}.3|"
                    f"22/12/2026|A")
        secrets += [mprn, account, s.upper(), f]
    out = _redacted("\n".join(rows) + "\nZPT|4|END\n")
    _assert_gone(out, *secrets)
    assert "ZPT|4|END" in out and "22/12/2026" in out


@pytest.mark.parametrize("seed", range(3))
def test_an_array_of_records_under_short_keys_is_read_as_columns(seed: int) -> None:
    rng = random.Random(seed)
    records, secrets = [], []
    for f, s in _people(rng, 3):
        mprn = str(rng.randrange(10**8, 10**10))
        records.append({"id": f"doc-{rng.randrange(1000)}", "pk": _mpan(rng), "fn": f, "ln": s, "mr": mprn,
                        "st": "ACTIVE", "_ts": rng.randrange(1_700_000_000, 1_800_000_000)})
        secrets += [f, s, mprn]
    out = _redacted(json.dumps(records, indent=1))
    json.loads(out)
    _assert_gone(out, *secrets)
    assert '"ACTIVE"' in out and all(str(r["_ts"]) in out for r in records)


def test_a_fhir_identifiers_system_names_its_value() -> None:
    text = ('{"identifier": [{"system": "urn:energy:mprn", "value": "739662351"}, {"system": "urn:energy:account", '
            '"value": "CA-73914945"}, {"system": "https://hl7.org/fhir/sid/version", "value": "4.0.1"}]}')
    out = _redacted(text)
    _assert_gone(out, "739662351", "CA-73914945")
    assert "4.0.1" in out


def test_a_tags_naming_attribute_names_its_value_attribute_and_a_names_halves_are_attributes() -> None:
    text = ('<beans>\n<bean id="c"><property name="mprn" value="3769313241"/><property name="status" value="ACTIVE"/>'
            '</bean>\n<bean id="h" p:given="Demelza" p:family="Nancarrow" p:status="OPEN"/>\n'
            '<add key="Postcode" value="LS6 2QF"/><add key="Timeout" value="30"/>\n</beans>')
    out = _redacted(text)
    _assert_gone(out, "3769313241", "Demelza", "Nancarrow", "LS6 2QF")
    assert 'value="ACTIVE"' in out and 'value="30"' in out and 'p:status="OPEN"' in out


@pytest.mark.parametrize("text,secret", [("Request URI = /customers/A84224581/address", "A84224581"),
                                         ("callback?client-ref=A7418765502&status=delivered", "A7418765502"),
                                         ("msisdn=447781459090&to=OctoEnergy&status=delivered", "447781459090")])
def test_an_account_in_a_path_or_a_clients_reference_and_an_sms_number_are_masked(text: str, secret: str) -> None:
    assert secret not in _redacted(text)


@pytest.mark.parametrize("text", ["GET /api/customers/12345/reads", "client version 2.1.35 ok", "client-ref=TC-1234"])
def test_a_paths_small_id_and_a_clients_version_are_kept(text: str) -> None:
    assert _redacted(text) == text


def test_a_name_typed_in_small_letters_leaves_its_words_elsewhere() -> None:
    out = _redacted("- spoke to mark baker re the D0131 issue, he says mark the step as failed\n"
                    "- james wood from field team to attend, the wood panel is loose\n")
    _assert_gone(out, "mark baker", "james wood")
    assert "mark the step" in out and "the wood panel" in out


def test_a_serial_ending_a_line_leaves_the_next_lines_date() -> None:
    out = _redacted("READ GIVEN 95881.9 METER K11EM86578\n01/05/2026 11:02  OUTBOUND CALL\n")
    assert "K11EM86578" not in out and "01/05/2026 11:02" in out


def test_a_tools_name_with_meter_in_it_is_no_label() -> None:
    text = "ExecStart=/usr/local/bin/meter-sim --fw 2.1.35.9825 --flow D0205"
    assert _redacted(text) == text


@pytest.mark.parametrize("seed", range(3))
def test_a_terminals_command_then_its_json_is_read_as_records(seed: int) -> None:
    rng = random.Random(seed)
    records, secrets = [], []
    for f, s in _people(rng, 3):
        mprn = str(rng.randrange(10**8, 10**10))
        records.append({"PartitionKey": mprn, "RowKey": f"G4K{rng.randrange(10**9, 10**10)}", "Forename": f,
                        "Surname": s, "Timestamp": "2026-04-16T11:25:54Z"})
        secrets += [mprn, f, s]
    text = "$ az storage entity query --table-name MeterPoints -o json\n" + json.dumps({"items": records}, indent=2)
    out = _redacted(text)
    _assert_gone(out, *secrets)
    assert "2026-04-16T11:25:54Z" in out and out.startswith("$ az storage entity query")


@pytest.mark.parametrize("joined,words", [("david.chaudhry", ("david", "chaudhry")), ("mark_baker", ("mark_baker",)),
                                          ("siobhán_fisher", ("siobhán",)), ("morwenna.hughes", ("morwenna", "hughes"))])
def test_a_name_joined_into_a_username_or_a_data_sets_key_is_masked(joined: str, words: tuple[str, ...]) -> None:
    out = _redacted(f'0014350,MHHS SIT,{joined},"D0131 rejected",assigned\n'
                    f'1) MeterMatchTest::testMatches with data set "{joined}" (\'TR1 4AA\')\n')
    _assert_gone(out, *words)


def test_a_codes_dotted_and_joined_words_are_kept() -> None:
    text = "grace.period.days=3 os.path self.name will_retry max_length user.name mark.complete file_name data_set"
    assert _redacted(text) == text


@pytest.mark.parametrize("line,secret", [("07/09/2026 10:01 user svc_migr01  Forename: '' -> 'Paul'", "Paul"),
                                         ("user agent47  Surname: \"\" → \"Okafor\"", "Okafor"),
                                         ("Forename: 'Priya' => ''", "Priya")])
def test_both_values_of_a_change_logs_line_are_masked(line: str, secret: str) -> None:
    assert secret not in _redacted(line)


@pytest.mark.parametrize("line", ["status: OPEN -> CLOSED", "Timeout: 30 -> 60", "state: 'queued' -> 'sent'"])
def test_a_change_of_no_identifier_is_kept(line: str) -> None:
    assert _redacted(line) == line


@pytest.mark.parametrize("seed", range(3))
def test_a_calls_keyword_arguments_after_a_label_are_read(seed: int) -> None:
    rng = random.Random(seed)
    (first, last), = _people(rng, 1)
    out = _redacted(f"Trying example: test_roundtrip_customer(first_name='{first}', last_name='{last}', flow='D0010')")
    _assert_gone(out, first, last)
    assert "flow='D0010'" in out


@pytest.mark.parametrize("cue", ["LETTER SENT TO", "PASSED TO", "ESCALATED TO", "CALLED"])
def test_a_name_in_capitals_after_a_cue_word_in_capitals_is_masked(cue: str) -> None:
    out = _redacted(f"14:02 {cue} PETER COOK - 12 HIGH STREET\n14:09 {cue} PRIYA SHAH RE METER\n")
    _assert_gone(out, "PETER", "COOK", "PRIYA", "SHAH")


# -- round 51's screens (helper-105), as text too: a name beside its mailbox, a form's "+", "Acc" and its letters ------

@pytest.mark.parametrize("name,address", [("Jill Gill", "jill.gill@example.org"), ("Lily Illsley", "lily_illsley@example.org"),
                                          ("Will Mills", "will.mills@example.org")])
def test_a_name_beside_its_mailbox_is_masked(name: str, address: str) -> None:
    out = _redacted(f"{name}\nDomestic · Credit · Depot: Wrexham\n{address}\n01632 960348\n")
    _assert_gone(out, *name.split())
    assert "Domestic · Credit" in out


def test_a_teams_mailbox_names_no_one() -> None:
    out = _redacted("Support Team\nsupport.team@example.org\nService Desk <service.desk@example.org>\n")
    assert "Support Team" in out and "Service Desk" in out


@pytest.mark.parametrize("text,secret", [("name=Harpreet+Wisniewska&x=1", "Wisniewska"),
                                         ("name=Ilyas+MacLeod&postcode=CF24%203AA", "MacLeod"),
                                         ("Acc AC10244798 MPRN 710617623", "AC10244798")])
def test_a_forms_value_at_the_texts_start_and_an_accounts_letters_are_masked(text: str, secret: str) -> None:
    assert secret not in _redacted(text)


@pytest.mark.parametrize("text", ["job at 218 Mount Pleasant, Luton", "4 The Paddocks LN1 3AB"])
def test_a_street_with_no_type_word_is_masked(text: str) -> None:
    out = _redacted(text)
    _assert_gone(out, *(w for w in ("Mount", "Pleasant", "Paddocks") if w in text))


# -- stop 51's review (helper-106) ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,secret", [("replay.sh 2308522167940 a76740602 --case TC_494", "a76740602"),
                                         ("replay.sh 2308522167940 CA_47628660 --case TC_494", "CA_47628660"),
                                         ("replay.sh A76740602 2308522167940 --case TC_494", "A76740602"),
                                         ('["CA-47628660", "2308522167940"]', "CA-47628660")])
def test_an_account_beside_a_supplys_number_in_other_forms_is_masked(text: str, secret: str) -> None:
    assert secret not in _redacted(text)


def test_a_tables_reference_column_beside_a_supplys_is_kept() -> None:
    out = _redacted("| CRN26810979 | W24Z238038 | 1200023305967 | 2026-06-19 |\n"
                    "| CRN35196768 | Y04Z644305 | 1951300971768 | 2026-06-10 |\n")
    assert "CRN26810979" in out and "CRN35196768" in out and "1200023305967" not in out


@pytest.mark.parametrize("text", ["meter-id SM64110595", "meter-no SM64110595", "meter-serial-no SM64110595",
                                  '{"meter":"multical21","serial_label":"G4K613 63B221"}'])
def test_a_meters_label_joined_to_a_fields_word_is_still_a_label(text: str) -> None:
    out = _redacted(text)
    assert "SM64110595" not in out and "63B221" not in out, out


@pytest.mark.parametrize("text", ["Name: Build -> Deploy", "Name: Retry Policy -> Backoff", "client_id=1234567890",
                                  "client code 20240601", "client ref: INV-2024-000123", "/customers/PRJ-123456/tickets",
                                  "replay.sh 1200023305967 SR1234567 --x", "x = mark_long(3)",
                                  "mark long running jobs\nmark.long@example.org", "slug grace-period and mark-complete"])
def test_what_the_review_found_over_masked_is_kept(text: str) -> None:
    out = _redacted(text)
    for word in ("Deploy", "Backoff", "1234567890", "20240601", "INV-2024-000123", "PRJ-123456", "SR1234567", "mark_long",
                 "mark long running", "grace-period"):
        assert word in out or word not in text, out


def test_a_two_column_markdown_table_of_a_label_and_its_value_is_masked() -> None:
    out = _redacted("| Name | Mensah |\n|---|---|\n| MPRN | 1234567890 |")
    _assert_gone(out, "Mensah", "1234567890")


@pytest.mark.parametrize("seed", range(2))
def test_json_lines_and_a_terminals_json_with_lines_after_it_are_read_as_records(seed: int) -> None:
    rng = random.Random(seed)
    records, secrets = [], []
    for f, s in _people(rng, 3):
        mprn = str(rng.randrange(10**8, 10**10))
        records.append({"fn": f, "ln": s, "mr": mprn, "pk": _mpan(rng)})
        secrets += [f, s, mprn]
    for text in ("\n".join(json.dumps(r) for r in records),
                 "$ az x -o json\n  [\n" + ",\n".join(json.dumps(r) for r in records) + "\n  ]\n$ \nCommand ran in 1.2s"):
        _assert_gone(_redacted(text), *secrets)


@pytest.mark.parametrize("token", ["David.Chaudhry", "DAVID_CHAUDHRY", "chaudhry.david"])
def test_a_joined_name_in_other_cases_and_orders_is_masked(token: str) -> None:
    out = _redacted(f"reporter: {token} raised it")
    assert "haudhry" not in out.lower() and "raised it" in out



def test_a_json_lines_hosts_address_or_a_version_is_no_supplys_number() -> None:
    records = [{"@timestamp": f"2024-05-0{i}T17:46:40Z", "message": "Processed 128 records", "host.ip": f"10.187.95.{70 + i}",
                "fw": f"4.8.{50 + i}.3732", "mpan": _mpan(random.Random(i))} for i in range(1, 5)]
    out = _redacted("\n".join(json.dumps(r) for r in records))
    assert all(r["host.ip"] in out and r["fw"] in out for r in records), out


@pytest.mark.parametrize("text", ["SELECT * FROM c WHERE c.surname = ? {'sql': 'SELECT ...', 'params': {'1': 'Mensah'}}",
                                  "UPDATE c SET surname = $1 {\"params\": {\"1\": \"Mensah\"}}"])
def test_a_statements_placeholder_and_its_context_stay_when_the_bound_name_is_masked(text: str) -> None:
    out = _redacted(text)
    assert "Mensah" not in out and ("= ? {'sql'" in out or "= $1 {" in out), out
