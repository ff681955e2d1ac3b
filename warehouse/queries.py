"""Read-side queries for the CLI: the views, filtered, as column names and rows."""

from __future__ import annotations

from typing import Any

import duckdb

Rows = tuple[list[str], list[tuple[Any, ...]]]

MEMBERS = """
select organisation, country, status, since, n_sources, first_reported, last_reported, source, evidence
from current_members
where $org is null or organisation = $org or organisation ilike '%' || $org || '%'
order by organisation, status, country
"""
ATTENDEES = """
select summit_id, person, role, country, status, capacity, n_sources, source, evidence
from summit_attendees
where $summit is null or summit_id = $summit or summit ilike '%' || $summit || '%'
order by summit_id, status, country, person
"""
SUMMITS = """
select summit_id, summit, organisation, host_city, host_country, start_date, end_date, n_sources
from summits order by start_date, summit_id
"""


def run(con: duckdb.DuckDBPyConnection, sql: str, params: dict[str, Any] | list[Any] | None = None) -> Rows:
    """Run a query and return (column names, rows)."""
    cur = con.execute(sql, params or [])
    return [d[0] for d in cur.description or []], cur.fetchall()


def members(con: duckdb.DuckDBPyConnection, org: str | None) -> Rows:
    """The current members, optionally of one organisation (name, or part of it)."""
    return run(con, MEMBERS, {"org": org})


def attendees(con: duckdb.DuckDBPyConnection, summit: str | None) -> Rows:
    """The attendees, optionally of one summit (id, or part of its name)."""
    return run(con, ATTENDEES, {"summit": summit})


def summits(con: duckdb.DuckDBPyConnection) -> Rows:
    """Every summit the log knows of."""
    return run(con, SUMMITS)
