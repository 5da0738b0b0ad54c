"""Build the held-out text corpus and truth.json.  Run: python3 gen/build.py (from /tmp/ho32/text)."""
import os, sys, json, codecs, shutil
sys.path.insert(0, os.path.dirname(__file__))
import common
from common import R, Doc
import genres_a as A, genres_b as B, genres_c as C

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "corpus")

# genre -> (function, count, extension, windows-ish?)
GENRES = {
    "dtc_d0010": (A.g_d0010, 10, "txt", False),
    "dtc_d0086": (A.g_d0086, 7, "txt", False),
    "dtc_d0150_d0149": (A.g_d0150, 8, "txt", False),
    "dtc_d0205": (A.g_d0205, 7, "txt", False),
    "dtc_d0055": (A.g_d0055, 6, "txt", False),
    "gas_flow": (A.g_gasflow, 8, "csv", True),
    "duis_request": (A.g_duis_req, 10, "xml", False),
    "duis_response": (A.g_duis_resp, 8, "xml", False),
    "if031_json": (A.g_if031, 12, "json", False),
    "mhhs_json_other": (A.g_if_other, 7, "json", False),
    "crm_csv": (A.g_crm_csv, 9, "csv", True),
    "ado_csv": (A.g_ado_csv, 9, "csv", True),
    "psql": (A.g_psql, 8, "txt", False),
    "ssms_grid": (A.g_ssms, 8, "tsv", True),
    "sheet_csv_tsv": (A.g_sheet_csv, 10, "csv", True),
    "mq_dump": (A.g_mq, 5, "txt", False),
    "app_log": (B.g_applog, 12, "log", False),
    "harness_log": (B.g_harness, 11, "log", False),
    "jira_comment": (B.g_jira, 9, "txt", False),
    "email_reply_chain": (B.g_email_plain, 9, "eml", True),
    "email_qp": (B.g_email_qp, 7, "eml", True),
    "email_html": (B.g_email_html, 8, "html", True),
    "teams_chat": (B.g_teams, 9, "txt", True),
    "slack_json": (B.g_slack, 6, "json", False),
    "call_notes": (B.g_callnotes, 10, "txt", True),
    "html_tracker": (B.g_html_tracker, 7, "html", True),
    "yaml_config": (B.g_yaml, 7, "yaml", False),
    "ini_config": (B.g_ini, 6, "ini", True),
    "stack_trace": (B.g_stack, 8, "log", False),
    "markdown_notes": (B.g_markdown, 8, "md", False),
    "encoded_payload": (B.g_encoded, 10, "txt", False),
    "field_job_sheet": (B.g_jobsheet, 7, "txt", True),
    "sap_idoc": (B.g_idoc, 5, "txt", False),
    "curl_transcript": (B.g_curl, 6, "txt", False),
    "defect_report": (B.g_defect, 8, "txt", True),
    "witness_minutes": (B.g_witness, 6, "txt", True),
    "bill_pdftotext": (C.g_bill, 6, "txt", False),
    "servicenow": (C.g_snow, 6, "txt", True),
    "pasted_obfuscated": (C.g_pasted, 14, "txt", True),
    "ndjson_events": (C.g_ndjson, 6, "jsonl", False),
    "register_export": (C.g_register, 5, "csv", False),
    "soap_mop": (C.g_soap, 6, "xml", False),
    "ado_step_comment": (C.g_ado_comment, 8, "txt", False),
    "sms_log": (C.g_sms, 4, "csv", True),
}


def choose_encoding(win, text):
    r = R.random()
    if r < 0.62:
        return "utf-8"
    if r < 0.74:
        return "utf-8-sig"
    if r < 0.80:
        return "utf-16-le-bom"
    if r < 0.83:
        return "utf-16-be-bom"
    if r < 0.86:
        return "utf-16-le"      # no BOM
    if r < 0.89:
        return "utf-32-le-bom"
    if r < 0.90:
        return "utf-32-be"      # no BOM
    try:
        text.encode("cp1252")
        return "cp1252"
    except UnicodeEncodeError:
        return "utf-8"


def encode(text, enc):
    if enc == "utf-8":
        return text.encode("utf-8")
    if enc == "utf-8-sig":
        return codecs.BOM_UTF8 + text.encode("utf-8")
    if enc == "utf-16-le-bom":
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    if enc == "utf-16-be-bom":
        return codecs.BOM_UTF16_BE + text.encode("utf-16-be")
    if enc == "utf-16-le":
        return text.encode("utf-16-le")
    if enc == "utf-32-le-bom":
        return codecs.BOM_UTF32_LE + text.encode("utf-32-le")
    if enc == "utf-32-be":
        return text.encode("utf-32-be")
    if enc == "cp1252":
        return text.encode("cp1252")
    raise ValueError(enc)


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    truth = {"files": {}}
    failures = 0
    for genre, (fn, count, ext, win) in GENRES.items():
        made = 0
        while made < count:
            name = f"{genre}_{made + 1:02d}.{ext}"
            d = Doc(genre, name)
            text = fn(d)
            # line endings: generators emit \n or \r\n; flip some
            nl = "crlf" if "\r\n" in text else "lf"
            if nl == "lf" and R.random() < (0.35 if win else 0.1):
                text = text.replace("\n", "\r\n"); nl = "crlf"
            elif nl == "crlf" and R.random() < 0.15:
                text = text.replace("\r\n", "\n"); nl = "lf"
            secrets, keeps, ok = [], [], True
            for e in d.secrets:
                v = e["value"].replace("\r\n", "\n")
                if nl == "crlf":
                    v = v.replace("\n", "\r\n")
                e["value"] = v
                if v not in text:
                    ok = False; break
                if "canon" not in e and "tokens" not in e:
                    ok = False; break
                if e not in secrets:
                    secrets.append(e)
            if not ok:
                failures += 1
                continue
            for k in d.keeps:
                if len(k["value"]) >= 3 and k["value"] in text and k not in keeps:
                    # a keep that is itself inside a secret value is not a keep
                    if any(k["value"] in s["value"] for s in secrets):
                        continue
                    keeps.append(k)
            enc = choose_encoding(win, text)
            with open(os.path.join(OUT, name), "wb") as f:
                f.write(encode(text, enc))
            truth["files"][name] = {"genre": genre, "encoding": enc, "newline": nl,
                                    "secrets": secrets, "keeps": keeps}
            made += 1
    truth["summary"] = {"files": len(truth["files"]), "genres": len(GENRES),
                        "secrets": sum(len(f["secrets"]) for f in truth["files"].values()),
                        "keeps": sum(len(f["keeps"]) for f in truth["files"].values()),
                        "generation_retries": failures}
    with open(os.path.join(ROOT, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, indent=1, ensure_ascii=False)
    print(json.dumps(truth["summary"]))


if __name__ == "__main__":
    main()
