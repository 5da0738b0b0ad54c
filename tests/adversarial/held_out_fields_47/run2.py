#!/tmp/venv/bin/python
"""Drive the frozen Attest CLI through a tester's day with the corpus. Writes out/ (cmds.jsonl, stdout/stderr, workspaces, packs)."""
import json, os, re, shutil, subprocess, sys, time, signal, zipfile

ROOT = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(ROOT, "out2")
A = "/tmp/ho35/bin/attest"
T = json.load(open(os.path.join(ROOT, "truth2.json")))
FX = T["fixtures"]
P = FX["T"]
K = FX["K"]
EV = FX["ev"]
PID = {}   # typed-probe key -> probe id
for pr in T["probes"]:
    for k, v in P.items():
        if pr["text"] == v and k not in PID:
            PID[k] = pr["id"]
if os.path.exists(OUT):
    shutil.rmtree(OUT)
os.makedirs(os.path.join(OUT, "cmd"))
os.makedirs(os.path.join(OUT, "packs"))
HOME = os.path.join(OUT, "home")
os.makedirs(HOME)
WS = os.path.join(OUT, "ws")
BASE_ENV = {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": HOME, "XDG_CONFIG_HOME": HOME + "/.config", "XDG_DATA_HOME": HOME + "/.local/share",
            "XDG_CACHE_HOME": HOME + "/.cache", "QT_QPA_PLATFORM": "offscreen", "LOGNAME": "ptester", "USER": "ptester", "LANG": "C.UTF-8", "ATTEST_PASSPHRASE": "correct horse battery staple 35",
            "TMPDIR": os.path.join(OUT, "tmp")}
os.makedirs(BASE_ENV["TMPDIR"])
LOG = open(os.path.join(OUT, "cmds.jsonl"), "w")
N = [0]


def run(label, args, probes=(), keeps=(), expect="ok", stdin=None, env=None, ws=WS, timeout=600):
    N[0] += 1
    n = N[0]
    argv = [A] + (["--workspace", ws] if ws else []) + list(args)
    e = dict(BASE_ENV)
    e.update(env or {})
    t0 = time.time()
    p = subprocess.run(argv, input=(stdin or "").encode(), capture_output=True, env=e, cwd=OUT, timeout=timeout)
    so, se = p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")
    open(os.path.join(OUT, "cmd", f"{n:03d}.out"), "w").write(so)
    open(os.path.join(OUT, "cmd", f"{n:03d}.err"), "w").write(se)
    rec = {"n": n, "label": label, "argv": argv, "env": env or {}, "rc": p.returncode, "secs": round(time.time() - t0, 2),
           "probes": [PID.get(x, x) for x in probes], "keeps": list(keeps), "expect": expect}
    LOG.write(json.dumps(rec, ensure_ascii=False) + "\n")
    LOG.flush()
    flag = "" if (expect == "ok" and p.returncode == 0) or (expect == "refuse" and p.returncode == 2) or expect == "any" else "  <-- UNEXPECTED"
    print(f"[{n:03d}] rc={p.returncode} {label}{flag}", flush=True)
    return p.returncode, so, se


def jid(so, key="id"):
    try:
        return json.loads(so)[key]
    except Exception:
        m = re.search(r"\b(\d+)\b", so)
        return int(m.group(1)) if m else None


