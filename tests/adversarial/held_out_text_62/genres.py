# genre templates, exec'd by gen.py
N = 9

def anyform():
    return R.choice(['plain', 'invisible', 'separator', 'fullwidth', 'arabic-indic', 'spaced-chars', 'devanagari', 'math-bold'])

# 1 Zoom/Teams-style meeting transcript with spoken digits (speech-to-text)
for i in range(N):
    it = Item(f"zoom_transcript_{i:02d}.txt", 'zoom-transcript')
    nm, _ = mk_name(it)
    ms, m = mk(it, 'mpan', 'spoken')
    ss, s = mk(it, 'eserial', None); it.ids[-1]['form'] = 'nato-spoken'; it.ids[-1]['surface'] = f_spoken(s); ss = it.ids[-1]['surface']
    ph, _ = mk(it, 'phone', 'spoken')
    a, pc = mk_addr(it, 'spoken-prose', pc_form='plain')
    pc_sp = ' '.join(NATO[c] if c.isalpha() else DIG[c] for c in pc.replace(' ', ''))
    it.ids[-1]['surface'] = pc_sp; it.ids[-1]['form'] = 'postcode-nato-spoken'
    t = f"""WEBVTT-free export | Zoom cloud recording transcript | meeting {it.k()} | recorded {it.k()}
[00:00:03] Host (Test Lead): Morning all, this is the witness walk-through for {it.k()}, build {it.k()}.
[00:00:41] Field Ops: So the customer on the line is {nm.split()[0].lower()} {nm.split(' ',1)[1].lower()}, she confirmed the supply number as {ms}.
[00:01:02] Host (Test Lead): Can you read the meter serial back please.
[00:01:09] Field Ops: Yeah it's {ss}.
[00:01:30] Field Ops: Callback number {ph}, address is {a.lower()}, postcode {pc_sp}.
[00:02:11] Host (Test Lead): Great, that matches {it.k()} and message {it.k()}. Total {it.k()} reads.
[00:02:40] QA: Logged against {it.k()}; retest in {it.k()}.
"""
    save(it, t)

# 2 Voicemail speech-to-text (carrier JSON)
for i in range(N):
    it = Item(f"voicemail_stt_{i:02d}.json", 'voicemail-stt')
    nm, _ = mk_name(it)
    mp, m = mk(it, 'mprn', 'spoken')
    gs, g = mk(it, 'gserial', None); it.ids[-1]['surface'] = f_spoken(g); it.ids[-1]['form'] = 'nato-spoken'; gs = it.ids[-1]['surface']
    ph, _ = mk(it, 'phone', R.choice(['plain', 'intl', 'nospace']))
    a, pc = mk_addr(it, 'voicemail-prose', pc_form=R.choice(PC_FORMS))
    text = f"hi it's {nm} calling about the gas meter {gs} at {a} {pc} my gas reference is {mp} please call me on {ph} thanks bye"
    d = {"voicemailId": it.k(), "receivedAt": it.k(), "durationSec": 41 + i, "mailbox": it.k(), "transcription": {"engine": "stt-" + it.k(), "confidence": 0.87, "text": text},
         "callerId": ph, "tags": [it.k(), it.k()], "ticket": it.k()}
    save(it, json.dumps(d, indent=2, ensure_ascii=R.random() < 0.5))

# 3 ISO 20022 pain.008 direct debit
for i in range(N):
    it = Item(f"pain008_{i:02d}.xml", 'iso20022-pain008')
    nm, _ = mk_name(it)
    a, pc = mk_addr(it, 'xml-structured', pc_form=R.choice(PC_FORMS))
    num, rest = a.split(' ', 1) if not a.startswith('Flat') else (a.split(',')[0], a.split(',', 1)[1].strip())
    ms, m = mk(it, 'mpan', R.choice(['plain', 'invisible', 'separator']))
    t = f"""<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.008.001.08">
 <CstmrDrctDbtInitn>
  <GrpHdr><MsgId>{it.k()}</MsgId><CreDtTm>{it.k()}</CreDtTm><NbOfTxs>1</NbOfTxs><CtrlSum>{R.randint(10,300)}.{R.randint(10,99)}</CtrlSum>
   <InitgPty><Nm>Northwind Energy Supply Ltd</Nm><Id><OrgId><Othr><Id>{it.k()}</Id></Othr></OrgId></Id></InitgPty></GrpHdr>
  <PmtInf><PmtInfId>{it.k()}</PmtInfId><PmtMtd>DD</PmtMtd>
   <DrctDbtTxInf>
    <PmtId><EndToEndId>{it.k()}</EndToEndId></PmtId>
    <InstdAmt Ccy="GBP">{R.randint(20,250)}.{R.randint(10,99)}</InstdAmt>
    <DrctDbtTx><MndtRltdInf><MndtId>{it.k()}</MndtId><DtOfSgntr>2026-0{R.randint(1,9)}-1{R.randint(0,9)}</DtOfSgntr></MndtRltdInf></DrctDbtTx>
    <Dbtr><Nm>{nm.upper() if i % 2 else nm}</Nm>
     <PstlAdr><StrtNm>{rest.split(',')[0]}</StrtNm><BldgNb>{num}</BldgNb><PstCd>{pc}</PstCd><TwnNm>{rest.split(',')[1].strip()}</TwnNm><Ctry>GB</Ctry></PstlAdr></Dbtr>
    <RmtInf><Ustrd>ENERGY ACCT {it.k()} SUPPLY {ms}</Ustrd></RmtInf>
   </DrctDbtTxInf>
  </PmtInf>
 </CstmrDrctDbtInitn>
</Document>
"""
    save(it, t)

