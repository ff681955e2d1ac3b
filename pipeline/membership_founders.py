"""Membership rules for founders named around a founding act, and a status shared by 'as do A and B'."""

from __future__ import annotations

import re

from pipeline.lists import read_list
from pipeline.membership import MembershipFinding, _places_before, _target_org
from pipeline.model import Mention, Person, Sentence
from pipeline.reference import Reference

_KINDS = ("country", "org")
_BODY = r"(?:bloc|group|grouping|alliance|organi[sz]ation|union|league|community|commonwealth|forum|club)"
_FOUNDED = r"(?:founded|co-founded|established|created|set\s+up|formed)"
# 'X, one of the 12 countries that founded the alliance in 1949 along with A and B',
# 'X was one of the founding members of the organisation, alongside A, B and C', 'X co-founded the bloc together with A'
_FOUNDED_ALONG = re.compile(
    r"(?:\bone\s+of\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:countries|states|nations|members|founders|signatories)\s+"
    r"(?:that|which|who)\s+" + _FOUNDED + r"\b|\bfounding\s+(?:members?|states?|countries|nations)\s+of\b|\b" + _FOUNDED + r"\b)"
    r"(?P<gap>[^.;]{0,100}?)\b(?:along\s+with|alongside|together\s+with)\s+(?=(?:the\s+)?(?-i:[A-Z]))", re.I)
# 'the heads of state of A, B and C signed a declaration announcing the establishment of ORG'
_SIGNERS = re.compile(r"\b(?:leaders|presidents|heads\s+of\s+state(?:\s+and\s+(?:of\s+)?government)?)\s+of\s+(?:the\s+)?"
                      r"(?=(?-i:[A-Z]))", re.I)
_SIGNED_FOUNDING = re.compile(
    r"\s+(?:(?:have|has|had)\s+)?(?:signed|adopted)\s+(?:[^.;]{0,60}?\b(?:establishment|creation|founding|formation|launch)\s+of|"
    r"(?:an?|the|its)\s+(?:[\w-]+\s+){0,2}?(?:declaration|charter|treaty|agreement|convention|accords?)\s+(?:establishing|"
    r"creating|founding|setting\s+up|launching))\s+(?:the\s+)?(?=(?-i:[A-Z]))", re.I)
# 'A and B, the other two countries in the alliance's Membership Action Plan,': states on the road to membership
# 'A and B, the heads of SCO observer states,': the leaders' states hold the status
_APPOSITIVE_HOLDERS = re.compile(
    r",\s+(?:the\s+)?(?:(?P<cand>(?:other\s+)?(?:(?:two|three|four|five|six|\d)\s+)?(?:countries|states|nations|aspirants|candidates)\s+"
    r"(?:in|on|under)\s+(?:the\s+)?(?:[\w-]+['’]s\s+)?(?:Membership\s+Action\s+Plan|(?-i:MAP)|accession\s+(?:process|queue|track|talks))\b)|"
    r"(?:heads|leaders|presidents)\s+of\s+(?:the\s+)?(?:(?-i:[A-Z][\w-]*)\s+)?(?:(?P<obs>observer)|(?P<dia>dialogue[\s-]+partner)|"
    r"(?P<mem>member))\s+(?:states|countries|nations)\b)", re.I)
# 'The bloc brings together 19 countries, the EU and, since 2023, the AU': the bodies named beside the counted states
# ('19 of the world's biggest economies plus the EU': the counted states drawn from a wider set)
_COUNTED_STATES = re.compile(r"\b(?:brings\s+together|comprises|groups|unites|is\s+made\s+up\s+of|consists\s+of)\s+(?:\d{1,3}|\w+teen|"
                             r"twenty(?:-\w+)?)\s+(?:of\s+the\s+(?:world['’]s|globe['’]s|planet['’]s)\s+(?:[\w-]+\s+){0,2}?)?"
                             r"(?:(?:member|sovereign)\s+)?(?:countries|states|nations|economies)\b", re.I)
_BODY_GAP = re.compile(r"^\s*(?:,\s*(?:and\s*)?|\s+(?:and|plus)\s*)(?:,?\s*(?:since|from)\s+[^,;.]{1,60},\s*)?(?:the\s+)?$", re.I)
# '..., and B on 12 August 2015': the same status with another date (the verb left out)
_GAPPED = re.compile(r",?\s+and\s+(?:the\s+)?(?=(?-i:[A-Z]))(?P<c>[\w'’ .-]{1,40}?)\s+(?:on|in)\s+(?:(?:\d{1,2}\s+)?(?-i:[A-Z])[a-z]+"
                     r"(?:\s+\d{1,2})?,?\s+)?(?P<y>(?:19|20)\d{2})\s*(?:[.;]|$)")
# 'X remains suspended from the union, as do A and B': the status of the clause before, shared by the list after
# 'X is an observer, and so is Y', 'A has asked to join, and so have B and C'
_AS_DO = re.compile(r",?\s+(?:as|and\s+so)\s+(?:do|does|did|are|were|have|has|is|was)\s+(?:the\s+)?(?=(?-i:[A-Z]))", re.I)


def _subject_before(mentions: list[Mention], s: Sentence, pos: int) -> Mention | None:
    """Return the country named first in the sentence before the cue, the founder the cue describes."""
    return next((m for m in mentions if m.kind == "country" and s.start <= m.start and m.end <= pos), None)


