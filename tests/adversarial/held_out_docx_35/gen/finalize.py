import json, os, shutil
OUT = '/tmp/ho32/docx'
t = json.load(open(OUT + '/truth_build.json'))
r = json.load(open(OUT + '/verify_raw.json'))
files = {}
dropped = {}
for fn in sorted(t):
    v, x = dict(t[fn]), r[fn]
    parts = []
    ok = x.get('zip_ok') and not x.get('xml_parse_errors')
    parts.append('zip opens, every XML part parses' if ok else 'STRUCTURE PROBLEM %s' % x.get('xml_parse_errors'))
    parts.append('python-docx opens it' if x.get('python_docx_ok') else 'python-docx refuses it (%s); zip/XML parse ok' % x.get('python_docx_error', '')[:90])
    parts.append('LibreOffice converts it to PDF' if x.get('lo_pdf') else 'LibreOffice produced no PDF')
    good = ok and (x.get('python_docx_ok') or v['technique'] == 'renamed_main_part') and x.get('lo_pdf')
    if v['class'] != 'control':
        pl = v['verify_plan']
        if pl == 'render':
            good = good and x.get('lo_text_shows')
            parts.append('pdftotext of the LibreOffice PDF shows it (NFKC/digit-normalised, separators ignored)' if x.get('lo_text_shows') else 'NOT in LibreOffice text')
        elif pl == 'ocr':
            vis = x.get('page_ocr_shows') or x.get('image_ocr_shows')
            good = good and vis
            parts.append('tesseract OCR of the LibreOffice-rendered page (pdftoppm 200 dpi) shows it' if x.get('page_ocr_shows') else
                         ('LibreOffice renders the image; tesseract OCR of the embedded image itself shows it (page OCR did not)' if vis else 'OCR FAILED'))
        elif pl == 'imgocr':
            good = good and x.get('image_ocr_shows')
            parts.append('tesseract OCR of the image file (all frames) shows it' if x.get('image_ocr_shows') else 'image OCR FAILED')
        else:
            good = good and x.get('extractable')
            parts.append(('extractable: an independent deep parser (zip/XML attributes+text+comments, OLE streams via olefile, image metadata via PIL, '
                          'base64/hex/%%-decoding, UTF-16/32) finds it' if x.get('extractable') else 'NOT extractable') +
                         ('; LibreOffice PDF text also shows it' if x.get('lo_text_shows') else '; not in the LibreOffice page text (spec note)'))
    else:
        good = good
    v['verified_by'] = '; '.join(parts)
    v['verification'] = x
    v['visible_in_libreoffice_render'] = bool(x.get('lo_text_shows') or x.get('page_ocr_shows'))
    (files if good else dropped)[fn] = v
os.makedirs(OUT + '/unverified', exist_ok=True)
for fn in dropped:
    shutil.move(os.path.join(OUT, 'altered', fn), os.path.join(OUT, 'unverified', fn))
doc = {
    'description': 'Held-out adversarial .docx corpus for `attest scan` (issue 12 section 3). Files in altered/: dNNN = altered copy hiding ONE identifier, '
                   'cNNN = control holding none. class: mpan (13-digit core, valid check digit) | mprn | serial (meter serial) | device (EUI-64) | '
                   'address (house no + street + town + postcode) | namephone (customer name + phone) | control. verify_plan: render = LibreOffice PDF text; '
                   'ocr = page OCR; imgocr = OCR of the image; extract = extractable but not rendered on the page; word = Word-only rendering (spec_note).',
    'bases': sorted(set(v['base'] for v in files.values())),
    'files': files,
    'dropped_unverified': {k: {'technique': v['technique'], 'class': v['class'], 'verified_by': v['verified_by']} for k, v in dropped.items()},
}
json.dump(doc, open(OUT + '/truth.json', 'w'), indent=1, ensure_ascii=False)
from collections import Counter
print(len(files), 'kept', len(dropped), 'dropped', Counter(v['class'] for v in files.values()))
for k, v in dropped.items():
    print('DROPPED', k, v['technique'], v['class'], v['verified_by'])
