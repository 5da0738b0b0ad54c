import base64, binascii, urllib.parse, quopri, random
INVIS={'lrm':'\u200e','rlm':'\u200f','u2063':'\u2063','lri':'\u2066','rli':'\u2067','fsi':'\u2068','pdi':'\u2069','vs16':'\ufe0f','cgj':'\u034f','zwsp':'\u200b','zwj':'\u200d','zwnj':'\u200c','wj':'\u2060','shy':'\u00ad','bom':'\ufeff','alm':'\u061c','vs1':'\ufe00'}
SPACES={'nbsp':'\u00a0','nnbsp':'\u202f','thin':'\u2009','figure':'\u2007','ideo':'\u3000','tab':'\t','em':'\u2003'}
def group(v,sizes):
    out=[];i=0
    for n in sizes: out.append(v[i:i+n]); i+=n
    if i<len(v): out.append(v[i:])
    return [g for g in out if g]
def interleave(v,ch,every=1):
    return ch.join(v[i:i+every] for i in range(0,len(v),every))
def fullwidth(v): return ''.join(chr(ord(c)+0xFEE0) if '!'<=c<='~' else c for c in v)
def arabic(v): return ''.join(chr(0x660+int(c)) if c.isdigit() else c for c in v)
def extarabic(v): return ''.join(chr(0x6F0+int(c)) if c.isdigit() else c for c in v)
def deva(v): return ''.join(chr(0x966+int(c)) if c.isdigit() else c for c in v)
def mathbold(v): return ''.join(chr(0x1D7CE+int(c)) if c.isdigit() else c for c in v)
def circled(v): return ''.join(('⓪' if c=='0' else chr(0x2460+int(c)-1)) if c.isdigit() else c for c in v)
def juescape(v): return ''.join('\\u%04x'%ord(c) for c in v)
def pyx(v): return ''.join('\\x%02x'%ord(c) for c in v)
def octal(v): return ''.join('\\%03o'%ord(c) for c in v)
def entdec(v): return ''.join('&#%d;'%ord(c) for c in v)
def enthex(v): return ''.join('&#x%X;'%ord(c) for c in v)
def pct(v): return ''.join('%%%02X'%ord(c) for c in v)
def pct2(v): return ''.join('%%25%02X'%ord(c) for c in v)
def b64(v): return base64.b64encode(v.encode()).decode()
def b64url(v): return base64.urlsafe_b64encode(v.encode()).decode().rstrip('=')
def b32(v): return base64.b32encode(v.encode()).decode()
def hx(v): return v.encode().hex()
def hxup(v): return v.encode().hex().upper()
def hxsp(v): return ' '.join('%02x'%b for b in v.encode())
def utf16hex(v): return v.encode('utf-16-le').hex()
# digit-kind forms (value = digit string)
def digit_forms(kind):
    F={}
    sizes={'mpan':[2,4,4,3],'mpan13bad':[2,4,4,3],'mprn':[3,3,4],'phone':[5,6]}[kind]
    F['plain']=lambda v:v
    F['groups']=lambda v:' '.join(group(v,sizes))
    for nm,sep in [('us','_'),('comma',','),('colon',':'),('plus','+'),('dot','.'),('slash','/'),('pipe','|'),('hyph','-'),('tilde','~'),('middot','·'),('bullet','•'),('endash','–'),('emdash','—'),('minus','−')]:
        F['sep_'+nm]=(lambda sep: lambda v: sep.join(group(v,sizes)))(sep)
    F['longspace']=lambda v:'      '.join(group(v,sizes))
    F['spaced_each']=lambda v:' '.join(v)
    for nm,ch in INVIS.items():
        F['inv_'+nm]=(lambda ch: lambda v: interleave(v,ch,3))(ch)
    for nm,ch in SPACES.items():
        F['sp_'+nm]=(lambda ch: lambda v: ch.join(group(v,sizes)))(ch)
    F['fullwidth']=fullwidth; F['arabic']=arabic; F['extarabic']=extarabic; F['deva']=deva; F['mathbold']=mathbold; F['circled']=circled
    F['thousands']=lambda v:'{:,}'.format(int(v)) if v[0]!='0' else v[0]+'{:,}'.format(int(v[1:]))
    F['paren']=lambda v:'('+v[:2]+') '+v[2:6]+' '+v[6:]
    F['mixed_fw']=lambda v: v[:4]+fullwidth(v[4:9])+v[9:]
    F['excel_apos']=lambda v:"'"+v
    F['sci']=lambda v:'%s.%sE+%d'%(v[0],v[1:],len(v)-1) if v[0]!='0' else v
    return F
