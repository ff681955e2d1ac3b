"""Person-local exclusions: a name beside an attendance cue that the cue is not about.

Each rule reads only a short window around one person of one sentence (never the whole document), and answers
for one finding: an envoy's principal, a greeter at the airport, a person at another organisation's meeting,
one bound for the next summit or for another place, the chair of another body, the actor of a clause that only
explains someone else's trip, a leader of a state said not to be invited.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline import attendance_roll_calls as roll
from pipeline.attendance import ATTEND, AttendanceFinding
from pipeline.frames import SECRETARIAT_OFFICES
from pipeline.model import Mention, Sentence
from pipeline.reference import Reference
from pipeline.summit import Summit

# 'a representative of U.N. Secretary-General X', 'an envoy of President Y', 'a message from Z': the principal
_ENVOY_OF = re.compile(r"\b(?:representatives?|envoys?|emissar(?:y|ies)|messages?|letters?|greetings)\s+(?:of|from)\s+"
                       r"(?:the\s+)?$", re.I)
# 'Putin's envoy', 'X's special representative', 'X's message to the summit': X sends, does not come
_ENVOY_AFTER = re.compile(r"^['’]s?\s+(?:special\s+|personal\s+|top\s+|chief\s+)?(?:envoy|representative|emissary|"
                          r"message|letter)\b", re.I)
# 'was met at the airport by X', 'greeted on arrival at Manas airport by Y', 'at the airport, he was welcomed by Z'
# (the greeter's title may come first: 'by Chairman of the Cabinet of Ministers of Kyrgyzstan Z')
_GREETER = re.compile(r"\b(?:met|greeted|welcomed|received|seen\s+off)\s+(?:[\w'’-]+\s+){0,6}?airport\s+by\s+"
                      r"(?:(?:(?-i:[A-Z])[\w'’-]*|of|the|and)\s+){0,10}$|"
                      r"\bairport\b[^.;]{0,60}?\b(?:met|greeted|welcomed|received|seen\s+off)\s+by\s+"
                      r"(?:(?:(?-i:[A-Z])[\w'’-]*|of|the|and)\s+){0,10}$", re.I)
# 'arrived from London after talks there with X', 'flew in from Seoul, where he had held a summit meeting with Y':
# the one met on the way, in the place the traveller came from
_MET_ON_THE_WAY = re.compile(r"\bfrom\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?(?-i:[A-Z])[\w'’-]*){0,4},?\s+"
                             r"(?:where|after)\s+[^;.]{0,80}?\b(?:talks|met|meeting|meetings|discussions)\s+"
                             r"(?:there\s+)?with\s+[^;.]{0,60}$", re.I)
# 'used her intervention to warn that the treaty Mr Reagan signed with Mr Gorbachev ...': a name inside what a speaker
# said, after the platform cue that makes the speaker (not the names she spoke of) an attendee
_SAID_THAT = re.compile(r"\bto\s+(?:warn|say|argue|insist|stress|complain|note|recall|point\s+out|remind\s+[\w-]+|tell\s+[\w-]+)\s+"
                        r"that\b[^;]*$", re.I)
# 'The founding Bangkok Declaration was signed by five foreign ministers, among them X': the founders' signing, long ago
_FOUNDING_SIGNED = re.compile(r"\b(?:founding|original|inaugural)\s+(?:[\w'’-]+\s+){0,3}?(?:declaration|treaty|charter|accords?|"
                              r"agreements?|protocol)\s+(?:was|were|had\s+been)\s+signed\b[^;]*$", re.I)
# 'on the sidelines of an extraordinary summit of the regional bloc ', 'for the ', 'on the ': before another org
_OTHER_ORG_BEFORE = re.compile(r"\bsidelines\s+of\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,6}?$|"
                               r"\b(?:for|on|to|at)\s+the\s+$", re.I)
_OTHER_ORG_AFTER = re.compile(r"^(?:['’]s)?\s*(?:sidelines|(?:[\w-]+\s+)?(?:summit|meeting|talks|gathering|session|"
                              r"leaders['’]?\s+meeting)\b)", re.I)
# 'the G8 summit that X had been due to host': X is named for another organisation's summit
_SUMMIT_THAT = re.compile(r"^\s+(?:summit|meeting|gathering|talks)\s+(?:that|which|where|at\s+which)\s+$", re.I)
# 'talks attended by X on the sidelines of an extraordinary summit of ...': a summit, not this one
_SIDELINES_OF_A = re.compile(r"\bsidelines\s+of\s+an?\s+(?!few\b|number\b|day\b|two|three|series\b)", re.I)
# 'a forum of business leaders was held ... with the participation of X': a side event, not the leaders' meeting
_SIDE_EVENT = re.compile(r"\b(?:business|ceo|investment|investors['’]?|youth|civil[\s-]+society|academic|media|trade|cultural)\s+"
                         r"(?:forum|council|dialogue|seminar|round\s*table|conference|fair|exhibition|festival)\b|"
                         r"\bforum\s+of\s+(?:business|chief\s+executives|ceos|entrepreneurs|industrialists|investors)\b", re.I)
# 'had no role in the talks', 'played no part in the summit'
_NO_ROLE = re.compile(r"\b(?:had|has|have|played|plays|play)\s+no\s+(?:role|part)\s+in\b", re.I)
# 'planned to attend the summit in Jakarta next year', 'will go to the next summit': another summit to come
_NEXT_SUMMIT = re.compile(r"\b(?:attend|attending|go\s+to|travel\s+to|be\s+at|join)\s+(?:the\s+)?(?:next\s+(?:year['’]s\s+)?"
                          r"(?:summit|meeting|gathering)|(?:summit|meeting|gathering)\b[^.;,]{0,40}?\bnext\s+year)\b", re.I)
# 'accepted the invitation of King X to hold the next session in Riyadh', 'Y's offer to host the 2026 summit': the
# host of a later meeting, not a guest at this one
_NEXT_HOST_BEFORE = re.compile(r"\b(?:invitation|offer|proposal|bid)\s+(?:of|from|by)\s+(?:the\s+)?"
                               r"(?:(?-i:[A-Z])[\w'’.-]*\s+){0,3}$", re.I)
_NEXT_HOST_OWN = re.compile(r"^['’]s?\s+(?:[\w-]+\s+)?(?:invitation|offer|proposal|bid)\b", re.I)
_NEXT_HOST_AFTER = re.compile(r"^(?:['’]s)?[^.;]{0,40}?\bto\s+(?:hold|host|stage|organi[sz]e)\s+(?:the\s+|its\s+)?"
                              r"(?:next|following|(?:19|20)\d\d|\d+(?:st|nd|rd|th)|[\w-]+th)\b|"
                              r"^(?:['’]s)?[^.;]{0,40}?\bto\s+(?:hold|host|stage)\b[^.;]{0,60}?\bnext\s+(?:year|time)\b", re.I)
# 'X is also due in Normandy', 'Y was expected in Paris on Friday': bound for another place
_DUE_IN = re.compile(r"^\s*(?:,\s*[^,]{0,60},\s*)?(?:is|was|are|were)\s+(?:also\s+|then\s+|later\s+)?(?:due|set|scheduled|"
                     r"expected|headed|heading)\s+(?:to\s+(?:travel|go|fly)\s+)?(?:in|at|to)\s+(?-i:[A-Z])", re.I)
# 'the summit that X had been due to host': a plan that fell through, said of no meeting that took place
_HAD_BEEN_DUE = re.compile(r"^\s+had\s+been\s+(?:due|set|scheduled|supposed|expected|meant)\s+to\s+(?:host|attend|chair)\b",
                           re.I)
# 'the Financial Stability Forum, chaired by X,': X is named for another body's office
_CHAIRED_BY = re.compile(r"^\s*,?\s*(?:which\s+is\s+|now\s+)?(?:chaired|headed|led|run)\s+by\s+(?:the\s+)?$", re.I)
# 'The G7 leaders - A, B and C - issued': a list of another organisation's leaders
_LEADERS_LIST = re.compile(r"^\s+(?:leaders|heads\s+of\s+(?:state|government)(?:\s+and\s+government)?)\s*[-–—(:]"
                           r"[^.;()–—]*$", re.I)
# 'decided against the journey after Prime Minister X refused to guarantee ...': X acts in a clause that explains
# why someone else stays away
_SUBORDINATOR = re.compile(r"\b(?:after|because|since|until|unless|once)\s+$", re.I)
_STAYS_AWAY = re.compile(r"\b(?:against|not|never|no\s+longer|cancel\w*|call(?:s|ed)?\s+off|st(?:ay|ays|ayed)\s+away|"
                         r"skip\w*|boycott\w*|pull(?:s|ed)?\s+out|postpon\w*)\b", re.I)
# 'who had sought an invitation', 'who was not invited': a leader left out, not one who stayed away
_UNINVITED = re.compile(r"\b(?:sought|requested|asked\s+for|lobbied\s+for)\s+(?:an?\s+)?invitation\b|"
                        r"\b(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?:not|never)\s+(?:been\s+)?invited\b|"
                        r"\b(?:uninvited|disinvited)\b", re.I)
# 'decided not to invite Cuba, Venezuela and Nicaragua', 'did not invite X': the states named after the cue
_NOT_INVITE_AFTER = re.compile(r"\b(?:not|never)\s+(?:to\s+)?(?:invite|invited)\b(?!\s+all\b)|\bexclud(?:ed|e|es|ing)\b", re.I)
# 'X and Y were not invited', 'X had not been invited': the states named before the cue, in its clause
_NOT_INVITED_BEFORE = re.compile(r"\b(?:were|was|had|have|has)\s+(?:not|never)\s+(?:been\s+)?invited\b", re.I)


# cues that a leader at home fits as well as one at the summit: 'welcomed the outcome', 'hosted a dinner'
_WEAK_CUE = re.compile(r"welcom|guest|host(?!\w*\s+(?:the\s+|a\s+|an\s+|its\s+|this\s+|that\s+|last\s+|next\s+)?(?:[\w'’-]+\s+){0,3}?"
                       r"(?:summit|meeting|conference|gathering|session|talks|leaders)\b)", re.I)
_IN_CITY = re.compile(r"\b(?:in|from|at)\s+$", re.I)


def _at_home(ref: Reference, s: Sentence, mentions: list[Mention], f: AttendanceFinding, summit: Summit,
             clause: tuple[int, int]) -> bool:
    """'X, speaking in Tokyo, welcomed the outcome': the person is placed in his own capital, with only a cue that
    a leader at home fits ('welcomed', 'hosted'), at a summit held in another country."""
    country, host = ref.countries.get(f.country_id or ""), ref.country_named(summit.host_country or "")
    if country is None or not country.capital or host is not None and host.id == country.id:
        return False
    a, b = clause
    if country.capital not in s.text[a:b]:
        return False
    cues = [m.start() for m in ATTEND.finditer(s.text, a, b)]
    if not cues or not all(_WEAK_CUE.match(s.text, c) for c in cues):
        return False
    return any(m.kind == "city" and m.entity_id == country.capital and a <= m.start - s.start < b
               and _IN_CITY.search(s.text[max(0, m.start - s.start - 6): m.start - s.start]) for m in mentions)


def _clause(text: str, a: int, b: int) -> tuple[str, str]:
    """The text of the clause before offset a and after offset b (clauses end at ';')."""
    left = text.rfind(";", max(0, a - 400), a)
    right = text.find(";", b, b + 400)
    return text[max(left + 1, a - 400): a], text[b: right if right >= 0 else b + 400]


# offices a company has as well as a state or a body: held for no state or body, they are a company's
_COMPANY_OFFICES = frozenset({"Chief Executive", "Managing Director", "Executive Director"})


def company_officer(f: AttendanceFinding) -> bool:
    """Return True for a company's head ('Ruritanian Gas chief executive X, who accompanied the president'): an
    office that names no state or body is no delegate's seat at the summit."""
    return f.person is not None and f.country_id is None and f.role in _COMPANY_OFFICES


