import random, html, ids
G = [0]
def S(t, kind, g=None, cls=''):
    a = ' data-g="%s"' % g if g else ''
    return '<span class="s %s" data-kind="%s"%s>%s</span>' % (cls, kind, a, html.escape(t))
def K(t, kind='label', cls=''):
    return '<span class="k %s" data-kind="%s">%s</span>' % (cls, kind, html.escape(t))
def gid():
    G[0] += 1; return 'g%d' % G[0]
JS = '''<script>
if (location.hash=='#dump'){window.addEventListener('load',()=>{setTimeout(()=>{
const d=window.devicePixelRatio, out=[];
document.querySelectorAll('.s,.k').forEach(e=>{const rs=[];for(const r of e.getClientRects()){if(r.width>0&&r.height>0)rs.push([r.left*d,r.top*d,r.right*d,r.bottom*d].map(v=>Math.round(v*10)/10));}
out.push({t:e.classList.contains('s')?'s':'k',kind:e.dataset.kind,g:e.dataset.g||null,text:e.textContent,rects:rs,rot:e.dataset.rot||null});});
const p=document.createElement('pre');p.id='__boxes';p.textContent=JSON.stringify({dpr:d,items:out});document.body.appendChild(p);},300);});}
</script>'''
def page(body, css, theme, font='DejaVu Sans'):
    if theme == 'dark':
        base = 'body{background:#1e1f22;color:#dcdcdc} .card{background:#2b2d31;border-color:#444} a{color:#8ab4f8} th{background:#333;color:#eee} .muted{color:#9aa}'
    else:
        base = 'body{background:#f3f2f1;color:#222} .card{background:#fff;border-color:#ddd} a{color:#0b57d0} th{background:#eef;color:#123} .muted{color:#666}'
    return '<!doctype html><html><head><meta charset="utf-8"><style>*{box-sizing:border-box} body{margin:0;font-family:"%s";font-size:13px} .card{border:1px solid;border-radius:4px;padding:10px;margin:8px} table{border-collapse:collapse} td,th{padding:3px 6px;text-align:left} %s %s</style></head><body>%s%s</body></html>' % (font, base, css, body, JS)

def sfcase(r, theme):
    n = ids.name(r); a = ids.address(r); c = ids.mpan_core(r); m = ids.mprn(r)
    rows = ''.join('<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>' % (K('%05d' % r.randint(1000,99999),'caseno'), S(ids.name(r),'name'), K(ids.flow(r),'flow'), K(ids.ts(r)[:10],'date')) for _ in range(4))
    body = '''<div style="background:#032d60;color:#fff;padding:8px 14px;font-size:14px">%s &nbsp; %s &nbsp; %s</div>
<div class="card" style="display:flex;gap:30px"><div><div class="muted">%s</div><div style="font-size:20px;font-weight:bold">%s</div></div>
<div><div class="muted">%s</div>%s</div><div><div class="muted">%s</div>%s</div><div><div class="muted">%s</div>%s</div></div>
<div style="display:flex"><div class="card" style="width:520px"><h3>%s</h3><table>
<tr><td class="muted">%s</td><td>%s</td></tr><tr><td class="muted">%s</td><td>%s</td></tr>
<tr><td class="muted">%s</td><td>%s<br>%s<br>%s</td></tr><tr><td class="muted">%s</td><td>%s</td></tr>
<tr><td class="muted">%s</td><td>%s</td></tr><tr><td class="muted">%s</td><td>%s</td></tr>
<tr><td class="muted">%s</td><td>%s</td></tr></table></div>
<div class="card" style="width:560px"><h3>%s</h3><table><tr><th>%s</th><th>%s</th><th>%s</th><th>%s</th></tr>%s</table>
<p>%s %s %s %s.</p></div></div>''' % (
        K('Service Console'), K('Cases'), K('Case 00%d' % r.randint(10000,99999),'caseno'),
        K('Contact Name'), S(n,'name'), K('Priority'), K('High'), K('Status'), K('Escalated'), K('Case Owner'), S(ids.name(r),'name'),
        K('Supply Details'), K('MPAN'), S(c,'mpan'), K('MPRN'), S(m,'mprn'),
        K('Supply Address'), S(a[0],'address'), K(a[1],'town'), S(a[2],'postcode'), K('Phone'), S(ids.phone(r),'phone'),
        K('Email'), S(ids.email(n, r),'email'), K('Meter Serial'), S(ids.eserial(r),'serial'), K('Test Case'), K(ids.tc(r),'tc'),
        K('Related Cases'), K('Case Number'), K('Contact'), K('Flow'), K('Opened'), rows,
        K('Linked to'), K(ids.mref(r),'mref'), K('via'), K(ids.dip(r),'dip'))
    return body, 'h3{margin:2px 0 8px} td{vertical-align:top}', 'Liberation Sans'

