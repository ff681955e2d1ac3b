"""Person names as written versus the reference's: courtesy styles, initials, suffixes, fuller or shorter forms
and transliterations.

A name in news prose often carries more, or less, than the reference's alias: a stack of styles before it ('His
Excellency Alhaji Dr X Y', 'Brother X Y', 'Professor X Y'), middle initials and a generational suffix ('X A.B. Y',
'X A. Y III'), a middle name the reference leaves out ('X Agyekum Y') or only the given name people use ('Angel
Y' for 'José Angel Y'), and a transliteration the aliases miss ('Qathafi' for 'Qaddafi', 'Yahia' for 'Yahya').

Two mechanisms:
- `strip_styles` removes courtesy styles from the head of a name, stacked, so they are neither part of the person's
  name nor in the way of resolving it;
- `match_variant` finds the one reference person whose name or alias has the same surname and given name, once
  initials, suffixes, article particles and transliteration are set aside, and whose name differs from the written
  one only by middle names or initials that agree. A match must be unique over the whole reference, and the person
  must fit the article's date and (when given) the place of the mention, so an unknown person is never turned into
  a known one with whom he shares a surname.
"""

from __future__ import annotations

import functools
import re

from pipeline.reference import Reference
from pipeline.textnorm import norm

# Courtesy styles, normalised (textnorm.norm), longest first so 'rt hon' goes before 'hon'. Each stands before a
# name and is no part of it: 'Alhaji Dr X Y', 'Rt Hon X Y', 'Comrade X Y', 'Engineer X Y', 'Tan Sri X Y'.
_STYLES = tuple(sorted((
    "alhaji", "alhaj", "al haji", "al hajji", "el hadj", "el hadji", "elhadj", "hajji", "hadji", "hajia", "hajiya",
    "professor", "prof", "dr", "doctor", "brother", "comrade", "madam", "madame", "mme", "mister", "mr", "mrs", "ms",
    "hon", "honourable", "honorable", "the honourable", "the honorable", "rt hon", "right honourable",
    "the rt hon", "the right honourable", "h e", "his excellency", "her excellency", "excellency",
    "chief", "engineer", "eng", "engr", "ustaz", "mallam", "shri", "shrimati", "smt", "samdech", "samdech techo",
    "pehin", "dasho", "tan sri", "puan sri", "toh puan", "datuk seri", "dato seri", "datuk sri", "dato sri",
    "datuk", "dato", "datin", "yb", "yang berhormat", "sir", "dame",
    # military ranks, which a junta's leaders keep before their names: 'Captain X Y', 'Lieutenant Colonel X Y'
    "captain", "capt", "colonel", "col", "lieutenant colonel", "lt col", "major", "general", "gen", "major general",
    "lieutenant general", "brigadier", "brigadier general", "commodore", "admiral", "vice admiral", "field marshal", "marshal",
), key=lambda s: -len(s)))
# Styles that are also ordinary words or ranks ('Chief Executive', 'Brother' in a list of relatives): taken as a
# style only before two or more name words, the first of which is not an office word.
_WEAK = frozenset({"brother", "chief", "engineer", "doctor", "madam", "comrade", "eng", "mister", "captain", "capt", "colonel",
                   "col", "lieutenant colonel", "lt col", "major", "general", "gen", "major general", "lieutenant general",
                   "brigadier", "brigadier general", "commodore", "admiral", "vice admiral", "field marshal", "marshal"})
# Words that make a weak style part of an office or a phrase, not a style: 'Chief Executive X', 'Chief Justice X'.
_OFFICE_NEXT = frozenset({
    "executive", "justice", "whip", "minister", "secretary", "officer", "inspector", "rabbi", "commissioner",
    "scientist", "economist", "negotiator", "constable", "of", "for", "and", "the", "leader", "nations", "states",
    "operating", "financial", "medical", "strategist", "director", "editor", "engineer", "adviser", "advisor",
    "assembly", "staff", "counsel", "consul", "prosecutor", "council", "league", "motors", "electric", "manager", "in",
})
_CAPITALISED = re.compile(r"^[^\W\d_]")


