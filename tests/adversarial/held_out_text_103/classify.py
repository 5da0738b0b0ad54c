# classify.py: groups misses of results.json into classes (used for FIRST_REPORT.md appendix)
import json,collections,sys
r=json.load(open(sys.argv[1] if len(sys.argv)>1 else "/tmp/ho51/text/results.json"))
CL={
 ("oban","account"):"A1 account as a positional job/CLI argument (no label)",
 ("cron","account"):"A1 account as a positional job/CLI argument (no label)",
 ("k8sjob","account"):"A1 account as a positional job/CLI argument (no label)",
 ("headerless","account"):"A2 account/MPRN/name known only by column position (headerless pipe file)",
 ("headerless","mprn"):"A2 account/MPRN/name known only by column position (headerless pipe file)",
 ("headerless","name"):"A2 account/MPRN/name known only by column position (headerless pipe file)",
 ("knexbind","account"):"A3 multi-line bound-value array (knex bindings)",
 ("knexbind","mprn"):"A3 multi-line bound-value array (knex bindings)",
 ("knexbind","name"):"A3 multi-line bound-value array (knex bindings)",
 ("sqlldr","account"):"A4 SQL*Loader .bad rows (quoted CSV, no header)",
 ("sqlldr","name"):"A4 SQL*Loader .bad rows (quoted CSV, no header)",
 ("fhir","account"):"A5 value under a generic key whose meaning is in a sibling (FHIR identifier system urn:energy:*)",
 ("fhir","mprn"):"A5 value under a generic key whose meaning is in a sibling (FHIR identifier system urn:energy:*)",
 ("mockmvc","account"):"A6 account in a URL path segment (/customers/{acct}/address)",
 ("vonage","account"):"A7 account under a weak label in a query string (client-ref=)",
 ("vonage","phone"):"P1 phone in MSISDN form (44… with no +, no spaces) in a query string",
 ("cosmos","mprn"):"B1 short/opaque JSON keys (Cosmos DB: mr, fn, ln)",
 ("cosmos","name"):"B1 short/opaque JSON keys (Cosmos DB: mr, fn, ln)",
 ("aztable","mprn"):"B2 MPRN as Azure Table PartitionKey",
 ("springxml","mprn"):"B3 XML attribute pairs (<property name=\"mprn\" value=…>, p:given/p:family)",
 ("springxml","name"):"B3 XML attribute pairs (<property name=\"mprn\" value=…>, p:given/p:family)",
 ("audit_change","name"):"N1 forename after a change arrow ('' -> 'Paul')",
 ("hypothesis","name"):"N2 first_name= keyword argument on a one-line call",
 ("mantis","name"):"N3 name inside a username (first.last)",
 ("phpunit","name"):"N4 name inside a test data-set key (first_last)",
 ("capscall","name"):"N5 CAPITALS name in prose after a cue (LETTER SENT TO …)",
 ("nomad","name"):"N6 name under an unfamiliar label (SITE_CONTACT = \"Grace Wood\")",
 ("phpunit","serial"):"S1 unlabelled SB/SC/SM serial in a positional tuple",
 ("youtrack","serial"):"S2 lower-case SB serial after a weak cue (our records:)",
 ("lowernote","address"):"D1 lower-case street after 'lives at' (Welsh street name)",
}
g=collections.defaultdict(list)
for m in r["misses"]: g[CL.get((m["genre"],m["kind"]),"?? "+m["genre"]+"/"+m["kind"])].append(m)
out=[]
for k in sorted(g):
    out.append(f"\n### {k} — {len(g[k])} misses\n\n| file | kind | value | leaked part | context |\n|---|---|---|---|---|")
    for m in g[k]:
        ctx=m.get("context","").replace("|","¦").replace("`","'")
        out.append(f"| {m['file']} | {m['kind']} | `{m['text']}` | `{m.get('leaked','')}` | {ctx} |")
open("/tmp/ho51/text/misses_by_class.md","w").write("# Every miss, by class\n"+"\n".join(out)+"\n")
for k in sorted(g): print(len(g[k]),k)
