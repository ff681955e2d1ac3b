"""Title-name-of-country frames: who a name is, in which role, for which country or organisation."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from pipeline.model import Mention, Person, Sentence
from pipeline.people import STOPWORDS, name_runs, resolve_run, strip_honorifics, title_holder, with_resolution
from pipeline.place_names import part_of_place_name
from pipeline.reference import Reference
from pipeline.resolve import Resolution, _alias_keys
from pipeline.textnorm import norm

PLACE_KINDS = ("country", "demonym", "org")
RANK_ORDER = {"head": 0, "official": 1, "deputy": 2, "minister": 3, "other": 4}
_OF = re.compile(r"^\s+of\s+(?:the\s+)?$")
# an office of a body, right before the body's name: 'Secretary of the ', 'Executive Director of the '
_ORG_TITLE = re.compile(r"(?-i:(?:Executive\s+|Deputy\s+|General\s+)?(?:Secretary|Secretary-General|Chairman|Chairwoman|"
                        r"Chairperson|Director|Director-General|Commissioner|Coordinator|Head))\s+of\s+(?:the\s+)?$")
_COMMA = re.compile(r"^\s*,\s*(?:the\s+|a\s+|an\s+)?$")
_COMMA_ONLY = re.compile(r"^\s*,\s*$")
# 'chairman of the board of the Eurasian Economic Commission': an office of the organ named after it
_OF_BOARD = re.compile(r"^\s+of\s+(?:the\s+)?(?:(?:executive|governing|management)\s+)?(?:board|presidium|collegium)"
                       r"\s+of\s+(?:the\s+)?$", re.I)
# 'X Y, the president's adviser, attended the signing': an unknown name opening a sentence whose verb is attending
_SUBJECT_ATTENDS = re.compile(r"^(?:\s*,[^;]{0,200}?,)?\s+(?:also\s+)?(?:attended|took\s+part\s+in|"
                              r"(?:was|were)\s+(?:also\s+)?(?:present|in\s+attendance)\b|"
                              # 'X Y will lead New Zealand's delegation'
                              r"(?:will\s+(?:again\s+|also\s+)?)?(?:lead|leads|led|head|heads|headed)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
                              r"delegation\b)")
_ROLE_TAIL = re.compile(r"^(?:\s+of\s+the\s+(?:[A-Z][\w-]*\s+){1,3}|\s+of\s+(?:[A-Z][\w-]*(?:,\s+|\s+)(?:and\s+)?){1,5}|\s+(?:of\s+State\s+)?for\s+(?:[A-Z][\w-]*\s+|and\s+){1,4})?\s*$")
_POSSESSIVE_GAP = re.compile(r"^(?:['’]s)?\s+(?:new\s+)?$")  # "Italy's new Prime Minister"
_AND = re.compile(r"^\s+and\s+$")
_NAME_NEXT = re.compile(r"^\s+(?:Sheikh\s+|Dr\.?\s+|Mr\.?\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)")
_ROLE_END = re.compile(r"^(?:\s+for\s+(?:[A-Z][\w-]*\s*|and\s+){1,4})?\s*(?:[,;.)]|who\b|and\b|$)")  # ', Minister for Defence Affairs.'

_REP_PHRASE = re.compile(r"\b(?:(?:represented|led)(?:\s*,[^,;.]{2,60},\s*|\s+(?:\w+\s+){0,2}?)by\s+(?:its|his|her|their|the)|(?:send|sent|sends|sending|dispatch|dispatches|dispatched|dispatching)\s+(?:a|an|its|his|her|their)|"
                         # 'delegated the trip to his economy minister, X'
                         r"delegat(?:ed|es|ing)\s+(?:the\s+(?:trip|journey|visit|task|job)\s+)?to\s+(?:a|an|its|his|her|their))"
                         r"\s+[^,;.()]{3,80},\s*$", re.I)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
_COMMA_NAME_NEXT = re.compile(r"^\s*,\s+(?:Dr\.?\s+|Mr\.?\s+|Ms\.?\s+)?[A-Z][\w'’.-]+\s+[A-Z][\w'’.-]+")
_LIST_NAME_BEFORE = re.compile(r",\s+(?:the\s+)?[^,;.]{0,60},\s*[^,;.]{0,40}$")
_FORMER_BEFORE = re.compile(r"\b(?:former|ex-?|the\s+late|then-)\s*$", re.I)


@dataclass(frozen=True)
class Frame:
    role: str | None = None
    modifier: str | None = None
    place: Mention | None = None
    start: int = 0
    end: int = 0


def _before(mentions: list[Mention], pos: int, text: str, offset: int, gap: re.Pattern[str]) -> Mention | None:
    """Return the mention that ends just before `pos`, separated by a gap matching `gap`."""
    i = _ends(mentions, pos)
    if i == 0:
        return None
    m = mentions[i - 1]
    return m if pos - m.end < 240 and gap.match(text[m.end - offset: pos - offset]) else None


def _after(mentions: list[Mention], pos: int, text: str, offset: int, gap: re.Pattern[str]) -> Mention | None:
    """Return the mention that starts just after `pos`, separated by a gap matching `gap`."""
    i = bisect.bisect_left(mentions, pos, key=lambda m: m.start)
    if i == len(mentions):
        return None
    m = mentions[i]
    return m if m.start - pos < 240 and gap.match(text[pos - offset: m.start - offset]) else None


def _ends(mentions: list[Mention], pos: int) -> int:
    """Return how many mentions end at or before `pos` (mentions do not overlap, so ends are sorted)."""
    return bisect.bisect_right(mentions, pos, key=lambda m: m.end)


def _left_frame(mentions: list[Mention], a: int, text: str, offset: int) -> Frame:
    """Read '[Country's|Demonym|Org] [acting] Role NAME' to the left of a name."""
    role = _before(mentions, a, text, offset, _ROLE_TAIL)
    if role is not None and role.kind in PLACE_KINDS and role.kind != "demonym":  # 'President of Kazakhstan K. Tokayev'
        place, role = role, (_before(mentions, role.start, text, offset, _OF)  # 'Chairman of the Board of the X Commission'
                             or _before(mentions, role.start, text, offset, _OF_BOARD))
        if role is not None and role.kind == "role":
            return Frame(role.entity_id, role.form if role.form != "role" else None, place, role.start)
        title = _ORG_TITLE.search(text[max(0, place.start - offset - 60): place.start - offset])
        if place.kind == "org" and title:  # 'Secretary of the X Council Y Z': an office of the body, not in the roles
            return Frame(place=place, start=place.start - len(title.group(0)))
        return Frame(start=a)
    if role is None:  # "Uruguay's president, Luis Lacalle Pou,": an owned title set off by a comma
        role = _before(mentions, a, text, offset, _COMMA_ONLY)
        title = (_before(mentions, role.start, text, offset, _OF)
                 if role is not None and role.kind in ("country", "org") else None)
        if title is not None and title.kind == "role" and _THE_BEFORE.search(
                text[max(0, title.start - offset - 5): title.start - offset]):  # 'the Director-General of the WTO, X,'
            return Frame(title.entity_id, title.form if title.form != "role" else None, role, title.start)
        owner = (_before(mentions, role.start, text, offset, _POSSESSIVE_GAP)
                 if role is not None and role.kind == "role" else None)
        if owner is None and role is not None and role.kind == "role" and _THE_BEFORE.search(
                text[max(0, role.start - offset - 5): role.start - offset]) and text[role.start - offset].isupper():
            # 'the Foreign Secretary, Sir X,', 'flanked by the Chancellor, Y': a capitalised office of the story's state
            return Frame(role.entity_id, role.form if role.form != "role" else None, None, role.start)
        if owner is None or owner.kind == "country" and owner.form != "possessive" or owner.kind == "org" and not (
                _THE_BEFORE.search(text[max(0, owner.start - offset - 5): owner.start - offset])):
            return Frame(start=a)  # but 'the UN secretary general, X,', 'the IMF's managing director, Y,': the org's head
    if role is None or role.kind != "role":
        return Frame(start=a)
    place = _before(mentions, role.start, text, offset, _POSSESSIVE_GAP)
    place = place if place and place.kind in PLACE_KINDS else None
    modifier = role.form if role.form != "role" else None
    return Frame(role.entity_id, modifier, place, place.start if place else role.start)


