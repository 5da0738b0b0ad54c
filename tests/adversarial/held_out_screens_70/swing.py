import sys, subprocess
from common import *
item, sc = sys.argv[1], float(sys.argv[2]); rng.seed(hash(item) % 1000 + 5)
c = mpan(); g = mprn(); d = eui(); s = esn(); nm = name(); st, town, pc = address(); c2 = mpan()
spec = []; truth = []
def add(kind, typ, x, y, w, h, text, value=None, form='', keep=False, pad=None):
    spec.append('%s|%d|%d|%d|%d|%s' % (typ, x, y, w, h, text)); truth.append((kind, value if value is not None else text, [x, y, x + w, y + h], form, keep))
add('label', 'label', 10, 8, 400, 22, 'Legacy MOP Tool - Job Entry (Metal)', keep=True)
rows = [('MPAN', 'mpan', c, ' '.join([c[:2], c[2:6], c[6:10], c[10:]]), 'grouped in JTextField'), ('MPRN', 'mprn', g, g, ''),
        ('Comms Hub', 'eui64', d, eui_fmt(d, 'colon').lower(), 'colon lower'), ('MSN', 'serial', s, s[:4] + ' ' + s[4:], 'spaced'),
        ('Occupier', 'name', nm, nm, ''), ('Postcode', 'postcode', pc, pc, '')]
for i, (lab, kind, val, shown, form) in enumerate(rows):
    add('label', 'label', 14, 40 + i * 30, 100, 24, lab, keep=True)
    add(kind, 'field', 120, 40 + i * 30, 260, 24, shown, val, form)
add('mpan', 'area', 400, 40, 120, 70, 'Notes: MPAN ' + c2 + ' old meter', c2, 'JTextArea char-wrapped', False)
ref = keep_ref('MOP-JOB-'); add('keep', 'label', 400, 130, 200, 22, ref, keep=True)
add('keep', 'check', 400, 160, 220, 24, 'Energised 03/12/2026', keep=True)
add('keep', 'button', 400, 220, 120, 28, 'Save D0150', keep=True)
sp = ROOT + '/work/' + item + '.spec'; open(sp, 'w').write('\n'.join(spec) + '\n')
fn = item + '.png'
r = subprocess.run(['java', '-Djava.awt.headless=true', ROOT + '/gen/java/Form.java', sp, CORPUS + '/' + fn, str(sc)], capture_output=True, text=True)
print(r.stderr[-500:])
t = Truth(item, fn, 'Java Swing Metal (headless printAll)', 'scale %s' % sc)
for kind, val, b, form, keep in truth:
    t.add(kind, val, [[v * sc for v in b]], form=form, keep=keep)
t.d['size'] = list(Image.open(CORPUS + '/' + fn).size); t.save(); print(item, t.d['size'])
