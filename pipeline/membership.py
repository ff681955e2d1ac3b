"""Membership rules: lists of members and observers, joining, candidates, readmission, suspension, exit."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.dates import find_dates
from pipeline.lists import read_list
from pipeline.model import Mention, Person, Sentence
from pipeline.reference import Reference

_KINDS = ("country", "org")
# (rule name, status, pattern whose end is where a list of places starts)
LIST_RULES: list[tuple[str, str, re.Pattern[str]]] = [
    ("founded_by", "member", re.compile(r"\b(?:founded|established|created|set up|formed)\s+(?:in\s+(\d{4})\s+)?by\s+", re.I)),
    ("founding_members", "member", re.compile(r"\bfounding\s+(?:members?|core|states|countries|nations)\s*(?:include|including|are|were|of|,)\s*", re.I)),
    # an acronym spelt out by its members: 'BRICS - Brazil, Russia, India, China and South Africa -'
    ("acronym_of_members", "member", re.compile(r"(?<![\w-])(?-i:[A-Z]{3,})\s*(?:\s[-–—]|\(|:)\s*(?=(?-i:[A-Z])[^.;]{3,120}?,[^.;]{3,120}?\band\b)", re.I)),
    ("observers_and_partners", "observer_or_dialogue_partner", re.compile(
        r"\bobservers?(?:\s+(?:states|countries|nations|members))?\s+(?:and|or)\s+(?:dialogue\s+)?partners?"
        r"(?:\s+(?:states|countries|nations))?\s+(?:include|including|are|such\s+as)\s*:?\s*", re.I)),
    ("observers", "observer", re.compile(
        r"\bobservers?(?:\s+(?:states|countries|nations|members))?\s*,?\s+(?:include|including|are|such\s+as)\s*:?\s*", re.I)),
    ("dialogue_partners", "dialogue_partner", re.compile(
        r"\bdialogue\s+partners?(?:\s+(?:states|countries|nations))?\s*,?\s+(?:include|including|are|such\s+as)\s*:?\s*", re.I)),
    ("partners", "partner", re.compile(
        r"\bpartner\s+(?:countries|states|nations)\s*,?\s+(?:include|including|are|such\s+as)\s*:?\s*", re.I)),
    ("members_include", "member", re.compile(
        r"\b(?:(?:other|current|existing|full|permanent|new|its|the)\s+)?(?:member[- ](?:countries|states|nations)|members)"
        r"\s*,?\s+(?:include|includes|including|are|such\s+as|namely)\s*:?\s*", re.I)),
    ("comprised", "member", re.compile(
        r"\b(?:comprised|comprises|comprising|consists\s+of|consisted\s+of|is\s+made\s+up\s+of|brings\s+together|groups|unites|expand(?:ed|s)?\s+to\s+include)\s+|\b(?:bloc|grouping|club)\s+of\s+(?=(?-i:[A-Z]))", re.I)),
    ("admitted_as_members", "joining", re.compile(r"\badmit(?:ted|s|ting)\s+(?=[^.;]{3,80}?\bas\s+(?:the\s+)?(?:new\s+|full\s+|"
                                                 r"\d+\w*\s+(?:and\s+(?:the\s+)?\d+\w*\s+)?)?members?\b)", re.I)),
    ("invited_to_join", "candidate", re.compile(r"\binvit(?:ed|es|ing)\s+(?=[^.;]{3,80}?\bto\s+(?:join|become\s+(?:full\s+)?members?))", re.I)),
    ("member_state", "member", re.compile(r"\bmember[- ](?:state|country|nation)\s+", re.I)),
]
# (rule name, status, cue) where the subject is the nearest place, or 'his/its country'
CUE_RULES: list[tuple[str, str, re.Pattern[str]]] = [
    ("joining", "joining", re.compile(
        r"\btransition(?:s|ing|ed)?\s+to\s+full\s+membership|\b(?:become|becomes|became|becoming)\s+(?:a\s+|the\s+|its\s+)?"
        r"(?:[\w-]+['’]s\s+)?(?:full|permanent|newest|new|\d+\w*)\s+member|\baccorded\s+full\s+membership|\bgranted\s+(?:full\s+|permanent\s+)*"
        r"member(?:ship)?|\bnewest\s+member|\binduct(?:s|ed|ing)?\b|\bjoins?\s+as\s+(?:a\s+)?(?:full\s+)?member|"
        r"\bformally\s+join(?:s|ed)?|\badmitted\s+as\s+(?:a\s+)?(?:full\s+|new\s+)?member|\bfull,?\s+permanent\s+membership", re.I)),
    ("applied", "candidate", re.compile(
        r"\bappl(?:ied|ies|y)\s+(?:to\s+join|for\s+(?:full\s+)?membership)|\b(?:bid|application|request)\s+(?:to\s+join|for\s+membership)"
        r"|\binvitation\s+to\s+join\b|\bcandidate\s+(?:country|for\s+membership|member)|\bseek(?:s|ing)?\s+(?:to\s+join|membership)", re.I)),
    ("readmitted", "member", re.compile(
        r"\breinstat\w*\s+|\bre-?admit\w*|\brestor\w*\s+\w+['’]s\s+(?:full\s+)?membership|\breturn(?:ed|s)?\s+to\s+the\s+(?:league|bloc|fold)", re.I)),
    ("suspended", "suspended", re.compile(r"\bsuspend(?:ed|s|ing)\s+|\b(?:remains?|is|are|was|were|stays?)\s+suspended\b|\bsuspension\s+of\s+|\bfr(?:oze|ozen|eezes?|eezing)\s+"
                                          r"(?:its|their|her|his)\s+(?:participation|membership)", re.I)),
    ("left", "left", re.compile(r"\b(?:withdrew|withdrawn|withdraws|pulled\s+out|quit|left|exit(?:ed|s)?)\s+(?:from\s+)?(?:the\s+)?(?=(?-i:[A-Z]))|"
                                r"\b(?:leaving|quitting|quit|exiting|left|withdr(?:ew|awing|awn)\s+from)\s+the\s+(?:bloc|alliance|"
                                r"organi[sz]ation|union|community|grouping|league)\b", re.I)),
    ("joined", "member", re.compile(
        r"(?<=[A-Za-z] )joined(?=\s+(?:the\s+)?(?:[A-Z]|alliance|bloc|organi[sz]ation|group|union|league|in\s+\d{4}|"
        r"(?:last|this)\s+year|\d{4}|[,.]))", re.I)),
    ("as_member", "member", re.compile(r"\b(?:attend\w*|participat\w*|(?:takes?|took|taking)\s+part|sits?|sat)\s+as\s+(?:a\s+)?(?:full\s+|permanent\s+)+member\b", re.I)),
    ("as_observer", "observer", re.compile(r"\b(?:attend\w*|participat\w*|(?:takes?|took|taking)\s+part|sits?|sat|joined)\s+(?:in\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
                                           r"(?:session|summit|meeting|talks)\s+)?as\s+(?:the\s+)?(?:(?:heads?|leaders?|representatives?)\s+of\s+)?"
                                           r"(?:an?\s+)?observers?\b|"
                                           r"\b(?:hold|holds|held|have|has|had|enjoys?|with|gain(?:ed|s)?|obtain(?:ed|s)?|granted|receiv(?:ed|es))\s+observer\s+status\b", re.I)),
    ("appositive_observer", "observer", re.compile(r",\s+(?:an?\s+)?observer(?:\s+(?:state|country|nation|member))?(?:\s+(?:since|from)(?:\s+[\w-]+){1,2})?\s*,", re.I)),
    ("as_partner", "dialogue_partner", re.compile(r"\bas\s+(?:a\s+)?dialogue\s+partner\b", re.I)),
    ("n_member_bloc", "member", re.compile(r"\b(?:in|within|of)\s+the\s+[\w-]+-member\s+(?:bloc|group|grouping|organi[sz]ation|alliance|league|club)", re.I)),
]
_LIST_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$")
_HIS_COUNTRY = re.compile(r"\b(?:his|her|its|their|whose)\s+country\b", re.I)


@dataclass(frozen=True)
class MembershipFinding:
    org_id: str
    country_id: str
    country: str
    status: str
    rule: str
    since: str | None
    span: tuple[int, int]


def _target_org(mentions: list[Mention], main_org: str | None, pos: int, cue: bool = False) -> str | None:
    """Return the organisation a membership sentence is about: the nearest named one, else the summit's.

    For a cue ('X joined Y'), an organisation before the cue is its subject, not its target, unless possessive.
    """
    orgs = [m for m in mentions if m.kind == "org" and m.entity_id not in ("un",)
            and (not cue or m.start >= pos or m.form == "possessive")]
    if not orgs or any(m.entity_id == main_org for m in orgs):
        return main_org
    return min(orgs, key=lambda m: abs(m.start - pos)).entity_id


def _since(sentence: Sentence, published: str | None, year: str | None, cue: tuple[int, int] | None = None) -> str | None:
    """Return the date a membership change happened: a date in the same clause as the cue."""
    if year:
        return year
    dates = [d for d in find_dates(sentence.text, published, future=False) if d.precision in ("year", "month", "day")]
    if cue is not None:
        a, b = cue[0] - sentence.start, cue[1] - sentence.start
        dates = [d for d in dates if not re.search(r"[,;]", sentence.text[min(b, d.span[1]): max(a, d.span[0])])]
    return dates[0].start if dates else None


def list_memberships(ref: Reference, s: Sentence, mentions: list[Mention], main_org: str | None,
                     published: str | None) -> list[MembershipFinding]:
    """Apply the list rules: 'member countries include A, B and C'."""
    found: list[MembershipFinding] = []
    taken: set[int] = set()
    for rule, status, pattern in LIST_RULES:
        for m in pattern.finditer(s.text):
            if m.start() in taken:
                continue
            taken.update(range(m.start(), m.end()))
            org = _target_org(mentions, main_org, s.start + m.start())
            items = read_list(ref, mentions, s.start + m.end(), s.text, s.start, _KINDS)
            year = m.group(1) if rule == "founded_by" and m.groups() else None
            for item in items:
                if item.entity_id == org or item.entity_id is None or org is None:
                    continue
                found.append(MembershipFinding(org, item.entity_id, item.canonical or "", status, rule,
                                               _since(s, published, year) if rule == "founded_by" else None,
                                               (s.start + m.start(), item.end)))
    return found


def cue_memberships(ref: Reference, s: Sentence, mentions: list[Mention], people: list[Person],
                    main_org: str | None, published: str | None) -> list[MembershipFinding]:
    """Apply the cue rules: the nearest place (or 'his country') to 'joined', 'applied to join', ..."""
    found: list[MembershipFinding] = []
    for rule, status, pattern in CUE_RULES:
        for m in pattern.finditer(s.text):
            pos = s.start + m.start()
            org = _target_org(mentions, main_org, pos, cue=True)
            subject = _subject(s, mentions, people, pos, s.start + m.end(), org, rule)
            if not (subject and org):
                continue
            since = _since(s, published, None, (pos, s.start + m.end()))
            if rule == "left" and (_place_after(mentions, s.start + m.end()) or _LEFT_MEETING.match(s.text[m.end():])):
                continue
            settled = _settled(status, since or _only_year(s, published), published)
            places = _with_list(s, mentions, subject, pos)
            if rule == "as_observer" and _PLURAL_OBSERVERS.search(m.group(0)):
                places = _people_places(s, people, pos) or places
            for place in places:
                found.append(MembershipFinding(org, place.entity_id or "", place.canonical or "",
                                               settled, rule, since,
                                               (min(place.start, pos), s.start + m.end())))
    return found


# 'left the G7 leaders' summit early' is leaving a meeting, not the organisation
_LEFT_MEETING = re.compile(r"^(?:[\w'’.-]+\s+){0,3}?(?:summits?|meetings?|sessions?|talks|conference|gathering|venue|retreat)\b", re.I)
_PLURAL_OBSERVERS = re.compile(r"\b(?:heads|leaders|representatives)\s+of\b|observers\b|observer\s+(?:states|countries|nations)\b", re.I)


def _people_places(s: Sentence, people: list[Person], cue: int) -> list[Mention]:
    """'A of X and B of Y took part as heads of observer states': the countries of every person before the cue."""
    out: list[Mention] = []
    for p in people:
        if p.end <= cue and p.country_id and not re.search(r"[;:]", s.text[p.end - s.start: cue - s.start]):
            if p.country_id not in {m.entity_id for m in out}:
                out.append(Mention("country", p.start, p.end, p.country or "", p.country_id, p.country))
    return out


def _place_after(mentions: list[Mention], pos: int) -> bool:
    """Return True when a country follows the cue: 'left South Korea' is travel, not an exit."""
    return any(m.kind == "country" and 0 <= m.start - pos <= 4 for m in mentions)


def _only_year(s: Sentence, published: str | None) -> str | None:
    """Return the sentence's earliest bare year ('joined in 2023 and 2024'), only to settle a joining status."""
    years = sorted(re.findall(r"\b(?:19|20)\d{2}\b", s.text))
    return years[0] if years and published and years[-1][:4] < published[:4] else None


