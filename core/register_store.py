"""The test data register at rest: one encrypted file, ``register.enc``, in the workspace.

The register maps the tester's own identifiers (MPANs, serials, names, ...) to references such as
``MPAN001``. The values are the most sensitive data Attest holds, so they exist in clear only in
memory: the file is Fernet-encrypted, the database and the audit log get kind and reference only,
and no error message quotes a value. (Matching is :mod:`attest.redaction.register`'s business; core
may not import redaction, so this module keeps plain records with the kind as its CLI name.)

The key is a random Fernet key in the OS keyring (service ``Attest``, user ``register:<workspace
id>``). Where there is no keyring (headless Linux), a passphrase (``$ATTEST_PASSPHRASE``, else a
prompt on a terminal) derives it with scrypt; the salt and the mode sit in the file's clear header,
so a register always opens the way it was created. Both key sources are injected, so tests use fakes.

Changes run under the workspace's SQLite write lock, which serialises Attest processes. A change and its
audit entry are one unit although they live in two files: the new register is written *beside* the old
one (``register.enc.<seq>.<token>.pending``, its clear header naming the number and hash of the audit
entry that records the change), the audit entry is committed, and only then is the new file moved over
the old. A process killed before the commit leaves a pending file whose entry is not in the log: the next
one to use the register deletes it. Killed after the commit, it leaves one whose entry is: the next one
moves it into place (under the lock, so never over a newer change). No kill leaves an entry without its
audit record or an audited entry without the register holding it.

The file also lists, in clear, each entry's kind, reference and keyed fingerprint (an HMAC of the value
under a key derived from the register's own: nothing a guess of an MPAN can be checked against), and
so does each ``register.add`` / ``register.import`` entry. ``audit verify`` compares the two by reference
and fingerprint without the key (``integrity.check_register``); reading the register checks the list
against the decrypted entries, so a value changed without its listing is refused, not used.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import csv
import getpass
import hashlib
import hmac
import io
import json
import os
import re
import sqlite3
import sys
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Protocol, TextIO


from attest.core import audit_events as events
from attest.core import kill_points
from attest.core.errors import AttestError, InputError
from attest.core.evidence_store import fsync_dir
from attest.core.files import read_user_file
from attest.core.redacted import Redacted, from_store
from attest.core.store import Store, iso

FILE_NAME = "register.enc"
PENDING = ".pending"  # a change written beside the register, waiting for its audit entry's commit
FORMAT = "attest-register"
KEYRING_SERVICE = "Attest"
ENV_PASSPHRASE = "ATTEST_PASSPHRASE"
KDF_COST = 2**17  # scrypt N: ~0.5 s and 128 MiB per derivation, OWASP's recommendation with r=8, p=1

# CLI kind name -> reference prefix. Kept in step with redaction.register.KIND_NAMES by a test.
PREFIXES = {"mpan": "MPAN", "mprn": "MPRN", "msn": "MSN", "device": "DEV", "name": "NAME", "address": "ADDR",
            "postcode": "PC", "email": "EMAIL", "phone": "PHONE", "account": "ACC", "dob": "DOB", "other": "REF"}
ALIASES = {"serial": "msn"}
KIND_NAMES = tuple(sorted([*PREFIXES, *ALIASES]))
MIN_CHARS = 3  # a shorter value ("1", "A") would be masked all over the evidence
# the longest an address line or a name runs to: a longer "value" is a shifted row or a pasted cell (100 KB of
# one would be matched against every text and shown back in full, masked, as a line of bullets)
MAX_CHARS = 200
_REFERENCE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,39}")


class RegisterError(AttestError):
    """A register change refused (duplicate, bad kind or reference). Never quotes a value."""


class RegisterKeyError(AttestError):
    """The register's key cannot be had: no keyring, no passphrase, or the key is missing."""


class WrongPassphrase(RegisterKeyError):
    """The passphrase does not decrypt the register; nothing was read or changed."""


class RegisterMismatch(RegisterKeyError):
    """The file's encrypted entries are not the ones its clear list names: changed outside Attest."""


class KeyStoreUnavailable(Exception):
    """Raised by a :class:`KeyStore` when there is no usable keyring; the message says why."""


class KeyStore(Protocol):
    """Where random register keys are kept, by name. Raises :class:`KeyStoreUnavailable`."""

    def get(self, name: str) -> str | None: ...

    def set(self, name: str, secret: str) -> None: ...


