import json, base64, textwrap, quopri, urllib.parse
from lib import *

INV1 = INVIS
DIG = ['plain', 'spaced', 'sep:_', 'sep:.', 'sep::', 'sep:+', 'sep:,', 'sep:/', 'sep:-', 'sep:   ', 'sep:\t',
       'sep: - ', 'sep:\u00a0', 'sep:\u2009', 'sep:\u202f', 'sep:\u2011', 'sep:\u2013', 'sep:\u00b7', 'sep:|',
       'invall', 'fullwidth', 'arabic', 'deva', 'math', 'beng'] + ['inv:' + c for c in INV1]
ALNUM = ['plain', 'lower', 'spaced', 'sep:-', 'sep:_', 'sep:.', 'invall', 'fullwidth', 'sep: ', 'inv:\u200b',
         'inv:\u2063', 'inv:\u00ad', 'sep:\u00a0']
EUIF = ['sep:-', 'sep::', 'sep:.', 'plain', 'lower', 'sep: ', 'dotted_eui', '0x', '0xlower', 'lowercolon',
        'invall', 'sep:_', 'fullwidth']
PCF = ['plain', 'lower', 'nospace', 'nbsp', 'dbl', 'hyph', 'under', 'thin', 'fullwidth', 'zwsp', 'tab', 'dot']


class Pick:
    def __init__(self, pool, seed):
        self.pool, self.i = pool, seed

    def __call__(self):
        v = self.pool[self.i % len(self.pool)]
        self.i += 7
        return v


def pcform(F, pc, f):
    F.rec('postcode', pc, f)
    o, i = pc.split(' ')
    return {'plain': pc, 'lower': pc.lower(), 'nospace': o + i, 'nbsp': o + '\u00a0' + i, 'dbl': o + '  ' + i,
            'hyph': o + '-' + i, 'under': o + '_' + i, 'thin': o + '\u2009' + i,
            'fullwidth': ''.join(FW.get(c, c) for c in pc), 'zwsp': o + '\u200b' + i + '\u200b', 'tab': o + '\t' + i,
            'dot': o + '.' + i}[f]


def phform(F, ph, f):
    F.rec('phone', ph, f)
    d = ph.replace(' ', '')
    return {'plain': ph, 'intl': '+44 ' + ph[1:], 'intl0': '+44 (0)' + ph[1:], 'nozero': d[1:], 'dash': ph.replace(' ', '-'),
            '0044': '0044' + d[1:], 'tel': 'tel:+44' + d[1:], 'paren': '(' + ph.split(' ')[0] + ') ' + ' '.join(ph.split(' ')[1:]),
            'dots': '.'.join([d[:5], d[5:8], d[8:]]), 'compact': d, 'inv': '\u2066' + ph + '\u2069'}[f]


PHF = ['plain', 'intl', 'intl0', 'nozero', 'dash', '0044', 'tel', 'paren', 'dots', 'compact', 'inv']


def emform(F, em, f):
    F.rec('email', em, f)
    l, d = em.split('@')
    return {'plain': em, 'upper': em.upper(), 'at': l + ' [at] ' + d.replace('.', ' [dot] '), 'pct': l + '%40' + d,
            'mailto': 'mailto:' + urllib.parse.quote(em, safe=''), 'entity': l + '&#64;' + d,
            'angle': '<' + em + '>', 'b64': base64.b64encode(em.encode()).decode(), 'paren': l + '(at)' + d,
            'inv': l + '\u200b@' + d}[f]


EMF = ['plain', 'upper', 'at', 'pct', 'mailto', 'entity', 'angle', 'paren', 'inv']


def keeps(F, n):
    return [F.k(anykeep()) for _ in range(n)]


# ======================================================================= genres
def g_edifact_utilmd(i):
    F = FB('utilmd_%03d.edi' % i, 'edifact-utilmd')
    p = Pick(DIG, i); pa = Pick(ALNUM, i)
    m = mpan(); n = name(); a = address(); pc = postcode(); s = elec_serial()
    F.nm(n); F.ad(a)
    esc = lambda t: t.replace('?', '??').replace("'", "?'").replace('+', '?+').replace(':', '?:')
    ref = F.k('UTILMD%06d' % KR.randint(0, 999999))
    ts = F.k('20260%d%02d' % (KR.randint(1, 9), KR.randint(10, 28)))
    segs = ["UNA:+.? '", "UNB+UNOC:3+1234567890123:14+5798765432109:14+%s:1015+%s'" % (ts[2:], ref),
            "UNH+1+UTILMD:D:11A:UN:5.2e'", "BGM+E03+%s+9'" % F.k(kref()), "DTM+137:%s:102'" % ts,
            "IDE+24+%s'" % F.k(kjob()),
            "LOC+172+%s::9'" % esc(F.id('mpan', m, p())),
            "RFF+Z13:%s'" % F.k(kmsg()),
            "NAD+UD+++%s'" % esc(n).replace(' ', ':', 1),
            "NAD+DP++%s++%s'" % (':'.join(esc(x) for x in a), pcform(F, pc, R.choice(PCF))),
            "SEQ+Z01'", "PIA+5+%s:SRW'" % esc(F.id('eserial', s, pa())),
            "QTY+220:%s'" % F.k(kcount()), "MOA+9:%s'" % F.k('%d.%02d' % (KR.randint(1, 999), KR.randint(0, 99))),
            "UNT+14+1'", "UNZ+1+%s'" % ref]
    if i % 3 == 0:
        ph = phone(); segs.insert(9, "CTA+IC+:%s'COM+%s:TE'" % (esc(n), phform(F, ph, R.choice(PHF))))
    if i % 2:
        F.text = ''.join(segs)
        # wrapped at 80 columns like a mainframe dump
        if i % 4 == 1:
            F.text = '\n'.join(F.text[j:j + 80] for j in range(0, len(F.text), 80))
    else:
        F.text = '\n'.join(segs)
    F.text += '\n'
    return F


def g_edifact_mscons(i):
    F = FB('mscons_%03d.edi' % i, 'edifact-mscons')
    p = Pick(DIG, i + 3); pa = Pick(ALNUM, i + 1)
    m = mpan(); g = mprn(); gs = gas_serial(); es = elec_serial()
    esc = lambda t: t.replace('?', '??').replace("'", "?'").replace('+', '?+').replace(':', '?:')
    lines = ["UNB+UNOC:3+%s:500+%s:500+260301:0930+%s'" % (F.k(kmpid()), F.k(kmpid()), F.k('MS%07d' % KR.randint(0, 9999999))),
             "UNH+%s+MSCONS:D:04B:UN:2.4c'" % F.k(kcount()),
             "BGM+7+%s+9'" % F.k(kinv()),
             "NAD+MS+%s::293'" % F.k(kean()),
             "LOC+172+%s'" % esc(F.id('mpan', m, p())),
             "LIN+1'", "PIA+5+%s:SRW'" % esc(F.id('eserial', es, pa())),
             "QTY+220:%s'" % F.k('%d.%03d' % (KR.randint(0, 99999), KR.randint(0, 999))),
             "DTM+163:%s:303'" % F.k('202603010000+00'),
             "LOC+172+%s'" % esc(F.id('mprn', g, p())),
             "PIA+5+%s:SRW'" % esc(F.id('gserial', gs, pa())),
             "FTX+AAI+++Gas meter %s exchanged, old reading %s'" % (F.id('gserial', gs, R.choice(['plain', 'lower', 'spaced'])), F.k(kread())),
             "UNT+12+1'"]
    F.text = '\n'.join(lines) + '\n'
    return F


