"""Cues around a date that tell whether it is the summit's day: a statement's day with its object, a statement made on
a named day of the summit, a side meeting on the eve given after its date, and the future of reported speech.

- 'the ministry confirmed the trip on Monday', 'aides announced his attendance on Friday': the statement's day, like
  'said on Monday' (the summit is what the statement is about, not when it was made);
- 'was announced on Tuesday on the final day of the summit', 'said on Sunday at the close of the meeting': a
  statement made at the summit dates it after all;
- 'held talks on Wednesday, the day before the main session', 'dined on Monday, on the eve of the summit': the eve;
- 'saying Xi would attend the meeting from Tuesday to Thursday', 'he was to arrive on Friday': the future of reported
  speech resolves a weekday forward from the report, as 'will' does.
"""

from __future__ import annotations

import re

from pipeline.dates import DateRef, find_dates, parse_day

# a reporting verb and what it reports, right before a date: 'confirmed the trip on', 'announced his attendance on'
REPORTED_OBJECT_ON = re.compile(
    r"\b(?:said|announced|confirmed|stated|reported|disclosed|revealed|unveiled|denied)\s+(?:the|his|her|its|their|this|"
    r"that)\s+(?:[\w'’-]+\s+){0,2}?(?:trip|visit|journey|plans?|news|attendance|participation|travel|decision|"
    r"itinerary|schedule|programme|program|invitation|absence)\s+(?:on\s+)?$", re.I)

# right after a statement's date: it was made on a named day of the summit, or at its close
AT_SUMMIT_DAY_AFTER = re.compile(
    r"^\s*,?\s*(?:(?:morning|afternoon|evening|night)\s+)?(?:on|during|at)\s+the\s+(?:(?:(?:first|opening|second|third|"
    r"fourth|final|last|closing|concluding)\s+(?:and\s+(?:final|last|closing)\s+)?day)|close|end|opening)\s+of\s+"
    r"(?:the|this|its|their|a|an)\b", re.I)

# right after a date: the eve of the summit, given as an appositive ('on Wednesday, the day before the main session')
EVE_AFTER = re.compile(
    r"^\s*(?:(?:morning|afternoon|evening|night)\s*)?,?\s*(?:on\s+)?(?:the\s+(?:day|night|evening)\s+before|the\s+eve\s+of|"
    r"a\s+day\s+(?:before|ahead\s+of))\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}?(?:summit|session|meeting|talks|"
    r"gathering|opening)s?\b", re.I)

# the future of reported speech: 'would attend', 'was to arrive', 'were due to meet'
REPORTED_FUTURE = re.compile(r"\b(?:would|(?:was|were)\s+(?:due\s+|set\s+|scheduled\s+|expected\s+)?to\s+(?!have\b)\w+)\b",
                             re.I)

# a sentence about the leaders' meeting that names no summit: 'Leaders gathered in X on July 9-10', 'Merkel will welcome
# the heads of state and government of the G20 on Friday and Saturday', 'the presidents met in X on Monday'
LEADERS_GATHER = re.compile(
    r"\b(?:(?:leaders|heads\s+of\s+(?:state|government)|presidents|premiers|prime\s+ministers)\b[^.;:]{0,50}?\b"
    r"(?:gather(?:ed|s)?|met|meet|meets|convene[sd]?|assembled?)\b|(?:welcome[sd]?|host(?:s|ed)?|receive[sd]?|"
    r"will\s+welcome|will\s+host|will\s+receive)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:leaders|heads\s+of\s+(?:state|"
    r"government)))\b", re.I)


# the lede's day is an evening of welcome: 'received the leaders on Tuesday evening', 'hosted a dinner on Tuesday night'
_EVENING_OF = re.compile(r"\b(?:evening|night|dinner|banquet|reception|welcom\w*|received|arriv\w*|landed)\b", re.I)
# a later sentence puts the business sessions on a day of their own: 'The formal session will be held today (Wednesday)',
# 'the main talks open on Wednesday', 'the summit proper takes place on Wednesday'
_SESSION_DAY_BEFORE = re.compile(
    r"\b(?:(?:formal|main|plenary|working|business|leaders['’]?|summit|official)\s+(?:sessions?|talks|meetings?)|"
    r"summit\s+proper|(?:plenary|formal)\s+meeting)\s+(?:will\s+(?:be\s+held|take\s+place|open|begin|start)|"
    r"(?:is|are)\s+(?:to\s+be\s+)?(?:held|scheduled|due)|opens?|begins?|starts?|takes?\s+place|gets?\s+under\s+way)\b"
    r"[^.;]{0,20}?$", re.I)


def session_day_after_evening(d: DateRef, text: str, later: list[str], published: str | None) -> DateRef:
    """A one-day date of an evening of welcome ('the capital on Tuesday evening received the prime ministers') with,
    in one of the next sentences, the formal session a day or two later ('The formal session will be held today
    (Wednesday)'): the summit runs from the welcome to that session."""
    if d.end or d.precision != "day" or not _EVENING_OF.search(text[max(0, d.span[0] - 80): d.span[1] + 80]):
        return d
    start = parse_day(d.start)
    for t in later:
        for e in find_dates(t, published, True):
            day = parse_day(e.start) if e.precision == "day" and not e.end else None
            if day and start and 1 <= (day - start).days <= 2 and _SESSION_DAY_BEFORE.search(t[: e.span[0]]):
                return DateRef(d.start, e.start, d.precision, d.text, d.span, d.method)
    return d
