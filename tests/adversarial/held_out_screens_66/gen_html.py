import sys; sys.path.insert(0,'/tmp/ho41/screens/gen')
from lib import *
import shutil
TH={'light':dict(bg='#f4f6f9',fg='#1d2330',card='#fff',bd='#c9d1dc',mut='#5b6577',acc='#0b5fff'),
    'dark':dict(bg='#15181e',fg='#e4e8ef',card='#1f242d',bd='#3a4250',mut='#9aa4b5',acc='#5aa0ff')}
def css(t,font="'Liberation Sans'",size=14):
    c=TH[t]; return f"""<style>body{{margin:0;background:{c['bg']};color:{c['fg']};font:{size}px {font}}}
.card{{background:{c['card']};border:1px solid {c['bd']};border-radius:6px;padding:12px 16px;margin:10px}}
.mut{{color:{c['mut']}}} table{{border-collapse:collapse}} td,th{{border:1px solid {c['bd']};padding:4px 8px;text-align:left}}
.sbox td{{border:1.5px solid {c['fg']};font:13px 'Liberation Mono';padding:2px 6px}} .S{{font:bold 30px 'Liberation Sans';padding:0 10px}}
</style>"""
def out(name,html,w,h,dpr=1.0,meta=None,transparent=False):
    p,items=chromium(name,html,w,h,dpr,transparent)
    shutil.copy(p,f'{CORPUS}/{name}.png')
    save_truth(name+'.png',items,toolkit='chromium',scale=dpr,**(meta or {}))
    print(name,len(items))