def _settled(status: str, since: str | None, published: str | None) -> str:
    """A country that 'became a full member' in an earlier year is simply a member now."""
    if status == "joining" and since and published and since[:4] < published[:4]:
        return "member"
    return status


def _with_list(s: Sentence, mentions: list[Mention], subject: Mention, cue: int) -> list[Mention]:
    """Return the subject with the places listed before it ('Mali, Burkina Faso and Niger remain suspended')."""
    items = [subject]
    if subject.end > cue:
        return items
    places = [m for m in mentions if m.kind in ("country", "org") and m.end <= subject.start]
    while places and _LIST_GAP.match(s.text[places[-1].end - s.start: items[0].start - s.start]):
        items.insert(0, places.pop())
    return items


def _subject(s: Sentence, mentions: list[Mention], people: list[Person], cue_start: int, cue_end: int,
             org: str | None, rule: str) -> Mention | None:
    """Return the place a membership cue is about."""
    his = [m for m in _HIS_COUNTRY.finditer(s.text) if s.start + m.end() <= cue_start]
    if his and people:
        owner = [p for p in people if p.mention.end <= s.start + his[-1].start() and p.country_id]
        if owner:
            p = owner[-1]
            return Mention("country", p.start, p.end, p.country or "", p.country_id, p.country)
    places = [m for m in mentions if m.kind in ("country", "org") and m.entity_id not in (org, "un")]
    if rule == "n_member_bloc":
        places = [m for m in places if m.form == "possessive" and m.start < cue_start]
    before = [m for m in places if m.end <= cue_start]
    after = [m for m in places if m.start >= cue_end]
    if before and len(s.text[before[-1].end - s.start: cue_start - s.start]) < 60 and not re.search(
            r"[,;]", s.text[before[-1].end - s.start: cue_start - s.start]):
        return before[-1]
    if rule in ("readmitted", "suspended", "joining") and after and (after[0].start - cue_end) < 25:
        return after[0]
    if before:
        return before[-1]
    return after[0] if after and rule not in ("left",) else None