# 4 camt.053 statement with remittance info holding MPRN/MPAN in odd forms
for i in range(N):
    it = Item(f"camt053_{i:02d}.xml", 'iso20022-camt053')
    nm, _ = mk_name(it)
    mp, _ = mk(it, 'mprn', anyform())
    ms, _ = mk(it, 'mpan', anyform())
    t = f"""<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><GrpHdr><MsgId>{it.k()}</MsgId><CreDtTm>{it.k()}</CreDtTm></GrpHdr>
<Stmt><Id>{it.k()}</Id><Ntry><Amt Ccy="GBP">{it.k()}</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2026-11-0{1+i%9}</Dt></BookgDt>
<NtryDtls><TxDtls><Refs><EndToEndId>{it.k()}</EndToEndId></Refs><RltdPties><Dbtr><Nm>{nm}</Nm></Dbtr></RltdPties>
<RmtInf><Ustrd>GAS {mp} ELEC {ms}</Ustrd><Strd><CdtrRefInf><Ref>{it.k()}</Ref></CdtrRefInf></Strd></RmtInf></TxDtls></NtryDtls></Ntry></Stmt></BkToCstmrStmt></Document>
"""
    save(it, t)

# 5 OFX bank file (SGML) memo fields
for i in range(N):
    it = Item(f"refunds_{i:02d}.ofx", 'ofx')
    lines = ["OFXHEADER:100", "DATA:OFXSGML", "VERSION:102", "", "<OFX><BANKMSGSRSV1><STMTTRNRS><TRNUID>" + it.k(), "<STMTRS><CURDEF>GBP<BANKTRANLIST>"]
    for j in range(3):
        nm, _ = mk_name(it)
        s, _ = mk(it, R.choice(['mpan', 'mprn']), anyform())
        lines += ["<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20261104<TRNAMT>" + f"{R.randint(5,300)}.{R.randint(10,99)}", "<FITID>" + it.k(), f"<NAME>{nm[:32]}", f"<MEMO>REFUND {it.k()} SP {s}", "</STMTTRN>"]
    lines.append("</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>")
    # name truncated to 32: fix truth surface
    for d in it.ids:
        if d['kind'] == 'name': d['surface'] = d['value'][:32]
    save(it, "\n".join(lines) + "\n")

# 6 QIF
for i in range(N):
    it = Item(f"ledger_{i:02d}.qif", 'qif')
    out = ["!Type:Bank"]
    for j in range(3):
        nm, _ = mk_name(it)
        a, pc = mk_addr(it, 'qif-A-lines', pc_form=R.choice(PC_FORMS))
        s, _ = mk(it, R.choice(['mpan', 'eserial', 'gserial']))
        out += [f"D11/0{j+1}/2026", f"T-{R.randint(10,99)}.{R.randint(10,99)}", f"N{it.k()}", f"P{nm}", *[f"A{x.strip()}" for x in a.split(',')], f"A{pc}", f"M{it.k()} meter {s}", "^"]
    save(it, "\n".join(out) + "\n")

# 7 UBL / PEPPOL invoice
for i in range(N):
    it = Item(f"ubl_invoice_{i:02d}.xml", 'ubl-invoice')
    nm, _ = mk_name(it)
    a, pc = mk_addr(it, 'xml-structured', pc_form=R.choice(PC_FORMS))
    ms, _ = mk(it, 'mpan', anyform())
    es, _ = mk(it, 'eserial')
    em = email(nm); it.id('email', em, em, 'plain')
    t = f"""<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cbc="cbc" xmlns:cac="cac">
<cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID><cbc:ID>{it.k()}</cbc:ID><cbc:IssueDate>2026-11-2{i%9}</cbc:IssueDate>
<cbc:Note>Supply point {ms}; meter {es}; ref {it.k()}</cbc:Note>
<cac:AccountingCustomerParty><cac:Party><cac:PartyName><cbc:Name>{nm}</cbc:Name></cac:PartyName>
<cac:PostalAddress><cbc:StreetName>{a.split(',')[0]}</cbc:StreetName><cbc:CityName>{a.split(',')[1].strip()}</cbc:CityName><cbc:PostalZone>{pc}</cbc:PostalZone><cac:Country><cbc:IdentificationCode>GB</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
<cac:Contact><cbc:ElectronicMail>{em}</cbc:ElectronicMail></cac:Contact></cac:Party></cac:AccountingCustomerParty>
<cac:LegalMonetaryTotal><cbc:PayableAmount currencyID="GBP">{R.randint(10,900)}.{R.randint(10,99)}</cbc:PayableAmount></cac:LegalMonetaryTotal>
<cac:InvoiceLine><cbc:ID>1</cbc:ID><cbc:Note>{it.k()} {it.k()} {it.k()}</cbc:Note></cac:InvoiceLine></Invoice>
"""
    save(it, t)

