"""Absences, stand-ins and other occasions read from one person's own clause.

Two families, each reading a short window around one person of one sentence:

- `revise` corrects a finding from the person's clause: a sender of an official named by office first ('A sent the
  speaker of the upper house, B'), a subject with a long aside before a shared negated arrival ('A, who was re-elected
  this month, and B did not come'), a represented leader in a second clause ('while X was represented by Y'), a
  capital standing for its state ('Seoul was represented by Z'), the host in an appositive ('The host, President A,
  welcomed ...'), and an attendance told in a relative clause ('X, who addressed the opening session, ...').
- `offstage` drops a finding whose cue belongs to another occasion: a time clause ('days after Y agreed to join'),
  another trip ('cut short a visit to Cairo, where he had been attending ...', 'travelled to Belgrade with X'), a past
  act in another month ('signed by A and B in May'), another body's meeting joined for it ('the heads of state,
  joined by X, were to hold a meeting of <org>'), a meeting in another city ('met in Tokyo with A, B'), a later
  trip ('will travel to Hanoi after the summit') and ministers' talks ('is in town for talks with foreign ministers').
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline import attendance as att
from pipeline.model import Mention, Person, Sentence
from pipeline.reference import Reference
from pipeline.summit import Summit

_CAP = r"(?-i:[A-Z])[\w'’.-]*"
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")

# --- revisions ------------------------------------------------------------------------------------------------------

# 'A sent the speaker of the upper house of parliament, B': a stand-in named after his office and a comma
_SENT_OFFICE_COMMA = re.compile(r"^\s+(?:also\s+|instead\s+|only\s+)?(?:sent|sends|dispatched|will\s+send|is\s+sending|"
                                r"(?:has\s+|had\s+)?delegated\s+(?:the\s+(?:trip|journey|visit|task|job)\s+)?to)\s+"
                                r"(?:the|his|her|its|their)\s+(?:[\w'’-]+\s+){1,10}?[\w'’-]+,\s*$", re.I)
# 'A, who was re-elected earlier this month, and ': a subject's aside before a coordinated second subject
_ASIDE_AND = re.compile(r"^\s*,\s*(?:who|whose)\s[^;:\"“”()]{0,160}?,\s*and\s+(?:[\w'’.-]+\s+){0,4}$", re.I)
# 'B did not come to Minsk', 'B stayed away': the shared predicate of an absence
_NEG_ARRIVAL = re.compile(r"^\s*,?\s*(?:(?:also|both)\s+)?(?:did\s+not|didn['’]t|do\s+not|don['’]t|will\s+not|won['’]t|"
                          r"could\s+not|couldn['’]t|never)\s+(?:come|travel|attend|go|show\s+up|make\s+(?:it|the\s+trip))\b|"
                          r"^\s*,?\s*(?:stayed|stay)\s+(?:away|home)\b", re.I)
# 'X, whose attendance Jakarta had kept open for months ..., did not travel to the venue': the subject stays away
_WHOSE_THEN_NEG = re.compile(r"^\s*,\s*whose\s[^;:\"“”()]{0,200}?,\s*(?:did\s+not|didn['’]t|never|could\s+not|"
                             r"will\s+not|won['’]t)\s+(?:come|travel|attend|go|make\s+the\s+trip)\b"
                             r"(?!\s+the\s+(?:[\w-]+\s+){0,2}?(?:meeting|session|dinner|lunch|part|talks)\b)"
                             r"(?![^.;]*\b(?:but|and)\s+(?:later\s+)?(?:joined|arrived|came|took\s+part)\b)", re.I)
# 'while X was represented by Y': the subject right before the passive is the one represented
# 'X was represented by Y', "X's place is taken by Y" (a seat of his own at the table is not: 'took his place at')
_REPRESENTED_AFTER = re.compile(r"^(?:\s+(?:was|were|is|are|will\s+be)\s+" + att.REP_ADVERBS + r"(?:being\s+)?"
                                r"represented|['’]s?\s+" + att.PLACE_TAKEN + r")\s+(?:[\w'’-]+\s+){0,3}?by\s+(?:(?:the|his|her|its|their)\s+)?"
                                r"(?:[\w'’.-]+\s+){0,6}?$", re.I)
# 'Seoul was represented by national security adviser ': a capital for its state
_CITY_REPRESENTED = re.compile(r"^\s+(?:was|were|is|are|will\s+be)\s+" + att.REP_ADVERBS + r"(?:being\s+)?represented\s+"
                               r"(?:[\w'’-]+\s+){0,3}?by\s+[^.;,]{0,80}$", re.I)
# 'The host, President A, welcomed ...': the host's frame must not borrow the next person's country
_HOST_APPOSITIVE = re.compile(r"\b(?:the|our|summit)\s+host\s*,\s*$", re.I)
# 'X, who addressed the opening session, was expected to witness any signing': the aside tells the attendance
_ATTENDED_ASIDE = re.compile(r"^\s*,\s*who\s+(?:had\s+)?(?:addressed|opened|attended|chaired|took\s+part\s+in|"
                             r"spoke\s+(?:at|to))\s+(?:the\s+)?(?:opening\s+|closing\s+|plenary\s+|first\s+)?"
                             r"(?:session|summit|meeting|gathering|talks|leaders)\b", re.I)


def revise(ref: Reference, s: Sentence, ms: list[Mention], people: list[Person], found: list[att.AttendanceFinding],
           summit: Summit, future: bool | None, dead: set[str]) -> list[att.AttendanceFinding]:
    """Correct the sentence's person findings by the clause-level readings above."""
    if not people:
        return found
    text = s.text
    out = list(found)
    for i, p in enumerate(people):
        if p.person_id in dead:
            continue
        e = p.end - s.start
        after = text[e:]
        nxt = people[i + 1] if i + 1 < len(people) else None
        gap = text[e: nxt.start - s.start] if nxt else ""
        if nxt and nxt.person_id not in dead and _SENT_OFFICE_COMMA.match(gap) and \
                (nxt.country_id in (None, p.country_id)):
            out = _set(out, att._finding(p, "absent", "sent_named_office", False, s, "none"))
            helper = nxt if nxt.country_id else replace(nxt, country_id=p.country_id, country=p.country)
            out = _set(out, att._finding(helper, att.sentence_status(text, future), "sent_named_office", True, s,
                                         "in_person"))
            continue
        if nxt and _ASIDE_AND.match(gap) and _NEG_ARRIVAL.match(text[nxt.end - s.start:]):
            out = _set(out, att._finding(p, "absent", "absent_across_aside", False, s, "none"))
            if not any(f.person and f.person.person_id == nxt.person_id and f.status == "absent" for f in out):
                out = _set(out, att._finding(nxt, "absent", "absent_across_aside", False, s, "none"))
            continue
        if _WHOSE_THEN_NEG.match(after):
            out = _set(out, att._finding(p, "absent", "absent_after_whose", False, s, "none"))
            continue
        if nxt and nxt.country_id in (None, p.country_id) and _REPRESENTED_AFTER.match(gap):
            out = _set(out, att._finding(p, "absent", "represented_subject", False, s, "none"))
            helper = nxt if nxt.country_id else replace(nxt, country_id=p.country_id, country=p.country)
            if not any(f.person and f.person.person_id == nxt.person_id and f.stand_in and f.status != "absent"
                       for f in out):
                out = _set(out, att._finding(helper, att.sentence_status(text, future), "represented_subject", True,
                                             s, "in_person"))
            continue
    out = [_capital_country(ref, s, ms, f) for f in out]
    out = [_host_country(ref, s, f, summit) for f in out]
    if future is not True:
        out = [replace(f, status="attended", rule=f.rule + "+attended_aside") if f.person and f.status == "expected"
               and _ATTENDED_ASIDE.match(text[f.person.end - s.start:]) else f for f in out]
    return out