# A broker tender comparison
def pageA(v,t):
    top,core=v.mpan(); top2,core2=v.mpan(); nm=v.name(); mprn=v.mprn()
    sb=f"""<table class="sbox"><tr><td rowspan=2 class="S">S</td><td colspan=3>{I('mpan_top',top,'sbox-top',f'{top[:2]}&nbsp;&nbsp;{top[2:5]}&nbsp;&nbsp;{top[5:]}')}</td></tr>
<tr><td colspan=3>{I('mpan_core',core,'sbox-core',f'{core[:2]}&nbsp;{core[2:6]}&nbsp;{core[6:10]}&nbsp;{core[10:]}')}</td></tr></table>"""
    return f"""<html><head>{css(t)}</head><body><div style="background:{TH[t]['acc']};color:#fff;padding:10px 16px;font-size:18px">Northgate Energy Brokers &mdash; {K('Tender comparison TND-2026-0417')}</div>
<div style="display:flex"><div class="card" style="width:380px"><div class="mut">{K('Customer')}</div><div style="font-size:16px">{I('name',nm,'name')}</div>
<div>{I('address',v.street(),'street')}, {v.town()} {I('postcode',v.pc(),'postcode')}</div><br><div class="mut">{K('Electricity supply number')}</div>{sb}
<br><div class="mut">{K('Gas supply point')}</div><div style="font-size:15px">{I('mprn',mprn,'label-field')}</div></div>
<div class="card" style="flex:1"><table><tr><th>{K('Supplier')}</th><th>{K('Unit rate')}</th><th>{K('Standing')}</th><th>{K('Annual cost')}</th><th>{K('Quote ref')}</th></tr>
<tr><td>{K('Brightwell Power')}</td><td>{K('24.81p/kWh')}</td><td>{K('61.20p/day')}</td><td>{K('£14,382.56')}</td><td>{K('Q-77812')}</td></tr>
<tr><td>{K('Celyn Energy')}</td><td>{K('23.97p/kWh')}</td><td>{K('58.75p/day')}</td><td>{K('£13,944.10')}</td><td>{K('Q-77813')}</td></tr>
<tr><td>{K('Harbour Utilities')}</td><td>{K('25.10p/kWh')}</td><td>{K('49.00p/day')}</td><td>{K('£14,501.33')}</td><td>{K('Q-77814')}</td></tr></table>
<p class="mut">{K('Contract start 01/04/2027')} &middot; {K('MPAN-REF-07')} &middot; {K('Valid until 19/12/2026')}</p>
<div style="width:210px;border-left:3px solid {TH[t]['acc']};padding-left:8px">Broker note: landlord sub-meter on {I('mpan_core',spaced_core(core2),'wrapped',spaced_core(core2))} to be quoted separately.</div></div></div></body></html>"""
# B developer portal JSON, per-group colours, letter-spacing, selection
def pageB(v,t):
    top,core=v.mpan(); e=v.eui(); g=v.gserial(); m=v.mprn()
    cols=['#ff7b72','#79c0ff','#d2a8ff','#7ee787']
    grp=''.join(f'<span style="color:{cols[i]}">{p}</span>' for i,p in enumerate([core[:2],core[2:6],core[6:10],core[10:]]))
    bg='#0d1117' if t=='dark' else '#f6f8fa'; fg='#c9d1d9' if t=='dark' else '#24292f'
    return f"""<html><head>{css(t)}</head><body><div class="card"><b>{K('GET /v2/supply-points/lookup')}</b> <span class="mut">{K('200 OK')} &middot; {K('312 ms')} &middot; {K('x-request-id: 5f0c9e2a-41b7')}</span></div>
<pre style="background:{bg};color:{fg};font:14px 'DejaVu Sans Mono';padding:14px;margin:10px;border-radius:6px">{{
  "mpanCore": "{I('mpan_core',core,'syntax-groups',grp)}",
  "profileClass": "{K(top[:2])}", "mtc": "{K(top[2:5])}",
  "chfDeviceId": "{I('eui64',e,'dash',e)}",
  "gasMeterSerial": "{I('gserial',g.lower(),'lowercase',g.lower())}",
  "mprn": "<mark style="background:#2f6fed;color:#fff">{I('mprn',m,'selected',m)}</mark>",
  "lastRead": "{K('2026-11-28T06:30:00Z')}",
  "messageId": "{K('DCC-MSG-00041877')}"
}}</pre>
<div class="card">Copy to clipboard: <span style="letter-spacing:0.5em;font:15px 'Liberation Mono'">{I('mpan_core',v.mpan()[1],'letter-spacing-0.5em')}</span></div></body></html>"""
# C reconciliation report zebra + pills
def pageC(v,t):
    rows=''
    fills=['#e8f5e9','#fff8e1','#ffebee'] if t=='light' else ['#1f3a24','#3d3417','#4a1f24']
    for i in range(9):
        top,core=v.mpan(); g=v.gserial(); e=eui_fmt(v.eui(),'dot'); m=v.mprn()
        st=['MATCH','CHECK','BREAK'][i%3]; z='background:'+(TH[t]['card'] if i%2 else ('#eef1f5' if t=='light' else '#262b34'))
        pill=['#2e7d32','#f9a825','#c62828'][i%3]
        sg=g[:3]+' '+g[3:7]+' '+g[7:11]+' '+g[11:]
        rows+=f"""<tr style="{z}"><td>{K(str(1040+i))}</td><td>{I('mpan_core',core,'plain')}</td><td style="background:{fills[i%3]}">{I('mprn',m,'cond-fill')}</td><td>{I('gserial',sg,'spaced')}</td><td>{I('eui64',e,'dotted')}</td>
<td><span style="background:{pill};color:#fff;border-radius:10px;padding:1px 8px;font-size:12px">{K(st)}</span></td><td>{K('£%d.%02d'%(100+i*37,i*11))}</td></tr>"""
    return f"""<html><head>{css(t,size=13)}</head><body><div class="card"><b>{K('Migration wave 6 reconciliation')}</b> &nbsp;<span class="mut">{K('Run R-2026-1128-03')} &middot; {K('generated 28/11/2026 07:14')}</span>
<div style="margin:8px 0;background:#ccc;width:520px;height:20px;border-radius:10px;position:relative"><div style="background:#2e7d32;width:78%;height:20px;border-radius:10px;color:#fff;font-size:12px;line-height:20px;padding-left:10px">Loading {I('mpan_core',v.mpan()[1],'in-progress-bar')} &hellip; 78%</div></div>
<table><tr><th>{K('Row')}</th><th>{K('MPAN core')}</th><th>{K('MPRN')}</th><th>{K('Gas meter serial')}</th><th>{K('CHF device')}</th><th>{K('Status')}</th><th>{K('Balance')}</th></tr>{rows}</table></div></body></html>"""
# D sequence diagram
def pageD(v,t):
    top,core=v.mpan(); e=v.eui(); e2=v.eui()
    lanes=['Supplier','DCC DSP','CHF','ESME']; xs=[120,420,720,1020]
    h=''.join(f'<div style="position:absolute;left:{x-60}px;top:20px;width:120px;text-align:center;border:1px solid {TH[t]["bd"]};padding:6px;background:{TH[t]["card"]}">{K(l)}</div><div style="position:absolute;left:{x}px;top:56px;width:1px;height:560px;background:{TH[t]["bd"]}"></div>' for l,x in zip(lanes,xs))
    def arr(y,a,b,label):
        x0,x1=sorted([xs[a],xs[b]]);
        return f'<div style="position:absolute;left:{x0}px;top:{y}px;width:{x1-x0}px;border-top:2px solid {TH[t]["acc"]}"></div><div style="position:absolute;left:{x0+12}px;top:{y-20}px;font-size:13px">{label}</div>'
    h+=arr(110,0,1,f"{K('SRV 4.1.1')} read profile &middot; MPAN {I('mpan_core',core,'arrow-label')}")
    h+=arr(190,1,2,f"{K('GBCS 0x0019')} to {I('eui64',eui_fmt(e,'colon'),'colon')}")
    h+=arr(270,2,3,f"ZCL read {K('req 7741')} dev {I('eui64',eui_fmt(e2,'plain'),'plain')}")
    h+=arr(350,1,0,f"{K('DUIS response 0x0002')} {K('2026-11-30 10:02:11')}")
    h+=arr(430,0,1,f"{K('SRV 6.15.1')} {I('mprn',v.mprn(),'arrow-label')}")
    return f'<html><head>{css(t)}</head><body><div style="position:relative;width:1200px;height:640px">{h}</div></body></html>'
