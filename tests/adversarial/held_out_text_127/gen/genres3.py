def gas_emergency(g):
    L = [f"GAS EMERGENCY SERVICE - CALL RECORD   Job {g.k_ticket()}   Logged {g.k_ts()}",
         f"Caller: {g.name()}   Tel: {g.phone()}   Alt: {g.phone('intl')}",
         f"Premises: {g.addr()}  {g.pc()}", f"MPRN: {g.mprn()}   Meter: {g.gser()}",
         f"Smell of gas at meter box, ECV turned off by FCO {g.name('init')}. Gas meter {g.gser()} capped.",
         f"Supplier notified ({g.k_org()}), shipper ref {g.k_uuid()}.", f"Notes: caller said {g.k_word()} is fine to leave card."]
    return "\n".join(L), "txt"

def dcc_ssi(g):
    L = ["Self Service Interface - Device Details", "", f"Device ID\t{g.eui()}", "Device Type\tESME", "Device Status\tCommissioned",
         f"Device Model\tE470 5394", f"Firmware Version\t{g.k_ver()}", f"Import MPxN\t{g.mpan()}", f"CHF ID\t{g.eui('colon')}",
         f"GSME ID\t{g.eui('none')}", f"Gas MPxN\t{g.mprn()}", f"Installer\t{g.name()}", f"Last SR\t{g.k_flow()} at {g.k_ts()}",
         f"SMI Status\tInstalledNotCommissioned", f"Postcode (as held)\t{g.pc()}", f"Ticket\t{g.k_ticket()}"]
    return "\n".join(L), "txt"

def dcc_alerts(g):
    L = ["AlertCode,AlertDesc,DeviceID,MPxN,Timestamp,BusinessTarget"]
    for _ in range(g.r.randint(5,7)):
        c = g.pick(["8F84","8F35","8183","818A","8F1C"])
        L.append(f"0x{c},{g.pick(['Supply outage','Firmware verification failed','Unauthorised physical access','Low battery'])},{g.eui(g.pick(['dash','none']))},{g.pick([g.mpan, g.mprn])()},{g.k_ts()},{g.r.getrandbits(32):08x}")
    L.append(f"# export for {g.k_tc()} - see {g.k_ticket()}")
    return "\n".join(L), "csv"

def regs_json(g):
    L = ["{", f'  "registrationId": "{g.k_uuid()}",', f'  "mpan": "{g.mpan("plain")}",', '  "connectionType": "W",',
         f'  "effectiveFromDate": "2025-04-01",', '  "supplier": {"mpid": "SUPP", "effectiveFrom": "2025-04-01"},',
         '  "meteringPoint": {', f'    "address": {{"line1": "{g.addr("num", with_town=False)}", "town": "Rhyl", "postcode": "{g.pc()}"}},',
         f'    "meterSerial": "{g.eser()}",', f'    "contact": {{"name": "{g.name()}", "phone": "{g.phone()}", "email": "{g.email()}"}}', "  },",
         f'  "interface": "{g.k_flow()}",', f'  "linked": ["{g.mpan("plain")}", "{g.mpan("plain")}"],', f'  "testCase": "{g.k_tc()}",', f'  "processedAt": "{g.k_ts()}"', "}"]
    return "\n".join(L), "json"

def mdd_extract(g):
    L = ["MDD Extract - Line Loss Factor Class (keep-heavy)", "DistID|LLFC|Desc|EffFrom|MTC|SSC"]
    for _ in range(g.r.randint(6,9)):
        L.append(f"{g.r.randint(10,23)}|{g.r.randint(1,999):03d}|Domestic Unrestricted|2025-04-01|{g.pick(['801','845','811'])}|{g.r.randint(1,999):04d}")
    L += [f"Release {g.k_ver()} published {g.k_ts()} by {g.k_org()}", f"Used by {g.k_tc()} and {g.k_tc()}; raised {g.k_ticket()}",
          f"Sample supply for cross-check: {g.mpan()} (customer {g.name()}, {g.pc()})", f"Flows affected {g.k_flow()}, {g.k_flow()}"]
    return "\n".join(L), "txt"

def lct_notify(g):
    L = ["LOW CARBON TECHNOLOGY NOTIFICATION (Heat Pump / EV charge point)", "------------------------------------------------",
         f"Installer: {g.name()}   MCS no. NAP-{g.r.randint(10000,99999)}", f"Installer email: {g.email()}",
         f"Customer name: {g.name()}", f"Installation address: {g.addr()}", f"Postcode: {g.pc()}",
         f"MPAN: {g.mpan21()}", f"Meter serial: {g.eser()}", f"Customer phone: {g.phone()}",
         f"Device: ASHP 8.5kW, EVCP 7.4kW  Form {g.k_ver()}  Submitted {g.k_ts()}", f"DNO: {g.k_org()}   Reference {g.k_ticket()}"]
    return "\n".join(L), "txt"

