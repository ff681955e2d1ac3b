"""Attendance rules: who is expected, attended, or stayed away, and who stands in for whom."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline import attendance_acts as acts
from pipeline import attendance_asides as asides
from pipeline import attendance_companions as companions
from pipeline import attendance_cues as cues
from pipeline import attendance_presence as presence
from pipeline import attendance_preview_cues as preview_cues
from pipeline import attendance_recall as recall
from pipeline import attendance_reversals as reversals
from pipeline import attendance_roll_calls as roll
from pipeline import attendance_rosters as rosters
from pipeline import attendance_signings as signings
from pipeline import attendance_tense as tense
from pipeline.lists import read_list
from pipeline.model import Mention, Person, Sentence
from pipeline.other_events import (
    AFTER_OTHER_EVENT_BEFORE,
    MINISTERS_MET_BEFORE,
    OTHER_KIND_AFTER,
    PASSIVE_AGENT_AFTER,
    THAT_MEETING_BEFORE,
)

ABSENT = re.compile(
    r"\b(?:skip(?:s|ped|ping)?|will\s+not\s+(?:attend|be\s+(?:attending|present|there)|travel|participate|go)|"
    r"won['’]t\s+(?:attend|be\s+attending|travel|participate|come)|will\s+not\s+come|"
    r"(?:is|are|was|were|will)\s+not\s+(?:be\s+)?making\s+the\s+(?:trip|journey)\b|"
    # 'has been barred from the bloc's summits since 2021'
    r"(?:has|have)\s+been\s+(?:barred|banned|excluded)\s+from\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:summits?|meetings?|gatherings?)\b|"
    r"(?:is|are|was|were)\s+not\s+(?:attending|participating|present|"
    r"expected(?:\s+to\s+(?:attend|come|travel|make\s+the\s+trip)|(?=\s*[,.;]|\s*$|\s+either\b|\s+(?:in|at)\s+(?-i:[A-Z])))|going|coming|"
    r"travell?ing)\b|(?:isn['’]t|aren['’]t|wasn['’]t|weren['’]t)\s+(?:coming|attending|travell?ing)\b|(?:did|does|do)\s+not\s+(?:attend|participate|travel|come|send|take\s+part\s+in\s+(?:the|this)\s+(?:summit|meeting|gathering|talks))|(?:would|could)\s+not\s+(?:attend|travel|come|go|participate|be\s+(?:attending|present|there))|(?:decided|chose|declined|refused)\s+(?:[\w,'’-]+\s+){0,6}?not\s+"
    r"to\s+(?:attend|travel|come|go\b|take\s+part|participate)|\b(?:only|sole)\s+(?:[\w'’-]+\s+){0,6}?not\s+to\s+(?:attend|travel|come|take\s+part)\b|declined\s+(?:to\s+attend|the\s+invitation|an\s+invitation)|sen(?:t|ds?|ding)\s+(?:his|her|their)\s+regrets|absen(?:t|ce)|stay(?:ed|ing|s)?\s+away|stay(?:ed|ing|s)?\s+(?:at\s+)?home|remain(?:ed|ing|s)?\s+at\s+home|"
    r"\b(?:end|ended|ending|ends|suspend\w*)\s+(?:its|their|his|her)\s+participation\b|"
    r"boycott\w*|pull(?:ed|s|ing)?\s+out\s+of\s+(?:the|his|her|their)\s+(?:summit|meeting|trip|visit|journey|gathering)|pull(?:ed|s)?\s+out(?!\s+of)\b|no[- ]show|sit(?:s|ting)?\s+out|miss(?:es|ed|ing)?\s+the\s+(?:(?:entire|whole)\s+)?"
    r"(?:summit|meeting|gathering)|(?:cancel(?:l?ed|s)?|call(?:ed|s|ing)?\s+off|scrap(?:ped|s)?)\s+(?:his|her|their)\s+"
    r"(?:planned\s+)?(?:trip|visit|attendance|participation|journey)|"
    r"(?:did|does|do|will|would|could)\s+not\s+make\s+the\s+(?:trip|journey)|(?:won['’]t|didn['’]t)\s+make\s+the\s+(?:trip|journey)|"
    r"(?:is|are|was|were)\s+not\s+making\s+the\s+(?:trip|journey)|"
    # a bare 'did not take part.' closing its clause: 'X, who came last year, did not take part (either).'
    r"(?:did|does|do)\s+not\s+take\s+part(?=(?:\s+(?:either|this\s+time))?\s*(?:[.;]|$))|"
    r"(?:decided|chose|opted)\s+not\s+to\s+(?:travel|come|make\s+the\s+(?:trip|journey))\b|"
    r"(?:isn['’]t|aren['’]t|wasn['’]t)\s+making\s+the\s+(?:trip|journey)|"
    # 'X stayed in Canberra; Y represented Australia', 'X remained in Lima, and Y led the delegation'
    r"(?:stay(?:ed|s|ing)?|remain(?:ed|s|ing)?)\s+(?:behind\s+)?in\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)?"
    r"\s*[;,]\s*(?:and\s+|while\s+)?[^.;]{0,80}?\b(?:represent(?:s|ed|ing)|(?:led|leads|will\s+lead)\s+(?:the|its|a|his|her)\s+"
    r"(?:\w+\s+)?delegation|(?:st(?:ood|ands)|fill(?:s|ed))\s+in\s+for)\b|"
    # 'apologised that he would not be able to come', 'was unable to attend'
    r"(?:will|would|could)\s+not\s+be\s+able\s+to\s+(?:come|attend|travel|make\s+it|participate|take\s+part)\b|"
    r"(?:is|are|was|were|be)\s+unable\s+to\s+(?:come|attend|travel|make\s+it|participate|take\s+part)\b|"
    # 'flew home from Italy before the summit began': left before it opened
    r"\b(?:flew|returned|went|headed|left)\s+(?:back\s+)?(?:for\s+)?home\b[^.;]{0,60}?\bbefore\s+the\s+(?:[\w-]+\s+)?"
    r"(?:summit|meeting|talks|gathering)\s+(?:began|opened|started|got\s+under\s*way)\b|" + preview_cues.PREVIEW_ABSENT + ")", re.I)
# 'X's place is taken by Y', 'his place will be taken by Y' (the one absent first), 'Y takes the place of X'
PLACE_TAKEN = r"(?:place\s+(?:is|was|will\s+be|has\s+been|had\s+been)|seat\s+(?:was|had\s+been))\s+(?:being\s+)?taken"
PLACE_TAKEN_BY = PLACE_TAKEN + r"\s+(?:[\w'’-]+\s+){0,3}?by"
TAKES_PLACE_OF = r"(?:tak(?:e|es|ing)|took|taken)\s+the\s+place\s+of"
# the adverbs between a copula and 'represented': 'was also represented', 'is once again represented', 'was as usual represented'
REP_ADVERBS = (r"(?:(?:also|instead|only|again|once\s+again|as\s+usual|as\s+ever|as\s+always|usually|often|typically|normally)"
               r"\s+){0,2}")
REPRESENT = re.compile(
    r"\b(?:(?:be|is|are|was|were)\s+" + REP_ADVERBS + r"(?:being\s+)?represented\s+(?:[\w'’-]+\s+){0,7}?by|" + PLACE_TAKEN_BY + "|" + TAKES_PLACE_OF + "|"
    r"(?:will\s+(?:again\s+|also\s+)?)?(?:lead(?:s|ing)?|led|head(?:s|ed|ing)?)\s+(?:the|his|her|its|their|a|(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){0,2}(?-i:[A-Z])[\w'’-]*(?:['’]s|s['’]))\s+(?:[\w'’]+\s+){0,2}delegation|"
    # 'Bhutan, in the middle of an election, will be led by Chief Adviser X': the one a state's seat is led by
    r"(?:will\s+be|is\s+being|was\s+being)\s+led\s+(?:here\s+|there\s+|at\s+the\s+\w+\s+)?by\s+(?=(?:the\s+)?(?-i:[A-Z]))|"
    r"delegation\s+(?:\w+\s+){0,6}(?:is|was|will\s+(?:\w+\s+)?be|being)\s+(?:\w+\s+)?(?:led|headed)\s+(?:instead\s+)?by|"
    r"\bseat\s+in\s+(?:his|her|their)\s+(?:place|stead)\b|send(?:s|ing)?\s+(?:his|her|its|their)\s+|in\s+place\s+of|"
    r"on\s+behalf\s+of|on\s+(?:his|her|their)\s+[\w'’]+\s+behalf|\bin\s+(?:his|her|their)\s+stead\b|"
    r"(?:go|goes|went|going|travel\w*|attend\w*|come|comes|came|fly|flies|flew)\s+instead\s+of\b|"
    r"(?:send(?:s|ing)?|sent)\s+(?:a|an)\s+(?:personal\s+|special\s+|senior\s+)?(?:envoy|representative|emissary)\b|(?:stand(?:s|ing)?|stood|fill(?:s|ed|ing)?)\s+in\s+for|represent(?:s|ed|ing)\s+(?:the|his|her|its|their)\s+|deputi[sz]\w*\s+|"
    r"represent(?:s|ed|ing)\s+(?=(?:the\s+)?(?-i:President|Prime\s+Minister|King|Queen|Emir|Sultan|Chancellor|Premier|"
    r"(?:His|Her)\s+(?:Majesty|Highness|Excellency|Royal\s+Highness))\b)|"
    # 'X stayed in Canberra; Y represented Australia', 'Z represented Peru at the summit': one standing for a country
    r"represent(?:s|ed|ing)\s+(?=(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)?\s*(?:[.;]|$|at\s+the\s+(?:summit|talks|"
    r"meeting)\b|instead\b|in\s+(?:his|her|their)\s+(?:place|stead)\b))|"
    r"\b(?:will|to)\s+represent\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}\s+in\s+(?:his|her|their)\s+(?:place|stead)\b|"
    + cues.MORE_REPRESENT + "|" + preview_cues.PREVIEW_REPRESENT + "|" + acts.ASIDE_REPRESENT + "|" + recall.RECALL_REPRESENT
    + ")", re.I)
ATTEND = re.compile(
    r"\b(?:attend\w*|in\s+attendance|be\s+present|(?:were|was|are|is|will\s+be)\s+(?:also\s+|both\s+|all\s+)?present|participat\w*|"
    # 'Several of the would-be partners were also there for the outreach day, including ...'
    r"(?:were|was|will\s+be)\s+(?:also\s+|both\s+|all\s+)?there(?=\s+for\s+the\b|\s+too\b|\s*[,;]|\s+on\s+\w+day\b)|"
    # 'Even Javier Milei came.': came, with nothing after it
    r"\b(?:came|turned\s+up|showed\s+up)(?=\s*[.!]?\s*$)|"
    # 'will sit at the table for the Russian delegation'
    r"\bsit(?:s|ting)?\s+at\s+the\s+(?:[\w-]+\s+)?table\b|"
    # 'Brazil's Lula has confirmed, and Xi will travel': a bare confirmation is of coming
    r"\b(?:has|have)\s+(?:already\s+|also\s+)?confirmed(?=\s*[,;.]|\s*$)|"
    # 'President X will preside', 'presides over the opening session'
    r"\bwill\s+(?:also\s+)?preside\b(?!\s+over\s+(?:a|an)\b)|\bpresid(?:es|ing)\s+over\s+the\s+(?:[\w-]+\s+){0,2}?(?:summit|meeting|"
    r"session|talks|gathering)\b|"
    # 'X was in town, as was Y'; 'walked the red carpet'
    r"(?:were|was|is|are)\s+(?:also\s+|both\s+|all\s+)?in\s+town\b|walk(?:ed|s|ing)?\s+(?:down\s+|along\s+)?the\s+red\s+carpet\b|"
    r"tak(?:e|es|ing)\s+part|took\s+part|arriv\w*|(?<!\bthe\s)(?<!\ba\s)(?<!\bthis\s)(?<!\bthat\s)(?<!['’]s\s)gather\w*|assembl(?:ed|es|ing)\b|land(?:ed|s|ing)?\s+in\b|land(?:ed|s)\s+(?=(?:overnight|late|early|at\s+(?-i:[A-Z])|on\s+(?:\w+day|the\s+eve)|this\s+(?:morning|afternoon|evening)|shortly|yesterday)\b)|land(?:ed|s)(?=\s*[.;]|\s*$)|\bin\s+(?-i:[A-Z])[\w-]+\s+(?:was|were)\s+(?-i:[A-Z])|among\s+(?:the|other)\s+(?:[\w-]+\s+){0,3}?(?:present|attending|in\s+attendance|(?:leaders|heads\s+of\s+state)\s+(?:at|in|present|attending|gathered))|opened\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:summit|meeting|session|talks|gathering|proceedings|plenary|conference|deliberations)|(?:opens|open|close|closes|closed|closing)\s+the\s+(?:[\w-]+\s+){0,2}?(?:summit|meeting|session|talks|gathering|proceedings|plenary|conference)\b|(?:chaired|presided\s+over|opened|hosted)\s+(?:(?:on\s+(?-i:[A-Z])[a-z]+day|yesterday|today|this\s+morning)\s+)?by|(?:t(?:ook|akes?|aking)\s+over|assum(?:ed|es|ing)|assume)\s+(?:the\s+)?(?:rotating\s+|annual\s+)?(?:chair\w*|presidency)|hand(?:ed|s|ing)?\s+over\s+(?:the\s+)?(?:rotating\s+|annual\s+|pro[\s-]tempore\s+)?(?:chair\w*|presidency)|(?:chair\w*|presidency)\s+(?:was|has\s+been)\s+handed\s+over\s+by|(?:told|tells|telling)\s+the\s+(?:[\w'’-]+\s+){0,3}?(?:summit|leaders|delegates|gathering|session|meeting|heads|plenary)|(?:head|heads|heading|travel\w*|fly|flies|flew|flying)\s+to|"
    r"guests?\b|join(?:ed|s|ing)?\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:summit|leaders|talks|meeting|gathering|session)|host(?:s|ed|ing)?\b|"
    r"(?:is|are|was|were)\s+(?:also\s+)?expected\b(?!\s+to\s+(?:go|fall|pass)\s+to\b|\s+to\s+(?:\w+ly\s+)?(?:pass|exceed|top|reach|hit|surpass|cost|total|rise|fall|climb|grow|double|near|approach)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|some\s+)?(?:[$€£¥]|US\$|\d))|accept(?:s|ed|ing)?\s+(?:(?:an|the|their|his|her)\s+)?invitations?\b|"
    r"(?:were|was)\s+among\s+(?:those\s+)?(?:present|attending)|"
    # 'it was the first summit for X': the summit as one's first (not 'the first summit for Y since the coup')
    r"\bfirst\s+(?:[\w-]+\s+){0,2}?summit\s+for\s+(?=(?-i:[A-Z]))(?![^.;,]{0,80}\bsince\b)|"
    # a seat or the gavel at the summit's own table: 'took her seat at the table', 'is to receive the gavel'
    r"(?:take|takes|took|taking)\s+(?:his|her|their|its)\s+seats?\s+(?:at\s+the\s+(?:[\w-]+\s+)?table|in\s+the\s+"
    r"(?:hall|chamber|plenary))\b|(?:receiv(?:e|es|ed|ing)|accept(?:s|ed|ing)?|tak(?:e|es|ing)|took)\s+(?:over\s+)?the\s+gavel\b|"
    r"welcom\w*\b(?!\s+(?:the|a|an|this|that|his|her|its|their)\s+(?:[\w'’-]+\s+)?(?:request|proposal|bid|move|decision|idea|offer|"
    r"plan|initiative|statement|announcement|application|news|call|report|agreement|deal)s?\b)|(?:is|are|was|were)\s+in\s+(?-i:[A-Z])[\w.'’-]*\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){0,2}(?:to|for|as)\b|expected\s+in|address\w*\s+the\s+(?:[\w-]+\s+){0,2}?(?:summit|gathering|meeting|leaders|session|plenary|conference|delegates|participants|"
    r"ceremony|jubilee|celebrations?)|"
    r"(?:at|on)\s+the\s+sidelines|join(?:ed|s|ing)?\s+(?:in\s+)?remotely|\bmet\b|\bmeets\b|\bmeet\s+on\b|chair(?:ed|s|ing)?\s+(?:the|his|her|their|its)\s+(?:[\w-]+\s+){0,3}?(?:summit|meeting|sessions?|talks)|(?:will|would)\s+(?:also\s+)?be\s+there\b|\b(?:was|were)\s+(?:also\s+|all\s+|both\s+)?there(?=\s*[.;]|\s*$)|"
    r"under\s+the\s+(?:chairmanship|chairpersonship|presidency)\s+of|^\W*at\s+the\s+(?:[\w-]+\s+){0,5}(?:summit|meeting|gathering)\b|confirm\w*\s+(?:their|his|her)\s+participation|by\s+video|virtually|video\s*link|is\s+led\s+by|was\s+led\s+by|"
    # nominal attendance: 'Heads of state present included', 'among those at the table', 'the guest list included'
    r"\b(?:present|in\s+attendance|attending|participants|attendees|guest\s+list|delegates)\s+(?:also\s+)?(?:included|includes|include|were)\b|"
    r"\bdelegation\s+(?:also\s+)?(?:included|includes)\b|"
    # outreach guests: 'A, B and C represented regional groupings'; a greeting at a ceremony: 'X embraces Y during the
    # handover ceremony'
    r"\brepresent(?:s|ed|ing)\s+(?:their\s+|the\s+|its\s+)?(?:respective\s+)?(?:regional\s+)?(?:groupings|blocs|"
    r"organi[sz]ations)\b|\b(?:embrac|hugg|greet)(?:es|ed|ing|s)?\s+(?:[\w'’.-]+\s+){1,5}?(?:during|at)\s+the\s+"
    r"(?:[\w-]+\s+){0,2}?(?:ceremony|summit|session|opening)\b|"
    r"among\s+(?:those\s+|the\s+(?:[\w-]+\s+){0,2})?(?:present|attending|in\s+attendance|at\s+the\s+table|around\s+the\s+table)|"
    # there until called away: 'left for Abuja on Monday before the closing session', 'also departed early'; a turn
    # at the floor: 'spoke after him'; a seat on the summit's bureau: 'was elected first vice-chairperson of the Assembly'
    r"\b(?:left|departed)\s+(?!office\b)(?!the\s+(?-i:[A-Z])[\w'’-]*\s+(?:summit|meeting|talks)\b)(?:[\w'’-]+\s+){0,5}?"
    r"before\s+the\s+(?:closing|close|end|final|last)\b|"
    # 'This time X stayed to the end', 'stayed on until the close'
    r"\bstay(?:ed|s)\s+(?:on\s+)?(?:to|until|till|through)\s+the\s+(?:very\s+)?(?:end|close|final\s+session|last\s+session)\b|"
    r"\bspoke\s+(?:after|before)\s+(?:him|her|them)\b|\bwas\s+elected\s+(?:as\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:chair\w*|president|vice[\s-]?(?:chair\w*|president)|rapporteur)\s+of\s+the\s+(?:assembly|bureau|summit|session|conference)\b|"
    # 'Among the faces in the front rows were A, B and C', 'among the familiar figures in the hall'
    r"\bamong\s+(?:the\s+)?(?:[\w-]+\s+)?(?:faces|figures|dignitaries|guests|leaders|heads\s+of\s+(?:state|government))\s+(?:in|at|around|on)\s+"
    r"the\s+(?:[\w-]+\s+){0,2}?(?:rows?|hall|room|table|podium|stage|dais|summit|meeting|session|photo(?:graph)?)\b|"
    # invitees of a session, arrivals, and acts only done at the meeting
    r"invited\s+to\s+(?:the\s+|its\s+|this\s+)?(?:[\w'’-]+\s+){0,3}?(?:summit|sessions?|meeting|talks|gathering|dinner|retreat)|"
    r"(?:flew|flown|flies|fly|flying)\s+in\b|"
    # arrivals at the door: 'as she walked in', 'on their way into the hall', 'among the first through the door'
    r"\b(?:walk(?:ed|s|ing)|str(?:ode|ides|iding))\s+in\b(?!\s+(?:the|a|an|on|with|front|step|line|silence)\b)|"
    r"\bon\s+(?:his|her|their)\s+way\s+in(?:to\s+the\s+(?:hall|room|venue|building|summit|meeting|session|talks))?\b|"
    r"\b(?:was|were)\s+(?:warmly\s+)?greeted\s+by\b|"
    r"\bamong\s+the\s+first\s+(?:through\s+the\s+doors?|to\s+(?:arrive|enter|speak(?!\s+(?:out|up)\b)|take\s+(?:the\s+floor|(?:his|her|their)\s+seats?)|"
    r"be\s+(?:greeted|welcomed|received)\b))\b|"
    # 'were among those in the family photo'
    r"\bamong\s+those\s+in\s+the\s+(?:[\w-]+\s+)?photo(?:graph)?s?\b|"
    r"\b(?-i:[a-z]+ed)\s+(?:[\w'’-]+\s+){0,6}?(?:in|at|during)\s+the\s+(?:working|plenary|opening|closing|restricted|"
    r"closed-door)\s+sessions?\b|"
    # a day's session: 'made the same case in Tuesday's session', 'spoke during Friday's closing plenary'
    r"\b(?:made|spoke|(?-i:[a-z]+ed))\s+(?:[\w'’-]+\s+){0,6}?(?:in|during)\s+"
    r"(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)['’]s\s+(?:(?:opening|closing|working|final)\s+)?"
    r"(?:session|plenary)\b|thank\w*\s+(?:[\w'’-]+\s+){1,4}?for\s+(?:its|their|his|her|the)\s+(?:warm\s+)?hospitality|"
    r"represent\s+(?:the|their|his|her|its)\s+|"
    # seats and line-ups: 'Around the table with X were', 'Also in the hall were', 'completed the line-up', 'took his seat'
    r"(?:around|at)\s+the\s+(?:[\w-]+\s+)?table\b|\b(?:in|at)\s+the\s+(?:hall|room|venue|chamber)\s+(?:was|were|sat)\b|"
    r"line-?up\b|(?:was|were|is|are)\s+(?:also\s+)?(?:in|at)\s+the\s+(?:hall|room|venue|chamber)\b|"
    # a list of those confirmed: 'The rest of the confirmed list:', 'the list of participants circulated on Monday:'
    r"\b(?:confirmed\s+list|list\s+of\s+(?:confirmed\s+)?(?:participants|attendees|leaders|heads\s+of\s+(?:state|government)))\b"
    r"(?=[^.;:]{0,80}:)|"
    # 'Others who made the trip included', 'X came as the head of', 'X also came.', 'all came in person', 'Other leaders in Suva included', 'his first summit'
    r"\bma(?:de|kes?|king)\s+the\s+(?:trip|journey)\b|\bcame\s+in\s+person\b|\b(?:also|too)\s+came\s*(?=[.;]|$)|\bcame\s+(?:to\s+(?-i:[A-Z])|as\s+(?:the\s+|a\s+|an\s+|(?:this|last)\s+year['’]s\s+|its\s+|their\s+)?(?:current\s+|rotating\s+)?"
    r"(?:head|leader|chair\w*|guest|representative|envoy)\b)|"
    r"\b(?:leaders|heads\s+of\s+(?:state|government)|guests|others|those)\s+(?:(?:in|at)\s+(?:(?-i:[A-Z])[\w-]+|the\s+(?:summit|meeting|gathering|talks))\s+|who\s+(?:came|attended)\s+)?(?:also\s+)?(?:included|include|includes)\b|"
    # 'Other leaders confirmed by the organisers include', 'Leaders expected so far include'
    r"\b(?:leaders|heads\s+of\s+(?:state|government)|guests|participants)\s+(?:confirmed|expected|invited|due)\s+"
    r"(?:(?:so\s+far|by\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)\s+)?(?:also\s+)?(?:included|include|includes)\b|"
    r"\b(?:his|her|their|a|(?-i:[A-Z])[\w'’.-]*['’]s)\s+first\s+(?:[\w-]+\s+){0,2}?(?:summit|forum|(?-i:G\d+|[A-Z]{3,})(?=\s*[,;.]))\b(?!\s+(?:in|since)\s+(?:19|20)\d\d|\s+(?:\w+\s+){0,2}with\b)|"
    r"\b(?:told|tell(?:s|ing)|urg(?:ed|ing)|warn(?:ed|ing)|assur(?:ed|ing)|remind(?:ed|ing)|brief(?:ed|ing))\s+(?:his\s+|her\s+|their\s+|the\s+)?(?:fellow\s+)?(?:counterparts|members|leaders|delegates|peers|heads\s+of\s+(?:state|government))\b|"
    # 'X was also at the opening', 'Y came and pressed for', 'Z was part of the Ruritanian delegation'
    r"\b(?:was|were|is|are)\s+(?:also\s+|both\s+|all\s+)?at\s+the\s+(?:[\w'’-]+\s+){0,2}?(?:opening|summit|session|plenary|"
    r"ceremony|closing|retreat|talks)\b(?!\s+of\s+(?:a|an|the)\s+(?!(?:[\w'’-]+\s+){0,4}?(?:summit|session|meeting|talks|"
    r"assembly|conference|gathering|council)\b)(?-i:[a-z]))|\bcame\s+and\s+(?!went\b)|"
    r"\b(?:was|were|is|are|will\s+be)\s+(?:also\s+)?(?:(?:part|a\s+member|members)\s+of|in)\s+(?:the|his|her|their|its|"
    r"(?-i:[A-Z])[\w'’.-]*['’]s)\s+(?:[\w'’-]+\s+){0,2}?delegation\b(?!\s+(?:that|which|who)\b)|"
    r"t(?:ook|akes?|aking)\s+(?:his|her|their|its|a)\s+seats?\b|"
    # 'took seats made available by France': places at the table, not seats in a body
    r"\bt(?:ook|akes?|aking)\s+(?:up\s+)?(?:the\s+)?seats\s+(?:made\s+available|offered|given|ceded|lent|set\s+aside)\b|"
    # 'X joined Y at the convention centre for the tenth summit': joining someone there, for the meeting
    r"\bjoin(?:ed|s|ing)?\s+(?:(?-i:[A-Z])[\w'’.-]*\s*){1,3}(?:,\s*)?\b(?:at|in)\s+[^.;]{0,60}?\bfor\s+(?:the|this|its)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:summit|meeting|gathering|talks|session)\b|"
    # 'Among the heads of state who signed in person were', 'is among the leaders confirmed for that session'
    r"\bamong\s+the\s+(?:[\w-]+\s+){0,2}?(?:leaders|heads\s+of\s+(?:state|government)|presidents|prime\s+ministers|"
    r"dignitaries|guests)\s+(?:(?:who|that)\s+(?:also\s+)?(?:signed|attended|came|arrived|travell?ed|took\s+part|"
    r"(?:were|was)\s+present|spoke|gathered|made\s+the\s+(?:trip|journey))\b|"
    r"(?:confirmed|expected|invited|due)\s+(?:for|at|to\s+attend)\b)|"
    # a signatory, willing or not: 'signed the declaration', 'threatened not to sign any text'
    r"\b(?:signed|(?:refus|declin|threaten)\w*\s+(?:not\s+)?to\s+sign)\s+(?:the|any|a|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:declaration|communiqu[eé]|text|final\s+statement)\b|"
    r"\b(?:put|puts|putting|set|sets|setting)\s+(?:his|her|their|its)\s+signatures?\s+(?:to|on)\s+(?:the|a|an)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:declaration|communiqu[eé]|text|final\s+statement|agreement|treaty|accord|charter)\b|"
    # company and arrivals: 'Joining X will be', 'will be joined by', 'among those who did were', 'due at Elmau'
    r"^\W*joining\s+(?:him|her|them|(?-i:[A-Z]))|\bjoined\s+by\b|among\s+those\s+who\s+did\b|\bdue\s+(?:at|in)\s+(?-i:[A-Z])|"
    r"hand(?:ed|s|ing)?\s+(?:over\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:gavel|chair\w*|presidency)\s+to\b|"
    r"\b(?:told|briefed)\s+(?:reporters|journalists|the\s+press|the\s+media)\s+(?:after|at|during|following)\s+the\s+"
    r"(?:[\w-]+\s+){0,2}?(?:summit|session|plenary|talks)\b|"
    # 'opens on Tuesday, with Prime Minister X as chair': the chair of the meeting
    r"\bwith\s+(?:(?-i:[A-Z])[\w'’.-]*\s+){1,6}as\s+(?:its\s+|the\s+)?(?:chair(?:man|woman|person)?|host)\b(?!\s+of\b)|"
    # the other side of a handover: 'received the AU flag from X', 'took over the gavel from Y at the opening'
    r"\b(?:received|took\s+over|accepted)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:flag|gavel|baton|chair(?:manship|personship)?|presidency)\s+from\b|"
    r"\btook\s+over\s+from\s+[^.;]{0,80}?\bat\s+(?:the|this|its)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:summit|assembly|session|meeting|opening|gathering|conference)\b|"
    # 'the summit brought together X and Y', 'posed for the family photo', 'making a rare trip abroad'
    r"\b(?:summit|meeting|gathering|session|forum|conference)\b[^.;]{0,40}?\b(?:brought|brings|bringing|bring)"
    r"\s+together\b|"
    r"\bpos(?:ed|es|ing|e)\s+for\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?photo(?:graph)?s?\b|"
    r"\bma(?:de|kes?|king)\s+(?:a|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:trip|journey)\b(?!\s+to\b)|"
    # 'had come to Brussels for', 'his first appearance at', 'flanked by X', 'Y also joined.',
    # 'are both at the X Hotel'
    r"\b(?:has|have|had)\s+come\s+to\s+(?-i:[A-Z])|"
    r"\b(?:his|her|their|a)\s+(?:first\s+appearance|debut)\s+at\b|"
    # 'two leaders are making their G20 debuts', 'X and Y complete the group', 'Z rounds out the line-up'
    r"\bma(?:de|kes?|king)\s+(?:his|her|their)\s+(?:(?-i:[A-Z])[\w-]*\s+|summit\s+)?debuts?\b|"
    r"\bma(?:de|kes?|king)\s+(?:his|her|their)\s+(?:[\w-]+\s+)?debuts?\s+(?:at|in)\s+(?:the|this)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:summit|meetings?|talks|gathering|sessions?)\b|"
    # 'the session on trade with the Kenyan and Ghanaian presidents, X and Y', 'was accompanied by her foreign minister'
    r"\b(?:session|plenary|working\s+(?:lunch|dinner|session))\s+(?:on\s+(?:[\w'’-]+\s+){1,5}?)?with\s+(?=the\s|(?-i:[A-Z]))|"
    r"\b(?:was|were|is|are|will\s+be)\s+accompanied\s+by\b|"
    r"\b(?:complet(?:e|es|ed|ing)|round(?:s|ed|ing)?\s+(?:out|off))\s+the\s+(?:[\w-]+\s+){0,2}?(?:group|line-?up|"
    r"list|roster|quartet|quintet|trio|guest\s+list|two|three|four|five|six|seven|eight|nine|ten|twenty)\b(?!\s+(?:of|years?|months?|days?|weeks?)\b)|"
    # the meeting's organ or opening addressed, press remarks after a session: 'addressed the Assembly',
    # 'told reporters after the opening session', 'briefed journalists at the summit'
    r"\b(?:on|at)\s+the\s+margins?\s+of\s+(?:the|this|its)\s+(?:[\w'’-]+\s+){0,2}?(?:summit|meeting|session|talks|gathering)\b|"
    r"\bus(?:ed|es|ing)\s+the\s+(?:summit['’]s\s+)?(?:sidelines|margins)\b|"
    r"\baddress\w*\s+the\s+(?!(?-i:General|National|UN)\b)(?:(?-i:[A-Z])[\w-]*\s+)?(?:assembly|forum|opening\s+(?:session|ceremony|plenary))\b|"
    r"\b(?:told|tells|briefed|briefs)\s+(?:reporters|journalists|the\s+press|the\s+media)\s+(?:after|at|during|following)\s+"
    r"the\s+(?:[\w-]+\s+){0,2}?(?:summit|session|plenary)\b|"
    r"\bflanked\s+by\b|\b(?:also\s+)?joined(?=\s*[,.;]\s|\s*\.?$)|"
    # the hosts receive the leaders: 'X and Y will greet the leaders', 'Z received the arriving delegations'
    r"\b(?:greet\w*|receiv(?:e|es|ed|ing))\s+(?:the\s+)?(?:arriving\s+|visiting\s+)?(?:leaders|heads\s+of\s+(?:state|government)|"
    r"delegations|delegates|dignitaries|guests|arrivals)\b|"
    # a signing to come at the meeting: 'are due to sign a joint declaration', 'will sign the final communiqué'
    r"\b(?:(?:due|set|expected|scheduled)\s+to|will(?:\s+also)?)\s+sign\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:declaration|communiqu[eé]|final\s+statement)\b|"
    # remote participation: 'X joined remotely', 'Y took part online'
    r"\b(?:join(?:ed|s|ing)?|t(?:ook|akes?|aking)\s+part|participat\w+)\s+(?:in\s+)?(?:remotely|online)\b|"
    # a virtual meeting's screen and floor: 'seen speaking on screen were', 'X appeared on screen', 'the session
    # featured X and Y', 'Z also spoke.'
    r"\b(?:seen|appear(?:ed|s|ing)?|speak(?:s|ing)?|spoke)\s+(?:briefly\s+)?on\s+(?:the\s+)?(?:video\s+)?screens?\b|"
    r"\b(?:summit|session|meeting|plenary|gathering)\s+(?:also\s+)?featured\b|\balso\s+spoke(?=\s*[.;]|\s*$)|"
    # 'the G-8 leaders - A, B and C - spent the day on trade': the group's leaders named in a dashed aside
    r"\bthe\s+(?-i:G-?\d+|[A-Z]{3,}|[A-Z]+-\d+)\s+leaders\s+[-–—]\s+(?-i:[A-Z])|"
    # 'X is to deliver the closing address', 'Y gave the keynote speech': a speech set in the meeting's programme
    r"\b(?:deliver(?:ed|s|ing)?|g(?:ive|ives|ave|iving))\s+(?:the|a|his|her)\s+(?:closing|opening|keynote|concluding)\s+"
    r"(?:address|speech|remarks)\b|"
    # 'X was also due to speak', 'Y is scheduled to speak at the opening': a turn in the meeting's programme
    r"\b(?:due|scheduled|set)\s+to\s+speak(?=\s*(?:[,.;]|$)|\s+(?:at|during|on|first|last|after|before)\b)|"
    # 'reporting on their work to the leaders were': heads of the bodies that report to the summit
    r"\breport(?:ed|s|ing)?\s+(?:on\s+(?:[\w'’-]+\s+){1,4}?)?to\s+the\s+(?:assembled\s+)?(?:leaders|heads\s+of\s+state|summit)\b|"
    # 'is due to present a report on the region's economy to the leaders on Saturday'
    r"\bpresent(?:s|ed|ing)?\s+(?:a|an|the|his|her|its)\s+(?:[\w'’-]+\s+){0,8}?to\s+the\s+(?:assembled\s+)?(?:leaders|"
    r"heads\s+of\s+(?:state|government)|summit)\b|"
    r"\b(?:is|are|was|were)\s+(?:both\s+|all\s+|also\s+|already\s+)?(?:at|in)\s+the\s+(?-i:[A-Z])[\w'’-]*\s+"
    r"(?:(?-i:[A-Z])[\w'’-]*\s+){0,3}(?:hotel|palace|centre|center|venue|hall|resort)\b|"
    # 'The summit opened on Wednesday with a breakfast at which X ...': the opening event's people were there
    r"^\W*the\s+(?:[\w-]+\s+){0,2}?(?:summit|meeting|talks|session|gathering)\s+"
    r"(?:opened|began|started|kicked\s+off)\s+(?:on\s+\w+\s+|in\s+\w+\s+)?with\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:breakfast|lunch|dinner|banquet|session|meeting|debate|discussion|retreat|plenary|talks)\b|"
    # presence in a report or live blog: 'A, B and C are also here', 'X is on hand'; 'Y is also on the guest list'
    r"\b(?:is|are)\s+(?:also\s+|all\s+|both\s+|already\s+)?(?:here|on\s+hand)\b|"
    r"\b(?:is|are|was|were)\s+(?:also\s+)?on\s+the\s+(?:guest\s+|invitation\s+)?list\b(?!\s+of\b)|"
    # sightings: 'Other leaders spotted yesterday included', 'were among the other leaders seen in the hall'
    r"\b(?:leaders|heads\s+of\s+(?:state|government)|guests)\s+(?:seen|spotted|glimpsed|photographed|present)\s+"
    r"(?:[\w'’-]+\s+){0,5}?(?:also\s+)?(?:included|include|includes)\b|"
    r"\bamong\s+the\s+(?:[\w-]+\s+){0,2}?(?:leaders|heads\s+of\s+(?:state|government)|dignitaries|guests)\s+"
    r"(?:seen|spotted|glimpsed|photographed)\b|"
    r"\bamong\s+those\s+(?:(?:also|still)\s+)?(?:expected|invited|confirmed|coming|due)\b|"
    # the host's invitations: 'the Australian presidency invited X, Y and Z', 'the hosts have also invited'
    r"\b(?:presidency|hosts?|host\s+(?:country|nation|government)|chair(?:manship)?|organi[sz]ers)\s+"
    r"(?:(?:has|have|had)\s+)?(?:also\s+)?invited\s+(?!(?:him|her|them)\b)|"
    # pressing the others there: 'pushed the leaders on tax', 'had lobbied fellow leaders'
    r"\b(?:pushed|pressed|lobbied|implored|cajoled)\s+(?:his\s+|her\s+|their\s+|the\s+)?(?:fellow\s+)?"
    r"(?:counterparts|leaders|delegates|peers)\b|"
    # 'Medvedev joins allies in Lisbon', 'joined his counterparts at the resort'
    r"\bjoin(?:ed|s|ing)?\s+(?:his\s+|her\s+|their\s+|the\s+)?(?:fellow\s+)?(?:allies|counterparts|peers)\s+"
    r"(?:in|at)\s+(?-i:[A-Z])|"
    # 'X joined his colleagues.', 'Y joined her fellow leaders for the opening': joining the others there
    r"\bjoin(?:ed|s|ing)?\s+(?:his|her|their|the)\s+(?:fellow\s+)?(?:allies|counterparts|peers|colleagues|"
    r"(?:fellow\s+)?(?:leaders|heads\s+of\s+state))(?=\s*[.;]|\s+(?:at|in|for|on)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:summit|meeting|session|talks|opening|table|(?-i:[A-Z])))|"
    # 'A joined B, C's D and E for the session of the council': the people named joined each other for it
    r"\bjoin(?:ed|s|ing)?\s+(?:(?-i:[A-Z])[\w'’.-]*\s+){0,2}(?-i:[A-Z])[^.;:]{0,260}?,?\s+for\s+(?:the|this|its|a)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:summit|meeting|gathering|talks|session|plenary)\b|"
    # 'X was among those who spoke', 'were among the speakers': a voice in the meeting's debate
    r"\b(?:was|were)\s+among\s+(?:those\s+who\s+(?:also\s+)?(?:spoke|addressed|intervened|took\s+the\s+floor)|"
    r"the\s+(?:[\w-]+\s+)?speakers)\b|"
    # 'X is giving his closing press conference', 'Y held a final news conference'
    r"\b(?:giv(?:e|es|ing)|gave|h(?:olds?|eld|olding))\s+(?:his|her|their|a|the)\s+(?:closing|final|concluding|"
    r"end-of-summit)\s+(?:press|news)\s+conference\b|"
    # acts set at the meeting: 'agreed at the council to', 'at the leaders' retreat, when X told Y',
    # 'speaking to reporters at the venue', 'speaking in the extended session'
    r"\b(?:agreed|spoke|speaking|pledged|proposed|clashed|intervened)\s+(?:at|in)\s+the\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:summit|meeting|council|session|talks|retreat|plenary|table)\b|"
    # words at the meeting or its press conference: 'X said at the summit', 'Y told a news conference after the talks'
    r"\b(?:said|says|told\s+(?:reporters|journalists))\s+(?:at|during)\s+the\s+(?:[\w'’-]+\s+){0,2}?(?:summit|talks|"
    r"session|plenary)\b|\b(?:said|says|told)\s+(?:at\s+|during\s+)?(?:a|the|his|her|their|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:news|press)\s+conference\s+(?:at|after|during|following|on\s+the\s+(?:sidelines|margins)\s+of|to\s+close)\s+"
    r"(?:the|this|its)\s+(?:[\w'’-]+\s+){0,2}?(?:summit|talks|session|plenary|meeting)\b|"
    # 'In his speech to the summit, X', 'Y's address to the leaders': a speech given there
    r"\b(?:his|her|their|a|(?-i:[A-Z])[\w'’-]*['’]s)\s+(?:[\w-]+\s+)?(?:speech|address|remarks|statement|"
    r"intervention)\s+(?:to|at|before)\s+the\s+(?:[\w'’-]+\s+){0,2}?(?:summit|leaders|gathering|session|plenary|"
    r"delegates)\b|"
    r"\bat\s+the\s+(?:[\w'’-]+\s+){0,3}?(?:summit|meeting|retreat|session|plenary|dinner|lunch|banquet|gathering)"
    r"\s*,?\s+(?:when|as)\s+(?=(?:[\w'’.-]+\s+){0,4}(?-i:[A-Z]))|"
    r"\b(?-i:[a-z]+ing)\s+(?:[\w'’-]+\s+){0,4}?(?:at|in)\s+the\s+(?:summit\s+|conference\s+)?(?:venue|media\s+cent(?:re|er)|"
    r"press\s+cent(?:re|er))\b|"
    # 'A and B have been invited, along with C': invitees with no other object than the meeting
    r"\b(?:has|have|had)\s+(?:also\s+)?been\s+invited\b(?!\s+to\s+(?!(?:the|this|its)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:summit|sessions?|meeting|talks|gathering|retreat|dinner|dialogue|outreach)\b))|"
    # 'the leaders of the neighbouring states will meet the allies on Sunday'
    r"\bmeet(?:s|ing)?\s+(?:the|their)\s+(?:allies|leaders|heads\s+of\s+(?:state|government)|counterparts)\b|"
    + cues.MORE_ATTEND + "|" + rosters.ROSTER_ATTEND + "|" + preview_cues.PREVIEW_ATTEND + "|" + companions.COMPANION_ATTEND + "|" + acts.ACT_ATTEND + "|"
    + recall.RECALL_ATTEND + "|" + roll.ROLL_ATTEND + "|" + presence.PRESENCE_ATTEND + "|" + signings.REPORT_ATTEND
    + ")", re.I)
FUTURE = re.compile(
    r"\b(?:will|would(?!-be\b)|shall|set\s+to|expected|scheduled|plans?\s+to|planning\s+to|due\s+to|to\s+attend|to\s+participate|"
    r"going\s+to|(?:is|are)\s+to\s+(?:deliver|give|speak|address)|heads?\s+to|heading\s+to|invit(?:ed|es|ing)|confirmed\s+(?:(?:their|his|her)\s+)?(?:participation|attendance)|upcoming|next\s+week|"
    + presence.PRESENCE_FUTURE + r")\b", re.I)
PAST = re.compile(
    r"\b(?:attended(?!\s+by)|arrived|landed|gathered|assembled|participated|took\s+part|was\s+hosted|were\s+present|was\s+present|met|"
    r"welcomed|addressed|joined|hosted(?!\s+by)|chaired(?!\s+by)|(?:was|were|been)\s+attended|(?:was|were)\s+represented|were\s+among|opened|kick-started|embraced|announced|"
    r"skipped|sent|launched|travell?ed|flew|presented|reported|read\s+out|thanked|handed|completed|took\s+(?:his|her|their|a)\s+seats?|took\s+(?:up\s+)?(?:the\s+)?seats\s+(?:made\s+available|offered|given|ceded|lent|set\s+aside)|(?:present|attending|participants|attendees|leaders|guests|others|those)\s+(?:(?:in|at)\s+(?-i:[A-Z])[\w-]+\s+|who\s+[\w\s]{3,30}?\s+)?included|"
    r"made\s+the\s+(?:trip|journey)|came\s+as|brought\s+together|posed|greeted|"
    # there, if only for part of it: 'was taken ill during the working dinner and left early'
    r"left\s+(?:the\s+(?:[\w-]+\s+)?(?:dinner|session|talks|summit|meeting)\s+)?early|(?:was|fell)\s+(?:taken\s+)?ill\s+(?:during|at)|"
    r"(?:both|all|also)\s+came|came\s+(?:too|as\s+well|also|with)|accompanied\s+(?!by\b)|represented\s+(?:him|her)|"
    r"became\s+the\s+first\s+[^.;]{0,60}?\s+to\s+(?:attend|come|take\s+part|participate)|sat\s+(?:in|on)\s+the\s+(?:[\w-]+\s+){0,2}?(?:rows?|dais|podium|stage)|"
    r"led\s+the\s+(?:[\w-]+\s+){0,2}?(?:side|team|delegation)|handed\s+(?:on|over)\s+the\s+(?:role|gavel|baton|chair\w*|presidency)|"
    r"(?:left|departed)\s+(?!office\b)(?!the\s+(?-i:[A-Z])[\w'’-]*\s+(?:summit|meeting|talks)\b)(?:[\w'’-]+\s+){0,5}?"
    r"(?:early|before\s+the\s+(?:closing|close|end|final|last))|"
    r"stayed\s+(?:on\s+)?(?:to|until|till|through)\s+the\s+(?:very\s+)?(?:end|close|final\s+session|last\s+session)|"
    # 'held meetings on the sidelines with a dozen leaders', 'held talks with X'; 'spoke after him'; elected to the bureau
    r"held\s+(?:[\w-]+\s+){0,2}?(?:talks|meetings?)\s+(?:on\s+the\s+sidelines|with)|spoke\s+(?:after|before)\s+(?:him|her|them)|"
    r"was\s+elected\s+(?:as\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:chair\w*|president|vice[\s-]?(?:chair\w*|president)|rapporteur)\s+of\s+the\s+"
    r"(?:assembly|bureau|summit|session|conference)|"
    r"(?:had|has|have)\s+come\s+to\s+(?-i:[A-Z])\w*|"
    r"was\s+(?:his|her|their|a|the)\s+first|urged|told\s+(?:his|her|their)\s+(?:fellow\s+)?(?:counterparts|peers)|"
    r"told\s+the\s+(?:[\w'’-]+\s+){0,3}?(?:summit|leaders|delegates|gathering|session|meeting)|"
    r"(?:told|briefed)\s+(?:reporters|journalists|the\s+press|the\s+media)\s+(?:after|at|during|following)\s+the\s+"
    r"(?:[\w-]+\s+){0,2}?(?:summit|session|plenary))\b|" + presence.PRESENCE_PAST + "|" + signings.REPORT_PAST,
    re.I)
SEND = re.compile(r"\b(?:send(?:s|ing)?|sent|dispatch(?:es|ed|ing)?|delegat(?:es|ed|ing)(?:\s+the\s+(?:trip|journey|visit|task)\s+to)?|deputi[sz](?:es|ed|ing)(?!\s+for\b))\s+(?:(?:his|her|its|their)\s+|"
                  r"(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:official|envoy|representative|diplomat|minister)"
                  r"(?:\s+(?:of\s+state|without\s+portfolio))?\s*,\s*(?=(?-i:[A-Z]))|"
                  # 'is sending a personal representative': one unnamed, in the sender's place
                  r"(?:a|an)\s+(?:personal\s+|special\s+|senior\s+)?(?:envoy|representative|emissary)\b(?!\s*,\s*(?-i:[A-Z]))|"
                  r"(?=(?-i:(?:[A-Z][\w-]*\s+){0,2}(?:Vice|Deputy|Foreign|Prime|President|Premier|Minister|Secretary|Crown|"
                  r"Finance|Defence|Defense|Economy|Trade)))|"
                  r"(?=(?-i:(?:Sheikh|Sayyid|Sayed|Prince|Princess|Emir|Sultan)\s+[A-Z]))|"
                  # 'Beijing is sending Li Xi, a member of ..., as his special envoy': a bare name, sent as an envoy
                  r"(?=(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){0,3}\s*,?[^.;]{0,160}?\bas\s+(?:his|her|its|their|the\s+[\w-]+['’]s)\s+"
                  r"(?:[\w-]+\s+){0,2}?(?:envoy|representative|emissary|stand-in)\b)|"
                  # 'each sent lower-ranking officials', 'sent junior ministers'
                  r"(?=(?:lower|low|junior|more\s+junior|lesser)(?:[\s-]+(?:ranking|ranked|level))?\s+(?:officials|ministers|"
                  r"delegations?|envoys|representatives|teams?|delegates)\b)|"
                  # 'is sending former premier Y as its special envoy': anyone, sent as an envoy
                  r"(?=[^;,.]{0,60}?\bas\s+(?:(?:the|his|her|its|their|a)\s+)?(?:special\s+|personal\s+)?"
                  r"(?:envoy|representative|emissary)\b)|"
                  # 'sent Y in his place', 'sent Y instead': a bare name, sent as a stand-in
                  r"(?=(?-i:[A-Z])[^;,]{0,60}?\b(?:in\s+(?:his|her|their)\s+(?:place|stead)|instead)\b)|" + recall.SENT_ACTING
                  + ")", re.I)
VIRTUAL = re.compile(r"\b(?:by\s+video|video\s*link|virtually|online|via\s+video|remotely)\b", re.I)
GUEST = re.compile(r"\b(?:guests?|invitees?|invited|outreach|plus\s+format)\b", re.I)
SUMMITISH = re.compile(r"\b(?:summits?|session|gathering|meeting|talks|conference|delegation)\b", re.I)
_EXCLUDE_BEFORE = re.compile(r"\b(?:before|until|once)\s+$|\bpreceded\s+by\b[^.;]{0,200}?\b(?:chaired|led|hosted)\s+by\s+(?:[\w'’,-]+\s+){0,10}$|\bmission\s+to\s+(?-i:[A-Z])[^.;]{0,30}?\bled\s+by\s+(?:[\w'’-]+\s+){0,5}$|(?:\b(?:not|never)|n['’]t)\s+(?:yet\s+|been\s+|even\s+)?invit(?:ed|e)\s+$|\b(?:of|in)\s+(?:(?-i:[A-Z])[a-z]+\s+)?(?:19|20)\d{2},?\s+when\s+$|\bsame\s+(?:[\w-]+\s+){0,2}?(?:summits?|meetings?|gatherings?|sessions?)\s*,?\s+"
                             r"(?:at|in|during)\s+which\s+(?:[\w'’.-]+\s+){0,3}$|\bthen-\s*(?:[\w-]+\s+){0,2}$|\b(?:last|previous|past|earlier)\s+(?:[\w-]+\s+){0,2}(?:summits?|meetings?)\s*,?\s+(?:at|in|during)\s+which\s+$|\b(?:(?:19|20)\d\d|last\s+year['’]s|(?:the\s+)?(?:last|previous|past|earlier))\s+(?:[\w-]+\s+){0,2}(?:summits?|meetings?|gatherings?)\b[^.;,]{0,60},?\s+(?:when|where|at\s+which|during\s+which)\s+(?:[\w'’-]+\s+){0,3}$|\b(?:reception|dinner|banquet|lunch(?:eon)?|breakfast|gala|concert|tea)\s+(?:hosted|given|held|thrown|offered)\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$|(?:(?:unveiled|proposed|drafted|brokered|imposed|put\s+forward|floated|ordered)\s+by|successor\s+to|(?:to\s+)?succeed(?:ed|ing|s)?|replac(?:e|ed|es|ing)|predecessor,?|the\s+late|widow\s+of|son\s+of|daughter\s+of|death\s+of|"
                             r"killing\s+of|memory\s+of|tribute\s+to|assassination\s+of|funeral\s+of)\s+(?:[\w'’-]+\s+){0,3}$", re.I)
# met on a stop along the way: 'after a stopover in Lisbon, where she met X', 'a visit to Rome, where he held talks with Y'
_MET_ON_THE_WAY = re.compile(r"\b(?:stops?|stopovers?|visits?|stays?)\s+(?:in|to)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?:(?-i:[A-Z])[\w'’-]+|(?-i:[a-z]{2,3}))){0,3},"
                             r"\s+where\s+(?:he|she|they)\s+(?:also\s+)?(?:met(?:\s+with)?|held\s+talks\s+with|talked\s+with)\s+"
                             r"(?:[\w'’-]+\s+){0,4}$", re.I)
_EXCLUDE_AFTER = re.compile(r"^\s*,?\s*who\s+(?:was\s+killed|died|was\s+assassinated|passed\s+away|was\s+ousted|"
                            r"(?:had\s+)?(?:stepped\s+down|resigned|retired|left\s+office|was\s+(?:deposed|overthrown|toppled)))", re.I)
_SPEAKER_AFTER = re.compile(r"^\s*(?:\([^)]*\)\s*)?,?\s*(?:(?:has|have)\s+)?(?:(?:later|also|earlier|then|separately)\s+)?(?:said|says|told|confirmed|revealed|announced|stressed|noted|added|"
                            r"stated|explained|insisted|claimed|argued|warned|emphasi[sz]ed|pointed\s+out|reported|declined(?!\s+(?:to\s+attend|(?:the|an)\s+invitation)))\b"
                            r"(?!\s+the\s+(?:[\w'’-]+\s+){0,3}?(?:summit|leaders|delegates|gathering|session|meeting|heads)\b)"
                            r"(?!\s+(?:his|her|their)\s+(?:participation|attendance|presence))"
                            r"(?!\s+(?:that\s+)?(?:he|she|they)\s+(?:will|would)\s+(?:also\s+|not\s+)?(?:attend|participate|"
                            r"take\s+part|travel\s+to|be\s+(?:there|present|attending)))"
                            r"(?!\s+(?:his|her|their)\s+(?:fellow\s+)?(?:counterparts|peers|colleagues|leaders)\b)"
                            r"(?!\s+(?:reporters|journalists|the\s+press|the\s+media)\s+(?:after|at|during|following)\s+the\s+"
                            r"(?:[\w-]+\s+){0,2}?(?:summit|session|plenary)\b)"
                            r"(?!\s+(?:at|during)\s+the\s+(?:[\w'’-]+\s+){0,2}?(?:summit|talks|session|plenary)\b)"
                            r"(?!\s+(?:at\s+|during\s+)?(?:a|the|his|her|their|an)\s+(?:[\w-]+\s+){0,2}?(?:news|press)\s+"
                            r"conference\s+(?:at|after|during|following|on\s+the\s+(?:sidelines|margins)\s+of|to\s+close)\s+"
                            r"(?:the|this|its)\s+(?:[\w'’-]+\s+){0,2}?(?:summit|talks|session|plenary|meeting)\b)",
                            re.I)
_SPEAKER_BEFORE = re.compile(r"(?:[,\"”]\s*|^)(?:said|says|added|noted|according\s+to)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}$", re.I)
_GROUP = re.compile(r"\b(?:leaders|heads\s+of\s+(?:state|government)(?:\s+and\s+(?:of\s+)?government)?|delegations|"
                    r"representatives|presidents|prime\s+ministers|officials|envoys|delegates)\s+(?:from|of)\s+", re.I)
# an abbreviation's full stop may sit inside the aside: 'whose country votes on Feb. 2,'
_RELATIVE_CLAUSE = re.compile(r",\s*(?:who|whose|whom|the|a|an|its|his|her)\s(?:[^,;.]|\.(?!\s+[A-Z]|\s*$)){0,80},")
# (and 'X, prime minister of Antigua and Barbuda, skipped it': the office's state after it)
_OFFICE_ASIDE = re.compile(r"^\s*,\s*(?:the\s+)?(?:[\w'’.-]+\s+){0,4}?(?-i:president|prime\s+minister|chancellor|premier|"
                           r"leader|king|queen|emir|sultan|head\s+of\s+(?:state|government))(?:\s+of\s+[^,;.]{1,50}?)?\s*,", re.I)
_DUE_ASIDE = re.compile(r"^\s*,\s*(?:due|set|about|poised)\s+to\s[^,;.]{0,100},")
_PARTICIPLE_ASIDE = re.compile(r"^\s*,\s*(?-i:[a-z]+ing)\s[^,;.]{0,100},")
_ABSENT_GAP = re.compile(r"^(?:['’]s)?[^,;.]{0,45}$")
_POSSESSIVE_ABSENCE = re.compile(r"^['’]s\s+(?:decision\s+(?:not\s+)?to\s+(?:skip|miss|boycott|stay\s+away)|absence|boycott)", re.I)
_JOINED_BY_VIDEO = re.compile(r"\b(?:join\w*|address\w*|took\s+part|tak(?:e|es|ing)\s+part|participat\w*|spoke|speaks)\b[^.;]{0,40}?"
                              r"(?:by\s+video|video\s*link|virtually|via\s+video|remotely)", re.I)
_ABSENCE_FROM = re.compile(r"absence\s+of\s+(?:a\s+|an\s+)?(?:\w+\s+){0,3}(?:from|of)\s+(?:the\s+)?(?:member[- ]state\s+)?$", re.I)


@dataclass(frozen=True)
class AttendanceFinding:
    person: Person | None
    country_id: str | None
    country: str | None
    role: str | None
    status: str  # expected | attended | absent
    rule: str
    stand_in: bool
    guest_cue: bool
    mode: str
    span: tuple[int, int]


_FUTURE_PASSIVE = re.compile(r"\b(?:will|would|shall|to)\s+(?:also\s+)?be\s+\w+ed\b", re.I)


_INVITED = re.compile(r"\binvit(?:ed|es|ing)\b", re.I)
# 'were invited to', 'were also invited' (not 'the host also invited X': an active past, done once the summit is over)
_INVITED_VERB = re.compile(r"\b(?:(?:is|are|was|were|be|been)(?:\s+(?:also|not))?|not)\s+$", re.I)
# 'has invited X to a dialogue on Thursday' looks ahead; 'the presidency has also invited a few non-members: X, Y', with
# no event to come, is done once the summit is under way
# 'were invited as guests': in a report, the capacity they sat in, not an invitation still open
_INVITED_AS = re.compile(r"^\s+(?:to\s+(?:the\s+)?(?:summit|meeting|session)\s+)?as\s+(?:special\s+|honou?red\s+)?"
                         r"(?:guests?|observers?)\b", re.I)
_PERFECT_BEFORE = re.compile(r"\b(?:has|have|had)(?:\s+(?:also|not))?\s+$", re.I)
_INVITED_TO = re.compile(r"^[^.;:]{0,80}?\bto\s+(?:the|an?|its|their|this|next|attend)\b", re.I)
# a clause about the next meeting ('will host next year's summit') says nothing of this one's tense
_NEXT_MEETING = re.compile(r"\b(?:will|would|is\s+to|is\s+due\s+to|to)\s+(?:also\s+)?(?:host|chair)\s+(?:the\s+)?"
                           r"(?:next(?:\s+year['’]s)?|following)\s+(?:[\w-]+\s+){0,2}?(?:summit|meeting|gathering)\b[^,;.]*", re.I)


_RELATIVE_ASIDE = re.compile(r",\s*(?:who|which|whose)\s[^,;.]{0,120},")  # 'X, who met Y in Bali on Monday, will ...'
# an aside closing the sentence: 'will be chaired by X, whose country joined the bloc in 2010.', or describing the
# venue: 'will fly to X, where the leaders met in 2019 ...'
_FINAL_ASIDE = re.compile(r",\s*(?:who|whose|where|which)\s[^,;.]{0,160}\.?\s*$")


def _without_asides(text: str) -> str:
    return _FINAL_ASIDE.sub(" ", _RELATIVE_ASIDE.sub(" ", text))
# a prediction about a description, not about coming: 'what is expected to be her last summit', 'expected to be his final'
_PREDICTION = re.compile(r"\b(?:what|which|that)\s+(?:is|was|are|were)\s+(?:widely\s+|also\s+)?(?:expected|likely|set|due)\s+to\s+be\b|"
                         r"\bexpected\s+to\s+be\s+(?:his|her|their|its|the)\s+(?:last|final|first|only)\b", re.I)
# in a report of a summit under way, taking part 'again' on a later day: 'is expected to join again on Tuesday'
_AGAIN = re.compile(r"\b(?:is|are)\s+(?:also\s+)?(?:expected|due|set|scheduled)\s+to\s+(?:take\s+part|attend|join(?:\s+in)?|"
                    r"participate)\s+again\b(?!\s+(?:next|in\s+\d{4}))", re.I)
# in a report, the asides a future can hide in: 'X, who will leave office in May,', 'Y, attending her last summit before
# she retires;', 'as the bloc prepares to ...'
_REPORT_ASIDE = re.compile(r",\s*(?:who|which|whose|(?-i:[a-z]+ing)|(?:due|set|about|poised)\s+to)\s[^,;:.—–]*(?=[,;]|\.?\s*$)|"
                           r"\s[—–]\s*(?:who|which|whose)\s[^;:.—–]*(?=[—–;]|\.?\s*$)|"
                           r"\b(?:before|until|once|after|as)\s+(?:he|she|they|it|the\s+\w+)\s[^,;:.—–]*|"
                           # another event to come: 'before talks in Geneva next week', 'ahead of next month's vote'
                           r"\b(?:before|ahead\s+of|until|pending)\s+(?:the\s+|a\s+|new\s+|fresh\s+)?(?:[\w'’-]+\s+){0,2}?"
                           r"(?:talks|meetings?|elections?|vote|visits?|negotiations|deadline|referendum)\b[^,;:.—–]*|"
                           # reported speech: 'told reporters that any strike would be illegal'
                           r"\b(?:said|says|told\s+[\w-]+(?:\s+[\w-]+)?|warned|added|stressed|insisted|argued|hoped|hopes)\s+"
                           r"(?:only\s+|also\s+)?(?:that\s|"
                           # without 'that', another subject's 'would': 'said Lisbon would host the games', 'hoped the two
                           # sides would settle'
                           r"(?!(?:he|she|they|it|we|I)\b)(?=(?:[\w'’-]+\s+){1,7}(?:would|could|might)\b))[^;]*", re.I)


# a quotation of four words or more: its tense is the speaker's, not the report's ('X called it a sign that "we will ..."')
_QUOTED = re.compile(r"[\"“](?=(?:[^\"“”\s]+\s+){3})[^\"“”]{10,}?[\"”]")


# a closing attribution: ', the press service of the presidency reported.', ', officials said on Sunday.'
_ATTRIBUTION_TAIL = re.compile(r",\s+(?!and\b|but\b)((?:[\w'’.-]+\s+){1,8}?)(?:said|reported|announced|confirmed|added|stated|"
                               r"told\s+[\w-]+(?:\s+[\w-]+)?)(?:\s+(?:on|late\s+on|early\s+on)\s+\w+|\s+in\s+a\s+statement|"
                               r"\s+(?:today|yesterday|tonight|this\s+(?:morning|afternoon|evening|week)))?"
                               r"\s*[.!]?\s*$", re.I)
# travel, meetings and announcements a preview reports before the summit opens
_BEFORE_SUMMIT = re.compile(r"arrived|landed|flew|travell?ed|met|announced|reported", re.I)


def _attribution_dropped(text: str) -> str:
    """Drop a closing attribution, whose tense is the report's ('X will attend on Monday, the ministry said')."""
    m = _ATTRIBUTION_TAIL.search(text)
    if not m or PAST.search(m.group(1)) or FUTURE.search(m.group(1)) or not text[: m.start()].strip():
        return text
    return text[: m.start()] + "."


