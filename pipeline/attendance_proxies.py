"""Absences and stand-ins told by what was sent, read out or not done, and people named who are no attendees.

Mechanisms (each revises one sentence's person findings):

- `_not_sent`: the one a country decided against sending is absent ('having decided against sending Prime Minister
  X', 'is expected to send its foreign minister rather than Crown Prince Y', 'instead of sending President Z').
- `_speech_read`: one whose speech another reads out stays away ('sent its foreign minister, who read out X's speech',
  'Y read X's address to the summit'); the reader attends in his place. Not when the speech was for a side event
  X skipped ('X skipped a scheduled appearance at the business forum, where Y read his speech instead'): skipping
  such an event is no absence from the summit (`_side_event_skip`).
- `_sent_named`: 'X sent Y, the deputy head of his administration', 'Iran sent acting President Y': a bare name (or one
  with a lower-case title) after 'sent' is a stand-in, and the sending leader is absent.
- `_took_seat`: 'Foreign Minister Y took the Argentine seat', 'Y took Brazil's seat': Y attends for the country.
- `in_comparison`: 'X stayed in Beijing, as he had for the Delhi summit two years ago, and Y led the delegation': the
  other meeting named inside a comparison aside does not make the sentence about that meeting.
- `nobody_from`: 'No United States official would attend', 'no Malian delegation came': the country, known by an
  office or a delegation alone, is absent, not expected.
- `not_attendee`: 'X had not been invited to Halifax', 'X was not asked to the summit' (never invited: no attendee,
  not absent either); the next summit's host ('next year's summit will be held in Y, where Mr Z will be the host').
"""

from __future__ import annotations

import dataclasses
import re

from pipeline import attendance as att
from pipeline.attendance_recall import TOOK_SEAT
from pipeline.model import Person, Sentence

# the one not sent: 'decided against sending', 'rather than (sending)', 'instead of sending', 'not sending'
_NOT_SENT_BEFORE = re.compile(r"\b(?:(?:against|not|instead\s+of|without)\s+sending|rather\s+than(?:\s+sending)?)\s+"
                              r"(?:(?:his|her|its|their|the)\s+)?(?:[\w'’.-]+\s+){0,4}$", re.I)
# a speech read for another: 'read out X's speech', 'delivered Y's address', 'read a message from Z'
_SPEECH_READ = re.compile(r"\b(?:read(?:s|ing)?(?:\s+out)?|deliver(?:ed|s|ing)|present(?:ed|s|ing))\s+$", re.I)
_SPEECH_AFTER = re.compile(r"^['’]s?\s+(?:(?:opening|keynote|prepared|written|televised)\s+)?(?:speech|address|remarks|"
                           r"statement|message)\b", re.I)
# 'Y read his speech instead', 'Y delivered her remarks for him': Y reads another's speech, the pronoun naming him
_OWN_SPEECH_READ = re.compile(r"^\s+(?:(?:also|then|later)\s+)?(?:read|read\s+out|delivered|presented)\s+(?:his|her)\s+"
                              r"(?:(?:opening|keynote|prepared)\s+)?(?:speech|address|remarks|statement|message)\b", re.I)
# the reader just before the cue: 'Y, who read out', 'Y read', 'Y then read'
_READER_GAP = re.compile(r"^(?:\s*,\s*who\s+(?:also\s+|then\s+|later\s+)?|\s+(?:also\s+|then\s+|later\s+)?)$", re.I)
# a side event skipped: 'skipped a scheduled appearance at', 'missed the business forum', 'skipped the gala dinner'
_SIDE_EVENT_SKIP = re.compile(r"\b(?:skip(?:s|ped|ping)?|miss(?:es|ed|ing)?|cancel(?:l?ed|s)?|pulled\s+out\s+of)\s+"
                              r"(?:a|an|the|his|her|their)\s+(?:(?:scheduled|planned|expected|brief|separate)\s+)?"
                              r"(?:appearance|speech|address|(?:[\w'’-]+\s+){0,3}?(?:forum|dinner|banquet|reception|gala|"
                              r"breakfast|lunch(?:eon)?|photo(?:graph)?|photo[- ]op|press\s+conference|concert|"
                              r"ceremony|walkabout))\b", re.I)
