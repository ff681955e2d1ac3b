"""The `load_articles` flow: article files in, events appended to DuckDB."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.utilities.annotations import quote

from flows.artifacts import publish_report, read_picture, report_events, report_key
from flows.writer import writer_slot
from pipeline.articles import find_article_files
from pipeline.errors import SummitwatchError
from pipeline.process import Batch, process_files
from pipeline.reference import Reference, load_reference
from warehouse.db import connect, db_path
from warehouse.store import append_events

# Articles per task pair (derive, then append under the writer slot). Each pair costs about 2 s of orchestration:
# task runs, and a writer-slot acquisition that the server's SQLite often answers with a 503 and a 2 s retry. At
# 5,000 articles (about 35 s of work) that is about 5% (bench: 4.5% over 10,000 articles); a chunk's events are
# about 30,000, a few tens of MB.
CHUNK = 5_000


# NO_CACHE: nothing here is worth caching, and hashing a chunk's events for a cache key would cost a second per chunk.
@task(name="find article files", cache_policy=NO_CACHE)
def find_files(paths: list[str]) -> list[Path]:
    """Expand the given files and folders into article files."""
    return find_article_files(paths)


@task(name="read the dictionary", cache_policy=NO_CACHE)
def run_reference(db: str | None = None) -> Reference:
    """The reference a run derives with, read once at its start: the shipped dictionary plus the log's refreshes and
    operator additions."""
    from flows.refresh import effective

    return effective(db) if db else load_reference()


@task(name="read and derive", cache_policy=NO_CACHE)
def derive_chunk(files: list[Path], ref: Reference) -> Batch:
    """Read, repair and derive claims for a chunk of files (one task per chunk, not per article)."""
    return process_files(files, ref)


@task(name="append events", cache_policy=NO_CACHE)
def append_batch(db: str, batch: Batch) -> int:
    """Append one chunk's events as a single atomic batch."""
    with writer_slot():  # one DuckDB writer at a time, across flows and processes
        con = connect(db)
        try:
            return append_events(con, batch.events)
        finally:
            con.close()


class NothingLoaded(SummitwatchError):
    """Every input of a run failed: the run itself fails."""


@flow(name="load_articles", log_prints=False)
def load_articles(paths: list[str], db: str | None = None) -> dict[str, Any]:
    """Load article files (and their .meta.json) into the event log, and report what changed."""
    logger = get_run_logger()
    target = str(db_path(db))
    files = find_files(paths)
    before, touched, failures = read_picture(target), set(), []  # keep only what the report needs, not the events
    summary = {"files": len(files), "articles": 0, "failed": 0, "new_events": 0, "failures": [], "db": target,
               "duplicates": 0}
    ref = run_reference(target)
    for start in range(0, len(files), CHUNK):
        batch = derive_chunk(files[start: start + CHUNK], quote(ref))
        new = append_batch(target, quote(batch))  # quote: Prefect would walk every event to track dependencies
        summary["articles"] += batch.articles
        summary["failed"] += batch.failed
        summary["new_events"] += new
        summary["duplicates"] += len(batch.events) - new
        summary["failures"].extend(batch.failures)
        touched.update(k for k in map(report_key, batch.events) if k)
        failures.extend(e for e in batch.events if e.event_type == "ingest_failed")
        for failure in batch.failures:
            logger.warning("failed: %s", failure)
    logger.info("loaded %(articles)d articles (%(failed)d failed), %(new_events)d new events", summary)
    publish_report("load-articles", summary, quote(before), target, quote([*report_events(touched), *failures]))
    if files and not summary["articles"]:
        raise NothingLoaded(f"all {len(files)} article files failed: " + "; ".join(summary["failures"][:5]))
    return summary
