"""Membership read from clause shapes the list rules miss: a roster tied to another body, a range list running on past an
aside, exits from 'the system' named by a common noun, a state's 'bid', a body 'pressing for the seat',
an invitation still being weighed, a bare 'applied in August', a counted list that 'held their first summit', and
allies named by apposition ('Ruritania, the only other ally that ...', 'eastern allies, including A and B').

Each rule reads one sentence (the counted founders read the sentence before too) and speaks for the summit's
organisation only, never when another organisation is named in the clause.
"""

from __future__ import annotations

import re

from pipeline.lists import read_list
from pipeline.membership import MembershipFinding
from pipeline.model import Mention, Person, Sentence
from pipeline.reference import Reference

_STATE_KINDS = ("country", "org")

_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
           "eleven": 11, "twelve": 12}


def other_body_head(mentions: list[Mention], start: int, end: int, main_org: str | None) -> bool:
    """Whether the head of a roster ('leaders of the Group of Seven - among them A, B, C') names another organisation.

    A roster of another body's leaders says nothing of the summit's organisation ('leaders of the Group of Seven -
    among them ... - issued a declaration' in an article on an alliance summit).
    """
    return main_org is not None and any(m.kind == "org" and m.entity_id not in (main_org, None) and start <= m.start < end
                                        for m in mentions)


def _other_org(mentions: list[Mention], main_org: str | None, start: int = 0, end: int = 10 ** 9) -> bool:
    return any(m.kind == "org" and m.entity_id not in (main_org, None) and start <= m.start < end for m in mentions)


def _state(ref: Reference, m: Mention) -> tuple[str, str] | None:
    """Return (id, name) of the state a mention names: a country, a demonym ('Saudi officials') or a capital ('Riyadh')."""
    if m.kind in ("country", "demonym") and m.entity_id in ref.countries:
        return m.entity_id, ref.countries[m.entity_id].name
    if m.kind == "org" and m.entity_id:
        return m.entity_id, m.canonical or m.text
    country = ref.country_with_capital(m.canonical) if m.kind == "city" else None
    return (country.id, country.name) if country else None


def _finding(main_org: str, state: tuple[str, str], status: str, rule: str, span: tuple[int, int],
             since: str | None = None) -> MembershipFinding:
    return MembershipFinding(main_org, state[0], state[1], status, rule, since, span)


# --- a range list running on past an aside: '... to C, the only island state in the group, as well as D and E' ------

# ', the only Arab state in the group, as well as ' / ', plus ' after the last item of a range
# ('..., plus four island nations: D, E and F', '... and includes D and E')
_RANGE_TAIL = re.compile(r"(?:\s+in\s+the\s+(?:far\s+|extreme\s+)?(?:north|south|east|west)[\w-]*)?(?:\s*,\s*(?:the|a|an)\s+(?:only\s+)?[^,;:.]{2,60}?,)?\s*,?\s*(?:as\s+well\s+as|plus|along\s+with|"
                         r"and\s+(?:also\s+)?includes?)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
                         r"(?:[\w-]+\s+){0,3}?(?:nations|states|countries|members)\s*(?::|\s[-–—]|[–—])\s*)?"
                         r"(?=(?:the\s+)?(?-i:[A-Z]))", re.I)


def range_tail(ref: Reference, mentions: list[Mention], text: str, pos: int, offset: int) -> list[Mention]:
    """Read the further members after a range's upper end ('from A and B to C, the only X in the group, as well as D')."""
    m = _RANGE_TAIL.match(text, pos - offset)
    return read_list(ref, mentions, offset + m.end(), text, offset, _STATE_KINDS) if m else []


# --- exits from the body named by a common noun -----------------------------------------------------------------------

# '... and left the collective security system', 'withdrew from the pact', 'pulled out of the bloc' (up to three words
# between the article and the noun)
_LEFT_BODY = re.compile(r"\b(?:left|quit|withdrew\s+from|pulled\s+out\s+of|walked\s+out\s+of)\s+(?:the|its)\s+"
                        r"(?-i:(?:[a-z][\w-]*\s+){0,3}?(?:system|treaty|pact|bloc|alliance|grouping|organi[sz]ation|club|group))\b", re.I)
