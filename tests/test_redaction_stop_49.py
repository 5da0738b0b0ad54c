"""Classes found or foreseen in stop 49, fixed as classes (generated cases): the values a database log prints
apart from the statement that names their columns, in every common ORM's and driver's trace (EclipseLink,
SQLAlchemy, MyBatis, Laravel, Entity Framework, Spring's JdbcTemplate, Hibernate's extracted values)."""

from __future__ import annotations

import json
import random

import pytest

from attest.redaction.mpan import mpan_check_digit
from attest.redaction.text import redact_text

FORENAMES = ["Iolo", "Bethan", "Tomasz", "Priya", "Kofi", "Catriona", "Aled", "Siobhan", "Fatima", "Adwoa", "Chinedu"]
SURNAMES = ["Okafor", "Nowak", "Llewellyn", "McAllister", "Mensah", "Dabrowski", "Asante", "Iqbal", "Boateng"]


def _redacted(text: str) -> str:
    return redact_text(text).text


def _mpan(rng: random.Random) -> str:
    body = f"{rng.randint(10, 23)}{rng.randrange(10**10):010d}"
    return body + str(mpan_check_digit(body))


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FORENAMES)} {rng.choice(SURNAMES)}"


def _account(rng: random.Random) -> str:
    return rng.choice([f"A{rng.randrange(10**6, 10**7)}", f"CA-{rng.randrange(10**5, 10**6)}-{rng.randrange(10, 99)}",
                       f"{rng.randrange(10**7, 10**8)}"])


# -- a statement's values listed apart from it ---------------------------------------------------------------------

def _statement(rng: random.Random, mark: str) -> tuple[list[str], dict[str, str], str]:
    """An INSERT of an account, a customer's name, an MPAN and two keeps in a shuffled column order."""
    values = {"account_no": _account(rng), "customer_name": _person(rng), "mpan_core": _mpan(rng),
              "tariff_code": "E7-STD-2026", "test_ref": f"TC-{rng.randrange(1000, 9999)}"}
    columns = list(values)
    rng.shuffle(columns)
    marks = [mark.format(n=n, name=c) for n, c in enumerate(columns, start=1)]
    return columns, values, f"INSERT INTO customer ({', '.join(columns)}) VALUES ({', '.join(marks)})"


def _assert_masked(out: str, values: dict[str, str]) -> None:
    for column in ("account_no", "mpan_core"):
        assert values[column] not in out, column
    for word in values["customer_name"].split():
        assert word not in out
    assert values["tariff_code"] in out and values["test_ref"] in out


@pytest.mark.parametrize("seed", range(6))
def test_eclipselinks_bind_list_is_read_by_the_statements_columns(seed: int) -> None:
    rng = random.Random(seed)
    columns, values, sql = _statement(rng, "?")
    out = _redacted(f"[EL Fine]: sql: 2026-11-06 10:02:11.412--ClientSession(1)--{sql}\n"
                    f"\tbind => [{', '.join(values[c] for c in columns)}]\n")
    _assert_masked(out, values)


@pytest.mark.parametrize("seed", range(6))
def test_sqlalchemys_parameter_tuple_is_read_by_the_statements_columns(seed: int) -> None:
    rng = random.Random(seed)
    mark = rng.choice(["?", "%s", "%({name})s", ":{name}"])
    columns, values, sql = _statement(rng, mark)
    timing = rng.choice(["[generated in 0.00021s]", "[cached since 12.4s ago]", "[raw sql]"])
    out = _redacted(f"2026-11-06 10:02:11,412 INFO sqlalchemy.engine.Engine {sql}\n"
                    f"2026-11-06 10:02:11,413 INFO sqlalchemy.engine.Engine {timing} "
                    f"({', '.join(repr(values[c]) for c in columns)})\n")
    _assert_masked(out, values)


