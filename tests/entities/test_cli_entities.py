"""The operator commands: `resolve`, `alias add`, `entity add`, and the views that follow them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_cli

SUMMIT = "cica-bishkek-2026"
ATTENDEES = f"select person_id, person, role, country from summit_attendees where summit_id = '{SUMMIT}' order by country"


def sql(db: Path, query: str) -> list[dict]:
    return json.loads(run_cli("sql", query, "--format", "json", db=db).stdout)


def resolve(*args: str, db: Path | None = None):
    proc = run_cli("resolve", *args, "--format", "json", db=db, check=False)
    return proc.returncode, json.loads(proc.stdout)


@pytest.mark.parametrize(
    ("args", "kind", "name"),
    [
        (("Sadyr Zhaparov", "--as-of", "2024-07-03"), "person", "Sadyr Japarov"),
        (("the Iranian president", "--as-of", "2024-04-15"), "person", "Ebrahim Raisi"),
        (("Kygyzstan", "--kind", "country"), "country", "Kyrgyzstan"),
        (("Shanghai Cooperation Organization",), "org", "Shanghai Cooperation Organisation"),
        (("Nur-Sultan", "--kind", "city"), "city", "Astana"),
    ],
    ids=["person", "office", "country", "org", "city"],
)
def test_resolve_prints_the_best_match(tmp_path: Path, args: tuple[str, ...], kind: str, name: str) -> None:
    code, found = resolve(*args, db=tmp_path / "none.duckdb")
    assert code == 0
    assert {"id", "kind", "canonical_name", "offices", "method", "score", "alternatives"} <= set(found)
    assert (found["kind"], found["canonical_name"]) == (kind, name)


def test_resolve_lists_offices_held_on_the_date(tmp_path: Path) -> None:
    _, found = resolve("Mohammad Mokhbar", "--as-of", "2024-06-15", db=tmp_path / "none.duckdb")
    assert {(o["role"], o["acting"]) for o in found["offices"]} == {
        ("President", True),
        ("Vice President", False),
    }
    _, later = resolve("Mohammad Mokhbar", "--as-of", "2024-09-01", db=tmp_path / "none.duckdb")
    assert later["offices"] == []


def test_resolve_prints_null_and_exits_1_when_nothing_fits(tmp_path: Path) -> None:
    assert resolve("Nikolai Petrovsky", "--kind", "person", db=tmp_path / "none.duckdb") == (1, None)


def test_unknown_people_in_frames_are_listed_for_the_operator(db: Path) -> None:
    rows = {r["provisional_id"]: r for r in sql(db, "select * from unresolved_entities")}
    assert set(rows) == {"new:testname-testovich", "new:ivan-dorogomilov"}
    assert (rows["new:testname-testovich"]["role"], rows["new:testname-testovich"]["country"]) == (
        "Foreign Minister",
        "Kazakhstan",
    )
    assert rows["new:ivan-dorogomilov"]["n_mentions"] == 1


def test_alias_add_changes_the_views_at_once(db: Path) -> None:
    before = {r["country"]: r for r in sql(db, ATTENDEES)}
    assert before["Kazakhstan"]["person_id"] == "new:testname-testovich"
    out = run_cli("alias", "add", "sw:yermek-kosherbayev", "Testname Testovich", db=db).stdout
    assert "reprojected 1 article(s)" in out
    after = {r["country"]: r for r in sql(db, ATTENDEES)}
    assert (after["Kazakhstan"]["person_id"], after["Kazakhstan"]["person"]) == (
        "sw:yermek-kosherbayev",
        "Yermek Kosherbayev",
    )
    assert after["Turkey"] == before["Turkey"]
    assert "new:testname-testovich" not in {
        r["provisional_id"] for r in sql(db, "select * from unresolved_entities")
    }
    versions = sql(db, "select version, origin, additions from dictionary_versions")
    assert [v["origin"] for v in versions][-1] == "operator"
    code, found = resolve("Testname Testovich", db=db)
    assert (code, found["id"], found["dictionary_version"]) == (
        0,
        "sw:yermek-kosherbayev",
        versions[-1]["version"],
    )


def test_alias_add_refuses_an_unknown_id(db: Path) -> None:
    proc = run_cli("alias", "add", "sw:nobody-at-all", "Nobody", db=db, check=False)
    assert proc.returncode == 2 and "unknown entity id" in proc.stderr


def test_entity_add_person_with_office(db: Path) -> None:
    out = run_cli(
        "entity",
        "add",
        "person",
        "Ivan Dorogomilov",
        "--alias",
        "I. Dorogomilov",
        "--role",
        "prime minister",
        "--place",
        "Tajik",
        "--start",
        "2026-10-01",
        db=db,
    ).stdout
    assert out.splitlines()[0] == "sw:ivan-dorogomilov"
    after = {r["country"]: r for r in sql(db, ATTENDEES)}
    assert (after["Tajikistan"]["person_id"], after["Tajikistan"]["role"]) == (
        "sw:ivan-dorogomilov",
        "Prime Minister",
    )
    types = [r["event_type"] for r in sql(db, "select event_type from events where producer = 'operator-1'")]
    assert sorted(types) == ["entity_added", "office_added"]


def test_entity_add_office_validates_role_and_place(db: Path) -> None:
    bad = run_cli(
        "entity", "add", "office", "Q7747", "--role", "Grand Vizier", "--place", "Russia", db=db, check=False
    )
    assert bad.returncode == 2 and "unknown role" in bad.stderr
    ok = run_cli(
        "entity",
        "add",
        "office",
        "sw:kokhir-rasulzoda",
        "--role",
        "Foreign Minister",
        "--place",
        "Tajikistan",
        "--start",
        "2030-01-01",
        "--no-reproject",
        db=db,
    )
    assert "recorded 1 new event" in ok.stdout
