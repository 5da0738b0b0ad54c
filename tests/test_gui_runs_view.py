"""The runs view and the finished-run review, driven with pytest-qt on the offscreen platform: the filters
really filter, a run opens by double-click, Enter or button, and a finished run's pack is exported, read
back, verified (dropped and chosen) and, tampered with, refused."""

from __future__ import annotations

import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import docx
import pytest
from PySide6.QtCore import QDate, QMimeData, QPointF, Qt, QThreadPool, QUrl
from PySide6.QtGui import QDropEvent

from attest.core.importers import parse_file
from attest.core.model import Outcome, Role, StepStatus
from attest.core.workspace import Workspace
from attest.gui.operations import Operations
from attest.gui.run_review import RunReview
from attest.gui.runs_view import RUN, STARTED, STATUS, TESTER, RunsView
from attest.gui.tasks import Tasks
from attest.services import runs, witness
from conftest import FakeClock, png_bytes

EXAMPLES = Path(__file__).resolve().parents[1] / "core" / "examples"
LONDON = ZoneInfo("Europe/London")
NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)  # "today" for the date filters


def _three_runs(ws: Workspace, clock: FakeClock, tmp_path: Path) -> list[int]:
    """Run 1 passed (Asha, 24 Nov, a screenshot on step 1), run 2 failed (Ben, 27 Nov), run 3 of the other
    case in progress (Asha, 1 Dec)."""
    ws.cases.save_all(parse_file(EXAMPLES / "mhhs_qualification.yaml").cases)
    shot = tmp_path / "portal.png"
    shot.write_bytes(png_bytes(120, 60))
    first = runs.start_run(ws, "FM_TS_1_TC_01", tester="Asha Patel", environment="SIT-A")
    runs.record_step(ws, first.id, StepStatus.PASSED, actual="Legacy arrangement shown", files=[(shot, None)])
    for _ in range(3):
        runs.record_step(ws, first.id, StepStatus.PASSED, actual="As expected")
    runs.finish_run(ws, first.id)
    clock.moment += timedelta(days=3)
    second = runs.start_run(ws, "FM_TS_1_TC_01", tester="Ben Okafor", environment="SIT-B")
    runs.record_step(ws, second.id, StepStatus.PASSED, actual="ok")
    runs.record_step(ws, second.id, StepStatus.FAILED, actual="DIP returned 400 Bad Request")
    runs.finish_run(ws, second.id)
    clock.moment += timedelta(days=4)
    third = runs.start_run(ws, "COS_TS_2_TC_03", tester="Asha Patel", environment="UIT")
    return [first.id, second.id, third.id]


@pytest.fixture
def three(ws: Workspace, clock: FakeClock, tmp_path: Path) -> list[int]:
    return _three_runs(ws, clock, tmp_path)


def _view(qtbot, ws: Workspace, **options) -> RunsView:
    view = RunsView(ws, now=lambda: NOW, **options)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    return view


def _choose(combo, text: str) -> None:
    at = combo.findText(text, Qt.MatchFlag.MatchStartsWith)
    assert at >= 0, [combo.itemText(i) for i in range(combo.count())]
    combo.setCurrentIndex(at)


def test_every_run_is_listed_newest_first_with_times_in_a_named_zone(qtbot, ws: Workspace, three: list[int]) -> None:
    view = _view(qtbot, ws)
    first, second, third = three
    assert view.visible_run_ids() == [third, second, first]
    assert view.counts.text() == "3 runs, 1 in progress"
    assert view.selected_run_id() == third  # ready for Enter
    row = [view.proxy.index(0, c).data() for c in range(view.proxy.columnCount())]
    assert row[1:6] == ["COS_TS_2_TC_03", row[2], "In progress", "Asha Patel", "UIT"]
    assert row[6].startswith("2026-12-01 09:") and row[6].endswith(" GMT") and row[7] == "—"
    assert view.proxy.index(1, STATUS).data() == "Failed"

    paris = _view(qtbot, ws, tz=ZoneInfo("Europe/Paris"))  # the zone given is the zone shown, and named
    assert paris.proxy.index(0, STARTED).data().startswith("2026-12-01 10:")
    assert paris.proxy.index(0, STARTED).data().endswith(" CET")

    view.table.sortByColumn(RUN, Qt.SortOrder.AscendingOrder)
    assert view.visible_run_ids() == [first, second, third]
    view.table.sortByColumn(TESTER, Qt.SortOrder.DescendingOrder)
    assert view.visible_run_ids()[0] == second  # Ben after Asha, reversed


