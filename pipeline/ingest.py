"""Live ingestion, the fetching half: which feeds and pages to fetch, and what each fetch produced."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pipeline.dedupe import StoryIndex
from pipeline.errors import ExtractionError, FeedError, FetchError
from pipeline.events import Event, failure_event
from pipeline.extract import ExtractedPage, extract_page
from pipeline.feeds import FeedConfig, FeedEntry, FeedSettings, load_feeds_toml, parse_feed
from pipeline.fetch import Fetcher, FetchPolicy, FetchResult
from pipeline.ingest_events import feed_fetched
from pipeline.urls import canonical_url

FeedStatus = Literal["fetched", "not_modified", "failed"]


@dataclass(frozen=True)
class IngestPlan:
    """What one run fetches: shared settings, the feeds and any pages asked for directly."""

    settings: FeedSettings
    feeds: tuple[FeedConfig, ...]
    pages: tuple[str, ...] = ()

    def policy(self) -> FetchPolicy:
        """Return the shared fetch policy."""
        return self.settings.policy()


@dataclass(frozen=True)
class FeedValidators:
    """The conditional-GET state of one feed, as the log last recorded it."""

    etag: str | None
    last_modified: str | None


@dataclass(frozen=True)
class FeedOutcome:
    """What fetching one feed produced: its status, entries and events."""

    feed: FeedConfig
    status: FeedStatus
    entries: tuple[FeedEntry, ...] = ()
    events: tuple[Event, ...] = ()
    reason: str | None = None


@dataclass(frozen=True)
class PageTask:
    """One page to fetch: its URL, identity and where it was found."""

    url: str
    canonical: str
    policy: FetchPolicy
    feed: str | None = None
    entry: FeedEntry | None = None


@dataclass(frozen=True)
class PageOutcome:
    """One fetched page: its extracted text, or the failure event explaining why there is none."""

    task: PageTask
    page: ExtractedPage | None = None
    final_url: str | None = None
    failure: Event | None = None


@dataclass
class Selection:
    """The pages a run will fetch, and how many entries it skipped as already known."""

    tasks: list[PageTask] = field(default_factory=list)
    skipped: int = 0


def plan_ingest(
    feeds_file: str | Path | None, feed_urls: tuple[str, ...] = (), page_urls: tuple[str, ...] = ()
) -> IngestPlan:
    """Build the plan: settings from `feeds_file`; its feeds unless feeds or pages are named explicitly."""
    loaded = load_feeds_toml(feeds_file) if feeds_file else None
    settings = loaded.settings if loaded else FeedSettings()
    named = tuple(FeedConfig(name=url, url=url) for url in feed_urls)
    if named or page_urls:
        return IngestPlan(settings, named, tuple(page_urls))
    return IngestPlan(settings, loaded.enabled() if loaded else ())


def feed_stream(url: str) -> str:
    """Return the stream id of a feed."""
    return f"feed:{canonical_url(url)}"


def page_stream(url: str) -> str:
    """Return the stream id of a page."""
    return f"page:{canonical_url(url)}"


def _fetch_failure(
    stream: str, stage: str, error: FetchError | FeedError | ExtractionError, url: str, feed: str | None
) -> Event:
    """Turn a fetch, feed or extraction error into an `ingest_failed` event."""
    return failure_event(stream, stage, error.reason, str(error), {"url": url, "feed": feed})


def fetch_feed(
    fetcher: Fetcher, feed: FeedConfig, policy: FetchPolicy, validators: FeedValidators | None
) -> FeedOutcome:
    """Fetch one feed conditionally and parse it; a failure becomes an event, never an exception."""
    stream = feed_stream(feed.url)
    try:
        result = fetcher.fetch(
            feed.url,
            accept="feed",
            policy=feed.policy(policy),
            etag=validators.etag if validators else None,
            last_modified=validators.last_modified if validators else None,
        )
    except FetchError as error:
        return FeedOutcome(
            feed,
            "failed",
            events=(_fetch_failure(stream, "feed", error, feed.url, feed.name),),
            reason=error.reason,
        )
    if result.not_modified:
        return FeedOutcome(feed, "not_modified")
    return _parsed_feed(feed, stream, result)


def _parsed_feed(feed: FeedConfig, stream: str, result: FetchResult) -> FeedOutcome:
    """Parse a fetched feed body; the fetch is recorded (validators included) even when the body is bad."""
    fetched = feed_fetched(stream, feed.name, feed.url, result.etag, result.last_modified, result.body)
    try:
        entries = tuple(parse_feed(result.body, result.final_url))
    except FeedError as error:
        failed = _fetch_failure(stream, "feed", error, feed.url, feed.name)
        return FeedOutcome(feed, "failed", events=(fetched, failed), reason=error.reason)
    return FeedOutcome(feed, "fetched", entries, (fetched,))


def select_pages(plan: IngestPlan, feeds: list[FeedOutcome], index: StoryIndex) -> Selection:
    """Choose the pages to fetch: every entry whose canonical URL is new to the log and to this run.

    Pages named directly are always fetched (an update is then recognised by its content hash).
    """
    selection, seen = Selection(), set()
    for url in plan.pages:
        canonical = canonical_url(url)
        if canonical not in seen:
            seen.add(canonical)
            selection.tasks.append(PageTask(url, canonical, plan.policy()))
    for outcome in feeds:
        for entry in outcome.entries:
            canonical = canonical_url(entry.url)
            if canonical in seen or index.knows_url(canonical, entry.published):
                selection.skipped += 1
                continue
            seen.add(canonical)
            selection.tasks.append(
                PageTask(entry.url, canonical, outcome.feed.policy(plan.policy()), outcome.feed.name, entry)
            )
    return selection


def fetch_page(fetcher: Fetcher, task: PageTask) -> PageOutcome:
    """Fetch and extract one page; a failure becomes an event, never an exception."""
    stream = page_stream(task.url)
    try:
        result = fetcher.fetch(task.url, accept="html", policy=task.policy)
    except FetchError as error:
        return PageOutcome(task, failure=_fetch_failure(stream, "fetch", error, task.url, task.feed))
    try:
        page = extract_page(result.body, result.final_url, result.charset)
    except ExtractionError as error:
        return PageOutcome(task, failure=_fetch_failure(stream, "extract", error, task.url, task.feed))
    return PageOutcome(task, page, result.final_url)
