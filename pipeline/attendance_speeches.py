"""Speeches at the summit in a report: 'X told the conference', 'Y also addressed the opening session', 'Announcing
the decision at the close of the summit here, Z said', 'W, President of Ruritania, called for a common army'.

A report says who spoke, not who came. The speaker was there when the sentence ties the speech to the summit (its
floor, its sessions, its close, 'here'), or, for a head of a state the article itself names a member or signatory of
the organisation at this summit, when the speech is set nowhere else. Delegations are the other report idiom: 'His
delegation included X, his envoy, and Y' puts every named member of an attendee's delegation at the summit.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline import attendance as att
from pipeline import attendance_reports as reports
from pipeline.model import Mention, Person, Sentence

_HEADS = frozenset({"President", "Prime Minister", "Chancellor", "King", "Queen", "Emir", "Sultan", "Premier",
                    "Leader", "Crown Prince"})
# the speaker's own verb, after an optional 'of Ruritania' and an optional aside: 'X of Y, the senior statesman, pleaded'
_SPEECH = re.compile(
    r"^(?:\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3})?"
    r"(?:\s*,(?!\s*(?:who|whose|which|(?-i:[a-z]+ing))\b)[^,;:\"“”]{0,120},)?\s*,?\s*"
    r"(?:(?:also|then|later|first|again|once\s+more|(?-i:[a-z]+ly))\s+)?"
    r"(?:said|told|spoke|addressed|called\s+(?:for|on)|urged|pleaded|appealed|offered|proposed|declared|announced|"
    r"warned|insisted|stressed|argued|opened|closed|welcomed|thanked|praised)\b", re.I)
# the speech tied to the summit itself: its floor, its sessions, its close, the city as 'here'
_TIE = re.compile(
    r"\btold\s+(?:the\s+)?(?:[\w-]+\s+)?(?:conference|summit|delegates|assembly|gathering|plenary|heads\s+of\s+state)\b|"
    r"\baddressed\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:session|conference|summit|plenary|gathering|assembly|delegates|"
    r"leaders|heads\s+of\s+state)\b|"
    r"\b(?:at|to|before)\s+the\s+(?:(?:opening|closing|plenary|first|final)\s+)?(?:conference|summit|session|plenary)\b|"
    r"\b(?:in|during)\s+(?:his|her)\s+(?:opening\s+|closing\s+|keynote\s+)?(?:address|speech)\b(?!\s+to\s+the\s+nation)|"
    r"\bof\s+the\s+conference\b|"
    r"\b(?:at|by|towards?)\s+the\s+(?:close|end|opening|start)\s+of\s+the\s+(?:[\w-]+\s+){0,3}?(?:summit|conference|"
    r"meeting|session|talks)\b|"
    r"\bhere\b(?!\s+(?:is|are|was|were)\b)", re.I)
# a press conference ties a remark to the summit when the remark is about the meeting just held
_PRESS_ON_MEETING = re.compile(r"\bat\s+a\s+(?:joint\s+)?(?:press|news)\s+conference\b[^.;]{0,160}?\bsaid\s+(?:that\s+)?"
                               r"the\s+(?:summit|meeting|conference)\s+had\b", re.I)
# a paragraph about the speeches made there: 'The heaviest speeches came from the radicals.'
_SPEECHES_PARAGRAPH = re.compile(r"\b(?:speeches|speakers|addresses)\s+(?:came|were|had\s+come)\b|"
                                 r"\b(?:the|this)\s+conference\s+(?:hall|floor)\b|\bfrom\s+the\s+floor\b", re.I)


# a clause's opening before a titled subject: 'At a press conference, HE the Minister of ...'
_OPENING_TITLE = re.compile(r"(?:^|[,;:])\s*(?:(?:HE|H\.E\.|the)\s+)+$")


# between a body and its officer: 'the United Nations' special representative for West Africa and the Sahel, '
_BODY_OFFICE = re.compile(r"^['’]s?\s+(?-i:[a-z])[\w-]*(?:\s+[\w'’-]+){0,9}?\s*,\s*$", re.I)


def paragraph_of(text: str, s: Sentence) -> str:
    """Return the paragraph (text between blank lines) that holds sentence `s`."""
    start = text.rfind("\n\n", 0, s.start)
    end = text.find("\n\n", s.end)
    return text[start + 2 if start >= 0 else 0: end if end >= 0 else len(text)]


def _acting(s: Sentence, p: Person, window: tuple[str, str] | None, published: str | None, tied: bool) -> bool:
    """Return True when `p` opens a clause and its own verb is a speech act, set at no other time (what was said,
    after the verb, may be about any time)."""
    before = s.text[max(0, p.start - s.start - 120): p.start - s.start]
    if reports._NOT_OBJECT.search(before) or not (reports._SUBJECT_BEFORE.search(before)
                                                  or _OPENING_TITLE.search(before)):
        return False
    act = _SPEECH.match(s.text[p.end - s.start: p.end - s.start + 200])
    end = p.end - s.start + act.end() if act else 0
    if act and not tied and act.group(0).lower().endswith(("said", "told")):
        return False  # 'X said he would sign', 'X told reporters that ...': reported speech set nowhere
    head = att._QUOTED.sub(" ", s.text[:end] + re.split(r"[,;:]", s.text[end: end + 40], maxsplit=1)[0])
    return bool(act and not att.FUTURE.search(att._QUOTED.sub(" ", s.text[:end])) and not att._dated_elsewhere(att._without_asides(head), window,
                                                                                  published))


def speech_findings(s: Sentence, mentions: list[Mention], people: list[Person], host_city: str | None,
                    members: frozenset[str], paragraph: str, summit_future: bool | None, window: tuple[str, str] | None,
                    published: str | None, dead: set[str]) -> list[att.AttendanceFinding]:
    """In a report, a speaker at the summit attended: any speaker where the sentence ties the speech to the summit,
    a head of a member state where the speech is set nowhere else."""
    if summit_future is not False or not people or att.ABSENT.search(s.text) or reports._elsewhere(s, mentions, host_city):
        return []
    tied = bool(_TIE.search(att._QUOTED.sub(" ", s.text)) or _PRESS_ON_MEETING.search(s.text)
                or _SPEECHES_PARAGRAPH.search(paragraph))
    out = []
    for p in people:
        # an official with no state of his own speaks for the body whose office he holds ('the UN's envoy, X, said')
        body = None if p.country_id else next((m for m in mentions if m.kind == "org" and m.end <= p.mention.start
                                               and _BODY_OFFICE.match(s.text[m.end - s.start: p.mention.start - s.start])), None)
        p = p if body is None else replace(p, country_id=body.entity_id, country=body.canonical)
        if p.former or p.person_id in dead or not p.country_id or att._excluded(s, p, speakers=False) \
                or reports._in_quote(s, p) or not (tied or (p.role in _HEADS and p.country_id in members)):
            continue
        if _acting(s, p, window, published, tied):
            out.append(att._finding(p, "attended", "speech_act", False, s, "in_person"))
    return out


# 'His delegation included X, his special envoy, and the Foreign Minister, Y'
_DELEGATION = re.compile(r"^\s*(?:His|Her)\s+(?:[\w-]+\s+)?delegation\s+(?:also\s+)?"
                         r"(?:included|includes|comprised|was\s+made\s+up\s+of)\b", re.I)


def delegation_findings(s: Sentence, people: list[Person], prev_people: list[Person],
                        found: list[att.AttendanceFinding], dead: set[str]) -> list[att.AttendanceFinding]:
    """'X arrived on Tuesday. His delegation included Y and Z': the members of the delegation of the person who opens
    the sentence before, an attendee by the article so far, are attendees of his country, with his status."""
    m = _DELEGATION.match(s.text)
    if not m or not prev_people or att.ABSENT.search(s.text):
        return []
    lead = next((f for f in found if f.person and f.person.person_id == prev_people[0].person_id and f.country_id
                 and f.status in ("attended", "expected") and not f.stand_in), None)
    if lead is None:
        return []
    return [replace(att._finding(p, lead.status, "delegation_member", False, s, "in_person"), country_id=lead.country_id,
                    country=lead.country, guest_cue=lead.guest_cue) for p in people
            if p.start - s.start >= m.end() and not p.former and p.person_id not in dead
            and p.person_id != lead.person.person_id]  # type: ignore[union-attr]


def claimed_members(memberships: list[tuple[Sentence, object]], org: str | None) -> frozenset[str]:
    """Return the states the article so far names members (or founders, signatories) of the summit's organisation."""
    return frozenset(m.country_id for _, m in memberships  # type: ignore[attr-defined]
                     if m.org_id == org and m.status == "member")  # type: ignore[attr-defined]


