"""Importing many test cases without holding the workspace (issue 18).

An import of a few hundred cases is one transaction, as it always was. A longer one (an export of a whole
release: tens of thousands of cases, tens of seconds) would hold SQLite's write lock all that time, and a
tester recording a step would wait and then be told "workspace busy". So a long import is a *job*:

1. **checked**: the file was parsed and redacted before this module sees it, and
   :meth:`CaseRepository.check_all` refuses whatever storing the cases would refuse: nothing of a file with
   an error is written;
2. **staged**: every case, redacted, with the plan and suite its source names, is written to a queue file
   in ``import-jobs/``, then the job file that names it (the file imported, who, the audit head it started
   from, the queue's SHA-256), sealed with the workspace's key. Both are written whole or not at all (temp
   file and rename); the job file exists only once its queue is complete. Nothing is in the database yet;
3. **stored**: in transactions of about :data:`CHUNK_SECONDS`, each case becomes a case or a case version
   with its ``case.import`` audit entry, exactly as a one-transaction import stores it; between two,
   whoever waits gets the workspace (:meth:`Store.let_waiters_in`);
4. **placed**: the cases go into the plans and suites their source names (a case already there stays);
5. **done**: the job and queue files are removed.

The job file's name says which process writes it (this computer's tag and the process id) and its
modification time is its heartbeat: a writer refused after all is told which import holds the workspace,
and a job whose process is gone (killed, crashed) is taken over, by renaming its job file, the next time
the workspace is opened (:meth:`Imports.recover`), and finished from its queue. Where to go on from is
read from the log itself, in the same transaction as the next chunk: the queue's cases are stored in
order, and each stored one has its ``case.import`` entry after the head the job started from. The cases
the finish stores are audited like any others, as imported by the person who started the import (the
entries' ``account`` names the OS login of the process that finished it). Nothing is taken back, so a case
shown while the import runs (a run may already have started on it) stays: an import is finished, never
half undone. A job or queue that no longer matches its seal is never finished; ``attest audit verify``
names it, as it names a job that could not be finished yet (its key not on this computer).

No table holds any of this: the database keeps only what the log derives (``integrity``).
"""

from __future__ import annotations

import bisect
import contextlib
import hashlib
import json
import os
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import TypeVar

from attest.core import audit, processes
from attest.core.audit_events import ImportResumed
from attest.core.cases import CaseRepository, ImportOutcome, content_sha256
from attest.core.errors import InputError, NotFound, WorkspaceBusy, WorkspaceError
from attest.core.evidence_store import atomic_write
from attest.core.model import TestCase
from attest.core.plans import CaseEntry, Plan, PlanService
from attest.core.redacted import EMPTY, Redacted, from_store
from attest.core.store import Store, iso, utc_now

T = TypeVar("T")

JOBS_DIR = "import-jobs"
CHUNK_SECONDS = 0.25  # the write lock is held about this long at a time by a long import
ONE_TRANSACTION = 200  # an import of at most this many cases (well under a second) is one transaction
_PLACE_ROWS = 300  # cases put in a suite per transaction
BUSY_RETRIES = 6  # a chunk refused as busy (another long writer) tries again before the import gives up
STALE_SECONDS = 120.0  # another computer's job with no heartbeat for this long was abandoned
LOCAL_STALE_SECONDS = 900.0  # this computer's, whose process id is in use again (by another program)
_PART_STALE_SECONDS = 600.0  # a half-written temp file this old was left by a killed process

_RUNNING: set[str] = set()  # the tokens of the jobs this process is writing now


@dataclass(frozen=True)
class Incoming:
    """One case of an import, redacted by the gate, with the plan and suite its source puts it in (both
    redacted too; empty when the source names no suite)."""

    case: TestCase
    plan: Redacted = EMPTY
    suite: Redacted = EMPTY


@dataclass
class ImportResult:
    outcomes: list[ImportOutcome] = field(default_factory=list)  # in the order the cases were given
    placed: list[str] = field(default_factory=list)  # plans made, cases put in suites
    warnings: list[str] = field(default_factory=list)
    resumed_at: int = 0  # the first case this call stored (a job finished after a kill: where it went on)


