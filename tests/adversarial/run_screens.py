"""Run Attest black-box on the screenshot corpus and score it with OCR engines that are not Attest's.

    . /tmp/venv-screens/bin/activate
    python tests/adversarial/run_screens.py --corpus /tmp/screens [--generate] [--seed 13] [--jobs 2]
                                            [--engines tesseract,rapidocr] [--case sbox] [--json out.json]

1. (--generate, or no manifest yet) screen_corpus.generate() writes the corpus.
2. Copies of every image go into a temporary folder; `attest --workspace WS redact --out OUT --report R COPIES`
   runs once over them; `attest --workspace WS scan ORIGINALS` runs once over the originals (flag rate).
3. Each original and each redacted output is read by Tesseract (CLI, 2x upscale, dark pages inverted,
   --psm 11) and by RapidOCR 1.4 (package rapidocr_onnxruntime, PP-OCRv4 det/rec: not the PP-OCRv6 models
   of the rapidocr 3 that Attest bundles). Views: transparent images are read composited on white, on black,
   and with the alpha channel dropped (what is hidden under alpha=0); rotated images are also read deskewed.
4. Strict recall: an identifier leaks if any 8 consecutive characters of it (letters and digits, separators
   removed, case-insensitive; the whole value when it is shorter than 8) appear in any engine's text of any
   view of the redacted image, or in any metadata of the output (ICC desc/cprt/any tag text, PNG tEXt/zTXt/
   iTXt/eXIf, JPEG COM/APPn incl. EXIF and XMP). Recall is over the identifiers that are verifiable: read in
   the original by at least one engine (pixels) or present in the original's metadata (metadata ones).
   A second, lenient count folds OCR confusables (O/0, I/l/1, S/5, B/8, Z/2, G/6, Q/9) on both sides.
   Keep-rate: of the non-identifier labels/values an engine reads in the original, the share the same engine
   still reads in the redacted image.
OCR of originals is cached in CORPUS/ocr_cache (keyed by file hash, view and engine), so reruns after a
change to Attest only read the redacted outputs.
"""
from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
ATTEST = shutil.which("attest") or "attest"
WINDOW = 8
FOLD = str.maketrans({"o": "0", "i": "1", "l": "1", "s": "5", "b": "8", "z": "2", "g": "6", "q": "9"})


def norm(s: str) -> str:
    return re.sub(r"[^0-9a-z]", "", s.lower())


def windows(s: str) -> list[str]:
    n = min(WINDOW, len(s))
    return [s[i:i + n] for i in range(len(s) - n + 1)] if s else []


def find_window(ident_norm: str, text_norm: str, fold=False) -> str | None:
    if fold:
        ident_norm, text_norm = ident_norm.translate(FOLD), text_norm.translate(FOLD)
    for w in windows(ident_norm):
        if w in text_norm:
            return w
    return None


# ----------------------------------------------------------------------------------------------- metadata


def _icc_texts(b: bytes) -> list[str]:
    out = []
    try:
        n = struct.unpack(">I", b[128:132])[0]
        for i in range(min(n, 200)):
            sig, off, size = struct.unpack(">4sII", b[132 + 12 * i:144 + 12 * i])
            body = b[off:off + size]
            typ = body[:4]
            if typ == b"desc":
                ln = struct.unpack(">I", body[8:12])[0]
                out.append(body[12:12 + ln].decode("latin-1"))
                # and the unicode part after it
                rest = body[12 + ln:]
                if len(rest) >= 8:
                    ucount = struct.unpack(">I", rest[4:8])[0]
                    out.append(rest[8:8 + 2 * ucount].decode("utf-16-be", "ignore"))
            elif typ == b"text":
                out.append(body[8:].decode("latin-1"))
            elif typ == b"mluc":
                cnt, rsz = struct.unpack(">II", body[8:16])
                for k in range(min(cnt, 50)):
                    _, ln, o = struct.unpack(">4sII", body[16 + rsz * k:16 + rsz * k + 12])
                    out.append(body[o:o + ln].decode("utf-16-be", "ignore"))
    except Exception:
        pass
    out.append(b.decode("latin-1"))  # and every byte of the profile, whatever its tags
    out.append(b.decode("utf-16-be", "ignore"))
    out.append(b[1:].decode("utf-16-be", "ignore"))
    return out


