"""RSS and Atom feeds: parsing entries with feedparser and reading the feeds.toml configuration."""

from __future__ import annotations

import re
import time
import tomllib
from dataclasses import dataclass, fields, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import feedparser

from pipeline.errors import FeedError
from pipeline.fetch import USER_AGENT, FetchPolicy
from pipeline.repair import repair_text

# feedparser flags these but still parses the document completely.
_BENIGN_BOZO = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)
_TAGS = re.compile(r"<[^>]+>")
_OPTIONAL_LIMITS = (
    "connect_timeout", "read_timeout", "deadline", "retries", "backoff_base", "max_retry_wait", "max_bytes",
    "max_redirects",
)


@dataclass(frozen=True)
class FeedEntry:
    """One item of a feed: where the article is and what the feed says about it."""

    url: str
    title: str | None
    published: str | None
    summary: str | None
    entry_id: str


@dataclass(frozen=True)
class FeedSettings:
    """Defaults from the [settings] table of feeds.toml, applied to every feed."""

    allow_hosts: tuple[str, ...] = ()
    user_agent: str = USER_AGENT
    per_host_concurrency: int = 2
    per_host_delay: float = 1.0
    obey_robots: bool = True
    # Optional fetch limits; None keeps the base policy's value.
    connect_timeout: float | None = None
    read_timeout: float | None = None
    deadline: float | None = None
    retries: int | None = None
    backoff_base: float | None = None
    max_retry_wait: float | None = None
    max_bytes: int | None = None
    max_redirects: int | None = None
    workers: int = 8  # pages fetched at once across all hosts (per-host limits still apply)
    near_duplicate_threshold: float = 0.85  # share of equal simhash bits that makes one story

    def policy(self, base: FetchPolicy | None = None) -> FetchPolicy:
        """Return `base` (or the default policy) with these settings applied."""
        limits = {name: getattr(self, name) for name in _OPTIONAL_LIMITS if getattr(self, name) is not None}
        return replace(
            base or FetchPolicy(), allow_hosts=self.allow_hosts, user_agent=self.user_agent,
            per_host_concurrency=self.per_host_concurrency, per_host_delay=self.per_host_delay,
            obey_robots=self.obey_robots, **limits,
        )


@dataclass(frozen=True)
class FeedConfig:
    """One [[feed]] of feeds.toml; None settings fall back to [settings]."""

    name: str
    url: str
    enabled: bool = True
    per_host_delay: float | None = None
    obey_robots: bool | None = None
    max_bytes: int | None = None

    def policy(self, base: FetchPolicy) -> FetchPolicy:
        """Return `base` with this feed's own settings applied."""
        return replace(
            base,
            per_host_delay=base.per_host_delay if self.per_host_delay is None else self.per_host_delay,
            obey_robots=base.obey_robots if self.obey_robots is None else self.obey_robots,
            max_bytes=base.max_bytes if self.max_bytes is None else self.max_bytes,
        )


@dataclass(frozen=True)
class FeedsFile:
    """The whole feeds.toml: shared settings and the feeds."""

    settings: FeedSettings
    feeds: tuple[FeedConfig, ...]

    def enabled(self) -> tuple[FeedConfig, ...]:
        """Return the feeds switched on."""
        return tuple(feed for feed in self.feeds if feed.enabled)


def _iso_time(parsed: time.struct_time | None) -> str | None:
    """Turn feedparser's UTC struct_time into an ISO 8601 string."""
    if not parsed:
        return None
    return datetime(*parsed[:6], tzinfo=UTC).isoformat()


def _plain(value: str | None) -> str | None:
    """Strip markup from a feed string and repair its text."""
    if not value:
        return None
    return repair_text(_TAGS.sub(" ", value)) or None


def _entry(raw: Any, feed_url: str) -> FeedEntry | None:
    """Build a FeedEntry from one feedparser entry, or None when it has no link."""
    link = (raw.get("link") or "").strip()
    if not link:
        return None
    url = urljoin(feed_url, link)
    published = _iso_time(raw.get("published_parsed") or raw.get("updated_parsed"))
    return FeedEntry(url=url, title=_plain(raw.get("title")), published=published,
                     summary=_plain(raw.get("summary")), entry_id=raw.get("id") or url)


def _check_parsed(parsed: Any, url: str) -> None:
    """Raise FeedError for a malformed document or one that is not a feed."""
    problem = parsed.get("bozo_exception")
    if parsed.get("bozo") and not isinstance(problem, _BENIGN_BOZO):
        raise FeedError("bozo_feed", f"malformed feed at {url}: {problem}", url)
    if not parsed.get("version") and not parsed.entries:
        raise FeedError("not_a_feed", f"no RSS or Atom feed found at {url}", url)


def parse_feed(body: bytes, url: str) -> list[FeedEntry]:
    """Parse an RSS or Atom document into entries, relative links resolved against `url`."""
    parsed = feedparser.parse(body)
    _check_parsed(parsed, url)
    return [entry for entry in (_entry(raw, url) for raw in parsed.entries) if entry is not None]


# --- feeds.toml -----------------------------------------------------------------------------------


def _checked(table: dict[str, Any], kind: type, where: str) -> dict[str, Any]:
    """Refuse keys the dataclass `kind` does not have (a typo must not pass silently)."""
    unknown = set(table) - {field.name for field in fields(kind)}
    if unknown:
        raise FeedError("bad_config", f"{where}: unknown keys {sorted(unknown)}")
    return table


def _settings(table: dict[str, Any]) -> FeedSettings:
    """Build FeedSettings from the [settings] table."""
    table = _checked(table, FeedSettings, "[settings]")
    if "allow_hosts" in table:
        table = {**table, "allow_hosts": tuple(str(host) for host in table["allow_hosts"])}
    return FeedSettings(**table)


def _feed(table: dict[str, Any], index: int) -> FeedConfig:
    """Build one FeedConfig from a [[feed]] table."""
    table = _checked(table, FeedConfig, f"[[feed]] #{index + 1}")
    if not table.get("name") or not table.get("url"):
        raise FeedError("bad_config", f"[[feed]] #{index + 1} needs a name and a url")
    return FeedConfig(**table)


def load_feeds_toml(path: str | Path) -> FeedsFile:
    """Read feeds.toml: a [settings] table and [[feed]] entries (name, url, optional overrides)."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise FeedError("bad_config", f"cannot read {path}: {exc}") from exc
    feeds = tuple(_feed(table, index) for index, table in enumerate(data.get("feed", [])))
    names = [feed.name for feed in feeds]
    if len(set(names)) != len(names):
        raise FeedError("bad_config", f"{path}: feed names must be unique")
    return FeedsFile(settings=_settings(data.get("settings", {})), feeds=feeds)
