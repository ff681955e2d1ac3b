"""Guarantee 6: the picture as known at a recorded time, and as true at a valid time: macros and CLI."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.conftest import cli_json
from tests.store.conftest import rows
from warehouse.db import connect
from warehouse.store import append_events

EARLY, LATE = datetime(2026, 6, 11, 9, 0), datetime(2026, 6, 20, 9, 0)


@pytest.fixture()
def two_days(tmp_path, fixture_events):
    """The previews were recorded on 11 June, the reports of the summit on 20 June."""
    db = tmp_path / "log.duckdb"
    con = connect(db)
    try:
        append_events(con, fixture_events["bishkek-a"] + fixture_events["bishkek-d"], recorded_at=EARLY)
        append_events(con, fixture_events["bishkek-b"] + fixture_events["bishkek-c"], recorded_at=LATE)
    finally:
        con.close()
    return db


def test_as_known_at_a_recorded_time(two_days):
    before = "timestamp '2026-06-15 00:00'"
    assert rows(two_days, f"select status, n_sources from attendees_as_of(known_at := {before})") == [
        ("expected", 2)
    ]
    assert rows(
        two_days, f"select status from members_as_of(known_at := {before}) where country = 'Mongolia'"
    ) == [("observer",)]
    assert rows(
        two_days, "select status, n_sources from attendees_as_of(known_at := timestamp '2026-06-25')"
    ) == [("attended", 4)]
    assert rows(two_days, "select count(*) from members_as_of(known_at := timestamp '2026-06-01')") == [(0,)]


def test_as_true_on_a_valid_time(two_days):
    assert rows(two_days, "select status, n_sources from attendees_on(date '2026-06-12')") == [
        ("expected", 2)
    ]
    assert rows(two_days, "select status, n_sources from attendees_on('2026-06-18')") == [("attended", 4)]
    assert rows(
        two_days, "select status, n_sources from members_on('2026-06-05') where country = 'Mongolia'"
    ) == [("observer", 1)]
    # before any article appeared, only what the articles date earlier holds: the founders, members since 2001
    assert rows(two_days, "select country, since from members_on('2026-05-31') order by 1") == [
        ("China", "2001"),
        ("Russia", "2001"),
    ]
    assert rows(two_days, "select count(*) from members_on('2000-12-31')") == [(0,)]


def test_now_is_the_same_as_the_views(two_days):
    assert rows(two_days, "select * from members_as_of() order by all") == rows(
        two_days, "select * from current_members order by all"
    )
    assert rows(two_days, "select * from attendees_as_of() order by all") == rows(
        two_days, "select * from summit_attendees order by all"
    )


def test_the_cli_takes_as_of_and_known_at(two_days):
    known = cli_json("attendees", "sco-bishkek-2026", "--known-at", "2026-06-11", db=two_days)
    valid = cli_json("members", "SCO", "--as-of", "2026-06-05", db=two_days)
    now = cli_json("attendees", "sco-bishkek-2026", db=two_days)
    assert [(r["person"], r["status"], r["n_sources"]) for r in known] == [("Shehbaz Sharif", "expected", 2)]
    assert {r["country"]: r["status"] for r in valid}["Mongolia"] == "observer"
    assert [(r["status"], r["n_sources"]) for r in now] == [("attended", 4)]
