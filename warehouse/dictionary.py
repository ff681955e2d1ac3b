"""The dictionary in the log: operator additions, refreshed reference folders, and the effective reference."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb

from pipeline.dictionary import ADDITION_TYPES, Additions, additions_from, apply_additions, dictionary_loaded
from pipeline.events import Event
from pipeline.reference import Reference, load_reference, reference_dir
from warehouse.store import append_events

_ADDITIONS = """
select event_id, event_type, payload from events
where event_type in (select unnest($types::varchar[]))
order by position
"""
_LATEST_REFRESH = """
select payload ->> 'folder' from events
where event_type = 'dictionary_loaded' and payload ->> 'origin' = 'refresh'
order by position desc
"""


def read_additions(con: duckdb.DuckDBPyConnection) -> Additions:
    """Return the operator's alias_added, entity_added and office_added events, in log order."""
    rows = con.execute(_ADDITIONS, {"types": list(ADDITION_TYPES)}).fetchall()
    return additions_from([(eid, etype, json.loads(payload)) for eid, etype, payload in rows])


def base_folder(con: duckdb.DuckDBPyConnection) -> Path:
    """Return the newest refreshed reference folder the log names that still exists, else the shipped seeds."""
    for (folder,) in con.execute(_LATEST_REFRESH).fetchall():
        if folder and (Path(folder) / "countries.csv").exists():
            return Path(folder)
    return reference_dir()


def effective_reference(con: duckdb.DuckDBPyConnection) -> tuple[Reference, Path, Additions]:
    """Return the reference in force: the base folder plus the operator's additions, with its own version."""
    folder = base_folder(con)
    additions = read_additions(con)
    return apply_additions(load_reference(folder), additions), folder, additions


def record_dictionary(con: duckdb.DuckDBPyConnection) -> Reference:
    """Append the `dictionary_loaded` event of the effective reference (nothing if already recorded)."""
    base = load_reference(base_folder(con))
    ref, folder, additions = effective_reference(con)
    base_origin = "refresh" if folder != reference_dir() else "seeds"
    events = [dictionary_loaded(base, folder, base_origin)]
    if additions:
        events.append(dictionary_loaded(ref, folder, "operator", base.version, len(additions.keys)))
    append_events(con, events)
    return ref


def append(con: duckdb.DuckDBPyConnection, events: list[Event]) -> int:
    """Append operator or refresh events; returns how many were new."""
    return append_events(con, events)
