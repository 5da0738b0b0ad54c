"""The app says at once when it will not write to a workspace as it stands (an older copy put back), and
accepts it on this computer only with a reason, audited, as `attest audit trust` does."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from PySide6.QtCore import QSettings, QThreadPool

from attest.core.model import StepStatus
from attest.core.workspace import Workspace
from attest.gui.main_window import MainWindow
from attest.gui.tasks import Tasks
from test_runs import start


def _window(ws: Workspace, tmp_path: Path, answers: list[str | None], asked: list[str]) -> MainWindow:
    return MainWindow(ws, tasks=Tasks(QThreadPool()), settings=QSettings(str(tmp_path / "s.ini"),
                                                                         QSettings.Format.IniFormat),
                      trust_check_ms=0, ask_trust_reason=lambda q: asked.append(q) or answers.pop(0),
                      confirm_discard=lambda _q: True)


def test_an_older_copy_put_back_is_said_at_once_and_accepted_only_with_a_reason(qtbot, tmp_path: Path) -> None:
    root, old = tmp_path / "ws", tmp_path / "old"
    with Workspace.open(root) as ws:
        run_id = start(ws, steps=2)
    shutil.copytree(root, old)
    with Workspace.open(root) as ws:
        ws.runs.record_step(run_id, StepStatus.PASSED, actual="done after the copy")
    shutil.rmtree(root)
    shutil.copytree(old, root)

    asked: list[str] = []
    with Workspace.open(root) as ws:
        window = _window(ws, tmp_path, [None, "restored from Friday's backup on purpose"], asked)
        qtbot.addWidget(window)
        window.show()
        button = window.trust_notice.button
        qtbot.waitUntil(lambda: not button.isHidden(), timeout=10_000)
        assert button.text() == "This workspace is not as this computer last saw it — Review…"
        assert "an older copy of the workspace was put back" in button.toolTip()
        assert window.statusBar().currentMessage() == ("Changes are refused until the workspace is accepted here "
                                                       "(Review… says why)")

        assert not window.trust_notice.trust()  # shown the problem; cancelled
        assert "an older copy of the workspace was put back" in asked[0] and "audit log" in asked[0]
        assert ws.store.one("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'audit.trust'")["n"] == 0

        assert window.trust_notice.trust()
        qtbot.waitUntil(lambda: button.isHidden(), timeout=10_000)
        assert window.statusBar().currentMessage() == ("Workspace accepted on this computer; recorded in the "
                                                       "audit log")
        entry = ws.store.one("SELECT details FROM audit_log WHERE action = 'audit.trust'")
        assert json.loads(entry["details"])["reason"] == "restored from Friday's backup on purpose"
        chain, problems = ws.verify()
        assert chain.ok and problems == []
        window.close()


def test_a_workspace_as_last_seen_shows_no_notice(qtbot, tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "ws") as ws:
        start(ws, steps=1)
        window = _window(ws, tmp_path, [], [])
        qtbot.addWidget(window)
        window.show()
        looked: list[list[str]] = []
        window.ops.trust_problems(on_done=looked.append)
        qtbot.waitUntil(lambda: bool(looked), timeout=10_000)
        assert looked == [[]] and window.trust_notice.button.isHidden()
        window.close()
