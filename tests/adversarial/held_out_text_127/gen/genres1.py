# genres part 1: each fn(g) -> (text, ext)
import random
def fitnesse(g):
    L = ["!define TEST_SYSTEM {slim}", f"!1 {g.k_tc()} change of supplier reads", "",
         "|script|supplier gateway|", f"|check|flow type|{g.k_flow()}|",
         "|decision table: register meter point|", "|mpan|customer|postcode|meter serial|expected?|"]
    for _ in range(g.r.randint(3,4)):
        L.append(f"|{g.mpan()}|{g.name()}|{g.pc()}|{g.eser()}|accepted|")
    L += ["", "|query: gas points|", "|mprn|gas serial|contact|"]
    for _ in range(2): L.append(f"|{g.mprn()}|{g.gser()}|{g.phone()}|")
    L += [f"# ran {g.k_ts()} build {g.k_ver()}, see {g.k_ticket()}", "|note|please " + g.k_word() + " the page when green|"]
    return "\n".join(L), "wiki"

def controlm(g):
    L = [f"CONTROL-M/Server  Job: MDSLOAD01  Order ID: 00{g.r.randint(1000,9999)}  Run: 1",
         f" //MDSLOAD  JOB (ACCT),'SETTLEMENT',CLASS=A", f" IEF142I MDSLOAD STEP010 - STEP WAS EXECUTED - COND CODE 0000",
         f" SYSOUT  DDNAME=SYSPRINT  RECFM=FBA  LRECL=133", f" INPUT FLOW {g.k_flow()}   BATCH {g.k_batch()}"]
    for i in range(g.r.randint(3,5)):
        L.append(f" REC{i+1:05d} MPAN={g.mpan('plain')} SER={g.eser('plain')} NAME={g.name('lastfirst')}")
    L.append(f" REJ00001 RC=12 INVALID LLF  ADDR='{g.addr()}' PCODE={g.pc('nosp')}")
    L.append(f" ACCT {g.acct('ten')} HELD - SEE {g.k_ticket()}")
    L.append(f" IEF404I MDSLOAD - ENDED - TIME={g.k_ts()}")
    return "\n".join(L), "txt"

def weblogic(g):
    L = []
    for _ in range(g.r.randint(4,6)):
        t = f"####<{g.k_ts()}> <Info> <com.supplier.regs> <wls-qt-01> <ManagedServer_1> <[ACTIVE] ExecuteThread: '12'> <<WLS Kernel>> <> <{g.k_uuid()}> <1710410551123> <BEA-000000>"
        m = g.pick([lambda: f"<Registration accepted mpan {g.mpan()} for {g.name()} ({g.email()})>",
                    lambda: f"<Lookup address={g.addr()} pc={g.pc()} result=1>",
                    lambda: f"<Device commissioned eui={g.eui()} esme serial {g.eser()}>",
                    lambda: f"<Gas point {g.mprn()} meter {g.gser()} linked to acct {g.acct()}>"])()
        L.append(t + " " + m)
    return "\n".join(L), "log"

def websphere(g):
    L = ["************ Start Display Current Environment ************",
         f"WebSphere Platform 9.0.5.14 running with process name qtCell\\qtNode\\server1 {g.k_ver()}"]
    for _ in range(g.r.randint(4,6)):
        th = "%08x" % g.r.getrandbits(32)
        m = g.pick([lambda: f"SystemOut     O D0010 read stored MPAN:{g.mpan()} reading {g.k_read()}",
                    lambda: f"SystemErr     R java.lang.IllegalStateException: duplicate customer {g.name()} at {g.addr()} {g.pc()}",
                    lambda: f"SystemOut     O phone verified {g.phone()} for account {g.acct()}",
                    lambda: f"SystemOut     O ESME {g.eser()} CHF {g.eui()} joined"])()
        L.append(f"[14/03/25 10:{g.r.randint(10,59)}:{g.r.randint(10,59)}:{g.r.randint(100,999)} GMT] {th} {m}")
    L.append(f"[14/03/25 11:00:00:000 GMT] 0000004a SystemOut     O test {g.k_tc()} done")
    return "\n".join(L), "log"

def wildfly(g):
    L = []
    for _ in range(g.r.randint(5,7)):
        m = g.pick([lambda: f"INFO  [uk.co.supplier.cos.GainService] (default task-{g.r.randint(1,40)}) gain for MPAN {g.mpan()} customer='{g.name()}'",
                    lambda: f"WARN  [org.hibernate.engine.jdbc.spi.SqlExceptionHelper] (default task-3) SQL Error: 0, SQLState: 23505 Key (mprn)=({g.mprn()}) already exists.",
                    lambda: f"ERROR [uk.co.supplier.mail] (EJB default - 2) bounce for {g.email()} tel {g.phone()}",
                    lambda: f"INFO  [uk.co.supplier.addr] (default task-8) normalised '{g.addr()}' -> postcode {g.pc()}",
                    lambda: f"DEBUG [uk.co.supplier.meter] (default task-9) serial={g.gser()} type=GAS"])()
        L.append(f"2025-03-14 10:{g.r.randint(10,59)}:{g.r.randint(10,59)},{g.r.randint(100,999)} {m}")
    L.append(f"2025-03-14 11:02:11,004 INFO  [org.jboss.as] (Controller Boot Thread) WFLYSRV0025: WildFly Full 26.1.3.Final started, corr {g.k_uuid()} {g.k_tc()}")
    return "\n".join(L), "log"

def mysql_slow(g):
    L = ["/usr/sbin/mysqld, Version: 8.0.36 (MySQL Community Server - GPL). started with:", "Tcp port: 3306  Unix socket: /var/run/mysqld/mysqld.sock"]
    for _ in range(g.r.randint(3,4)):
        L += [f"# Time: {g.k_ts()}", f"# User@Host: qt_app[qt_app] @ 10.20.{g.r.randint(1,254)}.{g.r.randint(1,254)}  Id: {g.r.randint(100,9999)}",
              f"# Query_time: {g.r.random()*9:.6f}  Lock_time: 0.000012 Rows_sent: 1  Rows_examined: {g.r.randint(1000,900000)}",
              "SET timestamp=1710410551;",
              g.pick([lambda: f"SELECT * FROM supply_point WHERE mpan_core = '{g.mpan('plain')}' AND surname = '{g.name('last')}';",
                      lambda: f"UPDATE customer SET email='{g.email()}', phone='{g.phone('nosp')}' WHERE account_no='{g.acct()}';",
                      lambda: f"SELECT id FROM gas_meter WHERE serial_no LIKE '{g.gser()}%' OR mprn = {g.mprn('plain')};",
                      lambda: f"INSERT INTO visit(addr, postcode, eui) VALUES ('{g.addr()}', '{g.pc()}', '{g.eui()}');"])()]
    L.append(f"# note: ran during {g.k_tc()}")
    return "\n".join(L), "log"
