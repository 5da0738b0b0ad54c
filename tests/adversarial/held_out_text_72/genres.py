import json, base64, struct
from forms import b64, hx, pct, fullwidth
def kotlin_sync(G):
    k=G.k; p=G.p
    m=p('mpan'); d=G.last()
    L=[f"{k('ts')} D/JobSyncWorker: pulling jobs for engineer ENG-{G.r.randint(100,999)} batch={k('count')}",
       f"{k('ts')} I/JobRepository: JobEntity(jobId={k('tc')}, mpan={m}, mprn={p('mprn')}, elecMeterSerial={p('eserial')}, gasMeterSerial={p('gserial')}, commsHubId={p('eui')}, status=ASSIGNED, ref={k('ref')})",
       f"{k('ts')} I/JobRepository: Customer(name={p('name')}, phone={p('phone')}, email={p('email')})",
       f"{k('ts')} D/AddressMapper: Premises(line1=\"{p('address')}\", postcode=\"{p('postcode')}\")",
       f"{k('ts')} W/SyncApi: retry 2/5 POST /v3/jobs/{G.again(d,'plain')}/complete -> 503 ({k('dur')}) {k('corr')}",
       f"{k('ts')} E/PhotoUploader: upload failed file=/storage/emulated/0/Jobs/{G.again(d,'sep_us')}_meter_photo.jpg msg={k('msg')}",
       f"{k('ts')} D/Crypto: payload={G.blob('b64',lambda: json.dumps({'mpan':G.p('mpan','plain'),'ihd':G.p('eui','plain')}))} app={k('ver')}"]
    return 'log','\n'.join(L)+'\n',None
def swift_dump(G):
    k=G.k; p=G.p
    t=f"""▿ InstallJob
  - id: "{k('tc')}"
  - createdAt: {k('ts')}
  ▿ supply: SupplyPoint
    - mpan: "{p('mpan')}"
    - mprn: "{p('mprn')}"
    - gasSerial: "{p('gserial')}"
    - elecSerial: "{p('eserial')}"
    ▿ hub: CommsHub
      - deviceId: "{p('eui')}"
      - firmware: "{k('ver')}"
  ▿ occupant: Occupant
    - fullName: "{p('name')}"
    - mobile: "{p('phone')}"
    - address: "{p('address')} {p('postcode')}"
  - dipMessageId: {k('dip')}
  - amountDue: "{k('amt')}"
  - reference: "{k('ref')}"
(lldb) po job.supply.mpan.unicodeScalars.map {{ $0.value }}
"""
    d=[x for x in G.truth if x['kind']=='mpan'][0]
    t+='▿ '+str([ord(c) for c in d['value']])+'\n'; G.rec('mpan',d['value'],'swift_scalar_list',prop=True)
    return 'txt',t,None
def soql(G):
    k=G.k; p=G.p; rows=[]
    for i in range(3):
        rows.append(f"│ {k('tc'):<14} │ {p('mpan'):<22} │ {p('name'):<34} │ {p('postcode'):<10} │ {k('amt'):>10} │ {k('ts')} │")
    t=f"""$ sfdx force:data:soql:query -q "SELECT Name, MPAN__c, Contact_Name__c, Postcode__c, Balance__c, LastModifiedDate FROM Supply_Point__c WHERE Case__c = '{k('inc')}'"
┌────────────────┬────────────────────────┬────────────────────────────────────┬────────────┬────────────┬──────────────────────────┐
│ NAME           │ MPAN__C                │ CONTACT_NAME__C                    │ POSTCODE__C│ BALANCE__C │ LASTMODIFIEDDATE         │
├────────────────┼────────────────────────┼────────────────────────────────────┼────────────┼────────────┼──────────────────────────┤
""" + '\n'.join(rows)+f"""
└────────────────┴────────────────────────┴────────────────────────────────────┴────────────┴────────────┴──────────────────────────┘
Total number of records retrieved: 3.
Querying Data... done ({k('dur')}) org={k('ver')}
EXECUTE ANONYMOUS: System.debug(ContactEmail) => {p('email')} ; MeterSerial__c => {p('eserial')}
"""
    return 'txt',t,None
def d365_audit(G):
    k=G.k; p=G.p
    t=f"""Audit History - Account: {k('ref')}   Filter on: All Fields
Changed Date\tChanged By\tEvent\tChanged Field\tOld Value\tNew Value
{k('ts')}\tsvc-integration\tUpdate\tTelephone 1\t{p('phone')}\t{p('phone')}
{k('ts')}\tsvc-integration\tUpdate\tAddress 1: Street 1\t{p('address')}\t{p('address')}
{k('ts')}\tsvc-integration\tUpdate\tAddress 1: ZIP/Postal Code\t{p('postcode')}\t{p('postcode')}
{k('ts')}\tsvc-integration\tUpdate\tMPAN (new_mpan)\t\t{p('mpan')}
{k('ts')}\tsvc-integration\tUpdate\tEmail\t{p('email')}\t
{k('ts')}\tsvc-integration\tUpdate\tFull Name\t{p('name')}\t{p('name')}
{k('ts')}\tsvc-integration\tUpdate\tComms Hub GUID\t\t{p('eui')}
{k('ts')}\tsvc-integration\tUpdate\tCase\t{k('inc')}\t{k('inc')}
{k('ts')}\tsvc-integration\tUpdate\tInvoice\t{k('inv')}\t{k('amt')}
Plugin trace: OrgId={k('dip')} message={k('msg')} depth=1 {k('dur')}
"""
    return 'tsv',t,None
def biztalk(G):
    k=G.k; p=G.p
    body=G.blob('b64',lambda: f"<ns0:Reading xmlns:ns0=\"http://schemas.example/mr\"><MPAN>{G.p('mpan','plain')}</MPAN><Serial>{G.p('eserial','plain')}</Serial><Name>{G.p('name','plain')}</Name></ns0:Reading>")
    t=f"""Tracked Message Events — Message ID {{{k('dip')}}}  Service Instance {{{k('dip')}}}
Context Properties:
  http://schemas.microsoft.com/BizTalk/2003/system-properties#InterchangeID  {{{k('dip')}}}
  http://schemas.microsoft.com/BizTalk/2003/file-properties#ReceivedFileName  \\\\fs01\\drop\\in\\MR_{p('mpan','sep_us')}_{k('sha')}.xml
  https://MeterRead.Schemas.PropertySchema#MPAN  {p('mpan',html=True)}
  https://MeterRead.Schemas.PropertySchema#SiteAddress  {p('address',html=True)}&#13;&#10;{p('postcode',html=True)}
  https://MeterRead.Schemas.PropertySchema#MessageType  {k('msg')}
Body part (Base64):
{body}
Message size: {k('count')} Adapter: FILE Port: {k('tc')} Time: {k('ts')}
"""
    return 'txt',t,None
