#!/usr/bin/env python3
# Held-out TEXT corpus generator for Attest issue 12. Writes corpus/ and truth.json.
import os, json, sys, re, html, unicodedata
from gen_lib import *

OUT = "/tmp/ho33/text/corpus"


class C:
    def __init__(self, genre):
        self.genre = genre
        self.secrets = []
        self.keeps = []
        self.unicode_only = False

    def S(self, kind, form, value=None, tokens=None, cls="plain", optional=False):
        form = str(form)
        if any(unicodedata.category(ch) == "Cf" or 0xFE00 <= ord(ch) <= 0xFE0F or ord(ch) == 0x34F or ord(ch) > 0xFF
               for ch in form):
            self.unicode_only = True
        d = {"kind": kind, "form": form, "value": value if value is not None else form, "cls": cls}
        if tokens:
            d["tokens"] = tokens
        if optional:
            d["optional"] = True
        self.secrets.append(d)
        return form

    def K(self, s):
        s = str(s)
        self.keeps.append(s)
        return s

    # convenience
    def name(self, p, style="full", cls="plain"):
        if style == "full":
            f, t = p.full, [p.first, p.last]
        elif style == "title":
            f, t = "%s %s" % (p.title, p.last), [p.last]
        elif style == "titlefull":
            f, t = "%s %s %s" % (p.title, p.first, p.last), [p.first, p.last]
        elif style == "init":
            f, t = "%s %s. %s" % (p.title, p.first[0], p.last), [p.last]
        elif style == "first":
            f, t = p.first, [p.first]
        elif style == "last":
            f, t = p.last, [p.last]
        elif style == "upper":
            f, t = ("%s, %s" % (p.last, p.first)).upper(), [p.first, p.last]
        elif style == "rev":
            f, t = "%s, %s" % (p.last, p.first), [p.first, p.last]
        return self.S("name", f, tokens=t, cls=cls)

    def addr(self, s, with_flat=True, cls="plain", upper=False):
        line, toks = s.addr_line(with_flat)
        if upper:
            line = line.upper()
        return self.S("address", line, tokens=toks, cls=cls)

    def pc(self, s, form=None, cls="plain"):
        return self.S("postcode", form or s.pc, value=s.pc, cls=cls)

    def mpan(self, s, style="plain", cls="plain"):
        return self.S("mpan", mpan_groups(s.mpan, style), value=s.mpan, cls=cls)

    def phone(self, p, cls="plain"):
        return self.S("phone", p.phone, value=p.phone_digits, cls=cls)

    def email(self, p, cls="plain"):
        return self.S("email", p.email, value=p.email, cls=cls)


GENRES = []


def genre(n):
    def deco(f):
        GENRES.append((f.__name__, f, n))
        return f
    return deco


# ---------------------------------------------------------------- DTC flows
@genre(8)
def dtc_d0010(c):
    fn = c.K("D0010001_%s_%05d.usr" % (R.choice(["UDMS", "PRIMARY", "NHHDC"]), R.randint(1, 99999)))
    L = ["ZHV|%s|D0010001|D|%s|X|%s|%s||||OPER|" % (c.K("F%08d" % R.randint(1, 99999999)), R.choice(["UDMS", "LBSL"]),
                                                    R.choice(["PPCS", "MANW"]), c.K("20261204%06d" % R.randint(0, 235959)))]
    for _ in range(R.randint(1, 4)):
        s = Site()
        L.append("026|%s|V|" % c.mpan(s))
        L.append("028|%s|%s|" % (c.S("elec_serial", s.eserial), R.choice(["C", "H", "N"])))
        L.append("030|%s|%s|%s|T|N|" % (c.K(R.choice(["01", "S", "R1", "TR"])), c.K("20261201%06d" % R.randint(0, 235959)),
                                         c.K("%07.1f" % (R.random() * 99999))))
    L.append("ZPT|%s|%d||%d|%s|" % (c.K("F%08d" % R.randint(1, 99999999)), len(L) - 1, R.randint(1, 9), c.K("20261204120000")))
    return "\n".join(L) + "\n", "usr", fn


@genre(6)
def dtc_d0150(c):
    s = Site()
    L = ["ZHV|%s|D0150001|M|%s|X|%s|%s||||OPER|" % (c.K("M%08d" % R.randint(1, 99999999)), "MOPX", "SUPP", c.K("20261130091501")),
         "288|%s|%s|" % (c.mpan(s), c.K("20261101")),
         "289|%s|%s|%s|" % (c.K(s.pc_top.split()[1]), c.K("%s" % R.choice(["H", "N"])), c.K("20261101")),
         "290|%s|%s|%s|%s|" % (c.S("elec_serial", s.eserial), c.K(R.choice(["S", "K", "N", "H"])), c.K("20261101"),
                              R.choice(["METER IN LOBBY", "MTR CUPBD UNDER STAIRS", "EXT BOX LHS", "GARAGE REAR WALL"])),
         "293|%s|%s|%s|%s|" % (c.K("01"), c.K("KWH"), c.K(R.choice(["0393", "0151", "0001"])), c.K("1.0")),
         "ZPT|%s|5||1|%s|" % (c.K("M%08d" % R.randint(1, 99999999)), c.K("20261130091502"))]
    if R.random() < 0.6:
        L.insert(2, "09A|%s|%s|" % (c.addr(s, cls="flow-address").upper() if False else c.S("address", s.street().upper(), tokens=[s.sw], cls="flow-address"),
                                     c.pc(s)))
    return "\n".join(L) + "\n", R.choice(["flw", "dat", "txt"]), None


@genre(5)
def dtc_d0086_notes(c):
    s = Site(); p = Person()
    body = ("ZHV|%s|D0086001|X|NHHDC|X|SUPP|20261203110000||||OPER|\n" % c.K("R%08d" % R.randint(1, 99999999)) +
            "348|%s|%s|%s|\n" % (c.mpan(s), c.S("elec_serial", s.eserial), c.K("20261202")) +
            "349|01|%s|\n" % c.K("%06d" % R.randint(0, 999999)) +
            "350|CUSTOMER READ - %s CALLED IN, SAYS METER AT %s %s|\n" % (
                c.name(p, "upper"), c.S("address", s.street().upper(), tokens=[s.sw], cls="flow-freetext"), c.pc(s, s.pc.upper())) +
            "ZPT|%s|4||1|20261203110001|\n" % c.K("R%08d" % R.randint(1, 99999999)))
    return body, "usr", None


# ---------------------------------------------------------------- MHHS IF / PUB JSON
@genre(9)
def mhhs_if031(c):
    s = Site(); p = Person()
    corr = c.K(guid())
    mtype = c.K(R.choice(["IF-031", "IF-021", "IF-036", "IF-013"]))
    ev = R.choice(["mpanRef", "mpan", "MPAN", "meteringPointId", "supplyPointRef", "mpan_core", "MeteringPoint"])
    j = '{\n  "header": {\n    "messageType": "%s",\n    "correlationId": "%s",\n    "dipMessageId": "%s",\n    "createdAt": "%s",\n    "sender": "%s",\n    "environment": "%s"\n  },\n  "payload": {\n' % (
        mtype, corr, c.K(guid()), c.K(ts()), c.K(R.choice(["SUPP01", "ADSX", "MDSV01", "LDSO-23"])), c.K("SIT-B"))
    j += '    "%s": "%s",\n' % (ev, c.mpan(s))
    j += '    "effectiveFromDate": "%s",\n' % c.K("2026-12-%02d" % R.randint(1, 28))
    j += '    "connectionType": "%s",\n    "energisationStatus": "%s",\n' % (c.K("W"), c.K(R.choice(["E", "D"])))
    if R.random() < 0.7:
        j += '    "meterSerialNumber": "%s",\n' % c.S("elec_serial", R.choice([s.eserial, s.eserial, s.eserial.lower()]), value=s.eserial, cls="serial-form")
    if R.random() < 0.5:
        j += '    "premisesAddress": {"line1": "%s", "line2": "%s", "postcode": "%s"},\n' % (
            c.S("address", s.street(), tokens=[s.sw]), c.S("address", s.town, tokens=[s.town]), c.pc(s))
    if R.random() < 0.4:
        j += '    "dataSharingAgreement": "%s",\n    "customerContact": "%s",\n' % (c.K("HH"), c.name(p, "full"))
    j += '    "llfc": "%s",\n    "gspGroup": "%s",\n    "marketSegment": "%s"\n  }\n}\n' % (
        c.K(R.choice(["801", "A12", "110"])), c.K("_" + R.choice("ABCDEFGHJKLMNP")), c.K(R.choice(["SMART", "ADVANCED", "UNMETERED"])))
    return j, "json", None


@genre(6)
def mhhs_pub_jsonl(c):
    L = []
    for i in range(R.randint(3, 7)):
        s = Site()
        L.append('{"ts":"%s","level":"INFO","logger":"dip.consumer","msg":"PUB received","type":"%s","id":"%s","mpxn":"%s","seq":%s}' % (
            c.K(ts()), c.K(R.choice(["PUB-031", "PUB-011", "PUB-046", "PUB-025"])), c.K(guid()), c.mpan(s), c.K(str(R.randint(1000, 99999)))))
    s = Site()
    L.append('{"ts":"%s","level":"WARN","logger":"dip.consumer","msg":"schema warning on field supplyAddress: \\"%s, %s\\"","id":"%s"}' % (
        c.K(ts()), c.S("address", "%s, %s" % (s.street(), s.town), tokens=[s.sw, s.town], cls="log-address"), c.pc(s), c.K(guid())))
    return "\n".join(L) + "\n", "jsonl", None


