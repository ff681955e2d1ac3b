"""Finding people in a sentence: name runs, their title-name-of-country frames, and their resolution."""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from pipeline.model import Mention, Person
from pipeline.person_names import ABBREVIATED_STYLES, is_style, match_variant, skeleton, strip_styles
from pipeline.reference import Reference
from pipeline.resolve import Resolution, provisional_id, resolve_person
from pipeline.textnorm import norm

PARTICLES = {"al", "el", "bin", "bint", "ibn", "da", "de", "do", "dos", "das", "del", "della", "di", "van", "von",
             "der", "den", "la", "le", "abu", "ul", "ud", "y", "wa", "bin-", "al-"}
HONORIFICS = ("his majesty", "her majesty", "his highness", "his excellency", "her excellency", "datuk seri", "sayyid",
              "dato seri", "tan sri", "sheikh", "sheikha", "shaikh", "datuk", "dato", "mr", "mrs", "ms", "dr", "sir",
              "dame", "prince", "princess", "h e", "he", "seri", "haji", "tun",
              # 'His' is a stop word, so a run can start at the style itself ('Highness Sheikh X'); Gulf styles
              "his royal highness", "her royal highness", "royal highness", "highness", "majesty", "excellency",
              "hrh", "hh", "hm", "sayyed", "sayed", "shaykh",
              # the courtesy titles of the older British press for continental leaders ('Herr Schmidt', 'Signor Goria')
              "herr", "frau", "signor", "signora", "senor", "senora", "senhor", "senhora", "monsieur", "madame", "mme")
STOPWORDS = {
    "The", "A", "An", "In", "On", "At", "Of", "For", "And", "But", "Or", "As", "By", "To", "From", "With", "While",
    "Although", "Though", "After", "Before", "Since", "When", "Where", "Other", "Others", "Overall", "One", "Two",
    "He", "She", "They", "It", "We", "I", "You", "His", "Her", "Their", "Its", "Our", "This", "That", "These",
    "Those", "There", "Here", "Here’s", "Here's", "Meanwhile", "However", "Also", "Both", "All", "Some", "Many",
    "Leaders", "Leader", "Summit", "Summits", "Council", "Ministry", "State", "States", "Heads", "Government",
    "Press", "Agency", "News", "TV", "Kremlin", "Parliament", "Minister", "Ministers", "President", "Presidents",
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Today", "Tomorrow",
    "Yesterday", "Western", "Eastern", "Northern", "Southern", "Central", "Asia", "Africa", "Europe", "America",
    "Middle", "East", "West", "North", "South", "Global", "Islamic", "Republic", "Kingdom", "Union", "Organisation",
    "Organization", "Convention", "Centre", "Center", "National", "International", "Foreign", "Affairs", "External",
    "Secretary", "General", "Deputy", "Prime", "Crown", "Vice", "Acting", "Former", "Chairman", "Treaty", "Plus",
    "Outlook", "Indo-Pacific", "Community", "Cooperation", "Security", "Development", "Bank", "Saudi", "Twitter", "Facebook", "Telegram", "X", "Reuters", "AP", "AFP", "EPA", "ANI", "TASS", "Xinhua", "PTI",
    "Bernama", "Sputnik", "Anadolu", "Topics", "Discussion", "Discussions", "Potential", "Attendees", "Year",
    "Contributions", "Officials", "People", "Sources", "Source", "Sultan", "King", "Emir", "Queen", "Datuk",
    # a sentence's opening word before a name: 'Neither X nor Y', 'Unlike X', 'Despite X's absence'
    "Neither", "Nor", "Either", "Unlike", "Like", "Besides", "Despite", "Even", "Only", "Not", "Unless", "Until",
    "Whether", "Each", "Every",
}
# Title words and ranks inside a run: the name starts after the last one ('Treasury Secretary Scott Bessent',
# 'Lieutenant General X Y'); so after the body an official heads ('... Anti-Terrorist Structure X Y').
_TITLE_WORDS = {"Secretary", "Minister", "Ministers", "President", "Chairman", "Deputy", "Vice", "Premier", "Chancellor", "Leader",
                "Councillor", "Counsellor", "General", "Colonel", "Lieutenant", "Admiral", "Marshal", "Brigadier",
                "Lieutenant-General", "Major-General",
                "Director", "Commissioner", "Governor", "Ambassador", "Envoy", "Adviser", "Advisor", "Chairperson",
                "Structure", "Committee", "Commission", "Secretariat", "Council", "Agency", "Ministry", "Department",
                "Organisation", "Organization", "Fund", "Bank", "Assembly", "Board"}
