import sys, os, json, subprocess, re, html as H
sys.path.insert(0, os.path.dirname(__file__))
from common import *
from PIL import Image
HT = ROOT + '/html'
JS = r"""
<script>
(function(){
 var out={items:{},keeps:[]};
 document.querySelectorAll('[data-i]').forEach(function(e){
   var id=e.dataset.i; var it=out.items[id]||(out.items[id]={kind:e.dataset.k,value:e.dataset.v,form:e.dataset.f,rot:+(e.dataset.r||0),parts:[]});
   if(e.dataset.k) {it.kind=e.dataset.k; it.value=e.dataset.v; it.form=e.dataset.f;}
   var rs=e.getClientRects();
   for(var j=0;j<rs.length;j++){var r=rs[j]; if(r.width>0&&r.height>0) it.parts.push([+(e.dataset.p||0)+j*0.01,r.left,r.top,r.right,r.bottom]);}
 });
 document.querySelectorAll('[data-keep]').forEach(function(e){
   var r=e.getBoundingClientRect(); out.keeps.push({text:e.dataset.keep||e.innerText,kind:e.dataset.kk||'label',rot:+(e.dataset.r||0),box:[r.left,r.top,r.right,r.bottom]});
 });
 var s=document.createElement('script'); s.type='application/json'; s.id='truthjson'; s.textContent=JSON.stringify(out); document.body.appendChild(s);
})();
</script>"""
_n = [0]
def I(kind, value, form, text, part=0, iid=None, rot=0, tag='span', style='', cls=''):
    if iid is None:
        _n[0] += 1; iid = 'i%d' % _n[0]
    return '<%s class="%s" style="%s" data-i="%s" data-k="%s" data-v="%s" data-f="%s" data-p="%d" data-r="%d">%s</%s>' % (tag, cls, style, iid, kind, H.escape(value), H.escape(form), part, rot, H.escape(text), tag)
def P(iid, text, part, tag='span', style='', cls=''):
    return '<%s class="%s" style="%s" data-i="%s" data-p="%d">%s</%s>' % (tag, cls, style, iid, part, H.escape(text), tag)
def K(text, tag='span', kind='label', style='', cls='', shown=None, rot=0):
    return '<%s class="%s" style="%s" data-keep="%s" data-kk="%s" data-r="%d">%s</%s>' % (tag, cls, style, H.escape(text), kind, rot, H.escape(shown if shown is not None else text), tag)
def newid():
    _n[0] += 1; return 'i%d' % _n[0]

def render(name, body, css, w, h, dsf, theme, genre, extra_truth=None):
    page = '<!doctype html><html><head><meta charset="utf-8"><style>%s</style></head><body class="%s">%s%s</body></html>' % (css, theme, body, JS)
    hp = os.path.join(HT, name + '.html'); open(hp, 'w').write(page)
    png = os.path.join(CORPUS, name + '.png')
    base = ['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--force-device-scale-factor=%s' % dsf, '--window-size=%d,%d' % (w, h), '--virtual-time-budget=1500']
    subprocess.run(base + ['--screenshot=' + png, 'file://' + hp], capture_output=True, timeout=120)
    dom = subprocess.run(base + ['--dump-dom', 'file://' + hp], capture_output=True, text=True, timeout=120).stdout
    m = re.search(r'<script type="application/json" id="truthjson">(.*?)</script>', dom, re.S)
    data = json.loads(H.unescape(m.group(1)))
    t = Truth(name + '.png', 'chromium', genre, dsf, theme)
    for iid, it in data['items'].items():
        parts = sorted(it['parts'])
        boxes = [[p[1]*dsf, p[2]*dsf, p[3]*dsf, p[4]*dsf] for p in parts]
        if boxes: t.item(it['kind'], it['value'], it['form'], boxes, rot=it['rot'])
    for k in data['keeps']:
        t.keep(k['text'], [c*dsf for c in k['box']], rot=k['rot'], kind=k['kind'])
    if extra_truth: extra_truth(t)
    t.save()
    return png, t

