"""Dictionary versions and operator additions: events, folding, effective reference, Wikidata rows."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.dictionary import (
    additions_from,
    alias_added,
    apply_additions,
    dictionary_loaded,
    entity_added,
    office_added,
)
from pipeline.lookup import resolve_mention
from pipeline.reference import Office, PersonEntry, load_reference, reference_dir
from pipeline.wikidata import (
    Refreshed,
    header_of,
    merge,
    parse_memberships,
    parse_people,
    read_tables,
    split_position,
    write_tables,
)
from warehouse.db import connect
from warehouse.dictionary import effective_reference, read_additions, record_dictionary
from warehouse.store import append_events

SPARQL = Path(__file__).parent / "fixtures" / "sparql"


@pytest.fixture(scope="module")
def ref():
    return load_reference()


def _rows(events):
    return [(e.event_id, e.event_type, json.loads(e.payload)) for e in events]


def test_operator_events_have_stable_ids() -> None:
    assert alias_added("Q7747", "Putin V.").event_id == alias_added("Q7747", "Putin V.").event_id
    assert alias_added("Q7747", "Putin V.").event_id != alias_added("Q7747", "V. Putin").event_id


def test_additions_change_resolution_and_version(ref) -> None:
    person = PersonEntry("sw:ivan-dorogomilov", "Ivan Dorogomilov", ("Dorogomilov",), "", "")
    events = [
        entity_added(person),
        office_added(Office(person.id, "Prime Minister", "Tajikistan", "2026-10-01", "", False)),
        alias_added("sw:sadyr-japarov", "Sadır Caparov"),
    ]
    merged = apply_additions(ref, additions_from(_rows(events)))
    assert merged.version != ref.version and merged.version.startswith("dict-")
    assert resolve_mention(ref, "Sadır Caparov", "person").entity_id is None
    assert resolve_mention(merged, "Sadır Caparov", "person").canonical == "Sadyr Japarov"
    # an added office does not end the open term of the incumbent: two holders, flagged, never guessed
    both = resolve_mention(merged, "the Tajik prime minister", "person", "2026-10-14")
    assert (both.entity_id, both.method) == (None, "ambiguous")
    assert {n for n, _ in both.alternatives} == {"Ivan Dorogomilov", "Kokhir Rasulzoda"}
    assert (
        resolve_mention(merged, "Prime Minister Dorogomilov of Tajikistan", "person", "2026-10-14").canonical
        == "Ivan Dorogomilov"
    )
    assert (
        resolve_mention(merged, "the Tajik prime minister", "person", "2026-09-14").canonical
        == "Kokhir Rasulzoda"
    )
    assert apply_additions(ref, additions_from([])) is ref


def test_dictionary_loaded_carries_version_and_digests(ref) -> None:
    event = dictionary_loaded(ref, reference_dir())
    payload = json.loads(event.payload)
    assert payload["version"] == ref.version
    assert set(payload["files"]) >= {"people.csv", "offices.csv", "countries.csv"}
    assert all(len(d) == 64 for d in payload["files"].values())


def test_the_log_builds_the_effective_reference(tmp_path, ref) -> None:
    con = connect(tmp_path / "log.duckdb")
    try:
        assert effective_reference(con)[0].version == ref.version
        assert append_events(con, [alias_added("sw:sadyr-japarov", "Sadır Caparov")]) == 1
        assert append_events(con, [alias_added("sw:sadyr-japarov", "Sadır Caparov")]) == 0
        assert read_additions(con).aliases == (("sw:sadyr-japarov", "Sadır Caparov"),)
        merged = record_dictionary(con)
        rows = con.execute(
            "select version, base_version, origin, additions from dictionary_versions"
        ).fetchall()
    finally:
        con.close()
    assert resolve_mention(merged, "Sadır Caparov", "person").canonical == "Sadyr Japarov"
    assert (merged.version, ref.version, "operator", 1) in rows


def test_positions_map_onto_our_roles(ref) -> None:
    assert split_position(ref, "Minister of Foreign Affairs of Kazakhstan") == (
        "Foreign Minister",
        "Kazakhstan",
    )
    assert split_position(ref, "Secretary-General of the United Nations") == (
        "Secretary-General",
        "United Nations",
    )
    assert split_position(ref, "Mayor of Springfield") is None


def test_sparql_rows_become_reference_rows(ref, tmp_path) -> None:
    people, offices = parse_people(ref, json.loads((SPARQL / "people.json").read_text(encoding="utf-8")))
    members = parse_memberships(ref, json.loads((SPARQL / "members.json").read_text(encoding="utf-8")))
    assert {p["id"] for p in people} == {"sw:kokhir-rasulzoda", "Q99999002", "sw:mohammad-mokhber"}
    mokhber = next(o for o in offices if o["person_id"] == "sw:mohammad-mokhber")
    assert (mokhber["start"], mokhber["end"], mokhber["acting"]) == ("2024-05-20", "2024-07-28", "true")
    assert members == [
        {
            "organisation": "Shanghai Cooperation Organisation",
            "country": "Belarus",
            "status": "member",
            "since": "2024-07-04",
            "until": "",
        }
    ]
    tables = merge(read_tables(reference_dir()), Refreshed(people, offices, members))
    write_tables(tmp_path, tables, {n: header_of(reference_dir(), n) for n in tables})
    fresh = load_reference(tmp_path)
    assert fresh.version != ref.version
    assert [o.person_id for o in fresh.holders("Prime Minister", "Tajikistan", "2026-10-14")] == ["Q99999002"]
    assert [o.person_id for o in fresh.holders("Prime Minister", "Tajikistan", "2026-09-14")] == [
        "sw:kokhir-rasulzoda"
    ]
    assert "Qohir Rasulzoda" in fresh.people["sw:kokhir-rasulzoda"].aliases
    assert fresh.members_of("Shanghai Cooperation Organisation", "2023-01-01")["Belarus"] == "observer"
