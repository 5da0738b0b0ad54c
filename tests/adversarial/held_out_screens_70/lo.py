"""LibreOffice: HTML bill and xlsx sheet -> PDF -> pdftoppm; boxes from pdftotext -bbox-layout."""
import subprocess, re, html, sys, json
from common import *
from post import *
W = ROOT + '/work/lo'; os.makedirs(W, exist_ok=True)
rng.seed(20261206)

def words_of(pdf):
    x = subprocess.run(['pdftotext', '-bbox-layout', pdf, '-'], capture_output=True, text=True).stdout
    out = []
    for pg, page in enumerate(re.findall(r'<page.*?</page>', x, re.S)):
        for m in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', page):
            out.append((pg, [float(m.group(i)) for i in range(1, 5)], html.unescape(m.group(5))))
    out.sort(key=lambda w: (w[0], round(w[1][3] / 4), w[1][0]))
    return out

norm = lambda s: re.sub(r'[^0-9a-z]', '', s.lower())

def locate(words, shown):
    target = norm(shown); res = []
    for i in range(len(words)):
        acc = ''; bs = []
        for j in range(i, min(i + 12, len(words))):
            w = norm(words[j][2])
            if not w: continue
            if not target.startswith(acc + w):
                # allow last word to carry trailing punctuation/extra
                if (acc + w).startswith(target) and acc + w != acc: bs.append(words[j][1]); acc = target
                break
            acc += w; bs.append(words[j][1])
            if acc == target: break
        if acc == target:
            return words[i][0], bs
    return None, None

def bill_html(reg, dark=False):
    nm = name(); st, town, pc = address(); core = mpan(); top = mpan_top(); gas = mprn(); s1 = esn(); s2 = gsn(); tel = phone(); em = email(nm)
    acct = keep_ref('A-'); inv = keep_ref('INV-')
    def I(kind, value, shown=None, form=''):
        reg.append(dict(kind=kind, value=value, shown=shown or value, form=form, keep=False)); return html.escape(shown or value)
    def K(text):
        reg.append(dict(kind='keep', value=text, shown=text, form='', keep=True)); return html.escape(text)
    g = sgroups(core)
    reg.append(dict(kind='mpan', value=core, shown=' '.join(g), form='S box in bill table (top %s)' % top, keep=False))
    return ('<html><body style="font-family:Liberation Sans;font-size:10pt">'
            '<table width="100%%"><tr><td><b style="font-size:16pt">Cwmni Ynni Glas</b><br>%s</td><td align="right">%s<br>%s<br>%s</td></tr></table>'
            '<p style="margin-top:40pt">%s<br>%s<br>%s<br>%s</p>'
            '<p style="margin-top:24pt"><b>%s</b></p>'
            '<table border="1" cellpadding="3" cellspacing="0" width="300" style="font-family:Liberation Mono;font-size:11pt"><tr><td rowspan="2" width="40" style="font-size:26pt"><b>S</b></td>'
            '<td width="50" nowrap>%s</td><td width="70" nowrap>%s</td><td width="70" nowrap>%s</td><td width="50"></td></tr><tr><td nowrap>%s</td><td nowrap>%s</td><td nowrap>%s</td><td nowrap>%s</td></tr></table>'
            '<p>%s %s &nbsp;&nbsp; %s %s &nbsp;&nbsp; %s %s</p>'
            '<table border="1" cellpadding="3" cellspacing="0" width="420"><tr><th>%s</th><th>%s</th><th>%s</th><th>%s</th></tr>'
            '<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr><tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr></table>'
            '<p>%s %s<br>%s %s</p>'
            '<p style="font-size:8pt">%s</p></body></html>') % (
        K('Electricity and Gas Statement'), K('Account ' + acct), K('Invoice ' + inv), K('Bill date 28/11/2026'),
        I('name', nm), I('address', st), html.escape(town), I('postcode', pc),
        K('Your supply numbers'), top[:2], top[2:5], top[5:], g[0], g[1], g[2], g[3],
        K('Gas MPRN'), I('mprn', gas), K('Electric meter'), I('serial', s1), K('Gas meter'), I('serial', s2, s2[:3] + ' ' + s2[3:]),
        K('Register'), K('Previous'), K('Present'), K('Units'), K('Day'), K('04512'), K('04987'), K('475'), K('Night'), K('01120'), K('01302'), K('182'),
        K('Questions? Call'), I('phone', tel), K('or email'), I('email', em),
        K('Reference DIP-2026-11-0042. Amount due £312.66 by 12/12/2026.'))