def _right_frame(mentions: list[Mention], b: int, text: str, offset: int, has_role: bool) -> Frame:
    """Read '(Country)', 'of Country', ', Role of Country' or ', Country's role' to the right of a name."""
    m = _after(mentions, b, text, offset, re.compile(r"^\s*\(\s*$"))
    if m and m.kind in PLACE_KINDS and text[m.end - offset: m.end - offset + 1] == ")":
        return Frame(place=m, end=m.end + 1)
    if has_role:
        m = _after(mentions, b, text, offset, _OF)
        return Frame(place=m, end=m.end) if m and m.kind in PLACE_KINDS else Frame(end=b)
    return _appositive(mentions, b, text, offset)


def _appositive(mentions: list[Mention], b: int, text: str, offset: int) -> Frame:
    """Read ', [former] Role of Place [and Role of Place]' or ', Place's Role' after a name."""
    first = _after(mentions, b, text, offset, _COMMA)
    best = Frame(end=b)
    while first is not None:
        if first.kind == "role":
            place = (_after(mentions, first.end, text, offset, _OF)
                     or _after(mentions, first.end, text, offset, _OF_BOARD))
            if place is None or place.kind not in PLACE_KINDS:
                bare = _ROLE_END.match(text[first.end - offset: first.end - offset + 40])
                return Frame(first.entity_id, first.form if first.form != "role" else None, end=first.end) if (
                    bare and best.role is None) else best
            if _NAME_NEXT.match(text[place.end - offset: place.end - offset + 40]):
                return best  # ', President of Pakistan Shehbaz Sharif': the title of the next name
            frame = Frame(first.entity_id, first.form if first.form != "role" else None, place, end=place.end)
        elif first.kind in PLACE_KINDS:
            role = _after(mentions, first.end, text, offset, _POSSESSIVE_GAP)
            if role is None or role.kind != "role" or _NAME_NEXT.match(text[role.end - offset: role.end - offset + 40]):
                return best
            if _COMMA_NAME_NEXT.match(text[role.end - offset: role.end - offset + 40]) and (
                    text[max(0, b - offset - 200): b - offset].rstrip().endswith(",") or _LIST_NAME_BEFORE.search(
                        text[max(0, b - offset - 200): b - offset])):
                return best  # 'the UN's chief, X, the IMF's head, Y,': a list of titled names; the title is Y's
            frame = Frame(role.entity_id, role.form if role.form != "role" else None, first, end=role.end)
        else:
            return best
        if best.role is None or best.modifier == "former":
            best = frame
        first = _after(mentions, frame.end, text, offset, _AND)
    return best


