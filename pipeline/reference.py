"""Reference dictionaries: countries, organisations, people and their dated offices, cities, roles."""

from __future__ import annotations

import csv
import hashlib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path

from pipeline.errors import ReferenceError_
from pipeline.textnorm import norm

FILES = ("countries", "organisations", "people", "offices", "cities", "memberships", "roles")


def _split(cell: str | None) -> tuple[str, ...]:
    """Split a pipe-separated cell into stripped, non-empty values."""
    return tuple(v.strip() for v in (cell or "").split("|") if v.strip())


@dataclass(frozen=True)
class Country:
    id: str
    name: str
    iso2: str
    iso3: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capital: str
    since: str = ""  # the day a historical state began ('' for the states of today)
    until: str = ""  # the day it ended: the Soviet Union, 1991-12-26

    def exists_on(self, day: str | None) -> bool:
        """Return True when the state existed on ISO date `day` (None: at any time)."""
        if not day:
            return True
        return (not self.since or self.since[: len(day)] <= day) and (not self.until or day <= _end_key(self.until))


@dataclass(frozen=True)
class Organisation:
    id: str
    name: str
    acronyms: tuple[str, ...]
    aliases: tuple[str, ...]
    titles: tuple[str, ...]
    kind: str
    seat: str = ""  # the city of its headquarters, as in cities.csv ('' when it has none)


@dataclass(frozen=True)
class PersonEntry:
    id: str
    name: str
    aliases: tuple[str, ...]
    born: str
    died: str


@dataclass(frozen=True)
class Office:
    person_id: str
    role: str
    place: str  # a country name or an organisation name
    start: str
    end: str
    acting: bool

    def held_on(self, day: str | None) -> bool:
        """Return True when the office was held on ISO date `day` (None: held at any time)."""
        if day is None:
            return True
        return (not self.start or self.start[: len(day)] <= day) and (not self.end or day <= _end_key(self.end))


def _end_key(end: str) -> str:
    """Pad a partial end date so that '2024-05' covers the whole month."""
    return end + "-99" * (2 - end.count("-")) if len(end) < 10 else end


@dataclass(frozen=True)
class City:
    name: str
    country: str
    aliases: tuple[str, ...]
    former_names: tuple[str, ...]


@dataclass(frozen=True)
class Membership:
    organisation: str
    country: str
    status: str
    since: str
    until: str


@dataclass(frozen=True)
class Role:
    name: str
    aliases: tuple[str, ...]
    rank: str


