"""The `ingest_feeds` flow: feeds and pages fetched over HTTP, deduplicated, appended to the log as events."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from pipeline.dedupe import StoryIndex, known_from_row
from pipeline.events import Event
from pipeline.fetch import Fetcher
from pipeline.ingest import (
    FeedOutcome,
    FeedValidators,
    IngestPlan,
    PageOutcome,
    PageTask,
    feed_stream,
    fetch_feed,
    fetch_page,
    plan_ingest,
    select_pages,
)
from pipeline.ingest_articles import Judged, Update, all_failed, judge_pages, run_counts
from pipeline.ingest_events import feed_not_modified, run_completed, run_key, superseded_claims
from pipeline.reference import load_reference
from warehouse.db import connect, db_path
from warehouse.ingest_state import read_claim_ids, read_feed_state, read_known_articles
from warehouse.store import append_events


@task(name="read ingestion state", cache_policy=NO_CACHE)
def read_state(db: str) -> tuple[dict[str, tuple[str | None, str | None]], list[dict[str, Any]]]:
    """Read the feeds' validators and the known articles from the log."""
    con = connect(db)
    try:
        return read_feed_state(con), read_known_articles(con)
    finally:
        con.close()


@task(name="fetch feeds", cache_policy=NO_CACHE)
def fetch_feeds(
    fetcher: Fetcher, plan: IngestPlan, state: dict[str, tuple[str | None, str | None]]
) -> list[FeedOutcome]:
    """Fetch every feed conditionally, several at once (per-host limits hold)."""

    def one(feed: Any) -> FeedOutcome:
        validators = state.get(feed_stream(feed.url))
        return fetch_feed(fetcher, feed, plan.policy(), FeedValidators(*validators) if validators else None)

    with ThreadPoolExecutor(max_workers=plan.settings.workers) as pool:
        return list(pool.map(one, plan.feeds))


@task(name="fetch pages", cache_policy=NO_CACHE)
def fetch_pages(fetcher: Fetcher, tasks: list[PageTask], workers: int) -> list[PageOutcome]:
    """Fetch and extract every selected page, several at once; results keep the listed order."""
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(lambda page: fetch_page(fetcher, page), tasks))


@task(name="append ingestion events", cache_policy=NO_CACHE)
def append_run(
    db: str, content: list[Event], updates: list[Update], feeds: list[FeedOutcome], counts: dict[str, int]
) -> int:
    """Append the run's events (plus superseded claims); bookkeeping events only when something was new."""
    con = connect(db)
    try:
        old = read_claim_ids(con, [u.article_id for u in updates]) if updates else {}
        for update in updates:
            content = content + superseded_claims(
                update.article_id,
                update.content_hash,
                update.previous_hash,
                old.get(update.article_id, []),
                update.events,
            )
        new = append_events(con, content)
        if not new:
            return 0
        total = new + counts["feeds_not_modified"] + 1  # this run's content, its 304 notices and its summary
        return new + append_events(con, _bookkeeping(feeds, content, dict(counts, new_events=total)))
    finally:
        con.close()


def _bookkeeping(feeds: list[FeedOutcome], content: list[Event], counts: dict[str, int]) -> list[Event]:
    """The 304 notices and the run summary, keyed by the run's content so a repeat appends nothing."""
    key = run_key(content)
    events = [
        feed_not_modified(feed_stream(f.feed.url), f.feed.name, f.feed.url, key)
        for f in feeds
        if f.status == "not_modified"
    ]
    return [*events, run_completed(key, counts)]


def _content(feeds: list[FeedOutcome], judged: Judged) -> list[Event]:
    """The run's facts: feed fetches, feed failures, articles, claims and page failures."""
    return [event for outcome in feeds for event in outcome.events] + judged.events


@flow(name="ingest_feeds", log_prints=False)
def ingest_feeds(
    feeds_file: str | None = None,
    feed_urls: list[str] | None = None,
    page_urls: list[str] | None = None,
    db: str | None = None,
) -> dict[str, Any]:
    """Fetch feeds and pages, deduplicate, derive claims and append everything (failures too) to the log."""
    logger = get_run_logger()
    target = str(db_path(db))
    plan = plan_ingest(feeds_file, tuple(feed_urls or ()), tuple(page_urls or ()))
    feed_state, known = read_state(target)
    index = StoryIndex((known_from_row(row) for row in known), plan.settings.near_duplicate_threshold)
    with Fetcher(plan.policy()) as fetcher:
        feeds = fetch_feeds(fetcher, plan, feed_state)
        selection = select_pages(plan, feeds, index)
        pages = fetch_pages(fetcher, selection.tasks, plan.settings.workers)
    judged = judge_pages(pages, index, load_reference())
    counts = run_counts(feeds, selection, judged)
    content = _content(feeds, judged)
    counts["new_events"] = append_run(target, content, judged.updates, feeds, counts)
    failures = [e for e in content if e.event_type == "ingest_failed"]
    for event in failures:
        logger.warning("failed: %s", event.stream_id)
    logger.info("ingest: %s", counts)
    return {
        "counts": counts,
        "all_failed": all_failed(counts),
        "db": target,
        "failures": [_failure_line(e) for e in failures],
    }


def _failure_line(event: Event) -> str:
    """One line for a failure: where, and why."""
    import json

    payload = json.loads(event.payload)
    return f"{payload.get('url') or event.stream_id}: {payload['reason']} ({payload['message']})"
