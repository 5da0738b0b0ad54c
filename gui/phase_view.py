"""The phase view: a test plan as a test manager runs it.

The plan as a tree (suites -> cases, in order) with each case's last result and retest state, progress
bars, the exit criteria as green and red rows, a defects table with filters and lifecycle buttons, and
"Build completion report". Everything is read from one ``PhaseFigures`` (the numbers ``attest plan
check`` prints) and every change goes through ``Operations``; the view follows ``run_changed`` and
``plan_changed`` and redraws itself, calling no other view.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from attest.core.model import DefectStatus
from attest.core.workspace import Workspace
from attest.gui.folders import REPORTS, Folders
from attest.gui.observations import PENDING, FormDialog
from attest.gui.operations import Operations

_OUTCOME_COLOURS = {"passed": "#166534", "failed": "#b91c1c", "blocked": "#c2410c", "incomplete": "#4b5563",
                    "in-progress": "#1d4ed8", "not-run": "#6b7280"}
_MET, _NOT_MET = QColor("#dcfce7"), QColor("#fee2e2")
_CASE_ROLE = Qt.ItemDataRole.UserRole
# lifecycle buttons: label, target status, whether a reason is asked for
_MOVES = (("Mark fixed", DefectStatus.FIXED, False), ("Close…", DefectStatus.CLOSED, True),
          ("Reject…", DefectStatus.REJECTED, True), ("Defer…", DefectStatus.DEFERRED, True),
          ("Reopen…", DefectStatus.OPEN, True))


class NewPlanDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("New test plan", "Create plan", parent)
        self.name = QLineEdit()
        self.name.setPlaceholderText("e.g. SIT cycle 2")
        self.programme = QLineEdit()
        self.release = QLineEdit()
        self.environment = QLineEdit()
        self.scale = QComboBox()
        self.scale.addItem("MHHS (S1-S4)", "mhhs")
        self.scale.addItem("DCC (1-5)", "dcc")
        for label, widget in (("&Name:", self.name), ("&Programme:", self.programme), ("&Release:", self.release),
                              ("&Environment:", self.environment), ("Severity &scale:", self.scale)):
            self.form.addRow(label, widget)
        self.resize(480, 240)


class AddCasesDialog(FormDialog):
    """Pick cases from the workspace (filter by typing) for a suite, with the tester and regression flag."""

    def __init__(self, cases: list[Any], suites: list[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__("Add cases to the plan", "Add cases", parent)
        self.suite = QComboBox()
        for suite_id, name in suites:
            self.suite.addItem(name, suite_id)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Filter by reference or title")
        self.cases = QListWidget()
        self.cases.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        for case in cases:
            item = QListWidgetItem(f"{case.reference} – {case.title}")
            item.setData(_CASE_ROLE, case.id)
            self.cases.addItem(item)
        self.search.textChanged.connect(self._filter)
        self.tester = QLineEdit()
        self.tester.setPlaceholderText("Assigned tester (optional)")
        self.regression = QCheckBox("Regression tests")
        self.form.addRow("S&uite:", self.suite)
        self.form.addRow("&Find:", self.search)
        self.form.addRow("&Cases:", self.cases)
        self.form.addRow("&Tester:", self.tester)
        self.form.addRow("", self.regression)
        self.resize(620, 520)

    def _filter(self, text: str) -> None:
        wanted = text.strip().lower()
        for row in range(self.cases.count()):
            item = self.cases.item(row)
            item.setHidden(bool(wanted) and wanted not in item.text().lower())

    def chosen(self) -> list[int]:
        return [int(i.data(_CASE_ROLE)) for i in self.cases.selectedItems()]


class EvidenceStepsDialog(FormDialog):
    """Tick the steps of a case that require test evidence."""

    def __init__(self, reference: str, steps: list[tuple[int, str, bool]], parent: QWidget | None = None) -> None:
        super().__init__(f"Steps of {reference} that require evidence", "Save", parent)
        self.boxes: list[QCheckBox] = []
        for index, action, required in steps:
            box = QCheckBox(f"{index}. {' '.join(action.split())[:90]}")
            box.setChecked(required)
            self.boxes.append(box)
            self.form.addRow(box)
        self.form.addRow(QLabel("Saving makes a new version of the case; runs already started keep theirs."))

    def chosen(self) -> list[int]:
        return [n for n, box in enumerate(self.boxes, start=1) if box.isChecked()]


class MoveDialog(FormDialog):
    """A lifecycle move that needs a reason; closing may name the retest run that passed."""

    def __init__(self, defect_id: int, to: DefectStatus, retests: list[int], parent: QWidget | None = None) -> None:
        super().__init__(f"Defect {defect_id}: {to.label}", to.label if to is not DefectStatus.OPEN else "Reopen",
                         parent)
        self.retest = QComboBox()
        self.retest.addItem("none", None)
        for run_id in retests:
            self.retest.addItem(f"run {run_id}", run_id)
        self.reason = QPlainTextEdit()
        self.reason.setFixedHeight(80)
        if to is DefectStatus.CLOSED:
            self.form.addRow("&Retest run:", self.retest)
            self.reason.setPlaceholderText("Needed when no retest run passed: why it closes without one")
        self.form.addRow("Rea&son:", self.reason)
        self.resize(480, 200)

    def values(self) -> tuple[str, int | None]:
        return self.reason.toPlainText().strip(), self.retest.currentData()


class PhaseView(QWidget):
    """``start_requested(case_id, plan_id)``: the main window starts a run of the case from the plan."""

    start_requested = Signal(int, int)
    closed = Signal()
    message = Signal(str)
    refused = Signal(str)  # what was not done and why: stays in the status bar until something else is said

    def __init__(self, ws: Workspace, ops: Operations, *,
                 choose_report_file: Callable[[str], str] | None = None,
                 dialogs: Callable[[FormDialog], None] | None = None, plan_id: int | None = None,
                 folders: Folders | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.ops = ops
        self.folders = folders or Folders()  # where the report's dialog opens: the folder last used
        self.plan_id: int | None = None
        self.figures: Any = None
        self.criteria: list[Any] = []
        self.choose_report_file = choose_report_file or self._report_file_dialog
        self.show_dialog = dialogs or (lambda dialog: dialog.open())  # tests get the dialog without a modal loop
        self.report_task: Any = None

        back = QPushButton("← Library")
        back.setToolTip("Back to the case library (Esc)")
        back.setShortcut("Esc")
        back.clicked.connect(self.closed.emit)
        self.plans = QComboBox()
        self.plans.setMinimumWidth(260)
        self.plans.currentIndexChanged.connect(lambda _i: self._plan_chosen())
        buttons = []
        for text, tip, slot in (("New plan…", "Create a test plan (a phase or cycle)", self.new_plan),
                                ("Add suite…", "Add a suite to this plan", self.add_suite),
                                ("Add cases…", "Put cases in a suite, in order", self.add_cases),
                                ("Evidence steps…", "Flag the steps of the selected case that require evidence",
                                 self.evidence_steps),
                                ("Start run", "Start a run of the selected case from this plan", self.start_selected)):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            buttons.append(button)
        self.report_button = QPushButton("Build completion report…")
        self.report_button.setToolTip("The test completion report of this plan (.docx), leak-checked like a pack")
        self.report_button.clicked.connect(self.build_report)
        top = QHBoxLayout()
        top.addWidget(back)
        top.addWidget(QLabel("Plan:"))
        top.addWidget(self.plans)
        for button in buttons:
            top.addWidget(button)
        top.addStretch(1)
        top.addWidget(self.report_button)

        self.executed_bar = QProgressBar()
        self.passed_bar = QProgressBar()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        bars = QHBoxLayout()
        bars.addWidget(QLabel("Executed"))
        bars.addWidget(self.executed_bar, 1)
        bars.addWidget(QLabel("Passed"))
        bars.addWidget(self.passed_bar, 1)
        self.report_progress = QProgressBar()
        self.report_progress.setRange(0, 0)
        self.report_progress.setMaximumWidth(160)
        self.report_progress.hide()
        bars.addWidget(self.report_progress)

        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["Suite / case", "Title", "Tester", "Last result", "Runs", "Flags"])
        self.tree.setUniformRowHeights(True)
        self.tree.itemDoubleClicked.connect(lambda *_: self.start_selected())
        header = self.tree.header()
        header.setStretchLastSection(False)
        for column in (0, 2, 3, 4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

        self.criteria_table = QTableWidget(0, 4)
        self.criteria_table.setHorizontalHeaderLabels(["Exit criterion", "Target", "Figure", "Result"])
        self.criteria_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.criteria_table.verticalHeader().hide()
        self.criteria_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.status_filter = QComboBox()
        self.status_filter.addItem("All statuses", None)
        for status in DefectStatus:
            self.status_filter.addItem(status.label, status.value)
        self.overdue_only = QCheckBox("Overdue only")
        self.status_filter.currentIndexChanged.connect(lambda _i: self._show_defects())
        self.overdue_only.toggled.connect(lambda _on: self._show_defects())
        self.defects = QTableWidget(0, 7)
        self.defects.setHorizontalHeaderLabels(["Id", "Severity", "Priority", "Status", "Run", "Title", "Work-off"])
        self.defects.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.defects.verticalHeader().hide()
        self.defects.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.defects.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.defects.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.move_buttons: dict[DefectStatus, QPushButton] = {}
        filters = QHBoxLayout()
        filters.addWidget(QLabel("<b>Defects</b>"))
        filters.addWidget(self.status_filter)
        filters.addWidget(self.overdue_only)
        filters.addStretch(1)
        for text, status, _reason in _MOVES:
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, s=status: self.move_selected(s))
            self.move_buttons[status] = button
            filters.addWidget(button)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel("<b>Exit criteria</b>"))
        right_layout.addWidget(self.criteria_table, 2)
        right_layout.addLayout(filters)
        right_layout.addWidget(self.defects, 3)
        split = QSplitter()
        split.addWidget(self.tree)
        split.addWidget(right)
        split.setSizes([620, 620])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(bars)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)

        ops.run_changed.connect(lambda _run: self.refresh())
        ops.plan_changed.connect(self._plan_changed)
        self.reload_plans(select=plan_id)

    # -- reading

    def reload_plans(self, select: int | None = None) -> None:
        keep = select if select is not None else self.plan_id
        self.plans.blockSignals(True)
        self.plans.clear()
        for plan in self.ws.plans.all():
            self.plans.addItem(f"{plan.name}" + (f" ({plan.release})" if plan.release else ""), plan.id)
        index = self.plans.findData(keep) if keep is not None else (0 if self.plans.count() else -1)
        self.plans.setCurrentIndex(max(index, 0) if self.plans.count() else -1)
        self.plans.blockSignals(False)
        self._plan_chosen()

    def _plan_chosen(self) -> None:
        data = self.plans.currentData()
        self.plan_id = int(data) if data is not None else None
        self.refresh()

    def _plan_changed(self, plan_id: int) -> None:
        known = {self.plans.itemData(i) for i in range(self.plans.count())}
        if plan_id and plan_id not in known:
            self.reload_plans(select=plan_id)  # a plan just made: show it
        else:
            self.refresh()

    def refresh(self) -> None:
        """Read the plan's figures and criteria once and show them everywhere."""
        from attest.services.plans import check

        if self.plan_id is None:
            self.figures, self.criteria = None, []
            self.tree.clear()
            self.criteria_table.setRowCount(0)
            self.defects.setRowCount(0)
            self.summary.setText("No test plan yet: create one with New plan…, or import cases whose source "
                                 "names its test plan and suites.")
            return
        self.figures, self.criteria = check(self.ws, self.plan_id)
        self._show_tree()
        self._show_progress()
        self._show_criteria()
        self._show_defects()

    def _show_tree(self) -> None:
        figures = self.figures
        selected = self.selected_case()
        self.tree.setUpdatesEnabled(False)
        self.tree.clear()
        results = {(r.entry.suite_id, r.entry.case_id): r for r in figures.results}
        for suite in figures.plan.suites:
            done = sum(results[(suite.id, c.case_id)].executed for c in suite.cases)
            # one cell across the row: a long suite name does not widen the reference column
            top = QTreeWidgetItem([f"{suite.name} – {done} of {len(suite.cases)} executed"])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.tree.addTopLevelItem(top)
            children = []
            for case in suite.cases:
                result = results[(suite.id, case.case_id)]
                flags = ", ".join(f for f in ("regression" if case.regression else "",
                                              "retest" if result.latest and result.latest.is_retest else "") if f)
                item = QTreeWidgetItem([f"{case.position}. {case.reference}", case.title, case.tester or "—",
                                        result.outcome_label + (f" (run {result.latest.id})" if result.latest else ""),
                                        str(result.runs), flags])
                item.setData(0, _CASE_ROLE, case.case_id)
                item.setToolTip(1, case.title)
                if case.configuration:
                    item.setToolTip(0, f"Configuration: {case.configuration}")
                item.setForeground(3, QBrush(QColor(_OUTCOME_COLOURS.get(result.outcome, "#111827"))))
                children.append(item)
                if case.case_id == selected:
                    self.tree.setCurrentItem(item)
            top.addChildren(children)
            top.setFirstColumnSpanned(True)
            top.setExpanded(True)
        self.tree.setUpdatesEnabled(True)

    def _show_progress(self) -> None:
        f = self.figures
        self.executed_bar.setRange(0, max(1, f.planned))
        self.executed_bar.setValue(f.executed)
        self.executed_bar.setFormat(f"{f.executed} of {f.planned}")
        self.passed_bar.setRange(0, max(1, f.executed))
        self.passed_bar.setValue(f.passed)
        self.passed_bar.setFormat(f"{f.passed} of {f.executed}")
        met = all(c.met for c in self.criteria)
        plan = f.plan
        where = ", ".join(x for x in (plan.programme, plan.release, plan.environment) if x)
        self.summary.setText(f"<b>{plan.name}</b>" + (f" – {where}" if where else "") +
                             f" · scale {plan.scale.upper()} · {f.planned} planned, {f.executed} executed, "
                             f"{f.passed} passed, {f.failed} failed, {f.not_run} not run · "
                             f"{len([d for d in f.defects if d.defect.status.outstanding])} outstanding defect(s) · "
                             + ("<span style='color:#166534'><b>exit criteria met</b></span>" if met else
                                "<span style='color:#b91c1c'><b>exit criteria not met</b></span>"))

    def _show_criteria(self) -> None:
        self.criteria_table.setRowCount(len(self.criteria))
        for row, criterion in enumerate(self.criteria):
            values = (criterion.name, criterion.target, criterion.figure, "Met" if criterion.met else "Not met")
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setBackground(_MET if criterion.met else _NOT_MET)
                if criterion.detail:
                    item.setToolTip("\n".join(criterion.detail[:20]) + ("\n…" if len(criterion.detail) > 20 else ""))
                self.criteria_table.setItem(row, column, item)
        self.criteria_table.resizeColumnsToContents()
        self.criteria_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def defect_rows(self) -> list[Any]:
        if self.figures is None:
            return []
        wanted = self.status_filter.currentData()
        return [d for d in self.figures.defects if (wanted is None or d.defect.status.value == wanted)
                and (not self.overdue_only.isChecked() or d.workoff.overdue)]

    def _show_defects(self) -> None:
        rows = self.defect_rows()
        self.defects.setRowCount(len(rows))
        for row, d in enumerate(rows):
            defect = d.defect
            due = "—" if d.workoff.due is None else (
                f"OVERDUE ({-(d.workoff.days_left or 0)} wd)" if d.workoff.overdue else
                f"{d.workoff.due} ({d.workoff.days_left} wd)")
            values = (str(defect.id), defect.severity.value, defect.priority.value, defect.status.label,
                      f"{defect.run_id} {d.reference}", defect.title, due)
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setData(_CASE_ROLE, defect.id)
                if column == 6 and d.workoff.overdue:
                    item.setForeground(QBrush(QColor("#b91c1c")))
                self.defects.setItem(row, column, item)
        self.defects.resizeColumnsToContents()
        self.defects.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)

    def selected_case(self) -> int | None:
        item = self.tree.currentItem()
        data = item.data(0, _CASE_ROLE) if item is not None else None
        return int(data) if data is not None else None

    def select_case(self, reference: str) -> None:
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            for j in range(top.childCount()):
                if top.child(j).text(0).split(". ", 1)[-1] == reference:
                    self.tree.setCurrentItem(top.child(j))
                    return
        raise KeyError(reference)

    def selected_defect(self) -> int | None:
        row = self.defects.currentRow()
        item = self.defects.item(row, 0) if row >= 0 else None
        return int(item.data(_CASE_ROLE)) if item is not None else None

    # -- changing (every change through Operations; the view redraws on its signals)

    def _failed(self, dialog: FormDialog | None) -> Callable[[str], None]:
        return dialog.refused if dialog is not None else (lambda text: self.message.emit(f"Not done: {text}"))

    def _open(self, dialog: Any, submit: Callable[[], object]) -> Any:
        """Show ``dialog`` with ``submit`` behind its OK (tests get it without a modal loop)."""
        dialog.submit = submit
        self.show_dialog(dialog)
        return dialog

    def new_plan(self) -> NewPlanDialog:
        dialog = NewPlanDialog(self)

        def submit() -> object:
            self.ops.create_plan(dialog.name.text(), programme=dialog.programme.text(), release=dialog.release.text(),
                                 environment=dialog.environment.text(), scale=dialog.scale.currentData(),
                                 on_done=lambda plan: (dialog.accept(), self.message.emit(f"Created plan {plan.name}")),
                                 on_error=dialog.refused)
            return PENDING

        return self._open(dialog, submit)

    def add_suite(self) -> FormDialog | None:
        if self.plan_id is None:
            self.message.emit("Create a plan first")
            return None
        dialog = FormDialog("Add a suite", "Add suite", self)
        dialog.name = QLineEdit()  # type: ignore[attr-defined]
        dialog.name.setPlaceholderText("e.g. Change of supplier")  # type: ignore[attr-defined]
        dialog.form.addRow("&Name:", dialog.name)  # type: ignore[attr-defined]
        plan_id = self.plan_id

        def submit() -> object:
            self.ops.add_suite(plan_id, dialog.name.text(),  # type: ignore[attr-defined]
                               on_done=lambda s: (dialog.accept(), self.message.emit(f"Added suite {s.name}")),
                               on_error=dialog.refused)
            return PENDING

        return self._open(dialog, submit)

    def add_cases(self) -> AddCasesDialog | None:
        if self.figures is None or not self.figures.plan.suites:
            self.message.emit("Add a suite to the plan first")
            return None
        dialog = AddCasesDialog(self.ws.cases.all(), [(s.id, s.name) for s in self.figures.plan.suites], self)
        plan_id = self.plan_id
        assert plan_id is not None

        def submit() -> object:
            chosen = dialog.chosen()
            if not chosen:
                return "Select one or more cases"
            self.ops.add_cases(plan_id, dialog.suite.currentData(), chosen, tester=dialog.tester.text(),
                               regression=dialog.regression.isChecked(),
                               on_done=lambda suite: (dialog.accept(),
                                                      self.message.emit(f"{len(chosen)} case(s) in {suite.name}")),
                               on_error=dialog.refused)
            return PENDING

        return self._open(dialog, submit)

    def evidence_steps(self) -> EvidenceStepsDialog | None:
        case_id = self.selected_case()
        if case_id is None:
            self.message.emit("Select a case in the plan first")
            return None
        stored = self.ws.cases.get(f"id:{case_id}")
        dialog = EvidenceStepsDialog(stored.case.reference, [(i, s.action, s.evidence_required)
                                                             for i, s in enumerate(stored.case.steps, start=1)], self)

        def submit() -> object:
            self.ops.flag_evidence(case_id, dialog.chosen(), on_done=lambda _s: (
                dialog.accept(), self.message.emit(f"{stored.case.reference}: evidence required at step(s) "
                                                   f"{', '.join(map(str, dialog.chosen())) or 'none'}")),
                on_error=dialog.refused)
            return PENDING

        return self._open(dialog, submit)

    def start_selected(self) -> None:
        case_id = self.selected_case()
        if case_id is None or self.plan_id is None:
            self.message.emit("Select a case in the plan to start a run of it")
            return
        self.start_requested.emit(case_id, self.plan_id)

    def move_selected(self, to: DefectStatus) -> MoveDialog | None:
        defect_id = self.selected_defect()
        if defect_id is None:
            self.message.emit("Select a defect in the table first")
            return None
        row = next(d for d in self.figures.defects if d.defect.id == defect_id)
        needs_reason = next(reason for _t, status, reason in _MOVES if status is to)
        if not needs_reason:
            self.ops.move_defect(defect_id, to, reason="", retest=None,
                                 on_done=lambda d: self.message.emit(f"Defect {d.id}: {d.status.label}"),
                                 on_error=self._failed(None))
            return None
        dialog = MoveDialog(defect_id, to, list(row.defect.retest_run_ids), self)

        def submit() -> object:
            reason, retest = dialog.values()
            self.ops.move_defect(defect_id, to, reason=reason, retest=retest,
                                 on_done=lambda d: (dialog.accept(), self.message.emit(f"Defect {d.id}: "
                                                                                       f"{d.status.label}")),
                                 on_error=dialog.refused)
            return PENDING

        return self._open(dialog, submit)

    def _report_file_dialog(self, suggested: str) -> str:
        # (in the folder last used, not the app's working folder, which a bare suggested name meant)
        name, _filter = QFileDialog.getSaveFileName(self, "Save the test completion report",
                                                    self.folders.start(REPORTS, suggested), "Word document (*.docx)")
        self.folders.chosen(REPORTS, name)
        return name

    def build_report(self) -> FormDialog | None:
        """Ask for the recommendations and lessons learnt (typed, redacted at the gate), then the file."""
        if self.plan_id is None or self.figures is None:
            self.message.emit("Choose a plan first")
            return None
        dialog = FormDialog(f"Completion report: {self.figures.plan.name}", "Build report…", self)
        dialog.recommendations = QPlainTextEdit()  # type: ignore[attr-defined]
        dialog.lessons = QPlainTextEdit()  # type: ignore[attr-defined]
        dialog.recommendations.setPlaceholderText("Tests to include in the next phase, ...")  # type: ignore[attr-defined]
        dialog.lessons.setPlaceholderText("What the phase taught")  # type: ignore[attr-defined]
        dialog.form.addRow("&Recommendations:", dialog.recommendations)  # type: ignore[attr-defined]
        dialog.form.addRow("&Lessons learnt:", dialog.lessons)  # type: ignore[attr-defined]
        dialog.resize(620, 360)
        plan_id = self.plan_id
        safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in self.figures.plan.name)

        def submit() -> object:
            target = self.choose_report_file(f"{safe}_completion_report.docx")
            if not target:
                return "Choose where to save the report"
            self.report_button.setEnabled(False)
            self.report_progress.show()

            def done(result: Any) -> None:
                self.report_button.setEnabled(True)
                self.report_progress.hide()
                self.message.emit(f"Completion report written to {result.path}: exit criteria "
                                  f"{'met' if result.criteria_met else 'NOT met'}; leak scan clean")

            def failed(text: str) -> None:
                self.report_button.setEnabled(True)
                self.report_progress.hide()
                self.message.emit(f"The completion report was not written: {text}")
                self.refused.emit(f"The completion report was not written: {text}")

            self.report_task = self.ops.completion_report(
                plan_id, Path(target), recommendations=dialog.recommendations.toPlainText(),  # type: ignore[attr-defined]
                lessons=dialog.lessons.toPlainText(), template=None, on_done=done,  # type: ignore[attr-defined]
                on_error=failed)
            return None  # the dialog closes; the progress bar shows the build

        return self._open(dialog, submit)


def open_timed(root: Path, plan_id: int) -> float:
    """Seconds to open the phase view on ``plan_id`` (benchmarks/phase.py), offscreen."""
    from PySide6.QtWidgets import QApplication

    from attest.gui.tasks import Tasks

    app = QApplication.instance() or QApplication([])
    with Workspace.open(root) as ws:
        tasks = Tasks()
        ops = Operations.like(ws, tasks)
        started = time.perf_counter()
        view = PhaseView(ws, ops, plan_id=plan_id)
        view.resize(1400, 860)
        view.show()
        app.processEvents()
        elapsed = time.perf_counter() - started
        view.close()
        tasks.wait(5000)
    return elapsed
