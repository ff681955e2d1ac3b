"""Guarantee 9: numbered migrations are applied in order and recorded; an old event is upcast when read."""

from __future__ import annotations

import json
from dataclasses import replace

from tests.store.conftest import append_to, rows
from warehouse.db import _sql_files, connect, migrate


def test_migrations_are_applied_in_order_once_and_recorded(tmp_path):
    db = tmp_path / "log.duckdb"
    connect(db).close()
    numbered = [name for name, _ in _sql_files("warehouse.schema") if name[:3].isdigit()]
    recorded = rows(db, "select version, name from schema_migrations order by applied_at, version")
    assert [name for _, name in recorded] == numbered and numbered[0] == "001_events.sql"
    assert [v for v, _ in recorded] == sorted(v for v, _ in recorded)
    con = connect(db)
    try:
        assert migrate(con) == []  # nothing applied twice
        assert con.execute("select count(*) from schema_migrations").fetchall() == [(len(numbered),)]
    finally:
        con.close()


def test_a_version_1_attendance_event_is_upcast_when_read(tmp_path, fixture_events):
    db = tmp_path / "log.duckdb"
    current = next(e for e in fixture_events["bishkek-b"] if e.event_type == "attendance_reported")
    assert current.schema_version == 2 and "mode" in json.loads(current.payload)
    payload = {k: v for k, v in json.loads(current.payload).items() if k != "mode"}
    old = replace(current, schema_version=1, payload=json.dumps(payload))
    rest = [e for e in fixture_events["bishkek-b"] if e.event_id != current.event_id]
    append_to(db, [*rest, old])
    stored = rows(
        db, "select schema_version, payload ->> 'mode' from events where event_id = ?", [old.event_id]
    )
    read = rows(
        db,
        "select schema_version, stored_schema_version, payload ->> 'mode' from upcast_events "
        "where event_id = ?",
        [old.event_id],
    )
    assert stored == [(1, None)]  # the log keeps what was written
    assert read == [(2, 1, "in_person")]  # readers see version 2
    assert rows(db, "select mode, status from summit_attendees") == [("in_person", "attended")]


def test_events_of_the_current_version_pass_through_unchanged(tmp_path, fixture_events):
    db = tmp_path / "log.duckdb"
    append_to(db, fixture_events["bishkek-a"])
    assert rows(
        db,
        "select count(*) from events e join upcast_events u using (event_id) "
        "where e.payload::varchar <> u.payload::varchar or e.schema_version <> u.schema_version",
    ) == [(0,)]
