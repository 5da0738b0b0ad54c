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


@functools.lru_cache(maxsize=8192)
def normalise_name(name: str) -> str:
    name = name.rsplit(":", 1)[-1] if ":" in name and not name.endswith(":") else name
    return re.sub(r"[^a-z0-9]", "", name.lower())


# Exact names (after normalising). J0003 / J0004 are the DTC data items MPAN Core / Meter Id.
_EXACT: dict[str, Kind] = {
    **dict.fromkeys(["mpan", "mpancore", "mpancores", "mpanid", "mpannumber", "mpanno", "j0003", "importmpan",
                     "exportmpan", "meterpointadministrationnumber", "supplynumber", "mpancorenumber",
                     "electricitympan", "mpanlist", "relatedmpan", "associatedmpan", "msid"], Kind.MPAN),
    **dict.fromkeys(["mprn", "mprnid", "gasmprn", "meterpointreference", "meterpointreferencenumber",
                     "gasmeterpoint", "mprnnumber"], Kind.MPRN),
    **dict.fromkeys(["msn", "j0004", "meterid", "meterserial", "meterserialnumber", "meterserialno",
                     "serialnumber", "serialno", "serial", "gasmeterserial", "gasmeterserialnumber",
                     "electricitymeterserial", "esmeserial", "gsmeserial", "meterno", "meternumber",
                     "meteridserialnumber", "assetserial", "assetserialnumber", "msnnumber", "deviceserial",
                     "deviceserialnumber", "meterreference"], Kind.MSN),
    **dict.fromkeys(["deviceid", "deviceguid", "deviceeui", "eui", "eui64", "esmeid", "gsmeid", "chfid",
                     "commshubid", "commshubguid", "ihdid", "gpfid", "ppmidid", "hcalcsid", "cadid", "guid",
                     "devicemac", "macaddress", "j1778"], Kind.DEVICE),
    **dict.fromkeys(["customername", "firstname", "forename", "forenames", "givenname", "surname", "lastname",
                     "familyname", "fullname", "contactname", "accountholder", "accountholdername", "occupier",
                     "occupiername", "tenantname", "consumername", "customerfullname", "personname",
                     "middlename", "initials", "nameofcustomer", "customer"], Kind.NAME),
    **dict.fromkeys(["address", "supplyaddress", "siteaddress", "premisesaddress", "installaddress",
                     "installationaddress", "billingaddress", "customeraddress", "meteringpointaddress",
                     "propertyaddress", "correspondenceaddress", "street", "streetname", "streetaddress",
                     "thoroughfare", "dependentthoroughfare", "town", "posttown", "postaltown", "city",
                     "county", "locality", "dependentlocality", "doubledependentlocality", "district",
                     "buildingname", "buildingnumber", "subbuildingname", "subbuilding", "housenumber",
                     "housename", "flat", "flatnumber", "premises", "premisesname", "uprn", "addressline",
                     "organisationname", "poboxnumber"], Kind.ADDRESS),
    **dict.fromkeys(["postcode", "postalcode", "zip", "zipcode", "postcodeoutward", "outcode", "incode"],
                    Kind.POSTCODE),
    **dict.fromkeys(["email", "emailaddress", "customeremail", "contactemail", "mail"], Kind.EMAIL),
    **dict.fromkeys(["phone", "phonenumber", "telephone", "telephonenumber", "tel", "mobile", "mobilenumber",
                     "contactnumber", "contactphone", "customerphone", "landline", "homephone", "workphone"],
                    Kind.PHONE),
}

# Name shapes: anything ending in these. Ordered: first match wins.
_SUFFIXES: list[tuple[re.Pattern[str], Kind]] = [
    (re.compile(r"mpan(core|id|number|no|s)?$|mpxn$"), Kind.MPAN),
    (re.compile(r"mprn(id|number|no)?$"), Kind.MPRN),
    (re.compile(r"(meter)?serial(number|no|num)?$|msn$|meterid$"), Kind.MSN),
    (re.compile(r"(device|esme|gsme|chf|commshub|ihd|gpf|ppmid)(id|guid|eui)$"), Kind.DEVICE),
    (re.compile(r"(first|last|given|family|sur|fore|full|customer|contact|occupier|tenant)name$"), Kind.NAME),
    (re.compile(r"postcode$|postalcode$"), Kind.POSTCODE),
    (re.compile(r"(e)?mailaddress$|email$"), Kind.EMAIL),
    (re.compile(r"(tele)?phone(number|no)?$|mobile(number|no)?$"), Kind.PHONE),
    (re.compile(r"addressline\d*$|address\d$|(supply|site|premises|install|billing|customer|property)address$"),
     Kind.ADDRESS),
]
# Names that contain "address" but are not a postal address.
_NOT_POSTAL = re.compile(r"(ip|mac|web|email|e?mail|url|http|network|device|bus|memory|return|reply|to|from|"
                         r"cc|bcc|sender|recipient|callback|endpoint|host|server)address")

# Containers whose members are about a person or a place.
_PERSON = re.compile(r"customer|contact|occupier|tenant|consumer|person|accountholder|payer|resident")
_PLACE = re.compile(r"address|premises|property|location")
_PERSON_MEMBERS = {"name", "first", "last", "given", "family", "middle", "title", "fullname", "forename",
                   "surname", "initial", "initials", "displayname", "salutation", "dob", "dateofbirth"}
_PLACE_SKIP = {"type", "id", "code", "status", "country", "countrycode", "validfrom", "validto", "effectivefrom",
               "effectiveto", "source", "format", "addresstype", "verified", "lat", "latitude", "lon",
               "longitude", "gridref"}


def classify(name: str, ancestors: Sequence[str] = ()) -> Kind | None:
    """The kind of identifier a field of this name holds, if any."""
    return _classify(name, tuple(ancestors))


@functools.lru_cache(maxsize=8192)
def _classify(name: str, ancestors: tuple[str, ...]) -> Kind | None:
    key = normalise_name(name)
    if not key:
        return None
    if key in _EXACT:
        return _EXACT[key]
    if _NOT_POSTAL.search(key):
        return Kind.EMAIL if "mail" in key else None
    for pattern, kind in _SUFFIXES:
        if pattern.search(key):
            return kind
    parents = [normalise_name(a) for a in ancestors if a]
    if any(_PLACE.search(p) and not _NOT_POSTAL.search(p) for p in parents):
        # inside an address every part is the address, however the system names it ("road", "houseNo")
        return None if key in _PLACE_SKIP else Kind.ADDRESS
    if any(_PERSON.search(p) for p in parents) and key in _PERSON_MEMBERS:
        return Kind.NAME
    return None
