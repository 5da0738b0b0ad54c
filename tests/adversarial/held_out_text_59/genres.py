"""Genre templates. Each takes (d, rng, i) and returns the file text."""
import json, textwrap
from common import b64, hexs, pct


def kafka_console(d, r, i):
    m, _ = d.mpan(); e, ev = d.eui(); n, _ = d.name(); a, _ = d.addr()
    mp, _ = d.mprn(); g, _ = d.gser()
    hdr = "traceparent:00-%s-%s-01,correlationId:%s,source:crm-sync,x-b64-ctx:%s" % (d.kr("span") * 2, d.k("span"), d.k("corr"), b64("{\"premises\":\"%s\"}" % a.replace("\n", " ")))
    lines = []
    lines.append("$ kafka-console-consumer.sh --bootstrap-server kafka-sit:9092 --topic supply.events.v3 --from-beginning --property print.key=true --property print.headers=true --property print.timestamp=true --property print.offset=true")
    lines.append("CreateTime:%s\tPartition:%d\tOffset:%s\t%s\t%s\t%s" % (d.k("epochms"), r.randint(0, 11), d.kr("offset").split("=")[1], hdr, m,
                 json.dumps({"event": "RegistrationChanged", "mpan": m, "ref": d.k("mpanref"), "device": ev.lower(), "ts": d.k("ts")}, ensure_ascii=False)))
    lines.append("CreateTime:%s\tPartition:%d\tOffset:%s\tNO_HEADERS\t%s\t{\"event\":\"GasMeterExchanged\",\"mprn\":\"%s\",\"oldSerial\":\"%s\",\"customer\":\"%s\",\"version\":\"%s\"}"
                 % (d.k("epochms"), r.randint(0, 11), d.kr("offset").split("=")[1], mp, mp, g, n, d.k("ver")))
    lines.append("CreateTime:%s\tPartition:%d\tOffset:%s\tkey-format:hex\t%s\tnull" % (d.k("epochms"), r.randint(0, 11), d.kr("offset").split("=")[1], hexs(ev)))
    lines.append("Processed a total of %d messages" % r.randint(3, 900))
    return "\n".join(lines) + "\n"


def splunk_csv(d, r, i):
    rows = ['"_time","host","source","sourcetype","_raw"']
    for j in range(3):
        k = j % 3
        if k == 0:
            m, _ = d.mpan(); ph, _ = d.phone()
            raw = '%s INFO  [RegSvc] lookup ok mpan=%s contact=""%s"" trace=%s' % (d.k("ts"), m, ph, d.k("corr"))
        elif k == 1:
            a, _ = d.addr(); n, _ = d.name()
            raw = '%s WARN  [Addr] premises address ""%s"" for ""%s"" not matched, job=%s' % (d.k("ts"), a, n, d.k("job"))
        else:
            es, _ = d.eser(); em, _ = d.email()
            raw = '%s ERROR [Notify] bounce for %s meter=%s err=%s' % (d.k("ts"), em, es, d.k("err"))
        rows.append('"%s","app-sit-0%d","/var/log/reg/app.log","reg:json","%s"' % (d.k("date"), r.randint(1, 4), raw))
    return "\n".join(rows) + "\n"


def kibana_json(d, r, i):
    m, mv = d.mpan(); e, _ = d.eui(); n, _ = d.name(); pcs, _ = d.pc(); g, _ = d.gser()
    hits = [{"_index": "smets-sit-%s" % d.kr("date").replace("/", "."), "_id": d.k("uuid"), "_score": None,
             "_source": {"@timestamp": d.k("ts"), "log.level": "info", "message": "Install complete for MPAN %s, CHF %s, engineer note: customer %s at %s" % (m, e, n, pcs),
                         "labels": {"testCase": d.k("tc"), "dip": d.k("dip")}, "gasMeter": g}}]
    return json.dumps({"took": r.randint(2, 90), "timed_out": False, "hits": {"total": {"value": 1}, "hits": hits}}, indent=2, ensure_ascii=(i % 2 == 0)) + "\n"


def confluence_xhtml(d, r, i):
    m, _ = d.mpan(); a, _ = d.addr(); n, _ = d.name(); e, _ = d.eui(); es, _ = d.eser(); ph, _ = d.phone()
    return ("""<ac:layout><ac:layout-section ac:type="single"><ac:layout-cell>
<h2>SIT Defect triage %s</h2>
<ac:structured-macro ac:name="info" ac:schema-version="1"><ac:rich-text-body><p>Site visit for <strong>%s</strong> (%s).</p></ac:rich-text-body></ac:structured-macro>
<table><tbody><tr><th><p>Field</p></th><th><p>Value</p></th></tr>
<tr><td><p>MPAN</p></td><td><p>%s</p></td></tr>
<tr><td><p>Premises</p></td><td><p>%s</p></td></tr>
<tr><td><p>ESME GUID</p></td><td><p><code>%s</code></p></td></tr>
<tr><td><p>Meter serial</p></td><td><p>%s</p></td></tr>
<tr><td><p>Reference</p></td><td><p>%s / %s</p></td></tr></tbody></table>
<ac:structured-macro ac:name="code"><ac:parameter ac:name="language">json</ac:parameter><ac:plain-text-body><![CDATA[{"build":"%s","ticket":"%s","ts":"%s"}]]></ac:plain-text-body></ac:structured-macro>
<ac:structured-macro ac:name="jira"><ac:parameter ac:name="key">%s</ac:parameter></ac:structured-macro>
</ac:layout-cell></ac:layout-section></ac:layout>
""" % (d.k("ver"), n, ph, m, a, e, es, d.k("mpanref"), d.k("tc"), d.k("build"), d.k("ticket"), d.k("ts"), d.k("ticket")))


