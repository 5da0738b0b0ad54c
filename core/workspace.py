"""A workspace: a folder holding ``attest.db`` and ``evidence/``.

Chosen by ``--workspace DIR``, else ``$ATTEST_WORKSPACE``, else a per-user data folder; created on
first use. :class:`Workspace` is the one object both faces (CLI, GUI) hold: it wires the store,
the evidence files, the case repository and the run service together, with the clock and the
acting user injected so tests can fix them.
"""

from __future__ import annotations

import getpass
import os
import sqlite3
from collections.abc import Mapping
from pathlib import Path

import platformdirs

from attest.core import audit, integrity, migrations, seals
from attest.core.case_import import JOBS_DIR, Imports
from attest.core.cases import CaseRepository
from attest.core.errors import AttestError, WorkspaceBusy, WorkspaceError
from attest.core.drafts import Drafts
from attest.core.evidence_store import EvidenceStore
from attest.core.originals import OriginalsVault
from attest.core.register_store import RegisterStore
from attest.core.run_values import RunValues
from attest.core.runs import RunService
from attest.core.renditions import Renditions
from attest.core.scan_cache import ScanCache
from attest.core.seals import Sealer
from attest.core.seen_head import SeenHeads
from attest.core.workspace_keys import Secret, WorkspaceKeys
from attest.core.audit_events import AuditTrusted
from attest.core.redacted import Redacted
from attest.core.store import Clock, Store, iso, utc_now
from attest.core.witness import WitnessService
from attest.core.plans import PlanService
from attest.core.defects import DefectService

DB_NAME = "attest.db"
ENV_WORKSPACE = "ATTEST_WORKSPACE"
APP_NAME = "Attest"


def default_workspace_dir() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "workspace"


def resolve_workspace_dir(option: str | os.PathLike[str] | None, env: Mapping[str, str] | None = None) -> Path:
    """``--workspace`` beats ``$ATTEST_WORKSPACE`` beats the per-user default."""
    env = os.environ if env is None else env
    if option:
        return Path(option).expanduser()
    if env.get(ENV_WORKSPACE):
        return Path(env[ENV_WORKSPACE]).expanduser()
    return default_workspace_dir()


def current_user() -> str:
    """The OS login, recorded with every audit entry. A login given as an e-mail address ($USER or
    $LOGNAME set so, an Azure AD account) is kept as its local part: the address is an identifier the audit
    log, which is append-only, must never hold."""
    try:
        login = getpass.getuser()
    except (OSError, KeyError):  # no login name in some containers and services
        return "unknown"
    return login.split("@", 1)[0] or "unknown"