# E android
def pageE(v,t):
    s=v.eserial(); pc=v.pc(); m=v.mprn(); nm=v.name(); ph=v.phone()
    n=lambda app,title,body: f'<div style="background:#2b2f36;border-radius:22px;margin:8px 10px;padding:12px 16px;color:#e8eaed"><div style="font-size:12px;color:#aab">{app}</div><div style="font-weight:bold;font-size:15px">{title}</div><div style="font-size:14px">{body}</div></div>'
    return f"""<html><head>{css('dark',"'Liberation Sans'")}</head><body style="background:linear-gradient(#1b2a4a,#0b0f18);height:915px">
<div style="color:#fff;text-align:center;padding-top:30px;font-size:64px">{K('09:41')}</div><div style="color:#cfd6e4;text-align:center;font-size:16px">{K('Tue 1 December')}</div><br>
{n('FieldForce · now','Install booked '+K('JOB-55172'),'Replace meter '+I('eserial',s,'notification')+' at '+I('postcode',pc,'notification'))}
{n('Gmail · 4m',I('name',nm,'sender'),'Re: gas reading for MPRN '+I('mprn',m,'notification')+' – call me on '+I('phone',ph,'notification'))}
{n('Teams · 12m','Cutover bridge',K('DIP ID 4400012')+' stuck in validation')}</body></html>"""
# F watch
def pageF(v,t):
    return f"""<html><head>{css('dark')}</head><body style="background:#000"><div style="width:454px;height:454px;border-radius:50%;background:#101418;color:#fff;text-align:center;overflow:hidden">
<div style="padding-top:60px;font-size:48px">{K('14:30')}</div><div style="font-size:15px;color:#9cf">{K('Job 4471')} &middot; {K('ETA 12 min')}</div>
<div style="font-size:17px;margin-top:14px">{I('address',v.street(),'watch')}</div><div style="font-size:20px">{I('postcode',v.pc(),'watch')}</div>
<div style="font-size:16px;margin-top:10px;color:#fc6">Meter {I('eserial',v.eserial(),'watch')}</div><div style="font-size:13px;color:#aaa">EUI {I('eui64',eui_fmt(v.eui(),'space'),'grouped4')}</div></div></body></html>"""
# G comb form + split cells
def pageG(v,t):
    top,core=v.mpan(); m=v.mprn(); top2,core2=v.mpan()
    comb=lambda s: ''.join(f'<td style="width:20px;height:26px;text-align:center;border:1px solid #333;font:15px \'Liberation Mono\'">{c}</td>' for c in s)
    return f"""<html><head>{css('light')}</head><body style="background:#fff"><div style="padding:20px 30px"><h2>{K('Change of Tenancy notification')}</h2><p class="mut">{K('Form COT-3 (rev 2026.2)')}</p>
<p>{K('New occupier')}: {I('name',v.name(),'form')}</p>
<p>{K('Supply MPAN (13 digits, one per box)')}</p><table><tr>{I('mpan_core',core,'comb',comb(core)).replace('<span','<span style="display:contents"',1) if False else ''}</tr></table>
<table class="I" data-k="mpan_core" data-v="{core}" data-f="comb"><tr>{comb(core)}</tr></table>
<p>{K('Gas MPRN')}</p><table class="I" data-k="mprn" data-v="{m}" data-f="comb"><tr>{comb(m)}</tr></table>
<p>{K('Move-in date')}: {K('07/12/2026')} &nbsp; {K('Reading 004512')}</p>
<p>{K('Previous supply (from billing export)')}:</p><table><tr><th>{K('Dist')}</th><th>{K('Unique ref')}</th><th>{K('Chk')}</th><th>{K('Supply start')}</th></tr>
<tr><td class="I" data-k="mpan_core" data-v="{core2}" data-f="split-cell-1">{core2[:2]}</td><td class="I" data-k="mpan_core" data-v="{core2}" data-f="split-cell-2">{core2[2:12]}</td><td class="I" data-k="mpan_core" data-v="{core2}" data-f="split-cell-3">{core2[12]}</td><td>{K('14/03/2019')}</td></tr></table></div></body></html>"""
# H lone
def pageH(v,t,px=13):
    return f"""<html><head>{css('dark')}</head><body style="background:#2c001e;height:100vh"><div style="background:#000;color:#fff;height:28px;font-size:14px;text-align:center;line-height:28px">{K('Tue 1 Dec 14:52')}</div>
<div style="position:absolute;left:1370px;top:712px;font:{px}px 'DejaVu Sans';color:#f0e6ee">{I('mpan_core',v.mpan()[1],'lone-%dpx'%px)}</div></body></html>"""
def pageH2(v,t):
    return f"""<html><head>{css('light')}</head><body style="background:#fff"><div style="position:absolute;left:212px;top:903px;font:12px 'Liberation Sans';color:#444">{I('mpan_core',spaced_core(v.mpan()[1]),'lone-12px-spaced')}</div></body></html>"""
