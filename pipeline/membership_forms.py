"""Membership forms of the second wave: list targets, dashed group lists, dated entries, bids and capitals.

Each reader here is a small, general mechanism of news prose that the older membership rules missed; they are wired
into ``membership.list_memberships`` and ``derive._sentence_findings`` with one-line hooks.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from pipeline.dates import DateRef
from pipeline.model import Mention, Person, Sentence
from pipeline.reference import Reference

if TYPE_CHECKING:
    from pipeline.membership import MembershipFinding


def list_target(org: str | None, items: list[Mention], named: list[Mention], main_org: str | None, pos: int,
                target: Callable[..., str | None]) -> str | None:
    """Return the organisation a member list belongs to, never one of the list's own items.

    'Its members are A, B, ..., the United States and the European Union': the Union closing the list is a member
    itself, so the list's owner is the organisation named elsewhere (or the summit's), not the nearest name.
    """
    if org is None or org == main_org or not any(x.entity_id == org and x.kind == "org" for x in items):
        return org
    inside = {(x.start, x.end) for x in items}
    return target([x for x in named if (x.start, x.end) not in inside], main_org, pos)


# 'Moscow, which has observer status at the OIC', 'Rabat, which holds associate status': a capital holding a status
# stands for its state (the text after the capital; joined into membership._METONYM_AFTER)
METONYM_STATUS_CLAUSE = (r"\s*,\s*(?:which|that)\s+(?:(?:has|had|have)\s+(?:long\s+)?(?:held|had|enjoyed)|has|holds|held|enjoys)\s+"
                         r"(?:an?\s+)?(?:observer|dialogue[\s-]+partner|associate(?:\s+member)?|partner)\s+status\b")


# a future before the date: 'will become full members on January 1', 'is set to join on June 5'
_FUTURE_BEFORE = re.compile(r"\b(?:will|shall|is\s+to|are\s+to|(?:set|due|expected|scheduled|slated)\s+to|going\s+to|from|as\s+of|"
                            r"starting)\b", re.I)


def past_no_year(d: DateRef, published: str, text: str = "") -> DateRef:
    """Read a date without a year that the date reader put in the next year as this year's, where a past is wanted.

    'Armenia joined the union on January 2' in a December article: the January of that year, not the next one (the
    date reader picks the nearest January). Not when a future speaks before it ('will join on January 1'), nor for a
    later day of the same year ('is set to join on June 5' in May).
    """
    if d.method != "explicit_no_year" or not d.start[:4].isdigit() or d.start[:4] <= published[:4]:
        return d
    if _FUTURE_BEFORE.search(text[max(0, d.span[0] - 80): d.span[0]]):
        return d
    return DateRef(f"{int(d.start[:4]) - 1:04d}" + d.start[4:], d.end, d.precision, d.text, d.span, d.method)


_AGO_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
               "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
# 'admitted as full members a year ago', 'joined six months ago', 'some two years ago': counted back from publication
_AGO = re.compile(r"\b(?:(?:some|about|nearly|almost|just\s+over|more\s+than)\s+)?(?P<n>an?|one|two|three|four|five|six|seven|eight|"
                  r"nine|ten|eleven|twelve|\d{1,2})\s+(?P<unit>years?|months?)\s+ago\b", re.I)


def ago_dates(text: str, published: str | None, taken: list[DateRef]) -> list[DateRef]:
    """Return the 'a year ago', 'six months ago' dates of a sentence, counted back from publication to the month."""
    if not (published and published[:4].isdigit() and published[5:7].isdigit()):
        return []
    out = []
    for m in _AGO.finditer(text):
        if any(d.span[0] <= m.start() < d.span[1] for d in taken):
            continue
        n = m.group("n").lower()
        count = int(n) if n.isdigit() else _AGO_COUNTS[n]
        months = count * (12 if m.group("unit").lower().startswith("year") else 1)
        total = int(published[:4]) * 12 + int(published[5:7]) - 1 - months
        out.append(DateRef(f"{total // 12:04d}-{total % 12 + 1:02d}", None, "month", m.group(0), m.span(), "relative"))
    return out


def recent_entry(since: str, published: str) -> bool:
    """Return True when an entry dated this year is under eight months old at publication (the labels' line between
    'joining' and 'member'): 'joined in March' told in May is news; 'joined on January 2' told in December is not."""
    if since[:4] != published[:4]:
        return False
    if len(since) < 7 or not (since[5:7].isdigit() and published[5:7].isdigit()):
        return True
    return int(published[5:7]) - int(since[5:7]) < 8


# 'Uzbekistan, which rejoined in 2006 only to suspend its membership again in 2012': the later turn of the clause is
# the state's standing now ('only to' marks an act that undid the one before it)
_ONLY_TO = re.compile(r"\s*,\s*(?:which|who)\s+[^,;.]{0,80}?\bonly\s+to\s+(?P<verb>suspend|freeze|leave|quit|withdraw\s+from|"
                      r"walk\s+out\s+of|be\s+suspended|be\s+expelled)\b(?P<rest>[^,;.]{0,60})", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def later_turns(s: Sentence, mentions: list[Mention], main_org: str | None) -> list[MembershipFinding]:
    """Give the state heading ', which rejoined ... only to suspend its membership again' the later status."""
    from pipeline.membership import MembershipFinding

    found: list[MembershipFinding] = []
    if main_org is None:
        return found
    for x in mentions:
        m = _ONLY_TO.match(s.text, x.end - s.start) if x.kind == "country" and x.entity_id else None
        if not m:
            continue
        verb = m.group("verb").lower()
        if verb in ("suspend", "freeze") and not re.match(r"\s+(?:its|their)\s+(?:membership|participation)\b", m.group("rest"), re.I):
            continue  # 'only to suspend talks': no membership act
        status = "suspended" if verb in ("suspend", "freeze", "be suspended") else "left"
        year = _YEAR.search(m.group("rest"))
        found.append(MembershipFinding(main_org, x.entity_id or "", x.canonical or "", status, "only_to_turn",
                                       year.group(0) if year else None, (x.start, s.start + m.end())))
    return found


# 'whether to set A and B on the path to membership', 'put C on a track to full membership': a candidacy opened
_ON_PATH = re.compile(r"\b(?:set|sets|setting|put|puts|putting|place[sd]?|placing)\s+(?=(?:the\s+)?(?-i:[A-Z]))(?P<items>[^.;]{2,80}?)\s+on\s+"
                      r"(?:the|a|their|its)\s+(?:[\w-]+\s+)?(?:path|road|track|route)\s+to(?:wards)?\s+(?:full\s+|eventual\s+)?"
                      r"(?:membership|accession)\b", re.I)
# "Moldova's bid hangs on a deal with Romania", "Kosovo's membership bid was blocked": a pending bid (a bare 'bid' only
# with a verb of a bid held up, as 'X's bid' alone may be a bid to host or for a seat)
_BID_HELD = re.compile(r"(?:['’]s?)?\s+(?:(?:membership|accession)\s+(?:bid|application|candidacy)\b(?!\s+to\s+host)|bid\s+(?:now\s+|still\s+)?"
                       r"(?:hangs|hinges|depends|rests|turns)\s+on\b|bid\s+(?:is|was|has\s+been|remains)\s+(?:still\s+)?"
                       r"(?:blocked|stalled|vetoed|held\s+up|on\s+hold)\b)", re.I)
# 'partner nations contributing troops, including Japanese Prime Minister X': the partners named after 'including'
_PARTNERS_INCLUDING = re.compile(r"\bpartner\s+(?:nations|countries|states)\s+(?:contributing|sending|that\s+contribute|which\s+contribute|"
                                 r"with\s+troops)(?:\s+(?!(?:will|would|are|were|have|had|and)\b)[\w'’-]+){0,4}?,?\s+(?:including|among\s+them|such\s+as)\s+", re.I)
_ITEMS_END = re.compile(r"[.;:]|\s[-–—]\s|,\s+(?!and\b)(?=(?-i:[a-z]))|\s+(?:will|would|are|were|is|was|have|had|met|meet)\b")
# 'A and B, backed by C, D and several smaller allies, argue ...': backers that are allies, and those they back
_BACKED_BY = re.compile(r"\s*,\s+(?:backed|supported|joined|flanked)\s+by\s+(?P<items>[^.;]{2,120}?),?\s+and\s+(?:several|some|a\s+few|"
                        r"many|most|other|a\s+(?:number|group|handful)\s+of)\s+(?:other\s+)?(?:[\w-]+\s+)?(?:allies|member\s+states|members)\b",
                        re.I)
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")


def _places_in(mentions: list[Mention], people: list[Person], start: int, end: int) -> list[tuple[str, str, int, int]]:
    """Return (id, name, start, end) of the states named between two offsets, by a place or a person's country."""
    out = {m.entity_id: (m.entity_id, m.canonical or "", m.start, m.end) for m in mentions
           if m.kind in ("country", "demonym") and m.entity_id and start <= m.start < end}
    for p in people:
        if p.country_id and start <= p.start < end and p.country_id not in out:
            out[p.country_id] = (p.country_id, p.country or "", p.start, p.end)
    return sorted(out.values(), key=lambda x: x[2])