# ---------------------------------------------------------------- DCC DUIS XML
@genre(9)
def duis_xml(c):
    s = Site()
    srv = R.choice([("8.1.1", "CS11"), ("4.1.1", "ECS26a"), ("11.2", "ECS35a"), ("6.15.1", "GCS21d")])
    gas = srv[1].startswith("G") or R.random() < 0.3
    dev = s.gpf if gas else s.eui
    style = R.choice(["dash", "dash", "plain", "colon", "lower"])
    rid = c.S("eui64", "90-B3-D5-1F-30-01-00-00:%s:%d" % (eui_fmt(dev, "dash"), R.randint(1000, 99999)), value=dev, cls="propagation-requestid")
    x = ('<?xml version="1.0" encoding="UTF-8"?>\n<sr:Request xmlns:sr="http://www.dccinterface.co.uk/ServiceUserGateway" schemaVersion="%s">\n'
         '  <sr:Header>\n    <sr:RequestID>%s</sr:RequestID>\n    <sr:CommandVariant>%s</sr:CommandVariant>\n'
         '    <sr:ServiceReference>%s</sr:ServiceReference>\n    <sr:ServiceReferenceVariant>%s</sr:ServiceReferenceVariant>\n  </sr:Header>\n'
         '  <sr:Body>\n    <sr:%s>\n      <sr:DeviceID>%s</sr:DeviceID>\n') % (
        c.K(R.choice(["5.1", "6.0", "7.0"])), rid, c.K(str(R.choice([1, 3, 4]))), c.K(srv[0]), c.K(srv[0]),
        R.choice(["ReadInstantaneousPrepayValues", "UpdateImportTariff", "ReadProfileData", "RestrictedAccessChange"]),
        c.S("eui64", eui_fmt(dev, style), value=dev))
    if R.random() < 0.5:
        x += "      <sr:MeterSerial>%s</sr:MeterSerial>\n" % c.S("gas_serial" if gas else "elec_serial", s.gserial if gas else s.eserial)
    x += "      <sr:ExecutionDateTime>%s</sr:ExecutionDateTime>\n    </sr:%s>\n  </sr:Body>\n</sr:Request>\n" % (c.K(ts()), "Payload")
    x = x.replace("<sr:Payload>", "").replace("</sr:Payload>", "")
    return x, "xml", None


@genre(5)
def duis_response(c):
    s = Site()
    dev = s.eui
    x = ('<sr:Response xmlns:sr="http://www.dccinterface.co.uk/ServiceUserGateway">\n <sr:Header>\n'
         '  <sr:RequestID>%s</sr:RequestID>\n  <sr:ResponseID>%s</sr:ResponseID>\n  <sr:ResponseCode>%s</sr:ResponseCode>\n'
         '  <sr:ResponseDateTime>%s</sr:ResponseDateTime>\n </sr:Header>\n <sr:Body>\n  <sr:DeviceStatus deviceId="%s" '
         'status="%s" mpxn="%s"/>\n  <sr:Info>Device %s commissioned against %s on %s</sr:Info>\n </sr:Body>\n</sr:Response>\n') % (
        c.S("eui64", "%s:%s:%d" % (eui_fmt(dev, "dash"), "90-B3-D5-1F-30-01-00-00", R.randint(100, 9999)), value=dev, cls="propagation-requestid"),
        c.S("eui64", "%s:%s:%d" % ("90-B3-D5-1F-30-01-00-00", eui_fmt(dev, "dash"), R.randint(100, 9999)), value=dev, cls="propagation-requestid"),
        c.K(R.choice(["I0", "I99", "E3", "W1"])), c.K(ts()), c.S("eui64", eui_fmt(dev, "dash"), value=dev),
        c.K(R.choice(["Commissioned", "InstalledNotCommissioned", "Decommissioned"])), c.mpan(s),
        c.S("eui64", eui_fmt(dev, R.choice(["plain", "lower", "0x", "dot"])), value=dev, cls="eui-form"),
        c.mpan(s, R.choice(["space", "plain"])), c.K("2026-12-0%d" % R.randint(1, 9)))
    return x, "xml", None


# ---------------------------------------------------------------- DIP tracker CSV
@genre(7)
def dip_tracker_csv(c):
    sep = R.choice([",", ",", ";", "\t"])
    hdr = ["Message ID", "Interface", "Direction", "MPAN", "Status", "Received (UTC)", "Test Case", "Notes"]
    L = [sep.join(hdr)]
    for _ in range(R.randint(4, 9)):
        s = Site()
        note = R.choice(["", "", "resent", "schema ok", "rejected - retry", "See ADO %s" % c.K("Bug %d" % R.randint(40000, 59999))])
        if R.random() < 0.15:
            p = Person()
            note = "cust %s rang" % c.name(p, R.choice(["title", "full"]))
        L.append(sep.join([c.K(guid()), c.K(R.choice(["IF-031", "IF-021", "PUB-031", "IF-013", "IF-047"])), c.K(R.choice(["IN", "OUT"])),
                           c.mpan(s), c.K(R.choice(["Delivered", "Acknowledged", "Rejected", "Pending"])),
                           c.K("2026-12-0%d %02d:%02d:%02d" % (R.randint(1, 4), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))),
                           c.K(tcref()), note]))
    return "\n".join(L) + "\n", R.choice(["csv", "csv", "tsv"]) if sep == "\t" else "csv", None


# ---------------------------------------------------------------- ADO CSV / bug html
@genre(7)
def ado_testcase_csv(c):
    L = ['ID,Work Item Type,Title,Test Step,Step Action,Step Expected,Area Path,Assigned To,State']
    wid = R.randint(100000, 199999)
    for i in range(R.randint(3, 6)):
        s = Site()
        act = R.choice([
            lambda: 'Submit %s for MPAN %s' % (c.K("IF-031"), c.mpan(s, R.choice(["plain", "space"]))),
            lambda: 'Send %s to device %s' % (c.K("SRV 8.1.1"), c.S("eui64", eui_fmt(s.eui, R.choice(["dash", "plain"])), value=s.eui)),
            lambda: 'Record read for meter %s' % c.S("elec_serial", s.eserial),
            lambda: 'Raise gas read for MPRN %s (meter %s)' % (c.S("mprn", s.mprn), c.S("gas_serial", s.gserial)),
            lambda: 'Verify %s shows on DIP portal' % c.K("PUB-031"),
        ])()
        L.append('%s,Test Case,"%s",%d,"%s","%s",%s,%s,%s' % (
            c.K(str(wid)), c.K(R.choice(["COS - Standard change of supplier", "Meter exchange SMETS2", "Re-registration"])), i + 1, act,
            R.choice(["Message accepted", "Response I0 received", "Reading stored"]), c.K("MHHS\\SIT\\Functional"),
            R.choice(["Test Lead <tl@example.com>", ""]).replace("Test Lead <tl@example.com>", "") ,
            c.K(R.choice(["Design", "Ready", "Closed"]))))
    return "\n".join(L) + "\n", "csv", None


@genre(6)
def ado_bug_html(c):
    s = Site(); p = Person()
    bid = c.K("Bug %d" % R.randint(40000, 59999))
    h = ('<div><b>Repro steps</b></div><div>1. Load %s into SIT-A for MPAN&nbsp;%s</div>'
         '<div>2. Customer %s at <span style="color:red">%s</span>, %s reports no bill</div>'
         '<div>3. Check %s in DIP &ndash; status <i>%s</i></div><br><div>Meter: %s</div>'
         '<div>Seen in build %s, env %s</div>') % (
        c.K("D0010"), c.mpan(s), c.name(p, "titlefull"), c.S("address", "%s, %s" % (s.street(), s.town), tokens=[s.sw, s.town]),
        c.pc(s), c.K("IF-021"), c.K("Rejected"), c.S("elec_serial", s.eserial), c.K("v%d.%d.%d" % (R.randint(1, 4), R.randint(0, 20), R.randint(0, 99))),
        c.K("SIT-A"))
    t = "%s\nTitle: MPAN rejected on %s\n\n%s\n" % (bid, c.K("IF-021"), h)
    return t, R.choice(["html", "txt"]), None


# ---------------------------------------------------------------- harness logs
@genre(10)
def harness_log(c):
    L = []
    for _ in range(R.randint(8, 16)):
        s = Site(); p = Person()
        t = c.K(ts().replace("T", " ").replace("Z", ""))
        k = R.randint(0, 11)
        if k == 0:
            m = "INFO  runner  step %d started case=%s mpan=%s" % (R.randint(1, 9), c.K(tcref()), c.mpan(s))
        elif k == 1:
            m = "DEBUG http    POST /api/v1/if031 -> %s (%sms) corr=%s" % (c.K("202"), R.randint(20, 900), c.K(guid()))
        elif k == 2:
            m = "INFO  fixture loaded customer address %s, %s" % (c.S("address", "%s, %s" % (s.street(), s.town), tokens=[s.sw, s.town], cls="log-address"), c.pc(s))
        elif k == 3:
            m = "WARN  meter  Gas meter %s not found for MPRN %s" % (c.S("gas_serial", s.gserial, cls="gas-label"), c.S("mprn", s.mprn))
        elif k == 4:
            m = "INFO  dcc    SRV %s sent to %s" % (c.K("8.1.1"), c.S("eui64", eui_fmt(s.eui, R.choice(["dash", "colon", "plain", "0x", "dot", "lower"])), value=s.eui))
        elif k == 5:
            m = "INFO  crm    contact updated: %s tel %s" % (c.name(p, "full"), c.phone(p))
        elif k == 6:
            m = "ERROR flow   D0010 rejected: invalid reading for serial %s (register %s)" % (c.S("elec_serial", s.eserial), c.K("01"))
        elif k == 7:
            m = "INFO  runner  Site: %s %s" % (c.S("address", "%s, %s" % (s.street(), s.town), tokens=[s.sw, s.town], cls="log-address"), c.pc(s))
        elif k == 8:
            m = "DEBUG mail   notification queued to %s" % c.email(p)
        elif k == 9:
            m = "INFO  epoch=%s batch=%s rows=%d" % (c.K(epoch_ms()), c.K("B%06d" % R.randint(0, 999999)), R.randint(1, 500))
        elif k == 10:
            m = "INFO  stub   MPAN %s registered LLFC %s MTC %s" % (c.mpan(s, R.choice(["plain", "space", "-"])), c.K(R.choice(["801", "A12"])), c.K("845"))
        else:
            m = "INFO  evidence saved %s" % c.K("step%02d_%s.png" % (R.randint(1, 20), R.choice(["portal", "dip", "crm"])))
        L.append("%s %s" % (t, m))
    return "\n".join(L) + "\n", "log", None


