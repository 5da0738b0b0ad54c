"""Field names that say what a value is: JSON keys, XML elements and attributes, CSV headers, log keys.

Names are compared normalised (lower case, letters and digits only, namespace prefix dropped), so
``meterSerialNumber``, ``METER_SERIAL_NUMBER``, ``sr:MeterSerialNumber`` and ``Meter serial number``
are one name. A value in a sensitive field is masked whatever it looks like (a typo in an MPAN is
still an MPAN). The enclosing names matter too: ``name`` is only a person's name inside a
customer, ``line1`` only an address line inside an address.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from .findings import Kind


# Abbreviations real systems use in field names and labels, expanded word by word before comparing:
# "Cust Name", "Addr Line 1", "Supply No.", "Meter S/N", "MeterSerialNum".
_ABBREVIATIONS = {"cust": "customer", "custs": "customer", "addr": "address", "add": "address", "no": "number",
                  "num": "number", "nbr": "number", "nr": "number", "ser": "serial", "sn": "serialnumber",
                  "s/n": "serialnumber", "pcode": "postcode", "tel": "telephone", "ph": "phone",
                  "mtr": "meter", "dev": "device", "acc": "account", "acct": "account"}
_WORD = re.compile(r"[sS]/[nN]|[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")


# German field names as SAP and European tools write them ("Zählpunkt", "Straße"): letters folded as
# German writes them without umlauts, so that they compare as ASCII
_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss",
                         # and Welsh's circumflexed vowels ("ffôn", "Rhif ffôn") as the plain ones
                         "â": "a", "ê": "e", "î": "i", "ô": "o", "û": "u", "ŵ": "w", "ŷ": "y",
                         "Â": "A", "Ê": "E", "Î": "I", "Ô": "O", "Û": "U", "Ŵ": "W", "Ŷ": "Y"})


_SALESFORCE_SUFFIX = re.compile(r"__(?:c|r|pc)$")


@functools.lru_cache(maxsize=8192)
def normalise_name(name: str) -> str:
    name = name if name.isascii() else name.translate(_GERMAN)
    name = _SALESFORCE_SUFFIX.sub("", name)  # a Salesforce custom field's "__c" ("Account_Number__c")
    name = name.rsplit(":", 1)[-1] if ":" in name and not name.endswith(":") else name
    words = _WORD.findall(name.replace("_", " ").replace("-", " "))
    expanded = [_ABBREVIATIONS.get(w.lower(), w.lower()) for w in words]
    return re.sub(r"[^a-z0-9]", "", "".join(expanded))


# Exact names (after normalising). J0003 / J0004 are the DTC data items MPAN Core / Meter Id.
_EXACT: dict[str, Kind] = {
    **dict.fromkeys(["mpan", "mpancore", "mpancores", "mpanid", "mpannumber", "mpanno", "j0003", "importmpan",
                     "exportmpan", "meterpointadministrationnumber", "supplynumber", "mpancorenumber",
                     "electricitympan", "mpanlist", "relatedmpan", "associatedmpan", "msid", "meteringpointid",
                     "meteringpointnumber", "meteringpoint", "supplypointnumber", "mpoint", "extui",
                     "pointofdelivery", "podid", "mpans", "mpant",
                     # SAP IS-U's external point of delivery id ("Ext. PoD ID", EXT_UI): the MPAN
                     "extpodid", "externalpodid", "extpointofdelivery", "externalpointofdelivery",
                     # "Meter Point" columns of CRM exports hold MPANs and MPRNs alike ("Supply points" is a
                     # page's title as often); a value of 6 to 10 digits is refined to an MPRN where masked
                     # ("MeterPointId" is left: a database's own row key as often as not)
                     "meterpoint", "meterpointnumber",
                     # (not "spid": SQL Server's session id, sp_who's column, as often)
                     "supplypointid",
                     # German (SAP IS-U, EDIFACT tools): the metering point's name
                     "zaehlpunkt", "zaehlpunktbezeichnung", "zaehlpunktnummer", "zaehlpunktid", "marktlokation",
                     "messlokation", "malo", "melo"], Kind.MPAN),
    **dict.fromkeys(["mprn", "mprnid", "gasmprn", "meterpointreference", "meterpointreferencenumber",
                     "gasmeterpoint", "mprnnumber", "supplypointreference", "gassupplypoint",
                     "gassupplypointnumber", "meterpointref", "supplypointref", "spr", "gassupplypointref",
                     # a gas supply's reference as code names it ("def gasRef = 9994547", "gas_ref")
                     "gasref", "gasreference", "gasrefno", "gaspointref", "gaspointreference"], Kind.MPRN),
    **dict.fromkeys(["msn", "j0004", "meterid", "meterserial", "meterserialnumber", "meterserialno",
                     "serialnumber", "serialno", "serial", "gasmeterserial", "gasmeterserialnumber",
                     "electricitymeterserial", "esmeserial", "gsmeserial", "meterno", "meternumber",
                     "meteridserialnumber", "assetserial", "assetserialnumber", "msnnumber", "deviceserial",
                     "deviceserialnumber", "meterreference", "sernr", "geraet", "equnr", "metersn",
                     "meterserialnumbers", "serialnumbers", "gasmeter", "electricitymeter", "elecmeter",
                     "gasmeterid", "gasmeterno", "gasmeternumber", "electricitymeterid", "elecmeterid",
                     "gasmeterserialno", "electricitymeterno", "electricitymeternumber",
                     "zaehlernummer", "zaehler", "zaehlernr", "geraetenummer", "serialnummer"], Kind.MSN),
    **dict.fromkeys(["deviceid", "deviceguid", "deviceeui", "eui", "eui64", "esmeid", "gsmeid", "chfid",
                     "commshubid", "commshubguid", "ihdid", "gpfid", "ppmidid", "hcalcsid", "cadid", "guid",
                     "devicemac", "j1778", "handevice", "handeviceid", "esme", "gsme", "chf", "commshub",
                     "ihd", "ppmid", "euid",
                     # DUIS's names for the devices a request is for and from ("BusinessTargetID", a tracker's
                     # "Business target" column)
                     "businesstarget", "businesstargetid", "businessoriginator", "businessoriginatorid",
                     "targetdevice", "targetdeviceid", "targetdeviceeui"], Kind.DEVICE),
    **dict.fromkeys(["customername", "firstname", "forename", "forenames", "givenname", "surname", "lastname",
                     "familyname", "fullname", "contactname", "accountholder", "accountholdername", "occupier",
                     "occupiername", "tenantname", "consumername", "customerfullname", "personname",
                     "middlename", "initials", "nameofcustomer", "customer", "namelast", "namefirst",
                     "name1", "name2", "billpayer", "payer", "accountname", "contact", "contactperson",
                     "consumer", "occupant", "resident", "homeowner", "landlord", "client", "clientname", "householder",
                     "householdername", "customerforename", "customersurname", "visitor", "keyholder",
                     # a credit check's, a complaint's or a policy's person ("<Applicant>", "Applicant Ama Bell")
                     "applicant", "claimant", "complainant", "policyholder", "guarantor",
                     # the short forms forms and old schemas use ("fname=Paul&lname=Walker", "CUST_FNAME")
                     "fname", "lname", "mname", "custfname", "custlname", "customerfname", "customerlname",
                     "firstnm", "lastnm", "forenm", "surnm", "frstnm", "lstnm",
                     # a payment platform's payer ("shopperName": Adyen's), a card's holder
                     "shoppername", "cardholder", "cardholdername", "payername",
                     # the people a visit's or a defect's record names by their part in it ("Investigator: C. Lane",
                     # "Submitted By: Bill Sharp", "customer signature: MORAG NÍ BHRIAIN")
                     "investigator", "inspector", "surveyor", "assessor", "witnessname", "customersignature",
                     "signedby", "submittedby", "engineername", "fieldengineer"], Kind.NAME),
    **dict.fromkeys(["address", "supplyaddress", "siteaddress", "premisesaddress", "installaddress",
                     "installationaddress", "billingaddress", "customeraddress", "meteringpointaddress",
                     "propertyaddress", "correspondenceaddress", "street", "streetname", "streetaddress",
                     "thoroughfare", "dependentthoroughfare", "town", "posttown", "postaltown", "city",
                     "county", "locality", "dependentlocality", "doubledependentlocality", "district",
                     "buildingname", "buildingnumber", "subbuildingname", "subbuilding", "housenumber",
                     "housename", "flat", "flatnumber", "premises", "premisesname", "uprn", "addressline",
                     "organisationname", "poboxnumber", "city1", "city2", "street1", "street2", "road",
                     "roadname", "housenum1", "housenumber1", "housenum2", "houseno", "premise", "premisesnumber",
                     "siteaddr", "address1", "address2", "address3", "address4", "address5", "fulladdress",
                     "addressline1", "addressline2", "addressline3", "addressline4", "addressline5",
                     "addressee", "propertyname", "propertynumber", "stras", "strasse", "ort01", "ort02",
                     "hausn", "housenum", "streetline",
                     "strasse", "ort", "wohnort", "hausnummer", "hausnr", "hausnumber", "anschrift", "adresse",
                     "verbrauchsstelle", "lieferadresse",
                     # ISO 20022's postal address (pain.008 direct debits, camt.053 statements)
                     "strtnm", "bldgnb", "bldgnm", "flr", "room", "twnnm", "twnlctnnm", "dstrctnm", "ctrysubdvsn",
                     "adrline"], Kind.ADDRESS),
    **dict.fromkeys(["postcode", "postalcode", "zip", "zipcode", "postcodeoutward", "outcode", "incode",
                     "postcode1", "postcode2", "postcd", "pstlz", "plz", "postleitzahl", "pstcd"], Kind.POSTCODE),
    **dict.fromkeys(["email", "emailaddress", "customeremail", "contactemail", "mail"], Kind.EMAIL),
    **dict.fromkeys(["accountnumber", "accountno", "accountnum", "accountid", "accountref", "accountreference",
                     "customeraccount", "customeraccountnumber", "customeraccountno", "customernumber", "customerno",
                     "billingaccount", "billingaccountnumber", "billingaccountno", "acctno", "acctnumber", "acctnum",
                     "accno", "accountcode", "supplyaccount", "energyaccount",
                     # SAP IS-U's business partner: the customer's own number
                     "businesspartner", "businesspartnernumber", "bpnumber", "bpno", "geschaeftspartner",
                     # a payment platform's own key for the customer (Adyen's "shopperReference")
                     "shopperreference", "shopperref", "shopperid",
                     "account"], Kind.ACCOUNT),  # "Acct" / "Account" heading a CRM export's first column
    **dict.fromkeys(["dob", "dateofbirth", "birthdate", "birthday", "dateofbirthdob", "birthdt", "dobdate"], Kind.DOB),
    **dict.fromkeys(["phone", "phonenumber", "telephone", "telephonenumber", "tel", "mobile", "mobilenumber",
                     "contactnumber", "contactphone", "customerphone", "landline", "homephone", "workphone",
                     # (an SMS gateway's name for the handset's number: Vonage's DLR "msisdn=447781459090")
                     "msisdn", "mobileno", "phoneno", "telno"],
                    Kind.PHONE),
}

# Name shapes: anything ending in these. Ordered: first match wins.
_SUFFIXES: list[tuple[re.Pattern[str], Kind]] = [
    (re.compile(r"mpan(core|id|number|no|s)?$|mpxn$"), Kind.MPAN),
    (re.compile(r"mprn(id|number|no)?$"), Kind.MPRN),
    (re.compile(r"(meter)?serial(number|no|num)?$|msn$|meterid$"), Kind.MSN),
    # a meter as a fixture or an asset register names it: "g_asset", "meterAssetId", "asset_tag", "elecAssetNo"
    (re.compile(r"(meter|gas|elec|g|e|m)asset(tag|id|no|number|serial|ref)?$|asset(tag|serial)(no|number)?$"), Kind.MSN),
    (re.compile(r"(device|esme|gsme|chf|commshub|ihd|gpf|ppmid)(id|guid|eui)$"), Kind.DEVICE),
    # (a customer's number, however its system names it: ZigBee's "CustomerIDNumber", "CustNo", "customer_id_no")
    (re.compile(r"(customer|cust)(id|ident|identifier|ref|reference)?(number|no|num|nr)$"), Kind.ACCOUNT),
    # (any field named by its EUI-64: "CH EUI-64", "Hub EUI", "CAD EUI64")
    (re.compile(r"eui(64)?$"), Kind.DEVICE),
    # an account named by whose books it is in ("Supplier Acct", "DCA account no", "Debtor account", "Bank account")
    (re.compile(r"(supplier|customer|billing|energy|supply|gas|elec|electricity|client|debtor|dca|utility|contract|payer|"
                r"bank|prepay|prepayment|consumer|domestic|holder)account(number|no|num|ref|reference|id|code)?$"),
     Kind.ACCOUNT),
    # (and a person named by who they are to the customer: "carer_name", "partnerName", "landlord name")
    (re.compile(r"(first|last|given|family|sur|fore|full|customer|contact|occupier|tenant|carer|partner|spouse|nominee|"
                r"landlord|neighbour|neighbor|resident|householder|payer|caller|complainant|executor|guardian|"
                r"applicant|representative|nextofkin|kin)name$"), Kind.NAME),
    (re.compile(r"postcode$|postalcode$"), Kind.POSTCODE),
    (re.compile(r"(e)?mailaddress$|email$"), Kind.EMAIL),
    (re.compile(r"(tele)?phone(number|no)?$|mobile(number|no)?$"), Kind.PHONE),
    # Welsh, as bilingual letters and forms in Wales write the labels ("Rhif cyfresol y mesurydd nwy", "Cod
    # post", "Cyfeiriad", "Rhif ffôn", "Enw'r cwsmer", "Rhif pwynt mesur"): a meter's serial, a postcode, an
    # address, a telephone, an e-mail address, a customer's name, a supply's number
    (re.compile(r"cyfresol(ymesurydd|mesurydd)?(nwy|trydan)?$|rhif(y)?mesurydd(nwy|trydan)?$"), Kind.MSN),
    (re.compile(r"pwyntmesur(nwy)?$|pwyntcyflenwinwy$"), Kind.MPRN),
    (re.compile(r"rhif(y)?cyflenwad(trydan)?$|pwyntcyflenwitrydan$"), Kind.MPAN),
    (re.compile(r"codpost$"), Kind.POSTCODE),
    (re.compile(r"(cyfeiriad)?ebost$"), Kind.EMAIL),
    (re.compile(r"^cyfeiriad(ycyflenwad|cyflenwi|yreiddo|eiddo)?$"), Kind.ADDRESS),
    (re.compile(r"(rhif)?(ffon|ffonsymudol)$"), Kind.PHONE),
    (re.compile(r"enw(r|y)?(cwsmer|deiliad|deiliadycyfrif)$|^enwllawn$|^enw$"), Kind.NAME),
    # a direct debit's reference is the payer's account with the supplier (BACS ADDACS / AUDDIS / ARUDD reports:
    # <ReturnedDebitItem ref="…">, "Mandate reference", "DDI ref")
    # (not a mandate's own id, "MD-0012", nor a bare "debitRef", a ledger's transaction as often)
    (re.compile(r"(directdebit|dd|ddi)(item|instruction)?(ref|reference)$|debititem(ref|reference)$|^payer(ref|reference)$"),
     Kind.ACCOUNT),
    # ("Rhif cyfrif", "Rhif y cyfrif": an account's number; "Cyfrif" alone heads a bilingual form's account column)
    (re.compile(r"^rhif(y)?cyfrif(cwsmer)?$"), Kind.ACCOUNT),
    # a CRM's street lines (Salesforce's MailingStreet, BillingStreet, ShippingStreet, OtherStreet)
    (re.compile(r"^(mailing|billing|shipping|other|postal|supply|site)street$"), Kind.ADDRESS),
    (re.compile(r"addressline\d*$|address\d$|(supply|site|premises|install|billing|customer|property)address$"),
     Kind.ADDRESS),
]
# A supply point named with its fuel and a reference word, in any order, as CRMs and exports name the
# column: "Supply Point (Gas)", "Gas_Supply_Ref__c" (a Salesforce custom field), "supplyPointId",
# "Electricity Supply Point Ref", "gasSupplyPointNumber"
_FUEL = r"gas|elec|electric|electricity|power"
_SUPPLY_POINT = re.compile(rf"(?P<fuel>{_FUEL})?(?:supply|meter|metering)?(?:point)?"
                           r"(?P<word>id|ref|reference|number|identifier|core)?"
                           rf"(?P<fuel_after>{_FUEL})?c?")

# Names that contain "address" but are not a postal address.
_NOT_POSTAL = re.compile(r"(ip|ipv4|ipv6|mac|web|email|e?mail|url|http|network|device|bus|memory|return|reply|to|"
                         r"from|cc|bcc|sender|recipient|callback|endpoint|host|server|remote|local|client|bind|"
                         r"listen|proxy|gateway|socket|peer|source|destination|target|wallet|contract|"
                         r"broadcast|multicast|physical|virtual|hardware|base|start|end|load|return)address")

# Containers whose members are about a person or a place.
_PERSON = re.compile(r"customer|contact|occupier|tenant|consumer|person|accountholder|holder|payer|resident|party|"
                     r"owner|landlord|occupant")
_PLACE = re.compile(r"address|premise|property|location")
# ...but a program's settings and files: Spring's "propertySources" and "propertyResolver", a "fileLocation", a
# "storageLocation" hold configuration, no one's address
_NOT_A_PLACE = re.compile(r"property(?:sources?|resolver|names?|keys?|files?|placeholders?|editor|descriptor|accessor|loader)"
                          r"|(?:file|log|storage|blob|bucket|config|backup|resource|class|jar|module|image|download|upload|"
                          r"cache|temp|tmp|repo|git)location")
# Containers whose id-like members are a meter's serial or a device's id ("meter": {"id": ...}).
_METER = re.compile(r"^(meter|meters|esme|gsme|electricitymeter|gasmeter|asset)$")
_DEVICE = re.compile(r"^(device|devices|handevice|chf|commshub|ihd|ppmid|gpf)$")
# the parents whose id is a customer's account number (not "user": a system's login, not "party": a flow's role)
# (not a cloud's "tenant", an API's "client" or a queue's "consumer": their ids are a system's)
_ACCOUNT_HOLDERS = frozenset({"person", "customer", "account", "accountholder", "payer", "billpayer", "occupier",
                              "householder", "debtor"})
_ID_MEMBERS = {"id", "number", "serial", "serialnumber", "sn", "msn", "ref", "reference", "guid", "eui", "deviceid"}
_PERSON_MEMBERS = {"name", "first", "last", "given", "family", "middle", "title", "fullname", "forename",
                   "surname", "initial", "initials", "displayname", "salutation", "dob", "dateofbirth"}
_PLACE_SKIP = {"type", "id", "code", "status", "country", "countrycode", "validfrom", "validto", "effectivefrom",
               "effectiveto", "source", "format", "addresstype", "verified", "lat", "latitude", "lon",
               "longitude", "gridref"}


def classify(name: str, ancestors: Sequence[str] = ()) -> Kind | None:
    """The kind of identifier a field of this name holds, if any."""
    return _classify(name, tuple(ancestors))


# A name's two parts under names that alone may be anything's: "given" and "family" (FHIR's HumanName without its
# parent), "first" and "last", or the same stem before each ("occupier_first", "occupier_last"; "cust_given")
_NAME_HALVES = {"given": "family", "family": "given", "first": "last", "last": "first"}


@functools.lru_cache(maxsize=4096)
def name_partner(name: str) -> str | None:
    """The name (normalised) of the field that holds a name's other part, if this field's name is one half of such
    a pair: "occupier_first" -> "occupierlast", "given" -> "family"."""
    key = normalise_name(name)
    for half, other in _NAME_HALVES.items():
        # (a stem that names a person, or none: "reading_first", "meter_last" are a reading's and a meter's)
        if key.endswith(half) and (len(key) == len(half) or classify(key[:-len(half)]) is Kind.NAME):
            return key[:-len(half)] + other
    return None


# the half a plainly named column of a name's is ("surname" is the "last" and the "family" a bare "first" or "given"
# pairs with)
_PLAIN_HALVES = {"last": ("surname", "lastname", "familyname"), "family": ("surname", "lastname", "familyname"),
                 "first": ("forename", "forenames", "firstname", "givenname"),
                 "given": ("forename", "forenames", "firstname", "givenname")}


def column_kinds(columns: Sequence[str], ancestors: Sequence[str] = ()) -> list[Kind | None]:
    """Each column's kind by its name, and a name's halves as a name's where both stand in the same header or
    statement: (ref, mprn, given, family, postcode) holds people's forenames and surnames; "first" alone is a
    page's, a reading's, anything's."""
    kinds = [classify(column, ancestors) for column in columns]
    if any(kind is None for kind in kinds):
        present = {normalise_name(column) for column in columns}
        # (bare "first" and "last" only beside a column of identifiers: "step,first,last,result" is a run's range)
        others = any(kind is not None for kind in kinds)
        # (or beside the other half named plainly: "id,first,surname", "given,lastname")
        halves = {half for column, kind in zip(columns, kinds, strict=True) if kind is Kind.NAME
                  for half, words in _PLAIN_HALVES.items() if normalise_name(column).endswith(words)}
        kinds = [Kind.NAME if kind is None and (partner := name_partner(column)) is not None
                 and (partner in present or partner in halves)
                 and (others or normalise_name(column) not in ("first", "last")) else kind
                 for kind, column in zip(kinds, columns, strict=True)]
    return kinds


