"""Assign each miss of a score.json to a class (my guess at the missing general rule); write a Markdown table."""
import json, sys
CL = {
 'C1': 'RTF source not decoded: \\\'hh hex escapes, \\uN? Unicode escapes, {\\b ..}{\\i ..} groups splitting the digits',
 'C2': 'backslash-octal string escapes (PDF/FDF, C) not decoded (\\061\\060...)',
 'C3': 'ANSI SGR colour codes glued to the value (ESC[36m<value>ESC[0m) - value no longer a separate token',
 'C4': "postcode with '.' between outward and inward code, not after a 'Postcode:' label",
 'C5': 'fixed-width mainframe record: UPPER-CASE name/address fields; postcode (double-spaced) butted against the next numeric field',
 'C6': 'unlabelled MPRN (headerless pipe record) in a non-plain form: separators, invisible chars, fullwidth/other-script digits; canonical view not applied to context-free MPRNs',
 'C7': 'separator not bridged: U+00B7 middle dot between MPAN digit groups',
 'C8': 'emoji used as a separator between MPAN digit groups',
 'C9': 'MPAN split across two chat messages (9 digits + "…" / next message "…4 digits")',
 'C10': 'less common serial shapes (SSP+8 digits gas; A/L/S+M+8 digits elec) only matched verbatim: separators, invisible chars, fullwidth, lower case not canonicalised for them',
 'C11': 'phone split into structured components (HL7 XTN ^PRN^PH^^44^7700^900148)',
 'C12': 'phone whose leading 0 was lost (Excel number): 10 bare digits',
 'C13': "phone inside an EDIFACT COM segment (preceded by '+', followed by ':TE')",
 'C14': 'lower-case bare 16-hex EUI-64 in an HTML table cell without label',
 'C15': 'UPPER-CASE name parts in structured records (HL7 XPN given name, pipe/fixed-width surname)',
 'C16': 'multi-word particle surnames: only the first particle consumed ("Mac an tSaoir" -> "an tSaoir" left, "St John-Stevas" -> "John-Stevas" left)',
 'C17': 'given name left when the surname part is escaped/truncated/unusual (SQL O\'\'Rourke, table cell cut mid-name, "le Strange" in unlabelled row)',
 'C18': 'address split over lines/components: street-without-number line or locality line not masked (HL7 ^^ components, LDIF $, AsciiDoc " +" lines, CSV multi-line cell, pipe row after a house name)',
 'C19': 'house-name-only first line (Meadowsweet, Fernlea, Tan-y-Bryn) not recognised as part of an address',
}
def cls(x):
    g, k, f = x['genre'], x['kind'], x['forms'][0]
    if g == 'rtf': return 'C1'
    if f == 'octal': return 'C2'
    if g == 'ansi-console': return 'C3'
    if k == 'postcode' and f == 'dot': return 'C4'
    if g == 'fixed-width': return 'C5'
    if k == 'mprn' and g == 'pipe-noheader': return 'C6'
    if f == 'sep:\u00b7': return 'C7'
    if f == 'emoji-sep': return 'C8'
    if f == 'chat-split-two-messages': return 'C9'
    if k in ('eserial', 'gserial'): return 'C10'
    if f == 'hl7-components': return 'C11'
    if f == 'nozero': return 'C12'
    if k == 'phone' and g == 'edifact-utilmd': return 'C13'
    if k == 'eui': return 'C14'
    if k == 'name':
        r = x['readable'] or ''
        if r.lower() in ('tsaoir', 'john'): return 'C16'
        if g in ('hl7-pipe', 'pipe-noheader') and r.lower() in ('hastings', 'clemency', 'peregrine') and g == 'hl7-pipe': return 'C15'
        if g == 'pipe-noheader' and r == 'Hastings': return 'C15'
        return 'C17'
    if k == 'address':
        r = x['readable'] or ''
        if r in ('Meadowsweet', 'Fernlea', 'Tan', 'Gwyn'): return 'C19'
        return 'C18'
    if k == 'postcode' and g == 'chat-emoji': return 'C4'
    return 'C?'
if __name__ == '__main__':
    r = json.load(open(sys.argv[1]))
    L = [x for x in r['ids'] if x['status'] == 'LEAK' and x['kind'] != 'mpan13bad']
    from collections import Counter, defaultdict
    by = defaultdict(list)
    for x in L: by[cls(x)].append(x)
    out = []
    for c in sorted(by, key=lambda c: (-len(by[c]), c)):
        kinds = Counter(x['kind'] for x in by[c])
        out.append('\n#### %s (%d): %s\nkinds: %s\n' % (c, len(by[c]), CL.get(c, '?'), ', '.join('%s %d' % kv for kv in kinds.most_common())))
        out.append('| file | kind | value | form | still readable |\n|---|---|---|---|---|')
        for x in sorted(by[c], key=lambda x: x['file']):
            out.append('| %s | %s | `%s` | %s | `%s` |' % (x['file'], x['kind'], x['value'], ','.join(repr(f)[1:-1] for f in x['forms']), x['readable']))
    open(sys.argv[2], 'w').write('\n'.join(out) + '\n')
    print('\n'.join('%-4s %3d %s' % (c, len(by[c]), CL.get(c, '?')[:110]) for c in sorted(by, key=lambda c: -len(by[c]))))
