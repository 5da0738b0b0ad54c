"""Values found in a run's evidence, remembered so that the run's later items are masked for them.

A device id masked under ``deviceId`` in one payload is often in the next one too, inside a request id
or a file path where nothing says what it is. Redaction finds it there only if it knows the value, so
each run keeps the values its items were masked for (normalised, with their kind's name).

They are as sensitive as the register, so they exist in clear only in memory: ``found-values.enc`` is
Fernet-encrypted with a random key in the OS keyring (user ``found:<workspace id>``), and nothing
about a value reaches the database or the audit log. Each run's set has a *generation*, a random
token that changes with the set and is the only thing kept in clear: remembered leak scans are keyed
by it, so a screenshot is looked at again once its run knows more values.

Where there is no keyring (headless Linux), the values are kept in this process's memory only: the
app remembers them for its session, a command line call for that call. Nothing asks for a passphrase
at every capture. (Core may not import redaction, so kinds are kept by their names.)
"""

from __future__ import annotations

import json
import secrets
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from attest.core.errors import AttestError
from attest.core.evidence_store import atomic_write
from attest.core.register_store import KeyStore, KeyStoreUnavailable, keyring_secret
from attest.core.store import Store

FILE_NAME = "found-values.enc"
FORMAT = "attest-found-values"

# no keyring: workspace id -> run id -> (generation, values), for the life of the process (the app's
# background tasks add to it from several threads, hence the lock)
_MEMORY: dict[str, dict[int, tuple[str, dict[str, str]]]] = {}
_MEMORY_LOCK = threading.Lock()


class RunValuesError(AttestError):
    """The file of found values cannot be read with the key in the keyring (it is never quoted)."""


class RunValues:
    def __init__(self, root: Path, store: Store, workspace_id: str, keys: KeyStore) -> None:
        self.path = Path(root) / FILE_NAME
        self.store = store
        self.workspace_id = workspace_id
        self.keys = keys
        self.key_name = f"found:{workspace_id}"
        self._persistent: bool | None = None

    @property
    def persistent(self) -> bool:
        """Whether values outlive this process (there is a keyring to keep their key)."""
        if self._persistent is None:
            try:
                self.keys.get(self.key_name)
                self._persistent = True
            except KeyStoreUnavailable:
                self._persistent = False
        return self._persistent

    def get(self, run_id: int) -> dict[str, str]:
        """The run's values (normalised value -> kind name); empty if none were found yet."""
        return dict(self._all().get(run_id, ("", {}))[1])

    def generation(self, run_id: int) -> str:
        """A token that changes whenever the run's values change (``"none"`` before the first)."""
        return self._all().get(run_id, ("none", {}))[0]

    def add(self, run_id: int, values: Mapping[str, str]) -> str:
        """Remember ``values`` for the run; returns its generation afterwards. Under the workspace's
        write lock, so two Attest processes capturing for one run never lose each other's values."""
        if not values:
            return self.generation(run_id)
        if not self.persistent:
            with _MEMORY_LOCK:
                runs = _MEMORY.setdefault(self.workspace_id, {})
                generation, known = runs.get(run_id, ("none", {}))
                if not set(values) - set(known):
                    return generation
                runs[run_id] = (secrets.token_hex(8), {**known, **values})
                return runs[run_id][0]
        with self.store.write():
            runs = self._all()
            generation, known = runs.get(run_id, ("none", {}))
            if not set(values) - set(known):
                return generation
            runs[run_id] = (secrets.token_hex(8), {**known, **values})
            self._write(runs)
            return runs[run_id][0]

    # -- the file ---------------------------------------------------------------------------------

    def _all(self) -> dict[int, tuple[str, dict[str, str]]]:
        if not self.persistent:
            with _MEMORY_LOCK:
                return dict(_MEMORY.get(self.workspace_id, {}))
        try:
            envelope = json.loads(self.path.read_bytes())
        except FileNotFoundError:
            return {}
        except (ValueError, UnicodeDecodeError):
            raise RunValuesError(f"{self.path}: not a file of found values Attest can read (damaged?)") from None
        if not (isinstance(envelope, dict) and envelope.get("format") == FORMAT
                and isinstance(envelope.get("token"), str) and isinstance(envelope.get("generations"), dict)):
            raise RunValuesError(f"{self.path}: not a file of found values Attest can read (damaged?)")
        plain = self._decrypt(envelope["token"])
        generations: dict[str, Any] = envelope["generations"]
        return {int(run): (str(generations.get(run, "unknown")), {str(v): str(k) for v, k in found.items()})
                for run, found in plain.items()}

    def _decrypt(self, token: str) -> dict[str, dict[str, str]]:
        from cryptography.fernet import Fernet, InvalidToken

        try:
            plain = Fernet(self._key(create=False)).decrypt(token.encode("ascii"))
            data = json.loads(plain)
        except (InvalidToken, ValueError):
            raise RunValuesError(f"{self.path} cannot be decrypted with the key in the OS keyring (damaged, or "
                                 "the key was replaced); move it aside to start remembering found values "
                                 "afresh") from None
        if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
            raise RunValuesError(f"{self.path}: decrypted, but its content is not found values (damaged?)")
        return data

    def _write(self, runs: dict[int, tuple[str, dict[str, str]]]) -> None:
        from cryptography.fernet import Fernet

        plain = json.dumps({str(run): values for run, (_g, values) in runs.items()}, ensure_ascii=False)
        envelope = {"format": FORMAT, "version": 1, "workspace_id": self.workspace_id,
                    "generations": {str(run): generation for run, (generation, _v) in runs.items()},
                    "token": Fernet(self._key(create=True)).encrypt(plain.encode("utf-8")).decode("ascii")}
        atomic_write(self.path, json.dumps(envelope, indent=1).encode("utf-8"))

    def _key(self, *, create: bool) -> bytes:
        try:
            secret = keyring_secret(self.keys, self.key_name, create=create)
        except KeyStoreUnavailable as error:
            raise RunValuesError(f"the OS keyring stopped answering ({error}); found values are not remembered") \
                from None
        if secret is None:
            raise RunValuesError(f"{self.path} exists but its key is missing from the OS keyring ({self.key_name}); "
                                 "move the file aside to start remembering found values afresh")
        return secret.encode("ascii")
