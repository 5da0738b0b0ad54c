# POST-FREEZE probes (designed after seeing first results; not part of the frozen figures).
import sys, json
sys.argv=['x']; src=open('/tmp/ho38/docx/gen/generate.py').read().replace('\nbuild()\n','\n')
exec(src)
OUTP='/tmp/ho38/docx/probes'; truth=[]
def chunks(v,n): return [v[i:i+n] for i in range(0,len(v),n)]
def mk(name,kind,val,xml_fn,base='B2_pythondocx'):
    p=Pkg(f'{ROOT}/base/{base}.docx'); form=xml_fn(p); p.save(f'{OUTP}/{name}.docx'); truth.append(dict(file=name+'.docx',kind=kind,value=val,form=form,base=base))
v1=mpan(901); v2=email(902); v3=eui(903); v4=mpan(904); v5=phone(905); v6=mpan(906)
def f1(p):
    p.body_insert(P(R('MPAN: ')+''.join(R(c)+R('x','<w:vanish/>') for c in chunks(v1,3)))); return 'MPAN in 3-digit chunks, vanish letter decoy after each'
def f2(p):
    p.styles_add('<w:style w:type="character" w:customStyle="1" w:styleId="HoNote"><w:name w:val="Ho Note"/><w:rPr><w:vanish/></w:rPr></w:style>')
    p.body_insert(P(R('E-mail: ')+''.join(R(c)+R('q','<w:rStyle w:val="HoNote"/>') for c in chunks(v2,4)))); return 'email 4-char chunks, style-hidden decoy'
def f3(p):
    p.body_insert(P(R('Device ID: ')+''.join(R(c)+R('Z9','<w:vanish/>') for c in v3.split('-')))); return 'EUI groups with vanish decoy replacing dashes'
def f4(p):
    p.body_insert(P(R('MPAN: ')+f'<mc:AlternateContent><mc:Choice Requires="w14">{R(v4)}</mc:Choice><mc:Fallback>{R("77")}</mc:Fallback></mc:AlternateContent>')); return 'mc:Choice value, Fallback "77" glued after it'
def f5(p):
    p.body_insert(P(R('Tel: ')+''.join(R(c)+R('0','<w:vanish/>') for c in chunks(v5.replace(' ',''),3)))); return 'phone 3-digit chunks, hidden digit decoys'
def f6(p):
    p.body_insert(P(R('MPAN: ')+f'<mc:AlternateContent xmlns:hox="urn:ho38:future"><mc:Choice Requires="hox">{R("99")}</mc:Choice><mc:Fallback>{R(v6)}</mc:Fallback></mc:AlternateContent>')); return 'Choice (unknown ns) "99" glued before Fallback value'
for i,(f,k,v) in enumerate([(f1,'mpan',v1),(f2,'email',v2),(f3,'eui',v3),(f4,'mpan',v4),(f5,'phone',v5),(f6,'mpan',v6)]): mk(f'P{i+1}_{f.__name__}',k,v,f)
json.dump(truth,open(f'{OUTP}/truth.json','w'),indent=1)
print(truth)
# second probe batch: no labels
truth2=[]; truth_backup=truth; truth=[]
v7=mpan(907); v8=eui(908); v9=name(909); v10=mpan(910); v11=postcode(911); v12=serial(912)
def g7(p): p.body_insert(P(R('Ref check passed for ')+''.join(R(c)+R('x','<w:vanish/>') for c in chunks(v7,3)))); return 'no label; MPAN 3-digit chunks, vanish decoys'
def g8(p): p.body_insert(P(R('Paired ')+''.join(R(c)+R('Z9','<w:vanish/>') for c in v8.split('-'))+R(' to the hub.'))); return 'no label; EUI groups, vanish decoys'
def g9(p): p.body_insert(P(R(f'Engineer spoke to {v9} at the door; reading agreed.'))); return 'no label; name in sentence, plain run'
def g10(p): p.body_insert(P(R('Supply ')+f'<mc:AlternateContent><mc:Choice Requires="w14">{R(v10)}</mc:Choice><mc:Fallback>{R("77")}</mc:Fallback></mc:AlternateContent>'+R(' migrated.'))); return 'no label; mc:Choice value + Fallback 77'
def g11(p): a,b=halves(v11); p.body_insert(P(R('Premises at ')+R(a)+R('Q','<w:vanish/>')+R(b)+R(', access via rear.'))); return 'no label; postcode split by vanish decoy'
def g12(p): p.body_insert(P(R('Swapped ')+''.join(R(c)+R('-','<w:vanish/>') for c in chunks(v12,2))+R(' for new unit.'))); return 'no label; serial 2-char chunks, hidden hyphens'
for i,(f,k,v) in enumerate([(g7,'mpan',v7),(g8,'eui',v8),(g9,'name',v9),(g10,'mpan',v10),(g11,'postcode',v11),(g12,'serial',v12)]): mk(f'P{i+7}_{f.__name__}',k,v,f)
json.dump(truth_backup+truth,open(f'{OUTP}/truth.json','w'),indent=1)
