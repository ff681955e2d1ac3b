"""The `load_articles` flow: article files in, events appended to DuckDB."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task

from pipeline.articles import find_article_files
from pipeline.process import Batch, process_files
from pipeline.reference import load_reference
from warehouse.db import connect, db_path
from warehouse.store import append_events

CHUNK = 500


@task(name="find article files")
def find_files(paths: list[str]) -> list[Path]:
    """Expand the given files and folders into article files."""
    return find_article_files(paths)


@task(name="read and derive")
def derive_chunk(files: list[Path]) -> Batch:
    """Read, repair and derive claims for a chunk of files (one task per chunk, not per article)."""
    return process_files(files, load_reference())


@task(name="append events")
def append_batch(db: str, batch: Batch) -> int:
    """Append one chunk's events as a single atomic batch."""
    con = connect(db)
    try:
        return append_events(con, batch.events)
    finally:
        con.close()


@flow(name="load_articles", log_prints=False)
def load_articles(paths: list[str], db: str | None = None) -> dict[str, Any]:
    """Load article files (and their .meta.json) into the event log, and report what changed."""
    logger = get_run_logger()
    target = str(db_path(db))
    files = find_files(paths)
    summary = {"files": len(files), "articles": 0, "failed": 0, "new_events": 0, "failures": [], "db": target}
    for start in range(0, len(files), CHUNK):
        batch = derive_chunk(files[start: start + CHUNK])
        new = append_batch(target, batch)
        summary["articles"] += batch.articles
        summary["failed"] += batch.failed
        summary["new_events"] += new
        summary["failures"].extend(batch.failures)
        for failure in batch.failures:
            logger.warning("failed: %s", failure)
    logger.info("loaded %(articles)d articles (%(failed)d failed), %(new_events)d new events", summary)
    return summary