def _place_name(ref: Reference, place: Mention | None) -> tuple[str | None, str | None]:
    """Return (entity id, display name) of a place mention: a country, or an organisation."""
    if place is None:
        return None, None
    return place.entity_id, place.canonical


def _office_fallback(ref: Reference, person_id: str, day: str | None) -> tuple[str | None, str | None, bool]:
    """Return (role, place, acting) of the most senior office a person held on `day`."""
    offices = ref.offices_of(person_id, day)
    if not offices:
        return None, None, False
    ranks = {r.name: r.rank for r in ref.roles}
    best = min(offices, key=lambda o: RANK_ORDER.get(ranks.get(o.role, "other"), 5))
    return best.role, best.place, best.acting


def _named_in_parenthesis(mentions: list[Mention], a: int, b: int, text: str, offset: int) -> bool:
    """'the leaders of Canada (Jean Chrétien), New Zealand (Jim Bolger) and Ghana': a name in parentheses right after
    its country, the country's representative though the dictionary lacks the name."""
    return bool(re.match(r"\s*\)", text[b - offset:])) and any(
        m.kind == "country" and re.fullmatch(r"\s*\(\s*", text[m.end - offset: a - offset]) for m in mentions)


def _holder_of_a_named_state(ref: Reference, res: Resolution, name: str, role: str, day: str | None,
                             mentions: list[Mention], offset: int, length: int) -> Resolution:
    """'Saudi Arabia: the foreign minister, on behalf of King Abdullah': a bare title and name resolved to the holder
    of that title in a state the sentence does not name gives way to the one holder of it in a state it does name."""
    here = {m.canonical for m in mentions if m.kind in ("country", "demonym") and offset <= m.start < offset + length}
    if not here or any(o.place in here for o in ref.offices_of(res.entity_id, day)):
        return res
    key = norm(name)
    alternatives = {r.entity_id: r for c in sorted(here) if (r := title_holder(ref, name, role, c, day)) and any(
        norm(n).split()[:1] == [key] for n in (ref.people[r.entity_id].name, *ref.people[r.entity_id].aliases))}
    return next(iter(alternatives.values())) if len(alternatives) == 1 else res


def find_people(sentence: Sentence, mentions: list[Mention], ref: Reference, day: str | None,
                known: list[Person]) -> list[Person]:
    """Return the people named in a sentence, with role, country and resolution."""
    text, offset = sentence.text, sentence.start
    people: list[Person] = []
    runs = _with_month_surnames(name_runs(text, offset, _unblock_known_surnames(ref, _unblock_first_names(mentions, text, offset),
                                                                             text, offset)),
                                mentions, text, offset)
    paired = _respective_names(runs, mentions, text, offset)
    for a, b, run in runs:
        a, run = _past_portfolio(a, run, text, offset)
        if part_of_place_name(text, a - offset, b - offset, run):
            continue  # 'at the King Hussein Bin Talal Convention Centre': a venue's name, no one present
        left = _left_frame(mentions, a, text, offset)
        right = _right_frame(mentions, b, text, offset, left.role is not None)
        owner = _before(mentions, a, text, offset, _POSSESSIVE_ONLY) if left.role is None else None
        if owner is not None and owner.kind == "country" and right.place is not None and \
                right.place.entity_id != owner.entity_id:
            right = Frame(end=b)  # "Kazakhstan's X, the Sultan of Brunei, ...": the next item of a list, not X's title
        role, modifier = left.role or right.role, left.modifier or right.modifier
        place = left.place or right.place
        nationality = _nationality_of_official(left, right)
        if nationality:  # 'Secretary-General X of the Netherlands': the body's official, Dutch by birth
            place = None
        if a in paired and role is None and place is None:  # 'A and B, whose presidents, X and Y,'
            role, place = paired[a]
        place_id, place_name = _place_name(ref, place)
        name = strip_honorifics(run)
        res = resolve_run(ref, run, role, place_name, day, known + people,
                          owner.canonical if owner is not None and owner.kind in ("country", "org") else None)
        if res.entity_id and place is None and role and len(name.split()) == 1:
            res = _holder_of_a_named_state(ref, res, name, role, day, mentions, offset, len(text))
        of_country = (None if place is not None or res.entity_id or nationality
                      else _of_country(mentions, b, text, offset, name, a))
        if of_country is not None:  # 'François Hollande of France': an unknown name, a country after it
            place = of_country
            place_id, place_name = _place_name(ref, place)
        if not res.entity_id and name.isupper() and text.count(" ") and sum(c.isupper() for c in text) > 0.6 * sum(
                c.isalpha() for c in text):
            continue  # 'KYRGYZ LEADER JOINS EURASIAN UNION TALKS': a headline in capitals names no one it does not know
        if not res.entity_id and (len(name.split()) < 2 or name.split()[-1] in _BODY_NOUNS | _PLACE_NOUNS
                                  or role is None and left.place is None and not _REP_PHRASE.search(
                text[max(0, a - offset - 120): a - offset]) and not _owned_name(mentions, a, text, offset, name)
                                                  and not _attending_subject(text, a, b, offset, name)
                                                  and not _stand_in_subject(text, b, offset, name)
                                                  and not _named_in_parenthesis(mentions, a, b, text, offset)
                                                  and not _rep_direct(text[max(0, a - offset - 80):
                                                                           a - offset], name)
                                                  and of_country is None):
            continue
        if role is None and place is None and not res.entity_id:
            place = _before(mentions, a, text, offset, _POSSESSIVE_ONLY)
            office_org = _opening_office_org(mentions, a, text, offset) if place is None else None
            if office_org is not None:
                place = office_org
                place_id, place_name = _place_name(ref, place)
        mention = Mention("person", a, b, run, res.entity_id, res.canonical, res.method, res.score)
        start = min(left.start, a) if left.role else a
        former = modifier in ("former", "ex", "late") or (right.modifier == "then" and left.role is None) or bool(_FORMER_BEFORE.search(text[max(0, start - offset - 20): start - offset]))
        person = Person(mention, name, "", "", role, place_id, place_name, "", 0.0,
                        acting=modifier in ("acting", "interim", "caretaker"), former=former,
                        start=start, end=max(right.end, b))
        person = with_resolution(person, res, name)
        if res.method == "coref" and not person.country_id and person.person_id not in ref.people:
            person = _fill_from_known(person, known + people)
        person = _fill_from_offices(ref, person, day)
        if res.method == "coref" and not person.country_id:  # 'Rasmussen' after 'Danish Prime Minister A. F. Rasmussen'
            person = _fill_from_known(person, known + people)
        elif not person.country_id and person.person_id in ref.people:  # a former leader named again in full: the state
            first = _fill_from_known(person, known + people)  # of the earlier mention, not its role
            person = replace(person, country_id=first.country_id, country=first.country)
        people.append(person if nationality else
                      _fill_from_context(person, mentions, text, offset, [x for x, _, _ in runs if x > b]))
    for i, p in enumerate(people[:-1]):  # 'X, an adviser, is standing in for Y': X is of Y's state
        m = _STANDS_IN_AFTER.match(text[p.end - offset:])
        nxt = people[i + 1]
        if not p.country_id and nxt.country_id and m and nxt.start - p.end - m.end() <= 20:
            people[i] = replace(p, country_id=nxt.country_id, country=nxt.country)
    return _for_represented_org(_owned_office(people, mentions, text, offset), mentions, text, offset)


