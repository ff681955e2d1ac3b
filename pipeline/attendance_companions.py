"""Companions and list items of preview and explainer prose (round 43), kept apart from `attendance.py`.

- the gap between two items of a guest-list line, wider than a bare comma: a qualifier closing the first item ('A of
  the International Monetary Fund, World Bank President B'), a dash aside ('A — who has hinted he could walk out — and
  the Italian prime minister, B'), an office in apposition before the next ('and the Czech premier, B'), a companion
  ('The host, A, flanked by the Chancellor, B'), or a second clause with a subject of its own ('A attends as chairman
  of X, and the Ethiopian prime minister, B, speaks for Y');
"""

from __future__ import annotations

import dataclasses
import re
from typing import Protocol, TypeVar

_CAP = r"(?-i:[A-Z])[\w'’.-]*"
# what may close the first item: 'of the International Monetary Fund', a dash aside, ', the Dutch premier'
_TAIL = (r"(?:\s+of\s+(?:the\s+)?" + _CAP + r"(?:\s+(?:of\s+|and\s+|the\s+|for\s+)*" + _CAP + r"){0,6}"
         r"|\s*[—–]\s[^—–;:]{0,160}?\s[—–]"
         r"|\s+(?:attends|comes|speaks|is\s+here|will\s+attend)\b[^,;:()—–]{0,100}?(?=,\s+and\s)){0,2}")
# the joint itself: a comma, 'and', a semicolon; a companion ('flanked by', 'accompanied by', 'with')
_JOINT = r"(?:\s*,\s*(?:and\s+|with\s+)?|\s+and\s+|;\s*)(?:(?:flanked|accompanied|joined)\s+by\s+|together\s+with\s+)?"
# what may open the next item: an office in apposition ('the Italian prime minister, '), capitalised titles
_LEAD = (r"(?:the\s+(?:[\w'’-]+\s+){0,4}?(?:prime\s+minister|premier|president|chancellor|king|queen|emir|sultan|"
         r"foreign\s+(?:minister|secretary)|finance\s+minister|secretary(?:-general)?|director(?:-general)?|"
         r"chairman|chair|head)(?:\s+of\s+(?:the\s+)?" + _CAP + r"(?:\s+(?:of\s+|the\s+)*" + _CAP + r"){0,5})?\s*,\s*"
         r"|the\s+|" + _CAP + r"(?:\s+" + _CAP + r"){0,2}(?:['’]s)?\s+)?")
ITEM_GAP = re.compile("^" + _TAIL + _JOINT + _LEAD + "$", re.I)


def joins_items(gap: str) -> bool:
    """Return True when the text between two named people of a list line joins two items of the list."""
    return bool(ITEM_GAP.match(gap))

# a plan of the one named in the sentence before, told of a pronoun: 'Her office said yesterday she still intends to
# fly in', 'He still plans to attend, aides say' (the pronoun the plan's subject; 'she intends to fly in troops' not)
PRONOUN_PLAN = re.compile(
    r"(?:^|\b(?:said|says|insisted|insists|confirmed|confirms|indicated|added|stressed)\s+(?:\w+\s+){0,2}?(?:that\s+)?)"
    r"(?-i:he|she|He|She)\s+(?:still\s+|now\s+|fully\s+|firmly\s+)?(?:intends|plans|expects|hopes|means|wants)\s+to\s+"
    r"(?:fly\s+in|come|attend|be\s+there|travel|make\s+the\s+(?:trip|journey))"
    r"(?=\s*(?:[.,;:]|$)|\s+(?:for|on|to|tomorrow|tonight|after\s+all|anyway|in\s+person|but|and)\b)", re.I)

_DAY = r"(?:tomorrow|tonight|(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))"
# a departure from home on a day to come, with companions: 'The Prime Minister flies out of Ottawa tomorrow with A
# and B', 'X flies out from Canberra on Sunday' (the trip to the summit a preview is about)
COMPANION_ATTEND = (r"\b(?:flies|fly|sets\s+off|departs)\s+(?:out\s+)?(?:of|from)\s+(?-i:[A-Z])[\w'’.-]*"
                    r"(?:\s+(?-i:[A-Z])[\w'’.-]*)?\s+(?:(?:on|early|late|this)\s+)?" + _DAY + r"\b")

# the companions' joint: 'with A and B', 'flanked by the Chancellor, A', 'accompanied by A'
_COMPANIONS = re.compile(r"\b(?:(?:together\s+)?with|flanked\s+by|accompanied\s+by)\s+(?=[^.;]*?(?-i:[A-Z]))", re.I)


# the active companion's verb: 'A and B accompanied Mr. Carter' (not 'accompanied by')
_ACCOMPANIED = re.compile(r"\b(?:accompanied|accompany|accompanies|escorted)\s+(?!by\b)(?=[^.;]*?(?-i:[A-Z]))", re.I)


class _Found(Protocol):
    country_id: str | None
    country: str | None
    span: tuple[int, int]


F = TypeVar("F", bound=_Found)


def companions_country(text: str, start: int, found: list[F]) -> list[F]:
    """'X flies out tomorrow with Minister A and Minister B': a companion named with no country of their own is of the
    country the others of the sentence share (one country only, else none is given)."""
    m = _COMPANIONS.search(text)
    countries = {(f.country_id, f.country) for f in found if f.country_id and getattr(f, "person", None) is not None}
    if len(countries) != 1:
        return found
    (cid, name), = countries
    active = _ACCOMPANIED.search(text)
    if m is None and active is not None:  # 'Secretary X and Treasury Secretary Y accompanied Mr. Carter': before the verb
        return [dataclasses.replace(f, country_id=cid, country=name)  # type: ignore[type-var]
                if not f.country_id and f.span[1] - start <= active.start() and ";" not in text[f.span[1] - start: active.start()]
                else f for f in found]
    if m is None:
        return found
    return [dataclasses.replace(f, country_id=cid, country=name)  # type: ignore[type-var]
            if not f.country_id and f.span[0] - start >= m.end() and ";" not in text[m.end(): f.span[0] - start]
            else f for f in found]


H = TypeVar("H")


def nearest_holder(holders: dict[str, H], previous: list[object]) -> dict[str, H]:
    """'For Canadians the interest is X. The Prime Minister flies out tomorrow': of several earlier holders of an office,
    the one person the sentence just before names is the one meant (kept all when it names none or several)."""
    ids = {getattr(p, "person_id", None) for p in previous}
    if len(holders) < 2 or len(ids) != 1:
        return holders
    (only,) = ids
    return {only: holders[only]} if only in holders else holders
