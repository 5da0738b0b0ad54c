"""Deterministic generator: python make.py  (seeds fixed inside each module)."""
import os, subprocess, sys
for m in ['make_html.py','make_qt.py','make_pdf.py','make_jpeg.py']:
    subprocess.run([sys.executable,m],check=True,cwd=os.path.dirname(os.path.abspath(__file__)))
