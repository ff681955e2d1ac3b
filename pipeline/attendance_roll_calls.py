"""Attendance told by roll calls and trips to the host (round 40, recall), kept apart from the big cue pattern of
`attendance.py`: each finder reads one family of shapes a preview or a report uses, not one sentence's wording.

- an inverted roster after a lead word: 'Also expected are A, B and C', 'Also due at the talks: A; B', 'Likewise
  attending will be ...', 'Confirmed so far are ...'; the items come in mixed frames ('German Chancellor A', 'Japan's
  B', 'C of Peru', 'the IMF's D', 'Prime Ministers A of X, B of Y', 'A, the summit host,'), joined by commas,
  semicolons, 'and', 'as well as'; the lead alone as a bulleted list's heading ('Also expected:') opens the list;
- a group's presence, then its members after 'among them' or 'including': 'The heads of the big lenders will also be
  in town, among them A and B', 'Several leaders came, including Prime Ministers A of X and B of Y';
- a trip to or a stay in the host: 'X will make the first visit to Peru by a Chilean leader in 20 years', 'Y flies
  into Lima on Sunday', 'Z spent two days in the country' - tied to the summit's host city or host country only;
- another summit named as the trip's time mark: 'X arrives on Friday after attending the East Asia Summit' speaks of
  this summit (`time_marked_summit`, `org_time_marked` let the other-summit tests pass it by);
- the host greeting arrivals at the airport ('greeted at the airport by X, the summit host') is no mere greeter
  (`named_host`, asked by `exclusions`);
- cues `attendance` joins in: the last of a roster completing the table ('A, B and C complete the table'), and a
  likeness to earlier years cut off the cue's clause ('attends as he has every year since 1977').
"""

from __future__ import annotations

import re

from pipeline.model import Mention, Person, Sentence

# cues `attendance.ATTEND` joins in: the last of a roster completing the table ('A, B and President C complete the
# table', 'D rounds out the circle')
ROLL_ATTEND = (r"\b(?:complet(?:e|es|ed|ing)|round(?:s|ed|ing)?\s+(?:out|off))\s+the\s+(?:[\w-]+\s+){0,2}?"
               r"(?:table|circle)\b")

# a likeness to earlier times after a cue, which dates those times and not this attendance: 'attends as he has every
# year since 1977', 'is coming as she did in 2019', 'will attend, as it has since 2008'
LIKE_BEFORE = re.compile(r"\s+(?:just\s+)?as\s+(?:he|she|it|they|we|(?:his|her|their)\s+predecessors?)\s+"
                         r"(?:has|have|had|did|does|do)\b", re.I)

# the lead of an inverted roster: 'Also expected are', 'Also attending will be', 'Also due at the talks:', 'Confirmed
# so far are'; the verb (or a colon) ends it, and the list follows
_LEAD = re.compile(
    r"^\W*(?:(?:also|likewise|similarly|additionally|further)\s+)?(?:(?:already\s+)?confirmed|expected|due|coming|"
    r"attending|present|invited|on\s+hand|in\s+attendance|in\s+town|flying\s+in|making\s+the\s+(?:trip|journey)|"
    r"(?:set|scheduled|slated)\s+to\s+(?:attend|come|take\s+part))\s+"
    r"(?:(?:so\s+far|to\s+(?:attend|come|take\s+part)|as\s+well|too)\s+)?"
    r"(?:(?:at|for|in|to)\s+(?:the\s+|this\s+)?(?:[\w'’-]+\s+){0,3}?(?:summit|meeting|talks|gathering|session|"
    r"(?-i:[A-Z])[\w'’-]+)\s+)?"
    r"(?:are|is|were|was|will\s+be)\s+|"
    # the same with a colon: 'Also expected: A, B', 'Also confirmed for the dinner: A and B'
    r"^\W*(?:also|likewise|further)\s+(?:confirmed|expected|due|coming|attending|present|invited)"
    r"(?:\s+(?:so\s+far|(?:at|for|in)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:summit|meeting|talks|gathering|session|"
    r"dinner|(?-i:[A-Z])[\w'’-]+)))?\s*:\s*", re.I)

