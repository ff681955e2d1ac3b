"""Weighing a sentence's attendance evidence: an absence only hoped, feared or nearly taken is no absence; a stay or
an absence told by place; stand-ins of the leader they replace; and people who are no attendees at all.

- A hedged absence: the absence cue is only the object of speculation, a threat, a call or a denial ('flew in despite
  speculation that he would boycott the meeting', 'who had threatened to skip it', 'ignored calls to stay away'), or
  a near miss ('nearly did not come', 'almost cancelled her trip'). The leader's own act of presence in the sentence
  then decides; a near miss tells that he came; a hedge alone tells nothing.
- Joining by video, told of the one person of the sentence before by a pronoun ('X cancelled his trip. He addressed
  the leaders by video link'): attended, virtually (it outweighs the cancelled trip when the claims are merged).
- An absence told by place: a head of state or government 'is not in <the host city>', 'stayed / remained
  (behind, at home) in <a place other than the host city>', or 'was in <his own capital>' with no act of presence in
  the sentence. It yields to another head of the same state who attends ('the prime minister is staying behind in
  Moscow' while the president is at the table).
- A departure from the host city or the summit is no absence and no stand-in's leave: 'X left Kazan late on
  Wednesday; on Thursday India was represented by Y': X was there.
- A stand-in with no country of his own takes the country of the leader he stands in for ('X did not make the trip;
  he was represented by Vice President Y', 'X will not travel; Minister Y is taking her place'), and the one named
  after 'was represented by its President' is of the state that is the passive's subject, not of a state named in
  its aside ('The Sahrawi Republic, whose admission led Morocco to walk out, was represented by its President, X').
- No attendance at all for one left off the guest list ('is not on the guest list', 'was left off the list') or whose
  request to take part was denied ('who had asked to address the leaders by telephone, was not allowed to').
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline import attendance as att
from pipeline.model import Mention, Person, Sentence
from pipeline.reference import Reference

_HEADS = frozenset({"President", "Prime Minister", "Chancellor", "King", "Queen", "Emir", "Sultan", "Premier", "Leader",
                    "Crown Prince", "Head of State", "Head of Government"})

# --- hedged absences -----------------------------------------------------------------------------------------------

# the words just before an absence cue that make it a possibility, a wish or a threat, not a fact:
# 'speculation (in Tbilisi) that he would ', 'rumours she might ', 'calls (at home) to ', 'had threatened to ',
# 'was rumoured to be planning a ', 'had been expected to ', 'dismissed reports that he would ', 'considered ',
# 'urged X to ' (not 'officials reported that he would skip it': a report of the absence itself)
_HEDGE_BEFORE = re.compile(
    r"\b(?:speculation|rumou?rs?|suggestions?|fears?|talk|threats?|doubts?|worries|predictions?|calls?|"
    r"pressure|appeals?|demands?|hints?|expectations?|(?:despite|amid|contrary\s+to)\s+(?:the\s+|earlier\s+)?"
    r"(?:reports?|claims?))\b[^.;:]{0,60}?"
    r"(?:\b(?:that|whether|if)\s+(?:[\w'’.-]+\s+){0,4}?(?:would|might|could|will|may|was\s+going\s+to)\s+"
    r"(?:(?:be|soon|again|also|even|now|not)\s+)?(?:\w+ing\s+(?:an?\s+|the\s+)?)?|\s(?:(?:for|on)\s+(?:him|her|them|it)\s+)?to\s+)$|"
    r"\b(?:threaten(?:ed|s|ing)?|consider(?:ed|s|ing)?|mull(?:ed|s|ing)?|weigh(?:ed|s|ing)?|toy(?:ed|s|ing)?\s+with|"
    r"contemplat(?:ed|es|ing)|ruled?\s+out|rul(?:es|ing)\s+out)\s+(?:(?:a|an|the)\s+)?(?:to\s+)?$|"
    r"\b(?:urg(?:ed|es|ing)|press(?:ed|es|ing)|call(?:ed|s|ing)\s+on|ask(?:ed|s|ing)|pressur(?:ed|es|ing))\s+"
    r"(?:[\w'’.-]+\s+){1,6}?to\s+$|"
    r"\b(?:(?:was|were|is|are|had\s+been)\s+(?:widely\s+)?(?:rumou?red|tipped|speculated)|had\s+(?:(?:also|once|"
    r"originally|initially)\s+)?been\s+(?:widely\s+)?expected)\s+to\s+(?:be\s+)?"
    r"(?:(?:planning|considering|weighing)\s+(?:an?\s+|to\s+)?)?$|"
    r"\b(?:denied|den(?:y|ies|ying)|dismiss(?:ed|es|ing)|reject(?:ed|s|ing))\s+(?:[^.;:]{0,40}?\s)?(?:that\s+)?"
    r"(?:he|she|they|it)\s+(?:would|might|will|was\s+going\s+to)\s+$", re.I)
# a near miss: 'nearly did not come', 'almost cancelled her trip', 'came close to skipping', 'was on the verge of'
_NEAR_MISS_BEFORE = re.compile(r"\b(?:(?:very\s+)?nearly|almost)\s+$|\bc(?:ame|omes)\s+close\s+to\s+$|"
                               r"\b(?:was|had\s+been)\s+on\s+the\s+verge\s+of\s+$", re.I)


# the end of the hedged clause: 'despite speculation that he would boycott the meeting| and ...'
_CLAUSE_END = re.compile(r"[,;:.—–()\"“”]|\s(?:and|but|while|whereas|as|after|before)\s", re.I)


def _hedge(text: str, cue: re.Match[str]) -> tuple[str, tuple[int, int]] | None:
    """Return ('near', span) for a near miss, ('hedge', span) for a possibility, None for an absence told as a fact;
    the span runs from the hedge's first word to the end of the absence's clause."""
    at = max(0, cue.start() - 160)
    before = text[at: cue.start()]
    end = _CLAUSE_END.search(text, cue.end())
    z = end.start() if end else len(text)
    m = _NEAR_MISS_BEFORE.search(before)
    if m:
        return "near", (at + m.start(), z)
    m = _HEDGE_BEFORE.search(before)
    if m:
        return "hedge", (at + m.start(), z)
    return None


def _masked(s: Sentence, spans: list[tuple[int, int]]) -> Sentence:
    """The sentence with the given spans blanked out (its offsets kept)."""
    text = s.text
    for a, z in spans:
        text = text[:a] + " " * (z - a) + text[z:]
    return Sentence(s.index, s.start, s.end, text, s.kind)


# the absences read from an absence cue of the sentence ('skipped', 'boycott', 'did not come')
_CUE_RULES = frozenset({"absent_cue", "pronoun_absent"})


def weigh_hedged(s: Sentence, people: list[Person], found: list[att.AttendanceFinding], summit_future: bool | None,
                 dead: set[str], year: str | None = None) -> list[att.AttendanceFinding]:
    """Revise the absences of a sentence whose every absence cue is hedged or a near miss.

    'X flew in on Tuesday despite speculation that he would boycott the meeting': attended (his arrival decides);
    'X nearly stayed away': attended; 'The opposition urged X to boycott the meeting': nothing.
    """
    cues = list(att.ABSENT.finditer(s.text))
    if not cues or not any(f.status == "absent" and f.person and f.rule in _CUE_RULES for f in found):
        return found
    hedges = [_hedge(s.text, m) for m in cues]
    if any(h is None for h in hedges):
        return found  # 'stayed away, confirming speculation that he would boycott it': one absence told as a fact
    masked = _masked(s, [h[1] for h in hedges if h])
    again = {f.person.person_id: f for f in att.person_findings(masked, people, summit_future, dead, year)
             if f.person and f.status != "absent"}
    near = any(h[0] == "near" for h in hedges if h)
    status = "expected" if summit_future else "attended"
    out = []
    for f in found:
        if f.status != "absent" or f.person is None or f.rule not in _CUE_RULES:
            out.append(f)  # an absence told otherwise ('stayed in Athens') is no hedged cue's
        elif f.person.person_id in again:
            out.append(again[f.person.person_id])  # his own act of presence: 'flew in ... despite speculation'
        elif near:
            out.append(replace(f, status=status, rule="near_miss", mode="in_person"))
    return out


# --- joining by video, told by a pronoun ---------------------------------------------------------------------------

# 'He addressed his BRICS colleagues via video link', 'Instead, she joined the talks by video', 'He took part
# virtually': the pronoun's own verb of taking part, not a hope or a plan ('He said he hoped to join by video')
_PRONOUN_VIDEO = re.compile(
    r"^\W*(?:(?:instead|however|nonetheless|nevertheless|still|but|later|then)\s*,?\s*)?(?:he|she)\s+"
    r"(?:(?:instead|also|later|then|still|nonetheless|nevertheless|only)\s+)?"
    r"(?:(?:will|is\s+to|is\s+due\s+to|is\s+expected\s+to)\s+)?"
    r"(?:address(?:ed|es)?|join(?:ed|s)?|spoke|speaks?|t(?:ook|akes?)\s+part|participat(?:ed|es?)|appear(?:ed|s)?|"
    r"deliver(?:ed|s)?|gave|gives?|is\s+(?:addressing|joining|taking\s+part|participating|speaking))\b"
    r"[^.;:\"“”]{0,80}?\b(?:(?:by|via|over)\s+(?:a\s+)?video(?:\s*link|\s+conference)?|video\s*link|virtually|remotely|"
    r"online)\b", re.I)
_AUDIENCE = re.compile(r"\b(?:summit|session|plenary|talks|meeting|gathering|leaders|counterparts|colleagues|peers|"
                       r"delegates|participants|heads\s+of\s+(?:state|government))\b|\b(?:took|takes?)\s+part\b|"
                       r"\bparticipat|\bjoin(?:ed|s)?\s+(?:by|via|virtually|remotely|online)\b", re.I)


def pronoun_video_findings(s: Sentence, people: list[Person], previous: list[Person], summit_future: bool | None,
                           dead: set[str]) -> list[att.AttendanceFinding]:
    """'X cancelled his trip to Russia. He addressed his BRICS colleagues via video link': the one person of the
    sentence before joined by video (attended, virtually; expected in a preview)."""
    if len({p.person_id for p in previous}) != 1:
        return []
    m = _PRONOUN_VIDEO.match(s.text)
    if m is None or not _AUDIENCE.search(m.group(0)) or any(q.start - s.start < m.end() for q in people):
        return []  # 'He addressed them by video, while the delegation was headed by Y': Y comes after the clause
    p = previous[-1]
    if p.former or p.person_id in dead or p.role == "Spokesperson":
        return []
    return [att._finding(p, att.sentence_status(s.text, summit_future), "pronoun_by_video", False, s, "virtual")]


# --- absences told by place ----------------------------------------------------------------------------------------

# the subject's verb, after its name and any aside: 'X is not in ', 'X, who ..., was not in ', 'X will not be in '
_NOT_IN = re.compile(r"^\s*(?:,[^;:]{0,200}?)?,?\s*(?:himself\s+|herself\s+)?(?:(?:is|was|are|were)\s+not|isn['’]t|"
                     r"wasn['’]t|will\s+not\s+be|won['’]t\s+be)\s+(?:even\s+|yet\s+)?in\s+$", re.I)
# 'X stayed in ', 'X, recovering from surgery, remained behind in ', 'X will stay at home in '
_STAYED_IN = re.compile(r"^\s*(?:,[^;:]{0,200}?)?,?\s*(?:(?:had|has|have)\s+)?(?:instead\s+|also\s+)?(?:stayed|remained|"
                        r"(?:is|was)\s+(?:staying|remaining)|will\s+(?:stay|remain))\s+(?:behind\s+)?(?:at\s+home\s+|home\s+)?"
                        r"in\s+$", re.I)
# 'X, who ..., was in ', 'X is still in ': being at home, said of the leader's own capital
_WAS_IN = re.compile(r"^\s*(?:,[^;:]{0,200}?)?,?\s*(?:(?:is|was|are|were)\s+(?:still\s+|instead\s+|back\s+)?|"
                     r"will\s+(?:still\s+)?be\s+)in\s+$", re.I)
_WHO_ASIDES = re.compile(r",\s*(?:who|whose)\s[^,;:]{0,160},")
# there, but not for that: 'is not in Brisbane to lecture anyone', 'is not in Lima just for the photographs'
_NOT_IN_TO = re.compile(r"^\s*(?:(?:just|only|merely|simply)\b|to\s+(?!(?:attend|join|take\s+part)\b)\w+)", re.I)
# the stay is not instead of the summit: 'stayed in Paris on his way to the summit', 'remained in Minsk after the
# summit', 'stayed in Astana last week', 'stayed in Moscow for talks before flying on'
_STAY_NOT_INSTEAD = re.compile(r"^[^.;]{0,80}?\b(?:before|until|on\s+(?:his|her|their)\s+way|en\s+route|ahead\s+of|after|"
                               r"overnight|for\s+the\s+night|(?:last|earlier\s+this|the\s+previous|the\s+past)\s+"
                               r"(?:week|month|year|weekend)|(?:weeks|months|years|days)\s+ago|in\s+(?:19|20)\d\d|"
                               r"since|then\s+(?:flew|travell?ed|went))\b", re.I)


# a departure dated to another time: 'left Kazan in 2015', 'left Minsk last week'
_ANOTHER_TIME = re.compile(r"^[^.;]{0,40}?\b(?:(?:last|earlier\s+this|the\s+previous|the\s+past)\s+(?:week|month|year|weekend)|"
                           r"(?:weeks|months|years|days)\s+ago|in\s+(?:19|20)\d\d)\b", re.I)

# gone before the summit sat: 'had left Ufa by the time the leaders met', 'left Kazan before the summit opened'
_GONE_BEFORE = re.compile(r"^[^.;]{0,60}?\b(?:by\s+the\s+time|before\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:summit|meeting|"
                          r"talks|session|gathering|leaders|heads)\b)", re.I)
# the absences told by place: dropped when another head of the same state attends ('the prime minister stayed in
# Moscow' while the president is at the table)
PLACE_RULES = frozenset({"absent_elsewhere"})


def _inside_aside(s: Sentence, people: list[Person], p: Person) -> bool:
    """'X, the candidate backed by Y, was not in Astana': Y is named inside X's aside, not the verb's subject."""
    return any(q.end <= p.start and _OPEN_ASIDE.match(s.text[q.mention.end - s.start: p.start - s.start]) for q in people)


def _other_subject(s: Sentence, people: list[Person], p: Person, m: Mention) -> bool:
    """Return True when another person is named between `p`'s last aside and the place `m`: the verb is his."""
    gap = s.text[p.mention.end - s.start: m.start - s.start]
    cut = p.mention.end + gap.rfind(",") if "," in gap else p.end
    return any(q is not p and cut <= q.start < m.start for q in people)


