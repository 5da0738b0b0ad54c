"""Independent checks of truth.json against the rules and the pixels (does not import the generator)."""
import json, re, sys
from PIL import Image, ImageStat
T = json.load(open(sys.argv[1] if len(sys.argv) > 1 else "truth/truth.json"))
P = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43]
def ok_mpan(c): return len(c) == 13 and c.isdigit() and sum(int(a) * b for a, b in zip(c, P)) % 11 % 10 == int(c[12]) and 10 <= int(c[:2]) <= 23
PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$")
PH = re.compile(r"^(01632 960\d{3}|07700 900\d{3}|\+44 7700 900\d{3}|020 7946 0\d{3}|0113 496 0\d{3}|0161 496 0\d{3})$")
chk = {"mpan": lambda v, n: ok_mpan(n), "mpan_sbox": lambda v, n: ok_mpan(n), "mpan_full": lambda v, n: len(v) == 21 and ok_mpan(v[8:]),
       "sbox_top": lambda v, n: len(n) == 8 and n.isdigit(), "mprn": lambda v, n: re.fullmatch(r"\d{6,10}", v) is not None,
       "postcode": lambda v, n: PC.match(v) is not None, "phone": lambda v, n: PH.match(v) is not None,
       "email": lambda v, n: re.fullmatch(r"[a-z.]+\d*@example\.(com|org|net)", v) is not None,
       "eui64": lambda v, n: re.fullmatch(r"[0-9A-F]{16}", re.sub(r"[-:. ]", "", v.upper())) is not None,
       "elec_serial": lambda v, n: re.fullmatch(r"(\d{2}[A-Z]\d{7}|S\d{2}[A-Z]\d{6}|[KLD]\d{2}[A-Z]\d{5}|EML\d{10})", v) is not None,
       "gas_serial": lambda v, n: re.fullmatch(r"(E6S\d{11}|G4K\d{8}[A-E]|\d{8}M\d)", v) is not None,
       "account": lambda v, n: re.fullmatch(r"(A\d{8}|ACC-\d{7}|\d{10}|CUS/\d{6}/\d{2})", v) is not None,
       "name": lambda v, n: re.fullmatch(r"[A-Z][a-z]+ [A-Za-z' ]+", v) is not None, "address": lambda v, n: re.fullmatch(r"\d+ [A-Z][a-z]+( [a-zA-Z]+)+", v) is not None,
       "keep": lambda v, n: True, "neutral": lambda v, n: True}
bad = 0; n_items = 0; blank = 0; idvals = set()
for im in T["images"]:
    for it in im["items"]:
        if it["role"] == "id": idvals.add(it["norm"])
for im in T["images"]:
    img = Image.open("corpus/" + im["image"]).convert("L"); W, H = img.size
    assert [W, H] == im["size"]
    for it in im["items"]:
        n_items += 1
        if not chk[it["kind"]](it["value"], it["norm"]):
            bad += 1; print("BAD", im["image"], it["kind"], it["value"])
        if it["role"] == "keep":
            for m in re.findall(r"\d{13}", it["norm"]):
                if ok_mpan(m): print("KEEP looks like MPAN", im["image"], it["value"])
            if it["norm"] in idvals: print("KEEP equals an identifier", it["value"])
        for b in it["boxes"]:
            assert 0 <= b[0] < b[2] <= W and 0 <= b[1] < b[3] <= H, (im["image"], b)
            if ImageStat.Stat(img.crop(b)).stddev[0] < 4: blank += 1; print("BLANK box", im["image"], it["kind"], it["value"], b)
print("items", n_items, "bad", bad, "blank boxes", blank)
