"""Attendance recall cues (blind rounds 37/38), kept apart from the big patterns of `attendance.py`, which joins them
in next to `attendance_preview_cues`.

Each is a family of frames a 'who is coming' preview, a protocol list or a report uses, not one sentence's wording:
- an inverted roster of confirmations: 'Among the leaders who have confirmed their attendance are A and B',
  'Those expected to attend include A';
- an inverted list: 'Also on the list are A and B', 'On the guest list are A'; a named list after the verb:
  'A and B are on the list of invited heads of international organisations' (not 'on the list of donors');
- a whole list expected or confirmed: 'A, B and C are all expected.', 'A and B are both confirmed for the talks';
- a presence inverted after a place or a table: 'Also present in the hall was X', 'Present at the talks were A and B',
  'Also at the BRICS plus table were A and B';
- an arrival by air: 'X touched down in Kazan on Monday';
- the summit used for something: 'X used the summit for a pitch on trade' (with 'to ...' in `attendance_cues`);
- a country's seat taken: 'Minister X took the Chilean seat', 'Y occupied Peru's seat' (not 'a seat on the board');
- a sitting-in: 'X is sitting in on the economic talks';
- a speech of the meeting's opening or close: 'said X in his opening speech';
- a session of the summit's council chaired: 'X chaired a meeting of the Supreme State Council';
- a chair re-elected by the leaders: 'The leaders re-elected President X as chairman'.
Also a delegation headed by someone to come ('The delegation is to be headed by X') and guest countries listed
with no leader named ('Among the guest countries are A, B and C', 'Countries invited as guests include A').
"""

from __future__ import annotations

import re

from pipeline.lists import read_list
from pipeline.model import Mention, Sentence

_WHO = r"(?:leaders|those|guests|heads\s+of\s+(?:state|government)|presidents|prime\s+ministers|dignitaries|invitees)"
_MEETING = r"(?:summits?|meetings?|talks|gathering|retreat|sessions?|dinner|plenary|forum)"

# a country's seat taken, the one rule of it (an attendance cue here, and the stand-in reading of
# `attendance_proxies._took_seat`): 'took the Chilean seat', 'occupied Peru's seat', 'will take Saudi Arabia's chair',
# 'took the seat of Argentina' (not 'took the Russian seat on the council', 'a seat in parliament')
TOOK_SEAT = (r"(?:t(?:ook|akes?|aking)|will\s+take|occup(?:ied|ies|y|ying)|fill(?:ed|s|ing)?|s(?:at|its|itting)\s+in)\s+(?:up\s+)?"
             r"(?:(?:the\s+(?-i:[A-Z])[\w'’-]*|(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)?['’]s?|the\s+country['’]s)\s+"
             r"(?:seat|chair)\b|the\s+(?:seat|chair)\s+of\s+(?-i:[A-Z]))(?!\s+(?:on|in)\b)")

