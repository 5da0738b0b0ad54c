"""Screen-share JPEG copies (Pillow): fit into a 1920x1080 or 1280x720 share frame with a meeting-app border, JPEG q 30-50, 4:2:0."""
import json, os, random
from PIL import Image, ImageDraw
ROOT = '/tmp/ho55/screens'
R = random.Random('derive-55')
SRC = [('c01_wireshark_150_light', 1920, 1080, 45), ('c04_jupyter_125_dark', 1920, 1080, 35), ('c06_blame_100_light', 1920, 1080, 40),
       ('c07_blame_150_dark', 1920, 1080, 50), ('c10_wizard_175_light', 1280, 720, 40), ('c12_gherkin_200_light', 1920, 1080, 30),
       ('q01_qt_rowheaders_150_dark', 1920, 1080, 35), ('l01_labels_150_light', 1920, 1080, 45), ('c03_jupyter_100_light', 1920, 1080, 30)]
for k, (name, W, Hh, q) in enumerate(SRC):
    t = json.load(open(f'{ROOT}/truth/{name}.json')); im = Image.open(f'{ROOT}/corpus/{name}.png').convert('RGB')
    top, bar = 36, 64
    avail_w, avail_h = W - 24, Hh - top - bar
    s = min(avail_w / im.width, avail_h / im.height, 1.0)
    sim = im.resize((max(1, round(im.width*s)), max(1, round(im.height*s))), Image.LANCZOS)
    canvas = Image.new('RGB', (W, Hh), (32, 33, 36)); d = ImageDraw.Draw(canvas)
    d.rectangle([0, 0, W, top-6], fill=(45, 46, 50)); d.text((12, 10), 'You are viewing a shared screen', fill=(220, 220, 220))
    ox = (W - sim.width)//2; oy = top + (avail_h - sim.height)//2
    canvas.paste(sim, (ox, oy))
    d.rectangle([0, Hh-bar+8, W, Hh], fill=(45, 46, 50))
    out = f'j{k:02d}_share_{name}'
    canvas.save(f'{ROOT}/corpus/{out}.jpg', quality=q, subsampling=2)
    items = []
    for it in t['items']:
        items.append(dict(it, boxes=[[round(b[0]*s+ox, 1), round(b[1]*s+oy, 1), round(b[2]*s+ox, 1), round(b[3]*s+oy, 1)] for b in it['boxes']]))
    json.dump(dict(image=f'{out}.jpg', toolkit='pillow-jpeg<-' + t['toolkit'], design=t['design'] + '_share', scale=round(t['scale']*s, 3), theme=t['theme'], quality=q, items=items), open(f'{ROOT}/truth/{out}.json', 'w'), indent=0)
    print(out, round(s, 3), len(items))
