"""Genre templates for the ho42 text corpus. Each takes (ctx, index) and returns text."""
import base64, json, textwrap
from keeps import ts, ts2, epoch_ms, gtin, uid, kref
from ids import mpan_check


def K1(c):
    return kref(c, c.r)[0]


# 1 DLMS/COSEM OBIS dump (Gurux-style reader output)
def dlms(c, i):
    r = c.r
    L = ["GXDLMSDirector 9.0.%s - association dump" % c.K("2511.1401"),
         "Logical device name: %s" % c.I("eui", form=r.choice(["plain", "0x", "lower", "in_id"])),
         "Client SAP 1, Server SAP 1, auth=HIGH_GMAC  session %s" % K1(c), ""]
    L.append("0.0.42.0.0.255  COSEM logical device name   octet-string  %s" % c.I("eserial", form=r.choice(["plain", "hex", "spaced", "lower"])))
    L.append("0.0.96.1.0.255  Device ID 1 (serial)         visible-string \"%s\"" % c.I("eserial"))
    L.append("0.0.96.1.1.255  Device ID 2 (MPAN)           visible-string \"%s\"" % c.I("mpan", form=r.choice(["plain", "grouped", "invis", "hex", "sep"])))
    L.append("0.0.96.1.3.255  Device ID 4 (supply point)   octet-string  %s" % c.I("mpan", form="hex"))
    L.append("%s  Active energy import (+A)  double-long-unsigned  %s Wh  scaler -0" % (c.K("1.0.1.8.0.255", "obis"), c.K(str(r.randint(10**5, 10**8)), "digit-heavy")))
    L.append("%s  Active energy export (-A)  %s Wh" % (c.K("1.0.2.8.0.255", "obis"), c.K(str(r.randint(100, 99999)))))
    L.append("0.0.1.0.0.255  Clock  %s  deviation 0  status 0x00" % c.K(ts(r), "timestamp"))
    L.append("0.0.96.12.5.255 GSM/HAN diagnostic  peer %s  lqi 182" % c.I("eui", form=r.choice(["revbytes", "colon", "dash", "lowercolon"])))
    L.append("0.0.96.1.10.255 Installer note: site %s" % c.addr())
    L.append("7.0.0.2.1.255  Gas meter serial (GSME)  %s" % c.I("gserial"))
    L.append("frame counter %s  invocation %s" % (c.K("0x%08X" % r.randrange(2**32)), c.K(str(r.randint(1000, 99999)))))
    L.append("# read by %s for %s on %s" % (K1(c), K1(c), K1(c)))
    return "\n".join(L) + "\n"


# 2 GBCS use-case payload hex (SMETS2)
def gbcs(c, i):
    r = c.r
    eui_b = c.I("eui", form="plain")
    eui_t = c.I("eui", form="plain")
    mp = c.I("mpan", form="hex")
    L = ["=== GBCS %s (%s) command, SRV %s ===" % (c.K(r.choice(["ECS17b", "ECS04b", "GCS21d", "ECS68", "CS11"])), c.K("GBCS v4.0"), c.K("SRV %d.%d" % (r.randint(1, 12), r.randint(1, 9)))),
         "Business Originator ID : %s" % eui_b,
         "Business Target ID     : %s" % eui_t,
         "Originator Counter     : %s" % c.K("%016X" % r.randrange(2**40), "hex-counter"),
         "Raw APDU (hex):"]
    raw = "DF09" + "%016X" % r.randrange(2**40) + eui_b + eui_t + "0A0D" + mp + "00"
    for k in range(0, len(raw), 32):
        L.append("  " + " ".join(raw[k:k + 32][j:j + 2] for j in range(0, len(raw[k:k + 32]), 2)))
    L.append("ZigBee APS src ieee (LE): %s  dst ieee (LE): %s" % (c.I("eui", form="revbytes"), c.I("eui", form="revbytes", value=None)))
    L.append("CHF ID %s  GPF ID %s" % (c.I("eui", form=r.choice(["dash", "colon", "lower"])), c.I("eui", form=r.choice(["0x", "dotquad", "spaced"]))))
    L.append("Response code %s  DSP ref %s  at %s" % (c.K("I0"), K1(c), c.K(ts(r), "timestamp")))
    L.append("Notes: ESME serial %s, supply %s" % (c.I("eserial"), c.I("mpan")))
    return "\n".join(L) + "\n"


# 3 DCC Service Desk incident export (Ivanti-style text)
def sdesk(c, i):
    r = c.r
    inc = c.K("INC%09d" % r.randrange(10**9), "digit-heavy")
    n, _ = c.name()
    L = ["Incident Number: %s" % inc, "Status: %s    Priority: P%d" % (r.choice(["Resolved", "In Progress", "Pending 3rd Party"]), r.randint(1, 4)),
         "Reported: %s    SLA: %s" % (c.K(ts2(r), "timestamp"), c.K("4h")),
         "Service User: %s    DCC User ID: %s" % (K1(c), c.K("%s-%02d" % (r.choice(["90-B3-D5-1F-30-01-00-00", "SUPPLIER01"]), r.randint(1, 30)))),
         "Affected consumer: %s, tel %s" % (n, c.I("phone")),
         "Premises: %s" % c.addr(),
         "CH ID: %s   ESME: %s   GSME: %s" % (c.I("eui"), c.I("eui"), c.I("eui")),
         "Work notes:", "  %s - %s: MPAN %s no longer responding to %s." % (c.K(ts2(r), "timestamp"), K1(c), c.I("mpan"), c.K("SRV 4.1.1")),
         "  %s - engineer on site at %s, found gas meter %s disconnected." % (c.K(ts2(r), "timestamp"), c.addr(form="prose"), c.I("gserial")),
         "  Customer email %s asked for callback." % c.email(),
         _full(c),
         "Customer read MPAN as %s (check digit misheard) - same supply." % c.I("mpan_badcheck", form=r.choice(["plain", "grouped", "sep"])),
         "Resolution code: %s   Linked problem: %s" % (c.K("RC-%03d" % r.randint(1, 400)), K1(c))]
    return "\n".join(L) + "\n"