def tibco(G):
    k=G.k; p=G.p
    t=f"""{k('ts')} [MSG:{k('corr')}] RECEIVED on queue 'MDS.METER.UPDATE':
MapMessage={{ Header={{ JMSMessageID={{ID:EMS-SERVER.{k('sha')}:1}} JMSDestination={{QUEUE:'MDS.METER.UPDATE'}} JMSTimestamp={{{k('ts')}}} }} Properties={{ flow={{string:{k('msg')}}} ver={{string:{k('ver')}}} }} Fields={{ MPAN={{string:{p('mpan')}}} MeterSerial={{string:{p('eserial')}}} GasSerial={{string:{p('gserial')}}} CHF={{string:{p('eui')}}} Contact={{string:{p('name')}}} Tel={{string:{p('phone')}}} Postcode={{string:{p('postcode')}}} raw={{bytes:{G.blob('hex',lambda: G.p('mpan','plain'))}}} }} }}
{k('ts')} [MSG:{k('corr')}] ACK sent count={k('count')} {k('dur')}
"""
    return 'log',t,None
def ccb(G):
    k=G.k; p=G.p
    t=f"""  CC&B 2.9  Premise - Main                                  {k('ts')}
  -----------------------------------------------------------------------
  Premise ID : {k('co')}          Premise Type: RESIDENTIAL
  Address    : {p('address','caps')}
  Postal     : {p('postcode')}
  Service Point(s)
   SP ID      SP Type  External ID                    Install Date
   {k('inv')}   E-MTR    {p('mpan21')}
   {k('inv')}   G-MTR    {p('mprn')}
  Meter / Item
   Badge Nbr : {p('eserial')}   Mfr: LANDIS   Cfg: {k('ref')}
   Badge Nbr : {p('gserial')}   Mfr: ITRON
  Person     : {p('name','surname_first')}       Phone: {p('phone')}
  F1=Help F3=Exit  Msg: {k('msg')} {k('ticket')}
"""
    return 'txt',t,None
def isu_eabl(G):
    k=G.k; p=G.p
    rows='\n'.join(f"|{k('co'):<12}|{p('eserial'):<18}|{p('mpan'):<20}|{k('ts')[:10]}|{G.r.randint(1000,99999):>8}|{k('ref'):<12}|" for i in range(4))
    t=f"""Table EABL   Displayed Fields: 6 of 42   Fixed Columns: 2   List Width 0250
---------------------------------------------------------------------------------
|ABLBELNR    |GERAET            |EXT_UI              |ADAT      |V_ZWSTAND|ZWNABR      |
---------------------------------------------------------------------------------
{rows}
---------------------------------------------------------------------------------
EANL: ANLAGE {k('co')} VSTELLE {k('co')} HAUS {p('address')} POST_CODE1 {p('postcode')}
BUT000: NAME_FIRST/NAME_LAST {p('name','surname_first')} TEL_NUMBER {p('phone')} SMTP_ADDR {p('email')}
"""
    return 'txt',t,None
def deadlock(G):
    k=G.k; p=G.p
    t=f"""<deadlock-list>
 <deadlock victim="process{k('sha')}">
  <process-list>
   <process id="process{k('sha')}" taskpriority="0" logused="0" waitresource="KEY: 7:{k('corr')}" lasttranstarted="{k('ts')}" clientapp="MeterSvc {k('ver')}">
    <executionStack><frame procname="dbo.usp_UpdateSupply" line="41">UPDATE dbo.SupplyPoint SET Status = 'CoS' WHERE Mpan = '{p('mpan')}'</frame></executionStack>
    <inputbuf>
EXEC dbo.usp_UpdateSupply @Mpan=N'{p('mpan')}', @Serial=N'{p('eserial')}', @Name=N'{p('name')}', @Addr=N'{p('address')}', @PC=N'{p('postcode')}'
    </inputbuf>
   </process>
   <process id="process{k('sha')}" waitresource="KEY: 7:{k('corr')}">
    <inputbuf>SELECT * FROM dbo.GasMeter WITH (UPDLOCK) WHERE Serial = '{p('gserial')}' AND Mprn = {p('mprn')} -- {k('ticket')}</inputbuf>
   </process>
  </process-list>
 </deadlock>
</deadlock-list>
"""
    return 'xml',t,None
def iex(G):
    k=G.k; p=G.p
    ev=G.new('eui'); G.rec('eui',ev,'elixir_bytes_decimal')
    t=f"""iex(3)> Meters.Supply.get!("{k('ref')}")
%Meters.Supply{{
  __meta__: #Ecto.Schema.Metadata<:loaded, "supply_points">,
  id: {G.r.randint(1,9999)},
  mpan: "{p('mpan')}",
  mprn: "{p('mprn')}",
  chf_id: <<{', '.join(str(b) for b in bytes.fromhex(ev))}>>,
  serials: ["{p('eserial')}", "{p('gserial')}"],
  contact: %{{name: "{p('name')}", email: "{p('email')}", phone: "{p('phone')}"}},
  inserted_at: ~U[{k('ts')}],
  flow: "{k('msg')}"
}}
iex(4)> String.to_charlist("{p('mpan','plain')}")
~c"{G.truth[-1]['value']}"
iex(5)> String.to_charlist("{G.p('eserial','plain')}") |> Enum.map(& &1)
{[ord(c) for c in G.truth[-1]['value']]}
"""
    G.rec('mpan',G.truth[-2]['value'],'plain',prop=True); G.rec('eserial',G.truth[-2]['value'],'charcode_list',prop=True)
    return 'txt',t,None
def scala(G):
    k=G.k; p=G.p
    t=f"""scala> val sp = repo.find("{k('ref')}")
val sp: Option[SupplyPoint] = Some(SupplyPoint({p('mpan')},{p('mprn')},Meter({p('eserial')},E),Meter({p('gserial')},G),Hub({p('eui')}),Occupant({p('name')},{p('phone')},{p('email')}),Address({p('address')},{p('postcode')}),{k('ts')},{k('msg')}))

scala> sp.map(_.mpan.grouped(4).toList)
val res1: Option[List[String]] = Some(List({','.join(G.p('mpan','plain')[i:i+4] for i in range(0,13,4))}))

scala> spark.sql("select count(*) from reads where run_id='{k('tc')}'").show
+--------+
|count(1)|
+--------+
|    {G.r.randint(10,9999)}|
+--------+
"""
    G.truth[-1]['form']='scala_grouped4_list'
    return 'txt',t,None