# a gap between the last state and the verb: 'did not sign the protocol on its extension and '
_SUBJECT_GAP = re.compile(r"\s*(?:(?:[^,;.]{0,90}?\s+and\s+)|(?:had\s+|have\s+|has\s+)?)$", re.I)
_YEAR = re.compile(r"\b(?:in|by)\s+(?:[A-Z][a-z]+\s+)?(1[89]\d\d|20\d\d)\b")


def _subject_states(ref: Reference, s: Sentence, mentions: list[Mention], end: int) -> list[tuple[tuple[str, str], int]]:
    """Return the states of the list that ends just before `end` (a sentence offset), in order: 'A, B and C'."""
    states = [m for m in mentions if _state(ref, m) and m.kind in _STATE_KINDS and m.end - s.start <= end]
    if not states:
        return []
    last = states[-1]
    if not _SUBJECT_GAP.search(s.text[last.end - s.start: end]) or re.search(r"[,;]", s.text[last.end - s.start: end]):
        return []
    out = [last]
    for m in reversed(states[:-1]):
        if not re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+)", s.text[m.end - s.start: out[0].start - s.start]):
            break
        out.insert(0, m)
    return [(_state(ref, m), m.start) for m in out]  # type: ignore[misc]


def exits_from_body(ref: Reference, s: Sentence, mentions: list[Mention], main_org: str | None) -> list[MembershipFinding]:
    """'In 1999, A, B and C did not sign the protocol on its extension and left the collective security system': left.

    The body is named by a common noun, so the summit's organisation is meant; a year in the clause dates the exit.
    """
    if main_org is None or _other_org(mentions, main_org):
        return []
    out: list[MembershipFinding] = []
    for m in _LEFT_BODY.finditer(s.text):
        if re.search(r"\b(?:never|not|n['’]t|no\s+longer|refused\s+to|threatened\s+to|may|might|could|would|will)\s+(?:\w+\s+)?$",
                     s.text[max(0, m.start() - 30): m.start()], re.I):
            continue  # 'Peru has never quit the grouping': no exit
        year = _YEAR.search(s.text[: m.start()])
        for state, pos in _subject_states(ref, s, mentions, m.start()):
            out.append(_finding(main_org, state, "left", "left_body", (pos, s.start + m.end()),
                                year.group(1) if year else None))
    return out


# --- a state's bid ------------------------------------------------------------------------------------------------------

# "Sweden's bid", "Caracas's membership bid", "the African Union's bid for permanent membership" (not a bid to host or for
# an office: 'Brazil's bid to host the games', "Kenya's bid for a Security Council seat"; 'for months' is a duration)
_POSSESSIVE_BID = re.compile(r"^['’]s?\s+(?:(?:membership|accession|entry)\s+)?(?:bid|application)\b"
                             r"(?!\s+(?:to|for)\s+(?!(?:join|become|enter|(?:full\s+|permanent\s+)?(?:membership|accession|entry)|"
                             r"a\s+(?:full\s+|permanent\s+)?(?:seat|membership)\b|(?:months|years|weeks|decades|a\s+(?:year|decade))\b)))", re.I)


# the talk around a bid that makes it one for membership ('ratify', 'applied', 'the list of partners')
_MEMBERSHIP_TALK = re.compile(r"\b(?:member(?:s|ship)?|join(?:s|ed|ing)?|accession|appl(?:y|ied|ication|icants?)|candida\w*|"
                              r"ratif\w*|admi(?:ssions?|tted|ts?)|enlargement|expansion)\b", re.I)


