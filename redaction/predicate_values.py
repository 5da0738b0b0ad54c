"""Values after a key that no ``=`` or ``:`` follows: an RDF triple's predicate, an S-expression's head.

N-Triples and Turtle write a property and its literal with a blank between (``<urn:p:gasSerial> "24M632367" .``,
``vcard:fn "Dawn Stone" ;``), Lisp and Scheme data a pair as a list (``(who "Jack Gold")``, ``(mpan "…")``).
A reader of ``key=value`` pairs sees neither; the key is the IRI's last part, the prefixed name's local part
or the list's first word, and what it names is read as any key's is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .fields import classify
from .findings import Finding, Kind, fits_its_kind
from .line_labels import plausible_person

# the key: an IRI's last part after "/", "#" or ":" (<urn:p:name>, <http://…/vcard#fn>), a prefixed name's local
# part (vcard:street-address, ex:gasSerial), or an S-expression's head; then blanks and a quoted literal
# (a prefixed name starts after no word character nor a hyphen: a base64url blob's every "-" is no start of one)
_PREDICATE = re.compile(r"(?:<[^<>\s]*[/#:](?P<iri>[A-Za-z][\w\-]*)>|(?<![\w:<\-])[A-Za-z][\w\-]*:(?P<local>[A-Za-z][\w\-]*)"
                        r"|\((?P<head>[A-Za-z][\w\-]*))[ \t]+\"(?P<value>(?:[^\"\\\n]|\\.){1,200})\"")
# a person's keys that say so only weakly (see patterns._WEAK_PERSON_KEYS): a name-shaped value only
_PERSON_KEYS = frozenset({"name", "fn", "fullname", "who", "holder", "person", "customer", "occupier", "contact"})


def find_predicate_values(text: str) -> Iterator[Finding]:
    """Each quoted literal after a predicate or a list's head that names an identifier's kind."""
    if '"' not in text or not ("<" in text or "(" in text or ":" in text):
        return
    for match in _PREDICATE.finditer(text):
        key = match.group("iri") or match.group("local") or match.group("head")
        value = match.group("value")
        kind = classify(key)
        if kind is None and key.lower() in _PERSON_KEYS:
            kind = Kind.NAME
        if kind is None or not value.strip() or not fits_its_kind(kind, value):
            continue
        if kind is Kind.NAME and not plausible_person("name", value):
            continue
        yield Finding(*match.span("value"), kind, "field")
