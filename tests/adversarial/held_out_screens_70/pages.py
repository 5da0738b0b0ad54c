"""Chromium items."""
from chrome import *

BASE = """body{margin:0;font-family:'Liberation Sans',Arial,sans-serif;font-size:14px}
.dark{background:#1e1f22;color:#d8dade}.light{background:#f6f7f9;color:#1b1d21}
"""

def sbox(p, core, top, dark=False, size=13, with_s=True):
    k = p.G('mpan', core, form='S box (top line %s)' % top)
    g = sgroups(core)
    bd = '#aab' if dark else '#333'
    s = '<td rowspan=2 style="font-size:%dpx;font-weight:bold;padding:0 8px;border-right:1px solid %s">S</td>' % (size * 2.4, bd) if with_s else ''
    tds = ''.join('<td style="padding:1px 7px">%s</td>' % p.K(x, kind='mpan-top') for x in [top[:2], top[2:5], top[5:]])
    tds2 = ''.join('<td style="padding:1px 7px">%s</td>' % p.P(k, x) for x in g)
    return ('<table style="border:1.5px solid %s;border-collapse:collapse;font-family:\'DejaVu Sans Mono\',monospace;font-size:%dpx">'
            '<tr>%s%s<td></td></tr><tr>%s</tr></table>') % (bd, size, s, tds, tds2)

def electron(item, dark, dpr, post=None):
    p = Page(); core = mpan(); top = mpan_top(); gas = mprn(); dev = eui(); dev2 = eui(); ser = esn(); g = gsn()
    nm = name(); st, town, pc = address(); tel = phone(); em = email(nm)
    job = keep_ref('JOB-'); msg = keep_ref('D0150-')
    bg = '#202225' if dark else '#ffffff'; fg = '#e4e6eb' if dark else '#202124'; bar = '#2b2d31' if dark else '#e9ecf1'
    css = BASE + ('.tb{height:34px;background:%s;display:flex;align-items:center;padding:0 10px;font-size:12px}'
                  '.tb .dots span{display:inline-block;width:12px;height:12px;border-radius:6px;margin-right:6px}'
                  '.card{margin:14px;padding:14px;border-radius:8px;background:%s;box-shadow:0 1px 4px #0004}'
                  'label{display:inline-block;width:150px;color:#889}.row{margin:7px 0}') % (bar, '#2b2d31' if dark else '#fff')
    body = ('<div class="%s" style="width:100%%;height:100vh;background:%s;color:%s">'
            '<div class="tb"><span class="dots"><span style="background:#f55"></span><span style="background:#fb3"></span><span style="background:#3c5"></span></span>'
            '<b>%s</b>&nbsp;&nbsp;%s</div>'
            '<div style="display:flex"><div class="card" style="flex:1">'
            '<div class="row">%s</div>'
            '<div class="row"><label>%s</label>%s</div>'
            '<div class="row"><label>%s</label>%s</div>'
            '<div class="row"><label>%s</label>%s</div>'
            '<div class="row"><label>Gas supply point</label>%s</div>'
            '<div class="row"><label>Comms hub GUID</label>%s</div>'
            '<div class="row"><label>ESME device id</label>%s</div>'
            '<div class="row"><label>Meter serial</label>%s&nbsp;&nbsp;<label style="width:auto">Gas MSN</label> %s</div>'
            '</div><div class="card" style="width:330px">'
            '<div class="row"><label style="width:90px">Customer</label>%s</div>'
            '<div class="row"><label style="width:90px">Address</label>%s, %s %s</div>'
            '<div class="row"><label style="width:90px">Phone</label>%s</div>'
            '<div class="row"><label style="width:90px">E-mail</label>%s</div>'
            '<div class="row"><label style="width:90px">Job</label>%s</div>'
            '<div class="row"><label style="width:90px">Flow</label>%s</div>'
            '<div class="row"><label style="width:90px">Amount</label>%s</div>'
            '</div></div></div>') % (
        'dark' if dark else 'light', bg, fg, p.K('Switchboard'), p.K('Meter exchange v4.12.0'),
        sbox(p, core, top, dark),
        p.K('Supply start'), p.K('01/11/2026'), p.K('Status'), p.K('Awaiting D0086'), p.K('MPRN'), p.I('mprn', gas),
        p.I('mprn', mprn(), form='gas supply point label'),
        p.I('eui64', dev, eui_fmt(dev, 'colon'), form='colon'), p.I('eui64', dev2, eui_fmt(dev2, 'hy'), form='hyphen'),
        p.I('serial', ser, ser.lower(), form='lower-case'), p.I('serial', g, g[:3] + ' ' + g[3:11] + ' ' + g[11:], form='spaced gas'),
        p.I('name', nm), p.I('address', st), p.K(town), p.I('postcode', pc), p.I('phone', tel), p.I('email', em),
        p.K(job), p.K(msg), p.K('£1,284.50'))
    img, boxes = render(p, body, item, 1100, 460, dpr, css=css)
    return p, img, boxes

