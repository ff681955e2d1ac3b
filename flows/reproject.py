"""The `reproject` flow: re-derive every stored article's claims with the current rules and dictionaries."""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task

from pipeline.process import producer_for
from pipeline.reference import Reference, load_reference
from pipeline.replay import Replay, StoredArticle, reproject_articles
from warehouse.db import connect, db_path
from warehouse.queries import loaded_articles
from warehouse.store import append_events

CHUNK = 500


@task(name="read stored articles")
def read_stored(db: str) -> list[StoredArticle]:
    """Read every stored article text and the extraction the views use for it."""
    con = connect(db, read_only=True)
    try:
        return [StoredArticle(*row) for row in loaded_articles(con)]
    finally:
        con.close()


def reference_for(db: str, folder: str | None) -> Reference:
    """Return the reference to derive with: `folder`, else the one in force (with operator additions)."""
    if folder:
        return load_reference(Path(folder))
    try:
        from warehouse.dictionary import effective_reference
    except ImportError:  # pragma: no cover - the dictionary in the log arrived with another change
        return load_reference()
    con = connect(db, read_only=True)
    try:
        return effective_reference(con)[0]
    finally:
        con.close()


def _writer() -> AbstractContextManager[None]:
    """Hold the shared DuckDB writer slot when the project provides one."""
    try:
        from flows.writer import writer_slot
    except ImportError:  # pragma: no cover - the slot arrived with another change
        return nullcontext()
    return writer_slot()


@task(name="derive again")
def reproject_chunk(db: str, stored: list[StoredArticle], reference: str | None) -> Replay:
    """Derive a chunk of articles again with the current extractor and dictionaries."""
    return reproject_articles(stored, reference_for(db, reference))


@task(name="append events")
def append_replay(db: str, replay: Replay) -> int:
    """Append one chunk's events as a single atomic batch."""
    with _writer():
        con = connect(db)
        try:
            return append_events(con, replay.events)
        finally:
            con.close()


@flow(name="reproject", log_prints=False)
def reproject(db: str | None = None, reference: str | None = None) -> dict[str, Any]:
    """Re-derive claims from the stored article texts; the views then use only the newest producer."""
    logger = get_run_logger()
    target = str(db_path(db))
    stored = read_stored(target)
    producer = producer_for(reference_for(target, reference))
    summary: dict[str, Any] = {
        "articles": 0,
        "switched": 0,
        "failed": 0,
        "new_events": 0,
        "producer": producer,
        "db": target,
    }
    for start in range(0, len(stored), CHUNK):
        replay = reproject_chunk(target, stored[start : start + CHUNK], reference)
        summary["new_events"] += append_replay(target, replay)
        for key in ("articles", "switched", "failed"):
            summary[key] += getattr(replay, key)
    logger.info(
        "reprojected %(articles)d articles with %(producer)s: %(switched)d switched, %(new_events)d new",
        summary,
    )
    return summary