_OPEN_ASIDE = re.compile(r"^\s*,[^,;:.()]*$")


def _host(m: Mention, host_city: str | None, host_country: str | None) -> bool:
    return bool(host_city and host_city in (m.entity_id, m.canonical, m.text)) or bool(
        m.kind == "country" and host_country and host_country in (m.entity_id, m.canonical, m.text))


def place_absences(s: Sentence, mentions: list[Mention], people: list[Person], host_city: str | None,
                   host_country: str | None, dead: set[str], countries: dict | None = None) -> list[att.AttendanceFinding]:
    """'X is not in Bishkek' (the host city), 'X stayed in Athens' / 'remained behind in Geneva' (not the host city),
    'X, who has never attended, was in New Delhi' (his own capital, with no act of presence in the sentence): a head
    of state or government who is elsewhere is absent."""
    out = []
    places = [m for m in mentions if m.kind in ("city", "country")]
    acts = att.attend_cue(_WHO_ASIDES.sub(",", s.text)) is not None
    for p in people:
        if p.role not in _HEADS or p.former or p.person_id in dead:
            continue
        if _inside_aside(s, people, p):
            continue
        own = (countries or {}).get(p.country_id or "")
        for m in places:
            if m.start < p.end or _other_subject(s, people, p, m):
                continue  # 'X, Y and Z came, while India, whose W stayed in Delhi, ...': W's own stay
            gap, after = s.text[p.mention.end - s.start: m.start - s.start], s.text[m.end - s.start:]
            if _NOT_IN.match(gap) and _host(m, host_city, host_country) and not _NOT_IN_TO.match(after) or (
                    _STAYED_IN.match(gap) or not acts and own is not None and own.capital and m.entity_id == own.capital
                    and _WAS_IN.match(gap)) and not _host(m, host_city, None) and not _STAY_NOT_INSTEAD.match(after):
                out.append(att._finding(p, "absent", "absent_elsewhere", False, s, "none"))
                break
    return out


