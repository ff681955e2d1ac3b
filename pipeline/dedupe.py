"""Deduplication of fetched articles: exact copies by content hash, updates by URL, stories by simhash."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from pipeline.urls import canonical_url, fingerprint_hex, similarity

VerdictKind = Literal["new", "duplicate", "update", "near_duplicate"]


@dataclass(frozen=True)
class KnownArticle:
    """What the log (or this run) already holds of one article version."""

    article_id: str
    canonical_url: str | None
    content_hash: str
    fingerprint: str | None
    story_id: str
    entry_published: str | None = None


@dataclass(frozen=True)
class Verdict:
    """What to do with a fetched article: load it (as which story) or skip it as a copy."""

    kind: VerdictKind
    story_id: str
    same_as: str | None = None  # the article it duplicates, updates or resembles


class StoryIndex:
    """The known articles by id, content hash and fingerprint; judges each new article in arrival order."""

    def __init__(self, known: Iterable[KnownArticle] = (), threshold: float = 0.85) -> None:
        """Index `known` (oldest first: the first article of a story names it)."""
        self.threshold = threshold
        self._by_id: dict[str, KnownArticle] = {}
        self._by_hash: dict[str, KnownArticle] = {}
        self._by_url: dict[str, KnownArticle] = {}
        self._fingerprints: list[KnownArticle] = []
        for article in known:
            self.add(article)

    def add(self, article: KnownArticle) -> None:
        """Record an article version as known (a later version of the same id replaces the earlier)."""
        self._by_id[article.article_id] = article
        self._by_hash.setdefault(article.content_hash, article)
        if article.canonical_url:
            self._by_url[article.canonical_url] = article
        if article.fingerprint:
            self._fingerprints.append(article)

    def latest(self, article_id: str) -> KnownArticle | None:
        """Return the latest known version of an article, if any."""
        return self._by_id.get(article_id)

    def knows_url(self, canonical: str, entry_published: str | None = None) -> bool:
        """Whether `canonical` is already loaded and the feed does not announce a newer date for it."""
        known = self._by_url.get(canonical)
        if known is None:
            return False
        return not (entry_published and known.entry_published and entry_published != known.entry_published)

    def judge(self, article_id: str, content_hash: str, fingerprint: str | None) -> Verdict:
        """Return the verdict for an article version about to be loaded."""
        copy = self._by_hash.get(content_hash)
        if copy is not None:
            return Verdict("duplicate", copy.story_id, copy.article_id)
        earlier = self._by_id.get(article_id)
        if earlier is not None:
            return Verdict("update", earlier.story_id, earlier.article_id)
        similar = self._most_similar(fingerprint)
        if similar is not None:
            return Verdict("near_duplicate", similar.story_id, similar.article_id)
        return Verdict("new", article_id)

    def _most_similar(self, fingerprint: str | None) -> KnownArticle | None:
        """Return the known article closest to `fingerprint` at or above the threshold (earliest on ties)."""
        if not fingerprint:
            return None
        best, best_score = None, self.threshold
        for article in self._fingerprints:
            score = similarity(fingerprint, article.fingerprint or "0")
            if score > best_score or (best is None and score >= best_score):
                best, best_score = article, score
        return best


def known_from_row(row: dict[str, str | None]) -> KnownArticle:
    """Build a KnownArticle from a logged `article_loaded` row; file articles get theirs computed here."""
    url, text = row.get("url"), row.get("text")
    canonical = row.get("canonical_url") or (canonical_url(url) if url else None)
    fingerprint = row.get("fingerprint") or (fingerprint_hex(text) if text else None)
    return KnownArticle(
        str(row["article_id"]),
        canonical,
        str(row["content_hash"] or ""),
        fingerprint,
        str(row["story_id"]),
        row.get("entry_published"),
    )
