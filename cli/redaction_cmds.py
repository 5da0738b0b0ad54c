"""``attest redact`` and ``attest scan``: redaction and the leak scan from the command line."""

from __future__ import annotations

import argparse
import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from attest.core.errors import AttestError, InputError
from attest.services.types import atomic_write
from attest.core.files import read_user_file
from attest.cli.common import note, open_workspace, out

if TYPE_CHECKING:  # the detectors load only when a redaction command runs: `attest` starts faster
    from attest.redaction import RegisterMatcher
    from attest.redaction.scan import LeakFinding


def add_redaction_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("redact", help="write redacted copies of files (text and images) into a folder")
    p.add_argument("inputs", nargs="+", type=Path, metavar="INPUT")
    p.add_argument("--out", required=True, type=Path, metavar="DIR", help="folder for the redacted copies")
    p.add_argument("--register", action="store_true",
                   help="also use the workspace's test data register (identifiers become their references)")
    p.add_argument("--report", type=Path, metavar="FILE", help="write a JSON report of what was found where")
    p.set_defaults(handler=cmd_redact)

    p = sub.add_parser("scan", help="leak scan: report anything that still looks like an identifier")
    p.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="files or folders (searched recursively)")
    p.add_argument("--register", action="store_true", help="also look for the register's values")
    p.set_defaults(handler=cmd_scan)


def _register(args: argparse.Namespace) -> RegisterMatcher | None:
    from attest.services.register import matcher as register_matcher

    if not args.register:
        return None
    with open_workspace(args) as ws:
        return register_matcher(ws)


def cmd_redact(args: argparse.Namespace) -> int:
    from attest.redaction import RedactionError, RegisterMatcher, redact_bytes
    from attest.redaction.scan import LeakFinding, kinds_found

    register = _register(args)
    out_dir: Path = args.out
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise AttestError(f"{out_dir}: cannot create the output folder: {error.strerror}") from None
    report: dict[str, list[dict[str, Any]]] = {"files": [], "errors": []}
    written: set[Path] = set()
    from attest.services.gate import Gate

    gate = Gate(register)
    if args.report and gate.file_name(str(args.report)) != str(args.report):
        # the report's name is printed and kept with the copies: it must name no identifier (not echoed)
        raise AttestError("--report: the report's file name holds an identifier; name it after the test case or "
                          "the run instead")
    learnt = register if register is not None else RegisterMatcher()
    done: list[tuple[Path, Path, int, int]] = []  # input, copy, values known when it was redacted, report entry
    for position, path in enumerate(args.inputs, start=1):
        shown = gate.file_name(str(path))  # messages and the report never name an identifier
        try:
            # the copy's name is redacted like its content: "1200023305967_before.png" names an MPAN
            named = Path(gate.file_name(path.name))
            target = out_dir / named
            if path.resolve().parent == out_dir.resolve():
                raise AttestError(f"{shown}: the output folder is the input's own folder; redacting would overwrite "
                                  "the original. Choose another --out")
            copies = 1
            while target in written:  # two names that differ only in their identifiers ("[MSN-1]-log.txt")
                copies += 1
                target = out_dir / f"{named.stem} ({copies}){named.suffix}"
            result = redact_bytes(_read(path), target.name, register=learnt)
            atomic_write(target, result.data)
            written.add(target)
        except (AttestError, RedactionError) as error:
            note(f"attest: error: {error}")
            report["errors"].append({"input": position, "file": shown, "error": str(error)})
            continue
        learnt = learnt.with_found(result.values)  # the inputs are one set: what one names, all mask
        done.append((path, target, len(learnt.found), len(report["files"])))
        report["files"].append({"input": position, "file": shown, "output": str(target), "media": result.media,
                                "format": result.format, "findings": result.findings})
    for path, target, known, entry in done:
        if known < len(learnt.found):  # a later input found values this one was not masked for
            try:
                result = redact_bytes(_read(path), target.name, register=learnt)
                atomic_write(target, result.data)
            except (AttestError, RedactionError) as error:
                target.unlink(missing_ok=True)  # the copy may hold a value a later input named: not kept
                shown = report["files"][entry]["file"]
                note(f"attest: error: {error}")
                report["errors"].append({"input": report["files"][entry]["input"], "file": shown, "error": str(error)})
                report["files"][entry]["output"] = None
                continue
            report["files"][entry]["findings"] = result.findings
    for entry in report["files"]:
        if entry["output"] is None:
            continue
        counts = kinds_found([LeakFinding("", "", f["kind"], "") for f in entry["findings"]])
        summary = ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items())) or "nothing found"
        out(f"{entry['file']} -> {entry['output']}: {summary}")
    report["files"] = [e for e in report["files"] if e["output"] is not None]
    if args.report:
        atomic_write(args.report, json.dumps(report, indent=2).encode("utf-8"))
    return 2 if report["errors"] else 0


