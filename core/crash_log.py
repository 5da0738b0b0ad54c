"""Where an unexpected error's details go: the per-user log folder, never the person's screen."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from pathlib import Path


def write_crash_log(details: str | None = None, scrub: Callable[[str], str] | None = None) -> Path | None:
    """Append ``details`` (default: the traceback being handled) to ``attest-error.log``; the file's
    path, or ``None`` if it cannot be written (a read-only home must not turn one error into two).
    ``scrub`` (the redaction gate's, passed by the faces: core cannot import it) takes identifiers out
    of the text first: an exception's message may quote a payload."""
    import platformdirs

    try:
        log_dir = platformdirs.user_log_path("Attest", appauthor=False)
        log_dir.mkdir(parents=True, exist_ok=True)
        path = log_dir / "attest-error.log"
        with path.open("a", encoding="utf-8") as handle:
            text = details if details is not None else traceback.format_exc()
            handle.write((scrub(text) if scrub is not None else text) + "\n")
        return path
    except OSError:
        return None
