import json, os
from PIL import Image
C = "/tmp/ho38/screens/corpus"; T = "/tmp/ho38/screens/truth"
picks = [("webmail_bill_light_100", .8, 40), ("sbox_variants_dark_100", .75, 35), ("qt_dialog_dark_125", .8, 45), ("gantt_light_100", .7, 38), ("boxed_digits_light_125", .8, 40),
         ("form_validation_light_125", .75, 35), ("dash4k_dark_100", .5, 50), ("lo_bill_120dpi", .9, 45), ("chat_code_dark_100", .8, 40), ("citrix_frame_light_100", .9, 30), ("rotated_light_100", .8, 40), ("qt_sbox_light_150", .6, 40)]
for tag, s, q in picks:
    t = json.load(open(f"{T}/{tag}.json")); im = Image.open(f"{C}/{t['file']}").convert("RGB")
    W, H = round(im.size[0] * s), round(im.size[1] * s)
    im = im.resize((W, H), Image.BILINEAR)
    fn = f"share_{tag}.jpg"; im.save(f"{C}/{fn}", quality=q, subsampling=2)
    for it in t["items"]: it["box"] = [round(v * s) for v in it["box"]]
    t.update(file=fn, toolkit=t["toolkit"] + "+jpeg-share", size=[W, H], share=dict(src=tag, scale=s, quality=q))
    json.dump(t, open(f"{T}/share_{tag}.json", "w"), indent=1); print(fn, W, H)
