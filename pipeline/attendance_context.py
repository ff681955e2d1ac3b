"""Attendance read against the summit's host and place.

The host's own guest list ('Prime Minister X invited A; B's C; and D'), talks held in the host city ('After a meeting
in Astana with A and B, C agreed'), and what is said of another place: a sentence opened by 'There' after one about
another meeting or ending in another city ('... on to Brisbane, where the G20 opens. There they will be joined by X'),
a where-clause on another city one travels on to ('will head to Kazan on Friday for the games, where X is expected'),
the owner of a place ('the riding of Minister X'), and a stranger met on a visit ('He met Governor X'). Each rule reads
one sentence (and for 'There', a flag about the one before), in bounded windows.
"""

from __future__ import annotations

import functools
import re

from pipeline import attendance as att
from pipeline.model import Mention, Person, Sentence

_HOST_ROLES = frozenset({"President", "Prime Minister", "Chancellor", "King", "Queen", "Emir", "Sultan", "Premier",
                         "Crown Prince"})
# the inviter's verb, active: 'X invited', 'X has also invited', 'X, the host, invited'
_INVITED_AFTER = re.compile(r"^\s*(?:,[^,;]{0,60},\s*)?(?:(?:has|had|also|personally)\s+){0,2}invited\s+(?!(?:him|her|them)\b)",
                            re.I)
# an invitation to something other than the summit: 'invited X to visit Ottawa', 'to Beijing in May'
_INVITED_TO_OTHER = re.compile(r"^\s*,?\s*to\s+(?!(?:the|this|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:summit|sessions?|meeting|"
                               r"talks|outreach|dinner|retreat|gathering|table)\b|attend\b|join\b|take\s+part\b)", re.I)


# the guest list ends where another clause sets in: 'invited A and B, but C's prime minister said ...'
_CONTRAST = re.compile(r",?\s+(?:but|while|although|though|whereas)\s", re.I)


def host_invited_findings(s: Sentence, people: list[Person], host_country: str | None, summit_future: bool | None,
                          dead: set[str]) -> list[att.AttendanceFinding]:
    """'From Asia, Chancellor X invited A, who ...; B's president, C; and D': the host's own guests.

    The inviter is a sitting head of the host country, and the verb active. The guests are the people after it, to
    the end of the sentence or a contrasting clause (a list split by semicolons and asides). Not an invitation to go elsewhere ('to visit
    Ottawa'), nor with an absence in the sentence. In a report the guests came; in a preview they are expected.
    """
    if host_country is None or len(people) < 2 or "invited" not in s.text or att.ABSENT.search(s.text):
        return []
    for i, host in enumerate(people[:-1]):
        if host.country_id != host_country or host.role not in _HOST_ROLES or host.former:
            continue
        cue = _INVITED_AFTER.match(s.text[host.mention.end - s.start:])
        if cue is None:
            continue
        a = host.mention.end - s.start + cue.end()
        stop = _CONTRAST.search(s.text, a)
        z = stop.start() if stop else len(s.text)
        guests = [p for p in people[i + 1:] if a <= p.mention.start - s.start < z]
        if any(_INVITED_TO_OTHER.match(s.text[p.end - s.start: p.end - s.start + 120]) for p in guests):
            return []
        status = att.sentence_status(s.text, summit_future)
        return [att._finding(p, status, "host_invited", False, s, "in_person") for p in guests
                if p.person_id not in dead and not p.former and p.role != "Spokesperson"
                and p.country_id != host_country and not att._excluded(s, p)]
    return []


_IN_BEFORE = re.compile(r"\b(?:talks|meetings?|summit)\s+(?:held\s+)?in\s+$", re.I)


def host_talks_findings(s: Sentence, mentions: list[Mention], people: list[Person], host_city: str | None,
                        window: tuple[str, str] | None, published: str | None, summit_future: bool | None,
                        dead: set[str]) -> list[att.AttendanceFinding]:
    """'Following a three-way meeting in Astana with A and B, C agreed': talks in the host city, at no other time.

    Everyone the sentence names for them was there: the people met and the one meeting them. A sentence dated to
    another time, a trip on to talks elsewhere, an absence, and people named for the past or quoted stay out.
    """
    if not host_city or len(people) < 2 or not att._TALKS_WITH.search(s.text) or att._LEFT_FOR.search(s.text) or \
            att.ABSENT.search(s.text) or att._dated_elsewhere(s.text, window, published):
        return []
    if not any(m.kind == "city" and host_city in (m.entity_id, m.canonical, m.text)
               and _IN_BEFORE.search(s.text[max(0, m.start - s.start - 60): m.start - s.start]) for m in mentions):
        return []
    status = att.sentence_status(s.text, summit_future)
    return [att._finding(p, status, "host_talks", False, s, "in_person") for p in people
            if not p.former and p.person_id not in dead and p.role != "Spokesperson" and not att._excluded(s, p)
            and not att._owner_of_other_noun(s, p)]


