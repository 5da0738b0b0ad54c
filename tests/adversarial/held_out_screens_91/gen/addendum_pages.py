# ADDENDUM (after the first run): focused probes of the leak classes, separate corpus under addendum/
import sys, os, json, random
sys.path.insert(0, os.path.dirname(__file__))
import chrome_pages as C, ids as I
C.PAGES.clear(); R = random.Random(9048); s, k = C.s, C.k
# P1 EUI wrapped at hyphens in narrow columns (light/dark, 100/125), plus colon-separated
def narrow(scale, theme, nm):
    dark = theme == "dark"
    cards = "".join(f'<div class="c"><div>{k("Device","label")}</div><div class="v">{s(I.eui(R, sep),"eui")}</div></div>' for sep in ["-", "-", ":", "-", ":"])
    cards += f'<div class="c"><div>{k("MPAN","label")}</div><div class="v" style="word-break:break-all">{s(I.mpan_core(R),"mpan")}</div></div>'
    css = f"body{{font-family:'Liberation Sans';font-size:15px;background:{'#202124' if dark else '#fff'};color:{'#e8eaed' if dark else '#222'}}}.c{{display:inline-block;vertical-align:top;width:44px;margin:20px 30px}}.v{{margin-top:6px}}"
    C.add(nm, 700, 420, scale, theme, css, cards, "EUI-64 / MPAN in 44px-wide columns: wraps after each separator (one group per line)")
narrow(1.0, "light", "add_narrow_light_100"); narrow(1.25, "dark", "add_narrow_dark_125")
# P2 MPANs cut at the left edge by 2..6 digits
def leftcut(scale, nm):
    rows = "".join(f'<div style="position:relative;left:{-off}px;white-space:nowrap;margin:14px 0">{s(I.mpan_core(R),"mpan")} {k("matched","label")} {k(I.flow(R),"flow")}</div>' for off in [22, 33, 44, 55, 66, 80])
    css = "body{font-family:'Liberation Sans';font-size:20px;background:#fafafa;color:#111;overflow:hidden}"
    C.add(nm, 600, 380, scale, "light", css, rows, "MPANs cut at the left image edge by 2-7 digits")
leftcut(1.0, "add_leftcut_100")
# P3 account-like numbers beside other labels
def acctlabels(scale, nm):
    labs = ["Business Partner", "Contract Account", "Customer number", "Account no.", "Billing account", "BP", "Acct"]
    rows = "".join(f"<tr><td>{k(l,'label')}</td><td><span class='f'>{s(I.acct(R),'account')}</span></td></tr>" for l in labs)
    css = "body{background:#dfe3e8;font-family:'Liberation Sans';font-size:13px}td{padding:4px 10px}.f{background:#fff;border:1px solid #7f9db9;padding:1px 6px;font-family:'Liberation Mono'}"
    C.add(nm, 600, 340, scale, "light", css, "<table>" + rows + "</table>", "account / business partner numbers beside various labels")
acctlabels(1.0, "add_acct_100")
# P4 Gaelic / short names in a list pane
def names(scale, nm):
    nn = ["Mei NicDhòmhnaill", "Mei Chen", "Ailsa NicLeòid", "Eòghann MacIllEathain", "Iain MacAoidh", "Seòras Mac a' Phì", "Jo Li", "Ana Wu", "Mòrag NicAmhlaigh", "Dòmhnall Caimbeul"]
    rows = "".join(f"<div class='m'><b>{s(n,'name')}</b><br>{k('RE: '+I.flow(R)+' '+I.tc(R),'subject')}</div>" for n in nn)
    css = "body{background:#1f1f1f;color:#e6e6e6;font-family:'Liberation Sans';font-size:13px}.m{padding:6px 12px;border-bottom:1px solid #444}"
    C.add(nm, 420, 560, scale, "dark", css, rows, "list pane of Gaelic and short (2-3 letter) given names")
names(1.25, "add_names_dark_125")
