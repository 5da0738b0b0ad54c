import json, random, base64, quopri, urllib.parse
from data import S, K, A, mpan_check
from obf import *

INVIS = [("\u200e", "LRM"), ("\u200f", "RLM"), ("\u2063", "INVISIBLE SEPARATOR"), ("\u2066", "LRI"), ("\u2067", "RLI"),
         ("\u2068", "FSI"), ("\u2069", "PDI"), ("\ufe0f", "VS16"), ("\u034f", "CGJ"), ("\u200b", "ZWSP"),
         ("\u200d", "ZWJ"), ("\u00ad", "SHY"), ("\u2060", "WJ"), ("\ufeff", "ZWNBSP")]

def typed_invisible(d, i):
    ch, nm = INVIS[i % len(INVIS)]
    ch2, nm2 = INVIS[(i + 5) % len(INVIS)]
    m = d.mpan(); ser = d.eserial(); g = d.mprn(); e = d.eui()
    txt = f"""Step {K(str(i % 9 + 1))} actual result (typed by tester):
Registration accepted for {S('mpan', m, invis(m, ch), note='invisible ' + nm)}; {K('D0217')} returned.
Meter {S('eserial', ser, invis(ser, ch2, 2), note='invisible ' + nm2)} confirmed on site.
Gas {S('mprn', g, invis(g, ch, 3), note='invisible ' + nm)} unchanged. Device {S('eui', e, invis(eui_fmt(e, 'dash'), ch2), note='invisible ' + nm2)}.
Ref {K(d.tc())}  {K(d.ts())}
"""
    return f"typed_step_invisible_{i:02d}.txt", txt

SEPS = ["_", ",", ":", "+", ".", "     ", "\u00a0", " - ", "/", "\t"]

def typed_separators(d, i):
    sep = SEPS[i % len(SEPS)]
    m = d.mpan(); g = d.mprn(); ph = d.phone()
    gm = groups_mpan(m)
    alt = [m[:2], m[2:5], m[5:9], m[9:]]
    txt = f"""Defect {K(d.ticket())} – repro notes
MPAN used: {S('mpan', m, sep.join(gm), note='sep ' + repr(sep))}
(second attempt with {S('mpan', m, sep.join(alt), note='odd grouping ' + repr(sep))} gave the same {K('ER0103')} rejection)
MPRN: {S('mprn', g, sep.join([g[:3], g[3:6], g[6:]]), note='sep')}
Customer callback {S('phone', ph, ph.replace(' ', sep if sep.strip() else '-'))}
Expected: {K('PUB-003')} within {K('30s')}; Actual: no publication.
"""
    return f"typed_separators_{i:02d}.txt", txt

def unicode_digits(d, i):
    m = d.mpan(); g = d.mprn(); a = d.address()
    f = [fullwidth, arabic_indic, devanagari][i % 3]
    fwpc = fullwidth(a['pc']).replace(' ', '\u3000')
    txt = f"""Pasted from the customer's mobile message:
"my electric number is {S('mpan', m, f(m), note=f.__name__)} and the gas one {S('mprn', g, f(g), note=f.__name__)}"
"postcode {S('postcode', a['pc'], fwpc, note='fullwidth + ideographic space')}"
Logged against {K(d.tc())}.
"""
    return f"unicode_digits_{i:02d}.txt", txt

def encoded_blobs(d, i):
    m = d.mpan(); e = d.eui(); p = d.person(); a = d.address(); g = d.mprn()
    payload = json.dumps({"mpan": m, "deviceId": eui_fmt(e, 'dash'), "customer": p['first'] + ' ' + p['last'], "postcode": a['pc']})
    kind = i % 5
    if kind == 0:
        blob = base64.b64encode(payload.encode()).decode(); label = "base64"
    elif kind == 1:
        blob = payload.encode().hex(); label = "hex"
    elif kind == 2:
        blob = urllib.parse.quote(payload, safe=''); label = "percent"
    elif kind == 3:
        blob = base64.urlsafe_b64encode(payload.encode()).decode().rstrip('='); label = "base64url"
    else:
        blob = "\n".join(base64.b64encode(payload.encode()).decode()[j:j + 64] for j in range(0, 200, 64)); label = "base64 wrapped 64"
    for kk, v, tk in [('mpan', m, None), ('eui', e, None), ('name', p['first'] + ' ' + p['last'], p['tokens']), ('postcode', a['pc'], None)]:
        S(kk, v, blob.split("\n")[0][:20], tokens=tk, note='inside ' + label + ' blob')
    txt = f"""[{K(d.ts())}] INFO  harness  outbound message {K(d.guid())} flow={K('IF-031')}
[{K(d.ts())}] DEBUG harness  body({label})={blob}
[{K(d.ts())}] INFO  harness  HTTP {K('202')} in {K('184ms')} gas ref {S('mprn', g)}
"""
    return f"harness_encoded_{i:02d}.log", txt