def _full(c):
    r = c.r
    pc, mtc, llfc, s, core = c.mpan_full(form=r.choice(["plain", "grouped", "grouped", "sep", "invis", "split"]))
    k = r.randrange(3)
    if k == 0:
        return "Full MPAN:\n    S  %s  %s  %s\n       %s" % (pc, mtc, llfc, s)
    if k == 1:
        return "Full MPAN: S %s%s%s%s" % (pc, mtc, llfc, s)
    return "Full MPAN: %s %s %s %s" % (pc, mtc, llfc, s)


# 4 Power BI "Export data" CSV
def powerbi(c, i):
    r = c.r
    L = ["\"Supply Point\",\"MPRN\",\"Postcode\",\"Consumption (kWh)\",\"Reads\",\"Last Read\",\"Test Ref\""]
    for k in range(r.randint(5, 8)):
        L.append("\"%s\",\"%s\",\"%s\",\"%s\",\"%s\",\"%s\",\"%s\"" % (
            c.I("mpan", form=r.choice(["thousands", "plain", "quoted_excel", "thousands", "sep"])),
            c.I("mprn", form=r.choice(["thousands", "plain", "grouped"])),
            c.I("postcode"),
            c.K(format(r.randint(1000, 9999999), ","), "count"), c.K(str(r.randint(1, 400))),
            c.K("%02d/%02d/2026" % (r.randint(1, 28), r.randint(1, 11)), "date"), K1(c)))
    L.append("")
    L.append("\"Applied filters:\"")
    L.append("\"Region is %s\"" % c.K("_%s" % r.choice("ABCDEFGHJKLMNP")))
    L.append("\"Customer Name is %s\"" % c.name()[0])
    return "\r\n".join(L) + "\r\n"


# 5 Excel "Print to text" .prn with pages
def prn(c, i):
    r = c.r
    L = []
    page = 1
    hdr = "%-14s %-16s %-34s %-10s %12s" % ("Ref", "Meter serial", "Customer", "Postcode", "Balance")
    for k in range(r.randint(6, 10)):
        if k % 4 == 0:
            L.append("\fSite visit schedule%sPage %d" % (" " * 40, page)); page += 1
            L.append(hdr)
        nm = c.name(form=r.choice(["plain", "upper", "surname_first"]))[0][:34]
        
        L.append("%-14s %-16s %-34s %-10s %12s" % (c.K("SV-%05d" % r.randrange(100000)), c.I(r.choice(["eserial", "gserial"]), form=r.choice(["plain", "lower", "spaced"]))[:16], nm,
                                                  c.I("postcode", form=r.choice(["plain", "nospace", "lower"])), c.K("%.2f" % (r.random() * 900), "amount")))
    L.append("Supply %s continued on next page ->" % c.I("mpan", form="grouped"))
    L.append("Totals %s" % c.K(format(r.randint(10000, 999999), ","), "count"))
    return "\r\n".join(L) + "\r\n"


# 6 Camunda REST variables JSON
def camunda(c, i):
    r = c.r
    inner = {"supplyPoint": c.I("mpan"), "meter": c.I("eserial"), "contact": c.name()[0],
             "address": c.addr(form="comma"), "ref": K1(c)}
    inner_s = json.dumps(inner, ensure_ascii=True)
    v = {"processInstanceId": c.K(uid(r), "uuid"), "businessKey": K1(c),
         "mpanCore": {"type": "String", "value": c.I("mpan", form=r.choice(["jsonu", "plain", "invis"])), "valueInfo": {}},
         "payload": {"type": "Json", "value": inner_s, "valueInfo": {}},
         "payloadB64": {"type": "Bytes", "value": base64.b64encode(json.dumps({"mpan": c.I("mpan"), "eui": c.I("eui")}).encode()).decode(), "valueInfo": {}},
         "retries": {"type": "Integer", "value": r.randint(0, 5)},
         "deviceId": {"type": "String", "value": c.I("eui", form=r.choice(["dash", "colon", "lower", "0x", "dotquad"]))},
         "startedAt": {"type": "Date", "value": c.K(ts(r), "timestamp")},
         "tenant": c.K("tenant-%s" % r.choice(["uat", "sit", "pit"]))}
    c.ids[-1]  # noqa
    # the b64 blob holds two ids: mark their form
    c.ids[-2]["form"] = "b64_json"; c.ids[-2]["note"] = "inside base64 JSON variable"
    c.ids[-3]["form"] = "b64_json"; c.ids[-3]["note"] = "inside base64 JSON variable"
    # jsonu escaping inside the serialized payload applies to the non-ascii name only
    return json.dumps(v, indent=2, ensure_ascii=False) + "\n"


