"""Generate altered copies + controls. Usage: python gen/gen.py  (writes corpus/ and truth.json)"""
import sys, os, json, random, hashlib
sys.path.insert(0, os.path.dirname(__file__))
import idents as I, techs as T
from pkg import Pkg
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BASES = ["A_pack.docx", "C_pydocx.docx", "D_lo.docx", "B_demo.docx"]
def main():
    out = os.path.join(ROOT, "corpus"); os.makedirs(out, exist_ok=True)
    truth = []; n = 0
    names = list(T.ALL)
    for ti, tech in enumerate(names):
        for ki, kind in enumerate(I.KINDS):
            r = random.Random("%s|%s" % (tech, kind))
            value = I.make(kind, r)
            base = BASES[(ti + ki) % len(BASES)]
            pk = Pkg(os.path.join(ROOT, "bases", base))
            surface, how = T.ALL[tech](pk, I.LABEL[kind], value, r)
            fn = "alt_%03d_%s_%s.docx" % (n, tech, kind); n += 1
            pk.save(os.path.join(out, fn))
            truth.append(dict(file=fn, role="altered", base=base, technique=tech, group="picture" if tech in T.PICT else "text",
                              kind=kind, label=I.LABEL[kind], value=value, surface=surface, how=how))
    for ci in range(40):
        tech = names[ci % len(names)]; r = random.Random("control|%d" % ci)
        label, value = I.KEEPS[ci % len(I.KEEPS)]
        base = BASES[ci % len(BASES)]
        pk = Pkg(os.path.join(ROOT, "bases", base))
        surface, how = T.ALL[tech](pk, label, value, r)
        fn = "ctl_%03d_%s.docx" % (ci, tech)
        pk.save(os.path.join(out, fn))
        truth.append(dict(file=fn, role="control", base=base, technique=tech, group="picture" if tech in T.PICT else "text",
                          kind="keep", label=label, value=value, surface=surface, how=how))
    json.dump(truth, open(os.path.join(ROOT, "truth.json"), "w"), indent=1, ensure_ascii=False)
    print(len(truth), "files")
main()
