import html as H
from ids import *
def S(kind, text, disp=None, style="", cls=""):
    d = disp if disp is not None else H.escape(text)
    return f'<span data-r="s" data-k="{kind}" data-t="{H.escape(text)}" class="{cls}" style="{style}">{d}</span>'
def K(text, kind="label", disp=None, style="", cls=""):
    d = disp if disp is not None else H.escape(text)
    return f'<span data-r="k" data-k="{kind}" data-t="{H.escape(text)}" class="{cls}" style="{style}">{d}</span>'
def NAME(n): return S("name", n)
def ADDR(a): return S("address", a)

BASE = """
body{margin:0;font-family:'Segoe UI','DejaVu Sans',Arial,sans-serif;font-size:14px;background:#f3f4f6;color:#1f2937}
body.dark{background:#111827;color:#e5e7eb}
.card{background:#fff;border:1px solid #d1d5db;border-radius:6px;padding:14px;margin:10px}
.dark .card{background:#1f2937;border-color:#374151}
table{border-collapse:collapse} td,th{padding:5px 9px;border-bottom:1px solid #e5e7eb;text-align:left;white-space:nowrap}
.dark td,.dark th{border-color:#374151}
th{font-weight:600;background:#f9fafb}.dark th{background:#273244}
.top{background:#0b3d6e;color:#fff;padding:10px 16px;font-size:16px;display:flex;gap:24px;align-items:center}
.muted{color:#6b7280}.dark .muted{color:#9ca3af}
.chip{display:inline-block;border-radius:10px;padding:1px 8px;font-size:12px;font-weight:600}
.ok{background:#dcfce7;color:#166534}.bad{background:#fee2e2;color:#991b1b}.wait{background:#fef3c7;color:#92400e}
.lbl{font-size:12px;color:#6b7280}.dark .lbl{color:#9ca3af}
.mono{font-family:'DejaVu Sans Mono',Consolas,monospace}
"""
JS = """<script>window.addEventListener('load',()=>{const o=[];document.querySelectorAll('[data-r]').forEach(e=>{const rs=[];
const cs=getComputedStyle(e); let list = (cs.display==='inline')? e.getClientRects() : [e.getBoundingClientRect()];
for(const r of list){ if(r.width>0&&r.height>0) rs.push([r.x,r.y,r.width,r.height]); }
o.push({r:e.dataset.r,k:e.dataset.k,t:e.dataset.t,rects:rs});});
const p=document.createElement('pre');p.id='BOXES';p.style.display='none';p.textContent=JSON.stringify(o);document.body.appendChild(p)});</script>"""

def doc(body, css="", theme="light"):
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{BASE}{css}</style></head><body class='{theme}'>{body}{JS}</body></html>"

def sbox(m, tp, design="A"):
    pc, mtc, llf = tp
    if design == "B":  # flex, no inner borders, dark friendly
        g = mpan_sp(m).split()
        return ("<div style='display:inline-flex;align-items:center;border:1.5px solid #60a5fa;border-radius:4px;padding:6px 12px;gap:12px'>"
                "<div style='font-size:38px;font-weight:800;line-height:1'>S</div><div style='font-size:14px;letter-spacing:1px;line-height:1.6'>"
                f"<div>{pc}&nbsp;&nbsp;&nbsp;{mtc}&nbsp;&nbsp;&nbsp;{llf}</div><div>{S('mpan', m, disp='&nbsp;&nbsp;&nbsp;'.join(g))}</div></div></div>")
    if design == "C":  # no S, rounded two-row box
        return ("<div style='display:inline-block;border:1px solid #9ca3af;border-radius:10px;padding:6px 14px;font-size:13px' class='mono'>"
                f"<div class='muted'>{pc} &nbsp;{mtc} &nbsp;{llf}</div><div>{S('mpan', m, disp=mpan_sp(m))}</div></div>")
    if design == "D":  # bill style: S and grid with top row cells small font
        g = mpan_sp(m).split()
        cell = "display:inline-block;border:1px solid #333;padding:1px 6px;margin:-1px 0 0 -1px;min-width:24px;text-align:center"
        return ("<div style='display:inline-flex;border:1px solid #333;background:#fff;color:#111;font-size:12px'>"
                "<div style='font:bold 30px Georgia,serif;padding:6px 8px;border-right:1px solid #333'>S</div><div>"
                f"<div><span style='{cell}'>{pc}</span><span style='{cell}'>{mtc}</span><span style='{cell}'>{llf}</span></div>"
                "<div>"+S('mpan', m, disp=''.join('<span style="'+cell+'">'+x+'</span>' for x in g), style='display:inline-block')+"</div></div></div>")

def fix_sboxA(m, tp):
    # variant A with wrapper span in a single cell to get geometry
    pc, mtc, llf = tp
    g = mpan_sp(m).split()
    return ("<table style='border:2px solid currentColor;font-size:15px'>"
            "<tr><td rowspan=2 style='font-size:34px;font-weight:700;border:2px solid currentColor;padding:0 10px'>S</td>"
            f"<td style='border:1px solid currentColor'>{pc}</td><td style='border:1px solid currentColor'>{mtc}</td><td style='border:1px solid currentColor'>{llf}</td></tr>"
            "<tr><td colspan=3 style='border:1px solid currentColor;padding:0'>"+S('mpan', m, disp=''.join('<span style="display:inline-block;padding:4px 9px;border-right:1px solid currentColor">'+x+'</span>' for x in g), style='display:inline-block')+"</td></tr></table>")
