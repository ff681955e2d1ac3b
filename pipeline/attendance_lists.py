"""Attendance lists and boxes: the status a list's heading gives its items ('Not attending:'), and rosters in one
sentence ('Present at the opening were A; B', 'joined at lunch by three presidents: A, B')."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import islice

from pipeline import attendance as att
from pipeline.model import Mention, Person, Sentence

# a list's heading naming those who stay away: 'Not attending:', 'Leaders not coming', 'Absentees:', 'No-shows'
_ABSENT_HEAD = re.compile(r"\bnot\s+(?:attending|coming|going|travell?ing|taking\s+part|participating|expected|present)\b|"
                          r"^\W*(?:absent|absentees|absences|no-?\s?shows?|skipping(?:\s+the\s+\w+)?)\W*$", re.I)
# a list's heading naming stand-ins: 'Sending deputies:', 'Represented by ministers:', 'Stand-ins:'
_DEPUTY_HEAD = re.compile(r"\b(?:sending|sent|send|represented\s+by)\s+(?:their\s+|a\s+|lower-level\s+)?(?:deputies|deputy|"
                          r"ministers|foreign\s+ministers|envoys|representatives|stand-ins|vice[- ]presidents)\b|"
                          r"^\W*stand-ins\W*$", re.I)
# 'Present at Saturday's opening were', 'On hand for the gala dinner will be': an inverted roster
_PRESENT_AT = re.compile(r"^\W*(?:also\s+)?(?:present|on\s+hand|in\s+attendance|seated)\s+(?:at|for|during|around)\s+"
                         r"[^,;:.]{1,60}?\s+(?:were|was|are|is|will\s+be|included|include)\s+(?=(?-i:[A-Z]))", re.I)
# a heading or roster dated to another meeting: 'Ministers who met in Cairo last month:', 'Present at last year's summit'
_ELSEWHEN = re.compile(r"\b(?:last|previous|earlier|past)\s+(?:week|month|year|summit|meeting|gathering)|\bago\b", re.I)
# an inverted roster of a dated or founding meeting: 'Present at the founding talks in 1991 were'
_DATED_MEETING = re.compile(r"\b(?:19|20)\d\d\b|\bfounding\b", re.I)
# 'the leaders were joined at lunch by three African presidents who drafted the plan: X of A, Y of B'
_JOINED_BY = re.compile(r"\b(?:joined|accompanied)\s+(?:[^:;.]{0,80}?\s)?by\s+(?:[^:;.]{0,40}?\s)?(?:presidents|leaders|heads\s+of\s+"
                        r"(?:state|government)|prime\s+ministers|guests|dignitaries)\b[^:;.]{0,160}:\s", re.I)
_FUTURE = re.compile(r"\bwill\s+be\s+$", re.I)
_PAST = re.compile(r"\b(?:were|was|included)\s+$", re.I)
_RELATIVE = re.compile(r",\s*(?:who|whose|which)\s[^,;:]*$", re.I)
# the next item's possessor, outside its person span: 'Bangladesh's ', 'the Gambia's '
_POSSESSOR = r"(?:(?:the\s+)?(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,2}['’]s\s+)?$"
# between two items, after an item's own 'of Egypt': ', ', ' and ', '; and ', ', as well as '
_ITEM_GAP = re.compile(r"^(?:\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2})?"
                       r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|;\s*(?:and\s+)?|,?\s+as\s+well\s+as\s+)" + _POSSESSOR, re.I)
# an item's aside up to the semicolon closing it: ', who flew in on Monday with X; '
_ASIDE_GAP = re.compile(r"^\s*,\s*(?:who|whose|which)\s[^;]*;\s*(?:and\s+)?" + _POSSESSOR, re.I)
_FIRST_GAP = re.compile(r"^\s*" + _POSSESSOR)
_ASIDE_OPEN = re.compile(r"^\s*,\s*(?:who|whose|which)\s[^;]*$", re.I)


# a heading over a roster of those at the summit: 'Who attended', 'Who's going?', 'Which leaders are coming?',
# 'LIST: Leaders at the summit', 'Heads of state present:', 'Attendance', 'Here is the full list of leaders:'
_ROSTER_HEAD = re.compile(r"^\W*(?:list\W+)?(?:who\s+(?:attended|took\s+part|came|turned\s+up|showed\s+up|made\s+the\s+trip|"
                          r"sent\s+(?:someone|somebody|deputies|ministers|envoys|representatives)(?:\s+else|\s+instead)?|"
                          r"(?:is|are|was|were|will\s+be)\s+(?:(?:not\s+)?(?:attending|coming|going)(?!\s+to\s+(?-i:[a-z]))|taking\s+part|present|"
                          r"in\s+attendance|there|in\s+(?-i:[A-Z])[\w'’-]*))|who['’]s\s+(?:(?:not\s+)?(?:coming|going|attending)(?!\s+to\s+(?-i:[a-z]))|"
                          r"in\s+(?-i:[A-Z])[\w'’-]*)|"
                          r"(?:which|what)\s+(?:leaders|heads\s+of\s+(?:state|government))\s+(?:are|were|will\s+be)\s+"
                          r"(?:(?:not\s+)?(?:going|coming|attending)|there|taking\s+part)|"
                          r"(?:here\s+is\s+|here['’]s\s+)?(?:the\s+)?(?:full\s+)?list\s+of\s+(?:leaders|attendees|participants|guests)|"
                          r"(?:the\s+)?(?:attendance|leaders|delegations|heads\s+of\s+delegations?)(?=\s*:?\s*$)|"
                          r"(?:the\s+)?(?:leaders|heads\s+of\s+(?:state|government)(?:\s+(?:or|and)\s+government)?|delegations|"
                          r"dignitaries|attendees)\s+"
                          r"(?:present|in\s+attendance|taking\s+part|confirmed|seen|spotted|pictured|gathered|at\s+the\s+(?:[\w'’-]+\s+){0,3}?(?:summit|meeting|talks|"
                          r"gathering)))\b[^:.;!?]{0,60}[:?]?\s*$", re.I)
# a heading over a roster of those who stay away: 'Who stayed away', 'Missing:', 'Notable absences'
_AWAY_HEAD = re.compile(r"^\W*(?:who\s+(?:(?:stayed|(?:is|are)\s+staying)\s+(?:away|(?:at\s+)?home)|skipped|(?:is|are)\s+skipping|"
                        r"(?:was|were|is|are)\s+(?:missing|absent)|did\s+not\s+(?:come|attend|travel))|"
                        r"(?:(?:notable\s+|the\s+)?(?:missing|absent|absentees|absences|no-?shows)|(?:leaders\s+)?(?:not\s+"
                        r"(?:attending|coming|going)|staying\s+away))(?=\s*:?\s*$))"
                        r"\b[^:.;!?]{0,40}[:?]?\s*$", re.I)
# a heading whose items come as guests: 'Guests:', 'Invited leaders', 'Observers:', 'Dialogue partners:'
_GUEST_HEAD = re.compile(r"^\W*(?:list\W+)?(?:the\s+)?(?:(?:also\s+)?invited(?:\s+(?:leaders|guests|heads\s+of\s+(?:state|government)|"
                         r"countries|states|nations))?|(?:special\s+|outreach\s+)?(?:guests?|invitees)(?:\s+(?:countries|states|"
                         r"nations|leaders))?|observers?(?:\s+(?:states|countries|nations|leaders))?|dialogue\s+partners?|"
                         r"(?:outreach\s+)?partner\s+(?:countries|states|nations|leaders))\s*:?\s*$", re.I)


def roster_heading(text: str) -> bool:
    """Return True for a heading over the list of those at the summit ('Who attended', 'Observers:'), not of a
    dated or earlier one ('Leaders at the 2019 summit', 'Who came last year')."""
    return len(text) <= 120 and bool(_ROSTER_HEAD.match(text) or _GUEST_HEAD.match(text) or _AWAY_HEAD.match(text)) and not (
        _ELSEWHEN.search(text) or _DATED_MEETING.search(text))


def list_heading(text: str) -> bool:
    """Return True for a heading of absentees or stand-ins ('Not attending:', 'Sending deputies:')."""
    return bool(_ABSENT_HEAD.search(text) or _DEPUTY_HEAD.search(text))


def heading_status(findings: list[att.AttendanceFinding], intro: str) -> list[att.AttendanceFinding]:
    """Give a list's items the status its heading names: absent under 'Not attending:', a stand-in under
    'Sending deputies:', a guest under 'Observers:'."""
    if _ELSEWHEN.search(intro):
        return []
    if _ABSENT_HEAD.search(intro) or _AWAY_HEAD.match(intro.rsplit("\n", 1)[-1]):
        return [replace(f, status="absent", mode="none") for f in findings]
    if _DEPUTY_HEAD.search(intro):
        return [f if f.status == "absent" else replace(f, stand_in=True) for f in findings]
    if _GUEST_HEAD.match(intro.rsplit("\n", 1)[-1]):  # the last line of a box's intro names its group
        return [replace(f, guest_cue=True) for f in findings]
    return findings


def present_at_findings(s: Sentence, people: list[Person], summit_future: bool | None,
                        dead: set[str]) -> list[att.AttendanceFinding]:
    """'Present at the opening were A, B and C': the names the inverted roster lists, in a chain of commas and 'and'."""
    m = _PRESENT_AT.match(s.text)
    if m is None or att.ABSENT.search(s.text) or _ELSEWHEN.search(m.group(0)) or _DATED_MEETING.search(m.group(0)):
        return []
    head = s.text[: m.end()]
    status = ("expected" if _FUTURE.search(head) else "attended" if _PAST.search(head)
              else att.sentence_status(s.text, summit_future))
    out: list[att.AttendanceFinding] = []
    end = m.end()
    for p in people:
        if p.start - s.start < m.end():
            continue
        gap = s.text[end: p.start - s.start]
        if out and _ASIDE_OPEN.match(gap):
            continue  # a name inside the last item's aside
        if out and not (_ITEM_GAP.match(gap) or _ASIDE_GAP.match(gap)) or not out and not _FIRST_GAP.match(gap):
            break
        end = p.end - s.start
        if p.person_id not in dead and not p.former:
            out.append(att.AttendanceFinding(p, p.country_id, p.country, p.role, status, "present_at", p.acting,
                                             bool(att.GUEST.search(s.text)), "in_person", (p.start, p.end)))
    return out


def joined_by_findings(s: Sentence, people: list[Person], summit_future: bool | None,
                       dead: set[str]) -> list[att.AttendanceFinding]:
    """'The leaders will be joined at lunch by four presidents who drafted the plan: X of A and Y of B'."""
    m = _JOINED_BY.search(s.text)
    if m is None or att.ABSENT.search(s.text) or _ELSEWHEN.search(s.text[: m.end()]):
        return []
    status = att.sentence_status(s.text[: m.end()], summit_future)
    return [att.AttendanceFinding(p, p.country_id, p.country, p.role, status, "joined_by_list", p.acting,
                                  bool(att.GUEST.search(s.text)), "in_person", (p.start, p.end))
            for p in people if p.start - s.start >= m.end() - 1 and p.person_id not in dead and not p.former
            and not _RELATIVE.search(s.text[m.end(): p.start - s.start])]


# a labelled line of a box of attendees: 'Outreach: A, B, C', 'International bodies: the UN, the IMF (X), the WTO'
_LABEL = re.compile(r"^\W*[^\W\d][^:.;!?]{0,40}:\s+")
_LABEL_END = re.compile(r"\s*(?:\([^()]{0,60}\))?\s*(?:[,;.]|and\b|$)", re.I)
_LABEL_GAP = re.compile(r"^\s*(?:\([^()]{0,60}\))?\s*(?:,\s*(?:and\s+)?|\s+and\s+|;\s*)(?:the\s+)?$", re.I)


def label_findings(s: Sentence, mentions: list[Mention], intro: str,
                   summit_future: bool | None) -> list[att.AttendanceFinding]:
    """A labelled line under a heading of attendees ('Africa: A, B and C'): the states and bodies it lists, each
    known by its place alone (a named person's own rules name them)."""
    label = _LABEL.match(s.text)
    if label is None:
        return []
    status = "absent" if _ABSENT_HEAD.search(intro) or att.ABSENT.search(intro) else att.sentence_status(intro, summit_future)
    out: list[att.AttendanceFinding] = []
    end = label.end()
    for m in mentions:
        if m.start - s.start < end:
            continue
        if m.kind not in ("country", "org") or not (m.start - s.start == end or _LABEL_GAP.match(
                s.text[end: m.start - s.start])) or not _LABEL_END.match(s.text, m.end - s.start):
            break  # 'European Union: European Council President X': a place in a person's title is theirs
        out.append(att.AttendanceFinding(None, m.entity_id, m.canonical, None, status, "label_list", False,
                                         att._guest(intro), "in_person" if status != "absent" else "none",
                                         (m.start, m.end)))
        end = m.end - s.start
    return out


# an item's parenthesis or closing clause about someone else: '(President Y is not coming)', '; Y stays at home'
_ITEM_ASIDE = re.compile(r"\([^()]{0,160}\)|;[^;()]{0,160}$")
_LEAD_ASIDE = re.compile(r"^\s*,\s*(?:who|whose|which)\s[^,;()]{0,160},")  # ', who met X in Kazan,'
_SPEECH = re.compile(r"\b(?:says?|said|told|tells|argue[sd]?|claim(?:s|ed)?|den(?:y|ies|ied)|call(?:s|ed)?|warn(?:s|ed)?)\b",
                     re.I)  # 'Y says the calls for a boycott are ...': the cue is what Y says, not Y's absence
_OPENING = re.compile(r"[(;]?\s*(?:(?-i:[A-Z])[\w'’.-]*\s+){0,3}")  # 'President ', '(Acting President '


def item_absentees(s: Sentence, people: list[Person], rest: list[tuple[Sentence, list[Person]]],
                   dead: set[str]) -> list[att.AttendanceFinding]:
    """'- Russia: Prime Minister X (President Y is not coming)', '- Russia: Prime Minister X. President Y is not
    coming.': the leader of an item's country whom an aside of the item, or a sentence after it on its line, names
    first and then, in its own clause, says stays away, is absent."""
    countries = {p.country_id for p in people[:1] if p.country_id}
    if not countries:
        return []
    asides = islice(_ITEM_ASIDE.finditer(s.text), 4)  # an item has an aside or two, not a paragraph of them
    spans = [(s, m.start(), m.end()) for m in asides] + [(r, 0, len(r.text)) for r, _ in rest]
    found = {r.index: ps for r, ps in rest}
    out: list[att.AttendanceFinding] = []
    for r, a, b in spans:
        inside = [p for p in (people if r is s else found[r.index]) if a <= p.start - r.start and p.end - r.start <= b]
        p = inside[0] if inside else None
        if p is None or p is people[0] or p.person_id in dead or p.former or p.country_id not in countries:
            continue
        after = _LEAD_ASIDE.sub("", r.text[p.end - r.start: b], count=1)
        cue = att.ABSENT.search(after)
        if _OPENING.fullmatch(r.text[a: p.start - r.start]) and cue is not None and cue.start() <= 40 \
                and not _SPEECH.search(after, 0, cue.start()):
            out.append(att.AttendanceFinding(p, p.country_id, p.country, p.role, "absent", "item_absent", False, False,
                                             "none", (p.start, p.end)))
    return out


# a roster's label opening a sentence: 'Heads of state present: ', 'Observers: ', 'Who stayed away: '
_LABEL_OPEN = re.compile(r"^\W*([^:.;!?]{1,60}):\s+(?=(?-i:[A-Z]))")
# between two people of a labelled roster: their own 'of Egypt' or '(Egypt)', a separator, the next one's titles
_OWN_PLACE = r"(?:\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}|\s*\([^()]{1,60}\))?"
_ROSTER_GAP = re.compile(r"^" + _OWN_PLACE + r"(?:\s*,\s*(?:who|whose|which)\s[^,;()]{0,120}?(?=,))?"
                         r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|;\s*(?:and\s+)?|,?\s+as\s+well\s+as\s+)"
                         r"(?:(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:['’]s)?\s+){0,4}$", re.I)
