import json, random, base64
from data import S, K, A
from obf import *

def yaml_frontmatter(d, i):
    p = d.person(); m = d.mpan(); a = d.address(); e = d.eui()
    txt = f"""---
title: "{K('QT evidence note ' + d.tc())}"
author: {S('name', p['first'] + ' ' + p['last'], tokens=p['tokens'])}
date: {K('2026-12-04')}
tags: [{K('IF-031')}, {K('PUB-031')}, {K('wave-3')}]
mpan: "{S('mpan', m)}"
---

# Observations

The IF-031 for the test site ({S('address', d.addr_line(a, 'nocomma'), tokens=a['tokens'])} {S('postcode', a['pc'])}) was accepted,
but the PUB-031 carried CHF `{S('eui', e, eui_fmt(e, 'lower'))}` rather than the ESME id.

Build `{K(d.build())}` · run id `{K(d.guid())}`
"""
    return f"evidence_note_{i:02d}.md", txt

def hcl(d, i):
    m = d.mpan(); g = d.mprn(); e = d.eui()
    txt = f"""# nomad job for the QT stub
job "{K('mhhs-stub-dip')}" {{
  datacenters = ["{K('uks-qt')}"]
  group "stub" {{
    task "dip" {{
      env {{
        DIP_ENDPOINT     = "{K('https://dip-qt.example.net/api/v1')}"
        FIXTURE_MPAN     = "{S('mpan', m)}"
        FIXTURE_MPRN     = "{S('mprn', g)}"
        FIXTURE_DEVICE   = "{S('eui', e, eui_fmt(e, 'dash'))}"
        BUILD            = "{K(d.build())}"
      }}
    }}
  }}
}}
"""
    return f"stub_job_{i:02d}.hcl", txt

def textproto(d, i):
    m = d.mpan(); ser = d.eserial(); a = d.address(); p = d.person()
    txt = f"""# proto-file: metering/v1/supply.proto
# proto-message: SupplyPoint
mpan_core: "{S('mpan', m)}"
gsp_group: "{K(d.gsp())}"
meters {{
  serial: "{S('eserial', ser)}"
  registers {{ id: "{K('R1')}" tou: "{K('00001')}" }}
}}
premises {{
  line: "{S('address', (a['num'] or a['house']) + ' ' + a['street'], tokens=a['tokens'])}"
  post_town: "{a['town']}"
  postcode: "{S('postcode', a['pc'])}"
}}
contact {{ display_name: "{S('name', p['first'] + ' ' + p['last'], tokens=p['tokens'])}" }}
effective_from {{ seconds: {K(str(d.r.randint(1764547200, 1767225599)))} }}
"""
    return f"supply_point_{i:02d}.textproto", txt

def thrift_json(d, i):
    m = d.mpan(); e = d.eui(); g = d.mprn()
    # Thrift TJSONProtocol style
    txt = json.dumps([1, "publishReading", 1, 0, {"1": {"rec": {
        "1": {"str": S('mpan', m)}, "2": {"str": S('eui', e, eui_fmt(e, 'colon'))}, "3": {"i64": int(K(d.epoch_ms()))},
        "4": {"dbl": 1234.5}, "5": {"str": S('mprn', g)}, "6": {"str": K(d.guid())}}}}])
    return f"thrift_tjson_{i:02d}.json", txt

def msgpack_dump(d, i):
    m = d.mpan(); ser = d.eserial(); p = d.person()
    txt = f"""$ msgpack2json -p < capture_{K(str(d.r.randint(1000, 9999)))}.bin
{{
    "t": {K(d.epoch_ms())},
    "mpan": "{S('mpan', m)}",
    "msn": "{S('eserial', ser)}",
    "reads": [{K('12345.6')}, {K('12350.1')}],
    "by": "{S('name', p['first'] + ' ' + p['last'], tokens=p['tokens'])}",
    "sig": "{K(d.jwt_sig())}"
}}
# raw bytes (hexdump -C, first 64)
00000000  86 a1 74 cf 00 00 01 9a  {K('3f 11 22 9c')} a4 6d 70 61  |..t.......?."..mpa|
"""
    return f"msgpack_pretty_{i:02d}.txt", txt

def cbor_diag(d, i):
    m = d.mpan(); e = d.eui(); g = d.mprn()
    txt = f"""/ CBOR diagnostic notation, decoded from SRV 4.1.1 response /
{{
  "req": "{K('SRV 4.1.1')}",
  "dev": h'{S('eui', e, e)}',
  "mpxn": "{S('mpan', m)}",
  "gas": {S('mprn', g)},
  "ts": 1(1764936000),
  "vals": [{K('2011')}, {K('2012')}, 17.25_1]
}}
"""
    return f"cbor_diag_{i:02d}.diag", txt

