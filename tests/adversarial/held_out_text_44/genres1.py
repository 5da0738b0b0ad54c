from lib import *
import json, textwrap
G={}
def genre(name,ext,n=6,enc=None,eol=None):
    def d(f): G[name]=(f,ext,n,enc,eol); return f
    return d

@genre("eml_multipart","eml",8,enc=["ascii"],eol=["\r\n"])
def eml(c,r):
    P=c.person(); A=c.address(); m=mpan(r); ms=c.sreg("mpan",m); sr=eserial(r); c.sreg("eserial",sr)
    tc=c.K(tcref(r)); ref=c.K(mpanref(r)); dt=c.K(day(r)); job=f"JOB-{dg(r,6)}"
    subj_plain=f"Re: Site visit {P.first} {P.last} - {job}"
    if r.random()<0.5: subj=email_header_b64(subj_plain)
    else: subj=email_header_q(subj_plain)
    c.S("name",P.full,shown=subj,cls="encoded-word",check=False)
    fromh=email_header_q(f"{P.first} {P.last}")
    c.S("email",P.email,cls="header"); 
    plain=(f"Hi team,\n\nFollowing the visit on {dt} for {tc} ({ref}), the customer {P.title} {P.last} confirmed the meter\n"
           f"serial {sr} at {A.line1}, {A.loc}, {A.city} {A.pc}. The MPAN on the bill was {mpan_sp(m)}.\n"
           f"Call back on {P.mobile} if the engineer needs access.\n\nThanks\nField Ops\n")
    c.S("name",P.last,cls="qp-body",check=False); c.S("address",A.line1,tokens=A.tokens,cls="qp-body",check=False); c.S("postcode",A.pc,cls="qp-body",check=False)
    c.S("phone",P.mobile,cls="qp-body",check=False)
    qp=quopri.encodestring(plain.replace("\n","\r\n").encode("utf-8").replace(b"  ",b"  ")).decode()
    # force a soft line break inside the MPAN line sometimes
    html=(f"<html><body><p>Hi team,</p><p>Visit {dt} &ndash; {tc}.</p><table><tr><td>Customer</td><td>{P.title}&nbsp;{P.first} {P.last}</td></tr>"
          f"<tr><td>Address</td><td>{A.line1}<br>{A.loc}<br>{A.city}<br>{A.pc.replace(' ','&nbsp;')}</td></tr><tr><td>MPAN</td><td><b>{m[:2]}</b> {m[2:6]} {m[6:10]} {m[10:]}</td></tr>"
          f"<tr><td>Serial</td><td>{sr}</td></tr></table></body></html>")
    c.S("mpan",m,cls="b64-body",check=False); c.S("eserial",sr,cls="b64-body",check=False)
    hb="\r\n".join(textwrap.wrap(b64(html),76))
    bnd="----=_Part_"+dg(r,6)+"_"+dg(r,9)+"."+c.K(epoch_ms(r))
    mid=c.K(f"<{guid(r)}@mail.example-energy.co.uk>")
    return (f"Return-Path: <{P.email}>\nMessage-ID: {mid}\nDate: Wed, 04 Nov 2026 10:{r.randint(10,59)}:0{r.randint(0,9)} +0000\n"
            f"From: {fromh} <{P.email}>\nTo: field-ops@example-energy.co.uk\nSubject: {subj}\nMIME-Version: 1.0\n"
            f"Content-Type: multipart/alternative; boundary=\"{bnd}\"\n\n--{bnd}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
            f"{qp}\n--{bnd}\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n{hb}\n--{bnd}--\n")
def email_header_b64(s): return "=?utf-8?B?"+b64(s)+"?="
def email_header_q(s):
    return "=?utf-8?Q?"+"".join(ch if ch.isalnum() else ("_" if ch==" " else f"={ord(ch):02X}") for ch in s)+"?="

@genre("ics_invite","ics",6,eol=["\r\n"])
def ics(c,r):
    P=c.person(); A=c.address(); m=mpan(r); e=eui(r)
    uid=c.K(guid(r)); tc=c.K(tcref(r))
    loc=f"{A.line1}\\, {A.loc}\\, {A.city} {A.pc}"
    c.S("address",A.line1,tokens=A.tokens,cls="ics-escaped",shown=A.line1.replace(",","\\,")); c.S("postcode",A.pc)
    desc=f"Smart install {tc}. Customer {P.full} ({P.mobile}). ESME {eui_fmt(e,'-')}. MPAN {m}. Park on drive."
    c.S("name",P.full,check=False); c.S("phone",P.mobile,check=False); c.S("eui",e,check=False); c.S("mpan",m,check=False)
    # fold at 75 octets
    line="DESCRIPTION:"+desc; folded="\n ".join(line[i:i+74] for i in range(0,len(line),74))
    c.S("name",P.full,shown=P.full,cls="ics-fold",check=False)
    return (f"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
            f"UID:{uid}\nDTSTAMP:20261104T091500Z\nDTSTART;TZID=GMT Standard Time:20261112T080000\nDTEND;TZID=GMT Standard Time:20261112T120000\n"
            f"SUMMARY:{c.K('AM slot')} - smart meter exchange - {tc}\nLOCATION:{loc}\n{folded}\n"
            f"ATTENDEE;CN=\"{P.full}\";ROLE=OPT-PARTICIPANT;RSVP=FALSE:mailto:{c.S('email',P.email)}\n"
            f"ORGANIZER;CN=Scheduling:mailto:scheduling@example-energy.co.uk\nX-MICROSOFT-CDO-BUSYSTATUS:BUSY\nSEQUENCE:{r.randint(0,3)}\nEND:VEVENT\nEND:VCALENDAR\n")

