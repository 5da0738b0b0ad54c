"""The keyed seal on every audit entry, and what this computer last saw of the log.

:mod:`audit` chains entries with SHA-256, which anyone can recompute after an edit. Here each entry also
gets an HMAC under the workspace's key (:mod:`workspace_keys`), written in the same transaction into
``audit_seals``; :func:`check` tells an entry whose seal does not match (edited, or the chain recomputed
without the key), an entry with no seal (added by hand, or the seals cut with it), and a log that is
behind what this computer saw (:mod:`seen_head`: an older copy put back, or its newest entries removed).

What a seal cannot prove, said plainly in docs/audit.md: a person holding the key (anyone who can use
the tester's login on the computer whose keyring holds it) can still rewrite and re-seal the log; the
record of the head kept outside the workspace then still tells a rewrite of entries it had already seen.
"""

from __future__ import annotations

import base64
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field

from attest.core import audit
from attest.core import audit_events as events
from attest.core.errors import AttestError
from attest.core.redacted import Redacted
from attest.core.seen_head import SeenHead, SeenHeads
from attest.core.register_store import ENV_PASSPHRASE
from attest.core.workspace_keys import HOME_WORDS, Epoch, KeyUnavailable, Secret, WorkspaceKeys, fingerprint

TRUST_HINT = ("if that is intended (the workspace was moved or restored on purpose), check it and run "
              "`attest audit trust --reason TEXT`")


Append = Callable[[events.AuditEvent], int]  # appends one entry unsealed, returns its number


class WorkspaceBehind(AttestError):
    """The workspace is behind (or diverges from) the head this computer last saw: refused to write."""


def _key_entries(conn: sqlite3.Connection) -> dict[str, tuple[int, events.KeyCreated]]:
    found: dict[str, tuple[int, events.KeyCreated]] = {}
    for entry in audit.entries(conn, events.KeyCreated.kind):
        if isinstance(entry.event, events.KeyCreated):
            found.setdefault(entry.event.key_id, (entry.seq, entry.event))
    return found


def _schema_recorded(conn: sqlite3.Connection) -> dict[int, tuple[int, str]]:
    """version -> (entry, applied_at) as the log recorded each schema version."""
    found: dict[int, tuple[int, str]] = {}
    for entry in audit.entries(conn, events.SchemaUpgraded.kind, events.KeyCreated.kind):
        event = entry.event
        versions = event.versions if isinstance(event, events.SchemaUpgraded) else (
            event.schema if isinstance(event, events.KeyCreated) else ())
        for version, at in versions:
            found.setdefault(version, (entry.seq, at))
    return found


def _schema_rows(conn: sqlite3.Connection) -> list[tuple[int, str]]:
    return [(int(v), str(at)) for v, at in conn.execute("SELECT version, applied_at FROM schema_version ORDER BY version")]


def _schema_unrecorded(conn: sqlite3.Connection) -> list[tuple[int, str]]:
    recorded = _schema_recorded(conn)
    return [(v, at) for v, at in _schema_rows(conn) if v not in recorded]


def _check_schema(conn: sqlite3.Connection, report: SealReport) -> None:
    recorded = _schema_recorded(conn)
    if not recorded:
        return  # not yet recorded (the first change after an upgrade records it)
    rows = dict(_schema_rows(conn))
    for version, (seq, at) in sorted(recorded.items()):
        if version not in rows:
            report.problems.append(f"schema_version {version} recorded by audit entry {seq} is missing")
        elif rows[version] != at:
            report.problems.append(f"schema_version {version}: applied_at is {rows[version]!r} but audit entry {seq} "
                                   f"recorded {at!r}")
    for version in sorted(set(rows) - set(recorded)):
        report.problems.append(f"schema_version {version} has no audit entry")


def _swapped(seen: SeenHeads) -> str:
    held = seen.folder_held()
    if held and held != seen.workspace_id:
        return (f"this folder held workspace {held} when this computer last wrote to it, and now holds workspace "
                f"{seen.workspace_id}: the folder was swapped for another workspace's copy")
    return ""


def _behind(conn: sqlite3.Connection, seen: SeenHead | None) -> str:
    """Why the log is not a continuation of what this computer saw, or "" when it is."""
    if seen is None or seen.seq == 0:
        return ""
    seq, _ = audit.head(conn)
    if seq < seen.seq:
        return (f"the audit log ends at entry {seq}, but this computer saw it reach entry {seen.seq} "
                f"(at {seen.at or 'an earlier time'}): an older copy of the workspace was put back, or its newest "
                f"entries were removed")
    row = conn.execute("SELECT hash FROM audit_log WHERE seq = ?", (seen.seq,)).fetchone()
    if row is None or row[0] != seen.hash:
        return (f"audit entry {seen.seq} is not the one this computer saw (hash {seen.hash[:12]}…): the log was "
                "rewritten from there, or this is another workspace with the same id")
    return ""