BASECSS = """
body{margin:0;font-family:'Liberation Sans',Arial,sans-serif;font-size:14px}
body.light{background:#f4f6f8;color:#1d2733} body.dark{background:#16191f;color:#dfe6ee}
.dark .card{background:#222832;border-color:#3a4350} .light .card{background:#fff;border-color:#d5dbe3}
.card{border:1px solid;border-radius:8px;padding:14px 18px;margin:12px}
.top{height:52px;display:flex;align-items:center;padding:0 20px;background:#0b5d4b;color:#fff;font-size:18px}
.lbl{color:#6b7785;font-size:12px;text-transform:uppercase;letter-spacing:.04em}
.mono{font-family:'DejaVu Sans Mono',monospace}
"""

def portal(name, dsf, theme, w=1100, h=520):
    pc, mtc, llf, core = mpan_full(); g = sgroups(core)
    sid = newid(); full = pc+mtc+llf+core
    sbox = ('<div class="sbox"><div class="sS">S</div><div class="sr">' +
            P(sid, '%s  %s  %s' % (pc, mtc, llf), 0, cls='mono') + '</div><div class="sr">' +
            I('mpan', full, 'S box (top line + core), bordered, ' + theme, '%s  %s  %s  %s' % g, part=1, iid=sid, cls='mono') + '</div></div>')
    mp = mprn(); nm = name_(); ad = address(); pcd = postcode(); ser = serial_elec(); gser = serial_gas(); eu = eui64()
    body = ('<div class="top">' + K('Northway Energy', kind='label') + '&nbsp;&nbsp;' + K('My account', kind='label') + '</div>'
      '<div style="display:flex">'
      '<div class="card" style="width:520px">' + K('Electricity supply', tag='div', style='font-weight:bold;font-size:16px') +
      '<div style="margin-top:8px">' + K('Supply number', cls='lbl') + '</div>' + sbox +
      '<div style="margin-top:10px">' + K('Meter serial', cls='lbl') + '<br>' + I('serial', ser, 'portal text', ser) + '</div>'
      '<div style="margin-top:10px">' + K('Comms hub GUID', cls='lbl') + '<br>' + I('eui64', eu, 'hyphenated EUI-64', eu, cls='mono') + '</div></div>'
      '<div class="card" style="width:460px">' + K('Gas supply', tag='div', style='font-weight:bold;font-size:16px') +
      '<table style="margin-top:8px;border-spacing:0 8px"><tr><td>' + K('Gas supply point', cls='lbl') + '</td><td>' + I('mprn', mp, 'labelled field', mp, tag='span', style='padding:4px 8px;border:1px solid #8894a3;border-radius:4px') + '</td></tr>'
      '<tr><td>' + K('Gas meter', cls='lbl') + '</td><td>' + I('serial', gser, 'portal text', gser) + '</td></tr>'
      '<tr><td>' + K('Account holder', cls='lbl') + '</td><td>' + I('name', nm, 'portal text', nm) + '</td></tr>'
      '<tr><td>' + K('Supply address', cls='lbl') + '</td><td>' + I('address', ad, 'portal text', ad) + ', ' + I('postcode', pcd, 'portal text', pcd) + '</td></tr>'
      '<tr><td>' + K('Reference', cls='lbl') + '</td><td>' + K('MPAN-REF-%02d' % rng.randint(1,99), kind='ref') + '</td></tr>'
      '<tr><td>' + K('Last bill', cls='lbl') + '</td><td>' + K('£%d.%02d' % (rng.randint(40,300), rng.randint(0,99)), kind='amount') + ' on ' + K('%02d/%02d/2026' % (rng.randint(1,28), rng.randint(1,12)), kind='date') + '</td></tr></table></div></div>'
      '<div class="card">' + K('Message ID', cls='lbl') + ' ' + K('D0150-%d' % rng.randint(100000000,999999999), kind='msgid', cls='mono') + ' &nbsp; ' + K('Version 4.2.17', kind='version') + '</div>')
    css = BASECSS + """.sbox{display:flex;align-items:center;border:2px solid currentColor;padding:6px 12px;width:max-content;margin-top:4px}
    .sS{font-size:40px;font-weight:bold;margin-right:14px;font-family:'Liberation Serif'} .sr{font-size:15px;line-height:22px}
    .sbox{flex-wrap:wrap;display:grid;grid-template-columns:auto auto;grid-template-rows:auto auto} .sS{grid-row:1/3}"""
    return render(name, body, css, w, h, dsf, theme, 'supplier portal account summary')

