"""Membership rules across sentences: a generic name ('The Community') for the other organisation just named, and a
counted set of status holders' leaders ('one of four leaders of its partners') completed by the next sentence, and the
leaders set apart from 'the other members' listed."""

from __future__ import annotations

import re

from pipeline.attendance import AttendanceFinding
from pipeline.membership import MembershipFinding
from pipeline.model import Mention, Person, Sentence
from pipeline.reference import Reference

# a sentence opening on a name-like generic noun: 'The Community brings together ...', 'The Union's members are ...'
_GENERIC_OPENING = re.compile(r"^\W*(?:the\s+)(?P<noun>community|union|league|organi[sz]ation|commonwealth)\b", re.I)


def _words(name: str) -> set[str]:
    return {w.replace("organization", "organisation") for w in re.findall(r"[a-z]+", name.lower())}


def generic_other_org(ref: Reference, s: Sentence, mentions: list[Mention], recent: list[Mention],
                      main_org: str | None) -> list[Mention]:
    """Read a sentence-opening 'The Community' as the one organisation named in the sentences just before whose name
    has that noun, when the summit's organisation's name lacks it (a CSTO report: 'The Community' is EurAsEC)."""
    m = _GENERIC_OPENING.match(s.text)
    main = ref.organisations.get(main_org or "")
    if m is None or main is None or any(x.kind == "org" for x in mentions):
        return mentions
    noun = m.group("noun").lower().replace("organization", "organisation")
    if noun in _words(main.name):
        return mentions  # 'The Union' in an African Union report is the union itself
    named = {x.entity_id for x in recent if x.kind == "org" and x.entity_id not in (main_org, "un", None)
             and noun in _words(ref.organisations[x.entity_id].name)
             and ref.organisations[x.entity_id].kind != "organ"}
    if len(named) != 1:
        return mentions
    org = ref.organisations[named.pop()]
    return [Mention("org", s.start + m.start("noun"), s.start + m.end("noun"), m.group("noun"), org.id, org.name, "alias"),
            *mentions]


_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# 'X was one of four leaders of the alliance's Asian partners invited ...': a counted set of status holders' leaders
_ONE_OF_STATUS_LEADERS = re.compile(
    r"\b(?:was|is|were|are)\s+(?:among\s+|one\s+of\s+)(?:the\s+)?(?P<n>two|three|four|five|six|seven|eight|nine|ten|\d)\s+"
    r"(?:leaders|heads\s+of\s+(?:state|government))\s+(?:of|from)\s+(?:the\s+|its\s+|(?P<owner>(?:the\s+)?[\w-]+)['’]s\s+)?"
    r"(?:(?!(?:member|trad\w*|economic|business)\b)[\w-]+\s+){0,2}?(?:(?P<obs>observers?|observer\s+states)|(?P<dia>dialogue[\s-]+partners)|"
    r"partners|partner\s+(?:states|countries|nations))\b", re.I)
_ALSO = re.compile(r"\b(?:also|too|as\s+well)\b", re.I)


def counted_status_leaders(ref: Reference, sentences: list[Sentence], mentions: dict[int, list[Mention]],
                           people: dict[int, list[Person]], main_org: str | None) -> list[tuple[Sentence, MembershipFinding]]:
    """'X was one of four leaders of ORG's partners invited. A, B and C also attended.': the leader's state and, when
    the next sentence adds exactly the rest of the count with 'also', theirs hold that status."""
    out: list[tuple[Sentence, MembershipFinding]] = []
    if main_org is None:
        return out
    body = [s for s in sentences if s.kind not in ("credit", "heading")]
    for i, s in enumerate(body):
        m = _ONE_OF_STATUS_LEADERS.search(s.text)
        if m is None or any(x.kind == "org" and x.entity_id not in (main_org, None) for x in mentions.get(s.index, [])):
            continue  # another organisation's partners
        if m.group("owner") and any(x.kind in ("country", "demonym") and s.start + m.start("owner") <= x.start < s.start + m.end("owner")
                                    for x in mentions.get(s.index, [])):
            continue  # "one of three leaders of China's partners": a state's partners
        status = "observer" if m.group("obs") else "dialogue_partner" if m.group("dia") else "partner"
        lead = [p for p in people.get(s.index, []) if p.country_id and p.end <= s.start + m.start() and not p.former]
        if not lead or s.text[lead[-1].end - s.start: m.start()].strip(" ,"):
            continue  # the leader right before the verb
        head = lead[-1]
        out.append((s, MembershipFinding(main_org, head.country_id or "", head.country or "", status, "one_of_status_leaders",
                                         None, (head.start, s.start + m.end()))))
        n = int(m.group("n")) if m.group("n").isdigit() else _COUNT_WORDS[m.group("n").lower()]
        nxt = body[i + 1] if i + 1 < len(body) else None
        if nxt is None or not _ALSO.search(nxt.text):
            continue
        rest: dict[str, Person] = {}
        for p in people.get(nxt.index, []):
            if p.country_id and p.country_id not in (head.country_id, main_org) and p.country_id not in ref.organisations:
                rest.setdefault(p.country_id, p)
        if len(rest) == n - 1:  # exactly the rest of the count
            out.extend((nxt, MembershipFinding(main_org, p.country_id or "", p.country or "", status, "one_of_status_leaders",
                                               None, (p.start, p.end))) for p in rest.values())
    return out


# 'the other CIS members - A, B, C and D - may sign later': the list is the rest of the members
_OTHER_ORG_MEMBERS = re.compile(r"\bthe\s+other\s+(?:(?-i:[A-Z][\w-]*)\s+)?(?:members|member\s+(?:states|countries|nations))"
                                r"\s*(?:\s[-–—]|[–—(:])\s*(?=(?-i:[A-Z]))")


def other_members_complement(ref: Reference, found: list[tuple[Sentence, MembershipFinding]],
                             attendees: list[tuple[Sentence, AttendanceFinding]], main_org: str | None
                             ) -> list[tuple[Sentence, MembershipFinding]]:
    """'The other CIS members - A, B, C ...' sets the states it lists apart from those the report is about: the heads of
    state or government reported at the summit whose states it does not list are members too (at least two of them)."""
    heads = {r.name for r in ref.roles if r.rank == "head"}
    listed: set[str] = set()
    cues: dict[int, re.Match[str] | None] = {}  # one search per sentence, however many findings it has
    for s, f in found:
        if f.org_id != main_org or f.status != "member":
            continue
        if s.index not in cues:
            cues[s.index] = _OTHER_ORG_MEMBERS.search(s.text)
        m = cues[s.index]
        if m and f.span[1] > s.start + m.end():
            listed.add(f.country_id)
    if len(listed) < 3:
        return []
    rest: dict[str, tuple[Sentence, AttendanceFinding]] = {}
    for s, a in attendees:
        if (a.status == "attended" and a.person is not None and not a.person.former and not a.stand_in and not a.guest_cue
                and a.role in heads and a.country_id and a.country_id not in listed and a.country_id not in ref.organisations):
            rest.setdefault(a.country_id, (s, a))
    if len(rest) < 2:
        return []
    return [(s, MembershipFinding(main_org or "", cid, a.country or "", "member", "other_members_complement", None, a.span))
            for cid, (s, a) in rest.items()]