_INVITED_WORD = re.compile(r"\b(?:invit\w*|guests?|outreach)\b", re.I)


def stranger_away(ref: Reference, s: Sentence, f: att.AttendanceFinding, members: frozenset[str]) -> bool:
    """'Soviet President X was not in Alma-Ata' (the Commonwealth's founding): a leader told away by place whose state
    is none of the known states (so none of the organisation's), or a state of the past (one with an end, such as the
    Soviet Union) that is none of the organisation's, in a sentence that speaks of no invitation, was never due. (A
    known non-member's leader can be a partner's absentee: 'Belarus's X will not be in Prague at all'.)"""
    if f.rule not in PLACE_RULES or not members or _INVITED_WORD.search(s.text):
        return False
    if f.country_id is None:
        return True
    state = ref.countries.get(f.country_id)
    return bool(state is not None and state.until and f.country_id not in members)


# --- departures: one who leaves the host city was there ------------------------------------------------------------

_LEFT = re.compile(r"^\s*(?:,[^;:]{0,200}?,\s*)?(?:(?:had|has|also|then|later)\s+)?(?:left|departed(?:\s+from)?|"
                   r"flew\s+(?:out\s+of|home\s+from|back\s+from)|headed\s+home\s+from|leaves|will\s+leave|is\s+leaving)\s+$",
                   re.I)