def confluence_wiki(d, r, i):
    m, _ = d.mpan(); mp, _ = d.mprn(); g, _ = d.gser(); n, _ = d.name(); a, _ = d.addr(); em, _ = d.email()
    return """h1. Retest evidence %s
{panel:title=Customer|borderStyle=dashed}
*Name:* %s
*Email:* %s
*Address:* %s
{panel}
||Item||Value||Ref||
|MPAN|{color:red}%s{color}|%s|
|MPRN|%s|%s|
|Gas meter|{{%s}}|%s|
{noformat}
%s retest passed in %s, %s
{noformat}
""" % (d.k("tc"), n, em, a.replace("\n", " \\\\ "), m, d.k("mpanref"), mp, d.k("dip"), g, d.k("flow"), d.k("ts"), d.k("dur"), d.k("count"))


def paginated_report(d, r, i):
    hdr = lambda p: "\f%-40s%40s\nMETER EXCEPTIONS REPORT  RUN %s%30s\n%s\n" % ("NORTHERN DSO - SIT2", "PAGE %4d" % p, d.k("date"), d.k("job"), "-" * 80)
    out = [hdr(1)]
    for j in range(4):
        m, mv = d.mpan(form="plain" if j % 2 else None); es, _ = d.eser(); n, _ = d.name(); a, _ = d.addr(form="lines")
        rec = "%-3d MPAN %-20s SER %-16s\n    CUST %-30s\n    %s\n    AMT %s  REF %s\n" % (j + 1, m, es, n, a.replace("\n", "\n    "), d.k("amount"), d.k("mpanref"))
        if j == 1:
            lines = rec.split("\n")
            rec = "\n".join(lines[:3]) + "\n" + "%75s\n" % "(continued)" + hdr(2) + "    (cont'd from page 1)\n" + "\n".join(lines[3:])
        out.append(rec)
    # split a full MPAN across the page boundary
    core, _ = d.mpan21(style="flat")
    out.append("5   SUPPLY NUMBER %s\n%s%s-%s" % (core[:11], "%75s\n" % "(continued)", hdr(3), core[11:]))
    out.append("\n*** END OF REPORT  %s ***\n" % d.k("count"))
    return "".join(out)


def ocr_letter(d, r, i):
    n, nv = d.name(); a, _ = d.addr(form="lines"); m, _ = d.mpan(form="ocr"); mp, _ = d.mprn(form=["ocr", "plain", "spaced"][i % 3])
    es, _ = d.eser(form="lower" if i % 2 else "ocr")
    word = nv.split(" ")[-1]
    return """%s

%s

Our ref: %s                                 %s

Dear %s,

Your electricity supply (MPAN %s) and gas supply (MPRN %s)
We have exami-
ned the meter (serial no. %s) and conﬁrmed that the ﬁrst reading
of %s was correct. If you have any questions please c all us quot-
ing %s.

Yours sincerely,

Complaints Team   %s
""" % ("E N E R G Y   S U P P L Y   L T D", a, d.k("ticket"), d.k("date"), n, m, mp, es, d.k("kwh"), d.k("invoice"), d.k("ver"))


def pdf_table_cells(d, r, i):
    cells = ["Supply Number", "Customer", "Site address", "Meter", "Read date", "Ref"]
    core, _ = d.mpan21(style="cells" if i % 2 == 0 else "box")
    n, _ = d.name(); a, _ = d.addr(form="lines"); es, _ = d.eser()
    g, _ = d.gser(); mp, _ = d.mprn()
    vals = [core, n, a, es, d.k("date"), d.k("mpanref")]
    vals2 = [mp, d.k("tc"), d.k("amount"), g, d.k("date"), d.k("invoice")]
    return "\n".join(cells) + "\n" + "\n".join(vals) + "\n" + "\n".join(vals2) + "\nPage 1 of 1\n"


def euro_csv(d, r, i):
    rows = ["Zählpunkt;Kunde;Adresse;Verbrauch;Betrag;Ref"]
    for j in range(3):
        m, _ = d.mpan(form=["thousands-dot", "plain", "excel-formula", "sep:,", "thousands", "excel-apos"][(i + j) % 6])
        n, _ = d.name(); pcs, _ = d.pc()
        rows.append('%s;"%s";"%s";%s;%s;%s' % (m, n, pcs, "%d,%03d" % (r.randint(0, 999), r.randint(0, 999)), d.kr("amount").replace(".", ","), d.k("mpanref")))
    return "\n".join(rows) + "\n"


