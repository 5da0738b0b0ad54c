import sys; sys.path.insert(0,'/tmp/ho56/docx/gen')
from pkg import Pkg; import tech
for t in ['chart_sci','chart_custom_dlbl','chart_title_strcache','header_list_label','textbox_table_split','footnote_textbox','endnote_contnotice','comment_textbox','alt_charref_newline','pic_hexdump']:
  for b in ['pack','pydocx','wordlike']:
    P=Pkg('/tmp/ho56/docx/bases/base_%s.docx'%b); r=tech.TECHS[t](P,'MPAN' if t!='chart_sci' else 'Contact phone','1200034567893' if t!='chart_sci' else '07700 900123','phone' if t=='chart_sci' else 'mpan',4242)
    P.save('/tmp/ho56/docx/trial/%s_%s.docx'%(t,b))