def departure_findings(s: Sentence, mentions: list[Mention], people: list[Person], host_city: str | None,
                       summit_future: bool | None, dead: set[str]) -> list[att.AttendanceFinding]:
    """'X left Kazan late on Wednesday': one who leaves the host city was there (attended; expected in a preview).
    Leaving the summit itself early is a presence cue of its own (`attendance_presence.LEFT_SUMMIT_EARLY`)."""
    out = []
    for p in people:
        if p.role is None or p.former or p.person_id in dead or _inside_aside(s, people, p):
            continue
        left = any(
            m.start >= p.end and _host(m, host_city, None) and not _other_subject(s, people, p, m) and _LEFT.match(s.text[p.mention.end - s.start: m.start - s.start])
            and not _ANOTHER_TIME.match(s.text[m.end - s.start:]) and not _GONE_BEFORE.match(s.text[m.end - s.start:])
            for m in mentions if m.kind == "city")
        if left:
            out.append(att._finding(p, "expected" if summit_future else "attended", "left_host", False, s, "in_person"))
    return out


def departed_not_absent(found: list[att.AttendanceFinding]) -> list[att.AttendanceFinding]:
    """A departure from the host city outweighs an absence read from a stand-in later in the sentence ('X left Kazan
    on Wednesday; on Thursday India was represented by Y'): X keeps his presence."""
    left = {f.person.person_id for f in found if f.person and f.rule == "left_host"}
    return [f for f in found if not (f.person and f.person.person_id in left and f.status == "absent")]