def g_fixedwidth(i):
    F = FB('mainframe_%03d.dat' % i, 'fixed-width')
    rows = []
    rows.append('HDR%-10s%-20s%s' % (F.k('CUSTEXT'), F.k(kref()), F.k('20260301')))
    for r in range(3):
        m = mpan(); n = name(); a = address(); pc = postcode()
        F.nm(n); F.ad(a)
        sur = n.split(' ', 1)[1].upper(); giv = n.split(' ')[0].upper()
        form = i % 4
        if form == 0:
            mm = F.id('mpan', m, 'plain')
        elif form == 1:
            F.rec('mpan', m, 'zero-padded'); mm = '000' + m
        elif form == 2:
            F.rec('mpan', m, 'packed-spaces'); mm = ' '.join(m)
        else:
            F.rec('mpan', m, 'right-justified'); mm = ('%18s' % m)
        rows.append('D%-16s%-18s%-12s%-30s%-20s%-9s%s' % (F.k(kjob()), mm, giv[:12], sur[:30], a[-1].upper()[:20],
                                                          pcform(F, pc, R.choice(['plain', 'nospace', 'dbl'])), F.k('%011d' % KR.randint(0, 10 ** 9))))
        rows.append('A%-40s%-40s' % (a[0].upper(), (a[1] if len(a) > 2 else '').upper()))
    rows.append('TRL%09d' % int(F.k('%d' % KR.randint(3, 3))))
    F.text = '\n'.join(rows) + '\n'
    return F


def g_pdflayout(i):
    F = FB('bill_layout_%03d.txt' % i, 'pdftotext-layout')
    m = mpan(); pcc, mtc, llfc = mpan_top(); n = name(); a = address(); pc = postcode(); s = elec_serial()
    F.nm(n); F.ad(a)
    F.rec('mpan', m, 'bill-S-box'); F.rec('mpan21', pcc + mtc + llfc + m, 'bill-S-box')
    left = ['Mrs ' + n if i % 2 else n.upper(), *a, pcform(F, pc, R.choice(['plain', 'dbl', 'nbsp', 'lower']))]
    right = ['Account number     ' + F.k('%010d' % KR.randint(0, 10 ** 9)),
             'Bill date          ' + F.k('1%d March 2026' % KR.randint(0, 9)),
             'Amount due         ' + F.k(kamt()),
             'Your supply number',
             '   S  %s   %s   %s' % (pcc, mtc, llfc),
             '      %s   %s   %s   %s' % (m[:2], m[2:6], m[6:10], m[10:]),
             'Meter serial       ' + F.id('eserial', s, R.choice(['plain', 'spaced'])),
             'Tariff             ' + F.k('Economy 7'),
             'Invoice            ' + F.k(kinv())]
    out = []
    for j in range(max(len(left), len(right))):
        l = left[j] if j < len(left) else ''
        r = right[j] if j < len(right) else ''
        out.append('    %-44s%s' % (l, r))
    out.append('')
    out.append('    Your electricity usage %s to %s: %s   VAT reg %s' % (F.k('01/02/2026'), F.k('28/02/2026'), F.k(kread()), F.k(kvat())))
    if i % 3 == 0:
        ph = phone(); out.append('    Questions? Call us. Your registered number: %s' % phform(F, ph, R.choice(PHF)))
    F.text = '\f'.join(['\n'.join(out) + '\n']) + '\f'
    return F


def g_welsh(i):
    F = FB('llythyr_%03d.txt' % i, 'welsh-letter')
    m = mpan(); n = name(); a = address(); pc = postcode(); gs = gas_serial(); g = mprn()
    F.nm(n); F.ad(a)
    p = Pick(DIG, i + 5)
    t = ['Cyfeirnod: ' + F.k(kref()), 'Dyddiad: ' + F.k('%d Mawrth 2026' % KR.randint(1, 28)), '',
         'Annwyl ' + ('Mrs ' if i % 2 else 'Mr ') + n.split(' ', 1)[1] + ',', '',
         'Diolch am eich galwad ynglŷn â’ch cyflenwad trydan yn %s, %s %s.' % (a[0], ', '.join(a[1:]), pcform(F, pc, R.choice(PCF))),
         'Rhif MPAN: %s' % F.id('mpan', m, p()),
         'Rhif cyfresol y mesurydd nwy: %s (MPRN %s)' % (F.id('gserial', gs, R.choice(ALNUM)), F.id('mprn', g, p())),
         'Swm sy’n ddyledus: %s. Rhif yr anfoneb: %s.' % (F.k(kamt()), F.k(kinv())),
         '', 'Yn gywir,', 'Tîm Cwsmeriaid', '', '--- English ---',
         'Dear %s, thank you for your call about the supply at %s %s.' % (n, a[-1], pcform(F, pc, 'plain'))]
    if i % 2 == 0:
        t.append('Rhif ffôn / Phone: %s' % phform(F, phone(), R.choice(PHF)))
    if i % 3 == 0:
        t.append('E-bost: %s' % emform(F, email(n), R.choice(EMF)))
    F.text = '\n'.join(t) + '\n'
    return F


def rtf_esc(s):
    out = ''
    for c in s:
        if ord(c) < 128:
            out += c
        elif ord(c) < 256:
            out += "\\'%02x" % ord(c)
        else:
            for u in (c.encode('utf-16-be')[j:j + 2] for j in range(0, len(c.encode('utf-16-be')), 2)):
                n = int.from_bytes(u, 'big')
                out += '\\u%d?' % (n if n < 32768 else n - 65536)
    return out


