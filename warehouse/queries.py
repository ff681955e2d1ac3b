"""Read-side queries for the CLI: the views, filtered, as column names and rows."""

from __future__ import annotations

from typing import Any

import duckdb

Rows = tuple[list[str], list[tuple[Any, ...]]]

MEMBERS = """
select organisation, country, status, since, n_sources, first_reported, last_reported, source, evidence
from members_at(known_at := $known_at::timestamp, valid_on := $as_of)
where $org is null or organisation = $org or organisation ilike '%' || $org || '%'
order by organisation, status, country
"""
ATTENDEES = """
select summit_id, person, role, country, status, capacity, n_sources, source, evidence
from attendees_at(known_at := $known_at::timestamp, valid_on := $as_of)
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


def members(con: duckdb.DuckDBPyConnection, org: str | None, as_of: str | None = None,
            known_at: str | None = None) -> Rows:
    """The members, optionally of one organisation, as true on `as_of` and as known at `known_at` (None: now)."""
    return run(con, MEMBERS, {"org": org, "as_of": as_of, "known_at": known_at})


def attendees(con: duckdb.DuckDBPyConnection, summit: str | None, as_of: str | None = None,
              known_at: str | None = None) -> Rows:
    """The attendees, optionally of one summit, as true on `as_of` and as known at `known_at` (None: now)."""
    return run(con, ATTENDEES, {"summit": summit, "as_of": as_of, "known_at": known_at})


def summits(con: duckdb.DuckDBPyConnection) -> Rows:
    """Every summit the log knows of."""
    return run(con, SUMMITS)


LOADED_ARTICLES = """
with loaded as (
    select article_id, arg_max(payload, (recorded_at, position)) as payload
    from events where event_type = 'article_loaded' group by article_id
),
selected as (
    select article_id, arg_max(event_id, (recorded_at, position)) as event_id,
           arg_max(producer, (recorded_at, position)) as producer
    from events where event_type in ('article_extracted', 'article_reprojected') group by article_id
)
select l.article_id, l.payload::varchar, s.event_id, s.producer
from loaded l left join selected s using (article_id)
order by l.article_id
"""
TARGET = """
select e.event_id, e.stream_id, e.stream_type, e.event_type,
       (select count(*) from events a where a.event_type = $kind and a.payload ->> 'target_event_id' = e.event_id),
       coalesce(e.payload ->> 'claim_key', e.event_id) in (select event_id from withdrawn_events()),
       coalesce(e.payload ->> 'claim_key', e.event_id)
from events e where e.event_id = $event_id
"""


def loaded_articles(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str, str | None, str | None]]:
    """Every stored article: (article id, its latest `article_loaded` payload, selection event id, producer)."""
    return con.execute(LOADED_ARTICLES).fetchall()


def amendment_target(con: duckdb.DuckDBPyConnection, event_id: str,
                     kind: str) -> tuple[str, str, str, str, int, bool, str] | None:
    """The event an amendment would target: (id, stream, stream type, type, amendments of `kind`, withdrawn,
    natural claim key)."""
    rows = con.execute(TARGET, {"event_id": event_id, "kind": kind}).fetchall()
    if not rows:
        return None
    r = rows[0]
    return (r[0], r[1], r[2], r[3], int(r[4]), bool(r[5]), r[6])


def merge_count(con: duckdb.DuckDBPyConnection, kind: str, from_id: str) -> int:
    """How many merges of this id the log already holds (the next merge's generation)."""
    row = con.execute("select count(*) from events where event_type = 'entities_merged' and payload ->> 'kind' = $kind "
                      "and payload ->> 'from_id' = $from_id", {"kind": kind, "from_id": from_id}).fetchall()
    return int(row[0][0])