# 8 EDI X12 810/820
for i in range(N):
    it = Item(f"x12_{i:02d}.edi", 'edi-x12')
    nm, _ = mk_name(it)
    a, pc = mk_addr(it, 'x12-N3N4', pc_form=R.choice(['plain', 'nospace', 'lower', 'hyphen']))
    ms, _ = mk(it, 'mpan', R.choice(['plain', 'separator', 'invisible']))
    mr, _ = mk(it, 'mprn')
    ph, _ = mk(it, 'phone', 'nospace')
    segs = [f"ISA*00*          *00*          *ZZ*NWENERGY       *ZZ*{it.k():<15}*261105*1200*U*00401*{R.randint(100000000,999999999)}*0*P*>",
            f"GS*IN*NWENERGY*{it.k()}*20261105*1200*1*X*004010", "ST*810*0001", f"BIG*20261105*{it.k()}", f"REF*11*{ms}", f"REF*12*{mr}",
            f"N1*BT*{nm.upper()}", f"N3*{a.split(',')[0].upper()}", f"N4*{a.split(',')[1].strip().upper()}**{pc}*GB", f"PER*IC**TE*{ph}",
            f"IT1*1*{R.randint(100,4000)}*KH*0.{R.randint(20,35)}", f"TDS*{R.randint(1000,99999)}", "SE*12*0001", f"GE*1*{it.k()}", "IEA*1*000000001"]
    for d in it.ids:
        if d['kind'] in ('name',): d['surface'] = d['surface'].upper()
    save(it, "~\n".join(segs) + "~\n")

# 9 ZPL meter asset labels
for i in range(N):
    it = Item(f"asset_label_{i:02d}.zpl", 'zpl')
    es, e = mk(it, R.choice(['eserial', 'gserial']), 'plain')
    eu, u = mk(it, 'eui', R.choice(['plain', 'none', 'colon']))
    ms, m = mk(it, 'mpan', 'plain')
    t = f"""^XA
^CF0,30^FO40,30^FD{it.k()} ASSET LABEL^FS
^FO40,80^BY2^BCN,80,Y,N,N^FD{es}^FS
^FO40,200^A0N,28,28^FDSerial: {' '.join(es)}^FS
^FO40,240^BQN,2,5^FDQA,{u.replace('-', '')}^FS
^FO40,420^A0N,22,22^FDGUID {eu}^FS
^FO40,450^A0N,22,22^FDMPAN ^FS^FO120,450^A0N,22,22^FD{m[:6]}^FS^FO200,450^A0N,22,22^FD{m[6:]}^FS
^FO40,490^A0N,20,20^FDJob {it.k()} Batch {it.k()} Printed {it.k()}^FS
^XZ
"""
    it.ids[0]['note'] = 'also barcode data and spaced human-readable; mpan split across two ^FD fields'
    save(it, t)

# 10 GeoJSON field visit tracks
for i in range(N):
    it = Item(f"visit_{i:02d}.geojson", 'geojson')
    feats = []
    for j in range(2):
        nm, _ = mk_name(it)
        a, pc = mk_addr(it, 'geojson-prop', pc_form=R.choice(PC_FORMS))
        ms, _ = mk(it, 'mpan', R.choice(['plain', 'separator', 'invisible', 'fullwidth']))
        gs, _ = mk(it, 'gserial')
        feats.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [round(-1.5 - R.random(), 6), round(52 + R.random(), 6)]},
                      "properties": {"job": it.k(), "visited": it.k(), "occupier": nm, "site": f"{a} {pc}", "mpan": ms, "gasMeter": gs, "outcome": "NO ACCESS" if j else "EXCHANGED", "ver": it.k()}})
    save(it, json.dumps({"type": "FeatureCollection", "name": it.k(), "features": feats}, indent=1, ensure_ascii=False))

# 11 GPX
for i in range(N):
    it = Item(f"route_{i:02d}.gpx", 'gpx')
    wpts = []
    for j in range(2):
        a, pc = mk_addr(it, 'gpx-desc', pc_form=R.choice(PC_FORMS))
        eu, _ = mk(it, 'eui')
        nm, _ = mk_name(it)
        wpts.append(f'<wpt lat="{53+R.random():.6f}" lon="{-2-R.random():.6f}"><time>{it.k()}</time><name>{it.k()}</name><desc>{html.escape(a)}, {pc} - {html.escape(nm)} - CHF {eu}</desc><cmt>stop {j+1}</cmt></wpt>')
    t = '<?xml version="1.0"?>\n<gpx version="1.1" creator="FieldRoute ' + it.k() + '">\n' + "\n".join(wpts) + f'\n<trk><name>{it.k()}</name></trk></gpx>\n'
    for d in it.ids:
        if d['kind'] in ('address', 'name'): d['surface'] = html.escape(d['surface'])
    save(it, t)

