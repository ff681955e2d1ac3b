"""Membership told by a founding summit's signatories, a numbered group's roll call, applicants, approved exits and
membership offers recast as partnerships (round 43).

Six families of English news prose the other readers miss:

- the signatories of a founding act at the summit that founds the body: 'The signatories are A, B and C.', 'The
  founding charter was signed by the heads of 30 states: A, B ...', 'A, B and C signed, along with D and E' (only where
  a sentence near by tells a founding: 'founder members', 'co-founders', 'the charter of a new organisation');
  'A, B and C joined the three founders'; 'A, B and C held the first summit of leaders in 2009';
- the last of a group's members named alone: 'The twentieth member is not a country at all but the EU';
- applicants: 'Among those that applied but were not invited are A, B and C', 'A, B and C have also applied to join';
- an exit approved: 'the leaders approved the departure of A, B and C from the bloc' (left);
- a membership offer turned into a partnership: 'the council invited A and B to open talks on membership; the offer
  was later recast as a strategic partnership' (partner, in place of the candidacy);
- a state seated only as an observer: 'X did not sign and was represented only by an observer'.

Wired into ``derive._membership_claims`` with one hook (``signer_memberships``) and a filter (``recast_candidacies``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.lists import read_list
from pipeline.membership import MembershipFinding
from pipeline.model import Mention, Person, Sentence
from pipeline.reference import Reference

_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
            "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20}
# a founding told near a signing: 'founder members', 'co-founders', 'the charter of a new organisation'
_FOUNDING = re.compile(r"\b(?:founders?|founder\s+(?:members?|states?)|founding\s+(?:members?|states?|nations|countries|"
                       r"summit|charter|treaty|act|documents?)|co-?founders?|(?:charter|treaty|statute)\s+of\s+(?:a|the)\s+new|"
                       r"(?:formation|creation|establishment|birth)\s+of\s+(?:a|the)\s+new|a\s+new\s+(?:organi[sz]ation|union|"
                       r"commonwealth|community|bloc|alliance|league))\b", re.I)
_WINDOW = 3  # sentences either side of a signing that may tell the founding
# 'The signatories are', 'The signers were:', 'Those who signed were'
_SIGNATORIES = re.compile(r"^\W*(?:the\s+)?(?:signatories|signers|(?:states|countries|leaders|those)\s+(?:who|that)\s+signed)\s+"
                          r"(?:(?:to|of)\s+(?:the|its)\s+[\w\s-]{1,30}?\s+)?(?:are|were|include[ds]?|comprised?)\s*:?\s+", re.I)
# 'The charter was signed by the heads of 30 independent African states:', 'signed by eleven republics --'
_SIGNED_BY = re.compile(r"\b(?:charter|treaty|protocol|declaration|agreement|accords?|convention|statute)\s+(?:was|were|had\s+been)\s+"
                        r"signed\s+(?:[^.;:]{0,40}?\s+)?by\s+(?:the\s+(?:leaders|heads(?:\s+of\s+(?:state|government))?|presidents|"
                        r"representatives)\s+of\s+)?(?:(?:the\s+)?(?:\d{1,2}|" + "|".join(_NUMBERS) + r"|thirty|\w+teen)\s+)?"
                        r"(?:[\w-]+\s+){0,3}?(?:states|countries|nations|republics|governments)\s*(?::|--|[—–(])\s*", re.I)
# 'A, B and C signed', 'A and B signed, along with C and D', 'A, B and C have signed the charter'
_SIGNED_AFTER = re.compile(r"\s*(?:--|[—–)])?\s*,?\s+(?:(?:have|has|had|also|all|both)\s+)*signed\b(?!\s+(?:up|on|off)\b)"
                           r"(?P<along>\s*,?\s*(?:along\s+with|together\s+with|as\s+did|as\s+well\s+as)\s+(?:the\s+)?)?", re.I)
# what the states signed: nothing named, or the founding act ('signed the charter', 'signed in Addis Ababa')
_SIGNED_WHAT = re.compile(r"\s*(?:[,.;:)]|$|(?:on|in|at|for|here|there|first|last|together|jointly|tonight|today)\b|(?:the|its|their)\s+"
                          r"(?:(?:founding|new|organi[sz]ation['’]s|bloc['’]s|union['’]s)\s+)?(?:charter|treaty|declaration|"
                          r"protocol|accords?|agreements?|documents?|act|statute|convention)\b)", re.I)
# 'A, B and C joined the three founders', '... joined the original members'
_JOINED_FOUNDERS = re.compile(r"\s*,?\s+(?:(?:have|has|had|then|later|also)\s+)*joined\s+(?:the|its)\s+(?:[\w-]+\s+)?(?:founders|"
                              r"founding\s+(?:members|states|nations|countries)|original\s+(?:members|founders|signatories|"
                              r"(?:\w+\s+)?(?:states|countries|nations)))\b", re.I)
# 'A, B, C and D held the first summit of leaders in 2009'
_FIRST_SUMMIT = re.compile(r"\s*,?\s+(?:(?:had|have|then|jointly)\s+)*(?:held|convened)\s+(?:the|its)\s+(?:group['’]s\s+|bloc['’]s\s+|"
                           r"club['’]s\s+|very\s+)?(?:first|inaugural|founding)\s+(?:leaders['’]?\s+|formal\s+)?(?:summit|meeting)\b", re.I)
# 'The twentieth member is not a country at all but the European Union', 'The last member is X'
_NTH_MEMBER = re.compile(r"\b(?:the|its|their|a)\s+(?:\w+(?:th|st|nd|rd)|last|final|remaining|other|sole\s+other)\s+member\s+"
                         r"(?:is|was|being)\s+(?:(?:not|no)\b[^.;]{0,50}?\bbut\s+)?(?:the\s+)?(?=(?-i:[A-Z]))", re.I)
# 'Among those that applied but were not invited are A, B and C', 'Among the states that have applied are'
_AMONG_APPLIED = re.compile(r"\bamong\s+(?:those|the\s+(?:countries|states|nations|applicants|governments))\s+(?:that|which|who)\s+"
                            r"(?:have\s+|had\s+|has\s+)?(?:also\s+|formally\s+|already\s+)*(?:applied|asked\s+to\s+join|sought\s+"
                            r"(?:to\s+join|membership))\b(?P<rest>[^.;]{0,80}?)\s+(?:are|were)\s+(?:the\s+)?(?=(?-i:[A-Z]))", re.I)
_DECIDED = re.compile(r"\b(?:admitted|accepted|approved|invited|joined|successful)\b", re.I)
_NOT = re.compile(r"\b(?:not|never|n['’]t)\b", re.I)
# 'A, B and C have also applied', '... have formally applied to join', '... applied for membership'
_HAVE_APPLIED = re.compile(r"\s*,?\s+(?:have|has|had)\s+(?:(?:also|formally|already|since|officially|all|both)\s+)*applied"
                           r"(?:\s+to\s+join\b|\s+for\s+(?:full\s+)?membership\b)?(?=\s*(?:[.;,]|$|\s+to\s+join|\s+(?:in|on|last|this)\b))", re.I)
# 'approved the departure of A, B and C from the bloc'
_EXIT_APPROVED = re.compile(r"\b(?:approved|accepted|endorsed|acknowledged|ratified|confirmed|agreed\s+to|signed\s+off\s+on|rubber-stamped)\s+"
                            r"the\s+(?:formal\s+)?(?:departure|exit|withdrawal|pull-?out)s?\s+of\s+(?:the\s+)?(?=(?-i:[A-Z]))", re.I)
# 'the offer was later recast as a strategic partnership', 'talks were turned into an association agreement'
_RECAST = re.compile(r"\b(?:recast|turned|converted|downgraded|reshaped|transformed|replaced|reframed|scaled\s+back)\s+"
                     r"(?:(?:in)?to|as|by|with)\s+an?\s+(?:[\w-]+\s+){0,2}?(?:partnership|association)\b", re.I)
# 'the presidents of A and B, whose countries are preparing to join the union': the leaders' states are candidates
_WHOSE_PREPARING = re.compile(r",?\s+whose\s+(?:countries|states|nations|governments|republics)\s+(?:are|were)\s+(?:(?:still|now|also|both)\s+)?"
                              r"(?:preparing|seeking|hoping|waiting|applying|bidding|aiming|working|negotiating|pressing|lining\s+up)\s+"
                              r"to\s+(?:join|accede\s+to|become\s+(?:full\s+)?members)\b", re.I)
_OFFER = re.compile(r"\b(?:invited|offered|asked|encouraged|urged|welcomed)\b", re.I)
_MEMBERSHIP = re.compile(r"\b(?:membership|to\s+join|accession|admission|full\s+members?)\b", re.I)
# 'X was represented only by an observer', 'X sent only an observer'
_OBSERVER_ONLY = re.compile(r"\s+(?:was|were)\s+represented\s+(?:only\s+|merely\s+|just\s+)?by\s+(?:an?\s+)?observers?\b|"
                            r"\s+(?:only\s+|merely\s+)sent\s+(?:an?\s+)?observers?\b|\s+sent\s+(?:only|just|merely)\s+(?:an?\s+)?observers?\b"
                            r"(?!\s+(?:to|at|for)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:elections?|polls?|vote|referendum|trial|talks\s+in))", re.I)


def _finding(org: str | None, x: Mention, status: str, rule: str, start: int) -> MembershipFinding | None:
    if org is None or x.entity_id is None or x.entity_id == org or x.kind not in ("country", "org"):
        return None
    return MembershipFinding(org, x.entity_id, x.canonical or x.text, status, rule, None, (start, x.end))


def _list_before(s: Sentence, mentions: list[Mention], pos: int) -> list[Mention]:
    """Return the list of states ending right before `pos`, read backwards over commas, 'and' and a dashed aside."""
    states = [x for x in mentions if x.kind == "country" and x.entity_id and x.end <= pos]
    out: list[Mention] = []
    end = pos
    for x in reversed(states):
        gap = s.text[x.end - s.start: end - s.start]
        if out and not re.fullmatch(r"\s*(?:,|,?\s*and|--|[—–])\s*(?:and\s+)?(?:the\s+)?", gap, re.I):
            break
        if not out and not re.fullmatch(r"\s*(?:--|[—–)])?\s*", gap):
            break
        out.append(x)
        end = x.start
    return list(reversed(out))


def _founding_near(sentences: list[Sentence], i: int) -> bool:
    return any(_FOUNDING.search(x.text) for x in sentences[max(0, i - _WINDOW): i + _WINDOW + 1])


def _signers(ref: Reference, s: Sentence, mentions: list[Mention], people: list[Person], org: str) -> list[MembershipFinding]:
    """The states of a founding act's signatories ('The signatories are A, B and C', 'A and B signed, along with C')."""
    found: list[MembershipFinding] = []
    for m in [*_SIGNATORIES.finditer(s.text), *_SIGNED_BY.finditer(s.text)]:
        a = s.start + m.end()
        # 'Russian President X', 'chairman of the Byelorussian parliament': a state named by its demonym too
        states = [x for x in mentions if x.kind in ("country", "demonym") and x.entity_id and x.start >= a]
        places = {x.entity_id: replace(x, kind="country") for x in states}
        for p in people:  # 'The signatories were Russian President X; Y of Z'
            if p.country_id and p.mention.start >= a and p.country_id not in places:
                places[p.country_id] = Mention("country", p.mention.start, p.mention.end, p.mention.text, p.country_id,
                                               p.country or p.country_id)
        found += [f for x in places.values() if (f := _finding(org, x, "member", "signatories", s.start + m.start()))]
    for m in _SIGNED_AFTER.finditer(s.text):
        if _NOT.search(s.text[max(0, m.start() - 12): m.start() + 12]):
            continue
        if not m.group("along") and not _SIGNED_WHAT.match(s.text, m.end()):
            continue  # 'A and B signed a bilateral trade deal on the sidelines': another act
        items = _list_before(s, mentions, s.start + m.start())
        if m.group("along"):
            items += read_list(ref, mentions, s.start + m.end(), s.text, s.start, ("country",))
        found += [f for x in items if (f := _finding(org, x, "member", "signed_founding_act", x.start))]
    return found