# 'X and his conservative Prime Minister, Y,': an office owned by the one named just before
_OWNED_OFFICE = re.compile(r"\b(?:and|with)\s+(?:his|her)\s+(?:[a-z][\w-]*\s+){0,2}$")


def _owned_office(people: list[Person], mentions: list[Mention], text: str, offset: int) -> list[Person]:
    """'President X and his Prime Minister, Y,': Y, of no known country, holds that office in X's country."""
    out = list(people)
    for i, p in enumerate(out[1:], 1):
        owner = out[i - 1]
        role = _before(mentions, p.mention.start, text, offset, _COMMA_ONLY)
        if p.country_id or not owner.country_id or role is None or role.kind != "role" or not _OWNED_OFFICE.search(
                text[owner.mention.end - offset: role.start - offset]):
            continue
        out[i] = replace(p, role=p.role or role.entity_id, country_id=owner.country_id, country=owner.country)
    return out


# 'The European Union was represented by X and by Y, the Czech premier': an organisation's representatives
_ORG_REPRESENTED = re.compile(r"\s+(?:was|were|is|are|will\s+be)\s+(?:also\s+)?represented\s+(?:\w+\s+){0,3}?by\b", re.I)
_REP_CLAUSE_END = re.compile(r"[;.]|,\s+(?:while|but|whereas|and\s+(?-i:[A-Z])[\w'’-]*\s+(?:was|were|sent))\b")


def _for_represented_org(people: list[Person], mentions: list[Mention], text: str, offset: int) -> list[Person]:
    """Give the people named after 'Org was represented by' that organisation, unless the text gives them a state.

    'The EU was represented by Commission President X and by Irish Prime Minister Y': X is the union's official, Y
    keeps his country (the union's presidency is held by his state, not by an office of the union).
    """
    rep = next((r for m in mentions if m.kind == "org" and (r := _ORG_REPRESENTED.match(text, m.end - offset))), None)
    if rep is None:
        return people
    org = next(m for m in mentions if m.kind == "org" and m.end - offset == rep.start())
    a = rep.end()
    cut = _REP_CLAUSE_END.search(text, a)
    b = offset + (cut.start() if cut else len(text))
    return [replace(p, country_id=org.entity_id, country=org.canonical)
            if offset + a <= p.start < b and p.country_id in (None, org.entity_id) else p for p in people]


_POSSESSIVE_ONLY = re.compile(r"^['’]s\s+$")
# 'Minister of Industry, Mines and Trade X Y': the portfolio's last word is not the name's first
_PORTFOLIO_BEFORE = re.compile(r"\bMinister\s+(?:of|for)\s+(?:(?-i:[A-Z])[\w-]*(?:,\s+|\s+)(?:and\s+)?){0,4}$")
# a capitalised word right before a run, outside it: the office ended there ('... of Nepal ', '... Foreign Affairs ')
_WORD_BEFORE_RUN = re.compile(r"(?-i:[A-Z])[\w'’-]*,?\s$")  # (and after a comma: 'the Prime Minister of Belgium, X Y Z')


