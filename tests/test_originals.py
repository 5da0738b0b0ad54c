"""Unredacted originals are discarded, or kept only encrypted with a key in the OS keyring."""

from __future__ import annotations

from pathlib import Path

import keyring
import keyring.backends.fail
import pytest

from attest.capture.intake import Redactor, intake_bytes
from attest.core.originals import OriginalsError
from attest.core.workspace import Workspace

ORIGINAL = b"2026-11-24 INFO lookup mpan=1200023305967 msn=S06DS123456\n"


def everything(root: Path) -> bytes:
    return b"".join(p.read_bytes() for p in root.rglob("*") if p.is_file())


def test_originals_are_discarded_by_default(ws: Workspace) -> None:
    assert ws.originals.mode == "discard"
    item = intake_bytes(ws.evidence, ORIGINAL, name="app.log", redactor=Redactor.for_workspace(ws))
    assert b"1200023305967" not in everything(ws.root)
    assert ws.evidence.get(item.sha256) == b"2026-11-24 INFO lookup mpan=[MPAN-1] msn=[MSN-1]\n"
    assert not (ws.root / "originals").exists()


def test_kept_originals_are_encrypted_and_readable_only_with_the_key(ws: Workspace) -> None:
    ws.originals.set_mode("encrypted", by="tester")
    item = intake_bytes(ws.evidence, ORIGINAL, name="app.log", redactor=Redactor.for_workspace(ws))
    assert (ws.root / "originals" / f"{item.sha256}.enc").is_file()
    assert b"1200023305967" not in everything(ws.root)  # not in clear anywhere on disk
    assert ws.originals.read(item.sha256) == ORIGINAL
    actions = [r["action"] for r in ws.store.query("SELECT action FROM audit_log")]
    assert "settings.originals" in actions


def test_without_a_keyring_originals_cannot_be_kept(ws: Workspace) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    with pytest.raises(OriginalsError, match="keeping originals needs the OS keyring .* originals are discarded"):
        ws.originals.set_mode("encrypted", by="tester")
    assert ws.originals.mode == "discard"


def test_settings_command(cli) -> None:
    assert cli("settings")[1].strip() == "originals\tdiscard"
    status, out, _ = cli("settings", "originals", "encrypted")
    assert status == 0 and out.strip() == "originals\tencrypted"
