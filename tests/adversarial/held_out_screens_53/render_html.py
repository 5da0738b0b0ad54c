import json, subprocess, os, sys, re, html
from pages import *
OUT = "/tmp/ho37/screens/build/html"; os.makedirs(OUT, exist_ok=True)
JOBS = [
 ("portal_meter_details",1.0,"light"),("portal_meter_details",1.25,"dark"),("portal_meter_details",1.5,"light"),
 ("portal_sbox_flex",1.0,"dark"),("portal_sbox_flex",0.8,"light"),("portal_sbox_flex",1.75,"dark"),
 ("portal_sbox_noS",1.25,"light"),("portal_sbox_noS",0.67,"dark"),
 ("bill_meter_table",1.0,"light"),("bill_meter_table",1.5,"light"),("bill_meter_table",0.8,"light"),
 ("portal_mprn_fields",1.0,"light"),("portal_mprn_fields",1.25,"dark"),
 ("narrow_wrap",1.0,"light"),("narrow_wrap",1.5,"dark"),
 ("lone_small",1.0,"light"),("lone_small_dark",1.0,"dark"),
 ("dip_tracker",1.0,"light"),("dip_tracker",1.25,"dark"),
 ("ecoes_search",1.0,"light"),("asset_register",1.25,"light"),("asset_register",1.0,"dark"),
 ("appointment_calendar",1.1,"light"),("install_jobsheet",1.5,"light"),("prepay_app",2.0,"dark"),
 ("uklink_portal",0.9,"light"),("outlook_thread",1.0,"light"),("teams_table",1.25,"light"),
 ("confluence_info",1.0,"light"),("servicenow_form",1.0,"light"),("powerbi_table",1.0,"light"),
 ("swagger_try",1.25,"light"),("postman_tree",1.0,"light"),("xml_tree",1.0,"light"),("notepadpp",1.0,"light"),
 ("winscp_list",1.0,"light"),("eventviewer",1.0,"light"),("toast_breadcrumb_status",1.0,"dark"),
 ("blurred_modal",1.25,"light"),("link_bold_italic",1.0,"light"),("link_bold_italic",1.75,"dark"),
 ("placeholder_masked",1.0,"light"),("chart_tooltip",1.0,"dark"),("header_numbers",1.5,"light"),
 ("boxed_digits",1.0,"light"),("letter_tearoff",1.0,"light"),("crm_ordinary",1.0,"dark"),("crm_ordinary",1.25,"light"),
]
only = sys.argv[1:]
CH = ["chromium","--headless","--no-sandbox","--disable-gpu","--hide-scrollbars","--font-render-hinting=none"]
for i,(pg,sc,th) in enumerate(JOBS):
    f,w,h = P[pg]
    stem = f"h{i:02d}_{pg}_{int(sc*100)}_{th}"
    if only and stem not in only: continue
    extra = "body{transform:translate(0.4px,0.3px)}" if i%7==3 else ""
    src = doc(f(), css=extra, theme=th)
    hp = f"{OUT}/{stem}.html"; open(hp,"w").write(src)
    common = CH+[f"--window-size={w},{h}", f"--force-device-scale-factor={sc}"]
    dom = subprocess.run(common+["--dump-dom","file://"+hp],capture_output=True,text=True).stdout
    m = re.search(r'<pre id="BOXES"[^>]*>(.*?)</pre>', dom, re.S)
    items = json.loads(html.unescape(m.group(1)))
    subprocess.run(common+[f"--screenshot={OUT}/{stem}.png","file://"+hp],capture_output=True)
    for it in items:
        it["rects"] = [[round(x*sc,1),round(y*sc,1),round(ww*sc,1),round(hh*sc,1)] for x,y,ww,hh in it["rects"]]
    json.dump({"image":f"{stem}.png","toolkit":"chromium","scale":sc,"theme":th,"items":items}, open(f"{OUT}/{stem}.json","w"), indent=0)
    print(stem, len(items), flush=True)
