"""Attendance told by rosters and arrivals in prose, kept apart from the big patterns of `attendance.py`, which joins
the cues in (`ROSTER_ATTEND`) and asks `speaker_there` before it drops a speaker.

Each is a family of frames, not one sentence's wording:
- a copular roster after a framing phrase: 'Besides A, they are X, Y and Z', 'Apart from A and B, the leaders in
  Lagos included X, Y', 'X, Y and Z are coming, as is W';
- a meeting that gathers its members: 'The closed session at the castle brought together X, Y and Z';
- arrivals told with the verb first after any 'from' phrase: 'From the southern rim came X, Y and Z, whose ...';
- acts only done at the summit itself: 'chaired both sessions of the retreat', 'stood at the end of the family
  photo', 'made her international debut', 'chatting at the palace reception', 'at the business summit, where X
  and Y spoke';
- a leader's own announced intent at the summit: 'will push allies to', 'has said he will tell the summit that';
- a speaker reporting on arrival ('said on arriving in Vilnius', 'told reporters on arrival'): no quoted outsider;
- a relative aside dating one's own arrival ('X, who arrives on Monday evening, said last month ...');
- in a preview, a present participle is the cue's tense ('X, hosting the biggest summit yet, said ...'): expected.
"""

from __future__ import annotations

import re

from pipeline.model import Person, Sentence

_BODY = (r"(?:leaders|heads\s+of\s+(?:state|government)|participants|attendees|guests|delegations|presidents|"
         r"prime\s+ministers|dignitaries)")
_PLACE = r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}"
_MEETING = r"(?:summit|session|meeting|talks|gathering|retreat|dinner|forum|conference|council|ceremony|plenary)"

ROSTER_ATTEND = (
    # a copular roster after a framing phrase: 'Besides Xi, they are ...', 'Apart from A and B, the leaders in Da
    # Lat included ...', 'In addition to the hosts, the guests will be ...'
    r"^\W*(?:besides|apart\s+from|aside\s+from|in\s+addition\s+to|other\s+than)\s+[^;:.]{1,160}?,\s*(?:they|the\s+"
    r"(?:other\s+)?" + _BODY + r"(?:\s+(?:in|at)\s+(?:the\s+)?(?:" + _PLACE + r"|" + _MEETING + r"|table))?)\s+(?:are|were|will\s+be|"
    r"includ(?:e|es|ed))\b|"
    # 'X and Y are coming, as is Z', 'W is also coming to the summit' (not 'elections are coming in May', 'coming
    # to power', 'coming under pressure')
    r"\b(?:is|are)\s+(?:also\s+)?coming(?=\s*(?:[,.;]|$)|\s+(?:too|as\s+well|in\s+person|to\s+the\s+(?:[\w'’-]+\s+)?"
    r"(?:summit|meeting|talks|gathering)|for\s+the\s+(?:[\w'’-]+\s+)?(?:summit|meeting|talks|gathering))\b)|"
    # a meeting gathering its members: 'the informal session at the palace brought together A, B and C'
    r"\b" + _MEETING + r"s?\b[^.;]{0,160}?\b(?:brought|brings|bringing|will\s+bring)\s+together\b|"
    # verb first after any 'from' phrase: 'From the eastern flank came Polish President X'
    r"^\W*from\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,5}?\s+came\s+(?=(?-i:[A-Z]))|"
    # chairing the summit's sessions: 'chaired both sessions of the retreat', 'chaired all three sessions'
    r"\bchair(?:ed|s|ing)?\s+(?:both|all|each\s+of\s+the|the\s+two|the\s+three|two|three)\s+(?:[\w'’-]+\s+){0,1}?"
    r"(?:sessions|meetings|rounds|days)\b|"
    # the family photo: 'stood at the far end of the family photo', 'during the group photo session' (not 'missed
    # the session and the family photo', 'absent from the family photo', 'not in the group photo')
    r"(?<!\bnot\s)\b(?:in|of|at|during|for|into|before)\s+the\s+(?:[\w'’-]+\s+){0,2}?(?:family|group|official)\s+"
    r"(?:photo(?:graph)?s?|picture)\b|"
    # a first appearance: 'made her international debut', 'makes his summit debut'
    r"\bma(?:de|kes|king|ke)\s+(?:his|her|their)\s+(?:[\w'’-]+\s+){0,2}?debut\b|"
    # the summit's own social events: 'chatting at the palace reception', 'mingled during the gala dinner'
    r"\b(?:chatt|mingl|talk|laugh|jok)\w*\s+(?:with\s+[^.;]{0,60}?\s+)?(?:at|during)\s+the\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:reception|banquet|gala|dinner|retreat|plenary|photo\s+session)\b|"
    # the summit as the scene of the clause after it: 'at the CEO Summit, where X and Y spoke'
    r"\bat\s+the\s+(?:[\w'’-]+\s+){0,4}?(?:summit|gathering|retreat|plenary)\s*,\s*where\s+(?=[^.;]{0,80}?"
    r"(?-i:[A-Z]))|"
    # one's own stated intent at the summit: 'will push allies to', 'will tell the summit that', 'plans to urge
    # fellow leaders to'
    r"\b(?:will|would|is\s+to|plans\s+to|intends\s+to|is\s+expected\s+to)\s+(?:also\s+)?(?:push|press|urge|lobby|"
    r"ask|tell|call\s+on)\s+(?:(?:his|her|their|fellow|the\s+other|the)\s+){0,2}(?:allies|partners|counterparts|"
    r"leaders|summit|heads\s+of\s+(?:state|government))\b|"
    # the same act done: 'pressed his partners to follow suit', 'urged fellow leaders to' (a possessive or 'fellow'
    # makes them the summit's company, not 'urged allies to' in general)
    r"\b(?:pushed|pressed|urged|lobbied|pushes|presses|urges|lobbies)\s+(?:his|her|their|fellow|the\s+other)\s+"
    r"(?:fellow\s+)?(?:allies|partners|counterparts|leaders|heads\s+of\s+(?:state|government))\s+to\b|"
    # the summit adopting one's own proposal: 'scored a win when the Assembly adopted his proposal'
    r"\bwhen\s+the\s+(?:summit|assembly|leaders|council|meeting|heads\s+of\s+(?:state|government))\s+(?:adopted|"
    r"approved|endorsed|backed|accepted)\s+(?:his|her)\s+(?:[\w-]+\s+)?(?:proposal|plan|bid|motion|resolution|"
    r"initiative|candidacy)\b"
)

