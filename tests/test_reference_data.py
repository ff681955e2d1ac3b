"""Integrity checks for the reference dictionaries in seeds/reference/."""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from datetime import date
from pathlib import Path

import pycountry
import pytest

REF = Path(__file__).resolve().parent.parent / "seeds" / "reference"

HEADERS = {
    "countries.csv": ["id", "name", "iso2", "iso3", "aliases", "demonyms", "capital", "since", "until"],
    "organisations.csv": ["id", "name", "acronyms", "aliases", "official_titles", "kind", "seat"],
    "people.csv": ["id", "name", "aliases", "born", "died"],
    "offices.csv": ["person_id", "role", "country", "start", "end", "acting"],
    "cities.csv": ["name", "country", "aliases", "former_names"],
    "memberships.csv": ["organisation", "country", "status", "since", "until"],
}
ROLES = {
    "President",
    "Vice President",
    "Prime Minister",
    "Deputy Prime Minister",
    "Foreign Minister",
    "Chancellor",
    "King",
    "Queen",
    "Emir",
    "Sultan",
    "Crown Prince",
    "Deputy Crown Prince",
    "Supreme Leader",
    "Chairman",
    "Secretary-General",
    "Executive Secretary",
    "Managing Director",
    "Executive Director",
    "Director-General",
    "President of the European Commission",
    "President of the European Council",
    "Chairperson of the African Union Commission",
    "Chairperson of the African Union (rotating)",
    "High Representative",
    "President of the New Development Bank",
    "Governor-General",
    "Head of State",
    "Chief Executive",
    "Deputy Secretary-General",
    "Deputy Chairperson of the African Union Commission",
    "Commissioner",
    "Director",
    # ministers of other portfolios (a Chancellor of the Exchequer, a Treasury Secretary) and a ministry's senior
    # civil servant (India's Foreign Secretary): offices that give the holder a country on the day
    "Minister",
    "Permanent Secretary",
}
KINDS = {"intergovernmental", "organ", "bank", "forum"}
STATUSES = {"member", "observer", "dialogue_partner", "partner", "candidate", "suspended", "left"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
REQUIRED_PEOPLE = [
    "Recep Tayyip Erdoğan",
    "Alexander Lukashenko",
    "Kassym-Jomart Tokayev",
    "Sadyr Japarov",
    "Emomali Rahmon",
    "Mohammad Mokhber",
    "António Guterres",
    "S. Jaishankar",
    "Mohamed bin Zayed Al Nahyan",
    "Masoud Pezeshkian",
    "Abdel Fattah el-Sisi",
    "Bongbong Marcos",
    "Phạm Minh Chính",
    "Hassanal Bolkiah",
    "Anwar Ibrahim",
    "Volodymyr Zelenskyy",
    "Luiz Inácio Lula da Silva",
    "Sergei Aleinik",
    "Nikol Pashinyan",
    "Ebrahim Raisi",
    "Shehbaz Sharif",
    "Shavkat Mirziyoyev",
    "Ilham Aliyev",
    "Narendra Modi",
    "Xi Jinping",
    "Vladimir Putin",
    "Dilma Rousseff",
    "Azali Assoumani",
    "Bashar al-Assad",
    "Mohammed bin Salman",
    "Sonexay Siphandone",
    "Paetongtarn Shinawatra",
    "Lawrence Wong",
    "Hun Manet",
    "Ma'ruf Amin",
    "Cyril Ramaphosa",
    "Abiy Ahmed",
]


def read(name: str) -> list[dict[str, str]]:
    """Return the rows of one reference file."""
    with (REF / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def split(cell: str) -> list[str]:
    """Split a pipe-separated cell into its non-empty values."""
    return [v for v in cell.split("|") if v]


def to_date(text: str, end: bool = False) -> date:
    """Parse YYYY, YYYY-MM or YYYY-MM-DD, padding to the start (or end) of the period."""
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 1:
        return date(parts[0], 12, 31) if end else date(parts[0], 1, 1)
    if len(parts) == 2:
        return date(parts[0], parts[1], 28 if end else 1)
    return date(*parts)


def entity_names() -> set[str]:
    """Return every country name and organisation name."""
    return {r["name"] for r in read("countries.csv")} | {r["name"] for r in read("organisations.csv")}


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_header_is_exact(name: str) -> None:
    with (REF / name).open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        assert reader.fieldnames == HEADERS[name]
        bad = [i for i, row in enumerate(reader, 2) if None in row or None in row.values()]
    assert bad == [], f"{name}: rows with the wrong number of cells at lines {bad}"


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("countries.csv", "id"),
        ("countries.csv", "name"),
        ("countries.csv", "iso2"),
        ("organisations.csv", "id"),
        ("organisations.csv", "name"),
        ("people.csv", "id"),
        ("people.csv", "name"),
    ],
)
def test_ids_are_unique(name: str, key: str) -> None:
    values = [r[key] for r in read(name)]
    dups = sorted({v for v in values if values.count(v) > 1})
    assert dups == []