def _read(path: Path) -> bytes:
    """A file to redact or scan, refused unread past the size limit (``redaction.limits``)."""
    from attest.redaction.limits import MAX_INPUT_BYTES

    return read_user_file(path, limit=MAX_INPUT_BYTES)


def _walk(paths: list[Path]) -> Iterator[tuple[Path, str | None]]:
    """Each file under ``paths`` with why it cannot be read, if that is known before opening it: a
    folder that cannot be listed, a link to nothing, a pipe or a device inside a folder (opening a pipe
    would wait for a writer for ever). A scan lists these; it never passes over them in silence."""
    for path in paths:
        if not path.is_dir():
            yield path, None
            continue
        unlisted: list[tuple[Path, str]] = []

        def refused(error: OSError) -> None:
            unlisted.append((Path(error.filename or path), f"a folder that cannot be listed: {error.strerror}"))

        for root, dirs, files in os.walk(path, onerror=refused):
            dirs.sort()
            for name in sorted(files):
                file = Path(root) / name
                try:
                    mode = file.stat().st_mode
                except OSError as error:
                    why = "a link to nothing" if file.is_symlink() else f"cannot be read: {error.strerror}"
                    yield file, why
                    continue
                yield file, None if stat.S_ISREG(mode) else "not a regular file: a pipe, socket or device"
            yield from unlisted
            unlisted.clear()


def cmd_scan(args: argparse.Namespace) -> int:
    """Every finding of every file, and every file or part that could not be read (``UNSCANNABLE``):
    a scan that stopped at the first unreadable file would drop what it had found in the others.
    Findings are printed file by file as they are found. Exit 1 when anything was found or could not
    be read, 0 when all was read and clean; 2 only for arguments that name nothing."""
    from attest.redaction.limits import InputTooLarge, check_input
    from attest.redaction.scan import FoundCache, LeakFinding, kinds_found, scan_bytes, unscannable

    missing = [path for path in args.paths if not path.exists() and not path.is_symlink()]
    if missing:
        raise InputError(str(missing[0]), "no such file or folder; nothing was scanned")
    register = _register(args)
    from dataclasses import replace

    from attest.services.gate import Gate

    gate = Gate(register)
    # the packs of one run repeat their styles and boilerplate: a text read in one file is not read again
    found_cache = FoundCache()
    findings: list[LeakFinding] = []
    files = 0
    for path, why in _walk(args.paths):
        files += 1
        found: list[LeakFinding]
        # a file is named in the output by its name with any identifier masked, and such a name is itself a
        # finding: a pack called "…_1200023305967.docx" shows the MPAN to whoever receives it
        shown = gate.file_name(str(path))
        named = [] if shown == str(path) else [LeakFinding(shown, "file name", "FILE NAME", "(names an identifier)")]
        if why is not None:
            found = [unscannable(str(path), why)]
        else:
            try:
                data = _read(path)
                check_input(data)  # size, a package's central directory, an image's pixels: before reading it
                found = scan_bytes(data, str(path), register=register, found_cache=found_cache)
            except AttestError as error:  # the message names the file already: keep what follows its name
                found = [unscannable(str(path), str(error).removeprefix(f"{path}: "))]
            except InputTooLarge as error:
                found = [unscannable(str(path), str(error))]
            except (MemoryError, RecursionError) as error:  # scan_bytes guards its parts; this guards the file
                found = [unscannable(str(path), f"too large or too deeply nested to read ({type(error).__name__})")]
        found = named + [replace(finding, file=shown) if finding.file == str(path) else finding for finding in found]
        for finding in found:
            out(finding.line())
        findings += found
    if findings:
        counts = ", ".join(f"{n} {kind}" for kind, n in sorted(kinds_found(findings).items()))
        note(f"attest: {len(findings)} finding(s) in {files} file(s): {counts}")
        return 1
    out(f"clean: {files} file(s) scanned")
    return 0