# 'A and B were in Bali as foreign ministers', 'C was also in Lusaka for the summit'
_IN_PLACE = re.compile(r"^\s*(?:,[^,;:\"“”]{0,80},\s*)?(?:was|were)\s+(?:also\s+|both\s+|all\s+)?in\s+$", re.I)
_IN_PLACE_AFTER = re.compile(r"^(?:\s+as\s+(?:the\s+|their\s+|his\s+|her\s+)?(?:[\w'’-]+\s+){0,3}?(?:ministers?|"
                             r"leaders?|heads?|presidents?|delegates?|representatives?|envoys?)\b|"
                             r"\s+for\s+the\s+(?:[\w-]+\s+){0,2}?(?:summit|conference)\b|\s*[,.;])", re.I)
_JOINED = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)$")
# the stay set at another time: '... in Bangkok as foreign ministers when the association was founded', '... years before'
_IN_PLACE_THEN = re.compile(r"\bwhen\s+(?:[\w'’-]+\s+){0,6}?(?:was|were|had\s+been)\s+(?:first\s+)?(?:founded|created|"
                            r"established|set\s+up|formed|launched|signed|born)\b|\b(?:years|decades)\s+(?:earlier|"
                            r"before|ago)\b|\bback\s+in\b", re.I)


def in_host_city_findings(s: Sentence, mentions: list[Mention], people: list[Person], host_city: str | None,
                          summit_future: bool | None, dead: set[str]) -> list[att.AttendanceFinding]:
    """In a report, 'A and B were in <host city> as foreign ministers of their countries': the subjects present in
    the host city in an office, or for the summit, attended."""
    if summit_future is not False or not host_city or att.ABSENT.search(s.text):
        return []
    out: list[att.AttendanceFinding] = []
    for m in mentions:
        if m.kind != "city" or host_city not in (m.entity_id, m.canonical, m.text) or not _IN_PLACE_AFTER.match(
                s.text[m.end - s.start:]) or _IN_PLACE_THEN.search(s.text[m.end - s.start:]):
            continue
        subjects = [p for p in people if p.end <= m.start]
        if not subjects or not _IN_PLACE.match(s.text[subjects[-1].end - s.start: m.start - s.start]):
            continue
        chain = [subjects[-1]]
        for p in reversed(subjects[:-1]):
            if not _JOINED.match(s.text[p.end - s.start: chain[-1].start - s.start]):
                break
            chain.append(p)
        out += [att._finding(p, "attended", "in_host_city", False, s, "in_person") for p in chain
                if not p.former and p.person_id not in dead and not att._excluded(s, p, speakers=False)]
    return out