@dataclass
class Reference:
    """All reference tables, indexed for lookup. `version` identifies the exact content."""

    countries: dict[str, Country]
    organisations: dict[str, Organisation]
    people: dict[str, PersonEntry]
    offices: list[Office]
    cities: list[City]
    memberships: list[Membership]
    roles: list[Role]
    version: str
    _index: dict[str, dict[str, set[str]]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._index = _build_index(self)

    def lookup(self, kind: str, text: str) -> set[str]:
        """Return the ids of `kind` (country, org, person, city) whose names or aliases match `text`."""
        return set(self._index[kind].get(norm(text), set()))

    def country_named(self, name: str | None) -> Country | None:
        """Return the country with this name or alias, if exactly one matches."""
        ids = self.lookup("country", name or "")
        return self.countries[next(iter(ids))] if len(ids) == 1 else None

    def country_with_capital(self, city: str | None) -> Country | None:
        """Return the country whose capital is this city, case ignored: 'Seoul' -> South Korea."""
        key = (city or "").lower()
        return next((c for c in self.countries.values() if c.capital and c.capital.lower() == key), None) if key else None

    def org_named(self, name: str | None) -> Organisation | None:
        """Return the organisation with this name, acronym or alias, if exactly one matches."""
        ids = self.lookup("org", name or "")
        return self.organisations[next(iter(ids))] if len(ids) == 1 else None

    def offices_of(self, person_id: str, day: str | None = None) -> list[Office]:
        """Return the offices a person held on `day` (all of them when `day` is None)."""
        return [o for o in self._offices_by_person.get(person_id, []) if o.held_on(day)]

    def holders(self, role: str, place: str, day: str | None) -> list[Office]:
        """Return the offices `role` of `place` held on `day`: who was President of Iran then."""
        return [o for o in self._offices_by_place.get((role, place), []) if o.held_on(day)]

    def holders_anywhere(self, role: str, day: str | None) -> list[Office]:
        """Return the offices `role` of any place held on `day`: every crown prince then."""
        return [o for (r, _), held in self._offices_by_place.items() if r == role for o in held if o.held_on(day)]

    def members_of(self, org_name: str, day: str | None) -> dict[str, str]:
        """Return {country name: status} for an organisation on `day` from the reference table."""
        out = {}
        for m in self.memberships:
            if m.organisation == org_name and (day is None or ((not m.since or m.since[: len(day)] <= day)
                                                               and (not m.until or day <= _end_key(m.until)))):
                out[m.country] = m.status
        return out

    @property
    def _offices_by_person(self) -> dict[str, list[Office]]:
        return self._index_offices()[0]

    @property
    def _offices_by_place(self) -> dict[tuple[str, str], list[Office]]:
        return self._index_offices()[1]

    def _index_offices(self) -> tuple[dict[str, list[Office]], dict[tuple[str, str], list[Office]]]:
        cached = getattr(self, "_office_cache", None)
        if cached is None:
            by_person: dict[str, list[Office]] = defaultdict(list)
            by_place: dict[tuple[str, str], list[Office]] = defaultdict(list)
            for o in self.offices:
                by_person[o.person_id].append(o)
                by_place[(o.role, o.place)].append(o)
            cached = (dict(by_person), dict(by_place))
            object.__setattr__(self, "_office_cache", cached)
        return cached

    def with_additions(self, aliases: Sequence[tuple[str, str]] = (), people: Sequence[PersonEntry] = (),
                       offices: Sequence[Office] = (), version_suffix: str = "") -> Reference:
        """Return a copy with operator additions (aliases, people, offices) applied on top."""
        people_map = dict(self.people)
        for p in people:
            people_map[p.id] = p
        orgs, countries = dict(self.organisations), dict(self.countries)
        for entity_id, alias in aliases:
            if entity_id in people_map:
                people_map[entity_id] = replace(people_map[entity_id], aliases=people_map[entity_id].aliases + (alias,))
            elif entity_id in countries:
                countries[entity_id] = replace(countries[entity_id], aliases=countries[entity_id].aliases + (alias,))
            elif entity_id in orgs:
                orgs[entity_id] = replace(orgs[entity_id], aliases=orgs[entity_id].aliases + (alias,))
        return Reference(countries, orgs, people_map, self.offices + list(offices), self.cities,
                         self.memberships, self.roles, self.version + version_suffix)


def _build_index(ref: Reference) -> dict[str, dict[str, set[str]]]:
    """Index every name and alias by its normalised form."""
    index: dict[str, dict[str, set[str]]] = {k: defaultdict(set) for k in ("country", "org", "person", "city")}
    for c in ref.countries.values():
        for name in (c.name, *c.aliases, c.iso3):
            index["country"][norm(name)].add(c.id)
    for o in ref.organisations.values():
        for name in (o.name, *o.acronyms, *o.aliases):
            index["org"][norm(name)].add(o.id)
    for p in ref.people.values():
        for name in (p.name, *p.aliases):
            index["person"][norm(name)].add(p.id)
    for city in ref.cities:
        for name in (city.name, *city.aliases, *(f.split("@")[0] for f in city.former_names)):
            index["city"][norm(name)].add(city.name)
    return index


def _rows(folder: Path, name: str) -> list[dict[str, str]]:
    """Read one CSV file of the reference folder."""
    path = folder / f"{name}.csv"
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        return [{k: (v or "").strip() for k, v in row.items() if k} for row in csv.DictReader(fh)]


def reference_dir() -> Path:
    """Return the folder of the shipped reference dictionaries."""
    return Path(str(resources.files("seeds.reference")))


def version_of(folder: Path) -> str:
    """Return a short content hash of the reference files: the dictionary version."""
    digest = hashlib.sha256()
    for name in FILES:
        path = folder / f"{name}.csv"
        if path.exists():
            digest.update(name.encode() + b"\0" + path.read_bytes())
    return "dict-" + digest.hexdigest()[:12]


def load_reference(folder: Path | None = None) -> Reference:
    """Load the reference dictionaries from `folder` (default: the shipped ones)."""
    folder = folder or reference_dir()
    if not (folder / "countries.csv").exists():
        raise ReferenceError_(f"{folder}: no countries.csv; is this a reference folder?")
    try:
        return Reference(
            countries={r["id"]: Country(r["id"], r["name"], r.get("iso2", ""), r.get("iso3", ""), _split(r.get("aliases")),
                                        _split(r.get("demonyms")), r.get("capital", ""), r.get("since", ""), r.get("until", ""))
                       for r in _rows(folder, "countries")},
            organisations={r["id"]: Organisation(r["id"], r["name"], _split(r.get("acronyms")), _split(r.get("aliases")),
                                                 _split(r.get("official_titles")), r.get("kind", ""), r.get("seat", ""))
                           for r in _rows(folder, "organisations")},
            people={r["id"]: PersonEntry(r["id"], r["name"], _split(r.get("aliases")), r.get("born", ""), r.get("died", ""))
                    for r in _rows(folder, "people")},
            offices=[Office(r["person_id"], r["role"], r["country"], r.get("start", ""), r.get("end", ""),
                            r.get("acting", "").lower() == "true") for r in _rows(folder, "offices")],
            cities=[City(r["name"], r["country"], _split(r.get("aliases")), _split(r.get("former_names")))
                    for r in _rows(folder, "cities")],
            memberships=[Membership(r["organisation"], r["country"], r["status"], r.get("since", ""), r.get("until", ""))
                         for r in _rows(folder, "memberships")],
            roles=[Role(r["role"], _split(r.get("aliases")), r.get("rank", "")) for r in _rows(folder, "roles")],
            version=version_of(folder),
        )
    except KeyError as exc:
        raise ReferenceError_(f"{folder}: a reference file lacks the column {exc}") from exc
