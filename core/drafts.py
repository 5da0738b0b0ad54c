"""Captures waiting beside a step: kept in the workspace, so a crash or a closed window loses none.

A capture is redacted and its file stored the moment it is taken (the intake path); until the tester
records the step it is a *draft*: a row naming the file and everything the step record will need (name,
caption, masks found, hand-made mask changes, annotations, the expected-result look). Recording the step
consumes its drafts in the same transaction that adds the evidence items, so no kill leaves a capture both
recorded and waiting.

Drafts are not records: nothing is audited until the step is recorded (then the item's ``evidence.add``
entry says everything the draft held). Like the caches, each row is sealed with the workspace's keyed MAC
(``core.seals``): a row altered or written outside Attest is never restored into a run, and ``attest audit
verify`` reports it. What a draft holds has passed the gate already (the intake path redacts the file, its
name and caption; annotation labels are redacted as typed), so the row holds no identifier either.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from attest.core.annotations import annotations_json, load_stored
from attest.core.model import EvidenceKind, ExpectedSeen, RedactionState
from attest.core.runs import PreparedEvidence
from attest.core.store import Store, WriteTx, iso

_FIELDS = ("id", "run_id", "step_index", "sha256", "item", "created_at")


@dataclass(frozen=True)
class Draft:
    """One waiting capture: ``step`` is the step it was taken beside."""

    id: int
    run_id: int
    step: int
    prepared: PreparedEvidence


def item_json(prepared: PreparedEvidence) -> str:
    return json.dumps({
        "kind": prepared.kind.value, "name": prepared.name, "caption": prepared.caption, "size": prepared.size,
        "redaction": prepared.redaction.value, "findings": [dict(f) for f in prepared.findings],
        "mask_changes": [dict(c) for c in prepared.mask_changes],
        "annotations": json.loads(annotations_json(prepared.annotations)) if prepared.annotations else [],
        "expected": None if prepared.expected is None else prepared.expected.to_dict(),
    }, sort_keys=True)


def _prepared(sha256: str, text: str) -> PreparedEvidence:
    data: dict[str, Any] = json.loads(text)
    expected = data.get("expected")
    return PreparedEvidence(
        sha256=sha256, kind=EvidenceKind(data["kind"]), name=str(data["name"]), caption=str(data["caption"]),
        size=int(data["size"]), redaction=RedactionState(data["redaction"]),
        findings=tuple(dict(f) for f in data.get("findings", ())),
        mask_changes=tuple(dict(c) for c in data.get("mask_changes", ())),
        annotations=load_stored(json.dumps(data["annotations"])) if data.get("annotations") else (),
        expected=None if expected is None else ExpectedSeen.from_dict(expected))


class Drafts:
    """The workspace's waiting captures (``ws.drafts``)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def add(self, run_id: int, step: int, prepared: PreparedEvidence) -> Draft:
        with self.store.write() as tx:
            draft_id = tx.insert("drafts", {"run_id": run_id, "step_index": step, "sha256": prepared.sha256,
                                            "item": item_json(prepared), "created_at": iso(tx.now())})
            self._seal(tx, draft_id)
        return Draft(draft_id, run_id, step, prepared)

    def replace(self, draft_id: int, prepared: PreparedEvidence) -> Draft | None:
        """The draft changed (a mask added or removed makes a new file; annotations); None if it is no
        longer waiting (recorded or removed meanwhile, by another window)."""
        with self.store.write() as tx:
            row = self.store.one("SELECT run_id, step_index FROM drafts WHERE id = ?", (draft_id,))
            if row is None:
                return None
            tx.db.execute("UPDATE drafts SET sha256 = ?, item = ? WHERE id = ?",
                          (prepared.sha256, item_json(prepared), draft_id))
            self._seal(tx, draft_id)
        return Draft(draft_id, int(row["run_id"]), int(row["step_index"]), prepared)

    def remove(self, draft_ids: Sequence[int]) -> None:
        """Taken off the step, or recorded with it (inside the step record's transaction)."""
        if not draft_ids:
            return
        with self.store.write() as tx:
            tx.db.conn.executemany("DELETE FROM drafts WHERE id = ?", [(i,) for i in draft_ids])

    def for_run(self, run_id: int) -> tuple[list[Draft], int]:
        """The run's waiting captures, oldest first, and how many rows were refused (altered, or sealed
        with a key not held here): those are never handed back as evidence."""
        rows = self.store.query(f"SELECT {', '.join(_FIELDS)}, mac FROM drafts WHERE run_id = ? ORDER BY id",
                                (run_id,))
        drafts: list[Draft] = []
        refused = 0
        for row in rows:
            if not self._sealed(row):
                refused += 1
                continue
            try:
                prepared = _prepared(row["sha256"], row["item"])
            except (ValueError, KeyError, TypeError):
                refused += 1
                continue
            drafts.append(Draft(int(row["id"]), run_id, int(row["step_index"]), prepared))
        return drafts, refused

    # -- seals

    def _seal(self, tx: WriteTx, draft_id: int) -> None:
        row = self.store.one(f"SELECT {', '.join(_FIELDS)} FROM drafts WHERE id = ?", (draft_id,))
        assert row is not None
        mac = tx.cache_mac("drafts", *(str(row[f]) for f in _FIELDS))
        tx.db.execute("UPDATE drafts SET mac = ? WHERE id = ?", (mac, draft_id))

    def _sealed(self, row: dict[str, Any]) -> bool:
        sealer = self.store.sealer
        if sealer is None or row.get("mac") is None:
            return False
        return bool(row["mac"] == sealer.cache_mac("drafts", *(str(row[f]) for f in _FIELDS)))
