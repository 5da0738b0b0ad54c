import uuid
from ids import mpan_valid
# ----------------------------------------------------------- keep makers
def ts(r):
    return "2026-%02d-%02dT%02d:%02d:%02d.%03dZ" % (r.randint(1, 11), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999))


def ts2(r):
    return "%02d/%02d/2026 %02d:%02d:%02d" % (r.randint(1, 28), r.randint(1, 11), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


def epoch_ms(r):
    while True:
        v = "17%011d" % r.randrange(10**11)
        if not mpan_valid(v):
            return v


def gtin(r):
    while True:
        d = "50" + "%010d" % r.randrange(10**10)
        s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d))
        v = d + str((10 - s % 10) % 10)
        if not mpan_valid(v):
            return v


def uid(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def kref(c, r, n=1):
    """n assorted keeps."""
    out = []
    for _ in range(n):
        k = r.randrange(22)
        if k == 0: out.append(c.K("TC-MHHS-%04d" % r.randrange(10000)))
        elif k == 1: out.append(c.K("MPAN-REF-%02d" % r.randint(1, 99)))
        elif k == 2: out.append(c.K("MPAN%04d" % r.randrange(10000)))
        elif k == 3: out.append(c.K(ts(r), "timestamp"))
        elif k == 4: out.append(c.K("IF-%03d" % r.choice([31, 33, 36, 47, 21, 2, 13])))
        elif k == 5: out.append(c.K("DIP-%s" % uid(r)[:8].upper()))
        elif k == 6: out.append(c.K(epoch_ms(r), "digit13"))
        elif k == 7: out.append(c.K("PO%010d" % r.randrange(10**10), "digit-heavy"))
        elif k == 8: out.append(c.K("v%d.%d.%d" % (r.randint(1, 9), r.randint(0, 30), r.randint(0, 400))))
        elif k == 9: out.append(c.K("£%s.%02d" % (format(r.randint(1000, 999999), ","), r.randrange(100)), "amount"))
        elif k == 10: out.append(c.K("CHG%07d" % r.randrange(10**7)))
        elif k == 11: out.append(c.K(uid(r), "uuid"))
        elif k == 12: out.append(c.K("ECS%02d%s" % (r.randint(1, 70), r.choice("abcde"))))
        elif k == 13: out.append(c.K(gtin(r), "digit13"))
        elif k == 14: out.append(c.K("DEF-%05d" % r.randrange(100000)))
        elif k == 15: out.append(c.K("1.0.%d.8.%d.255" % (r.randint(1, 4), r.randint(0, 4)), "obis"))
        elif k == 16: out.append(c.K("%d" % r.randint(10**8, 10**10), "digit-heavy"))
        elif k == 17: out.append(c.K("SR-%06d" % r.randrange(10**6)))
        elif k == 18: out.append(c.K("REL-2026.%02d" % r.randint(1, 12)))
        elif k == 19: out.append(c.K("TS%08d" % r.randrange(10**8), "digit-heavy"))
        elif k == 20: out.append(c.K("%s.%s" % (r.randint(10**6, 10**7), r.randint(10, 99)), "digit-heavy"))
        else: out.append(c.K("BATCH_%d_%02d" % (r.randint(2024, 2026), r.randint(1, 52))))
    return out


def K1(c, r):
    return kref(c, r)[0]