def cache_seal(secret: Secret, table: str, *fields: str) -> str:
    return secret.seal(0, "\0".join((table, *fields)))


CACHES = {"scans": ("sha256", "register", "scanner", "findings"), "renditions": ("key", "sha256", "format"),
          "drafts": ("id", "run_id", "step_index", "sha256", "item", "created_at")}
_CACHE_NOUNS = {"scans": "leak-scan result", "renditions": "drawn screenshot", "drafts": "waiting capture"}


def _check_caches(conn: sqlite3.Connection, secret: Secret, report: SealReport) -> None:
    """A cache row whose seal does not match is never used; finding one means someone edited the cache."""
    for table, fields in CACHES.items():
        bad = [row[0] for row in conn.execute(f"SELECT {', '.join(fields)}, mac FROM {table}")
               if row[-1] != cache_seal(secret, table, *(str(v) for v in row[:-1]))]
        if bad:
            report.problems.append(f"{len(bad)} remembered {_CACHE_NOUNS[table]}(s) in table {table} (first for "
                                   f"{str(bad[0])[:16]}…) do not match their keyed seal: altered, so Attest ignores "
                                   "them" + ("" if table == "drafts" else " and looks again"))


@dataclass
class Sealer:
    """Seals each entry a write transaction appends (``WriteTx.audit``) and moves the seen head on after
    the commit. The key is found (or made) at the first entry a process writes, under the write lock."""

    keys: WorkspaceKeys
    seen: SeenHeads
    workspace_id: str
    _current: tuple[Epoch, Secret] | None = field(default=None, init=False)
    _made: str = field(default="", init=False)
    _reading: Secret | None = field(default=None, init=False)  # the key found for reading caches
    _looked: bool = field(default=False, init=False)

    def ready(self, conn: sqlite3.Connection, append: Append, now: str, *, trusting: bool = False) -> None:
        if self._current is not None:
            return
        if not trusting:
            why = _behind(conn, self.seen.read())
            fresh = conn.execute("SELECT 1 FROM audit_log LIMIT 1").fetchone() is None
            why = why or ("" if fresh else _swapped(self.seen))  # a new workspace may take an old folder
            if why:
                raise WorkspaceBehind(f"nothing was changed: {why}; {TRUST_HINT}")
        epochs = self.keys.epochs()
        logged = _key_entries(conn)
        sealed = conn.execute("SELECT COUNT(*) FROM audit_seals").fetchone()[0]
        if not epochs:
            if logged or sealed:
                raise KeyUnavailable(f"{self.keys.path} is missing, yet the audit log is sealed with a key it "
                                     "listed: the key list was removed; nothing was changed")
            seen = self.seen.read()
            if seen is not None and seen.keys:
                raise KeyUnavailable("this computer made a key for this workspace, but the workspace no longer "
                                     "lists it and its log is unsealed: its keys and seals were removed; nothing "
                                     "was changed (see `attest audit verify`)")
            epoch, secret = self.keys.create(now)
            self._made = epoch.key_id
        else:
            epoch = epochs[-1]
            held = self.keys.secret(epoch)
            if held is None:
                if trusting:
                    epoch, held = self.keys.create(now)
                    self._made = epoch.key_id
                else:
                    if epoch.home == "passphrase":
                        raise KeyUnavailable(f"this workspace's key is encrypted with a passphrase: set "
                                             f"{ENV_PASSPHRASE} to record changes; nothing was changed")
                    raise KeyUnavailable(
                        f"this workspace's key ({fingerprint(epoch.public_key)}, kept {HOME_WORDS[epoch.home]}) is "
                        f"not available on this computer, so nothing can be recorded; {TRUST_HINT}")
            secret = held
        unrecorded = _schema_unrecorded(conn)
        if epoch.key_id not in logged:  # new, or made and then killed before its entry was committed
            earlier = [] if sealed else conn.execute(
                "SELECT seq, hash FROM audit_log ORDER BY seq").fetchall()
            seq = append(events.KeyCreated(self.workspace_id, epoch.key_id,
                                           base64.b64encode(epoch.public_key).decode(), epoch.home, len(earlier),
                                           tuple(unrecorded)))
            unrecorded = []
            for old_seq, old_hash in earlier:
                self._insert(conn, epoch.key_id, secret, old_seq, old_hash)
            self._insert_seq(conn, epoch.key_id, secret, seq)
        if unrecorded:
            seq = append(events.SchemaUpgraded(self.workspace_id, tuple(unrecorded)))
            self._insert_seq(conn, epoch.key_id, secret, seq)
        self._current = (epoch, secret)

    def seal(self, conn: sqlite3.Connection, seq: int) -> None:
        assert self._current is not None
        epoch, secret = self._current
        self._insert_seq(conn, epoch.key_id, secret, seq)

    def _insert_seq(self, conn: sqlite3.Connection, kid: str, secret: Secret, seq: int) -> None:
        row = conn.execute("SELECT hash FROM audit_log WHERE seq = ?", (seq,)).fetchone()
        self._insert(conn, kid, secret, seq, row[0])

    @staticmethod
    def _insert(conn: sqlite3.Connection, kid: str, secret: Secret, seq: int, digest: str) -> None:
        try:
            conn.execute("INSERT INTO audit_seals (seq, key_id, mac) VALUES (?, ?, ?)",
                         (seq, kid, secret.seal(seq, digest)))
        except sqlite3.IntegrityError:
            raise WorkspaceBehind(f"nothing was changed: audit entry {seq} already has a seal, so the log was cut "
                                  "short behind Attest's back; see `attest audit verify`") from None

    def cache_mac(self, table: str, *fields: str) -> str | None:
        """The seal of a cache row (``scans``, ``renditions``), or None when the workspace has no key here
        yet: an unsealed row is never trusted, so the cache then only costs a second look."""
        secret = self._current[1] if self._current is not None else self._readable_secret()
        return None if secret is None else cache_seal(secret, table, *fields)

    def _readable_secret(self) -> Secret | None:
        """The current key for reading a cache before this process has written: found once (each cache
        read would otherwise read keys.json again), then kept until a write loads the key properly."""
        if not self._looked:
            try:
                epoch = self.keys.current()
                self._reading = None if epoch is None else self.keys.secret(epoch)
            except KeyUnavailable:
                self._reading = None
            self._looked = True
        return self._reading

    @property
    def loaded(self) -> bool:
        return self._current is not None

    def committed(self, conn: sqlite3.Connection, at: str) -> None:
        seq, digest = audit.head(conn)
        self.seen.advance(seq, digest, at, key=self._made or None)
        self.seen.remember_folder()

    def rolled_back(self) -> None:
        """A rolled-back transaction may have held the key's own entry: look again at the next entry (the key
        stays listed in ``keys.json`` and is reused, its entry written then)."""
        self._current = None

    def signer(self) -> tuple[Epoch, Secret]:
        """The current key, for signing an export, once :meth:`ready` has loaded (or made) it."""
        if self._current is None:
            raise KeyUnavailable("the workspace's key is not loaded: record the export first")
        return self._current