def lo_pdf(src):
    subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', W, src], capture_output=True, timeout=180)
    return os.path.splitext(src)[0] + '.pdf'

def raster(pdf, dpi, name, gray=False):
    base = W + '/' + name
    subprocess.run(['pdftoppm', '-r', str(dpi), '-f', '1', '-l', '1', '-png'] + (['-gray'] if gray else []) + [pdf, base], check=True)
    cand = [f for f in os.listdir(W) if f.startswith(name + '-') and f.endswith('.png')]
    return Image.open(W + '/' + sorted(cand)[0]).convert('RGB')

def make_truth(item, reg, words, dpi, renderer, notes):
    t = Truth(item, None, renderer, notes); f = dpi / 72.0
    for e in reg:
        pg, bs = locate(words, e['shown'])
        if bs is None: print('WARN not located', item, e['shown'], file=sys.stderr); continue
        if pg != 0: continue
        t.add(e['kind'], e['value'], [[v * f for v in b] for b in bs] if len(bs) < 6 else [pts_box([(b[0], b[1]) for b in bs] + [(b[2], b[3]) for b in bs])], form=e['form'], keep=e['keep'])
        t.d[('keeps' if e['keep'] else 'ids')][-1]['boxes'] = [[v * f for v in pts_box([(b[0], b[1]) for b in bs] + [(b[2], b[3]) for b in bs])]] if e['kind'] != 'mpan' or 'S box' not in e['form'] else [[v * f for v in b] for b in bs]
    return t

def save(img, t, item, fmt='png', q=None):
    fn = item + '.' + fmt; t.d['file'] = fn
    if fmt == 'jpg': to_rgb(img).save(CORPUS + '/' + fn, quality=q)
    else: img.save(CORPUS + '/' + fn)
    t.d['size'] = list(img.size); t.save(); print(item, img.size, len(t.d['ids']), len(t.d['keeps']), flush=True)

def bill_variant(item, dpi, notes, ops=(), fmt='png', q=None, gray=False):
    reg = []; hp = W + '/' + item + '.html'; open(hp, 'w').write(bill_html(reg))
    pdf = lo_pdf(hp); words = words_of(pdf)
    img = raster(pdf, dpi, item, gray)
    t = make_truth(item, reg, words, dpi, 'LibreOffice Writer PDF + pdftoppm %d dpi' % dpi, notes)
    for op in ops: img = op(img, t)
    save(img, t, item, fmt, q)

