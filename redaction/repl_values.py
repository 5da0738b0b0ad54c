"""What an interactive shell prints for an expression whose last name says what it is.

A tester pastes a REPL session as evidence: ``jshell> sp.account()`` then ``$4 ==> "A-11443074"``, ``>>>
cust.mprn`` then ``'3356448781'``, ``In [3]: sp.get_serial()`` then ``Out[3]: 'E22G59605'``, ``> c.accountNo``
then ``'83839015'``. Nothing beside the value names it; the expression above it does, as a key names its value:
the last member or call of the expression (``getAccount()`` read as ``account``) is judged by
:func:`fields.classify`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .fields import classify
from .findings import Finding
from .patterns import worth_masking

# a prompt and an expression that ends in a member or a call of one without arguments
_PROMPT = re.compile(r"(?m)^(?:jshell>|>>>|>|In \[\d{1,4}\]:|irb\([^)\n]{0,40}\)[:>\d ]*>|(?:\[\d{1,4}\] )?pry\([^)\n]{0,40}\)>|"
                     r"scala>|ghci>|julia>|kotlin>|iex\(\d{1,4}\)>|[\w\-]{1,30}\(\w{1,12}\)>|PS [^>\n]{0,200}>|"
                     # (a shell named by its prompt: "groovy> ", "clojure> ", "sqlite> ")
                     r"[a-z][a-z0-9_\-]{1,15}>(?=[ \t]))"
                     r"[ \t]*(?P<expression>[^\n]{1,300}?)[ \t]*\r?$")
# (a member or a call of one, or a key looked up: a bare word after "> " is a mail's quoted line as often, "> Surname";
# a print round it is the shell's way of showing it: "print(cust.account_number)")
_LAST_NAME = re.compile(r"(?:(?:\.|::|->)(?:get_?|Get)?(?P<name>[A-Za-z_][\w]*)(?:\(\s*\))?|\[[\"'](?P<key>[A-Za-z_][\w]*)[\"']\])"
                        r"\)?;?$")
# the result on the next line: jshell's "$4 ==> …", IPython's "Out[3]: …", irb's "=> …", or the value alone
# (after its shell's mark, or alone as one value: a quoted string or a token; not a traceback, not a table)
_RESULT = re.compile(r"(?m)(?:(?:\$?\w{1,30} ==> |Out\[\d{1,4}\]: |=> |res\d{1,4}: [\w.\[\]]+ = )(?P<value>[^\n]{1,200}?)"
                     r"|(?P<alone>'[^'\n]{1,200}'|\"[^\"\n]{1,200}\"|[\w\-./@+]{1,60})"
                     # (or a list of them, as a field read from every row prints: "gasRows*.MPRN" gives "[8146…, 2214…]")
                     r"|\[(?P<items>[^\[\]\n]{1,600})\])[ \t]*\r?$")
_ITEM = re.compile(r"[ \t]*(?P<q>['\"]?)(?P<value>[^,'\"]+?)(?P=q)[ \t]*(?:,|$)")


def find_repl_values(text: str) -> Iterator[Finding]:
    for prompt in _PROMPT.finditer(text):
        last = _LAST_NAME.search(prompt.group("expression"))
        if last is None:
            continue
        kind = classify(last.group("name") or last.group("key"))
        if kind is None:
            continue
        line_start = prompt.end() + (2 if text.startswith("\r\n", prompt.end()) else 1)
        result = _RESULT.match(text, line_start)
        if result is None or _PROMPT.match(text, line_start):
            continue
        if result.group("items") is not None:
            for item in _ITEM.finditer(text, *result.span("items")):
                if worth_masking(item.group("value"), kind):
                    yield Finding(*item.span("value"), kind, "field")
            continue
        group = "value" if result.group("value") is not None else "alone"
        start, end = result.span(group)
        value = result.group(group)
        if value.startswith("Traceback"):
            continue
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            start, end, value = start + 1, end - 1, value[1:-1]
        if value and worth_masking(value, kind):
            yield Finding(start, end, kind, "field")


MARKERS = ("jshell>", ">>>", "\n> ", "In [", "irb(", "pry(", "scala>", "ghci>", "julia>", "kotlin>", "iex(", "PS ", ")> ",
           "> ")
