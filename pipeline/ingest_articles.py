"""Live ingestion, the loading half: fetched pages become articles, judged for duplicates, then events."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from pipeline.articles import build_article
from pipeline.dedupe import KnownArticle, StoryIndex, Verdict
from pipeline.errors import SummitwatchError
from pipeline.events import Event, failure_event
from pipeline.ingest import FeedOutcome, PageOutcome, Selection, page_stream
from pipeline.ingest_events import with_payload
from pipeline.model import Article
from pipeline.process import article_events
from pipeline.reference import Reference

ORIGIN = "http"


@dataclass(frozen=True)
class Update:
    """A new version of an article already in the log: its earlier claims may need superseding."""

    article_id: str
    content_hash: str
    previous_hash: str | None
    events: tuple[Event, ...]


@dataclass
class Judged:
    """The events of a run's pages, the updates among them, and the counts for the summary."""

    events: list[Event] = field(default_factory=list)
    updates: list[Update] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)


def _published(outcome: PageOutcome) -> str | None:
    """Prefer the page's date; take the feed's timestamp when it names the same day (it carries the time)."""
    page_date = outcome.page.published if outcome.page else None
    entry_date = outcome.task.entry.published if outcome.task.entry else None
    if page_date and entry_date and entry_date.startswith(page_date[:10]):
        return entry_date
    return page_date or entry_date


def page_article(outcome: PageOutcome) -> Article:
    """Build the Article of a fetched page (id: uuid5 of the canonical URL of the link followed)."""
    page, entry = outcome.page, outcome.task.entry
    assert page is not None
    meta = {
        "url": outcome.task.url,
        "title": page.title or (entry.title if entry else None),
        "published": _published(outcome),
        "sitename": page.sitename or page.hostname,
        "language": page.language,
    }
    return build_article(page.text, meta)


def _known(article: Article, outcome: PageOutcome, story_id: str, fingerprint: str) -> KnownArticle:
    """Describe a loaded article version for the index."""
    entry = outcome.task.entry
    return KnownArticle(
        article.article_id,
        outcome.task.canonical,
        article.content_hash,
        fingerprint,
        story_id,
        entry.published if entry else None,
    )


def _extra_payload(outcome: PageOutcome, verdict: Verdict, fingerprint: str) -> dict[str, object]:
    """The HTTP-specific fields added to an `article_loaded` payload."""
    page, entry = outcome.page, outcome.task.entry
    assert page is not None
    return {
        "story_id": verdict.story_id,
        "canonical_url": outcome.task.canonical,
        "fingerprint": fingerprint,
        "fetched_url": outcome.final_url,
        "feed": outcome.task.feed,
        "author": page.author,
        "sitename": page.sitename,
        "hostname": page.hostname,
        "dedupe": verdict.kind,
        "same_as": verdict.same_as,
        "entry_published": entry.published if entry else None,
    }


def _version_events(
    article: Article, outcome: PageOutcome, verdict: Verdict, ref: Reference, fingerprint: str
) -> list[Event]:
    """Return the article's events: `article_loaded` (with HTTP metadata) and its claims."""
    events = article_events(article, ref, ORIGIN, verdict.story_id)
    return [with_payload(events[0], _extra_payload(outcome, verdict, fingerprint)), *events[1:]]


def _derive_failure(outcome: PageOutcome, error: Exception) -> Event:
    """The failure event of a page whose text could not be turned into an article or claims."""
    reason = "article_error" if isinstance(error, SummitwatchError) else "extractor_error"
    return failure_event(
        page_stream(outcome.task.url),
        "derive",
        reason,
        str(error),
        {"url": outcome.task.url, "feed": outcome.task.feed},
    )


def judge_page(outcome: PageOutcome, index: StoryIndex, ref: Reference, judged: Judged) -> None:
    """Add one page's events (or its failure) to `judged`, and the article to the index."""
    if outcome.page is None:
        judged.counts["articles_failed"] += 1
        judged.events.extend([outcome.failure] if outcome.failure else [])
        return
    judged.counts["articles_extracted"] += 1
    try:
        article = page_article(outcome)
        verdict = index.judge(article.article_id, article.content_hash, outcome.page.fingerprint)
        if verdict.kind == "duplicate":
            judged.counts["duplicates_skipped"] += 1
            return
        events = _version_events(article, outcome, verdict, ref, outcome.page.fingerprint)
    except (SummitwatchError, ValueError, RecursionError) as error:  # one bad page must not sink the run
        judged.counts["articles_failed"] += 1
        judged.events.append(_derive_failure(outcome, error))
        return
    _record(article, outcome, verdict, events, index, judged)


def _record(
    article: Article,
    outcome: PageOutcome,
    verdict: Verdict,
    events: list[Event],
    index: StoryIndex,
    judged: Judged,
) -> None:
    """Keep a loaded version's events and count it."""
    previous = index.latest(article.article_id)
    if verdict.kind == "update":
        judged.updates.append(
            Update(
                article.article_id,
                article.content_hash,
                previous.content_hash if previous else None,
                tuple(events),
            )
        )
    judged.counts["updated_articles" if verdict.kind == "update" else "new_articles"] += 1
    judged.counts["near_duplicates"] += verdict.kind == "near_duplicate"
    judged.events.extend(events)
    index.add(_known(article, outcome, verdict.story_id, outcome.page.fingerprint if outcome.page else ""))


def judge_pages(outcomes: list[PageOutcome], index: StoryIndex, ref: Reference) -> Judged:
    """Judge pages in the order they were listed (the first article of a story names it)."""
    judged = Judged()
    for outcome in outcomes:
        judge_page(outcome, index, ref, judged)
    return judged


def run_counts(feeds: list[FeedOutcome], selection: Selection, judged: Judged) -> dict[str, int]:
    """Return the counts a run reports: feeds, entries, articles (events are added when appended)."""
    status = Counter(outcome.status for outcome in feeds)
    counts = {
        "feeds_fetched": status["fetched"],
        "feeds_not_modified": status["not_modified"],
        "feeds_failed": status["failed"],
        "entries_seen": sum(len(f.entries) for f in feeds),
        "pages_fetched": len(selection.tasks),
    }
    for name in (
        "new_articles",
        "updated_articles",
        "near_duplicates",
        "articles_extracted",
        "articles_failed",
    ):
        counts[name] = judged.counts[name]
    counts["duplicates_skipped"] = selection.skipped + judged.counts["duplicates_skipped"]
    return counts


def all_failed(counts: dict[str, int]) -> bool:
    """Whether a run had inputs and every one of them failed."""
    worked = counts["feeds_fetched"] + counts["feeds_not_modified"] + counts["articles_extracted"]
    return worked == 0 and counts["feeds_failed"] + counts["articles_failed"] > 0
