"""Shared fixtures. Tests never touch the real user folders: HOME and XDG paths point into tmp."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from importlib import resources
from pathlib import Path

import pytest

from attest.core.workspace import Workspace
from memory_keyring import MemoryKeyring

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class FakeClock:
    """A clock that advances one second per reading, so recorded times are distinct and predictable."""

    def __init__(self, start: datetime = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)) -> None:
        self.moment = start

    def __call__(self) -> datetime:
        self.moment += timedelta(seconds=1)
        return self.moment


def png_bytes(width: int = 40, height: int = 20, colour: str = "white") -> bytes:
    """A real (tiny) PNG, as a screenshot would be."""
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture(scope="session", autouse=True)
def _isolated_session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Module-scoped fixtures run outside the per-test isolation below: they get a session-wide home,
    user folders and in-memory keyring, never the real ones."""
    import keyring

    home = tmp_path_factory.mktemp("session-home")
    names = ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")
    saved = {name: os.environ.get(name) for name in names}
    os.environ["HOME"] = str(home)
    for var in names[1:]:
        os.environ[var] = str(home / var.lower())
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    yield
    keyring.set_keyring(previous)
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    monkeypatch.delenv("ATTEST_WORKSPACE", raising=False)
    monkeypatch.delenv("ATTEST_TIME_ZONE", raising=False)  # times shown in the default zone, Europe/London


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    """No test touches the real OS keyring: a fresh in-memory one for each test, the previous backend
    restored after; no passphrase in the environment; a cheap scrypt so that passphrase tests stay fast."""
    import keyring

    from attest.core import register_store

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    monkeypatch.delenv("ATTEST_PASSPHRASE", raising=False)
    monkeypatch.setattr(register_store, "KDF_COST", 2**12)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_os_keyring(memory_keyring: MemoryKeyring) -> Iterator[None]:
    """No usable keyring in this process, as in the CLI's subprocesses on headless Linux: a workspace's key
    is then kept in a file in the (test's) user data folder, which the subprocesses share."""
    import keyring
    import keyring.backends.fail

    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(memory_keyring)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def ws(tmp_path: Path, clock: FakeClock) -> Iterator[Workspace]:
    workspace = Workspace.open(tmp_path / "ws", clock=clock, actor="tester-a")
    yield workspace
    workspace.close()


@pytest.fixture
def examples() -> Path:
    return Path(str(resources.files("attest.core") / "examples"))


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    """Run ``attest --workspace <tmp>/cli-ws ARGS``; returns (exit status, stdout, stderr)."""
    from attest.cli.main import main

    workspace = tmp_path / "cli-ws"

    def run(*args: str) -> tuple[int, str, str]:
        status = main(["--workspace", str(workspace), *args])
        captured = capsys.readouterr()
        return status, captured.out, captured.err

    run.workspace = workspace  # type: ignore[attr-defined]
    return run


def register_test_data(ws: Workspace, *references: str) -> None:
    """Give a run's ``--data`` references something to name: a run's test data must be in the register."""
    known = {r.reference for r in ws.register.entries()} if ws.register.exists() else set()
    for n, reference in enumerate(references, start=1):
        if reference not in known:
            ws.register.add("other", f"TESTDATA-{reference}-{n}", reference)
