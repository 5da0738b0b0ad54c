"""`attest scan` reports, never stops: whatever it cannot read is listed as UNSCANNABLE and the scan goes on,
so the identifiers found in the other files are always printed. Exit 1 when anything was found or could not
be read; 2 only for arguments that name nothing."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

MPAN = "1200023305967"
SHOWN = "••••••••••967"  # how the scan prints it: all but the last three characters hidden


def _font(size: int) -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    try:
        return ImageFont.truetype("DejaVuSans.ttf", size)
    except OSError:
        return ImageFont.load_default(size)


def _screen(text: str) -> Image.Image:
    image = Image.new("RGB", (520, 80), "white")
    ImageDraw.Draw(image).text((12, 22), text, fill="black", font=_font(26))
    return image


def _encoded(image: Image.Image, fmt: str) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt)
    return buffer.getvalue()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """What a tester's evidence folder holds on a bad day: damaged and animated images beside good ones."""
    root = tmp_path / "evidence"
    (root / "sub").mkdir(parents=True)
    screen = _screen(f"MPAN {MPAN}")
    png, jpeg = _encoded(screen, "PNG"), _encoded(screen, "JPEG")
    (root / "cut.png").write_bytes(png[: len(png) // 2])
    (root / "cut.jpg").write_bytes(jpeg[: len(jpeg) // 2])
    frames = [_screen("Loading…"), screen]
    animated = io.BytesIO()
    frames[0].save(animated, "PNG", save_all=True, append_images=frames[1:])
    (root / "animated.png").write_bytes(animated.getvalue())
    (root / "good.png").write_bytes(png)
    (root / "sub" / "payload.json").write_text(f'{{"mpan": "{MPAN}", "status": "ok"}}', encoding="utf-8")
    wide = f'{{"mpan": "{MPAN}"}}'.encode("utf-16")
    (root / "sub" / "wide-cut.json").write_bytes(wide[:-1])  # a UTF-16 file cut short in its last character
    (root / "clean.txt").write_text("step 3 passed\n", encoding="utf-8")
    (root / "gone.txt").symlink_to(root / "nowhere.txt")
    os.mkfifo(root / "pipe")  # opening it would wait for a writer for ever
    return root


def test_a_folder_with_broken_and_animated_images_lists_every_finding_and_every_unreadable_file(cli, folder: Path) -> None:
    status, out, err = cli("scan", str(folder))
    assert status == 1
    lines = out.splitlines()

    def about(name: str) -> list[str]:
        return [line for line in lines if line.startswith(f"{folder / name}:")]

    # every identifier in the readable files is printed, the damaged ones notwithstanding
    for name in ("good.png", "animated.png", "sub/payload.json", "sub/wide-cut.json"):
        assert any(f"MPAN {SHOWN}" in line for line in about(name)), (name, out)
    assert any("frame 2" in line or "frame 1" in line for line in about("animated.png")), out
    # every file that could not be read is listed, with the reason
    for name, reason in (("cut.png", "truncated"), ("cut.jpg", "truncated"), ("gone.txt", "a link to nothing"),
                         ("pipe", "not a regular file")):
        listed = about(name)
        assert listed and all("UNSCANNABLE" in line for line in listed), (name, out)
        assert any(reason in line for line in listed), (name, listed)
    assert about("clean.txt") == []
    assert MPAN not in out + err
    assert "internal error" not in err and "Traceback" not in err
    assert err.splitlines()[-1].startswith("attest: ") and "UNSCANNABLE" in err.splitlines()[-1]


def test_a_file_whose_reader_fails_outright_does_not_stop_the_scan(cli, folder: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever goes wrong inside one file's scan (here: memory runs out) is that file's finding."""
    import attest.redaction.scan as scan

    real = scan.scan_bytes

    def failing(data: bytes, file: str, **kwargs: object) -> list[scan.LeakFinding]:
        if file.endswith("good.png"):
            raise MemoryError
        return real(data, file, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(scan, "scan_bytes", failing)
    status, out, _err = cli("scan", str(folder / "good.png"), str(folder / "sub"))
    assert status == 1
    assert f"{folder / 'good.png'}: whole file: UNSCANNABLE" in out
    assert f"{folder / 'sub' / 'payload.json'}: line 1" in out and SHOWN in out


def test_a_clean_folder_exits_0_and_says_how_many_files(cli, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("nothing here\n", encoding="utf-8")
    (tmp_path / "b.json").write_text('{"status": "ok"}', encoding="utf-8")
    status, out, _err = cli("scan", str(tmp_path / "a.txt"), str(tmp_path / "b.json"))
    assert (status, out.strip()) == (0, "clean: 2 file(s) scanned")


def test_a_path_that_names_nothing_is_a_bad_argument(cli, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f"MPAN {MPAN}\n", encoding="utf-8")
    status, out, err = cli("scan", str(tmp_path / "a.txt"), str(tmp_path / "missing"))
    assert status == 2
    assert out == ""
    assert err.strip() == f"attest: error: {tmp_path / 'missing'}: no such file or folder; nothing was scanned"