# Styles written shortened with a full stop: the stop does not end the name ('Prof. X Y', 'Hon. X Y', 'Dr. X Y').
ABBREVIATED_STYLES = frozenset({"dr", "prof", "hon", "rt", "mr", "mrs", "ms", "mme", "engr", "eng", "smt"})


def is_style(words: str) -> bool:
    """Return True when `words` are a courtesy style and nothing else ('Dr', 'Rt Hon', 'Alhaji Dr')."""
    rest = strip_styles(words + " X")
    return rest == "X"


def strip_styles(name: str) -> str:
    """Remove courtesy styles, stacked, from the head of a name ('Alhaji Dr X Y' -> 'X Y').

    At least one word always stays; a weak style ('Chief', 'Brother') goes only before two name words that do not
    start an office ('Chief Executive X Y' stays as it is).
    """
    while True:
        parts = name.split()
        for style in _STYLES:
            # the written words that make the style: 'H.E.' is one word for 'h e', 'Rt Hon' two for 'rt hon'
            n = next((k for k in range(1, len(style.split()) + 1) if norm(" ".join(parts[:k])) == style), 0)
            if not n or len(parts) <= n or not _CAPITALISED.match(parts[n]):
                continue
            if style in _WEAK and (len(parts) - n < 2 or norm(parts[n]) in _OFFICE_NEXT):
                continue
            name = " ".join(parts[n:])
            break
        else:
            return name


# --- keys of a name: tokens without particles or suffixes, in a transliteration skeleton ---------------------------

_ARTICLES = frozenset({"al", "el", "ul", "ad", "ar", "as", "ash", "at", "az", "an"})
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "junior", "senior"})
# Spelling pairs that transliterations of one name swap (ordered: longest first); each maps to one letter or group.
_TRANSLIT = (("dzh", "j"), ("zh", "j"), ("dj", "j"), ("kh", "h"), ("gh", "g"), ("dh", "d"), ("th", "d"), ("ph", "f"),
             ("ck", "k"), ("q", "k"), ("ou", "u"), ("oo", "u"), ("ee", "i"), ("y", "i"), ("w", "v"))
_DOUBLE = re.compile(r"(.)\1+")


@functools.lru_cache(maxsize=16384)
def skeleton(token: str) -> str:
    """Return a transliteration-blind form of one normalised name word ('qathafi' and 'qaddafi' -> 'kadafi')."""
    for a, b in _TRANSLIT:
        token = token.replace(a, b)
    return _DOUBLE.sub(r"\1", token)


@functools.lru_cache(maxsize=16384)
def name_keys(name: str) -> tuple[tuple[str, ...], str]:
    """The words of a name that identify the person, skeletonised, without article particles ('al-'); an initial
    stays one letter ('X A.B. Y' -> ('x', 'a', 'b', 'y')). The generational suffix ('Jr.', 'III') comes apart: it
    tells a son from his father, so two names match only when their suffixes do."""
    words = [w for w in norm(name).split() if w not in _ARTICLES]
    suffix = words.pop() if len(words) > 2 and words[-1] in _SUFFIXES else ""
    return tuple(skeleton(w) for w in words), suffix


def _initial(word: str) -> bool:
    return len(word) == 1


