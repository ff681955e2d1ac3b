"""Attendance rules added on blind rounds 29, 30 and 31.

Who attends: invitees listed after the invitation ('They include ...'), a counted group named in the next sentence,
lists under a line of attendees further up ('Here's who's in town:'). Who stays away: a boycotting state's leader
heard from home, a leader on whose behalf the delegation is led, one who stayed in his own capital. Whose country: an anaphoric delegation's head, the
one sent by the state that opens the sentence. Who only seems to attend: one met on a later stop of a trip, a visitor
who toured the region before, an official quoted in a 'with' clause, a list of subjects at another meeting.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline import attendance as att
from pipeline.model import Mention, Person, Sentence
from pipeline.reference import Reference

# 'X invited eleven outsiders to the enlarged dialogue', 'the hosts have invited several guests to an outreach session'
_INVITATION = re.compile(r"\binvit(?:ed|es|ing)\b[^.;]{0,120}?\bto\s+(?:the|its|an?|this|their|his|her)\s+[^.;]{0,60}?"
                         r"\b(?:summit|sessions?|meeting|talks|dialogue|outreach|gathering|dinner|lunch|retreat|forum)\b",
                         re.I)


def invitees_findings(s: Sentence, people: list[Person], context: Sentence | None, summit_future: bool | None,
                      dead: set[str]) -> list[att.AttendanceFinding]:
    """'The host invited a dozen outsiders to the outreach session. They include X, Y and Z.': the list after an
    invitation to the summit's own sessions takes the invitation's tense (attended in a report, expected before)."""
    if context is None or not att._AMONG_THEM.match(s.text) or att.attend_cue(s.text) or att.ABSENT.search(s.text):
        return []
    if not _INVITATION.search(context.text) or att.ABSENT.search(context.text):
        return []
    status = att.sentence_status(context.text, summit_future)
    return [att._finding(p, status, "invitees", False, s, "in_person") for p in people
            if not att._excluded(s, p) and not p.former and p.person_id not in dead
            and not att._IN_RELATIVE.search(s.text[: p.mention.start - s.start])]


_HEADS = frozenset({"President", "Prime Minister", "Chancellor", "King", "Queen", "Emir", "Sultan", "Premier", "Leader",
                    "Crown Prince"})
# a leader heard from home: 'said on state television', 'told the nation in a broadcast from the capital'
_FROM_HOME = re.compile(r"\b(?:on\s+(?:state|national|public)\s+(?:television|radio|TV)|at\s+home|back\s+home|"
                        r"from\s+(?:his|her|their)\s+(?:capital|palace|residence|office|home)|"
                        r"in\s+(?:a|an)\s+(?:televised\s+|radio\s+)?(?:statement|address|broadcast|interview))\b", re.I)


def absent_leader_findings(s: Sentence, people: list[Person], context: Sentence | None, context_country: str | None,
                           dead: set[str]) -> list[att.AttendanceFinding]:
    """'Ruritania boycotted the summit. Its president, X, said on state television that ...': the head of a state the
    sentence before keeps away, heard from home in this one, is absent."""
    if context is None or context_country is None or not att.ABSENT.search(context.text) or att.attend_cue(
            context.text) or att.attend_cue(s.text) or att.REPRESENT.search(s.text) or not _FROM_HOME.search(s.text):
        return []
    return [att._finding(p, "absent", "absent_at_home", False, s, "none") for p in people
            if p.country_id == context_country and p.role in _HEADS and not p.former and p.person_id not in dead]


# the subject's own verb of staying, right before a place: 'X stayed in', 'Y, facing a crisis, remained behind in'
_STAYED_IN = re.compile(r"^\s*(?:,[^,;:]{0,100},\s*)?(?:(?:had|has)\s+)?(?:instead\s+)?(?:stayed|remained)\s+(?:behind\s+)?"
                        r"(?:at\s+home\s+)?in\s+$", re.I)


# the stay dated to another time: 'stayed in Kyiv last week as parliament debated the budget'
_ANOTHER_TIME = re.compile(r"^[^.;]{0,40}?\b(?:(?:last|earlier\s+this|the\s+previous|the\s+past)\s+(?:week|month|year|weekend)|"
                           r"(?:weeks|months|years|days)\s+ago|in\s+(?:19|20)\d\d)\b", re.I)


def stayed_home_findings(ref: Reference, s: Sentence, mentions: list[Mention], people: list[Person],
                         host_country: str | None, dead: set[str]) -> list[att.AttendanceFinding]:
    """'X stayed in Kyiv, where he dissolved parliament': a head of state or government who stayed in his own capital,
    while the summit met in another country, is absent."""
    out = []
    for p in people:
        country = ref.countries.get(p.country_id or "")
        if country is None or not country.capital or country.id == host_country or p.role not in _HEADS or p.former \
                or p.person_id in dead:
            continue
        if any(m.kind == "city" and m.entity_id == country.capital and m.start > p.end and _STAYED_IN.match(
                s.text[p.mention.end - s.start: m.start - s.start]) and not _ANOTHER_TIME.match(s.text[m.end - s.start:])
               for m in mentions):
            out.append(att._finding(p, "absent", "stayed_home", False, s, "none"))
    return out


_FORMER_APPOSITIVE = re.compile(r"^\s*,\s*(?:former\s+(?:[\w'’.-]+\s+){0,4})?$", re.I)


def body_office_holder(ref: Reference, s: Sentence, mentions: list[Mention], f: att.AttendanceFinding,
                       day: str | None) -> att.AttendanceFinding:
    """'The head of the Ruritania-based Fund, former Ruritanian President X': one named by a former state office after
    a body's office he holds now sits for the body."""
    p = f.person
    if p is None or not p.former or not p.person_id or not att._BODY_OFFICE_BEFORE.search(
            s.text[max(0, p.mention.start - s.start - 160): p.mention.start - s.start]):
        return f
    places = {o.place for o in ref.offices_of(p.person_id, day[:10] if day else None)}
    body = next((m for m in mentions if m.kind == "org" and m.end <= p.mention.start and m.canonical in places
                 and _FORMER_APPOSITIVE.match(s.text[m.end - s.start: p.mention.start - s.start])), None)
    return f if body is None else replace(f, country_id=body.entity_id, country=body.canonical)