PassphraseSource = Callable[[str], str | None]
"""Asked with a prompt; returns the passphrase, or ``None`` when there is no way to get one."""


class KeyringKeyStore:
    """The OS keyring through ``keyring``. The fail and null backends count as no keyring: the
    null one accepts a key and forgets it, which would leave a register nobody can open."""

    def __init__(self, service: str = KEYRING_SERVICE) -> None:
        self.service = service

    def _backend(self) -> Any:
        import keyring
        import keyring.backends.fail
        import keyring.backends.null

        backend = keyring.get_keyring()
        if isinstance(backend, keyring.backends.fail.Keyring):
            raise KeyStoreUnavailable("the keyring package found no backend, as is usual on Linux without a "
                                      "desktop session")
        if isinstance(backend, keyring.backends.null.Keyring):
            raise KeyStoreUnavailable("the keyring is switched off (the null backend is configured)")
        return backend

    def get(self, name: str) -> str | None:
        from keyring.errors import KeyringError

        try:
            return self._backend().get_password(self.service, name)
        except (KeyringError, OSError) as error:
            raise KeyStoreUnavailable(f"the OS keyring failed: {error}") from None

    def set(self, name: str, secret: str) -> None:
        from keyring.errors import KeyringError

        try:
            backend = self._backend()
            backend.set_password(self.service, name, secret)
            kept = backend.get_password(self.service, name)
        except (KeyringError, OSError) as error:
            raise KeyStoreUnavailable(f"the OS keyring failed: {error}") from None
        if kept != secret:
            raise KeyStoreUnavailable("the OS keyring did not keep the key")


def keyring_secret(keys: KeyStore, name: str, *, create: bool) -> str | None:
    """The Fernet key kept in the keyring under ``name``; a new one is made and kept when there is
    none and ``create``. Raises :class:`KeyStoreUnavailable` (the caller says what it cannot do)."""
    secret = keys.get(name)
    if secret is None and create:
        from cryptography.fernet import Fernet  # ~20 ms: loaded when a key is first needed

        secret = Fernet.generate_key().decode("ascii")
        keys.set(name, secret)
    return secret


def passphrase_key(passphrase: str, salt: bytes, cost: int, r: int = 8, p: int = 1) -> bytes:
    """A Fernet key from a passphrase (scrypt): the register's, and any other secret kept where there is
    no OS keyring (the Azure DevOps token)."""
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    raw = Scrypt(salt=salt, length=32, n=cost, r=r, p=p).derive(passphrase.encode("utf-8"))
    return base64.urlsafe_b64encode(raw)


def env_or_prompt(env: Mapping[str, str] | None = None, stdin: TextIO | None = None,
                  prompt: Callable[[str], str] = getpass.getpass) -> PassphraseSource:
    """``$ATTEST_PASSPHRASE``, else a hidden prompt, but only on a terminal (never hang a script)."""

    def source(question: str) -> str | None:
        environ = os.environ if env is None else env
        if environ.get(ENV_PASSPHRASE):
            return environ[ENV_PASSPHRASE]
        stream = sys.stdin if stdin is None else stdin
        try:
            interactive = bool(stream) and stream.isatty()
        except (OSError, ValueError):
            interactive = False
        if not interactive:
            return None
        try:
            return prompt(question)
        except EOFError:
            return None

    return source


@dataclass(frozen=True)
class RegisterRecord:
    kind: str  # a key of PREFIXES
    value: str
    reference: str
    added_at: str
    added_by: str


def normalised(value: str) -> str:
    """Letters and digits only, upper case: ``12 0002-3305 967`` and ``1200023305967`` are one value."""
    return "".join(c for c in value if c.isalnum()).upper()


def masked(value: str, keep: int = 3) -> str:
    """For display: every character hidden but the last ``keep``, and all of a short value."""
    shown = keep if len(value) >= 2 * keep else 0
    return "•" * (len(value) - shown) + value[len(value) - shown:]


def canonical_kind(kind: str) -> str:
    name = kind.strip().lower()
    name = ALIASES.get(name, name)
    if name not in PREFIXES:
        # echo the kind only when it cannot be a value typed into the wrong column
        said = f"{kind.strip()!r} " if re.fullmatch(r"[A-Za-z ]{1,20}", kind.strip()) else ""
        raise _Invalid("kind", f"unknown kind {said}(expected one of: {', '.join(KIND_NAMES)})")
    return name