def _past_portfolio(a: int, run: str, text: str, offset: int) -> tuple[int, str]:
    """Drop a portfolio word from the start of a name run of three words or more that follows 'Minister of'.

    Not when the office's last word stands right before the run, outside it (a country or body the gazetteer
    names, or a stop word the run was cut at): 'Prime Minister of Nepal Pushpa Kamal Dahal', 'Minister of Foreign
    Affairs Arzu Rana Deuba' end the office before the run, and the run is the whole name.
    """
    words = run.split(" ")
    if len(words) < 3 or not _PORTFOLIO_BEFORE.search(text[max(0, a - offset - 80): a - offset]):
        return a, run
    if _WORD_BEFORE_RUN.search(text[max(0, a - offset - 40): a - offset]):
        return a, run
    drop = 1
    while len(words) - drop > 2 and words[drop] in STOPWORDS:  # 'Minister for Economic Affairs X Y'
        drop += 1
    return a + sum(len(w) + 1 for w in words[:drop]), " ".join(words[drop:])
# 'Georgia and Ukraine, whose presidents, X and Y, came': names paired in order with the countries before them
_RESPECTIVE = re.compile(r"^,?\s+(?:whose|their)\s+(presidents|prime\s+ministers|leaders|"
                         r"heads\s+of\s+state),\s+$", re.I)
_PLURAL_ROLES = {"presidents": "President", "prime ministers": "Prime Minister"}
_LIST_GAP = re.compile(r"^(?:\s*,\s*(?:and\s+)?|\s+and\s+)$")


def _respective_names(runs: list[tuple[int, int, str]], mentions: list[Mention], text: str,
                      offset: int) -> dict[int, tuple[str | None, Mention]]:
    """Pair the names of 'A and B, whose presidents, X and Y,' with the countries A and B, in order."""
    out: dict[int, tuple[str | None, Mention]] = {}
    countries = [m for m in mentions if m.kind == "country"]
    for i, c in enumerate(countries):
        first = next((r for r in runs if r[0] > c.end), None)
        cue = _RESPECTIVE.match(text[c.end - offset: first[0] - offset]) if first else None
        if cue is None or first is None:
            continue
        places = [c]
        for prev in reversed(countries[:i]):
            if not _LIST_GAP.match(text[prev.end - offset: places[0].start - offset]):
                break
            places.insert(0, prev)
        names = [first]
        for r in runs[runs.index(first) + 1:]:
            if len(names) == len(places) or not _LIST_GAP.match(text[names[-1][1] - offset: r[0] - offset]):
                break
            names.append(r)
        if len(names) == len(places) > 1:
            role = _PLURAL_ROLES.get(re.sub(r"\s+", " ", cue.group(1).lower()))
            out.update({r[0]: (role, place) for r, place in zip(names, places, strict=True)})
    return out
# A month word that is a surname: not followed by a day, a year or another capitalised word ('May 9', 'May 2019').
_MONTH_SURNAME = re.compile(r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December)"
                            r"(?:['’]s)?(?![\w'’-])(?!\s*(?:\d|[A-Z]))")
_FIRST_NAME_GAP = re.compile(r" (?=[A-Z])")


def _with_month_surnames(runs: list[tuple[int, int, str]], mentions: list[Mention], text: str,
                         offset: int) -> list[tuple[int, int, str]]:
    """Read a month word as a surname right after a first name or a role ('Theresa May', 'Prime Minister May').

    The name reader drops month words at a run's edge (they date things far more often); elsewhere a month stays
    a month.
    """
    if not _MONTH_SURNAME.search(text):
        return runs
    out: list[tuple[int, int, str]] = []
    for a, b, run in runs:
        m = _MONTH_SURNAME.match(text, b - offset + 1) if " " not in run and _FIRST_NAME_GAP.match(text, b - offset) else None
        if m:
            end = b + 1 + len(m.group().removesuffix("’s").removesuffix("'s"))
            run, b = text[a - offset: end - offset], end
        out.append((a, b, run))
    taken = [(a, b) for a, b, _ in out]
    for role in (m for m in mentions if m.kind == "role"):
        m = _MONTH_SURNAME.match(text, role.end - offset + 1) if text[role.end - offset: role.end - offset + 1] == " " else None
        if m and not any(x <= role.end + 1 < y for x, y in taken):
            end = role.end + 1 + len(m.group().removesuffix("’s").removesuffix("'s"))
            out.append((role.end + 1, end, text[role.end + 1 - offset: end - offset]))
    return sorted(out)
_FRAME_GAP = re.compile(r"^(?:['’]s)?\s+$")
_SURNAME_NEXT = re.compile(r"^\s[A-ZÀ-Ý][\w'’-]+")


def _unblock_first_names(mentions: list[Mention], text: str, offset: int) -> list[Mention]:
    """Let a city that is also a first name start a name ('Paraguay's Santiago Peña', 'President Victoria X').

    Only a one-word city right after a country's possessive or a role, and right before another capitalised word
    that is no mention, is given back to the name reader.
    """
    out = []
    for i, m in enumerate(mentions):
        if m.kind == "city" and " " not in m.text and i > 0 and (
                mentions[i - 1].kind == "role" or mentions[i - 1].kind == "country" and mentions[i - 1].form == "possessive"):
            gap, after = text[mentions[i - 1].end - offset: m.start - offset], text[m.end - offset: m.end - offset + 40]
            nxt = mentions[i + 1] if i + 1 < len(mentions) else None
            if _FRAME_GAP.match(gap) and _SURNAME_NEXT.match(after) and not (nxt and nxt.start <= m.end + 1):
                continue
        out.append(m)
    return out