def _subjects_before(s: Sentence, mentions: list[Mention], pos: int) -> list[Mention]:
    """Return the states listed right before a position ('Germany and France' before ', backed by ...')."""
    items: list[Mention] = []
    places = [m for m in mentions if m.kind == "country" and m.entity_id and m.end <= pos]
    edge = pos
    for m in reversed(places):
        gap = s.text[m.end - s.start: edge - s.start]
        if not (gap == "" and edge == pos or _LIST_GAP.fullmatch(gap)):
            break
        items.insert(0, m)
        edge = m.start
    if items and re.search(r"\b(?:by|of|from|with|to|for)\s+(?:the\s+)?$", s.text[: items[0].start - s.start], re.I):
        return []  # 'talks with Germany and France, backed by ...': no subject
    return items


# 'formally brought Russia into its political deliberations as a full participant', 'took Russia into its talks':
# a group drawing a state into its own councils makes it one of its members
_BROUGHT_INTO = re.compile(r"\b(?:brought|brings|bringing|took|takes|taking|drew|draws|welcomed|welcomes|admitted|admits)\s+$", re.I)
_INTO_COUNCILS = re.compile(r"\s+(?:fully\s+|formally\s+)?into\s+(?:its|their|the\s+group['’]s|the)\s+(?:[\w-]+\s+){0,2}?(?:deliberations|"
                            r"discussions|talks|fold|ranks|councils|inner\s+circle)\b", re.I)


