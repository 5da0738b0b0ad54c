"""Group misses of results.json into classes for FIRST_REPORT.md (post-run analysis; does not change scoring)."""
import json, collections
r = json.load(open('/tmp/ho50/text/results.json'))
ART = {('024_fsl.json', '14a Tregenna Hill'), ('087_fsl.json', 'Rose Cottage, Mill Road'), ('150_fsl.json', '35 Heol Tredwr'),
       ('044_filemaker.csv', 'Chy Lowen, Marsh Lane'), ('055_wrapup.txt', 'Flat 12, 48 Church Street'),
       ('064_doctrine.log', 'llinoskrishnan@btinternet.com'), ('039_azfunc.log', 'Miss Pritchard'), ('165_azfunc.log', 'Mr Cadwaladr'),
       ('119_psr_fixed.csv', 'BHATTACHARYA-LAMB')}
CL = [
 ('M1 MPRN with no label: headerless CSV / pipe payloads, position only', lambda m: m['kind'] == 'mprn' and m['technique'] in ('headerless-csv', 'headerless-pipe', 'pipe-by-position')),
 ('M2 MPRN whose label is a column header above it (pandas frame) or a sibling key (Selenium target "id=mprn", Cosmos key "g")', lambda m: m['kind'] == 'mprn'),
 ('A1 Account numbers with no or weak label (headerless CSV, log columns, positional job args, "acc", bound SQL params)', lambda m: m['kind'] == 'account' and m['technique'] != 'in-filename'),
 ('A2 Account numbers inside file names / URL paths (`/letters/<acct>_<surname>_<date>.pdf`)', lambda m: m['kind'] == 'account'),
 ('N1 Forename and surname in separate fields/columns/bound parameters (no "customer" parent)', lambda m: m['kind'] == 'name' and m['technique'] in ('split-column', 'split-field', 'split-json', 'split-bound', 'split-param', 'positional-list', 'abbrev-key')),
 ('N2 Names in headerless CSV / pipe rows (mixed and CAPITALS)', lambda m: m['kind'] == 'name' and m['technique'] in ('headerless-position', 'headerless-caps', 'capitals-pipe')),
 ('N3 "Surname I" and bare surname after a role word ("account holder X")', lambda m: m['kind'] == 'name' and m['technique'] in ('surname-initial', 'surname-only', 'initial-surname')),
 ('N4 Names in URLs, query strings, file and blob names, SQL text inside a tag', lambda m: m['kind'] == 'name' and m['technique'] in ('url-query', 'in-filename-lower', 'in-blob-name', 'sql-in-tag')),
 ('N5 Names in prose: lower case, CAPITALS, first name alone, unlabelled', lambda m: m['kind'] == 'name' and m['technique'] in ('lowercase', 'capitals-prose', 'first-name-alone', 'prose-unlabelled', 'sticky')),
 ('N6 Names in search-hit JSON and <em> highlight markup (one hit masked, the other and its <em>Grace</em> copy left)', lambda m: m['kind'] == 'name'),
 ('D1 Addresses: Welsh/Gaelic/Cornish street names with lower-case particles cut short ("[ADDRESS] yr Afon") or missed', lambda m: m['kind'] == 'address' and any(p in m['value'] for p in (' yr ', ' an ', " a' ", ' na ', 'Glan', 'Chy an', 'Parc an', 'Sraid'))),
 ('D2 Addresses: number + one-word street with no street-type word ("134 Bayhead")', lambda m: m['kind'] == 'address' and 'Bayhead' in m['value']),
 ('D3 Addresses: street with no house number after a cue ("property on Tregenna Hill")', lambda m: m['kind'] == 'address' and m['technique'] in ('after-cue-no-number', 'property-on')),
 ('D4 Other addresses', lambda m: m['kind'] == 'address'),
 ('S1 Electricity serials `S[AB]` + 7 digits with no label (Miro stickies, Doctrine params)', lambda m: m['kind'] == 'serial'),
 ('Z  other', lambda m: True),
]
groups = collections.OrderedDict((c[0], []) for c in CL)
arts = []
for m in r['misses']:
    if (m['file'], m['value']) in ART:
        arts.append(m); continue
    for name, f in CL:
        if f(m):
            groups[name].append(m); break
out = []
for name, ms in groups.items():
    if not ms: continue
    out.append('\n#### %s — %d\n' % (name, len(ms)))
    out.append('| file | kind | technique | value | left readable | context |\n|---|---|---|---|---|---|')
    for m in sorted(ms, key=lambda m: (m['genre'], m['file'])):
        ctx = m['context'].replace('|', '¦')
        out.append('| %s | %s | %s | `%s` | %s | `%s` |' % (m['file'], m['kind'], m['technique'], m['value'].replace('|', '¦').replace('\n', '⏎').replace('\r', ''),
                                                         ', '.join(m['leaked'][:2]), ctx[:140]))
out.append('\n#### Scoring artefacts (counted in the raw figure, value itself was masked) — %d\n' % len(arts))
out.append('| file | kind | value | word that survived elsewhere |\n|---|---|---|---|')
for m in arts:
    out.append('| %s | %s | `%s` | %s |' % (m['file'], m['kind'], m['value'], ', '.join(m['leaked'])))
open('/tmp/ho50/text/misses_by_class.md', 'w').write('\n'.join(out) + '\n')
print({k: len(v) for k, v in groups.items()}, len(arts))
