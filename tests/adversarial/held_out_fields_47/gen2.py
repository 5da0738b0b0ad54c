#!/tmp/venv/bin/python
"""Generate the held-out typed-fields corpus + truth (corpus/, truth.json). Deterministic (seed 3512)."""
import json, os, random, base64, shutil, io, zipfile
from PIL import Image, ImageDraw, ImageFont, PngImagePlugin
import openpyxl

ROOT = os.path.dirname(os.path.abspath(__file__))
C = os.path.join(ROOT, "corpus2")
R = random.Random(3513)
W = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]
SECRETS = {}   # sid -> {kind, value, needles}
PROBES = []    # id, group, field, kind, form, sid, text, expect
KEEPS = []     # id, text, where


def alnum(s):
    return "".join(ch for ch in s.lower() if ch.isalnum())


def mpan(d=None):
    d = d if d is not None else R.randint(10, 23)
    b = f"{d:02d}" + "".join(str(R.randint(0, 9)) for _ in range(10))
    return b + str(sum(int(x) * w for x, w in zip(b, W)) % 11 % 10)


SURN = """Quarrington Vexley Tallowgate Brackenridge Ashcombe Fennimore Oxenholme Pellingham Truscott Wolstenholme
Ravensworth Hollowell Penhaligon Stubbington Marchbank Thistlewood Ollerenshaw Ingledew Kettleborough Winterbottom
Yarwood Baverstock Fothergill Grimshaw Haverstock Juxon Lockyear Mabbott Nettlefold Pengelly Quennell Rushbrooke
Sillitoe Trevaskis Umfreville Varcoe Wigglesworth Yeandle Ackerley Blenkinsop Cleverdon Dunnage Eastabrook Frankpitt
Gorringe Hebblethwaite Isherwoodby Jelbart Kitchingham Lanyon Muggeridge Noakesby Ottewell Pocklington""".split()
FIRST = "Olwen Bartholomew Ifeoma Gwilym Marisol Tobias Henrietta Caspian Euphemia Lachlan Perpetua Ambrose Zinnia Fergal Hester Leopold".split()
STREETS = ["Larkspur Road", "Cobbett Avenue", "Pennard Lane", "Wheelwright Close", "Tanyard Street", "Beacon Hill Drive",
           "Orchard Way", "Mill Race Terrace", "Chantry Gardens", "Sandpiper Crescent", "Kestrel Rise", "Quarry Bank Road",
           "Foundry Mews", "Ropewalk Place", "Glebe Court", "Heron Walk", "Saltings Way", "Weavers Row", "Bellfounders Lane",
           "Damson Grove", "Coopers Drift", "Ferry Road", "Lammas Close", "Tollgate Street"]
TOWNS = [("Chippenham", "SN15"), ("Hexham", "NE46"), ("Bruton", "BA10"), ("Manchester", "M14"), ("Ludlow", "SY8"),
         ("Penzance", "TR18"), ("Kendal", "LA9"), ("Ely", "CB7"), ("Rye", "TN31"), ("Whitby", "YO21"), ("Leeds", "LS6"),
         ("Cardiff", "CF24"), ("Glasgow", "G12"), ("Derry", "BT48")]
IN_L = "ABDEFGHJLNPQRSTUWXYZ"
used = set()
cnt = {}


def uniq(f):
    while True:
        v = f()
        if v not in used:
            used.add(v)
            return v


def pc(area=None):
    a = area or R.choice(TOWNS)[1]
    return uniq(lambda: f"{a} {R.randint(1,9)}{R.choice(IN_L)}{R.choice(IN_L)}")


surn_i = [0]


def surname():
    s = SURN[surn_i[0] % len(SURN)]
    surn_i[0] += 1
    return s


def new(kind, sub=None):
    cnt[kind] = cnt.get(kind, 0) + 1
    sid = f"{kind}{cnt[kind]:02d}"
    needles = []
    if kind == "mpan":
        v = uniq(mpan)
        needles = [v]
    elif kind == "mprn":
        v = uniq(lambda: str(R.randint(1, 9)) + "".join(str(R.randint(0, 9)) for _ in range(9)))
        needles = [v]
    elif kind == "eserial":
        v = uniq(lambda: R.choice(["EM", "LG", "AC", "SM", "KE", "LY"]) + str(R.randint(14, 24)) + R.choice("ABCDEFHJKLMP") + "".join(str(R.randint(0, 9)) for _ in range(6)))
        needles = [alnum(v)]
    elif kind == "gserial":
        v = uniq(lambda: R.choice(["G4K", "G4A", "E6S"]) + "".join(str(R.randint(0, 9)) for _ in range(R.choice([8, 11]))))
        needles = [alnum(v)]
    elif kind == "eui":
        v = uniq(lambda: "-".join(["00", "1B", "C5"] + [f"{R.randint(0,255):02X}" for _ in range(5)]))
        needles = [alnum(v)]
    elif kind == "name":
        f, s = R.choice(FIRST), surname()
        v = f"{f} {s}"
        needles = [alnum(v), s.lower()]
    elif kind == "address":
        town, area = R.choice(TOWNS)
        st = STREETS[(cnt[kind] - 1) % len(STREETS)]
        n = R.randint(2, 118)
        p = pc(area)
        v = (f"Flat {R.randint(1,9)}, " if R.random() < .3 else "") + f"{n} {st}, {town} {p}"
        needles = [alnum(f"{n} {st}"), alnum(p)]
    elif kind == "postcode":
        v = pc()
        needles = [alnum(v)]
    elif kind == "phone":
        v = uniq(lambda: R.choice([f"07700 900{R.randint(0,999):03d}", f"01632 960{R.randint(0,999):03d}", f"020 7946 0{R.randint(0,999):03d}"]))
        d = alnum(v)
        needles = [d, "44" + d[1:]]
    elif kind == "email":
        f, s = R.choice(FIRST), surname()
        v = f"{f.lower()}.{s.lower()}@" + R.choice(["example.com", "example.org", "example.net", f"{s.lower()}-family.co.uk"])
        needles = [alnum(v), s.lower()]
    SECRETS[sid] = {"kind": kind, "value": v, "needles": needles}
    return sid


