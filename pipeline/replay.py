"""Replay: derive the claims of stored article texts again with the current extractor and dictionaries."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from pipeline.derive import derive
from pipeline.errors import SummitwatchError
from pipeline.events import Event, article_from_loaded, article_reprojected, extraction_events, failure_event
from pipeline.process import producer_for
from pipeline.reference import Reference


@dataclass(frozen=True)
class StoredArticle:
    """An article as the log holds it: its `article_loaded` payload and the extraction the views now use."""

    article_id: str
    payload: str  # JSON of the article_loaded event
    selected_event_id: str | None
    selected_producer: str | None


@dataclass
class Replay:
    """The events of a reprojection, and what it did."""

    events: list[Event] = field(default_factory=list)
    articles: int = 0
    switched: int = 0
    failed: int = 0


def reproject_article(stored: StoredArticle, ref: Reference) -> list[Event]:
    """Return the events that switch one article to the current producer; none when it already uses it."""
    producer = producer_for(ref)
    if stored.selected_producer == producer:
        return []
    payload = json.loads(stored.payload)
    ext = derive(article_from_loaded(stored.article_id, payload), ref)
    superseded = (stored.selected_event_id, stored.selected_producer) if stored.selected_event_id else None
    return [
        *extraction_events(ext, producer, payload.get("story_id")),
        article_reprojected(stored.article_id, producer, superseded, len(ext.claims)),
    ]  # type: ignore[arg-type]


def reproject_articles(stored: list[StoredArticle], ref: Reference) -> Replay:
    """Reproject many articles; one that fails to derive becomes a failure event."""
    replay = Replay()
    for article in stored:
        replay.articles += 1
        try:
            events = reproject_article(article, ref)
        except (SummitwatchError, ValueError, RecursionError) as exc:
            replay.failed += 1
            replay.events.append(
                failure_event(f"article:{article.article_id}", "reproject", type(exc).__name__, str(exc))
            )
            continue
        replay.switched += bool(events)
        replay.events.extend(events)
    return replay
