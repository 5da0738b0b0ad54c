"""Data flows, payloads, exports (genres A)."""
import json
from common import *


def hdr_dtc(d, flow, frm=None, to=None):
    fid = f"{R.choice(MPIDS)}{R.randint(1000000, 9999999)}"
    d.k("file_id", fid)
    t = ts("%Y%m%d%H%M%S")
    d.k("timestamp", t)
    return f"ZHV|{fid}|{d.k('flow', flow)}|{R.choice('XMRS')}|{frm or R.choice(MPIDS)}|{R.choice('CXMR')}|{to or R.choice(MPIDS)}|{t}||||{R.choice(['OPER', 'TR01', 'TEST'])}|"


def zpt(d, fid_n, n):
    return f"ZPT|{fid_n}|{n}||{R.randint(1, 9)}|{ts('%Y%m%d%H%M%S')}|"


def g_d0010(d):
    lines = [hdr_dtc(d, R.choice(["D0010002", "D0010001"]))]
    n = R.randint(1, 4)
    for _ in range(n):
        core = mpan_core()
        lines.append(f"026|{d.mpan(core, fancy=R.random() < 0.2)}|{R.choice('VN')}|")
        ser = d.serial("elec_serial", variant=R.random() < 0.15)
        rd = ts("%Y%m%d%H%M%S")
        lines.append(f"028|{ser}|{R.choice(['C', 'F', 'D'])}|")
        for reg in R.sample(["01", "02", "03", "04", "S1", "A"], R.randint(1, 2)):
            rv = f"{R.randint(0, 99999):07.1f}"
            lines.append(f"030|{reg}|{rd}|{d.k('reading', rv)}|||T|{R.choice('NRS')}|")
        lines.append(f"032|{R.choice(['A', 'C', 'D'])}|{R.choice(['N', 'Y'])}|")
    lines.append(f"ZPT|{d.keeps[0]['value']}|{len(lines) - 1}||1|{ts('%Y%m%d%H%M%S')}|")
    return "\n".join(lines) + "\n"


def g_d0086(d):
    old, new = R.sample(MPIDS, 2)
    lines = [hdr_dtc(d, "D0086002", old, new)]
    for _ in range(R.randint(1, 3)):
        core = mpan_core()
        eff = ts("%Y%m%d")
        lines.append(f"001|{d.mpan(core, fancy=False)}|{eff}|{R.choice(['D', 'E', 'S'])}|")
        lines.append(f"002|{d.serial('elec_serial', variant=False)}|{R.choice(['1', '2', '3', '4'])}|")
        rv = str(R.randint(100, 99999))
        lines.append(f"003|{R.choice(['01', '02'])}|{eff}000000|{d.k('reading', rv)}|{R.choice(['A', 'E', 'C'])}|")
    lines.append(zpt(d, d.keeps[0]["value"], len(lines) - 1))
    return "\n".join(lines) + "\n"


def g_d0150(d):
    lines = [hdr_dtc(d, R.choice(["D0150001", "D0149001"]))]
    core = mpan_core()
    pc, mtc, llfc = mpan_top()
    lines.append(f"288|{d.mpan(core, fancy=R.random() < 0.3)}|{ts('%Y%m%d')}|{d.k('mtc', mtc)}|{llfc}|")
    if "D0150" in lines[0]:
        lines.append(f"289|{d.serial('elec_serial')}|{R.choice(['H', 'N', 'S', 'K'])}|{R.choice(['RCAMR', 'NSS', 'S2ADE', 'CR'])}|{R.randint(1, 3)}|")
        addr_line, toks, pcd, town = d.address()
        if R.random() < 0.6:
            lines.append(f"290|{d.s('address', addr_line.replace(', ', '|'), tokens=toks)}||{d.pc(pcd)}|")
        lines.append(f"293|{R.choice(['01', '02'])}|{R.randint(1, 9)}|{R.choice(['00001', '00043', '00221'])}|")
    else:
        lines.append(f"344|{mtc}|{ts('%Y%m%d')}|{d.k('ssc', R.choice(['0393', '0151', '0244', '0428']))}|")
    lines.append(zpt(d, d.keeps[0]["value"], len(lines) - 1))
    return "\n".join(lines) + "\n"


