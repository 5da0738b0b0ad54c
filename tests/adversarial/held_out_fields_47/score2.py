#!/tmp/venv/bin/python
"""Score out/ against truth.json by independent means: strings over every file (utf-8/latin-1/utf-16/utf-32),
sqlite3 .dump, recursive unzip, tag-stripped XML, LibreOffice -> PDF -> pdftotext, tesseract OCR of rendered
pages and of every image, command stdout/stderr, file names. Writes results/."""
import base64, binascii, html, json, os, re, shutil, subprocess, sys, unicodedata, urllib.parse, zipfile, io, glob

ROOT = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(ROOT, "out2")
RES = os.path.join(ROOT, "results2")
T = json.load(open(os.path.join(ROOT, "truth2.json")))
SEC = T["secrets"]
if os.path.exists(RES):
    shutil.rmtree(RES)
os.makedirs(RES)
REND = os.path.join(RES, "render")
os.makedirs(REND)
HAY = []   # (where, text)


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    s = "".join(ch for ch in s if unicodedata.category(ch) not in ("Cf", "Mn", "Me") and not (0xFE00 <= ord(ch) <= 0xFE0F))
    s = "".join(str(unicodedata.digit(ch)) if ch.isdigit() and not ch.isascii() else ch for ch in s)
    try:
        s2 = html.unescape(s)
        s2 = urllib.parse.unquote(s2)
    except Exception:
        s2 = s
    return s2.lower()


def decoded_extras(s):
    out = []
    for m in re.finditer(r"[A-Za-z0-9+/]{16,}={0,2}", s):
        b = m.group(0)
        try:
            d = base64.b64decode(b + "=" * (-len(b) % 4), validate=False)
            t = d.decode("utf-8")
            if sum(c.isprintable() for c in t) > 0.9 * len(t):
                out.append(t)
        except Exception:
            pass
    for m in re.finditer(r"(?:[0-9a-fA-F]{2}){8,}", s):
        try:
            t = binascii.unhexlify(m.group(0)).decode("utf-8")
            if sum(c.isprintable() for c in t) > 0.9 * len(t):
                out.append(t)
        except Exception:
            pass
    return out


def add(where, text):
    HAY.append((where, text))
    for x in decoded_extras(text):
        HAY.append((where + " [decoded base64/hex]", x))


def strip_tags(x):
    return re.sub(r"<[^>]+>", "", x)


def add_bytes(where, b):
    add(where, b.decode("utf-8", "ignore"))
    add(where + " [utf16le]", b.decode("utf-16-le", "ignore"))
    add(where + " [utf16be]", b.decode("utf-16-be", "ignore"))
    if len(b) < 5_000_000:
        add(where + " [utf32le]", b.decode("utf-32-le", "ignore") if len(b) % 4 == 0 else b[: len(b) - len(b) % 4].decode("utf-32-le", "ignore"))


def ocr(path, where):
    try:
        t = subprocess.run(["tesseract", path, "-", "--psm", "11"], capture_output=True, timeout=120).stdout.decode("utf-8", "ignore")
        add(where + " [OCR]", t)
    except Exception as e:
        add(where + " [OCR failed]", str(e))


IMG = re.compile(rb"^(\x89PNG|\xff\xd8\xff|GIF8|BM|II\*\x00|MM\x00\*)")


def walk_zip(data, where, depth=0):
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
    except Exception:
        return
    for n in z.namelist():
        d = z.read(n)
        w = f"{where}!{n}"
        add(w + " [name]", n)
        add_bytes(w, d)
        if n.endswith(".xml") or n.endswith(".rels"):
            t = d.decode("utf-8", "ignore")
            add(w + " [tags stripped]", strip_tags(t))
            add(w + " [attr values]", " ".join(re.findall(r'="([^"]*)"', t)))
        if IMG.match(d[:8]):
            p = os.path.join(REND, re.sub(r"[^A-Za-z0-9_.-]", "_", w)[-120:])
            open(p, "wb").write(d)
            ocr(p, w)
        if d[:2] == b"PK" and depth < 4:
            walk_zip(d, w, depth + 1)


def render_docx(path, where):
    base = re.sub(r"[^A-Za-z0-9_.-]", "_", os.path.relpath(path, OUT))
    d = os.path.join(REND, base)
    os.makedirs(d, exist_ok=True)
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/ho35/fields/.lo2", "--convert-to", "pdf", "--outdir", d, path], capture_output=True, timeout=300)
    pdfs = glob.glob(os.path.join(d, "*.pdf"))
    if not pdfs:
        add(where + " [render FAILED]", "")
        return
    pdf = pdfs[0]
    t = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True).stdout.decode("utf-8", "ignore")
    open(os.path.join(d, "text.txt"), "w").write(t)
    add(where + " [LibreOffice->pdftotext]", t)
    subprocess.run(["pdftoppm", "-r", "110", "-png", pdf, os.path.join(d, "pg")], capture_output=True, timeout=300)
    for pg in sorted(glob.glob(os.path.join(d, "pg*.png"))):
        ocr(pg, where + " page " + os.path.basename(pg))
    return t