class _Invalid(Exception):
    def __init__(self, column: str, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.column, self.message, self.line = column, message, line


@dataclass(frozen=True)
class _Row:
    kind: str
    value: str
    reference: str | None
    line: int | None = None


def _clean(kind: str, value: str, reference: str | None, line: int | None = None) -> _Row:
    """The checks that need no other entry."""
    kind = canonical_kind(kind)
    value = value.strip()
    if not value:
        raise _Invalid("value", "the value is empty")
    if any(ord(c) < 32 for c in value):
        raise _Invalid("value", "the value must be one line of text")
    if len(value) > MAX_CHARS:
        raise _Invalid("value", f"the value is {len(value):,} characters, more than the {MAX_CHARS} an identifier, name "
                                "or address line has: one value per row")
    if len(normalised(value)) < MIN_CHARS:
        raise _Invalid("value", f"the value has fewer than {MIN_CHARS} letters or digits: too short to register")
    reference = (reference or "").strip() or None
    if reference is not None:
        if not _REFERENCE.fullmatch(reference):
            raise _Invalid("reference", "a reference is 1-40 letters, digits, '-', '_' or '.', starting with a "
                                        "letter or digit")
        if normalised(reference) == normalised(value):
            raise _Invalid("reference", "the reference is the value itself; references are stored in clear")
    return _Row(kind, value, reference, line)


def _check_against(row: _Row, records: list[RegisterRecord], pending: list[RegisterRecord]) -> None:
    """The checks against the register and the rows accepted before this one."""
    key = normalised(row.value)
    for other in [*records, *pending]:
        if normalised(other.value) == key:
            raise _Invalid("value", f"this value is already in the register as {other.reference}")
        if normalised(other.reference) == key:
            raise _Invalid("value", f"this value is the reference {other.reference}")
        if row.reference is not None:
            if other.reference.upper() == row.reference.upper():
                raise _Invalid("reference", f"the reference {other.reference} is already used")
            if normalised(other.value) == normalised(row.reference):
                raise _Invalid("reference", "the reference is a registered value; references are stored in clear")


def _next_reference(kind: str, taken: set[str]) -> str:
    prefix = PREFIXES[kind]
    numbers = [int(ref[len(prefix):]) for ref in taken
               if ref.startswith(prefix) and ref[len(prefix):].isdigit()]
    return f"{prefix}{max(numbers, default=0) + 1:03d}"


# -- the list in clear, and changes waiting for their audit entry -------------------------------------

_FINGERPRINT_LABEL = b"attest register fingerprint v1"


class Fingerprinter:
    """Keyed fingerprints of values (HMAC-SHA256, 128 bits shown), under a key derived from the register's
    own. An MPAN has few enough possible values that a plain hash of one could be reversed by trying them
    all; without the register's key a keyed one cannot, so the fingerprints may sit in clear in the file's
    header and in the audit log. The value is normalised first, as duplicates are compared."""

    def __init__(self, register_key: bytes) -> None:
        raw = base64.urlsafe_b64decode(register_key)
        self._key = hmac.new(raw, _FINGERPRINT_LABEL, hashlib.sha256).digest()

    def __call__(self, value: str) -> str:
        return hmac.new(self._key, normalised(value).encode("utf-8"), hashlib.sha256).hexdigest()[:32]


@dataclass(frozen=True)
class Listed:
    """A register entry as the file's clear list names it (and the audit log): never its value."""

    kind: str
    reference: str
    fingerprint: str


def _listing(records: list[RegisterRecord], fingerprint: Fingerprinter) -> list[dict[str, str]]:
    return [{"kind": r.kind, "reference": r.reference, "fingerprint": fingerprint(r.value)} for r in records]


def _listed(envelope: dict[str, Any]) -> list[Listed] | None:
    """The file's clear list of entries; None for a file an Attest before the list wrote. Raises
    ``ValueError`` if it is there but damaged."""
    raw = envelope.get("index")
    if raw is None:
        return None
    if not isinstance(raw, list):
        raise ValueError("the list of entries is not a list")
    found = []
    for entry in raw:
        if not isinstance(entry, dict) or not all(isinstance(entry.get(k), str)
                                                  for k in ("kind", "reference", "fingerprint")):
            raise ValueError("an entry of the list is damaged")
        found.append(Listed(entry["kind"], entry["reference"], entry["fingerprint"]))
    return found


def pending_files(root: Path) -> list[Path]:
    """Register changes written beside the register by a process that may have died before moving them in."""
    return sorted(Path(root).glob(f"{FILE_NAME}.*{PENDING}"))


def _load(path: Path) -> dict[str, Any] | None:
    """A register file's envelope, or None if it is missing or not one (a pending file cut short by a kill
    while it was written is not: its change was never committed, as it is written before the commit)."""
    try:
        envelope = json.loads(path.read_bytes())
    except (OSError, ValueError, UnicodeDecodeError):
        return None
    return envelope if isinstance(envelope, dict) and envelope.get("format") == FORMAT else None


def _change(envelope: dict[str, Any] | None) -> tuple[int, str] | None:
    """The audit entry (number, hash) that recorded the change that wrote this file; None for a file an
    Attest before this one wrote."""
    change = envelope.get("change") if envelope is not None else None
    if isinstance(change, dict) and isinstance(change.get("seq"), int) and isinstance(change.get("hash"), str):
        return change["seq"], change["hash"]
    return None


def _committed(conn: sqlite3.Connection, change: tuple[int, str] | None) -> bool:
    """Whether the log holds that entry. Its hash chains on every entry before it, so an entry of the same
    number written later by another change (after this one was rolled back) does not pass for it."""
    if change is None:
        return False
    row = conn.execute("SELECT hash FROM audit_log WHERE seq = ?", (change[0],)).fetchone()
    return row is not None and row[0] == change[1]


def settled(root: Path, conn: sqlite3.Connection) -> tuple[Path | None, list[Path]]:
    """Which file holds the register as the log has it: the newest of ``register.enc`` and the pending
    files whose change the log recorded; and the pending files that are not it (uncommitted, whose change
    never happened, or superseded). Reads only: the register store moves and deletes them, under the lock."""
    main = Path(root) / FILE_NAME
    candidates: list[tuple[int, Path]] = []
    if main.exists():
        change = _change(_load(main))
        candidates.append((change[0] if change is not None else 0, main))
    others: list[Path] = []
    for path in pending_files(root):
        change = _change(_load(path))
        if change is not None and _committed(conn, change):
            candidates.append((change[0], path))
        else:
            others.append(path)
    if not candidates:
        return None, others
    candidates.sort(key=lambda c: (c[0], c[1] != main))  # a tie: only register.enc itself has no change
    chosen = candidates[-1][1]
    return chosen, others + [path for _, path in candidates if path not in (chosen, main)]


@dataclass(frozen=True)
class RegisterState:
    """The register as ``audit verify`` reads it: without its key, from the clear list."""

    file: Path | None  # None: the workspace has no register
    listed: list[Listed] | None  # None: no register, or one written by an Attest before the list
    problem: str | None = None  # the file cannot be read


def state_for_audit(root: Path, conn: sqlite3.Connection) -> RegisterState:
    """What the register holds as the next process to use it will see it (a change a killed process
    committed but left beside the register counts as made), named by kind, reference and fingerprint."""
    source, _others = settled(root, conn)
    if source is None:
        return RegisterState(None, None)
    envelope = _load(source)
    if envelope is None:
        return RegisterState(source, None, f"{source.name} cannot be read: it is not a test data register (damaged?)")
    try:
        return RegisterState(source, _listed(envelope))
    except ValueError as error:
        return RegisterState(source, None, f"{source.name}: {error}")


def _write_new(path: Path, data: bytes) -> None:
    """A file that must not exist yet, written whole and flushed to disk before the commit it waits for;
    private (0600), as the register is."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(path)
        raise
    fsync_dir(path.parent)


class RegisterFile:
    """One register file opened with its key: reading and decrypting it, and the key's sources. The
    register store writes through it; ``audit verify`` reads any register file with it when the key is
    at hand (``keyed_problem``)."""

    def __init__(self, path: Path, workspace_id: str, *, keys: KeyStore | None = None,
                 passphrase: PassphraseSource | None = None, kdf_cost: int | None = None) -> None:
        self.path = path
        self.workspace_id = workspace_id
        self.keys: KeyStore = keys if keys is not None else KeyringKeyStore()
        self.passphrase: PassphraseSource = passphrase if passphrase is not None else env_or_prompt()
        self.kdf_cost = KDF_COST if kdf_cost is None else kdf_cost  # read late, so tests can lower it
        self._passphrase: str | None = None  # asked once per object
        self._derived: dict[str, bytes] = {}  # salt and cost -> key

    @property
    def key_name(self) -> str:
        return f"register:{self.workspace_id}"

    # -- reading --------------------------------------------------------------------------------

    def _read_envelope(self) -> dict[str, Any] | None:
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return None
        try:
            envelope = json.loads(data)
            ok = (isinstance(envelope, dict) and envelope.get("format") == FORMAT and envelope.get("version") == 1
                  and envelope.get("key") in ("keyring", "passphrase") and isinstance(envelope.get("token"), str))
        except (ValueError, UnicodeDecodeError):
            ok = False
        if not ok:
            raise RegisterKeyError(f"{self.path}: not a test data register Attest can read (damaged?)")
        return envelope

    def _decrypt(self, envelope: dict[str, Any]) -> list[RegisterRecord]:
        from cryptography.fernet import Fernet, InvalidToken

        fernet = Fernet(self._key(envelope))
        try:
            plain = fernet.decrypt(envelope["token"].encode("ascii"))
        except InvalidToken:
            if envelope["key"] == "passphrase":
                self._passphrase = None
                self._derived.clear()
                raise WrongPassphrase(f"wrong passphrase for the test data register ({self.path}); "
                                      "nothing was read or changed") from None
            raise RegisterKeyError(f"{self.path} cannot be decrypted with the key in the OS keyring: the file is "
                                   "damaged or the key was replaced") from None
        try:
            records = [RegisterRecord(**entry) for entry in json.loads(plain)["entries"]]
        except (ValueError, KeyError, TypeError):
            raise RegisterKeyError(f"{self.path}: decrypted, but its content is not a register (damaged?)") from None
        self._check_listing(envelope, records)
        return records

    def _check_listing(self, envelope: dict[str, Any], records: list[RegisterRecord]) -> None:
        """``audit verify`` checks the clear list against the log without the key; here, with it, the list
        is checked against what the file really holds, so that an entry slipped into the encrypted part
        alone (by someone holding the key) is refused rather than used unaudited."""
        try:
            listed = _listed(envelope)
        except ValueError as error:
            raise RegisterKeyError(f"{self.path}: {error} (damaged?)") from None
        if listed is None:
            return  # written by an Attest before the list; listed from its next change
        fingerprint = Fingerprinter(self._key(envelope))
        held = {(r.kind, r.reference, fingerprint(r.value)) for r in records}
        names = {(e.kind, e.reference, e.fingerprint) for e in listed}
        if held == names and len(records) == len(listed):
            return
        listed_refs = {e.reference for e in listed}
        held_refs = {r.reference for r in records}
        said = [f"{ref} is not in its list" for ref in sorted(held_refs - listed_refs)]
        said += [f"{ref} is listed but not held" for ref in sorted(listed_refs - held_refs)]
        said += [f"{ref} is not as listed" for ref in sorted({t[1] for t in held ^ names} & held_refs & listed_refs)]
        raise RegisterMismatch(f"{self.path.name}: its encrypted entries are not the ones its list names ("
                               f"{'; '.join(said) or 'an entry is there twice'}): the file was changed outside "
                               "Attest. Run `attest audit verify`; to start again, move the file away and import "
                               "your test data CSV")

    # -- keys -----------------------------------------------------------------------------------

    def _key(self, envelope: dict[str, Any]) -> bytes:
        if envelope["key"] == "passphrase":
            kdf = envelope.get("kdf") or {}
            try:
                salt = base64.b64decode(kdf["salt"], validate=True)
                cost, r, p = int(kdf["n"]), int(kdf["r"]), int(kdf["p"])
            except (KeyError, TypeError, ValueError, binascii.Error):
                raise RegisterKeyError(f"{self.path}: its passphrase header is damaged") from None
            if not (2**10 <= cost <= 2**20 and 1 <= r <= 32 and 1 <= p <= 16):
                raise RegisterKeyError(f"{self.path}: its passphrase header is damaged")
            return self._derive(self._ask(new=False), salt, cost, r, p)
        if envelope.get("workspace_id") != self.workspace_id:
            raise RegisterKeyError(f"{self.path} belongs to another workspace; its key is not this workspace's")
        try:
            secret = self.keys.get(self.key_name)
        except KeyStoreUnavailable as error:
            raise RegisterKeyError(
                f"the test data register's key is kept in the OS keyring, which is not available: {error}"
            ) from None
        if secret is None:
            raise RegisterKeyError(
                f"the test data register's key is missing from the OS keyring (service {KEYRING_SERVICE!r}, "
                f"user {self.key_name!r}); the register cannot be opened on this account or computer"
            )
        from cryptography.fernet import Fernet

        try:
            Fernet(secret.encode("ascii"))
        except (ValueError, UnicodeEncodeError):
            raise RegisterKeyError(f"the key in the OS keyring for {self.key_name!r} is not a register key") from None
        return secret.encode("ascii")

    def _derive(self, passphrase: str, salt: bytes, cost: int, r: int, p: int) -> bytes:
        cache = f"{salt.hex()}:{cost}:{r}:{p}"
        if cache not in self._derived:
            self._derived[cache] = passphrase_key(passphrase, salt, cost, r, p)
        return self._derived[cache]

    def _ask(self, *, new: bool, why: str = "") -> str:
        if self._passphrase is not None:
            return self._passphrase
        first = self.passphrase("New passphrase for the test data register: " if new
                                else "Passphrase for the test data register: ")
        if first is None:
            if new:
                raise RegisterKeyError(f"no OS keyring is available to keep the test data register's key: {why}. "
                                       f"To encrypt the register with a passphrase instead, set {ENV_PASSPHRASE} "
                                       "or run attest in a terminal to be asked for one")
            raise RegisterKeyError(f"the test data register is encrypted with a passphrase: set {ENV_PASSPHRASE} "
                                   "or run attest in a terminal to be asked for it")
        if not first:
            raise RegisterKeyError("the passphrase is empty")
        if new and self.passphrase("Repeat the passphrase: ") != first:
            raise RegisterKeyError("the two passphrases differ; nothing was changed")
        self._passphrase = first
        return first


def keyed_problem(conn: sqlite3.Connection, state: RegisterState) -> str | None:
    """With the register's key at hand (the OS keyring, or ``$ATTEST_PASSPHRASE``: never a prompt, as
    ``audit verify`` runs in scripts), the file's encrypted entries against its clear list. None when they
    agree, or when the key is not here: the list alone is then checked against the log, as on an
    assurer's computer."""
    if state.file is None or state.listed is None:
        return None
    row = conn.execute("SELECT value FROM meta WHERE key = 'workspace_id'").fetchone()
    if row is None:
        return None
    reader = RegisterFile(state.file, str(row[0]), passphrase=lambda _question: os.environ.get(ENV_PASSPHRASE) or None)
    try:
        envelope = reader._read_envelope()
        if envelope is not None:
            reader._decrypt(envelope)
    except RegisterMismatch as error:
        return str(error)
    except RegisterKeyError:
        return None  # no key here, or not this one: nothing more can be told
    return None


