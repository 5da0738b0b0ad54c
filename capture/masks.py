"""A tester's own masks: adding one by hand, and removing an automatic one with a reason.

Automatic redaction errs towards masking (DESIGN.md: "when in doubt, mask"), so a tester will
sometimes need a mask gone (it hides the status the step is about) and sometimes need one more (a
customer's name in a free-text field no detector knew). Both go through here, for a capture still
waiting beside its step and for a recorded item alike, and both end the way intake ends: the new
image is leak scanned, and one that still shows an identifier is never stored.

- **Adding** paints one more solid box over the redacted image. It is scanned all the same: cutting
  the last digit off a 14-digit reference can leave a valid 13-digit MPAN on screen.
- **Removing** needs the unredacted original (kept in memory for a pending capture, or in the
  encrypted originals vault), paints every other mask on it again, and is refused if the leak scan
  then reads an identifier: the tester can remove an over-mask, never unmask an MPAN.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from cryptography.fernet import InvalidToken

from attest.capture.intake import EvidenceRefused, Redactor
from attest.core.errors import AttestError
from attest.core.evidence_store import EvidenceStore
from attest.core.model import EvidenceItem, EvidenceKind
from attest.core.redacted import Redacted
from attest.core.runs import PreparedEvidence
from attest.core.workspace import Workspace
from attest.redaction.image import UnsupportedImage, paint_masks
from attest.redaction.ocr import Box
from attest.redaction.scan import scan_bytes

MANUAL = "manual"  # the detector (and kind) of a mask a tester drew


class MaskError(AttestError):
    """The mask change cannot be made (no original to unmask from, a box outside the image...)."""


def image_masks(prepared: PreparedEvidence) -> list[dict[str, Any]]:
    """The masks of a screenshot in the order they are listed and numbered to the tester."""
    return [f for f in prepared.findings if "box" in f]


def add_mask(evidence: EvidenceStore, prepared: PreparedEvidence, box: Box, *, redactor: Redactor,
             original: bytes | None = None) -> PreparedEvidence:
    """``prepared`` with one more solid box, drawn by the tester over the redacted image. ``original``
    (when known) is kept, encrypted, under the new file too if the workspace keeps originals, so the
    masks can still be changed after the step is recorded."""
    _screenshot(prepared)
    box = _ordered(box)
    try:
        data = paint_masks(evidence.get(prepared.sha256), [box])
    except UnsupportedImage as error:
        raise MaskError(f"{prepared.name}: {error}") from None
    finding = {"kind": MANUAL, "box": list(box), "detector": MANUAL}
    change = {"action": "add", "box": list(box), "kind": MANUAL, "detector": MANUAL, "reason": ""}
    return _stored(evidence, prepared, data, (*prepared.findings, finding), change, redactor, original)


def remove_mask(evidence: EvidenceStore, prepared: PreparedEvidence, index: int, reason: str, *,
                original: bytes | None, redactor: Redactor) -> PreparedEvidence:
    """``prepared`` without mask ``index`` (of :func:`image_masks`), painted afresh on ``original``."""
    _screenshot(prepared)
    if not reason.strip():
        raise MaskError("removing a mask needs a reason; it is kept in the audit log")
    masks = image_masks(prepared)
    if not 0 <= index < len(masks):
        raise MaskError(f"{prepared.name} has {len(masks)} mask(s); there is no mask {index + 1}")
    if original is None:
        raise MaskError(f"{prepared.name}: the unredacted original was not kept, so a mask cannot be removed "
                        "once the step is recorded. Capture the screen again, or keep originals encrypted "
                        "(Settings) to allow this in future")
    removed = masks[index]
    kept = [f for f in prepared.findings if f is not removed]
    try:
        data = paint_masks(original, [_ordered(tuple(f["box"])) for f in kept if "box" in f])
    except UnsupportedImage as error:
        raise MaskError(f"{prepared.name}: {error}") from None
    left = scan_bytes(data, prepared.name, redactor.register, redactor.engine)
    if left:
        raise EvidenceRefused(f"mask {index + 1} stays: without it the leak scan reads {left[0].kind} at "
                              f"{left[0].place}. Only a mask over something that is not an identifier can be removed")
    change = {"action": "remove", "box": list(removed["box"]), "kind": removed["kind"],
              "detector": removed.get("detector", ""), "reason": reason.strip()}
    return _stored(evidence, prepared, data, tuple(kept), change, redactor, original, scanned=True)


def _stored(evidence: EvidenceStore, prepared: PreparedEvidence, data: bytes, findings: tuple[dict[str, Any], ...],
            change: dict[str, Any], redactor: Redactor, original: bytes | None, *,
            scanned: bool = False) -> PreparedEvidence:
    if not scanned:
        left = scan_bytes(data, prepared.name, redactor.register, redactor.engine)
        if left:
            raise EvidenceRefused(f"{prepared.name}: with that mask the leak scan reads {left[0].kind} at "
                                  f"{left[0].place}; nothing was changed. Draw the mask over the whole value")
    sha256 = evidence.put(data)
    if redactor.scans is not None:
        redactor.scans.put(sha256, [], redactor.register_key)  # scanned clean just now: a pack need not OCR it again
    if original is not None and redactor.keep_original is not None:
        redactor.keep_original(original, sha256, prepared.name)
    return replace(prepared, sha256=sha256, size=len(data), findings=findings,
                   mask_changes=(*prepared.mask_changes, change))


def _screenshot(prepared: PreparedEvidence) -> None:
    if prepared.kind is not EvidenceKind.SCREENSHOT:
        raise MaskError(f"{prepared.name} is a {prepared.kind.value}; masks are drawn on screenshots (in text, "
                        "identifiers are replaced by references such as [MPAN-1])")


def _ordered(box: tuple[int, ...]) -> Box:
    """A box however it was dragged (right to left, bottom to top) as x0, y0, x1, y1."""
    if len(box) != 4:
        raise MaskError(f"a mask is four numbers x0,y0,x1,y1, not {len(box)}")
    x0, y0, x1, y1 = (int(v) for v in box)
    x0, x1 = sorted((x0, x1))
    y0, y1 = sorted((y0, y1))
    if x1 - x0 < 2 or y1 - y0 < 2:
        raise MaskError(f"the mask {x0},{y0}-{x1},{y1} is too small to cover anything; drag a larger box")
    return x0, y0, x1, y1


def prepared_from(item: EvidenceItem) -> PreparedEvidence:
    """A recorded screenshot in the form the mask functions take, so one path serves both."""
    return PreparedEvidence(sha256=item.sha256, kind=item.kind, name=item.name, caption=item.caption, size=item.size,
                            redaction=item.redaction, findings=tuple(item.masks or ()))


def kept_original(ws: Workspace, sha256: str) -> bytes | None:
    """The encrypted original of a recorded capture, if the workspace keeps originals and has this one."""
    if not ws.originals.has(sha256):
        return None
    try:
        return ws.originals.read(sha256)
    except (AttestError, OSError, InvalidToken):  # no key in this keyring, an unreadable file
        return None


def remask_recorded(ws: Workspace, evidence_id: int, *, redactor: Redactor, add: Box | None = None,
                    remove: int | None = None, reason: str = "", by: Redacted) -> EvidenceItem:
    """Add or remove one mask on a recorded screenshot; the item then points at the new file, and the
    original (when the workspace keeps them) is kept under the new file's name too, so a later change
    can still use it."""
    item = ws.runs.evidence_item(evidence_id)
    prepared = prepared_from(item)
    original = kept_original(ws, item.sha256)
    if add is not None:
        changed = add_mask(ws.evidence, prepared, add, redactor=redactor, original=original)
    elif remove is not None:
        if item.masks is None:
            raise MaskError(f"{item.name} was recorded before Attest kept each mask's place; masks can be added "
                            "to it, not removed")
        changed = remove_mask(ws.evidence, prepared, remove, reason, original=original, redactor=redactor)
    else:
        raise MaskError("nothing to change: give a mask to add or one to remove")
    return ws.runs.remask(evidence_id, changed, changed.mask_changes[-1], by=by)
