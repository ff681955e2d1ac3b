"""The typed read model: derived tables kept in step with `events` in each append, rebuilt from it at will.

claim_index and control_index hold the payload fields of claim and control events as typed columns, so the
folds never parse JSON; members_state and attendees_state hold the current picture of the two hot views,
refolded at append time for the subjects (organisations, summits) a batch can change. None of them is the log:
`rebuild_read_model` recreates all four from `events` alone.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from importlib import resources

import duckdb

CLAIM_TYPES = (
    "summit_reported",
    "membership_reported",
    "attendance_reported",
    "bilateral_meeting_reported",
    "death_reported",
)
CONTROL_TYPES = (
    "article_loaded",
    "article_extracted",
    "article_reprojected",
    "claim_superseded",
    "claim_retracted",
    "claim_corrected",
    "entities_merged",
)
AMENDMENT_TYPES = ("claim_retracted", "claim_corrected", "entities_merged")
# Above this many subjects touched, one whole refold beats refolding each subject.
REFOLD_ALL_ABOVE = 200
# The state tables, the claim type they fold, their subject column and the macro that folds them.
STATES = (
    ("members_state", "membership_reported", "organisation", "members_at"),
    ("attendees_state", "attendance_reported", "summit_id", "attendees_at"),
)
# The files whose text defines the read model: a change to any of them rebuilds it on the next connect.
DEFINITION = (
    "live_claims.macro.sql",
    "withdrawn_events.macro.sql",
    "members_at.macro.sql",
    "attendees_at.macro.sql",
    "upcast_events.sql",
)

_CLAIM_FIELDS = (
    "story_id",
    "url",
    "source",
    "claim_key",
    "summit_id",
    "summit",
    "organisation",
    "since",
    "status",
    "person_id",
    "person",
    "country_id",
    "country",
    "role",
    "capacity",
    "mode",
    "name",
    "host_city",
    "host_country",
    "start",
    "end",
)
_CLAIM_STRUCT = "{" + ", ".join(f'"{f}": "VARCHAR"' for f in _CLAIM_FIELDS) + "}"
# The claim and control events of a source relation with the events table's columns: `events` past a position
# (rebuild), or the batch being appended. attendance_reported v1 is upcast as in upcast_events.sql (mode).
EVENTS_AFTER = "(select * from events where position > $after)"
BATCH = "(select *, $recorded_at::timestamp as recorded_at from _batch)"
INDEX_CLAIMS = f"""
insert into claim_index
select
    e.event_id, e.position, e.event_type, e.stream_id, e.article_id,
    coalesce(p.story_id, e.article_id), e.published,
    coalesce(e.published, strftime(e.recorded_at, '%Y-%m-%d')),
    e.valid_time, e.recorded_at, e.producer, e.rule, e.sentence, e.span_start, e.span_end, e.confidence,
    p.url, p.source, case when e.v1_attendance then 2 else e.schema_version end,
    coalesce(p.claim_key, e.event_id),
    case when e.event_type = 'membership_reported' then p.organisation else p.summit_id end,
    p.summit_id, p.summit, p.organisation, p.since, p.status, p.person_id, p.person, p.country_id, p.country,
    p.role, p.capacity,
    case when e.v1_attendance and p.mode is null
         then case when p.status = 'absent' then 'none' else 'in_person' end
         else p.mode end,
    p.name, p.host_city, p.host_country, p.start, p."end"
from (
    select *, json_transform(payload, '{_CLAIM_STRUCT}') as p,
        event_type = 'attendance_reported' and schema_version < 2 as v1_attendance
    from {{source}}
    where event_type in {CLAIM_TYPES}
) e
"""
_CONTROL_STRUCT = (
    '{"content_hash": "VARCHAR", "claim_event_id": "VARCHAR", "target_event_id": "VARCHAR", '
    '"target_claim_key": "VARCHAR", "status": "VARCHAR", "from_id": "VARCHAR", "into_id": "VARCHAR", '
    '"into_name": "VARCHAR"}'
)
INDEX_CONTROL = f"""
insert into control_index
select
    e.event_id, e.position, e.event_type, e.article_id, e.producer, e.recorded_at,
    p.content_hash, p.claim_event_id, p.target_event_id, coalesce(p.target_claim_key, p.target_event_id),
    p.status, p.from_id, p.into_id, p.into_name
