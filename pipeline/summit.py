"""Which summit an article is about: organisation, host city and country, dates."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from pipeline.date_cues import (
    AT_SUMMIT_DAY_AFTER,
    EVE_AFTER,
    LEADERS_GATHER,
    REPORTED_FUTURE,
    REPORTED_OBJECT_ON,
    session_day_after_evening,
)
from pipeline.dates import WEEKDAYS, DateRef, add_days, find_dates, parse_day
from pipeline.model import Mention, Sentence
from pipeline.org_descriptions import described_groups, lede_described_group
from pipeline.other_events import AFTER_OTHER_EVENT_BEFORE, MINISTERS, OUTBREAK_BEFORE, SINCE_MEETING_BEFORE
from pipeline.reference import Reference
from pipeline.summit_days import ELECTION_DAY, owned_by_other_event, with_coordinated_day
from pipeline.summit_spans import TIME_SPENT, final_day_span
from pipeline.textnorm import slug
from pipeline.venue import (
    broader_places,
    dateline_lines,
    here_dateline,
    near_places,
    not_the_venue,
    stands_for_government,
)
from pipeline.venue_elsewhere import earlier_month, lede_days, other_days_event, residence
from pipeline.venue_town import venue_town
from pipeline.venues import (
    BYLINE_PLACE,
    HALL_AFTER,
    WELCOME_TO,
    unlisted_venues,
    venue_country,
    with_venue_mentions,
)

SUMMIT_WORDS = re.compile(r"\b(?:summits?|sommet|cumbre|session|gathering|meeting of|council of heads|leaders['’]? meeting|(?<!news\s)(?<!press\s)conference|"
                          r"heads\s+of\s+(?:state|government)(?:\s+and\s+government)?\s+meeting|"
                          # the leaders' councils of some bodies: the CSTO's, the EAEU's, the AU's
                          r"Collective\s+Security\s+Council|Supreme\s+Eurasian\s+Economic\s+Council|Assembly\s+of\s+the\s+Union)\b",
                          re.I)
_ORG_SUMMIT = re.compile(r"^\s*(?:leaders['’]?\s+)?(?:summits?|sessions?|council|meetings?|heads of state|heads of government)\b", re.I)
ORG_SUMMIT = _ORG_SUMMIT
_SUMMIT_OF = re.compile(r"\b(?:summits?|session|meeting)\s+of\s+(?:the\s+)?(?:(?:leaders|heads\s+of\s+state)\s+of\s+(?:the\s+)?)?$",
                        re.I)
_CITY_CUE = re.compile(r"\b(?:summits?\s+in|held\s+in|hosted\s+(?:by\s+\w+\s+)?in|takes?\s+place\s+in|in|at|to|"
                       r"(?:meets?|met|meeting|summit|resort|hotel|lodge|estate|retreat|residence|palace|castle|venue|"
                       r"complex)\s+(?:just\s+)?(?:near|outside))\s+$|"
                       # 'the gated conference resort on the coast outside X'
                       r"\b(?:resort|hotel|lodge|estate|retreat|palace|castle|venue|complex)\b[^.;:,]{0,40}?\b(?:near|outside)\s+$|"
                       # the venue located on a town's edge: 'the golf resort on the outskirts of X', 'a spa hotel on the
                       # edge of Y'
                       r"\b(?:resort|hotel|lodge|estate|retreat|castle|palace|venue|complex|manor|cent(?:re|er))\b"
                       r"[^.;:]{0,40}?\bon\s+the\s+(?:outskirts|edge|fringes?)\s+of\s+$", re.I)
_ARRIVE_CUE = re.compile(r"\b(?:arrived\s+in|(?:is|are)\s+(?:also\s+|already\s+|now\s+)?in|(?:expected|due)\s+in|"
                         r"assembled\s+in|gathered\s+in|gather\s+in|heads?\s+to|travel\w*\s+to|"
                         r"fl(?:y|ies|ying|ew)\s+(?:in)?to|(?:descend|converge)(?:s|d|ing)?\s+on|"
                         r"(?:(?:to|will|shall)\s+meet|meets)\s+in)\s+$", re.I)
_HOSTED_BY = re.compile(r"\bhosted\s+by\s+$", re.I)
_PAST_TENSE = re.compile(r"\b(?:was|were|had|did|ended|closed|concluded|wrapped\s+up|(?<!-)[a-z]{3,}ed|(?<!has\s)(?<!have\s)(?<!had\s)"
                         r"(?:left|said|began|took|told|sent|flew|came|went|spoke|gave|sat|met))\b(?!\s+by)", re.I)
_EDITION = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th)\s+(?:[\w-]+\s+){0,4}(?:summit|session|meeting)\b", re.I)
_N_DAYS = r"(two|three|four|five|2|3|4|5)"
_DAYS_OF = r"\b" + _N_DAYS + r"\s+days\s+of\s+(?:(?:\w+\s+)?talks|summitry|summit\s+diplomacy|meetings|discussions|deliberations)\b"
_DURATION = re.compile(r"\b" + _N_DAYS + r"-day\b|" + _DAYS_OF, re.I)
_DAYS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}


@dataclass(frozen=True)
class Summit:
    """The summit an article reports, with the evidence for each part."""

    summit_id: str
    name: str
    org_id: str
    organisation: str
    host_city: str | None
    host_country: str | None
    start: str | None
    end: str | None
    precision: str | None
    date_text: str | None
    date_method: str
    sentence: Sentence
    span: tuple[int, int]
    edition: int | None = None


# an edition's number before a body's name: 'the 50th Pacific Islands Forum' names its meeting
_EDITION_BEFORE = re.compile(r"\bthe\s+(?:\d{1,3}(?:st|nd|rd|th)|(?:fiftieth|fortieth|thirtieth|twentieth|tenth))\s+$", re.I)


def _org_scores(ref: Reference, sentences: list[Sentence], mentions: dict[int, list[Mention]]) -> Counter[str]:
    """Score organisations by how often, and how close to the word 'summit', they are mentioned."""
    scores: Counter[str] = Counter()
    lede_sentences = [s for s in sentences if s.kind == "body"][:2]
    for s in sentences:
        summitish = bool(SUMMIT_WORDS.search(s.text))
        orgs = [m for m in mentions[s.index] if m.kind == "org"]
        for i, m in enumerate(orgs):
            after = s.text[m.end - s.start: m.end - s.start + 240]
            before = s.text[max(0, m.start - s.start - 240): m.start - s.start]
            weight = 1.0
            joined_body = bool(_MEMBER_OF_BEFORE.search(before))
            if joined_body or _ORG_SUMMIT.match(after) or _SUMMIT_OF.search(before) or _joint_partner(s, orgs[i + 1: i + 2], m) or \
                    re.match(r"(?i:summits?)\b", m.text) or _EDITION_BEFORE.search(before):
                # 'the seventh Summit of the Americas': a series of summits by name; 'the 50th Pacific Islands Forum': an edition
                weight = 4.0
            elif (_TREATY_OF.search(before) or _TREATY_AFTER.match(after)) and _SIGNING.search(s.text):
                weight = 4.0  # the signing of an organisation's founding treaty is its leaders' meeting
            elif (re.match(r"^\s*(?:leaders?|members?|countries|states)\b", after, re.I) or summitish
                  or _MEMBERS_OF.search(before)):  # 'of the 22 members of the Arab League'
                weight = 2.0
            if re.match(r"^\s*(?:secretary|chair|president|commission)", after, re.I) or _OFFICIAL_AFTER.match(after) or \
                    _OFFICIAL_OF.search(before[-60:]):
                weight = 0.2  # 'the European Union's foreign policy chief': a guest official's title, not the host body
            if _lender(ref, m.entity_id):
                weight *= 0.25  # 'an associate link with the IMF': a lender's name is no leaders' meeting
            scores[m.entity_id or ""] += weight * (1.5 if s.kind == "title" else 1.0)
            if joined_body and s.kind == "body" and s in lede_sentences:
                scores[m.entity_id or ""] += LEDE_BONUS  # the lede's news is a body joining this one: its summit
        for group, leaders in described_groups(s):  # 'the leaders of the world's seven richest democracies': the G7
            if group in ref.organisations:
                scores[group] += (4.0 if summitish or leaders else 2.0) * (1.5 if s.kind == "title" else 1.0)
    headline = _headline_org(sentences, mentions)
    if headline or (joint := _joint_headline_org(sentences, mentions)):
        scores[headline or joint] += HEADLINE_BONUS
    lede = _lede_org(sentences, mentions)
    described = lede_described_group(sentences, mentions)  # 'The leaders of the world's seven richest democracies met ...'
    if described and described in ref.organisations and headline in (None, described):
        lede = described
    if lede and headline in (None, lede) and not _lender(ref, lede):  # the first summit sentence may be about another bloc's meeting
        scores[lede] += LEDE_BONUS
    return scores


# a meeting at a body's headquarters with its city unnamed: 'at the AU headquarters', 'into the plenary hall of the
# union's headquarters', 'at its headquarters' (not 'the headquarters in X', not 'headquarters of the mission')
_AT_SEAT_BEFORE = re.compile(r"\b(?:at|in|inside|into)\s+(?:the\s+)?(?:(?:plenary|conference|assembly|main|new)\s+"
                             r"(?:hall|room|chamber)\s+(?:of|at)\s+(?:the\s+)?)?$", re.I)
_SEAT_AFTER = re.compile(r"^(?:['’]s)?\s+(?:new\s+|own\s+|main\s+)?headquarters\b(?!\s+(?:in|at|of|near|outside)\b|-)", re.I)
_ITS_SEAT = re.compile(r"\b(?:at|in|inside|into)\s+(?:the\s+(?:(?:plenary|conference|assembly|main)\s+hall\s+of\s+)?)?"
                       r"(?:its|the\s+(?:bloc|union|alliance|organi[sz]ation|league|community|group)['’]s)\s+(?:own\s+)?"
                       r"headquarters\b(?!\s+(?:in|at|of|near|outside)\b)", re.I)


def _seat_venue(ref: Reference, s: Sentence, mentions: list[Mention], org_id: str) -> str | None:
    """Return the seat city of the body whose headquarters a summit sentence puts the meeting in, its city unnamed."""
    for m in mentions:
        org = ref.organisations.get(m.entity_id or "") if m.kind == "org" else None
        if org is not None and org.seat and _SEAT_AFTER.match(s.text[m.end - s.start:]) and _AT_SEAT_BEFORE.search(
                s.text[max(0, m.start - s.start - 60): m.start - s.start]):
            return org.seat
    main = ref.organisations.get(org_id)
    return main.seat if main is not None and main.seat and _ITS_SEAT.search(s.text) else None


def _lender(ref: Reference, org_id: str | None) -> bool:
    """Return True for a development bank or monetary fund: it holds annual meetings, never a leaders' summit."""
    org = ref.organisations.get(org_id or "")
    return org is not None and org.kind == "bank"


# a body joining another: 'the 55-nation bloc became a permanent member of the Group of 20' (the Group's summit)
_MEMBER_OF_BEFORE = re.compile(r"\b(?:became|becomes|become|becoming|joined\s+as|made|admitted\s+as)\s+(?:a|an|the|its)\s+"
                               r"(?:(?:permanent|full|new|fully[\s-]fledged|twenty-first|21st)\s+)*member\s+of\s+(?:the\s+)?$", re.I)
# 'the chairperson of the African Union', 'the secretary-general of the league': an official's title, as above
_OFFICIAL_OF = re.compile(r"\b(?:current\s+|rotating\s+|outgoing\s+|incoming\s+)?(?:chair(?:person|man|woman)?|secretary[\s-]general|"
                          r"commissioner|spokes(?:man|woman|person))\s+of\s+(?:the\s+)?$", re.I)
_MEMBERS_OF = re.compile(r"\b(?:members|member\s+(?:states|countries|nations))\s+of\s+(?:the\s+)?$", re.I)
_OFFICIAL_AFTER = re.compile(r"^['’]s\s+(?:[\w-]+\s+){0,3}?(?:chief|head|envoy|secretary|representative|commissioner|spokes(?:man|woman|person))\b", re.I)
LEDE_BONUS = 3.0
HEADLINE_BONUS = 6.0
# 'LIVE: ' before a headline's subject
_HEADLINE_TAG = re.compile(r"(?:[A-Z]{2,12}:\s*)?")
_HEADLINE_CUE = re.compile(r"^\s*(?:leaders['’]?|summits?)\b", re.I)


def _headline_org(sentences: list[Sentence], mentions: dict[int, list[Mention]]) -> str | None:
    """Return the organisation a headline opens with, as the subject of 'ORG leaders ...' or 'ORG summit ...': the
    story is about its summit, however often another organisation's meeting in the same week comes up."""
    s = next((s for s in sentences if s.kind == "title"), None)
    if s is None:
        return None
    return next((m.entity_id for m in mentions[s.index]
                 if m.kind == "org" and m.entity_id and _HEADLINE_TAG.fullmatch(s.text[: m.start - s.start])
                 and _HEADLINE_CUE.match(s.text[m.end - s.start: m.end - s.start + 40])), None)


# between two organisations sharing a plural summit noun: 'the BRICS and SCO summits', 'BRICS, SCO summits'
_JOINT = re.compile(r"\s*(?:,|,?\s+and|&|/)\s+(?:the\s+)?")


def _joint_partner(s: Sentence, following: list[Mention], m: Mention) -> bool:
    """Return True when the organisation `m` and the next one named (the first of `following`) share a summit noun:
    'the BRICS and SCO summits', 'BRICS, SCO summits'."""
    nxt = following[0] if following else None
    if nxt is None or nxt.entity_id == m.entity_id or not _JOINT.fullmatch(s.text[m.end - s.start: nxt.start - s.start]):
        return False
    return bool(_ORG_SUMMIT.match(s.text[nxt.end - s.start: nxt.end - s.start + 40]))


def _joint_headline_org(sentences: list[Sentence], mentions: dict[int, list[Mention]]) -> str | None:
    """A headline naming two organisations' summits together ('Leader to attend A, B summits in X') puts its story's
    own summit first."""
    s = next((s for s in sentences if s.kind == "title"), None)
    orgs = [m for m in mentions[s.index] if m.kind == "org"] if s is not None else []
    return orgs[0].entity_id if s is not None and orgs and _joint_partner(s, orgs[1:2], orgs[0]) else None


# 'sign the Treaty on the Eurasian Economic Union', 'signing of the ASEAN Charter', 'the Eurasian Economic Union treaty'
_TREATY_OF = re.compile(r"\b(?:treaty|charter)\s+(?:on|establishing|creating|founding|of)\s+(?:the\s+)?$", re.I)
_TREATY_AFTER = re.compile(r"^\s*(?:founding\s+)?(?:treaty|charter)\b", re.I)
_SIGNING = re.compile(r"\bsign(?:s|ed|ing)?\b", re.I)


def _lede_org(sentences: list[Sentence], mentions: dict[int, list[Mention]]) -> str | None:
    """Return the first organisation named in the lede, the first body sentence about a summit: a news lede names its subject
    first (not a guest official's body: 'the EU's foreign policy chief')."""
    for s in sentences:
        edition = next((m for m in mentions[s.index] if m.kind == "org" and m.entity_id
                        and _EDITION_BEFORE.search(s.text[max(0, m.start - s.start - 20): m.start - s.start])), None)
        if s.kind == "body" and edition is not None:
            return edition.entity_id  # 'the 50th Pacific Islands Forum will be remembered for ...': the meeting by its number
        if s.kind == "body" and SUMMIT_WORDS.search(s.text):
            return next((m.entity_id for m in mentions[s.index] if m.kind == "org" and m.entity_id
                         and not _OFFICIAL_AFTER.match(s.text[m.end - s.start: m.end - s.start + 80])), None)
    return None


_ISLAND_OF = re.compile(r"\bisland\s+of\s+$", re.I)