RECALL_ATTEND = (
    # 'Among the leaders who have confirmed their presence are', 'Leaders who have already confirmed attendance include'
    r"\b" + _WHO + r"\s+(?:who|that)\s+(?:have|has|had)\s+(?:already\s+|so\s+far\s+|now\s+)?confirmed\s+"
    r"(?:(?:their|his|her)\s+)?(?:presence|attendance|participation|trips?|visits?)\b[^.;:]{0,40}?"
    r"\b(?:are|were|include|included|includes)\b|"
    # 'Those expected to attend include', 'Leaders due to take part are', 'Guests who will attend include'
    r"\b" + _WHO + r"\s+(?:(?:who\s+are|who\s+were)\s+)?(?:expected|due|set|scheduled)\s+to\s+(?:attend|come|travel|"
    r"take\s+part|participate)\b[^.;:]{0,40}?\b(?:are|include|includes|included)\b|"
    r"\b" + _WHO + r"\s+who\s+(?:will|are\s+set\s+to|plan\s+to)\s+(?:attend|come|travel|take\s+part)\b[^.;:]{0,40}?"
    r"\b(?:are|include|includes)\b|"
    # 'Also on the list are', 'On the guest list are', 'Also on the list of invitees is'
    r"^\W*(?:also\s+)?on\s+the\s+(?:(?:guest|invitation|confirmed|official|attendance)\s+)?list\s+(?:of\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:guests|invitees|participants|attendees|leaders)\s+)?(?:are|is|were|was)\b|"
    # 'A and B are on the list of heads of international organisations', '... on the list of invited leaders'
    r"\b(?:is|are|was|were)\s+(?:also\s+)?on\s+the\s+list\s+of\s+(?:the\s+)?(?:(?:invited|expected|confirmed|visiting|"
    r"foreign|attending|participating|official)\s+)?(?:guests|invitees|"
    r"participants|attendees|leaders|heads\s+of\s+(?:state|government|delegations?|(?:the\s+)?(?:international\s+|"
    r"multilateral\s+|global\s+)?(?:organi[sz]ations|agencies|institutions|bodies)))\b|"
    # 'A, B and C are all expected.', 'A and B are both expected to attend', '... are all expected in Rio'
    r"\b(?:are|were)\s+(?:all|both)\s+(?:also\s+)?expected\b(?=\s*(?:[.;,]|$)|\s+(?:to\s+(?:attend|come|travel|join|"
    r"take\s+part|participate|be\s+(?:there|present|in\s+attendance))|in\s+(?-i:[A-Z])|at\s+the\s+(?:[\w'’-]+\s+){0,2}?"
    + _MEETING + r"))|"
    # 'A, B and C are all confirmed.', '... are all confirmed for the leaders' meetings'
    r"\b(?:are|were)\s+(?:all|both)\s+(?:also\s+)?confirmed(?=\s*(?:[.;]|$)|\s+(?:to\s+(?:attend|take\s+part|come)|"
    r"for\s+the\s+(?:[\w'’-]+\s+){0,4}?" + _MEETING + r"\b))|"
    # 'Also present in the hall was X', 'Present at the talks were A and B' (the verb after a place; not a place of
    # another time: 'Present at the founding talks in 1991 were')
    r"^\W*(?:also\s+)?present\s+(?:(?:in|at|for|during)\s+(?:the\s+)?(?:(?!(?:1[89]|20)\d\d\b|(?:last|previous|"
    r"founding|first|inaugural)\b)[^,;.]){1,60}?\s+)?(?:was|were|will\s+be)\s+"
    r"(?=(?:the\s+)?(?-i:[A-Z]))|"
    # 'Also at the BRICS plus table were A and B', 'Around the outreach table sat X' (the verb after the table)
    r"^\W*(?:also\s+)?(?:at|around)\s+the\s+(?:[\w'’+-]+\s+){0,3}?table\s+(?:were|was|sat)\b|"
    # 'X touched down in Kazan', 'Y's plane touches down on Monday'
    r"\btouch(?:ed|es|ing)?\s+down\b|"
    # 'X used the summit for a pitch', 'Y is using the meeting as a stage'
    r"\bus(?:e|ed|es|ing)\s+(?:the|this|this\s+week['’]s|its)\s+(?:[\w'’-]+\s+){0,2}?(?:summit|meeting|gathering|"
    r"talks|forum)\s+(?:for|as)\b|"
    # 'Minister X took the Chilean seat', 'Y occupied Peru's seat' (not 'took the Chilean seat on the board')
    r"\b" + TOOK_SEAT + r"|"
    # 'X is sitting in on the economic talks', 'Y sat in on the sessions'
    r"\bs(?:it|its|itting|at)\s+in\s+on\s+(?:the|its|this|these|their)\s+(?:[\w'’-]+\s+){0,2}?(?:talks|summit|"
    r"meetings?|sessions?|discussions|deliberations)\b|"
    # 'said X, the host, in his opening speech'
    r"\bin\s+(?:his|her|their)\s+(?:opening|closing|inaugural|welcoming|welcome|keynote)\s+(?:speech|address|remarks|"
    r"statement)\b|"
    # 'X chaired a meeting of the Supreme State Council' (the summit's own council, not the UN's or a national one)
    r"\bchair(?:ed|s|ing)?\s+a\s+(?:[\w-]+\s+)?(?:meeting|session|sitting)\s+of\s+the\s+(?!(?-i:Security|UN|National)\b)"
    r"(?:[\w'’-]+\s+){0,5}?(?-i:Council|Summit)\b|"
    # 'The leaders re-elected President X as chairman'
    r"\b(?:leaders|heads\s+of\s+(?:state|government)|summit)\s+(?:[\w'’-]+\s+){0,6}?re-?elected\s+(?:[\w'’.-]+\s+){1,6}?"
    r"as\s+(?:its\s+|their\s+|the\s+)?(?:chair(?:man|woman|person)?|president)\b"
)