def fiori(r, theme):
    tiles = ''
    for i in range(6):
        kind = r.choice(['mpan','mprn','serial'])
        v = {'mpan':ids.mpan_core,'mprn':ids.mprn,'serial':ids.eserial}[kind](r)
        tiles += '<div class="tile"><div class="tt">%s</div><div class="ts">%s</div><div class="tv">%s</div><div class="tf">%s</div></div>' % (
            K(r.choice(['Open Move-In','Meter Exchange','Disputed Read','Change of Tenancy','Smart Install','Erroneous Transfer'])),
            K(ids.wo(r),'wo'), S(v, kind), K(ids.amount(r),'amount'))
    hdr = '<div class="card"><div style="font-size:18px">%s %s</div><div>%s %s &nbsp; %s %s &nbsp; %s %s</div></div>' % (
        K('Point of Delivery'), S(ids.mpan_core(r),'mpan'), K('Business Partner'), S(ids.name(r),'name'), K('Installation'), K(ids.wo(r),'wo'), K('Contract Account'), S(ids.account(r),'account'))
    return ('<div style="background:#354a5f;color:#fff;padding:10px">%s %s</div>%s<div style="display:flex;flex-wrap:wrap">%s</div>' % (K('SAP'), K('Home'), hdr, tiles),
            '.tile{width:176px;height:176px;margin:8px;padding:12px;border-radius:12px;background:%s;box-shadow:0 1px 4px #0003} .tt{font-size:15px;font-weight:bold} .ts{font-size:12px;color:#888} .tv{font-size:22px;margin-top:26px;color:#0a6ed1} .tf{margin-top:10px;font-size:12px}' % ('#29313a' if theme=='dark' else '#fff'), 'Liberation Sans')

def dsp(r, theme):
    lines = []
    for i in range(14):
        t = ids.ts(r); sr = r.choice(['SR 1.1.1','SR 4.1.1','SR 8.2','SR 11.2','SR 6.15.1','SR 2.8'])
        sep = r.choice(['-',':','.',''])
        dev = ids.eui(r, sep if sep else '-')
        if sep == '': dev = dev.replace('-','')
        lines.append('<span class="ts">%s</span> <span class="lv">INFO</span> %s <span class="kw">DeviceID</span>=<span class="str">"%s"</span> %s=%s' % (K(t,'ts'), K(sr,'sr'), S(dev,'eui'), K('RequestID'), K(ids.uuid(r),'uuid')))
    lines.insert(5, '<span class="lv" style="color:#f55">WARN</span> %s %s %s %s' % (K('E-DUIS-0047'), K('MPxN mismatch for'), S(ids.mpan_core(r),'mpan'), K('retry 3/5')))
    lines.insert(9, '<span class="lv">INFO</span> %s %s %s %s' % (K('CHF'), S(ids.eui(r,':').lower(),'eui'), K('firmware'), K(ids.fw(r),'fw')))
    body = '<div style="padding:6px 10px;background:%s">%s | %s | %s</div><pre style="margin:0;padding:10px;line-height:1.5">%s</pre><div class="sb">%s %s</div>' % (
        '#333' if theme=='dark' else '#ddd', K('DSP Adaptor Console'), K('Environment UIT-B'), K('Queue depth 12'), '\n'.join(lines), K('Connected'), S(ids.eui(r),'eui'))
    css = 'pre{font-family:"DejaVu Sans Mono";font-size:12px} .kw{color:%s} .str{color:%s} .lv{color:#3a3} .ts{color:#888} .sb{position:fixed;bottom:0;left:0;right:0;background:#007acc;color:#fff;padding:2px 8px;font-size:11px}' % (('#c586c0','#ce9178') if theme=='dark' else ('#af00db','#a31515'))
    return body, css, 'DejaVu Sans Mono'