class RegisterStore(RegisterFile):
    """The workspace's register: read (a change a killed process left half done settled first) and
    changed, each change with its audit entry, as one unit (see the module's docstring)."""

    def __init__(self, root: Path, store: Store, workspace_id: str, actor: str, *,
                 keys: KeyStore | None = None, passphrase: PassphraseSource | None = None,
                 kdf_cost: int | None = None) -> None:
        super().__init__(Path(root) / FILE_NAME, workspace_id, keys=keys, passphrase=passphrase, kdf_cost=kdf_cost)
        self.store = store
        self.actor = actor

    def exists(self) -> bool:
        self._settle()
        return self.path.exists()

    # -- reading --------------------------------------------------------------------------------

    def entries(self) -> list[RegisterRecord]:
        self._settle()
        envelope = self._read_envelope()
        return [] if envelope is None else self._decrypt(envelope)

    def _settle(self) -> None:
        """Finish, or drop, a change a killed process left beside the register (see the module's
        docstring) before the register is read. Costs one directory listing when there is none."""
        if not pending_files(self.path.parent):
            return
        with self.store.write():  # never decide while another process may be between its writes
            self._settle_locked()

    def _settle_locked(self) -> None:
        source, others = settled(self.path.parent, self.store.conn)
        if source is not None and source != self.path:
            os.replace(source, self.path)
        for path in others:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        fsync_dir(self.path.parent)

    # -- changing -------------------------------------------------------------------------------

    def _prepare(self) -> str:
        """Everything that may prompt, before the write lock is taken (never hold it while a person
        types). Returns the key mode a new register would get: the keyring if there is one."""
        self._settle()
        envelope = self._read_envelope()
        if envelope is not None:
            self._key(envelope)
            return str(envelope["key"])
        try:
            self.keys.get(self.key_name)
        except KeyStoreUnavailable as error:
            self._ask(new=True, why=str(error))
            return "passphrase"
        return "keyring"

    def _new_envelope(self, mode: str) -> tuple[dict[str, Any], bytes]:
        """Called under the write lock, so two processes never make two keys for one workspace."""
        from cryptography.fernet import Fernet

        if mode == "keyring":
            try:
                secret = self.keys.get(self.key_name)  # left by a register since deleted: reuse
                if secret is None:
                    secret = Fernet.generate_key().decode("ascii")
                    self.keys.set(self.key_name, secret)
            except KeyStoreUnavailable as error:
                raise RegisterKeyError(f"cannot keep the register's key in the OS keyring: {error}. To use a "
                                       f"passphrase instead, set {ENV_PASSPHRASE}") from None
            return {"format": FORMAT, "version": 1, "key": "keyring", "workspace_id": self.workspace_id}, \
                secret.encode("ascii")
        salt, r, p = os.urandom(16), 8, 1
        kdf = {"name": "scrypt", "salt": base64.b64encode(salt).decode("ascii"), "n": self.kdf_cost, "r": r, "p": p}
        key = self._derive(self._ask(new=True), salt, self.kdf_cost, r, p)
        return {"format": FORMAT, "version": 1, "key": "passphrase", "workspace_id": self.workspace_id,
                "kdf": kdf}, key

    def add(self, kind: str, value: str, reference: str | None = None, *, by: str | None = None) -> RegisterRecord:
        try:
            row = _clean(kind, value, reference)
        except _Invalid as error:
            raise RegisterError(error.message) from None
        try:
            added = self._add_rows([row], by, None)
        except _Invalid as error:
            raise RegisterError(error.message) from None
        return added[0]

    def import_csv(self, path: Path, *, by: str | None = None, source: Redacted | None = None) -> list[RegisterRecord]:
        """All rows of the file or none; an error names the file, line and column (never the value).
        ``source`` is the file's name as the audit log keeps it (redacted by the gate)."""
        rows = parse_csv(path)
        if not rows:
            return []
        try:
            return self._add_rows(rows, by, source if source is not None else from_store("a CSV file"))
        except _Invalid as error:
            raise InputError(str(path), error.message, line=error.line, place=f"column {error.column}") from None

    def _add_rows(self, rows: list[_Row], by: str | None, source: Redacted | None) -> list[RegisterRecord]:
        """``source``: the imported file's redacted name (a ``register.import`` entry), or None for one
        value added by hand (``register.add``).

        The new register is written beside the old before the commit and moved over it after (the
        module's docstring says why): ``kill_points`` names each boundary for the crash tests."""
        if self.store.conn.in_transaction:
            # the change would be committed by the caller, after the file had been moved in
            raise RuntimeError("a register change is its own transaction; it cannot join another")
        who = (by or self.actor).strip() or self.actor
        mode = self._prepare()
        pending: Path | None = None
        change: tuple[int, str] | None = None
        try:
            with self.store.write() as tx:
                self._settle_locked()  # a change left by a killed process, committed or not, first
                envelope = self._read_envelope()  # again, under the lock: another process may have written
                created = envelope is None
                if envelope is None:
                    envelope, key = self._new_envelope(mode)
                    records: list[RegisterRecord] = []
                else:
                    key = self._key(envelope)
                    records = self._decrypt(envelope)
                now = iso(tx.now())
                explicit = {r.reference.upper() for r in rows if r.reference}
                added: list[RegisterRecord] = []
                for row in rows:
                    try:
                        _check_against(row, records, added)
                    except _Invalid as error:
                        error.line = row.line
                        raise
                    taken = {r.reference.upper() for r in [*records, *added]} | explicit
                    reference = row.reference or _next_reference(row.kind, taken)
                    added.append(RegisterRecord(row.kind, row.value, reference, now, who))
                fingerprint = Fingerprinter(key)
                plain = json.dumps({"entries": [asdict(r) for r in [*records, *added]]}, ensure_ascii=False)
                if created:
                    tx.audit(who, events.RegisterCreated(self.workspace_id, envelope["key"]))
                listed = tuple(events.RegisterListing(r.kind, r.reference, fingerprint(r.value)) for r in added)
                if source is None:
                    seq = tx.audit(who, events.RegisterAdded(listed[0]))
                else:
                    seq = tx.audit(who, events.RegisterImported(source, listed))
                row_hash = self.store.conn.execute("SELECT hash FROM audit_log WHERE seq = ?", (seq,)).fetchone()[0]
                change = (seq, str(row_hash))
                envelope = {**envelope, "token": _fernet(key).encrypt(plain.encode("utf-8")).decode("ascii"),
                            "index": _listing([*records, *added], fingerprint),
                            "change": {"seq": change[0], "hash": change[1]}}
                pending = self.path.with_name(f"{FILE_NAME}.{seq}.{os.urandom(4).hex()}{PENDING}")
                _write_new(pending, json.dumps(envelope, indent=1).encode("utf-8"))
                kill_points.reached("register.pending-written")
        except BaseException:
            if pending is not None:
                self._after_failure(pending, change)
            raise
        kill_points.reached("register.committed")
        self._move_in(pending)
        kill_points.reached("register.swapped")
        return added

    def _move_in(self, pending: Path) -> None:
        """The committed change's file over the register. Not under the lock: the file's name is this
        change's own, so if another process got here first (settling it, under the lock) the file is gone
        and the register may already be newer: nothing is moved then. A move that fails (Windows: the
        register open elsewhere) is left to the next read, which settles it."""
        try:
            os.replace(pending, self.path)
        except FileNotFoundError:
            return
        except OSError:
            return
        fsync_dir(self.path.parent)

    def _after_failure(self, pending: Path, change: tuple[int, str] | None) -> None:
        """The change failed somewhere: if its entry was committed all the same (a failure after the
        commit), its file goes in; otherwise it never happened and its file goes."""
        try:
            committed = _committed(self.store.conn, change)
        except sqlite3.Error:
            return  # cannot tell: left for the next process to settle under the lock
        if committed:
            self._move_in(pending)
        else:
            with contextlib.suppress(OSError):
                pending.unlink()