# the infinitive of a choice to stay away, no future: 'decided not to attend and sent Y'
_NOT_TO = re.compile(r"\bnot\s+to\s+(?:attend|participate|travel|come|go)\b", re.I)
# a report: 'X is also in Lima for the talks' (while the summit is under way); 'Y was the only guest to attend in person'
_THERE_NOW = re.compile(r"\b(?:is|are)\s+(?:already\s+|also\s+|now\s+){0,2}in\s+(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?\s+"
                        r"for\s+the\s+(?:[\w'’-]+\s+){0,2}?(?:summit|talks|meeting|gathering)\b|"
                        r"\b(?:was|were)\s+(?:the\s+)?(?:only|first|last|sole)\s+(?:[\w'’-]+\s+){0,6}?(?<!\bnot\s)"
                        r"to\s+(?:attend|participate|take\s+part|make\s+the\s+trip)\b", re.I)
# already there, even on a preview's eve: 'X is already in Sirte', 'Already in Sirte by this evening were A and B', 'A and
# B are already in town' (FORMAT: attended is 'reported as there'; a heading 'Who is in town:' is no report)
_ALREADY_THERE = re.compile(r"\b(?:is|are|was|were)\s+(?:also\s+|both\s+|all\s+)?already\s+(?:in|at)\s+(?-i:[A-Z])|"
                            r"^\W*already\s+(?:in|at)\s+(?-i:[A-Z])[^;.:]{0,60}?\b(?:were|was|sat)\b|"
                            r"\b(?:is|are)\s+(?:also\s+|both\s+|all\s+)?already\s+in\s+town\b", re.I)
