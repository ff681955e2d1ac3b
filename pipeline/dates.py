"""Dates in text, resolved against the published date with a precision (day, month, year)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
     "december"])}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
_WEEKDAY = r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY_RANGE = r"(\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:-|to|and)\s*(\d{1,2})(?:st|nd|rd|th)?)?"
_YEAR = r"(?:,?\s+(\d{4}))?"
PATTERNS = [
    ("day_month", re.compile(r"\b" + _DAY_RANGE + r"\s+(?:of\s+)?" + _MONTH + _YEAR + r"\b", re.I)),
    ("month_day", re.compile(r"\b" + _MONTH + r"\s+" + _DAY_RANGE + _YEAR + r"\b", re.I)),
    ("weekday_range", re.compile(r"\b(?:(?:from|between)\s+)?(?:(next|last|this|coming)\s+)?" + _WEEKDAY +
                                 r"(?:\s*\(\d{1,2}\))?\s*(-|–|to|through|until|till|and)\s*" + _WEEKDAY + r"\b", re.I)),
    ("weekday", re.compile(r"\b(?:(next|last|this|on|coming)\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)),
    ("relative", re.compile(r"\b(last\s+weekend|this\s+past\s+weekend|this\s+weekend|today|tomorrow|yesterday|tonight|last night|later this month|next month|last month|next week|last week|this week|later this year|next year|last year)\b", re.I)),
    ("month", re.compile(r"\b(?:in|since|from|until|by|during|early|late|mid|mid-)\s+(?:early\s+|late\s+|mid-?)?" + _MONTH + _YEAR + r"\b", re.I)),
    ("year", re.compile(r"\b(?:in|since|from|until|by)\s+((?:19|20)\d{2})\b", re.I)),
]


@dataclass(frozen=True)
class DateRef:
    """A resolved date (or range) with its precision and the text it came from."""

    start: str
    end: str | None
    precision: str  # day | month | year
    text: str
    span: tuple[int, int]
    method: str  # explicit | relative | weekday | published


def parse_day(value: str | None) -> dt.date | None:
    """Parse the date part of an ISO date or datetime string."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _closest_year(month: int, day: int, anchor: dt.date | None) -> int | None:
    """Return the year that puts month/day closest to the anchor date."""
    if anchor is None:
        return None
    options = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            options.append(dt.date(year, month, day))
        except ValueError:
            continue
    return min(options, key=lambda d: abs((d - anchor).days)).year if options else None


def _explicit(m: re.Match[str], kind: str, anchor: dt.date | None) -> DateRef | None:
    if kind == "day_month":
        d1, d2, mon, year = m.group(1), m.group(2), m.group(3), m.group(4)
    else:
        mon, d1, d2, year = m.group(1), m.group(2), m.group(3), m.group(4)
    month = MONTHS.get(mon.lower().rstrip("."))
    if month is None or not 1 <= int(d1) <= 31:
        return None
    y = int(year) if year else _closest_year(month, int(d1), anchor)
    if y is None:
        return None
    try:
        start = dt.date(y, month, int(d1))
        end = dt.date(y, month, int(d2)) if d2 else None
    except ValueError:
        return None
    return DateRef(start.isoformat(), end.isoformat() if end and end > start else None, "day", m.group(0),
                   m.span(), "explicit" if year else "explicit_no_year")


def _weekday(m: re.Match[str], anchor: dt.date | None, future: bool) -> DateRef | None:
    if anchor is None:
        return None
    qualifier, target = (m.group(1) or "").lower(), WEEKDAYS[m.group(2).lower()]
    delta = (target - anchor.weekday()) % 7
    if qualifier == "last" or (not future and qualifier != "next"):
        delta = delta - 7 if delta else 0
    elif qualifier == "next" and delta == 0:
        delta = 7
    return DateRef((anchor + dt.timedelta(days=delta)).isoformat(), None, "day", m.group(0), m.span(), "weekday")