_ITS_DELEGATION = re.compile(r"^\W*(?:its|their)\s+(?:[\w-]+\s+)?delegation\b", re.I)


def its_delegation(ref: Reference, s: Sentence, f: att.AttendanceFinding,
                   prev_country: str | None) -> att.AttendanceFinding:
    """'Ruritania's king stayed away. Its delegation, headed by Minister X, ...': X is of the one country before."""
    country = ref.countries.get(prev_country or "")
    if f.person is None or f.country_id or country is None or not _ITS_DELEGATION.match(s.text):
        return f
    return replace(f, country_id=country.id, country=country.name,
                   person=replace(f.person, country_id=country.id, country=country.name))


_CITY_DELEGATION = re.compile(r"^['’]s\s+(?:[\w-]+\s+)?delegation\b", re.I)


def capital_delegation(ref: Reference, s: Sentence, mentions: list[Mention], f: att.AttendanceFinding) -> att.AttendanceFinding:
    """"Beirut's delegation will be led by its ambassador, X": a capital standing for its state gives the one leading
    the delegation that state, when nothing else did."""
    if f.person is None or f.country_id:
        return f
    for m in mentions:
        country = ref.country_with_capital(m.canonical or m.text) if m.kind == "city" else None
        if country is not None and _CITY_DELEGATION.match(s.text[m.end - s.start:]):
            return replace(f, country_id=country.id, country=country.name,
                           person=replace(f.person, country_id=country.id, country=country.name))
    return f


# a trip's later stop: 'will fly to Prague on Wednesday to meet President X', 'travels on to Y for talks with Z'
_TRIP_TO = re.compile(r"\b(?:fl(?:y|ies|ew|ying)|travel\w*|head\w*|go(?:es|ing)?|went|continu\w+|mov(?:e|es|ed|ing)|"
                      r"proceed\w*)\s+(?:on\s+)?(?:to|on\s+to)\s+$", re.I)
