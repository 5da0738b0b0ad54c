import random, itertools, unicodedata, uuid, json
from ids import IdSource, PARTICLES, strip_acc
from forms import digit_forms, alnum_forms, ENC, INVIS, fullwidth
DF={k:digit_forms(k) for k in ['mpan','mpan13bad','mprn','phone']}
AF={k:alnum_forms(k) for k in ['eserial','gserial','eui','postcode']}
CYC={}
import zlib
def cyc(key,names,r):
    if key not in CYC:
        l=list(names); random.Random(zlib.crc32(key.encode())).shuffle(l); CYC[key]=[l,0]
    e=CYC[key]; v=e[0][e[1]%len(e[0])]; e[1]+=1; return v
def cyc_snapshot(): return {k:v[1] for k,v in CYC.items()}
def cyc_restore(sn):
    for k in list(CYC):
        if k in sn: CYC[k][1]=sn[k]
        else: del CYC[k]
GENERIC={'cottage','lodge','flat','road','street','avenue','crescent','close','lane','drive','terrace','gardens','way','grove','place','row','walk','mews','court','rise','hill','square','view','the'}
def name_words(fn,sn):
    import re
    ws=[fn]+[w for w in re.split(r"[^\w]+",sn) if w]
    return [w for w in ws if w.lower() not in PARTICLES and len(w)>=3]
def addr_words(a):
    import re
    lead,st,ty,tw=a
    ws=[w for w in re.split(r"[^\w]+",lead) if w and not w.isdigit() and not re.match(r'^\d+[A-C]$',w)]
    ws=[w for w in ws if w.lower() not in GENERIC and len(w)>=3]
    return ws+[st,tw]