_NOT_THERE = re.compile(r"\b(?:not|never|no\s+longer)\s+(?:yet\s+)?(?:already\s+)?in\b", re.I)
_WITH_TAKING_PART = re.compile(r"\bwith\s+(?:[\w'’.-]+\s+){1,10}?(?:taking\s+part|participating|in\s+attendance)\b", re.I)


def sentence_status(text: str, summit_future: bool | None, travel_is_future: bool = True) -> str:
    """Return the status a sentence gives its attendees: past tense wins, then future, then the summit's date.

    An attributive 'invited' is no future once the summit is over ('The invited guests were:' in a report, but
    'X were invited to the outreach sessions' stays expected), and a clause
    about hosting the next meeting is left out. A past verb only inside an aside ('Xi, who met Biden in Bali on
    Monday, is expected to ...') yields to the main clause's future. In a preview, travel and meetings alone
    (`travel_is_future`) come before the summit; a closing attribution ('..., the ministry said') gives no tense.
    """
    text = _attribution_dropped(_QUOTED.sub(" ", text))
    past = PAST.search(_FUTURE_PASSIVE.sub(" ", text))
    if past and summit_future is True and travel_is_future and all(
            _BEFORE_SUMMIT.fullmatch(m.group(0)) for m in PAST.finditer(_FUTURE_PASSIVE.sub(" ", text))):
        past = None  # a preview: 'X arrived in the country on Sunday', 'met Y on the way' come before the summit
    if _ALREADY_THERE.search(text) and not _NOT_THERE.search(text):
        return "attended"
    if past and not (_without_asides(text) != text and FUTURE.search(_without_asides(text))
                     and not PAST.search(_FUTURE_PASSIVE.sub(" ", _without_asides(text)))):
        return "attended"
    text = _PREDICTION.sub(" ", _NEXT_MEETING.sub(" ", text))
    if summit_future is False and tense.STILL_TO_COME.search(text):
        return "expected"  # a report while the summit is on: 'X, who is scheduled to land on Tuesday night'
    if summit_future is not True:  # 'X said he would use the summit to ...': the speaker's intention at the summit
        text = acts.REPORTED_WOULD.sub(" ", text)
    if summit_future is False and (_WITH_TAKING_PART.search(text) or _THERE_NOW.search(text)
                                   or signings.REPORT_ATTENDING.search(text)):
        return "attended"  # a report: 'A and B were invited, with X and Y taking part'
    if summit_future is False:  # a report: a future inside an aside or a time clause is not the attendance's tense
        text = _NOT_TO.sub(" ", _AGAIN.sub(" ", _REPORT_ASIDE.sub(" ", text)))
    if any(summit_future is not False or not _INVITED.fullmatch(m.group(0))
           or _INVITED_VERB.search(text[:m.start()]) and not _INVITED_AS.match(text[m.end():])
           or _PERFECT_BEFORE.search(text[:m.start()]) and _INVITED_TO.match(text[m.end():])
           for m in FUTURE.finditer(text)):
        return "expected"
    return "expected" if summit_future else "attended"


# 'X confirmed on Monday that he would not attend', 'Y said in May she would travel': a speaker announcing her
# own coming or staying away, with a time between the verb and the report
_SELF_REPORT = re.compile(r"^\s*,?\s*(?:(?:has|have|had)\s+)?(?:(?:later|also|earlier|then|separately)\s+)?(?:said|says|confirmed|announced|stated|"
                          r"(?:told|informed|notified|wrote\s+to)\s+(?:[\w'’-]+\s+){1,2}?)"
                          # 'informed the Presidency that, being unwell, he would not be able to travel'
                          r"\s*(?:(?:on|in|last|earlier|this)\s+(?:[\w-]+\s+){1,2}?)?(?:that(?:\s*,\s*[^,;.]{1,40},)?\s+)?(?:he|she)\s+(?:"
                          # 'said he was boycotting (the summit)', 'said she was not coming'
                          r"(?:was|is)\s+(?:boycotting|skipping|staying\s+away|not\s+(?:attending|coming|going|travell?ing))\b|"
                          r"(?:will|would)\s+"
                          r"(?:also\s+)?(?:not\s+)?(?:be\s+able\s+to\s+)?(?:attend|travel|come|go|participate|take\s+part|be\s+(?:there|present|attending)|"
                          # 'said he would use the gathering to press ...': the summit as his platform
                          r"use\s+(?:the|this)\s+(?:[\w-]+\s+)?(?:summit|gathering|meeting|talks|session)\s+to)\b)",
                          re.I)


# 'X, who steps down in June in favour of Y,': the successor; 'a month after they met in Sochi together with Z':
# a companion at an earlier meeting in a time clause
_SUCCESSOR_OR_EARLIER_MEETING = re.compile(
    # 'before she hands over to whichever of A or B wins the leadership contest': successors to come
    r"\b(?:before|until|once|when)\s+(?:he|she|they)\s+hands?\s+over\s+to\s+[^.;]{0,60}$|\bwhichever\s+of\s+(?:[\w'’.-]+\s+){0,4}(?:or\s+)?$|"
    r"\b(?:down|aside|resign\w*|retir\w*)\b[^.;]{0,60}?\b(?:in\s+favou?r\s+of|to\s+make\s+way\s+for)\s+(?:[\w'’.-]+\s+){0,3}$|"
    r"\b(?:after|before|since)\s+(?:they|he|she|we|both|the\s+(?:two|three)\s+\w+|(?-i:[A-Z])[\w'’.-]*"
    r"(?:\s+and\s+(?-i:[A-Z])[\w'’.-]*)?)\s+(?:had\s+|last\s+|first\s+)?(?:met|talked|held\s+talks)\b[^.;]{0,100}$", re.I)


# 'X announced in May that ..., and he did not travel': a speaker whose own absence the sentence then states
_SAID_AND_STAYED = re.compile(r"^[^;.:\"“”]{0,200}?,\s*and\s+(?:he|she)\s+(?:also\s+)?(?:did|does|will|would)\s+not\s+"
                              r"(?:attend|travel|come|go|take\s+part|make\s+the\s+(?:trip|journey))\b", re.I)


