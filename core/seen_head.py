"""What this computer last saw of a workspace, kept outside it: the audit head (entry number and hash)
and the keys made or accepted here.

Nothing inside a workspace can tell that the whole folder was put back to an older, self-consistent copy,
or that its newest entries were cut off: the copy is a perfectly good workspace of its day. So after every
change the head is written to the user's data folder and to the OS keyring (a person editing files rarely
edits both); ``audit verify`` reports a workspace that is behind it. Both records only ever move forward,
except through ``attest audit trust``, which is audited.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from attest.core.evidence_store import atomic_write
from attest.core.register_store import KeyStore, KeyStoreUnavailable


@dataclass
class SeenHead:
    seq: int = 0
    hash: str = ""
    at: str = ""
    keys: list[str] = field(default_factory=list)  # key ids made on this computer for the workspace
    trusted: list[str] = field(default_factory=list)  # key ids accepted here without their secret

    @classmethod
    def from_text(cls, text: str) -> SeenHead | None:
        try:
            data = json.loads(text)
            return cls(int(data["seq"]), str(data["hash"]), str(data.get("at", "")),
                       [str(k) for k in data.get("keys", [])], [str(k) for k in data.get("trusted", [])])
        except (ValueError, KeyError, TypeError, AttributeError):
            return None


_DIGEST = "sha256:"


def folder_key(folder: Path) -> str:
    """How the record names a folder: a digest of its resolved path (the same folder, the same key)."""
    return _DIGEST + hashlib.sha256(str(folder.resolve()).encode("utf-8", "surrogatepass")).hexdigest()


class SeenHeads:
    """The record for one workspace id, in a file and in the keyring (either may be missing), and which
    workspace each folder held when this computer last wrote to it (a folder swapped for another
    workspace's copy is otherwise a perfectly good workspace)."""

    def __init__(self, data_dir: Path, workspace_id: str, keys: KeyStore, folder: Path | None = None) -> None:
        self.path = data_dir / "seen" / f"{workspace_id}.json"
        self.folders = data_dir / "seen" / "folders.json"
        self.workspace_id = workspace_id
        # the folder by a digest of its path, never the path: a tester names folders after what they
        # test ("…/MPAN 1200023305967/"), and this file lives outside the workspace, beyond any redaction
        self.folder = folder_key(folder) if folder is not None else ""
        self.name = f"seen-head:{workspace_id}"
        self.keys = keys
        self._folder_known = False
        self._ring: SeenHead | None = None  # the keyring's record, read once per process (a keyring
        self._ring_read = False              # service can take tens of ms; the file is re-read each time)

    def _file(self) -> SeenHead | None:
        try:
            return SeenHead.from_text(self.path.read_text("utf-8"))
        except (OSError, UnicodeDecodeError):
            return None

    def _keyring(self) -> SeenHead | None:
        if not self._ring_read:
            try:
                text = self.keys.get(self.name)
            except KeyStoreUnavailable:
                text = None
            self._ring = SeenHead.from_text(text) if text else None
            self._ring_read = True
        return None if self._ring is None else SeenHead(**asdict(self._ring))

    def read(self) -> SeenHead | None:
        """The furthest of the two records, with the keys either knows."""
        found = [r for r in (self._file(), self._keyring()) if r is not None]
        if not found:
            return None
        best = max(found, key=lambda r: r.seq)
        best.keys = sorted({k for r in found for k in r.keys})
        best.trusted = sorted({k for r in found for k in r.trusted})
        return best

    def write(self, record: SeenHead, *, durable: bool = False) -> None:
        """Replace the record whole (never half-written). After each change it is not fsync'd: a record
        lost in a power cut is a rollback not seen later, and an fsync per recorded step costs more than
        that is worth; a trust is written durably."""
        text = json.dumps(asdict(record), sort_keys=True)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(self.path, text.encode("utf-8"), durable=durable)
        except OSError:
            pass  # best effort: a record not kept is a rollback not seen later, never a change refused
        try:
            self.keys.set(self.name, text)
            self._ring, self._ring_read = SeenHead(**asdict(record)), True
        except KeyStoreUnavailable:
            pass

    def advance(self, seq: int, digest: str, at: str, *, key: str | None = None) -> None:
        """After a commit: move the record forward (never back) and remember a key made here."""
        record = self.read() or SeenHead()
        changed = False
        if seq > record.seq:
            record.seq, record.hash, record.at = seq, digest, at
            changed = True
        if key and key not in record.keys:
            record.keys.append(key)
            changed = True
        if changed:
            self.write(record)

    # -- folders ------------------------------------------------------------------------------------

    def _folders(self) -> dict[str, str]:
        """Folder digest -> workspace id. A record written before digests were used names folders by
        their path: read as its digest, and written back without the path at the next remember."""
        try:
            data = json.loads(self.folders.read_text("utf-8"))
        except (OSError, ValueError, UnicodeDecodeError):
            return {}
        if not isinstance(data, dict):
            return {}
        return {(str(k) if str(k).startswith(_DIGEST) else folder_key(Path(str(k)))): str(v) for k, v in data.items()}

    def _raw_paths_left(self) -> bool:
        try:
            data = json.loads(self.folders.read_text("utf-8"))
        except (OSError, ValueError, UnicodeDecodeError):
            return False
        return isinstance(data, dict) and any(not str(k).startswith(_DIGEST) for k in data)

    def folder_held(self) -> str:
        """The workspace id this folder held when this computer last wrote to it ("" if never)."""
        return self._folders().get(self.folder, "") if self.folder else ""

    def remember_folder(self, *, force: bool = False) -> None:
        """After a commit (once per process) or a trust: this folder holds this workspace."""
        if not self.folder or (self._folder_known and not force):
            return
        folders = self._folders()
        if folders.get(self.folder) != self.workspace_id or self._raw_paths_left():
            folders[self.folder] = self.workspace_id
            try:
                self.folders.parent.mkdir(parents=True, exist_ok=True)
                atomic_write(self.folders, json.dumps(folders, indent=1, sort_keys=True).encode("utf-8"))
            except OSError:
                return
        self._folder_known = True