def form_urlencoded(d, r, i):
    import urllib.parse
    m, mv = d.mpan(form="plain"); n, nv = d.name(form="plain"); a, av = d.addr(form="prose"); ph, _ = d.phone(form="e164"); em, _ = d.email(form="plain")
    for rec in d.ids:
        rec["form"] = "x-www-form-urlencoded value (%s)" % rec["form"]
    body = urllib.parse.urlencode({"mpan": m, "customer_name": n, "address": a, "phone": ph, "email": em, "ref": d.kr("mpanref"), "ts": d.kr("ts")})
    es, _ = d.eser(); g, _ = d.gser()
    if i % 2:
        return "POST /api/v2/appointments HTTP/1.1\r\nHost: booking-sit.internal\r\nContent-Type: application/x-www-form-urlencoded\r\nX-Request-Id: %s\r\n\r\n%s&meter=%s&gas=%s\r\n" % (d.k("uuid"), body, es, g)
    bd = "----WebKitFormBoundary" + d.kr("sha")
    f64 = b64("mpan,serial\n%s,%s\n" % (mv, es))
    return ("POST /upload HTTP/1.1\r\nContent-Type: multipart/form-data; boundary=%s\r\n\r\n--%s\r\nContent-Disposition: form-data; name=\"customer\"\r\n\r\n%s\r\n"
            "--%s\r\nContent-Disposition: form-data; name=\"file\"; filename=\"reads_%s.csv\"\r\nContent-Type: text/csv\r\nContent-Transfer-Encoding: base64\r\n\r\n%s\r\n"
            "--%s\r\nContent-Disposition: form-data; name=\"gas\"\r\n\r\n%s\r\n--%s\r\nContent-Disposition: form-data; name=\"q\"\r\n\r\n%s\r\n--%s--\r\n") % (
        bd, bd, n, bd, mv, f64, bd, g, bd, body, bd)


def py_traceback(d, r, i):
    m, mv = d.mpan(); mp, _ = d.mprn(form="plain"); n, _ = d.name(); e, ev = d.eui(); pcs, _ = d.pc()
    es, esv = d.eser(form="lower")
    bs = "".join("\\x%02x" % b for b in ("MPAN:" + mv).encode())
    return """============================= FAILURES =============================
___________________ test_change_of_supply[%s] ___________________
    def test_change_of_supply(client, supply):
>       assert resp.status_code == 200, resp.text
E       AssertionError: {"error":"%s","detail":"MPRN %s already registered to %s"}
E       assert 409 == 200

supply     = Supply(mpan='%s', device_id='%s', postcode='%s', serial='%s')
raw        = b'%s\\r\\n'
ref        = '%s'
tests/test_cos.py:88: AssertionError
Traceback (most recent call last):
  File "/opt/harness/clients/reg.py", line 212, in lookup
    raise LookupError(f"no registration for {mpan!r}")
LookupError: no registration for '%s'
================ 1 failed, %d passed in %s ================
""" % (d.k("tc"), d.k("err"), mp, n, m, e, pcs, es, bs, d.k("mpanref"), mv, r.randint(3, 80), d.k("dur"))


def java_stack(d, r, i):
    g, gv = d.gser(); mp, _ = d.mprn(); n, _ = d.name(); a, _ = d.addr(form="log"); e, _ = d.eui(form="0x" if i % 2 else None)
    return """%s ERROR 4412 --- [nio-8080-exec-7] c.e.m.web.GlobalExceptionHandler : Request failed [corr=%s]
com.energy.meter.ValidationException: Gas meter %s not found for MPRN %s
\tat com.energy.meter.service.MeterService.exchange(MeterService.java:142)
\tat com.energy.meter.web.MeterController.post(MeterController.java:57)
Caused by: org.springframework.dao.EmptyResultDataAccessException: Incorrect result size: expected 1, actual 0 for Customer{name='%s', address='%s', deviceId=%s, version=%s}
\tat org.springframework.dao.support.DataAccessUtils.nullableSingleResult(DataAccessUtils.java:97)
\t... %d common frames omitted
""" % (d.k("ts"), d.k("corr"), g, mp, n, a, e, d.k("ver"), r.randint(10, 80))


def dotnet_exc(d, r, i):
    m, _ = d.mpan(); es, _ = d.eser(); ph, _ = d.phone(); em, _ = d.email(); n, _ = d.name()
    return """Unhandled exception. System.ArgumentException: MPAN '%s' failed checksum (Parameter 'mpan')
   at Energy.Reg.MpanValidator.Validate(String mpan) in D:\\a\\1\\s\\src\\MpanValidator.cs:line 44
   at Energy.Reg.Api.Controllers.SupplyController.Get(String id) in D:\\a\\1\\s\\src\\SupplyController.cs:line 31
  Data:
    MeterSerial: %s
    ContactPhone: %s
    ContactEmail: %s
    Customer: %s
    CorrelationId: %s
    TestRef: %s
  HResult: -2147024809
--- End of inner exception stack trace --- build %s, elapsed %s
""" % (m, es, ph, em, n, d.k("corr"), d.k("mpanref"), d.k("build"), d.k("dur"))


def bash_xtrace(d, r, i):
    m, mv = d.mpan(); e, ev = d.eui(); n, _ = d.name(form="plain"); pcs, _ = d.pc(); g, _ = d.gser()
    return """+ set -euo pipefail
+ MPAN=%s
+ DEVICE=%s
++ jq -r .customer.name fixtures/%s.json
+ NAME='%s'
+ curl -sS -X POST https://dcc-sim.sit/api/v1/commission -H 'X-Ref: %s' -d '{"mpan":"%s","device":"%s","postcode":"%s"}'
{"status":"ACCEPTED","requestId":"%s-%s","job":"%s"}
+ echo 'gas meter %s commissioned'
gas meter %s commissioned
+ exit 0
""" % (mv, ev, d.k("tc"), n, d.k("mpanref"), m, e, pcs, ev.replace("-", ""), d.kr("seq").replace("#", ""), d.k("job"), g, g)