def trust(sealer: Sealer, conn: sqlite3.Connection, append: Append, now: str,
          reason: Redacted) -> events.AuditTrusted:
    """Accept the workspace as it stands on this computer (see ``attest audit trust``): a new key when
    the current one is not held here, the keys not held listed as trusted, the seen head reset."""
    seen = sealer.seen.read() or SeenHead()
    not_held = [e.key_id for e in sealer.keys.epochs() if sealer.keys.secret(e) is None]
    sealer.ready(conn, append, now, trusting=True)
    head_seq, head_hash = audit.head(conn)
    event = events.AuditTrusted(sealer.workspace_id, reason, head_seq, head_hash, seen.seq, seen.hash,
                                tuple(not_held))
    sealer.seal(conn, append(event))
    if sealer._made:  # caches sealed with a key not held here can be neither checked nor used: start afresh
        for table in CACHES:
            conn.execute(f"DELETE FROM {table}")
    return event


def after_trust(sealer: Sealer, conn: sqlite3.Connection, event: events.AuditTrusted, at: str) -> None:
    """After the trust entry is committed: the seen head is set to it, even when that is a step back."""
    seen = sealer.seen.read() or SeenHead()
    seq, digest = audit.head(conn)
    keys = sorted({*seen.keys, *([sealer._made] if sealer._made else [])})
    sealer.seen.write(SeenHead(seq, digest, at, keys, sorted({*seen.trusted, *event.keys})), durable=True)
    sealer.seen.remember_folder(force=True)


@dataclass
class SealReport:
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    checked: int = 0  # entries whose seal was checked with a key held here