def g_rtf(i):
    F = FB('note_%03d.rtf' % i, 'rtf')
    m = mpan(); n = name(); a = address(); pc = postcode(); e = eui(); es = elec_serial()
    F.nm(n); F.ad(a)
    k = i % 4
    if k == 0:
        F.rec('mpan', m, 'rtf-bold-split'); ms = '{\\b %s}{\\i %s}' % (m[:5], m[5:])
    elif k == 1:
        F.rec('mpan', m, 'rtf-hex-escape'); ms = form('mpan', m, 'rtfhex')
    elif k == 2:
        F.rec('mpan', m, 'rtf-unicode-escape'); ms = ''.join('\\u%d?' % ord(c) for c in m)
    else:
        F.rec('mpan', m, 'rtf-field'); ms = '{\\field{\\*\\fldinst HYPERLINK "https://ecoes.example/mpan/%s"}{\\fldrslt %s}}' % (m, m[:2] + ' ' + m[2:])
    body = ['{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Calibri;}}',
            '\\f0\\fs22 Site visit note %s\\par' % F.k(kref()),
            'Customer: %s\\par' % rtf_esc(n),
            'Premises: %s, %s\\par' % (rtf_esc(', '.join(a)), pcform(F, pc, R.choice(['plain', 'nbsp', 'lower']))),
            'MPAN %s\\par' % ms,
            'Comms hub GUID %s\\tab installed %s\\par' % (F.id('eui', e, R.choice(EUIF)), F.k(kts())),
            'Meter %s\\line firmware %s\\par' % (F.id('eserial', es, R.choice(ALNUM)), F.k(kver())),
            'Outcome %s, job %s\\par' % (F.k(kmsg()), F.k(kjob())), '}']
    F.text = rtf_esc('\n'.join(body) + '\n')
    if i % 3 == 2:
        F.text = F.text.replace('\n', '\r\n'); F.newline = '\r\n'
    return F


def g_excel_tsv(i, utf16=False):
    nm = ('excel_unicode_%03d.txt' if utf16 else 'excel_copy_%03d.tsv') % i
    F = FB(nm, 'excel-utf16' if utf16 else 'excel-tsv', enc='utf-16' if utf16 else 'utf-8')
    hdr = ['Ref', 'MPAN', 'Customer', 'Postcode', 'Phone', 'Meter', 'Amount', 'Updated']
    rows = ['\t'.join(hdr)]
    for r in range(4):
        m = mpan(); n = name(); pc = postcode(); ph = phone(); s = elec_serial() if r % 2 else gas_serial()
        F.nm(n)
        k = (i + r) % 6
        if k == 0:
            mm = F.id('mpan', m, 'plain')
        elif k == 1:
            mm = F.id('mpan', m, 'sci')
        elif k == 2:
            F.rec('mpan', m, 'excel-apostrophe'); mm = "'" + m
        elif k == 3:
            F.rec('mpan', m, 'excel-formula'); mm = '="%s"' % m
        elif k == 4:
            F.rec('mpan', m, 'excel-thousands'); mm = '{:,}'.format(int(m))
        else:
            F.rec('mpan', m, 'excel-quoted-csv'); mm = '"%s"' % m
        rows.append('\t'.join([F.k(kref()), mm, n, pcform(F, pc, R.choice(PCF[:8])), phform(F, ph, R.choice(['nozero', 'plain', 'intl', 'compact'])),
                               F.id('eserial' if r % 2 else 'gserial', s, R.choice(ALNUM[:6])), F.k(kamt()), F.k('0%d/03/2026 09:%02d' % (KR.randint(1, 9), KR.randint(10, 59)))]))
    F.text = '\r\n'.join(rows) + '\r\n'
    F.newline = '\r\n'
    return F


def g_pipe(i):
    F = FB('extract_%03d.psv' % i, 'pipe-noheader')
    rows = []
    p = Pick(DIG, i + 11)
    for r in range(4):
        m = mpan(); g = mprn(); n = name(); a = address(); pc = postcode(); e = eui()
        F.nm(n); F.ad(a)
        rows.append('|'.join([F.k(kjob()), F.id('mpan', m, p()), F.id('mprn', g, p()), n.upper() if r % 2 else n,
                              ' '.join(a), pcform(F, pc, R.choice(PCF)), F.id('eui', e, R.choice(EUIF)), F.k(kmsg()),
                              F.k(kcount()), F.k(kts())]))
    F.text = '\n'.join(rows) + '\n'
    return F


def g_hl7(i):
    F = FB('adt_%03d.hl7' % i, 'hl7-pipe')
    n = name(); a = address(); pc = postcode(); ph = phone(); m = mpan(); es = elec_serial()
    F.nm(n); F.ad(a)
    giv, sur = n.split(' ', 1)
    d = ph.replace(' ', '')
    F.rec('phone', ph, 'hl7-components')
    segs = ['MSH|^~\\&|CRM|ENERGYCO|FIELD|WFM|%s||ADT^A08|%s|P|2.5' % (F.k('20260301093015'), F.k('MSG%08d' % KR.randint(0, 10 ** 8))),
            'PID|1||%s^^^ACC||%s^%s^^^%s||%s|U|||%s^^%s^^%s^GBR||^PRN^PH^^44^%s^%s' % (
                F.k(kjob()), sur.upper(), giv.upper(), 'MRS' if i % 2 else 'MR', F.k('19700101'),
                a[-2] if len(a) > 1 else a[0], a[-1], pcform(F, pc, R.choice(PCF)), d[1:5], d[5:]),
            'OBX|1|ST|MPAN^Supply number||%s||||||F' % F.id('mpan', m, R.choice(DIG)),
            'OBX|2|ST|SER^Meter serial||%s||||||F' % F.id('eserial', es, R.choice(ALNUM)),
            'NTE|1||Visit booked %s ref %s' % (F.k(kts()), F.k(kref()))]
    F.text = '\r'.join(segs) + '\r'
    F.newline = '\r'
    return F


def g_diff(i):
    F = FB('fixture_change_%03d.diff' % i, 'diff-patch')
    m = mpan(); m2 = mpan(); n = name(); e = eui(); pc = postcode(); g = mprn()
    F.nm(n)
    p = Pick(DIG, i + 2)
    t = ['diff --git a/tests/data/supply_points.csv b/tests/data/supply_points.csv',
         'index %s..%s 100644' % (F.k('3f9a2c1'), F.k('8be04d7')),
         '--- a/tests/data/supply_points.csv', '+++ b/tests/data/supply_points.csv',
         '@@ -12,7 +12,8 @@ ref,mpan,customer,postcode',
         ' %s,%s,%s,%s' % (F.k(kmref()), F.id('mpan', m, 'plain'), n, pcform(F, pc, 'plain')),
         '-%s,%s,%s,%s' % (F.k(kmref()), F.id('mpan', m2, 'plain'), 'TBC', F.k('N/A')),
         '+%s,%s,%s,%s' % (F.k(kmref()), F.id('mpan', m2, p()), 'TBC', F.k('PENDING')),
         '+# device for %s: %s' % (F.k(kref()), F.id('eui', e, R.choice(EUIF))),
         '+# gas supply MPRN %s' % F.id('mprn', g, p()),
         ]
    if i % 2 == 0:
        # value split across a comment-prefixed continuation line
        mm = mpan()
        F.rec('mpan', mm, 'split-comment-prefix')
        t += ['+# note: the supply %s' % mm[:6], '+# %s was swapped in %s' % (mm[6:], F.k(kcr()))]
    F.text = '\n'.join(t) + '\n'
    return F


