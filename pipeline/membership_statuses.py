"""Membership statuses the other readers miss (round 45): tiers told as lists, suspensions told as a chain or as a
count, and suspensions that ended.

- a tier counted or listed: 'The body also counts A, B and C as observer states', 'the associated states - A and B,
  together with C - which ...', 'a list of 13 partner countries ... The 13 are:' followed by one state a line;
- a suspension passed on: 'A was suspended after ..., B followed in May 2021 when ...';
- a count of suspended members and the states named nearby: 'four of the bloc's 15 member states under suspension'
  ... 'A, B, C and D, all run by soldiers, will not be represented';
- a suspension ended: 'X was briefly suspended in 2012', 'X was suspended in 2011. Ministers voted to restore its seat';
- an explicit partner listing answers the same state's application ('had also applied'), so it outranks it;
- a tier held since a year, with elliptical followers: 'A and B have been associated states since 1996, C since 2003';
  'X follows the bloc's work as an observer' (session 17);
- an admission whose accession treaty is still to be signed or ratified is a candidacy, and outranks the admission
  read as an entry now (session 17).

Each rule speaks for the summit's organisation (or the one the sentence names), never when another organisation is
named in the clause as the body whose tier it is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.dates import find_dates
from pipeline.lists import read_list
from pipeline.membership import _NUMBERS, MembershipFinding, _places_before, _target_org
from pipeline.model import Mention, Sentence
from pipeline.reference import Reference

_BODY = r"(?:bloc|union|organi[sz]ation|alliance|group|grouping|community|league|club|forum|commonwealth|association)"
# a tier's plural noun: 'observer states', 'observers', 'associated states', 'associate members', 'partner countries'
_TIER = (r"(?:(?P<obs>observer(?:s|\s+(?:states|countries|nations|members)))|(?P<dia>dialogue[\s-]+partners)|"
         r"(?P<par>(?:associated?|partner)\s+(?:states|countries|nations|members)))")
_NOT_HELD = r"(?<!former\s)(?<!would-be\s)(?<!prospective\s)(?<!potential\s)(?<!aspiring\s)(?<!candidate\s)(?<!future\s)"


def _tier_status(m: re.Match[str]) -> str:
    return "observer" if m.group("obs") else "dialogue_partner" if m.group("dia") else "partner"


def _finding(org: str, x: Mention, status: str, rule: str, end: int, since: str | None = None) -> MembershipFinding:
    return MembershipFinding(org, x.entity_id or "", x.canonical or x.text, status, rule, since, (min(x.start, end), max(x.end, end)))


def _states(items: list[Mention], org: str) -> list[Mention]:
    return [x for x in items if x.kind == "country" and x.form not in ("demonym", "possessive") and x.entity_id not in (org, None)]


def _other_org(mentions: list[Mention], org: str, a: int, b: int) -> bool:
    return any(x.kind == "org" and x.entity_id not in (org, None) and a <= x.start < b for x in mentions)


# --- a tier counted or listed ----------------------------------------------------------------------------------------

# 'counts A, B and C as observer states', 'lists A and B as its associate members', 'counts A among its observers'
_COUNTS = re.compile(r"\b(?:counts?|counted|counting|lists?|listed|recogni[sz]es|recogni[sz]ed)\s+(?=(?:the\s+)?(?-i:[A-Z]))", re.I)
_AS_TIER = re.compile(r"\s+(?:as|among)\s+(?:(?:its|their|the\s+(?:" + _BODY[3:-1] + r")['’]s)\s+)?(?:(?:official|formal|permanent|current|new)\s+)?" + _NOT_HELD
                      + _TIER + r"\b", re.I)
# 'the associated states - A, B and C -', 'its observer states: A and B', 'the bloc's partner countries — A and B'
_TIER_LIST = re.compile(r"\b(?:the|its|(?:the\s+)?" + _BODY + r"['’]s)\s+(?:(?:current|present|other|two|three|four|five|six|seven|"
                        r"eight|nine|ten|\d{1,2})\s+)?" + _NOT_HELD + _TIER + r"\s*(?:\s[-–—]{1,2}|[–—:])\s*(?=(?:the\s+)?(?-i:[A-Z]))", re.I)
# 'A, B and C, together with D and E': a list that goes on
_TOGETHER = re.compile(r",?\s+(?:together\s+with|as\s+well\s+as|along\s+with|plus)\s+(?=(?:the\s+)?(?-i:[A-Z]))", re.I)


def _long_list(ref: Reference, s: Sentence, mentions: list[Mention], pos: int) -> list[Mention]:
    items = read_list(ref, mentions, pos, s.text, s.start, ("country",))
    while items:
        more = _TOGETHER.match(s.text, items[-1].end - s.start)
        nxt = read_list(ref, mentions, s.start + more.end(), s.text, s.start, ("country",)) if more else []
        if not nxt:
            break
        items += nxt
    return items


def tier_lists(ref: Reference, s: Sentence, mentions: list[Mention], main_org: str | None) -> list[MembershipFinding]:
    """'The body also counts A, B and C as observer states'; 'the associated states - A and B, together with C -'."""
    out: list[MembershipFinding] = []
    for m in _COUNTS.finditer(s.text):
        items = _long_list(ref, s, mentions, s.start + m.end())
        t = _AS_TIER.match(s.text, items[-1].end - s.start) if items else None
        org = _target_org(mentions, main_org, s.start + m.start())
        if t is None or org is None or _other_org(mentions, org, s.start, s.start + t.end()):
            continue
        out += [_finding(org, x, _tier_status(t), "counted_as_tier", s.start + t.end()) for x in _states(items, org)]
    for m in _TIER_LIST.finditer(s.text):
        org = _target_org(mentions, main_org, s.start + m.start())
        if org is None or _other_org(mentions, org, s.start, s.start + m.end()):
            continue
        items = _long_list(ref, s, mentions, s.start + m.end())
        rest = s.text[items[-1].end - s.start:] if items else ""
        if len(items) < 2 or not re.match(r"\s*(?:\s[-–—]{1,2}|[–—)]|[.;]|$)", rest):
            continue  # the list must close where the aside does: 'the observer states - A and B - which ...'
        out += [_finding(org, x, _tier_status(m), "tier_list", x.end) for x in _states(items, org)]
    return out


# --- a tier held since a year, and its elliptical followers ----------------------------------------------------------

_SINCE = r"since\s+(?:(?-i:[A-Z])[a-z]+\s+)?(?P<y>(?:19|20)\d{2})\b"
# 'A and B have been associated states since 1996', 'X has been an observer since 2002' (not 'had been': a tier since left)
_HELD_SINCE = re.compile(r"\s+(?:have|has)\s+(?:long\s+|also\s+)?been\s+(?:an?\s+|its\s+|the\s+" + _BODY + r"['’]s\s+)?"
                         r"(?:(?P<par>associated\s+states?|associate\s+(?:members?|states?))|(?P<obs>observers?(?:\s+states?)?)|"
                         r"(?P<dia>dialogue[\s-]+partners?))\s+" + _SINCE, re.I)
# ', Peru since 2003, Colombia and Ecuador since 2004': the same tier, each item with its own year
_SINCE_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|;\s*)(?:the\s+)?(?=(?-i:[A-Z]))")
_SINCE_AFTER = re.compile(r"\s+" + _SINCE, re.I)
# 'X follows the bloc's work as an observer', 'X has followed its proceedings as an observer state'
_FOLLOWS_AS = re.compile(r"\s+(?:follows|followed|has\s+followed|watches|has\s+watched)\s+(?:the|its)\s+(?:" + _BODY + r"['’]s\s+)?"
                         r"(?:work|proceedings|deliberations|meetings)\s+as\s+(?:an?\s+)?observer(?:\s+(?:state|country))?\b", re.I)


def held_tiers(ref: Reference, s: Sentence, mentions: list[Mention], main_org: str | None) -> list[MembershipFinding]:
    """'A and B have been associated states since 1996, C since 2003'; 'X follows the bloc's work as an observer'."""
    out: list[MembershipFinding] = []
    ends = sorted({x.end for x in mentions if x.kind == "country"})
    for end in ends:
        m = _HELD_SINCE.match(s.text, end - s.start)
        follows = _FOLLOWS_AS.match(s.text, end - s.start) if m is None else None
        org = _target_org(mentions, main_org, end)
        if (m is None and follows is None) or org is None or _other_org(mentions, org, s.start, end):
            continue
        items = _states(_places_before(s, mentions, [], end), org)
        status = "observer" if follows else _tier_status(m) if not m.group("par") else "partner"
        out += [_finding(org, x, status, "held_since", end, m.group("y") if m else None) for x in items]
        pos = m.end() if m else follows.end()
        while m is not None and (gap := _SINCE_GAP.match(s.text, pos)):
            more = _states(read_list(ref, mentions, s.start + gap.end(), s.text, s.start, ("country",)), org)
            since = _SINCE_AFTER.match(s.text, more[-1].end - s.start) if more else None
            if since is None:
                break
            out += [_finding(org, x, status, "held_since", x.end, since.group("y")) for x in more]
            pos = since.end()
    return out