# 12 PAF-format address extract (comma / fixed fields) & mailsort
for i in range(N):
    it = Item(f"paf_extract_{i:02d}.csv", 'paf')
    rows = ["UDPRN,ORGANISATION,SUB_BUILDING,BUILDING_NAME,BUILDING_NUMBER,THOROUGHFARE,DEPENDENT_LOCALITY,POST_TOWN,POSTCODE,MAILSORT,MPAN_HINT"]
    for j in range(4):
        num, s, t, loc = address(); pc = postcode()
        a = f"{num} {s} {t}, {loc}"
        it.id('address', a, a, 'paf-fields', words=canon_words([s, loc]))
        pcs = pc_surface(pc, R.choice(['plain', 'nospace', 'lower', 'nbsp', 'double']))
        it.id('postcode', pc, pcs, 'postcode-paf')
        ms, _ = mk(it, 'mpan', R.choice(['plain', 'separator', 'mpan-grouped']))
        bn = num if num[0].isdigit() else ''
        bname = num.rstrip(',') if not num[0].isdigit() and not num.startswith('Flat') else ''
        rows.append(f"{R.randint(10000000,59999999)},,{num.split(',')[0] if num.startswith('Flat') else ''},{bname},{bn},{s.upper()} {t.upper()},{loc.upper()},{loc.upper()},{pcs},{R.randint(10000,99999)},{ms}")
        it.ids[-3]['note'] = 'fields split in columns, upper-case'
    rows.append(f"# extract {it.k()} generated {it.k()} rows=4 job {it.k()} {it.k()}")
    save(it, "\n".join(rows) + "\n")

# 13 PostScript / PDF content stream (Tj / TJ)
for i in range(N):
    it = Item(f"bill_stream_{i:02d}.ps", 'pdf-content-stream')
    nm, _ = mk_name(it)
    a, pc = mk_addr(it, 'pdf-Tj', pc_form='plain')
    mc = mpan_core(); it.id('mpan', mc, f"TJ split {mc}", 'pdf-TJ-kerned')
    tj = ' '.join(f"({g}) -{R.randint(10,250)}" for g in groups(mc))
    mr = mprn(); it.id('mprn', mr, f"Tj per digit {mr}", 'pdf-Tj-per-glyph')
    per = '\n'.join(f"{100+k*7} 600 Td ({c}) Tj" for k, c in enumerate(mr))
    t = f"""%!PS-Adobe-3.0
%%Title: {it.k()}
BT /F1 10 Tf 72 720 Td ({nm}) Tj ET
BT /F1 10 Tf 72 708 Td ({a}) Tj 0 -12 Td ({pc}) Tj ET
BT /F2 9 Tf 300 650 Td [{tj}] TJ ET
BT /F2 9 Tf
{per}
ET
BT /F1 8 Tf 72 100 Td (Ref {it.k()}  Invoice {it.k()}  Tariff {it.k()}  Amount {it.k()}) Tj ET
showpage
"""
    save(it, t)

# 14 Excel formulas / VBA macro
for i in range(N):
    it = Item(f"macro_{i:02d}.bas", 'vba-excel')
    mc = mpan_core(); it.id('mpan', mc, mc, 'excel-concat')
    gs = groups(mc, [2, 4, 4, 3])
    es = eserial(); it.id('eserial', es, es, 'vba-chr-concat')
    chrs = ' & '.join(f"Chr({ord(c)})" for c in es)
    nm, _ = mk_name(it)
    mp, _ = mk(it, 'mprn', 'plain')
    t = f"""Attribute VB_Name = "Module{i}"
' {it.k()} reconciliation macro {it.k()}
Sub FillFixture()
    Range("A2").Formula = "=CONCAT(""{gs[0]}"",""{gs[1]}"",""{gs[2]}"",""{gs[3]}"")"
    Range("B2").Formula = "=TEXT({mp},""0000000000"")"
    Range("C2").Value = {chrs}
    Range("D2").Value = "{nm}"
    Range("E2").Value = "{it.k()}"
    Range("F2").Formula = "=SUM(G2:G{R.randint(10,99)})"  ' {it.k()}
    Sheets("{it.k()}").Activate
End Sub
"""
    save(it, t)

# 15 numpy / pandas repr with scientific notation
for i in range(N):
    it = Item(f"pandas_repr_{i:02d}.txt", 'pandas-sci')
    rows = []
    for j in range(3):
        mc = mpan_core(); mr = mprn()
        sci_m = f"{int(mc)/10**12:.12f}e+12"
        sci_r = f"{int(mr):.9e}"
        it.id('mpan', mc, sci_m, 'sci-notation')
        it.id('mprn', mr, sci_r, 'sci-notation')
        rows.append(f"{j}  {sci_m}  {sci_r}  {it.k()}  {R.randint(1,999)}")
    nm, _ = mk_name(it)
    t = f""">>> df[['mpan','mprn','ref','kwh']]\n   mpan                   mprn              ref           kwh\n""" + "\n".join(rows) + f"""\n\n[3 rows x 4 columns]\n>>> np.array(df.mpan)\narray([{', '.join(r.split()[1] for r in rows)}])\n>>> owner = {nm!r}\n>>> run_id = {it.k()!r}\n"""
    save(it, t)

