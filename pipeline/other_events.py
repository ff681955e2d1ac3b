"""Frames that tie an attendance cue or a date to another event than the summit the article reports."""

from __future__ import annotations

import re

_MEETING = r"(?:summits?|meetings?|sessions?|gatherings?|conferences?|congress|forums?)"

# the cue's object is an event of another kind: 'will attend the Victory Day parade', 'is to host the main festivities',
# 'attended the state funeral'
OTHER_KIND_AFTER = re.compile(r"^\W*(?:in\s+|at\s+)?the\s+(?:[\w'’-]+\s+){0,3}?(?:parades?|funerals?|weddings?|"
                              r"festivals?|festivities|celebrations|concerts?|rallies|rally|coronation)\b", re.I)

# a passive participle on the event named after 'after'/'before': 'days after the forum in Oslo, attended by X', 'a week
# before the trade fair in Lyon, opened on 3 May by X'; not 'after the summit, attended by', not 'days before an
# election, chaired the session'
AFTER_OTHER_EVENT_BEFORE = re.compile(r"\b(?:after|before)\s+(?:the|a|an)\s+(?!(?:[\w'’-]+\s+){0,2}?summits?\b)"
                                      r"[^.;,]{3,160},\s*(?:which\s+(?:was|were)\s+)?(?:attended|held|hosted|chaired|"
                                      r"opened|addressed)\s+(?:on\s+|by\s+)?$", re.I)
# the agent of that participle follows the cue: 'attended on 4 June by', 'attended by'
PASSIVE_AGENT_AFTER = re.compile(r"^\s+(?:on\s+[^,;.]{1,30}?\s+)?by\b", re.I)

# ministers by portfolio: 'foreign ministers', 'defence ministers' (summit.py reads their meetings with it too)
MINISTERS = r"(?:foreign|finance|defen[cs]e|trade|economy|health|interior)\s+ministers"
# ministers as the subject of their own meeting: 'Defence ministers held a video call on 3 May, chaired by X'
MINISTERS_MET_BEFORE = re.compile(r"\b" + MINISTERS + r"\b(?:(?!summit)"
                                  r"[^.;]){0,60}?\b(?:held|met|convened|gathered)\b(?:(?!summit)[^.;]){0,100}$", re.I)

# a meeting named before, taken up by 'that': 'That meeting was hosted by X', 'That dinner was chaired by X'
THAT_MEETING_BEFORE = re.compile(r"^\W*that\s+(?:[\w-]+\s+)?(?:meetings?|gatherings?|sessions?|dinner|talks|conference)\s+"
                                 r"(?:was|were|had\s+been)\s+(?:also\s+)?$", re.I)

# a boundary in the past, read before a date with its year: 'has led the council since the Tbilisi summit in May 2009'
SINCE_MEETING_BEFORE = re.compile(r"\bsince\s+(?:the|its|their|that)\s+(?:[\w'’.-]+\s+){1,3}?" + _MEETING +
                                  r"\s*,?\s+(?:(?:held\s+)?(?:in|at)\s+[\w'’.-]+\s+)?(?:(?:in|on|of)\s+)?$", re.I)

# an outbreak dates a war or a crisis, never a summit: 'the fighting, which erupted on 3 May', 'since unrest flared up'
OUTBREAK_BEFORE = re.compile(r"\b(?:erupted|broke\s+out|flared\s+up)\s+(?:on\s+|in\s+)?$", re.I)