def _weekday_range(m: re.Match[str], anchor: dt.date | None, future: bool) -> DateRef | None:
    """Resolve 'from Sunday to Tuesday': a range holding the anchor day is current, else its clause's tense decides."""
    if anchor is None:
        return None
    qualifier, first, last = (m.group(1) or "").lower(), WEEKDAYS[m.group(2).lower()], WEEKDAYS[m.group(4).lower()]
    length, into = (last - first) % 7, (anchor.weekday() - first) % 7
    if m.group(3).lower() == "and" and length != 1 and not m.group(0).lower().startswith("between"):
        return None  # 'on Monday and Wednesday' names two days, not a range
    if into <= length and qualifier not in ("next", "last", "coming"):
        start = anchor - dt.timedelta(days=into)  # the range is under way on the day of writing
    else:
        delta = (first - anchor.weekday()) % 7
        if qualifier == "last" or (not future and qualifier not in ("next", "coming")):
            delta -= 7
        start = anchor + dt.timedelta(days=delta)
    return DateRef(start.isoformat(), (start + dt.timedelta(days=length)).isoformat(), "day", m.group(0), m.span(), "weekday")


def _relative(m: re.Match[str], anchor: dt.date | None) -> DateRef | None:
    if anchor is None:
        return None
    word = m.group(1).lower()
    shifts = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1, "last night": -1}
    if word in shifts:
        return DateRef((anchor + dt.timedelta(days=shifts[word])).isoformat(), None, "day", m.group(0), m.span(), "relative")
    if "weekend" in word:  # a Saturday and a Sunday: 'last weekend' in Friday's paper, 'this weekend' in Tuesday's
        saturday = anchor - dt.timedelta(days=(anchor.weekday() - 5) % 7)  # the latest Saturday, today's if one
        if word.startswith("this") and "past" not in word:
            saturday = saturday if anchor.weekday() >= 5 else saturday + dt.timedelta(days=7)
        elif anchor.weekday() >= 5 and "past" not in word:
            saturday -= dt.timedelta(days=7)  # 'last weekend' said on a weekend is the one before
        return DateRef(saturday.isoformat(), (saturday + dt.timedelta(days=1)).isoformat(), "day", m.group(0), m.span(),
                       "relative")
    if "month" in word:
        month = anchor.month + (1 if "next" in word else -1 if "last" in word else 0)
        year, month = anchor.year + (month - 1) // 12, (month - 1) % 12 + 1
        return DateRef(f"{year:04d}-{month:02d}", None, "month", m.group(0), m.span(), "relative")
    if "week" in word:
        shift = 7 if "next" in word else -7 if "last" in word else 0
        return DateRef((anchor + dt.timedelta(days=shift)).isoformat(), None, "week", m.group(0), m.span(), "relative")
    year = anchor.year + (1 if "next" in word else -1 if "last" in word else 0)
    return DateRef(f"{year:04d}", None, "year", m.group(0), m.span(), "relative")


def _month(m: re.Match[str], anchor: dt.date | None, future: bool = True) -> DateRef | None:
    """'in May 2019'; a bare 'in June' is the closest June, or, read as past ('was suspended in June'), the latest
    June up to the anchor's month."""
    month = MONTHS.get(m.group(1).lower().rstrip("."))
    if month is None:
        return None
    if m.group(2) or anchor is None:
        year = int(m.group(2)) if m.group(2) else None
    else:
        year = _closest_year(month, 15, anchor) if future else anchor.year - (month > anchor.month)
    if year is None:
        return None
    return DateRef(f"{year:04d}-{month:02d}", None, "month", m.group(0), m.span(), "explicit")


_NAME_BEFORE = re.compile(r"(?:^|[\s/(])(?:/|(?-i:[A-Z])[\w'’&-]*\s+)$")


def _in_name(text: str, m: re.Match[str]) -> bool:
    """'/EurAsia Today/', 'USA Today reported': a capitalised 'Today' after a capitalised word names an outlet or a
    programme, not a day (a title-case headline, 'Leaders Meet Today', is left alone)."""
    if not m.group(1)[0].isupper() or not _NAME_BEFORE.search(text[max(0, m.start() - 40): m.start()]):
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text[: m.start()] + text[m.end():]) if len(w) > 3 and not w.isupper()]
    return len(words) < 4 or sum(w[0].isupper() for w in words) < 0.8 * len(words)