def haskell(G):
    k=G.k; p=G.p
    t=f"""ghci> lookupSupply conn (Ref "{k('ref')}")
Right (Supply {{supplyMpan = Mpan "{p('mpan')}", supplyMprn = Just (Mprn {p('mprn')}), supplyMeters = [Meter {{meterSerial = "{p('eserial')}", meterFuel = Elec}},Meter {{meterSerial = "{p('gserial')}", meterFuel = Gas}}], supplyHub = Eui64 0x{G.p('eui','plain')}, supplyContact = Contact {{contactName = "{G.p('name','nfd')}", contactPhone = "{p('phone')}", contactEmail = "{p('email')}"}}, supplyAddress = "{p('address')}, {p('postcode')}", supplyUpdated = {k('ts')}, supplyFlow = {k('msg')}}})
ghci> encode (supplyMpan s)
"{G.blob('juesc',lambda: G.p('mpan','plain'))}"
ghci> show (length reads) ++ " " ++ "{k('count')}"
"""
    return 'txt',t,None
def fsharp(G):
    k=G.k; p=G.p
    t=f"""> let sp = Repo.load "{k('ref')}";;
val sp: SupplyPoint =
  {{ Mpan = "{p('mpan')}"
    Mprn = Some "{p('mprn')}"
    ElecSerial = "{p('eserial')}"
    GasSerial = "{p('gserial')}"
    Hub = {G.p('eui','oxl')}UL
    Customer = {{ Name = "{p('name')}"
                 Phone = "{p('phone')}"
                 Address = "{p('address')}"
                 Postcode = "{p('postcode')}" }}
    Updated = {k('ts')}
    Flow = {k('msg')}
    Amount = {k('amt')}M }}
> sp.Mpan |> Seq.map int |> List.ofSeq;;
val it: int list =
  {[ord(c) for c in G.again(G.truth[0],'plain')]}
"""
    G.truth[-1]['form']='fsharp_charcode_list'
    return 'txt',t,None
def flutter(G):
    k=G.k; p=G.p
    t=f"""flutter: ══╡ JOB SYNC ╞═══════ {k('ts')}
flutter: job={k('tc')} mpan={p('mpan')} msn={p('eserial')}
flutter: gas msn={p('gserial')} mprn={p('mprn')}
flutter: occupant={{name: {p('name')}, tel: {p('phone')}}}
flutter: site={p('address')}
flutter: {p('postcode')} (geo ok)
flutter: uri=https://api.example/jobs?mpan={G.blob('pct',lambda: G.p('mpan','plain'))}&ref={k('ref')}
flutter: Another exception was thrown: RenderFlex overflowed by 12 pixels on the right. {k('ver')}
flutter: debugPrint throttled {k('count')}
"""
    return 'log',t,None
def pulumi(G):
    k=G.k; p=G.p
    t=f"""Previewing update (uat-{k('sha')})

     Type                              Name                   Plan       Info
     pulumi:pulumi:Stack               meters-uat
 ~   ├─ azure-native:web:WebAppSettings  app-settings         update     [diff: ~properties]
 +   └─ azure-native:storage:Blob        fixture-{G.p('mpan','sep_hyph')}   create

Resources:
    ~ properties: {{
        ~ FIXTURE_MPAN      : "{p('mpan')}" => "{p('mpan')}"
        ~ FIXTURE_CHF       : "{p('eui')}" => "{p('eui')}"
        + FIXTURE_CUSTOMER  : "{p('name')}"
        + FIXTURE_ADDRESS   : "{p('address')} {p('postcode')}"
        + FIXTURE_GAS_MSN   : "{p('gserial')}"
        ~ RELEASE           : "{k('ver')}" => "{k('ver')}"
        ~ TICKET            : "{k('chg')}"
      }}
    2 to update  {k('dur')}
"""
    return 'txt',t,None
def bicep(G):
    k=G.k; p=G.p
    t=f"""using './main.bicep'
// test fixtures for {k('tc')} — do not use live data
param environmentName = 'sit'
param releaseTag = '{k('ver')}'
param fixtureSupply = {{
  mpan: '{p('mpan')}'
  // old MPAN before CoS: {G.split('mpan','// ')}
  mprn: '{p('mprn')}'
  meters: [
    '{p('eserial')}'
    '{p('gserial')}'
  ]
  hub: '{p('eui')}'
  contact: '{p('name')}'
  contactPhone: '{p('phone')}'
  contactEmail: '{p('email')}'
  siteAddress: '''
{p('address','lines')}
{p('postcode')}'''
}}
param correlation = '{k('corr')}'
param changeRef = '{k('chg')}'
"""
    return 'bicepparam',t,None
def stepfn(G):
    k=G.k; p=G.p
    inner=json.dumps({'mpan':G.p('mpan'),'serial':G.p('eserial'),'customer':G.p('name','plain'),'postcode':G.p('postcode')},ensure_ascii=False)
    inner2=json.dumps({'input':json.dumps({'mprn':G.p('mprn','plain'),'address':G.p('address','plain')})})
    ev=[{'timestamp':k('ts'),'type':'ExecutionStarted','id':1,'executionStartedEventDetails':{'input':inner,'roleArn':'arn:aws:iam::000000000000:role/sfn'}},
        {'timestamp':k('ts'),'type':'TaskStateEntered','id':2,'stateEnteredEventDetails':{'name':'ValidateMpan','input':inner2}},
        {'timestamp':k('ts'),'type':'TaskFailed','id':3,'taskFailedEventDetails':{'error':'States.TaskFailed','cause':'{"errorMessage":"unknown hub '+G.p('eui')+' for '+G.p('email')+'","ref":"'+k('ref')+'"}'}},
        {'timestamp':k('ts'),'type':'ExecutionFailed','id':4,'executionFailedEventDetails':{'error':k('msg'),'cause':k('inc')}}]
    G.truth[-2]['form']+='+json_in_json'; 
    return 'json',json.dumps({'events':ev},indent=2,ensure_ascii=G.r.random()<0.5),None
def gcp(G):
    k=G.k; p=G.p; out=[]
    for i in range(3):
        out.append(json.dumps({'insertId':k('sha'),'jsonPayload':{'message':f"meter exchange for {p('mpan')} at {p('address')} {p('postcode')}",'serial':p('eserial'),'job':k('tc')},
            'resource':{'type':'cloud_run_revision','labels':{'service_name':'mex-api','revision_name':'mex-api-'+k('sha')}},'timestamp':k('ts'),'severity':'INFO',
            'labels':{'customer':p('name')},'logName':'projects/uat/logs/run.googleapis.com%2Fstdout','trace':'projects/uat/traces/'+k('corr')},ensure_ascii=G.r.random()<0.5))
    out.append(json.dumps({'textPayload':f"Traceback ... ValueError: bad phone {p('phone')} for hub {p('eui')}",'timestamp':k('ts'),'severity':'ERROR'}))
    return 'json','[\n'+',\n'.join(out)+'\n]\n',None