@genre(5)
def java_stack(c):
    s = Site()
    t = ("%s ERROR [pool-3-thread-7] c.e.mhhs.RegistrationService - Failed to process registration\n"
         "com.example.mhhs.ValidationException: MPAN %s not in MDD for GSP %s\n"
         "\tat com.example.mhhs.RegistrationService.validate(RegistrationService.java:%d)\n"
         "\tat com.example.mhhs.RegistrationService.process(RegistrationService.java:%d)\n"
         "Caused by: java.lang.IllegalStateException: meterSerial=%s, installAddress=%s %s\n"
         "\tat com.example.meter.MeterLookup.find(MeterLookup.java:%d)\n\t... %d more\n") % (
        c.K(ts()), c.mpan(s), c.K("_" + R.choice("ABCDEFG")), R.randint(10, 400), R.randint(10, 400), c.S("elec_serial", s.eserial),
        c.S("address", "%s %s" % (s.street(), s.town), tokens=[s.sw, s.town], cls="log-address"), c.pc(s), R.randint(10, 400), R.randint(2, 40))
    return t, "log", None


# ---------------------------------------------------------------- free-text notes
@genre(10)
def tester_notes(c):
    s = Site(); p = Person(); s2 = Site()
    pcf = R.choice([s.pc, s.pc.replace(" ", ""), s.pc.lower(), s.pc.replace(" ", "\u00a0"), s.pc.replace(" ", "  "), s.pc.replace(" ", "-"), s.pc.replace(" ", "_")])
    pcl = "plain" if pcf == s.pc else "postcode-form"
    lines = [
        "## %s - notes (%s)" % (c.K(tcref()), c.K("04/12/2026")),
        "",
        "- Used %s as the test site, %s" % (c.S("address", s.addr_line()[0], tokens=s.addr_line()[1], cls="note-address"), c.pc(s, pcf, cls=pcl)),
        "- MPAN %s, top line %s" % (c.mpan(s, R.choice(["plain", "space", "4"])), c.K(s.pc_top)),
        "- Elec meter %s, gas meter %s (MPRN %s)" % (c.S("elec_serial", s.eserial), c.S("gas_serial", s.gserial, cls="gas-label"), c.S("mprn", s.mprn)),
        "- Customer is %s, prefers calls on %s" % (c.name(p, R.choice(["titlefull", "full", "init"])), c.phone(p)),
        "- %s sent at %s, ack %s" % (c.K("IF-031"), c.K("10:42"), c.K("I0")),
        "- Also tried the neighbour at %s %s but no access" % (c.S("address", "%d %s %s" % (s2.num, s2.sw, s2.st), tokens=[s2.sw], cls="note-address"), c.pc(s2)),
        "- Retest booked for %s, see %s" % (c.K("08/12/2026"), c.K("Bug %d" % R.randint(40000, 59999))),
    ]
    R.shuffle(lines[2:])
    return "\n".join(lines) + "\n", R.choice(["md", "txt"]), None


@genre(6)
def field_job_sheet(c):
    s = Site(); p = Person()
    t = ("JOB SHEET  %s     Engineer: %s\n===============================================\n"
         "Job type      : %s\nAppointment   : %s %s\nPremises      : %s\nPostcode      : %s\nOccupier      : %s (%s)\n"
         "OLD METER     : %s  reading %s\nNEW METER     : %s  reading %s\nComms hub     : %s\nGas meter     : %s\n"
         "Access notes  : key safe code given by customer, dog on site\nOutcome       : %s\n") % (
        c.K("JOB-%07d" % R.randint(0, 9999999)), c.K("ENG%04d" % R.randint(0, 9999)), c.K(R.choice(["SMETS2 exchange", "Faulty meter", "New connection"])),
        c.K("05/12/2026"), c.K("AM"), c.addr(s, cls="labelled-address"), c.pc(s), c.name(p, "titlefull"), c.phone(p),
        c.S("elec_serial", R.choice([s.eserial, s.eserial.lower(), " ".join([s.eserial[:4], s.eserial[4:]])]), value=s.eserial, cls="serial-form"),
        c.K("%05d" % R.randint(0, 99999)), c.S("elec_serial", new_elec_serial()), c.K("00000"),
        c.S("eui64", eui_fmt(s.eui, R.choice(["dash", "space", "plain"])), value=s.eui), c.S("gas_serial", s.gserial, cls="gas-label"),
        c.K(R.choice(["COMPLETED", "ABORTED - NO ACCESS", "COMPLETED - PHOTOS TAKEN"])))
    return t, "txt", None


# ---------------------------------------------------------------- email
@genre(8)
def outlook_eml(c):
    s = Site(); p = Person(); tl = Person()
    qp = R.random() < 0.4
    body = ("Hi %s,\n\nThe customer %s at %s, %s called again today about the smart meter.\n"
            "MPAN %s, meter serial %s.\nTheir number is %s and e-mail %s.\n\n"
            "I have raised %s against %s.\n\nThanks\n%s\n") % (
        c.name(tl, "first"), c.name(p, "titlefull"), c.S("address", s.addr_line()[0], tokens=s.addr_line()[1]), c.pc(s),
        c.mpan(s, R.choice(["plain", "space"])), c.S("elec_serial", s.eserial), c.phone(p), c.email(p),
        c.K("Bug %d" % R.randint(40000, 59999)), c.K(tcref()), c.K("Test Analyst, SIT team"))
    hdr = ("From: %s <%s>\nTo: %s\nSubject: RE: %s failed - %s\nDate: Thu, 03 Dec 2026 14:%02d:11 +0000\nMessage-ID: <%s@mail.example.com>\nMIME-Version: 1.0\n") % (
        c.K("SIT Test Team"), "sit-testing@example.org", "qt-ldso@example.org", c.K(tcref()), c.K("IF-031"), R.randint(0, 59), c.K(guid()))
    # quoted reply with a split MPAN
    s2 = Site()
    m2 = s2.mpan
    quoted = "\n> On 2 Dec 2026, %s wrote:\n> please check supply %s\n> %s for me\n" % (
        c.K("Ops Desk"), "", "")
    cut = R.randint(4, 9)
    quoted = "\n> On 2 Dec 2026, Ops Desk wrote:\n> please check supply number " + c.S("mpan", m2[:cut] + "\n> " + m2[cut:], value=m2, cls="quote-split") + " for me\n> thanks\n"
    c.keeps.append("Ops Desk")
    if qp:
        import quopri
        raw = body
        enc = quopri.encodestring(raw.encode("utf-8")).decode()
        hdr += "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
        # secrets stay visible unless qp breaks them; record qp form as extra secret form check by scorer (decoded view)
        return hdr + enc + quoted, "eml", None
    hdr += "Content-Type: text/plain; charset=utf-8\n\n"
    return hdr + body + quoted, "eml", None


@genre(5)
def mime_b64_attach(c):
    s = Site(); p = Person()
    inner = "Supply %s\nMeter %s\nCustomer %s\n%s %s\n" % (s.mpan, s.eserial, p.full, s.street(), s.pc)
    blob = b64(inner)
    lines = "\n".join(blob[i:i + 76] for i in range(0, len(blob), 76))
    c.S("mpan", lines, value=s.mpan, cls="base64-attachment")
    c.S("elec_serial", lines, value=s.eserial, cls="base64-attachment")
    c.S("name", lines, value=p.full, tokens=[p.first, p.last], cls="base64-attachment")
    c.S("postcode", lines, value=s.pc, cls="base64-attachment")
    t = ("From: %s\nTo: %s\nSubject: evidence for %s\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"XYZ\"\n\n--XYZ\n"
         "Content-Type: text/plain\n\nSee attached extract (%s).\n\n--XYZ\nContent-Type: text/plain; name=\"extract.txt\"\n"
         "Content-Transfer-Encoding: base64\nContent-Disposition: attachment; filename=\"extract.txt\"\n\n%s\n--XYZ--\n") % (
        "qt-ldso@example.org", "sit-testing@example.org", c.K(tcref()), c.K("extract.txt"), lines)
    return t, "eml", None


