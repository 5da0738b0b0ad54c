"""Choosing a severity and a priority with their definitions in view, and raising a defect on any run.

The scale is the run's plan's (MHHS S1-S4 or DCC 1-5; MHHS when the run has no plan). Under each
choice the definition of what is chosen is shown, so the person raising a defect applies the scale
the programme agreed, not their own idea of "major" (seed 001: defect classifications).
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from attest.core.model import Priority, Run, Severity
from attest.core.scales import PRIORITIES, SEVERITIES, Grade, Scale
from attest.gui.observations import FormDialog


def _definition_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #4b5563; font-size: 90%;")
    return label


class GradePicker:
    """A severity and a priority combo box, each with its definition shown beneath it."""

    def __init__(self, scale: Scale) -> None:
        self.scale = scale
        self.severity = QComboBox()
        self.priority = QComboBox()
        self.severity_definition = _definition_label()
        self.priority_definition = _definition_label()
        for combo, grades, label in ((self.severity, SEVERITIES[scale], self.severity_definition),
                                     (self.priority, PRIORITIES, self.priority_definition)):
            for grade in grades:
                combo.addItem(grade.label, grade.value)
                combo.setItemData(combo.count() - 1, grade.definition, 3)  # Qt.ToolTipRole
            combo.currentIndexChanged.connect(lambda _i, c=combo, g=grades, lab=label: self._describe(c, g, lab))
        self.severity.setCurrentIndex(2)  # the middle of the scale: a choice must be made, not a default kept
        self.priority.setCurrentIndex(2)
        self._describe(self.severity, SEVERITIES[scale], self.severity_definition)
        self._describe(self.priority, PRIORITIES, self.priority_definition)

    @staticmethod
    def _describe(combo: QComboBox, grades: tuple[Grade, ...], label: QLabel) -> None:
        index = combo.currentIndex()
        label.setText(grades[index].definition if 0 <= index < len(grades) else "")

    def add_rows(self, dialog: FormDialog) -> None:
        dialog.form.addRow("&Severity:", self.severity)
        dialog.form.addRow("", self.severity_definition)
        dialog.form.addRow("&Priority:", self.priority)
        dialog.form.addRow("", self.priority_definition)

    def values(self) -> tuple[Severity, Priority]:
        return Severity(self.severity.currentData()), Priority(self.priority.currentData())


class DefectDialog(FormDialog):
    """Raise a defect on a run (in progress or finished): title, what happened, the step, severity and
    priority on the plan's scale, and whether to link the step's evidence."""

    def __init__(self, run: Run, scale: Scale, step: int | None, parent: QWidget | None = None) -> None:
        super().__init__(f"Raise a defect on run {run.id}", "Raise defect", parent)
        self.run = run
        self.title = QLineEdit()
        self.title.setPlaceholderText("What is wrong, in a line")
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText("What happened and how to reproduce it")
        self.description.setFixedHeight(90)
        self.step = QSpinBox()
        self.step.setRange(0, len(run.steps))
        self.step.setSpecialValueText("the run as a whole")
        self.step.setValue(step or 0)
        self.grades = GradePicker(scale)
        self.link_evidence = QCheckBox("Link the step's evidence to the defect")
        self.link_evidence.setChecked(True)
        self.form.addRow("&Title:", self.title)
        self.form.addRow("&Description:", self.description)
        self.form.addRow("S&tep:", self.step)
        self.grades.add_rows(self)
        self.form.addRow("", self.link_evidence)
        self.form.addRow(QLabel(f"Severity scale: {scale.label}"
                                + (" (the run's plan)" if run.plan_id is not None else " (the run has no plan)")))
        self.resize(620, 420)
        self.title.setFocus()

    def values(self) -> tuple[str, str, int | None, Severity, Priority, tuple[int, ...]]:
        step = self.step.value() or None
        evidence: tuple[int, ...] = ()
        if step is not None and self.link_evidence.isChecked():
            evidence = tuple(item.id for item in self.run.steps[step - 1].evidence)
        return (self.title.text().strip(), self.description.toPlainText().strip(), step, *self.grades.values(),
                evidence)
