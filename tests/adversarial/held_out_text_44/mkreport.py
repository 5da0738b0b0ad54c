#!/tmp/venv/bin/python
import json,re,os,collections,sys
HERE="/tmp/ho35/text"
exec(open(HERE+"/score.py").read().split("\ndef main")[0].replace("os.path.dirname(os.path.abspath(__file__))","'"+HERE+"'"))
T=json.load(open(HERE+"/truth.json")); R=json.load(open(HERE+"/results.json")); M=json.load(open(HERE+"/outmap.json"))
def outtext(f):
    p=os.path.join(HERE,"out",M.get(f,f))
    return views(open(p,"rb").read()) if os.path.exists(p) else (None,[])
def ctx_for(m):
    prim,vs=outtext(m["file"]); why=m["why"] or ""
    w=re.search(r"(window|token) '([^']+)'",why)
    if not w: return why[:80]
    pat=w.group(2)
    if w.group(1)=="token": rx=re.compile(re.escape(pat),re.I)
    else: rx=re.compile(r"[^0-9A-Za-z]{0,8}".join(re.escape(ch) for ch in pat),re.I)
    for v in [prim]+vs:
        if v is None: continue
        mm=rx.search(v)
        if mm:
            s=v[max(0,mm.start()-28):mm.end()+28]
            return s.replace("\r\n","⏎").replace("\n","⏎").replace("\r","⏎")
    return why[:80]
def cls_miss(m):
    f,k,c=m["file"],m["kind"],m["cls"]
    if k=="mprn": return "A. MPRN whose label is not immediately before it (dotted leader, Markdown table cell, label on previous YAML line, sibling JSON key, CSV column header)"
    if k=="gserial": return "B. Gas serial shape 'GPM0nnnnnn' (and spaced 'GPM 0nnnnnn') not recognised, even under 'Gas meter'/'gas' labels"
    if c in("string-concat","template-literal","implicit-concat"): return "C. Source code: value split over string literals (concat / template literal / implicit concat) - detected on the joined view but the mask is put on the wrong span, digits left"
    if c in("b64-body","encoded-word","percent-plus","hexdump-xxd"): return "D. Encoded containers: MIME base64 HTML body handled line by line (a value straddling a 76-char base64 line is left in the next line; replaced lines and a [NAME-n] pasted mid-line leave the body undecodable as a whole), RFC 2047 Q-encoded From (given name left), form-encoded query string (+ for space, %2C), xxd hex dump (out context for base64 cases is the per-line decoded view)"
    if k=="phone": return "E. Phones: vCard TEL property values (no 'phone' word), and a phone split by iCalendar line folding"
    if k=="name": return "F. Names partly masked: given name left beside a masked surname, truncated table cells ('Marguerite Rave...'), a given name alone in prose"
    if c=="markup": return "G. Chat markup splitting the MPAN ('*11* 9324 4227 090')"
    if c=="hyphen-linebreak": return "H. Word/PDF paste: soft hyphen + hyphenated line break inside the MPAN"
    if k=="eui": return "I. Lower-case bare EUI-64 after a key prefix ('pair:d052a8f580dede7c')"
    return "Z. other"
