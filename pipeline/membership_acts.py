"""Membership acts with a list of states as their subject: 'In 1999, A, B and C declined to sign ... and withdrew from it',
'A and B set up the bloc in 1996', 'A, B and C have all asked to be admitted as full members'; and the organisation's
founding treaty, named as the organisation once was, signed by a list ('The North Atlantic Treaty was signed by ...')."""

from __future__ import annotations

import re

from pipeline.lists import read_list
from pipeline.membership import NAMED_PACT, MembershipFinding, _past_dates, _settled, _since, generic_fits
from pipeline.model import Mention, Person, Sentence
from pipeline.reference import Reference

# an opening adverbial before the subject list: 'In 1999,', 'On 15 May 1992', 'Later,'
_INTRO = re.compile(r"\s*(?:(?:in|by|on|since)\s+(?:(?:early|late|mid-)\s*)?(?:\d{1,2}\s+)?(?:(?-i:[A-Z])[a-z]+\s+)?(?:\d{1,2},?\s+)?"
                    r"(?:19|20)\d{2}|later|then|subsequently|originally|eventually|meanwhile)\s*,?\s+", re.I)
# 'Three countries -- A, B and C -- ...': the list set off after a counted noun, as the subject
_COUNTED_HEAD = re.compile(r"(?:the\s+)?(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[\w-]+\s+){0,2}?"
                           r"(?:countries|states|nations|members|republics)\s*(?:\s-{1,2}|\s[–—]|[–—(])\s*", re.I)
