"""Presence told by what one did at the summit or where one was (round 42), joined into `attendance.ATTEND` next to
`attendance_acts`; their past forms join `attendance.PAST`, so a report's sentence about them is no future.

Each is a family of frames, not one sentence's wording:
- a roster set at the summit's place or table: 'Other leaders at the lakeside resort included A and B', 'Heads of
  state at the gala dinner included', 'Among the other leaders at the palace were', the place first: 'Also at the
  summit were', 'Others at the resort were', 'X was among those at the dinner', a sighting: 'were spotted at the
  resort' (not 'leaders at the time', 'at the 2019 summit', 'at the last summit');
- a meeting act with the others there: 'the brief handshake between A and B on Monday', 'X shook hands with Y',
  'Z exchanged pleasantries with the host' (a handshake of another year or place is caught by the date checks);
- the sessions steered: 'X steered the sessions', 'Y presided over the closing plenary', 'Z moderated the
  proceedings', 'W co-chaired the deliberations' (the summit's sittings, not 'steered the economy');
- leaving early, which says one was there: 'X cut his trip short', 'Y flew home early', 'Z left the summit before
  it ended', 'the summit she had just left', 'W walked out of the session', 'V departed before the end of the
  summit', 'U left early, citing the floods' (not 'left early for the summit', 'flew home before the summit began',
  an absence read by `attendance.ABSENT`);
- a sitting in: 'leaving her deputy to sit in on the leaders' retreat', 'Y sat in at the closing session';
- at a leader's side: 'A and B will be at the president's side', 'C was at her side' (a be-verb, not the figurative
  'stood by his side');
- coming in a capacity, ahead: 'X is coming as caretaker prime minister', 'Y is coming to Rome' (the present
  progressive of a preview, as 'came as' is the report's).
"""

from __future__ import annotations

import re

from pipeline.model import Person, Sentence

# the summit's places and sittings a roster can be set at: 'at the lake', 'at the banquet', 'at the table'
_PLACE = (r"(?:lake|lakeside|resort|venue|table|palace|hotel|cent(?:re|er)|hall|retreat|dinner|banquet|lunch(?:eon)?|"
          r"reception|ceremony|opening|session|summit|meeting|gathering|forum|conference|castle|estate|complex|villa|"
          r"residence|chateau|château|compound|plenary)")
_GROUP = r"(?:leaders|heads\s+of\s+(?:state|government)|guests|others|dignitaries|presidents|prime\s+ministers)"
# up to two words before the place, none of them dating it to another meeting ('the lakeside', not 'the 2019', 'last')
_MODS = r"(?:(?!(?:last|previous|next|earlier|past|former|\d)\w*\b)[\w'’-]+\s+){0,2}?"
_SITTINGS = r"(?:sessions?|proceedings|summit|deliberations|plenary|assembly|meeting|discussions)"

# leaving the summit early, the one rule of it (a presence here, and the departure findings of `attendance_weighing`):
# 'left the summit early', 'departed the meeting before the vote', 'will leave the two-day summit early', 'is leaving
# the talks before the closing dinner' (the summit unnamed: 'who left the Quebec summit early' is another meeting's)
LEFT_SUMMIT_EARLY = (r"(?:left|departed|leaves|will\s+leave|is\s+leaving)\s+the\s+(?:(?-i:[a-z])[\w-]*\s+)?"
                     r"(?:summit|meeting|talks|session|gathering|retreat)\s+(?:early|before)\b")

