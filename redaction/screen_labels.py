"""On-screen labels: which words name an identifier ("MPAN", "Meter serial no.", "Supply address") and
which are ordinary field names ("Status", "Assigned To") that a value never spills into.

OCR misreads labels too ("Meter seria1", "MPAN;"), so labels are compared normalised (lower case,
letters and digits only, look-alike digits read as letters) and, for labels of five letters or more,
allowing one wrong character (two from ten letters). Phrases not in the screen vocabulary fall back
to :func:`fields.classify`, the same names that structured payloads use.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .fields import classify
from .findings import Kind

_SENSITIVE: dict[Kind, list[str]] = {
    Kind.MPAN: ["mpan", "mpans", "mpancore", "mpancores", "mpanid", "mpannumber", "mpanno", "mpxn", "importmpan",
                "exportmpan", "supplynumber", "meterpointadministrationnumber", "mpancorenumber", "electricitympan",
                "relatedmpan", "mpancoreid", "elecmpan", "electricitysupplypoint", "electricitysupplynumber",
                "electricitysupplypointnumber", "supplypointnumber", "topline", "mpantopline", "supplementarydata"],
    Kind.MPRN: ["mprn", "mprnnumber", "gasmprn", "meterpointreference", "meterpointreferencenumber", "mprnno",
                "gassupplypoint", "gassupplypointnumber", "gassupplypointreference", "gassupplynumber",
                "gasmeterpointreference", "gasmeterpointreferencenumber", "gasmeterpoint", "gaspointreference"],
    Kind.MSN: ["msn", "meterserial", "meterserialnumber", "meterserialno", "metersn", "serial", "serialno",
               "serialnumber", "meterid", "meterno", "meternumber", "gasmeterserial", "electricitymeterserial",
               "elecmeterserial", "esmeserial", "gsmeserial", "assetserial", "deviceserial", "deviceserialnumber",
               "gasmeterserialnumber", "elecmsn", "gasmsn", "metersserial", "gasmeter", "electricitymeter",
               "elecmeter", "gasmeterid", "gasmeterno", "gasmeternumber", "electricitymeterid", "elecmeterid",
               "gasmeterserialno", "electricitymeterno", "electricitymeternumber"],
    Kind.DEVICE: ["device", "esme", "gsme", "chf", "ihd", "ppmid", "gpf", "commshub", "hcalcs",
                  "deviceid", "deviceguid", "deviceeui", "esmeid", "gsmeid", "chfid", "commshubid", "ihdid", "gpfid",
                  "ppmidid", "eui", "eui64", "devicemac", "hcalcsid", "cadid", "esmeguid", "gsmeguid", "chfguid"],
    Kind.NAME: ["customer", "customername", "accountholder", "accountholdername", "occupier", "occupiername",
                "tenant", "tenantname", "fullname", "firstname", "forename", "forenames", "surname", "lastname",
                "contactname", "consumername", "customerfullname", "nameofcustomer", "givenname", "familyname"],
    Kind.ADDRESS: ["address", "supplyaddress", "siteaddress", "premisesaddress", "installationaddress",
                   "installaddress", "billingaddress", "customeraddress", "propertyaddress", "meteringpointaddress",
                   "correspondenceaddress", "addressline1", "addressline2", "addressline3", "addressline4",
                   "address1", "address2", "address3", "street", "streetname", "town", "posttown", "city", "county",
                   "locality", "buildingname", "buildingnumber", "housenumber", "housename", "premises", "uprn",
                   "supplypointaddress", "metersiteaddress"],
    Kind.POSTCODE: ["postcode", "postalcode", "zipcode", "postcodeoutward"],
    Kind.EMAIL: ["email", "emailaddress", "customeremail", "contactemail", "emailid"],
    Kind.PHONE: ["phone", "phonenumber", "phoneno", "telephone", "telephonenumber", "tel", "telno", "mobile",
                 "mobilenumber", "mobileno", "contactnumber", "contactphone", "landline", "customerphone"],
    Kind.ACCOUNT: ["account", "acct", "accountref", "accountreference", "accountid", "customerref", "customerreference",
                   "accountnumber", "accountno", "accountnum", "acctno", "customeraccountnumber", "customernumber",
                   "customerno", "billingaccount", "billingaccountnumber", "customeraccount",
                   # SAP IS-U's customer: its business partner and its contract account ("Business Partner 7096929558")
                   "businesspartner", "businesspartnernumber", "businesspartnerno", "bpnumber", "bpno", "bp",
                   "contractaccount", "contractaccountnumber", "contractaccountno"],
    Kind.DOB: ["dob", "dateofbirth", "birthdate"],
}
VOCABULARY: dict[str, Kind] = {label: kind for kind, labels in _SENSITIVE.items() for label in labels}
# fields.classify knows these as identifiers in payloads, but on screen they label other things
_NOT_ON_SCREEN = {"guid", "id", "name", "mail", "flat", "zip", "district", "msid", "organisationname"}
# Labels strong enough to take the next token as their value without a colon ("MPAN 1200...").
STRONG = frozenset({Kind.MPAN, Kind.MPRN, Kind.MSN, Kind.DEVICE, Kind.POSTCODE, Kind.PHONE})

# Ordinary field names and column headers seen on CRM, ADO, DIP and DUIS screens.
_COMMON = {
    "id", "status", "state", "type", "title", "name", "tariff", "account", "accountreference", "accountref",
    "reference", "ref", "created", "createddate", "createdby", "updated",
    "lastupdated", "updatedby", "changed", "changeddate", "changedby", "date", "time", "timestamp", "step",
    "teststep", "stepno", "testcase", "testcaseid", "testcaseref", "testcasereference", "result", "results",
    "priority", "severity", "owner", "assignedto", "assignee", "notes", "note", "comments", "comment",
    "description", "supplier", "region", "profileclass", "workitemtype", "areapath", "iteration", "iterationpath",
    "tags", "message", "messagetype", "messageid", "msgtype", "correlationid", "direction", "sent", "received",
    "source", "destination", "level", "details", "actions", "action", "outcome", "expected", "expectedresult",
    "actual", "actualresult", "evidence", "attachments", "requestid", "responsecode", "sender", "recipient", "role",
    "channel", "mode", "metertype", "fuel", "fueltype", "registers", "energisationstatus", "paymentmethod",
    "dateofbirth", "dob", "scenario", "run", "runid", "tester", "witness", "environment", "release", "version",
    "duration", "start", "end", "started", "finished", "service", "servicerequest", "srv", "command", "response",
    "code", "error", "errorcode", "reason", "category", "subject", "from", "to", "cc", "summary", "defect",
    "defects", "observation", "observations", "flow", "dataflow", "flowtype", "file", "filename", "size",
    "ssc", "llfc", "gsp", "gspgroup", "dno", "mop", "dc", "da", "mam", "mem", "effectivefrom", "effectiveto",
    "validfrom", "validto", "portfolio", "siteid", "contract", "product", "plan", "balance", "lastread",
    "reading", "readings", "readdate", "installed", "installdate", "manufacturer", "model", "firmware",
    "firmwareversion", "smetsversion", "commsstatus", "connection", "event", "events", "log", "logs", "host",
    "user", "username", "operator", "queue", "team", "dipid", "mhhsid", "participantid", "marketrole", "pub",
    "if", "ifs", "interface", "payload", "body", "headers", "header", "value", "key", "field", "count", "total",
    "country", "contract", "nationality", "language", "currency", "customers", "addresses", "devices", "meters",
    "meterpoints", "serials", "postcodes", "contacts", "names", "emails", "phones", "accounts", "tenants",
    "premise", "customerdetails", "customersearch", "meterdetails", "devicedetails", "contactdetails",
    # what a grid's number column may be, other than an identifier (a header over one decides: row_numbers)
    "invoice", "invoiceno", "invoicenumber", "jobid", "jobno", "ticket", "ticketno", "ticketid", "orderno",
    "ordernumber", "orderid", "workitem", "workitemid", "transactionid", "batchid", "buildid", "caseid", "caseno",
    "incidentno", "amount", "quantity", "consumption", "kwh", "sequence",
    # a bill's meter and reading table ("Previous", "Present", "Units", "Rate")
    "previous", "present", "units", "unit", "rate", "unitrate", "charge", "charges", "period", "days",
    # SAP IS-U's own objects, numbered by the system: an installation, a business partner, a contract
    "installation", "installationno", "businesspartner", "bp", "partner", "equipment", "equipmentno",
    "connectionobject", "devicelocation", "contractaccount", "ratecat", "ratecategory", "billingclass",
}
_DIGIT_AS_LETTER = str.maketrans({"0": "o", "1": "l", "5": "s", "8": "b", "|": "l", "!": "l", "$": "s"})


def normalise_label(text: str) -> str:
    """Lower case, letters and digits only; digits read for letters folded back when letters dominate."""
    text = text.strip().strip("\"'`*#:=.;,|()[]{}<>").lower()
    letters = sum(ch.isalpha() for ch in text)
    digits = sum(ch.isdigit() for ch in text)
    if letters >= 2 * max(1, digits) and not re.search(r"(line|address)\s*\d$", text):
        text = text.translate(_DIGIT_AS_LETTER)
    return re.sub(r"[^a-z0-9]", "", text)


def _distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, giving up above ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


# Fuzzy label matching compares each new screen word with every label; done naively it cost ~0.1 s
# per dense 1080p screen (tens of thousands of edit-distance tables in Python). Two strings within
# k edits share a string made from each by deleting at most k characters (delete the substituted
# and the extra characters on each side), so an index of the labels' deletion variants names every
# label that can be within k edits of a word; the exact rule above then decides among those few.

def _deletions(word: str, depth: int) -> set[str]:
    """``word`` and every string made from it by deleting up to ``depth`` characters."""
    found = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1:] for w in frontier for i in range(len(w))}
        found |= frontier
    return found


def _index(labels: list[str], depth: int) -> dict[str, list[str]]:
    """Deletion variant -> the labels (in ``labels`` order) it comes from."""
    index: dict[str, list[str]] = {}
    for label in labels:
        for variant in _deletions(label, depth):
            index.setdefault(variant, []).append(label)
    return index


@lru_cache(maxsize=1)
def _vocabulary_index() -> tuple[dict[str, list[str]], dict[str, int]]:
    labels = [label for label in VOCABULARY if len(label) >= 5]
    return _index(labels, 2), {label: i for i, label in enumerate(labels)}


@lru_cache(maxsize=1)
def _common_index() -> tuple[dict[str, list[str]], dict[str, int]]:
    labels = sorted(c for c in _COMMON if len(c) >= 6)
    return _index(labels, 1), {label: i for i, label in enumerate(labels)}


def _near(indexed: tuple[dict[str, list[str]], dict[str, int]], key: str, limit: int) -> list[str]:
    """The indexed labels that may be within ``limit`` edits of ``key``, in the labels' order (so
    that ties are broken as a scan of the whole list would break them)."""
    index, order = indexed
    found: set[str] = set()
    for variant in _deletions(key, limit):
        found.update(index.get(variant, ()))
    return sorted(found, key=order.__getitem__)


@lru_cache(maxsize=8192)
def label_kind(text: str) -> Kind | None:
    """The kind of identifier a screen label names, if it is one."""
    key = normalise_label(text)
    if len(key) < 2 or len(key) > 40:
        return None
    digits = sum(ch.isdigit() for ch in text)
    if digits > 2 or digits * 2 > sum(ch.isalpha() for ch in text):
        return None  # a label is words ("Address line 2"); "MPAN 1580591718759" is a label and its value
    if any(token.isdigit() and len(token) > 1 for token in text.split()):
        return None  # "Supply number 28" is the label and the first group of a spaced MPAN
    if _OUTWARD_CODE.fullmatch(text.strip()):
        return None  # "SN2", "E1": a postcode's first half ("Postcode  SN2 1AZ"), not "SN" numbered
    if text.rstrip().endswith(("…", "...")) and len(key) >= 3 and key.isalpha():
        # a header cut short by a narrow column ("Meter…", "Postc…"): when in doubt, it is sensitive
        if key in _COMMON:
            return None
        for label, kind in VOCABULARY.items():
            if label.startswith(key):
                return kind
        return None
    if key in VOCABULARY:
        return VOCABULARY[key]
    if key in _COMMON or key in _NOT_ON_SCREEN:
        return None
    if ("…" in text or "..." in text) and not text.rstrip().endswith(("…", "...")):
        return None  # a cut-off word inside a phrase: two header cells run together
    if len(key) >= 5 and key.isalpha() or len(key) >= 10:
        best = None
        # only the labels that share a deletion variant with the key can be within two slips of it
        # (the index is a superset filter; the test below is the rule)
        for label in _near(_vocabulary_index(), key, 2 if len(key) >= 10 else 1):
            # one slip, or two in a long label that starts the same way (not a neighbour's word in front)
            limit = 2 if len(key) >= 10 and key[0] == label[0] else 1
            if len(label) >= 5 and abs(len(label) - len(key)) <= limit and _distance(key, label, limit) <= limit:
                if best is None or len(label) > len(best[0]):
                    best = (label, VOCABULARY[label])
        if best is not None:
            return best[1]
    # a bilingual field name, Welsh and English ("Mesurydd / Meter", "Rhif MPAN / MPAN number"): either half says
    # the kind
    if (halves := _BILINGUAL.fullmatch(text)) is not None:
        return label_kind(halves.group("first")) or label_kind(halves.group("second"))
    # a field name with what it holds in brackets ("Gas supply point (MPRN)", "MPRN (gas)"): the words in
    # brackets say the kind, or else the words before them do
    if (bracketed := _BRACKETED.fullmatch(text)) is not None:
        return label_kind(bracketed.group("inner")) or label_kind(bracketed.group("main"))
    # field names ("importMpanCore", "Gas meter serial number"), but not sentences that end in one
    if len(text.split()) <= 3:
        return classify(key)
    return None


_OUTWARD_CODE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?")
_BILINGUAL = re.compile(r"\s*(?P<first>[^/\d]{2,40}?)\s+/\s+(?P<second>[^/\d]{2,40}?)\s*:?\s*")
_BRACKETED = re.compile(r"\s*(?P<main>[^()\[\]]{2,40}?)\s*[(\[](?P<inner>[^()\[\]]{2,30})[)\]]\s*:?\s*")


def is_listed_label(text: str) -> bool:
    """Is ``text`` exactly (after normalising) a field name of the screen vocabulary?"""
    key = normalise_label(text)
    return key in VOCABULARY or key in _COMMON


@lru_cache(maxsize=8192)
def is_common_label(text: str) -> bool:
    key = normalise_label(text)
    if key in _COMMON:
        return True
    if (halves := _BILINGUAL.fullmatch(text)) is not None:  # "Unedau / Units"
        return is_common_label(halves.group("first")) or is_common_label(halves.group("second"))
    if len(key) >= 6:
        return any(len(c) >= 6 and _distance(key, c, 1) <= 1 for c in _near(_common_index(), key, 1))
    return False


def looks_like_label(text: str) -> bool:
    """A field name of any kind: sensitive, ordinary, or anything written as ``Something:``."""
    stripped = text.strip()
    if stripped.endswith(":") and len(stripped) <= 40 and not any(ch.isdigit() for ch in stripped[:-1]):
        return True
    return label_kind(stripped) is not None or is_common_label(stripped)


_SHAPES: dict[Kind, re.Pattern[str]] = {
    Kind.MPAN: re.compile(r"(?:\d[\s\-.]?){6,}"),
    Kind.MPRN: re.compile(r"(?:\d\s?){5,}"),
    Kind.MSN: re.compile(r"[A-Za-z0-9]*\d[A-Za-z0-9\-/]*"),
    Kind.DEVICE: re.compile(r"(?:[0-9A-Fa-f]{2}[-: ]?){4,}"),
    Kind.POSTCODE: re.compile(r"[A-Za-z]{1,2}\d[A-Za-z\d]?\s*\d[A-Za-z]{2}"),
    Kind.EMAIL: re.compile(r"\S+@\S+"),
    Kind.PHONE: re.compile(r"(?:\d[\s\-()]?){7,}"),
    Kind.ADDRESS: re.compile(r"\d"),
    Kind.ACCOUNT: re.compile(r"(?:\d[\s\-]?){5,}|[A-Za-z]{1,4}-?[A-Za-z0-9]*\d"),
    Kind.DOB: re.compile(r"\d{1,4}[/.\-\s]+(?:\d{1,2}|[A-Za-z]{3,9})[/.\-\s]+\d{2,4}"),
}


def plausible_value(kind: Kind, text: str) -> bool:
    """Does ``text`` look like a value of this kind? (Used to tell a form's value from a neighbouring
    label; never to decide that a value under a sensitive label is safe.)"""
    shape = _SHAPES.get(kind)
    if shape is None:
        return False
    return bool(shape.search(text))


# What a screen shows beside a field that is certainly not the field's identifier, read whole: a test
# case reference ("FM_TS_6_TC_25": capitals and digits in three or more underscore-joined parts, which no
# meter serial, MPRN or device id is written as), a UUID, an ISO timestamp. A header's title to the
# left of a page's reference is no form field ("Gas meter point ... FM_TS_6_TC_25").
_NOT_AN_IDENTIFIER = re.compile(
    r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+){2,}"
    # the reference the seeds tell testers to write instead of a supply's number ("MPAN-REF-20"), a data flow's name
    # and version ("D0302", "D0010001"), an interface's message ("IF-031")
    r"|(?:[A-Z]{2,8}-)?REF-\d{1,6}|D\d{4}(?:\d{3})?|IF-\d{3}"
    r"|[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}"
    r"|\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?"
    # a column's data type beside its name (pandas' "df.dtypes", a database tool's table of columns: "mprn  float64",
    # "mpan_core  varchar(13)"), no value of it
    r"|(?i:u?int(?:8|16|32|64)?|float(?:16|32|64)?|complex(?:64|128)|object|bool(?:ean)?|str(?:ing)?|category|"
    r"datetime64(?:\[ns(?:, ?UTC)?\])?|timedelta64(?:\[ns\])?|(?:var|n?var)?char(?:\(\d+\))?|text|integer|bigint|"
    r"smallint|numeric(?:\(\d+(?:, ?\d+)?\))?|decimal(?:\(\d+(?:, ?\d+)?\))?|date|timestamp(?:tz)?|uuid|jsonb?)")


# a cell that opens with a date and a time is a log line or a dated entry ("2024-01-14 15:51:05 WARN
# [e7b9…] Device …", "24-06-14 05:43:16" with the century lost to OCR), never a field's identifier
_OPENS_WITH_TIME = re.compile(r"\d{2}(?:\d{2})?-\d{2}-\d{2}[T ]\d{2}:\d{2}")


def opens_with_time(text: str) -> bool:
    """Does ``text`` (one cell) start with a date and a time?"""
    return bool(_OPENS_WITH_TIME.match(text.strip()))


def is_known_non_identifier(text: str) -> bool:
    """Is ``text`` (one cell, read whole) a test case reference, a UUID or a timestamp?"""
    return bool(_NOT_AN_IDENTIFIER.fullmatch(text.strip()))
