"""Build corpus + truth.json deterministically: python3 gen/build.py (from /tmp/ho50/text)"""
import json, os, sys, codecs, hashlib
sys.path.insert(0, os.path.dirname(__file__))
from lib import R, Doc
import genres

EXT = {'g_sequelize':'log','g_doctrine':'log','g_prisma':'log','g_typeorm':'log','g_gorm':'log','g_activerecord':'log',
 'g_sqlite_box':'txt','g_sqlite_line':'txt','g_mongosh':'txt','g_tshark':'txt','g_rq':'log','g_helpscout':'json',
 'g_zohodesk':'json','g_cxone':'txt','g_talkdesk_csv':'csv','g_bullmq':'txt','g_hangfire':'txt','g_pulsar':'txt',
 'g_artemis':'txt','g_pry':'txt','g_meili':'json','g_smartsheet':'tsv','g_outlook_contacts':'csv','g_royalmail':'csv',
 'g_fsl':'json','g_traefik':'log','g_envoy':'log','g_caddy':'log','g_xray':'json','g_zipkin':'json','g_papertrail':'log',
 'g_bugsnag':'json','g_xray_jira':'json','g_zephyr':'csv','g_katalon':'log','g_selenium_side':'side','g_gauge':'spec',
 'g_camel':'log','g_springbatch':'log','g_azfunc':'log','g_pubsub':'txt','g_cosmos':'json','g_basecamp':'txt',
 'g_miro':'csv','g_filemaker':'csv','g_g98':'txt','g_et_notes':'txt','g_crossed':'txt','g_tras':'txt','g_gsop':'txt',
 'g_backbill':'txt','g_photo_webform':'json','g_deenergise':'txt','g_mhhs_letter':'txt','g_notebook_df':'txt',
 'g_wrapup':'txt','g_psr_fixed':'csv','g_dcc_sr':'xml','g_caps_note':'txt','g_pobox':'txt','g_ni':'txt','g_teststatus':'md','g_chat_me':'txt'}
ENCS = ['utf-16-le-bom','utf-16-be-bom','utf-16-le','utf-16-be','utf-32-le-bom','utf-32-le','utf-32-be','utf-8-bom']

def encode(text, enc):
    if enc == 'utf-8': return text.encode('utf-8')
    if enc == 'utf-8-bom': return codecs.BOM_UTF8 + text.encode('utf-8')
    base = enc.replace('-bom', '')
    b = text.encode(base)
    if enc.endswith('-bom'):
        bom = {'utf-16-le': codecs.BOM_UTF16_LE, 'utf-16-be': codecs.BOM_UTF16_BE, 'utf-32-le': codecs.BOM_UTF32_LE, 'utf-32-be': codecs.BOM_UTF32_BE}[base]
        b = bom + b
    return b

def main():
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
    cdir = os.path.join(root, 'corpus'); os.makedirs(cdir, exist_ok=True)
    truth = {}
    n = 0
    for rep in range(3):
        for g in genres.GENRES:
            name = '%03d_%s.%s' % (n, g.__name__[2:], EXT[g.__name__])
            r = R.random()
            enc = 'utf-8'
            if r < 0.11: enc = ENCS[n % len(ENCS)]
            nl = '\r\n' if R.random() < 0.2 else '\n'
            d = Doc(name, g.__name__[2:], enc, nl)
            g(d)
            text = d.text()
            if nl == '\r\n': text = text.replace('\n', '\r\n')
            # secret values containing newlines follow file newline
            for it in d.secrets + d.keeps:
                if nl == '\r\n': it['value'] = it['value'].replace('\n', '\r\n')
            open(os.path.join(cdir, name), 'wb').write(encode(text, enc))
            truth[name] = {'genre': d.genre, 'encoding': enc, 'newline': 'CRLF' if nl == '\r\n' else 'LF',
                           'secrets': d.secrets, 'keeps': d.keeps}
            n += 1
    json.dump(truth, open(os.path.join(root, 'truth.json'), 'w'), indent=1, ensure_ascii=False)
    print(n, 'files', sum(len(v['secrets']) for v in truth.values()), 'secrets', sum(len(v['keeps']) for v in truth.values()), 'keeps')

main()
