"""The settings screen: machine preferences over QSettings, and the workspace's audited originals rule."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from docx import Document
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout, QWidget

from attest.core.workspace import Workspace
from attest.gui.main_window import StartRunDialog
from attest.gui.settings import (
    DEFAULT_CAPTURE_SHORTCUT,
    AppSettings,
    SettingsDialog,
    settings_action,
    shortcut_problem,
    shortcuts_in_use,
)
from attest.templates.styles import DEFAULT_TEMPLATE


@pytest.fixture
def ini(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


def fresh(ini: Path) -> AppSettings:
    """A new AppSettings over the same file: what the next start of Attest would read."""
    return AppSettings(QSettings(str(ini), QSettings.Format.IniFormat))


def audit_entries(ws: Workspace, action: str) -> list[dict[str, object]]:
    rows = ws.store.query("SELECT actor, action, details FROM audit_log WHERE action = ?", (action,))
    return [{"actor": r["actor"], "details": json.loads(r["details"])} for r in rows]


@pytest.fixture
def dialog(qtbot, ini: Path, ws: Workspace, tmp_path: Path):
    """A settings dialog whose folder and file choosers answer from ``picks`` (no native dialogs)."""
    picks: dict[str, str | None] = {"folder": None, "file": None}
    box = SettingsDialog(fresh(ini), ws, choose_folder=lambda _parent, _start: picks["folder"],
                         choose_template=lambda _parent, _start: picks["file"], taken={"Ctrl+E": "Export pack"},
                         env={})
    qtbot.addWidget(box)
    box.picks = picks  # type: ignore[attr-defined]
    return box


def good_template(tmp_path: Path) -> Path:
    copy = tmp_path / "Our pack.docx"
    shutil.copy(DEFAULT_TEMPLATE, copy)
    return copy


def template_without(tmp_path: Path, style: str) -> Path:
    """The built-in template with one required style renamed away, as a careless edit in Word would."""
    document = Document(str(DEFAULT_TEMPLATE))
    document.styles[style].name = "Something Else"
    path = tmp_path / f"no {style}.docx"
    document.save(str(path))
    return path


# -- AppSettings ----------------------------------------------------------------------------------------

def test_defaults_of_a_new_machine(ini: Path) -> None:
    settings = fresh(ini)
    assert settings.workspace is None and settings.template is None
    assert settings.tester == "" and settings.environment == ""
    assert settings.capture_shortcut == DEFAULT_CAPTURE_SHORTCUT == "Ctrl+Shift+F9"
    assert settings.capture_key_sequence() == QKeySequence("Ctrl+Shift+F9")


def test_each_setting_round_trips_through_the_file(ini: Path, tmp_path: Path) -> None:
    settings = fresh(ini)
    settings.workspace = tmp_path / "team ws"
    settings.tester = "  Asha Patel "
    settings.environment = "SIT-A"
    settings.template = tmp_path / "pack.docx"
    settings.capture_shortcut = QKeySequence("Alt+F12")
    settings.sync()
    again = fresh(ini)
    assert again.workspace == tmp_path / "team ws"
    assert again.tester == "Asha Patel" and again.environment == "SIT-A"
    assert again.template == tmp_path / "pack.docx"
    assert again.capture_shortcut == "Alt+F12"
    again.workspace, again.template = "", None  # empty: the default workspace, the built-in template
    assert fresh(ini).workspace is None and fresh(ini).template is None


def test_the_tester_is_the_one_the_start_run_dialog_remembers(qtbot, ini: Path) -> None:
    fresh(ini).tester = "Asha Patel"
    start = StartRunDialog("FM_TS_1_TC_01", "t", fresh(ini).qsettings)
    qtbot.addWidget(start)
    assert start.tester.text() == "Asha Patel"
    start.tester.setText("Ben Okafor")
    start.remember()
    assert fresh(ini).tester == "Ben Okafor"


def test_an_unreadable_stored_shortcut_falls_back_to_the_default(ini: Path) -> None:
    settings = fresh(ini)
    settings.qsettings.setValue("capture/shortcut", "Ctrl+Nonsense+Key")
    assert settings.capture_shortcut == DEFAULT_CAPTURE_SHORTCUT


# -- the dialog -----------------------------------------------------------------------------------------

def test_ok_applies_every_field(dialog: SettingsDialog, ini: Path, tmp_path: Path, ws: Workspace) -> None:
    dialog.picks["folder"] = str(tmp_path / "new workspace")  # type: ignore[attr-defined]
    dialog.workspace_button.click()
    dialog.picks["file"] = str(good_template(tmp_path))  # type: ignore[attr-defined]
    dialog.template_button.click()
    assert not dialog.template_error.isVisibleTo(dialog)
    dialog.tester.setText("Asha Patel")
    dialog.environment.setText("UIT-2")
    dialog.shortcut.setKeySequence(QKeySequence("Ctrl+Alt+S"))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.changed == {"workspace", "tester", "environment", "template", "capture_shortcut"}
    saved = fresh(ini)
    assert saved.workspace == tmp_path / "new workspace"
    assert saved.template == tmp_path / "Our pack.docx"
    assert (saved.tester, saved.environment, saved.capture_shortcut) == ("Asha Patel", "UIT-2", "Ctrl+Alt+S")
    assert ws.originals.mode == "discard" and not audit_entries(ws, "settings.originals")  # untouched


def test_a_reopened_dialog_shows_what_was_saved(qtbot, dialog: SettingsDialog, ini: Path, ws: Workspace,
                                               tmp_path: Path) -> None:
    dialog.tester.setText("Asha Patel")
    dialog.template.setText(str(good_template(tmp_path)))
    dialog.accept()
    again = SettingsDialog(fresh(ini), ws, env={})
    qtbot.addWidget(again)
    assert again.tester.text() == "Asha Patel"
    assert again.template.text() == str(tmp_path / "Our pack.docx")
    assert again.shortcut.keySequence() == QKeySequence(DEFAULT_CAPTURE_SHORTCUT)


def test_a_template_without_the_pack_styles_is_refused_naming_the_style(dialog: SettingsDialog, ini: Path,
                                                                       tmp_path: Path) -> None:
    dialog.picks["file"] = str(template_without(tmp_path, "Attest Notice"))  # type: ignore[attr-defined]
    dialog.template_button.click()
    assert dialog.template_error.isVisibleTo(dialog)  # said as soon as it is chosen
    assert "lacks the style 'Attest Notice'" in dialog.template_error.text()
    dialog.tester.setText("Asha Patel")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert fresh(ini).template is None and fresh(ini).tester == ""  # nothing applied


def test_a_plain_word_document_is_refused_with_every_missing_style(dialog: SettingsDialog, tmp_path: Path) -> None:
    plain = tmp_path / "letter.docx"
    Document().save(str(plain))
    not_word = tmp_path / "notes.docx"
    not_word.write_text("not a zip")
    dialog.template.setText(str(plain))
    dialog.accept()
    assert "'Attest Code'" in dialog.template_error.text() and "'Attest Table'" in dialog.template_error.text()
    dialog.template.setText(str(not_word))
    dialog.accept()
    assert "cannot be read as a Word document" in dialog.template_error.text()
    dialog.template.setText(str(tmp_path / "missing.docx"))
    dialog.accept()
    assert dialog.template_error.text().startswith("There is no file")
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.template_default_button.click()  # back to the built-in template
    assert dialog.template.text() == "" and not dialog.template_error.isVisibleTo(dialog)


def test_a_folder_that_is_not_a_workspace_is_refused(dialog: SettingsDialog, ini: Path, tmp_path: Path) -> None:
    documents = tmp_path / "Documents"
    documents.mkdir()
    (documents / "cv.docx").write_text("x")
    dialog.picks["folder"] = str(documents)  # type: ignore[attr-defined]
    dialog.workspace_button.click()
    assert "already holds other files and is not an Attest workspace" in dialog.workspace_error.text()
    dialog.workspace.setText("relative/folder")
    dialog.accept()
    assert "full path" in dialog.workspace_error.text()
    assert dialog.result() != QDialog.DialogCode.Accepted and fresh(ini).workspace is None


def test_an_existing_workspace_and_the_default_are_accepted(dialog: SettingsDialog, ini: Path, ws: Workspace) -> None:
    dialog.workspace.setText(str(ws.root))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted and fresh(ini).workspace == ws.root


@pytest.mark.parametrize(("keys", "said"), [
    ("Ctrl+E", "already the shortcut for “Export pack”"),
    ("Ctrl+C", "already the shortcut for “Copy”"),
    ("A", "Include Ctrl or Alt"),
    ("Shift+A", "Include Ctrl or Alt"),
    ("F25", "Include Ctrl or Alt"),  # not a key Windows registers, nor one every keyboard has
    ("Ctrl+Alt+/", "'/' cannot be a global shortcut key"),  # the global shortcut has the last word
    ("", "Press the key combination"),
])
def test_a_capture_shortcut_that_would_clash_or_fire_while_typing_is_refused(dialog: SettingsDialog, ini: Path,
                                                                            keys: str, said: str) -> None:
    dialog.shortcut.setKeySequence(QKeySequence(keys))
    dialog.accept()
    assert said in dialog.shortcut_error.text()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert fresh(ini).capture_shortcut == DEFAULT_CAPTURE_SHORTCUT


def test_keys_that_type_nothing_may_stand_alone_and_default_restores(dialog: SettingsDialog) -> None:
    for alone in ("F9", "Shift+F12", "Print", "Pause"):  # keys that type nothing, as the global shortcut allows
        assert shortcut_problem(QKeySequence(alone), {}) is None, alone
    assert "single key combination" in (shortcut_problem(QKeySequence("Ctrl+K, Ctrl+C"), {}) or "")
    dialog.shortcut.setKeySequence(QKeySequence("Alt+F2"))
    dialog.shortcut_reset.click()
    assert dialog.shortcut.keySequence() == QKeySequence(DEFAULT_CAPTURE_SHORTCUT)


def test_changing_originals_is_a_workspace_setting_audited_with_the_tester(dialog: SettingsDialog,
                                                                          ws: Workspace) -> None:
    dialog.tester.setText("Asha Patel")
    dialog.originals.setCurrentIndex(dialog.originals.findData("encrypted"))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted and "originals" in dialog.changed
    assert ws.originals.mode == "encrypted"
    [entry] = audit_entries(ws, "settings.originals")
    assert entry["actor"] == "Asha Patel" and entry["details"]["mode"] == "encrypted"
    assert ws.verify_audit().ok


def test_without_a_keyring_originals_stay_discarded_and_nothing_is_applied(dialog: SettingsDialog, ini: Path,
                                                                           ws: Workspace) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())  # headless Linux: no Secret Service
    dialog.tester.setText("Asha Patel")
    dialog.originals.setCurrentIndex(dialog.originals.findData("encrypted"))
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted  # stays open, with the reason
    text = dialog.originals_error.text()
    assert dialog.originals_error.isVisibleTo(dialog)
    assert text.startswith("Not changed:") and "OS keyring" in text and "originals are discarded" in text
    assert dialog.originals.currentData() == "discard"  # shows what is true
    assert ws.originals.mode == "discard" and not audit_entries(ws, "settings.originals")
    assert fresh(ini).tester == ""  # all or nothing
    dialog.accept()  # the rest can still be applied, with originals left as they are
    assert dialog.result() == QDialog.DialogCode.Accepted and fresh(ini).tester == "Asha Patel"


def test_cancel_changes_nothing(dialog: SettingsDialog, ini: Path, ws: Workspace, tmp_path: Path) -> None:
    before = ws.store.one("SELECT COUNT(*) AS n FROM audit_log")["n"]
    dialog.workspace.setText(str(tmp_path / "elsewhere"))
    dialog.tester.setText("Asha Patel")
    dialog.environment.setText("SIT-B")
    dialog.template.setText(str(good_template(tmp_path)))
    dialog.shortcut.setKeySequence(QKeySequence("Ctrl+Alt+S"))
    dialog.originals.setCurrentIndex(dialog.originals.findData("encrypted"))
    dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Rejected
    saved = fresh(ini)
    assert (saved.workspace, saved.tester, saved.environment, saved.template) == (None, "", "", None)
    assert saved.capture_shortcut == DEFAULT_CAPTURE_SHORTCUT and not ini.exists()
    assert ws.originals.mode == "discard"
    assert ws.store.one("SELECT COUNT(*) AS n FROM audit_log")["n"] == before


def test_the_environment_variable_is_said_to_win(qtbot, ini: Path, ws: Workspace) -> None:
    box = SettingsDialog(fresh(ini), ws, env={"ATTEST_WORKSPACE": "/srv/attest"})
    qtbot.addWidget(box)
    assert any("ATTEST_WORKSPACE is set (/srv/attest)" in label.text()
               for label in box.findChildren(type(box.workspace_error)))


# -- keyboard-first -------------------------------------------------------------------------------------

def test_every_button_has_a_shortcut_named_in_its_tooltip(dialog: SettingsDialog) -> None:
    buttons = [b for b in dialog.findChildren(QPushButton) if b.text() not in ("OK", "&OK", "Cancel", "&Cancel")]
    assert len(buttons) == 4
    for button in buttons:
        key = button.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        assert key and f"({key})" in button.toolTip(), button.text()


def test_settings_action_is_ctrl_comma(qtbot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    opened: list[bool] = []
    action = settings_action(window, lambda: opened.append(True))
    assert action.shortcut() == QKeySequence("Ctrl+,")
    assert action.menuRole() == QAction.MenuRole.PreferencesRole
    assert action.toolTip().endswith(f"({QKeySequence('Ctrl+,').toString(QKeySequence.SequenceFormat.NativeText)})")
    action.trigger()
    assert opened == [True]


def test_shortcuts_in_use_are_read_from_the_window_but_not_from_dialogs(qtbot, ini: Path, ws: Workspace) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    export = QAction("Export pack…", window)
    export.setShortcut(QKeySequence("Ctrl+E"))
    window.addAction(export)
    start = QPushButton("&Start run…")
    start.setShortcut(QKeySequence("Ctrl+R"))
    QVBoxLayout(window).addWidget(start)
    SettingsDialog(fresh(ini), ws, window, env={})  # its own Ctrl+O etc. are not the window's
    used = shortcuts_in_use(window)
    assert used == {"Ctrl+E": "Export pack", "Ctrl+R": "Start run"}
    box = SettingsDialog(fresh(ini), ws, window, env={})
    box.shortcut.setKeySequence(QKeySequence("Ctrl+R"))
    box.accept()
    assert "already the shortcut for “Start run”" in box.shortcut_error.text()


@pytest.mark.parametrize("folder", ["ws_1497385447281_COS", "Evidence 07700 900123", "Jobs/S06DS123456"])
def test_a_workspace_or_template_path_holding_an_identifier_is_refused_unechoed(dialog: SettingsDialog, ini: Path,
                                                                               tmp_path: Path, folder: str) -> None:
    """The path is kept in this machine's settings and the window's title shows it: one holding an identifier
    is refused, and the refusal never repeats it."""
    dialog.workspace.setText(str(tmp_path / folder))
    dialog.accept()
    said = dialog.workspace_error.text()
    assert "identifier" in said and not any(part in said for part in ("1497385447281", "900123", "S06DS123456")), said
    assert dialog.result() != QDialog.DialogCode.Accepted and fresh(ini).workspace is None
    dialog.workspace.setText("")
    template = tmp_path / folder / "pack.docx"
    template.parent.mkdir(parents=True)
    shutil.copy(DEFAULT_TEMPLATE, template)
    dialog.template.setText(str(template))
    dialog.accept()
    said = dialog.template_error.text()
    assert "identifier" in said and not any(part in said for part in ("1497385447281", "900123", "S06DS123456")), said
    assert fresh(ini).template is None
    settings = fresh(ini)
    settings.workspace = tmp_path / folder  # however it is set, the settings keep no identifier
    assert fresh(ini).workspace is None and folder.split("/")[-1] not in ini.read_text(encoding="utf-8")


def test_a_missing_template_is_named_without_the_identifier_in_its_path(dialog: SettingsDialog, tmp_path: Path) -> None:
    from attest.gui.settings import template_problem

    said = template_problem(str(tmp_path / "tmpl_15 4266 6556 952.docx"))
    assert said is not None and "6556" not in said


def test_the_window_title_names_the_workspace_without_an_identifier(qtbot, tmp_path: Path, clock) -> None:  # noqa: ANN001
    from PySide6.QtCore import QThreadPool

    from attest.gui.main_window import MainWindow
    from attest.gui.tasks import Tasks

    ws = Workspace.open(tmp_path / "ws_1497385447281_COS", clock=clock)
    try:
        window = MainWindow(ws, tasks=Tasks(QThreadPool()),
                            settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        assert "1497385447281" not in window.windowTitle() and "ws_[MPAN-1]_COS" in window.windowTitle()
    finally:
        ws.close()


@pytest.mark.parametrize(("field", "value", "said"), [("tester", "1200023305967", "Tester"),
                                                       ("tester", "jo.smith@example.com", "EMAIL"),
                                                       ("data", "MPAN001, 07700 900123", "Test data")])
def test_the_start_run_dialog_says_why_it_cannot_start_and_keeps_what_was_typed(qtbot, ini: Path, field: str,
                                                                                value: str, said: str) -> None:
    start = StartRunDialog("FM_TS_1_TC_01", "t", fresh(ini).qsettings)
    qtbot.addWidget(start)
    start.tester.setText("Asha Patel")
    start.environment.setText("SIT-A")
    getattr(start, field).setText(value)
    start.show()
    start.accept()
    assert start.isVisible() and start.result() != QDialog.DialogCode.Accepted
    shown = start.problem_label.text()
    assert said in shown and "identifier" in shown and "1200023305967" not in shown and "900123" not in shown, shown
    assert getattr(start, field).text() == value and start.environment.text() == "SIT-A"
    getattr(start, field).setText("Asha Patel" if field == "tester" else "MPAN001")
    start.accept()
    assert start.result() == QDialog.DialogCode.Accepted


def test_a_refusal_shown_in_an_open_dialog_is_read_whole(qtbot, dialog: SettingsDialog, tmp_path: Path) -> None:
    """A wrapped message added to a shown dialog grows it (the tester's width kept), not cut off at one line."""
    dialog.resize(720, dialog.sizeHint().height())
    dialog.show()
    qtbot.waitExposed(dialog)
    documents = tmp_path / "Documents"
    documents.mkdir()
    (documents / "cv.docx").write_text("x")
    dialog.picks["folder"] = str(documents)  # type: ignore[attr-defined]
    dialog.workspace_button.click()
    qtbot.wait(50)
    label = dialog.workspace_error
    assert label.isVisible() and dialog.width() == 720
    assert label.height() >= label.heightForWidth(label.width()), (label.height(), label.heightForWidth(label.width()))
