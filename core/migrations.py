"""Versioned schema with stepwise forward migrations, as vorta does it.

``schema_version`` holds one row per applied migration. Opening a workspace applies whatever is
missing, one migration per transaction, after copying the database to ``backups/`` (SQLite's online
backup API, so the copy is consistent even with WAL). A workspace from a newer Attest is refused
rather than guessed at.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from attest.core.errors import WorkspaceError

if TYPE_CHECKING:  # imported only when a migration runs (see Store.db for why)
    import sqlite_utils

Migration = Callable[["sqlite_utils.Database"], None]


def _v1_initial(db: sqlite_utils.Database) -> None:
    db.table("cases").create({"id": int, "reference": str, "created_at": str}, pk="id", not_null={"reference"})
    db.table("cases").create_index(["reference"], unique=True)
    db.table("case_versions").create(
        {
            "id": int, "case_id": int, "version": int, "title": str, "content": str, "content_sha256": str,
            "source_file": str, "source_format": str, "imported_at": str, "imported_by": str,
        },
        pk="id", foreign_keys=[("case_id", "cases", "id")], not_null={"case_id", "version", "content"},
    )
    db.table("case_versions").create_index(["case_id", "version"], unique=True)
    db.table("runs").create(
        {
            "id": int, "case_id": int, "case_version_id": int, "reference": str, "title": str, "tester": str,
            "environment": str, "status": str, "started_at": str, "finished_at": str, "snapshot": str,
        },
        pk="id", foreign_keys=[("case_id", "cases", "id"), ("case_version_id", "case_versions", "id")],
        not_null={"case_id", "case_version_id", "status", "started_at", "snapshot"},
    )
    db.table("run_steps").create(
        {"id": int, "run_id": int, "step_index": int, "action": str, "expected": str, "name": str},
        pk="id", foreign_keys=[("run_id", "runs", "id")], not_null={"run_id", "step_index", "action"},
    )
    db.table("run_steps").create_index(["run_id", "step_index"], unique=True)
    db.table("step_results").create(
        {"id": int, "run_id": int, "step_index": int, "status": str, "actual": str, "recorded_by": str,
         "recorded_at": str},
        pk="id", foreign_keys=[("run_id", "runs", "id")], not_null={"run_id", "step_index", "status"},
    )
    db.table("evidence_items").create(
        {
            "id": int, "run_id": int, "step_index": int, "result_id": int, "sha256": str, "kind": str,
            "name": str, "caption": str, "size": int, "redaction": str, "added_by": str, "added_at": str,
        },
        pk="id", foreign_keys=[("run_id", "runs", "id"), ("result_id", "step_results", "id")],
        not_null={"run_id", "step_index", "sha256", "kind", "redaction"},
    )
    db.table("deviations").create(
        {"id": int, "run_id": int, "step_index": int, "kind": str, "reason": str, "recorded_by": str,
         "recorded_at": str},
        pk="id", foreign_keys=[("run_id", "runs", "id")], not_null={"run_id", "reason"},
    )
    db.table("observations").create(
        {"id": int, "run_id": int, "step_index": int, "kind": str, "text": str, "raised_by": str,
         "raised_at": str, "response": str},
        pk="id", foreign_keys=[("run_id", "runs", "id")], not_null={"run_id", "kind", "text"},
    )
    db.table("defects").create(
        {"id": int, "run_id": int, "step_index": int, "title": str, "description": str, "severity": str,
         "priority": str, "status": str, "raised_by": str, "raised_at": str},
        pk="id", foreign_keys=[("run_id", "runs", "id")], not_null={"run_id", "title", "severity", "priority"},
    )
    db.table("audit_log").create(
        {"seq": int, "at": str, "actor": str, "action": str, "entity": str, "entity_id": str, "details": str,
         "prev_hash": str, "hash": str},
        pk="seq", not_null={"at", "action", "prev_hash", "hash"},
    )
    # Append-only at the SQL level too: the hash chain detects tampering, these stop the easy kind.
    db.execute(
        "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
    )
    db.execute(
        "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
    )


def _v2_lookups_and_pack_fields(db: sqlite_utils.Database) -> None:
    """Indexes for the per-step lookups every run view makes, and fields the evidence pack needs:
    the register references a run was started with, and annotations stored as data on an item."""
    db.table("step_results").create_index(["run_id", "step_index"])
    db.table("evidence_items").create_index(["run_id", "step_index"])
    db.table("evidence_items").create_index(["sha256"])
    db.table("runs").add_column("data_refs", str, not_null_default="[]")
    db.table("evidence_items").add_column("annotations", str, not_null_default="[]")


def _v3_meta(db: sqlite_utils.Database) -> None:
    """A key/value table for facts about the workspace itself. ``workspace_id`` (a random UUID)
    names the workspace's secrets in the OS keyring, so two workspaces never share a register key;
    it is made here, once, and never changes."""
    db.table("meta").create({"key": str, "value": str}, pk="key", not_null={"value"})
    db.table("meta").insert({"key": "workspace_id", "value": str(uuid.uuid4())})


def _v4_scan_cache(db: sqlite_utils.Database) -> None:
    """What the leak scan found in an evidence file, so that packing does not OCR a screenshot that
    was already scanned at intake. Keyed by the file's hash, the register's state (a register entry
    added later could match) and the scanner's version (better detectors must look again)."""
    db.table("scans").create({"sha256": str, "register": str, "scanner": str, "findings": str, "scanned_at": str},
                             pk=("sha256", "register", "scanner"), not_null={"findings", "scanned_at"})