def excel(r, theme):
    cols = ['Row','Test Ref','MPAN','Customer','Address','Flow','Reading','Status']
    rows = ''
    for i in range(16):
        nm = ids.name(r); a = ids.address(r)
        sel = ' class="sel"' if i == 5 else ''
        rows += '<tr><td class="rh">%s</td><td>%s</td><td%s>%s</td><td class="nar">%s</td><td class="nar2">%s</td><td>%s</td><td>%s</td><td>%s</td></tr>' % (
            K(str(i+2),'row'), K(ids.tc(r),'tc'), sel, S(ids.mpan_core(r),'mpan'), S(nm,'name'), S(a[0]+', '+a[2],'address'), K(ids.flow(r),'flow'), K(ids.reading(r),'reading'), K(r.choice(['Pass','Fail','Blocked']),'status'))
    f = ids.mpan_core(r)
    body = '<div style="background:#217346;color:#fff;padding:6px 10px">%s %s</div><div class="fb">%s &nbsp; <i>fx</i> &nbsp;%s</div><table class="g"><tr><th></th>%s</tr>%s</table>' % (
        K('Excel'), K('UIT_cycle3_results.xlsx','file'), K('C7','cell'), S(f,'mpan'), ''.join('<th>%s</th>' % K(c,'header') for c in cols), rows)
    css = '.g td,.g th{border:1px solid #d4d4d4;font-size:12px;height:20px;white-space:nowrap} .g th{position:sticky;top:0} .rh{background:#eee;color:#555} .nar{max-width:70px;white-space:normal!important} .nar2{max-width:120px;white-space:normal!important} .sel{outline:2px solid #217346;background:#d3f0e0} .fb{padding:4px;border-bottom:1px solid #ccc;font-family:"Liberation Sans"}'
    if theme == 'dark': css += ' .rh{background:#333;color:#aaa} .sel{background:#1f4d36}'
    return body, css, 'Liberation Sans'

def pbi(r, theme):
    rows = ''
    for i in range(18):
        v = r.randint(0,100)
        col = '#f8696b' if v < 30 else ('#ffeb84' if v < 60 else '#63be7b')
        rows += '<tr class="%s"><td>%s</td><td>%s</td><td>%s</td><td style="background:%s;color:#000">%s</td><td><div class="bar" style="width:%dpx"></div>%s</td></tr>' % (
            'z' if i%2 else '', S(ids.mpan_core(r),'mpan'), S(ids.mprn(r),'mprn') if i%3==0 else K(ids.dip(r),'dip'), K(r.choice(['Leeds','Cardiff','Norwich','Exeter','Glasgow']),'town'), col, K('%d%%' % v,'pct'), v, K(ids.amount(r),'amount'))
    body = '<div style="padding:8px;font-size:16px">%s</div><div class="card"><table class="p"><tr><th>%s</th><th>%s</th><th>%s</th><th>%s</th><th>%s</th></tr>%s</table></div>' % (
        K('Settlement exceptions by supply'), K('MPAN'), K('Ref'), K('Region'), K('Read %'), K('Exposure'), rows)
    return body, '.p td,.p th{font-size:11px;padding:2px 8px} .z td{background:%s} .bar{display:inline-block;height:10px;background:#118dff;margin-right:4px;vertical-align:middle}' % ('#26282c' if theme=='dark' else '#f2f2f2'), 'DejaVu Sans'

def teams(r, theme):
    msgs = ''
    for i in range(5):
        n = ids.name(r)
        content = r.choice([
            lambda: '%s %s %s' % (K('can you check'), S(ids.mpan_core(r),'mpan'), K('before the D0010 goes out?')),
            lambda: '%s %s %s %s' % (K('meter'), S(ids.eserial(r),'serial'), K('shows reading'), K(ids.reading(r),'reading')),
            lambda: '%s %s' % (K('Gas point'), S(ids.mprn(r),'mprn')),
            lambda: '%s <code>%s</code> %s' % (K('device'), S(ids.eui(r),'eui'), K('not commissioned')),
            lambda: '%s %s, %s' % (K('customer at'), S(ids.address(r)[0],'address'), S(ids.postcode(r.choice(ids.TOWNS)[1], r),'postcode')),
        ])()
        msgs += '<div class="m"><div class="av">%s</div><div><div>%s <span class="muted">%s</span></div><div class="bub">%s</div><div class="rx"><span>&#9829; 2</span><span>&#10004; 1</span><span>+1 3</span></div></div></div>' % (
            n[0], S(n,'name'), K(ids.ts(r)[11:16],'time'), content)
    body = '<div style="display:flex"><div class="side">%s<br>%s<br>%s</div><div style="flex:1"><div style="padding:8px;font-weight:bold">%s</div>%s<div class="card">%s</div></div></div>' % (
        K('Chat'), K('Teams'), K('Calendar'), K('UIT Defect Triage'), msgs, K('Type a message'))
    return body, '.side{width:64px;background:#444791;color:#fff;height:900px;padding:8px;font-size:11px} .m{display:flex;gap:8px;margin:10px} .av{width:32px;height:32px;border-radius:16px;background:#8a8;color:#fff;text-align:center;line-height:32px} .bub{padding:8px;border-radius:6px;background:%s;margin-top:3px} .rx span{display:inline-block;border:1px solid #999;border-radius:10px;padding:0 6px;margin:-6px 4px 0 0;font-size:11px;background:inherit} code{font-family:"DejaVu Sans Mono";background:#0002;padding:1px 3px}' % ('#2b2b40' if theme=='dark' else '#e8ebfa'), 'DejaVu Sans'

