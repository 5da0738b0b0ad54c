"""Azure DevOps in the app, against the local fake server: connecting from Settings, pulling a plan from
the library (with its progress), and publishing a finished run from the runner, whose ADO link then shows."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QDialogButtonBox

from attest.core.model import StepStatus
from attest.core.workspace import Workspace
from attest.gui.main_window import MainWindow, StartRunDialog
from attest.gui.tasks import Tasks
from fake_ado import PROJECT, FakeAdo, steps_xml
from test_ado import ALL_SCOPES, TOKEN


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)


def _settle(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not window.tasks.running, timeout=60_000)


def _ok(dialog) -> None:  # noqa: ANN001
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_connect_pull_and_publish_from_the_app(qtbot, ws: Workspace, tmp_path: Path) -> None:  # noqa: ANN001
    with FakeAdo() as ado:
        ado.tokens[TOKEN] = set(ALL_SCOPES)
        ado.add_work_item(301, "Test Case", "QT_REG_01 - Registration shown",
                          steps=steps_xml(("Open the registration screen", "Shown"), ("Check the status", "Live")))
        ado.add_plan(3, "QT cycle 2", [(31, "Registration", [(301, "Ann Tester", 7001, "SMETS2")])])
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(ws, tasks=Tasks(QThreadPool()), settings=settings)
        qtbot.addWidget(window)
        window.show()

        # Pull before connecting: the app says what to do
        assert window.pull_plan() is None and "Connect to Azure DevOps first" in window.statusBar().currentMessage()
        dialog = window.open_settings()
        assert "not connected" in " ".join(w.text() for w in dialog.findChildren(type(window.capture_status)))
        connect = window.open_ado()
        dialog.reject()
        connect.org.setText(ado.org_url)
        connect.project.setText(PROJECT)
        _ok(connect)
        assert "Paste the personal access token" in connect.problem.text()
        connect.token.setText("not-the-token")
        _ok(connect)
        _settle(qtbot, window)
        assert "token was refused" in connect.problem.text() and connect.isVisible()
        connect.token.setText(TOKEN)
        _ok(connect)
        _settle(qtbot, window)
        assert "Connected to" in window.statusBar().currentMessage()

        pull = window.pull_plan()
        pull.plan.setValue(3)
        _ok(pull)
        _settle(qtbot, window)
        qtbot.waitUntil(lambda: not shiboken6.isValid(pull) or not pull.isVisible(), timeout=30_000)
        assert "Pulled ADO plan 3 into plan QT cycle 2" in window.statusBar().currentMessage()
        stored = ws.cases.get("QT_REG_01")
        assert [s.action for s in stored.case.steps] == ["Open the registration screen", "Check the status"]

        # a run from the pulled plan, finished, published from the runner
        phases = window.show_phases()
        phases.select_case("QT_REG_01")
        start = StartRunDialog("QT_REG_01", "t", settings, window)
        qtbot.addWidget(start)
        start.tester.setText("Ann Tester")
        start.exec = lambda: StartRunDialog.DialogCode.Accepted  # type: ignore[method-assign]
        window.start_run(stored.id, start, plan_id=phases.plan_id)
        _settle(qtbot, window)
        runner = window.runner
        assert runner is not None and runner.publish_button.isVisible() and not runner.publish_button.isEnabled()
        for _ in range(2):
            window.ops.record_step(runner.run_id, StepStatus.PASSED, actual="", step=None, deviation=None, prepared=())
            _settle(qtbot, window)
        window.ops.finish_run(runner.run_id)
        _settle(qtbot, window)
        assert runner.publish_button.isEnabled()
        runner.publish()
        _settle(qtbot, window)
        assert "Published to Azure DevOps: test run" in window.statusBar().currentMessage()
        assert "test run" in runner.ado_link.text() and "resultId=" in runner.ado_link.text()
        assert len(ado.runs) == 1 and any(a["fileName"].endswith(".docx") for a in ado.attachments)


def test_a_pull_can_be_cancelled_and_stores_nothing(qtbot, ws: Workspace, tmp_path: Path) -> None:  # noqa: ANN001
    from attest.services.ado import connect

    with FakeAdo() as ado:
        ado.tokens[TOKEN] = set(ALL_SCOPES)
        ado.add_work_item(301, "Test Case", "QT_REG_01 - Registration shown", steps=steps_xml(("Open", "Shown")))
        ado.add_plan(3, "QT cycle 2", [(31, "Registration", [(301, "Ann Tester", 7001, "SMETS2")])])
        connect(ws, ado.org_url, PROJECT, TOKEN)
        ado.fail("/suites", 429, times=2, retry_after="2")  # ADO is slow to answer: time to change one's mind
        window = MainWindow(ws, tasks=Tasks(QThreadPool()),
                            settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        window.show()
        pull = window.pull_plan()
        pull.plan.setValue(3)
        _ok(pull)
        qtbot.waitUntil(lambda: pull.stop.isVisible(), timeout=5000)
        pull.stop.click()
        _settle(qtbot, window)
        assert "Cancelled: nothing was stored" in pull.problem.text()
        assert ws.plans.all() == [] and ws.cases.all() == []
