from lib import *
from genres1 import genre, G
import json

@genre("avro_schema_data","json",5)
def avro(c,r):
    recs=[]
    for i in range(3):
        P=c.person(); A=c.address()
        recs.append({"event_id":c.K(guid(r)),"supply_point_ref":c.S("mpan",mpan(r),cls="label-unusual"),"occupier":{"string":c.S("name",P.full)},"premises_line_1":c.S("address",A.line1,tokens=A.tokens),"post_code":{"string":c.S("postcode",A.pc)},"amount_pence":int(c.K(str(r.randint(100,99999)))),"effective_ms":int(c.K(epoch_ms(r)))})
    sch={"type":"record","name":"CoSEvent","namespace":"uk.energy.css","fields":[{"name":"event_id","type":"string"},{"name":"supply_point_ref","type":"string","doc":"13 digit core"},{"name":"occupier","type":["null","string"]},{"name":"premises_line_1","type":"string"},{"name":"post_code","type":["null","string"]},{"name":"amount_pence","type":"long"},{"name":"effective_ms","type":{"type":"long","logicalType":"timestamp-millis"}}]}
    return json.dumps({"schema":sch,"records":recs},indent=2)

@genre("json_schema_examples","json",4)
def jschema(c,r):
    m=mpan(r); mp=mprn(r); P=c.person()
    d={"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://example-energy.co.uk/schemas/meter-exchange.json","title":"MeterExchange","type":"object",
       "properties":{"mpan":{"type":"string","pattern":"^[0-9]{13}$","examples":[c.S("mpan",m)]},"mprn":{"type":"string","examples":[c.S("mprn",mp)]},
       "oldSerial":{"type":"string","examples":[c.S("eserial",eserial(r))]},"contactName":{"type":"string","default":c.S("name",P.full)},"version":{"const":c.K(ver(r))}},
       "required":["mpan"],"examples":[{"mpan":m,"mprn":mp,"testCase":c.K(tcref(r))}]}
    return json.dumps(d,indent=2)

@genre("jupyter_nb","ipynb",5,enc=["utf-8"])
def ipynb(c,r):
    rows=[];
    for i in range(5):
        P=c.person(); A=c.address(); m=mpan(r)
        rows.append((c.S("mpan",m), P, A))
    # pandas repr truncating
    tbl="                mpan            customer                postcode  kwh\n"
    for i,(m,P,A) in enumerate(rows):
        nm=P.full if len(P.full)<=18 else P.full[:15]+"..."
        if nm!=P.full: c.S("name",P.first,tokens=[P.first],shown=nm,cls="truncated")
        else: c.S("name",P.full)
        tbl+=f"{i}  {m}  {nm:>18}  {c.S('postcode',A.pc):>10}  {r.randint(100,9000)}.{r.randint(0,9)}\n"
    html="<table border=\"1\" class=\"dataframe\"><thead><tr><th></th><th>mpan</th><th>line1</th></tr></thead><tbody>"+"".join(f"<tr><th>{i}</th><td>{m}</td><td>{c.S('address',A.line1,tokens=A.tokens)}</td></tr>" for i,(m,P,A) in enumerate(rows))+"</tbody></table>"
    nb={"cells":[{"cell_type":"markdown","metadata":{},"source":[f"## {c.K(tcref(r))} consumption check\n"]},
                 {"cell_type":"code","execution_count":3,"metadata":{},"source":["df = pd.read_csv('sit3_extract.csv')\n","df.head()"],
                  "outputs":[{"data":{"text/plain":tbl.splitlines(True),"text/html":[html]},"execution_count":3,"metadata":{},"output_type":"execute_result"}]},
                 {"cell_type":"code","execution_count":4,"metadata":{},"source":[f"df[df.mpan=='{rows[0][0]}']"],"outputs":[{"name":"stdout","output_type":"stream","text":[f"Empty DataFrame\n"]}]}],
        "metadata":{"kernelspec":{"name":"python3","display_name":"Python 3"}},"nbformat":4,"nbformat_minor":5}
    return json.dumps(nb,indent=1)

