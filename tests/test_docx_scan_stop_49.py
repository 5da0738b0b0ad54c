"""What helper-95's held-out .docx corpus (stop 49) hid from the leak scan, fixed as a class with generated cases: a
value written into a zip entry's extra field (the central directory's, the local header's, or both), which no
reader shows and any tool can fill."""

from __future__ import annotations

import io
import random
import struct
import zipfile

import pytest
from docx import Document

from attest.redaction.mpan import make_mpan
from attest.redaction.scan import scan_bytes


def _note() -> bytes:
    document = Document()
    document.add_paragraph("Evidence for TC-4471 step 3: reading accepted.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _with_extra(data: bytes, part: str, extra: bytes, local_only: bool) -> bytes:
    """The package rewritten with ``extra`` as ``part``'s extra field (in the local header alone: patched in place)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            copy = zipfile.ZipInfo(info.filename, info.date_time)
            copy.compress_type = zipfile.ZIP_DEFLATED
            if info.filename == part and not local_only:
                copy.extra = extra
            target.writestr(copy, source.read(info.filename))
    if not local_only:
        return out.getvalue()
    # a local header's extra field added after the fact: the name's length, then the extra field, then the data moved on
    raw = out.getvalue()
    with zipfile.ZipFile(io.BytesIO(raw)) as package:
        info = package.getinfo(part)
    at = info.header_offset
    name_size, extra_size = struct.unpack("<HH", raw[at + 26:at + 30])
    assert extra_size == 0
    patched = raw[:at + 26] + struct.pack("<HH", name_size, len(extra)) + raw[at + 30:at + 30 + name_size] + extra \
        + raw[at + 30 + name_size:]
    # the central directory's offsets after this entry shift by the extra field's length
    return _shift_offsets(patched, at, len(extra))


def _shift_offsets(raw: bytes, after: int, by: int) -> bytes:
    end = raw.rfind(b"PK\x05\x06")
    count, size, start = struct.unpack("<HII", raw[end + 10:end + 20])
    start += by
    central = bytearray(raw[start:start + size])
    at = 0
    for _ in range(count):
        offset = struct.unpack("<I", central[at + 42:at + 46])[0]
        if offset > after:
            central[at + 42:at + 46] = struct.pack("<I", offset + by)
        name_size, extra_size, comment_size = struct.unpack("<HHH", central[at + 28:at + 34])
        at += 46 + name_size + extra_size + comment_size
    tail = bytearray(raw[end:])
    tail[16:20] = struct.pack("<I", start)
    return raw[:start] + bytes(central) + bytes(tail)


@pytest.mark.parametrize("seed", range(6))
def test_a_value_in_a_zip_entrys_extra_field_is_flagged(seed: int) -> None:
    rng = random.Random(seed)
    value = rng.choice([f"MPAN {make_mpan(rng.choice([10, 13, 23]), f'{rng.randrange(10**10):010d}')}",
                        f"MPRN {rng.randrange(10**7, 10**10)}", "customer Siobhan McAllister, 4 Mill Lane, Leeds LS1 4AB"])
    part = rng.choice(["word/document.xml", "word/styles.xml", "[Content_Types].xml"])
    # (a well-formed record of an id no reader knows, as a tool writes its own data there)
    record = struct.pack("<HH", 0xCAFE, len(value.encode())) + value.encode()
    data = _with_extra(_note(), part, record, local_only=seed % 2 == 1)
    with zipfile.ZipFile(io.BytesIO(data)) as package:  # (still a package a reader opens)
        assert package.read("word/document.xml")
    found = scan_bytes(data, "pack.docx")
    assert found, value
    assert any("extra field" in f.place for f in found), found


def test_a_package_with_a_harmless_extra_field_is_clean() -> None:
    # Info-ZIP's extended time stamp (0x5455): flags and a time, as zip tools write one
    extra = struct.pack("<HHBI", 0x5455, 5, 1, 1764973350)
    assert scan_bytes(_with_extra(_note(), "word/document.xml", extra, local_only=False), "pack.docx") == []


def test_a_package_whose_extra_field_is_malformed_is_refused_not_passed() -> None:
    raw = _with_extra(_note(), "word/document.xml", struct.pack("<HH", 0xCAFE, 4) + b"\x00" * 4, local_only=False)
    # the record's length made to overrun its field, as a hand-edited package may have it
    at = raw.rfind(b"\xfe\xca\x04\x00")
    broken = raw[:at] + b"\xfe\xca\xff\x00" + raw[at + 4:]
    found = scan_bytes(broken, "pack.docx")
    assert found and all(f.kind == "UNSCANNABLE" for f in found), found


def test_zip64s_signature_inside_a_parts_data_does_not_hide_stray_bytes() -> None:
    """A stored part holding zip64's end-record signature must not be taken for the record (found by searching, it
    covered the stray bytes before it)."""
    document = zipfile.ZipFile(io.BytesIO(_note()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for info in document.infolist():
            target.writestr(info.filename, document.read(info.filename), zipfile.ZIP_DEFLATED)
        target.writestr("customXml/blob.bin", b"\x00" * 40 + b"PK\x06\x06" + b"\x00" * 80, zipfile.ZIP_STORED)
    raw = out.getvalue()
    # stray text put between the first entry and the second, the directory's offsets moved on past it
    with zipfile.ZipFile(io.BytesIO(raw)) as package:
        second = sorted(i.header_offset for i in package.infolist())[1]
    stray = b"Customer Kerry Grant, MPAN 1200023456709, 12 Pendle Road, LS1 4AP"
    patched = _shift_offsets(raw[:second] + stray + raw[second:], second - 1, len(stray))
    found = scan_bytes(patched, "pack.docx")
    assert any(f.kind == "MPAN" for f in found), found