def test_city_name_country_pairs_are_unique() -> None:
    pairs = [(r["name"], r["country"]) for r in read("cities.csv")]
    assert len(pairs) == len(set(pairs))


def test_countries_cover_un_members_and_extras() -> None:
    rows = read("countries.csv")
    names = {r["name"] for r in rows}
    assert len(rows) >= 190
    assert {"Kosovo", "Taiwan", "Palestine", "Vatican City"} <= names
    kosovo = next(r for r in rows if r["name"] == "Kosovo")
    assert kosovo["id"] == "xkx"


def test_country_codes_match_pycountry() -> None:
    wrong = []
    for row in read("countries.csv"):
        known = pycountry.countries.get(alpha_2=row["iso2"])
        if known is not None and (known.alpha_3 != row["iso3"] or row["id"] != row["iso3"].lower()):
            wrong.append(row["name"])
    assert wrong == []


def test_country_aliases_do_not_repeat_the_name_or_collide() -> None:
    owner: dict[str, set[str]] = defaultdict(set)
    for row in read("countries.csv"):
        assert row["name"] not in split(row["aliases"]), row["name"]
        for alias in [row["name"], *split(row["aliases"])]:
            owner[alias].add(row["name"])
    assert {a: sorted(o) for a, o in owner.items() if len(o) > 1} == {}


def test_organisation_seats_are_cities() -> None:
    """A seat names a city of cities.csv, so that 'at the AU headquarters' can place a summit in it."""
    cities = {r["name"] for r in read("cities.csv")}
    rows = read("organisations.csv")
    assert [r["id"] for r in rows if r["seat"] and r["seat"] not in cities] == []
    assert next(r for r in rows if r["id"] == "au")["seat"] == "Addis Ababa"


def test_organisation_kinds_and_nato_alias() -> None:
    rows = read("organisations.csv")
    assert {r["kind"] for r in rows} <= KINDS
    nato = next(r for r in rows if r["id"] == "nato")
    assert "NATO" in split(nato["aliases"])


def test_required_people_have_exact_canonical_names() -> None:
    names = {r["name"] for r in read("people.csv")}
    assert [p for p in REQUIRED_PEOPLE if p not in names] == []


def test_people_ids_are_qids_or_slugs() -> None:
    bad = [r["id"] for r in read("people.csv") if not re.match(r"^(Q\d+|sw:[a-z0-9-]+)$", r["id"])]
    assert bad == []


# full names the press really gives two people, told apart by the office held on the story's day (father and son)
SHARED_FULL_NAMES = {"george bush": {"George H. W. Bush", "George W. Bush"},
                     "president bush": {"George H. W. Bush", "George W. Bush"},
                     "president marcos": {"Ferdinand Marcos", "Bongbong Marcos"}}


def test_no_alias_names_two_people() -> None:
    """A shared alias is allowed only when it is a bare surname (one word), e.g. two Sharifs, or a listed full name."""
    owner: dict[str, set[str]] = defaultdict(set)
    for row in read("people.csv"):
        for alias in [row["name"], *split(row["aliases"])]:
            owner[alias.casefold()].add(row["name"])
    collisions = sorted(f"{a}: {sorted(o)}" for a, o in owner.items() if len(o) > 1 and len(a.split()) > 1
                        and SHARED_FULL_NAMES.get(a) != o)
    assert collisions == [], "aliases shared by several people:\n" + "\n".join(collisions)


