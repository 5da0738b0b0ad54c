"""OCR for screenshots: the words on screen, each with its text, confidence, pixel box and the x extent
of every character (so that only ``1200023305967`` is masked inside ``mpan=1200023305967``).

Why not call ``RapidOCR()(img)`` and be done:
- its word boxes are estimates per word, and it drops readings under ``text_score``; here every
  reading is kept, however unsure (a badly read MPAN under an "MPAN" header is still masked, by
  layout), and each character gets its own x extent from the CTC time steps;
- screenshots are upright and axis aligned: plain rectangular crops replace the perspective warp, and
  no angle classifier runs;
- on 2 cores the recogniser dominates the cost, so crops are batched by width (little padding), the
  ONNX sessions get exactly 2 intra-op threads with the memory arena on, and pixel-identical crops
  (the same status or name in every table row, the same menus in every capture) are read once;
- detection runs at a tuned scale, not at rapidocr's default.

The models are the ONNX files that ship inside the ``rapidocr`` wheel (PP-OCRv6 det/rec small). They
are opened from the installed package and never downloaded: a missing model is an error.

Anything with a ``read(image) -> list[Word]`` method can stand in for the engine (tests inject fakes).
"""

from __future__ import annotations

import hashlib
import math
import os
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Protocol

import numpy as np

Box = tuple[int, int, int, int]  # x0, y0, x1, y1 (x1, y1 exclusive)


@dataclass(frozen=True)
class Word:
    """A run of characters without spaces, as OCR read it.

    ``chars`` holds the x extent (x0, x1) of each character of ``text`` in image pixels; empty when the
    engine cannot tell, and then characters are assumed evenly spread over the box. ``segment`` numbers
    the detected text block the word came from: words of one block were printed as one run of text (a
    table cell, a field value, a log line), a new block means a visible gap.
    """

    text: str
    box: Box
    score: float = 1.0
    chars: tuple[tuple[int, int], ...] = ()
    segment: int = -1
    char_scores: tuple[float, ...] = ()

    def span_box(self, start: int, end: int) -> Box:
        """The pixel box of ``text[start:end]``."""
        start, end = max(0, start), min(len(self.text), end)
        if start == 0 and end == len(self.text) or not self.text:
            return self.box
        x0, y0, x1, y1 = self.box
        if len(self.chars) == len(self.text):
            return (self.chars[start][0], y0, self.chars[end - 1][1], y1)
        step = (x1 - x0) / len(self.text)
        return (int(x0 + start * step), y0, int(math.ceil(x0 + end * step)), y1)

    def min_score(self, start: int = 0, end: int | None = None) -> float:
        if len(self.char_scores) == len(self.text) and self.text:
            part = self.char_scores[start:end]
            return min(part) if part else self.score
        return self.score