def g_d0205(d):
    lines = [hdr_dtc(d, "D0205001")]
    core = mpan_core()
    g, s = person()
    line, toks, pcd, town = d.address(housename=R.random() < 0.3, with_town=False)
    parts = line.split(", ")
    fields = "|".join(parts + [""] * (4 - len(parts)))
    lines.append(f"001|{d.mpan(core)}|{ts('%Y%m%d')}|")
    lines.append(f"002|{d.s('address', fields, tokens=toks)}|{town}|{d.pc(pcd, variant=False)}|")
    if R.random() < 0.6:
        lines.append(f"003|{d.name(g, s)}|")
    lines.append(f"004|{R.choice(['1', '2'])}|{R.choice(['D', 'N'])}|")
    lines.append(zpt(d, d.keeps[0]["value"], len(lines) - 1))
    return "\n".join(lines) + "\n"


def g_d0055(d):
    lines = [hdr_dtc(d, R.choice(["D0055001", "D0057001", "D0217001"]))]
    for _ in range(R.randint(1, 3)):
        lines.append(f"066|{d.mpan(fancy=False)}|{ts('%Y%m%d')}|{R.choice(['D', 'N'])}|{R.choice(MPIDS)}|")
        if R.random() < 0.4:
            lines.append(f"067|{d.k('error', R.choice(['E01', 'E13', 'S07', 'R45']))}|{R.choice(['Invalid MPAN Core', 'Registration rejected', 'Objection raised'])}|")
    lines.append(zpt(d, d.keeps[0]["value"], len(lines) - 1))
    return "\n".join(lines) + "\n"


def g_gasflow(d):
    kind = R.choice(["ONJOB", "MRI", "NRF", "ONUPD"])
    d.k("flow", kind)
    fname = f"{kind}{R.randint(100000, 999999)}"
    out = [f'"A00","{d.k("file_id", fname)}","{R.choice(["SGN", "NGN", "WWU", "CAD"])}","{ts("%Y%m%d%H%M%S")}"']
    n = R.randint(1, 4)
    for _ in range(n):
        m = d.mprn()
        ms = d.serial("gas_serial", variant=R.random() < 0.2)
        if kind in ("ONJOB", "ONUPD"):
            out.append(f'"J10","{m}","{ms}","{R.choice(["U6", "G4", "E6", "U16"])}","{ts("%Y%m%d")}","{R.choice(["EXCH", "INST", "REMV"])}"')
            if R.random() < 0.5:
                line, toks, pcd, town = d.address(with_town=True)
                out.append(f'"J11","{d.s("address", line, tokens=toks)}","{d.pc(pcd)}"')
        else:
            rv = f"{R.randint(0, 99999):05d}"
            out.append(f'"M03","{m}","{ms}","{ts("%Y%m%d")}","{d.k("reading", rv)}","{R.choice(["A", "E", "C"])}"')
    out.append(f'"Z99","{n + 1}"')
    return "\r\n".join(out) + "\r\n"


