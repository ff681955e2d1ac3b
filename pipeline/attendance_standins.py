"""Stand-ins and the leaders they stand for, where the sentence's own cue is shared or implied: a gapped second
clause ('A was represented by B, and C by his prime minister, D') and a country's leader named in its own aside
('Uzbekistan, whose President X ..., was represented by its ambassador')."""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline import attendance as att
from pipeline.model import Person, Sentence

# 'and C by his prime minister, D': the gap of a second clause sharing 'was represented'
_GAPPED_LEAD = re.compile(r"(?:,\s*|\s)(?:and|while|whereas)\s+(?:(?-i:[A-Z])[\w'’.-]*\s+){0,3}$", re.I)
_GAPPED_BY = re.compile(r"^\s+by\s+(?:(?:his|her|their|its|the|a)\s+)?(?:[\w'’.-]+\s+){0,3}?[\w'’.-]*,?\s*$", re.I)
# 'X, whose President Y ..., was represented (only) by its ambassador': the country's subject clause after the aside
_WHOSE_BEFORE = re.compile(r",\s*whose\s+(?:[\w'’.-]+\s+){0,3}$", re.I)
_WHOSE_COUNTRY_SENT = re.compile(r"^[^;.:\"“”]{0,160}?,\s*(?:(?:was|were|is|are|will\s+be)\s+(?:(?:also|instead|only)\s+)?"
                                 r"(?:being\s+)?represented\s+(?:[\w'’-]+\s+){0,4}?by|(?:sent|sends|is\s+sending|"
                                 r"will\s+send)\s+(?:only\s+)?(?:its|a|an)\s)\b", re.I)


def revise(s: Sentence, people: list[Person], found: list[att.AttendanceFinding],
           dead: set[str]) -> list[att.AttendanceFinding]:
    """Revise one sentence's person findings with the stand-ins and absentees its shared cues imply."""
    if not people or not (att.REPRESENT.search(s.text) or att.SEND.search(s.text)):
        return found
    return _whose_leader(s, people, _gapped(s, people, found, dead), dead)


def _set(found: list[att.AttendanceFinding], f: att.AttendanceFinding) -> list[att.AttendanceFinding]:
    """Put `f` in place of any finding about the same person."""
    pid = f.person.person_id if f.person else None
    return [g for g in found if not (g.person and g.person.person_id == pid)] + [f]


def _gapped(s: Sentence, people: list[Person], found: list[att.AttendanceFinding],
            dead: set[str]) -> list[att.AttendanceFinding]:
    """'A was represented by B, and C by his prime minister, D': C is absent, D stands in for C."""
    cue = att._REPRESENTED_BY.search(s.text)
    if cue is None:
        return found
    for c, d in zip(people, people[1:], strict=False):
        a = c.start - s.start
        if a < cue.end() or c.country_id is None or d.country_id != c.country_id or c.person_id in dead:
            continue
        gap = s.text[c.end - s.start: d.start - s.start]
        if len(gap) > 80 or not _GAPPED_BY.match(gap) or not _GAPPED_LEAD.search(s.text[max(cue.end(), a - 80): a]):
            continue
        status = next((g.status for g in found if g.person and g.person.person_id in (d.person_id, c.person_id)
                       and g.status != "absent"), att.sentence_status(s.text, None))
        found = _set(found, att._finding(c, "absent", "represented_gapped", False, s, "none"))
        if d.person_id not in dead:
            found = _set(found, att._finding(d, status, "represented_gapped", True, s, "in_person"))
    return found


def _whose_leader(s: Sentence, people: list[Person], found: list[att.AttendanceFinding],
                  dead: set[str]) -> list[att.AttendanceFinding]:
    """'Uzbekistan, whose President X has kept away, was represented only by its ambassador': X is absent."""
    for p in people:
        if p.country_id is None or p.person_id in dead:
            continue
        if _WHOSE_BEFORE.search(s.text[max(0, p.start - s.start - 40): p.start - s.start]) and \
                _WHOSE_COUNTRY_SENT.match(s.text[p.end - s.start: p.end - s.start + 240]):
            found = _set(found, att._finding(p, "absent", "represented_whose_leader", False, s, "none"))
    return found


def bullet_stand_ins(s: Sentence, people: list[Person], items: list[Person], summit_future: bool | None,
                     dead: set[str], year: str | None = None) -> list[att.AttendanceFinding]:
    """A list item's other people who stand in for its subject ('- X stayed home; Y is representing Tehran', '- X is
    absent, with Y attending in his place'): the list's heading speaks of the item, not of them."""
    item_ids = {p.person_id for p in items}
    if len(people) <= len(items):
        return []
    out = []
    for f in att.person_findings(s, people, summit_future, dead, year):
        if f.person is None or f.person.person_id in item_ids or f.status == "absent":
            continue
        at = f.person.end - s.start
        if f.stand_in or att._INSTEAD.search(s.text[at: at + 60]):
            out.append(f if f.stand_in else replace(f, stand_in=True))
    return out