def g_conflict(i):
    F = FB('merge_conflict_%03d.json' % i, 'merge-conflict')
    m = mpan(); n = name(); n2 = name(); em = email(n); s = gas_serial()
    F.nm(n); F.nm(n2)
    t = ['{', '  "case": "%s",' % F.k(kref()),
         '<<<<<<< HEAD', '  "mpan": "%s",' % F.id('mpan', m, 'plain'), '  "customer": "%s",' % n,
         '  "contact": "%s",' % emform(F, em, 'plain'),
         '=======', '  "mpan": "%s",' % F.id('mpan', m, R.choice(DIG)), '  "customer": "%s",' % n2,
         '  "contact": "%s",' % emform(F, em, R.choice(EMF)),
         '>>>>>>> feature/%s-gas-serials' % F.k('CR%05d' % KR.randint(0, 99999)),
         '  "gasMeter": "%s",' % F.id('gserial', s, R.choice(ALNUM)),
         '  "version": "%s"' % F.k(kver()), '}']
    F.text = '\n'.join(t) + '\n'
    return F


def g_env(i):
    F = FB('env_%03d.env' % i, 'dotenv')
    m = mpan(); e = eui(); em = email(); g = mprn()
    t = ['# test env for %s' % F.k(kref()), 'API_BASE=https://sit.example.net/api/%s' % F.k('v2'),
         'TEST_MPAN=%s' % F.id('mpan', m, R.choice(DIG[:12])),
         'TEST_MPAN_B64=%s' % F.id('mpan', m, 'b64'),
         'TEST_DEVICE_ID="%s"' % F.id('eui', e, R.choice(EUIF)),
         'GAS_MPRN=%s' % F.id('mprn', g, 'plain'),
         'NOTIFY_EMAIL=%s' % emform(F, em, 'plain'),
         'TIMEOUT_MS=%s' % F.k(kcount()), 'RELEASE=%s' % F.k(kver()), 'CORRELATION=%s' % F.k(kuuid())]
    F.text = '\n'.join(t) + '\n'
    return F


def g_tf(i):
    F = FB('main_%03d.tf' % i, 'terraform')
    m = mpan(); e = eui(); n = name(); pc = postcode(); s = elec_serial()
    F.nm(n)
    t = ['resource "azurerm_storage_blob" "evidence_%s" {' % F.k('%04d' % KR.randint(0, 9999)),
         '  name = "evidence/%s/step-%s.json"' % (F.id('mpan', m, 'plain'), F.k('%02d' % KR.randint(1, 30))),
         '  metadata = {', '    supply  = "%s"' % F.id('mpan', m, R.choice(['spaced', 'sep:_', 'sep:-'])),
         '    device  = "%s"' % F.id('eui', e, R.choice(EUIF)), '    owner   = "%s"' % n,
         '    site_pc = "%s"' % pcform(F, pc, R.choice(PCF)), '    meter   = "%s"' % F.id('eserial', s, R.choice(ALNUM)),
         '    ticket  = "%s"' % F.k(kref()), '  }', '}',
         'variable "release" { default = "%s" }' % F.k(kver()),
         'locals { device_hex = "%s" }' % F.id('eui', e, 'hex') if i % 2 else 'locals { build = "%s" }' % F.k(kbuild())]
    F.text = '\n'.join(t) + '\n'
    return F


def g_toml(i):
    F = FB('fixture_%03d.toml' % i, 'toml')
    m = mpan(); g = mprn(); n = name(); a = address(); pc = postcode(); gs = gas_serial(); e = eui()
    F.nm(n); F.ad(a)
    t = ['[case]', 'id = "%s"' % F.k(kref()), 'flow = "%s"' % F.k(kmsg()), '', '[supply]',
         'mpan = %s' % (F.id('mpan', m, 'plain') if i % 3 == 0 else '"%s"' % F.id('mpan', m, R.choice(DIG))),
         'mpan_int = %s' % F.id('mpan', m, 'sep:_') if i % 3 == 1 else 'count = %s' % F.k(kcount()),
         'mprn = "%s"' % F.id('mprn', g, R.choice(DIG)), '', '[customer]', 'name = "%s"' % n,
         'address = """', *a, pcform(F, pc, R.choice(PCF)), '"""', '', '[gas]', 'meter = "%s"' % F.id('gserial', gs, R.choice(ALNUM)),
         'ihd = 0x%s' % F.id('eui', e, 'plain') if i % 2 else "ihd = '%s'" % F.id('eui', e, R.choice(EUIF)),
         'started = %s' % F.k(kts())]
    F.text = '\n'.join(t) + '\n'
    return F


def g_sql(i):
    F = FB('seed_%03d.sql' % i, 'sql')
    p = Pick(DIG, i + 9)
    t = ['-- seed data for %s' % F.k(kref()), 'BEGIN;']
    for r in range(3):
        m = mpan(); n = name(); a = address(); pc = postcode(); ph = phone()
        F.nm(n); F.ad(a)
        k = (i + r) % 5
        if k == 0:
            mm = "'%s'" % F.id('mpan', m, 'plain')
        elif k == 1:
            F.rec('mpan', m, 'sql-concat'); mm = "'%s' || '%s'" % (m[:7], m[7:])
        elif k == 2:
            F.rec('mpan', m, 'sql-bytea-hex'); mm = "decode('%s','hex')" % m.encode().hex()
        elif k == 3:
            F.rec('mpan', m, 'sql-unistr'); mm = "U&'%s'" % ''.join('\\%04x' % ord(c) for c in m)
        else:
            mm = "'%s'" % F.id('mpan', m, p())
        t.append("INSERT INTO supply_point (ref, mpan, holder, addr, postcode, phone, created) VALUES ('%s', %s, '%s', '%s', '%s', '%s', '%s');" % (
            F.k(kmref()), mm, n.replace("'", "''"), ', '.join(a).replace("'", "''"), pcform(F, pc, R.choice(PCF)), phform(F, ph, R.choice(PHF)), F.k(kts())))
    t.append('COPY meter (serial, device_id, mpan_ref, reads) FROM stdin;')
    for r in range(2):
        s = elec_serial(); e = eui()
        t.append('%s\t%s\t%s\t%s' % (F.id('eserial', s, R.choice(ALNUM)), F.id('eui', e, R.choice(EUIF)), F.k(kmref()), F.k(kcount())))
    t += ['\\.', 'COMMIT;']
    F.text = '\n'.join(t) + '\n'
    return F


