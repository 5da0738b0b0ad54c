# supplementary check for the EXIF techniques: OCR the picture member as a viewer that honours EXIF orientation shows it
import json, zipfile, io, subprocess, tempfile
from PIL import Image, ImageOps
from verify import fuzzy_in
T = json.load(open('truth.json')); out = {}
for t in T:
    if 'exif' not in t['technique']: continue
    z = zipfile.ZipFile(t['file']); n = [m for m in z.namelist() if 'xim' in m][0]
    im = Image.open(io.BytesIO(z.read(n))); raw_orient = im.getexif().get(0x0112)
    up = ImageOps.exif_transpose(im).convert('RGB'); up = up.resize((up.width * 2, up.height * 2))
    with tempfile.NamedTemporaryFile(suffix='.png') as f:
        up.save(f.name); txt = subprocess.run(['tesseract', f.name, '-', '--psm', '6'], capture_output=True, text=True).stdout
    out[t['file']] = dict(orientation=raw_orient, ocr_upright=fuzzy_in(t['value'], txt)); print(t['file'], out[t['file']])
json.dump(out, open('verify_exif.json', 'w'), indent=1)
