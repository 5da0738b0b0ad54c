import json, collections
r = json.load(open('results.json'))
inst = r['instances']
def table(keyf, title):
    c = collections.defaultdict(lambda: [0, 0])
    for i in inst:
        k = keyf(i); c[k][0] += 1; c[k][1] += i['leaked']
    out = [f"| {title} | identifiers | leaked | recall % |", "|---|---:|---:|---:|"]
    for k in sorted(c, key=lambda k: (-c[k][1], k)):
        n, l = c[k]
        out.append(f"| {k} | {n} | {l} | {100*(n-l)/n:.1f} |")
    return "\n".join(out)
def enc(i):
    return i['codec']
fk = collections.defaultdict(lambda: [0, 0])
for f in r['files']:
    fk[f['codec']][0] += f['keeps']; fk[f['codec']][1] += f['lost']
print(table(lambda i: i['kind'], 'kind')); print()
print(table(lambda i: i['codec'].replace('utf-8', 'UTF-8') , 'encoding')); print()
import re
def form(i):
    s = i['surface']
    if i['kind'] in ('name', 'address', 'email'):
        return i['kind'] + ' `' + i['shape'] + '`'
    sig = re.sub(r'[0-9A-Za-z]+', 'x', s).replace('\u00a0', '<nbsp>')
    case = ' lower' if re.search('[a-z]', s) else ''
    return f"{i['kind']} `{sig}`{case}"
print(table(form, 'kind / surface form (x = run of letters/digits)')); print()
g = collections.defaultdict(lambda: [0, 0, 0, 0, 0])
for f in r['files']:
    x = g[f['genre']]; x[0] += 1; x[1] += f['secrets']; x[2] += f['leaked']; x[3] += f['keeps']; x[4] += f['lost']
print("| genre | files | identifiers | leaked | recall % | keeps | lost |"); print("|---|---:|---:|---:|---:|---:|---:|")
for k in sorted(g, key=lambda k: (-g[k][2], -g[k][4], k)):
    x = g[k]; print(f"| {k} | {x[0]} | {x[1]} | {x[2]} | {100*(x[1]-x[2])/x[1]:.1f} | {x[3]} | {x[4]} |")
print()
kc = collections.defaultdict(lambda: [0, 0])
tr = json.load(open('truth.json'))
for fe in tr['files']:
    for k in fe['keeps']:
        kc[k['kind']][0] += 1
lk = collections.Counter()
for k in r['lost_keeps']:
    lk[k['kind']] += k['orig'] - k['out']
print("| keep kind | planted | lost |"); print("|---|---:|---:|")
for k in sorted(kc): print(f"| {k} | {kc[k][0]} | {lk[k]} |")
print()
print("| encoding | files | keeps | lost | encoding+newline preserved |"); print("|---|---:|---:|---:|---:|")
fe2 = collections.defaultdict(lambda: [0, 0, 0, 0])
for f in r['files']:
    k = f['codec'] + (' CRLF' if f['newline'] == 'crlf' else '')
    x = fe2[f['codec']]; x[0] += 1; x[1] += f['keeps']; x[2] += f['lost']; x[3] += 1 if f.get('encoding_preserved') else 0
for k in sorted(fe2): x = fe2[k]; print(f"| {k} | {x[0]} | {x[1]} | {x[2]} | {x[3]}/{x[0]} |")