def g_csvml(i):
    F = FB('complaints_%03d.csv' % i, 'csv-multiline')
    rows = ['case_ref,opened,customer,address,notes,amount']
    for r in range(3):
        n = name(); a = address(); pc = postcode(); m = mpan(); gs = gas_serial()
        F.nm(n); F.ad(a)
        addr = '\n'.join(list(a) + [pcform(F, pc, R.choice(PCF))])
        if (i + r) % 2:
            F.rec('mpan', m, 'csv-wrapped-note'); note = 'Customer read out ""%s\n%s"" from the bill' % (m[:8], m[8:])
        else:
            note = 'Gas meter %s, MPAN %s' % (F.id('gserial', gs, R.choice(ALNUM)), F.id('mpan', m, R.choice(DIG)))
        rows.append('%s,%s,"%s","%s","%s",%s' % (F.k(kref()), F.k(kts()), n.replace('"', '""'), addr, note, '"' + F.k(kamt()) + '"'))
    F.text = '\r\n'.join(rows) + '\r\n'
    return F


def g_wraplog(i):
    F = FB('console80_%03d.log' % i, 'wrapped-80col')
    lines = []
    for r in range(4):
        m = mpan(); e = eui(); a = address(); pc = postcode(); n = name()
        F.ad(a); F.nm(n)
        long = ('%s INFO  [%s] AppointmentService - booked job=%s mpan=%s device=%s customer="%s" site="%s, %s" corr=%s' % (
            F.k(kts()), F.k('worker-%d' % KR.randint(1, 16)), F.k(kjob()), F.id('mpan', m, 'plain'), F.id('eui', e, R.choice(EUIF)),
            n, ', '.join(a), pcform(F, pc, 'plain'), F.k(kuuid())))
        w = 80 if i % 2 else 79
        pre = '' if i % 3 == 0 else ('    ' if i % 3 == 1 else '> ')
        chunks = [long[j:j + w] for j in range(0, len(long), w)]
        lines.append(chunks[0]); lines += [pre + c for c in chunks[1:]]
    F.text = '\n'.join(lines) + '\n'
    return F


def g_chat(i):
    F = FB('chat_export_%03d.txt' % i, 'chat-emoji')
    m = mpan(); n = name(); pc = postcode(); e = eui(); s = elec_serial(); em = email(n)
    F.nm(n)
    k = i % 4
    if k == 0:
        ms = F.id('mpan', m, 'keycap')
    elif k == 1:
        F.rec('mpan', m, 'emoji-sep'); ms = '%s 🔹 %s 🔹 %s' % (m[:4], m[4:8], m[8:])
    elif k == 2:
        ms = F.id('mpan', m, R.choice(DIG))
    else:
        F.rec('mpan', m, 'chat-split-two-messages'); ms = m[:9] + '…\n[10:42] Gareth T: …' + m[9:]
    t = ['[10:41] Gareth T: morning 👋 anyone got the %s for %s?' % (F.k(kmsg()), F.k(kref())),
         '[10:41] Priti K: yep 👍 supply is %s' % ms,
         '[10:43] Priti K: customer is %s 🙂 postcode %s' % (n, pcform(F, pc, R.choice(PCF))),
         '   👍 2   😂 1',
         '[10:44] Gareth T: hub %s 🔌 meter %s' % (F.id('eui', e, R.choice(EUIF)), F.id('eserial', s, R.choice(ALNUM))),
         '[10:45] Priti K: she wants the report sent to %s ✉️' % emform(F, em, R.choice(EMF)),
         '[10:46] Gareth T: 🎉 passed on %s, %s records, %s' % (F.k(kbuild()), F.k(kcount()), F.k(kver()))]
    F.text = '\n'.join(t) + '\n'
    return F


def g_box(i):
    F = FB('box_table_%03d.txt' % i, 'box-drawing')
    rows = []
    for r in range(3):
        m = mpan(); n = name(); pc = postcode(); g = mprn()
        F.nm(n)
        rows.append((F.k(kmref()), m, n, pc, g))
    if i % 2 == 0:
        t = ['┌─────────────┬──────────┬────────────────────┬──────────┬────────────┐',
             '│ Ref         │ MPAN     │ Customer           │ Postcode │ MPRN       │',
             '├─────────────┼──────────┼────────────────────┼──────────┼────────────┤']
        for ref, m, n, pc, g in rows:
            F.rec('mpan', m, 'box-cell-wrapped'); F.id('mprn', g, 'plain')
            t.append('│ %-11s │ %-8s │ %-18s │ %-8s │ %-10s │' % (ref, m[:8], n[:18], pcform(F, pc, 'plain'), g))
            t.append('│ %-11s │ %-8s │ %-18s │ %-8s │ %-10s │' % ('', m[8:], n[18:], '', ''))
        t.append('└─────────────┴──────────┴────────────────────┴──────────┴────────────┘')
    else:
        t = ['+-----------+-----------------+----------------------------+-----------+------------+',
             '| ref       | mpan            | customer                   | postcode  | mprn       |',
             '+===========+=================+============================+===========+============+']
        for ref, m, n, pc, g in rows:
            t.append('| %-9s | %-15s | %-26s | %-9s | %-10s |' % (ref, F.id('mpan', m, R.choice(['spaced', 'plain', 'sep:-'])), n, pcform(F, pc, R.choice(PCF[:5])), F.id('mprn', g, 'spaced')))
        t.append('+-----------+-----------------+----------------------------+-----------+------------+')
    t.append('(%s rows, %s)' % (F.k('3'), F.k(kts())))
    F.text = '\n'.join(t) + '\n'
    return F


def g_dictation(i):
    F = FB('dictation_%03d.txt' % i, 'dictation')
    m = mpan(); n = name(); pc = postcode(); em = email(n); s = gas_serial(); ph = phone()
    F.nm(n)
    F.rec('postcode', pc, 'spelt')
    pcs = ' '.join(WORDS[int(c)] if c.isdigit() else c for c in pc.replace(' ', ''))
    F.rec('email', em, 'spoken')
    l, d = em.split('@')
    ems = l.replace('.', ' dot ').replace('_', ' underscore ') + ' at ' + d.replace('.', ' dot ')
    F.rec('phone', ph, 'spoken')
    phs = ' '.join(WORDS[int(c)] if c.isdigit() else c for c in ph.replace(' ', ''))
    phs = phs.replace('zero', 'oh', 1) if i % 2 else phs
    t = ['Transcript of call recording %s, agent %s, %s' % (F.k(kref()), F.k('AG%04d' % KR.randint(0, 9999)), F.k(kts())),
         'Agent: can I take the supply number please.',
         'Customer: yes it is %s.' % F.id('mpan', m, 'words'),
         'Agent: and the name on the account?',
         'Customer: %s, that\'s %s.' % (n, ' '.join(n.split(' ')[-1].replace('-', '').upper())),
         'Customer: postcode %s.' % pcs,
         'Customer: the gas meter number is %s.' % F.id('gserial', s, 'nato'),
         'Customer: email %s, phone %s.' % (ems, phs),
         'Agent: thanks, I have raised %s for %s.' % (F.k(kjob()), F.k(kamt()))]
    F.text = '\n'.join(t) + '\n'
    return F


