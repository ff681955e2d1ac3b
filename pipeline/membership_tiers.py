"""Membership rules for the partner tier offered or granted, a pending exit, and a body admitted as a member."""

from __future__ import annotations

import re

from pipeline.lists import read_list
from pipeline.membership import _ASIDE_TO_CUE, _NUMBERS, MembershipFinding, _count, _target_org
from pipeline.model import Mention, Sentence
from pipeline.reference import Reference

# 'invitations to become partners went to A and B', 'A and B were invited to become partner countries',
# 'granted A the status of partner', 'A was given partner-country status', 'admitted A and B as partner states'
_PARTNER_TIER = re.compile(
    r"\b(?:invit\w*|offer\w*|grant\w*|giv(?:e|es|en|ing)|gave|accord\w*|admit\w*|accept\w*|approv\w*|welcom\w*)\b"
    r"[^.;:]{0,60}?(?:\bto\s+become\s+|\bas\s+|\b(?:the\s+)?status\s+of\s+(?:an?\s+)?)(?:an?\s+|the\s+|new\s+)?(?:(?-i:[A-Z])[\w-]*\s+)?"
    r"(?<!dialogue\s)(?<!dialogue-)partners?(?:[\s-]+(?:countr(?:y|ies)|states?|nations?))?\b(?!\s+(?:in|of|with|for)\b)|"
    r"\b(?:grant\w*|giv(?:e|es|en|ing)|gave|accord\w*|award\w*)\b[^.;:]{0,60}?(?<!dialogue\s)(?<!dialogue-)\bpartner"
    r"(?:[\s-]+(?:country|state))?\s+status\b",
    re.I)
# 'X will formally remain a member until its withdrawal takes effect': an exit under way
_REMAIN_UNTIL = re.compile(r"\b(?:will|would|is\s+to|shall)\s+(?:formally\s+|technically\s+|legally\s+)?remain\s+(?:an?\s+|a\s+full\s+)?"
                           r"member\s+(?:(?:of|in)\s+[^.;,]{1,40}?\s+)?until\b", re.I)
# 'leaders admitted the A as a permanent member of ORG': a body (or state) let in at the summit
_ADMITTED_AS = re.compile(r"\b(?:admitted|admits|admit|welcomed|welcomes)\s+(?:the\s+)?(?P<obj>(?-i:[A-Z])[^.;,]{1,60}?)\s+as\s+"
                          r"(?:an?\s+|its\s+|the\s+)?(?:new\s+|permanent\s+|full\s+){1,2}member\b", re.I)

# 'has two observer states, A and B,', 'three dialogue partners, A, B and C': a counted status with its states after a comma
_COUNTED_HOLDERS = re.compile(r"\b(?P<n>\d{1,2}|" + "|".join(_NUMBERS) + r")\s+(?:(?P<obs>observer)|(?P<dia>dialogue[\s-]+partner)|"
                              r"(?P<par>partner)|(?P<mem>member))(?:s\b|\s+(?:states|countries|nations))\s*,\s+(?=(?:the\s+)?(?-i:[A-Z]))",
                              re.I)

_BODY_POSS = r"(?:its|the\s+(?:bloc|group|grouping|forum|alliance|organi[sz]ation|union|league|club|community)['’]s|(?-i:[A-Z][A-Z0-9-]+)['’]s)"
# 'X was the group's sole African member', 'X is the bloc's only Arab member': a state singled out among the members
_SOLE_MEMBER = re.compile(r"(?<=\S)\s+(?:is|was|remains|remained|(?:has|had)\s+been)\s+(?:now\s+|still\s+|long\s+)?" + _BODY_POSS +
                          r"\s+(?:sole|only|lone)\s+(?:[\w-]+\s+){0,2}?member\b(?!\s+(?:to|that|which|who)\b)", re.I)
# 'X, which had been the only regional organisation in the club,': a body or state singled out among the members
_SOLE_IN = re.compile(r",\s+(?:which|who)\s+(?:is|was|remains|remained|(?:has|had)\s+been)\s+(?:now\s+|still\s+|long\s+)?the\s+"
                      r"(?:sole|only|lone)\s+(?:[\w-]+\s+){0,2}?(?:member|organi[sz]ation|body|bloc|state|country|nation|economy)\s+"
                      r"(?:in|of|at)\s+(?:the\s+)?(?:bloc|group|grouping|forum|alliance|organi[sz]ation|union|league|club|community|"
                      r"(?-i:[A-Z][A-Z0-9-]+))\b", re.I)
# 'X submitted its own application in May', 'Y filed a formal membership application': a candidacy
_APPLICATION = re.compile(r"(?<=\S)\s+(?:has\s+|had\s+)?(?:formally\s+|officially\s+)?(?:submitted|filed|lodged|handed\s+in)\s+(?:its|a|an|their)\s+"
                          r"(?:own\s+|formal\s+|official\s+)*(?:membership\s+)?(?:application|bid)\b"
                          r"(?=\s*(?:[.;]|$)|\s+(?:in|on|last|this|earlier)\b|\s+(?:to\s+join|for\s+(?:full\s+)?membership)\b)", re.I)