@genre("pandas_print","txt",5)
def pandas(c,r):
    L=["   account_ref          mpan_core  serial_no       site_postcode  occupier            read_kwh",""]
    for i in range(r.randint(4,6)):
        P=c.person(); m=mpan(r); sr=eserial(r)
        nm=P.full if len(P.full)<=18 else P.full[:15]+"..."
        L.append(f"{i:<3}{c.K('ACC-'+dg(r,6)):<18}{c.S('mpan',m):>14}  {c.S('eserial',sr):<14}  {c.S('postcode',postcode(r)):<13} {nm:<19} {c.K(str(r.randint(1000,99999))+'.'+str(r.randint(0,9)))}")
        c.S("name",P.first if nm!=P.full else P.full,tokens=[P.first] if nm!=P.full else None,shown=nm,cls="truncated" if nm!=P.full else "plain")
    L.append(""); L.append(f"[{len(L)-3} rows x 6 columns]")
    L.insert(0,"")
    return "\n".join(L)+"\n"

@genre("r_tibble","txt",4)
def tibble(c,r):
    L=[f"# A tibble: 4 × 5","  mprn       gas_serial      postcode  reads last_read ","  <chr>      <chr>           <chr>     <int> <date>    "]
    for i in range(4):
        L.append(f"{i+1} {c.S('mprn',mprn(r))} {c.S('gserial',gserial(r)):<15} {c.S('postcode',postcode(r)):<9} {r.randint(1,40):>5} {c.K(day(r))}")
    return "\n".join(L)+"\n"

@genre("psql_expanded","txt",6)
def psqlx(c,r):
    L=["sit3=> \\x","Expanded display is on.",f"sit3=> select * from psr_register where case_ref = '{c.K('PSR-'+dg(r,6))}';"]
    for i in range(r.randint(1,2)):
        P=c.person(); A=c.address()
        L+= [f"-[ RECORD {i+1} ]-----+-------------------------",f"id               | {c.K(str(r.randint(1000,9999)))}",f"full_name        | {c.S('name',P.full)}",
             f"addr_1           | {c.S('address',A.line1,tokens=A.tokens)}",f"addr_town        | {A.city}",f"addr_pc          | {c.S('postcode',A.pc.replace(' ','  '),cls='double-space')}",
             f"contact_tel      | {c.S('phone',P.land)}",f"needs_codes      | {{{c.K('14,19,32')}}}",f"mpan_core        | {c.S('mpan',mpan(r))}",f"updated_at       | {c.K(ts(r,z=False).replace('T',' '))}+00"]
    L.append(f"({len(L)//10 or 1} row)")
    return "\n".join(L)+"\n"

@genre("mongo_shell","txt",5)
def mongo(c,r):
    P=c.person(); A=c.address(); m=mpan(r); e=eui(r)
    oid=c.K("".join(r.choice("0123456789abcdef") for _ in range(24)))
    return (f"rs0 [direct: primary] meters> db.installs.find({{ mpan: \"{c.S('mpan',m)}\" }})\n[\n  {{\n    _id: ObjectId('{oid}'),\n"
            f"    mpan: '{m}',\n    chf: {{ eui64: '{c.S('eui',eui_fmt(e,'-'))}', fw: '{c.K(ver(r))}' }},\n    customer: {{ name: '{c.S('name',P.full)}', phone: '{c.S('phone',P.mobile)}' }},\n"
            f"    site: {{ line1: '{c.S('address',A.line1,tokens=A.tokens)}', town: '{A.city}', postcode: '{c.S('postcode',A.pc)}' }},\n    createdAt: ISODate('{c.K(ts(r))}'),\n    ihdPaired: true\n  }}\n]\n")

@genre("redis_monitor","log",4)
def redis(c,r):
    L=["OK"]
    for i in range(6):
        t=f"{1793000000+r.randint(0,99999)}.{dg(r,6)}"
        k=i%3
        if k==0: m=mpan(r); L.append(f"{t} [0 10.0.3.{r.randint(2,250)}:{r.randint(30000,60000)}] \"GET\" \"mpan:{c.S('mpan',m,cls='key-prefix')}:status\"")
        elif k==1: P=c.person(); L.append(f"{t} [0 10.0.3.{r.randint(2,250)}:{r.randint(30000,60000)}] \"HSET\" \"session:{c.K(guid(r))}\" \"user\" \"{c.S('email',P.email)}\" \"name\" \"{c.S('name',P.full)}\"")
        else: e=eui(r); L.append(f"{t} [0 lua] \"SETEX\" \"pair:{c.S('eui',e.lower(),cls='case')}\" \"300\" \"{c.K('PAIRING_IN_PROGRESS')}\"")
    return "\n".join(L)+"\n"

