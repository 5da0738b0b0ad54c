"""12 altered templates for `attest pack --template`. Writes templates/ and templates_truth.json."""
import sys, os, json, random, re
sys.path.insert(0, os.path.dirname(__file__))
import idents as I, techs as T
from pkg import Pkg, ALLNS
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
class HPkg(Pkg):
    hdr = "word/headerAttx1.xml"
    def start(self): self.frag = ""
    def append_body(self, frag, prefixes=()): self.frag += frag
    def add_image(self, data, ext, part=None): return Pkg.add_image(self, data, ext, part=self.hdr)
    def finish(self):
        self.put(self.hdr, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr %s>%s</w:hdr>' % (ALLNS, self.frag or T.P("")))
        self.ct_override(self.hdr, "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml")
        rid = Pkg.add_rel(self, self.main(), "header", "headerAttx1.xml")
        d = self.main(); x = self.s(d)
        m = list(re.finditer(r"<w:sectPr\b[^>]*>", x))[-1]
        x = x[:m.end()] + '<w:headerReference w:type="default" r:id="%s"/>' % rid + x[m.end():]
        x = re.sub(r'<w:headerReference w:type="default" r:id="(?!%s)[^"]*"/>' % rid, "", x)
        self.add_ns(d, ["r"]); self.put(d, x)
PLAN = [("header", "wordart_vert_textbox"), ("header", "group_descr"), ("header", "sticky_note"), ("header", "receipt"),
        ("body", "repeating_section"), ("body", "numstylelink_lvltext"), ("body", "footnote_comment"), ("header", "sdt_multiline_br"),
        ("header", "eastasian_vert"), ("header", "cell_tbRlV"), ("body", "code_editor"), ("header", "chat_bubble")]
def main():
    out = os.path.join(ROOT, "templates"); os.makedirs(out, exist_ok=True); truth = []
    for i, (where, tech) in enumerate(PLAN):
        kind = I.KINDS[i % len(I.KINDS)] if i < 10 else ["mpan", "name"][i - 10]
        r = random.Random("tpl|%d" % i); value = I.make(kind, r)
        base = ["A_pack.docx", "C_pydocx.docx"][i % 2]
        pk = (HPkg if where == "header" else Pkg)(os.path.join(ROOT, "bases", base))
        if where == "header": pk.start()
        surface, how = T.ALL[tech](pk, I.LABEL[kind], value, r)
        if where == "header": pk.finish()
        fn = "tpl_%02d_%s_%s_%s.docx" % (i, where, tech, kind); pk.save(os.path.join(out, fn))
        truth.append(dict(file=fn, role="template", base=base, where=where, technique=tech, kind=kind, label=I.LABEL[kind],
                          value=value, surface=surface, how=how))
    json.dump(truth, open(os.path.join(ROOT, "templates_truth.json"), "w"), indent=1, ensure_ascii=False)
    print(len(truth), "templates")
main()
