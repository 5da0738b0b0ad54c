import random, json, sys
from pages import *
from chrome import render
V=[('flow_light_100',flowviewer,1100,660,1.0,False),('flow_dark_150',flowviewer,1100,660,1.5,True),
   ('ticket_light_125',ticket,1280,800,1.25,False),('ticket_dark_100',ticket,1280,800,1.0,True),
   ('swagger_light_100',swagger,1100,760,1.0,False),('swagger_dark_150',swagger,1100,760,1.5,True),
   ('dbrec_light_125',dbrecord,1280,640,1.25,False),('dbrec_dark_100',dbrecord,1280,640,1.0,True),
   ('chips_light_100',chips,1280,720,1.0,False),('chips_dark_200',chips,1280,720,2.0,True),
   ('grep_dark_150',grepterm,1280,420,1.5,True),('grep_dark_100',grepterm,1280,420,1.0,True),
   ('svgbill_light_100',svgbill,900,560,1.0,False),('svgbill_dark_125',svgbill,900,560,1.25,True),('svgbill_light_150',svgbill,900,560,1.5,False),
   ('slack_light_125',slack,1280,720,1.25,False),('slack_dark_100',slack,1280,720,1.0,True),
   ('sticky_light_100',sticky,1200,760,1.0,False),('sticky_light_150',sticky,1200,760,1.5,False),
   ('inputs_light_150',inputs,900,640,1.5,False),('inputs_dark_100',inputs,900,640,1.0,True),
   ('phonechat_light_300',phonechat,390,844,3.0,False),('phonechat_dark_300',phonechat,390,844,3.0,True),
   ('timeline_light_125',timeline,1000,820,1.25,False),('timeline_dark_200',timeline,1000,820,2.0,True),
   ('mail_light_100',mailist,820,560,1.0,False),('mail_dark_125',mailist,820,560,1.25,True)]
only=sys.argv[1:]
truth={}
try: truth=json.load(open('/tmp/ho49/screens/gen/truth_chrome.json'))
except Exception: pass
for i,(nm,fn,w,h,sc,dk) in enumerate(V):
    if only and nm not in only: continue
    r=random.Random(4900+i)
    css,body=fn(r,dk)
    png,d=render(nm,doc(css,body,dk,w,h),w,h,sc)
    truth[nm]={'toolkit':'chromium','design':fn.__name__,'scale':sc,'theme':'dark' if dk else 'light','css_size':[w,h],'items':d['items']}
    print(nm,len(d['items']),flush=True)
json.dump(truth,open('/tmp/ho49/screens/gen/truth_chrome.json','w'),indent=0)
