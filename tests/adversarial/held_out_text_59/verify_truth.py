"""Independent truth checks: MPAN check digits (second implementation), per-encoding decoding with iconv,
plain-form values found by grep in iconv output, HTML text via lxml."""
import json, subprocess, sys, re
t = json.load(open("truth.json"))
W = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]
bad = 0; n = 0; grepok = 0; grepn = 0; encfail = 0
ICONV = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "utf-16-le": "UTF-16LE", "utf-16-be": "UTF-16BE", "utf-32-le": "UTF-32LE",
         "utf-16-le-bom": "UTF-16", "utf-16-be-bom": "UTF-16", "utf-32-le-bom": "UTF-32", "utf-32-be-bom": "UTF-32", "cp1252": "CP1252"}
for f in t:
    r = subprocess.run(["iconv", "-f", ICONV[f["encoding"]], "-t", "UTF-8", "corpus/" + f["file"]], capture_output=True)
    if r.returncode:
        encfail += 1; print("iconv fail", f["file"], r.stderr[:100])
    txt = r.stdout.decode("utf-8", "replace")
    for i in f["ids"]:
        if i["kind"] in ("mpan", "mpan21") or (i["kind"] == "mpan-badcheck"):
            v = i["value"]; n += 1
            total = 0
            for k in range(12):
                total += W[k] * int(v[k])
            ok = (total % 11) % 10 == int(v[12]) and 10 <= int(v[:2]) <= 23
            if ok == (i["kind"] == "mpan-badcheck"):
                bad += 1; print("check digit problem", f["file"], v, i["kind"])
        if i["form"] == "plain" and i["kind"] not in ("address", "name"):
            grepn += 1
            if i["value"] in txt or i["value"].lower() in txt.lower():
                grepok += 1
            else:
                print("plain not found by grep", f["file"], i["kind"], i["value"])
    for k in f["keeps"]:
        if k not in txt:
            print("keep not in iconv text", f["file"], k)
print("mpans checked", n, "bad", bad, "| plain values found", grepok, "/", grepn, "| iconv failures", encfail)