def logfmt(G):
    k=G.k; p=G.p
    L=[f'ts={k("ts")} level=info caller=dip.go:88 msg="event published" type={k("msg")} dip_id={k("dip")} mpan={p("mpan")}',
       f'ts={k("ts")} level=warn msg="address mismatch" want="{p("address")}" got="{p("address")}" pc={p("postcode")}',
       f'ts={k("ts")} level=debug msg="lookup" serial={p("eserial")} gas_serial={p("gserial")} hub={p("eui")} took={k("dur")}',
       f'ts={k("ts")} level=info msg="contact" name="{p("name")}" phone="{p("phone")}" email={p("email")} ref={k("ref")}',
       f'ts={k("ts")} level=error msg="retry" body="{G.blob("b64",lambda: "mpan="+G.p("mpan","plain")+"&mprn="+G.p("mprn","plain"))}" attempt=3 ver={k("ver")}']
    return 'log','\n'.join(L)+'\n',None
def journald_export(G):
    k=G.k; p=G.p
    def field_bin(name,val):
        b=val.encode(); return name.encode()+b'\n'+struct.pack('<Q',len(b))+b+b'\n'
    parts=[]
    for i in range(2):
        parts.append(b'__CURSOR=s=' + k('corr').encode()+b'\n__REALTIME_TIMESTAMP=1764'+str(G.r.randint(10**11,10**12-1)).encode()+b'\n_SYSTEMD_UNIT=dcc-adaptor.service\nSYSLOG_IDENTIFIER=dcc-adaptor\n'
                     +('MESSAGE=SRV '+k('msg')+' sent to '+p('eui')+' for '+p('mpan')+'\n').encode()
                     +field_bin('MESSAGE','multi-line\nrequest for '+p('name')+'\n'+p('address')+'\n'+p('postcode'))
                     +('REF='+k('ref')+'\nPRIORITY=6\n').encode()+b'\n')
    return 'journal',b''.join(parts),'bytes'
def auditd(G):
    k=G.k; p=G.p
    L=[f'type=SYSCALL msg=audit({G.r.randint(1700000000,1790000000)}.{G.r.randint(100,999)}:{G.r.randint(1000,99999)}): arch=c000003e syscall=59 success=yes exit=0 a0=55d1 items=2 ppid=1201 pid=1388 auid=1001 uid=1001 comm="psql" exe="/usr/bin/psql" key="{k("tc")}"',
       f'type=EXECVE msg=audit(1764{G.r.randint(100000,999999)}.112:{G.r.randint(1000,99999)}): argc=4 a0="psql" a1="-c" a2={G.blob("hexup",lambda: "select * from supply where mpan="+G.p("mpan","plain"))} a3="uat"',
       f'type=PROCTITLE msg=audit(1764{G.r.randint(100000,999999)}.112:{G.r.randint(1000,99999)}): proctitle={G.blob("hexup",lambda: "curl -d serial="+G.p("eserial","plain")+" https://x")}',
       f'type=USER_CMD msg=audit(1764{G.r.randint(100000,999999)}.2:{G.r.randint(1000,99999)}): pid=2 uid=0 auid=1001 msg=\'cwd="/home/tester" cmd={G.blob("hexup",lambda: "grep "+G.p("name","plain")+" contacts.csv")} exe="/usr/bin/sudo" terminal=pts/0 res=success\'',
       f'type=PATH msg=audit(1764{G.r.randint(100000,999999)}.2:{G.r.randint(100,999)}): item=0 name="/srv/evidence/{p("mpan","sep_us")}/{p("postcode","us")}.txt" inode={G.r.randint(10**5,10**6)} ver={k("ver")}',
       f'type=USER_LOGIN msg=audit(1764{G.r.randint(100000,999999)}.9:{G.r.randint(100,999)}): acct="{p("email")}" addr={k("ip")} res=success ticket={k("inc")}']
    return 'log','\n'.join(L)+'\n',None
def selinux(G):
    k=G.k; p=G.p
    L=[f'type=AVC msg=audit(1764{G.r.randint(100000,999999)}.4:{G.r.randint(100,999)}): avc:  denied  {{ read }} for  pid=3121 comm="java" name="{p("mpan")}.json" dev="dm-0" ino={G.r.randint(10**5,10**6)} scontext=system_u:system_r:httpd_t:s0 tcontext=unconfined_u:object_r:user_home_t:s0 tclass=file permissive=0',
       f'type=AVC msg=audit(1764{G.r.randint(100000,999999)}.5:{G.r.randint(100,999)}): avc:  denied  {{ write }} for  pid=3121 comm="java" path="/var/lib/meters/{p("eserial","lower")}/{p("gserial")}.dat" scontext=system_u:system_r:httpd_t:s0 tclass=file',
       f'type=AVC msg=audit(1764{G.r.randint(100000,999999)}.6:{G.r.randint(100,999)}): avc:  denied  {{ name_connect }} for comm="dcc" dest=8443 hub={p("eui")} tclass=tcp_socket ref={k("ref")} {k("ts")}',
       f'sealert -l {k("dip")}: SELinux is preventing java from read access on the file /home/{p("name","lower").replace(" ","_")}/bill_{p("postcode","nospace")}.pdf. {k("ver")} {k("ticket")}']
    return 'log','\n'.join(L)+'\n',None
def cscript(G):
    k=G.k; p=G.p
    t=f"""Microsoft (R) Windows Script Host Version 5.812
Copyright (C) Microsoft Corporation. All rights reserved.

C:\\Tools\\reg_check> cscript //nologo check_supply.vbs /ref:{k('ref')}
[{k('ts')}] Connecting to DSN=MeterUAT ...
[{k('ts')}] rs("MPAN") = {p('mpan')}
[{k('ts')}] rs("MSN")  = {p('eserial')}
[{k('ts')}] rs("GasMSN") = {p('gserial')}
[{k('ts')}] rs("Occupier") = {p('name')}
[{k('ts')}] rs("Addr1") & vbCrLf & rs("PCode") =
{p('address')}
{p('postcode')}
[{k('ts')}] Hex(CLng(...)) overflow; raw = {G.blob('hexsp',lambda: G.p('mpan','plain'))}
[{k('ts')}] WScript.Echo Escape(rs("Email")) = {G.blob('pct',lambda: G.p('email','plain'))}
Done. {k('count')} {k('dur')} ({k('msg')})
"""
    return 'txt',t,None
