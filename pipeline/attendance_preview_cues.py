"""Attendance cues of preview prose (blind round 36), kept apart from the big patterns of `attendance.py`, which joins
them in next to `attendance_cues`.

Each is a family of frames a 'who is coming' story uses, not one sentence's wording:
- a roster of confirmations: 'Among those confirmed by the hosts are A and B';
- a confirmed list closed by its verb: 'A, B and C have all confirmed.', 'A and B have also confirmed.';
- a trip promised despite a hitch: 'X will travel despite a back injury', 'Y will still travel';
- a first visit as a leader: 'X makes her first visit to Brazil as president';
- presence in the host city: 'A and B are also in the city.', 'X is already in town.';
- a day's sessions joined: 'A and B also joined Tuesday's sessions';
- stand-ins going in a leader's place: 'Vice-President A and Minister B will go in his place';
- a team's head: 'Foreign Minister X heads the Russian team', 'Y will lead the Indian team';
- a summit to be missed: 'without saying why X would miss a G20 summit';
- (round 43) a plan kept ('still intends to fly in'), a coming ('is coming in any case'), an arrival on a named day
  ('lands Sunday'), a seat promised ('Also at the table will be X').
"""

from __future__ import annotations

# a roster of confirmations: 'Among those confirmed by the Kremlin are', 'Leaders already confirmed include'
CONFIRMED_ROSTER = (r"^\W*(?:among\s+)?(?:the\s+)?(?:those|leaders|guests|heads\s+of\s+(?:state|government))\s+"
                    r"(?:already\s+)?confirmed\b[^.;:]{0,60}?\b(?:are|were|include|included|includes)\b")

PREVIEW_ATTEND = (
    CONFIRMED_ROSTER + "|"
    # 'A, B and C have all confirmed.', 'A and B have also confirmed;' (a verb closing its clause, no object; one
    # name's 'X has confirmed' stays a speaker's verb)
    r"\bhave\s+(?:all\s+|both\s+|also\s+|already\s+)?confirmed(?=\s*(?:[.;]|$))|"
    # 'X will travel despite an injury', 'Y will still travel.', 'Z will travel in person'
    r"\bwill\s+(?:still\s+|also\s+)?travel(?=\s*(?:[.;]|$)|\s+(?:despite|in\s+person|anyway|regardless|after\s+all)\b)|"
    # 'X makes his first visit to India as prime minister' (a first visit in office: a trip to the summit's host)
    r"\bma(?:kes?|king)\s+(?:his|her)\s+first\s+(?:visit|trip)\s+to\s+(?-i:[A-Z])[\w'’-]*\s+as\s+|"
    # 'A, B and C are also in the city.', 'X is already in town': present at the venue, the clause closing there
    r"\b(?:is|are|was|were)\s+(?:also\s+|already\s+|all\s+)?in\s+(?:the\s+city|town|the\s+capital)(?=\s*(?:[.;]|$))|"
    # a day's sessions: 'also joined Wednesday's sessions', 'joined the day's talks'
    r"\bjoin(?:ed|s|ing)?\s+(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|the\s+day)['’]s\s+(?:[\w-]+\s+)?"
    r"(?:sessions?|talks|meetings?|deliberations)\b|"
    # a plan kept: 'she still intends to fly in', 'he plans to come after all'
    r"\b(?:still\s+)?(?:intends?|plans?)\s+to\s+(?:fly\s+in|come|attend|be\s+there)\b|"
    # 'X is coming in any case', 'A and B are both coming.': a coming with no other goal named
    r"\b(?:is|are)\s+(?:both\s+|all\s+|also\s+|still\s+)?coming(?=\s*(?:[.;,]|$)|\s+(?:in\s+any\s+case|anyway|regardless|"
    r"too|as\s+well|with\s+the)\b)|"
    # an arrival on a named day: 'X lands Sunday', 'Y flies in on Monday', 'Z lands tomorrow'
    r"\b(?:lands|flies\s+in)\s+(?:on\s+)?(?:(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)|tomorrow|tonight)\b|"
    # a seat promised: 'Also at the table will be X', 'At the table will be A and B'
    r"\bat\s+the\s+table\s+will\s+be\b"
)

PREVIEW_REPRESENT = (
    # 'A and B will go in his place', 'Minister Y travels in her stead'
    r"\b(?:will\s+)?(?:go|goes|travel|travels|attend|attends)\s+in\s+(?:his|her|their)\s+(?:place|stead)\b|"
    # 'Foreign Minister X heads the Russian team', 'Y will lead the country's team'
    # (a country's team, not a sports side: 'heads the football team')
    r"\b(?:will\s+)?(?:lead|leads|head|heads)\s+(?:the\s+(?-i:[A-Z])[\w'’-]*|its|their|(?-i:[A-Z])[\w'’-]*['’]s)\s+"
    r"(?:(?:national|negotiating|official)\s+)?team\b"
)

PREVIEW_ABSENT = (
    # 'without saying why X would miss a G20 summit', 'Y will miss this year's meeting' (the article's 'a' or 'this')
    r"\b(?:would|will|to)\s+miss\s+(?:a|the|this|this\s+year['’]s)\s+(?:[\w-]+\s+){0,2}?(?:summit|meeting|gathering)\b"
)