def _founders_joined(s: Sentence, mentions: list[Mention], org: str) -> list[MembershipFinding]:
    """'A and B joined the three founders', 'A, B and C held the first summit of leaders': founders or early members."""
    found: list[MembershipFinding] = []
    for rx in (_JOINED_FOUNDERS, _FIRST_SUMMIT):
        for m in rx.finditer(s.text):
            items = _list_before(s, mentions, s.start + m.start())
            if rx is _FIRST_SUMMIT and len(items) < 2:
                continue  # 'Brazil held the first summit' is a host's, not the founders'
            target = _named_after(mentions, s, s.start + m.end(), 24) or org  # 'the first summit of the X forum'
            found += [f for x in items if (f := _finding(target, x, "member", "joined_founders", x.start))]
    return found


def _rolls(ref: Reference, s: Sentence, mentions: list[Mention], org: str) -> list[MembershipFinding]:
    """'The twentieth member is not a country at all but the EU': the body named is a member."""
    found: list[MembershipFinding] = []
    for m in _NTH_MEMBER.finditer(s.text):
        x = next((x for x in mentions if x.kind in ("country", "org") and x.start == s.start + m.end()), None)
        if x is not None and (f := _finding(org, x, "member", "nth_member", s.start + m.start())):
            found.append(f)
    return found


