import json, os, subprocess, sys, re, glob, shutil
sys.path.insert(0, 'gen'); from canon import canon, found_in
truth = json.load(open('truth.json'))
os.makedirs('verify/pdf', exist_ok=True); os.makedirs('verify/txt', exist_ok=True)
# 1. LibreOffice -> PDF -> pdftotext (batches)
todo = [t['file'] for t in truth if not os.path.exists('verify/txt/' + t['file'] + '.txt')]
for i in range(0, len(todo), 25):
    batch = todo[i:i+25]
    try:
        subprocess.run(['nice', '-n', '10', 'timeout', '300', 'soffice', '--headless', '--convert-to', 'pdf', '--outdir', 'verify/pdf'] + ['corpus/' + b for b in batch], capture_output=True, timeout=320)
    except Exception as e: print('lo batch fail', e)
    for b in batch:
        pdf = 'verify/pdf/' + b[:-5] + '.pdf'
        if os.path.exists(pdf): subprocess.run(['pdftotext', '-layout', pdf, 'verify/txt/' + b + '.txt'])
        else: open('verify/txt/' + b + '.txt', 'w').write('<<NO PDF>>')
    print('lo', i + len(batch), flush=True)
for t in truth:
    txt = open('verify/txt/' + t['file'] + '.txt', errors='replace').read()
    t['lo_pdf_text'] = (canon(t['value']) in canon(txt)) if txt != '<<NO PDF>>' else None
    raw = open('corpus/' + t['file'], 'rb').read()
    hits = found_in(raw, t['value']) if t['kind'] != 'keep' or t['technique'] != 'settings_decoys' else ['n/a']
    t['own_parser'] = sorted(set(h.split('>')[0] + '>' + h.split('>')[-1] if '>' in h else h for h in hits))[:6]
json.dump(truth, open('truth.json', 'w'), indent=1, ensure_ascii=False)