# 7 Node-RED flows + debug sidebar copy
def nodered(c, i):
    r = c.r
    mp = c.I("mpan")
    flow = [{"id": c.K(uid(r)[:16].replace("-", ""), "hex-id"), "type": "function", "z": "a1b2c3d4e5f60718", "name": "enrich %s" % K1(c),
             "func": "msg.payload.mpan = '%s';\n// customer: %s\nmsg.headers = {'x-device': '%s'};\nreturn msg;" % (mp, c.name()[0], c.I("eui")),
             "outputs": 1, "x": 420, "y": 180, "wires": [["e5f6"]]},
            {"id": "e5f6", "type": "template", "name": "letter", "format": "html",
             "template": "<p>Dear %s,</p><p>Your supply <b>%s</b> at %s</p>" % (c.name(form=r.choice(["html_ent", "plain"]))[0], c.I("mpan", form=r.choice(["html_tag", "html_nbsp", "html_ent"])), c.addr(form="comma")),
             "x": 600, "y": 180, "wires": []}]
    dbg = ["%s  node: %s" % (c.K(ts2(r), "timestamp"), "debug 3"),
           "msg.payload : Object",
           "{ mpan: \"%s\", msprn: \"%s\", gas: \"%s\", tel: \"%s\" }" % (c.reuse(form="plain"), c.I("mprn"), c.I("gserial"), c.I("phone")),
           "msg._msgid : \"%s\"" % c.K(uid(r)[:13], "hex-id")]
    return json.dumps(flow, indent=1, ensure_ascii=False) + "\n\n--- debug sidebar (copied) ---\n" + "\n".join(dbg) + "\n"


# 8 MuleSoft log
def mule(c, i):
    r = c.r
    L = []
    for k in range(r.randint(4, 6)):
        t = c.K(ts2(r).replace("/", "-"), "timestamp")
        th = "[[MuleRuntime].uber.%02d: [mhhs-registration-api].post:\\mpan:application-config.CPU_LITE @%s]" % (r.randint(1, 40), c.K("%07x" % r.randrange(16**7), "hex-id"))
        kind = r.randrange(5)
        if kind == 0:
            msg = "LoggerMessageProcessor: inbound %s for MPAN %s, device %s" % (c.K("IF-031"), c.I("mpan"), c.I("eui"))
        elif kind == 1:
            msg = "LoggerMessageProcessor: payload=%s" % json.dumps({"registrant": c.name()[0], "premises": c.addr(), "mprn": c.I("mprn")}, ensure_ascii=False)
        elif kind == 2:
            msg = "DataWeave: Unable to coerce `%s` as Number (%s:12:5)  correlationId=%s" % (c.I("eserial"), c.K("map-registration.dwl"), c.K(uid(r), "uuid"))
        elif kind == 3:
            msg = "HTTP POST %s -> 422, body %s" % (c.I("mpan", form="urlpath"), json.dumps({"error": "meter %s not found" % c.I("gserial", form=r.choice(["lower", "spaced", "plain"]))}))
        else:
            msg = "Retry %d of 3 for %s, %s; contact %s" % (r.randint(1, 3), K1(c), K1(c), c.email())
        L.append("INFO  %s %s org.mule.runtime.core.internal.processor.%s" % (t, th, msg))
    return "\n".join(L) + "\n"


# 9 Azure Data Factory activity run output
def adf(c, i):
    r = c.r
    err = ("ErrorCode=UserErrorInvalidDataValue,'Type=Microsoft.DataTransfer.Common.Shared.HybridDeliveryException,"
           "Message=Column 'MPAN_CORE' contains an invalid value '%s'. Row %s,Source=Microsoft.DataTransfer.Common,'"
           "\r\nRejected row: %s|%s|%s|%s") % (c.I("mpan"), c.K(str(r.randint(1000, 999999)), "count"), c.I("mpan"), c.name()[0], c.addr(form="comma"), c.I("postcode"))
    out = {"runId": c.K(uid(r), "uuid"), "activityName": "Copy %s" % K1(c), "status": "Failed",
           "durationInMs": int(c.K(str(r.randint(1000, 99999999)), "digit-heavy")),
           "output": {"dataRead": int(c.K(str(r.randint(10**6, 10**9)), "digit-heavy")), "rowsRead": r.randint(1, 9999),
                      "errors": [{"Code": 2200, "Message": err}],
                      "logFilePath": "adf-logs/copyactivity-logs/%s/%s.txt" % (K1(c), c.I("eui", form="lower")),
                      "effectiveIntegrationRuntime": "AutoResolveIntegrationRuntime (UK South)"},
           "input": {"source": {"query": "SELECT * FROM dbo.SupplyPoint WHERE MPRN IN ('%s','%s') AND Serial = '%s'" % (c.I("mprn"), c.I("mprn"), c.I("gserial"))}}}
    return json.dumps(out, indent=2, ensure_ascii=False) + "\n"