def g_po(i):
    F = FB('messages_cy_%03d.po' % i, 'gettext-po')
    m = mpan(); n = name(); a = address(); pc = postcode()
    F.nm(n); F.ad(a)
    F.rec('mpan', m, 'po-continuation')
    t = ['# Translation of customer letters, %s' % F.k(kref()), 'msgid ""', 'msgstr ""',
         '"Project-Id-Version: letters %s\\n"' % F.k(kver()), '"Language: cy\\n"', '',
         '#: templates/bill.txt:%s' % F.k(kcount()),
         'msgid ""', '"Example: supply %s"' % m[:6], '"%s for %s"' % (m[6:], n),
         'msgstr ""', '"Enghraifft: cyflenwad %s"' % m[:9], '"%s ar gyfer %s"' % (m[9:], n), '',
         '#. address example', 'msgid "%s, %s"' % (', '.join(a), pcform(F, pc, R.choice(PCF))),
         'msgstr "%s, %s"' % (', '.join(a), pcform(F, pc, R.choice(PCF)))]
    F.text = '\n'.join(t) + '\n'
    return F


def g_xliff(i):
    F = FB('strings_%03d.xlf' % i, 'xliff')
    m = mpan(); n = name(); em = email(n); e = eui(); s = elec_serial()
    F.nm(n)
    t = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<xliff version="1.2"><file source-language="en-GB" target-language="cy-GB" original="%s"><body>' % F.k('letters-%s' % kver()),
         '<trans-unit id="%s"><source>Supply %s</source><target>Cyflenwad %s</target></trans-unit>' % (
             F.k('u%d' % KR.randint(100, 999)), F.id('mpan', m, 'plain'), F.id('mpan', m, R.choice(['entity', 'hexentity', 'cdata', 'spaced']))),
         '<trans-unit id="%s"><source>Dear <g id="1">%s</g></source><target>Annwyl <g id="1">%s</g></target><note>%s</note></trans-unit>' % (
             F.k('u%d' % KR.randint(100, 999)), n.split(' ')[0] + '</g> <g id="2">' + n.split(' ', 1)[1], n, F.k(kref())),
         '<trans-unit id="%s"><source>Contact %s</source><target>Cysylltu %s</target></trans-unit>' % (F.k('u%d' % KR.randint(100, 999)), emform(F, em, 'plain'), emform(F, em, 'entity')),
         '<trans-unit id="%s"><source>Device %s meter %s</source></trans-unit>' % (F.k('u%d' % KR.randint(100, 999)), F.id('eui', e, R.choice(EUIF)), F.id('eserial', s, R.choice(ALNUM))),
         '</body></file></xliff>']
    if 'cdata' in F.ids[('mpan', m)]['forms']:
        t[2] = t[2].replace('<target>Cyflenwad ', '<target><![CDATA[Cyflenwad ').replace('</target></trans-unit>', ']]></target></trans-unit>', 1)
    F.text = '\n'.join(t) + '\n'
    return F


def g_har(i):
    F = FB('session_%03d.har' % i, 'har')
    m = mpan(); em = email(); pc = postcode(); e = eui(); n = name()
    F.nm(n)
    body = json.dumps({'mpan': m, 'customerName': n, 'deviceId': e})
    F.rec('mpan', m, 'har-b64-response'); F.rec('name', n, 'har-b64-response', name_words(n)); F.rec('eui', e, 'har-b64-response')
    q = urllib.parse.urlencode({'email': em, 'postcode': pc, 'ref': 'x'})
    F.rec('email', em, 'url-query'); F.rec('postcode', pc, 'url-query')
    req = json.dumps({'mpanCore': m, 'note': F.k(kref())})
    har = {'log': {'version': '1.2', 'creator': {'name': 'Chrome', 'version': F.k('131.0.6778.86')}, 'entries': [
        {'startedDateTime': F.k(kts()), 'time': 212.5,
         'request': {'method': 'POST', 'url': 'https://portal.example.net/api/search?' + q.replace('ref=x', 'ref=' + F.k(kref())),
                     'headers': [{'name': 'X-Correlation-Id', 'value': F.k(kuuid())}],
                     'postData': {'mimeType': 'application/json', 'text': req}},
         'response': {'status': 200, 'content': {'size': len(body), 'mimeType': 'application/json', 'encoding': 'base64',
                                                 'text': base64.b64encode(body.encode()).decode()}}}]}}
    F.text = json.dumps(har, indent=2 if i % 2 else None) + '\n'
    return F


