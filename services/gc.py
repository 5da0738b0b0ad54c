"""Unused evidence files: listed, and removed with an audit entry (``attest gc``, the app's clean-up).

See :mod:`attest.core.evidence_gc` for what counts as used, why a file before a mask change is not
kept, and how removal stays safe beside a capture being recorded and against a kill.
"""

from __future__ import annotations

from collections.abc import Iterable

from attest.core import evidence_gc
from attest.core.evidence_gc import GRACE_S, Collection, Unused
from attest.core.workspace import Workspace
from attest.services.workspace import gate, who

__all__ = ["GRACE_S", "OFFER_BYTES", "OFFER_FILES", "Collection", "Unused", "age_text", "collect_unused", "hold",
           "size_text", "unused_evidence", "worth_offering"]

# the app offers a clean-up from this many unused files, or this much space
OFFER_FILES = 20
OFFER_BYTES = 50_000_000


def _renderer() -> str:
    from attest.templates.annotate import RENDERER  # drawn copies made by this version's renderer are current

    return RENDERER


def unused_evidence(ws: Workspace, *, keep: Iterable[str] = (), now: float | None = None) -> Collection:
    """What ``collect_unused`` would remove now (reads only). ``keep``: files a caller holds (the app's
    captures waiting beside a step); ``now`` (seconds since the epoch) for tests."""
    return evidence_gc.find_unused(ws, now=now, keep=keep, renderer=_renderer())


def collect_unused(ws: Workspace, *, by: str | None = None, keep: Iterable[str] = (),
                   now: float | None = None) -> Collection:
    """Remove the unused files (listed again under the workspace's write lock; any younger than the
    grace period stays) and record one ``evidence.gc`` audit entry naming them."""
    person = who(ws, gate(ws), by)
    return evidence_gc.collect(ws, by=person, now=now, keep=keep, renderer=_renderer())


def hold(ws: Workspace, sha256s: Iterable[str]) -> None:
    """Captures waiting beside a step in the app are named by no row until recorded: touch them (and
    their kept originals) so that a ``gc`` in another process leaves them alone for another grace period."""
    evidence_gc.touch_held(ws, sha256s)


def worth_offering(found: Collection) -> bool:
    """Whether the app should offer to clean up: more than a few files, or much space."""
    return found.count >= OFFER_FILES or found.size >= OFFER_BYTES


def age_text(seconds: float) -> str:
    """A file's age in a few characters: ``12 min``, ``5 h``, ``3 d``."""
    if seconds < 3600:
        return f"{int(seconds // 60)} min"
    if seconds < 2 * 86400:
        return f"{int(seconds // 3600)} h"
    return f"{int(seconds // 86400)} d"


def size_text(size: int) -> str:
    """A size as a person reads it: ``812 B``, ``14.3 KB``, ``1.2 MB``, ``2.05 GB``."""
    if size < 1000:
        return f"{size} B"
    value, unit = next((size / scale, unit) for unit, scale in (("KB", 1e3), ("MB", 1e6), ("GB", 1e9))
                       if size < scale * 1000 or unit == "GB")
    return f"{value:.3g} {unit}" if value < 100 else f"{value:.0f} {unit}"
