"""People named the way messages name them: greeted ("Hi Gethin,", "Thanks Siobhan!", "Dear Iolo"), under a
sign-off ("Kind regards," over "Gurpreet Sandhu"), mentioned (Jira's "[~sian.rhys-evans]", chat's
"@oisin.gallagher") and addressed in a mail's header ("To: Oluwaseun Gallagher; Priya Shah").

E-mails, chat and ticket comments pasted into evidence name people this way more than any other, and
often by a forename no list holds (Welsh, Scottish, Punjabi, Yoruba names are thin in every generated
list). The greeting, the sign-off, the mention or the header says a person is meant, as a title does:
the name after it is masked, whatever it is. Not a group ("Hi all", "Thanks team", "Dear Sir or
Madam") and never a team, service or system (``NOT_A_PERSON``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .fields import classify
from .findings import Finding, Kind
from .line_labels import NOT_A_PERSON
from .names import FUEL_WORD, PARTICLE, any_listed_surname, is_listed_forename, key, name_lists
from .shapes import PERSON_SIZED, STATUS_WORDS

# a capitalised word of a name: letters, with an apostrophe or hyphen between them ("O'Neill", "Rhys-Jones")
_WORD = r"[A-ZÀ-ÖØ-Þ](?:[^\W\d_]|['’\-](?=[^\W\d_]))+"
# (not a fuel's or a meter's word after it: "Engineer: Orla Trelawny   Gas Safe reg 297686")
_NAME = rf"{_WORD}(?:[ \t]+(?!{FUEL_WORD})(?:{PARTICLE}[ \t]+)?{_WORD}){{0,2}}"
NAME = _NAME  # (for screen_names, which reads a screen's lines in the same words)
# ...its words one blank apart, as a field's value: a run of blanks ends the field ("Signed  : M. Fox   Test ref TC-6360")
_FIELD_NAME = _NAME.replace(r"[ \t]+", r"[ \t]")
_GREETING = (r"hi|hello|hey|hiya|dear|morning|good[ \t]+(?:morning|afternoon|evening)|afternoon|evening|thanks|"
             r"thank[ \t]+you|many[ \t]+thanks|cheers|ta|bore[ \t]+da|prynhawn[ \t]+da|helo|shwmae|alright")
# a greeting at the start of a line (after a quote mark, a chat's time or speaker) or of a cell (after a
# delimiter or the cell's opening quote: an SMS log's message column) and a name, then the end of the
# greeting: a comma, a stop, a dash, the end of the line
_GREETED = re.compile(
    # (an initial before the surname too, as a message to a customer writes one: "Hi R. Swan, your engineer…")
    rf"(?im)(?:^|[\]>:|*\-.!?\"',;\t][ \t]*)(?:{_GREETING})[ \t,]+(?-i:(?P<value>(?:[A-Z]\.[ \t]?)?{_NAME}))[ \t]*"
    rf"(?:[,!.;:\-–—)]|$)")
_SIGN_OFF = (r"(?:kind(?:est)?|best|warm(?:est)?|many)?[ \t]*regards|regards|thanks(?:[ \t]+again)?|thank[ \t]+you|"
             r"many[ \t]+thanks|cheers|best(?:[ \t]+wishes)?|all[ \t]+the[ \t]+best|yours[ \t]+(?:sincerely|faithfully|"
             r"truly)|sincerely|speak[ \t]+soon|diolch|ta")
SIGN_OFF = _SIGN_OFF  # (for screen_names, as NAME)
# a line that is only a sign-off, then the next line with words: a name alone, or before a role or a
# company after a comma, a bar or a dash ("Gurpreet Sandhu | Field Engineer")
_SIGNED = re.compile(rf"(?im)^[ \t>]*(?:{_SIGN_OFF})[ \t]*[,.!]?[ \t]*\r?\n(?:[ \t>]*\r?\n)?[ \t>]*"
                     rf"(?-i:(?P<value>{_NAME}))[ \t]*(?:$|[,|\-–—(])")
# a part no one has yet ("Surveyor: TBC", "Engineer: Unassigned")
_NO_ONE_YET = re.compile(r"(?i:tbc|tbd|tba|unknown|unassigned|none|nobody|vacant|n/?a)")
# who a message greets that is no person
STATUS = re.compile(rf"(?i:{STATUS_WORDS})")
_GROUP = re.compile(r"(?i:all|everyone|everybody|team|teams|both|guys|folks|there|again|sir|madam|sirs|colleagues?|"
                    r"reviewer|assessor|customer|valued[ \t]+\w+|world|team[ \t]+\w+|all[ \t]+\w+|sir[ \t]+or[ \t]+madam|sir/madam|"
                    r"for|so|very|in|once|anyway|mate|love|yes|no|ok|okay|again|much|lots|a lot|"
                    r"me|myself)"  # a saved chat's own sender ("[10:41] Me: can you check the MPAN?") is no one's name
                    r"(?![^\W\d_])")
# a user mentioned in a ticket or a chat: Jira's "[~sian.rhys-evans]", "@oisin.gallagher" (two or three parts of
# letters; an e-mail address has its user before the @, and a domain ends in a known suffix)
# (Jira's "[~user]"; an IRC join's "[~ident@host]" names its user by the ident, the host is a machine's)
_MENTION = re.compile(r"\[~(?P<value>[^\]\s@]{2,60})(?:@[^\]\s]{1,200})?\]")
# @first.last, not an e-mail address; a quoted key is no one mentioned (OData's and JSON-LD's "@odata.etag": …)
_AT_MENTION = re.compile(r"(?<![\w.@])@(?P<value>[A-Za-z][a-z'’\-]+(?:[._][A-Za-z][a-z'’\-]+){1,2})"
                         r"(?![\w@]|\.(?:com|org|net|uk|io|gov|co|example)\b|[\"'][ \t]*:)")
# Zulip's mention, a user's full name in bold after the "@": "@**Will Turner**" (not "@**all**", a group)
_BOLD_MENTION = re.compile(rf"(?<![\w@])@\*\*(?P<value>{_WORD}(?:[ \t](?:{PARTICLE}[ \t])?{_WORD}){{1,2}})\*\*")
# what follows a decorator's name: its arguments maybe, then on the next line the function or class (or another
# decorator) it decorates
_DECORATOR = re.compile(r"(?:\([^\n]*\))?[ \t]*\r?\n[ \t]*(?:@|def[ \t]|class[ \t]|async[ \t]+def[ \t])")
# a person's name as a web app's address writes it: the path segment after a collection of people
# ("https://crm.example/customers/llewellyn-margaret/overview", "/contacts/priya_shah"), two or three words
_PERSON_IN_PATH = re.compile(r"(?i:/(?:customers?|contacts?|people|persons?|occupiers?|tenants?|account-?holders?|"
                             r"consumers?|residents?|members?)/)(?P<value>[A-Za-z][a-z'’]+(?:[-_.+][A-Za-z][a-z'’]+){1,2})"
                             r"(?=[/?#&\s\"'<>)\]]|$)")
# a mail header's list of people: "To: Oluwaseun Gallagher; Priya Shah", "Cc: Eilidh MacLeod, Dafydd ap Gwilym"
_ADDRESSED = re.compile(r"(?im)^[ \t>]*(?:to|cc|bcc|from|attendees|participants|required|optional)[ \t]*:[ \t]*"
                        r"(?P<list>[^\n]+)$")
# (or a Notes address after the name, its organisation's parts after slashes: "Will Turner/ACME/GB@ACME")
_NAME_ITEM = re.compile(rf"[ \t]*(?P<value>{_NAME})[ \t]*(?:<[^<>]*>|\([^()]*\)|(?:/[A-Za-z0-9&.\-]+){{1,4}}(?:@[A-Za-z0-9.\-]+)?)?[ \t]*$")
_INVERTED_ITEM = re.compile(rf"[ \t]*(?P<value>{_WORD},[ \t]*{_WORD}(?:[ \t]+{_WORD})?)[ \t]*(?:<[^<>]*>|\([^()]*\))?[ \t]*$")
# a person named by their part in a ticket, a call or a visit ("Caller: Morag Drummond", "Agent: …", "Contact
# on site: Kwabena", "Raised by: …"). Only at intake: a pack's own pages name its tester and witnesses.
# (a visit's people too: "Surveyor: F. King", "Keyholder: …", "Visitor: …"; the name may open with an initial; after a
# "… by" the colon may be left out: "prepared by R. Brown for QT-ELEC-118")
_ROLE = re.compile(r"(?im)(?:^|(?<=[|;,\]])|(?<=\s))(?:caller|agent|engineer|field[ \t]+engineer|technician|fitter|"
                   r"installer|surveyor|visitor|key[ \t]?holder|raised[ \t]+by|reported[ \t]+by|reporter|assigned[ \t]+to|"
                   r"assignee|requester|requested[ \t]+by|prepared[ \t]+by|surveyed[ \t]+by|inspected[ \t]+by|attended[ \t]+by|"
                   # a job card's or a form's sign-off ("Signed  : M. Fox", "Completed by J. Okafor")
                   r"signed(?:[ \t]+(?:off[ \t]+)?by)?|signature|completed[ \t]+by|checked[ \t]+by|approved[ \t]+by|"
                   r"authori[sz]ed[ \t]+by|witnessed[ \t]+by|"
                   # a document's people, as its properties show them (pdfinfo's "Author:", Word's "Last modified by")
                   r"author|authored[ \t]+by|created[ \t]+by|(?:last[ \t]+)?modified[ \t]+by|updated[ \t]+by|edited[ \t]+by|"
                   r"(?:site[ \t]+|on[ \t]?site[ \t]+)?contact(?:[ \t]+on[ \t]+site)?|spoke[ \t]+with)"
                   rf"(?:[ \t]*:|(?<=by)(?=[ \t]))[ \t]*(?-i:(?P<value>(?:[A-Z]\.?[ \t]+)?{_FIELD_NAME}))(?![^\W_])")
# (not an id's letters: "Engineer: ENG5303")
# a sign-off by a body or a role, or none at all ("Approved by: Change Board", "Witnessed by: Site Manager",
# "Signature: Not Required", "Signed off by CAB": capitals alone are a body's initials)
_DOCUMENT_ROLE = re.compile(r"(?i)\s*(?:author|authored|created|last[ \t]+modified|modified|updated|edited)")
_SIGNING_ROLE = re.compile(r"(?i)\s*(?:signed|signature|completed|checked|approved|authori[sz]ed|witnessed)")
_NO_SIGNER = re.compile(r"(?i)\b(?:board|committee|panel|manager|lead|owner|authority|required|needed|applicable|"
                        r"pending|outstanding|n/a|none)\b")
# a message that opens with whom it is for, as texts to customers do: text="Ambrose: engineer running late…" (a
# forename the lists hold that is no English word, then a sentence in small letters: "Note: see below" is none)
_NAMED_THEN_TOLD = re.compile(r"(?P<value>[A-Z][a-z'’\-]{2,})[ \t]*:[ \t]+(?=[a-z])")  # (where it stands: see below)
# ...and a transcript's or live captions' speaker, a forename and a surname, opening the line before what was said
_PAIR_THEN_TOLD = re.compile(rf"(?m)^[ \t>\-–•*]*(?P<value>(?P<first>{_WORD})[ \t]+(?P<last>{_WORD}))[ \t]*:[ \t]+(?=\S)")
_SENTENCE_OPENERS = frozenset({"note", "please", "can", "should", "meter", "step", "test", "result"})
# what ends a field that holds only a name: the line's end, a delimiter, a bracket, a dash between blanks, a
# column's gap of two blanks or a tab ("Contact on site: Kwabena  tel 07700 900123")
_ALONE_AFTER = re.compile(r"(?:[ \t]*(?:$|\r|\n|[|;,()\[\]<>/]|[-–][ \t])|[ ]{2,}|\t)", re.MULTILINE)
# a customer named by one word and what they did: "Customer Delroy rang on …", "caller Kofi said"
_PERSON_DID = re.compile(r"(?i:\b(?:customer|caller|occupier|tenant|resident|homeowner|landlord|consumer))[ \t]+"
                         rf"(?P<value>{_WORD})[ \t]+(?i:rang|called|phoned|e-?mailed|said|confirmed|reported|asked|"
                         r"wants|advised|agreed|complained|requested|refused|moved)\b")
# a person named by one word after words that only ever name a person: "spoke to Sivakumar, will retry",
# "customer is Gurdeep at …"; and after "cust"/"customer" alone a forename the lists know ("cust Emily not
# answering"), where the word could as well be a system's ("customer Portal")
_SPOKE_TO = re.compile(r"(?i:\b(?:spoke|speaking|talked|talking|chatted|chatting)[ \t]+(?:to|with)|"
                       r"\b(?:customer|cust|caller|occupier|tenant|resident|homeowner)[ \t]+(?:is|was|named|called))"
                       rf"[ \t]+(?P<value>{_WORD})(?![^\W_])")
# the people a saved conversation is with, its header's list: Lync's and Skype's "Conversation with Pearl Fisher,
# Yusuf Sutherland", Teams' "Chat with …" (each item two or three capitalised words, up to the line's end)
_CONVERSATION_WITH = re.compile(rf"(?im)^[ \t]*(?:conversation|chat|call|meeting|im)[ \t]+with[ \t]+"
                                rf"(?P<list>{_NAME}(?:(?:[ \t]*[,;&][ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+){_NAME})*)[ \t]*\r?$")
# a relative or a household's member named after the word for them: "my other half Paul usually deals with this",
# "her son James Okafor rang", "the tenant, Priya" (a forename the lists know, and the surname after it if any)
_RELATIVE_NAMED = re.compile(r"(?i:\b(?:my|her|his|their|our|the|a)[ \t]+(?:other[ \t]+half|husband|wife|partner|son|"
                             r"daughter|mum|mother|dad|father|brother|sister|carer|neighbour|lodger|grandson|"
                             r"granddaughter|nephew|niece|fianc[eé]e?))[ \t]*,?[ \t]+"
                             rf"(?P<value>(?P<first>{_WORD})(?:[ \t]+(?!(?i:usually|always|will|is|was|has|had|rang|called|"
                             rf"said|says|deals|pays|and|or)\b){_WORD})?)(?![^\W_])")
# whose account it is, by a word that names no one else: "spouse of account holder Church", "bill payer Marsh"
_HOLDER_NAMED = re.compile(rf"(?i:\b(?:account|acct|bill)[ \t\-]*(?:holder|payer|owner))[ \t]*(?:(?i:is|was)[ \t]+)?"
                           rf"[(\"'“]?[ \t]*(?P<value>{_WORD}(?:[ \t]+{_WORD})?)(?![^\W_])")
# (a form's or a screen's words after the label: "account holder Search screen", "bill payer Flag set")
_HOLDER_NOT_NAMED = re.compile(r"(?i)(?:name|names|details|record|records|data|info|information|address|contact|"
                               r"consent|verification|portal|screen|field|fields|id|ref|number|type|status|change|"
                               r"changed|updated|verified|agreed|confirmed|present|absent|unavailable|search|update|"
                               r"failed|date|birth|dob|surname|forename|title|api|validation|rule|rules|flag|flags|set|"
                               r"page|tab|button|form|lookup|check|checks|match|matched|mismatch|email|phone|postcode|"
                               r"note|notes|history|summary|view|list|query|report|signature|declaration|preferences|"
                               r"login|account|accounts|payment|payments|balance|tariff|meter|supply|vulnerability|"
                               r"priority|register|registration|identity|security|password|pin|question|answer)"
                               r"(?![^\W_])(?:[ \t].*)?")
# a forename and a surname as two items of a list, each in its quotes ("data": [..., "Kwame", "Owusu"], a
# positional job's arguments, a bind list): the forename one the lists know and no English word
_QUOTED_PAIR = re.compile(rf"(?P<q>[\"'])(?P<first>{_WORD})(?P=q)[ \t]*,[ \t]*(?:\r?\n[ \t]*)?(?P<r>[\"'])"
                          rf"(?P<last>{_WORD}(?:[ \t]+(?:{PARTICLE}|an|t-[A-Za-z]+|[A-Z][\w'’\-]+)){{0,3}})(?P=r)")
_CUSTOMER_FORENAME = re.compile(r"(?i:\b(?:customer|cust|caller|occupier|tenant|resident))[ \t]+"
                                rf"(?P<value>{_WORD})(?![^\W_])")
# who speaks in a pasted chat: "[12:01] Priyanka Shah: …", "12:01 Priyanka Shah: …", and a name over its
# messages with the time beside it ("Morag Drummond  14:22")
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp][Mm])?"
SPEAKER_TIME = _TIME  # (for screen_names, as NAME)
# (or a ticket's comments under a date and time, "2025-06-27T13:00:36.126Z G. Bell: gas site …", the writer an
# initial and a surname as a service desk shows staff and callers alike)
_STAMP = (r"(?:\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+\-]\d{2}:?\d{2})?|"
          # (or a chat export's day first, Skype's and WhatsApp's: "[05/08/2026 04:22:35] Summer Brook: …")
          rf"\d{{1,2}}/\d{{1,2}}/\d{{2,4}},?[ \t]+{_TIME})")
_INITIAL_NAME = rf"[A-Z]\.[ \t]?(?:{PARTICLE}[ \t]+)?{_WORD}"
_SPEAKER = re.compile(rf"(?m)^[ \t>\ufeff]*(?:\[?{_TIME}\]?[ \t]+(?P<value>{_NAME})|\[?{_STAMP}\]?[ \t]+(?P<stamped>{_NAME}|{_INITIAL_NAME}))"
                      r"[ \t]*:")
_SPEAKER_THEN_TIME = re.compile(rf"(?m)^[ \t>]*(?P<value>{_WORD}(?:[ \t]+(?:{PARTICLE}[ \t]+)?{_WORD}){{1,2}})"
                                # (Lync's and Skype's "Hope Street [15:23]:", Zulip's "**Faith Marsh** (2025-…):")
                                # (or a dash, a dot or a bar between: Slack's copy "Grace Bell - 10:42 AM", "· 10:42")
                                rf"(?:[ \t]+(?:[\-–—·•|.][ \t]+)?{_TIME}|[ \t]+\[{_TIME}\]:?|\*\*[ \t]+\({_STAMP}\):)[ \t]*\r?$")
_BOLD_SPEAKER = re.compile(rf"(?m)^\*\*(?={_WORD}[ \t])")  # (Zulip's header opens with its bold mark)
# who wrote to whom in a meeting's saved chat (Zoom's "10:05:15 From Norman Marsh (customer panel) to Me: …",
# "… From  Ama Owusu  to  Everyone:")
_CHAT_FROM_TO = re.compile(rf"(?m)^[ \t]*\[?{_TIME}\]?[ \t]+From[ \t]+(?P<value>{_NAME})(?:[ \t]*\([^()\n]*\))?[ \t]+to[ \t]+"
                           rf"(?P<to>{_NAME})?")
# a tracker's comment or a thread's post under its writer ("**Sandy Hill** commented 2025-03-20T00:58:04Z:",
# "Grace Bell replied on 3 May", GitLab's, GitHub's, Jira's, a forum's): the writer opens the line
_COMMENT_HEADER = re.compile(rf"(?m)^[ \t>#*_\-]*?(?:\*\*|__)?(?P<value>{_NAME})(?:\*\*|__)?[ \t]+"
                             r"(?:commented|replied|wrote|responded|posted|added[ \t]+a[ \t]+comment|left[ \t]+a[ \t]+comment|"
                             r"edited[ \t]+(?:the|a|their|his|her)[ \t]+comment)\b")
_MEETING_ROLE = re.compile(r"(?i:witness|host|co-host|moderator|presenter|organiser|organizer|panel|panellist|guest)")
_CUES = ("hi", "hello", "hey", "dear", "morning", "afternoon", "evening", "thank", "cheers", "regards", "best",
         "yours", "sincerely", "ta ", "bore", "helo", "shwmae", "alright", "diolch", "speak", "prynhawn")


def find_message_names(text: str) -> Iterator[Finding]:
    """Names greeted, signed, mentioned or addressed (see the module's docstring), in a text of a
    person's size: a machine's log of megabytes greets nobody, and its "Hello" is a message's name."""
    if len(text) >= PERSON_SIZED:
        return
    if "/" in text:
        for match in _PERSON_IN_PATH.finditer(text):
            if _any_listed(re.split(r"[-_.+]", match.group("value"))):  # not "/customers/search-results/"
                yield Finding(*match.span("value"), Kind.NAME, "path")
    for pattern in (_MENTION, _AT_MENTION, _BOLD_MENTION):
        for match in pattern.finditer(text):
            if pattern is _AT_MENTION and _DECORATOR.match(text, match.end()) \
                    and not text[text.rfind("\n", 0, match.start()) + 1:match.start()].strip():
                continue  # "@pytest.fixture" alone on its line: Python's decorator, no one mentioned
            if classify(match.group("value")) not in (None, Kind.NAME):
                continue  # "@esme_eui", "@mpan": a test's parameter named for what it holds, no one mentioned
                # (a handle naming a person's part, "@jo_customer", is still a person's)
            if pattern is _BOLD_MENTION and (_GROUP.match(match.group("value")) or NOT_A_PERSON.search(match.group("value"))):
                continue
            yield Finding(*match.span("value"), Kind.NAME, "mention")
    if "with" in text or "With" in text:
        for header in _CONVERSATION_WITH.finditer(text):
            at = header.start("list")
            for listed in re.finditer(_NAME, header.group("list")):
                said = listed.group()
                if " " in said and not _GROUP.match(said) and not NOT_A_PERSON.search(said):
                    yield Finding(at + listed.start(), at + listed.end(), Kind.NAME, "speaker")
    for match in _PERSON_DID.finditer(text):
        if not NOT_A_PERSON.search(match.group("value")):
            yield Finding(*match.span("value"), Kind.NAME, "role")
    if "ed" in text:
        for match in _COMMENT_HEADER.finditer(text):
            value = match.group("value")
            if " " in value and is_listed_forename(value.split()[0]) and not NOT_A_PERSON.search(value) \
                    and not _GROUP.match(value):
                yield Finding(*match.span("value"), Kind.NAME, "speaker")
    for match in _SPOKE_TO.finditer(text):
        value = match.group("value")
        if not _GROUP.match(value) and not NOT_A_PERSON.search(value) and not STATUS.fullmatch(value):
            yield Finding(*match.span("value"), Kind.NAME, "role")
    for match in _CUSTOMER_FORENAME.finditer(text):
        if key(match.group("value")) in name_lists()[0]:  # a forename that is no English word
            yield Finding(*match.span("value"), Kind.NAME, "role")
    for match in _RELATIVE_NAMED.finditer(text):
        if is_listed_forename(match.group("first")) and not NOT_A_PERSON.search(match.group("value")):
            yield Finding(*match.span("value"), Kind.NAME, "role")
    for match in _HOLDER_NAMED.finditer(text):
        value = match.group("value")
        if not NOT_A_PERSON.search(value) and not STATUS.fullmatch(value) and not _HOLDER_NOT_NAMED.fullmatch(value):
            yield Finding(*match.span("value"), Kind.NAME, "role")
    if '"' in text or "'" in text:
        for match in _QUOTED_PAIR.finditer(text):
            last = match.group("last")
            first = match.group("first")
            if key(first) in name_lists()[0] and not NOT_A_PERSON.search(last) and (
                    " " in last or any(any_listed_surname(w) for w in re.split(r"[-'’]", last))):
                yield Finding(*match.span("first"), Kind.NAME, "role")
                yield Finding(*match.span("last"), Kind.NAME, "role")
            elif " " not in last and key(last) in name_lists()[0] and key(last) not in name_lists()[1] \
                    and any_listed_surname(first) and not NOT_A_PERSON.search(first):
                # (the surname first, as a record or a sort key has it: ["Owusu", "Kwame"])
                yield Finding(*match.span("first"), Kind.NAME, "role")
                yield Finding(*match.span("last"), Kind.NAME, "role")
    if ":" in text:
        plain, worded, _surnames = name_lists()
        for match in _NAMED_THEN_TOLD.finditer(text):
            at = match.start()
            while at > 0 and text[at - 1] in " \t":
                at -= 1
            before = text[at - 1:at]
            if before not in ("", "\n", "\r", "\"", "'", "=", ">"):
                continue  # a line's or a message's first word only
            said = key(match.group("value"))
            # (a forename that is also a word, "Mark", "Bill", only as a message's first word: "Bill: due 12 Dec")
            if (said in plain and said not in worded) or (said in worded and before in ("\"", "'")):
                yield Finding(*match.span("value"), Kind.NAME, "addressed")
    if ":" in text:
        # a transcript's or live captions' speaker, a forename and a surname the lists hold (English words too:
        # "Dawn Hill: can you read…"), opening its line before what was said
        for match in _PAIR_THEN_TOLD.finditer(text):
            first, last = match.group("first"), match.group("last")
            if is_listed_forename(first) and any_listed_surname(last) and not NOT_A_PERSON.search(match.group("value")) \
                    and key(first) not in _SENTENCE_OPENERS:
                yield Finding(*match.span("value"), Kind.NAME, "speaker")
    unlisted: dict[str, list[tuple[int, int]]] = {}
    headers = 0  # header lines that a message's line follows (a chat's), and the names on them any list knows
    known_forenames = 0
    texts = _BOLD_SPEAKER.sub("  ", text) if "**" in text else text  # (the same length: spans hold)
    for pattern in (_SPEAKER, _SPEAKER_THEN_TIME):
        for match in pattern.finditer(texts):
            if pattern is _SPEAKER and match.group("stamped"):
                # (under a log's date and time, a component or a level is as often there: "…Z INFO:", "…Z Worker:";
                # a person is an initial and a surname, or a forename the lists know and a surname)
                stamped = match.group("stamped")
                words = stamped.split()
                if not (re.fullmatch(_INITIAL_NAME, stamped) or (len(words) >= 2 and is_listed_forename(words[0])
                                                                   and any_listed_surname(words[-1]))) \
                        or NOT_A_PERSON.search(stamped):
                    continue
                yield Finding(*match.span("stamped"), Kind.NAME, "speaker")
                continue
            value = match.group("value")
            if _GROUP.match(value) or NOT_A_PERSON.search(value):
                continue
            over_a_message = pattern is _SPEAKER_THEN_TIME and _a_message_after(texts, match.end())
            known = over_a_message and is_listed_forename(value.split()[0]) and any_listed_surname(value.split()[-1])
            if over_a_message:
                headers += 1
                known_forenames += known
            # (one header over its message, a forename and a surname any list knows, English words both: a chat
            # copied from one message, "Grace Bell - 10:42 AM" over what she wrote)
            if pattern is _SPEAKER_THEN_TIME and not _listed(value) and not (over_a_message and known):
                # a schedule's "Code Freeze 17:00": the lists must know the forename or the surname, or the
                # same name head two messages or more (a chat's sender the lists lack), or the lines be a chat's
                # headers, each over its message, most naming a forename the lists know (an English word too:
                # "Glen Moss  14:34", "Holly Wood [14:52]:")
                unlisted.setdefault(value, []).append(match.span("value"))
                continue
            yield Finding(*match.span("value"), Kind.NAME, "speaker")
    if "From" in text:
        for match in _CHAT_FROM_TO.finditer(text):
            for group in ("value", "to"):
                value = match.group(group)
                if value and value not in ("Me", "Myself") and not _GROUP.match(value) and not NOT_A_PERSON.search(value) \
                        and not _MEETING_ROLE.fullmatch(value):
                    yield Finding(*match.span(group), Kind.NAME, "speaker")
    chat = headers >= 2 and known_forenames * 2 >= headers
    for spans in unlisted.values():
        if len(spans) >= 2 or chat:
            for span in spans:
                yield Finding(*span, Kind.NAME, "speaker")
    if ":" in text or " by " in text:
        for role in _ROLE.finditer(text):
            value = role.group("value")
            if " " not in value and not _ALONE_AFTER.match(text, role.end("value")):
                continue  # one word that a sentence goes on from: a transcript's "Agent: Thanks for calling"
            if " " not in value and _DOCUMENT_ROLE.match(role.group()):
                continue  # a document's "Author: Attest", a program's or an account's name: a person has two words
            signed = _SIGNING_ROLE.match(role.group())
            if signed and (_NO_SIGNER.search(value) or value.isupper()):
                continue  # a body or a role signs ("Approved by: Change Board", "Signed off by CAB"); "Engineer: OKAFOR" is one
            if not _GROUP.match(value) and not NOT_A_PERSON.search(value) and not _NO_ONE_YET.fullmatch(value) \
                    and not STATUS.fullmatch(value):
                yield Finding(*role.span("value"), Kind.NAME, "role")
        for header in _ADDRESSED.finditer(text):
            at = header.start("list")
            for entry in re.split(r"(;)", header.group("list")):
                inverted = _INVERTED_ITEM.match(entry)
                if inverted is not None and not NOT_A_PERSON.search(inverted.group("value")):
                    # Outlook's "Price, Grace": one person, surname first, not two ("To: Price, Grace; Hall, Jane")
                    yield Finding(at + inverted.start("value"), at + inverted.end("value"), Kind.NAME, "mail-header")
                    at += len(entry)
                    continue
                for item in re.split(r"([;,])", entry):
                    person = _NAME_ITEM.match(item)
                    if person is not None and item not in ";,":
                        value = person.group("value")
                        # (a forename alone that the lists know: "From: Joy", as a mail client shows a sender)
                        if (" " in value or is_listed_forename(value)) and not _GROUP.match(value) \
                                and not NOT_A_PERSON.search(value):
                            yield Finding(at + person.start("value"), at + person.end("value"), Kind.NAME, "mail-header")
                    at += len(item)
    folded = text.lower()
    if not any(cue in folded for cue in _CUES):
        return
    for pattern in (_GREETED, _SIGNED):
        for match in pattern.finditer(text):
            value = match.group("value")
            if _GROUP.match(value) or NOT_A_PERSON.search(value):
                continue
            if text[match.end() - 1:match.end()] in "-–" and text[match.end():match.end() + 1].isalnum():
                continue  # a reference's letters after the greeting, not a name: "morning, SIT-2544 failing again"
            yield Finding(*match.span("value"), Kind.NAME, "greeting")


def _a_message_after(text: str, at: int) -> bool:
    """Whether the line after the one that ends at ``at`` is a message's: text that is no header of the same shape
    (a schedule's lines follow one another; a chat's header stands over what was said)."""
    start = text.find("\n", at)
    if start < 0:
        return False
    end = text.find("\n", start + 1)
    line = text[start + 1:len(text) if end < 0 else end].strip()
    return bool(line) and _SPEAKER_THEN_TIME.fullmatch(line) is None and not re.search(rf"{_TIME}\]?:?$", line)


def _listed(name: str) -> bool:
    """Is the first word a known forename or the last a known surname (:mod:`names`)?"""
    plain, _worded, surnames = name_lists()
    words = name.split()
    return key(words[0]) in plain or key(words[-1]) in surnames


def _any_listed(words: list[str]) -> bool:
    """Is any of the words a forename or a surname the lists know?"""
    plain, worded, surnames = name_lists()
    return any(key(w) in plain or key(w) in worded or key(w) in surnames for w in words)
