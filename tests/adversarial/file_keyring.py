"""A keyring backend in a plain JSON file, for tests that run the `attest` command several times: the
key of a run's found values lives in the keyring, so found values persist from one CLI process to the
next only if the keyring does, and headless Linux has none.

keyring never picks it by itself: it has no entry point and no test process imports it. A test names
it for its subprocesses only, with PYTHON_KEYRING_BACKEND=file_keyring.FileKeyring and this folder on
their PYTHONPATH (see `subprocess_env`). (keyrings.alt's PlaintextKeyring would do as well, but once
installed it becomes the default keyring of every process in the environment, the app's included.)
The file is $XDG_DATA_HOME/attest-test-keyring.json, so it follows the temp HOME a test sets up.
Passwords in plain text: for tests only.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

NAME = "file_keyring.FileKeyring"
FILE_NAME = "attest-test-keyring.json"


def keyring_file(env: Mapping[str, str] = os.environ) -> Path:
    data = env.get("XDG_DATA_HOME") or str(Path(env["HOME"]) / ".local" / "share")
    return Path(data) / FILE_NAME


def subprocess_env(env: dict[str, str]) -> dict[str, str]:
    """env for a subprocess that must use this keyring (HOME / XDG_DATA_HOME say where its file is)."""
    out = dict(env)
    here = str(Path(__file__).resolve().parent)
    paths = [x for x in out.get("PYTHONPATH", "").split(os.pathsep) if x and x != here]
    out["PYTHONPATH"] = os.pathsep.join([here, *paths])
    out["PYTHON_KEYRING_BACKEND"] = NAME
    return out


class FileKeyring(KeyringBackend):
    priority = 1  # only ever loaded by name (PYTHON_KEYRING_BACKEND), never found by discovery

    @property
    def path(self) -> Path:
        return keyring_file()

    def _read(self) -> dict[str, dict[str, str]]:
        try:
            return json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}

    def _write(self, data: dict[str, dict[str, str]]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
        os.replace(tmp, self.path)

    def get_password(self, service: str, username: str) -> str | None:
        return self._read().get(service, {}).get(username)

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._read()
        data.setdefault(service, {})[username] = password
        self._write(data)

    def delete_password(self, service: str, username: str) -> None:
        data = self._read()
        if username not in data.get(service, {}):
            raise PasswordDeleteError("no such password")
        del data[service][username]
        self._write(data)