def _city_scores(sentences: list[Sentence], mentions: dict[int, list[Mention]], org_id: str,
                 ref: Reference | None = None, published: str | None = None) -> Counter[str]:
    """Score host-city candidates by the cues around their mentions in summit sentences.

    A city tied to another edition ('the next summit is to be held in X', 'last year's summit in X') or to the
    organisation's seat ('its headquarters in X') scores nothing: it is named, but this summit is not there.
    """
    scores: Counter[str] = Counter()
    datelines: list[tuple[str, int]] = []
    bound: set[str] = set()  # cities travelled to, to take part: 'will travel to X to attend the summit'
    met: set[str] = set()  # cities the lede says the summit met in: 'leaders met in X on Friday'
    remote: set[str] = set()  # cities a leader joined a virtual summit from; chairs: the one it was chaired from
    chairs: set[str] = set()
    islands: set[str] = set()  # 'the island of X': a region, where the dateline names the town
    # the dateline opens the first body sentence, after the title and any headings (a byline, a date line)
    lede = next((s.index for s in sentences if s.kind not in ("title", "heading")), -1)
    # a dateline heading may follow a deck: 'Deck line.' / 'NEW DELHI, March 29' / the lede
    second = next((s.index for s in sentences if s.kind not in ("title", "heading") and s.index > lede), -1)
    ledes = (lede, _lede_after_deck(sentences, lede))
    dated = _dated_lede(sentences, published)
    titled = any(s.kind == "title" and _names_this_summit(s.text) and any(m.entity_id == org_id for m in mentions[s.index])
                 for s in sentences)
    heads = set(dateline_lines(sentences, published))  # 'THE HAGUE —' below a deck and a byline; 'Nusa Dua, Bali ● <date>'
    cued: set[str] = set()  # the sentence's cities named as the venue: 'the summit in X'
    lede_place: tuple[str, frozenset[str]] | None = None  # the city the lede places the summit in, with its weekdays
    around: dict[str, str] = {}  # a broader place or a landmark -> the venue it locates: 'Nusa Dua, Bali', 'X, near Y'
    looking_back = retrospective(sentences)
    for s in sentences:
        # the lede of an article headlined with this summit reports it: 'leaders agreed in X to ...'
        about_summit = (_names_this_summit(s.text) or any(m.entity_id == org_id for m in mentions[s.index])
                        or (titled and s.index in ledes))
        for m in [*mentions[s.index], *_capital_mentions(ref, s, mentions[s.index])]:
            if m.kind != "city":
                continue
            before = s.text[max(0, m.start - s.start - 240): m.start - s.start]
            lead = _coordinated_lead(s, mentions[s.index], m)
            after = s.text[m.end - s.start: m.end - s.start + 240]
            # a heading dateline after the deck, or in the block of headings above the lede (byline, dateline, date)
            top = s.index <= 1 or s.index in (lede, dated) or s.index in heads or (s.kind == "heading" and (s.index < lede or lede < s.index < second)) or (
                s.index == second and len(s.text) <= _SHORT_DATELINE and m.text.isupper())  # 'MOSCOW, May 25. /TASS/.'
            if looking_back and top and s.kind != "body" or looking_back and top and m.start == s.start:
                continue  # a story told years after: its dateline and byline are where the writer is now
            if top and m.start == s.start and (re.match(r"^\s*[,—–-]", after) or _CITY_ALONE.fullmatch(after) or s.index in heads
                                                or m.text.isupper() and re.match(r"^\s*:\s", after)):  # 'NEW DELHI: Three days ...'
                scores[m.entity_id or ""] += 4  # a dateline: VIENTIANE, Oct 9 —
                datelines.append((m.entity_id or "", 4))
                continue
            if ((_BYLINE_IN.search(before) and (not after.strip() or _BYLINE_SECOND.match(after)))
                    or (s.kind == "heading" and _FROM_BYLINE_IN.search(before) and not after.strip())
                    or (top and s.kind == "heading" and (b := BYLINE_PLACE.match(s.text)) and b.start(1) == m.start - s.start)):
                scores[m.entity_id or ""] += 3  # a byline's place: 'By JANE DOE in Addis Ababa'
                datelines.append((m.entity_id or "", 3))
                continue
            if about_summit and _ARRIVE_CUE.search(before) and _TO_TAKE_PART.match(after):
                bound.add(m.entity_id or "")
            elsewhere = not_the_venue(s.text, m.start - s.start, m.end - s.start)
            if s.index in ledes and about_summit and _MET_IN.search(before) and not elsewhere:
                met.add(m.entity_id or "")
            if _ELSEWHERE_BEFORE.search(lead) or _EVENT_AFTER.match(after) or _EVENT_BEFORE.search(lead):
                continue  # 'flies in from Estonia, where he meets ... in X', 'the X attacks'
            if _BROADCASTER_BEFORE.search(before) or _BROADCASTER_AFTER.match(after):
                continue  # 'Radio Hanoi said', 'Radio Moscow', 'Tehran Radio': a broadcaster's name, not a place
            if _SOURCES_IN.search(lead) or _LOWER_LEVEL_IN.search(lead) or (
                    re.fullmatch(r"\W*in\s+", s.text[: m.start - s.start], re.I) and _SAID_IN.match(after)):
                continue  # 'diplomats in X say'; 'meet at ambassador level in X': a source's seat, a lower body's venue
            if _SAID_BEFORE_IN.search(lead) and _BEFORE_THE_SUMMIT.match(after):
                continue  # 'X said in Moscow before the summit opened': where a word was said beforehand
            if _NAMING_BEFORE.search(lead) and re.match(r"\s+Summit\b", after):
                continue  # 'would be called the "Jerusalem Summit"': a name given to the meeting, not its venue
            if _ISLAND_OF.search(before):
                islands.add(m.entity_id or "")
            if residence(before) or earlier_month(before, after, published):
                continue  # 'remains in detention in X'; 'the X summit in July' in a story of October
            if lede_place and s.index not in ledes and m.entity_id != lede_place[0] and other_days_event(
                    s.text, m.start - s.start, m.end - s.start, lede_place[1]):
                continue  # 'On Saturday, in X, the generals signed ...' below a lede 'leaders on Sunday in Y ...'
            if _other_venue(s.text, m.start - s.start, m.end - s.start, published):
                continue
            elif _named_other_summit(s.text, m.end - s.start, mentions[s.index], org_id, s.start):
                continue  # 'flies on to Vientiane for the East Asia Summit'
            elif _other_org_summit_in(s, m, mentions[s.index], org_id):
                continue  # 'CICA summit in Shanghai' in an article about another body's meeting
            elif _HOST_APPOSITIVE.match(s.text[m.end - s.start: m.end - s.start + 160]):
                scores[m.entity_id or ""] += 3  # 'Hangzhou, the lakeside city that will host the leaders'
            elif (about_summit or s.index in ledes) and _HOSTS_THE_LEADERS.match(after) and not re.search(r"\b(?:19|20)\d\d\b", s.text):
                scores[m.entity_id or ""] += 3  # 'For two days this week, the tiny capital of Bhutan hosted the heads of government'
            elif _ADDRESSED_TO.search(before) or _STANDS_FOR_BEFORE.search(before) or _TOPIC_BEFORE.search(before) or \
                    _STANDS_FOR_AFTER.match(after) or \
                    stands_for_government(s.text, m.start - s.start, m.end - s.start):
                continue  # 'a warning to Moscow', 'the fall of X', "Madrid insists", 'pressed Tokyo to': its government
            elif elsewhere:
                continue  # 'met in Tokyo on the eve of the summit', 'the first summit held outside Tokyo'
            elif about_summit and (_CHAIRED_FROM.search(before) or (_VIRTUAL.search(s.text) and _OPENED_FROM.search(before))):
                scores[m.entity_id or ""] += 3  # 'chaired the virtual summit from X': where the host sat
                chairs.add(m.entity_id or "")
            elif _BY_VIDEO_FROM.search(before):
                remote.add(m.entity_id or "")  # 'spoke via video link from X': where a remote participant sat
            elif _WELCOMED_TO.search(before):  # 'when the president welcomes the leaders of the G7 to X on Saturday'
                scores[m.entity_id or ""] += 3
                cued.add(m.entity_id or "")
                if s.index in ledes:
                    met.add(m.entity_id or "")  # the lede's venue: a dateline elsewhere is where the report was filed
            elif _HOSTS_AFTER.match(after) and about_summit:
                scores[m.entity_id or ""] += 3  # 'Kazan hosts BRICS leaders', 'X will host the summit'
            elif re.match(HALL_AFTER, after) and m.text[:1].isupper() and (about_summit or s.index in ledes):
                scores[m.entity_id or ""] += 3  # 'the Cairns Convention Centre': the hall the summit meets in, by its town
            elif _NAMED_SUMMIT_AFTER.match(after) and about_summit:
                scores[m.entity_id or ""] += 3  # 'the Istanbul summit': the city names the summit
            elif _DECLARATION_AFTER.match(after) and _ADOPTED.search(s.text):
                scores[m.entity_id or ""] += 3  # 'the Astana Declaration, adopted at the close': named for the venue
            elif about_summit and (_CITY_CUE.search(before) or _ARRIVE_CUE.search(before)):
                scores[m.entity_id or ""] += 3
                cued.add(m.entity_id or "")
                if s.index in ledes and lede_place is None:  # the lede places the summit: its city and its days
                    lede_place = (m.entity_id or "", lede_days(s.text))
            elif _ARRIVE_CUE.search(before):
                scores[m.entity_id or ""] += 2
            elif about_summit:
                scores[m.entity_id or ""] += 1
        for place, broader in [*broader_places(ref, s, mentions[s.index]), *near_places(s, mentions[s.index])]:
            if place in cued:  # 'the summit in Nusa Dua, Bali', 'met at Elmau, near Munich': the venue, then its area
                around.setdefault(broader, place)
        cued.clear()
        if about_summit and _KREMLIN.search(s.text):
            scores["Moscow"] += 5  # 'the meeting in the Kremlin' places it in Moscow, whatever the dateline says
        seat = _seat_venue(ref, s, mentions[s.index], org_id) if ref is not None and about_summit else None
        if seat:
            scores[seat] += 5  # 'opened the session at the AU headquarters': the body's own seat, its city unnamed
        capital = _country_dateline(ref, s) if ref is not None and (
            s.index <= 1 or s.index == lede or (s.kind == "heading" and lede < s.index < second)) else None
        if capital:
            scores[capital] += 3
            datelines.append((capital, 3))
    here = here_dateline(sentences, mentions, published)
    if here and here[1] is not None:  # 'BANGKOK — Leaders opened their summit here': the dateline is the venue
        scores[here[0]] += _DATELINE_SCORE
        met.add(here[0])
    for broader, place in around.items():
        if broader != place and around.get(place) != broader and broader in scores:
            scores[place] += max(0, scores.pop(broader))  # the summit 'in Bali' is the one 'in Nusa Dua, Bali'
    virtual_host = _virtual_host_capital(ref, sentences, mentions) if ref is not None else None
    if virtual_host:
        scores[virtual_host] += 3
    for island in islands - {city for city, _ in datelines} if datelines else ():
        del scores[island]  # 'NUSA DUA, Indonesia — ... on the island of Bali': the dateline's resort is the venue
    for city, bonus in datelines:
        if city in remote - chairs:  # 'BEIJING — ... addressed the virtual summit via video link from Beijing'
            scores[city] -= bonus
    for city, bonus in datelines if chairs else ():
        if city not in chairs:  # 'DUBAI (Agency) — ... opened the virtual summit from a palace in Riyadh'
            scores[city] -= bonus
    # the words after a venue the lede names ('gather at a hotel in Ottawa'): a dateline named there is the venue's city
    hideaway = next((s.text[g.end(): g.end() + 80] for s in sentences if s.index in ledes
                     and (g := _GATHER_AT_VENUE.search(s.text))), None)
    for city, bonus in datelines if bound or met or hideaway is not None else ():
        if city not in bound | met and not (hideaway and city in hideaway):
            scores[city] -= bonus  # the dateline is where the report was filed: the leaders meet elsewhere
    return scores


# the lede puts the leaders in a named kind of venue, not in the dateline's city: 'BERLIN (Agency) - Leaders will gather
# in a secluded castle hotel in the Alps' (a city in that clause, 'met at a hotel in X', makes X met instead)
_GATHER_AT_VENUE = re.compile(r"\b(?:gather\w*|meet|meets|met|convene\w*|assemble\w*)\s+(?:[\w'’-]+\s+){0,3}?(?:in|at)\s+"
                              r"(?:an?|the|their)\s+(?:[\w'’-]+\s+){0,3}?(?:hotel|resort|castle|palace|retreat|lodge|estate|"
                              r"manor|villa|ch[aâ]teau|spa)\b", re.I)


def _dated_lede(sentences: list[Sentence], published: str | None) -> int:
    """Return the sentence near the top that opens with a dated dateline ('SIRTE, Libya, July 3 (Agency) -'), after
    a deck of several lines and a byline; -1 when there is none."""
    top = [s for s in sentences if s.kind not in ("title", "credit")][:_TOP + 2]
    return next((s.index for s in top if any(_is_dateline(s.text, d) for d in find_dates(s.text[:80], published))), -1)


# a dateline sentence of its own: 'MOSCOW, May 25. /Agency/.' after a deck; 'ASTANA.' split from its agency's name
_SHORT_DATELINE = 60
_CITY_ALONE = re.compile(r"\s*\.?\s*")
# a message addressed to a city standing for its government: 'a warning to Moscow', 'an appeal to Kyiv'
_ADDRESSED_TO = re.compile(r"\b(?:warnings?|pleas?|appeals?|messages?|signals?|threats?|ultimatums?|overtures?|statements?|"
                           r"rebukes?|reproach(?:es)?|olive\s+branch|snub|challenge|reassurances?|calls?)\s+"
                           # 'sending a statement on climate change to Paris', 'a climate message for Paris'
                           r"(?:on\s+(?:[\w-]+\s+){1,3})?(?:to|for)\s+$", re.I)
# 'the fall of X', 'the government in X', 'deposited in X', 'a fellow at the Y Institute in X': not a venue
_STANDS_FOR_BEFORE = re.compile(r"\b(?:(?:takeover|fall|capture|seizure|siege)\s+of|(?:government|regime|rulers|"
                                r"authorities)\s+in|deposited\s+(?:with\s+\w+\s+)?in|at\s+the\s+(?:[A-Z][\w'’-]*\s+){0,4}"
                                r"(?:Academy|University|Institute|Institution|Cent(?:er|re)|College|School|Foundation)\s+in)\s+$")
# the place a story is about, not where the leaders meet: 'to respond to the war in X', 'hostages held in X', 'aid into X',
# 'a conference on X in Paris', 'no control over X'
_TOPIC_BEFORE = re.compile(r"\b(?:wars?|fighting|conflict|violence|bloodshed|hostilities|(?:military\s+)?operations|offensive|"
                           r"bombardment|bombing|shelling|blockade|siege|crisis|ceasefire|truce|hostages?\s+(?:held\s+)?|aid|"
                           r"killings?|massacres?|(?:humanitarian\s+)?situation)\s+(?:in|on|over|into|of|for)\s+(?:the\s+)?$|"
                           r"\b(?:control|unity|conference|resolution|declaration|statement)\s+(?:on|over)\s+$", re.I)
_STANDS_FOR_AFTER = re.compile(r"^['’]s?\s+(?:[\w-]+\s+){0,2}?(?:objections?|opposition|protests?|displeasure|anger|ire|"
                               r"stance|position)\b", re.I)
# 'chaired the virtual summit from X', 'hosted the video conference from X': the host's seat in an online meeting
# not the passive 'the summit, hosted by X, ... from Y': Y is where someone else sat
_CHAIRED_FROM = re.compile(r"\b(?:chair(?:ed|s|ing)?|host(?:ed|s|ing)?|presid(?:ed|es|ing)\s+over)\b(?!\s+by\b)[^.;:]{0,80}?"
                           r"\bfrom\s+$", re.I)
# 'opened the virtual gathering from a palace in X': the host's seat, in a summit held online
_OPENED_FROM = re.compile(r"\bopen(?:ed|s|ing)?\b(?!\s+by\b)[^.;:]{0,80}?\bfrom\s+(?:(?:a|an|the|his|her|its)\s+"
                          r"(?:[\w'’-]+\s+){0,3}?(?:in|at)\s+)?$", re.I)
# 'via video link from X', 'by video conference in X': a remote participant's seat, not the venue
_BY_VIDEO_FROM = re.compile(r"\b(?:via|by|over|through)\s+(?:an?\s+)?video(?:[\s-]?(?:link|conference|call))?\s+(?:from|in)\s+$",
                            re.I)
# the host receiving the leaders in the city: 'welcomes the leaders of the G7 to X', 'welcomed his counterparts to X'
_WELCOMED_TO = re.compile(WELCOME_TO + r"$", re.I)
# 'Kazan hosts BRICS leaders', 'Rio to host the summit': the city as the host
_HOSTS_AFTER = re.compile(r"^\s+(?:hosts|is\s+hosting|will\s+host|to\s+host|welcomes)\b", re.I)
# 'leaders met in X', 'the summit in X', 'heads of state gathered in X': the lede's venue
_MET_IN = re.compile(r"\b(?:met|meet|meets|gathered|gather|gathers|convened|convenes?|assembled|summit|held)\s+in\s+$", re.I)
# 'the Istanbul summit', 'the Sanya meeting': the city used as the summit's name
_NAMED_SUMMIT_AFTER = re.compile(r"^\s+(?:leaders['’]?\s+)?(?:summit|moot|conclave)\b", re.I)  # 'moot': South Asian English
# 'the Astana Declaration, adopted at the close of the meeting': a declaration named for the city it was adopted in
_DECLARATION_AFTER = re.compile(r"^\s+Declaration\b")
_ADOPTED = re.compile(r"\b(?:adopted|issued|approved|signed|endorsed)\b", re.I)
# a summit held online: 'the virtual summit', 'by video conference', 'met online'
_VIRTUAL = re.compile(r"\b(?:virtual|online|video[\s-]?(?:link|conference|call)|videoconferenc\w*|teleconferenc\w*)\b", re.I)
# 'hosted by Chinese President X', 'chaired by India', 'hosted by the Saudi king'
_HOSTED_BY_PLACE = re.compile(r"\b(?:hosted|chaired|convened)\s+(?:virtually\s+|online\s+)?by\s+(?:the\s+)?$", re.I)


def _virtual_host_capital(ref: Reference, sentences: list[Sentence], mentions: dict[int, list[Mention]]) -> str | None:
    """A virtual summit 'hosted by China' or 'chaired by Indian Prime Minister X' sits in the host's capital: the
    country (or demonym) right after 'hosted by' in a summit sentence, when the article says the summit is online."""
    if not any(_VIRTUAL.search(s.text) and SUMMIT_WORDS.search(s.text) for s in sentences):
        return None
    for s in sentences:
        if not SUMMIT_WORDS.search(s.text):
            continue
        for m in mentions[s.index]:
            if m.kind in ("country", "demonym") and m.entity_id in ref.countries and \
                    _HOSTED_BY_PLACE.search(s.text[max(0, m.start - s.start - 40): m.start - s.start]):
                return ref.countries[m.entity_id].capital or None
    return None


def _names_this_summit(text: str) -> bool:
    """Return True when a summit word of the sentence is not tied to another edition ('at the previous session')."""
    other = [m.span() for m in _OTHER_EDITION.finditer(text)]
    return any(not any(a <= w.start() < b for a, b in other) for w in SUMMIT_WORDS.finditer(text))


# 'By JANE DOE in Addis Ababa', 'By John Roe | in Kazan': a reporter's byline naming where the report was filed
_BYLINE_IN = re.compile(r"^\s*By\s+[^.;:]{2,80}?\s+in\s+$|"
                        # 'By Jane Doe | The Himalayan Review | Thimphu': a web byline's fields, the place last
                        r"^\s*By\s+[^.;:|]{2,80}?(?:\s*\|\s*[^.;:|]{2,60}?)*\s*\|\s*$")
# a heading byline 'From Jane Doe in X', and the first place of 'By our editor in X and staff in Y'
# and 'Our correspondent Jane Doe reports from X'
_FROM_BYLINE_IN = re.compile(r"^\s*From\s+(?:our\s+)?[^.;:,]{2,60}?\s+in\s+$|"
                             # a bare byline heading: 'Thandeka Moyo in Malabo'
                             r"^\s*(?!With\b)(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){1,3}\s+in\s+$|"
                             r"^\s*(?-i:[A-Z])[^.;:,]{2,80}?\s+(?:reports|writes|reporting|writing)\s+from\s+$")
