"""Post-freeze supplement to verify.py (its generic parser check joined attribute values between text nodes, and it
compared the value rather than the recorded surface): re-check by w:t text only and the PDF text against the surface."""
import json, zipfile, re, subprocess, os
import xml.etree.ElementTree as ET
R = "/tmp/ho54/docx/"; W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
norm = lambda s: re.sub(r"\s+", "", s).lower()
truth = json.load(open(R + "truth.json")); ver = json.load(open(R + "verify.json")); out = {}
for t in truth:
    v = ver[t["file"]]
    if v["visible"]: continue
    z = zipfile.ZipFile(R + "corpus/" + t["file"])
    wt = "".join(e.text or "" for n in z.namelist() if n.endswith(".xml") for e in (ET.fromstring(z.read(n)).iter(W + "t") if True else []))
    pdf = R + "pdf/" + t["file"][:-5] + ".pdf"
    txt = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout if os.path.exists(pdf) else None
    out[t["file"]] = dict(wt_has_surface=norm(t["surface"]) in norm(wt), pdf_has_surface=None if txt is None else norm(t["surface"]) in norm(txt),
                          pdf_has_label=None if txt is None else norm(t["label"]) in norm(txt))
    print(t["file"], out[t["file"]])
json.dump(out, open(R + "verify2.json", "w"), indent=1)
