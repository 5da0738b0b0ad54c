from lib import *
from genres1 import genre, G
import json

@genre("slack_export","json",6)
def slack(c,r):
    P=c.person(); A=c.address(); m=mpan(r); g=gserial(r); mp=mprn(r)
    msgs=[]
    t0=1793000000+r.randint(0,10**6)
    def msg(u,t):
        nonlocal t0; t0+=r.randint(20,600); msgs.append({"type":"message","user":u,"text":t,"ts":f"{t0}.{dg(r,6)}","client_msg_id":guid(r)})
    tc=c.K(tcref(r))
    msg("U04ABCD1234",f"anyone seen {tc} fail on the CoS gain? <@U02XYZ9876>")
    form=r.randint(0,2)
    if form==0: sh=f"`{m}`"
    elif form==1: sh=f"*{m[:2]}* {m[2:6]} {m[6:10]} {m[10:]}"
    else: sh=grp(m,[2,4,4,3],".")
    c.S("mpan",m,shown=sh.strip('`'),cls=["markup","markup","separator"][form])
    msg("U02XYZ9876",f"yeah, MPAN {sh} - registration stuck in {c.K('Pending Objection')}")
    msg("U04ABCD1234",f"gas side too: mprn {c.S('mprn',mp)} meter {c.S('gserial',g.lower(),cls='case') if r.random()<0.5 else c.S('gserial',g)}")
    c.secrets[-1]["value"]=g
    msg("U07QWER5555",f"customer is {c.S('name',P.full)}, {c.S('address',A.line1,tokens=A.tokens)} {c.S('postcode',A.pc.lower(),cls='case')} - ring {c.S('phone',P.mobile)}")
    c.secrets[-1-1]["value"]=A.pc
    msg("U02XYZ9876",f"fixed in {c.K('release 4.12.0')}, redeploying :rocket:")
    return json.dumps(msgs,indent=4)

@genre("teams_chat_txt","txt",6)
def teams(c,r):
    P=c.person(); A=c.address(); e=eui(r); sr=eserial(r); m=mpan(r)
    a,b=r.sample(["Grace Tester","QA Bot","Dev Lead","Env Support"],2)
    form=r.randint(0,3)
    es=[eui_fmt(e,"-"),eui_fmt(e,":"),"0x"+e,".".join(e[i:i+4] for i in range(0,16,4)).lower()][form]
    c.S("eui",e,shown=es,cls=["plain","plain","0x","dotted-lower"][form])
    sp=inv(r,m) if r.random()<0.6 else m
    c.S("mpan",m,shown=sp,cls="invisible" if sp!=m else "plain")
    return (f"[{ukday(r)} 09:{r.randint(10,59)}] {a}\nMorning - {c.K(tcref(r))} is blocked, {c.K('SRV 8.1')} rejected with {c.K('E8101')}\n\n"
            f"[{ukday(r)} 09:{r.randint(10,59)}] {b}\nwhich device? send me the GUID\n\n"
            f"[{ukday(r)} 09:{r.randint(10,59)}] {a}\ndevice {es} on MPAN {sp}\nmeter {c.S('eserial',sr)}\nlike 1\n\n"
            f"[{ukday(r)} 09:{r.randint(10,59)}] {b}\nah that's the one at {c.S('address',A.line1,tokens=A.tokens)}? {c.S('name',P.first+' '+P.last)} rang in about it\n"
            f"Edited\n\n[{ukday(r)} 10:{r.randint(10,59)}] {a}\nyep. correlation id {c.K(guid(r))}\n")

@genre("whatsapp_txt","txt",6)
def whatsapp(c,r):
    P=c.person(); A=c.address(); mp=mprn(r); g=gserial(r); t=sts(r)
    d=ukday(r)
    k=r.randint(0,2)
    mps=[mp.translate(FW),mbold(mp),mp][k]; c.S("mprn",mp,shown=mps,cls=["fullwidth-digits","math-bold-digits","plain"][k])
    return (f"{d}, 18:02 - Messages and calls are end-to-end encrypted. Only people in this chat can read, listen to, or share them.\n"
            f"{d}, 18:03 - Engineer Dan: At {c.S('address',A.line1,tokens=A.tokens)} now, {c.S('postcode',A.pc.replace(' ',''),cls='nospace')}\n"
            f"{d}, 18:04 - Engineer Dan: gas meter {c.S('gserial',g)} reading {c.K(reading(r))}\n"
            f"{d}, 18:04 - Engineer Dan: <Media omitted>\n{d}, 18:05 - Office: mprn pls\n{d}, 18:06 - Engineer Dan: {mps}\n"
            f"{d}, 18:07 - Office: ta. customer {c.S('name',P.last,tokens=[P.last])} wants a call on {c.S('phone',P.mobile.replace(' ','-'),cls='hyphen')}\n"
            f"{d}, 18:09 - Office: token for the PAYG is {c.K(sts_sp(t))} 👍\n{d}, 18:10 - Engineer Dan: This message was deleted\n")

