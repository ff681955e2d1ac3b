"""Companions and list items of preview and explainer prose (round 43), kept apart from `attendance.py`.

- the gap between two items of a guest-list line, wider than a bare comma: a qualifier closing the first item ('A of
  the International Monetary Fund, World Bank President B'), a dash aside ('A — who has hinted he could walk out — and
  the Italian prime minister, B'), an office in apposition before the next ('and the Czech premier, B'), a companion
  ('The host, A, flanked by the Chancellor, B'), or a second clause with a subject of its own ('A attends as chairman
  of X, and the Ethiopian prime minister, B, speaks for Y');
"""

from __future__ import annotations

import re

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
