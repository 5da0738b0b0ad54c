import sys, json, subprocess, re, html as H, os
sys.path.insert(0, os.path.dirname(__file__))
from pages import PAGES
OUT="/tmp/ho45/screens/corpus"; WK="/tmp/ho45/screens/work"
SPECS=[("kibana",0,1.0,(1280,720)),("kibana",1,1.25,(1280,720)),("kibana",0,1.5,(1280,720)),
("portal_sbox",0,1.0,(1280,600)),("portal_sbox",1,1.25,(1280,600)),("portal_sbox",0,1.5,(1280,600)),("portal_sbox:boxed",1,1.0,(1280,600)),("portal_sbox:boxed",0,1.25,(1280,600)),
("explorer",0,1.0,(1100,420)),("explorer",1,1.5,(1100,420)),("browser",0,1.25,(1200,300)),("browser",1,1.0,(1200,300)),("browser",0,0.67,(1800,450)),
("mail",0,1.0,(560,560)),("mail",1,1.5,(560,560)),("jira",0,1.0,(820,560)),("jira",1,1.25,(820,560)),("terminal",1,1.0,(1020,500)),("terminal",1,1.5,(1020,500)),
("rtl",0,1.25,(800,420)),("hicontrast",1,1.0,(760,320)),("lone",0,1.0,(1920,1080)),("lone",1,1.0,(1920,1080)),("rotated",0,1.0,(1000,650)),("rotated",1,1.25,(1000,650)),
("grafana",1,1.0,(940,380)),("tracker",0,1.0,(1000,380)),("tracker",1,1.25,(1000,380)),("narrow",0,1.5,(560,260)),("narrow",1,1.0,(560,260))]
def run(name,dark,scale,size,idx):
    base,_,var=name.partition(":")
    fn=PAGES[base]
    if base=="portal_sbox": h=fn(dark,boxed=(var=="boxed"))
    elif base=="lone": h=fn(dark,px=[13,15][idx%2])
    else: h=fn(dark)
    tag=f"c{idx:02d}_{base}{'_'+var if var else ''}_{'dark' if dark else 'light'}_{int(scale*100)}"
    hp=f"{WK}/{tag}.html"; open(hp,"w").write(h)
    W,Hh=size
    # chromium zoom <1 emulated via device scale factor (a zoomed-out browser)
    common=["chromium","--headless","--no-sandbox","--disable-gpu","--hide-scrollbars",f"--force-device-scale-factor={scale}",f"--window-size={W},{Hh}","--virtual-time-budget=2000","--font-render-hinting=none"]
    subprocess.run(common+[f"--screenshot={OUT}/{tag}.png","file://"+hp],capture_output=True,timeout=60)
    dom=subprocess.run(common+["--dump-dom","file://"+hp],capture_output=True,timeout=60,text=True).stdout
    m=re.search(r'<pre id="RECTS"[^>]*>(.*?)</pre>',dom,re.S)
    items=json.loads(H.unescape(m.group(1)))
    for it in items: it["box"]=[round(v*scale) for v in it["box"]]
    # merge wraps
    w1=[i for i in items if i["k"]=="mpan_wrap1"]; w2=[i for i in items if i["k"]=="mpan_wrap2"]
    items=[i for i in items if i["k"] not in("mpan_wrap1","mpan_wrap2")]
    for a,b in zip(w1,w2): items.append({"r":"id","k":"mpan_wrapped","v":a["v"],"rot":"0","boxes":[a["box"],b["box"]]})
    return tag+".png", {"toolkit":"chromium","scale":scale,"dark":dark,"items":items}
if __name__=="__main__":
    truth={}
    for i,s in enumerate(SPECS):
        f,t=run(*s,i); truth[f]=t; print(f,len(t["items"]),flush=True)
    json.dump(truth,open(f"{WK}/truth_chrome.json","w"),indent=1)