def supply_cells(r, theme, two_rows=False, size=18):
    top = ids.mpan_top_num(r); c = ids.mpan_core(r); g = gid()
    cells = [top[:2], top[2:5], top[5:8], c[:2], c[2:6], c[6:10], c[10:]]
    cell = lambda v: '<div class="cl">%s</div>' % S(v,'mpan_full',g)
    if two_rows:
        w = '<div class="sw"><div class="bigS">S</div><div><div class="rw">%s</div><div class="rw">%s</div></div></div>' % (''.join(cell(v) for v in cells[:3]), ''.join(cell(v) for v in cells[3:]))
    else:
        w = '<div class="sw">%s</div>' % ''.join(cell(v) for v in cells)
    return w, top + c, size
def supplyportal(r, theme):
    w1,_,_ = supply_cells(r, theme, False); w2,_,_ = supply_cells(r, theme, True)
    m = ids.mprn(r)
    body = '''<div style="background:#00857c;color:#fff;padding:10px 16px;font-size:16px">%s &rsaquo; %s &rsaquo; %s</div>
<div class="card"><h3>%s</h3><div class="muted">%s</div>%s</div>
<div class="card"><h3>%s</h3>%s</div>
<div class="card"><div style="display:flex;gap:10px;align-items:center"><label>%s</label><input value="%s" style="display:none"><div class="fld">%s</div><label>%s</label><div class="fld">%s</div></div></div>
<div class="card">%s %s. %s %s</div>''' % (
        K('My Account'), S(ids.account(r),'account'), K('Supply numbers'), K('Your supply number'), K('Electricity, shown on page 2 of your bill'), w1,
        K('Export supply'), w2, K('Gas supply point'), m, S(m,'mprn'), K('Meter'), S(ids.eserial(r),'serial'),
        K('Last bill'), K(ids.amount(r),'amount'), K('Tariff'), K('Fixed Dec 2027 v3','tariff'))
    return body, 'h3{margin:0 0 6px} .sw{display:flex;gap:6px;align-items:center;margin:8px 0} .cl{border:2px solid #00857c;border-radius:5px;padding:4px 8px;font-size:18px;font-family:"DejaVu Sans Mono"} .rw{display:flex;gap:6px;margin:3px 0} .bigS{font-size:44px;font-weight:bold;margin-right:8px} .fld{border:1px solid #999;padding:4px 10px;min-width:140px;background:#fff1;font-size:14px}', 'DejaVu Sans'

def outlook(r, theme):
    n = ids.name(r); a = ids.address(r); top = ids.mpan_top_num(r); c = ids.mpan_core(r); g = gid()
    sbox = '<table class="sb"><tr><td rowspan=2 class="S">S</td><td>%s</td><td>%s</td><td>%s</td><td></td></tr><tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr></table>' % (
        S(top[:2],'mpan_full',g), S(top[2:5],'mpan_full',g), S(top[5:],'mpan_full',g), S(c[:2],'mpan_full',g), S(c[2:6],'mpan_full',g), S(c[6:10],'mpan_full',g), S(c[10:],'mpan_full',g))
    body = '''<div style="display:flex"><div class="list">%s</div><div style="padding:14px;flex:1">
<div style="font-size:18px">%s %s</div><div>%s %s &lt;%s&gt;</div><div class="muted">%s %s</div><hr>
<p>%s %s,</p><p>%s %s %s %s</p>%s<p>%s %s<br>%s<br>%s</p><p>%s %s</p><p>%s %s %s %s</p><p>%s</p></div></div>''' % (
        ''.join('<div class="it">%s<br><span class="muted">%s</span></div>' % (S(ids.name(r),'name'), K(r.choice(['RE: D0010 rejection','Meter exchange booked','Your bill is ready','UIT cycle 3 signoff'])+' '+ids.tc(r),'subject')) for _ in range(7)),
        K('Your electricity bill'), K(ids.tc(r),'tc'), K('From'), S(ids.name(r),'name'), S(ids.email(ids.name(r), r),'email'), K('Sent'), K(ids.ts(r),'ts'),
        K('Dear'), S(n,'name'), K('your bill for'), K(ids.amount(r),'amount'), K('is attached. Your supply number is'), K('shown below:'), sbox,
        K('Supply address:'), S(a[0],'address'), K(a[1],'town'), S(a[2],'postcode'), K('Account'), S(ids.account(r),'account'),
        K('Meter'), S(ids.eserial(r),'serial'), K('Reading'), K(ids.reading(r),'reading'), K('Kind regards, Billing Team'))
    return body, '.list{width:300px;border-right:1px solid #8884;padding:4px} .it{padding:6px;border-bottom:1px solid #8883} .sb{border:2px solid currentColor;font-family:"Liberation Mono";font-size:15px;margin:8px 0} .sb td{padding:2px 8px} .S{font-size:34px;font-weight:bold;border-right:1px solid currentColor}', 'Liberation Sans'