class G:
    def __init__(s,fid,seed,idseed):
        s.fid=fid; s.r=random.Random(seed); s.ids=IdSource(idseed); s.truth=[]; s.keeps=[]; s.ctx=[]; s.kn=0
    # ---------- identifiers
    def new(s,kind):
        return getattr(s.ids,kind)()
    def rec(s,kind,val,form,words=None,prop=False):
        d={'kind':kind,'value':val if isinstance(val,str) else list(val),'form':'+'.join(s.ctx+[form]),'prop':prop}
        if words: d['words']=words
        s.truth.append(d); return d
    def p(s,kind,form=None,val=None,prop=False,html=False):
        """put an identifier; returns rendered string"""
        if kind in ('mpan','mpan13bad','mprn','phone'):
            v=val or s.new(kind)
            forms=DF[kind]
            if kind=='phone':
                extra={'intl':lambda v:'+44 '+v[1:5]+' '+v[5:],'intl0':lambda v:'+44 (0)'+v[1:5]+' '+v[5:],'0044':lambda v:'0044'+v[1:],'tel':lambda v:'tel:+44'+v[1:],'intl_nosp':lambda v:'+44'+v[1:]}
                forms=dict(forms); forms.update(extra)
            if html: forms=s.htmlforms(forms)
            f=form or cyc(kind+('h' if html else ''),forms.keys(),s.r)
            out=forms[f](v); s.rec(kind,v,f,prop=prop); return out
        if kind=='mpan21':
            v=val or s.new('mpan21'); f=form or cyc('mpan21',['inline21','spaced21','two_line','pipe','S_line','slash','dash_groups','plain_core_only_top'],s.r)
            top,core=v[:8],v[8:]
            R={'inline21':v,'spaced21':top[:2]+' '+top[2:5]+' '+top[5:]+' '+core[:2]+' '+core[2:6]+' '+core[6:10]+' '+core[10:],
               'two_line':'S  '+top[:2]+'  '+top[2:5]+'  '+top[5:]+'\n   '+core[:2]+'  '+core[2:6]+'  '+core[6:10]+'  '+core[10:],
               'pipe':'S | '+top[:2]+' | '+top[2:5]+' | '+top[5:]+' | '+core[:2]+' | '+core[2:6]+' | '+core[6:10]+' | '+core[10:],
               'S_line':'S'+top+core,'slash':top[:2]+'/'+top[2:5]+'/'+top[5:]+'/'+core,'dash_groups':top+'-'+core[:2]+'-'+core[2:6]+'-'+core[6:10]+'-'+core[10:],
               'plain_core_only_top':'S '+top[:2]+' '+top[2:5]+' '+top[5:]+'  '+core}[f]
            s.rec('mpan21',v,f,prop=prop); return R
        if kind in AF:
            v=val or s.new(kind); forms=AF[kind]
            if html: forms=s.htmlforms(forms)
            f=form or cyc(kind+('h' if html else ''),forms.keys(),s.r)
            s.rec(kind,v,f,prop=prop); return forms[f](v)
        if kind=='name':
            fn,sn=val or s.new('name')
            F={'plain':f'{fn} {sn}','title':f'{s.r.choice(["Mr","Mrs","Ms","Miss","Dr","Mx"])} {fn} {sn}','caps':f'{fn} {sn}'.upper(),
               'surname_first':f'{sn.upper()}, {fn}','initial':f'{fn[0]}. {sn}','nfd':unicodedata.normalize('NFD',f'{fn} {sn}'),
               'zwsp':f'{fn[:2]}\u200b{fn[2:]} {sn[:3]}\u200b{sn[3:]}','nbsp':f'{fn}\u00a0{sn}','lower':f'{fn} {sn}'.lower(),
               'ascii':strip_acc(f'{fn} {sn}'),'possessive':f"{fn} {sn}'s",'lastfirst_nocomma':f'{sn} {fn}','spaced_letters':' '.join(f'{fn} {sn}'),
               'fw':fullwidth(f'{fn} {sn}'),'shy':f'{fn[:3]}\u00ad{fn[3:]} {sn[:3]}\u00ad{sn[3:]}'}
            if html:
                import html as H
                F={'h_ent':H.escape(f'{fn} {sn}').encode('ascii','xmlcharrefreplace').decode(),'h_b':f'<b>{fn}</b> {sn[:3]}<span>{sn[3:]}</span>','h_nbsp':f'{fn}&nbsp;{sn}','h_plain':f'{fn} {sn}','h_named':f'{fn} {sn}'.replace('â','&acirc;').replace('ś','&#347;').replace('ó','&oacute;').replace("'",'&#39;').replace('í','&iacute;').replace('ò','&ograve;').replace('á','&aacute;')}
            f=form or cyc('name'+('h' if html else ''),F.keys(),s.r)
            s.rec('name',(fn,sn),f,words=name_words(fn,sn),prop=prop); return F[f]
        if kind=='address':
            a=val or s.new('address'); lead,st,ty,tw=a
            sep=' ' if lead.endswith(',') or lead.isdigit() or lead[:-1].isdigit() else ' '
            base=f'{lead}{sep}{st} {ty}, {tw}'
            ab={'Road':'Rd','Street':'St','Avenue':'Ave','Crescent':'Cres','Close':'Cl','Lane':'Ln','Drive':'Dr','Terrace':'Terr','Gardens':'Gdns','Place':'Pl','Square':'Sq','Court':'Ct'}
            F={'plain':base,'caps':base.upper(),'abbr':f'{lead}{sep}{st} {ab.get(ty,ty)} {tw}','nocomma':base.replace(',',''),'lines':base.replace(', ','\n'),
               'lower':base.lower(),'semi':base.replace(', ','; '),'pipe':base.replace(', ',' | '),'reversed':f'{tw}, {st} {ty}, {lead}'.replace(',,',','),'nbsp':base.replace(' ','\u00a0')}
            if html:
                F={'h_br':base.replace(', ','<br>'),'h_nbsp':base.replace(' ','&nbsp;'),'h_b':f'<b>{lead}</b> {st}<wbr>{ty}, <i>{tw}</i>','h_plain':base}
            f=form or cyc('address'+('h' if html else ''),F.keys(),s.r)
            s.rec('address',a,f,words=addr_words(a),prop=prop); return F[f]
        if kind=='email':
            v=val or s.new('email'); loc,dom=v.split('@')
            F={'plain':v,'upper':v.upper(),'angle':f'<{v}>','mailto_pct':'mailto:'+v.replace('@','%40'),'at_dot':f'{loc} at {dom.replace("."," dot ")}','bracket_at':f'{loc}[at]{dom}',
               'zwsp':f'{loc[:3]}\u200b{loc[3:]}@{dom}','fw_at':f'{loc}＠{dom}','plus':f'{loc}+energy@{dom}','quoted':f'"{loc}"@{dom}','ent_at':f'{loc}&#64;{dom}'}
            f=form or cyc('email',F.keys(),s.r)
            s.rec('email',v,f,prop=prop); return F[f]
        raise KeyError(kind)
    def htmlforms(s,forms):
        def nb(v): 
            n=len(v); return '&nbsp;'.join([v[:n//3],v[n//3:2*n//3],v[2*n//3:]])
        return {'h_nbsp':nb,'h_b':lambda v:v[:4]+'<b>'+v[4:9]+'</b>'+v[9:],'h_wbr':lambda v:v[:5]+'<wbr>'+v[5:],'h_mark':lambda v:'<mark>'+v[:6]+'</mark>'+v[6:],
                'h_span':lambda v:'<span class="d">'+v[:3]+'</span><span>'+v[3:]+'</span>','h_ent':lambda v:''.join('&#%d;'%ord(c) for c in v),'h_entx':lambda v:''.join('&#x%x;'%ord(c) for c in v),
                'h_plain':lambda v:v,'h_comment':lambda v:v[:6]+'<!-- -->'+v[6:],'h_zwnbsp':lambda v:v[:6]+'&#8203;'+v[6:],'h_shy':lambda v:v[:5]+'&shy;'+v[5:]}
    def split(s,kind,prefix):
        v=s.new(kind) if kind!='address' else None
        if kind in ('mpan','mprn','phone','mpan13bad'):
            cut=s.r.randint(4,len(v)-4); s.rec(kind,v,'split['+prefix.strip()+']'); return v[:cut]+'\n'+prefix+v[cut:]
        if kind in AF:
            cut=s.r.randint(3,len(v)-3); s.rec(kind,v,'split['+prefix.strip()+']'); return v[:cut]+'\n'+prefix+v[cut:]
        raise KeyError
    def again(s,d,form=None,html=False):
        v=d['value'] if isinstance(d['value'],str) else tuple(d['value'])
        return s.p(d['kind'],form=form,val=v,prop=True,html=html)
    def last(s): return s.truth[-1]
    def blob(s,enc,fn):
        s.ctx.append(enc if isinstance(enc,str) else 'formenc'); inner=fn(); s.ctx.pop()
        return ENC[enc](inner) if enc in ENC else enc(inner)
    # ---------- keeps
    def k(s,t=None):
        r=s.r; s.kn+=1
        t=t or r.choice(['tc','ref','dip','msg','ts','count','amt','ver','co','vat','po','inv','mpid','inc','chg','corr','ip','step','ticket','lic','sha','dur','bsc'])
        n=s.kn
        v={'tc':lambda:f'TC-{r.choice(["LDSO","SUPP","MDS","CSS","SIT","UIT"])}-{r.randint(100,9999):04d}',
           'ref':lambda:f'{r.choice(["MPAN","MPRN","METER","SITE","DEVICE","CUST"])}-REF-{n:02d}',
           'dip':lambda:str(uuid.UUID(int=r.getrandbits(128),version=4)),
           'msg':lambda:r.choice(['MHHS-IF-019','MHHS-IF-021','MHHS-IF-036','MHHS-IF-041','D0010','D0150','D0086','D0205','SRV8.1.1','SRV11.2','GBCS-UC-004','ECS17','CSS-SN-01','REC-M5','UNC-ONJOB','UKLINK-NOM']),
           'ts':lambda:f'2026-{r.randint(1,12):02d}-{r.randint(1,28):02d}T{r.randint(0,23):02d}:{r.randint(0,59):02d}:{r.randint(0,59):02d}.{r.randint(0,999):03d}Z',
           'count':lambda:f'records={r.randint(1,99999)}','amt':lambda:f'£{r.randint(1,9999):,}.{r.randint(0,99):02d}',
           'ver':lambda:f'v{r.randint(1,9)}.{r.randint(0,30)}.{r.randint(0,99)}','co':lambda:f'CRN{r.randint(10**7,10**8-1)}',
           'vat':lambda:f'GB{r.randint(100,999)}{r.randint(1000,9999)}{r.randint(10,99)}','po':lambda:f'PO-45{r.randint(10**7,10**8-1)}',
           'inv':lambda:f'INV-{r.randint(10**6,10**7-1)}','mpid':lambda:r.choice(['SWEB','MANW','EMEB','LOND','NORW','YELG','SOUT','HYDE'])+f'-{n:03d}',
           'inc':lambda:f'INC{r.randint(10**6,10**7-1)}','chg':lambda:f'CHG{r.randint(10**6,10**7-1)}','corr':lambda:f'corr-{r.getrandbits(48):012x}',
           'ip':lambda:f'10.{r.randint(0,255)}.{r.randint(0,255)}.{r.randint(1,254)}:{r.choice([443,8443,9092,5671])}','step':lambda:f'STEP-{r.randint(1,60):02d}.{r.randint(1,9)}',
           'ticket':lambda:f'DEF-{r.randint(1000,99999)}','lic':lambda:f'LIC-ES-{r.randint(100,9999):04d}','sha':lambda:f'{r.getrandbits(28):07x}',
           'dur':lambda:f'{r.randint(1,9999)}ms','bsc':lambda:f'BSCP-{r.randint(10,999)}-{r.choice("ABCDEFGH")}'}[t]()
        s.keeps.append({'type':t,'value':v}); return v
