"""End to end: `summitwatch ingest` against a real HTTP server on 127.0.0.1 serving our fixture sites."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from tests.conftest import run_cli
from tests.fixtures.http_server import (
    FixtureRequest,
    FixtureResponse,
    ServedURL,
    html,
    serve_fixtures,
    text_file,
)

WEB = Path(__file__).parent / "web"
ENV = {"SUMMITWATCH_ALLOW_HOSTS": "127.0.0.1,localhost"}
FEED_TYPES = {".rss": "application/rss+xml", ".atom": "application/atom+xml", ".xml": "application/xml"}


def _feed(request: FixtureRequest) -> FixtureResponse:
    """A feed file with an ETag; 304 when the client already has it."""
    port = request.host.rsplit(":", 1)[-1]
    body = (
        text_file(request, request.path.lstrip("/")).replace("__OTHER__", f"http://localhost:{port}").encode()
    )
    etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
    if request.header("if-none-match") == etag:
        return FixtureResponse(304, {"ETag": etag})
    content_type = FEED_TYPES[Path(request.path).suffix] + "; charset=utf-8"
    return FixtureResponse(200, {"Content-Type": content_type, "ETag": etag}, body)


def _page(name: str, fail_first: int | None = None, **headers: str):  # type: ignore[no-untyped-def]
    """A page from news/, failing the first request with `fail_first` when given."""

    def route(request: FixtureRequest) -> FixtureResponse:
        if fail_first and request.hit == 1:
            return html("<h1>Try again</h1>", status=fail_first, **headers)
        return html(text_file(request, f"news/{name}"))

    return route


ROUTES = {
    "/feeds/world.rss": _feed,
    "/feeds/regional.atom": _feed,
    "/feeds/broken.xml": _feed,
    "/mirror/asean": _page("asean-site-a.html"),
    "/flaky/eu": _page("eu-flaky.html", fail_first=500),
    "/limited/port": _page("rate-limited.html", fail_first=429, **{"Retry-After": "1"}),
    "/slow": lambda request: FixtureResponse(200, {"Content-Type": "text/html"}, b"<p>late</p>", delay=4.0),
    "/cp1252": lambda request: FixtureResponse(
        200, {"Content-Type": "text/html; charset=windows-1252"}, (WEB / "news/cp1252.html").read_bytes()
    ),
}


@pytest.fixture
def web() -> Iterator[ServedURL]:
    """Our fixture sites on a fresh server (request counts start at zero)."""
    with serve_fixtures(WEB, routes=ROUTES) as base_url:
        yield base_url


def write_feeds(
    tmp_path: Path,
    web: str,
    names: tuple[str, ...] = ("world.rss", "regional.atom", "broken.xml"),
    extra: str = "",
) -> Path:
    """Write a feeds.toml for the fixture server with tiny politeness delays and timeouts."""
    feeds = "".join(f'[[feed]]\nname = "{n}"\nurl = "{web}/feeds/{n}"\n\n' for n in names)
    path = tmp_path / "feeds.toml"
    path.write_text(
        f"""[settings]
per_host_delay = 0.0
connect_timeout = 1.0
read_timeout = 0.5
deadline = 5.0
retries = 1
backoff_base = 0.01
max_retry_wait = 2.0
max_bytes = 1048576