# 'X told journalists on the sidelines that', 'Y told reporters after the talks': a speaker there, at the meeting
_TOLD_THERE = re.compile(r"^\s*,?\s*(?:told|briefed)\s+(?:reporters|journalists|the\s+press|the\s+media)\s+(?:on\s+the\s+sidelines"
                         r"(?!\s+of\s+(?:an?\s|another\b))|(?:after|at|during|following)\s+the\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:summit|session|plenary|talks|meeting))\b", re.I)


# a former office-holder sent now as an envoy: 'is sending former premier X as (its) special envoy'
_AS_ENVOY_AFTER = re.compile(r"^\s*,?\s*as\s+(?:(?:the|his|her|its|their|a)\s+)?(?:special\s+|personal\s+)?"
                             r"(?:envoy|representative|emissary)\b", re.I)


# a successor in office, not at the meeting: 'X, who hands over to President-elect Y in January'
_SUCCESSOR_BEFORE = re.compile(r"\b(?:hands?|handed|handing)\s+over\s+(?:power\s+|office\s+)?to\s+(?:[\w'’-]+\s+){0,2}$", re.I)


# 'the head of the Ruritania-based Development Fund, former Ruritanian President X': a body's office held now, before it
_BODY_OFFICE_BEFORE = re.compile(r"\b(?:president|head|chief|chair(?:man|woman|person)?|secretary-general|"
                                 r"director-general|governor)\s+of\s+(?:the\s+)?[^,;.]{0,60},\s*(?:former\s+(?:[\w'’.-]+\s+){0,4})?$", re.I)


def _former(s: Sentence, p: Person) -> bool:
    """Return True for a person named by a former office, unless sent now as someone's envoy or heading a body now."""
    return p.former and not _AS_ENVOY_AFTER.match(s.text[p.end - s.start: p.end - s.start + 80]) and not \
        presence.former_leading_now(s, p) and not \
        _BODY_OFFICE_BEFORE.search(s.text[max(0, p.mention.start - s.start - 160): p.mention.start - s.start])


def _excluded(s: Sentence, p: Person, speakers: bool = True) -> bool:
    """Return True for people mentioned for the past, the dead, and (unless `speakers` is False) quoted speakers."""
    before = s.text[max(0, p.start - s.start - 240): p.start - s.start]
    after = s.text[p.end - s.start: p.end - s.start + 240]
    return _former(s, p) or bool(_excluded_before(before, after) or _EXCLUDE_AFTER.match(after)
                                 or _BACK_HOME_LEAD.match(s.text)
                            or _MET_ON_THE_WAY.search(before) or _SUCCESSOR_BEFORE.search(before[-60:])
                            or (speakers and _SPEAKER_AFTER.match(after) and not _IN_ASIDE.search(before)
                                and not cues.LED_ASIDE.search(before)
                                and not _SELF_REPORT.match(after) and not _SAID_AND_STAYED.match(after)
                                and not _TOLD_THERE.match(after) and not rosters.speaker_there(after))
                            or (_SPEAKER_BEFORE.search(before) and not acts.HOST_AFTER.match(after)
                                and not recall.speech_there(after))
                            or acts.TARGET_BEFORE.search(before[-80:])
                            or _THEN_OFFICE.search(s.text[max(0, p.mention.start - s.start - 120): p.mention.start - s.start])
                            or _TIME_CLAUSE_OBJECT.search(before) or _WHERE_ELSEWHERE.search(before)
                            or _prep_relative_elsewhere(before) or _LOWER_CHAIR_BEFORE.search(before)
                            or _SUCCESSOR_OR_EARLIER_MEETING.search(before))


def _excluded_before(before: str, after: str) -> bool:
    """The words before a name tie it to another time; 'Three days before X opens the summit' ties it to this one."""
    m = _EXCLUDE_BEFORE.search(before)
    return bool(m) and not (re.fullmatch(r"(?:before|until|once)\s+", m.group(0), re.I) and _OPENS_AFTER.match(after))


# the host's own act at the summit after 'before X': 'before X opens the fourth summit on Thursday'
_OPENS_AFTER = re.compile(r"^\s+(?:opens|open|hosts|welcomes|chairs|receives)\s+(?:the|his|her|its|their)\b", re.I)
# a sentence set at home, away from the summit: 'Back in Australia, the row deepened when X said ...'
_BACK_HOME_LEAD = re.compile(r"^\W*(?:back\s+(?:home\s+)?in\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?|back\s+home|at\s+home)\s*,", re.I)


# 'the run-off from which opposition leader X withdrew', 'the talks in which Y took part': a name in a relative
# clause on another noun; the sentence's cue is the main clause's (unless the noun is a meeting: 'the session at which')
# 'the trade ministers, who met on Monday under the chairmanship of X': a lower meeting's chair, not the summit's
_LOWER_CHAIR_BEFORE = re.compile(r"\b(?:ministers|officials|sherpas|deputies)\b[^.;]{0,60}?,\s*who\s+(?:had\s+)?"
                                 r"(?:met|gathered|convened)\b[^.;,]{0,100}$", re.I)
_PREP_WHICH = re.compile(r"([\w'’-]+(?:\s+[\w'’-]+){0,3})\s*,?\s+(?:from|in|at|after|during|by|with|over|against|"
                         r"for|on|of)\s+which\s+(?:(?-i:[a-z])[\w'’-]*\s+){0,3}$", re.I)


def _prep_relative_elsewhere(before: str) -> bool:
    m = _PREP_WHICH.search(before)
    return bool(m) and not re.search(r"\b(?:summit|session|meeting|gathering|plenary|retreat|council|assembly|talks|"
                                     r"dinner|lunch|luncheon|breakfast|banquet|reception|ceremony|debate|discussions?|"
                                     r"opening|photo)\b", m.group(1), re.I)


# 'X flew in from Stockholm, where he met Y on Wednesday': a where-clause on the place one came from is set there
_WHERE_ELSEWHERE = re.compile(r"\bfrom\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2},?\s+where\s+[^,;.:]*$|"
                              # 'after stopping in London, where he is due to see X': a stop on the way
                              r"\b(?:after|before|while|when)\s+(?:stopping(?:\s+over)?|a\s+stop(?:over)?|calling)\s+in\s+"
                              r"(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)?,?\s+where\s+[^;.:]*$")


# 'hosted by then British Prime Minister X', 'under then President Y': an office held then, not now
_THEN_OFFICE = re.compile(r"\b(?:under|by|of|with|from|for|to|when|while|as|against|alongside)\s+(?:the\s+)?then\b[\s-]*"
                          r"(?:(?-i:[A-Z])[\w'’.-]*\s+){0,4}$", re.I)
# 'a day after receiving X in Mexico City', 'shortly before meeting Y': the object of a time clause's verb (not
# 'before inviting X to take his seat': the one invited is the next act's subject)
_TIME_CLAUSE_OBJECT = re.compile(r"\b(?:after|before|since)\s+(?!inviting\b|asking\b)(?-i:[a-z]+ing)\s+(?:the\s+|a\s+|an\s+)?"
                                 r"(?:(?-i:[A-Z])[\w'’.-]*\s+|(?-i:[a-z][\w-]*)\s+){0,4}$", re.I)


# 'Zaev, who attended the dinner alongside Tsipras, said': a name closing a relative aside; the verb after
# the aside is the subject's (Zaev's), so the name inside it is no speaker
_IN_ASIDE = re.compile(r"\w,\s*(?:who|which|whose)\s[^,;.:\"“”()]{0,160}$", re.I)


def is_speaker(s: Sentence, p: Person) -> bool:
    """Return True when the person is quoted ('X said', 'X told reporters')."""
    return bool(_SPEAKER_AFTER.match(s.text[p.end - s.start: p.end - s.start + 240]))


# 'X had earlier informed his counterparts that he would not travel': the subject's own reported absence
# 'X announced in May that ..., and he did not travel': a clause of the same subject, by pronoun, after the comma
# 'X is campaigning for re-election ahead of the vote and did not make the trip': a first predicate, then the absence
_AND_PRED = re.compile(r"^(?:\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?:and\s+)?(?-i:[A-Z])[\w'’.-]*){0,3})?\s+(?:is|was|are|were|has|had|remained|remains|stayed)\s[^,;.:\"“”]{0,120}?\s+and\s+(?:also\s+|so\s+)?$", re.I)
_AND_SELF = re.compile(r"^[^;.:\"“”]{0,160}?,\s*and\s+(?:he|she)\s+(?:also\s+)?$", re.I)
_THAT_SELF = re.compile(r"^[^,;.]{0,100}?\b(?:that|saying)(?:\s*,\s*[^,;.]{1,40},)?\s+(?:he|she)\s+(?:(?-i:[a-z])\w*\s+){0,2}$", re.I)
_OTHERS_ABSENCE = re.compile(r"\s\w+['’]s\s+$")
_TOLD_BEFORE = re.compile(r"\b(?:told|tells|informed|informs|assured|assures|notified|notifies|warned|warns)\s+$", re.I)


# 'X, who has quarrelled with the hosts over the court reform for a year and more, is not expected to attend'
_LONG_WHO_ASIDE = re.compile(r"^\s*,\s*(?:who|whose|whom)\s[^,;.:\"“”]{0,160},")
# 'X, a founding member who had rarely missed one and chaired the body in 2009, was absent': a long appositive
_LONG_NOUN_ASIDE = re.compile(r"^\s*,\s*(?:a|an|the)\s[^,;.:\"“”]{0,160},")
_WHO_ASIDE = re.compile(r",\s*who\s[^,;.:\"“”]{0,160},")


# 'X, Trump's closest ally among the leaders, skipped': an appositive opening with another's possessive name
_POSSESSIVE_ASIDE = re.compile(r"^\s*,\s*(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2}['’]s?\s[^,;.:\"“”]{0,100},")
_NOUN_ASIDE_HEAD = re.compile(r"^\s*,\s*(?P<det>(?:a|an|the|his|her)\s[^,;.:\"“”]{0,60})?$", re.I)
_NOUN_ASIDE_TAIL = re.compile(r"^(?P<own>['’]s?\s)?[^,;.:\"“”]{0,80},\s*$")


def _inside_noun_aside(s: Sentence, head: Person, inner: Person, cue: int) -> bool:
    """Return True when `inner` is named inside an appositive on `head` that closes just before the cue at `cue`
    ('X, Y's closest ally, skipped'; 'X, a critic of Y, stayed away'), not coordinated with it ('X, Y and Z')."""
    first = _NOUN_ASIDE_HEAD.match(s.text[head.mention.end - s.start: inner.start - s.start])
    last = _NOUN_ASIDE_TAIL.match(s.text[inner.mention.end - s.start: cue])
    return bool(first and last and (first.group("det") or last.group("own")))


# an aside on another telling who did something to that one: ', invited by ', ', backed by the ', ', appointed by'
_AGENT_IN_ASIDE = re.compile(r",\s*(?:(?:first|personally|originally)\s+)?(?:invited|backed|supported|appointed|nominated|elected|"
                             r"endorsed|opposed|critici[sz]ed|ousted|succeeded|replaced|sanctioned|pardoned)\s+by\s+"
                             r"(?:(?:the|his|her|its)\s+)?(?:[\w'’.-]+\s+){0,3}$", re.I)


def _gap_without_asides(gap: str) -> str:
    """The text between a name and what follows it without the asides that open it: a relative clause, a participle
    ('X, facing mass protests at home, did not travel'), an appositive ('X, Ruritania's president, skipped the
    summit'), a plan ('X, due to hand over the presidency next week, also chose not to come')."""
    gap = _RELATIVE_CLAUSE.sub("", gap)
    gap = _PARTICIPLE_ASIDE.sub("", _LONG_WHO_ASIDE.sub("", _LONG_NOUN_ASIDE.sub("", _POSSESSIVE_ASIDE.sub("", gap))))
    return _DUE_ASIDE.sub("", _OFFICE_ASIDE.sub("", gap))


def _absent_people(s: Sentence, people: list[Person]) -> set[int]:
    """Return the indexes of the people an absence cue is about: the one just before it ('Modi's decision to skip')."""
    out: set[int] = set()
    for m in ABSENT.finditer(s.text):
        if _LOWER_MEETING_AFTER.match(s.text[m.end(): m.end() + 100]) or _PART_THEN_JOINED.match(s.text[m.end(): m.end() + 200]):
            continue  # 'skipped the meeting of the bloc's foreign ministers': the ministers' meeting, not the summit
        cue = s.start + m.start()
        if _ABSENTEE_IS.match(s.text, m.start()):
            out |= _named_after(s, people, m.end())  # 'The notable absentee was X'
            continue
        inverted = _ONE_WHO_IS.match(s.text, m.end()) if _ONE_WHO.search(s.text, 0, m.start()) else None
        if inverted:
            out |= _named_after(s, people, inverted.end())  # 'One leader who will not come is X'
            continue
        asides = [(s.start + a.start(), s.start + a.end()) for a in _WHO_ASIDE.finditer(s.text, max(0, m.start() - 240), m.start())]
        before = [i for i, p in enumerate(people) if p.mention.end <= cue  # not a name inside 'X, who clashed with Y,'
                  and not any(a < p.mention.start and p.mention.end < z for a, z in asides)]
        while len(before) > 1 and _INSIDE_WHO.match(s.text[people[before[-2]].end - s.start: people[before[-1]].start - s.start]):
            before.pop()  # 'X, who ousted Y in a coup, stayed away': Y is inside X's aside
        while len(before) > 1 and _inside_noun_aside(s, people[before[-2]], people[before[-1]], m.start()):
            before.pop()  # 'X, Y's closest ally, skipped the meeting', 'X, a critic of Y, stayed away': Y is in X's aside
        gap = _gap_without_asides(s.text[people[before[-1]].mention.end - s.start: m.start()]) if before else ""
        if before and _appositive(s, people[before[-1]]):
            gap = re.sub(r"^\s*,", "", gap)  # 'Afghanistan's outgoing president, X, will not attend'
        if before and _other_object_relative(s, people[before[-1]]):
            continue  # 'the forum in Sochi, which X did not attend': the relative's object is another event
        if before and _THAT_SELF.match(gap) and _TOLD_BEFORE.search(s.text[: people[before[-1]].start - s.start]):
            continue  # 'X told Y by phone that he would skip it': the teller stays away, not the one told
        if before and _OTHERS_ABSENCE.search(gap):
            continue  # 'X said the Armenian leader's absence was no tragedy': another's absence
        if m.group(0).lower() == "absence" and _ABSENCE_OF.match(s.text[m.end(): m.end() + 60]):
            out |= _absences_of(s, people, m.end())  # 'X regretted the absence of the Ruritanian leader, Y'
            continue
        who = bool(_WHO_GAP.match(gap)) and not (_OTHER_MEETING_AFTER.match(s.text[m.end(): m.end() + 80]) or _other_time(
            re.split(r"[.;,]", s.text[m.end(): m.end() + 80])[0], None))  # 'Y, who is not attending the summit'
        if before and (_ABSENT_GAP.match(gap) or _THAT_SELF.match(gap) or who or _AND_SELF.match(gap) or _AND_PRED.match(gap) or _WHO_IS_NOT.match(gap) and re.search(
                r"\bnot\b|n['’]t\b", m.group(0)) and _THIS_SUMMIT_OR_NONE.match(s.text[m.end(): m.end() + 40])):
            out.add(before[-1])
            i = before[-1]  # 'A and B stayed away', 'A, B and C did not attend': every coordinated subject ('A, ailing
            # since a stroke, and B both stayed away': with the asides between them)
            while i > 0 and _COORDINATED.match(_gap_without_asides(s.text[people[i - 1].end - s.start: people[i].start - s.start])):
                i -= 1
                out.add(i)
    return out | _neither_nor(s, people) | _named_absentees(s, people)


# 'the absence of X, who skipped the last one, and Ruritanian President Y': a coordinated name after an aside
_AND_ABSENT_TOO = re.compile(r"^(?:\s*,\s*(?:who|whose)\s[^;:\"“”]{0,160}?)?\s*,?\s*and\s+(?:the\s+)?"
                             r"(?:(?:(?-i:[A-Z])[\w'’.-]*|president|prime|minister)\s+){0,5}$", re.I)


def _absences_of(s: Sentence, people: list[Person], at: int) -> set[int]:
    """Return the people named after 'absence' at `at` ('the absence of X'), and those coordinated with them."""
    found = {i for i, p in enumerate(people) if _ABSENCE_OF_GAP.match(s.text[at: p.mention.start - s.start])}
    for i in sorted(found):
        while i + 1 < len(people) and _AND_ABSENT_TOO.match(
                s.text[people[i].mention.end - s.start: people[i + 1].mention.start - s.start]):
            i += 1
            found.add(i)
    return found


# 'X, who is not attending the summit, ...': the relative's subject stays away (from this summit, not an earlier one)
_WHO_IS_NOT = re.compile(r"^\s*,\s*who\s+(?:also\s+)?$", re.I)
_THIS_SUMMIT_OR_NONE = re.compile(r"^\s*(?:[,.;]|$|(?:the|this)\s+(?:summit|meeting|talks|session|gathering)\s*[,.;])", re.I)
# 'The most talked-about absentee was X', 'Absentees included A and B'
# 'The most prominent absence was that of X'
_ABSENTEES = re.compile(r"\babsentees?\s+(?:(?:this\s+time|so\s+far)\s+)?(?:was|were|is|are|included|include|includes)\s|"
                        r"\babsences?\s+(?:(?:this\s+time|so\s+far)\s+)?(?:was|were|is|are)\s+(?:that|those)\s+of\s", re.I)


def _named_absentees(s: Sentence, people: list[Person]) -> set[int]:
    """Return the indexes of the people named after 'the absentees were', up to the clause's end, outside asides."""
    m = _ABSENTEES.search(s.text)
    if m is None:
        return set()
    stop = re.search(r"[.;:]", s.text[m.end():])
    end = m.end() + stop.start() if stop else len(s.text)
    return {i for i, p in enumerate(people) if m.end() <= p.mention.start - s.start < end
            and not _IN_RELATIVE.search(s.text[m.end(): p.mention.start - s.start])}


# 'voiced regret over the absence of the Ruritanian leader': the absence is the object's, not the subject's
_ABSENCE_OF = re.compile(r"\s+of\b")
_ABSENCE_OF_GAP = re.compile(r"^\s+of\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,4}?(?:,\s*)?$")
_NEITHER = re.compile(r"\bneither\s+(?!of\b)[^.;:]{0,200}?\bnor\b", re.I)
# the second subject of 'neither ... nor' named by kin or office alone, with its aside: ' his brother Raúl, who ... ,'
_UNNAMED_SECOND = re.compile(r"^\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?[\w'’ .-]{1,40}?(?:,\s[^;.]{0,160},)?\s*$")


def _neither_nor(s: Sentence, people: list[Person]) -> set[int]:
    """'Neither President X nor his deputy, Y, made the trip': both named subjects of the negated cue are absent."""
    out: set[int] = set()
    for m in _NEITHER.finditer(s.text):
        cue = ATTEND.search(s.text, m.end())
        if cue is None or re.search(r",\s*(?:but|while|whereas)\b", s.text[m.end(): cue.start()], re.I):
            continue  # 'Neither X nor anyone else spoke, but Y attended': the cue is another clause's
        named = [i for i, p in enumerate(people) if m.start() <= p.mention.start - s.start and p.mention.end - s.start <= cue.start()]
        if named and people[named[-1]].mention.start - s.start > m.end() and _subject_of(s, people[named[-1]], cue.start()):
            out.update(named)
        elif named and _UNNAMED_SECOND.match(s.text[m.end(): cue.start()]):
            out.update(named)  # 'Neither X nor his brother, who has run the country since ..., made the trip': X at least
    return out


_INSIDE_WHO = re.compile(r"^\s*,\s*(?:who|whose)\s[^,;.:]*$", re.I)
# the absent one named after the copula: 'One leader who will not come is X', 'The only head of state who stayed away was Y'
_ONE_WHO = re.compile(r"\b(?:one|another|the\s+(?:only|one|other|main|most\s+notable))\s+(?:[\w-]+\s+){0,2}?(?:leaders?|heads?\s+of\s+"
                      r"(?:state|government)|presidents?|prime\s+ministers?|figures?|guests?|invitees?)\s+who\s+$", re.I)
_ONE_WHO_IS = re.compile(r"(?:\s+(?:the\s+)?(?:summit|meeting|talks|gathering))?\s+(?:is|was|will\s+be)\s+", re.I)
_ABSENTEE_IS = re.compile(r"absentees?\s+(?:(?:was|were|is|are)\s+|includ(?:ed|es?)\s+)", re.I)


def _named_after(s: Sentence, people: list[Person], at: int) -> set[int]:
    """Return the indexes of the people named first after `at` (an index into the sentence's text), coordinated."""
    after = [i for i, p in enumerate(people) if p.start - s.start >= at]
    if not after or not re.fullmatch(r"[^,;.:]{0,40}", s.text[at: people[after[0]].start - s.start]):
        return set()
    out = {after[0]}
    for i in after[1:]:
        if not _COORDINATED.match(s.text[people[i - 1].end - s.start: people[i].start - s.start]):
            break
        out.add(i)
    return out


# '<antecedent>, which X did not attend': the person is the subject of a relative clause on the noun before it
_OBJECT_RELATIVE = re.compile(r"([^,;.:]{0,120}?)\s*,?\s+which\s+$", re.I)
_SUMMIT_HEAD = re.compile(r"\b(?:summits?|meetings?|gatherings?|talks)\b", re.I)


def _other_object_relative(s: Sentence, p: Person) -> bool:
    """Return True when the person heads a relative clause on an event that is not a meeting of leaders ('the forum
    in Sochi, which X did not attend', 'the funeral, which Y skipped'): the absence is from that event."""
    start = min(p.start or p.mention.start, p.mention.start) - s.start
    m = _OBJECT_RELATIVE.search(s.text[max(0, start - 160): start])
    return bool(m) and not _SUMMIT_HEAD.search(m.group(1))


def _subject_of(s: Sentence, p: Person, cue: int) -> bool:
    """Return True when the person is the subject of the verb at `cue` (an index into the sentence's text):
    nothing but a short predicate, an aside or an appositive's comma stands between them."""
    gap = _PARTICIPLE_ASIDE.sub("", _RELATIVE_CLAUSE.sub("", s.text[p.mention.end - s.start: cue]))
    gap = re.sub(r"^\s*,[^,;.]{0,80},", "", gap)  # 'X, president of the commission, represented'
    if _appositive(s, p):
        gap = re.sub(r"^\s*,", "", gap)
    if re.match(r"(?-i:[a-z]+ing)\b", s.text[cue:]) and re.match(r"^(?:['’]s)?[^,;.]{0,60},\s*$", gap):
        return True  # 'X will miss the summit, sending Y': the participle's subject is the clause's
    if _NEW_SUBJECT_GAP.search(gap):
        return False  # 'X was represented by Y, while Benin sent Z': the verb has a subject of its own
    return bool(_ABSENT_GAP.match(gap))


_NEW_SUBJECT_GAP = re.compile(r"\b(?:while|whereas|but|when)\s+(?:the\s+)?(?-i:[A-Z])")


def _appositive(s: Sentence, p: Person) -> bool:
    """Return True for a name set off as an appositive after its office ('Ruritania's president, X, ...', "Kuwait's
    ailing emir, Sheikh X, ...": a style may stand before the name)."""
    before = s.text[max(0, p.mention.start - s.start - 80): p.mention.start - s.start]
    return bool(_APPOSITIVE_BEFORE.search(before)) and (p.start < p.mention.start or bool(_OFFICE_COMMA_BEFORE.search(before)))


# the office right before the comma: "Kuwait's ailing emir, "
_OFFICE_COMMA_BEFORE = re.compile(r"\b(?:president|prime\s+minister|premier|chancellor|emir|king|queen|sultan|leader|ruler|"
                                  r"head\s+of\s+(?:state|government))\s*,\s*(?:[\w.]+\s+){0,2}$", re.I)
