import json, random
from data import S, K, A
from obf import *

def asana_csv(d, i):
    rows = ["Task ID,Created At,Completed At,Last Modified,Name,Section/Column,Assignee,Assignee Email,Start Date,Due Date,Tags,Notes,Projects,Parent task"]
    for n in range(4):
        p = d.person(); a = d.address(); m = d.mpan(); g = d.mprn()
        notes = (f"Site contact {p['first']} on {d.phone()}. Access via rear gate. "
                 f"Address: {d.addr_line(a, 'nocomma')} {a['pc']}. Elec {m} / Gas {g}")
        # register the pieces as written
        S('name', p['first'], tokens=[p['first']])
        S('phone', notes.split(" on ")[1].split(".")[0])
        S('address', d.addr_line(a, 'nocomma'), tokens=a['tokens'])
        S('postcode', a['pc']); S('mpan', m); S('mprn', g)
        q = d.person()
        rows.append(",".join([K(str(d.r.randint(10**15, 10**16 - 1))), K("2026-11-2%d" % n), "", "2026-12-0%d" % (n + 1),
                              '"' + K("Install visit " + d.tc()) + '"', "Booked", S('name', q['first'] + ' ' + q['last'], tokens=q['tokens']),
                              S('email', d.email(q)), "", K("2026-12-1%d" % n), K("wave3"), '"' + notes + '"', K("QT Field Ops"), ""]))
    return f"asana_export_{i:02d}.csv", "\n".join(rows) + "\n"

def powerbi_export(d, i):
    rows = ["MPAN,GSP Group,Sum of kWh,Count of Reads,Last Read Date"]
    for n in range(5):
        m = d.mpan()
        style = (n + i) % 3
        if style == 0:
            mw = "{:,}".format(int(m))           # thousands separators from a numeric column
        elif style == 1:
            mw = "%.0f" % int(m)
        else:
            mw = m[:2] + " " + m[2:]
        rows.append(",".join(['"' + S('mpan', m, mw, note='numeric column style %d' % style) + '"', K(d.gsp()), '"' + K("{:,.2f}".format(d.r.random() * 90000)) + '"',
                              K(str(d.r.randint(1, 400))), K("01/12/2026")]))
    rows.append('"Total",,"' + K("{:,.2f}".format(d.r.random() * 900000)) + '",' + K(str(d.r.randint(400, 2000))) + ",")
    return f"powerbi_export_{i:02d}.csv", "\n".join(rows) + "\n"

def tras_settlement(d, i):
    rows = ["settlement_date,settlement_run_type,mpan,gsp_group,ccc_id,period,consumption_kwh,llfc,ssc"]
    for n in range(6):
        m = d.mpan()
        rows.append(",".join([K("2026-11-%02d" % (n + 1)), K(d.r.choice(["SF", "R1", "R2", "RF"])), S('mpan', m), K(d.gsp()),
                              K(str(d.r.choice([1, 3, 9, 11, 42]))), K(str(d.r.randint(1, 48))), K("%.4f" % (d.r.random() * 3)),
                              K("%03d" % d.r.randint(1, 999)), K("0%d" % d.r.randint(100, 999))]))
    return f"tras_settlement_{i:02d}.csv", "\n".join(rows) + "\n"

def word_comments(d, i):
    p = d.person(); q = d.person(); a = d.address(); m = d.mpan(); ser = d.eserial()
    ini = p['first'][0] + p['last'][0]
    txt = f"""{K('4.2 Test Step Results')}
Step 3 – Submit {K('IF-021')} for the test MPAN.[{ini}1]
Result: Accepted. Response {K('ACK')} received at {K('10:42:17')}.
Step 4 – Confirm meter details in MDS.[{ini}2]

Comments:
[{ini}1] {S('name', p['first'] + ' ' + p['last'], tokens=p['tokens'])}: the MPAN was {S('mpan', m)} – should we put it in the evidence or just the reference?
[{ini}2] {S('name', q['first'] + ' ' + q['last'], tokens=q['tokens'])}: MDS shows serial {S('eserial', ser)} registered to {S('address', d.addr_line(a), tokens=a['tokens'])}, {S('postcode', a['pc'])}.
"""
    return f"word_comments_docx2txt_{i:02d}.txt", txt