@dataclass(frozen=True)
class Job:
    """A job file: an import under way, or left unfinished. Its name is ``HOST.PID.TOKEN.json``: the
    process writing it, which changes when another process takes the job over."""

    path: Path
    token: str
    source_file: str  # through the gate, as the cases record it
    source_format: str
    actor: str  # as the case versions record who imported them
    by: str  # the same person, through the gate: who the plans and suites are made by
    total: int
    started_at: str
    head_seq: int  # the audit head before its first case: its entries come after
    queue_name: str  # HOST.PID.TOKEN.queue, named by the process that staged it (never renamed)
    queue_sha256: str
    mac: str | None

    @property
    def host(self) -> str:
        return self.path.name.split(".")[0]

    @property
    def pid(self) -> int:
        text = self.path.name.split(".")[1]
        return int(text) if text.isdigit() else 0

    @property
    def queue(self) -> Path:
        return self.path.parent / Path(self.queue_name).name

    def sealed(self) -> tuple[str, ...]:
        return (self.token, self.source_file, self.source_format, self.actor, self.by, str(self.total),
                self.started_at, str(self.head_seq), self.queue_name, self.queue_sha256)

    def process(self) -> str:
        where = "" if self.host == processes.HOST else " on another computer"
        return f"process {self.pid}{where}"

    def described(self) -> str:
        return f"an import of {self.source_file} by {self.by}"

    @classmethod
    def read(cls, path: Path) -> Job:
        data = json.loads(path.read_text("utf-8"))
        return cls(path, str(data["token"]), str(data["source_file"]), str(data["source_format"]),
                   str(data["actor"]), str(data["by"]), int(data["total"]), str(data["started_at"]),
                   int(data["head_seq"]), str(data["queue"]), str(data["queue_sha256"]), data.get("mac"))

    def text(self) -> bytes:
        data = {"token": self.token, "source_file": self.source_file, "source_format": self.source_format,
                "actor": self.actor, "by": self.by, "total": self.total, "started_at": self.started_at,
                "head_seq": self.head_seq, "queue": self.queue_name, "queue_sha256": self.queue_sha256,
                "mac": self.mac}
        return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")


class TakenOver(WorkspaceError):
    """Another process took the job over (this one was thought gone) and is finishing it."""


def _queued_line(item: Incoming) -> str:
    case = item.case
    return json.dumps({"case": case.content_dict(), "source_file": case.source_file,
                       "source_format": case.source_format, "origin": case.origin, "plan": item.plan,
                       "suite": item.suite}, ensure_ascii=False, sort_keys=True)


def _unqueued(line: str) -> Incoming:
    data = json.loads(line)
    case = TestCase.from_content(data["case"], data["source_file"], data["source_format"])
    return Incoming(replace(case, origin=data.get("origin", "")), from_store(data.get("plan", "")),
                    from_store(data.get("suite", "")))