def glass(item, dpr=3):
    p = Page(); core = mpan(); top = mpan_top(); gas = mprn(); nm = name()
    css = BASE + ('.bg{width:390px;height:844px;background:radial-gradient(circle at 20% 20%,#7b2ff7,#0b0c2a 60%),#0b0c2a;color:#fff;position:relative;overflow:hidden}'
                  '.blob{position:absolute;width:260px;height:260px;border-radius:50%;background:#f107a3;filter:blur(40px);top:260px;left:180px;opacity:.7}'
                  '.card{position:absolute;left:20px;top:150px;width:350px;height:210px;border-radius:22px;background:rgba(255,255,255,.14);'
                  'backdrop-filter:blur(14px);border:1px solid rgba(255,255,255,.3);padding:18px;box-sizing:border-box}')
    body = ('<div class="bg"><div class="blob"></div>'
            '<div style="position:absolute;top:40px;left:24px;font-size:13px;opacity:.8">%s</div>'
            '<div style="position:absolute;top:70px;left:24px;font-size:26px;font-weight:bold">%s</div>'
            '<div class="card"><div style="font-size:12px;opacity:.8">%s</div>'
            '<div style="font-size:21px;letter-spacing:.12em;margin-top:10px;font-family:\'DejaVu Sans Mono\'">%s</div>'
            '<div style="font-size:12px;margin-top:18px;opacity:.8">%s</div>'
            '<div style="font-size:17px;letter-spacing:.35em;margin-top:4px">%s</div>'
            '<div style="position:absolute;bottom:16px;left:18px;font-size:14px">%s</div>'
            '<div style="position:absolute;bottom:16px;right:18px;font-size:14px">%s</div></div>'
            '<div style="position:absolute;top:400px;left:24px;font-size:15px">%s</div>'
            '<div style="position:absolute;top:430px;left:24px;font-size:34px;font-weight:bold">%s</div>'
            '<div style="position:absolute;top:490px;left:24px;font-size:13px;opacity:.8">%s</div>'
            '</div>') % (p.K('Good evening'), p.K('Your energy'), p.K('Electricity supply number'),
                         p.I('mpan', core, ' '.join(sgroups(core)), form='grouped glass card'), p.K('Gas meter point'),
                         p.I('mprn', gas, form='letter-spaced .35em'), p.I('name', nm), p.K('Exp 03/27'), p.K('Balance'), p.K('£213.07'),
                         p.K('Last read 02 Dec 2026 07:41'))
    img, boxes = render(p, body, item, 390, 844, dpr, css=css)
    return p, img, boxes