def pdfviewer(r, theme):
    n = ids.name(r); a = ids.address(r); top = ids.mpan_top_num(r); c = ids.mpan_core(r); g = gid()
    sbox = '<div class="sb2"><span class="S">S</span><div><div>%s %s %s</div><div>%s %s %s %s</div></div></div>' % (
        S(top[:2],'mpan_full',g), S(top[2:5],'mpan_full',g), S(top[5:],'mpan_full',g), S(c[:2],'mpan_full',g), S(c[2:6],'mpan_full',g), S(c[6:10],'mpan_full',g), S(c[10:],'mpan_full',g))
    rows = ''.join('<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>' % (S(ids.eserial(r),'serial'), K(ids.reading(r),'reading'), K(ids.reading(r),'reading'), K(ids.amount(r),'amount')) for _ in range(3))
    pg = '''<div class="pg"><div style="font-size:16px;font-weight:bold">%s</div><div>%s<br>%s<br>%s<br>%s</div><div style="margin-top:8px">%s %s &nbsp; %s %s</div>%s
<table class="bt"><tr><th>%s</th><th>%s</th><th>%s</th><th>%s</th></tr>%s</table><div>%s %s</div><div>%s %s</div></div>''' % (
        K('Northstar Energy'), S(n,'name'), S(a[0],'address'), K(a[1],'town'), S(a[2],'postcode'), K('Account number'), S(ids.account(r),'account'), K('Bill date'), K(ids.ts(r)[:10],'date'),
        sbox, K('Meter'), K('Previous'), K('Present'), K('Charge'), rows, K('Gas MPRN'), S(ids.mprn(r),'mprn'), K('Total due'), K(ids.amount(r),'amount'))
    body = '<div class="tb">%s &nbsp; %s &nbsp; %s</div><div class="vw">%s</div>' % (K('bill_Dec2026.pdf','file'), K('1 / 3'), K('75%'), pg)
    return body, '.tb{background:#323639;color:#fff;padding:8px} .vw{background:#525659;padding:20px;height:900px} .pg{zoom:0.75;background:#fff;color:#000;width:800px;margin:auto;padding:40px;font-family:"DejaVu Serif"} .bt td,.bt th{border:1px solid #999;color:#000;background:#fff} .sb2{display:flex;border:1.5px solid #000;width:300px;padding:4px;margin:10px 0;font-family:"DejaVu Sans Mono";font-size:14px;gap:10px;align-items:center} .S{font-size:30px;font-weight:bold}', 'DejaVu Sans'

def mapmodal(r, theme):
    a = ids.address(r); n = ids.name(r)
    bg = ''.join('<div>%s %s %s</div>' % (K(ids.wo(r),'wo'), S(ids.mpan_core(r),'mpan'), K(ids.flow(r),'flow')) for _ in range(10))
    body = '''<div class="map"><div class="road" style="top:200px"></div><div class="road v" style="left:400px"></div>
<div class="pin"></div><div class="tip"><b>%s</b><br>%s<br>%s %s<br>%s %s</div><div class="lbl" style="left:520px;top:150px">%s</div><div class="lbl" style="left:80px;top:320px">%s</div></div>
<div class="under">%s</div><div class="dim"></div><div class="modal"><h3>%s</h3><p>%s %s %s %s?</p><p>%s %s</p><button>%s</button> <button>%s</button></div>
<div class="toast">%s %s %s</div>''' % (
        S(n,'name'), S(a[0],'address'), K(a[1],'town'), S(a[2],'postcode'), K('MPRN'), S(ids.mprn(r),'mprn'), K(a[1],'town'), K('Ring Road'),
        bg, K('Confirm meter exchange'), K('Replace meter'), S(ids.eserial(r),'serial'), K('at supply'), S(ids.mpan_core(r),'mpan'), K('Work order'), K(ids.wo(r),'wo'), K('Cancel'), K('Confirm'),
        K('Saved.'), K('Job for'), S(ids.name(r),'name'))
    return body, '.map{position:absolute;left:0;top:0;width:800px;height:500px;background:#cfe3c1} .road{position:absolute;left:0;right:0;height:14px;background:#fff} .v{top:0;bottom:0;width:14px;height:auto} .pin{position:absolute;left:380px;top:230px;width:20px;height:20px;border-radius:10px 10px 10px 0;background:#d33} .tip{position:absolute;left:400px;top:250px;background:#fff;color:#000;padding:8px;border-radius:6px;box-shadow:0 2px 8px #0006;font-size:12px} .lbl{position:absolute;color:#456;font-style:italic} .under{position:absolute;left:820px;top:10px;font-size:13px} .dim{position:absolute;left:0;top:0;right:0;height:100%;min-height:900px;background:#0008} .modal{position:absolute;left:380px;top:320px;width:520px;background:#fff;color:#111;padding:16px;border-radius:8px} .toast{position:fixed;right:20px;bottom:20px;background:#323232;color:#fff;padding:10px 16px;border-radius:4px}', 'DejaVu Sans'

