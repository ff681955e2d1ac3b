"""Attendance lists and boxes: the status a list's heading gives its items ('Not attending:'), and rosters in one
sentence ('Present at the opening were A; B', 'joined at lunch by three presidents: A, B')."""

from __future__ import annotations

import re
from dataclasses import replace

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


def list_heading(text: str) -> bool:
    """Return True for a heading of absentees or stand-ins ('Not attending:', 'Sending deputies:')."""
    return bool(_ABSENT_HEAD.search(text) or _DEPUTY_HEAD.search(text))


def heading_status(findings: list[att.AttendanceFinding], intro: str) -> list[att.AttendanceFinding]:
    """Give a list's items the status its heading names: absent under 'Not attending:', a stand-in under
    'Sending deputies:'."""
    if _ELSEWHEN.search(intro):
        return []
    if _ABSENT_HEAD.search(intro):
        return [replace(f, status="absent", mode="none") for f in findings]
    if _DEPUTY_HEAD.search(intro):
        return [f if f.status == "absent" else replace(f, stand_in=True) for f in findings]
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
