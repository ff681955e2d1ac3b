"""Attendance statuses that a frame around the names decides (blind round 36), wired into `derive` with small hooks.

- an ellipsis borrows the sentence before's verb: 'A and B arrived on Monday. So did C, making his first trip, and D.'
  gives C and D A's status ('Nor did E.' after an absence gives E's absence);
- a leader joining by video is there, whatever absence was said of the trip: 'The one absentee is X. X is following
  the sessions by video link.' (the truths' convention: joining by video = attended);
- a roster of those confirmed, told in the present while the summit is on, looks ahead to a later session: 'Among
  those confirmed by the hosts are A, B and C' is expected, not attended;
- another meeting's frame: another summit named as where guests come from ('who come straight from the ASEAN
  summit') leaves the sentence this summit's, while a meeting of another body's heads of state ('the informal
  meeting of the heads of state of the CIS') and a cue joining 'it' just after it ('X is expected to join it') are
  that meeting's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline import attendance as att
from pipeline import attendance_preview_cues as preview_cues
from pipeline.model import Mention, Person, Sentence

# 'So did X', 'So too did Y', 'As did Z', 'And so did W', 'So were A and B' (an ellipsis opening its sentence)
_SO_DID = re.compile(r"^\W*(?:and\s+)?(?:so\s+(?:too\s+|also\s+)?|as\s+)(?:did|were|was|have|has|had|will|are|is)\b", re.I)
# 'Neither did X', 'Nor was Y': the ellipsis of a negated verb
_NOR_DID = re.compile(r"^\W*(?:and\s+)?(?:neither|nor)\s+(?:did|were|was|have|has|had|will|are|is)\b", re.I)
# 'Among those confirmed by the Kremlin are', 'Those confirmed so far include': a present-tense roster of confirmations
_CONFIRMED_ROSTER = re.compile(preview_cues.CONFIRMED_ROSTER, re.I)
_PAST_ROSTER = re.compile(r"\b(?:were|included)\s*$", re.I)


def ellipsis_findings(s: Sentence, people: list[Person], before: list[att.AttendanceFinding],
                      dead: set[str]) -> list[att.AttendanceFinding]:
    """'So did X, Y and Z': the people of an ellipsis opening the sentence take the status and mode of the people the
    sentence before reported (its first finding, an absence for 'Nor did')."""
    so, nor = _SO_DID.match(s.text), _NOR_DID.match(s.text)
    if not (so or nor) or not people:
        return []
    model = next((f for f in before if f.person and (f.status == "absent") == bool(nor)), None)
    if model is None:
        return []
    return [att.AttendanceFinding(p, p.country_id, p.country, p.role, model.status, "ellipsis", p.acting, model.guest_cue,
                                  model.mode, (p.start, p.end))
            for p in people if p.person_id not in dead]


def confirmed_roster(s: Sentence, found: list[att.AttendanceFinding]) -> list[att.AttendanceFinding]:
    """'Among those confirmed by the hosts are A and B': confirmed is a promise, so a present roster of confirmations
    is expected (a past one, 'Among those confirmed were', keeps its status)."""
    m = _CONFIRMED_ROSTER.match(s.text)
    if m is None or _PAST_ROSTER.search(m.group(0)):
        return found
    return [replace(f, status="expected") if f.status == "attended" and f.person else f for f in found]


def outranks(new: att.AttendanceFinding, old: att.AttendanceFinding, priority: dict[str, int]) -> bool:
    """Return True when a finding about one attendee replaces the one kept so far: the higher status, except that
    joining by video, reported as done or under way (attended, virtual), beats an absence said of the trip, and an
    absence never beats it. A video link only hoped for ('the possibility of him addressing it by video') is no such
    report: the absence stands."""
    if new.status == "attended" and new.mode == "virtual" and old.status == "absent":
        return True
    if new.status == "absent" and old.status == "attended" and old.mode == "virtual":
        return False
    return priority[new.status] > priority[old.status]


# 'who come straight from the ASEAN summit', 'flying in directly from the G7 meeting': the trip's starting point
_FROM_BEFORE = re.compile(r"\b(?:come|comes|coming|came|fly|flies|flying|flew|travel(?:s|l?ed|l?ing)?|arriv(?:e|es|ed|ing)|"
                          r"head(?:s|ed|ing)?)\s+(?:in\s+)?(?:straight\s+|directly\s+|fresh\s+|on\s+)?from\s+"
                          r"(?:the\s+|this\s+week['’]s\s+|last\s+week['’]s\s+)?$", re.I)


def trip_origin(s: Sentence, org_start: int) -> bool:
    """Return True when another organisation's summit is named as where attendees come from ('A and B, who both come
    straight from the ASEAN summit in Jakarta'): the sentence is still about this summit's guests."""
    return bool(_FROM_BEFORE.search(s.text[max(0, org_start - s.start - 60): org_start - s.start]))


# 'at the informal meeting of the heads of state of the ', 'the summit of leaders of ': a meeting named by its body
_BODY_MEETING_BEFORE = re.compile(r"\b(?:meeting|summit|session|council|gathering)\s+of\s+(?:the\s+)?(?:heads\s+of\s+"
                                  r"(?:state|government)(?:\s+and\s+government)?|leaders)\s+of\s+(?:the\s+)?$", re.I)
# a cue whose object is the meeting of the sentence before: 'are expected to join it', 'will attend it too'
_JOIN_IT = re.compile(r"\b(?:join(?:s|ed|ing)?|attend(?:s|ed|ing)?|(?:take|takes|took|taking)\s+part\s+in|"
                      r"participat(?:e|es|ed|ing)\s+in)\s+it\b", re.I)


def other_body_meeting(s: Sentence, mentions: list[Mention], ours: set[str]) -> bool:
    """Return True for a sentence about a meeting of another body's leaders, named as 'the meeting of the heads of state
    of the CIS' ('the leaders will go on to the informal meeting of the heads of state of the Commonwealth of ...'),
    unless the summit's own body is named in it too."""
    orgs = [m for m in mentions if m.kind == "org"]
    if any(m.entity_id in ours for m in orgs):
        return False
    return any(_BODY_MEETING_BEFORE.search(s.text[max(0, m.start - s.start - 80): m.start - s.start]) for m in orgs)


def joins_it_elsewhere(s: Sentence, previous_elsewhere: bool) -> bool:
    """'... at the informal meeting of the heads of state of the CIS. X and Y are expected to join it.': a cue whose
    object is 'it' continues the sentence before; if that one was about another meeting, so is this."""
    return previous_elsewhere and bool(_JOIN_IT.search(s.text))