def test_filters_and_search_really_filter(qtbot, ws: Workspace, three: list[int]) -> None:
    first, second, third = three
    view = _view(qtbot, ws)
    assert not view.clear_button.isEnabled()

    _choose(view.status_filter, "In progress")
    assert view.visible_run_ids() == [third]
    assert view.counts.text() == "Showing 1 of 3 runs, 1 in progress"
    _choose(view.status_filter, "Finished")
    assert view.visible_run_ids() == [second, first]
    _choose(view.status_filter, "Failed")
    assert view.visible_run_ids() == [second]
    _choose(view.status_filter, "All statuses")

    _choose(view.case_filter, "FM_TS_1_TC_01")
    assert view.visible_run_ids() == [second, first]
    _choose(view.tester_filter, "Asha Patel")
    assert view.visible_run_ids() == [first]  # both at once
    view.clear_filters()
    assert view.visible_run_ids() == [third, second, first] and not view.clear_button.isEnabled()

    _choose(view.date_filter, "Today")
    assert view.visible_run_ids() == [third]
    _choose(view.date_filter, "Last 7 days")
    assert view.visible_run_ids() == [third, second]
    _choose(view.date_filter, "Between dates")
    assert view.date_from.isVisible() and view.visible_run_ids() == [third, second, first]  # offered: all of them
    view.date_from.setDate(QDate(2026, 11, 24))
    view.date_to.setDate(QDate(2026, 11, 24))
    assert view.visible_run_ids() == [first]
    view.clear_filters()
    assert not view.date_from.isVisible()

    qtbot.keyClicks(view.search, "okafor sit-b")  # every word, anywhere in the row
    assert view.visible_run_ids() == [second]
    view.search.clear()
    qtbot.keyClicks(view.search, "no such run")
    assert view.visible_run_ids() == [] and view.pages.currentWidget() is view.empty
    assert "No runs match these filters" in view.empty.text() and not view.open_button.isEnabled()
    view.clear_filters()
    assert view.pages.currentWidget() is view.table and view.search.text() == ""


def test_an_empty_workspace_says_how_to_start_a_run(qtbot, ws: Workspace) -> None:
    view = _view(qtbot, ws)
    assert view.pages.currentWidget() is view.empty
    assert view.empty.text() == "No runs yet: start one from the library (Ctrl+R)"
    assert not view.open_button.isEnabled()


def test_a_run_opens_by_double_click_enter_or_button(qtbot, ws: Workspace, three: list[int]) -> None:
    first, second, _third = three
    view = _view(qtbot, ws)
    opened: list[int] = []
    view.open_requested.connect(opened.append)

    row = view.visible_run_ids().index(second)
    rect = view.table.visualRect(view.proxy.index(row, 2))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a double-click's press
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [second]

    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=5000)  # shortcuts reach only the active window
    view.table.setFocus()
    view.select_run(first)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened == [second, first]
    view.open_button.click()
    assert opened == [second, first, first]

    with qtbot.waitSignal(view.closed, timeout=2000):
        qtbot.keyClick(view.table, Qt.Key.Key_L,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)


def test_select_run_clears_the_filters_hiding_it_and_refresh_keeps_the_selection(
        qtbot, ws: Workspace, three: list[int]) -> None:
    first, _second, third = three
    view = _view(qtbot, ws)
    _choose(view.status_filter, "In progress")
    assert view.select_run(first)
    assert view.selected_run_id() == first and view.status_filter.currentIndex() == 0
    messages: list[str] = []
    view.message.connect(messages.append)
    assert not view.select_run(99) and messages == ["There is no run 99 in this workspace"]

    runs.finish_run(ws, third)
    fourth = runs.start_run(ws, "FM_TS_1_TC_01", tester="Cara Lee").id
    view.refresh()
    assert view.selected_run_id() == first and view.visible_run_ids()[0] == fourth
    assert view.counts.text() == "4 runs, 1 in progress"
    assert view.tester_filter.findText("Cara Lee") >= 0