_APPOSITIVE_BEFORE = re.compile(r",\s*(?:(?:Sheikh|Sheikha|Shaikh|Sayyid|Prince|Princess|King|Queen|Sultan|Emir|Dr\.?|Mr\.?|Mrs\.?|"
                                r"Ms\.?|Sir|Dame|General|Gen\.?|Marshal)\s+)*$")


_COORDINATED = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+|nor\s+)?|\s+(?:and|or|nor)\s+)$")


_NEGATED_BEFORE = re.compile(r"\b(?:not|never|last|first|previously|once)\s+$|\bnot\s+to\s+$", re.I)
_PAST_YEAR = re.compile(r"\b(?:in|since)\s+(?:(?:early|mid|late)[\s-]+)?(?:(?-i:Jan(?:uary)?|Feb(?:ruary)?|March|April|May|June|July|Aug(?:ust)?|"
                        r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+)?((?:19|20)\d{2})\b|\blast\s+(?:year|month)|\bago\b|\b(?:years?|decades?)\s+earlier\b|"
                        # 'as foreign ministers when the association was founded': the body's founding, another time
                        r"\bwhen\s+(?:the\s+|it\s+|they\s+)?(?:[\w'’-]+\s+){0,3}?(?:was|were)\s+(?:first\s+)?(?:founded|"
                        r"created|established|set\s+up|formed|launched)\b", re.I)


_FIRST_SINCE = re.compile(r"\bfirst\b[^.;:]{0,40}$", re.I)


def _other_time(text: str, year: str | None) -> bool:
    """Return True when a clause is dated to an earlier time ('in 2009', 'last year', 'a decade ago')."""
    for m in _PAST_YEAR.finditer(text):
        if m.group(0).lower().startswith("since") and _FIRST_SINCE.search(text[: m.start()]):
            continue  # 'their first meeting in that format since 2007': this one, the first after a gap
        if not m.group(1) or (year and m.group(1) < year[:4]):
            return True
    return False


# 'who rarely attends such meetings': a habit, not this attendance
_HABIT_BEFORE = re.compile(r"\b(?:rarely|seldom|hardly\s+ever|usually|often|always|regularly|normally)\s+$", re.I)
_MONTHS = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
# the clause before a cue sets it at another meeting: 'The 2014 Wales summit, hosted by', 'in 2010, when it hosted',
# 'at the CIS summit on December 28, 2021, attended by', 'Next year's summit will be hosted by'
_YEAR_MEETING_BEFORE = re.compile(r"\b((?:19|20)\d\d)\s+(?:[\w'’-]+\s+){0,3}?(?:summits?|meetings?|gatherings?|conferences?)\b|"
                                  # 'in 2010, when it hosted', 'in 2015 in Panama, where X shook hands with Y'
                                  r"\b((?:19|20)\d\d)(?:\s+in\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)?)?"
                                  r"\s*,\s*(?:when|where)\b|"
                                  r"\b(?:on|in)\s+(?-i:" + _MONTHS + r")\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?((?:19|20)\d\d)\b|"
                                  r"\b(?:on|in)\s+\d{1,2}\s+(?-i:" + _MONTHS + r")\.?,?\s+((?:19|20)\d\d)\b", re.I)
_OTHER_MEETING_BEFORE = re.compile(r"\b(?:next|following|last|previous)\s+(?:year['’]s\s+)?(?:[\w-]+\s+)?(?:summits?|meetings?)\b|"
                                   r"\b(?:next|last)\s+year['’]s\b|"
                                   # 'The leaders last met in Addis Ababa in January(, where) X took over the chair'
                                   r"\b(?:last|previously)\s+(?:met|convened|gathered|assembled)\b|"
                                   r"\b(?:earlier|first)\s+(?:met|gathered|convened|assembled)\b[^.;]*?"
                                   r"\b(?:where|when|at\s+which)\b|"
                                   # 'the council of foreign ministers was held in X under the chairmanship of'
                                   r"\b(?:(?:foreign|defen[cs]e|finance|trade|economy)\s+ministers['’]?|ministerial)\s+"
                                   r"(?:[^.;]{0,60}?\s)?(?:was|were)\s+(?:held|convened)\b", re.I)
# a sentence opened by another time: 'Last year in Ise-Shima, X and Y were ...', 'In 2014, ...', 'Two years ago, ...'
_OTHER_TIME_OPENING = re.compile(r"^\W*(?:last\s+year|the\s+(?:previous|year\s+before)|(?:a|one|two|three|four|five|"
                                 r"several|\d+)\s+years?\s+ago|in\s+((?:19|20)\d\d))\b", re.I)
# 'who attended the last four summits', 'attended the previous meeting', 'hosted last year's summit'
_OTHER_MEETING_AFTER = re.compile(r"^\W*(?:the\s+|every\s+)?(?:last|previous|past|earlier|first|next|following)\s+"
                                  r"(?:[\w-]+\s+){0,2}?(?:summits?|meetings?|gatherings?|editions?)\b|"
                                  r"^\W*(?:last|next)\s+year['’]s\b|"
                                  # 'attended a climate conference in Nairobi': an event of another kind
                                  r"^\W*(?:in\s+|at\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:conference|forum|rally|ceremony|funeral|"
                                  r"inauguration|festival|parade|wedding|congress|convention)\b"
                                  r"(?!\s+(?:cent(?:re|er)|hall|room|venue|call|site|building|complex)\b)", re.I)

# 'hosted the 2014 summit', 'attended the 2009 meeting in Minsk', 'X had been due to host the 2014 summit in Sochi',
# 'at the 2009 summit': a meeting of another year as the cue's object (one pattern; it was defined twice, and the
# later definition, without 'editions', was the one in force)
_YEAR_MEETING_AFTER = re.compile(r"^\W*(?:(?:at|in|during|to|for)\s+)?(?:the\s+|a\s+)?((?:19|20)\d\d)\s+(?:[\w'’-]+\s+){0,2}?"
                                 r"(?:summits?|meetings?|gatherings?|editions?)\b", re.I)


def _other_year_after(text: str, year: str | None) -> bool:
    m = _YEAR_MEETING_AFTER.match(text)
    return bool(m and year and m.group(1) < year[:4])


# 'X and Y took part in the ministerial meetings': a meeting of ministers that prepares the summit
_MINISTERIAL_AFTER = re.compile(r"^\s*(?:in\s+|at\s+)?(?:the\s+|a\s+|their\s+)?(?:ministerial|preparatory|"
                                r"senior[- ]officials['’]?|(?:foreign|defen[cs]e|finance|trade)\s+ministers['’]?)\s+"
                                r"(?:[\w-]+\s+){0,2}?(?:meetings?|talks|sessions?|councils?)\b", re.I)
# the ministers' or officials' meeting before the leaders' one: 'took part in the ministerial meetings', 'attended the
# foreign ministers' session', 'joined a meeting of defence ministers', 'was at the preparatory talks'
# one part of the summit missed, the rest attended: 'did not attend the restricted session but joined the plenary'
_PART_THEN_JOINED = re.compile(r"^\s+the\s+(?:(?!summit\b)[\w'’-]+\s+){0,3}?(?:session|meeting|dinner|lunch|breakfast|banquet|"
                               r"ceremony|photo)\b[^.;]{0,100}?\b(?:but|and)\s+(?:later\s+|then\s+)?(?:joined|attended|took\s+part|"
                               r"was\s+present)\b", re.I)
_LOWER_MEETING_AFTER = re.compile(
    r"^\s*(?:in|at|from)?\s*(?:the|a|an|their|its|this\s+week['’]s|that)?\s*(?:[\w'’-]+\s+){0,2}?"
    r"(?:ministerial|(?:foreign|defen[cs]e|finance|trade|economy|interior)\s+ministers['’]?|preparatory|sherpas?['’]?|"
    r"senior[\s-]officials['’]?)\s+(?:[\w-]+\s+)?(?:meetings?|sessions?|talks|council|conference|segment)\b|"
    r"^\s*(?:in|at|from)?\s*(?:the|a|an)?\s*(?:meetings?|sessions?|council)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:ministers|sherpas|senior\s+officials)\b", re.I)
# 'X attended that meeting but left before ...': a meeting named before, by a person's own verb
_THAT_MEETING_AFTER = re.compile(r"^\s*(?:in|at)?\s*(?:that|those)\s+(?:[\w-]+\s+){0,2}?(?:summits?|meetings?|gatherings?)\b",
                                 re.I)