# ---------------------------------------------------------------- chats
@genre(7)
def teams_chat(c):
    s = Site(); p = Person(); a = Person(); b = Person()
    L = ["[%s] %s: morning, anyone got a spare smart site in %s?" % (c.K("09:%02d" % R.randint(0, 59)), c.name(a, "full"), c.K("SIT-B")),
         "[%s] %s: use %s, %s - mpan is %s" % (c.K("09:%02d" % R.randint(0, 59)), c.name(b, "full"),
                                                c.S("address", s.street(), tokens=[s.sw], cls="chat-address"), c.pc(s, R.choice([s.pc, s.pc.lower(), s.pc.replace(" ", "")]), cls="postcode-form"),
                                                c.mpan(s, R.choice(["plain", "space", "4", "-", "wide"]), cls="separators")),
         "[%s] %s: ta. which meter?" % (c.K("09:%02d" % R.randint(0, 59)), c.name(a, "first")),
         "[%s] %s: %s, hub %s" % (c.K("09:%02d" % R.randint(0, 59)), c.name(b, "first"),
                                  c.S("elec_serial", R.choice([s.eserial.lower(), s.eserial, " ".join(s.eserial)]), value=s.eserial, cls="serial-form"),
                                  c.S("eui64", eui_fmt(s.eui, R.choice(["dot", "lower", "0x", "dash4"])), value=s.eui, cls="eui-form")),
         "[%s] %s: customer is %s if they ring, %s" % (c.K("09:%02d" % R.randint(0, 59)), c.name(b, "first"), c.name(p, R.choice(["title", "full"])), c.phone(p)),
         "[%s] %s: 👍" % (c.K("09:%02d" % R.randint(0, 59)), c.name(a, "first"))]
    return "\n".join(L) + "\n", "txt", None


@genre(5)
def slack_json(c):
    s = Site(); p = Person()
    msgs = [
        {"user": "U0%dABCD" % R.randint(10, 99), "ts": c.K("%d.%06d" % (R.randint(1764000000, 1765000000), R.randint(0, 999999))),
         "text": "can someone resend %s for %s?" % (c.K("IF-047"), c.mpan(s))},
        {"user": "U0%dEFGH" % R.randint(10, 99), "ts": "1764860000.000100",
         "text": "done, corr id %s. btw the gas side is %s / MPRN %s" % (c.K(guid()), c.S("gas_serial", s.gserial.lower(), value=s.gserial, cls="serial-form"), c.S("mprn", s.mprn))},
        {"user": "U0%dIJKL" % R.randint(10, 99), "ts": "1764860000.000200",
         "text": "note for later: %s lives at %s, %s" % (c.name(p, "full"), c.S("address", s.addr_line()[0], tokens=s.addr_line()[1]), c.pc(s))},
    ]
    return json.dumps({"channel": "C0SITDEFECTS", "messages": msgs}, indent=2, ensure_ascii=R.random() < 0.3) + "\n", "json", None


# ---------------------------------------------------------------- CRM case notes
@genre(8)
def crm_notes(c):
    s = Site(); p = Person()
    t = ("Case %s | Status: %s | Owner: %s\nAccount: %s\nContact: %s\nPhone: %s\nEmail: %s\nSupply address: %s\n"
         "Postcode: %s\nElectricity MPAN: %s\nGas MPRN: %s\n--- Notes ---\n%s\n") % (
        c.K("CS-%08d" % R.randint(0, 99999999)), c.K(R.choice(["Open", "Pending Customer", "Resolved"])), c.K("Tier 2 Billing"),
        ("ACC-%07d" % R.randint(0, 9999999)), c.name(p, R.choice(["titlefull", "full", "rev"])), c.phone(p), c.email(p),
        c.addr(s, cls="labelled-address"), c.pc(s), c.mpan(s, R.choice(["plain", "space"])), c.S("mprn", s.mprn),
        R.choice([
            lambda: "Cust says estimated bill too high, gave read %s on meter %s." % (c.K("0%d" % R.randint(10000, 99999)), c.S("elec_serial", s.eserial)),
            lambda: "Spoke to %s's son, he confirms they moved in on %s." % (c.name(p, "title"), c.K("01/11/2026")),
            lambda: "Letter returned from %s - check address." % c.S("address", "%s %s" % (s.num, s.sw + " " + s.st), tokens=[s.sw], cls="note-address"),
        ])())
    if R.random() < 0.4:
        t = t.replace("Supply address: ", "Site address: ").replace("Contact: ", "Named party: ")
    return t, "txt", None


# ---------------------------------------------------------------- bill text
@genre(6)
def bill_text(c):
    s = Site(); p = Person()
    top = s.pc_top.split()
    t = ("                      BrightWatt Energy (test)\n\n%s\n%s\n%s\n\nAccount number: %s        Bill date: %s\n\n"
         "Your electricity supply number\n   +----+------+------+-----+\n   |    | %s   | %s  | %s |\n   | S  +------+------+-----+\n"
         "   |    | %s  |\n   +----+-----------------------+\n\nMeter %s   Previous %s  Present %s   Units %s\n"
         "Total to pay: %s\nGas supply point (MPRN): %s   Gas meter: %s\n") % (
        c.name(p, "titlefull"), c.S("address", s.street(), tokens=[s.sw], cls="bill-address"), c.S("address", s.town.upper(), tokens=[s.town], cls="bill-address"),
        ("A-%08d" % R.randint(0, 99999999)), c.K("01 Dec 2026"),
        c.K(top[0]), c.K(top[1]), c.K(top[2]),
        c.S("mpan", "%s   %s %s %s" % (s.mpan[:2], s.mpan[2:6], s.mpan[6:10], s.mpan[10:]), value=s.mpan, cls="sbox"),
        c.S("elec_serial", s.eserial), c.K("%05d" % R.randint(0, 50000)), c.K("%05d" % R.randint(50000, 99999)), c.K(str(R.randint(100, 999))),
        c.K("£%d.%02d" % (R.randint(20, 400), R.randint(0, 99))), c.S("mprn", s.mprn), c.S("gas_serial", s.gserial, cls="gas-label"))
    t += "%s\n" % c.pc(s)
    return t, "txt", None


# ---------------------------------------------------------------- SQL output
@genre(7)
def psql_out(c):
    rows = []
    for _ in range(R.randint(3, 7)):
        s = Site()
        rows.append((c.K(str(R.randint(1000, 99999))), c.mpan(s), c.S("elec_serial", s.eserial), c.pc(s), c.K(R.choice(["LIVE", "PENDING", "LOST"])), c.K("2026-1%d-0%d" % (R.randint(0, 1), R.randint(1, 9)))))
    hdr = " reg_id |     mpan_core     |  msn        | postcode  | status  |  eff_from\n--------+-------------------+-------------+-----------+---------+------------"
    body = "\n".join(" %6s | %-17s | %-11s | %-9s | %-7s | %s" % r for r in rows)
    q = "sit_b=> SELECT reg_id, mpan_core, msn, postcode, status, eff_from FROM registration WHERE gsp='_%s' LIMIT 10;\n" % R.choice("ABCD")
    return q + hdr + "\n" + body + "\n(%d rows)\n" % len(rows), "txt", None


@genre(5)
def sqlcmd_out(c):
    rows = []
    for _ in range(R.randint(3, 6)):
        s = Site(); p = Person()
        rows.append("%-12s %-26s %-22s %-12s" % (c.S("mprn", s.mprn), c.name(p, "full"), c.S("gas_serial", s.gserial), c.K("2026-11-%02d" % R.randint(1, 28))))
    t = ("1> SELECT MPRN, CustomerName, MeterSerial, ReadDate FROM dbo.GasReads WHERE Batch = 'B77';\n2> GO\n"
         "MPRN         CustomerName               MeterSerial            ReadDate    \n------------ -------------------------- ---------------------- ------------\n" + "\n".join(rows) + "\n\n(%d rows affected)\n" % len(rows))
    return t, "txt", None


@genre(4)
def sql_insert(c):
    L = ["-- fixture for %s" % c.K(tcref()), "BEGIN;"]
    for _ in range(R.randint(2, 5)):
        s = Site(); p = Person()
        L.append("INSERT INTO customer (id, name, addr1, town, postcode, mpan, phone) VALUES (%s, '%s', '%s', '%s', '%s', '%s', '%s');" % (
            c.K(str(R.randint(10, 9999))), c.name(p, "full").replace("'", "''"), c.S("address", s.street(), tokens=[s.sw]), c.S("address", s.town, tokens=[s.town]),
            c.pc(s), c.mpan(s), c.S("phone", p.phone, value=p.phone_digits)))
    L.append("COMMIT;")
    return "\n".join(L) + "\n", "sql", None


# ---------------------------------------------------------------- SAP IS-U (German field names)
@genre(6)
def sap_isu(c):
    s = Site(); p = Person()
    t = ("Transaktion ES32  Anlage anzeigen\n--------------------------------------------------\n"
         "Anlage            %s\nSparte            %s\nZählpunkt         %s\nZählpunktbez.     %s\nGerät (Zähler)    %s\n"
         "Geschäftspartner  %s  %s\nVerbrauchsstelle  %s\n                  %s %s\nAbleseeinheit     %s\nGültig ab         %s\n") % (
        ("ANL-%06d" % R.randint(0, 999999)), c.K(R.choice(["01 Strom", "02 Gas"])),
        c.K("ZP%08d" % R.randint(0, 99999999)), c.mpan(s, cls="foreign-label"), c.S("elec_serial", s.eserial, cls="foreign-label"),
        ("GP%07d" % R.randint(0, 9999999)), c.name(p, R.choice(["full", "rev"]), cls="foreign-label"),
        c.S("address", s.street(), tokens=[s.sw], cls="foreign-label"), c.pc(s, cls="foreign-label"), c.S("address", s.town, tokens=[s.town], cls="foreign-label"),
        c.K("MR%04d" % R.randint(0, 9999)), c.K("01.12.2026"))
    return t, "txt", None