# '..., and Georgia was represented only by an observer': the state came, through someone unnamed
_BY_UNNAMED = re.compile(r"^\s+(?:was|were|had\s+been)\s+(?:also\s+|instead\s+|only\s+|merely\s+){0,2}represented\s+"
                         r"(?:only\s+|merely\s+)?(?:at\s+the\s+(?:summit|meeting|talks|conference)\s+)?by\s+(?:an?|its|their)\s+"
                         r"(?:[\w-]+\s+){0,2}?(?:observer|delegation|delegate|envoy|ambassador|official|minister|"
                         r"representative)s?\b", re.I)
_CLAUSE_OPENING = re.compile(r"(?:^|[,;]\s*(?:and|but|while)?|\b(?:and|but|while|whereas))\s*$", re.I)


def unnamed_representative_findings(s: Sentence, mentions: list[Mention],
                                    summit_future: bool | None) -> list[att.AttendanceFinding]:
    """'Its president did not come, and Georgia was represented only by an observer': a state opening its own
    clause, represented by someone the sentence does not name, attended (or is expected) as a state."""
    if summit_future is None:
        return []
    out = []
    for m in mentions:
        if m.kind != "country" or not _CLAUSE_OPENING.search(s.text[max(0, m.start - s.start - 12): m.start - s.start]):
            continue
        if _BY_UNNAMED.match(s.text[m.end - s.start:]):
            status = "expected" if summit_future else "attended"
            out.append(att.AttendanceFinding(None, m.entity_id, m.canonical, None, status, "represented_unnamed", False,
                                             att._guest(s.text), "in_person", (m.start, m.end)))
    return out


_WHOSE_OPEN = re.compile(r",\s*whose\s+[^,;:()\"“”]{0,80}$", re.I)
_AWAY = re.compile(r"\b(?:stayed\s+away|boycott\w*|kept\s+away|did\s+not\s+(?:come|attend))\b", re.I)


