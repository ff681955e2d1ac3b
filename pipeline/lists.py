"""Reading lists of places ('Iran, India, and the UAE') out of a sentence's mentions."""

from __future__ import annotations

import bisect
import functools
import re

import countrynames

from pipeline.model import Mention
from pipeline.reference import Reference

PLACE_KINDS = ("country", "org", "demonym")
_SEPARATOR = re.compile(r"^\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+|plus\s+)?|\s+and\s+|\s+as\s+well\s+as\s+|\s+plus\s+|;\s*)(?:the\s+)?$")
_LIST_START = re.compile(r"^\s*:?\s*(?:the\s+)?$")
# a short aside after an item: 'Transjordan (now Jordan)', 'Burma (Myanmar)', 'Russia (then the USSR)'
_ASIDE = re.compile(r"\s*\([^()]{1,40}\)")
_WORD = re.compile(r"^\s*(?:,\s*(?:and\s+)?|\s+and\s+)?(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")


@functools.lru_cache(maxsize=4096)
def _fuzzy_code(word: str) -> str | None:
    """countrynames' fuzzy match of one word: about 15 ms a call, and the same capitalised words recur."""
    return countrynames.to_code(word, fuzzy=True)


def fuzzy_country(ref: Reference, word: str) -> Mention | None:
    """Resolve a misspelt country ('Kygyzstan') through countrynames' fuzzy matcher."""
    code = _fuzzy_code(word)
    if not code:
        return None
    for c in ref.countries.values():
        if c.iso2 == code:
            return Mention("country", 0, 0, word, c.id, c.name, "fuzzy", 0.8)
    return None


def read_list(ref: Reference, mentions: list[Mention], pos: int, text: str, offset: int,
              kinds: tuple[str, ...] = ("country", "org")) -> list[Mention]:
    """Return the places listed from `pos` on, joined by commas and 'and', with fuzzy repair of misspellings."""
    items: list[Mention] = []
    gap = _LIST_START
    while True:
        i = bisect.bisect_left(mentions, pos, key=lambda m: m.start)
        nxt = mentions[i] if i < len(mentions) else None
        between = text[pos - offset: min(nxt.start if nxt else offset + len(text), pos + 240) - offset]
        aside = _ASIDE.match(text, pos - offset) if items and gap is _SEPARATOR else None
        if aside:  # the aside is passed over, and the list goes on after it
            pos = offset + aside.end()
            continue
        if nxt is not None and nxt.kind in kinds and gap.match(between):
            items.append(nxt)
            pos, gap = nxt.end, _SEPARATOR
            continue
        repaired = _repair_item(ref, text, offset, pos, gap is _SEPARATOR or not items)
        if repaired is None:
            return items
        items.append(repaired)
        pos, gap = repaired.end, _SEPARATOR


def _repair_item(ref: Reference, text: str, offset: int, pos: int, allowed: bool) -> Mention | None:
    """Try the next capitalised word as a misspelt country."""
    if not allowed:
        return None
    m = _WORD.match(text[pos - offset:])
    if not m or len(m.group(1)) < 5:
        return None
    found = fuzzy_country(ref, m.group(1))
    if found is None:
        return None
    start = pos + m.start(1)
    return Mention("country", start, start + len(m.group(1)), m.group(1), found.entity_id, found.canonical, "fuzzy", 0.8)
