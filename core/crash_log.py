"""Where an unexpected error's details go: the per-user log folder, never the person's screen."""

from __future__ import annotations

import traceback
from pathlib import Path


def write_crash_log(details: str | None = None) -> Path | None:
    """Append ``details`` (default: the traceback being handled) to ``attest-error.log``; the file's
    path, or ``None`` if it cannot be written (a read-only home must not turn one error into two)."""
    import platformdirs

    try:
        log_dir = platformdirs.user_log_path("Attest", appauthor=False)
        log_dir.mkdir(parents=True, exist_ok=True)
        path = log_dir / "attest-error.log"
        with path.open("a", encoding="utf-8") as handle:
            handle.write((details if details is not None else traceback.format_exc()) + "\n")
        return path
    except OSError:
        return None