def possessive_bids(ref: Reference, s: Sentence, mentions: list[Mention], main_org: str | None,
                    before: str = "") -> list[MembershipFinding]:
    """"Ankara must still ratify Ruritania's bid", "had blocked Valdor's bid": a candidate of the summit's body.

    A bare bid may be for anything ('Kenya's bid at the ministers' meeting' for a post), so the sentence or the one
    before must speak of membership."""
    if main_org is None or not _MEMBERSHIP_TALK.search(before + " " + s.text):
        return []
    out: list[MembershipFinding] = []
    for m in mentions:
        state = _state(ref, m)
        if state is None or state[0] == main_org or m.kind not in ("country", "city", "org"):
            continue
        if not _POSSESSIVE_BID.match(s.text[m.end - s.start:]) and not (
                m.text.endswith(("'s", "’s")) and _POSSESSIVE_BID.match("'s" + s.text[m.end - s.start:])):
            continue
        tail = s.text[m.end - s.start: m.end - s.start + 60]
        if _other_org(mentions, main_org, m.end, m.end + 60) or re.search(r"\b(?:bid|application)\s+(?:to|for)\s+.*\bof\s+(?-i:[A-Z])", tail):
            continue  # "Kosovo's bid for membership of the Council of Europe": another body's
        out.append(_finding(main_org, state, "candidate", "possessive_bid", (m.start, m.end)))
    return out


# --- a body pressing for a seat after a sentence on its membership -----------------------------------------------------

# 'The Sahel Union has been pressing for the seat for years', 'Ruritania is lobbying for membership'
_PRESSING = re.compile(r"^\s+(?:has\s+been|have\s+been|is|are|was|had\s+been)\s+(?:\w+ly\s+)?(?:pressing|pushing|lobbying|campaigning|"
                       r"angling|clamou?ring)\s+for\s+(?:the|a|its|full|permanent)\s+(?:(?:full|permanent)\s+)?(?P<what>seat|membership|place)\b", re.I)
_SEAT_TALK = re.compile(r"\bmember(?:ship)?\b|\bseat\s+at\s+the\s+table\b", re.I)


def pressing_for_seat(ref: Reference, s: Sentence, mentions: list[Mention], main_org: str | None,
                      before: str = "") -> list[MembershipFinding]:
    """'... proposing that the Sahel Union be given permanent membership. The union has been pressing for the seat for
    years': a candidate by its own push (a third party's proposal alone makes no candidate). A seat or place is one of
    membership only after a sentence about membership."""
    if main_org is None:
        return []
    out: list[MembershipFinding] = []
    for m in mentions:
        if any(x.kind == "org" and x.entity_id not in (main_org, m.entity_id, None) for x in mentions):
            break  # 'the union has been pressing for a seat on the council': another body's seat
        state = _state(ref, m) if m.kind in _STATE_KINDS else None
        p = _PRESSING.match(s.text[m.end - s.start:]) if state and state[0] != main_org else None
        if p and (p.group("what").lower() == "membership" or _SEAT_TALK.search(before)):
            out.append(_finding(main_org, state, "candidate", "pressing_for_seat", (m.start, m.end + p.end())))  # type: ignore[arg-type]
    return out


# --- an invitation still being weighed ----------------------------------------------------------------------------------

# 'has never formally confirmed it has accepted', 'has yet to accept the invitation', 'still "considering" the invitation'
# 'have never publicly confirmed that the kingdom has taken up the offer'
_WEIGHING = re.compile(r"\b(?:(?:has|have)\s+)?(?:never|not\s+yet)\s+(?:formally\s+|officially\s+|publicly\s+)?"
                       r"(?:confirmed|said)\s+(?:(?:that\s+)?(?:it|the\s+(?:kingdom|country|emirate|republic|state|government))\s+"
                       r"(?:has\s+|had\s+)?)?(?:accepted|taken\s+up\s+(?:the|its|an)\s+(?:offer|invitation))\b|"
                       r"\b(?:has|have)\s+yet\s+to\s+(?:formally\s+|officially\s+)?(?:accept|respond\s+to|take\s+up)\s+(?:the|its|an)\s+invitation\b|"
                       r"\bstill\s+[\"“']?(?:considering|weighing|studying|mulling)[\"”']?\s+(?:the|its|an)\s+(?:invitation|offer)\b", re.I)


def weighed_invitations(ref: Reference, s: Sentence, mentions: list[Mention], main_org: str | None) -> list[MembershipFinding]:
    """'Valdor has never confirmed it accepted, and Valdoran officials call the country still "considering" the
    invitation': invited, not yet in - a candidate. The state is the nearest one named before the cue in its clause."""
    if main_org is None or _other_org(mentions, main_org):
        return []
    out: list[MembershipFinding] = []
    for m in _WEIGHING.finditer(s.text):
        before = [x for x in mentions if x.end - s.start <= m.start() and _state(ref, x) and x.kind != "org"]
        if not before:
            continue
        x = before[-1]
        if re.search(r"[;]|\bbut\b", s.text[x.end - s.start: m.start()]):
            continue
        out.append(_finding(main_org, _state(ref, x), "candidate", "weighed_invitation", (x.start, s.start + m.end())))  # type: ignore[arg-type]
    return out