# The member of an object that holds the value of what the object (its key) names
_VALUE_MEMBERS = frozenset({"value", "val", "v", "data", "text", "stringvalue", "intvalue", "strvalue", "raw",
                            "fieldvalue", "content", "current", "displayvalue", "formattedvalue",
                            # Avro's JSON encoding of a union: {"occupier": {"string": "…"}}
                            "string", "long", "int",
                            # DynamoDB's typed attribute values: {"town": {"S": "Falkirk"}}, {"mprn": {"N": "…"}}
                            "s", "n", "ss", "ns"})


# A key that names how its value is written as well as what it is: "mprn_b64", "customerNameBase64",
# "hexMpan", "serial_raw", "postcodeValue". Decoded, the value is what the rest of the key names (a hash
# is not decoded, and an encrypted value cannot be: neither is a way of writing one).
_AS_WRITTEN = re.compile(r"(?:base64|b64|base32|b32|hex|encoded|enc|raw|plain|plaintext)(?P<rest>[a-z].*)"
                         r"|(?P<stem>[a-z].*?)(?:base64|b64|base32|b32|hex|encoded|enc|raw|bytes|blob|str|string|text|"
                         r"plain|plaintext|value|val)")


# A form's or a sheet's question names its answer with a word of what was done to it after the name: the
# answer is what the name says
_DONE_TO = re.compile(r"(?P<stem>[a-z].*?)(?:used|tested|affected|entered|provided|supplied|involved|selected|chosen|"
                      r"given|captured|submitted|concerned|checked|inquestion|undertest|ifknown|onsite)")