def paf_csv(d, i):
    rows = ["UDPRN,Organisation Name,Sub Building Name,Building Name,Building Number,Thoroughfare,Dependent Locality,Post Town,Postcode"]
    for n in range(5):
        a = d.address()
        sub = a['flat'] or ""
        bname = a['house'] or ""
        bnum = a['num'] or ""
        rows.append(",".join([K(str(d.r.randint(10**7, 10**8 - 1)), 'lookalike'), "", sub, S('address', bname, tokens=[bname]) if bname else "", bnum,
                              S('address', a['street'].upper(), tokens=[a['st_tok']]), (a['village'] or "").upper(), a['town'].upper(), S('postcode', a['pc'])]))
    return f"paf_lookup_{i:02d}.csv", "\n".join(rows) + "\n"

def unusual_fields(d, i):
    m = d.mpan(); g = d.mprn(); ser = d.eserial(); gs = d.gserial(); e = d.eui(); p = d.person(); a = d.address()
    b = {"ctx": {"run": K(d.guid()), "tc": K(d.tc())},
         "sp_ref_1": S('mpan', m), "mpxn_alt": S('mprn', g), "asset_tag": S('eserial', ser), "g_asset": S('gserial', gs),
         "hub": S('eui', e, eui_fmt(e, '0xl')), "occ": S('name', p['last'].upper() + "/" + p['first'].upper(), tokens=p['tokens']),
         "loc_l1": S('address', (a['num'] or a['house']) + " " + a['street'], tokens=a['tokens']), "loc_pc": S('postcode', a['pc'], a['pc'].replace(" ", "").lower()),
         "v": K("3"), "ts_ms": int(K(d.epoch_ms()))}
    return f"fixture_unusual_fields_{i:02d}.json", json.dumps(b, separators=(",", ":"))

def excel_formulas(d, i):
    m = d.mpan(); ser = d.eserial(); p = d.person()
    txt = f"""Sheet: Lookups (show formulas)
A1\t{K('Supply')}
A2\t=VLOOKUP("{S('mpan', m)}",TestData!$A$2:$F$500,3,FALSE)
A3\t=IF(B2="{S('eserial', ser)}","match","check MSN")
A4\t=HYPERLINK("https://ecoes.example.net/search?mpan={S('mpan', m)}","ECOES")
A5\t=CONCAT("{S('name', p['first'], tokens=[p['first']])}"," ","{S('name', p['last'], tokens=[t for t in p['tokens'] if t != p['first']] or p['tokens'])}")
A6\t=SUM(C2:C{K('48')})
"""
    return f"excel_formulas_{i:02d}.txt", txt

def teams_chat_copy(d, i):
    p = d.person(); q = d.person(); a = d.address(); m = d.mpan(); gs = d.gserial()
    n1 = p['first'] + ' ' + p['last']; n2 = q['first'] + ' ' + q['last']
    txt = f"""[{K('09:14')}] {S('name', n1, tokens=p['tokens'])}
anyone got a spare gas site for {K('TC-QT-0512')}?

[{K('09:16')}] {S('name', n2, tokens=q['tokens'])}
use the one in {a['town']} – {S('address', (a['num'] or a['house']) + ' ' + a['street'], tokens=a['tokens'])}, {S('postcode', a['pc'])}
Gas meter {S('gserial', gs, gs.lower(), note='lower gas serial')}

[{K('09:17')}] {S('name', n1, tokens=p['tokens'])}
👍 and elec? 

[{K('09:18')}] {S('name', n2, tokens=q['tokens'])}
{S('mpan', m, mp_sep(m, '  '), note='double-spaced groups')} (edited)
"""
    return f"teams_chat_copy_{i:02d}.txt", txt

GENRES4 = [asana_csv, powerbi_export, tras_settlement, word_comments, paf_csv, unusual_fields, excel_formulas, teams_chat_copy]