def playwright(G):
    k=G.k; p=G.p
    t=f"""Running 4 tests using 2 workers
  ✘  1 [chromium] › switch.spec.ts:41:7 › {k('tc')} › change of supplier keeps MPAN ({k('dur')})
    Error: Timed out 5000ms waiting for expect(locator).toHaveValue(expected)
    Locator: getByLabel('MPAN')
    Expected string: "{p('mpan')}"
    Received string: "{p('mpan','groups')}"
    Call log:
      - navigated to "https://uat.portal.example/supply?mpan={p('mpan')}&pc={p('postcode','nospace')}"
      - locator.fill(getByLabel('Customer name'), "{p('name')}")
      - locator.fill(getByLabel('Address line 1'), "{p('address')}")
      - locator.fill(getByLabel('Postcode'), "{p('postcode')}")
      - locator.fill(getByLabel('Phone'), "{p('phone')}")
      - locator.fill(getByLabel('Meter serial'), "{p('eserial','lower')}")
      - locator.fill(getByLabel('IHD GUID'), "{p('eui')}")
    attachment #1: trace (application/zip) ─────
    test-results/switch-{k('sha')}-chromium/trace.zip
  ✓  2 [chromium] › read.spec.ts:12:3 › {k('tc')} ({k('dur')})
  1 failed, 1 passed ({k('dur')}) {k('ver')}
"""
    return 'txt',t,None
def cypress(G):
    k=G.k; p=G.p
    t=f"""  Running:  cos_journey.cy.js                                                       (1 of 3)
  Change of Supplier
    1) {k('tc')} submits the switch
  (cy.log) POST /api/switch {{"mpan":"{p('mpan')}","msn":"{p('eserial')}"}}
  (cy.log) cy.type("{p('name')}{{enter}}")
  (cy.log) cy.get('#addr').should('contain', '{p('address')}')
  (cy.log) cy.get('#pc').invoke('val') -> '{p('postcode')}'
  (cy.log) cy.intercept('GET', '/api/hub/{p('eui')}')
  (cy.log) fixture users.json => {{"email": "{p('email')}", "mobile": "{p('phone')}"}}
  1 failing
  1) Change of Supplier
       {k('tc')}:
     AssertionError: Timed out retrying after 4000ms: expected '{p('mpan')}' to equal '{p('mpan')}'
  (Screenshots) cypress/screenshots/cos_journey.cy.js/{p('mpan','sep_us')} (failed).png (1280x720)
  (Video) {k('dur')} {k('ver')} {k('ts')}
"""
    return 'txt',t,None
def newman(G):
    k=G.k; p=G.p
    t=f"""newman

MHHS SIT Collection {k('ver')}

→ {k('tc')} Get supply
  GET https://sit.example/v1/supply/{p('mpan')}?include=meters [200 OK, 1.2kB, {k('dur')}]
  ┌
  │ '{{"mpan":"{p('mpan')}","meters":[{{"msn":"{p('eserial')}"}},{{"msn":"{p('gserial')}"}}],"hub":"{p('eui')}"}}'
  └
  ✓  status is 200
  2. mpan matches fixture {p('mpan','sep_dot')}
→ {k('tc')} Update contact
  PATCH https://sit.example/v1/contacts/{k('ref')} [400 Bad Request, 312B, {k('dur')}]
  ┌
  │ 'body: name={G.blob('pct',lambda: G.p('name','plain'))}&phone={G.p('phone','intl_nosp').replace('+','%2B')}'
  │ 'address={G.blob(lambda s: s.replace(' ','+').replace(',','%2C'),lambda: G.p('address','plain'))}&pc={G.p('postcode','plain').replace(' ','+')}'
  └
┌─────────────────────────┬──────────────────┬──────────────────┐
│                         │         executed │           failed │
├─────────────────────────┼──────────────────┼──────────────────┤
│              iterations │                1 │                0 │
│                requests │                {G.r.randint(2,9)} │                1 │
└─────────────────────────┴──────────────────┴──────────────────┘
  #  failure        detail
 1.  AssertionError  expected '{p('email')}' to equal '{k('ref')}' at {k('ts')}
"""
    return 'txt',t,None
def k6(G):
    k=G.k; p=G.p
    t=f"""          /\\      |‾‾| /‾‾/   /‾‾/
     /\\  /  \\     |  |/  /   /  /
    /  \\/    \\    |     (   /   ‾‾\\
   /          \\   |  |\\  \\ |  (‾)  |
  / __________ \\  |__| \\__\\ \\_____/ .io

  execution: local   script: cos_load.js   scenario {k('tc')}
WARN[0003] Request Failed  error="Post \\"https://perf.example/switch\\": EOF" mpan={p('mpan')} vu=12
WARN[0004] bad status 422 body="{{\\"msn\\":\\"{p('eserial')}\\",\\"error\\":\\"serial not on {p('mpan')}\\"}}"
INFO[0005] data row 18: {p('name')},{p('address','nocomma')},{p('postcode')},{p('phone')} source=console
     ✓ status was 200
     http_req_duration..............: avg={k('dur')} min=12ms med=88ms max=2.1s p(90)=410ms
     http_reqs......................: {G.r.randint(1000,99999)}  {G.r.randint(10,99)}.{G.r.randint(100,999)}/s
     iterations.....................: {k('count')}
     build {k('ver')} run {k('dip')}
"""
    return 'txt',t,None
def karate(G):
    k=G.k; p=G.p
    t=f"""Feature: CSS registration {k('tc')}

Background:
  * url baseUrl
  * def mpan = '{p('mpan')}'
  * def gasRef = {p('mprn','plain')}
  * def hub = '{p('eui')}'

Scenario: register new supply
  Given path 'registrations'
  And request {{ mpan: '#(mpan)', msn: '{p('eserial')}', consumer: {{ name: '{p('name')}', addr: '{p('address')}', pc: '{p('postcode')}' }} }}
  When method post
  Then status 201
  * match response.ref == '{k('ref')}'
  * print 'created', response

17:02:11.431 [main] INFO  com.intuit.karate - [print] created {{ "mpan": "{p('mpan')}", "id": "{k('dip')}", "at": "{k('ts')}" }}
17:02:11.433 [main] DEBUG com.intuit.karate - request:
1 > POST https://css.sit/registrations
1 > Content-Type: application/json
{{"mpan":"{p('mpan')}","msn":"{p('eserial','hyph')}","consumer":{{"phone":"{p('phone')}","email":"{p('email')}"}}}}
---------------------------------------------------------
scenarios:  1 | passed:  1 | failed:  0 | time: {k('dur')} {k('ver')}
"""
    return 'feature.txt',t,None
def specflow(G):
    k=G.k; p=G.p
    t=f"""Given the supply point "{p('mpan')}" is registered to "{p('name')}"
-> done: SupplySteps.GivenRegistered("{G.again(G.truth[-2],'groups')}", "{G.again(G.truth[-2],'caps')}") (0.2s)
And the gas meter "{p('gserial')}" is installed at "{p('address')}, {p('postcode')}"
-> done: MeterSteps.GivenGasMeter("{G.again(G.truth[-3],'lower')}", ...) (0.1s)
When the customer calls from "{p('phone')}"
-> error: Object reference not set to an instance of an object. ({k('dur')})
Then the ticket "{k('inc')}" is raised with message type "{k('msg')}"
-> skipped because of previous errors
Scenario {k('tc')} failed at {k('ts')} build {k('ver')}
  TestContext: {{ "ihd": "{p('eui')}", "mprn": "{p('mprn')}", "email": "{p('email')}" }}
"""
    return 'txt',t,None