# between two items of a roster: an 'of' place after the first ('A of Canada'), an aside (', the summit host,'), then
# the joint, then the next item's possessive frame ('Japan's ', 'the OECD's ')
_CAP = r"(?-i:[A-Z])[\w'’.-]*"
_ITEM_GAP = re.compile(
    r"^(?:\s+of\s+(?:the\s+)?" + _CAP + r"(?:\s+" + _CAP + r"){0,3})?"
    r"(?:\s*\([^()]{0,40}\))?"
    r"(?:\s*,\s*(?:the|a|an|who|whose|its|his|her|" + _CAP + r"['’]s)\s[^,;:.()]{1,80}(?=,))?"
    r"\s*(?:,\s*(?:and\s+)?|;\s*(?:and\s+)?|\s+and\s+|,?\s+as\s+well\s+as\s+|,?\s+plus\s+)"
    r"(?:the\s+)?(?:" + _CAP + r"(?:\s+" + _CAP + r"){0,3}['’]s?\s+)?$", re.I)
_POSSESSOR = re.compile(r"^['’]s?\s")
# from an item into its aside, before the aside closes: ', Lula's closest ally', ', who wants a deal with '
_IN_ASIDE = re.compile(r"^\s*,\s*(?!and\b)[^,;:.()]{1,80}$", re.I)
# before the first item: nothing, its possessive frame, or a plural title the items share ('Prime Ministers A of X,
# B of Y', 'Presidents A and B')
_FIRST_GAP = re.compile(r"^\s*(?:the\s+)?(?:" + _CAP + r"(?:\s+" + _CAP + r"){0,3}['’]s?\s+)?"
                        r"(?:(?:prime\s+|foreign\s+|deputy\s+|vice[\s-]+)?(?:ministers|presidents|premiers|chancellors|"
                        r"kings|emirs|leaders|heads\s+of\s+(?:state|government))\s+)?$", re.I)


# a bare heading: 'Expected so far:', 'Confirmed:', 'Also attending:'
_BARE_LEAD = re.compile(r"^\W*(?:(?:also|likewise|further)\s+)?(?:(?:already\s+)?confirmed|expected|attending|coming|due)"
                        r"(?:\s+so\s+far)?\s*:$", re.I)


def lead_heading(text: str) -> bool:
    """Return True for a roster's lead standing alone as a list's heading ('Also expected:', 'Also attending are:')."""
    text = text.strip()
    if not text.endswith(":"):
        return False
    body = text[:-1].rstrip() + " "
    m = _LEAD.match(body) or _LEAD.match(text + " ")
    return bool(m and m.end() >= len(body.rstrip())) or bool(_BARE_LEAD.match(text))


def _roster(s: Sentence, people: list[Person], at: int) -> list[Person]:
    """The people listed from offset `at` of the sentence on, item after item, until a gap is no list joint."""
    # a possessor is no item ('Lula's closest ally'): it opens an aside or another noun
    after = sorted((p for p in people if p.start - s.start >= at and not _POSSESSOR.match(s.text[p.end - s.start:])),
                   key=lambda p: p.start)
    if not after or not _FIRST_GAP.match(s.text[at: after[0].start - s.start]):
        return []
    out = [after[0]]
    for p in after[1:]:
        gap = s.text[out[-1].end - s.start: p.start - s.start]
        if _ITEM_GAP.match(gap):
            out.append(p)
        elif not _IN_ASIDE.match(gap):
            break  # a person inside an item's aside ('A, Lula's closest ally, and B') is no item; the list goes on
    return out


def _kept(s: Sentence, p: Person, dead: set[str]) -> bool:
    from pipeline import attendance as att  # attendance joins this module's cues: import it only when called

    return p.person_id not in dead and not att._excluded(s, p)


def lead_roster_findings(s: Sentence, people: list[Person], summit_future: bool | None, dead: set[str],
                         host_city: str | None = None) -> list:
    """'Also expected are German Chancellor A, Japan's B and C of Peru': an inverted roster after a lead word.
    Each item attends (expected in a preview, or by the lead's own tense). A lead naming another event or another
    place ('Also expected at the funeral are', 'Also due in Lima are') gives nothing."""
    m = _LEAD.match(s.text) if people else None
    if m is None or _OTHER_EVENT.search(m.group(0)) or _elsewhere(m.group(0), host_city):
        return []
    from pipeline import attendance as att

    if att.ABSENT.search(s.text):
        return []
    status = att.sentence_status(s.text, summit_future)
    return [att._finding(p, status, "lead_roster", False, s, "in_person") for p in _roster(s, people, m.end())
            if _kept(s, p, dead)]