def ci_log(d, r, i):
    m, _ = d.mpan(); mp, _ = d.mprn(); es, _ = d.eser(); a, _ = d.addr(form="log"); n, _ = d.name()
    return """2026-12-05T09:1%d:03.1123456Z ##[group]Run make regression SUITE=cos
2026-12-05T09:1%d:03.1130000Z make[1]: Entering directory '/home/runner/work/reg/reg'
2026-12-05T09:1%d:04.0000000Z \x1b[32mPASSED\x1b[0m tests/cos/test_flow.py::test_d0055[%s] %s
2026-12-05T09:1%d:04.5000000Z \x1b[31mFAILED\x1b[0m tests/cos/test_flow.py::test_d0086[mpan=%s-mprn=%s] - AssertionError: serial %s
2026-12-05T09:1%d:04.6000000Z   fixture customer=%s site="%s"
2026-12-05T09:1%d:05.0000000Z ##[endgroup]
2026-12-05T09:1%d:05.1000000Z ##[error]Process completed with exit code 2. runner %s %s
""" % (i, i, i, d.k("tc"), d.k("dur"), i, m, mp, es, i, n, a, i, i, d.k("ver"), d.k("build"))


def erlang_terms(d, r, i):
    m, mv = d.mpan(form="charcodes" if i % 3 == 0 else None); e, ev = d.eui(); n, nv = d.name(); pcs, _ = d.pc()
    bin_ = ",".join(str(b) for b in ev.encode())
    return """=ERROR REPORT==== 5-Dec-2026::10:%02d:11.%03d ===
** Generic server reg_cache terminating
** Last message in was {lookup,<<"%s">>}
** When Server state == #{ref => <<"%s">>,customer => <<"%s"/utf8>>,
                          postcode => <<"%s">>,device => <<%s>>,
                          seq => %d, dip => <<"%s">>}
** Reason for termination ==
** {badmatch,{error,not_found,"%s"}}
""" % (r.randint(0, 59), r.randint(0, 999), m, d.k("mpanref"), n, pcs, bin_, r.randint(1, 9999), d.k("dip"), d.k("err"))


def edn(d, r, i):
    m, _ = d.mpan(); mp, _ = d.mprn(); g, _ = d.gser(); a, _ = d.addr(); n, _ = d.name(); em, _ = d.email()
    return """;; fixture captured from REPL %s
{:supply/mpan "%s"
 :supply/mprn %s
 :meter/gas-serial "%s"
 :customer {:name "%s" :email "%s" :address "%s"}
 :test/ref "%s" :test/case "%s"
 :at #inst "%s"}
""" % (d.k("ver"), m, mp if mp.isdigit() else '"%s"' % mp, g, n, em, a.replace('"', '\\"').replace("\n", "\\n"), d.k("mpanref"), d.k("tc"), d.k("ts"))


def json5(d, r, i):
    m, _ = d.mpan(); e, ev = d.eui(form="0x"); es, _ = d.eser(); ph, _ = d.phone(); a, _ = d.addr(); n, _ = d.name()
    return """// hjson/json5 fixture for SMETS2 install %s
{
  mpan: '%s', // supply point
  chf: %s,
  esme: {serial: '%s',},
  contact: {name: "%s", phone: '%s'},
  site: '%s',
  ref: "%s", dip: "%s", ts: "%s",
}
""" % (d.k("tc"), m, e, es, n, ph, a.replace("\n", "\\n").replace("'", "\\'"), d.k("mpanref"), d.k("dip"), d.k("ts"))


def cue_dhall(d, r, i):
    m, _ = d.mpan(); g, _ = d.gser(); mp, _ = d.mprn(); n, _ = d.name(); pcs, _ = d.pc()
    if i % 2:
        return """let Supply = { mpan : Text, mprn : Text, gasMeter : Text, customer : Text, postcode : Text }
in  { mpan = "%s", mprn = "%s", gasMeter = "%s", customer = "%s", postcode = "%s", ref = "%s", job = "%s" } : Supply
""" % (m, mp, g, n, pcs, d.k("mpanref"), d.k("job"))
    return """package fixtures
// %s
supply: {
\tmpan:     "%s"
\tmprn:     "%s"
\tgasMeter: "%s"
\tcustomer: "%s"
\tpostcode: "%s"
\tref:      "%s" & =~"^MPAN-REF"
\tbuild:    "%s"
}
""" % (d.k("ts"), m, mp, g, n, pcs, d.k("mpanref"), d.k("build"))


def sas_log(d, r, i):
    m, mv = d.mpan(form="plain"); m2, _ = d.mpan(); n, _ = d.name(form="upper"); pcs, _ = d.pc(); es, _ = d.eser()
    return """1    data work.exceptions;
2      set sit.reads(where=(mpan_core="%s"));
3      put 'Exception for ' mpan_core= serial= ;
4    run;

Exception for mpan_core=%s serial=%s
NOTE: There were %d observations read from the data set SIT.READS.
NOTE: DATA statement used (Total process time): real time %s

                          The SAS System     %s

Obs    MPAN_CORE         CUST_NAME                     POSTCODE    REF
  1    %-16s  %-28s  %-10s  %s
""" % (mv, m2, es, r.randint(1, 9999), d.k("dur"), d.k("date"), mv, n, pcs, d.k("mpanref"))