@genre(4)
def sap_idoc(c):
    s = Site()
    t = ("EDI_DC40  %s  UTILMD  %s\nE1_ISU_POD  POD=%s  EXT_UI=%s\nE1_ISU_DEVICE  SERNR=%s  MATNR=%s\nE1_ISU_ADDR  STREET=%s  HOUSE_NUM1=%d  CITY1=%s  POST_CODE1=%s\n") % (
        c.K("%016d" % R.randint(0, 10 ** 15)), c.K("ZUTILMD_GB"), c.K("POD%07d" % R.randint(0, 9999999)), c.mpan(s, cls="foreign-label"),
        c.S("elec_serial", s.eserial, cls="foreign-label"), c.K("MAT-SMETS2-01"), c.S("address", "%s %s" % (s.sw, s.st), tokens=[s.sw], cls="foreign-label"), s.num,
        c.S("address", s.town.upper(), tokens=[s.town], cls="foreign-label"), c.pc(s, cls="foreign-label"))
    return t, "txt", None


# ---------------------------------------------------------------- UK Link gas
@genre(6)
def uklink_gas(c):
    L = ["A00,%s,%s,%s,%s" % (c.K("UKLINK"), c.K(R.choice(["NOM", "CNF", "MBR", "ONJOB"])), c.K("20261203"), c.K("%06d" % R.randint(0, 999999)))]
    for _ in range(R.randint(2, 5)):
        s = Site()
        L.append("S40,%s,%s,%s,%s,%s" % (c.S("mprn", s.mprn), c.S("gas_serial", s.gserial), c.K(R.choice(["G4", "U6", "E6"])), c.K("%05d" % R.randint(0, 99999)), c.pc(s)))
        if R.random() < 0.5:
            L.append("S46,%s,%s,%s,%d,%s" % (c.S("mprn", s.mprn), c.S("address", s.sw.upper() + " " + s.st.upper(), tokens=[s.sw]), c.S("address", s.town.upper(), tokens=[s.town]), s.num, c.K("Y")))
    L.append("Z99,%d" % (len(L) + 1))
    return "\n".join(L) + "\n", R.choice(["CNF", "txt", "csv"]), None


# ---------------------------------------------------------------- HTML evidence
@genre(8)
def html_evidence(c):
    s = Site(); p = Person()
    m = s.mpan
    k = R.randint(0, 5)
    if k == 0:
        f = "%s&nbsp;%s&nbsp;%s&nbsp;%s" % (m[:2], m[2:6], m[6:10], m[10:]); cl = "html-nbsp"
    elif k == 1:
        f = "%s<mark>%s</mark>%s" % (m[:5], m[5:9], m[9:]); cl = "html-split"
    elif k == 2:
        f = "%s<wbr>%s<wbr>%s" % (m[:4], m[4:9], m[9:]); cl = "html-split"
    elif k == 3:
        f = "<b>%s</b><b>%s</b>" % (m[:6], m[6:]); cl = "html-split"
    elif k == 4:
        f = ents(m, R.random() < .5); cl = "html-entities"
    else:
        f = "%s<span class=\"g\">%s</span> %s" % (m[:2], m[2:10], m[10:]); cl = "html-split"
    pcf = R.choice([s.pc.replace(" ", "&nbsp;"), s.pc, s.pc.replace(" ", "&#160;")])
    h = ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%s - Supply point detail</title></head>\n<body>\n<h1>Supply point detail</h1>\n"
         "<table class=\"sp\">\n<tr><th>MPAN</th><td>%s</td></tr>\n<tr><th>Status</th><td>%s</td></tr>\n<tr><th>Meter</th><td>%s</td></tr>\n"
         "<tr><th>Address</th><td>%s<br>%s<br>%s</td></tr>\n<tr><th>Customer</th><td>%s</td></tr>\n<tr><th>Last message</th><td>%s %s</td></tr>\n</table>\n"
         "<p class=\"foot\">Generated %s &middot; %s</p>\n</body></html>\n") % (
        c.K("DIP Portal"), c.S("mpan", f, value=m, cls=cl), c.K("Energised"), c.S("elec_serial", s.eserial),
        c.S("address", s.street(), tokens=[s.sw], cls="html-address"), c.S("address", s.town, tokens=[s.town], cls="html-address"),
        c.pc(s, pcf, cls="html-postcode"), c.S("name", html.escape("%s %s" % (p.first, p.last)), tokens=[p.first, p.last]), c.K("IF-031"), c.K(guid()), c.K(ts()), c.K("v4.2"))
    return h, R.choice(["html", "htm"]), None


@genre(4)
def html_in_txt(c):
    # HTML-looking text in a .txt file (copied page source)
    s = Site()
    m = s.mpan
    f = "%s&#8203;%s&#x200B;%s" % (m[:4], m[4:9], m[9:])
    t = "copied from portal source:\n<div class=\"mpan\">%s</div>\n<div class=\"msn\">%s</div>\n<p>Status: %s</p>\n" % (
        c.S("mpan", f, value=m, cls="html-entities"), c.S("elec_serial", s.eserial[:4] + "<wbr>" + s.eserial[4:], value=s.eserial, cls="html-split"), c.K("Registered"))
    return t, "txt", None


# ---------------------------------------------------------------- Postman / newman / curl / HAR
@genre(6)
def curl_verbose(c):
    s = Site()
    q = R.choice([lambda: "mpan=%s" % c.mpan(s), lambda: "mpan=%s" % c.S("mpan", pct(s.mpan), value=s.mpan, cls="percent"),
                  lambda: "q=%s" % c.S("mpan", urllib.parse.quote(mpan_groups(s.mpan, "space")), value=s.mpan, cls="percent")])()
    t = ("$ curl -v 'https://sit-api.example.net/v2/supply-points?%s&env=%s'\n*   Trying 203.0.113.%d:443...\n> GET /v2/supply-points?%s&env=%s HTTP/1.1\n"
         "> Host: sit-api.example.net\n> X-Correlation-ID: %s\n> Accept: application/json\n>\n< HTTP/1.1 %s\n< content-type: application/json\n<\n"
         "{\"supplyPoint\":{\"msn\":\"%s\",\"postcode\":\"%s\",\"status\":\"%s\"}}\n") % (
        q, c.K("SIT-A"), R.randint(1, 254), q, "SIT-A", c.K(guid()), c.K("200 OK"), c.S("elec_serial", s.eserial), c.pc(s), c.K("REGISTERED"))
    # q appears twice; forms identical
    return t, "txt", None


@genre(5)
def har_file(c):
    s = Site(); p = Person()
    body = json.dumps({"mpan": s.mpan, "customerName": p.full, "postcode": s.pc})
    bb = b64(body)
    c.S("mpan", bb, value=s.mpan, cls="base64")
    c.S("name", bb, value=p.full, tokens=[p.first, p.last], cls="base64")
    c.S("postcode", bb, value=s.pc, cls="base64")
    har = {"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"}, "entries": [
        {"startedDateTime": c.K(ts()), "request": {"method": "POST", "url": "https://portal.example.net/api/lookup",
                                                   "headers": [{"name": "x-request-id", "value": c.K(guid())}],
                                                   "postData": {"mimeType": "application/json", "text": "{\"q\":\"%s\"}" % c.S("elec_serial", s.eserial)}},
         "response": {"status": 200, "content": {"mimeType": "application/json", "encoding": "base64", "text": bb}}}]}}
    return json.dumps(har, indent=1) + "\n", "har", None


@genre(5)
def newman_out(c):
    s = Site()
    t = ("newman\n\n%s\n\n→ %s\n  POST https://sit-dip.example.net/if/%s [%s, %sB, %sms]\n  ✓  status is 202\n  ✓  body has correlationId\n"
         "  ┌\n  │ '{\"mpan\":\"%s\",\"msn\":\"%s\"}'\n  └\n\n┌─────────────────────────┬──────────┬──────────┐\n│                         │ executed │   failed │\n"
         "├─────────────────────────┼──────────┼──────────┤\n│              iterations │        1 │        0 │\n└─────────────────────────┴──────────┴──────────┘\n") % (
        c.K("MHHS SIT collection"), c.K("IF-031 submit"), c.K("if031"), c.K("202 Accepted"), R.randint(100, 900), R.randint(10, 800),
        c.mpan(s), c.S("elec_serial", s.eserial))
    return t, "txt", None


# ---------------------------------------------------------------- YAML / gherkin / config
@genre(6)
def yaml_procedure(c):
    s = Site()
    t = ("Description: %s\nCategory: %s\nPreconditions:\n  init_actions:\n    - type: set-supply\n      parameters:\n        mpan: \"%s\"\n        msn: %s\n"
         "        address: \"%s, %s\"\nSteps:\n  SEND-REG:\n    event:\n      type: POST-request-received\n      parameters:\n        endpoint: /if/%s\n"
         "    checks:\n      - type: response-status\n        parameters: {code: %s}\n") % (
        c.K("Change of supplier happy path"), c.K("Registration"), c.mpan(s), c.S("elec_serial", s.eserial),
        c.S("address", "%s, %s" % (s.street(), s.town), tokens=[s.sw, s.town]), c.pc(s), c.K("if031"), c.K("202"))
    return t, R.choice(["yaml", "yml"]), None


@genre(5)
def gherkin(c):
    s = Site(); p = Person()
    t = ("Feature: %s\n\n  Scenario Outline: read submitted for a smart meter\n    Given a supply point \"<mpan>\" with meter \"<msn>\"\n"
         "    And the customer \"<name>\" lives at \"<postcode>\"\n    When the supplier sends %s\n    Then %s is published within %s\n\n    Examples:\n"
         "      | mpan          | msn          | name                 | postcode |\n      | %s | %s | %s | %s |\n") % (
        c.K("Meter reading submission"), c.K("IF-021"), c.K("PUB-021"), c.K("30 seconds"),
        c.mpan(s), c.S("elec_serial", s.eserial), c.name(p, "full"), c.pc(s))
    return t, "feature", None