def name_():
    return name()

def dip(name, dsf, theme):
    rows = ''
    for i in range(6):
        core = mpan_core(); mid = 'DIP-%08d' % rng.randint(0, 99999999); ts = '2026-11-%02dT%02d:%02d:%02d.%03dZ' % (rng.randint(1,28), rng.randint(0,23), rng.randint(0,59), rng.randint(0,59), rng.randint(0,999))
        flow = rng.choice(['MM12 Req','IF-021','PUB-034','IF-035','MM13 Resp'])
        if i % 2 == 0:
            payload = '{"mpan":"' + core + '","status":"ACK"}'
            cell = '<span class="mono">{"mpan":"</span>' + I('mpan', core, 'JSON payload in narrow column (may wrap)', core, cls='mono') + '<span class="mono">","status":"ACK"}</span>'
        else:
            cell = '<span>Registration update for </span>' + I('mpan', core, 'prose in narrow column wraps mid-number', core[:7] + '\u200b' + core[7:]) + '<span> accepted</span>'
        rows += '<tr><td>' + K(mid, kind='msgid', cls='mono') + '</td><td>' + K(flow, kind='flow') + '</td><td>' + K(ts, kind='timestamp', cls='mono') + '</td><td class="pl">' + cell + '</td><td>' + K(str(rng.randint(1,9)) + ' of 9', kind='count') + '</td></tr>'
    body = ('<div class="top" style="background:#3a2a6e">' + K('DIP Message Tracker', kind='label') + '</div><div class="card"><table class="t"><tr><th>' + K('Message ID') + '</th><th>' + K('Flow') + '</th><th>' + K('Received') + '</th><th>' + K('Payload') + '</th><th>' + K('Attempts') + '</th></tr>' + rows + '</table></div>')
    css = BASECSS + ".t{border-collapse:collapse;font-size:13px} .t td,.t th{border-bottom:1px solid #8884;padding:6px 10px;text-align:left;vertical-align:top} .pl{width:150px;word-break:break-all}"
    return render(name, body, css, 1000, 560, dsf, theme, 'DIP message tracker')

