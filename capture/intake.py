"""The one intake path: every evidence item enters the workspace here, redacted first.

Whatever the source (a file named on the command line, a clipboard image, a screen grab), the bytes
pass through :func:`intake_bytes`, which redacts them (patterns, labels, fields, layout, and the
workspace's test data register) and stores only the redacted form. An item that cannot be made
safe (a PDF, or text whose redaction would break its format) is refused and nothing is stored.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from attest.capture.notes import redact_name, redact_note
from attest.core.errors import AttestError, InputError
from attest.core.evidence_store import EvidenceStore
from attest.core.files import read_user_file
from attest.core.model import EvidenceKind, RedactionState
from attest.core.originals import ENCRYPTED
from attest.core.runs import PreparedEvidence
from attest.core.scan_cache import ScanCache, register_fingerprint
from attest.core.workspace import Workspace
from attest.redaction import RedactionError, RegisterEntry, RegisterMatcher, redact_bytes
from attest.redaction.item import ItemRedaction, image_format
from attest.redaction.scan import scan_bytes, scanner_id
from attest.redaction.register import KIND_NAMES

class EvidenceRefused(AttestError):
    """Redaction could not make the item safe, so it was not stored."""


def is_image(data: bytes) -> bool:
    """Whether Pillow recognises a whole image header (two magic bytes are not enough: a text
    export that starts "BM" is not a bitmap). The same test redaction uses to route an item."""
    return image_format(data) is not None


def guess_kind(data: bytes) -> EvidenceKind:
    """An attached image is a screenshot; anything else a plain file (logs, exports)."""
    return EvidenceKind.SCREENSHOT if is_image(data) else EvidenceKind.FILE


def read_evidence_file(path: Path) -> bytes:
    data = read_user_file(path, consequence="nothing attached")
    if not data:
        raise InputError(str(path), "the file is empty; nothing to attach")
    return data


def register_snapshot(ws: Workspace) -> tuple[RegisterMatcher, str]:
    """The register as a matcher, with the fingerprint of exactly the state it was read from.

    Scan results are remembered under that fingerprint; reading it separately could pair a result
    scanned without a just-added entry with the register that has it. So the file's fingerprint is
    taken before and after reading, and the read repeated if another process changed it meanwhile."""
    for _attempt in range(5):
        before = register_fingerprint(ws.register.path)
        matcher = register_matcher(ws)
        if register_fingerprint(ws.register.path) == before:
            return matcher, before
    raise AttestError("the test data register kept changing while it was read (another Attest is adding "
                      "entries); try again")


def register_matcher(ws: Workspace) -> RegisterMatcher:
    """The workspace's register as redaction matches it (empty when there is none: no key is asked)."""
    if not ws.register.exists():
        return RegisterMatcher()
    return RegisterMatcher(RegisterEntry(KIND_NAMES.get(r.kind, KIND_NAMES["other"]), r.value, r.reference)
                           for r in ws.register.entries())


@dataclass
class Redactor:
    """What intake redacts with: the register, the OCR engine (shared, heavy), and what happens to
    originals (``keep_original`` stores an encrypted copy; by default originals are discarded)."""

    register: RegisterMatcher
    engine: Any = None
    keep_original: Callable[[bytes, str, str], object] | None = None
    scans: ScanCache | None = None  # where a redacted image's leak scan is remembered for packing
    register_key: str = "none"  # the fingerprint of the register state ``register`` was read from

    @classmethod
    def for_workspace(cls, ws: Workspace, engine: Any = None) -> Redactor:
        keep = ws.originals.keep if ws.originals.mode == ENCRYPTED else None
        register, key = register_snapshot(ws)
        return cls(register, engine, keep, ws.scan_cache(scanner_id()), key)


def intake_bytes(evidence: EvidenceStore, data: bytes, *, name: str, redactor: Redactor,
                 kind: EvidenceKind | None = None, caption: str = "") -> PreparedEvidence:
    """Redact one item, store the redacted bytes, and describe it for recording. Its name and caption
    are redacted too: a file named after an MPAN is common."""
    kind = kind or guess_kind(data)
    name = redact_name(name, redactor.register)
    caption = redact_note(caption, redactor.register) or ""
    try:
        result = redact_bytes(data, name, register=redactor.register, engine=redactor.engine)
    except RedactionError as error:
        raise EvidenceRefused(f"{error}; nothing was stored") from None
    if result.media == "image":
        result = _scanned_clean(result, name, redactor)
    sha256 = evidence.put(result.data)
    if redactor.scans is not None and result.media == "image":
        redactor.scans.put(sha256, [], redactor.register_key)
    if redactor.keep_original is not None and result.data != data:
        redactor.keep_original(data, sha256, name)  # encrypted; the redacted form is what evidence holds
    return PreparedEvidence(sha256=sha256, kind=kind, name=name, caption=caption, size=len(result.data),
                            redaction=RedactionState.REDACTED, findings=tuple(result.findings))


def _scanned_clean(result: ItemRedaction, name: str, redactor: Redactor) -> ItemRedaction:
    """Check a redacted screenshot with the leak scan, as every export will. What the scan still
    reads is masked in a second pass; an image still not clean after that is refused, because a pack
    could never be built from it. Remembering the clean result spares the pack a second OCR."""
    for attempt in range(2):
        left = scan_bytes(result.data, name, redactor.register, redactor.engine)
        if not left:
            return result
        if attempt == 0:
            again = redact_bytes(result.data, name, register=redactor.register, engine=redactor.engine)
            result = ItemRedaction(again.data, result.media, result.format, result.findings + again.findings)
    raise EvidenceRefused(f"{name}: after redaction the leak scan still reads {left[0].kind} at {left[0].place}; "
                          "nothing was stored. Capture a smaller region, or attach the content as text")


def intake_file(evidence: EvidenceStore, path: Path, *, redactor: Redactor, kind: EvidenceKind | None = None,
                caption: str = "") -> PreparedEvidence:
    return intake_bytes(evidence, read_evidence_file(path), name=path.name, redactor=redactor, kind=kind,
                        caption=caption)