def testrail(G):
    k=G.k; p=G.p
    t=f"""<?xml version="1.0" encoding="UTF-8"?>
<suite><id>S{G.r.randint(100,999)}</id><name>Smart install regression {k('ver')}</name>
<sections><section><name>Commissioning</name><cases>
<case><id>C{G.r.randint(1000,99999)}</id><title>{k('tc')} commission hub {p('eui',html=True)}</title>
<custom><preconds>Supply &lt;b&gt;{p('mpan',html=True)}&lt;/b&gt; with meter {p('eserial',html=True)} at {p('address',html=True)} {p('postcode',html=True)}</preconds>
<steps_separated><step><index>1</index><content>Call {p('name',html=True)} on {p('phone',html=True)}</content><expected>Appointment {k('ref')} booked {k('ts')}</expected></step>
<step><index>2</index><content>Check gas meter {p('gserial',html=True)} / MPRN {p('mprn',html=True)}</content><expected>{k('msg')} received</expected></step></steps_separated>
</custom></case></cases></section></sections></suite>
"""
    return 'xml',t,None
def alm(G):
    k=G.k; p=G.p
    t=f"""HP ALM 12.55 - Test Lab Export        Domain: ENERGY   Project: SMART_UAT
Test Set: {k('tc')}      Exported: {k('ts')}
===============================================================================
Run Name : Run_{k('sha')}      Status: Failed      Tester: qa.tester
Step 1   : Open account for {p('name','surname_first')}
  Actual : Account opened; MPAN {p('mpan')} (MSN {p('eserial')})
Step 2   : Verify premises
  Actual : {p('address','caps')}  {p('postcode')}
Step 3   : Confirm gas
  Actual : MPRN {p('mprn')}   Gas MSN {p('gserial','spaced')}
Step 4   : Contact
  Actual : {p('phone')} / {p('email')}
Defect   : {k('ticket')}   Severity 2   Linked req {k('ref')}   {k('amt')}
===============================================================================
"""
    return 'txt',t,None
def word_text(G):
    k=G.k; p=G.p
    t=f"""Test Script\t{k('tc')}\r\nVersion\t{k('ver')}\r\n\x0c\r\nStep\tAction\tTest Data\tExpected\r\n1\tLog in\t\u2014\tHome page\r\n2\tSearch supply\t{p('mpan')}\tSupply shown\r\n3\tCheck premises\t{p('address')}\x0b{p('postcode')}\tMatches\r\n4\tCheck meter\t{p('eserial')}\tMatches\r\n5\tCheck gas\t{p('gserial')} / {p('mprn')}\tMatches\r\n6\tCheck contact\t{p('name')} \u2013 {p('phone')}\tMatches\r\n7\tCheck hub\t{p('eui')}\t{k('msg')} ok\r\n\x0c\r\nSigned off {k('ts')} ref {k('ref')}\r\n"""
    return 'txt',t,None
def complaint(G):
    k=G.k; p=G.p
    t=f"""Subject: complaint AGAIN!!! ref {k('inc')}

hi,, im writing for the 3rd time about my bill of {k('amt')} which is WRONG. my name is {p('name','lower')} and i live at {p('address','lower')} ({p('postcode','lower_nosp')}). your engineer swapped the meter on the {k('ts')[:10]} and the new one is serial {p('eserial','lower')} but my bill still says the old one.
my electric number (the long one on the bill) is {p('mpan','spaced_each')} and the gas one is {p('mprn','groups')} i think?? gas meter says {p('gserial','spaced')} on the front.
the smart display thing keeps saying "no hub" and the sticker on the hub says {p('eui','space')}.
ring me on {p('phone','groups')} or my daughter {p('name')} on {p('phone','intl')} , or email {p('email','at_dot')}.
also my neighbour at {p('address')} has same problem so its not just me
im going to the ombudsman if this isnt sorted. (sorry for typos, on my phone)
"""
    return 'txt',t,None
def sms_thread(G):
    k=G.k; p=G.p
    t=f"""[{k('ts')}] +44 7700 900000 (EnergyCo): Hi, please reply with your meter reading and the last 4 of your meter serial. Ref {k('ref')}
[{k('ts')}] Customer: hiya its {p('name','lower')} reading is {G.r.randint(10000,99999)} meter {p('eserial','lower')}
[{k('ts')}] Customer: sorry gas one is {p('gserial','lower')} reading {G.r.randint(1000,9999)}
[{k('ts')}] Customer: my mpan is {p('mpan','spaced_each')} if u need it
[{k('ts')}] Customer: oh and its {p('address','lower')} {p('postcode','lower')} we moved
[{k('ts')}] Customer: new no is {p('phone')} 👍
[{k('ts')}] +44 7700 900000 (EnergyCo): Thanks, reading received ({k('msg')}). Your balance is {k('amt')}.
"""
    return 'txt',t,None
def psr(G):
    k=G.k; p=G.p
    t=f"""PRIORITY SERVICES REGISTER — NOTES       Case {k('inc')}   Updated {k('ts')}
Needs codes: 08 (dialysis), 14 (blind/partially sighted), 27 (temporary - post hospital)
Account holder: {p('name','title')}     DOB withheld
Nominee / carer: {p('name')} (daughter) tel {p('phone')}
Premises: {p('address')}, {p('postcode')}
MPAN {p('mpan')} — DO NOT DISCONNECT — medical equipment
MPRN {p('mprn')} — gas safety check booked ({k('ref')})
Password scheme: yes (see vault {k('corr')})
Large-print bills. Contact preferences: text to {p('phone','intl0')}, email {p('email')}
Flag raised by: agent 4412, reviewed {k('ts')}, vulnerable-customer flag VC-{G.r.randint(10,99)}
Electric meter {p('eserial')} is in the cellar — customer cannot reach. Gas {p('gserial')} outside.
Hub {p('eui')} offline since install.
"""
    return 'txt',t,None
def debt_letter(G):
    k=G.k; p=G.p
    t=f"""{p('name','title')}
{p('address','lines')}
{p('postcode')}
                                                         Our ref: {k('ref')}
                                                         Date: {k('ts')[:10]}
Dear {p('name','initial')},

NOTICE OF INTENTION TO APPLY FOR A WARRANT OF ENTRY

Supply address: {p('address')} {p('postcode','dbl')}
Electricity supply number (MPAN): {p('mpan21')}
Gas supply number (MPRN): {p('mprn')}
Meter serial numbers: {p('eserial')} (electricity), {p('gserial')} (gas)

Despite our letters of {k('ts')[:10]} and {k('ts')[:10]}, the amount of {k('amt')} remains unpaid.
If we do not hear from you within 7 days, we will apply to the magistrates' court for a warrant
to enter the property and fit a prepayment meter. Court costs of {k('amt')} may be added.
Please call us on 0345 000 0000 quoting {k('inv')}.
"""
    return 'txt',t,None