# a speaker who is there: 'said on arriving in Vilnius', 'told reporters on arrival', 'said as she arrived', 'has
# said he will tell the summit that'
_SPEAKER_THERE = re.compile(
    r"^\s*,?\s*(?:(?:has|have|had)\s+)?(?:also\s+)?(?:said|says|told\s+(?:reporters|journalists|the\s+press|"
    r"the\s+media|[\w'’-]+))\s+(?:(?:on|upon)\s+(?:arriving|arrival|(?:his|her|their)\s+arrival)|as\s+(?:he|she)\s+"
    r"(?:arrived|arrives|landed|walked\s+in)|(?:that\s+)?(?:he|she)\s+(?:will|would)\s+(?:also\s+)?(?:tell|urge|press|"
    r"ask|brief|address|push)\s+(?:(?:his|her|fellow|the\s+other|the)\s+){0,2}(?:summit|leaders|allies|partners|"
    r"counterparts|meeting|gathering|heads\s+of\s+(?:state|government))\b)", re.I)


def speaker_there(after: str) -> bool:
    """Return True when the text after a name makes its speaker one who is at the summit ('said on arriving in
    Bucharest', 'told reporters on arrival', 'has said he will tell the summit')."""
    return bool(_SPEAKER_THERE.match(after))


# 'X, who arrives on Wednesday evening,': one's own arrival in an aside right after the name
_ARRIVAL_ASIDE = re.compile(
    r"^\s*,\s*who\s+(?:(?:is|was)\s+(?:due|set|expected|scheduled)\s+to\s+arrive|will\s+arrive|arrives|arrived|"
    r"flies\s+in|flew\s+in|lands|landed)\s+(?:in\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?\s+)?"
    r"(?:(?:on|late\s+on|early\s+on)\s+(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)|today|tomorrow|tonight|"
    r"this\s+(?:morning|afternoon|evening|week)|later\s+(?:today|this\s+week))\b[^,;.]{0,30},", re.I)
