"""Starting a witnessed run: the session's purpose and who takes part (name, organisation, role).

The DCC testing approach has a witness watch an agreed test, run by the tester as scripted; the
session is recorded with its purpose and participants. :class:`WitnessSection` is the part of the
Start run dialog that asks for them; ``attest.services.runs.start_run`` starts the run and records
every participant in one transaction, after checking the names and redacting what was typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from attest.core.model import Role

if TYPE_CHECKING:  # redaction loads when a session starts, not with the window (see benchmarks/startup.py)
    from attest.services.runs import ParticipantInput

NAME, ORGANISATION, ROLE = range(3)


@dataclass(frozen=True)
class Session:
    """What the Start run dialog gathered for a witnessed run."""

    purpose: str
    participants: tuple[tuple[str, str, Role], ...]  # (name, organisation, role)

    def problem(self) -> str | None:
        """Why this session cannot start, in words fit for the dialog; ``None`` if it can."""
        if not self.purpose.strip():
            return "A witnessed session needs its purpose (what the witness is here to see)"
        if not any(role is Role.WITNESS for _name, _org, role in self.participants):
            return "A witnessed session needs at least one participant whose role is Witness"
        return None

    def inputs(self) -> list[ParticipantInput]:
        """The participants as the start run use case takes them (checked and redacted there)."""
        from attest.services.runs import ParticipantInput

        return [ParticipantInput(n, o, r) for n, o, r in self.participants]


class WitnessSection(QGroupBox):
    """A checkable "Witnessed session" box: purpose and a participants table, the tester prefilled."""

    def __init__(self, tester: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__("&Witnessed session (a witness watches; the script is locked)", parent)
        self.tester = tester
        self.setCheckable(True)
        self.setChecked(False)
        self.purpose = QLineEdit()
        self.purpose.setPlaceholderText("e.g. DCC witness test of change of supplier, SIT release 4.2")
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(["Name", "Organisation", "Role"])
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(ORGANISATION, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(ROLE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(150)
        self.add_button = QPushButton("&Add participant")
        self.add_button.setShortcut(QKeySequence("Ctrl+N"))
        self.add_button.setToolTip("Add a row for a witness, observer or another tester (Ctrl+N)")
        self.add_button.clicked.connect(lambda: self.add_row("", "", Role.WITNESS, focus=True))
        self.remove_button = QPushButton("Re&move participant")
        self.remove_button.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.remove_button.setToolTip("Remove the selected participant's row (Ctrl+Shift+N)")
        self.remove_button.clicked.connect(self.remove_selected)
        self.problem_label = QLabel()
        self.problem_label.setStyleSheet("color: #b91c1c;")
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        form = QFormLayout()
        form.addRow("&Purpose:", self.purpose)
        self.contents = QWidget()  # shown only while the box is ticked: an ordinary run's dialog stays small
        inner = QVBoxLayout(self.contents)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addLayout(form)
        inner.addWidget(QLabel("Participants (the tester records observations on the witness's behalf):"))
        inner.addWidget(self.table)
        inner.addLayout(buttons)
        inner.addWidget(self.problem_label)
        self.contents.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.contents)
        self.toggled.connect(self._toggled)
        self._tester_name = tester.text().strip()
        tester.textChanged.connect(self._tester_changed)

    def _toggled(self, on: bool) -> None:
        if on and self.table.rowCount() == 0:
            self.add_row(self.tester.text().strip(), "", Role.TESTER)
        self.problem_label.hide()
        self.contents.setVisible(on)
        if on:
            self.window().resize(max(self.window().width(), 640), self.window().sizeHint().height())
        else:
            self.window().adjustSize()

    def _tester_changed(self, text: str) -> None:
        """The prefilled tester row follows the Tester field until its name is typed over."""
        for row in range(self.table.rowCount()):
            if self.role(row) is Role.TESTER and self.cell(row, NAME) == self._tester_name:
                self.table.item(row, NAME).setText(text.strip())
                break
        self._tester_name = text.strip()

    def add_row(self, name: str, organisation: str, role: Role, *, focus: bool = False) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, NAME, QTableWidgetItem(name))
        self.table.setItem(row, ORGANISATION, QTableWidgetItem(organisation))
        combo = QComboBox()
        for each in Role:
            combo.addItem(each.label, each)
        combo.setCurrentIndex(list(Role).index(role))
        self.table.setCellWidget(row, ROLE, combo)
        if focus:
            self.table.setCurrentCell(row, NAME)
            self.table.editItem(self.table.item(row, NAME))
        return row

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def role(self, row: int) -> Role:
        combo = self.table.cellWidget(row, ROLE)
        assert isinstance(combo, QComboBox)
        return Role(combo.currentData())

    def session(self) -> Session | None:
        """The session typed so far (rows without a name are left out), or ``None`` if not witnessed."""
        if not self.isChecked():
            return None
        people = tuple((self.cell(r, NAME), self.cell(r, ORGANISATION), self.role(r))
                       for r in range(self.table.rowCount()) if self.cell(r, NAME))
        return Session(self.purpose.text().strip(), people)

    def check(self) -> bool:
        """Shows why the session cannot start, if it cannot; true if it can (or is not witnessed)."""
        session = self.session()
        problem = session.problem() if session is not None else None
        self.problem_label.setText(problem or "")
        self.problem_label.setVisible(bool(problem))
        return problem is None

