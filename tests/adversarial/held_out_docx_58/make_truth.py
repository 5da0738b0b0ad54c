import json
R='/tmp/ho38/docx'
t=json.load(open(f'{R}/truth_raw.json')); v=json.load(open(f'{R}/verify_render.json'))
WORD={'render':'Word/LO body rendering','word-spec':'Word renders it per ECMA-376/MCE (LO may not)','hover':'Word shows it as a screen tip on hover; in XML part','balloon':'Word shows it as the revision author in the balloon/Reviewing pane','dialog':'Word Insert>Bookmark dialog lists it','part':'sits in a package part a reader/tool can extract (File>Info, properties, zip listing, etc.)','ocr':'pixels of an image shown on the page','n/a':'-'}
manual={'A332_png_pixels_shape_fill_eui.docx':'OCR at 200dpi page 6: "Device ID: 00-OD-6F-00-14-E1-A7-E5"',
        'A336_png_pixels_shape_fill_email.docx':'OCR at 200dpi page 6: "E-mail: fergus.aprhys336@btinternet.co" (last char clipped by image edge)',
        'A341_png_pixels_header_image_postcode.docx':'OCR: "Postcode: M19 6B}" (tesseract misreads J)',
        'A087_fullwidth_forms_phone.docx':'LO wraps at U+3000: "０７７００" / "９０３２１９" on two lines',
        'A264_activex_caption_email.docx':'LO shows caption truncated "priya.macleod264@btinter..."',
        'A304_printer_settings_bin_email.docx':'DEVMODE name truncated to 31 chars: "priya.macleod304@northern-power"',
        'A248_bookmark_name_email.docx':'bookmark name form ffion_llewellyn248_talktalk_net'}
for x in t:
    r=v[x['file']]; ev=[]
    if r['lo_text']: ev.append('LO PDF pdftotext contains value')
    if r.get('ocr'): ev.append('tesseract OCR of pdftoppm page contains value')
    if x['technique']=='symbol_fields': ev.append('LO PDF shows each char doubled (SYMBOL field result + symbol); Word shows field result once')
    if x['technique'] in('hidden_decoy_direct','hidden_decoy_by_style'): ev.append('own parser: value only with hidden decoy run removed; LO render shows it joined')
    if r['parts']: ev.append('own parser finds it in: '+', '.join(r['parts']))
    if x['file'] in manual: ev.append(manual[x['file']])
    x['visible_how']=WORD[x['expected_visibility']]; x['verified_by']=ev
    if x['type']=='altered' and not ev: print('UNVERIFIED',x['file'])
json.dump(t,open(f'{R}/truth.json','w'),indent=1,ensure_ascii=False)
print(len(t))
