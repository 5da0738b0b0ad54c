#!/usr/bin/env python3
"""Run Attest (black box) over corpus/ in batches of 20, a fresh workspace each; then `attest scan` on each output."""
import json, os, subprocess, sys, time
HERE = os.path.dirname(os.path.abspath(__file__))
ATTEST = os.environ.get("ATTEST", "/tmp/ho52/bin/attest")
files = sorted(os.listdir(os.path.join(HERE, "corpus")))
log = []
for bi in range(0, len(files), 20):
    b = f"b{bi // 20:02d}"
    rd = os.path.join(HERE, "runs", b); od = os.path.join(HERE, "out", b)
    os.makedirs(rd, exist_ok=True)
    args = [os.path.join(HERE, "corpus", f) for f in files[bi:bi + 20]]
    t0 = time.time()
    try:
        p = subprocess.run(["nice", ATTEST, "--workspace", os.path.join(rd, "ws"), "redact", "--out", od, "--report",
                            os.path.join(rd, "report.json")] + args, capture_output=True, timeout=900)
        rc, so, se = p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired as e:
        rc, so, se = "timeout", e.stdout or b"", e.stderr or b""
    dt = time.time() - t0
    open(os.path.join(rd, "redact.stdout"), "wb").write(so); open(os.path.join(rd, "redact.stderr"), "wb").write(se)
    t1 = time.time()
    try:
        q = subprocess.run(["nice", ATTEST, "--workspace", os.path.join(rd, "ws"), "scan", od], capture_output=True, timeout=900)
        qrc, qo, qe = q.returncode, q.stdout, q.stderr
    except subprocess.TimeoutExpired as e:
        qrc, qo, qe = "timeout", e.stdout or b"", e.stderr or b""
    open(os.path.join(rd, "scan.stdout"), "wb").write(qo); open(os.path.join(rd, "scan.stderr"), "wb").write(qe)
    rec = {"batch": b, "files": files[bi:bi + 20], "redact_rc": rc, "redact_s": round(dt, 1), "scan_rc": qrc, "scan_s": round(time.time() - t1, 1)}
    log.append(rec)
    print(b, "redact rc", rc, f"{dt:.1f}s", "scan rc", qrc, flush=True)
json.dump(log, open(os.path.join(HERE, "runs", "runlog.json"), "w"), indent=1)
