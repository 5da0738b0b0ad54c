"""File dialogs open in the folder last used for their kind of file (an exported pack, a report, an import,
a verified pack), remembered on this machine, never a folder whose path holds an identifier."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog

from attest.gui.folders import IMPORTS, PACKS, REPORTS, VERIFY, Folders
from attest.gui.settings import AppSettings


def _settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def test_each_kind_opens_where_it_was_last_chosen_and_the_next_session_remembers(tmp_path: Path) -> None:
    packs, imports = tmp_path / "phase 2 packs", tmp_path / "cases"
    packs.mkdir()
    imports.mkdir()
    folders = Folders(_settings(tmp_path))
    assert folders.start(PACKS, "FM_TS_1.docx") == str(Path.home() / "FM_TS_1.docx")  # nothing chosen yet
    folders.chosen(PACKS, packs / "FM_TS_1.docx")
    folders.chosen(IMPORTS, imports)
    again = Folders(_settings(tmp_path))  # the app started again
    assert again.start(PACKS, "FM_TS_2.docx") == str(packs / "FM_TS_2.docx")
    assert again.start(IMPORTS) == str(imports)
    assert again.start(REPORTS) == str(Path.home()) and again.start(VERIFY) == str(Path.home())


def test_a_folder_gone_or_named_by_an_identifier_is_not_where_a_dialog_opens(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    gone = tmp_path / "old packs"
    gone.mkdir()
    Folders(settings).chosen(PACKS, gone / "a.docx")
    gone.rmdir()
    assert Folders(settings).start(PACKS) == str(Path.home())
    named = tmp_path / "1200023305967 packs"
    named.mkdir()
    folders = Folders(settings)
    folders.chosen(REPORTS, named / "report.docx")
    assert folders.start(REPORTS) == str(Path.home())
    settings.sync()
    assert "1200023305967" not in (tmp_path / "settings.ini").read_text(encoding="utf-8")


def test_the_app_s_dialogs_open_where_the_last_of_their_kind_was_chosen(qtbot, tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QThreadPool

    from attest.core.importers import parse_file
    from attest.core.workspace import Workspace
    from attest.gui.main_window import MainWindow, StartRunDialog
    from attest.gui.tasks import Tasks
    from conftest import register_test_data

    examples = Path(__file__).resolve().parents[1] / "core" / "examples"
    packs, cases = tmp_path / "phase 2 packs", tmp_path / "case files"
    packs.mkdir()
    cases.mkdir()
    asked: list[str] = []

    def save(_parent: object, _caption: str, start: str, _filter: str) -> tuple[str, str]:
        asked.append(start)
        return str(packs / Path(start).name), ""

    def open_many(_parent: object, _caption: str, start: str, _filter: str) -> tuple[list[str], str]:
        asked.append(start)
        return [str(cases / "mhhs.yaml")], ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", open_many)
    ini = str(tmp_path / "settings.ini")
    with Workspace.open(tmp_path / "ws") as ws:
        register_test_data(ws, "MPAN001")
        ws.cases.save_all(parse_file(examples / "mhhs_qualification.yaml").cases)
        window = MainWindow(ws, tasks=Tasks(QThreadPool()), settings=QSettings(ini, QSettings.Format.IniFormat),
                            confirm_discard=lambda question: True)
        qtbot.addWidget(window)
        window.library._file_dialog()  # the import dialog: the home folder first, then where the files were
        window.library._file_dialog()
        assert asked[:2] == [str(Path.home()), str(cases)]
        window.library.select_reference("FM_TS_1_TC_01")
        dialog = StartRunDialog("FM_TS_1_TC_01", "t", window.settings, window)
        dialog.tester.setText("Asha Patel")
        dialog.data.setText("MPAN001")
        dialog.exec = lambda: StartRunDialog.DialogCode.Accepted  # type: ignore[method-assign]
        window.start_run(window.library.selected_case_id() or 0, dialog)
        qtbot.waitUntil(lambda: window.runner is not None, timeout=30_000)
        assert window.runner is not None
        window.runner._pack_dialog("FM_TS_1_TC_01.docx")  # the export dialog, as Export opens it
        window.runner._pack_dialog("FM_TS_1_TC_01.docx")
        assert asked[2:] == [str(Path.home() / "FM_TS_1_TC_01.docx"), str(packs / "FM_TS_1_TC_01.docx")]
        qtbot.waitUntil(lambda: not window.tasks.running, timeout=30_000)
        window.settings.sync()
    # the next session on this machine starts there too
    again = Folders(AppSettings(QSettings(ini, QSettings.Format.IniFormat)))
    assert again.start(PACKS) == str(packs) and again.start(IMPORTS) == str(cases)