def xml_ns(d, i):
    m = d.mpan(); ser = d.eserial(); e = d.eui(); a = d.address(); p = d.person()
    txt = f"""<?xml version="1.0" encoding="UTF-8"?>
<MeterPoint xmlns="urn:example:mhhs:registration:v2" xmlns:a="urn:example:address" xmlns:x="urn:example:ext">
  <Header msgType="{K('IF-021')}" correlationId="{K(d.guid())}"/>
  <MPAN>{S('mpan', m)}</MPAN>
  <a:Address>
    <a:Line1>{S('address', (a['num'] or a['house']) + ' ' + a['street'], tokens=a['tokens'])}</a:Line1>
    <a:Town>{a['town']}</a:Town>
    <a:PostCode>{S('postcode', a['pc'])}</a:PostCode>
  </a:Address>
  <x:Note><![CDATA[Engineer: meter {S('eserial', ser)} swapped; contact {S('name', p['first'] + ' ' + p['last'], tokens=p['tokens'])} <tel:{S('phone', d.phone())}>]]></x:Note>
  <!-- old hub {S('eui', e, eui_fmt(e, 'dash'))} removed -->
</MeterPoint>
"""
    return f"registration_ns_{i:02d}.xml", txt

def soap_fault(d, i):
    m = d.mpan(); g = d.mprn()
    txt = f"""<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
 <soap:Body>
  <soap:Fault>
   <faultcode>soap:Client</faultcode>
   <faultstring>Validation failed for supply {S('mpan', m)}</faultstring>
   <detail>
    <v:ValidationError xmlns:v="urn:example:cdsp:v1">
      <v:Code>{K('E0042')}</v:Code>
      <v:Field>MPRN</v:Field>
      <v:Value>{S('mprn', g)}</v:Value>
      <v:TraceId>{K(d.guid())}</v:TraceId>
    </v:ValidationError>
   </detail>
  </soap:Fault>
 </soap:Body>
</soap:Envelope>
"""
    return f"soap_fault_{i:02d}.xml", txt

def odata(d, i):
    vals = []
    for n in range(3):
        m = d.mpan(); a = d.address(); p = d.person()
        vals.append({"@odata.etag": 'W/"' + K(str(d.r.randint(10**6, 10**7))) + '"', "cr123_supplynumber": S('mpan', m),
                     "cr123_customername": S('name', p['first'] + ' ' + p['last'], tokens=p['tokens']),
                     "cr123_siteaddress": S('address', d.addr_line(a), tokens=a['tokens']) + ", " + S('postcode', a['pc']),
                     "cr123_testcaseid": K(d.tc()), "createdon": K(d.ts())})
    b = {"@odata.context": K("https://org-qt.crm11.dynamics.example/api/data/v9.2/$metadata#cr123_testsupplies"),
         "value": vals, "@odata.nextLink": K("https://org-qt.crm11.dynamics.example/api/data/v9.2/cr123_testsupplies?$skiptoken=%3Ccookie%20pagenumber=%222%22%3E")}
    return f"odata_{i:02d}.json", json.dumps(b, indent=1)

def ndjson_nested(d, i):
    lines = []
    for n in range(4):
        m = d.mpan(); e = d.eui(); a = d.address()
        inner = json.dumps({"payload": {"mpan": S('mpan', m), "deviceId": S('eui', e, eui_fmt(e, 'dash')),
                                        "site": S('address', d.addr_line(a, 'nocomma'), tokens=a['tokens']) + " " + S('postcode', a['pc'])}})
        lines.append(json.dumps({"ts": K(d.ts()), "level": "INFO", "svc": "dip-adapter", "traceId": K(d.sha(32)),
                                 "msg": "outbound", "body": inner}))
    return f"dip_adapter_{i:02d}.ndjson", "\n".join(lines) + "\n"

def syslog5424(d, i):
    lines = []
    for n in range(4):
        m = d.mpan(); ser = d.eserial(); a = d.address()
        sd = f'[meta@32473 mpan="{S("mpan", m)}" msn="{S("eserial", ser)}" tc="{K(d.tc())}"]'
        msg = d.r.choice(["SITE", "reading accepted", "retry scheduled"])
        if msg == "SITE":
            msg = f"site update {S('address', d.addr_line(a), tokens=a['tokens'])} {S('postcode', a['pc'])}"
        lines.append(f"<134>1 {K(d.ts())} {K('qt-app-03')} regsvc {K(str(d.r.randint(1000, 65000)))} {K('ID47')} {sd} {msg}")
    return f"syslog_{i:02d}.log", "\n".join(lines) + "\n"