# ---------------------------------------------------------------- DUIS
def g_duis_req(d):
    h = eui64()
    orig = "90-B3-D5-1F-30-01-00-00"
    devform = eui_form(h, "dash")
    srv = R.choice([("4.1.1", "ReadInstantaneousImportRegisters"), ("6.15.1", "UpdateHANDeviceLog"),
                    ("8.1.1", "CommissionDevice"), ("4.6.1", "RetrieveImportDailyReadLog"),
                    ("11.2", "ReadFirmwareVersion"), ("1.6", "UpdateImportTariff")])
    cnt = R.randint(1000, 999999)
    rid = f"{orig}:{devform}:{cnt}"
    d.s("device_id", rid.split(":", 1)[1].rsplit(":", 1)[0], canon=h.lower(), note="inside RequestID")
    x = f"""<?xml version="1.0" encoding="UTF-8"?>
<sr:Request xmlns:sr="http://www.dccinterface.co.uk/ServiceUserGateway" schemaVersion="{d.k('version', R.choice(['5.1', '4.0', '6.0']))}">
  <sr:Header>
    <sr:RequestID>{rid}</sr:RequestID>
    <sr:CommandVariant>{R.choice([1, 2, 3, 4])}</sr:CommandVariant>
    <sr:ServiceReference>{d.k('srv', srv[0])}</sr:ServiceReference>
    <sr:ServiceReferenceVariant>{srv[0]}</sr:ServiceReferenceVariant>
  </sr:Header>
  <sr:Body>
    <sr:{d.k('service', srv[1])}>
"""
    if srv[1] == "CommissionDevice":
        x += f"      <sr:DeviceID>{d.eui(h, R.choice(['dash', 'plain', 'colon']))}</sr:DeviceID>\n"
    elif R.random() < 0.5:
        x += f"      <sr:ReadLogPeriod><sr:StartDateTime>{d.k('timestamp', ts())}Z</sr:StartDateTime></sr:ReadLogPeriod>\n"
    x += f"    </sr:{srv[1]}>\n  </sr:Body>\n"
    x += "</sr:Request>\n"
    if R.random() < 0.5:
        core = mpan_core()
        x = f"<!-- {d.k('tc_ref', tc_ref())} step {R.randint(1, 9)} | MPAN {d.mpan(core, fancy=False)} | ESME {d.eui(h, 'colon')} -->\n" + x
    return x


def g_duis_resp(d):
    h = eui64()
    dev = d.eui(h, R.choice(["dash", "dash", "plain"]))
    ms = d.serial("elec_serial", variant=False)
    gh = eui64()
    x = f"""<?xml version="1.0" encoding="UTF-8"?>
<sr:Response xmlns:sr="http://www.dccinterface.co.uk/ServiceUserGateway" schemaVersion="5.1">
  <sr:Header>
    <sr:RequestID>90-B3-D5-1F-30-01-00-00:{dev}:{R.randint(1000, 99999)}</sr:RequestID>
    <sr:ResponseID>{d.k('guid', guid())}</sr:ResponseID>
    <sr:ResponseCode>{d.k('error', R.choice(['I0', 'I99', 'E3', 'E4', 'W1']))}</sr:ResponseCode>
    <sr:ResponseDateTime>{d.k('timestamp', ts())}.{R.randint(100, 999)}Z</sr:ResponseDateTime>
  </sr:Header>
  <sr:Body>
    <sr:DeviceListContent>
      <sr:DeviceID>{d.eui(h, 'dash')}</sr:DeviceID>
      <sr:DeviceType>ESME</sr:DeviceType>
      <sr:ManufacturerSerial>{ms}</sr:ManufacturerSerial>
      <sr:DeviceStatus>{R.choice(['Commissioned', 'InstalledNotCommissioned', 'Whitelisted'])}</sr:DeviceStatus>
      <sr:ImportMPxN>{d.mpan(fancy=False)}</sr:ImportMPxN>
    </sr:DeviceListContent>
    <sr:DeviceListContent>
      <sr:DeviceID>{d.eui(gh, R.choice(['dash', 'colon']))}</sr:DeviceID>
      <sr:DeviceType>GSME</sr:DeviceType>
      <sr:ManufacturerSerial>{d.serial('gas_serial', variant=False)}</sr:ManufacturerSerial>
      <sr:ImportMPxN>{d.mprn()}</sr:ImportMPxN>
    </sr:DeviceListContent>
  </sr:Body>
</sr:Response>
"""
    return x


