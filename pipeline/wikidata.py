"""Wikidata SPARQL results (P39 position held with P580/P582, P463 member of, aliases) as reference rows."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.errors import ReferenceError_
from pipeline.reference import FILES, Reference
from pipeline.textnorm import norm

PEOPLE_QUERY = """
SELECT ?person ?personLabel ?enwiki ?position ?positionLabel ?start ?end ?nature
       (GROUP_CONCAT(DISTINCT ?alias; separator="|") AS ?aliases) WHERE {
  VALUES ?position { %(positions)s }
  ?person p:P39 ?held . ?held ps:P39 ?position .
  OPTIONAL { ?held pq:P580 ?start } OPTIONAL { ?held pq:P582 ?end } OPTIONAL { ?held pq:P5102 ?nature }
  OPTIONAL { ?enwikiPage schema:about ?person ; schema:isPartOf <https://en.wikipedia.org/> ; schema:name ?enwiki }
  OPTIONAL { ?person skos:altLabel ?alias FILTER(lang(?alias) = "en") }
  SERVICE wikibase:label { bd:serviceParam wikibase:language "en" }
} GROUP BY ?person ?personLabel ?enwiki ?position ?positionLabel ?start ?end ?nature
"""
MEMBERS_QUERY = """
SELECT ?country ?countryLabel ?org ?orgLabel ?start ?end WHERE {
  VALUES ?org { %(orgs)s }
  ?country p:P463 ?m . ?m ps:P463 ?org .
  OPTIONAL { ?m pq:P580 ?start } OPTIONAL { ?m pq:P582 ?end }
  SERVICE wikibase:label { bd:serviceParam wikibase:language "en" }
}
"""
ACTING = ("acting", "interim", "caretaker")
_QID = re.compile(r"(Q\d+)$")


@dataclass(frozen=True)
class Refreshed:
    """What one refresh learned: people rows, office rows and membership rows, in reference columns."""

    people: list[dict[str, str]]
    offices: list[dict[str, str]]
    memberships: list[dict[str, str]]


def _value(binding: dict[str, Any], var: str) -> str:
    return str(binding.get(var, {}).get("value", "")).strip()


def _qid(uri: str) -> str:
    m = _QID.search(uri)
    return m.group(1) if m else ""


def _day(value: str) -> str:
    """Return the ISO date of a SPARQL dateTime ('2024-05-20T00:00:00Z' -> '2024-05-20')."""
    return value[:10] if re.match(r"^\d{4}-\d{2}-\d{2}", value) else ""


def bindings(response: dict[str, Any]) -> list[dict[str, Any]]:
    """Return the result rows of a SPARQL JSON response."""
    try:
        return list(response["results"]["bindings"])
    except (KeyError, TypeError) as exc:
        raise ReferenceError_(f"not a SPARQL JSON result: missing {exc}") from exc


def split_position(ref: Reference, label: str) -> tuple[str, str] | None:
    """Read 'Minister of Foreign Affairs of Kazakhstan' as (our role, the canonical place), or None."""
    roles = {a: r.name for r in ref.roles for a in (*r.aliases, r.name.lower())}
    parts = label.split(" of ")
    for i in range(len(parts) - 1, 0, -1):
        role_text, place_text = " of ".join(parts[:i]).strip().lower(), " of ".join(parts[i:]).strip()
        place_text = re.sub(r"^the\s+", "", place_text, flags=re.IGNORECASE)
        place = ref.country_named(place_text) or ref.org_named(place_text)
        if place is not None and role_text in roles:
            return roles[role_text], place.name
        if place is not None and f"{role_text} of {place.name}".lower() in roles:
            return roles[f"{role_text} of {place.name}".lower()], place.name
    return None


def _person_id(ref: Reference, qid: str, names: list[str]) -> str:
    """Return our id for a Wikidata person: the QID row, else a row sharing a name (ids never change), else the QID."""
    if qid in ref.people:
        return qid
    for name in names:
        ids = ref.lookup("person", name)
        if len(ids) == 1:
            return next(iter(ids))
    return qid


def parse_people(
    ref: Reference, response: dict[str, Any]
) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """Return (people rows, office rows) from a P39 query result; positions we cannot map are skipped."""
    people: dict[str, dict[str, str]] = {}
    offices: list[dict[str, str]] = []
    for b in bindings(response):
        qid, label = _qid(_value(b, "person")), _value(b, "personLabel")
        name = _value(b, "enwiki") or label
        position = split_position(ref, _value(b, "positionLabel"))
        if not qid or not name or position is None:
            continue
        aliases = [a for a in _value(b, "aliases").split("|") if a and a != name]
        pid = _person_id(ref, qid, [name, label, *aliases])
        row = people.setdefault(pid, {"id": pid, "name": name, "aliases": "", "born": "", "died": ""})
        merged = [*row["aliases"].split("|"), *aliases, label]
        row["aliases"] = "|".join(a for a in dict.fromkeys(merged) if a and a != row["name"])
        nature = _value(b, "natureLabel") or _value(b, "nature")
        offices.append(
            {
                "person_id": pid,
                "role": position[0],
                "country": position[1],
                "start": _day(_value(b, "start")),
                "end": _day(_value(b, "end")),
                "acting": "true" if any(w in nature.lower() for w in ACTING) else "false",
            }
        )
    return list(people.values()), offices


def parse_memberships(ref: Reference, response: dict[str, Any]) -> list[dict[str, str]]:
    """Return membership rows from a P463 query result; unknown countries or organisations are skipped."""
    rows = []
    for b in bindings(response):
        country = ref.country_named(_value(b, "countryLabel"))
        org = ref.org_named(_value(b, "orgLabel"))
        if country and org:
            rows.append(
                {
                    "organisation": org.name,
                    "country": country.name,
                    "status": "member",
                    "since": _day(_value(b, "start")),
                    "until": _day(_value(b, "end")),
                }
            )
    return rows


def _merge_people(rows: list[dict[str, str]], fresh: list[dict[str, str]]) -> list[dict[str, str]]:
    """Add new people; for known ones keep id and name, and add the new aliases."""
    by_id = {r["id"]: dict(r) for r in rows}
    for f in fresh:
        old = by_id.get(f["id"])
        if old is None:
            by_id[f["id"]] = f
            continue
        known = {norm(a) for a in (old["name"], *old["aliases"].split("|"))}
        extra = [a for a in f["aliases"].split("|") + [f["name"]] if a and norm(a) not in known]
        old["aliases"] = "|".join([a for a in old["aliases"].split("|") if a] + list(dict.fromkeys(extra)))
    return list(by_id.values())


def _replace_by_key(
    rows: list[dict[str, str]],
    fresh: list[dict[str, str]],
    key: tuple[str, ...],
    only: tuple[str, str] | None = None,
) -> list[dict[str, str]]:
    """Drop the rows whose key the refresh covers (only those with column == value, if `only`); add the fresh rows."""
    covered = {tuple(f[k] for k in key) for f in fresh}
    return [
        r for r in rows if tuple(r[k] for k in key) not in covered or (only and r[only[0]] != only[1])
    ] + fresh


def merge(tables: dict[str, list[dict[str, str]]], refreshed: Refreshed) -> dict[str, list[dict[str, str]]]:
    """Return the reference tables with a refresh merged in: Wikidata wins for every office or membership it covers."""
    out = dict(tables)
    out["people"] = _merge_people(tables["people"], refreshed.people)
    out["offices"] = _replace_by_key(tables["offices"], refreshed.offices, ("person_id", "role", "country"))
    out["memberships"] = _replace_by_key(
        tables["memberships"], refreshed.memberships, ("organisation", "country"), ("status", "member")
    )
    return out


def read_tables(folder: Path) -> dict[str, list[dict[str, str]]]:
    """Read every reference CSV of a folder as rows (header order kept in the first row's keys)."""
    tables = {}
    for name in FILES:
        with (folder / f"{name}.csv").open(encoding="utf-8", newline="") as fh:
            tables[name] = list(csv.DictReader(fh))
    return tables


def header_of(folder: Path, name: str) -> list[str]:
    """Return the header row of one reference CSV."""
    with (folder / f"{name}.csv").open(encoding="utf-8", newline="") as fh:
        return next(csv.reader(fh))


def write_tables(
    folder: Path, tables: dict[str, list[dict[str, str]]], headers: dict[str, list[str]]
) -> None:
    """Write reference tables as CSV files (the shipped conventions: UTF-8, pipes inside cells, \\n line ends)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, rows in tables.items():
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=headers[name], lineterminator="\n", extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
        (folder / f"{name}.csv").write_text(buf.getvalue(), encoding="utf-8")