# ...or which of a supply's values it is, or which part: the value is still what the stem names
_QUALIFIED = re.compile(r"(?P<stem>[a-z].*?)(?:full|core|top|topline|old|new|current|curr|previous|prev|primary|secondary|"
                        r"main|import|export|original|orig|clean|cleaned|formatted|display|masked|unmasked|normalised|"
                        r"normalized|input|output|expected|actual)")

# (not "primary" or "current": a "primaryContact" is a desk's as often as a person's)
_QUALIFIED_BEFORE = re.compile(r"(?:payer|payee|new|old|previous|prev|original|orig)+(?P<stem>[a-z]{4,})")

# the endings of the files a tester handles: a dotted name ending so is a file's, not a field's path
_FILE_TYPES = frozenset("""json jsonl ndjson xml csv tsv psv txt log png jpg jpeg gif bmp webp tif tiff docx doc xlsx xls
pdf html htm yaml yml eml msg zip md rtf diag vtt""".split())


# a postcode's halves in fields of their own ("pc_out", "pc_in", "postcode_inward", "outward_code"): each half is
# the postcode's, and a reader joins them
_POSTCODE_HALF = re.compile(r"(?:postcode|postalcode|pc)(?:out|in|outward|inward|part[12]|half[12]?|first|second|[12])"
                            r"|(?:outward|inward)(?:postcode|pc|code)")