def g_if031(d):
    core = mpan_core()
    pc, mtc, llfc = mpan_top()
    txid = d.k("guid", guid())
    body = {
        "CommonBlock": {
            "S0": {"transactionId": txid, "environmentTag": d.k("env", R.choice(["UIT", "SIT-B", "QT01"])),
                   "sentTimestamp": d.k("timestamp", ts() + "Z"), "publicationId": d.k("flow", R.choice(["IF-031", "IF-031", "PUB-031"])),
                   "senderUniqueReference": d.k("dip_id", dip_id()), "schemaVersion": d.k("version", "1.0.0")},
            "D0": {"DIPConnectionProviderId": "MHHS"}},
        "CustomBlock": {
            "J0003": d.mpan(core, fancy=False),
            "J0066": R.choice(["A", "S"]),
            "J1254": d.k("ssc", R.choice(["0393", "0151", "0428"])),
            "J0476": d.serial("elec_serial", variant=False),
            "J0100": ts("%Y-%m-%d"),
        }}
    if R.random() < 0.5:
        line, toks, pcd, town = d.address()
        body["CustomBlock"]["MeteringPointAddress"] = {"addressLine1": d.s("address", line.rsplit(", ", 1)[0], tokens=toks),
                                                       "postTown": town, "postcode": d.pc(pcd, variant=False)}
    if R.random() < 0.4:
        body["CustomBlock"]["J0004"] = d.s("mpan", core[:12] + str((int(core[12]) + 3) % 10), canon=core[:12], note="mistyped check digit")
    txt = json.dumps(body, indent=R.choice([2, 4]), ensure_ascii=R.random() < 0.2)
    if R.random() < 0.3:
        txt = f"// {d.k('tc_ref', tc_ref())} payload sent {ts()} ref {d.k('mpan_ref', mpan_ref())}\n" + txt
    return txt + "\n"


def g_if_other(d):
    flow = R.choice(["IF-047", "IF-021", "IF-013", "PUB-046", "IF-036"])
    d.k("flow", flow)
    items = []
    for _ in range(R.randint(1, 3)):
        items.append({"mpan": d.mpan(fancy=False), "effectiveFrom": ts("%Y-%m-%d"),
                      "connectionType": R.choice(["W", "L", "U"]), "gspGroup": R.choice(["_A", "_C", "_P", "_N"]),
                      "meterSerial": d.serial("elec_serial", variant=False) if R.random() < 0.5 else None})
    doc = {"header": {"messageId": d.k("guid", guid()), "flow": flow, "sender": d.k("dip_id", dip_id()),
                      "created": d.k("timestamp", ts() + "Z")}, "payload": {"records": items, "count": len(items)}}
    txt = json.dumps(doc, separators=(",", ":")) if R.random() < 0.4 else json.dumps(doc, indent=2)
    return txt + "\n"


# ---------------------------------------------------------------- exports
def g_crm_csv(d):
    cols = R.choice([
        ["Account Number", "Customer Name", "Supply Address", "Postcode", "MPAN", "Phone", "Email", "Status"],
        ["AccountId", "FullName", "Address1", "PostCode", "MPxN", "MobileNo", "EmailAddress", "CaseStatus", "Balance"],
        ["Acct", "Name", "Premises", "PC", "Meter Point", "Contact", "Email", "Stage"]])
    sep = R.choice([",", ",", ";"])
    rows = [sep.join(cols)]
    for _ in range(R.randint(3, 9)):
        g, s = person()
        line, toks, pcd, town = d.address(flat=R.random() < 0.2)
        gas = R.random() < 0.25
        mp = d.mprn() if gas else d.mpan(fancy=False)
        vals = [d.acct(), d.name(g, s) if R.random() < 0.8 else '"' + d.name(g, s, fmt="last_first") + '"',
                '"' + d.s("address", line, tokens=toks) + '"', d.pc(pcd), mp, d.phone(), d.email(g, s),
                d.k("status", R.choice(["Live", "Pending CoS", "Objected", "Closed", "On Hold"]))]
        if len(cols) == 9:
            vals.append(d.k("amount", f"{R.randint(-300, 900)}.{R.randint(0, 99):02d}"))
        rows.append(sep.join(vals))
    return "\r\n".join(rows) + "\r\n"