def vscode(r, theme):
    d = {'messageId': ids.uuid(r), 'flow': ids.flow(r), 'testCase': ids.tc(r), 'mpan': ids.mpan_core(r), 'mprn': ids.mprn(r), 'meterSerial': ids.eserial(r),
         'deviceId': ids.eui(r), 'customer': ids.name(r), 'postcode': ids.postcode('LS6', r), 'reading': ids.reading(r), 'created': ids.ts(r), 'firmware': ids.fw(r)}
    kinds = {'messageId':'uuid','flow':'flow','testCase':'tc','mpan':'mpan','mprn':'mprn','meterSerial':'serial','deviceId':'eui','customer':'name','postcode':'postcode','reading':'reading','created':'ts','firmware':'fw'}
    secret = {'mpan','mprn','serial','eui','name','postcode'}
    lines = ['<span class="p">{</span>']
    for i,(k,v) in enumerate(d.items()):
        kd = kinds[k]; vv = S(v,kd) if kd in secret else K(v,kd)
        lines.append('  <span class="key">%s</span>: <span class="str">"%s"</span>%s' % (K('"%s"' % k,'jsonkey'), vv, ',' if i < len(d)-1 else ''))
    lines.append('<span class="p">}</span>')
    code = '\n'.join('<span class="ln">%2d</span> %s' % (i+1, l) for i,l in enumerate(lines))
    mini = '\n'.join(l for l in lines)
    body = '<div class="tabs">%s &nbsp; %s</div><div style="display:flex"><pre class="ed">%s</pre><pre class="mini">%s</pre></div><div class="sbar">%s %s &nbsp; %s &nbsp; %s</div>' % (
        K('payload_D0010.json','file'), K('response.xml','file'), code, mini, K('Ln 5, Col 14'), K('UTF-8'), K('JSON'), S(d['mpan'],'mpan'))
    dk = theme == 'dark'
    return body, '.tabs{background:%s;padding:6px} .ed{flex:1;margin:0;padding:8px;font-family:"DejaVu Sans Mono";font-size:14px;line-height:1.5} .key{color:%s} .str{color:%s} .ln{color:#858585} .mini{width:90px;font-size:2px;line-height:3px;margin:0;overflow:hidden;opacity:.7} .mini .s,.mini .k{} .sbar{position:fixed;bottom:0;left:0;right:0;background:#007acc;color:#fff;font-size:12px;padding:3px 10px}' % (
        '#252526' if dk else '#ececec', '#9cdcfe' if dk else '#0451a5', '#ce9178' if dk else '#a31515'), 'DejaVu Sans Mono'

def postman(r, theme):
    n = ids.name(r); a = ids.address(r)
    x = '''&lt;<span class="tg">MeterPoint</span>&gt;
  &lt;<span class="tg">MPAN</span>&gt;%s&lt;/<span class="tg">MPAN</span>&gt;
  &lt;<span class="tg">ProfileClass</span>&gt;%s&lt;/<span class="tg">ProfileClass</span>&gt;
  &lt;<span class="tg">Customer</span> <span class="at">name</span>="%s"/&gt;
  &lt;<span class="tg">Address</span>&gt;%s, %s, %s&lt;/<span class="tg">Address</span>&gt;
  &lt;<span class="tg">Meter</span> <span class="at">serial</span>="%s" <span class="at">type</span>="%s"/&gt;
  &lt;<span class="tg">Comms</span> <span class="at">guid</span>="%s"/&gt;
  &lt;<span class="tg">Phone</span>&gt;%s&lt;/<span class="tg">Phone</span>&gt;
  &lt;<span class="tg">Generated</span>&gt;%s&lt;/<span class="tg">Generated</span>&gt;
&lt;/<span class="tg">MeterPoint</span>&gt;''' % (S(ids.mpan_core(r),'mpan'), K('03','pc'), S(n,'name'), S(a[0],'address'), K(a[1],'town'), S(a[2],'postcode'), S(ids.eserial(r),'serial'), K('S2AD'), S(ids.eui(r,'').lower(),'eui'), S(ids.phone(r),'phone'), K(ids.ts(r),'ts'))
    body = '<div class="url"><b>%s</b> %s</div><div class="tabs">%s %s %s</div><div class="st">%s %s %s</div><pre class="rsp">%s</pre>' % (
        K('GET'), K('https://uit-b.example.net/api/v2/meterpoints?ref=MPAN-REF-07','url'), K('Params'), K('Headers (9)'), K('Body'), K('Status: 200 OK'), K('Time: 412 ms'), K('Size: 1.82 KB'), x)
    return body, '.url{padding:10px;border:1px solid #8886;margin:8px;font-family:"DejaVu Sans Mono"} .tabs,.st{padding:4px 12px} .st{color:#3a3} .rsp{font-family:"Liberation Mono";font-size:13px;padding:10px;margin:8px;background:#8881} .tg{color:#e06c75} .at{color:#d19a66}', 'DejaVu Sans'

