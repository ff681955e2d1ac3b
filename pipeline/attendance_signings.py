"""Attendance told in a report by the summit's own acts, added on round 43 and joined into `attendance.py`'s patterns.

Each is a family of frames, not one sentence's wording:
- a roster of signers: 'Signing the documents in the hall were X of A; B's Prime Minister, Y; and Z', 'The
  signatories were X; Y, elected three weeks ago; and Z';
- leaders signing the founding text: 'A, B and C on Thursday signed the treaty', 'signed the charter' (a treaty, an
  accord, a charter, a pact, the documents; a plain 'agreement' may be a deal made anywhere);
- seats at the summit's table: 'who was seated alongside President X', 'sat at the leaders' table', 'The
  Community had two places: X and Y';
- a day spent with the leaders at the venue: 'spent much of yesterday at Lancaster House with the leaders of';
- the report's tense (`REPORT_PAST`): 'led the delegation', 'sat at', 'was seated', 'presided over', 'briefed
  the leaders', 'signed', 'Among those present were' are past acts at the summit, whatever date the summit is
  given;
- and one history kept out (`continues_founding`): the acts of a founding told in the sentence after the one that
  dates it ('NATO was created in 1949, when ... Dean Acheson signed for the United States').
"""

from __future__ import annotations

import re

_TEXT = (r"(?:treaty|treaties|accords?|charter|pact|documents|concord|protocol|convention|declaration|communiqu[eé]|"
         r"instruments?)")
_SEAT_TABLE = r"(?:table|dais|podium|platform|head\s+table|conference\s+table)"
_MONTH = r"(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_OWN_OPENER = (r"\W*(?:on|in|at|earlier|last)\b[^.;]{0,50}?(?:\b(?:in|at)\s+(?-i:[A-Z])|\b" + _MONTH + r"\s+\d|"
               r"\b\d{1,2}\s+" + _MONTH + r"|\b(?:19|20)\d\d\b)")
# the summit's own room, not another time's ('Also at the 2019 summit were', 'at the last meeting')
_THIS_ONE = r"(?:(?!(?:19|20)\d\d\b|last\b|previous\b|next\b|first\b|earlier\b|past\b)[\w'’-]+\s+){0,2}?"
_ROOM = r"(?:hall|room|chamber|table|summit|meeting|conference|session|assembly|ceremony|plenary)"

REPORT_ATTEND = (
    # 'Signing the documents in the hall were ...', 'Signing for their countries were ...'
    r"^\W*signing\s+(?:the\s+)?[^.;:]{0,100}?\s(?:were|was)\s+(?=(?:the\s+)?(?-i:[A-Z]))|"
    # 'The signatories were ...', 'Signatories included ...'
    # (not a roster of long ago: 'The signatories were A, B and, for C, the then Deputy Prime Minister, D')
    r"\bsignator(?:y|ies)\s+(?:(?:to|of)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?)?(?:were|was|included|include)\b"
    r"(?![^;]*\b(?:the\s+then|then-)\s)|"
    # 'was the first to sign', 'was the last leader to sign the charter'
    r"\b(?:was|were)\s+(?:the\s+)?(?:first|last|next)\s+(?:[\w'’-]+\s+){0,2}?to\s+sign\b|"
    # 'A, B and C on Thursday signed the treaty', 'signed in the capital the founding charter' (not a signing the sentence opens by
    # its own place or date: 'On Saturday, in Niamey, A and B signed a treaty', 'On May 29 in Astana, ... signed')
    r"^(?!" + _OWN_OPENER + r")[^.;]*?\bsigned\s+(?:(?:in|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?)?(?:the|its|their)\s+"
    r"(?:[\w'’-]+\s+){0,3}?" + _TEXT + r"\b|"
    # 'who was seated alongside President X', 'X, seated at the leaders' table,', 'seated at Carter's left', 'sat
    # next to Y', 'sat at the leaders' table'
    r"\bseated\s+(?:alongside|beside|next\s+to|between|at\s+the\s+(?:[\w'’-]+\s+){0,2}?" + _SEAT_TABLE + r"|"
    r"(?:at|on|to)\s+(?:(?-i:[A-Z])[\w.-]*\s+){0,2}?(?-i:[A-Z])[\w.-]*['’]s?\s+(?:left|right)(?:\s+hand)?)\b|"
    r"\bsat\s+(?:alongside|beside|next\s+to|between)\s+(?=(?:the\s+)?(?-i:[A-Z]))|"
    r"\bsat\s+at\s+the\s+(?:[\w'’-]+\s+){0,2}?" + _SEAT_TABLE + r"\b|"
    # 'The European Community had two places: X and Y', 'had three seats at the table'
    r"\bhad\s+(?:two|three|four|five|\d)\s+(?:places|seats)\b(?:\s+at\s+the\s+" + _SEAT_TABLE + r")?\s*[:,-]|"
    # 'spent much of yesterday at Lancaster House with the leaders of the seven'
    r"\bspent\s+(?:(?:much|most|part|all)\s+of\s+)?(?:the\s+)?(?:day|yesterday|today|morning|afternoon|evening|"
    r"\w+day)\s+(?:(?:at|in)\s+[^.;]{1,60}?\s)?with\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:leaders|heads\s+of\s+"
    r"(?:state|government)|summit)\b|"
    # 'Others in the hall included X; Y; and Z', 'Those at the table were': the company in the summit's own room
    r"^\W*(?:others|those|also)\s+(?:present\s+)?(?:in|at|around)\s+the\s+" + _THIS_ONE + _ROOM
    + r"\s+(?:included|include|were)\b|"
    # 'presided over the working sessions', 'briefed the leaders on'
    r"\bpresided\s+over\s+(?:the|its|their|both|all)\s+(?:[\w'’-]+\s+){0,2}?(?:sessions?|summit|meeting|talks|"
    r"deliberations|proceedings|conference|gathering)\b|"
    r"\bbriefed\s+(?:the\s+)?(?:assembled\s+|fellow\s+|other\s+)?(?:leaders|heads\s+of\s+(?:state|government)|summit)\b"
)

