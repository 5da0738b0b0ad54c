"""Independent truth checks (helper-68): check digits re-implemented, shapes, literal presence, iconv decode."""
import json, re, subprocess, sys, collections
T = json.load(open(sys.argv[1])); D = sys.argv[2]
W = (3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43)
def cd(s):  # second implementation
    t = 0
    for k in range(12):
        t += W[k] * (ord(s[k]) - 48)
    return (t % 11) % 10
PC = re.compile(r"^(GIR 0AA|[A-PR-UWYZ]([0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRVWXY]) [0-9][ABD-HJLNP-UW-Z]{2})$")
bad = collections.Counter(); lit = collections.Counter(); n = collections.Counter()
ICONV = {"utf-16": "UTF-16", "utf-16-le": "UTF-16LE", "utf-16-be": "UTF-16BE", "utf-32": "UTF-32", "utf-32-le": "UTF-32LE", "utf-32-be": "UTF-32BE", "utf-8-sig": "UTF-8", "utf-8": "UTF-8"}
for f, t in T.items():
    txt = subprocess.run(["iconv", "-f", ICONV[t["encoding"]], "-t", "UTF-8", D + "/" + f], capture_output=True).stdout.decode("utf-8", "replace").lstrip("\ufeff")
    for d in t["ids"]:
        k = d["kind"]; v = d["value"]; n[k] += 1
        if k in ("mpan", "mpan_full"):
            if not (len(v) == 13 and v.isdigit() and cd(v) == int(v[12])): bad["mpan check " + v] += 1
        if k == "mpan_badcheck" and cd(v) == int(v[12]): bad["badcheck valid " + v] += 1
        if k == "eui" and not re.fullmatch(r"[0-9A-F]{16}", v): bad["eui " + v] += 1
        if k == "postcode" and not PC.match(v): bad["postcode " + v] += 1
        if d["surface"] in txt: lit["literal"] += 1
        else: lit["transformed:" + d["form"]] += 1
    for kp in t["keeps"]:
        if kp["tok"] not in txt: bad["keep absent " + f + " " + kp["tok"]] += 1
        if re.fullmatch(r"\d{13}", kp["tok"]) and cd(kp["tok"]) == int(kp["tok"][12]): bad["keep is valid MPAN " + kp["tok"]] += 1
        for d in t["ids"]:
            if d["kind"] in ("mpan", "mprn", "eui") and d["value"].lower() in kp["tok"].lower(): bad["keep holds id " + kp["tok"]] += 1
print("identifiers by kind:", dict(n)); print("surface literally present:", dict(lit)); print("problems:", dict(bad) or "none")