_MEET_GAP = re.compile(r"^[^.;:]{0,80}?\b(?:to\s+(?:meet|see|visit|call\s+on|hold\s+talks\s+with)|for\s+(?:talks|a\s+meeting|"
                       r"meetings)\s+with)\b[^.;:]{0,100}$", re.I)


def met_on_trip(s: Sentence, mentions: list[Mention], p: Person, host_city: str | None) -> bool:
    """Return True for someone a leader goes on to meet in another city ('will fly to Prague to meet President X');
    the caller keeps one said there to be absent ('to see Y, who is not attending the summit')."""
    if not host_city:
        return False
    at = p.mention.start - s.start
    cities = [m for m in mentions if m.kind == "city" and m.end - s.start <= at]
    if not cities:
        return False
    city = cities[-1]
    return host_city not in (city.entity_id, city.canonical, city.text) and bool(
        _TRIP_TO.search(s.text[max(0, city.start - s.start - 30): city.start - s.start])
        and _MEET_GAP.match(s.text[city.end - s.start: at]))


# 'X, who toured the region earlier this week, urged the leaders to ...': a visitor's call on the leaders, from outside
_TOURED_ASIDE = re.compile(r"^\s*,\s*who\s+(?:(?:has|had)\s+)?(?:toured|visited|was\s+in|travell?ed\s+(?:through|around|to))\s+"
                           r"[^,;.]{0,60}?\b(?:earlier|last\s+(?:week|month)|days\s+ago|before\s+the\s+(?:summit|meeting)|"
                           r"yesterday|on\s+the\s+eve)\b[^,;.]{0,30},\s*(?:also\s+)?(?:urged|told|warned|called\s+on|"
                           r"appealed\s+to|pressed|reminded|advised|asked)\b", re.I)


def visitor_remark(s: Sentence, p: Person) -> bool:
    """Return True for a visitor who toured the region before and whose only act is a remark to the leaders."""
    return bool(_TOURED_ASIDE.match(s.text[p.end - s.start: p.end - s.start + 200]))


_SUBJECT_ASIDE = re.compile(r"^\s*,[^;:]{0,200},\s*(?:(?:also|instead|then|only|has|had|have|again)\s+)*$", re.I)


def sender_subject(ref: Reference, s: Sentence, mentions: list[Mention],
                   f: att.AttendanceFinding) -> att.AttendanceFinding:
    """'Ruritania, under sanctions by A, B and C since May, sent its ambassador, X': the one sent is of the state that
    opens the sentence and sends, not of the last state named in the aside before the verb."""
    m = att.SEND.search(s.text) if f.rule == "sent_in_place" and f.person is not None else None
    first = next((x for x in mentions if x.kind == "country"), None)
    if m is None or first is None or first.entity_id == f.country_id or s.text[: first.start - s.start].strip(
            " \"“‘'").lower() not in ("", "the") or not _SUBJECT_ASIDE.match(s.text[first.end - s.start: m.start()]):
        return f
    country = ref.countries.get(first.entity_id)
    if country is None or f.person.role in _HEADS and f.person.country_id:
        return f
    return replace(f, country_id=country.id, country=country.name,
                   person=replace(f.person, country_id=country.id, country=country.name))


_WITH_BEFORE = re.compile(r"\bwith\s+(?:[\w'’.-]+\s+){0,5}$", re.I)
_TELLING_AFTER = re.compile(r"^\s*,?\s*(?:telling|saying|briefing|informing)\s+(?:reporters|journalists|the\s+press|the\s+media|"
                            r"a\s+news|a\s+press)\b", re.I)


def telling_aside(s: Sentence, p: Person) -> bool:
    """Return True for an official quoted in a 'with' clause ('..., with Foreign Secretary X telling reporters that')."""
    return bool(_WITH_BEFORE.search(s.text[max(0, p.start - s.start - 60): p.start - s.start])
                and _TELLING_AFTER.match(s.text[p.end - s.start: p.end - s.start + 60]))


# the names, titles and joints of a list of subjects: 'Ruritanian Foreign Minister X, Y of Z and Minister W'
# (one token per step, each read one way only: no backtracking between tokens)
_NAMES_ONLY = re.compile(r"(?:[\s,]|\b(?:and|of|the|de|da|bin|al|el|van|von)\b|\b[A-Z][\w'’.-]*(?![\w'’.-]))*")