def check(conn: sqlite3.Connection, keys: WorkspaceKeys, heads: SeenHeads) -> SealReport:
    """Every entry's seal against the keys this computer holds, the keys against the log, and the log
    (and its folder) against what this computer last saw."""
    report = SealReport()
    seen = heads.read()
    for why in (_behind(conn, seen), _swapped(heads)):
        if why:
            report.problems.append(f"{why}; {TRUST_HINT}")
    try:
        epochs = {e.key_id: e for e in keys.epochs()}
    except KeyUnavailable as error:
        report.problems.append(str(error))
        return report
    logged = _key_entries(conn)
    seals = {seq: (kid, mac) for seq, kid, mac in conn.execute("SELECT seq, key_id, mac FROM audit_seals")}
    entries = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq").fetchall()
    if not epochs and not logged and not seals:
        if seen is not None and seen.keys:
            report.problems.append("this computer made a key for this workspace, but the workspace lists none and "
                                   "its log is unsealed: its keys and seals were removed")
        elif entries:
            # Not a note: a log whose seals and key list were stripped looks exactly like this, and on a
            # computer that never saw the workspace nothing else tells the two apart.
            report.problems.append("the audit log carries no keyed seals, so its entries cannot be told from a "
                                   "rewrite: either an Attest before keyed seals wrote it last (any change, or "
                                   "`attest audit trust --reason`, seals it from now on) or its seals and key list "
                                   "were removed")
        return report
    for kid, (seq, made) in logged.items():
        epoch = epochs.get(kid)
        if epoch is None:
            report.problems.append(f"audit entry {seq} made key {_fp(made.public_key)}, which "
                                   f"{keys.path.name} no longer lists")
        elif base64.b64encode(epoch.public_key).decode() != made.public_key:
            report.problems.append(f"{keys.path.name} gives key {kid[:12]}… another public key than audit entry "
                                   f"{seq} recorded")
    _check_schema(conn, report)
    trusted = set(seen.trusted) if seen else set()
    secrets: dict[str, Secret | None] = {}
    unchecked: dict[str, list[int]] = {}
    bad: list[int] = []
    first_logged = min((s for s, _ in logged.values()), default=0)
    legacy = next((m.sealed_earlier for s, m in logged.values() if s == first_logged), 0)
    last = entries[-1][0] if entries else 0
    beyond = sorted(s for s in seals if s > last)
    if beyond:
        report.problems.append(f"audit entr{'y' if len(beyond) == 1 else 'ies'} {beyond[0]}"
                               f"{'–' + str(beyond[-1]) if len(beyond) > 1 else ''} {'was' if len(beyond) == 1 else 'were'} "
                               "removed: the log ends before them, their seals remain")
    for seq, digest in entries:
        found = seals.get(seq)
        if found is None:
            report.problems.append(f"audit entry {seq} has no seal: it was added without the workspace's key, "
                                   "or its seal was removed")
            continue
        kid, mac = found
        made_at = logged[kid][0] if kid in logged else None
        if made_at is None or (seq < made_at and not (seq <= legacy and made_at == first_logged)):
            report.problems.append(f"audit entry {seq} is sealed with key {kid[:12]}…, which the log had not made "
                                   "by then")
            continue
        if kid not in secrets:
            try:
                secrets[kid] = keys.secret(epochs[kid]) if kid in epochs else None
            except KeyUnavailable as error:
                report.problems.append(str(error))
                secrets[kid] = None
        secret = secrets[kid]
        if secret is None:
            unchecked.setdefault(kid, []).append(seq)
        else:
            report.checked += 1
            if secret.seal(seq, digest) != mac:
                bad.append(seq)
    if bad:
        shown = ", ".join(str(s) for s in bad[:10]) + (" …" if len(bad) > 10 else "")
        report.problems.append(f"{len(bad)} audit entr{'y' if len(bad) == 1 else 'ies'} ({shown}) do not match "
                               "their keyed seal: changed, or the chain was recomputed without the key")
    if epochs:  # the caches are sealed with the current key (the last listed)
        current = list(epochs.values())[-1]
        try:
            held = secrets[current.key_id] if current.key_id in secrets else keys.secret(current)
        except KeyUnavailable:
            held = None  # already reported
        if held is not None:
            _check_caches(conn, held, report)
    for kid, seqs in unchecked.items():
        span = f"entries {seqs[0]}–{seqs[-1]}" if len(seqs) > 1 else f"entry {seqs[0]}"
        if kid in epochs and epochs[kid].home == "passphrase":
            report.problems.append(f"{span} are sealed with key {_fp_id(epochs, kid)}, kept encrypted with a "
                                   f"passphrase: set {ENV_PASSPHRASE} to check them")
            continue
        words = f"{span} are sealed with key {_fp_id(epochs, kid)}, which is not on this computer"
        if kid in trusted:
            report.notes.append(f"{words}: accepted by `attest audit trust`; their hash chain is checked, their "
                                "seals are not")
        else:
            report.problems.append(f"{words}; {TRUST_HINT}")
    return report


def _fp(public_b64: str) -> str:
    try:
        return fingerprint(base64.b64decode(public_b64))
    except ValueError:
        return "(unreadable)"


def _fp_id(epochs: dict[str, Epoch], kid: str) -> str:
    return fingerprint(epochs[kid].public_key) if kid in epochs else kid[:12] + "…"