out=[]
def P(s=""): out.append(s)
b=open(HERE+"/work/breakdown.txt").read()
P("# Held-out TEXT corpus for issue 12 - report (ho35/text)")
P()
P("## Where")
P("- corpus: /tmp/ho35/text/corpus (333 files, 2.7 MB; frozen read-only; sha256 in MANIFEST.corpus.sha256, frozen "+open(HERE+"/FROZEN_AT").read().strip()+" before Attest was run)")
P("- truth: /tmp/ho35/text/truth.json (every secret: kind, canonical value, shown form, obfuscation class; every keep); tools sha256 in MANIFEST.tools.sha256")
P("- generator: /tmp/ho35/text/gen/*.py (seed 35012); scorer: /tmp/ho35/text/score.py; report builder: mkreport.py")
P("- Attest output: /tmp/ho35/text/out (+ redact_report.json, logs/redact.stdout|stderr); scans: logs/scan_corpus.*, logs/scan_out.*; scored results: results.json; self-check: selfcheck.json")
P()
P("## Re-score (one command)")
P("    /tmp/ho35/text/score.py /tmp/ho35/text/out --json /tmp/ho35/text/results.json")
P("(re-run Attest first if wanted: `cd /tmp/ho35/text && /tmp/ho35/bin/attest --workspace ws redact corpus/* --out out --report redact_report.json`; output names that Attest redacts are mapped via outmap.json, built from redact stdout)")
P()
P("## Rules used")
P("- recall: a secret is missed if any 8 contiguous characters of its value (alnum only, case-folded; whole value if shorter) are visible in the output in ANY view: raw decode (BOM/NUL-sniffed, all UTF-16/32 variants tried), NFKC + Unicode digits->ASCII + format/bidi/VS removed, HTML tags stripped + entities decoded, %-decoded, QP-decoded, base64 / hex tokens decoded, MIME encoded-words decoded, .eml parts decoded, iCal unfolded, xxd ASCII column. Phones: last 8 digits. E-mails: local part. Names/addresses additionally: no distinctive full token (given name, surname, street word, house/building name) left (e-mail addresses are removed from the view before the name-token check).")
P("- keep: verbatim, count in output >= count in input (primary decoding). Keeps < 4 chars or inside a secret were dropped before freezing.")
P("- truth checked independently: scoring the unredacted corpus itself gives 0 % recall (every secret visible in some reader view) and 100 % keeps; a copy with every literal secret masked shows no keep/secret collisions; JSON/XML parsed (Kibana-console .json files are intentionally not pure JSON). No truth bug found after the run, so raw = corrected score.")
P()
P("## Corpus")
P("61 genres (58 generated + propagation pairs, identifiers in file names, soft mistyped-check-digit cases): eml multipart/alternative (QP + base64 + RFC2047), iCalendar, vCard, Outlook FW chains with >, |, >> quoting, Zendesk JSON, Freshdesk CSV, Slack JSON, Teams text, WhatsApp export, PowerShell Format-List/Format-Table, Windows Event XML, syslog, journald JSON, Prometheus, OTel spans, GraphQL, protobuf text, Avro schema+data, JSON Schema examples, Jupyter (text/plain + text/html outputs), pandas, R tibble, psql \\x, Mongo shell, Redis MONITOR, Elasticsearch console, Terraform tfvars, Helm, Ansible, TOML, JS/Python/C# fixtures, minified one-line JSON, Word/PDF paste (soft hyphens, ligatures, NBSP), CSS RegistrationRequest, PSR record, field job sheet (old/new serials), PAYG vend log (STS tokens as keeps), ECOES/DES paste, D0150/D0268/D0086, ombudsman notes, debt letter, smart install notes (CH/ESME/GSME/IHD), DIP tracker HTML, obfuscated tester notes, encoded payload logs (base64/JWT/hex/%/QP), UTF-32 payloads, D0010, DUIS XML, SQL INSERT, curl -v, Apache access log, ADO Markdown, xxd hexdump, SAP IS-U screen, a 700 KB app log.")
P("Encodings: utf-8 177, cp1252 44, utf-8-sig 27, utf-16-le-bom 22, utf-16-be-bom 14, ascii 14, utf-32-le-bom 11, utf-16-le (no BOM) 8, utf-32-le (no BOM) 7, utf-32-be (no BOM) 5, utf-16-be (no BOM) 4. Line endings: LF 195, CRLF 128, CR-only 10.")
P("Secrets 2731 (+3 soft): mpan 545, postcode 418, name 405, address 349, eserial 246, eui 221, mprn 156, gserial 150, phone 130, email 111. Keeps 1587. 75 obfuscation/format classes.")
P()
P("## Figures")
P(f"- recall: {R['caught']}/{R['secrets']} = {R['recall']*100:.2f} % (secrets in the 11 refused files counted as not leaked)")
P(f"- keep-rate: {R['kept']}/{R['keeps']} = {R['keep_rate']*100:.2f} % (all keeps of refused files counted lost)")
for l in b.strip().splitlines(): P("- "+l)
P("- soft cases (MPAN with a mistyped check digit in MPAN context, not counted): 3/3 masked.")
P("- propagation pairs (value labelled in file A, bare / lower-case / street-only / first-name-only / odd grouping in file B of the same run): 8/8 masked in B. Identifiers in file names: 4/4 output names redacted (e.g. `IF031_[MPAN-1]_payload.json`).")
P("- refused (no output, exit 2): avro_schema_data_01..05.json, css_switch_01..06.json - `attest: error: X.json: redacted JSON would not keep its structure; refusing to keep it` (clear, names the file, echoes no value; does not say which field). My guess: a JSON key ('post_code', 'postCode') is masked as a POSTCODE - the same label-masking seen in ECOES/PowerShell below - or an int field (epoch ms) masked.")
P()
P("## Timing")
P("- `attest redact` on all 333 files (1,763,267 bytes) in one call: 128.1 s wall, 46.4 s user CPU, 243 MB max RSS, exit 2 (refusals). Machine load average 7-9 on 2 cores at the time, so wall time is inflated; CPU-time throughput = 0.038 MB/s.")
P("- scaling is super-linear in the number of items: 50 small files (first 50 by name) 2.2 s user; 100 files (95 KB) 6.4 s user; 333 files 46.4 s user. A single 712 KB log alone: 1.04 s user (0.68 MB/s). Far below the 5 MB/s target for a many-item run; likely cross-item propagation cost.")
P("- `attest scan corpus`: 5.5 s wall / 2.6 s user; `attest scan out`: 4.4 s wall / 2.0 s user.")
P()
P("## Scan results")
sc=open(HERE+"/logs/scan_corpus.stderr").read().splitlines()[0]; so=open(HERE+"/logs/scan_out.stderr").read().splitlines()[0]
P(f"- unredacted corpus: `{sc}` exit 1. Files with no finding: the 6 propagation B files whose only secret is a bare value (expected, scan has no run context) and `2532460332_gas_exchange.txt` (bare 10-digit MPRN in a file name). The other 3 file-name cases are flagged as FILE NAME and the scan prints the path with the identifier already masked (good).")
P(f"- redacted output: `{so}` exit 1 - the scan flags only 10 of the 88 leaks the scorer finds (py implicit-concat 'MPAN =' x5, Redis lower-case EUI x3, vend-log MPRN x2); the other 78 leaks pass the backstop.")
for l in open(HERE+"/logs/scan_out.stdout"): P("    "+l.rstrip())
P()
P("## Other observations (not scored)")
P("- No crash or traceback. `attest redact` exits 2 because of the 11 refusals; each refusal message names the file, not the field.")
P("- Label words masked as values: PowerShell table header 'Postcode' -> [POSTCODE-1]; 'postcode B29 8NH' -> '[POSTCODE-1] [POSTCODE-2]'; GraphQL variables key \"postcode\" -> \"[POSTCODE-1]\"; ECOES 'MPAN Core' -> 'MPAN [MPAN-1]'. This is probably also why Avro/CSS JSON (keys post_code/postCode) were refused.")
P("- xxd offsets '00000000:' / '00000010:' became '[MPRN-1]:' / '[MPRN-3]:'; EventRecordID 6 digits -> [MPRN-1]. MPRN detection fires on bare 6-8 digit runs in some contexts but missed labelled 10-digit MPRNs in others (class A).")
P("- MIME: the 13-digit epoch-ms in the multipart boundary became [MPAN-1] in header and delimiters alike (MIME stays consistent); the base64 HTML part is corrupted (class D).")
P("- Echo of a raw identifier: for `2532460332_gas_exchange.txt` (bare 10-digit MPRN as file name) the output file is named `[MPRN-1]_gas_exchange.txt`, but `attest redact` stdout (`corpus/2532460332_gas_exchange.txt -> out/[MPRN-1]_gas_exchange.txt: nothing found`) and the --report JSON (`\"file\": \"corpus/2532460332_gas_exchange.txt\"`) print the input path raw. The other three identifier-named inputs are printed masked in both. The scan output and redact output hold no other raw secret value (checked by normalised search for all 1,670 secrets of 8+ chars).")
P("- The scan on the unredacted folder prints file names with identifiers already masked (`corpus/IF031_[MPAN-1]_payload.json`), good; finding lines mask the value with bullets, good.")
P("- Keep-rate without the arguable class K5 (company helpline/mailbox): %d/%d = %.2f %%." % (R['kept']+12, R['keeps'], 100*(R['kept']+12)/R['keeps']))
P("- Keeps are counted per recorded occurrence, so a string recorded 4 times in one file (e.g. 'CoS objected') appears 4 times below.")
P()
P("## EVERY miss (88), grouped by my guess at the class")
P("format: file | kind | secret value | as written in input | output context (~60 chars)")
groups=collections.defaultdict(list)
for m in R["misses"]: groups[cls_miss(m)].append(m)
for g in sorted(groups):
    P(); P(f"### {g} ({len(groups[g])})")
    for m in sorted(groups[g],key=lambda m:m["file"]):
        sh=m["shown"].replace("\r\n","⏎").replace("\n","⏎").replace("\r","⏎")
        P(f"- {m['file']} | {m['kind']} | `{m['value']}` | in: `{sh[:60]}` | out: `{ctx_for(m)}`")
