"""OCR for screenshots: the words on screen, each with its text, confidence, pixel box and the x extent
of every character (so that only ``1200023305967`` is masked inside ``mpan=1200023305967``).

Why not call ``RapidOCR()(img)`` and be done:
- its word boxes are estimates per word, and it drops readings under ``text_score``; here every
  reading is kept, however unsure (a badly read MPAN under an "MPAN" header is still masked, by
  layout), and each character gets its own x extent from the CTC time steps;
- screenshots are upright and axis aligned: plain rectangular crops replace the perspective warp, and
  no angle classifier runs;
- on 2 cores the recogniser dominates the cost (it pays for every column of every crop), so the blank
  margin left and right of each detected block is cut to 0.3 of its height (measured: a third less
  recognition time, no reading lost on the test corpus; the vertical padding is kept exactly as
  PaddleOCR's unclip makes it, since a crop a few pixels taller already costs the recogniser spaces
  and letters), crops are sorted by width and cut into batches that minimise padding plus the cost
  of a call (padding was 8-49 % of the columns read with greedy 32-crop batches, 1-5 % now), the
  ONNX sessions get the machine's cores as intra-op threads with the memory arena on and idle
  threads that sleep rather than spin, and pixel-identical crops (the same status in every table
  row, the same menus in every capture) are read once;
- what is left is the recogniser's arithmetic: about 40 us per input column on 2 cores, and a line
  of text costs 16-22 columns per character at the model's fixed 48 px height, so a dense 1080p
  screen (1,500-5,000 characters) needs 1-4 s of recognition. The columns cannot be cut: squeezing
  crops to fewer columns per character loses repeated digits (CTC needs two time steps of 8 columns
  for "00"), and shrinking the text inside the 48 px loses letters (both measured on the corpus);
- detection runs at 0.75 scale (0.26 s instead of 0.8 s for 1920x1080; 9 pt text is still found).

Memory: detection needs about 95 bytes a pixel of the frame it reads, the recogniser about 33 KB a
column of one call. So a frame of more than 2.6 megapixels is read in overlapping tiles, one at a
time, and their words merged (:mod:`tiles`); a recogniser call then holds at most 4,000 columns (a
longer line is read in overlapping pieces, joined at the middle of each overlap), and detection gives
its memory arena back after each tile. A 7680x2160 screen is read within about 900 MB, the process
included. A frame of one tile (1080p) is read as before, for speed.

The models are the ONNX files that ship inside the ``rapidocr`` wheel (PP-OCRv6 det/rec small). They
are opened from the installed package and never downloaded: a missing model is an error.

Anything with a ``read(image) -> list[Word]`` method can stand in for the engine (tests inject fakes).
"""

from __future__ import annotations

import hashlib
import importlib.util
import math
import os
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Protocol

import numpy as np

from . import tiles

Box = tuple[int, int, int, int]  # x0, y0, x1, y1 (x1, y1 exclusive)
Reading = tuple[str, list[tuple[int, int]], list[float]]  # a crop's text, each character's x extent and confidence


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
    # degrees (counter-clockwise) its block was turned to be read: 90, 180 or 270, or a small slant;
    # 0 for text read as it stands (see image.py: a page mostly read turned is read again turned whole)
    turned: float = 0.0
    # degrees its block leans off horizontal (as ``turned``), measured on long blocks read as they stand;
    # a page whose blocks all lean one way is turned upright whole
    lean: float = 0.0

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


class WordRow:
    """What OCR's lines and the page's lines share: words on one baseline, their box and text height."""

    words: list[Word]

    @property
    def box(self) -> Box:
        return union([w.box for w in self.words])

    @property
    def height(self) -> int:
        return median_height(self.words)


@dataclass
class Line(WordRow):
    """Words that share a baseline, left to right."""

    words: list[Word] = field(default_factory=list)