REPORT_PAST = (
    r"\bled\s+(?:the|its|his|her|their|(?-i:[A-Z])[\w'’-]*['’]s)\s+(?:[\w'’-]+\s+){0,2}?delegation\b|"
    r"\b(?:was|were)\s+(?:the\s+)?(?:first|last|next)\s+(?:[\w'’-]+\s+){0,2}?to\s+sign\b|"
    r"\b(?:was|were)\s+(?:also\s+)?seated\b|,\s*seated\s+(?:at|alongside|beside|next\s+to|between)\b|"
    r"\bsat\s+(?:at|alongside|beside|next\s+to|between)\b|"
    r"\bpresided\s+over\b|\bbriefed\s+(?:the\s+)?(?:leaders|heads|summit)\b|\bsigned\s+(?:the|its|their)\b|"
    r"\b(?:among\s+)?those\s+(?:present|attending|in\s+attendance)\s+(?:were|included)\b|"
    r"^\W*(?:others|those|also)\s+(?:present\s+)?(?:in|at|around)\s+the\s+" + _THIS_ONE + _ROOM
    + r"\s+(?:included|were)\b|"
    r"^\W*signing\s+[^.;:]{0,100}?\swere\b|\bsignatories\s+were\b|\bhad\s+(?:two|three|four|five|\d)\s+(?:places|seats)\b"
)

# a report's participle aside: 'X, attending his first alliance summit since 2019, was due to see Y' (the aside is
# the attendance; the future after it is another act's)
REPORT_ATTENDING = re.compile(r",\s*attending\s+(?:his|her|their|its)\s+(?:[\w'’-]+\s+){0,3}?"
                              r"(?:summit|meeting|gathering|session|talks)\b", re.I)


# a sentence telling how the body began, dated to its own year: 'NATO was created on April 4, 1949, when 12 nations
# signed the treaty', 'The bloc was founded in Bangkok in 1967'
_FOUNDING_DATED = re.compile(r"\b(?:was|were)\s+(?:first\s+)?(?:founded|created|established|set\s+up|formed|born|"
                             r"launched)\b[^.;]{0,80}?\b((?:19|20)\d\d)\b", re.I)
# the next sentence's own time: a year, a weekday, 'today', 'this week', a present or future verb
_OWN_TIME = re.compile(r"\b(?:(?:19|20)\d\d|today|tonight|yesterday|tomorrow|now|this\s+(?:week|year|month|morning|"
                       r"afternoon|evening)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|will|is|are|has|have)\b", re.I)
# the acts of a founding told in the sentence after it: 'X signed for the United States', 'Y attended the ceremony',
# 'The signatories were A, B and C'
_FOUNDING_ACT = re.compile(r"\bsign(?:ed|atories)\b|\b(?:attended|witnessed)\s+the\s+(?:[\w-]+\s+)?(?:ceremony|signing)\b",
                           re.I)


def continues_founding(text: str, prev_text: str | None, years: frozenset[str]) -> bool:
    """Return True for a sentence that tells the acts of a founding the sentence before dates to another year.

    'NATO was created on April 4, 1949, when 12 nations signed the treaty. Dean Acheson signed for the United
    States, and Harry S. Truman attended the ceremony.': the two were at the founding, not at this summit. The
    sentence must set no time of its own ('The leaders signed the charter on Tuesday' is this summit's).
    """
    if not prev_text or not _FOUNDING_ACT.search(text) or _OWN_TIME.search(text):
        return False
    dated = _FOUNDING_DATED.search(prev_text)
    return bool(dated and dated.group(1) not in years)