def gradient(r, theme):
    n = ids.name(r); a = ids.address(r)
    body = '''<div class="hero"><div class="sc">%s</div><h1>%s <i>%s</i></h1><p><b>%s</b> %s</p><p class="sm">%s %s &middot; %s %s</p></div>
<div class="card"><p>%s <span class="hl">%s %s %s %s</span> %s</p><p style="font-variant:small-caps">%s %s %s %s</p><p><b><i>%s</i></b> %s</p></div>''' % (
        K('Welcome back'), K('Hello,'), S(n,'name'), K('Supply'), S(ids.mpan_core(r),'mpan'), K('Meter'), S(ids.eserial(r),'serial'), K('Account'), S(ids.account(r),'account'),
        K('Selected:'), K('MPAN'), S(ids.mpan_core(r),'mpan'), K('at'), S(a[0]+', '+a[2],'address'), K('copied to clipboard'),
        K('Gas supply'), S(ids.mprn(r),'mprn'), K('registered to'), S(ids.name(r),'name'), S(ids.eui(r,':'),'eui'), K(ids.fw(r),'fw'))
    return body, '.hero{height:300px;padding:40px;color:#fff;background:linear-gradient(120deg,#ff9a8b 0%,#4a90e2 45%,#1d2671 100%), radial-gradient(circle at 70% 30%,#ffffff55,transparent 40%)} .sc{font-variant:small-caps;letter-spacing:2px} .hero h1{font-weight:300} .sm{opacity:.85;font-size:12px} .hl{background:#3390ff;color:#fff}', 'DejaVu Sans'

def autocomplete(r, theme):
    opts = ''.join('<div class="op">%s &nbsp; <span class="muted">%s</span></div>' % (S(ids.mpan_core(r),'mpan'), S(ids.address(r)[0],'address')) for _ in range(5))
    bc = '%s &rsaquo; %s &rsaquo; %s &rsaquo; %s' % (K('Home'), K('Customers'), S(ids.name(r),'name'), S(ids.account(r),'account'))
    body = '<div class="bar">%s</div><div class="card">%s</div><div class="card"><label>%s</label><br><div class="inp">%s</div><div class="dd">%s</div></div><div class="card" style="margin-top:220px">%s %s %s</div>' % (
        K('https://crm.example.net/customers/search','url'), bc, K('Search supply number'), K('1234'), opts, K('Results 5 of 212'), K(ids.tc(r),'tc'), K(ids.ts(r),'ts'))
    return body, '.bar{background:#dee1e6;color:#222;padding:8px 16px;border-radius:0 0 0 0} .inp{border:2px solid #0b57d0;padding:6px;width:420px;font-size:15px} .dd{position:absolute;width:420px;background:#fff;color:#222;box-shadow:0 4px 10px #0005} .op{padding:6px 10px;font-size:13px} .op:nth-child(2){background:#e8f0fe}', 'Liberation Sans'

def jupyter(r, theme):
    rows = ''.join('<tr><th>%s</th><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>' % (K(str(i),'row'), S(ids.mpan_core(r),'mpan'), S(ids.eserial(r),'serial'), K(ids.flow(r),'flow'), K(ids.ts(r),'ts')) for i in range(12))
    body = '<div class="cell"><span class="pr">%s</span><pre>df = pd.read_csv("uit_reads.csv")\ndf.head(12)</pre></div><div class="cell"><span class="pr">%s</span><table class="df"><tr><th></th><th>%s</th><th>%s</th><th>%s</th><th>%s</th></tr>%s</table></div><div class="cell"><pre>%s %s</pre></div>' % (
        K('In [4]:'), K('Out[4]:'), K('mpan_core'), K('msn'), K('flow'), K('received'), rows, K('# customer:'), S(ids.name(r),'name'))
    return body, '.cell{display:flex;gap:10px;margin:8px} .pr{color:#307fc1;font-family:"DejaVu Sans Mono";width:70px} pre{margin:0;font-family:"DejaVu Sans Mono"} .df td,.df th{font-size:12px;padding:3px 8px} .df tr:nth-child(even){background:#8882}', 'DejaVu Sans'