def g_ado_csv(d):
    rows = ['ID,Work Item Type,Title,Test Step,Step Action,Step Expected,Area Path,Assigned To,State']
    wid = R.randint(40000, 90000)
    tc = d.k("tc_ref", tc_ref())
    rows.append(f'{d.k("work_item", str(wid))},Test Case,"{tc} Change of Supplier - {R.choice(["happy path", "objection", "late read", "no read"])}",,,,"MHHS\\QT\\{R.choice(["LDSO", "Supplier", "MDS"])}",{R.choice(["Asha Patel", "Tom Reid", "Lena Fox"])} <testers@example.org>,{R.choice(["Design", "Ready", "Closed"])}')
    for i in range(1, R.randint(4, 8)):
        act = R.choice([
            lambda: f"Send {d.k('flow', 'IF-031')} for {d.k('mpan_ref', mpan_ref())} using harness",
            lambda: f"Submit appointment for MPAN {d.mpan()} via portal",
            lambda: f"Confirm meter {d.serial('elec_serial')} shows as installed",
            lambda: f"Check DIP tracker for message {d.k('guid', guid())}",
            lambda: f"Raise {d.k('flow', R.choice(['D0010', 'D0086', 'D0150']))} with read of {d.k('reading', str(R.randint(1000, 99999)))}",
            lambda: f"Update address to {d.addr()[0]}",
            lambda: f"Verify response code {d.k('error', R.choice(['200', '202', '400', '422']))} returned",
        ])()
        exp = R.choice(["Message accepted", "Acknowledgement received within 5 minutes", "Record updated",
                        f"Status {d.k('status', R.choice(['ACK', 'NACK', 'Processed']))}"])
        rows.append(f',,,{i},"{act}","{exp}",,,')
    return "\r\n".join(rows) + "\r\n"


def g_psql(d):
    n = R.randint(2, 6)
    recs = []
    for _ in range(n):
        recs.append((d.k("row_id", str(R.randint(100, 99999))), d.mpan(fancy=False), d.serial("elec_serial", variant=False),
                     d.pc(postcode()[0], variant=False), d.k("status", R.choice(["ACTIVE", "PENDING", "DE-ENERGISED", "ERROR"])),
                     d.k("timestamp", ts("%Y-%m-%d %H:%M:%S")) + "+00"))
    head = ["id", "mpan_core", "msn", "postcode", "status", "updated_at"]
    w = [max(len(head[i]), *(len(r[i]) for r in recs)) for i in range(6)]
    q = R.choice(["SELECT id, mpan_core, msn, postcode, status, updated_at FROM supply_point WHERE status <> 'CLOSED' LIMIT 10;",
                  "select id,mpan_core,msn,postcode,status,updated_at from sp.supply_point order by updated_at desc limit 6;"])
    out = [f"{R.choice(['uit_sp', 'sit_reg', 'qt_mdr'])}=> {q}"]
    out.append(" " + " | ".join(h.ljust(w[i]) for i, h in enumerate(head)))
    out.append("-" + "-+-".join("-" * w[i] for i in range(6)) + "-")
    for r in recs:
        out.append(" " + " | ".join(v.ljust(w[i]) for i, v in enumerate(r)))
    out.append(f"({n} rows)")
    out.append("")
    return "\n".join(out) + "\n"


def g_ssms(d):
    cols = ["MeterPointId", "MPRN", "MeterSerial", "CustomerName", "SiteAddress", "PostCode", "LastReadDate", "ReadValue"]
    rows = ["\t".join(cols)]
    for _ in range(R.randint(2, 7)):
        line, toks, pcd, town = d.address()
        rows.append("\t".join([d.k("row_id", str(R.randint(1000, 99999))), d.mprn(), d.serial("gas_serial", variant=False),
                               d.name(), d.s("address", line, tokens=toks), d.pc(pcd, variant=False),
                               d.k("timestamp", ts("%Y-%m-%d %H:%M:%S.000")), d.k("reading", str(R.randint(0, 99999)))]))
    if R.random() < 0.5:
        rows.append("")
        rows.append(f"({len(rows) - 2} rows affected)")
        rows.append(f"Completion time: {ts()}.{R.randint(1000000, 9999999)}+00:00")
    return "\r\n".join(rows) + "\r\n"