def find_dates(text: str, published: str | None, future: bool = True) -> list[DateRef]:
    """Return every date expression in `text`, resolved against the published date."""
    anchor = parse_day(published)
    found: list[DateRef] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            if kind in ("day_month", "month_day"):
                ref = _explicit(m, kind, anchor)
            elif kind == "weekday":
                ref = _weekday(m, anchor, future)
            elif kind == "weekday_range":
                ref = _weekday_range(m, anchor, future)
            elif kind == "relative":
                ref = None if _in_name(text, m) else _relative(m, anchor)
            elif kind == "month":
                ref = _month(m, anchor, future)
            else:
                ref = DateRef(m.group(1), None, "year", m.group(0), m.span(), "explicit")
            if ref:
                found.append(ref)
                taken.append(m.span())
    return _joined_explicit(text, sorted(found, key=lambda d: d.span))


_JOIN = re.compile(r"\s*(?:,\s*)?(?:and|to|through|until|-|–|—)\s+(?:(?:the\s+)?" + _WEEKDAY + r",?\s+)?", re.I)


def _joined_explicit(text: str, found: list[DateRef]) -> list[DateRef]:
    """'Friday April 10 and Saturday April 11, 2015': a weekday naming an explicit date is part of it, and an explicit
    day without its year takes the year of the explicit day it is joined to."""
    out = []
    for i, d in enumerate(found):
        nxt = found[i + 1] if i + 1 < len(found) else None
        if d.method == "weekday" and nxt is not None and nxt.method.startswith("explicit") and nxt.precision == "day" \
                and re.fullmatch(r"\s*,?\s*(?:the\s+)?", text[d.span[1]: nxt.span[0]]):
            continue  # 'Friday April 10', 'on Friday, 10 April': the weekday of the date after it
        if d.method == "explicit_no_year" and d.precision == "day":
            later = next((e for e in found[i + 1:] if e.method == "explicit" and e.precision == "day"), None)
            if later is not None and _JOIN.fullmatch(text[d.span[1]: later.span[0]]):
                d = replace(d, start=later.start[:4] + d.start[4:], method="explicit")
        prev = out[-1] if out else None
        if prev is not None and prev.method == "explicit" and d.method == "explicit" and prev.precision == d.precision == "day" \
                and not prev.end and not d.end and _JOIN.fullmatch(text[prev.span[1]: d.span[0]]) \
                and 1 <= (dt.date.fromisoformat(d.start) - dt.date.fromisoformat(prev.start)).days <= 6:
            out[-1] = DateRef(prev.start, d.start, "day", text[prev.span[0]: d.span[1]], (prev.span[0], d.span[1]), "explicit")
            continue  # 'April 10 and Saturday April 11, 2015': one span of days
        out.append(d)
    return out


def add_days(day: str, n: int) -> str:
    """Return ISO date `day` plus n days."""
    return (dt.date.fromisoformat(day) + dt.timedelta(days=n)).isoformat()


_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])(?:[/-](0[1-9]|[12]\d|3[01]))?(?=[/-]|$)")
_URL_YEAR = re.compile(r"/((?:19|20)\d{2})/")
_TEXT_YEAR = re.compile(r"\b((?:19|20)\d{2})\b")


def infer_anchor(published: str | None, url: str | None, text: str) -> tuple[str | None, str]:
    """Return the date to resolve relative dates against, and where it came from (published, url_date, url_year, text_year)."""
    if parse_day(published):
        return published, "published"
    m = _URL_DATE.search(url or "")
    if m:
        return f"{m.group(1)}-{m.group(2)}-{m.group(3) or '01'}", "url_date"
    m = _URL_YEAR.search(url or "")
    if m:
        return f"{m.group(1)}-07-01", "url_year"
    years = sorted(int(y) for y in _TEXT_YEAR.findall(text[:200_000]))
    if years:
        return f"{years[-1]}-07-01", "text_year"
    return None, "none"