@dataclass
class Line:
    """Words that share a baseline, left to right."""

    words: list[Word] = field(default_factory=list)

    @property
    def box(self) -> Box:
        return union([w.box for w in self.words])

    @property
    def height(self) -> int:
        heights = sorted(w.box[3] - w.box[1] for w in self.words)
        return max(1, heights[len(heights) // 2])


class OcrEngine(Protocol):
    def read(self, image: np.ndarray) -> list[Word]:
        """Words in an RGB image (H x W x 3, uint8)."""
        ...


def union(boxes: Sequence[Box]) -> Box:
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def group_lines(words: Sequence[Word]) -> list[Line]:
    """Words whose vertical extents mostly overlap form one line; lines top to bottom."""
    lines: list[tuple[float, float, Line]] = []  # (y0, y1, line)
    for word in sorted(words, key=lambda w: ((w.box[1] + w.box[3]) / 2, w.box[0])):
        y0, y1 = word.box[1], word.box[3]
        best = None
        for index in range(len(lines) - 1, max(-1, len(lines) - 4), -1):
            ly0, ly1, _line = lines[index]
            overlap = min(y1, ly1) - max(y0, ly0)
            if overlap >= 0.5 * min(y1 - y0, ly1 - ly0):
                best = index
                break
        if best is None:
            lines.append((y0, y1, Line([word])))
        else:
            ly0, ly1, line = lines[best]
            line.words.append(word)
            lines[best] = (min(ly0, y0), max(ly1, y1), line)
    for _y0, _y1, line in lines:
        line.words.sort(key=lambda w: w.box[0])
    return [line for _y0, _y1, line in sorted(lines, key=lambda item: (item[0] + item[1]) / 2)]


# -- the rapidocr models ---------------------------------------------------------------------------------

_DET_MODEL = "PP-OCRv6_det_small.onnx"
_REC_MODEL = "PP-OCRv6_rec_small.onnx"


class ModelMissing(RuntimeError):
    """The OCR models are not installed (they ship inside the rapidocr wheel; nothing is downloaded)."""


def model_dir() -> Path:
    try:
        folder = Path(str(resources.files("rapidocr") / "models"))
    except ModuleNotFoundError as error:  # pragma: no cover - rapidocr is a dependency
        raise ModelMissing("OCR needs the 'rapidocr' package (pip install rapidocr onnxruntime)") from error
    for name in (_DET_MODEL, _REC_MODEL):
        if not (folder / name).is_file():
            raise ModelMissing(f"OCR model {name} is not in {folder}; reinstall rapidocr (models are never "
                               "downloaded at run time)")
    return folder


def _session(path: Path, threads: int):  # noqa: ANN202 - onnxruntime.InferenceSession
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.enable_cpu_mem_arena = True
    options.log_severity_level = 3
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    return ort.InferenceSession(str(path), sess_options=options, providers=["CPUExecutionProvider"])


@dataclass
class _Segment:
    """A detected text block: its box in the image and the crop the recogniser reads."""

    box: Box
    crop: np.ndarray


class RapidOcrEngine:
    """PP-OCRv6 detection + recognition, tuned for upright screenshots on a small CPU.

    ``det_scale`` shrinks (or enlarges) the frame before detection: detection costs in proportion to
    the pixel count, and screen text of 12 px and up is still found at 0.75 (measured on the test
    corpus; see benchmarks/redaction_image.py). ``cache_size`` keeps the readings of recent crops,
    keyed by their pixels, across calls: a tester captures the same application many times.
    """

    REC_HEIGHT = 48
    _MAX_BATCH_COLUMNS = 8000  # recogniser input width summed over one batch
    _MAX_BATCH = 32

    def __init__(self, *, threads: int | None = None, det_scale: float = 0.75, box_threshold: float = 0.4,
                 cache_size: int = 4096) -> None:
        self.threads = threads or max(1, min(os.cpu_count() or 1, 4))
        self.det_scale = det_scale
        self.box_threshold = box_threshold
        self._det = None
        self._rec = None
        self._chars: list[str] = []
        self._lock = threading.Lock()
        self._cache: OrderedDict[bytes, tuple[str, list[tuple[int, int]], list[float]]] = OrderedDict()
        self._cache_size = cache_size

    # loading is slow (~1 s): done on first use, once
    def _load(self) -> None:
        if self._rec is not None:
            return
        folder = model_dir()
        self._det = _session(folder / _DET_MODEL, self.threads)
        rec = _session(folder / _REC_MODEL, self.threads)
        characters = rec.get_modelmeta().custom_metadata_map.get("character")
        if not characters:
            raise ModelMissing(f"{_REC_MODEL} carries no character list")
        self._chars = ["", *characters.splitlines(), " "]  # CTC blank first, space last (as PaddleOCR)
        self._rec = rec

    def read(self, image: np.ndarray) -> list[Word]:
        with self._lock:  # onnxruntime sessions are thread safe, but two reads at once only thrash 2 cores
            self._load()
            bgr = np.ascontiguousarray(image[:, :, ::-1])
            segments = self.detect(bgr)
            readings = self.recognise([s.crop for s in segments])
        words: list[Word] = []
        for index, (segment, (text, xs, scores)) in enumerate(zip(segments, readings, strict=True)):
            words.extend(_split_words(text, xs, scores, segment.box, index))
        return words

    # -- detection -------------------------------------------------------------------------------------

    def detect(self, bgr: np.ndarray) -> list[_Segment]:
        import cv2

        height, width = bgr.shape[:2]
        scale = self.det_scale
        dh = max(32, int(round(height * scale / 32)) * 32)
        dw = max(32, int(round(width * scale / 32)) * 32)
        small = cv2.resize(bgr, (dw, dh), interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR)
        tensor = (small.astype(np.float32) * (2 / 255.0) - 1.0).transpose(2, 0, 1)[np.newaxis]
        assert self._det is not None
        prob = self._det.run(None, {self._det.get_inputs()[0].name: tensor})[0][0, 0]
        bitmap = cv2.dilate((prob > 0.3).astype(np.uint8), np.ones((2, 2), np.uint8))
        count, labels, stats, _ = cv2.connectedComponentsWithStats(bitmap, connectivity=8)
        if count <= 1:
            return []
        sums = np.bincount(labels.ravel(), weights=prob.ravel(), minlength=count)
        fx, fy = width / dw, height / dh
        segments: list[_Segment] = []
        for label in range(1, count):
            x, y, w, h, area = (int(v) for v in stats[label])
            if min(w, h) < 2 or sums[label] / area < self.box_threshold:
                continue
            # DB detects a shrunk text kernel; grow it back as PaddleOCR does (unclip ratio 1.6)
            grow = (w * h) * 1.6 / (2 * (w + h))
            x0 = max(0, int(math.floor((x - grow) * fx)))
            y0 = max(0, int(math.floor((y - grow) * fy)))
            x1 = min(width, int(math.ceil((x + w + grow) * fx)))
            y1 = min(height, int(math.ceil((y + h + grow) * fy)))
            if x1 - x0 < 4 or y1 - y0 < 4:
                continue
            segments.append(_Segment((x0, y0, x1, y1), bgr[y0:y1, x0:x1]))
        segments.sort(key=lambda s: (s.box[1], s.box[0]))
        return segments

    # -- recognition -----------------------------------------------------------------------------------

    def recognise(self, crops: Sequence[np.ndarray]) -> list[tuple[str, list[tuple[int, int]], list[float]]]:
        """Text, per-character x extents (crop pixels) and per-character confidence of each crop."""
        import cv2

        results: list[tuple[str, list[tuple[int, int]], list[float]] | None] = [None] * len(crops)
        keys: list[bytes] = []
        todo: dict[bytes, list[int]] = {}
        for index, crop in enumerate(crops):
            key = hashlib.blake2b(crop.tobytes(), digest_size=16, person=repr(crop.shape).encode()[:16]).digest()
            keys.append(key)
            if key in self._cache:
                self._cache.move_to_end(key)
                results[index] = self._cache[key]
            else:
                todo.setdefault(key, []).append(index)
        pending = [(key, crops[indices[0]]) for key, indices in todo.items()]
        widths = [max(16, int(math.ceil(self.REC_HEIGHT * c.shape[1] / max(1, c.shape[0])))) for _k, c in pending]
        order = sorted(range(len(pending)), key=lambda i: widths[i])
        assert self._rec is not None
        input_name = self._rec.get_inputs()[0].name
        start = 0
        while start < len(order):
            stop = start + 1
            while (stop < len(order) and stop - start < self._MAX_BATCH
                   and (stop - start + 1) * widths[order[stop]] <= self._MAX_BATCH_COLUMNS):
                stop += 1
            batch = order[start:stop]
            padded = widths[batch[-1]]
            tensor = np.zeros((len(batch), 3, self.REC_HEIGHT, padded), np.float32)
            for row, item in enumerate(batch):
                crop = pending[item][1]
                resized = cv2.resize(crop, (widths[item], self.REC_HEIGHT), interpolation=cv2.INTER_LINEAR)
                tensor[row, :, :, :widths[item]] = (resized.astype(np.float32) * (2 / 255.0) - 1.0).transpose(2, 0, 1)
            preds = self._rec.run(None, {input_name: tensor})[0]
            steps = preds.shape[1]
            best = preds.argmax(axis=2)
            confidence = np.take_along_axis(preds, best[:, :, np.newaxis], axis=2)[:, :, 0]
            for row, item in enumerate(batch):
                crop_width = pending[item][1].shape[1]
                # one time step covers padded/steps model pixels; model pixels map back by crop/resized
                step_px = (padded / steps) * crop_width / widths[item]
                reading = self._decode(best[row], confidence[row], step_px, crop_width)
                key = pending[item][0]
                self._remember(key, reading)
                for index in todo[key]:
                    results[index] = reading
            start = stop
        return [r if r is not None else ("", [], []) for r in results]

    def _remember(self, key: bytes, reading: tuple[str, list[tuple[int, int]], list[float]]) -> None:
        if self._cache_size <= 0:
            return
        self._cache[key] = reading
        if len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)

    def _decode(self, best: np.ndarray, confidence: np.ndarray, step_px: float,
                crop_width: int) -> tuple[str, list[tuple[int, int]], list[float]]:
        """CTC greedy decoding that also keeps where each character was read."""
        chars: list[str] = []
        runs: list[tuple[int, int]] = []  # first and last time step of each character
        scores: list[float] = []
        previous = 0
        for step, index in enumerate(best.tolist()):
            if index != 0 and index != previous:
                chars.append(self._chars[index] if index < len(self._chars) else "")
                runs.append((step, step))
                scores.append(float(confidence[step]))
            elif index != 0 and index == previous and runs:
                runs[-1] = (runs[-1][0], step)
                scores[-1] = min(scores[-1], float(confidence[step]))
            previous = index
        if not chars:
            return "", [], []
        centres = [((a + b) / 2 + 0.5) * step_px for a, b in runs]
        gaps = [b - a for a, b in zip(centres, centres[1:], strict=False) if b > a]
        pitch = sorted(gaps)[len(gaps) // 2] if gaps else crop_width / max(1, len(chars))
        extents: list[tuple[int, int]] = []
        for i, centre in enumerate(centres):
            left = (centres[i - 1] + centre) / 2 if i > 0 else centre - pitch / 2
            right = (centre + centres[i + 1]) / 2 if i + 1 < len(centres) else centre + pitch / 2
            extents.append((max(0, int(math.floor(left))), min(crop_width, int(math.ceil(right)))))
        return "".join(chars), extents, scores


def _split_words(text: str, xs: list[tuple[int, int]], scores: list[float], box: Box,
                 segment: int) -> list[Word]:
    """Words of one recognised block, with image coordinates."""
    x0, y0, _x1, y1 = box
    words: list[Word] = []
    current: list[int] = []

    def flush() -> None:
        if not current:
            return
        chars = tuple((x0 + xs[i][0], x0 + xs[i][1]) for i in current)
        char_scores = tuple(scores[i] for i in current)
        words.append(Word("".join(text[i] for i in current), (chars[0][0], y0, chars[-1][1], y1),
                          min(char_scores), chars, segment, char_scores))
        current.clear()

    for i, ch in enumerate(text):
        if ch.isspace():
            flush()
        else:
            current.append(i)
    flush()
    return words


_ENGINE: RapidOcrEngine | None = None
_ENGINE_LOCK = threading.Lock()


def default_engine() -> RapidOcrEngine:
    """The process-wide engine (models load once, on first use)."""
    global _ENGINE
    with _ENGINE_LOCK:
        if _ENGINE is None:
            _ENGINE = RapidOcrEngine()
        return _ENGINE
