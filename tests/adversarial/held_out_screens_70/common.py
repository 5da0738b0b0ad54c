"""Shared helpers: unique identifier values, truth registry, box transforms."""
import random, json, math, os
from PIL import Image, ImageDraw, ImageFont, ImageFilter

ROOT = '/tmp/ho43/screens'
CORPUS = ROOT + '/corpus'
TRUTH = ROOT + '/truth'
os.makedirs(CORPUS, exist_ok=True); os.makedirs(TRUTH, exist_ok=True)
rng = random.Random(4313)
_used = set()

PRIMES = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]

def mpan_check(d12):
    return str(sum(int(c) * p for c, p in zip(d12, PRIMES)) % 11 % 10)

def uniq(f):
    while True:
        v = f()
        if v not in _used:
            _used.add(v); return v

def mpan():
    def f():
        dist = rng.choice(['10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20', '21', '22', '23'])
        body = dist + ''.join(rng.choice('0123456789') for _ in range(10))
        return body + mpan_check(body)
    return uniq(f)

def mpan_top():
    return uniq(lambda: rng.choice(['01', '02', '03', '04', '05', '08']) + rng.choice(['801', '845', '811', '393', '151']) + '%03d' % rng.randint(100, 999))

def sgroups(core):  # 2 4 4 3
    return [core[:2], core[2:6], core[6:10], core[10:]]

def mprn():
    return uniq(lambda: str(rng.randint(1, 9)) + ''.join(rng.choice('0123456789') for _ in range(rng.choice([9, 9, 7]))))

def eui():
    oui = rng.choice(['00-1D-A1', '00-0D-6F', '70-B3-D5', '00-24-46', 'BC-33-AC'])
    return uniq(lambda: oui.replace('-', '') + ''.join(rng.choice('0123456789ABCDEF') for _ in range(10)))

def eui_fmt(h, style):
    b = [h[i:i + 2] for i in range(0, 16, 2)]
    if style == 'hy': return '-'.join(b)
    if style == 'colon': return ':'.join(b)
    if style == 'plain': return h
    if style == 'lower': return '-'.join(b).lower()
    if style == 'dot4': return '.'.join(h[i:i + 4] for i in range(0, 16, 4)).lower()
    if style == 'dot2': return '.'.join(b)
    if style == 'space': return ' '.join(b)
    raise ValueError(style)

def esn():  # electricity meter serial
    def f():
        return rng.choice(['E1', 'E2', 'K1', '18', '19', '21', 'L0']) + rng.choice(['UP', 'P', 'K', 'ZA', 'TL', 'W']) + ''.join(rng.choice('0123456789') for _ in range(rng.choice([5, 6, 7])))
    return uniq(f)

def gsn():
    return uniq(lambda: 'G4' + rng.choice('ABCEKL') + ''.join(rng.choice('0123456789') for _ in range(8)) + rng.choice('AEFG'))

FIRST = ['Owain', 'Siân', 'Rhiannon', 'Callum', 'Aoife', 'Priya', 'Tomasz', 'Eleri', 'Hamish', 'Imogen', 'Kwame', 'Niamh',
         'Dafydd', 'Morag', 'Lewis', 'Harriet', 'Bethan', 'Oluwaseun', 'Fergus', 'Ailsa', 'Gethin', 'Catriona', 'Rory', 'Yasmin',
         'Euan', 'Ffion', 'Declan', 'Isla', 'Ravinder', 'Tegan', 'Alasdair', 'Marnie', 'Cerys', 'Idris', 'Lowri', 'Barnaby']
LAST = ['ap Gruffydd', 'Fitzgerald-O\'Neill', 'van der Berg', 'de la Mare', 'Ffoulkes-Pryce', 'MacAllister', 'Okonkwo-Hughes', 'St John',
        'Llewellyn-Bowen', 'O\'Driscoll', 'Worthington', 'Nakamura-Bell', 'Pemberton', 'Cholmondeley', 'le Fevre', 'Abernethy',
        'Trevelyan', 'Haverford-West', 'Penhaligon', 'Quigley', 'Bhattacharya', 'Kowalczyk', 'Featherstonehaugh', 'Mac an tSaoir',
        'Dunsmuir', 'Ellingham-Smythe', 'Gwynedd-Jones', 'Treharne', 'Carmichael', 'Rees-Mogford', 'Ollerenshaw', 'Stenhouse',
        'Venables', 'Yardley', 'Brackenbury', 'Cadwaladr']
STREETS = ['Heol y Felin', 'Pen-y-Bryn Road', 'Tollcross Wynd', 'Ashby Crescent', 'Marlowe Close', 'Brunswick Terrace', 'Kelvin Drive',
           'Thornfield Lane', 'Saltmarsh Row', 'Gorsedd Avenue', 'Ravenscroft Mews', 'Quarry Bank', 'Ffordd Glyndwr', 'Larkspur Way',
           'Wheatsheaf Yard', 'Coldharbour Walk', 'Mill Lade', 'Beaconsfield Place', 'Drumbrae Gardens', 'Orchard Chase']