def tablet(r, theme):
    n = ids.name(r); a = ids.address(r)
    f = lambda l, v: '<div class="f"><div class="muted">%s</div><div class="v">%s</div></div>' % (l, v)
    body = '<div class="top">%s &nbsp; %s</div><div class="grid">%s%s%s%s%s%s%s%s</div><div class="btn">%s</div>' % (
        K('Install Job'), K(ids.wo(r),'wo'), f(K('Customer'), S(n,'name')), f(K('Address'), S(a[0],'address')+' '+K(a[1],'town')+' '+S(a[2],'postcode')),
        f(K('MPAN'), S(ids.mpan_core(r),'mpan')), f(K('Old meter'), S(ids.eserial(r).lower(),'serial')), f(K('New ESME'), S(ids.eui(r,'.'),'eui')),
        f(K('Comms hub'), S(ids.eui(r,''). replace('-',''),'eui')), f(K('Opening read'), K(ids.reading(r),'reading')), f(K('Firmware'), K(ids.fw(r),'fw')), K('Commission'))
    return body, '.top{background:#0f766e;color:#fff;padding:14px;font-size:18px} .grid{display:grid;grid-template-columns:1fr 1fr;gap:10px;padding:14px} .f{border-radius:10px;padding:12px;background:#8881} .v{font-size:20px;margin-top:4px} .btn{margin:14px;padding:16px;background:#0f766e;color:#fff;text-align:center;border-radius:10px;font-size:18px}', 'DejaVu Sans'

def wrapped(r, theme):
    # narrow cells with wrapped names/addresses and an MPAN split over two lines by width
    cards = ''
    for i in range(6):
        c = ids.mpan_core(r)
        cards += '<div class="nc"><div>%s</div><div class="wm">%s</div><div>%s</div><div>%s</div></div>' % (K(ids.tc(r),'tc'), S(c,'mpan'), S(ids.name(r)+' '+ids.name(r).split()[1],'name'), S(ids.address(r)[0],'address'))
    return '<div style="padding:10px">%s</div><div style="display:flex;flex-wrap:wrap">%s</div>' % (K('Narrow cards'), cards), '.nc{width:110px;margin:6px;padding:6px;border:1px solid #8886;font-size:13px;word-break:normal} .wm{word-break:break-all;font-family:"DejaVu Sans Mono"}', 'DejaVu Sans'

PAGES = [
 ('sfcase_100_light', sfcase, 'light', 1.0, (1280,760)), ('sfcase_125_dark', sfcase, 'dark', 1.25, (1280,760)),
 ('fiori_100_light', fiori, 'light', 1.0, (1280,720)), ('fiori_150_dark', fiori, 'dark', 1.5, (1280,720)),
 ('dsp_100_dark', dsp, 'dark', 1.0, (1400,520)), ('dsp_125_light', dsp, 'light', 1.25, (1400,520)),
 ('excel_100_light', excel, 'light', 1.0, (1100,640)), ('excel_125_dark', excel, 'dark', 1.25, (1100,640)),
 ('pbi_100_dark', pbi, 'dark', 1.0, (900,560)), ('pbi_150_light', pbi, 'light', 1.5, (900,560)),
 ('teams_100_dark', teams, 'dark', 1.0, (900,640)), ('teams_125_light', teams, 'light', 1.25, (900,640)),
 ('supply_100_light', supplyportal, 'light', 1.0, (1000,640)), ('supply_125_dark', supplyportal, 'dark', 1.25, (1000,640)), ('supply_150_light', supplyportal, 'light', 1.5, (1000,640)),
 ('outlook_100_light', outlook, 'light', 1.0, (1200,760)), ('outlook_150_dark', outlook, 'dark', 1.5, (1200,760)),
 ('pdfview_100_dark', pdfviewer, 'dark', 1.0, (1000,760)), ('pdfview_125_light', pdfviewer, 'light', 1.25, (1000,760)),
 ('mapmodal_125_light', mapmodal, 'light', 1.25, (1280,720)),
 ('vscode_100_dark', vscode, 'dark', 1.0, (1000,520)), ('vscode_150_light', vscode, 'light', 1.5, (1000,520)),
 ('postman_125_dark', postman, 'dark', 1.25, (1100,480)),
 ('gradient_100_light', gradient, 'light', 1.0, (1200,600)), ('gradient_150_dark', gradient, 'dark', 1.5, (1200,600)),
 ('autocomplete_125_light', autocomplete, 'light', 1.25, (900,560)),
 ('jupyter_100_light', jupyter, 'light', 1.0, (1000,560)),
 ('tablet_150_dark', tablet, 'dark', 1.5, (1024,640)),
 ('wrapped_125_light', wrapped, 'light', 1.25, (900,360)),
]