def excluded(ref: Reference, s: Sentence, mentions: list[Mention], f: AttendanceFinding, summit: Summit | None,
             organs: frozenset[str] = frozenset()) -> bool:
    """Return True when the finding's person is named beside a cue that is about someone or something else."""
    p = f.person
    if p is None or summit is None:
        return False
    a, b = p.start - s.start, p.mention.end - s.start
    before, after = _clause(s.text, a, b)
    if f.status == "absent":
        return bool(_UNINVITED.search(after[:120]))
    if _ENVOY_OF.search(before[-40:]) or _ENVOY_AFTER.match(after) or (_GREETER.search(before[-120:])
                                                                       and not roll.named_host(after)):
        return True
    if _MET_ON_THE_WAY.search(before[-220:]) or _SAID_THAT.search(before[-200:]) or _FOUNDING_SIGNED.search(before[-200:]):
        return True
    if _NO_ROLE.search(after[:160]) or _NEXT_SUMMIT.search(after[:120]) or _SIDELINES_OF_A.search(after[:120]):
        return True
    if (_NEXT_HOST_BEFORE.search(before[-60:].split(",")[-1]) or _NEXT_HOST_OWN.match(after)) and \
            _NEXT_HOST_AFTER.match(after):
        return True
    if _SUBORDINATOR.search(before[-12:]) and _STAYS_AWAY.search(before) and not ATTEND.search(after[:100]):
        return True
    if _SIDE_EVENT.search(before) and not re.search(r"\bsummit\b", before + after, re.I):
        return True
    if _HAD_BEEN_DUE.match(after) or _at_home(ref, s, mentions, f, summit, (a - len(before), b + len(after))):
        return True
    due = _DUE_IN.match(after)
    if due:
        host = ref.country_named(summit.host_country or "")
        place = next((m for m in mentions if m.kind in ("city", "country") and m.start - s.start == b + due.end() - 1), None)
        if place is None and "expected" not in due.group(0).lower() or place is not None and not (
                place.entity_id == summit.host_city or host is not None and place.entity_id == host.id):
            return True  # an unknown place for 'due in', a known other place for 'expected in'
    lo, hi = s.start + a - len(before), s.start + b + len(after)
    ours = any(m.kind == "org" and (m.entity_id == summit.org_id or m.entity_id in organs) and lo <= m.start < hi
               for m in mentions)
    for m in mentions:
        if m.kind != "org" or m.entity_id == summit.org_id or m.entity_id in organs:
            continue
        ma, mb = m.start - s.start, m.end - s.start
        if mb <= a and _CHAIRED_BY.match(s.text[mb:a]):
            return True
        if mb <= a and (_LEADERS_LIST.match(s.text[mb:a]) or _SUMMIT_THAT.match(s.text[mb:a])):
            return True
        near = ma >= a - len(before) and mb <= b + len(after) and abs(ma - a) < 160
        if near and not ours and _OTHER_ORG_BEFORE.search(s.text[max(0, ma - 70): ma]) and _OTHER_ORG_AFTER.match(s.text[mb: mb + 40]):
            return True
    return False


