"""Test cases in the workspace: a stable id per reference, and immutable versions of the content.

Re-importing a case whose content changed adds a version; importing the same content again
changes nothing. Runs point at the version they started with, so a later import never alters a run.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from attest.core import audit_events as events
from attest.core.errors import InputError, NotFound
from attest.core.model import StoredCase, TestCase
from attest.core.store import Store, WriteTx, iso, parse_iso


@dataclass(frozen=True)
class CaseSummary:
    id: int
    reference: str
    title: str
    steps: int
    version: int
    source_file: str
    last_run_status: str | None
    last_run_id: int | None = None  # the latest run of the case (the one "In progress" opens)


@dataclass(frozen=True)
class ImportOutcome:
    stored: StoredCase
    change: str  # "new", "new version" or "unchanged"


def content_sha256(case: TestCase) -> str:
    return _sha256_of(case.content_dict())


def _sha256_of(content: dict[str, Any]) -> str:
    canonical = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class CaseRepository:
    def __init__(self, store: Store, actor: str) -> None:
        self.store = store
        self.actor = actor

    def save_all(self, cases: list[TestCase]) -> list[ImportOutcome]:
        """Store the cases of one source file in one transaction: all of them or none."""
        with self.store.write() as tx:
            return [self._save(tx, case) for case in cases]

    def check_all(self, cases: Sequence[TestCase]) -> None:
        """Refuse, before anything is written, whatever storing these cases in this order would refuse (a
        reference that already belongs to another Azure DevOps test case): an import stored in several
        transactions (``case_import``) can no longer take back its first ones when a later case fails.
        Reads only."""
        latest: dict[str, tuple[str, object] | None] = {}  # reference -> (content hash, ado_id) of its latest
        for case in cases:
            if case.reference not in latest:
                row = self.store.one(
                    "SELECT v.content_sha256, v.content FROM cases c JOIN case_versions v ON v.case_id = c.id"
                    " WHERE c.reference = ? ORDER BY v.version DESC LIMIT 1", (case.reference,))
                latest[case.reference] = None if row is None else (
                    row["content_sha256"], json.loads(row["content"]).get("attributes", {}).get("ado_id"))
            known = latest[case.reference]
            digest = content_sha256(case)
            if known is not None:
                _refuse_other_source(case, known[1])
                if known[0] == digest:
                    continue  # unchanged: the latest version stays the one later cases are checked against
            latest[case.reference] = (digest, case.attributes.get("ado_id"))

    def _save(self, tx: WriteTx, case: TestCase, actor: str | None = None) -> ImportOutcome:
        """Store one case (a new case, a new version, or nothing if its content is unchanged) as imported
        by ``actor`` (this repository's by default; an import finished by another process passes the
        person who started it)."""
        actor = actor or self.actor
        content = case.content_dict()
        digest = _sha256_of(content)
        now = tx.now()
        row = self.store.one("SELECT id FROM cases WHERE reference = ?", (case.reference,))
        if row is None:
            case_id = tx.insert("cases", {"reference": case.reference, "created_at": now})
            latest = None
        else:
            case_id = row["id"]
            latest = self.store.one(
                "SELECT id, version, content_sha256 FROM case_versions WHERE case_id = ? ORDER BY version DESC LIMIT 1",
                (case_id,),
            )
        if latest is not None:
            self._check_same_source(case, latest["id"])
        if latest is not None and latest["content_sha256"] == digest:
            return ImportOutcome(self.get_version(latest["id"]), "unchanged")
        version = 1 if latest is None else latest["version"] + 1
        version_id = tx.insert("case_versions", {
            "case_id": case_id, "version": version, "title": case.title, "content": content,
            "content_sha256": digest, "source_file": case.source_file, "source_format": case.source_format,
            "imported_at": now, "imported_by": actor,
        })
        tx.audit(actor, events.CaseImported(case_id, case.reference, version, digest, case.source_file,
                                            case.source_format, version_id))
        # the version as get_version would read it back, without reading it back (under the write lock)
        stored = StoredCase(id=case_id, version=version, version_id=version_id, imported_at=parse_iso(iso(now)),
                            case=TestCase.from_content(json.loads(json.dumps(content)), case.source_file,
                                                       case.source_format))
        return ImportOutcome(stored, "new" if version == 1 else "new version")

    def flag_evidence(self, key: str | int, steps: set[int], *, by: str) -> ImportOutcome:
        """Set which steps of a case require test evidence, as a new version of the case (runs keep the
        version they started with); audited like an import, with the source "edited in Attest"."""
        from dataclasses import replace

        stored = self.get(key)
        case = stored.case
        wrong = sorted(s for s in steps if not 1 <= s <= len(case.steps))
        if wrong:
            raise InputError("steps", f"case {case.reference} has steps 1 to {len(case.steps)}; there is no step "
                                      f"{wrong[0]}")
        flagged = tuple(replace(step, evidence_required=i in steps) for i, step in enumerate(case.steps, start=1))
        edited = replace(case, steps=flagged, source_file="edited in Attest", source_format="attest")
        with self.store.write() as tx:
            return self._save(tx, edited, by or self.actor)

    def _check_same_source(self, case: TestCase, latest_version_id: int) -> None:
        """A reference seen again is a new version of the same case, unless the source says it is
        another test case altogether (a different Azure DevOps work item)."""
        _refuse_other_source(case, self.get_version(latest_version_id).case.attributes.get("ado_id"))

    def get_version(self, version_id: int) -> StoredCase:
        row = self.store.one(
            "SELECT v.*, c.id AS cid FROM case_versions v JOIN cases c ON c.id = v.case_id WHERE v.id = ?",
            (version_id,),
        )
        if row is None:
            raise NotFound(f"no case version {version_id}")
        return _stored(row)

    def get(self, key: str | int) -> StoredCase:
        """The latest version of a case named by reference or id.

        A reference wins over an id (a cactus file ``1.yaml`` has reference ``1``); ``id:N`` always
        means the id.
        """
        text = str(key).strip()
        if text.lower().startswith("id:") and text[3:].strip().isdigit():
            row = self.store.one(self._LATEST + " WHERE c.id = ?", (int(text[3:]),))
        else:
            row = self.store.one(self._LATEST + " WHERE c.reference = ?", (text,))
            if row is None and text.isdigit():
                row = self.store.one(self._LATEST + " WHERE c.id = ?", (int(text),))
            if row is None:
                row = self.store.one(self._LATEST + " WHERE c.reference = ? COLLATE NOCASE", (text,))
        if row is None:
            raise NotFound(f"no test case with id or reference '{text}' (see `attest cases`)")
        return _stored(row)

    _LATEST = (
        "SELECT v.*, c.id AS cid FROM cases c JOIN case_versions v ON v.case_id = c.id"
        " AND v.version = (SELECT MAX(version) FROM case_versions WHERE case_id = c.id)"
    )

    def all(self) -> list[CaseSummary]:
        rows = self.store.query(
            self._LATEST.replace("SELECT v.*, c.id AS cid", "SELECT c.id, c.reference, v.title, v.version,"
                                 " v.content, v.source_file,"
                                 " (SELECT status FROM runs r WHERE r.case_id = c.id ORDER BY r.id DESC LIMIT 1)"
                                 " AS last_run_status,"
                                 " (SELECT id FROM runs r WHERE r.case_id = c.id ORDER BY r.id DESC LIMIT 1)"
                                 " AS last_run_id")
            + " ORDER BY c.reference"
        )
        return [
            CaseSummary(
                id=r["id"], reference=r["reference"], title=r["title"], steps=len(json.loads(r["content"])["steps"]),
                version=r["version"], source_file=r["source_file"] or "", last_run_status=r["last_run_status"],
                last_run_id=r["last_run_id"],
            )
            for r in rows
        ]


def _refuse_other_source(case: TestCase, old_id: object) -> None:
    new_id = case.attributes.get("ado_id")
    if old_id and new_id and old_id != new_id:
        where = f"{case.origin}: " if case.origin else ""
        raise InputError(
            case.source_file or "input",
            f"{where}reference {case.reference} already belongs to Azure DevOps test case {old_id}; this is "
            f"test case {new_id}. Give one of them a distinct reference (a Reference column, or a title "
            "starting with its reference)",
        )


def _stored(row: dict[str, Any]) -> StoredCase:
    case = TestCase.from_content(json.loads(row["content"]), row["source_file"] or "", row["source_format"] or "")
    return StoredCase(id=row["cid"], version=row["version"], version_id=row["id"],
                      imported_at=parse_iso(row["imported_at"]), case=case)