# --- a bare 'applied in August' ------------------------------------------------------------------------------------------

_BARE_APPLIED = re.compile(r"^\s+(?:(?:has|had)\s+)?(?:also\s+|formally\s+|officially\s+)?applied\s+"
                           r"(?=(?:in|last|this|earlier|on)\b(?!\s+(?:the|a|its|their)\b))", re.I)


# the application's outcome in the same sentence: 'applied in 1997 and became a full member in March the following year'
_THEN_ENTERED = re.compile(r"^[^.;]*?\b(?:became|joined|acceded|was\s+(?:admitted|accepted)|entered)\b", re.I)


def bare_applications(ref: Reference, s: Sentence, mentions: list[Mention], main_org: str | None) -> list[MembershipFinding]:
    """'Ruritania applied in August and was not on the list': in an article on a body, an application to it."""
    if main_org is None or _other_org(mentions, main_org):
        return []
    out: list[MembershipFinding] = []
    for m in mentions:
        if m.kind != "country" or m.entity_id not in ref.countries:
            continue
        a = _BARE_APPLIED.match(s.text[m.end - s.start:])
        if a and not _THEN_ENTERED.search(s.text[m.end - s.start + a.end():]):
            out.append(_finding(main_org, _state(ref, m), "candidate", "bare_applied", (m.start, m.end + a.end())))  # type: ignore[arg-type]
    return out


# --- a counted list that then acts as the body ('The four held their first summit') -------------------------------------

_COUNTED_ACT = re.compile(r"^\s*The\s+(?P<n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                          r"(?:(?:countries|states|nations|economies|founders|founding\s+members)\s+)?"
                          r"(?:held\s+their\s+first\s+(?:summit|meeting)|first\s+met|founded|formed|launched|created|set\s+up|"
                          r"established)\b", re.I)


def counted_founders(ref: Reference, s: Sentence, prev: Sentence | None, prev_mentions: list[Mention],
                     main_org: str | None) -> list[MembershipFinding]:
    """'... four emerging economies: A, B, C and D. The four held their first summit in 2009': the four are its first members.

    The sentence before must name exactly the counted states as one list, and neither sentence another organisation.
    """
    m = _COUNTED_ACT.match(s.text)
    if main_org is None or prev is None or m is None or _other_org(prev_mentions, main_org):
        return []
    n = _COUNTS[m.group("n").lower()]
    states = [x for x in prev_mentions if x.kind == "country" and x.entity_id in ref.countries]
    if not states:
        return []
    first = read_list(ref, prev_mentions, states[0].start, prev.text, prev.start, ("country",))
    if len(first) != n or len({x.entity_id for x in states}) != n:
        return []
    return [_finding(main_org, (x.entity_id, ref.countries[x.entity_id].name), "member", "counted_first_summit",  # type: ignore[index]
                     (x.start, x.end)) for x in first if x.entity_id]


# --- allies named by apposition ------------------------------------------------------------------------------------------

# 'Ruritania, the only other ally that has yet to ...', 'Valdor, the last member to ratify'
_ALLY_APPOSITIVE = re.compile(r"^\s*,\s+(?:the|an?)\s+(?:only\s+(?:other\s+)?|last\s+|other\s+|fellow\s+)?(?:[\w-]+\s+)?"
                              r"(?:ally|member(?:\s+(?:state|country|nation))?)\s+(?:that|which|who|to|still|yet)\b", re.I)
# 'several eastern allies, including A and B', 'member states such as A and B'
_ALLIES_INCLUDING = re.compile(r"(?<!non-)(?<!non\s)\b(?:allies|member\s+(?:states|countries|nations))\s*,?\s+(?:including|such\s+as|among\s+them)\s+", re.I)


