"""The typed read model: derived tables kept in step with `events` in each append, rebuilt from it at will.

claim_index and control_index hold the payload fields of claim and control events as typed columns, so the
folds never parse JSON; article_selection holds the producer each article is read with now; members_state
and attendees_state hold the current picture of the two hot views. An append merges its new live claims into
the state rows they touch, and refolds whole only the subjects (organisations, summits) whose earlier claims
it can change. None of them is the log: `rebuild_read_model` recreates them all from `events` alone.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from importlib import resources

import duckdb

CLAIM_TYPES = (
    "summit_reported",
    "membership_reported",
    "attendance_reported",
    "bilateral_meeting_reported",
    "death_reported",
    "office_change_reported",
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
# Above this many subjects to refold, one whole refold beats refolding each subject.
REFOLD_ALL_ABOVE = 200
# The state tables: the claim type they fold, their subject column, their key columns, the macro that folds
# them (with the hidden columns a merge needs) and the macro that merges a batch's new claims into them.
STATES = (
    ("members_state", "membership_reported", "organisation", ("organisation", "country", "candidacy"),
     "members_parts", "members_merged"),
    ("attendees_state", "attendance_reported", "summit_id", ("summit_id", "attendee_key"),
     "attendees_parts", "attendees_merged"),
)
# The files whose text defines the read model: a change to any of them rebuilds it on the next connect.
DEFINITION = (
    "live_claims.macro.sql",
    "withdrawn_events.macro.sql",
    "members_parts.macro.sql",
    "attendees_parts.macro.sql",
    "members_merged.macro.sql",
    "attendees_merged.macro.sql",
    "upcast_events.sql",
)
SCHEMA = ("002_read_model.sql", "003_mergeable_state.sql", "004_candidacy_track.sql")

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
# The events that can change which claims of an article are live: its producer selection or its supersession.
_ARTICLE_CONTROL = "('article_loaded', 'article_extracted', 'article_reprojected', 'claim_superseded')"
# Subjects to refold whole: those of the earlier claims (appended before this batch) of an article whose
# producer selection or supersession the batch can change. The batch's own claims are merged in otherwise.
AFFECTED = f"""
select distinct subject from claim_index
where event_type = $claim_type
  and position <= $after
  and article_id in (
      select article_id from control_index where position > $after and event_type in {_ARTICLE_CONTROL})
"""
# The producer each article is read with now: the batch's selections merged with the kept ones.
_SELECTING = "event_type in ('article_extracted', 'article_reprojected') and article_id is not null"
SELECTION_NEW = f"""
create temp table _selection as
select article_id, arg_max(producer, (recorded_at, position)) as producer,
       arg_max(recorded_at, (recorded_at, position)) as recorded_at,
       arg_max(position, (recorded_at, position)) as position
from (
    select article_id, producer, recorded_at, position
    from control_index where position > $after and {_SELECTING}
    union all
    select s.* from article_selection s
    semi join (select article_id from control_index where position > $after and {_SELECTING}) b
        on b.article_id = s.article_id
)
group by article_id
"""
SELECTION_ALL = f"""
insert into article_selection
select article_id, arg_max(producer, (recorded_at, position)), arg_max(recorded_at, (recorded_at, position)),
       arg_max(position, (recorded_at, position))
