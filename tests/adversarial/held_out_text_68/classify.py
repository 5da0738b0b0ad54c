"""Group scorer misses by class (helper-68). Usage: classify.py TRUTH.json SCORE.json OUTDIR > misses_by_class.md"""
import json, sys, os, collections, re
sys.path.insert(0, os.path.dirname(__file__))
import score

CLASSES = {
    "C1": "Address only partly masked: locality/street left (prose 'N Street in Town (PC)', house-name first, UPPER CASE runs, ' / ' separators, town on a continuation line, address in a CSV/DEL column)",
    "C2": "Name only partly masked or not at all: first and last name in separate columns; 'SURNAME, First'; lower/upper case; particles (ap, de la, St John-); diacritics; HTML-entity name in non-HTML text; surname alone in SQL LIKE",
    "C3": "Serial / EUI-64 / postcode split across a line break with a quote or comment prefix (> , // , -- , ; , % , #)",
    "C4": "Lower-case bare EUI-64 inside a path/file name (adf logFilePath .../8c6dc4c3cf65333b.txt)",
    "C5": "MPRN with separators (thousands commas, 3-3-3 / 3-3-4 groups, NBSP) or under an unusual label",
    "C6": "Identifier embedded in a compound id (req-<v>-nn, corr:<v>:n, EVD-<v>-n)",
    "C7": "MPAN with a wrong check digit in explicit MPAN context, written grouped / with separators / inside an id",
    "C8": "MPAN written in a way that needs assembling: 12 digits + check digit in words, string parts concatenated (Power Query Text.Combine), spoken digits with homophones (for/to/oh/ate/double)",
    "C9": "Cross-item propagation: a value seen labelled in one item appears bare in another item of the same redact run",
    "C10": "Long text field exported in fixed-size chunks across CSV rows (values split at chunk boundaries)",
    "C11": "ICS: RFC 5545 folded lines and %-encoded HTML inside an ALTREP data: URI",
    "C12": "Serial encoded (base64, JSON \\uXXXX escapes) outside a recognised payload",
    "C13": "Obfuscated e-mail ('x [at] y [dot] z'): local part only partly masked",
    "C14": "Electricity serial under an OBIS/COSEM label with no 'serial'/'meter' word (0.0.42.0.0.255 logical device name)",
    "C15": "Serial in right-to-left (Urdu) text with hyphens",
}


def classify(f, g, d, tr):
    k, form, note = d["kind"], d["form"], tr.get("note", "")
    if g == "chunks" and "CSV rows" in note:
        return "C10"
    if g == "icsalt":
        return "C11"
    if form in ("core12_plus_checkdigit_in_words", "concat_parts", "asr"):
        return "C8"
    if g == "asr" and k == "mpan":
        return "C8"
    if k == "mpan_badcheck":
        return "C7"
    if "propagated" in note:
        return "C9"
    if form == "split" or (k == "postcode" and "\n" in tr["surface"]):
        return "C3"
    if k == "address":
        return "C3" if form == "multiline" and "\n" in tr["surface"] and False else "C1"
    if k == "name":
        return "C2"
    if k == "eui" and form == "lower":
        return "C4"
    if k == "mprn" and form in ("thousands", "grouped", "space", "plain"):
        return "C5"
    if form == "in_id":
        return "C6"
    if form in ("b64", "jsonu"):
        return "C12"
    if k == "email" and form == "obfusc":
        return "C13"
    if g == "dlms" and k == "eserial":
        return "C14"
    if g == "asr" and k == "eserial":
        return "C15"
    return "C?"


def main():
    truth = json.load(open(sys.argv[1])); sc = json.load(open(sys.argv[2])); odir = sys.argv[3]
    groups = collections.defaultdict(list)
    for r in sc["results"]:
        if not r["present"]:
            continue
        t = truth[r["file"]]
        for j, d in enumerate(r["ids"]):
            if not d["leaked"]:
                continue
            tr = t["ids"][j]
            groups[classify(r["file"], t["genre"], d, tr)].append((r["file"], d, tr))
    print("| class | misses | distinct values | what |\n|---|---|---|---|")
    for c in sorted(groups, key=lambda x: (-len(groups[x]), x)):
        dv = len({(f, d["value"]) for f, d, tr in groups[c]})
        print("| %s | %d | %d | %s |" % (c, len(groups[c]), dv, CLASSES.get(c, "unclassified")))
    print()
    for c in sorted(groups, key=lambda x: (-len(groups[x]), x)):
        print("### %s (%d): %s\n" % (c, len(groups[c]), CLASSES.get(c, "unclassified")))
        print("| file | kind | form | value | as written (input) | still readable in output |\n|---|---|---|---|---|---|")
        for f, d, tr in groups[c]:
            s = tr["surface"].replace("\n", "⏎").replace("|", "\\|")
            s = "".join(ch if ch.isprintable() else "<U+%04X>" % ord(ch) for ch in s)
            v = d["value"] if isinstance(d["value"], str) else str(d["value"])
            print("| %s | %s | %s | %s | `%s` | `%s` |" % (f, d["kind"], d["form"], v.replace("|", "\\|"), s[:90], str(d["leaked"]).replace("\n", "⏎")))
        print()


if __name__ == "__main__":
    main()
