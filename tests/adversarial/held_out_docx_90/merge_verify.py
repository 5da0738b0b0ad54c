import json
t = json.load(open('/tmp/ho48/docx/truth.json')); m = {}
for k in range(6):
    for r in json.load(open(f'/tmp/ho48/docx/truth_verified.{k}.json')): m[r['file']] = r
json.dump([m.get(r['file'], r) for r in t], open('/tmp/ho48/docx/truth_verified.json', 'w'), indent=1, ensure_ascii=False)
