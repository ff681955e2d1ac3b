"""A summit's span pieced together from an end point and a start or a length the report states elsewhere.

summit.py picks one day for the summit and widens it with the length or the opening and closing days it finds near
that day. Three shapes of news prose put the pieces further apart, and are read here:

- the length told as time spent, not as an adjective: 'For two days, the coast played host to the leaders', 'the
  heads of state spent three days in Sochi' (a past total; 'have spent two days' is the time so far, read below);
- the final day of the summit tied to a day: 'flies in this morning for the final day of the summit', 'on Sunday,
  the last day of the gathering', or a live report's present 'Welcome to our coverage of the final day of the
  summit' (the report's own day); the summit then starts at its stated length back, or at 'the second and final
  day' one day back, or 'after leaders have spent two days' that many days back, or else on the earliest day of
  summit business the report names within the days before;
- a part of a summit of stated length that is not a day: 'the concluding event of the three-day summit', 'the closing
  plenary of a two-day meeting' date its last day, as 'the final day of' does (the weekday of such an event does
  not open the summit).

The summit.py reader calls these with small hooks.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.dates import DateRef, add_days, parse_day
from pipeline.model import Sentence

_N = r"(two|three|four|five|2|3|4|5)"
_N_OF = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}
_COLLECTIVE = r"(?:leaders|heads\s+of\s+(?:state|government)|delegates|delegations|presidents|prime\s+ministers|premiers)"

# the length as time spent, for the summit's length pattern in summit.py ('(two)' is its group): 'For two days, the
# coast played host to the gathering', 'Over three days, leaders debated ...' (a sentence opening on the span, whose
# clause is about the gathering), 'the leaders spent three days in X' (a past total, not 'have spent': time so far)
TIME_SPENT = (r"^\W*(?:for|over)\s+(?:the\s+(?:past|last)\s+)?" + _N + r"\s+days\s*,(?=[^.;]{0,160}?\b(?:played\s+host|"
              r"host(?:s|ed|ing)|gather(?:ed|ing|ings)?|leaders|heads\s+of\s+(?:state|government)|summit\w*|talks|"
              r"deliberat\w+|negotiat\w+)\b)|"
              r"\b" + _COLLECTIVE + r"\s+(?:[\w'’-]+\s+){0,6}?(?<!have\s)(?<!has\s)(?<!had\s)spent\s+" + _N + r"\s+days\b")

# 'the leaders have spent two days in X': the days behind a report filed on the next one
_SO_FAR = re.compile(r"\b" + _COLLECTIVE + r"\s+(?:[\w'’-]+\s+){0,6}?(?:have|has)\s+(?:now\s+|already\s+)?spent\s+" + _N +
                     r"\s+days\b", re.I)

# 'the final day of the summit', 'the second and last day of the gathering', 'the closing day of this year's talks';
# not another edition's: 'the final day of last year's summit'
FINAL_DAY = re.compile(r"\b(?:the\s+)?(?:(second|third|fourth)\s+and\s+)?(?:final|last|closing|concluding)\s+day\s+of\s+"
                       r"(?:the|this|its|their|this\s+year['’]s)\s+(?!(?:last|next|previous|past)\b)"
                       r"(?:(?!(?:last|next|previous)\b)[\w'’-]+\s+){0,5}?"
                       r"(?:summit|session|talks|gathering|meeting|conference|assembly)\b", re.I)
_NTH = {"second": 2, "third": 3, "fourth": 4}

# a day that is the report's own: 'this morning', 'this afternoon', 'today', 'tonight'
_TODAY = re.compile(r"\b(?:this\s+(?:morning|afternoon|evening)|today|tonight)\b", re.I)
# between a date and the final day after it: 'this morning for the', 'on Sunday, the', 'Friday evening, on the'
_DATE_THEN_DAY = re.compile(r"\s*(?:(?:morning|afternoon|evening|night)\b\s*)?,?\s*(?:(?:to\s+(?:join|attend)|for|on|during|at|into)\s+)?\Z",
                            re.I)
# between the final day and a date after it: ' in Vilnius on', ', on', ' on'
_DAY_THEN_DATE = re.compile(r"(?:\s+(?:in|at)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?\s*,?\s*(?:(?:on|is|was|fell\s+on)\s+)?")

_PAST = re.compile(r"\b(?:was|were|had|did|[a-z]{3,}ed)\b", re.I)
# a final day still ahead, whatever the report's day: 'is expected to attend the final day', 'will stay for the last day'
_AHEAD = re.compile(r"\b(?:will|would|shall|expected|due|scheduled|set\s+to|plans?\s+to|intends?\s+to|hopes?\s+to)\b", re.I)
_WEEK = 4  # how many days before its final day a summit day may lie


def _final_day_anchor(sentences: list[Sentence], published: str | None, covers_report: bool,
                      dates_of: Callable[[str], list[DateRef]]) -> tuple[str, int] | None:
    """Return (day, which) for the first of `sentences` naming the summit's final day with its day: a date written
    right before or after the phrase, a same-day word ('this morning'), or, with no date in the sentence, the report's
    day when the sentence is in the present up to the phrase or the summit already covers the report's day (and
    nothing before the phrase looks ahead: 'is expected to attend the final day'). `which`
    is 2 for 'the second and final day' (3, 4 likewise), else 0."""
    for s in sentences:
        m = FINAL_DAY.search(s.text)
        if m is None:
            continue
        which = _NTH[m.group(1).lower()] if m.group(1) else 0
        dates = [d for d in dates_of(s.text) if d.precision == "day" and d.start and not d.end]
        for d in dates:
            if d.span[1] <= m.start() and _DATE_THEN_DAY.fullmatch(s.text, d.span[1], m.start()) or (
                    d.span[0] >= m.end() and _DAY_THEN_DATE.fullmatch(s.text, m.end(), d.span[0])):
                return d.start, which  # type: ignore[return-value]
        today = _TODAY.search(s.text)
        if published and today and _DATE_THEN_DAY.fullmatch(s.text, today.end(), m.start()):
            return published[:10], which
        if published and not dates and not today and not _AHEAD.search(s.text[: m.start()]) and (
                not _PAST.search(s.text[: m.end()]) or covers_report):
            return published[:10], which
    return None


def final_day_span(d: DateRef, sentences: list[Sentence], top: list[Sentence], published: str | None,
                   length: int | None, summit_days: list[str], dates_of: Callable[[str], list[DateRef]]) -> DateRef:
    """Widen the summit's day to its span when the top of the report ties the final day to a day (see the module's
    docstring): the start is the final day less the stated `length` (days), or less the day count of 'the second and
    final day', or of 'have spent two days', else the earliest of `summit_days` (days of summit business the report
    names) in the days before. The summit's day must fall in the span; a span is only ever widened."""
    if d.precision != "day" or d.start is None:
        return d
    pub = parse_day(published)
    first, last = parse_day(d.start), parse_day(d.end) or parse_day(d.start)
    covers = bool(pub and first and last and first <= pub <= last)
    anchor = _final_day_anchor(top, published, covers, dates_of)
    if anchor is None:
        return d
    end, which = anchor
    so_far = next((m for s in sentences if s.kind == "body" for m in [_SO_FAR.search(s.text)] if m), None)
    if which:
        start = add_days(end, 1 - which)
    elif length:
        start = add_days(end, 1 - length)
    elif so_far and end == (published or "")[:10]:
        start = add_days(end, -_N_OF[so_far.group(1).lower()])
    else:
        earlier = [x for x in summit_days if 1 <= (parse_day(end) - parse_day(x)).days <= _WEEK]  # type: ignore[operator]
        start = min(earlier) if earlier else end
    if start == end and not d.end:
        return d
    if not (start <= d.start <= end and (d.end or d.start) <= end) or (parse_day(end) - parse_day(start)).days > _WEEK:  # type: ignore[operator]
        return d
    return DateRef(min(start, d.start), end, d.precision, d.text, d.span, d.method)
