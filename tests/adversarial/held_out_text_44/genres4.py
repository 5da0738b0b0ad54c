from lib import *
NBSP='\u00a0'
from genres1 import genre, G
import json

@genre("js_fixture","js",5)
def jsfix(c,r):
    P=c.person(); A=c.address(); m=mpan(r); e=eui(r)
    k=r.randint(0,1)
    if k==0: mexpr=f"'{m[:6]}' + '{m[6:]}'"; c.S("mpan",m,shown=mexpr,cls="string-concat")
    else: mexpr=f"`${{'{m[:2]}'}}{m[2:]}`"; c.S("mpan",m,shown=mexpr,cls="template-literal")
    return (f"// {c.K(tcref(r))} - CoS gain happy path\nimport {{ buildIf031 }} from '../src/builders';\n\nconst FIXTURE = {{\n  mpan: {mexpr},\n"
            f"  device: '{c.S('eui',eui_fmt(e,'-'))}',\n  customer: {{ name: '{c.S('name',P.full)}', tel: '{c.S('phone',P.mobile)}' }},\n"
            f"  address: ['{c.S('address',A.line1,tokens=A.tokens)}', '{A.city}', '{c.S('postcode',A.pc)}'],\n  correlationId: '{c.K(guid(r))}',\n}};\n\n"
            f"describe('IF-031', () => {{\n  it('builds the payload', () => {{\n    const msg = buildIf031(FIXTURE);\n    expect(msg.header.messageType).toBe('{c.K('IF-031')}');\n"
            f"    expect(msg.body.serial).toEqual('{c.S('eserial',eserial(r))}');\n  }});\n}});\n")

@genre("py_fixture","py",5)
def pyfix(c,r):
    P=c.person(); A=c.address(); m=mpan(r); mp=mprn(r)
    mexpr=f"\"{m[:2]}\" \"{m[2:8]}\"\n    \"{m[8:]}\""
    c.S("mpan",m,shown=mexpr,cls="implicit-concat")
    return (f"import pytest\n\n# {c.K(tcref(r))}\nMPAN = (\n    {mexpr}\n)\nMPRN = int(\"{c.S('mprn',mp)}\")\nSERIAL = \"{c.S('eserial',eserial(r))}\"\n\n"
            f"@pytest.fixture\ndef customer():\n    return dict(name=\"{c.S('name',P.full)}\", email=\"{c.S('email',P.email)}\",\n                address=(\"{c.S('address',A.line1,tokens=A.tokens)}\", \"{A.city}\", \"{c.S('postcode',A.pc)}\"))\n\n"
            f"def test_reading_roundtrip(customer):\n    assert submit(MPAN, reading={c.K(reading(r))}).status == \"{c.K('ACCEPTED')}\"\n")

@genre("csharp_fixture","cs",5)
def csfix(c,r):
    P=c.person(); A=c.address(); m=mpan(r); g=gserial(r)
    ms=f"\"{m[:4]}\" + \"{m[4:9]}\" + \"{m[9:]}\""; c.S("mpan",m,shown=ms,cls="string-concat")
    return (f"using Xunit;\n\nnamespace Energy.Tests\n{{\n    // {c.K(tcref(r))}\n    public class GasExchangeTests\n    {{\n        private const string Mpan = {ms};\n"
            f"        private static readonly Customer Cust = new Customer {{ Name = @\"{c.S('name',P.full)}\", Line1 = \"{c.S('address',A.line1,tokens=A.tokens)}\", Postcode = \"{c.S('postcode',A.pc)}\" }};\n\n"
            f"        [Fact]\n        public void OldMeterIsRemoved()\n        {{\n            var job = Builder.Exchange(oldSerial: \"{c.S('gserial',g)}\", newSerial: \"{c.S('gserial',gserial(r))}\");\n"
            f"            Assert.Equal(\"{c.K('REMOVED')}\", job.OldMeterState);\n            Assert.Equal(Guid.Parse(\"{c.K(guid(r))}\"), job.Id);\n        }}\n    }}\n}}\n")

