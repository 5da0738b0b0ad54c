import json, os, sys, subprocess, glob
sys.path.insert(0, os.path.dirname(__file__))
import extract
from extract import canon
T = json.load(open('/tmp/ho35/docx/truth.json'))
res = {}
for t in T:
    f = '/tmp/ho35/docx/corpus/' + t['file']
    pdf = '/tmp/ho35/docx/verify/pdf/' + os.path.splitext(t['file'])[0] + '.pdf'
    lo = canon(subprocess.run(['pdftotext', pdf, '-'], capture_output=True, text=True).stdout) if os.path.exists(pdf) else None
    try: ex = canon('\n'.join(extract.file_texts(f)))
    except Exception as e: ex = 'EXTRACTERROR'; print('EXTRACTERR', t['file'], e)
    r = dict(lo_rendered=os.path.exists(pdf))
    if t['altered']:
        cands = [canon(t['shown_as'])]
        if t['technique'] == 'bidi_override': cands.append(cands[0][::-1])
        r['in_lo_pdftext'] = bool(lo) and any(c in lo for c in cands)
        r['in_extract'] = any(c in ex for c in cands)
        if os.environ.get("PAGEOCR") and not r["in_lo_pdftext"] and os.path.exists(pdf):
            import re as _re, tempfile
            info = subprocess.run(['pdfinfo', pdf], capture_output=True, text=True).stdout
            n = int(_re.search(r'Pages:\s+(\d+)', info).group(1))
            txt = ''
            with tempfile.TemporaryDirectory() as td:
                subprocess.run(['pdftoppm', '-r', '200', '-gray', '-f', str(max(1, n - 1)), '-l', str(n), pdf, td + '/pg'])
                for pg in sorted(glob.glob(td + '/pg*')):
                    txt += subprocess.run(['tesseract', pg, '-', '--psm', '3'], capture_output=True, text=True).stdout
            r['in_lo_page_ocr'] = any(c in canon(txt) for c in cands)
    else:
        # controls: no secret of the corpus inside
        allsec = [canon(x['shown_as']) for x in T if x['altered']]
        r['secret_found'] = [s for s in allsec if s in ex or (lo and s in lo)]
    res[t['file']] = r
    print(t['file'], r, flush=True)
json.dump(res, open('/tmp/ho35/docx/verify/verify_stage1.json', 'w'), indent=1)