# 10 SSIS package log
def ssis(c, i):
    r = c.r
    L = ["event\tcomputer\toperator\tsource\tsourceid\texecutionid\tstarttime\tendtime\tdatacode\tdatabytes\tmessage"]
    for k in range(r.randint(4, 7)):
        ev = r.choice(["OnError", "OnInformation", "OnWarning", "OnPipelineRowsSent"])
        if ev == "OnError":
            m = "Data Flow Task:Error: Conversion failed for column \"MeterSerial\" value \"%s\" (MPAN %s)." % (c.I(r.choice(["gserial", "eserial"])), c.I("mpan"))
        elif ev == "OnWarning":
            m = "Lookup: no match for postcode %s / address %s" % (c.I("postcode"), c.addr(form="upper", with_pc=False))
        elif ev == "OnInformation":
            m = "Flat File Source: wrote %s rows to %s" % (c.K(str(r.randint(10, 99999)), "count"), c.K("stg_registration_%d" % r.randint(1, 9)))
        else:
            m = "Rows were provided to a data flow component as input. : : %s : Derived Column : %s" % (c.K(str(r.randint(10, 9999))), c.K(str(r.randint(10, 9999))))
        L.append("\t".join([ev, "UATSQL%02d" % r.randint(1, 9), "CORP\\svc_ssis", K1(c), c.K("{%s}" % uid(r).upper(), "uuid"),
                            "{%s}" % uid(r).upper(), c.K(ts2(r), "timestamp"), ts2(r), "0", "0x", m]))
    L.append("operator note: caller %s on %s" % (c.name()[0], c.I("phone")))
    return "\r\n".join(L) + "\r\n"


# 11 Informatica session log + reject file
def infa(c, i):
    r = c.r
    L = ["Severity\tTimestamp\tNode\tThread\tMessage Code\tMessage",
         "INFO\t%s\tnode01_uat\tMANAGER\tPETL_24058\tRunning Partition Group [1]." % c.K(ts2(r), "timestamp"),
         "ERROR\t%s\tnode01_uat\tWRITER_1_*_1\tWRT_8229\tDatabase errors occurred: ORA-00001: unique constraint (MDM.UK_MPAN) violated  Key (%s)" % (ts2(r), c.I("mpan")),
         "INFO\t%s\tnode01_uat\tREADER_1_1_1\tBLKR_16019\tRead [%s] rows, read [0] error rows for source table [SRC_SUPPLY]" % (ts2(r), c.K(str(r.randint(100, 999999)), "count")),
         "", "--- reject file s_m_load_supply.bad ---"]
    for k in range(r.randint(2, 4)):
        L.append("0,D,%s,D,%s,D,%s,N,%s,D,%s,O,%s,D" % (c.I("mpan", form=r.choice(["plain", "plain", "grouped"])), c.I("eui", form=r.choice(["plain", "dash"])),
                                                      c.name()[0].replace(",", " "), "", c.I("postcode"), K1(c)))
    L.append("Workflow %s  session %s  run id %s" % (c.K("wf_MHHS_%s" % r.choice(["REG", "MIG", "CoS"])), c.K("s_m_load_supply"), c.K(str(r.randint(10**5, 10**7)), "digit-heavy")))
    return "\n".join(L) + "\n"


# 12 PL/SQL DBMS_OUTPUT
def plsql(c, i):
    r = c.r
    L = ["SQL> set serveroutput on", "SQL> exec pkg_cos_test.replay('%s');" % K1(c),
         "replay start %s" % c.K(ts(r), "timestamp"),
         "  processing supply %s (top line %s)" % (c.I("mpan", form=r.choice(["plain", "grouped", "sep"])), c.K("%02d %s %s" % (r.randint(1, 8), r.choice(["801", "845"]), r.choice(["100", "202"])))),
         "  old supplier %s -> new %s" % (c.K(r.choice(["LOND", "SWEB", "MANW"])), c.K(r.choice(["BGAS", "OVOE", "EDFE"]))),
         "  meter %s register %s read %s" % (c.I("eserial"), c.K("R%02d" % r.randint(1, 9)), c.K(str(r.randint(1000, 99999)))),
         "  customer: %s, %s" % (c.name(form=r.choice(["surname_first", "upper", "plain"]))[0], c.addr()),
         "BEGIN pkg_cos_test.replay('%s'); END;" % c.reuse(form=r.choice(["plain", "sep", "grouped"])),
         "*", "ERROR at line 1:",
         "ORA-20001: bad MPRN %s for site %s" % (c.I("mprn"), c.I("postcode")),
         "ORA-06512: at \"CRM.PKG_COS_TEST\", line %s" % c.K(str(r.randint(10, 2000))),
         "", "PL/SQL procedure successfully completed.", "Elapsed: %s" % c.K("00:00:0%d.%02d" % (r.randint(0, 9), r.randint(0, 99)), "timestamp")]
    return "\n".join(L) + "\n"


# 13 DB2 export DEL
def db2(c, i):
    r = c.r
    L = []
    for k in range(r.randint(5, 8)):
        nm = c.name()[1]
        f, l = nm.split(" ", 1)
        c.ids[-1]["form"] = "split_first_last_columns"
        L.append('"%s","%s","%s","%s",%s,"%s",%s,"%s"' % (c.I("mpan", form=r.choice(["plain", "plain", "grouped"])), f, l, c.addr(form="comma", with_pc=False).replace('"', '""'),
                                                       c.K("%d.%02d" % (r.randint(0, 9999), r.randint(0, 99)), "amount"), c.I("postcode", form=r.choice(["plain", "nospace"])),
                                                       c.K("%s" % r.randint(1, 9999)), K1(c)))
    return "\n".join(L) + "\n"
db2.ext = "del"


