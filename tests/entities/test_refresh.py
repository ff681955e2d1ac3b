"""The refresh flow against a recorded Wikidata SPARQL answer served on 127.0.0.1: an office changes, views follow."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run_cli
from tests.entities.conftest import FIXTURES
from tests.fixtures.http_server import FixtureRequest, FixtureResponse, serve_fixtures

SPARQL = FIXTURES / "sparql"
TAJIK_PM = (
    "select person_id, person, role from summit_attendees "
    "where summit_id = 'cica-bishkek-2026' and country = 'Tajikistan'"
)


def sparql(request: FixtureRequest) -> FixtureResponse:
    """Answer like query.wikidata.org: the P39 query gets people, the P463 query gets memberships."""
    query = request.query.get("query", [""])[0]
    name = "people.json" if "P39" in query else "members.json" if "P463" in query else None
    if name is None:
        return FixtureResponse(400, {"Content-Type": "text/plain"}, b"unknown query")
    return FixtureResponse(
        200, {"Content-Type": "application/sparql-results+json"}, (SPARQL / name).read_bytes()
    )


def sql(db: Path, query: str) -> list[dict]:
    return json.loads(run_cli("sql", query, "--format", "json", db=db).stdout)


def test_refresh_changes_an_office_and_the_views_follow(db: Path, tmp_path: Path) -> None:
    assert sql(db, TAJIK_PM) == [
        {"person_id": "new:ivan-dorogomilov", "person": "Ivan Dorogomilov", "role": "Prime Minister"}
    ]
    with serve_fixtures(routes={"/sparql": sparql}) as base:
        out = run_cli(
            "refresh", "--endpoint", base.url("/sparql"), "--out", str(tmp_path / "reference"), db=db
        ).stdout
        assert base.hits["/sparql"] == 2
    assert "3 people, 3 offices, 1 memberships" in out
    assert sql(db, TAJIK_PM) == [
        {"person_id": "Q99999002", "person": "Ivan Dorogomilov", "role": "Prime Minister"}
    ]
    assert "new:ivan-dorogomilov" not in {
        r["provisional_id"] for r in sql(db, "select * from unresolved_entities")
    }
    versions = sql(db, "select version, origin, folder from dictionary_versions where origin = 'refresh'")
    assert len(versions) == 1 and Path(versions[0]["folder"]).parent == tmp_path / "reference"
    now = json.loads(run_cli("resolve", "the Tajik prime minister", "--as-of", "2026-10-14", db=db).stdout)
    before = json.loads(run_cli("resolve", "the Tajik prime minister", "--as-of", "2026-09-14", db=db).stdout)
    assert (now["id"], now["dictionary_version"]) == ("Q99999002", versions[0]["version"])
    assert before["canonical_name"] == "Kokhir Rasulzoda"
    assert before["offices"][0]["end"] == "2026-09-30"


def test_the_shipped_snapshot_works_offline(tmp_path: Path) -> None:
    """No database, no network: resolution uses the reference shipped in seeds/reference."""
    found = json.loads(
        run_cli(
            "resolve",
            "Kassym-Jomart Toqaev",
            "--as-of",
            "2024-07-03",
            db=tmp_path / "absent.duckdb",
            env={"HTTPS_PROXY": "http://127.0.0.1:9"},
        ).stdout
    )
    assert found["canonical_name"] == "Kassym-Jomart Tokayev"
    assert not (tmp_path / "absent.duckdb").exists()