def grid80(item, dark, dpr, scroll=0):
    p = Page()
    hdr = ['Row', 'MPAN', 'MSN', 'Postcode', 'Read date', 'kWh', 'Ref']
    rows = []
    for i in range(12):
        rows.append([p.K(str(i + 2)), p.I('mpan', mpan()), p.I('serial', esn()), p.I('postcode', postcode()), p.K('%02d/11/2026' % (i + 3)),
                     p.K('%d,%03d' % (rng.randint(1, 40), rng.randint(0, 999))), p.K(keep_ref('MPAN-REF-'))])
    b = '#3a3d42' if dark else '#d4d4d4'
    css = BASE + ('table{border-collapse:collapse;font-size:14px;zoom:0.8}td,th{border:1px solid %s;padding:2px 6px;white-space:nowrap;height:20px}'
                  'th{background:%s;font-weight:normal}.fz{position:sticky;left:0;background:%s;z-index:2;box-shadow:3px 0 3px #0005}'
                  '.wrap{width:620px;overflow:hidden;position:relative}') % (b, '#2a2c30' if dark else '#eef0f3', '#2a2c30' if dark else '#f3f3f3')
    # frozen pane: first col sticky and the sheet scrolled so that the MPAN column sits partly under it
    trs = ''.join('<tr>' + ''.join(('<td class="fz">%s</td>' if j == 0 else '<td>%s</td>') % c for j, c in enumerate(r)) + '</tr>' for r in rows)
    ths = ''.join(('<th class="fz">%s</th>' if j == 0 else '<th>%s</th>') % p.K(h) for j, h in enumerate(hdr))
    body = ('<div class="%s" style="height:100vh;padding:8px"><div style="font-size:12px;margin-bottom:4px">%s &nbsp; %s</div>'
            '<div class="wrap" id="w" style="width:%dpx;overflow-x:scroll"><table>%s%s</table></div></div>'
            '<script>document.getElementById("w").scrollLeft=%d;</script>') % (
        'dark' if dark else 'light', p.K('Book1.xlsx'), p.K('Zoom 80%'), 460 if scroll else 760, '<tr>' + ths + '</tr>', trs, scroll)
    img, boxes = render(p, body, item, 800, 420, dpr, css=css)
    return p, img, boxes

def svgchart(item, dark, dpr):
    p = Page(); core = mpan(); core2 = mpan(); pcs = [postcode() for _ in range(3)]; gas = mprn()
    fg = '#ddd' if dark else '#222'
    body = ('<div class="%s" style="height:100vh"><svg width="900" height="420" style="font-family:Liberation Sans">'
            '<path id="arc" d="M 60 220 Q 230 60 420 200" fill="none" stroke="#888" stroke-dasharray="3 3"/>'
            '<text font-size="16" fill="%s"><textPath href="#arc">%s</textPath></text>'
            '<rect x="480" y="60" width="360" height="34" fill="#2f7ed8"/><text x="490" y="83" font-size="15" fill="#fff">%s</text>'
            '<rect x="480" y="110" width="250" height="34" fill="#f28f43"/><text x="490" y="133" font-size="15" fill="#111">%s</text>'
            '<rect x="480" y="160" width="180" height="34" fill="#8bbc21"/><text x="490" y="183" font-size="15" fill="#111">%s</text>'
            '<rect x="40" y="280" width="330" height="120" fill="none" stroke="%s"/>'
            '<text x="50" y="300" font-size="13" fill="%s">%s</text>'
            '<circle cx="60" cy="322" r="6" fill="#e33"/><text x="74" y="327" font-size="13" fill="%s">%s</text>'
            '<circle cx="60" cy="346" r="6" fill="#39f"/><text x="74" y="351" font-size="13" fill="%s">%s</text>'
            '<circle cx="60" cy="370" r="6" fill="#3b3"/><text x="74" y="375" font-size="13" fill="%s">%s</text>'
            '<text x="480" y="240" font-size="13" fill="%s">%s</text>'
            '<text x="480" y="262" font-size="13" fill="%s">%s</text>'
            '</svg></div>') % ('dark' if dark else 'light', fg, p.I('mpan', core, form='SVG textPath on curve'),
                               p.I('mpan', core2, 'MPAN ' + core2, form='on coloured chart bar') if False else p.P(p.G('mpan', core2, 'on chart bar'), core2 + '  4,210 kWh'),
                               p.K('Q3 2026  3,115 kWh'), p.P(p.G('mprn', gas, 'on green bar'), gas),
                               fg, fg, p.K('Legend: sites by region'), fg, p.P(p.G('postcode', pcs[0], 'map legend'), pcs[0] + ' (Hub A)'),
                               fg, p.P(p.G('postcode', pcs[1], 'map legend'), pcs[1] + ' (Hub B)'),
                               fg, p.P(p.G('postcode', pcs[2], 'map legend'), pcs[2] + ' (Hub C)'),
                               fg, p.K('Source: DIP-MSG-20261204-0117'), fg, p.K('Generated 04/12/2026 09:12'))
    i0 = body.index('<svg'); body = body[:i0] + body[i0:].replace('<span', '<tspan').replace('</span>', '</tspan>')
    img, boxes = render(p, body, item, 900, 420, dpr, css=BASE)
    return p, img, boxes

