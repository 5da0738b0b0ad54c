"""The SQLite store: one connection per workspace, WAL mode, explicit write transactions.

Every write runs inside :meth:`Store.write`, which takes SQLite's write lock up front
(``BEGIN IMMEDIATE``). Two processes on one workspace are therefore serialised by SQLite itself:
the second waits up to ``busy_timeout`` and then gets :class:`WorkspaceBusy`, never a half-written
change. Audit entries are appended inside the same transaction as the change they describe.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

    from attest.core.seals import Sealer

from attest.core import audit
from attest.core.audit_events import AuditEvent
from attest.core.errors import WorkspaceBusy, WorkspaceError

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


def iso(moment: datetime) -> str:
    """ISO-8601 in UTC with a ``Z``; the one text form of time in the store and the JSON output."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def parse_iso(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def _is_busy(error: sqlite3.OperationalError) -> bool:
    text = str(error).lower()
    return "locked" in text or "busy" in text


class Store:
    """Owns the connection. Other ``core`` modules read through ``db`` and write through ``write()``."""

    def __init__(self, path: Path, *, clock: Clock = utc_now, busy_timeout_s: float = 10.0,
                 account: str = "") -> None:
        self.path = path
        self.clock = clock
        self.account = account  # the OS login, recorded beside whatever name a tester types
        try:
            conn = sqlite3.connect(str(path), timeout=busy_timeout_s, isolation_level=None)
            # WAL: readers never block the writer; synchronous=FULL: a commit is on disk when it
            # returns, so "captured" in the UI means captured.
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA foreign_keys=ON")
        except sqlite3.OperationalError as error:
            if _is_busy(error):
                raise WorkspaceBusy(f"workspace busy: {path} is locked by another Attest process; try again") from None
            raise WorkspaceError(f"{path}: cannot open the workspace database: {error}") from None
        except sqlite3.DatabaseError as error:
            raise WorkspaceError(f"{path}: not an Attest workspace database ({error})") from None
        self.conn = conn
        self._db: sqlite_utils.Database | None = None
        # Seals each audit entry with the workspace's key (core.seals); None for a bare store (tests,
        # migrations), whose entries stay unsealed.
        self.sealer: Sealer | None = None
        self._appended = False
        self._moment: datetime | None = None  # the time of the open write transaction (WriteTx.now)

    @property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils over the same connection, made at the first write or migration. Importing it
        costs about 140 ms (it brings click, dateutil, pluggy and numpy), a third of the app's start,
        and reading needs none of it."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn, execute_plugins=False)
        return self._db

    def close(self) -> None:
        self.conn.close()

    @contextlib.contextmanager
    def write(self) -> Iterator[WriteTx]:
        """One atomic change. Nested calls join the outer transaction."""
        if self.conn.in_transaction:
            yield WriteTx(self)
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as error:
            if _is_busy(error):
                raise WorkspaceBusy(
                    f"workspace busy: another Attest process is writing to {self.path.parent}; try again"
                ) from None
            raise
        self._appended = False
        self._moment = None  # read at the first WriteTx.now() of this transaction
        try:
            yield WriteTx(self)
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if self.sealer is not None:
                self.sealer.rolled_back()
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.OperationalError as error:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if self.sealer is not None:
                self.sealer.rolled_back()
            if _is_busy(error):
                raise WorkspaceBusy(f"workspace busy: could not commit to {self.path.parent}; try again") from None
            raise
        if self.sealer is not None and self._appended:
            self.sealer.committed(self.conn, iso(self.clock()))

    def query(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[dict[str, Any]]:
        """Rows as dicts (as sqlite-utils' ``query`` gives them), read on the plain connection."""
        cursor = self.conn.execute(sql, params)
        columns = [d[0] for d in cursor.description or ()]
        return [dict(zip(columns, row, strict=True)) for row in cursor]

    def one(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> dict[str, Any] | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None


class WriteTx:
    """Handle for the body of a write transaction: inserts and audit entries."""

    def __init__(self, store: Store) -> None:
        self.store = store

    @property
    def db(self) -> sqlite_utils.Database:
        return self.store.db

    def now(self) -> datetime:
        """The moment of this change, read from the clock once per transaction: every row it writes and
        every audit entry recording them carry the same time, so ``integrity`` compares a row's time
        (``recorded_at``, ``started_at``...) with its entry's ``at`` exactly."""
        if self.store._moment is None:
            self.store._moment = self.store.clock()
        return self.store._moment

    def insert(self, table: str, row: dict[str, Any]) -> int:
        """Insert one row and return its id (a savepoint inside this transaction)."""
        return int(self.db.table(table).insert({k: _to_sql(v) for k, v in row.items()}).last_rowid or 0)

    def update(self, table: str, row_id: int, values: dict[str, Any]) -> None:
        self.db.table(table).update(row_id, {k: _to_sql(v) for k, v in values.items()})

    def audit(self, actor: str, event: AuditEvent) -> int:
        """Record ``event`` (a class of :mod:`audit_events`) as done by ``actor``, in this transaction, sealed
        with the workspace's key when the store has one. Returns the entry's number."""
        sealer = self.store.sealer
        if sealer is not None:
            sealer.ready(self.store.conn, lambda e: self._append(actor, e), iso(self.now()))
        seq = self._append(actor, event)
        if sealer is not None:
            sealer.seal(self.store.conn, seq)
        return seq

    def cache_mac(self, table: str, *fields: str) -> str | None:
        """The keyed seal of a cache row written in this transaction (the key made now if the workspace
        has none yet: a row written unsealed would never be trusted, nor told from a forged one)."""
        sealer = self.store.sealer
        if sealer is None:
            return None
        sealer.ready(self.store.conn, lambda e: self._append(self.store.account or "attest", e), iso(self.now()))
        return sealer.cache_mac(table, *fields)

    def _append(self, actor: str, event: AuditEvent) -> int:
        self.store._appended = True
        return audit.append(self.store.conn, at=iso(self.now()), actor=actor, event=event,
                            account=self.store.account)


def _to_sql(value: Any) -> Any:
    if isinstance(value, datetime):
        return iso(value)
    if isinstance(value, (dict, list, tuple)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value