@functools.lru_cache(maxsize=8192)
def _classify(name: str, ancestors: tuple[str, ...]) -> Kind | None:
    key = normalise_name(name)
    if not key:
        return None
    if _POSTCODE_HALF.fullmatch(key):
        return Kind.POSTCODE
    if "." in name and not ancestors:  # "account.holder", "meter.id": a dotted path names its parents
        *parents_in_name, last = [p for p in name.split(".") if p]
        if parents_in_name and last.lower() in _FILE_TYPES:
            return None  # a file's name before a colon ("cr123_siteaddress.json: refused"), no field's
        if parents_in_name:
            return _classify(last, tuple(parents_in_name))
    if key in _EXACT:
        return _EXACT[key]
    if _NOT_POSTAL.search(key):
        return Kind.EMAIL if "mail" in key else None
    for pattern, kind in _SUFFIXES:
        if pattern.search(key):
            return kind
    supply = _SUPPLY_POINT.fullmatch(key)
    fuelled = bool(supply and (supply["fuel"] or supply["fuel_after"]))
    # (not "Supply points" alone, a page's title as often, nor "Gas supply", a yes or no; "MeterPointId"
    # is a database's own row key as often as not, "GasMeterPointRef" is not)
    # ("GasPointId", "ElecPointRef": a fuel's point named with its reference word)
    if supply and (("supply" in key and (supply["word"] or (fuelled and "point" in key)))
                   or ("meterpoint" in key or "meteringpoint" in key) and fuelled
                   or fuelled and "point" in key and supply["word"]):
        fuel = supply["fuel"] or supply["fuel_after"] or ""
        # a gas supply point's reference is its MPRN; an electricity one's, or one of either fuel, an MPAN
        # (refined to an MPRN where masked when it has an MPRN's 6 to 10 digits)
        return Kind.MPRN if fuel == "gas" else Kind.MPAN
    if key.endswith("s") and len(key) > 3:  # "MPRN(s)", "meterSerials"
        found = _classify(key[:-1], ancestors)
        if found is not None:
            return found
    written = _AS_WRITTEN.fullmatch(key)  # "mprn_b64", "customerNameBase64", "hexMpan", "postcodeValue"
    if written is not None:
        found = _classify(written["stem"] or written["rest"], ancestors)
        if found is not None:
            return found
    qualified = _QUALIFIED.fullmatch(key)  # "mpan_full", "mpanTop", "meter_serial_old", "mprn_new"
    if qualified is not None:
        found = _classify(qualified["stem"], ancestors)
        if found is not None:
            return found
    qualified = _QUALIFIED_BEFORE.fullmatch(key)  # "PayerNewAccount", "oldMeterSerial", "previousPostcode"
    if qualified is not None:
        found = _classify(qualified["stem"], ancestors)
        if found is not None and found is not Kind.NAME:  # (a "newContact" is a form's, "payerName" is read as it is)
            return found
    done_to = _DONE_TO.fullmatch(key)  # "MPAN or MPRN used", "Meter serial tested", "Postcode (if known)"
    if done_to is not None:
        found = _classify(done_to["stem"], ancestors)
        if found is not None:
            return found
    stem = key.rstrip("0123456789")  # "postcode1", "mpan2", "addressline3"
    if stem != key and stem:
        found = _classify(stem, ancestors)
        if found is not None:
            return found
    parents = [normalise_name(a) for a in ancestors if a]
    if parents and key in _VALUE_MEMBERS:
        # "SMOKE_TEST_MPRN: {value: …}", "mpan": {"stringValue": …}: the value of what its parent names
        return _classify(ancestors[-1], ancestors[:-1])
    if parents and key in _ID_MEMBERS:
        if _METER.match(parents[-1]):
            return Kind.MSN
        if _DEVICE.match(parents[-1]):
            return Kind.DEVICE
        if parents[-1] in ("mpan", "meterpoint", "supplypoint", "meteringpoint"):
            return Kind.MPAN
        if parents[-1] in _ACCOUNT_HOLDERS and key in ("id", "number", "ref", "reference"):
            return Kind.ACCOUNT  # a customer's or a payer's own id: Rollbar's "person": {"id": "83839015"}
    if any(_PLACE.search(p) and not _NOT_POSTAL.search(p) and not _NOT_A_PLACE.search(p) for p in parents):
        # inside an address every part is the address, however the system names it ("road", "houseNo")
        return None if key in _PLACE_SKIP else Kind.ADDRESS
    if any(_PERSON.search(p) for p in parents) and key in _PERSON_MEMBERS | {"holder", "name1", "name2"}:
        return Kind.NAME
    if parents and parents[-1] == "account" and key in ("holder", "holdername", "name"):
        return Kind.NAME
    if parents and parents[-1] in ("name", "fullname", "personname", "legalname") and key in _PERSON_MEMBERS \
            and key not in ("title", "salutation"):
        return Kind.NAME  # a name's parts: "name": {"given": "Agnieszka", "family": "Begum"}
    identifier = name.strip()
    if identifier and not any(c.isspace() for c in identifier):  # (a program's name for a value, not a label's words)
        if _PERSON_WORD_LAST.search(identifier):
            return Kind.NAME  # a fixture's or a variable's person, its last word naming whom ("FIXTURE_CUSTOMER", "newTenant")
        if _DEVICE_WORD_LAST.search(identifier):
            return Kind.DEVICE  # a fixture's or a variable's device, its last word naming which ("FIXTURE_CHF", "oldEsme")
    if _one_slip_from(key, "mprn"):
        return Kind.MPRN  # a hand-typed key with a letter slipped ("msprn", "mrpn", "mprm"): no word is so near
    return None