def _named_after(mentions: list[Mention], s: Sentence, pos: int, span: int = 60) -> str | None:
    return next((x.entity_id for x in mentions if x.kind == "org" and pos <= x.start <= pos + span), None)


def _applicants_and_exits(ref: Reference, s: Sentence, mentions: list[Mention], org: str) -> list[MembershipFinding]:
    """Applicants ('Among those that applied but were not invited are A and B', 'A and B have also applied') and
    approved exits ('approved the departure of A and B from the bloc')."""
    found: list[MembershipFinding] = []
    for m in _AMONG_APPLIED.finditer(s.text):
        rest = m.group("rest")
        if _DECIDED.search(rest) and not _NOT.search(rest):
            continue  # 'among those that applied and were admitted are': no longer candidates
        items = read_list(ref, mentions, s.start + m.end(), s.text, s.start, ("country",))
        found += [f for x in items if (f := _finding(org, x, "candidate", "among_applicants", s.start + m.start()))]
    for m in _HAVE_APPLIED.finditer(s.text):
        named = re.match(r"\s+(?:to\s+join\s+|(?:for\s+(?:full\s+)?membership\s+)?(?:of|in)\s+)?(?:the\s+)?(?=(?-i:[A-Z]))",
                         s.text[m.end():])
        target = _named_after(mentions, s, s.start + m.end() + named.end(), 0) if named else org
        items = _list_before(s, mentions, s.start + m.start())
        if target is None or len(items) < 2:
            continue  # 'Chile has applied to join the Pacific Trade Compact': a body we do not know; one state: the 'applied' rule
        found += [f for x in items if (f := _finding(target, x, "candidate", "have_applied", x.start))]
    for m in _EXIT_APPROVED.finditer(s.text):
        items = read_list(ref, mentions, s.start + m.end(), s.text, s.start, ("country",))
        if not items:
            continue
        tail = re.match(r"\s*from\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?", s.text[items[-1].end - s.start:])
        target = (_named_after(mentions, s, items[-1].end + tail.end(), 4) if tail else None) or org
        found += [f for x in items if (f := _finding(target, x, "left", "exit_approved", s.start + m.start()))]
    return found


