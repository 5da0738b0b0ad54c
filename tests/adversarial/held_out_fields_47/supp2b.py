#!/tmp/venv/bin/python
"""Round 2 supplement (b: trust the original first, since the copy made it look rolled back) (same frozen corpus2 inputs): --with-files packs with clean names, verify, late gc. Appends to out2/cmds.jsonl."""
import json, os, subprocess, time
ROOT = "/tmp/ho35/fields"; OUT = ROOT + "/out2"; A = "/tmp/ho35/bin/attest"; WS = OUT + "/ws"
HOME = OUT + "/home"
E = {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": HOME, "XDG_CONFIG_HOME": HOME + "/.config", "XDG_DATA_HOME": HOME + "/.local/share",
     "XDG_CACHE_HOME": HOME + "/.cache", "QT_QPA_PLATFORM": "offscreen", "LOGNAME": "ptester", "USER": "ptester", "LANG": "C.UTF-8",
     "ATTEST_PASSPHRASE": "correct horse battery staple 35", "TMPDIR": OUT + "/tmp"}
n = sum(1 for _ in open(OUT + "/cmds.jsonl"))
log = open(OUT + "/cmds.jsonl", "a")
os.makedirs(OUT + "/packs/withfiles", exist_ok=True)
for label, args in [("audit trust on the original after the copy advanced", ["audit", "trust", "--reason", "original folder is the live one; the copy was a backup", "--by", "Priya Natarajan"]),
                    ("pack A --with-files clean name", ["pack", "--with-files", "--out", OUT + "/packs/withfiles/TC-MHHS-0042_run3.docx", "3"]),
                    ("pack B --with-files clean name", ["pack", "--with-files", "--out", OUT + "/packs/withfiles/ADO-41877_run5.docx", "5"]),
                    ("verify with-files pack", ["verify", OUT + "/packs/withfiles/TC-MHHS-0042_run3.docx"]),
                    ("gc --json late (>10 min after kill)", ["gc", "--json"]),
                    ("audit verify final", ["audit", "verify"])]:
    n += 1
    p = subprocess.run([A, "--workspace", WS] + args, capture_output=True, env=E, cwd=OUT)
    open(f"{OUT}/cmd/{n:03d}.out", "wb").write(p.stdout); open(f"{OUT}/cmd/{n:03d}.err", "wb").write(p.stderr)
    log.write(json.dumps({"n": n, "label": label, "argv": [A, "--workspace", WS] + args, "env": {}, "rc": p.returncode, "probes": [], "keeps": [], "expect": "any"}) + "\n")
    print(n, p.returncode, label, p.stdout.decode()[:300], p.stderr.decode()[:300])