{feeds}{extra}""",
        encoding="utf-8",
    )
    return path


def query(db: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def n_events(db: Path) -> int:
    return query(db, "select count(*) from events")[0][0]


@pytest.fixture
def first_run(tmp_path: Path, web: ServedURL):
    """One ingestion of every fixture feed (plus an unreachable one) into a fresh database."""
    feeds = write_feeds(tmp_path, web, extra='[[feed]]\nname = "down"\nurl = "http://127.0.0.1:1/feed.rss"\n')
    db = tmp_path / "sw.duckdb"
    proc = run_cli("ingest", "--feeds", str(feeds), db=db, env=ENV)
    return db, feeds, proc


def test_every_case_ends_as_described(first_run, web):
    db, _, proc = first_run
    assert "feeds: 2 fetched, 0 not modified, 2 failed" in proc.stdout
    failures = dict(query(db, "select url, reason from failures"))
    assert failures[f"{web}/missing"] == "http_404"
    assert failures[f"{web}/slow"] == "timeout"
    assert failures["http://169.254.169.254/latest/meta-data/"] == "refused_address"
    assert failures[f"{web}/loop/a"] == "redirect_loop"
    assert failures[f"{web}/huge"] == "too_big"
    assert failures[f"{web}/report.pdf"] == "not_html"
    assert failures[f"{web}/news/empty.html"] == "extraction_empty"
    assert failures[f"{web}/private/memo"] == "robots_disallowed"
    assert failures[f"{web}/feeds/broken.xml"] == "bozo_feed"
    assert failures["http://127.0.0.1:1/feed.rss"] == "unreachable"
    assert query(db, "select count(*), count(distinct input) from failures")[0] == (10, 10)
    assert web.hits["/missing"] == 1  # a 404 is not retried
    assert web.hits["/flaky/eu"] == 2 and web.hits["/limited/port"] == 2  # transient errors are
    assert "/latest/meta-data/" not in web.hits


def test_articles_are_extracted_repaired_and_deduplicated(first_run, web):
    db, _, _ = first_run
    rows = query(db, "select url, story_id, source, title from articles order by url")
    urls = [row[0] for row in rows]
    assert sorted(urls) == sorted(
        [
            f"{web}/news/asean-site-a.html?utm_source=rss&utm_medium=feed",
            f"{web.url('/news/asean-site-b.html', host='localhost')}",
            f"{web}/flaky/eu",
            f"{web}/limited/port",
            f"{web}/cp1252",
            f"{web}/news/mojibake.html",
        ]
    )
    stories = {row[0].split("/")[-1].split("?")[0]: row[1] for row in rows}
    assert stories["asean-site-a.html"] == stories["asean-site-b.html"]  # one story on two sites
    assert len(set(stories.values())) == 5
    assert web.hits["/news/asean-site-a.html"] == 1  # the plain and tracking variants: fetched once
    texts = dict(
        query(
            db, "select payload ->> 'url', payload ->> 'text' from events where event_type = 'article_loaded'"
        )
    )
    assert "São Tomé" in texts[f"{web}/cp1252"] and "“blue economy”" in texts[f"{web}/cp1252"]
    assert "café on every corner" in texts[f"{web}/news/mojibake.html"]
    assert "â€" not in texts[f"{web}/news/mojibake.html"]


def test_the_views_hold_each_story_once_with_its_sources(first_run):
    db, _, _ = first_run
    rows = query(
        db,
        "select coalesce(person, country), n_sources from summit_attendees where summit_id = 'asean-vientiane-2024' "
        "order by 1",
    )
    # 'Timor-Leste ... attended as an observer': attendance known by country only is still an attendee
    assert [r[0] for r in rows] == ["Anwar Ibrahim", "East Timor", "Joko Widodo"]
    assert all(n == 1 for _, n in rows)  # two sites, one story: counted once
    sources = query(
        db, "select distinct source from claims where payload ->> 'summit_id' = 'asean-vientiane-2024'"
    )
    assert {s for (s,) in sources} == {"Mekong Herald", "Harbour Wire"}


def test_the_run_is_recorded_as_events(first_run):
    db, _, _ = first_run
    (payload,) = query(db, "select payload from events where event_type = 'ingest_run_completed'")[0]
    counts = json.loads(payload)
    assert counts["feeds_fetched"] == 2 and counts["feeds_failed"] == 2
    assert counts["new_articles"] == 6 and counts["near_duplicates"] == 1
    assert counts["duplicates_skipped"] == 3  # plain URL, cross-feed tracking variant, identical mirror
    assert counts["new_events"] == n_events(db)
    assert query(db, "select count(*) from feed_state where etag is not null")[0][0] == 3


def test_a_second_run_makes_only_conditional_requests_and_adds_nothing(first_run, web):
    db, feeds, _ = first_run
    before, hits_before = n_events(db), len(web.requests)
    proc = run_cli("ingest", "--feeds", str(feeds), db=db, env=ENV)
    second = [r for r in web.requests[hits_before:] if r.path != "/robots.txt"]
    assert sorted(r.path for r in second) == ["/feeds/broken.xml", "/feeds/regional.atom", "/feeds/world.rss"]
    assert all(r.header("if-none-match") for r in second)
    assert "3 not modified" in proc.stdout and "0 new events" in proc.stdout
    assert n_events(db) == before


def test_a_run_where_everything_fails_exits_non_zero(tmp_path, web):
    feeds = write_feeds(tmp_path, web, names=("broken.xml",))
    proc = run_cli("ingest", "--feeds", str(feeds), db=tmp_path / "sw.duckdb", env=ENV, check=False)
    assert proc.returncode == 1
    assert "ingest failed: every input failed" in proc.stderr
    assert len([line for line in proc.stderr.splitlines() if line.startswith("ingest failed:")]) == 1


def test_an_updated_article_supersedes_its_earlier_claims(tmp_path, web):
    original = (WEB / "news/asean-site-a.html").read_text(encoding="utf-8")
    version = {"text": original}
    web.routes["/live/asean"] = lambda request: html(version["text"])
    db, page = tmp_path / "sw.duckdb", web.url("/live/asean")
    run_cli("ingest", "--url", page, db=db, env=ENV)
    version["text"] = original.replace(
        "Prime Minister Anwar Ibrahim of Malaysia", "Prime Minister Hun Manet of Cambodia"
    )
    proc = run_cli("ingest", "--url", page, db=db, env=ENV)
    assert "1 updated" in proc.stdout
    people = [r[0] for r in query(db, "select coalesce(person, country) from summit_attendees order by 1")]
    assert people == ["East Timor", "Hun Manet", "Joko Widodo"]
    assert query(db, "select n_versions from articles")[0][0] == 2