def list_at_other_meeting(s: Sentence, p: Person) -> bool:
    """Return True for the first items of a list of subjects whose verb attends another meeting ('Foreign Minister
    X, Foreign Minister Y and Foreign Minister Z took part in that meeting')."""
    at = p.end - s.start
    cue = att.ATTEND.search(s.text, at, at + 240)
    if cue is None or not _NAMES_ONLY.fullmatch(s.text[at: cue.start()]) or "," not in s.text[at: cue.start()] and \
            " and " not in s.text[at: cue.start()]:
        return False
    after = s.text[cue.end(): cue.end() + 100]
    return bool(att._THAT_MEETING_AFTER.match(after) or att._LOWER_MEETING_AFTER.match(after)
                or att._OTHER_MEETING_AFTER.match(after))


# 'on behalf of King X', 'on behalf of President His Highness Sheikh Y', 'on behalf of King X and Crown Prince Z'
_ON_BEHALF_OF = re.compile(r"\bon\s+behalf\s+of\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,5}?$", re.I)
_AND_BEFORE = re.compile(r"^\s*,?\s+and\s+(?:(?-i:[A-Z])[\w'’.-]*\s+){0,3}$")


def on_behalf_absent(s: Sentence, people: list[Person], dead: set[str]) -> list[att.AttendanceFinding]:
    """'The delegation was headed by Minister X, on behalf of King Y and Crown Prince Z': a leader on whose behalf
    someone leads the delegation, represents the state or acts at the summit is absent."""
    if not (att.REPRESENT.search(s.text) or att.attend_cue(s.text)):
        return []
    out, last = [], None
    for p in people:
        before = s.text[max(0, p.start - s.start - 80): p.start - s.start]
        chained = last is not None and _AND_BEFORE.match(s.text[last.end - s.start: p.start - s.start])
        if (_ON_BEHALF_OF.search(before) or chained) and p.role in _HEADS and p.country_id and not p.former and \
                p.person_id not in dead:
            out.append(att._finding(p, "absent", "on_behalf_of", False, s, "none"))
            last = p
        else:
            last = None
    return out


_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
            "eleven": 11, "twelve": 12}
# 'spent the afternoon with five African presidents invited by the host': a counted group at the summit
_COUNTED = re.compile(r"\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?:[\w-]+\s+){0,2}?"
                      r"(?:presidents|leaders|heads\s+of\s+(?:state|government)|prime\s+ministers|guests|monarchs)\b", re.I)
_ITEM_WORDS = frozenset({"and", "of", "the", "president", "prime", "minister", "premier", "king", "emir", "chancellor",
                         "vice", "sultan", "leader", "crown", "prince"})
_GAP_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def counted_group_findings(s: Sentence, people: list[Person], context: Sentence | None, summit_future: bool | None,
                           dead: set[str]) -> list[att.AttendanceFinding]:
    """'The leaders spent the afternoon with five African presidents invited by the host. A of X, B, C's president, D,
    and E of Y set out their plan.': a sentence opening with as many named people as the group counted just before
    (at the summit, by an attendance cue or an invitation) names that group."""
    m = _COUNTED.search(context.text) if context is not None else None
    if m is None or context is None or att.ABSENT.search(context.text) or not (
            att.attend_cue(context.text) or att.GUEST.search(context.text)) or not people:
        return []
    n = int(m.group(1)) if m.group(1).isdigit() else _NUMBERS[m.group(1).lower()]
    items = [people[0]] if people[0].start - s.start <= 30 else []
    for p in people[1:]:
        if len({q.person_id for q in items}) == n or not items:
            break
        gap = s.text[items[-1].end - s.start: p.start - s.start]
        words = _GAP_WORD.findall(gap)
        if len(gap) > 60 or re.search(r"[.;:()]", gap) or any(w.lower() not in _ITEM_WORDS and not w[0].isupper()
                                                                for w in words):
            break
        items.append(p)
    if len({q.person_id for q in items}) != n:
        return []
    status = att.sentence_status(context.text, summit_future)
    return [att._finding(p, status, "counted_group", False, s, "in_person") for p in items
            if not p.former and p.person_id not in dead]