def _fits(written: tuple[str, ...], ref: tuple[str, ...]) -> bool:
    """Return True when a written name is the reference name give or take middle names and initials.

    Same given name and surname with extra middle names or initials in the written form when the reference has
    none ('Yahya A J J Jammeh' ~ 'Yahya Jammeh'); the same words with an initial for a middle name ('Jose A Gurria'
    ~ 'Jose Angel Gurria'); or fewer given names, all of them the reference's and none an initial it would drop
    ('Angel Gurria' ~ 'Jose Angel Gurria', but 'George Bush' is not 'George W Bush').
    """
    if len(written) < 2 or len(ref) < 2 or written[-1] != ref[-1] or _initial(written[0]) or _initial(ref[0]):
        return False
    if written == ref:
        return True
    if len(ref) == 2 and len(written) > 2:
        return written[0] == ref[0] and "bin" not in written and "ibn" not in written
    if len(written) == len(ref):
        return written[0] == ref[0] and all(w == r or (_initial(w) or _initial(r)) and w[0] == r[0]
                                            for w, r in zip(written[1:-1], ref[1:-1], strict=True))
    if len(written) < len(ref):
        j = 0
        for w in written:
            while j < len(ref) and ref[j] != w:
                if _initial(ref[j]):
                    return False  # the reference's initial is what tells this person from another
                j += 1
            if j == len(ref):
                return False
            j += 1
        return all(not _initial(w) for w in written)
    return False


def _index(ref: Reference) -> dict[str, list[tuple[str, tuple[str, ...], str]]]:
    """Every multi-word name and alias of the reference people by the skeleton of its surname (memoised on `ref`)."""
    cached = getattr(ref, "_variant_index", None)
    if cached is None:
        cached = {}
        for p in ref.people.values():
            for a in (p.name, *p.aliases):
                keys, suffix = name_keys(a)
                if len(keys) > 1:
                    cached.setdefault(keys[-1], []).append((p.id, keys, suffix))
        object.__setattr__(ref, "_variant_index", cached)
    return cached


def _alive(ref: Reference, pid: str, day: str | None) -> bool:
    """Return True when the person can be in the news on `day`: born 18 years or more before it, not dead by it."""
    if not day:
        return True
    p = ref.people[pid]
    if p.born[:4].isdigit() and int(p.born[:4]) + 18 > int(day[:4]):
        return False
    return not (p.died and p.died[:10] < day[:10])


def _placed(ref: Reference, pid: str, place: str | None) -> bool:
    """Return True when the mention's place (a country or organisation) is one of the person's, or none is known."""
    if not place:
        return True
    offices = ref.offices_of(pid)
    return not offices or any(o.place == place for o in offices)


def match_variant(ref: Reference, name: str, place: str | None = None, day: str | None = None) -> str | None:
    """Return the id of the one reference person whose name the written `name` is a variant of, or None.

    'Yahya A.J.J. Jammeh', 'Muammar Al Qathafi', 'Angel Gurria', 'John Agyekum Kufuor' find their people; 'George
    Bush' does not find 'George W. Bush', and a name two people could carry finds neither.
    """
    written, suffix = name_keys(name)
    if len(written) < 2 or sum(not _initial(w) for w in written) < 2:
        return None
    fits = [(pid, len(keys) > len(written)) for pid, keys, sfx in _index(ref).get(written[-1], ())
            if sfx == suffix and _fits(written, keys)]
    if len({pid for pid, _ in fits}) != 1:
        return None
    pid = fits[0][0]
    if all(shorter for _, shorter in fits) and not (place and any(o.place == place for o in ref.offices_of(pid))):
        return None  # 'Angel Y' for 'Jose Angel Y' only where the text names his country or organisation
    return pid if _alive(ref, pid, day) and _placed(ref, pid, place) else None


def initial_conflict(written: str, alias: str) -> bool:
    """Return True when two names with the same given name and surname differ in their middle initials.

    A near spelling ('george bush' ~ 'george w bush') scores high in a fuzzy match, but the initial is what the
    alias keeps to tell the son from the father: the written name must carry the same initials, or none where the
    alias has none.
    """
    w, r = name_keys(written)[0], name_keys(alias)[0]
    if len(w) < 2 or len(r) < 2 or w[0] != r[0] or w[-1] != r[-1]:
        return False
    initials_w = [x for x in w[1:-1] if _initial(x)]
    initials_r = [x for x in r[1:-1] if _initial(x)]
    return bool(initials_r) and initials_w != initials_r
