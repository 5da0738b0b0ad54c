"""Independent check of the truth: check digits, shapes, boxes inside the image and on ink, surfaces present in what the toolkit was given."""
import json, glob, os, re, sys
from PIL import Image, ImageStat
ROOT = os.path.dirname(os.path.abspath(__file__))
W = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]
def ok_core(s):
    d = re.sub(r'\D', '', s)
    return len(d) == 13 and int(d[12]) == sum(int(a)*b for a, b in zip(d[:12], W)) % 11 % 10
SHAPES = {'mpan_top': r'^\d{2} ?\d{3} ?\d{3}$', 'mprn': r'^\d{6,10}(\.0)?$', 'serial_g': r'^E6S\d{11}$', 'serial_e': r'^[A-Z0-9]{8,10}$',
          'eui64': r'^(0x)?00[-:]?1C[-:]?9B([-:]?[0-9A-F]{2}){5}$', 'postcode': r'^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$', 'phone': r'^0\d{2,4} \d{3,4} ?\d{3,4}$',
          'email': r'^[a-z.]+\d*@example\.(com|org|net|co\.uk)$', 'account': r'^\d{10}$'}
bad = 0; n = 0
srcs = {}
for f in glob.glob(f'{ROOT}/work/html/*.html'): srcs[os.path.basename(f)[:-5]] = open(f).read()
lo = open(f'{ROOT}/work/lo/labels.html').read() if os.path.exists(f'{ROOT}/work/lo/labels.html') else ''
for tj in sorted(glob.glob(f'{ROOT}/truth/*.json')):
    t = json.load(open(tj)); im = Image.open(f"{ROOT}/corpus/{t['image']}").convert('L'); name = os.path.basename(tj)[:-5]
    base = name.split('_share_')[-1] if name.startswith('j') else name
    for it in t['items']:
        n += 1; v = it['value']; k = it['kind']; prob = []
        if k == 'mpan_core' and not ok_core(v): prob.append('check digit')
        if k in SHAPES and not re.match(SHAPES[k], v, re.I): prob.append('shape')
        for b in it['boxes']:
            if b[0] < -1 or b[1] < -1 or b[2] > im.width+1 or b[3] > im.height+1 or b[2] <= b[0] or b[3] <= b[1]: prob.append(f'box out {b}')
            else:
                c = im.crop((int(max(0, b[0])), int(max(0, b[1])), int(min(im.width, b[2]+1)), int(min(im.height, b[3]+1))))
                if ImageStat.Stat(c).stddev[0] < 8: prob.append(f'no ink {b}')
        if base.startswith('c') and base in srcs:
            if '>' + v.replace('&', '&amp;').replace("'", '&#x27;') + '<' not in srcs[base] and v not in srcs[base]: prob.append('surface not in html')
        if base.startswith('l') and v.replace("'", '&#x27;') not in lo and v not in lo: prob.append('surface not in LO source')
        if not it['boxes']: prob.append('no box')
        if prob:
            bad += 1
            if bad <= 30: print(name, k, repr(v), prob)
print(f'{n} items checked, {bad} with problems')
