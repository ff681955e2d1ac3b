"""The append-only event store: one append function, atomic and idempotent, via Arrow."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from pipeline.events import Event
from warehouse.db import now_utc
from warehouse.derived import apply_batch, claims_probe

ARROW_SCHEMA = pa.schema([
    ("ord", pa.int64()), ("event_id", pa.string()), ("stream_id", pa.string()), ("stream_type", pa.string()),
    ("event_type", pa.string()), ("schema_version", pa.int32()), ("valid_time", pa.string()),
    ("valid_precision", pa.string()), ("article_id", pa.string()), ("published", pa.string()),
    ("producer", pa.string()), ("rule", pa.string()), ("sentence", pa.string()), ("span_start", pa.int32()),
    ("span_end", pa.int32()), ("confidence", pa.float64()), ("payload", pa.string()),
])
_COLUMNS = [f.name for f in ARROW_SCHEMA][1:]
# One pass over the batch: its size, its distinct ids, and how many of them the log already holds. The batch
# is the right side of every join with the log, so it is the hash table's build side and the log's event_id
# column is only probed (also while the read model keeps DuckDB from swapping join sides: claims_probe).
_HELD = "select e.event_id from events e semi join _batch b on b.event_id = e.event_id"
_CHECK = f"""
select count(*), count(distinct event_id), (select count(*) from ({_HELD}))
from _batch
"""
# Only when the check finds repeats: the first occurrence (by ord) of each id the log does not hold yet.
_NEW_ONLY = f"""
select b.* from _batch b
anti join ({_HELD}) h on h.event_id = b.event_id
qualify row_number() over (partition by b.event_id order by b.ord) = 1
order by b.ord
"""
_INSERT = """
insert into events
select
    position, event_id, stream_id, stream_type, event_type, schema_version, valid_time, valid_precision,
    $recorded_at, $batch_id,
    article_id, published, producer, rule, sentence, span_start, span_end, confidence,
    payload::json
from _batch
"""


def to_arrow(events: Sequence[Event]) -> pa.Table:
    """Return a batch of events as an Arrow table, in the store's column order."""
    columns = {name: [getattr(e, name) for e in events] for name in _COLUMNS}
    return pa.table({"ord": list(range(len(events))), **columns}, schema=ARROW_SCHEMA)


def _new_events(con: duckdb.DuckDBPyConnection, table: pa.Table) -> pa.Table:
    """Return the batch without the events the log holds and without repeats, in `ord` order."""
    con.register("_batch", table)
    try:
        size, distinct, held = con.execute(_CHECK).fetchall()[0]
        if distinct == size and held == 0:
            return table if _in_order(table) else table.sort_by("ord")
        return con.sql(_NEW_ONLY).to_arrow_table()
    finally:
        con.unregister("_batch")


def _in_order(table: pa.Table) -> bool:
    """Whether the batch is in `ord` order already (as `to_arrow` builds it); sorting 1M rows takes ~1 s."""
    ords = table["ord"]
    return table.num_rows < 2 or bool(pc.all(pc.less(ords[:-1], ords[1:])).as_py())


def _positioned(table: pa.Table, start: int) -> pa.Table:
    """Number the events start+1, start+2, ... in `ord` order: the log's gap-free positions."""
    return table.append_column("position", pa.array(range(start + 1, start + 1 + table.num_rows), pa.int64()))


def append_events(con: duckdb.DuckDBPyConnection, events: Sequence[Event] | pa.Table,
                  recorded_at: datetime | None = None) -> int:
    """Append a batch atomically; events already in the log (same id) are skipped. Returns how many were new.

    In the same transaction the typed read model (warehouse/derived.py) indexes the new events and refolds the
    current state they touch, so readers never see the log and its read model disagree."""
    table = events if isinstance(events, pa.Table) else to_arrow(events)
    if table.num_rows == 0:
        return 0
    with claims_probe(con):
        return _append(con, table, recorded_at or now_utc())


def _append(con: duckdb.DuckDBPyConnection, table: pa.Table, recorded_at: datetime) -> int:
    """Append a non-empty batch in one transaction: the new events, then the read model (append_events)."""
    con.execute("begin transaction")
    try:
        table = _new_events(con, table)
        if table.num_rows:
            start = con.execute("select coalesce(max(position), 0) from events").fetchall()[0][0]
            con.register("_batch", _positioned(table, start))
            con.execute(_INSERT, {"recorded_at": recorded_at, "batch_id": str(uuid.uuid4())}).fetchall()
            apply_batch(con, start, start + table.num_rows, recorded_at)
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise
    finally:
        con.unregister("_batch")
    return table.num_rows
