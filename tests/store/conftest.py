"""Shared helpers for the event-store tests: the fixture articles, fresh databases, and view snapshots."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.articles import read_article
from pipeline.events import Event
from pipeline.process import article_events
from pipeline.reference import load_reference
from warehouse.db import connect

FIXTURES = Path(__file__).resolve().parent / "fixtures"
ARTICLES = sorted(FIXTURES.glob("bishkek-*.txt"))
VIEWS = {
    "current_members": "organisation, country",
    "summit_attendees": "summit_id, attendee_key",
    "summits": "summit_id",
    "conflicts": "kind, subject, about, status",
    "mentions": "event_id",
}


@pytest.fixture(scope="session")
def ref():
    return load_reference()


@pytest.fixture(scope="session")
def fixture_events(ref) -> dict[str, list[Event]]:
    """The events of each fixture article, by file stem."""
    return {path.stem: article_events(read_article(path), ref) for path in ARTICLES}


def append_to(db: Path, events) -> int:
    """Append events to the log at `db` through the store's one append function."""
    from warehouse.store import append_events

    con = connect(db)
    try:
        return append_events(con, events)
    finally:
        con.close()


@pytest.fixture()
def loaded(tmp_path: Path, fixture_events: dict[str, list[Event]]) -> Path:
    """A log holding every fixture article."""
    db = tmp_path / "log.duckdb"
    append_to(db, [e for events in fixture_events.values() for e in events])
    return db


def snapshot(db: Path) -> dict[str, list[tuple]]:
    """Every row of the user-facing views, sorted: what a reader sees."""
    con = connect(db, read_only=True)
    try:
        return {
            view: con.execute(f"select * from {view} order by {order}").fetchall()
            for view, order in VIEWS.items()
        }
    finally:
        con.close()


def rows(db: Path, sql: str, params: list | dict | None = None) -> list[tuple]:
    """Run one query on a read-only connection and return its rows."""
    con = connect(db, read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


PREFECT_ENV = {
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120"
}  # a busy CI machine starts Prefect slowly


def run_flow_cli(*args: str, db: Path, check: bool = True):
    """Run a `summitwatch` command that starts a Prefect flow, with patience for the ephemeral server."""
    from tests.conftest import run_cli

    return run_cli(*args, db=db, check=check, env=PREFECT_ENV)