_BYLINE_SECOND = re.compile(r"^\s+and\s+[^.;:]{2,60}?\s+in\s+[A-Z][^.;:]{0,40}$")
# 'in the Ethiopian capital', 'the Kazakh capital', "Kenya's capital": a country's capital named by its country
_CAPITAL_AFTER = re.compile(r"^(?:['’]s)?\s+capital\b(?!\s+(?:city\s+)?of\b|\s+(?:markets?|flight|flows?|gains?|controls?|"
                            r"spending|expenditure|investments?|requirements?|base|punishment)\b)", re.I)


def _capital_mentions(ref: Reference | None, s: Sentence, mentions: list[Mention]) -> list[Mention]:
    """Return a city mention for each 'the <demonym> capital' or "<country>'s capital" in a sentence: the capital
    of the country, spelt as in the reference's cities."""
    out: list[Mention] = []
    for m in mentions if ref is not None else ():
        if m.kind not in ("demonym", "country") or m.entity_id not in ref.countries:  # type: ignore[union-attr]
            continue
        tail = _CAPITAL_AFTER.match(s.text[m.end - s.start: m.end - s.start + 40])
        capital = ref.countries[m.entity_id].capital  # type: ignore[union-attr,index]
        the = re.search(r"\bthe\s+$", s.text[: m.start - s.start])
        if tail and capital and (m.kind == "country" or the):
            start = m.start - len(the.group(0)) if the else m.start  # 'due in the Armenian capital': the article too
            out.append(Mention("city", start, m.end + tail.end(), s.text[start - s.start: m.end - s.start + tail.end()],
                               capital, capital, "capital"))
            continue
        before = _CAPITAL_OF.search(s.text[max(0, m.start - s.start - 40): m.start - s.start])
        if before and capital and m.kind == "country":  # 'the tiny capital of Bhutan hosted the heads of government'
            start = m.start - len(before.group(0))
            out.append(Mention("city", start, m.end, s.text[start - s.start: m.end - s.start], capital, capital, "capital"))
    return out


# 'the capital of Bhutan', 'the tiny capital of Bhutan', 'the capital city of Laos'
_CAPITAL_OF = re.compile(r"\bthe\s+(?:[\w-]+\s+){0,2}?capital(?:\s+city)?\s+of\s+(?:the\s+)?$", re.I)


# a city someone travels to in order to take part: 'X to attend the summit', 'X to take part in a meeting'
_TO_TAKE_PART = re.compile(r"^\s+(?:(?:on|this|next)\s+\w+\s+)?"
                           r"(?:to\s+(?:attend|take\s+part\s+in|participate\s+in|join)|for)\s+"
                           # (not 'travelled to X for the previous summit': another edition)
                           r"(?!(?:the\s+|an?\s+|its\s+)?(?:previous|last|prior|preceding|earlier|next|following)\b)"
                           r"(?:the\s+|an?\s+|its\s+)?[^.;]{0,60}?"
                           + SUMMIT_WORDS.pattern, re.I)
# a city a leader comes from or goes on to, not the summit's: 'flies in from Estonia, where ... in X',
# 'arriving from X', 'before flying on to X', 'will then travel to X'
_ELSEWHERE_BEFORE = re.compile(
    r"\b(?:from|on\s+to|onward\s+to)\s+(?:the\s+)?(?-i:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}),\s+where\b"
    r"(?:(?!,\s+(?:and|but|while)\b)[^;:—–()])*$|"
    r"\b(?:arriv\w+|fl(?:y|ies|ew|ying)\s+in|coming|fresh|back|returning|travel\w*|comes|came)\s+from\s+$|"
    r"\b(?:(?:fly|flies|flying|travel\w*|head\w*|go|goes|going|moves?|moving|continu\w+)\s+on(?:ward)?\s+to|"
    r"then\s+(?:fly|flies|travel\w*|head\w*|go|goes)\s+to|next\s+stop\s+(?:is\s+|will\s+be\s+)?)\s+$", re.I)
# people quoted from a place: 'diplomats in Brussels say', 'officials in Yerevan have said', 'an analyst in Moscow'
_SOURCES_IN = re.compile(r"\b(?:officials|diplomats?|analysts?|sources|experts?|observers|residents|commentators?|"
                         r"economists?|protesters|demonstrators|activists)\s+(?:based\s+)?in\s+$|"
                         # one who stayed away in X through the summit: 'X stayed in Nairobi throughout the summit'
                         r"\b(?:stayed|stays|staying|remained|remains|remaining)\s+(?:behind\s+|at\s+home\s+)?in\s+$", re.I)
# a word said in X before the meeting: 'said in Moscow before the summit opened', 'told reporters in Kyiv ahead of it'
_SAID_BEFORE_IN = re.compile(r"\b(?:said|says|told\s+[\w-]+|spoke|speaking)\s+in\s+$", re.I)
_BEFORE_THE_SUMMIT = re.compile(r"^\s*(?:,\s*)?(?:(?:on\s+\w+|last\s+week|yesterday)\s+)?(?:before|ahead\s+of|on\s+the\s+eve\s+of)\b", re.I)
# a word said in X, the clause opening with the place: 'In Nairobi, the opposition said ...'
_SAID_IN = re.compile(r"^,\s+[^,;.]{0,100}?\b(?:said|says|told|warned|argued|insisted|declared|complained|called)\b", re.I)
# a lower level's meeting: 'will meet monthly at ambassador level in X', "the first ambassadors' meeting expected in X"
_LOWER_LEVEL_IN = re.compile(r"\b(?:(?:ambassador(?:ial)?|ministerial|(?:foreign[\s-])?minister|expert|sherpa|working)[\s-]level|"
                             r"(?:ambassadors|ministers|sherpas|experts|deputies)['’]?\s+(?:meetings?|talks|sessions?))\b"
                             r"[^.;,]{0,40}?\bin\s+$", re.I)
# a name given to the meeting, in quotes or to 'it': 'would be called the "X Summit"', 'naming it the X Summit'
_NAMING_BEFORE = re.compile(r"\b(?:names?|named|naming|call(?:s|ed|ing)?|dub(?:s|bed|bing)?|christen(?:s|ed|ing)?|"
                            r"renam(?:es?|ed|ing))\s+(?:(?:it|the\s+(?:meeting|summit|gathering|session))\s+(?:the\s+)?[\"'“‘]?|"
                            r"(?:[\w'’-]+\s+){0,3}?(?:the\s+)?[\"'“‘])$", re.I)
# a city named as the place of another event: 'the X attacks', 'the X agreements', 'bombings in X and Y'
_EVENT_NOUNS = (r"(?:(?:terror(?:ist)?\s+)?(?:attacks?|bombings?|blasts?|shootings?|massacres?|explosions?|"
                r"riots?|protests?|earthquakes?|floods?)|elections?)")
_EVENT_AFTER = re.compile(r"^\s+(?:" + _EVENT_NOUNS + r"|agreements?|accords?|protocols?)\b", re.I)
_EVENT_BEFORE = re.compile(r"\b" + _EVENT_NOUNS + r"\s+(?:(?:last|this|on)\s+\w+\s+)?(?:in|at)\s+$", re.I)


def _coordinated_lead(s: Sentence, mentions: list[Mention], m: Mention) -> str:
    """Return the text before a city, read from the head of its list: 'attacks in X and Y' gives Y the words
    before X."""
    start = m.start
    for x in reversed([x for x in mentions if x.kind == "city" and x.end <= m.start]):
        if re.fullmatch(r"\s*(?:,|,?\s+and|,?\s+or)\s+", s.text[x.end - s.start: start - s.start]):
            start = x.start
        else:
            break
    return s.text[max(0, start - s.start - 240): start - s.start]


# The clause around a city names another edition or the organisation's seat: 'the next summit is to be held in X',
# 'the 2019 summit will be in X', 'X, which will host next year's summit', 'its headquarters in X', 'the X-based bloc'
_OTHER_EDITION = re.compile(
    r"\b(?:next|previous|last|past|prior|preceding|following)\s+(?:(?!of\b|day\b)[\w'’-]+\s+){0,2}?(?:summits?|meetings?|"
    r"editions?|gatherings?|sessions?)\b|\b(?:last|next)\s+(?:year|month|spring|summer|autumn|fall|winter|January|February|"
    r"March|April|May|June|July|August|September|October|November|December)['’]s\b|\b(?:summit|meeting|session)s?\s+next\s+year\b|\b(?:last|previously|next)\s+host(?:s|ed)?\b", re.I)
# 'the Kigali summit last July', 'in Minsk last year': right after the city, a past month or season, or a year away
_DATED_AWAY = re.compile(r"^(?:\s+(?:summit|meeting|gathering|session|talks)s?)?(?:,\s+[^,;.]{1,40},)?\s+"
                         r"(?:in\s+\w+\s+(?=last\s+year))?(?:(?:last|that)\s+(?:year|month|spring|summer|autumn|"
                         r"fall|winter|January|February|March|April|June|July|August|September|October|November|December)|"
                         r"next\s+year)\b", re.I)
_BROADCASTER_BEFORE = re.compile(r"\bRadio\s+$")
_BROADCASTER_AFTER = re.compile(r"^\s+(?:Radio|Television|TV)\b")
_SEAT_IN = re.compile(r"\b(?:headquarters|secretariat)\s+(?:(?:will\s+be|would\s+be|is|was)\s+)?(?:based\s+)?(?:in|at)\s+$", re.I)
_SEAT = re.compile(r"\b(?:headquarter(?:s|ed)|seat|secretariat|based|think[\s-]tanks?|universit(?:y|ies)|institutes?)\b", re.I)
_GATHERED = re.compile(r"\b(?:met|meet|meets|meeting|gather\w*|held|hold|holds|convene\w*|summit|talks|hosted|opens?|opened|"
                       # 'filed into the plenary hall of the union's headquarters in X': the hall the leaders sat in
                       r"plenary|filed\s+into|walked\s+into|entered)\b", re.I)
# (not a year in a plan's name: 'the 2050 Strategy for the Blue Pacific', 'Agenda 2063', 'Vision 2030')
_OTHER_YEAR = re.compile(r"(?<!\bsince\s)(?<!\buntil\s)(?<!\bbefore\s)(?<!\bafter\s)(?<!\bby\s)(?<!\bAgenda\s)(?<!\bVision\s)"
                         r"(?<![\w/-])((?:19|20)\d{2})(?![\w/-])(?!\s+(?-i:Strategy|Agenda|Vision|Plan|Goals|Roadmap|Framework)\b)", re.I)
_AFTER_CITY = re.compile(r"^(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2},)?(?:,\s+(?:which|where|the\s+(?:host|venue|seat)\s+of|host\s+of|venue\s+of)\b)?"
                         r"(?:[^,;.:—–(]|,\s*(?=(?:19|20)\d{2}\b))*")  # 'in X on May 29, 2014': the year is the clause's


# a year told with 'when', its clause running on to the city: 'the weekend carried echoes of 2008, when X, in office for
# barely two months, represented the country at the first leaders' meeting in '
_YEAR_WHEN = re.compile(r"\b((?:19|20)\d{2}),?\s+when\b(?:[^;.!?]|(?<=\b[A-Z])\.)*$")  # ('George W. Bush': an initial)


# 'X for the East Asia Summit': a city tied to another summit named right after it
_FOR_NAMED_SUMMIT = re.compile(r"^\s+(?:for|to\s+attend)\s+(?:the\s+|"
                               r"an?\s+)?((?:[A-Z][\w'’-]*\s+){1,4})(?:Summit|Forum)\b")
# 'X this evening for Nato's anniversary summit': a city another body's summit is held in
_FOR_BEFORE_ORG = re.compile(r"^[^,;.]{0,30}?\bfor\s+(?:the\s+|an?\s+)?$", re.I)
_SUMMIT_AFTER_ORG = re.compile(r"^(?:['’]s)?\s+(?:[\w-]+\s+){0,3}?(?:summit|meeting|session)s?\b", re.I)
# 'X, the lakeside city that will host the leaders', 'X, which hosts the summit':
# an appositive naming the city host
_HOST_APPOSITIVE = re.compile(r"^,\s+(?:the\s+|a\s+)?[^,;.]{0,60}?\b(?:that|which)\s+(?:will\s+|is\s+to\s+|"
                              r"is\s+set\s+to\s+)?"
                              r"(?:host|hosts|is\s+hosting)\b(?![^,;.]{0,40}\b(?:next|last|"
                              r"previous)\b)", re.I)


# the city as the subject of hosting: 'X hosted the heads of government', 'Y will host the leaders on Friday'
_HOSTS_THE_LEADERS = re.compile(r"^(?:\s*[—–]|\s+--?)?(?:[^—–;.]{0,80}?(?:[—–]|\s--?))?\s*(?:(?:also|again|once\s+again|this\s+week)\s+)?(?:hosted|hosts|is\s+hosting|will\s+host|"
                                r"played\s+host\s+to|plays\s+host\s+to)\s+(?:the\s+|some\s+)?(?:[\w-]+\s+){0,3}?(?:leaders|heads\s+of\s+"
                                r"(?:state|government)|summit|summiteers|delegations)\b", re.I)


def _other_org_summit_in(s: Sentence, city: Mention, mentions: list[Mention], org_id: str) -> bool:
    """Return True when the city follows '<another organisation> summit in', or names its summit ('the G20 Riyadh
    summit'): that body's meeting, not this one."""
    orgs = [x for x in mentions if x.kind == "org" and x.end <= city.start]
    if not orgs or orgs[-1].entity_id == org_id:
        return False
    if not s.text[orgs[-1].end - s.start: city.start - s.start].strip():
        return bool(_NAMED_SUMMIT_AFTER.match(s.text[city.end - s.start: city.end - s.start + 40]))  # 'the G20 Riyadh summit'
    return bool(re.match(r"^\s*(?:leaders['’]?\s+)?(?:summit|meeting|session)s?\s+(?:(?:that|which)\s+[^,;.]{0,60}?"
                         r"\b(?:host|hosts|hosted|hosting|holds?|held|stage[sd]?)\s+|(?:to\s+be\s+)?(?:held|hosted)\s+)?"
                         r"(?:in|at\s+(?:the\s+)?(?-i:[A-Z][\w'’-]*\s+){0,2})\s*$",
                         s.text[orgs[-1].end - s.start: city.start - s.start], re.I))


def _named_other_summit(text: str, b: int, mentions: list[Mention], org_id: str, offset: int) -> bool:
    """Return True when the city ending at text[b] is followed by 'for the <Name> Summit' of another body, or by
    'for <another organisation>'s summit'."""
    m = _FOR_NAMED_SUMMIT.match(text[b: b + 120])
    if m is None:
        return any(x.kind == "org" and x.entity_id != org_id and 0 <= x.start - offset - b <= 40
                   and _FOR_BEFORE_ORG.match(text[b: x.start - offset])
                   and _SUMMIT_AFTER_ORG.match(text[x.end - offset: x.end - offset + 60]) for x in mentions)
    a, z = offset + b + m.start(1), offset + b + m.end(1)
    return not any(x.kind == "org" and x.entity_id == org_id and a <= x.start < z for x in mentions)


def _other_venue(text: str, a: int, b: int, published: str | None) -> bool:
    """Return True when the city at text[a:b] is tied to another edition of the summit or to the organisation's seat."""
    before = text[max(0, a - 160): a]
    cut = [m.end() for m in re.finditer(r"[,;:—–(]|\s(?:but|while|whereas|and)\s", before)]
    clause = before[cut[-1]:] if cut else before
    if re.match(r"\s+instead\b", text[b: b + 12]):
        clause = before  # 'was due to host the 2014 summit in X, but the others met in Y instead': one edition
    after = _AFTER_CITY.match(text[b: b + 120])
    window = clause + " @ " + (after.group(0) if after else "")
    if _OTHER_EDITION.search(window) or _DATED_AWAY.match(text[b: b + 90]):
        return True
    when = _YEAR_WHEN.search(before)
    if when and published and when.group(1) != published[:4]:
        return True  # 'echoes of 2008, when X represented the country at the leaders' meeting in Y': that year's venue
    if re.search(r"-based\b", text[b: b + 8]) or (_SEAT.search(window) and not _GATHERED.search(before)):
        return True  # 'the Jakarta-based secretariat', 'the alliance's headquarters in Brussels'
    if _SEAT_IN.search(before) and not _GATHERED.search(clause):
        return True  # 'agreed to set up a permanent secretariat in X': the seat (not 'met at the headquarters in X')
    year = (published or "")[:4]
    if _VENUE_HISTORY.match(text[b: b + 120]):
        return False  # 'the hotel outside X that staged the 2006 golf open': the place's past, not another summit
    return year.isdigit() and any(m.group(1) != year for m in _OTHER_YEAR.finditer(window))


# a place's past events that are not meetings: 'X, which hosted the 2012 Olympics', 'Y that staged the 2006 world cup'
_VENUE_HISTORY = re.compile(r"^\s*,?\s*(?:that|which)\s+(?:once\s+|also\s+)?(?:staged|hosted|held)\s+the\s+(?:19|20)\d\d\s+"
                            r"(?!(?:[\w'’-]+\s+){0,4}?(?:summits?|meetings?|sessions?|conferences?|gatherings?|talks)\b)"
                            r"[^,;.]{1,40}(?=[,;.]|$)", re.I)


_DATELINE_WORDS = re.compile(r"^([A-Z][A-Z.'’-]*(?:\s+[A-Z][A-Z.'’-]*){0,3})\s*(?:,|—|–|--|\(|-\s)")


def _country_dateline(ref: Reference, s: Sentence) -> str | None:
    """'KUWAIT, Dec 1 (KUNA) --' names a country whose capital bears its name: the summit is in that capital."""
    m = _DATELINE_WORDS.match(s.text)
    if m is None:
        return None
    word = m.group(1)
    for c in ref.countries.values():
        if word in {n.upper() for n in (c.name, *c.aliases)} and c.capital and c.capital.upper().startswith(word) and \
                any(city.name == c.capital for city in ref.cities):
            return c.capital
    return None