def g_postman(i):
    F = FB('collection_%03d.postman_collection.json' % i, 'postman')
    m = mpan(); e = eui(); g = mprn(); em = email()
    raw = '{\n  "mpan": "%s",\n  "device": "%s",\n  "mprn": "%s"\n}' % (F.id('mpan', m, 'plain'), F.id('eui', e, R.choice(EUIF)), F.id('mprn', g, R.choice(DIG)))
    col = {'info': {'_postman_id': F.k(kuuid()), 'name': 'SIT %s' % F.k(kref()), 'schema': 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json'},
           'variable': [{'key': 'mpan', 'value': F.id('mpan', m, R.choice(DIG))}, {'key': 'notify', 'value': emform(F, em, 'plain')},
                        {'key': 'release', 'value': F.k(kver())}],
           'item': [{'name': 'Get readings %s' % F.k(kmsg()), 'request': {'method': 'GET', 'url': {
               'raw': 'https://{{host}}/mpans/%s/readings?device=%s' % (F.id('mpan', m, 'plain'), F.id('eui', e, 'pct') if i % 2 else F.id('eui', e, 'plain')),
               'path': ['mpans', m, 'readings']}}},
                    {'name': 'Book', 'request': {'method': 'POST', 'body': {'mode': 'raw', 'raw': raw}}}]}
    F.text = json.dumps(col, indent='\t', ensure_ascii=(i % 2 == 0)) + '\n'
    return F


def g_url(i):
    F = FB('shortcut_%03d.url' % i, 'windows-url')
    m = mpan(); pc = postcode(); em = email(); n = name()
    F.nm(n); F.rec('name', n, 'url-encoded')
    F.rec('postcode', pc, 'url-encoded'); F.rec('email', em, 'url-encoded')
    qs = urllib.parse.urlencode({'mpan': m, 'postcode': pc, 'name': n, 'email': em}, quote_via=urllib.parse.quote if i % 2 else urllib.parse.quote_plus)
    F.rec('mpan', m, 'url-query')
    t = ['[{000214A0-0000-0000-C000-000000000046}]', 'Prop3=19,11', '[InternetShortcut]', 'IDList=',
         'URL=https://crm.example.co.uk/search?%s&case=%s' % (qs, F.k(kref())), 'IconIndex=%s' % F.k('13'),
         'HotKey=0', 'IconFile=C:\\Windows\\System32\\%s' % F.k('shell32.dll')]
    F.text = '\r\n'.join(t) + '\r\n'
    return F


def g_ldif(i):
    F = FB('directory_%03d.ldif' % i, 'ldif')
    n = name(); em = email(n); ph = phone(); a = address(); pc = postcode(); m = mpan()
    F.nm(n); F.ad(a)
    def attr(k, v, fold=False):
        if any(ord(c) > 127 for c in v) or i % 3 == 0:
            line = '%s:: %s' % (k, base64.b64encode(v.encode()).decode())
        else:
            line = '%s: %s' % (k, v)
        if fold or len(line) > 76:
            line = '\n '.join(line[j:j + 30] for j in range(0, len(line), 30))
        return line
    F.rec('email', em, 'ldif'); F.rec('phone', ph, 'ldif'); F.rec('postcode', pc, 'ldif'); F.rec('mpan', m, 'ldif-folded')
    t = ['version: 1', 'dn: uid=%s,ou=customers,dc=example,dc=co,dc=uk' % F.k('cust%06d' % KR.randint(0, 999999)),
         'objectClass: inetOrgPerson', attr('cn', n), attr('mail', em), attr('telephoneNumber', ph),
         attr('postalAddress', '$'.join(list(a) + [pc])), attr('description', 'MPAN %s sup ref %s' % (m, kref()), fold=True),
         'employeeNumber: %s' % F.k(kjob()), 'modifyTimestamp: %s' % F.k('20260301093000Z'), '']
    F.text = '\n'.join(t) + '\n'
    return F


def g_fdf(i):
    F = FB('form_%03d.fdf' % i, 'pdf-fdf')
    m = mpan(); n = name(); pc = postcode(); s = gas_serial()
    F.nm(n)
    k = i % 3
    if k == 0:
        mv = F.id('mpan', m, 'octal')
    elif k == 1:
        F.rec('mpan', m, 'pdf-hexstring'); mv = None
    else:
        mv = F.id('mpan', m, 'plain')
    mfield = '<< /T (MPAN) /V <%s> >>' % m.encode().hex().upper() if mv is None else '<< /T (MPAN) /V (%s) >>' % mv
    nn = n.replace('(', '\\(').replace(')', '\\)')
    if any(ord(c) > 127 for c in n):
        F.rec('name', n, 'pdf-utf16-hexstring', name_words(n)); nv = '<FEFF%s>' % n.encode('utf-16-be').hex().upper()
    else:
        nv = '(%s)' % nn
    t = ['%FDF-1.2', '1 0 obj', '<< /FDF << /Fields [',
         mfield, '<< /T (Name) /V %s >>' % nv, '<< /T (Postcode) /V (%s) >>' % pcform(F, pc, R.choice(PCF[:6])),
         '<< /T (GasMeter) /V (%s) >>' % F.id('gserial', s, R.choice(ALNUM)),
         '<< /T (JobRef) /V (%s) >>' % F.k(kjob()), '<< /T (Date) /V (%s) >>' % F.k("D:20260301093000+00'00'"),
         '] /F (%s) >> >>' % F.k('meter-exchange-%s.pdf' % kver()), 'endobj', 'trailer', '<< /Root 1 0 R >>', '%%EOF']
    F.text = '\n'.join(t) + '\n'
    return F


def g_ansi(i):
    F = FB('terminal_%03d.log' % i, 'ansi-console')
    m = mpan(); e = eui(); gs = gas_serial(); a = address(); pc = postcode()
    F.ad(a)
    t = ['\x1b[32m✔\x1b[0m %s passed in %sms' % (F.k(kref()), F.k(kcount())),
         '\x1b[31m✘\x1b[0m %s failed: expected mpan %s' % (F.k(kref()), F.id('mpan', m, 'ansi')),
         '  device \x1b[36m%s\x1b[0m  gas meter \x1b[1m%s\x1b[22m' % (F.id('eui', e, R.choice(EUIF)), F.id('gserial', gs, R.choice(ALNUM))),
         '  site: %s, \x1b[4m%s\x1b[24m' % (', '.join(a), pcform(F, pc, R.choice(PCF))),
         '\x1b[2K\r[%s] %s %s' % (F.k(kts()), F.k(kmsg()), F.k(kver()))]
    F.text = '\n'.join(t) + '\n'
    return F


def g_cfhtml(i):
    F = FB('clipboard_%03d.html' % i, 'clipboard-html')
    m = mpan(); n = name(); a = address(); pc = postcode(); e = eui(); ph = phone()
    F.nm(n); F.ad(a)
    k = i % 5
    if k == 0:
        F.rec('mpan', m, 'html-nbsp'); ms = '&nbsp;'.join(default_groups('mpan', m))
    elif k == 1:
        F.rec('mpan', m, 'html-span-split'); ms = '<span style="mso-spacerun:yes">%s</span><span>%s</span><span>%s</span>' % (m[:3], m[3:9], m[9:])
    elif k == 2:
        F.rec('mpan', m, 'html-comment-split'); ms = m[:6] + '<!--[if !supportLists]-->' + m[6:]
    elif k == 3:
        F.rec('mpan', m, 'html-td-split'); ms = m[:8] + '</td><td>' + m[8:]
    else:
        ms = F.id('mpan', m, 'hexentity')
    frag = ('<table><tr><td>%s</td><td>%s</td></tr><tr><td>%s</td><td>%s<br>%s<br>%s</td></tr>'
            '<tr><td>%s</td><td>%s</td></tr><tr><td>%s</td><td>%s</td></tr></table>') % (
        F.k(kref()), ms, n.replace("'", '&#39;'), '<br>'.join(a[:-1]) if len(a) > 1 else a[0], a[-1], pcform(F, pc, R.choice(['plain', 'nbsp', 'dbl'])).replace('\u00a0', '&nbsp;'),
        F.id('eui', e, R.choice(EUIF)), F.k(kts()), phform(F, ph, R.choice(PHF)).replace('\u2066', '&#x2066;').replace('\u2069', '&#x2069;'), F.k(kamt()).replace('£', '&pound;'))
    F.keeps = [x.replace('£', '&pound;') if x.startswith('£') else x for x in F.keeps]
    html = '<html><body>\r\n<!--StartFragment-->%s<!--EndFragment-->\r\n</body></html>' % frag
    hdr = 'Version:0.9\r\nStartHTML:%010d\r\nEndHTML:%010d\r\nStartFragment:%010d\r\nEndFragment:%010d\r\nSourceURL:%s\r\n' % (
        105, 105 + len(html), 150, 150 + len(frag), 'https://crm.example.co.uk/case/' + F.k(kref()))
    F.text = hdr + html + '\r\n'
    return F


def g_asciidoc(i):
    F = FB('runbook_%03d.adoc' % i, 'asciidoc')
    m = mpan(); g = mprn(); gs = gas_serial(); n = name(); a = address(); pc = postcode(); e = eui()
    F.nm(n); F.ad(a)
    t = ['= Runbook %s' % F.k(kref()), ':revnumber: %s' % F.k(kver()), '', '== Test data', '',
         '[cols="1,2"]', '|===', '|MPAN |`%s`' % F.id('mpan', m, R.choice(DIG)), '|MPRN |%s' % F.id('mprn', g, R.choice(DIG)),
         '|Gas meter |%s' % F.id('gserial', gs, R.choice(ALNUM)), '|Customer |%s' % n,
         '|Premises |%s +' % a[0], *['%s +' % x for x in a[1:]], pcform(F, pc, R.choice(PCF)), '|===', '',
         'NOTE: the IHD pairs with `%s` (see %s).' % (F.id('eui', e, R.choice(EUIF)), F.k(kmsg())),
         '', '....', 'supply=%s' % F.id('mpan', m, 'plain'), '....', '', 'Footnote{counter:n} refers to %s.' % F.k(kmref())]
    F.text = '\n'.join(t) + '\n'
    return F


def g_cdata_xml(i):
    F = FB('export_%03d.xml' % i, 'generic-xml-cdata')
    m = mpan(); s = elec_serial(); e = eui(); n = name(); pc = postcode()
    F.nm(n)
    F.rec('eui', e, 'concat-into-id')
    t = ['<?xml version="1.0" encoding="UTF-8"?>', '<Export run="%s" generated="%s">' % (F.k(kref()), F.k(kts())),
         '  <Site><Supply><![CDATA[%s]]></Supply>' % F.id('mpan', m, R.choice(['cdata', 'plain', 'spaced'])),
         '  <Meter serial="%s" kind="%s"/>' % (F.id('eserial', s, R.choice(ALNUM)), F.k('ESME')),
         '  <Device id="[masked]" request="REQ-%s-%s"/>' % (e, F.k('%04d' % KR.randint(0, 9999))),
         '  <Holder>%s</Holder><PC>%s</PC>' % (n.replace("'", '&apos;'), pcform(F, pc, R.choice(PCF))),
         '  <Audit><!-- previous supply %s --></Audit>' % F.id('mpan', m, R.choice(DIG)),
         '</Site></Export>']
    F.text = '\n'.join(t) + '\n'
    return F


def g_propagation(i):
    """one value in clean labelled form, repeated unlabelled/other form elsewhere"""
    F = FB('handover_%03d.txt' % i, 'propagation-notes')
    m = mpan(); e = eui(); s = gas_serial(); n = name(); g = mprn()
    F.nm(n)
    k = i % 6
    t = ['Handover notes %s (%s)' % (F.k(kref()), F.k(kts())), '',
         'MPAN: %s' % F.id('mpan', m, 'plain'), 'Device: %s' % F.id('eui', e, 'sep:-'),
         'Gas meter: %s' % F.id('gserial', s, 'plain'), 'MPRN: %s' % F.id('mprn', g, 'plain'), 'Customer: %s' % n, '']
    if k == 0:
        F.rec('mpan', m, 'filename'); t.append('Attached evidence_%s_step%s.png and log_%s.txt' % (m, F.k('3'), e.lower()))
        F.rec('eui', e, 'filename-lower')
    elif k == 1:
        F.rec('mpan', m, 'reversed-groups-in-id'); t.append('Correlation built as %s-%s (%s)' % (F.k('SIT'), m + '00' + F.k('17'), F.k(kmsg())))
    elif k == 2:
        F.rec('gserial', s, 'lower-glued'); t.append('Blob path: /evidence/gas/%s_%s.json' % (s.lower(), F.k(kjob())))
    elif k == 3:
        F.rec('mprn', g, 'glued-prefix'); t.append('Key was MPRN%s-%s in the cache' % (g, F.k(kdip())))
    elif k == 4:
        F.rec('name', n, 'surname-only-later', name_words(n)); t.append('Spoke to %s again at %s; %s.' % ('Mx ' + n.split(' ', 1)[1], F.k('14:05'), F.k(kcount()) + ' reads'))
    else:
        F.rec('eui', e, 'nosep-in-topic'); t.append('MQTT topic dcc/%s/%s/events' % (F.k('sit2'), e.lower()))
    t.append('Reference for reports: %s, %s, %s' % (F.k(kmref()), F.k(kpo()), F.k(kepoch())))
    F.text = '\n'.join(t) + '\n'
    return F


def g_bad13(i):
    F = FB('query_note_%03d.txt' % i, 'mpan13-wrongcheck')
    b = bad13(); m = mpan()
    F.rec('mpan13bad', b, 'mpan-context')
    t = ['Query %s from %s' % (F.k(kref()), F.k(kmpid())),
         'Customer quoted MPAN %s on the form but ECOES has no match; the correct supply is %s.' % (b, F.id('mpan', m, 'plain')),
         'Barcode on the meter box %s, PO %s, epoch %s, count %s' % (F.k(kean()), F.k(kpo()), F.k(kepoch()), F.k(kcount()))]
    F.text = '\n'.join(t) + '\n'
    return F


def g_keepheavy(i):
    """mostly keeps: near-miss numbers"""
    F = FB('ops_summary_%03d.txt' % i, 'keep-heavy')
    t = ['Ops summary %s %s' % (F.k(kref()), F.k(kts()))]
    for r in range(8):
        t.append('%-12s %-18s %-10s %-22s %s' % (F.k(kmsg()), F.k(kdip()), F.k(kcount()), F.k(kinv()), F.k(kamt())))
    t.append('Build %s %s; PO %s; epoch %s; EAN %s; %s; %s; %s' % (F.k(kbuild()), F.k(kver()), F.k(kpo()), F.k(kepoch()), F.k(kean()), F.k(kcrn()), F.k(kvat()), F.k(kcr())))
    t.append('Refs %s %s %s, uuid %s, reads %s' % (F.k(kmref()), F.k(kmref()), F.k(kjob()), F.k(kuuid()), F.k(kread())))
    if i % 2:
        m = mpan(); t.append('Only identifier here: %s' % F.id('mpan', m, R.choice(DIG)))
    F.text = '\n'.join(t) + '\n'
    return F