_CLOSING = re.compile(r"\s*(?:-{1,2}|[–—)])(?=\s)")
_BODY = r"(?:bloc|alliance|union|organi[sz]ation|group|grouping|community|league|club|forum|treaty|pact|commonwealth)"
# the object of the act: the organisation by a pronoun, a generic noun, or a name (checked against the mentions)
_OBJ = rf"(?P<obj>(?:it|them)\b|(?:the|its)\s+(?-i:{_BODY}|(?:[\w-]+\s+)?body)\b(?!['’]|\s+(?-i:[A-Z])|\s+of\b)|(?:the\s+)?(?=(?-i:[A-Z])))"
_AUX = r"(?:(?:have|has|had|were|was|are|is|remain|remained|still|all|both|each|also|later|then|subsequently|jointly|together|formally|officially|again)\s+)*"
# (rule, status, the verb and its object) read after the subject list, first in its predicate or after 'and'
_ACTS: list[tuple[str, str, re.Pattern[str]]] = [
    ("founded_by", "member", re.compile(rf"(?:co-founded|founded|set\s+up|created|established|formed|launched)\s+{_OBJ}", re.I)),
    # 'A, B and C signed the Bangkok Declaration in 1967, founding ASEAN': the act that founded it, as a participle
    ("founded_by", "member", re.compile(rf"(?<=,\s)(?:founding|creating|establishing|setting\s+up|forming|launching)\s+{_OBJ}", re.I)),
    # 'A, B and C signed the founding charter in 2001', 'A and B are founding members'
    ("founded_by", "member", re.compile(r"signed\s+(?:the|its)\s+(?:founding|original)\s+(?:charter|treaty|declaration|documents?|agreement)\b"
                                        rf"(?:\s+of\s+{_OBJ})?", re.I)),
    ("founded_by", "member", re.compile(rf"(?:the\s+|its\s+)?(?:founding|original)\s+members?\b(?:\s+of\s+{_OBJ})?", re.I)),
    ("act_joined", "joining", re.compile(rf"(?:joined|(?:were|was)\s+(?:formally\s+)?(?:admitted|accepted|taken)\s+(?:in)?to|"
                                         rf"acceded\s+to)\s+{_OBJ}", re.I)),
    ("act_left", "left", re.compile(rf"(?:withdrew|withdrawn|pulled\s+out|exited|left|quit|expelled\s+from)\s+(?:from\s+|of\s+)?{_OBJ}", re.I)),
    # 'have all asked to be admitted as full members', 'are seeking to join the bloc', 'requested admission to ORG'
    ("act_applied", "candidate", re.compile(
        r"(?:(?:asked|applied|sought|seeking|want(?:ed)?|wish(?:ed)?|hop(?:ed|ing)|hope|request(?:ed)?|lobb(?:ied|ying)|pressing)\s+"
        r"(?:to\s+be\s+(?:admitted|accepted|taken\s+in)|to\s+join)\b(?:\s+as\s+(?:full\s+|new\s+)?members?\b)?|"
        r"(?:request(?:ed)?|sought|seek|seeking)\s+(?:admission|accession|membership)\b|applied\s+for\s+(?:full\s+)?membership\b|"
        # 'have submitted membership applications', 'lodged formal bids to join'
        r"(?:submitted|lodged|filed)\s+(?:(?:formal|their|its|an?|official)\s+)*(?:membership\s+(?:applications?|bids?|requests?)|"
        r"(?:applications?|bids?|requests?)\s+(?:to\s+join|for\s+membership))\b)"
        rf"(?:\s+(?:(?:in)?to\s+|of\s+|in\s+)?(?!the\s+(?:summit|meeting|talks)\b){_OBJ})?", re.I)),
    # 'Chile was stripped of its membership in 2019'
    ("act_left", "left", re.compile(rf"stripped\s+of\s+(?:its|their)\s+(?:full\s+)?membership\b(?:\s+(?:in|of)\s+{_OBJ})?", re.I)),
    # 'A and B are set to join the bloc next year': an entry to come
    ("act_applied", "candidate", re.compile(r"(?:(?:set|due|expected|poised|slated)\s+to\s+(?:join|become\s+(?:full\s+|new\s+)?members?)\b)"
                                            rf"(?:\s+{_OBJ})?", re.I)),
    ("act_expelled", "left", re.compile(rf"expelled\b(?:\s+from\s+{_OBJ})?", re.I)),
    ("act_suspended", "suspended", re.compile(rf"(?:suspended|under\s+suspension)\b(?:\s+from\s+{_OBJ})?", re.I)),
    ("act_readmitted", "member", re.compile(rf"readmitted\b(?:\s+(?:in)?to\s+{_OBJ})?", re.I)),
    ("rejoined", "member", re.compile(rf"rejoined\b(?:\s+{_OBJ})?", re.I)),
]
# what 'it' may stand for in the sentence: 'declined to sign the protocol extending the treaty and withdrew from it'
_ANTECEDENT = re.compile(rf"\b(?:the|its|their)\s+(?:(?-i:{_BODY})|charter|membership)\b", re.I)
_DATED = re.compile(r"\s+(?:again\s+)?(?:in|on)\s+(?:\d{1,2}\s+)?(?:(?-i:[A-Z])[a-z]+\s+)?(?:19|20)\d{2}\b")
_PASSIVE_ONLY = frozenset({"act_suspended", "act_readmitted", "act_expelled"})
_PASSIVE = re.compile(r"(?:were|was|have\s+been|has\s+been|had\s+been|remain|remained|are|is)\s+$", re.I)
# an organisation's active act on a listed object: 'the bloc suspended A and B in 2021', 'ASEAN readmitted A and B',
# 'the union lifted the suspensions of A and B'
_ORG_VERB = r"(?:suspended|readmitted|expelled|admitted|lifted\s+(?:the\s+)?suspensions?\s+of)"
_ORG_ACT = re.compile(rf"(?:^|\s)(?P<body>(?:the|its)\s+(?-i:{_BODY})|it)\s+(?:(?:later|then|also|formally|subsequently)\s+)?(?P<verb>{_ORG_VERB})\s+"
                      rf"(?=(?:the\s+)?(?-i:[A-Z]))|(?P<verb2>{_ORG_VERB})\s+(?=(?:the\s+)?(?-i:[A-Z]))", re.I)