_ROSTER_ASIDE = re.compile(r"^" + _OWN_PLACE + r"\s*,\s*(?:who|whose|which)\s[^,;]*$", re.I)  # a name in an aside
_ROSTER_FIRST = re.compile(r"(?:(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:['’]s)?\s+){0,4}")  # 'Egypt's President '


def labelled_roster_findings(s: Sentence, people: list[Person], summit_future: bool | None,
                             dead: set[str]) -> list[att.AttendanceFinding]:
    """'Heads of state present: X (Egypt), Y (Kenya) and Z', 'Observers: A and B': the chain of people after a
    roster's label, with the label's status and capacity."""
    m = _LABEL_OPEN.match(s.text)
    if m is None or not people or not roster_heading(m.group(1) + ":"):
        return []
    label = m.group(1)
    status = "absent" if _AWAY_HEAD.match(label) or _ABSENT_HEAD.search(label) else att.sentence_status(label, summit_future)
    guest = bool(_GUEST_HEAD.match(label))
    out: list[att.AttendanceFinding] = []
    end = m.end()
    for p in people:
        if p.start - s.start < m.end() - 1:
            continue
        gap = s.text[end: p.start - s.start]
        if out and _ROSTER_ASIDE.match(gap):
            continue
        if out and not _ROSTER_GAP.match(gap) or not out and not _ROSTER_FIRST.fullmatch(gap):
            break
        end = p.end - s.start
        if p.person_id not in dead and not p.former:
            out.append(att.AttendanceFinding(p, p.country_id, p.country, p.role, status, "labelled_roster", p.acting,
                                             guest, "in_person" if status != "absent" else "none", (p.start, p.end)))
    return out


