"""``attest gc``: evidence files no record refers to, listed (a dry run) or removed with ``--apply``.

A dry run only reads. ``--apply`` takes the workspace's write lock, lists again, removes what nothing
refers to and is older than the grace period (a capture may be between its file and its row), and
records one ``evidence.gc`` audit entry naming each file; ``attest audit verify`` passes after it.
Exit 0 either way (nothing unused is not an error); 2 on bad arguments or a busy workspace.
"""

from __future__ import annotations

import argparse
import time
from typing import Any

from attest.cli.common import note, open_workspace, out
from attest.cli.render import dumps


def add_gc_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "gc", help="list evidence files no record refers to (--apply removes them, audited)",
        description="Evidence files are kept for ever unless removed: a capture taken off a step, the file "
                    "before a mask change, an annotated screenshot's drawn copy that is out of date, the file "
                    "of a process killed before its record was committed, and any encrypted original kept "
                    "for one of these. Without --apply this lists them (SHA-256, size, age) and changes "
                    "nothing. Files younger than 10 minutes are always kept.")
    p.add_argument("--apply", action="store_true",
                   help="remove them (under the workspace's write lock; one audit entry names each file)")
    p.add_argument("--json", action="store_true", help="print what was found or removed as JSON")
    p.set_defaults(handler=cmd_gc)


def cmd_gc(args: argparse.Namespace) -> int:
    from attest.services.gc import age_text, collect_unused, size_text, unused_evidence

    with open_workspace(args) as ws:
        found = collect_unused(ws) if args.apply else unused_evidence(ws)
    now = time.time()
    if args.json:
        out(dumps(_json(found, now)))
    else:
        for unused in found.files:
            out(f"{unused.sha256[:12]}  {size_text(unused.size):>8}  {age_text(unused.age_s(now)):>6}  {unused.kind}")
    total = f"{found.count} unused file{'s' if found.count != 1 else ''} ({size_text(found.size)})"
    young = (f"; {found.young} newer than {int(found.grace_s // 60)} min kept (a capture may still be on its way)"
             if found.young else "")
    if not args.apply:
        note(f"{total}{young}" + (f"; nothing changed: attest gc --apply removes {'them' if found.count != 1 else 'it'}"
                                  if found.count else ""))
    elif found.audit_seq is not None:
        drawn = len(found.stale_renditions)
        stale = f", {drawn} out-of-date drawn cop{'ies' if drawn != 1 else 'y'} forgotten" if drawn else ""
        note(f"removed {total}{stale}{young}; recorded in audit entry {found.audit_seq}")
    else:
        note(f"nothing to remove{young}")
    return 0


def _json(found: Any, now: float) -> dict[str, Any]:
    return {
        "applied": found.applied,
        "count": found.count,
        "bytes": found.size,
        "files": [{"sha256": f.sha256, "kind": f.kind, "size": f.size, "age_s": round(f.age_s(now))}
                  for f in found.files],
        "kept_young": found.young,
        "grace_s": found.grace_s,
        "stale_renditions": len(found.stale_renditions),
        "audit_seq": found.audit_seq,
    }
