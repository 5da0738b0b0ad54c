"""The one-gate tests' own leak check, independent of Attest's detectors: bytes read as Latin-1,
letters and digits only, upper case, searched for each identifier normalised the same way. Used by
the command-line and the app versions of the test alike."""

from __future__ import annotations

import re
import sqlite3
import zipfile
from pathlib import Path

MPAN, SERIAL, POSTCODE, DEVICE = "1200023305967", "s06ds123456", "RG1 2AB", "00-1B-C5-0C-00-00-12-34"
IDENTIFIERS = [MPAN, SERIAL, POSTCODE, DEVICE]


def normalised(data: bytes | str) -> str:
    text = data.decode("latin-1") if isinstance(data, bytes) else data
    return re.sub(r"[^0-9A-Za-z]", "", text).upper()


TARGETS = sorted({normalised(i) for i in IDENTIFIERS})


def leaks(data: bytes | str) -> list[str]:
    flat = normalised(data)
    return [t for t in TARGETS if t in flat]


def workspace_bytes(root: Path) -> bytes:
    """Every file of the workspace as stored (attest.db and its WAL, evidence, renditions), plus every
    row of the database as text (a row may span overflow pages)."""
    raw = b"".join(p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file())
    with sqlite3.connect(root / "attest.db") as conn:
        dump = "\n".join(conn.iterdump())
    return raw + dump.encode("utf-8")


def docx_bytes(path: Path) -> bytes:
    """Every part of a Word package, uncompressed."""
    with zipfile.ZipFile(path) as z:
        return b"".join(z.read(name) for name in z.namelist())