def winreg(d, i):
    p = d.person(); m = d.mpan(); e = d.eui()
    enc_name = (p['first'] + ' ' + p['last'])
    hexname = ",".join("%02x,00" % b for b in enc_name.encode('latin-1', 'replace'))
    txt = f"""Windows Registry Editor Version 5.00

[HKEY_CURRENT_USER\\Software\\ExampleVendor\\MeterTool\\Recent]
"LastMpan"="{S('mpan', m)}"
"LastDevice"="{S('eui', e, eui_fmt(e, 'dash'))}"
"Tester"=hex(2):{S('name', enc_name, hexname, tokens=p['tokens'], note='REG_EXPAND_SZ hex utf-16')},00,00
"Build"="{K(d.build())}"
"WindowPos"=dword:{K('000003e8')}
"""
    return f"metertool_{i:02d}.reg", txt

def mermaid(d, i):
    m = d.mpan(); e = d.eui()
    txt = f"""sequenceDiagram
    participant Sup as Supplier
    participant DIP
    participant MDS as MDS
    Sup->>DIP: {K('IF-031')} (MPAN {S('mpan', m)})
    DIP->>MDS: {K('PUB-031')}
    MDS-->>DIP: ack {K(d.guid())}
    Note over Sup,DIP: device {S('eui', e, eui_fmt(e, 'colon'))} in scope
"""
    return f"flow_{i:02d}.mmd", txt

def plantuml(d, i):
    m = d.mpan(); g = d.mprn()
    txt = f"""@startuml
actor Tester
Tester -> "DCC Adapter" : {K('SRV 8.1.1')} Commission
note right: MPAN {S('mpan', m)} / MPRN {S('mprn', g)}
"DCC Adapter" --> Tester : {K('N16')} response
@enduml
"""
    return f"seq_{i:02d}.puml", txt

def openapi(d, i):
    m = d.mpan(); p = d.person(); a = d.address(); e = d.eui()
    txt = f"""openapi: 3.0.3
info:
  title: {K('Meter Point Lookup')}
  version: {K('2.4.1')}
paths:
  /meterpoints/{{mpan}}:
    get:
      parameters:
        - name: mpan
          in: path
          example: "{S('mpan', m)}"
      responses:
        "200":
          content:
            application/json:
              examples:
                occupied:
                  value:
                    mpan: "{S('mpan', m)}"
                    occupier: {S('name', p['first'] + ' ' + p['last'], tokens=p['tokens'])}
                    address: "{S('address', d.addr_line(a), tokens=a['tokens'])}"
                    postcode: {S('postcode', a['pc'])}
                    chf: {S('eui', e, eui_fmt(e, 'dash'))}
                    etag: "{K(d.sha(16))}"
"""
    return f"openapi_{i:02d}.yaml", txt

def postman_env(d, i):
    m = d.mpan(); g = d.mprn(); e = d.eui(); em = d.email()
    b = {"id": K(d.guid()), "name": K("QT - UIT env"), "values": [
        {"key": "baseUrl", "value": K("https://uit.example.net/api"), "enabled": True},
        {"key": "mpan", "value": S('mpan', m), "enabled": True},
        {"key": "mprn", "value": S('mprn', g), "enabled": True},
        {"key": "esmeId", "value": S('eui', e, eui_fmt(e, 'dash')), "enabled": True},
        {"key": "notifyEmail", "value": S('email', em), "enabled": False},
        {"key": "apiKey", "value": K(d.sha(32)), "type": "secret"}],
        "_postman_variable_scope": "environment", "_postman_exported_at": K(d.ts())}
    return f"postman_environment_{i:02d}.json", json.dumps(b, indent="\t")

def compose_env(d, i):
    m = d.mpan(); ser = d.eserial(); p = d.person()
    txt = f"""services:
  stub:
    image: {K('registry.example.net/qt/dcc-stub:' + d.build())}
    environment:
      - TEST_MPAN={S('mpan', m)}
      - TEST_MSN={S('eserial', ser)}
      - TESTER_NAME={S('name', p['first'] + '_' + p['last'].replace(' ', '_'), tokens=p['tokens'])}
      - LOG_LEVEL=debug
    ports: ["{K('8081:8080')}"]
"""
    return f"docker-compose.{i:02d}.yml", txt