def alnum_forms(kind):
    F={}
    F['plain']=lambda v:v
    F['lower']=lambda v:v.lower()
    F['title']=lambda v:v[:1].upper()+v[1:].lower()
    if kind=='eui':
        F['hyph']=lambda v:'-'.join(v[i:i+2] for i in range(0,16,2))
        F['colon_l']=lambda v:':'.join(v[i:i+2] for i in range(0,16,2)).lower()
        F['space']=lambda v:' '.join(v[i:i+2] for i in range(0,16,2))
        F['dot4']=lambda v:'.'.join(v[i:i+4] for i in range(0,16,4)).lower()
        F['dot2']=lambda v:'.'.join(v[i:i+2] for i in range(0,16,2))
        F['ox']=lambda v:'0x'+v
        F['oxl']=lambda v:'0x'+v.lower()
        F['bytes_c']=lambda v:'{'+', '.join('0x'+v[i:i+2] for i in range(0,16,2))+'}'
        F['le_rev']=lambda v:''.join(v[i:i+2] for i in range(14,-2,-2))
        F['us']=lambda v:'_'.join(v[i:i+4] for i in range(0,16,4))
        F['hyph4']=lambda v:'-'.join(v[i:i+4] for i in range(0,16,4))
    elif kind=='postcode':

        F['nospace']=lambda v:v.replace(' ','')
        F['nbsp']=lambda v:v.replace(' ','\u00a0'); F['dbl']=lambda v:v.replace(' ','  ')
        F['hyph']=lambda v:v.replace(' ','-'); F['us']=lambda v:v.replace(' ','_')
        F['lower_nosp']=lambda v:v.replace(' ','').lower(); F['dot']=lambda v:v.replace(' ','.')
        F['tab']=lambda v:v.replace(' ','\t'); F['nnbsp']=lambda v:v.replace(' ','\u202f'); F['slash']=lambda v:v.replace(' ','/')
        F['spaced_each']=lambda v:' '.join(v.replace(' ',''))
    else:
        F['spaced']=lambda v:' '.join(v[i:i+3] for i in range(0,len(v),3))
        F['hyph']=lambda v:'-'.join(v[i:i+4] for i in range(0,len(v),4))
        F['hyph_l']=lambda v:'-'.join(v[i:i+4] for i in range(0,len(v),4)).lower()
        F['dot']=lambda v:'.'.join(v[i:i+3] for i in range(0,len(v),3))
        F['us']=lambda v:'_'.join(v[i:i+5] for i in range(0,len(v),5))
        F['slash']=lambda v:v[:3]+'/'+v[3:]
        F['prefix_sn']=lambda v:'SN'+v
        F['suffix']=lambda v:v+'/01'
    for nm in ['lrm','zwsp','u2063','shy','wj','cgj','vs16','rli']:
        F['inv_'+nm]=(lambda ch: lambda v: interleave(v,ch,3))(INVIS[nm])
    F['fullwidth']=fullwidth
    F['fw_lower']=lambda v:fullwidth(v.lower())
    return F
ENC={'b64':b64,'b64url':b64url,'b32':b32,'hex':hx,'hexup':hxup,'hexsp':hxsp,'pct':pct,'pct2':pct2,'juesc':juescape,'pyx':pyx,'octal':octal,'entdec':entdec,'enthex':enthex,'utf16hex':utf16hex}