def qp_mail(d, i):
    p = d.person(); a = d.address(); m = d.mpan(); ser = d.eserial()
    body = (f"Hello team, the site for {d.tc()} is {p['first']} {p['last']} at {d.addr_line(a)} {a['pc']}; "
            f"the supply number is {m} and the meter serial is {ser} - please use the same one for the retest tomorrow morning.")
    K(d.tc()) if False else None
    qp = qp_encode_line(body, 40 + (i % 5) * 9)
    S('name', p['first'] + ' ' + p['last'], p['first'][:3], tokens=p['tokens'], note='QP soft break')
    S('address', d.addr_line(a), a['st_tok'][:3], tokens=a['tokens'], note='QP')
    S('postcode', a['pc'], a['pc'][:2], note='QP')
    S('mpan', m, m[:3], note='QP soft break')
    S('eserial', ser, ser[:3], note='QP soft break')
    txt = f"""MIME-Version: 1.0
Message-ID: <{K(d.sha(20))}@mail.example.net>
Subject: {K('Retest data')}
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

{qp}
"""
    return f"mail_qp_{i:02d}.eml", txt

def fixed_wrap(d, i):
    m = d.mpan(); a = d.address(); p = d.person(); ser = d.eserial()
    col = [60, 64, 72, 80][i % 4]
    para = (f"CALL NOTE {d.ts()} AGENT 4471 CUSTOMER {p['first'].upper()} {p['last'].upper()} CALLED ABOUT A DISPUTED READING ON "
            f"METER {ser} SUPPLY {m} ADDRESS {d.addr_line(a, 'caps')} {a['pc']} ADVISED TO SEND PHOTO OF REGISTER")
    w = wrap_fixed(para, col)
    S('mpan', m, m[:2], note='fixed-column wrap %d' % col)
    S('name', p['first'] + ' ' + p['last'], p['first'].upper(), tokens=p['tokens'])
    S('address', d.addr_line(a), a['st_tok'].upper()[:3], tokens=a['tokens'])
    S('postcode', a['pc'], a['pc'][:2])
    S('eserial', ser, ser[:3], note='wrap')
    return f"mainframe_wrap_{i:02d}.txt", f"{K('CRM EXTRACT  PAGE 0001')}\n{w}\n{K('*** END OF NOTE ***')}\n"

def edges(d, i):
    m = d.mpan(); e = d.eui(); ser = d.eserial(); g = d.mprn()
    first = [lambda: S('mpan', m), lambda: S('eserial', ser), lambda: S('mprn', g)][i % 3]()
    last = [lambda: S('eui', e, eui_fmt(e, 'plain')), lambda: S('mpan', d.mpan()), lambda: S('postcode', d.postcode())][i % 3]()
    txt = f"{first}\t{K('accepted')}\t{K(d.ts())}\n{K(d.tc())}\tsee attachment\n{last}"
    return f"edge_start_end_{i:02d}.txt", txt

def paths_urls(d, i):
    m = d.mpan(); ser = d.eserial(); e = d.eui(); g = d.mprn(); a = d.address()
    txt = f"""Evidence files for {K(d.tc())}:
  C:\\Users\\qt\\Evidence\\{K('wave3')}\\{S('mpan', m)}_step4_D0010.txt
  /mnt/share/evidence/msn_{S('eserial', ser, ser.lower(), note='lower in path')}/photo_01.jpg
  evidence/chf-{S('eui', e, eui_fmt(e, 'lower'))}/srv_{K('8_1_1')}.json
  https://portal.example.net/gas/points?mprn={S('mprn', g)}&view=full
  https://maps.example.com/search/{S('postcode', a['pc'], a['pc'].replace(' ', '+'), note='url +')}
  file:///C:/Evidence/{S('postcode', d.postcode(), note='path')}/site.png
Attachment names: {K('TC_0442_step4.png')}, {S('mpan', m, m + '.pdf')}
"""
    return f"evidence_paths_{i:02d}.txt", txt

