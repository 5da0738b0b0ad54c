#!/usr/bin/env python3
"""Lists every miss from score.py's results (one line each, identifiers shortened to 4 characters)
and miss rates by kind and by layout tag.  Usage: python misses.py [--run /tmp/bigadv/run] [--tsv FILE]"""
import argparse
import glob
import json
import os
from collections import Counter


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--run", default="/tmp/bigadv/run")
    ap.add_argument("--tsv", default="/tmp/bigadv/misses.tsv")
    args = ap.parse_args()
    lines = []
    by_kind, by_kind_miss, by_tag, by_tag_miss = Counter(), Counter(), Counter(), Counter()
    for f in sorted(glob.glob(os.path.join(args.run, "d*.score.json"))):
        d = json.load(open(f))
        for r in d["items"]:
            if r["role"] != "id" or r["status"] != "visible":
                continue
            tags = [t for t in r["tags"] if not t.startswith(("font", "label:"))]
            by_kind[r["kind"]] += 1
            for t in tags:
                by_tag[t] += 1
            if r["masked"] and not r.get("leak_ocr"):
                continue
            by_kind_miss[r["kind"]] += 1
            for t in tags:
                by_tag_miss[t] += 1
            lines.append("\t".join(str(x) for x in [
                d["row"]["name"], r["kind"], r["form"] or "-", r["text"][:4] + "…", ",".join(map(str, r["box"])),
                r["box_frac"], r["ink_frac"], "LEAK" if r.get("leak_ocr") else "-", r["window_title"][:34],
                " ".join(tags), r.get("crop", "")]))
    head = "desktop\tkind\tform\tid\tbox(x0,y0,x1,y1)\tbox_masked\tink_masked\ttesseract\twindow\ttags\tcrop"
    with open(args.tsv, "w") as fh:
        fh.write(head + "\n" + "\n".join(lines) + "\n")
    print(f"{len(lines)} misses -> {args.tsv}")
    print("\nby kind (misses / visible identifiers):")
    for k in sorted(by_kind):
        print(f"  {k:<12} {by_kind_miss[k]:>4} / {by_kind[k]:<4}")
    print("\nby tag:")
    for t in sorted(by_tag, key=lambda t: -by_tag_miss[t] / by_tag[t]):
        if by_tag[t] >= 5:
            print(f"  {t:<40} {by_tag_miss[t]:>4} / {by_tag[t]:<4} ({100 * by_tag_miss[t] / by_tag[t]:.0f}%)")


if __name__ == "__main__":
    main()
