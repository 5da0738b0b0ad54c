"""The settings screen: workspace folder, tester name, environment, default pack template, capture
shortcut, the time zone times are shown in, and what to keep of unredacted originals.

Two kinds of setting live here, kept apart on purpose:

- **this machine's preferences** (:class:`AppSettings`, over ``QSettings``): which workspace the app
  opens, who the tester is, the Word template packs start from, the capture shortcut and delay, the time zone
  (Europe/London unless changed: times are stored UTC and shown local, the zone named). They belong to
  the person at the keyboard and are never audited.
- **the workspace's rule for originals** (``Workspace.originals``): whether an unredacted original is
  discarded or kept encrypted. It changes what the workspace holds, so it is stored in the workspace,
  written to its audit log with who changed it, and applies to every process that opens it.

:class:`SettingsDialog` validates everything before it changes anything: OK applies all of it or, if
anything is refused (a template without the pack's styles, a shortcut already in use, no keyring for
kept originals), nothing, with the reason under the field in plain words. Cancel changes nothing.
File and folder choosers are injected, so tests drive the dialog without native dialogs.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from attest.core import local_time
from attest.core.errors import AttestError
from attest.gui.countdown import MAX_DELAY
from attest.services.types import DISCARD, ENCRYPTED
from attest.core.workspace import DB_NAME, ENV_WORKSPACE, Workspace, default_workspace_dir

DEFAULT_CAPTURE_SHORTCUT = "Ctrl+Shift+F9"
SETTINGS_SHORTCUT = "Ctrl+,"  # Cmd+, on macOS (Qt maps Ctrl to Command there), as every Mac app has it

# Keys shared with StartRunDialog (gui/main_window.py): one remembered tester for the whole app.
KEY_WORKSPACE = "app/workspace"
KEY_TESTER = "run/tester"
KEY_ENVIRONMENT = "run/environment"
KEY_TEMPLATE = "pack/template"
KEY_CAPTURE_SHORTCUT = "capture/shortcut"
KEY_CAPTURE_DELAY = "capture/delay"
KEY_TIME_ZONE = "display/time_zone"
KEY_FOLDERS = "dialogs/folders"

ORIGINALS_CHOICES = ((DISCARD, "Discard (default)"), (ENCRYPTED, "Keep encrypted (key in the OS keyring)"))

# Shortcuts every text box already answers to; a capture shortcut on one of them would either never
# fire or take the key away from editing.
EDITING_SHORTCUTS: dict[str, str] = {
    "Ctrl+C": "Copy", "Ctrl+X": "Cut", "Ctrl+V": "Paste", "Ctrl+Z": "Undo", "Ctrl+Y": "Redo",
    "Ctrl+Shift+Z": "Redo", "Ctrl+A": "Select all",
}

# Keys that type nothing: a capture shortcut may use one alone (or with Shift), as a global one may.
INERT_KEYS = frozenset({*(Qt.Key(Qt.Key.Key_F1.value + n) for n in range(24)), Qt.Key.Key_Print, Qt.Key.Key_Pause,
                        Qt.Key.Key_ScrollLock})

FolderPicker = Callable[[QWidget, str], str | None]
"""(parent, folder to start in) -> the chosen folder, or None if the person cancelled."""
FilePicker = Callable[[QWidget, str], str | None]
"""(parent, file or folder to start at) -> the chosen .docx, or None if the person cancelled."""


def portable(sequence: QKeySequence | str) -> str:
    """A shortcut as stored and compared: Qt's portable text ("Ctrl+Shift+F9" on every platform)."""
    key = QKeySequence(sequence) if isinstance(sequence, str) else sequence
    return key.toString(QKeySequence.SequenceFormat.PortableText)


def with_shortcut(text: str, key: QKeySequence | str) -> str:
    """A tooltip that names its shortcut as this platform writes it ("Ctrl+O", "⌘O")."""
    native = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
    return f"{text} ({native})" if native else text