def r_dataframe(d, r, i):
    rows = []
    for j in range(3):
        m, _ = d.mpan(form=["plain", "excel-apos", "spaced"][j]); g, _ = d.gser(); pcs, _ = d.pc(form=["plain", "nospace", "lower"][j])
        rows.append((m, g, pcs, d.k("kwh"), d.k("mpanref")))
    out = "> print(reads, width = 60)\n# A tibble: 3 x 5\n  mpan          gas_serial      postcode  kwh          ref\n  <chr>         <chr>           <chr>     <chr>        <chr>\n"
    for j, row in enumerate(rows):
        out += "%d %-13s %-15s %-9s %-12s %s\n" % ((j + 1,) + row)
    mv = d.mpan(form="plain")[1]
    out += ">> format long g\n>> mpan = %s\nmpan =\n\n  %s\n\n>> x = %s\nx =\n   1.0e+12 *\n\n   %s\n" % (mv, mv, mv, "%.12f" % (int(mv) / 1e12))
    return out


def cobol_dump(d, r, i):
    m, mv = d.mpan(form="zoned-hex" if i % 2 == 0 else "comp3"); es, _ = d.eser(); n, _ = d.name(form="upper")
    m2, _ = d.mpan(form="plain")
    return """       01  SUPPLY-REC.
           05  SR-MPAN-CORE       PIC 9(13).
           05  SR-MPAN-PACKED     PIC S9(13) COMP-3.
           05  SR-SERIAL          PIC X(12).
           05  SR-NAME            PIC X(30).
 DUMP OF SUPPLY-REC AT 0003A1F0  JOB %s
 SR-MPAN (HEX) ..... %s
 SR-MPAN-CORE ...... %s
 SR-SERIAL ......... %s
 SR-NAME ........... %-30s
 SR-REF ............ %s     RC=%s
""" % (d.k("job"), m, m2, es, n, d.k("mpanref"), d.k("err"))


def jcl_sysout(d, r, i):
    m, _ = d.mpan(); mp, _ = d.mprn(); n, _ = d.name(form="upper"); a, _ = d.addr(form="upper")
    return """1                       J E S 2  J O B  L O G  --  S Y S T E M  S Y S 1
0
 10.14.22 %s  $HASP373 REGXTR01 STARTED - INIT 4    - CLASS A
 10.14.22 %s  IEF403I REGXTR01 - STARTED
 //REGXTR01 JOB (ACCT),'SIT EXTRACT',CLASS=A,MSGCLASS=X
 //STEP01   EXEC PGM=REGX100,PARM='MPAN=%s'
 //SYSPRINT DD SYSOUT=*
 REGX100I RECORD REJECTED MPRN=%s CUST=%s
 REGX100I ADDR=%s
 IEF142I REGXTR01 STEP01 - STEP WAS EXECUTED - COND CODE 0004
 REGX100I REF=%s COUNT=%d
""" % (d.k("job"), d.k("job"), m, mp, n, a.replace("\n", " "), d.k("mpanref"), r.randint(1, 9999))


def as400_spool(d, r, i):
    m, _ = d.mpan(); es, _ = d.eser(); n, _ = d.name(); a, _ = d.addr(form="lines"); g, _ = d.gser()
    lines = a.split("\n")
    return """ 5722SS1 V7R4M0  190621                 Meter Exceptions          %s  Page    1
  Supply . . . . . . . . . :   %s
  Elec meter . . . . . . . :   %s
  Gas meter  . . . . . . . :   %s
  Customer . . . . . . . . :   %s
  Address  . . . . . . . . :   %s
""" % (d.k("date"), m, es, g, n, lines[0]) + "".join("                               %s\n" % l for l in lines[1:]) + \
        "  Reference  . . . . . . . :   %s\n  Job  . . . . . . . . . . :   %s\n                           * * * * *  E N D  O F  L I S T I N G  * * * * *\n" % (d.k("mpanref"), d.k("job"))


def mq_dump(d, r, i):
    m, mv = d.mpan(form="plain"); n, nv = d.name(form="plain"); e, ev = d.eui(form="plain")
    payload = json.dumps({"mpan": mv, "name": nv, "device": ev, "ref": d.kr("mpanref")}, ensure_ascii=False).encode()
    for rec in d.ids:
        rec["form"] = "mq-hexdump(hex cols + ascii col split at 16 bytes)"
    out = ["****Message descriptor****", "  MsgId : X'414D5120514D31202020202020202020%s'" % d.kr("span").upper(),
           "  Format : 'MQSTR   '   Priority : 0   Persistence : 1", "  PutDate : '%s'" % d.kr("date").replace("/", ""),
           "****   Message      ****", "", " length - %d of %d bytes" % (len(payload), len(payload)), ""]
    for off in range(0, len(payload), 16):
        ch = payload[off:off + 16]
        hx = " ".join(ch[j:j + 2].hex().upper() for j in range(0, len(ch), 2))
        asc = "".join(chr(c) if 32 <= c < 127 else "." for c in ch)
        out.append("%08X:  %-40s '%s'" % (off, hx, asc))
    es, _ = d.eser()
    out.append("")
    out.append("No more messages  (meter %s, %s)" % (es, d.k("ticket")))
    return "\n".join(out) + "\n"


