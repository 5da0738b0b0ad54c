"""The case library: the imported cases, searchable, with a preview of the selected case's steps.

The table model is thin: it holds the ``CaseSummary`` rows core returns and nothing else; filtering
is Qt's proxy model over every column. Importing runs as a background task (it parses files) and
re-reads the rows when done; an import error is shown in words, with the file and line.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from attest.services.types import CaseSummary
from attest.core.model import StoredCase
from attest.core.workspace import Workspace
from attest.gui.folders import IMPORTS, Folders
from attest.gui.tasks import Progress, Tasks

COLUMNS = ("Reference", "Title", "Steps", "Source", "Last run")
ModelIndex = QModelIndex | QPersistentModelIndex


class CaseTableModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[CaseSummary] = []

    def set_rows(self, rows: list[CaseSummary]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (row.reference, " ".join(row.title.split()), str(row.steps), Path(row.source_file).name,
                    (row.last_run_status or "not run").replace("-", " ").capitalize())[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None


class LibraryView(QWidget):
    """Lists cases; emits ``start_requested(case id)`` when the tester starts a run."""

    start_requested = Signal(int)
    open_run_requested = Signal(int)  # a case whose latest run is in progress: that run, resumed
    runs_requested = Signal()
    phases_requested = Signal()
    pull_requested = Signal()
    message = Signal(str)

    def __init__(self, ws: Workspace, tasks: Tasks, *, choose_files: Callable[[], list[str]] | None = None,
                 folders: Folders | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.tasks = tasks
        self.folders = folders or Folders()  # where the import dialog opens: the folder last used
        self.choose_files = choose_files or self._file_dialog
        self.setAcceptDrops(True)

        self.search = QLineEdit(placeholderText="Search reference, title, source… (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.model = CaseTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self.proxy.modelReset.connect(self._show_selected)
        self.table.doubleClicked.connect(lambda _index: self._start())

        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setObjectName("importError")
        self.error.setStyleSheet("QLabel#importError { background: #fde2e4; color: #7f1d1d; padding: 6px; }")
        self.error.hide()

        self.import_button = QPushButton("&Import…")
        self.import_button.setShortcut(QKeySequence("Ctrl+I"))
        self.import_button.setToolTip("Import test cases from YAML, ADO CSV, ALM Excel or cactus files (Ctrl+I); "
                                      "or drop files on the window")
        self.import_button.clicked.connect(self._import_chosen)
        self.start_button = QPushButton("&Start run…")
        self.start_button.setShortcut(QKeySequence("Ctrl+R"))
        self.start_button.setToolTip("Start a run of the selected case (Ctrl+R, or double-click)")
        self.start_button.setEnabled(False)
        self.start_button.clicked.connect(self._start)

        self.phases_button = QPushButton("Test &phases…")
        self.phases_button.setToolTip("Test plans: suites, progress, defects, exit criteria and the completion "
                                      "report (Ctrl+Shift+T)")
        self.phases_button.clicked.connect(self.phases_requested.emit)
        self.runs_button = QPushButton("R&uns…")
        self.runs_button.setToolTip("Every run: filter, search, resume one in progress or open a finished one "
                                    "to export its pack (Ctrl+Shift+H)")
        self.runs_button.clicked.connect(self.runs_requested.emit)

        buttons = QHBoxLayout()
        buttons.addWidget(self.search, 1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.runs_button)
        buttons.addWidget(self.phases_button)
        self.pull_button = QPushButton("Pull from ADO…")
        self.pull_button.setToolTip("Pull a test plan from Azure DevOps: its suites, order, testers and the "
                                    "cases' steps (connect first in Settings)")
        self.pull_button.clicked.connect(self.pull_requested.emit)
        buttons.addWidget(self.pull_button)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(self.preview)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(split, 1)
        self.refresh()

    # -- data

    def refresh(self) -> None:
        selected = self.selected_case_id()
        self.model.set_rows(self.ws.cases.all())
        if self.model.rows:  # keep the tester's place; else start on the first case, preview showing
            row = next((r for r in range(self.proxy.rowCount())
                        if self.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole) == selected), 0)
            self.table.selectRow(row)
        else:
            self.preview.setHtml("<h3>No test cases yet</h3><p>Import a file (Ctrl+I) or drop one here: Attest "
                                 "YAML, Azure DevOps CSV, ALM Excel or cactus YAML.</p>")

    def selected_case_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return int(self.proxy.data(rows[0], Qt.ItemDataRole.UserRole)) if rows else None

    def select_reference(self, reference: str) -> None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data() == reference:
                self.table.selectRow(row)
                return

    def selected_summary(self) -> CaseSummary | None:
        case_id = self.selected_case_id()
        return next((r for r in self.model.rows if r.id == case_id), None) if case_id is not None else None

    def _in_progress_run(self) -> int | None:
        """The selected case's run in progress, if its latest run is: Start resumes it instead."""
        summary = self.selected_summary()
        if summary is None or summary.last_run_status != "in-progress":
            return None
        return summary.last_run_id

    def _show_selected(self) -> None:
        case_id = self.selected_case_id()
        self.start_button.setEnabled(case_id is not None)
        running = self._in_progress_run()
        if running is not None:
            self.start_button.setText(f"&Resume run {running}")
            self.start_button.setToolTip(f"This case's run {running} is in progress: carry on with it where it was "
                                         "left, captures waiting included (Ctrl+R, or double-click)")
        else:
            self.start_button.setText("&Start run…")
            self.start_button.setToolTip("Start a run of the selected case (Ctrl+R, or double-click)")
        self.start_button.setShortcut(QKeySequence("Ctrl+R"))
        if case_id is not None:
            self.preview.setHtml(case_html(self.ws.cases.get(case_id)))

    # -- importing

    def import_files(self, paths: list[Path]) -> None:
        """Parse in the background (a big Excel file takes a while), store, then refresh."""
        root = self.ws.root
        self.error.hide()

        def work(progress: Progress) -> list[str]:
            from attest.services.imports import import_files

            with Workspace.open(root) as ws:  # all files parsed before any is stored; case text redacted
                done = import_files(ws, paths, progress=progress.report)
            return [o.stored.case.reference for d in done for o in d.outcomes]

        self.import_button.setEnabled(False)
        self.tasks.run(work, on_done=self._imported, on_error=self._import_failed)

    def _imported(self, references: list[str]) -> None:
        self.import_button.setEnabled(True)
        self.refresh()
        if references:
            self.select_reference(references[0])
        self.message.emit(f"Imported {len(references)} case(s): {', '.join(references[:6])}"
                          + ("…" if len(references) > 6 else ""))

    def _import_failed(self, text: str) -> None:
        self.import_button.setEnabled(True)
        self.error.setText(f"Nothing was imported. {text}")
        self.error.show()

    def _import_chosen(self) -> None:
        files = self.choose_files()
        if files:
            self.import_files([Path(f) for f in files])

    def _file_dialog(self) -> list[str]:
        files, _ = QFileDialog.getOpenFileNames(self, "Import test cases", self.folders.start(IMPORTS),
                                                "Test cases (*.yaml *.yml *.csv *.xlsx);;All files (*)")
        if files:
            self.folders.chosen(IMPORTS, files[0])
        return files

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)

    def _start(self) -> None:
        running = self._in_progress_run()
        if running is not None:
            self.open_run_requested.emit(running)
            return
        case_id = self.selected_case_id()
        if case_id is not None:
            self.start_requested.emit(case_id)


def case_html(stored: StoredCase) -> str:
    case = stored.case
    e = html.escape
    parts = [f"<h2>{e(case.reference)}</h2><p><b>{e(case.title)}</b></p>",
             f"<p style='color:#555'>version {stored.version}, from {e(Path(case.source_file).name or '-')}</p>"]
    for label, value in (("Preconditions", case.preconditions), ("Test data", case.test_data)):
        if value:
            parts.append(f"<p><b>{label}:</b> {e(value).replace(chr(10), '<br>')}</p>")
    parts.append("<ol>")
    for step in case.steps:
        expected = f"<br><i>Expected:</i> {e(step.expected)}" if step.expected else ""
        parts.append(f"<li style='margin-bottom:6px'>{e(step.action)}{expected}</li>")
    parts.append("</ol>")
    return "".join(parts)
