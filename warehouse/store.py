"""The append-only event store: one append function, atomic and idempotent, via Arrow."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime

import duckdb
import pyarrow as pa

from pipeline.events import Event
from warehouse.db import now_utc

ARROW_SCHEMA = pa.schema([
    ("ord", pa.int64()), ("event_id", pa.string()), ("stream_id", pa.string()), ("stream_type", pa.string()),
    ("event_type", pa.string()), ("schema_version", pa.int32()), ("valid_time", pa.string()),
    ("valid_precision", pa.string()), ("article_id", pa.string()), ("published", pa.string()),
    ("producer", pa.string()), ("rule", pa.string()), ("sentence", pa.string()), ("span_start", pa.int32()),
    ("span_end", pa.int32()), ("confidence", pa.float64()), ("payload", pa.string()),
])
_COLUMNS = [f.name for f in ARROW_SCHEMA][1:]
_INSERT = f"""
insert into events
select
    $start + row_number() over (order by b.ord) as position,
    b.event_id, b.stream_id, b.stream_type, b.event_type, b.schema_version, b.valid_time, b.valid_precision,
    $recorded_at, $batch_id,
    b.article_id, b.published, b.producer, b.rule, b.sentence, b.span_start, b.span_end, b.confidence,
    b.payload::json
from (select * from _batch qualify row_number() over (partition by event_id order by ord) = 1) b
where not exists (select 1 from events e where e.event_id = b.event_id)
"""


def to_arrow(events: Sequence[Event]) -> pa.Table:
    """Return a batch of events as an Arrow table, in the store's column order."""
    columns = {name: [getattr(e, name) for e in events] for name in _COLUMNS}
    return pa.table({"ord": list(range(len(events))), **columns}, schema=ARROW_SCHEMA)


def append_events(con: duckdb.DuckDBPyConnection, events: Sequence[Event] | pa.Table,
                  recorded_at: datetime | None = None) -> int:
    """Append a batch atomically; events already in the log (same id) are skipped. Returns how many were new."""
    table = events if isinstance(events, pa.Table) else to_arrow(events)
    if table.num_rows == 0:
        return 0
    con.register("_batch", table)
    try:
        con.execute("begin transaction")
        start = con.execute("select coalesce(max(position), 0) from events").fetchone()[0]  # type: ignore[index]
        before = con.execute("select count(*) from events").fetchone()[0]  # type: ignore[index]
        con.execute(_INSERT, {"start": start, "recorded_at": recorded_at or now_utc(), "batch_id": str(uuid.uuid4())})
        after = con.execute("select count(*) from events").fetchone()[0]  # type: ignore[index]
        con.execute("commit")
    except BaseException:
        con.execute("rollback")
        raise
    finally:
        con.unregister("_batch")
    return int(after - before)
