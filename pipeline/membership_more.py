"""Membership rules for a tier named after 'as a', an entry dated to today, a denied exit, allies led by named
states, an accession dated by comparison with another state's, and a status group whose states follow."""

from __future__ import annotations

import re

from pipeline.lists import read_list
from pipeline.membership import _JOIN_THING, MembershipFinding, _alliance, _target_org
from pipeline.model import Mention, Person, Sentence
from pipeline.reference import Reference

_FLEDGED = r"(?:full(?:y)?[\s-]fledged\s+|full\s+|permanent\s+)"
# 'held with the participation of A as a full-fledged member of the union': the state right before 'as' holds the tier
# (not 'as a member of the delegation': a person's role)
_AS_FULL = re.compile(r"^\s+as\s+(?:an?\s+|its\s+)?" + _FLEDGED + r"members?\b(?!\s+of\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+|a\s+)?"
                      r"(?:[\w'’-]+\s+)?(?:delegation|team|entourage|party|press|panel|committee|board|family|staff|government|"
                      r"cabinet|public|parliament)\b)", re.I)
# 'From today, A is a full-fledged member of ORG', 'As of Thursday, A becomes a full member': an entry taking effect now
_ENTRY_NOW = re.compile(r"^\W*(?:from|as\s+of|starting|beginning|with\s+effect\s+from)\s+(?:today|now|this\s+(?:morning|week|day)|"
                        r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s*,\s*", re.I)
_IS_MEMBER_NOW = re.compile(r"^\s+(?:is|becomes)\s+(?:now\s+|officially\s+|formally\s+)?(?:an?\s+|the\s+)?(?:[\w-]+['’]s\s+)?"
                            + _FLEDGED + r"?member\b", re.I)
_BODY = r"(?:bloc|alliance|group|grouping|organi[sz]ation|union|league|club|forum|community|commonwealth)"
# 'A "has no plans to leave the CIS"', 'B does not intend to quit the bloc', 'C has ruled out leaving': a state that says it
# stays is a member (and no exit)
_DENIED_EXIT = re.compile(
    r"\b(?:(?:has|have|had)\s+no\s+(?:plans?|intention|desire|wish)\s+(?:to\s+(?:leave|quit|exit|withdraw\s+from)|of\s+"
    r"(?:leaving|quitting|exiting|withdrawing\s+from))|(?:does|do|did|will|would)\s*(?:not|n['’]t)\s+(?:(?:intend|plan|want|seek|"
    r"mean)\s+to\s+)?(?:leave|quit|exit|withdraw\s+from)|(?:has|have|had)\s+ruled\s+out\s+(?:leaving|quitting|exiting|withdrawing\s+from)|"
    r"(?:is|are)\s+not\s+(?:leaving|quitting|exiting|withdrawing\s+from))\s+(?:the\s+)?(?=(?-i:[A-Z])|" + _BODY + r"\b(?!['’]))", re.I)
# 'eastern allies, led by A and the Baltic states, ...': the named states head the allies (not 'US allies such as Japan')
_ALLIES_LED = re.compile(r"\b(?:(?:other|fellow|eastern|european|northern|southern|nordic|smaller|larger|key|several|some|many|most|"
                         r"frontline|flank|hawkish|the)\s+)*(?P<noun>allies|member\s+(?:states|countries|nations)|members)\s*,?\s+"
                         r"(?:led|headed|spearheaded)\s+by\s+(?=(?:the\s+)?(?-i:[A-Z]))", re.I)
# 'whose country joined in 2023, a year before B': the state compared also joined (later, or earlier)
_COMPARED = re.compile(r"\b(?:joined|acceded|became\s+(?:an?\s+)?(?:full\s+)?members?|was\s+admitted)\b(?P<rest>[^.;]{0,50}?),?\s+"
                       r"(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:years?|months?|weeks?|days?)|shortly|just|"
                       r"soon)\s+(?:before|after|ahead\s+of)\s+(?=(?:the\s+)?(?-i:[A-Z]))", re.I)
_COMPARED_END = re.compile(r"^\s*(?:[,.;:)]|$|[\"”’']|\s(?:did|had|was|were|and)\b)")
# 'The Indo-Pacific partners were thin on the ground.', 'Its observers were out in force.': the group's states follow
_GROUP_HEAD = re.compile(r"^\W*(?:the|its|their)\s+(?:(?:alliance|bloc|group|grouping|organi[sz]ation|union)['’]s\s+)?"
                         r"(?:(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?\s+|[\w-]+\s+)?(?P<noun>dialogue\s+partners|partners|observers|"
                         r"observer\s+states|partner\s+(?:states|countries|nations))\s+(?:were|was|are)\b", re.I)
_GROUP_FOLLOWERS = 3
# a sentence that names a status of its own ('X, which is neither a member nor an observer, ...') ends the group's states
_OWN_STATUS = re.compile(r"\b(?:members?|membership|observers?|partners?|guests?|invit\w*|non-members?|allies|ally)\b", re.I)


def _country(x: Mention, org: str | None) -> bool:
    return x.kind == "country" and x.entity_id not in (org, None)


def tier_memberships(s: Sentence, mentions: list[Mention], main_org: str | None) -> list[MembershipFinding]:
    """'with the participation of A as a full-fledged member' (member); 'From today, A is a full-fledged member' (joining)."""
    found: list[MembershipFinding] = []
    entry = _ENTRY_NOW.match(s.text)
    for x in mentions:
        if x.form in ("demonym", "possessive"):
            continue
        rest = s.text[x.end - s.start:]
        as_full = _AS_FULL.match(rest)
        now = _IS_MEMBER_NOW.match(rest) if entry and x.start - s.start == entry.end() else None
        m = as_full or now
        if m is None:
            continue
        org = _target_org([y for y in mentions if y is not x], main_org, x.end + m.end())
        if org and _country(x, org) or (org and x.kind == "org" and x.entity_id not in (org, None)):
            found.append(MembershipFinding(org, x.entity_id or "", x.canonical or "", "joining" if now else "member",
                                           "entry_now" if now else "as_full_member", None, (x.start, x.end + m.end())))
    return found


def denied_exits(s: Sentence, mentions: list[Mention], main_org: str | None) -> list[MembershipFinding]:
    """'A has no plans to leave the bloc': the state before the cue, in its clause, is a member."""
    found: list[MembershipFinding] = []
    for m in _DENIED_EXIT.finditer(s.text):
        pos = s.start + m.start()
        clause = s.start + max(s.text.rfind(";", 0, m.start()), s.text.rfind(",", 0, m.start())) + 1
        subject = [x for x in mentions if _country(x, None) and clause <= x.start and x.end <= pos]
        org = _target_org([x for x in mentions if x.start >= pos], main_org, s.start + m.end())
        if org and subject and subject[-1].entity_id != org and subject[-1].form != "demonym":
            x = subject[-1]
            found.append(MembershipFinding(org, x.entity_id or "", x.canonical or "", "member", "denied_exit", None,
                                           (x.start, s.start + m.end())))
    return found


def without_denied_exits(found: list[MembershipFinding]) -> list[MembershipFinding]:
    """Drop the exit read from a denied one ('does not intend to quit the bloc' is no exit)."""
    denied = [f for f in found if f.rule == "denied_exit"]
    return [f for f in found if not (f.status == "left" and any(
        (d.org_id, d.country_id) == (f.org_id, f.country_id) and d.span[0] <= f.span[1] and f.span[0] <= d.span[1]
        for d in denied))]


def led_allies(ref: Reference, s: Sentence, mentions: list[Mention], main_org: str | None) -> list[MembershipFinding]:
    """'eastern allies, led by A and the Baltic states': the states heading the allies (or member states) are members."""
    found: list[MembershipFinding] = []
    for m in _ALLIES_LED.finditer(s.text):
        pos = s.start + m.start()
        if any(x.kind in ("country", "city") and 0 <= pos - x.end <= 3 for x in mentions) or re.search(
                r"['’]s?\s+$", s.text[max(0, m.start() - 3): m.start()]):
            continue  # 'Kyiv's allies, led by A': a state's allies, not the organisation's
        org = _target_org(mentions, main_org, pos)
        if not org or (m.group("noun").lower() == "allies" and not _alliance(ref, org)):
            continue
        for x in read_list(ref, mentions, s.start + m.end(), s.text, s.start, ("country",)):
            if _country(x, org):
                found.append(MembershipFinding(org, x.entity_id or "", x.canonical or "", "member", "led_allies", None,
                                               (pos, x.end)))
    return found


def compared_accessions(ref: Reference, s: Sentence, mentions: list[Mention], main_org: str | None) -> list[MembershipFinding]:
    """'whose country joined in 2023, a year before B': B joined too, so is a member."""
    found: list[MembershipFinding] = []
    for m in _COMPARED.finditer(s.text):
        pos = s.start + m.start()
        org = _target_org(mentions, main_org, pos, cue=True, text=s.text, offset=s.start)
        items = read_list(ref, mentions, s.start + m.end(), s.text, s.start, ("country",))
        if _JOIN_THING.match(m.group("rest")):
            continue  # 'joined the talks in 2020, a year before B': a thing joined, no body
        if not org or not items or not _COMPARED_END.match(s.text[items[-1].end - s.start:]):
            continue  # 'a year after Russia invaded its neighbour': an event, not an accession
        found += [MembershipFinding(org, x.entity_id or "", x.canonical or "", "member", "compared_accession", None, (pos, x.end))
                  for x in items if _country(x, org) and x.form not in ("demonym", "possessive")]
    return found


def group_followers(sentences: list[Sentence], mentions: dict[int, list[Mention]], people: dict[int, list[Person]],
                    main_org: str | None, found: list[tuple[Sentence, MembershipFinding]]) -> list[tuple[Sentence, MembershipFinding]]:
    """'The Indo-Pacific partners were thin on the ground. A's premier came, but B's stayed home.': the states named in the
    sentences right after a status group's head hold its status (a state read as a member elsewhere keeps that)."""
    out: list[tuple[Sentence, MembershipFinding]] = []
    if not main_org:
        return out
    members = {f.country_id for _, f in found if f.org_id == main_org and f.status in ("member", "joining")}
    for i, s in enumerate(sentences):
        m = _GROUP_HEAD.match(s.text)
        if m is None or any(x.kind == "country" for x in mentions.get(s.index, [])) or any(
                p.country_id for p in people.get(s.index, [])):
            continue  # 'The observers were there too: A's president and B's' is a list read elsewhere
        noun = m.group("noun").lower()
        status = "dialogue_partner" if noun.startswith("dialogue") else "observer" if noun.startswith("observer") else "partner"
        for t in sentences[i + 1: i + 1 + _GROUP_FOLLOWERS]:
            named = [Mention("country", p.start, p.end, p.country or "", p.country_id, p.country)
                     for p in people.get(t.index, []) if p.country_id]
            named += [x for x in mentions.get(t.index, []) if _country(x, main_org)]
            named = [x for x in named if x.entity_id not in (main_org, None)]
            if not named or _OWN_STATUS.search(t.text):
                break
            for x in named:
                if x.entity_id not in members:
                    out.append((t, MembershipFinding(main_org, x.entity_id or "", x.canonical or "", status, "group_followers",
                                                     None, (x.start, x.end))))
    return out