# 'the Council of Foreign Ministers met in Riga under the chairmanship of X': the ministers' body is the cue's subject
_MINISTERS_BODY_BEFORE = re.compile(r"\b(?:council|meeting|conference|committee)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                                    r"ministers\b\s*(?:(?:also|then|had|has|have)\s+)?(?:[\w-]+\s+){0,4}$", re.I)


# the ministers' meeting as the cue's subject: 'The ministerial meeting was co-chaired by', 'the trade ministers' talks
# were opened by'
_MINISTERIAL_SUBJECT = re.compile(r"\b(?:ministerial|(?:foreign|defen[cs]e|finance|trade|economy)\s+ministers['’]?|"
                                  r"preparatory|senior[\s-]officials['’]?)\s+(?:[\w-]+\s+)?(?:meetings?|sessions?|talks|"
                                  r"conference)\s+(?:was|were|is|are|will\s+be)\s+(?:(?:also|jointly)\s+)?(?:co-)?$", re.I)


_CHAIR_VERB = re.compile(r"^(?:chair\w*|opened|join\w*)\s+", re.I)


def _other_meeting(text: str, m: re.Match[str], year: str | None) -> bool:
    """Return True when a cue's own clause sets it at another meeting than this one.

    Before the cue: a meeting of an earlier year or the next one ('The 2014 Wales summit, hosted by', 'Next
    year's summit will be hosted by'), a when-clause after an earlier year ('in 2010, when it hosted'), a full
    earlier date ('at the informal summit on December 28, 2021, attended by'), or a sentence opened by another
    time ('Last year in Ise-Shima, X was at the table'). After it: 'attended the last four summits'.
    """
    before = re.split(r"[.;]", text[max(0, m.start() - 160): m.start()])[-1]
    before = _RELATIVE_ASIDE.sub(" ", before + ",")[:-1] if m.start() > 0 else before
    opening = _OTHER_TIME_OPENING.match(text)
    if opening and (not opening.group(1) or not year or opening.group(1) < year[:4]):
        return True
    if _OTHER_MEETING_AFTER.match(text[m.end(): m.end() + 80]) or _OTHER_MEETING_BEFORE.search(before) or \
            _other_year_after(text[m.end(): m.end() + 80], year) or \
            _LOWER_MEETING_AFTER.match(text[m.end(): m.end() + 100]):
        return True
    if _LOWER_MEETING_AFTER.match(_CHAIR_VERB.sub("", m.group(0))):
        return True  # 'chairs the preparatory meeting': the cue's own object is the ministers' or officials' meeting
    if _MINISTERIAL_AFTER.match(text[m.end(): m.end() + 80]) or _MINISTERS_BODY_BEFORE.search(before) or \
            _MINISTERIAL_SUBJECT.search(before):
        return True
    if _other_event_frame(text, m):
        return True
    after = _YEAR_MEETING_AFTER.match(text[m.end(): m.end() + 60])
    if after and year and after.group(1) != year[:4]:
        return True
    return any(y and year and y < year[:4] for mm in _YEAR_MEETING_BEFORE.finditer(before) for y in mm.groups())


def _other_event_frame(text: str, m: re.Match[str]) -> bool:
    """Return True when the cue's object or subject is another event: a parade, a forum named after 'after', the
    ministers' own meeting, 'that meeting' named before."""
    near = text[max(0, m.start() - 200): m.start()]
    passive = AFTER_OTHER_EVENT_BEFORE.search(text[max(0, m.start() - 200): m.end()] + " ") and \
        (m.group(0).lower().endswith(" by") or PASSIVE_AGENT_AFTER.match(text[m.end(): m.end() + 40]))
    return bool(OTHER_KIND_AFTER.match(text[m.end(): m.end() + 80]) or passive or MINISTERS_MET_BEFORE.search(near) or
                THAT_MEETING_BEFORE.search(near))


_BEFORE_THE_MEETING = re.compile(r"\b(?:before|ahead\s+of|since|until)\s+(?:the|this|its)\s+(?:[\w-]+\s+){0,2}$", re.I)
# 'The last Russian leader to attend a summit of the alliance was X': an earlier attendance, not this one
_LAST_TO_BEFORE = re.compile(r"\b(?:last|previous)\s+(?:[\w'’-]+\s+){1,3}?to\s+$", re.I)


# 'attend his second summit since X was readmitted last year': the since-clause dates the gap, not the attendance
_ORDINAL_SINCE = re.compile(r"\b(?:first|second|third|fourth|fifth)\s+(?:[\w'’-]+\s+){0,3}?since\b", re.I)
# a relative clause on a noun that is no meeting: its time is the noun's, not the cue's
_RELATIVE_ON_OTHER = re.compile(r"(?<!summit)(?<!summits)(?<!meeting)(?<!meetings)(?<!session)(?<!sessions)(?<!gathering)"
                                r"(?<!talks)(?<!conference)(?<!forum)(?<!event)\s+(?:that|which|where)\s", re.I)


# 'broke ranks last month when he flew to', 'two weeks ago, when she travelled to': the cue dated to an earlier time
_EARLIER_WHEN = re.compile(r"\b(?:(?:last|previous)\s+(?:week|month|year)|(?:[\w-]+\s+)?(?:days|weeks|months|years)\s+ago|"
                           r"earlier\s+this\s+(?:week|month|year))\s*,?\s+when\s+(?:[\w'’-]+\s+){0,3}$", re.I)


_EVERY_ONE_AFTER = re.compile(r"\s+(?:every|each|all|most)\s+(?:[\w-]+\s+){0,2}?(?:summits?|meetings?|gatherings?|sessions?)\b", re.I)


@functools.lru_cache(maxsize=1024)
def attend_cue(text: str, year: str | None = None) -> re.Match[str] | None:
    """Return the first attendance cue about this summit: not negated ('has not attended'), not of another time.

    Cached: several rules ask it of the same sentence (a pure function of the text and the year).

    'whose leaders first met in Yekaterinburg in 2009', 'which Modi addressed at last year's meeting' and
    'Putin has not attended a G7 meeting since' speak of other meetings or of no meeting.
    """
    negated = [(a.start(), a.end()) for a in ABSENT.finditer(text)]
    for m in ATTEND.finditer(text):
        if any(a <= m.start() < z for a, z in negated):
            continue  # 'is not expected to attend', 'declined to attend': the word belongs to an absence
        # an aside on a person ('hosted by X, who last year ...') dates the person, not the cue
        clause = re.split(r"[.;]|,\s*(?:who|whose|as)\b", text[m.end(): m.end() + 80])[0]  # ', as it has since 2008'
        clause = roll.LIKE_BEFORE.split(clause)[0]  # 'attends as he has every year since 1977': this time, like the others
        clause = presence.OWN_EVENT_CLAUSE.split(clause)[0]  # 'after his coalition collapsed last month': its own time
        rel = _RELATIVE_ON_OTHER.search(clause)  # 'welcomed them to a city that a few months ago was ...'
        clause = clause[: rel.start()] if rel else clause
        since = _ORDINAL_SINCE.search(clause)  # 'his second summit since Damascus was readmitted last year'
        clause = clause[: since.end()] if since else clause
        if re.match(r"\s*since\b", clause) and re.search(r"\bfirst\b", m.group(0)):
            clause = ""  # 'became the first Indian prime minister to attend since X went to Y in 2009': the last one's time
        if _NEGATED_BEFORE.search(text[max(0, m.start() - 12): m.start()]) or _other_time(clause, year) or \
                _LAST_TO_BEFORE.search(text[max(0, m.start() - 60): m.start()]) or \
                _EARLIER_WHEN.search(text[max(0, m.start() - 80): m.start()]):
            continue
        if _HABIT_BEFORE.search(text[max(0, m.start() - 20): m.start()]) or _other_meeting(text, m, year):
            continue
        if _EVERY_ONE_AFTER.match(text, m.end()):
            continue  # 'has attended every NATO summit in person since 2023': a habit, not this meeting
        if _BEFORE_THE_MEETING.search(text[max(0, m.start() - 40): m.start()]) and m.group(0).lower() == "gathering":
            continue  # 'talks in Washington, days before the gathering': the meeting as a time mark
        return m
    return None


# the one who chaired a preparatory meeting: 'The ministers' council, which met in the capital on Thursday under
# Foreign Minister X', 'senior officials meeting on Monday under the chairmanship of Y'
_PREPARATORY_UNDER = re.compile(r"\b(?:ministers?['’]?|officials|experts|envoys|sherpas|deputies)\s+"
                                r"(?:(?:(?!heads\s+of|leaders|summit)[^.;]){0,80}?\s)?(?:met|meeting|meets|convened|gathered)\b"
                                r"(?:(?!heads\s+of|leaders|summit)[^.;]){0,80}?\bunder\s+(?:the\s+"
                                r"(?:chairmanship|chair|presidency)\s+of\s+)?(?:[\w'’-]+\s+){0,4}$", re.I)
_ARRIVING_LEAD = re.compile(r"^\W*(?:arriving|walking\s+in|on\s+(?:his|her|their)\s+(?:arrival|way\s+in))\b[^,;.:]{0,60},\s*", re.I)


def person_findings(s: Sentence, people: list[Person], summit_future: bool | None, dead: set[str],
                    year: str | None = None) -> list[AttendanceFinding]:
    """Return attendance findings for the people in one sentence."""
    attend, absent, represent = attend_cue(s.text, year), ABSENT.search(s.text), REPRESENT.search(s.text)
    absent_idx = set() if _JOINED_BY_VIDEO.search(s.text) else _absent_people(s, people)
    sender, deputies = _senders(s, people)
    sent = SEND.search(s.text) if sender is not None and not deputies else None
    if sent is not None and not (_SENT_STAND_IN.match(s.text, sent.end()) or _SENT_STAND_IN.search(sent.group(0))):
        sender = None  # 'X sent his condolences': no one sent in X's place
    senders = {sender} if sender is not None else set()
    while sender is not None and sender > 0 and _SENDERS_GAP.match(s.text[people[sender - 1].end - s.start: people[sender].start - s.start]):
        sender -= 1  # 'A, B and C each sent lower-ranking officials': every coordinated subject sends
        senders.add(sender)
    if not (attend or absent or represent or deputies or sender is not None) or not (
            SUMMITISH.search(s.text) or attend or represent or absent_idx or deputies or sender is not None):
        return []
    status = sentence_status(s.text, summit_future)
    mode = "virtual" if VIRTUAL.search(s.text) else "in_person"
    lead = _ARRIVING_LEAD.match(s.text)
    if lead and attend and attend.start() < lead.end():  # 'Arriving later, X said he would call Y': X's cue alone
        subject = next((p for p in people if 0 <= p.start - s.start - lead.end() <= 40), None)
        return [] if subject is None or subject.person_id in dead or _excluded(s, subject, speakers=False) else [
            _finding(subject, sentence_status(lead.group(), summit_future), "attend_cue", False, s, mode)]
    out = []
    past = {p.person_id for p in people if _former(s, p) or _excluded_before(s.text[max(0, p.start - s.start - 240): p.start - s.start],
                                                                            s.text[p.end - s.start: p.end - s.start + 60])}
    given_up = reversals.given_up_stand_ins(s.text, SEND.search(s.text), [p.mention.start - s.start for p in people])
    cue_spans = None  # the sentence's attendance cues, found once for all its people
    for i, p in enumerate(people):
        if i in given_up:
            continue  # 'had been expected to send Y in her place, but ... herself': Y is sent by no one
        own = _clause_status(s, p, summit_future, status)
        if own is None:
            continue  # the sentence's cue is another clause's, about its own subject
        if _excluded(s, p) or p.person_id in dead or (p.role == "Spokesperson") or p.person_id in past:
            continue  # one named for the past ('who succeeded X ... after X first floated') is so at every mention
        if _PREPARATORY_UNDER.search(s.text[max(0, p.start - s.start - 200): p.start - s.start]):
            continue  # 'The ministers' council, which met on Thursday under Foreign Minister X': X chaired another meeting
        if _own_cue_elsewhere(s, p, year) or _cues_in_others_clause(s, p, people):
            continue
        if cue_spans is None:
            cue_spans = [c.span() for c in ATTEND.finditer(s.text)]
        if asides.in_anothers_aside(s, p, people, cue_spans) or _in_past_aside(s.text[max(0, p.start - s.start - 240): p.start - s.start]):
            continue
        if _AGENT_IN_ASIDE.search(s.text[max(0, p.start - s.start - 80): p.start - s.start]) and re.match(
                r"\s*,", s.text[p.end - s.start:]) and any(q.end <= p.start - 5 for q in people if q is not p):
            continue  # 'X, invited by Y, was due to speak': Y is the aside's agent, not X's fellow
        if i in deputies:
            f = _finding(p, own, "sent_in_place", True, s, _clause_mode(s, p, mode))
            if p.country_id is None and sender is not None and people[sender].country_id:  # 'X sent Foreign Minister Y': X's state
                f = dataclasses.replace(f, country_id=people[sender].country_id, country=people[sender].country)
            out.append(f)
        elif (i in absent_idx or i in senders) and not _JOINED_BY_VIDEO.search(s.text):
            out.append(_finding(p, "absent", "absent_cue", False, s, _clause_mode(s, p, mode)))
        elif (attend or represent) and not _owner_of_other_noun(s, p) and not _ON_BEHALF.search(
                s.text[max(0, p.start - s.start - 60): p.start - s.start]):
            rep = bool(represent) and _is_representative(s, p, people)
            if rep or (attend and not absent_idx) or (attend and i not in absent_idx and p.mention.start > s.start + attend.start() - 200):
                out.append(_finding(p, own, "represent_cue" if rep else "attend_cue", rep, s, _clause_mode(s, p, mode)))
    return companions.companions_country(s.text, s.start, _instead_absent(
        s, out, [p for p in people if not _excluded(s, p) and p.person_id not in dead]))


def _own_clause(s: Sentence, at: int) -> tuple[int, int]:
    """Return the span (in the sentence's text) of the semicolon-delimited clause holding position `at`."""
    z = s.text.find(";", at)
    return s.text.rfind(";", 0, at) + 1, z if z >= 0 else len(s.text)


def _clause_status(s: Sentence, p: Person, summit_future: bool | None, status: str) -> str | None:
    """'It will be the first summit for X; Y took part in every one before': clauses joined by a semicolon each keep
    their own tense, so a person's status is that of their own clause when it holds an attendance cue. With no
    cue of its own, while every other clause's cue has its own subject named before it, the person gets none."""
    if ";" not in s.text:
        return status
    a, z = _own_clause(s, p.mention.start - s.start)
    clause = s.text[a:z]
    if attend_cue(clause) and not ABSENT.search(clause):
        return sentence_status(clause, summit_future)
    if attend_cue(clause) or ABSENT.search(clause) or REPRESENT.search(clause):
        return status
    return None if _cues_owned(s, (a, z)) else status


# a clause opened by a name, perhaps after an office: 'Nazarbayev ', 'his predecessor, Stephen Harper, '
_CLAUSE_SUBJECT = re.compile(r"^\s*(?:(?:his|her|their|its|the)\s+(?:[\w-]+\s+){0,2}?)?,?\s*(?:[A-Z][\w'’.-]*\s+){1,4},?\s*"
                             r"(?:(?:has|have|had|also|then)\s+)?$")


def _cues_owned(s: Sentence, own: tuple[int, int]) -> bool:
    """Return True when every attendance cue outside the clause `own` comes in a later clause, after a name that is
    its subject ('...; Nazarbayev took part in every summit'); a cue before it leads a list ('opened the session
    with A, Russia's president; B, ...')."""
    found = False
    for m in ATTEND.finditer(s.text):
        if own[0] <= m.start() < own[1]:
            continue
        if m.start() < own[0]:
            return False
        a, _ = _own_clause(s, m.start())
        subject = _CLAUSE_SUBJECT.search(s.text[a: m.start()])
        if subject is None:
            return False
        found = True
    return found


def _clause_mode(s: Sentence, p: Person, mode: str) -> str:
    """'X spoke by video; his minister, Y, led the delegation on the ground': a semicolon clause with an attendance
    cue of its own and no video cue is in person, whatever the other clauses say."""
    if mode != "virtual" or ";" not in s.text:
        return mode
    a, z = _own_clause(s, p.mention.start - s.start)
    clause = s.text[a:z]
    return "in_person" if (attend_cue(clause) or REPRESENT.search(clause)) and not VIRTUAL.search(clause) else mode


def _own_cue_elsewhere(s: Sentence, p: Person, year: str | None = None) -> bool:
    """'...; X attended that meeting but left before the summit', 'X took part in the ministerial talks': the
    person's own attendance verb has another meeting for its object, whatever other cues the sentence has."""
    at = p.mention.end - s.start
    for m in ATTEND.finditer(s.text, at, min(len(s.text), at + 60)):
        if not _subject_of(s, p, m.start()):
            continue
        after = s.text[m.end(): m.end() + 100]
        return bool(_LOWER_MEETING_AFTER.match(after) or _OTHER_MEETING_AFTER.match(after) or _THAT_MEETING_AFTER.match(after)
                    or _other_year_after(after, year))
    return False


_CONTRAST = re.compile(r",\s+(?:though|although|but|while|whereas)\s", re.I)


def _cues_in_others_clause(s: Sentence, p: Person, people: list[Person]) -> bool:
    """'Ties were strained by X's trip, though Y and Z are expected to meet': every cue is in a later contrasting
    clause, after a subject of its own."""
    at = p.mention.end - s.start
    cut = _CONTRAST.search(s.text, at, at + 160)
    if cut is None or any(r.search(s.text[: cut.start()]) for r in (ATTEND, ABSENT, REPRESENT)):
        return False
    first = ATTEND.search(s.text, cut.end())
    return first is not None and any(cut.end() <= q.mention.start - s.start < first.start() for q in people if q is not p)


# 'standing in for his father, President X', 'on behalf of her boss, Y': a short appositive before the one stood in for
_KIN_APPOSITIVE = r"(?:(?:his|her|their)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+\s*,\s*)?"
# 'on behalf of King X', 'in place of President Y': the one represented is not there by the sentence's cue
_ON_BEHALF = re.compile(r"\b(?:on\s+behalf\s+of|in\s+place\s+of|" + TAKES_PLACE_OF + r"|(?:special\s+|personal\s+)?(?:envoy|emissary)\s+of|instead\s+of|(?:stand(?:s|ing)?|stood|fill(?:s|ed|ing)?)\s+in\s+for|deputi[sz]ing\s+for)\s+"
                        r"(?:the\s+)?" + _KIN_APPOSITIVE + "$", re.I)
_INSTEAD = re.compile(r"\b(?:instead|in\s+(?:his|her|their)\s+(?:place|stead))\b", re.I)
_REPRESENTED_BY = re.compile(r"\b(?:was|were|is|are|will\s+be)\s+" + REP_ADVERBS + r"(?:being\s+)?represented\s+(?:[\w'’-]+\s+){0,7}?by\b|\b"
                             + PLACE_TAKEN_BY + r"\b|"
                             + acts.ASIDE_REPRESENT, re.I)


def _instead_absent(s: Sentence, found: list[AttendanceFinding],
                    people: list[Person]) -> list[AttendanceFinding]:
    """'X was represented by Y, as President Z ...': Z, of the represented country, is absent.

    So is the leader in 'Z is returning home, and Vice President Y will lead the delegation instead'.
    """
    found = [_stead_country(s, f, people) for f in found]
    reps = {f.country_id for f in found if f.stand_in and f.country_id}
    if not reps or not (_REPRESENTED_BY.search(s.text) or _INSTEAD.search(s.text)):
        return found
    seen = {(f.span, f.country_id) for f in found}
    sent = SEND.search(s.text)
    cut = _SENT_CLAUSE_END.search(s.text, sent.end()) if sent else None
    found = found + [_finding(p, "absent", "represented_instead", False, s, "none") for p in people
                     if p.country_id in reps and ((p.start, p.end), p.country_id) not in seen
                     # 'will send X, as the count between A and B drags on': A and B, after the sending, are in
                     # a clause of their own
                     and (cut is None or p.start < s.start + cut.start()
                          or _REPRESENTED_BY.search(s.text[cut.start(): p.start - s.start]))
                     and not _owner_of_other_noun(s, p)]  # 'ruler since King X's stroke': X named for his stroke
    return [dataclasses.replace(f, status="absent", rule="represented_instead", stand_in=False, mode="none")
            if not f.stand_in and f.country_id in reps and f.status != "absent" else f for f in found]


_IN_HIS_STEAD = re.compile(r"^[^.;]{0,120}?\b(?:in\s+(?:his|her)\s+(?:stead|place)|on\s+(?:his|her)\s+behalf)\b", re.I)


def _stead_country(s: Sentence, f: AttendanceFinding, people: list[Person]) -> AttendanceFinding:
    """'X, the Prime Minister, withdrew ..., and Y, the Foreign Minister, took his seat in his stead': Y, of no country
    named, stands for the state of the one named before him."""
    if not f.stand_in or f.country_id or f.person is None or not _IN_HIS_STEAD.match(s.text[f.person.end - s.start:]):
        return f
    before = [p for p in people if p.end <= f.person.start and p.country_id]
    if not before:
        return f
    p = before[-1]
    return dataclasses.replace(f, country_id=p.country_id, country=p.country,
                               person=dataclasses.replace(f.person, country_id=p.country_id, country=p.country))


_POSSESSIVE_NOUN = re.compile(r"^['’]s\s+(?!(?:" + presence.OWN_PRESENCE_NOUNS + r"|arrival|attendance|participation|presence|visit|delegation|trip|debut|"
                              r"first\s+(?:[\w-]+\s+){0,2}?(?:summit|forum|appearance))\b)[a-z]", re.I)


# 'the first since Premier X's visit to Delhi', 'since Y's trip in May': a visit dated before the report's by 'since'
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+|a\s+)?(?:[\w'’.-]+\s+){0,4}$", re.I)


def _owner_of_other_noun(s: Sentence, p: Person) -> bool:
    """'under the shadow of Trump's return': a possessive person owns a noun; the attendance verb is not theirs."""
    after = s.text[p.mention.end - s.start: p.mention.end - s.start + 40]
    if re.match(r"^['’]s\s", after) and _SINCE_BEFORE.search(s.text[max(0, p.mention.start - s.start - 60):
                                                                     p.mention.start - s.start]):
        return True
    return bool(_POSSESSIVE_NOUN.match(after) or NAME_AS_MODIFIER.match(after))


# 'the Bainimarama regime's sharpest critic', 'the Trump administration': a name that modifies a noun names no one there
NAME_AS_MODIFIER = re.compile(r"^\s+(?:regime|government|administration|junta|camp|era|doctrine|presidency)['’]s?\b", re.I)


# 'X proposed that the union send its own envoy', 'Y urged the bloc to send monitors': a proposal that another
# body send someone (elsewhere); nobody named in the sentence is sent to the summit
_PROPOSED_SENDER = re.compile(r"\b(?:propos\w*|suggest\w*|urg(?:e|es|ed|ing)|recommend\w*|call(?:s|ed|ing)?\s+(?:on|for)|"
                              r"demand\w*|insist\w*|ask(?:s|ed|ing)?)\s+(?:that\s+)?(?:[\w'’-]+\s+){1,4}?(?:to\s+)?$", re.I)
_CLAUSE_CUT = re.compile(r"[;:—–(]|,\s+(?:but|while|and|as)\s")
_NOT_SENT = re.compile(r"\b(?:not|never|n['’]t|(?:refused|declined)\s+to)\s+(?:even\s+)?$", re.I)  # 'did not send its envoy, X,'


# the end of what is sent: a clause of its own after it ('will send its foreign minister, X, as the dispute between
# A and B drags on', '..., while Y stays at home'); not 'as its special envoy', which tells the one sent
_SENT_CLAUSE_END = re.compile(r";|(?:,\s*|\s)(?:while|whereas|because|although|though|amid|since|until|even\s+as|"
                              r"as(?!\s+(?:(?:the|his|her|its|their|a|an)\s+)?(?:[\w'’-]+\s+){0,2}?(?:envoy|"
                              r"representative|emissary|deputy|stand-in|delegate|head|leader|chief|observer|guest)s?\b)"
                              r"(?!\s+(?:well|part|planned|expected|usual|before|in\s))"
                              r")\s", re.I)
# 'is sending his envoy, X, to Benghazi': sent to a place, in a sentence that names no meeting
_SENT_TO_PLACE = re.compile(r"^\s*,?\s*to\s+(?-i:[A-Z])")


# an unnamed stand-in after the sending verb: 'sent his foreign minister', 'each sent lower-ranking officials', 'sent a
# junior minister'
_SENT_STAND_IN = re.compile(r"\s*(?:(?:his|her|its|their|a|an)\s+)?(?:[\w-]+\s+){0,3}?(?:minister|vice[\s-]president|deputy|envoy|"
                            r"representatives?|officials?|delegations?|ambassador|secretary|premier|chancellor|speaker|"
                            r"advis[eo]r|emissary|delegates?)\b", re.I)


# a name inside another's aside that tells an earlier event: 'X, who only last week hosted a summit in Y attended by Z,'
_ASIDE_TAIL = re.compile(r",\s*(?:who|whose)\s[^,;:.]{0,320}$", re.I)
_PAST_IN_ASIDE = re.compile(r"\b(?:last\s+(?:week|month|year)|(?:days|weeks|months|years)\s+ago|earlier\s+this\s+(?:week|month|year)|"
                            r"in\s+(?:19|20)\d\d)\b", re.I)


def _in_past_aside(before: str) -> bool:
    """The text before a name ends inside another's aside that tells an earlier event ('X, who only last week hosted a
    summit attended by ')."""
    tail = _ASIDE_TAIL.search(before)
    return bool(tail and _PAST_IN_ASIDE.search(tail.group(0)))


# between two coordinated senders: 'A of X, B and C', "A, Y's B": a state after a name, a possessive state before one
_SENDERS_GAP = re.compile(r"^(?:\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?:and\s+)?(?-i:[A-Z])[\w'’.-]*){0,3})?\s*(?:,\s*(?:and\s+)?|and\s+)"
                          r"(?:(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)?['’]s\s+)?$")


def _senders(s: Sentence, people: list[Person]) -> tuple[int | None, set[int]]:
    """'X is sending his foreign minister, Y': return X's index (absent) and the indexes of the people sent."""
    m = SEND.search(s.text)
    if m is None or _PROPOSED_SENDER.search(_CLAUSE_CUT.split(s.text[: m.start()])[-1]) or _NOT_SENT.search(
            s.text[max(0, m.start() - 30): m.start()]) or reversals.overturned_plan(s.text, m):
        return None, set()  # 'had at one point been expected to send Y, but ... herself': a plan given up
    cue = s.start + m.start()
    before = [i for i, p in enumerate(people) if p.mention.end <= cue]
    cut = _SENT_CLAUSE_END.search(s.text, m.end())
    after = {i for i, p in enumerate(people) if p.mention.start >= cue and not (
        _SENT_TO_PLACE.match(s.text[p.end - s.start:]) and not SUMMITISH.search(s.text))
        and (cut is None or p.mention.start < s.start + cut.start())}
    if before and not _subject_of(s, people[before[-1]], m.start()):
        before = []  # the sender is the verb's subject: 'with X and Y at odds, Kabul is sending' is not Y's
    # 'is sending Y as the special envoy of X': X sends, and stays away
    principal = {i for i in after if _ON_BEHALF.search(s.text[max(0, people[i].start - s.start - 60): people[i].start - s.start])}
    if principal and not before:
        before = [min(principal)]
    return (before[-1] if before else None), after - principal


_UNNAMED_ENVOY = re.compile(r"\b(?:a|an)\s+(?:personal\s+|special\s+|senior\s+)?(?:envoy|representative|emissary)\b", re.I)


def sent_office(s: Sentence, people: list[Person], mentions: list[Mention], summit_future: bool | None) -> list[AttendanceFinding]:
    """'X is sending his foreign minister' with no name: an attendee known by office, standing in for X's country."""
    m = SEND.search(s.text)
    if m is None or not people:
        return []
    sender, deputies = _senders(s, people)
    role = next((r for r in mentions if r.kind == "role" and r.start >= s.start + m.end() - 1), None)
    envoy = _UNNAMED_ENVOY.search(m.group(0))
    if sender is not None and not deputies and role is None and envoy is not None and people[sender].country_id:
        p = people[sender]  # 'X is sending a personal representative': one unnamed, standing in for X's state
        return [AttendanceFinding(None, p.country_id, p.country, None, sentence_status(s.text, summit_future), "sent_office", True,
                                  False, "in_person", (s.start + m.start() + envoy.start(), s.start + m.start() + envoy.end()))]
    if sender is None or deputies or role is None or not recall.PORTFOLIO_GAP.match(s.text[m.end(): role.start - s.start]):
        return []
    p = people[sender]
    return [AttendanceFinding(None, p.country_id, p.country, role.entity_id, sentence_status(s.text, summit_future),
                              "sent_office", True, False, "in_person", (role.start, role.end))]


_LED_BY = re.compile(r"\b(?:headed|led)\s+by\b", re.I)


def item_tells_its_own(item: str, intro: str) -> bool:
    """Return True for a bullet that tells its own delegation under an intro of absences ('The three states sent lesser
    delegations:' / '- Bahrain sent its deputy prime minister, X, in place of King Y'): the item's sentence is read
    alone, not as one of the absent."""
    return bool(ABSENT.search(intro) and (REPRESENT.search(item) or SEND.search(item) or _LED_BY.search(item)))


# a box of those still to come, whatever the story's tense: 'WHO IS COMING', "Who's expected"
STILL_COMING = re.compile(r"\bwho(?:['’]s|\s+is|\s+are|\s+will\s+be)\s+(?:coming|expected|due)\b|\b(?:still\s+to\s+come|yet\s+to\s+arrive)\b", re.I)


def bullet_findings(s: Sentence, people: list[Person], intro: str, summit_future: bool | None,
                    dead: set[str]) -> list[AttendanceFinding]:
    """One bullet of a list introduced by an attendance sentence ('Leaders attending:'): each person it names."""
    status = "absent" if ABSENT.search(intro) else "expected" if STILL_COMING.search(intro) else sentence_status(intro, summit_future)
    if status == "absent" and _JOINED_BY_VIDEO.search(s.text):  # '- X is taking part only by video' under 'Absent:'
        status = sentence_status(s.text, summit_future)
    mode = "virtual" if VIRTUAL.search(intro) or VIRTUAL.search(s.text) else "in_person"
    found = [_finding(p, "absent" if _ITEM_AWAY.match(s.text, p.end - s.start) else status, "bullet_list", False, s, mode)
             for p in _item_people(s, people) if not _excluded(s, p) and p.person_id not in dead]
    away = next((f for f in found if f.status == "absent"), None)
    if away is not None and status != "absent":  # '...; Economy Secretary Y to lead the delegation': Y in the leader's place
        for p in people:
            if p.start > away.span[1] and ";" in s.text[away.span[1] - s.start: p.start - s.start] and \
                    _ITEM_STAND_IN.match(s.text, p.end - s.start) and p.person_id not in dead:
                f = _finding(p, status, "bullet_list", True, s, mode)
                found.append(f if p.country_id else dataclasses.replace(f, country_id=away.country_id, country=away.country))
    return companions.companions_country(s.text, s.start, found)


# the item's own word that its person stays away: '- Mexico — President X will not attend; Y to lead the delegation'
_ITEM_AWAY = re.compile(r"\s*(?:,[^,;]{0,60},\s*)?(?:will\s+not|won['’]t|is\s+not|isn['’]t|did\s+not|didn['’]t)\s+"
                        r"(?:be\s+)?(?:attend(?:ing)?|come|coming|travel(?:ling|ing)?|go(?:ing)?|make\s+the\s+trip|making\s+the\s+trip)\b", re.I)
_ITEM_STAND_IN = re.compile(r"\s*(?:,[^,;]{0,60},\s*)?(?:will\s+(?:represent|lead|head|stand\s+in)|to\s+(?:lead|head|represent)|"
                            r"(?:is|was)\s+(?:leading|heading|representing)|leads|heads|represents|led|headed|represented)\b", re.I)


# an item may close a relative aside first: 'X, whose country chairs the bloc next year, Y and Z'
# or a parenthesis: 'A (UK, host); B (US)'
_ITEM_SEPARATOR = re.compile(r"^(?:\s*,\s*(?:who|whose|which)\s[^,;:()]{0,120}?(?=,)|\s*\([^()]{0,40}\))?"
                             r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|;\s*)"
                             r"(?:(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*){0,2}(?:['’]s)?\s+)?$")  # 'and Council President Y'


def _item_people(s: Sentence, people: list[Person]) -> list[Person]:
    """The people a list item names: its first, and those joined to it by commas and 'and' ('X, Y and Z').

    A person named further on, in an aside ('X, who dines with Y on Saturday'), is not an item of the list.
    """
    out = people[:1]
    for p in people[1:]:
        gap = s.text[out[-1].end - s.start: p.start - s.start]
        if not (_ITEM_SEPARATOR.match(gap) or companions.joins_items(gap)):
            break
        out.append(p)
    return out


_OFFICE_BEFORE = re.compile(r"\bthe\s+$", re.I)
_OFFICE_GAP = re.compile(r"^(?:['’]s)?\s+$")


def office_findings(s: Sentence, mentions: list[Mention], people: list[Person],
                    summit_future: bool | None) -> list[AttendanceFinding]:
    """'The UN Secretary-General also attended': an attendee known only by an office of a country or organisation."""
    if not attend_cue(s.text) or ABSENT.search(s.text) or SEND.search(s.text):
        return []
    out = []
    for i, r in enumerate(mentions):
        if r.kind != "role" or r.form != "role" or any(p.start <= r.start < max(p.end, p.mention.end) for p in people):
            continue
        place = mentions[i - 1] if i and mentions[i - 1].kind in ("country", "demonym", "org") else None
        if place is None or not _OFFICE_GAP.match(s.text[place.end - s.start: r.start - s.start]):
            continue
        if not _OFFICE_BEFORE.search(s.text[max(0, place.start - s.start - 240): place.start - s.start]) or _SPEAKER_AFTER.match(s.text[r.end - s.start: r.end - s.start + 240]):
            continue
        out.append(AttendanceFinding(None, place.entity_id, place.canonical, r.entity_id, sentence_status(s.text, summit_future),
                                     "office_only", False, _guest(s.text), "in_person", (place.start, r.end)))
    return out + _plural_offices(s, mentions, people, summit_future)


# 'The Indonesian and Mexican presidents landed overnight': one plural office after coordinated states
_PLURAL_OFFICE = re.compile(r"^\s+(?:presidents|prime\s+ministers|premiers|chancellors|heads\s+of\s+(?:state|government)|"
                            r"kings|emirs|sultans)\b(?!\s+of\b)", re.I)
_STATES_JOINT = re.compile(r"^\s*(?:,\s*(?:and\s+)?|\s+and\s+)$")


def _plural_offices(s: Sentence, mentions: list[Mention], people: list[Person],
                    summit_future: bool | None) -> list[AttendanceFinding]:
    """'The Indonesian and Mexican presidents landed overnight': attendees known by a plural office of each state."""
    places = [m for m in mentions if m.kind in ("country", "demonym")]
    out = []
    for i, last in enumerate(places):
        office = _PLURAL_OFFICE.match(s.text[last.end - s.start:])
        end = last.end - s.start + office.end() if office else 0
        if office is None or _SPEAKER_AFTER.match(s.text[end:]):
            continue
        chain = [last]
        while i > 0 and _STATES_JOINT.match(s.text[places[i - 1].end - s.start: chain[0].start - s.start]):
            i -= 1
            chain.insert(0, places[i])
        if len(chain) < 2 or not _OFFICE_BEFORE.search(s.text[max(0, chain[0].start - s.start - 40): chain[0].start - s.start]):
            continue
        out += [AttendanceFinding(None, m.entity_id, m.canonical, None, sentence_status(s.text, summit_future), "office_only",
                                  False, _guest(s.text), "in_person", (m.start, s.start + end)) for m in chain]
    return out


_CLAUSE_BREAK = re.compile(r"[;]|,\s*(?:while|whereas|but)\s", re.I)


# 'represented by X, as President Z is ...': the reason's subject is not the representative
_REASON_BREAK = re.compile(r",\s*(?:as|because|since)\s", re.I)
_WHO_GAP = re.compile(r"^\s*,\s*who\s+(?:also\s+|had\s+|has\s+)?$", re.I)


_ALONGSIDE = re.compile(r"[^.;,]{0,60}?\balongside\s+(?:[\w'’.-]+\s+){0,4}$", re.I)


# between two coordinated subjects: 'and', a comma, the next one's office ('and Commission President ')
_AND_OFFICE = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?(?:(?:(?-i:[A-Z])[\w'’.-]*|president|prime|minister|"
                         r"secretary-general|chair\w*|of)\s+){0,6}$", re.I)


def _coordinated_subject(s: Sentence, p: Person, people: list[Person], cue: int) -> bool:
    """Return True when the person heads a coordinated subject of the cue at `cue`: 'A and B represented'."""
    chain = sorted((q for q in people if p.mention.end <= q.mention.start and q.mention.end - s.start <= cue),
                   key=lambda q: q.mention.start)
    at = p
    for q in chain:
        if not _AND_OFFICE.match(s.text[at.mention.end - s.start: q.mention.start - s.start]):
            return False
        at = q
    return bool(chain) and _subject_of(s, at, cue)


def _is_representative(s: Sentence, p: Person, people: Sequence[Person] = ()) -> bool:
    """Return True when the person is the one named as the representative or delegation head.

    With several cues ('A was represented by X, while B was represented by Y') each person answers to the
    nearest cue before them; after a clause break that cue is no longer theirs. A cue naming its subject first
    ('Y will lead the delegation') is only the nearest person's before it.
    """
    cues = list(REPRESENT.finditer(s.text))
    at = p.mention.start - s.start
    if any(_ALONGSIDE.match(s.text, c.end(), at) for c in cues):
        return True  # 'X, who represents the union alongside Commission President Y': both represent it
    if any(_coordinated_subject(s, p, people, c.start()) for c in cues
           if not re.search(r"represented\b.*\bby\b|\b(?:led|headed)\s+by\b", c.group(0), re.I)):
        return True  # 'A and B represented the union': every coordinated subject does
    before = [c for c in cues if c.end() - 2 <= at]
    last = before[-1] if before else None
    if last is not None and re.search(r"represented\b.*\bby\b|\b(?:led|headed)\s+by\b", last.group(0), re.I):
        return not (_CLAUSE_BREAK.search(s.text[last.end(): at]) or _REASON_BREAK.search(s.text[last.end(): at]))
    return any(not re.search(r"represented\b.*\bby\b|\b(?:led|headed)\s+by\b", c.group(0), re.I)
               and p.mention.end - s.start <= c.start() + 5
               and (p.mention.end - s.start > c.start() or _subject_of(s, p, c.start())
                    # 'X, who led the delegation in his place, told ...': the relative's subject is X
                    or bool(_WHO_GAP.match(s.text[p.end - s.start: c.start()])))
               and not any(p.mention.end <= q.mention.start and q.mention.end - s.start <= c.start() + 5 for q in people)
               for c in cues)


def _finding(p: Person, status: str, rule: str, stand_in: bool, s: Sentence, mode: str) -> AttendanceFinding:
    return AttendanceFinding(p, p.country_id, p.country, p.role, status, rule, stand_in or p.acting,
                             _guest(s.text), mode if status != "absent" else "none", (p.start, p.end))


@functools.lru_cache(maxsize=64)
def _guest(text: str) -> bool:
    return bool(GUEST.search(text))


_COUNTED_DASH = re.compile(r"(?:the\s+)?(?:\w+\s+)?(?:countries|nations|states|neighbou?rs)\b[^.;:—–()]{0,60}?(?:\s--\s*|\s*[—–:]\s*)")


def group_findings(ref: object, s: Sentence, mentions: list[Mention], summit_future: bool | None,
                   main_org: str | None) -> list[AttendanceFinding]:
    """'Leaders from Oman, Mauritania and Tunisia arrived': attendees known only by country."""
    if not ATTEND.search(s.text) or ABSENT.search(s.text):
        return []
    status = sentence_status(s.text, summit_future)
    out = []
    for m in _GROUP.finditer(s.text):
        counted = _COUNTED_DASH.match(s.text, m.end())  # 'leaders of seven countries bordering X -- A, B and C --'
        at = s.start + (counted.end() if counted else m.end())
        for item in read_list(ref, mentions, at, s.text, s.start, ("country",)):  # type: ignore[arg-type]
            out.append(AttendanceFinding(None, item.entity_id, item.canonical, "leader", status, "group_of_countries",
                                         False, _guest(s.text), "in_person", (s.start + m.start(), item.end)))
    return out


def country_absences(s: Sentence, mentions: list[Mention]) -> list[AttendanceFinding]:
    """'Armenia's decision to skip the summit', 'the absence of a representative from Armenia'."""
    out = []
    for m in mentions:
        if m.kind != "country":
            continue
        after, before = s.text[m.end - s.start: m.end - s.start + 240], s.text[max(0, m.start - s.start - 240): m.start - s.start]
        if _POSSESSIVE_ABSENCE.match(after) or _ABSENCE_FROM.search(before):
            out.append(AttendanceFinding(None, m.entity_id, m.canonical, None, "absent", "country_absence", False, False,
                                         "none", (m.start, m.end)))
    return out


_REPRESENTED_BY_ITS = re.compile(r"\b(?:be|is|are|was|were)\s+(?:(?:also|instead|only)\s+)?(?:being\s+)?represented\s+(?:\w+\s+){0,2}?by\s+(?:its|their)\s+$", re.I)


def represented_office(s: Sentence, mentions: list[Mention], summit_future: bool | None) -> list[AttendanceFinding]:
    """'Cabo Verde was represented by its prime minister': an attendee known by office, standing in for the country."""
    out = []
    for i, r in enumerate(mentions):
        if r.kind != "role":
            continue
        m = _REPRESENTED_BY_ITS.search(s.text[max(0, r.start - s.start - 80): r.start - s.start])
        if m is None:
            continue
        cue = r.start - (len(m.group(0)))
        place = next((p for p in reversed(mentions[:i]) if p.kind in ("country", "org") and p.end <= cue), None)
        if place is None or re.search(r"[;.]|,\s+(?:while|but|and|whereas)\b", s.text[place.end - s.start: cue - s.start]):
            continue
        out.append(AttendanceFinding(None, place.entity_id, place.canonical, r.entity_id,
                                     sentence_status(s.text, summit_future), "represented_by_office", True, _guest(s.text),
                                     "in_person", (place.start, r.end)))
    return out


# 'Chile and Peru will be represented by their foreign ministers': one office-only stand-in per country
_REPRESENTED_BY_PLURAL = re.compile(r"\b(?:be|are|were)\s+represented\s+(?:\w+\s+){0,2}?by\s+their\s+(?P<office>foreign\s+ministers|"
                                    r"vice[\s-]presidents|(?:deputy\s+)?prime\s+ministers|ambassadors)\b", re.I)
_PLURAL_OFFICES = {"foreign ministers": "Foreign Minister", "vice presidents": "Vice President",
                   "prime ministers": "Prime Minister", "deputy prime ministers": "Deputy Prime Minister",
                   "ambassadors": "Ambassador"}
_AND_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+)?|\s+and\s+)$")


def represented_plural_office(s: Sentence, mentions: list[Mention], summit_future: bool | None) -> list[AttendanceFinding]:
    """'Both A and B will be represented by their foreign ministers': each coordinated country sends that office."""
    m = _REPRESENTED_BY_PLURAL.search(s.text)
    if m is None:
        return []
    role = _PLURAL_OFFICES[re.sub(r"[\s-]+", " ", m.group("office").lower())]
    places = [p for p in mentions if p.kind == "country" and p.end <= s.start + m.start()]
    if len(places) < 2 or not re.fullmatch(r"\s*(?:will\s+|would\s+|also\s+|both\s+|all\s+)*",
                                           s.text[places[-1].end - s.start: m.start()]):
        return []
    group = [places[-1]]
    for p in reversed(places[:-1]):
        if not _AND_GAP.match(s.text[p.end - s.start: group[-1].start - s.start]):
            break
        group.append(p)
    status = sentence_status(s.text, summit_future)
    return [AttendanceFinding(None, p.entity_id, p.canonical, role, status, "represented_by_office", True, _guest(s.text),
                              "in_person", (p.start, s.start + m.end())) for p in reversed(group)] if len(group) > 1 else []


_PRONOUN_SUBJECT = re.compile(r"(?:He|She)\b")
# the absence is from the summit: the cue names it, or it is an absence with no object ('she stayed away')
_SUMMITISH_ABSENCE = re.compile(r"\b(?:summit|meeting|gathering|session|talks)\b|\b(?:stay(?:ed|s)?\s+away|"
                                r"did\s+not\s+(?:attend|come|travel|make\s+the\s+(?:trip|journey)))\s*[.,;]", re.I)
_PRONOUN_AT_SUMMIT = re.compile(
    # a late arrival: 'She was expected in Lima late on Friday', 'He is due to land in Osaka tonight'
    r"^(?:He|She)\s+(?:was|is)\s+(?:still\s+|now\s+)?(?:expected|due)\s+(?:to\s+(?:arrive|land)\s+)?in\s+"
    r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}\s+(?:late|early|later|on|by|tonight|tomorrow|this)\b|"
    r"^(?:He|She)\s+(?:\w+\s+){0,2}?(?:(?:told|tells|addressed|urged|warned)\b(?:[^.;]*?\b(?:at|to)\b)?|"
    # 'He said the leaders would adopt ...': the leaders are the reported clause's subject, no audience
    r"(?:said|says|called|spoke|stressed|noted)\b[^.;]*?\b(?:at|to)\b)"
    r"\s+the\s+(?:[\w'’-]+\s+){0,3}?(?:summit|session|meeting|gathering|leaders|opening|plenary)\b")