# a group of office-holders present, then some of them named: 'The heads of the big lenders will also be in town,
# among them', 'Several leaders came in person, including', 'Dozens of heads of state are in Lima, among whom'
_GROUP = (r"\b(?:leaders|heads|chiefs|presidents|prime\s+ministers|premiers|chancellors|dignitaries|guests|"
          r"delegations|monarchs|royals|heads\s+of\s+(?:state|government))\b")
_PRESENCE = (r"\b(?:(?:will|would)\s+(?:also\s+)?(?:be\s+(?:in\s+town|there|present|on\s+hand|in\s+attendance|here|"
             r"in\s+{city})|come|attend|travel|fly\s+in|arrive|join\s+(?:them|him|her|the\s+talks|the\s+summit))|"
             r"(?:are|were|is|was)\s+(?:also\s+|all\s+|already\s+)?(?:in\s+town|there|present|on\s+hand|in\s+attendance|"
             r"here|in\s+{city}|expected|due|coming|attending|arriving|flying\s+in)|"
             r"came|attended|arrived|flew\s+in|turned\s+out|showed\s+up|made\s+the\s+(?:trip|journey))\b")
_AMONG = r",\s*(?:among\s+(?:them|whom|those)|including|notably)\s+(?:(?:are|were|is|was|will\s+be)\s+)?"
# another kind of event the group is at: 'leaders came to the funeral, among them ...'
_OTHER_EVENT = re.compile(r"\b(?:funeral|wedding|inauguration|coronation|election|parade|match|final|concert|festival|"
                          r"memorial|burial|requiem|jubilee)\b", re.I)


def group_member_findings(s: Sentence, people: list[Person], host_city: str | None, summit_future: bool | None,
                          dead: set[str], year: str | None = None) -> list:
    """'The heads of the big lenders will also be in town, among them UN Secretary-General A, IMF chief B and the
    OECD's C': a group of office-holders present at the summit, then the members named after 'among them' or
    'including'. Each attends, with the group's tense. Another event ('came to the funeral') gives nothing."""
    if not people:
        return []
    city = re.escape(host_city) if host_city else r"(?!x)x"
    rx = re.compile(_GROUP + r"[^.;:]{0,80}?" + _PRESENCE.format(city=city) + r"([^.;:]{0,80}?)" + _AMONG, re.I)
    m = rx.search(s.text)
    if m is None or _OTHER_EVENT.search(m.group(0)) or _elsewhere(m.group(0), host_city):
        return []  # 'came to the funeral', 'came to Osaka': another event, another place
    from pipeline import attendance as att

    if att.ABSENT.search(s.text[: m.end()]) or att._other_time(s.text[: m.end()], year):
        return []
    status = att.sentence_status(s.text[: m.end()], summit_future)
    return [att._finding(p, status, "group_members", False, s, "in_person") for p in _roster(s, people, m.end())
            if _kept(s, p, dead)]


# a place named in the group's clause: 'came to Osaka', 'are in Lima', 'gathered at Elmau'
_PLACE = re.compile(r"\b(?:to|in|at)\s+(?=(?-i:[A-Z]))", re.I)


def _elsewhere(text: str, host_city: str | None) -> bool:
    """Return True when a lead names a place other than the host city ('came to Osaka', 'Also due in Lima are')."""
    return any(not (host_city and text[x.end():].startswith(host_city.split()[0])) for x in _PLACE.finditer(text))


# a trip to the host: 'will make the first visit to Australia by', 'pays a state visit to Peru', 'flies into Lima'
_VISIT = r"(?:mak(?:e|es|ing)|made|pa(?:y|ys|ying|id)|beg(?:in|ins|inning|an)|start(?:s|ed|ing)?)\s+(?:a|an|the|his|her|their)\s+" \
         r"(?:[\w'’-]+\s+){0,3}?(?:visit|trip|journey)\s+to\s+(?:the\s+)?$"
