"""A value compared with or assigned to a field that code names by an expression.

Tests and scripts pasted as evidence name a field by the way to reach it, not as a key of their own: a Hurl file's
``jsonpath "$.customer.name" == "Glen Moss"``, Postman's ``pm.expect(json.meters[0].serial).to.eql("…")``, Karate's
``match response.customer.surname == '…'``, a script's ``row["surname"] = "Mason"``, Tosca's buffer
``{B[CustName]} = 'bill mason'``, a Fortran namelist's ``OWNER(3) = 'Jack Frost'``. The key-value readers see no
``key: value`` there; the field is the expression's last name (with the one before it as its parent: ``name`` under
``customer``), and the quoted value after the comparison or the assignment is of the kind that field holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .fields import classify
from .findings import Finding, Kind
from .line_labels import ROLE_LABELS, plausible_person
from .patterns import worth_masking
from .shapes import PERSON_SIZED

# the field's name at the end of an expression: a dotted path (its parent before the last dot), a key in brackets,
# or a name with an index after it
# (each name at most forty characters, matched possessively: a long run of letters and digits, a base64 blob before
# an "==", is tried once, not in every split)
_FIELD = (r"(?:(?:[$@]\.|(?<![\w.]))(?:\w{1,40}+(?:\[\d{1,4}\]|\[[\"']\w{1,40}+[\"']\])*+\.){0,8}"
          r"(?P<parent>[A-Za-z_]\w{0,40}+)(?:\[\d{1,4}\])?\.(?P<dotted>[A-Za-z_]\w{0,40}+)"
          r"|(?<!\w)(?P<owner>\w{1,40}+)?\[[\"']?(?P<bracketed>[A-Za-z_]\w{0,40}+)[\"']?\]"
          r"|\b(?P<indexed>[A-Za-z_]\w{0,40}+)\((?:\d{1,4}|\d{1,4},\d{1,4})\))")
# what compares or assigns a value (a matcher's call opens a bracket before it)
_OPERATOR = (r"[\"'\]})]{0,3}[ \t]*(?:===?|!==?|=|:=|\beq\b|\bequals\b|\bis\b|\.to\.(?:eql|equal|be)\(|\.toBe\(|"
             r"\.toEqual\(|\.isEqualTo\(|,[ \t]*(?:equalTo|is)\()[ \t]*\(?")
_COMPARED = re.compile(_FIELD + _OPERATOR + r"(?P<q>[\"'])(?P<value>[^\"'\n]{1,100})(?P=q)")
_ANY_OPERATOR = re.compile(r"==|[\]\)}][ \t]*=|\.(?:to\.eql|toBe|toEqual|isEqualTo)\(|equalTo\(|\beq\b|\bis[ \t]*\(?[\"']")
_METER_FIELDS = frozenset({"meter", "meters", "gasmeter", "gasmeters", "elecmeter", "elecmeters", "meterid"})
_PERSON_WORDS = frozenset({"name", "fullname", "displayname"}) | ROLE_LABELS


_REACH = 200  # characters before an operator that the field's expression may take

# a field named by a quoted string in a UI script's call, the value typed or chosen into it in the call after
# (UFT's ``WinEdit("AccountNo").Set "547969167"``, Selenium's ``find_element(By.ID, "accountNo").send_keys("…")``,
# Playwright's ``fill('#accountNumber', '…')``, the field the call's first argument: not a JSON object's two strings,
# ``"name": "Account", "display_value": …``, Cypress's ``get('[name=mprn]').type('…')``), and a message dump's key,
# its type in brackets and its value (Solace's ``Key 'acct' (STRING) A57719299``)
_SET_IN_CALL = re.compile(
    r"(?P<call>\([ \t]*)?(?P<kq>[\"'])(?:[#.]|\[(?:name|id|data-testid|data-test|data-cy|aria-label)=|id=|name=)?"
    r"(?P<key>[A-Za-z_][\w\-]{0,40}+(?: [A-Za-z][\w\-]{0,20}){0,3})\]?(?P=kq)"
    # (the call closed, other calls chained before the one that types: Selenium Java's "By.id(…)).sendKeys(",
    # Cypress's ".clear().type(")
    r"(?:[ \t]*\){1,3}[ \t]*(?:\.(?:clear|focus|click|scrollIntoView)\(\))*\.(?:Set|SetSecure|Type|SendKeys|Select|"
    r"send_keys|sendKeys|type|fill|setValue|setText|select|selectByVisibleText|selectOption)\(?"
    r"|(?(call)[ \t]*,|(?!)))[ \t]*(?P<q>[\"'])(?P<value>[^\"'\n]{1,100})(?P=q)"
    r"|(?i:\bkey)[ \t]+(?P<tq>[\"'])(?P<typed>[A-Za-z_][\w\-]{1,40})(?P=tq)[ \t]+\([A-Z0-9_]{2,12}\)[ \t]+"
    r"(?P<shown>[^\s\"',;]{1,60})")


def find_code_values(text: str) -> Iterator[Finding]:
    if len(text) >= PERSON_SIZED:
        return
    yield from _set_in_calls(text)
    done = 0  # (read on from where the last window ended: each operator's window once)
    matches: list[re.Match[str]] = []
    for operator in _ANY_OPERATOR.finditer(text):
        start = max(done, text.rfind("\n", 0, operator.start()) + 1, operator.start() - _REACH)
        end = text.find("\n", operator.end())
        end = len(text) if end < 0 else min(end, operator.end() + 120)
        if start >= end:
            continue
        matches.extend(_COMPARED.finditer(text, start, end))
        done = end
    for match in matches:
        key = match.group("dotted") or match.group("bracketed") or match.group("indexed")
        parent = match.group("parent") or match.group("owner")
        kind = classify(key, (parent,)) if parent else classify(key)
        value = match.group("value")
        weak = kind is None and key.lower().replace("_", "") in _PERSON_WORDS and (
            key.lower() != "name" or (parent is not None and classify(parent) is Kind.NAME))
        if weak:
            kind = Kind.NAME
        if kind is None or not worth_masking(value, kind):
            continue
        if kind is Kind.NAME and not (plausible_person("contact" if weak or key.lower() == "name" else key, value)
                                      and (" " in value.strip() or not weak)):
            continue  # a product's or a page's "name" ("checkout"), a flag: a person's shape only
        yield Finding(*match.span("value"), kind, "field")


def _set_in_calls(text: str) -> Iterator[Finding]:
    """The value a UI script types into a field its call names, or a dump's key's value (see ``_SET_IN_CALL``)."""
    for match in _SET_IN_CALL.finditer(text):
        key, group = (match.group("key"), "value") if match.group("key") else (match.group("typed"), "shown")
        # (a list of meters, or a meter's field, in a form holds the meter's serial: "WinList("Meters").Select …")
        kind = classify(key) or (Kind.MSN if key.lower().replace("_", "") in _METER_FIELDS else None)
        value = match.group(group)
        if kind is None or not worth_masking(value, kind):
            continue
        if kind is Kind.NAME and not plausible_person(key, value):
            continue
        yield Finding(*match.span(group), kind, "field")