class AppSettings:
    """This machine's Attest preferences, typed, over a ``QSettings``.

    The default store is ``QSettings("Attest", "Attest")`` (the registry on Windows, a plist on macOS,
    ``~/.config/Attest/Attest.conf`` on Linux); tests pass one on a temporary ini file. Values are kept
    as text, which is what an ini file returns whatever was stored, so every platform reads the same.
    """

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.qsettings = qsettings if qsettings is not None else QSettings("Attest", "Attest")

    def _text(self, key: str) -> str:
        value = self.qsettings.value(key, "")
        return str(value).strip() if value is not None else ""

    def _path(self, key: str) -> Path | None:
        text = self._text(key)
        return Path(text).expanduser() if text else None

    def _set_path(self, key: str, value: Path | str | None) -> None:
        from attest.services.gate import path_problem

        text = str(value).strip() if value is not None else ""
        if text and path_problem("path", text):
            text = ""  # the settings keep no identifier (the dialog says why before it gets here)
        self.qsettings.setValue(key, str(Path(text).expanduser()) if text else "")

    @property
    def workspace(self) -> Path | None:
        """The folder the app opens when neither ``--workspace`` nor ``$ATTEST_WORKSPACE`` names one;
        ``None``: the per-user default (and, on a first launch, the demo)."""
        return self._path(KEY_WORKSPACE)

    @workspace.setter
    def workspace(self, value: Path | str | None) -> None:
        self._set_path(KEY_WORKSPACE, value)

    @property
    def tester(self) -> str:
        """Who runs tests on this machine: StartRunDialog's default, and who changes a workspace setting."""
        return self._text(KEY_TESTER)

    @tester.setter
    def tester(self, value: str) -> None:
        """Stored only if it passes the identity check (QSettings is a plain file): a value that looks
        like an identifier is not remembered (the dialogs refuse it with the reason)."""
        from attest.services.gate import remembered_person

        self.qsettings.setValue(KEY_TESTER, remembered_person(value))

    @property
    def environment(self) -> str:
        """The test environment last used (e.g. SIT-A): StartRunDialog's default."""
        return self._text(KEY_ENVIRONMENT)

    @environment.setter
    def environment(self, value: str) -> None:
        """Stored redacted, as any typed text (no register: remembering never asks for its key)."""
        from attest.services.gate import remembered_text

        self.qsettings.setValue(KEY_ENVIRONMENT, remembered_text(value))

    @property
    def template(self) -> Path | None:
        """The Word template evidence packs start from; ``None``: the built-in one."""
        return self._path(KEY_TEMPLATE)

    @template.setter
    def template(self, value: Path | str | None) -> None:
        self._set_path(KEY_TEMPLATE, value)

    def folder(self, kind: str) -> Path | None:
        """The folder a file dialog for ``kind`` last chose (see :mod:`gui.folders`)."""
        return self._path(f"{KEY_FOLDERS}/{kind}")

    def set_folder(self, kind: str, folder: Path | str) -> None:
        self._set_path(f"{KEY_FOLDERS}/{kind}", folder)

    @property
    def capture_shortcut(self) -> str:
        """The capture shortcut in portable text. A stored value Qt cannot read (edited by hand, or
        written by a later version) falls back to the default rather than leaving capture keyless."""
        parsed = QKeySequence.fromString(self._text(KEY_CAPTURE_SHORTCUT), QKeySequence.SequenceFormat.PortableText)
        return portable(parsed) or DEFAULT_CAPTURE_SHORTCUT  # an unknown key name reads back as ""

    @capture_shortcut.setter
    def capture_shortcut(self, value: QKeySequence | str) -> None:
        self.qsettings.setValue(KEY_CAPTURE_SHORTCUT, portable(value))

    def capture_key_sequence(self) -> QKeySequence:
        return QKeySequence.fromString(self.capture_shortcut, QKeySequence.SequenceFormat.PortableText)

    @property
    def capture_delay(self) -> int:
        """Seconds a capture waits (Attest hidden, a countdown showing) so a menu or tooltip can be opened
        first; 0, the default, captures at once. A stored value that is not a whole number reads as 0,
        one out of range as the nearest of 0 and 10: a hand-edited file never makes capture wait a minute."""
        try:
            seconds = int(self._text(KEY_CAPTURE_DELAY) or 0)
        except ValueError:
            return 0
        return min(max(seconds, 0), MAX_DELAY)

    @capture_delay.setter
    def capture_delay(self, value: int) -> None:
        """Kept within 0 to 10 seconds (the spin box allows no other)."""
        self.qsettings.setValue(KEY_CAPTURE_DELAY, str(min(max(int(value), 0), MAX_DELAY)))

    @property
    def time_zone(self) -> str:
        """The IANA zone the app, packs and reports show times in (stored times stay UTC). Unset: the
        ``$ATTEST_TIME_ZONE`` the command line also reads, else Europe/London. A stored name this machine
        does not know (edited by hand, or zone data from elsewhere) falls back the same way rather than
        failing every export."""
        stored = self._text(KEY_TIME_ZONE)
        try:
            return local_time.zone(stored).key
        except local_time.UnknownZone:
            try:
                return local_time.zone().key
            except local_time.UnknownZone:  # $ATTEST_TIME_ZONE is no zone either
                return local_time.DEFAULT_ZONE

    @time_zone.setter
    def time_zone(self, value: str) -> None:
        """Stored only if it is a known zone (raises ``local_time.UnknownZone`` if not; the settings screen
        refuses it first with the reason); empty: back to the default."""
        self.qsettings.setValue(KEY_TIME_ZONE, local_time.check_zone(value) if value.strip() else "")

    def sync(self) -> None:
        """Write to disk now (QSettings otherwise writes later), so a crash cannot lose what OK applied."""
        self.qsettings.sync()


