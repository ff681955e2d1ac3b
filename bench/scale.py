"""Log-size measurements: append rate vs the Arrow floor, view latency up to 10M events, incremental runs."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

import duckdb  # the baseline is DuckDB itself; the pipeline's own appends go through warehouse.store

from bench.generate import write_corpus
from bench.stages import run_disk
from bench.synth import synth_events
from warehouse.db import connect
from warehouse.store import append_events

# The synthetic log gives every mention its own URL, so at 10M events the state rows hold 4.5M URLs; folding and
# merging those lists needs more than the writer's default 512 MB cap (warehouse/db.py).
os.environ.setdefault("SUMMITWATCH_DUCKDB_MEMORY", "8GB")
VIEWS = ("current_members", "summit_attendees")
_MIDDLE = "select recorded_at from events where position = (select max(position) // 2 from events)"
# The as-of macros (if this checkout has them): the log as known an hour ago, the world as on a day.
MACROS = (
    ("members_as_of", "select * from members_as_of(known_at := now()::timestamp - interval 1 hour)"),
    ("members_on", "select * from members_on('2020-01-01')"),
    ("attendees_as_of", "select * from attendees_as_of(known_at := now()::timestamp - interval 1 hour)"),
    ("attendees_on", "select * from attendees_on('2020-01-01')"),
    # known_at inside the log (the recorded time of its middle event), so the as-of fold is not empty
    ("members_as_of_mid", f"select * from members_as_of(known_at := ({_MIDDLE}))"),
    ("attendees_as_of_mid", f"select * from attendees_as_of(known_at := ({_MIDDLE}))"),
)
CHUNK = 1_000_000


def _fresh(path: Path) -> Path:
    for suffix in ("", ".wal"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    return path


def arrow_floor(table: Any, out: Path) -> float:
    """Return seconds for DuckDB's own bulk insert of `table` into an empty table of the same shape."""
    con = duckdb.connect(str(_fresh(out / "floor.duckdb")))
    con.register("batch", table)
    con.execute("create table events as select * exclude (ord) from batch limit 0")
    started = time.perf_counter()
    con.execute("insert into events select * exclude (ord) from batch")
    elapsed = time.perf_counter() - started
    con.close()
    return elapsed


def time_query(con: Any, sql: str, repeat: int = 3) -> float:
    """Return the best of `repeat` wall times for a query, fully materialised."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        con.execute(sql).fetchall()
        best = min(best, time.perf_counter() - started)
    return best


def time_views(con: Any) -> dict[str, Any]:
    """Time the folded views, and the as-of macros where they exist."""
    result: dict[str, Any] = {v: time_query(con, f"select * from {v}") for v in VIEWS}
    macros = {r[0] for r in con.execute("select function_name from duckdb_functions()").fetchall()}
    for name, sql in MACROS:
        if name.removesuffix("_mid") in macros:
            try:
                result[name] = time_query(con, sql)
            except duckdb.Error as exc:
                result[name] = f"error: {str(exc).splitlines()[0]}"
    return result


def grow_log(checkpoints: list[int], out: Path) -> list[dict[str, Any]]:
    """Append synthetic events in chunks up to each checkpoint; time appends, the floor and the views."""
    con, rows, total = connect(_fresh(out / "events.duckdb")), [], 0
    for checkpoint in sorted(checkpoints):
        while total < checkpoint:
            table = synth_events(total, min(CHUNK, checkpoint - total))
            started = time.perf_counter()
            added = append_events(con, table)
            append_s = time.perf_counter() - started
            rows.append(
                {
                    "log_before": total,
                    "events": added,
                    "append_s": append_s,
                    "events_per_s": added / append_s,
                    "floor_s": arrow_floor(table, out),
                }
            )
            total += added
        rows.append({"log_events": total, "views": time_views(con)})
    con.close()
    return rows


def incremental(history_articles: int, run_articles: int, out: Path) -> dict[str, Any]:
    """The same run against an empty log, again unchanged, and against a log holding `history_articles`."""
    paths = write_corpus(out / "corpus", run_articles)
    empty = run_disk(paths, _fresh(out / "incr-empty.duckdb"))
    again = run_disk(paths, out / "incr-empty.duckdb")
    con = connect(_fresh(out / "incr-history.duckdb"))
    history_events = int(history_articles / 0.15)  # synth mix: 15% of events are article_loaded
    for start in range(0, history_events, CHUNK):
        append_events(con, synth_events(start, min(CHUNK, history_events - start), "hist"))
    con.close()
    full = run_disk(paths, out / "incr-history.duckdb")
    return {
        "run_articles": run_articles,
        "history_articles": history_articles,
        "history_events": history_events,
        "empty_s": empty["wall"],
        "unchanged_rerun_s": again["wall"],
        "with_history_s": full["wall"],
        "ratio": full["wall"] / empty["wall"],
        "new_events_rerun": again["events"],
    }
