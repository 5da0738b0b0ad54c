"""Post-freeze addendum: the 6 frozen templates built on the python-docx base were refused for missing Attest styles
(unrelated to the identifier), so the same alterations are rebuilt on the Attest pack base; plus 2 control templates."""
import sys, os, json, random
sys.path.insert(0, "/tmp/ho54/docx/gen"); sys.argv = ["x"]
import idents as I, techs as T
from pkg import Pkg
src = open("/tmp/ho54/docx/gen/templates.py").read().split("def main():")[0]
exec(src)  # HPkg, PLAN
out = "/tmp/ho54/docx/templates_add"; os.makedirs(out, exist_ok=True); truth = []
for i, (where, tech) in enumerate(PLAN):
    if i % 2 == 0: continue
    kind = I.KINDS[i % len(I.KINDS)] if i < 10 else ["mpan", "name"][i - 10]
    r = random.Random("tpl|%d" % i); value = I.make(kind, r)
    pk = (HPkg if where == "header" else Pkg)("/tmp/ho54/docx/bases/A_pack.docx")
    if where == "header": pk.start()
    surface, how = T.ALL[tech](pk, I.LABEL[kind], value, r)
    if where == "header": pk.finish()
    fn = "tpa_%02d_%s_%s_%s.docx" % (i, where, tech, kind); pk.save(os.path.join(out, fn))
    truth.append(dict(file=fn, role="template", base="A_pack.docx", where=where, technique=tech, kind=kind, label=I.LABEL[kind], value=value, surface=surface, how=how))
for j, (tech, lab, val) in enumerate([("wordart_vert_textbox", "Test case", "FM_TS_1_TC_07"), ("sticky_note", "Ticket", "INC0045123")]):
    pk = HPkg("/tmp/ho54/docx/bases/A_pack.docx"); pk.start(); s, how = T.ALL[tech](pk, lab, val, random.Random(j)); pk.finish()
    fn = "tpc_%02d_header_%s_keep.docx" % (j, tech); pk.save(os.path.join(out, fn))
    truth.append(dict(file=fn, role="template_control", base="A_pack.docx", where="header", technique=tech, kind="keep", label=lab, value=val, surface=s, how=how))
import shutil; shutil.copy("/tmp/ho54/docx/bases/A_pack.docx", out + "/tpc_09_unaltered_A_pack.docx")
truth.append(dict(file="tpc_09_unaltered_A_pack.docx", role="template_control", base="A_pack.docx", where="-", technique="none", kind="keep", label="-", value="\x00none\x00", surface="", how="-"))
json.dump(truth, open("/tmp/ho54/docx/templates_add_truth.json", "w"), indent=1)
print(len(truth))