# a title-to-be: 'President-elect X', 'Prime Minister-designate Y'
_ELECT_TITLE = re.compile(r"^(?:" + "|".join(sorted(_TITLE_WORDS)) + r")-(?:elect|designate)$", re.I)
_HONORIFIC_HEADS = {h.split()[0] for h in HONORIFICS}
_TOKEN = re.compile(r"[^\W\d_][\w'’.\-]*")
_PREFIX_HEADS = ("al", "el", "ad", "as", "ash", "an", "ar", "at", "az", "bin", "ibn", "abu", "ul", "ud")
# Every token, as _TOKEN finds them, but stretches of plain lower-case words (which can neither start nor continue a
# name run) are consumed in one match with no `tok` group, so the Python loop only sees the tokens that can matter.
# A word starting with a particle ('de', 'al-') is never plain; any other token goes through the full test below.
_PARTICLE_START = "|".join(sorted({p.rstrip("-") for p in PARTICLES} | set(_PREFIX_HEADS), key=len, reverse=True))
# an elided article or preposition glued to a capitalised surname: "d'Estaing", "d’Alema", "dell'Utri", "l'Hôpital"
_ELIDED = r"(?:d|l|dell|dall|degl|de)['’](?=[^\W\d_a-z])"
_PLAIN = rf"(?!(?:{_PARTICLE_START})(?![a-z])|{_ELIDED})[a-z][\w'’.\-]*"
_RUN_TOKENS = re.compile(rf"(?:{_PLAIN}[\W\d_]*)+(?=[^\W\d_]|$)|(?P<tok>[^\W\d_][\w'’.\-]*)")
_PARTICLE_PREFIX = re.compile(r"^(?:(?:al|el|ad|as|ash|an|ar|at|az|bin|ibn|abu|ul|ud)-[^\W\d_]|" + _ELIDED + ")")
_SPEECH_AFTER = re.compile(r"^\s*(?:said|says|told|added|noted|stated|wrote|tweeted)\b")


_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){2,4}")


def _strip_token(tok: str) -> str:
    """Drop a trailing full stop unless the token is an initial, dotted initials ('S.M.') or Jr./Sr."""
    if tok.endswith(".") and len(tok) > 2 and tok[:-1] not in ("Jr", "Sr", "St") and not _DOTTED_INITIALS.fullmatch(tok):
        return tok[:-1]
    return tok


def name_runs(text: str, offset: int, blocked: list[Mention],
              tokens: re.Pattern[str] = _RUN_TOKENS) -> list[tuple[int, int, str]]:
    """Return runs of capitalised tokens (with name particles) outside gazetteer mentions.

    `tokens` is how the text is walked; the default skips plain lower-case words in bulk, and a test checks it
    gives the same runs as walking every token (`_TOKEN`).
    """
    runs: list[tuple[int, int, str]] = []
    current: list[tuple[int, int, str]] = []

    def close() -> None:
        while current and (current[-1][2].lower() in PARTICLES or current[-1][2] in STOPWORDS):
            current.pop()
        while current and (current[0][2].lower() in PARTICLES or current[0][2] in STOPWORDS):
            current.pop(0)
        titles = [i for i, t in enumerate(current[:-1]) if t[2] in _TITLE_WORDS or _ELECT_TITLE.match(t[2])]
        if titles:
            del current[: titles[-1] + 1]
        if current:
            runs.append((current[0][0], current[-1][1], text[current[0][0] - offset: current[-1][1] - offset]))
        current.clear()

    blocked = sorted(blocked, key=lambda x: x.start)
    k = 0
    for m in tokens.finditer(text):
        if tokens is _RUN_TOKENS and m.group("tok") is None:
            continue  # plain lower-case words: they end a run, which the gap test below notices
        tok = _strip_token(m.group())
        possessive = tok.endswith(("’s", "'s")) and len(tok) > 3
        tok = tok[:-2] if possessive else tok
        a, b = offset + m.start(), offset + m.start() + len(tok)
        gap = text[current[-1][1] - offset: m.start()] if current else " "
        while k < len(blocked) and blocked[k].end <= a:
            k += 1
        inside = k < len(blocked) and blocked[k].start < b
        ok = not inside and (tok[0].isupper() or tok.lower() in PARTICLES or bool(_PARTICLE_PREFIX.match(tok)))
        if current and (gap not in (" ", "-") or not ok) and not (
                ok and gap == ". " and norm(current[-1][2]) in ABBREVIATED_STYLES):  # 'Prof. X Y': one run
            close()
        if current and tok in STOPWORDS and _DOTTED_INITIALS.fullmatch(current[-1][2]):
            close()  # 'in the U.K. The ...': initials end the run before a stop word
        if ok and not (not current and tok in STOPWORDS):
            current.append((a, b, tok))
        if possessive or (tok.endswith(".") and len(tok) > 3 and tok not in ("Jr.", "Sr.")
                          and not _DOTTED_INITIALS.fullmatch(tok)):
            close()
    close()
    return runs