def metadata_texts(path: Path) -> list[tuple[str, str]]:
    """(place, text) for everything in the file that is not pixel data."""
    b = path.read_bytes()
    out: list[tuple[str, str]] = []
    if b[:8] == b"\x89PNG\r\n\x1a\n":
        i = 8
        while i + 8 <= len(b):
            ln, typ = struct.unpack(">I4s", b[i:i + 8])
            data = b[i + 8:i + 8 + ln]
            i += 12 + ln
            t = typ.decode("latin-1")
            if t in ("IDAT", "IHDR", "IEND", "PLTE"):
                continue
            if t == "iCCP":
                name, _, rest = data.partition(b"\0")
                out.append(("png:iCCP name", name.decode("latin-1")))
                try:
                    for s in _icc_texts(zlib.decompress(rest[1:])):
                        out.append(("png:iCCP profile", s))
                except Exception:
                    out.append(("png:iCCP raw", rest.decode("latin-1")))
            elif t == "zTXt":
                k, _, rest = data.partition(b"\0")
                try:
                    out.append((f"png:zTXt {k.decode('latin-1')}", zlib.decompress(rest[1:]).decode("latin-1")))
                except Exception:
                    out.append(("png:zTXt raw", data.decode("latin-1")))
                out.append((f"png:zTXt key", k.decode("latin-1")))
            elif t == "iTXt":
                k, _, rest = data.partition(b"\0")
                comp, rest = rest[0], rest[2:]
                lang, _, rest = rest.partition(b"\0")
                tkey, _, text = rest.partition(b"\0")
                if comp:
                    try:
                        text = zlib.decompress(text)
                    except Exception:
                        pass
                out.append((f"png:iTXt {k.decode('latin-1')}", " ".join(
                    [k.decode("utf-8", "ignore"), lang.decode("utf-8", "ignore"), tkey.decode("utf-8", "ignore"),
                     text.decode("utf-8", "ignore")])))
            else:  # tEXt, eXIf and anything unknown: raw bytes as text
                out.append((f"png:{t}", data.decode("latin-1")))
                out.append((f"png:{t} utf16", data.decode("utf-16-be", "ignore")))
                out.append((f"png:{t} utf16le", data.decode("utf-16-le", "ignore")))
    elif b[:2] == b"\xff\xd8":
        i = 2
        icc = b""
        while i + 4 <= len(b):
            if b[i] != 0xFF:
                break
            m = b[i + 1]
            if m in (0xD8, 0x01) or 0xD0 <= m <= 0xD7:
                i += 2
                continue
            if m == 0xDA:  # start of scan: pixel data follows
                break
            ln = struct.unpack(">H", b[i + 2:i + 4])[0]
            data = b[i + 4:i + 2 + ln]
            i += 2 + ln
            if m == 0xFE:
                out.append(("jpeg:COM", data.decode("latin-1")))
            elif m == 0xE2 and data.startswith(b"ICC_PROFILE\0"):
                icc += data[14:]
            elif 0xE0 <= m <= 0xEF:
                out.append((f"jpeg:APP{m - 0xE0}", data.decode("latin-1")))
                out.append((f"jpeg:APP{m - 0xE0} utf16", data.decode("utf-16-le", "ignore")))
                out.append((f"jpeg:APP{m - 0xE0} utf16be", data.decode("utf-16-be", "ignore")))
        if icc:
            for s in _icc_texts(icc):
                out.append(("jpeg:ICC", s))
        # anything after the end of image
        end = b.rfind(b"\xff\xd9")
        if end != -1 and end + 2 < len(b):
            out.append(("jpeg:trailer", b[end + 2:].decode("latin-1")))
    else:
        out.append(("raw", b.decode("latin-1")))
    return out


