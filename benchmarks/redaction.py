"""Redaction speed: text throughput and seconds per 1920x1080 screenshot.

Prints:
- text: MB/s over the generated corpus (JSON, XML, CSV, data flows, logs, HTTP dumps, notes), each
  item redacted on its own as intake does it, including the format checks and the second scan;
- images: seconds per 1920x1080 screenshot (warm OCR engine, median of several dense screens).
Targets (issue 4): text at 5 MB/s or more; at most 1.0 s per 1080p screenshot on 2 cores.

Run: python benchmarks/redaction.py [--text-mb 8] [--images 6] [--skip-images]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))  # the corpus generators

from corpus_text import corpus  # noqa: E402

from attest.redaction import redact_text  # noqa: E402


def bench_text(target_mb: float) -> tuple[float, float, int]:
    items = []
    size = 0
    seed = 1
    while size < target_mb * 1_000_000:
        batch = corpus(seed=seed, per_kind=20)
        items.extend(batch)
        size += sum(len(i.text.encode()) for i in batch)
        seed += 1
    started = time.perf_counter()
    for item in items:
        redact_text(item.text, name=item.name)
    elapsed = time.perf_counter() - started
    return size / 1_000_000, elapsed, len(items)


def bench_images(count: int) -> list[float]:
    from corpus_screens import dense_screens  # generated 1920x1080 screens with many text lines

    from attest.redaction.image import redact_image
    from attest.redaction.ocr import OcrEngine

    engine = OcrEngine.shared()
    screens = dense_screens(count)
    redact_image(screens[0], engine=engine)  # warm-up: model load and first inference
    timings = []
    for data in screens:
        started = time.perf_counter()
        redact_image(data, engine=engine)
        timings.append(time.perf_counter() - started)
    return timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--text-mb", type=float, default=8.0)
    parser.add_argument("--images", type=int, default=6)
    parser.add_argument("--skip-images", action="store_true")
    args = parser.parse_args()
    megabytes, seconds, items = bench_text(args.text_mb)
    print(f"text: {megabytes:.1f} MB in {items} items redacted in {seconds:.2f} s = {megabytes / seconds:.1f} MB/s "
          "(target: >= 5 MB/s)")
    if not args.skip_images:
        timings = bench_images(args.images)
        print(f"images: {len(timings)} dense 1920x1080 screenshots, median {statistics.median(timings):.2f} s, "
              f"max {max(timings):.2f} s per screenshot (target: <= 1.0 s)")


if __name__ == "__main__":
    main()