def strip_honorifics(name: str) -> str:
    """Remove leading honorifics ('Sheikh', 'Datuk Seri', 'Mr') and courtesy styles, stacked ('Alhaji Dr', see
    person_names.strip_styles) from a name."""
    changed = True
    while changed:
        changed = False
        styled = strip_styles(name)
        if styled != name:
            name, changed = styled, True
        if not name.split() or norm(name.split()[0]) not in _HONORIFIC_HEADS:
            break
        for h in HONORIFICS:
            words = h.split()
            parts = name.split()
            if len(parts) > len(words) and norm(" ".join(parts[: len(words)])) == h:
                name = " ".join(parts[len(words):])
                changed = True
    return name


def resolve_run(ref: Reference, run: str, role: str | None, place: str | None, day: str | None,
                known: list[Person], owner: str | None = None) -> Resolution:
    """Resolve a name run: earlier mentions in the article first, then the dictionaries.

    `owner` is the country or organisation the name is given to with no title ("the OECD's X Y"): it is checked
    against a variant of a reference name (person_names.match_variant), as the frame's place is.
    """
    name = strip_honorifics(run)
    if is_style(name) or norm(name) in HONORIFICS:  # 'Minister Dr' (the name in the next run): no one
        return Resolution(None, None, "none", 0.0)
    if name != run and len(ids := ref.lookup("person", run)) == 1:  # 'Prince Charles': the style is in the alias
        pid = next(iter(ids))
        return Resolution(pid, ref.people[pid].name, "alias", 1.0)
    if len(name.split()) == 1:
        seen: set[str] = set()
        for p in reversed(known):
            if p.person_id in seen:
                continue
            seen.add(p.person_id)
            if p.person_id and _surname_matches(ref, p, name) and not _other_office(ref, p, role, place, day):
                return Resolution(p.person_id, p.canonical, "coref", 0.9)
        res = resolve_person(ref, name, role, place, day)
        if not res.entity_id and role:  # 'King Salman', 'President Putin': a title-name alias
            res = resolve_person(ref, f"{role} {name}", role, place, day)
        if not res.entity_id or place and all(o.place != place for o in ref.offices_of(res.entity_id, day)):
            held = title_holder(ref, name, role, place, day)
            if held:  # 'Crown Prince Abdullah' in 2004; 'King Abdullah' of Saudi Arabia, not the Jordanian alias
                return held
        return res if res.entity_id else Resolution(None, None, "none", 0.0)
    res = resolve_person(ref, name, role, place, day)
    if not res.entity_id:
        res = _resolve_nasab(ref, name) or res
    if not res.entity_id and (pid := match_variant(ref, name, place or owner, day)):  # 'X A.B. Y', 'Al Qathafi', 'Angel Y'
        res = Resolution(pid, ref.people[pid].name, "variant", 0.9)
    if res.entity_id or len(name.split()) > 3:
        return res
    tail = " " + _norm(name)  # 'Lacalle Pou' after 'Luis Lacalle Pou': the compound surname of one named before
    for p in reversed(known):
        if p.person_id and any(_norm(n).endswith(tail) for n in (p.canonical, p.name_as_written) if n):
            return Resolution(p.person_id, p.canonical, "coref", 0.9)
    return res


_NASAB = frozenset({"bin", "ibn", "bint"})