def propagation(d, i):
    e = d.eui(); m = d.mpan(); g = d.mprn()
    req = "REQ-" + e + "-" + "%04d" % d.r.randint(1, 9999)
    txt = f"""<DUISRequest>
  <Header>
    <RequestID>{S('eui', e, eui_fmt(e, 'colon').upper().replace(':', '-'))}:{K('0000000000000000')}:{K(str(d.r.randint(1000, 9999)))}</RequestID>
    <CommandVariant>{K('4')}</CommandVariant>
    <ServiceReference>{K('4.1')}</ServiceReference>
    <BusinessTargetID>{S('eui', e, eui_fmt(e, 'dash'))}</BusinessTargetID>
    <OriginatorCounter>{K(d.epoch_ms())}</OriginatorCounter>
  </Header>
  <Body><ReadInstantaneousImportRegisters/></Body>
  <Trace id="{S('eui', e, req, note='request id built from device id')}" mpan-ref="{S('mpan', m, 'MP' + m + 'X', note='glued')}"/>
</DUISRequest>
"""
    return f"duis_propagation_{i:02d}.xml", txt

def badcheck(d, i):
    m = d.mpan_badcheck()
    ok = d.mpan()
    txt = f"""Tester note: used MPAN {S('mpan_badcheck', m, note='mistyped check digit, MPAN context')} first - portal rejected it as invalid
check digit, then corrected to {S('mpan', ok)}. Both logged in {K(d.ticket())}.
"""
    return f"mistyped_mpan_{i:02d}.txt", txt

def addr_variants(d, i):
    r = d.r
    out = [f"Address book export ({K('QT test sites')}) – {K(d.build())}", ""]
    forms = []
    for n in range(5):
        a = d.address(); p = d.person()
        v = n % 5
        if v == 0:   # Scottish flat
            st = a['st_tok'] + " " + r.choice(["Street", "Road", "Crescent"])
            line = S('address', f"Flat {r.randint(0, 3)}/{r.randint(1, 3)}, {r.randint(1, 200)} {st}, Glasgow", tokens=[a['st_tok']])
            pc = S('postcode', d.postcode('G'))
        elif v == 1:  # PO box
            box = str(r.randint(100, 9999))
            line = S('address', f"PO Box {box}, {a['town']}", tokens=["Box " + box], note='PO box')
            pc = S('postcode', a['pc'])
        elif v == 2:  # rural no number
            hn = d.uniq(lambda: r.choice(d.HOUSES))
            line = S('address', f"{hn} {r.choice(d.VILLAGES)} nr {a['town']}", tokens=[hn], note='rural, no number')
            pc = S('postcode', a['pc'], a['pc'].lower(), note='lower-case')
        elif v == 3:  # c/o + Unit
            line = S('address', f"c/o {p['first']} {p['last']}, Unit {r.randint(1, 9)}B {a['st_tok']} Business Park, {a['town']}",
                     tokens=[a['st_tok']] + p['tokens'])
            pc = S('postcode', a['pc'], a['pc'].replace(' ', '-'), note='hyphen')
        else:        # line per part with county
            line = S('address', "\n".join([a['num'] or "1", a['street'], a['town'], a['county'] or "Somerset"]), tokens=a['tokens'], note='number on own line')
            pc = S('postcode', a['pc'], a['pc'].replace(' ', '_'), note='underscore')
        out.append(line + "\n" + pc + "\n")
    return f"address_variants_{i:02d}.txt", "\n".join(out)

def app_log_addresses(d, i):
    lines = []
    for n in range(5):
        a = d.address(); m = d.mpan(); gs = d.gserial(); p = d.person()
        v = n % 5
        if v == 0:
            msg = f"customer address {S('address', d.addr_line(a), tokens=a['tokens'])}, {S('postcode', a['pc'])}"
        elif v == 1:
            msg = f"Site: {S('address', (a['num'] or a['house']) + ' ' + a['street'] + ', ' + a['town'], tokens=a['tokens'])} {S('postcode', a['pc'], a['pc'].replace(' ', chr(160)), note='nbsp')}"
        elif v == 2:
            msg = f"Gas meter {S('gserial', gs)} read OK ({K(d.reading())})"
        elif v == 3:
            msg = f"premises={S('address', d.addr_line(a, 'nocomma'), d.addr_line(a, 'nocomma').replace(' ', '_'), tokens=a['tokens'], note='underscored')} pc={S('postcode', a['pc'], a['pc'].replace(' ', ''))}"
        else:
            msg = f"updated contact for supply {S('mpan', m)} -> {S('name', p['title'] + ' ' + p['first'] + ' ' + p['last'], tokens=p['tokens'])}"
        lines.append(f"{K(d.ts())} [{K('pool-3-thread-' + str(n + 1))}] INFO  c.e.qt.SiteService - {msg}")
    return f"app_{i:02d}.log", "\n".join(lines) + "\n"

