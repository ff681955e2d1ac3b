"""The tense of a report written while a summit is under way, or of a preview written on the eve.

Three mechanisms:

- `under_way`: the lede tells the summit's work in the past on the report's own day ('Leaders sat down in Halifax on
  Friday to ...', 'Belarus became the tenth member on Thursday, as the leaders used a summit in Astana ...'): the
  summit has begun, whatever later day the text also names (a closing session, a guest still to fly in), so nobody is
  'expected' merely because the summit's dates were read as ahead.
- `ahead`: the lede tells the summit still to come after the report's day ('X will travel to Kazan on Tuesday for a
  three-day summit', 'Leaders are due to gather in Lima on Friday'): everyone is expected even if the summit's dates
  were read as starting on the report's day.
- `STILL_TO_COME`: in such a report, one who has yet to arrive stays expected ('X is due on Saturday', 'Y, who is
  scheduled to land on Tuesday night', 'the delegation is to be headed by Z', 'W will join the talks on the final day').
"""

from __future__ import annotations

import datetime as dt
import re

from pipeline.dates import find_dates, parse_day
from pipeline.model import Sentence
from pipeline.summit import ministers_meeting

# a past verb of the summit's own work: 'sat down', 'opened', 'signed', 'became', 'used a summit', 'met'
_WORK_DONE = re.compile(r"\b(?:sat\s+down|opened|began|kicked\s+off|got\s+under\s*way|signed|adopted|approved|endorsed|"
                        r"agreed|became|admitted|welcomed|unveiled|wrapped\s+up|closed|ended|concluded|met|gathered|"
                        r"convened|held|used|launched|pledged|vowed|called\s+for|declared)\b", re.I)
# the leaders or their meeting, named in the sentence
_SUMMIT_WORDS = re.compile(r"\b(?:summit|leaders|heads\s+of\s+(?:state|government)|presidents|prime\s+ministers|"
                           r"summiteers)\b", re.I)
# a clause looking ahead or preparing: 'ahead of the summit', 'on the eve of', 'to prepare', 'will', 'is expected to'
_AHEAD = re.compile(r"\b(?:ahead\s+of|before|on\s+the\s+eve|eve\s+of|prepar\w*|pre-summit|will|would|shall|"
                    r"(?:is|are)\s+(?:expected|due|set|scheduled)\s+to|upcoming|next\s+week|tomorrow)\b", re.I)
# a time before this week's: 'last week', 'a year ago', 'earlier this month'
_EARLIER = re.compile(r"\b(?:last|previous)\s+(?:week|month|year)|\bago\b|\bearlier\s+this\s+(?:week|month|year)", re.I)
# where the lede's first clause ends: ', while ...', ', as ...', '; ...', ' - ...'
_CLAUSE_END = re.compile(r",\s+(?:while|as|whereas|but|and\s+(?:a|an|the)\s)\s|;|\s[-—–]\s")
# a dateline opening the lede: 'ASTANA, July 4 (Wire) - ', 'HALIFAX (CP) -- '
_DATELINE = re.compile(r"^(?-i:[A-Z])[\w.'’ -]{0,30}?,?\s*(?:(?-i:[A-Z])[a-z]{2,8}\.?\s+\d{1,2}\s*)?(?:\([^)]{1,30}\)\s*)?"
                       r"(?:--?|[—–])\s+")


def under_way(sentences: list[Sentence], published: str | None) -> bool:
    """Return True when one of the first two body sentences tells, in its first clause, the summit's work in the
    past on the report's day or the day before, with nothing in that clause looking ahead."""
    pub = parse_day(published)
    if pub is None:
        return False
    body = [s for s in sentences if s.kind == "body"][:2]
    for s in body:
        if not _SUMMIT_WORDS.search(s.text) or ministers_meeting(s.text):
            continue
        head = _CLAUSE_END.split(_DATELINE.sub("", s.text), maxsplit=1)[0]
        if _AHEAD.search(head) or _EARLIER.search(head) or not _WORK_DONE.search(head):
            continue
        days = [parse_day(d.start) for d in find_dates(head, published, False) if d.precision == "day"]
        if days and all(d is not None and pub - dt.timedelta(days=1) <= d <= pub for d in days):
            return True
    return False


# still to arrive in a report: 'is due on Saturday', 'is scheduled to land tonight', 'is to be headed by', 'will fly in
# Saturday', 'will join the talks on the final day'
STILL_TO_COME = re.compile(
    r"\b(?:(?:is|are)\s+(?:also\s+)?(?:due|scheduled|set|expected)\s+to\s+(?:land|arrive|fly\s+in|join\s+(?:the|them)\b)|"
    r"(?:is|are)\s+(?:also\s+)?due\s+(?:in\s+(?:the\s+)?[\w'’-]+\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|tomorrow|tonight|later)\b|"
    r"(?:is|are)\s+to\s+be\s+(?:headed|led)\s+by|"
    # 'were all listed by the Kremlin among Thursday's participants': a later day's list
    r"\blisted\s+(?:[\w'’]+\s+){0,5}?among\s+(?:the\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|tomorrow)['’]s\s+"
    r"(?:participants|guests|attendees|speakers)|"
    # 'is also due for the ASEAN-UN summit': a later session of the week
    r"(?:is|are)\s+(?:also\s+)?due\s+(?:for|at)\s+the\s+(?:[\w-]+\s+){0,3}?(?:summit|meeting|talks|session|sessions)|"
    r"will\s+(?:still\s+|only\s+|also\s+)?(?:fly\s+in|land|arrive|join\s+(?:the|them)\b[^.;,]{0,40}?\b(?:on|for)\s+the\s+"
    r"(?:final|last|closing|second|third)\s+day|join\s+(?:the|them)\b[^.;,]{0,40}?\bon\s+(?:Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday)))\b", re.I)


# travel or the summit's opening still to come: 'will travel to', 'is due to arrive', 'are set to gather', 'opens'
_COMING = re.compile(r"\b(?:will|(?:is|are)\s+(?:due|set|scheduled|expected)\s+to)\s+(?:\w+\s+)?(?:travel|fly|head|arrive|go|"
                     r"attend|open|begin|start|gather|meet|convene|kick\s+off)\b", re.I)


def ahead(sentences: list[Sentence], published: str | None) -> bool:
    """Return True when one of the first two body sentences tells, in its first clause, travel to the summit or its
    opening on a named day after the report's, with no past work of the summit in that clause."""
    pub = parse_day(published)
    if pub is None:
        return False
    for s in [s for s in sentences if s.kind == "body"][:2]:
        if not re.search(r"\bsummit\b", s.text, re.I) or ministers_meeting(s.text):
            continue
        head = _CLAUSE_END.split(_DATELINE.sub("", s.text), maxsplit=1)[0]
        if not _COMING.search(head) or _WORK_DONE.search(head):
            continue
        days = [parse_day(d.start) for d in find_dates(head, published, True) if d.precision == "day"]
        if days and all(d is not None and d > pub for d in days):
            return True
    return False