class Imports:
    def __init__(self, root: Path, store: Store, cases: CaseRepository, plans: PlanService) -> None:
        self.dir = root / JOBS_DIR
        self.store = store
        self.cases = cases
        self.plans = plans

    # -- an import ---------------------------------------------------------------------------------

    def run(self, incoming: Sequence[Incoming], *, source_file: Redacted, source_format: str, by: Redacted,
            progress: Callable[[int, int], None] | None = None) -> ImportResult:
        """Store the cases of one file: all of them, or (when anything is refused) none. Inside a caller's
        transaction (an Azure DevOps pull) or when small, in one transaction; else as a job in chunks,
        which another process finishes should this one be killed. ``progress(done, total)`` is called
        after each chunk."""
        self.cases.check_all([item.case for item in incoming])  # every refusal before the first write
        if self.store.conn.in_transaction or len(incoming) <= ONE_TRANSACTION:
            result = ImportResult()
            with self.store.write() as tx:
                result.outcomes = [self.cases._save(tx, item.case) for item in incoming]
                self._place([(o.stored.id, item) for o, item in zip(result.outcomes, incoming, strict=True)],
                            from_store(by), None, result)
            return result
        job = self._stage(incoming, source_file, source_format, by)
        _RUNNING.add(job.token)
        try:
            return self._finish(job, list(incoming), 0, progress)
        finally:
            _RUNNING.discard(job.token)

    def _stage(self, incoming: Sequence[Incoming], source_file: str, source_format: str, by: str) -> Job:
        """Write the queue, then the job file naming it: until the job file is there, nothing of the job
        counts (a queue without one is removed at the next open)."""
        head_seq = audit.head(self.store.conn)[0]  # every case.import entry of this job comes after it
        queue = "".join(_queued_line(item) + "\n" for item in incoming).encode("utf-8")
        token = uuid.uuid4().hex
        self.dir.mkdir(exist_ok=True)
        name = f"{processes.HOST}.{os.getpid()}.{token}"
        job = Job(self.dir / f"{name}.json", token, source_file, source_format, self.cases.actor, by, len(incoming),
                  iso(utc_now()), head_seq, f"{name}.queue", hashlib.sha256(queue).hexdigest(), None)
        atomic_write(job.queue, queue)
        with self.store.write() as tx:  # the key is loaded (made, in a new workspace) under the write lock
            job = replace(job, mac=tx.cache_mac("import_jobs", *job.sealed()))
        atomic_write(job.path, job.text())
        return job

    def _finish(self, job: Job, rows: list[Incoming], start: int | None,
                progress: Callable[[int, int], None] | None) -> ImportResult:
        """Store the cases from ``start`` (None: from wherever a killed process left off, read from the log),
        place them all, and remove the job: the whole of an import after staging, or what a killed one
        left."""
        result = ImportResult()
        digests = [content_sha256(item.case) for item in rows] if start is None else []
        ids: dict[int, int] = {}  # position -> case id, for the placing
        position = start
        while position is None or position < len(rows):
            if position is None:
                outcomes, warnings, position, result.resumed_at = self._retrying(
                    partial(self._write_chunk, job, rows, position, digests))
            else:
                outcomes, warnings, position, _ = self._retrying(
                    partial(self._write_chunk, job, rows, position, digests))
            for at, outcome in outcomes:
                ids[at] = outcome.stored.id
                result.outcomes.append(outcome)
            result.warnings += warnings
            with contextlib.suppress(OSError):
                os.utime(job.path)  # the heartbeat
            if progress is not None:
                progress(position, len(rows))
            self.store.let_waiters_in()
        first = start if start is not None else result.resumed_at
        placing = []
        for at, item in enumerate(rows):
            if item.suite:  # stored by this call: its id (none if refused); by a killed one: found by reference
                case_id = ids.get(at) if at >= first else self._case_id(item.case.reference)
                if case_id is not None:
                    placing.append((case_id, item))
        self._place(placing, from_store(job.by), job, result)
        try:
            job.path.unlink()
        except FileNotFoundError:  # taken over at the last moment: the taker finds it all done, and removes it
            return result
        with contextlib.suppress(OSError):  # only once the job file is gone: no one can take it over any more
            job.queue.unlink()
        return result

    def _write_chunk(self, job: Job, rows: list[Incoming], position: int | None,
                     digests: list[str]) -> tuple[list[tuple[int, ImportOutcome]], list[str], int, int]:
        """Store queued cases from ``position`` for about :data:`CHUNK_SECONDS`; returns what was stored,
        where the next chunk starts and where this one started. Everything is decided under the write lock,
        the job still this process's."""
        outcomes: list[tuple[int, ImportOutcome]] = []
        warnings: list[str] = []
        with self.store.write() as tx:
            self._own(job)
            if position is None:
                position = self._resume(job, rows, digests)
                tx.audit(self.cases.actor, ImportResumed(job.token, job.source_file, job.by, job.started_at,
                                                         position, len(rows)))
            first = position
            started = time.monotonic()
            while position < len(rows) and time.monotonic() - started < CHUNK_SECONDS:
                try:
                    outcomes.append((position, self.cases._save(tx, rows[position].case, job.actor)))
                except InputError as error:  # the case was changed by another writer since it was checked
                    warnings.append(f"{error.detail}; this case was not imported")
                position += 1
        return outcomes, warnings, position, first

    def _resume(self, job: Job, rows: list[Incoming], digests: list[str]) -> int:
        """Where a killed job goes on from: just after the last queued case that has its ``case.import``
        entry after the job's head, the entries matched in the queue's order (a case that was unchanged
        has none, and is stored again as unchanged)."""
        found: dict[tuple[str, str, str], list[int]] = {}
        for seq, details in self.store.conn.execute(
                "SELECT seq, details FROM audit_log WHERE action = ? AND seq > ? ORDER BY seq",
                ("case.import", job.head_seq)):
            data = json.loads(details)
            key = (str(data.get("reference")), str(data.get("content_sha256")), str(data.get("source_file")))
            found.setdefault(key, []).append(int(seq))
        after, resume = job.head_seq, 0
        for at, (item, digest) in enumerate(zip(rows, digests, strict=True)):
            seqs = found.get((item.case.reference, digest, item.case.source_file))
            if seqs:
                k = bisect.bisect_right(seqs, after)
                if k < len(seqs):
                    after, resume = seqs[k], at + 1
        return resume

    def _case_id(self, reference: str) -> int | None:
        row = self.store.one("SELECT id FROM cases WHERE reference = ?", (reference,))
        return int(row["id"]) if row else None

    # -- plans and suites -------------------------------------------------------------------------

    def _place(self, rows: Sequence[tuple[int, Incoming]], by: Redacted, job: Job | None,
               result: ImportResult) -> None:
        """Put the cases in the plans and suites their source names, in the file's order: a plan or suite
        that does not exist yet is made. A case already in its suite stays where it is, so placing again
        (after a kill) changes nothing that was placed."""
        groups: dict[tuple[str, str], list[int]] = {}
        for case_id, item in rows:
            if item.suite:
                groups.setdefault((item.plan, item.suite), []).append(case_id)
        for (plan_name, suite_name), case_ids in groups.items():
            plan = self._in_turn(job, partial(self._plan, plan_name, by, result))
            suite_id, suite_shown = self._in_turn(job, partial(self._suite, plan, suite_name, by))
            wanted = list(dict.fromkeys(case_ids))
            size = _PLACE_ROWS if job is not None else max(1, len(wanted))  # in a caller's transaction: at once
            put = 0
            for begin in range(0, len(wanted), size):
                put += self._in_turn(job, partial(self._add, suite_id, wanted[begin:begin + size], by))
            if put:
                result.placed.append(f"{put} case(s) put in plan {plan.id} ({plan.name}), suite {suite_shown}")

    def _plan(self, name: str, by: Redacted, result: ImportResult) -> Plan:
        try:
            return self.plans.find(name)
        except NotFound:
            plan = self.plans.create(from_store(name), by=by)
            result.placed.append(f"created plan {plan.id} ({plan.name}) named by the file")
            return plan

    def _suite(self, plan: Plan, name: str, by: Redacted) -> tuple[int, str]:
        try:
            suite = self.plans.find_suite(plan.id, name)
        except NotFound:
            suite = self.plans.add_suite(plan.id, from_store(name), by=by)
        return suite.id, suite.name

    def _add(self, suite_id: int, case_ids: Sequence[int], by: Redacted) -> int:
        there = {c.case_id for c in self.plans.suite(suite_id).cases}
        new = [CaseEntry(case_id) for case_id in case_ids if case_id not in there]
        if new:
            self.plans.add_cases(suite_id, new, by=by)
        return len(new)

    # -- taking turns -----------------------------------------------------------------------------

    def _in_turn(self, job: Job | None, step: Callable[[], T]) -> T:
        """One step of a job in its own transaction (the job still this process's), then a pause for
        whoever waits; without a job, inside the caller's transaction."""
        if job is None:
            return step()

        def once() -> T:
            with self.store.write():
                self._own(job)
                return step()

        value = self._retrying(once)
        with contextlib.suppress(OSError):
            os.utime(job.path)  # the heartbeat
        self.store.let_waiters_in()
        return value

    def _retrying(self, step: Callable[[], T]) -> T:
        """A chunk refused as busy (another writer held the workspace for a whole ``busy_timeout``) is
        tried again: the import is background work, and giving up would leave it to be finished later."""
        for attempt in range(BUSY_RETRIES):
            try:
                return step()
            except WorkspaceBusy:
                if attempt == BUSY_RETRIES - 1:
                    raise
        raise AssertionError("unreachable")

    @staticmethod
    def _own(job: Job) -> None:
        """Under the write lock: the job is still this process's. A process that thought this one gone
        renames the job file to take it over; from then on, only it writes."""
        if not job.path.exists():
            raise TakenOver(f"{job.described()} was taken over by another process, which is finishing it")

    # -- jobs left unfinished ---------------------------------------------------------------------

    def jobs(self) -> list[Job]:
        """The job files, oldest first; one that cannot be read is skipped (a half-written one is never
        there: it is written to a temp file and renamed)."""
        found = []
        try:
            names = sorted(os.listdir(self.dir))
        except OSError:
            return []
        for name in names:
            if name.endswith(".json") and name.count(".") == 3:
                with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
                    found.append(Job.read(self.dir / name))
        return sorted(found, key=lambda j: j.started_at)

    def alive(self, job: Job) -> bool:
        """Whether the process writing ``job`` is still at it: this process (a job it runs now), a running
        process of this computer, or another computer's whose heartbeat is recent."""
        try:
            age = time.time() - job.path.stat().st_mtime
        except OSError:
            return False
        if job.host == processes.HOST:
            if job.pid == os.getpid():
                return job.token in _RUNNING
            return processes.alive(job.pid) and age < LOCAL_STALE_SECONDS
        return age < STALE_SECONDS

    def altered(self, job: Job) -> str | None:
        """Why ``job`` must not be finished (its file or queue no longer match their seal), or None.
        Needs the write lock only to load the key (as any write does)."""
        with self.store.write() as tx:
            mac = tx.cache_mac("import_jobs", *job.sealed())
        if job.mac != mac:
            return "its job file does not match its keyed seal"
        try:
            queue = job.queue.read_bytes()
        except OSError:
            return "its queue of cases is missing"
        if hashlib.sha256(queue).hexdigest() != job.queue_sha256:
            return "its queue of cases does not match its keyed seal"
        return None

    def recover(self) -> list[str]:
        """Finish every job whose process is gone, and remove what a process killed while staging left.
        Returns what was done, in words. A job whose files were altered is left (renamed ``.altered``) for
        ``audit verify`` to report; one that cannot be written now (busy, its key not here) is left for
        the next open."""
        done: list[str] = []
        self._sweep()
        for job in self.jobs():
            if self.alive(job):
                continue
            why = self.altered(job)
            if why is not None:
                with contextlib.suppress(OSError):
                    job.path.rename(job.path.with_suffix(".altered"))
                continue
            mine = job.path.with_name(f"{processes.HOST}.{os.getpid()}.{job.token}.json")
            try:
                job.path.rename(mine)  # the claim: of two processes opening at once, one rename finds it gone
            except OSError:
                continue
            job = replace(job, path=mine)
            rows = [_unqueued(line) for line in job.queue.read_text("utf-8").splitlines() if line]
            _RUNNING.add(job.token)
            try:
                result = self._finish(job, rows, None, None)
            finally:
                _RUNNING.discard(job.token)
            done.append(f"{job.described()}, interrupted after {result.resumed_at:,} of {job.total:,} cases, was "
                        "finished")
        return done

    def _sweep(self) -> None:
        """Remove queues without a job file whose process is gone (killed while staging: nothing of its import
        was stored), and temp files of writes that were cut short."""
        try:
            names = os.listdir(self.dir)
        except OSError:
            return
        named = set()
        for job in self.jobs():
            named.add(job.queue_name)
        for name in names:
            if name.endswith(".altered"):
                with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
                    named.add(Job.read(self.dir / name).queue_name)
        for name in names:
            path = self.dir / name
            try:
                age = time.time() - path.stat().st_mtime
            except OSError:
                continue
            if name.endswith(".queue") and name not in named:
                host, pid = name.split(".")[:2]
                gone = host == processes.HOST and not processes.alive(int(pid) if pid.isdigit() else 0)
                if gone or age > _PART_STALE_SECONDS:
                    with contextlib.suppress(OSError):
                        path.unlink()
            elif name.startswith(".part-") and age > _PART_STALE_SECONDS:
                with contextlib.suppress(OSError):
                    path.unlink()

    # -- what others are told -----------------------------------------------------------------------

    def holder(self) -> str | None:
        """The import under way, in words for the busy message. Every value in it went through the gate
        (the file's name, the person's) or is a number."""
        for job in self.jobs():
            if self.alive(job):
                return f"{job.described()} ({job.process()})"
        return None

    def problems(self) -> list[str]:
        """For ``audit verify``: an import that was interrupted and is not being finished. (Opening the
        workspace finished every one it could.)"""
        problems = []
        for job in self.jobs():
            if not self.alive(job):
                problems.append(f"{job.described()} ({job.total:,} cases) was interrupted and is not finished: it "
                                "is finished when the workspace is next opened where its key is held")
        for altered in sorted(self.dir.glob("*.altered")) if self.dir.is_dir() else []:
            with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
                job = Job.read(altered)
                problems.append(f"{job.described()} ({job.total:,} cases) was interrupted and cannot be finished: "
                                "its job file or queue was altered (they do not match their keyed seal); the "
                                "cases it stored before are in the workspace, the rest are not")
        return problems


__all__ = ["CHUNK_SECONDS", "ImportResult", "Imports", "Incoming", "JOBS_DIR", "Job", "ONE_TRANSACTION"]
