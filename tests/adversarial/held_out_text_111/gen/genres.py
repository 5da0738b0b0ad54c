"""52 genres; each takes a Ctx and returns text (LF newlines) with markers."""
G = {}
def genre(f):
    G[f.__name__] = f
    return f

def rows(c, n=3): return [c.P() for _ in range(c.r.randint(n, n + 2))]

@genre
def ums_inventory(c):
    out = ["# UMSO inventory extract - LA street lighting - generated for " + c.tc(), "item_id,mpan,charge_code,watts,location,postcode,contact,contact_tel"]
    for i, p in enumerate(rows(c)):
        out.append('SL%05d,%s,%s,%d,"outside %s",%s,%s,%s' % (c.r.randint(1, 99999), c.mp(p, c.r.choice([0, 0, 4])), c.K("code", "UMS-%03d" % c.r.randint(1, 999)), c.r.choice([35, 55, 70]), c.addr(p, 1), c.pc(p), c.name(p), c.ph(p)))
    out.append("# total records ok, ref " + c.ref())
    return "\n".join(out) + "\n"

@genre
def d0036_hh(c):
    out = ["ZHV|%s|D0036001|X|HHDC|Z|DCAB|%s|" % (c.K("file", "FIL%07d" % c.r.randint(1, 9999999)), c.ts())]
    for p in rows(c, 2):
        out.append("026|%s|%s|A|" % (c.mp(p), "20261104"))
        out.append("028|%s|" % c.es(p))
        for k in range(3):
            out.append("029|%02d|%s|A|" % (k + 1, c.rd()))
    out.append("ZPT|%s|%d|" % (c.tc(), len(out)))
    out.append("# note from Dafydd: second MPAN was %s, site %s" % (c.mp(p, 1), c.pc(p, 1)))
    return "\n".join(out) + "\n"

@genre
def aq_appeal(c):
    out = ["Shipper AQ appeal batch " + c.ver(), "MPRN\tCurrent AQ\tProposed AQ\tReason\tConsumer\tSupply address\tPostcode\tMeter"]
    for p in rows(c):
        out.append("\t".join([c.mprn(p), str(c.r.randint(3000, 30000)), str(c.r.randint(3000, 30000)), c.r.choice(["change of use", "vacant", "meter fault"]), c.name(p, 1), c.addr(p), c.pc(p), c.gs(p)]))
    out.append("Submitted against " + c.tk())
    return "\n".join(out) + "\n"

@genre
def igt_portfolio(c):
    out = ['"iGT","MPRN","Plot","Address","PC","Reg. customer","Email","Gas meter"']
    for p in rows(c):
        out.append('"GTC","%s","Plot %d","%s","%s","%s","%s","%s"' % (c.mprn(p), c.r.randint(1, 200), c.addr(p, 2), c.pc(p), c.name(p), c.em(p), c.gs(p, c.r.choice([0, 1]))))
    out.append('"","","","portfolio checked %s by %s","","","",""' % (c.ts(), c.K("team", "Team Ops")))
    return "\n".join(out) + "\n"

@genre
def revenue_protection(c):
    p = c.P(); q = c.P()
    return ("rev prot visit - %s\n"
            "attended %s ,spoke to occupier %s who said landlord is %s (tel %s)\n"
            "meter %s seals broken, tails warm. mpan on board %s. bypass suspected\n"
            "gas side ok meter %s mprn %s\n"
            "postcode on job was wrong, actual %s. photos attached %s\n"
            "ref %s  readings %s / %s  next %s\n") % (c.ts(), c.addr(p, 4), c.first(p), c.name(q), c.ph(q), c.es(p, 1), c.mp(p, 3), c.gs(p), c.mprn(p), c.pc(p, 2), c.uuid(), c.ref(), c.rd(), c.rd(), c.kw())

@genre
def route_walk(c):
    out = ["WALK %03d  ROUTE BOOK  PRINTED %s" % (c.r.randint(1, 999), c.ts()), "SEQ  ADDRESS                              METER         LAST READ  ACCESS NOTES"]
    for i, p in enumerate(rows(c, 4)):
        out.append("%03d  %-36s %-13s %s    %s" % (i + 1, c.addr(p, 2), c.es(p), c.rd(), c.r.choice(["key in meter box", "dog!! ring %s" % c.ph(p), "ask for %s" % c.first(p), "side gate"])))
    out.append("END OF WALK  " + c.tc())
    return "\n".join(out) + "\n"

@genre
def chf_firmware(c):
    out = []
    for p in rows(c):
        out.append("%s INFO  fwu.campaign=%s chf=%s image=%s status=DELIVERED" % (c.ts(), c.K("camp", "FWU-%04d" % c.r.randint(1, 9999)), c.eui(p), c.ver()))
        out.append("%s WARN  chf %s did not ack, retry 1; esme=%s premises postcode %s" % (c.ts(), c.eui(p, 5), c.eui(c.P()), c.pc(p)))
    out.append("summary " + c.tc() + " delivered=" + str(c.r.randint(1, 9)))
    return "\n".join(out) + "\n"

