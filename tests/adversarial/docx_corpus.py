"""Adversarial corpus of altered Word documents for the leak scan (`attest scan FILE.docx`).

Written from the outside: nothing here is derived from the scanner's code.  Every variant takes a clean
pack (or the shipped template), hides one freshly generated identifier in it in one particular way, and
writes the result.  `independent_check` is our own ground truth: LibreOffice renders the document to PDF
(`pdftotext`, plus tesseract OCR of the pages for pixel text) and our own package walker decodes every part.

Only the standard library, lxml, Pillow and olefile are used.  OLE compound files are written by the small
CFB writer below (olefile is read-only).
"""
from __future__ import annotations

import base64
import gzip
import io
import os
import random
import re
import shutil
import struct
import subprocess
import tempfile
import unicodedata
import urllib.parse
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

try:  # optional, only used by the checker to read OLE streams
    import olefile
except ImportError:  # pragma: no cover
    olefile = None


@dataclass
class Altered:
    name: str
    klass: str
    path: Path
    secret: str
    visible: bool


# --------------------------------------------------------------------------- identifiers

PRIMES = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]


def mpan_check(core12: str) -> int:
    return sum(int(d) * p for d, p in zip(core12, PRIMES)) % 11 % 10


def gen_mpan(rng: random.Random) -> str:
    core = f"{rng.randint(10, 36)}" + "".join(str(rng.randint(0, 9)) for _ in range(10))
    return core + str(mpan_check(core))


def gen_serial(rng: random.Random) -> str:
    up = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return (rng.choice("SEKLZ") + f"{rng.randint(0, 99):02d}" + rng.choice(up) + rng.choice(up)
            + "".join(str(rng.randint(0, 9)) for _ in range(6)))


def gen_eui64(rng: random.Random) -> str:
    return "-".join(f"{rng.randint(0, 255):02X}" for _ in range(8))


def gen_postcode(rng: random.Random) -> str:
    area = rng.choice(["LS", "M", "B", "CF", "EH", "G", "BS", "NE", "SW", "N", "RG", "OX"])
    inward = "ABDEFGHJLNPQRSTUWXYZ"
    return f"{area}{rng.randint(1, 19)} {rng.randint(0, 9)}{rng.choice(inward)}{rng.choice(inward)}"


GEN = {"mpan": gen_mpan, "serial": gen_serial, "eui64": gen_eui64, "postcode": gen_postcode}


def norm(s: str) -> str:
    """Compare form: NFKC, uppercase, letters and digits only (drops spaces, ZWSP, soft hyphens, dashes)."""
    s = unicodedata.normalize("NFKC", s).upper()
    return "".join(ch for ch in s if ch.isascii() and ch.isalnum())


# --------------------------------------------------------------------------- OOXML plumbing

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture",
    "v": "urn:schemas-microsoft-com:vml",
    "o": "urn:schemas-microsoft-com:office:office",
    "w10": "urn:schemas-microsoft-com:office:word",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
    "wp14": "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing",
}
NSDECL = " ".join(f'xmlns:{k}="{v}"' for k, v in NS.items())
W = "{%s}" % NS["w"]
R = "{%s}" % NS["r"]
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CT_HDR = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"
CT_FTR = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"


def frag(xml: str) -> list:
    root = etree.fromstring(f"<w:root {NSDECL}>{xml}</w:root>")
    return list(root)


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def rels_name(part: str) -> str:
    d, _, f = part.rpartition("/")
    return f"{d}/_rels/{f}.rels" if d else f"_rels/{f}.rels"


