"""ADDENDUM (written after the first run, clearly separate, does not change corpus/): probes the classes the
first run missed or over-redacted, with variants. python3 gen/addendum.py -> addendum/corpus + addendum/truth.json"""
import os, sys, json, re, shutil, html
sys.path.insert(0, os.path.dirname(__file__))
from lib import R, Doc
from build import words_of

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
A = os.path.join(ROOT, "addendum"); C = os.path.join(A, "corpus")
G = {}
def genre(n):
    def d(f): G[n] = f; return f
    return d

@genre("acct_labels")
def a1(d):
    r = d.r
    L = [f"Account No: {d.account()}", f"acct {d.account()} / {d.K('tc')}", f"a/c {d.account()} (customer {d.name('title')})",
         f"Customer ref: {d.account()}", f"Contract account {d.account()} billed {d.K('money')} on {d.K('date')}",
         json.dumps({"accountNumber": d.account(), "invoice": d.K("inv")}), f"account_id={d.account()} flow={d.K('dflow')}",
         f"Your account number is {d.account()}.", f"CA {d.account()} – direct debit {d.K('money')}"]
    return "\n".join(L)

@genre("initial_forms")
def a2(d):
    r = d.r; L = []
    for form in ["{i}. {l}", "{i} {l}", "{i}.{j}. {l}", "{l} {i}", "{l}, {i}.", "{l}, {i}"]:
        f, l = r.name_parts(); i = f[0]; j = r.choice("ABCDEJKMPRS")
        t = form.format(i=i, j=j, l=l)
        d.s(t, "name", "initial:" + form)
        L.append(r.choice([lambda: f"occupier={t}", lambda: f"\"customer\": \"{t}\",", lambda: f"Spoke to {t} about the reading {d.K('kwh')}.",
                           lambda: f"| {d.K('mref')} | {t} | {d.K('tc')} |"])())
    return "\n".join(L)

@genre("mprn_contexts")
def a3(d):
    L = ["| ref | gas supply | read |", "|---|---|---|"]
    for _ in range(3):
        L.append(f"| {d.K('mref')} | {d.mprn()} | {d.K('kwh')} |")
    L.append("")
    L.append(f"gas supply number {d.mprn()} has no AQ; M number {d.mprn()} was confirmed on {d.K('date')}.")
    L.append(f"<td>{d.mprn()}</td><td>{d.K('wo')}</td>")
    L.append(f"{d.mprn()},{d.gserial()},{d.K('tc')}")
    return "\n".join(L)

@genre("gas_serial_shapes")
def a4(d):
    r = d.r; L = []
    for _ in range(6):
        v = "%02dM%06d" % (r.randint(0, 99), r.randint(0, 999999))
        d.s(v, "gas_serial", "NNMNNNNNN")
        L.append(r.choice([lambda: f"gas meter {v}", lambda: f"@p1='{v}' (Size = 20)", lambda: f"\"{d.K('mref')}\", \"{v}\"", lambda: f"msn={v} fuel=G", lambda: f"{v}"])())
    L.append(f"build {d.K('ver')} / {d.K('tc')}")
    return "\n".join(L)

@genre("split_name_fields")
def a5(d):
    r = d.r; L = []
    for tpl in ["given: '{f}', family: '{l}'", "<FirstName>{f}</FirstName><LastName>{l}</LastName>",
                "\"forename\": \"{f}\", \"surname\": \"{l}\"", "N:{l};{f};;;", "first_name={f}&last_name={l}",
                "<text:span>{f}</text:span> <text:span>{l}</text:span>"]:
        f, l = r.name_parts()
        d.s(f, "name", "split-field"); d.s(l, "name", "split-field")
        L.append(tpl.format(f=f, l=l) + f"  # {d.K('tc')}")
    return "\n".join(L)

@genre("street_no_number")
def a6(d):
    r = d.r; L = []
    for tpl in ["Customer states meter is at {s} {t} behind the garage.", "job moved to {s} {t} (no number, farm)",
                "Premises on {s} {t}, {town}", "lives at the end of {s} {t}"]:
        s, t = r.street(); town = r.town()[0]
        if "{town}" in tpl:
            d.s(f"{s} {t}", "address", "nonum"); d.s(town, "address", "town")
        else:
            d.s(f"{s} {t}", "address", "nonum")
        L.append(tpl.format(s=s, t=t, town=town) + f" ({d.K('wo')})")
    return "\n".join(L)

@genre("first_name_prose")
def a7(d):
    r = d.r; L = []
    for tpl in ["Customer ({f}) asked us not to call before 10am.", "Spoke to {f} at the door, meter in the hall.",
                "{f} says the IHD is blank.", "Rang back, {f} confirmed the read of {kwh}."]:
        f = r.choice(["Siobhan", "Kwame", "Agnieszka", "Dafydd", "Priya", "Oluwaseun", "Morag", "Wojciech"])
        d.s(f, "name", "first-only")
        kwh = d.K("kwh") if "{kwh}" in tpl else ""
        L.append(tpl.format(f=f, kwh=kwh) + f" {d.K('tc')}")
    return "\n".join(L)