def spoken_words(d, i):
    m = d.mpan(); g = d.mprn()
    W = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    def words(s):
        out = []; j = 0
        while j < len(s):
            if j + 1 < len(s) and s[j] == s[j + 1] and d.r.random() < 0.5:
                out.append("double " + W[int(s[j])]); j += 2
            else:
                out.append(W[int(s[j])] if d.r.random() < 0.7 else s[j]); j += 1
        return " ".join(out)
    txt = f"""Call summary (auto-generated)
Customer gave meter point number {S('mpan', m, words(m), note='words + double')}.
Gas reference read back as {S('mprn', g, words(g), note='words')}.
Agent confirmed {K('two')} registers and reading {K('oh four five one one two')}.
"""
    return f"call_summary_words_{i:02d}.txt", txt

def lookalike_keeps(d, i):
    r = d.r
    # 13-digit numbers with invalid MPAN check digit, no MPAN context
    def bad13():
        while True:
            s = "%013d" % r.randint(10**12, 10**13 - 1)
            if int(s[-1]) != (sum(int(c) * w for c, w in zip(s[:12], [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43])) % 11 % 10):
                return s
    txt = f"""Build summary {K(d.build())}
STS token issued: {K(d.sts(), 'lookalike')}
Vend order id: {K('ORD-' + str(r.randint(10**9, 10**10 - 1)), 'lookalike')}
Epoch ms: {K(d.epoch_ms(), 'lookalike')}
Barcode (EAN-13) of the test kit: {K(bad13(), 'lookalike')}
JWT sig: {K(d.jwt_sig(), 'lookalike')}
Commit: {K(d.sha(40), 'lookalike')}
Docker digest: sha256:{K(d.sha(64), 'lookalike')}
DIP message id: {K(d.guid(), 'lookalike')}
Settlement run: {K('SF-' + str(r.randint(10**7, 10**8 - 1)), 'lookalike')}
Test ids: {K(d.tc())}, {K(d.tc())}; ADO {K('#' + str(r.randint(10000, 99999)))}
MPID {K(d.mpid())} GSP {K(d.gsp())} LLFC {K('%03d' % r.randint(1, 999))} MTC {K('0' + str(r.randint(100, 999)))} SSC {K('0' + str(r.randint(100, 999)))}
Registers {K('R1')}, {K('TR1')}, {K('0001')} cert {K('2031-06-30')}
Amounts {K(d.amount())} {K(d.amount())}; reading {K(d.reading())} kWh
  at uk.example.billing.Calc.run(Calc.java:{K(str(r.randint(100, 9999)))})
Phone (switchboard, not customer): {K('0800 ' + '000 ' + str(r.randint(1000, 9999)), 'lookalike')}
IP {K('10.24.%d.%d' % (r.randint(0, 255), r.randint(0, 255)))} port {K(str(r.randint(1024, 65535)))}
Version {K('v' + str(r.randint(1, 9)) + '.' + str(r.randint(0, 30)) + '.' + str(r.randint(0, 99)))}
Account {A(d.acct())}, customer no. {A(str(r.randint(10**9, 10**10 - 1)))}
Invoice {K('INV-' + str(r.randint(10**8, 10**9 - 1)), 'lookalike')}
"""
    return f"lookalikes_{i:02d}.txt", txt

def sapish_bill_text(d, i):
    p = d.person(); a = d.address(); m = d.mpan(); top = d.top_line(); ser = d.eserial(); acct = d.acct()
    txt = f"""                                         YOUR ELECTRICITY BILL
{S('name', p['title'].upper() + ' ' + p['first'][0] + ' ' + p['last'].upper(), tokens=[t.upper() for t in p['tokens'] if t != p['first']] or p['tokens'])}
{S('address', d.addr_line(a, 'lines').upper(), tokens=[t.upper() for t in a['tokens']])}
{S('postcode', a['pc'])}                               Account number  {A(acct)}
                                                   Bill date       {K('01 Dec 2026')}
Supply number
{S('mpan', m, mp_S(top, m), note='S box text')}
Meter {S('eserial', ser)}   Previous {K(d.reading())} (A)   Present {K(d.reading())} (E)
Total to pay                                       {K(d.amount())}
"""
    return f"bill_pdftotext_{i:02d}.txt", txt