# I terminal with transparency
def pageI(v,t):
    lines=[]
    for i in range(6):
        top,core=v.mpan()
        lines.append(f"{K('d0010_2026113%d.gz'%i)}:026|{I('mpan_core',core,'pipe')}|{I('eserial',v.eserial().lower(),'lower')}|{K('%06d'%(4512+i*977))}|{K('20261130')}|")
    ee=eui_fmt(v.eui(),'colon')
    body='\n'.join(lines)+f"\n$ zcat chf.log.gz | grep -i join\n{K('2026-11-30 10:14:09')} INFO join ok dev={I('eui64',ee.lower(),'colon-lower')} {K('rssi=-71')}"
    return f"""<html><head>{css('dark')}</head><body style="background:radial-gradient(circle at 30% 40%,#e95420,#77216f 45%,#2c001e);height:100vh">
<div style="position:absolute;left:120px;top:90px;width:1100px;border-radius:10px;overflow:hidden;box-shadow:0 8px 30px rgba(0,0,0,.6)"><div style="background:#303030;color:#ddd;padding:7px 12px;font-size:13px">{K('ops@meterflow: ~/extracts')}</div>
<pre style="margin:0;background:rgba(23,23,23,0.72);color:#eee;font:13px 'DejaVu Sans Mono';padding:10px 12px">$ zgrep -h '^026' d0010_*.gz | head -6
{body}
$ </pre></div></body></html>"""
# J tooltip
def pageJ(v,t):
    top,core=v.mpan(); e=v.eui()
    rows=''.join(f'<tr><td>{K("SITE-%03d"%(400+i))}</td><td>{v.town()}</td><td>{K("%d kVA"%(60+i*15))}</td></tr>' for i in range(8))
    return f"""<html><head>{css(t)}</head><body><div class="card" style="width:600px"><table style="width:100%"><tr><th>{K('Site')}</th><th>Town</th><th>{K('Capacity')}</th></tr>{rows}</table></div>
<div style="position:absolute;left:250px;top:120px;background:{'#fffbe6' if t=='light' else '#33302a'};border:1px solid #999;padding:8px 10px;box-shadow:4px 6px 14px rgba(0,0,0,.45);font-size:12px;border-radius:4px">
<b>{K('SITE-403')}</b><br>Top line: {I('mpan_top',top,'tooltip',top[:2]+' '+top[2:5]+' '+top[5:])}<br>Core: {I('mpan_core',core,'tooltip',spaced_core(core))}<br>Hub: {I('eui64',e,'tooltip')}</div></body></html>"""
# K outline / emboss / oldstyle
def pageK(v,t):
    c1=v.mpan()[1]; c2=v.mpan()[1]; m=v.mprn()
    old=''.join(f'<span style="position:relative;top:{ {"3":4,"4":4,"5":4,"7":4,"9":4,"6":-2,"8":-2}.get(ch,0)}px;font-size:{ "19px" if ch in "012" else "24px"}">{ch}</span>' for ch in c2)
    return f"""<html><head>{css('light',"'C059'")}</head><body style="background:#faf7f0"><div style="padding:30px"><h1 style="font-family:'URW Gothic'">{K('Where to find your numbers')}</h1>
<p>{K('Outline print')}: <span style="font:bold 40px 'Liberation Sans';-webkit-text-stroke:1.2px #1a4d8f;color:transparent">{I('mpan_core',c1,'outline-only')}</span></p>
<p>{K('Embossed plate')}: <span style="font:bold 34px 'Liberation Sans';color:#c9c2b5;text-shadow:-1px -1px 0 #fff,1px 1px 1px #6b6256;background:#c9c2b5;padding:4px 10px">{I('mprn',m,'embossed')}</span></p>
<p>{K('Old-style figures')}: <span style="font-family:'C059'">{I('mpan_core',c2,'oldstyle-sim',old)}</span></p></div></body></html>"""
# L watermark
def pageL(v,t):
    rows=''.join(f'<tr><td>{I("mpan_core",spaced_core(v.mpan()[1]),"under-watermark")}</td><td>{K("%d kWh"%(1200+i*311))}</td><td>{K("£%d.%02d"%(300+i*71,i*7))}</td></tr>' for i in range(6))
    return f"""<html><head>{css('light',size=16)}</head><body style="background:#fff"><div style="padding:24px"><h2>{K('Settlement statement SS-2026-11')}</h2>
<table><tr><th>{K('MPAN')}</th><th>{K('Volume')}</th><th>{K('Charge')}</th></tr>{rows}</table></div>
<div style="position:absolute;left:60px;top:160px;font:bold 110px 'Liberation Sans';color:rgba(200,0,0,0.28);transform:rotate(-28deg);transform-origin:left top;white-space:nowrap">CONFIDENTIAL TEST</div></body></html>"""
# M caption over photo
def pageM(v,t):
    return f"""<html><head>{css('dark')}</head><body style="background:url(meterphoto.png) center/cover;height:100vh">
<div style="position:absolute;left:0;right:0;bottom:0;background:rgba(0,0,0,.55);color:#fff;padding:10px 18px;font-size:17px">{K('IMG_4471.jpg')} &middot; Meter {I('gserial',v.gserial(),'caption')} &middot; MPRN {I('mprn',v.mprn(),'caption')} &middot; {I('address',v.street(),'caption')}, {I('postcode',v.pc(),'caption')}</div></body></html>"""
# N slide
def pageN(v,t):
    rows=''.join(f'<tr><td>{K("DEF-%d"%(3310+i))}</td><td>{I("mpan_core",spaced_core(v.mpan()[1]),"slide-table")}</td><td>{I("eserial",v.eserial(),"slide-table")}</td><td>{I("eui64",v.eui(),"slide-table")}</td><td>{K(["Open","Retest","Closed"][i%3])}</td></tr>' for i in range(5))
    return f"""<html><head>{css('light',"'Liberation Sans'",18)}</head><body style="background:#fff"><div style="height:100vh;background:linear-gradient(135deg,#fff 70%,#e3ecff)"><div style="padding:36px 50px"><div style="font-size:34px;color:#1a3a7a;font-weight:bold">{K('Cutover rehearsal 3 — open defects')}</div>
<div style="height:4px;width:120px;background:#f26b21;margin:10px 0 24px"></div><table style="font-size:17px"><tr style="background:#1a3a7a;color:#fff"><th>{K('Defect')}</th><th>{K('MPAN')}</th><th>{K('Meter')}</th><th>{K('Comms hub')}</th><th>{K('State')}</th></tr>{rows}</table>
<div style="position:absolute;bottom:20px;right:40px;color:#888;font-size:13px">{K('Slide 7')}</div></div></div></body></html>"""
# P transparent
def pageP(v,t):
    return f"""<html><head><style>body{{margin:0;background:transparent;font:22px 'Liberation Sans';color:#fff}}</style></head><body><div style="padding:20px">{K('Sticker export')}<br>MPAN {I('mpan_core',v.mpan()[1],'white-on-transparent')}<br>{I('name',v.name(),'white-on-transparent')}<br>MPRN {I('mprn',v.mprn(),'white-on-transparent')}</div></body></html>"""