# 'in Los Angeles', 'held at Rancho Mirage': a place named in the lede's text, to match a dateline the gazetteer lacks
_PLACE_IN = re.compile(r"\b(?:in|at)\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})")


def _unlisted_dateline_city(sentences: list[Sentence], mentions: dict[int, list[Mention]]) -> str | None:
    """'LOS ANGELES, June 7 (Agency) - ... leaders meet in Los Angeles this week for the summit': a dateline that
    names no known place is the venue when the lede or the next summit sentences say the summit is 'in' it."""
    lede = next((s for s in sentences if s.kind not in ("title", "heading")), None)
    if lede is None or any(m.start == lede.start for m in mentions[lede.index]):
        return None
    head = _DATELINE_WORDS.match(lede.text)
    if head is None or len(head.group(1)) < 4:
        return None
    for s in [t for t in sentences if t.index >= lede.index][:4]:
        if not SUMMIT_WORDS.search(s.text):
            continue
        for m in _PLACE_IN.finditer(s.text, head.end() if s is lede else 0):
            if m.group(1).upper() == head.group(1) and m.group(1) != head.group(1) \
                    and not _BY_VIDEO_FROM.search(s.text[max(0, m.start(1) - 40): m.start(1)]):
                return m.group(1)
    return None


_DATELINE_SCORE = 4  # what a dateline gives a known city in _city_scores
_STATE_NAMES = frozenset({"Georgia"})  # a country named like a US state: 'SAVANNAH, Georgia' may be in either


def _dateline_place(sentences: list[Sentence], mentions: dict[int, list[Mention]]) -> tuple[str, str, int] | None:
    """'SIRTE, Libya, July 3 (Agency) -' with a place the gazetteer lacks, followed by a known country: the place, its
    country (blank for a state's name) and a score, a dateline's plus one for each time the text names the place again
    in mixed case ('the outskirts of Sirte'). A dateline the text never repeats may be an outlet's office: nothing."""
    top = [s for s in sentences if s.kind not in ("title", "credit")][:_TOP + 2]  # a deck's lines may come first
    lede = next((s for s in top if _DATELINE_WORDS.match(s.text)), None)
    head = _DATELINE_WORDS.match(lede.text) if lede else None
    if lede is None or head is None or len(head.group(1)) < 4 or not lede.text[head.end(1):].startswith(",") or any(
            m.start == lede.start for m in mentions[lede.index]):
        return None
    country = next((m for m in mentions[lede.index] if m.kind == "country"
                    and re.fullmatch(r",\s*", lede.text[head.end(1): m.start - lede.start])), None)
    if country is None or not re.match(r"\s*,", lede.text[country.end - lede.start:]):
        return None
    name = re.compile(r"\b" + r"\s+".join(re.escape(w) for w in head.group(1).split()) + r"\b", re.I)
    found = [m.group(0) for s in sentences for m in name.finditer(s.text, head.end(1) if s is lede else 0)
             if not m.group(0).isupper() and s.kind != "credit"]
    if not found:
        return None
    return found[0], "" if country.canonical in _STATE_NAMES else country.canonical, _DATELINE_SCORE + len(found)


_KREMLIN = re.compile(r"\b(?:in|at)\s+the\s+(?:Grand\s+)?Kremlin\b")  # 'in the Grand Kremlin Palace'


def _host_country(ref: Reference, city: str | None, sentences: list[Sentence],
                  mentions: dict[int, list[Mention]]) -> str | None:
    """Return the host country: the city's country, else a country the summit is 'hosted by' or held in."""
    for c in ref.cities:
        if c.name == city:
            return c.country
    for s in sentences:
        summitish = bool(SUMMIT_WORDS.search(s.text))
        for m in mentions[s.index]:
            if m.kind == "country" and (_HOSTED_BY.search(s.text[max(0, m.start - s.start - 240): m.start - s.start]) or
                                        (summitish and re.search(r"summit\s+in\s+$", s.text[max(0, m.start - s.start - 240): m.start - s.start], re.I))):
                return m.canonical
    return None


def _summit_date(sentences: list[Sentence], published: str | None,
                 exact_anchor: bool = True, other_event: Callable[[Sentence, DateRef], bool] | None = None,
                 other_length: Callable[[Sentence], bool] | None = None,
                 captions: frozenset[int] = frozenset()) -> tuple[DateRef | None, Sentence | None]:
    """Return the summit's date: an explicit day first, then a weekday or relative day, then a week or month.

    A date tied to another event in its clause (an anniversary, a founding, someone's arrival or departure)
    counts for less or not at all; a byline's date dates the report, like a dateline's. With an exact anchor (a
    published or URL date), a date whose stated year is more than a year away is history. `other_length` tells a
    sentence whose stated length is another organisation's meeting ('a two-day meeting of <another bloc>');
    `captions` are the sentences a photo credit follows.
    """
    found: list[tuple[float, DateRef, Sentence]] = []
    lede = next((s.index for s in sentences if s.kind == "body" and not _BYLINE.search(s.text) and not _date_heading(s)
                 and not _DATELINE_PIECE.fullmatch(s.text)), -1)
    ledes = {lede, _lede_after_deck(sentences, lede), _undated_lede_next(sentences, lede, published)}
    top = {s.index for s in [t for t in sentences if t.kind == "body" and t.index >= lede][:_TOP]}
    for s in sorted(sentences, key=lambda s: (s.index not in ledes and not _about_summit(s.text), s.index)):
        if s.kind == "credit" or not (_about_summit(s.text) or s.index <= 1 or s.index in ledes):
            continue
        future = bool(_FUTURE_CUE.search(s.text)) or not _PAST_TENSE.search(_RELATIVE_CLAUSE.sub(" ", s.text))
        byline = bool(_BYLINE.search(s.text))
        # of a sentence's dates, the one right after the summit's noun first ('fences went up on Monday as the city
        # prepared for the summit on Thursday')
        dates = sorted(_dates_by_clause(s.text, published, future),
                       key=lambda d: not _NOUN_BEFORE_DATE.search(s.text[max(0, d.span[0] - 40): d.span[0]]))
        for d in dates:
            rank = _DATE_RANK.get((d.precision, d.method.startswith("explicit")))
            if rank is None or _dates_other_event(s.text, d, published if exact_anchor else None) or (
                    other_event is not None and other_event(s, d)):
                continue
            if not byline and _is_dateline(s.text, d) and _UNDER_WAY.search(s.text[d.span[1]:]):
                rank = _DATE_RANK[("day", False)]  # 'MINSK, 3 May — X is taking part in the summit': the report's day
            elif byline or _is_dateline(s.text, d) or _date_heading(s) or _CAPTION.match(s.text) or s.index in captions:
                rank = 1.5  # 'ADDIS ABABA, Feb 16 —' dates the report (a caption, the photo); a weekday dates the summit
            elif _MOVEMENT.search(_clause_before(s.text, d.span[0])) and not _NOUN_OPENING_BEFORE.search(
                    s.text[max(0, d.span[0] - 60): d.span[0]]):  # not 'arrive on Monday for a summit opening on Tuesday'
                rank += 0.25  # 'X left the summit early on Monday' dates one leader's trip, not the summit
            found.append((rank, d, s))
        if (s.index <= 1 or s.index in ledes) and exact_anchor and not any(x[2] is s for x in found):
            today = _day_of_summit_today(s.text, published)
            if today:
                found.append((_DATE_RANK[("day", False)], today, s))
        if s.index in top and exact_anchor and not any(x[2] is s for x in found):
            closed = _closed_today(s.text, published, _stated_length(sentences, other_length))
            if closed:
                found.append((_DATE_RANK[("day", False)], closed, s))
    if exact_anchor and not any(x[0] <= 1 and x[1].precision == "day" for x in found):
        found += _day_of_summit_later(sentences, published)
    if not found:
        return _live_days(sentences, published)
    if exact_anchor:
        found = _near_the_report(found, published)
    rank, d, s = _news_lede_opening(min(found, key=lambda x: x[0]), found, _lede_after_deck(sentences, lede))
    after = [t for t in sentences if s.index < t.index <= s.index + 2]
    if d.precision != "day":
        return d, s
    def own(t: Sentence) -> bool:
        return not (other_length and other_length(t)) and not _CROWNED_DAYS.search(t.text)
    following = after[0].text if after and after[0].index == s.index + 1 and own(after[0]) else ""
    if not _DURATION_OF_SUMMIT.search(following):  # else the summit's length wherever the article states it
        following = next((t.text for t in sentences if t.kind == "body" and _DURATION_OF_SUMMIT.search(t.text)
                          and own(t)), "")
    d = _nth_day_dated(d, s.text)
    d = with_coordinated_day(d, s.text, published)
    d = _opened_and_closed(d, s.text, published, bool(_FUTURE_CUE.search(s.text)) or not _PAST_TENSE.search(s.text))
    if after and after[0].index == s.index + 1 and _about_summit(after[0].text):
        d = _span_of_next(d, after[0].text, published)
    d = _resumed(d, s.text, published)
    if following and not _DURATION.search(s.text):
        d = _opening_day_with_duration(d, following, published)
    if after and after[0].index == s.index + 1:
        d = _nth_day_next(d, s.text, after[0].text, published)
    d = _with_duration(d, s.text, following)
    d = _day_and_a_half(d, s.text)
    d = _continues_later(d, s, sentences, published)
    d = session_day_after_evening(d, s.text, [t.text for t in after if t.kind == "body"], published)
    d = _closes_inside_the_length(d, s, sentences, published)
    d = _other_end_elsewhere(d, s, sentences, published)
    d = _final_act_day(d, s, sentences, published)
    d = _nth_day_of_deck(d, s, [t for t in sentences if t.index in top], published)
    length = _DURATION.search(s.text) or _DURATION_OF_SUMMIT.search(following)
    d = final_day_span(d, sentences, [t for t in sentences if t.index in top or t is s], published,
                       _DAYS[next(g for g in length.groups() if g).lower()] if length else None,
                       [x[1].start for x in found if x[0] <= 1 and x[1].precision == "day" and not x[1].end and x[1].start],
                       lambda text: _dates_by_clause(text, published, bool(_FUTURE_CUE.search(text)) or not _PAST_TENSE.search(text)))
    # further on, a sentence about the leaders' meeting: 'Leaders had gathered on Monday evening for a banquet'
    later = [t for t in sentences if s.index + 2 < t.index <= s.index + 4 and t.kind == "body"
             and (_about_summit(t.text) or _LEADERS_WORD.search(t.text))]
    d = _range_stated_elsewhere(d, s, sentences, published)
    return _with_earlier_days(d, s.text, after + later, published), s


# a span of days stated apart from the day chosen: 'The meeting runs on Friday and Saturday', 'The summit, held from
# Thursday to Saturday, ...', "The leaders' meetings take place on Tuesday and Wednesday, 26 and 27 March"
_RANGE_SENTENCE = re.compile(r"\b(?:run|runs|running|ran|held|take\s+place|takes\s+place|took\s+place|last|lasts|lasted|"
                             r"meet|meets|met|spent|sessions?|meetings?)\b", re.I)


_GATHERING_WORD = re.compile(r"\b(?:the\s+meeting|the\s+summit|sessions|talks|gathering|playing\s+host|plays\s+host|played\s+host)\b", re.I)


def _range_stated_elsewhere(d: DateRef, s: Sentence, sentences: list[Sentence], published: str | None) -> DateRef:
    """Widen a single day to a span of days another sentence about the summit states, one that begins or ends on it
    ('opens in Caracas on Friday' ... 'The meeting runs on Friday and Saturday')."""
    if d.precision != "day" or d.end or not d.start:
        return d
    for t in sentences:
        if t is s or t.kind != "body" or not (_about_summit(t.text) or _LEADERS_WORD.search(t.text) or _GATHERING_WORD.search(t.text)) \
                or not _RANGE_SENTENCE.search(t.text):
            continue
        for r in [*_dates_by_clause(t.text, published, True), *_dates_by_clause(t.text, published, False)]:  # the day decides
            if r.precision == "day" and r.end and r.start and d.start in (r.start, r.end) and r.end > r.start and \
                    not _dates_other_event(t.text, r, published) and (parse_day(r.end) - parse_day(r.start)).days <= 4:
                return DateRef(r.start, r.end, d.precision, d.text, d.span, d.method)
    return d


_LEADERS_WORD = re.compile(r"\b(?:leaders|heads\s+of\s+(?:state|government)|presidents|delegations)\b", re.I)


# a piece of a dateline split off as a sentence: 'ASTANA.', 'March 4.' (of 'ASTANA. March 4. AGENCY - ...')
# a dateline on a line of its own: 'MOSCOW.', 'May 25.', 'Port of Spain, Trinidad and Tobago, 29 November 2009'
_DATELINE_PIECE = re.compile(r"[A-Z][A-Z'’ -]{1,24}\.|(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})\.|"
                             r"(?:[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,3},\s+){1,2}(?:\d{1,2}\s+[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\s+\d{1,2},?)"
                             r"\s+(?:19|20)\d{2}\.?")


# 'The session crowned two days of summitry': the session tops a longer stretch of meetings, not its own length
_CROWNED_DAYS = re.compile(r"\b(?:crown(?:ed|s|ing)|capp(?:ed|ing)|caps|(?:round|top)(?:ed|ped|s|ping|ing)?\s+off|"
                           r"culminat(?:ed|es|ing))\s+(?:the\s+|a\s+|its\s+|their\s+)?" + _N_DAYS + r"\s+days\s+of\b", re.I)


# a story told years after ('Ten years on: the Addis summit ...', 'A Year After Panama: ...', 'Twelve months on, the
# photograph ...', 'A decade ago this week, ...'): its title or its lede opens with the time gone by
# (years or decades, or months 'on': 'Three months after the coup, leaders meet' is a story of now)
_LOOKING_BACK = re.compile(r"^\W*(?:(?:a|one|\w+|\d+)\s+(?:years?|decades?)\s+(?:on|after|later|ago)\b|"
                           r"(?:\w+|\d+)\s+months\s+on\b|(?:\w+|\d+)(?:th|st|nd|rd)?\s+anniversary\b)", re.I)


def retrospective(sentences: list[Sentence]) -> bool:
    """Return True for a story told a year or more after the summit: its dates are not near the report's."""
    title = next((s for s in sentences if s.kind == "title"), None)
    lede = next((s for s in sentences if s.kind == "body"), None)
    return any(s is not None and _LOOKING_BACK.match(s.text) for s in (title, lede))


def _news_lede_opening(best: tuple[float, DateRef, Sentence], found: list[tuple[float, DateRef, Sentence]],
                       news_lede: int) -> tuple[float, DateRef, Sentence]:
    """A deck's weekday ('Emerging powers join the talks Thursday') gives way to the news lede's opening day of the
    same rank ('X opened the three-day summit on Tuesday'): the deck names one part, the lede the start."""
    rank, d, s = best
    if d.method != "weekday" or s.index >= news_lede:
        return best
    return next((x for x in found if x[2].index == news_lede and x[0] <= rank and x[1].method == "weekday"
                 and _OPENS.search(x[2].text[: x[1].span[0]])), best)


# a summit day within this many days of the report's date makes a day more than FAR days from it another event's
NEAR, FAR = 2, 10


def _days_from(d: DateRef, day: str) -> int:
    """Return how many days a date (or its span) lies from `day`: 0 when the span covers it."""
    pub = parse_day(day)
    start = parse_day(d.start)
    if pub is None or start is None:
        return 0
    end = parse_day(d.end) or start
    if d.precision == "month" and not d.end:  # the month's last day
        end = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    return 0 if start <= pub <= end else min(abs((start - pub).days), abs((end - pub).days))


def _near_the_report(found: list[tuple[float, DateRef, Sentence]], published: str | None) -> list[tuple[float, DateRef, Sentence]]:
    """A report is written at its summit, a preview just before it: when a summit day in a summit sentence lies
    within NEAR days of the published date, a date more than FAR days from it dates another event ('decided to
    return to the issue in St Petersburg on December 6', 'weeks after the earthquake on April 6', 'hands over the
    presidency on Dec. 1'). A report's own dateline is no such evidence."""
    if not published:
        return found
    near = [x for x in found if x[1].precision == "day" and x[0] < 1.5 and _days_from(x[1], published) <= NEAR]
    if not near:
        return _after_a_past_summit(found, published)
    return [x for x in found if _days_from(x[1], published) <= FAR]


WEEK = 7


def _after_a_past_summit(found: list[tuple[float, DateRef, Sentence]], published: str) -> list[tuple[float, DateRef, Sentence]]:
    """A weekly's report of a summit held days before ('the summit, which closed on Monday', published on Saturday):
    when a past-tense summit sentence opens, closes or holds the summit on a day up to WEEK days before the published
    date, a date more than FAR days after it dates a later event ('agreed to meet again in X on March 21')."""
    pub = parse_day(published)
    def past_summit_day(d: DateRef, s: Sentence) -> bool:
        start = parse_day(d.start)
        clause = _clause_before(s.text, d.span[0])
        return (d.precision == "day" and start is not None and pub is not None and 0 < (pub - start).days <= WEEK
                and bool(_PAST_TENSE.search(s.text)) and not _FUTURE_CUE.search(s.text)
                and bool(_OPENS.search(clause) or _CLOSES.search(clause) or re.search(r"\b(?:was|were)\s+held\b", clause))
                and bool(_SUMMIT_NOUN.search(s.text[: d.span[0]])))
    if pub is None or not any(r < 1.5 and past_summit_day(d, s) for r, d, s in found):
        return found
    return [x for x in found if (parse_day(x[1].start) or pub) <= pub + dt.timedelta(days=FAR)]


def _undated_lede_next(sentences: list[Sentence], lede: int, published: str | None) -> int:
    """Return the body sentence after a summit lede dated by no more than a trip ('leaders begin arriving tonight
    for a two-day summit') and its dateline: it dates the summit the lede announces; -1 when there is none."""
    s = next((t for t in sentences if t.index == lede), None)
    nxt = next((t for t in sentences if t.index == lede + 1 and t.kind == "body"), None)
    if s is None or nxt is None or not _about_summit(s.text) or any(
            not _MOVEMENT.search(_clause_before(s.text, d.span[0])) and not _is_dateline(s.text, d)
            for d in find_dates(s.text, published, True)):
        return -1
    return nxt.index


