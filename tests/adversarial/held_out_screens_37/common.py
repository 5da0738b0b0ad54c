import json, os, random
ROOT = "/tmp/ho33/screens"
CORPUS = ROOT + "/corpus"
BUILD = ROOT + "/build"
W = [3,5,7,13,17,19,23,29,31,37,41,43]
def mpan_core(dist, ref10):
    s = f"{dist:02d}{ref10}"
    assert len(s) == 12
    c = sum(int(d)*w for d, w in zip(s, W)) % 11 % 10
    return s + str(c)
def sp(core):  # "12 3456 7890 123"
    return f"{core[:2]} {core[2:6]} {core[6:10]} {core[10:]}"
# invented identifiers
M = {
 'm1': mpan_core(14, "7406238815"), 'm2': mpan_core(19, "1003952274"), 'm3': mpan_core(23, "4471006693"),
 'm4': mpan_core(12, "0093817264"), 'm5': mpan_core(16, "5520419937"), 'm6': mpan_core(20, "8847120356"),
 'm7': mpan_core(10, "6612094471"), 'm8': mpan_core(22, "3308751169"), 'm9': mpan_core(17, "9021436650"),
 'm10': mpan_core(11, "2750318846"), 'm11': mpan_core(18, "4415520983"), 'm12': mpan_core(21, "7736041129"),
}
MPRN = {'g1': "7520394618", 'g2': "3418862051", 'g3': "9102745536", 'g4': "4471930825", 'g5': "8803157264", 'g6': "6295014783"}
ESER = {'e1': "S17K038841", 'e2': "L19A127734", 'e3': "E21Z045512", 'e4': "K18W603397", 'e5': "D22M118406", 'e6': "F20B774128"}
GSER = {'s1': "G4A01835492", 's2': "E6S13604721", 's3': "G4K22093318", 's4': "E6S08815530"}
EUI = {'d1': "00-1B-4F-22-6A-3C-91-E7", 'd2': "70-B3-D5-1A-00-4C-28-F3", 'd3': "00-0D-6F-00-0B-91-4A-36", 'd4': "BC-33-AC-FF-FE-81-27-D0"}
NAMES = ['Priya Okonkwo-Hale', 'Gareth Pennywhistle', 'Morwenna Tregaskis', 'Dafydd Llewellyn-Rhys', 'Siobhan Carrickfergus', 'Ifeoma Blackwater', 'Tobias Wrenfield', 'Harriet Quellington']
ADDR = [('14 Cressingham Road', 'Brackley', 'NN13 6PQ'), ('Flat 3, 27 Ostler Street', 'Penrith', 'CA11 7RX'),
        ('Ty Gwyn, 5 Heol Pantycelyn', 'Llandovery', 'SA20 0BW'), ('88 Windermere Crescent', 'Stockport', 'SK4 2HN'),
        ('2 Marlpit Lane', 'Thetford', 'IP24 3DJ'), ('41 Fernhill Avenue', 'Kilmarnock', 'KA3 1UL')]
PHONES = ['01632 960418', '07700 900327', '020 7946 0815', '07700 900864', '01632 960772']
EMAILS = ['priya.okonkwohale@example.com', 'g.pennywhistle@example.org', 'morwenna.t@example.net', 'dllewellynrhys@example.com']
class Truth:
    def __init__(self, file, toolkit, scale, theme, desc):
        self.d = dict(file=file, toolkit=toolkit, scale=scale, theme=theme, desc=desc, secrets=[], keeps=[], meta_secrets=[])
    def s(self, kind, text, box, note=""):
        self.d['secrets'].append(dict(kind=kind, text=text, box=[round(v) for v in box], note=note))
    def k(self, text, box, kind="keep"):
        self.d['keeps'].append(dict(kind=kind, text=text, box=[round(v) for v in box]))
    def meta(self, kind, text, where):
        self.d['meta_secrets'].append(dict(kind=kind, text=text, where=where))
    def save(self):
        os.makedirs(BUILD + "/truth", exist_ok=True)
        with open(BUILD + "/truth/" + self.d['file'] + ".json", "w") as f:
            json.dump(self.d, f, indent=1)
# kinds considered secrets; how scored: 'win8' -> any 8 consecutive alnum chars; 'token' -> any whole word token (len>=3)
KIND_RULE = {'mpan':'win8','mpan_top':'win8','mprn':'win8','eserial':'win8','gserial':'win8','eui':'win8','phone':'win8',
             'name':'token','address':'token','postcode':'whole','email':'token'}