@genre("elasticsearch","json",5)
def es(c,r):
    P=c.person(); A=c.address(); m=mpan(r)
    q={"query":{"bool":{"must":[{"match_phrase":{"customer.address":f"{c.S('address',A.line1,tokens=A.tokens)}"}},{"term":{"supply.mpan.keyword":c.S("mpan",m)}}],"filter":[{"range":{"@timestamp":{"gte":c.K(day(r)),"lte":"now"}}}]}}}
    resp={"took":int(c.K(str(r.randint(10,99)))),"hits":{"total":{"value":1,"relation":"eq"},"hits":[{"_index":c.K("crm-contacts-2026.11"),"_id":c.K(guid(r)),"_score":7.12,
          "_source":{"customer":{"name":c.S("name",P.full),"email":c.S("email",P.email),"address":f"{A.line1}, {A.city}","postcode":c.S("postcode",A.pc)},"supply":{"mpan":m,"mprn":c.S("mprn",mprn(r))}}}]}}
    return "GET crm-contacts-*/_search\n"+json.dumps(q,indent=2)+"\n\n"+json.dumps(resp,indent=2)+"\n"

@genre("terraform_tfvars","tfvars",4)
def tf(c,r):
    m=mpan(r); e=eui(r); P=c.person()
    return (f"# SIT3 synthetic test data - {c.K(tcref(r))}\nenvironment   = \"sit3\"\nregion        = \"uksouth\"\nimage_tag     = \"{c.K(ver(r))}\"\n"
            f"seed_supplies = [\n  {{ mpan = \"{c.S('mpan',m)}\", serial = \"{c.S('eserial',eserial(r))}\", chf = \"{c.S('eui',eui_fmt(e,':'))}\" }},\n"
            f"  {{ mpan = \"{c.S('mpan',mpan(r))}\", serial = \"{c.S('eserial',eserial(r))}\", chf = null }},\n]\n"
            f"alert_contact = \"{c.S('email',P.email)}\"\nsubscription_id = \"{c.K(guid(r))}\"\n")

@genre("helm_values","yaml",4)
def helm(c,r):
    P=c.person(); A=c.address()
    return (f"replicaCount: 2\nimage:\n  repository: acr.example.io/mhhs-adapter\n  tag: \"{c.K(ver(r))}\"\nenv:\n  - name: DIP_ENDPOINT\n    value: https://dip-sit.example.net/api\n"
            f"  - name: SMOKE_TEST_MPAN\n    value: \"{c.S('mpan',mpan(r))}\"\n  - name: SMOKE_TEST_MPRN\n    value: \"{c.S('mprn',mprn(r))}\"\n  - name: SMOKE_SITE\n    value: \"{c.S('address',A.line1,tokens=A.tokens)}, {A.city} {c.S('postcode',A.pc)}\"\n"
            f"  - name: ONCALL\n    value: \"{c.S('name',P.full)} <{c.S('email',P.email)}>\"\nresources:\n  limits:\n    cpu: 500m\n    memory: 512Mi\n")

@genre("ansible","yml",3)
def ansible(c,r):
    e=eui(r); g=gserial(r)
    return (f"---\n- hosts: sit_headends\n  vars:\n    test_case: {c.K(tcref(r))}\n    gsme_serial: {c.S('gserial',g)}\n    gpf_id: \"{c.S('eui',eui_fmt(e,'-'))}\"\n    supply_mprn: {c.S('mprn',mprn(r))}\n"
            f"  tasks:\n    - name: Commission gas meter\n      uri:\n        url: \"https://headend.sit/api/commission?gpf={e}\"\n        method: POST\n      register: out\n")

@genre("toml","toml",3)
def toml(c,r):
    P=c.person(); m=mpan(r)
    return (f"[harness]\nversion = \"{c.K(ver(r)[1:])}\"\ncase = \"{c.K(tcref(r))}\"\n\n[[fixture]]\nmpan = \"{c.S('mpan',m)}\"\nmprn = {c.S('mprn',mprn(r))}\n"
            f"tester_note = \"\"\"\nCustomer {c.S('name',P.full)} moved to\n{c.S('address',c.address().line1,tokens=c.last_addr.tokens)}.\n\"\"\"\n\n[fixture.meter]\nserial = \"{c.S('eserial',eserial(r).lower(),cls='case')}\"\n")
