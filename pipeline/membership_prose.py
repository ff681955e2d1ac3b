"""Membership told in running prose (held-out round 34): general forms the older readers missed, wired into
``derive._sentence_findings`` with one-line hooks.

- one of a tier, in an apposition: 'King X of Jordan, one of a handful of partner countries to ...', 'Y, one of
  the bloc's observer states,';
- a suspension lifted, told after the suspension: 'the union suspended X after the coup. The suspension was lifted
  last June.' (the return, read as 'readmitted').

Counted groups between dashes, members' leaders after a colon, the last states to join and members named among a
count are read by ``membership_lists`` (written at the same time for rounds 37 and 38).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.model import Mention, Sentence
from pipeline.reference import Reference

if TYPE_CHECKING:
    from pipeline.membership import MembershipFinding

# ', one of a handful of partner countries', ', one of the bloc's observer states'
_ONE_OF_TIER = re.compile(r"\s*,\s*one\s+of\s+(?:a\s+handful\s+of|several|a\s+few|the|its|the\s+(?:bloc|alliance|group|"
                          r"union|organi[sz]ation)['’]s|(?:two|three|four|five|six|seven|eight|nine|ten|\d+))\s+"
                          r"(?:[\w-]+\s+)?(?P<tier>partner|observer)\s+(?:countries|states|nations)\b", re.I)
# 'The suspension was lifted', 'Its suspension has since been lifted' -- with no state named: the one suspended before
_SUSPENSION_LIFTED = re.compile(r"^\W*(?:the|its|that|this)\s+suspension\s+(?:was|has\s+(?:since\s+)?been|had\s+(?:since\s+)?"
                                r"been)\s+(?:formally\s+)?(?:lifted|ended|revoked)\b", re.I)
# the state suspended in the sentence before: 'suspended Egypt', 'X was suspended', "X's suspension"
_SUSPENDED_OBJECT = re.compile(r"\bsuspend(?:ed|s|ing)?\s+(?:the\s+)?$", re.I)
_SUSPENDED_AFTER = re.compile(r"^\s+(?:was|were|had\s+been|has\s+been)\s+suspended\b|^['’]s\s+suspension\b", re.I)


def _countries(mentions: list[Mention], a: int, b: int) -> list[Mention]:
    return [m for m in mentions if m.kind == "country" and m.entity_id and a <= m.start and m.end <= b]


def prose_memberships(ref: Reference, s: Sentence, mentions: list[Mention], main_org: str | None,
                      day: str | None) -> list[MembershipFinding]:
    """Apply this module's readers to one sentence."""
    from pipeline.membership import MembershipFinding

    if main_org is None:
        return []
    out: list[MembershipFinding] = []

    def add(items: list[Mention], status: str, rule: str, end: int, since: str | None = None) -> None:
        out.extend(MembershipFinding(main_org, x.entity_id or "", x.canonical or "", status, rule, since, (x.start, end))
                   for x in items if x.entity_id != main_org)

    for x in mentions:
        t = _ONE_OF_TIER.match(s.text, x.end - s.start) if x.kind in ("country", "person") else None
        if t is None:
            continue
        owner = x if x.kind == "country" else next((c for c in reversed(_countries(mentions, x.start - 60, x.end))), None)
        if owner is not None:
            add([owner], t.group("tier").lower(), "one_of_tier", s.start + t.end())
    return out


def lifted_suspensions(s: Sentence, mentions: list[Mention], main_org: str | None, prev: Sentence,
                       prev_mentions: list[Mention]) -> list[MembershipFinding]:
    """'... the union suspended X after the coup. The suspension was lifted last June.': X is readmitted."""
    from pipeline.membership import MembershipFinding

    if main_org is None or not _SUSPENSION_LIFTED.match(s.text) or _countries(mentions, s.start, s.end):
        return []
    suspended = [x for x in prev_mentions if x.kind == "country" and x.entity_id and (
            _SUSPENDED_OBJECT.search(prev.text[max(0, x.start - prev.start - 30): x.start - prev.start])
            or _SUSPENDED_AFTER.match(prev.text[x.end - prev.start: x.end - prev.start + 30]))]
    return [MembershipFinding(main_org, x.entity_id or "", x.canonical or "", "member", "readmitted", None, (s.start, s.end))
            for x in suspended if x.entity_id != main_org]