_GIVEN_BEFORE = re.compile(r"(?-i:[A-Z])[\w'’-]+\s+$")


def _unblock_known_surnames(ref: Reference, mentions: list[Mention], text: str, offset: int) -> list[Mention]:
    """Let a one-word city that ends a known person's name be read as that name ("Malta's Joseph Muscat"): the given
    name right before it and the city make one of the reference's people."""
    out = []
    for m in mentions:
        if m.kind == "city" and " " not in m.text and (g := _GIVEN_BEFORE.search(text[max(0, m.start - offset - 30): m.start - offset])):
            if norm(g.group(0).strip() + " " + m.text) in _alias_keys(ref):
                continue
        out.append(m)
    return out


_NOT_NAME_WORDS = {"Court", "Party", "Army", "Airlines", "Airways", "Bank", "Ministry", "Council", "Parliament", "Senate",
                   "Congress", "Navy", "Air", "Force", "Forces", "Group", "Company", "Corporation", "Media", "Times", "Post",
                   "Daily", "Office", "Palace", "House", "Prize", "University", "Institute", "Foundation", "Committee",
                   "Agency", "Service", "Police", "Guard", "Team", "Cup", "Club", "Fund", "Embassy", "Mission", "Forum",
                   "Games", "Open", "Festival", "Airport", "Stadium", "Railways", "Oil", "Gas", "Energy", "Holdings"}


# the last word of a place's name, never of a person's: 'King Fahd International Airport', 'the Black Sea'
# (not words that are also surnames: 'Hall', 'Park', 'Lake', 'Bay', 'Street')
_PLACE_NOUNS = frozenset({"Airport", "Airbase", "Sea", "Ocean", "Gulf", "Strait", "Straits", "Port", "Harbour", "Harbor",
                          "Palace", "Square", "Avenue", "Bridge", "Mosque", "Cathedral", "Stadium", "Hotel", "Island",
                          "Islands", "Mountains", "Valley", "Canal", "Gardens", "Base", "Peninsula", "Desert", "Province",
                          "Region"})
# the last word of a body's name, never of a person's: 'the Executive Committee', 'the Diplomatic Academy'
_BODY_NOUNS = frozenset({"Academy", "Agency", "Assembly", "Association", "Bank", "Centre", "Center", "Commission",
                         "Committee", "Council", "Court", "Embassy", "Federation", "Forum", "Foundation", "Fund",
                         "Institute", "Ministry", "Mission", "Office", "Parliament", "Secretariat", "Society",
                         "University"})


def _owned_name(mentions: list[Mention], a: int, text: str, offset: int, name: str) -> bool:
    """'Chile's Gabriel Boric': an unknown two- or three-word name right after a country's possessive.

    A name with a family particle may run to five words ('Mauritania's Mohamed Ould Abdel Aziz').
    """
    words = name.split()
    place = _before(mentions, a, text, offset, _POSSESSIVE_ONLY)
    longest = 5 if set(words) & _NAME_PARTICLES else 3
    rest = text[a - offset:]
    after = rest[rest.find(name) + len(name):] if name in rest else ""
    if len(words) == 4 and re.match(r"\s*(?:,|and\b|\(|(?-i:[a-z]))", after) and _FOUR_WORDS.match(name):
        longest = 4  # 'Spain's José Luis Rodríguez Zapatero, ...' or '... Zapatero has': two given and two family names
    body = re.match(r"\s+([\w'’-]+)", after)  # 'Yemen's Presidential Leadership Council': a body's name, cut short
    return bool(place and place.kind == "country" and 2 <= len(words) <= longest
                and not set(words) & _NOT_NAME_WORDS and not (body and body.group(1) in _NOT_NAME_WORDS | _BODY_NOUNS))


_FOUR_WORDS = re.compile(r"^(?:(?-i:[A-Z])[\w'’-]+\s){3}(?-i:[A-Z])[\w'’-]+$")
_NAME_PARTICLES = {"Ould", "bin", "Bin", "ibn", "Ibn", "Abdel", "Abdul", "Abd", "Al", "al", "El", "el", "Abu",
                   "bint", "Ben", "de", "De", "da", "Da", "dos", "van", "Van", "von", "der", "del"}
# 'represented by X', 'The delegation was headed by Sheikh X', 'sent Sayyid X', 'in place of X':
# a name the cue introduces
# 'led by presidential adviser X', 'headed by the deputy minister Y': an office in lower case may come between
_REP_DIRECT = re.compile(r"\b(?:(?:represented\s+(?:\w+\s+){0,4}?by|delegation\s+(?:[\w,]+\s+){0,4}?(?:led|headed)\s+"
                         r"(?:\w+\s+){0,2}?by)\s+(?:(?-i:[a-z])[\w'’-]*\s+){0,3}?|(?:led|headed)\s+(?:\w+\s+){0,4}?by\s+|"
                         r"(?:send|sends|sending|sent|dispatch|dispatches|dispatched|dispatching)\s+|in\s+place\s+of\s+)(?:(?-i:[A-Z])[\w'’.-]*\s+){0,4}?(?:(?-i:[A-Z])[\w'’.-]*\s+and\s+)?$", re.I)
_NAME_WORDS_EXTRA = {"Republic", "Kingdom", "Emirates", "States", "Government", "Union", "Nations", "Islands"}


