"""Where a workspace's Azure DevOps connection is kept, and what the token may do.

- The organisation URL, project, proxy and CA bundle are workspace settings (the ``meta`` table,
  audited when they change); the personal access token is a secret: it goes to the OS keyring, or,
  where there is none (Linux without a desktop session), into ``ado-token.json`` encrypted with a
  passphrase (``$ATTEST_PASSPHRASE`` or a prompt), as the test data register does. It is never written
  to the database, a log, the audit log or a message.
- ``check_scopes`` asks Azure DevOps what the token may do with four harmless calls, one per scope
  Attest needs: reading test plans and work items, and writing test runs and work items (an empty run
  and a ``validateOnly`` work item, both refused as invalid when the scope is there, so nothing is made).
"""

from __future__ import annotations

import base64
import binascii
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from attest.ado.client import AdoClient, AdoError
from attest.core.errors import AttestError
from attest.core.evidence_store import atomic_write
from attest.core.register_store import (
    ENV_PASSPHRASE,
    KeyStore,
    KeyStoreUnavailable,
    PassphraseSource,
    passphrase_key,
)

TOKEN_FILE = "ado-token.json"


@dataclass(frozen=True)
class Connection:
    org_url: str
    project: str
    proxy: str = ""
    ca_bundle: str = ""
    area: str = ""  # the area and iteration paths bugs are raised in ("" : the project's defaults)
    iteration: str = ""


class TokenStore:
    """The PAT of one workspace: in the keyring under ``ado-token:<workspace id>``, else in a file
    encrypted with a passphrase."""

    def __init__(self, root: Path, workspace_id: str, keys: KeyStore, passphrase: PassphraseSource,
                 kdf_cost: int | None = None) -> None:
        self.path = Path(root) / TOKEN_FILE
        self.name = f"ado-token:{workspace_id}"
        self.keys = keys
        self.passphrase = passphrase
        from attest.core import register_store

        self.kdf_cost = register_store.KDF_COST if kdf_cost is None else kdf_cost  # read late: tests lower it

    def save(self, token: str) -> str:
        """Keep ``token``; returns where ("the OS keyring" or the file)."""
        try:
            self.keys.set(self.name, token)
        except KeyStoreUnavailable as error:
            secret = self.passphrase("Passphrase to encrypt the Azure DevOps token with: ")
            if not secret:
                raise AttestError(f"no OS keyring is available to keep the Azure DevOps token ({error}); set "
                                  f"{ENV_PASSPHRASE} or run attest in a terminal to encrypt it with a passphrase") from None
            salt = os.urandom(16)
            envelope = {"format": "attest-ado-token", "version": 1, "salt": base64.b64encode(salt).decode("ascii"),
                        "n": self.kdf_cost, "token": self._fernet(secret, salt, self.kdf_cost).encrypt(
                            token.encode("utf-8")).decode("ascii")}
            atomic_write(self.path, json.dumps(envelope).encode("utf-8"))
            return str(self.path)
        if self.path.exists():  # a keyring now: no copy left behind in a file
            self.path.unlink()
        return "the OS keyring"

    def load(self) -> str:
        try:
            token = self.keys.get(self.name)
        except KeyStoreUnavailable:
            token = None
        if token:
            return token
        if not self.path.exists():
            raise AttestError("no Azure DevOps token is kept for this workspace; run `attest ado connect` first")
        try:
            envelope = json.loads(self.path.read_text(encoding="utf-8"))
            salt = base64.b64decode(envelope["salt"], validate=True)
            cost = int(envelope["n"])
            sealed = str(envelope["token"])
        except (OSError, ValueError, KeyError, TypeError, binascii.Error):
            raise AttestError(f"{self.path}: the kept Azure DevOps token is damaged; run `attest ado connect` "
                              "again") from None
        secret = self.passphrase("Passphrase of the Azure DevOps token: ")
        if not secret:
            raise AttestError(f"the Azure DevOps token is encrypted with a passphrase: set {ENV_PASSPHRASE} or run "
                              "attest in a terminal to be asked for it")
        from cryptography.fernet import InvalidToken

        try:
            return self._fernet(secret, salt, cost).decrypt(sealed.encode("ascii")).decode("utf-8")
        except InvalidToken:
            raise AttestError("wrong passphrase for the Azure DevOps token") from None

    @staticmethod
    def _fernet(secret: str, salt: bytes, cost: int):  # type: ignore[no-untyped-def]
        from cryptography.fernet import Fernet

        if not 2**10 <= cost <= 2**20:
            raise AttestError("the kept Azure DevOps token's header is damaged; run `attest ado connect` again")
        return Fernet(passphrase_key(secret, salt, cost))


# (what a person calls it, the PAT scope's name, method, path, body, params, project-scoped)
_PROBES: tuple[tuple[str, str, str, str, Any, dict[str, str] | None, bool], ...] = (
    ("Test Management (read)", "vso.test", "GET", "testplan/plans", None, {"$top": "1"}, True),
    ("Work Items (read)", "vso.work", "POST", "wit/wiql", {"query": "SELECT [System.Id] FROM WorkItems WHERE "
                                                                    "[System.Id] = 0"}, None, True),
    ("Test Management (read & write)", "vso.test_write", "POST", "test/runs", {}, None, True),
    ("Work Items (read & write)", "vso.work_write", "POST", "wit/workitems/$Bug", [], {"validateOnly": "true"}, True),
)


def check_scopes(client: AdoClient) -> list[str]:
    """The scopes the token lacks (as Azure DevOps names them in the token dialog), empty when it has all.
    The project is checked first: a wrong organisation URL or project is said as such."""
    try:
        client.get(f"projects/{client.project}", project=False, what="reading the project")
    except AdoError as error:
        if error.status == 404:
            raise AdoError(f"there is no project {client.project!r} in {client.org_url}", 404) from None
        raise
    missing: list[str] = []
    for label, scope, method, path, body, params, scoped in _PROBES:
        try:
            client.request(method, path, json=body, params=params, project=scoped, what=f"checking {scope}")
        except AdoError as error:
            if error.status in (401, 403):
                if error.status == 401 and not missing and scope == "vso.test":
                    raise  # the token itself is refused: say that, not four missing scopes
                missing.append(f"{label} ({scope})")
            elif error.status != 400:  # 400: the harmless request was refused as invalid, so the scope is there
                raise
    return missing