ZW = "\u200b"


def form(sid, fm):
    v = SECRETS[sid]["value"]
    k = SECRETS[sid]["kind"]
    if fm == "plain":
        return v
    if k in ("mpan",):
        g = [v[:2], v[2:6], v[6:10], v[10:]]
    elif k == "mprn":
        g = [v[:4], v[4:7], v[7:]]
    elif k == "phone":
        g = v.split(" ")
    elif k == "eui":
        g = v.split("-")
    elif k in ("eserial", "gserial"):
        g = [v[:4], v[4:8], v[8:]]
    elif k == "postcode":
        g = v.split(" ")
    else:
        g = v.split(" ")
    if fm == "spaced": return " ".join(g)
    if fm == "hyphen": return "-".join(g)
    if fm == "underscore": return "_".join(g)
    if fm == "dots": return ".".join(g)
    if fm == "colon": return ":".join(g)
    if fm == "plus": return "+".join(g)
    if fm == "comma": return ",".join(g)
    if fm == "slash": return "/".join(g)
    if fm == "longspace": return "      ".join(g)
    if fm == "nbsp": return "\u00a0".join(g)
    if fm == "doublespace": return "  ".join(g)
    if fm == "nospace": return "".join(g)
    if fm == "lower": return v.lower()
    if fm == "upper": return v.upper()
    if fm == "zwsp": return ZW.join(v)
    if fm == "u2063": return "\u2063".join(g)
    if fm == "lrm": return "\u200e".join(g)
    if fm == "bidi": return "\u2066" + "\u2069\u2066".join(g) + "\u2069"
    if fm == "vs": return "\ufe0f".join(v)
    if fm == "cgj": return "\u034f".join(g)
    if fm == "fullwidth": return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in v)
    if fm == "arabic_indic": return "".join(chr(0x660 + int(c)) if c.isdigit() else c for c in v)
    if fm == "0x": return "0x" + alnum(v)
    if fm == "lower_hyphen": return "-".join(g).lower()
    if fm == "reversed_name":
        p = v.split(" ")
        return f"{p[-1].upper()}, {' '.join(p[:-1])}"
    raise ValueError(fm)


def probe(group, field, kind, fm, ctx="{}", expect="redact-or-refuse"):
    sid = new(kind)
    txt = ctx.format(form(sid, fm))
    pid = f"P{len(PROBES)+1:03d}"
    PROBES.append({"id": pid, "group": group, "field": field, "kind": kind, "form": fm, "sid": sid, "text": txt, "expect": expect})
    return txt


def keep(text, where):
    KEEPS.append({"id": f"K{len(KEEPS)+1:03d}", "text": text, "where": where})
    return text


def w(path, data, mode="w", enc="utf-8"):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if isinstance(data, bytes):
        open(path, "wb").write(data)
    else:
        open(path, "w", encoding=enc, newline="").write(data)
    return path


