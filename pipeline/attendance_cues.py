"""Attendance cues added on blind round 29, kept apart from the big patterns of `attendance.py`, which joins them in.

Each is a family of frames, not one sentence's wording:
- arrivals told with the verb first ('From Asia came the leaders of A and B -- X, Y', 'Then came the presidents');
- signatories in the passive ('The accords were signed by President X, Prime Minister Y and Z', 'will be signed by');
- witnesses of a signing at the ceremony ('X watched as his foreign minister signed', 'stood beside Y as she signed');
- the summit used as a platform ('X used the summit to press his bid', 'is using the gathering to lobby');
- a delegation's head in a participle ('Its delegation, headed by Minister X, said', 'The delegation of Chad, headed by Y', 'a delegation led by Z').
"""

from __future__ import annotations

import re

_GROUP = (r"(?:leaders|presidents|prime\s+ministers|premiers|heads\s+of\s+(?:state|government)|delegations|guests|"
          r"kings|emirs|monarchs|chancellors)")

MORE_ATTEND = (
    # verb first: 'From Africa came ...', 'Then came ...', 'Also came ...', 'came the four leaders of ...'
    r"^\W*(?:from\s+(?-i:[A-Z])[^,;.:]{0,40}?|also|then|next|and\s+then|last|finally)\s+came\s+(?=(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,4}?" + _GROUP + r"\b|(?-i:[A-Z])(?![\w.-]*['’]s\b))|"
    r"\bcame\s+the\s+(?:[\w'’-]+\s+){0,3}?" + _GROUP + r"\b|"
    # passive signatories, done or to come: 'were signed by', 'will be signed by', 'was co-signed on Friday by'
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been|will\s+be|are\s+to\s+be|is\s+to\s+be)\s+(?:also\s+|jointly\s+)?"
    r"(?:co-?)?signed\s+(?:(?:on\s+(?-i:[A-Z])\w+|today|yesterday|there|here|in\s+person)\s+)?by\b|"
    # witnesses of a signing: 'watched as A and B signed', 'looked on as ...', 'stood beside X as he signed'
    r"\b(?:watch(?:ed|es|ing)|look(?:ed|s|ing)\s+on|st(?:ood|ands|anding)\s+(?:beside|next\s+to|alongside|behind)\s+"
    r"[^.;]{1,60}?)\s+(?:as|while)\s+[^.;]{0,160}?\bsign(?:ed|s|ing)?\b|"
    # the summit as a platform: 'used the summit to', 'is using the gathering to'
    r"\bus(?:e|ed|es|ing)\s+(?:the|this|this\s+week['’]s|the\s+two-day|its)\s+(?:[\w'’-]+\s+){0,2}?(?:summit|meeting|"
    r"gathering|session|talks|forum|sidelines)\s+(?:as\s+(?:a|an)\s+[\w-]+\s+)?to\b|"
    # the host receiving arrivals at a named place: 'King X received at the Y Air Base President A, King B and C'
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)\breceived\s+(?:at|in)\s+(?:the\s+)?(?-i:[A-Z])|"
    # a confirmed attendee: 'X is also confirmed.', 'Y has been confirmed to attend'
    r"\b(?:is|are|has\s+been|have\s+been)\s+(?:also\s+)?confirmed(?=\s*(?:[.;]|$)|\s+(?:to\s+attend|to\s+take\s+part|"
    r"for\s+the\s+(?:summit|meeting|talks|gathering)))|"
    # one due to report to the leaders: 'will brief leaders on', 'is to update the heads of state'
    r"\b(?:will|is\s+to|are\s+to|to)\s+(?:also\s+)?(?:brief|update|tell)\s+(?:the\s+)?(?:fellow\s+)?(?:leaders|"
    r"heads\s+of\s+(?:state|government)|delegates|summit)\b|"
    # an arrival on the timetable: 'X is scheduled to land at the airport on Thursday', 'A and B, who are both due on
    # Wednesday evening'
    r"\b(?:is|are)\s+(?:scheduled|due|expected|set)\s+to\s+(?:land|fly\s+in|touch\s+down)\b|"
    r"\b(?:is|are)\s+(?:both\s+|all\s+|also\s+)?due\s+(?:in\s+(?-i:[A-Z])\w+\s+)?(?:on\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day)|"
    r"later\s+today|tomorrow|tonight|this\s+(?:evening|afternoon|morning))\b|"
    # the seats told, verb first: 'Around the horseshoe sat A of X; B ...', 'At the table were A and B'
    r"^\W*(?:around|round|at)\s+the\s+(?:[\w'’-]+\s+){0,2}?(?:table|horseshoe|circle)\s+(?:(?:this|that|on)\s+\w+\s+)?(?:sat|were|stood)\b|"
    # arrivals told verb first: 'Landing at Entebbe on Thursday were A and B', 'Already in Sirte by this evening were
    # A, B and C', 'Up the steps, in order, came A; B; ...'
    # 'Also present from the four countries were A, B and C', 'Present at the talks were ...'
    r"^\W*(?:also\s+)?present\s+(?:from|at|for|on\s+behalf\s+of)\s+(?:(?!\b(?:19|20)\d{2}\b|\blast\s+(?:year|month|week)|\bago\b|"
    r"\bprevious\b|\binaugural\b|\bfirst\b)[^;.:]){0,60}?\b(?:were|was)\s+(?=(?:[\w.'’-]+\s+){0,3}?(?-i:[A-Z]))|"
    r"^\W*(?:already\s+(?:in|at)|landing\s+(?:at|in)|arriving\s+(?:at|in)|up\s+the\s+(?:steps|stairs|red\s+carpet))\s+"
    r"[^;.:]{0,60}?\b(?:were|was|came|sat)\s+(?=(?:[\w.'’-]+\s+){0,3}?(?-i:[A-Z]))|"
    # a leader's party: 'Mr A, the Foreign Secretary, and Sir B are with her'; 'X brings Foreign Minister A and
    # Finance Minister B'; an arrival at the airport: 'X lands at the airport on Sunday'
    r"\b(?:is|are|was|were)\s+(?:also\s+|both\s+)?with\s+(?:him|her|them)(?=\s*[.;]|\s*$)|"
    r"\b(?:brings|brought|bringing)\s+(?:with\s+(?:him|her)\s+)?(?:his\s+|her\s+)?(?=(?-i:(?:[A-Z][\w-]*\s+){0,3}"
    r"(?:Minister|Secretary|Chancellor)\b)(?![^.;]*?\bto\s+(?-i:[A-Z])))|"
    r"\bland(?:s|ed|ing)?\s+at\s+the\s+(?:(?-i:[a-z])[\w-]*\s+)?(?:airport|air\s*base|airfield)\b|"
    # a seat by a leader at the table, a walk into the room: 'sat behind the President', 'sat at his elbow', 'walked
    # into the conference room this morning'
    r"\bsat\s+(?:(?:directly|just|immediately)\s+)?(?:behind|beside|next\s+to|alongside)\s+(?:the\s+)?(?-i:[A-Z])|"
    r"\bsat\s+at\s+(?:his|her|(?-i:[A-Z])[\w'’-]*['’]s)\s+(?:elbow|side|right\s+hand|left\s+hand|right|left)\b|"
    r"\b(?:walked|strode|filed|swept)\s+into\s+the\s+(?:(?:conference|meeting|plenary|assembly|council)\s+)?(?:room|hall|chamber)\b|"
    # the last of a roll: 'A of X and B completed the roll', 'Y rounded out the line-up'
    r"\b(?:completed|rounded\s+out|rounded\s+off|completes|rounds\s+out)\s+the\s+(?:roll|roll-call|line-up|lineup|guest\s+list)\b|"
    # in the room: 'A, B and C were all in the hall', 'X was in the room when ...'
    r"\b(?:was|were)\s+(?:all\s+|also\s+|both\s+)?in\s+the\s+(?:hall|room|chamber|plenary)\b|"
    # (blind round 51) a seat told verb first after its place: 'A few rows away sat X', 'Under the observer's nameplate
    # sat Y', 'Beside him stood Z'
    r"^\W*(?:at|around|round|beside|next\s+to|opposite|under|behind|across|alongside|in\s+the\s+(?:front|back|second)\s+row|"
    r"a\s+few\s+(?:rows|seats|places|chairs)\s+(?:away|along|back|down))\b[^;.:]{0,90}?,?\s+(?:sat|stood)\s+"
    r"(?=(?:[\w.'’-]+\s+){0,3}?(?-i:[A-Z]))|"
    # (session 20) a seat in the hall: 'sat in the front row', 'sat in the second row behind X', 'sat on the dais'
    r"\bsat\s+(?:in|on)\s+the\s+(?:[\w-]+\s+){0,2}?(?:rows?|dais|podium|stage)\b|"
    # came, with others or too: 'A and B both came', 'came too:', 'came with Mr X', 'as did Y' after a coming
    r"\b(?:both|all|also)\s+came\b|\bcame\s+(?:too|as\s+well|also|with\s+(?:him|her|them|(?:Mr|Mrs|Ms|Dr|President|Prime\s+Minister|"
    r"Chancellor)\.?\s+(?-i:[A-Z])))\b|"
    # with a leader: 'Cyrus Vance and W. Michael Blumenthal accompanied Mr. Carter' (not 'accompanied by')
    r"\baccompan(?:ied|ies|ying)\s+(?!by\b)(?:(?:the|his|her)\s+)?(?:(?:Mr|Mrs|Ms|Dr|President|Prime\s+Minister|Chancellor|Premier|"
    r"King|Emir|(?-i:[a-z]+)\s+(?:president|prime\s+minister|leader))\.?\s+)?(?-i:[A-Z])|"
    # the first of a state's leaders in years: 'became the first Indian prime minister to attend since X'
    r"\bbecame\s+the\s+first\s+[^.;]{0,60}?\s+to\s+(?:attend|come|take\s+part|participate)\b|"
    # a state's side at the table: 'X, the Finance Minister, led the German side'
    r"\bled\s+the\s+(?:[\w-]+\s+){0,2}?(?:side|team)\b(?!\s+(?:to|in)\s+(?:victory|the\s+(?:final|league|cup|world)))|"
    # (blind round 57) the host at the door: 'who had greeted each delegation on the steps'; a seat told by its distance:
    # 'who sat three seats away'; a departure right after a session: 'flew back to Yerevan straight after the restricted
    # session'; most of the meeting spent: 'spent much of the summit in side rooms'; a first appearance; a speech given
    r"\bgreet(?:ed|s|ing)\s+(?:each|every|the|arriving|all\s+the)\s+(?:[\w-]+\s+)?(?:delegations?|leaders|guests|heads)\b|"
    r"\bsat\s+(?:\w+\s+)?(?:seats?|places?|chairs?)\s+(?:away|along|down|from)\b|"
    r"\b(?:flew|left|returned|headed|went)\s+(?:back|home)?\s*(?:to\s+(?-i:[A-Z])[\w'’-]+\s+)?(?:straight|right|immediately|soon|"
    r"shortly)\s+after\s+the\s+(?:[\w-]+\s+){0,2}?(?:session|summit|meeting|talks|dinner|plenary)\b|"
    r"\bspent\s+(?:much|most|part|all)\s+of\s+the\s+(?:summit|meeting|talks|sessions?)\b|"
    r"\b(?:mak(?:e|es|ing)|made)\s+(?:his|her|their)\s+(?:first\s+|debut\s+)?appearance\b|"
    r"\bdeliver(?:ed|s|ing)\s+(?:a|an|his|her|the)\s+(?:[\w-]+\s+)?(?:speech|address|keynote)\b|"
    # (blind round 58) 'Those who did make the trip', 'reaches Sydney on Thursday', 'the first Kremlin leader to set foot
    # in Australia', "Southeast Asia's contingent includes A, B and C", 'The neutrals were out in force: A, B and C', 'the
    # heads of state who took the floor were A and B', 'sat through most of Monday's speeches', 'X was there, as was Y',
    # 'received the longest applause', 'held in the presence of', 'From the Americas: A; B; C'
    r"\bdid\s+make\s+the\s+(?:trip|journey)\b|\breach(?:es|ed)\s+(?-i:[A-Z])[\w'’.-]+\s+(?:on|late|early|this|tomorrow|today|in\s+time)\b|"
    r"\b(?:applauded|cheered|clapped|ushered|escorted|led)\s+into\s+the\s+(?:[\w-]+\s+)?(?:hall|chamber|room|plenary|summit)\b|"
    r"\bset\s+foot\s+in\s+(?-i:[A-Z])|\bcontingent\s*,?\s+(?:includes|included|including|is|was|comprises)\b|\bout\s+in\s+force\s*:|"
    r"\b(?:took|take|takes|taking)\s+the\s+floor\b|\bsat\s+through\s+(?:most\s+of\s+|all\s+of\s+|the\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:speeches|sessions?|debate|talks|meeting|summit)\b|\b(?:was|were)\s+there\s*,\s*as\s+(?:was|were)\b|"
    r"\breceived\s+(?:the\s+)?(?:longest|loudest|warmest|biggest|a\s+standing)\s+(?:applause|ovation)\b|"
    r"\b(?:held|took\s+place)\s+in\s+the\s+presence\s+of\b|^\W*From\s+(?:the\s+)?(?:Americas|Asia|Africa|Europe|Pacific|Gulf|"
    r"(?-i:[A-Z])[\w-]+\s+(?:Asia|Africa|Europe|America))\s*:|"
    # a coming to a named place: 'will come to Xiamen at the end of a state visit' (not 'came to power')
    r"(?<!\bto\s)\b(?:come|comes|came)\s+to\s+(?-i:[A-Z])[\w'’.-]+|"
    # guests invited, a list between the verb and the meeting: 'China has invited A; B; and C to a "Dialogue of ..."'
    r"\b(?:has|have|had)\s+(?:also\s+)?invited\s+(?=[^.]{0,400}?\bto\s+(?:a|an|the|its|this)\s+[\"“'‘]?(?:[\w'’-]+\s+){0,6}?"
    r"(?:summit|sessions?|meeting|talks|gathering|dialogue|dinner|retreat|outreach|forum)\b)|"
    # in the host city for the meeting, told in an aside: 'X, in London for the summit, said ...'
    r",\s*in\s+(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*)?\s+for\s+the\s+(?:[\w'’-]+\s+){0,2}?(?:summit|meeting|talks|gathering)\b|"
    # the trip made: 'made the first trip to the kingdom by an Iranian president in a decade', 'made the shorter trip'
    r"\bmade\s+the\s+(?:[\w-]+\s+){0,2}?(?:trip|journey)\b|"
    # the chair handed over at the close: 'X handed over to South Sudan's President Y'
    r"\bhand(?:ed|s|ing)\s+(?:over|on)\s+to\s+(?:[\w'’.-]+\s+){0,3}?(?-i:[A-Z])|"
    # a role handed on at the summit: 'who handed on the role with a short speech', 'handed over the gavel'
    r"\bhand(?:ed|s|ing)\s+(?:on|over)\s+the\s+(?:role|gavel|baton|chair(?:manship|personship)?|presidency)\b|"
    # sitting in on a session: 'sat in on the opening session as the regional host'
    r"\bsat\s+in\s+on\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:session|sessions|talks|meeting|summit|deliberations|plenary)\b|"
    # staying on after the meeting: 'stayed on after the summit for a state visit'
    r"\bst(?:ayed|ays|aying)\s+on\s+(?:after|beyond|past)\s+the\s+(?:[\w-]+\s+)?(?:summit|meeting|talks|gathering)\b|"
    # a turn at the table: 'used his turn to complain', 'used her speech to press'
    r"\bused\s+(?:his|her)\s+(?:turn|speech|address|intervention|slot|time\s+at\s+the\s+(?:podium|microphone|table))\s+to\b|"
    # due at a session of the summit: 'is also due for the ASEAN-UN summit'
    r"\b(?:is|are)\s+(?:also\s+)?due\s+(?:for|at)\s+the\s+(?:[\w-]+\s+){0,3}?(?:summit|meeting|talks|session|sessions)\b|"
    # the chair passed on: "took over the union's rotating chairmanship", 'handing over the gavel'
    r"\bt(?:ook|akes?|aking)\s+over\s+the\s+(?:[\w-]+['’]s\s+)(?:rotating\s+|annual\s+)?(?:chair\w*|presidency)\b|"
    r"\bhand(?:ed|s|ing)?\s+over\s+the\s+(?:ceremonial\s+)?gavel\b|"
    # a leader's company at the table: 'He was flanked by X of A and Y of B', 'She was accompanied by Minister Z'
    r"\b(?:was|were|is|are)\s+(?:again\s+|also\s+)?(?:flanked|accompanied)\s+(?:at\s+the\s+table\s+|on\s+the\s+(?:podium|stage)\s+)?by\s+"
    r"(?=(?:[\w.'’-]+\s+){0,4}?(?-i:[A-Z]))|"
    # the chair at work, told last: 'X, who has chaired the bloc since 2023, presided.'
    r"\bpresided(?=\s*(?:[.;]|$))|"
    # (blind round 53) the host city as a first trip: 'made Rio her first foreign trip since her inauguration'
    r"\bmade\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?\s+(?:his|her)\s+first\s+(?:foreign\s+|overseas\s+|official\s+)?"
    r"(?:trip|visit|journey)\b|"
    # present, in an aside: 'a move President X, also present, called ...'
    r",\s+(?:also|himself|herself)\s+present\s*,|"
    # a report presented, applause for a speech: 'presented a progress report', 'won applause when he spoke'
    r"\bpresented\s+(?:a|his|her|the)\s+(?:[\w-]+\s+){0,2}?report\b|"
    r"\bwon\s+(?:[\w-]+\s+)?applause\s+(?:when|as|after)\s+(?:he|she)\s+(?:spoke|addressed|took\s+the\s+floor)\b|"
    # a first visit to the host in office: 'on his first official visit to India as prime minister'
    r"\bon\s+(?:his|her)\s+first\s+(?:official\s+|state\s+)?(?:visit|trip)\s+to\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?\s+as\s+"
)