PACK_TEXT = {}
for dirpath, dirs, files in os.walk(OUT):
    rel = os.path.relpath(dirpath, OUT)
    if rel.startswith("tampered"):
        continue
    for f in files:
        p = os.path.join(dirpath, f)
        r = os.path.relpath(p, OUT)
        if r.startswith("cmd/") or r in ("cmds.jsonl", "items.json"):
            continue
        add(r + " [path]", r)
        b = open(p, "rb").read()
        if r.startswith("home/.cache"):
            continue
        add_bytes(r, b)
        if f.endswith(".db") or b[:16] == b"SQLite format 3\x00":
            t = subprocess.run(["sqlite3", p, ".dump"], capture_output=True).stdout.decode("utf-8", "ignore")
            open(os.path.join(RES, re.sub(r"[^A-Za-z0-9_.-]", "_", r) + ".dump.sql"), "w").write(t)
            add(r + " [sqlite .dump]", t)
        if b[:2] == b"PK":
            walk_zip(b, r)
        if IMG.match(b[:8]):
            ocr(p, r)
        if f.endswith(".docx"):
            PACK_TEXT[r] = render_docx(p, r) or ""
# command outputs
cmds = [json.loads(l) for l in open(os.path.join(OUT, "cmds.jsonl"))]
for c in cmds:
    for s in ("out", "err"):
        t = open(os.path.join(OUT, "cmd", f"{c['n']:03d}.{s}"), encoding="utf-8", errors="ignore").read()
        add(f"cmd {c['n']:03d} {c['label']} [std{s}]", t)
# normalised haystack
NH = [(w, norm(t)) for w, t in HAY if t]


def rx(needle):
    return re.compile(r"[^a-z0-9]{0,8}".join(re.escape(ch) for ch in needle))


hits = {}
for sid, s in SEC.items():
    for nd in s["needles"]:
        r = rx(nd)
        for w, t in NH:
            m = r.search(t)
            if m:
                a, b = max(0, m.start() - 50), min(len(t), m.end() + 50)
                hits.setdefault(sid, []).append({"where": w, "needle": nd, "context": t[a:b].replace("\n", "\\n")})
# per probe
probes = T["probes"]
rows = []
for pr in probes:
    h = hits.get(pr["sid"], [])
    rows.append({**pr, "value": SEC[pr["sid"]]["value"], "survived": bool(h), "where": h})
# commands: rc expectations, tracebacks
cmdres = []
for c in cmds:
    err = open(os.path.join(OUT, "cmd", f"{c['n']:03d}.err"), encoding="utf-8", errors="ignore").read()
    outt = open(os.path.join(OUT, "cmd", f"{c['n']:03d}.out"), encoding="utf-8", errors="ignore").read()
    tb = "Traceback" in err or "Traceback" in outt
    bad = (c["expect"] == "ok" and c["rc"] != 0) or (c["expect"] == "refuse" and c["rc"] != 2)
    cmdres.append({**c, "traceback": tb, "unexpected_rc": bad, "stderr": err[-1500:], "stdout_head": outt[:600]})
# keeps: in any pack rendering / command stdout
alltext = "\n".join(PACK_TEXT.values())
allout = "\n".join(open(os.path.join(OUT, "cmd", f"{c['n']:03d}.out"), encoding="utf-8", errors="ignore").read() for c in cmds)


def ws(x):
    return re.sub(r"\s+", " ", x)


keeps = []
for k in T["keeps"]:
    kt = ws(k["text"])
    keeps.append({**k, "in_pack_render": kt in ws(alltext), "in_cli_output": kt in ws(allout)})
json.dump({"probes": rows, "commands": cmdres, "keeps": keeps, "hits": hits}, open(os.path.join(RES, "results.json"), "w"), indent=1, ensure_ascii=False)
# summary
surv = [r for r in rows if r["survived"]]
print(f"probes {len(rows)}  survived {len(surv)}  held {len(rows)-len(surv)}  ({100*(len(rows)-len(surv))/len(rows):.1f}% held)")
print(f"commands {len(cmdres)}  tracebacks {sum(c['traceback'] for c in cmdres)}  unexpected rc {sum(c['unexpected_rc'] for c in cmdres)}")
print(f"keeps {len(keeps)} in pack render {sum(k['in_pack_render'] for k in keeps)}  in cli output {sum(k['in_cli_output'] for k in keeps)}  either {sum(k['in_pack_render'] or k['in_cli_output'] for k in keeps)}")
with open(os.path.join(RES, "survivors.txt"), "w") as f:
    for r in surv:
        f.write(f"{r['id']} {r['group']} | {r['field']} | {r['kind']} | {r['form']} | {r['value']!r}\n")
        seen = set()
        for h in r["where"]:
            key = h["where"]
            if key in seen:
                continue
            seen.add(key)
            f.write(f"     {h['where']}  ::  ...{h['context']}...\n")
print(open(os.path.join(RES, "survivors.txt")).read()[:6000])
