"""``attest pack``, ``attest verify`` and ``attest evidence annotate``: from a run to a checked pack."""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from attest.cli.common import add_time_zone_option, note, open_workspace, out, time_zone
from attest.core.annotations import PLAIN, parse_annotations
from attest.core.errors import AttestError, InputError
from attest.core.files import read_user_file


def add_pack_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("pack", help="build the Word evidence pack of a run (leak-checked first)")
    p.add_argument("run", type=int, metavar="RUN")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.docx")
    p.add_argument("--template", type=Path, metavar="FILE.docx",
                   help="a restyled copy of the default template (see docs/evidence-packs.md)")
    p.add_argument("--with-files", action="store_true",
                   help="also write each screenshot and payload beside the pack, named for upload per step to ADO")
    add_time_zone_option(p)
    p.set_defaults(handler=cmd_pack)

    p = sub.add_parser("verify", help="check a pack's or report's signature (and a pack's items against its "
                                      "signed manifest); with --workspace, that the workspace built it")
    p.add_argument("file", type=Path, metavar="FILE.docx")
    p.set_defaults(handler=cmd_verify)

    evidence = sub.add_parser("evidence", help="work with recorded evidence items").add_subparsers(
        dest="evidence_command", metavar="ACTION", required=True)
    p = evidence.add_parser("annotate", help="set a screenshot's annotations (boxes, arrows, labels, callouts, crop)",
                            description="Annotations are drawn into the pack; the stored screenshot is unchanged. "
                                        "Coordinates are image pixels from the top left of the whole screenshot, "
                                        "also when it is cropped. Each call replaces the item's annotations; with "
                                        "no shapes it clears them.")
    p.add_argument("item", type=int, metavar="ITEM", help="evidence item id (shown by `attest run show RUN`)")
    p.add_argument("--file", type=Path, metavar="FILE.json", help="annotations as a JSON list (docs/evidence-packs.md)")
    p.add_argument("--box", action="append", default=[], metavar="X,Y,W,H[:TEXT]", help="a rectangle, optional label")
    p.add_argument("--highlight", action="append", default=[], metavar="X,Y,W,H", help="a translucent highlight")
    p.add_argument("--arrow", action="append", default=[], metavar="X1,Y1,X2,Y2[:TEXT]",
                   help="an arrow pointing at X2,Y2, optional label at its tail")
    p.add_argument("--text", action="append", default=[], metavar="X,Y:TEXT", help="a text label")
    p.add_argument("--callout", action="append", default=[], metavar="X,Y,N[:TEXT]", help="a numbered marker")
    p.add_argument("--crop", metavar="X,Y,W,H",
                   help="show only this part of the screenshot in the pack (drawn last; at most one, inside the image)")
    p.add_argument("--by", default=None, metavar="NAME", help="who annotates (default: your login name)")
    p.set_defaults(handler=cmd_annotate)

    p = evidence.add_parser("mask", help="list a screenshot's masks, add one, or remove one with a reason",
                            description="Masks are painted into the stored screenshot. Adding one is always "
                                        "allowed. Removing one needs the unredacted original (kept only when "
                                        "`attest settings originals encrypted` was set before the capture) and a "
                                        "reason; it is refused when the leak scan would then read an identifier. "
                                        "Every change is in the audit log.")
    p.add_argument("item", type=int, metavar="ITEM", help="evidence item id (shown by `attest run show RUN`)")
    action = p.add_mutually_exclusive_group()
    action.add_argument("--add", metavar="X0,Y0,X1,Y1", help="paint a mask over this box (image pixels)")
    action.add_argument("--remove", type=int, metavar="N", help="remove mask N (as numbered by the list)")
    p.add_argument("--reason", default="", metavar="TEXT", help="why mask N should go (required with --remove)")
    p.add_argument("--by", default=None, metavar="NAME", help="who changes the masks (default: your login name)")
    p.set_defaults(handler=cmd_mask)