def diptimeline(item, dark, dpr):
    p = Page()
    ev = []
    for i in range(7):
        ev.append('<div class="ev"><div class="t">%s</div><div class="c"><b>%s</b> %s<br>%s %s<br><span class="s">%s</span> %s</div></div>' % (
            p.K('2026-12-0%dT0%d:1%d:%02dZ' % (i % 5 + 1, i, i, 7 * i)), p.K(rng.choice(['MHHS-IF-021', 'MHHS-IF-031', 'MHHS-IF-001', 'D0010', 'D0150'])),
            p.K(keep_ref('DIPID-')), p.K('MPAN'), p.I('mpan', (lambda c: c)(mpan()), form='timeline body'),
            p.K('Accepted' if i % 3 else 'Rejected'), p.I('eui64', (lambda d: d)(eui()), None, form='plain 16 hex') if i % 2 else p.K('msg %s' % keep_ref('MID-'))))
    css = BASE + ('.ev{display:flex;margin:6px 0;border-left:3px solid #5865f2;padding-left:10px}.t{width:190px;font-family:DejaVu Sans Mono;font-size:12px;opacity:.75}'
                  '.c{font-size:13px}.s{padding:1px 6px;border-radius:8px;background:#3ba55c;color:#fff;font-size:11px}')
    body = '<div class="%s" style="height:100vh;padding:14px"><h3 style="margin:0 0 8px">%s</h3>%s</div>' % (
        'dark' if dark else 'light', p.K('DIP message timeline'), ''.join(ev))
    img, boxes = render(p, body, item, 760, 480, dpr, css=css)
    # fix plain eui shown value: I() with shown None prints value (plain hex) - fine
    return p, img, boxes

def wrapnarrow(item, dark, dpr):
    p = Page(); c1 = mpan(); c2 = mpan(); gas = mprn(); nm = name(); st, town, pc = address()
    css = BASE + '.side{width:150px;padding:10px;font-size:15px;word-break:break-all;border-right:1px solid #888;height:100vh}'
    body = ('<div class="%s" style="display:flex"><div class="side">%s<br>%s%s<br><br>%s<br>%s%s<br><br>%s %s</div>'
            '<div style="padding:12px;font-size:14px">%s<br>%s<br>%s<br>%s, %s %s</div></div>') % (
        'dark' if dark else 'light', p.K('Supply'), p.K('MPAN: '), p.I('mpan', c1, form='wrapped by word-break'),
        p.K('Gas'), p.K('MPRN '), p.I('mprn', gas, form='wrapped'), p.K('Import'), p.I('mpan', c2, c2[:6] + ' ' + c2[6:], form='wrapped at space'),
        p.K('Notes for visit 12/12/2026'), p.I('name', nm), p.K('Access: side gate'), p.I('address', st), p.K(town), p.I('postcode', pc))
    img, boxes = render(p, body, item, 520, 260, dpr, css=css)
    return p, img, boxes