# 'a list of 13 partner countries', '13 new observer states' ... 'The 13 are:' and one state a line
_COUNTED_TIER = re.compile(r"\b(?P<n>\d{1,2}|" + "|".join(_NUMBERS) + r")\s+(?:new\s+)?" + _TIER + r"\b", re.I)
_THE_N_ARE = re.compile(r"^\W*(?:the|these|those)\s+(?P<n>\d{1,2}|" + "|".join(_NUMBERS) + r")(?:\s+[\w-]+){0,2}?\s+"
                        r"(?:are|were|include|included)\s*:\s*$", re.I)
_BULLET = re.compile(r"^\s*(?:--?|[•*–—·▪◦]|\d{1,2}[.)])\s+")


def _number(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBERS.get(word.lower(), -1)


def counted_bullets(sentences: list[Sentence], mentions: dict[int, list[Mention]], main_org: str | None
                    ) -> list[tuple[Sentence, MembershipFinding]]:
    """'the summit agreed a list of 13 partner countries. The 13 are:' and 13 lines of one state each: partners.

    The lines must hold exactly as many states as counted, one a line, and the count must name the tier."""
    out: list[tuple[Sentence, MembershipFinding]] = []
    if main_org is None:
        return out
    for i, s in enumerate(sentences):
        intro = _THE_N_ARE.match(s.text)
        if intro is None or i == 0:
            continue
        n = _number(intro.group("n"))
        before = [t for t in sentences[max(0, i - 2): i]]
        tier = next((c for t in reversed(before) for c in _COUNTED_TIER.finditer(t.text) if _number(c.group("n")) == n), None)
        if tier is None:
            continue
        lines = []
        for t in sentences[i + 1:]:
            states = [x for x in mentions[t.index] if x.kind == "country"]
            if not _BULLET.match(t.text) or len(states) != 1:
                break
            lines.append((t, states[0]))
        if len(lines) != n or any(_other_org(mentions[t.index], main_org, t.start, t.end) for t in before):
            continue
        out += [(t, _finding(main_org, x, _tier_status(tier), "counted_bullets", x.end)) for t, x in lines
                if x.entity_id not in (main_org, None)]
    return out


# --- suspensions: passed on, counted, ended --------------------------------------------------------------------------

_SUSPENDED = re.compile(r"\b(?:was|were|been|being)\s+(?:\w+ly\s+)?suspended\b|\bsuspended\s+(?!(?:its|their)\b)", re.I)
# 'B followed in September 2021', 'B followed suit months later', 'B followed when ...'
_FOLLOWED = re.compile(r"\s+(?:then\s+|soon\s+|quickly\s+)?followed(?:\s+suit)?(?=\s+(?:in|on|when|after|months|weeks|a\s+year|"
                       r"the\s+(?:next|following)|later|soon|shortly)\b|\s*[,;.]|$)", re.I)
_OTHER_CHANGE = re.compile(r"\b(?:joined|admitted|readmitted|reinstated|left|quit|withdrew|lifted|restored)\b", re.I)


def followed_suspensions(s: Sentence, mentions: list[Mention], main_org: str | None, published: str | None,
                         prev: Sentence | None) -> list[MembershipFinding]:
    """'A was suspended after the coup, and B followed in September 2021 when ...': B is suspended too."""
    out: list[MembershipFinding] = []
    for x in mentions:
        m = _FOLLOWED.match(s.text, x.end - s.start) if x.kind == "country" and x.form not in ("demonym", "possessive") else None
        if m is None or not re.search(r"(?:^|[,;]\s*(?:and|while|then)?|\band)\s*(?:the\s+)?$", s.text[:x.start - s.start]):
            continue
        before = s.text[:x.start - s.start]
        cue = list(_SUSPENDED.finditer(before))
        if not cue and prev is not None and not before.strip():
            before, cue = prev.text, list(_SUSPENDED.finditer(prev.text))
        if not cue or _OTHER_CHANGE.search(before[cue[-1].end():]):
            continue
        org = _target_org(mentions, main_org, x.start)
        if org is None or x.entity_id in (org, None):
            continue
        dates = [d for d in find_dates(s.text[m.end():m.end() + 40], published, True) if d.span[0] < 12]
        out.append(_finding(org, x, "suspended", "followed_suspension", s.start + m.end(), dates[0].start if dates else None))
    return out


# 'four of the bloc's 15 member states under suspension', 'with three members suspended', 'the four suspended members'
_COUNTED_SUSPENDED = re.compile(
    r"\b(?P<n>\d{1,2}|" + "|".join(_NUMBERS) + r")\s+(?:of\s+(?:the|its)\s+(?:" + _BODY[3:-1] + r")?(?:['’]s)?\s*(?:\d{1,2}\s+)?"
    r"(?:member\s+)?(?:states|countries|nations|members)\s+(?:(?:are|were|now|still|currently|remain)\s+)*"
    r"(?:under\s+suspension|suspended)|(?:member\s+)?(?:states|countries|members)\s+(?:(?:are|were|now|still)\s+)*"
    r"(?:under\s+suspension|suspended))\b|\b(?:the\s+)?(?P<n2>\d{1,2}|" + "|".join(_NUMBERS) + r")\s+suspended\s+"
    r"(?:member\s+)?(?:states|countries|nations|members)\b", re.I)
# the sentence naming them says why they are out: soldiers, coups, absence from the table
_OUT_CUE = re.compile(r"\b(?:soldiers|military|juntas?|coups?|putsch|suspen\w+|not\s+be\s+represented|barred|excluded|"
                      r"not\s+(?:been\s+)?invited|kept\s+away|shut\s+out)\b", re.I)


def counted_suspensions(ref: Reference, sentences: list[Sentence], mentions: dict[int, list[Mention]],
                        main_org: str | None, found: list[tuple[Sentence, MembershipFinding]]
                        ) -> list[tuple[Sentence, MembershipFinding]]:
    """'four of the bloc's 15 member states under suspension' ... 'A, B, C and D, all run by soldiers, will not be
    represented': the first list of exactly as many states, in the next sentences, told why they are out. A state
    whose own suspension is told keeps that finding (and its date)."""
    out: list[tuple[Sentence, MembershipFinding]] = []
    told = {f.country_id for _, f in found if f.status == "suspended" and f.org_id == main_org}
    if main_org is None:
        return out
    for i, s in enumerate(sentences):
        c = _COUNTED_SUSPENDED.search(s.text)
        if c is None or _other_org(mentions[s.index], main_org, s.start, s.start + c.end()):
            continue
        n = _number(c.group("n") or c.group("n2"))
        for t in sentences[i: i + 8]:
            items = _exact_list(ref, t, mentions[t.index], n, main_org)
            if items:
                out += [(t, _finding(main_org, x, "suspended", "counted_suspended", x.end)) for x in items if x.entity_id not in told]
                break
    return out


def _exact_list(ref: Reference, t: Sentence, ms: list[Mention], n: int, org: str) -> list[Mention]:
    if not _OUT_CUE.search(t.text):
        return []
    for x in ms:
        if x.kind != "country" or x.form in ("demonym", "possessive"):
            continue
        items = read_list(ref, ms, x.start, t.text, t.start, ("country",))
        if len(items) == n and len(_states(items, org)) == n:
            return items
        if len(items) > 1:
            return []  # the first list names other states: no guess
    return []


# 'was briefly suspended', 'was suspended briefly': a suspension over
_BRIEFLY = re.compile(r"\bbriefly\s+suspended\b|\bsuspended\s+(?:only\s+)?briefly\b|\bsuspended\s+for\s+(?:a\s+few|several|two|three|"
                      r"some)\s+(?:days|weeks|months)\b", re.I)
_STILL = re.compile(r"\b(?:remains?|still|has\s+been|have\s+been)\b", re.I)


def ended_suspensions(s: Sentence, found: list[MembershipFinding]) -> list[MembershipFinding]:
    """'X was briefly suspended in 2012', "X's delegation was suspended briefly in 2011": a member again."""
    out = []
    for f in found:
        if f.status == "suspended" and f.org_id:
            a, b = f.span[0] - s.start, f.span[1] - s.start
            window = s.text[a: b + 30]
            if _BRIEFLY.search(window) and not _STILL.search(window):
                f = replace(f, status="member", rule="readmitted")
        out.append(f)
    return out


# 'ministers voted on May 7 to restore its seat', 'its membership was restored', 'reinstated it'
_RESTORED = re.compile(r"\b(?:restor(?:e|ed|es|ing)|reinstat(?:e|ed|es|ing))\s+(?:its|their)\s+(?:seat|membership|place)\b|"
                       r"\b(?:its|their)\s+(?:seat|membership)\s+(?:was|were|has\s+been|had\s+been)\s+(?:restored|reinstated)\b|"
                       r"\b(?:readmit(?:ted)?|reinstat(?:e|ed))\s+it\b", re.I)
_THREATENED = re.compile(r"\b(?:could|would|might|(?-i:may)|should|whether|if|refus\w+|block\w+|oppos\w+|not\s+to)\b", re.I)


def restored_seats(s: Sentence, mentions: list[Mention], main_org: str | None, prev: Sentence,
                   prev_found: list[MembershipFinding]) -> list[MembershipFinding]:
    """'X was suspended in 2011. Ministers voted on May 7 to restore its seat.': X is a member again."""
    m = _RESTORED.search(s.text)
    if m is None or main_org is None or any(x.kind == "country" and x.start < s.start + m.start() for x in mentions):
        return []
    if _THREATENED.search(s.text[max(0, m.start() - 40): m.start()]):
        return []  # 'some ministers opposed a vote to restore its seat'
    suspended = {f.country_id: f for f in prev_found if f.status == "suspended" and f.org_id == main_org}
    if len(suspended) != 1:
        return []
    f = next(iter(suspended.values()))
    return [MembershipFinding(main_org, f.country_id, f.country, "member", "readmitted", None, (s.start + m.start(), s.start + m.end()))]


# --- an explicit partner listing answers an application ---------------------------------------------------------------

_LISTED_PARTNER = frozenset({"counted_as_tier", "tier_list", "counted_bullets", "partner_tier"})


_ADMITTED_NOW = frozenset({"admitted_as_members", "admitted", "made_member", "joining"})


def pending_admissions_outrank(found: list[tuple[Sentence, MembershipFinding]]) -> list[tuple[Sentence, MembershipFinding]]:
    """An admission whose entry is told still ahead ('agreed_admission') outranks the admission read as an entry now."""
    pending = {(f.org_id, f.country_id) for _, f in found if f.rule == "agreed_admission"}
    return [(s, f) for s, f in found if not ((f.org_id, f.country_id) in pending and (
        f.status == "joining" and f.rule in _ADMITTED_NOW or f.rule in _RETURNS))]


_RETURNS = frozenset({"readmitted", "restored_membership", "rejoined"})


def listed_partners_outrank(found: list[tuple[Sentence, MembershipFinding]]) -> list[tuple[Sentence, MembershipFinding]]:
    """A state listed among the partners the summit agreed is no longer a mere applicant ('had also applied'): its
    candidacy or wish to join, undated or dated no later than the listing, yields to the partner status."""
    partners = {(f.org_id, f.country_id) for _, f in found if f.status == "partner" and f.rule in _LISTED_PARTNER}
    return [(s, f) for s, f in found if not ((f.org_id, f.country_id) in partners and f.status in ("candidate", "joining")
                                             and f.rule not in _LISTED_PARTNER)]


# --- an admission agreed, its entry still ahead ------------------------------------------------------------------------

# 'agreeing to admit X as the 10th member', 'voted to admit X as a new member', 'decided to admit X'
# 'admitted X into the bloc' (its accession treaty still to be signed, as a sentence after it tells)
_AGREED_ADMIT = re.compile(r"\b(?:(?:agree\w*|decid\w*|vot\w*|resolv\w*|approv\w*)\s+(?:on\s+|unanimously\s+)?(?P<principle>in\s+principle\s+)?"
                           r"(?:(?:on\s+)?(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+)?to\s+admit|"
                           r"admit(?:s|ted))\s+(?=(?:the\s+)?(?-i:[A-Z]))", re.I)
# 'is expected to sign the treaty of accession in the coming weeks, after which X must ratify it': the entry is ahead
_ACCESSION_AHEAD = re.compile(r"\b(?:expected|due|yet|still|set)\s+to\s+sign\s+(?:the|its|a)\s+(?:[\w-]+\s+)?(?:treaty|instrument|"
                              r"protocol)\s+of\s+accession\b|\b(?:treaty|instrument|protocol)\s+of\s+accession\b[^.;]{0,80}?\bmust\s+"
                              r"(?:still\s+)?(?:be\s+)?ratif", re.I)
# 'X will formally become a member at a ceremony next year', 'X is to join once it signs', 'pending ratification'
_ENTRY_AHEAD = re.compile(r"\s+(?:will|would|is\s+to|is\s+due\s+to|is\s+set\s+to|is\s+expected\s+to)\s+(?:formally\s+|officially\s+|only\s+)?"
                          r"(?:become\s+(?:a|an|the|its)\s+(?:[\w-]+\s+)?member|join|accede|be\s+(?:formally\s+)?admitted|take\s+(?:up\s+)?its\s+seat)\b",
                          re.I)
_PENDING = re.compile(r"\b(?:pending|subject\s+to|once\s+it\s+(?:has\s+)?(?:signs?|ratifie[sd]|signed))\b|\bat\s+a\s+(?:formal\s+)?"
                      r"ceremony\s+(?:to\s+be\s+held\s+)?(?:[\w\s]{0,30}?)(?:next|later|early\s+next)\b", re.I)


# 'signed a decision restoring Uzbekistan's full membership ... the document still has to be ratified': a return agreed,
# its entry ahead
_RESTORING = re.compile(r"\b(?:decision|agreement|protocol|resolution|document)\s+(?:on\s+)?(?:restoring|restore|reinstating)\s+"
                        r"(?=(?:the\s+)?(?-i:[A-Z])[\w'’ -]{0,40}?['’]s\s+(?:full\s+)?membership\b)", re.I)
_RATIFY_AHEAD = re.compile(r"\b(?:has|have|needs?|must)\s+(?:still\s+|yet\s+)?(?:to\s+)?be\s+ratified\b|\bpending\s+ratification\b|"
                           r"\b(?:still|yet)\s+(?:to\s+be|requires?|needs?)\s+(?:ratified|ratification)\b", re.I)


def agreed_admissions(sentences: list[Sentence], mentions: dict[int, list[Mention]], main_org: str | None
                      ) -> list[tuple[Sentence, MembershipFinding]]:
    """'agreeing to admit X as the 10th member ... X will formally become a member at a ceremony next year': X is a
    candidate (admitted, its entry still ahead). Without a told entry ahead, nothing is said here."""
    out: list[tuple[Sentence, MembershipFinding]] = []
    if main_org is None:
        return out
    for i, s in enumerate(sentences):
        for m in _AGREED_ADMIT.finditer(s.text):
            x = next((y for y in mentions[s.index] if y.kind == "country" and y.start >= s.start + m.end()), None)
            if x is None or x.start - s.start - m.end() > 4 or x.entity_id in (main_org, None) or _other_org(
                    mentions[s.index], main_org, s.start, x.start):
                continue
            if m.group(0).lower().startswith("admit"):  # admitted outright: only an accession treaty still to sign is ahead
                ahead = any(_ACCESSION_AHEAD.search(t.text) for t in sentences[i: i + 4])
            else:
                ahead = bool(m.group("principle")) or bool(_PENDING.search(s.text[m.end():])) or any(
                    y.entity_id == x.entity_id and _ENTRY_AHEAD.match(t.text, y.end - t.start)
                    for t in sentences[i: i + 4] for y in mentions[t.index] if y.kind == "country")
            if ahead:
                out.append((s, _finding(main_org, x, "candidate", "agreed_admission", s.start + m.end())))
        for m in _RESTORING.finditer(s.text):
            x = next((y for y in mentions[s.index] if y.kind == "country" and y.start >= s.start + m.end()), None)
            if x is None or x.start - s.start - m.end() > 4 or x.entity_id in (main_org, None):
                continue
            if _RATIFY_AHEAD.search(s.text[m.end():]) or any(_RATIFY_AHEAD.search(t.text) for t in sentences[i + 1: i + 3]):
                out.append((s, _finding(main_org, x, "candidate", "agreed_admission", s.start + m.end())))
    return out