def _word_last(words: tuple[str, ...]) -> re.Pattern[str]:
    """A name whose last word is one of ``words``: after a separator in any case, or capitalised or in capitals
    after a small letter or a digit, as camelCase joins it ("FIXTURE_CHF", "oldEsme"; "pitchf" is none)."""
    camel = "|".join(f"{word.capitalize()}|{word.upper()}" for word in words)
    return re.compile(rf"(?:[_\-.](?i:{'|'.join(words)})|(?<=[a-z0-9])(?:{camel}))$")


_DEVICE_WORD_LAST = _word_last(("chf", "esme", "gsme", "ihd", "gpf", "ppmid"))
# (not "tenant" alone: software's tenants are its customers' organisations, "tenant": "tenant-pit", "azure_tenant")
_PERSON_WORD_LAST = _word_last(("customer", "occupant", "occupier", "homeowner", "billpayer"))


def _one_slip_from(key: str, word: str) -> bool:
    """Is ``key`` ``word`` typed with one slip: a letter added, changed or two swapped (its first letter kept)? Only for a word no English word is one slip from ("mprn"; "mpan" is one from "mean" and "span")."""
    if key == word or key[:1] != word[:1] or not 0 <= len(key) - len(word) <= 1:
        return False  # (not a letter left out: "mpn" is a part number's, "mrn" a customs' reference)
    if len(key) == len(word):
        diffs = [i for i, (a, b) in enumerate(zip(key, word, strict=True)) if a != b]
        return len(diffs) == 1 or (len(diffs) == 2 and diffs[1] == diffs[0] + 1
                                   and key[diffs[0]] == word[diffs[1]] and key[diffs[1]] == word[diffs[0]])
    longer, shorter = (key, word) if len(key) > len(word) else (word, key)
    return any(longer[:i] + longer[i + 1:] == shorter for i in range(len(longer)))
