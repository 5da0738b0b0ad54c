"""Unredacted originals: discarded by default, or kept encrypted, never exported.

A tester may need to show an assurer what was masked (a disputed over-mask), so a workspace can keep
each item's original, encrypted with a key that lives only in the OS keyring. Without a keyring there
is nowhere safe for that key, so the setting cannot be switched on and originals are discarded.
Nothing in Attest reads these files back into evidence or a pack.
"""

from __future__ import annotations

from pathlib import Path


from attest.core.audit_events import OriginalsModeSet
from attest.core.errors import AttestError
from attest.core.evidence_store import atomic_write
from attest.core.register_store import KeyStore, KeyStoreUnavailable, keyring_secret
from attest.core.store import Store

SETTING = "originals"
DISCARD, ENCRYPTED = "discard", "encrypted"


class OriginalsError(AttestError):
    pass


class OriginalsVault:
    def __init__(self, root: Path, store: Store, workspace_id: str, keys: KeyStore) -> None:
        self.folder = Path(root) / "originals"
        self.store = store
        self.keys = keys
        self.key_name = f"originals:{workspace_id}"

    @property
    def mode(self) -> str:
        row = self.store.one("SELECT value FROM meta WHERE key = ?", (SETTING,))
        return row["value"] if row else DISCARD

    def set_mode(self, mode: str, *, by: str) -> None:
        if mode not in (DISCARD, ENCRYPTED):
            raise OriginalsError(f"'{mode}' is not a setting for originals; expected {DISCARD} or {ENCRYPTED}")
        if mode == ENCRYPTED:
            self._key(create=True)  # refuse now, not at the next capture, if there is no keyring
        with self.store.write() as tx:
            self.store.conn.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET "
                                    "value = excluded.value", (SETTING, mode))
            tx.audit(by, OriginalsModeSet(mode))

    def _key(self, *, create: bool) -> bytes:
        try:
            secret = keyring_secret(self.keys, self.key_name, create=create)
        except KeyStoreUnavailable as error:
            raise OriginalsError(f"keeping originals needs the OS keyring for their key, which is not available "
                                 f"({error}); originals are discarded") from None
        if secret is None:
            raise OriginalsError(f"the key for kept originals is missing from the OS keyring ({self.key_name})")
        return secret.encode("ascii")

    def keep(self, original: bytes, redacted_sha256: str, name: str) -> Path:
        """Encrypt and store an original beside nothing else: ``originals/<sha of its redacted form>.enc``."""
        from cryptography.fernet import Fernet

        token = Fernet(self._key(create=True)).encrypt(original)
        target = self.folder / f"{redacted_sha256}.enc"
        self.folder.mkdir(parents=True, exist_ok=True)
        atomic_write(target, token)
        return target

    def has(self, redacted_sha256: str) -> bool:
        """Whether an original is kept for this redacted file (without decrypting it or asking the keyring)."""
        return (self.folder / f"{redacted_sha256}.enc").exists()

    def read(self, redacted_sha256: str) -> bytes:
        from cryptography.fernet import Fernet

        return Fernet(self._key(create=False)).decrypt((self.folder / f"{redacted_sha256}.enc").read_bytes())
