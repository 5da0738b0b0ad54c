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