def warrant(G):
    k=G.k; p=G.p
    t=f"""WARRANT APPLICATION — Rights of Entry (Gas and Electricity Boards) Act 1954
Application no: {k('ticket')}    Hearing: {k('ts')}
Applicant: EnergyCo Ltd ({k('co')})
Respondent / occupier: {p('name','caps')}
Premises: {p('address','caps')}, {p('postcode')}
Grounds: debt {k('amt')}; access refused on {k('ts')[:10]}
Supply identifiers:
  Electricity  MPAN core {p('mpan','paren')}   meter {p('eserial')}
  Gas          MPRN {p('mprn')}   meter {p('gserial')}
Vulnerability checks completed: PSR not found; welfare visit {k('ref')}
Agent statement: I attended {p('address')} and spoke to a man who said {p('name')} was not in.
"""
    return 'txt',t,None
def css_json(G):
    k=G.k; p=G.p
    d={'messageHeader':{'messageId':k('dip'),'messageType':k('msg'),'createdDateTime':k('ts'),'schemaVersion':k('ver')},
       'registrationRequest':{'switchNumber':k('ref'),'meteringPoint':{'mpxn':p('mpan'),'marketSegment':'D'},
       'gasMeteringPoint':{'mpxn':p('mprn')},'consumer':{'name':p('name'),'correspondenceAddress':{'line1':p('address'),'postcode':p('postcode')},'phone':p('phone'),'email':p('email')},
       'meters':[{'msn':p('eserial')},{'msn':p('gserial')}],'commsHub':{'guid':p('eui')},'notes':'prev mpxn '+p('mpan13bad')+' (typo on form)'}}
    return 'json',json.dumps(d,indent=1,ensure_ascii=G.r.random()<0.5),None
def dip_event(G):
    k=G.k; p=G.p
    data=json.dumps({'mpan':G.p('mpan','plain'),'meterSerial':G.p('eserial','plain')})
    d={'specversion':'1.0','type':'uk.mhhs.'+k('msg'),'source':'/dip/'+k('mpid'),'id':k('dip'),'time':k('ts'),'datacontenttype':'application/json',
       'subject':p('mpan'),'data_base64':G.blob('b64',lambda: json.dumps({'mpan':G.p('mpan','plain'),'address':G.p('address','plain'),'postcode':G.p('postcode','plain')})),
       'extensions':{'correlationid':k('corr'),'traceparent':'00-'+k('corr')+k('corr')[5:]+'-'+k('sha')+'0-01'}}
    return 'json',json.dumps(d,indent=2),None
def elexon(G):
    k=G.k; p=G.p
    rows=[f"{k('ts')[:10]},{k('bsc')},{p('mpan')},{k('mpid')},{G.r.randint(1,48)},{G.r.randint(0,9999)}.{G.r.randint(0,999):03d},{k('count')}" for i in range(5)]
    t="Settlement Date,BSC Party,MPAN Core,Supplier MPID,Settlement Period,Consumption kWh,Rows\n"+'\n'.join(rows)+f"\n# query: exceptions for MPAN {p('mpan','sep_colon')} raised {k('ts')} ({k('ticket')})\n"
    return 'csv',t,None
def xoserve(G):
    k=G.k; p=G.p
    rows=[f"\"{p('mprn')}\",\"{p('gserial')}\",\"{p('address','caps')}\",\"{p('postcode')}\",\"{k('ts')[:10]}\",\"{k('ref')}\",\"{k('amt')}\"" for i in range(4)]
    t='"MPRN","METER SERIAL NUMBER","SUPPLY POINT ADDRESS","POSTCODE","READ DATE","SHIPPER REF","AQ COST"\n'+'\n'.join(rows)+f"\n\"Data Enquiry Service export {k('ver')} {k('ts')} user {p('email')}\"\n"
    return 'csv',t,None
def obis(G):
    k=G.k; p=G.p
    ser=G.new('eserial'); G.rec('eserial',ser,'obis_octet_hex')
    mp=G.new('mpan'); G.rec('mpan',mp,'obis_octet_hex')
    t=f"""GXDLMSDirector dump  {k('ts')}  device {p('eui')}
0-0:96.1.0.255  (Device ID 1)      octet-string[{len(ser)}] = {ser.encode().hex(' ').upper()}
0-0:96.1.1.255  (Device ID 2)      octet-string[{len(mp)}] = {mp.encode().hex().upper()}
0-0:96.1.2.255  (Device ID 3)      visible-string = "{p('gserial')}"
0-0:42.0.0.255  (COSEM LDN)        octet-string = {G.blob('hexup',lambda: G.p('eserial','plain'))}
1-0:1.8.0.255   (A+ total)         double-long-unsigned = {G.r.randint(10**5,10**7)} Wh
0-0:1.0.0.255   (Clock)            {k('ts')}
0-0:96.13.0.255 (Consumer message) "{p('name')} {p('postcode')}"
firmware {k('ver')}  session {k('corr')}  {k('msg')}
"""
    return 'txt',t,None
def zabbix(G):
    k=G.k; p=G.p
    t=f"""Problem started at {k('ts')} on DCC-ADAPTOR-02
Problem name: SRV failure rate > 5% for hub {p('eui')}
Host: dcc-adaptor-02   Severity: High   Operational data: {k('count')}
Original problem ID: {G.r.randint(10**6,10**7)}   Event tags: mpan:{p('mpan')}, msn:{p('eserial')}, service:{k('msg')}
Last value: "Timeout for {p('name')} at {p('address')}, {p('postcode')}"
Icinga2 check_supply OK - {p('mpan','sep_plus')} responded in {k('dur')} | rtt={G.r.randint(1,999)}ms;500;1000 mprn_{p('mprn')}=1
Checkmk: [agent] WARN - gas meter {p('gserial','lower')} battery 12% (!) {k('ticket')} {k('ver')}
"""
    return 'txt',t,None
def fluentbit(G):
    k=G.k; p=G.p
    t=f"""[0] tail.0: [[1764{G.r.randint(100000,999999)}.{G.r.randint(10**8,10**9)}, {{}}], {{"log"=>"{k('ts')} INFO mpan={p('mpan')} serial={p('eserial')}", "stream"=>"stdout", "kubernetes"=>{{"pod_name"=>"mex-{k('sha')}"}}}}]
[1] tail.0: [[1764{G.r.randint(100000,999999)}.{G.r.randint(10**8,10**9)}, {{}}], {{"log"=>"{k('ts')} WARN customer=\\"{p('name')}\\" addr=\\"{p('address')}\\" pc={p('postcode')}", "stream"=>"stderr"}}]
[2] tail.0: [[1764{G.r.randint(100000,999999)}.{G.r.randint(10**8,10**9)}, {{}}], {{"log"=>"{k('ts')} DEBUG raw=\\"{G.blob('pyx',lambda: G.p('mpan','plain'))}\\" hub={p('eui')}", "ref"=>"{k('ref')}"}}]
[3] lua.0: record modified: {{"phone"=>"{p('phone')}", "email"=>"{p('email')}", "gas"=>"{p('gserial')}", "flow"=>"{k('msg')}"}}
"""
    return 'log',t,None