# -- checks: each returns None when fine, else what is wrong in words a tester can act on ----------------

def workspace_problem(text: str) -> str | None:
    """Why ``text`` cannot be the workspace folder, by the rules ``Workspace.open`` applies (checked
    now, so the refusal comes here and not as a failed start next time)."""
    if not text.strip():
        return None
    from attest.services.gate import path_problem, shown_path

    problem = path_problem("workspace folder", text)
    if problem is not None:
        return problem
    path = Path(text.strip()).expanduser()
    if not path.is_absolute():
        return "Give the full path of the folder (a relative path would depend on where Attest is started)."
    if path.exists() and not path.is_dir():
        return f"{shown_path(path)} is a file, not a folder."
    if path.is_dir() and not (path / DB_NAME).exists():
        try:
            others = [p.name for p in path.iterdir() if p.name != "evidence"]
        except OSError as error:
            return f"{shown_path(path)} cannot be read: {error.strerror}."
        if others:
            return (f"{shown_path(path)} already holds other files and is not an Attest workspace. Choose an existing "
                    "workspace, or a new or empty folder.")
    return None


def tester_problem(text: str) -> str | None:
    """Why ``text`` cannot be the tester's name: it looks like an identifier (the value is not repeated)."""
    from attest.services.gate import person_problem

    return person_problem("Tester name", text)


def time_zone_problem(text: str) -> str | None:
    """Why ``text`` cannot be the time zone: not a zone this machine knows (empty is the default)."""
    if not text.strip():
        return None
    try:
        local_time.check_zone(text)
    except local_time.UnknownZone:
        return (f"That is not a time zone Attest knows. Choose one from the list, for example "
                f"{local_time.DEFAULT_ZONE} (UK time) or UTC.")  # the text is not repeated: it was typed
    return None


def template_problem(text: str) -> str | None:
    """Why ``text`` cannot be the default pack template: missing, not a .docx, or lacking one of the
    named styles the pack is built from (``templates.styles.missing_styles``, the check the pack
    builder makes) — caught when it is chosen rather than when a pack is exported."""
    if not text.strip():
        return None
    from docx import Document

    from attest.services.gate import path_problem, safe_message, shown_path
    from attest.templates.styles import missing_styles

    problem = path_problem("pack template", text)
    if problem is not None:
        return problem
    path = Path(text.strip()).expanduser()
    name = shown_path(path.name)
    if not path.is_file():
        return f"There is no file {shown_path(path)}."
    if path.suffix.lower() != ".docx":
        return f"{name} is not a Word document: the template must be a .docx file."
    try:
        document = Document(str(path))
    except Exception as error:  # noqa: BLE001 - python-docx raises several types for a file it cannot read
        return f"{name} cannot be read as a Word document ({safe_message(str(error))})."
    missing = missing_styles(document)
    if missing:
        names = ", ".join(f"'{name}'" for name in missing)
        return (f"{name} lacks the style{'s' if len(missing) > 1 else ''} {names} that evidence packs use. "
                "Add it in Word (Styles pane), or start from the built-in template.")
    return None


