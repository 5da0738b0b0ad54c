from lib import *
from genres1 import genre, G
import json
NBSP="\u00a0"

@genre("html_tracker","html",8,enc=["utf-8","cp1252","utf-16-le-bom"])
def htmltr(c,r):
    m=mpan(r); P=c.person(); A=c.address(); sr=eserial(r); e=eui(r)
    k=r.randint(0,4)
    if k==0: ms=f"{m[:2]}&nbsp;{m[2:6]}&nbsp;{m[6:10]}&nbsp;{m[10:]}"; cl="nbsp-entity"
    elif k==1: ms=f"<mark>{m[:5]}</mark>{m[5:]}"; cl="tag-split"
    elif k==2: ms=f"{m[:4]}<wbr>{m[4:8]}<wbr>{m[8:]}"; cl="wbr-split"
    elif k==3: ms=ent(m,hexm=r.random()<0.5); cl="entity-digits"
    else: ms=f"<span class=\"g\">{m[:2]}</span><span class=\"g\">{m[2:6]}</span><b>{m[6:10]}</b><i>{m[10:]}</i>"; cl="tag-split"
    c.S("mpan",m,shown=ms,cls=cl)
    pcs=r.choice([A.pc.replace(" ","&nbsp;"),A.pc.replace(" ","&#160;"),A.pc.replace(" ","<br>")])
    c.S("postcode",A.pc,shown=pcs,cls="html-postcode")
    nms=r.choice([P.full.replace(" ","&nbsp;"),P.first+" <strong>"+P.last+"</strong>",P.first+" "+ent(P.last[:3])+P.last[3:]])
    c.S("name",P.full,shown=nms,cls="html-name")
    srs=sr[:4]+"<span style=\"display:inline\">"+sr[4:]+"</span>"; c.S("eserial",sr,shown=srs,cls="tag-split")
    return (f"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>DIP Message Tracker - {c.K(dipid(r))}</title></head><body>\n<h1>Message {c.K('IF-036')} detail</h1>\n"
            f"<table class=\"kv\">\n<tr><th>Test case</th><td>{c.K(tcref(r))}</td></tr>\n<tr><th>MPAN</th><td>{ms}</td></tr>\n<tr><th>Meter</th><td>{srs}</td></tr>\n"
            f"<tr><th>Device</th><td><code>{c.S('eui',eui_fmt(e,'-'))}</code></td></tr>\n<tr><th>Customer</th><td>{nms}</td></tr>\n"
            f"<tr><th>Premises</th><td>{c.S('address',A.line1,tokens=A.tokens)}<br/>{A.city}<br/>{pcs}</td></tr>\n<tr><th>Status</th><td><span class=\"ok\">{c.K('Delivered')}</span></td></tr>\n"
            f"<tr><th>Received</th><td>{c.K(ts(r))}</td></tr>\n</table>\n<!-- rendered by tracker {c.K(ver(r))} -->\n</body></html>\n")