from (
    select *, json_transform(payload, '{_CONTROL_STRUCT}') as p
    from {{source}}
    where event_type in {CONTROL_TYPES}
) e
"""
AMENDED = f"select count(*) from control_index where position > $after and event_type in {AMENDMENT_TYPES}"
# Subjects whose fold a batch can change: those of its claims, and those of every claim of an article whose
# producer selection or supersession the batch can change.
AFFECTED = """
select distinct subject from claim_index
where event_type = $claim_type
  and (position > $after or article_id in (
      select article_id from control_index
      where position > $after
        and event_type in ('article_loaded', 'article_extracted', 'article_reprojected', 'claim_superseded')))
"""


def fingerprint() -> str:
    """Return a hash of the read model's definition: this module's SQL and the view files it folds with."""
    views = resources.files("warehouse.views")
    text = "".join(views.joinpath(name).read_text(encoding="utf-8") for name in DEFINITION)
    schema = resources.files("warehouse.schema").joinpath("002_read_model.sql").read_text(encoding="utf-8")
    return hashlib.sha256((INDEX_CLAIMS + INDEX_CONTROL + AFFECTED + schema + text).encode()).hexdigest()[:16]


def _run(con: duckdb.DuckDBPyConnection, sql: str, params: dict[str, object] | None = None) -> None:
    """Run one statement to completion (DuckDB keeps a statement's result open until it is fetched)."""
    con.execute(sql, params or {}).fetchall()


def _mark(con: duckdb.DuckDBPyConnection, position: int) -> None:
    _run(con, "delete from read_model")
    _run(
        con,
        "insert into read_model values ($fp, $position, now()::timestamp)",
        {"fp": fingerprint(), "position": position},
    )


def refold_state(
    con: duckdb.DuckDBPyConnection, table: str, column: str, macro: str, subjects: list[str] | None
) -> None:
    """Replace the rows of a state table for `subjects` (None: all) by a fresh fold of them."""
    if subjects is None:
        _run(con, f"delete from {table}")
        _run(con, f"insert into {table} by name select * from {macro}()")
        return
    if not subjects:
        return
    _run(con, f"delete from {table} where list_contains($subjects, {column})", {"subjects": subjects})
    _run(
        con,
        f"insert into {table} by name select * from {macro}(subjects := $subjects)",
        {"subjects": subjects},
    )


def index_events(con: duckdb.DuckDBPyConnection, source: str, params: dict[str, object]) -> None:
    """Add the typed rows of the claim and control events of `source` (EVENTS_AFTER or BATCH)."""
    _run(con, INDEX_CLAIMS.replace("{source}", source), params)
    _run(con, INDEX_CONTROL.replace("{source}", source), params)


def apply_batch(con: duckdb.DuckDBPyConnection, after: int, last: int, recorded_at: datetime) -> None:
    """Index the batch just appended (registered as `_batch`, positions after..last) and refold the state it
    touches, inside the append's transaction."""
    index_events(con, BATCH, {"recorded_at": recorded_at})
    amended = con.execute(AMENDED, {"after": after}).fetchall()[0][0]  # type: ignore[index]
    for table, claim_type, column, macro in STATES:
        subjects: list[str] | None = None
        if not amended:  # an amendment can move any claim (merges regroup them): refold everything
            rows = con.execute(AFFECTED, {"after": after, "claim_type": claim_type}).fetchall()
            few = len(rows) <= REFOLD_ALL_ABOVE and all(r[0] is not None for r in rows)
            subjects = [r[0] for r in rows] if few else None
        refold_state(con, table, column, macro, subjects)
    _mark(con, last)


def rebuild_read_model(con: duckdb.DuckDBPyConnection) -> None:
    """Recreate every derived table from `events` alone, in one transaction."""
    con.execute("begin transaction")
    try:
        for table in ("claim_index", "control_index"):
            _run(con, f"delete from {table}")
        index_events(con, EVENTS_AFTER, {"after": 0})
        for table, _, column, macro in STATES:
            refold_state(con, table, column, macro, None)
        _mark(con, con.execute("select coalesce(max(position), 0) from events").fetchall()[0][0])  # type: ignore[index]
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise


def ensure_read_model(con: duckdb.DuckDBPyConnection) -> bool:
    """Rebuild the read model if it was built by another definition or lags the log; return whether it did."""
    built = con.execute("select fingerprint, position from read_model").fetchall()
    last = con.execute("select coalesce(max(position), 0) from events").fetchall()[0][0]  # type: ignore[index]
    if built == [(fingerprint(), last)]:
        return False
    rebuild_read_model(con)
    return True
