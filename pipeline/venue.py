"""Where a summit is held: the general readings of English news prose that bind or unbind a place as the venue.

summit._city_scores scores the cities an article names; this module says which mentions are datelines in the block
at the top of a story, which dateline the lede ties to the summit with 'here', which place names a broader area
around the venue ('Nusa Dua, Bali': Bali's mentions are the resort's), and which mentions are not places at all
(a capital standing for its government: 'pressed Tokyo to', 'Madrid insists') or are places the venue is not
('the first summit held outside Tokyo', 'met in Tokyo on the eve of the summit').
"""

from __future__ import annotations

import re

from pipeline.dates import find_dates
from pipeline.model import Mention, Sentence
from pipeline.reference import Reference

_TOP_LINES = 6  # the title's block: a deck, a byline, a time line, the dateline, the lede

# 'THE HAGUE —', 'NAGO, Okinawa Pref.', 'SHARM EL-SHEIKH (Agency) -': a dateline in capitals, whatever precedes it
_CAPS_HEAD = re.compile(r"^([A-Z][A-Z.'’-]*(?:\s+[A-Z][A-Z.'’-]*){0,3})\s*(?:,|—|–|--|\(|-\s)")
# 'Nusa Dua, Bali ● Wed, November 16, 2022': a line naming a place (and its region) then only a date
_PLACE_LINE = re.compile(r"^([A-Z][\w.'’-]*(?:[ -][A-Z][\w.'’-]*){0,3})(?:,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?"
                         r"\s*(?:[,●•|·/—–-]\s*)?(?=\S)")
_PLACE_LINE_MAX = 80
_DATE_REST = re.compile(r"[\W\d]*(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s*)?", re.I)


# a rubric or a month in a dateline's place: 'UPDATE —', 'ANALYSIS:', 'June 25, 2025 6:42 pm'
_NOT_PLACE = re.compile(r"(?:UPDATE|UPDATED|BREAKING|EXCLUSIVE|ANALYSIS|WATCH|LIVE|OPINION|COMMENT|EDITORIAL|REVIEW|"
                        r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|"
                        r"Nov(?:ember)?|Dec(?:ember)?)\.?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\Z",
                        re.I)


def _caps_head(text: str) -> re.Match[str] | None:
    m = _CAPS_HEAD.match(text)
    return m if m and len(m.group(1)) >= 4 and not _NOT_PLACE.match(m.group(1)) else None


def _place_line(s: Sentence, published: str | None) -> re.Match[str] | None:
    """'Nusa Dua, Bali ● Wed, November 16, 2022': a short line of a place and a date, nothing else."""
    if len(s.text) > _PLACE_LINE_MAX:
        return None
    m = _PLACE_LINE.match(s.text)
    if m is None or _NOT_PLACE.match(m.group(1).split()[0]):
        return None
    rest = s.text[m.end():]
    dates = find_dates(rest, published)
    if not dates:
        return None
    first = min(d.span[0] for d in dates)
    last = max(d.span[1] for d in dates)
    tail = rest[last:]
    return m if _DATE_REST.fullmatch(rest[:first]) and re.fullmatch(r"[\W\d]*(?:[AaPp]\.?[Mm]\.?\W*)?[A-Z]{0,4}\W*", tail) else None


def dateline_lines(sentences: list[Sentence], published: str | None) -> list[int]:
    """Return the sentences at the top of the story that are datelines: one opening with a place in capitals
    ('THE HAGUE — NATO leaders ...', below a deck, a byline and a time line), or a short line of a place and a
    date ('Nusa Dua, Bali ● Wed, November 16, 2022'). Body text further down is never a dateline."""
    top = [s for s in sentences if s.kind not in ("title", "credit")][:_TOP_LINES]
    return [s.index for s in top if _caps_head(s.text) or _place_line(s, published)]