def metadata_leaks(path: Path, idents) -> list[tuple[dict, str, str]]:
    texts = metadata_texts(path)
    res = []
    for d in idents:
        for place, s in texts:
            w = find_window(d["norm"], norm(s))
            if w:
                res.append((d, place, w))
                break
    return res


# ----------------------------------------------------------------------------------------------- OCR

_ENGINES: dict = {}


def _rapid():
    if "rapid" not in _ENGINES:
        from rapidocr_onnxruntime import RapidOCR
        _ENGINES["rapid"] = RapidOCR(intra_op_num_threads=1, inter_op_num_threads=1)
    return _ENGINES["rapid"]


def views(path: Path, ocr_hint: dict):
    from PIL import Image
    im = Image.open(path)
    im.load()
    out = []
    if im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info):
        im = im.convert("RGBA")
        for bgname, bg in (("on-white", (255, 255, 255)), ("on-black", (0, 0, 0))):
            base = Image.new("RGB", im.size, bg)
            base.paste(im, mask=im.split()[3])
            out.append((bgname, base))
        out.append(("alpha-dropped", Image.merge("RGB", im.split()[:3])))
    else:
        out.append(("plain", im.convert("RGB")))
    angle = ocr_hint.get("rotation")
    if angle:
        extra = []
        for name, v in out:
            bg = v.getpixel((0, 0))
            extra.append((f"{name}+deskew{-angle}", v.rotate(-angle, expand=True, fillcolor=bg, resample=3)))
        out += extra
    return out


def ocr_tesseract(img) -> str:
    from PIL import ImageOps
    g = img.convert("L")
    import numpy as np
    if np.asarray(g.resize((64, 64))).mean() < 110:  # dark page: invert for Tesseract
        g = ImageOps.invert(g)
    g = g.resize((g.width * 2, g.height * 2), 1)  # LANCZOS
    with tempfile.NamedTemporaryFile(suffix=".png", delete=False) as f:
        g.save(f.name)
    try:
        p = subprocess.run(["tesseract", f.name, "stdout", "--psm", "11", "-l", "eng"], capture_output=True,
                           text=True, timeout=300, env=dict(os.environ, OMP_THREAD_LIMIT="1"))
        return p.stdout
    finally:
        os.unlink(f.name)


def ocr_rapid(img) -> str:
    import numpy as np
    arr = np.array(img.convert("RGB"))[:, :, ::-1].copy()
    res, _ = _rapid()(arr)
    return "\n".join(r[1] for r in (res or []))


def ocr_file(args):
    """Returns {engine: {view: text}} for one file; cached when a cache dir is given."""
    path, hint, engines, cache_dir = args
    path = Path(path)
    key = hashlib.sha1(path.read_bytes() + json.dumps(hint, sort_keys=True).encode()).hexdigest()
    cfile = Path(cache_dir) / f"{key}.json" if cache_dir else None
    cached = json.loads(cfile.read_text()) if cfile and cfile.exists() else {}
    result = {e: cached.get(e) for e in engines}
    todo = [e for e in engines if result[e] is None]
    if todo:
        vs = views(path, hint)
        for e in todo:
            fn = ocr_tesseract if e == "tesseract" else ocr_rapid
            result[e] = {name: fn(v) for name, v in vs}
        if cfile:
            cached.update(result)
            cfile.write_text(json.dumps(cached))
    return str(path), result


# ----------------------------------------------------------------------------------------------- Attest