def swift_mt(d, r, i):
    n, nv = d.name(form="upper"); first, town, pcv = None, None, None
    a, (first, town, pcv) = d.addr(form="upper")
    m, mv = d.mpan(form="plain"); ph, _ = d.phone(form="nospace")
    addr = (first + " " + town + " " + pcv).upper()
    a35 = textwrap.wrap(addr, 35)
    rem = "ENERGY REFUND MPAN %s TEL %s REF %s" % (mv, ph, d.kr("mpanref"))
    r35 = [rem[j:j + 35] for j in range(0, len(rem), 35)]
    return "{1:F01ENRGGB2LAXXX%s}{2:I103BARCGB22XXXXN}{4:\n:20:%s\n:23B:CRED\n:32A:%s%s\n:50K:/%s\n%s\n:59:/%s\n%s\n%s\n:70:%s\n:71A:SHA\n-}\n" % (
        d.kr("seq").replace("seq#", "").zfill(10), d.k("batch"), "261205GBP", d.kr("amount").replace("£", "").replace(".", ","), "GB29NWBK60161331926819",
        "ENERGY SUPPLY LTD", "GB94BARC20201530093459", n, "\n".join(a35), "\n".join(r35))


def bacs18(d, r, i):
    lines = ["VOL1%s                               1                                          1" % d.kr("job")[:6],
             "HDR1A %s" % d.k("batch")]
    for j in range(3):
        nm, nv = d.name(form="upper")
        m, mv = d.mpan(form="plain")
        ref = ("MPAN%s" % mv)[:18]
        pay = nv.upper().replace("'", "")[:18]
        lines.append("%06d%08d0%s%06d%08d%04d%011d%-18s%-18s%-18s" % (r.randint(100000, 999999), r.randint(10000000, 99999999), "17",
                     r.randint(100000, 999999), r.randint(10000000, 99999999), 0, r.randint(100, 99999), "ENERGY SUPPLY", ref, pay))
    lines.append("EOF1 %s %s" % (d.k("count"), d.k("date")))
    return "\n".join(lines) + "\n"


def cdr_ivr(d, r, i):
    ph, pv = d.phone(form="nospace" if i % 2 else "e164"); ph2, _ = d.phone(form="0044"); m, mv = d.mpan(form="dtmf")
    mp, _ = d.mprn(form="dtmf"); n, _ = d.name()
    return """callid,start,answer,end,caller,callee,trunk,duration,disposition
%s,%s,%s,%s,%s,08001234567,SIP-TRK-2,%s,ANSWERED
--- IVR session %s ---
%s prompt=welcome.wav lang=en-GB
%s prompt=enter_mpan.wav collect max=21
%s DTMF collected: %s #
%s DTMF collected (mprn): %s #
%s ASR name capture: "%s" confidence 0.82
%s transfer queue=COMPLAINTS ani=%s
""" % (d.k("uuid"), d.k("ts"), d.k("ts"), d.k("ts"), ph, d.k("dur"), d.k("corr"), d.k("ts"), d.k("ts"), d.k("ts"), m, d.k("ts"), mp, d.k("ts"), n, d.k("ts"), ph2)


def ssml(d, r, i):
    m, mv = d.mpan(); ph, _ = d.phone(); n, _ = d.name(); pcs, _ = d.pc(); es, _ = d.eser()
    g = [mv[:2], mv[2:6], mv[6:10], mv[10:]]
    return """<?xml version="1.0"?>
<speak version="1.1" xml:lang="en-GB"><!-- prompt %s %s -->
  <p>Hello <sub alias="%s">the customer</sub>. Your supply number is
  <say-as interpret-as="digits">%s</say-as><break time="300ms"/><say-as interpret-as="digits">%s</say-as>
  <break time="300ms"/><say-as interpret-as="digits">%s</say-as><break/><say-as interpret-as="digits">%s</say-as>.</p>
  <p>We will call <say-as interpret-as="telephone">%s</say-as>. Postcode <say-as interpret-as="characters">%s</say-as>.</p>
  <p>Meter <prosody rate="slow">%s</prosody>. Reference %s.</p>
</speak>
""" % (d.k("tc"), d.k("ver"), n, g[0], g[1], g[2], g[3], ph, pcs, es, d.k("mpanref"))


def strace(d, r, i):
    m, mv = d.mpan(form="plain"); e, ev = d.eui(form="plain"); n, nv = d.name(form="plain"); g, _ = d.gser(form="plain")
    body = '{"mpan":"%s","device":"%s","name":"%s"}' % (mv, ev, nv)
    oct_ = "".join("\\%o" % b if b > 127 else chr(b) for b in body.encode())
    for rec in d.ids:
        if rec["kind"] in ("eui64", "name"):
            rec["form"] = "strace-truncated-split+octal-utf8"
    return """%d  connect(5, {sa_family=AF_INET, sin_port=htons(8443), sin_addr=inet_addr("%s")}, 16) = 0
%d  write(5, "POST /dcc/commission HTTP/1.1\\r\\nX-Ref: %s\\r\\n"..., 64) = 64
%d  write(5, "%s"..., %d) = %d
%d  read(5, "HTTP/1.1 202 Accepted\\r\\n\\r\\n{\\"gasMeter\\":\\"%s\\"}", 4096) = 48
%d  +++ exited with 0 +++ %s
""" % (r.randint(1000, 9999), d.k("ip"), r.randint(1000, 9999), d.k("mpanref"), r.randint(1000, 9999), oct_[:32], len(body), len(body),
       r.randint(1000, 9999), g, r.randint(1000, 9999), d.k("dur")) + \
        "tcpdump -A: ....E..(%s....%s\n" % (oct_[32:], d.k("corr"))