def _v5_renditions(db: sqlite_utils.Database) -> None:
    """Screenshots with their annotations drawn in, made when annotations are saved so that a pack
    of a hundred screenshots does not decode, draw and encode each one again. The drawn file is
    evidence-store content like any other; this maps (item file, annotations, renderer) to it."""
    db.table("renditions").create({"key": str, "sha256": str, "format": str, "created_at": str}, pk="key",
                                  not_null={"sha256", "format", "created_at"})


def _v6_masks(db: sqlite_utils.Database) -> None:
    """What redaction masked on each item (kind, box or line, detector; never a value), so the app can
    badge a thumbnail with its mask count and a tester can review, add or remove masks after the step
    is recorded. Items recorded before this version have ``NULL``: their masks were only counted, in
    the audit log's ``evidence.add`` entry."""
    db.table("evidence_items").add_column("masks", str)


def _v7_witness_sessions(db: sqlite_utils.Database) -> None:
    """Witnessed runs: who took part (and as what), the session's purpose, each observation's agreed
    action and the defect it became, and the wash-up's outcome with the witness's sign-off."""
    runs = db.table("runs")
    runs.add_column("witnessed", int, not_null_default=0)
    runs.add_column("purpose", str, not_null_default="")
    runs.add_column("outcome", str)
    runs.add_column("signed_by", str)
    runs.add_column("signed_at", str)
    db.table("participants").create(
        {"id": int, "run_id": int, "name": str, "organisation": str, "role": str, "added_at": str},
        pk="id", foreign_keys=[("run_id", "runs", "id")], not_null={"run_id", "name", "role", "added_at"},
    )
    db.table("participants").create_index(["run_id"])
    observations = db.table("observations")
    observations.add_column("action", str, not_null_default="")
    observations.add_column("defect_id", int)


def _v8_test_phases(db: sqlite_utils.Database) -> None:
    """Test plans (a phase or cycle) holding suites of cases in order, with an assigned tester,
    configuration and regression flag; a run's plan and what it retests; a defect's lifecycle (each
    move with who, when, why), its links to evidence and retest runs. ``ready-for-retest`` becomes
    ``fixed``, the lifecycle's name for the same state."""
    db.table("plans").create(
        {"id": int, "name": str, "programme": str, "release": str, "environment": str, "scale": str,
         "starts_on": str, "ends_on": str, "criteria": str, "created_at": str, "created_by": str},
        pk="id", not_null={"name", "scale", "created_at"},
    )
    db.table("plans").create_index(["name"], unique=True)
    db.table("suites").create({"id": int, "plan_id": int, "name": str, "position": int}, pk="id",
                              foreign_keys=[("plan_id", "plans", "id")], not_null={"plan_id", "name", "position"})
    db.table("suites").create_index(["plan_id", "name"], unique=True)
    db.table("plan_cases").create(
        {"id": int, "suite_id": int, "case_id": int, "position": int, "tester": str, "configuration": str,
         "regression": int},
        pk="id", foreign_keys=[("suite_id", "suites", "id"), ("case_id", "cases", "id")],
        not_null={"suite_id", "case_id", "position"},
    )
    db.table("plan_cases").create_index(["suite_id", "case_id"], unique=True)
    runs = db.table("runs")
    runs.add_column("plan_id", int)
    runs.add_column("retest_of", str, not_null_default="[]")
    runs.add_column("retests_defects", str, not_null_default="[]")
    db.table("runs").create_index(["plan_id"])
    defects = db.table("defects")
    defects.add_column("evidence", str, not_null_default="[]")
    defects.add_column("retests", str, not_null_default="[]")
    db.execute("UPDATE defects SET status = 'fixed' WHERE status = 'ready-for-retest'")
    db.table("defect_changes").create(
        {"id": int, "defect_id": int, "before": str, "after": str, "reason": str, "retest_run_id": int,
         "moved_by": str, "moved_at": str},
        pk="id", foreign_keys=[("defect_id", "defects", "id")], not_null={"defect_id", "before", "after", "moved_at"},
    )
    db.table("defect_changes").create_index(["defect_id"])


