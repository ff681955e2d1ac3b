"""Attendance told by an act done at the summit's table (held-out round 34), and a representation with an aside,
kept apart from the big patterns of `attendance.py`, which joins them in next to `attendance_cues`.

Each is a family of frames, not one sentence's wording:
- the gavel passed on, done by the outgoing chair: 'X passed the gavel to Y', 'handed the gavel over to Z'
  (the one who receives it is already read by 'received the gavel');
- a briefing of the other leaders: 'A and B briefed colleagues on the outbreak', 'X briefs fellow leaders on',
  'Y updated his counterparts on' (said of one in the room, not 'briefed reporters');
- a seat among the leaders: 'A, B and C sat down with the leaders on Saturday', 'X will sit down with the heads of
  state' (the group being the summit's own, not 'sat down with the rebels');
- a representation with an aside between the verb and its agent: 'X was represented, as at recent summits, by his
  prime minister, Y', 'Z is represented, once again, by its foreign minister'.
"""

from __future__ import annotations

import re

from pipeline.model import Sentence

_LEADERS = (r"(?:the\s+)?(?:other\s+|fellow\s+|visiting\s+|assembled\s+|(?-i:[A-Z])[\w-]*\s+)?(?:leaders|heads\s+of\s+"
            r"(?:state|government)(?:\s+and\s+(?:of\s+)?government)?|presidents|prime\s+ministers|premiers)")

ACT_ATTEND = (
    # the outgoing chair's gavel: 'passed the gavel to', 'handed the gavel over to', 'hands over the gavel to'
    r"\b(?:pass(?:es|ed|ing)?|hand(?:s|ed|ing)?)\s+(?:over\s+)?the\s+(?:[\w-]+\s+)?gavel\s+(?:over\s+)?to\b|"
    # a briefing of the other leaders: 'briefed colleagues on', 'briefs fellow leaders about'
    r"\b(?:briefed|briefs|briefing|updated|updates|updating)\s+(?:(?:his|her|their)\s+)?(?:fellow\s+|other\s+)?"
    r"(?:colleagues|counterparts|peers|fellow\s+leaders|" + _LEADERS + r")\s+(?:on|about|over)\b|"
    # a seat with the summit's leaders: 'sat down with the leaders', 'will sit down with the heads of state'
    r"\b(?:sat|sit|sits|sitting)\s+down\s+with\s+" + _LEADERS + r"\b"
)

# 'was represented, as at recent summits, by', 'is represented, once more, by': an aside between verb and agent
ASIDE_REPRESENT = (r"\b(?:be|is|are|was|were|will\s+be)\s+(?:(?:also|instead|only)\s+)?(?:being\s+)?represented\s*,"
                   r"\s*[^,;.:\"“”]{2,60},\s*by\b")


# an aside on one person, closed before the main clause goes on: 'X, who also attended the BRICS gathering, was joined
# by ...', 'Y, who had come from the G20 summit, chaired'
_ASIDE_OPEN = re.compile(r",\s*(?:who|whose)\s[^,;:\"“”()]{0,120}$", re.I)
_ASIDE_CLOSE = re.compile(r"^[^,;:\"“”()]{0,80},\s*(?:(?:also|then|later)\s+)?(?-i:[a-z]+)")


def in_person_aside(s: Sentence, at: int) -> bool:
    """Return True when text position `at` (absolute) lies in a 'who' aside that the main clause follows: another
    summit named there is the person's past, not what the sentence is about ('Xi, who also attended the BRICS
    gathering, was joined by the leaders of ...')."""
    i = at - s.start
    return bool(_ASIDE_OPEN.search(s.text[max(0, i - 120): i]) and _ASIDE_CLOSE.match(s.text[i: i + 80]))


# a quoted speaker named as the summit's host: '"...," said President X, the host, with a smile', 'said Y, the
# summit's host' -- the host is at the table, whatever the quote says
HOST_AFTER = re.compile(r"^\s*,\s*(?:the\s+(?:(?:summit|meeting|gathering)['’]s\s+)?host|who\s+(?:is\s+|was\s+)?"
                        r"host(?:ed|ing|s)\s+(?:the\s+)?(?:summit|meeting|gathering|talks))\b(?!\s+(?:of|for)\s)", re.I)


# in a report, a speaker's intention told in reported speech: 'X said he would use the summit to', 'Y told reporters
# she would press for' -- the future of the time spoken, at the summit, not a future attendance
REPORTED_WOULD = re.compile(r"\b(?:said\s+|told\s+(?:[\w'’-]+\s+){1,2}?)(?:that\s+)?(?:he|she|they)\s+would\b(?!\s+not\b)"
                            # not the attendance itself, which 'said he would attend' leaves ahead
                            r"(?!\s+(?:also\s+)?(?:attend|travel|come|go|participate|take\s+part|join|be\s+(?:there|present|"
                            r"attending))\b)",
                            re.I)


# the target of the leaders' pressure or measures: 'to keep up pressure on Rebel Leader X', 'sanctions against Y', 'a
# crackdown on Z' -- talked about, not at the table
TARGET_BEFORE = re.compile(r"\b(?:pressure|sanctions|crackdown|measures|war|offensive|arrest\s+warrants?)\s+"
                           r"(?:on|against)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+|(?-i:[a-z])[\w'’-]*\s+){0,4}$", re.I)
