"""Label words as a hurried note misspells them: "acount no", "postocde", "adress is", "custoemr", "mpna".

A handover note or a chat line typed fast names its values with the words the detectors read ("account no",
"postcode", "customer") slipped by one key: two letters swapped, one left out or doubled. The detectors are not
taught each slip; they read a view of the text with the slipped words spelt right (mapped back as the
canonical view is, :mod:`canonical`), as a reader who corrects them without noticing does.

Only slips that are no English word are read so ("umber" is a colour, "pone" and "metre" words of their own),
and not a word's first letter left out ("ccount"); and a note's usual shortenings ("custmr", "nmbr").
"""

from __future__ import annotations

import functools
import re

from .canonical import Canonical, Edit

_LABEL_WORDS = ("account", "address", "postcode", "customer", "serial", "phone", "mobile", "email", "number", "mpan",
                "mprn", "occupier", "tenant", "surname", "forename", "reference")
_SHORTENED = {"custmr": "customer", "cstmr": "customer", "custmer": "customer", "nmbr": "number", "numbr": "number",
              "acnt": "account", "accnt": "account", "acount": "account", "pcode": "postcode", "addy": "address",
              "refrence": "reference", "referance": "reference"}
_WORDS_THEMSELVES = frozenset({"umber", "pone", "mobil", "seria", "accoun", "custome", "postcod", "numbe", "referenc",
                               "tenat", "tenet"})


def _slips(word: str) -> set[str]:
    """One slip of ``word``: two neighbours swapped; for a word of six letters or more, one left out (not its first)
    or one doubled."""
    out = {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)}
    if len(word) >= 6:
        out |= {word[:i] + word[i + 1:] for i in range(1, len(word))}
        out |= {word[:i] + word[i] + word[i:] for i in range(len(word))}
    out.discard(word)
    return out


@functools.cache
def _corrections() -> tuple[dict[str, str], re.Pattern[str]]:
    corrections = {slip: word for word in _LABEL_WORDS for slip in _slips(word) if slip not in _WORDS_THEMSELVES}
    corrections.update(_SHORTENED)
    for word in _LABEL_WORDS:
        corrections.pop(word, None)
    alternatives = "|".join(sorted(corrections, key=len, reverse=True))
    return corrections, re.compile(rf"(?i)(?<![\w\-@./])(?:{alternatives})(?![\w\-@])")


def _cased_like(word: str, shown: str) -> str:
    if shown.isupper():
        return word.upper()
    return word.capitalize() if shown[:1].isupper() else word


def corrected_view(text: str) -> Canonical | None:
    """The text with its slipped label words spelt right, or None when it has none."""
    corrections, pattern = _corrections()
    edits = [Edit(m.start(), m.end(), _cased_like(corrections[m.group().lower()], m.group()), False)
             for m in pattern.finditer(text)]
    return Canonical(text, edits) if edits else None