def videocall(name):
    pc, mtc, llf, core = mpan_full(); g = sgroups(core); sid = newid(); full = pc+mtc+llf+core
    mp = mprn(); ad = address(); pcd = postcode(); nm = name_()
    shared = ('<div style="width:1280px;height:720px;background:#fff;color:#222;font-family:Liberation Sans;font-size:16px;padding:30px;box-sizing:border-box">'
      '<div style="font-size:26px;font-weight:bold">' + K('Customer supply details', kind='label') + '</div>'
      '<div style="display:inline-grid;grid-template-columns:auto auto;border:2px solid #222;padding:8px 16px;margin-top:20px;align-items:center"><div style="grid-row:1/3;font-size:48px;font-weight:bold;margin-right:16px">S</div>'
      '<div>' + P(sid, '%s %s %s' % (pc, mtc, llf), 0, style='font-size:18px;letter-spacing:4px') + '</div><div>' + I('mpan', full, 'S box inside screen share scaled 0.55', '%s %s %s %s' % g, part=1, iid=sid, style='font-size:18px;letter-spacing:4px') + '</div></div>'
      '<p>' + K('MPRN', kind='label') + ': ' + I('mprn', mp, 'labelled field inside screen share', mp) + '</p><p>' + K('Occupier', kind='label') + ': ' + I('name', nm, 'inside screen share', nm) + '</p><p>' + I('address', ad, 'inside screen share', ad) + ' ' + I('postcode', pcd, 'inside screen share', pcd) + '</p></div>')
    tiles = ''.join('<div class="tile"><div class="av">%s</div>%s</div>' % (a, K(b, kind='label', style='position:absolute;left:8px;bottom:6px;font-size:13px')) for a, b in [('TW','Test Witness'),('QA','QA Lead'),('DC','DCC Observer')])
    body = ('<div style="display:flex;height:100%;"><div style="flex:1;padding:16px;display:flex;flex-direction:column"><div style="color:#ccc;font-size:13px;margin-bottom:6px">' + K('You are viewing the shared screen', kind='label') + '</div>'
      '<div style="width:704px;height:396px;overflow:hidden;border:1px solid #555"><div style="transform:scale(0.55);transform-origin:0 0">' + shared + '</div></div>'
      '<div style="margin-top:12px;color:#bbb">' + K('Meeting ID 842 1937 5520', kind='msgid') + ' &nbsp; ' + K('00:47:12', kind='timestamp') + '</div></div>'
      '<div style="width:300px;padding:16px">' + tiles + '</div></div>')
    css = BASECSS + "body{background:#202124;color:#eee} .tile{position:relative;height:140px;background:#3c4043;border-radius:10px;margin-bottom:10px} .av{position:absolute;left:50%;top:50%;transform:translate(-50%,-50%);width:64px;height:64px;border-radius:32px;background:#5f6368;text-align:center;line-height:64px;font-size:24px}"
    return render(name, body, css, 1080, 560, 1, 'dark', 'video call gallery with shared screen')

def excel_like(name, dsf):
    cores = [mpan_core() for _ in range(4)]
    rows = ''
    for i, c in enumerate(cores):
        v = int(c)
        if i == 0: shown = '%.2E' % v; form = 'scientific notation (only 3 digits shown)'
        elif i == 1: shown = '{:,}'.format(v); form = 'thousands separators'
        elif i == 2: shown = c; form = 'plain number right-aligned'
        else: shown = '{:,}'.format(v).replace(',', ' '); form = 'space thousands separators'
        rows += '<tr><td class="rh">%d</td><td>' % (i+2) + K('MPAN-REF-%02d' % (10+i), kind='ref') + '</td><td class="num">' + I('mpan', c, form, shown) + '</td><td class="num">' + K('%d.%02d' % (rng.randint(100,9999), rng.randint(0,99)), kind='amount') + '</td><td>' + K('2026-%02d-%02d' % (rng.randint(1,12), rng.randint(1,28)), kind='date') + '</td></tr>'
    fb = I('mpan', cores[0], 'formula bar shows whole value', cores[0])
    body = ('<div style="background:#217346;color:#fff;padding:6px 12px">' + K('Book1 - Excel', kind='label') + '</div>'
      '<div class="fbar"><span class="nb">C2</span><span style="padding:0 10px;color:#777">fx</span>' + fb + '</div>'
      '<table class="g"><tr><td class="rh"></td><td class="ch">A</td><td class="ch">B</td><td class="ch">C</td><td class="ch">D</td></tr><tr><td class="rh">1</td><td>' + K('Reference') + '</td><td>' + K('Supply') + '</td><td>' + K('Consumption') + '</td><td>' + K('Read date') + '</td></tr>' + rows + '</table>')
    css = BASECSS + "body{background:#fff;color:#000;font-family:Calibri,'Liberation Sans';font-size:14px} .fbar{border-bottom:1px solid #ccc;padding:4px 6px} .nb{display:inline-block;width:70px;border:1px solid #bbb;padding:1px 4px} .g{border-collapse:collapse} .g td{border:1px solid #d4d4d4;padding:2px 6px;width:110px;height:20px} .g .rh{width:30px;background:#eee;text-align:center} .g .ch{background:#eee;text-align:center} .num{text-align:right}"
    return render(name, body, css, 700, 260, dsf, 'light', 'spreadsheet with sci notation / separators + formula bar')