P()
P("## EVERY lost keep (176), grouped by my guess at the class")
def cls_keep(k):
    f=k["file"]
    if k.get("ctx")=="(no output file)": return "K1. Whole file refused (JSON structure check) - all keeps lost"
    if f.startswith("ecoes"): return "K2. Field labels masked as POSTCODE in a tab-separated label/value paste (Profile Class, Meter Timeswitch Code, Line Loss Factor Class, GSP Group ... each became [POSTCODE-n]); 'MPAN Core' -> 'MPAN [MPAN-1]'"
    if f.startswith(("powershell_ft","obf_tester_notes")): return "K3. Status words next to / after MPAN values masked as MPAN ('Confirmed', 'Pending', 'Objected' in a Format-Table; 'CoS objected' -> 'CoS [MPAN-2]')"
    if f.startswith("psr"): return "K4. PSR needs code line swallowed as address continuation ('Needs ...... 07 Chronic/serious illness' -> [ADDRESS-4]; also 'Password scheme .. Y' and the Nominee line became [ADDRESS-n])"
    if f.startswith("debt"): return "K5. Company contact details masked (0345 helpline, collections@ mailbox) - arguable: not customer data"
    if f.startswith(("eml","journald","win_eventlog","graphql","vend")): return "K6. Digit runs / ids that are not identifiers masked: 13-digit epoch ms in a MIME boundary (also in an MPAN-bearing mail), 16-digit journald __REALTIME_TIMESTAMP ('179[MPAN-2]'), 6-digit EventRecordID as MPRN, base64 Relay id 'U3VwcGx5UG9pbnQ6...' as MPAN, amount + STS token groups joined into an MPAN ('£[MPAN-2] 4716 7534 5371', CR-only file)"
    if f.startswith("ics"): return "K7. Test case reference partly masked as a meter serial ('TC-MHHS-IF021-080' -> 'TC-MHHS-[MSN-1]')"
    return "K9. other"
kg=collections.defaultdict(list)
for k in R["lost_keeps"]: kg[cls_keep(k)].append(k)
for g in sorted(kg):
    P(); P(f"### {g} ({len(kg[g])})")
    if g.startswith("K1"):
        byf=collections.defaultdict(list)
        for k in kg[g]: byf[k["file"]].append(k["keep"])
        for f,ks in sorted(byf.items()): P(f"- {f}: " + "; ".join(f"`{x}`" for x in ks))
        continue
    for k in sorted(kg[g],key=lambda k:k["file"]):
        c=k["ctx"].replace("\r\n","⏎").replace("\n","⏎").replace("\r","⏎").replace("\t","→")
        P(f"- {k['file']} | `{k['keep']}` (in {k['n_in']}, out {k['n_out']}) | in: `{c[:90]}`")
P()
open(HERE+"/REPORT.md","w").write("\n".join(out)+"\n")
print("\n".join(out))