TOWNS = [('Bangor', 'LL57'), ('Aberystwyth', 'SY23'), ('Glasgow', 'G31'), ('Leicester', 'LE2'), ('Hull', 'HU5'), ('Bristol', 'BS6'),
         ('Dundee', 'DD2'), ('Norwich', 'NR3'), ('Swansea', 'SA1'), ('Derby', 'DE22'), ('Carlisle', 'CA2'), ('Truro', 'TR1'),
         ('Leeds', 'LS11'), ('London', 'SE15'), ('London', 'EC1V'), ('Manchester', 'M14'), ('Cardiff', 'CF24'), ('Inverness', 'IV2')]

def name():
    return uniq(lambda: rng.choice(['Mr', 'Mrs', 'Ms', 'Dr', 'Miss']) + ' ' + rng.choice(FIRST) + ' ' + rng.choice(LAST))

def postcode(out=None):
    def f():
        o = out or rng.choice(TOWNS)[1]
        return o + ' ' + str(rng.randint(1, 9)) + rng.choice('ABDEFGHJLNPQRSTUWXYZ') + rng.choice('ABDEFGHJLNPQRSTUWXYZ')
    return uniq(f)

def address():
    town, out = rng.choice(TOWNS)
    street = uniq(lambda: '%d %s' % (rng.randint(2, 240), rng.choice(STREETS)))
    return street, town, postcode(out)

def phone():
    return uniq(lambda: rng.choice(['07700 900', '0113 496 0', '0161 496 0', '029 2018 0', '0141 496 0']) + '%03d' % rng.randint(0, 999))

def email(nm):
    parts = nm.split()[1:]
    return uniq(lambda: (parts[0][0] + '.' + parts[-1]).lower().replace("'", '').replace('â', 'a') + str(rng.randint(1, 99)) + '@' + rng.choice(['outlook.com', 'btinternet.com', 'gmail.com', 'sky.com']))

def keep_ref(prefix):
    return uniq(lambda: prefix + '%05d' % rng.randint(0, 99999))


class Truth:
    """Per item: identifiers and keeps with boxes in final pixel coords."""
    def __init__(self, item, file, renderer, notes=''):
        self.d = dict(item=item, file=file, renderer=renderer, notes=notes, ids=[], keeps=[], angle=0, hidden=[])

    def add(self, kind, value, boxes, angle=0, form='', keep=False):
        e = dict(kind=kind, value=value, boxes=[list(map(float, b)) for b in boxes], angle=angle, form=form)
        (self.d['keeps'] if keep else self.d['ids']).append(e)

    def map_boxes(self, fn):
        for e in self.d['ids'] + self.d['keeps']:
            e['boxes'] = [fn(b) for b in e['boxes']]

    def save(self):
        json.dump(self.d, open(TRUTH + '/' + self.d['item'] + '.json', 'w'), indent=1, ensure_ascii=False)


def pts_box(pts):
    xs = [p[0] for p in pts]; ys = [p[1] for p in pts]
    return [min(xs), min(ys), max(xs), max(ys)]

def tr_scale(t, f):
    t.map_boxes(lambda b: [v * f for v in b])

def rotate_img(img, t, deg, fill):
    """rotate counter-clockwise by deg with expand; update boxes and angles."""
    w, h = img.size
    out = img.rotate(deg, expand=True, resample=Image.BICUBIC, fillcolor=fill)
    W, H = out.size
    a = math.radians(deg)
    def m(x, y):
        x0, y0 = x - w / 2, y - h / 2
        xr = x0 * math.cos(a) + y0 * math.sin(a)
        yr = -x0 * math.sin(a) + y0 * math.cos(a)
        return xr + W / 2, yr + H / 2
    t.map_boxes(lambda b: pts_box([m(b[0], b[1]), m(b[2], b[1]), m(b[0], b[3]), m(b[2], b[3])]))
    for e in t.d['ids'] + t.d['keeps']:
        e['angle'] = (e['angle'] + deg) % 360
    t.d['angle'] = (t.d['angle'] + deg) % 360
    return out

def perspective(img, t, dst, fill):
    """map the image corners to dst quad (4 points TL,TR,BR,BL) in an output of the same size."""
    import numpy as np
    w, h = img.size
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    # coefficients mapping output->input for PIL
    def coeffs(pa, pb):
        A = []
        for (x, y), (X, Y) in zip(pa, pb):
            A.append([x, y, 1, 0, 0, 0, -X * x, -X * y]); A.append([0, 0, 0, x, y, 1, -Y * x, -Y * y])
        B = [c for p in pb for c in p]
        return list(np.linalg.solve(np.array(A, float), np.array(B, float)))
    c_out2in = coeffs(dst, src)
    c_in2out = coeffs(src, dst)
    out = img.transform((w, h), Image.PERSPECTIVE, c_out2in, Image.BICUBIC, fillcolor=fill)
    a, b, c, d, e, f, g, hh = c_in2out
    def m(x, y):
        den = g * x + hh * y + 1
        return (a * x + b * y + c) / den, (d * x + e * y + f) / den
    t.map_boxes(lambda bx: pts_box([m(bx[0], bx[1]), m(bx[2], bx[1]), m(bx[0], bx[3]), m(bx[2], bx[3])]))
    return out

def font(name, size):
    paths = {
        'sans': '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
        'sansb': '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
        'mono': '/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf',
        'lib': '/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf',
        'libmono': '/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf',
        'serif': '/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf',
    }
    return ImageFont.truetype(paths.get(name, name), size)