from control_index where {_SELECTING}
group by article_id
"""


def fingerprint() -> str:
    """Return a hash of the read model's definition: this module's SQL and the view files it folds with."""
    views = resources.files("warehouse.views")
    text = "".join(views.joinpath(name).read_text(encoding="utf-8") for name in DEFINITION)
    folder = resources.files("warehouse.schema")
    schema = "".join(folder.joinpath(name).read_text(encoding="utf-8") for name in SCHEMA)
    sql = INDEX_CLAIMS + INDEX_CONTROL + AFFECTED + SELECTION_NEW + SELECTION_ALL
    return hashlib.sha256((sql + schema + text).encode()).hexdigest()[:16]


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


def merge_state(
    con: duckdb.DuckDBPyConnection,
    table: str,
    keys: tuple[str, ...],
    macro: str,
    after: int,
    refold: list[str],
) -> None:
    """Merge the live claims appended after `after` into a state table, but those of the `refold` subjects."""
    _run(con, f"create temp table _merged as select * from {macro}($after, $refold::varchar[])",
         {"after": after, "refold": refold})
    same = " and ".join(f"s.{k} is not distinct from m.{k}" for k in keys)
    _run(con, f"delete from {table} s using _merged m where {same}")
    _run(con, f"insert into {table} by name select * from _merged")
    _run(con, "drop table _merged")


def select_producers(con: duckdb.DuckDBPyConnection, after: int | None) -> None:
    """Bring article_selection up to date with the selections appended after `after` (None: from scratch)."""
    if after is None:
        _run(con, "delete from article_selection")
        _run(con, SELECTION_ALL)
        return
    _run(con, SELECTION_NEW, {"after": after})
    _run(con, "delete from article_selection s using _selection n where s.article_id = n.article_id")
    _run(con, "insert into article_selection select * from _selection")
    _run(con, "drop table _selection")


def index_events(con: duckdb.DuckDBPyConnection, source: str, params: dict[str, object]) -> None:
    """Add the typed rows of the claim and control events of `source` (EVENTS_AFTER or BATCH)."""
    _run(con, INDEX_CLAIMS.replace("{source}", source), params)
    _run(con, INDEX_CONTROL.replace("{source}", source), params)


def _refold_subjects(con: duckdb.DuckDBPyConnection, after: int, claim_type: str) -> list[str] | None:
    """The subjects whose earlier claims the batch can change, or None when one whole refold is cheaper."""
    rows = con.execute(AFFECTED, {"after": after, "claim_type": claim_type}).fetchall()
    if len(rows) > REFOLD_ALL_ABOVE or any(r[0] is None for r in rows):
        return None
    return [r[0] for r in rows]


def apply_batch(con: duckdb.DuckDBPyConnection, after: int, last: int, recorded_at: datetime) -> None:
    """Index the batch just appended (registered as `_batch`, positions after..last) and bring the state up to
    date inside the append's transaction: subjects whose earlier claims the batch can change are refolded, the
    batch's other live claims are merged into the rows they touch. A batch with an amendment (retraction,
    correction, merge) can move any claim and regroup them: it refolds everything."""
    index_events(con, BATCH, {"recorded_at": recorded_at})
    select_producers(con, after)
    amended = con.execute(AMENDED, {"after": after}).fetchall()[0][0]  # type: ignore[index]
    for table, claim_type, column, keys, parts, merged in STATES:
        subjects = None if amended else _refold_subjects(con, after, claim_type)
        refold_state(con, table, column, parts, subjects)
        if subjects is not None:
            merge_state(con, table, keys, merged, after, subjects)
    _mark(con, last)


@contextmanager
def claims_probe(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """Keep the claims on the probe side of the folds' joins (wrap a whole transaction that refolds state).

    live_claims joins the wide claim rows to small tables (the producer selection, retractions, corrections,
    merges). DuckDB estimates a filtered claim_index (a batch's positions, one type) far too small and swaps
    the joins' sides, hashing every claim with all its columns (2.5 s instead of 0.25 s for 1M events)."""
    before = con.execute("select current_setting('disabled_optimizers')").fetchall()[0][0]  # type: ignore[index]
    con.execute("set disabled_optimizers = 'build_side_probe_side'")
    try:
        yield
    finally:
        con.execute("set disabled_optimizers = $before", {"before": before})


def rebuild_read_model(con: duckdb.DuckDBPyConnection) -> None:
    """Recreate every derived table from `events` alone, in one transaction."""
    with claims_probe(con):
        _rebuild(con)


def _rebuild(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("begin transaction")
    try:
        for table in ("claim_index", "control_index"):
            _run(con, f"delete from {table}")
        index_events(con, EVENTS_AFTER, {"after": 0})
        select_producers(con, None)
        for table, _, column, _, parts, _ in STATES:
            refold_state(con, table, column, parts, None)
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
