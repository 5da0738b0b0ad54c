"""Word's OLE "Package" object, written by hand: a file embedded so that a double click opens it.

No maintained Python library writes Compound File Binary (olefile reads it and can only overwrite
streams in place), so this module writes the small subset Word needs, per [MS-CFB] and [MS-OLEDS]:
a version 3 compound file (512-byte sectors, 64-byte mini sectors) whose root storage carries the
Packager class id and three streams:

- ``\\x01Ole10Native``: the file itself with its name (what Word hands to the opening program);
- ``\\x01CompObj``: the class description ("OLE Package", ProgID "Package");
- ``\\x03ObjInfo``: object flags (embedded, shown as an icon).

Tests read the result back with olefile and check the stream holds the exact bytes given.
"""

from __future__ import annotations

import math
import struct

SECTOR = 512
MINI_SECTOR = 64
MINI_CUTOFF = 4096
FREESECT, ENDOFCHAIN, FATSECT, DIFSECT = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFC
NOSTREAM = 0xFFFFFFFF
HEADER_DIFAT = 109  # FAT sector numbers the header itself holds
PER_SECTOR = SECTOR // 4

# {0003000C-0000-0000-C000-000000000046}, the Packager, in the mixed-endian form CLSIDs are stored in
PACKAGE_CLSID = bytes.fromhex("0c00030000000000c000000000000046")
# ODTPersist1 flags 0, clipboard format 3 (metafile), then the "shown as icon" flags Word writes
OBJ_INFO = bytes([0x00, 0x00, 0x03, 0x00, 0x0D, 0x00])


def ole10_native(name: str, data: bytes) -> bytes:
    """The ``\\x01Ole10Native`` stream: the embedded file's name, a path, and its bytes."""
    label = _ansi(name)
    path = _ansi("C:\\" + name)
    body = (
        struct.pack("<H", 2) + label + b"\x00" + path + b"\x00"
        + struct.pack("<I", 0x00030000) + struct.pack("<I", len(path) + 1) + path + b"\x00"
        + struct.pack("<I", len(data)) + data
        # Unicode forms of the temp path, label and original path: Word shows non-ASCII names from these
        + _unicode("C:\\" + name) + _unicode(name) + _unicode("C:\\" + name)
    )
    return struct.pack("<I", len(body)) + body


def comp_obj() -> bytes:
    """The ``\\x01CompObj`` stream describing a Packager object."""
    return (
        struct.pack("<IIi", 0xFFFE0001, 0x00000A03, -1) + PACKAGE_CLSID
        + _length_prefixed(b"OLE Package") + struct.pack("<I", 0)  # user type; no clipboard format
        + _length_prefixed(b"Package")  # the ProgID
        + struct.pack("<I", 0x71B239F4) + struct.pack("<III", 0, 0, 0)  # Unicode marker, empty Unicode forms
    )


def package_object(name: str, data: bytes) -> bytes:
    """A complete ``oleObject.bin``: the compound file holding ``data`` as the file ``name``."""
    return compound_file({"\x01Ole10Native": ole10_native(name, data), "\x01CompObj": comp_obj(),
                          "\x03ObjInfo": OBJ_INFO}, root_clsid=PACKAGE_CLSID)


# -- the compound file -------------------------------------------------------------------------------

def compound_file(streams: dict[str, bytes], *, root_clsid: bytes = bytes(16)) -> bytes:
    """A version 3 compound file with ``streams`` directly under the root storage."""
    names = sorted(streams, key=lambda n: (len(n), n.upper()))  # the order [MS-CFB] compares names in
    mini = bytearray()
    mini_fat: list[int] = []
    starts: dict[str, int] = {}
    big = [n for n in names if len(streams[n]) >= MINI_CUTOFF]
    for name in names:
        data = streams[name]
        if len(data) >= MINI_CUTOFF:
            continue
        count = max(1, math.ceil(len(data) / MINI_SECTOR)) if data else 0
        if count == 0:
            starts[name] = ENDOFCHAIN
            continue
        first = len(mini_fat)
        starts[name] = first
        mini_fat.extend(range(first + 1, first + count))
        mini_fat.append(ENDOFCHAIN)
        mini += data + bytes(count * MINI_SECTOR - len(data))

    # sector counts of everything but the FAT, then the FAT (and DIFAT) that must map them too
    entries = 1 + len(names)
    dir_sectors = math.ceil(entries * 128 / SECTOR)
    minifat_sectors = math.ceil(len(mini_fat) * 4 / SECTOR)
    ministream_sectors = math.ceil(len(mini) / SECTOR)
    big_sectors = {n: math.ceil(len(streams[n]) / SECTOR) for n in big}
    content = dir_sectors + minifat_sectors + ministream_sectors + sum(big_sectors.values())
    fat_sectors = difat_sectors = 0
    while True:
        need_fat = math.ceil((content + fat_sectors + difat_sectors) / PER_SECTOR)
        need_difat = max(0, math.ceil((need_fat - HEADER_DIFAT) / (PER_SECTOR - 1)))
        if (need_fat, need_difat) == (fat_sectors, difat_sectors):
            break
        fat_sectors, difat_sectors = need_fat, need_difat

    fat = [FREESECT] * (fat_sectors * PER_SECTOR)
    cursor = 0

    def chain(count: int, mark: int | None = None) -> int:
        """Claim ``count`` consecutive sectors; chain them (or mark each); return the first."""
        nonlocal cursor
        first = cursor
        for i in range(count):
            fat[cursor + i] = mark if mark is not None else (cursor + i + 1 if i < count - 1 else ENDOFCHAIN)
        cursor += count
        return first if count else ENDOFCHAIN

    fat_first = chain(fat_sectors, FATSECT)
    difat_first = chain(difat_sectors, DIFSECT)
    dir_first = chain(dir_sectors)
    minifat_first = chain(minifat_sectors)
    ministream_first = chain(ministream_sectors)
    for name in big:
        starts[name] = chain(big_sectors[name])

    fat_locations = list(range(fat_first, fat_first + fat_sectors))
    header = _header(fat_sectors, dir_first, minifat_first if minifat_sectors else ENDOFCHAIN, minifat_sectors,
                     difat_first if difat_sectors else ENDOFCHAIN, difat_sectors, fat_locations[:HEADER_DIFAT])

    body = bytearray()
    body += _pad(b"".join(struct.pack("<I", v) for v in fat))
    body += _difat(fat_locations[HEADER_DIFAT:], difat_first, difat_sectors)
    body += _pad(_directory(names, streams, starts, root_clsid, ministream_first if mini else ENDOFCHAIN, len(mini)),
                 dir_sectors)
    body += _pad(b"".join(struct.pack("<I", v) for v in mini_fat), minifat_sectors)
    body += _pad(bytes(mini), ministream_sectors)
    for name in big:
        body += _pad(streams[name], big_sectors[name])
    return bytes(header) + bytes(body)