# 14 SQL Server Profiler trace text
def profiler(c, i):
    r = c.r
    L = ["EventClass\tTextData\tApplicationName\tLoginName\tSPID\tDuration\tStartTime"]
    for k in range(r.randint(3, 5)):
        kind = r.randrange(3)
        if kind == 0:
            td = "exec sp_executesql N'SELECT * FROM dbo.Supply WHERE MpanCore = @p0 AND Postcode = @p1',N'@p0 nvarchar(13),@p1 nvarchar(8)',@p0=N'%s',@p1=N'%s'" % (c.I("mpan"), c.I("postcode"))
        elif kind == 1:
            td = "INSERT INTO dbo.Device (Eui, Serial, Blob) VALUES (%s, N'%s', %s)" % ("0x" + c.I("eui", form="plain"), c.I("eserial"), "0x" + c.I("mpan", form="hex"))
            c.ids[-3]["form"] = "0x_varbinary"
        else:
            td = "exec dbo.usp_UpdateContact @Name=N'%s', @Phone=N'%s', @Email=N'%s', @Mprn=%s" % (c.name()[0].replace("'", "''"), c.I("phone"), c.email(), c.I("mprn"))
        L.append("\t".join(["RPC:Completed", td, c.K(".Net SqlClient Data Provider"), "CORP\\svc_attest", c.K(str(r.randint(50, 300))),
                            c.K(str(r.randint(100, 999999)), "count"), c.K("2026-%02d-%02d %02d:%02d:%02d.%03d" % (r.randint(1, 11), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999)), "timestamp")]))
    return "\n".join(L) + "\n"


# 15 GraphViz dot
def dot(c, i):
    r = c.r
    a = c.addr(form="comma")
    L = ["digraph cos_%s {" % c.K("TC_%04d" % r.randrange(10000)), "  rankdir=LR;",
         "  sp [label=\"Supply point\\n%s\\n%s\"];" % (c.I("mpan"), a.replace("\n", "\\n")),
         "  mtr [shape=box label=\"ESME %s\\lCH %s\\l\"];" % (c.I("eserial"), c.I("eui")),
         "  cust [shape=plaintext label=<<TABLE><TR><TD>%s</TD></TR><TR><TD>%s</TD></TR><TR><TD>%s</TD></TR></TABLE>>];" % (
             c.name(form=r.choice(["html_ent", "plain"]))[0], c.I("mpan", form=r.choice(["html_tag", "html_nbsp", "html_ent"])), c.I("postcode", form=r.choice(["html_nbsp", "plain"]))),
         "  gas [label=\"GSME %s\"];" % c.I("gserial"),
         "  sp -> mtr [label=\"%s\"];" % c.K("D0150"), "  mtr -> cust [label=\"%s\"];" % K1(c),
         "  // replaced meter was %s" % c.reuse(form=r.choice(["lower", "spaced", "plain", "sep"]), kinds=("eserial", "gserial", "mpan")),
         "}"]
    return "\n".join(L) + "\n"
dot.ext = "dot"


# 16 Jupyter stdout with tqdm
def tqdm(c, i):
    r = c.r
    L = []
    prog = ""
    for k in range(r.randint(3, 5)):
        pct = k * 25
        prog += "\rreplaying:  %d%%|%s| %d/%d [00:%02d<00:%02d, %.2fit/s, mpan=%s]" % (pct, "#" * (k * 2), k * 40, 160, k * 3, 12, 13.37, c.I("mpan", form=r.choice(["plain", "plain", "grouped"])))
    L.append(prog)
    L.append("checked %s supplies in %s" % (c.K(str(r.randint(100, 900))), c.K("%.3fs" % (r.random() * 100))))
    L.append("{'mprn': '%s', 'gas_serial': '%s', 'device': '%s', 'occupier': '%s'}" % (c.I("mprn"), c.I("gserial"), c.I("eui", form=r.choice(["colon", "dash", "lower"])), c.name()[0].replace("'", "\\'")))
    L.append("WARNING:root:address mismatch %r != %r" % (c.addr(form="comma"), c.addr(form="upper")))
    L.append("Out[%d]: %s" % (r.randint(1, 90), K1(c)))
    L.append("suspect typo: %s" % c.I("mpan_badcheck", form=r.choice(["plain", "quoted_excel", "in_id"])))
    L.append(_full(c))
    L.append("CPU times: user %s, sys: 12 ms, total: 1.2 s" % c.K("%d ms" % r.randint(100, 999)))
    return "\n".join(L) + "\n"


# 17 Power Query M
def pqm(c, i):
    r = c.r
    L = ["let", "    Source = Csv.Document(File.Contents(\"C:\\Evidence\\%s.csv\"),[Delimiter=\",\", Encoding=65001])," % K1(c),
         "    #\"Filtered Rows\" = Table.SelectRows(Source, each [MPAN] = \"%s\" or [MPAN] = \"%s\")," % (c.I("mpan"), c.I("mpan", form=r.choice(["grouped", "sep", "jsonu"]))),
         "    Parts = Text.Combine({\"%s\", \"%s\"}, \"\")," % tuple(_split2(c, c.I("mpan", form="plain"))),
         "    Note = \"Customer %s#(lf)%s#(lf)Tel %s\"," % (c.name()[0], c.addr(form="comma"), c.I("phone")),
         "    Serials = {\"%s\", \"%s\"}," % (c.I("eserial"), c.I("gserial")),
         "    Changed = Table.TransformColumnTypes(#\"Filtered Rows\",{{\"Reads\", Int64.Type}, {\"%s\", type text}})" % c.K("Ref_%d" % r.randint(1, 99)),
         "in", "    Changed", "// %s %s" % (K1(c), K1(c))]
    return "\n".join(L) + "\n"