# 'A, B and C, which were approved as dialogue partners last year, ...': the status the relative clause grants
_APPROVED_AS = re.compile(r"\s*,\s*(?:which|who)\s+(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:formally\s+|already\s+)?"
                          r"(?:approved|accepted|admitted|confirmed)\s+as\s+(?:an?\s+)?(?:(?P<dp>dialogue[\s-]+partners?)|"
                          r"(?P<obs>observers?)(?:\s+(?:states?|countries|nations))?)\b", re.I)


def form_memberships(ref: Reference, s: Sentence, mentions: list[Mention], people: list[Person], main_org: str | None,
                     published: str | None) -> list[MembershipFinding]:
    """Apply this module's sentence readers (derive's hook)."""
    from pipeline.membership import MembershipFinding

    if main_org is None:
        return []
    found = later_turns(s, mentions, main_org)

    def add(items: list[tuple[str, str, int, int]], status: str, rule: str, end: int) -> None:
        found.extend(MembershipFinding(main_org, cid, name, status, rule, None, (a, end)) for cid, name, a, _ in items
                     if cid != main_org)
    for x in mentions:
        if (x.kind == "country" and x.entity_id and _INTO_COUNCILS.match(s.text, x.end - s.start)
                and _BROUGHT_INTO.search(s.text[max(0, x.start - s.start - 30): x.start - s.start])):
            add([(x.entity_id, x.canonical or "", x.start, x.end)], "member", "brought_into_councils", x.end + 20)
    for x in mentions:
        m = _APPROVED_AS.match(s.text, x.end - s.start) if x.kind == "country" and x.entity_id else None
        if m:
            heads = [(y.entity_id or "", y.canonical or "", y.start, y.end) for y in _subjects_before(s, mentions, x.end)]
            add(heads, "dialogue_partner" if m.group("dp") else "observer", "approved_as_status", s.start + m.end())
    for m in _ON_PATH.finditer(s.text):
        add(_places_in([x for x in mentions if x.kind == "country"], [], s.start + m.start("items"), s.start + m.end("items")),
            "candidate", "on_path_to_membership", s.start + m.end())
    for x in mentions:
        if x.kind == "country" and x.entity_id and _BID_HELD.match(s.text, x.end - s.start):
            add([(x.entity_id, x.canonical or "", x.start, x.end)], "candidate", "bid_held", x.end + 12)
    for m in _PARTNERS_INCLUDING.finditer(s.text):
        stop = _ITEMS_END.search(s.text, m.end())
        end = s.start + (stop.start() if stop else len(s.text))
        add(_places_in(mentions, people, s.start + m.end(), end), "partner", "partners_including", end)
    for x in mentions:
        m = _BACKED_BY.match(s.text, x.end - s.start) if x.kind == "country" else None
        if m:
            backers = _places_in([y for y in mentions if y.kind == "country"], [], s.start + m.start("items"), s.start + m.end("items"))
            heads = [(y.entity_id or "", y.canonical or "", y.start, y.end) for y in _subjects_before(s, mentions, x.end)]
            add(heads + backers, "member", "backed_by_allies", s.start + m.end())
    return found


# 'set to become the 31st member once all allies have ratified its accession': the entry is signed and waits only on the
# members' ratifications, so it is joining, not a candidacy (read after the joining cue)
RATIFICATION_PENDING = re.compile(r"[^.;]{0,60}?\b(?:once|when|as\s+soon\s+as|after|pending)\s+[^.;]{0,80}?\bratif(?:y|ied|ies|ying|ication)",
                                  re.I)


# "the country's bid to become the bloc's 11th member", 'its quest to join': an entry sought, not made (joined into
# membership._PROSPECT, the words before a joining cue that make it a candidacy)
BID_TO = r"(?:bids?|attempts?|efforts?|quest|drive|push|campaign|ambitions?)\s+to"