_VISIT_BEFORE = re.compile(_VISIT, re.I)
# a stay there: 'spent two days in Banjul', 'is spending the weekend in the country' (the host's, named before)
_STAY_BEFORE = re.compile(r"\bspen(?:d|ds|ding|t)\s+(?:(?:a|an|the|two|three|four|several|few|\d+)\s+)?(?:[\w-]+\s+){0,2}?"
                          r"(?:days?|nights?|hours|weekend|week)\s+in\s+(?:the\s+)?$", re.I)
_THE_HOST = re.compile(r"\bspen(?:d|ds|ding|t)\s+(?:(?:a|an|the|two|three|four|several|few|\d+)\s+)?(?:[\w-]+\s+){0,2}?"
                       r"(?:days?|nights?|hours|weekend|week)\s+in\s+the\s+(?:country|city|capital)\b", re.I)
_FLY_INTO = re.compile(r"\b(?:fl(?:y|ies|ew|ying|own)|jet(?:s|ted|ting)?)\s+into\s+$", re.I)
# the trip's subject: the person opening the clause, before the verb (with only adverbs and auxiliaries between)
_SUBJECT_GAP = re.compile(r"^(?:\s*,[^,;.]{1,80})?,?\s+(?:(?:will|would|is|was|to|also|then|later|due|set|expected|"
                          r"scheduled|soon|first)\s+){0,4}$", re.I)
# a trip of another time: 'made a state visit to Peru in March', 'his last visit to Peru', 'flew into Lima once before'
_EARLIER_TRIP = re.compile(r"\b(?:last|previous|earlier|once|ago|before|next\s+(?:year|month))\b|\bin\s+(?-i:January|February|"
                           r"March|April|May|June|July|August|September|October|November|December)\b", re.I)
_ASKED_BEFORE = re.compile(r"\b(?:invit(?:ed|es|ing)|ask(?:ed|s|ing)|urg(?:ed|es|ing)|want(?:s|ed)?|press(?:ed|es|ing))\s+$",
                           re.I)
_PAST_TRIP = re.compile(r"^(?:made|paid|began|started|flew|flown|jetted|spent)\b", re.I)


def host_trip_findings(ref: object, s: Sentence, mentions: list[Mention], people: list[Person], host_city: str | None,
                       host_country: str | None, summit_future: bool | None, dead: set[str],
                       year: str | None = None) -> list:
    """'India's Prime Minister X will make the first visit to Australia by an Indian leader in 28 years', 'Y flies
    into Munich this morning': one whose own trip goes to the summit's host country or host city attends (expected
    while the trip is ahead). A trip to another place, or one dated to another time, gives nothing."""
    if not people or not (host_city or host_country):
        return []
    from pipeline import attendance as att

    out = []
    places = list(mentions)
    the_host = _THE_HOST.search(s.text)
    if the_host and not any(m.kind in ("country", "city") for m in mentions):  # 'in the country': the host's
        word = the_host.group(0).split()[-1]
        places.append(Mention("country", s.start + the_host.end() - len(word), s.start + the_host.end(), word,
                              host_country or "", "", "anaphor", 0.5))
    for place in places:
        before = s.text[: place.start - s.start]
        if place.form == "anaphor" and place.kind == "country" and place.entity_id == (host_country or ""):
            verb = _STAY_BEFORE.search(before)
        elif place.kind == "city" and host_city and host_city in (place.entity_id, place.canonical, place.text):
            verb = _VISIT_BEFORE.search(before) or _FLY_INTO.search(before) or _STAY_BEFORE.search(before)
        elif place.kind == "country" and host_country and host_country in (place.entity_id, place.canonical):
            verb = _VISIT_BEFORE.search(before) or _STAY_BEFORE.search(before)
        else:
            continue
        if verb is None:
            continue
        clause = s.text[verb.start(): place.end - s.start + 80]
        if att._other_time(clause, year) or _EARLIER_TRIP.search(clause) or att.ABSENT.search(s.text[: place.end - s.start]):
            continue
        subject = next((p for p in reversed(people) if p.end <= s.start + verb.start()
                        and _SUBJECT_GAP.match(s.text[p.end - s.start: verb.start()])), None)
        if subject is None or not _kept(s, subject, dead) or _ASKED_BEFORE.search(s.text[: subject.start - s.start]):
            continue  # 'Lula invited X to make a state visit to Brazil': an invitation, not X's trip
        # the trip's own tense: 'flew into' is done; 'flies into Munich this morning', 'will make the first visit'
        # are still ahead when written, even in a report of a summit under way
        # (in a preview an arrival already made is still before the summit: expected, as `sentence_status` has it)
        status = "attended" if _PAST_TRIP.match(verb.group(0)) and summit_future is not True else "expected"
        out.append(att._finding(subject, status, "host_trip", False, s, "in_person"))
    return out