@genre("minified_json","json",5)
def minjson(c,r):
    items=[]
    for i in range(r.randint(20,60)):
        d={"id":guid(r),"ts":epoch_ms(r),"type":r.choice(["READ","VEND","ALERT"]),"v":r.randint(0,99999)}
        if i%9==4: P=c.person(); A=c.address(); d.update({"mpan":c.S("mpan",mpan(r)),"addr":c.S("address",A.line1,tokens=A.tokens)+", "+A.city,"pc":c.S("postcode",A.pc),"nm":c.S("name",P.full)})
        if i%9==7: d.update({"dev":c.S("eui",eui(r)),"sts":c.K(sts(r))})
        items.append(d)
    c.K(items[0]["id"]); c.K(str(items[1]["ts"]))
    return json.dumps({"page":1,"items":items},separators=(",",":"))

@genre("word_pdf_paste","txt",6)
def wordpaste(c,r):
    P=c.person(); A=c.address(); m=mpan(r); sr=eserial(r)
    lig=P.last.replace("ff","\ufb00").replace("fi","\ufb01").replace("fl","\ufb02")
    nm=f"{P.first} {lig}"
    c.S("name",P.full,shown=nm,cls="ligature" if lig!=P.last else "plain")
    shy=A.line1
    w=A.sw; 
    if len(w)>6: shy=A.line1.replace(w,w[:3]+"\u00ad"+w[3:])
    c.S("address",A.line1,shown=shy,tokens=A.tokens,cls="soft-hyphen")
    ms=m[:4]+"\u00ad"+m[4:9]+"-\n"+m[9:]
    c.S("mpan",m,shown=ms,cls="hyphen-linebreak")
    return (f"Dear {P.title} {lig},\n\nYour supply at {shy}, {A.city}, {c.S('postcode',A.pc.replace(' ',NBSP),cls='nbsp')}\nwill be trans\u00adferred on {c.K(ukday(r))}. Your elec\u00adtricity supply number (MPAN) is {ms} and\n"
            f"your meter serial num\u00adber is {c.S('eserial',sr)}.\n\nIf you have any ques\u00adtions call us on {c.K('0800 000 0000')} quoting ref\u00aderence {c.K('CSS-'+dg(r,8))}.\n\nYours sin\u00adcerely\n\n\ufb01eld services team\n")

@genre("css_switch","json",6)
def css(c,r):
    m=mpan(r); mp=mprn(r); A=c.address()
    rmp=c.S("mpan",m,cls="rmp-field")
    d={"messageHeader":{"messageId":c.K(guid(r)),"messageType":c.K("RegistrationRequest"),"sourceId":c.K(f"SUP{r.randint(100,999)}"),"createdDateTime":c.K(ts(r))},
       "registrationRequest":{"registrationId":c.K(str(r.randint(10**9,10**10-1))),"switchType":"CoS","rmpIdentifier":rmp,"marketSegment":"E","requestedSupplyStartDate":c.K(day(r)),
       "meteringPoint":{"rmpId":rmp,"gasRmp":{"mprn":c.S("mprn",mp,cls="rmp-field")},"addressLine1":c.S("address",A.line1,tokens=A.tokens),"postCode":c.S("postcode",A.pc)},
       "objectionWindowHours":int(c.K("48"))}}
    return json.dumps(d,indent=2)

@genre("psr_record","txt",6)
def psr(c,r):
    P=c.person(); A=c.address(); P2=c.person()
    return (f"PRIORITY SERVICES REGISTER - RECORD\nRecord ID ........ {c.K('PSR'+dg(r,7))}\nCustomer ......... {c.S('name',P.title+' '+P.full,tokens=[P.first,P.last])}\n"
            f"Property ......... {c.S('address',A.line1,tokens=A.tokens)}\n                   {A.loc}\n                   {A.city}\n                   {c.S('postcode',A.pc)}\n"
            f"Needs ............ {c.K('07 Chronic/serious illness')}; {c.K('19 Unable to answer door')}\nPassword scheme .. Y\nNominee .......... {c.S('name',P2.full)} (daughter) tel {c.S('phone',P2.mobile)}\n"
            f"Elec MPAN ........ {c.S('mpan',mpan(r))}\nGas MPRN ......... {c.S('mprn',mprn(r))}\nShared with DNO .. {c.K(day(r))}\nNotes: carer visits am, call {c.S('phone',P.land)} after 2pm.\n")

