"""Every run in the workspace, newest first, with filters a tester reaches for: what is still in
progress, one case's history, one tester's week.

The table model is thin, as the library's is: it holds the ``Run`` rows core returns and nothing
else; the proxy model does the filtering and sorting, comparing the runs themselves (their status,
their start as a moment) rather than the text shown, so "Finished" and a date range mean what they
say whatever the time zone or the column's wording. Times are shown in one named zone (see
:mod:`attest.core.local_time`), because a run started on the night the clocks change must not leave
a tester guessing which side it fell.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QFont, QFontMetrics, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from attest.core.local_time import DEFAULT_ZONE, UnknownZone, local, stamp, zone
from attest.core.model import Run, RunStatus
from attest.core.workspace import Workspace

COLUMNS = ("Run", "Case", "Title", "Status", "Tester", "Environment", "Started", "Finished")
RUN, CASE, TITLE, STATUS, TESTER, ENVIRONMENT, STARTED, FINISHED = range(len(COLUMNS))
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1  # the status value, for the pill delegate
ModelIndex = QModelIndex | QPersistentModelIndex

# (text, pale fill): one palette for the runs table, the review's header and its steps list
STATUS_COLOURS: dict[str, tuple[str, str]] = {
    "in-progress": ("#1d4ed8", "#dbeafe"),
    "passed": ("#166534", "#dcfce7"),
    "failed": ("#b91c1c", "#fee2e2"),
    "blocked": ("#b45309", "#fef3c7"),
    "incomplete": ("#4b5563", "#e5e7eb"),
    "not-run": ("#4b5563", "#e5e7eb"),
}

ALL, FINISHED_ANY = "", "finished"
STATUS_CHOICES: tuple[tuple[str, str], ...] = (
    ("All statuses", ALL),
    (RunStatus.IN_PROGRESS.label, RunStatus.IN_PROGRESS.value),
    ("Finished (any outcome)", FINISHED_ANY),
    *((s.label, s.value) for s in RunStatus if s is not RunStatus.IN_PROGRESS),
)
# started: within the last N days (today counts as one), or between two dates the tester picks
RANGE = "range"
DATE_CHOICES: tuple[tuple[str, int | str | None], ...] = (
    ("Any time", None), ("Today", 1), ("Last 7 days", 7), ("Last 30 days", 30), ("Last 90 days", 90),
    ("Between dates…", RANGE),
)


def default_zone(tz: ZoneInfo | None) -> ZoneInfo:
    """The zone given, else the user's; a mistyped ``$ATTEST_TIME_ZONE`` must not stop the window opening."""
    if tz is not None:
        return tz
    try:
        return zone()
    except UnknownZone:
        return zone(DEFAULT_ZONE)


def status_text(run: Run) -> str:
    return run.status.label + (" · witnessed" if run.witnessed else "")