pqm.ext = "pq"


def _split2(c, s):
    c.ids[-1]["form"] = "concat_parts"
    k = len(s) // 2
    return s[:k], s[k:]


# 18 Postgres EXPLAIN ANALYZE
def explain(c, i):
    r = c.r
    L = ["                                  QUERY PLAN",
         "-" * 78,
         " Nested Loop  (cost=0.85..%s rows=1 width=%d) (actual time=0.041..0.052 rows=1 loops=1)" % (c.K("16.90"), r.randint(40, 300)),
         "   ->  Index Scan using supply_mpan_idx on supply s  (cost=0.42..8.44 rows=1 width=64)",
         "         Index Cond: ((mpan_core)::text = '%s'::text)" % c.I("mpan"),
         "   ->  Index Scan using meter_pkey on meter m  (cost=0.43..8.45 rows=1 width=32)",
         "         Index Cond: (serial = ANY ('{%s,%s}'::text[]))" % (c.I("eserial"), c.I("gserial", form=r.choice(["plain", "lower"]))),
         "         Filter: ((postcode)::text = '%s'::text)" % c.I("postcode"),
         "         Rows Removed by Filter: %s" % c.K(str(r.randint(1, 99999)), "count"),
         "   ->  Seq Scan on contact c  Filter: (lower(email) = '%s'::text)" % c.email(form="plain").lower(),
         "         Filter: (full_name ~~* '%%%s%%'::text)" % c.name()[1].split(" ")[-1].replace("'", "''"),
         " Planning Time: %s ms" % c.K("%.3f" % (r.random() * 5)),
         " Execution Time: %s ms" % c.K("%.3f" % (r.random() * 50)),
         "(%s rows)" % c.K(str(r.randint(5, 12)))]
    c.ids[-1]["form"] = "surname_only_in_like"
    c.ids[-1]["patterns"] = [c.ids[-1]["patterns"][-1]]
    return "\n".join(L) + "\n"


# 19 Alertmanager / PagerDuty / Opsgenie JSON
def alerts(c, i):
    r = c.r
    import urllib.parse
    mp = c.I("mpan", form="plain")
    q = "sum(rate(dip_reject_total{mpan=\"%s\"}[5m]))" % mp
    kind = i % 3
    if kind == 0:
        obj = {"receiver": "mhhs-uat", "status": "firing", "alerts": [{"labels": {"alertname": c.K("DipRejects"), "mpan": c.I("mpan"), "device": c.I("eui", form=r.choice(["lowercolon", "dash", "lower"]))},
               "annotations": {"description": "Rejects for supply at %s (meter %s)" % (c.addr(), c.I("eserial"))},
               "startsAt": c.K(ts(r), "timestamp"), "generatorURL": "http://prom.uat:9090/graph?g0.expr=%s&g0.tab=1" % urllib.parse.quote(q, safe=""),
               "fingerprint": c.K("%016x" % r.getrandbits(64), "hex-counter")}], "groupKey": "{}:{alertname=\"DipRejects\"}"}
        c.ids[0]["form"] = "pct_in_url"; c.ids[0]["note"] = "inside %-encoded PromQL generatorURL"
    elif kind == 1:
        obj = {"incident": {"id": c.K("Q%s" % uid(r)[:12].upper().replace("-", ""), "hex-id"), "incident_number": int(c.K(str(r.randint(1000, 99999)))), "title": "Gas meter %s offline" % c.I("gserial"),
               "body": {"details": "Customer %s (%s) reports no supply. MPRN %s. Query: %s" % (c.name()[0], c.I("phone"), c.I("mprn"), urllib.parse.quote_plus(q))}, "urgency": "high",
               "created_at": c.K(ts(r), "timestamp")}}
        c.ids[0]["form"] = "pct_plus_in_body"
    else:
        obj = {"alertId": c.K(uid(r), "uuid"), "message": "CH %s lost HAN" % c.I("eui"), "note": "Engineer booked; access via %s. Email %s" % (c.addr(form="prose"), c.email()),
               "details": {"mpan": base64.b64encode(q.encode()).decode(), "ref": K1(c)}, "tinyId": c.K(str(r.randint(100, 9999)))}
        c.ids[0]["form"] = "b64_promql"
    return json.dumps(obj, indent=2, ensure_ascii=False) + "\n"