# 16 KQL / Log Analytics results
for i in range(N):
    it = Item(f"kql_results_{i:02d}.txt", 'kql')
    out = [f"AppTraces | where OperationId == \"{it.k()}\" | project TimeGenerated, Message, Properties", "", "TimeGenerated\tMessage\tProperties"]
    for j in range(4):
        kind = R.choice(['mpan', 'eui', 'mprn', 'gserial'])
        s, v = mk(it, kind)
        a = ''
        if j == 2:
            aa, pc = mk_addr(it, 'log-line', pc_form=R.choice(PC_FORMS))
            a = f" customer address {aa}, {pc}"
        props = json.dumps({"cloud_RoleName": "meter-api", "ref": it.k(), "v": s})
        out.append(f"{it.k()}\tProcessed {kind} {s}{a}\t{props}")
    save(it, "\n".join(out) + "\n")

# 17 Elasticsearch _bulk
for i in range(N):
    it = Item(f"es_bulk_{i:02d}.ndjson", 'es-bulk')
    out = []
    for j in range(3):
        nm, _ = mk_name(it)
        eu, u = mk(it, 'eui')
        ucanon = u.replace('-', '')
        # propagation: same EUI inside a correlation id (lowercase, no sep)
        it.id('eui', ucanon, f"corr-{ucanon.lower()}", 'propagated-in-id')
        ms, _ = mk(it, 'mpan')
        out.append(json.dumps({"index": {"_index": "meter-events-2026.11", "_id": f"corr-{ucanon.lower()}-{j}"}}))
        out.append(json.dumps({"@timestamp": it.k(), "device": eu, "mpan": ms, "customer": nm, "msg": it.k(), "count": R.randint(1, 500)}, ensure_ascii=False))
    save(it, "\n".join(out) + "\n")

# 18 nginx / HAProxy error logs
for i in range(N):
    it = Item(f"nginx_error_{i:02d}.log", 'nginx-error')
    out = []
    for j in range(3):
        ms, m = mk(it, 'mpan', 'plain')
        enc = R.choice(['pct', 'b64', 'plus'])
        if enc == 'pct':
            q = f"mpan={f_pct(m)}"; it.ids[-1]['surface'] = f_pct(m); it.ids[-1]['form'] = 'percent-encoded'
        elif enc == 'b64':
            q = f"q={base64.urlsafe_b64encode(json.dumps({'mpan': m}).encode()).decode()}"; it.ids[-1]['surface'] = q; it.ids[-1]['form'] = 'base64url-json-query'
        else:
            sp = '+'.join(groups(m)); q = f"mpan={sp}"; it.ids[-1]['surface'] = sp; it.ids[-1]['form'] = 'plus-separated-query'
        out.append(f"2026/11/05 10:1{j}:0{j} [error] 1234#0: *{R.randint(1000,99999)} upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.2.{j}.4, server: api.{it.k()}, request: \"GET /v2/supply?{q} HTTP/1.1\", upstream: \"http://10.0.0.{j}:8080/v2/supply?{q}\", host: \"uit\"")
    nm = name()
    em = email(nm); pe = urllib.parse.quote(em); it.id('email', em, pe, 'percent-encoded-email')
    out.append(f"2026/11/05 10:20:00 [warn] 1234#0: *{R.randint(1000,9999)} an upstream response is buffered, request: \"POST /v2/contact?email={pe}&ref={it.k()}\" req_id={it.k()} {it.k()}")
    save(it, "\n".join(out) + "\n")

# 19 Trello / Asana export JSON
for i in range(N):
    it = Item(f"trello_{i:02d}.json", 'trello')
    nm, _ = mk_name(it)
    a, pc = mk_addr(it, 'card-desc', pc_form=R.choice(PC_FORMS))
    ms, m = mk(it, 'mpan', anyform())
    gs, g = mk(it, 'gserial', R.choice(['plain', 'lower', 'spaced-chars', 'hyphen']))
    # propagation: same MPAN in card name with different separators
    prop = '-'.join(groups(m, [2, 4, 4, 3]))
    it.id('mpan', m, prop, 'propagated-hyphen-groups')
    d = {"id": it.k(), "name": "Board " + it.k(), "cards": [
        {"id": it.k(), "name": f"Retest {prop}", "desc": f"**Customer:** {nm}\n**Premises:** {a}, {pc}\n**MPAN:** {ms}\nGas meter {gs}\nlinked {it.k()} {it.k()}", "due": it.k(),
         "checklists": [{"name": "Evidence", "items": [it.k(), it.k()]}], "labels": ["P2", it.k()]}]}
    save(it, json.dumps(d, indent=2, ensure_ascii=R.random() < .5))

