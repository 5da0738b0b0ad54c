"""The append-only, hash-chained audit log (table ``audit_log``).

Each entry's hash covers its own fields and the previous entry's hash, so changing, deleting or
reordering any entry breaks the chain from that point on. What an entry records is a typed event
(:mod:`audit_events`): its kind is the entry's ``action``, its subject the ``entity`` and ``entity_id``,
its payload the ``details``. SQLite triggers (see ``migrations``)
refuse UPDATE and DELETE on the table; the chain catches edits that get past them (a hand edit with
the triggers dropped). A chain cannot see its own newest entries cut off, nor the data tables
changed behind its back: :mod:`integrity` checks the data against the log for that.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from attest.core.audit_events import ACCOUNT, AuditEvent, parse

GENESIS = "0" * 64


def canonical_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def entry_hash(seq: int, at: str, actor: str, action: str, entity: str, entity_id: str, details: str,
               prev_hash: str) -> str:
    payload = canonical_json([seq, at, actor, action, entity, entity_id, details, prev_hash])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def append(conn: sqlite3.Connection, *, at: str, actor: str, event: AuditEvent, account: str = "") -> int:
    """Append one entry recording ``event``. Must run inside the write transaction of the change it
    records. ``account`` (the OS login, beside whatever name was typed) joins the event's payload."""
    action, entity, entity_id = event.action, event.entity_type, event.entity_id
    details = event.to_payload()
    if account:
        details[ACCOUNT] = account
    last = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    details_text = canonical_json(details)
    digest = entry_hash(seq, at, actor, action, entity, entity_id, details_text, prev)
    conn.execute(
        "INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, details, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (seq, at, actor, action, entity, entity_id, details_text, prev, digest),
    )
    return seq


def head(conn: sqlite3.Connection) -> tuple[int, str]:
    """The newest entry's number and hash: what a pack carries, so that an assurer holding it can
    tell a workspace later rolled back to an older (self-consistent) copy."""
    last = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    return (int(last[0]), str(last[1])) if last else (0, GENESIS)


@dataclass(frozen=True)
class Entry:
    """One entry read back: where it stands in the chain, who and when, and its typed event."""

    seq: int
    at: str
    actor: str
    account: str
    event: AuditEvent


def entries(conn: sqlite3.Connection, *kinds: str) -> list[Entry]:
    """The entries of these kinds (all if none is named), oldest first, each parsed into its event."""
    sql = "SELECT seq, at, actor, action, entity, entity_id, details FROM audit_log"
    if kinds:
        sql += f" WHERE action IN ({', '.join('?' for _ in kinds)})"
    found = []
    for seq, at, actor, action, entity, entity_id, details in conn.execute(sql + " ORDER BY seq", kinds):
        payload = json.loads(details)
        account = payload.get(ACCOUNT, "") if isinstance(payload, dict) else ""
        event = parse(action, entity, entity_id, payload if isinstance(payload, dict) else {})
        found.append(Entry(int(seq), str(at), str(actor or ""), str(account), event))
    return found


@dataclass(frozen=True)
class ChainReport:
    entries: int
    broken_at: int | None  # seq of the first entry that does not verify
    problem: str = ""

    @property
    def ok(self) -> bool:
        return self.broken_at is None


def verify(conn: sqlite3.Connection) -> ChainReport:
    """Walk the chain from the first entry; report the first one whose link or hash is wrong."""
    prev = GENESIS
    expected_seq = 1
    count = 0
    rows = conn.execute(
        "SELECT seq, at, actor, action, entity, entity_id, details, prev_hash, hash FROM audit_log ORDER BY seq"
    )
    for seq, at, actor, action, entity, entity_id, details, prev_hash, digest in rows:
        count += 1
        if seq != expected_seq:
            return ChainReport(count, expected_seq, f"entry {expected_seq} is missing (next entry is {seq})")
        if prev_hash != prev:
            return ChainReport(count, seq, f"entry {seq} does not follow entry {seq - 1} (previous hash differs)")
        if entry_hash(seq, at, actor, action, entity, entity_id, details, prev_hash) != digest:
            return ChainReport(count, seq, f"entry {seq} ({action} {entity} {entity_id}) was altered")
        prev = digest
        expected_seq += 1
    return ChainReport(count, None)
