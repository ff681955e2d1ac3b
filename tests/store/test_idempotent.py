"""Guarantee 1: appending the same batch twice, or re-running a flow on the same input, adds nothing."""

from __future__ import annotations

from tests.store.conftest import rows, snapshot
from warehouse.db import connect
from warehouse.store import append_events, to_arrow


def test_the_same_batch_twice_adds_nothing(tmp_path, fixture_events):
    db = tmp_path / "log.duckdb"
    batch = [e for events in fixture_events.values() for e in events]
    con = connect(db)
    try:
        first = append_events(con, batch)
        before = snapshot_rows = con.execute("select count(*), max(position) from events").fetchall()
        again = append_events(con, batch)
        arrow_again = append_events(con, to_arrow(batch))
        after = con.execute("select count(*), max(position) from events").fetchall()
    finally:
        con.close()
    assert first == len({e.event_id for e in batch}) > 20
    assert (again, arrow_again) == (0, 0)
    assert before == after == snapshot_rows
    assert after[0][0] == after[0][1]  # positions stay gap-free


def test_duplicates_inside_one_batch_are_stored_once(tmp_path, fixture_events):
    db = tmp_path / "log.duckdb"
    events = fixture_events["bishkek-a"]
    con = connect(db)
    try:
        assert append_events(con, events + events) == len(events)
    finally:
        con.close()
    assert rows(
        db, "select count(*) = count(distinct event_id), min(position), max(position) from events"
    ) == [(True, 1, len(events))]


def test_a_second_batch_with_old_and_new_events_adds_only_the_new(tmp_path, fixture_events):
    db = tmp_path / "log.duckdb"
    con = connect(db)
    try:
        append_events(con, fixture_events["bishkek-a"])
        new = append_events(con, fixture_events["bishkek-a"] + fixture_events["bishkek-b"])
    finally:
        con.close()
    assert new == len(fixture_events["bishkek-b"])
    assert snapshot(db)["summit_attendees"][0][6] == "attended"
