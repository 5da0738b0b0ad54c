"""Score `attest scan` results. scan_results.json: {file: {rc, stdout, stderr, secs}}.
Rule: an altered copy is FLAGGED iff rc != 0 and the run did not crash (no 'Traceback'); a crash is counted separately
(not as flagged). A control is CLEAN iff rc == 0. Value echo: the planted value (or its digits-only form, if >= 6 digits)
appearing in stdout/stderr."""
import json, sys, os, re, collections
ROOT = os.path.dirname(os.path.abspath(__file__))
def classify(s):
    if "Traceback" in (s.get("stderr", "") + s.get("stdout", "")): return "crash"
    if s.get("rc") is None: return "hang"
    return "flagged" if s["rc"] != 0 else "clean"
def echo(t, s):
    out = s.get("stdout", "") + s.get("stderr", ""); v = t["value"]
    if v in out: return True
    d = re.sub(r"\D", "", v)
    return len(d) >= 6 and d in out
def score(truth, scans, quiet=False):
    alt = [t for t in truth if t["role"] == "altered"]; ctl = [t for t in truth if t["role"] == "control"]
    c = {t["file"]: classify(scans.get(t["file"], {"rc": None})) for t in truth}
    per_t = collections.defaultdict(lambda: [0, 0]); per_k = collections.defaultdict(lambda: [0, 0]); per_g = collections.defaultdict(lambda: [0, 0])
    for t in alt:
        f = c[t["file"]] == "flagged"
        for d, k in ((per_t, t["technique"]), (per_k, t["kind"]), (per_g, t["group"])): d[k][0] += f; d[k][1] += 1
    flagged = sum(c[t["file"]] == "flagged" for t in alt); clean_ctl = sum(c[t["file"]] == "clean" for t in ctl)
    res = dict(altered=len(alt), flagged=flagged, recall=flagged / len(alt), controls=len(ctl), controls_clean=clean_ctl,
               keep_rate=clean_ctl / len(ctl) if ctl else None,
               crashes=[f for f, v in c.items() if v == "crash"], hangs=[f for f, v in c.items() if v == "hang"],
               per_technique=dict(per_t), per_kind=dict(per_k), per_group=dict(per_g),
               misses=[t for t in alt if c[t["file"]] != "flagged"], false_flags=[t for t in ctl if c[t["file"]] != "clean"],
               echoes=[t["file"] for t in truth if t["file"] in scans and echo(t, scans[t["file"]])])
    return res
if __name__ == "__main__":
    truth = json.load(open(os.path.join(ROOT, "truth.json")))
    if sys.argv[1:] == ["--selftest"]:
        ident = {t["file"]: {"rc": 0, "stdout": "", "stderr": ""} for t in truth}
        oracle = {t["file"]: {"rc": 1 if t["role"] == "altered" else 0, "stdout": "", "stderr": ""} for t in truth}
        a = score(truth, ident); b = score(truth, oracle)
        print("identity: recall %.1f%% keep %.1f%%" % (100 * a["recall"], 100 * a["keep_rate"]))
        print("oracle:   recall %.1f%% keep %.1f%%" % (100 * b["recall"], 100 * b["keep_rate"]))
        assert a["recall"] == 0 and b["recall"] == 1 and b["keep_rate"] == 1; print("selftest OK"); sys.exit(0)
    scans = json.load(open(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "scan_results.json")))
    r = score(truth, scans)
    json.dump(r, open(os.path.join(ROOT, "score.json"), "w"), indent=1, ensure_ascii=False)
    print("altered flagged %d/%d = %.1f%%; controls clean %d/%d; crashes %d; hangs %d; echoes %d" % (
        r["flagged"], r["altered"], 100 * r["recall"], r["controls_clean"], r["controls"], len(r["crashes"]), len(r["hangs"]), len(r["echoes"])))
    for name in ("per_group", "per_technique", "per_kind"):
        print(name); [print("  %-24s %d/%d" % (k, v[0], v[1])) for k, v in sorted(r[name].items())]
