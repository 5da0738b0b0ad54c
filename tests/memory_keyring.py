"""An in-memory keyring backend, so that no test ever reads or writes the real OS keyring.

Install it with ``keyring.set_keyring(MemoryKeyring())``. It declares itself not viable, so
keyring's own backend discovery never picks it up by accident.
"""

from __future__ import annotations

from jaraco.classes import properties
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


# A workspace's own key (attest.core.workspace_keys) outlives one test, as it outlives a process on a real
# computer: module-scoped fixtures build a workspace once and the tests after it write to it.
SESSION_PREFIXES = ("workspace-key:",)
_SESSION: dict[tuple[str, str], str] = {}


class MemoryKeyring(KeyringBackend):
    @properties.classproperty
    def priority(cls) -> float:  # noqa: N805 - a class property, as in keyring itself
        raise RuntimeError("test backend: install it explicitly with keyring.set_keyring()")

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def __str__(self) -> str:  # the base class's names the priority, which this one refuses to give
        return "tests.memory_keyring.MemoryKeyring"

    def _store(self, username: str) -> dict[tuple[str, str], str]:
        return _SESSION if username.startswith(SESSION_PREFIXES) else self.passwords

    def get_password(self, service: str, username: str) -> str | None:
        return self._store(username).get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._store(username)[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self._store(username)[(service, username)]
        except KeyError:
            raise PasswordDeleteError("no such password") from None