def _set(found: list[att.AttendanceFinding], f: att.AttendanceFinding) -> list[att.AttendanceFinding]:
    """Put `f` in place of any finding about the same person."""
    pid = f.person.person_id if f.person else None
    return [g for g in found if not (g.person and g.person.person_id == pid)] + [f]


def _capital_country(ref: Reference, s: Sentence, ms: list[Mention], f: att.AttendanceFinding) -> att.AttendanceFinding:
    """'Seoul was represented by national security adviser X': X is South Korea's."""
    if f.person is None or f.country_id is not None:
        return f
    a = f.person.start
    for m in ms:
        if m.kind != "city" or m.end > a or not _CITY_REPRESENTED.match(s.text[m.end - s.start: a - s.start]):
            continue
        country = ref.country_with_capital(m.entity_id)
        if country is not None:
            return replace(f, country_id=country.id, country=country.name, stand_in=True)
    return f


def _host_country(ref: Reference, s: Sentence, f: att.AttendanceFinding, summit: Summit) -> att.AttendanceFinding:
    """'The host, President A, welcomed Sudanese President B': A is the host country's, not Sudan's."""
    if f.person is None or not summit.host_country:
        return f
    if not _HOST_APPOSITIVE.search(s.text[max(0, f.person.start - s.start - 30): f.person.start - s.start]):
        return f
    host = ref.country_named(summit.host_country)
    if host is None or host.id == f.country_id or f.person.person_id in ref.people and any(
            o.place == f.country for o in ref.offices_of(f.person.person_id, (summit.start or "")[:10] or None)):
        return f  # 'The host, Bhutan's Prime Minister X': X holds an office of the state the text gives him
    return replace(f, country_id=host.id, country=host.name)


# --- other occasions ------------------------------------------------------------------------------------------------

# 'days after opposition leader ': the person acts in a time clause that dates someone else's act
_TIME_CLAUSE_BEFORE = re.compile(r"\b(?:days|weeks|hours|months|shortly|soon|just|a\s+day|a\s+week)\s+(?:after|before)\s+"
                                 r"(?:(?:the\s+)?[\w'’.-]+\s+){0,5}$", re.I)