def k8s(d, i):
    m = d.mpan(); g = d.mprn(); a = d.address(); em = d.email()
    b1 = b64(m); b2 = b64(a['pc']); b3 = b64(em)
    txt = f"""apiVersion: v1
kind: ConfigMap
metadata:
  name: {K('qt-fixtures')}
data:
  FIXTURE_MPRN: "{S('mprn', g)}"
  FIXTURE_SITE: "{S('address', d.addr_line(a), tokens=a['tokens'])}"
---
apiVersion: v1
kind: Secret
metadata:
  name: {K('qt-fixtures-secret')}
type: Opaque
data:
  FIXTURE_MPAN: {S('mpan', m, b1, note='base64 k8s secret')}
  FIXTURE_POSTCODE: {S('postcode', a['pc'], b2, note='base64')}
  NOTIFY: {S('email', em, b3, note='base64')}
  API_TOKEN: {K(base64.b64encode(d.sha(24).encode()).decode())}
"""
    return f"k8s_fixtures_{i:02d}.yaml", txt

def shell_history(d, i):
    m = d.mpan(); e = d.eui(); g = d.mprn(); ser = d.eserial()
    txt = f"""cd ~/qt/wave3
git pull
python send_if.py --flow {K('IF-031')} --mpan {S('mpan', m)} --env uit
curl -s "https://uit.example.net/api/meterpoints/{S('mpan', m)}?include=meters" | jq .
grep -rn {S('eserial', ser)} logs/ | tail
./dcc-cli srv {K('8.1.1')} --device {S('eui', e, eui_fmt(e, 'dash'))}
psql -c "select * from gas_points where mprn='{S('mprn', g)}'"
history | tail -5
"""
    return f"bash_history_{i:02d}.txt", txt

def makefile(d, i):
    m = d.mpan(); e = d.eui()
    txt = f"""MPAN ?= {S('mpan', m)}
DEVICE ?= {S('eui', e, eui_fmt(e, '0x'))}
BUILD := {K(d.build())}

test-if031:
\tpytest tests/test_if031.py -k "{K('TC_0331')}" --mpan=$(MPAN)

commission:
\t./dcc-cli srv {K('8.1.1')} --device $(DEVICE)
"""
    return f"Makefile.{i:02d}.mk", txt

def parquet_schema(d, i):
    rows = []
    for n in range(3):
        m = d.mpan(); a = d.address()
        rows.append(f"{n:<3}{S('mpan', m):<16}{K('2026-12-0' + str(n + 1))}  {K('%.3f' % (d.r.random() * 50))}  {S('postcode', a['pc'])}")
    txt = f"""message schema {{
  optional binary mpan (STRING);
  optional int32 settlement_date (DATE);
  optional double kwh;
  optional binary postcode (STRING);
}}
created_by: {K('parquet-mr version 1.13.1')}
num_rows: {K('48211')}

   mpan            settlement_date  kwh     postcode
""" + "\n".join(rows) + "\n"
    return f"parquet_print_{i:02d}.txt", txt

def html_evidence(d, i):
    m = d.mpan(); a = d.address(); p = d.person(); e = d.eui(); ser = d.eserial()
    g = groups_mpan(m)
    style = i % 4
    if style == 0:
        mw = "&nbsp;".join(g)
    elif style == 1:
        mw = g[0] + "<mark>" + g[1] + "</mark>" + g[2] + "<b>" + g[3] + "</b>"
    elif style == 2:
        mw = m[:5] + "<wbr>" + m[5:9] + "<wbr>" + m[9:]
    else:
        mw = entities(m, dec=bool(i % 2))
    pcw = a['pc'].replace(" ", "&nbsp;")
    txt = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{K('Run report ' + d.tc())}</title></head>
<body>
<h1>{K('Step 4 – IF-031 response')}</h1>
<table>
<tr><th>MPAN</th><td>{S('mpan', m, mw, note='html split/entity')}</td></tr>
<tr><th>Meter</th><td><span>{ser[:4]}</span><span>{ser[4:]}</span></td></tr>
<tr><th>Customer</th><td>{S('name', p['first'] + ' ' + p['last'], p['first'] + '&nbsp;' + p['last'].replace("'", '&#39;'), tokens=p['tokens'])}</td></tr>
<tr><th>Site</th><td>{S('address', d.addr_line(a), (a['num'] or a['house']) + ' ' + a['street'], tokens=a['tokens'])}<br>{a['town']}<br>{S('postcode', a['pc'], pcw)}</td></tr>
<tr><th>CHF</th><td><code>{S('eui', e, eui_fmt(e, 'colon'))}</code></td></tr>
<tr><th>Correlation</th><td>{K(d.guid())}</td></tr>
</table>
</body></html>
"""
    S('eserial', ser, ser[:4], note='span split')
    return f"run_report_{i:02d}.html", txt

GENRES2 = [yaml_frontmatter, hcl, textproto, thrift_json, msgpack_dump, cbor_diag, xml_ns, soap_fault, odata, ndjson_nested,
           syslog5424, winreg, mermaid, plantuml, openapi, postman_env, compose_env, k8s, shell_history, makefile,
           parquet_schema, html_evidence]
