"""What the faces read, re-exported so that they import nothing of core's write paths: record
types, the few constants they show, and formatting helpers. Light: no redaction, no Qt."""

from __future__ import annotations

from attest.core.audit import head as audit_head
from attest.core.cases import CaseSummary
from attest.core.drafts import Draft
from attest.core.evidence_store import EvidenceStore, atomic_write
from attest.core.importers import FORMAT_NAMES
from attest.core.originals import DISCARD, ENCRYPTED
from attest.core.register_store import KIND_NAMES, RegisterRecord, masked
from attest.core.runs import DeviationNeeded, EvidenceNeeded, PreparedEvidence
from attest.core.store import iso, utc_now

__all__ = ["CaseSummary", "DISCARD", "Draft", "DeviationNeeded", "ENCRYPTED", "EvidenceNeeded", "EvidenceStore", "FORMAT_NAMES",
           "KIND_NAMES", "PreparedEvidence", "RegisterRecord", "atomic_write", "audit_head", "iso", "masked", "utc_now"]
