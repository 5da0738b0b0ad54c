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
from attest.core.model import EvidenceItem, EvidenceKind, RedactionState
from attest.core.originals import ENCRYPTED
from attest.core.runs import PreparedEvidence
from attest.core.scan_cache import ScanCache, register_fingerprint
from attest.core.workspace import Workspace
from attest.redaction import RedactionError, RegisterEntry, RegisterMatcher, redact_bytes
from attest.redaction.item import ItemRedaction, image_format
from attest.redaction.scan import scan_bytes, scanner_id
from attest.redaction.findings import Kind
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
    from attest.redaction.limits import MAX_INPUT_BYTES  # the rest of the limits: redact_bytes, before reading

    data = read_user_file(path, consequence="nothing attached", limit=MAX_INPUT_BYTES)
    if not data:
        raise InputError(str(path), "the file is empty; nothing to attach")
    return data


def register_snapshot(ws: Workspace, run_id: int | None = None) -> tuple[RegisterMatcher, str]:
    """The register as a matcher, with the fingerprint of exactly the state it was read from; for a
    run, also matching the values found in the run's evidence so far (the key then names their
    generation too).

    Scan results are remembered under that fingerprint; reading it separately could pair a result
    scanned without a just-added entry with the register that has it. So the file's fingerprint is
    taken before and after reading, and the read repeated if another process changed it meanwhile."""
    for _attempt in range(5):
        before = register_fingerprint(ws.register.path)
        matcher = register_matcher(ws)
        if register_fingerprint(ws.register.path) == before:
            break
    else:
        raise AttestError("the test data register kept changing while it was read (another Attest is adding "
                          "entries); try again")
    if run_id is None:
        return matcher, before
    return matcher.with_found(run_found(ws, run_id)), f"{before}+{ws.run_values.generation(run_id)}"


def run_found(ws: Workspace, run_id: int) -> dict[str, Kind]:
    """The values found in the run's evidence so far (one that is no longer a kind Attest knows is
    kept as a plain registered kind: it is still masked)."""
    return {value: Kind(kind) if kind in _KIND_VALUES else Kind.REGISTERED
            for value, kind in ws.run_values.get(run_id).items()}


_KIND_VALUES = {k.value for k in Kind}


def register_matcher(ws: Workspace) -> RegisterMatcher:
    """The workspace's register as redaction matches it (empty when there is none: no key is asked)."""
    if not ws.register.exists():
        return RegisterMatcher()
    return RegisterMatcher(RegisterEntry(KIND_NAMES.get(r.kind, KIND_NAMES["other"]), r.value, r.reference)
                           for r in ws.register.entries())


@dataclass
class Redactor:
    """What intake redacts with: the register (with the run's found values), the OCR engine
    (shared, heavy), and what happens to originals (``keep_original`` stores an encrypted copy; by
    default originals are discarded). ``remember`` keeps the values an item was masked for, so the
    run's next items are masked where they recur; it returns the register key that state has."""

    register: RegisterMatcher
    engine: Any = None
    keep_original: Callable[[bytes, str, str], object] | None = None
    scans: ScanCache | None = None  # where a redacted image's leak scan is remembered for packing
    register_key: str = "none"  # the fingerprint of the register state ``register`` was read from
    remember: Callable[[dict[str, Kind]], str] | None = None

    @classmethod
    def for_workspace(cls, ws: Workspace, engine: Any = None, run_id: int | None = None) -> Redactor:
        keep = ws.originals.keep if ws.originals.mode == ENCRYPTED else None
        register, key = register_snapshot(ws, run_id)
        remember = None
        if run_id is not None:
            base = key.split("+")[0]

            def remember(values: dict[str, Kind]) -> str:
                return f"{base}+{ws.run_values.add(run_id, {v: k.value for v, k in values.items()})}"

        return cls(register, engine, keep, ws.scan_cache(scanner_id()), key, remember)

    def learn(self, values: dict[str, Kind]) -> None:
        """Values an item was masked for: matched in every later item this redactor reads, and kept
        for the run (the register's own values are not kept twice)."""
        new = {v: k for v, k in values.items()
               if v not in self.register.found and self.register.reference_for(v) is None}
        if not new:
            return
        self.register = self.register.with_found(new)
        if self.remember is not None:
            self.register_key = self.remember(new)