_PAST_ARRIVAL = re.compile(r"\b(?:arrived|flew|landed|was)\b", re.I)


def arrival_aside_findings(s: Sentence, people: list[Person], summit_future: bool | None, dead: set[str]) -> list:
    """'German Chancellor X, who arrives on Wednesday evening, said last month that ...': one whose own arrival at
    the summit, on a named day, is dated in an aside attends, whatever the main clause is dated to. Expected in a
    preview, attended in a report."""
    from pipeline import attendance as att  # attendance joins this module's cues: import it only when called

    out = []
    for p in people:
        m = _ARRIVAL_ASIDE.match(s.text[p.end - s.start:])
        if m is None or p.person_id in dead or att._former(s, p):
            continue
        status = "expected" if summit_future or (summit_future is None and not _PAST_ARRIVAL.search(m.group()))\
            else "attended"
        out.append(att._finding(p, status, "arrival_aside", False, s, "in_person"))
    return out


# a present participle cue in a preview: 'hosting the largest summit', 'attending his first summit'
# (or a tenseless noun phrase beside it: 'attending his first summit')
_PARTICIPLE_CUE = re.compile(r"^(?:hosting|attending|arriving|taking\s+part|participating|gathering|(?:his|her|their)\s+"
                             r"first\b)", re.I)


def preview_participle_status(s: Sentence, found: list, summit_future: bool | None) -> list:
    """In a preview, 'Romanian President X, hosting the largest summit yet, said the meeting showed ...': the
    attendance cue is a present participle, the past verbs ('said', 'showed') are about something else; so the
    status is the preview's, expected, not attended."""
    if summit_future is not True:
        return found
    from dataclasses import replace

    from pipeline import attendance as att

    cues = list(att.ATTEND.finditer(s.text))
    if not cues or not all(_PARTICIPLE_CUE.match(m.group(0)) for m in cues):
        return found
    return [replace(f, status="expected") if f.status == "attended" and f.rule == "attend_cue" else f for f in found]


# ', are in Bucharest', ', were already in Lima': a roster's shared predicate, being in a city
_ARE_IN = re.compile(r"\s*,?\s+(?:are|were)\s+(?:already\s+|also\s+|now\s+|both\s+|all\s+){0,2}in\s+$", re.I)
_LIST_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,2}['’]s\s+)?$")
_APPOSITION_OPEN = re.compile(r"^\W*(?:their|its|the\s+two|both)\s+(?:[\w'’-]+\s+){0,2}?(?:prime\s+ministers|presidents|"
                              r"leaders|premiers|heads\s+of\s+(?:state|government)|chancellors)\s*,\s*$", re.I)


def roster_in_host_city(s: Sentence, mentions: list, people: list[Person], host_city: str | None,
                        summit_future: bool | None, dead: set[str]) -> list:
    """'Their prime ministers, X and Y, are in Bucharest': a roster in apposition to a plural of offices, whose
    shared predicate is being in the host city. Each item attends (expected in a preview)."""
    if not host_city or len(people) < 2:
        return []
    from pipeline import attendance as att

    for c in mentions:
        if c.kind != "city" or host_city not in (c.entity_id, c.canonical, c.text):
            continue
        before = s.text[: c.start - s.start]
        cue = _ARE_IN.search(before)
        items = [p for p in people if p.end - s.start <= (cue.start() if cue else -1)]
        if cue is None or len(items) < 2 or s.text[items[-1].end - s.start: cue.start()].strip(" ,"):
            continue
        if not _APPOSITION_OPEN.match(s.text[: items[0].start - s.start]):
            continue
        if not all(_LIST_GAP.match(s.text[a.end - s.start: b.start - s.start]) for a, b in zip(items, items[1:], strict=False)):
            continue
        status = "expected" if summit_future else "attended"
        return [att._finding(p, status, "in_host_city", False, s, "in_person") for p in items
                if p.person_id not in dead and not att._former(s, p)]
    return []