@genre("vcard","vcf",6,eol=["\r\n"])
def vcf(c,r):
    P=c.person(); A=c.address()
    c.S("name",P.full,check=False); c.S("name",f"{P.last};{P.first}",shown=f"{P.last};{P.first}",tokens=[P.first,P.last])
    l1=A.line1.replace(',','\\,'); adr=f"ADR;TYPE=HOME:;;{l1};{A.loc};{A.city};;{A.pc};United Kingdom"
    c.S("address",A.line1,tokens=A.tokens,check=False); c.S("postcode",A.pc)
    note=f"NOTE:PSR - {c.K('Code 19')} (hearing). Gas MPRN {c.S('mprn',mprn(r))}. Prefers text."
    return (f"BEGIN:VCARD\nVERSION:3.0\nN:{P.last};{P.first};;{P.title};\nFN:{P.full}\n{adr}\nTEL;TYPE=CELL:{c.S('phone',P.mobile)}\n"
            f"TEL;TYPE=HOME:{c.S('phone',P.land.replace(' ',''),cls='nospace')}\nEMAIL;TYPE=INTERNET:{c.S('email',P.email)}\n{note}\n"
            f"REV:{c.K(ts(r,ms=False).replace('-','').replace(':',''))}\nUID:urn:uuid:{c.K(guid(r))}\nEND:VCARD\n")

@genre("outlook_fwd_chain","txt",8)
def fwd(c,r):
    P=c.person(); A=c.address(); m=mpan(r); g=gserial(r); mp=mprn(r)
    tc=c.K(tcref(r)); inc=c.K(incid(r))
    q1=r.choice(["> ","| ",">> "])
    c.S("address",A.line1,tokens=A.tokens); c.S("postcode",A.pc); c.S("name",P.full)
    msp=mpan_sp(m); k=r.randint(5,10)
    split=msp[:k]+"\n"+q1+msp[k:]
    c.S("mpan",m,shown=split,cls="quote-split")
    c.S("gserial",g,cls="prose"); c.S("mprn",mp,cls="prose")
    return (f"From: Service Desk <servicedesk@example-energy.co.uk>\nSent: {r.randint(1,28)} November 2026 14:{r.randint(10,59)}\nTo: Test Team\nSubject: FW: {inc} - {tc} failed\n\n"
            f"Can someone look at this before the {c.K('UIT')} window closes?\n\n"
            f"________________________________\nFrom: {P.full}\nSent: Tuesday, 3 November 2026 09:12\nSubject: RE: {inc}\n\n"
            f"{q1}Hi, I'm still waiting. My address is {A.line1}, {A.city}, {A.pc}.\n{q1}The MPAN on my statement is {split} and\n"
            f"{q1}the gas one I think is {mp} - the gas meter number is {g}.\n{q1}\n{q1}-----Original Message-----\n"
            f"{q1}{q1.strip()}> Status: {c.K('Awaiting Customer')}\n{q1}{q1.strip()}> Ref {inc}\n")

@genre("zendesk_json","json",6)
def zendesk(c,r):
    P=c.person(); A=c.address(); m=mpan(r); e=eui(r)
    body=f"Customer {P.full} says IHD not pairing. ESME {eui_fmt(e,':')} at {A.line1}, {A.pc}. MPAN {m}"
    for k,v,t in [("name",P.full,None),("eui",e,None),("address",A.line1,A.tokens),("postcode",A.pc,None),("mpan",m,None)]: c.S(k,v,tokens=t,check=False)
    d={"ticket":{"id":int(c.K(str(r.randint(100000,999999)))),"external_id":c.K(guid(r)),"subject":f"IHD pairing failure - {c.K(tcref(r))}",
       "description":body,"requester":{"name":P.full,"email":c.S("email",P.email)},"custom_fields":[{"id":360012345678,"value":m},{"id":360098765432,"value":c.K("smets2_install")},{"id":360011112222,"value":A.pc}],
       "tags":["ihd",c.K("pairing_failure"),"ops_l2"],"created_at":c.K(ts(r,ms=False)),"via":{"channel":"web"},"comments":[{"author_id":c.K(str(r.randint(10**11,10**12-1))),"body":f"Called {P.mobile}, no answer","public":False}]}}
    c.S("phone",P.mobile,check=False)
    return json.dumps(d,indent=2,ensure_ascii=r.random()<0.5)

@genre("freshdesk_csv","csv",5,enc=["cp1252","utf-8-sig"],eol=["\r\n"])
def freshdesk(c,r):
    rows=["Ticket ID,Subject,Status,Priority,Contact,Contact Email,Phone,Created time,Description"]
    for i in range(r.randint(3,6)):
        P=c.person(); A=c.address(); sr=eserial(r)
        tid=c.K(str(r.randint(40000,99999)))
        desc=f"\"Meter {sr} reading {reading(r)} disputed; lives at {A.line1}, {A.city} {A.pc}\""
        c.S("eserial",sr,check=False); c.S("address",A.line1,tokens=A.tokens,check=False); c.S("postcode",A.pc,check=False)
        rows.append(f"{tid},Billing dispute,{c.K('Pending') if i==0 else 'Open'},Medium,{c.S('name',P.full)},{c.S('email',P.email)},{c.S('phone',P.land)},{c.K(ukday(r)+' 10:0'+str(i))},{desc}")
    return "\n".join(rows)+"\n"