# -- the finished-run review


@pytest.fixture
def ops(qtbot, ws: Workspace):
    tasks = Tasks(QThreadPool())
    operations = Operations.like(ws, tasks)
    yield operations
    tasks.wait()


def _review(qtbot, ws: Workspace, run_id: int, ops: Operations, tmp_path: Path, **options) -> RunReview:
    chosen = {"choose_pack_file": lambda suggested: str(tmp_path / suggested),
              "choose_report_file": lambda suggested: str(tmp_path / suggested), **options}
    review = RunReview(ws, run_id, ops, tz=LONDON, **chosen)
    qtbot.addWidget(review)
    review.resize(1200, 700)
    review.show()
    return review


def _export(qtbot, review: RunReview, tmp_path: Path) -> Path:
    messages: list[str] = []
    review.message.connect(messages.append)
    review.export_button.click()
    assert review.cancel_button.isVisible() and not review.export_button.isEnabled()
    pack = tmp_path / f"{review.run.reference}_run{review.run_id}_evidence.docx"
    qtbot.waitUntil(lambda: pack.exists() and review.export_task is None, timeout=120_000)
    assert messages[-1] == f"Evidence pack written: {pack}", messages
    assert review.export_button.isEnabled() and not review.progress.isVisible()
    return pack


def _drop(review: RunReview, path: Path) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    review.dropEvent(QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier))


def _verdict(qtbot, review: RunReview) -> str:
    qtbot.waitUntil(lambda: not review.verdict.text().startswith("Checking"), timeout=60_000)
    return review.verdict.text()


def test_a_finished_run_is_shown_read_only_with_its_steps_and_evidence(qtbot, ws: Workspace, three: list[int],
                                                                       ops: Operations, tmp_path: Path) -> None:
    first, second, third = three
    review = _review(qtbot, ws, first, ops, tmp_path)
    assert review.title.text().startswith("FM_TS_1_TC_01 – ")
    assert "Passed" in review.details.text() and "Asha Patel" in review.details.text()
    assert "2026-11-24 09:" in review.details.text() and "GMT" in review.details.text()
    assert not review.banner.isVisible()
    assert review.steps.count() == 4 and review.steps.item(0).text().startswith("1. Passed — ")
    assert "Legacy arrangement shown" in review.step_view.toPlainText()
    assert review.evidence.count() == 1 and review.evidence.isVisible()
    assert "view it as stored" in review.evidence.item(0).toolTip()
    viewer = review.view_evidence()
    assert viewer is not None and "portal.png" in viewer.windowTitle()
    viewer.reject()
    review.steps.setCurrentRow(1)
    assert review.current == 2 and not review.evidence.isVisible()
    for text in ("Record", "Capture", "Finish", "Masks", "Annotate"):  # nothing here changes the run
        assert not [b for b in review.findChildren(type(review.export_button)) if b.text().startswith(text)]

    failed = _review(qtbot, ws, second, ops, tmp_path)
    assert failed.steps.item(1).text().startswith("2. Failed — ")
    assert failed.steps.item(2).text().startswith("3. Not recorded — ")
    running = _review(qtbot, ws, third, ops, tmp_path)
    assert running.banner.isVisible() and "still in progress" in running.banner.text()