def _country(x: Mention, org: str | None) -> bool:
    return x.kind == "country" and x.form not in ("demonym", "possessive") and x.entity_id not in (org, None)


def partner_tier(s: Sentence, mentions: list[Mention], main_org: str | None) -> list[MembershipFinding]:
    """'Invitations to become partners will go to A, B and C', 'A was granted the status of partner': the partner tier."""
    found: list[MembershipFinding] = []
    for m in _PARTNER_TIER.finditer(s.text):
        pos, end = s.start + m.start(), s.start + m.end()
        org = _target_org(mentions, main_org, pos)
        if not org or any(x.kind == "org" and x.entity_id not in (org, None) for x in mentions):
            continue  # another body named in the sentence: whose partners is unclear
        clause = s.text.rfind(";", 0, m.start()) + s.start + 1
        stop = s.text.find(";", m.end())
        stop = s.end if stop < 0 else s.start + stop
        after = [x for x in mentions if _country(x, org) and end <= x.start < stop]
        inside = [x for x in mentions if _country(x, org) and pos <= x.start < end]
        before = [x for x in mentions if _country(x, org) and clause <= x.start < pos]
        for x in inside or after or before:
            found.append(MembershipFinding(org, x.entity_id or "", x.canonical or "", "partner", "partner_tier", None,
                                           (min(x.start, pos), max(x.end, end))))
    return found


def pending_exits(s: Sentence, mentions: list[Mention], main_org: str | None) -> list[MembershipFinding]:
    """'X will formally remain a member until next August': a withdrawal under way is an exit."""
    found: list[MembershipFinding] = []
    for m in _REMAIN_UNTIL.finditer(s.text):
        pos = s.start + m.start()
        clause = s.start + max(s.text.rfind(",", 0, m.start()), s.text.rfind(";", 0, m.start())) + 1
        org = _target_org(mentions, main_org, pos)
        subject = [x for x in mentions if _country(x, org) and clause <= x.start < pos]
        if org and len(subject) == 1:
            x = subject[0]
            found.append(MembershipFinding(org, x.entity_id or "", x.canonical or "", "left", "pending_exit", None,
                                           (x.start, s.start + m.end())))
    return found


def admitted_as_member(s: Sentence, mentions: list[Mention], main_org: str | None) -> list[MembershipFinding]:
    """'Leaders admitted the A as a permanent member': the body or state admitted is joining now."""
    found: list[MembershipFinding] = []
    for m in _ADMITTED_AS.finditer(s.text):
        a, b = s.start + m.start("obj"), s.start + m.end("obj")
        named = [x for x in mentions if x.kind in ("country", "org") and a <= x.start and x.end <= b]
        org = _target_org([x for x in mentions if x not in named], main_org, s.start + m.end())
        if org and len(named) == 1 and named[0].entity_id not in (org, None):
            x = named[0]
            found.append(MembershipFinding(org, x.entity_id or "", x.canonical or "", "joining", "admitted_as_member", None,
                                           (x.start, s.start + m.end())))
    return found


def counted_holders(ref: Reference, s: Sentence, mentions: list[Mention], main_org: str | None) -> list[MembershipFinding]:
    """'The bloc has two observer states, A and B, and ...': the states after the count hold the status, when as many."""
    found: list[MembershipFinding] = []
    for m in _COUNTED_HOLDERS.finditer(s.text):
        org = _target_org(mentions, main_org, s.start + m.start())
        items = read_list(ref, mentions, s.start + m.end(), s.text, s.start, ("country",))
        if not org or len(items) != _count(m.group("n")):
            continue
        status = "observer" if m.group("obs") else "dialogue_partner" if m.group("dia") else "partner" if m.group("par") else "member"
        found += [MembershipFinding(org, x.entity_id or "", x.canonical or "", status, "counted_holders", None,
                                    (s.start + m.start(), x.end)) for x in items if x.entity_id not in (org, None)]
    return found


def subject_statuses(s: Sentence, mentions: list[Mention], main_org: str | None) -> list[MembershipFinding]:
    """'X was the group's sole African member' (member), 'X submitted its own application' (candidate): the state just
    before the verb."""
    found: list[MembershipFinding] = []
    rules = ((_SOLE_MEMBER, "member", "sole_member"), (_SOLE_IN, "member", "sole_member"),
             (_APPLICATION, "candidate", "submitted_application"))
    for pattern, status, rule in rules:
        for m in pattern.finditer(s.text):
            pos = s.start + m.start()
            x = next((x for x in mentions if x.end == pos), None)
            if x is None and pattern is _APPLICATION:  # 'Azerbaijan, whose President X flew in, lodged a formal application'
                x = next((y for y in mentions if y.kind == "country" and _ASIDE_TO_CUE.fullmatch(s.text, y.end - s.start, pos - s.start)), None)
            org = _target_org([y for y in mentions if y is not x], main_org, pos)
            # a body may be the one singled out among the members ('the EU, which is the only regional body in the G20')
            body = pattern is _SOLE_IN and x is not None and x.kind == "org" and x.entity_id not in (org, None)
            if org and x is not None and (_country(x, org) or body):
                found.append(MembershipFinding(org, x.entity_id or "", x.canonical or "", status, rule, None,
                                               (x.start, s.start + m.end())))
    return found
