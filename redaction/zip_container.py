"""The bytes of a zip package that are neither an entry nor its directory.

A reader (Word, LibreOffice, Attest's own) follows the central directory to each entry's local header and data.
Any tool can leave bytes no header points at: between two entries, after the end of the directory, or a whole
entry the directory leaves out. No reader shows them; ``strings`` on the pack does. So the scan reads them as it
reads a binary stream's text, and an entry outside the directory (a local header's signature among them) is
refused: it is a part of the package that no reader opens and the scan would otherwise not read.
"""

from __future__ import annotations

import struct
import zipfile
from typing import NamedTuple

_LOCAL = b"PK\x03\x04"
_DESCRIPTOR = b"PK\x07\x08"
_END = b"PK\x05\x06"
_END64 = b"PK\x06\x06"
_END64_LOCATOR = b"PK\x06\x07"


def _has_zip64_extra(extra: bytes) -> bool:
    """Does a local header's extra field hold zip64's record (id 1)? Its entry's descriptor then has 8-byte sizes."""
    at = 0
    while at + 4 <= len(extra):
        ident, size = struct.unpack("<HH", extra[at:at + 4])
        if ident == 1:
            return True
        at += 4 + size
    return False


class Stray(NamedTuple):
    start: int
    data: bytes

    @property
    def holds_an_entry(self) -> bool:
        return _LOCAL in self.data


def local_extra(raw: bytes, info: zipfile.ZipInfo) -> bytes:
    """The extra field of an entry's local header (zipfile keeps only the central directory's)."""
    at = info.header_offset
    header = raw[at:at + 30]
    if len(header) < 30 or header[:4] != _LOCAL:
        return b""
    name_size, extra_size = struct.unpack("<HH", header[26:30])
    return raw[at + 30 + name_size:at + 30 + name_size + extra_size]


def stray_bytes(package: zipfile.ZipFile, raw: bytes) -> list[Stray]:
    """The stretches of ``raw`` (the package's bytes) that no entry, descriptor or directory record covers, from its
    first byte (an entry the directory leaves out may stand before the first it lists) to its last."""
    covered: list[tuple[int, int]] = []
    for info in package.infolist():
        at = info.header_offset
        header = raw[at:at + 30]
        if len(header) < 30 or header[:4] != _LOCAL:
            continue
        name_size, extra_size = struct.unpack("<HH", header[26:30])
        end = at + 30 + name_size + extra_size + info.compress_size
        if info.flag_bits & 0x08:  # a data descriptor after the data: its signature is optional, zip64's sizes wider
            signed = raw[end:end + 4] == _DESCRIPTOR
            wide = _has_zip64_extra(local_extra(raw, info)) or max(info.compress_size, info.file_size) >= 0xFFFFFFFF
            end += (4 if signed else 0) + (20 if wide else 12)
        covered.append((at, end))
    end_at = raw.rfind(_END)
    if end_at < 0 or len(raw) < end_at + 22:
        return []
    size, offset, comment_size = struct.unpack("<IIH", raw[end_at + 12:end_at + 22])
    covered.append((end_at, end_at + 22 + comment_size))
    locator = end_at - 20
    if locator >= 0 and raw[locator:locator + 4] == _END64_LOCATOR:
        # zip64: the locator just before the end record says where zip64's end record is, and that where the
        # directory is (found by the locator, never by searching: a part's data may hold the signature's bytes)
        zip64 = struct.unpack("<Q", raw[locator + 8:locator + 16])[0]
        if raw[zip64:zip64 + 4] != _END64 or zip64 + 56 > locator:
            return [Stray(0, _LOCAL)]  # a zip64 directory that is not where the locator says: refused, not guessed
        size, offset = struct.unpack("<QQ", raw[zip64 + 40:zip64 + 56])
        covered.append((zip64, end_at))
    covered.append((offset, offset + size))
    strays: list[Stray] = []
    at = 0
    for start, end in sorted(covered):
        if start > at:
            strays.append(Stray(at, raw[at:start]))
        at = max(at, end)
    if at < len(raw):
        strays.append(Stray(at, raw[at:]))
    return strays
