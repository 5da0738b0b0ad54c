"""Tkinter form under Xvfb, grabbed with ImageGrab. argv: item dark(0/1) scaling"""
import sys, os, time
from common import *
import tkinter as tk
from PIL import ImageGrab
item, dark, scl = sys.argv[1], sys.argv[2] == '1', float(sys.argv[3])
rng.seed(hash(item) % 100000 + 99)
root = tk.Tk(); root.tk.call('tk', 'scaling', scl); root.geometry('+0+0')
bg, fg, eb = ('#2b2b2b', '#e8e8e8', '#1d1d1d') if dark else ('#d9d9d9', '#000000', '#ffffff')
root.configure(bg=bg)
reg = []
def row(r, label, kind, value, shown=None, form=''):
    l = tk.Label(root, text=label, bg=bg, fg=fg, font=('DejaVu Sans', 10)); l.grid(row=r, column=0, sticky='w', padx=8, pady=4)
    e = tk.Entry(root, width=30, bg=eb, fg=fg, insertbackground=fg, font=('DejaVu Sans Mono', 10)); e.insert(0, shown if shown is not None else value)
    e.grid(row=r, column=1, padx=8, pady=4); reg.append((l, 'label', label, '', True)); reg.append((e, kind, value, form, kind == 'keep'))
c = mpan(); top = mpan_top(); g = mprn(); d = eui(); s = gsn(); nm = name(); tel = phone()
row(0, 'Supply number (full)', 'mpan', c, 'S ' + top + ' ' + c, form='21-digit one line in Entry')
row(1, 'MPRN', 'mprn', g)
row(2, 'IHD GUID', 'eui64', d, eui_fmt(d, 'dot2'), form='dotted bytes')
row(3, 'Gas meter serial', 'serial', s, s.lower(), form='lower-case')
row(4, 'Account holder', 'name', nm)
row(5, 'Contact', 'phone', tel)
r6 = keep_ref('CASE-'); row(6, 'Case', 'keep', r6)
tk.Button(root, text='Submit D0205', bg=bg, fg=fg).grid(row=7, column=1, sticky='e', padx=8, pady=8)
root.update(); time.sleep(0.5); root.update()
x0, y0 = root.winfo_rootx(), root.winfo_rooty(); W, H = root.winfo_width(), root.winfo_height()
img = ImageGrab.grab(bbox=(x0, y0, x0 + W, y0 + H), xdisplay=os.environ['DISPLAY'])
fn = item + '.png'; t = Truth(item, fn, 'Tkinter/Xvfb', 'Tk form scaling %.2f %s' % (scl, 'dark' if dark else 'light'))
for w, kind, value, form, keep in reg:
    bx = [w.winfo_rootx() - x0, w.winfo_rooty() - y0]; bx += [bx[0] + w.winfo_width(), bx[1] + w.winfo_height()]
    t.add(kind, value, [bx], form=form, keep=keep)
img.convert('RGB').save(CORPUS + '/' + fn); t.d['size'] = list(img.size); t.save(); print(item, img.size)
