"""The SQLite store: one connection per workspace, WAL mode, explicit write transactions.

Every write runs inside :meth:`Store.write`, which takes SQLite's write lock up front
(``BEGIN IMMEDIATE``). Two processes on one workspace are therefore serialised by SQLite itself:
the second waits up to ``busy_timeout`` and then gets :class:`WorkspaceBusy`, never a half-written
change. Audit entries are appended inside the same transaction as the change they describe.

Waiting is made fair. SQLite's own busy handler polls with a growing back-off (up to 100 ms between
looks), so a long writer that commits a chunk and at once begins the next one can starve a waiter for
ever. A process that finds the lock taken therefore *announces* itself with a marker file beside the
database (``attest.db-waiting/``) while it polls, and every writer, before it begins, lets the announced
waiters go first (:meth:`Store.let_waiters_in`, which a long writer also calls between its chunks: it pauses
until every announced waiter has had its turn). A waiter that still gets no
turn within ``busy_timeout`` is told who holds the workspace (``Store.holder``, filled in by the
workspace: a running import names its file, who started it and its process).
"""

from __future__ import annotations

import contextlib
import itertools
import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

    from attest.core.seals import Sealer

from attest.core import audit, processes
from attest.core.audit_events import AuditEvent
from attest.core.errors import WorkspaceBusy, WorkspaceError

Clock = Callable[[], datetime]

# The first look at a taken lock is short: a waiter announces itself (see the module's docstring) soon,
# then looks again every few milliseconds (SQLite's back-off restarts at 1 ms with each look).
_FIRST_LOOK_MS = 20
_LOOK_MS = 25
# A waiting marker older than this is left by a process that died waiting on another computer (one of
# this computer's is known dead by its process id): no waiter waits this long, so it is not waited for.
_STALE_MARKER_S = 120.0
_markers = itertools.count(1)
# A writer defers this long at most to those already waiting, then queues like them.
_DEFER_S = 2.0


def utc_now() -> datetime:
    return datetime.now(UTC)


def iso(moment: datetime) -> str:
    """ISO-8601 in UTC with a ``Z``; the one text form of time in the store and the JSON output."""
    global _last_iso
    last = _last_iso  # one tuple, replaced whole: another thread's moment is never paired with this text
    if last[0] is moment:  # a transaction writes its one moment into every row and entry: format it once
        return last[1]
    text = moment.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")
    _last_iso = (moment, text)
    return text


_last_iso: tuple[datetime | None, str] = (None, "")


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
        self.busy_timeout_s = busy_timeout_s
        self._busy_ms = max(0, int(busy_timeout_s * 1000))
        self.waiting_dir = path.with_name(path.name + "-waiting")
        # Who holds the workspace, in words fit for the busy message (the workspace names a running
        # import); None, or a call that finds nothing, gives the plain message.
        self.holder: Callable[[], str | None] | None = None
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
        """sqlite-utils over the same connection, made at the first update or migration. Importing it
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
        self._begin()
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

    def _begin(self) -> None:
        """Take the write lock: after whoever already announced they wait (a writer that commits and at
        once begins again, a long import's chunks or many small writes in a row, would otherwise win every
        race); at once if it is free; else announce this connection as waiting and look again every few
        milliseconds until ``busy_timeout`` has passed."""
        if self.waiters():
            self.let_waiters_in(_DEFER_S)
        if self._try_begin(_FIRST_LOOK_MS):
            return
        deadline = time.monotonic() + self.busy_timeout_s
        marker = self._announce()
        try:
            while not self._try_begin(_LOOK_MS):
                if time.monotonic() >= deadline:
                    raise WorkspaceBusy(self.busy_message())
        finally:
            if marker is not None:
                with contextlib.suppress(OSError):
                    marker.unlink()

    def _try_begin(self, wait_ms: int) -> bool:
        self.conn.execute(f"PRAGMA busy_timeout = {min(wait_ms, self._busy_ms)}")
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            return True
        except sqlite3.OperationalError as error:
            if _is_busy(error):
                return False
            raise
        finally:
            self.conn.execute(f"PRAGMA busy_timeout = {self._busy_ms}")

    def _announce(self) -> Path | None:
        """A marker saying this connection waits for the write lock; None if it cannot be written (a
        read-only folder: the wait is then only as fair as SQLite makes it)."""
        marker = self.waiting_dir / f"{processes.HOST}.{os.getpid()}.{next(_markers)}"
        try:
            self.waiting_dir.mkdir(exist_ok=True)
            marker.touch()
        except OSError:
            return None
        return marker

    def waiters(self) -> int:
        """How many other connections (in any process) announce that they wait for the write lock. A
        marker left by a process that died is removed, or, if it is another computer's, ignored once old."""
        try:
            names = os.listdir(self.waiting_dir)
        except OSError:
            return 0
        count = 0
        for name in names:
            host, _, rest = name.partition(".")
            pid_text = rest.partition(".")[0]
            if host == processes.HOST and pid_text.isdigit() and not processes.alive(int(pid_text)):
                with contextlib.suppress(OSError):
                    (self.waiting_dir / name).unlink()
                continue
            if host != processes.HOST:
                try:
                    age = time.time() - (self.waiting_dir / name).stat().st_mtime
                except OSError:
                    continue
                if age > _STALE_MARKER_S:
                    continue
            count += 1
        return count

    def let_waiters_in(self, limit_s: float = 3.0) -> float:
        """Called by a long writer between two of its transactions: pause while any other connection
        waits for the write lock, so that each gets in (SQLite's back-off alone would let the long writer
        win the race again and again). ``limit_s`` bounds the pause should a waiter not move. Returns the
        seconds paused."""
        if self.conn.in_transaction:
            return 0.0  # inside someone's transaction: the lock is not ours to give
        started = time.monotonic()
        while self.waiters() and time.monotonic() - started < limit_s:
            time.sleep(0.005)
        return time.monotonic() - started

    def busy_message(self) -> str:
        """Why a write cannot proceed, naming what holds the workspace when that is known."""
        holder = None
        if self.holder is not None:
            with contextlib.suppress(sqlite3.Error, WorkspaceError):
                holder = self.holder()
        if holder:
            return f"workspace busy: {holder} is writing; try again"
        return f"workspace busy: another Attest process is writing to {self.path.parent}; try again"

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
        """Insert one row and return its id. Plain SQL rather than sqlite-utils' ``insert``, which reads
        the table's schema and opens a savepoint for every row: five times the cost, paid under the
        write lock (one INSERT statement is atomic on its own)."""
        columns = tuple(row)
        sql = _INSERTS.get((table, columns))
        if sql is None:
            names = ", ".join(_quoted(c) for c in columns)
            sql = _INSERTS[(table, columns)] = (f"INSERT INTO {_quoted(table)} ({names}) "
                                                f"VALUES ({', '.join('?' for _ in columns)})")
        cursor = self.store.conn.execute(sql, [_to_sql(v) for v in row.values()])
        return int(cursor.lastrowid or 0)

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


_INSERTS: dict[tuple[str, tuple[str, ...]], str] = {}


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _to_sql(value: Any) -> Any:
    if isinstance(value, datetime):
        return iso(value)
    if isinstance(value, date):  # as sqlite-utils wrote one (sqlite3's own adapter is deprecated)
        return value.isoformat()
    if isinstance(value, (dict, list, tuple)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value