class Pkg:
    """A .docx held in memory: parts by name, parsed XML cached, written back in the original order."""

    def __init__(self, path: Path):
        with zipfile.ZipFile(path) as z:
            self.order = [i.filename for i in z.infolist()]
            self.parts = {n: z.read(n) for n in self.order}
            self.comment = z.comment
        self._xml: dict[str, etree._Element] = {}
        self.raw_override: dict[str, bytes] = {}
        self._n = 0

    def uid(self) -> int:
        self._n += 1
        return 7000 + self._n

    def xml(self, name: str):
        if name not in self._xml:
            self._xml[name] = etree.fromstring(self.parts[name])
        return self._xml[name]

    def put(self, name: str, data: bytes | str, ctype: str | None = None):
        if isinstance(data, str):
            data = data.encode("utf-8")
        if name not in self.parts:
            self.order.append(name)
        self.parts[name] = data
        self._xml.pop(name, None)
        if ctype:
            self.content_type(name, ctype)

    def content_type(self, name: str, ctype: str):
        ct = self.xml("[Content_Types].xml")
        for o in ct.findall(f"{{{CT_NS}}}Override"):
            if o.get("PartName") == "/" + name:
                o.set("ContentType", ctype)
                return
        etree.SubElement(ct, f"{{{CT_NS}}}Override", PartName="/" + name, ContentType=ctype)

    def default_type(self, ext: str, ctype: str):
        ct = self.xml("[Content_Types].xml")
        for d in ct.findall(f"{{{CT_NS}}}Default"):
            if d.get("Extension").lower() == ext.lower():
                return
        ct.insert(0, ct.makeelement(f"{{{CT_NS}}}Default", Extension=ext, ContentType=ctype))

    def add_rel(self, source: str, rtype: str, target: str, external: bool = False) -> str:
        rn = rels_name(source)
        if rn not in self.parts:
            self.put(rn, f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{PKG_REL}"/>')
        rels = self.xml(rn)
        ids = {r.get("Id") for r in rels}
        n = 100
        while f"rId{n}" in ids:
            n += 1
        el = etree.SubElement(rels, f"{{{PKG_REL}}}Relationship", Id=f"rId{n}", Type=rtype, Target=target)
        if external:
            el.set("TargetMode", "External")
        return f"rId{n}"

    # --- document helpers
    @property
    def doc(self):
        return self.xml("word/document.xml")

    @property
    def body(self):
        return self.doc.find(f"{W}body")

    def insert_body(self, xml: str, index: int = 1):
        body = self.body
        for i, el in enumerate(frag(xml)):
            body.insert(index + i, el)

    def sectpr(self):
        return self.body.find(f"{W}sectPr")

    def add_header(self, inner: str, kind: str = "default", footer: bool = False, encoding: str = "utf-8") -> str:
        tag, ct, rt = ("ftr", CT_FTR, "footer") if footer else ("hdr", CT_HDR, "header")
        n = 1
        while f"word/{rt}{n}.xml" in self.parts:
            n += 1
        name = f"word/{rt}{n}.xml"
        xml = f'<?xml version="1.0" encoding="{encoding.upper()}" standalone="yes"?><w:{tag} {NSDECL}>{inner}</w:{tag}>'
        self.put(name, xml.encode(encoding) if encoding.lower() != "utf-16" else xml.encode("utf-16"), ct)
        rid = self.add_rel("word/document.xml", RT + rt, f"{rt}{n}.xml")
        sp = self.sectpr()
        for old in sp.findall(f"{W}{rt}Reference"):
            if old.get(f"{W}type") == kind:
                sp.remove(old)
        ref = sp.makeelement(f"{W}{rt}Reference", {f"{W}type": kind, f"{R}id": rid})
        sp.insert(0, ref)
        if kind == "first" and sp.find(f"{W}titlePg") is None:
            tp = sp.makeelement(f"{W}titlePg", {})
            idx = [i for i, c in enumerate(sp) if c.tag in (f"{W}pgSz", f"{W}pgMar", f"{W}cols", f"{W}docGrid")]
            sp.insert(idx[-1] + 1 if idx else len(sp), tp)
        return name

    def add_image(self, data: bytes, ext: str, ctype: str, cx_emu: int, cy_emu: int,
                  source: str = "word/document.xml", descr: str = "figure", extra_blip: str = "") -> str:
        n = 1
        while f"word/media/adv{n}.{ext}" in self.parts:
            n += 1
        name = f"word/media/adv{n}.{ext}"
        self.put(name, data)
        self.default_type(ext, ctype)
        rid = self.add_rel(source, RT + "image", f"media/adv{n}.{ext}")
        i = self.uid()
        return drawing_xml(rid, cx_emu, cy_emu, i, descr=descr, extra_blip=extra_blip)

    def save(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        for name, root in self._xml.items():
            self.parts[name] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for n in self.order:
                z.writestr(n, self.parts[n])
            if self.comment:
                z.comment = self.comment


def drawing_xml(rid: str, cx: int, cy: int, i: int, descr: str = "figure", title: str | None = None,
                extra_blip: str = "") -> str:
    t = f' title="{esc(title)}"' if title else ""
    ext = f"<a:extLst>{extra_blip}</a:extLst>" if extra_blip else ""
    return (f'<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/>'
            f'<wp:docPr id="{i}" name="Picture {i}" descr="{esc(descr)}"{t}/><wp:cNvGraphicFramePr/>'
            f'<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
            f'<pic:pic><pic:nvPicPr><pic:cNvPr id="{i}" name="adv{i}"/><pic:cNvPicPr/></pic:nvPicPr>'
            f'<pic:blipFill><a:blip r:embed="{rid}">{ext}</a:blip><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
            f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>'
            f'</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')


def para(inner: str, style: str | None = None) -> str:
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{ppr}{inner}</w:p>"


def run(text: str, rpr: str = "") -> str:
    rp = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f'<w:r>{rp}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'


def splits(s: str, k: int, rng: random.Random) -> list[str]:
    """Split s into k non-empty pieces at random points."""
    cuts = sorted(rng.sample(range(1, len(s)), k - 1))
    return [s[i:j] for i, j in zip([0] + cuts, cuts + [len(s)])]


# --------------------------------------------------------------------------- images

FONT_PATHS = ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
              "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf"]


def _font(size: int):
    from PIL import ImageFont
    for p in FONT_PATHS:
        if os.path.exists(p):
            return ImageFont.truetype(p, size)
    return ImageFont.load_default()


def text_image(text: str, fg=(0, 0, 0), bg=(255, 255, 255), size: int = 44, pad: int = 24):
    from PIL import Image, ImageDraw
    f = _font(size)
    l, t, r, b = f.getbbox(text)
    im = Image.new("RGB", (r - l + 2 * pad, b - t + 2 * pad), bg)
    ImageDraw.Draw(im).text((pad - l, pad - t), text, font=f, fill=fg)
    return im


def png_bytes(im, **kw) -> bytes:
    bio = io.BytesIO()
    im.save(bio, "PNG", **kw)
    return bio.getvalue()


def png_chunk(ctype: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + ctype + data + struct.pack(">I", zlib.crc32(ctype + data) & 0xFFFFFFFF)


def png_insert_chunk(png: bytes, chunk: bytes, after_ihdr: bool = True) -> bytes:
    if after_ihdr:
        ihdr_end = 8 + 4 + 4 + 13 + 4
        return png[:ihdr_end] + chunk + png[ihdr_end:]
    return png + chunk  # after IEND


def icc_with_desc(desc: str) -> bytes:
    """A small ICC v2 display profile (gray TRC, XYZ) whose 'desc' tag holds desc."""
    d = desc.encode("ascii") + b"\0"
    desc_tag = b"desc" + b"\0" * 4 + struct.pack(">I", len(d)) + d + b"\0" * 8 + b"\0" * 3 + b"\0" * 67
    xyz = b"XYZ " + b"\0" * 4 + struct.pack(">iii", 63190, 65536, 54061)
    curv = b"curv" + b"\0" * 4 + struct.pack(">I", 1) + struct.pack(">H", 0x0233) + b"\0\0"
    cprt = b"text" + b"\0" * 4 + b"none\0\0\0\0"
    tags = [(b"desc", desc_tag), (b"wtpt", xyz), (b"kTRC", curv), (b"cprt", cprt)]
    off = 128 + 4 + 12 * len(tags)
    table, blobs = b"", b""
    for sig, blob in tags:
        while (off + len(blobs)) % 4:
            blobs += b"\0"
        table += sig + struct.pack(">II", off + len(blobs), len(blob))
        blobs += blob
    body = struct.pack(">I", len(tags)) + table + blobs
    size = 128 + len(body)
    hdr = (struct.pack(">I", size) + b"none" + bytes([2, 0x10, 0, 0]) + b"mntr" + b"GRAY" + b"XYZ "
           + b"\0" * 12 + b"acsp" + b"APPL" + b"\0" * 4 + b"\0" * 4 + b"\0" * 4 + b"\0" * 8 + b"\0" * 4
           + struct.pack(">iii", 63190, 65536, 54061) + b"none" + b"\0" * 16 + b"\0" * 28)
    assert len(hdr) == 128, len(hdr)
    return hdr + body


# --------------------------------------------------------------------------- OLE compound file writer

ENDOFCHAIN, FREESECT, FATSECT, NOSTREAM = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD, 0xFFFFFFFF
PACKAGE_CLSID = bytes.fromhex("0c00030000000000c000000000000046")


def cfb_write(streams: list[tuple[str, bytes]], root_clsid: bytes = PACKAGE_CLSID) -> bytes:
    """Minimal CFB v3 writer (512-byte sectors, mini stream for streams under 4096 bytes, flat root)."""
    SS, MSS, CUT = 512, 64, 4096
    mini = bytearray()
    minifat: list[int] = []
    ents = []  # name, start, size, is_big, data
    for name, data in streams:
        if len(data) < CUT:
            n = (len(data) + MSS - 1) // MSS
            start = len(mini) // MSS if n else ENDOFCHAIN
            for i in range(n):
                minifat.append(start + i + 1 if i < n - 1 else ENDOFCHAIN)
            mini += data + b"\0" * (n * MSS - len(data))
            ents.append([name, start, len(data), False, data])
        else:
            ents.append([name, None, len(data), True, data])
    sectors: list[bytes] = []
    chains: list[tuple[int, int]] = []  # (first, count) of regular chains

    def alloc(data: bytes) -> int:
        if not data:
            return ENDOFCHAIN
        n = (len(data) + SS - 1) // SS
        first = len(sectors)
        data = data + b"\0" * (n * SS - len(data))
        for i in range(n):
            sectors.append(data[i * SS:(i + 1) * SS])
        chains.append((first, n))
        return first

    for e in ents:
        if e[3]:
            e[1] = alloc(e[4])
    mini_start = alloc(bytes(mini))
    mf = b"".join(struct.pack("<I", x) for x in minifat)
    mf_start = alloc(mf + b"\xff" * ((-len(mf)) % SS)) if minifat else ENDOFCHAIN
    n_mf = (len(mf) + SS - 1) // SS if minifat else 0

    # directory: root + streams, balanced BST by (len, upper)
    order = sorted(range(len(ents)), key=lambda i: (len(ents[i][0]), ents[i][0].upper()))
    left = [NOSTREAM] * len(ents)
    right = [NOSTREAM] * len(ents)

    def build(lo, hi):
        if lo >= hi:
            return NOSTREAM
        mid = (lo + hi) // 2
        i = order[mid]
        left[i] = build(lo, mid)
        right[i] = build(mid + 1, hi)
        return i + 1

    child = build(0, len(order))

    def dirent(name, typ, l, r, c, clsid, start, size):
        nm = name.encode("utf-16-le") + b"\0\0" if name else b""
        return (nm.ljust(64, b"\0") + struct.pack("<HBB", len(nm), typ, 1) + struct.pack("<III", l, r, c)
                + clsid + b"\0" * 4 + b"\0" * 16 + struct.pack("<IIi", start, size, 0))

    d = dirent("Root Entry", 5, NOSTREAM, NOSTREAM, child, root_clsid, mini_start if mini else ENDOFCHAIN, len(mini))
    for i, e in enumerate(ents):
        d += dirent(e[0], 2, left[i], right[i], NOSTREAM, b"\0" * 16,
                    e[1] if e[1] is not None else ENDOFCHAIN, e[2])
    while len(d) % SS:
        d += dirent("", 0, NOSTREAM, NOSTREAM, NOSTREAM, b"\0" * 16, 0, 0)
    dir_start = alloc(d)

    # FAT
    n_data = len(sectors)
    n_fat = 1
    while n_fat * (SS // 4) < n_data + n_fat:
        n_fat += 1
    fat = [FREESECT] * (n_fat * SS // 4)
    for first, n in chains:
        for i in range(n):
            fat[first + i] = first + i + 1 if i < n - 1 else ENDOFCHAIN
    for i in range(n_fat):
        fat[n_data + i] = FATSECT
    fatb = b"".join(struct.pack("<I", x) for x in fat)
    difat = list(range(n_data, n_data + n_fat)) + [FREESECT] * (109 - n_fat)
    hdr = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16 + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
           + b"\0" * 6 + struct.pack("<IIIIIIIII", 0, n_fat, dir_start, 0, CUT, mf_start, n_mf, ENDOFCHAIN, 0)
           + b"".join(struct.pack("<I", x) for x in difat))
    assert len(hdr) == 512
    return hdr + b"".join(sectors) + fatb


def ole10native(label: str, path: str, data: bytes) -> bytes:
    lab = label.encode("cp1252", "replace") + b"\0"
    p = path.encode("cp1252", "replace") + b"\0"
    body = (struct.pack("<H", 2) + lab + p + struct.pack("<HH", 0, 3) + struct.pack("<I", len(p)) + p
            + struct.pack("<I", len(data)) + data)
    return struct.pack("<I", len(body)) + body


def compobj(user_type: str = "OLE Package", prog: str = "Package") -> bytes:
    ut = user_type.encode("cp1252") + b"\0"
    pr = prog.encode("cp1252") + b"\0"
    return (bytes.fromhex("0100feff030a0000ffffffff") + PACKAGE_CLSID + struct.pack("<I", len(ut)) + ut
            + struct.pack("<I", 0) + struct.pack("<I", len(pr)) + pr + struct.pack("<I", 0x71B239F4)
            + b"\0" * 12)


def package_object(label: str, path: str, data: bytes, extra: list[tuple[str, bytes]] = (),
                   user_type: str = "OLE Package") -> bytes:
    streams = [("\x01CompObj", compobj(user_type)), ("\x03ObjInfo", b"\x00\x00\x03\x00\x0d\x00"),
               ("\x01Ole10Native", ole10native(label, path, data))] + list(extra)
    return cfb_write(streams)


# --------------------------------------------------------------------------- variants (pack)

VML_WATERMARK = (
    '<w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr><w:r><w:pict>'
    '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e">'
    '<v:formulas><v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/><v:f eqn="sum 21600 0 @1"/><v:f eqn="sum 0 0 @2"/>'
    '<v:f eqn="sum 21600 0 @3"/><v:f eqn="if @0 @3 0"/><v:f eqn="if @0 21600 @1"/><v:f eqn="if @0 0 @2"/>'
    '<v:f eqn="if @0 @4 21600"/><v:f eqn="mid @5 @6"/><v:f eqn="mid @8 @5"/><v:f eqn="mid @7 @8"/><v:f eqn="mid @6 @7"/>'
    '<v:f eqn="sum @6 0 @5"/></v:formulas><v:path textpathok="t" o:connecttype="custom" '
    'o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" o:connectangles="270,180,90,0"/>'
    '<v:textpath on="t" fitshape="t"/><v:handles><v:h position="#0,bottomRight" xrange="6629,14971"/></v:handles>'
    '<o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>'
    '<v:shape id="PowerPlusWaterMarkObject{n}" o:spid="_x0000_s20{n}" type="#_x0000_t136" '
    'style="position:absolute;margin-left:0;margin-top:0;width:440pt;height:60pt;{rot}z-index:-251657216;'
    'mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;'
    'mso-position-vertical-relative:margin" o:allowincell="f" fillcolor="{colour}" stroked="f">'
    '{fill}<v:textpath style="font-family:&quot;Arial&quot;;font-size:1pt" string="{text}"/>'
    '<w10:wrap anchorx="margin" anchory="margin"/></v:shape></w:pict></w:r></w:p>')


def watermark(text: str, colour: str = "silver", rotate: bool = True, opacity: bool = True, n: int = 49) -> str:
    return VML_WATERMARK.format(n=n, rot="rotation:315;" if rotate else "", colour=colour, text=esc(text),
                                fill='<v:fill opacity=".5"/>' if opacity else "")


def v_runs_two(p: Pkg, s, rng):
    p.insert_body(para("".join(run(x) for x in splits(s, 2, rng))))


def v_runs_each(p: Pkg, s, rng):
    rprs = ["<w:b/>", "<w:i/>", "", '<w:color w:val="1F3A5F"/>', '<w:rFonts w:ascii="Courier New" w:hAnsi="Courier New"/>']
    p.insert_body(para("".join(run(ch, rng.choice(rprs)) for ch in s)))


def v_runs_markup(p: Pkg, s, rng):
    a, b, c = splits(s, 3, rng)
    p.insert_body(para(run("Ref: ") + run(a) + '<w:proofErr w:type="spellStart"/><w:bookmarkStart w:id="901" w:name="_adv"/>'
                       + '<w:r><w:lastRenderedPageBreak/><w:t></w:t></w:r>' + run(b) + '<w:bookmarkEnd w:id="901"/>'
                       + '<w:proofErr w:type="spellEnd"/><w:r><w:rPr><w:rStyle w:val="DefaultParagraphFont"/></w:rPr></w:r>'
                       + run(c)))


def v_runs_smarttag(p: Pkg, s, rng):
    a, b = splits(s, 2, rng)
    p.insert_body(para(f'<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="number">{run(a)}</w:smartTag>'
                       f'<w:customXml w:element="x">{run(b)}</w:customXml>'))


def v_uni_fullwidth(p: Pkg, s, rng):
    p.insert_body(para(run("".join(chr(0xFF10 + int(c)) for c in s))))


def v_uni_zwsp(p: Pkg, s, rng):
    p.insert_body(para(run("\u200b".join(s))))


def v_uni_softhyphen(p: Pkg, s, rng):
    a, b, c = splits(s, 3, rng)
    p.insert_body(para(run(a + "\u00ad" + b) + '<w:r><w:softHyphen/></w:r>' + run(c)))


def v_uni_nbsp(p: Pkg, s, rng):
    p.insert_body(para(run(f"MPAN {s[:2]}\u00a0{s[2:6]}\u00a0{s[6:10]}\u00a0{s[10:]}")))


def v_para_two(p: Pkg, s, rng):
    a, b = splits(s, 2, rng)
    p.insert_body(para(run(a)) + para(run(b)))


def v_para_three(p: Pkg, s, rng):
    p.insert_body("".join(para(run(x)) for x in splits(s, 3, rng)))


def v_para_linebreak(p: Pkg, s, rng):
    a, b = splits(s, 2, rng)
    p.insert_body(para(f'<w:r><w:t>{a}</w:t><w:br/><w:t>{b}</w:t></w:r>'))


def v_para_tab(p: Pkg, s, rng):
    a, b = splits(s, 2, rng)
    p.insert_body(para(f'<w:r><w:t>{a}</w:t><w:tab/><w:t>{b}</w:t></w:r>'))


GRIDCOL = '<w:gridCol w:w="1200"/>'


def _table(cells: list[list[str]]) -> str:
    nb = "".join(f'<w:{e} w:val="nil"/>' for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
    rows = ""
    for r in cells:
        rows += "<w:tr>" + "".join(
            f'<w:tc><w:tcPr><w:tcW w:w="1200" w:type="dxa"/><w:tcMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tcMar></w:tcPr>'
            f'<w:p><w:pPr><w:jc w:val="{"right" if i == 0 and len(r) > 1 else "left"}"/></w:pPr>{run(c)}</w:p></w:tc>'
            for i, c in enumerate(r)) + "</w:tr>"
    n = max(len(r) for r in cells)
    return (f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>{nb}</w:tblBorders>'
            f'<w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar></w:tblPr>'
            f'<w:tblGrid>{GRIDCOL * n}</w:tblGrid>{rows}</w:tbl><w:p/>')


def v_cell_two(p: Pkg, s, rng):
    p.insert_body(_table([splits(s, 2, rng)]))


def v_cell_three(p: Pkg, s, rng):
    p.insert_body(_table([splits(s, 3, rng)]))


def v_cell_rows(p: Pkg, s, rng):
    a, b = splits(s, 2, rng)
    p.insert_body(_table([[a], [b]]))


def v_sym_arial(p: Pkg, s, rng):
    p.insert_body(para("".join(f'<w:r><w:sym w:font="Arial" w:char="{ord(c):04X}"/></w:r>' for c in s)))


def v_sym_f0(p: Pkg, s, rng):
    p.insert_body(para("".join(f'<w:r><w:sym w:font="Symbol" w:char="F0{ord(c):02X}"/></w:r>' for c in s)))


def v_sym_mixed(p: Pkg, s, rng):
    out = ""
    for i, c in enumerate(s):
        out += f'<w:r><w:sym w:font="Arial" w:char="{ord(c):04X}"/></w:r>' if i % 2 else run(c)
    p.insert_body(para(out))


def v_field_simple(p: Pkg, s, rng):
    p.insert_body(para(run("Meter point: ") + f'<w:fldSimple w:instr=" QUOTE &quot;{s}&quot; ">{run(s)}</w:fldSimple>'))


def _cfield(instr: str, result_runs: str, ff: str = "") -> str:
    return (f'<w:r><w:fldChar w:fldCharType="begin">{ff}</w:fldChar></w:r>'
            f'<w:r><w:instrText xml:space="preserve">{esc(instr)}</w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{result_runs}<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def v_field_complex_split(p: Pkg, s, rng):
    a, b = splits(s, 2, rng)
    instr_parts = splits(' QUOTE "x" ', 2, rng)
    f = (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
         + "".join(f'<w:r><w:instrText xml:space="preserve">{esc(x)}</w:instrText></w:r>' for x in instr_parts)
         + f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{run(a)}{run(b)}<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    p.insert_body(para(f))


def v_field_instr_only(p: Pkg, s, rng):
    a, b = splits(s, 2, rng)
    f = (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> QUOTE "{a}</w:instrText></w:r>'
         f'<w:r><w:instrText xml:space="preserve">{b}" </w:instrText></w:r>'
         f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{run("see register")}<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    p.insert_body(para(f))


def v_field_nested(p: Pkg, s, rng):
    a, b = splits(s, 2, rng)
    inner = _cfield(" QUOTE x ", run(b))
    p.insert_body(para(_cfield(" QUOTE y ", run(a) + inner)))


def v_wm_silver(p: Pkg, s, rng):
    p.add_header(watermark(s))


def v_wm_dark(p: Pkg, s, rng):
    p.add_header(watermark(s, colour="black", rotate=False, opacity=False))


def v_sdt_alias(p: Pkg, s, rng):
    p.insert_body(para(f'<w:sdt><w:sdtPr><w:alias w:val="MPAN {s}"/><w:id w:val="801"/></w:sdtPr><w:sdtContent>{run("Meter point")}</w:sdtContent></w:sdt>'))


def v_sdt_tag(p: Pkg, s, rng):
    p.insert_body(para(f'<w:sdt><w:sdtPr><w:tag w:val="{s}"/><w:id w:val="802"/></w:sdtPr><w:sdtContent>{run("Meter point")}</w:sdtContent></w:sdt>'))


def v_sdt_dropdown(p: Pkg, s, rng):
    p.insert_body(para(f'<w:sdt><w:sdtPr><w:id w:val="803"/><w:dropDownList><w:listItem w:displayText="Choose" w:value="0"/>'
                       f'<w:listItem w:displayText="{s}" w:value="1"/></w:dropDownList></w:sdtPr>'
                       f'<w:sdtContent>{run("Choose")}</w:sdtContent></w:sdt>'))


def v_sdt_dropdown_shown(p: Pkg, s, rng):
    a, b = splits(s, 2, rng)
    p.insert_body(f'<w:sdt><w:sdtPr><w:alias w:val="Meter"/><w:id w:val="804"/><w:comboBox><w:listItem w:displayText="{s}" w:value="v1"/></w:comboBox></w:sdtPr>'
                  f'<w:sdtContent>{para(run(a) + run(b))}</w:sdtContent></w:sdt>')


def v_docvar(p: Pkg, s, rng):
    st = p.xml("word/settings.xml")
    dv = frag(f'<w:docVars><w:docVar w:name="meter" w:val="{s}"/></w:docVars>')[0]
    st.append(dv)


def v_docvar_field(p: Pkg, s, rng):
    st = p.xml("word/settings.xml")
    st.append(frag(f'<w:docVars><w:docVar w:name="mp" w:val="{s}"/></w:docVars>')[0])
    p.insert_body(para(_cfield(" DOCVARIABLE mp ", run(s))))


def _add_numbering(p: Pkg, lvltext: str, start: int = 1) -> int:
    nb = p.xml("word/numbering.xml")
    absn = frag(f'<w:abstractNum w:abstractNumId="90"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0">'
                f'<w:start w:val="{start}"/><w:numFmt w:val="decimal"/><w:lvlText w:val="{esc(lvltext)}"/><w:lvlJc w:val="left"/>'
                f'<w:pPr><w:ind w:left="3600" w:hanging="3600"/></w:pPr></w:lvl></w:abstractNum>')[0]
    first_num = nb.find(f"{W}num")
    first_num.addprevious(absn)
    nb.append(frag('<w:num w:numId="90"><w:abstractNumId w:val="90"/></w:num>')[0])
    return 90


def v_num_lvltext(p: Pkg, s, rng):
    _add_numbering(p, s + " %1.")
    p.insert_body(f'<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="90"/></w:numPr></w:pPr>{run("meter point")}</w:p>')


def v_num_unreferenced(p: Pkg, s, rng):
    _add_numbering(p, s + "%1")


def v_num_counter(p: Pkg, s, rng):
    # the number itself supplies the tail: lvlText "<head>%1" with start = int(tail); no 13-digit string in XML
    k = next(k for k in (4, 3, 5, 2, 6) if s[-k] != "0")
    _add_numbering(p, s[:-k] + "%1", start=int(s[-k:]))
    p.insert_body(f'<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="90"/></w:numPr></w:pPr>{run("meter point")}</w:p>')


def _ff(inner: str) -> str:
    return f'<w:ffData><w:name w:val="Text9"/><w:enabled/><w:calcOnExit w:val="0"/>{inner}</w:ffData>'


def v_ff_default_only(p: Pkg, s, rng):
    p.insert_body(para(_cfield(" FORMTEXT ", run("\u2002" * 5), _ff(f'<w:textInput><w:default w:val="{s}"/></w:textInput>'))))


def v_ff_default_shown(p: Pkg, s, rng):
    p.insert_body(para(_cfield(" FORMTEXT ", run(s), _ff(f'<w:textInput><w:default w:val="{s}"/></w:textInput>'))))


def v_ff_help(p: Pkg, s, rng):
    p.insert_body(para(_cfield(" FORMTEXT ", run("\u2002" * 5), _ff(
        f'<w:helpText w:type="text" w:val="MPAN {s}"/><w:statusText w:type="text" w:val="{s}"/><w:textInput/>'))))


def v_ff_ddlist(p: Pkg, s, rng):
    p.insert_body(para(_cfield(" FORMDROPDOWN ", "", _ff(
        f'<w:ddList><w:result w:val="0"/><w:listEntry w:val="choose"/><w:listEntry w:val="{s}"/></w:ddList>'))))


def _first(p: Pkg, path: str):
    return p.doc.find(path, {k: v for k, v in NS.items()})


def v_alt_descr(p: Pkg, s, rng):
    _first(p, ".//wp:docPr").set("descr", f"Registration screen for MPAN {s}")


def v_alt_title(p: Pkg, s, rng):
    _first(p, ".//wp:docPr").set("title", s)


def v_alt_vml(p: Pkg, s, rng):
    _first(p, ".//v:shape[@alt]").set("alt", f"{s}.txt")


def v_alt_cnvpr(p: Pkg, s, rng):
    el = _first(p, ".//pic:cNvPr")
    el.set("descr", s)
    el.set("name", f"meter_{s}.png")


def _altchunk(p: Pkg, name: str, data: bytes, ctype: str):
    p.put(f"word/{name}", data, ctype)
    rid = p.add_rel("word/document.xml", RT + "aFChunk", name)
    p.insert_body(f'<w:altChunk r:id="{rid}"/>')


def v_ac_html(p: Pkg, s, rng):
    a, b = splits(s, 2, rng)
    _altchunk(p, "afchunk1.html", f"<html><body><p>Meter point <span>{a}</span><span>{b}</span></p></body></html>".encode(), "text/html")


def v_ac_rtf(p: Pkg, s, rng):
    a, b = splits(s, 2, rng)
    _altchunk(p, "afchunk1.rtf", ("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}\\f0\\fs24 Meter point " + "{" + a + "}{" + b + "}\\par}").encode(), "application/rtf")


def v_ac_txt(p: Pkg, s, rng):
    _altchunk(p, "afchunk1.txt", f"Meter point {s}\r\n".encode("utf-16"), "text/plain")


def v_ac_mht(p: Pkg, s, rng):
    q = "".join(f"={ord(c):02X}" for c in s)  # quoted-printable, every digit encoded
    mht = ("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b1\"\r\n\r\n--b1\r\n"
           "Content-Type: text/html; charset=\"us-ascii\"\r\nContent-Transfer-Encoding: quoted-printable\r\n"
           "Content-Location: file:///C:/a.htm\r\n\r\n<html><body><p>Meter " + q + "</p></body></html>\r\n--b1--\r\n")
    _altchunk(p, "afchunk1.mht", mht.encode(), "message/rfc822")


def _ole_parts(p: Pkg) -> list[str]:
    return sorted(n for n in p.parts if n.startswith("word/embeddings/") and n.endswith(".bin"))


def _ole_replace(p: Pkg, **kw):
    name = _ole_parts(p)[0]
    o = olefile.OleFileIO(io.BytesIO(p.parts[name]))
    nat = o.openstream("\x01Ole10Native").read()
    o.close()
    # parse existing Ole10Native to keep the payload
    body = nat[4:]
    i = 2
    label_end = body.index(b"\0", i)
    label = body[i:label_end].decode("cp1252")
    i = label_end + 1
    path_end = body.index(b"\0", i)
    path = body[i:path_end].decode("cp1252")
    i = path_end + 1 + 4
    tlen = struct.unpack("<I", body[i:i + 4])[0]
    i += 4 + tlen
    dlen = struct.unpack("<I", body[i:i + 4])[0]
    data = body[i + 4:i + 4 + dlen]
    args = dict(label=label, path=path, data=data, extra=[], user_type="OLE Package")
    args.update(kw)
    p.put(name, package_object(**args))


def v_ole_label(p: Pkg, s, rng):
    _ole_replace(p, label=f"MPAN {s}.txt")


def v_ole_path(p: Pkg, s, rng):
    _ole_replace(p, path=f"C:\\meters\\{s}\\request.txt")


def v_ole_utf32(p: Pkg, s, rng):
    _ole_replace(p, data=f'{{"mpanCore": "{s}"}}\n'.encode("utf-32"))


def v_ole_utf16_nobom(p: Pkg, s, rng):
    _ole_replace(p, data=f'meter point {s}\r\n'.encode("utf-16-le"))


def v_ole_base64(p: Pkg, s, rng):
    _ole_replace(p, data=b"payload=" + base64.b64encode(f'{{"mpanCore":"{s}"}}'.encode()) + b"\n")


def v_ole_extra_stream(p: Pkg, s, rng):
    _ole_replace(p, extra=[("Notes", f"mpan {s}".encode())])


def v_ole_stream_name(p: Pkg, s, rng):
    _ole_replace(p, extra=[(s, b"x")])


def v_ole_usertype(p: Pkg, s, rng):
    _ole_replace(p, user_type=f"Meter {s}")


def v_ole_zip_inside(p: Pkg, s, rng):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("meter.txt", f"MPAN {s}\n")
    _ole_replace(p, data=bio.getvalue(), label="bundle.zip", path="C:\\bundle.zip")


def v_ole_gzip_inside(p: Pkg, s, rng):
    _ole_replace(p, data=gzip.compress(f"MPAN {s}\n".encode()), label="log.txt.gz", path="C:\\log.txt.gz")


def _first_png(p: Pkg) -> str:
    return sorted(n for n in p.parts if n.startswith("word/media/") and n.endswith(".png"))[0]


def _repng(p: Pkg, **kw) -> str:
    from PIL import Image
    name = _first_png(p)
    im = Image.open(io.BytesIO(p.parts[name]))
    im.load()
    p.put(name, png_bytes(im.convert("RGB"), **kw))
    return name


def v_png_text(p: Pkg, s, rng):
    from PIL.PngImagePlugin import PngInfo
    i = PngInfo()
    i.add_text("Comment", f"MPAN {s}")
    _repng(p, pnginfo=i)


def v_png_ztxt(p: Pkg, s, rng):
    from PIL.PngImagePlugin import PngInfo
    i = PngInfo()
    i.add_text("Description", f"meter point {s}", zip=True)
    _repng(p, pnginfo=i)


def v_png_itxt(p: Pkg, s, rng):
    from PIL.PngImagePlugin import PngInfo
    i = PngInfo()
    i.add_itxt("Title", f"Zähler {s}", lang="de", tkey="Titel", zip=True)
    _repng(p, pnginfo=i)


def v_png_icc(p: Pkg, s, rng):
    name = _first_png(p)
    from PIL import Image
    im = Image.open(io.BytesIO(p.parts[name])).convert("RGB")
    raw = png_bytes(im)
    prof = icc_with_desc(f"MPAN {s}")
    chunk = png_chunk(b"iCCP", b"adv profile\0\0" + zlib.compress(prof))
    p.put(name, png_insert_chunk(raw, chunk))


def v_png_exif(p: Pkg, s, rng):
    from PIL import Image
    name = _first_png(p)
    im = Image.open(io.BytesIO(p.parts[name])).convert("RGB")
    ex = Image.Exif()
    ex[0x010E] = f"MPAN {s}"
    p.put(name, png_bytes(im, exif=ex.tobytes()))


def v_png_after_iend(p: Pkg, s, rng):
    name = _first_png(p)
    p.put(name, p.parts[name] + png_chunk(b"tEXt", b"Comment\0" + s.encode()))


def v_png_private_chunk(p: Pkg, s, rng):
    name = _first_png(p)
    p.put(name, png_insert_chunk(p.parts[name], png_chunk(b"prVt", f"mpan={s}".encode())))


EMU = 9525


def _pix_body(p: Pkg, im, fmt="PNG", ext="png", ctype="image/png"):
    bio = io.BytesIO()
    im.save(bio, fmt, quality=92) if fmt == "JPEG" else im.save(bio, fmt)
    w, h = im.size
    scale = min(1.0, 600 / w)
    p.insert_body(para(p.add_image(bio.getvalue(), ext, ctype, int(w * scale * EMU), int(h * scale * EMU))))


def v_pix_plain(p: Pkg, s, rng):
    _pix_body(p, text_image(f"MPAN: {s}"))


def v_pix_grouped(p: Pkg, s, rng):
    _pix_body(p, text_image(f"{s[:2]} {s[2:6]} {s[6:10]} {s[10:]}"))


def v_pix_dark(p: Pkg, s, rng):
    _pix_body(p, text_image(f"Meter point {s}", fg=(230, 230, 230), bg=(30, 30, 38)))


def v_pix_jpeg(p: Pkg, s, rng):
    _pix_body(p, text_image(f"MPAN {s}"), "JPEG", "jpeg", "image/jpeg")


def v_pix_replace(p: Pkg, s, rng):
    # an existing screenshot part replaced by one showing the identifier (same name, same relationship)
    from PIL import Image, ImageDraw
    name = _first_png(p)
    im = Image.open(io.BytesIO(p.parts[name])).convert("RGB")
    t = text_image(f"MPAN {s}", size=max(28, im.size[0] // 30))
    im.paste(t, (10, 10))
    p.put(name, png_bytes(im))


def v_pix_header(p: Pkg, s, rng):
    im = text_image(f"Serial {s}")
    bio = io.BytesIO()
    im.save(bio, "PNG")
    w, h = im.size
    name = "word/header1.xml"
    # header first (so its rels file exists), then the image relationship from the header
    hdr = p.add_header(para(run("Header")))
    dr = p.add_image(bio.getvalue(), "png", "image/png", int(w * 0.5 * EMU), int(h * 0.5 * EMU), source=hdr)
    root = p.xml(hdr)
    root.append(frag(para(dr))[0])


SVG_NS = 'xmlns="http://www.w3.org/2000/svg"'


def _svg_tspans(s: str, rng) -> bytes:
    parts = splits(s, 4, rng)
    ts = "".join(f"<tspan>{x}</tspan>" for x in parts)
    return (f'<?xml version="1.0" encoding="UTF-8"?><svg {SVG_NS} width="600" height="80" viewBox="0 0 600 80">'
            f'<rect width="600" height="80" fill="white"/><text x="10" y="55" font-family="DejaVu Sans" font-size="40" fill="black">{ts}</text></svg>').encode()


def v_svg_blip(p: Pkg, s, rng):
    from PIL import Image
    blank = png_bytes(Image.new("RGB", (600, 80), "white"))
    n = 1
    while f"word/media/advsvg{n}.svg" in p.parts:
        n += 1
    p.put(f"word/media/advsvg{n}.svg", _svg_tspans(s, rng))
    p.default_type("svg", "image/svg+xml")
    rsvg = p.add_rel("word/document.xml", RT + "image", f"media/advsvg{n}.svg")
    ext = (f'<a:ext uri="{{96DAC541-7B7A-43D3-8B79-37D633B846F1}}"><asvg:svgBlip '
           f'xmlns:asvg="http://schemas.microsoft.com/office/drawing/2016/SVG/main" r:embed="{rsvg}"/></a:ext>')
    p.insert_body(para(p.add_image(blank, "png", "image/png", 600 * EMU, 80 * EMU, extra_blip=ext)))


def v_svg_direct(p: Pkg, s, rng):
    p.insert_body(para(p.add_image(_svg_tspans(s, rng), "svg", "image/svg+xml", 600 * EMU, 80 * EMU)))


def v_svg_dx(p: Pkg, s, rng):
    # each digit its own tspan, placed with explicit x positions (rendered contiguous)
    ts = "".join(f'<tspan x="{10 + 26 * i}">{c}</tspan>' for i, c in enumerate(s))
    svg = (f'<svg {SVG_NS} width="600" height="80"><rect width="600" height="80" fill="white"/>'
           f'<text y="55" font-family="DejaVu Sans" font-size="40">{ts}</text></svg>').encode()
    p.insert_body(para(p.add_image(svg, "svg", "image/svg+xml", 600 * EMU, 80 * EMU)))


def v_svg_desc(p: Pkg, s, rng):
    svg = (f'<svg {SVG_NS} width="200" height="40"><title>meter {s}</title><desc>{s}</desc>'
           f'<rect width="200" height="40" fill="#ccc"/></svg>').encode()
    p.insert_body(para(p.add_image(svg, "svg", "image/svg+xml", 200 * EMU, 40 * EMU)))


def v_zip_comment(p: Pkg, s, rng):
    p.comment = f"MPAN {s}".encode()


def v_xml_comment_doc(p: Pkg, s, rng):
    p.body.insert(1, etree.Comment(f" {s} "))


def v_xml_comment_styles(p: Pkg, s, rng):
    p.xml("word/styles.xml").append(etree.Comment(f" meter {s} "))


def v_xml_pi(p: Pkg, s, rng):
    p.body.insert(1, etree.ProcessingInstruction("mpan", s))


def v_xml_cdata(p: Pkg, s, rng):
    p.insert_body(para('<w:r><w:t>x</w:t></w:r>'))
    t = p.body[1].find(f".//{W}t")
    t.text = etree.CDATA(f"MPAN {s}")


def v_part_header(p: Pkg, s, rng):
    p.add_header(para(run(f"Site postcode {s}")))


def v_part_footer(p: Pkg, s, rng):
    p.add_header(para(run(f"MPAN {s}")), footer=True)


def v_part_first_header(p: Pkg, s, rng):
    p.add_header(para(run(f"Meter {s}")), kind="first")


def _notes(p: Pkg, kind: str, text: str):
    tag = "footnote" if kind == "footnotes" else "endnote"
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:{kind} {NSDECL}>'
           f'<w:{tag} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{tag}>'
           f'<w:{tag} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{tag}>'
           f'<w:{tag} w:id="1"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{tag}Ref/></w:r>{run(" " + text)}</w:p></w:{tag}></w:{kind}>')
    p.put(f"word/{kind}.xml", xml, f"application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml")
    p.add_rel("word/document.xml", RT + kind, f"{kind}.xml")
    p.insert_body(para(run("See note") + f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{tag}Reference w:id="1"/></w:r>'))


def v_part_footnote(p: Pkg, s, rng):
    _notes(p, "footnotes", f"MPAN {s}")


def v_part_endnote(p: Pkg, s, rng):
    _notes(p, "endnotes", f"Device {s}")


def v_part_comment(p: Pkg, s, rng):
    c = p.xml("word/comments.xml")
    c.append(frag(f'<w:comment w:id="77" w:author="Reviewer" w:initials="R" w:date="2026-01-01T00:00:00Z">{para(run(f"Serial {s}"))}</w:comment>')[0])
    p.insert_body(para('<w:commentRangeStart w:id="77"/>' + run("Reviewed") + '<w:commentRangeEnd w:id="77"/>'
                       '<w:r><w:commentReference w:id="77"/></w:r>'))


def v_part_textbox_wps(p: Pkg, s, rng):
    i = p.uid()
    p.insert_body(para(
        f'<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="3600000" cy="500000"/>'
        f'<wp:docPr id="{i}" name="Text Box {i}"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="3600000" cy="500000"/></a:xfrm>'
        f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:ln><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{para(run("MPAN " + s))}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>'
        f'</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'))


def v_part_textbox_vml(p: Pkg, s, rng):
    p.insert_body(para(
        f'<w:r><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="advtb" o:spid="_x0000_s1099" type="#_x0000_t202" style="width:300pt;height:40pt" stroked="t">'
        f'<v:textbox><w:txbxContent>{para(run("Meter " + s))}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'))


def v_hid_vanish(p: Pkg, s, rng):
    p.insert_body(para(run("Ref ") + run(s, "<w:vanish/>")))


def v_hid_webhidden(p: Pkg, s, rng):
    p.insert_body(para(run(s, "<w:webHidden/>")))


def v_hid_white(p: Pkg, s, rng):
    p.insert_body(para(run(s, '<w:color w:val="FFFFFF"/>')))


def v_hid_tiny(p: Pkg, s, rng):
    p.insert_body(para(run(s, '<w:sz w:val="2"/><w:szCs w:val="2"/>')))


def v_hid_vanish_style(p: Pkg, s, rng):
    st = p.xml("word/styles.xml")
    st.append(frag('<w:style w:type="character" w:customStyle="1" w:styleId="AdvHidden"><w:name w:val="Adv Hidden"/><w:rPr><w:vanish/></w:rPr></w:style>')[0])
    p.insert_body(para(run(s, '<w:rStyle w:val="AdvHidden"/>')))


def _custom_part(p: Pkg, xml: bytes):
    n = 1
    while f"customXml/item{n}.xml" in p.parts:
        n += 1
    p.put(f"customXml/item{n}.xml", xml)
    p.put(f"customXml/itemProps{n}.xml",
          f'<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="{{6C1D1A6B-0000-4000-8000-00000000{n:04d}}}" '
          f'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>',
          "application/vnd.openxmlformats-officedocument.customXmlProperties+xml")
    p.add_rel(f"customXml/item{n}.xml", RT + "customXmlProps", f"itemProps{n}.xml")
    p.add_rel("word/document.xml", RT + "customXml", f"../customXml/item{n}.xml")
    return n


def v_cx_text(p: Pkg, s, rng):
    _custom_part(p, f'<?xml version="1.0" encoding="UTF-8"?><meters xmlns="urn:adv"><m>{s}</m></meters>'.encode())


def v_cx_attr(p: Pkg, s, rng):
    _custom_part(p, f'<?xml version="1.0" encoding="UTF-8"?><meters xmlns="urn:adv"><m id="{s}"/></meters>'.encode())


def v_cx_base64(p: Pkg, s, rng):
    b = base64.b64encode(f"mpan={s}".encode()).decode()
    _custom_part(p, f'<?xml version="1.0" encoding="UTF-8"?><blob xmlns="urn:adv">{b}</blob>'.encode())


def v_cx_utf16(p: Pkg, s, rng):
    _custom_part(p, f'<?xml version="1.0" encoding="UTF-16"?><meters xmlns="urn:adv"><m>{s}</m></meters>'.encode("utf-16"))


def v_cx_bound(p: Pkg, s, rng):
    n = _custom_part(p, f'<?xml version="1.0" encoding="UTF-8"?><meters xmlns="urn:adv"><m>{s}</m></meters>'.encode())
    p.insert_body(para(f'<w:sdt><w:sdtPr><w:id w:val="805"/><w:dataBinding w:prefixMappings="xmlns:ns0=\'urn:adv\'" '
                       f'w:xpath="/ns0:meters[1]/ns0:m[1]" w:storeItemID="{{6C1D1A6B-0000-4000-8000-00000000{n:04d}}}"/><w:text/></w:sdtPr>'
                       f'<w:sdtContent>{run(s)}</w:sdtContent></w:sdt>'))


CP = "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}"
DC = "{http://purl.org/dc/elements/1.1/}"


def _core(p: Pkg, tag: str, value: str):
    c = p.xml("docProps/core.xml")
    el = c.find(tag)
    if el is None:
        el = etree.SubElement(c, tag)
    el.text = value


def v_prop_title(p: Pkg, s, rng):
    _core(p, f"{DC}title", f"Evidence for {s}")


def v_prop_keywords(p: Pkg, s, rng):
    _core(p, f"{CP}keywords", f"mpan;{s}")


def v_prop_lastmod(p: Pkg, s, rng):
    _core(p, f"{CP}lastModifiedBy", f"Tester {s}")


def v_prop_app_company(p: Pkg, s, rng):
    a = p.xml("docProps/app.xml")
    ns = a.nsmap.get(None)
    el = a.find(f"{{{ns}}}Company")
    if el is None:
        el = etree.SubElement(a, f"{{{ns}}}Company")
    el.text = f"Site {s}"


def v_prop_custom(p: Pkg, s, rng):
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
           f'<property fmtid="{{D5CDD505-2E9C-101B-9397-08002B2CF9AE}}" pid="2" name="MeterPoint"><vt:lpwstr>{s}</vt:lpwstr></property></Properties>')
    p.put("docProps/custom.xml", xml, "application/vnd.openxmlformats-officedocument.custom-properties+xml")
    p.add_rel("", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties", "docProps/custom.xml")


def v_prop_title_field(p: Pkg, s, rng):
    _core(p, f"{DC}title", s)
    p.insert_body(para(f'<w:fldSimple w:instr=" TITLE ">{run(s)}</w:fldSimple>'))


def v_link_target(p: Pkg, s, rng):
    rid = p.add_rel("word/document.xml", RT + "hyperlink", f"https://meters.example.test/point?mpan={s}", external=True)
    p.insert_body(para(f'<w:hyperlink r:id="{rid}">{run("meter record")}</w:hyperlink>'))


def v_link_pct(p: Pkg, s, rng):
    enc = "".join(f"%{ord(c):02X}" for c in s)
    rid = p.add_rel("word/document.xml", RT + "hyperlink", f"https://meters.example.test/p/{enc}", external=True)
    p.insert_body(para(f'<w:hyperlink r:id="{rid}">{run("meter record")}</w:hyperlink>'))


def v_link_instr(p: Pkg, s, rng):
    p.insert_body(para(_cfield(f' HYPERLINK "https://meters.example.test/{s}" ', run("meter record"))))


def v_link_tooltip(p: Pkg, s, rng):
    p.insert_body(para(f'<w:hyperlink w:anchor="_top" w:tooltip="MPAN {s}">{run("top")}</w:hyperlink>'))


def v_link_bookmark(p: Pkg, s, rng):
    p.insert_body(para(f'<w:bookmarkStart w:id="902" w:name="_M{s}"/>{run("here")}<w:bookmarkEnd w:id="902"/>'))


def v_link_shown(p: Pkg, s, rng):
    rid = p.add_rel("word/document.xml", RT + "hyperlink", "https://meters.example.test/", external=True)
    a, b = splits(s, 2, rng)
    p.insert_body(para(f'<w:hyperlink r:id="{rid}">{run(a)}{run(b)}</w:hyperlink>'))


def _gif(frames, comment: bytes | None = None) -> bytes:
    bio = io.BytesIO()
    kw = dict(save_all=True, append_images=frames[1:], duration=500, loop=0)
    if comment:
        kw["comment"] = comment
    frames[0].save(bio, "GIF", **kw)
    return bio.getvalue()


def _gif_body(p: Pkg, data: bytes, w: int, h: int):
    p.insert_body(para(p.add_image(data, "gif", "image/gif", w * EMU, h * EMU)))


def v_gif_comment(p: Pkg, s, rng):
    from PIL import Image
    f = [Image.new("P", (200, 40), 0), Image.new("P", (200, 40), 1)]
    _gif_body(p, _gif(f, comment=f"MPAN {s}".encode()), 200, 40)


def v_gif_frame2(p: Pkg, s, rng):
    from PIL import Image
    t = text_image(f"MPAN {s}").convert("P")
    f = [Image.new("P", t.size, 255), t]
    _gif_body(p, _gif(f), *(x // 2 for x in t.size))


def v_gif_frame1(p: Pkg, s, rng):
    t = text_image(f"MPAN {s}")
    from PIL import Image
    f = [t.convert("P"), Image.new("P", t.size, 0)]
    _gif_body(p, _gif(f), *(int(x * 0.8) for x in t.size))


def v_gif_truncated(p: Pkg, s, rng):
    from PIL import Image
    t = text_image("Meter point")
    data = _gif([t.convert("P"), t.convert("P")], comment=f"MPAN {s}".encode())
    _gif_body(p, data[: len(data) * 2 // 3], *t.size)


def v_odd_unreferenced(p: Pkg, s, rng):
    p.put("word/adv/data.bin", f"meter point {s}".encode("utf-16-le"), "application/octet-stream")


def v_odd_partname(p: Pkg, s, rng):
    p.put(f"word/media/{s}.bin", b"\0\1\2", "application/octet-stream")


def v_odd_unknown_type(p: Pkg, s, rng):
    p.put("word/adv/record.dat", f'{{"mpanCore":"{s}"}}'.encode(), "application/x-adv-record")
    p.add_rel("word/document.xml", "urn:adv:relationships/record", "adv/record.dat")


def v_odd_glossary(p: Pkg, s, rng):
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:glossaryDocument {NSDECL}><w:docParts><w:docPart>'
           f'<w:docPartPr><w:name w:val="Meter"/><w:category><w:name w:val="General"/><w:gallery w:val="placeholder"/></w:category>'
           f'<w:guid w:val="{{11111111-2222-3333-4444-555555555555}}"/></w:docPartPr><w:docPartBody>{para(run(f"MPAN {s}"))}</w:docPartBody>'
           f'</w:docPart></w:docParts></w:glossaryDocument>')
    p.put("word/glossary/document.xml", xml, "application/vnd.openxmlformats-officedocument.wordprocessingml.document.glossary+xml")
    p.add_rel("word/document.xml", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/glossaryDocument", "glossary/document.xml")


def v_odd_utf16_header(p: Pkg, s, rng):
    p.add_header(para(run(f"MPAN {s}")), encoding="utf-16")


def v_odd_thumbnail(p: Pkg, s, rng):
    im = text_image(f"MPAN {s}")
    bio = io.BytesIO()
    im.save(bio, "JPEG", quality=90)
    p.put("docProps/thumbnail.jpeg", bio.getvalue())
    p.default_type("jpeg", "image/jpeg")
    p.add_rel("", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail", "docProps/thumbnail.jpeg")


# name, class, secret kind, intended visible, function
VARIANTS = [
    ("runs_two", "runs_split", "mpan", True, v_runs_two),
    ("runs_each_digit", "runs_split", "mpan", True, v_runs_each),
    ("runs_with_markup", "runs_split", "mpan", True, v_runs_markup),
    ("runs_smarttag_customxml", "runs_split", "mpan", True, v_runs_smarttag),
    ("uni_fullwidth", "unicode_digits", "mpan", True, v_uni_fullwidth),
    ("uni_zwsp", "unicode_digits", "mpan", True, v_uni_zwsp),
    ("uni_softhyphen", "unicode_digits", "mpan", True, v_uni_softhyphen),
    ("uni_nbsp_grouped", "unicode_digits", "mpan", True, v_uni_nbsp),
    ("para_two", "paragraph_split", "mpan", True, v_para_two),
    ("para_three", "paragraph_split", "mpan", True, v_para_three),
    ("para_linebreak", "paragraph_split", "mpan", True, v_para_linebreak),
    ("para_tab", "paragraph_split", "mpan", True, v_para_tab),
    ("cell_two", "cell_split", "mpan", True, v_cell_two),
    ("cell_three", "cell_split", "mpan", True, v_cell_three),
    ("cell_rows", "cell_split", "mpan", True, v_cell_rows),
    ("sym_arial", "sym", "mpan", True, v_sym_arial),
    ("sym_symbol_f0", "sym", "mpan", True, v_sym_f0),
    ("sym_mixed", "sym", "mpan", True, v_sym_mixed),
    ("field_simple_quote", "field", "mpan", True, v_field_simple),
    ("field_complex_split", "field", "mpan", True, v_field_complex_split),
    ("field_instr_only", "field", "mpan", False, v_field_instr_only),
    ("field_nested", "field", "mpan", True, v_field_nested),
    ("wm_silver", "watermark", "mpan", True, v_wm_silver),
    ("wm_dark", "watermark", "serial", True, v_wm_dark),
    ("sdt_alias", "content_control", "mpan", False, v_sdt_alias),
    ("sdt_tag", "content_control", "mpan", False, v_sdt_tag),
    ("sdt_dropdown_item", "content_control", "mpan", False, v_sdt_dropdown),
    ("sdt_combobox_shown", "content_control", "mpan", True, v_sdt_dropdown_shown),
    ("docvar", "docvars", "mpan", False, v_docvar),
    ("docvar_field", "docvars", "mpan", True, v_docvar_field),
    ("num_lvltext", "numbering", "mpan", True, v_num_lvltext),
    ("num_unreferenced", "numbering", "mpan", False, v_num_unreferenced),
    ("num_counter_tail", "numbering", "mpan", True, v_num_counter),
    ("ff_default_only", "form_field", "mpan", False, v_ff_default_only),
    ("ff_default_shown", "form_field", "mpan", True, v_ff_default_shown),
    ("ff_help_status", "form_field", "mpan", False, v_ff_help),
    ("ff_dropdown_entry", "form_field", "mpan", False, v_ff_ddlist),
    ("alt_docpr_descr", "alt_text", "mpan", False, v_alt_descr),
    ("alt_docpr_title", "alt_text", "mpan", False, v_alt_title),
    ("alt_vml_ole", "alt_text", "mpan", False, v_alt_vml),
    ("alt_pic_cnvpr", "alt_text", "mpan", False, v_alt_cnvpr),
    ("altchunk_html", "altchunk", "mpan", False, v_ac_html),
    ("altchunk_rtf", "altchunk", "mpan", False, v_ac_rtf),
    ("altchunk_txt_utf16", "altchunk", "mpan", False, v_ac_txt),
    ("altchunk_mht_qp", "altchunk", "mpan", False, v_ac_mht),
    ("ole_label", "ole", "mpan", False, v_ole_label),
    ("ole_source_path", "ole", "mpan", False, v_ole_path),
    ("ole_utf32", "ole", "mpan", False, v_ole_utf32),
    ("ole_utf16_nobom", "ole", "mpan", False, v_ole_utf16_nobom),
    ("ole_base64", "ole", "mpan", False, v_ole_base64),
    ("ole_extra_stream", "ole", "mpan", False, v_ole_extra_stream),
    ("ole_stream_name", "ole", "mpan", False, v_ole_stream_name),
    ("ole_compobj_usertype", "ole", "mpan", False, v_ole_usertype),
    ("ole_zip_inside", "ole", "mpan", False, v_ole_zip_inside),
    ("ole_gzip_inside", "ole", "mpan", False, v_ole_gzip_inside),
    ("png_text", "png_metadata", "mpan", False, v_png_text),
    ("png_ztxt", "png_metadata", "mpan", False, v_png_ztxt),
    ("png_itxt_zip", "png_metadata", "mpan", False, v_png_itxt),
    ("png_iccp_desc", "png_metadata", "mpan", False, v_png_icc),
    ("png_exif", "png_metadata", "mpan", False, v_png_exif),
    ("png_after_iend", "png_metadata", "mpan", False, v_png_after_iend),
    ("png_private_chunk", "png_metadata", "mpan", False, v_png_private_chunk),
    ("pix_plain", "image_pixels", "mpan", True, v_pix_plain),
    ("pix_grouped", "image_pixels", "mpan", True, v_pix_grouped),
    ("pix_dark", "image_pixels", "mpan", True, v_pix_dark),
    ("pix_jpeg", "image_pixels", "mpan", True, v_pix_jpeg),
    ("pix_replace_screenshot", "image_pixels", "mpan", True, v_pix_replace),
    ("pix_header_serial", "image_pixels", "serial", True, v_pix_header),
    ("svg_blip_fallback", "svg", "mpan", False, v_svg_blip),
    ("svg_direct", "svg", "mpan", True, v_svg_direct),
    ("svg_tspan_per_digit", "svg", "mpan", True, v_svg_dx),
    ("svg_title_desc", "svg", "mpan", False, v_svg_desc),
    ("zip_comment", "comments_xml_zip", "mpan", False, v_zip_comment),
    ("xml_comment_document", "comments_xml_zip", "mpan", False, v_xml_comment_doc),
    ("xml_comment_styles", "comments_xml_zip", "mpan", False, v_xml_comment_styles),
    ("xml_processing_instruction", "comments_xml_zip", "mpan", False, v_xml_pi),
    ("xml_cdata", "comments_xml_zip", "mpan", True, v_xml_cdata),
    ("part_header_postcode", "parts", "postcode", True, v_part_header),
    ("part_footer", "parts", "mpan", True, v_part_footer),
    ("part_first_page_header", "parts", "serial", True, v_part_first_header),
    ("part_footnote", "parts", "mpan", True, v_part_footnote),
    ("part_endnote_eui64", "parts", "eui64", True, v_part_endnote),
    ("part_comment_serial", "parts", "serial", False, v_part_comment),
    ("part_textbox_wps", "parts", "mpan", True, v_part_textbox_wps),
    ("part_textbox_vml", "parts", "mpan", True, v_part_textbox_vml),
    ("hid_vanish", "hidden", "mpan", False, v_hid_vanish),
    ("hid_webhidden", "hidden", "mpan", False, v_hid_webhidden),
    ("hid_white", "hidden", "mpan", False, v_hid_white),
    ("hid_tiny_1pt", "hidden", "mpan", False, v_hid_tiny),
    ("hid_vanish_style", "hidden", "mpan", False, v_hid_vanish_style),
    ("cx_text", "custom_xml", "mpan", False, v_cx_text),
    ("cx_attr", "custom_xml", "mpan", False, v_cx_attr),
    ("cx_base64", "custom_xml", "mpan", False, v_cx_base64),
    ("cx_utf16", "custom_xml", "mpan", False, v_cx_utf16),
    ("cx_bound_sdt", "custom_xml", "mpan", True, v_cx_bound),
    ("prop_core_title", "doc_properties", "mpan", False, v_prop_title),
    ("prop_core_keywords", "doc_properties", "mpan", False, v_prop_keywords),
    ("prop_core_lastmodifiedby", "doc_properties", "postcode", False, v_prop_lastmod),
    ("prop_app_company", "doc_properties", "mpan", False, v_prop_app_company),
    ("prop_custom", "doc_properties", "mpan", False, v_prop_custom),
    ("prop_title_field", "doc_properties", "mpan", True, v_prop_title_field),
    ("link_target", "hyperlink", "mpan", False, v_link_target),
    ("link_target_pct_encoded", "hyperlink", "mpan", False, v_link_pct),
    ("link_instr_hyperlink", "hyperlink", "mpan", False, v_link_instr),
    ("link_tooltip", "hyperlink", "mpan", False, v_link_tooltip),
    ("link_bookmark_name", "hyperlink", "mpan", False, v_link_bookmark),
    ("link_text_split", "hyperlink", "mpan", True, v_link_shown),
    ("gif_comment", "gif", "mpan", False, v_gif_comment),
    ("gif_frame2_pixels", "gif", "mpan", False, v_gif_frame2),
    ("gif_frame1_pixels", "gif", "mpan", True, v_gif_frame1),
    ("gif_truncated_comment", "gif", "mpan", False, v_gif_truncated),
    ("odd_unreferenced_utf16", "odd_parts", "mpan", False, v_odd_unreferenced),
    ("odd_part_name", "odd_parts", "mpan", False, v_odd_partname),
    ("odd_unknown_type", "odd_parts", "mpan", False, v_odd_unknown_type),
    ("odd_glossary", "odd_parts", "mpan", False, v_odd_glossary),
    ("odd_utf16_header", "odd_parts", "mpan", True, v_odd_utf16_header),
    ("odd_thumbnail_pixels", "odd_parts", "mpan", False, v_odd_thumbnail),
]

# classes whose secret is only in pixels: the checker OCRs rendered pages for these
PIXEL_CLASSES = {"image_pixels", "gif", "svg", "watermark"}


def alter_all(base: Path, out_dir: Path, seed: int = 0) -> list[Altered]:
    rng = random.Random(seed)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    out = []
    for name, klass, kind, visible, fn in VARIANTS:
        secret = GEN[kind](rng)
        p = Pkg(Path(base))
        fn(p, secret, rng)
        path = out_dir / f"{klass}__{name}.docx"
        p.save(path)
        out.append(Altered(name, klass, path, secret, visible))
    return out


# --------------------------------------------------------------------------- template variants

def t_watermark(p: Pkg, s, rng):
    p.add_header(watermark(s, colour="black", rotate=False, opacity=False))


def t_header_text(p: Pkg, s, rng):
    p.add_header(para(run(f"Site {s}")))


def t_footer_text(p: Pkg, s, rng):
    p.add_header(para(run(f"MPAN {s}")), footer=True)


def t_sdt_header(p: Pkg, s, rng):
    p.add_header(para(f'<w:sdt><w:sdtPr><w:alias w:val="MPAN {s}"/><w:tag w:val="{s}"/><w:id w:val="811"/></w:sdtPr>'
                      f'<w:sdtContent>{run("Company")}</w:sdtContent></w:sdt>'))


def t_sdt_body(p: Pkg, s, rng):
    p.insert_body(para(f'<w:sdt><w:sdtPr><w:alias w:val="{s}"/><w:tag w:val="{s}"/><w:id w:val="812"/></w:sdtPr>'
                       f'<w:sdtContent>{run("Company")}</w:sdtContent></w:sdt>'), index=0)


def t_docvars(p: Pkg, s, rng):
    v_docvar(p, s, rng)


def t_style_name(p: Pkg, s, rng):
    for part in ("word/styles.xml", "word/stylesWithEffects.xml"):
        if part in p.parts:
            p.xml(part).append(frag(f'<w:style w:type="paragraph" w:customStyle="1" w:styleId="Meter{s}"><w:name w:val="Meter {s}"/>'
                                    f'<w:basedOn w:val="Normal"/><w:qFormat/></w:style>')[0])


def t_style_alias(p: Pkg, s, rng):
    st = p.xml("word/styles.xml")
    for style in st.findall(f"{W}style"):
        n = style.find(f"{W}name")
        if n is not None and n.get(f"{W}val", "").lower() == "normal":
            al = style.makeelement(f"{W}aliases", {f"{W}val": f"Body,{s}"})
            n.addnext(al)


def t_body_image(p: Pkg, s, rng):
    im = text_image(f"MPAN {s}")
    p.insert_body(para(p.add_image(png_bytes(im), "png", "image/png", im.size[0] * EMU, im.size[1] * EMU)), index=0)


def t_header_image(p: Pkg, s, rng):
    im = text_image(f"MPAN {s}")
    hdr = p.add_header(para(run("Logo")))
    dr = p.add_image(png_bytes(im), "png", "image/png", int(im.size[0] * 0.6 * EMU), int(im.size[1] * 0.6 * EMU), source=hdr)
    p.xml(hdr).append(frag(para(dr))[0])


def t_body_hyperlink(p: Pkg, s, rng):
    rid = p.add_rel("word/document.xml", RT + "hyperlink", f"https://meters.example.test/?mpan={s}", external=True)
    p.insert_body(para(f'<w:hyperlink r:id="{rid}">{run("meter")}</w:hyperlink>'), index=0)


def t_header_hyperlink(p: Pkg, s, rng):
    hdr = p.add_header(para(run("Header")))
    rid = p.add_rel(hdr, RT + "hyperlink", f"https://meters.example.test/?mpan={s}", external=True)
    p.xml(hdr).append(frag(para(f'<w:hyperlink r:id="{rid}">{run("site")}</w:hyperlink>'))[0])


def t_core_title(p: Pkg, s, rng):
    _core(p, f"{DC}title", f"Evidence {s}")


def t_custom_xml(p: Pkg, s, rng):
    v_cx_text(p, s, rng)


def t_numbering(p: Pkg, s, rng):
    _add_numbering(p, s + " %1.")


def t_theme_name(p: Pkg, s, rng):
    th = p.xml("word/theme/theme1.xml")
    th.set("name", f"Meter {s}")


def t_header_watermark_serial(p: Pkg, s, rng):
    p.add_header(watermark(s))


TEMPLATE_VARIANTS = [
    ("tpl_header_watermark", "template", "mpan", True, t_watermark),
    ("tpl_header_watermark_serial", "template", "serial", True, t_header_watermark_serial),
    ("tpl_header_text_postcode", "template", "postcode", True, t_header_text),
    ("tpl_footer_text", "template", "mpan", True, t_footer_text),
    ("tpl_sdt_alias_tag_header", "template", "mpan", False, t_sdt_header),
    ("tpl_sdt_alias_tag_body", "template", "mpan", False, t_sdt_body),
    ("tpl_docvars", "template", "mpan", False, t_docvars),
    ("tpl_style_name", "template", "mpan", False, t_style_name),
    ("tpl_style_alias", "template", "mpan", False, t_style_alias),
    ("tpl_body_image_pixels", "template", "mpan", True, t_body_image),
    ("tpl_header_image_pixels", "template", "mpan", True, t_header_image),
    ("tpl_body_hyperlink", "template", "mpan", False, t_body_hyperlink),
    ("tpl_header_hyperlink", "template", "mpan", False, t_header_hyperlink),
    ("tpl_core_title", "template", "mpan", False, t_core_title),
    ("tpl_custom_xml", "template", "mpan", False, t_custom_xml),
    ("tpl_numbering_lvltext", "template", "mpan", False, t_numbering),
    ("tpl_theme_name", "template", "mpan", False, t_theme_name),
]


def alter_templates(template: Path, out_dir: Path, seed: int = 0) -> list[Altered]:
    rng = random.Random(seed + 7919)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    out = []
    for name, klass, kind, visible, fn in TEMPLATE_VARIANTS:
        secret = GEN[kind](rng)
        p = Pkg(Path(template))
        fn(p, secret, rng)
        path = out_dir / f"{name}.docx"
        p.save(path)
        out.append(Altered(name, klass, path, secret, visible))
    return out


# --------------------------------------------------------------------------- independent check

B64_RE = re.compile(rb"[A-Za-z0-9+/]{16,}={0,2}")


def _bytes_has(data: bytes, target: str, depth: int = 0) -> bool:
    """Does target (normalised) appear in data, in any plain encoding or a container we can open?"""
    if depth > 4 or not data:
        return False
    t = target
    for enc in ("ascii", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
        if t.encode(enc) in data:
            return True
    # text decodings, normalised (catches spaced / full-width / split-by-markup forms)
    for enc in ("utf-8", "utf-16", "utf-16-le", "utf-32"):
        try:
            txt = data.decode(enc)
        except (UnicodeDecodeError, ValueError):
            continue
        if t in norm(txt) or t in norm(urllib.parse.unquote(txt)) or t in norm(_qp(txt)):
            return True
    # containers, at the start or embedded further in (a zip or gzip inside an OLE stream)
    for sig in (b"PK\x03\x04", b"\x1f\x8b\x08"):
        k = data.find(sig, 1)
        if k > 0 and _bytes_has(data[k:], t, depth + 1):
            return True
    if data[:4] == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                if any(_bytes_has(z.read(n), t, depth + 1) or t in norm(n) for n in z.namelist()):
                    return True
        except Exception:
            pass
    if data[:2] == b"\x1f\x8b":
        try:
            if _bytes_has(gzip.decompress(data), t, depth + 1):
                return True
        except Exception:
            pass
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" and olefile:
        try:
            o = olefile.OleFileIO(io.BytesIO(data))
            for e in o.listdir(streams=True, storages=True):
                if t in norm("/".join(e)):
                    return True
                if o.get_type(e) == olefile.STGTY_STREAM and _bytes_has(o.openstream(e).read(), t, depth + 1):
                    return True
        except Exception:
            pass
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        i = 8
        while i + 8 <= len(data):
            ln = struct.unpack(">I", data[i:i + 4])[0]
            ctype, body = data[i + 4:i + 8], data[i + 8:i + 8 + ln]
            if ctype in (b"zTXt", b"iCCP"):
                k = body.find(b"\0")
                try:
                    if _bytes_has(zlib.decompress(body[k + 2:]), t, depth + 1):
                        return True
                except Exception:
                    pass
            if ctype == b"iTXt":
                k = body.find(b"\0")
                if body[k + 1:k + 2] == b"\1":
                    rest = body[k + 3:]
                    rest = rest.split(b"\0", 2)[-1]
                    try:
                        if _bytes_has(zlib.decompress(rest), t, depth + 1):
                            return True
                    except Exception:
                        pass
            i += 12 + ln
    for m in B64_RE.finditer(data):
        try:
            dec = base64.b64decode(m.group(0) + b"=" * (-len(m.group(0)) % 4))
        except Exception:
            continue
        if len(dec) >= len(t) and _bytes_has(dec, t, depth + 1):
            return True
    return False


def _qp(s: str) -> str:
    return re.sub(r"=([0-9A-Fa-f]{2})", lambda m: chr(int(m.group(1), 16)), s.replace("=\r\n", ""))


def _xml_texts(data: bytes) -> list[str]:
    """Our own text extraction: text in document order (w:sym decoded), every attribute, comments, PIs."""
    try:
        root = etree.fromstring(data, etree.XMLParser(recover=True, huge_tree=True, resolve_entities=False))
    except Exception:
        return []
    if root is None:
        return []
    flow, out = [], []
    for el in root.iter():
        if el.tag is etree.Comment or el.tag is etree.PI:
            out.append(el.text or "")
            continue
        if el.tag == f"{W}sym":
            c = int(el.get(f"{W}char", "0"), 16)
            flow.append(chr(c - 0xF000 if 0xF020 <= c <= 0xF0FF else c))
        if el.text:
            flow.append(el.text)
        for k, v in el.attrib.items():
            out.append(v)
            out.append(urllib.parse.unquote(v))
    out.append("".join(flow))
    return out


def xml_check(path: Path, secret: str) -> bool:
    t = norm(secret)
    with zipfile.ZipFile(path) as z:
        if t in norm(z.comment.decode("latin-1")):
            return True
        for info in z.infolist():
            if t in norm(info.filename):
                return True
            try:
                data = z.read(info)
            except Exception:
                data = b""
            if data.lstrip()[:1] == b"<" or data[:2] in (b"\xff\xfe", b"\xfe\xff") or data[:3] == b"\xef\xbb\xbf":
                if any(t in norm(x) for x in _xml_texts(data)):
                    return True
            if _bytes_has(data, t):
                return True
    # a truncated member (e.g. a broken GIF) may be readable only raw
    return t.encode() in Path(path).read_bytes()


_LO_PROFILE = Path(tempfile.gettempdir()) / f"adv_docx_lo_profile_{os.getpid()}"


def render_pdfs(paths: list[Path], out_dir: Path, timeout: int = 900) -> dict[Path, Path | None]:
    """Convert documents to PDF with LibreOffice in one process (own profile, so it never joins another)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    result: dict[Path, Path | None] = {}
    if not shutil.which("soffice"):
        return {p: None for p in paths}
    # names must be unique in out_dir
    todo = [Path(p) for p in paths]
    for chunk_start in range(0, len(todo), 40):
        chunk = todo[chunk_start:chunk_start + 40]
        try:
            subprocess.run(["soffice", f"-env:UserInstallation=file://{_LO_PROFILE}", "--headless", "--norestore",
                            "--convert-to", "pdf", "--outdir", str(out_dir)] + [str(p) for p in chunk],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=timeout)
        except subprocess.TimeoutExpired:
            pass
        for p in chunk:
            pdf = out_dir / (p.stem + ".pdf")
            result[p] = pdf if pdf.exists() and pdf.stat().st_size > 0 else None
    return result


def _lev1(a: str, b: str) -> bool:
    """Edit distance between a and b is at most 1."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) <= 1
    if len(a) > len(b):
        a, b = b, a
    return any(b[:i] + b[i + 1:] == a for i in range(len(b)))


def ocr_match(t: str, text: str) -> bool:
    """OCR tolerance: the secret, or a string one edit away from it (one misread glyph), in the OCR text."""
    text = norm(text)
    if t in text:
        return True
    if len(t) < 8:
        return False
    return any(_lev1(text[i:i + n], t) for n in (len(t) - 1, len(t), len(t) + 1) for i in range(0, max(0, len(text) - n) + 1))


def _ocr(png: Path, t: str, psm: str = "3") -> bool:
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    o = subprocess.run(["tesseract", str(png), "-", "--psm", psm], capture_output=True, timeout=300, env=env)
    return ocr_match(t, o.stdout.decode("utf-8", "replace"))


def _diff_ocr(pdf: Path, base_pdf: Path, t: str) -> bool:
    """OCR what a page adds to the same page of the base document (a watermark behind the text), at 0/45/-45 degrees."""
    from PIL import Image, ImageChops, ImageFilter, ImageOps
    with tempfile.TemporaryDirectory() as td:
        for name, src in (("a", pdf), ("b", base_pdf)):
            subprocess.run(["pdftoppm", "-r", "100", "-f", "1", "-l", "2", "-gray", "-png", str(src), f"{td}/{name}"],
                           capture_output=True, timeout=300)
        for pa in sorted(Path(td).glob("a-*.png")):
            pb = Path(td) / pa.name.replace("a-", "b-", 1)
            if not pb.exists():
                continue
            a, b = Image.open(pa).convert("L"), Image.open(pb).convert("L")
            if a.size != b.size:
                continue
            diff = ImageChops.difference(a, b).point(lambda v: 255 if v > 12 else 0).filter(ImageFilter.MaxFilter(5))
            if not diff.getbbox():
                continue
            for ang in (0, -45, 45):
                r = diff.rotate(ang, expand=True, fillcolor=0)
                r = ImageOps.expand(ImageOps.invert(r.crop(r.getbbox())), 30, fill=255)
                f = Path(td) / f"d{ang}.png"
                r.save(f)
                if _ocr(f, t, "7") or _ocr(f, t, "11"):
                    return True
    return False


def pdf_has(pdf: Path | None, secret: str, ocr: bool, base_pdf: Path | None = None) -> bool:
    if pdf is None:
        return False
    t = norm(secret)
    try:
        txt = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, timeout=120).stdout.decode("utf-8", "replace")
    except Exception:
        txt = ""
    if t in norm(txt):
        return True
    if ocr and shutil.which("tesseract") and shutil.which("pdftoppm"):
        with tempfile.TemporaryDirectory() as td:
            subprocess.run(["pdftoppm", "-r", "200", "-png", str(pdf), f"{td}/pg"], capture_output=True, timeout=300)
            for png in sorted(Path(td).glob("pg*.png")):
                if _ocr(png, t):
                    return True
        if base_pdf is not None and _diff_ocr(pdf, base_pdf, t):
            return True
    return False


def image_ocr_check(path: Path, secret: str) -> bool:
    """OCR every image part (each frame of an animated GIF) in the package: pixels held, shown or not."""
    if not shutil.which("tesseract"):
        return False
    from PIL import Image, ImageSequence
    t = norm(secret)
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    with zipfile.ZipFile(path) as z, tempfile.TemporaryDirectory() as td:
        for info in z.infolist():
            try:
                im = Image.open(io.BytesIO(z.read(info)))
                frames = [f.convert("RGB") for f in ImageSequence.Iterator(im)]
            except Exception:
                continue
            for k, fr in enumerate(frames):
                if fr.size[0] < 400:
                    fr = fr.resize((fr.size[0] * 2, fr.size[1] * 2))
                f = Path(td) / f"f{k}.png"
                fr.save(f)
                if _ocr(f, t, "6"):
                    return True
    return False


def independent_check(path: Path, secret: str, ocr: bool = True, pdf: Path | None = None,
                      base_pdf: Path | None = None, image_ocr: bool = False) -> dict:
    """{"rendered": shown when LibreOffice renders it (PDF text layer, else OCR of the pages, else OCR of what the
    pages add to the base document's pages), "xml": held in the package by our own decoding}.  With image_ocr,
    also "image_ocr": the pixels of an image part (any GIF frame) read by tesseract."""
    path = Path(path)
    if pdf is None:
        with tempfile.TemporaryDirectory() as td:
            pdf = render_pdfs([path], Path(td))[path]
            rendered = pdf_has(pdf, secret, ocr, base_pdf)
    else:
        rendered = pdf_has(pdf, secret, ocr, base_pdf)
    out = {"rendered": rendered, "xml": xml_check(path, secret)}
    if image_ocr:
        out["image_ocr"] = image_ocr_check(path, secret)
    return out