def crease(img, t):
    a = np.asarray(img).astype(float); h = a.shape[0]
    for y0 in (h // 3, 2 * h // 3):
        for dy in range(-6, 7):
            a[y0 + dy] *= 1 - 0.22 * math.exp(-dy * dy / 6.0)
        a[y0 - 1:y0 + 1] *= 0.6
    yy = np.arange(h)[:, None]; a *= (0.93 + 0.07 * np.cos(yy / h * 6.28 * 1.5))[..., None]
    return Image.fromarray(a.clip(0, 255).astype('uint8'))

def holes_stamp(img, t):
    img = img.copy(); d = ImageDraw.Draw(img); w, h = img.size
    for y in (h * 0.3, h * 0.7): d.ellipse([w * 0.02, y - 14, w * 0.02 + 28, y + 14], fill=(30, 30, 30))
    st = Image.new('RGBA', (360, 90), (0, 0, 0, 0)); sd = ImageDraw.Draw(st)
    sd.rectangle([3, 3, 356, 86], outline=(200, 30, 40, 200), width=5); sd.text((22, 12), 'RECEIVED', font=font('sansb', 44), fill=(200, 30, 40, 190))
    sd.text((110, 64), '02 DEC 2026', font=font('sans', 15), fill=(200, 30, 40, 190))
    st = st.rotate(-8, expand=True)
    # over the S box digits
    sb = [e for e in t.d['ids'] if 'S box' in e['form']][0]['boxes']
    x, y = int(min(b[0] for b in sb)) - 10, int(min(b[1] for b in sb)) - 30
    img.paste(st, (x, y), st); t.d['notes'] += ' stamp at %s' % [x, y]
    g = img.convert('L'); a = np.asarray(g).astype(float) + np.random.RandomState(3).normal(0, 10, (h, w))
    return Image.fromarray(a.clip(0, 255).astype('uint8')).convert('RGB')

def dotmatrix(img, t):
    g = np.asarray(img.convert('L')) < 140
    out = np.full(g.shape, 255, 'uint8'); h, w = g.shape
    yy, xx = np.mgrid[0:h, 0:w]; grid = ((yy % 3) < 2) & ((xx % 3) < 2)
    out[g & grid] = 60
    im = Image.fromarray(out).filter(ImageFilter.GaussianBlur(0.6)).convert('RGB')
    a = np.asarray(im).astype(float) * np.array([1, 0.99, 0.93])
    return Image.fromarray(a.clip(0, 255).astype('uint8'))

def invert(img, t):
    return Image.fromarray(255 - np.asarray(img)).convert('RGB')

def phone_pdf(img, t):
    img = scale(img, t, 0.6)
    img = rotate_img(img, t, 90, (40, 40, 40))
    W2, H2 = img.size; out = Image.new('RGB', (W2 + 40, H2 + 160), (18, 18, 18)); out.paste(img, (20, 100))
    t.map_boxes(lambda b: [b[0] + 20, b[1] + 100, b[2] + 20, b[3] + 100])
    d = ImageDraw.Draw(out); d.text((20, 30), '09:41   bill_nov.pdf   1/2', font=font('sans', 22), fill=(230, 230, 230))
    return out

if __name__ == '__main__':
    which = sys.argv[1:]
    want = lambda i: not which or i in which
    if want('l01'): bill_variant('l01_lo_bill_100dpi', 100, 'Writer bill S box 100 dpi')
    if want('l02'): bill_variant('l02_lo_bill_150dpi', 150, 'Writer bill 150 dpi')
    if want('l03'): bill_variant('l03_lo_bill_crease', 120, 'window envelope fold creases', ops=[crease])
    if want('l04'): bill_variant('l04_lo_bill_holes_stamp', 200, 'punched holes + RECEIVED stamp over S box, grey noise', ops=[holes_stamp], fmt='jpg', q=70)
    if want('l05'): bill_variant('l05_lo_bill_desk_skew4', 130, 'photographed table skew 4 + perspective', ops=[lambda i, t: skew(i, t, 4, (90, 80, 70)), lambda i, t: monitor_photo(i, t, 0.05, 0.6)], fmt='jpg', q=75)
    if want('l06'): bill_variant('l06_lo_bill_phone_rot90', 150, 'phone screenshot of PDF viewer, rotated 90', ops=[phone_pdf])
    if want('l07'): bill_variant('l07_lo_bill_dark_viewer', 110, 'dark-mode PDF viewer (inverted)', ops=[invert])
    if want('l08'): bill_variant('l08_lo_bill_dotmatrix', 110, 'dot-matrix print look', ops=[dotmatrix])
    if want('l09'): bill_variant('l09_lo_bill_72dpi', 72, 'small 72 dpi render')
