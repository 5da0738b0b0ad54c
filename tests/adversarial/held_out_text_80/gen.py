"""Build the round-46 held-out text corpus: python3 gen/gen.py OUTROOT  (writes OUTROOT/corpus and OUTROOT/truth.json)."""
import sys, os, json, random, zlib
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from genres import G
from tpl import Ctx, expand

SEED = 4646
ENCS = [('utf-8', b''), ('utf-8', b''), ('utf-8', b''), ('utf-8', b''), ('utf-8', b''), ('utf-8', b''), ('utf-8', b''),
        ('utf-8', b''), ('utf-8', b'\xef\xbb\xbf')]
WIDE = [('utf-16-le', b'\xff\xfe'), ('utf-16-be', b''), ('utf-16-le', b''), ('utf-32-le', b'\xff\xfe\x00\x00'),
        ('utf-32-be', b''), ('utf-16-be', b'\xfe\xff'), ('utf-32-be', b'\x00\x00\xfe\xff')]


def main(root):
    cdir = os.path.join(root, 'corpus')
    os.makedirs(cdir, exist_ok=True)
    truth = {}
    names = sorted(G)
    per = {g: 4 for g in names}
    idx = 0
    for g in names:
        for j in range(per[g]):
            r = random.Random(SEED * 1000003 + zlib.crc32(g.encode()) * 31 + j)
            ctx = Ctx(r)
            tpl, ext = G[g](r)
            b = expand(ctx, tpl)
            text = b.text()
            items = b.items
            # encoding and newline
            if r.random() < 0.12:
                enc, bom = r.choice(WIDE)
            else:
                enc, bom = r.choice(ENCS)
            crlf = ('\r' not in text) and r.random() < 0.2
            if crlf:
                def m(p, t=text):
                    return p + t.count('\n', 0, p)
                items = [(m(s), m(e), c, k, t.replace('\n', '\r\n'), f) for (s, e, c, k, t, f) in items]
                text = text.replace('\n', '\r\n')
            fn = '%03d_%s.%s' % (idx, g, ext)
            idx += 1
            data = bom + text.encode(enc)
            with open(os.path.join(cdir, fn), 'wb') as fh:
                fh.write(data)
            recs = []
            for (s, e, c, k, t, f) in items:
                assert text[s:e] == t
                ls = text.count('\n', 0, s)
                le = text.count('\n', 0, e)
                recs.append({'cls': c, 'kind': k, 'text': t, 'form': f, 'start': s, 'end': e, 'line_start': ls, 'line_end': le})
            truth[fn] = {'genre': g, 'encoding': enc, 'bom': bom.hex(), 'newline': 'CRLF' if crlf else 'LF', 'items': recs}
    with open(os.path.join(root, 'truth.json'), 'w', encoding='utf-8') as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1, sort_keys=True)


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
