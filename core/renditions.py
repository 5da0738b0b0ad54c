"""Drawn copies of annotated screenshots, kept in the evidence store and found by a key.

A cache, not a record: the key names the stored screenshot, its annotations and the version of the
drawing code, so a stale copy is never used, and losing the table only costs drawing time. The
drawn file is written (atomically) before its row, like all evidence.
"""

from __future__ import annotations

import hashlib

from attest.core.evidence_store import EvidenceStore, sha256_bytes
from attest.core.store import Store, iso


def rendition_key(sha256: str, annotations_json: str, renderer: str) -> str:
    return hashlib.sha256(f"{sha256}\0{annotations_json}\0{renderer}".encode()).hexdigest()


class Renditions:
    def __init__(self, store: Store, evidence: EvidenceStore) -> None:
        self.store = store
        self.evidence = evidence

    def get(self, key: str) -> tuple[bytes, str] | None:
        row = self.store.one("SELECT sha256, format, mac FROM renditions WHERE key = ?", (key,))
        if row is None or row["mac"] is None or row["mac"] != self._mac(key, row["sha256"], row["format"]):
            return None  # never drawn, or a row not sealed with this workspace's key: draw it again
        try:
            data = self.evidence.get(row["sha256"])
        except FileNotFoundError:
            return None
        if sha256_bytes(data) != row["sha256"]:
            return None  # damaged: draw it again
        return data, row["format"]

    def put(self, key: str, data: bytes, fmt: str) -> None:
        sha256 = self.evidence.put(data)
        with self.store.write() as tx:
            tx.db.execute("INSERT OR REPLACE INTO renditions (key, sha256, format, created_at, mac)"
                          " VALUES (?, ?, ?, ?, ?)", (key, sha256, fmt, iso(tx.now()),
                                                       tx.cache_mac("renditions", key, sha256, fmt)))

    def _mac(self, key: str, sha256: str, fmt: str) -> str | None:
        sealer = self.store.sealer
        return None if sealer is None else sealer.cache_mac("renditions", key, sha256, fmt)
