"""The workspace's own keys: one secret that seals the audit chain (HMAC-SHA256) and signs what it
exports (Ed25519), kept where a copy of the workspace folder does not carry it.

A plain hash chain proves only that the log is internally consistent: anyone with the files can edit an
entry and recompute every hash after it. Each entry is therefore also sealed with an HMAC under a key
the files do not hold, and packs and reports are signed with a private key kept beside it.

Where the secret lives (its *home*), chosen when it is made:

* ``keyring``: the OS keyring (Windows Credential Manager, macOS Keychain, Secret Service);
* ``passphrase``: when there is no keyring and ``ATTEST_PASSPHRASE`` is set, encrypted with a key derived
  from the passphrase (scrypt, as for the register) inside the workspace's ``keys.json``;
* ``file``: when there is neither, a file only the user can read in the user's data folder, outside the
  workspace. It protects against a person holding only the workspace folder, as the keyring does, and
  says so in ``audit verify``; it never makes a script hang on a prompt.

``keys.json`` (in the workspace) lists each key *epoch*: its id (the fingerprint of its public key), its
public key and its home. A workspace moved to another computer gets a new epoch there through
``attest audit trust`` (the old key stays on the old computer); every epoch is also recorded in the log
(``audit.key``), so that a key slipped into ``keys.json`` is not believed.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from attest.core.errors import AttestError
from attest.core.evidence_store import atomic_write
from attest.core.register_store import (
    ENV_PASSPHRASE,
    KeyringKeyStore,
    KeyStore,
    KeyStoreUnavailable,
    PassphraseSource,
    passphrase_key,
)

FILE_NAME = "keys.json"
FORMAT = "attest-keys"
HOMES = ("keyring", "passphrase", "file")


class KeyUnavailable(AttestError):
    """The workspace's key cannot be had here (another computer's keyring, no passphrase...)."""


@dataclass(frozen=True)
class Secret:
    """One epoch's secret: the HMAC key sealing audit entries and the Ed25519 private key (raw)."""

    hmac_key: bytes
    signing_key: bytes

    def encode(self) -> str:
        return "v1:" + base64.b64encode(self.hmac_key).decode() + ":" + base64.b64encode(self.signing_key).decode()

    @classmethod
    def decode(cls, text: str) -> Secret:
        try:
            version, mac, sign = text.split(":")
            secret = cls(base64.b64decode(mac, validate=True), base64.b64decode(sign, validate=True))
        except (ValueError, binascii.Error):
            raise KeyUnavailable("the stored workspace key is damaged") from None
        if version != "v1" or len(secret.hmac_key) != 32 or len(secret.signing_key) != 32:
            raise KeyUnavailable("the stored workspace key is damaged")
        return secret

    @classmethod
    def generate(cls) -> Secret:
        return cls(os.urandom(32), os.urandom(32))  # any 32 bytes is an Ed25519 private key

    def public_key(self) -> bytes:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
        from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

        private = Ed25519PrivateKey.from_private_bytes(self.signing_key)
        return private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)

    def seal(self, seq: int, entry_hash: str) -> str:
        """The HMAC of one audit entry: over its number and hash, which already cover everything else."""
        return hmac.new(self.hmac_key, f"{seq}:{entry_hash}".encode(), hashlib.sha256).hexdigest()

    def sign(self, data: bytes) -> bytes:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        return Ed25519PrivateKey.from_private_bytes(self.signing_key).sign(data)


def fingerprint(public_key: bytes) -> str:
    """A key as people compare it, in OpenSSH's form (``SHA256:`` and the base64 of its SHA-256). Hex in
    groups of four would read as a smart-meter device id and be masked in every message."""
    return "SHA256:" + base64.b64encode(hashlib.sha256(public_key).digest()).decode().rstrip("=")


def key_id(public_key: bytes) -> str:
    """How the log, ``keys.json`` and file names name a key: hex, safe in a file name."""
    return hashlib.sha256(public_key).hexdigest()[:40]


