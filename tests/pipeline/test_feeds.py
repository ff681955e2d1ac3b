"""Feed parsing (RSS 2.0, Atom, malformed) and the feeds.toml configuration."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.errors import FeedError, FetchError
from pipeline.extract import extract_page
from pipeline.feeds import load_feeds_toml, parse_feed
from pipeline.fetch import FetchPolicy

REPO = Path(__file__).resolve().parents[2]


def fetch_feed(fetcher, url):
    """Fetch and parse one feed."""
    result = fetcher.fetch(url, accept="feed")
    return parse_feed(result.body, result.final_url)


def test_rss_entries_carry_links_titles_dates_and_plain_summaries(fetcher, web):
    entries = fetch_feed(fetcher, web + "/feeds/world.rss")
    by_title = {entry.title: entry for entry in entries}
    varn = by_title["Ministers open Lake Varn water summit"]
    assert varn.url == web + "/news/lake-varn-summit.html"
    assert varn.published == "2024-03-05T09:30:00+00:00"
    assert varn.entry_id == "meridian-2024-0305-varn"
    assert varn.summary == "Eleven river states meet for the first Upper Basin Council summit."
    corran = by_title["Corran Strait accord agreed after all-night talks"]
    assert corran.published == "2024-05-21T06:15:00+00:00"  # +0200 converted to UTC
    assert "&" in corran.summary and "&amp;" not in corran.summary


def test_rss_relative_links_are_resolved_and_linkless_items_skipped(fetcher, web):
    entries = fetch_feed(fetcher, web + "/feeds/world.rss")
    urls = [entry.url for entry in entries]
    assert web + "/news/mojibake-article.html" in urls
    assert all(entry.url for entry in entries)
    assert "An item with no link is skipped" not in {entry.title for entry in entries}


def test_atom_entries_prefer_published_and_fall_back_to_updated(fetcher, web):
    entries = fetch_feed(fetcher, web + "/feeds/world.atom")
    assert [entry.url for entry in entries] == [web + "/world/corran-accord", web + "/cp1252"]
    assert entries[0].published == "2024-05-21T07:40:00+00:00"
    assert entries[1].published == "2024-04-18T16:00:00+00:00"
    assert entries[0].summary == "Convoys and a joint pilot service for the strait."
    assert entries[0].entry_id.startswith("tag:channel-gazette.example")


def test_a_malformed_feed_is_a_bozo_feed(fetcher, web):
    result = fetcher.fetch(web + "/feeds/broken.xml", accept="feed")
    with pytest.raises(FeedError) as caught:
        parse_feed(result.body, result.final_url)
    assert caught.value.reason == "bozo_feed"


def test_a_web_page_is_not_a_feed(fetcher, web):
    result = fetcher.fetch(web + "/news/lake-varn-summit.html")
    with pytest.raises(FeedError):
        parse_feed(result.body, result.final_url)


def test_feed_to_articles_end_to_end_refuses_the_metadata_entry(fetcher, web):
    pages, refused = [], []
    for entry in fetch_feed(fetcher, web + "/feeds/world.rss"):
        try:
            result = fetcher.fetch(entry.url)
        except FetchError as error:
            refused.append((entry.url, error.reason))
            continue
        pages.append(extract_page(result.body, result.final_url, result.charset))
    assert refused == [("http://169.254.169.254/latest/meta-data/", "refused_address")]
    assert {page.title for page in pages} >= {"Ministers open Lake Varn water summit"}
    assert any("António" in page.text for page in pages)


# --- feeds.toml -------------------------------------------------------------------------------------


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "feeds.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_feeds_toml_settings_and_per_feed_overrides(tmp_path):
    path = write(tmp_path, """
[settings]
allow_hosts = ["127.0.0.0/8", "localhost"]
per_host_delay = 0.5
per_host_concurrency = 3

[[feed]]
name = "varn"
url = "http://127.0.0.1:9/feeds/world.rss"
max_bytes = 2048
obey_robots = false

[[feed]]
name = "off"
url = "http://127.0.0.1:9/feeds/world.atom"
enabled = false
""")
    feeds = load_feeds_toml(path)
    assert [feed.name for feed in feeds.enabled()] == ["varn"]
    shared = feeds.settings.policy(FetchPolicy(retries=1))
    assert shared.allow_hosts == ("127.0.0.0/8", "localhost")
    assert (shared.per_host_delay, shared.per_host_concurrency, shared.retries) == (0.5, 3, 1)
    varn = feeds.feeds[0].policy(shared)
    assert (varn.max_bytes, varn.obey_robots, varn.per_host_delay) == (2048, False, 0.5)
    assert feeds.feeds[1].policy(shared) == shared


@pytest.mark.parametrize(
    "text",
    [
        '[[feed]]\nname = "a"\nurl = "https://example.org/rss"\nmax_byte = 5\n',
        '[[feed]]\nname = "a"\n',
        '[settings]\nallowed_hosts = []\n',
        '[[feed]]\nname = "a"\nurl = "https://a/"\n[[feed]]\nname = "a"\nurl = "https://b/"\n',
        "[[feed]\nname = ",
    ],
)
def test_a_bad_feeds_toml_is_refused(tmp_path, text):
    with pytest.raises(FeedError) as caught:
        load_feeds_toml(write(tmp_path, text))
    assert caught.value.reason == "bad_config"


def test_the_shipped_feeds_toml_is_valid():
    feeds = load_feeds_toml(REPO / "feeds.toml")
    assert feeds.enabled()
    assert all(feed.url.startswith("https://") for feed in feeds.feeds)
    assert feeds.settings.allow_hosts == ()
    assert feeds.settings.user_agent.startswith("summitwatch/")
