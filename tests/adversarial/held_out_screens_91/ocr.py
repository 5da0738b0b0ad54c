# Independent OCR: Tesseract 5 at 2x (TSV, grouped into lines) and RapidOCR (rapidocr_onnxruntime, PP-OCRv4 det/rec, own venv), tiled for big images.
import sys, os, json, subprocess, tempfile, csv, io
from PIL import Image
def load_rgb(path, bg=(255, 255, 255)):
    im = Image.open(path)
    if im.mode in ("RGBA", "LA", "P"):
        im = im.convert("RGBA"); b = Image.new("RGB", im.size, bg); b.paste(im, mask=im.split()[3]); return b
    return im.convert("RGB")
def tess(path):
    im = load_rgb(path); W, H = im.size
    big = im.resize((W * 2, H * 2), Image.LANCZOS)
    with tempfile.NamedTemporaryFile(suffix=".png") as f:
        big.save(f.name)
        out = subprocess.run(["tesseract", f.name, "stdout", "--psm", "3", "tsv"], capture_output=True, text=True, env=dict(os.environ, OMP_THREAD_LIMIT="1")).stdout
    lines = {}
    for row in csv.DictReader(io.StringIO(out), delimiter="\t", quoting=csv.QUOTE_NONE):
        if row.get("level") != "5" or not row["text"].strip(): continue
        key = (row["page_num"], row["block_num"], row["par_num"], row["line_num"])
        x, y, w, h = (int(row[k]) / 2 for k in ("left", "top", "width", "height"))
        L = lines.setdefault(key, {"text": [], "box": [x, y, x + w, y + h], "words": []})
        L["text"].append(row["text"]); L["words"].append([row["text"], [x, y, x + w, y + h]])
        b = L["box"]; L["box"] = [min(b[0], x), min(b[1], y), max(b[2], x + w), max(b[3], y + h)]
    return [dict(text=" ".join(L["text"]), box=L["box"], words=L["words"]) for L in lines.values()]
_rapid = None
def rapid(path):
    global _rapid
    if _rapid is None:
        from rapidocr_onnxruntime import RapidOCR
        _rapid = RapidOCR(intra_op_num_threads=1, inter_op_num_threads=1)
    im = load_rgb(path); W, H = im.size
    import numpy as np
    tiles = [(0, 0, W, H)]
    if W > 1700 or H > 1700:
        tiles = []
        T, O = 1280, 240
        for y in range(0, max(1, H - O), T - O):
            for x in range(0, max(1, W - O), T - O):
                tiles.append((x, y, min(W, x + T), min(H, y + T)))
    res = []
    for (x0, y0, x1, y1) in tiles:
        arr = np.array(im.crop((x0, y0, x1, y1)))[:, :, ::-1]
        r, _ = _rapid(arr)
        for quad, text, conf in (r or []):
            xs = [p[0] + x0 for p in quad]; ys = [p[1] + y0 for p in quad]
            res.append(dict(text=text, box=[min(xs), min(ys), max(xs), max(ys)], conf=float(conf)))
    return res
if __name__ == "__main__":
    # usage: ocr.py OUTJSON IMG...
    outp = sys.argv[1]; res = json.load(open(outp)) if os.path.exists(outp) else {}
    for p in sys.argv[2:]:
        k = os.path.basename(p)
        if k in res: continue
        res[k] = dict(tess=tess(p), rapid=rapid(p))
        json.dump(res, open(outp, "w"))
        print(k, len(res[k]["tess"]), len(res[k]["rapid"]), flush=True)