# 20 Gerrit / GitHub review comments
for i in range(N):
    it = Item(f"review_{i:02d}.txt", 'code-review')
    ms, m = mk(it, 'mpan', 'plain')
    it.ids[-1]['surface'] = f_split_lines(m, '> ' if i % 3 == 0 else ('# ' if i % 3 == 1 else '// ')); it.ids[-1]['form'] = 'line-split-prefixed'
    es, e = mk(it, 'eserial', 'lower')
    eu, u = mk(it, 'eui', R.choice(['0x', 'none', 'cisco']))
    nm, _ = mk_name(it)
    pre = '> ' if i % 3 == 0 else ('# ' if i % 3 == 1 else '// ')
    t = f"""Change {it.k()}: Fix retry on {it.k()}
Patch Set 3:

(2 comments)

File tests/fixtures/supply.py:

Line 42:
{pre}MPAN_FIXTURE = "{it.ids[0]['surface']}"
Please don't commit real supply numbers, use {it.k()} instead. Also the serial {es} belongs to {nm}'s house.

Line 88:
{pre}device = {eu}
Nit: rename per {it.k()}. Code-Review-1 ({it.k()})
"""
    save(it, t)

# 21 Twilio SMS JSON
for i in range(N):
    it = Item(f"twilio_sms_{i:02d}.json", 'twilio-sms')
    nm, _ = mk_name(it)
    ph, p = mk(it, 'phone', 'plain')
    e164 = '+44' + p.replace(' ', '')[1:]
    it.id('phone', p.replace(' ', ''), e164, 'e164')
    mr, _ = mk(it, 'mprn', anyform())
    a, pc = mk_addr(it, 'sms-body', pc_form=R.choice(PC_FORMS))
    body = f"Hi {nm.split()[0]}, your engineer visit to {a} {pc} is confirmed. Gas ref {mr}. Reply STOP"
    it.ids[0]['words'] = [nm.split()[0]] + it.ids[0]['words'][1:]
    d = {"sid": it.k(), "account_sid": it.k(), "to": e164, "from": "+447700900000", "body": body, "status": "delivered",
         "num_segments": "2", "date_sent": it.k(), "price": "-0.04", "api_version": "2010-04-01", "uri": f"/2010-04-01/Accounts/x/Messages/{it.k()}.json"}
    save(it, json.dumps(d, indent=2))

# 22 AutoHotkey / .cmd scripts
for i in range(N):
    ext = 'ahk' if i % 2 == 0 else 'cmd'
    it = Item(f"fixture_{i:02d}.{ext}", 'ahk-cmd')
    ms, m = mk(it, 'mpan', R.choice(['plain', 'separator']))
    es, e = mk(it, R.choice(['eserial', 'gserial']), R.choice(['plain', 'lower']))
    nm, _ = mk_name(it)
    ph, _ = mk(it, 'phone')
    if ext == 'ahk':
        t = f"""; {it.k()} hotstrings for UIT data entry {it.k()}
::mpan1::{ms}
::ser1::{es}
::cust1::{nm}
^!t::Send, {ph}{{Enter}}
; build {it.k()} {it.k()}
"""
    else:
        t = f"""@echo off
REM {it.k()} load fixture {it.k()}
set MPAN={ms}
set SERIAL={es}
set "CUSTOMER={nm}"
set PHONE={ph}
curl.exe -s -o NUL "https://uit/api?ref={it.k()}"
echo done {it.k()}
"""
    save(it, t.replace('\n', '\r\n'))

# 23 printed labels / barcode human-readable text (ocr-like)
for i in range(N):
    it = Item(f"label_print_{i:02d}.txt", 'printed-label')
    es, e = mk(it, R.choice(['eserial', 'gserial']), 'plain')
    it.ids[-1]['surface'] = '*' + e + '*'; it.ids[-1]['form'] = 'code39-asterisks'
    eu, u = mk(it, 'eui', 'none')
    ms, m = mk(it, 'mpan', 'plain')
    it.ids[-1]['surface'] = f"(01){m[:6]}(21){m[6:]}"; it.ids[-1]['form'] = 'gs1-ai-split'
    t = f"""+--------------------------------+
| {it.k():<30} |
| ||| || |||| | ||| || ||| ||    |
| *{e}*{' '*(28-len(e))}|
| GUID {eu}          |
| (01){m[:6]}(21){m[6:]}        |
| Lot {it.k()} Made {it.k()}  |
+--------------------------------+
"""
    save(it, t)

# 24 one-char-per-line / vertical text (screen reader / broken copy)
for i in range(N):
    it = Item(f"vertical_{i:02d}.txt", 'one-char-per-line')
    ms, m = mk(it, 'mpan', 'plain')
    it.ids[-1]['surface'] = '\n'.join(m); it.ids[-1]['form'] = 'one-char-per-line'
    gs, g = mk(it, 'gserial', 'plain')
    it.ids[-1]['surface'] = '\n'.join(g); it.ids[-1]['form'] = 'one-char-per-line'
    t = f"Copied from PDF viewer {it.k()} ({it.k()})\nMPAN\n" + '\n'.join(m) + "\nGas meter\n" + '\n'.join(g) + f"\nRef {it.k()} {it.k()} {it.k()}\n"
    save(it, t)