# '"...," he said during his remarks at the opening of the summit': the pronoun after a quote
_QUOTE_PRONOUN_AT_SUMMIT = re.compile(
    r"[,\"”’]\s*(?:he|she)\s+(?:said|told|added|says)\b[^.;\"“]{0,80}?\b(?:at|to)\s+the\s+(?:[\w'’-]+\s+){0,6}?"
    r"(?:summits?|session|meeting|gathering|plenary|opening)\b")


# 'Speaking to reporters at the press centre, she said ...': a pronoun speaking at the summit's own venue
_SPEAKING_AT_SUMMIT = re.compile(
    r"^(?:Speaking|Talking)\s+(?:to\s+(?:reporters|journalists|the\s+press|the\s+media)\s+)?(?:at|on|"
    r"in)\s+the\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:summit|sidelines|margins|press\s+cent(?:re|er)|media\s+cent(?:re|er)|venue|"
    r"plenary|session)\b"
    r"[^,;.]{0,60},\s*(?:he|she)\s+(?:said|told|added|warned|stressed)\b")


def pronoun_findings(s: Sentence, people: list[Person], previous: list[Person], summit_future: bool | None,
                     dead: set[str]) -> list[AttendanceFinding]:
    """'He said at the opening of the summit ...': the one person named in the sentence before attended.

    'She missed the whole summit', 'He did not attend the meeting': the pronoun, the absence cue's subject, is absent.
    """
    absent = _PRONOUN_SUBJECT.match(s.text.lstrip())
    cue = ABSENT.search(s.text.lstrip()) if absent else None
    if not people and len({p.person_id for p in previous}) == 1 and cue and _ABSENT_GAP.match(
            s.text.lstrip()[absent.end(): cue.start()]) and _SUMMITISH_ABSENCE.search(s.text):
        p = previous[-1]
        if p.former or p.person_id in dead or p.role == "Spokesperson":
            return []
        return [_finding(p, "absent", "pronoun_absent", False, s, "none")]
    if people or len({p.person_id for p in previous}) != 1 or not (
            _PRONOUN_AT_SUMMIT.match(s.text.lstrip()) or _QUOTE_PRONOUN_AT_SUMMIT.search(s.text)
            or _SPEAKING_AT_SUMMIT.match(s.text.lstrip()) or companions.PRONOUN_PLAN.search(s.text.lstrip())):
        return []
    p = previous[-1]
    if p.former or p.person_id in dead or p.role == "Spokesperson":
        return []
    return [_finding(p, sentence_status(s.text, summit_future), "pronoun_at_summit", False, s, "in_person")]


_NAMES_COLON = re.compile(r"\b(?:names?|leaders|guests|invitees|participants|invited|attending|include|included|"
                          r"among(?:st)?\s+(?:them|those))\b[^:.;]{0,100}:\s|"
                          # 'The guests were received in the hall. Among them were X and Y': the list's head before
                          r"^\W*(?:and\s+)?among(?:st)?\s+(?:them|these|those)\s+(?:were|was|are|is)\s", re.I)
# the plural a list after a colon takes up: 'The host welcomed the leaders one by one. Among them: X, Y'
_GROUP_NOUN = re.compile(r"\b(?:leaders|heads\s+of\s+(?:state|government)|presidents|prime\s+ministers|delegations|guests|"
                         r"dignitaries|delegates|participants)\b", re.I)
# 'Those who did make the trip were greeted at the airport. Among them were X and Y'
_THOSE_WHO_CAME = re.compile(r"\bthose\s+who\s+(?:did\s+)?(?:make|made|came|come|attended|travell?ed)\b", re.I)
# 'X, who ousted Y in September': a name inside a relative clause is no item of the list
_IN_RELATIVE = re.compile(r",\s*(?:who|whose|which)\s[^,;:]*$", re.I)


_NEGATED_HEAD = re.compile(r"(?:\b(?:not|never|no)|n['’]t)\b", re.I)


def colon_list_findings(s: Sentence, people: list[Person], context: Sentence | None, summit_future: bool | None,
                        dead: set[str]) -> list[AttendanceFinding]:
    """'Officials revealed two names: X and Y' after a participation sentence: the people after the colon."""
    m = _NAMES_COLON.search(s.text)
    if m is None or ABSENT.search(s.text) or _NEGATED_HEAD.search(s.text[: m.end()]):
        return []  # 'One name you won't see: X': a name left off
    head = s.text[: m.end()]
    if GUEST.search(head) or ATTEND.search(head):  # 'The heads of the observer states were invited: X, Y'
        context = Sentence(s.index, s.start, s.start + len(head), head, s.kind)
    elif context is None or ATTEND.search(s.text):
        return []
    if not (GUEST.search(context.text) or ATTEND.search(context.text) and (
            SUMMITISH.search(context.text) or _GROUP_NOUN.search(context.text) or _THOSE_WHO_CAME.search(context.text))):
        return []
    # 'the leaders of the observer states joined in: X, Y' — the head's own past tense dates the names
    status = "attended" if PAST.search(head) else sentence_status(context.text, summit_future)
    return [_finding(p, status, "names_after_colon", False, context, "in_person") for p in people
            if p.mention.start >= s.start + m.end() - 1 and not _excluded(s, p) and p.person_id not in dead
            and not _IN_RELATIVE.search(s.text[m.end(): p.mention.start - s.start])]


# 'Among them were X and Y', 'They included Z': the people a sentence on leaders present (or away) spoke of
# ('Alongside Barrow they were X, Y and Z': one named before the pronoun)
_AMONG_THEM = re.compile(r"^\W*(?:(?:alongside|besides|apart\s+from|in\s+addition\s+to|other\s+than)\s+[^,;:.]{1,40}?,?\s+(?=(?:they|these|those)\b))?"
                         r"(?:among\s+(?:them|these|those)\s+(?:were|was|are|is)|(?:they|these|those)\s+(?:included|include|were)"
                         r")\s+(?-i:[A-Z])", re.I)


# 'Only a handful of heads of state attended.': attended with no object, the meeting the story is on
_BARE_ATTENDED = re.compile(r"\b(?:attended|came|turned\s+up|showed\s+up|made\s+the\s+trip)\s*[.!]?\s*$", re.I)


def among_them_findings(s: Sentence, people: list[Person], context: Sentence | None, summit_future: bool | None,
                        dead: set[str]) -> list[AttendanceFinding]:
    """'More than 30 leaders were in Accra. Among them were X of A and Y of B.': the sentence before gives the cue."""
    if context is None or not _AMONG_THEM.match(s.text) or attend_cue(s.text) or ABSENT.search(s.text) or not (
            _GROUP_NOUN.search(context.text)):
        return []
    absent = ABSENT.search(context.text)
    if not absent and not (attend_cue(context.text) and SUMMITISH.search(context.text + " " + s.text)
                           or re.search(r"\b(?:were|are)\s+in\s+(?-i:[A-Z])", context.text) or _BARE_ATTENDED.search(context.text)):
        return []
    status = "absent" if absent else sentence_status(context.text, summit_future)
    return [_finding(p, status, "among_them", False, s, "none" if absent else "in_person") for p in people
            if not _excluded(s, p) and p.person_id not in dead and not _IN_RELATIVE.search(s.text[: p.mention.start - s.start])]


_OFFICIAL_ACT = re.compile(
    r"^\s*(?:,[^,;.]{0,100},\s*)?(?:also\s+|then\s+|later\s+)?(?:presented|presents|reported|reports|read\s+out|reads\s+out|"
    r"delivered|delivers|tabled|briefed|thanked|moderated|submitted|gave\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:report|address|speech|briefing))\b",
    re.I)
_SIGNED = re.compile(r"^\s*(?:,[^,;.]{0,100},\s*)?(?:also\s+)?signed\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?"
                     r"(?:declaration|communiqu[eé]|memorandum|charter|accord)\b", re.I)
_ELSEWHEN = re.compile(r"\b(?:last|next)\s+(?:year|month|week)|\bearlier\s+(?:this|that)\s+(?:year|month)\b|\b(?:in|since)\s+(?:19|20)\d{2}\b|\bago\b", re.I)


# the object's elaboration at a sentence's end: ', including an update on the force deployed there since 2021'
_INCLUDING_TAIL = re.compile(r",\s*(?:including|notably|among\s+them)\b[^;]*$", re.I)


def official_act_findings(s: Sentence, people: list[Person], orgs: set[str], summit_future: bool | None,
                          dead: set[str]) -> list[AttendanceFinding]:
    """'Secretary-General X presented a report', 'Y signed the declaration': acts done at the meeting itself.

    Reporting, reading out or tabling counts for an organisation's own officials; signing a declaration or
    memorandum counts for anyone. A sentence dated elsewhere ('last year', 'in 2019') is left alone, but not for a
    date inside what the report covered ('presented the report, including an update on the force deployed since 2021').
    """
    if _ELSEWHEN.search(_INCLUDING_TAIL.sub("", s.text)):
        return []
    out = []
    for p in people:
        before = s.text[max(0, p.start - s.start - 240): p.start - s.start]
        if p.former or p.person_id in dead or p.role == "Spokesperson" or _EXCLUDE_BEFORE.search(before) or \
                _SPEAKER_BEFORE.search(before):
            continue  # 'X reported on ...' is an act here, so a reporting verb after the name does not exclude
        after = s.text[p.end - s.start: p.end - s.start + 240]
        official = p.country_id in orgs and _OFFICIAL_ACT.match(after)
        if official or _SIGNED.match(after):
            out.append(_finding(p, sentence_status(s.text, summit_future), "official_act", False, s, "in_person"))
    return out


# the post an official leaves ('will be the next secretary general, taking over from X'): a head handing over a
# chair at the summit is there, but an official named as the one a successor replaces is not, by that alone
_TAKEN_OVER_FROM = re.compile(r"\b(?:take|takes|taking|took|taken)\s+over\s+from\s+(?:[\w'’-]+\s+){0,3}$", re.I)


# the official's tenure, not an act at the meeting: 'X stays on at the commission', 'X has acted as its chief since'
_TENURE_AFTER = re.compile(r"^,?\s+(?:(?:who|will|would)\s+)?(?:stays?\s+on|remains?|remained|(?:has|had)\s+(?:acted|served|been\s+"
                           r"(?:acting|serving|in\s+(?:office|post|charge)))|acts?\s+as|was\s+(?:appointed|elected|named)|"
                           r"(?:will\s+)?(?:succeeds?|replaces?|steps?\s+down|retires?))\b", re.I)


def own_official_findings(s: Sentence, people: list[Person], main_org: str | None, summit_future: bool | None,
                          dead: set[str], organs: frozenset[str] = frozenset()) -> list[AttendanceFinding]:
    """'SCO Secretary-General X said the declaration ...': the summit organisation's own official, speaking of it.

    An organisation's secretary-general or chair attends its summit ex officio; a report about the summit
    that gives them a word counts them as attending, unless the sentence is dated elsewhere or names them
    for the past. A voice only quoted ('"...," said X, the council's secretary general') is not counted;
    officials of other organisations need a cue of their own.
    """
    # (a time inside the official's own aside dates the aside: 'X, who had spent last month ..., told reporters')
    plain = _WHO_BEFORE_VERB.sub(" ", s.text)
    if main_org is None or _ELSEWHEN.search(plain) or _OFFICIAL_ELSEWHERE.search(plain):
        return []
    out = []
    for p in people:
        if p.country_id != main_org and p.country_id not in organs or not p.role or p.former or p.person_id in dead \
                or p.role == "Spokesperson":
            continue
        before = s.text[max(0, p.start - s.start - 240): p.start - s.start]
        if _EXCLUDE_BEFORE.search(before) or _SPEAKER_BEFORE.search(before) or _TAKEN_OVER_FROM.search(before) or \
                _EXCLUDE_AFTER.match(s.text[p.end - s.start: p.end - s.start + 240]) or _owner_of_other_noun(s, p) or \
                _TENURE_AFTER.match(s.text[p.end - s.start: p.end - s.start + 80]) or _APPOINTMENT_OF.search(before):
            continue  # 'X's staff have arranged a meeting': the staff's act, not X's
        out.append(_finding(p, sentence_status(s.text, summit_future), "own_official", False, s, "in_person"))
    return out


_WHO_BEFORE_VERB = re.compile(r",\s*(?:who|whose)\s[^;:]{0,240}?,\s*(?=(?:told|said|says|added|warned|called|urged|insisted|"
                              r"stressed|announced)\b)", re.I)


# an official's word set outside the meeting: 'told journalists after the meeting', 'told reporters at alliance
# headquarters', 'said ahead of the summit': no sign the official sat in it
_OFFICIAL_ELSEWHERE = re.compile(r"\b(?:told|said|says|tells|briefed|spoke)\b[^.;]{0,80}?\b(?:(?:after|before|ahead\s+of)\s+"
                                 # (not 'after the opening session': a part of the summit, which the official sat in)
                                 r"(?:the|this|its)\s+(?!(?:opening|first|morning|afternoon|closed-door|plenary|working)\b)"
                                 r"(?:[\w'’-]+\s+){0,2}?(?:summit|meeting|session|talks|gathering)\b|"
                                 r"at\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?headquarters\b)|"
                                 # a word in writing, sent to reporters: 'said in a written statement circulated to'
                                 r"\b(?:said|says|wrote|writes)\s+in\s+(?:a|an|his|her)\s+(?:written\s+|emailed\s+|"
                                 r"brief\s+)?(?:statement|letter|press\s+release|note|op-ed|article|post)\b", re.I)
# the official a decision names ('approved the appointment of X as Executive Secretary'): the act is the leaders'
_APPOINTMENT_OF = re.compile(r"\b(?:appointment|nomination|election|confirmation|re-?election)\s+of\s+(?:[\w.'’-]+\s+){0,2}$",
                             re.I)
_SIGNED_DEAL = re.compile(r"^\s*(?:,[^,;]{0,100},\s*)?(?:also\s+|then\s+|later\s+)?(?:signed|inked)\s+"
                          r"(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,4}?"
                          r"(?:agreements?|treaty|deals?|pacts?|protocol|accords?|declaration|"
                          r"communiqu[eé]|memorand(?:um|a)|charter)\b", re.I)
_TALKS_WITH = re.compile(r"\b(?:talks|(?:bilateral|one-on-one|separate)\s+meetings?|meetings?)\b[^.;]{0,40}?\bwith\b",
                         re.I)
_GREETED = re.compile(r"\b(?:greet(?:ed|s|ing)?|receiv(?:ed|es|ing)|welcom(?:ed|es|ing))\b(?P<obj>[^.;]{0,140}?)\b"
                      r"(?:(?:on|upon)\s+(?:(?:his|her|their|its)\s+)?arrival|on\s+the\s+tarmac|"
                      r"at\s+the\s+(?:airport|airstrip|foot\s+of)|"
                      r"with\s+(?:a\s+)?(?:hug|handshake|embrace|bear\s+hug))", re.I)
# 'He left for Cairo on Friday for talks with X': talks on the next leg of a trip, away from the summit
_LEFT_FOR = re.compile(r"\b(?:left|leaves|leaving|departed|departs|(?:went|goes|travell?ed|flew|flies|headed|heads)\s+on)"
                       r"\s+(?:for|to)\s+(?-i:[A-Z])[^.;]{0,80}?\b(?:talks|meetings?)\s+with\b", re.I)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|being|been|be)\s+(?:\w+\s+)?$", re.I)


def _dated_elsewhere(text: str, window: tuple[str, str] | None, published: str | None) -> bool:
    """Return True when a sentence names a day, month or year outside the summit's (or the day before it)."""
    if _ELSEWHEN.search(text):
        return True
    if window is None:
        return False
    from pipeline.dates import add_days, find_dates
    first, last = add_days(window[0], -1), window[1]
    for d in find_dates(text, published, future=bool(FUTURE.search(text))):
        end = d.end or d.start
        if d.precision == "day" and (end < first or d.start > last):
            return True
        n = len(d.start)
        if d.precision in ("month", "year") and not (d.start <= last[:n] and first[:n] <= end):
            return True
    return False


def summit_act_findings(ref: object, s: Sentence, mentions: list[Mention], people: list[Person],
                        window: tuple[str, str] | None, published: str | None, summit_future: bool | None,
                        dead: set[str]) -> list[AttendanceFinding]:
    """Acts done at the summit itself make attendees of sitting leaders: signing a deal there, holding talks
    there on a summit day, being greeted on arrival.

    'X signed the trade agreement with the bloc', 'After talks on Wednesday with X, Y dropped his objection',
    'X greeted Y with a hug on the tarmac'. A sentence dated to another time (another day, month or year than
    the summit's), people named for the past or quoted, and the dead stay out; talks need a summit day or the
    sidelines, since leaders also talk elsewhere; a greeting counts for the one greeted, not for the greeter.
    """
    if not people and not mentions or _dated_elsewhere(s.text, window, published):
        return []
    status = sentence_status(s.text, summit_future)
    live = [p for p in people if not p.former and p.person_id not in dead and p.role != "Spokesperson"
            and not _excluded(s, p) and not _owner_of_other_noun(s, p)]
    absent = {people[i].person_id for i in _absent_people(s, people)}
    out = [_finding(p, status, "summit_act", False, s, "in_person") for p in live
           if _SIGNED_DEAL.match(s.text[p.end - s.start: p.end - s.start + 240]) and p.person_id not in absent]
    if _TALKS_WITH.search(s.text) and not _LEFT_FOR.search(s.text) and (
            _DURING_SUMMIT.search(s.text) or _SIDE_MEETING.search(s.text) or window is not None and (
            ATTEND_SIDELINES.search(s.text) or _on_summit_day(s.text, window, published))):
        out += [_finding(p, status, "summit_act", False, s, "in_person") for p in live
                if p.person_id not in absent]
        for m in _GROUP.finditer(s.text):  # 'talks with X and the leaders of A, B and C'
            items = read_list(ref, mentions, s.start + m.end(), s.text, s.start, ("country",))  # type: ignore[arg-type]
            out += [AttendanceFinding(None, item.entity_id, item.canonical, "leader", status, "summit_act", False,
                                      _guest(s.text), "in_person", (s.start + m.start(), item.end)) for item in items]
    for m in _GREETED.finditer(s.text):
        a, b = s.start + m.start("obj"), s.start + m.end("obj")
        if _PASSIVE_BEFORE.search(s.text[: m.start()]):  # 'X was greeted by Y on arrival'
            clause = s.text.rfind(",", 0, m.start())
            out += [_finding(p, status, "summit_act", False, s, "in_person") for p in live
                    if s.start + clause < p.mention.start and p.mention.end <= s.start + m.start()]
        else:
            out += [_finding(p, status, "summit_act", False, s, "in_person") for p in live
                    if a <= p.mention.start < b]
    return out