# 'opened their annual summit here', 'leaders gathered here on Friday', 'arrived here for the summit': 'here' after
# the summit or the leaders' meeting, in one clause, is the dateline's place; not 'envoys here watched as leaders
# met in X', where 'here' is the onlookers' place, nor the presentational 'here is'
HERE_SUMMIT = re.compile(r"\b(?:summits?|meeting|talks|gathering|session|conference|met|meets?|gathered|gathers?|convened|"
                          r"convenes?|opened|opens|assembled|arrived)\b[^.;,:—–]{0,40}?(?<=\s)here\b(?!\s+(?:is|are)\b|['’]s)|"
                          r"(?<=\s)here\s+(?:for|to\s+attend)\s+(?:the|a|an|their|its)\s+(?:[\w'’-]+\s+){0,3}?summit\b", re.I)


def here_dateline(sentences: list[Sentence], mentions: dict[int, list[Mention]],
                  published: str | None) -> tuple[str, Mention | None] | None:
    """'NAGO, Okinawa Pref. (Kyodo) Leaders ... opened their annual summit here Friday': the lede places the summit
    'here', at the dateline's place, known to the gazetteer or not. Return the place as written in mixed case (a
    capitals dateline is title-cased: 'NAGO' gives 'Nago') and its city mention, if the gazetteer knows it."""
    for i in dateline_lines(sentences, published):
        s = next(t for t in sentences if t.index == i)
        head = _caps_head(s.text) or _place_line(s, published)
        assert head is not None
        text = s.text[head.end():]
        following = [t for t in sentences if t.index > i and t.kind == "body"][:1]
        if len(text) < 40 and following:  # 'NAGO, Okinawa Pref.' split from '(Kyodo) Leaders ... here'
            text = following[0].text
        clause = re.split(r"(?<=[.;!?])\s", text)[0]
        if not HERE_SUMMIT.search(clause):
            continue
        city = next((m for m in mentions[i] if m.kind == "city" and m.start == s.start), None)
        name = head.group(1)
        if name.isupper():
            name = re.sub(r"[A-Z][A-Z'’]*", lambda w: w.group(0).capitalize(), name)
        return (city.entity_id or name, city) if city else (name, None)
    return None


# 'Nusa Dua, Bali', 'Nago, Okinawa': a place followed by a broader one of the same country, not a list's member
_PAIR_GAP = re.compile(r",\s*")
_LIST_AFTER = re.compile(r"^\s*(?:,\s*(?:[A-Z]|and\b|or\b)|(?:and|or|&)\s)")
_LIST_BEFORE = re.compile(r"(?:,|\band|\bor|&)\s*$")


def broader_places(ref: Reference | None, s: Sentence, mentions: list[Mention]) -> list[tuple[str, str]]:
    """Return (place, broader) for each 'X, Y' whose Y is a broader place around X: both cities of one country,
    the pair not part of a list ('Moscow, Beijing and Washington'). Y's other mentions then point at X: the
    summit 'in Bali' is the one 'in Nusa Dua, Bali'."""
    if ref is None:
        return []
    country = {c.name: c.country for c in ref.cities}
    cities = [m for m in mentions if m.kind == "city"]
    out = []
    for x, y in zip(cities, cities[1:], strict=False):
        if not _PAIR_GAP.fullmatch(s.text[x.end - s.start: y.start - s.start]) or x.entity_id == y.entity_id:
            continue
        before = s.text[max(0, x.start - s.start - 12): x.start - s.start]
        if _LIST_AFTER.match(s.text[y.end - s.start: y.end - s.start + 12]) or (
                _LIST_BEFORE.search(before) and any(c.end <= x.start for c in cities)):
            continue
        cx, cy = country.get(x.entity_id or ""), country.get(y.entity_id or "")
        if cx and cx == cy:
            out.append((x.entity_id or "", y.entity_id or ""))
    return out


# 'in Elmau, near Munich', 'at Burabay, 250 kilometres north of Astana': a later city locating the venue just named
_NEAR = re.compile(r"(?:\bnear|\boutside|\bclose\s+to|\bnot\s+far\s+from|\b(?:north|south|east|west)\s+of|\bfrom|\bof)\s+$",
                   re.I)
_NEAR_GAP = re.compile(r"^,\s+(?:(?:a|an|the)\s+[^,;.]{0,40}?\s+)?(?:(?:just|about|some|around|\d[\d,.]*\s*(?:km|kilomet(?:er|re)s|"
                       r"miles?)(?:\s+(?:north|south|east|west)(?:east|west)?)?)\s+){0,2}"
                       r"(?:near|outside|close\s+to|not\s+far\s+from|(?:north|south|east|west)\s+of|from|of)\s+$", re.I)