# -- CSV ---------------------------------------------------------------------------------------------

COLUMNS = {"kind": "kind", "value": "value", "reference": "reference", "ref": "reference"}


def parse_csv(path: Path) -> list[_Row]:
    """``kind,value[,reference]`` with a header; UTF-8 with or without a BOM."""
    data = read_user_file(path, consequence="nothing imported")
    file = str(path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[:error.start].count(b"\n") + 1
        raise InputError(file, "not UTF-8 text (save the CSV as UTF-8); nothing imported", line=line) from None
    reader = csv.reader(io.StringIO(text, newline=""))
    rows: list[_Row] = []
    columns: dict[str, int] | None = None
    line = 1
    try:
        for record in reader:
            start, line = line, reader.line_num + 1
            if not any(field.strip() for field in record):
                continue
            if columns is None:
                columns = _header(file, start, record)
                continue
            if len(record) > len(columns):
                raise InputError(file, f"{len(record)} fields, but the header names {len(columns)} columns",
                                 line=start)
            fields = {name: record[i] if i < len(record) else "" for name, i in columns.items()}
            try:
                rows.append(_clean(fields["kind"], fields["value"], fields.get("reference"), start))
            except _Invalid as error:
                raise InputError(file, error.message, line=start, place=f"column {error.column}") from None
    except csv.Error as error:
        raise InputError(file, f"not readable as CSV: {error}", line=line) from None
    if columns is None:
        raise InputError(file, "empty: expected a header line naming the columns kind, value and reference")
    return rows


def _header(file: str, line: int, record: list[str]) -> dict[str, int]:
    columns: dict[str, int] = {}
    for index, raw in enumerate(record):
        name = raw.strip().lower()
        if name not in COLUMNS:
            if len(record) == 1 and ";" in raw:
                raise InputError(file, "columns must be separated by commas", line=line)
            said = f"{raw.strip()!r}" if re.fullmatch(r"[A-Za-z _]{1,30}", raw.strip()) else f"number {index + 1}"
            raise InputError(file, f"unknown column {said}: the first line must be a header naming the columns "
                                   "kind, value and (optionally) reference", line=line, place=f"column {index + 1}")
        if COLUMNS[name] in columns:
            raise InputError(file, f"the column {COLUMNS[name]} is named twice", line=line)
        columns[COLUMNS[name]] = index
    for required in ("kind", "value"):
        if required not in columns:
            raise InputError(file, f"the header has no {required} column (expected kind, value and optionally "
                                   "reference)", line=line, place=f"column {required}")
    return columns


def _fernet(key: bytes) -> Any:
    """cryptography (about 20 ms to import) loads when a register is first used, not at every start."""
    from cryptography.fernet import Fernet

    return Fernet(key)