def _resolve_nasab(ref: Reference, name: str) -> Resolution | None:
    """An Arabic name with more links of its lineage than the dictionary gives: 'Mohammed bin Salman bin Abdulaziz
    Al Saud' is 'Mohammed bin Salman Al Saud'. Only the first link is kept; a family name, when written, must be
    the found person's."""
    words = name.split()
    i, links = 1, 0
    while i + 1 < len(words) and words[i].lower() in _NASAB:
        i, links = i + 2, links + 1
    family = " ".join(words[i:])
    if links == 0 or links == 1 and not family:
        return None
    base = " ".join(words[:3])
    for form in ([f"{base} {family}", base] if family else [base]):
        ids = ref.lookup("person", form) if form != name else set()
        if len(ids) != 1:
            continue
        pid = next(iter(ids))
        forms = (ref.people[pid].name, *ref.people[pid].aliases)
        if form == base and family and not any(_norm(n).endswith(" " + _norm(family)) for n in forms):
            return None  # 'Mohammed bin Rashid Al Khalifa' is not Mohammed bin Rashid Al Maktoum
        return Resolution(pid, ref.people[pid].name, "alias", 0.95)
    return None


def title_holder(ref: Reference, token: str, role: str | None, place: str | None, day: str | None) -> Resolution | None:
    """The one holder of the title on the day (of the place, when the frame gives one) with this word in a name.

    Office lookup on the story's date: 'Crown Prince Abdullah' in 2004 is the Saudi crown prince, though 'Abdullah'
    alone names several people.
    """
    if not role or not day:
        return None
    key = _norm(token)
    offices = ref.holders(role, place, day) if place else ref.holders_anywhere(role, day)
    found = {o.person_id for o in offices if o.person_id in ref.people and any(
        key in _norm(n).split() for n in (ref.people[o.person_id].name, *ref.people[o.person_id].aliases))}
    if len(found) > 1:  # 'Crown Prince Abdullah': the one so called, not one whose father's name is Abdullah
        found = {pid for pid in found if any(_norm(n).split()[:1] == [key] for n in (
            ref.people[pid].name, *ref.people[pid].aliases))}
    if len(found) != 1:
        return None
    pid = found.pop()
    return Resolution(pid, ref.people[pid].name, "title+office", 0.9)


def _other_office(ref: Reference, person: Person, role: str | None, place: str | None, day: str | None) -> bool:
    """Return True when the mention's title or country is not the known person's office that day ('King X' is not
    Crown Prince X; 'King Abdullah of Saudi Arabia' is not the King Abdullah of Jordan named before him)."""
    if not day or person.person_id not in ref.people:
        return False
    offices = ref.offices_of(person.person_id, day)
    if place and person.country and place != person.country and offices and all(o.place != place for o in offices):
        return True
    if not role or not person.role or role == person.role:
        return False
    return bool(offices) and all(o.role != role for o in offices)


def _surname_matches(ref: Reference, person: Person, token: str) -> bool:
    """Return True when `token` is the person's surname, whole name, or (Korean style) family name."""
    aliases = ref.people[person.person_id].aliases if person.person_id in ref.people else ()
    keys = _surname_keys(person.canonical or "", person.name_as_written, tuple(aliases))
    key = _norm(token)  # or its transliteration: 'Qathafi' after 'Muammar Gaddafi' (aliases: 'Qaddafi')
    return key in keys or len(key) > 3 and skeleton(key) in {skeleton(k) for k in keys if " " not in k}


@functools.lru_cache(maxsize=8192)
def _surname_keys(canonical: str, as_written: str, aliases: tuple[str, ...]) -> frozenset[str]:
    """The normalised forms a single-word mention of a person can take: last words, whole names, family names."""
    keys: set[str] = set()
    for n in (canonical, as_written, *aliases):
        words = _norm(n).split() if n else []
        if words:
            keys.add(_norm(n))
            if len(words) < 2 or words[-2] not in _PATRONYMIC:
                keys.add(words[-1])  # 'Mohammed bin Salman': the last word is the father's name, not a surname
            parts = n.split()
            if len(parts) == 2 and "-" in parts[1]:
                keys.add(_norm(parts[0]))
    keys.discard("")
    return frozenset(keys)


_norm = functools.lru_cache(maxsize=8192)(norm)
_PATRONYMIC = frozenset({"bin", "ibn", "bint", "binti"})


def with_resolution(person: Person, res: Resolution, name: str) -> Person:
    """Return `person` carrying the resolution of its name (or a provisional id)."""
    pid = res.entity_id or provisional_id(name)
    return replace(person, person_id=pid, canonical=res.canonical or name, method=res.method if res.entity_id else "new",
                   score=res.score if res.entity_id else 0.5)