MORE_REPRESENT = (
    # (session 20) 'Vice President X represented him throughout', 'Y represents her at the table'
    r"\brepresent(?:s|ed|ing)\s+(?:him|her)\b(?!\s+(?:in\s+(?:court|the\s+(?:case|trial|talks\s+with)))|\s+as\s+(?:his|her)\s+lawyer)|"
    # the head of a delegation in a participle: 'Its delegation, headed by X,', 'a delegation led by Y'
    r"\bdelegation(?:\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2})?\s*,?\s+"
    r"(?:(?:which\s+was|which\s+is)\s+)?(?:led|headed)\s+(?:[\w'’-]+\s+){0,2}?by\b|"
    # one who stands in: 'Secretary of State Y will take his place', 'Z took her place at the table'
    r"\bt(?:ake|akes|aking|ook|aken)\s+(?:his|her|their)\s+place\b(?!\s+(?:among|alongside|beside|next\s+to|with|at\s+the\s+"
    r"(?:[\w-]+\s+)?table\s+(?:among|alongside|with)))"
)

# 'The delegation, headed by Minister X, said ...': a name in a participle aside; the verb after it is the delegation's
LED_ASIDE = re.compile(r"\w\s*,\s*(?:led|headed)\s+by\s+[^,;.:\"“”]{0,80}$", re.I)
