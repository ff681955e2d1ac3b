"""What live ingestion reads back from the log: feed validators, known articles and their claims."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import duckdb

FEED_STATE = "select feed, etag, last_modified from feed_state"
KNOWN_ARTICLES = """
select
    article_id,
    payload ->> 'canonical_url' as canonical_url,
    payload ->> 'url' as url,
    payload ->> 'content_hash' as content_hash,
    payload ->> 'fingerprint' as fingerprint,
    coalesce(payload ->> 'story_id', article_id) as story_id,
    payload ->> 'entry_published' as entry_published,
    case when payload ->> 'fingerprint' is null then payload ->> 'text' end as text
from events
where event_type = 'article_loaded'
order by position
"""
CLAIM_IDS = """
select article_id, event_id
from events
where event_type in ('summit_reported', 'membership_reported', 'attendance_reported',
                     'bilateral_meeting_reported', 'death_reported', 'office_change_reported')
  and article_id in (select unnest($ids::varchar[]))
"""


def read_feed_state(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[str | None, str | None]]:
    """Return each feed stream's (etag, last_modified) from the feed_state view."""
    return {feed: (etag, modified) for feed, etag, modified in con.execute(FEED_STATE).fetchall()}


def read_known_articles(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """Return every loaded article version, oldest first, as dicts."""
    cur = con.execute(KNOWN_ARTICLES)
    names = [d[0] for d in cur.description or []]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def read_claim_ids(con: duckdb.DuckDBPyConnection, article_ids: Iterable[str]) -> dict[str, list[str]]:
    """Return every claim event id in the log of each given article (superseded ones included)."""
    found: dict[str, list[str]] = {}
    for article_id, claim_id in con.execute(CLAIM_IDS, {"ids": list(article_ids)}).fetchall():
        found.setdefault(article_id, []).append(claim_id)
    return found
