#!/tmp/venv/bin/python
"""Independent check of the truth: every secret must be findable in the inputs (argv, stdin, env, file names, file bytes, decoded)."""
import json, os, sys, subprocess
sys.argv = ['x']; exec(open('/tmp/ho34/fields/suite/run_all.py').read().split('def main():')[0])
inputs = []
for e in plan:
    inputs += e['argv'] + [e['stdin'] or '', e.get('note', '')] + [v or '' for v in e['env'].values()]
CD = ROOT + '/corpus' + SUF
for fn in os.listdir(CD):
    inputs.append(fn); b = open(CD + '/' + fn, 'rb').read(); inputs += bytes_texts(b)
    if fn.endswith('.xlsx'):
        import openpyxl
        for row in openpyxl.load_workbook(CD + '/' + fn).active.iter_rows(values_only=True): inputs += [str(c) for c in row if c]
    if fn.endswith('.png'):
        inputs.append(subprocess.run(['tesseract', CD + '/' + fn, '-', '--psm', '11'], capture_output=True).stdout.decode())
c = '\n'.join(compact(v) for t in inputs for v in decoded_variants(t))
bad = [s for s in truth['secrets'] if not any(n in c for n in needles(s))]
for s in bad: print('NOT FOUND IN INPUTS', s['id'], s['where'], s['typed'])
print(len(truth['secrets']), 'secrets;', len(bad), 'not found')