@genre("split_mpan_cells")
def a8(d):
    r = d.r; L = []
    c = r.mpan_core(); d.s(c[:7], "mpan", "split-7-6", canon=c); d.s(c[7:], "mpan", "split-7-6", canon=c)
    L.append(f"[09:22] Field engineer: {c[:7]}\n[09:22] Field engineer: {c[7:]}")
    c = r.mpan_core(); d.s(c[2:], "mpan", "split-2-11", canon=c)
    L.append(f"| {c[:2]} | {c[2:]} | {d.K('mref')} |")
    c = r.mpan_core(); d.s(c[:6], "mpan", "split-6-7", canon=c); d.s(c[6:], "mpan", "split-6-7", canon=c)
    L.append(f"supply number part 1: {c[:6]}\nsupply number part 2: {c[6:]}")
    c = r.mpan_core(); d.s(c[:7], "mpan", "split-lines", canon=c); d.s(c[7:], "mpan", "split-lines", canon=c)
    L.append(f"MPAN: {c[:7]}\n      {c[7:]}")
    L.append(f"{d.K('tc')} {d.K('dflow')}")
    return "\n".join(L)

@genre("overredaction_probes")
def a9(d):
    r = d.r
    L = [f">>> s.address\n'{d.address()}'\n>>> s.meters\n[Meter(serial='{d.eserial()}', kind='E')]\n>>> s.last_flow\n('{d.K('dflow')}', {d.K('epoch_ms')})"]
    L.append(f"Note {d.name('plain')} at the door; sticky_note {d.k('sticky_note', 'word')} / {d.k('Note', 'word')}")
    L.append(f"    '{d.mpan()}' | '{d.name()}' || {d.k(chr(39) + 'REJECT' + chr(39), 'word')}")
    L.append(f"CALL ID {d.k(r.sha(16).upper(), 'call-id-16hex')} ; session {d.k(r.sha(16).upper(), 'call-id-16hex')}")
    for w in ["Field", "Wood", "Bell", "Marsh", "Green", "Price", "Baker"]:
        L.append(r.choice([lambda: f"[09:1{r.randint(0,9)}] {d.k(w + ' Ops', 'chat-sender-word')}: job {d.K('wo')} done",
                           lambda: f"exception.message={d.k(w + ' ' + chr(39) + 'postcode' + chr(39) + ' invalid', 'word')}",
                           lambda: f"{d.k(w + ' team sign-off for ' , 'word')}{d.K('tc')}"])())
    L.append(f"Stopwatch: {d.k('1770569609000', 'epoch_ms-valid-mpan-check')} 1200")
    return "\n".join(L)

@genre("lower_names")
def a10(d):
    r = d.r; L = []
    for _ in range(5):
        f, l = r.name_parts(); t = f"{f} {l}".lower()
        d.s(t, "name", "lower")
        L.append(r.choice([lambda: f"cust {t} confirmed", lambda: f"@p2='{t}' (Size = 4000)", lambda: f"\"msg\": \"appointment for {t} at {d.postcode()}\"",
                           lambda: f"details='occupier={t}|n'"])() + f" {d.K('wo')}")
    return "\n".join(L)


def main():
    shutil.rmtree(A, ignore_errors=True); os.makedirs(C)
    r = R(494949); truth = {}
    for gname in sorted(G):
        for j in range(5):
            d = Doc(r); text = G[gname](d)
            for s in d.secrets: assert s["text"] in text, (gname, s)
            for k in d.keeps: assert k["text"] in text, (gname, k)
            spans = [(m.start(), m.end()) for s in d.secrets for m in re.finditer(re.escape(s["text"]), text)]
            for s in d.secrets:
                ws = words_of(s["text"], s["kind"])
                if ws is None: continue
                ok, bad = [], []
                for w in ws:
                    clash = any(not any(a <= m.start() and m.end() <= b for a, b in spans)
                                for m in re.finditer(r"(?<![^\W\d_])" + re.escape(w) + r"(?![^\W\d_])", text, re.I))
                    (bad if clash else ok).append(w)
                s["words"] = ok
                if bad: s["words_excluded"] = bad
            fn = f"{gname}_{j+1:02d}.txt"
            open(os.path.join(C, fn), "wb").write(text.encode("utf-8"))
            truth[fn] = {"genre": gname, "encoding": "utf-8", "newline": "lf", "secrets": d.secrets, "keeps": d.keeps}
    json.dump(truth, open(os.path.join(A, "truth.json"), "w", encoding="utf-8"), indent=1, ensure_ascii=False)
    print(len(truth), "files", sum(len(v["secrets"]) for v in truth.values()), "secrets", sum(len(v["keeps"]) for v in truth.values()), "keeps")

if __name__ == "__main__":
    main()