def map_popup(name):
    ad = address(); pcd = postcode(); nm = name_()
    body = ('<div class="map"></div><div class="pop">' + K('Site visit', tag='div', style='font-weight:bold') + I('name', nm, 'map pin popup', nm, tag='div') + I('address', ad, 'map pin popup', ad, tag='div') + I('postcode', pcd, 'map pin popup', pcd, tag='div') + K('Job 77/4410', kind='ref', tag='div', style='color:#666') + '</div><div class="pin"></div>')
    css = BASECSS + """.map{position:absolute;inset:0;background:#e8e4d8;background-image:linear-gradient(30deg,transparent 48%,#fff 48%,#fff 52%,transparent 52%),linear-gradient(120deg,transparent 46%,#f7d77b 46%,#f7d77b 54%,transparent 54%),linear-gradient(0deg,#cde5c3 30%,transparent 30%);background-size:220px 160px,400px 300px,100% 100%}
    .pop{position:absolute;left:330px;top:120px;background:#fff;padding:10px 14px;border-radius:6px;box-shadow:0 2px 8px #0006;font-size:13px;line-height:19px} .pin{position:absolute;left:400px;top:235px;width:22px;height:22px;border-radius:11px 11px 11px 0;background:#d33;transform:rotate(-45deg)}"""
    return render(name, body, css, 900, 420, 1, 'light', 'map pin popup')

def hexeditor(name):
    core = mpan_core(); ser = serial_elec()
    data = ('<Mpan>' + core + '</Mpan><Serial>' + ser + '</Serial>').encode()
    data = b'\x00\x10' + data
    lines = ''; iid = newid(); iid2 = newid(); pos_m = data.find(core.encode()); pos_s = data.find(ser.encode())
    for off in range(0, len(data), 16):
        chunk = data[off:off+16]
        hx = ' '.join('%02X' % b for b in chunk).ljust(47)
        asc = ''
        for j, b in enumerate(chunk):
            ch = H.escape(chr(b) if 32 <= b < 127 else '.')
            asc += ch
        # mark id segments inside ascii
        seg_html = ''
        j = 0
        while j < len(chunk):
            a = off + j
            for (st, val, ii, kind) in [(pos_m, core, iid, 'mpan'), (pos_s, ser, iid2, 'serial')]:
                if st <= a < st + len(val):
                    e = min(st + len(val), off + len(chunk)); txt = data[a:e].decode()
                    part = 0 if a == st else 1
                    seg_html += ('<span data-i="%s" data-k="%s" data-v="%s" data-f="hex editor ASCII pane wrapped at 16 bytes" data-p="%d">%s</span>' % (ii, kind, val, part, txt))
                    j = e - off; break
            else:
                b = chunk[j]; seg_html += H.escape(chr(b) if 32 <= b < 127 else '.'); j += 1
        lines += '<div><span class="off">%s</span>  <span class="hx">%s</span>  %s</div>' % (K('%08X' % off, kind='offset', tag='span'), hx, seg_html)
    body = '<div class="top" style="background:#333">' + K('HxD - [dump_0417.bin]', kind='label') + '</div><div class="mono" style="white-space:pre;padding:12px;font-size:14px;line-height:20px">' + lines + '</div>'
    css = BASECSS + ".off{color:#7aa2f7} .hx{color:#9ece6a}"
    return render(name, body, css, 760, 260, 1, 'dark', 'hex editor view')

def barcode(name, dsf):
    ser = serial_elec(); core = mpan_core()
    bars = ''.join('<div style="display:inline-block;height:70px;width:%dpx;margin-right:%dpx;background:#000"></div>' % (rng.choice([1,2,3]), rng.choice([1,2,3])) for _ in range(55))
    body = ('<div style="padding:20px"><div style="font-weight:bold">' + K('Label preview (62 x 29 mm)') + '</div><div class="lab"><div>' + bars + '</div>' + I('serial', ser, 'human-readable under barcode', ' '.join(ser), tag='div', style='font-family:DejaVu Sans Mono;font-size:13px;letter-spacing:1px') +
            '<div style="margin-top:10px">' + bars + '</div>' + I('mpan', core, 'human-readable under barcode', core, tag='div', style='font-family:DejaVu Sans Mono;font-size:12px') + '</div><div>' + K('Printer: Zebra ZD421', kind='label') + ' ' + K('Copies 2', kind='count') + '</div></div>')
    css = BASECSS + "body{background:#ececec;color:#000} .lab{background:#fff;width:max-content;padding:12px 18px;margin:10px 0;border:1px dashed #999}"
    return render(name, body, css, 520, 340, dsf, 'light', 'barcode label preview')

