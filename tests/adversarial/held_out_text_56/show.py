import json, sys, re
sys.path.insert(0, '/tmp/ho38/text/gen')
import score as S
r = json.load(open(sys.argv[1])); outdir = sys.argv[2]
kinds = sys.argv[3].split(',') if len(sys.argv) > 3 else None
T = {t['file']: t for t in S.TRUTH}
for x in r['ids']:
    if x['status'] != 'LEAK' or (kinds and x['kind'] not in kinds): continue
    raw = S.decode_bytes(open(outdir + '/' + x['file'], 'rb').read(), T[x['file']]['encoding'])
    rd = x['readable'] or ''
    # locate context in clean view
    cv = S.clean(raw)
    ctx = ''
    key = rd if x['kind'] in ('name', 'address') else None
    if key:
        m = re.search(re.escape(key), cv, re.I)
        if m: ctx = cv[max(0, m.start() - 60): m.end() + 40]
    else:
        # find first digit fragment of readable in clean view ignoring separators
        frag = rd[:4] if not rd.startswith('partial') else rd[8:12]
        m = re.search(re.escape(frag), cv, re.I)
        if m: ctx = cv[max(0, m.start() - 50): m.end() + 50]
    print('%-34s %-8s %-26s forms=%s readable=%s\n     ctx=%r' % (x['file'], x['kind'], x['value'][:26], x['forms'], rd, ctx))
