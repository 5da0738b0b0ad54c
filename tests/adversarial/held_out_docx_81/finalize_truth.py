import json
t=json.load(open('truth_verified2.json'))
HID={'hyperlink_field_tip':'screen tip on hover only','crop_hidden':'cropped-away part of picture','png_itxt_z':'image metadata','jpeg_com':'image metadata','gif_comment':'image metadata',
     'docpr_title':'alt-text title (Alt Text pane)','ffdata_status':'form field help/status text (F1/status bar)','core_lastmod':'File > Info property','behind_picture':'covered by picture (page OCR misses it; PDF text has it)',
     'svg_textpath':'SVG picture text (Word renders svgBlip; LibreOffice 7.4 shows blank PNG fallback)'}
for x in t:
    tech=x['technique']
    if tech in HID: vis='present_not_rendered: '+HID[tech]
    elif tech=='del_decoy': vis='word_final_view' if x.get('word_final_view_has') else 'CHECK'
    elif tech=='lowcontrast_img': vis='rendered_pixels' + ('' if x.get('img_ocr_contrast_has') else ' (tesseract could not read it even contrast-stretched)')
    elif x.get('pdf_text_has') or x.get('pdf_raw_has'): vis='rendered'
    elif x.get('pdf_halves_in_order') or x.get('page_ocr_has'): vis='rendered_split (halves across page/column)'
    else: vis='CHECK'
    if tech=='colbreak' and vis=='CHECK': vis='rendered_split (halves in two columns)'
    x['visibility']=vis
    ok=bool(x['present_in']) or x.get('word_final_view_has') or x.get('img_ocr_contrast_has') or tech=='lowcontrast_img'
    x['verified_present']=bool(ok)
json.dump(t,open('truth.json','w'),indent=1,ensure_ascii=False)
from collections import Counter
print(Counter(x['visibility'] for x in t)); print([x['file'] for x in t if not x['verified_present'] or x['visibility']=='CHECK'])