@genre("jobsheet_exchange","txt",7)
def jobsheet(c,r):
    P=c.person(); A=c.address(); o=eserial(r); n=eserial(r); go=gserial(r); gn=gserial(r); m=mpan(r)
    return (f"FIELD JOB SHEET                      Job No: {c.K('FJ'+dg(r,7))}\nJob type: {c.K('SMETS2 dual fuel exchange')}   Date: {c.K(ukday(r))}\n"
            f"Customer: {c.S('name',P.full)}     Tel: {c.S('phone',P.mobile)}\nSite: {c.S('address',A.line1,tokens=A.tokens,cls='site-label')}, {A.city} {c.S('postcode',A.pc)}\n\n"
            f"ELECTRICITY  MPAN {c.S('mpan',m)}\n  Removed meter: {c.S('eserial',o)}   final read {c.K(reading(r))}\n  Installed   : {c.S('eserial',n)}   initial read 00000\n"
            f"GAS\n  Old gas meter: {c.S('gserial',go,cls='gas-label')}  final {c.K(reading(r))} m3\n  New GSME     : {c.S('gserial',gn)}  initial 00000.000\n"
            f"COMMS HUB   {c.S('eui',eui(r))}   ESME {c.S('eui',eui_fmt(eui(r),' '),cls='space-sep')}\nIHD paired  YES   PPMID n/a\n\nEngineer notes: meter box lock broken, dog on site. Customer signed.\n")

@genre("vend_log","log",6)
def vend(c,r):
    L=["timestamp,txn_id,meter,mprn_or_mpan,amount,token,result"]
    for i in range(r.randint(5,9)):
        t=sts(r); k=i%3
        if k==0: ident=c.S("mpan",mpan(r))
        elif k==1: ident=c.S("mprn",mprn(r))
        else: ident=""
        met=c.S("eserial",eserial(r)) if k!=1 else c.S("gserial",gserial(r))
        L.append(f"{c.K(ts(r))},{c.K('TX'+dg(r,10))},{met},{ident},{c.K(amount(r))},{c.K(sts_sp(t) if i%2 else t)},{c.K('OK') if i==0 else 'OK'}")
    return "\n".join(L)+"\n"

@genre("ecoes_paste","txt",6)
def ecoes(c,r):
    A=c.address(); m=mpan(r); pc,mt,ll=topline(r); sr=eserial(r)
    return (f"ECOES - MPAN Details\n\nMPAN Core\t{c.S('mpan',m)}\nAddress\t{c.S('address',A.line1.upper(),tokens=A.tokens,cls='upper')}\n\t{A.loc.upper()}\n\t{A.city.upper()}\nPostcode\t{c.S('postcode',A.pc)}\n"
            f"Profile Class\t{pc}\n{c.K('Meter Timeswitch Code'+chr(9)+mt)}\n{c.K('Line Loss Factor Class'+chr(9)+ll)}\nEnergisation Status\tE\n{c.K('GSP Group'+chr(9)+'_'+r.choice('ABCDEFGHJKLMNP'))}\n"
            f"Meter Serial Number\t{c.S('eserial',sr)}\nMeter Type\t{c.K('S2AD')}\nSupplier\t{c.K('SUPX')}  EFD {c.K(ukday(r))}\nSmart Meter Status\tActive\n\nDES - Gas\nMPRN\t{c.S('mprn',mprn(r))}\nMeter Serial\t{c.S('gserial',gserial(r))}\n")

@genre("elexon_dflows","txt",8,enc=["ascii","cp1252"])
def dflows(c,r):
    k=r.randint(0,2); m=mpan(r); sr=eserial(r)
    fid=c.K(f"ZHV|{r.choice(['D0150001','D0268001','D0086001'])}".split("|")[1])
    hdr=f"ZHV|{c.K(dg(r,10))}|{fid}|M|MOPX|X|SUPX|{c.K(day(r).replace('-','')+'093000')}||||OPER|"
    if k==0:
        body=f"288|{c.S('mpan',m)}|{c.K(day(r).replace('-',''))}|\n289|{c.S('eserial',sr)}|{c.K('H')}|N|845|\n290|01|{c.K('00001')}|1.0|\n"
    elif k==1:
        body=f"040|{c.S('mpan',m)}|\n041|{c.S('eserial',sr)}|{c.K(day(r).replace('-',''))}|\n042|1|{c.K('00043')}|KWH|\n"
    else:
        body=f"026|{c.S('mpan',m)}|V|\n028|{c.S('eserial',sr)}|C|\n030|S|{c.K(day(r).replace('-','')+'000000')}|{c.K(reading(r))}.0|||T|N|\n"
    return hdr+"\n"+body+f"ZPT|{c.K(dg(r,10))}|{r.randint(3,9)}||1|{c.K(day(r).replace('-','')+'093001')}|\n"