if __name__=="__main__" and len(sys.argv)==1:
    from PIL import Image, ImageDraw, ImageFilter
    import numpy as np
    # synthetic meter photo
    r=np.random.default_rng(5); a=(r.normal(0,12,(720,1280,3))+np.array([88,92,84])).clip(0,255).astype('uint8'); im=Image.fromarray(a); d=ImageDraw.Draw(im)
    d.rounded_rectangle([420,120,860,560],30,fill=(215,214,205),outline=(60,60,60),width=6); d.rectangle([500,220,780,300],fill=(30,40,30)); d.text((520,240),'0 4 5 1 2',fill=(120,220,120),font_size=44)
    for k in range(5): d.ellipse([470+k*80,380,520+k*80,430],outline=(40,40,40),width=4)
    im.filter(ImageFilter.GaussianBlur(1.2)).save(BUILD+'/meterphoto.png')
    V0=V(4100)
    out('h01_broker_light_100',pageA(V(1),'light'),1366,768,1.0,dict(theme='light'))
    out('h02_broker_dark_125',pageA(V(2),'dark'),1366,768,1.25,dict(theme='dark'))
    out('h03_broker_light_150',pageA(V(3),'light'),1280,720,1.5,dict(theme='light'))
    out('h04_devportal_dark_100',pageB(V(4),'dark'),1100,560,1.0,dict(theme='dark'))
    out('h05_devportal_light_150',pageB(V(5),'light'),1000,560,1.5,dict(theme='light'))
    out('h06_recon_light_100',pageC(V(6),'light'),1200,520,1.0,dict(theme='light'))
    out('h07_recon_dark_125',pageC(V(7),'dark'),1200,520,1.25,dict(theme='dark'))
    out('h08_seqdiagram_light_100',pageD(V(8),'light'),1240,660,1.0,dict(theme='light'))
    out('h09_android_lock',pageE(V(9),'dark'),412,915,2.625,dict(theme='dark'))
    out('h10_watch',pageF(V(10),'dark'),454,454,1.0,dict(theme='dark'))
    out('h11_comb_form_100',pageG(V(11),'light'),900,700,1.0,dict(theme='light'))
    out('h12_comb_form_125',pageG(V(12),'light'),900,700,1.25,dict(theme='light'))
    out('h13_lone_13px_1080p',pageH(V(13),'dark'),1920,1080,1.0,dict(theme='dark'))
    out('h14_lone_12px_white',pageH2(V(14),'light'),1920,1080,1.0,dict(theme='light'))
    out('h15_terminal_transparent',pageI(V(15),'dark'),1366,560,1.0,dict(theme='dark'))
    out('h16_tooltip_shadow_light',pageJ(V(16),'light'),680,420,1.25,dict(theme='light'))
    out('h17_outline_emboss_oldstyle',pageK(V(17),'light'),1100,460,1.0,dict(theme='light'))
    out('h18_watermark',pageL(V(18),'light'),900,520,1.0,dict(theme='light'))
    out('h19_caption_over_photo',pageM(V(19),'dark'),1280,720,1.0,dict(theme='dark'))
    out('h20_slide_table',pageN(V(20),'light'),1280,720,1.0,dict(theme='light'))
    out('h21_white_on_transparent',pageP(V(21),'dark'),520,200,1.0,dict(theme='transparent'),transparent=True)
    out('h22_tooltip_shadow_dark_200',pageJ(V(22),'dark'),680,420,2.0,dict(theme='dark'))
