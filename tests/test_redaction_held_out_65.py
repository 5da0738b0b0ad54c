"""Classes of leak a held-out text corpus showed at stop 41 (helper-65: draw.io and Visio files, message-bus
dumps, armoured notes, transfer logs, Sentry events), each test generating its cases.

Encodings a harness or a tool writes a value in before it reaches a log: base64 of a gzip member, of a zlib
stream or of raw deflate (a compressed draw.io diagram, whose inflated text is %-encoded XML); base32 in
either case, padded or not; Ascii85 between "<~" and "~>"; a uuencoded attachment. Keeps: words in
capitals that base32's alphabet spells, and compressed payloads holding no identifier."""

from __future__ import annotations

import base64
import binascii
import gzip
import random
import re
import urllib.parse
import zlib

import pytest

from attest.redaction import redact_text
from attest.redaction.mpan import make_mpan

NAMES = ["Morwenna Llewellyn-Bowen", "Lachlan Dunkerley", "Clementine Mountjoy", "Hamish MacLeod-Fraser"]


def _mpan(rng: random.Random) -> str:
    return make_mpan(rng.choice([12, 14, 20, 23]), f"{rng.randint(0, 10**10 - 1):010d}")


def _serial(rng: random.Random) -> str:
    return f"{rng.choice('SEFKZ')}{rng.randint(10, 24)}{rng.choice('PTUW')}{rng.randint(100000, 999999)}"


def _left(out: str, value: str, size: int = 8) -> bool:
    core = re.sub(r"[\W_]", "", value).lower()
    flat = re.sub(r"[\W_]", "", out).lower()
    return any(core[i:i + size] in flat for i in range(len(core) - size + 1))


def _raw_deflate(data: bytes) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    return packer.compress(data) + packer.flush()


COMPRESSORS = {"gzip": gzip.compress, "zlib": zlib.compress, "raw deflate": _raw_deflate}


@pytest.mark.parametrize("method", sorted(COMPRESSORS))
@pytest.mark.parametrize("seed", range(4))
def test_a_compressed_payload_in_base64_is_inflated_and_masked(method: str, seed: int) -> None:
    rng = random.Random(seed)
    mpan, serial, name = _mpan(rng), _serial(rng), rng.choice(NAMES)
    payload = f"MPAN={mpan};SERIAL={serial};NAME={name}".encode()
    blob = base64.b64encode(COMPRESSORS[method](payload)).decode()
    log = (f"2026-02-20T09:13:20.686Z DEBUG [outbound-0] payload.gz.b64={blob}\n"
           f"2026-02-20T09:13:21.001Z INFO  [outbound-0] ack DIP-f803929f records=2183 test=SIT-E2E-83123\n")
    out = redact_text(log, name="harness.log").text
    assert blob not in out and "SIT-E2E-83123" in out and "DIP-f803929f" in out
    for value in (mpan, serial):
        assert not _left(out, value)


@pytest.mark.parametrize("seed", range(4))
def test_a_compressed_drawio_diagram_is_read_through_its_three_encodings(seed: int) -> None:
    rng = random.Random(seed)
    mpan = _mpan(rng)
    model = (f'<mxGraphModel><root><mxCell id="0"/><mxCell id="2" value="Supply {mpan}" vertex="1"/>'
             '</root></mxGraphModel>')
    diagram = base64.b64encode(_raw_deflate(urllib.parse.quote(model).encode())).decode()
    page = (f'<mxfile host="app.diagrams.net"><diagram id="d{seed}" name="UIT_27_584">{diagram}</diagram>'
            '</mxfile>\n')
    out = redact_text(page, name="topology.drawio").text
    assert diagram not in out and "UIT_27_584" in out


@pytest.mark.parametrize("lower", [False, True])
@pytest.mark.parametrize("seed", range(4))
def test_base32_in_either_case_padded_or_not_is_decoded(seed: int, lower: bool) -> None:
    rng = random.Random(seed)
    for value in (_serial(rng), _mpan(rng), str(rng.randint(10**9, 10**10 - 1))):
        blob = base64.b32encode(value.encode()).decode()
        blob = blob.lower() if lower else blob
        for written in (blob, blob.rstrip("=")):
            note = f"Field encoded by the harness (b32): {written} for TC-QT-3103, checked by QA.\n"
            out = redact_text(note, name="note.txt").text
            assert written not in out and "TC-QT-3103" in out, (value, written)


@pytest.mark.parametrize("seed", range(4))
def test_ascii85_between_its_delimiters_is_decoded(seed: int) -> None:
    rng = random.Random(seed)
    for value in (_mpan(rng), "001BC5" + "".join(rng.choice("0123456789ABCDEF") for _ in range(10))):
        blob = base64.a85encode(value.encode(), adobe=True).decode()
        out = redact_text(f"  supply (a85): {blob}\n  ref: MPAN-REF-07\n", name="note.txt").text
        assert blob not in out and not _left(out, value) and "MPAN-REF-07" in out


@pytest.mark.parametrize("seed", range(4))
def test_a_uuencoded_attachment_is_decoded_and_its_lines_masked(seed: int) -> None:
    rng = random.Random(seed)
    name = rng.choice(NAMES)
    data = f"Site {rng.randint(2, 240)} Yarrowby Avenue, Heolgerrig, Edinburgh EH10 2EN\nContact {name}\n".encode()
    lines = [binascii.b2a_uu(data[i:i + 45]).decode().rstrip("\n") for i in range(0, len(data), 45)]
    attachment = "begin 644 site.txt\n" + "\n".join(lines) + "\n`\nend\n"
    out = redact_text("Attachment uuencoded below (site.txt):\n" + attachment + "Checked by QA.\n", name="note.txt").text
    assert all(line not in out for line in lines)
    assert "begin 644 site.txt\n" in out and "\n`\nend\n" in out and "Checked by QA." in out


def test_capital_words_and_compressed_payloads_without_identifiers_are_kept() -> None:
    payload = base64.b64encode(gzip.compress(b"status=OK;records=2183;build=build.2026.0221")).decode()
    note = ("EXPORTCOMPLETEDOK2 and MPANREFERENCESTORE are job names; PAYLOADVALIDATION234 passed.\n"
            f"payload.gz.b64={payload}\n")
    assert redact_text(note, name="note.txt").text == note