def appositive_allies(ref: Reference, s: Sentence, mentions: list[Mention], main_org: str | None) -> list[MembershipFinding]:
    """'Ruritania, the only other ally yet to ratify', 'eastern allies, including A and B, pressed for ...': members."""
    if main_org is None or _other_org(mentions, main_org):
        return []
    out: list[MembershipFinding] = []
    for m in mentions:
        if m.kind == "country" and m.entity_id in ref.countries and _ALLY_APPOSITIVE.match(s.text[m.end - s.start:]):
            out.append(_finding(main_org, _state(ref, m), "member", "ally_appositive", (m.start, m.end)))  # type: ignore[arg-type]
    for g in _ALLIES_INCLUDING.finditer(s.text):
        if re.search(r"\b(?:non-?|not\s+|partners?\b)\W*$", s.text[max(0, g.start() - 20): g.start()], re.I):
            continue
        for x in read_list(ref, mentions, s.start + g.end(), s.text, s.start, ("country",)):
            if x.entity_id in ref.countries:
                out.append(_finding(main_org, (x.entity_id, ref.countries[x.entity_id].name), "member", "allies_including",  # type: ignore[index]
                                    (s.start + g.start(), x.end)))
    return out


# --- founders told in a relative clause on the body: '..., which Kyrgyzstan helped found in 2001 together with A and B' ---

_BODY_BEFORE = re.compile(r"\b(?:organi[sz]ation|bloc|group|grouping|alliance|union|forum|community|commonwealth|league|association)"
                          r"\s*,?\s*$", re.I)
_HELPED_FOUND = re.compile(r"\s*(?:helped\s+(?:to\s+)?(?:found|create|establish|set\s+up|launch)|co-?founded)\b(?P<mid>[^.;:]{0,40}?)"
                           r"(?:\s+(?:together\s+with|along\s+with|alongside)\s+(?=(?:the\s+)?(?-i:[A-Z]))|(?=[.;,]|\s*$))", re.I)


def helped_found(ref: Reference, s: Sentence, mentions: list[Mention], main_org: str | None) -> list[MembershipFinding]:
    """'the eight-member organisation, which Kyrgyzstan helped found in 2001 together with China and Russia': the state
    and its companions founded the summit's body (named, or told by a common noun, just before 'which')."""
    if main_org is None or _other_org(mentions, main_org):
        return []
    out: list[MembershipFinding] = []
    for rel in re.finditer(r"\b(?:which|that)\s+", s.text):
        before = s.text[: rel.start()]
        if not (_BODY_BEFORE.search(before) or any(x.kind == "org" and x.entity_id == main_org and
                                                    re.fullmatch(r"\s*,?\s*", s.text[x.end - s.start: rel.start()]) for x in mentions)):
            continue
        subject = next((x for x in mentions if x.kind == "country" and x.start == s.start + rel.end()), None)
        m = _HELPED_FOUND.match(s.text, subject.end - s.start) if subject is not None else None
        if m is None or subject is None:
            continue
        semi = s.text.find(";", m.end())
        stop = s.start + (semi if semi >= 0 else len(s.text))  # the clause ends at a semicolon
        items = [subject] + [x for x in read_list(ref, mentions, s.start + m.end(), s.text, s.start, ("country",))
                             if x.end <= stop and not re.match(r"[.;,]|\s*$", s.text[m.end():])]
        out += [_finding(main_org, st, "member", "helped_found", (x.start, x.end)) for x in items
                if (st := _state(ref, x)) is not None]
    return out


def clause_memberships(ref: Reference, s: Sentence, mentions: list[Mention], people: list[Person],
                       main_org: str | None, before: Sentence | None = None) -> list[MembershipFinding]:
    """Apply this module's one-sentence rules (the sentence before gives the talk a bare bid or seat is read in)."""
    talk = before.text if before is not None else ""
    return (exits_from_body(ref, s, mentions, main_org) + possessive_bids(ref, s, mentions, main_org, talk)
            + pressing_for_seat(ref, s, mentions, main_org, talk) + weighed_invitations(ref, s, mentions, main_org)
            + bare_applications(ref, s, mentions, main_org) + appositive_allies(ref, s, mentions, main_org)
            + helped_found(ref, s, mentions, main_org))