def pageW(v,t):
    c=v.mpan()[1]; e=v.eui(); nm=v.name(); g=v.gserial(); m=v.mprn()
    bal=lambda who,txt,top: f'<div style="position:absolute;left:760px;top:{top}px;width:250px;background:#fff;border:1px solid #c8c8c8;border-left:4px solid #b4009e;box-shadow:0 2px 6px rgba(0,0,0,.2);padding:8px;font:12px \'Liberation Sans\'"><b>{who}</b><div class="mut" style="font-size:11px">{K("2 Dec 2026, 10:14")}</div>{txt}</div>'
    return f"""<html><head>{css('light',"'Liberation Serif'",15)}</head><body style="background:#e9e9e9"><div style="position:absolute;left:60px;top:20px;width:680px;height:760px;background:#fff;box-shadow:0 0 8px #aaa;padding:60px 60px">
<h2 style="font-family:'Liberation Sans';color:#2f5496">{K('Test evidence — SIT-DTC-D0086 step 4')}</h2><p>Result: the D0086 flow was received and loaded. <span style="background:#f4d6ef">{K('Reading 045127')} on register 1.</span></p><p>Second check: <span style="background:#f4d6ef">gas serial confirmed</span>.</p></div>
<div style="position:absolute;left:740px;top:0;width:290px;height:800px;background:#f3f3f3"></div>
{bal(I('name',nm,'comment-author'),'Checked against MPAN '+I('mpan_core',c,'comment-balloon')+' and hub '+I('eui64',e,'comment-balloon'),190)}
{bal('Test Lead','Serial '+I('gserial',g,'comment-balloon')+' / MPRN '+I('mprn',m,'comment-balloon')+' per site visit '+K('28/11/2026'),300)}</body></html>"""
if __name__=='__main__' and len(sys.argv)>1 and sys.argv[1]=='w':
    out('h23_word_comment_balloon',pageW(V(23),'light'),1040,800,1.25,dict(theme='light'))
