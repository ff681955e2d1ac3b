"""Events: immutable facts in the past tense, with deterministic ids, built from articles and claims."""

from __future__ import annotations

import json
import uuid
from dataclasses import asdict, dataclass
from typing import Any

from pipeline.derive import Extraction
from pipeline.model import Article, Claim

SCHEMA_VERSION = 1
# Event types whose payload changed shape; readers upcast older versions (warehouse/views/upcast_events.sql).
SCHEMA_VERSIONS = {"attendance_reported": 2}  # v2: the payload always carries `mode`
ANALYST = "analyst-1"
AMENDMENT_TYPES = ("claim_retracted", "claim_corrected", "entities_merged")
NAMESPACE = uuid.UUID("1b6f8f1e-3c0a-4f7e-9d52-2f0d3c8e4a11")
CLAIM_EVENT_TYPES = {
    "summit": ("summit_reported", "summit"),
    "membership": ("membership_reported", "organisation"),
    "attendance": ("attendance_reported", "summit"),
    "bilateral_meeting": ("bilateral_meeting_reported", "person"),
    "death": ("death_reported", "person"),
    "office_change": ("office_change_reported", "person"),
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


def payload_json(payload: dict[str, Any]) -> str:
    """Serialise a payload deterministically (sorted keys), so that it can be part of a natural key."""
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, default=str)


_json = payload_json


def bookkeeping_event(event_type: str, stream_id: str, key: tuple[str, ...], payload: dict[str, Any], producer: str,
                      article_id: str | None = None) -> Event:
    """An event that is not a claim (dictionary versions, feed state, runs): id = uuid5 of its type and natural key."""
    return Event(event_id(event_type, *key), stream_id, stream_id.split(":", 1)[0], event_type, SCHEMA_VERSION,
                 None, None, article_id, None, producer, None, None, None, None, None, _json(payload))


def article_loaded(article: Article, origin: str = "file") -> Event:
    """The raw input as an event: text and metadata, enough to re-derive every claim later."""
    payload = {"url": article.url, "title": article.title, "published": article.published, "source": article.source,
               "language": article.language, "path": article.path, "content_hash": article.content_hash,
               "text": article.text, "origin": origin, "story_id": article.article_id}
    return Event(event_id("article_loaded", article.article_id, article.content_hash), f"article:{article.article_id}",
                 "article", "article_loaded", SCHEMA_VERSION, (article.published or "")[:10] or None,
                 "day" if article.published else None, article.article_id, article.published, "loader-1",
                 None, None, None, None, 1.0, _json(payload))


def claim_key(event_type: str, article_id: str, key: tuple[str, ...]) -> str:
    """Return a claim's natural key: the same claim of the same article under any extractor or dictionary version.

    Retractions and corrections name this key, so they survive `reproject`."""
    return event_id(event_type, article_id, *key)


def claim_event(article: Article, claim: Claim, producer: str, story_id: str | None = None) -> Event:
    """A derived claim as an event, carrying its sentence, span and rule."""
    event_type, stream_type = CLAIM_EVENT_TYPES[claim.kind]
    stream_key = claim.key[0] if claim.kind in ("summit", "attendance", "membership") else "|".join(claim.key)
    payload = dict(claim.payload, story_id=story_id or article.article_id, source=article.source, url=article.url,
                   claim_key=claim_key(event_type, article.article_id, claim.key))
    return Event(event_id(event_type, article.article_id, producer, *claim.key), f"{stream_type}:{stream_key}",
                 stream_type, event_type, SCHEMA_VERSIONS.get(event_type, SCHEMA_VERSION), claim.valid_time, claim.valid_precision, article.article_id,
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


def article_from_loaded(article_id: str, payload: dict[str, Any]) -> Article:
    """Rebuild the `Article` of a stored `article_loaded` payload, so its claims can be derived again."""
    return Article(article_id=article_id, text=payload["text"], title=payload.get("title") or "",
                   url=payload.get("url"), published=payload.get("published"), source=payload.get("source"),
                   language=payload.get("language"), path=payload.get("path"),
                   content_hash=payload.get("content_hash") or "")


def article_reprojected(article_id: str, producer: str, superseded: tuple[str, str] | None, claims: int) -> Event:
    """The views switch this article to `producer`'s claims; `superseded` is the (event id, producer) it replaces."""
    old_id, old_producer = superseded or ("", "")
    payload = {"producer": producer, "superseded_event_id": old_id or None, "superseded_producer": old_producer or None,
               "claims": claims}
    return Event(event_id("article_reprojected", article_id, producer, old_id), f"article:{article_id}", "article",
                 "article_reprojected", SCHEMA_VERSION, None, None, article_id, None, producer, None, None, None,
                 None, None, _json(payload))


@dataclass(frozen=True)
class Target:
    """The event an amendment is about: its id and stream, and how many amendments of the kind it already has."""

    event_id: str
    stream_id: str
    stream_type: str
    generation: int = 0
    claim_key: str = ""


def _amendment(kind: str, target: Target, payload: dict[str, Any], *key: str) -> Event:
    body = dict(payload, target_event_id=target.event_id, target_claim_key=target.claim_key or target.event_id)
    return Event(event_id(kind, target.event_id, str(target.generation), *key), target.stream_id, target.stream_type,
                 kind, SCHEMA_VERSION, None, None, None, None, ANALYST, None, None, None, None, 1.0, _json(body))


def claim_retracted(target: Target, reason: str) -> Event:
    """An analyst withdraws an event (a claim, a correction, a merge or a retraction, which restores its target)."""
    return _amendment("claim_retracted", target, {"reason": reason}, reason)


def claim_corrected(target: Target, status: str, reason: str) -> Event:
    """An analyst replaces the status of a claim; the claim stays, the views show the corrected status."""
    return _amendment("claim_corrected", target, {"status": status, "reason": reason}, status, reason)


def entities_merged(kind: str, from_id: str, into_id: str, into_name: str, reason: str, generation: int = 0) -> Event:
    """An analyst declares two ids one entity (a person or a country): claims about `from_id` count for `into_id`."""
    payload = {"kind": kind, "from_id": from_id, "into_id": into_id, "into_name": into_name, "reason": reason}
    return Event(event_id("entities_merged", kind, from_id, into_id, str(generation), reason), f"{kind}:{into_id}",
                 kind, "entities_merged", SCHEMA_VERSION, None, None, None, None, ANALYST, None, None, None, None,
                 1.0, _json(payload))
