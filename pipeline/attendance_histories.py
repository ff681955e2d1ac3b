"""Groups of countries named in a history of the series, not at this summit.

'This is the ninth such meeting since X invited the leaders of A, B and C to a chateau in November 1975', 'In
1999 the heads of D, E and F met in G', 'the leaders of H and I have come since the London summit of 1977': the
leaders counted there met at another, earlier time; the sentence's cue ('meeting', 'met') is not about their
attendance now. A list is so when its own clause is dated to an earlier year, or when it is the object of a
'since ...' clause telling how the series began.
"""

from __future__ import annotations

import re

from pipeline.model import Sentence

# the clause's start before the group's cue: a full stop, a semicolon, a colon, a dash
_CLAUSE_START = re.compile(r"[.;:—–]\s")
# the clause's end after the list: ', who ...', ', which ...', ', while ...', ', but ...', or a stop
# or another time it is measured against ('..., a year after they met in Y in 2023', '... for the first time since 2019')
_CLAUSE_END = re.compile(r"[.;:—–](?:\s|$)|,\s*(?:who|whose|which|while|whereas|but|as)\b|"
                         r"(?:,\s*|\s+)(?:[\w-]+\s+){0,3}?(?:after|before|when|since|following|than)\b|"
                         r"\s+(?:and\s+)?(?:now|today|this\s+(?:week|year))\b", re.I)
# a year-dated time: 'in November 1975', 'in 1999', 'back in 2009', 'since the London summit of 1977', 'in May of 1998',
# '1989, when'
_DATED = re.compile(r"\b(?:in|since|of|during)\s+(?:(?:early|mid|late)[\s-]+)?(?:(?-i:[A-Z][a-z]+)\.?\s+(?:\d{1,2},?\s+)?)?"
                    r"(?:of\s+)?((?:19|20)\d\d)\b|"
                    r"\bsince\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?(?:of|in)\s+((?:19|20)\d\d)\b|"
                    # 'traces its summits to 1989, when the host convened ...'
                    r"\b((?:19|20)\d\d)\s*,\s*when\b", re.I)
# 'since X invited the leaders of': the series' beginning, told as the object of 'since'
_SINCE_BEGINNING = re.compile(r"\bsince\s+[^.;,]{0,80}?\b(?:invited|convened|gathered|brought\s+together|assembled|"
                              r"summoned|first\s+(?:met|gathered|invited|brought))\s+(?:[\w'’-]+\s+){0,4}$", re.I)


# 'for the first time since 2019': this occasion, the first after a gap
_FIRST_BEFORE = re.compile(r"\bfirst\b[^.;:]{0,40}$", re.I)


def _dated_before(text: str, year: str) -> bool:
    """Return True when the text dates itself to a year before `year` (not 'the first ... since 2019')."""
    return any((m.group(1) or m.group(2) or m.group(3)) < year for m in _DATED.finditer(text)
               if not (m.group(0).lower().startswith("since") and _FIRST_BEFORE.search(text[: m.start()])))


def dated_elsewhere(s: Sentence, cue_at: int, item_end: int, year: str | None) -> bool:
    """Return True when the group whose cue starts at `cue_at` (and whose list runs to `item_end`, both absolute
    positions) is told in a clause of an earlier year, or as the start of the series after 'since'.

    'since X invited the leaders of A, B and C to Y in November 1975' (an article of 1983) is; 'the leaders of A, B
    and C, who first met in 2009, arrived on Monday' (the date is the relative clause's) and 'leaders of A and B
    met in Z on Monday' are not.
    """
    if not year:
        return False
    text = s.text
    a, z = cue_at - s.start, item_end - s.start
    starts = [m.end() for m in _CLAUSE_START.finditer(text, 0, a)]
    before = text[starts[-1] if starts else 0: a]
    end = _CLAUSE_END.search(text, z)
    after = text[z: end.start() if end else len(text)]
    if _SINCE_BEGINNING.search(before):
        return True
    # the date after the cue in the list's own clause, or before it with no break ('In 1999 the heads of ...')
    return _dated_before(after, year[:4]) or _dated_before(re.split(r",\s*(?:who|whose|which|while|but)\b", before)[-1], year[:4])
