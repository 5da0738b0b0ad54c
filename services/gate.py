"""The redaction gate: the one place typed or imported text becomes :data:`~attest.core.redacted.Redacted`.

- free text (results, reasons, captions, titles, observations, labels, case text): identifiers are
  replaced (``MPAN001`` for a registered value, ``[MPAN-1]`` otherwise), as ``capture.notes`` does,
  shapes looked for in capitals too, so a serial typed in lower case (``s06ds123456``) is caught;
- identity fields (who recorded it, participant names, the tester, register references, ``--data``):
  a value that holds or looks like an identifier is *refused* with :class:`IdentityRefused` (exit 2)
  naming the field and the kind, never the value: a name rewritten to ``[MPAN-1]`` would be nobody.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from attest.capture.notes import redact_note
from attest.core.errors import InputError
from attest.core.redacted import EMPTY, Redacted
from attest.redaction import Finding, RegisterMatcher, find_identifiers
from attest.redaction.findings import merge

# A person's name or a reference has no long digit run; an MPAN core, a serial's digits, an account
# number do. Five digits in a row is where a value stops looking like a name.
_DIGITS = re.compile(r"\d{5,}")


class IdentityRefused(InputError):
    """An identity field holds (or looks like) an identifier: refused, the value never echoed."""


def _findings(text: str, register: RegisterMatcher | None, forenames: bool = True) -> list[Finding]:
    # typed: shapes are also looked for in capitals ("s06ds123456", "l81lh"), names and addresses not
    # (a capitalised "NOT HOME" after "account holder is" would read as a name)
    return merge(find_identifiers(text, register, "text", typed=True, forenames=forenames))


def identifier_kind(text: str, register: RegisterMatcher | None = None, *, person: bool = False) -> str | None:
    """The kind of identifier ``text`` holds or looks like (``"MPAN"``, ``"MSN"``, ``"number"``), else None.
    ``person``: the text is a person's name where one is asked for (the tester, a participant), so a
    name known only by its forename is what is expected there, not a leak (a titled, labelled or
    registered name is still refused)."""
    found = _findings(text, register, forenames=not person)
    if found:
        # the widest finding says what the text is (an e-mail address, not the name in its local part)
        return max(found, key=lambda f: f.end - f.start).kind.value
    if _DIGITS.search(text):
        return "number"
    return None


# a reference written as references are: a kind's word and a code, in parts joined by hyphens or underscores
# ("MSN-ELEC-01", "DIP-MSG-20260314-000123", "TD_GAS_07")
_REFERENCE_SHAPE = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[-_.][A-Za-z0-9]+){0,6}")
_COMPACT_DATE = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")


def _reference_kind(text: str, register: RegisterMatcher | None) -> str | None:
    """:func:`identifier_kind` for a register reference. In a reference's shape, a kind's word is its prefix,
    not a label ("MSN-ELEC-01" names no serial "ELEC-01"), and a date or a zero-padded counter is no long
    number ("DIP-MSG-20260314-000123"); every other detector still refuses it."""
    if not _REFERENCE_SHAPE.fullmatch(text):
        return identifier_kind(text, register)
    found = [f for f in _findings(text, register, True) if f.detector not in ("label", "field")]
    if found:
        return found[0].kind.value
    runs = [run for run in _DIGITS.findall(text)
            if not _COMPACT_DATE.fullmatch(run) and not (run.startswith("00") and len(run) <= 6)]
    return "number" if runs else None


def redact_free_text(text: str, register: RegisterMatcher | None, *, forenames: bool = True) -> str:
    """Free text with every identifier replaced, whatever its letter case. The result is read once
    more (a short text: cheap) and anything still found is replaced by its kind; a text that does not
    come clean in three rounds is replaced whole. ``forenames=False``: names known only by their
    forename are kept (the run's own people, quoted in a message or named by the machine's login)."""
    cleaned = redact_note(text, register, forenames=forenames) or ""
    for _again in range(3):
        left = _findings(cleaned, register, forenames)
        if not left:
            return cleaned
        for finding in sorted(left, key=lambda f: f.start, reverse=True):
            cleaned = f"{cleaned[:finding.start]}[{finding.kind.value}]{cleaned[finding.end:]}"
        cleaned = redact_note(cleaned, register, forenames=forenames) or ""
    return "[REDACTED NOTE]"


class Gate:
    """Redacts with a workspace's register, read only when some text needs it (no key is asked for
    an empty field). ``register`` is a callable so a caller that already holds one can pass it."""

    def __init__(self, register: RegisterMatcher | Callable[[], RegisterMatcher] | None = None) -> None:
        self._register: RegisterMatcher | None = register if isinstance(register, RegisterMatcher) else None
        self._load = None if isinstance(register, RegisterMatcher) else register

    @property
    def register(self) -> RegisterMatcher | None:
        if self._register is None and self._load is not None:
            self._register = self._load()
        return self._register

    # -- free text

    def text(self, value: str | None) -> Redacted:
        """Free text: identifiers replaced; ``None`` and blank become empty."""
        if value is None or not value.strip():
            return EMPTY
        return Redacted(redact_free_text(value, self.register).strip())

    def optional(self, value: str | None) -> Redacted | None:
        """As :meth:`text`, but ``None`` stays ``None`` (an optional reason not given)."""
        return None if value is None else self.text(value)

    def actor(self, value: str) -> Redacted:
        """The machine's login name or the name a process was started for, when no ``--by`` names the
        person: redacted like typed text, but a person's name is what it holds, so one known only by
        its forename is kept."""
        return Redacted(redact_free_text(value, self.register, forenames=False).strip())

    def file_name(self, value: str) -> Redacted:
        """An evidence file's or a source file's name (``1200023305967_before.png`` becomes ``[MPAN-1]_before.png``),
        or a path: each of its folders' and its file's names read as one (``corpus/2532460332_gas_exchange.txt``:
        read whole, the ten digits after a slash are no file name's first word)."""
        parts = re.split(r"([/\\])", value)
        if len(parts) == 1:
            return Redacted(redact_free_text(value, self.register))
        return Redacted("".join(part if part in ("/", "\\", "") else redact_free_text(part, self.register)
                                for part in parts))

    # -- identity fields

    def person(self, field: str, value: str) -> Redacted:
        """A person's name (who recorded it, a participant, the tester, the signatory): refused if it
        holds or looks like an identifier."""
        value = value.strip()
        kind = identifier_kind(value, self.register, person=True) if value else None
        if kind is not None:
            raise IdentityRefused(field, f"looks like an identifier ({kind}); give a person's name")
        return Redacted(value)

    def reference(self, field: str, value: str) -> Redacted:
        """A register reference (``MPAN001``): refused if it is or looks like an identifier of any kind."""
        value = value.strip()
        kind = _reference_kind(value, self.register) if value else None
        if kind is not None:
            raise IdentityRefused(field, f"expects a test data register reference such as MPAN001, but the value "
                                         f"looks like an identifier ({kind}) itself; register it (attest register "
                                         "add) and give its reference")
        return Redacted(value)

    def references(self, field: str, values: Iterable[str]) -> tuple[Redacted, ...]:
        return tuple(self.reference(field, v) for v in values)


def check_person(field: str, value: str) -> str:
    """The identity check alone, with no workspace (settings, a dialog's field before it is used)."""
    return Gate(RegisterMatcher()).person(field, value)


def person_problem(field: str, value: str) -> str | None:
    """Why ``value`` cannot be a person's name, in words fit for a dialog; None if it can."""
    try:
        check_person(field, value)
    except IdentityRefused as refused:
        return f"{refused.detail[:1].upper()}{refused.detail[1:]}."
    return None


def reference_problem(field: str, value: str) -> str | None:
    """Why ``value`` cannot be a test data register reference, in words fit for a dialog; None if it can (the
    workspace's register decides later whether the reference exists)."""
    kind = _reference_kind(value.strip(), None) if value.strip() else None
    if kind is None:
        return None
    return (f"{field} looks like an identifier ({kind}) itself: give its register reference (such as MPAN001), "
            "never the value")


def remembered_person(value: str) -> str:
    """What the app may remember of a typed name: the name, or nothing if it looks like an identifier."""
    return "" if person_problem("name", value) else value.strip()


def remembered_text(value: str) -> str:
    """What the app may remember of typed text (an environment): redacted, with no register."""
    return Gate(RegisterMatcher()).text(value)


_PLACEHOLDER = re.compile(r"\[([A-Z]+)-\d+\]")


def path_problem(what: str, value: str) -> str | None:
    """Why a folder or file the app would remember (``what``: "workspace folder", "pack template") cannot be
    one: a folder's or the file's name in its path holds an identifier, which this machine's settings would
    keep and the app would show (its window title names the workspace). None if it can be; the value is
    never repeated."""
    kinds = path_identifiers(value)
    if not kinds:
        return None
    return (f"The {what}'s path holds what looks like an identifier ({', '.join(kinds)}) in a folder's or the file's "
            "name. Rename it, or choose another: the path is remembered in this machine's settings and shown by "
            "the app.")


def path_identifiers(value: str) -> list[str]:
    """The kinds of identifier a path's folders' and file's names hold (read as file names are), if any."""
    if not value.strip():
        return []
    shown = Gate(RegisterMatcher()).file_name(value.strip())
    if shown == value.strip():
        return []
    return sorted(set(_PLACEHOLDER.findall(shown))) or ["an identifier"]


def shown_path(value: str | object) -> str:
    """A path as the app may show it (a window title, a message): each folder's and the file's name
    redacted like a file name."""
    return str(Gate(RegisterMatcher()).file_name(str(value)))


# a path or a file's name in a message: a token with a slash or an extension
_PATH = re.compile(r"(?<![\w/\\.~-])(?:[A-Za-z]:)?[\w.~\-/\\]*[\w\-]+\.[A-Za-z0-9]{1,5}(?![\w])")


def safe_message(text: str) -> str:
    """An error message or a log text with any identifier in it replaced: messages name the field,
    file and line, and whatever value they quote is redacted like typed text (never refused: an error
    must still be told)."""
    try:
        # the files a message names, each as a file's name is read (its words apart by underscores, people
        # named by them: "…/register_Leopold-Rudyerd.csv: line 4: …"), then the message as typed text
        text = _PATH.sub(lambda m: redact_free_text(m.group(), None), text)
        return redact_free_text(text, None, forenames=False)  # it may quote the run's own people
    except Exception:  # noqa: BLE001 - a message that cannot be read safely is not shown at all
        return "(a message that could not be checked for identifiers; see the command's input)"
