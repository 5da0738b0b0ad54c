"""Seconds per 1920x1080 screenshot for image redaction (warm: models loaded, median of several).

    python benchmarks/redaction_image.py [--screens N] [--seed S]

Dense, realistic screens from the test corpus generator (ADO grids, DUIS logs, CRM forms, DIP
trackers, payload viewers; 9-14 pt; light and dark; some screen-share JPEGs), all at 1920x1080.
Three figures:
- cold: every screen new to the engine (its cache of crop readings cleared before each call);
- re-capture: the same screen redacted again, as when a tester captures the same application
  screen at several steps (identical text crops are read from the cache);
- the split of a cold call between detection, recognition and the rest.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from corpus_screens import generate  # noqa: E402

from attest.redaction import ocr  # noqa: E402
from attest.redaction.image import redact_image  # noqa: E402


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--screens", type=int, default=10)
    parser.add_argument("--seed", type=int, default=7)
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
    for screen in screens:
        data = screen.encode()
        engine.clear_cache()
        timed.detect_s = timed.recognise_s = 0.0
        start = time.perf_counter()
        redact_image(data)
        total = time.perf_counter() - start
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
    print(f"  cold:       median {statistics.median(cold):.2f} s/screenshot  (min {min(cold):.2f}, max {max(cold):.2f})")
    print(f"    detect {detect_s:.2f} s, recognise {recognise_s:.2f} s, layout + masks + encode {rest_s:.2f} s")
    print(f"  re-capture: median {statistics.median(again):.2f} s/screenshot")


if __name__ == "__main__":
    main()
