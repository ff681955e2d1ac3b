"""Guarantee 10: an analyst's read-only connection in another process makes no load fail or lose anything:
the writer waits (with backoff) until the reader lets go; the analyst sees the new data on reconnecting."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

from tests.conftest import CLI, ROOT
from tests.store.conftest import ARTICLES, FIXTURES, PREFECT_ENV, append_to, rows
from warehouse.db import connect
from warehouse.store import append_events

READER = """
import sys, duckdb
con = duckdb.connect(sys.argv[1], read_only=True)
print("holding", con.execute("select count(*) from articles").fetchall()[0][0], flush=True)
sys.stdin.readline()  # hold the file open until the test says so
con.close()
print("released", flush=True)
"""


def test_a_load_waits_for_a_reader_and_loses_nothing(tmp_path, fixture_events):
    db = tmp_path / "log.duckdb"
    con = connect(db)
    try:
        append_events(con, fixture_events["bishkek-a"])  # the analyst has something to look at
    finally:
        con.close()
    reader = subprocess.Popen(
        [sys.executable, "-c", READER, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert reader.stdout.readline().split() == ["holding", "1"]

    env = dict(os.environ, PREFECT_SERVER_ANALYTICS_ENABLED="false", SUMMITWATCH_DB=str(db), **PREFECT_ENV)
    loader = subprocess.Popen(
        [*CLI, "load", str(FIXTURES)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    waited = threading.Event()
    stderr: list[str] = []

    def watch() -> None:
        for line in loader.stderr:
            stderr.append(line)
            if "waiting for" in line and str(db) in line:
                waited.set()

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    while not waited.is_set() and loader.poll() is None:
        waited.wait(0.5)
    # the reader held the file across the whole load so far: the writer is queued on the lock
    assert waited.is_set(), "".join(stderr)
    assert loader.poll() is None
    reader.stdin.write("\n")
    reader.stdin.flush()
    assert reader.stdout.readline().strip() == "released"
    reader.wait(timeout=60)

    out, _ = loader.communicate(timeout=600)
    watcher.join(timeout=60)
    assert loader.returncode == 0, "".join(stderr)
    assert f"loaded {len(ARTICLES)} articles (0 failed)" in out
    # reconnecting, the analyst sees everything: the four articles and their whole extraction
    assert rows(db, "select count(*) from articles") == [(len(ARTICLES),)]
    assert rows(db, "select count(*) from events where event_type = 'article_extracted'") == [
        (len(ARTICLES),)
    ]
    assert rows(db, "select status, n_sources from summit_attendees") == [("attended", 4)]


def test_the_reader_sees_new_data_only_after_reconnecting(tmp_path, fixture_events):
    db = tmp_path / "log.duckdb"
    append_to(db, fixture_events["bishkek-a"])
    first = rows(db, "select count(*) from articles")
    append_to(db, fixture_events["bishkek-b"])
    assert (first, rows(db, "select count(*) from articles")) == ([(1,)], [(2,)])


def test_the_writer_gives_up_with_a_clear_error_after_its_wait(tmp_path):
    db = tmp_path / "log.duckdb"
    connect(db).close()
    reader = subprocess.Popen(
        [sys.executable, "-c", READER.replace("articles", "events"), str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert reader.stdout.readline().startswith("holding")
        from pipeline.errors import WarehouseError

        try:
            connect(db, wait_seconds=0.5)
        except WarehouseError as exc:
            assert str(Path(db)) in str(exc)
        else:
            raise AssertionError("a writer opened the file while a reader held it")
    finally:
        reader.stdin.write("\n")
        reader.stdin.flush()
        reader.wait(timeout=60)