# 25 Lotus Notes document export
for i in range(N):
    it = Item(f"notes_doc_{i:02d}.txt", 'lotus-notes')
    nm, _ = mk_name(it)
    a, pc = mk_addr(it, 'notes-field', pc_form=R.choice(PC_FORMS))
    ms, _ = mk(it, 'mpan', anyform())
    es, _ = mk(it, 'eserial')
    em = email(nm); it.id('email', em, em.upper() if i % 2 else em, 'email-case')
    t = f"""$UpdatedBy: CN=Test Admin/O=Northwind
Form: CustomerContact
DocID: {it.k()}
$Revisions: {it.k()}
Subject: Re: Re: {it.k()} access problem
ContactName: {nm}
ContactAddr: {a}
                 {pc}
InternetAddress: {it.ids[-1]['surface']}
Body: Spoke to the occupier. Supply {ms} and meter {es} confirmed on site.
  Follow-up under {it.k()}, {it.k()}.
"""
    save(it, t)

# 26 encodings: UTF-16/32 with and without BOM, mixed genres (energy-broker quote sheets)
ENCS = ['utf-16le-bom', 'utf-16be-bom', 'utf-16le', 'utf-16be', 'utf-32le-bom', 'utf-32le', 'utf-32be', 'utf-8-sig', 'cp1252']
for i, enc in enumerate(ENCS):
    it = Item(f"broker_quote_{i:02d}_{enc.replace('-', '')}.txt", 'broker-quote-' + enc, enc)
    nm, _ = mk_name(it)
    if enc == 'cp1252':
        it.ids[-1]['surface'] = nm.encode('cp1252', 'replace').decode('cp1252')
    a, pc = mk_addr(it, 'quote-sheet', pc_form='plain')
    s21, core = mpan21(it, R.choice(['plain', 'boxed', 'slash', 'spaced']))
    assert enc != 'cp1252' or s21.encode('cp1252')
    mr, _ = mk(it, 'mprn', 'plain' if enc == 'cp1252' else None)
    eu, _ = mk(it, 'eui', 'plain' if enc == 'cp1252' else None)
    t = f"Broker quote sheet {it.k()}\r\nClient\t{nm}\r\nSite\t{a} {pc}\r\nSupply number\t{s21}\r\nMPRN\t{mr}\r\nIHD/CH GUID\t{eu}\r\nQuote\t{it.k()}\tValid to {it.k()}\tUnit rate {it.k()}\r\nNotes\tprice {it.k()} ref {it.k()}\r\n"
    save(it, t)

# 27 encoded blobs inside other new genres: HL7-free "webhook replay" with base64/hex/QP/entity/JSON-unicode
for i in range(N):
    it = Item(f"webhook_replay_{i:02d}.txt", 'encoded-blobs')
    m = mpan_core(); e = eui(); g = gserial(); nm = name(); r = mprn()
    form = ['base64', 'hex', 'qp', 'entity', 'jsonu', 'b64-utf16', 'hex-spaced', 'b64-json', 'pct-json'][i]
    payload = json.dumps({"mpan": m, "device": e, "gasSerial": g, "name": nm, "mprn": r})
    if form == 'base64': blob = base64.b64encode(payload.encode()).decode()
    elif form == 'hex': blob = payload.encode().hex()
    elif form == 'qp': blob = ''.join(f"={b:02X}" for b in payload.encode())
    elif form == 'entity': blob = ''.join(f"&#{ord(c)};" for c in payload)
    elif form == 'jsonu': blob = ''.join(f"\\u{ord(c):04x}" for c in payload)
    elif form == 'b64-utf16': blob = base64.b64encode(payload.encode('utf-16-le')).decode()
    elif form == 'hex-spaced': blob = ' '.join(f"{b:02x}" for b in payload.encode())
    elif form == 'b64-json': blob = base64.b64encode(payload.encode()).decode().rstrip('=')
    else: blob = urllib.parse.quote(payload)
    for kind, v in [('mpan', m), ('eui', e.replace('-', '')), ('gserial', g), ('mprn', r)]:
        it.id(kind, v, blob, 'blob-' + form)
    it.id('name', nm, blob, 'blob-' + form, words=canon_words([nm]))
    t = f"""replay-tool {it.k()} :: endpoint /hooks/{it.k()} :: attempt 3 of 5
headers: X-Request-Id={it.k()} X-Trace={it.k()} Content-Transfer-Encoding: {form}
body:
{blob}
status=202 latency_ms={R.randint(10,999)} {it.k()} {it.k()}
"""
    save(it, t)

# 28 HTML-ish evidence: Notion / Asana export pages with splits
for i in range(N):
    it = Item(f"notion_page_{i:02d}.html", 'notion-html')
    m = mpan_core(); it.id('mpan', m, f_html_split(m), 'html-split'); hs = it.ids[-1]['surface']
    e = eserial(); ee = f_entity(e); it.id('eserial', e, ee, 'html-entity')
    nm, _ = mk_name(it)
    a, pc = mk_addr(it, 'html-prose', pc_form='plain')
    pch = pc.replace(' ', '&nbsp;'); it.ids[-1]['surface'] = pch; it.ids[-1]['form'] = 'postcode-nbsp-entity'
    u = eui(); uh = u.replace('-', '<span>-</span>'); it.id('eui', u.replace('-', ''), uh, 'html-span-separators')
    t = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{it.k()}</title></head><body>