class RunTableModel(QAbstractTableModel):
    def __init__(self, tz: ZoneInfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tz = tz
        self.rows: list[Run] = []

    def set_rows(self, rows: list[Run]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def text(self, run: Run, column: int) -> str:
        if column == RUN:
            return str(run.id)
        if column == STARTED:
            return stamp(run.started_at, self.tz, seconds=False)
        if column == FINISHED:
            return stamp(run.finished_at, self.tz, seconds=False)
        return (str(run.id), run.reference, " ".join(run.title.split()), status_text(run), run.tester,
                run.environment)[column]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        run = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(run, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in (STARTED, FINISHED):  # the full time, seconds and all
                return stamp(run.started_at if column == STARTED else run.finished_at, self.tz)
            if column == STATUS and run.witnessed:
                washup = run.washup.outcome.label if run.washup is not None else "not held yet"
                return f"{run.status.label}; a witnessed session (wash-up: {washup})"
            return self.text(run, column)
        if role == Qt.ItemDataRole.UserRole:
            return run.id
        if role == STATUS_ROLE:
            return run.status.value
        if role == Qt.ItemDataRole.TextAlignmentRole and column == RUN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None


def _moment(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def sort_key(run: Run, column: int) -> tuple[Any, ...]:
    """Runs compared as what they are: ids as numbers, times as moments (an unfinished run counts as
    the latest to finish), text without case; the run id breaks ties so the order never jumps."""
    if column == RUN:
        return (run.id,)
    if column == STARTED:
        return (_moment(run.started_at), run.id)
    if column == FINISHED:
        if run.finished_at is None:
            return (1, datetime.max.replace(tzinfo=UTC), run.id)
        return (0, _moment(run.finished_at), run.id)
    if column == STATUS:
        return (list(RunStatus).index(run.status), run.id)
    text = {CASE: run.reference, TITLE: run.title, TESTER: run.tester, ENVIRONMENT: run.environment}[column]
    return (" ".join(text.split()).casefold(), run.id)


class RunFilter(QSortFilterProxyModel):
    """Status, case, tester, a start window and free text, all at once; each is '' or None for any."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.status = ALL  # ALL, FINISHED_ANY or a RunStatus value
        self.case = ""  # a case reference
        self.tester = ""
        self.since: datetime | None = None  # started at or after (aware)
        self.until: datetime | None = None  # started before (aware)
        self.text = ""

    def source(self) -> RunTableModel:
        model = self.sourceModel()
        assert isinstance(model, RunTableModel)
        return model

    def set_filters(self, **changes: Any) -> None:
        unknown = set(changes) - {"status", "case", "tester", "since", "until", "text"}
        if unknown:
            raise TypeError(f"unknown filter(s): {', '.join(sorted(unknown))}")
        if all(getattr(self, name) == value for name, value in changes.items()):
            return
        begin = getattr(self, "beginFilterChange", None)  # Qt 6.9+; invalidateFilter() is deprecated there
        if begin is not None:
            begin()
        for name, value in changes.items():
            setattr(self, name, value)
        if begin is not None:
            self.endFilterChange()
        else:  # pragma: no cover - older Qt
            self.invalidateFilter()

    def is_filtered(self) -> bool:
        return bool(self.status or self.case or self.tester or self.since or self.until or self.text.strip())

    def accepts(self, run: Run) -> bool:
        if self.status == FINISHED_ANY and not run.is_finished:
            return False
        if self.status not in (ALL, FINISHED_ANY) and run.status.value != self.status:
            return False
        if self.case and run.reference != self.case:
            return False
        if self.tester and run.tester != self.tester:
            return False
        started = _moment(run.started_at)
        if self.since is not None and started < self.since:
            return False
        if self.until is not None and started >= self.until:
            return False
        words = self.text.casefold().split()
        if words:
            model = self.source()
            haystack = " ".join(model.text(run, column) for column in range(len(COLUMNS))).casefold()
            return all(word in haystack for word in words)  # every word somewhere: "asha failed" narrows
        return True

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        return self.accepts(self.source().rows[source_row])

    def lessThan(self, source_left: ModelIndex, source_right: ModelIndex) -> bool:
        rows = self.source().rows
        column = source_left.column()
        return sort_key(rows[source_left.row()], column) < sort_key(rows[source_right.row()], column)


class StatusPill(QStyledItemDelegate):
    """The status cell as a coloured pill: failed and blocked runs stand out down a long list."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)  # selection, focus
        ink, fill = STATUS_COLOURS.get(str(index.data(STATUS_ROLE)), ("#111827", "#f3f4f6"))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(opt.font)
        font.setBold(True)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        height = metrics.height() + 4
        width = min(metrics.horizontalAdvance(text) + 18, opt.rect.width() - 8)
        pill = QRectF(opt.rect.x() + 4, opt.rect.y() + (opt.rect.height() - height) / 2, width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(fill))
        painter.drawRoundedRect(pill, height / 2, height / 2)
        painter.setPen(QColor(ink))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter,
                         metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(pill.width()) - 10))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        font = QFont(option.font)
        font.setBold(True)
        width = QFontMetrics(font).horizontalAdvance(str(index.data(Qt.ItemDataRole.DisplayRole) or "")) + 30
        return QSize(max(size.width(), width), max(size.height(), option.fontMetrics.height() + 10))


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


class RunsView(QWidget):
    """Lists runs; ``open_requested(run id)`` on double-click, Enter or Open; ``closed`` for the library."""

    open_requested = Signal(int)
    closed = Signal()
    message = Signal(str)

    def __init__(self, ws: Workspace, *, tz: ZoneInfo | None = None,
                 now: Callable[[], datetime] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.tz = default_zone(tz)
        self.now = now or (lambda: datetime.now(UTC))  # "today", "last 7 days": tests fix the clock

        heading = QLabel("Runs")
        heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.counts = QLabel()
        self.counts.setStyleSheet("color: #4b5563; font-size: 10.5pt;")
        self.search = QLineEdit(placeholderText="Search every column: run, case, title, tester, environment, date…")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(320)
        self.search.setToolTip("Every word must appear somewhere in the run's row; Enter moves to the list")
        self.search.returnPressed.connect(self._to_table)

        self.model = RunTableModel(self.tz, self)
        self.proxy = RunFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search.textChanged.connect(lambda text: self._filter(text=text))

        self.status_filter = self._combo("Show runs with this status", STATUS_CHOICES)
        self.status_filter.currentIndexChanged.connect(lambda _i: self._filter(status=self.status_filter.currentData()))
        self.case_filter = self._combo("Show the runs of one case", [("All cases", "")])
        # wide enough for a reference; the list that drops down shows the titles in full
        self.case_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.case_filter.setMinimumContentsLength(22)
        self.case_filter.view().setMinimumWidth(460)
        self.case_filter.currentIndexChanged.connect(lambda _i: self._filter(case=self.case_filter.currentData()))
        self.tester_filter = self._combo("Show the runs one tester recorded", [("All testers", "")])
        self.tester_filter.currentIndexChanged.connect(
            lambda _i: self._filter(tester=self.tester_filter.currentData()))
        self.date_filter = self._combo(f"Show runs started in this window (days as in {self.tz.key})", DATE_CHOICES)
        self.date_filter.currentIndexChanged.connect(lambda _i: self._dates_changed())
        self.date_from = self._date_edit("Started on or after this day")
        self.date_to = self._date_edit("Started on or before this day")
        self.date_dash = QLabel("to")
        self.clear_button = QPushButton("Clear filters")
        self.clear_button.setToolTip("Show every run again (Ctrl+Shift+X)")
        self._shortcut(self.clear_button, "Ctrl+Shift+X", self.clear_filters)

        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(STARTED, Qt.SortOrder.DescendingOrder)  # newest first
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.setItemDelegateForColumn(STATUS, StatusPill(self.table))
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (RUN, CASE, STATUS, TESTER, ENVIRONMENT, STARTED, FINISHED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        open_on_enter = QAction("Open run", self.table)
        open_on_enter.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        open_on_enter.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        open_on_enter.triggered.connect(lambda _checked=False: self.open_selected())
        self.table.addAction(open_on_enter)

        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #6b7280; font-size: 13pt; padding: 40px;")
        self.pages = QStackedWidget()
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.empty)

        self.open_button = QPushButton("Open run")
        self.open_button.setToolTip("Open the selected run: a finished one to review and export, one in progress "
                                    "to carry on recording (Enter, or double-click)")
        self.open_button.clicked.connect(self.open_selected)
        self.open_button.setDefault(False)
        self.open_button.setAutoDefault(False)
        self.back_button = QPushButton("Library")
        self.back_button.setToolTip("Back to the case library (Ctrl+Shift+L)")
        self._shortcut(self.back_button, "Ctrl+Shift+L", self.closed.emit)
        self._shortcut(None, "F5", self.refresh)

        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(12)
        top.addWidget(self.counts)
        top.addStretch(1)
        top.addWidget(self.search, 1)
        top.addWidget(self.open_button)
        top.addWidget(self.back_button)
        filters = QHBoxLayout()
        for label, widget in (("Status", self.status_filter), ("Case", self.case_filter),
                              ("Tester", self.tester_filter), ("Started", self.date_filter)):
            caption = QLabel(label)
            caption.setStyleSheet("color: #374151;")
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget)
            filters.addSpacing(8)
        filters.addWidget(self.date_from)
        filters.addWidget(self.date_dash)
        filters.addWidget(self.date_to)
        filters.addStretch(1)
        filters.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.pages, 1)
        self._show_range(False)
        self.refresh()

    # -- building

    def _combo(self, tip: str, choices: Any) -> QComboBox:
        combo = QComboBox()
        combo.setToolTip(tip)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for text, value in choices:
            combo.addItem(text, value)
        return combo

    def _date_edit(self, tip: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setToolTip(tip)
        edit.dateChanged.connect(lambda _d: self._dates_changed())
        return edit

    def _shortcut(self, button: QPushButton | None, key: str, slot: Callable[[], object]) -> None:
        """A shortcut on the view (a button's own fires only after an animation delay, and only while
        the button is enabled), as the runner's buttons have."""
        action = QAction(self)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        if button is not None:
            button.clicked.connect(action.trigger)

    # -- data

    def refresh(self) -> None:
        """Read every run again, keeping the selected one (and the filters) where they still apply."""
        selected = self.selected_run_id()
        runs = self.ws.runs.all()
        self.model.set_rows(runs)
        self._refill(self.case_filter, "All cases",
                     sorted({r.reference: " ".join(r.title.split()) for r in runs}.items(),
                            key=lambda pair: pair[0].casefold()),
                     lambda pair: (f"{pair[0]} – {pair[1]}" if pair[1] else pair[0], pair[0]))
        self._refill(self.tester_filter, "All testers", sorted({r.tester for r in runs if r.tester}, key=str.casefold),
                     lambda name: (name, name))
        if runs and self.date_filter.currentData() != RANGE:  # the range offered spans the runs there are
            first = min(local(r.started_at, self.tz).date() for r in runs)
            self._set_range(first, local(self.now(), self.tz).date())
        self._restore(selected)
        self._update_counts()

    def _refill(self, combo: QComboBox, everyone: str, values: Any, item: Callable[[Any], tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everyone, "")
        for value in values:
            text, data = item(value)
            combo.addItem(text, data)
        at = combo.findData(current)
        combo.setCurrentIndex(max(at, 0))
        combo.blockSignals(False)
        if at < 0 and current:  # the case or tester went (no such run any more): show all again
            self._filter(**{"case" if combo is self.case_filter else "tester": ""})

    def _set_range(self, first: date, last: date) -> None:
        for edit, day in ((self.date_from, first), (self.date_to, last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def _restore(self, run_id: int | None) -> None:
        if self.proxy.rowCount() == 0:
            return
        row = self._row_of(run_id) if run_id is not None else None
        self.table.selectRow(row if row is not None else 0)  # else the newest (top) row, ready for Enter

    def _row_of(self, run_id: int) -> int | None:
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(Qt.ItemDataRole.UserRole) == run_id:
                return row
        return None

    def selected_run_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return int(rows[0].data(Qt.ItemDataRole.UserRole)) if rows else None

    def select_run(self, run_id: int) -> bool:
        """Select ``run_id`` (clearing the filters if they hide it); false if the workspace has no such run."""
        if all(r.id != run_id for r in self.model.rows):
            self.refresh()  # started since the list was read?
        if all(r.id != run_id for r in self.model.rows):
            self.message.emit(f"There is no run {run_id} in this workspace")
            return False
        if self._row_of(run_id) is None:
            self.clear_filters()
        row = self._row_of(run_id)
        assert row is not None
        self.table.selectRow(row)
        self.table.scrollTo(self.proxy.index(row, 0))
        return True

    def focus_search(self) -> None:
        """For the window's Find (Ctrl+F) while this view shows: the window owns that shortcut."""
        self.search.setFocus()
        self.search.selectAll()

    def visible_run_ids(self) -> list[int]:
        """The runs shown, top to bottom."""
        return [int(self.proxy.index(row, 0).data(Qt.ItemDataRole.UserRole)) for row in range(self.proxy.rowCount())]

    # -- filtering

    def _filter(self, **changes: Any) -> None:
        self.proxy.set_filters(**changes)
        if not self.table.selectionModel().selectedRows():
            self._restore(None)
        self._update_counts()

    def _dates_changed(self) -> None:
        choice = self.date_filter.currentData()
        self._show_range(choice == RANGE)
        if choice is None:
            self._filter(since=None, until=None)
        elif choice == RANGE:
            first, last = _day(self.date_from.date()), _day(self.date_to.date())
            if last < first:  # the tester picked them the wrong way round: take the days between
                first, last = last, first
            self._filter(since=self._midnight(first), until=self._midnight(last + timedelta(days=1)))
        else:
            today = local(self.now(), self.tz).date()
            self._filter(since=self._midnight(today - timedelta(days=int(choice) - 1)), until=None)

    def _midnight(self, day: date) -> datetime:
        return datetime(day.year, day.month, day.day, tzinfo=self.tz)

    def _show_range(self, shown: bool) -> None:
        for widget in (self.date_from, self.date_dash, self.date_to):
            widget.setVisible(shown)

    def clear_filters(self) -> None:
        for combo in (self.status_filter, self.case_filter, self.tester_filter, self.date_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._show_range(False)
        self._filter(status=ALL, case="", tester="", since=None, until=None, text="")

    def _update_counts(self) -> None:
        total = len(self.model.rows)
        shown = [self.model.rows[self.proxy.mapToSource(self.proxy.index(r, 0)).row()]
                 for r in range(self.proxy.rowCount())]
        running = sum(1 for r in shown if not r.is_finished)
        if not total:
            self.counts.setText("")
            self.empty.setText("No runs yet: start one from the library (Ctrl+R)")
        elif self.proxy.is_filtered():
            self.counts.setText(f"Showing {len(shown)} of {_plural(total, 'run')}"
                                + (f", {running} in progress" if running else ""))
            self.empty.setText(f"No runs match these filters.\nClear filters (Ctrl+Shift+X) to see all {total}.")
        else:
            self.counts.setText(f"{_plural(total, 'run')}, {running} in progress")
        self.pages.setCurrentWidget(self.table if shown else self.empty)
        for control in (self.search, self.status_filter, self.case_filter, self.tester_filter, self.date_filter):
            control.setEnabled(bool(total))  # nothing to filter yet
        self.clear_button.setEnabled(self.proxy.is_filtered())
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.open_button.setEnabled(self.selected_run_id() is not None and self.proxy.rowCount() > 0)

    # -- opening

    def _to_table(self) -> None:
        if self.proxy.rowCount():
            if not self.table.selectionModel().selectedRows():
                self.table.selectRow(0)
            self.table.setFocus()

    def open_selected(self) -> None:
        run_id = self.selected_run_id()
        if run_id is not None:
            self.open_requested.emit(run_id)