@genre("powershell_fl","txt",6,enc=["utf-16-le-bom","utf-8","utf-16-le"])
def psfl(c,r):
    out=["","PS C:\\Tests> Get-MeterAsset -Site 'SIT-ENV3' | Format-List *",""]
    for i in range(r.randint(2,3)):
        A=c.address(); m=mpan(r); sr=eserial(r); e=eui(r)
        out+= [f"AssetId        : {c.K(guid(r))}",f"SupplyNumber   : {c.S('mpan',m,cls='label-unusual')}",f"SerialNo       : {c.S('eserial',sr)}",
               f"CommsHubId     : {c.S('eui',e,cls='nosep')}",f"InstallSite    : {c.S('address',A.line1,tokens=A.tokens)}, {A.city}",f"PostalCode     : {c.S('postcode',A.pc)}",
               f"Firmware       : {c.K(ver(r))}",f"LastSeen       : {r.randint(1,28)}/11/2026 {r.randint(10,23)}:{r.randint(10,59)}:0{r.randint(0,9)}",f"State          : {c.K('Commissioned')}",""]
    return "\n".join(out)+"\n"

@genre("powershell_ft","txt",5,enc=["utf-16-le-bom","utf-8"])
def psft(c,r):
    out=["","PS C:\\> Import-Csv .\\switches.csv | Format-Table -AutoSize","","RegistrationId                       Mpan          Status      Customer            Postcode","-------------------------------------- ------------- ----------- ------------------- --------"]
    for i in range(4):
        P=c.person(); m=mpan(r); pc=postcode(r)
        nm=P.full if len(P.full)<=19 else P.full[:16]+"..."
        c.S("name",P.full if len(P.full)<=19 else P.full[:16],shown=nm,tokens=[P.first] if len(P.full)>19 else None,cls="truncated" if len(P.full)>19 else "plain")
        out.append(f"{c.K(guid(r))} {c.S('mpan',m)} {c.K(r.choice(['Confirmed','Objected ','Pending  '])).ljust(11)} {nm.ljust(19)} {c.S('postcode',pc)}")
    return "\n".join(out)+"\n\n"

@genre("win_eventlog_xml","xml",6,enc=["utf-16-le-bom","utf-8"])
def evtx(c,r):
    P=c.person(); m=mpan(r); e=eui(r); A=c.address()
    rid=c.K(str(r.randint(100000,999999)))
    c.S("mpan",m,cls="embedded",shown=f"MPAN={m}"); c.S("eui",e,check=False); c.S("name",P.full,check=False); c.S("address",A.line1,tokens=A.tokens,check=False); c.S("postcode",A.pc,check=False)
    return (f"<?xml version=\"1.0\" encoding=\"utf-16\"?>\n<Events>\n<Event xmlns=\"http://schemas.microsoft.com/win/2004/08/events/event\"><System><Provider Name=\"MeterGateway\"/>"
            f"<EventID Qualifiers=\"0\">{c.K('1026')}</EventID><Level>2</Level><Task>0</Task><Keywords>0x80000000000000</Keywords><TimeCreated SystemTime=\"{c.K(ts(r)[:-1]+'0000Z')}\"/>"
            f"<EventRecordID>{rid}</EventRecordID><Channel>Application</Channel><Computer>SIT-APP-03.test.local</Computer><Security/></System>"
            f"<EventData><Data>Unhandled exception processing request MPAN={m};Device={e};Customer={P.full}</Data><Data>Address: {A.line1}, {A.city} {A.pc}</Data>"
            f"<Data>System.InvalidOperationException: Sequence contains no elements\n   at Gateway.Handlers.CommissionHandler.Handle(Request r)</Data></EventData></Event>\n</Events>\n")

