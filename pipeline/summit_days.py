"""Which days a summit took: rules that keep another event's day out and find the days a short report implies.

Kept apart from summit.py's date reader, which calls these with small hooks.
"""

from __future__ import annotations

import re

from pipeline.dates import DateRef, find_dates, parse_day

# a vote's day: 'presidential elections will be held in Ruritania on Sunday, 12 May', 'voters go to the polls on'
ELECTION_DAY = re.compile(r"\b(?:(?:elections?|polls?|votes?|voting|referend(?:um|a)|run-?offs?|ballots?)\s+(?:[\w'’-]+\s+){0,3}?"
                          r"(?:(?:will|would|is|are|was|were)\s+(?:be\s+)?)?(?:held|take\s+place|took\s+place|due|scheduled|set|"
                          r"slated|called)|go(?:es)?\s+to\s+the\s+polls|(?:cast|casting)\s+(?:their\s+)?ballots)\b", re.I)

# a weekday owning another event: "over Sunday's crash", "after Monday's vote"; not "Sunday's closing session",
# "Tuesday's summit talks", "Wednesday's working dinner", which are the summit's own business
OTHER_EVENT_OWNER = re.compile(r"['’]s?\s+(?!(?:[\w-]+\s+){0,2}?(?:summit|summitry|meeting|session|sitting|plenary|talks|"
                               r"gathering|conference|council|retreat|dinner|banquet|reception|ceremony|opening|closing|"
                               r"discussions?|deliberations?|agenda|programme|program|leaders)\b)[a-z]", re.I)


def owned_by_other_event(text: str, end: int, date_text: str) -> bool:
    """A weekday written as another event's owner: "condolences over Sunday's crash" dates the crash."""
    return bool(re.fullmatch(r"(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", date_text.strip(), re.I)) and \
        bool(OTHER_EVENT_OWNER.match(text, end))


_AND_NEXT = re.compile(r"\s*(?:,\s*)?(?:and|to|through|until|till|[-–—])\s+(?:on\s+)?")  # 'yesterday and today'


def with_coordinated_day(d: DateRef, text: str, published: str | None) -> DateRef:
    """'the summit, which runs yesterday and today', 'talks today and tomorrow': two relative days joined by 'and' are
    the summit's span (weekdays so joined, 'Monday and Tuesday', are read as one range already)."""
    if d.end or d.precision != "day" or d.start is None:
        return d
    if d.method != "relative":  # 'met on Monday, November 10, and Tuesday, November 11': two explicit days so joined
        return _explicit_pair(d, text, published)
    joint = _AND_NEXT.match(text, d.span[1])
    if joint is None:
        return d
    nxt = next((e for e in find_dates(text, published) if e.span[0] == joint.end()), None)
    if nxt is None or nxt.precision != "day" or nxt.end or nxt.start is None:
        return d
    gap = (parse_day(nxt.start) - parse_day(d.start)).days  # type: ignore[operator]
    if not 1 <= gap <= 3:
        return d
    return DateRef(d.start, nxt.start, d.precision, d.text, d.span, d.method)


# the second of two dated days: ', and Tuesday, November 11', ' and 11 November'
_AND_DATED = re.compile(r"\s*,?\s+(?:and|to|through)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?", re.I)


def _explicit_pair(d: DateRef, text: str, published: str | None) -> DateRef:
    """'The leaders met on Monday, November 10, and Tuesday, November 11': an explicit day and the next one to three
    days later, joined by 'and', are the summit's span."""
    rest = text[d.span[1]:]
    rest = re.sub(r"^,(?=\s+(?:and|to|through)\b)", "", rest)
    joint = _AND_DATED.match(rest)
    if joint is None:
        return d
    at = d.span[1] + (len(text[d.span[1]:]) - len(rest)) + joint.end()
    nxt = next((e for e in find_dates(text, published) if abs(e.span[0] - at) <= 1 and e.precision == "day"), None)
    if nxt is None or nxt.end or nxt.start is None or not nxt.method.startswith("explicit"):
        return d
    first, second = parse_day(d.start), parse_day(nxt.start)
    if first is None or second is None or not 1 <= (second - first).days <= 3:
        return d
    return DateRef(d.start, nxt.start, d.precision, d.text, d.span, d.method)