def named_in_others_clause(s: Sentence, f: att.AttendanceFinding) -> bool:
    """'Morocco stayed away because Mauritania, whose territory King Hassan claims, had been invited': one named inside
    a 'whose' clause of another's, in a sentence about a state keeping away, is not the one the cue is about."""
    p = f.person
    if p is None or f.status == "absent" or not _AWAY.search(s.text):
        return False
    before = s.text[max(0, p.mention.start - s.start - 100): p.mention.start - s.start]
    return bool(_WHOSE_OPEN.search(before)) and "," in s.text[p.mention.end - s.start: p.mention.end - s.start + 40]


_ON_BEHALF_AFTER = re.compile(r"^[^.;:]{0,80}?\b(?:on\s+(?:his|her)\s+behalf|in\s+(?:his|her)\s+place|for\s+(?:him|her))\b",
                              re.I)


def behalf_country(s: Sentence, people: list[Person], f: att.AttendanceFinding) -> att.AttendanceFinding:
    """'X did not deliver his address; Commerce Minister Y read it out on his behalf': one with no state of his own
    who acts on the behalf of the one person before him with a state is of that state."""
    p = f.person
    if p is None or f.country_id or not _ON_BEHALF_AFTER.match(s.text[p.mention.end - s.start:]):
        return f
    owners = {q.country_id: q.country for q in people if q.end <= p.mention.start and q.country_id}
    if len(owners) != 1:
        return f
    cid, name = next(iter(owners.items()))
    return replace(f, country_id=cid, country=name, person=replace(p, country_id=cid, country=name))


_READ_FOR = re.compile(r"^\s*(?:,[^,;:]{0,60},\s*)?(?:(?:also|then|later)\s+)?(?:read|delivered|gave|presented)\s+"
                       r"(?:out\s+)?(?:the|his|her|a|it)\b[^.;:]{0,40}?\bon\s+(?:his|her)\s+behalf\b", re.I)


def behalf_reader_findings(s: Sentence, people: list[Person], summit_future: bool | None,
                           dead: set[str]) -> list[att.AttendanceFinding]:
    """'X did not deliver his address; Minister Y read it out on his behalf': Y was there, standing in for X."""
    if summit_future is None:
        return []
    status = "expected" if summit_future else "attended"
    return [behalf_country(s, people, att._finding(p, status, "behalf_reader", True, s, "in_person"))
            for p in people if _READ_FOR.match(s.text[p.end - s.start:]) and not p.former and p.person_id not in dead]


# --- a transcript's speaker labels -------------------------------------------------------------------------------------

# 'VLADIMIR PUTIN (President of Russia): Thank you ...', 'Emomali Rahmon: Dear colleagues': a name opening its own
# paragraph, an optional bracketed office, and a colon
_LABEL_TAIL = re.compile(r"\s*(?:\((?P<office>[^()]{2,120})\))?\s*:\s+\S")
_LABEL_OFFICE = re.compile(r"\b(?:president|prime\s+minister|chancellor|king|emir|sultan|premier|secretary[\s-]general|"
                           r"chair\w*|head\s+of\s+(?:state|government))\b", re.I)


def speaker_label_findings(text: str, s: Sentence, people: list[Person], summit_future: bool | None,
                           dead: set[str]) -> list[att.AttendanceFinding]:
    """A transcript of the meeting: the leader or official named by a speaker label that opens a paragraph spoke at it
    ('KASSYM-JOMART TOKAYEV (President of Kazakhstan): Dear colleagues, ...'). Only in a report, and only for a
    holder of a state's or body's office (by the bracketed office or by the reference), not an anchor or an analyst."""
    if summit_future or not people:
        return []
    p = people[0]
    if p.start != s.start or not (s.start == 0 or text[s.start - 1] == "\n") or p.person_id in dead or p.former:
        return []
    tail = _LABEL_TAIL.match(s.text, p.end - s.start)
    if tail is None:
        return []
    office = tail.group("office")
    if not (office and _LABEL_OFFICE.search(office) or not office and p.country_id and p.role in _HEADS):
        return []
    return [att._finding(p, "attended", "speaker_label", False, s, "in_person")]


# --- a gallery's captions ------------------------------------------------------------------------------------------------

def caption_findings(s: Sentence, people: list[Person], summit_future: bool | None, dead: set[str]) -> list[att.AttendanceFinding]:
    """'Canada's Justin Trudeau and Australian Prime Minister Scott Morrison share a joke in the corridor.' / 'Photo: X':
    in a report, the leaders and officials a caption shows were at the meeting."""
    if summit_future:
        return []
    return [att._finding(p, "attended", "caption", False, s, "in_person") for p in people
            if p.country_id and p.role and not p.former and p.person_id not in dead and p.role != "Spokesperson"
            and not att._excluded(s, p)]