@genre("syslog","log",6)
def syslog(c,r):
    L=[]
    for i in range(r.randint(6,10)):
        host=r.choice(["dcc-adapter-01","mdr-02","css-gw"]); pid=r.randint(1000,40000)
        t=f"Nov {r.randint(1,28):2d} {r.randint(10,23)}:{r.randint(10,59)}:{r.randint(10,59)}"
        k=r.randint(0,5)
        if k==0: L.append(f"<134>{t} {host} adapter[{pid}]: SRV {c.K('8.14.1')} response ok device={c.S('eui',eui(r).lower(),cls='case')} corr={c.K(guid(r))}"); c.secrets[-1]["value"]=c.secrets[-1]["value"].upper()
        elif k==1:
            A=c.address(); L.append(f"<131>{t} {host} crm-sync[{pid}]: address update failed for site {c.S('address',A.line1,tokens=A.tokens,cls='log-address')} {A.city} {c.S('postcode',A.pc)}: timeout")
        elif k==2: L.append(f"<134>{t} {host} mdr[{pid}]: D0010 processed mpan={c.S('mpan',mpan(r))} regs=2 file={c.K('D0010_'+dg(r,8)+'.usr')}")
        elif k==3: L.append(f"<135>{t} {host} mdr[{pid}]: DEBUG reading accepted serial={c.S('eserial',eserial(r).lower(),cls='case')} value={c.K(reading(r))}")
        elif k==4: L.append(f"<134>{t} {host} css-gw[{pid}]: heartbeat ok latency_ms={r.randint(3,400)} build={c.K(ver(r))}")
        else: L.append(f"<132>{t} {host} mdr[{pid}]: WARN Gas meter {c.S('gserial',gserial(r),cls='gas-label')} not found in asset register")
    for s in c.secrets:
        if s["kind"] in("eserial",) and s["shown"].islower(): s["value"]=s["shown"].upper()
    return "\n".join(L)+"\n"

@genre("journald","log",5)
def journald(c,r):
    L=[]
    for i in range(5):
        P=c.person() if i==2 else None
        m=mpan(r)
        msgs=[lambda:f"Sending IF-031 for {c.S('mpan',m)} to DIP",lambda:(f"Customer lookup ok name=\"{c.S('name',P.full)}\"" if P else f"retrying in {r.randint(1,60)}s"),lambda:f"DIP ack {c.K(dipid(r))}",lambda:f"Gas meter {c.S('gserial',gserial(r),cls='gas-label')} exchanged",lambda:f"token vend ok {c.K(sts(r))}"]
        msg=msgs[i]()
        L.append(json.dumps({"__REALTIME_TIMESTAMP":c.K(str(1793000000000000+r.randint(0,10**12))),"_HOSTNAME":"mhhs-adapter-2","SYSLOG_IDENTIFIER":"adapter","PRIORITY":"6","_PID":str(r.randint(100,9999)),"MESSAGE":msg,"_SYSTEMD_UNIT":"adapter.service"}))
    return "\n".join(L)+"\n"

@genre("prometheus","txt",5)
def prom(c,r):
    L=["# HELP meter_read_failures_total Failed reads per device","# TYPE meter_read_failures_total counter"]
    for i in range(4):
        e=eui(r); m=mpan(r)
        L.append(f"meter_read_failures_total{{device_id=\"{c.S('eui',eui_fmt(e,'-').lower(),cls='label-value')}\",mpan=\"{c.S('mpan',m,cls='label-value')}\",dno=\"{m[:2]}\",env=\"sit3\"}} {r.randint(0,90)}")
        c.secrets[-2]["value"]=e
    L+=["# HELP http_request_duration_seconds Latency","# TYPE http_request_duration_seconds histogram",f"http_request_duration_seconds_bucket{{route=\"/v1/{c.K('IF-031')}\",le=\"0.5\"}} {r.randint(10,999)}",
        f"process_start_time_seconds {c.K(str(1793000000+r.randint(0,999999)))}.{r.randint(10,99)}"]
    return "\n".join(L)+"\n"