@genre("obf_tester_notes","txt",10)
def obfnotes(c,r):
    L=[f"Notes for {c.K(tcref(r))} - rerun {c.K(day(r))}"]
    for i in range(6):
        k=r.randint(0,9); m=mpan(r)
        if k==0: s=inv(r,m,n=r.randint(1,4)); cl="invisible"
        elif k==1: sep=r.choice(["_",",",":","+","."]); s=grp(m,[2,4,4,3],sep); cl="separator"
        elif k==2: s=grp(m,[2,4,4,3]," "*r.randint(3,8)); cl="long-spaces"
        elif k==3: s=m.translate(r.choice([FW,AR,DV])); cl="unicode-digits"
        elif k==4: s=grp(m,[4,4,5],"/"); cl="separator"
        elif k==5: s=inv(r,grp(m,[2,4,4,3]," "),n=2); cl="invisible+space"
        elif k==6: s=m[:6]+"\n# "+m[6:]; cl="comment-split"
        elif k==7: s=grp(m,[2,4,4,3],"-"); cl="hyphen"
        elif k==8: s=" ".join(m); cl="spaced-digits"
        else: s=m[:7]+"\u2028"+m[7:]; cl="line-separator"
        lbl=r.choice(["MPAN","supply no","mpan core","S/N?","sp","the number from the bill"])
        L.append(f"- {lbl}: {c.S('mpan',m,shown=s,cls=cl)} -> {c.K(r.choice(['D0055 rejected','IF-021 ok','CoS objected','SRV 3.2 timeout']))}")
    sr=eserial(r); k=r.randint(0,3)
    s=[sr.lower(),"-".join([sr[:2],sr[2:4],sr[4:]]),sr[:4]+" "+sr[4:],inv(r,sr)][k]
    L.append(f"- old meter {c.S('eserial',sr,shown=s,cls=['case','hyphen','space','invisible'][k])}")
    pc=postcode(r); k=r.randint(0,4)
    s=[pc.replace(" ","-"),pc.replace(" ","_"),pc.replace(" ",NBSP),pc.replace(" ","  "),pc.replace(" ","").lower()][k]
    L.append(f"- postcode {c.S('postcode',pc,shown=s,cls=['pc-hyphen','pc-underscore','pc-nbsp','pc-double','pc-nospace-lower'][k])}")
    e=eui(r); s=r.choice(["0x"+e,".".join(e[i:i+4] for i in range(0,16,4)),inv(r,eui_fmt(e,"-"))])
    L.append(f"- device {c.S('eui',e,shown=s,cls='eui-format')}")
    L.append(f"- gas {c.S('gserial',(g:=gserial(r)),shown=(gs:=g[:3]+' '+g[3:].lower()),cls='spaced')}")
    return "\n".join(L)+"\n"

@genre("encoded_payload_log","log",10)
def enclog(c,r):
    L=[]
    for i in range(5):
        k=r.randint(0,6); m=mpan(r); P=c.person() if k in (1,4) else None
        t=c.K(ts(r))
        if k==0: blob=b64(json.dumps({"mpan":m,"type":"IF-031"})); c.S("mpan",m,shown=blob,cls="base64"); L.append(f"{t} DEBUG dip.outbound body_b64={blob}")
        elif k==1:
            blob=b64u(json.dumps({"sub":P.email,"mpan":m,"exp":1793000000})); hdr=b64u('{"alg":"HS256","typ":"JWT"}'); jwt=f"{hdr}.{blob}.{b64u(dg(r,16))}"
            c.S("mpan",m,shown=blob,cls="jwt-payload"); c.S("email",P.email,shown=blob,cls="jwt-payload"); L.append(f"{t} INFO auth bearer={jwt}")
        elif k==2: h=hexs(m); c.S("mpan",m,shown=h,cls="hex"); L.append(f"{t} TRACE frame {c.K('0x01A4')} payload[13]={h}")
        elif k==3: p=pct(m) if r.random()<0.5 else urllib.parse.quote(f"{mpan_sp(m)}"); c.S("mpan",m,shown=p,cls="percent"); L.append(f"{t} INFO GET /api/supply?id={p}&env=sit3 200")
        elif k==4:
            A=c.address(); q=urllib.parse.quote_plus(f"{A.line1}, {A.city} {A.pc}"); c.S("address",A.line1,shown=q,tokens=A.tokens,cls="percent-plus"); c.S("postcode",A.pc,shown=q,cls="percent-plus",check=False)
            L.append(f"{t} INFO GET /geo/lookup?q={q}&name={urllib.parse.quote(P.full)} 404"); c.S("name",P.full,shown=urllib.parse.quote(P.full),cls="percent")
        elif k==5: e=eui(r); blob=b64(f"<DeviceID>{eui_fmt(e,'-')}</DeviceID>"); c.S("eui",e,shown=blob,cls="base64"); L.append(f"{t} DEBUG duis.signed.content={blob}")
        else: q=quopri.encodestring(f"MPAN: {mpan_sp(m)} serial={eserial(r)}".encode()).decode().strip(); c.S("mpan",m,shown=q,cls="qp"); L.append(f"{t} DEBUG mail.part.qp={q}")
    return "\n".join(L)+"\n"

@genre("utf32_payload","json",4,enc=["utf-32-le-bom","utf-32-be","utf-32-le"])
def u32(c,r):
    A=c.address(); P=c.person()
    return json.dumps({"header":{"msgType":c.K("IF-021"),"corr":c.K(guid(r))},"body":{"mpan":c.S("mpan",mpan(r)),"meterSerial":c.S("eserial",eserial(r)),"customerName":c.S("name",P.full),"premises":c.S("address",A.line1,tokens=A.tokens),"pc":c.S("postcode",A.pc)}},indent=2)

