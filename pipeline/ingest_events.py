"""Events of live ingestion: feeds fetched or not modified, claims superseded, runs completed."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from pipeline.events import Event, bookkeeping_event
from pipeline.events import payload_json as _json

PRODUCER = "ingest-1"
BOOKKEEPING_TYPES = frozenset({"feed_not_modified", "ingest_run_completed"})


def _event(event_type: str, stream_id: str, key: tuple[str, ...], payload: dict[str, Any],
           article_id: str | None = None) -> Event:
    """Build an ingestion event whose id is uuid5 of its type and natural key."""
    return bookkeeping_event(event_type, stream_id, key, payload, PRODUCER, article_id)


def feed_fetched(
    stream: str, name: str, url: str, etag: str | None, last_modified: str | None, body: bytes
) -> Event:
    """A feed answered with a body: its validators (the conditional-GET state) and the body's hash."""
    digest = hashlib.sha256(body).hexdigest()
    payload = {"name": name, "url": url, "etag": etag, "last_modified": last_modified, "body_hash": digest}
    return _event("feed_fetched", stream, (stream, etag or "", last_modified or "", digest), payload)


def feed_not_modified(stream: str, name: str, url: str, run_key: str) -> Event:
    """A feed answered 304 in a run that changed something else (unchanged runs append nothing)."""
    return _event("feed_not_modified", stream, (stream, run_key), {"name": name, "url": url})


def claim_superseded(
    claim_event_id: str, article_id: str, content_hash: str, previous_hash: str | None
) -> Event:
    """A claim of an earlier version of an article that its latest version (`content_hash`) drops."""
    payload = {"claim_event_id": claim_event_id, "content_hash": content_hash, "previous_hash": previous_hash}
    return _event(
        "claim_superseded", f"article:{article_id}", (claim_event_id, content_hash), payload, article_id
    )


def superseded_claims(
    article_id: str,
    content_hash: str,
    previous_hash: str | None,
    old_claim_ids: Iterable[str],
    new_events: Iterable[Event],
) -> list[Event]:
    """Return a `claim_superseded` event for every earlier claim the new version does not repeat."""
    kept = {event.event_id for event in new_events}
    return [
        claim_superseded(claim_id, article_id, content_hash, previous_hash)
        for claim_id in sorted(set(old_claim_ids) - kept)
    ]


def with_payload(event: Event, extra: dict[str, Any]) -> Event:
    """Return `event` with keys added to (or replaced in) its payload; the id stays the same."""
    return replace(event, payload=_json({**json.loads(event.payload), **extra}))


def run_key(events: Iterable[Event]) -> str:
    """Return a key naming a run by the content events it produced (same events, same key)."""
    return hashlib.sha256("\n".join(sorted(event.event_id for event in events)).encode()).hexdigest()[:32]


def run_completed(key: str, counts: dict[str, int]) -> Event:
    """The summary of an ingestion run that changed the log."""
    return _event("ingest_run_completed", f"ingest:{key}", (key,), dict(counts, run_key=key))