_AS_OTHER = re.compile(r"\s+as\s+(?!(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+)?(?:full\s+|new\s+)?members?\b)", re.I)
_ORG_ACT_STATUS = {"suspended": "suspended", "readmitted": "member", "expelled": "left", "admitted": "joining", "lifted": "member"}


# an apposition between an act's object and its date: 'quit the OAU, the union's predecessor, in 1984'
_APPOSITION = re.compile(r",\s*(?:the|its|a|an)\s+[^,;]{1,40},")


def _act_date(s: Sentence, published: str | None, cue: tuple[int, int]) -> str | None:
    """Return the date of an act: the first one after its verb in its clause, else the last one before it."""
    dates = _past_dates(s.text, published)
    a, b = cue[0] - s.start, cue[1] - s.start
    after = [d for d in dates if d.span[0] >= b and not re.search(r"[,;]|\b(?:and|but)\b", _APPOSITION.sub(" ", s.text[b: d.span[0]]))]
    before = [d for d in dates if d.span[1] <= a and not re.search(r"[,;]|\b(?:and|but)\b", s.text[d.span[1]: a])]
    return after[0].start if after else before[-1].start if before else None


def _treaty_body(ref: Reference, org_id: str | None) -> bool:
    """Return True for a body named after its treaty (the CSTO, NATO)."""
    org = ref.organisations.get(org_id or "")
    return bool(org and re.search(r"\b(?:treaty|pact)\b", " ".join((org.name, *org.aliases)), re.I))


def _object_org(ref: Reference, mentions: list[Mention], s: Sentence, m: re.Match[str],
                main_org: str | None) -> str | None:
    """Return the organisation an act's object names: a pronoun or generic noun is the summit's, a name its own body."""
    if m.group("obj") is None:
        return main_org
    obj = m.group("obj").strip().lower()
    if obj in ("it", "them"):
        before = s.text[: m.start()]
        if NAMED_PACT.search(before) or any(x.kind == "org" and x.entity_id not in (main_org, "un") and x.end <= s.start + m.start()
                                             for x in mentions):
            return None  # 'signed the Paris Agreement but withdrew from it': the pronoun is something else
        named = any(x.entity_id == main_org and x.end <= s.start + m.start() for x in mentions)
        if not (named or _ANTECEDENT.search(before) or _DATED.match(s.text, m.end("obj"))):
            return None  # 'walked out of it for a year': no antecedent in the sentence, no date of an act
        return main_org
    if obj not in ("", "the"):  # 'the bloc'; 'the union' only for a body with the word in its name
        return main_org if generic_fits(ref, obj.split()[-1], main_org) else None
    at = s.start + m.end("obj")
    named = next((x for x in mentions if x.kind == "org" and x.start <= at + 4 and x.end > at), None)
    if named is None or re.match(r"\s+(?-i:[A-Z])", s.text[named.end - s.start:]):
        return None  # 'left the Commonwealth Games': a longer name that only begins with the organisation's
    return named.entity_id


def act_memberships(ref: Reference, s: Sentence, mentions: list[Mention], main_org: str | None,
                    published: str | None) -> list[MembershipFinding]:
    """Read the acts of a list of states that opens the sentence, and the organisation's acts on a list."""
    if main_org is None:
        return []
    return (_subject_acts(ref, s, mentions, main_org, published) + _org_acts(ref, s, mentions, main_org, published)
            + _object_acts(ref, s, mentions, main_org, published))