# a bare name sent: 'sent Y, the deputy head of ...', 'sent acting President Y', 'sent Y as a special guest'
_SENT_BEFORE = re.compile(r"\b(?:sent|sends|is\s+sending|will\s+send|dispatched)\s+(?P<title>(?:acting|interim|caretaker|"
                          r"outgoing|first|deputy|vice)\s+(?:[\w'’.-]+\s+){0,3})?$", re.I)
_SENT_OFFICE_AFTER = re.compile(r"^\s*(?:,\s*(?:the|his|her|its|their|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:deputy|minister|head|"
                                r"chief|envoy|adviser|advisor|aide|ambassador|secretary|chair\w*|speaker|vice|premier|"
                                r"president|governor|representative)\b|\s+as\s+(?:(?:its|his|her|their|a|an|the)\s+)?"
                                r"(?:special\s+|personal\s+)?(?:guest|envoy|representative|emissary)\b)", re.I)
# 'X, who is subject to an arrest warrant that Y would have to execute, sent': a long aside between sender and verb
_WHO_ASIDE_GAP = re.compile(r"^\s*,\s*(?:who|whose)\s[^;:\"“”]{0,200},\s*$", re.I)
_SENT_ELSEWHERE = re.compile(r"^[^;.]{0,120}?\bto\s+(?-i:[A-Z])")
_LOWER_TITLE = re.compile(r"(?:acting|interim|caretaker|outgoing)\s", re.I)
# a seat taken for a country: 'took the Argentine seat', 'took Brazil's seat', 'took the seat of Peru'
_TOOK_SEAT = re.compile(r"^\s+(?:then\s+|instead\s+)?" + TOOK_SEAT, re.I)  # the one rule, in `attendance_recall`
# never invited: 'had not been invited', 'was explicitly not invited', 'was not asked to the summit'
_NOT_INVITED = re.compile(r"^\s*(?:,\s*[^,;.:]{0,60},\s*|,\s*)?(?:(?:had|has|have|was|were|is|are)\s+(?:also\s+)?"
                          r"(?:explicitly\s+|pointedly\s+|deliberately\s+)?not\s+(?:been\s+)?(?:invited|asked)|"
                          r"(?:had|has|have)\s+(?:never|not)\s+been\s+(?:invited|asked)|(?:was|were|is|are)\s+"
                          r"(?:never|not)\s+(?:been\s+)?(?:invited|asked))\b", re.I)
# 'Neither X nor Y has been invited': the clause's 'neither' before, its verb after the last name
_NEITHER_BEFORE = re.compile(r"\b(?:neither|nor)\b[^;.:]{0,150}$", re.I)
_INVITED_AFTER = re.compile(r"^[^;.:]{0,150}?\b(?:has|have|had|was|were|is|are)\s+(?:yet\s+)?(?:been\s+)?(?:invited|asked)\b",
                            re.I)
# the next summit's host: 'where Mr X will be the host', 'X will host next year's summit'
_NEXT_HOST_AFTER = re.compile(r"^\s*(?:will|is\s+to|is\s+due\s+to)\s+(?:be\s+(?:the\s+)?host|host|chair)\b", re.I)
_NEXT_SUMMIT = re.compile(r"\b(?:next\s+year['’]s|the\s+next|the\s+following)\s+(?:[\w-]+\s+)?(?:summit|meeting|gathering)\b",
                          re.I)


def _before(s: Sentence, p: Person, width: int = 80) -> str:
    start = min(p.start, p.mention.start) - s.start
    return s.text[max(0, start - width): start]


def _after(s: Sentence, p: Person, width: int = 120) -> str:
    end = p.mention.end - s.start
    return s.text[end: end + width]


def _set(found: list[att.AttendanceFinding], f: att.AttendanceFinding) -> list[att.AttendanceFinding]:
    """Put `f` in place of any finding about the same person."""
    pid = f.person.person_id if f.person else None
    return [g for g in found if not (g.person and g.person.person_id == pid)] + [f]


def _finding_of(found: list[att.AttendanceFinding], p: Person) -> att.AttendanceFinding | None:
    return next((f for f in found if f.person and f.person.person_id == p.person_id), None)


def revise(s: Sentence, people: list[Person], found: list[att.AttendanceFinding], summit_future: bool | None,
           dead: set[str]) -> list[att.AttendanceFinding]:
    """Revise one sentence's person findings with the absences, stand-ins and non-attendees named above."""
    if not people:
        return found
    live = [p for p in people if p.person_id not in dead]
    found = _side_event_skip(s, found)
    found = _not_sent(s, live, found)
    found = _speech_read(s, live, found, summit_future)
    found = _sent_named(s, live, found, summit_future)
    found = _took_seat(s, live, found, summit_future)
    return _left_at_home(s, found)