@genre("ombudsman_notes","txt",7)
def ombud(c,r):
    P=c.person(); A=c.address(); m=mpan(r)
    return (f"Case {c.K('OMB-'+dg(r,7))} - Stage 2 complaint - deadlock letter issued {c.K(ukday(r))}\n\n"
            f"{ukday(r)} 11:02 (AK): Mrs {c.S('name',P.last,tokens=[P.last])} called again re back-billing. Says she has lived at {c.S('address',A.line1,tokens=A.tokens,cls='prose')} since 2019 and never\nhad a bill for the old meter. Wants compensation {c.K(amount(r))}.\n"
            f"{ukday(r)} 15:40 (RJ): checked ECOES - supply {c.S('mpan',mpan_sp(m))} shows us registered since {c.K(ukday(r))}. Her son ({c.S('name',r.choice(FIRST)+' '+P.last)}) is now the account contact,\n"
            f"e-mail {c.S('email',P.email)}.\n{ukday(r)} 09:15 (AK): Ombudsman ref {c.K('EO/'+dg(r,6)+'/26')} received; remedy {c.K(amount(r))} + apology. Postcode for the goodwill cheque {c.S('postcode',A.pc)}.\n")

@genre("debt_letter","txt",6,enc=["cp1252","utf-8"])
def debt(c,r):
    P=c.person(); A=c.address()
    return (f"{c.S('name',P.title+' '+P.full,tokens=[P.first,P.last])}\n{c.S('address',A.line1,tokens=A.tokens)}\n{A.loc}\n{A.city}\n{c.S('postcode',A.pc)}\n\n{c.K(ukday(r))}\n\n"
            f"Our reference: {c.K('DR/'+dg(r,8))}\n\nDear {P.title} {P.last},\n\nYOUR ACCOUNT IS IN ARREARS - {c.K(amount(r))}\n\nWe wrote to you on {c.K(ukday(r))} about the balance on your electricity account for the supply\n"
            f"at the address above (MPAN {c.S('mpan',mpan(r))}). If we do not hear from you within 14 days we may apply for a warrant to fit a prepayment meter.\n"
            f"Please call us on {c.K('0345 000 1234')} or reply to {c.K('collections@example-energy.co.uk')}.\n\nYours sincerely\n\nCollections Team\n")

@genre("smart_install_notes","txt",7)
def install(c,r):
    P=c.person(); A=c.address(); e1,e2,e3,e4=eui(r),eui(r),eui(r),eui(r)
    f=[lambda e:eui_fmt(e,'-'),lambda e:e.lower(),lambda e:eui_fmt(e,':').lower(),lambda e:"0x"+e.lower(),lambda e:".".join(e[i:i+4] for i in range(0,16,4)),lambda e:eui_fmt(e,' ')]
    def E(e,lbl):
        g=r.choice(f); return c.S("eui",e,shown=g(e),cls="eui-format")
    return (f"Install notes {c.K(ukday(r))} - {c.S('address',A.line1,tokens=A.tokens,cls='notes')} ({c.S('postcode',A.pc)})\n"
            f"- CH {E(e1,'ch')} installed under stairs, signal -{r.randint(60,95)}dBm, {c.K('SM WAN')} ok after 4 mins\n- ESME {E(e2,'esme')} commissioned, MPAN {c.S('mpan',mpan(r))}\n"
            f"- GSME {E(e3,'gsme')} joined, gas mtr {c.S('gserial',gserial(r).lower(),cls='case')}\n- IHD {E(e4,'ihd')} paired on 2nd attempt, install code {c.K(''.join(r.choice('0123456789ABCDEF') for _ in range(32)))}\n"
            f"- {c.S('name',P.first,tokens=[P.first])} shown how to use IHD, leaflet left. Her number {c.S('phone',P.mobile.replace(' ',''))}\n")