# one sent with an interim office ('Iran sent acting President X', 'sent caretaker Prime Minister Y'): joins `SEND`'s
# lookaheads on the capitalised office after the verb
SENT_ACTING = (r"(?=(?:acting|interim|caretaker)\s+(?-i:(?:[A-Z][\w-]*\s+){0,2}(?:Vice|Deputy|Foreign|Prime|President|"
               r"Premier|Minister|Chancellor)))")

# between 'sending his' and the office: nothing, or one portfolio word ('sending his transport minister', 'sent her
# trade minister'); the office itself is the dictionary's bare 'Minister'
PORTFOLIO_GAP = re.compile(r"^\s{0,3}(?:(?-i:[a-z])[\w-]+\s+)?$")

RECALL_REPRESENT = (
    # 'The US delegation is to be headed by X', 'Its delegation is set to be led by Y'
    r"\bdelegation\s+(?:\w+\s+){0,6}?(?:is|are|will\s+be)\s+(?:set\s+|due\s+|expected\s+|scheduled\s+)?to\s+be\s+"
    r"(?:led|headed)\s+by\b"
)

# 'said X, the host, in his opening speech': the speech quoted is one given at the meeting's opening or close
_SPEECH_THERE = re.compile(r"^[^.;\"“”]{0,80}?\bin\s+(?:his|her|their)\s+(?:opening|closing|inaugural|welcoming|welcome|"
                           r"keynote)\s+(?:speech|address|remarks|statement)\b", re.I)


def speech_there(after: str) -> bool:
    """Return True when a name quoted after 'said' is followed by the speech it gave at the meeting ('said X, the
    host, in his opening speech'): the speaker is there, not a voice from elsewhere."""
    return bool(_SPEECH_THERE.match(after))


# guest countries listed with no leader: 'Among the guest countries are', 'The invited nations this year include',
# 'Countries invited as guests are'
_GUEST_COUNTRIES = re.compile(
    r"\b(?:(?:guest|invited|outreach)\s+(?:countries|nations|states)|(?:countries|nations|states)\s+invited\s+"
    r"(?:as\s+guests\s+)?)\s*(?:(?:this\s+year|for\s+the\s+(?:summit|meeting)|at\s+the\s+(?:summit|meeting))\s+)?"
    r"(?:are|include|includes|included|were|will\s+be)\s+", re.I)


def guest_country_findings(ref: object, s: Sentence, mentions: list[Mention], summit_future: bool | None) -> list:
    """'Among the guest countries are A, B and C': each country read in the list after the head attends as a guest,
    with no leader named (expected before the summit, as the sentence's tense says)."""
    from pipeline import attendance as att  # the findings' type lives there; it imports this module's cues

    out = []
    for m in _GUEST_COUNTRIES.finditer(s.text):
        status = att.sentence_status(s.text, summit_future)
        for item in read_list(ref, mentions, s.start + m.end(), s.text, s.start, ("country",)):  # type: ignore[arg-type]
            out.append(att.AttendanceFinding(None, item.entity_id, item.canonical, "leader", status, "guest_countries",
                                             False, True, "in_person", (s.start + m.start(), item.end)))
    return out