# 'X represented Malaysia, with caretaker Prime Minister Y at home campaigning': the one left at home is absent
_WITH_BEFORE = re.compile(r"\bwith\s+(?:[\w.'’-]+\s+){0,5}$", re.I)
_AT_HOME_AFTER = re.compile(r"^\s*,?\s*(?:(?:at|back)\s+home|in\s+(?:his|her)\s+(?:capital|palace))\b", re.I)


def _left_at_home(s: Sentence, found: list[att.AttendanceFinding]) -> list[att.AttendanceFinding]:
    """A person named after 'with' and before 'at home' is absent, not a second stand-in."""
    return [dataclasses.replace(f, status="absent", stand_in=False, mode="none")
            if f.person is not None and f.status != "absent" and _WITH_BEFORE.search(_before(s, f.person, 60))
            and _AT_HOME_AFTER.match(_after(s, f.person, 60)) else f for f in found]


def _side_event_skip(s: Sentence, found: list[att.AttendanceFinding]) -> list[att.AttendanceFinding]:
    """'X skipped a scheduled appearance at the business forum': X's absence is from that event, not the summit."""
    m = _SIDE_EVENT_SKIP.search(s.text)
    if m is None or att.ABSENT.search(s.text[: m.start()] + s.text[m.end():]):
        return found
    return [f for f in found if not (f.status == "absent" and f.rule == "absent_cue" and f.span[1] - s.start <= m.start())]


def _not_sent(s: Sentence, people: list[Person], found: list[att.AttendanceFinding]) -> list[att.AttendanceFinding]:
    """'New Delhi having decided against sending Prime Minister X': X is absent."""
    for p in people:
        if _NOT_SENT_BEFORE.search(_before(s, p)) and (found or att.SEND.search(s.text) or att.REPRESENT.search(s.text)):
            found = _set(found, att._finding(p, "absent", "not_sent", False, s, "none"))
    return found


def _speech_read(s: Sentence, people: list[Person], found: list[att.AttendanceFinding],
                 summit_future: bool | None) -> list[att.AttendanceFinding]:
    """'Y, who read out X's speech': X is absent (unless the speech was for a side event X skipped); Y stands in."""
    if _SIDE_EVENT_SKIP.search(s.text):
        # 'X skipped the business forum, where Y read his speech instead': Y is there, reading for X at that event
        skip = _SIDE_EVENT_SKIP.search(s.text)
        skipper = next((q for q in reversed(people) if skip and q.mention.end - s.start <= skip.start()), None)
        for p in people:
            if _OWN_SPEECH_READ.match(_after(s, p, 60)) and _finding_of(found, p) is None:
                f = att._finding(p, att.sentence_status(s.text, summit_future), "speech_reader", False, s, "in_person")
                if p.country_id is None and skipper is not None and skipper.country_id:
                    f = dataclasses.replace(f, country_id=skipper.country_id, country=skipper.country)  # 'his': X's
                found = _set(found, f)
        return found
    for i, p in enumerate(people):
        before = _before(s, p, 60)
        cue = _SPEECH_READ.search(before)
        if cue is None or not _SPEECH_AFTER.match(_after(s, p, 40)):
            continue
        found = _set(found, att._finding(p, "absent", "speech_read_for", False, s, "none"))
        reader = people[i - 1] if i else None
        if reader is None or reader.country_id != p.country_id:
            continue
        gap = s.text[reader.mention.end - s.start: min(p.start, p.mention.start) - s.start]
        if _READER_GAP.match(gap[: len(gap) - len(cue.group(0))]):
            own = _finding_of(found, reader)
            status = own.status if own and own.status != "absent" else att.sentence_status(s.text, summit_future)
            found = _set(found, dataclasses.replace(att._finding(reader, status, "speech_reader", True, s, "in_person")))
    return found


