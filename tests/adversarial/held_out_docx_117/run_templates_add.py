"""For each altered template: attest pack RUN --template T --out packs/P.docx; then check the pack independently
(value in any XML text/attribute, planted picture bytes present) and `attest scan` it. Writes templates_result.json."""
import subprocess, json, os, zipfile, hashlib, re, sys
sys.path.insert(0, "/tmp/ho54/docx")
from verify import alltext, norm
A = "/tmp/ho54/bin/attest"; ROOT = "/tmp/ho54/docx"; WS = ROOT + "/ws_tpl"
truth = json.load(open(ROOT + "/templates_add_truth.json")); os.makedirs(ROOT + "/packs", exist_ok=True)
def planted_hashes(p):
    z = zipfile.ZipFile(p); return {hashlib.sha256(z.read(n)).hexdigest() for n in z.namelist() if "/media/attx" in n}
res = {}
for t in truth:
    tp = ROOT + "/templates_add/" + t["file"]; outp = ROOT + "/packs/pack_" + t["file"]
    if os.path.exists(outp): os.remove(outp)
    p = subprocess.run(["nice", A, "--workspace", WS, "pack", "1", "--template", tp, "--out", outp], capture_output=True, text=True, timeout=600)
    r = dict(rc=p.returncode, stdout=p.stdout[-3000:], stderr=p.stderr[-3000:], written=os.path.exists(outp))
    if r["written"]:
        z = zipfile.ZipFile(outp); txt = "\n".join(alltext(z).values())
        allbytes = b"".join(z.read(n) for n in z.namelist())
        r["value_in_xml"] = norm(t["value"]) in norm(txt)
        hs = {hashlib.sha256(z.read(n)).hexdigest() for n in z.namelist()}
        ph = planted_hashes(tp); r["planted_picture_in_pack"] = bool(ph) and bool(ph & hs)
        s = subprocess.run(["nice", A, "--workspace", ROOT + "/ws_scan", "scan", outp], capture_output=True, text=True, timeout=300)
        r["scan_rc"] = s.returncode; r["scan_out"] = (s.stdout + s.stderr)[-2000:]
    r["outcome"] = "refused" if not r["written"] else ("written_with_value" if r.get("value_in_xml") or r.get("planted_picture_in_pack") else "written_clean")
    r["echo"] = t["value"] in (p.stdout + p.stderr + r.get("scan_out", ""))
    res[t["file"]] = r; print(t["file"], r["rc"], r["outcome"], r.get("scan_rc"), flush=True)
json.dump(res, open(ROOT + "/templates_add_result.json", "w"), indent=1)