class Workspace:
    def __init__(self, root: Path, store: Store, evidence: EvidenceStore, actor: str) -> None:
        self.root = root
        self.store = store
        self.evidence = evidence
        self.actor = actor
        self.cases = CaseRepository(store, actor)
        self.runs = RunService(store, evidence, actor)
        self.witness = WitnessService(self.runs)
        self.plans = PlanService(store, actor)
        self.defects = DefectService(store, actor)
        self.drafts = Drafts(store)  # captures waiting beside a step, kept through a crash
        # Long imports, in chunks that let others write in between (core.case_import); a waiter refused
        # after all is told which import holds the workspace.
        self.imports = Imports(root, store, self.cases, self.plans)
        store.holder = self.imports.holder
        self.recovered: list[str] = []  # imports left unfinished by a killed process, finished at open
        row = store.one("SELECT value FROM meta WHERE key = 'workspace_id'")
        if row is None:
            store.close()
            raise WorkspaceError(f"{root}: the workspace has no id (its database is damaged)")
        self.id: str = row["value"]
        # The key is looked up only when the register is used: opening a workspace never asks for it.
        self.register = RegisterStore(root, store, self.id, self.actor)
        self.originals = OriginalsVault(root, store, self.id, self.register.keys)
        self.run_values = RunValues(root, store, self.id, self.register.keys)
        # The audit chain's keyed seals and the head this computer last saw, both kept outside the folder.
        self.keys = WorkspaceKeys(root, self.id, keys=self.register.keys)
        self.seen = SeenHeads(self.keys.data_dir, self.id, self.register.keys, root)
        store.sealer = Sealer(self.keys, self.seen, self.id)

    @classmethod
    def open(cls, root: Path, *, clock: Clock = utc_now, actor: str | None = None,
             busy_timeout_s: float = 10.0) -> Workspace:
        """Open (creating if needed) the workspace at ``root`` and migrate its schema."""
        root = Path(root)
        db_path = root / DB_NAME
        if root.exists() and not root.is_dir():
            raise WorkspaceError(f"{root}: is a file, not a workspace folder")
        if root.is_dir() and not db_path.exists() and any(p.name != "evidence" for p in root.iterdir()):
            raise WorkspaceError(
                f"{root}: not an Attest workspace (no {DB_NAME}) and not empty; choose a new or empty folder"
            )
        try:
            root.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise WorkspaceError(f"{root}: cannot create the workspace folder: {error.strerror}") from None
        store = Store(db_path, clock=clock, busy_timeout_s=busy_timeout_s, account=current_user())
        try:
            migrations.migrate(store.conn, root / "backups")
        except sqlite3.OperationalError as error:
            store.close()
            if "locked" in str(error) or "busy" in str(error):
                raise WorkspaceBusy(
                    f"workspace busy: another Attest process is writing to {root}; try again"
                ) from None
            raise
        except BaseException:
            store.close()
            raise
        evidence = EvidenceStore(root / "evidence")
        evidence.clean_partials()
        workspace = cls(root, store, evidence, actor or current_user())
        workspace.recovered = workspace._finish_interrupted_imports()
        return workspace

    def _finish_interrupted_imports(self) -> list[str]:
        """An import whose process was killed is finished now, from its sealed queue (one killed while it
        was still writing its queue stored nothing, and its queue is removed), so that no half import is
        left looking complete. Opening never fails for it: a job that cannot be finished now (the workspace
        busy, its key not on this computer, its files altered) is left, and ``audit verify`` names it."""
        try:
            if not any((self.root / JOBS_DIR).glob("*")):
                return []  # the common case: no such folder, or an empty one
            return self.imports.recover()
        except (AttestError, sqlite3.Error, OSError):
            if self.store.conn.in_transaction:
                self.store.conn.execute("ROLLBACK")
            return []

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def renditions(self) -> Renditions:
        """Annotated screenshots already drawn (see ``templates.annotate``)."""
        return Renditions(self.store, self.evidence)

    def scan_cache(self, scanner: str) -> ScanCache:
        """Leak-scan results remembered for ``scanner`` (a version that changes with the detectors)."""
        return ScanCache(self.store, self.register.path, scanner)

    def verify_audit(self) -> audit.ChainReport:
        """The hash chain alone (cheap)."""
        return audit.verify(self.store.conn)

    def trust(self, reason: Redacted, by: Redacted) -> AuditTrusted:
        """Accept the workspace as it stands on this computer (``attest audit trust``), audited."""
        sealer = self.store.sealer
        assert sealer is not None
        with self.store.write() as tx:
            event = seals.trust(sealer, self.store.conn, lambda e: tx._append(str(by), e), iso(tx.now()), reason)
        seals.after_trust(sealer, self.store.conn, event, iso(self.store.clock()))
        return event

    def signing_key(self) -> Secret:
        """The workspace's current key, to sign an export: loaded (or made) under the write lock, like the
        first audit entry of a process. Raises when the workspace's key is not on this computer."""
        sealer = self.store.sealer
        assert sealer is not None
        if not sealer.loaded:  # the write lock only to load or make it, not at every export
            with self.store.write() as tx:
                sealer.ready(self.store.conn, lambda e: tx._append(self.actor, e), iso(tx.now()))
        return sealer.signer()[1]

    def check_seals(self) -> seals.SealReport:
        """Each entry's keyed seal, the keys against the log, the log against the head seen here."""
        return seals.check(self.store.conn, self.keys, self.seen)

    def verify(self) -> tuple[audit.ChainReport, list[str]]:
        """The chain, whether every row and evidence file still agrees with it, and the seals."""
        chain, problems, _ = self.verify_all()
        return chain, problems

    def verify_all(self) -> tuple[audit.ChainReport, list[str], seals.SealReport]:
        """As :meth:`verify`, with the seal report itself (its notes, how many seals were checked here).

        Everything is read in one snapshot: a long import commits a chunk every fraction of a second, and
        a log read before a chunk beside a table read after it would disagree about rows that are fine."""
        conn = self.store.conn
        snapshot = not conn.in_transaction
        if snapshot:
            conn.execute("BEGIN")  # deferred: the snapshot starts at the first read, after the seen head
        try:
            sealed = self.check_seals()
            problems = integrity.check(conn, self.evidence.check) + self.imports.problems()
            chain = audit.verify(conn)
        finally:
            if snapshot and conn.in_transaction:
                conn.execute("ROLLBACK")
        return chain, sealed.problems + problems, sealed