# 20 GitHub Actions log with ::add-mask:: + Vault audit
def gha(c, i):
    r = c.r
    if i % 2 == 0:
        mp = c.I("mpan", form="plain")
        L = ["%s ##[group]Run ./scripts/replay.sh" % c.K(ts(r), "timestamp"),
             "%s echo \"::add-mask::%s\"" % (ts(r), mp),
             "%s ::add-mask::%s" % (ts(r), c.I("eui")),
             "%s replaying %s against %s" % (ts(r), K1(c), c.K("uat-dip")),
             "%s + curl -s https://dip.uat.example/sp/***" % ts(r),
             "%s response: {\"supply\":\"%s\",\"meter\":\"%s\"}" % (ts(r), c.I("mpan", form=r.choice(["grouped", "sep", "invis", "jsonu", "b64", "html_ent"]), value=mp), c.I("eserial")),
             "%s ##[warning]postcode %s not in PAF; premises %s" % (ts(r), c.I("postcode"), c.addr(with_pc=False)),
             "%s ##[error]Process completed with exit code %s." % (ts(r), c.K(str(r.randint(1, 255)))),
             "%s ##[endgroup]" % ts(r)]
    else:
        h = "hmac-sha256:%s" % "".join(r.choice("0123456789abcdef") for _ in range(64))
        e = {"time": c.K(ts(r), "timestamp"), "type": "response", "auth": {"client_token": h, "display_name": "approle-attest", "metadata": {"role_name": c.K("attest-uat")}},
             "request": {"id": c.K(uid(r), "uuid"), "operation": "update", "path": "transit/encrypt/mpan", "data": {"plaintext": base64.b64encode(c.I("mpan", form="plain").encode()).decode(), "context": h}},
             "response": {"data": {"ciphertext": "vault:v1:" + base64.b64encode(bytes(r.getrandbits(8) for _ in range(30))).decode(), "note": "for %s / %s" % (c.I("mprn"), c.I("gserial"))}},
             "error": "permission denied for %s (%s)" % (c.email(), c.name()[0])}
        c.ids[0]["form"] = "b64_vault_plaintext"
        L = [json.dumps(e, ensure_ascii=False)]
    return "\n".join(L) + "\n"