def ado_csv(d, i):
    rows = ['ID,Work Item Type,Title,State,Assigned To,Repro Steps,Tags']
    for n in range(4):
        p = d.person(); m = d.mpan(); gs = d.gserial(); e = d.eui()
        steps = f"<div>1. Use supply {S('mpan', m, mp_sep(m, '&nbsp;'))}</div><div>2. Gas meter&nbsp;{S('gserial', gs)}</div><div>3. CH {S('eui', e, eui_fmt(e, 'dot'))}</div>"
        rows.append(",".join([K(str(d.r.randint(40000, 49999))), "Bug", '"' + K(d.tc() + " fails on PUB-031") + '"', "Active",
                              '"' + S('name', p['first'] + ' ' + p['last'], tokens=p['tokens']) + ' <' + S('email', d.email(p)) + '>"', '"' + steps.replace('"', '""') + '"', K("QT; Wave3")]))
    return f"ado_query_{i:02d}.csv", "\n".join(rows) + "\n"

def stack_trace(d, i):
    m = d.mpan(); ser = d.eserial()
    txt = f"""{K(d.ts())} ERROR [reg-worker-2] c.e.mhhs.RegistrationHandler - failed
java.lang.IllegalStateException: No meter {S('eserial', ser, ser_fmt(ser, 'lower'))} found for MPAN '{S('mpan', m)}'
\tat uk.example.mhhs.RegistrationHandler.lookup(RegistrationHandler.java:{K(str(d.r.randint(100, 999)))})
\tat uk.example.mhhs.RegistrationHandler.handle(RegistrationHandler.java:{K(str(d.r.randint(100, 999)))})
\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:{K('1144')})
Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint "{K('uq_meter_msn')}"
  Detail: Key (msn)=({S('eserial', ser)}) already exists.
"""
    return f"stacktrace_{i:02d}.log", txt

def loop_paste(d, i):
    p = d.person(); q = d.person(); a = d.address(); m = d.mpan(); e = d.eui(); ser = d.eserial()
    txt = f"""📋 {K('Wave 3 retest tracker')}
| Status | Item | Owner |
|---|---|---|
| ✅ | MPAN {S('mpan', m)} re-registered | @{S('name', p['first'] + ' ' + p['last'], tokens=p['tokens'])} |
| ⬜ | CHF {S('eui', e, eui_fmt(e, 'space'))} pair with ESME {S('eserial', ser, ser_fmt(ser, 'charspace'), note='char-spaced serial')} | @{S('name', q['first'], tokens=[q['first']])} |
| ⬜ | Visit {S('address', d.addr_line(a), tokens=a['tokens'])}, {S('postcode', a['pc'])} | – |
Last edited {K('5 Dec 2026 08:31')}
"""
    return f"loop_paste_{i:02d}.md", txt

def sql_like(d, i):
    # a sqlite3 .mode box output (not psql / sqlcmd)
    rows = []
    for n in range(3):
        m = d.mpan(); a = d.address(); p = d.person()
        rows.append(f"│ {K(str(n + 1)):<2} │ {S('mpan', m)} │ {S('name', p['last'], tokens=[t for t in p['tokens'] if t != p['first']] or p['tokens']):<20} │ {S('postcode', a['pc']):<8} │")
    txt = "sqlite> .mode box\nsqlite> select id, mpan, surname, postcode from test_sites limit 3;\n┌────┬───────────────┬──────────────────────┬──────────┐\n" + "\n".join(rows) + "\n└────┴───────────────┴──────────────────────┴──────────┘\n"
    return f"sqlite_box_{i:02d}.txt", txt

GENRES3 = [typed_invisible, typed_separators, unicode_digits, encoded_blobs, qp_mail, fixed_wrap, edges, paths_urls,
           propagation, badcheck, addr_variants, app_log_addresses, spoken_words, lookalike_keeps, sapish_bill_text,
           ado_csv, stack_trace, loop_paste, sql_like]