# --- stand-ins: the country of the leader stood in for ---------------------------------------------------------------

# 'is taking her place', 'will take his place' (not a seat: 'took his place at the table'), 'standing in for her',
# 'deputise for him', 'in his stead', 'on her behalf', 'was represented by'
_STAND_IN_CUE = re.compile(r"\b(?:tak(?:e|es|ing)|took)\s+(?:his|her|their)\s+place\b(?!\s+(?:at|in|among|beside|alongside|"
                           r"next|around|on|by)\b)|\bin\s+(?:his|her|their)\s+(?:place|stead)\b|"
                           r"\b(?:stand(?:s|ing)?|stood|fill(?:s|ed|ing)?)\s+in\s+for\b|\bdeputi[sz](?:e|es|ed|ing)\s+for\b|"
                           r"\bon\s+(?:his|her|their)\s+behalf\b|\bin\s+place\s+of\b|\binstead\b|"
                           r"\brepresented\s+(?:[\w'’-]+\s+){0,4}?by\b|\brepresent(?:s|ed|ing)?\s+(?:him|her|them)\b", re.I)


def stand_in_country(s: Sentence, found: list[att.AttendanceFinding],
                     before: list[att.AttendanceFinding]) -> list[att.AttendanceFinding]:
    """'Kenya's President X did not make the trip; he was represented by Vice President Y': Y, of no country of his
    own, stands in for Kenya. The leader stood in for is the absentee of this sentence, or else of the one before."""
    if not any(f.person and f.country_id is None and f.status != "absent" for f in found) or not _STAND_IN_CUE.search(s.text):
        return found
    out = []
    for f in found:
        if f.person is None or f.country_id is not None or f.status == "absent":
            out.append(f)
            continue
        mine = [g for g in found if g.status == "absent" and g.person and g.country_id and g.span[1] <= f.span[0]]
        theirs = [g for g in before if g.status == "absent" and g.person and g.country_id]
        pool = mine or theirs
        if len({g.country_id for g in pool}) != 1:
            out.append(f)
            continue
        g = pool[-1]
        out.append(replace(f, country_id=g.country_id, country=g.country, stand_in=True))
    return out