def prom_metrics(d, r, i):
    m, _ = d.mpan(); es, _ = d.eser(); e, _ = d.eui(); g, _ = d.gser(); mp, _ = d.mprn()
    return """# HELP meter_read_failures_total Failed reads by meter
# TYPE meter_read_failures_total counter
meter_read_failures_total{mpan="%s",serial="%s",env="sit",build="%s"} %d
meter_read_failures_total{device="%s",env="sit",ref="%s"} %d
gas_read_latency_seconds_bucket{mprn="%s",meter="%s",le="0.5"} %d
# scrape %s %s
""" % (m, es, d.k("build"), r.randint(1, 99), e, d.k("mpanref"), r.randint(1, 99), mp, g, r.randint(1, 99), d.k("ts"), d.k("dur"))


def gdb_bt(d, r, i):
    m, mv = d.mpan(form="plain"); e, ev = d.eui(form="plain"); es, _ = d.eser()
    arr = ", ".join("%d '%s'" % (ord(c), c) for c in mv[:13])
    return """Program received signal SIGSEGV, Segmentation fault.
#0  0x00007f3a1c2d4e10 in mpan_validate (s=0x55d1c0a0 "%s") at mpan.c:%d
#1  0x000055d1bf12a3c4 in process_record (rec=0x7ffd4b2c, dev=0x55d1c0b8 "%s") at reader.c:%d
(gdb) p rec->core
$1 = {%s, 0 '\\000'}
(gdb) p rec->serial
$2 = "%s"
(gdb) info frame  %s %s
""" % (mv, r.randint(10, 300), ev, r.randint(10, 300), arr, es, d.k("sha"), d.k("ver"))


def whatsapp(d, r, i):
    n, _ = d.name(); a, _ = d.addr(); m, _ = d.mpan(); ph, _ = d.phone(); es, _ = d.eser(); g, _ = d.gser()
    who = ["Engineer Dave", "Ops Desk"]
    return """[05/12/2026, 08:1%d:02] %s: On site now 🚐 %s
[05/12/2026, 08:1%d:40] %s: Customer is %s 👍 number %s
[05/12/2026, 08:2%d:11] %s: MPAN on the cut-out label: %s ⚡
[05/12/2026, 08:2%d:15] %s: old meter %s, gas %s 🔥 job %s
[05/12/2026, 08:3%d:00] %s: ✅ closed %s
""" % (i, who[0], a.replace("\n", " "), i, who[1], n, ph, i, who[0], m, i, who[0], es, g, d.k("job"), i, who[1], d.k("ticket"))


def kml_route(d, r, i):
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>Route %s</name>' % d.k("job")]
    for j in range(2):
        n, _ = d.name(); a, _ = d.addr(); m, _ = d.mpan(); e, _ = d.eui()
        out.append("<Placemark><name>%s</name><address>%s</address><description><![CDATA[MPAN %s<br/>CHF %s<br/>ref %s]]></description>"
                   "<ExtendedData><Data name=\"ts\"><value>%s</value></Data></ExtendedData><Point><coordinates>-%d.%04d,5%d.%04d,0</coordinates></Point></Placemark>"
                   % (n, a, m, e, d.k("mpanref"), d.k("ts"), r.randint(0, 4), r.randint(0, 9999), r.randint(0, 5), r.randint(0, 9999)))
    out.append("</Document></kml>")
    return "\n".join(out) + "\n"


def propagation_notes(d, r, i):
    # value masked-looking in one place and repeated in another form elsewhere
    m, mv = d.mpan(form="plain"); e, ev = d.eui(form="plain"); g, gv = d.gser(form="plain"); mp, mpv = d.mprn(form="plain")
    n, nv = d.name(form="plain")
    forms = [
        "req_id=REQ-%s-%s" % (mv, d.kr("seq").replace("seq#", "")),
        "file=evidence/%s_%s.json" % (ev.replace("-", "").lower(), d.kr("date").replace("/", "")),
        "cache-key: gm:%s:v2" % gv.lower(),
        "lookup /gas/%s/reads?from=%s" % (mpv[::1], d.k("date")),
        "display name %s; login %s" % (nv.split(" ")[0][0] + nv.split(" ", 1)[1].replace(" ", ""), d.k("corr")),
        "device %s" % ev.replace("-", ":").lower(),
        "MPAN core reversed in UI bug: %s" % " ".join(mv[j:j + 3] for j in range(0, 13, 3)),
    ]
    for x, kind in [(mv, "mpan"), (ev, "eui64"), (gv, "gas-serial"), (mpv, "mprn")]:
        for rec in d.ids:
            if rec["value"] == x:
                rec["form"] += "+propagated"
    return "Handover %s (%s)\nMPAN: %s\nESME: %s\nGas meter: %s\nMPRN: %s\nCustomer: %s\n\nLater in the log:\n  %s\n" % (
        d.k("tc"), d.k("ts"), m, e, g, mp, n, "\n  ".join(forms))


