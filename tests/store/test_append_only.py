"""The log is append-only: no code path updates or deletes an event, and only warehouse/store.py inserts."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [
    p
    for folder in ("warehouse", "pipeline", "flows", "bench", "seeds")
    for p in (ROOT / folder).rglob("*")
    if p.suffix in (".py", ".sql") and "__pycache__" not in p.parts
]
MUTATION = re.compile(
    r"\b(update\s+events\b|delete\s+from\s+events\b|truncate\s+(table\s+)?events\b|"
    r"drop\s+table\s+(if\s+exists\s+)?events\b|alter\s+table\s+events\b|insert\s+or\s+replace\s+into\s+events\b)",
    re.I,
)
INSERT = re.compile(r"\binsert\s+into\s+events\b", re.I)


def test_the_scan_sees_the_store_and_the_schema():
    names = {p.relative_to(ROOT).as_posix() for p in SOURCES}
    assert {
        "warehouse/store.py",
        "warehouse/schema/001_events.sql",
        "warehouse/views/live_claims.macro.sql",
    } <= names


def test_no_code_or_sql_updates_or_deletes_events():
    offenders = [
        f"{p.relative_to(ROOT)}: {m.group(0)}"
        for p in SOURCES
        for m in MUTATION.finditer(p.read_text(encoding="utf-8", errors="replace"))
    ]
    assert offenders == []


def test_only_the_append_function_inserts_events():
    """bench/ may time DuckDB's raw insert into a scratch file's table; project code may not."""
    writers = {
        p.relative_to(ROOT).as_posix()
        for p in SOURCES
        if p.parts[len(ROOT.parts)] != "bench"
        and INSERT.search(p.read_text(encoding="utf-8", errors="replace"))
    }
    assert writers == {"warehouse/store.py"}


def test_the_scan_would_catch_an_update():
    assert MUTATION.search("con.execute('UPDATE events SET payload = ?')")
    assert MUTATION.search("delete  from events where position > 3")