def run_attest(images: list[Path], work: Path):
    ws, inp, out = work / "ws", work / "in", work / "out"
    inp.mkdir(parents=True)
    out.mkdir()
    copies = []
    for p in images:
        c = inp / p.name
        shutil.copy2(p, c)
        copies.append(c)
    t0 = time.time()
    red = subprocess.run([ATTEST, "--workspace", str(ws), "redact", "--out", str(out), "--report",
                        str(work / "report.json"), *map(str, copies)], capture_output=True, text=True, timeout=7200)
    t_redact = time.time() - t0
    outputs, findings, errors = {}, {}, []
    if (work / "report.json").exists():
        rep = json.loads((work / "report.json").read_text())
        for f in rep.get("files", []):
            # by input position: the report's file names may themselves be redacted (e.g. "s06ds" in a name)
            name = copies[f["input"] - 1].name if isinstance(f.get("input"), int) else Path(f["file"]).name
            if f.get("output"):
                o = Path(f["output"])
                outputs[name] = o if o.is_absolute() else out / o.name
            findings[name] = [x.get("kind") for x in f.get("findings", [])]
        errors = rep.get("errors", [])
    for c in copies:  # outputs not in the report, found by name
        if c.name not in outputs and (out / c.name).exists():
            outputs[c.name] = out / c.name
    t0 = time.time()
    s = subprocess.run([ATTEST, "--workspace", str(ws), "scan", *map(str, images)], capture_output=True, text=True,
                       timeout=7200)
    t_scan = time.time() - t0
    flagged = defaultdict(list)
    for line in (s.stdout + s.stderr).splitlines():
        for p in images:
            if line.startswith(str(p) + ":"):
                flagged[p.name].append(line[len(str(p)) + 1:].strip())
    return {"outputs": outputs, "findings": findings, "errors": errors, "redact_rc": red.returncode,
            "redact_log": (red.stdout + red.stderr)[-3000:], "scan_rc": s.returncode, "flagged": dict(flagged),
            "scan_tail": (s.stdout + s.stderr)[-500:], "t_redact": t_redact, "t_scan": t_scan}


# ----------------------------------------------------------------------------------------------- scoring


def score(corpus: Path, entries, ocr_orig, ocr_red, att, engines):
    rows = []
    for e in entries:
        truth = json.loads((corpus / e["truth"]).read_text())
        name = Path(e["image"]).name
        orig = corpus / e["image"]
        out = att["outputs"].get(name)
        r = {"name": e["name"], "case": truth["case"], "toolkit": truth["toolkit"], "output": bool(out),
             "flagged": bool(att["flagged"].get(name)), "findings": att["findings"].get(name, []),
             "idents": [], "keep_readable": 0, "keep_kept": 0, "keep_lost": []}
        to = ocr_orig.get(str(orig), {})
        tr = ocr_red.get(str(out), {}) if out else {}
        # normalised text per engine per view
        nto = {en: {v: norm(t) for v, t in to.get(en, {}).items()} for en in engines}
        ntr = {en: {v: norm(t) for v, t in tr.get(en, {}).items()} for en in engines}
        meta_o = metadata_texts(orig)
        meta_r = metadata_texts(out) if out else []
        for d in truth["identifiers"]:
            rec = {"kind": d["kind"], "text": d["text"], "rendered": d["rendered"], "where": d["where"],
                   "orig_read_by": [], "leaks": [], "fuzzy_leaks": []}
            for en in engines:
                for v, t in nto[en].items():
                    if find_window(d["norm"], t):
                        rec["orig_read_by"].append(f"{en}/{v}")
                        break
            for place, s in meta_o:
                if find_window(d["norm"], norm(s)):
                    rec["orig_read_by"].append(f"metadata/{place}")
                    break
            for en in engines:
                for v, t in ntr[en].items():
                    w = find_window(d["norm"], t)
                    if w:
                        rec["leaks"].append({"by": f"{en}/{v}", "window": w})
                        break
                    w = find_window(d["norm"], t, fold=True)
                    if w:
                        rec["fuzzy_leaks"].append({"by": f"{en}/{v}", "window": w})
                        break
            for place, s in meta_r:
                w = find_window(d["norm"], norm(s))
                if w:
                    rec["leaks"].append({"by": f"metadata/{place}", "window": w})
                    break
            rec["verifiable"] = bool(rec["orig_read_by"])
            r["idents"].append(rec)
        for k in truth["keep"]:
            read_o = [en for en in engines if any(k["norm"] in t for t in nto[en].values())]
            if not read_o:
                continue
            r["keep_readable"] += 1
            if any(any(k["norm"] in t for t in ntr[en].values()) for en in read_o):
                r["keep_kept"] += 1
            else:
                r["keep_lost"].append(k["text"])
        rows.append(r)
    return rows


