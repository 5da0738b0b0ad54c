"""Annotations on a screenshot, kept as data: arrows, boxes, text labels, highlights, numbered callouts
and a crop.

They are stored on the evidence item (never burnt into the stored image), so the redacted capture
stays as it was taken, a tester can change an annotation without re-capturing, and the pack builder
draws them fresh. Coordinates are image pixels, origin top left.

The JSON form (what ``attest evidence annotate --file`` reads and the database holds) is a list of
objects, each with a ``type`` and the fields below; ``colour`` is optional (``#rrggbb``).

A ``crop`` (at most one per item) is applied after everything else is drawn: the other shapes keep
full-image coordinates, so setting, changing or removing a crop never moves them. It has no text or
colour; whether it fits the image is checked where the image is known (:func:`check_fits`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from attest.core.errors import InputError

DEFAULT_COLOUR = "#e11d48"  # a red that stays visible on light and dark screens
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")

# type -> (required numeric fields, required text field or None)
SHAPES: dict[str, tuple[tuple[str, ...], str | None]] = {
    "box": (("x", "y", "w", "h"), None),
    "highlight": (("x", "y", "w", "h"), None),
    "arrow": (("x1", "y1", "x2", "y2"), None),
    "text": (("x", "y"), "text"),
    "callout": (("x", "y", "number"), None),
    "crop": (("x", "y", "w", "h"), None),
}
PLAIN = {"crop"}  # types that carry neither text nor colour


@dataclass(frozen=True)
class Annotation:
    type: str
    coords: dict[str, int]
    text: str = ""
    colour: str = DEFAULT_COLOUR

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"type": self.type, **self.coords}
        if self.text:
            data["text"] = self.text
        if self.colour != DEFAULT_COLOUR:
            data["colour"] = self.colour
        return data

    def __getitem__(self, key: str) -> int:
        return self.coords[key]


def parse_annotations(data: Any, where: str) -> tuple[Annotation, ...]:
    """Validate the JSON form; ``where`` names the source in errors ("annotations.json")."""
    if not isinstance(data, list):
        raise InputError(where, "expected a JSON list of annotations, e.g. "
                                '[{"type": "box", "x": 10, "y": 20, "w": 300, "h": 40}]')
    parsed = tuple(_one(item, f"annotation {n}", where) for n, item in enumerate(data, start=1))
    crops = [n for n, a in enumerate(parsed, start=1) if a.type == "crop"]
    if len(crops) > 1:
        raise InputError(where, f"annotations {crops[0]} and {crops[1]} are both crops; "
                                "a screenshot has at most one crop")
    return parsed


def crop_of(annotations: tuple[Annotation, ...]) -> Annotation | None:
    """The item's crop, if it has one (parsing allows at most one)."""
    return next((a for a in annotations if a.type == "crop"), None)


def check_fits(annotations: tuple[Annotation, ...], size: tuple[int, int], where: str) -> None:
    """Refuse a crop that reaches outside the image: the pack would show less than the tester chose,
    silently. Other shapes may run off the edge: the drawing clips them."""
    crop = crop_of(annotations)
    if crop is None:
        return
    width, height = size
    if crop["x"] + crop["w"] > width or crop["y"] + crop["h"] > height:
        raise InputError(where, f"the crop {crop['x']},{crop['y']},{crop['w']},{crop['h']} reaches outside the "
                                f"image, which is {width}×{height} pixels")


def _one(item: Any, label: str, where: str) -> Annotation:
    if not isinstance(item, dict):
        raise InputError(where, f"{label}: expected an object with a \"type\"")
    kind = item.get("type")
    if kind not in SHAPES:
        raise InputError(where, f"{label}: type must be one of {', '.join(SHAPES)}, not {kind!r}")
    numeric, text_field = SHAPES[kind]
    allowed = {"type", *numeric} if kind in PLAIN else {"type", "text", "colour", *numeric}
    unknown = sorted(set(item) - allowed)
    if unknown:
        raise InputError(where, f"{label} ({kind}): unknown field {unknown[0]!r}; expected {', '.join(sorted(allowed))}")
    coords: dict[str, int] = {}
    for name in numeric:
        value = item.get(name)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise InputError(where, f"{label} ({kind}): {name} must be a number of pixels")
        if value < 0 or (name in ("w", "h") and value <= 0) or (name == "number" and value < 1):
            raise InputError(where, f"{label} ({kind}): {name} must be {'at least 1' if name in ('w', 'h', 'number') else '0 or more'}, not {value}")
        coords[name] = int(round(value))
    text = item.get("text", "")
    if not isinstance(text, str):
        raise InputError(where, f"{label} ({kind}): text must be a string")
    if text_field and not text.strip():
        raise InputError(where, f"{label} ({kind}): needs some text")
    colour = item.get("colour", DEFAULT_COLOUR)
    if not isinstance(colour, str) or not _COLOUR.fullmatch(colour):
        raise InputError(where, f"{label} ({kind}): colour must be #rrggbb, not {colour!r}")
    return Annotation(kind, coords, text.strip(), colour.lower())


def annotations_json(annotations: tuple[Annotation, ...]) -> str:
    return json.dumps([a.to_dict() for a in annotations], sort_keys=True)


def load_stored(text: str | None) -> tuple[Annotation, ...]:
    """Annotations as the database holds them (already validated when stored)."""
    return parse_annotations(json.loads(text or "[]"), "stored annotations")


__all__ = ["DEFAULT_COLOUR", "PLAIN", "SHAPES", "Annotation", "annotations_json", "check_fits", "crop_of",
           "load_stored", "parse_annotations"]
