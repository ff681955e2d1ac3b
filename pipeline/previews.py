"""A preview published on a summit's opening day: the opening itself still to come that day."""

from __future__ import annotations

import datetime as dt
import re

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# 'X will preside over the opening ceremony at the convention centre on Monday morning', 'Y is due to open the summit
# later today'
_OPENING_AHEAD = re.compile(r"\b(?:will|(?:is|are)\s+(?:(?:set|due|scheduled|expected)\s+)?to)\s+(?:formally\s+)?(?:"
                            r"(?:preside\s+over|lead|chair|attend|address|host)\s+the\s+(?:[\w-]+\s+){0,2}?opening\s+"
                            r"(?:ceremony|session|plenary)|(?:open|inaugurate|chair)\s+the\s+(?:[\w-]+\s+){0,3}?(?:summit|meeting|"
                            r"session|plenary|talks|conference))\b[^.;]{0,120}?\b(?:(?P<today>today|this\s+(?:morning|afternoon)|later\s+today)|"
                            r"on\s+(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)", re.I)


def opening_ahead(text: str, published: dt.date) -> bool:
    """Return True when the sentence puts the summit's opening later on the day of publication."""
    m = _OPENING_AHEAD.search(text)
    return m is not None and (bool(m.group("today")) or _WEEKDAYS.index(m.group("day").lower()) == published.weekday())