def _rep_direct(before: str, name: str) -> bool:
    """Return True for an unknown name of two to five words introduced by a representation cue."""
    words = name.split()
    longest = 5 if set(words) & _NAME_PARTICLES else 3
    return bool(_REP_DIRECT.search(before)) and 2 <= len(words) <= longest and not set(words) & (
        _NOT_NAME_WORDS | _NAME_WORDS_EXTRA)


def _of_country(mentions: list[Mention], b: int, text: str, offset: int, name: str, a: int | None = None) -> Mention | None:
    """'François Hollande of France': the country owning an unknown two- or three-word name before it."""
    words = name.split()
    if not 2 <= len(words) <= 3 or set(words) & (_NOT_NAME_WORDS | _NAME_WORDS_EXTRA):
        return None
    a = b - len(name) if a is None else a
    m = _after(mentions, b, text, offset, re.compile(r"^\s+of\s+$"))
    if m is not None and m.kind == "country":  # not 'the Halk Maslahaty of Turkmenistan': a body's name after an article
        return None if re.search(r"\b(?:the|its|their)\s+$", text[max(0, a - offset - 8): a - offset], re.I) else m
    # 'Christine Lagarde of the IMF': an unknown name owned by the organisation after it
    m = _after(mentions, b, text, offset, re.compile(r"^\s+of\s+the\s+$"))
    if m is None or m.kind != "org" or set(words) & _EVENT_WORDS:
        return None
    # not 'the 45th Ordinary Session of the ...', a body's or meeting's title after an article
    return None if re.search(r"\b(?:the|a|an|its|their|this|\d+\w*)\s+$", text[max(0, a - offset - 12): a - offset], re.I) else m


_EVENT_WORDS = {"Session", "Summit", "Assembly", "Conference", "Meeting", "Commission", "Secretariat", "Authority",
                "Ordinary", "Extraordinary", "Heads", "Day", "Charter", "Treaty", "Declaration", "Board", "Secretary"}


# the offices of an organisation's secretariat, never of a state: 'of <country>' after such a titled name is nationality
SECRETARIAT_OFFICES = frozenset({"Secretary-General", "Deputy Secretary-General", "Director-General", "Managing Director",
                                  "Executive Secretary"})


def _nationality_of_official(left: Frame, right: Frame) -> bool:
    """Return True for 'Secretary-General X of the Netherlands': a secretariat title with no body named before the
    name, and a country after it, which is where the official comes from, not whose official he is."""
    return (left.role in SECRETARIAT_OFFICES and left.place is None and right.place is not None
            and right.place.kind == "country")


def _fill_from_context(person: Person, mentions: list[Mention], text: str, offset: int,
                       later_names: list[int] = ()) -> Person:  # type: ignore[assignment]
    """Give a person with no country the sentence's country: the one country named, else the nearest in the clause.

    ('Also in Apia was X, a deputy prime minister, who led Fiji's delegation'; 'Côte d'Ivoire sent Vice President X').
    """
    if person.country_id:
        return person
    heads = [m for m in mentions if m.kind == "org" and m.start >= person.end
             and _HEADS_ASIDE.match(text[person.end - offset: m.start - offset])][:1]
    if heads:  # 'X, the Luxembourger who heads the European Commission': the body X heads, not the state X is from
        return replace(person, country_id=heads[0].entity_id, country=heads[0].canonical)
    led = [m for m in mentions if m.kind in ("country", "demonym") and m.start >= person.end
           and _LED_ASIDE.match(text[person.end - offset: m.start - offset])][:1]
    if led:  # 'X, who represented Botswana,', 'Y, who led the Zambian delegation': the country X stood for
        return replace(person, country_id=led[0].entity_id, country=led[0].canonical)
    rep = _REP_SUBJECT.search(text[max(0, person.start - offset - 160): person.start - offset])
    if rep is not None:  # 'with the European Union, a member in its own right, represented by X and Y'
        cue = person.start - (len(text[max(0, person.start - offset - 160): person.start - offset]) - rep.start())
        asides = [(offset + x.start(), offset + x.end()) for x in _ASIDE.finditer(text[: cue - offset])]
        owner = [m for m in mentions if m.kind in ("country", "demonym", "org") and m.end <= cue
                 and not any(x <= m.start and m.end <= y for x, y in asides)
                 and not re.search(r"[;.]|,\s+(?:while|but|whereas)\b|,\s+(?:and\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+){1,3}['’]s\s",
                                   text[m.end - offset: cue - offset])][-1:]
        if owner:
            return replace(person, country_id=owner[0].entity_id, country=owner[0].canonical)
    # a country after another name is that name's ('For X, ... to meet Y, who was elected China's President'); a name
    # right after the person's own is a nickname ("Pushpa Kamal Dahal 'Prachanda', Prime Minister of Nepal")
    places = [m for m in mentions if m.kind in ("country", "demonym")
              and not any(person.end + 3 < n < m.start for n in later_names)
              # 'X opens the summit on behalf of the Queen; India represented by Y': another clause's country
              and ";" not in text[min(m.end, person.end) - offset: max(m.start, person.start) - offset]]
    if len({m.entity_id for m in places}) != 1:
        a = person.start
        places = [m for m in places if m.end <= a and not re.search(r"[;.]|,\s+(?:while|but|and|whereas)\b", text[m.end - offset: a - offset])][-1:]
    if not places:
        return person
    return replace(person, country_id=places[-1].entity_id, country=places[-1].canonical)