@genre("d0010_classic","txt",3,enc=["ascii"])
def d0010(c,r):
    m=mpan(r); sr=eserial(r)
    return (f"ZHV|{c.K(dg(r,10))}|D0010002|M|DCX|X|SUPX|{c.K(day(r).replace('-','')+'101010')}||||TR01|\n026|{c.S('mpan',m)}|V|\n028|{c.S('eserial',sr)}|D|\n"
            f"030|01|{c.K(day(r).replace('-','')+'000000')}|{c.K(reading(r))}.0|||T|N|\nZPT|{dg(r,10)}|4||1|{day(r).replace('-','')}101011|\n")

@genre("duis_xml","xml",3)
def duis(c,r):
    e=eui(r); e2=eui(r)
    return (f"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sr:Request xmlns:sr=\"http://www.dccinterface.co.uk/ServiceUserGateway\" schemaVersion=\"5.1\">\n <sr:Header>\n"
            f"  <sr:RequestID>{c.S('eui',eui_fmt(e2,'-'))}:{c.S('eui',eui_fmt(e,'-'))}:{c.K(str(r.randint(10**6,10**9)))}</sr:RequestID>\n  <sr:CommandVariant>1</sr:CommandVariant>\n  <sr:ServiceReference>{c.K('4.1')}</sr:ServiceReference>\n"
            f"  <sr:ServiceReferenceVariant>{c.K('4.1.1')}</sr:ServiceReferenceVariant>\n </sr:Header>\n <sr:Body><sr:ReadInstantaneousImportRegisters/></sr:Body>\n</sr:Request>\n")

@genre("sql_insert","sql",4)
def sqlins(c,r):
    L=[f"-- seed for {c.K(tcref(r))}"]
    for i in range(3):
        P=c.person(); A=c.address()
        L.append(f"INSERT INTO customers (id, full_name, line1, postcode, tel, mpan) VALUES ({c.K(str(r.randint(10000,99999)))}, N'{c.S('name',P.full.replace(chr(39),chr(39)*2))}', '{c.S('address',A.line1,tokens=A.tokens)}', '{c.S('postcode',A.pc)}', '{c.S('phone',P.land)}', {c.S('mpan',mpan(r))});")
    return "\n".join(L)+"\n"

@genre("curl_verbose","txt",3)
def curlv(c,r):
    m=mpan(r); P=c.person()
    return (f"*   Trying 10.20.1.5:443...\n* Connected to api.sit.example-energy.co.uk (10.20.1.5) port 443\n> GET /v2/supplies/{c.S('mpan',m,cls='url-path')}/meters HTTP/1.1\n> Host: api.sit.example-energy.co.uk\n"
            f"> X-Correlation-Id: {c.K(guid(r))}\n> Authorization: Bearer eyJhbGciOi...\n>\n< HTTP/1.1 200 OK\n< Content-Type: application/json\n<\n"
            f"{{\"meters\":[{{\"serial\":\"{c.S('eserial',eserial(r))}\",\"contact\":\"{c.S('name',P.full)}\"}}]}}\n* Connection #0 left intact\n")

@genre("apache_access","log",4)
def apache(c,r):
    L=[]
    for i in range(6):
        ip=f"10.{r.randint(0,255)}.{r.randint(0,255)}.{r.randint(1,254)}"; t=f"[{r.randint(1,28):02d}/Nov/2026:{r.randint(10,23)}:{r.randint(10,59)}:{r.randint(10,59)} +0000]"
        k=i%3
        if k==0: m=mpan(r); L.append(f"{ip} - - {t} \"GET /portal/supply?mpan={c.S('mpan',m)}&tab=meters HTTP/1.1\" 200 {r.randint(500,9000)} \"-\" \"Mozilla/5.0\"")
        elif k==1: P=c.person(); L.append(f"{ip} - {c.S('email',urllib.parse.quote(P.email),cls='percent')} {t} \"POST /portal/login HTTP/1.1\" 302 0 \"-\" \"Mozilla/5.0\"")
        else: A=c.address(); s=urllib.parse.quote(A.pc); L.append(f"{ip} - - {t} \"GET /portal/search?postcode={c.S('postcode',A.pc,shown=s,cls='percent')}&page={c.K(str(r.randint(2,9)))} HTTP/1.1\" 200 812 \"-\" \"curl/8.5.0\"")
    for s in c.secrets:
        if s["kind"]=="email": s["value"]=urllib.parse.unquote(s["value"])
    return "\n".join(L)+"\n"