# the floor of a summit in a report: 'X presided over the sessions', 'Y argued for a single army', 'Z also spoke in
# favour of', 'the sceptics led by X and Y'; only heads of state or government of a named country count
_FLOOR_ACT = re.compile(r"^\s*(?:,[^,;]{0,100},\s*)?,?\s*(?:also\s+|then\s+|later\s+)?(?:presided\s+over\s+the\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:summit|sessions?|meeting|talks|debate|deliberations|proceedings)\b|argued\s+(?:(?:in|at)\s+the\s+[\w-]+\s+)?(?:for|against|"
                        r"in\s+favou?r)\b|spoke\s+(?:in\s+favou?r\s+of|against|for|out\s+(?:for|against))\b|"
                        r"(?:pressed|pushed|lobbied)\s+(?:hard\s+)?for\b)", re.I)
_CAMP_LED_BY = re.compile(r"\b(?:camp|side|bloc|faction|group|coalition|hardliners|moderates|sceptics|skeptics|"
                          r"(?-i:[a-z]+ists))\s+(?:was\s+|were\s+)?led\s+by\s+$", re.I)
_AND_NEXT = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)(?:(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)?['’]s\s+)?$")
# a summit's floor named in the sentence or the one before: the debate is this meeting's
_FLOOR = re.compile(r"\b(?:summit|sessions?|plenary|debate|hall|deliberations|colleagues|counterparts|fellow\s+leaders|"
                    r"closed[\s-]+doors?)\b", re.I)
_FLOOR_ROLES = frozenset({"President", "Prime Minister", "Leader", "King", "Emir", "Chancellor", "Sultan", "Premier"})


def floor_act_findings(s: Sentence, people: list[Person], context: str, summit_future: bool | None,
                       window: tuple[str, str] | None, published: str | None,
                       dead: set[str]) -> list[AttendanceFinding]:
    """In a report of a past summit, a sitting head of state or government doing something on its floor attended.

    'Kenya's President X presided over the closed sessions', 'Y and Ghana's President Z argued for a common army',
    'Ranged against them were the federalists led by A and B'. The summit's floor ('session', 'debate', 'hall',
    'colleagues') must be named in the sentence or `context` (the sentence before); a sentence dated to another time
    and the past, dead or quoted stay out.
    """
    if summit_future is not False or not people or not (_FLOOR.search(s.text) or _FLOOR.search(context)) or \
            _dated_elsewhere(s.text, window, published):
        return []
    live = [p for p in people if not p.former and p.person_id not in dead and p.role in _FLOOR_ROLES and p.country_id
            and not _excluded(s, p, speakers=False) and not _owner_of_other_noun(s, p)]
    live.sort(key=lambda x: x.start)

    def joined(a: Person, b: Person) -> bool:  # 'A and B', 'A, B': two items of one list, side by side
        return a.end < b.start and b.start - a.end <= 80 and bool(_AND_NEXT.match(s.text[a.end - s.start: b.start - s.start]))

    acting = [False] * len(live)
    for i in range(len(live) - 1, -1, -1):  # the last subject first: 'X and Y argued' takes X through Y
        p = live[i]
        acting[i] = bool(_FLOOR_ACT.match(s.text[p.end - s.start: p.end - s.start + 240])) or (
            i + 1 < len(live) and acting[i + 1] and joined(p, live[i + 1]))
    for i, p in enumerate(live):  # 'the sceptics led by A and B'
        acting[i] = acting[i] or bool(_CAMP_LED_BY.search(s.text[max(0, p.start - s.start - 80): p.start - s.start])) or (
            i > 0 and acting[i - 1] and joined(live[i - 1], p))
    return [_finding(p, "attended", "floor_act", False, s, "in_person") for i, p in enumerate(live) if acting[i]]


ATTEND_SIDELINES = re.compile(r"\b(?:on|at)\s+the\s+(?:sidelines|margins)\b", re.I)
# talks set at this summit by the text itself: 'within the framework of the summit', 'during the summit'
_DURING_SUMMIT = re.compile(r"\b(?:within\s+the\s+framework\s+of|during|in\s+the\s+course\s+of|on\s+the\s+(?:sidelines|margins)\s+of)"
                            r"\s+the\s+(?:summit|meeting)\b(?!\s+(?:of|in)\s)", re.I)


# a meeting held beside the summit itself: 'in a side meeting with X', 'a pull-aside with Y'
_SIDE_MEETING = re.compile(r"\b(?:side[\s-]+(?:meetings?|talks)|pull[\s-]+asides?)\s+with\b", re.I)


def _on_summit_day(text: str, window: tuple[str, str], published: str | None) -> bool:
    from pipeline.dates import find_dates
    days = [d for d in find_dates(text, published, future=bool(FUTURE.search(text))) if d.precision == "day"]
    return bool(days) and all(window[0] <= d.start and (d.end or d.start) <= window[1] for d in days)


_DEFINITE_ROLE = re.compile(r"^\W*the\s+$", re.I)


def definite_role_findings(s: Sentence, mentions: list[Mention], people: list[Person], earlier: list[Person],
                           summit_future: bool | None, dead: set[str],
                           previous: list[Person] = ()) -> list[AttendanceFinding]:  # type: ignore[assignment]
    """'The crown prince chaired the summit': a sentence led by a bare office, the one person named earlier in it.

    Only when exactly one person of the article so far held that office (by the frame they were named in), the
    sentence names nobody before its cue, and the office is not tied to another place ('the emir of Qatar').
    'The Ruritanian president said he would not be able to come' makes that holder absent.
    """
    role = next((m for m in mentions if m.kind == "role"), None)
    absent = ABSENT.search(s.text)
    if role is None or absent and not _role_absent(s, role, absent):
        return []
    place = next((m for m in mentions if m.kind in ("country", "demonym") and m.end <= role.start), None)
    if _DEFINITE_ROLE.match(s.text[: role.start - s.start]):
        place = None
    elif place is None or not _DEFINITE_ROLE.match(s.text[: place.start - s.start]) or \
            s.text[place.end - s.start: role.start - s.start].strip():
        return []  # but 'The Dutch prime minister told leaders': the one earlier holder of that state's office
    cue = absent or attend_cue(s.text)
    if cue is None or cue.start() < role.end - s.start or any(p.mention.start < s.start + cue.start() for p in people) or \
            re.match(r"\s+of\s+(?-i:[A-Z])", s.text[role.end - s.start:]):
        return []
    holders = {p.person_id: p for p in earlier if p.role == role.entity_id and p.person_id and not p.former
               and p.person_id not in dead and (place is None or p.country_id == place.entity_id)}
    holders = companions.nearest_holder(holders, previous)
    if len(holders) != 1:
        return []
    p = next(iter(holders.values()))
    if absent:
        return [dataclasses.replace(_finding(p, "absent", "definite_role", False, s, "none"), span=(role.start, role.end))]
    f = _finding(p, sentence_status(s.text, summit_future), "definite_role", bool(REPRESENT.search(s.text)), s, "in_person")
    return [dataclasses.replace(f, span=(role.start, role.end))]


def _role_absent(s: Sentence, role: Mention, cue: re.Match[str]) -> bool:
    """'The Ruritanian president said that he would not be able to come': the bare office is the absence's subject."""
    gap = s.text[role.end - s.start: cue.start()]
    return bool(_NOT_COMING.search(cue.group(0)) and (_ABSENT_GAP.match(gap) or _THAT_SELF.match(gap)))


# a cue of not coming at all, not of missing one event ('skipped the final lunch')
_NOT_COMING = re.compile(r"\b(?:not|unable|away|home|boycott\w*|regrets)\b", re.I)


# 'Vice-President X, deputising for President Y', 'headed by X in place of Y', 'standing in for the ailing Y'
_REPLACED_BEFORE = re.compile(r"\b(?:in\s+place\s+of|" + TAKES_PLACE_OF + r"|deputi[sz]ing\s+for|(?:stand|fill)(?:s|ing)?\s+in\s+for|"
                              r"(?:stood|filled)\s+in\s+for|"
                              r"substitut(?:es|ed|ing)\s+for|"
                              r"instead\s+of)\s+(?:the\s+)?(?:(?-i:[a-z])[\w-]+\s+)?" + _KIN_APPOSITIVE + "$", re.I)


# 'standing in for X at the climate and oceans sessions', '... for Y at the working dinner': a stand-in for part of the
# programme; the one stood in for is at the summit for the rest
_PART_OF_PROGRAMME = re.compile(r"^\s*,?\s*(?:at|for|during|in)\s+(?:(?:the|some|several|one|two|three|a\s+few)\s+(?:of\s+the\s+)?"
                                r"(?:[\w,'’-]+\s+){0,8}?(?:sessions|meetings|talks\s+on|working\s+(?:dinner|lunch|breakfast)|"
                                r"dinner|lunch|breakfast|banquet|outreach(?:\s+session)?|afternoon|morning)\b|"
                                r"(?:the\s+)?(?:rest|remainder|part|parts)\s+of\s+the\b|"
                                r"the\s+(?:[\w'’-]+\s+){0,2}?(?:opening|closing|outreach|working|first|second|third|final|"
                                r"morning|afternoon|evening)\s+session\b)", re.I)


# 'the delegation was led by X rather than King Y', 'sent X rather than going himself': with a delegation or
# attendance cue in the sentence, the person after 'rather than' is the one who stayed away
_RATHER_THAN_BEFORE = re.compile(r"\brather\s+than\s+(?:by\s+)?(?:the\s+)?(?:(?-i:[a-z])[\w-]+\s+)?"
                                 r"(?:(?-i:[A-Z])[\w.-]+\s+){0,2}$", re.I)
# 'X represented President Y': a head of government or state who is no monarch (a crown's envoy stands for no absent
# delegate)
_REPRESENTS_BEFORE = re.compile(r"\brepresent(?:s|ed|ing)\s+(?:the\s+)?$", re.I)
_GOVERNING_ROLES = ("President", "Prime Minister", "Chancellor", "Premier")
_DELEGATION_CUE = re.compile(r"\b(?:led|headed|represented|delegations?|sent|attend\w*|travel\w*|came|went|flew)\b", re.I)


def replaced_absent(s: Sentence, people: list[Person], dead: set[str]) -> list[AttendanceFinding]:
    """'X, deputising for President Y', 'in place of Y': the person stood in for is absent."""
    out = []
    for p in people:
        before = s.text[max(0, p.start - s.start - 60): p.start - s.start]
        rather = _RATHER_THAN_BEFORE.search(before) and _DELEGATION_CUE.search(s.text[: p.start - s.start])
        leader = p.role in _GOVERNING_ROLES and _REPRESENTS_BEFORE.search(before)
        if (_REPLACED_BEFORE.search(before) or rather or leader) and not p.former and p.person_id not in dead and not _PART_OF_PROGRAMME.match(
                s.text[p.end - s.start: p.end - s.start + 160]):
            out.append(_finding(p, "absent", "replaced_absent", False, s, "none"))
    return out


# 'along with the heads of the IMF, the World Bank and the OECD': organisations attending by their heads'
# office
_ORG_HEADS = re.compile(r"\b(?:heads|chiefs)\s+of\s+(?:the\s+)?(?=(?-i:[A-Z]))", re.I)


def org_heads_findings(ref: object, s: Sentence, mentions: list[Mention], summit_future: bool | None,
                       main_org: str | None) -> list[AttendanceFinding]:
    """'X is at the table, along with the heads of the IMF and the World Bank': office-only attendees."""
    if not attend_cue(s.text) or ABSENT.search(s.text):
        return []
    status = sentence_status(s.text, summit_future)
    out = []
    for m in _ORG_HEADS.finditer(s.text):
        items = read_list(ref, mentions, s.start + m.end(), s.text, s.start,  # type: ignore[arg-type]
                          ("org",))
        out += [AttendanceFinding(None, item.entity_id, item.canonical, None, status, "org_heads", False,
                                  True, "in_person", (s.start + m.start(), item.end))
                for item in items if item.entity_id != main_org]
    return out


# 'The summit will also be attended by Morocco, which ...': countries attending by name alone
_ATTENDED_BY = re.compile(r"\b(?:be|been|is|are|was|"
                          r"were)\s+(?:also\s+)?attended\s+by\s+(?:the\s+)?(?=(?-i:[A-Z]))", re.I)


def attended_by_countries(ref: object, s: Sentence, mentions: list[Mention],
                          summit_future: bool | None) -> list[AttendanceFinding]:
    """'The meeting was attended by Morocco and Tunisia': countries named as the attendees of a passive."""
    out = []
    for m in _ATTENDED_BY.finditer(s.text):
        if not SUMMITISH.search(s.text[: m.start()]) or _other_time(s.text[: m.start()], None):
            continue
        status = sentence_status(s.text[: m.end()] + " " + s.text[m.end():].split(",")[0], summit_future)
        items = read_list(ref, mentions, s.start + m.end(), s.text, s.start,  # type: ignore[arg-type]
                          ("country",))
        out += [AttendanceFinding(None, item.entity_id, item.canonical, None, status, "attended_by_country",
                                  False, _guest(s.text), "in_person", (item.start, item.end))
                for item in items]
    return out


_ITEM_GAP = re.compile(r"\s*,?\s*(?:and\s+)?(?:the\s+)?")
_LEADING_ASIDE = re.compile(r"^\s*,\s*(?:which|who|whose|where)\s[^,;]*", re.I)


def bullet_group_findings(s: Sentence, mentions: list[Mention], intro: str,
                          summit_future: bool | None) -> list[AttendanceFinding]:
    """A list item 'the leaders of Laos, which chairs ASEAN, and Thailand': its countries, asides skipped."""
    m = _GROUP.search(s.text)
    if m is None:
        return []
    status = "absent" if ABSENT.search(intro) else sentence_status(intro, summit_future)
    out: list[AttendanceFinding] = []
    end = m.end()
    for c in mentions:
        if c.start - s.start < end or c.kind != "country":
            continue
        if not _ITEM_GAP.fullmatch(_LEADING_ASIDE.sub("", s.text[end: c.start - s.start])):
            break
        out.append(AttendanceFinding(None, c.entity_id, c.canonical, "leader", status, "bullet_group", False,
                                     _guest(intro), "in_person", (c.start, c.end)))
        end = c.end - s.start
    return out


# 'The heads of three agencies are also in Antalya, among them X and Y', 'X is already in Lima': being in the host city
_IN_CITY_BEFORE = re.compile(r"\b(?:is|are|was|were|will\s+(?:also\s+)?be|(?:has|have|had)\s+(?:also\s+)?been)\s+"
                             r"(?:also\s+|already\s+|now\s+|all\s+|both\s+|still\s+|here\s+)?in\s+$|"
                             # press remarks given in the host city: 'X told reporters in Pittsburgh that ...'
                             r"\b(?:told|briefed)\s+(?:reporters|journalists|the\s+press|the\s+media)\s+in\s+$", re.I)
# 'X, one of the loudest voices on trade, told ...': an appositive 'one of' aside between the subject and its verb
_ONE_OF_ASIDE = re.compile(r",\s*one\s+of\s+[^,;.]{0,100},")
_NOT_BEFORE = re.compile(r"\b(?:not|never|no\s+longer)\b[^,;.]{0,20}$", re.I)
_IN_CITY_LIST = re.compile(r"^[^;.]{0,40}?(?:,\s*|\s+)(?:among\s+(?:them|whom)|including|such\s+as|notably)\s", re.I)


def host_city_findings(s: Sentence, mentions: list[Mention], people: list[Person], host_city: str | None,
                       summit_future: bool | None, dead: set[str], year: str | None = None) -> list[AttendanceFinding]:
    """'X is already in Antalya', 'the heads of three agencies are also in Antalya, among them X and Y'.

    Being in the summit's host city: the subject before the verb (a name, or a plural taken up by 'among them',
    'including' after the city) attends. Not when negated or dated to another time ('was in Antalya in 2010').
    """
    if not host_city or ABSENT.search(s.text):
        return []
    out: list[AttendanceFinding] = []
    for c in mentions:
        if c.kind != "city" or host_city not in (c.entity_id, c.canonical, c.text):
            continue
        before, after = s.text[: c.start - s.start], s.text[c.end - s.start:]
        cue = _IN_CITY_BEFORE.search(before)
        if cue is None or _NOT_BEFORE.search(before[: cue.start()][-30:]) or _other_time(re.split(r"[;.,]", after)[0], year):
            continue
        listed = _IN_CITY_LIST.match(after)
        status = sentence_status(s.text, summit_future)
        told = cue.group(0).lower().startswith(("told", "briefed"))
        for p in people:
            if (_excluded(s, p) and not (told and p.mention.end - s.start <= cue.start() and not p.former)) or (
                    p.person_id in dead or p.role == "Spokesperson"):
                continue  # the speaker who told reporters in the host city is no quoted outsider
            if p.mention.end - s.start <= cue.start():
                gap = s.text[p.mention.end - s.start: cue.start()]
                if re.search(r"^\s*,", gap) and s.text[: p.start - s.start].rstrip().endswith(","):
                    gap = gap.lstrip()[1:]  # 'Afghanistan's president, X, is in Kabul': the appositive's comma
                if _ABSENT_GAP.match(_RELATIVE_CLAUSE.sub("", _ONE_OF_ASIDE.sub("", gap))):
                    out.append(_finding(p, status, "in_host_city", False, s, "in_person"))
            elif listed and p.mention.start - s.start >= c.end - s.start + listed.end() - 1:
                out.append(_finding(p, status, "in_host_city", False, s, "in_person"))
    return out


# 'Turkmenistan, an associate member, is expected to send a government delegation', 'Oman will send its deputy premier'
_COUNTRY_SENDS = re.compile(r"^(?:\s*,[^;.]{0,120}?,)?\s+(?:(?:is|are|was|were)\s+(?:also\s+)?(?:expected|set|due|going|"
                            r"planning)\s+to\s+|(?:will|would|is\s+to)\s+(?:also\s+)?|(?:has|have|had)\s+(?:also\s+)?|"
                            r"(?:is|are)\s+(?:also\s+)?)?(?:send|sends|sending|sent|dispatch(?:es|ed|ing)?)\s+"
                            r"(?:a|an|its|their)\s+(?:[\w-]+\s+){0,3}?(?:delegation|representative|envoy|minister|official|ambassador|deputy)s?\b",
                            re.I)
_SUBJECT_OPENING = re.compile(r"^\W*(?:(?:meanwhile|however|and|but|also)\W+)?(?:the\s+)?$", re.I)


def country_sends(s: Sentence, mentions: list[Mention], summit_future: bool | None) -> list[AttendanceFinding]:
    """'Turkmenistan, which ..., is expected to send a government delegation': a country attending by a delegation.

    The country must open the sentence as its subject; 'did not send' is an absence, left to the absence rules.
    """
    if ABSENT.search(s.text):
        return []
    for m in mentions:
        if m.kind != "country":
            continue
        if not _SUBJECT_OPENING.match(s.text[: m.start - s.start]):
            return []
        if _COUNTRY_SENDS.match(s.text[m.end - s.start:]):
            return [AttendanceFinding(None, m.entity_id, m.canonical, None, sentence_status(s.text, summit_future),
                                      "country_sends", False, _guest(s.text), "in_person", (m.start, m.end))]
        return []
    return []


# 'Albania and Croatia, which joined last year, attended as full members': countries, the sentence's subject, attend
_COUNTRY_ATTENDS = re.compile(r"^(?:\s*,[^;.]{0,120}?,)?\s+(?:(?:also|both|all)\s+)?(?:attended|took\s+part|participated)\b"
                              r"(?!\s+(?:in\s+|at\s+)?(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?(?:ministerial|meeting\s+of|talks\s+in))",
                              re.I)
_COUNTRY_LIST_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)$", re.I)


def country_attends(s: Sentence, mentions: list[Mention], summit_future: bool | None,
                    year: str | None = None) -> list[AttendanceFinding]:
    """'Albania and Croatia, which joined in 2009, attended as full members': countries opening the sentence as
    its subject, with an attendance verb of their own (not negated, not of another time or meeting)."""
    countries = [m for m in mentions if m.kind == "country"]
    if not countries or ABSENT.search(s.text) or not _SUBJECT_OPENING.match(s.text[: countries[0].start - s.start]):
        return []
    subject = [countries[0]]
    for m in countries[1:]:
        if not _COUNTRY_LIST_GAP.match(s.text[subject[-1].end - s.start: m.start - s.start]):
            break
        subject.append(m)
    cue = _COUNTRY_ATTENDS.match(s.text[subject[-1].end - s.start:])
    if cue is None or attend_cue(s.text[subject[-1].end - s.start:], year) is None:
        return []
    status = sentence_status(s.text, summit_future)
    return [AttendanceFinding(None, m.entity_id, m.canonical, None, status, "country_attends", False, _guest(s.text),
                              "in_person", (m.start, m.end)) for m in subject]


# 'Finland and Sweden, which are not members, will be represented at a working dinner', 'Bangkok will be represented by
# a lower-level delegation'
_COUNTRY_REPRESENTED = re.compile(r"^(?:\s*,[^;.]{0,160}?,)?\s+(?:will\s+(?:also\s+)?be|(?:is|are|was|were)|"
                                  r"(?:has|have)\s+(?:also\s+)?been)\s+(?:also\s+|only\s+|being\s+)?represented\s+(?:at|by|in)\b", re.I)


def country_represented(ref: object, s: Sentence, mentions: list[Mention],
                        summit_future: bool | None) -> list[AttendanceFinding]:
    """Countries (or a capital standing for one) opening a sentence as the subject of 'will be represented at/by':
    attendees by country. A named representative is the person rules'; a sentence dated elsewhere stays out."""
    if ABSENT.search(s.text) or _ELSEWHEN.search(_RELATIVE_ASIDE.sub(" ", s.text)):
        return []
    first = next((m for m in mentions if m.kind in ("country", "city")), None)
    if first is None or not _SUBJECT_OPENING.match(s.text[: first.start - s.start]):
        return []
    if first.kind == "country":
        items = read_list(ref, mentions, first.start, s.text, s.start, ("country",))  # type: ignore[arg-type]
        places = [(m, m.entity_id, m.canonical) for m in items]
    else:
        country = ref.country_with_capital(first.entity_id)  # type: ignore[attr-defined]
        places = [(first, country.id, country.name)] if country else []
    if not places or not _COUNTRY_REPRESENTED.match(s.text[places[-1][0].end - s.start:]):
        return []
    status = sentence_status(s.text, summit_future)
    return [AttendanceFinding(None, cid, name, None, status, "country_represented", False, _guest(s.text), "in_person",
                              (m.start, m.end)) for m, cid, name in places]