def g_sheet_csv(d):
    sep = R.choice([",", "\t"])
    head = R.choice([["Test Data Ref", "MPAN", "Meter Serial", "Meter Type", "Energisation", "Notes"],
                     ["TD Ref", "MPAN Core", "Full MPAN", "MSN", "Comms Hub", "Owner"],
                     ["Ref", "MPRN", "Gas MSN", "GSME", "Site", "Postcode"]])
    rows = [sep.join(head)]
    for _ in range(R.randint(4, 12)):
        ref = d.k("td_ref", td_ref() if head[0] != "Test Data Ref" else mpan_ref())
        if head[1] == "MPAN":
            rows.append(sep.join([ref, d.mpan(), d.serial("elec_serial"), d.k("product", R.choice(["SMETS2", "SMETS1", "NHH Economy 7", "HH CT"])),
                                  R.choice(["E", "D"]), R.choice(["", "spare", "used in " + d.k("tc_ref", tc_ref()), "do not use"])]))
        elif head[1] == "MPAN Core":
            core = mpan_core(); pcl, mtc, llfc = mpan_top()
            full = d.s("mpan", f"{pcl} {mtc} {llfc} {core}", canon=core, note="21-digit")
            d.mpan(core, form=core)
            rows.append(sep.join([ref, core, full, d.serial("elec_serial"), d.eui(), R.choice(["Tom", "Asha", "Lena", "ops"])]))
        else:
            line, toks, pcd, town = d.address()
            rows.append(sep.join([ref, d.mprn(), d.serial("gas_serial"), d.eui(), '"' + d.s("address", line, tokens=toks) + '"' if sep == "," else d.s("address", line, tokens=toks), d.pc(pcd)]))
    # dedupe: core recorded twice above is fine (same value)
    return "\r\n".join(rows) + "\r\n"


def g_mq(d):
    mid = "414D5120" + "".join(R.choice("0123456789ABCDEF") for _ in range(40))
    payload = f"<Flow id=\"{R.choice(['D0010', 'D0086', 'D0150'])}\"><MPAN>MPANSLOT</MPAN><MSN>MSNSLOT</MSN></Flow>"
    core = mpan_core(); ms = elec_serial()
    payload = payload.replace("MPANSLOT", core).replace("MSNSLOT", ms)
    out = [f"AMQSBCG0 - starts here", "**********************", "",
           f" MQGET of message number {R.randint(1, 40)}, CompCode:0 Reason:0",
           "****Message descriptor****", "",
           f"  StrucId  : 'MD  '  Version : 2",
           f"  Format   : 'MQSTR   '",
           f"  MsgId : X'{d.k('msg_id', mid)}'",
           f"  PutApplName   : '{R.choice(['flowgate.jar', 'dtn_bridge', 'amqsput'])}'",
           f"  PutDate  : '{d.k('timestamp', ts('%Y%m%d'))}'    PutTime  : '{ts('%H%M%S')}00'", "",
           "****   Message      ****", "", f" length - {len(payload)} of {len(payload)} bytes", ""]
    raw = payload.encode()
    for off in range(0, len(raw), 16):
        chunk = raw[off:off + 16]
        hx = " ".join(chunk[i:i + 2].hex().upper() for i in range(0, len(chunk), 2))
        out.append(f"{off:08X}:  {hx.ljust(40)} '{chunk.decode('latin-1').ljust(16)}'")
    # the secrets cross hex-dump lines: record the dump lines as an encoded secret
    dump = "\n".join(out[-((len(raw) + 15) // 16):])
    d.s("mpan", dump, canon=core, note="hex dump")
    d.s("elec_serial", dump, canon=ms.lower(), note="hex dump")
    out += ["", "No more messages", "AMQSBCG0 - ends here"]
    return "\n".join(out) + "\n"