PRESENCE_ATTEND = (
    # a roster at the summit's place: 'leaders at the lake included', 'among the other leaders at the resort were'
    r"\b(?:" + _GROUP + r"|those)\s+(?:present\s+)?at\s+the\s+" + _MODS + _PLACE + r"\s+(?:also\s+)?"
    r"(?:will\s+)?(?:included|include|includes)\b|"
    # the place first: 'Also at the summit were A and B', 'Among those at the dinner were', 'Others at the resort were'
    r"\b(?:also|among\s+(?:those|others|the\s+(?:other\s+)?" + _GROUP + r")|others|those)\s+(?:present\s+)?at\s+the\s+"
    + _MODS + _PLACE + r"\s+(?:were|was|are|is)\b|"
    # one among them: 'X was among those at the banquet', 'Y was among the leaders at the resort'
    r"\b(?:was|were|is|are)\s+(?:also\s+)?among\s+(?:those|the\s+(?:other\s+)?" + _GROUP + r")\s+(?:present\s+)?at\s+the\s+"
    + _MODS + _PLACE + r"\b|"
    # a sighting there: 'A and B were spotted at the resort', 'Z was pictured arriving at the venue'
    r"\b(?:seen|spotted|glimpsed|photographed|pictured)\s+(?:[\w'’-]+\s+){0,3}?(?:at|in|into)\s+the\s+" + _MODS
    + r"(?:venue|summit|resort|hall|banquet|dinner|session|plenary|convention\s+cent(?:re|er)|conference\s+cent(?:re|er))\b|"
    # a handshake with the others there: 'the handshake between A and B', 'shook hands with', 'exchanged greetings with'
    r"\bhandshakes?\s+(?:between|with)\b|\bsh(?:ook|akes?|aking)\s+hands\s+with\b|"
    r"\bexchang(?:ed|es|ing)\s+(?:a\s+)?(?:[\w-]+\s+)?(?:handshakes?|greetings|pleasantries)\s+with\b|"
    # the sittings steered: 'steered the sessions', 'presided over the plenary', 'moderated the proceedings'
    r"\b(?:steer(?:s|ed|ing)?|presid(?:es|ed|ing)\s+over|moderat(?:es|ed|ing)|co-?chair(?:s|ed|ing)?|"
    r"conduct(?:s|ed|ing)?)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?" + _SITTINGS + r"\b|"
    # leaving early: 'cut his trip short', 'cut short her stay', 'flew home early', 'left the summit before it ended'
    r"\bcut\s+(?:his|her|their|its)\s+(?:[\w-]+\s+)?(?:trip|stay|visit|attendance|participation)\s+short\b|"
    r"\bcut\s+short\s+(?:his|her|their|its)\s+(?:[\w-]+\s+)?(?:stay|attendance|participation)\b(?!\s+(?:in|at)\s+(?!the\b))|"
    r"\b(?:flew|fly|flies|flying|went|returned|return(?:s|ing)?|head(?:ed|s|ing)?)\s+(?:back\s+)?home\s+early\b|"
    r"\b" + LEFT_SUMMIT_EARLY + r"|"
    r"\b(?:summit|meeting|gathering|talks)\s+(?:that\s+|which\s+)?(?:he|she|they)\s+had\s+(?:just\s+)?left\b|"
    # 'departed on Sunday before the end of the summit', 'left early, citing the crisis' (not 'left early for the summit',
    # a setting off)
    r"\b(?:left|departed|flew\s+out)\s+(?:[\w'’-]+\s+){0,4}?before\s+the\s+(?:end|close)\s+of\s+the\s+(?:[\w'’-]+\s+)?"
    r"(?:summit|meeting|talks|gathering|sessions?)\b|"
    r"\b(?:left|departed)\s+early(?=\s*[,;.]|\s+(?:to|citing|because|as|and)\b)|"
    r"\b(?:walked|stormed|strode)\s+out\s+of\s+(?:the|a)\s+(?:(?-i:[a-z])[\w'’-]*\s+){0,2}?(?:session|meeting|summit|"
    r"talks|hall|room|dinner|plenary)\b|"
    # a sitting in: 'to sit in on the leaders' retreat', 'sat in at the closing session'
    r"\bs(?:it|its|at|itting)\s+in\s+(?:for|on|at)\s+(?:the|a|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:summit|meeting|"
    r"sessions?|talks|retreat|dinner|plenary|discussions|deliberations)\b|"
    # at a leader's side: 'will be at Reagan's side', 'was at her side'
    r"\b(?:be|is|are|was|were)\s+(?:also\s+)?at\s+(?:(?-i:[A-Z])[\w'’.-]*['’]s|his|her|the\s+(?:president|prime\s+minister|"
    r"chancellor|king|leader)['’]s)\s+side\b|"
    # coming in a capacity, ahead: 'is coming as caretaker prime minister', 'are coming to Rome'
    r"\b(?:is|are)\s+(?:also\s+)?coming\s+(?:to\s+(?-i:[A-Z])|as\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:head|leader|chair\w*|guest|representative|envoy|prime\s+minister|president|premier|"
    r"observer)\b)"
)

