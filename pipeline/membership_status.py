"""Membership status changes the cue rules read wrongly or not at all: a fronted list of applicants, a status passed on
by ellipsis ('... and B received it the same month'), an invitation whose entry day is already set (joining, not a
candidacy), a request to rejoin that supersedes the old exit, and a withdrawal from one of
the body's organs (its military command), which leaves the state a member.

Each rule reads one sentence and speaks for the summit's organisation (or the one the sentence names), never when another
organisation stands in the clause as the body left, applied to or observed.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.lists import read_list
from pipeline.membership import MembershipFinding, _target_org
from pipeline.model import Mention, Sentence
from pipeline.reference import Reference

_BODY = r"(?:bloc|union|organi[sz]ation|alliance|group|grouping|community|league|club|forum|commonwealth)"


def _other_org(mentions: list[Mention], org: str | None) -> bool:
    return any(m.kind == "org" and m.entity_id not in (org, None) for m in mentions)


def _finding(org: str, x: Mention, status: str, rule: str, span: tuple[int, int], since: str | None = None) -> MembershipFinding:
    return MembershipFinding(org, x.entity_id or "", x.canonical or x.text, status, rule, since, span)


# --- a fronted list of applicants: 'Among those that have formally applied for membership are A, B and C' ---------------

# 'Among those that have applied to join are', 'Among the countries which have formally applied for membership are',
# 'Applicants include', 'The states that have asked to join include': the list after the verb applied
_APPLICANTS_ARE = re.compile(
    r"(?:\bAmong\s+|^\W*)(?:the\s+)?(?:those|countries|states|nations|governments|(?:membership\s+)?applicants|candidates)"
    r"(?:\s+(?:that|which|who)\s+(?:have|had)\s+(?:(?:formally|officially|already|also|so\s+far)\s+)*"
    r"(?:applied(?:\s+(?:for\s+(?:full\s+)?membership|to\s+join))?|asked\s+to\s+join|sought\s+membership|submitted\s+applications?)"
    r"(?:\s+(?:so\s+far|to\s+date|this\s+year|since\s+\w+))?)?(?:\s+(?:so\s+far|to\s+date))?\s*,?\s+(?:are|were|include|included)\s+"
    r"(?=(?:the\s+)?(?-i:[A-Z]))",
    re.I)


def fronted_applicants(ref: Reference, s: Sentence, mentions: list[Mention], main_org: str | None) -> list[MembershipFinding]:
    """'Among those that have formally applied for membership are A, B and C', 'Applicants include A and B': candidates.

    A bare 'Among those ... are' with no application is no candidacy ('Among those at the table were A and B')."""
    out: list[MembershipFinding] = []
    for m in _APPLICANTS_ARE.finditer(s.text):
        head = m.group(0).lower()
        if not re.search(r"appl|asked|sought|submitted|candidates", head):
            continue
        org = _target_org(mentions, main_org, s.start + m.start())
        if org is None or _other_org([x for x in mentions if x.start < s.start + m.end()], org):
            continue  # 'Among those that have applied to the EU are ...' in an article on another body
        for x in read_list(ref, mentions, s.start + m.end(), s.text, s.start, ("country",)):
            if x.entity_id not in (org, None):
                out.append(_finding(org, x, "candidate", "fronted_applicants", (s.start + m.start(), x.end)))
    return out


# --- a status passed on by ellipsis: '... granted observer status in 2020, and B received it the same month' ----------

_RECEIVED_IT = re.compile(r"\s*,?\s+(?:and|while|with)\s+(?P<items>(?:the\s+)?(?-i:[A-Z])[^,;.()]{1,60}?)\s+"
                          r"(?:(?:also|later|then)\s+)?(?:(?:received|got|obtained|gained|won|secured|was\s+granted|were\s+granted|"
                          r"was\s+given|were\s+given)\s+(?:it|the\s+same(?:\s+status)?|that\s+status|the\s+status)|followed\s+suit)\b",
                          re.I)
_PASSED_ON = frozenset({"observer", "dialogue_partner", "partner"})


def received_it_too(s: Sentence, mentions: list[Mention], found: list[MembershipFinding]) -> list[MembershipFinding]:
    """'A was granted observer status at the union in December 2020, and B received it the same month': B holds it too.

    The later clause must name only states before its verb, and 'it' / 'the same status' (or 'followed suit') stands for
    the status granted before it in the sentence."""
    out: list[MembershipFinding] = []
    for f in found:
        if f.status not in _PASSED_ON:
            continue
        rest = s.text[f.span[1] - s.start:]
        stop = re.search(r"[.;]", rest)
        for g in _RECEIVED_IT.finditer(rest[: stop.start() if stop else len(rest)]):
            a, b = f.span[1] + g.start("items"), f.span[1] + g.end("items")
            places = [x for x in mentions if x.kind == "country" and a <= x.start and x.end <= b and x.entity_id not in (f.org_id, None)]
            gap = s.text[a - s.start: b - s.start]
            for x in places:
                gap = gap.replace(x.text, "")
            if places and not re.sub(r"\b(?:and|the)\b|[,\s]", "", gap):
                out += [_finding(f.org_id, x, f.status, "received_it_too", (x.start, f.span[1] + g.end()), None)
                        for x in places if x.entity_id != f.country_id]
            break
    return out


# --- an invitation with its entry day set is an entry ----------------------------------------------------------------------

# 'invited to become full members, with membership taking effect on 1 January', 'invited to join from January 1'
_INVITED = re.compile(r"\binvit(?:ed|es|ing|ation)\b[^.;]{0,40}?\bto\s+(?:join|become)\b", re.I)
_ENTRY_SET = re.compile(r"\b(?:(?:their|its|the|with)\s+)?(?:membership|accession|entry|admission)\s+(?:taking|to\s+take|takes|will\s+take|"
                        r"set\s+to\s+take|coming|to\s+come|comes|will\s+come)\s+(?:effect|into\s+(?:force|effect))\s+(?:on|from|as\s+of|in)\s+"
                        r"(?:\d|(?-i:January|February|March|April|May|June|July|August|September|October|November|December)\b|next\b)|"
                        r"\bto\s+(?:join|become\s+(?:full\s+)?members?)\s+(?:from|as\s+of|with\s+effect\s+from|effective)\s+"
                        r"(?:\d|(?-i:January|February|March|April|May|June|July|August|September|October|November|December)\b|next\b)",
                        re.I)
_CONDITION = re.compile(r"\b(?:if|once|provided|unless|should\s+they|would)\b", re.I)


def entry_dated_invitations(s: Sentence, found: list[MembershipFinding]) -> list[MembershipFinding]:
    """'... announced that A, B and C have been invited to become full members, with membership taking effect on
    1 January': the summit's decision with its day set is an entry now (joining), not a candidacy still weighed.
    An entry set on a condition ('would take effect once ratified') stays a candidacy."""
    inv = _INVITED.search(s.text)
    entry = _ENTRY_SET.search(s.text, inv.start()) if inv else None
    if entry is None or _CONDITION.search(s.text[inv.start(): entry.end() + 40]):  # type: ignore[union-attr]
        return found
    return [replace(f, status="joining", rule="entry_dated_invitation")
            if f.status == "candidate" and f.span[0] < s.start + entry.start() else f for f in found]


# --- a request to rejoin supersedes the exit it undoes -----------------------------------------------------------------------

_REJOIN_ASKED = re.compile(r"\b(?:ask(?:ed|s|ing)?|appl(?:ied|ies|y|ying)|request(?:ed|s|ing)?|s(?:eek|eeks|eeking|ought)|bid|wants?|wanted)"
                           r"\b[^.;]{0,40}?\bto\s+(?:re-?join|return\s+to|be\s+re-?admitted)\b|\b(?:re-?admission|return)\s+request\b|"
                           r"\brequest\s+(?:for\s+re-?admission|to\s+re-?join)\b", re.I)

_RETURNED = re.compile(r"\b(?:was|were|has\s+been|had\s+been)\s+(?:formally\s+|finally\s+)?(?:re-?)?admitted\b|\b(?:rejoined|readmitted|"
                       r"returned)\b", re.I)
_NEGATED = re.compile(r"(?:\b(?:never|not)|n['’]t)\s+(?:(?:yet|formally|officially|publicly)\s+)?$", re.I)


def rejoin_requests(s: Sentence, mentions: list[Mention], found: list[MembershipFinding],
                    main_org: str | None) -> list[MembershipFinding]:
    """'X formally asked in September to rejoin the organisation, which it quit in 1984': a candidate for return; the old
    exit told in the same sentence is history, not its status now."""
    m = _REJOIN_ASKED.search(s.text)
    if m is None or main_org is None or _NEGATED.search(s.text[max(0, m.start() - 25): m.start()]) or _RETURNED.search(s.text, m.end()):
        return found  # 'has never asked to rejoin': the exit stands; 'asked to rejoin and was readmitted': the return is told
    before = [x for x in mentions if x.kind == "country" and x.end <= s.start + m.start() and x.entity_id != main_org]
    if not before:
        return found
    x = before[-1]
    if re.search(r"[;]|\bbut\b", s.text[x.end - s.start: m.start()]):
        return found
    org = _target_org([y for y in mentions if y.start >= s.start + m.end()], main_org, s.start + m.end())
    if org is None:
        return found
    kept = [f for f in found if not ((f.org_id, f.country_id) == (org, x.entity_id) and f.status == "left")]
    if not any((f.org_id, f.country_id, f.status) == (org, x.entity_id, "candidate") for f in kept):
        kept.append(_finding(org, x, "candidate", "rejoin_request", (x.start, s.start + m.end())))
    return kept


# --- a withdrawal from one of the body's organs -------------------------------------------------------------------------

# "pulled out of NATO's integrated military command", "left the alliance's military structure", 'quit the integrated command'
_ORGAN_EXIT = re.compile(r"\b(?:left|quit|withdr(?:ew|awn|aws|aw)\s+from|pulled\s+out\s+of|walked\s+out\s+of|exited)\s+(?:the\s+)?"
                         r"(?:(?:(?-i:[A-Z])[\w-]*|alliance|bloc|union|organi[sz]ation|group)['’]s?\s+|(?:its\s+))?"
                         r"(?:[\w-]+\s+){0,3}?(?:military\s+)?(?:command|command\s+structure|military\s+structure|military\s+wing|"
                         r"defen[cs]e\s+(?:arm|wing|structure)|nuclear\s+planning\s+group|integrated\s+(?:structure|force))\b", re.I)


def organ_exits(s: Sentence, found: list[MembershipFinding]) -> list[MembershipFinding]:
    """'France, which pulled out of NATO's integrated military command in 1966': a withdrawal from one of the body's
    organs is no exit from the body; the state stays a member (only a member has a place in its command to leave)."""
    out = []
    for f in found:
        if f.status == "left":
            m = _ORGAN_EXIT.search(s.text, max(0, f.span[0] - s.start))
            if m and s.start + m.start() <= f.span[1] + 2:
                f = replace(f, status="member", rule="organ_exit", since=None)
        out.append(f)
    return out


def status_memberships(ref: Reference, s: Sentence, mentions: list[Mention], main_org: str | None) -> list[MembershipFinding]:
    """Apply this module's one-sentence rules that find states of their own."""
    return fronted_applicants(ref, s, mentions, main_org)


def revise_statuses(s: Sentence, mentions: list[Mention], found: list[MembershipFinding],
                    main_org: str | None) -> list[MembershipFinding]:
    """Revise the sentence's findings: an entry day set, a request to rejoin, an organ left; add a status passed on."""
    found = organ_exits(s, rejoin_requests(s, mentions, entry_dated_invitations(s, found), main_org))
    return found + received_it_too(s, mentions, found)