def _subject_acts(ref: Reference, s: Sentence, mentions: list[Mention], main_org: str,
                  published: str | None) -> list[MembershipFinding]:
    """Read the acts whose subject is the list of states that opens the sentence (after a date or adverb)."""
    intro = _INTRO.match(s.text)
    at = intro.end() if intro else len(s.text) - len(s.text.lstrip())
    counted = _COUNTED_HEAD.match(s.text, at)
    at = counted.end() if counted else at
    if not any(x.kind == "country" and 0 <= x.start - (s.start + at) <= 4 for x in mentions):
        return []  # no state opens the clause (and no misspelt one is looked for: the fuzzy matcher is slow)
    items = read_list(ref, mentions, s.start + at, s.text, s.start, ("country",))
    if not items or items[0].start - s.start > at + 4:
        return []
    end = items[-1].end - s.start
    closing = _CLOSING.match(s.text, end) if counted else None
    if counted and closing is None:
        return []
    end = closing.end() if closing else end
    opening = _since(s, published, None, (s.start, s.start + at)) if intro else None  # 'In 1999, A and B ...'
    stop = re.search(r"[;:]|\s[-–—]+\s", s.text[end:])
    stop_at = end + stop.start() if stop else len(s.text)
    clause = s.text[end:stop_at]
    if not re.match(r"\s+(?!which\b|who\b)", clause) or re.match(r"\s+(?:and|or|are|is|were|was)\s+(?:the\s+)?(?:only|other|its|their)\b",
                                                                  clause, re.I):
        return []
    found: list[MembershipFinding] = []
    for rule, status, pattern in _ACTS:
        for m in pattern.finditer(s.text, end, stop_at):
            lead = s.text[end: m.start()]
            head = re.fullmatch(r"\s+" + _AUX, lead, re.I)
            coordinated = re.search(r"\s+(?:and|but)\s+(?:then\s+|later\s+|also\s+|subsequently\s+|eventually\s+)?" + _AUX + r"$", lead, re.I)
            participle = lead.endswith(", ") and "," not in lead[:-2] and re.match(
                r"(?:founding|creating|establishing|setting|forming|launching)\s", m.group(0), re.I) is not None
            if not head and not participle and not (coordinated and "," not in lead[: coordinated.start()].replace(", and", "")):
                continue  # the verb of the subject's own predicate, first or after 'and'
            if any(x.kind == "country" and s.start + end < x.start < s.start + m.start() for x in mentions):
                continue  # another state stands between: the act is its own
            if rule in _PASSIVE_ONLY and not _PASSIVE.search(lead):
                continue
            if m.group("obj") is None and re.match(r"\s+(?:of\s+|in\s+|from\s+)?(?:the|an?|their|its|his|her)\b", s.text[m.end():], re.I):
                continue  # 'asked to join the talks': the object is something else
            org = _object_org(ref, mentions, s, m, main_org)
            if org is None:
                continue
            cue = (s.start + m.start(), s.start + m.end())
            since = _act_date(s, published, cue) or opening
            said = _settled(status, since, published) if status == "joining" else status
            if status == "joining" and since is None:
                said = "member"  # 'A and B joined the bloc': an entry told without a date is an old one
            found += [MembershipFinding(org, i.entity_id or "", i.canonical or "", said, rule, since, (i.start, cue[1]))
                      for i in items if i.entity_id not in (org, None)]
    return found


def _org_acts(ref: Reference, s: Sentence, mentions: list[Mention], main_org: str,
              published: str | None) -> list[MembershipFinding]:
    """'In 2021, the bloc suspended A and B', 'ASEAN readmitted A, B and C in 2016': every state of the object list."""
    found: list[MembershipFinding] = []
    for m in _ORG_ACT.finditer(s.text):
        verb = (m.group("verb") or m.group("verb2")).split()[0].lower()
        if m.group("verb2"):  # a named subject right before the verb: 'ASEAN readmitted'
            subject = next((x for x in mentions if x.kind == "org" and x.end <= s.start + m.start()
                            and re.fullmatch(r"\s*", s.text[x.end - s.start: m.start()])), None)
            if subject is None or subject.entity_id != main_org:
                continue
        elif m.group("body").lower() != "it" and not generic_fits(ref, m.group("body").split()[-1], main_org):
            continue  # 'the union suspended A' in an SCO report: another body
        items = read_list(ref, mentions, s.start + m.end(), s.text, s.start, ("country",))
        since = _since(s, published, None)  # 'In 2021, the bloc suspended A': the sentence's date
        if verb == "admitted" and items and _AS_OTHER.match(s.text, items[-1].end - s.start):
            continue  # 'admitted Laos as an observer': a status of its own, read by its rule
        status = _ORG_ACT_STATUS[verb]
        if status == "joining":  # 'ASEAN admitted A and B in 1999': members since
            status = _settled(status, since, published)
        found += [MembershipFinding(main_org, i.entity_id or "", i.canonical or "", status, f"org_{verb}",
                                    since, (s.start + m.start(), i.end)) for i in items if i.entity_id]
    return found


