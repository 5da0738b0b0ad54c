"""The current step's evidence as thumbnails: recorded items, then captures waiting to be recorded.

Each card shows the stored (redacted) file and a badge with its mask count. A key names each card,
("recorded", evidence id) or ("pending", position), so the runner can open its masks or annotations.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QWidget

from attest.services.types import EvidenceStore
from attest.core.model import EvidenceItem, EvidenceKind, ExpectedSeen
from attest.services.types import PreparedEvidence
from attest.gui.thumbnails import HEIGHT, WIDTH, badge_text, thumbnail

EvidenceKey = tuple[str, int]
_KEY = Qt.ItemDataRole.UserRole


@dataclass
class Pending:
    """A capture redacted and stored, waiting for the step to be recorded. ``original`` is the
    unredacted capture, held in memory only (never written unencrypted), so that a mask can still be
    removed before the step is recorded; it is dropped with this object."""

    evidence: PreparedEvidence
    original: bytes | None = None
    draft_id: int | None = None  # its row in the workspace (core.drafts): it survives a crash
    proposal_open: bool = True  # the box around the expected text is still offered (not kept or dropped)

    @property
    def masks(self) -> int:
        return len(self.evidence.findings)


class EvidenceStrip(QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Static)
        self.setIconSize(QSize(WIDTH, HEIGHT))
        self.setGridSize(QSize(WIDTH + 16, HEIGHT + 56))
        self.setWordWrap(True)
        self.setFixedHeight(HEIGHT + 78)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._icons: dict[tuple[str, int | None, str], object] = {}

    def show_items(self, store: EvidenceStore, recorded: tuple[EvidenceItem, ...], pending: list[Pending], *,
                   select: EvidenceKey | None = None) -> None:
        """Show the step's items; ``select`` (else the card selected before, else the newest) is selected."""
        keep = select or self.selected_key()
        self.clear()
        for item in recorded:
            self._add(store, ("recorded", item.id), item.sha256, item.kind, item.name, item.mask_count,
                      f"Recorded {item.kind.value}: {item.name}", expected_note(item.seen))
        for number, waiting in enumerate(pending):
            ev = waiting.evidence
            self._add(store, ("pending", number), ev.sha256, ev.kind, ev.name, waiting.masks,
                      f"Waiting to be recorded with the step: {ev.kind.value} {ev.name}", expected_note(ev.seen))
        for row in range(self.count()):
            if self.item(row).data(_KEY) == keep:
                self.setCurrentRow(row)
                break
        else:
            if self.count():
                self.setCurrentRow(self.count() - 1)  # the newest capture: the one the tester looks at next

    def _add(self, store: EvidenceStore, key: EvidenceKey, sha256: str, kind: EvidenceKind, name: str,
             masks: int | None, tip: str, expected: str = "") -> None:
        cache_key = (sha256, masks, kind.value)
        icon = self._icons.get(cache_key)
        if icon is None:
            try:
                data = store.get(sha256)
            except OSError:
                data = b""
            icon = thumbnail(data, is_image=kind is EvidenceKind.SCREENSHOT, masks=masks,
                             caption=kind.value.upper() if kind is not EvidenceKind.SCREENSHOT else "")
            self._icons[cache_key] = icon
        label = name + ("\n(not recorded yet)" if key[0] == "pending" else "") + (f"\n{expected}" if expected else "")
        entry = QListWidgetItem(icon, label)  # type: ignore[arg-type]
        entry.setData(_KEY, key)
        entry.setToolTip(f"{tip}\n{badge_text(masks)}. Ctrl+M: review masks; Ctrl+Shift+A: annotate")
        self.addItem(entry)

    def selected_key(self) -> EvidenceKey | None:
        item = self.currentItem()
        return None if item is None else tuple(item.data(_KEY))  # type: ignore[return-value]

    def labels(self) -> list[str]:
        return [self.item(row).text() for row in range(self.count())]


def expected_note(seen: ExpectedSeen | None) -> str:
    """A card's line on the step's expected result: found on this screenshot or not (never a verdict)."""
    if seen is None:
        return ""
    return "✓ expected text seen" if seen.seen else "✗ expected text not seen"