def _sent_named(s: Sentence, people: list[Person], found: list[att.AttendanceFinding],
                summit_future: bool | None) -> list[att.AttendanceFinding]:
    """'X sent Y, the deputy head of his administration': Y stands in; X, the sender, is absent."""
    for i, p in enumerate(people):
        before = _before(s, p, 80)
        m = _SENT_BEFORE.search(before)
        titled = m is not None and (m.group("title") or _LOWER_TITLE.match(s.text[p.start - s.start: p.mention.start - s.start]))
        own = _finding_of(found, p)
        if m is None or not (titled or _SENT_OFFICE_AFTER.match(_after(s, p))) or own is not None and (
                own.stand_in or own.status == "absent"):
            continue
        cue = max(0, min(p.start, p.mention.start) - s.start - 80) + m.start()
        sender = next((q for q in reversed(people[:i]) if q.mention.end - s.start <= cue and (
            att._subject_of(s, q, cue) or _WHO_ASIDE_GAP.match(s.text[q.mention.end - s.start: cue]))), None)
        if _SENT_ELSEWHERE.match(_after(s, p, 160)) and not att.SUMMITISH.search(s.text):
            continue  # 'X sent Y, his envoy, to Geneva': sent elsewhere, in a sentence naming no meeting
        status = att.sentence_status(s.text, summit_future)
        f = att._finding(p, status, "sent_named", True, s, "in_person")
        if sender is not None and sender.country_id:
            f = dataclasses.replace(f, country_id=sender.country_id, country=sender.country)  # 'X sent Y': X's country
        found = _set(found, f)
        if sender is not None:
            found = _set(found, att._finding(sender, "absent", "sent_named", False, s, "none"))
    return found


def _took_seat(s: Sentence, people: list[Person], found: list[att.AttendanceFinding],
               summit_future: bool | None) -> list[att.AttendanceFinding]:
    """'Foreign Minister Y took the Argentine seat': Y attends, in place of an absent leader of the same country."""
    for p in people:
        if not _TOOK_SEAT.match(_after(s, p)) or _finding_of(found, p) is not None:
            continue
        stand_in = any(f.status == "absent" and f.country_id == p.country_id for f in found)
        found = _set(found, att._finding(p, att.sentence_status(s.text, summit_future), "took_seat", stand_in, s,
                                         "in_person"))
    return found


def not_attendee(s: Sentence, f: att.AttendanceFinding) -> bool:
    """Return True for a finding about one never invited ('X had not been invited to Halifax') or about the next
    summit's host ('next year's summit will be held in Y, where Mr Z will be the host'): no attendee, nor absent."""
    if f.person is None:
        return False
    after = _after(s, f.person)
    neither = bool(_NEITHER_BEFORE.search(_before(s, f.person, 160)) and _INVITED_AFTER.match(after))
    return neither or bool(_NOT_INVITED.match(after)) or bool(_NEXT_SUMMIT.search(s.text) and _NEXT_HOST_AFTER.match(after))


# 'No United States official would attend', 'no Russian delegation was present', 'No leader from Mali came'
_NOBODY_FROM = re.compile(r"\bno\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){1,3}(?:officials?|leaders?|delegations?|delegates?|"
                          r"representatives?|ministers?|envoys?|diplomats?)\b[^.;:]{0,40}?\b(?:would|will|did|was|were|is|"
                          r"are|came|attended|showed\s+up|turned\s+up)\b", re.I)


def nobody_from(s: Sentence, f: att.AttendanceFinding) -> att.AttendanceFinding:
    """'No United States official would attend the summit': the country found by office alone is absent."""
    if f.person is not None or f.status == "absent":
        return f
    for m in _NOBODY_FROM.finditer(s.text):
        if m.start() <= f.span[0] - s.start < m.end() or (f.country and f.country.lower() in m.group(0).lower()):
            return dataclasses.replace(f, status="absent", stand_in=False, mode="none")
    return f


# 'as he had for the Delhi summit two years ago', 'as she did at the Rome meeting', 'just as in the Lima talks'
_COMPARISON_ASIDE = re.compile(r",\s*(?:just\s+)?as\s+(?:(?:he|she|they|it)\s+(?:had|did|has|was|were)\s+(?:also\s+)?)?"
                               r"(?:for|at|in|during|before)\s+the\s+[^,;.:]{0,80}?(?:,|$)", re.I)


def in_comparison(s: Sentence, at: int) -> bool:
    """Return True when position `at` (in the article) lies inside a comparison aside with another meeting."""
    return any(m.start() < at - s.start < m.end() for m in _COMPARISON_ASIDE.finditer(s.text))
