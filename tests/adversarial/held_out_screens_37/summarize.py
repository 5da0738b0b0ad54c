import json
r = json.load(open('/tmp/ho33/screens/score.json'))
print(json.dumps(r['summary'], indent=1))
print("\nMISSES"); 
for m in r['misses']: print(f"- {m['file']} | {m['kind']} | {m['secret']} | read={m['readable']} | ctx={m['ocr_context'][:2]} | vis={m['visible_in_original']} {m['note'][:40]}")
print("\nLOST KEEPS")
for k in r['lost_keeps']: print(f"- {k['file']} | {k['keep']}")
print("\nMETA LEAKS"); [print('-', m) for m in r['meta_leaks']]
print("\nNOT VISIBLE IN ORIGINAL (scorer could not read)"); [print('-', m) for m in r['not_visible_in_original']]
print("\nIMAGES"); 
for i in r['images']: print(i['file'], i['leaks'], i['secrets'], i['kept'], i['keeps'], i['time'], i.get('mode'), i.get('icc'), i.get('chunks'), i['scan_orig_flagged'], i['scan_out_flagged'])
