"""Whatever a user feeds the importers, the answer is cases or a clear InputError, never a crash."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from attest.core.errors import InputError
from attest.core.importers import FORMATS, parse_file
from attest.core.workspace import Workspace

ADO_HEADER = "ID,Work Item Type,Title,Test Step,Step Action,Step Expected\n"
YAML_CHUNKS = st.sampled_from([
    "attest: 1\n", "cases:\n", "case:\n", "  - reference: TC_1\n", "    title: t\n", "    steps:\n",
    "      - action: a\n", "        expected: e\n", "      - x\n", "Steps:\n", "  STEP:\n", "    event:\n",
    "      type: wait\n", "  - id: S1\n", "    action:\n", "      type: discovery\n", "    checks: [1, 2]\n",
    "Description: d\n", "Preconditions: [a]\n", ": :\n", "- [\n", "\t", "key: {a: b}\n", "&a x\n", "*a\n",
    "    attributes: {due: 2024-01-01, n: 012, b: !!binary aGk=, s: !!set {a}}\n",
    "        payload: {date: 2024-04-01, when: 2024-04-01T10:00:00Z}\n", "    title: 2024-01-01\n",
    "  - reference: 007\n", "      - action: yes\n",
])
CSV_CELLS = st.sampled_from(["", "1", "Test Case", "Bug", "TC_1 Title", "do", "done", '"multi\nline"', '"open',
                             "<DIV>x</DIV>", ";", "\t"])


def _parse(data: bytes, suffix: str, fmt: str | None) -> None:
    """Parse, and store what parses: a crash in either is a bug, an InputError naming the file is fine."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{suffix}"
        path.write_bytes(data)
        try:
            parsed = parse_file(path, fmt)
            assert parsed.cases and all(c.steps for c in parsed.cases)
            with Workspace.open(Path(tmp) / "ws") as ws:
                ws.cases.save_all(parsed.cases)
        except InputError as error:
            assert str(path) in str(error)  # the message always names the file


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(YAML_CHUNKS, max_size=14), st.sampled_from([None, "attest", "cactus"]))
def test_yaml_like_input(chunks: list[str], fmt: str | None) -> None:
    _parse("".join(chunks).encode(), ".yaml", fmt)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(CSV_CELLS, min_size=1, max_size=8), max_size=8))
def test_csv_like_input(rows: list[list[str]]) -> None:
    _parse((ADO_HEADER + "\n".join(",".join(r) for r in rows)).encode(), ".csv", None)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=300), st.sampled_from([None, *FORMATS]))
def test_arbitrary_bytes(data: bytes, fmt: str | None) -> None:
    _parse(data, ".bin", fmt)


@pytest.mark.parametrize("size", [10, 200, 2000])
def test_truncated_workbooks(examples: Path, tmp_path: Path, size: int) -> None:
    path = tmp_path / "cut.xlsx"
    path.write_bytes((examples / "alm_design_steps.xlsx").read_bytes()[:size])
    with pytest.raises(InputError, match="cut.xlsx"):
        parse_file(path)