@genre(4)
def env_config(c):
    s = Site(); p = Person()
    t = ("# SIT-B environment fixture\n[supply]\nTEST_MPAN=%s\nTEST_MPRN=%s\nHUB_GUID=%s\nIHD_ID=%s\n\n[contact]\nfixture.owner=%s\nfixture.phone=%s\n"
         "[service]\nbase_url=https://sit-b.example.net\ntimeout_ms=%s\nrelease=%s\n") % (
        c.mpan(s), c.S("mprn", s.mprn), c.S("eui64", eui_fmt(s.eui, R.choice(["dash", "plain", "0x"])), value=s.eui),
        c.S("eui64", eui_fmt(s.gpf, R.choice(["dash", "colon"])), value=s.gpf), c.name(p, "full"), c.phone(p), c.K("30000"), c.K("R4.2.1"))
    return t, R.choice(["ini", "properties", "cfg"]), None


# ---------------------------------------------------------------- misc tools
@genre(5)
def splunk_csv(c):
    L = ['"_time","host","source","_raw"']
    for _ in range(R.randint(3, 6)):
        s = Site()
        raw = R.choice([lambda: "consumer processed mpxn=%s status=OK" % c.mpan(s),
                        lambda: "lookup failed for msn %s" % c.S("elec_serial", s.eserial),
                        lambda: "gas reg MPRN=%s meter=%s" % (c.S("mprn", s.mprn), c.S("gas_serial", s.gserial))])()
        L.append('"%s","%s","%s","%s"' % (c.K(ts()), c.K("sitb-app-0%d" % R.randint(1, 4)), c.K("/var/log/dip/consumer.log"), raw))
    return "\n".join(L) + "\n", "csv", None


@genre(5)
def servicenow(c):
    s = Site(); p = Person()
    t = ("Number: %s\nShort description: Smart meter offline - %s\nCaller: %s\nLocation: %s\nCI: %s\nPriority: %s\n\nWork notes:\n"
         "%s - Remote read failed for hub %s. Customer at %s, %s says display is blank. Call back on %s.\n") % (
        c.K("INC%07d" % R.randint(0, 9999999)), c.S("address", s.town, tokens=[s.town]), c.name(p, "full"), c.S("address", s.addr_line()[0], tokens=s.addr_line()[1]),
        c.K("DCC-ADAPTER-SIT"), c.K("3 - Moderate"), c.K(ts()), c.S("eui64", eui_fmt(s.eui, "dash"), value=s.eui), c.S("address", s.street(), tokens=[s.sw]), c.pc(s), c.phone(p))
    return t, "txt", None


@genre(5)
def git_diff(c):
    s = Site()
    sha = "".join(R.choice("0123456789abcdef") for _ in range(40))
    t = ("commit %s\nAuthor: %s <%s>\nDate:   Thu Dec 3 10:11:12 2026 +0000\n\n    %s\n\ndiff --git a/fixtures/sites.json b/fixtures/sites.json\n"
         "index %s..%s 100644\n--- a/fixtures/sites.json\n+++ b/fixtures/sites.json\n@@ -12,7 +12,7 @@\n   {\n-    \"mpan\": \"%s\",\n+    \"mpan\": \"%s\",\n"
         "     \"msn\": \"%s\",\n     \"hub\": \"%s\"\n   }\n") % (
        c.K(sha), c.K("ci-bot"), "ci-bot@example.org", c.K("fix: use energised site for %s" % tcref()), c.K(sha[:7]), c.K(sha[7:14]),
        c.mpan(Site()), c.mpan(s), c.S("elec_serial", s.eserial), c.S("eui64", eui_fmt(s.eui, "dash"), value=s.eui))
    return t, R.choice(["patch", "diff", "txt"]), None


@genre(5)
def junit_xml(c):
    s = Site()
    t = ('<?xml version="1.0"?>\n<testsuite name="%s" tests="3" failures="1" time="%s">\n  <testcase classname="reg" name="%s"/>\n'
         '  <testcase classname="reg" name="test_cos_%s">\n    <failure message="AssertionError: expected 202 for mpan %s got 400">'
         'assert resp.status == 202\nE   mpan=%s msn=%s</failure>\n  </testcase>\n  <testcase classname="reg" name="%s"/>\n</testsuite>\n') % (
        c.K("sit_regression"), c.K("41.2"), c.K("test_if031_schema"), c.S("mpan", s.mpan, cls="identifier-in-name"), c.mpan(s), c.mpan(s), c.S("elec_serial", s.eserial), c.K("test_pub031_published"))
    return t, "xml", None


@genre(4)
def robot_output(c):
    s = Site(); p = Person()
    t = ("==============================================================================\nSit Smoke :: %s\n"
         "==============================================================================\nRegister Supply %s                                   | PASS |\n"
         "------------------------------------------------------------------------------\nUpdate Contact ${name}=%s ${tel}=%s                | FAIL |\n"
         "Element 'id=postcode' text '%s' should have been '%s'\n") % (
        c.K("Smoke tests for SIT-B"), c.mpan(s), c.name(p, "full"), c.phone(p), c.pc(s), c.pc(s, s.pc.replace(" ", "")))
    return t, "txt", None


@genre(4)
def syslog(c):
    L = []
    for _ in range(R.randint(4, 8)):
        s = Site()
        L.append("%s sitb-hes-02 hesd[%d]: %s" % (c.K("Dec  3 1%d:%02d:%02d" % (R.randint(0, 9), R.randint(0, 59), R.randint(0, 59))), R.randint(100, 9999),
                                               R.choice([lambda: "alert %s from device %s" % (c.K("0x8F66"), c.S("eui64", eui_fmt(s.eui, R.choice(["colon", "plain", "lower"])), value=s.eui)),
                                                         lambda: "join ok esme=%s gsme=%s" % (c.S("eui64", eui_fmt(s.eui, "dash"), value=s.eui), c.S("eui64", eui_fmt(s.gpf, "dash"), value=s.gpf)),
                                                         lambda: "cmd %s queued" % c.K(guid())])()))
    return "\n".join(L) + "\n", "log", None


@genre(4)
def powershell(c):
    s = Site(); p = Person()
    t = ("**********************\nWindows PowerShell transcript start\nStart time: %s\n**********************\n"
         "PS C:\\sit> Invoke-RestMethod -Uri $u -Body (@{mpan='%s'; contact='%s'} | ConvertTo-Json)\n\nstatus   : %s\nrequestId: %s\n\n"
         "PS C:\\sit> Get-Content .\\%s | Select-String '%s'\n") % (
        c.K("20261203101112"), c.mpan(s), c.name(p, "full"), c.K("Accepted"), c.K(guid()), c.K("readings_%s.csv" % "20261203"), c.S("elec_serial", s.eserial))
    return t, "txt", None


@genre(4)
def xxd_dump(c):
    s = Site()
    payload = ("MPAN=%s;MSN=%s;" % (s.mpan, s.eserial)).encode()
    import binascii
    out = []
    for i in range(0, len(payload), 16):
        ch = payload[i:i + 16]
        hx = " ".join(binascii.hexlify(ch[j:j + 2]).decode() for j in range(0, len(ch), 2))
        out.append("%08x: %-39s  %s" % (i, hx, "".join(chr(b) if 32 <= b < 127 else "." for b in ch)))
    blob = "\n".join(out)
    c.S("mpan", blob, value=s.mpan, cls="hexdump")
    c.S("elec_serial", blob, value=s.eserial, cls="hexdump")
    return "$ xxd frame_%s.bin\n%s\n" % (c.K("0042"), blob), "txt", None


ENCK = [0]


@genre(12)
def encoded_payloads(c):
    s = Site(); p = Person()
    ENCK[0] += 1
    k = ENCK[0] % 5
    if k == 0:
        v = b64('{"mpan":"%s"}' % s.mpan); cl = "base64"
        line = "payload_b64=%s" % c.S("mpan", v, value=s.mpan, cls=cl)
    elif k == 1:
        v = hexs(s.mpan); cl = "hex"
        line = "raw=%s" % c.S("mpan", v, value=s.mpan, cls=cl)
    elif k == 2:
        v = pct("mpan=%s&name=%s" % (s.mpan, p.full)); cl = "percent"
        c.S("name", v, value=p.full, tokens=[p.first, p.last], cls=cl)
        line = "GET /lookup?%s" % c.S("mpan", v, value=s.mpan, cls=cl)
    elif k == 3:
        v = b64(s.eserial); cl = "base64"
        line = "X-Meter: %s" % c.S("elec_serial", v, value=s.eserial, cls=cl)
    else:
        v = "=3D".join(["mpan", s.mpan])
        v = "".join("=%02X" % ord(ch) for ch in s.mpan); cl = "quoted-printable"
        line = "mpan=3D%s" % c.S("mpan", v, value=s.mpan, cls=cl)
    t = "%s %s %s\n%s\n" % (c.K(ts()), c.K("gateway"), c.K(tcref()), line)
    return t, "log", None


# ---------------------------------------------------------------- obfuscation-heavy notes
OBF = [0]


