"""The adversarial text corpus (tests/adversarial/text_corpus.py), run through intake's redaction.

The corpus was written from the issue's text alone by someone who had not read the detectors, and it
checks the output with its own decoder (every encoding, entities, escapes, base64/hex/%/QP blobs,
Unicode digits, invisible characters), not with Attest's. Every case must come out with no secret
recoverable (or be refused: nothing stored), every file name redacted, and what is not an identifier
kept. Several seeds, so that the forms vary from run to run of the generator, not from run to run of
the suite.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "adversarial"))

import text_corpus  # noqa: E402

from attest.capture.notes import redact_name, redact_note  # noqa: E402
from attest.redaction import RedactionError, redact_bytes  # noqa: E402
from attest.redaction.item import decode  # noqa: E402

SEEDS = (0, 1, 2, 11)


@pytest.mark.parametrize("seed", SEEDS)
def test_no_secret_survives_in_any_hostile_form(seed: int) -> None:
    leaks, kept, total_keep = [], 0, 0
    for case in text_corpus.generate(seed, 8):
        name = redact_name(case.filename, None)
        try:
            out = redact_bytes(case.data, case.filename).data
        except RedactionError:
            out = b""  # refused: nothing is stored, so nothing leaks
        found = text_corpus.leaked(case.secrets, out + b"\n" + name.encode())
        if found:
            leaks.append(f"{case.name} ({case.klass}): {[text_corpus.mask(s) for s in found]}")
        if out:
            text, _encoding = decode(out)
            total_keep += len(case.keep)
            kept += sum(k in text for k in case.keep)
    assert not leaks, "\n".join(leaks)
    assert kept >= 0.98 * total_keep, f"kept {kept} of {total_keep} non-identifiers"


@pytest.mark.parametrize("seed", SEEDS)
def test_typed_text_holds_no_secret(seed: int) -> None:
    leaks = []
    for typed in text_corpus.typed(seed, 6):
        out = redact_note(typed.text, None) or ""
        found = text_corpus.leaked(typed.secrets, out.encode())
        if found:
            leaks.append(f"typed:{typed.klass}: {[text_corpus.mask(s) for s in found]}")
    assert not leaks, "\n".join(leaks)


def test_non_identifiers_are_kept() -> None:
    """Test case references, message types, DIP ids, MPAN references, timestamps, UUIDs, digests."""
    negatives = text_corpus.negatives(0, 300)
    changed = [n for n in negatives if redact_note(n, None) != n]
    assert len(changed) <= 0.02 * len(negatives), changed


def test_nothing_of_the_corpus_reaches_the_workspace_or_the_pack(cli, examples: Path, tmp_path: Path) -> None:
    """The corpus attached to a real run through the command line, packed with its files: every byte
    Attest then holds or wrote (the database and its WAL, the evidence store, the audit log, the pack's
    every part, the files beside it) is read by the corpus's own checker, as `strings` would be."""
    import re
    import unicodedata
    import zipfile

    cases = text_corpus.generate(5, 2)
    folder = tmp_path / "corpus"
    folder.mkdir()
    accepted = []
    for number, case in enumerate(cases):
        try:
            redact_bytes(case.data, case.filename)
        except RedactionError:
            continue  # refused at intake: the command would refuse the whole step
        path = folder / f"{number:03d}_{case.filename}"
        path.write_bytes(case.data)
        accepted.append((case, path))
    secrets = sorted({s for case, _path in accepted for s in case.secrets})
    cli("import", str(examples / "mhhs_qualification.yaml"))
    run = cli("run", "start", "FM_TS_1_TC_01", "--tester", "Tess Tester")[1].strip()
    attach = [arg for _case, path in accepted for arg in ("--attach", str(path))]
    status, _out, err = cli("run", "step", run, "--status", "passed", "--actual", "as expected", *attach)
    assert status == 0, err
    pack = tmp_path / "pack" / "evidence.docx"
    pack.parent.mkdir()
    status, _out, err = cli("pack", run, "--out", str(pack), "--with-files")
    assert status == 0, err

    def contents(path: Path):  # type: ignore[no-untyped-def]
        if zipfile.is_zipfile(path):  # a pack: each part as stored inside it
            with zipfile.ZipFile(path) as package:
                for name in package.namelist():
                    yield f"{path.name}:{name}", package.read(name)
        else:
            yield path.name, path.read_bytes()

    squeezed_secrets = {s: re.sub(r"[^0-9A-Z]", "", s.upper()) for s in secrets}

    def squeezed_leaks(data: bytes) -> list[str]:
        """As `strings` would show it: the bytes read as Latin-1, UTF-8 and UTF-16, markup dropped,
        letters and digits only (the corpus's full decoder is slow on a large file)."""
        readings = [data.decode("latin-1"), data.decode("utf-8", "replace"), data.decode("utf-16-le", "replace"),
                    data[1:].decode("utf-16-le", "replace")]
        flat = " ".join(re.sub(r"[^0-9A-Z]", "", re.sub(r"<[^<>]{0,200}>", "", unicodedata.normalize("NFKC", r)).upper())
                        for r in readings)
        return [s for s, q in squeezed_secrets.items() if q and q in flat]

    leaks = []
    for root in (cli.workspace, pack.parent):
        for path in sorted(p for p in root.rglob("*") if p.is_file()):
            for where, data in contents(path):
                found = text_corpus.leaked(secrets, data) if len(data) < 20_000 else squeezed_leaks(data)
                if found:
                    leaks.append(f"{where}: {[text_corpus.mask(s) for s in found]}")
    assert len(accepted) > 0.8 * len(cases)
    assert not leaks, "\n".join(leaks)