def lone(item, dark, dpr, size):
    p = Page(); c = mpan(); d = eui()
    body = ('<div class="%s" style="width:1920px;height:1080px;position:relative">'
            '<div style="position:absolute;left:1410px;top:870px;font-size:%dpx">%s</div>'
            '<div style="position:absolute;left:300px;top:140px;font-size:%dpx;opacity:.85">%s</div></div>') % (
        'dark' if dark else 'light', size, p.I('mpan', c, form='lone %dpx' % size), size, p.I('eui64', d, eui_fmt(d, 'lower'), form='lone lower-case'))
    img, boxes = render(p, body, item, 1920, 1080, dpr, css=BASE)
    return p, img, boxes

def otp(item, dark, dpr):
    p = Page(); c = mpan(); gas = mprn()
    k = p.G('mpan', c, form='one digit per input box'); kg = p.G('mprn', gas, form='one digit per box')
    bd = '#666' if dark else '#9aa'
    cell = lambda ch, key: '<span style="display:inline-block;width:26px;height:34px;line-height:34px;text-align:center;border:1.5px solid %s;border-radius:5px;margin-right:5px;font-size:19px">%s</span>' % (bd, p.P(key, ch))
    body = ('<div class="%s" style="height:100vh;padding:22px"><div style="font-size:20px;font-weight:bold">%s</div>'
            '<div style="margin:6px 0 14px;font-size:13px">%s</div>%s<div style="margin:18px 0 8px">%s</div>%s'
            '<div style="margin-top:20px;font-size:12px">%s</div></div>') % (
        'dark' if dark else 'light', p.K('Find your supply'), p.K('Enter the 13-digit number from your bill'),
        ''.join(cell(ch, k) for ch in c), p.K('Gas meter point reference'), ''.join(cell(ch, kg) for ch in gas), p.K('Step 2 of 4'))
    img, boxes = render(p, body, item, 560, 260, dpr, css=BASE)
    return p, img, boxes

def inventory(item, dark, dpr):
    p = Page(); rows = []
    styles = ['hy', 'colon', 'plain', 'lower', 'dot4', 'dot2', 'space']
    for i, s in enumerate(styles):
        d = eui(); ser = esn()
        sform = ['as-is', 'lower', 'spaced', 'lower-spaced', 'as-is', 'lower', 'spaced'][i]
        shown = {'as-is': ser, 'lower': ser.lower(), 'spaced': ' '.join(ser[j:j + 3] for j in range(0, len(ser), 3)),
                 'lower-spaced': ' '.join(ser.lower()[j:j + 4] for j in range(0, len(ser), 4))}[sform]
        rows.append('<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>' % (
            p.K(['ESME', 'GSME', 'CHF', 'GPF', 'PPMID', 'IHD', 'HCALCS'][i]), p.I('eui64', d, eui_fmt(d, s), form=s),
            p.I('serial', ser, shown, form=sform), p.K('FW 0x%04X' % rng.randint(4096, 65535)), p.K('Commissioned')))
    css = BASE + 'td,th{padding:5px 12px;border-bottom:1px solid #8884;font-size:14px;text-align:left}'
    body = '<div class="%s" style="height:100vh;padding:14px"><h3>%s</h3><table>%s%s</table></div>' % (
        'dark' if dark else 'light', p.K('Device inventory'), '<tr>%s</tr>' % ''.join('<th>%s</th>' % p.K(h) for h in ['Type', 'Device ID', 'Serial', 'Firmware', 'State']), ''.join(rows))
    img, boxes = render(p, body, item, 760, 380, dpr, css=css)
    return p, img, boxes