@genre(30)
def obfuscated_notes(c):
    s = Site()
    OBF[0] += 1
    k = OBF[0] % 10
    m = s.mpan
    if k == 0:
        f = inject_fmt(m, R.randint(1, 4)); cl = "format-chars"
    elif k == 1:
        f = mpan_groups(m, R.choice(["_", ",", ":", "+", ".", "/"])); cl = "separators"
    elif k == 2:
        f = mpan_groups(m, "wide"); cl = "separators"
    elif k == 3:
        f = fullwidth(m); cl = "unicode-digits"
    elif k == 4:
        f = other_digits(m, R.choice([0x0660, 0x0966, 0x1D7CE])); cl = "unicode-digits"
    elif k == 5:
        cut = R.randint(3, 10); f = m[:cut] + "\n// " + m[cut:]; cl = "comment-split"
    elif k == 6:
        cut = R.randint(3, 10); f = m[:cut] + "\n# " + m[cut:]; cl = "comment-split"
    elif k == 7:
        f = inject_fmt(mpan_groups(m, "space"), 2); cl = "format-chars"
    elif k == 8:
        f = mpan_groups(m, "tab"); cl = "separators"
    else:
        f = "\u2067" + m + "\u2069"; cl = "bidi"
    ctx = R.choice(["supply ref", "MPAN", "mpan core", "S/P", "meter point", "the number"])
    g = s.gserial
    gk = OBF[0] % 4
    gf = [g.lower(), " ".join([g[:3], g[3:7], g[7:]]), inject_fmt(g, 2), "-".join([g[:3], g[3:]])][gk]
    e = s.eui
    ef = [eui_fmt(e, "dot"), eui_fmt(e, "0x"), inject_fmt(eui_fmt(e, "dash"), 1), eui_fmt(e, "space"), eui_fmt(e, "dash").lower()][OBF[0] % 5]
    pcf = [s.pc.replace(" ", "\u00a0"), s.pc.replace(" ", "  "), s.pc.replace(" ", "-"), s.pc.replace(" ", "_"), s.pc.lower().replace(" ", ""), s.pc.replace(" ", "\u2009"), inject_fmt(s.pc, 1)][OBF[0] % 7]
    t = ("%s %s\n%s: %s\ngas: %s\nhub: %s\npc: %s\nresult %s\n") % (
        c.K(tcref()), c.K(ts()), ctx, c.S("mpan", f, value=m, cls=cl), c.S("gas_serial", gf, value=g, cls="serial-form"),
        c.S("eui64", ef, value=e, cls="eui-form"), c.pc(s, pcf, cls="postcode-form"), c.K(R.choice(["PASS", "FAIL", "BLOCKED"])))
    if OBF[0] % 3 == 0:
        p = Person()
        cut = R.randint(2, len(p.last) - 2)
        t += "contact: %s\n" % c.S("name", "%s %s" % (p.first, p.last[:cut] + fmtchars() + p.last[cut:]), tokens=[p.first, p.last], cls="format-chars-name")
    return t, R.choice(["txt", "md", "log"]), None


@genre(6)
def propagation_pair_a(c):
    # labelled occurrence; partner file B (generated right after) holds unlabelled forms
    s = Site(); p = Person()
    PROP.append((s, p))
    t = "Evidence step 1 (%s)\nMPAN: %s\nMPRN: %s\nGas meter: %s\nCustomer: %s\n" % (
        c.K(tcref()), c.mpan(s), c.S("mprn", s.mprn), c.S("gas_serial", s.gserial, cls="gas-label"), c.name(p, "titlefull"))
    return t, "txt", None


PROP = []


@genre(6)
def propagation_pair_b(c):
    s, p = PROP.pop(0)
    m = s.mpan
    t = ("step 2 follow-up %s\n" % c.K(tcref()) +
         "ref %s ok, also %s (same point)\n" % (c.S("mprn", s.mprn, cls="propagation"), c.S("mpan", m[:2] + " " + m[2:6] + "-" + m[6:], value=m, cls="propagation")) +
         "spoke to %s again, %s confirmed\n" % (c.S("name", p.last, tokens=[p.last], cls="propagation"), c.S("name", p.first, tokens=[p.first], cls="propagation")) +
         "unit %s swapped\n" % c.S("gas_serial", s.gserial.lower()[:3] + " " + s.gserial.lower()[3:], value=s.gserial, cls="propagation"))
    return t, "txt", None


@genre(5)
def repeated_forms(c):
    s = Site()
    m = s.mpan
    t = ("Registration %s\nMPAN %s\n...\nlater in the log the same point appears as %s and as %s\nand in a file name %s\n") % (
        c.K(tcref()), c.mpan(s), c.S("mpan", m[:6] + "." + m[6:], value=m, cls="propagation"), c.S("mpan", "(" + mpan_groups(m, "space") + ")", value=m, cls="propagation"),
        c.S("mpan", "evidence_%s_step3.png" % m, value=m, cls="filename-in-text"))
    return t, "txt", None


@genre(4)
def bad_check_mpan(c):
    s = Site()
    b = bad_mpan()
    t = "Supply %s (core %s) rejected by %s: check digit invalid - MPAN %s as keyed by the tester\n" % (
        c.mpan(s), c.K("%s" % s.pc_top), c.K("IF-031"), c.S("mpan_badcheck", b, optional=True, cls="bad-check-digit"))
    return t, "txt", None


@genre(8)
def keeps_heavy(c):
    # realistic material with many near-identifier non-secrets and one or two secrets
    s = Site()
    L = ["Run summary %s   build %s" % (c.K(tcref()), c.K("1.14.%d" % R.randint(0, 300))),
         "correlationId      %s" % c.K(guid()),
         "dipMessageId       %s" % c.K(guid()),
         "traceparent        %s" % c.K("00-%s-%s-01" % ("".join(R.choice("0123456789abcdef") for _ in range(32)), "".join(R.choice("0123456789abcdef") for _ in range(16)))),
         "received_epoch_ms  %s" % c.K(epoch_ms()),
         "file               %s" % c.K("D0010_%s_%06d.dat" % ("20261203", R.randint(0, 999999))),
         "amount             %s" % c.K("£%d.%02d" % (R.randint(1, 9999), R.randint(0, 99))),
         "reading            %s" % c.K("%06d.%d" % (R.randint(0, 999999), R.randint(0, 9))),
         "register           %s  TPR %s  SSC %s" % (c.K("01"), c.K("%05d" % R.randint(0, 99999)), c.K("%04d" % R.randint(1, 1500))),
         "LLFC %s  MTC %s  PC %s" % (c.K(R.choice(["801", "A12", "020"])), c.K(R.choice(["845", "801", "151"])), c.K("0%d" % R.randint(1, 8))),
         "flows              %s, %s, %s, %s" % (c.K("D0010"), c.K("D0086"), c.K("D0150"), c.K("D0149")),
         "interfaces         %s %s %s" % (c.K("IF-031"), c.K("PUB-031"), c.K("SRV 8.1.1")),
         "register ref       %s" % c.K("MPAN-REF-%03d" % R.randint(1, 999)),
         "meter ref          %s" % c.K("MSN-REF-%03d" % R.randint(1, 999)),
         "sha256             %s" % c.K("".join(R.choice("0123456789abcdef") for _ in range(64))),
         "window             %s to %s" % (c.K("2026-12-03 00:00"), c.K("2026-12-03 23:30")),
         "GSP group          %s" % c.K("_" + R.choice("ABCDEFGHJKLMNP")),
         "ADO                %s" % c.K("Test Plan 4%04d / Suite 5%04d" % (R.randint(0, 9999), R.randint(0, 9999))),
         "subject MPAN       %s" % c.mpan(s)]
    return "\n".join(L) + "\n", R.choice(["txt", "log"]), None


@genre(5)
def welsh_bilingual(c):
    s = Site(); p = Person()
    t = ("Hysbysiad / Notice\nEnw / Name: %s\nCyfeiriad / Address: %s, %s\nRhif pwynt cyflenwi / Supply number: %s\nRhif mesurydd / Meter number: %s\nDyddiad / Date: %s\n") % (
        c.name(p, "titlefull"), c.S("address", s.addr_line()[0], tokens=s.addr_line()[1], cls="foreign-label"), c.pc(s), c.mpan(s, "space", cls="foreign-label"),
        c.S("elec_serial", s.eserial, cls="foreign-label"), c.K("03/12/2026"))
    return t, "txt", None


@genre(4)
def soap_ecoes(c):
    s = Site()
    t = ('<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/">\n<soapenv:Body>\n<ns2:GetTechnicalDetailsResponse xmlns:ns2="urn:example:ecoes">\n'
         '<ns2:Result><ns2:Item key="MPANCore">%s</ns2:Item><ns2:Item key="MeterSerialNumber">%s</ns2:Item><ns2:Item key="AddressLine1">%s</ns2:Item>'
         '<ns2:Item key="PostCode">%s</ns2:Item><ns2:Item key="MTC">%s</ns2:Item><ns2:Item key="SSC">%s</ns2:Item></ns2:Result>\n'
         '<!-- requested by %s for %s -->\n</ns2:GetTechnicalDetailsResponse>\n</soapenv:Body>\n</soapenv:Envelope>\n') % (
        c.mpan(s), c.S("elec_serial", s.eserial), c.S("address", s.street(), tokens=[s.sw]), c.pc(s), c.K("845"), c.K("0393"), c.K("svc-sit"), c.K(tcref()))
    return t, "xml", None


@genre(4)
def excel_tsv(c):
    L = ["Site\tMPAN\tMPRN\tElec MSN\tGas MSN\tIHD\tPostcode\tNotes"]
    for _ in range(R.randint(3, 6)):
        s = Site()
        L.append("\t".join([c.K("S%03d" % R.randint(1, 999)), c.mpan(s, R.choice(["plain", "space"])), c.S("mprn", s.mprn), c.S("elec_serial", s.eserial),
                            c.S("gas_serial", s.gserial), c.S("eui64", eui_fmt(s.eui, "dash"), value=s.eui), c.pc(s), R.choice(["", "key safe", "vulnerable - PSR"])]))
    return "\n".join(L) + "\n", "tsv", None