@genre("ado_markdown","md",4)
def adomd(c,r):
    P=c.person(); A=c.address(); m=mpan(r); mp=mprn(r)
    return (f"# Bug {c.K(str(r.randint(10000,99999)))}: {c.K('IF-036 not generated after CoS')}\n\n**Area path:** MHHS\\SIT\\Migration  \n**Found in:** {c.K(ver(r))}\n\n## Repro steps\n1. Use test data {c.K(mpanref(r))} (~~{c.S('mpan',m,cls='markdown-strike')}~~ do not paste real MPAN)\n"
            f"2. Submit CoS via portal for `{c.S('name',P.full)}`\n3. Observe no IF-036 on the DIP within {c.K('2 hours')}\n\n| field | value |\n|---|---|\n| MPRN | {c.S('mprn',mp)} |\n| Site | {c.S('address',A.line1,tokens=A.tokens)}, {c.S('postcode',A.pc)} |\n| Serial | {c.S('eserial',eserial(r))} |\n")

@genre("hexdump","txt",3)
def hexdump(c,r):
    m=mpan(r); e=eui(r)
    data=f'{{"mpan":"{m}","chf":"{e}"}}'.encode()
    c.S("mpan",m,shown=m[:4],cls="hexdump-xxd",check=False); c.S("eui",e,shown=e[:4],cls="hexdump-xxd",check=False)
    L=[]
    for i in range(0,len(data),16):
        ch=data[i:i+16]; hx=" ".join(ch[j:j+2].hex() for j in range(0,len(ch),2))
        L.append(f"{i:08x}: {hx:<40}  {''.join(chr(b) if 32<=b<127 else '.' for b in ch)}")
    return f"$ xxd {c.K('frame_'+dg(r,4)+'.bin')}\n"+"\n".join(L)+"\n"

@genre("large_app_log","log",2)
def biglog(c,r):
    L=[]
    for i in range(6000):
        t=ts(r); lvl=r.choice(["INFO","INFO","INFO","DEBUG","WARN"])
        if i%500==250:
            A=c.address(); P=c.person(); L.append(f"{t} {lvl} [crm] customer address {c.S('address',A.line1,tokens=A.tokens,cls='log-address')}, {A.city}, {c.S('postcode',A.pc)} owner={c.S('name',P.full)}")
        elif i%500==100: L.append(f"{t} {lvl} [mdr] read ok mpan={c.S('mpan',mpan(r))} meter={c.S('eserial',eserial(r))}")
        elif i%500==400: L.append(f"{t} {lvl} [gas] Gas meter: {c.S('gserial',gserial(r),cls='gas-label')} mprn={c.S('mprn',mprn(r))}")
        else: L.append(f"{t} {lvl} [{r.choice(['dip','mdr','css','vend'])}] msg={r.choice(['IF-031','IF-021','D0010','SRV 4.1.1'])} id={guid(r)} took={r.randint(1,900)}ms epoch={epoch_ms(r)}")
    c.K(L[0].split(" id=")[-1].split(" ")[0]) if " id=" in L[0] else None
    return "\n".join(L)+"\n"

@genre("sap_isu_screen","txt",3,enc=["cp1252","utf-8"])
def sapisu(c,r):
    P=c.person(); A=c.address()
    return (f"Display Installation: {c.K(dg(r,10))}\n----------------------------------------------------------\nPremise           {c.K(dg(r,10))}  {c.S('address',A.line1,tokens=A.tokens)} / {A.city}\n"
            f"PoD (ext.)        {c.S('mpan',mpan(r),cls='label-unusual')}\nBusiness Partner  {c.K(dg(r,10))}  {c.S('name',P.last+', '+P.first,tokens=[P.first,P.last])}\nPostal code       {c.S('postcode',A.pc)}\nDevice            {c.S('eserial',eserial(r))}\nRate category     {c.K('E_DOM_STD')}\n")