def verify_signature(public_key: bytes, signature: bytes, data: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


@dataclass
class Epoch:
    """One key of the workspace, as ``keys.json`` lists it (the secret itself is kept in its home)."""

    key_id: str
    public_key: bytes
    home: str
    created: str
    envelope: dict[str, Any] = field(default_factory=dict)  # passphrase home: kdf and encrypted secret

    def to_json(self) -> dict[str, Any]:
        return {"key_id": self.key_id, "public_key": base64.b64encode(self.public_key).decode(), "home": self.home,
                "created": self.created, **({"envelope": self.envelope} if self.envelope else {})}

    @classmethod
    def from_json(cls, data: Any) -> Epoch:
        public = base64.b64decode(data["public_key"], validate=True)
        envelope = data.get("envelope") or {}
        if not isinstance(envelope, dict):
            raise ValueError("the key's envelope is not an object")
        epoch = cls(str(data["key_id"]), public, str(data["home"]), str(data["created"]), dict(envelope))
        if epoch.home not in HOMES or key_id(public) != epoch.key_id or len(public) != 32:
            raise ValueError("inconsistent key entry")
        return epoch


def default_data_dir() -> Path:
    import platformdirs

    return platformdirs.user_data_path("Attest", appauthor=False)


class WorkspaceKeys:
    """The keys of one workspace: read from ``keys.json`` and their homes, made when first needed.

    Constructor injection keeps tests off the real keyring and user folders: ``keys`` (the keyring),
    ``passphrase`` (asked only for a passphrase-home key), ``data_dir`` (the user's data folder)."""

    def __init__(self, root: Path, workspace_id: str, *, keys: KeyStore | None = None,
                 passphrase: PassphraseSource | None = None, data_dir: Path | None = None,
                 env: Mapping[str, str] | None = None, kdf_cost: int | None = None) -> None:
        self.path = Path(root) / FILE_NAME
        self.workspace_id = workspace_id
        self.keys: KeyStore = keys if keys is not None else KeyringKeyStore()
        self._passphrase_source = passphrase
        self.data_dir = data_dir if data_dir is not None else default_data_dir()
        self.env = env
        self.kdf_cost = kdf_cost
        self._secrets: dict[str, Secret] = {}  # key id -> secret, once loaded in this process

    # -- keys.json --------------------------------------------------------------------------------

    def epochs(self) -> list[Epoch]:
        """The epochs ``keys.json`` lists, oldest first; none for a workspace not keyed yet."""
        try:
            data = json.loads(self.path.read_bytes())
        except FileNotFoundError:
            return []
        except (OSError, ValueError, UnicodeDecodeError):
            raise KeyUnavailable(f"{self.path}: damaged (not the workspace's key list)") from None
        try:
            if data.get("format") != FORMAT or data.get("version") != 1:
                raise ValueError("not a key list")
            if data.get("workspace_id") != self.workspace_id:
                raise KeyUnavailable(f"{self.path} belongs to workspace {str(data.get('workspace_id'))[:40]!r}, "
                                     f"not to this one ({self.workspace_id}): the database or the key list was "
                                     "swapped between workspaces")
            return [Epoch.from_json(e) for e in data["epochs"]]
        except KeyUnavailable:
            raise
        except (KeyError, TypeError, ValueError, AttributeError, binascii.Error):
            raise KeyUnavailable(f"{self.path}: damaged (not the workspace's key list)") from None

    def _write_epochs(self, epochs: list[Epoch]) -> None:
        data = {"format": FORMAT, "version": 1, "workspace_id": self.workspace_id,
                "epochs": [e.to_json() for e in epochs]}
        atomic_write(self.path, json.dumps(data, indent=1).encode("utf-8"))

    def current(self) -> Epoch | None:
        epochs = self.epochs()
        return epochs[-1] if epochs else None

    # -- secrets ----------------------------------------------------------------------------------

    def _keyring_name(self, kid: str) -> str:
        return f"workspace-key:{self.workspace_id}:{kid}"

    def _file_path(self, kid: str) -> Path:
        return self.data_dir / "keys" / f"{self.workspace_id}-{kid}.key"

    def _ask(self, question: str) -> str | None:
        if self._passphrase_source is not None:
            return self._passphrase_source(question)
        environ = os.environ if self.env is None else self.env
        return environ.get(ENV_PASSPHRASE) or None

    def secret(self, epoch: Epoch) -> Secret | None:
        """The epoch's secret if this computer (or the passphrase) gives it; None when it is elsewhere."""
        if epoch.key_id in self._secrets:
            return self._secrets[epoch.key_id]
        text: str | None = None
        if epoch.home == "keyring":
            try:
                text = self.keys.get(self._keyring_name(epoch.key_id))
            except KeyStoreUnavailable:
                text = None
        elif epoch.home == "file":
            try:
                text = self._file_path(epoch.key_id).read_text("ascii").strip()
            except (OSError, UnicodeDecodeError):
                text = None
        else:
            text = self._open_envelope(epoch)
        if text is None:
            return None
        secret = Secret.decode(text)
        if key_id(secret.public_key()) != epoch.key_id:
            raise KeyUnavailable(f"the key kept for this workspace ({epoch.home}) is not the one {FILE_NAME} names")
        self._secrets[epoch.key_id] = secret
        return secret

    def _open_envelope(self, epoch: Epoch) -> str | None:
        from cryptography.fernet import Fernet, InvalidToken

        envelope = epoch.envelope
        passphrase = self._ask("Passphrase for this workspace's keys: ")
        if passphrase is None:
            return None
        damaged = KeyUnavailable(f"{self.path}: the passphrase-protected key is damaged")
        try:
            kdf, token = envelope["kdf"], envelope["token"]
            salt = base64.b64decode(kdf["salt"], validate=True)
            cost, r, p = kdf["n"], kdf["r"], kdf["p"]
        except (KeyError, TypeError, ValueError, binascii.Error):
            raise damaged from None
        # only the settings Attest writes: a cost or block size taken from the file as given would let anyone
        # holding the folder make every open hang or run out of memory
        if (not isinstance(token, str) or kdf.get("name") != "scrypt" or (r, p) != (8, 1)
                or not isinstance(cost, int) or not 2**10 <= cost <= 2**20 or cost & (cost - 1)):
            raise damaged
        try:
            key = passphrase_key(passphrase, salt, cost, r, p)
            return Fernet(key).decrypt(token.encode("ascii")).decode("ascii")
        except InvalidToken:
            raise KeyUnavailable(f"wrong passphrase for this workspace's keys ({ENV_PASSPHRASE})") from None
        except (TypeError, ValueError, UnicodeError):
            raise damaged from None

    def current_secret(self) -> Secret | None:
        epoch = self.current()
        return None if epoch is None else self.secret(epoch)

    def create(self, created: str) -> tuple[Epoch, Secret]:
        """A new epoch: the secret kept in its home first, then listed in ``keys.json``. Called under the
        workspace's write lock, so two processes never make two keys at once. A kill after the secret is
        kept but before the list names it leaves an unused secret, never a list naming a lost key."""
        secret = Secret.generate()
        public = secret.public_key()
        kid = key_id(public)
        home, envelope = self._keep(kid, secret)
        epoch = Epoch(kid, public, home, created, envelope)
        self._write_epochs([*self.epochs(), epoch])
        self._secrets[kid] = secret
        return epoch, secret

    def _keep(self, kid: str, secret: Secret) -> tuple[str, dict[str, Any]]:
        try:
            self.keys.set(self._keyring_name(kid), secret.encode())
            return "keyring", {}
        except KeyStoreUnavailable:
            pass
        passphrase = self._ask("New passphrase for this workspace's keys: ")
        if passphrase:
            from cryptography.fernet import Fernet

            from attest.core import register_store

            salt, cost = os.urandom(16), self.kdf_cost or register_store.KDF_COST
            key = passphrase_key(passphrase, salt, cost)
            token = Fernet(key).encrypt(secret.encode().encode("ascii")).decode("ascii")
            return "passphrase", {"kdf": {"name": "scrypt", "salt": base64.b64encode(salt).decode(), "n": cost,
                                          "r": 8, "p": 1}, "token": token}
        path = self._file_path(kid)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(path, secret.encode().encode("ascii"))
            os.chmod(path, 0o600)
        except OSError as error:
            raise KeyUnavailable(f"cannot keep this workspace's key: no OS keyring, no {ENV_PASSPHRASE}, and "
                                 f"{path.parent} cannot be written ({error.strerror})") from None
        return "file", {}


HOME_WORDS: dict[str, str] = {
    "keyring": "in the OS keyring",
    "passphrase": f"encrypted with a passphrase ({ENV_PASSPHRASE})",
    "file": "in a file in your user data folder (no OS keyring here; set ATTEST_PASSPHRASE for a passphrase)",
}

Signer = Callable[[bytes], tuple[bytes, bytes]]  # data -> (public key, signature)
