"""The DuckDB file: opening it (waiting politely for the lock), numbered migrations, and the views."""

from __future__ import annotations

import os
import re
import sys
import time
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path

import duckdb

from pipeline.errors import WarehouseError

DEFAULT_DB = "data/summitwatch.duckdb"
# The released DuckDB CLI (1.5.x on PyPI) reads files written for this storage version.
STORAGE_COMPATIBILITY = "v1.4.0"
# DuckDB's buffer pool defaults to 80% of the machine's memory and keeps pages of the file cached as the log grows:
# a long load's resident memory then grows with the history. A fixed cap keeps a writer's memory flat (larger sorts
# and joins spill to disk). Readers keep DuckDB's default: an analyst's as-of query over a big log may need more.
# Override for both with SUMMITWATCH_DUCKDB_MEMORY (e.g. "4GB").
WRITER_MEMORY_LIMIT = "512MB"
MACRO_SUFFIX = ".macro.sql"
_NUMBERED = re.compile(r"^(\d{3})_[\w-]+\.sql$")
_LOCKED = ("lock", "Conflicting lock", "being used by another process")


def db_path(explicit: str | None = None) -> Path:
    """Return the database path: the argument, else SUMMITWATCH_DB, else data/summitwatch.duckdb."""
    return Path(explicit or os.environ.get("SUMMITWATCH_DB") or DEFAULT_DB)


def _is_lock_error(exc: Exception) -> bool:
    return any(word in str(exc) for word in _LOCKED)


def connect(path: Path | str | None = None, read_only: bool = False, wait_seconds: float = 120.0) -> duckdb.DuckDBPyConnection:
    """Open the database; while another process holds the file, wait and retry with backoff."""
    path = db_path(str(path) if path else None)
    if read_only and not path.exists():
        raise WarehouseError(f"{path}: no database yet; run `summitwatch load` first")
    path.parent.mkdir(parents=True, exist_ok=True)
    config: dict[str, str] = {}
    if not read_only:
        config["storage_compatibility_version"] = STORAGE_COMPATIBILITY
        config["memory_limit"] = WRITER_MEMORY_LIMIT
    if os.environ.get("SUMMITWATCH_DUCKDB_MEMORY"):
        config["memory_limit"] = os.environ["SUMMITWATCH_DUCKDB_MEMORY"]
    deadline, delay = time.monotonic() + wait_seconds, 0.05
    while True:
        try:
            con = duckdb.connect(str(path), read_only=read_only, config=config)
            break
        except duckdb.IOException as exc:
            if not _is_lock_error(exc) or time.monotonic() > deadline:
                raise WarehouseError(f"{path}: cannot open ({exc})") from exc
            if delay == 0.05:
                print(f"waiting for {path}: another process has it open", file=sys.stderr, flush=True)
            time.sleep(delay)
            delay = min(delay * 2, 2.0)
    if not read_only:
        migrate(con)
    return con


def _sql_files(package: str) -> list[tuple[str, str]]:
    folder = resources.files(package)
    return sorted((f.name, f.read_text(encoding="utf-8")) for f in folder.iterdir() if f.name.endswith(".sql"))


def migrate(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Apply numbered schema files not yet applied, in order, and record them; then (re)create the views."""
    con.execute("create table if not exists schema_migrations (version integer, name varchar, applied_at timestamp)")
    done = {row[0] for row in con.execute("select version from schema_migrations").fetchall()}
    applied = []
    for name, sql in _sql_files("warehouse.schema"):
        m = _NUMBERED.match(name)
        if not m or int(m.group(1)) in done:
            continue
        con.execute("begin transaction")
        con.execute(sql)
        con.execute("insert into schema_migrations values (?, ?, ?)", [int(m.group(1)), name, now_utc()])
        con.execute("commit")
        applied.append(name)
    create_views(con)
    from warehouse.derived import ensure_read_model  # derived state needs the views; imported late (no cycle)

    ensure_read_model(con)
    return applied


def _statement(name: str, sql: str) -> str:
    """Return the DDL of one file: a `NAME.macro.sql` holds a whole macro; any other `NAME.sql` a view's query."""
    return sql if name.endswith(MACRO_SUFFIX) else f"create or replace view {name[:-4]} as {sql}"


def create_views(con: duckdb.DuckDBPyConnection) -> None:
    """Create or replace the views and table macros of warehouse/views, resolving their order by retrying."""
    pending = {name: _statement(name, sql) for name, sql in _sql_files("warehouse.views")}
    while pending:
        progressed = False
        for name, ddl in list(pending.items()):
            try:
                con.execute(ddl)
            except (duckdb.CatalogException, duckdb.BinderException):  # uses one not (re)created yet
                continue
            del pending[name]
            progressed = True
        if not progressed:
            con.execute(next(iter(pending.values())))  # raise the real error


def now_utc() -> datetime:
    """Return the current UTC time as a naive timestamp (the log's recorded time)."""
    return datetime.now(UTC).replace(tzinfo=None)