@genre
def wan_coverage(c):
    p = c.P()
    return ('{"request":{"postcode":"%s","address":"%s","uprn_hint":null},\n "response":{"coverage":"%s","cspRegion":"%s","variant":"%s","checkedAt":"%s",\n  "notes":"customer %s asked via %s"},\n "trace":"%s"}\n') % (c.pc(p), c.addr(p), c.r.choice(["GREEN", "AMBER", "RED"]), c.r.choice(["North", "Central", "South"]), c.K("variant", "SM WAN HAN 4.2"), c.ts(), c.name(p), c.em(p), c.uuid())

@genre
def outage_sms(c):
    out = ["queue_id|msisdn|template|vars|sent_at"]
    for p in rows(c):
        out.append("%s|%s|PWRCUT_%s|name=%s;pc=%s;inc=%s|%s" % (c.uuid(), c.ph(p), c.r.choice(["START", "ETR", "RESTORED"]), c.first(p), c.pc(p, 1), c.tk(), c.ts()))
    return "\n".join(out) + "\n"

@genre
def duos_backing(c):
    out = ["DUoS backing data  period 2026-10  " + c.ver(), "Full MPAN                          kWh      Charge     Customer"]
    for p in rows(c):
        out.append("%-34s %-8s %-10s %s" % (c.mf(p, c.r.choice([0, 1, 2, 3])), c.rd(), c.amt(), c.name(p, 5)))
    out.append("query raised " + c.tk())
    return "\n".join(out) + "\n"

@genre
def smtp_transcript(c):
    p = c.P(); q = c.P()
    return ("$ telnet smtp-test.example.net 25\n220 smtp-test ESMTP\nHELO harness\n250 ok\nMAIL FROM:<%s>\n250 ok\nRCPT TO:<%s>\n250 ok\nDATA\n354 go\n"
            "Subject: %s result %s\n\nHi %s,\nthe appointment for %s, %s is confirmed. MPAN %s, meter %s.\nCall %s if needed.\n.\n250 queued as %s\nQUIT\n") % (
        c.em(p), c.em(q), c.tc(), c.mt(), c.first(q), c.addr(q), c.pc(q), c.mp(q, 2), c.es(q), c.ph(p), c.K("qid", "4Fq%05dZ" % c.r.randint(1, 99999)))

@genre
def postfix_log(c):
    out = []
    for p in rows(c):
        out.append("Nov  4 %02d:%02d:%02d mx1 postfix/smtp[%d]: %s: to=<%s>, relay=none, delay=0.2, status=sent (250 ok) ref=%s" % (c.r.randint(0, 23), c.r.randint(0, 59), c.r.randint(0, 59), c.r.randint(100, 9999), c.K("qid", "%X" % c.r.randint(0x10000000, 0xFFFFFFFF)), c.em(p), c.tc()))
        out.append("Nov  4 10:00:01 mx1 postfix/cleanup[77]: header Subject: Meter booking %s %s from local; from=<%s>" % (c.name(p), c.pc(p), c.em(c.P())))
    return "\n".join(out) + "\n"

@genre
def imap_fetch(c):
    p = c.P(); q = c.P()
    return ('* 12 FETCH (UID 4471 ENVELOPE ("%s" "Re: %s smart install" (("%s" NIL "%s" "example.com")) NIL NIL (("%s" NIL "x" "example.org")) NIL NIL NIL "<%s@mail>")\n'
            ' BODY[TEXT] {240}\nFrom the customer: I live at %s %s. My account is %s and the meter says %s.\n'
            'Phone me on %s\n)\nA004 OK FETCH completed\n') % (c.ts(), c.tk(), c.name(p), c.S("email", p["email"].split("@")[0]), c.name(q), c.uuid(), c.addr(p), c.pc(p), c.ac(p), c.es(p, 2), c.ph(p))

@genre
def cef_siem(c):
    out = []
    for p in rows(c, 2):
        out.append("CEF:0|Attest Labs|PortalGW|%s|100|Account lookup|3|rt=%s suser=%s duser=%s cs1Label=mpan cs1=%s cs2Label=acct cs2=%s msg=address change to %s %s" % (c.ver(), c.ts(), c.em(p), c.name(p), c.mp(p), c.ac(p), c.addr(p, 3), c.pc(p)))
    return "\n".join(out) + "\n"

@genre
def leef(c):
    out = []
    for p in rows(c, 2):
        out.append("LEEF:2.0|Energy|CRM|%s|CustUpdate|^|devTime=%s^usrName=%s^phone=%s^mprn=%s^gasMeter=%s^case=%s" % (c.ver(), c.ts(), c.name(p, 3), c.ph(p), c.mprn(p), c.gs(p), c.tk()))
    return "\n".join(out) + "\n"