_ASIDE = re.compile(r",\s*(?:who|whose|which|a|an)\s[^,;.]*,", re.I)
# ', the Belgian who chairs the ', ', a Dane who now heads the ', ', who leads the ': a body headed now, named next (not
# 'who once headed', 'who heads the Belgian delegation')
_HEADS_ASIDE = re.compile(r"^\s*,\s*(?:(?:the|a|an)\s+(?:[\w'’-]+\s+){1,2})?who\s+(?:also\s+|now\s+|currently\s+)?"
                          r"(?:heads|chairs|leads|presides\s+over|runs)\s+(?:the\s+)?$", re.I)
# ', who represented ', ', who led the ', ', who headed his country's ... delegation of ': an aside naming the state led
_LED_ASIDE = re.compile(r"^\s*,\s*who\s+(?:also\s+|had\s+|has\s+|will\s+)?(?:represented|represents|represent|led|leads|lead|"
                        r"headed|heads|head)\s+(?:the\s+)?(?:delegation\s+of\s+(?:the\s+)?)?$", re.I)  # 'Russia, whose leader is wanted by the ICC,'
_REP_SUBJECT = re.compile(r"\b(?:is|are|was|were|be|,)?\s*represented\s+(?:\w+\s+){0,3}?by\s+"
                          r"(?:(?-i:[A-Z])[\w'’.-]*\s+){0,4}?(?:(?-i:[A-Z])[\w'’.-]*\s+and\s+)?"
                          r"(?:(?-i:[A-Z])[\w'’.-]*\s+){0,4}$", re.I)


# 'X, an adviser, who is standing in for the president at the sessions': the stand-in of someone named after
_STANDS_IN_AFTER = re.compile(r"^(?:\s*,[^;.]{0,160}?)?,?\s+(?:who\s+)?(?:(?:is|was|will\s+be)\s+)?(?:also\s+)?"
                              r"(?:standing|stood|stands|filling|fills|filled)\s+in\s+for\b")


def _stand_in_subject(text: str, b: int, offset: int, name: str) -> bool:
    """Return True for a two- or three-word name whose clause says it stands in for someone."""
    words = name.split()
    return 2 <= len(words) <= 3 and not set(words) & (_NOT_NAME_WORDS | _NAME_WORDS_EXTRA) and bool(
        _STANDS_IN_AFTER.match(text[b - offset:]))


def _attending_subject(text: str, a: int, b: int, offset: int, name: str) -> bool:
    """Return True for a two- or three-word name that opens the sentence and attends ('X, an aide, attended'), or
    that names the office opening it ('The UN's envoy for the region, X, also attended')."""
    words = name.split()
    before = text[: a - offset]
    return 2 <= len(words) <= 3 and not set(words) & _NOT_NAME_WORDS and (
        not before.strip(" \"“‘'") and bool(_SUBJECT_ATTENDS.match(text[b - offset:]))
        or bool(_OFFICE_OPENING.match(before) and _APPOSED_ATTENDS.match(text[b - offset:])))


def _opening_office_org(mentions: list[Mention], a: int, text: str, offset: int) -> Mention | None:
    """'The UN special envoy for the region, X, attended': the body whose office opens the sentence before X."""
    if not _OFFICE_OPENING.match(text[: a - offset]):
        return None
    return next((m for m in mentions if offset <= m.start < a and m.kind == "org"), None)


# 'The U.N. special representative for West Africa, X, also attended': the sentence opens with an office in lower case
_OFFICE_OPENING = re.compile(r"^\W*(?:The|An?)\s+(?:[\w.'’-]+\s+){0,3}?(?-i:[a-z])[\w'’-]+\s+(?:[\w.'’-]+\s+){0,8}?"
                             r"[\w.'’-]+\s*,\s*$")
_APPOSED_ATTENDS = re.compile(r"^\s*,\s+(?:also\s+)?(?:attended|took\s+part\s+in|(?:was|were|is|will\s+(?:also\s+)?be)\s+(?:also\s+)?"
                              r"(?:present|in\s+attendance|attending)\b|will\s+(?:also\s+)?attend\b)")


def _fill_from_known(person: Person, known: list[Person]) -> Person:
    """Give a later mention of someone outside the dictionary the role and country of their first mention."""
    first = next((p for p in reversed(known) if p.person_id == person.person_id and p.country_id), None)
    if first is None:
        return person
    return replace(person, role=person.role or first.role, country_id=first.country_id, country=first.country)


def _fill_from_offices(ref: Reference, person: Person, day: str | None) -> Person:
    """Fill a missing role or country from the dictionary's office held on the day."""
    if person.person_id not in ref.people or (person.role and person.country):
        return person
    role, place, acting = _office_fallback(ref, person.person_id, day)
    if place is None and person.role and not person.country:  # 'Deputy Crown Prince X' before the office on file
        places = {o.place for o in ref.offices_of(person.person_id) if o.role == person.role}
        place = places.pop() if len(places) == 1 else None
        role, acting = person.role, False
    if place is None:
        return person
    country = ref.country_named(place)
    place_id = country.id if country else (ref.org_named(place).id if ref.org_named(place) else None)
    if person.country:
        return replace(person, role=person.role or (role if place == person.country else None))
    return replace(person, role=person.role or role, country_id=place_id, country=place, acting=person.acting or acting)