# 'the Indian delegation is headed instead by ', 'the team was led in his place by ': a stand-in after the leader's absence
_LED_INSTEAD_BY = re.compile(r"\b(?:delegation|team)\s+(?:[\w'’-]+\s+){0,4}?(?:is|was|are|were|will\s+be)\s+(?:being\s+)?"
                             r"(?:led|headed)\s+(?:instead|in\s+(?:his|her|their)\s+(?:place|stead)|on\s+(?:his|her|their)\s+"
                             r"behalf)\s+by\s+(?:[\w'’.-]+\s+){0,5}?$", re.I)


def led_instead_findings(s: Sentence, people: list[Person], summit_future: bool | None,
                         dead: set[str]) -> list[att.AttendanceFinding]:
    """'X is not in Bishkek; the Indian delegation is headed instead by Minister Y': Y stands in."""
    return [att._finding(p, att.sentence_status(s.text, summit_future), "led_instead", True, s, "in_person")
            for p in people if not p.former and p.person_id not in dead
            and _LED_INSTEAD_BY.search(s.text[max(0, p.start - s.start - 160): p.start - s.start])]


# 'was represented by its President, ', 'is represented by their foreign minister ': the office is the subject's
_BY_ITS = re.compile(r"\b(?:was|were|is|are|will\s+be)\s+(?:(?:also|instead|only)\s+)?(?:being\s+)?represented\s+"
                     r"(?:[\w'’-]+\s+){0,3}?by\s+(?:its|their)\s+(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+\s*,?\s*$", re.I)
_REPRESENTED = re.compile(r"\b(?:was|were|is|are|will\s+be)\s+(?:(?:also|instead|only)\s+)?(?:being\s+)?represented\b",
                          re.I)
_BY_ITS_AFTER = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?by\s+(?:its|their)\s", re.I)
# the subject's aside: 'The Sahrawi Republic, whose admission in 1984 led Morocco to walk out of the body, '
_SUBJECT_ASIDE = re.compile(r"^\s*(?:,[^;:]{0,240}?,\s*)?$")


def _passive_subject(s: Sentence, mentions: list[Mention], at: int) -> Mention | None:
    """The state opening the clause of the last 'was represented' before `at`, whatever aside follows it."""
    cues = list(_REPRESENTED.finditer(s.text, 0, at))
    cue = cues[-1] if cues else None
    if cue is None or not _BY_ITS_AFTER.match(s.text, cue.end()):
        return None
    clause = s.text.rfind(";", 0, cue.start()) + 1
    return next((m for m in mentions if m.kind == "country" and m.entity_id and clause <= m.start - s.start < cue.start()
                 and s.text[clause: m.start - s.start].strip(" \"“‘'").lower() in ("", "the")
                 and _SUBJECT_ASIDE.match(s.text[m.end - s.start: cue.start()])), None)


def represented_by_its(s: Sentence, mentions: list[Mention], found: list[att.AttendanceFinding],
                       countries: dict) -> list[att.AttendanceFinding]:
    """'The Sahrawi Republic, whose admission led Morocco to walk out, was represented by its President, X': X (or
    the office alone) is of the state that is the passive's subject, not of the state named inside its aside."""
    if not _REPRESENTED.search(s.text):
        return found
    out = []
    for f in found:
        p = f.person
        at = p.mention.start - s.start if p else f.span[1] - s.start
        if f.status == "absent" or (p is None and f.rule != "represented_by_office") or p is not None and not _BY_ITS.search(
                s.text[max(0, at - 160): at]):
            out.append(f)
            continue
        subject = _passive_subject(s, mentions, at)
        country = countries.get(subject.entity_id) if subject else None
        if country is None or country.id == f.country_id:
            out.append(f)
        elif p is None:
            out.append(replace(f, country_id=country.id, country=country.name))
        else:
            out.append(replace(f, country_id=country.id, country=country.name,
                               person=replace(p, country_id=country.id, country=country.name)))
    return out