# a head of state or government acting 'hours after' the opening may well be there: only others are dropped
_HEAD_ROLE = re.compile(r"president|prime\s+minister|premier|chancellor|king|queen|emir|sultan|sheikh|crown\s+prince", re.I)
# 'cut short a visit to Cairo, where he had been attending a meeting': another trip's meeting
_VISIT_WHERE = re.compile(r"\b(?:visit|trip|tour|stay)\s+to\s+(" + _CAP + r"(?:\s+" + _CAP + r")?),\s+where\s+(?:he|she|they)\s+"
                          r"(?:had\s+been|has\s+been|was|were)\s+(?:attending|taking\s+part)\b", re.I)
# 'signed by Putin and Xi ... in May': a past act dated by another month
_SIGNED_BY_BEFORE = re.compile(r"\b(?:signed|agreed|adopted|issued|initialled|concluded)\s+by\s+[^.;:]{0,80}$", re.I)
_IN_MONTH_AFTER = re.compile(r"^[^.;:]{0,80}?\bin\s+(?:early\s+|mid-|late\s+)?(" + "|".join(_MONTHS) + r")\b(?!\s+\d)", re.I)
# 'were to hold an informal meeting of the leaders of ': another body's meeting follows
_MEETING_OF = re.compile(r"\b(?:hold|held|holding|convene|convened|attend|attended|attending)\s+(?:an?\s+|the\s+|their\s+)?"
                         r"(?:[\w-]+\s+){0,2}?(?:meeting|summit|session|talks)\s+of\s+(?:the\s+)?"
                         r"(?:(?:leaders|heads\s+of\s+state|members|presidents)\s+of\s+(?:the\s+)?)?", re.I)
# 'the heads of state, joined by ': one who joins them for that other body's meeting (the others, named as its
# holders, may sit at both: 'A, B and C will hold a separate meeting of the BRICS group')
_JOINED_BY_BEFORE = re.compile(r"\bjoined\s+by\s+(?:[\w'’.-]+\s+){0,6}$", re.I)
# 'travelled to Belgrade with ', 'met in Tokyo with ': a trip or a meeting in a named city
_TRIP_WITH = re.compile(r"\b(?:travell?ed|flew|went|came)\s+to\s+(" + _CAP + r"(?:\s+" + _CAP + r")?)\s+(?:with|alongside)\s",
                        re.I)
_MET_IN_WITH = re.compile(r"\b(?:met|meets|meeting|held\s+talks)\s+in\s+(" + _CAP + r"(?:\s+" + _CAP + r")?)\s+with\s", re.I)
# 'X will also travel to Hanoi for a state visit after the summit': the trip after it
_ONWARD_AFTER = re.compile(r"^\s+(?:will|is\s+to|is\s+due\s+to|plans\s+to)\s+(?:also\s+|then\s+|later\s+)?(?:travel|go|fly|head)\s+"
                           r"(?:on\s+)?to\s+(" + _CAP + r")[^.;:]{0,60}?\bafter\b", re.I)
# 'Foreign Minister X is in town for talks with foreign ministers': ministers' talks, not the leaders'
_MINISTERS_TALKS = re.compile(r"^\s+(?:is|are|was|were)\s+(?:also\s+)?(?:in\s+town|here|in\s+" + _CAP + r")\s+for\s+"
                              r"(?:talks|meetings|consultations)\s+with\s+[^.;]{0,40}?\bministers\b", re.I)


def offstage(s: Sentence, ms: list[Mention], f: att.AttendanceFinding, summit: Summit | None,
             organs: frozenset[str] = frozenset()) -> bool:
    """Whether the finding's person is named for another occasion than the summit (see the module's list)."""
    if f.person is None or summit is None or f.status == "absent":
        return False
    text = s.text
    a, e = f.person.start - s.start, f.person.end - s.start
    before, after = text[:a], text[e:]
    host = (summit.host_city or "").lower()
    if _TIME_CLAUSE_BEFORE.search(before) and not att.attend_cue(after[:80]) and \
            not _HEAD_ROLE.search(f.person.role or ""):
        return True
    m = _VISIT_WHERE.search(text)
    if m and m.group(1).lower() != host and m.start() > e:
        return True
    if _SIGNED_BY_BEFORE.search(before):
        month = _IN_MONTH_AFTER.match(after)
        start = (summit.start or "")[5:7]
        if month and start and _MONTHS.index(month.group(1).lower()) + 1 != int(start):
            return True
    for m in _MEETING_OF.finditer(text) if _JOINED_BY_BEFORE.search(before) else ():
        org = next((x for x in ms if x.kind == "org" and x.start - s.start >= m.end() and
                    x.start - s.start - m.end() < 3), None)
        if org is not None and org.entity_id not in (summit.org_id, *organs):
            return True
    for rx in (_TRIP_WITH, _MET_IN_WITH):
        for m in rx.finditer(text):
            if m.group(1).lower() != host and m.end() <= a and ";" not in text[m.end(): a] and \
                    not re.search(r"\.\s", text[m.end(): a]):
                return True
    onward = _ONWARD_AFTER.match(after)
    return bool(onward and onward.group(1).lower() != host or _MINISTERS_TALKS.match(after))