def _live_days(sentences: list[Sentence], published: str | None) -> tuple[DateRef | None, Sentence | None]:
    """With no date in the text, a live report's day headings ('Friday 3 April 2009', 'Saturday 4 April 2009'), on
    two to five days in a row, span the summit."""
    days = {d.start: (d, s) for s in sentences if _date_heading(s)
            for d in find_dates(s.text, published, False) if d.method == "explicit" and d.precision == "day" and d.start}
    first, last = (min(days), max(days)) if days else ("", "")
    if not 2 <= len(days) <= 5 or add_days(first, len(days) - 1) != last:
        return None, None
    d, s = days[first]
    return DateRef(first, last, "day", d.text, d.span, d.method), s


# 'the summit on Thursday', 'a three-day summit opening on Tuesday'
_NOUN_BEFORE_DATE = re.compile(r"\b(?:summit|talks|meeting|session|gathering|conference)s?\s+(?:(?:which\s+)?(?:opens|opening|"
                               r"starts|starting|begins|beginning)\s+)?(?:(?:on|from)\s+)?$", re.I)
_NOUN_OPENING_BEFORE = re.compile(r"\b(?:summit|talks|meeting|session|gathering|conference)s?\s+(?:which\s+|that\s+)?(?:opens|opening|"
                                  r"starts|starting|begins|beginning)\s+(?:(?:on|from)\s+)?$", re.I)
_SUMMIT_NOUN = re.compile(r"\b(?:summit|talks|meeting|session|gathering|conference)\b", re.I)

# the summit itself opened on the date that follows: 'The meeting, which opened', 'the summit opened on', 'X opened
# the summit on'
_SUMMIT_OPENED = re.compile(r"\W*(?:the|this|their|its)\s+(?:[\w'’-]+\s+){0,3}?(?:summit|talks|meeting|session|gathering)"
                            r"\s*(?:,\s*(?:which|that)\s+)?(?:opened|began|started|got\s+under\s+way)\s+"
                            # 'opened with a gala dinner on Sunday': the opening event's day is the summit's first
                            r"(?:with\s+(?:[\w'’-]+\s+){1,4}?)?(?:on\s+)?", re.I)
_OPENED_THE_SUMMIT = re.compile(r"\bopened\s+(?:the|this|their|its)\s+(?:[\w'’-]+\s+){0,3}?"
                                r"(?:summit|talks|meeting|session|gathering)\s+(?:on\s+)?$", re.I)


# a day's closing sitting named after it: "Sunday's closing session", "Friday's final plenary"
_CLOSING_AFTER = re.compile(r"['’]s\s+(?:(?:morning|afternoon|evening)\s+)?(?:closing|final|concluding)\s+"
                            r"(?:session|sitting|plenary|ceremony)\b", re.I)


def _other_end_elsewhere(d: DateRef, s: Sentence, sentences: list[Sentence], published: str | None) -> DateRef:
    """'the summit that ended yesterday ...' and, in another sentence, 'the summit opened on Monday': a closing day
    and an opening day (1 to 4 days before it) stated in different sentences bound the summit; likewise an opening
    day and a later closing day. Both clauses must name the summit opening or closing, but for the lede's day of any
    other summit business ('X on Friday took over the chair'), followed by a close 1 to 3 days later, or preceded by an
    opening 1 to 3 days before ('signed a declaration on Friday' and 'The meeting, which opened Thursday')."""
    if d.end or d.precision != "day" or d.start is None:
        return d
    clause = _clause_before(s.text, d.span[0])
    closing, opening = bool(_CLOSES.search(clause)), bool(_OPENS.search(clause))
    if closing and opening:
        return d
    later_close = not closing and not (opening and _SUMMIT_NOUN.search(clause))  # 'X on Friday took the chair'
    if closing and not _SUMMIT_NOUN.search(clause):
        return d
    for t in sentences:
        if t.index == s.index or t.kind == "credit" or not (_SUMMIT_NOUN.search(t.text) or _CLOSING_AFTER.search(t.text)):
            continue
        future = bool(_FUTURE_CUE.search(t.text)) or not _PAST_TENSE.search(t.text)
        for e in _dates_by_clause(t.text, published, future):
            if e.precision != "day" or e.end or e.start is None or _dates_other_event(t.text, e, published):
                continue
            other = _clause_before(t.text, e.span[0])
            if _CLOSING_AFTER.match(t.text, e.span[1]):
                other += " closing session"  # "at Sunday's closing session": the summit's closing day
            # 'The summit, held at the X resort, closed yesterday': the summit is the subject before the clause
            named = (_SUMMIT_NOUN.search(other) or (later_close and _SUMMIT_NOUN.search(t.text[: e.span[0]]))
                     or _SUMMIT_OPENED.fullmatch(t.text, 0, e.span[0]))  # 'The summit, which opened Friday, ...'
            if not named or _OTHER_EDITION.search(other):
                continue
            gap = (parse_day(d.start) - parse_day(e.start)).days  # type: ignore[operator]
            if closing and _OPENS.search(other) and not _CLOSES.search(other) and 1 <= gap <= 4:
                return DateRef(e.start, d.start, d.precision, d.text, d.span, d.method)
            opened = _SUMMIT_OPENED.fullmatch(t.text, 0, e.span[0]) or _OPENED_THE_SUMMIT.search(
                t.text, max(0, e.span[0] - 160), e.span[0])
            if later_close and not opening and opened and 1 <= gap <= 3:
                return DateRef(e.start, d.start, d.precision, d.text, d.span, d.method)  # 'signed on Friday' + 'opened Thursday'
            if (opening or later_close) and _CLOSES.search(other) and not _OPENS.search(other) and 1 <= -gap <= (
                    3 if later_close else 4):
                return DateRef(d.start, e.start, d.precision, d.text, d.span, d.method)
    return d


def _closes_inside_the_length(d: DateRef, s: Sentence, sentences: list[Sentence], published: str | None) -> DateRef:
    """'Leaders on Wednesday invited ...' with 'the three-day summit', counted on from Wednesday, and another sentence
    'The summit wraps up on Thursday': a closing day inside that span ends the summit, which began its length before.
    Not when the lede's own clause opens or closes the summit."""
    start, end = parse_day(d.start), parse_day(d.end)
    clause = _clause_before(s.text, d.span[0])
    if start is None or end is None or d.precision != "day" or _OPENS.search(clause) or _CLOSES.search(clause):
        return d
    length = _DURATION.search(s.text)
    if length and _length_ended(s.text, s.text, length):
        return d  # 'on Friday ..., ending a two-day summit': the lede's day already closes it
    for t in sentences:
        if t.index == s.index or t.kind == "credit" or not _SUMMIT_NOUN.search(t.text):
            continue
        future = bool(_FUTURE_CUE.search(t.text)) or not _PAST_TENSE.search(t.text)
        for e in _dates_by_clause(t.text, published, future):
            day = parse_day(e.start) if e.precision == "day" and not e.end else None
            other = _clause_before(t.text, e.span[0])
            if (day is not None and start <= day < end and _SUMMIT_NOUN.search(other) and _CLOSES.search(other)
                    and not _OPENS.search(other) and not _OTHER_EDITION.search(other)
                    and not _dates_other_event(t.text, e, published)):
                return DateRef((day - (end - start)).isoformat(), e.start, d.precision, d.text, d.span, d.method)
    return d


# the adoption of the summit's closing document: 'when the communique is to be adopted', 'sign the final declaration'
_ADOPT = r"(?:adopt|sign|issu|approv|releas|endors)\w*"
_FINAL_DOC = r"(?:communiqu[eé]s?|(?:final|closing|joint|summit)\s+(?:declaration|statement|document)s?)"
_FINAL_ACT = re.compile(r"\b" + _FINAL_DOC + r"\b[^.;]{0,40}?\b" + _ADOPT + r"|\b" + _ADOPT +
                        r"\s+(?:the|a|their|its)\s+" + _FINAL_DOC + r"\b|"
                        # the chair handed on at the close: 'when X hands the chairmanship over to Y'
                        r"\bhand(?:s|ed|ing)?\s+(?:over\s+)?(?:the\s+|its\s+)?(?:rotating\s+)?(?:chair\w*|presidency)\b", re.I)


def _final_act_day(d: DateRef, s: Sentence, sentences: list[Sentence], published: str | None) -> DateRef:
    """'The meeting opened on Friday' and, in another sentence, 'the leaders hold their retreat on Sunday, when the
    communique is to be adopted': the day the closing document is adopted (or the chair handed on), one to four days
    after the opening day, is the summit's last."""
    day = _WEEKDAY_BEFORE.search(s.text[max(0, d.span[0] - 30): d.span[0]])
    before = s.text[max(0, d.span[0] - 160): d.span[0] - (len(day.group(0)) if day else 0)]
    if d.end or d.precision != "day" or d.start is None or not _OPENS.search(re.split(r"[,;:—–(]", before)[-1]):
        return d
    for t in sentences:
        if t.index == s.index or t.kind == "credit" or not _FINAL_ACT.search(t.text):
            continue
        future = bool(_FUTURE_CUE.search(t.text)) or not _PAST_TENSE.search(t.text)
        dates = _dates_by_clause(t.text, published, future)
        for e in dates:
            if e.precision != "day" or e.end or e.start is None or _dates_other_event(t.text, e, published):
                continue
            stop = min([x.span[0] for x in dates if x.span[0] >= e.span[1]] + [e.span[1] + 120])
            after = re.match(r"[^.;]*", t.text[e.span[1]: stop])  # up to the next date: 'on Wednesday and on Thursday, when'
            gap = (parse_day(e.start) - parse_day(d.start)).days  # type: ignore[operator]
            if 1 <= gap <= 4 and (_FINAL_ACT.search(_clause_before(t.text, e.span[0]))
                                  or _FINAL_ACT.search(after.group(0) if after else "")):
                return DateRef(d.start, e.start, d.precision, d.text, d.span, d.method)
    return d


# 'The summit continues tomorrow with ...', 'talks resume on Monday': the meeting's own later day
_CONTINUES = re.compile(r"\b(?:summit|talks|meeting|session|gathering|conference)\s+(?:will\s+)?(?:then\s+)?"
                        r"(?:resumes?|continues?|reconvenes?|goes\s+on|carries\s+on)\b", re.I)


# 'live coverage of the second and final day of the G20 summit', 'day two of the talks': with no date of its own, a
# lede naming the summit's day in the present dates it by the report's day
_NTH_DAY = re.compile(r"\b(?:the\s+)?(?:(first|opening|second|third|fourth)(?:\s+and\s+(final|last|closing))?|(final|last|closing))"
                      r"\s+day\s+of\s+(?:the\s+|its\s+|this\s+year['’]s\s+|an?\s+)?(?:[\w'’-]+\s+){0,5}?"
                      r"(?:summit|session|talks|gathering|meeting)\b|\bday\s+(one|two|three|four)\s+of\s+(?:the\s+)?"
                      r"(?:[\w'’-]+\s+){0,5}?(?:summit|session|talks|gathering|meeting)\b", re.I)
_NTH = {"first": 1, "opening": 1, "one": 1, "second": 2, "two": 2, "third": 3, "three": 3, "fourth": 4, "four": 4}


def _day_of_summit_today(text: str, published: str | None) -> DateRef | None:
    """'the second and final day of the summit' in a present-tense lede: the report's day is that day of the summit,
    so the summit began a day earlier and (being the final day) ends on it. A bare 'the final day' gives no first day."""
    m = _NTH_DAY.search(text)
    if m is None or m.group(3) or not published or _PAST_TENSE.search(text) or _FUTURE_CUE.search(text):
        return None
    day = published[:10]
    nth = m.group(1) or m.group(4)
    start = add_days(day, -(_NTH[nth.lower()] - 1)) if nth else day
    end = day if m.group(2) or m.group(3) else None
    return DateRef(start, end if end != start else None, "day", m.group(0), m.span(), "relative")


# 'Speaking at the close of the three-day summit', 'at the end of their two-day meeting': a report from the close
_CLOSE_OF = re.compile(r"\b(?:at|after)\s+the\s+(?:close|end)\s+of\s+(?:the|this|its|their|a)\s+(?:" + _N_DAYS +
                       r"-day\s+)?(?:[\w'’-]+\s+){0,3}?(?:summit|session|talks|gathering|meeting)\b", re.I)
_TOP = 4  # the lede and the three body sentences after it: the top of a story


def _stated_length(sentences: list[Sentence], other_length: Callable[[Sentence], bool] | None) -> int | None:
    """Return the summit's length in days where a body sentence states it ('the three-day summit'), if one does."""
    for t in sentences:
        m = _DURATION_OF_SUMMIT.search(t.text) if t.kind == "body" and not (other_length and other_length(t)) else None
        if m and any(m.groups()):
            return _DAYS[next(g for g in m.groups() if g).lower()]
    return None


def _closed_today(text: str, published: str | None, length: int | None = None) -> DateRef | None:
    """'Speaking at the close of the three-day summit, X admitted ...' near the top of an undated report: a wrap
    filed on the closing day, so the summit ends on the report's day (and began its stated length before, stated
    there or elsewhere in the story)."""
    m = _CLOSE_OF.search(text)
    if m is None or not published or not _PAST_TENSE.search(text) or _FUTURE_CUE.search(text):
        return None
    day = published[:10]
    n = _DAYS[m.group(1).lower()] - 1 if m.group(1) else (length - 1 if length else 0)
    return DateRef(add_days(day, -n), day if n else None, "day", m.group(0), m.span(), "relative")


def _nth_day_of_deck(d: DateRef, s: Sentence, top: list[Sentence], published: str | None) -> DateRef:
    """'On the second day of the summit, the leaders were joined by ...' in an undated deck, then the news lede's
    'on Thursday' (both at the top of the story): the lede's day is that day of the summit, so the summit began
    that many days before."""
    if d.precision != "day" or d.start is None or s not in top:
        return d
    for t in top:
        m = _NTH_DAY.search(t.text) if t.index < s.index else None
        if m is None or not re.fullmatch(r"\W*(?:on|during)\s+", t.text[: m.start()], re.I) or not _PAST_TENSE.search(t.text):
            continue  # not 'You can follow the second day of the summit here'
        nth = (m.group(1) or m.group(4) or "").lower()
        if _NTH.get(nth, 1) > 1 and not find_dates(t.text, published, False):
            return DateRef(add_days(d.start, 1 - _NTH[nth]), d.end or d.start, d.precision, d.text, d.span, d.method)
    return d


def _day_of_summit_later(sentences: list[Sentence], published: str | None) -> list[tuple[float, DateRef, Sentence]]:
    """With no summit day found, a present-tense 'day one of the summit' anywhere (a live blog's summary post, below
    its key events) dates the summit by the report's day."""
    for s in sentences:
        if s.kind == "body" and _about_summit(s.text):
            today = _day_of_summit_today(s.text, published)
            if today:
                return [(_DATE_RANK[("day", False)], today, s)]
    return []


# between 'the second day of the summit' and its date: ' in Vilnius', ' on'
_NTH_DAY_GAP = re.compile(r"(?:\s+(?:in|at)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?\s*,?\s*(?:on\s+)?")


# a day or a weekday between a date and a later 'on the second day of the summit': that phrase dates the other day
_ANY_DATE = re.compile(r"\b(?:\d{1,2}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday|tomorrow)\b", re.I)
# the date's appositive (', the second day of') or a later 'on/during the second day of' in its clause
_NTH_DAY_AFTER = re.compile(r"^\s*,\s*$|\b(?:on|during)\s+$", re.I)
_TURN = re.compile(r"\s(?:but|while|whereas|after|before)\s", re.I)


def _nth_day_dated(d: DateRef, text: str) -> DateRef:
    """'spent the second day of their summit yesterday': a later day of the summit, named right before its date (or
    right after it: 'on 4 May, the second day of the summit', 'signed on 4 May by X and Y on the second day of the
    summit'), puts the first day that many days earlier (and the last at the stated length, else on the date)."""
    if d.end or d.precision != "day" or d.start is None:
        return d
    before = text[max(0, d.span[0] - 120): d.span[0]]
    m = next((m for m in _NTH_DAY.finditer(before) if _NTH_DAY_GAP.fullmatch(before[m.end():])), None)
    if m is None:  # after the date: 'on 4 May, the second day of the summit', 'signed on 4 May by ... on the second day of'
        after = re.match(r"[^.;:()]{0,240}", text[d.span[1]:]).group(0)  # type: ignore[union-attr]
        m = _NTH_DAY.search(after)
        gap = after[: m.start()] if m else ""
        if m and (not _NTH_DAY_AFTER.search(gap) or _ANY_DATE.search(gap) or _TURN.search(gap)):
            m = None
    nth = (m.group(1) or m.group(4) or "").lower() if m else ""
    if _NTH.get(nth, 1) == 1:
        return d
    start = add_days(d.start, 1 - _NTH[nth])
    length = _DURATION.search(text)
    end = add_days(start, _DAYS[next(g for g in length.groups() if g).lower()] - 1) if length else d.start
    return DateRef(start, max(end, d.start), d.precision, d.text, d.span, d.method)


_DAY_AND_A_HALF = re.compile(r"\b(?:(?:a|one)\s+day\s+and\s+a\s+half|(?:36|thirty-six)\s+hours)\b", re.I)


def _day_and_a_half(d: DateRef, text: str) -> DateRef:
    """'The summit closed on Saturday, a day and a half after it opened', 'opened on Friday for 36 hours of talks':
    a meeting a day and a half long spans two days, the day before its closing day or the day after its opening."""
    clause = _clause_before(text, d.span[0])
    if d.end or d.precision != "day" or d.start is None or not (
            _DAY_AND_A_HALF.search(clause) or _DAY_AND_A_HALF.search(text[d.span[1]: d.span[1] + 60])):
        return d
    if _CLOSES.search(clause) and not _OPENS.search(clause):
        return DateRef(add_days(d.start, -1), d.start, d.precision, d.text, d.span, d.method)
    if _OPENS.search(clause) and not _CLOSES.search(clause):
        return DateRef(d.start, add_days(d.start, 1), d.precision, d.text, d.span, d.method)
    return d