def cmd_pack(args: argparse.Namespace) -> int:
    from attest.services.export import build_pack  # python-docx and the OCR stack load only when packing

    target: Path = args.out
    if target.suffix.lower() != ".docx":
        raise AttestError(f"{target}: the pack is a Word document; give a file name ending in .docx")
    tz = time_zone(args)
    with open_workspace(args) as ws:
        result = build_pack(ws, args.run, target, template=args.template, with_files=args.with_files,
                            time_zone=tz.key)
    out(str(result.path))
    note(f"pack written: {result.steps} steps, {result.screenshots} screenshot(s), {result.payloads} payload(s)/"
         f"file(s); leak scan clean; {result.items} item(s) in the manifest"
         + (f"; {result.scanned} screenshot(s) scanned now" if result.scanned else ""))
    if result.files_dir is not None:
        note(f"evidence files for upload: {result.files_dir}")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from attest.services.verify import verify_document
    from attest.templates.manifest import NotAPack

    data = read_user_file(args.file, consequence="nothing verified")
    try:
        if args.workspace is not None:
            with open_workspace(args) as ws:
                verdict = verify_document(data, str(args.file), ws)
        else:
            verdict = verify_document(data, str(args.file))
    except NotAPack as error:
        raise AttestError(str(error)) from None
    found, problems, later = verdict.found, verdict.problems, verdict.later
    what = f"{len(found.manifest.items)} items" if found.manifest is not None else found.summary
    if not problems:
        out(f"verified: {what}; signed by key {found.signature.fingerprint}")
        if args.workspace is not None:
            out("the key is the workspace's own and its audit log records building this very document")
        for line in later:
            note(line)
        note(found.summary if found.manifest is not None else "compare the key with the one `attest audit verify` "
             "prints for the workspace, or give --workspace DIR")
        if found.manifest is not None:
            note("check a workspace still holds the audit head: attest audit verify --head "
                 f"{found.manifest.audit_head}; or give --workspace DIR")
        return 0
    out(f"NOT verified: {len(problems)} problem(s) in {args.file}")
    for problem in problems:
        out(f"  {problem}")
    if found.signature.fingerprint:
        note(f"signature key {found.signature.fingerprint}")
    return 1


def cmd_annotate(args: argparse.Namespace) -> int:
    annotations: list[dict[str, object]] = []
    if args.file is not None:
        raw = read_user_file(args.file, consequence="no annotations changed")
        try:
            loaded = json.loads(raw.decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            line = getattr(error, "lineno", None)
            raise InputError(str(args.file), f"not valid JSON: {getattr(error, 'msg', error)}", line=line) from None
        parsed_file = parse_annotations(loaded, str(args.file))
        annotations += [a.to_dict() for a in parsed_file]
    for option, kind, fields in (("box", "box", ("x", "y", "w", "h")), ("highlight", "highlight", ("x", "y", "w", "h")),
                                 ("arrow", "arrow", ("x1", "y1", "x2", "y2")), ("text", "text", ("x", "y")),
                                 ("callout", "callout", ("x", "y", "number"))):
        for value in getattr(args, option):
            annotations.append(_shape(option, kind, fields, value))
    if args.crop is not None:
        annotations.append(_shape("crop", "crop", ("x", "y", "w", "h"), args.crop))
    from attest.services.evidence import annotate

    with open_workspace(args) as ws:
        item = annotate(ws, args.item, annotations, by=args.by,
                        crop_field="--crop" if args.crop else "the annotations given")
    out(f"evidence item {item.id} ({item.name}, run {item.run_id} step {item.step_index}): "
        f"{len(item.annotations)} annotation(s)")
    return 0


def cmd_mask(args: argparse.Namespace) -> int:
    from attest.services.evidence import mask_recorded

    with open_workspace(args) as ws:
        item = ws.runs.evidence_item(args.item)
        if args.add is None and args.remove is None:
            if item.masks is None:
                out(f"evidence item {item.id} ({item.name}) was recorded before mask places were kept")
            for number, mask in enumerate(item.masks or (), start=1):
                place = ",".join(str(v) for v in mask["box"]) if "box" in mask else f"line {mask.get('line')}"
                out(f"{number}\t{mask.get('kind')}\t{mask.get('detector', '')}\t{place}")
            return 0
        if args.remove is not None and not args.reason.strip():
            raise InputError("--reason", "removing a mask needs a reason; it is kept in the audit log")
        add = None
        if args.add is not None:
            parts = args.add.split(",")
            if len(parts) != 4 or not all(_NUMBERS.fullmatch(p) for p in parts):
                raise InputError("--add", f"expected X0,Y0,X1,Y1 (four whole numbers of pixels), not {args.add!r}")
            x0, y0, x1, y1 = (int(float(p)) for p in parts)
            add = (x0, y0, x1, y1)
        changed = mask_recorded(ws, args.item, add=add, remove=None if args.remove is None else args.remove - 1,
                                reason=args.reason, by=args.by)
    out(f"evidence item {changed.id} ({changed.name}): {changed.mask_count} mask(s); "
        f"{'added' if add else 'removed'}, audited")
    return 0


_NUMBERS = re.compile(r"\s*-?\d+(?:\.\d+)?\s*")


def _shape(option: str, kind: str, fields: tuple[str, ...], value: str) -> dict[str, object]:
    numbers, _, text = value.partition(":")
    parts = numbers.split(",")
    text_form = "" if kind in PLAIN else ":TEXT" if kind == "text" else "[:TEXT]"
    if len(parts) != len(fields) or not all(_NUMBERS.fullmatch(p) for p in parts) or (kind in PLAIN and text):
        raise InputError(f"--{option}", f"expected {','.join(f.upper() for f in fields)}{text_form} in pixels "
                                        "(what was given is not repeated: a label may hold an identifier)")
    shape: dict[str, object] = {"type": kind, **{f: float(p) for f, p in zip(fields, parts, strict=True)}}
    if text.strip():
        shape["text"] = text.strip()
    return shape
