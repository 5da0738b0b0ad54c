def pg_stat(g):
    L = [" pid  | usename | state  |  query_start        | query", "------+---------+--------+---------------------+-------"]
    for _ in range(g.r.randint(4,6)):
        q = g.pick([lambda: f"SELECT * FROM mtr.reg WHERE mpan='{g.mpan('plain')}'",
                    lambda: f"UPDATE crm.contact SET mobile='{g.phone()}' WHERE name='{g.name()}'",
                    lambda: f"SELECT * FROM gas.mprn WHERE mprn IN ({g.mprn('plain')},{g.mprn('plain')})",
                    lambda: f"DELETE FROM crm.addr WHERE line1='{g.addr(with_town=False)}' AND pc='{g.pc()}'",
                    lambda: f"SELECT * FROM dev.ihd WHERE eui64='{g.eui()}'"])()
        L.append(f" {g.r.randint(1000,99999):<5}| qt_ro   | active | 2025-03-14 10:{g.r.randint(10,59)}:00 | {q}")
    L.append(f"({len(L)-2} rows)")
    L.append(f"-- captured for {g.k_ticket()} at {g.k_ts()}")
    return "\n".join(L), "txt"

def ora_bind(g):
    L = ["SQL> select sql_id, name, position, value_string from v$sql_bind_capture where sql_id='7ha3k0x9mq2bd';", "",
         "SQL_ID        NAME   POSITION VALUE_STRING", "------------- ------ -------- ------------------------------"]
    for i in range(g.r.randint(5,7)):
        v = g.pick([lambda: g.mpan('plain'), g.mprn, g.eser, g.name, g.acct, g.email, g.pc])
        if callable(v): v = v()
        L.append(f"7ha3k0x9mq2bd :B{i+1:<4} {i+1:>8} {v}")
    L += ["", f"{len(L)-4} rows selected.", "", f"-- {g.k_tc()} / {g.k_flow()} / {g.k_ts()}"]
    return "\n".join(L), "lst"

def smtp_tx(g):
    frm = g.email(); to = g.email()
    L = ["$ telnet mail-qt.example.net 25", "Trying 10.0.4.12...", "220 mail-qt.example.net ESMTP Postfix", "EHLO qt-runner", "250-mail-qt.example.net",
         f"MAIL FROM:<{frm}>", "250 2.1.0 Ok", f"RCPT TO:<{to}>", "250 2.1.5 Ok", "DATA", "354 End data with <CR><LF>.<CR><LF>",
         f"Subject: Meter exchange booked {g.k_ticket()}", f"X-Test-Case: {g.k_tc()}", "",
         f"Dear {g.name('title')},", f"Your engineer will visit {g.addr()}, {g.pc()} on {g.k_ts()}.",
         f"Electricity supply number {g.mpan21()}", f"Meter serial {g.eser()}  gas meter {g.gser()}",
         f"If you need to rearrange call {g.phone()}. Account {g.acct()}.", ".", "250 2.0.0 Ok: queued as 4Tx9Q1", "QUIT"]
    return "\n".join(L), "txt"

def imap_fetch(g):
    L = ["a1 LOGIN qt.inbox ********", "a1 OK LOGIN completed", "a2 SELECT INBOX", "* 12 EXISTS", "a3 FETCH 12 BODY[TEXT]",
         "* 12 FETCH (BODY[TEXT] {812}", f"Hi team, re {g.k_ticket()}:", "",
         f"customer {g.name('lower')} rang from {g.phone('nosp')} about MPRN {g.mprn()} and the gas meter {g.gser()}.",
         f"She lives at {g.addr()} {g.pc('lower')}. elec mpan {g.mpan()} , IHD {g.eui()}.",
         f"Can someone {g.k_word()} this against {g.k_tc()} pls", f"-- {g.name()} | {g.email()}", ")", "a3 OK FETCH completed", "a4 LOGOUT"]
    return "\n".join(L), "txt"

def d0019(g):
    L = [f"ZHV|{g.r.randint(10**9,10**10-1)}|D0019001|X|UDMS|D|LOND|20250314102233||||TR01|"]
    for _ in range(g.r.randint(3,5)):
        L.append(f"026|{g.mpan('plain')}|V|")
        L.append(f"027|20250301|{g.r.randint(100,20000)}.0|A|")
        L.append(f"028|{g.eser('plain')}|20250301|{g.r.randint(0,99999):05d}|")
    L.append(f"ZPT|{g.r.randint(10**9,10**10-1)}|{len(L)-1}||1|{g.k_batch()}|")
    L.append(f"# {g.k_flow()} sample from {g.k_tc()}")
    return "\n".join(L), "usr"

def d0052(g):
    L = [f"ZHV|D0052001|{g.k_ts()}|HDC|SUP|", f"# Affirmation of Metering System Settlement Details — {g.k_tc()}"]
    for _ in range(g.r.randint(3,4)):
        L += [f"021|{g.mpan('plain')}|20250301|03|801|", f"022|{g.mpan('plain')}|{g.k_amt()}|", f"023|{g.name('upperlast')}|{g.addr()}|{g.pc()}|"]
    L.append("ZPT|D0052001|" + str(len(L)) + "|")
    return "\n".join(L), "txt"

def d0170(g):
    L = [f"ZHV|{g.r.randint(10**8,10**9)}|D0170001|S|SUPP|M|MOPX|20250314102233||||OPER|",
         f"RRD|{g.mpan()}|20250314|{g.k_ticket()}|", f"MSD|{g.eser()}|{g.r.choice(['H','N','K'])}|",
         f"ADR|{g.addr()}|{g.pc()}|", f"CNT|{g.name()}|{g.phone()}|{g.email()}|", f"ACC|{g.acct()}|",
         f"RRD|{g.mpan()}|20250314|{g.k_ticket()}|", f"MSD|{g.eser()}|H|", "ZPT|" + str(9) + "|", f"# {g.k_flow()} ref {g.k_mref()}"]
    return "\n".join(L), "txt"

def fault_flows(g):
    L = [f"=== D0001 Request Metering System Investigation (pasted from DTN viewer) {g.k_ts()} ===",
         f"J0003 MPAN Core ........ {g.mpan()}", f"J0004 Meter Id ......... {g.eser()}", f"J0024 Fault Description  meter display blank, customer {g.name()} says since {g.k_word()} was paid",
         f"J0012 Address .......... {g.addr()}  {g.pc()}", f"J0116 Site contact ..... {g.phone()}",
         f"=== D0002 Fault Resolution ===", f"J0003 MPAN Core ........ {g.mpan()}", f"J0004 Meter Id ......... {g.eser()}",
         f"J0171 Resolution ....... meter exchanged, new serial {g.eser()}", f"Ref {g.k_ticket()} / {g.k_tc()}"]
    return "\n".join(L), "txt"

def cnf_gas(g):
    L = [f"A00,CNF,SHIPR01,{g.k_ts()},{g.r.randint(10000,99999)}"]
    for _ in range(g.r.randint(4,6)):
        L.append(f"S70,{g.mprn('plain')},CONFIRMED,20250401,{g.gser('plain')},{g.pc('nosp')}")
        if g.r.random() < .5: L.append(f"S72,{g.name('full')},{g.addr('num', with_town=False)}")
    L.append(f"Z99,{len(L)+1},{g.k_batch()}")
    L.append(f"# shipper conf file for {g.k_tc()} checked by {g.name('init')}")
    return "\n".join(L), "csv"
