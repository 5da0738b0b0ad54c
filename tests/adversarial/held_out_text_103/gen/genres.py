import json, base64, re
def b64s(t, kind, plain, secret, form="b64"):
    """Return base64 of plain, record a secret whose canon is the b64 chars fully inside secret bytes."""
    pb=plain.encode(); sb=secret.encode(); i=pb.index(sb); j=i+len(sb)
    enc=base64.b64encode(pb).decode(); a=-(-i//3)*4; b=(j//3)*4
    t.S(kind, enc[a:b], form=form, words=secret); return enc
def G_es(t):
    r=t.r; hits=[]
    for _ in range(3):
        f,l=t.name_raw(); no,st,town,pc=t.addr_raw(); m=t.mpan_raw(); ac=t.acct_raw()
        src={"account_no":t.S("account",ac),"customer":{"first":t.fname(f),"last":t.fname(l)},"supply_addr":t.addr("line",(no,st,town,pc)),"postcode":t.pc(pc),"mpan_core":t.S("mpan",m),"case_ref":t.inc(),"created":t.ts()}
        hl={"mpan_core":["<em>"+t.S("mpan",m,form="em_highlight")+"</em>"],"customer.last":["Mr <em>"+t.S("name",l,form="em_highlight")+"</em>"],"supply_addr":[f"{no} <em>{st.split()[0]}</em> "+" ".join(st.split()[1:])]}
        t.S("address",f"{no} {st.split()[0]}",form="em_split")
        hits.append({"_index":"crm-cases-2026.11","_id":t.uid(),"_score":round(r.random()*12,3),"_source":src,"highlight":hl})
    return json.dumps({"took":r.randint(2,80),"timed_out":False,"hits":{"total":{"value":3,"relation":"eq"},"hits":hits}},indent=2,ensure_ascii=False),"json"
def G_cosmos(t):
    r=t.r; docs=[]
    for _ in range(3):
        f,l=t.name_raw()
        docs.append({"id":t.uid(),"pk":t.S("mpan",t.mpan_raw(),form="cosmos_pk"),"fn":t.fname(f),"ln":t.fname(l),"ms":t.gser(),"mr":t.mprn(),"ph":t.phone(),"st":t.K("status","ACTIVE"),"_rid":t.K("cosmos_rid","Xk9%sAAAAAA=="%r.choice("ABCDEFGH")+str(r.randint(10,99))),"_etag":'"'+t.K("etag",'%08x-0000-1100-0000-%012x'%(r.getrandbits(32),r.getrandbits(48)))+'"',"_ts":int(t.unix())})
    return json.dumps(docs,indent=1,ensure_ascii=False),"json"
def G_fhir(t):
    r=t.r; f,l=t.name_raw(); no,st,town,pc=t.addr_raw()
    res={"resourceType":"Patient","id":t.K("fhir_id","psr-%d"%r.randint(1000,9999)),"meta":{"versionId":"3","lastUpdated":t.ts()},
     "identifier":[{"system":"urn:energy:mprn","value":t.mprn()},{"system":"urn:energy:account","value":t.acct()}],
     "name":[{"use":"official","family":t.fname(l),"given":[t.fname(f)]}],
     "telecom":[{"system":"phone","value":t.phone()},{"system":"email","value":t.email((f,l))}],
     "address":[{"line":[t.S("address",f"{no} {st}",form="fhir_line")],"city":t.S("address",town,form="town_field"),"postalCode":t.pc(pc)}],
     "extension":[{"url":"http://example.org/psr-needs-code","valueCode":t.K("psr_code","PSR-%02d"%r.randint(1,36))}]}
    return json.dumps(res,indent=2,ensure_ascii=False),"json"
def G_pytest_l(t):
    r=t.r; m=t.mpan_raw(); f,l=t.name_raw(); s=t.eserial_raw()
    return f"""============================= FAILURES =============================
___________________ test_register_read[{t.tc()}] ___________________

meter = MeterFixture(serial='{t.S("serial",s,form="sq")}', mpan='{t.S("mpan",m,form="sq")}', owner='{t.name("normal",(f,l))}')
expected = {{'reading': '{t.kwh()}', 'flow': '{t.flow()}'}}
resp = <Response [500]>
mprn = '{t.mprn()}'
account_ref = '{t.acct()}'

    def test_register_read(meter, expected):
>       assert resp.json()['status'] == 'OK'
E       AssertionError: assert 'REJECTED' == 'OK'
E         - OK
E         + REJECTED

tests/integration/test_reads.py:{r.randint(20,300)}: AssertionError
------------------------ Captured log call -------------------------
INFO  harness:client.py:88 POST /reads corr={t.uid()} mpan={t.S("mpan",m,form="repeat")}
=================== 1 failed, {r.randint(10,90)} passed in {r.randint(2,60)}.{r.randint(10,99)}s ===================
""","txt"
def G_oban(t):
    r=t.r; rows=[]
    for i in range(6):
        rows.append(f" {r.randint(1000,99999)} | energy_sync | Workers.MeterRead | [\"{t.S('mpan',t.mpan_raw(),form='positional')}\", \"{t.S('account',t.acct_raw(),form='positional')}\", \"{t.kwh()}\"] | {t.K('state','completed')} | {r.randint(1,3)}")
    return " id    | queue       | worker            | args                                   | state     | attempt\n-------+-------------+-------------------+----------------------------------------+-----------+--------\n"+"\n".join(rows)+f"\n({len(rows)} rows)\n","txt"
def G_aztable(t):
    r=t.r; ents=[]
    for _ in range(3):
        f,l=t.name_raw(); no,st,town,pc=t.addr_raw()
        ents.append({"PartitionKey":t.S("mprn",t.mprn_raw(),form="partitionkey"),"RowKey":t.S("gas_serial",t.gserial_raw(),form="rowkey"),"Timestamp":t.ts(),"Forename":t.fname(f),"Surname":t.fname(l),"Premises":t.addr("line",(no,st,town,pc)),"Postcode":t.pc(pc,style="nosp"),"etag":"W/\""+t.K("etag","datetime'2026-11-%02dT10%%3A00%%3A00.%07dZ'"%(r.randint(1,28),r.randint(0,9999999)))+"\""})
    return "$ az storage entity query --table-name MeterPoints --filter \"Status eq 'Live'\" -o json\n"+json.dumps({"items":ents,"nextMarker":{}},indent=2,ensure_ascii=False),"txt"
def G_temporal(t):
    r=t.r; m=t.mpan_raw(); events=[]
    inp=json.dumps([m,t.acct_raw()])
    events.append({"eventId":"1","eventTime":t.ts(),"eventType":"WorkflowExecutionStarted","workflowExecutionStartedEventAttributes":{"workflowType":{"name":"ChangeOfSupply"},"input":{"payloads":[{"metadata":{"encoding":"anNvbi9wbGFpbg=="},"data":b64s(t,"mpan",inp,m,"b64_payload")}]}}})
    t.S("account",json.loads(inp)[1],canon=None,form="b64_payload_unscored") if False else None
    events.append({"eventId":"5","eventTime":t.ts(),"eventType":"ActivityTaskScheduled","activityTaskScheduledEventAttributes":{"activityId":t.S("mpan",m,form="in_id")+"-appoint","activityType":{"name":"SendD0155"},"input":{"payloads":[{"data":t.S("mpan",m,form="repeat")}]}}})
    events.append({"eventId":"9","eventTime":t.ts(),"eventType":"ActivityTaskCompleted","result":{"flow":t.flow(),"dip":t.dip()}})
    return json.dumps({"events":events},indent=2),"json"
def G_debezium(t):
    r=t.r; f,l=t.name_raw(); f2,l2=f,t.name_raw()[1]; no,st,town,pc=t.addr_raw()
    ac=t.acct_raw()
    ev={"schema":None,"payload":{"before":{"acct_no":t.S("account",ac),"first_name":t.fname(f),"last_name":t.fname(l),"addr1":t.addr("street",(no,st,town,pc)),"postcode":t.pc(pc)},
      "after":{"acct_no":t.S("account",ac,form="repeat"),"first_name":t.fname(f2),"last_name":t.fname(l2),"addr1":t.addr("street",(no,st,town,pc)),"postcode":t.pc(pc,style="lower")},
      "source":{"version":t.ver(),"connector":"postgresql","name":"crm","ts_ms":int(t.epoch_ms()),"db":"crm","table":"customer","lsn":r.randint(10**8,10**9)},"op":"u","ts_ms":int(t.epoch_ms())}}
    return json.dumps(ev,indent=2,ensure_ascii=False),"json"
def G_restassured(t):
    r=t.r; f,l=t.name_raw(); m=t.mpan_raw()
    body=json.dumps({"mpan":m,"meterSerial":t.eserial_raw(),"contact":{"name":f+" "+l,"mobile":t.phone_raw()}},indent=4,ensure_ascii=False)
    d=json.loads(body); t.S("mpan",m); t.S("serial",d["meterSerial"]); t.S("name",f+" "+l); t.S("phone",d["contact"]["mobile"])
    return f"""Request method:	POST
Request URI:	https://sit-harness.internal/api/v2/supply-points/{t.S("mpan",m,form="url_path")}/appointments
Proxy:			<none>
Request params:	<none>
Query params:	ref={t.mref()}
Headers:		Accept=*/*
				Content-Type=application/json; charset=UTF-8
				X-Correlation-Id={t.uid()}
Body:
{body}
HTTP/1.1 422 Unprocessable Entity
Content-Type: application/json
{{"error":"{t.flow()} rejected","testCase":"{t.tc()}"}}
""","txt"
def G_mockmvc(t):
    r=t.r; f,l=t.name_raw(); no,st,town,pc=t.addr_raw()
    return f"""MockHttpServletRequest:
      HTTP Method = PUT
      Request URI = /customers/{t.acct()}/address
       Parameters = {{}}
          Headers = [Content-Type:"application/json", X-Test-Case:"{t.tc()}"]
             Body = {{"line1":"{t.addr('street',(no,st,town,pc))}","town":"{t.S('address',town,form='town_field')}","postcode":"{t.pc(pc)}","occupier":"{t.name('title',(f,l))}"}}
    Session Attrs = {{}}

MockHttpServletResponse:
           Status = 400
    Error message = Postcode {t.pc(pc,style='nosp')} not matched to MPRN {t.mprn()}
          Headers = [X-Request-Id:"{t.uid()}"]
     Content type = application/json
             Body = {{"code":"ADDR_MISMATCH","hint":"see {t.inc()}"}}
""","txt"
def G_jestsnap(t):
    f,l=t.name_raw(); no,st,town,pc=t.addr_raw()
    return f"""// Jest Snapshot v1, https://goo.gl/fbAQLP

exports[`AccountCard renders {t.tc()} 1`] = `
<div
  className="account-card"
  data-mpan="{t.S('mpan',t.mpan_raw())}"
>
  <h2>
    {t.name('normal',(f,l))}
  </h2>
  <p>
    {t.addr('line',(no,st,town,pc))}
    <br />
    {t.pc(pc)}
  </p>
  <span className="serial">
    {t.eser(low=True)}
  </span>
  <span className="reading">{t.kwh()} kWh</span>
</div>
`;

exports[`AccountCard renders empty state 1`] = `"No supply for {t.mref()}"`;
""","snap"
def G_approval(t):
    r=t.r; lines=["Bill summary for account "+t.acct(),"Customer: "+t.name("title"),"Supply: "+t.mpan("sp"),"Gas supply MPRN "+t.mprn()+" meter "+t.gser(),"Period "+t.date()+" to "+t.date(),"Tariff "+t.tariff(),"Usage "+t.kwh()+" kWh   Cost "+t.money(),"Invoice "+t.inv()]
    return "\n".join(lines)+"\n","approved.txt"
def G_hypothesis(t):
    f,l=t.name_raw()
    return f"""Falsifying example: test_roundtrip_customer(
    first_name='{t.fname(f)}',
    last_name='{t.fname(l)}',
    mpan='{t.S('mpan',t.mpan_raw(),form='sq')}',
    mprn={t.S('mprn',t.mprn_raw(),form='int_arg')},
    serial='{t.eser()}',
    installed_at=datetime.datetime(2026, 3, 1, 0, 0),
)
You can reproduce this example by temporarily adding @reproduce_failure('{t.ver()}', b'AXicY2BgYGRgYGBkYGBkAAAAHQAF') as a decorator on your test case
Trying example: test_roundtrip_customer(first_name='{t.fname(t.name_raw()[0])}', last_name='{t.fname(t.name_raw()[1])}', mpan='{t.S('mpan',t.mpan_raw(),form='sq')}', mprn={t.S('mprn',t.mprn_raw(),form='int_arg')}, serial='{t.eser()}')
FAILED tests/property/test_customer.py::test_roundtrip_customer - hypothesis.errors.Flaky
""","txt"
def G_gotest(t):
    r=t.r; out=["=== RUN   TestValidateSupply"]
    for _ in range(4):
        m=t.mpan_raw(); nm=f"mpan_{m}"
        t.S("mpan",m,form="go_subtest_name")
        out.append(f"=== RUN   TestValidateSupply/{nm}")
        out.append(f"    supply_test.go:{r.randint(20,200)}: got status {t.K('http_status','409')} for {t.S('mpan',m,form='repeat')} (serial {t.eser()}), want 200")
        out.append(f"--- FAIL: TestValidateSupply/{nm} ({r.randint(0,2)}.{r.randint(10,99)}s)")
    out.append(f"FAIL\tgithub.com/acme/meterhub/supply\t{r.randint(1,9)}.{r.randint(100,999)}s")
    h=t.sha(); out.append("build "+t.relabel(h[:12])+" go version "+t.ver())
    return "\n".join(out)+"\n","txt"
def G_rspec(t):
    f,l=t.name_raw(); no,st,town,pc=t.addr_raw()
    return f"""Failures:

  1) Billing::AddressLookup returns the premises for {t.tc()}
     Failure/Error: expect(result.line1).to eq("{t.addr('street',(no,st,town,pc))}")

       expected: "{t.addr('street',(no,st,town,pc))}"
            got: "{t.addr('street')}"

       (compared using ==)
     # ./spec/billing/address_lookup_spec.rb:{t.r.randint(10,90)}:in `block (2 levels) in <top (required)>'
     # customer: #<Customer id: {t.K('db_id',str(t.r.randint(1000,99999)))}, name: "{t.name('normal',(f,l))}", postcode: "{t.pc(pc)}", mprn: "{t.mprn()}", created_at: "{t.ts()}">

Finished in {t.r.randint(1,9)}.{t.r.randint(10,99)} seconds (files took 1.2 seconds to load)
{t.r.randint(20,90)} examples, 1 failure
""","txt"
def G_phpunit(t):
    sets=[]
    for i in range(4):
        f,l=t.name_raw(); sets.append(f"""{i+1}) Tests\\Unit\\MeterMatchTest::testMatches with data set "{t.S('name',f.lower()+'_'+l.lower().replace(' ','_'),form='dataset_key')}" ('{t.mpan()}', '{t.eser()}', '{t.pc()}')
Failed asserting that false is true.
""")
    return "PHPUnit "+t.ver()+" by Sebastian Bergmann and contributors.\n\nThere were 4 failures:\n\n"+"\n".join(sets)+"\nFAILURES!\nTests: 40, Assertions: 52, Failures: 4.\n","txt"
def G_xunit(t):
    out=[]
    for _ in range(4):
        out.append(f"""  Failed MeterHub.Tests.ReadValidationTests.RejectsOutOfRange(mpan: "{t.mpan()}", reading: {t.kwh()}, account: "{t.acct()}") [{t.r.randint(1,99)} ms]
  Error Message:
   Assert.Equal() Failure
   Expected: {t.flow()}
   Actual:   null""")
    return "Starting test execution, please wait...\n"+"\n".join(out)+"\n\nFailed!  - Failed:     4, Passed:    38, Skipped:     0, Total:    42\n","txt"
def G_mockserver(t):
    f,l=t.name_raw(); m=t.mpan_raw()
    exp=[{"httpRequest":{"method":"GET","path":"/api/mpan/"+t.S("mpan",m,form="url_path"),"queryStringParameters":{"serial":[t.eser()]}},"httpResponse":{"statusCode":200,"body":{"type":"JSON","json":{"mpan":t.S("mpan",m,form="repeat"),"registrant":t.name("caps",(f,l)),"address":t.addr("caps"),"eui":t.eui(":"),"ref":t.mref()}}},"id":t.uid(),"priority":0,"times":{"unlimited":True}}]
    return json.dumps(exp,indent=2,ensure_ascii=False),"json"
def G_mountebank(t):
    stubs=[]
    for _ in range(3):
        m=t.mpan_raw()
        stubs.append({"predicates":[{"contains":{"body":t.S("mpan",m,form="predicate")}}],"responses":[{"is":{"statusCode":201,"body":"<ack><mprn>"+t.mprn()+"</mprn><dev>"+t.eui("")+"</dev><msg>"+t.flow()+"</msg></ack>"}}]})
    return json.dumps({"port":4545,"protocol":"http","name":"dcc-adapter-"+t.tc(),"stubs":stubs},indent=2),"json"
def G_cron(t):
    r=t.r; lines=["# m h dom mon dow command  (owner: "+t.name("normal")+")"]
    for _ in range(4):
        lines.append(f"{r.randint(0,59)} {r.randint(0,23)} * * 1-5 /opt/harness/bin/replay.sh {t.S('mpan',t.mpan_raw(),form='cli_arg')} {t.S('account',t.acct_raw(),form='positional')} --case {t.tc()} >> /var/log/replay.log 2>&1")
    lines.append(f"30 6 * * * /opt/harness/bin/gas_read.sh --mprn={t.mprn()} --meter={t.gser()}")
    return "\n".join(lines)+"\n","txt"
def G_systemd(t):
    return f"""[Unit]
Description=SIT meter simulator ({t.tc()})
After=network-online.target

[Service]
Environment="SIM_MPAN={t.mpan()}" "SIM_SERIAL={t.eser()}"
Environment=SIM_ESME_EUI={t.eui('')}
Environment=SIM_GSME_EUI={t.eui('-')}
Environment='SIM_OWNER={t.name('normal')}'
Environment=SIM_POSTCODE={t.pc(style='nosp')}
ExecStart=/usr/local/bin/meter-sim --fw {t.fw()} --flow {t.flow()}
Restart=on-failure

[Install]
WantedBy=multi-user.target
""","service"
def G_nomad(t):
    return f"""job "dcc-stub-{t.relabel(t.tc().lower(),'tc_ref_lower')}" {{
  datacenters = ["sit1"]
  group "stub" {{
    task "adapter" {{
      driver = "docker"
      config {{
        image = "registry.internal/dcc-stub:{t.ver()}"
        args  = ["--device", "{t.eui(':')}", "--mpan", "{t.mpan()}", "--mprn", "{t.mprn()}"]
      }}
      env {{
        GAS_METER_SERIAL = "{t.gser()}"
        SITE_CONTACT     = "{t.name('normal')}"
        SITE_PHONE       = "{t.phone()}"
      }}
      meta {{ ticket = "{t.inc()}" }}
    }}
  }}
}}
""","hcl"
def G_consul(t):
    out=[]
    for _ in range(4):
        k=t.r.choice(["mpan","owner","serial","mprn"])
        if k=="mpan": v=t.mpan_raw(); kind="mpan"
        elif k=="owner": f,l=t.name_raw(); v=f+" "+l; kind="name"
        elif k=="serial": v=t.eserial_raw(); kind="serial"
        else: v=t.mprn_raw(); kind="mprn"
        enc=base64.b64encode(v.encode()).decode(); t.S(kind,enc.rstrip("=")[:len(enc.rstrip('='))-(1 if len(v)%3 else 0)],form="b64_value",words=v)
        out.append({"key":f"sit/fixtures/{t.relabel(t.tc().lower(),'tc_ref_lower')}/{k}","flags":0,"value":enc})
    out.append({"key":"sit/fixtures/build","flags":0,"value":base64.b64encode(b"4.2.1").decode()})
    return json.dumps(out,indent=2),"json"
def G_etcd(t):
    m=t.mpan_raw(); f,l=t.name_raw()
    return f"""$ etcdctl get --prefix /harness/sp/
/harness/sp/{t.S('mpan',m,form='key_path')}/status
{t.K('state','LIVE')}
/harness/sp/{t.S('mpan',m,form='key_path')}/customer
{{"given":"{t.fname(f)}","family":"{t.fname(l)}","tel":"{t.phone()}"}}
/harness/sp/{t.S('mpan',m,form='key_path')}/meter
{t.eser()}
/harness/sp/{t.S('mpan',m,form='key_path')}/esme
{t.eui('.')}
/harness/sp/{t.S('mpan',m,form='key_path')}/updated
{t.epoch_ms()}
""","txt"
def G_sqlldr(t):
    rows=[]
    for _ in range(4):
        no,st,town,pc=t.addr_raw(); f,l=t.name_raw()
        rows.append(f'"{t.acct()}","{t.fname(f.upper())}","{t.fname(l.upper())}","{t.addr("street",(no,st,town,pc))}","{t.pc(pc)}","{t.mprn()}"')
    return f"""SQL*Loader: Release {t.ver()} - Production on Mon Dec 7 03:10:11 2026
Control File:   load_customers.ctl
Bad File:       load_customers.bad
Record 3: Rejected - Error on table CUST_STG, column MPRN.
ORA-01722: invalid number
Record 7: Rejected - Error on table CUST_STG, column POSTCODE.
ORA-12899: value too large for column "CRM"."CUST_STG"."POSTCODE" (actual: 9, maximum: 8)
--- load_customers.bad ---
"""+"\n".join(rows)+"\n","txt"
def G_redmine(t):
    f,l=t.name_raw()
    return f"""Bug #{t.K('redmine_id',str(t.r.randint(10000,99999)))}: Read rejected for gas site ({t.flow()})
Added by {t.name('normal')} 3 days ago. Updated about 2 hours ago.

Status: In Progress   Priority: High   Target version: {t.ver()}

Description
Customer {t.name('normal',(f,l))} on MPRN {t.mprn()} (meter {t.gser()}) reports estimated bills. Linked {t.inc()}.

History
#1 Updated by {t.name('normal')} 2 days ago
 * Status changed from New to In Progress
 * Account changed from {t.acct()} to {t.acct()}
 * Postcode changed from {t.pc(style='lower')} to {t.pc()}
Visited {t.addr('line')}; spoke to {t.name('lower',(f,l))} who confirmed reading {t.kwh()}.
""","txt"
def G_bugzilla(t):
    return f"""Bug {t.K('bz_id',str(t.r.randint(100000,999999)))} - smart install: ESME {t.eui(' ')} not joining HAN
Product: MeterHub   Component: Commissioning   Version: {t.ver()}
Reported: {t.ts()} by {t.email()}

Description:
Steps ({t.tc()}):
1. Install at {t.addr('flat')} {t.pc()}
2. Pair GSME {t.eui('0x')} with CH firmware {t.fw()}
3. Observe {t.flow()} not sent for MPAN {t.mpan()}

Comment 1 {t.name('normal')}:
MPAN in the subject of the original mail was {t.mpan_full(' ')} (full S-number).
""","txt"
def G_mantis(t):
    rows=["Id,Project,Reporter,Summary,Status,Updated,Custom: Supply,Custom: Customer"]
    for _ in range(5):
        rows.append(f'{t.K("mantis_id","%07d"%t.r.randint(1,99999))},MHHS SIT,{t.S("name",t.name_raw()[0].lower()+"."+t.name_raw()[1].lower().replace(" ",""),form="username")},"{t.flow()} rejected, see {t.mref()}",assigned,{t.date()},{t.mpan()},"{t.name("rev")}"')
    return "\n".join(rows)+"\n","csv"
def G_youtrack(t):
    f,l=t.name_raw()
    return f"""MHUB-{t.K('yt_id',str(t.r.randint(100,9999)))} Appointment booked at wrong premises
State: Open  Assignee: {t.name('normal')}  Fix versions: {t.ver()}
Tags: {t.K("word","field")}, {t.flow()}

The engineer went to {t.addr('street')} instead of {t.addr('line')} {t.pc(style='nbsp')}.
Customer {t.name('normal',(f,l))} ({t.phone()}) was not in. Meter on site: {t.eser()}; our records: {t.eser(low=True)}.

> Quote from {t.name('normal')}:
> MPAN {t.mpan('sp')} is the right one,
> MPRN {t.mprn()} for gas.
""","txt"
def G_pivotal(t):
    rows=["Id,Title,Labels,Iteration,Story Type,Estimate,Current State,Description"]
    for _ in range(5):
        rows.append(f'{t.K("pt_id",str(t.r.randint(180000000,189999999)))},"Replay {t.flow()} for {t.tc()}","sit, dtc",{t.r.randint(20,60)},bug,2,started,"Use MPAN {t.mpan()} and serial {t.eser()}; contact {t.name("normal")}"')
    return "\n".join(rows)+"\n","csv"
def G_hubspot(t):
    rows=["Record ID,First Name,Last Name,Email,Phone Number,Street Address,City,Postal Code,Account number,Lifecycle Stage"]
    for _ in range(6):
        f,l=t.name_raw(); no,st,town,pc=t.addr_raw()
        rows.append(f'{t.K("hs_id",str(t.r.randint(1000000,99999999)))},{t.fname(f)},{t.fname(l)},{t.email((f,l))},{t.phone()},{t.addr("street",(no,st,town,pc))},{t.S("address",town,form="town_field")},{t.pc(pc)},{t.acct()},customer')
    return "\n".join(rows)+"\n","csv"
def G_sendgrid(t):
    evs=[]
    for _ in range(4):
        f,l=t.name_raw()
        evs.append({"email":t.email((f,l)),"timestamp":int(t.unix()),"event":t.r.choice(["delivered","open","bounce"]),"sg_event_id":t.K("sg_id","%016x"%t.r.getrandbits(64)),"sg_message_id":t.K("sg_msg","%s.filterdrecv-%d"%("%010x"%t.r.getrandbits(40),t.r.randint(1,9))),"category":["bill-ready",t.tariff()],"customer_name":t.name("normal",(f,l)),"account":t.acct()})
    return json.dumps(evs,indent=2,ensure_ascii=False),"json"
def G_ses(t):
    f,l=t.name_raw(); e=t.email((f,l))
    msg={"notificationType":"Bounce","bounce":{"bounceType":"Permanent","bouncedRecipients":[{"emailAddress":t.S("email",e,form="repeat"),"diagnosticCode":"smtp; 550 5.1.1 <"+t.S("email",e,form="repeat")+">: user unknown"}],"timestamp":t.ts(),"feedbackId":t.K("feedback","0102%016x-%s-000000"%(t.r.getrandbits(64),t.uid()))},
         "mail":{"messageId":t.K("ses_msg","0102%016x"%t.r.getrandbits(64)),"commonHeaders":{"to":[f"{f} {l} <{e}>"],"subject":"Your bill for account "+t.acct()}}}
    t.S("name",f"{f} {l}",form="mailbox_display")
    return json.dumps({"Type":"Notification","MessageId":t.uid(),"TopicArn":"arn:aws:sns:eu-west-2:123456789012:ses-bounces","Message":json.dumps(msg,ensure_ascii=False)},indent=2,ensure_ascii=False),"json"
def G_vonage(t):
    lines=[]
    for _ in range(5):
        ph=re.sub(r"\D","",t.phone_raw().replace("(0)","")); intl=ph if ph.startswith("44") else "44"+ph[1:]
        t.S("phone",intl,form="msisdn")
        lines.append(f"msisdn={intl}&to=OctoEnergy&network-code=23410&messageId={t.K('sms_id','%016X'%t.r.getrandbits(64))}&price=0.03330000&status=delivered&scts=2611{t.r.randint(10,28)}1012&err-code=0&client-ref={t.S('account',t.acct_raw(),form='client_ref')}&message-timestamp=2026-11-{t.r.randint(10,28)}+10%3A12%3A{t.r.randint(10,59)}")
    return "# Vonage DLR callbacks (x-www-form-urlencoded) captured by webhook.site\n"+"\n".join(lines)+"\n","txt"
def G_geocode(t):
    no,st,town,pc=t.addr_raw()
    comps=[{"long_name":no,"short_name":no,"types":["street_number"]},{"long_name":t.S("address",st,form="route_field"),"short_name":st,"types":["route"]},{"long_name":t.S("address",town,form="town_field"),"short_name":town,"types":["postal_town"]},{"long_name":t.pc(pc),"short_name":pc,"types":["postal_code"]}]
    t.S("address",st,form="route_short"); t.S("postcode",pc,form="repeat")
    res={"results":[{"address_components":comps,"formatted_address":t.addr("line",(no,st,town,pc))+" "+t.pc(pc)+", UK","geometry":{"location":{"lat":round(50+t.r.random()*7,7),"lng":round(-5+t.r.random()*5,7)},"location_type":"ROOFTOP"},"place_id":t.K("place_id","ChIJ"+"".join(t.r.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") for _ in range(23)))}],"status":"OK"}
    return json.dumps(res,indent=2,ensure_ascii=False),"json"
def G_osplaces(t):
    res=[]
    for _ in range(3):
        no,st,town,pc=t.addr_raw()
        res.append({"DPA":{"UPRN":t.K("uprn",str(t.r.randint(10000000000,100099999999))),"UDPRN":t.K("udprn",str(t.r.randint(10000000,59999999))),"ADDRESS":t.S("address",f"{no}, {st.upper()}, {town.upper()}, {pc}",canon=None,form="dpa_caps"),"BUILDING_NUMBER":no,"THOROUGHFARE_NAME":t.S("address",st.upper(),form="caps_field"),"POST_TOWN":town.upper(),"POSTCODE":t.pc(pc),"CLASSIFICATION_CODE":t.K("class_code","RD04"),"LAST_UPDATE_DATE":t.date()}})
    return json.dumps({"header":{"uri":"https://api.os.uk/search/places/v1/postcode?postcode=REDACTED","query":"postcode=REDACTED","totalresults":3,"epoch":t.K("epoch_label","112")},"results":res},indent=2,ensure_ascii=False),"json"
def G_stripe(t):
    f,l=t.name_raw(); no,st,town,pc=t.addr_raw()
    ev={"id":t.K("stripe_evt","evt_1Q%s"%"".join(t.r.choice("abcdefghijkABCDEFGH0123456789") for _ in range(22))),"object":"event","type":"payment_intent.succeeded","data":{"object":{"id":t.K("stripe_pi","pi_3Q%s"%"".join(t.r.choice("abcdefghijkABCDEFGH0123456789") for _ in range(22))),"amount":t.r.randint(1000,30000),"currency":"gbp","metadata":{"account_number":t.acct(),"supply":t.mpan()},"shipping":{"name":t.name("normal",(f,l)),"phone":t.phone(),"address":{"line1":t.addr("street",(no,st,town,pc)),"city":t.S("address",town,form="town_field"),"postal_code":t.pc(pc)}},"receipt_email":t.email((f,l)),"description":"Top-up "+t.inv()}},"created":int(t.unix())}
    return json.dumps(ev,indent=2,ensure_ascii=False),"json"
def G_zuora(t):
    f,l=t.name_raw()
    return f"""INVOICE {t.inv()}            Invoice Date: {t.date()}
Bill To:
  {t.name('title',(f,l))}
  {t.addr('flat')}
  {t.pc()}
Account Number: {t.acct()}          Payment Terms: Due Upon Receipt

Charge Name                 Service Period             Qty        Amount
Electricity Unit Rate       {t.date()}-{t.date()}     {t.kwh()}    {t.money()}
Standing Charge             91 days                    91         {t.money()}
Supply point (MPAN): {t.mpan()}   Meter: {t.eser()}
Total                                                              {t.money()}
""","txt"
def G_mysqlbatch(t):
    rows=["id\taggregate_id\tevent_type\tpayload\tcreated_at"]
    for i in range(5):
        f,l=t.name_raw(); m=t.mpan_raw()
        rows.append(f"{t.r.randint(1,99999)}\t{t.S('mpan',m,form='aggregate_id')}\tSupplyRegistered\t{{\\\"mpan\\\":\\\"{t.S('mpan',m,form='repeat')}\\\",\\\"holder\\\":\\\"{t.name('normal',(f,l))}\\\",\\\"mprn\\\":\\\"{t.mprn()}\\\"}}\t2026-11-{t.r.randint(10,28)} 10:{t.r.randint(10,59)}:00")
    return "$ mysql -B -e 'select * from outbox order by id desc limit 5' crm\n"+"\n".join(rows)+"\n","txt"
def G_capscall(t):
    f,l=t.name_raw(); no,st,town,pc=t.addr_raw()
    return f"""CONTACT HISTORY                    SCREEN CH04                PAGE 01
ACCT {t.acct()}   STATUS {t.K('state','LIVE')}   {t.tariff()}
--------------------------------------------------------------------
{t.date()} 09:14  CALLED {t.name('caps',(f,l))} AT {t.K('time','09:14')} RE HIGH BILL
            CUST CONFIRMED SUPPLY ADDR {t.addr('caps',(no,st,town,pc))} {t.pc(pc)}
            READ GIVEN {t.kwh()} METER {t.eser()}
{t.date()} 11:02  OUTBOUND TO MRS {t.S('name',l.upper(),form='caps_surname')} ON {t.phone()} NO ANSWER
{t.date()} 15:40  LETTER SENT TO {t.name('caps')} - {t.addr('caps')}
            REF {t.inc()}
""","txt"
def G_lowernote(t):
    f,l=t.name_raw()
    return f"""notes {t.date()}
- spoke to {t.name('lower',("Mark","Baker"))} re the {t.flow()} issue, he says {t.K('word','mark')} the step as failed
- then rang {t.name('lower',(f,l))} on {t.phone()}, lives at {t.S('address',t.addr_raw()[0]+' '+t.addr_raw()[1].lower(),form='lower')}
- serial on the meter is {t.eser(low=True)} not what we had
- mprn {t.mprn()}  acct {t.acct()}
- {t.tc()} rerun tomorrow, {t.K('word','grace')} period ends {t.date()}
- {t.name('lower',("James","Wood"))} from {t.K("word","field")} team to attend (his words: "the {t.K('word','wood')} panel is rotten")
"""+"" ,"txt"
def G_imessage(t):
    f,l=t.name_raw(); lines=[]
    lines.append(f"[{t.date()} 10:02] Me: can you send me the mpan for {t.mref()}?")
    lines.append(f"[{t.date()} 10:05] {t.name('normal')}: {t.mpan('sp')}")
    lines.append(f"[{t.date()} 10:05] {t.name('normal')}: and the gas one is {t.mprn()}")
    lines.append(f"[{t.date()} 10:07] Me: cheers, customer is {t.name('normal',(f,l))}?")
    lines.append(f"[{t.date()} 10:09] {t.name('normal')}: yes, {t.addr('line')} {t.pc(style='lower')}. engineer: {t.phone()}")
    lines.append(f"[{t.date()} 10:11] Me: 👍 logged as {t.inc()}")
    return "\n".join(lines)+"\n","txt"
def G_grpcurl(t):
    f,l=t.name_raw(); m=t.mpan_raw()
    return f"""$ grpcurl -plaintext -d '{{"mpan":"{t.S('mpan',m,form='sq_json')}"}}' sit-gw:9090 meterhub.v1.SupplyService/GetSupply
{{
  "supply": {{
    "mpan": "{t.S('mpan',m,form='repeat')}",
    "meterSerial": "{t.eser()}",
    "esmeId": "{t.eui('-')}",
    "registeredHolder": {{
      "givenName": "{t.fname(f)}",
      "familyName": "{t.fname(l)}"
    }},
    "lastFlow": "{t.flow()}",
    "updateTime": "{t.ts()}"
  }}
}}
""","txt"
def G_nats(t):
    out=["$ nats sub 'meter.reads.>' --count 4"]
    for i in range(4):
        m=t.mpan_raw()
        out.append(f"[#{i+1}] Received on \"meter.reads.{t.S('mpan',m,form='subject_token')}\"")
        out.append(f"Nats-Msg-Id: {t.uid()}")
        out.append("")
        out.append(json.dumps({"serial":t.eserial_raw(),"reg":t.kwh(),"at":int(t.epoch_ms())}))
        t.S("serial",json.loads(out[-1])["serial"])
        out.append("")
    return "\n".join(out),"txt"
def G_cactus(t):
    f,l=t.name_raw()
    return f"""Description: Register read after install ({t.tc()})
Category: SIT
Preconditions:
  fixtures:
    - {{mpan: '{t.mpan()}', serial: '{t.eser()}', mprn: {t.mprn()}}}
    - customer: "{t.name('normal',(f,l))}"
      site: "{t.addr('line')}"
      postcode: '{t.pc()}'
Steps:
  SEND-READ:
    event: {{type: GET-request-received, parameters: {{endpoint: /mup/{t.mpan()}}}}}
    actions:
      - type: send-flow
        parameters: {{flow: {t.flow()}, ref: {t.mref()}}}
  CHECK:
    checks:
      - type: reading-equals
        parameters: {{value: {t.kwh()}}}
""","yaml"
def G_artillery(t):
    m=[t.mpan_raw() for _ in range(3)]
    for x in m: t.S("mpan",x,form="url_path")
    rep={"aggregate":{"counters":{"http.codes.200":t.r.randint(900,2000),"http.codes.404":t.r.randint(1,20)},"summaries":{"http.response_time":{"p95":t.r.randint(50,400),"p99":t.r.randint(400,900)}}},
         "intermediate":[{"period":t.epoch_ms(),"errors":{"ETIMEDOUT":2},"customStats":{},"firstMetricAt":int(t.epoch_ms())}],
         "config":{"target":"https://perf.internal","phases":[{"duration":60,"arrivalRate":20}],"payload":{"fields":["mpan","serial"]}},
         "failures":[{"url":f"/v1/supply/{x}/reads","status":404,"ts":t.ts()} for x in m],"meta":{"tc":t.tc(),"build":t.ver()}}
    return json.dumps(rep,indent=2),"json"
def G_audit_change(t):
    f,l=t.name_raw(); l2=t.name_raw()[1]
    return f"""{t.K("word","FIELD")} CHANGE LOG  account {t.acct()}  (exported {t.ts()})
{t.date()} 10:01 user svc_{t.K('user','migr01')}  Surname: '{t.fname(l)}' -> '{t.fname(l2)}'
{t.date()} 10:01 user svc_migr01  Forename: '' -> '{t.fname(f)}'
{t.date()} 10:03 user agent47  Meter serial: {t.eser()} -> {t.eser()}
{t.date()} 10:03 user agent47  Gas meter: {t.gser()} -> {t.gser()}
{t.date()} 10:04 user agent47  Phone: {t.phone()} -> (blank)
{t.date()} 10:05 user agent47  Supply address line 1: {t.addr('street')} -> {t.addr('street')}
{t.date()} 10:06 user agent47  Case {t.inc()} linked, tariff {t.tariff()}
""","txt"
def G_springxml(t):
    f,l=t.name_raw()
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans" xmlns:p="http://www.springframework.org/schema/p">
  <!-- fixture for {t.tc()} -->
  <bean id="supplyFixture" class="com.acme.test.SupplyFixture">
    <property name="mpan" value="{t.mpan()}"/>
    <property name="mprn" value="{t.mprn()}"/>
    <property name="gasMeterSerial" value="{t.gser()}"/>
    <property name="holder">
      <bean class="com.acme.test.Person" p:given="{t.fname(f)}" p:family="{t.fname(l)}"/>
    </property>
    <property name="premises"><value>{t.addr('line')}, {t.pc()}</value></property>
    <property name="firmware" value="{t.fw()}"/>
  </bean>
</beans>
""","xml"
def G_qpmail(t):
    f,l=t.name_raw(); m=t.mpan_raw()
    qm=m[:7]+"=\n"+m[7:]
    t.S("mpan",qm,canon=m,form="qp_softbreak")
    return f"""Subject: RE: {t.flow()} rejection {t.inc()}
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Hi,=0A
The MPAN is {qm} and the customer is {t.S('name',f+' '+l,form='qp')} at=
 {t.addr('street')}.=0A
Gas serial {t.gser()} =E2=80=93 please re-run {t.tc()}.=0A
Thanks, {t.name('normal')}
""","eml"
def G_vcal(t):
    f,l=t.name_raw(); no,st,town,pc=t.addr_raw()
    return f"""BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//FieldOps//Scheduler {t.ver()}//EN
BEGIN:VEVENT
UID:{t.uid()}
DTSTART:20261208T090000Z
SUMMARY:Smart install {t.wo()}
LOCATION:{t.addr('street',(no,st,town,pc))}\\, {t.S('address',town,form='town_field')}\\, {t.pc(pc)}
DESCRIPTION:Customer {t.name('normal',(f,l))} tel {t.phone()}\\nMPAN {t.mpan()}\\nOld meter {t.eser()}
ATTENDEE;CN="{t.name('normal')}":mailto:{t.email()}
END:VEVENT
END:VCALENDAR
""","ics"
def G_k8sjob(t):
    return f"""apiVersion: batch/v1
kind: Job
metadata:
  name: replay-{t.relabel(t.tc().lower().replace('_','-'),'tc_ref_lower')}
spec:
  template:
    spec:
      containers:
      - name: replay
        image: registry.internal/replayer:{t.ver()}
        args:
        - --flow
        - {t.flow()}
        - {t.mpan()}
        - {t.acct()}
        - >-
          --note=customer {t.name('normal')}
          at {t.addr('line')}
        env:
        - name: GAS_SERIAL
          value: "{t.gser()}"
      restartPolicy: Never
""","yaml"
def G_htmlmail(t):
    m=t.mpan_raw(); f,l=t.name_raw()
    sp=m[:2]+"&nbsp;"+m[2:6]+"<wbr>"+m[6:10]+"<b>"+m[10:]+"</b>"
    t.S("mpan",sp,canon=m,form="html_split")
    return f"""<html><body><p>Hi team,</p>
<p>The supply for {t.mref()} is <span class="mpan">{sp}</span>.</p>
<p>Registered to <b>{t.name('normal',(f,l))}</b>, {t.addr('street')}&nbsp;&amp; meter <code>{t.eser()}</code>.</p>
<p>Postcode: {t.S('postcode',t.addr_raw()[3].replace(' ','&nbsp;'),form='html_nbsp')}</p>
<p>Ticket {t.inc()} &mdash; {t.ts()}</p></body></html>
""","html"
def G_wrapped21(t):
    v=t.mpan_raw(); pc="0"+str(t.r.randint(1,8)); mtc="801"; llf="%03d"%t.r.randint(1,999)
    t.S("mpan",f"{v[:2]}  {v[2:6]}  {v[6:10]}  {v[10:]}",canon=v,form="full21_wrapped_grid")
    return f"""Supply number (from the bill, page 2):
   S  {pc}  {mtc}  {llf}
      {v[:2]}  {v[2:6]}  {v[6:10]}  {v[10:]}
Customer: {t.name('title')}   Account: {t.acct()}
Also in filename: evidence_{t.S('mpan',v,form='in_filename')}_{t.tc()}.png and url https://portal/sp?mpan={t.S('mpan',v,form='url_query')}&tc=1
Full form on the DTC message: {t.mpan_full('')}
""","txt"
def G_percent(t):
    m=t.mpan_raw(); f,l=t.name_raw(); e=t.email((f,l))
    pm="".join("%%%02X"%ord(c) for c in m)
    t.S("mpan",pm,form="pct_full")
    t.sec=[x for x in t.sec if x["text"]!=e]; pe=e.replace("@","%40"); t.S("email",pe,canon=re.sub(r"[^A-Z0-9]","",e.upper()).replace("40","") if False else None,form="pct")
    return f"""GET /lookup?q={pm}&who={pe}&name={t.S('name',f.replace(' ','+')+'+'+l.replace(' ','+'),form='plus_space')} HTTP/1.1
Host: api.sit.internal
X-Case: {t.tc()}
X-Request-Id: {t.uid()}

HTTP/1.1 200 OK
{{"found":true,"flow":"{t.flow()}","reading":"{t.kwh()}"}}
""","txt"
def G_b64note(t):
    m=t.mpan_raw(); f,l=t.name_raw()
    inner=f"mpan={m};holder={f} {l}"
    enc=b64s(t,"mpan",inner,m)
    b=inner.encode(); i=b.index((f+" "+l).encode()); j=i+len((f+" "+l).encode()); enc2=base64.b64encode(b).decode()
    t.S("name",enc2[-(-i//3)*4:(j//3)*4],form="b64",words=f+" "+l)
    hx=t.eserial_raw().encode().hex()
    t.S("serial",hx,form="hex")
    return f"""Harness trace {t.uid()} for {t.tc()}
ctx (base64): {enc}
dev (hex): {hx}
flow {t.flow()} at {t.epoch_ms()}
""","txt"
def G_knexbind(t):
    f,l=t.name_raw(); no,st,town,pc=t.addr_raw()
    return f"""knex:query insert into "customers" ("account","first","last","line1","postcode","mprn") values (?, ?, ?, ?, ?, ?) returning "id" trx{t.r.randint(1,99)} +{t.r.randint(1,90)}ms
knex:bindings [
  '{t.acct()}',
  '{t.fname(f)}',
  '{t.fname(l)}',
  '{t.addr('street',(no,st,town,pc))}',
  '{t.pc(pc)}',
  '{t.mprn()}'
] trx{t.r.randint(1,99)} +0ms
knex:query update "supply" set "serial" = ? where "mpan" = ? [ '{t.eser()}', '{t.mpan()}' ] +3ms
-- run for {t.tc()} build {t.ver()} at {t.epoch_ms()}
""","txt"
def G_headerless(t):
    rows=[]
    for _ in range(6):
        f,l=t.name_raw()
        rows.append(f"{t.K('rec_type','ZHV')}|{t.mprn()}|{t.acct()}|{t.fname(l.upper())}|{t.fname(f)}|{t.gser()}|{t.kwh()}|{t.date()}|{t.K('status','A')}")
    return "\n".join(rows)+f"\nZPT|{len(rows)}|{t.sha()[:8] and t.relabel('END','trailer')}\n","dat"
GENRES={k[2:]:v for k,v in globals().items() if k.startswith("G_")}