def _recast(s: Sentence, mentions: list[Mention], org: str) -> list[MembershipFinding]:
    """'the council invited A and B to open talks on membership; the offer was later recast as a partnership': partners."""
    m = _RECAST.search(s.text)
    offer = m and list(_OFFER.finditer(s.text, 0, m.start()))
    if not m or not offer or not _MEMBERSHIP.search(s.text, offer[-1].end(), m.start()):
        return []
    a, b = s.start + offer[-1].end(), s.start + m.start()
    return [f for x in mentions if x.kind == "country" and a <= x.start < b
            and (f := _finding(org, x, "partner", "recast_partnership", x.start))]


def _aspirants(s: Sentence, mentions: list[Mention], people: list[Person], org: str) -> list[MembershipFinding]:
    """'the presidents of A and B, whose countries are preparing to join the union': A and B are candidates."""
    found: list[MembershipFinding] = []
    for m in _WHOSE_PREPARING.finditer(s.text):
        target = _named_after(mentions, s, s.start + m.end(), 8) or org
        a = s.start + max(s.text.rfind(";", 0, m.start()), s.text.rfind(":", 0, m.start()), 0)
        states = {p.country_id: Mention("country", p.mention.start, p.mention.end, p.mention.text, p.country_id, p.country)
                  for p in people if p.country_id and a <= p.mention.start < s.start + m.start()}
        states.update({x.entity_id: x for x in mentions if x.kind == "country" and x.entity_id and a <= x.start < s.start + m.start()})
        found += [f for x in states.values() if (f := _finding(target, x, "candidate", "whose_preparing", x.start))]
    return found