def shortcut_problem(sequence: QKeySequence, taken: Mapping[str, str]) -> str | None:
    """Why ``sequence`` cannot be the capture shortcut: empty, more than one key press, a key that
    typing would trigger, a key Windows cannot register as a global shortcut, or one the app already
    uses (``taken``: portable text -> what it does).

    The capture shortcut is also the global one (gui/global_hotkey.py), so what this accepts must
    register there: the same rule (Ctrl, Alt or Meta, unless the key types nothing: F1-F24, Print,
    Pause, ScrollLock, alone or with Shift), and ``parse_hotkey`` has the last word on the key."""
    from attest.gui.global_hotkey import HotkeyError, parse_hotkey

    if sequence.isEmpty():
        return "Press the key combination to use for capture (for example Ctrl+Shift+F9)."
    if sequence.count() != 1:
        return "Use a single key combination, not a sequence of several."
    combination = sequence[0]  # type: ignore[index] # QKeySequence.__getitem__ is missing from the stubs
    chord = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
    if not (combination.keyboardModifiers() & chord) and combination.key() not in INERT_KEYS:
        return ("Include Ctrl or Alt, or use a key that types nothing (F1-F24, Print, Pause): a plain key would "
                "capture while you type.")
    text = portable(sequence)
    try:
        parse_hotkey(text)
    except HotkeyError as error:
        return f"{error}."
    for used, action in taken.items():
        if portable(used) == text:
            native = QKeySequence(text).toString(QKeySequence.SequenceFormat.NativeText)
            return f"{native} is already the shortcut for “{action}”; choose another."
    return None


def shortcuts_in_use(root: QWidget) -> dict[str, str]:
    """The shortcuts of every action and button under ``root`` (portable text -> its name), for the
    capture shortcut not to collide with one. Pass the main window."""
    used: dict[str, str] = {}

    def note(key: QKeySequence, owner: QWidget | None, text: str) -> None:
        # a dialog's keys (this one's Ctrl+O, say) work only while it is open: no clash with capture
        if key.isEmpty() or owner is None or isinstance(owner.window(), QDialog):
            return
        used.setdefault(portable(key), text.replace("&", "").rstrip("…").strip() or "another action")

    for action in root.findChildren(QAction):
        owner = action.parent()
        for key in action.shortcuts():
            note(key, owner if isinstance(owner, QWidget) else root, action.text())
    for button in root.findChildren(QAbstractButton):
        note(button.shortcut(), button, button.text())
    return used


def settings_action(parent: QWidget, open_settings: Callable[[], object]) -> QAction:
    """File > Settings… on Ctrl+, (Cmd+, on macOS, where Qt also moves it to the application menu)."""
    action = QAction("Settings…", parent)
    action.setShortcut(QKeySequence(SETTINGS_SHORTCUT))
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    action.setToolTip(with_shortcut("Workspace folder, tester, pack template, capture shortcut and delay, originals",
                                    SETTINGS_SHORTCUT))
    action.triggered.connect(lambda _checked=False: open_settings())
    return action


def _pick_folder(parent: QWidget, start: str) -> str | None:
    from PySide6.QtWidgets import QFileDialog

    chosen = QFileDialog.getExistingDirectory(parent, "Choose the workspace folder", start)
    return chosen or None


def _pick_template(parent: QWidget, start: str) -> str | None:
    from PySide6.QtWidgets import QFileDialog

    chosen, _ = QFileDialog.getOpenFileName(parent, "Choose the evidence pack template", start,
                                            "Word document (*.docx)")
    return chosen or None


