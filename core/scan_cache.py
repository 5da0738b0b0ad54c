"""Remembered leak-scan results for evidence files, so a screenshot is OCR'd once, not per pack.

A result is valid only for the exact bytes (SHA-256), the register as it was (its encrypted file's
hash: adding an entry changes it, so the next pack looks again) and the scanner version (a better
detector must look again). It is a cache, not a record: losing it costs time, never safety, which
is why it is not in the audit log.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from attest.core.store import Store, iso


def register_fingerprint(register_file: Path) -> str:
    """Names the register's current state without revealing anything about its values."""
    try:
        return hashlib.sha256(register_file.read_bytes()).hexdigest()
    except FileNotFoundError:
        return "none"


class ScanCache:
    def __init__(self, store: Store, register_file: Path, scanner: str) -> None:
        self.store = store
        self.register_file = register_file
        self.scanner = scanner

    def key(self) -> str:
        return register_fingerprint(self.register_file)

    def get(self, sha256: str, register: str | None = None) -> list[str] | None:
        """The findings (masked lines) recorded for this file, or ``None`` if it was never scanned."""
        register = register or self.key()
        row = self.store.one("SELECT findings, mac FROM scans WHERE sha256 = ? AND register = ? AND scanner = ?",
                             (sha256, register, self.scanner))
        if row is None or row["mac"] is None or row["mac"] != self._mac(sha256, register, row["findings"]):
            return None  # never scanned, or a row not sealed with this workspace's key: look again
        return list(json.loads(row["findings"]))

    def _mac(self, sha256: str, register: str, findings: str) -> str | None:
        sealer = self.store.sealer
        return None if sealer is None else sealer.cache_mac("scans", sha256, register, self.scanner, findings)

    def put(self, sha256: str, findings: list[str], register: str | None = None) -> None:
        register = register or self.key()
        text = json.dumps(findings)
        with self.store.write() as tx:
            tx.db.execute(
                "INSERT OR REPLACE INTO scans (sha256, register, scanner, findings, scanned_at, mac)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (sha256, register, self.scanner, text, iso(tx.now()),
                 tx.cache_mac("scans", sha256, register, self.scanner, text)))
