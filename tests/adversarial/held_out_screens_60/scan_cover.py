"""Item-level coverage of `attest scan` on originals: which readable identifiers have no overlapping scan box."""
import json, re, sys, collections
scan = collections.defaultdict(list); whole = collections.defaultdict(list)
for line in open(sys.argv[1]):
    m = re.match(r"(\S+): box (\d+),(\d+)-(\d+),(\d+): (\w+)", line)
    if m: scan[m.group(1).split("/")[-1]].append(tuple(int(m.group(i)) for i in range(2, 6)) + (m.group(6),))
    elif ": whole file" in line: whole[line.split(":")[0].split("/")[-1]].append(line.strip())
B = json.load(open(sys.argv[2])); miss = []; n = 0
for f in B:
    for it in f["items"]:
        if it["role"] != "id" or not it["leak"]: continue
        n += 1
        ok = any(not (b[2] < s[0] or s[2] < b[0] or b[3] < s[1] or s[3] < b[1]) for b in it["boxes"] for s in scan[f["file"]])
        if not ok: miss.append((f["file"], it["kind"], it["value"]))
print("readable identifiers in originals: %d; with no overlapping scan finding: %d" % (n, len(miss)))
for m in miss: print("  ", *m)