@pytest.mark.parametrize("seed", range(6))
def test_mybatis_parameters_are_read_by_the_statements_columns(seed: int) -> None:
    rng = random.Random(seed)
    columns, values, sql = _statement(rng, "?")
    out = _redacted(f"DEBUG c.e.m.CustomerMapper.insert - ==>  Preparing: {sql}\n"
                    f"DEBUG c.e.m.CustomerMapper.insert - ==> Parameters: "
                    f"{', '.join(values[c] + '(String)' for c in columns)}\n"
                    f"DEBUG c.e.m.CustomerMapper.insert - <==    Updates: 1\n")
    _assert_masked(out, values)


@pytest.mark.parametrize("seed", range(6))
def test_laravels_bindings_are_read_by_the_statements_columns(seed: int) -> None:
    rng = random.Random(seed)
    columns, values, sql = _statement(rng, "?")
    event = {"sql": sql, "bindings": [values[c] for c in columns], "time": 1.21}
    out = _redacted(f"[2026-11-06 10:02:11] local.DEBUG: query {json.dumps(event)}\n")
    _assert_masked(out, values)


@pytest.mark.parametrize("seed", range(6))
def test_entity_frameworks_named_parameters_before_the_statement_are_read_by_its_columns(seed: int) -> None:
    rng = random.Random(seed)
    columns, values, sql = _statement(rng, "@p{n}")
    listed = ", ".join(f"@p{n}='{values[c]}' (Size = 450)" for n, c in enumerate(columns, start=1))
    out = _redacted("info: Microsoft.EntityFrameworkCore.Database.Command[20101]\n"
                    f"      Executed DbCommand (3ms) [Parameters=[{listed}], CommandType='Text', CommandTimeout='30']\n"
                    f"      SET NOCOUNT ON;\n      {sql};\n")
    _assert_masked(out, values)


@pytest.mark.parametrize("seed", range(4))
def test_springs_parameter_values_are_read_by_the_statements_columns(seed: int) -> None:
    rng = random.Random(seed)
    account, serial = _account(rng), f"ugm{rng.randrange(10**7, 10**8)}"
    lines = ["TRACE o.s.jdbc.core.JdbcTemplate - Executing prepared SQL statement "
             "[select * from customer where meter_serial = ? and account_no = ? and status = ?]"]
    for n, value in enumerate([serial, account, "ACTIVE"], start=1):
        lines.append("TRACE o.s.jdbc.core.StatementCreatorUtils - Setting SQL statement parameter value: "
                     f"column index {n}, parameter value [{value}], value class [java.lang.String], SQL type unknown")
    out = _redacted("\n".join(lines))
    assert serial not in out and account not in out and "ACTIVE" in out


@pytest.mark.parametrize("seed", range(4))
def test_hibernates_extracted_values_are_read_by_their_columns_alias(seed: int) -> None:
    rng = random.Random(seed)
    account, name = _account(rng), _person(rng)
    text = ("DEBUG org.hibernate.SQL - select customer0_.id as id1_0_0_, customer0_.account_no as account_n2_0_0_, "
            "customer0_.customer_name as customer_3_0_0_, customer0_.status as status4_0_0_ "
            "from customer customer0_ where customer0_.id=?\n"
            "TRACE o.h.t.d.s.BasicBinder - binding parameter [1] as [BIGINT] - [42]\n"
            f"TRACE o.h.t.d.s.BasicExtractor - extracted value ([account_n2_0_0_] : [VARCHAR]) - [{account}]\n"
            f"TRACE o.h.t.d.s.BasicExtractor - extracted value ([customer_3_0_0_] : [VARCHAR]) - [{name}]\n"
            "TRACE o.h.t.d.s.BasicExtractor - extracted value ([status4_0_0_] : [VARCHAR]) - [ACTIVE]\n")
    out = _redacted(text)
    assert account not in out and all(word not in out for word in name.split()) and "[ACTIVE]" in out


def test_a_placeholder_is_not_a_cast_or_a_time() -> None:
    """``::text`` and ``10:02`` in a statement stand for no value: the list's values stay with their columns."""
    text = ("LOG: UPDATE reads SET taken_at = '10:02', note = ?::text WHERE account_no = ?\n"
            "\tbind => [ok, A2000790]\n")
    out = _redacted(text)
    assert "A2000790" not in out and "'10:02'" in out