def _continues_later(d: DateRef, s: Sentence, sentences: list[Sentence], published: str | None) -> DateRef:
    """A one-day date whose summit, a later sentence says, 'continues tomorrow' (one to three days on) ends that day."""
    if d.end or d.precision != "day":
        return d
    for t in sentences:
        if t.index <= s.index or t.kind == "credit" or not _CONTINUES.search(t.text):
            continue
        for e in find_dates(t.text, published, True):
            gap = (parse_day(e.start) - parse_day(d.start)).days if e.precision == "day" and not e.end else 0  # type: ignore[operator]
            if 1 <= gap <= 3 and _CONTINUES.search(_clause_before(t.text, e.span[0])):
                return DateRef(d.start, e.start, d.precision, d.text, d.span, d.method)
    return d


# a line that is only a date, full stop and all: 'Tuesday, June 4, 2019.', '4 June 2019.'
_DATE_LINE = re.compile(r"\W*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]+\.?|"
                        r"[A-Z][a-z]+\.?\s+\d{1,2}),?\s+\d{4}\W*")


def _date_heading(s: Sentence) -> bool:
    """Return True for a short heading that only dates the report ('12 March 2019, 09:40', 'Minsk, 3 May 2019 - Agency'),
    or a line that is only a date."""
    return (s.kind == "heading" and len(s.text) <= 60 and not _about_summit(s.text)) or (
        len(s.text) <= 40 and bool(_DATE_LINE.fullmatch(s.text)))


# 'the summit resumes tomorrow', 'talks reconvene on Tuesday': a later day of a summit already under way
_RESUMES = re.compile(r"\b(?:resum(?:es?|ing)|reconven(?:es?|ing)|continu(?:es?|ing)|carr(?:ies|y)\s+on|goes\s+on)\b", re.I)


def _resumed(d: DateRef, text: str, published: str | None) -> DateRef:
    """A summit that 'resumes tomorrow' started earlier: on the report's day when that is a day or two before, else
    the day before."""
    if d.end or d.precision != "day" or not _RESUMES.search(_clause_before(text, d.span[0])):
        return d
    pub = parse_day(published)
    gap = (parse_day(d.start) - pub).days if pub else 0  # type: ignore[operator]
    start = published[:10] if published and 1 <= gap <= 2 else add_days(d.start, -1)
    return DateRef(start, d.start, d.precision, d.text, d.span, d.method)


def _lede_after_deck(sentences: list[Sentence], lede: int) -> int:
    """Return the first body sentence after a byline or heading block that follows the lede: the lede was a
    deck (a standfirst) and the news lede comes after 'By ...' or the dateline heading; -1 when there is none."""
    block = False
    for t in sentences:
        if t.index <= lede:
            continue
        if t.kind == "heading" or _BYLINE.search(t.text):
            block = True
            continue
        if not block and _DECK_BULLET.match(t.text):
            continue  # a wire deck's bullets ('* OIC summit rejects U.S. move', '* Erdogan calls ...') before the byline
        return t.index if block and t.kind == "body" else -1
    return -1


_DECK_BULLET = re.compile(r"^\s*[*•]\s+\S")


_OPENS = re.compile(r"\b(?:opens?|opened|opening|begins?|began|starts?|started|kicks?\s+off|kicked\s+off|"
                    r"(?:gets?|got)\s+under\s+way)\b", re.I)
_CLOSES = re.compile(r"\b(?:closes?|closed(?![\s-]+(?:sessions?|doors?|meetings?|talks|format|briefing))|closing|ends?|ended|concludes?|concluded|wraps?\s+up|wrapped\s+up|"
                     r"winds?\s+up|wound\s+up|(?:runs?|ran|lasts?|lasted|continued)\s+(?:through|until|till|into))\b", re.I)


def _opened_and_closed(d: DateRef, text: str, published: str | None, future: bool) -> DateRef:
    """'opens tomorrow and closes on Monday', 'began on Sunday and ends on Tuesday': one day in an opening clause
    and a later one (within a week) in a closing clause of the same sentence are the summit's first and last days."""
    if d.end or d.precision != "day":
        return d
    days = [e for e in _dates_by_clause(text, published, future) if e.precision == "day" and not e.end]
    opens = [e for e in days if _OPENS.search(_clause_before(text, e.span[0]))]
    closes = [e for e in days if _CLOSES.search(_clause_before(text, e.span[0]))]
    for a in opens:
        for z in closes:
            gap = (parse_day(z.start) - parse_day(a.start)).days  # type: ignore[operator]
            if a.span[1] <= z.span[0] and 1 <= gap <= 7 and d.span in (a.span, z.span):
                method = "weekday" if "weekday" in (a.method, z.method) else a.method
                return DateRef(a.start, z.start, "day", text[a.span[0]: z.span[1]], (a.span[0], z.span[1]), method)
    return d


def _span_of_next(d: DateRef, following: str, published: str | None) -> DateRef:
    """'... said on Thursday.' then 'The summit opened on Wednesday and ran through Thursday.' (or 'held on Wednesday
    and Thursday'): the next sentence's span of days bounds the summit, when the lede's day falls inside it."""
    if d.end or d.precision != "day":
        return d
    future = bool(_FUTURE_CUE.search(following)) or not _PAST_TENSE.search(following)
    for e in _dates_by_clause(following, published, future):
        if e.precision != "day" or _dates_other_event(following, e, published):
            continue
        span = e if e.end else _opened_and_closed(e, following, published, future)
        if span.end and span.start <= d.start <= span.end and (  # type: ignore[operator]
                (parse_day(span.end) - parse_day(span.start)).days <= 5):  # type: ignore[operator]
            return DateRef(span.start, span.end, d.precision, d.text, d.span, d.method)
    return d


def _opening_day_with_duration(d: DateRef, following: str, published: str | None) -> DateRef:
    """'The two-day summit, which opened on Thursday evening, ...' after a lede dated Friday: the next
    sentence's opening (or closing) day anchors the stated length, when the lede's day falls inside it."""
    m = _DURATION_OF_SUMMIT.search(following)
    if d.end or d.precision != "day" or not m:
        return d
    n = _DAYS[next(g for g in m.groups() if g).lower()] - 1
    future = bool(_FUTURE_CUE.search(following)) or not _PAST_TENSE.search(following)
    for e in _dates_by_clause(following, published, future):
        if e.precision != "day" or e.end or _dates_other_event(following, e, published):
            continue
        clause = _clause_before(following, e.span[0])
        start = e.start if _OPENS.search(clause) else (add_days(e.start, -n) if _CLOSES.search(clause) else None)
        if start and 0 <= (parse_day(d.start) - parse_day(start)).days <= n:  # type: ignore[operator]
            return DateRef(start, add_days(start, n), d.precision, d.text, d.span, d.method)
    return d


def _about_summit(text: str) -> bool:
    """Return True for a sentence about a summit: its words, or a stated length of talks ('three days of talks')."""
    return bool(SUMMIT_WORDS.search(text) or _DURATION_OF_SUMMIT.search(text) or LEADERS_GATHER.search(text)
                or _LEADERS_ASSEMBLY.search(text) or _DATES_SET.search(text))


# 'The alliance and the host have confirmed the dates — June 24 and 25, 2025 —': the meeting's own dates
_DATES_SET = re.compile(r"\b(?:confirmed|announced|set|fixed)\s+the\s+dates?\b", re.I)


# a union's leaders' assembly by its session kind: "the AU's fifth ordinary assembly", 'an extraordinary assembly'
_LEADERS_ASSEMBLY = re.compile(r"\b(?:ordinary|extraordinary|special|annual)\s+assembly\b", re.I)


# not 'By the time the summit closed', 'By Friday': a byline's 'By' names someone
_BYLINE = re.compile(r"^\s*(?:By\s(?=[A-Z])(?!(?:The|Then|Now|This|That|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b)|"
                     r"(?:Published|Updated|Posted)\s|(?:Page|Story|Article)\s+(?:last\s+)?(?:updated|published|posted)\s)|\s\|\s")
# a photo caption: '(Agency photo: leaders pose ...)', 'Photo: ...', 'PICTURE: ...'
_CAPTION = re.compile(r"^\W*(?:[\w.-]+\s+){0,2}?(?:photo|picture|image|caption)\s*:", re.I)
# A date after these, in its own clause, belongs to another event: an anniversary, a founding, a past move.
_OTHER_EVENT = re.compile(r"\b(?:anniversary(?!\s+(?:summit|meeting|session|gathering))|founded|founding|established|born|since\s+\w+ing|"
                          # not a venue named for it: 'the Palace of Independence', 'Independence Hall'
                          r"(?<!palace\sof\s)(?<!square\sof\s)independence(?!\s+(?:palace|square|hall|avenue|stadium))|"
                          r"inaugurat(?:ed|ions?)|sworn\s+in|took\s+office|took\s+the\s+oath|invasion|invaded|coup|"
                          # a change of office: 'who succeeded X on October 1', 'took over from Y on 1 October'
                          r"(?:who|which)\s+(?:had\s+)?(?:succeeded|replaced)\b|took\s+over\s+from\b|"
                          # a war's or a crisis's start: 'when the bombing began on 24 March', 'since fighting broke out'
                          r"(?:bombing|bombardment|air\s+(?:campaign|strikes?|war)|airstrikes?|war|offensive|fighting|"
                          r"hostilities|clashes|protests?|crisis|siege|blockade|pandemic|outbreak|conflict|uprising|unrest|"
                          r"violence)\s+(?:began|begun|started|broke\s+out|erupted)|"
                          # a lower body's meeting: 'began with the Permanent Representatives Committee on 10 July'
                          r"ministerial|preparatory|sherpas?|senior[\s-]officials|permanent\s+representatives|"
                          r"executive\s+council|(?:foreign|defen[cs]e|finance|trade|economy)\s+ministers['’]?|"
                          # a death, or a country's entry into a body: 'who died on 2 May', 'joined the bloc on 1 May'
                          r"died|passed\s+away|killed|assassinated|acce(?:ssion|ded)|(?:was|were)\s+admitted|"
                          # a treaty's entry into force: 'the pact entered into force on 30 May', 'took effect on 1 May'
                          r"(?:entered|came|comes|enters|entry)\s+into\s+force|took\s+effect|"
                          r"joined\s+(?:the\s+|its\s+)?(?:alliance|bloc|union|organi[sz]ation|group(?:ing)?|club|commonwealth|"
                          r"community|treaty)|became\s+(?:[\w'’-]+\s+){0,5}?(?:full\s+)?(?:members?|part\s+of)|"
                          # a handover of a presidency or an office: 'takes over the presidency on 1 December'
                          r"(?:hand(?:s|ed|ing)?|take[sn]?|took|taking|pass(?:es|ed|ing)?)\s+over|"
                          # a date given up: 'the summit had originally been scheduled for 22 July'
                          r"(?:originally|initially)\s+(?:been\s+)?(?:scheduled|planned|set|due|slated)|"
                          # 'the chairmanship will pass to Ruritania from 1 January'
                          r"(?:presidency|chair(?:manship)?)\s+(?:[\w'’-]+\s+){0,4}?(?:pass(?:es|ed|ing)?|go(?:es)?|rotates?)\s+to|"
                          r"assum(?:es?|ed|ing)\s+the\s+(?:[\w-]+\s+){0,2}(?:presidency|chair(?:manship)?))\b", re.I)
# 'on the eve of the summit, on 3 May', 'the day before the meeting, on Monday': a date ahead of the summit
_EVE_OF = re.compile(r"\b(?:the\s+eve\s+of|the\s+day\s+before)\s+(?:the\s+|its\s+)?(?:[\w'’-]+\s+){0,3}?"
                     r"(?:summit|meeting|session|talks|gathering)s?\s*,?\s+(?:on\s+)?$", re.I)
_AFTER_DATE = re.compile(r"\bafter\s+$", re.I)
# 'a week after the foreign ministers met in X on', 'two days before the vote on': an interval to another event
_INTERVAL_AFTER = re.compile(r"\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|a\s+couple\s+of|\d{1,2})\s+"
                             r"(?:days?|weeks?|months?)\s+"
                             # not the summit's own day: 'two days before the summit on Friday'
                             r"(?:after|before)\s+(?![^.;:,—–()]*?\b(?:summit|talks|meeting|session|gathering|conference)s?\b)"
                             r"[^.;:,—–()]{0,120}$", re.I)
_SINCE = re.compile(r"\bsince\b(?!.*\bsince\b)", re.I)
_MOVEMENT = re.compile(r"\b(?:left|leaves?|leaving|depart(?:s|ed|ing)?|arriv(?:e|es|ed|ing)|fl(?:y|ying|ew|ies)|landed|"
                       r"set(?:s|ting)?\s+off|travel(?:s|led|ling|ed|ing)?\s+to|head(?:s|ed|ing)?\s+(?:to|for))\b", re.I)


def _clause_before(text: str, start: int) -> str:
    """Return the text of the clause that leads up to position `start`."""
    before = text[max(0, start - 120): start]
    cut = [m.end() for m in _CLAUSE_START.finditer(before)]
    return before[cut[-1]:] if cut else before


# 'on Wednesday, 1 April': the day's date is in the weekday's clause
_WEEKDAY_BEFORE = re.compile(r"\b(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:,\s+(?:the\s+)?|\s*\()$", re.I)  # 'Tuesday (Nov 13)'


# an event's noun right before its date, the event's object after it ('the murder in May of X')
_EVENT_NOUN_DATE = re.compile(r"\b(?:murder|death|killing|assassination|launch|attack|bombing|coup|arrest|resignation|ouster|"
                              r"invasion|seizure|capture|release|test|firing|shooting|downing|overthrow)\s+(?:(?:in|on|last)\s+)?$", re.I)


def _dates_other_event(text: str, d: DateRef, published: str | None) -> bool:
    """Return True when a date cannot be the summit's: a statement's date, a history date, a year far from the report."""
    if (_REPORTED_ON.search(text[max(0, d.span[0] - 40): d.span[0]]) or REPORTED_OBJECT_ON.search(
            text[max(0, d.span[0] - 80): d.span[0]])) and not AT_SUMMIT_DAY_AFTER.match(text[d.span[1]:]):
        return True  # 'the ministry said on Friday', 'confirmed the trip on Monday': the statement's day, not the summit's
    if EVE_AFTER.match(text[d.span[1]:]):
        return True  # 'held talks on Wednesday, the day before the main session': the eve
    if _EVENT_NOUN_DATE.search(text[max(0, d.span[0] - 40): d.span[0]]) and re.match(r"\s+of\b", text[d.span[1]: d.span[1] + 5]):
        return True  # 'the murder in May of X', "North Korea's launch on Tuesday of a missile": that event's day
    if _SCARE_QUOTED.match(text[max(0, d.span[0] - 1): d.span[1] + 1]):
        return True  # 'would not end poverty "tomorrow"': a quoted word, not a day
    if _NEXT_EVENT_SUBJECT.match(text):
        return True  # 'The next ministerial event is the council meeting, which will be held on 30 November'
    if _DEADLINE.search(text[max(0, d.span[0] - 30): d.span[0]]):
        return True  # 'to withdraw all troops by 30 March': a deadline
    if _EFFECTIVE.search(text[max(0, d.span[0] - 30): d.span[0]]) or _MEMBERS_FROM.search(text[max(0, d.span[0] - 120): d.span[0]]):
        return True  # 'become full members with effect from 1 January': the day a decision takes effect
    if d.method.startswith("explicit") and _AFTER_DATE.search(text[max(0, d.span[0] - 10): d.span[0]]):
        return True  # 'his support after 11 September': a date after 'after' names an event or a boundary
    if _INTERVAL_AFTER.search(text[max(0, d.span[0] - 160): d.span[0]]):
        return True  # 'came a week after the ministers met in X on 28 August': the earlier event's day
    if _EVE_OF.search(text[max(0, d.span[0] - 80): d.span[0]]):
        return True  # 'on the eve of the summit, on 3 May, the ministers met': the day before
    near = text[max(0, d.span[0] - 200): d.span[0]]
    if (d.method == "explicit" and SINCE_MEETING_BEFORE.search(near)) or OUTBREAK_BEFORE.search(near) or \
            AFTER_OTHER_EVENT_BEFORE.search(near):
        return True  # 'since the Tbilisi summit in May 2009', 'which erupted on 3 May', 'after the forum, held on 3 May'
    if _ONWARD_SUMMIT_OPENED.search(text[max(0, d.span[0] - 200): d.span[0]]):
        return True  # 'both left for the Gleneagles summit of the rich nations, which opened on Wednesday'
    day = _WEEKDAY_BEFORE.search(text[max(0, d.span[0] - 30): d.span[0]])
    clause = _clause_before(text, d.span[0] - (len(day.group(0)) if day else 0))
    if _OTHER_EVENT.search(clause) and not _ENDS_AS.match(text[d.span[1]:]):
        return True  # 'the anniversary of ... on 1 November 1954', 'since moving in last month'
    if _OTHER_EDITION.search(clause):
        return True  # 'the next meeting will be held in X on 16 September', 'the previous summit, on 5 May'
    if owned_by_other_event(text, d.span[1], d.text):
        return True  # "condolences over Sunday's crash": the crash's day
    if ELECTION_DAY.search(clause):
        return True  # 'elections will be held in X on Sunday, 12 May': a vote's day
    since = _SINCE.search(clause)
    if since and _PAST_TENSE.search(clause[since.end():]):
        return True  # 'the first meeting since troops went in on 24 February'; not 'the first since the pandemic on Sunday'
    anchor = published[:4] if published else ""
    return d.method == "explicit" and anchor.isdigit() and abs(int(d.start[:4]) - int(anchor)) > 1


