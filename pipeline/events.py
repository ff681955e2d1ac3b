"""Events: immutable facts in the past tense, with deterministic ids, built from articles and claims."""

from __future__ import annotations

import json
import uuid
from dataclasses import asdict, dataclass
from typing import Any

from pipeline.derive import Extraction
from pipeline.model import Article, Claim

SCHEMA_VERSION = 1
NAMESPACE = uuid.UUID("1b6f8f1e-3c0a-4f7e-9d52-2f0d3c8e4a11")
CLAIM_EVENT_TYPES = {
    "summit": ("summit_reported", "summit"),
    "membership": ("membership_reported", "organisation"),
    "attendance": ("attendance_reported", "summit"),
    "bilateral_meeting": ("bilateral_meeting_reported", "person"),
    "death": ("death_reported", "person"),
}


@dataclass(frozen=True)
class Event:
    """One row of the log. `event_id` is the idempotency key: the same fact always gets the same id."""

    event_id: str
    stream_id: str
    stream_type: str
    event_type: str
    schema_version: int
    valid_time: str | None
    valid_precision: str | None
    article_id: str | None
    published: str | None
    producer: str
    rule: str | None
    sentence: str | None
    span_start: int | None
    span_end: int | None
    confidence: float | None
    payload: str  # JSON

    def as_row(self) -> dict[str, Any]:
        """Return the event as a plain dict (one row for the store)."""
        return asdict(self)


def event_id(*parts: str) -> str:
    """Return a deterministic id from the natural key of an event."""
    return str(uuid.uuid5(NAMESPACE, "\x1f".join(parts)))


def _json(payload: dict[str, Any]) -> str:
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, default=str)


def article_loaded(article: Article, origin: str = "file") -> Event:
    """The raw input as an event: text and metadata, enough to re-derive every claim later."""
    payload = {"url": article.url, "title": article.title, "published": article.published, "source": article.source,
               "language": article.language, "path": article.path, "content_hash": article.content_hash,
               "text": article.text, "origin": origin, "story_id": article.article_id}
    return Event(event_id("article_loaded", article.article_id, article.content_hash), f"article:{article.article_id}",
                 "article", "article_loaded", SCHEMA_VERSION, (article.published or "")[:10] or None,
                 "day" if article.published else None, article.article_id, article.published, "loader-1",
                 None, None, None, None, 1.0, _json(payload))


def claim_event(article: Article, claim: Claim, producer: str, story_id: str | None = None) -> Event:
    """A derived claim as an event, carrying its sentence, span and rule."""
    event_type, stream_type = CLAIM_EVENT_TYPES[claim.kind]
    stream_key = claim.key[0] if claim.kind in ("summit", "attendance", "membership") else "|".join(claim.key)
    payload = dict(claim.payload, story_id=story_id or article.article_id, source=article.source, url=article.url)
    return Event(event_id(event_type, article.article_id, producer, *claim.key), f"{stream_type}:{stream_key}",
                 stream_type, event_type, SCHEMA_VERSION, claim.valid_time, claim.valid_precision, article.article_id,
                 article.published, producer, claim.rule, claim.sentence, claim.span[0], claim.span[1], claim.confidence,
                 _json(payload))


def extraction_events(ext: Extraction, producer: str, story_id: str | None = None) -> list[Event]:
    """Return the claim events of an extraction, plus one `article_extracted` event that closes it."""
    events = [claim_event(ext.article, c, producer, story_id) for c in ext.claims]
    summary = {"claims": len(ext.claims), "summit_id": ext.summit.summit_id if ext.summit else None,
               "story_id": story_id or ext.article.article_id}
    events.append(Event(event_id("article_extracted", ext.article.article_id, producer), f"article:{ext.article.article_id}",
                        "article", "article_extracted", SCHEMA_VERSION, None, None, ext.article.article_id,
                        ext.article.published, producer, None, None, None, None, None, _json(summary)))
    return events


def failure_event(stream: str, stage: str, reason: str, message: str, details: dict[str, Any] | None = None) -> Event:
    """A recorded failure: one bad feed, page or article, with its reason. Same failure, same id."""
    payload = {"stage": stage, "reason": reason, "message": message, **(details or {})}
    return Event(event_id("ingest_failed", stream, stage, reason, message), stream, stream.split(":", 1)[0],
                 "ingest_failed", SCHEMA_VERSION, None, None, None, None, "loader-1", None, None, None, None, None,
                 _json(payload))