def _observers(s: Sentence, mentions: list[Mention], org: str) -> list[MembershipFinding]:
    """'X was represented only by an observer': the state sits as an observer."""
    found: list[MembershipFinding] = []
    for m in _OBSERVER_ONLY.finditer(s.text):
        if re.search(r"\b(?:would|will|whether|if|not|may|might|could)\s*$", s.text[: m.start()].rstrip()[-12:] + " ", re.I):
            continue
        x = next((x for x in mentions if x.kind == "country" and x.entity_id and x.end == s.start + m.start()), None)
        if x is not None and (f := _finding(org, x, "observer", "observer_only", x.start)):
            found.append(f)
    return found


def signer_memberships(ref: Reference, sentences: list[Sentence], mentions: dict[int, list[Mention]],
                       people: dict[int, list[Person]], main_org: str | None,
                       found: list[tuple[Sentence, MembershipFinding]]) -> list[tuple[Sentence, MembershipFinding]]:
    """Apply the module's readers to the article's sentences (the signers only near a founding)."""
    if main_org is None:
        return []
    out: list[tuple[Sentence, MembershipFinding]] = []
    body = [s for s in sentences if s.kind not in ("credit", "title")]
    for i, s in enumerate(body):
        ms, ps = mentions.get(s.index, []), people.get(s.index, [])
        own = _rolls(ref, s, ms, main_org) + _applicants_and_exits(ref, s, ms, main_org) + _observers(s, ms, main_org)
        own += _recast(s, ms, main_org) + _founders_joined(s, ms, main_org) + _aspirants(s, ms, ps, main_org)
        if _founding_near(body, i):
            own += _signers(ref, s, ms, ps, main_org)
        out += [(s, f) for f in own]
    return out


def recast_candidacies(found: list[tuple[Sentence, MembershipFinding]]) -> list[tuple[Sentence, MembershipFinding]]:
    """Drop a candidacy whose offer the same sentence says was recast as a partnership (the partnership replaces it)."""
    recast = {(f.org_id, f.country_id, s.index) for s, f in found if f.rule == "recast_partnership"}
    return [(s, f) for s, f in found if not (f.status == "candidate" and (f.org_id, f.country_id, s.index) in recast)]
