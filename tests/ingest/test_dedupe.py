"""Deduplication rules: exact copies, updates of one URL, and near-duplicate stories."""

from __future__ import annotations

from pipeline.dedupe import KnownArticle, StoryIndex, known_from_row
from pipeline.ingest_events import superseded_claims
from pipeline.urls import canonical_url, content_hash, fingerprint_hex

STORY = (
    "Leaders of eleven river states opened their first summit in the lakeside town of Varn on Tuesday, "
    "with dams, fishing quotas and shipping lanes on the agenda, and a draft communique due on Wednesday."
)
OTHER = "Dock workers voted on Sunday to end a nine-day strike that had left dozens of ships waiting outside."


def known(article_id: str, text: str, url: str | None = None, story: str | None = None) -> KnownArticle:
    return KnownArticle(
        article_id,
        canonical_url(url) if url else None,
        content_hash(text),
        fingerprint_hex(text),
        story or article_id,
    )


def test_the_same_text_under_another_url_is_a_duplicate():
    index = StoryIndex([known("a", STORY)])
    verdict = index.judge("b", content_hash("  " + STORY), fingerprint_hex(STORY))
    assert (verdict.kind, verdict.same_as) == ("duplicate", "a")


def test_a_new_text_for_a_known_article_is_an_update_of_its_story():
    index = StoryIndex([known("a", STORY, story="s1")])
    verdict = index.judge("a", content_hash(STORY + " Updated."), fingerprint_hex(STORY + " Updated."))
    assert (verdict.kind, verdict.story_id) == ("update", "s1")


def test_a_near_duplicate_joins_the_earliest_story_and_a_different_text_starts_one():
    index = StoryIndex([known("a", STORY, story="a")])
    near = STORY + " Reporting by the regional desk."
    assert index.judge("b", content_hash(near), fingerprint_hex(near)).story_id == "a"
    assert index.judge("c", content_hash(OTHER), fingerprint_hex(OTHER)).kind == "new"


def test_a_known_url_is_skipped_unless_its_feed_date_changed():
    index = StoryIndex(
        [
            KnownArticle(
                "a",
                canonical_url("https://www.x.org/s?utm_source=rss"),
                "h",
                None,
                "a",
                "2024-10-09T08:00:00+00:00",
            )
        ]
    )
    assert index.knows_url(canonical_url("https://x.org/s"))
    assert index.knows_url(canonical_url("https://x.org/s"), "2024-10-09T08:00:00+00:00")
    assert not index.knows_url(canonical_url("https://x.org/s"), "2024-10-10T08:00:00+00:00")
    assert not index.knows_url(canonical_url("https://x.org/other"))


def test_file_articles_get_their_url_and_fingerprint_from_the_log_row():
    row = {
        "article_id": "a",
        "canonical_url": None,
        "url": "https://www.x.org/s/",
        "content_hash": "h",
        "fingerprint": None,
        "story_id": "a",
        "entry_published": None,
        "text": STORY,
    }
    article = known_from_row(row)
    assert article.canonical_url == "https://x.org/s" and article.fingerprint == fingerprint_hex(STORY)


def test_only_claims_the_new_version_drops_are_superseded():
    events = superseded_claims("a", "new-hash", "old-hash", ["c1", "c2", "c3"], [])
    assert [e.event_type for e in events] == ["claim_superseded"] * 3
    assert superseded_claims("a", "new-hash", "old-hash", ["c1"], [])[0].event_id == events[0].event_id
