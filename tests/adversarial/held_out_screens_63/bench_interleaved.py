# side by side: for each image, one Attest process (wall) then one warm plain RapidOCR default pass, interleaved
import glob, os, time, subprocess, csv, numpy as np
from PIL import Image
from rapidocr import RapidOCR
eng = RapidOCR(); eng(np.zeros((64, 64, 3), np.uint8) + 255)
w = csv.writer(open('/tmp/ho40/screens/timings_interleaved.csv', 'w')); w.writerow(['file', 'attest_s', 'rc', 'plain_s'])
for f in sorted(glob.glob('/tmp/ho40/screens/corpus/*')):
    t = time.time(); rc = subprocess.run(['/tmp/ho40/bin/attest', '--workspace', '/tmp/ho40/screens/ws', 'redact', f, '--out', '/tmp/ho40/screens/out_interleaved'], capture_output=True).returncode; ta = time.time() - t
    im = Image.open(f); im.seek(0); a = np.asarray(im.convert('RGB'))[:, :, ::-1].copy()
    t = time.time(); eng(a); tp = time.time() - t
    w.writerow([os.path.basename(f), '%.3f' % ta, rc, '%.3f' % tp]); print(os.path.basename(f), '%.2f %.2f' % (ta, tp), flush=True)