<h1>Site visit {it.k()}</h1>
<p>Occupier <strong>{html.escape(nm)}</strong> at {html.escape(a)}, {pch}.</p>
<ul><li>MPAN: {hs}</li><li>Meter serial: <code>{ee}</code></li><li>CHF GUID {uh}</li></ul>
<table><tr><td>{it.k()}</td><td>{it.k()}</td><td>{it.k()}</td></tr></table>
<p>Version {it.k()} &middot; {it.k()}</p></body></html>
"""
    for d in it.ids:
        if d['kind'] == 'name': d['surface'] = html.escape(d['surface'])
    save(it, t)

# 29 propagation across items: a "run" of 3 files where a value appears in one plainly and in others in altered form
for i in range(N):
    m = mpan_core(); u = eui(); nm = name(); g = gserial()
    itA = Item(f"run{i:02d}_a_request.txt", 'propagation-set')
    itA.id('mpan', m, m, 'plain'); itA.id('eui', u.replace('-', ''), u, 'plain'); itA.id('name', nm, nm, 'plain', words=canon_words([nm])); itA.id('gserial', g, g, 'plain')
    save(itA, f"POST /v1/exchange {itA.k()}\nmpan={m}\ndevice={u}\ncustomer={nm}\ngas_meter={g}\nref={itA.k()} {itA.k()} {itA.k()}\n")
    itB = Item(f"run{i:02d}_b_response.txt", 'propagation-set')
    mrev = m[:4] + '\u2009' + m[4:]
    uu = u.replace('-', '').lower()
    gg = g.lower()
    itB.id('mpan', m, f"rowkey {m[-9:]}{m[:4]}", 'propagated-rotated-key', optional=True)
    itB.id('eui', u.replace('-', ''), f"job-{uu}-ack", 'propagated-in-id')
    itB.id('gserial', g, gg, 'propagated-lower')
    sur = nm.split(' ', 1)[1]
    itB.id('name', nm, sur, 'propagated-surname-only', words=canon_words([sur]))
    save(itB, f"HTTP/1.1 202 {itB.k()}\nx-correlation: job-{uu}-ack\nmeter: {gg}\nnote: Mx {sur} present; {itB.k()} {itB.k()}\nrowkey {m[-9:]}{m[:4]}\n")
    itC = Item(f"run{i:02d}_c_note.txt", 'propagation-set')
    itC.id('mpan', m, mrev, 'propagated-thin-space')
    save(itC, f"Tester note {itC.k()}: supply {mrev} done, see {itC.k()}, {itC.k()}.\n")

# 30 MPAN 13-digit with mistyped check digit (optional per issue) and non-MPAN 13-digit keeps
for i in range(N):
    it = Item(f"cos_reconcile_{i:02d}.txt", 'mistyped-check')
    c = mpan_core(); bad = mpan_bad_check(c)
    it.id('mpan', bad, bad, 'mpan-bad-check-in-context', optional=True)
    ms, m = mk(it, 'mpan', R.choice(['plain', 'mpan-grouped']))
    while True:
        fake = str(R.randint(10**12, 10**13 - 1))
        if sum(int(a)*b for a, b in zip(fake, PRIMES)) % 11 % 10 != int(fake[-1]): break
    t = f"Reconciliation {it.k()}: MPAN {bad} rejected (check digit), corrected MPAN {ms}.\nBatch {it.k()} ledger {it.k(fake)} count {it.k()}\nrelease {it.k()} {it.k()}\n"
    save(it, t)

# 31 parquet-tools / Arrow dump (keep-heavy)
for i in range(N):
    it = Item(f"parquet_dump_{i:02d}.txt", 'parquet-dump')
    rows = []
    for j in range(5):
        s = ''
        if j == 2:
            s, _ = mk(it, R.choice(['mpan', 'mprn', 'eui', 'gserial', 'eserial']))
        rows.append(f"row {j}\nmessage_id = {it.k()}\nflow = {it.k()}\nreceived = {it.k()}\nsettlement_ref = {it.k()}\nmeter = {s or 'null'}\n")
    nm, _ = mk_name(it)
    t = f"$ parquet-tools cat --json=false part-0000{i}.parquet   # owner {nm}\n" + "\n".join(rows)
    save(it, t)

# 32 XSLT/XPath evaluation output (keep-heavy)
for i in range(N):
    it = Item(f"xpath_eval_{i:02d}.txt", 'xpath-results')
    out = [f"xmllint --xpath '//Flow/@id | //Ref/text()' {it.k()}.xml"]
    for j in range(20):
        out.append(f'id="{it.k()}"')
    ms, m = mk(it, 'mpan', anyform())
    a, pc = mk_addr(it, 'xpath-text', pc_form=R.choice(PC_FORMS))
    out.append(f"/Premises/text() => {a} {pc}")
    out.append(f"/Supply/@core => {ms}")
    save(it, "\n".join(out) + "\n")