def org_leader_memberships(s: Sentence, mentions: list[Mention], attendees: list[Person]) -> list[MembershipFinding]:
    """'Other Asean leaders attending include A of X, B of Y': X and Y are members of the organisation."""
    found: list[MembershipFinding] = []
    if re.search(r"\b(?:guests?|invit\w+|outreach)\b", s.text, re.I):
        return found
    for m in mentions:
        if m.kind != "org" or not re.match(r"^\s*(?:leaders(?!['’]?\s*(?:summit|meeting|declaration))|heads\s+of\s+state|member\s+states)\b"
                                           r"[^.;]{0,60}?(?:\binclud\w*|\bsuch\s+as|:|—|\battending\b|\bpresent\b|\bwere\b|\bare\b)", s.text[m.end - s.start: m.end - s.start + 240], re.I):
            continue
        for p in attendees:
            if p.mention.start > m.end and p.country_id and p.country_id != m.entity_id:
                found.append(MembershipFinding(m.entity_id or "", p.country_id, p.country or "", "member", "org_leaders",
                                               None, (m.start, p.end)))
    return found


_OTHER_BEFORE = re.compile(r"\b(?:other|fellow)\s+(?:the\s+)?$", re.I)


def other_leaders_memberships(s: Sentence, mentions: list[Mention], earlier: list[Person]) -> list[MembershipFinding]:
    """'Other Asean leaders attending include ...' after a sentence about an attendee: that attendee is a member too."""
    found: list[MembershipFinding] = []
    if re.search(r"\b(?:guests?|invit\w+|outreach|observers?|partners?)\b", s.text, re.I):
        return found
    for m in mentions:
        before = s.text[max(0, m.start - s.start - 20): m.start - s.start]
        after = s.text[m.end - s.start: m.end - s.start + 40]
        if m.kind != "org" or not _OTHER_BEFORE.search(before) or not re.match(r"^\s*(?:leaders|heads\s+of\s+(?:state|government))\b", after, re.I):
            continue
        for p in earlier:
            if p.country_id and p.country_id != m.entity_id:
                found.append(MembershipFinding(m.entity_id or "", p.country_id, p.country or "", "member", "other_org_leaders",
                                               None, (m.start, m.end)))
    return found