# 21 ASR / RTL mixed / homophones
def asr(c, i):
    r = c.r
    alt1 = c.I("mpan", form="asr")
    L = [json.dumps({"utteranceId": c.K(uid(r), "uuid"), "locale": "en-GB", "nbest": [
        {"confidence": 0.81, "lexical": "my meter number is %s" % alt1, "display": "My meter number is %s" % c.I("mpan", form="plain", value=c.ids[-1]["value"])},
        {"confidence": 0.64, "lexical": "the gas one is %s" % c.I("mprn", form="words")}]}, ensure_ascii=False)]
    L.append("\u202bملاحظة: رقم العداد \u202a%s\u202c والرمز البريدي %s\u202c" % (c.I("mpan", form=r.choice(["arabic", "plain", "invis"])), c.I("postcode")))
    L.append("کسٹمر کا فون: %s ، میٹر %s" % (c.I("phone", form=r.choice(["plain", "intl", "invis"])), c.I("eserial")))
    L.append("Welsh: Rhif y mesurydd yw %s, cyfeiriad %s, enw %s" % (c.I("mpan", form=r.choice(["devanagari", "mathbold", "fullwidth", "sep"])), c.addr(), c.name()[0]))
    L.append("Check digit given in words: %s... check digit %s" % (_cd_words(c), ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"][int(c.ids[-1]["value"][-1])]))
    L.append("Agent ref %s  queue %s" % (K1(c), K1(c)))
    return "\n".join(L) + "\n"


def _cd_words(c):
    v = c.r and None
    s = c.I("mpan", form="plain")
    c.ids[-1]["form"] = "core12_plus_checkdigit_in_words"
    c.ids[-1]["surface"] = s[:12]
    c.ids[-1]["patterns"] = [s[:12]]
    return s[:12]


# 22 Long text field split across CSV rows (Salesforce-style 255-char chunks) + markdown escaped pipes + YAML folded
def chunks(c, i):
    r = c.r
    kind = i % 3
    if kind == 0:
        txt = ("Visit note %s. Spoke with %s at %s. Meter %s replaced by %s; CH %s; supply %s; gas MPRN %s; "
               "callback %s, email %s. Follow up %s.") % (K1(c), c.name()[0], c.addr(form="comma"), c.I("eserial"), c.I("eserial"), c.I("eui"),
                                                         c.I("mpan", form="plain"), c.I("mprn", form="plain"), c.I("phone"), c.email(form="plain"), K1(c))
        L = ["\"ParentId\",\"ChunkNo\",\"Body\""]
        w = r.choice([37, 41, 53, 64])
        for k in range(0, len(txt), w):
            L.append("\"%s\",%d,\"%s\"" % ("500" + "%012d" % r.randrange(10**12), k // w, txt[k:k + w].replace('"', '""')))
        for d in c.ids:
            d["note"] = "long field split across CSV rows every %d chars" % w
        return "\n".join(L) + "\n"
    if kind == 1:
        L = ["| Step | Evidence | Value |", "|---|---|---|"]
        L.append("| 1 | MPAN \\| core | %s |" % c.I("mpan", form=r.choice(["plain", "sep", "grouped"])))
        L.append("| 2 | serial\\|gas | %s \\| %s |" % (c.I("gserial"), c.I("eserial")))
        L.append("| 3 | site | %s |" % c.addr(form="comma").replace("\n", " "))
        L.append("| 4 | who | %s \\| %s |" % (c.name()[0], c.I("phone")))
        L.append("| 5 | ref | %s \\| %s |" % (K1(c), K1(c)))
        return "\n".join(L) + "\n"
    mp = c.I("mpan", form="plain")
    L = ["evidence:", "  ref: %s" % K1(c), "  note: >-", "    Customer %s said supply" % c.name()[0],
         "    %s" % mp[:6], "    %s was off;" % mp[6:], "    device %s" % c.I("eui", form="colon"),
         "  address: |", "    %s" % c.addr(form="multiline").replace("\n", "\n    "), "  version: %s" % K1(c)]
    c.ids[0]["form"] = "yaml_folded_split"
    return "\n".join(L) + "\n"
chunks.noenc = False


GENRES = [("dlms", dlms, 10), ("gbcs", gbcs, 10), ("sdesk", sdesk, 10), ("powerbi", powerbi, 10), ("prn", prn, 10),
          ("camunda", camunda, 10), ("nodered", nodered, 10), ("mule", mule, 10), ("adf", adf, 10), ("ssis", ssis, 10),
          ("infa", infa, 10), ("plsql", plsql, 10), ("db2", db2, 10), ("profiler", profiler, 10), ("dot", dot, 10),
          ("tqdm", tqdm, 10), ("pqm", pqm, 10), ("explain", explain, 10), ("alerts", alerts, 10), ("gha", gha, 10),
          ("asr", asr, 10), ("chunks", chunks, 12)]


# 23 Jira comment with wiki markup tables
def jirawiki(c, i):
    r = c.r
    L = ["h3. Retest of %s on %s" % (c.K("MHHS-%d" % r.randint(1000, 9999)), c.K("UIT-%s" % r.choice(["A", "B"]))),
         "||Step||Input||Observed||",
         "|1|MPAN {{%s}}|{color:red}rejected{color} (%s)|" % (c.I("mpan", form=r.choice(["plain", "grouped", "sep", "invis"])), c.K("ERR-%04d" % r.randrange(10000))),
         "|2|CH *%s*|%s|" % (c.I("eui", form=r.choice(["dash", "colon", "plain"])), K1(c)),
         "|3|Site|%s|" % c.addr(form="comma").replace("\n", " "),
         "|4|Gas meter|-%s-|" % c.I("gserial"),
         "{noformat}", "registrant=%s; tel=%s; mprn=%s" % (c.name()[0], c.I("phone"), c.I("mprn")), "{noformat}",
         "[~%s] please check %s" % (c.K("jsmith%d" % r.randint(1, 99)), c.email()),
         "{code:json}{\"mpan\":\"%s\"}{code}" % c.I("mpan", form=r.choice(["jsonu", "plain", "b64"]))]
    return "\n".join(L) + "\n"


# 24 Oracle AWR text report (SQL ordered by elapsed) with literal values
def awr(c, i):
    r = c.r
    L = ["WORKLOAD REPOSITORY report for", "", "DB Name         DB Id    Instance     Inst Num Startup Time    Release     RAC",
         "------------ ----------- ------------ -------- --------------- ----------- ---",
         "MHHSUAT       %s MHHSUAT1            1 %s  %s  NO" % (c.K(str(r.randint(10**9, 4 * 10**9)), "digit-heavy"), c.K("01-Dec-26 02:11"), c.K("19.0.0.0.0")),
         "", "SQL ordered by Elapsed Time", "  Elapsed      Executions   SQL Id", "-" * 60]
    for k in range(r.randint(2, 4)):
        sid = c.K("".join(r.choice("0123456789abcdfghjkmnpqrstuvwxyz") for _ in range(13)), "sql-id")
        L.append("%10s %12s   %s" % (c.K("%.2f" % (r.random() * 900)), c.K(format(r.randint(1, 99999), ",")), sid))
        L.append("Module: %s" % c.K("JDBC Thin Client"))
        kk = r.randrange(3)
        if kk == 0:
            L.append("select * from supply where mpan_core = '%s' and postcode = '%s'" % (c.I("mpan"), c.I("postcode")))
        elif kk == 1:
            L.append("update meter set serial = :1 where serial = '%s' /* %s */" % (c.I(r.choice(["eserial", "gserial"])), c.name()[0]))
        else:
            L.append("insert into contact values ('%s','%s','%s')" % (c.name()[0].replace("'", "''"), c.I("phone"), c.addr(form="comma").replace("'", "''")))
        L.append("")
    return "\n".join(L) + "\n"


# 25 ICS invite with ALTREP data: URI (HTML, %-encoded)
def icsalt(c, i):
    r = c.r
    import urllib.parse
    h = "<html><body><p>Site visit for <b>%s</b></p><p>Supply %s, meter %s</p><p>%s</p></body></html>" % (
        c.name()[0], c.I("mpan", form="plain"), c.I("eserial", form="plain"), c.addr(form="comma"))
    for d in c.ids:
        d["form"] = d["form"] + "+altrep_pct_html"
    alt = "data:text/html," + urllib.parse.quote(h, safe="")
    desc = "Visit %s at %s. Contact %s %s" % (K1(c), c.addr(form="comma", with_pc=True).replace(",", "\\,"), c.I("phone"), c.email())
    L = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0", "BEGIN:VEVENT",
         "UID:%s" % c.K(uid(r), "uuid"), "DTSTART:%s" % c.K("2026%02d%02dT%02d0000Z" % (r.randint(1, 12), r.randint(1, 28), r.randint(8, 17)), "timestamp")]
    line = "DESCRIPTION;ALTREP=\"%s\":%s" % (alt, desc)
    first = True
    while line:
        L.append(("" if first else " ") + line[:74]); line = line[74:]; first = False
    L += ["SUMMARY:%s smart install %s" % (c.K("SMETS2"), K1(c)), "END:VEVENT", "END:VCALENDAR"]
    for d in c.ids:
        d["note"] = (d.get("note", "") + " ICS folded at 75 octets").strip()
    return "\r\n".join(L) + "\r\n"
icsalt.ext = "ics"

GENRES += [("jirawiki", jirawiki, 6), ("awr", awr, 6), ("icsalt", icsalt, 6)]
