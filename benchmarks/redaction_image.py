"""Seconds per 1920x1080 screenshot for image redaction (warm: models loaded, median of several).

    python benchmarks/redaction_image.py [--screens N] [--seed S]

Dense, realistic screens from the test corpus generator (ADO grids, DUIS logs, CRM forms, DIP
trackers, payload viewers; 9-14 pt; light and dark; some screen-share JPEGs), all at 1920x1080.
Three figures:
- cold: every screen new to the engine (its cache of crop readings cleared before each call);
- re-capture: the same screen redacted again, as when a tester captures the same application
  screen at several steps (identical text crops are read from the cache);
- the split of a cold call between detection, recognition and the rest.
With ``--recall``, also the recall and keep-rate on these screens, as tests/test_redaction_image.py
measures them (an identifier counts when 95 % of its box is masked, a kept text when at most 20 %
is), so that a speed change can be checked on a larger set than the test's.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from corpus_screens import Screen, generate  # noqa: E402

from attest.redaction import ocr  # noqa: E402
from attest.redaction.image import ImageRedaction, redact_image  # noqa: E402

COVERED = 0.95  # as tests/test_redaction_image.py: an identifier is masked when this share is under masks
KEPT = 0.2  # and a kept text survives when at most this share is


class _Timed:
    """Wraps the engine's two stages to time them."""

    def __init__(self, engine: ocr.RapidOcrEngine) -> None:
        self.engine = engine
        self.detect_s = 0.0
        self.recognise_s = 0.0
        detect, recognise = engine.detect, engine.recognise

        def timed_detect(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            start = time.perf_counter()
            try:
                return detect(*args, **kwargs)
            finally:
                self.detect_s += time.perf_counter() - start

        def timed_recognise(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            start = time.perf_counter()
            try:
                return recognise(*args, **kwargs)
            finally:
                self.recognise_s += time.perf_counter() - start

        engine.detect = timed_detect  # type: ignore[method-assign]
        engine.recognise = timed_recognise  # type: ignore[method-assign]


def _tally(screen: Screen, redaction: ImageRedaction) -> tuple[int, int, int, int, list[str]]:
    """Identifiers masked, identifiers, kept texts kept, kept texts, and the misses."""
    size = screen.image.size
    covered = np.zeros((size[1], size[0]), bool)
    for mask in redaction.masks:
        x0, y0, x1, y1 = mask.box
        covered[y0:y1, x0:x1] = True

    def share(box: tuple[int, int, int, int]) -> float:
        region = covered[max(0, box[1]):box[3], max(0, box[0]):box[2]]
        return float(region.mean()) if region.size else 1.0

    misses = [f"{screen.name}: {t.kind} {t.text!r} {share(t.box):.0%} masked" for t in screen.secrets
              if share(t.box) < COVERED]
    kept = sum(share(t.box) <= KEPT for t in screen.keeps)
    return len(screen.secrets) - len(misses), len(screen.secrets), kept, len(screen.keeps), misses


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--screens", type=int, default=10)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--recall", action="store_true", help="also measure recall and keep-rate")
    args = parser.parse_args()

    screens = generate(args.seed, args.screens, big=True)
    engine = ocr.default_engine()
    timed = _Timed(engine)
    started = time.perf_counter()
    redact_image(screens[0].encode())  # loads the models
    print(f"model load + first call: {time.perf_counter() - started:.2f} s")

    cold: list[float] = []
    again: list[float] = []
    split: list[tuple[float, float, float]] = []
    tally = [0, 0, 0, 0]
    misses: list[str] = []
    for screen in screens:
        data = screen.encode()
        engine.clear_cache()
        timed.detect_s = timed.recognise_s = 0.0
        start = time.perf_counter()
        redaction = redact_image(data)
        total = time.perf_counter() - start
        if args.recall:
            *counts, missed = _tally(screen, redaction)
            tally = [a + b for a, b in zip(tally, counts, strict=True)]
            misses.extend(missed)
        cold.append(total)
        detect_s, recognise_s = timed.detect_s, timed.recognise_s
        split.append((detect_s, recognise_s, total - detect_s - recognise_s))
        start = time.perf_counter()
        redact_image(data)
        again.append(time.perf_counter() - start)
        print(f"  {screen.name:48s} cold {total:5.2f} s  (detect {detect_s:.2f}, recognise "
              f"{recognise_s:.2f})  re-capture {again[-1]:.2f} s")
    detect_s, recognise_s, rest_s = (statistics.median(part) for part in zip(*split, strict=True))
    print(f"image redaction, 1920x1080, {len(screens)} screens, threads={engine.threads}, "
          f"det_scale={engine.det_scale}")
    print(f"  cold:       median {statistics.median(cold):.2f} s/screenshot  (min {min(cold):.2f}, "
          f"p90 {_percentile(cold, 0.9):.2f}, max {max(cold):.2f})")
    print(f"    detect {detect_s:.2f} s, recognise {recognise_s:.2f} s, layout + masks + encode {rest_s:.2f} s")
    print(f"  re-capture: median {statistics.median(again):.2f} s/screenshot")
    if args.recall:
        hits, secrets, kept, keeps = tally
        print(f"  recall {hits}/{secrets} = {hits / max(1, secrets):.2%}, keep-rate {kept}/{keeps} = "
              f"{kept / max(1, keeps):.2%}")
        for miss in misses:
            print(f"    missed {miss}")


if __name__ == "__main__":
    main()