def org_country(s: Sentence, mentions: list[Mention], f: AttendanceFinding, org_ids: set[str]) -> AttendanceFinding:
    """'outgoing AU chairman X of Ghana': a state's leader in a rotating organisation office stands for the state."""
    p = f.person
    if p is None or f.country_id not in org_ids or p.role in SECRETARIAT_OFFICES:
        return f  # 'Secretary-General X of the Netherlands': a secretariat's office is no state's rotating chair
    b = p.mention.end
    m = next((m for m in mentions if m.kind == "country" and m.start >= b), None)
    if m is None or not re.fullmatch(r"\s+of\s+(?:the\s+)?", s.text[b - s.start: m.start - s.start]):
        return f
    return replace(f, country_id=m.entity_id, country=m.canonical or m.text)


# an organisation's own office in an appositive: 'Queen Elizabeth II, Head of the Commonwealth', 'X, Secretary-General of
# the OIC' (not a rotating chair: 'X, chairperson of the African Union' stays under his state)
_APPOSITIVE_OPEN = re.compile(r"\s*,\s+(?:the\s+)?")
_ROTATING = re.compile(r"^(?:chair|chairman|chairwoman|chairperson|president\s+(?:pro\s+tempore|of\s+the\s+confederation)|"
                       r"president\s+of\s+the\s+european\s+council)\b", re.I)


