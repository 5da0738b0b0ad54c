"""The one intake path: every evidence item enters the workspace here.

Whatever the source (a file named on the command line, a clipboard image, a screen grab), the
bytes pass through :func:`intake_bytes`, which is where redaction plugs in: an item is redacted
before it is stored. Until the redaction engine is wired in, items are stored exactly as given and
marked ``unredacted``, a state that no export will accept.
"""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from attest.core.errors import InputError
from attest.core.evidence_store import EvidenceStore
from attest.core.files import read_user_file
from attest.core.model import EvidenceKind, RedactionState
from attest.core.runs import PreparedEvidence

_IMAGE_FORMATS = {"PNG", "JPEG", "GIF", "BMP", "TIFF", "WEBP"}


def is_image(data: bytes) -> bool:
    """Whether Pillow recognises a whole image header (two magic bytes are not enough: a text
    export that starts "BM" is not a bitmap)."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            return image.format in _IMAGE_FORMATS
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return False


def guess_kind(data: bytes) -> EvidenceKind:
    """An attached image is a screenshot; anything else a plain file (logs, exports)."""
    return EvidenceKind.SCREENSHOT if is_image(data) else EvidenceKind.FILE


def read_evidence_file(path: Path) -> bytes:
    data = read_user_file(path, consequence="nothing attached")
    if not data:
        raise InputError(str(path), "the file is empty; nothing to attach")
    return data


def intake_bytes(evidence: EvidenceStore, data: bytes, *, name: str, kind: EvidenceKind | None = None,
                 caption: str = "") -> PreparedEvidence:
    """Store one item (redacted first, once redaction exists) and describe it for recording."""
    kind = kind or guess_kind(data)
    sha256 = evidence.put(data)
    return PreparedEvidence(sha256=sha256, kind=kind, name=name, caption=caption, size=len(data),
                            redaction=RedactionState.UNREDACTED)


def intake_file(evidence: EvidenceStore, path: Path, *, kind: EvidenceKind | None = None,
                caption: str = "") -> PreparedEvidence:
    return intake_bytes(evidence, read_evidence_file(path), name=path.name, kind=kind, caption=caption)