# 'arrives on Friday after attending the East Asia Summit', 'comes fresh from hosting the APEC leaders': another
# summit as the time mark of a trip to this one
_TIME_MARK_BEFORE = re.compile(r"\b(?:after|following|fresh\s+from|straight\s+from|on\s+(?:his|her|their)\s+way\s+"
                               r"(?:back\s+)?from)\s+$", re.I)
_ARRIVAL_BEFORE = re.compile(r"\b(?:arriv(?:e|es|ed|ing)|fl(?:y|ies|ew|ying)\s+in|lands?|landed|touch(?:es|ed)\s+down|"
                             r"comes?|came|heads?\s+(?:to|for)|travel(?:s|l?ed|l?ing)\s+(?:to|on)|will\s+be\s+in)\b", re.I)


def time_marked_summit(text: str, at: int) -> bool:
    """Return True when the attendance verb at `at` ('attending the East Asia Summit') is the time mark of a trip
    named before it in the same clause ('X arrives on Friday after attending ...'): the trip is to this summit."""
    before = text[:at]
    if not _TIME_MARK_BEFORE.search(before):
        return False
    clause = re.split(r"[.;]", before)[-1]
    return bool(_ARRIVAL_BEFORE.search(clause))


# the verb before an organisation's name: 'after attending the ', 'fresh from hosting last week's '
# or the time mark itself: 'after the ', 'following this week's '
_ORG_VERB_BEFORE = re.compile(r"\b(?:(?:attending|hosting|chairing|leaving)\s+|(?=(?:after|following)\s))(?:(?:after|following)\s+)?"
                              r"(?:the\s+|this\s+week['’]s\s+|last\s+week['’]s\s+)?(?:[\w'’-]+\s+){0,2}?$", re.I)


def org_time_marked(s: Sentence, org_start: int) -> bool:
    """'X arrives on Friday after attending the ASEAN summit': another organisation's summit as a trip's time mark."""
    before = s.text[: org_start - s.start]
    m = _ORG_VERB_BEFORE.search(before)
    if m is None:
        return False
    if re.match(r"(?:after|following)\s", m.group(0), re.I):  # 'arrives on Sunday, following the APEC summit'
        clause = re.split(r"[.;]", before[: m.start()])[-1]
        return bool(_ARRIVAL_BEFORE.search(clause))
    return time_marked_summit(s.text, m.start())


# an appositive naming one as this meeting's host or chair: ', the summit host', ', the host,', ', this year's chair',
# ', who is hosting the summit', ', chairing the talks' (not ', the host of the 2030 World Cup')
_HOST_APPOSITIVE = re.compile(
    r"^\s*,\s*(?:the\s+|this\s+year['’]s\s+|its\s+)?(?:(?:summit|meeting|conference|gathering)['’]?s?\s+)?"
    r"(?:host|chair(?:man|woman|person)?)\b(?!\s+of\b(?!\s+the\s+(?:summit|meeting|talks|gathering)\b))(?!\s+(?:country|city|nation)\b)|"
    r"^\s*,\s*(?:who\s+(?:is|was|will\s+be)\s+)?(?:hosting|chairing)\s+the\s+(?:[\w'’-]+\s+)?(?:summit|meeting|talks|"
    r"gathering)\b", re.I)


def named_host(after: str) -> bool:
    """Return True when the text right after a name makes them this meeting's host or chair ('X, the summit host,'):
    one greeting arrivals at the airport in that role is at the summit, unlike a minister sent to meet a plane."""
    return bool(_HOST_APPOSITIVE.match(after))
