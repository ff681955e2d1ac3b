"""Membership told in running prose (held-out round 34): general forms the older readers missed, wired into
``derive._sentence_findings`` with one-line hooks.

- a numbered group spelled out between dashes: 'The eight -- A, B, C, ... -- have met every year since 1990' (the
  count must match the list and the body's own size, so the list is the group itself, not 'The three -- ...');
- the members listed by their leaders after a colon: 'the leaders of the four founding members: A's X, B's Y, ...'
  (a stated count must match the list);
- the last states to join: 'A and B were the last countries to join, in 2009';
- members with some named among them: 'only five members, A and B among them, meet the target';
- one of a tier, in an apposition: 'King X of Jordan, one of a handful of partner countries to ...', 'Y, one of
  the bloc's observer states,';
- a suspension lifted, told after the suspension: 'the union suspended X after the coup. The suspension was lifted
  last June.' (the return, read as 'readmitted').
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from pipeline.model import Mention, Sentence
from pipeline.reference import Reference

if TYPE_CHECKING:
    from pipeline.membership import MembershipFinding

_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
            "eleven": 11, "twelve": 12}
# 'The seven -- A, B, ... --', 'the Eight — A, B, ... —': a bare count, its members between dashes
_COUNTED_DASHES = re.compile(r"\bthe\s+(?P<n>" + "|".join(_NUMBERS) + r")\s*(?:--|—|–)\s*(?P<items>[^.;:—–]{4,240}?)"
                             r"\s*(?:--|—|–)", re.I)
# 'A and B were the last countries to join', 'C was the newest member to join'
_LAST_TO_JOIN = re.compile(r"\b(?:was|were)\s+the\s+(?:last|latest|newest|most\s+recent)\s+(?:two\s+|three\s+)?"
                           r"(?:countries|states|nations|members?|country|state|nation)\s+to\s+(?:join|be\s+admitted)\b"
                           r"(?:\s*,?\s*in\s+(?P<year>(?:19|20)\d\d))?", re.I)
# 'four members, A and B among them,' (the 'among them' closing the names)
_AMONG_THEM = re.compile(r"\bmembers\s*,\s*(?P<items>[^,;.:]{3,120}?)\s+among\s+them\b", re.I)
# ', one of a handful of partner countries', ', one of the bloc's observer states'
_ONE_OF_TIER = re.compile(r"\s*,\s*one\s+of\s+(?:a\s+handful\s+of|several|a\s+few|the|its|the\s+(?:bloc|alliance|group|"
                          r"union|organi[sz]ation)['’]s|(?:two|three|four|five|six|seven|eight|nine|ten|\d+))\s+"
                          r"(?:[\w-]+\s+)?(?P<tier>partner|observer)\s+(?:countries|states|nations)\b", re.I)
# 'the leaders of the four Central Asian founding members: A's X, B's Y, ...' -- the members, listed by their leaders
_MEMBERS_LEADERS_COLON = re.compile(r"\b(?:leaders|presidents|heads\s+of\s+state)\s+of\s+(?:the\s+|its\s+|all\s+)?"
                                    r"(?:(?P<n>" + "|".join(_NUMBERS) + r")\s+)?(?:(?-i:[A-Z])[\w-]*\s+){0,2}"
                                    r"(?:founding\s+|other\s+|full\s+)?(?:members|member\s+(?:states|countries|nations))\s*:"
                                    r"(?P<items>[^.;:]{4,300})", re.I)
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

    for m in _COUNTED_DASHES.finditer(s.text):
        items = _countries(mentions, s.start + m.start("items"), s.start + m.end("items"))
        # the count must be the body's own (its reference member states on the day), not a subgroup's ('The three -- ...')
        size = sum(st == "member" and ref.country_named(c) is not None
                   for c, st in ref.members_of(ref.organisations[main_org].name, day).items())
        if len(items) == _NUMBERS[m.group("n").lower()] == size:
            add(items, "member", "counted_dashes", s.start + m.end())
    for m in _MEMBERS_LEADERS_COLON.finditer(s.text):
        items = _countries(mentions, s.start + m.start("items"), s.start + m.end("items"))
        if items and (m.group("n") is None or len(items) == _NUMBERS[m.group("n").lower()]):
            add(items, "member", "members_leaders_listed", s.start + m.end())
    for m in _LAST_TO_JOIN.finditer(s.text):
        items = [x for x in _countries(mentions, s.start, s.start + m.start())
                 if not re.search(r"[;:]|\b(?:after|before|while|when)\b", s.text[x.end - s.start: m.start()])]
        add(items, "member", "last_to_join", s.start + m.end(), m.group("year"))
    for m in _AMONG_THEM.finditer(s.text):
        add(_countries(mentions, s.start + m.start("items"), s.start + m.end("items")), "member", "members_among_them",
            s.start + m.end())
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
