"""Round 56's .docx alterations (helper-123): a chart's number stored in scientific notation and drawn whole by its
series' number format ("5.7461370E7" under "00000000" shows 57461370, "1.614960555E9" under "0000 000 0000" shows
0161 496 0555), beside its category's name as the data label shows it."""

from __future__ import annotations

import random

import pytest

from attest.redaction.mpan import make_mpan
from attest.redaction.scan import scan_bytes
from test_docx_scan_held_out_61 import _document
from test_docx_scan_held_out_69 import _rewritten


def _chart(category: str, stored: str, code: str) -> bytes:
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><c:chartSpace '
            'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:barChart>'
            '<c:ser><c:idx val="0"/><c:tx><c:v>Evidence</c:v></c:tx><c:cat><c:strLit><c:ptCount val="1"/>'
            f'<c:pt idx="0"><c:v>{category}</c:v></c:pt></c:strLit></c:cat><c:val><c:numLit>'
            f'<c:formatCode>{code}</c:formatCode><c:ptCount val="1"/><c:pt idx="0"><c:v>{stored}</c:v></c:pt>'
            '</c:numLit></c:val></c:ser></c:barChart></c:plotArea></c:chart></c:chartSpace>').encode()


def _scientific(digits: str) -> str:
    significant = digits.lstrip("0") or "0"
    return f"{significant[0]}.{significant[1:] or '0'}E{len(significant) - 1}"


def _pack(chart: bytes) -> bytes:
    return _rewritten(_document(["Consumption chart below."]), "word/document.xml", lambda xml: xml,
                      {"word/charts/chart1.xml": chart})


@pytest.mark.parametrize("seed", range(4))
def test_a_charts_number_in_scientific_notation_is_read_as_shown(seed: int) -> None:
    rng = random.Random(seed)
    mprn = f"{rng.randrange(10**7, 10**8)}"
    phone = f"0161496{rng.randrange(1000, 9999)}"
    account = f"{rng.randrange(10**7, 10**8)}"
    mpan = make_mpan(rng.randint(10, 23), f"{rng.randrange(10**10):010d}")
    for category, digits, code, kind in (("Gas MPRN", mprn, "00000000", "MPRN"), ("Contact phone", phone, "0000 000 0000", "PHONE"),
                                         ("Account number", account, "00000000", "ACCOUNT"), ("MPAN", mpan, "0", "MPAN")):
        found = scan_bytes(_pack(_chart(category, _scientific(digits), code)), "pack.docx")
        assert any(f.kind == kind for f in found), (category, digits, found)


@pytest.mark.parametrize("stored", ["1.25E3", "4.2E1", "2.026E3", "3.14159E0", "1.0E5"])
def test_a_charts_ordinary_figures_stay_clean(stored: str) -> None:
    assert not scan_bytes(_pack(_chart("Readings (kWh)", stored, "General")), "pack.docx")
    assert not scan_bytes(_pack(_chart("Steps passed", stored, "0")), "pack.docx")
