#!/usr/bin/env python3
"""Scores `attest redact` on the big-screen corpus made by make_corpus.py.

For each desktop: runs `attest redact IN --out DIR` under /usr/bin/time -v (wall seconds, peak RSS),
then scores the output against the ground truth independently of Attest:

(a) strict recall: an identifier counts as masked when >= 95 % of the pixels of its ink box were
    changed (vs the input) or have the mask colour (the commonest colour among changed pixels);
(b) Tesseract: each identifier's neighbourhood in the output is cropped, upscaled 2x and read; an
    identifier found in the text (digits only for numbers, normalised for serials) is a leak.  The
    same is done on the input to tell whether Tesseract could read it there at all;
(c) keep-rate of planted non-identifiers: kept when <= 20 % of their box pixels changed;
(d) `attest scan` exit codes of the input (should flag: non-zero) and the output (should be 0).

Only identifiers fully visible on the desktop (status "visible") count in the headline; those cut
by an overlapping window, the screen edge or their own viewport are reported separately.

Usage: python score.py --corpus /tmp/bigadv/corpus --out /tmp/bigadv/run [--only d01 d09] [--no-scan]
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections import defaultdict

import numpy as np
from PIL import Image, ImageDraw

Image.MAX_IMAGE_PIXELS = None


def run_timed(cmd, env=None, timeout=1800):
    t0 = time.time()
    tv = shutil.which("time") and os.path.exists("/usr/bin/time")
    full = (["/usr/bin/time", "-v"] + cmd) if tv else cmd
    p = subprocess.run(full, capture_output=True, text=True, env=env, timeout=timeout)
    wall = time.time() - t0
    peak = None
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr)
    if m:
        peak = int(m.group(1)) / 1024
    else:
        import resource
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return p, wall, peak


def norm(kind, s):
    if kind in ("mpan", "mprn", "phone"):
        return re.sub(r"\D", "", s)
    if kind in ("elec_serial", "gas_serial", "device_id"):
        s = re.sub(r"[^0-9A-Za-z]", "", s).upper()
        return s.translate(str.maketrans("OIL", "011"))
    return re.sub(r"[^0-9a-z]", "", s.lower())


def needle(item):
    n = norm(item["kind"], item["text"])
    if item["kind"] == "mpan":
        n = n[-13:]
    return n


def ocr_crops(img, items, workdir, tag):
    """Reads each item's neighbourhood with Tesseract (crops stacked in sheets, one call per
    sheet); returns {id: text}."""
    crops = []
    H, W = img.shape[:2]
    for it in items:
        x0, y0, x1, y1 = it["box"]
        h = y1 - y0
        px, py = int(max(8, 0.8 * h)), int(max(4, 0.45 * h))
        c = img[max(0, y0 - py):min(H, y1 + py), max(0, x0 - px):min(W, x1 + px)]
        g = np.asarray(Image.fromarray(c).convert("L"), dtype=np.float32)
        if np.median(g) < 128:
            g = 255 - g
        pil = Image.fromarray(g.astype(np.uint8))
        pil = pil.resize((pil.width * 2, pil.height * 2), Image.LANCZOS)
        crops.append((it["id"], pil))
    texts = {}
    sheet_h, gap = 6000, 24
    i = 0
    n = 0
    while i < len(crops):
        batch, hsum, wmax = [], gap, 0
        while i < len(crops) and (hsum + crops[i][1].height + gap <= sheet_h or not batch):
            batch.append(crops[i])
            hsum += crops[i][1].height + gap
            wmax = max(wmax, crops[i][1].width)
            i += 1
        sheet = Image.new("L", (wmax + 2 * gap, hsum), 255)
        spans = []
        y = gap
        for iid, pil in batch:
            sheet.paste(pil, (gap, y))
            spans.append((iid, y, y + pil.height))
            y += pil.height + gap
        fn = os.path.join(workdir, f"ocr_{tag}_{n}.png")
        sheet.save(fn)
        n += 1
        p = subprocess.run(["tesseract", fn, "stdout", "--psm", "6", "tsv"], capture_output=True, text=True)
        words = defaultdict(list)
        for line in p.stdout.splitlines()[1:]:
            f = line.split("\t")
            if len(f) < 12 or not f[11].strip():
                continue
            top, hh, left = int(f[7]), int(f[9]), int(f[6])
            cy = top + hh / 2
            for iid, a, b in spans:
                if a <= cy < b:
                    words[iid].append(((int(f[2]), int(f[3]), int(f[4]), int(f[5])), left, f[11]))
                    break
        for iid, _, _ in spans:
            texts[iid] = " ".join(w for _, _, w in sorted(words[iid], key=lambda t: t[0]))
    return texts


def score_desktop(meta, inp, outp, labels, workdir, misses_dir, do_ocr=True):
    a = np.asarray(Image.open(inp).convert("RGB")).astype(np.int16)
    b = np.asarray(Image.open(outp).convert("RGB")).astype(np.int16)
    if a.shape != b.shape:
        raise SystemExit(f"size changed: {a.shape} -> {b.shape}")
    changed = np.abs(a - b).max(axis=2) > 16
    mask_col = None
    if changed.any():
        cols = b[changed][:: max(1, int(changed.sum() // 200000))]
        q = (cols // 4).astype(np.int32)
        keys = q[:, 0] * 65536 + q[:, 1] * 256 + q[:, 2]
        vals, counts = np.unique(keys, return_counts=True)
        k = vals[counts.argmax()]
        mask_col = np.array([(k // 65536) * 4 + 2, (k // 256 % 256) * 4 + 2, (k % 256) * 4 + 2])
    if mask_col is not None:
        is_mask = np.abs(b - mask_col).max(axis=2) <= 10
        oblit = changed | is_mask
    else:
        oblit = changed
    res = []
    for it in meta["items"]:
        x0, y0, x1, y1 = it["box"]
        box_frac = float(oblit[y0:y1, x0:x1].mean())
        ink = labels[y0:y1, x0:x1] == it["id"]
        ink_frac = float(oblit[y0:y1, x0:x1][ink].mean()) if ink.any() else 0.0
        chg_frac = float(changed[y0:y1, x0:x1].mean())
        res.append(dict(it, box_frac=round(box_frac, 3), ink_frac=round(ink_frac, 3), changed_frac=round(chg_frac, 3)))
    ids = [r for r in res if r["role"] == "id"]
    if do_ocr:
        o_out = ocr_crops(b.astype(np.uint8), ids, workdir, "out")
        o_in = ocr_crops(a.astype(np.uint8), ids, workdir, "in")
        for r in ids:
            nd = needle(r)
            r["ocr_in"] = nd in norm(r["kind"], o_in.get(r["id"], ""))
            r["ocr_out_text"] = o_out.get(r["id"], "")
            r["leak_ocr"] = nd in norm(r["kind"], o_out.get(r["id"], ""))
    # crops of misses
    os.makedirs(misses_dir, exist_ok=True)
    H, W = a.shape[:2]
    for r in ids:
        r["masked"] = r["box_frac"] >= 0.95
        if r["masked"] and not r.get("leak_ocr"):
            continue
        x0, y0, x1, y1 = r["box"]
        h = y1 - y0
        cx0, cy0, cx1, cy1 = max(0, x0 - 6 * h), max(0, y0 - 3 * h), min(W, x1 + 6 * h), min(H, y1 + 3 * h)
        crop_in = Image.fromarray(a[cy0:cy1, cx0:cx1].astype(np.uint8))
        crop_out = Image.fromarray(b[cy0:cy1, cx0:cx1].astype(np.uint8))
        both = Image.new("RGB", (crop_in.width, crop_in.height * 2 + 6), (255, 0, 255))
        both.paste(crop_in, (0, 0))
        both.paste(crop_out, (0, crop_in.height + 6))
        d = ImageDraw.Draw(both)
        for oy in (0, crop_in.height + 6):
            d.rectangle([x0 - cx0 - 3, y0 - cy0 - 3 + oy, x1 - cx0 + 2, y1 - cy0 + 2 + oy], outline=(255, 0, 0), width=1)
        st = "" if r["status"] == "visible" else "_partial"
        fn = os.path.join(misses_dir, f"{meta['name']}__{r['kind']}__{r['id']}{st}.png")
        both.save(fn)
        r["crop"] = fn
    return res, mask_col


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default="/tmp/bigadv/corpus")
    ap.add_argument("--out", default="/tmp/bigadv/run")
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--no-scan", action="store_true")
    ap.add_argument("--no-ocr", action="store_true")
    ap.add_argument("--reuse", action="store_true", help="score existing redacted outputs")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    env = dict(os.environ, ATTEST_WORKSPACE=os.path.join(args.out, "workspace"))
    attest = shutil.which("attest") or "attest"
    metas = sorted(glob.glob(os.path.join(args.corpus, "d*.json")))
    rows = []
    for mf in metas:
        meta = json.load(open(mf))
        name = meta["name"]
        if args.only and not any(name.startswith(o) for o in args.only):
            continue
        inp = os.path.join(args.corpus, name + ".png")
        od = os.path.join(args.out, "redacted", name)
        os.makedirs(od, exist_ok=True)
        outp = os.path.join(od, name + ".png")
        row = dict(name=name, size=f"{meta['size'][0]}x{meta['size'][1]}")
        if not (args.reuse and os.path.exists(outp)):
            p, wall, peak = run_timed([attest, "redact", inp, "--out", od, "--report", os.path.join(args.out, name + ".report.json")], env=env)
            row.update(secs=round(wall, 1), peak_mb=round(peak or 0), rc=p.returncode)
            if p.returncode != 0:
                print(name, "redact failed", p.returncode, p.stderr[-2000:], flush=True)
            json.dump(dict(secs=row["secs"], peak_mb=row["peak_mb"], rc=p.returncode, stdout=p.stdout[-3000:],
                           stderr=p.stderr[-3000:]), open(os.path.join(args.out, name + ".run.json"), "w"), indent=1)
        else:
            row.update(json.load(open(os.path.join(args.out, name + ".run.json"))))
        if not os.path.exists(outp):
            cands = glob.glob(os.path.join(od, "*.png"))
            if not cands:
                print(name, "no output", flush=True)
                continue
            outp = cands[0]
        if not args.no_scan:
            # the two scans run side by side to save time
            pi = subprocess.Popen([attest, "scan", inp], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
            po = subprocess.Popen([attest, "scan", outp], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
            so_out, _ = po.communicate()
            pi.communicate()
            si, so = pi, subprocess.CompletedProcess(po.args, po.returncode, so_out, "")
            row.update(scan_in=si.returncode, scan_out=so.returncode, scan_out_text=so.stdout[-1500:])
        labels = np.asarray(Image.open(os.path.join(args.corpus, name + ".ink.png"))).astype(np.int32)
        wd = os.path.join(args.out, "ocr", name)
        os.makedirs(wd, exist_ok=True)
        res, mask_col = score_desktop(meta, inp, outp, labels, wd, os.path.join(os.path.dirname(args.out.rstrip("/")), "misses"), not args.no_ocr)
        ids = [r for r in res if r["role"] == "id" and r["status"] == "visible"]
        pids = [r for r in res if r["role"] == "id" and r["status"] != "visible"]
        keeps = [r for r in res if r["role"] == "keep" and r["status"] == "visible"]
        row.update(ids=len(ids), masked=sum(r["masked"] for r in ids),
                   unmasked_ink=sum(r["ink_frac"] < 0.5 for r in ids),
                   leaks=sum(bool(r.get("leak_ocr")) for r in ids),
                   ocr_in=sum(bool(r.get("ocr_in")) for r in ids),
                   partial_ids=len(pids), partial_unmasked=sum(r["ink_frac"] < 0.95 for r in pids),
                   partial_leaks=sum(bool(r.get("leak_ocr")) for r in pids),
                   keeps=len(keeps), kept=sum(r["changed_frac"] <= 0.2 for r in keeps),
                   mask_colour=None if mask_col is None else [int(v) for v in mask_col])
        json.dump(dict(row=row, items=res), open(os.path.join(args.out, name + ".score.json"), "w"), indent=1)
        rows.append(row)
        print(fmt_row(row), flush=True)
    print()
    print(HEAD)
    for r in rows:
        print(fmt_row(r))
    json.dump(rows, open(os.path.join(args.out, "summary.json"), "w"), indent=1)


HEAD = (f"{'desktop':<16} {'size':>9} {'secs':>6} {'peakMB':>7} {'ids':>4} {'masked':>6} {'<50%ink':>7} "
        f"{'OCRleak':>7} {'OCRin':>5} {'partial(unm/n)':>14} {'keep':>9} {'scanIn':>6} {'scanOut':>7}")


def fmt_row(r):
    return (f"{r['name']:<16} {r['size']:>9} {r.get('secs', 0):>6} {r.get('peak_mb', 0):>7} {r['ids']:>4} {r['masked']:>6} "
            f"{r['unmasked_ink']:>7} {r['leaks']:>7} {r['ocr_in']:>5} {str(r['partial_unmasked']) + '/' + str(r['partial_ids']):>14} "
            f"{str(round(100 * r['kept'] / max(1, r['keeps']))) + '%':>9} {str(r.get('scan_in', '-')):>6} {str(r.get('scan_out', '-')):>7}")


if __name__ == "__main__":
    main()