def org_title_appositive(ref: Reference, s: Sentence, mentions: list[Mention], f: AttendanceFinding) -> AttendanceFinding:
    """A person named with an office of an organisation right after the name is at the summit as its official."""
    p = f.person
    if p is None or f.country_id in ref.organisations:
        return f
    a = _APPOSITIVE_OPEN.match(s.text, p.mention.end - s.start)
    if a is None:
        return f
    org_m = next((x for x in mentions if x.kind == "org" and x.entity_id in ref.organisations
                  and s.start + a.end() < x.start <= s.start + a.end() + 60), None)
    if org_m is None:
        return f
    phrase = re.sub(r"\s+", " ", s.text[a.end(): org_m.end - s.start]).lower()
    org = ref.organisations[org_m.entity_id or ""]
    said = re.sub(r"\s+", " ", org_m.text).lower()
    if re.search(r"[,;()]", phrase) or not any(
            not _ROTATING.match(t) and (phrase == t.lower() or re.fullmatch(re.escape(t.lower()) + r" of (?:the )?" + re.escape(said), phrase))
            for t in org.titles):
        return f
    return replace(f, country_id=org.id, country=org.name, person=replace(p, country_id=org.id, country=org.name))


def uninvited_states(sentences: list[Sentence], mentions: dict[int, list[Mention]]) -> frozenset[str]:
    """The states a sentence says were not invited ('decided not to invite X, Y and Z', 'X was not invited')."""
    out: set[str] = set()
    for s in sentences:
        low = s.text.lower()
        if "invit" not in low and "exclud" not in low:
            continue
        states = [m for m in mentions[s.index] if m.kind == "country" and m.entity_id]
        for cue in _NOT_INVITE_AFTER.finditer(s.text):
            end = s.text.find(";", cue.end())
            out.update(m.entity_id for m in states if cue.end() <= m.start - s.start < (end if end >= 0 else len(s.text))
                       and not re.search(r"\b(?:because|as|since|saying|said)\b", s.text[cue.end(): m.start - s.start]))
        for cue in _NOT_INVITED_BEFORE.finditer(s.text):
            left = s.text.rfind(";", 0, cue.start())
            out.update(m.entity_id for m in states if left < m.start - s.start < cue.start()
                       and not re.search(r"\b(?:because|as|since|after|if|unless|when)\b",
                                         s.text[m.start - s.start: cue.start()]))
    return frozenset(x for x in out if x)