def conn_quote(g):
    L = [f"{g.k_org()} - Connection Offer", f"Our reference: {g.k_ticket()}   Date: {g.k_ts()}", "",
         f"{g.name('title')}", f"{g.addr()}", f"{g.pc()}", "",
         f"Dear {g.name('full')},", f"Thank you for your application to increase the supply at {g.addr()}.",
         f"Existing MPAN {g.mpan()} will be retained; new service cable cost {g.k_amt()} plus VAT.",
         f"Please quote account {g.acct()} when paying. Queries to {g.email()} or {g.phone()}.",
         f"Yours sincerely, {g.name()}", f"Connections Engineer"]
    return "\n".join(L), "txt"

def substation(g):
    L = [f"CUT-OUT / SERVICE INSPECTION REPORT   job {g.k_ticket()}", f"Date/time: {g.k_ts()}   Engineer: {g.name('init')}",
         f"Site: {g.addr()} {g.pc()}", f"Occupier: {g.name()}  tel {g.phone()}", f"MPAN {g.mpan('sp')}   meter {g.eser()}",
         "Cut-out: 100A Lucy type, seal broken, no asbestos label", f"Next door ({g.addr()}) also shares looped service, MPAN {g.mpan()}",
         f"Actions: fuse replaced, {g.k_word()} referred. Test ref {g.k_tc()}"]
    return "\n".join(L), "txt"

def rev_protect(g):
    L = [f"REVENUE PROTECTION VISIT - CONFIDENTIAL   case {g.k_ticket()}", f"Visited: {g.k_ts()}",
         f"Address: {g.addr()}, {g.pc()}", f"Occupier (stated): {g.name()}   DOB withheld", f"Elec MPAN: {g.mpan()}   Meter: {g.eser('lower')}",
         f"Gas MPRN {g.mprn()}  Gas meter {g.gser()}", "Finding: bypass tails fitted behind meter, sealed wire missing",
         f"Estimated unrecorded units {g.k_read()}, assessed value {g.k_amt()}", f"Landlord contact {g.name()} {g.phone()} / {g.email()}"]
    return "\n".join(L), "txt"

def deemed_letter(g):
    L = [f"{g.name()}", f"{g.addr()}", f"{g.pc()}", "", f"Account number: {g.acct()}", f"Date: {g.k_ts()}", "",
         "Welcome to your deemed contract", f"You have been using energy at the above address since we became your supplier. Your electricity supply number is {g.mpan21()}.",
         f"Your gas meter point reference is {g.mprn()}. Please read your meters (electric {g.eser()}, gas {g.gser()}) and {g.k_word()} us.",
         f"Call us on {g.phone()} (ref {g.k_tc()}). Template {g.k_ver()}."]
    return "\n".join(L), "txt"

def backbill(g):
    L = [f"Our ref: {g.k_ticket()}", f"{g.name('title')}", f"{g.addr()} {g.pc()}", "",
         f"Re: back-billing on account {g.acct()}", f"Your supply {g.mpan()} was estimated between 2023 and 2025 because meter {g.eser()} was not read.",
         f"Under the back-billing rules we will only charge for the last 12 months: {g.k_amt()}. The remaining {g.k_amt()} has been written off.",
         f"If you wish to discuss please contact {g.name()} on {g.phone()}.", f"Checked under {g.k_tc()} ({g.k_org()} rules)."]
    return "\n".join(L), "txt"

def retro(g):
    L = ["EasyRetro board export: Sprint 42 retro", "", "WENT WELL"]
    L += [f"- D0010 replay worked for {g.mpan()} first time (+3)", f"- {g.name('first')} fixed the DIP certs {g.k_dip()} (+5)",
          f"- {g.k_flow()} regression all green {g.k_tc()}"]
    L += ["", "TO IMPROVE", f"- test data still has real-looking address {g.addr()} {g.pc()} (+4)", f"- gas serial {g.gser('lower')} reused in three cases",
          f"- {g.name()} keeps pasting customer phone {g.phone()} into Teams", "", "ACTIONS",
          f"- {g.name('init')} to raise {g.k_ticket()} and scrub {g.mprn()} from fixtures", f"- {g.k_word()} the wiki page"]
    return "\n".join(L), "txt"

def geekbot(g):
    L = [f"Geekbot standup report — {g.k_ts()}", ""]
    for _ in range(3):
        L += [f"*{g.name()}*", f"Yesterday: retested {g.k_tc()} with mpan {g.mpan()} / mprn {g.mprn()}",
              f"Today: chase {g.k_ticket()}, meter {g.pick([g.eser,g.gser])()} at {g.pc()}", "Blockers: none", ""]
    return "\n".join(L), "txt"