# the days of a meeting a leader went on to from this one: 'left for the X summit, which opened on Wednesday', 'flew on
# to the bloc's meeting in Y, which ends on Friday' (leaving: so not this summit, whatever its noun)
_ONWARD_SUMMIT_OPENED = re.compile(
    r"\b(?:left|leaves|leaving|departed|depart(?:s|ing)|(?:fl(?:ew|ies|ying)|went|goes|going|moved?|moving|travel\w*|headed|"
    r"heads|heading)\s+on)\s+(?:early\s+|directly\s+|straight\s+)?(?:for|to)\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:summit|meeting|conference|talks|forum|session)\b[^.;:]{0,80}?,\s+which\s+(?:(?:had|has|was|is|will)\s+)?"
    r"(?:opened|opens|open|began|begins|begin|started|starts|start|runs|ran|run|ended|ends|end|closed|closes|close|"
    r"be\s+held|held|takes\s+place|took\s+place)\s+(?:on\s+)?$", re.I)


# a relative day quoted on its own: 'would not end poverty "tomorrow"'
_SCARE_QUOTED = re.compile(r"[\"“‘'](?:today|tomorrow|yesterday|tonight)[\"”’']\Z", re.I)


def _with_earlier_days(d: DateRef, text: str, after: list[Sentence], published: str | None) -> DateRef:
    """Start a summit that 'ended on Thursday' (or 'closed yesterday') on an earlier weekday of the next sentences ('on
    Wednesday he told ...', 'leaders had gathered on Monday evening for a banquet')."""
    if d.end or d.method not in ("weekday", "relative") or not _ENDED.search(_clause_before(text, d.span[0])):
        return d
    if d.method == "relative":  # 'closed yesterday': only a day of the leaders' own ('Leaders had gathered on Monday')
        after = [t for t in after if _about_summit(t.text) or _LEADERS_WORD.search(t.text)]
    earlier = [e.start for t in after for e in _dates_by_clause(t.text, published, False)
               if e.method == "weekday" and not e.end and not _dates_other_event(t.text, e, published)
               and 1 <= (parse_day(d.start) - parse_day(e.start)).days <= 3]  # type: ignore[operator]
    return DateRef(min(earlier), d.start, d.precision, d.text, d.span, d.method) if earlier else d


_REPORTED_ON = re.compile(r"\b(?:said|says|told\s+\w+|announced|confirmed|stated|reported|added)\s+$", re.I)
# a sentence whose subject is the next event: 'The next SCO event is ...', 'The next meetings will be'
_NEXT_EVENT_SUBJECT = re.compile(r"^\W*(?:the\s+)?next\s+(?:[\w'’-]+\s+){0,3}?(?:events?|meetings?|summits?|gatherings?)\s+"
                                 r"(?:is|will|are)\b", re.I)
# a deadline set by the summit, not its date: 'called on the rebels to withdraw by 30 March'
_EFFECTIVE = re.compile(r"\b(?:with\s+effect\s+from|effective(?:\s+from|\s+as\s+of)?|as\s+(?:of|from)|starting\s+(?:from\s+)?)\s+$", re.I)
# 'invited to become full members of the grouping from January 1', 'will join the bloc from 1 January'
_MEMBERS_FROM = re.compile(r"\b(?:members?|membership|join(?:s|ed|ing)?|accede|accession|admi(?:t|tted|ssion))\b[^.;:]{0,80}?\bfrom\s+$", re.I)
_DEADLINE = re.compile(r"\b(?:no\s+later\s+than|(?<!held\s)(?<!opens\s)by)\s+(?:the\s+end\s+of\s+)?$", re.I)
# 'to be held', 'to be hosted by X on Thursday', 'to be chaired by Y': a passive infinitive looks ahead
# a relative clause on the meeting: its tense is its own ('gather on Tuesday for a summit that officials had hoped would ...')
_RELATIVE_CLAUSE = re.compile(r"\b(?:summit|meeting|gathering|talks|session|conference)\s+(?:that|which)\s[^,;.:]*", re.I)
_FUTURE_CUE = re.compile(r"\b(?:will|scheduled|expected|to\s+be\s+(?:held|[a-z]{3,}ed)|set\s+to|upcoming)\b", re.I)
_SCHEDULED = re.compile(r"\b(?:opens|runs|starts|begins|meets|convenes|takes\s+place|is\s+held|are\s+held|ends|closes|"
                        r"concludes|wraps\s+up|"
                        # the host's part in a timetable: 'when the president welcomes the leaders to X on Saturday',
                        # 'as the chancellor hosts her counterparts on Sunday' (a report of it says 'welcomed', 'hosted')
                        r"welcomes|hosts|receives|gathers|assembles)\b", re.I)
# not the 'and' of 'the 27th and 28th members', 'on 3 and 4 May'
# nor the 'and' of a title: 'the Assembly of Heads of State and Government'
_CLAUSE_START = re.compile(r"[,;:—–(]|\s(?:but|while|whereas|(?<!\d\s)(?<!\d[a-z]{2}\s)(?<!\sstate\s)and)\s", re.I)


# the plural present of a timetable, the verb right before its day: 'Leaders of the 16 nations gather here Wednesday',
# 'the ministers meet in Vienna on Monday' (not 'did not meet', 'could meet', 'to meet' is a plan anyway)
_TIMETABLE_PLURAL = re.compile(r"(?<!\bdid\s)(?<!n't\s)(?<!\bnot\s)(?<!\bcould\s)(?<!\bwould\s)(?<!\bmight\s)"
                               r"\b(?:gather|meet|convene|assemble|open|begin|start|arrive)\s+"
                               r"(?:(?:here|there|again)\s+|in\s+[A-Z][\w'’-]+\s+|in\s+the\s+(?:[A-Z][\w'’-]+\s+){1,2}(?:capital|city|port)\s+)?"
                               r"(?:on\s+)?$")  # ('gather in the Lithuanian capital on Tuesday')
_PREPARES = re.compile(r"\b(?:prepar(?:es?|ed|ing)|gets?\s+ready|got\s+ready|getting\s+ready|read(?:ies|ied|ying)|"
                       r"brac(?:es?|ed|ing))\s+(?:itself\s+)?(?:to\s+(?:host|hold|welcome|stage)|for)\b", re.I)


def _clause_tense(text: str, start: int) -> bool | None:
    """Return whether the verb governing a date at `start` is future (True), past (False) or unknown (None).

    'The summit closed on Saturday, but it will be remembered ...': the date's own clause is past, whatever
    the rest of the sentence says.
    """
    before = text[max(0, start - 100): start]
    cut = [m.end() for m in _CLAUSE_START.finditer(before)]
    clause = before[cut[-1]:] if cut else before
    if (_FUTURE_CUE.search(clause) or _SCHEDULED.search(clause) or _PREPARES.search(clause)
            or REPORTED_FUTURE.search(clause) or _TIMETABLE_PLURAL.search(clause)):
        return True  # 'will open', the present of a timetable: 'opens in Vientiane on Wednesday', 'readied to host'
    if _PAST_TENSE.search(clause) or _HELD_BEFORE_DAY.search(clause):
        return False
    # no verb before the day in its clause: the verb right after it ('Bolivia on Monday took its place as a member')
    verb = _VERB_AFTER_DAY.match(text, _date_end(text, start))
    if verb is None:
        return None
    return True if verb.group("future") else False if _PAST_TENSE.fullmatch(verb.group("past") or "") else None


# a participle 'held' before the day, no future before it: "This year's gathering, held on Tuesday"
_HELD_BEFORE_DAY = re.compile(r"(?<!\bbe\s)(?<!\bbeing\s)\bheld\s+(?:in\s+[\w'’ -]{1,30}?\s+)?(?:on\s+)?$", re.I)
# the verb right after a weekday: 'on Monday took ...', 'on Friday will sign ...'
_VERB_AFTER_DAY = re.compile(r"\s+(?:(?P<future>will|is\s+to|are\s+to)\b|(?P<past>[a-z]+))", re.I)
_WEEKDAY_AT = re.compile(r"(?:on\s+)?(?:" + "|".join(WEEKDAYS) + r")\b", re.I)


def _date_end(text: str, start: int) -> int:
    """The end of a weekday date at `start` ('on Monday'), or `start` when none is there."""
    m = _WEEKDAY_AT.match(text, start)
    return m.end() if m else start


def _dates_by_clause(text: str, published: str | None, future: bool) -> list[DateRef]:
    """Return the dates of a sentence, each weekday resolved by the tense of its own clause when that is clear, else
    by the tense of the clause before it ('... runs through Friday, with the leaders' sessions on Thursday and Friday')."""
    found = find_dates(text, published, future)
    out = []
    last: bool | None = None
    for d in found:
        tense = _clause_tense(text, d.span[0]) if d.method == "weekday" else None
        if d.method == "weekday":
            tense = last = tense if tense is not None else last
        if tense is not None and tense != future:
            d = next((e for e in find_dates(text, published, tense) if e.span == d.span), d)
        out.append(d)
    return out


# a summit going on as the report is filed: 'X is taking part in', 'leaders are meeting', 'the summit is being held'
_UNDER_WAY = re.compile(r"\b(?:is|are)\s+(?:now\s+|currently\s+)?(?:taking\s+part|participating|attending|meeting|"
                        r"gathering|being\s+held|taking\s+place|under\s*way)\b", re.I)
_DATELINE_BEFORE = re.compile(r"^(?:[A-Z][A-Z .'’-]+|[A-Z][\w.'’-]+(?:[ -][A-Z][\w.'’-]+){0,2})(?:,\s*[A-Z][\w .'’-]*)?,\s*$")
# after a dateline's date: a bracket, a dash, a slash, an agency in capitals ('YEREVAN, OCTOBER 13, ARMENPRESS.'), or an
# agency's name closed by a full stop or dash ('ASTANA, Oct 5, Steppe News -'), not a clause going on ('June 5, the
# leaders said'); a colon ('JOHANNESBURG, August 24: The grouping ...', South Asian style); or nothing, the dateline a
# line of its own ('ADDIS ABABA, MAY 25' above the lede)
_DATELINE_AFTER = re.compile(r"^[\s.,]*(?:\(|—|–|-|/|:\s|[A-Z][A-Z-]{3,}(?:\s+[A-Z][A-Z-]+)?[.:])"
                             r"|^\s*,\s*(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*)){0,2}\s*(?:\.|—|–|--?)(?:\s|$)|^\s*\Z")


def _is_dateline(text: str, d: DateRef) -> bool:
    """Return True for the date of a dateline ('MINSK, November 27. /TASS/.', 'FASANO, Italy, June 13 (Reuters) -')."""
    return bool(_DATELINE_BEFORE.match(text[: d.span[0]]) and _DATELINE_AFTER.match(text[d.span[1]: d.span[1] + 40]))


def dateline_day(sentences: list[Sentence], published: str | None) -> str | None:
    """Return the day of the lede's dateline when it is one or two days off the published date ('BRUSSELS, Jan. 10 --'
    in the next morning's paper): the writer's 'today' and weekdays count from the dateline, not the printing."""
    pub, lede = parse_day(published), _dated_lede(sentences, published)  # after any deck and byline
    if pub is None or lede < 0:
        return None
    text = next(s.text for s in sentences if s.index == lede)
    d = next((d for d in find_dates(text[:80], published) if _is_dateline(text, d)), None)
    day = parse_day(d.start) if d and d.precision == "day" and not d.end and d.method.startswith("explicit") else None
    return d.start if d and day and 1 <= abs((pub - day).days) <= 2 else None


_DATE_RANK: dict[tuple[str, bool], float] = {("day", True): 0, ("day", False): 1, ("week", False): 2, ("month", True): 3, ("month", False): 3}


_MONTH_NAMES = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
_DURATION_OF_SUMMIT = re.compile(
    r"\b" + _N_DAYS + r"-day\s+(?:[\w-]+\s+){0,2}?(?:summit|meeting|gathering|conference|talks|session|assembly)\b|" + _DAYS_OF + "|"
    # 'the two days on the Croisette', 'spent these three days in Kazan': the days of a place, or of the speakers
    r"\b(?:(?:the|these|those)\s+" + _N_DAYS + r"\s+days\s+(?:in|on|at)\s+(?:the\s+)?(?!" + _MONTH_NAMES + r")(?-i:[A-Z])|"
    r"(?:spend|spent|spending)\s+(?:the|these|those)\s+" + _N_DAYS + r"\s+days\b)|" + TIME_SPENT, re.I)
_ENDED = re.compile(r"\b(?:concluded|ended|closed|wrapped\s+up|wound\s+up|came\s+to\s+a\s+close)\b", re.I)
# the length closed by a phrase before it: 'at the end of three days of talks', 'ended four days of summitry', 'on
# Friday offered ..., ending a two-day summit', '(approved) after two days of talks', 'capping a three-day meeting'
_LENGTH_ENDED_BY = re.compile(r"\b(?:(?:at\s+)?the\s+(?:end|close)\s+of|after|concluded|ended|closed|wrapped\s+up|wound\s+up|"
                              r"(?:end|conclud|clos)ing|(?:wrapp|wind)ing\s+up|rounding\s+off|capp(?:ed|ing)|"
                              r"bringing\s+to\s+a\s+close)\s+(?:the\s+|its\s+|their\s+|an?\s+)?$", re.I)


def _length_ended(text: str, where: str, length: re.Match[str]) -> bool:
    """Return True when a phrase closing the stated length leads it ('..., ending a two-day summit', 'after two days
    of talks'), so the date is the summit's last day: always in the date's own sentence `text`; in another sentence
    `where` only when that one does not look ahead ('will end a two-day summit') and the date's sentence does not
    open the summit."""
    if not _LENGTH_ENDED_BY.search(where[max(0, length.start() - 40): length.start()]):
        return False
    return where is text or not (_FUTURE_CUE.search(where) or _OPENS.search(text))


# 'runs until Friday', 'ends on Sunday', 'through Tuesday': the date is the last day
_END_DAY = re.compile(r"\b(?:until|till|through|(?:ends?|ending|closes?|closing|concludes?|concluding|wraps?\s+up|"
                      r"winds?\s+up)(?:\s+on)?)\s+(?:this\s+|next\s+|coming\s+)?"
                      r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+(?:the\s+)?)?$", re.I)  # 'ends on Saturday, June 29'
# 'leaders on Friday ended the session': a closing verb right after the date
_ENDED_AFTER = re.compile(r"^\s*,?\s*(?:concluded|ended|closed|wrapped\s+up|wound\s+up)\b", re.I)
# 'X took over the chair on Saturday as the two-day summit ended': a handover at the close dates the summit's last day
_ENDS_AS = re.compile(r"^\s*,?\s*(?:as|when)\s+(?:the|its|their|this\s+year['’]s)\s+(?:[\w-]+\s+){0,3}?"
                      r"(?:summit|meeting|talks|gathering|session)\b[^,;.]{0,80}?\b(?:ended|closed|concluded|"
                      r"wrapped\s+up|wound\s+up|(?:came|drew)\s+to\s+a\s+close)\b", re.I)
# 'X on Friday joined the other leaders at the close of the summit': the date is the last day
_AT_CLOSE = re.compile(r"^[^;.]{0,160}?\b(?:at|for)\s+the\s+(?:close|end|closing\s+(?:session|day))\s+of\s+(?:the\s+|its\s+)?"
                       r"(?:[\w'’-]+\s+){0,3}?(?:summit|meeting|talks|gathering|session)\b", re.I)
# 'the final day of a three-day summit', 'the last day of the bloc's two-day meeting'; a part of it other than a day
# ('the concluding event of the three-day summit', 'the closing plenary of a two-day meeting') dates its last day too
_DAY_OF = re.compile(r"\b(?:(first|opening|main|second|middle|final|last|closing)\s+day|(final|last|closing|concluding)\s+"
                     r"(?:event|session|sitting|plenary|part|stage|leg|segment|ceremony))\s+of\s+(?:an?|the|its|their|"
                     r"(?:the\s+)?[\w.-]+(?:['’]s|s['’]))\s+$", re.I)


# 'The decision, taken on the final day of a three-day summit, ...': the next sentence names which day of the summit
# ('the second and final day of', 'at the close of a two-day meeting': the last day)
_NTH_OF_LENGTH = re.compile(r"\b(?:(first|opening|second|third|fourth)(?:\s+and\s+(?:final|last|closing))?\s+day|"
                            r"(final|last|closing)\s+day|(close|end))\s+of\s+(?:an?|the|its|their|"
                            r"(?:the\s+)?[\w.-]+(?:['’]s|s['’]))\s+" + _N_DAYS + r"-day\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:summit|meeting|gathering|conference|talks|session|assembly)\b", re.I)

# 'taken late on the', 'was adopted on the', 'came during the', 'issued at the': something done on that day of the summit
_DONE_ON = re.compile(r"\b(?:[a-z]{3,}(?:ed|en)|made|reached|held|came|struck|took|was|were)\s+(?:late\s+|early\s+)?"
                      r"(?:on|during|at)\s+(?:the\s+)?$", re.I)


def _nth_day_next(d: DateRef, text: str, following: str, published: str | None) -> DateRef:
    """A lede's day ('leaders decided on Friday ...'), then an undated next sentence saying something was done on a
    given day of the summit ('The decision, taken on the final day of a three-day summit, ...'): the lede's day is that
    day, so the summit began that many days before it and lasted the stated length. Not when the lede's day opens the
    summit, nor when that day is still ahead ('will sign ... at the close of')."""
    m = _NTH_OF_LENGTH.search(following)
    if (m is None or d.end or d.precision != "day" or d.start is None or _FUTURE_CUE.search(following)
            or not _DONE_ON.search(_clause_before(following, m.start())) or find_dates(following, published, False)
            or _OPENS.search(_clause_before(text, d.span[0]))):
        return d
    n = _DAYS[m.group(4).lower()]
    nth = _NTH[m.group(1).lower()] if m.group(1) else n
    if nth > n:
        return d
    start = add_days(d.start, 1 - nth)
    return DateRef(start, add_days(start, n - 1), d.precision, d.text, d.span, d.method)


