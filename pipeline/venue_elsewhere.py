"""Cities a story names near its summit that are not the summit's venue: where something else happened on another
day, where someone lives or is held, where an earlier meeting of the same year took place.

Three shapes of English news prose, each checked on the clause around a city mention:
- another day's event: once the lede has placed the summit ('leaders on Sunday in Abuja re-elected ...'), a different
  city given a different day ('On Saturday, in Niamey, the generals signed ...', 'met in Bamako the day before') is
  where another meeting took place;
- a residence or a condition, not a gathering: 'remains in detention in X', 'lives in exile in X', 'born in X';
- an earlier month of the publication year: 'the Astana summit in July', 'met in Astana in early July this year'
  in a story published in October (two months or more before: a report written days after its summit may still say
  'in September' of a summit in late September).
"""

from __future__ import annotations

import re

_WEEKDAY = re.compile(r"\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
# a day apart from the day the lede gives: 'the day before', 'a day earlier', 'the previous day', 'the next day'
_OTHER_DAY = re.compile(r"\b(?:the\s+(?:day|night|evening)\s+(?:before|after)|a\s+day\s+(?:earlier|later|before|after)|"
                        r"the\s+(?:previous|next|following)\s+(?:day|evening|night)|the\s+eve\b)", re.I)
# the clause boundary on either side of a city: a sentence stop, a semicolon, a dash, or 'while', 'but', 'whereas'
_CLAUSE_CUT = re.compile(r"[;:—–(]|\.\s|\s(?:but|while|whereas|after|before|when)\s", re.I)
_CLAUSE_END = re.compile(r"[;:—–)]|\.(?:\s|$)|\s(?:but|while|whereas|and\s+(?:then|later))\s", re.I)

# a residence or a condition, not a gathering: 'in detention in X', 'lives in exile in X', 'was born in X'
_RESIDENCE_BEFORE = re.compile(
    r"\b(?:detention|detained|custody|prison|jail(?:ed)?|imprisoned|exile|hiding|hospital(?:ised|ized)?|"
    r"house\s+arrest|captivity|lives?|living|lived|resides?|residing|resident|born|buried|studied|grew\s+up|"
    r"visitor|visits)\s+(?:(?:[\w'’-]+\s+){0,2}?(?:in|to)|in|to)\s+$", re.I)

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
# right after a city: 'X in July', 'X summit in early July this year', 'X, in June,'
_IN_MONTH_AFTER = re.compile(r"^(?:['’]s)?(?:\s+(?:summit|meeting|gathering|session|talks|moot|conclave)s?)?,?\s+in\s+"
                             r"(?:(?:early|mid|late|mid-)\s*)?(" + "|".join(m.capitalize() for m in _MONTHS) + r")\b"
                             r"(?!\s+\d)(?!\s+(?:next|last)\b)")


def clause_around(text: str, a: int, b: int) -> str:
    """Return the clause of `text` holding the span a:b (cut at stops, semicolons, dashes and clause conjunctions)."""
    before = text[max(0, a - 160): a]
    cuts = [m.end() for m in _CLAUSE_CUT.finditer(before)]
    head = before[cuts[-1]:] if cuts else before
    end = _CLAUSE_END.search(text, b)
    return head + text[a: end.start() if end and end.start() - b < 160 else b + 160]


def lede_days(text: str) -> frozenset[str]:
    """Return the weekdays a lede names ('on Sunday in Abuja' -> {'Sun'})."""
    return frozenset(m.group(1) for m in _WEEKDAY.finditer(text))


def other_days_event(text: str, a: int, b: int, days: frozenset[str]) -> bool:
    """Return True when the clause around the city at text[a:b] gives it another day than the lede's summit days:
    'On Saturday, in Niamey, generals signed ...' under a lede 'on Sunday in Abuja', or 'met in X the day before'."""
    clause = clause_around(text, a, b)
    named = frozenset(m.group(1) for m in _WEEKDAY.finditer(clause))
    if named:
        return bool(days) and not named & days
    return bool(_OTHER_DAY.search(clause))


def residence(before: str) -> bool:
    """Return True when the words before a city make it a residence or a condition: 'remains in detention in X'."""
    return bool(_RESIDENCE_BEFORE.search(before))


# before a city: a meeting held there ('met in', 'the summit in', 'held in'), so that a month after it dates that meeting
# (not 'moved the summit to X in April', where the month dates the move)
_MEETING_IN_BEFORE = re.compile(r"\b(?:met|meet|meets|gathered|convened|assembled|held|summit|meeting|session|"
                                # 'took over the rotating chairmanship of the union in X in January': a handover there
                                r"chairmanship|chairpersonship|presidency|helm|gavel|"
                                # 'a special conference on Afghanistan in X in March'
                                r"gathering|conference)\s+(?:on\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+)?(?:(?:[\w'’-]+\s+){0,3}?)(?:in|at)\s+"
                                r"(?:the\s+)?$", re.I)

_MEETING_AFTER = re.compile(r"^(?:['’]s)?\s+(?:summit|meeting|gathering|session|talks|moot|conclave)s?\b", re.I)  # 'the X summit'


def earlier_month(before: str, after: str, published: str | None) -> bool:
    """Return True when a city named as a meeting's venue ('met in X', 'the X summit') is followed by a month two or
    more months before publication, in its year: 'the Astana summit in July' in a story of October."""
    m = _IN_MONTH_AFTER.match(after)
    if m is None or not (_MEETING_AFTER.match(after) or _MEETING_IN_BEFORE.search(before)):
        return False
    if not published or len(published) < 7 or not published[5:7].isdigit():
        return False
    month = _MONTHS.index(m.group(1).lower()) + 1
    this_year = not re.match(r"\s*,?\s*(?:19|20)\d{2}\b", after[m.end():]) or after[m.end():].strip(" ,")[:4] == published[:4]
    return this_year and int(published[5:7]) - month >= 2