# 'the return of Madagascar', 'the readmission of Mali': a state back in the organisation
_RETURN_OF = re.compile(r"\b(?:return|readmission|reinstatement)\s+of\s+(?=(?:the\s+)?(?-i:[A-Z]))", re.I)
# 'prompted Morocco to leave the continental body': an exit reported as caused
_TO_LEAVE = re.compile(rf"\s+to\s+(?:leave|quit|withdraw\s+from|pull\s+out\s+of|exit)\s+{_OBJ}", re.I)
_CAUSED = re.compile(r"\b(?:prompted|forced|led|caused|pushed|drove|compelled|persuaded)\s+(?:the\s+)?$", re.I)


def _object_acts(ref: Reference, s: Sentence, mentions: list[Mention], main_org: str,
                 published: str | None) -> list[MembershipFinding]:
    """A state named as the object of a return or of a caused exit: 'the return of Madagascar', 'prompted Morocco to leave'."""
    found: list[MembershipFinding] = []
    for m in _RETURN_OF.finditer(s.text):
        state = next((x for x in mentions if x.kind == "country" and 0 <= x.start - (s.start + m.end()) <= 4), None)
        into = re.match(r"\s+to\s+(?:the\s+)?(?=(?-i:[A-Z]))", s.text[state.end - s.start:]) if state else None
        if state is None or into and not any(x.entity_id == main_org and x.start - state.end <= 12 for x in mentions if x.start > state.end):
            continue  # 'the return of Syria to the Arab League' counts only for the league
        found.append(MembershipFinding(main_org, state.entity_id or "", state.canonical or "", "member", "return_of",
                                       _act_date(s, published, (s.start + m.start(), state.end)), (s.start + m.start(), state.end)))
    for m in _TO_LEAVE.finditer(s.text):
        state = next((x for x in mentions if x.kind == "country" and x.end == s.start + m.start()), None)
        if state is None or not _CAUSED.search(s.text[max(0, state.start - s.start - 30): state.start - s.start]):
            continue
        if _object_org(ref, mentions, s, m, main_org) == main_org:
            found.append(MembershipFinding(main_org, state.entity_id or "", state.canonical or "", "left", "act_left",
                                           _act_date(s, published, (state.start, s.start + m.end())), (state.start, s.start + m.end())))
    return found


# 'The Collective Security Treaty was originally signed in Tashkent by A, B and C': the treaty the organisation is named after
_TREATY_SIGNED = re.compile(
    r"\b(?:(?P<name>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,4}\s+(?-i:Treaty))|"
    # 'The original treaty was signed ...' (a body named after a treaty), 'the treaty establishing the union was signed ...'
    rf"(?-i:[Tt])he\s+(?P<own>founding\s+|original\s+)?(?-i:treaty)(?P<of>\s+(?:establishing|creating|founding|on)\s+(?:the|its)\s+(?-i:{_BODY}))?)"
    r"\s+(?:was|were)\s+(?:originally\s+|first\s+|initially\s+)?"
    r"signed\s+(?:(?:in|at|on)\s+(?:(?:\d{1,2}\s+)?(?-i:[A-Z])[a-z]+\s+(?:\d{1,2},?\s+)?(?P<year>\d{4})|(?P<year2>\d{4})|"
    r"(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,2}),?\s+){0,3}by\s+(?:the\s+(?:leaders|presidents|heads\s+of\s+state)\s+of\s+|"
    r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:countries|states|nations)\s*(?:\s-{1,2}|\s[–—]|[–—(:])\s*)?")