def near_places(s: Sentence, mentions: list[Mention]) -> list[tuple[str, str]]:
    """Return (venue, landmark) for each 'X, a resort near Y' or 'X, 250 km north of Y': Y locates X, it is not
    where the leaders meet."""
    cities = [m for m in mentions if m.kind == "city"]
    out = []
    for x, y in zip(cities, cities[1:], strict=False):
        gap = s.text[x.end - s.start: y.start - s.start]
        if _NEAR_GAP.match(gap) and _NEAR.search(gap) and x.entity_id != y.entity_id:
            out.append((x.entity_id or "", y.entity_id or ""))
    return out


# A capital standing for its government, not a place (metonymy):
# as the subject of a verb of saying or of stance: 'Madrid insists it will not follow', 'Beijing has warned'
_GOVERNMENT_VERB_AFTER = re.compile(
    r"^(?:\s+(?:has|had|have|would|will|could|may|might|must|also|still|again|repeatedly|quickly|now|only|firmly|"
    r"strongly|publicly|officially|flatly|long|always|never|did\s+not|does\s+not|doesn['’]t|didn['’]t|has\s+not|hasn['’]t|"
    r"had\s+not|hadn['’]t|would\s+not|wouldn['’]t|will\s+not|won['’]t|is|was|has\s+been|had\s+been))*\s+"
    r"(?:says?|said|insist(?:s|ed)?|argues?|argued|wants?|wanted|warn(?:s|ed)?|reject(?:s|ed)?|refuses?|refused|den(?:y|ies|ied)|"
    r"accus(?:es|ed)|demand(?:s|ed)?|objects?|objected|oppos(?:es|ed)|vow(?:s|ed)?|claims?|claimed|maintains?|maintained|"
    r"complain(?:s|ed)?|protest(?:s|ed)?|threaten(?:s|ed)?|retaliat(?:es|ed)|respond(?:s|ed)?|responded|hit\s+back|"
    r"signall(?:s|ed)|signal(?:s|ed)?|sees?|saw|views?|viewed|regards?|regarded|fears?|feared|hopes?|hoped|believes?|"
    r"believed|considers?|considered|decide[sd]?|announc(?:es|ed)|condemn(?:s|ed)?|criticis(?:es|ed)|"
    r"criticiz(?:es|ed)|balk(?:s|ed)?|baulk(?:s|ed)?|agree[sd]?|backs?|backed|blam(?:es|ed)|urg(?:es|ed)|push(?:es|ed)|"
    r"pressed|presses|recall(?:s|ed)|expell(?:s|ed)|summon(?:s|ed)|sanction(?:s|ed)|retorted|countered)\b")
# ... where the city is the clause's subject: at the start of the sentence or of a clause, not after a preposition
_SUBJECT_BEFORE = re.compile(r"(?:^|[,;:—–(\"“]|\b(?:and|but|while|as|that|because|since|whereas|though|although|"
                             r"if|when|after|so)\b)\s*$")
# or as the object of a verb of pressure, granting or punishing: 'pressed Tokyo to', 'granting Madrid flexibility',
# 'make Madrid pay', 'urged Beijing to', 'called on Moscow to'
_GOVERNMENT_OBJECT_BEFORE = re.compile(
    r"\b(?:press(?:es|ed|ing)?|urg(?:e|es|ed|ing)|push(?:es|ed|ing)?|grant(?:s|ed|ing)?|giv(?:e|es|ing)|gave|"
    r"allow(?:s|ed|ing)?|let(?:s|ting)?|mak(?:e|es|ing)|made|forc(?:e|es|ed|ing)|punish(?:es|ed|ing)?|"
    r"sanction(?:s|ed|ing)?|pressur(?:e|es|ed|ing)|lobb(?:y|ies|ied|ying)|persuad(?:e|es|ed|ing)|convinc(?:e|es|ed|ing)|"
    r"reassur(?:e|es|ed|ing)|accus(?:e|es|ed|ing)|blam(?:e|es|ed|ing)|criticis(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|"
    r"condemn(?:s|ed|ing)?|warn(?:s|ed|ing)?|tell(?:s|ing)?|told|ask(?:s|ed|ing)?|call(?:s|ed|ing)?\s+on|"
    r"reward(?:s|ed|ing)?|penalis(?:e|es|ed|ing)|penaliz(?:e|es|ed|ing)|threaten(?:s|ed|ing)?|isolat(?:e|es|ed|ing)|"
    r"court(?:s|ed|ing)?|snub(?:s|bed|bing)?|rebuk(?:e|es|ed|ing)|reassur(?:e|es|ed|ing)|exempt(?:s|ed|ing)?|"
    r"spar(?:e|es|ed|ing))\s+$", re.I)