def intake_bytes(evidence: EvidenceStore, data: bytes, *, name: str, redactor: Redactor,
                 kind: EvidenceKind | None = None, caption: str = "",
                 expected: tuple[int, str] | None = None) -> PreparedEvidence:
    """Redact one item, store the redacted bytes, and describe it for recording. Its name and caption
    are redacted too: a file named after an MPAN is common. ``expected``: the step the capture is taken
    at and its expected result, looked for on a screenshot in what redaction read (``capture.expected``)."""
    kind = kind or guess_kind(data)
    name = redact_name(name, redactor.register)
    caption = redact_note(caption, redactor.register) or ""
    try:
        result = redact_bytes(data, name, register=redactor.register, engine=redactor.engine)
    except RedactionError as error:
        raise EvidenceRefused(f"{error}; nothing was stored") from None
    seen = None
    if result.media == "image":
        read = result.words
        result = _scanned_clean(result, name, redactor)
        if expected is not None:
            from attest.capture.expected import look_for

            seen = look_for(expected[1], expected[0], read, [f["box"] for f in result.findings if "box" in f])
    sha256 = evidence.put(result.data)
    if redactor.scans is not None and result.media == "image":
        redactor.scans.put(sha256, [], redactor.register_key)
    redactor.learn(result.values)  # after the scan is remembered: it was made without the new values
    if redactor.keep_original is not None and result.data != data:
        redactor.keep_original(data, sha256, name)  # encrypted; the redacted form is what evidence holds
    return PreparedEvidence(sha256=sha256, kind=kind, name=name, caption=caption, size=len(result.data),
                            redaction=RedactionState.REDACTED, findings=tuple(result.findings), expected=seen)


def _scanned_clean(result: ItemRedaction, name: str, redactor: Redactor) -> ItemRedaction:
    """Check a redacted screenshot with the leak scan, as every export will, and once more read
    differently (inverted or enlarged: see :func:`second_look`), so that what the engine missed in
    redaction's reading it gets a second chance to see. What either still reads is masked in a second
    pass; an image still not clean after that is refused, because a pack could never be built from it.
    Remembering the clean result spares the pack a second OCR."""
    from attest.redaction.image import paint_masks, second_look  # OCR is heavy: loaded with the first image
    from attest.redaction.propagate import wanted_values

    for attempt in range(2):
        left = [f"{f.kind} at {f.place}" for f in scan_bytes(result.data, name, redactor.register, redactor.engine)]
        missed = [] if left else second_look(result.data, register=redactor.register, engine=redactor.engine)
        left += [f"{f.kind.value} read differently at {f.box}" for f in missed]
        if not left:
            return result
        if attempt == 0 and missed:
            masks = [{"kind": f.kind.value, "box": list(f.box), "detector": "second look"} for f in missed]
            values = wanted_values((f.text, f.kind) for f in missed if f.detector in ("pattern", "register"))
            result = ItemRedaction(paint_masks(result.data, [f.box for f in missed]), result.media, result.format,
                                   result.findings + masks, {**values, **result.values})
        elif attempt == 0:
            again = redact_bytes(result.data, name, register=redactor.register, engine=redactor.engine)
            result = ItemRedaction(again.data, result.media, result.format, result.findings + again.findings,
                                   {**again.values, **result.values})
    raise EvidenceRefused(f"{name}: after redaction the leak scan still reads {left[0]}; "
                          "nothing was stored. Capture a smaller region, or attach the content as text")


def intake_file(evidence: EvidenceStore, path: Path, *, redactor: Redactor, kind: EvidenceKind | None = None,
                caption: str = "", expected: tuple[int, str] | None = None) -> PreparedEvidence:
    return intake_bytes(evidence, read_evidence_file(path), name=path.name, redactor=redactor, kind=kind,
                        caption=caption, expected=expected)


RECURRING_CHECK = "recurring-values-1"  # the scan cache's name for "redacted again with the run's values"


def redact_again(evidence: EvidenceStore, item: EvidenceItem, redactor: Redactor) -> PreparedEvidence | None:
    """A recorded item redacted again with the run's found values: the new, stored form if that masked
    something (a value found in a later item recurs here where nothing said what it was), else None.
    Each file is read once per state of the run's values (remembered in the scan cache)."""
    cache = redactor.scans
    checks = ScanCache(cache.store, cache.register_file, RECURRING_CHECK) if cache is not None else None
    if checks is not None and checks.get(item.sha256, redactor.register_key) is not None:
        return None
    data = evidence.get(item.sha256)
    try:
        result = redact_bytes(data, item.name, register=redactor.register, engine=redactor.engine)
    except RedactionError as error:
        raise EvidenceRefused(f"{error}; evidence item {item.id} was left as it was") from None
    # an image is painted and encoded afresh even with nothing to mask: unchanged means no finding
    if (result.data == data) if result.media == "text" else not result.findings:
        if checks is not None:
            checks.put(item.sha256, [], redactor.register_key)
        if cache is not None and result.media == "image":
            cache.put(item.sha256, [], redactor.register_key)  # nothing found: the pack's scan finds nothing
        return None
    sha256 = evidence.put(result.data)
    return PreparedEvidence(sha256=sha256, kind=item.kind, name=item.name, caption=item.caption,
                            size=len(result.data), redaction=RedactionState.REDACTED,
                            findings=tuple(result.findings))
