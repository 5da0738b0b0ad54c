import sys, os, json, codecs
sys.path.insert(0, os.path.dirname(__file__))
from lib import *
import genres as G
OUT = '/tmp/ho38/text/corpus'
plan = [(G.g_edifact_utilmd, 12), (G.g_edifact_mscons, 8), (G.g_fixedwidth, 8), (G.g_pdflayout, 12), (G.g_welsh, 10),
        (G.g_rtf, 10), (lambda i: G.g_excel_tsv(i), 8), (lambda i: G.g_excel_tsv(i, True), 6), (G.g_pipe, 8), (G.g_hl7, 8),
        (G.g_diff, 10), (G.g_conflict, 8), (G.g_env, 8), (G.g_tf, 8), (G.g_toml, 8), (G.g_sql, 10), (G.g_csvml, 10),
        (G.g_wraplog, 10), (G.g_chat, 12), (G.g_box, 10), (G.g_dictation, 8), (G.g_po, 8), (G.g_xliff, 8), (G.g_har, 8),
        (G.g_postman, 8), (G.g_url, 6), (G.g_ldif, 8), (G.g_fdf, 8), (G.g_ansi, 8), (G.g_cfhtml, 10), (G.g_asciidoc, 8),
        (G.g_cdata_xml, 8), (G.g_propagation, 12), (G.g_bad13, 6), (G.g_keepheavy, 10)]
files = []
for fn, n in plan:
    for i in range(n):
        files.append(fn(i))
# re-encode some files into UTF-16/32 with/without BOM
ENCS = ['utf-16-le', 'utf-16-be', 'utf-16-le+bom', 'utf-16-be+bom', 'utf-32-le', 'utf-32-be+bom', 'utf-32-le+bom', 'utf-32-be', 'utf-8-sig']
j = 0
for k, F in enumerate(files):
    if F.enc == 'utf-8' and k % 11 == 5 and not F.name.endswith('.rtf'):
        F.enc = ENCS[j % len(ENCS)]; j += 1
os.makedirs(OUT, exist_ok=True)
truth = []
for F in files:
    enc = F.enc
    if enc == 'utf-16':
        b = codecs.BOM_UTF16_LE + F.text.encode('utf-16-le')
    elif enc.endswith('+bom'):
        e = enc[:-4]
        bom = {'utf-16-le': codecs.BOM_UTF16_LE, 'utf-16-be': codecs.BOM_UTF16_BE, 'utf-32-le': codecs.BOM_UTF32_LE, 'utf-32-be': codecs.BOM_UTF32_BE}[e]
        b = bom + F.text.encode(e)
    else:
        b = F.text.encode(enc)
    with open(os.path.join(OUT, F.name), 'wb') as f:
        f.write(b)
    F.keeps = [k for k in F.keeps if k in F.text]
    truth.append(F.truth())
json.dump(truth, open('/tmp/ho38/text/truth.json', 'w'), ensure_ascii=False, indent=1)
print(len(files), 'files', sum(len(t['ids']) for t in truth), 'ids', sum(len(t['keeps']) for t in truth), 'keeps')