def test_offices_refer_to_known_people_entities_and_roles() -> None:
    people = {r["id"] for r in read("people.csv")}
    entities = entity_names()
    rows = read("offices.csv")
    assert [r["person_id"] for r in rows if r["person_id"] not in people] == []
    assert sorted({r["country"] for r in rows} - entities) == []
    assert sorted({r["role"] for r in rows} - ROLES) == []
    assert {r["acting"] for r in rows} <= {"true", "false"}


def test_memberships_and_cities_refer_to_known_entities() -> None:
    entities = entity_names()
    orgs = {r["name"] for r in read("organisations.csv")}
    members = read("memberships.csv")
    assert sorted({r["organisation"] for r in members} - orgs) == []
    assert sorted({r["country"] for r in members} - entities) == []
    assert {r["status"] for r in members} <= STATUSES
    countries = {r["name"] for r in read("countries.csv")}
    assert sorted({r["country"] for r in read("cities.csv")} - countries) == []


def test_every_capital_is_a_city() -> None:
    cities = {(r["name"], r["country"]) for r in read("cities.csv")}
    missing = [r["name"] for r in read("countries.csv") if (r["capital"], r["name"]) not in cities and not r["until"]]
    assert missing == []


def dated_rows() -> list[tuple[str, str, str]]:
    """Return (where, start, end) for every dated row of every file."""
    out = []
    for r in read("people.csv"):
        out.append((f"people {r['name']}", r["born"], r["died"]))
    for r in read("offices.csv"):
        out.append((f"office {r['person_id']} {r['role']} {r['country']}", r["start"], r["end"]))
    for r in read("countries.csv"):
        out.append((f"country {r['name']}", r["since"], r["until"]))
    for r in read("memberships.csv"):
        out.append((f"membership {r['organisation']} {r['country']}", r["since"], r["until"]))
    for r in read("cities.csv"):
        for former in split(r["former_names"]):
            name, _, span = former.partition("@")
            start, _, end = span.partition("/")
            out.append((f"city {r['name']} {name}", start, end))
    return out


def test_dates_parse_and_start_precedes_end() -> None:
    problems = []
    for where, start, end in dated_rows():
        for value in (start, end):
            if value and not DATE.match(value):
                problems.append(f"{where}: bad date {value!r}")
        if problems and problems[-1].startswith(where):
            continue
        try:
            if start and end and to_date(start) > to_date(end, end=True):
                problems.append(f"{where}: {start} > {end}")
        except ValueError as exc:
            problems.append(f"{where}: {exc}")
    assert problems == []


def test_offices_start_after_birth_and_end_by_death() -> None:
    people = {r["id"]: r for r in read("people.csv")}
    problems = []
    for o in read("offices.csv"):
        p = people[o["person_id"]]
        if p["born"] and o["start"] and to_date(o["start"], end=True) < to_date(p["born"]):
            problems.append(f"{p['name']} {o['role']} starts before birth")
        if p["died"] and to_date(o["end"] or "9999", end=False) > to_date(p["died"], end=True):
            problems.append(f"{p['name']} {o['role']} {o['country']} outlives death")
    assert problems == []


def test_key_office_dates() -> None:
    people = {r["name"]: r["id"] for r in read("people.csv")}
    offices = {(r["person_id"], r["role"], r["country"], r["start"]): r for r in read("offices.csv")}
    raisi = offices[(people["Ebrahim Raisi"], "President", "Iran", "2021-08-03")]
    assert raisi["end"] == "2024-05-19"
    acting = offices[(people["Mohammad Mokhber"], "President", "Iran", "2024-05-20")]
    assert (acting["end"], acting["acting"]) == ("2024-07-28", "true")
    assert (people["António Guterres"], "Secretary-General", "United Nations", "2017-01-01") in offices
    assert (people["Masoud Pezeshkian"], "President", "Iran", "2024-07-28") in offices