def _header(fat_sectors: int, dir_first: int, minifat_first: int, minifat_sectors: int, difat_first: int,
            difat_sectors: int, fat_locations: list[int]) -> bytes:
    head = bytearray(SECTOR)
    head[0:8] = bytes.fromhex("d0cf11e0a1b11ae1")
    struct.pack_into("<HHHHH", head, 24, 0x003E, 0x0003, 0xFFFE, 9, 6)  # versions, byte order, shifts
    struct.pack_into("<IIIIIIIII", head, 40, 0, fat_sectors, dir_first, 0, MINI_CUTOFF, minifat_first,
                     minifat_sectors, difat_first, difat_sectors)
    difat = fat_locations + [FREESECT] * (HEADER_DIFAT - len(fat_locations))
    struct.pack_into(f"<{HEADER_DIFAT}I", head, 76, *difat)
    return bytes(head)


def _difat(locations: list[int], first: int, count: int) -> bytes:
    """DIFAT sectors: 127 FAT locations each, then the next DIFAT sector (only past 109 FAT sectors)."""
    out = bytearray()
    for i in range(count):
        part = locations[i * (PER_SECTOR - 1):(i + 1) * (PER_SECTOR - 1)]
        part += [FREESECT] * (PER_SECTOR - 1 - len(part))
        nxt = first + i + 1 if i < count - 1 else ENDOFCHAIN
        out += struct.pack(f"<{PER_SECTOR}I", *part, nxt)
    return bytes(out)


def _directory(names: list[str], streams: dict[str, bytes], starts: dict[str, int], root_clsid: bytes,
               ministream_first: int, ministream_size: int) -> bytes:
    """Root entry, then the streams as a balanced tree of siblings (ids 1..n in name order)."""
    left: dict[int, int] = {}
    right: dict[int, int] = {}

    def build(lo: int, hi: int) -> int:
        if lo > hi:
            return NOSTREAM
        mid = (lo + hi) // 2
        left[mid], right[mid] = build(lo, mid - 1), build(mid + 1, hi)
        return mid

    child = build(1, len(names))
    out = _entry("Root Entry", 5, NOSTREAM, NOSTREAM, child, root_clsid, ministream_first, ministream_size)
    for i, name in enumerate(names, start=1):
        out += _entry(name, 2, left[i], right[i], NOSTREAM, bytes(16), starts[name], len(streams[name]))
    return out


def _entry(name: str, kind: int, left: int, right: int, child: int, clsid: bytes, start: int, size: int) -> bytes:
    encoded = name.encode("utf-16-le") + b"\x00\x00"
    if len(encoded) > 64:
        raise ValueError(f"compound file entry name too long: {name!r}")
    # colour 1 = black: every tree here is perfectly balanced up to its last level, which readers accept
    return (encoded.ljust(64, b"\x00") + struct.pack("<HBB", len(encoded), kind, 1)
            + struct.pack("<III", left, right, child) + clsid + struct.pack("<I", 0) + bytes(16)
            + struct.pack("<IQ", start, size))


def _pad(data: bytes, sectors: int | None = None) -> bytes:
    size = (sectors if sectors is not None else math.ceil(len(data) / SECTOR)) * SECTOR
    return data + bytes(size - len(data))


def _ansi(text: str) -> bytes:
    return text.encode("cp1252", errors="replace")


def _unicode(text: str) -> bytes:
    return struct.pack("<I", len(text)) + text.encode("utf-16-le")


def _length_prefixed(text: bytes) -> bytes:
    return struct.pack("<I", len(text) + 1) + text + b"\x00"
