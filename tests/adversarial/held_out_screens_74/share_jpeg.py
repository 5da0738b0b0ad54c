import json, os
from PIL import Image
C="/tmp/ho44/screens/corpus"; T="/tmp/ho44/screens/truth"
for src,f,q in [("ado_runner_125_light",0.8,40),("testrail_exec_100_dark",1.0,35),("testrail_exec_150_light",0.75,45),("settle_dash_100_light",0.9,40),
                ("qt_installer_100_light",0.85,38),("lo_bill_150dpi",0.7,45),("d365_case_125_dark",0.8,40),("pbi_report_100_light",1.0,30)]:
    im=Image.open(f"{C}/{src}.png").convert("RGB")
    if f!=1.0: im=im.resize((round(im.width*f),round(im.height*f)),Image.BILINEAR)
    name=f"share_{src}_q{q}.jpg"; im.save(f"{C}/{name}",quality=q,subsampling=2)
    t=json.load(open(f"{T}/{src}.json")); t["file"]=name; t["toolkit"]+=f"+share(x{f},q{q})"
    for it in t["items"]: it["rects"]=[[c*f for c in r] for r in it["rects"]]
    json.dump(t,open(f"{T}/share_{src}_q{q}.json","w"),indent=1)
print(len(os.listdir(C)))