@genre
def srt_subtitles(c):
    p = c.P(); q = c.P()
    lines = ["so this is test %s, we're sending the %s now" % (c.tc(), c.mt()),
             "the MPAN we're using is %s" % c.mp(p, 1), "that's for %s on %s" % (c.name(q), c.addr(q, 1)),
             "postcode %s - yep" % c.pc(q, 2), "meter serial reads %s" % c.es(p, 2), "and the hub is %s" % c.eui(p, 6),
             "ok %s can you confirm the email %s" % (c.first(p), c.em(q)), "great, timestamp %s, that's a pass" % c.ts()]
    out = []
    for i, l in enumerate(lines):
        out.append("%d\n00:%02d:%02d,000 --> 00:%02d:%02d,500\n%s\n" % (i + 1, i // 6, (i * 9) % 60, i // 6, (i * 9 + 4) % 60, l))
    return "\n".join(out)

@genre
def turtle_rdf(c):
    out = ["@prefix ex: <https://example.org/meter#> .", "@prefix vcard: <http://www.w3.org/2006/vcard/ns#> .", ""]
    for p in rows(c, 2):
        out.append('ex:site_%s a ex:MeteringPoint ;\n  ex:mpan "%s" ;\n  ex:meterSerial "%s" ;\n  ex:commsHub "%s" ;\n  vcard:fn "%s" ;\n  vcard:street-address "%s" ;\n  vcard:postal-code "%s" ;\n  ex:testRef "%s" .\n' % (c.r.randint(1, 999), c.mp(p), c.es(p), c.eui(p, 1), c.name(p), c.addr(p, 1), c.pc(p), c.ref()))
    return "\n".join(out)

@genre
def ntriples(c):
    out = []
    for p in rows(c, 2):
        s = "<urn:test:%s>" % c.uuid()
        out += ['%s <urn:p:mprn> "%s" .' % (s, c.mprn(p)), '%s <urn:p:name> "%s"@en .' % (s, c.name(p)),
                '%s <urn:p:tel> "%s" .' % (s, c.ph(p)), '%s <urn:p:gasSerial> "%s" .' % (s, c.gs(p)), '%s <urn:p:loc> "%s" .' % (s, c.town(p))]
    return "\n".join(out) + "\n"

@genre
def jsonld(c):
    p = c.P()
    return ('{"@context":"https://schema.org","@type":"Person","name":"%s","email":"mailto:%s","telephone":"%s",\n'
            ' "address":{"@type":"PostalAddress","streetAddress":"%s","addressLocality":"%s","postalCode":"%s"},\n'
            ' "identifier":[{"@type":"PropertyValue","propertyID":"MPAN","value":"%s"},{"@type":"PropertyValue","propertyID":"acct","value":"%s"}],\n'
            ' "subjectOf":{"name":"%s","dateCreated":"%s"}}\n') % (c.name(p), c.em(p), c.ph(p), c.addr(p, 1), c.town(p), c.pc(p), c.mp(p), c.ac(p), c.tc(), c.ts())

@genre
def android_strings(c):
    p = c.P(); q = c.P()
    return ('<?xml version="1.0" encoding="utf-8"?>\n<resources>\n  <!-- fixture data for %s -->\n  <string name="demo_customer">%s</string>\n'
            '  <string name="demo_address">%s\\n%s</string>\n  <string name="demo_mpan">%s</string>\n  <string name="demo_msn">%s</string>\n'
            '  <string name="support_phone">%s</string>\n  <string name="qa_contact">%s</string>\n  <string name="app_version">%s</string>\n</resources>\n') % (
        c.tc(), c.name(p), c.addr(p, 1), c.pc(p), c.mp(p, 1), c.es(p), c.ph(q), c.em(q), c.ver())

@genre
def apple_strings(c):
    p = c.P()
    return ('/* Test fixtures %s */\n"fixture.name" = "%s";\n"fixture.addr1" = "%s";\n"fixture.postcode" = "%s";\n"fixture.mprn" = "%s";\n'
            '"fixture.gasMeter" = "%s";\n"fixture.ihd" = "%s";\n"build" = "%s";\n') % (c.tk(), c.name(p), c.addr(p), c.pc(p, 1), c.mprn(p), c.gs(p), c.eui(p, 0), c.ver())

@genre
def doctest(c):
    p = c.P()
    return ('def normalise_mpan(s):\n    """Strip spaces.\n\n    >>> normalise_mpan("%s")\n    \'%s\'\n    >>> lookup("%s")\n    {\'name\': \'%s\', \'postcode\': \'%s\', \'msn\': \'%s\'}\n'
            '    >>> ref_for("%s")\n    \'%s\'\n    """\n    # ticket %s\n') % (c.mp(p, 1), c.mp(p), c.mp(p), c.name(p), c.pc(p), c.es(p), c.mp(p, 2), c.ref(), c.tk())

@genre
def julia_repl(c):
    p = c.P(); q = c.P()
    return ('julia> df = CSV.read("reads.csv", DataFrame); first(df, 2)\n2×5 DataFrame\n Row │ mpan           serial      name                 postcode  kwh\n'
            '     │ String         String      String               String    Float64\n─────┼──────────────────────────────────────────────────────────\n'
            '   1 │ %s  %s  %s  %s  %s\n   2 │ %s  %s  %s  %s  %s\n\njulia> VERSION\n%s\n') % (
        c.mp(p), c.es(p), c.name(p), c.pc(p), c.rd(), c.mp(q), c.es(q), c.name(q), c.pc(q), c.rd(), c.ver())

@genre
def stata_log(c):
    out = [". use cos_sample, clear", ". list mpan custname pcode acct in 1/3, noobs clean", "", "            mpan            custname     pcode          acct"]
    for p in rows(c, 2):
        out.append("   %s   %s   %s   %s" % (c.mp(p), c.name(p), c.pc(p), c.ac(p)))
    out.append(". * log for " + c.tc() + " " + c.ts())
    return "\n".join(out) + "\n"

@genre
def spss_output(c):
    out = ["DATASET ACTIVATE DataSet1.", "LIST VARIABLES=mprn name town gasmsn /CASES=FROM 1 TO 4.", "", "List", "", "mprn       name                      town             gasmsn"]
    for p in rows(c, 2):
        out.append("%-10s %-25s %-16s %s" % (c.mprn(p), c.name(p), c.town(p), c.gs(p)))
    out.append("Number of cases read:  %d    run %s" % (len(out), c.uuid()))
    return "\n".join(out) + "\n"

@genre
def gremlin_console(c):
    p = c.P(); q = c.P()
    return ('gremlin> g.V().has("mpan","%s").valueMap()\n==>[mpan:[%s],serial:[%s],holder:[%s],addr:[%s %s]]\n'
            'gremlin> g.V().has("eui","%s").out("servedBy").values("email")\n==>%s\ngremlin> :q  // %s\n') % (
        c.mp(p), c.mp(p), c.es(p), c.name(p), c.addr(p), c.pc(p), c.eui(q, 2), c.em(q), c.tc())

@genre
def zkcli(c):
    p = c.P()
    return ('[zk: localhost:2181(CONNECTED) 3] get /fixtures/%s/site\n{"mprn":"%s","msn":"%s","occupier":"%s","tel":"%s"}\n'
            'cZxid = 0x%x\nctime = Wed Nov 04 10:11:12 GMT 2026\n[zk: localhost:2181(CONNECTED) 4] get /fixtures/%s/owner\n%s, %s %s\n') % (
        c.tc(), c.mprn(p), c.gs(p, 2), c.name(p), c.ph(p), c.r.randint(1000, 99999), c.ref(), c.name(c.P(), 2), c.addr(p), c.pc(p))

@genre
def memcached_get(c):
    out = []
    for p in rows(c, 2):
        v = '{"n":"%s","pc":"%s","m":"%s","a":"%s"}' % (c.name(p), c.pc(p), c.mp(p), c.ac(p))
        out.append("get cust:%s\nVALUE cust:x 0 %d\n%s\nEND" % (c.uuid(), len(v), v))
    out.append("stats  # " + c.tk())
    return "\n".join(out) + "\n"

@genre
def hg_log(c):
    out = []
    for p in rows(c, 2):
        out.append("changeset:   %d:%s\nuser:        %s <%s>\ndate:        Wed Nov 04 10:00:00 2026 +0000\nsummary:     fixture for %s: swap MPAN %s to %s\n" % (
            c.r.randint(1, 999), c.K("hash", "%012x" % c.r.getrandbits(48)), c.name(p), c.em(p), c.tc(), c.mp(p), c.ref()))
    return "\n".join(out)

@genre
def p4_describe(c):
    p = c.P(); q = c.P()
    return ("Change %d by %s@ws-harness on 2026/11/04 10:12:13\n\n\tAdd site fixture for %s (%s)\n\tcustomer %s, %s %s\n\tMSN %s  hub %s\n\n"
            "Affected files ...\n\n... //depot/fixtures/sites.csv#%d edit\n\n==== //depot/fixtures/sites.csv#%d (text) ====\n\n12a13\n> %s,%s,%s\n") % (
        c.r.randint(10000, 99999), c.S("name", p["first"].lower() + "." + p["last"].lower().replace(" ", "").replace("'", "")), c.tc(), c.tk(), c.name(q), c.addr(q), c.pc(q), c.es(q), c.eui(q, 1), c.r.randint(2, 9), c.r.randint(2, 9), c.mp(q), c.es(q), c.pc(q, 1))

@genre
def git_stash_notes(c):
    p = c.P()
    return ("$ git notes show HEAD\nTested on %s against %s; customer %s (%s) confirmed.\n$ git stash list\nstash@{0}: WIP on main: temp data %s %s\n"
            "$ git stash show -p stash@{0}\n--- a/tests/data.yml\n+++ b/tests/data.yml\n@@ -3,3 +3,3 @@\n-  mprn: \"0000000\"\n+  mprn: \"%s\"\n-  gas_msn: X\n+  gas_msn: %s\n   case: %s\n") % (
        c.ts(), c.ver(), c.name(p), c.ph(p), c.mp(p), c.pc(p), c.mprn(p), c.gs(p), c.tc())

@genre
def gradle_test(c):
    p = c.P()
    return ("> Task :meter-service:test\n\nMeterLookupTest > resolvesSupplyPoint() FAILED\n    org.opentest4j.AssertionFailedError: expected: <%s> but was: <%s>\n"
            "        at MeterLookupTest.kt:41\n\nCustomerMapperTest > mapsAddress() FAILED\n    expected: <Address(line1=%s, postcode=%s)> but was: <Address(line1=%s, postcode=null)>\n\n"
            "%s tests completed, 2 failed\nBUILD FAILED in 14s  (%s)\n") % (c.mp(p), c.mp(p, 1), c.addr(p, 1), c.pc(p), c.addr(p, 1), c.r.randint(20, 99), c.tc())

@genre
def bazel_test_log(c):
    p = c.P(); q = c.P()
    return ("exec ${PAGER:-/usr/bin/less} \"$0\" || exit 1\nExecuting tests from //flows:d0010_test\n-----------------------------------------------------------------------------\n"
            "[ RUN      ] D0010Parse.ReadsRegister\nflows/d0010_test.cc:88: Failure\nValue of: parsed.msn\n  Actual: \"%s\"\nExpected: \"%s\"\n"
            "[  FAILED  ] D0010Parse.ReadsRegister (3 ms)\n[ RUN      ] D0010Parse.Customer\n  customer=%s tel=%s email=%s\n[       OK ] D0010Parse.Customer (0 ms)\n%s %s\n") % (
        c.es(p, 1), c.es(p), c.name(q), c.ph(q), c.em(q), c.mt(), c.ts())

@genre
def tox_output(c):
    p = c.P()
    return ("py311: commands[0]> pytest -q tests/test_gas.py\nF.\n=================================== FAILURES ===================================\n"
            "_________________________ test_mprn_lookup[%s] _________________________\nE   AssertionError: assert '%s' == '%s'\n"
            "E     site: %s, %s\n  py311: FAIL code 1 (2.31=setup[0.02]+cmd[2.29] seconds)\n  evaluation failed :( (%s)\n") % (
        c.mprn(p), c.gs(p, 1), c.gs(p), c.addr(p), c.pc(p), c.tk())

@genre
def jsonnet(c):
    p = c.P(); q = c.P()
    return ("// fixtures.jsonnet %s\nlocal site(mpan, msn) = { mpan: mpan, msn: msn, ref: '%s' };\n{\n  primary: site('%s', '%s') + { occupier: '%s', postcode: '%s' },\n"
            "  secondary: site('%s', '%s') + { occupier: '%s', phone: '%s' },\n  version: '%s',\n}\n") % (
        c.tc(), c.ref(), c.mp(p), c.es(p), c.name(p), c.pc(p), c.mp(q), c.es(q), c.name(q), c.ph(q), c.ver())

@genre
def cue_values(c):
    p = c.P()
    return ('package fixtures\n\n// %s\nsite: {\n\tmprn:     "%s"\n\tgasMeter: "%s"\n\tholder:   "%s"\n\taddress:  "%s"\n\tpostcode: "%s"\n\temail:    "%s"\n\tcase:     "%s"\n}\n') % (
        c.ts(), c.mprn(p), c.gs(p), c.name(p), c.addr(p), c.pc(p), c.em(p), c.tc())

@genre
def nix_attrs(c):
    p = c.P()
    return ('{ pkgs ? import <nixpkgs> {} }:\n{\n  # harness %s\n  testSite = {\n    mpan = "%s";\n    hub = "%s";\n    customer = "%s";\n    account = "%s";\n    postcode = "%s";\n  };\n  caseRef = "%s";\n}\n') % (
        c.ver(), c.mp(p), c.eui(p, 1), c.name(p), c.ac(p), c.pc(p), c.tc())

@genre
def dhall_config(c):
    p = c.P()
    return ('let Site = { mprn : Text, msn : Text, name : Text, tel : Text }\nin  [ { mprn = "%s", msn = "%s", name = "%s", tel = "%s" } : Site\n    , { mprn = "%s", msn = "%s", name = "%s", tel = "%s" }\n    ]\n-- %s %s\n') % (
        c.mprn(p), c.gs(p), c.name(p), c.ph(p), c.mprn(c.P()) if False else c.mprn(q := c.P()), c.gs(q), c.name(q), c.ph(q), c.tc(), c.ts())

@genre
def handlebars_fixture(c):
    p = c.P()
    return ("template: appointment.hbs\n---\nDear {{title}} {{surname}},\nYour engineer will visit {{addr}} on {{date}}.\n---\ncontext.json:\n"
            '{"title":"Mrs","surname":"%s","addr":"%s, %s","date":"%s","mpan":"%s","ref":"%s"}\nrendered:\nDear Mrs %s,\nYour engineer will visit %s, %s on %s.\n') % (
        c.S("name", p["last"]), c.addr(p), c.pc(p), c.ts(), c.mp(p), c.ref(), c.S("name", p["last"]), c.addr(p), c.pc(p), c.ts())

@genre
def pug_template(c):
    p = c.P()
    return ("//- preview fixture %s\n.card\n  h2 %s\n  p.addr #{'%s'}\n  p.pc= '%s'\n  ul\n    li MPAN: #[strong %s]\n    li Meter: #[code %s]\n    li Tel: %s\n  small build %s\n") % (
        c.tc(), c.name(p), c.addr(p, 1), c.pc(p), c.mp(p, 1), c.es(p), c.ph(p), c.ver())

@genre
def man_troff(c):
    p = c.P()
    return ('.TH SITELOOKUP 1 "2026" "%s"\n.SH NAME\nsitelookup \\- find a supply point\n.SH EXAMPLES\n.nf\n$ sitelookup \\-\\-mpan %s\nholder: %s\naddress: %s %s\n.fi\n'
            '.PP\nSee also \\fB%s\\fR and ticket \\fI%s\\fP. Report bugs to \\fB%s\\fR.\n') % (c.ver(), c.mp(p), c.name(p), c.addr(p), c.pc(p), c.mt(), c.tk(), c.em(c.P()))

@genre
def gemtext(c):
    p = c.P(); q = c.P()
    return ("# field notes %s\n\n* visited %s %s\n* gas msn %s / mprn %s\n> %s said the %s came late\n=> gemini://notes.example.org/%s photos\n"
            "```\nchf %s  esme %s\n```\ncall back %s on %s\n") % (c.ts(), c.addr(p, 4), c.pc(p, 2), c.gs(p, 1), c.mprn(p), c.first(p), c.kw(["bill", "reading"]), c.uuid(), c.eui(p, 4), c.eui(q, 4), c.name(q), c.ph(q))

@genre
def fax_cover(c):
    p = c.P(); q = c.P()
    return ("F A X   C O V E R   S H E E T\n\nTO:      %s\nFAX:     %s\nFROM:    %s\nDATE:    %s\nPAGES:   3 (incl. cover)\nRE:      Objection %s\n\n"
            "Please find the signed objection for supply at %s %s (MPAN %s).\nAccount %s. Any queries %s.\n") % (
        c.name(p, 2), c.ph(p), c.name(q), c.ts(), c.tk(), c.addr(q, 2), c.pc(q), c.mf(q, 2), c.ac(q), c.em(q, 1))

@genre
def telex(c):
    p = c.P()
    return ("ZCZC ENG%03d\nPRIORITY\nTO METERING OPS STOP\nRE SUPPLY %s STOP CUSTOMER %s STOP\nADDRESS %s %s STOP\nMETER %s HUB %s STOP\n"
            "PHONE %s STOP REF %s STOP\nNNNN\n") % (c.r.randint(1, 999), c.mp(p, 4), c.S("name", p["name"].upper()), c.addr(p, 2), c.pc(p), c.es(p), c.eui(p, 2), c.ph(p), c.tc())

@genre
def ncdump_cdl(c):
    p = c.P()
    return ('netcdf hh_consumption {\ndimensions:\n\ttime = 48 ;\nvariables:\n\tdouble kwh(time) ;\n\t\tkwh:units = "kWh" ;\n\n// global attributes:\n'
            '\t\t:mpan = "%s" ;\n\t\t:meter_serial = "%s" ;\n\t\t:site_name = "%s" ;\n\t\t:site_postcode = "%s" ;\n\t\t:test_case = "%s" ;\n\t\t:created = "%s" ;\ndata:\n kwh = %s.1, %s.4 ;\n}\n') % (
        c.mp(p), c.es(p), c.addr(p), c.pc(p), c.tc(), c.ts(), c.rd(), c.rd())

@genre
def h5dump(c):
    p = c.P()
    return ('HDF5 "reads.h5" {\nGROUP "/" {\n   ATTRIBUTE "mprn" {\n      DATATYPE  H5T_STRING\n      DATA {\n      (0): "%s"\n      }\n   }\n   ATTRIBUTE "holder" {\n      DATA {\n      (0): "%s"\n      }\n   }\n'
            '   ATTRIBUTE "gas_meter" {\n      DATA {\n      (0): "%s"\n      }\n   }\n   ATTRIBUTE "contact" {\n      DATA {\n      (0): "%s", "%s"\n      }\n   }\n   ATTRIBUTE "run" {\n      DATA {\n      (0): "%s"\n      }\n   }\n}\n}\n') % (
        c.mprn(p), c.name(p), c.gs(p), c.ph(p), c.em(p), c.uuid())

@genre
def bencode(c):
    p = c.P()
    vals = [("case", c.tc()), ("mpan", c.mp(p)), ("name", c.name(p)), ("pc", c.pc(p)), ("serial", c.es(p)), ("tel", c.ph(p))]
    import re
    def ln(s): return len(re.sub("[\x01\x04]\\d+\x02|\x03", "", s).encode())
    return "d" + "".join("%d:%s%d:%s" % (len(k), k, ln(v), v) for k, v in vals) + "e\n"

@genre
def net_user(c):
    p = c.P()
    return ("C:\\> net user %s /domain\nUser name                    %s\nFull Name                    %s\nComment                      test acct for %s, site %s %s\n"
            "User's comment               mob %s\nAccount active               Yes\nLast logon                   %s\nThe command completed successfully.\n") % (
        c.S("name", (p["first"][0] + p["last"]).lower().replace(" ", "").replace("'", "")), c.S("name", (p["first"][0] + p["last"]).lower().replace(" ", "").replace("'", "")), c.name(p), c.tc(), c.addr(p), c.pc(p), c.ph(p), c.ts())

@genre
def sieve_filter(c):
    p = c.P(); q = c.P()
    return ('require ["fileinto"];\n# rule added for %s\nif address :is "from" "%s" { fileinto "Customers/%s"; }\nif header :contains "subject" "%s" { fileinto "Sites"; }\n'
            'if header :contains "subject" "%s" { fileinto "Sites/%s"; }\n') % (c.tk(), c.em(p), c.S("name", p["last"]), c.mp(p), c.pc(q), c.S("address", q["town"]))

@genre
def scheme_sexp(c):
    p = c.P(); q = c.P()
    return (";; fixtures %s\n(define sites\n  '((site (mpan \"%s\") (msn \"%s\") (who \"%s\") (pc \"%s\"))\n    (site (mprn \"%s\") (gas \"%s\") (who \"%s\") (tel \"%s\"))))\n(check-equal? (ref-of (car sites)) \"%s\")\n") % (
        c.ver(), c.mp(p), c.es(p), c.name(p), c.pc(p), c.mprn(q), c.gs(q), c.name(q), c.ph(q), c.ref())

@genre
def prolog_facts(c):
    out = ["% site facts " + c.tc()]
    for p in rows(c, 2):
        out.append("site('%s', '%s', \"%s\", '%s')." % (c.mp(p), c.es(p), c.name(p), c.pc(p)))
        out.append("contact(\"%s\", '%s')." % (c.name(p), c.em(p)))
    out.append(":- initialization(main). % " + c.ver())
    return "\n".join(out) + "\n"

@genre
def ps_format_list(c):
    out = ["PS C:\\> Get-CrmContact -Case %s | Format-List *" % c.tk(), ""]
    for p in rows(c, 2):
        out.append("FullName        : %s\nEmailAddress    : %s\nMobilePhone     : %s\nStreet          : %s\nCity            : %s\nPostalCode      : %s\nSupplyNumber    : %s\nAccountNumber   : %s\nModifiedOn      : %s\n" % (
            c.name(p), c.em(p), c.ph(p), c.addr(p, 1), c.town(p), c.pc(p), c.mp(p), c.ac(p), c.ts()))
    return "\n".join(out)

@genre
def chat_lowercase(c):
    p = c.P(); q = c.P()
    return ("[09:14] %s: morning, anyone got the mpan for the cardiff site? need it for %s\n[09:15] me: %s\n[09:15] me: custmr is %s at %s\n"
            "[09:16] %s: ta. meter no?\n[09:16] me: elec %s gas %s mprn %s\n[09:17] %s: lol ok will %s it. ring her on %s if it fails\n[09:20] me: %s done, %s\n") % (
        c.first(q), c.tc(), c.mp(p), c.name(p, 3), c.addr(p, 4), c.first(q), c.es(p, 1), c.gs(p, 1), c.mprn(p), c.first(q), c.kw(["mark", "read"]), c.ph(p), c.mt(), c.ts())

@genre
def typo_handover(c):
    p = c.P(); q = c.P()
    m = p["mpan"]
    return ("handover - shft B %s\n- mpna %s still stuck in %s, custoemr %s cld back\n- adress is %s , postocde %s\n- acount no %s\n- gas mtr %s (mprn %s)\n"
            "- %s's nmbr %s, email %s\n- ticket %s raised\n") % (c.ts(), c.mp(p, 3), c.mt(), c.name(p), c.addr(p, 3), c.pc(p, 3), c.ac(p), c.gs(p, 2), c.mprn(p), c.first(q), c.ph(q), c.em(q), c.tk())

@genre
def xlsx_as_text_rows(c):
    out = ["Sheet1", "A1: Site list " + c.tc()]
    for i, p in enumerate(rows(c, 2)):
        n = i + 2
        out.append("A%d: %s | B%d: %s | C%d: %s | D%d: %s | E%d: %s | F%d: %s" % (n, c.mp(p), n, c.name(p, 1), n, c.addr(p), n, c.pc(p, 4), n, c.es(p, 3), n, c.amt()))
    return "\n".join(out) + "\n"

@genre
def welsh_note(c):
    p = c.P()
    return ("Nodyn ymweliad / Visit note %s\nCwsmer / Customer: %s\nCyfeiriad / Address: %s, %s\nRhif MPAN: %s\nRhif y mesurydd / Meter no.: %s\n"
            "Ffôn / Phone: %s\nE-bost: %s\nCyfeirnod / Ref: %s\n") % (c.ts(), c.name(p), c.addr(p), c.pc(p), c.mp(p, 1), c.es(p), c.ph(p), c.em(p), c.ref())

@genre
def scots_csv_semicolon_quoted(c):
    out = ["sep=;", "\"Ref\";\"Occupier\";\"Address\";\"Postcode\";\"MPRN\";\"Gas MSN\";\"Hub\""]
    for p in rows(c):
        out.append('"%s";"%s";"%s";"%s";"%s";"%s";"%s"' % (c.tc(), c.name(p), c.addr(p), c.pc(p), c.mprn(p), c.gs(p), c.eui(p, 0)))
    return "\n".join(out) + "\n"

@genre
def yaml_multidoc(c):
    out = []
    for p in rows(c, 2):
        out.append("---\nkind: SiteFixture\nmetadata:\n  name: %s\n  annotations:\n    owner: %s\nspec:\n  mpanFull: \"%s\"\n  eui: %s\n  contact: {name: %s, phone: \"%s\"}\n  address: |\n    %s\n    %s\n" % (
            c.ref(), c.em(p), c.mf(p, 0), c.eui(p, 1), c.name(p), c.ph(p), c.addr(p), c.pc(p)))
    return "".join(out)

@genre
def sql_merge(c):
    out = ["-- seed " + c.tc() + " " + c.ts(), "MERGE INTO customer AS t USING (VALUES"]
    vals = []
    for p in [x for x in rows(c, 2) if "'" not in x["name"]] or [c.P()]:
        vals.append("  (N'%s', N'%s', '%s', '%s', '%s')" % (c.name(p), c.addr(p), c.pc(p), c.mp(p), c.ac(p)))
    out.append(",\n".join(vals))
    out.append(") AS s(name, addr, pc, mpan, acct) ON t.acct = s.acct\nWHEN NOT MATCHED THEN INSERT VALUES (s.name, s.addr, s.pc, s.mpan, s.acct);")
    return "\n".join(out) + "\n"

def _hex(r, n): return "".join(r.choice("0123456789abcdef") for _ in range(n))

@genre
def otel_traceparent(c):
    out = []
    for p in rows(c, 2):
        e = p["eui"].lower()
        tr = c.K("traceid", _hex(c.r, 32)); sp = c.K("spanid", _hex(c.r, 16))
        out.append("%s level=info msg=\"SR sent\" traceparent=00-%s-%s-01 epoch_ms=%s sr=%s req_id=req-%s-%d" % (
            c.ts(), tr, sp, c.K("epoch_ms", str(1762250000000 + c.r.randint(0, 99999999))), c.mt(), c.S("eui64", e, p["eui"]), c.r.randint(1, 9)))
        out.append("%s level=warn msg=\"device not responding\" device.id=%s span_id=%s site.postcode=%s site.mpan=%s" % (
            c.ts(), c.eui(p, 1), c.K("spanid", _hex(c.r, 16)), c.pc(p), c.mp(p)))
    return "\n".join(out) + "\n"

@genre
def evidence_paths(c):
    out = ["$ find ./evidence -type f -printf '%TY-%Tm-%Td %s %p\\n' | sort"]
    for p in rows(c, 2):
        m = p["mpan"]; pc = p["pc"]
        out.append("2026-11-04 %d ./evidence/%s/%s_%s_d0010.txt" % (c.r.randint(100, 9999), c.tc(), c.S("mpan", m, m), "20261104T%02d%02d" % (c.r.randint(0, 23), c.r.randint(0, 59))))
        out.append("2026-11-04 %d ./evidence/%s/%s_%s_meter_photo.jpg" % (c.r.randint(100, 9999), c.tc(), c.S("postcode", pc.replace(" ", "_").lower(), pc), c.S("elec_serial", p["es"].lower(), p["es"])))
        out.append("2026-11-04 %d ./evidence/%s/letter_%s.pdf" % (c.r.randint(100, 9999), c.ref(), c.S("name", (p["first"] + "_" + p["last"]).replace(" ", "_").replace("'", ""))))
    return "\n".join(out) + "\n"

@genre
def wrapped_telex(c):
    p = c.P(); q = c.P()
    m = p["mpan"]; e = p["eui"]
    # values split across a hard line wrap (40 cols) the way a teleprinter wraps
    return ("ZCZC MET%03d\nATTN FIELD OPS RE JOB %s SUPPLY NO %s\n%s CUSTOMER %s AT %s\nPOSTCODE %s CHF %s\n%s STOP CALL %s\nNNNN\n") % (
        c.r.randint(1, 999), c.tk(), c.S("mpan", m[:7], m), c.S("mpan", m[7:], m), c.S("name", p["name"].upper()), c.addr(p, 2), c.pc(p), c.S("eui64", e[:10], e), c.S("eui64", e[10:], e), c.ph(q))

@genre
def portal_copy_nbsp(c):
    p = c.P(); q = c.P()
    m = p["mpan"]
    return ("Copied from supplier portal (%s):\nSupply number\u00a0\u00a0%s\nCustomer\u00a0%s\nPremises\u00a0%s\u00a0%s\nMeter\u00a0serial %s\nPhone\u00a0%s\n"
            "Second site: %s, %s\u2009\u2009%s\n") % (c.ts(), c.S("mpan", m[:2] + "\u202f" + m[2:6] + "\u202f" + m[6:10] + "\u202f" + m[10:], m), c.name(p), c.addr(p),
            c.S("postcode", p["pc"].replace(" ", "\u00a0"), p["pc"]), c.es(p), c.ph(p), c.name(q), c.addr(q, 1), c.S("postcode", q["pc"].replace(" ", "\u2009"), q["pc"])) + "Ref " + c.ref() + "\n"

@genre
def billing_reprint_queue(c):
    out = ["REPRINT QUEUE  run %s  %s" % (c.uuid(), c.ts()), "-" * 60]
    for p in rows(c, 3):
        lab = c.r.choice(["a/c", "Acct#", "cust ref", "Account No.", "billing acct"])
        out.append("%s %s | supply %s | %s | amt %s | reason: %s" % (lab, c.ac(p), c.mf(p, c.r.randrange(4)), c.name(p, c.r.choice([0, 2, 5])), c.amt(),
                                                                    c.r.choice(["dup bill", "address change", "est. read disputed"])))
    out.append("-" * 60)
    out.append("queued by ops for %s" % c.tc())
    return "\n".join(out) + "\n"