# a locative 'There' opening the sentence, not the existential one: 'There they will be joined by', 'There, X met';
# or the place or meeting taken up by 'that': 'At that meeting', 'In that city'
_THERE = re.compile(r"^\W*(?:there\b(?!\s+(?:is|are|was|were|will|would|shall|has|have|had|seems?|seemed|appears?|"
                    r"appeared|remains?|remained|may|might|could|should|must|can|came|comes|exists?|existed)\b|['’]s\b)|"
                    r"(?:at|in|during)\s+(?:that|the\s+latter)\s+(?:[\w-]+\s+)?(?:summit|meeting|gathering|talks|session|"
                    r"city|capital|town)\b)", re.I)
# '... are due in Dushanbe for that gathering': the other meeting the sentence before told
_FOR_THAT = re.compile(r"\bfor\s+(?:that|the\s+latter)\s+(?:[\w-]+\s+)?(?:summit|meeting|gathering|talks|session)\b", re.I)


# a locative 'there' after the verb: 'Ruritania was represented there by', 'X was also there'
_THERE_AFTER = re.compile(r"\b(?:represented|present|attend(?:ed|ing)|gathered|arrived|seated|expected|due|(?:was|were)(?:\s+also)?)\s+"
                          r"there\b(?!\s+(?:any|no|a|an)\b)", re.I)


def there_elsewhere(s: Sentence, previous_elsewhere: bool) -> bool:
    """'... on their way to Brisbane, where the G20 summit opens. There they will be joined by X': a sentence opened by
    a locative 'There' ('At that meeting', 'represented there') is set where the sentence before it was; if that one was about another
    meeting, so is this."""
    return previous_elsewhere and bool(_THERE.match(s.text) or _THERE_AFTER.search(s.text) or _FOR_THAT.search(s.text))


# the last place of a sentence, one goes to or is in: 'most leaders were on their way south to Brisbane.'
_TO_PLACE = re.compile(r"\b(?:to|towards?|for|in|at)\s+$", re.I)


def ends_elsewhere(s: Sentence, mentions: list[Mention], host_city: str | None) -> bool:
    """Return True when the last place the sentence names is a city other than the host city, gone to or set in:
    a 'There' opening the next sentence is that city."""
    places = [m for m in mentions if m.kind in ("city", "country")]
    if not host_city or not places or places[-1].kind != "city":
        return False
    last = places[-1]
    return host_city not in (last.entity_id, last.canonical, last.text) and bool(
        _TO_PLACE.search(s.text[max(0, last.start - s.start - 12): last.start - s.start]))


# 'will head to Kazan on Friday for the games, where ...': a place one goes on to, and a where-clause on it
_ONWARD = re.compile(r"\b(?:to|for|on\s+to)\s+$", re.I)
_WHERE = re.compile(r",\s*(?:where|which|at\s+which)\s", re.I)
# the trip is to the summit itself ('flew to Munich for the summit, which X also attended'), or the clause ends
_GAP_STOP = re.compile(r"[;:]|\b(?:summit|meeting|talks|session|gathering)\b", re.I)


def onward_elsewhere(s: Sentence, mentions: list[Mention], p: Person, host_city: str | None) -> bool:
    """Return True for a person named in a where-clause on another city the sentence travels to ('most of the
    leaders fly on to Sochi for the games, where X is also expected', '... for the parade, which X will attend'):
    that city's event, not the summit."""
    if not host_city:
        return False
    at = p.mention.start - s.start
    found = list(_WHERE.finditer(s.text, max(0, at - 240), at))
    where = found[-1] if found else None
    if where is None or re.search(r"[;:]", s.text[where.end(): at]):
        return False
    return any(m.kind == "city" and host_city not in (m.entity_id, m.canonical, m.text)
               and 0 < where.start() - (m.end - s.start) <= 100
               and _ONWARD.search(s.text[max(0, m.start - s.start - 10): m.start - s.start])
               and not _WHERE.search(s.text[m.end - s.start: where.start()])
               and not _GAP_STOP.search(s.text[m.end - s.start: where.start()]) for m in mentions)


# 'in the riding of Industry Minister X', 'the constituency of Y': the person owns a place, the sentence's cue is not
# about them
_PLACE_OF = re.compile(r"\b(?:riding|constituency|electorate|district|ward|hometown|home\s+(?:town|region|state|"
                       r"province|village)|birthplace|native\s+(?:town|village|region))\s+of\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){0,2}$", re.I)


def place_owner(s: Sentence, p: Person) -> bool:
    """Return True for a person named as the owner of a place ('the riding of Minister X')."""
    return bool(_PLACE_OF.search(s.text[max(0, p.start - s.start - 60): p.start - s.start]))


@functools.lru_cache(maxsize=256)
def _only_met(text: str) -> int | None:
    """Return where the first cue ends when every attendance cue of the sentence is a bare 'met' or 'meets'."""
    cues = list(att.ATTEND.finditer(text))
    return cues[0].end() if cues and all(m.group(0).lower() in ("met", "meets") for m in cues) else None


def met_stranger(s: Sentence, f: att.AttendanceFinding) -> bool:
    """'He met Northern Province Chief Minister X and visited a newspaper': the object of a bare 'met', of no known
    state or organisation, is someone a leader saw on a visit, not a delegate to the summit."""
    p = f.person
    if p is None or f.country_id or f.rule != "attend_cue":
        return False
    end = _only_met(s.text)
    return end is not None and end <= p.mention.start - s.start