# --- no attendees: left off the guest list, a request to take part denied ------------------------------------------

_OFF_THE_LIST = re.compile(
    r"^\s*(?:,[^;:]{0,200}?,\s*)?(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:again\s+|also\s+|even\s+)?"
    r"(?:not|never)\s+(?:been\s+)?(?:on|among)\s+(?:the\s+)?(?:summit['’]s\s+)?(?:guest\s+list|invitation\s+list|list\s+of\s+"
    r"(?:guests|invitees)|invitees|guests)\b|"
    r"(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:again\s+|also\s+)?)?(?:left|kept|struck|dropped)\s+off\s+"
    r"the\s+(?:guest\s+|invitation\s+)?list\b)", re.I)
# 'who had asked to address the leaders by telephone, was not allowed to', 'asked to join the talks but was refused',
# 'was refused permission to attend', 'had sought to speak by video link, but the request was turned down'
_DENIED = re.compile(
    r"^\s*(?:['’]s?\s+)?(?:,[^,;:]{0,80}(?=,\s*who\b))?(?:,\s*who\s+)?(?:(?:had|has|have)\s+)?(?:asked|requested|sought|applied|wanted|hoped|offered|"
    r"(?:request|bid|plea|application|offer)\s+)(?:\s*permission)?\s*to\s+(?:address|speak|attend|join|take\s+part|"
    r"participate|appear)\b[^.;]{0,100}?(?:(?:was|were|is|had\s+been|has\s+been)\s+(?:not\s+(?:allowed|permitted)|refused|"
    r"denied|turned\s+down|rebuffed|rejected|declined)\b|\b(?:but|and)\s+(?:the|this|that|his|her|their)\s+"
    r"(?:request|bid|plea|application|offer)\s+was\s+(?:refused|denied|turned\s+down|rebuffed|rejected|declined)\b)|"
    r"^\s*(?:,[^;:]{0,200}?,\s*)?(?:was|were|has\s+been|had\s+been)\s+(?:refused|denied)\s+(?:permission|leave|"
    r"the\s+right|a\s+(?:seat|place|chance))\s+to\s+(?:address|speak|attend|join|take\s+part|participate)\b", re.I)


def no_attendees(s: Sentence, found: list[att.AttendanceFinding]) -> list[att.AttendanceFinding]:
    """Drop the findings of one left off the guest list ('X is not on the guest list') or whose request to take part
    was denied ('X, who had asked to address the leaders by telephone, was not allowed to')."""
    if not found:
        return found
    low = s.text.lower()
    if "list" not in low and not any(w in low for w in ("allowed", "permitted", "refused", "denied", "turned down",
                                                          "rebuffed", "rejected", "declined")):
        return found
    return [f for f in found if f.person is None or not (
        _OFF_THE_LIST.match(s.text[f.person.mention.end - s.start:])
        or _DENIED.match(s.text[f.person.mention.end - s.start:]))]


def revise(ref: Reference, s: Sentence, mentions: list[Mention], people: list[Person], found: list[att.AttendanceFinding],
           before: list[att.AttendanceFinding], previous: list[Person], host_city: str | None, host_country: str | None,
           summit_future: bool | None, dead: set[str], year: str | None = None) -> list[att.AttendanceFinding]:
    """Add a sentence's findings told by a pronoun's video link, by place and by a departure, and weigh them all."""
    found = found + pronoun_video_findings(s, people, previous, summit_future, dead)
    found = found + led_instead_findings(s, people, summit_future, dead)
    found = found + place_absences(s, mentions, people, host_city, host_country, dead, ref.countries)
    found = departed_not_absent(found + departure_findings(s, mentions, people, host_city, summit_future, dead))
    found = weigh_hedged(s, people, found, summit_future, dead, year)
    found = represented_by_its(s, mentions, stand_in_country(s, found, before), ref.countries)
    return no_attendees(s, found)