def _with_duration(d: DateRef, text: str, following: str = "") -> DateRef:
    """Extend a one-day date by a stated duration ('the two-day summit', here or in the next sentence).

    A summit that 'concluded on Saturday', or the date of 'the final day of a three-day summit', is the last
    day;
    'the main day of a three-day summit' leaves the date alone.
    """
    m, where = _DURATION.search(text), text
    if not m:
        m, where = _DURATION_OF_SUMMIT.search(following), following
    if d.end or not m:
        return d
    n = _DAYS[next(g for g in m.groups() if g).lower()] - 1
    day_of = _DAY_OF.search(where[: m.start()]) if where is text else None
    which = (day_of.group(1) or day_of.group(2)).lower() if day_of else ""
    if which in ("main", "second", "middle"):
        return d
    ended = (_ENDED.search(text[: d.span[0]]) or _END_DAY.search(text[max(0, d.span[0] - 60): d.span[0]])
             or _ENDED_AFTER.match(text[d.span[1]:]) or _ENDS_AS.match(text[d.span[1]:]) or _AT_CLOSE.match(text[d.span[1]:])
             or _length_ended(text, where, m))
    if which in ("final", "last", "closing", "concluding") or (not which and ended):
        return DateRef(add_days(d.start, -n), d.start, d.precision, d.text, d.span, d.method)
    return DateRef(d.start, add_days(d.start, n), d.precision, d.text, d.span, d.method)


def _capital_of_name(ref: Reference, city: str | None, country: str | None, sentences: list[Sentence]) -> str | None:
    """'the Delhi summit', with New Delhi named in the story: the capital whose name the city's ends (the national
    capital hosts the leaders, the older city only lends it its name)."""
    state = ref.country_named(country or "")
    capital = state.capital if state is not None else None
    if not city or not capital or capital == city or not capital.endswith(" " + city):
        return city
    return capital if any(re.search(rf"\b{re.escape(capital)}\b", s.text, re.I) for s in sentences) else city


def find_summit(ref: Reference, sentences: list[Sentence], mentions: dict[int, list[Mention]],
                published: str | None, anchor_method: str = "published", links: set[int] | None = None) -> Summit | None:
    """Return the article's main summit, or None when the article is about no organisation's summit.

    `links` are the indexes of other articles' headlines ('Related stories'): the venues they name are not this one's.
    """
    usable = [s for s in sentences if s.kind != "credit"]
    scores = _org_scores(ref, [s for s in usable if s.index not in (links or set())], mentions)
    if not scores or not any(SUMMIT_WORDS.search(s.text) for s in usable):
        return None
    org_id = scores.most_common(1)[0][0]
    org = ref.organisations[org_id]
    venues = unlisted_venues(ref, usable, mentions)  # towns the gazetteer lacks, named as the venue: 'held in Nago'
    placed = with_venue_mentions(usable, mentions, venues)
    cities = _city_scores([s for s in usable if s.index not in (links or set())], placed, org_id, ref, published)
    city = cities.most_common(1)[0][0] if cities else None
    if not cities or cities[city or ""] <= 0:
        city = _unlisted_dateline_city(usable, mentions) or city
    place = _dateline_place(usable, mentions)
    here = here_dateline(usable, placed, published)
    if here and here[1] is None:  # 'NAGO, Okinawa Pref. -- Leaders opened their summit here': a place the gazetteer lacks
        city = here[0]
        country = place[1] if place and place[1] and place[0] == city else _host_country(ref, None, usable, mentions)
    elif place and (not cities or cities.most_common(1)[0][1] < place[2]) and city != place[0]:
        city, country = place[0], place[1] or _host_country(ref, place[0], usable, mentions)
    else:
        country = venue_country(ref, city, venues) or _host_country(ref, city, usable, mentions)
    city = venue_town([s for s in usable if s.index not in (links or set())], city, published) or city  # 'at the conference centre in X, 20 km from the capital': the venue's town
    city = _capital_of_name(ref, city, country, usable)
    date, date_sentence = _summit_date(usable, published, anchor_method in ("published", "url_date")
                                       and not retrospective(usable),
                                       lambda s, d: _other_org_summit(s, mentions[s.index], org_id, d) or
                                       _other_summit_after(s, mentions[s.index], org_id, d) or
                                       _joint_summits_after(s, mentions[s.index], d),
                                       lambda s: _other_orgs_length(s, mentions[s.index], org_id), _captions(sentences))
    start = date.start if date else (published[:10] if published else None)
    evidence = date_sentence or next((s for s in usable if any(m.entity_id == org_id for m in mentions[s.index])
                                      or any(g == org_id for g, _ in described_groups(s))), usable[0])
    short = (org.acronyms[0] if org.acronyms else org.name)
    year = (start or "")[:4]
    return Summit(
        summit_id="-".join(p for p in (slug(short), slug(city or country or ""), year) if p),
        name=f"{short} summit" + (f", {city or country}" if city or country else "") + (f" {year}" if year else ""),
        org_id=org_id, organisation=org.name, host_city=city, host_country=country,
        start=start, end=date.end if date else None, precision=date.precision if date else ("day" if start else None),
        date_text=date.text if date else None, date_method=_method(date, start, anchor_method),
        sentence=evidence, span=(evidence.start, evidence.end), edition=_edition(usable),
    )


_PHOTO_CREDIT = re.compile(r"^\W*(?:photo|picture|image)s?\s*(?:credit\s*)?[:/]", re.I)


def caption_paragraphs(text: str, sentences: list[Sentence]) -> frozenset[int]:
    """Return the body sentences of every paragraph a photo credit line closes ('6. Merkel and Macron compare notes
    before a session.' / 'Photo: X / Agency'): a gallery's captions, each telling who was pictured at the meeting."""
    out: set[int] = set()
    for i, t in enumerate(sentences):
        if t.kind != "credit" or not _PHOTO_CREDIT.match(t.text):
            continue
        start = text.rfind("\n\n", 0, t.start)
        out.update(s.index for s in sentences[:i] if s.kind == "body" and s.start > start)
    return frozenset(out)


def _captions(sentences: list[Sentence]) -> frozenset[int]:
    """Return the sentences a photo credit follows: '... on July 1, 2023. (Photo: Agency)' is a caption."""
    return frozenset(s.index for s, t in zip(sentences, sentences[1:], strict=False)
                     if t.kind == "credit" and _PHOTO_CREDIT.match(t.text) and s.kind == "body")


_FOR_MEETING_OF = re.compile(r"^\s*,?\s*(?:for|to\s+attend|to\s+hold)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:meeting|summit|session|sitting)\s+of\s+(?:the\s+)?$", re.I)


def _other_org_summit(s: Sentence, mentions: list[Mention], org_id: str, d: DateRef) -> bool:
    """A date after another organisation's summit, the nearest organisation named before it, dates that one
    ('at the informal CIS summit in St Petersburg on December 28, 2021'); not 'after the G20 summit in Bali to join
    APEC leaders, whose summit opens on Friday'; so does a day's possessive before one ("yesterday's CIS summit")."""
    later = [m for m in mentions if m.kind == "org" and 0 <= m.start - s.start - d.span[1] <= 80]
    if later and later[0].entity_id != org_id:  # "Monday's summit of the Arab League"
        tail = _DAYS_SUMMIT_OF.match(s.text[d.span[1]: later[0].start - s.start])
        if tail and (tail.group(1) or _ORG_SUMMIT.match(s.text[later[0].end - s.start: later[0].end - s.start + 40])):
            return True
        if _FOR_THE.match(s.text[d.span[1]: later[0].start - s.start]) and _ORG_SUMMIT.match(
                s.text[later[0].end - s.start: later[0].end - s.start + 40]):
            return True  # 'flies to X on Friday for the G7 summit': another body's summit
        if _LEADERS_OF.match(s.text[d.span[1]: later[0].start - s.start]) and _WILL_MEET.match(
                s.text[later[0].end - s.start: later[0].end - s.start + 60]):
            return True  # 'On 26 December the leaders of the member states of <another bloc> will meet ...'
        if _HOSTS_SUMMIT_OF.match(s.text[d.span[1]: later[0].start - s.start]):
            return True  # 'On Saturday, Minsk will host the summit of <another bloc>'
        if _FOR_MEETING_OF.match(s.text[d.span[1]: later[0].start - s.start]):
            return True  # 'will remain in Granada on Friday 6 October for an informal meeting of the European Council'
    orgs = [m for m in mentions if m.kind == "org" and m.end - s.start <= d.span[0]]
    if not orgs or orgs[-1].entity_id == org_id:
        return False
    m = orgs[-1]
    return bool(_ORG_SUMMIT.match(_ACRONYM_AFTER.sub("", s.text[m.end - s.start: m.end - s.start + 60])))


# a date the place hosts another body's meeting on: 'Tomorrow, May 6, Minsk hosts the summits of', ', Bishkek will stage
# a meeting of the'
_HOSTS_SUMMIT_OF = re.compile(r"^\s*,?\s*(?:(?-i:[A-Z])[\w'’.-]*\s+){1,3}(?:will\s+(?:also\s+)?)?(?:host|hosts|is\s+hosting|"
                              r"stages?|will\s+stage)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:summits?|meetings?|sessions?)\s+"
                              r"of\s+(?:the\s+)?$", re.I)
_FOR_THE = re.compile(r"^\s*,?\s*(?:for|to\s+attend|to\s+join)\s+(?:the\s+|an?\s+)?$", re.I)
_ACRONYM_AFTER = re.compile(r"^\s*(?:\([A-Z][\w-]{1,10}\)|\))")  # 'the Asia-Pacific Economic Cooperation (APEC) summit'


_LENGTH_OF = re.compile(r"^\s+of\s+(?:the\s+)?$", re.I)


def _other_orgs_length(s: Sentence, mentions: list[Mention], org_id: str) -> bool:
    """A stated length followed by 'of <another organisation>' ('a three-day meeting of the Arab League') is that
    organisation's meeting, not this summit's."""
    m = _DURATION_OF_SUMMIT.search(s.text)
    if m is None:
        return False
    nxt = next((x for x in mentions if x.kind == "org" and x.start - s.start >= m.end()), None)
    return (nxt is not None and nxt.entity_id != org_id
            and bool(_LENGTH_OF.match(s.text[m.end(): nxt.start - s.start])))


# a day's possessive naming the summit after it: "yesterday's informal ", "Friday's summit of the "
_LEADERS_OF = re.compile(r"^(?:,\s+[\w.]+(?:\s+[\w.]+){0,3})?,?\s+(?:the\s+)?(?:leaders|heads\s+of\s+(?:state|government)|presidents|prime\s+ministers)\s+of\s+"
                         r"(?:the\s+)?(?:(?:member\s+)?(?:states|countries|nations)\s+of\s+(?:the\s+)?)?$", re.I)
_WILL_MEET = re.compile(r"^(?:\s*\([A-Z][\w-]{1,10}\))?\s+(?:will\s+|are\s+to\s+|are\s+due\s+to\s+)?(?:meet|gather|convene|hold)\b", re.I)
_DAYS_SUMMIT_OF = re.compile(r"^['’]s\s+(?:[\w-]+\s+){0,2}?((?:summit|meeting|session)\s+of\s+(?:the\s+)?(?:leaders\s+of\s+(?:the\s+)?)?)?$",
                             re.I)


# '... on 3 and 4 May for the first summit between the EU and the Arab League', '... on Monday to attend a
# summit of the Gulf states': the date is followed, in its clause, by a summit whose parties are named
_SUMMIT_AFTER_DATE = re.compile(r"^[\s,]*(?:for|to\s+attend|at)\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}?"
                                r"summits?\s+(?:between|of|with)\s+[^,;.:—–()]{0,100}", re.I)


def _other_summit_after(s: Sentence, mentions: list[Mention], org_id: str, d: DateRef) -> bool:
    """A date followed by 'for the summit between/of <other organisations>' dates that summit, when the parties
    named include an organisation and not this one (not 'on Sunday for the summit of the bloc', nor '... of the AU')."""
    m = _SUMMIT_AFTER_DATE.match(s.text[d.span[1]:])
    if m is None:
        return False
    a, z = s.start + d.span[1] + m.start(), s.start + d.span[1] + m.end()
    orgs = {x.entity_id for x in mentions if x.kind == "org" and a <= x.start < z}
    return bool(orgs) and org_id not in orgs


def _joint_summits_after(s: Sentence, mentions: list[Mention], d: DateRef) -> bool:
    """A date followed in its clause by two organisations' summits ('July 8-10: Ufa, for the A and B summits') spans
    a trip to both, not this summit's own days."""
    orgs = [m for m in mentions if m.kind == "org"]
    for i, m in enumerate(orgs):
        if 0 <= m.start - s.start - d.span[1] <= 80 and not re.search(r"[;.!?]", s.text[d.span[1]: m.start - s.start]) \
                and _joint_partner(s, orgs[i + 1: i + 2], m):
            return True
    return False


def _edition(sentences: list[Sentence]) -> int | None:
    """Return the summit's edition number ('the 46th ASEAN Summit', 'the 16th BRICS summit')."""
    for s in sentences[:6]:
        m = _EDITION.search(s.text[:2000])
        if m:
            return int(m.group(1))
    return None


def other_summits(ref: Reference, sentences: list[Sentence], mentions: dict[int, list[Mention]],
                  main_org: str) -> list[str]:
    """Return other organisations whose summits the article mentions."""
    found: list[str] = []
    for s in sentences:
        for m in mentions[s.index]:
            if m.kind == "org" and m.entity_id != main_org and _ORG_SUMMIT.match(s.text[m.end - s.start: m.end - s.start + 240]):
                name = ref.organisations[m.entity_id or ""].name
                if name not in found:
                    found.append(name)
    return found


# a meeting of ministers, not of leaders: 'the preparatory meeting of Arab foreign ministers', 'the Executive Council of
# foreign ministers', 'the foreign ministers' meeting', 'a ministerial session'
_MINISTERS_MEETING = re.compile(r"\b(?:(?:preparatory|ministerial)\s+(?:meeting|session|talks|council)|(?:meeting|council|session|"
                                r"conference)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?" + MINISTERS + r"|" + MINISTERS +
                                r"['’]?\s+(?:meeting|council|session))\b", re.I)
_LEADERS_WORDS = re.compile(r"\b(?:summits?|heads?\s+of\s+(?:state|government)|leaders?['’]?)\b", re.I)


# a lede reporting the ministers' own meeting ahead of the leaders': 'Foreign and defence ministers of the X agreed on
# Wednesday to send ... to their presidents, who meet on Thursday for the bloc's summit'
_MINISTERS_LEDE = re.compile(r"\b(?:foreign|defen[cs]e|finance|trade|economy|economic)\s+(?:and\s+\w+\s+)?ministers\b[^.]{0,200}?"
                             r"\b(?:agreed|met|approved|adopted|discussed|drew\s+up|prepared|finali[sz]ed|wrapped\s+up)\b", re.I)


def ministers_first(sentences: list[Sentence]) -> bool:
    """Return True for a report on the ministers' meeting held before the summit: its lede tells what the ministers did."""
    lede = next((s for s in sentences if s.kind == "body" and not _BYLINE.search(s.text)), None)
    return lede is not None and bool(_MINISTERS_LEDE.search(lede.text))


def ministers_meeting(text: str) -> bool:
    """Return True for a sentence about a meeting of ministers that names no summit or leaders: those in it attend
    the ministers' meeting, not the summit."""
    return bool(_MINISTERS_MEETING.search(text)) and not _LEADERS_WORDS.search(text)


def other_summit_sections(sentences: list[Sentence], mentions: dict[int, list[Mention]], org_ids: set[str]) -> set[int]:
    """Return the indexes of the sentences under a heading about another organisation's summit ('B summit on
    Friday', 'The summit of B'), up to the next heading: that section reports the other meeting. A heading that
    names one of `org_ids` (this summit's body and its organs) too opens no such section."""
    out: set[int] = set()
    inside = False
    for s in sentences:
        if s.kind == "heading":
            orgs = [m for m in mentions[s.index] if m.kind == "org"]
            inside = bool(orgs) and not any(m.entity_id in org_ids for m in orgs) and any(
                _ORG_SUMMIT.match(s.text[m.end - s.start: m.end - s.start + 40])
                or _SUMMIT_OF.search(s.text[max(0, m.start - s.start - 60): m.start - s.start]) for m in orgs)
        elif inside and s.kind == "body":
            out.add(s.index)
    return out


# a paragraph that opens on another (earlier) summit: 'The Washington summit of July 9-11 ...', "Last year's summit in
# Vilnius ...", 'The previous summit ...'
_OTHER_OPENING = re.compile(r"^\W*(?:at\s+(?P<at>(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2})(?=\s*,|\s+(?:the|a|an|there|it|he|she|they)\b)|"
                            r"(?:the|last\s+(?:year|month|\w+)['’]s)\s+(?P<city>(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2})\s+"
                            r"(?:summit|meeting)\b|(?:last\s+(?:year|month|\w+)['’]s|the\s+(?:previous|last|(?:19|20)\d\d))\s+"
                            r"(?:[\w-]+\s+)?(?:summit|meeting)\b(?!\s+(?:here|this\s+week)))", re.I)


def other_summit_paragraphs(text: str, sentences: list[Sentence], mentions: dict[int, list[Mention]],
                            host_city: str | None) -> set[int]:
    """Return the indexes of the sentences of a paragraph that opens on another summit ('The Washington summit of July
    9-11 ... Joe Biden hosted it ...'): the paragraph tells that meeting, except a sentence naming the host city again."""
    out: set[int] = set()
    para, inside = -2, False
    for s in sentences:
        start = text.rfind("\n\n", 0, s.start)
        if start != para:
            para = start
            m = _OTHER_OPENING.match(s.text) if s.kind == "body" else None
            key = ("city" if m.group("city") else "at" if m.group("at") else None) if m else None
            named = [x for x in mentions.get(s.index, []) if x.kind == "city" and x.start == s.start + m.start(key)] \
                if m and key else []
            inside = bool(m) and (key is None and not _THIS_ONE.search(s.text) or
                                  bool(named) and host_city is not None and named[0].canonical != host_city)
        if inside and not any(x.kind == "city" and x.canonical == host_city for x in mentions.get(s.index, [])):
            out.add(s.index)
    return out


_THIS_ONE = re.compile(r"\b(?:this|next|coming|upcoming)\s+(?:year['’]s\s+)?(?:summit|meeting)\b", re.I)


def _method(date: DateRef | None, start: str | None, anchor_method: str) -> str:
    """Return how the summit date was found: from the text (and how its year was known), or by falling back."""
    if date is None:
        return anchor_method if start else "none"
    if anchor_method != "published" and date.method != "explicit":
        return f"{date.method}+{anchor_method}"
    return date.method