_OBJECT_AFTER = re.compile(r"^\s*(?!(?:the\s+|an?\s+)?(?:venue|host|site|location|setting|capital|cent(?:re|er)|seat)\b)"
                           r"(?:[\"“']|to\s+\w|into\b|(?:a|an|the|some|more|its|their)\s|[a-z]+\b(?!\s+(?:summit|meeting)))")


def stands_for_government(text: str, a: int, b: int) -> bool:
    """Return True when the city at text[a:b] names its government, not a place: the subject of a verb of saying
    or stance ('Madrid insists', 'Beijing has long argued') or the object of a verb of pressure, granting or
    punishing followed by what it is pressed to or granted ('pressed Tokyo to set a limit', 'granting Madrid
    "flexibility"', 'make Madrid pay')."""
    before, after = text[max(0, a - 80): a], text[b: b + 160]
    if _SUBJECT_BEFORE.search(before) and _GOVERNMENT_VERB_AFTER.match(after):
        return True
    return bool(_GOVERNMENT_OBJECT_BEFORE.search(before) and _OBJECT_AFTER.match(after))


# a meeting before the summit, in another city: 'met in Tokyo with four leaders on the eve of a summit',
# 'held talks in Beijing ahead of the summit'; not arrivals ('arrived in X ahead of the summit' places the summit)
_BEFORE_THE_SUMMIT = re.compile(r"\b(?:on\s+the\s+eve\s+of|ahead\s+of|in\s+the\s+run[\s-]up\s+to|(?:days?|hours?|weeks?)\s+"
                                r"before|prior\s+to|in\s+preparation\s+for)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|this\s+"
                                r"(?:week|month)['’]s\s+)?(?:[\w'’-]+\s+){0,3}?(?:summit|meeting|gathering)\b", re.I)
_MET_AT = re.compile(r"\b(?:met|meets?|meeting|held\s+talks|hosted|hosts|talks|spoke|dined|conferred|received)\b"
                     r"[^.;]{0,40}?\b(?:in|at)\s+$", re.I)
_ARRIVED = re.compile(r"\b(?:arriv\w+|landed|flew|flying|gather\w*|assembl\w*|converg\w*|descend\w*)\b[^.;]{0,30}$", re.I)
# what the venue is not: 'the first summit held outside Tokyo', 'away from the capital', 'rather than in Tokyo'
_NOT_HERE_BEFORE = re.compile(r"\b(?:(?:held|hosted|staged|convened|taking\s+place|takes\s+place|took\s+place|moved|ever)\s+"
                              r"outside(?:\s+of)?|away\s+from|rather\s+than(?:\s+in)?|instead\s+of(?:\s+in)?|not\s+in|"
                              r"far\s+from|other\s+than)\s+$", re.I)


def not_the_venue(text: str, a: int, b: int) -> bool:
    """Return True when the clause names the city at text[a:b] as a place the summit is not: a meeting 'on the eve
    of' or 'ahead of' the summit held there, or the place the summit is 'held outside' or 'away from'."""
    before = text[max(0, a - 120): a]
    if _NOT_HERE_BEFORE.search(before):
        return True
    if _MET_AT.search(before) and not _ARRIVED.search(before):
        return bool(_BEFORE_THE_SUMMIT.search(text[b:].split(";")[0]))  # the sentence's: 'met in X with A, B ... on the eve'

    return False