def main():
    if os.path.exists(C):
        shutil.rmtree(C)
    os.makedirs(C)
    fx = {}   # named values the runner uses
    # ------------------------------------------------------------------ imports
    d_imp = os.path.join(C, "import", probe("import", "folder path", "name", "plain", "Site visit {}") + " " + probe("import", "folder path", "postcode", "plain"))
    fx["import_dir"] = d_imp
    # Attest YAML
    ref_case = keep("TC-MHHS-0042", "case reference (yaml)")
    y = f"""attest: 1
cases:
  - reference: {ref_case}
    title: "COS on MPAN {probe('import-attest', 'title', 'mpan', 'spaced')} with SMETS2 ESME"
    description: "Change of supplier for the customer at {probe('import-attest', 'description', 'address', 'plain')} (DIP id {keep('DIP-8f2c41d0-5e7a-4b19-a6c3-0d9e7f1b2a44', 'case description')})."
    preconditions: "Customer {probe('import-attest', 'preconditions', 'name', 'plain', 'Mrs {}')} has agreed to the visit; ring {probe('import-attest', 'preconditions', 'phone', 'plain')} first."
    test_data: "MPRN {probe('import-attest', 'test_data', 'mprn', 'hyphen')}, gas meter {probe('import-attest', 'test_data', 'gserial', 'lower')}, ESME serial {probe('import-attest', 'test_data', 'eserial', 'spaced')}"
    attributes:
      phase: "SIT cycle 2"
      release: "{keep('R2.1', 'case attribute')}"
      customer_contact: "{probe('import-attest', 'attribute value', 'email', 'plain')}"
      "site {probe('import-attest', 'attribute name', 'postcode', 'plain')}": "yes"
    steps:
      - name: "Read ESME {probe('import-attest', 'step name', 'eserial', 'plain')}"
        action: "Send {keep('SRV 4.1.1', 'step action')} to device {probe('import-attest', 'step action', 'eui', 'colon')} and record the response."
        expected: "Response {keep('SRV 4.1.1', 'step expected')} with register {keep('1.8.0', 'step expected')}; if not, call the customer on {probe('import-attest', 'step expected', 'phone', 'spaced')}."
        checks:
          - "Tracker shows {keep('IF-031', 'step check')} delivered for {probe('import-attest', 'step check', 'mpan', 'plain')}"
        instructions:
          - "Site address: {probe('import-attest', 'step instruction', 'address', 'plain')}"
        evidence_required: true
        payload: '{{"messageType": "IF-031", "mpan": "{probe('import-attest', 'step payload', 'mpan', 'plain')}", "effectiveFromDate": "2026-12-01"}}'
      - action: "Confirm {keep('D0010', 'step action')} received with reading {keep('004512.7', 'step action')} kWh for meter {probe('import-attest', 'step action 2', 'eserial', 'lower')}"
        expected: "{keep('D0150', 'step expected')} issued; LLFC {keep('210', 'step expected')}, MTC {keep('845', 'step expected')}"
  - reference: "TC-MHHS-0043"
    title: "Install gas meter {probe('import-attest', 'title 2', 'gserial', 'plain')} for SIT-{probe('import-attest', 'title 2 (was reference)', 'mpan', 'plain')}"
    steps:
      - action: "Commission GSME {probe('import-attest', 'step action 3', 'eui', 'nospace')} at {probe('import-attest', 'step action 3', 'postcode', 'nbsp')}"
        expected: "Commissioned"
"""
    fn_y = probe("import", "file name", "mpan", "underscore", "cases_MPAN_{}.yaml")
    fx["imp_yaml"] = w(os.path.join(d_imp, fn_y), y)
    # ADO CSV
    import csv
    hdr = ["ID", "Work Item Type", "Title", "Test Step", "Step Action", "Step Expected", "Area Path", "Assigned To", "State", "Tags",
           probe("import-ado", "attribute (column) name", "phone", "plain", "Customer phone {}")]
    rows = [hdr,
            ["41877", "Test Case", f"Prepayment top-up for MPRN {probe('import-ado', 'Title', 'mprn', 'plain')}", "", "", "",
             f"SmartMetering\\UIT\\{probe('import-ado', 'Area Path', 'postcode', 'underscore')}", f"Rhiannon Pugh <{probe('import-ado', 'Assigned To', 'email', 'plain')}>", "Ready",
             f"gas; {probe('import-ado', 'Tags', 'gserial', 'lower')}", "x"],
            ["", "", "", "1", f"Apply a {keep('£5.00', 'ado step')} top-up ({keep('SR 2.1', 'ado step')}) for {probe('import-ado', 'Step Action', 'name', 'plain', 'Mr {}')} at {probe('import-ado', 'Step Action', 'address', 'plain')}",
             f"Credit shown on PPMID {probe('import-ado', 'Step Expected', 'eui', 'lower_hyphen')}", "", "", "", "", ""],
            ["", "", "", "2", f"Check alert {keep('0x8F1C', 'ado step')} in the log for MPAN {probe('import-ado', 'Step Action 2', 'mpan', 'dots')}", "Alert present", "", "", "", "", ""]]
    s = io.StringIO()
    csv.writer(s).writerows(rows)
    fx["imp_csv"] = w(os.path.join(d_imp, probe("import", "file name", "mprn", "plain", "ado_export_{}.csv")), s.getvalue())
    # ALM xlsx
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = probe("import-alm", "sheet name", "postcode", "plain", "Design {}")[:31]
    ws.append(["Subject", "Test Name", "Type", "Description", "Step Name", "Description", "Expected"])
    ws.append([f"Subject\\SIT\\{probe('import-alm', 'Subject', 'name', 'plain')}", "SIT_INS_TC_07", "MANUAL",
               f"Install ESME {probe('import-alm', 'Description', 'eserial', 'plain')} at {probe('import-alm', 'Description', 'address', 'plain')}", f"Step 1 {probe('import-alm', 'Step Name', 'mprn', 'spaced')}",
               f"Pair ESME to CHF {probe('import-alm', 'Step Description', 'eui', 'plain')} for MPAN {probe('import-alm', 'Step Description', 'mpan', 'nbsp')}",
               f"Install {keep('CCS01', 'alm expected')} confirmed; email sent to {probe('import-alm', 'Expected', 'email', 'upper')}"])
    ws.append(["", "", "", "", "Step 2", f"Read register {keep('R1 001', 'alm step')}", f"Reading {keep('12345.6', 'alm expected')}"])
    p = os.path.join(d_imp, probe("import", "file name", "eserial", "lower", "alm_{}.xlsx"))
    os.makedirs(d_imp, exist_ok=True)
    wb.save(p)
    fx["imp_xlsx"] = p
    # cactus YAML
    cy = f"""Description: "Export limit for site {probe('import-cactus', 'Description', 'mpan', 'hyphen')}"
Category: "Registration {probe('import-cactus', 'Category', 'postcode', 'plain')}"
Classes:
  - "{probe('import-cactus', 'Classes', 'name', 'plain')}"
Preconditions:
  actions:
    - type: set-default-der-control
      parameters:
        opModExpLimW: 5000
Criteria:
  checks:
    - type: all-steps-complete
Steps:
  GET-EDEV-{probe('import-cactus', 'step key', 'eserial', 'plain')}:
    event:
      type: GET-request-received
      parameters:
        endpoint: /edev/{probe('import-cactus', 'endpoint', 'eui', 'nospace')}/derp
    actions:
      - type: remove-steps
        parameters:
          steps: GET-EDEV
"""
    fx["imp_cactus"] = w(os.path.join(d_imp, "DER-CLIENT-07.yaml"), cy)
    # ------------------------------------------------------------------ evidence payloads
    d_ev = os.path.join(C, "evidence")
    eui_req = new("eui")
    ev = {}
    j = {"messageType": keep("IF-031", "payload json"), "correlationId": keep("3f2b9c1e-7a4d-4e1b-9c2f-5d8e6a1b0c47", "payload json"),
         "mpan": probe("payload-json", "mpan element", "mpan", "plain"),
         "meteringPointAddress": {"line1": probe("payload-json", "address element", "address", "plain")},
         "deviceId": form(eui_req, "plain"), "requestId": "REQ-" + alnum(SECRETS[eui_req]["value"]).upper() + "-0001",
         "effectiveFromDate": keep("2026-12-01", "payload json"), "notes": "prev supplier ref " + probe("payload-json", "notes (base64)", "mpan", "plain", "{}")}
    PROBES.append({"id": f"P{len(PROBES)+1:03d}", "group": "payload-json", "field": "deviceId + requestId built from it", "kind": "eui", "form": "plain+embedded", "sid": eui_req, "text": j["requestId"], "expect": "redact"})
    j["notes"] = "blob " + base64.b64encode(j["notes"].encode()).decode()
    PROBES[-2]["form"] = "base64"
    ev["json"] = w(os.path.join(d_ev, probe("evidence", "attach file name", "mpan", "underscore", "IF031_{}_request.json")), json.dumps(j, indent=2))
    # DUIS XML
    bt = probe('payload-xml', 'BusinessTargetID (and inside RequestID)', 'eui', 'hyphen')
    x = f"""<?xml version="1.0" encoding="UTF-8"?>
<sr:Request xmlns:sr="http://www.dccinterface.co.uk/ServiceUserGateway">
  <sr:Header>
    <sr:RequestID>90-B3-D5-1F-30-01-00-00:{bt}:1000</sr:RequestID>
    <sr:CommandVariant>{keep('1', 'duis')}</sr:CommandVariant>
    <sr:ServiceReference>{keep('4.1.1', 'duis')}</sr:ServiceReference>
    <sr:ServiceReferenceVariant>{keep('4.1.1', 'duis')}</sr:ServiceReferenceVariant>
  </sr:Header>
  <sr:Body><sr:ReadInstantaneousImportRegisters>
    <sr:BusinessTargetID>{bt}</sr:BusinessTargetID>
    <sr:GasMeter>{probe('payload-xml', 'Gas meter label', 'gserial', 'plain')}</sr:GasMeter>
    <sr:MSN>{probe('payload-xml', 'MSN lower', 'eserial', 'lower')}</sr:MSN>
  </sr:ReadInstantaneousImportRegisters></sr:Body>
</sr:Request>
"""
    ev["xml"] = w(os.path.join(d_ev, probe("evidence", "payload file name", "eui", "lower_hyphen", "DUIS_SRV411_{}.xml")), x)
    resp = f"""HTTP/1.1 202 Accepted
X-Correlation-Id: {keep('c0ffee00-1234-4abc-9def-00aa11bb22cc', 'response')}
{{"status":"{keep('Accepted', 'response')}","dipMessageId":"{keep('DIP-7731-20261201-000482', 'response')}","gasMeter":"{probe('payload-resp', 'Gas meter json', 'gserial', 'spaced')}"}}
"""
    ev["resp"] = w(os.path.join(d_ev, "response_202.txt"), resp)
    # harness log with all sorts of forms
    lines = [
        f"2026-12-01T09:14:22.118Z INFO  harness  {keep('TC-MHHS-0042', 'log')} start customer address {probe('log', 'customer address prose', 'address', 'plain')}",
        f"2026-12-01T09:14:22.301Z DEBUG dip      Site: {probe('log', 'Site: label', 'address', 'plain')}",
        f"2026-12-01T09:14:23.004Z DEBUG dip      mpan={probe('log', 'mpan invisible sep', 'mpan', 'u2063')} status=OK",
        f"2026-12-01T09:14:23.005Z DEBUG dip      mpan={probe('log', 'mpan LRM', 'mpan', 'lrm')}",
        f"2026-12-01T09:14:23.006Z DEBUG dip      mpan={probe('log', 'mpan bidi isolates', 'mpan', 'bidi')}",
        f"2026-12-01T09:14:23.007Z DEBUG dip      mpan={probe('log', 'mpan variation selectors', 'mpan', 'vs')}",
        f"2026-12-01T09:14:23.008Z DEBUG dip      mpan={probe('log', 'mpan CGJ', 'mpan', 'cgj')}",
        f"2026-12-01T09:14:23.009Z DEBUG dip      mpan={probe('log', 'mpan colon', 'mpan', 'colon')}",
        f"2026-12-01T09:14:23.010Z DEBUG dip      mpan={probe('log', 'mpan plus', 'mpan', 'plus')}",
        f"2026-12-01T09:14:23.011Z DEBUG dip      mpan={probe('log', 'mpan comma', 'mpan', 'comma')}",
        f"2026-12-01T09:14:23.012Z DEBUG dip      mpan={probe('log', 'mpan long spaces', 'mpan', 'longspace')}",
        f"2026-12-01T09:14:23.013Z DEBUG dip      mpan={probe('log', 'mpan fullwidth', 'mpan', 'fullwidth')}",
        f"2026-12-01T09:14:23.014Z DEBUG dip      mpan={probe('log', 'mpan arabic-indic', 'mpan', 'arabic_indic')}",
        f"2026-12-01T09:14:24.000Z INFO  crm      contact {probe('log', 'phone', 'phone', 'plain')} / {probe('log', 'email', 'email', 'plain')}",
        f"2026-12-01T09:14:24.100Z INFO  crm      postcode={probe('log', 'postcode double space', 'postcode', 'doublespace')} pc2={probe('log', 'postcode hyphen', 'postcode', 'hyphen')}",
        f"2026-12-01T09:14:24.200Z INFO  crm      mprn={probe('log', 'mprn', 'mprn', 'plain')} gas meter {probe('log', 'Gas meter', 'gserial', 'plain')}",
        f"2026-12-01T09:14:24.300Z INFO  hes      device {probe('log', 'eui dots', 'eui', 'dots')} chf {probe('log', 'eui 0x', 'eui', '0x')}",
        f"2026-12-01T09:14:24.400Z INFO  hes      GET /api/lookup?mpan={''.join('%3' + c for c in SECRETS[new('mpan')]['value'])}&v={keep('3.2.0', 'log')}",
        f"2026-12-01T09:14:24.500Z INFO  hes      hex dump {SECRETS[new('mprn')]['value'].encode().hex()}",
        f"2026-12-01T09:14:25.000Z INFO  harness  amount {keep('£1,234.56', 'log')} reading {keep('004512.7', 'log')} register {keep('R1 001', 'log')}",
    ]
    sid_pct = f"mpan{cnt['mpan']:02d}"
    sid_hex = f"mprn{cnt['mprn']:02d}"
    PROBES.append({"id": f"P{len(PROBES)+1:03d}", "group": "log", "field": "%-encoded query", "kind": "mpan", "form": "percent", "sid": sid_pct, "text": "", "expect": "redact"})
    PROBES.append({"id": f"P{len(PROBES)+1:03d}", "group": "log", "field": "hex dump", "kind": "mprn", "form": "hex", "sid": sid_hex, "text": "", "expect": "redact"})
    ev["log"] = w(os.path.join(d_ev, "harness_run.log"), "\n".join(lines) + "\n")
    # Outlook reply with quote-split MPAN
    m = new("mpan")
    mv = SECRETS[m]["value"]
    PROBES.append({"id": f"P{len(PROBES)+1:03d}", "group": "email-text", "field": "quote-split across lines", "kind": "mpan", "form": "quote-split", "sid": m, "text": "", "expect": "redact"})
    mail = f"""From: Rhiannon Pugh
Sent: 01 December 2026 10:02
Subject: RE: {keep('TC-MHHS-0042', 'email')} failed at step 3

Hi, please retest with the corrected MPAN.

> The MPAN on the job was {mv[:7]}
> {mv[7:]} and the customer is {probe('email-text', 'customer name after the', 'name', 'plain', '{}')}.
> Customer tel {probe('email-text', 'tel', 'phone', 'spaced')}
"""
    ev["mail"] = w(os.path.join(d_ev, "RE_retest.txt"), mail)
    # UTF-16 and UTF-32 notes
    ev["u16"] = w(os.path.join(d_ev, "notes_utf16.txt"), "\ufeffNotes: MPAN " + probe("utf16", "utf-16 BOM", "mpan", "plain") + " premises " + probe("utf16", "utf-16 address", "address", "plain") + "\r\n", enc="utf-16-le")
    ev["u32"] = w(os.path.join(d_ev, "notes_utf32.txt"), "Notes: MPRN " + probe("utf32", "utf-32 no BOM", "mprn", "plain") + " for " + probe("utf32", "utf-32 name", "name", "plain", "Mr {}") + "\n", enc="utf-32-le")
    # HTML tracker
    m1, m2, m3 = new("mpan"), new("mpan"), new("mpan")
    v1, v2, v3 = (SECRETS[k]["value"] for k in (m1, m2, m3))
    for k, f2 in ((m1, "html &nbsp; groups"), (m2, "html <mark>/<b>/<wbr> split"), (m3, "html entity encoded")):
        PROBES.append({"id": f"P{len(PROBES)+1:03d}", "group": "html", "field": f2, "kind": "mpan", "form": f2, "sid": k, "text": "", "expect": "redact"})
    ent = "".join(f"&#{ord(c)};" for c in v3)
    em = SECRETS[new("email")]["value"]
    PROBES.append({"id": f"P{len(PROBES)+1:03d}", "group": "html", "field": "mailto &#64;", "kind": "email", "form": "entity @", "sid": f"email{cnt['email']:02d}", "text": "", "expect": "redact"})
    emh = em.replace("@", "&#64;")
    pcv = new("postcode")
    PROBES.append({"id": f"P{len(PROBES)+1:03d}", "group": "html", "field": "postcode &nbsp;", "kind": "postcode", "form": "nbsp entity", "sid": pcv, "text": "", "expect": "redact"})
    htmlv = f"""<!DOCTYPE html><html><head><title>DIP Message Tracker</title></head><body>
<h1>Message tracker</h1><table>
<tr><th>Message</th><th>Status</th><th>MPAN</th><th>Correlation</th></tr>
<tr><td>{keep('IF-031', 'html')}</td><td>{keep('Delivered', 'html')}</td><td>{v1[:2]}&nbsp;{v1[2:6]}&nbsp;{v1[6:10]}&nbsp;{v1[10:]}</td><td>{keep('9a1d7c44-0b2e-4f6a-8d13-77c2e5f90b18', 'html')}</td></tr>
<tr><td>{keep('PUB-036', 'html')}</td><td>Delivered</td><td><mark>{v2[:5]}</mark><b>{v2[5:9]}</b><wbr>{v2[9:]}</td><td>n/a</td></tr>
<tr><td>IF-033</td><td>Rejected</td><td>{ent}</td><td>n/a</td></tr>
</table><p>Contact <a href="mailto:{emh}">{emh}</a>, premises postcode {SECRETS[pcv]['value'].replace(' ', '&nbsp;')}</p></body></html>
"""
    ev["html"] = w(os.path.join(d_ev, "dip_tracker.html"), htmlv)
    # SQL output
    sql = f"""SQL> select mpan_core, mprn, msn, postcode from sup_point where job_id = {keep('778812', 'sql')};

MPAN_CORE      MPRN        MSN             POSTCODE
-------------  ----------  --------------  ----------
{probe('sql', 'column mpan', 'mpan', 'plain'):<14} {probe('sql', 'column mprn', 'mprn', 'plain'):<11} {probe('sql', 'column msn lower', 'eserial', 'lower'):<15} {probe('sql', 'column postcode underscore', 'postcode', 'underscore')}

1 row selected. Elapsed: {keep('00:00:00.04', 'sql')}
"""
    ev["sql"] = w(os.path.join(d_ev, "sql_output.txt"), sql)
    # ------------------------------------------------------------------ images
    try:
        F = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 20)
        FB = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 30)
    except Exception:
        F = FB = ImageFont.load_default()
    im = Image.new("RGB", (1100, 520), "white")
    dr = ImageDraw.Draw(im)
    dr.rectangle((0, 0, 1100, 50), fill=(0, 90, 160))
    dr.text((20, 12), "Customer 360  |  Account " + keep("ACC-TEST-0093", "crm screenshot"), fill="white", font=F)
    rows = [("Customer name", probe("image-crm", "Customer name", "name", "plain")),
            ("Supply address", probe("image-crm", "Supply address", "address", "plain")),
            ("MPAN", probe("image-crm", "MPAN", "mpan", "spaced")),
            ("MPRN", probe("image-crm", "MPRN", "mprn", "plain")),
            ("Meter serial", probe("image-crm", "Meter serial", "eserial", "plain")),
            ("Phone", probe("image-crm", "Phone", "phone", "plain")),
            ("Email", probe("image-crm", "Email", "email", "plain")),
            ("Last read", keep("2026-11-30", "crm screenshot") + "   " + keep("004512.7", "crm screenshot"))]
    for i, (a, b) in enumerate(rows):
        dr.text((30, 75 + i * 52), a, fill=(90, 90, 90), font=F)
        dr.text((280, 75 + i * 52), b, fill="black", font=F)
    fn = probe("evidence", "attach image file name", "postcode", "underscore", "crm_{}.png")
    ev["png"] = os.path.join(d_ev, fn)
    os.makedirs(d_ev, exist_ok=True)
    meta = PngImagePlugin.PngInfo()
    meta.add_text("Comment", "MPAN " + probe("image-meta", "PNG tEXt chunk", "mpan", "plain"))
    meta.add_itxt("Description", "Customer " + probe("image-meta", "PNG iTXt chunk", "name", "plain"))
    im.save(ev["png"], pnginfo=meta)
    # S box bill, dark portal (JPEG)
    im = Image.new("RGB", (900, 300), "white")
    dr = ImageDraw.Draw(im)
    m = new("mpan")
    mv = SECRETS[m]["value"]
    PROBES.append({"id": f"P{len(PROBES)+1:03d}", "group": "image-bill", "field": "MPAN S box", "kind": "mpan", "form": "S box", "sid": m, "text": "", "expect": "redact"})
    dr.text((30, 20), "Your electricity supply number", fill="black", font=F)
    dr.rectangle((30, 60, 480, 200), outline="black", width=3)
    dr.text((45, 95), "S", fill="black", font=ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 64))
    dr.text((120, 75), "01   801   100", fill="black", font=FB)
    dr.text((120, 140), f"{mv[:2]}   {mv[2:6]}   {mv[6:10]}   {mv[10:]}", fill="black", font=FB)
    dr.text((520, 90), "Bill date " + keep("01/12/2026", "bill image"), fill="black", font=F)
    dr.text((520, 130), "Amount due " + keep("£87.40", "bill image"), fill="black", font=F)
    ev["bill"] = os.path.join(d_ev, "bill_page1.png")
    im.save(ev["bill"])
    im = Image.new("RGB", (1000, 260), (30, 30, 34))
    dr = ImageDraw.Draw(im)
    dr.text((30, 30), "Gas supply point", fill=(200, 200, 200), font=F)
    dr.text((300, 30), probe("image-portal", "MPRN dark", "mprn", "plain"), fill="white", font=F)
    dr.text((30, 90), "Gas meter", fill=(200, 200, 200), font=F)
    dr.text((300, 90), probe("image-portal", "Gas meter dark", "gserial", "plain"), fill="white", font=F)
    dr.text((30, 150), "IHD", fill=(200, 200, 200), font=F)
    dr.text((300, 150), probe("image-portal", "device id dark", "eui", "colon"), fill="white", font=F)
    ev["jpg"] = os.path.join(d_ev, "portal_gas_dark.jpg")
    exif = Image.Exif()
    exif[0x010E] = "Supply " + probe("image-meta", "JPEG EXIF ImageDescription", "mpan", "plain")
    im.save(ev["jpg"], quality=92, exif=exif.tobytes(), comment=("owner " + probe("image-meta", "JPEG COM comment", "email", "plain")).encode())
    # benign zip (exploration showed 'p.zip: is' masked as a postcode)
    zb = io.BytesIO()
    zipfile.ZipFile(zb, "w").writestr("readme.txt", "hi")
    ev["zip"] = w(os.path.join(d_ev, "p.zip"), zb.getvalue())
    ev["docx_refused"] = None
    fx["ev"] = ev
    # ------------------------------------------------------------------ register csv
    rc = "kind,value,reference\n"
    reg = []
    for k, kind in (("a", "mpan"), ("b", "mprn"), ("c", "name"), ("d", "eserial"), ("e", "address")):
        s_ = new(kind)
        reg.append(s_)
    kinds = {"mpan": "mpan", "mprn": "mprn", "name": "name", "eserial": "serial", "address": "address"}
    refs = ["MPAN101", "MPRN101", "NAME101", "MSN101", "ADDR101"]
    for s_, rf in zip(reg, refs):
        rc += f"{kinds[SECRETS[s_]['kind']]},\"{SECRETS[s_]['value']}\",{rf}\n"
        PROBES.append({"id": f"P{len(PROBES)+1:03d}", "group": "register-import", "field": "value (registered)", "kind": SECRETS[s_]["kind"], "form": "plain", "sid": s_, "text": "", "expect": "encrypted"})
    bad = new("mpan")
    rc += f"mpan,\"{SECRETS[new('mpan')]['value']}\",{SECRETS[bad]['value']}\n"
    PROBES.append({"id": f"P{len(PROBES)+1:03d}", "group": "register-import", "field": "reference is an MPAN", "kind": "mpan", "form": "plain", "sid": bad, "text": "", "expect": "refuse"})
    PROBES.append({"id": f"P{len(PROBES)+1:03d}", "group": "register-import", "field": "value of refused row", "kind": "mpan", "form": "plain", "sid": f"mpan{cnt['mpan']:02d}", "text": "", "expect": "refuse"})
    fx["reg_csv"] = w(os.path.join(C, "register", probe("register-import", "CSV file name", "name", "plain", "testdata {}.csv").replace(" ", "_")), rc)
    fx["reg_csv_ok"] = w(os.path.join(C, "register", "testdata_ok.csv"), "\n".join(rc.split("\n")[:6]) + "\n")
    fx["reg"] = dict(zip(refs, reg))
    # ------------------------------------------------------------------ typed field probes (filled in by run.py by probe id)
    T = {}

    def tp(key, group, field, kind, fm, ctx="{}", expect="redact-or-refuse"):
        T[key] = probe(group, field, kind, fm, ctx, expect)

    # identity fields (expected: refuse with exit 2, or at least never stored)
    tp("tester_mpan", "run start", "--tester", "mpan", "plain", "{}", "refuse")
    tp("tester_email", "run start", "--tester", "email", "plain", "{}", "refuse")
    tp("env_pc", "run start", "--environment", "postcode", "plain", "SIT-B {}", "refuse")
    tp("data_mpan", "run start", "--data", "mpan", "spaced", "{}", "refuse")
    tp("data_serial", "run start", "--data", "eserial", "lower", "{}", "refuse")
    tp("part_name", "run start", "--participant NAME (registered customer name)", "name", "plain", "witness:{}:DCC", "refuse")
    tp("part_org", "run start", "--participant ORG", "email", "plain", "observer:Dev Rao:{}", "refuse")
    tp("purpose", "run start", "--purpose", "address", "plain", "Witness COS for premises {}")
    tp("by_step", "run step", "--by", "phone", "plain", "{}", "refuse")
    tp("by_observe", "run observe", "--by", "eui", "hyphen", "{}", "refuse")
    tp("by_defect", "run defect", "--by", "mprn", "plain", "{}", "refuse")
    tp("by_plan", "plan create", "--by", "email", "upper", "{}", "refuse")
    tp("by_trust", "audit trust", "--by", "name", "plain", "{}", "refuse")
    tp("reg_ref_mpan", "register add", "--ref", "mpan", "plain", "{}", "refuse")
    tp("reg_ref_serial", "register add", "--ref", "eserial", "lower", "{}", "refuse")
    tp("reg_ref_pc", "register add", "--ref", "postcode", "nospace", "PC-{}", "refuse")
    tp("plan_tester", "plan add", "--tester", "name", "plain", "{}", "refuse")
    tp("part_add_name", "run participant", "--name", "email", "plain", "{}", "refuse")
    tp("part_add_org", "run participant", "--org", "phone", "spaced", "{}", "refuse")
    tp("signed_by", "run washup", "--signed-by", "name", "upper", "{}", "refuse")
    # free text fields
    tp("actual1", "run step", "--actual", "mpan", "spaced", "IF-031 accepted for MPAN {} at 09:14")
    tp("actual2", "run step", "--actual", "mpan", "zwsp", "Tracker shows {} delivered")
    tp("actual3", "run step", "--actual", "address", "plain", "Engineer attended {} and fitted the meter")
    tp("actual4", "run step", "--actual", "eserial", "lower", "ESME {} commissioned, reading 004512.7")
    tp("actual5", "run step", "--actual", "eui", "0x", "IHD paired with {}")
    tp("actual6", "run step", "--actual", "postcode", "nbsp", "premises postcode {}")
    tp("actual7", "run step", "--actual", "mprn", "underscore", "MPRN {} confirmed in UK Link")
    tp("caption1", "run step", "--caption", "name", "plain", "CRM view for {}")
    tp("caption2", "run step", "--caption", "gserial", "plain", "Gas meter {}")
    tp("deviation", "run step", "--deviation", "phone", "plain", "Customer asked us to call {} before step 2")
    tp("observe1", "run observe", "TEXT", "email", "plain", "Confirmation e-mail went to {} not the test inbox")
    tp("observe2", "run observe", "--text (query)", "mpan", "hyphen", "Why does {} still show Legacy?")
    tp("respond", "run respond", "--text", "address", "plain", "Checked: the MPAN belongs to {}; data fix raised")
    tp("promote_title", "run promote", "--title", "mprn", "spaced", "MPRN {} not migrated")
    tp("defect_title", "run defect", "TITLE", "mpan", "plain", "D0150 missing for {}")
    tp("defect_desc", "run defect", "--description", "name", "plain", "Customer {} received two D0010s; see step 3")
    tp("amend_action", "run amend", "--action", "eui", "colon", "Send SRV 8.1 to {}")
    tp("amend_expected", "run amend", "--expected", "gserial", "lower", "Gas meter {} reports a valve open")
    tp("amend_reason", "run amend", "--reason", "phone", "spaced", "Script error spotted by the customer ({})")
    tp("washup_action", "run washup", "--action TEXT", "email", "plain", "Send the corrected D0150 to {}")
    tp("washup_note", "run washup", "--note", "postcode", "lower", "Step 3 not executed: site {} inaccessible")
    tp("plan_name", "plan create", "NAME", "postcode", "plain", "SIT cycle 2 {}")
    tp("plan_prog", "plan create", "--programme", "name", "plain", "MHHS {}")
    tp("plan_rel", "plan create", "--release", "mpan", "plain", "R2.1-{}")
    tp("plan_env", "plan create", "--environment", "eserial", "plain", "SIT-B {}")
    tp("suite_name", "plan suite", "NAME", "address", "plain", "COS suite for {}")
    tp("plan_config", "plan add", "--configuration", "eui", "plain", "SMETS2 ESME {}, DCC SIT-B")
    tp("defect_reason", "defect move", "--reason", "mprn", "plain", "Deferred until MPRN {} is released")
    tp("mask_reason", "evidence mask", "--reason", "name", "plain", "{} asked for it")
    tp("ann_box", "evidence annotate", "--box label", "mpan", "plain", "MPAN {}")
    tp("ann_text", "evidence annotate", "--text label", "phone", "plain", "call {}")
    tp("ann_arrow", "evidence annotate", "--arrow label", "email", "plain", "{}")
    tp("ann_callout", "evidence annotate", "--callout label", "address", "plain", "{}")
    tp("ann_file", "evidence annotate", "--file JSON label", "mprn", "hyphen", "MPRN {}")
    tp("recommend", "report completion", "--recommendations", "mpan", "dots", "Re-run COS for {} in cycle 3")
    tp("lessons", "report completion", "--lessons", "name", "plain", "Engineer visit to {} overran; book earlier")
    tp("lessons2", "report completion", "--lessons (2)", "address", "plain", "Site {} had no signal")
    tp("trust_reason", "audit trust", "--reason", "address", "plain", "Workspace moved after the visit to {}")
    tp("pack_out", "pack", "--out file name", "mpan", "underscore", "evidence_{}.docx")
    tp("pack_out_dir", "pack", "--out folder", "postcode", "plain", "pack {}")
    tp("report_out", "report completion", "--out file name", "name", "plain", "completion {}.docx")
    tp("witness_out", "witness report", "--out file name", "mprn", "plain", "witness_{}.docx")
    tp("with_files_out", "pack --with-files", "--out name", "eserial", "lower", "wf_{}.docx")
    tp("redact_report", "redact", "--report file name", "email", "plain", "report_{}.json")
    tp("tz", "runs", "--time-zone", "mpan", "plain", "Europe/{}")
    tp("tz_env", "runs", "$ATTEST_TIME_ZONE", "postcode", "plain", "{}")
    tp("logname", "run observe (no --by)", "$LOGNAME/$USER", "email", "plain", "{}")
    tp("case_arg", "case show", "CASE (not found)", "mpan", "plain", "{}")
    tp("run_arg", "run show", "RUN (not found)", "mprn", "plain", "{}")
    tp("defect_arg", "defect show", "ID (not found)", "mpan", "spaced", "{}")
    tp("plan_arg", "plan show", "PLAN (not found)", "address", "plain", "{}")
    tp("status_choice", "run step", "--status (argparse invalid choice)", "mpan", "plain", "{}")
    tp("step_int", "run step", "--step (argparse invalid int)", "mprn", "plain", "{}")
    tp("sev_choice", "run promote", "--severity (argparse choice)", "mpan", "plain", "{}")
    tp("kind_choice", "register add", "--kind (argparse choice)", "email", "plain", "{}")
    tp("criteria_key", "plan criteria", "--set KEY", "mpan", "plain", "{}=5")
    tp("criteria_val", "plan criteria", "--set VALUE", "postcode", "plain", "passed_pct={}")
    tp("head", "audit verify", "--head", "mpan", "plain", "{}")
    tp("evid_arg", "evidence mask", "ITEM (not found)", "mpan", "plain", "{}")
    tp("ado_org", "ado connect", "--org URL", "name", "plain", "https://dev.azure.com/{}")
    tp("ado_org_pc", "ado connect", "--org URL path", "postcode", "underscore", "http://127.0.0.1:9/tfs/{}")
    tp("ado_project", "ado connect", "--project", "mpan", "plain", "Smart {}")
    tp("ado_pat", "ado connect", "token (stdin)", "mprn", "plain", "pat{}x")
    tp("ado_proxy", "ado connect", "--proxy URL userinfo", "email", "plain", "http://{}:pw@127.0.0.1:9")
    tp("ado_area", "ado connect", "--area", "address", "plain", "Smart\\{}")
    tp("ado_iter", "ado connect", "--iteration", "eserial", "plain", "Sprint {}")
    tp("ado_ca", "ado connect", "--ca-bundle FILE path", "name", "plain", "/tmp/ho35/fields/corpus2/ca {}.pem")
    tp("ado_plan", "ado pull", "--plan", "mpan", "plain", "{}")
    tp("ws_name", "workspace path", "--workspace folder name", "postcode", "underscore", "ws_{}")
    tp("att_txt_name", "run step", "--attach file name (txt)", "name", "plain", "call notes {}.txt")
    tp("payload_name", "run step", "--payload file name", "mprn", "plain", "UKLink_{}_nom.txt")
    tp("redact_in_name", "redact", "INPUT file name", "mpan", "hyphen", "in_{}.txt")
    tp("scan_in", "scan", "file content", "mpan", "plain", "MPAN {}")
    tp("reg_add_value", "register add", "VALUE (kind mpan)", "mpan", "plain", "{}", "encrypted")
    tp("reg_add_name", "register add", "VALUE (kind name)", "name", "plain", "{}", "encrypted")
    tp("reg_add_serial", "register add", "VALUE (kind serial)", "eserial", "plain", "{}", "encrypted")
    tp("tamper", "verify", "MPAN inserted into a pack", "mpan", "spaced", "{}")
    fx["T"] = T
    # files whose names carry probes
    fx["att_txt"] = w(os.path.join(d_ev, T["att_txt_name"]), "Called customer, no answer. Ref " + keep("INC0012345", "call notes") + "\n")
    fx["payload_named"] = w(os.path.join(d_ev, T["payload_name"]), "NOM " + keep("NOM-20261201-0042", "uklink payload") + " accepted\n")
    fx["redact_in"] = w(os.path.join(C, "redact", T["redact_in_name"]), "Mpan " + probe("redact", "content", "mpan", "plain") + " kept " + keep("TC-MHHS-0042", "redact") + "\n")
    fx["scan_in"] = w(os.path.join(C, "scan", "scan_me.txt"), T["scan_in"] + "\n")
    fx["ann_json"] = w(os.path.join(C, "annotations.json"), json.dumps([{"type": "box", "x": 10, "y": 10, "w": 100, "h": 40, "text": T["ann_file"]}]))
    fx["ca"] = w(T["ado_ca"], "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n")
    # keeps typed into fields (must NOT be refused or masked)
    K = {}
    for k, t in [("tester", "Priya Natarajan"), ("env", "SIT-B"), ("purpose", "Witnessed COS for TC-MHHS-0042, DIP id DIP-7731-20261201-000482"),
                 ("actual", "IF-031 sent at 2026-12-01T09:14:22Z, correlation 3f2b9c1e-7a4d-4e1b-9c2f-5d8e6a1b0c47, D0010 reading 004512.7 kWh, £1,234.56, v4.2.1"),
                 ("caption", "DIP tracker after PUB-036, 01/12/2026 09:15"), ("observe", "SRV 8.1 response took 42 s; MTC 845 and LLFC 210 as expected"),
                 ("defect", "D0150 missing after TC-MHHS-0042 step 3 (build 2026.11.3)"), ("plan", "SIT cycle 2"), ("suite", "COS TS 2"),
                 ("config", "SMETS2 ESME, DCC SIT-B"), ("lessons", "MPAN001 reserved too late; register refs MPRN101 and MSN101 worked"),
                 ("witness", "Dev Rao"), ("org", "DCC"), ("by", "Priya Natarajan")]:
        K[k] = keep(t, "typed field " + k)
    fx["K"] = K
    json.dump({"secrets": SECRETS, "probes": PROBES, "keeps": KEEPS, "fixtures": fx}, open(os.path.join(ROOT, "truth2.json"), "w"), indent=1, ensure_ascii=False)
    print(len(SECRETS), "secrets", len(PROBES), "probes", len(KEEPS), "keeps")


if __name__ == "__main__":
    main()