# 'Foreign Minister Y will take his place', 'Y stands in for her', 'Y goes instead': one standing in for the item's leader
_TAKES_PLACE = re.compile(r"[^.;]{0,40}?\b(?:(?:take|takes|took|taking)\s+(?:his|her|their)\s+place|(?:stand|stands|stood|standing)"
                          r"\s+in\s+for\s+(?:him|her|them)|in\s+(?:his|her|their)\s+(?:place|stead)|(?:go|goes|went|attends?|"
                          r"attended|travels?|travell?ed)\s+instead|deputi[sz](?:e|es|ed|ing)\s+for\s+(?:him|her))\b", re.I)


def item_deputies(s: Sentence, people: list[Person], rest: list[tuple[Sentence, list[Person]]],
                  summit_future: bool | None, dead: set[str]) -> list[att.AttendanceFinding]:
    """'- United States: President X, who leaves early. Secretary of State Y will take his place.': the person a
    sentence after an item on its line opens with, of the item's country, who takes the leader's place."""
    countries = {p.country_id for p in people[:1] if p.country_id}
    out: list[att.AttendanceFinding] = []
    for r, ps in rest if countries else ():
        p = ps[0] if ps else None
        if p is None or p.country_id not in countries or p.person_id in dead or p.former or \
                not _OPENING.fullmatch(r.text[: p.start - r.start]) or not _TAKES_PLACE.match(r.text, p.end - r.start):
            continue
        out.append(att.AttendanceFinding(p, p.country_id, p.country, p.role, att.sentence_status(r.text, summit_future),
                                         "item_deputy", True, False, "in_person", (p.start, p.end)))
    return out