def median_height(words: Sequence[Word]) -> int:
    """A line's text height: the median word height, so one tall glyph box does not skew it."""
    heights = sorted(w.box[3] - w.box[1] for w in words)
    return max(1, heights[len(heights) // 2])


class OcrEngine(Protocol):
    def read(self, image: np.ndarray) -> list[Word]:
        """Words in an RGB image (H x W x 3, uint8)."""
        ...


def union(boxes: Sequence[Box]) -> Box:
    # (by columns: a page's layout asks for tens of thousands of unions, and one pass of zip is half the
    # cost of four generators)
    x0, y0, x1, y1 = zip(*boxes)
    return (min(x0), min(y0), max(x1), max(y1))


def group_lines(words: Sequence[Word]) -> list[Line]:
    """Words whose vertical centres are close form one line; lines top to bottom.

    Detection boxes are padded well beyond the glyphs, so boxes of neighbouring rows overlap; the
    centres of two rows are at least a text height apart, while words of one row share a centre. Words
    of one line stand side by side: a word over half of whose width another word of a line already
    stands is on a row above or below it, whatever the centres say (a form's label set midway between a
    box's two rows of digits would otherwise pull the two rows into one line)."""
    lines: list[list] = []  # [centre, height, words]
    for word in sorted(words, key=lambda w: ((w.box[1] + w.box[3]) / 2, w.box[0])):
        centre = (word.box[1] + word.box[3]) / 2
        height = max(1, word.box[3] - word.box[1])
        best, best_distance = None, None
        for line in lines[-6:]:
            distance = abs(centre - line[0])
            if distance <= 0.4 * min(height, line[1]) and (best_distance is None or distance < best_distance) \
                    and not any(_stacked_words(word, member) for member in line[2]):
                best, best_distance = line, distance
        if best is None:
            lines.append([centre, height, [word]])
        else:
            members = best[2]
            members.append(word)
            best[0] = sum((w.box[1] + w.box[3]) / 2 for w in members) / len(members)
            best[1] = sorted(w.box[3] - w.box[1] for w in members)[len(members) // 2]
    result = []
    for _centre, _height, members in sorted(lines, key=lambda item: item[0]):
        result.append(Line(sorted(members, key=lambda w: w.box[0])))
    return result


def _stacked_words(word: Word, other: Word) -> bool:
    """Do the two words stand over more than half of the narrower one's width (one above the other)? (Upright
    words only: a turned block's words are placed as the page stands, their boxes tall and narrow.)"""
    if word.turned or other.turned:
        return False
    overlap = min(word.box[2], other.box[2]) - max(word.box[0], other.box[0])
    narrower = min(word.box[2] - word.box[0], other.box[2] - other.box[0])
    return narrower > 0 and overlap > 0.5 * narrower


# -- the rapidocr models ---------------------------------------------------------------------------------

_DET_MODEL = "PP-OCRv6_det_small.onnx"
_REC_MODEL = "PP-OCRv6_rec_small.onnx"


class ModelMissing(RuntimeError):
    """The OCR models are not installed (they ship inside the rapidocr wheel; nothing is downloaded)."""


def model_dir() -> Path:
    """The ``models`` folder of the installed rapidocr wheel (found without importing rapidocr, whose
    import pulls in its whole pipeline)."""
    spec = importlib.util.find_spec("rapidocr")
    if spec is None or not spec.submodule_search_locations:
        raise ModelMissing("OCR needs the 'rapidocr' package (pip install rapidocr onnxruntime)")
    folder = Path(next(iter(spec.submodule_search_locations))) / "models"
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
    # Idle worker threads sleep instead of spinning for work. On an idle machine this costs nothing
    # measurable (each operator's parallel section is long); when anything else wants a core (the GUI,
    # an antivirus scan, a second process) a spinning thread competes with it and the ONNX thread that
    # was descheduled holds up every operator: measured 10-20 % faster per screenshot under load.
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    options.add_session_config_entry("session.inter_op.allow_spinning", "0")
    options.log_severity_level = 3
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    return ort.InferenceSession(str(path), sess_options=options, providers=["CPUExecutionProvider"])


def _run_options(*, shrink: bool):  # noqa: ANN202 - onnxruntime.RunOptions
    import onnxruntime as ort

    options = ort.RunOptions()
    if shrink:
        options.add_run_config_entry("memory.enable_memory_arena_shrinkage", "cpu:0")
    return options


@dataclass
class _Segment:
    """A detected text block: its box in the image and the crop the recogniser reads."""

    box: Box
    crop: np.ndarray
    slant: float = 0.0  # degrees the block's text runs off horizontal (y down), when it clearly does
    lean: float = 0.0  # the same for a long block that fills its box (a word at 7°): not read again, but told
    zoom: float = 1.0  # how much larger the crop is than the box (tiny text is read enlarged: see _small_text)


class RapidOcrEngine:
    """PP-OCRv6 detection + recognition, tuned for upright screenshots on a small CPU.

    ``det_scale`` shrinks (or enlarges) the frame before detection: detection costs in proportion to
    the pixel count, and screen text of 12 px and up is still found at 0.75 (measured on the test
    corpus; see benchmarks/redaction_image.py). ``side_margin`` is the blank kept left and right of a
    block, in block heights (None keeps detection's). ``cache_size`` keeps the readings of recent
    crops, keyed by their pixels, across calls: a tester captures the same application many times
    (the readings stay in this process's memory only).
    """

    REC_HEIGHT = 48
    # recogniser input width summed over one batch, and the widest piece a crop is read in: its working
    # memory is about 33 KB a column, and onnxruntime's arena keeps about twice the largest call's.
    # A frame of one tile is read with the arenas kept and batches of 8,000 columns (a 1080p screen:
    # 0.6-0.9 GB in all); a frame in tiles with both arenas given back first, detection's after every
    # tile, and batches of 4,000 columns (a 7680x2160 screen: 0.9 GB in all; 8,000 or a kept arena put
    # it past 1 GB). Smaller batches and a given-back arena cost 3-6 % of each model's time (measured).
    _MAX_BATCH_COLUMNS = 8000
    _TILED_BATCH_COLUMNS = 4000
    _MAX_BATCH = 32
    # what one more call of the recogniser costs beyond its columns, in columns (1-3 ms at ~40 us a
    # column on 2 cores, measured): batches are planned to trade padding against calls
    _RUN_COST_COLUMNS = 60

    def __init__(self, *, threads: int | None = None, det_scale: float = 0.75, box_threshold: float = 0.4,
                 cache_size: int = 4096, side_margin: float | None = 0.3, second_looks: bool = True) -> None:
        self.side_margin = side_margin
        # text missed by whole-frame detection, and text that is not upright (False: one plain pass,
        # the benchmark's yardstick)
        self.second_looks = second_looks
        # every core for one image: onnxruntime scales almost linearly to 2 threads on these models
        self.threads = threads or max(1, min(os.cpu_count() or 1, 4))
        self.det_scale = det_scale
        self.box_threshold = box_threshold
        self._det = None
        self._rec = None
        self._keep: object = None  # onnxruntime.RunOptions: the arena kept after a run
        self._give_back: object = None  # and given back
        self._det_run: object = None  # detection's, for the frame being read
        self._columns_cap = self._MAX_BATCH_COLUMNS  # the recogniser's, for the frame being read
        self._chars: list[str] = []
        self._lock = threading.Lock()
        self._cache: OrderedDict[bytes, tuple[str, list[tuple[int, int]], list[float]]] = OrderedDict()
        self._cache_size = cache_size
        # recent frames and what detection found in them: a re-capture of a screen that changed in a
        # small area is detected again only there (kept with the crop cache, and cleared with it)
        self._frames: list[tuple[Box, np.ndarray, list[_Segment]]] = []  # place on the page, pixels, blocks
        self._frame_budget = self._FRAMES  # frames kept: at least the tiles of the last read

    # loading is slow (~1 s): done on first use, once
    def _load(self) -> None:
        if self._rec is not None:
            return
        folder = model_dir()
        self._det = _session(folder / _DET_MODEL, self.threads)
        self._keep, self._give_back = _run_options(shrink=False), _run_options(shrink=True)
        self._det_run = self._keep
        rec = _session(folder / _REC_MODEL, self.threads)
        characters = rec.get_modelmeta().custom_metadata_map.get("character")
        if not characters:
            raise ModelMissing(f"{_REC_MODEL} carries no character list")
        self._chars = ["", *characters.splitlines(), " "]  # CTC blank first, space last (as PaddleOCR)
        self._rec = rec

    def read(self, image: np.ndarray) -> list[Word]:
        """The words in an RGB image, boxes on the image. A frame of more than :data:`tiles.TILE_PIXELS`
        is read in overlapping tiles, one at a time, and their words merged (see :mod:`tiles`), so that
        the memory a read needs grows with the tile, not with the screen."""
        height, width = image.shape[:2]
        plan = tiles.plan(width, height)
        with self._lock:  # onnxruntime sessions are thread safe, but two reads at once only thrash 2 cores
            self._load()
            self._frame_budget = len(plan)
            if len(plan) == 1:
                self._det_run, self._columns_cap = self._keep, self._MAX_BATCH_COLUMNS
                return self._read_tile(image, plan[0], [])
            self._det_run, self._columns_cap = self._give_back, self._TILED_BATCH_COLUMNS
            self._release()
            per_tile: list[list[Word]] = []
            left: list[_Segment] = []  # blocks a tile left to the tile that owns them (page coordinates)
            first = 0
            for tile in plan:
                x0, y0, x1, y1 = tile.box
                words = self._read_tile(image[y0:y1, x0:x1], tile, left, first)
                first = max([first, *(w.segment + 1 for w in words)])
                per_tile.append(words)
            merged = tiles.merge(per_tile, plan)
            unread = [s for s in left if not tiles.covered(s.box, merged)]
            if unread:  # the owner's detection found nothing there: read the block where it was found
                merged += tiles.not_read(self._words(unread, (0, 0), first), merged)
            return sorted(merged, key=lambda w: (w.box[1], w.box[0]))

    def _release(self) -> None:
        """Give back what both models' arenas hold from earlier frames (about twice the largest run's
        working set each: 0.7 GB after a dense 1080p screen), by a tiny run of each that shrinks its
        arena after it, before a big screen is read in tiles."""
        assert self._det is not None and self._rec is not None
        self._det.run(None, {self._det.get_inputs()[0].name: np.zeros((1, 3, 32, 32), np.float32)}, self._give_back)
        self._rec.run(None, {self._rec.get_inputs()[0].name: np.zeros((1, 3, self.REC_HEIGHT, 16), np.float32)},
                      self._give_back)

    def _read_tile(self, rgb: np.ndarray, tile: tiles.Tile, left: list[_Segment], first: int = 0) -> list[Word]:
        """The words of one tile (the whole frame, for a small one), boxes on the page. Blocks that lie
        wholly in another tile's part of an overlap are not read here: their crops (copied, since the
        tile's pixels are let go) go to ``left``; a line that runs on into another tile's part is read
        up to its reading span (:meth:`tiles.Tile.reading_span`)."""
        import cv2

        x0, y0 = tile.box[:2]
        bgr = cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR)  # one pass; a reversed-axis copy is 4x slower
        segments = self._detect_frame(bgr, tile.box)
        if self.second_looks:
            segments = self._with_missed(bgr, segments)
        here: list[_Segment] = []
        for segment in segments:
            box = _shifted(segment.box, x0, y0)
            if tile.elsewhere(box):
                left.append(replace(segment, box=box, crop=np.ascontiguousarray(segment.crop)))
                continue
            a, b, c, d = segment.box
            if segment.slant or d - b >= c - a or segment.zoom != 1.0:
                here.append(segment)  # a slanted, turned or enlarged block is read whole, as it is found
                continue
            span = tile.reading_span(box)
            start, stop = max(a, span[0] - x0), min(c, span[1] - x0)
            if start <= a and stop >= c:
                here.append(segment)
            elif stop - start < 4:  # it lies beyond the span, cut by the tile's edge: the neighbour reads it
                left.append(replace(segment, box=box, crop=np.ascontiguousarray(segment.crop)))
            else:  # a line running on into the neighbour's part: read to the end of the span
                here.append(_Segment((start, b, stop, d), bgr[b:d, start:stop], lean=segment.lean))
                # the rest is the neighbour's to read; kept, to be read here after all if it did not
                for rest in ((a, start), (stop, c)):
                    if rest[1] - rest[0] >= 4:
                        left.append(_Segment((rest[0] + x0, b + y0, rest[1] + x0, d + y0),
                                             np.ascontiguousarray(bgr[b:d, rest[0]:rest[1]])))
        return self._words(here, (x0, y0), first)

    def _words(self, segments: list[_Segment], offset: tuple[int, int], first: int) -> list[Word]:
        """The blocks recognised (and those better read turned, turned) as words; boxes shifted by
        ``offset``, blocks numbered from ``first``."""
        readings = self.recognise([s.crop for s in segments])
        turned = self._turned(segments, readings) if self.second_looks else {}
        words: list[Word] = []
        for index, (segment, (text, xs, scores)) in enumerate(zip(segments, readings, strict=True)):
            box = _shifted(segment.box, *offset)
            if index in turned:
                text, scores, angle = turned[index]
                words.extend(_block_words(text, scores, box, first + index, angle))
            elif segment.zoom != 1.0:  # (read enlarged: the characters' places in the crop, shrunk onto the box)
                read = _split_words(text, xs, scores, (0, 0, 0, 0), first + index, segment.lean,
                                    _blank_columns(segment.crop))
                words.extend(_shrunk(word, box, segment.zoom) for word in read)
            else:
                blank = None if segment.slant else _blank_columns(segment.crop)
                words.extend(_split_words(text, xs, scores, box, first + index, segment.lean, blank))
        return words

    # -- a frame like a recent one -----------------------------------------------------------------------

    _FRAMES = 4  # recent frames a re-capture is compared with (a translucent image has up to three views)
    # and the most bytes of pixels they may hold together: the tiles of one big screen (a 7680x2160 capture
    # is ten tiles, 68 MB), rather than four whole 30-megapixel frames (360 MB)
    _FRAME_BYTES = 96 * 1024 * 1024
    _REDETECT_UP_TO = 0.3  # of a frame's area changed: more than this, and the whole frame is detected

    def _detect_frame(self, bgr: np.ndarray, place: Box | None = None) -> list[_Segment]:
        """Detection over the whole frame (or tile), or, when it differs from a recent one of its size
        and place in one small area only, over that area (grown to take in every block it touches) with
        the other blocks kept: outside the area the pixels are the same, and so is what detection finds
        there."""
        if self._cache_size <= 0:
            return self.detect(bgr)
        height, width = bgr.shape[:2]
        place = place or (0, 0, width, height)
        best: tuple[Box | None, list[_Segment]] | None = None
        best_area = None
        for where, frame, segments in self._frames:
            if frame.shape != bgr.shape or where != place:
                continue
            changed = _changed_box(frame, bgr)
            area = 0 if changed is None else (changed[2] - changed[0]) * (changed[3] - changed[1])
            if best_area is None or area < best_area:
                best, best_area = (changed, segments), area
        if best is None or best_area is None or best_area > self._REDETECT_UP_TO * height * width:
            segments = self.detect(bgr)
        elif best[0] is None:
            segments = list(best[1])  # the same pixels: the same blocks
        else:
            segments = self._redetect(bgr, best[1], best[0])
        kept = [(place, bgr, segments), *[f for f in self._frames if f[1] is not bgr]]
        size = 0
        for count, (_place, frame, _segments) in enumerate(kept):
            size += frame.nbytes
            if count >= max(self._FRAMES, self._frame_budget) or (count and size > self._FRAME_BYTES):
                kept = kept[:count]
                break
        self._frames = kept
        return segments

    def _redetect(self, bgr: np.ndarray, segments: list[_Segment], changed: Box) -> list[_Segment]:
        height, width = bgr.shape[:2]
        margin = max(16, height // 50)
        region = (max(0, changed[0] - margin), max(0, changed[1] - margin), min(width, changed[2] + margin),
                  min(height, changed[3] + margin))
        while True:  # a block the area reaches into is found again whole: grow the area over it
            touched = [s.box for s in segments if _reaches(region, s.box)]
            grown = union([region, *touched])
            if grown == region:
                break
            region = grown
        x0, y0, x1, y1 = region
        kept = [s for s in segments if not _reaches(region, s.box)]
        for segment in self.detect(np.ascontiguousarray(bgr[y0:y1, x0:x1])):
            a, b, c, d = segment.box
            box = (a + x0, b + y0, c + x0, d + y0)
            kept.append(_Segment(box, segment.crop, segment.slant, segment.lean))
        kept.sort(key=lambda s: (s.box[1], s.box[0]))
        return kept

    # -- text the whole-frame pass missed -------------------------------------------------------------

    _MAX_MISSED = 24  # crops looked at again per image: a busy screen's icons must not cost a pass each
    _MAX_FAINT = 8  # areas of faint text (grey on grey) read again with their contrast stretched

    def _with_missed(self, bgr: np.ndarray, segments: list[_Segment]) -> list[_Segment]:
        """Detection over the whole frame misses small text with nothing around it (a lone 12-16 px
        MPAN on an empty 1080p screen reads as nothing, or only its last nine digits). So places with
        text-like ink that no detected block covers are detected again in a crop of their own. A block
        found there that continues one found already on its row ("MPAN 150" left of "1632947310") is
        read together with it, as one block: read apart, neither half is an MPAN."""
        gradient = _gradient(bgr)
        segments = self._small_text(bgr, list(segments), gradient)
        found: list[_Segment] = []
        boxes = [s.box for s in segments]
        places = [(box, False) for box in _uncovered_ink(bgr, boxes, gradient=gradient)[:self._MAX_MISSED]]
        places += [(box, True) for box in _faint_ink(bgr, boxes, gradient)[:self._MAX_FAINT]]
        for (x0, y0, x1, y1), faint in places:
            crop = np.ascontiguousarray(bgr[y0:y1, x0:x1])
            if faint:
                crop = _stretched(crop)
            for segment in self.detect(crop):
                a, b, c, d = segment.box
                box = (a + x0, b + y0, c + x0, d + y0)
                known = [*segments, *found]
                # the crop's margin takes in the ends of lines read already: read once is enough (a
                # cut-off "13T13:57:22.049Z" would be a number with its date lost)
                if any(_overlap(box, other.box) > 0.8 for other in known):
                    continue
                joined = [other for other in known if _continues(box, other.box)]
                if joined:
                    whole = union([box, *(other.box for other in joined)])
                    segments = [s for s in segments if not any(s is other for other in joined)]
                    found = [f for f in found if not any(f is other for other in joined)]
                    found.append(_Segment(whole, bgr[whole[1]:whole[3], whole[0]:whole[2]]))
                elif not any(_overlap(box, other.box) > 0.2 for other in known):
                    found.append(_Segment(box, segment.crop, segment.slant))
        return _one_block_a_stretch(bgr, segments + found)

    # Text this small (a block under 13 px, its letters 5-8 px: a spreadsheet printed to fit a page and
    # shown whole, a zoomed-out PDF) is half found at det_scale and read as fragments that run rows
    # together. Such areas are detected again at twice the size, and their blocks replaced.
    _SMALL_BLOCK = 13
    _SMALL_SCALE = 2.0
    _MAX_SMALL_AREAS = 12

    def _small_text(self, bgr: np.ndarray, segments: list[_Segment], gradient: np.ndarray) -> list[_Segment]:
        """``segments`` with every area of small text detected again at :data:`_SMALL_SCALE`: the small
        blocks found, and small text-like ink that no block covers, grown by two line heights and
        merged into areas. In an area, the blocks found again replace the small blocks found before;
        a larger block there (a title, a neighbour's text) is kept."""
        height, width = bgr.shape[:2]
        # a word, not a bullet, an icon or a check box (about square): one of those is no small text
        small = [s.box for s in segments if s.box[3] - s.box[1] < self._SMALL_BLOCK and not s.slant
                 and s.box[2] - s.box[0] >= 1.5 * (s.box[3] - s.box[1])]
        boxes = [(max(0, a - 2 * (d - b)), max(0, b - 2 * (d - b)), min(width, c + 2 * (d - b)),
                  min(height, d + 2 * (d - b))) for a, b, c, d in small]
        boxes += _uncovered_ink(bgr, [s.box for s in segments], most_height=self._SMALL_BLOCK, gradient=gradient)
        # (and lines of tiny text a few pixels apart, which a taller reach joins into one blob too tall for a line)
        boxes += _uncovered_ink(bgr, [s.box for s in segments], most_height=self._TINY_BLOCK, gradient=gradient,
                                least_height=3, reach=(7, 1))
        # (and a dense patch of fine ink no block covers: a thumbnail's table, whose banded rows join every line)
        boxes += _dense_unread(gradient, [s.box for s in segments])
        # (and a block that holds lines of tiny text run together: detection takes a thumbnail's pane for one block)
        crowded = [s for s in segments if _tiny_lines(s, self._TINY_BLOCK)]
        boxes += [s.box for s in crowded]
        if not boxes:
            return segments
        areas = sorted(_merged(boxes), key=lambda a: -(a[2] - a[0]) * (a[3] - a[1]))[:self._MAX_SMALL_AREAS]
        for area in areas:
            x0, y0, x1, y1 = area
            again = self.detect(np.ascontiguousarray(bgr[y0:y1, x0:x1]), scale=self._SMALL_SCALE)
            if not again:
                continue
            heights = sorted(s.box[3] - s.box[1] for s in again)
            if heights[len(heights) // 2] < self._TINY_BLOCK:
                # letters of 4-6 px (a window's thumbnail in a task switcher, a page zoomed right out): the
                # recogniser, given so few pixels, reads nothing; the area is enlarged and read at that size
                again = self._enlarged(bgr[y0:y1, x0:x1]) or again
            inside = [s for s in segments if (s.box[3] - s.box[1] < self._SMALL_BLOCK or any(s is c for c in crowded))
                      and _overlap(s.box, area) > 0.5]
            kept = [s for s in segments if not any(s is old for old in inside)]
            for segment in again:
                a, b, c, d = segment.box
                box = (a + x0, b + y0, c + x0, d + y0)
                # a block found before that this one holds most of ("8347237", the end of a 21-digit MPAN
                # whose start was not found) is replaced by it, read whole
                held = [other for other in kept if _overlap(other.box, box) > 0.5 and _overlap(other.box, area) > 0.5]
                if not held and any(_overlap(box, other.box) > 0.5 for other in kept):
                    continue  # a piece of a block that is kept (the area's margin takes in its end): read already
                kept = [other for other in kept if not any(other is old for old in held)]
                kept.append(_Segment(box, segment.crop, segment.slant, segment.lean, segment.zoom))
            segments = kept
        segments.sort(key=lambda s: (s.box[1], s.box[0]))
        return segments

    _TINY_BLOCK = 9  # px: a block this low holds letters too small to read as they are
    _TINY_ZOOM = 3.0

    def _enlarged(self, area: np.ndarray) -> list[_Segment]:
        """The blocks of an area of tiny text, detected on the area enlarged by :data:`_TINY_ZOOM` (cubic, as the
        letters' shapes need): boxes on the area, crops from the enlarged area for the recogniser."""
        import cv2

        zoom = self._TINY_ZOOM
        big = cv2.resize(np.ascontiguousarray(area), None, fx=zoom, fy=zoom, interpolation=cv2.INTER_CUBIC)
        out: list[_Segment] = []
        for segment in self.detect(big):
            a, b, c, d = segment.box
            box = (int(a / zoom), int(b / zoom), int(np.ceil(c / zoom)), int(np.ceil(d / zoom)))
            out.append(_Segment(box, np.ascontiguousarray(segment.crop), segment.slant, segment.lean, zoom))
        return out

    # -- text that is not upright ----------------------------------------------------------------------

    def _turned(self, segments: Sequence[_Segment],
                readings: Sequence[tuple[str, list[tuple[int, int]], list[float]]],
                ) -> dict[int, tuple[str, list[float], float]]:
        """Blocks better read turned: a tall block (text at 90° or 270°), a block read badly (perhaps
        upside down) and a slanted one (a small angle) are read again turned each way it could be,
        and the best reading kept if it is clearly better. Only those blocks: an upright screen pays
        for none of this. Returns block index -> (text, per-character scores, angle turned by)."""
        tries: list[tuple[int, np.ndarray, float]] = []
        for index, (segment, (text, _xs, scores)) in enumerate(zip(segments, readings, strict=True)):
            height, width = segment.crop.shape[:2]
            if height >= 1.5 * width and height >= 20:
                tries += [(index, np.rot90(segment.crop, 1), 90.0), (index, np.rot90(segment.crop, 3), 270.0)]
            elif segment.slant:  # turned back by its own angle
                tries.append((index, _deskewed(segment.crop, segment.slant), segment.slant))
            elif height >= 8 and len(text.strip()) >= 3 and (_mean(scores) < _UNSURE or _too_short(text, width, height)):
                tries.append((index, np.rot90(segment.crop, 2), 180.0))
        if not tries:
            return {}
        again = self.recognise([np.ascontiguousarray(crop) for _i, crop, _angle in tries])
        best: dict[int, tuple[str, list[float], float]] = {}
        for (index, _crop, angle), (text, _xs, scores) in zip(tries, again, strict=True):
            upright = _mean(readings[index][2]) if readings[index][0].strip() else 0.0
            current = _mean(best[index][1]) if index in best else upright + _BETTER_BY
            if text.strip() and _mean(scores) >= max(current, _ACCEPT):
                best[index] = (text, scores, angle)
            elif angle == 180.0 and index not in best and _mean(scores) >= _ACCEPT \
                    and len(text.strip()) >= 1.5 * len(readings[index][0].strip()):
                # upside down, a line of digits can still be read as a few confident digits: the
                # reading that fills the block is the true one
                best[index] = (text, scores, angle)
        return best


    # -- detection -------------------------------------------------------------------------------------

    def detect(self, bgr: np.ndarray, scale: float | None = None) -> list[_Segment]:
        import cv2

        height, width = bgr.shape[:2]
        scale = scale or self.det_scale
        dh = max(32, int(round(height * scale / 32)) * 32)
        dw = max(32, int(round(width * scale / 32)) * 32)
        small = cv2.resize(bgr, (dw, dh), interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR)
        tensor = (small.astype(np.float32) * (2 / 255.0) - 1.0).transpose(2, 0, 1)[np.newaxis]
        assert self._det is not None
        prob = self._det.run(None, {self._det.get_inputs()[0].name: tensor}, self._det_run)[0][0, 0]
        bitmap = cv2.dilate((prob > 0.3).astype(np.uint8), np.ones((2, 2), np.uint8))
        count, labels, stats, _ = cv2.connectedComponentsWithStats(bitmap, connectivity=8)
        if count <= 1:
            return []
        sums = np.bincount(labels.ravel(), weights=prob.ravel(), minlength=count)
        fx, fy = width / dw, height / dh
        segments: list[_Segment] = []
        measured = 0
        for label in range(1, count):
            x, y, w, h, area = (int(v) for v in stats[label])
            if min(w, h) < 2 or sums[label] / area < self.box_threshold:
                continue
            # DB detects a shrunk text kernel; grow it back exactly as PaddleOCR does (unclip ratio 1.6,
            # on the rectangle through the kernel's edge pixels): the recogniser was trained on crops of
            # that height, and a crop a few pixels taller already costs it spaces and letters
            kw, kh = max(1, w - 1), max(1, h - 1)
            grow = kw * kh * 1.6 / (2 * (kw + kh))
            x0 = max(0, int(round((x - grow) * fx)))
            y0 = max(0, int(round((y - grow) * fy)))
            x1 = min(width, int(round((x + kw + grow) * fx)))
            y1 = min(height, int(round((y + kh + grow) * fy)))
            if x1 - x0 < 4 or y1 - y0 < 4:
                continue
            slant = _slant(labels, label, x, y, w, h, area)
            if slant:  # its box holds parts of the lines above and below: keep only this block's pixels
                crop = _isolated(bgr[y0:y1, x0:x1], labels[y:y + h, x:x + w] == label,
                                 (int(round(x * fx)) - x0, int(round(y * fy)) - y0),
                                 (int(round((x + w) * fx)) - int(round(x * fx)), int(round((y + h) * fy)) - int(round(y * fy))),
                                 int(round(grow * max(fx, fy))))
                segments.append(_Segment((x0, y0, x1, y1), crop, slant))
                continue
            lean = 0.0
            if measured < _LEAN_SAMPLE:  # enough to tell a page that leans; a dense screen has hundreds
                lean = _lean(labels, label, x, y, w, h)
                measured += lean != 0.0
            if self.side_margin is not None:
                x0, x1 = _trim_sides(bgr[y0:y1, x0:x1], x0, x1, int(round(self.side_margin * (y1 - y0))))
            segments.append(_Segment((x0, y0, x1, y1), bgr[y0:y1, x0:x1], lean=lean))
        segments = _unstacked(bgr, segments)
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
            digest = hashlib.blake2b(np.ascontiguousarray(crop).data, digest_size=16)
            digest.update(repr(crop.shape).encode())
            key = digest.digest()
            keys.append(key)
            if key in self._cache:
                self._cache.move_to_end(key)
                results[index] = self._cache[key]
            else:
                todo.setdefault(key, []).append(index)
        pending = [(key, crops[indices[0]]) for key, indices in todo.items()]
        # a crop wider than a batch (a long log line: up to 12,000 columns on a 1080p screen) is read in
        # overlapping pieces, joined again below: the recogniser's memory grows with the columns of a call
        # (``_columns_cap``: 8,000 for a frame of one tile, 4,000 for one in tiles)
        pieces = [(item, offset, piece) for item, (_key, crop) in enumerate(pending)
                  for offset, piece in _pieces(crop, self._columns_cap, self.REC_HEIGHT)]
        widths = [self._columns(piece) for _item, _offset, piece in pieces]
        order = sorted(range(len(pieces)), key=lambda i: widths[i])
        assert self._rec is not None
        input_name = self._rec.get_inputs()[0].name
        plan = _plan_batches([widths[i] for i in order], self._MAX_BATCH, self._columns_cap,
                             self._RUN_COST_COLUMNS)
        piece_readings: list[list[tuple[int, int, Reading]]] = [[] for _ in pending]
        for start, stop in plan:
            batch = order[start:stop]
            padded = widths[batch[-1]]
            tensor = np.zeros((len(batch), 3, self.REC_HEIGHT, padded), np.float32)
            for row, job in enumerate(batch):
                piece = pieces[job][2]
                resized = cv2.resize(piece, (widths[job], self.REC_HEIGHT), interpolation=cv2.INTER_LINEAR)
                tensor[row, :, :, :widths[job]] = (resized.astype(np.float32) * (2 / 255.0) - 1.0).transpose(2, 0, 1)
            preds = self._rec.run(None, {input_name: tensor})[0]
            steps = preds.shape[1]
            best = preds.argmax(axis=2)
            confidence = np.take_along_axis(preds, best[:, :, np.newaxis], axis=2)[:, :, 0]
            for row, job in enumerate(batch):
                item, offset, piece = pieces[job]
                piece_width = piece.shape[1]
                # one time step covers padded/steps model pixels; model pixels map back by crop/resized
                step_px = (padded / steps) * piece_width / widths[job]
                reading = self._decode(best[row], confidence[row], step_px, piece_width)
                piece_readings[item].append((offset, piece_width, reading))
        for item, (key, _crop) in enumerate(pending):
            reading = _joined_pieces(piece_readings[item])
            self._remember(key, reading)
            for index in todo[key]:
                results[index] = reading
        return [r if r is not None else ("", [], []) for r in results]

    def _columns(self, crop: np.ndarray) -> int:
        """The recogniser's input width for a crop: its width at the model's fixed height."""
        return max(16, int(math.ceil(self.REC_HEIGHT * crop.shape[1] / max(1, crop.shape[0]))))

    def clear_cache(self) -> None:
        """Forget the readings of earlier crops and frames (benchmarks time every screen as new)."""
        with self._lock:
            self._cache.clear()
            self._frames.clear()

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


def _uncovered_ink(bgr: np.ndarray, boxes: Sequence[Box], most_height: int = 60,
                   gradient: np.ndarray | None = None, least_height: int = 6, reach: tuple[int, int] = (9, 3)) -> list[Box]:
    """Regions (with a margin) that look like a line of small text and that no box covers: strong local
    contrast, in a band a few pixels to ``most_height`` high and wider than high. Largest first."""
    import cv2

    height, width = bgr.shape[:2]
    edges = ((gradient if gradient is not None else _gradient(bgr)) > _STRONG_EDGE).astype(np.uint8)
    # a table's long rules are not text: left in, they join every row of a ruled grid
    # into one blob too tall to be a line, and the small text in its cells is never looked at again
    rules = _long_lines(edges, 61)
    covered = np.zeros((height, width), bool)
    for x0, y0, x1, y1 in boxes:
        covered[max(0, y0 - 2):y1 + 2, max(0, x0 - 2):x1 + 2] = True
    edges = edges.astype(bool) & ~covered & ~rules
    # characters a few pixels apart join into one word-shaped blob
    blobs = cv2.dilate(edges.astype(np.uint8), cv2.getStructuringElement(cv2.MORPH_RECT, reach))
    regions: list[tuple[int, Box]] = []
    for x, y, w, h, area in _blob_boxes(blobs):
        if not (least_height <= h <= most_height and w >= 1.5 * h and w >= 24) or area < 0.3 * w * h:
            continue  # a rule, a border, an icon, a picture: not a line of text
        if float(edges[y + 2:y + h - 2, x + 2:x + w - 2].mean() if h > 4 and w > 4 else 0.0) < 0.08:
            continue  # edges only round its outline: a filled box (a mask, a button), not letters
        margin = 2 * h
        regions.append((area, (max(0, x - margin), max(0, y - margin), min(width, x + w + margin),
                               min(height, y + h + margin))))
    regions.sort(key=lambda r: -r[0])
    return [box for _area, box in regions]


_DENSE_AREAS = 4


def _tiny_lines(segment: _Segment, most: int) -> bool:
    """Whether a block holds three lines of ink or more, each under ``most`` px: tiny text detection ran together."""
    x0, y0, x1, y1 = segment.box
    if y1 - y0 < 2.5 * most or segment.zoom != 1.0:
        return False  # (a slanted one too: lines a few pixels apart join into a block detection thinks turned)
    ink = _ink(segment.crop)
    bands = [b for b in _bands(ink.mean(axis=1) > 0.04) if b[1] - b[0] >= 2]
    return len(bands) >= 3 and sorted(b[1] - b[0] for b in bands)[len(bands) // 2] < most


def _dense_unread(gradient: np.ndarray, boxes: Sequence[Box]) -> list[Box]:
    """Patches (80x40 px or more) thick with strong edges that no block covers, largest first: what a window shown
    small (a task switcher's thumbnail, a page zoomed out) holds, its lines too close for a line's blob. A photo's
    or a chart's patch is one too; the small-text pass finds no text there and leaves it."""
    import cv2

    height, width = gradient.shape[:2]
    edges = gradient > _STRONG_EDGE
    covered = np.zeros((height, width), bool)
    for x0, y0, x1, y1 in boxes:
        covered[max(0, y0 - 2):y1 + 2, max(0, x0 - 2):x1 + 2] = True
    edges &= ~covered
    if edges.mean() < 0.002:
        return []
    blobs = cv2.dilate(edges.astype(np.uint8), cv2.getStructuringElement(cv2.MORPH_RECT, (9, 9)))
    found: list[tuple[int, Box]] = []
    for x, y, w, h, _area in _blob_boxes(blobs):
        if w < 80 or h < 40 or float(edges[y:y + h, x:x + w].mean()) < 0.08:
            continue
        found.append((w * h, (x, y, x + w, y + h)))
    found.sort(key=lambda f: -f[0])
    return [box for _size, box in found[:_DENSE_AREAS]]


def _long_lines(edges: np.ndarray, length: int) -> np.ndarray:
    """Where ``edges`` (0/1) run straight across or down for ``length`` pixels or more: a table's rules, a
    panel's border, a divider; no text."""
    import cv2

    across = cv2.morphologyEx(edges, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (length, 1)))
    down = cv2.morphologyEx(edges, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, length)))
    return np.asarray(across, bool) | np.asarray(down, bool)


def _gradient(bgr: np.ndarray) -> np.ndarray:
    """The frame's morphological gradient in grey: how sharply each pixel's neighbourhood changes."""
    import cv2

    return cv2.morphologyEx(cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY), cv2.MORPH_GRADIENT, np.ones((3, 3), np.uint8))


def _blob_boxes(blobs: np.ndarray) -> list[tuple[int, int, int, int, int]]:
    """(x, y, w, h, pixels set inside the box) of each blob of a 0/1 image. Outer contours: several
    times quicker than labelling every pixel (connected components took 20-30 ms a frame), and a blob's
    box is all the callers use."""
    import cv2

    contours, _hierarchy = cv2.findContours(blobs, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    out = []
    for contour in contours:
        x, y, w, h = cv2.boundingRect(contour)
        out.append((x, y, w, h, int(cv2.countNonZero(blobs[y:y + h, x:x + w]))))
    return out


_STRONG_EDGE = 60  # the morphological gradient of text a detector reads as it stands
_FAINT_EDGE = 8  # and of text a person can still read (grey 138 on 154): below it, noise and shading


def _faint_ink(bgr: np.ndarray, boxes: Sequence[Box], gradient: np.ndarray | None = None) -> list[Box]:
    """Places where text is written in a colour close to its background (grey on grey, a "hidden" note):
    too faint for the detector, still legible to a reader who looks. Edges between the faint and the
    strong gradient, away from strong edges (the halo of ordinary text and its JPEG ringing) and from
    the blocks found, grouped into word-shaped blobs as :func:`_uncovered_ink` does; largest first."""
    import cv2

    height, width = bgr.shape[:2]
    gradient = gradient if gradient is not None else _gradient(bgr)
    strong = cv2.dilate((gradient >= _STRONG_EDGE).astype(np.uint8), np.ones((11, 11), np.uint8)).astype(bool)
    faint = (gradient >= _FAINT_EDGE) & ~strong
    # a light theme's dividers and panel borders are faint too: long straight runs, not letters
    edges = faint.astype(np.uint8)
    faint &= ~_long_lines(edges, 41)
    for x0, y0, x1, y1 in boxes:
        faint[max(0, y0 - 2):y1 + 2, max(0, x0 - 2):x1 + 2] = False
    if faint.mean() < 1e-4:
        return []  # nothing faint (most screens): no blobs to look for
    blobs = cv2.dilate(faint.astype(np.uint8), cv2.getStructuringElement(cv2.MORPH_RECT, (9, 3)))
    regions: list[tuple[int, Box]] = []
    for x, y, w, h, area in _blob_boxes(blobs):
        if not (6 <= h <= 60 and w >= 1.5 * h and w >= 24) or area < 0.3 * w * h:
            continue  # a rule, a border, shading: not a line of text
        if float(faint[y + 2:y + h - 2, x + 2:x + w - 2].mean() if h > 4 and w > 4 else 0.0) < 0.08:
            continue  # edges only round its outline: a faint box, not letters
        margin = h
        regions.append((area, (max(0, x - margin), max(0, y - margin), min(width, x + w + margin),
                               min(height, y + h + margin))))
    regions.sort(key=lambda r: -r[0])
    return [box for _area, box in regions]


def _stretched(crop: np.ndarray) -> np.ndarray:
    """``crop`` with its contrast stretched to the full range, as a reader turning up the contrast
    sees it: faint text becomes text the detector and recogniser read."""
    low, high = np.percentile(crop, (1, 99))
    if high - low < 4:
        return crop
    scaled = (crop.astype(np.float32) - low) * (255.0 / (high - low))
    return np.ascontiguousarray(np.clip(scaled, 0, 255).astype(np.uint8))


def _merged(boxes: Sequence[Box]) -> list[Box]:
    """``boxes`` with every two that overlap (at any depth of chaining) replaced by their union."""
    merged: list[Box] = []
    for box in sorted(boxes):
        while True:
            touching = [m for m in merged if m[0] < box[2] and box[0] < m[2] and m[1] < box[3] and box[1] < m[3]]
            if not touching:
                break
            merged = [m for m in merged if m not in touching]
            box = union([box, *touching])
        merged.append(box)
    return merged


def _pieces(crop: np.ndarray, max_columns: int, rec_height: int) -> list[tuple[int, np.ndarray]]:
    """``crop`` as (x offset, piece) pieces of at most ``max_columns`` recogniser columns each, neighbours
    overlapping by sixteen text heights (about thirty characters), so that each side of the middle of an
    overlap is read with eight heights of context; one piece when it fits."""
    height, width = crop.shape[:2]
    most = max(1, int(max_columns * max(1, height) / rec_height))  # crop pixels in one piece
    if width <= most:
        return [(0, crop)]
    overlap = min(16 * height, most // 3)
    count = int(math.ceil((width - overlap) / (most - overlap)))
    size = int(math.ceil((width + (count - 1) * overlap) / count))
    starts = [int(round(i * (width - size) / (count - 1))) for i in range(count)]
    return [(x, crop[:, x:x + size]) for x in starts]


def _joined_pieces(read: list[tuple[int, int, Reading]]) -> Reading:
    """The readings of a crop's overlapping pieces (x offset, width, reading in piece pixels) as one
    reading in crop pixels, joined at the middle of each overlap (:func:`tiles.join_chars`)."""
    read = sorted(read, key=lambda r: r[0])
    if len(read) == 1:
        return read[0][2]
    chars: list[tiles.Char] = []
    end = 0
    for index, (offset, width, (text, xs, scores)) in enumerate(read):
        here = [(ch, (x0 + offset, x1 + offset), score) for ch, (x0, x1), score in zip(text, xs, scores, strict=True)]
        chars = here if index == 0 else tiles.join_chars(chars, here, (offset + end) // 2)
        end = offset + width
    return "".join(c[0] for c in chars), [c[1] for c in chars], [c[2] for c in chars]


def _shifted(box: Box, dx: int, dy: int) -> Box:
    return (box[0] + dx, box[1] + dy, box[2] + dx, box[3] + dy)


def _changed_box(before: np.ndarray, after: np.ndarray) -> Box | None:
    """The smallest box holding every pixel that differs between two frames of one size; None if none.

    Rows are compared eight bytes at a time (every capture is compared with the recent frames, so this
    runs on every screenshot: pixel by pixel it cost 30 ms a 1080p frame); columns only in the rows
    that differ."""
    height = before.shape[0]
    row_bytes = before.reshape(height, -1)
    other = after.reshape(height, -1)
    if row_bytes.shape[1] % 8 == 0 and row_bytes.flags.c_contiguous and other.flags.c_contiguous:
        row_bytes, other = row_bytes.view(np.uint64), other.view(np.uint64)
    rows = np.flatnonzero((row_bytes != other).any(axis=1))
    if rows.size == 0:
        return None
    band = slice(int(rows[0]), int(rows[-1]) + 1)
    count = int(rows[-1]) + 1 - int(rows[0])
    channels = before.shape[2] if before.ndim == 3 else 1
    columns = np.flatnonzero((before[band].reshape(count, -1) != after[band].reshape(count, -1)).any(axis=0))
    return int(columns[0]) // channels, int(rows[0]), int(columns[-1]) // channels + 1, int(rows[-1]) + 1


def _reaches(region: Box, block: Box) -> bool:
    """Does ``region`` take in a real part of ``block`` (a quarter of its height, any of its width)?
    Detection pads blocks, so the boxes of neighbouring lines overlap by a few pixels: those do not
    count, or growing an area over the blocks it touches would run down a whole table."""
    shared_height = min(region[3], block[3]) - max(region[1], block[1])
    shared_width = min(region[2], block[2]) - max(region[0], block[0])
    return shared_width > 0 and shared_height >= 0.25 * (block[3] - block[1])


def _continues(box: Box, other: Box) -> bool:
    """Do two upright blocks lie on one row (their heights mostly shared) and touch or overlap along
    it, so that they are one line of text cut in two?"""
    shared = min(box[3], other[3]) - max(box[1], other[1])
    if shared < 0.6 * min(box[3] - box[1], other[3] - other[1]):
        return False
    gap = max(box[0], other[0]) - min(box[2], other[2])
    return gap <= 0.3 * min(box[3] - box[1], other[3] - other[1])


def boxes_overlap(a: Box, b: Box) -> bool:
    """Do the two boxes share any pixel?"""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _overlap(box: Box, other: Box) -> float:
    """The share of ``box``'s area that ``other`` covers."""
    w = min(box[2], other[2]) - max(box[0], other[0])
    h = min(box[3], other[3]) - max(box[1], other[1])
    area = max(1, (box[2] - box[0]) * (box[3] - box[1]))
    return max(0, w) * max(0, h) / area


_UNSURE = 0.75  # a block read with less mean confidence than this may be upside down


def _too_short(text: str, width: int, height: int) -> bool:
    """Whether a reading has too few characters for its block: a character of a line of text is about
    half as wide as the line is tall, so a block whose characters would each be nearly as wide as it is
    tall was misread (upside-down digits read as a few confident ones)."""
    return width >= 4 * height and width > 0.85 * height * len(text.strip())
_ACCEPT = 0.6  # a turned reading is kept only with at least this mean confidence
_BETTER_BY = 0.1  # and this much more than the upright one


def _mean(scores: Sequence[float]) -> float:
    return sum(scores) / len(scores) if scores else 0.0


def _slant(labels: np.ndarray, label: int, x: int, y: int, w: int, h: int, area: int) -> float:
    """The angle (degrees, y down) of a detected block that runs clearly off horizontal, else 0.

    Upright text fills most of its box; a line at 12° fills a thin diagonal band of it. The angle is
    the main axis of the block's pixels (no OpenCV angle convention to trip on)."""
    # (a line at 30-60 degrees, a chart's axis label, has a squarish box it fills only along a diagonal band)
    diagonal = w >= 16 and h >= 16 and area <= 0.35 * w * h and 0.5 <= w / max(h, 1) <= 2.0
    if not diagonal and (w < 3 * max(h, 1) / 2 or area > 0.55 * w * h or w < 16):
        return 0.0
    angle = _main_axis(labels, label, x, y, w, h)
    return angle if 3.0 <= abs(angle) <= (60.0 if diagonal else 45.0) else 0.0


_LEAN_SAMPLE = 40  # long blocks whose lean is measured per frame


def _lean(labels: np.ndarray, label: int, x: int, y: int, w: int, h: int) -> float:
    """The main axis of a long block's pixels (degrees, as :func:`_slant`), for blocks three times as
    wide as tall that ``_slant`` leaves upright: a word at 7° still fills most of its box."""
    if w < 3 * max(h, 1) or w < 24:
        return 0.0
    return _main_axis(labels, label, x, y, w, h)


def _main_axis(labels: np.ndarray, label: int, x: int, y: int, w: int, h: int) -> float:
    """The angle (degrees, y down) of the main axis of a block's pixels; 0 for fewer than ten."""
    ys, xs = np.nonzero(labels[y:y + h, x:x + w] == label)
    if xs.size < 10:
        return 0.0
    xs, ys = xs - xs.mean(), ys - ys.mean()
    return 0.5 * math.degrees(math.atan2(2 * float((xs * ys).mean()), float((xs * xs).mean() - (ys * ys).mean())))


def _isolated(crop: np.ndarray, kernel: np.ndarray, offset: tuple[int, int], size: tuple[int, int],
              grow: int) -> np.ndarray:
    """``crop`` with everything outside the detected block (its kernel, scaled to the crop and grown
    as detection grows boxes) painted in the background colour."""
    import cv2

    height, width = crop.shape[:2]
    scaled = cv2.resize(kernel.astype(np.uint8), (max(1, size[0]), max(1, size[1])), interpolation=cv2.INTER_NEAREST)
    mask = np.zeros((height, width), np.uint8)
    ox, oy = offset
    y_a, x_a = max(0, oy), max(0, ox)
    y_b, x_b = min(height, oy + scaled.shape[0]), min(width, ox + scaled.shape[1])
    if y_b > y_a and x_b > x_a:
        mask[y_a:y_b, x_a:x_b] = scaled[y_a - oy:y_b - oy, x_a - ox:x_b - ox]
    if grow > 0:
        mask = np.asarray(cv2.dilate(mask, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * grow + 1, 2 * grow + 1))),
                          np.uint8)
    border = np.concatenate([crop[0], crop[-1], crop[:, 0], crop[:, -1]])
    background = np.median(border, axis=0).astype(crop.dtype)
    out = np.empty_like(crop)
    out[:] = background
    out[mask > 0] = crop[mask > 0]
    return out


def _deskewed(crop: np.ndarray, angle: float) -> np.ndarray:
    """``crop`` turned by ``angle`` degrees, cut down to the rows that hold ink (the recogniser reads
    a tight line; a turned box is mostly blank above and below it)."""
    import cv2

    height, width = crop.shape[:2]
    border = np.concatenate([crop[0], crop[-1], crop[:, 0], crop[:, -1]])
    background = tuple(int(v) for v in np.median(border, axis=0))
    matrix = cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0)
    cos, sin = abs(matrix[0, 0]), abs(matrix[0, 1])
    new_w, new_h = int(width * cos + height * sin), int(width * sin + height * cos)
    matrix[0, 2] += new_w / 2 - width / 2
    matrix[1, 2] += new_h / 2 - height / 2
    turned = cv2.warpAffine(crop, matrix, (new_w, new_h), flags=cv2.INTER_LINEAR, borderValue=background)
    ink = np.abs(turned.astype(np.int16) - np.array(background, np.int16)).max(axis=2) > 60
    profile = ink.mean(axis=1)
    bands = _bands(profile > 0.02)
    if not bands:
        return turned
    # the text line is the band of rows with the most ink (a neighbour's edge may show above or below)
    top, bottom = max(bands, key=lambda band: float(profile[band[0]:band[1]].sum()))
    cols = np.flatnonzero(ink[top:bottom].any(axis=0))
    margin = max(2, (bottom - top) // 3)
    return turned[max(0, top - margin):bottom + margin, max(0, int(cols[0]) - margin):int(cols[-1]) + 1 + margin]


def _bands(rows: np.ndarray) -> list[tuple[int, int]]:
    """Runs of consecutive true rows, as (first, last + 1)."""
    edges = np.flatnonzero(np.diff(np.concatenate(([0], rows.astype(np.int8), [0]))))
    return [(int(a), int(b)) for a, b in zip(edges[::2], edges[1::2], strict=True)]


# fullwidth forms to their ASCII letters and digits: a recogniser reads upright characters stacked in a column, turned
# a quarter, as CJK's fullwidth ones ("Z４９Ｄ０５８３９５" for a meter board's "Z49D058395")
_FULLWIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}


def _block_words(text: str, scores: list[float], box: Box, segment: int, turned: float = 0.0) -> list[Word]:
    """Words of a block read turned: where each character sits on the screen is not known, so every
    word covers the whole block (a finding in it masks the block: when in doubt, mask)."""
    text = text.translate(_FULLWIDTH)  # (one character for one: the scores still line up)
    words: list[Word] = []
    start = None
    for i, ch in enumerate(text + " "):
        if not ch.isspace() and start is None:
            start = i
        elif ch.isspace() and start is not None:
            part = scores[start:i]
            words.append(Word(text[start:i], box, min(part) if part else 0.0, ((box[0], box[2]),) * (i - start),
                              segment, tuple(part), turned))
            start = None
    return words


def _plan_batches(widths: Sequence[int], max_batch: int, max_columns: int, run_cost: int) -> list[tuple[int, int]]:
    """Cut crops sorted by width into batches: consecutive runs ``(start, stop)``.

    Every row of a batch is padded to its widest crop, and the recogniser pays for padding as for
    text. Filling batches greedily up to ``max_batch`` rows padded a fifth of all columns on dense
    screens (half on sparse ones, where 32 crops span widths from 50 to 400 columns). This picks the
    cuts that minimise padded columns plus ``run_cost`` per call (exact, by dynamic programming over
    the sorted widths; 300 crops take under a millisecond). A crop wider than
    ``max_columns`` goes alone."""
    count = len(widths)
    best = [0.0] + [math.inf] * count  # best[i]: cost of the first i crops
    cut = [0] * (count + 1)
    for stop in range(1, count + 1):
        widest = widths[stop - 1]
        for start in range(stop - 1, max(-1, stop - 1 - max_batch), -1):
            rows = stop - start
            if rows > 1 and rows * widest > max_columns:
                break
            cost = best[start] + rows * widest + run_cost
            if cost < best[stop]:
                best[stop], cut[stop] = cost, start
    plan: list[tuple[int, int]] = []
    stop = count
    while stop > 0:
        plan.append((cut[stop], stop))
        stop = cut[stop]
    return plan[::-1]


def _one_block_a_stretch(bgr: np.ndarray, segments: list[_Segment]) -> list[_Segment]:
    """``segments`` with blocks on one row that share a real stretch of it joined into one. The second
    looks add blocks of their own (small text found again at twice the size, a crop's text joined with
    the block it continues), and one of those can take in part of a block found before: the shared
    words are then read twice, and the two readings interleave in the line ("tel=07700 tel=07700
    900630~postcode=SN1 900630 post 4BE"), so the postcode is cut in two and its half left. Blocks
    of about one height that overlap along the row by more than half a height are one line of text,
    read once. (Detection pads its blocks, so neighbours touch by a few pixels: that is no overlap.)"""
    upright = [i for i, s in enumerate(segments) if not s.slant and s.box[2] - s.box[0] > s.box[3] - s.box[1]]
    parent = list(range(len(segments)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    bands: dict[int, list[int]] = {}
    for i in upright:
        x0, y0, x1, y1 = segments[i].box
        for band in range(y0 // 16, y1 // 16 + 1):
            for j in bands.get(band, []):
                a, b = segments[i].box, segments[j].box
                ha, hb = a[3] - a[1], b[3] - b[1]
                shared_h = min(a[3], b[3]) - max(a[1], b[1])
                shared_w = min(a[2], b[2]) - max(a[0], b[0])
                if min(ha, hb) >= 0.6 * max(ha, hb) and shared_h >= 0.6 * min(ha, hb) and \
                        shared_w > max(4, 0.5 * min(ha, hb)):
                    parent[root(i)] = root(j)
            bands.setdefault(band, []).append(i)
    groups: dict[int, list[int]] = {}
    for i in range(len(segments)):
        groups.setdefault(root(i), []).append(i)
    if all(len(group) == 1 for group in groups.values()):
        return segments
    out: list[_Segment] = []
    for group in groups.values():
        if len(group) == 1:
            out.append(segments[group[0]])
            continue
        x0, y0, x1, y1 = union([segments[i].box for i in group])
        widest = max(group, key=lambda i: segments[i].box[2] - segments[i].box[0])
        out.append(_Segment((x0, y0, x1, y1), bgr[y0:y1, x0:x1], lean=segments[widest].lean))
    out.sort(key=lambda s: (s.box[1], s.box[0]))
    return out


def _unstacked(bgr: np.ndarray, segments: list[_Segment]) -> list[_Segment]:
    """``segments`` with each block that holds two or more lines of text cut into its lines. Detection
    runs lines together where they are set close (9 px log text with 2 px between lines): the
    recogniser reads such a block as one line of nonsense ("ofS5095-25978108FMTS1C17" for a line with an
    MPAN over a line with another), and what it holds is never seen. A block over 1.7 times the page's
    usual height whose rows of ink fall into separate bands is cut at the blank rows between them. A box's
    rules are no ink of a line: a column inked nearly top to bottom (the box's side) and a row inked nearly
    across (its top and bottom) are left out, so that a bordered box of two rows of digits (an S box without
    its S, read as one block with its frame) is cut into its rows too, however narrow it is."""
    upright = sorted(s.box[3] - s.box[1] for s in segments if not s.slant)
    if len(upright) < 3:
        return segments
    usual = upright[len(upright) // 2]
    out: list[_Segment] = []
    for segment in segments:
        x0, y0, x1, y1 = segment.box
        if segment.slant or y1 - y0 < max(16, 1.7 * usual) or x1 - x0 < 0.4 * (y1 - y0):
            out.append(segment)
            continue
        ink = _ink(segment.crop)
        ink[:, ink.mean(axis=0) > 0.6] = False  # a box's sides (a glyph's stroke spans one line of two at most)
        ink[ink.mean(axis=1) > 0.85, :] = False  # its top and bottom
        profile = ink.mean(axis=1)
        bands = [band for band in _bands(profile > 0.01) if band[1] - band[0] >= 0.3 * usual]
        if len(bands) < 2:
            out.append(segment)
            continue
        cuts = [0, *((a[1] + b[0]) // 2 for a, b in zip(bands, bands[1:])), y1 - y0]
        for (top, bottom), upper, lower in zip(bands, cuts, cuts[1:]):
            margin = max(2, (bottom - top) // 4)
            a, b = max(upper, top - margin), min(lower, bottom + margin)
            cols = np.flatnonzero(ink[top:bottom].any(axis=0))
            if cols.size == 0:
                continue
            left, right = max(0, int(cols[0]) - margin), min(x1 - x0, int(cols[-1]) + 1 + margin)
            out.append(_Segment((x0 + left, y0 + a, x0 + right, y0 + b), segment.crop[a:b, left:right], lean=segment.lean))
    return out


def _ink(crop: np.ndarray) -> np.ndarray:
    """Where a block's crop holds ink: pixels that differ clearly from the background, the median colour
    of the crop's edges (detection pads its boxes, so the edges are background)."""
    grey = crop.astype(np.int16)
    border = np.concatenate([grey[0], grey[-1], grey[:, 0], grey[:, -1]])
    return np.asarray(np.abs(grey - np.median(border, axis=0)).max(axis=2) > 60)


def _trim_sides(crop: np.ndarray, x0: int, x1: int, margin: int) -> tuple[int, int]:
    """Cut the blank margin left and right of the text down to ``margin`` pixels: the recogniser
    pays for every column it reads, and detection boxes carry most of a text height of padding."""
    ink = np.flatnonzero(_ink(crop).any(axis=0))
    if ink.size == 0:
        return x0, x1
    left = max(0, int(ink[0]) - margin)
    right = min(x1 - x0, int(ink[-1]) + 1 + margin)
    return x0 + left, x0 + right


def _blank_columns(crop: np.ndarray) -> tuple[np.ndarray, int]:
    """For each column of a block's crop: is there no ink in it (nothing differing clearly from the
    background, the median of the crop's edges)? And the height of the text: the run of rows with ink
    that holds the crop's middle row (the box is padded into the rows above and below, and their ink
    is not this text's)."""
    ink = _ink(crop)
    middle = crop.shape[0] // 2
    # (a row with a speck of ink only, a frame's edge at the side, is no text row)
    bands = [band for band in _bands(ink.mean(axis=1) > 0.02) if band[0] <= middle < band[1]]
    if not bands:
        return np.asarray(~ink.any(axis=0)), 0
    top, bottom = bands[0]
    # with the rows just above and below it: an underscore or a descender may stand apart from the letters
    reach = (bottom - top) * 2 // 5
    return np.asarray(~ink[max(0, top - reach):bottom + reach].any(axis=0)), bottom - top


def _shrunk(word: Word, box: Box, zoom: float) -> Word:
    """A word read on an enlarged crop (its places in crop pixels from 0), put on the box the crop was enlarged from."""
    x0, y0, _x1, y1 = box
    chars = tuple((x0 + int(a / zoom), x0 + max(int(a / zoom) + 1, int(np.ceil(b / zoom)))) for a, b in word.chars)
    return replace(word, box=(chars[0][0], y0, chars[-1][1], y1), chars=chars)


def _split_words(text: str, xs: list[tuple[int, int]], scores: list[float], box: Box,
                 segment: int, lean: float = 0.0, blank: tuple[np.ndarray, int] | None = None) -> list[Word]:
    """Words of one recognised block, with image coordinates. With ``blank`` (the crop's columns
    without ink), a word is also split where a blank a space wide or more lies between two of its
    characters: the recogniser leaves out the space between cells of a grid whose columns are sized
    to their contents ("2026-03-28T12:10:00Z0047E3404300026B"), and the two cells, read as one
    word, were one column's or the other's."""
    x0, y0, _x1, y1 = box
    words: list[Word] = []
    current: list[int] = []
    # a space is about a third of the text's height (ascender to descender); a gap of 0.4 of it is
    # wider than any between two letters of a word (beside a colon or a "1" too), and not wider than
    # the margins of two cells side by side (about 6 px at 12-13 px text)
    gaps = _blank_runs(blank[0], max(4, int(round(0.4 * blank[1])))) if blank is not None and blank[1] else []
    # and where the characters on either side stand further apart than the block's usual step: in a
    # monospaced font a colon or a quote leaves as wide a blank inside a word ("2026-11-21T18"), but
    # its step is the same as every other character's
    centres = [(a + b) / 2 for (a, b), ch in zip(xs, text, strict=False) if not ch.isspace()]
    steps = sorted(b - a for a, b in zip(centres, centres[1:], strict=False))
    usual = steps[len(steps) // 2] if steps else 0.0

    bounds = [0, 1 << 30]  # where the ink of the word being gathered may lie, in the crop: its gaps' ends

    def flush() -> None:
        if not current:
            return
        places = [[max(xs[i][0], bounds[0]), min(xs[i][1], bounds[1])] for i in current]
        if bounds[0]:  # the word starts where the gap before it ends, its ends where the gap after it starts
            places[0][0] = bounds[0]
        if bounds[1] < 1 << 30:
            places[-1][1] = bounds[1]
        chars = tuple((x0 + a, x0 + max(a + 1, b)) for a, b in places)
        char_scores = tuple(scores[i] for i in current)
        words.append(Word("".join(text[i] for i in current), (chars[0][0], y0, chars[-1][1], y1),
                          min(char_scores), chars, segment, char_scores, lean=lean))
        current.clear()
        bounds[:] = [0, 1 << 30]

    for i, ch in enumerate(text):
        if ch.isspace():
            flush()
            continue
        # (only between two letters or digits: a separator such as "·" or ":" already tells the words apart)
        if current and gaps and text[current[-1]].isalnum() and ch.isalnum():
            left = (xs[current[-1]][0] + xs[current[-1]][1]) / 2
            right = (xs[i][0] + xs[i][1]) / 2
            between = [(a, b) for a, b in gaps if left < (a + b) / 2 < right] if right - left > 1.4 * usual else []
            if between:
                # the characters' places come from the recogniser's steps, to half a character; the gap
                # is where the ink stops, so each word ends there (a mask for one cell stays out of the next)
                bounds[1] = between[0][0]
                flush()
                bounds[:] = [between[-1][1], 1 << 30]
        current.append(i)
    flush()
    return words


def _blank_runs(blank: np.ndarray, least: int) -> list[tuple[int, int]]:
    """Runs of at least ``least`` blank columns, as (first, last + 1), leaving out those at the ends."""
    runs = _bands(blank)
    return [(a, b) for a, b in runs if b - a >= least and a > 0 and b < len(blank)]


_ENGINE: RapidOcrEngine | None = None
_ENGINE_LOCK = threading.Lock()


def default_engine() -> RapidOcrEngine:
    """The process-wide engine (models load once, on first use)."""
    global _ENGINE
    with _ENGINE_LOCK:
        if _ENGINE is None:
            _ENGINE = RapidOcrEngine()
        return _ENGINE