def founder_memberships(ref: Reference, s: Sentence, mentions: list[Mention], main_org: str | None) -> list[MembershipFinding]:
    """Read the founders listed beside a founding act: 'one of the states that founded ORG along with A and B',
    'the leaders of A, B and C signed a declaration on the establishment of ORG'."""
    found: list[MembershipFinding] = []
    for m in _FOUNDED_ALONG.finditer(s.text):
        pos = s.start + m.start()
        gap = (s.start + m.start("gap"), s.start + m.end("gap"))
        named = next((x.entity_id for x in mentions if x.kind == "org" and gap[0] <= x.start < gap[1]), None)
        org = named or (main_org if re.search(r"\b" + _BODY + r"\b", m.group("gap"), re.I) else None)
        subject = _subject_before(mentions, s, pos)
        items = read_list(ref, mentions, s.start + m.end(), s.text, s.start, _KINDS)
        if org is None or subject is None or not items:
            continue
        found += [MembershipFinding(org, x.entity_id or "", x.canonical or "", "member", "founded_along", None, (pos, x.end))
                  for x in [subject, *items] if x.entity_id not in (org, None)]
    for m in _SIGNERS.finditer(s.text):
        items = read_list(ref, mentions, s.start + m.end(), s.text, s.start, _KINDS)
        act = _SIGNED_FOUNDING.match(s.text, items[-1].end - s.start) if items else None
        org = next((x.entity_id for x in mentions if x.kind == "org" and x.start == s.start + act.end()), None) if act else None
        if org is None:
            continue
        found += [MembershipFinding(org, x.entity_id or "", x.canonical or "", "member", "signed_founding", None,
                                    (s.start + m.start(), s.start + act.end())) for x in items if x.entity_id not in (org, None)]
    return found


def shared_statuses(ref: Reference, s: Sentence, mentions: list[Mention], found: list[MembershipFinding]) -> list[MembershipFinding]:
    """'X remains suspended, as do A and B', 'X is an observer, as are A and B': the list shares the status before it."""
    extra: list[MembershipFinding] = []
    for m in _AS_DO.finditer(s.text):
        pos = s.start + m.start()
        # the status in the clause right before, not one in a relative clause ('A, which are not members, were absent, as were B')
        before = [f for f in found if f.span[1] <= pos and not re.search(r"[,;()]", s.text[f.span[1] - s.start: m.start()])]
        if not before:
            continue
        last = max(before, key=lambda f: f.span[1])
        items = read_list(ref, mentions, s.start + m.end(), s.text, s.start, _KINDS)
        extra += [MembershipFinding(last.org_id, x.entity_id or "", x.canonical or "", last.status, "as_do", last.since,
                                    (pos, x.end)) for x in items if x.entity_id not in (last.org_id, None)]
    for m in _GAPPED.finditer(s.text):
        pos = s.start + m.start()
        state = next((x for x in mentions if x.kind == "country" and x.start == s.start + m.start("c")
                      and x.end == s.start + m.end("c")), None)
        before = [f for f in found if f.span[1] <= pos and f.rule not in ("as_do", "gapped") and not re.search(r"[;]", s.text[f.span[1] - s.start: m.start()])]
        if state is None or not before:
            continue
        last = max(before, key=lambda f: f.span[1])
        if state.entity_id not in (last.org_id, None, last.country_id):
            extra.append(MembershipFinding(last.org_id, state.entity_id or "", state.canonical or "", last.status, "gapped",
                                           m.group("y"), (pos, s.start + m.end())))
    return extra


def appositive_holders(s: Sentence, mentions: list[Mention], people: list[Person], main_org: str | None) -> list[MembershipFinding]:
    """'A and B, the other two countries in the Membership Action Plan,' (candidates); 'X and Y, the heads of ORG
    observer states,' (their states are observers)."""
    found: list[MembershipFinding] = []
    for m in _APPOSITIVE_HOLDERS.finditer(s.text):
        pos = s.start + m.start()
        status = "candidate" if m.group("cand") else "observer" if m.group("obs") else "dialogue_partner" if m.group("dia") else "member"
        org = _target_org(mentions, main_org, pos)
        places = _places_before(s, mentions, people, pos)
        found += [MembershipFinding(org, x.entity_id or "", x.canonical or "", status, "appositive_holders", None, (x.start, s.start + m.end()))
                  for x in places if org and x.kind == "country" and x.entity_id not in (org, None)]
    return found


def counted_bodies(s: Sentence, mentions: list[Mention], main_org: str | None) -> list[MembershipFinding]:
    """'ORG brings together 19 countries, the European Union and, since 2023, the African Union': the bodies are members."""
    found: list[MembershipFinding] = []
    for m in _COUNTED_STATES.finditer(s.text):
        # the body before the verb is the subject (else the summit's), never one of the bodies listed after it
        org = next((x.entity_id for x in reversed(mentions) if x.kind == "org" and x.end <= s.start + m.start()), main_org)
        end = s.start + m.end()
        for x in (x for x in mentions if x.kind == "org" and x.start >= end):
            if not _BODY_GAP.match(s.text[end - s.start: x.start - s.start]):
                break
            if org and x.entity_id not in (org, None):
                found.append(MembershipFinding(org, x.entity_id or "", x.canonical or "", "member", "counted_bodies", None,
                                               (s.start + m.start(), x.end)))
            end = x.end
    return found
