"""A customer's account number and date of birth after the words that name them.

Call notes, bills and CRM logs write them as a person reads them out: ``Acct 6747532037.``, ``Acct 6747
9703 37``, ``Your account number: CUS1 1501 10``, ``account A-F35DABB8 updated by``, ``verified DOB
12-JUL-1961``, ``Date of birth: 03/09/1958``. Neither has a shape of its own (an account number is any
run of digits, a birth date any date), so only the words before one say what it is. In fields and
columns (``accountNumber``, "Date of Birth") they are found by name (:mod:`fields`).

An account number: after ``account``, ``acct`` or ``a/c`` (with ``number``, ``no``, ``ref``, ``id`` or
``#``, and ``customer``/``billing`` before), on the same line, with only a separator or ``is`` between,
five digits or more in up to four groups, or a short prefix and a code (``A-72C8BD31``, ``CUS0823482``).
In a web path too (``/accounts/A-86951115/overview``, ``/customers/A84224581/address``); a client's
reference is its account's (``client-ref=A7418765502``). Not ``account holder``, ``account 2 of 3``, a
register reference (``ACC001``) or a placeholder.
A date of birth: a date in any common form after ``DOB``, ``D.O.B.``, ``date of birth``, ``birth date``
or ``born (on)``, a few words between allowed (``DOB for security 15.06.1980``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .bare_numbers import COMPACT_DATE
from .findings import TICKET_REFERENCE, Finding, Kind
from .textview import TextView

WORDS = ("account", "acct", "a/c", "acc", "customer", "cust", "client", "dob", "d.o.b", "birth", "born")
# a verb that says what a label's value is, was or will be ("Your account number will be 83948830", "MPAN has changed
# to …"), where a colon would stand; every label reads it (patterns' too)
COPULA = (r"\b(?:is(?:[ \t]+now)?|was|will[ \t]+(?:now[ \t]+)?be|(?:has[ \t]+)?(?:been[ \t]+)?(?:changed|updated|moved)[ \t]+to|"
          r"becomes|remains)\b")
_ACCOUNT_LABEL = re.compile(r"(?i)(?:accounts?|billing-accounts?)/(?=[A-Za-z0-9])|customers?/(?=[A-Za-z]{0,2}-?\d{6}|\d{3,4}-\d{3,4}-\d{3,4}(?![\w\-]))|(?:(?:account|acct|a/c|acc(?=\.?[ \t:=#])\.?|acc(?=[A-Z]{2}\d{6,}))(?:[ \t]*(?:number|no\.?|num|ref(?:erence)?|id)"
                            r"(?![A-Za-z])|[ \t]*#)?"
                            # (a customer's reference or number is their account's: "Customer ref: 2224247918")
                            r"|(?:customer|cust)[ \t._\-]*(?:(?:ref(?:erence)?|acc(?:ount)?)\.?(?:[ \t]*(?:number|no\.?|num))?|"
                            r"number|no\.?|num|id|code|#)(?![A-Za-z])"
                            # (a client's reference or account is its account's; a client's id or code is an OAuth app's)
                            r"|client[ \t._\-]*(?:ref(?:erence)?|acc(?:ount)?)\.?(?:[ \t]*(?:number|no\.?|num))?(?![A-Za-z]))"
                            # (a label in brackets before its colon: "Site reference checked (Account no.): …")
                            # (a note in brackets, or a word that says where the number was seen, between the label and
                            # its colon: "Acct (old supplier): A58398622", "Account shown: 4556-4823")
                            r"(?:[ \t]*\([^()\n]{1,30}\)(?=[ \t]*[:=])|[ \t]+(?:shown|given|quoted|entered|provided|held|"
                            r"used|supplied|confirmed|displayed|on[ \t]+file|in[ \t]+use)(?=[ \t]*[:=]))?"
                            # (a bank's account told by its last digits or whole: "Bank account ending 69024420")
                            r"(?:[ \t]+ending(?:[ \t]+(?:in|with))?(?=[ \t]*:?[ \t]*\d))?"
                            rf"[ \t]*\)?[ \t]*(?:[:=#\-–]|{COPULA})?[ \t]*")
_GLUED = re.compile(r"(?i)cust(?:omer)?[_\-][a-z]+[_\-]")
_ACCOUNT_VALUE = re.compile(
    r"(?P<value>(?:[A-Za-z]{1,4}-?)?\d[A-Za-z0-9]*(?:[ \-]\d[A-Za-z0-9]{1,5}){0,3}"  # 6747 9703 37, CUS1 1501 10
    r"|[A-Za-z]{1,4}-(?=[A-Za-z0-9]*\d)[A-Za-z0-9]{6,12})"  # A-72C8BD31
    r"(?![A-Za-z0-9]|[\-.][A-Za-z0-9])")
_ACC_VALUE = re.compile(r"(?:[A-Za-z]{1,3}-?)?\d+[A-Za-z]?")  # (a check letter after: "PV01565030D")
_REFERENCE = re.compile(r"(?i)^(?:acc|acct|account|ref|cust)[-_]?\d{1,6}$")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DOB_LABEL = re.compile(r"(?i)(?:d\.?o\.?b\.?|date[ \t]+of[ \t]+birth|birth[ \t]*date|born(?:[ \t]+on)?)"
                        rf"(?![A-Za-z])[ \t]*(?:[:=\-–]|{COPULA})?[ \t]*"
                        # a few words between ("DOB for security 15.06.1980", "DOB given as …")
                        r"(?:[A-Za-z]{2,12}[ \t]+){0,3}(?:[:=\-–][ \t]*)?")
_DATE = re.compile(rf"(?i)(?P<value>\d{{1,2}}[/.\-]\d{{1,2}}[/.\-](?:\d{{4}}|\d{{2}})|\d{{4}}-\d{{1,2}}-\d{{1,2}}"
                   rf"|\d{{1,2}}(?:st|nd|rd|th)?[ \t\-]+{_MONTH}[ \t\-,]+\d{{4}}|{_MONTH}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]+\d{{4}})"
                   r"(?![A-Za-z0-9])")


def find_customer_values(text: str, view: TextView | None = None) -> Iterator[Finding]:
    view = view or TextView(text)
    view.find_words(WORDS)
    lowered = view.lowered
    for at in sorted({at for word in ("account", "acct", "a/c", "acc", "customer", "cust", "client")
                      for at in view.word_hits(word)}):
        if at > 0 and lowered[at - 1].isalnum():
            continue  # "myaccount", "subaccount"
        label = _ACCOUNT_LABEL.match(text, at)
        if label is None or label.end() == at:
            continue
        if lowered.startswith("cust", at) and _GLUED.fullmatch(label.group()):
            continue  # a reference's own name, its parts joined: "ref=CUST-REF-01 2026-01-18T06:18:14Z"
        value = _ACCOUNT_VALUE.match(text, label.end())
        if value is None:
            continue
        shown = value.group("value")
        if label.group().endswith("/") and " " in shown:
            # a path's segment ends at a blank: "GET /customers/123-456-789 200 1543ms" is the key, then the status
            shown = shown.split(" ", 1)[0]
            value = _ACCOUNT_VALUE.match(text, label.end(), label.end() + len(shown))
            if value is None:
                continue
        digits = sum(c.isdigit() for c in shown)
        if lowered.startswith("acc", at) and not lowered.startswith(("acct", "account"), at) \
                and (digits < 8 or not _ACC_VALUE.fullmatch(shown) or COMPACT_DATE.fullmatch(shown)):
            continue  # "acc" alone is short for much ("acc 95%", "ACC 2026-12-07", an environment's): an account's
            # only as a run of its digits, its system's letters before them maybe ("Acc AC10244798")
        if (digits >= 5 or ("-" in shown[:5] and digits >= 2)) and not _REFERENCE.match(shown) \
                and not _DATE.fullmatch(shown) and not TICKET_REFERENCE.match(shown) \
                and not (lowered.startswith("client", at) and (NOT_AN_ACCOUNT.match(shown) or COMPACT_DATE.fullmatch(shown))):  # "account created 2024-05-01"
            # (nor a ticket's or a test's reference a label's words happen to stand before: "Customer ref TC-1234")
            yield Finding(value.start("value"), value.end("value"), Kind.ACCOUNT, "label")
    for at in sorted({at for word in ("dob", "d.o.b", "birth", "born") for at in view.word_hits(word)}):
        for start in (at - 8, at):  # "date of birth" starts eight characters before its "birth"
            if start < 0 or (start > 0 and lowered[start - 1].isalnum()):
                continue
            label = _DOB_LABEL.match(text, start)
            if label is None or label.end() <= at:
                continue
            date = _DATE.match(text, label.end())
            if date is not None:
                yield Finding(date.start("value"), date.end("value"), Kind.DOB, "label")
            break


# a customer's number in brackets after their name, as a payments or CRM system writes a person ("Mandate for Mx
# MacLeod (A-54321206)", "eilidh campbell (1173785718)"): digits, or a short prefix and digits; not a year
_AFTER_A_NAME = re.compile(r"[ \t]*\((?P<value>(?:[A-Za-z]{1,3}-?)?\d{6,12}|[A-Za-z]{1,3}-\d{4,10}-\d{2})\)")



# a letter's reference to the customer's account: "Our ref: A510085440", "Your reference 6547 5951 9070" (letters of
# its system and digits, or digits in groups); not a ticket's or a job's reference (see another_reference)
# (and the reference a bill or a letter asks the customer to pay or call with: "Direct Debit reference 8718254246.",
# "Please quote CUS/572941/12 when you call", a slash-parted account among them)
_LETTER_REFERENCE = re.compile(r"(?i:\b(?:(?:our|your|direct[ \t]+debit|dd|payment|bank)[ \t]+ref(?:erence)?"
                               r"(?:[ \t]+(?:no\.?|number))?|please[ \t]+quote(?:[ \t]+(?:your|the)[ \t]+"
                               r"(?:account|customer|reference)(?:[ \t]+(?:no\.?|number))?)?))[ \t]*[:#.]?[ \t]*"
                               r"(?P<value>(?:[A-Z]{1,3}-?)?\d{6,12}|\d{3,5}(?:[ ]\d{3,5}){1,3}|[A-Z]{2,4}/\d{4,8}/\d{1,4})"
                               r"(?![\w\-/])")


def find_letter_references(text: str) -> Iterator[Finding]:
    for match in _LETTER_REFERENCE.finditer(text):
        value = match.group("value")
        if another_reference(value) or (value.isdigit() and COMPACT_DATE.fullmatch(value)):
            continue
        yield Finding(*match.span("value"), Kind.ACCOUNT, "label")


def find_accounts_after_names(text: str, names: Iterable[Finding]) -> Iterator[Finding]:
    for name in names:
        bracketed = _AFTER_A_NAME.match(text, name.end)
        if bracketed is None or TICKET_REFERENCE.match(bracketed.group("value")):
            continue
        value = bracketed.group("value")
        if value.isdigit() and COMPACT_DATE.fullmatch(value):
            continue  # "(20260104)": a date (not "A-20981218", an account whose digits read as one)
        yield Finding(bracketed.start("value"), bracketed.end("value"), Kind.ACCOUNT, "label")


# the argument after a supply's in a positional list or a command line: ["1680929779968", "CA-47628660", "62021.1"],
# "replay.sh 2308522167940 A76740602 --case TC_494", a YAML list's next item
_NEXT_ARGUMENT = re.compile(r"(?P<q>[\"']?)(?:[ \t]*[,;|][ \t]*(?:\r?\n[ \t]*)?|(?P<blank>[ \t]+)|(?P<dash>[ \t]*\r?\n[ \t]*-[ \t]+))"
                            r"(?P<r>[\"']?)(?P<value>[A-Za-z]{1,3}[-_/]?\d{6,10}|\d{7,10})(?P=r)(?=[\s,;|\])]|$)")
# ...and the argument before it ("replay.sh A76740602 2308522167940 --case …", ["CA-47628660", "2308522167940"])
_ARGUMENT_BEFORE = re.compile(r"(?:^|(?<=[\s\[(,;|]))(?P<r>[\"']?)(?P<value>[A-Za-z]{1,3}[-_/]?\d{6,10})(?P=r)"
                              r"(?:[ \t]*[,;|][ \t]*(?:\r?\n[ \t]*)?|(?P<blank>[ \t]+))[\"']?$")
# (a command line's next argument is an account's only before an option or the line's end: "… A76740602 --case")
_COMMAND_GOES_ON = re.compile(r"[ \t]+(?:--?[A-Za-z]|>|\||&|;)|[ \t]*\\?\r?$|[ \t]*\\?\n")
# the references a system writes with letters and digits as an account is written: a job's, an invoice's, an order's,
# a backlog item's, a data flow's ("JOB0012345", "INV12345678", "PBI12345678", "D0358001")
NOT_AN_ACCOUNT = re.compile(r"(?i:job|inv|ord|txn|pbi|bug|us|sr|cr|rfc|ref|wo|w|id|msg|run)[-_]?\d|D\d{4}")  # (and a service request's, a
# change request's: "SR1234567", "CR-2024123")
_SUPPLY_KINDS = frozenset({Kind.MPAN, Kind.MPRN, Kind.MSN})


# a YAML list of a program's arguments: a container's "args:", a job's "command:" (its items a command line's words)
_ARGUMENTS_KEY = re.compile(r"(?im)^[ \t]*-?[ \t]*(?:args|arguments|argv|command|cmd|entrypoint)[ \t]*:[ \t]*\r?$")
_LIST_ITEM = re.compile(r"[ \t]*-[ \t]+\S")


def _an_argument_list(text: str, at: int) -> bool:
    """Whether the YAML list item at ``at`` is one of a program's arguments: the list's key above its items names
    them so ("args:", "command:"); bare digits there are a command line's, an account's after a supply's number."""
    line_start = text.rfind("\n", 0, at) + 1
    seen = 0
    while line_start > 0 and seen < 30:
        previous = text.rfind("\n", 0, line_start - 1) + 1
        line = text[previous:line_start - 1]
        if _ARGUMENTS_KEY.fullmatch(line):
            return True
        if not _LIST_ITEM.match(line) and not line.startswith((" " * 6, "\t")):
            return False  # (another key, or the list's end: an item's wrapped text is indented further)
        line_start, seen = previous, seen + 1
    return False