def treaty_memberships(ref: Reference, s: Sentence, mentions: list[Mention], main_org: str | None) -> list[MembershipFinding]:
    """The signatories of the treaty whose name the summit's organisation extends ('... Treaty Organization'), or of its
    founding treaty, founded it."""
    org = ref.organisations.get(main_org or "")
    if org is None:
        return []
    found: list[MembershipFinding] = []
    for m in _TREATY_SIGNED.finditer(s.text):
        if m.group("name"):
            name = re.sub(r"^the\s+", "", m.group("name").lower())
            if not any(re.fullmatch(re.escape(name) + r"\s+organi[sz]ation", n.lower()) for n in (org.name, *org.aliases)):
                continue
        elif not (m.group("of") or m.group("own") and (m.group("own").startswith("founding") or _treaty_body(ref, org.id))):
            continue  # 'The treaty was signed by A and B': some treaty, unless the body is named after its treaty
        year = m.group("year") or m.group("year2")
        items = read_list(ref, mentions, s.start + m.end(), s.text, s.start, ("country",))
        found += [MembershipFinding(org.id, i.entity_id or "", i.canonical or "", "member", "treaty_signed_by", year,
                                    (s.start + m.start(), i.end)) for i in items if i.entity_id]
    return found


# 'X, who holds observer status along with Y': the head of the clause holds the status as well as Y
_ALONG_WITH = re.compile(r",\s+(?:who|which)\s+(?:also\s+|now\s+|currently\s+)?(?:holds?|held|has|have|had|enjoys?)\s+(?P<status>observer|"
                         r"dialogue[\s-]+partner)\s+status\s+(?:along|together)\s+with\b", re.I)


def along_with_holders(s: Sentence, mentions: list[Mention], people: list[Person], main_org: str | None) -> list[MembershipFinding]:
    """The state (or the leader's state) that heads 'X, who holds observer status along with Y'."""
    found: list[MembershipFinding] = []
    for m in _ALONG_WITH.finditer(s.text):
        at = s.start + m.start()
        heads = [Mention("country", p.start, p.end, p.country or "", p.country_id, p.country) for p in people
                 if p.country_id and p.end == at] or [x for x in mentions if x.kind == "country" and x.end == at]
        status = "observer" if m.group("status").lower() == "observer" else "dialogue_partner"
        found += [MembershipFinding(main_org, h.entity_id or "", h.canonical or "", status, "along_with_holder", None,
                                    (h.start, s.start + m.end())) for h in heads[:1] if main_org and h.entity_id != main_org]
    return found


# 'Mongolia, along with Iran and Belarus, attended as observers': the head shares the predicate of the states it is with
_ALONG_HEAD = re.compile(r"\s*,\s+(?:along|together)\s+with\s+", re.I)
_SHARED_RULES = frozenset({"as_observer", "as_partner", "as_member", "joined", "acceded", "entered", "joining", "left", "suspended", "applied",
                           "act_joined", "act_left", "act_applied", "act_suspended", "readmitted"})


def along_with_heads(ref: Reference, s: Sentence, mentions: list[Mention], found: list[MembershipFinding]) -> list[MembershipFinding]:
    """Give the state before ', along with A and B,' the status its companions hold by the verb after them."""
    out: list[MembershipFinding] = []
    for head in (x for x in mentions if x.kind == "country"):
        m = _ALONG_HEAD.match(s.text, head.end - s.start)
        items = read_list(ref, mentions, s.start + m.end(), s.text, s.start, ("country",)) if m else []
        if not items or not re.match(r"\s*,", s.text[items[-1].end - s.start:]):
            continue
        ids = {i.entity_id for i in items}
        shared = next((f for f in found if f.country_id in ids and f.rule in _SHARED_RULES and f.span[1] > items[-1].end
                       and ";" not in s.text[items[-1].end - s.start: f.span[1] - s.start]), None)
        if shared and head.entity_id not in (shared.org_id, None):
            out.append(MembershipFinding(shared.org_id, head.entity_id or "", head.canonical or "", shared.status, "along_with_head",
                                         shared.since, (head.start, shared.span[1])))
    return out