# 'Kenya's vice-president attended': a country's possessive office opening the sentence or a list's item
_POSSESSIVE_GAP = re.compile(r"^['’]s\s+$")
_ITEM_START = re.compile(r"(?:^\W*|(?:,|\band)\s+)$", re.I)
# 'the vice-president of Kenya attended': an office of a country, opening the sentence or a list's item
_OF_GAP = re.compile(r"^\s+of\s+(?:the\s+)?$", re.I)
_THE_ITEM_START = re.compile(r"(?:^\W*|(?:,|\band)\s+)the\s+$", re.I)
# a name right after the office ('Kenya's vice-president, X,'): the person is the attendee, not the office
_NAME_AFTER = re.compile(r"^\s*,?\s*(?-i:[A-Z])[\w'’.-]+\s+(?-i:[A-Z])")


def office_of_country_findings(s: Sentence, mentions: list[Mention], people: list, summit_future: bool | None) -> list:
    """'Kenya's vice-president and the foreign minister of Chile also attended': attendees known only by a country's
    office, in either order (the possessive before the office, or 'of' after it), each opening the sentence or an
    item of its list (not an object: 'X met Kenya's vice-president'); a speaker ('Chile's foreign minister said')
    or a country with a named person in the sentence gives nothing."""
    from pipeline import attendance as att  # the findings' type lives there; it imports this module's cues

    if not att.attend_cue(s.text) or att.ABSENT.search(s.text) or att.SEND.search(s.text):
        return []
    named = {p.country_id for p in people}
    out = []
    for i, r in enumerate(mentions):
        if r.kind != "role" or r.form != "role" or any(p.start <= r.start < max(p.end, p.mention.end) for p in people):
            continue
        before, prev = s.text[: r.start - s.start], mentions[i - 1] if i else None
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        place, end = None, r.end
        if prev is not None and prev.kind == "country" and _POSSESSIVE_GAP.match(s.text[prev.end - s.start: r.start - s.start]) \
                and _ITEM_START.search(s.text[: prev.start - s.start]):
            place = prev
        elif nxt is not None and nxt.kind == "country" and _OF_GAP.match(s.text[r.end - s.start: nxt.start - s.start]) \
                and _THE_ITEM_START.search(before):
            place, end = nxt, nxt.end
        if place is None or place.entity_id in named:
            continue
        after = s.text[end - s.start: end - s.start + 240]
        if _NAME_AFTER.match(after) or att._SPEAKER_AFTER.match(after):
            continue
        out.append(att.AttendanceFinding(None, place.entity_id, place.canonical, r.entity_id,
                                         att.sentence_status(s.text, summit_future), "country_office", False,
                                         att._guest(s.text), "in_person", (min(place.start, r.start), end)))
    return out


# after a list of countries opening the sentence: ', which sent delegations led by ministers', ' both sent envoys',
# ', who each sent a minister' (a list's subject sending people: each country attends through them)
_LIST_SENDS = re.compile(r"^\s*(?:,\s*(?:which|who)\s+)?(?:(?:also|both|all|each)\s+)?(?:(?:has|have|had)\s+)?"
                         r"(?:(?:are|were)\s+(?:also\s+)?)?(?:sent|sending|send)\s+(?:(?:a|an|its|their)\s+)?"
                         r"(?:[\w-]+\s+){0,3}?(?:delegations?|ministers?|envoys?|representatives?|officials?|"
                         r"ambassadors?|deputies|stand-ins?|substitutes?)\b|"
                         # 'A, B and C sent someone else' (not 'sent nobody')
                         r"^\s*(?:(?:also|both|all|each)\s+)?sent\s+(?:someone|somebody)(?:\s+else)?\b", re.I)
# 'sent delegations to the climate talks in Paris': sent to another meeting, named by its own kind and place
_ELSEWHERE_AFTER = re.compile(r"^[^,;]{0,40}?\bto\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:talks|conference|meeting|forum|"
                              r"summit)\s+(?:in|on)\s+(?-i:[A-Z])", re.I)