def another_reference(value: str) -> bool:
    """A ticket's, a job's, an invoice's or a flow's reference, written as an account's letters and digits are."""
    return bool(TICKET_REFERENCE.match(value) or NOT_AN_ACCOUNT.match(value))


def find_positional_accounts(text: str, found: Iterable[Finding]) -> Iterator[Finding]:
    """A customer's account as the argument after a supply's identifier, where nothing names it (a job queue's
    positional arguments, a script's command line in a crontab, a container's ``args:``): letters of its system
    and digits ("CA-47628660", "A76740602"); bare digits only as a quoted list's item ("54144852"), and not a
    date, a time in seconds or a ticket's reference."""
    for supply in found:
        if supply.kind not in _SUPPLY_KINDS:
            continue
        before = _ARGUMENT_BEFORE.search(text, max(0, supply.start - 40), supply.start)
        if before is not None and (before.group("r") or before.group("blank")) and not another_reference(before.group("value")) \
                and (not before.group("blank") or _COMMAND_GOES_ON.match(text, supply.end)):
            yield Finding(before.start("value"), before.end("value"), Kind.ACCOUNT, "beside")
        after = _NEXT_ARGUMENT.match(text, supply.end)
        if after is None:
            continue
        value = after.group("value")
        if value.isdigit() and (not (after.group("r") or (after.group("dash") and _an_argument_list(text, supply.start)))
                                or COMPACT_DATE.fullmatch(value)
                                or (len(value) == 10 and value[:2] in ("15", "16", "17", "18", "19"))):
            continue
        if another_reference(value):
            continue
        if not (after.group("r") or after.group("blank") or "\n" in text[supply.end:after.start("value")]):
            continue  # (cells apart by a delimiter, unquoted: a table's row, its next column anything's)
        if after.group("blank") and (value.isdigit() or not _COMMAND_GOES_ON.match(text, after.end())):
            continue  # (words apart by blanks: a sentence's or a table's, "mprn 1234567 PBI12345678 on the rig")
        yield Finding(after.start("value"), after.end("value"), Kind.ACCOUNT, "beside")