class SettingsDialog(QDialog):
    """The settings screen. ``applied`` is emitted after OK has applied everything; ``changed`` then
    names what changed ("workspace", "tester", "environment", "template", "capture_shortcut",
    "capture_delay", "time_zone", "originals"), so the window can re-bind the capture shortcut or say a workspace change
    waits for the next start.

    ``taken`` maps shortcuts the app already uses (portable text) to what they do; by default the
    editing keys plus every shortcut found under ``parent``.
    """

    applied = Signal()

    def __init__(self, app_settings: AppSettings, workspace: Workspace, parent: QWidget | None = None, *,
                 choose_folder: FolderPicker = _pick_folder, choose_template: FilePicker = _pick_template,
                 taken: Mapping[str, str] | None = None, env: Mapping[str, str] | None = None,
                 open_ado: Callable[[], object] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.settings = app_settings
        self.ws = workspace
        self.choose_folder = choose_folder
        self.choose_template = choose_template
        self.changed: frozenset[str] = frozenset()
        in_use = dict(EDITING_SHORTCUTS)
        in_use.update(taken if taken is not None else (shortcuts_in_use(parent) if parent is not None else {}))
        in_use.pop(app_settings.capture_shortcut, None)  # the capture action's own shortcut is no clash
        self.taken = in_use
        environ = os.environ if env is None else env

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        # workspace folder
        self.workspace = QLineEdit(str(app_settings.workspace or ""))
        self.workspace.setPlaceholderText(f"Default: {default_workspace_dir()}")
        self.workspace.setClearButtonEnabled(True)
        self.workspace_button = self._button("Choose…", "Ctrl+Shift+O", "Choose the workspace folder",
                                             self._choose_workspace)
        from attest.services.gate import shown_path

        note = (f"Attest opens this folder when it starts; a change applies the next time. "
                f"Open now: {shown_path(workspace.root)}")
        if environ.get(ENV_WORKSPACE):
            note += f". {ENV_WORKSPACE} is set ({shown_path(environ[ENV_WORKSPACE])}) and takes precedence over this."
        self.workspace_error = self._error_label()
        form.addRow(self._label("&Workspace folder:", self.workspace),
                    self._field(self.workspace, [self.workspace_button], note, self.workspace_error))

        # tester and environment (the keys StartRunDialog reads and remembers)
        self.tester = QLineEdit(app_settings.tester)
        self.tester.setPlaceholderText("Your name, as it goes into the evidence and the audit log")
        self.tester_error = self._error_label()
        form.addRow(self._label("&Tester name:", self.tester), self._field(self.tester, [], None, self.tester_error))
        self.environment = QLineEdit(app_settings.environment)
        self.environment.setPlaceholderText("e.g. SIT-A (offered when a run starts)")
        form.addRow(self._label("&Environment:", self.environment), self.environment)

        # default template
        self.template = QLineEdit(str(app_settings.template or ""))
        self.template.setPlaceholderText("Built-in template")
        self.template.setClearButtonEnabled(True)
        self.template_button = self._button("Choose…", "Ctrl+O", "Choose a Word template (.docx) for evidence packs",
                                            self._choose_template)
        self.template_default_button = self._button("Built-in", "Ctrl+Shift+B", "Use the built-in template",
                                                    lambda: self._set_template(""))
        self.template_error = self._error_label()
        form.addRow(self._label("Pack te&mplate:", self.template),
                    self._field(self.template, [self.template_button, self.template_default_button],
                                "The Word document evidence packs are styled from; it must hold the pack's "
                                "named styles (edit a copy of the built-in one in Word).", self.template_error))

        # capture shortcut
        self.shortcut = QKeySequenceEdit(app_settings.capture_key_sequence())
        self.shortcut.setMaximumSequenceLength(1)
        self.shortcut.setClearButtonEnabled(True)
        self.shortcut.setToolTip("Click, then press the key combination that captures")
        self.shortcut_reset = self._button("Default", "Ctrl+D", f"Back to {DEFAULT_CAPTURE_SHORTCUT}",
                                           lambda: self.shortcut.setKeySequence(QKeySequence(DEFAULT_CAPTURE_SHORTCUT)))
        self.shortcut_error = self._error_label()
        form.addRow(self._label("&Capture shortcut:", self.shortcut),
                    self._field(self.shortcut, [self.shortcut_reset], None, self.shortcut_error))

        # capture delay: time to open a menu or tooltip that clicking Attest would close
        self.delay = QSpinBox()
        self.delay.setRange(0, MAX_DELAY)
        self.delay.setSuffix(" s")
        self.delay.setSpecialValueText("None: capture at once")
        self.delay.setValue(app_settings.capture_delay)
        self.delay.setToolTip(f"0 to {MAX_DELAY} seconds between pressing a capture button and the capture")
        form.addRow(self._label("Capture &delay:", self.delay),
                    self._field(self.delay, [], "Capture region, screen and window (buttons and shortcuts) first "
                                "hide Attest and count down this long, so you can open a menu, drop-down or "
                                "tooltip; the countdown is not in the picture. A capture button's ▾ menu chooses "
                                "another delay for one capture.", self._error_label()))

        # time zone: how times are shown (stored times stay UTC); editable, so a zone can be typed
        self.time_zone = QComboBox()
        self.time_zone.setEditable(True)
        self.time_zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.time_zone.addItems(local_time.zone_names())
        self.time_zone.setCurrentText(app_settings.time_zone)
        self.time_zone.setToolTip("The zone times are shown in, in the app, evidence packs and reports")
        self.time_zone_error = self._error_label()
        form.addRow(self._label("Time &zone:", self.time_zone),
                    self._field(self.time_zone, [], "Times are shown in this zone with its abbreviation "
                                "(14:20:01 BST) and a pack's cover names it; they are stored in UTC. "
                                "Europe/London is UK time (GMT, or BST in summer).", self.time_zone_error))

        # originals: a workspace setting, audited
        self.originals = QComboBox()
        for mode, label in ORIGINALS_CHOICES:
            self.originals.addItem(label, mode)
        self.originals.setCurrentIndex(max(0, self.originals.findData(workspace.originals.mode)))
        self.originals.setToolTip("What Attest keeps of each item before redaction. Never exported.")
        self.originals_error = self._error_label()
        form.addRow(self._label("Unredacted &originals:", self.originals),
                    self._field(self.originals, [], "A setting of the open workspace, recorded in its audit log. "
                                "It applies to captures from now on; originals already kept stay encrypted.",
                                self.originals_error))

        # Azure DevOps: a workspace connection, checked against the server when made (its own dialog)
        if open_ado is not None:
            from attest.services.ado import connection

            found = connection(workspace)
            self.ado_button = self._button("Azure DevOps…", "Ctrl+Shift+G", "Connect this workspace to an Azure "
                                           "DevOps project", open_ado)
            form.addRow(QLabel("Azure DevOps:"), self._field(
                QLabel(f"{found.org_url}, project {found.project}" if found else "not connected"),
                [self.ado_button], "The organisation, project and token (kept in the OS keyring) used by Pull from "
                "ADO and Publish to ADO.", self._error_label()))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setToolTip(with_shortcut("Apply the settings", "Return"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setToolTip(
            with_shortcut("Close without changing anything", "Esc"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(720, self.sizeHint().height())

    # -- layout helpers

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)  # Alt+letter moves to the field (Windows, Linux)
        return label

    def _button(self, text: str, key: str, tip: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)  # Return keeps meaning OK, whichever button has focus
        button.setShortcut(QKeySequence(key))
        button.setToolTip(with_shortcut(tip, key))
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _error_label(self) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setObjectName("settingsError")
        label.setStyleSheet("QLabel#settingsError { background: #fde2e4; color: #7f1d1d; padding: 4px; }")
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.hide()
        return label

    def _field(self, widget: QWidget, buttons: list[QPushButton], note: str | None, error: QLabel) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(widget, 1)
        for button in buttons:
            row.addWidget(button)
        column.addLayout(row)
        if note:
            hint = QLabel(note)
            hint.setWordWrap(True)
            hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # quieter than a field, in light and dark themes
            column.addWidget(hint)
        column.addWidget(error)
        return box

    def _show(self, label: QLabel, text: str | None) -> None:
        label.setText(text or "")
        label.setVisible(bool(text))
        if text and self.isVisible():
            # grow to the message (never shrink what the tester sized): a wrapped line added to a shown
            # dialog is otherwise cut off
            needed = self.heightForWidth(self.width()) if self.hasHeightForWidth() else self.sizeHint().height()
            self.resize(self.width(), max(self.height(), needed))

    # -- choosers

    def _choose_workspace(self) -> None:
        start = self.workspace.text().strip() or str(self.ws.root)
        chosen = self.choose_folder(self, start)
        if chosen:
            self.workspace.setText(chosen)
            self._show(self.workspace_error, workspace_problem(chosen))

    def _choose_template(self) -> None:
        start = self.template.text().strip() or str(Path.home())
        chosen = self.choose_template(self, start)
        if chosen:
            self._set_template(chosen)

    def _set_template(self, text: str) -> None:
        self.template.setText(text)
        self._show(self.template_error, template_problem(text))  # at once: the tester is looking at it

    # -- OK

    def accept(self) -> None:
        """Check every field; apply all (originals first, the one that can fail) or nothing."""
        if self.apply():
            super().accept()

    def apply(self) -> bool:
        problems = {
            self.workspace_error: workspace_problem(self.workspace.text()),
            self.template_error: template_problem(self.template.text()),
            self.shortcut_error: shortcut_problem(self.shortcut.keySequence(), self.taken),
            self.tester_error: tester_problem(self.tester.text()),
            self.time_zone_error: time_zone_problem(self.time_zone.currentText()),
        }
        self._show(self.originals_error, None)
        for label, problem in problems.items():
            self._show(label, problem)
        first = next((label for label, problem in problems.items() if problem), None)
        if first is not None:
            {self.workspace_error: self.workspace, self.template_error: self.template,
             self.shortcut_error: self.shortcut, self.tester_error: self.tester,
             self.time_zone_error: self.time_zone}[first].setFocus()
            return False

        changed: set[str] = set()
        mode = str(self.originals.currentData())
        if mode != self.ws.originals.mode:
            from attest.services.workspace import set_originals_mode

            by = self.tester.text().strip() or self.settings.tester or None
            try:
                set_originals_mode(self.ws, mode, by=by)
            except AttestError as error:  # no keyring (headless Linux), a busy workspace
                self.originals.setCurrentIndex(max(0, self.originals.findData(self.ws.originals.mode)))
                self._show(self.originals_error, f"Not changed: {error}.")
                self.originals.setFocus()
                return False
            changed.add("originals")

        s = self.settings
        new_workspace = self.workspace.text().strip()
        new_template = self.template.text().strip()
        new_shortcut = portable(self.shortcut.keySequence())
        before = {"workspace": s.workspace, "tester": s.tester, "environment": s.environment,
                  "template": s.template, "capture_shortcut": s.capture_shortcut}
        before["time_zone"] = s.time_zone
        before["capture_delay"] = str(s.capture_delay)  # text, as the other values compared here
        s.workspace = new_workspace
        s.tester = self.tester.text()
        s.environment = self.environment.text()
        s.template = new_template
        s.capture_shortcut = new_shortcut
        s.capture_delay = self.delay.value()
        if self.time_zone.currentText().strip() != before["time_zone"]:  # untouched: the default stays unpinned
            s.time_zone = self.time_zone.currentText()
        s.sync()
        after = {"workspace": s.workspace, "tester": s.tester, "environment": s.environment,
                 "template": s.template, "capture_shortcut": s.capture_shortcut}
        after["time_zone"] = s.time_zone
        after["capture_delay"] = str(s.capture_delay)  # text, as the other values compared here
        changed.update(name for name in before if before[name] != after[name])
        self.changed = frozenset(changed)
        self.applied.emit()
        return True