@genre("otel_spans","json",6)
def otel(c,r):
    P=c.person(); A=c.address(); m=mpan(r); e=eui(r); mp=mprn(r)
    tid=c.K("".join(r.choice("0123456789abcdef") for _ in range(32)))
    spans=[{"traceId":tid,"spanId":"".join(r.choice("0123456789abcdef") for _ in range(16)),"name":"POST /duis/srv/4.1.1","kind":2,"startTimeUnixNano":c.K(str(1793000000000000000+r.randint(0,10**15))),
            "attributes":[{"key":"http.route","value":{"stringValue":"/duis/srv"}},{"key":"smart.device.id","value":{"stringValue":c.S('eui',eui_fmt(e,'-'))}},
                          {"key":"app.supply.mpan","value":{"intValue":c.S('mpan',m,cls='label-unusual')}},{"key":"app.request_id","value":{"stringValue":f"req-{e}-{r.randint(1,9)}"}},{"key":"enduser.id","value":{"stringValue":c.S('email',P.email)}}]},
           {"traceId":tid,"spanId":"".join(r.choice("0123456789abcdef") for _ in range(16)),"name":"crm.lookup","attributes":[{"key":"db.statement","value":{"stringValue":f"SELECT * FROM premises WHERE postcode='{c.S('postcode',A.pc)}' AND line1='{c.S('address',A.line1,tokens=A.tokens)}'"}},
            {"key":"gas.mprn","value":{"stringValue":c.S('mprn',mp)}}],"status":{"code":c.K("STATUS_CODE_ERROR")}}]
    c.S("eui",e,shown=f"req-{e}-",cls="embedded")
    return json.dumps({"resourceSpans":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"duis-adapter"}},{"key":"service.version","value":{"stringValue":c.K(ver(r)[1:])}}]},"scopeSpans":[{"spans":spans}]}]},indent=1)

@genre("graphql","graphql",6)
def gql(c,r):
    P=c.person(); A=c.address(); m=mpan(r); mp=mprn(r)
    q=("query SupplyPoint($mpan: String!, $postcode: String) {\n  supplyPoint(mpan: $mpan, postcode: $postcode) {\n    id\n    status\n    meters { serialNumber type registers { id tpr } }\n    occupier { name email }\n  }\n}\n")
    v={"mpan":c.S("mpan",m),"postcode":c.S("postcode",A.pc)}
    resp={"data":{"supplyPoint":{"id":c.K("U3VwcGx5UG9pbnQ6"+dg(r,6)),"status":c.K("ENERGISED"),"meters":[{"serialNumber":c.S("eserial",eserial(r)),"type":"S2AD","registers":[{"id":"1","tpr":c.K("00001")}]}],
           "occupier":{"name":c.S("name",P.full),"email":c.S("email",P.email)}}},"extensions":{"requestId":c.K(guid(r))}}
    inline=f"mutation {{ updateGasSupply(mprn: \"{c.S('mprn',mp)}\", siteAddress: \"{c.S('address',A.line1,tokens=A.tokens)}\") {{ ok }} }}"
    return "# query\n"+q+"\n# variables\n"+json.dumps(v,indent=2)+"\n\n# response\n"+json.dumps(resp,indent=2)+"\n\n# inline\n"+inline+"\n"

@genre("protobuf_text","textproto",5)
def pbtxt(c,r):
    P=c.person(); A=c.address(); m=mpan(r); e=eui(r); g=gserial(r)
    return (f"# proto-file: energy/v1/installation.proto\n# proto-message: InstallationJob\njob_id: \"{c.K('J'+dg(r,9))}\"\nscheduled: {{ seconds: {c.K(str(1793000000+r.randint(0,9999999)))} nanos: 0 }}\n"
            f"supply {{\n  mpan_core: \"{c.S('mpan',m)}\"\n  top_line {{ profile_class: 1 {c.K('mtc: 845')} llfc: \"{r.randint(100,999)}\" }}\n}}\n"
            f"site {{\n  lines: \"{c.S('address',A.line1,tokens=A.tokens)}\"\n  lines: \"{A.loc}\"\n  post_town: \"{A.city}\"\n  postcode: \"{c.S('postcode',A.pc)}\"\n}}\n"
            f"contact {{ display_name: \"{c.S('name',P.full)}\" phone: \"{c.S('phone','+44'+P.mobile[1:].replace(' ',''),cls='e164')}\" }}\n"
            f"devices {{ kind: ESME eui64: \"{c.S('eui',e)}\" }}\ndevices {{ kind: GSME legacy_serial: \"{c.S('gserial',g)}\" }}\n"
            f"gas_supply {{ mprn: {c.S('mprn',mprn(r))} }}\n")