@genre(4)
def graphql_query(c):
    s = Site()
    t = ('POST /graphql\n{"query":"query { supplyPoint(id: \\"%s\\") { meters { serial } address { postcode } } }","operationName":null}\n\nresponse:\n'
         '{"data":{"supplyPoint":{"meters":[{"serial":"%s"}],"address":{"postcode":"%s"}}},"extensions":{"traceId":"%s"}}\n') % (
        c.mpan(s), c.S("elec_serial", s.eserial), c.pc(s), c.K(guid()))
    return t, "txt", None


@genre(4)
def meeting_minutes(c):
    a = Person(); b = Person(); s = Site(); cu = Person()
    t = ("# Defect triage %s\n\nAttendees: %s (chair), %s\n\n| Defect | Sev | Notes |\n|---|---|---|\n| %s | %s | Customer %s's flat (%s, %s) still shows old tariff |\n"
         "| %s | %s | %s flows delayed |\n\nActions: %s to re-run %s.\n") % (
        c.K("04 Dec 2026"), c.name(a, "full"), c.name(b, "full"), c.K("Bug %d" % R.randint(40000, 59999)), c.K("Sev 2"), c.name(cu, "title"),
        c.S("address", s.addr_line()[0], tokens=s.addr_line()[1]), c.pc(s), c.K("Bug %d" % R.randint(40000, 59999)), c.K("Sev 3"), c.K("D0010"),
        c.name(a, "first"), c.K(tcref()))
    return t, "md", None


@genre(4)
def utf16_log_win(c):
    s = Site(); p = Person()
    t = ("Log Name:      Application\nSource:        SmartSIT.Agent\nDate:          %s\nEvent ID:      %s\nLevel:         Error\nDescription:\n"
         "Upload of reading for MPAN %s (meter %s) failed. Site contact %s, %s.\n") % (
        c.K("03/12/2026 11:20:01"), c.K("4012"), c.mpan(s), c.S("elec_serial", s.eserial), c.name(p, "full"), c.phone(p))
    return t, "txt", "FORCE_UTF16"


@genre(3)
def utf32_payload(c):
    s = Site()
    t = '{"messageType":"%s","mpan":"%s","msn":"%s","ts":"%s"}\n' % (c.K("IF-031"), c.mpan(s), c.S("elec_serial", s.eserial), c.K(ts()))
    return t, "json", "FORCE_UTF32"


@genre(4)
def idents_in_filenames(c):
    s = Site()
    k = R.randint(0, 3)
    names = ["evidence_%s_D0010.txt" % s.mpan, "meter_photo_notes_%s.txt" % s.eserial.lower(), "mprn_%s_readings.txt" % s.mprn,
             "hub_%s_log.txt" % eui_fmt(s.eui, "lower")]
    vals = [("mpan", s.mpan), ("elec_serial", s.eserial), ("mprn", s.mprn), ("eui64", s.eui)]
    fn = names[k]
    c.fn_secret = {"kind": vals[k][0], "form": fn, "value": vals[k][1], "cls": "identifier-in-filename", "where": "filename"}
    t = "%s\nnotes for %s, reading %s taken at %s\n" % (c.K(tcref()), c.K("step 4"), c.K("%05d" % R.randint(0, 99999)), c.K("14:05"))
    return t, "txt", fn


@genre(4)
def cp1252_letter(c):
    s = Site(); p = Person()
    t = ("%s\n%s\n%s\n%s\n\nDear %s,\n\nWe are sorry about the estimated bill of £%d.%02d for your supply %s. Our engineer visited on %s and "
         "read meter %s. We have applied a goodwill credit of £25.00 – see reference %s.\n\nYours sincerely\nCustomer Relations\n") % (
        c.name(p, "titlefull"), c.S("address", s.street(), tokens=[s.sw]), c.S("address", s.town, tokens=[s.town]), c.pc(s), c.name(p, "title"),
        R.randint(100, 900), R.randint(0, 99), c.mpan(s, "space"), c.K("28 November 2026"), c.S("elec_serial", s.eserial), c.K("CR-%06d" % R.randint(0, 999999)))
    return t, "txt", "FORCE_CP1252"


@genre(4)
def k8s_logs(c):
    L = []
    for _ in range(R.randint(3, 6)):
        s = Site()
        L.append('%s stdout F {"level":"info","svc":"mdr-adapter","event":"%s","attrs":{"meter_point":"%s","device":"%s","req":"%s"}}' % (
            c.K(ts()), c.K(R.choice(["read.accepted", "read.rejected"])), c.mpan(s), c.S("eui64", eui_fmt(s.eui, R.choice(["lower", "colon", "dash"])), value=s.eui), c.K(guid())))
    return "\n".join(L) + "\n", "log", None


@genre(4)
def prepay_vend(c):
    s = Site(); p = Person()
    t = ("VEND RECEIPT\nToken: %s\nAmount: %s\nPAN: %s\nMeter: %s\nCustomer: %s\nOutlet: %s\n") % (
        ("%04d %04d %04d %04d %04d" % tuple(R.randint(0, 9999) for _ in range(5))), c.K("£20.00"),
        ("9826 1%03d %04d %04d %03d" % (R.randint(0, 999), R.randint(0, 9999), R.randint(0, 9999), R.randint(0, 999))),
        c.S("elec_serial", s.eserial), c.name(p, "init"), c.K("PayPoint 4%05d" % R.randint(0, 99999)))
    return t, "txt", None


@genre(3)
def rtf_note(c):
    s = Site(); p = Person()
    t = ("{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Calibri;}}\\f0\\fs22 Site visit for {\\b %s}\\par MPAN %s\\par Address: %s, %s\\par }\n") % (
        c.name(p, "full"), c.mpan(s), c.S("address", s.street(), tokens=[s.sw]), c.pc(s))
    return t, "rtf", None


# ---------------------------------------------------------------- writer
ENC = [("utf-8", 50), ("utf-8-sig", 10), ("utf-16", 6), ("utf-16-le", 4), ("utf-16-be", 3), ("utf-16-be-bom", 3),
       ("utf-32", 3), ("utf-32-le", 2), ("utf-32-be-bom", 2), ("cp1252", 12)]


def pick_enc(c, force):
    if force == "FORCE_UTF16":
        return R.choice(["utf-16", "utf-16-le", "utf-16-be-bom"])
    if force == "FORCE_UTF32":
        return R.choice(["utf-32", "utf-32-be-bom", "utf-32-le"])
    if force == "FORCE_CP1252":
        return "cp1252"
    tot = sum(w for _, w in ENC)
    x = R.uniform(0, tot)
    for e, w in ENC:
        x -= w
        if x <= 0:
            return e
    return "utf-8"


def encode(text, enc):
    if enc == "utf-16-be-bom":
        return b"\xfe\xff" + text.encode("utf-16-be")
    if enc == "utf-32-be-bom":
        return b"\x00\x00\xfe\xff" + text.encode("utf-32-be")
    return text.encode(enc)


def main():
    os.makedirs(OUT, exist_ok=True)
    files = []
    n = 0
    for gname, fn, count in GENRES:
        for i in range(count):
            c = C(gname)
            c.fn_secret = None
            text, ext, extra = fn(c)
            n += 1
            fname = None
            force = None
            if extra and extra.startswith("FORCE_"):
                force = extra
            elif extra:
                fname = extra
            if not fname:
                fname = "%03d_%s.%s" % (n, gname, ext)
            else:
                fname = "%03d_%s" % (n, fname)
            enc = pick_enc(c, force)
            needs_uni = c.unicode_only or any(ord(ch) > 0xFF and ch not in "–—‘’“”•…€™" for ch in text)
            if enc == "cp1252":
                try:
                    text.encode("cp1252")
                except UnicodeEncodeError:
                    enc = "utf-8"
            nl = R.choice(["\n"] * 6 + ["\r\n"] * 3 + ["\r"])
            if any(x["form"].count("\n") and x["cls"] in ("quote-split", "comment-split") for x in c.secrets):
                nl = R.choice(["\n", "\r\n"])
            text2 = text.replace("\n", nl)
            data = encode(text2, enc)
            with open(os.path.join(OUT, fname), "wb") as f:
                f.write(data)
            secs = []
            for sdef in c.secrets:
                d = dict(sdef)
                if d["form"] not in text:
                    if gname == "outlook_eml":
                        d["encoded"] = "qp"
                    else:
                        print("FORM MISSING", fname, d)
                d["form"] = d["form"].replace("\n", nl)
                secs.append(d)
            if c.fn_secret:
                d = dict(c.fn_secret); d["form"] = fname
                secs.append(d)
            files.append({"file": fname, "genre": gname, "encoding": enc, "newline": repr(nl), "secrets": secs,
                          "keeps": sorted(set(k for k in c.keeps if len(k) >= 4 and k in text))})
            for k in c.keeps:
                if k not in text:
                    print("KEEP MISSING", fname, k)
    json.dump({"files": files}, open("/tmp/ho33/text/truth.json", "w"), indent=1, ensure_ascii=False)
    print(len(files), "files,", sum(len(f["secrets"]) for f in files), "secrets,", sum(len(f["keeps"]) for f in files), "keeps,",
          len(set(f["genre"] for f in files)), "genres")


if __name__ == "__main__":
    main()