def encoded_blobs(d, r, i):
    m, mv = d.mpan(); m2, _ = d.mpan(); e, _ = d.eui(); a, _ = d.addr(form=["b64", "pct", "prose"][i % 3]); ph, _ = d.phone(form=["b64", "plain"][i % 2])
    em, _ = d.email(); n, _ = d.name(form=["b64", "plain", "ent" if d.html else "lower"][i % 3])
    return """--- decoded fields from capture %s ---
payload.b=%s
trace.mpan=%s
device=%s
address=%s
contact=%s / %s
customer=%s
meta: ref=%s ver=%s ts=%s
""" % (d.k("uuid"), m, m2, e, a, ph, em, n, d.k("mpanref"), d.k("ver"), d.k("ts"))


def html_fragment(d, r, i):
    m, _ = d.mpan(); m2, _ = d.mpan(); e, _ = d.eui(); pcs, _ = d.pc(); n, _ = d.name(); a, _ = d.addr(); em, _ = d.email(); es, _ = d.eser()
    return """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Grafana panel export %s</title></head><body>
<div class="panel"><h3>Failed installs</h3><table><tr><td>MPAN</td><td>%s</td></tr><tr><td>Alt</td><td>%s</td></tr>
<tr><td>CHF</td><td>%s</td></tr><tr><td>Postcode</td><td>%s</td></tr><tr><td>Name</td><td>%s</td></tr>
<tr><td>Address</td><td>%s</td></tr><tr><td>Email</td><td>%s</td></tr><tr><td>Serial</td><td>%s</td></tr>
<tr><td>Ref</td><td>%s</td></tr><tr><td>Updated</td><td>%s</td></tr></table>
<p data-ref="%s" title="%s">build %s</p></div></body></html>
""" % (d.k("ver"), m, m2, e, pcs, n, a, em, es, d.k("mpanref"), d.k("ts"), d.k("dip"), d.k("tc"), d.k("build"))


def sql_trace(d, r, i):
    m, mv = d.mpan(); mp, _ = d.mprn(); n, _ = d.name(form="plain"); pcs, _ = d.pc(); es, _ = d.eser()
    return """-- Oracle 19c SQL trace (tkprof) %s
PARSING IN CURSOR #1403 len=%d dep=0 uid=88 oct=3 lid=88 tim=%s
SELECT * FROM supply s WHERE s.mpan_core = :b1 AND s.postcode = :b2
END OF STMT
BINDS #1403:
 Bind#0
  oacdty=01 mxl=32(13) mxlc=00 mal=00 scl=00 pre=00
  value="%s"
 Bind#1
  value="%s"
EXEC #1403:c=0,e=%d,p=0,cr=3,cu=0,mis=0,r=0,dep=0,og=1,plh=0,tim=%s
WAIT #1403: nam='SQL*Net message from client' ela= %d
-- row: MPRN=%s NAME=%s SERIAL=%s REF=%s
""" % (d.k("ver"), r.randint(50, 200), d.k("epochs"), m, pcs, r.randint(10, 999), d.k("epochs"), r.randint(10, 9999), mp, n, es, d.k("mpanref"))


def rtf_like_clip(d, r, i):
    # Lotus Notes / plain export with soft-wrapped 60-col body and quoted reply
    m, mv = d.mpan(); n, _ = d.name(); a, _ = d.addr(form="split"); g, _ = d.gser(); ph, _ = d.phone(form="split")
    return """Notes document export  %s
Subject: RE: Meter exchange %s
-----
> Please confirm the gas meter %s was removed from site
> %s and that the MPAN
> %s is deenergised. Contact %s on
> %s.
Confirmed, %s
""" % (d.k("date"), d.k("ticket"), g, a, m, n, ph, d.k("tc"))


GENRES = [
    ("kafka_console", kafka_console, "log"), ("splunk_csv", splunk_csv, "csv"), ("kibana_json", kibana_json, "json"),
    ("confluence_xhtml", confluence_xhtml, "xml"), ("confluence_wiki", confluence_wiki, "txt"), ("paginated_report", paginated_report, "txt"),
    ("ocr_letter", ocr_letter, "txt"), ("pdf_table_cells", pdf_table_cells, "txt"), ("euro_csv", euro_csv, "csv"),
    ("form_body", form_urlencoded, "http"), ("py_traceback", py_traceback, "txt"), ("java_stack", java_stack, "log"),
    ("dotnet_exc", dotnet_exc, "txt"), ("bash_xtrace", bash_xtrace, "log"), ("ci_log", ci_log, "log"), ("erlang_terms", erlang_terms, "log"),
    ("edn", edn, "edn"), ("json5", json5, "json5"), ("cue_dhall", cue_dhall, "cue"), ("sas_log", sas_log, "log"),
    ("r_matlab", r_dataframe, "txt"), ("cobol_dump", cobol_dump, "txt"), ("jcl_sysout", jcl_sysout, "txt"), ("as400_spool", as400_spool, "txt"),
    ("mq_dump", mq_dump, "txt"), ("swift_mt", swift_mt, "txt"), ("bacs18", bacs18, "txt"), ("cdr_ivr", cdr_ivr, "log"),
    ("ssml", ssml, "xml"), ("strace", strace, "txt"), ("prom_metrics", prom_metrics, "txt"), ("gdb_bt", gdb_bt, "txt"),
    ("whatsapp", whatsapp, "txt"), ("kml_route", kml_route, "kml"), ("propagation", propagation_notes, "txt"),
    ("encoded_blobs", encoded_blobs, "txt"), ("html_panel", html_fragment, "html"), ("sql_trace", sql_trace, "trc"),
    ("notes_reply", rtf_like_clip, "txt"),
]