def main():
    # ---------------- settings and register
    run("settings (show)", ["settings"])
    run("settings originals encrypted", ["settings", "originals", "encrypted"])
    run("register add mpan value", ["register", "add", "--kind", "mpan", "--ref", "MPAN201", P["reg_add_value"]], ["reg_add_value"])
    run("register add name value", ["register", "add", "--kind", "name", "--ref", "NAME201", P["reg_add_name"]], ["reg_add_name"])
    run("register add serial value (stdin)", ["register", "add", "--kind", "serial", "--ref", "MSN201", "-"], ["reg_add_serial"], stdin=P["reg_add_serial"] + "\n")
    for k in ("part_name", "plan_tester", "signed_by", "by_trust"):
        run(f"register add customer name used later in {k}", ["register", "add", "--kind", "name", P[k]], [k], keeps=())
    run("register add --ref MPAN", ["register", "add", "--kind", "mprn", "--ref", P["reg_ref_mpan"], "3000000001"], ["reg_ref_mpan"], expect="refuse")
    run("register add --ref lower serial", ["register", "add", "--kind", "mprn", "--ref", P["reg_ref_serial"], "3000000002"], ["reg_ref_serial"], expect="refuse")
    run("register add --ref postcode", ["register", "add", "--kind", "mprn", "--ref", P["reg_ref_pc"], "3000000003"], ["reg_ref_pc"], expect="refuse")
    run("register add --kind invalid (argparse)", ["register", "add", "--kind", P["kind_choice"], "x"], ["kind_choice"], expect="refuse")
    run("register import csv with bad ref row", ["register", "import", FX["reg_csv"]], expect="any")
    run("register import ok csv", ["register", "import", FX["reg_csv_ok"]], expect="any")
    run("register list", ["register", "list"])
    run("register list --json", ["register", "list", "--json"])
    # ---------------- import
    for k in ("imp_yaml", "imp_csv", "imp_xlsx", "imp_cactus"):
        run(f"import {k}", ["import", FX[k]], expect="any")
    run("import all --json (re-import)", ["import", "--json", FX["imp_yaml"], FX["imp_csv"], FX["imp_xlsx"], FX["imp_cactus"]], expect="any")
    rc, so, _ = run("cases --json", ["cases", "--json"])
    cases = json.loads(so) if rc == 0 else []
    run("cases", ["cases"])
    ids = [c.get("id") for c in cases]
    for i in ids:
        run(f"case show {i}", ["case", "show", str(i)])
        run(f"case show --json {i}", ["case", "show", "--json", str(i)])
    run("case show not-found MPAN", ["case", "show", P["case_arg"]], ["case_arg"], expect="any")
    # ---------------- plan
    run("plan create with probes", ["plan", "create", "--programme", P["plan_prog"], "--release", P["plan_rel"], "--environment", P["plan_env"], P["plan_name"]],
        ["plan_prog", "plan_rel", "plan_env", "plan_name"], expect="any")
    run("plan create --by probe", ["plan", "create", "--by", P["by_plan"], "Plan by"], ["by_plan"], expect="refuse")
    rc, so, _ = run("plan create keeps", ["plan", "create", "--json", "--programme", "MHHS", "--release", "R2.1", "--environment", K["env"], "--starts", "2026-12-01", "--ends", "2027-01-31", "--by", K["by"], K["plan"]], keeps=["plan", "env", "by"])
    plan = jid(so)
    run("plan suite probe name", ["plan", "suite", str(plan), P["suite_name"]], ["suite_name"], expect="any")
    rc, so, _ = run("plan suite keep", ["plan", "suite", "--json", str(plan), K["suite"]], keeps=["suite"])
    suite = jid(so)
    run("plan add --tester probe", ["plan", "add", "--suite", str(suite), "--tester", P["plan_tester"], str(plan)] + [str(i) for i in ids], ["plan_tester"], expect="refuse")
    run("plan add --configuration probe", ["plan", "add", "--suite", str(suite), "--tester", K["tester"], "--configuration", P["plan_config"], str(plan)] + [str(i) for i in ids[:2]], ["plan_config"], expect="any")
    run("plan add keeps", ["plan", "add", "--suite", str(suite), "--tester", K["tester"], "--configuration", K["config"], "--regression", str(plan)] + [str(i) for i in ids], keeps=["tester", "config"], expect="any")
    run("plan criteria --set probe key", ["plan", "criteria", "--set", P["criteria_key"], str(plan)], ["criteria_key"], expect="any")
    run("plan criteria --set probe value", ["plan", "criteria", "--set", P["criteria_val"], str(plan)], ["criteria_val"], expect="any")
    run("plan criteria set ok", ["plan", "criteria", "--set", "passed_pct=95", "--set", "threshold.S3=10", str(plan)])
    run("plan show not-found address", ["plan", "show", P["plan_arg"]], ["plan_arg"], expect="any")
    run("plan list", ["plan", "list"])
    # find the TC-MHHS-0042 case and the ADO case
    def cid(pred):
        for c in cases:
            if pred(c):
                return str(c["id"])
    c_main = cid(lambda c: c.get("reference") == "TC-MHHS-0042") or (str(ids[0]) if ids else "1")
    c_ado = cid(lambda c: "41877" in str(c.get("reference"))) or (str(ids[1]) if len(ids) > 1 else "2")
    # ---------------- run start identity probes
    base = ["run", "start", "--plan", str(plan)]
    run("run start --tester MPAN", base + ["--tester", P["tester_mpan"], c_main], ["tester_mpan"], expect="refuse")
    run("run start --tester email", base + ["--tester", P["tester_email"], c_main], ["tester_email"], expect="refuse")
    run("run start --environment postcode", base + ["--tester", K["tester"], "--environment", P["env_pc"], c_main], ["env_pc"], expect="refuse")
    run("run start --data spaced MPAN", base + ["--tester", K["tester"], "--data", P["data_mpan"], c_main], ["data_mpan"], expect="refuse")
    run("run start --data lower serial", base + ["--tester", K["tester"], "--data", P["data_serial"], c_main], ["data_serial"], expect="refuse")
    run("run start --participant registered name", base + ["--tester", K["tester"], "--witnessed", "--participant", P["part_name"], c_ado], ["part_name"], expect="refuse")
    run("run start --participant org email", base + ["--tester", K["tester"], "--witnessed", "--participant", P["part_org"], c_ado], ["part_org"], expect="refuse")
    # ---------------- run A
    rc, so, _ = run("run start A (keeps)", base + ["--json", "--tester", K["tester"], "--environment", K["env"], "--data", "MPAN201", "--data", "NAME201", c_main], keeps=["tester", "env"])
    ra = str(jid(so))
    st = ["run", "step", ra]
    run("step 1 json/xml/resp", st + ["--status", "passed", "--actual", P["actual1"], "--attach", EV["json"], "--payload", EV["xml"], "--response", EV["resp"], "--caption", P["caption1"], "--by", K["by"]], ["actual1", "caption1"])
    run("step 2 log+mail", st + ["--status", "failed", "--actual", P["actual2"], "--attach", EV["log"], "--attach", EV["mail"], "--caption", P["caption2"]], ["actual2", "caption2"], expect="any")
    run("step 1 again utf16/32/html", st + ["--step", "1", "--deviation", P["deviation"], "--status", "passed", "--actual", P["actual3"], "--attach", EV["u16"], "--attach", EV["u32"]], ["deviation", "actual3"], expect="any")
    run("step 2 again sql+png", st + ["--step", "2", "--deviation", "Re-recorded after data fix", "--status", "passed", "--actual", P["actual4"], "--attach", EV["sql"], "--attach", EV["png"]], ["actual4"], expect="any")
    run("step 2 again bill+jpg", st + ["--step", "2", "--deviation", "Bill and portal added", "--status", "passed", "--actual", P["actual5"], "--attach", EV["bill"], "--attach", EV["jpg"]], ["actual5"], expect="any")
    run("step 1 again named txt+payload", st + ["--step", "1", "--deviation", "Call notes", "--status", "passed", "--actual", P["actual6"], "--attach", FX["att_txt"], "--payload", FX["payload_named"]], ["actual6", "att_txt_name", "payload_name"], expect="any")
    run("step 1 again keeps + zip (refused file)", st + ["--step", "1", "--deviation", "zip", "--status", "passed", "--actual", P["actual7"], "--attach", EV["zip"]], ["actual7"], expect="refuse")
    run("step 1 keeps actual/caption", st + ["--step", "1", "--deviation", "keeps", "--status", "passed", "--actual", K["actual"], "--caption", K["caption"], "--attach", EV["resp"]], keeps=["actual", "caption"])
    run("step --by phone", st + ["--step", "1", "--deviation", "x", "--status", "passed", "--by", P["by_step"]], ["by_step"], expect="refuse")
    run("step --status invalid MPAN (argparse)", st + ["--status", P["status_choice"]], ["status_choice"], expect="refuse")
    run("step --step MPRN (argparse)", st + ["--status", "passed", "--step", P["step_int"], "--deviation", "x"], ["step_int"], expect="refuse")
    run("amend run A", ["run", "amend", ra, "--step", "1", "--action", P["amend_action"], "--expected", P["amend_expected"], "--reason", P["amend_reason"], "--by", K["by"]], ["amend_action", "amend_expected", "amend_reason"], expect="any")
    run("observe positional", ["run", "observe", ra, P["observe1"]], ["observe1"])
    run("observe keep", ["run", "observe", ra, "--text", K["observe"], "--step", "1"], keeps=["observe"])
    run("observe --by eui", ["run", "observe", ra, "--text", "x", "--by", P["by_observe"]], ["by_observe"], expect="refuse")
    run("observe with LOGNAME email", ["run", "observe", ra, "--text", "default by"], ["logname"], env={"LOGNAME": P["logname"], "USER": P["logname"]}, expect="any")
    rc, so, _ = run("run show A json", ["run", "show", "--json", ra])
    items = []
    try:
        rj = json.loads(so)
        for s in rj["steps"]:
            for e in s["evidence"]:
                items.append((e["id"], e["name"], e["kind"]))
    except Exception:
        pass
    json.dump(items, open(os.path.join(OUT, "items.json"), "w"))
    png_item = next((str(i) for i, nm, k in items if nm.endswith(".png") and "crm" in nm.lower()), None) or next((str(i) for i, nm, k in items if k == "screenshot"), "1")
    bill_item = next((str(i) for i, nm, k in items if "bill" in nm), png_item)
    any_item = str(items[0][0]) if items else "1"
    rc, so, _ = run("run defect probes", ["run", "defect", "--json", "--severity", "S2", "--priority", "P2", "--step", "2", "--evidence", any_item, "--description", P["defect_desc"], ra, P["defect_title"]], ["defect_desc", "defect_title"], expect="any")
    d1 = jid(so)
    rc, so, _ = run("run defect keep", ["run", "defect", "--json", "--severity", "S3", "--priority", "P3", "--step", "2", ra, K["defect"]], keeps=["defect"])
    d2 = jid(so)
    run("run defect --by mprn", ["run", "defect", "--severity", "S3", "--priority", "P3", "--by", P["by_defect"], ra, "t"], ["by_defect"], expect="refuse")
    run("annotate png", ["evidence", "annotate", png_item, "--box", "20,60,400,60:" + P["ann_box"], "--text", "30,470:" + P["ann_text"], "--arrow", "600,300,420,200:" + P["ann_arrow"], "--callout", "700,100,1:" + P["ann_callout"]], ["ann_box", "ann_text", "ann_arrow", "ann_callout"], expect="any")
    run("annotate bill from file", ["evidence", "annotate", bill_item, "--file", FX["ann_json"]], ["ann_file"], expect="any")
    run("mask list", ["evidence", "mask", png_item])
    run("mask add", ["evidence", "mask", png_item, "--add", "270,120,900,170"])
    run("mask remove with reason", ["evidence", "mask", png_item, "--remove", "1", "--reason", P["mask_reason"]], ["mask_reason"], expect="any")
    run("mask ITEM not found MPAN", ["evidence", "mask", P["evid_arg"]], ["evid_arg"], expect="any")
    run("run show A", ["run", "show", ra])
    run("run finish A", ["run", "finish", ra])
    # ---------------- packs
    pk = os.path.join(OUT, "packs")
    pa = os.path.join(pk, P["pack_out"])
    run("pack A (probe file name)", ["pack", "--out", pa, ra], ["pack_out"], expect="any")
    pdir = os.path.join(pk, P["pack_out_dir"])
    os.makedirs(pdir, exist_ok=True)
    run("pack A in probe folder", ["pack", "--out", os.path.join(pdir, "evidence_A.docx"), ra], ["pack_out_dir"], expect="any")
    wfd = os.path.join(pk, "withfiles")
    os.makedirs(wfd, exist_ok=True)
    run("pack A --with-files", ["pack", "--with-files", "--out", os.path.join(wfd, P["with_files_out"]), ra], ["with_files_out"], expect="any")
    pplain = os.path.join(pk, "plain_A.docx")
    run("pack A plain", ["pack", "--out", pplain, "--time-zone", "UTC", ra], expect="any")
    run("pack --time-zone MPAN", ["pack", "--out", os.path.join(pk, "tz.docx"), "--time-zone", P["tz"], ra], ["tz"], expect="refuse")
    for f in (pa, pplain):
        if os.path.exists(f):
            run("verify " + os.path.basename(f), ["verify", f], ws=None, expect="any")
            run("verify with workspace", ["verify", f], expect="any")
    # tamper
    if os.path.exists(pplain):
        tp = os.path.join(OUT, "tampered", "tampered_A.docx")
        os.makedirs(os.path.dirname(tp), exist_ok=True)
        zi = zipfile.ZipFile(pplain)
        zo = zipfile.ZipFile(tp, "w", zipfile.ZIP_DEFLATED)
        for it in zi.infolist():
            d = zi.read(it.filename)
            if it.filename == "word/document.xml":
                d = d.replace(b"</w:body>", ("<w:p><w:r><w:t>MPAN " + P["tamper"] + "</w:t></w:r></w:p></w:body>").encode())
                d = d.replace(b"<w:body>", b"<w:body>", 1)
            zo.writestr(it, d)
        zo.close()
        run("verify tampered", ["verify", tp], ["tamper"], ws=None, expect="any")
        run("scan tampered", ["scan", tp], ["tamper"], ws=None, expect="any")
    # ---------------- defects + retest run C
    if d1 is None:
        d1 = d2
    run("defect list", ["defect", "list"])
    run("defect list --json", ["defect", "list", "--json"])
    run("defect move fixed", ["defect", "move", str(d1), "--to", "fixed", "--by", K["by"]], expect="any")
    rc, so, _ = run("run start C retest", base + ["--json", "--tester", K["tester"], "--environment", K["env"], "--retest", ra, "--retests-defect", str(d1), c_main])
    rcid = str(jid(so))
    run("C step 1", ["run", "step", rcid, "--status", "passed", "--actual", "Retest OK: IF-031 delivered, correlation 9a1d7c44-0b2e-4f6a-8d13-77c2e5f90b18"])
    run("C step 2", ["run", "step", rcid, "--status", "passed", "--actual", "D0150 issued 2026-12-02"])
    run("C finish", ["run", "finish", rcid])
    run("defect link", ["defect", "link", str(d1), "--evidence", any_item, "--retest", rcid], expect="any")
    run("defect move closed", ["defect", "move", str(d1), "--to", "closed", "--retest", rcid], expect="any")
    run("defect move deferred probe reason", ["defect", "move", str(d2), "--to", "deferred", "--reason", P["defect_reason"]], ["defect_reason"], expect="any")
    run("defect show d1", ["defect", "show", str(d1)])
    run("defect show d2 --json", ["defect", "show", "--json", str(d2)])
    run("defect show not found", ["defect", "show", P["defect_arg"]], ["defect_arg"], expect="any")
    # ---------------- run B witnessed
    rc, so, _ = run("run start B witnessed", base + ["--json", "--tester", K["tester"], "--environment", K["env"], "--witnessed", "--purpose", P["purpose"],
                                                    "--participant", f"witness:{K['witness']}:{K['org']}", c_ado], ["purpose"], expect="any")
    rb = jid(so)
    if rb is None:
        rc, so, _ = run("run start B witnessed (keep purpose)", base + ["--json", "--tester", K["tester"], "--witnessed", "--purpose", K["purpose"], "--participant", f"witness:{K['witness']}:{K['org']}", c_ado], keeps=["purpose"])
        rb = jid(so)
    rb = str(rb)
    run("participant --name email", ["run", "participant", rb, "--name", P["part_add_name"], "--role", "observer"], ["part_add_name"], expect="refuse")
    run("participant --org phone", ["run", "participant", rb, "--name", "Sam Okafor", "--org", P["part_add_org"], "--role", "observer"], ["part_add_org"], expect="refuse")
    run("participant ok", ["run", "participant", rb, "--name", "Sam Okafor", "--org", "Elexon", "--role", "observer"])
    run("B step 1", ["run", "step", rb, "--status", "passed", "--actual", K["actual"], "--attach", EV["resp"]], expect="any")
    run("B observe query", ["run", "observe", rb, "--kind", "query", "--text", P["observe2"], "--step", "1", "--by", K["witness"]], ["observe2"], expect="any")
    run("B observe defect-candidate", ["run", "observe", rb, "--kind", "defect-candidate", "--text", "Top-up alert 0x8F1C missing in SIT-B", "--by", K["witness"]])
    rc, so, _ = run("B show json", ["run", "show", "--json", rb])
    obs = []
    try:
        obs = [o["id"] for o in json.loads(so)["observations"]]
    except Exception:
        pass
    o1 = str(obs[0]) if obs else "1"
    o2 = str(obs[-1]) if obs else "2"
    run("respond", ["run", "respond", o1, "--text", P["respond"]], ["respond"], expect="any")
    run("promote", ["run", "promote", o2, "--severity", "S3", "--priority", "P3", "--title", P["promote_title"]], ["promote_title"], expect="any")
    run("promote --severity MPAN (argparse)", ["run", "promote", o2, "--severity", P["sev_choice"], "--priority", "P3"], ["sev_choice"], expect="refuse")
    run("B step 2 not run", ["run", "step", rb, "--status", "not-run", "--actual", "Step 2 not executed"], expect="any")
    run("washup --signed-by name", ["run", "washup", rb, "--outcome", "accepted-with-observations", "--signed-by", P["signed_by"]], ["signed_by"], expect="refuse")
    run("washup ok with probes", ["run", "washup", rb, "--outcome", "accepted-with-observations", "--signed-by", K["witness"], "--action", f"{o1}={P['washup_action']}", "--note", P["washup_note"]], ["washup_action", "washup_note"], expect="any")
    run("B show", ["run", "show", rb])
    run("witness report", ["witness", "report", "--out", os.path.join(pk, P["witness_out"]), rb], ["witness_out"], expect="any")
    run("witness report plain", ["witness", "report", "--out", os.path.join(pk, "witness_B.docx"), rb], expect="any")
    run("pack B", ["pack", "--out", os.path.join(pk, "plain_B.docx"), rb], expect="any")
    # ---------------- reports
    run("report completion probes", ["report", "completion", "--out", os.path.join(pk, P["report_out"]), "--recommendations", P["recommend"], "--lessons", P["lessons"], "--by", K["by"], str(plan)], ["report_out", "recommend", "lessons"], expect="any")
    run("report completion lessons2 + keep", ["report", "completion", "--out", os.path.join(pk, "completion_2.docx"), "--lessons", P["lessons2"] + ". " + K["lessons"], str(plan)], ["lessons2"], keeps=["lessons"], expect="any")
    run("report completion keep only", ["report", "completion", "--out", os.path.join(pk, "completion_keep.docx"), "--lessons", K["lessons"], "--recommendations", "Proceed to cycle 3 (R2.1)", str(plan)], keeps=["lessons"], expect="any")
    run("plan show", ["plan", "show", str(plan)])
    run("plan check", ["plan", "check", str(plan)], expect="any")
    # ---------------- ADO (fake / unreachable)
    run("ado connect dev.azure name", ["ado", "connect", "--org", P["ado_org"], "--project", P["ado_project"], "--token-stdin", "--proxy", "http://127.0.0.1:9"], ["ado_org", "ado_project", "ado_pat"], stdin=P["ado_pat"] + "\n", expect="any", timeout=180)
    run("ado connect onprem", ["ado", "connect", "--org", P["ado_org_pc"], "--project", "Smart Metering", "--token-stdin", "--area", P["ado_area"], "--iteration", P["ado_iter"], "--ca-bundle", FX["ca"]],
        ["ado_org_pc", "ado_area", "ado_iter", "ado_ca"], stdin="abcdefghijklmnop\n", expect="any", timeout=180)
    run("ado connect proxy userinfo", ["ado", "connect", "--org", "http://127.0.0.1:9/tfs/DefaultCollection", "--project", "Smart Metering", "--token-stdin", "--proxy", P["ado_proxy"]], ["ado_proxy"], stdin="abcdefghijklmnop\n", expect="any", timeout=180)
    run("ado status", ["ado", "status"], expect="any")
    run("ado pull --plan MPAN", ["ado", "pull", "--plan", P["ado_plan"]], ["ado_plan"], expect="any", timeout=180)
    run("ado publish --dry-run", ["ado", "publish", "--dry-run", ra], expect="any", timeout=180)
    # ---------------- audit, scan, redact, gc, runs
    run("audit verify", ["audit", "verify"], expect="any")
    run("audit verify --head MPAN", ["audit", "verify", "--head", P["head"]], ["head"], expect="any")
    run("scan file with MPAN", ["scan", FX["scan_in"]], ["scan_in"], ws=None, expect="any")
    run("scan packs folder", ["scan", pk], expect="any")
    rd = os.path.join(OUT, "redacted")
    run("redact", ["redact", "--out", rd, "--report", os.path.join(OUT, P["redact_report"]), FX["redact_in"], EV["log"], EV["html"]], ["redact_report", "redact_in_name"], expect="any")
    run("gc", ["gc"], expect="any")
    run("gc --json", ["gc", "--json"], expect="any")
    run("runs", ["runs"])
    run("runs --json", ["runs", "--json"])
    run("runs --time-zone MPAN", ["runs", "--time-zone", P["tz"]], ["tz"], expect="refuse")
    run("runs ATTEST_TIME_ZONE postcode", ["runs"], ["tz_env"], env={"ATTEST_TIME_ZONE": P["tz_env"]}, expect="any")
    run("run show not-found", ["run", "show", P["run_arg"]], ["run_arg"], expect="any")
    # ---------------- interrupted pack, then re-run
    argv = [A, "--workspace", WS, "pack", "--out", os.path.join(pk, "killed_A.docx"), ra]
    e = dict(BASE_ENV)
    pr = subprocess.Popen(argv, env=e, cwd=OUT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    time.sleep(2.5)
    pr.send_signal(signal.SIGKILL)
    so, se = pr.communicate()
    N[0] += 1
    open(os.path.join(OUT, "cmd", f"{N[0]:03d}.out"), "wb").write(so)
    open(os.path.join(OUT, "cmd", f"{N[0]:03d}.err"), "wb").write(se)
    LOG.write(json.dumps({"n": N[0], "label": "pack A killed -9 after 2.5 s", "argv": argv, "env": {}, "rc": pr.returncode, "probes": [], "keeps": [], "expect": "any"}) + "\n")
    print(f"[{N[0]:03d}] killed pack rc={pr.returncode}", flush=True)
    run("pack A re-run after kill", ["pack", "--out", os.path.join(pk, "killed_A.docx"), ra], expect="any")
    run("audit verify after kill", ["audit", "verify"], expect="any")
    run("gc after kill", ["gc", "--json"], expect="any")
    # ---------------- workspace copied to another folder
    wc = os.path.join(OUT, "ws_copy")
    shutil.copytree(WS, wc)
    run("copy: runs", ["runs"], ws=wc, expect="any")
    run("copy: audit verify", ["audit", "verify"], ws=wc, expect="any")
    run("copy: audit trust --by name", ["audit", "trust", "--reason", "moved", "--by", P["by_trust"]], ["by_trust"], ws=wc, expect="refuse")
    run("copy: audit trust reason probe", ["audit", "trust", "--reason", P["trust_reason"], "--by", K["by"]], ["trust_reason"], ws=wc, expect="any")
    run("copy: audit verify 2", ["audit", "verify"], ws=wc, expect="any")
    run("copy: pack A", ["pack", "--out", os.path.join(pk, "copy_A.docx"), ra], ws=wc, expect="any")
    # ---------------- workspace whose folder name carries a postcode
    wn = os.path.join(OUT, P["ws_name"])
    run("named ws: import yaml", ["import", FX["imp_yaml"]], ["ws_name"], ws=wn, expect="any")
    run("named ws: cases", ["cases"], ["ws_name"], ws=wn, expect="any")
    run("settings final", ["settings"])
    LOG.close()
    print("done")


if __name__ == "__main__":
    main()
