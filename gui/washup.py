"""The wash-up of a witnessed run: what happened at each step, the deviations, every observation with
the action agreed for it, the session's outcome and the witness's typed sign-off.

The DCC testing approach ends a witnessing period with a wash-up that agrees any outstanding queries
and issues. Signing here closes the session for good (core finishes the run if it is still open and
audits the outcome, the sign-off and each action); the screen is laid out to be shared with the
witness while it is agreed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from attest.core.model import Outcome, Role, Run
from attest.gui.observations import KIND_LABELS, FormDialog, escape
from attest.gui.presenter import DEVIATION_WORDS

ACTION_COLUMN = 5


def _cell(text: str, *, editable: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
    if editable:
        flags |= Qt.ItemFlag.ItemIsEditable
    item.setFlags(flags)
    item.setToolTip("Type the action agreed with the witness" if editable else text)
    if editable:  # the cells to type in stand out from the summary around them
        item.setBackground(QColor("#fffbeb"))
    return item


def _table(headers: list[str], *stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setWordWrap(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    header = table.horizontalHeader()
    for column in range(len(headers)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    for column in stretch:  # the text columns share the width; rows grow to show all of it
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    header.sectionResized.connect(lambda *_: table.resizeRowsToContents())
    return table


class WashUpDialog(FormDialog):
    """The summary, the agreed actions (editable), the outcome and the sign-off name (the first
    witness's, to be confirmed by them). ``values()`` is what Sign off hands to ``submit``."""

    def __init__(self, run: Run, parent: QWidget | None = None) -> None:
        super().__init__(f"Wash-up: {run.reference} run {run.id}", "Sign off", parent)
        font = self.font()
        font.setPixelSize(15)
        self.setFont(font)
        self.run = run
        people = "; ".join(f"{p.name}{f' ({p.organisation})' if p.organisation else ''} – {p.role.label}"
                           for p in run.participants) or "none recorded"
        heading = QLabel(f"<b style='font-size: 19px'>{escape(run.reference)} – {escape(run.title)}</b><br>"
                         f"Purpose: {escape(run.purpose) or '—'}<br>Participants: {escape(people)}<br>"
                         f"Run status: {run.status.label if run.is_finished else 'in progress (signing finishes it)'}")
        heading.setWordWrap(True)
        above = [heading]

        self.steps = _table(["Step", "Action", "Result", "Recorded by", "Deviations"], 1, 4)
        deviations: dict[int, list[str]] = {}
        for d in run.deviations:
            deviations.setdefault(d.step_index, []).append(f"{DEVIATION_WORDS[d.kind]}: {d.reason}")
        for step in run.steps:
            row = self.steps.rowCount()
            self.steps.insertRow(row)
            self.steps.setItem(row, 0, _cell(str(step.index)))
            self.steps.setItem(row, 1, _cell(" ".join(step.action.split())))
            self.steps.setItem(row, 2, _cell(step.status.label if step.status else "Not recorded"))
            self.steps.setItem(row, 3, _cell(step.result.recorded_by if step.result else ""))
            self.steps.setItem(row, 4, _cell("; ".join(deviations.get(step.index, [])) or "—"))
        self.steps.resizeRowsToContents()
        above += [QLabel("<b>Results per step, with deviations</b>"), self.steps]

        self.observations = _table(["#", "Kind", "Step", "Raised by", "Text, response, defect", "Agreed action"], 4,
                                   ACTION_COLUMN)
        self.observations.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        defects = {d.id: d for d in run.defects}
        for o in run.observations:
            row = self.observations.rowCount()
            self.observations.insertRow(row)
            detail = o.text
            if o.response:
                detail += f"\nResponse: {o.response}"
            if o.defect_id is not None and o.defect_id in defects:
                defect = defects[o.defect_id]
                detail += f"\nDefect {defect.id}: {defect.severity.value}/{defect.priority.value}"
            number = _cell(str(o.id))
            number.setData(Qt.ItemDataRole.UserRole, o.id)
            self.observations.setItem(row, 0, number)
            self.observations.setItem(row, 1, _cell(KIND_LABELS[o.kind]))
            self.observations.setItem(row, 2, _cell(str(o.step_index) if o.step_index else "run"))
            self.observations.setItem(row, 3, _cell(o.raised_by))
            self.observations.setItem(row, 4, _cell(detail))
            self.observations.setItem(row, ACTION_COLUMN, _cell(o.action, editable=True))
        self.observations.resizeRowsToContents()
        above += [QLabel("<b>Observations</b> – type the action agreed for each in its last column"),
                  self.observations]
        for index, widget in enumerate(above):
            stretch = 2 if widget is self.steps else 3 if widget is self.observations else 0
            self.body.insertWidget(index, widget, stretch)

        self.outcome = QComboBox()
        for outcome in Outcome:
            self.outcome.addItem(outcome.label, outcome)
        self.outcome.setCurrentIndex(-1)
        self.outcome.setPlaceholderText("Choose the outcome agreed with the witness")
        witnesses = [p.name for p in run.participants if p.role is Role.WITNESS]
        self.signed_by = QLineEdit(witnesses[0] if witnesses else "")
        self.signed_by.setPlaceholderText("The witness types their name to sign off")
        self.form.addRow("&Outcome:", self.outcome)
        self.form.addRow("Witness &sign-off:", self.signed_by)
        # accepting a run not executed in full needs a word on why (kept with the run as a deviation)
        self.note = QLineEdit()
        unfinished = [s.index for s in run.steps if s.status is None or s.status.value == "blocked"]
        self.note.setPlaceholderText("Why the run is accepted although steps "
                                     f"{', '.join(map(str, unfinished))} were not executed" if unfinished else
                                     "Optional: anything the witness wants kept with the outcome")
        self.form.addRow("&Note:", self.note)
        note = QLabel("Signing off closes the session: the run is finished if it is not yet, and nothing more can "
                      "be recorded on it. The outcome, the sign-off and each agreed action go into the audit log.")
        note.setWordWrap(True)
        note.setStyleSheet("color: #4b5563;")
        self.form.addRow(note)
        self.resize(1180, 700)

    def set_action(self, observation_id: int, text: str) -> None:
        for row in range(self.observations.rowCount()):
            if self.observations.item(row, 0).data(Qt.ItemDataRole.UserRole) == observation_id:
                self.observations.item(row, ACTION_COLUMN).setText(text)
                return
        raise KeyError(observation_id)

    def set_outcome(self, outcome: Outcome) -> None:
        self.outcome.setCurrentIndex(list(Outcome).index(outcome))

    def values(self) -> tuple[Outcome | None, str, dict[int, str], str]:
        actions = {}
        for row in range(self.observations.rowCount()):
            observation_id = int(self.observations.item(row, 0).data(Qt.ItemDataRole.UserRole))
            actions[observation_id] = self.observations.item(row, ACTION_COLUMN).text().strip()
        outcome = self.outcome.currentData()
        return ((Outcome(outcome) if outcome else None), self.signed_by.text().strip(), actions,
                self.note.text().strip())
