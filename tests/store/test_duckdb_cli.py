"""Guarantee 11: the released DuckDB command-line client (PyPI `duckdb-cli`, 1.5.x) reads the file."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from warehouse.db import STORAGE_COMPATIBILITY, connect
from warehouse.store import append_events


def _duckdb_cli() -> str:
    found = Path(sys.executable).with_name("duckdb")
    path = str(found) if found.exists() else shutil.which("duckdb")
    assert path, "the DuckDB CLI is missing: pip install duckdb-cli (it is in the `test` extra)"
    return path


def test_the_official_cli_reads_the_log_and_the_views(tmp_path, fixture_events):
    db = tmp_path / "log.duckdb"
    con = connect(db)
    try:
        append_events(con, [e for events in fixture_events.values() for e in events])
        expected = con.execute("select count(*) from events").fetchall()[0][0]
    finally:
        con.close()
    cli = _duckdb_cli()
    version = subprocess.run([cli, "--version"], capture_output=True, text=True, check=True).stdout
    assert version.startswith("v1.")  # the released 1.x line, older than the Python package writing the file
    sql = (
        "select count(*) from events; select status, n_sources from summit_attendees; "
        "select status from attendees_on('2026-06-10'); "
        "select tags::varchar from duckdb_databases() where database_name = 'log';"
    )
    proc = subprocess.run(
        [cli, "-readonly", "-csv", "-noheader", str(db), "-c", sql],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[:3] == [str(expected), "attended,4", "expected"]  # the log, a view and a time-travel macro
    assert STORAGE_COMPATIBILITY in lines[3]  # e.g. {storage_version=v1.4.0+}
