"""Issue 13: what a viewer may show of a translucent image is masked, and a stored image carries
nothing but pixels (no ICC profile, whose description can hold any text).

The checks read the results independently of the masks Attest reports: the stored image's own pixels
(through the bundled OCR engine, on light and dark backgrounds) and its raw bytes.
"""

from __future__ import annotations

import io
import re

import numpy as np
from corpus_screens import font
from PIL import Image, ImageCms, ImageDraw

from attest.redaction.image import redact_image, scan_image
from attest.redaction.mpan import make_mpan
from attest.redaction.ocr import default_engine

MPAN = make_mpan(12, "3456789012")


def _digits_read(image: Image.Image, background: str) -> str:
    """Every digit OCR reads on the image shown over ``background``."""
    shown = Image.new("RGB", image.size, background)
    rgba = image.convert("RGBA")
    shown.paste(rgba, mask=rgba.getchannel("A"))
    return re.sub(r"\D", "", " ".join(w.text for w in default_engine().read(np.asarray(shown))))


def _png(image: Image.Image, **options: object) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", **options)
    return buffer.getvalue()


def _transparent_screen(fill: tuple[int, int, int, int], behind: tuple[int, int, int, int] = (0, 0, 0, 0)) -> Image.Image:
    image = Image.new("RGBA", (900, 200), behind)
    draw = ImageDraw.Draw(image)
    draw.text((30, 40), "Supply point", font=font("sans", 22), fill=fill)
    draw.text((30, 100), f"MPAN {MPAN}", font=font("sans", 22), fill=fill)
    return image


def test_white_text_on_a_transparent_png_is_masked_and_stored_without_alpha() -> None:
    original = _transparent_screen((255, 255, 255, 255))
    assert MPAN in _digits_read(original, "black")  # a dark viewer shows it; a light one shows nothing
    out = redact_image(_png(original))
    stored = Image.open(io.BytesIO(out.data))
    assert stored.mode == "RGB" and stored.format == "PNG"
    for background in ("black", "white"):
        assert MPAN[:8] not in _digits_read(stored, background) and MPAN[-8:] not in _digits_read(stored, background)
    # white text is kept readable: stored on the dark background it reads against
    words = " ".join(w.text for w in default_engine().read(np.asarray(stored)))
    assert "Supply" in words


def test_text_hidden_in_fully_transparent_pixels_is_found_by_the_scan_and_not_stored() -> None:
    # black on white, all of it alpha 0: invisible until a program drops the alpha channel
    hidden = _transparent_screen((20, 20, 20, 0), behind=(255, 255, 255, 0))
    data = _png(hidden)
    assert any(f.kind.value == "MPAN" for f in scan_image(data))
    out = redact_image(data)
    stored = Image.open(io.BytesIO(out.data))
    assert stored.mode == "RGB" and any(m.kind.value == "MPAN" for m in out.masks)
    words = " ".join(w.text for w in default_engine().read(np.asarray(stored)))
    assert "Supply" not in words and MPAN[:8] not in re.sub(r"\D", "", words)  # flattened: nothing hidden is kept


def test_a_bare_number_hidden_in_transparent_pixels_is_reported_by_the_scan() -> None:
    """Blind screen corpus: a nine-digit MPRN alone (no label) drawn in fully transparent pixels under
    a visible "Meter exchange" card. Nothing a viewer shows explains a hidden number: the scan of the
    file as it is reports it; the stored image, flattened, does not hold it."""
    image = Image.new("RGBA", (700, 200), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    draw.text((30, 30), "Meter exchange", font=font("sans", 22), fill=(20, 20, 20, 255))
    draw.text((30, 120), "856124852", font=font("sans", 22), fill=(20, 20, 20, 0))
    data = _png(image)
    assert [(f.kind.value, f.detector) for f in scan_image(data)] in ([("MPRN", "hidden")], [("MSN", "hidden")])
    stored = redact_image(data).data
    assert not scan_image(stored)
    assert "856124852" not in " ".join(w.text for w in default_engine().read(np.asarray(Image.open(io.BytesIO(stored)).convert("RGB"))))


def test_an_opaque_rgba_screenshot_is_stored_as_rgb_with_the_same_pixels() -> None:
    image = Image.new("RGBA", (300, 80), (240, 240, 240, 255))
    ImageDraw.Draw(image).text((10, 20), "Status: Active", font=font("sans", 20), fill=(10, 10, 10, 255))
    out = redact_image(_png(image))
    stored = Image.open(io.BytesIO(out.data))
    assert stored.mode == "RGB" and out.masks == []
    assert np.array_equal(np.asarray(stored), np.asarray(image.convert("RGB")))


def test_an_icc_profile_is_not_stored_even_when_its_description_holds_an_mpan() -> None:
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    # the description (a UTF-16 mluc tag) rewritten to the MPAN, of the same length: still a valid profile
    described = profile.replace("sRGB built-in".encode("utf-16-be"), MPAN.encode("utf-16-be"))
    assert described != profile and ImageCms.ImageCmsProfile(io.BytesIO(described))
    image = Image.new("RGB", (300, 80), (250, 250, 250))
    ImageDraw.Draw(image).text((10, 20), "Status: Active", font=font("sans", 20), fill=(10, 10, 10))
    for fmt in ("PNG", "JPEG"):
        buffer = io.BytesIO()
        image.save(buffer, format=fmt, icc_profile=described)
        out = redact_image(buffer.getvalue())
        stored = Image.open(io.BytesIO(out.data))
        assert "icc_profile" not in stored.info and MPAN.encode("utf-16-be") not in out.data
        assert stored.format == fmt


def _stretched_read(image: Image.Image) -> str:
    """What OCR reads once the image's contrast is turned up, as a reader squinting at a grey panel."""
    grey = np.asarray(image.convert("L")).astype(np.float32)[64:196, 32:756]  # inside the panel
    low, high = np.percentile(grey, (1, 99))
    stretched = np.clip((grey - low) * 255.0 / max(high - low, 1.0), 0, 255).astype(np.uint8)
    return " ".join(w.text for w in default_engine().read(np.asarray(Image.fromarray(stretched).convert("RGB"))))


def test_faint_grey_on_grey_text_is_read_and_masked() -> None:
    """Text a shade from its panel (grey 138 on 154): the detector sees nothing as it stands, a reader
    still can; it is read with its contrast stretched and masked to its own faint ink."""
    image = Image.new("RGB", (1100, 260), "white")
    draw = ImageDraw.Draw(image)
    draw.text((30, 20), "Account notes", font=font("sans", 18), fill="black")
    draw.rectangle((28, 60, 760, 200), fill=(154, 154, 154))
    draw.text((40, 80), f"Notes: 171 Mill Lane, Carlisle  MPAN {MPAN}", font=font("sans", 15), fill=(138, 138, 138))
    draw.text((40, 140), "Callback booked for Tuesday", font=font("sans", 15), fill=(138, 138, 138))
    assert MPAN in re.sub(r"\D", "", _stretched_read(image))
    out = redact_image(_png(image))
    after = _stretched_read(Image.open(io.BytesIO(out.data)))
    digits = re.sub(r"\D", "", after)
    assert MPAN[:8] not in digits and MPAN[-8:] not in digits, after
    assert "Mill Lane" not in after and "Carlisle" not in after, after
    assert "Callback" in after, after
    assert "Account notes" in " ".join(w.text for w in default_engine().read(np.asarray(Image.open(io.BytesIO(out.data)))))