def chart45(name):
    sers = [serial_elec() for _ in range(5)]
    bars = ''
    for i, s in enumerate(sers):
        h = rng.randint(40, 200)
        bars += '<div class="b" style="left:%dpx;height:%dpx"></div>' % (80 + i*110, h)
        bars += '<div style="position:absolute;left:%dpx;top:300px;transform:rotate(-45deg);transform-origin:100%% 0;width:120px;text-align:right;font-size:13px">%s</div>' % (80 + i*110 - 100, I('serial', s, 'chart axis label at 45 degrees', s, rot=45))
    body = ('<div style="position:absolute;left:20px;top:10px;font-weight:bold">' + K('Consumption by meter (kWh)') + '</div><div style="position:absolute;left:70px;top:40px;width:600px;height:260px;border-left:1px solid #444;border-bottom:1px solid #444"></div>' + bars +
            '<div style="position:absolute;left:20px;top:40px;font-size:12px">' + K('250', kind='count') + '</div>')
    css = BASECSS + "body{background:#fff;color:#222} .b{position:absolute;bottom:120px;width:60px;background:#4472c4}"
    return render(name, body, css, 720, 420, 1.25, 'light', 'bar chart axis labels 45deg')

def curve(name):
    mp = mprn(); core = mpan_core()
    body = ('<div style="padding:10px">' + K('Campaign banner draft') + '</div><svg width="700" height="300"><path id="c" d="M 60 220 Q 350 20 640 220" fill="none" stroke="#ccc"/>'
            '<text font-size="26" font-family="Liberation Sans"><textPath href="#c" startOffset="8%">Your supply number ' + core + '</textPath></text></svg>'
            '<div style="position:absolute;left:130px;top:90px;width:460px;height:150px" data-i="%s" data-k="mpan" data-v="%s" data-f="text along a curve (SVG textPath)" data-r="0"></div>' % (newid(), core))
    css = BASECSS + "body{background:#fffbe6;color:#333}"
    return render(name, body, css, 720, 340, 1, 'light', 'text on a curve')

def lowcontrast(name):
    c1 = mpan_core(); c2 = mpan_core(); ser = serial_elec(); ser2 = serial_elec(); eu = eui64(); mp = mprn(); nm = name_(); c3 = mpan_core(); pcd = postcode()
    ser_lc = ser.lower(); ser_sp = ' '.join([ser2[:3], ser2[3:6], ser2[6:]])
    eu_dot = eu.replace('-', '.').lower()
    body = ('<div style="padding:16px;line-height:34px">'
      '<div>' + K('Supply (archived)', cls='lbl') + ' ' + I('mpan', c1, 'light grey on white (#d0d0d0)', c1, style='color:#c8c8c8') + '</div>'
      '<div>' + K('Flagged', cls='lbl') + ' <span style="background:#2e8b2e;padding:2px 6px">' + I('mpan', c2, 'red on green', c2, style='color:#d22') + '</span></div>'
      '<div>' + K('Old meter', cls='lbl') + ' ' + I('serial', ser_lc, 'lower-case serial, strikethrough', ser_lc, style='text-decoration:line-through') + '</div>'
      '<div>' + K('New meter', cls='lbl') + ' ' + I('serial', ser2, 'spaced serial, underlined', ser_sp, style='text-decoration:underline') + '</div>'
      '<div>' + K('IHD', cls='lbl') + ' ' + I('eui64', eu, 'dotted lower-case device id', eu_dot, cls='mono') + '</div>'
      '<div style="font-family:Z003;font-size:24px">' + K('Note', kind='label') + ': ' + I('mprn', mp, 'handwriting-style font', mp) + ' ' + I('name', nm, 'handwriting-style font', nm) + '</div>'
      '<div style="font-family:\'Nimbus Sans Narrow\';font-stretch:condensed;font-size:13px;letter-spacing:-0.5px">' + K('Condensed', kind='label') + ' ' + I('mpan', c3, 'condensed font 13px tight tracking', c3) + ' ' + I('postcode', pcd, 'condensed font', pcd) + ' ' + K('Ticket INC0048213', kind='ref') + '</div>'
      '</div>')
    return render(name, body, BASECSS + "body{background:#fff;color:#222}", 700, 320, 1.25, 'light', 'low contrast / decorations / fonts')