# the past forms, which make a report's sentence attended whatever future an aside holds ('X, who is due to stay on
# for a state visit, used the sidelines to announce ...')
PRESENCE_PAST = (
    r"\bused\s+the\s+(?:summit['’]s\s+)?(?:sidelines|margins)\b|"
    r"\bshook\s+hands\s+with\b|\bexchanged\s+(?:a\s+)?(?:[\w-]+\s+)?(?:handshakes?|greetings|pleasantries)\s+with\b|"
    r"\b(?:steered|presided\s+over|moderated|co-?chaired|conducted)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?"
    + _SITTINGS + r"\b|"
    # 'cut' is past only without a modal or 'to' before it: not 'she will cut her stay short'
    r"\b(?<!will\s)(?<!would\s)(?<!shall\s)(?<!to\s)(?<!may\s)(?<!might\s)(?<!could\s)(?<!must\s)(?<!['’]ll\s)"
    r"(?<!not\s)cut\s+(?:his|her|their|its)\s+(?:[\w-]+\s+)?(?:trip|stay|visit|attendance|participation)\s+short\b|"
    r"\b(?:flew|went|returned|headed)\s+(?:back\s+)?home\s+early\b|"
    r"\b(?:left|departed|flew\s+out)\s+(?:[\w'’-]+\s+){0,4}?before\s+the\s+(?:end|close)\s+of\s+the\s+(?:[\w'’-]+\s+)?"
    r"(?:summit|meeting|talks|gathering|sessions?)\b|"
    r"\b(?:walked|stormed|strode)\s+out\s+of\s+(?:the|a)\s+(?:(?-i:[a-z])[\w'’-]*\s+){0,2}?(?:session|meeting|summit|talks|hall|"
    r"room|dinner|plenary)\b|"
    r"\b(?:summit|meeting|gathering|talks)\s+(?:that\s+|which\s+)?(?:he|she|they)\s+had\s+(?:just\s+)?left\b"
)


# a former office-holder acting now: 'Former vice-president X again headed the island's delegation', 'ex-premier Y led
# Ruritania's delegation as the king's envoy' (not 'Former president X, who led the delegation in 2009, said')
_LEADS_NOW = re.compile(r"^\s*,?\s*(?:(?:again|also|once\s+more|once\s+again|then|instead)\s+)?(?:led|leads|headed|heads|"
                        r"(?:will|is\s+to)\s+(?:lead|head))\s+(?:the|his|her|its|their|a|(?-i:[A-Z])[\w'’.-]*['’]s)\s+"
                        r"(?:[\w'’-]+\s+){0,2}?delegation\b", re.I)


def former_leading_now(s: Sentence, p: Person) -> bool:
    """Return True when a person named by a former office is the subject of leading a delegation now, right after the
    name ('Former vice-president X again headed the delegation')."""
    return bool(_LEADS_NOW.match(s.text[p.end - s.start: p.end - s.start + 120]))


# a time clause with a subject and a past verb of its own dates its own event, not the attendance before it: 'is coming
# as caretaker prime minister after his coalition collapsed last month', 'attends because the government fell in May'
OWN_EVENT_CLAUSE = re.compile(r"\b(?:after|because|following)\s+(?:his|her|their|its|the)\s+(?:[\w'’-]+\s+){0,2}?"
                              r"(?-i:[a-z]+ed|fell|lost|won|broke\s+up)\b", re.I)


# the present progressive of a coming, a future in a preview: 'X is coming as caretaker prime minister', 'are coming
# to Rome' (joined into `attendance.FUTURE`)
PRESENCE_FUTURE = r"(?:is|are)\s+(?:also\s+)?coming\s+(?:to|as)"

# the nouns of one's own going, whose possessive owner is the one who went: 'As X's jet turned north, ... the summit
# he had just left', 'Y's motorcade swept into the venue', 'Z's handshake with the host' (joined into the exceptions of
# `attendance._POSSESSIVE_NOUN`)
OWN_PRESENCE_NOUNS = r"(?:jet|plane|aircraft|motorcade|convoy|entourage|departure|walkout|handshake)"
