"""The town a summit's venue stands in, when the story places it some distance from the capital it names throughout.

A summit held outside the capital is often written up under the capital's name ('the Banjul summit', 'leaders left
the capital'), while one sentence locates the venue itself: 'at the conference centre in X, Y District, some twenty
kilometres from the capital', 'held in X, a lakeside town 60 km north of the capital'. The host city is then X: the
distance to the capital (or to the city the story otherwise names) says X is a place of its own, even when neither
the gazetteer nor GeoNames lists it, and the venue words say the summit met there.

Not the venue: a town named for a residence ('the villas in X, 10 km from the capital'), an airport ('landed at the
airport in X'), a side event ('a business forum in X') or anything but the meeting itself.
"""

from __future__ import annotations

import re

from pipeline.model import Sentence

_NUMBER = (r"(?:\d[\d,.]*|a\s+few|several|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
           r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred|hundred)(?:[\s-](?:one|two|three|four|"
           r"five|six|seven|eight|nine|hundred))?")
# 'some twenty kilometres from', 'about 60 km north of', '30 miles outside', 'an hour's drive from'
_DISTANCE = (r"(?:(?:some|about|around|roughly|nearly|almost|just|only|barely|approximately|less\s+than|more\s+than)\s+)?"
             r"(?:" + _NUMBER + r"\s*-?\s*(?:kilomet(?:re|er)s?|kms?|miles?)|(?:an|a\s+half[\s-]|one|two)\s*hours?['’]?s?\s+drive)"
             r"\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?\s+of|(?:away\s+)?from|outside(?:\s+of)?|"
             r"(?:up|down|along)\s+the\s+coast\s+from)\s+")
_TOWN = r"((?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2})"
# after the town: an administrative area ('Kanifing Municipality', 'Y Province'), what it is ('a lakeside town'),
# then the distance
_TOWN_TAIL = (r"(?:,\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3})?,\s+"
              r"(?:(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?(?:town|village|resort|suburb|city|district|area|municipality|"
              r"locality|enclave|settlement|spa|port)\s+"
              # where it lies: 'a rural district in the hills some 60 km north of', 'a town on the lake shore 30 km from'
              r"(?:(?:in|on|among|amid|by|along)\s+the\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+)?)?" + _DISTANCE)
# a town placed within the area of the city or region the story names: 'in X, on the southern coast of Y', 'in X, on
# the shores of Y', 'in X, in the hills above Y' (the venue's own town; Y is only its surroundings)
_LOCATED_TAIL = (r",\s+(?:on|in|at|along)\s+the\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+|far\s+\w+\s+|"
                 r"rugged\s+|sandy\s+)?(?:coast(?:line)?|shores?|banks?|tip|outskirts|fringes?|foothills|hills)\s+"
                 r"(?:of|above|outside|near)\s+")
# the venue, right before 'in <town>': 'at the conference complex in', 'held in', 'the summit in', 'in the resort town of'
_VENUE_BEFORE = re.compile(
    r"(?:\b(?:conference|convention|congress|summit|exhibition|expo|international|events?|state)\s+(?:centre|center|"
    r"complex|hall|palace|venue|site|grounds|village)|\b(?:held|hosted|staged|convened|opened|closed|met|gathered|"
    r"assembled|took\s+place|takes\s+place|taking\s+place|came\s+to\s+a\s+close|summit|session|meeting|gathering|"
    r"talks)|\b(?:resort|hotel|lodge|retreat|estate|palace|castle|manor|ch[aâ]teau))\s+(?:[\w'’-]+\s+){0,3}?(?:in|at)\s+(?:the\s+(?:[a-z]+\s+)?(?:town|village|resort|suburb|city|district)\s+of\s+)?$",
    re.I)
_SUMMIT = re.compile(r"\b(?:summits?|session|assembly|meeting|talks|gathering|conference|leaders|heads\s+of\s+(?:state|"
                     r"government))\b", re.I)
# a place in the clause that is not where the leaders meet: a residence, an airport, a side event, the fringe
_NOT_VENUE = re.compile(r"\b(?:airports?|airfields?|air\s+base|villas?|lodg\w*|accommodat\w*|stay(?:ed|ing|s)?|"
                        r"residen\w*|homes?|born|lives?|lived|side[\s-]events?|sidelines|business\s+forum|fringe|"
                        r"protests?|protesters|camps?|press\s+cent(?:re|er)|media\s+cent(?:re|er)|(?:next|last|previous)\s+"
                        r"(?:summit|session|meeting|year))\b", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_CLAUSE_CUT = re.compile(r"[;:—–(]|\.\s|\s(?:but|while|whereas|after|before|when|where)\s", re.I)


def venue_town(sentences: list[Sentence], city: str | None, published: str | None = None) -> str | None:
    """Return the town a summit sentence places the venue in, at a distance from the capital or from `city` (the
    host city found otherwise): 'came to a close at the conference complex in X, Y Municipality, some twenty
    kilometres from the capital' -> 'X'. None when no sentence does, or the town is `city` itself, or the sentence
    dates its meeting in another year than the report's ('first met in 2009, in X, 300 km from Y': history)."""
    # the capital, the host city's centre ('the city centre', 'downtown X', 'central X', 'the centre of X') or the city
    target = (r"the\s+(?:(?-i:[A-Z])[\w'’-]+\s+)?capital\b|the\s+(?:city|town)(?:['’]s)?\s+cent(?:re|er)\b|"
              r"the\s+cent(?:re|er)\s+of\s+(?:the\s+)?(?:capital|city)\b|downtown\b" +
              (r"|(?:(?:downtown|central)\s+|the\s+cent(?:re|er)\s+of\s+)?" + re.escape(city) + r"\b" if city else ""))
    rx = re.compile(r"\b(?:in|at)\s+(?:the\s+(?:[a-z]+\s+)?(?:town|village|resort|suburb|city|district)\s+of\s+)?" + _TOWN +
                    r"(?:" + _TOWN_TAIL + r"|" + _LOCATED_TAIL + r")(?:" + target + r")", re.I)
    for s in sentences:
        if s.kind in ("title", "credit") or not _SUMMIT.search(s.text) or any(
                y != (published or "")[:4] for y in _YEAR.findall(s.text)):
            continue
        for m in rx.finditer(s.text):
            town = m.group(1)
            before = s.text[max(0, m.start() - 160): m.start(1)]
            cuts = [c.end() for c in _CLAUSE_CUT.finditer(before)]
            clause = before[cuts[-1]:] if cuts else before
            if town == city or not _VENUE_BEFORE.search(clause) or _NOT_VENUE.search(clause):
                continue
            if re.fullmatch(r"(?:The|A|An|This|That|Its|Their)", town.split()[0]):
                continue
            return town
    return None