def comb(name, dsf, theme):
    core = mpan_core(); iid = newid(); mp = mprn(); iid2 = newid()
    cells = ''.join('<div class="cell">%s</div>' % P(iid, d, k) for k, d in enumerate(core))
    cells2 = ''.join('<div class="cell">%s</div>' % P(iid2, d, k) for k, d in enumerate(mp))
    body = ('<div class="card" style="width:max-content">' + K('Confirm your supply numbers', tag='div', style='font-weight:bold;font-size:17px') +
            '<div style="margin-top:10px">' + K('MPAN (13 digits)', cls='lbl') + '</div><div class="row">' + cells + '</div>'
            '<div style="margin-top:10px">' + K('Gas MPRN', cls='lbl') + '</div><div class="row">' + cells2 + '</div>'
            '<div style="margin-top:12px">' + K('Step 2 of 4', kind='count') + '</div></div>'
            '<span data-i="%s" data-k="mpan" data-v="%s" data-f="boxed digits, one per cell"></span><span data-i="%s" data-k="mprn" data-v="%s" data-f="boxed digits, one per cell"></span>' % (iid, core, iid2, mp))
    css = BASECSS + ".row{display:flex;gap:5px;margin-top:4px} .cell{width:26px;height:34px;border:1.5px solid #7a8796;border-radius:3px;text-align:center;line-height:34px;font-size:18px}"
    return render(name, body, css, 600, 260, dsf, theme, 'comb field boxed digits')

def lone(name):
    core = mpan_core()
    body = '<div style="position:absolute;left:1490px;top:930px;font-size:13px;color:#333">' + I('mpan', core, 'lone 13px text on empty 1920x1080', core) + '</div>'
    return render(name, body, "body{margin:0;background:#f3f3f3;font-family:'Liberation Sans'}", 1920, 1080, 1, 'light', 'lone small text big screen')

if __name__ == '__main__':
    out = []
    out.append(portal('cr_portal_100_light', 1, 'light'))
    out.append(portal('cr_portal_125_dark', 1.25, 'dark'))
    out.append(portal('cr_portal_150_light', 1.5, 'light'))
    out.append(dip('cr_dip_100_dark', 1, 'dark'))
    out.append(dip('cr_dip_125_light', 1.25, 'light'))
    out.append(dip('cr_dip_150_dark', 1.5, 'dark'))
    out.append(videocall('cr_videocall_100'))
    out.append(excel_like('cr_excel_sci_125', 1.25))
    out.append(map_popup('cr_map_popup_100'))
    out.append(hexeditor('cr_hexeditor_100_dark'))
    out.append(barcode('cr_barcode_label_150', 1.5))
    out.append(chart45('cr_chart45_125'))
    out.append(curve('cr_curve_100'))
    out.append(lowcontrast('cr_lowcontrast_125'))
    out.append(comb('cr_comb_100_light', 1, 'light'))
    out.append(comb('cr_comb_150_dark', 1.5, 'dark'))
    out.append(lone('cr_lone_1080'))
    out.append(portal('cr_portal_8k_400', 4, 'light', 1920, 1080))  # 7680x4320
    for p, t in out: print(p, Image.open(p).size, len(t.d['items']), len(t.d['keeps']))
