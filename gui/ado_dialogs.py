"""Azure DevOps in the app: connecting the workspace (from Settings), pulling a plan (from the library)
and publishing a finished run (from the runner), each in the background with progress and, for pull and
publish, Cancel. The same use cases as ``attest ado``; see docs/ado.md."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit, QProgressBar, QPushButton, QSpinBox, QWidget

from attest.gui.observations import PENDING, FormDialog
from attest.gui.operations import Operations


class ConnectDialog(FormDialog):
    """Organisation URL, project, token (hidden as typed), proxy, CA bundle and the paths bugs go to."""

    def __init__(self, ops: Operations, current: Any = None, parent: QWidget | None = None) -> None:
        super().__init__("Azure DevOps", "Connect", parent)
        self.ops = ops
        self.org = QLineEdit(getattr(current, "org_url", ""))
        self.org.setPlaceholderText("https://dev.azure.com/ORG, or an on-premises collection URL")
        self.project = QLineEdit(getattr(current, "project", ""))
        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setPlaceholderText("Personal access token: Test Management and Work Items, read & write")
        self.proxy = QLineEdit(getattr(current, "proxy", ""))
        self.proxy.setPlaceholderText("Optional, e.g. http://proxy.example:8080")
        self.ca_bundle = QLineEdit(getattr(current, "ca_bundle", ""))
        self.ca_bundle.setPlaceholderText("Optional: a PEM file of CA certificates to trust")
        self.area = QLineEdit(getattr(current, "area", ""))
        self.iteration = QLineEdit(getattr(current, "iteration", ""))
        for label, widget in (("&Organisation URL:", self.org), ("&Project:", self.project), ("&Token:", self.token),
                              ("Pro&xy:", self.proxy), ("&CA bundle:", self.ca_bundle),
                              ("Bug &area path:", self.area), ("Bug &iteration path:", self.iteration)):
            self.form.addRow(label, widget)
        note = QLabel("Connecting checks the project and the token's scopes; the token is kept in the OS keyring "
                      "(or encrypted with a passphrase), never in the workspace or a log.")
        note.setWordWrap(True)
        self.form.addRow(note)
        self.connected = ""
        self.submit = self._connect
        self.resize(640, 360)

    def _connect(self) -> object:
        if not self.token.text().strip():
            return "Paste the personal access token"

        def done(result: Any) -> None:
            found, kept = result
            self.connected = f"Connected to {found.org_url}, project {found.project}; the token is kept in {kept}"
            self.token.clear()
            self.accept()

        self.ops.ado_connect(self.org.text(), self.project.text(), self.token.text(), proxy=self.proxy.text(),
                             ca_bundle=self.ca_bundle.text(), area=self.area.text(), iteration=self.iteration.text(),
                             on_done=done, on_error=self.refused)
        return PENDING


class PullDialog(FormDialog):
    """The ADO test plan (and, optionally, one suite) to pull, with progress and Cancel while it runs."""

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__("Pull a test plan from Azure DevOps", "Pull", parent)
        self.ops = ops
        self.plan = QSpinBox()
        self.plan.setRange(1, 2_000_000_000)
        self.suite = QSpinBox()
        self.suite.setRange(0, 2_000_000_000)
        self.suite.setSpecialValueText("every suite")
        self.progress = QProgressBar()
        self.progress.hide()
        self.stop = QPushButton("Cancel pull")
        self.stop.hide()
        self.form.addRow("ADO test &plan id:", self.plan)
        self.form.addRow("&Suite id:", self.suite)
        self.form.addRow(self.progress)
        self.form.addRow(self.stop)
        self.task: Any = None
        self.result: Any = None
        self.submit = self._pull
        self.resize(480, 200)

    def _pull(self) -> object:
        self.progress.setValue(0)
        self.progress.show()
        self.stop.show()

        def progress(percent: int, what: str) -> None:
            self.progress.setValue(percent)
            self.progress.setFormat(f"{what} – %p%")

        def done(result: Any) -> None:
            self.result = result
            self.accept()

        def failed(text: str) -> None:
            self.progress.hide()
            self.stop.hide()
            self.refused(text)

        self.task = self.ops.ado_pull(self.plan.value(), suite=self.suite.value() or None, on_done=done,
                                      on_error=failed, on_progress=progress,
                                      on_cancel=lambda: failed("Cancelled: nothing was stored"))
        self.stop.clicked.connect(self.task.cancel)
        return PENDING


def pull_summary(result: Any) -> str:
    return (f"Pulled ADO plan {result.ado_plan} into plan {result.plan_name}: {result.suites} suite(s), "
            f"{result.cases} case(s) ({result.new} new, {result.new_versions} new version, {result.unchanged} "
            "unchanged)")


def publish_summary(result: Any) -> str:
    return (f"Published to Azure DevOps: test run {result.ado_run}, result {result.ado_result} {result.outcome}; "
            f"{result.attachments} attachment(s) sent" + (f", bug(s) {', '.join(map(str, result.bugs))}"
                                                          if result.bugs else ""))