def rotated(item, dark, dpr):
    p = Page(); a = mpan(); b = mpan(); c = mpan(); d = mprn()
    body = ('<div class="%s" style="height:100vh;position:relative;font-size:15px">'
            '<div style="position:absolute;left:20px;top:300px;transform-origin:left top;transform:rotate(-90deg)">%s</div>'
            '<div style="position:absolute;left:120px;top:60px;transform:rotate(180deg)">%s</div>'
            '<div style="position:absolute;left:360px;top:170px;transform:rotate(-12deg)">%s</div>'
            '<div style="position:absolute;left:380px;top:40px;transform:rotate(90deg);transform-origin:left top">%s</div>'
            '<div style="position:absolute;left:120px;top:270px">%s %s</div></div>') % (
        'dark' if dark else 'light', p.I('mpan', a, 'MPAN ' + a, form='rot 90 (CSS -90)', angle=90), p.I('mpan', b, b + ' kWh import', form='rot 180', angle=180),
        p.I('mpan', c, 'Supply ' + c, form='rot 12', angle=12), p.I('mprn', d, 'MPRN ' + d, form='rot 270', angle=270),
        p.K('Page 3 of 7'), p.K('Printed 05/12/2026'))
    img, boxes = render(p, body, item, 640, 340, dpr, css=BASE)
    return p, img, boxes

def qrlabel(item, dpr):
    p = Page(); c = mpan(); top = mpan_top()
    cells = ''.join('<div style="width:7px;height:7px;background:%s"></div>' % ('#000' if rng.random() < .5 else '#fff') for _ in range(29 * 29))
    body = ('<div class="light" style="height:100vh;padding:18px;display:flex;gap:18px">'
            '<div style="display:grid;grid-template-columns:repeat(29,7px);border:14px solid #fff;outline:1px solid #ccc">%s</div>'
            '<div style="font-family:DejaVu Sans Mono;font-size:15px"><div>%s</div><div style="margin-top:6px">%s</div>'
            '<div style="margin-top:4px">%s</div><div style="margin-top:10px;font-size:12px">%s</div></div></div>') % (
        cells, p.K('Scan to read meter'), p.P(p.G('mpan', top + c, 'human-readable 21 digits under QR'), 'S ' + top + ' ' + c),
        p.K('Label LBL-2026-0931'), p.K('Printed 28/11/2026'))
    img, boxes = render(p, body, item, 560, 260, dpr, css=BASE)
    return p, img, boxes

def whitealpha(item, dpr):
    p = Page(); c = mpan(); gas = mprn()
    body = ('<div style="padding:20px;color:#fff;font-size:17px;font-family:Liberation Sans">%s<br><br>%s %s<br>%s %s</div>') % (
        p.K('Overlay layer'), p.K('MPAN'), p.I('mpan', c, ' '.join(sgroups(c)), form='white on transparent'), p.K('MPRN'), p.I('mprn', gas, form='white on transparent'))
    css = 'html,body{background:transparent!important;margin:0}'
    img, boxes = render(p, body, item, 480, 180, dpr, transparent=True, css=css)
    return p, img, boxes

def receipt(item, dpr):
    p = Page(); c = mpan(); ref = keep_ref('TXN')
    body = ('<div style="width:300px;margin:10px auto;background:#fff;color:#222;font-family:\'DejaVu Sans Mono\';font-size:12px;padding:12px;line-height:1.45">'
            '<div style="text-align:center">%s<br>%s</div><br>%s<br>%s %s<br>%s %s<br>%s<br>%s %s<br>%s %s<br><br><div style="text-align:center">%s</div></div>') % (
        p.K('PAYPOINT'), p.K('Spar Store 0412'), p.K('ELECTRICITY KEY TOP-UP'), p.K('MPAN'), p.I('mpan', c, form='thermal receipt'),
        p.K('Card'), p.I('serial', (lambda s: s)(esn()), form='key serial on receipt'),
        p.K('04/12/2026 18:22'), p.K('Amount'), p.K('£20.00'), p.K('Ref'), p.K(ref), p.K('RETAIN THIS RECEIPT'))
    img, boxes = render(p, body, item, 330, 380, dpr, css='body{margin:0;background:#e8e8e8}')
    return p, img, boxes