def nrql(G):
    k=G.k; p=G.p
    rows='\n'.join(f"{k('ts')}  {p('mpan'):<24} {p('eserial','lower'):<16} {G.r.randint(1,999):>5} {k('dur'):>8}" for i in range(4))
    t=f"""NRQL> SELECT timestamp, mpan, meterSerial, count, duration FROM Transaction WHERE appName='mex-api' AND error IS true SINCE 1 day ago
timestamp                 mpan                     meterSerial       count duration
{rows}
Facet customer.name: {p('name')} ({G.r.randint(1,99)}), {p('name')} ({G.r.randint(1,99)})
Dynatrace: Request attribute 'postcode' = {p('postcode')} | 'hub' = {p('eui','colon_l')} | 'release' = {k('ver')}
Sumo: _sourceCategory=uat/mex | where mpan matches "{p('mpan')}" | count by _sourceHost  -> {k('count')}
"""
    return 'txt',t,None
def citrix(G):
    k=G.k; p=G.p
    txt=f"MPAN {G.p('mpan','plain')} / {G.p('name','plain')}"
    t=f"""Citrix Workspace clipboard trace  session {k('dip')}  {k('ts')}
CLIPBOARD: formats=CF_UNICODETEXT,CF_TEXT,CF_LOCALE
CF_UNICODETEXT ({len(txt)*2+2} bytes): {txt.encode('utf-16-le').hex(' ')} 00 00
CF_TEXT: {p('eserial')} {p('postcode')}
CF_LOCALE: 09 08 00 00
policy: client->server allowed; ticket {k('inc')}; build {k('ver')}
"""
    G.truth[-4]['form']='utf16le_hexsp'; G.truth[-3]['form']='utf16le_hexsp'
    return 'txt',t,None
def print_to_text(G):
    k=G.k; p=G.p
    rows='\n'.join(f"{p('mpan'):<15}{p('name')[:24]:<26}{p('postcode'):<10}{k('amt'):>12}  {k('ref')}" for i in range(5))
    t=f"""                          Supply Reconciliation - Sheet1                     Page 1 of 1
MPAN           Customer                  Postcode    Balance     Ref
{rows}
                                                      {k('amt'):>12}
Printed {k('ts')} by ws-{k('sha')}
"""
    return 'prn',t,None
def restassured(G):
    k=G.k; p=G.p
    t=f"""Request method:\tPOST
Request URI:\thttps://sit.example/v2/appointments?mpan={p('mpan')}&postcode={G.p('postcode','plain').replace(' ','%20')}&name={G.blob('pct',lambda: G.p('name','plain'))}
Proxy:\t\t\t<none>
Request params:\t<none>
Query params:\tref={k('ref')}
Form params:\tserial={p('eserial')}
\t\t\tcontact={G.p('phone','intl').replace(' ','+').replace('+','%2B',1)}
Headers:\t\tX-Correlation-Id={k('corr')}
\t\t\tAccept=*/*
Body:
{{
    "address": "{p('address')}",
    "gasMeter": "{p('gserial')}",
    "chf": "{p('eui')}",
    "notes": "customer {p('email')} prefers AM",
    "flow": "{k('msg')}"
}}
HTTP/1.1 409 Conflict
{{"error":"slot taken for {p('mpan','sep_dot')}","at":"{k('ts')}","trace":"{k('dip')}"}}
"""
    return 'txt',t,None
def merge_letter(G):
    k=G.k; p=G.p
    t=f"""«AddressBlock» resolved:
{p('name','title')}
{p('address','lines')}
{p('postcode')}

Dear «GreetingLine» → Dear {p('name','initial')},

Your smart meter appointment ({k('ref')}) is confirmed for {k('ts')[:10]}.
Meter to be exchanged: «MSN» → {p('eserial')}; gas «GasMSN» → {p('gserial')}
Supply number «MPAN» → {p('mpan21')}
If you need to rearrange, call «CallbackNo» → {p('phone')} or reply to «Email» → {p('email')}.
Merge record {G.r.randint(1,999)} of {k('count')}  template {k('ver')}
"""
    return 'txt',t,None
def referral(G):
    k=G.k; p=G.p
    t=f"""CITIZENS ADVICE — ENERGY REFERRAL (Extra Help Unit)
Referral ID: {k('ticket')}        Received: {k('ts')}
1. Client name ........................ {p('name')}
2. Client address ..................... {p('address')}
   Postcode ........................... {p('postcode','nbsp')}
3. Telephone .......................... {p('phone')}
4. E-mail ............................. {p('email')}
5. Supplier account / MPAN ............ {p('mpan','sp_thin')}
6. Gas MPRN ........................... {p('mprn')}
7. Meter serials ...................... E: {p('eserial')}   G: {p('gserial')}
8. Summary: Client ({p('name','initial')}) on PPM, self-disconnected {G.r.randint(2,9)} times; debt {k('amt')}.
   Ofgem licence condition ref {k('lic')}; previous complaint {k('inc')}.
"""
    return 'txt',t,None
def rtl_note(G):
    k=G.k; p=G.p
    t=f"""ملاحظة المهندس {k('ts')}
العميل: {p('name')} — الهاتف {p('phone','arabic')}
رقم العداد {p('mpan','arabic')} (MPAN) / الغاز {p('mprn','extarabic')}
کا میٹر سیریل {p('eserial')} ‏پتہ: {p('address')} {p('postcode')}
\u202bMPAN {p('mpan')}\u202c  ref {k('ref')} {k('msg')}
हिंदी नोट: मीटर {p('mpan','deva')} ग्राहक {p('name')} {k('ticket')}
"""
    return 'txt',t,None
GENRES=[kotlin_sync,swift_dump,soql,d365_audit,biztalk,tibco,ccb,isu_eabl,deadlock,iex,scala,haskell,fsharp,flutter,pulumi,bicep,stepfn,gcp,logfmt,journald_export,auditd,selinux,cscript,playwright,cypress,newman,k6,karate,specflow,testrail,alm,word_text,complaint,sms_thread,psr,debt_letter,warrant,css_json,dip_event,elexon,xoserve,obis,zabbix,fluentbit,nrql,citrix,print_to_text,restassured,merge_letter,referral,rtl_note]