def _v9_ado_links(db: sqlite_utils.Database) -> None:
    """What stands for what in Azure DevOps: a plan, a suite, a case (with the work item's revision as last
    pulled) and a plan case's test point. Written by a pull, audited with it (``ado.pull``)."""
    db.table("ado_links").create({"kind": str, "local_id": int, "ado_id": int, "rev": int}, pk=("kind", "local_id"),
                                 not_null={"ado_id"})
    db.table("ado_links").create_index(["kind", "ado_id"])


def _v10_audit_seals(db: sqlite_utils.Database) -> None:
    """Each audit entry's keyed seal (``workspace_keys``): an HMAC over its number and hash under a key the
    workspace folder does not hold, so a recomputed chain is told from the real one. Append-only like the
    log; entries written before this version are sealed when the workspace's first key is made."""
    db.table("audit_seals").create({"seq": int, "key_id": str, "mac": str}, pk="seq", not_null={"key_id", "mac"})
    for verb in ("UPDATE", "DELETE"):
        db.execute(f"CREATE TRIGGER audit_seals_no_{verb.lower()} BEFORE {verb} ON audit_seals "
                   "BEGIN SELECT RAISE(ABORT, 'audit_seals is append-only'); END")
    # The caches (leak-scan results, drawn renditions) are not in the log, but a pack trusts them: each row
    # now carries an HMAC under the same key, and an unsealed or altered row counts as no row. Rows from
    # before cannot be sealed without the key here: they are dropped (a screenshot is scanned once more).
    for table in ("scans", "renditions"):
        db.execute(f"DELETE FROM {table}")
        db.execute(f"ALTER TABLE {table} ADD COLUMN mac TEXT")


def _v11_drafts_and_expected(db: sqlite_utils.Database) -> None:
    """Captures waiting beside a step are kept in the workspace (they survive a crash; ``core.drafts``),
    sealed like the caches; and a screenshot records whether its step's expected result was read on it."""
    db.execute("ALTER TABLE evidence_items ADD COLUMN expected TEXT")
    db.table("drafts").create({"id": int, "run_id": int, "step_index": int, "sha256": str, "item": str,
                               "created_at": str, "mac": str}, pk="id", not_null={"run_id", "sha256", "item"})
    db.table("drafts").create_index(["run_id"])


MIGRATIONS: list[Migration] = [_v1_initial, _v2_lookups_and_pack_fields, _v3_meta, _v4_scan_cache,
                               _v5_renditions, _v6_masks, _v7_witness_sessions, _v8_test_phases, _v9_ado_links,
                               _v10_audit_seals, _v11_drafts_and_expected]
LATEST = len(MIGRATIONS)


def current_version(conn: sqlite3.Connection) -> int:
    exists = conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name='schema_version'").fetchone()
    if not exists:
        return 0
    row = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def backup(conn: sqlite3.Connection, backup_dir: Path, version: int) -> Path:
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = backup_dir / f"attest-schema-v{version}-{stamp}.db"
    dest = sqlite3.connect(str(target))
    try:
        conn.backup(dest)
    finally:
        dest.close()
    return target


def migrate(conn: sqlite3.Connection, backup_dir: Path, *, upto: int | None = None) -> list[int]:
    """Bring the schema up to ``upto`` (default: the latest); returns the versions applied.
    Safe against a concurrent opener."""
    upto = len(MIGRATIONS) if upto is None else upto
    version = current_version(conn)
    if version > len(MIGRATIONS):
        raise WorkspaceError(
            f"this workspace was written by a newer Attest (schema {version}; this Attest knows up to "
            f"{len(MIGRATIONS)}); upgrade Attest to open it"
        )
    if version >= upto:
        return []
    import sqlite_utils

    db = sqlite_utils.Database(conn, execute_plugins=False)
    applied = []
    for target in range(version + 1, upto + 1):
        if version > 0:  # an existing workspace: a copy as it stood before this step
            backup(conn, backup_dir, target - 1)
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Re-read under the write lock: another process may have migrated meanwhile.
            if current_version(conn) >= target:
                conn.execute("ROLLBACK")
                continue
            if target == 1:
                db.table("schema_version").create({"version": int, "applied_at": str}, pk="version")
            MIGRATIONS[target - 1](db)
            conn.execute(
                "INSERT INTO schema_version (version, applied_at) VALUES (?, ?)",
                (target, datetime.now(UTC).isoformat()),
            )
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        applied.append(target)
    return applied