def test_the_review_exports_a_real_pack_and_verifies_it_dropped_or_chosen(qtbot, ws: Workspace, three: list[int],
                                                                        ops: Operations, tmp_path: Path) -> None:
    first = three[0]
    chosen: list[str] = []
    review = _review(qtbot, ws, first, ops, tmp_path,
                     choose_verify_file=lambda start: chosen.append(start) or start)
    assert not review.report_button.isEnabled()  # not witnessed: no session to report
    assert "not witnessed" in review.report_button.toolTip()

    pack = _export(qtbot, review, tmp_path)
    text = "\n".join(p.text for p in docx.Document(str(pack)).paragraphs)
    assert "FM_TS_1_TC_01" in text

    messages: list[str] = []
    review.message.connect(messages.append)
    _drop(review, pack)  # as an assurer's returned copy would be dropped on the window
    verdict = _verdict(qtbot, review)
    assert verdict.startswith(f"<span style='font-size:11pt'><b>Verified:</b> {pack.name}")
    assert "this very document" in verdict and "SHA256:" in verdict
    assert messages[-1].startswith(f"Verified: {pack.name}; signed by key SHA256:")

    review.verdict.clear()
    review.verify_button.click()  # the chooser starts at the pack just written
    assert chosen == [str(pack)]
    assert "<b>Verified:</b>" in _verdict(qtbot, review)


def test_a_tampered_pack_is_not_verified(qtbot, ws: Workspace, three: list[int], ops: Operations,
                                         tmp_path: Path) -> None:
    review = _review(qtbot, ws, three[0], ops, tmp_path)
    pack = _export(qtbot, review, tmp_path)
    tampered = tmp_path / "returned.docx"
    with zipfile.ZipFile(pack) as source, zipfile.ZipFile(tampered, "w", zipfile.ZIP_DEFLATED) as target:
        media = sorted(n for n in source.namelist() if n.startswith("word/media/"))
        assert media, source.namelist()
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == media[0]:  # one byte of the packed screenshot
                data = data[:-20] + bytes([data[-20] ^ 0x01]) + data[-19:]
            target.writestr(info, data)

    messages: list[str] = []
    review.message.connect(messages.append)
    _drop(review, tampered)
    verdict = _verdict(qtbot, review)
    assert "<b>NOT verified:</b>" in verdict and "returned.docx" in verdict
    assert "its content is not what was packed" in verdict
    assert messages[-1].startswith("NOT verified: ") and "problem(s) in returned.docx" in messages[-1]

    not_word = tmp_path / "notes.docx"
    not_word.write_text("not a Word document")
    review.verify(not_word)
    assert "Not verified:" in _verdict(qtbot, review) and "not a Word document" in messages[-1]


def test_a_witnessed_run_writes_its_witness_report_and_the_report_verifies(
        qtbot, ws: Workspace, clock: FakeClock, ops: Operations, tmp_path: Path) -> None:
    ws.cases.save_all(parse_file(EXAMPLES / "mhhs_qualification.yaml").cases)
    session = runs.start_run(ws, "FM_TS_1_TC_01", tester="Asha Patel", witnessed=True, purpose="DCC witness test",
                             participants=[runs.ParticipantInput("Dev Rao", "DCC", Role.WITNESS)])
    for _ in range(4):
        runs.record_step(ws, session.id, StepStatus.PASSED, actual="As expected")
    witness.washup(ws, session.id, Outcome.ACCEPTED, signed_by="Dev Rao", by="Asha Patel")
    review = _review(qtbot, ws, session.id, ops, tmp_path)
    assert review.report_button.isEnabled() and "Accepted" in review.details.text()
    assert "Dev Rao (witness)" in review.details.text()

    messages: list[str] = []
    review.message.connect(messages.append)
    review.report_button.click()
    report = tmp_path / f"FM_TS_1_TC_01_run{session.id}_witness_report.docx"
    qtbot.waitUntil(lambda: review.report_task is None, timeout=60_000)
    assert messages[-1] == f"Witness report written: {report}" and report.exists()
    assert review.report_button.isEnabled()

    _drop(review, report)
    assert "<b>Verified:</b>" in _verdict(qtbot, review)


def test_the_review_follows_changes_to_its_run(qtbot, ws: Workspace, three: list[int], ops: Operations,
                                               tmp_path: Path) -> None:
    third = three[2]
    review = _review(qtbot, ws, third, ops, tmp_path)
    assert review.banner.isVisible()
    ops.finish_run(third)
    qtbot.waitUntil(lambda: not review.banner.isVisible(), timeout=30_000)
    assert review.run.is_finished