def summarise(rows, key):
    agg = defaultdict(lambda: defaultdict(int))
    for r in rows:
        for k in (r[key], "ALL"):
            a = agg[k]
            a["images"] += 1
            a["flagged"] += r["flagged"]
            a["no_output"] += not r["output"]
            a["keep_readable"] += r["keep_readable"]
            a["keep_kept"] += r["keep_kept"]
            for d in r["idents"]:
                a["idents"] += 1
                a["verifiable"] += d["verifiable"]
                a["leaked"] += bool(d["leaks"])
                a["leaked_verifiable"] += bool(d["leaks"]) and d["verifiable"]
                a["fuzzy_only"] += bool(d["fuzzy_leaks"]) and not d["leaks"]
    return agg


def fmt_table(agg, title):
    lines = [f"\n{title}", f"{'':22s} {'imgs':>4s} {'ids':>4s} {'verif':>5s} {'leak':>4s} {'recall':>7s} "
             f"{'+fuzzy':>6s} {'keep':>11s} {'keep%':>6s} {'scan':>7s} {'scan%':>6s}"]
    keys = sorted(k for k in agg if k != "ALL") + ["ALL"]
    for k in keys:
        a = agg[k]
        v = a["verifiable"]
        rec = f"{(v - a['leaked_verifiable']) / v:.1%}" if v else "n/a"
        kr = f"{a['keep_kept'] / a['keep_readable']:.1%}" if a["keep_readable"] else "n/a"
        lines.append(f"{k:22s} {a['images']:4d} {a['idents']:4d} {v:5d} {a['leaked']:4d} {rec:>7s} "
                     f"{a['fuzzy_only']:6d} {a['keep_kept']:5d}/{a['keep_readable']:<5d} {kr:>6s} "
                     f"{a['flagged']:3d}/{a['images']:<3d} {a['flagged'] / a['images']:6.1%}")
    return "\n".join(lines)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=Path("/tmp/screens"))
    ap.add_argument("--generate", action="store_true")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--engines", default="tesseract,rapidocr")
    ap.add_argument("--case", help="only images of these cases (comma list)")
    ap.add_argument("--json", type=Path, help="write per-image results here")
    ap.add_argument("--keep-work", type=Path, help="keep the redacted outputs in this folder")
    a = ap.parse_args(argv)
    engines = a.engines.split(",")
    times = {}
    if a.generate or not (a.corpus / "manifest.json").exists():
        import screen_corpus
        t0 = time.time()
        screen_corpus.generate(a.corpus, a.seed)
        times["generate"] = time.time() - t0
    man = json.loads((a.corpus / "manifest.json").read_text())
    entries = man["images"]
    if a.case:
        entries = [e for e in entries if e["case"] in a.case.split(",")]
    images = [a.corpus / e["image"] for e in entries]
    work = Path(tempfile.mkdtemp(prefix="attest-screens-"))
    try:
        t0 = time.time()
        att = run_attest(images, work)
        times["attest_redact"], times["attest_scan"] = att["t_redact"], att["t_scan"]
        print(f"attest redact: rc={att['redact_rc']} {len(att['outputs'])}/{len(images)} outputs, "
              f"{att['t_redact']:.0f} s; attest scan: rc={att['scan_rc']} {att['t_scan']:.0f} s", flush=True)
        if att["errors"]:
            print("redact errors:", json.dumps(att["errors"])[:2000])
        cache = a.corpus / "ocr_cache"
        cache.mkdir(exist_ok=True)
        hints = {str(a.corpus / e["image"]): json.loads((a.corpus / e["truth"]).read_text())["ocr"] for e in entries}
        tasks = [(str(p), hints[str(p)], engines, str(cache)) for p in images]
        for e in entries:
            o = att["outputs"].get(Path(e["image"]).name)
            if o:
                tasks.append((str(o), hints[str(a.corpus / e["image"])], engines, None))
        t0 = time.time()
        results = {}
        with ProcessPoolExecutor(max_workers=a.jobs) as ex:
            for k, (p, res) in enumerate(ex.map(ocr_file, tasks, chunksize=1)):
                results[p] = res
                if (k + 1) % 25 == 0:
                    print(f"  OCR {k + 1}/{len(tasks)} ({time.time() - t0:.0f} s)", flush=True)
        times["ocr"] = time.time() - t0
        ocr_orig = {str(p): results[str(p)] for p in images}
        ocr_red = {str(o): results[str(o)] for o in att["outputs"].values() if str(o) in results}
        rows = score(a.corpus, entries, ocr_orig, ocr_red, att, engines)
        if a.keep_work:
            shutil.rmtree(a.keep_work, ignore_errors=True)
            shutil.copytree(work / "out", a.keep_work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(fmt_table(summarise(rows, "case"), "Per case (recall over verifiable identifiers; leak = any 8 consecutive "
                                             "chars read by an independent OCR or left in metadata)"))
    print(fmt_table(summarise(rows, "toolkit"), "Per toolkit"))
    by_kind = defaultdict(lambda: [0, 0, 0])
    for r in rows:
        for d in r["idents"]:
            by_kind[d["kind"]][0] += d["verifiable"]
            by_kind[d["kind"]][1] += bool(d["leaks"]) and d["verifiable"]
            by_kind[d["kind"]][2] += 1
    print("\nPer identifier kind (verifiable / leaked / total):")
    for k, (v, l, n) in sorted(by_kind.items()):
        print(f"  {k:14s} {v:4d} {l:4d} {n:4d}  recall {(v - l) / v:.1%}" if v else f"  {k:14s} {v:4d} {l:4d} {n:4d}")
    print("\nLeaks by case (image, kind, value as rendered, read by: window):")
    by_case = defaultdict(list)
    for r in rows:
        for d in r["idents"]:
            if d["leaks"]:
                by_case[r["case"]].append((r["name"], d))
    for case in sorted(by_case):
        print(f" [{case}]")
        for name, d in by_case[case]:
            v = "" if d["verifiable"] else " (not read in the original by our OCR)"
            print(f"   {name}: {d['kind']} '{d['rendered']}'{v} <- " + "; ".join(f"{x['by']}: {x['window']}"
                                                                         for x in d["leaks"]))
    fz = [(r["name"], d) for r in rows for d in r["idents"] if d["fuzzy_leaks"] and not d["leaks"]]
    if fz:
        print("\nLenient-only reads (OCR confusables folded):")
        for name, d in fz:
            print(f"   {name}: {d['kind']} '{d['rendered']}' <- " + "; ".join(f"{x['by']}: {x['window']}"
                                                                        for x in d["fuzzy_leaks"]))
    unv = [(r["name"], d["kind"]) for r in rows for d in r["idents"] if not d["verifiable"]]
    print(f"\nNot verifiable (our OCR did not read them in the original either): {len(unv)}")
    for n, k in unv:
        print(f"   {n}: {k}")
    lost = [(r["name"], r["keep_lost"]) for r in rows if r["keep_lost"]]
    print("\nKeep values lost:")
    for n, l in lost:
        print(f"   {n}: {l}")
    print("\ntimes (s):", {k: round(v) for k, v in times.items()})
    if a.json:
        a.json.write_text(json.dumps({"rows": rows, "times": times}, indent=1))


if __name__ == "__main__":
    main()
