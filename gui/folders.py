"""Where a file dialog opens: the folder last chosen for that kind of file on this machine, else the home
folder. A tester exports every pack of a phase to one folder; starting in the home folder each time made
them walk back to it for every run.

Remembered in the app's settings only when the folder's path holds no identifier (the settings file is
plain text, and the dialog shows the path over a screen share); such a folder is not remembered at all."""

from __future__ import annotations

from pathlib import Path

from .settings import AppSettings

PACKS = "packs"  # evidence packs exported
REPORTS = "reports"  # witness session and completion reports
IMPORTS = "imports"  # test case files imported
VERIFY = "verify"  # packs and reports checked


class Folders:
    """The start folder per kind of file. ``settings``: where they are kept between sessions (None: only
    while the app runs, as tests use it)."""

    def __init__(self, settings: AppSettings | None = None) -> None:
        self.settings = settings
        self._session: dict[str, Path] = {}

    def start(self, kind: str, name: str = "") -> str:
        """The path a dialog for ``kind`` opens at: the remembered folder (if it still exists), with
        ``name`` as the suggested file."""
        folder = self._session.get(kind) or (self.settings.folder(kind) if self.settings is not None else None)
        if folder is None or not folder.is_dir():
            folder = Path.home()
        return str(folder / name) if name else str(folder)

    def chosen(self, kind: str, path: str | Path | None) -> None:
        """The tester chose ``path`` (a file, or a folder) in a dialog for ``kind``: its folder is where the
        next one opens."""
        from attest.services.gate import path_problem

        if not path:
            return
        chosen = Path(path)
        folder = chosen if chosen.is_dir() else chosen.parent
        if path_problem("folder", str(folder)) is not None:
            return  # a folder named by an identifier is neither kept nor shown again
        self._session[kind] = folder
        if self.settings is not None:
            self.settings.set_folder(kind, folder)
