"""CLI commands for one area (ingest); registered on the main group by flows.cli."""

from __future__ import annotations

import sys
from pathlib import Path

import click

DEFAULT_FEEDS = "feeds.toml"


def summary_line(counts: dict[str, int], db: str) -> str:
    """The one-line report of a run."""
    return (
        f"feeds: {counts['feeds_fetched']} fetched, {counts['feeds_not_modified']} not modified, "
        f"{counts['feeds_failed']} failed; entries: {counts['entries_seen']} seen, "
        f"{counts['new_articles']} new articles, {counts['updated_articles']} updated, "
        f"{counts['duplicates_skipped']} duplicates skipped, {counts['near_duplicates']} near-duplicates; "
        f"articles: {counts['articles_extracted']} extracted, {counts['articles_failed']} failed; "
        f"{counts['new_events']} new events into {db}"
    )


def register(main: click.Group) -> None:
    """Add the `ingest` command to the `summitwatch` group (imports stay inside: start-up stays fast)."""

    @main.command()
    @click.option(
        "--feeds",
        "feeds_file",
        type=click.Path(dir_okay=False),
        default=None,
        help="feeds.toml with [settings] and [[feed]] entries (default ./feeds.toml if present).",
    )
    @click.option("--feed", "feed_urls", multiple=True, help="Fetch this feed only (repeatable).")
    @click.option("--url", "page_urls", multiple=True, help="Fetch this article page (repeatable).")
    @click.option(
        "--db",
        envvar="SUMMITWATCH_DB",
        default=None,
        help="DuckDB file (default data/summitwatch.duckdb, or $SUMMITWATCH_DB).",
    )
    def ingest(
        feeds_file: str | None, feed_urls: tuple[str, ...], page_urls: tuple[str, ...], db: str | None
    ) -> None:
        """Fetch feeds and article pages over HTTP into the log, through the ingest_feeds flow."""
        from flows.ingest import ingest_feeds
        from pipeline.errors import SummitwatchError

        if feeds_file is None and Path(DEFAULT_FEEDS).is_file():
            feeds_file = DEFAULT_FEEDS
        if feeds_file is None and not feed_urls and not page_urls:
            raise click.UsageError("nothing to ingest: give --feeds FILE, --feed URL or --url PAGE_URL")
        try:
            result = ingest_feeds(feeds_file, list(feed_urls), list(page_urls), db)
        except SummitwatchError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(2)
        for failure in result["failures"]:
            click.echo(f"failed: {failure}", err=True)
        line = summary_line(result["counts"], result["db"])
        if result["all_failed"]:
            click.echo(f"ingest failed: every input failed; {line}", err=True)
            sys.exit(1)
        click.echo(line)