_LIST_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$", re.I)
# a body's group, then its states after a dash: "SAARC's nine observers — ", 'The partner states -- '
_GROUP_OPENING = re.compile(r"^\W*(?:[\w'’.-]+\s+){0,4}?(?:observers?|members?|partners?|guests?)(?:\s+(?:states|countries|nations))?"
                            r"\s*(?:[—–]|--?)\s*(?:the\s+)?", re.I)
_LIST_OPENING = re.compile(r"^\W*(?:(?:meanwhile|however|and|but|also|both)\W+)?(?:the\s+)?$", re.I)


def country_list_sends(s: Sentence, mentions: list[Mention], summit_future: bool | None) -> list:
    """'Norway and Portugal, which sent delegations led by ministers, backed the text', 'Chile and Peru both sent
    envoys': two or more countries opening the sentence as its subject each attend by what they sent. (One country
    sending is `attendance.country_sends`'s.) 'did not send' is an absence, left to the absence rules."""
    from pipeline import attendance as att  # the findings' type lives there; it imports this module's cues

    if att.ABSENT.search(s.text):
        return []
    group = _GROUP_OPENING.match(s.text)  # "SAARC's nine observers — A, B and the European Union — all sent delegations"
    countries = [m for m in mentions if m.kind == "country" or group and m.kind == "org"]
    if group:  # the group's states come after its dash (the body that owns the group is named before it)
        countries = [m for m in countries if m.start >= s.start + group.end()]
    if len(countries) < 2 or not (group and countries[0].start == s.start + group.end()
                                  or _LIST_OPENING.match(s.text[: countries[0].start - s.start])):
        return []
    listed = [countries[0]]
    for m in countries[1:]:
        if not _LIST_GAP.match(s.text[listed[-1].end - s.start: m.start - s.start]):
            break
        listed.append(m)
    sends = _LIST_SENDS.match(re.sub(r"^\s*(?:[—–]|--?)", "", s.text[listed[-1].end - s.start:]) if group else
                              s.text[listed[-1].end - s.start:])
    if len(listed) < 2 or not sends:
        return []
    after = re.split(r"[.;]", s.text[listed[-1].end - s.start + sends.end():])[0]
    if att._other_time(after, None) or _ELSEWHERE_AFTER.match(after):
        return []  # 'sent envoys to the climate talks in Paris last year': another meeting, another time
    status = att.sentence_status(s.text, summit_future)
    return [att.AttendanceFinding(None, m.entity_id, m.canonical, None, status, "country_list_sends", False,
                                  att._guest(s.text), "in_person", (m.start, m.end)) for m in listed]


# 'with Chile represented at ministerial level', 'Norway was represented at ambassador level': a country there by
# lower officials, whatever its leader did (the same sentence often says the leader stayed home)
_AT_LEVEL = re.compile(r"^\s+(?:(?:was|were|is|are|will\s+be|being)\s+)?(?:only\s+|also\s+)?represented\s+at\s+"
                       r"(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?level\b", re.I)


# 'represented at ministerial level in the trade talks in Geneva': at another meeting, named by its kind and place
_AT_MEETING_ELSEWHERE = re.compile(r"^\s+(?:in|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:talks|conference|meetings?|forum|"
                                   r"summits?)\s+(?:in|on)\s+(?-i:[A-Z])", re.I)


def country_level_findings(s: Sentence, mentions: list[Mention], summit_future: bool | None) -> list:
    """'Mexico's leader also stayed home, with Mexico represented at ministerial level': the country attends by its
    ministers even in a sentence that states its leader's absence."""
    from pipeline import attendance as att  # the findings' type lives there; it imports this module's cues

    out = []
    for m in mentions:
        level = _AT_LEVEL.match(s.text[m.end - s.start:]) if m.kind == "country" else None
        after = re.split(r"[.;]", s.text[m.end - s.start + level.end():])[0] if level else ""
        if level and not att._other_time(after, None) and not _AT_MEETING_ELSEWHERE.match(after):
            out.append(att.AttendanceFinding(None, m.entity_id, m.canonical, None,
                                             att.sentence_status(s.text, summit_future), "country_at_level", False,
                                             att._guest(s.text), "in_person", (m.start, m.end)))
    return out

