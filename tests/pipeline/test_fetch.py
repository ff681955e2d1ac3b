"""Fetching against a real HTTP server on 127.0.0.1: guards, retries, redirects, robots and politeness."""

from __future__ import annotations

import ipaddress
import ssl
import threading
import time
import tracemalloc
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest

from pipeline.errors import FetchError, TransientFetchError
from pipeline.fetch import Fetcher, FetchPolicy, backoff_delay, parse_retry_after, split_content_type
from pipeline.fetch_guard import allow_hosts_from_env, check_address, is_public_address
from tests.fixtures.http_server import FixtureRequest, FixtureResponse, article, html, serve_fixtures

ARTICLE = "/news/lake-varn-summit.html"


def fetch_error(fetcher: Fetcher, url: str, **kwargs: object) -> FetchError:
    """Fetch `url`, expecting a FetchError, and return it."""
    with pytest.raises(FetchError) as caught:
        fetcher.fetch(url, **kwargs)  # type: ignore[arg-type]
    return caught.value


# --- success ------------------------------------------------------------------------------------


def test_fetches_a_page_with_its_metadata(fetcher, web):
    result = fetcher.fetch(web + ARTICLE)
    assert result.status == 200 and not result.not_modified
    assert result.final_url == result.url == web + ARTICLE
    assert (result.content_type, result.charset) == ("text/html", "utf-8")
    assert b"Lake Varn" in result.body
    assert result.attempts == 1
    assert result.header("Content-Type") == "text/html; charset=utf-8"


def test_sends_an_honest_user_agent(fetcher, web):
    fetcher.fetch(web + ARTICLE)
    agents = {request.header("user-agent") for request in web.requests}
    assert len(agents) == 1
    agent = agents.pop()
    assert agent.startswith("summitwatch/") and "+http" in agent


def test_follows_a_redirect_and_reports_the_final_url(fetcher, web):
    result = fetcher.fetch(web + "/moved")
    assert result.status == 200
    assert result.final_url == web + ARTICLE
    assert web.hits["/moved"] == 1 and web.hits[ARTICLE] == 1


# --- transient failures and retries ---------------------------------------------------------------


def test_a_500_is_retried_and_recovers_on_the_second_try(fetcher, web, sleeps):
    result = fetcher.fetch(web + "/flaky")
    assert result.status == 200 and b"Lake Varn" in result.body
    assert result.attempts == 2
    assert web.hits["/flaky"] == 2
    assert len(sleeps) == 1


def test_a_persistent_503_gives_up_after_the_retries(fetcher, web, policy):
    error = fetch_error(fetcher, web + "/always-503")
    assert error.reason == "http_503"
    assert isinstance(error, TransientFetchError)
    assert web.hits["/always-503"] == policy.retries + 1


def test_a_429_waits_as_long_as_retry_after_says(fetcher, web, sleeps):
    result = fetcher.fetch(web + "/rate-limited")
    assert result.status == 200
    assert web.hits["/rate-limited"] == 2
    assert max(sleeps) >= 1.0


def test_a_slow_page_times_out_after_every_attempt(web, policy, sleeps):
    impatient = replace(policy, read_timeout=0.2, retries=1)
    with Fetcher(impatient, sleep=sleeps.append, env_allow_hosts=()) as fetcher:
        error = fetch_error(fetcher, web + "/slow")
    assert error.reason == "timeout"
    assert web.hits["/slow"] == 2


def test_a_body_that_trickles_past_the_deadline_is_abandoned(web, policy):
    strict = replace(policy, deadline=0.3, retries=0)
    with Fetcher(strict, env_allow_hosts=()) as fetcher:
        error = fetch_error(fetcher, web + "/trickle")
    assert error.reason == "timeout"
    assert web.hits["/trickle"] == 1


@pytest.mark.parametrize(("path", "reason"), [("/missing", "http_404"), ("/gone", "http_410")])
def test_client_errors_fail_at_once_without_retry(fetcher, web, path, reason):
    error = fetch_error(fetcher, web + path)
    assert error.reason == reason
    assert not isinstance(error, TransientFetchError)
    assert web.hits[path] == 1


def test_an_unreachable_port_is_reported_as_unreachable(policy):
    with serve_fixtures() as base_url:
        closed = base_url
    with Fetcher(replace(policy, retries=1), sleep=lambda _: None, env_allow_hosts=()) as fetcher:
        assert fetch_error(fetcher, closed + ARTICLE).reason == "unreachable"


def test_retry_after_accepts_seconds_and_http_dates():
    now = datetime(2024, 3, 5, 10, 0, tzinfo=UTC)
    in_two_minutes = format_datetime(now + timedelta(minutes=2), usegmt=True)
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after(in_two_minutes, now=now.timestamp()) == pytest.approx(120.0)
    an_hour_ago = format_datetime(now - timedelta(hours=1), usegmt=True)
    assert parse_retry_after(an_hour_ago, now=now.timestamp()) == 0.0
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None


def test_backoff_grows_and_a_long_retry_after_is_not_waited_for():
    policy = FetchPolicy(backoff_base=0.5, max_retry_wait=30.0)
    waits = [backoff_delay(attempt, None, policy) for attempt in (1, 2, 3)]
    assert waits == sorted(waits) and waits[0] < waits[-1]
    assert backoff_delay(1, 3.0, policy) == 3.0
    assert backoff_delay(1, 3600.0, policy) is None
    assert backoff_delay(20, None, policy) == policy.max_retry_wait


# --- redirects --------------------------------------------------------------------------------------


def test_a_redirect_loop_is_detected(fetcher, web):
    assert fetch_error(fetcher, web + "/loop/a").reason == "redirect_loop"
    assert web.hits["/loop/a"] == 1 and web.hits["/loop/b"] == 1


def test_redirects_are_limited(fetcher, web, policy):
    ok = fetcher.fetch(f"{web}/chain?n={policy.max_redirects}")
    assert ok.status == 200
    error = fetch_error(fetcher, f"{web}/chain?n={policy.max_redirects + 1}")
    assert error.reason == "too_many_redirects"


def test_a_redirect_to_another_scheme_is_refused(fetcher, web):
    assert fetch_error(fetcher, web + "/to-ftp").reason == "bad_scheme"


# --- address guard ------------------------------------------------------------------------------


@pytest.mark.parametrize("url", ["ftp://example.org/x", "file:///etc/passwd", "gopher://example.org/"])
def test_only_http_and_https_are_fetched(fetcher, url):
    assert fetch_error(fetcher, url).reason == "bad_scheme"


def test_a_redirect_to_the_metadata_address_is_refused_even_when_its_range_is_allowed(web, policy):
    generous = replace(policy, allow_hosts=(*policy.allow_hosts, "169.254.0.0/16", "0.0.0.0/0"))
    with Fetcher(generous, env_allow_hosts=()) as fetcher:
        assert fetch_error(fetcher, web + "/to-metadata").reason == "refused_address"


def test_loopback_is_refused_unless_allowed(web, policy):
    with Fetcher(replace(policy, allow_hosts=()), env_allow_hosts=()) as fetcher:
        assert fetch_error(fetcher, web + ARTICLE).reason == "refused_address"
    assert sum(web.hits.values()) == 0


def test_allow_hosts_come_from_the_environment(web, policy, monkeypatch):
    monkeypatch.setenv("SUMMITWATCH_ALLOW_HOSTS", " 127.0.0.0/8 , LocalHost ,")
    assert allow_hosts_from_env() == ("127.0.0.0/8", "localhost")
    with Fetcher(replace(policy, allow_hosts=())) as fetcher:
        assert fetcher.fetch(web + ARTICLE).status == 200
        assert fetcher.fetch(web.url(ARTICLE, host="localhost")).status == 200


def test_an_allowed_host_name_admits_only_that_name(web, policy):
    by_name = replace(policy, allow_hosts=("localhost",))
    with Fetcher(by_name, env_allow_hosts=()) as fetcher:
        assert fetcher.fetch(web.url(ARTICLE, host="localhost")).status == 200
        assert fetch_error(fetcher, web + ARTICLE).reason == "refused_address"


@pytest.mark.parametrize(
    "address",
    ["10.1.2.3", "172.16.0.9", "192.168.1.1", "127.0.0.1", "0.0.0.0", "100.64.0.1", "169.254.10.10",
     "224.0.0.1", "::1", "fe80::1", "fc00::1", "::ffff:127.0.0.1", "169.254.169.254", "fd00:ec2::254",
     "100.100.100.200"],
)
def test_private_and_special_addresses_are_refused(address):
    ip = ipaddress.ip_address(address)
    assert not is_public_address(ip)
    with pytest.raises(FetchError) as caught:
        check_address("news.example", ip)
    assert caught.value.reason == "refused_address"


@pytest.mark.parametrize("address", ["93.184.216.34", "2606:4700:4700::1111"])
def test_public_addresses_pass(address):
    check_address("news.example", ipaddress.ip_address(address))


@pytest.mark.parametrize("address", ["169.254.169.254", "fd00:ec2::254", "100.100.100.200"])
def test_metadata_addresses_cannot_be_allow_listed(address):
    with pytest.raises(FetchError):
        check_address("metadata", ipaddress.ip_address(address), ("0.0.0.0/0", "::/0", "metadata"))


# --- size and type ------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/huge", "/huge-declared"])
def test_an_oversize_body_is_cut_off_without_being_held_in_memory(web, policy, path):
    capped = replace(policy, max_bytes=1024 * 1024, retries=0)
    with Fetcher(capped, env_allow_hosts=()) as fetcher:
        tracemalloc.start()
        try:
            error = fetch_error(fetcher, web + path)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert error.reason == "too_big"
    assert peak < 8 * 1024 * 1024  # the body is 50 MB


def test_a_pdf_is_not_html(fetcher, web):
    assert fetch_error(fetcher, web + "/report.pdf").reason == "not_html"
    assert fetch_error(fetcher, web + "/report.pdf", accept="feed").reason == "not_feed"


def test_feeds_are_accepted_as_feed_and_not_as_html(fetcher, web):
    result = fetcher.fetch(web + "/feeds/world.rss", accept="feed")
    assert result.content_type == "application/rss+xml"
    assert fetch_error(fetcher, web + "/feeds/world.rss").reason == "not_html"


def test_the_http_charset_is_reported_and_the_bytes_kept(fetcher, web):
    result = fetcher.fetch(web + "/cp1252")
    assert result.charset == "windows-1252"
    assert b"S\xe9bastien" in result.body


def test_split_content_type():
    assert split_content_type('Text/HTML; Charset="ISO-8859-1"') == ("text/html", "iso-8859-1")
    assert split_content_type(None) == ("", None)


# --- conditional GET ------------------------------------------------------------------------------


def test_a_matching_etag_gets_304_and_no_body(fetcher, web):
    first = fetcher.fetch(web + "/feeds/conditional.rss", accept="feed")
    assert first.status == 200 and first.etag and first.last_modified
    again = fetcher.fetch(
        web + "/feeds/conditional.rss", accept="feed", etag=first.etag, last_modified=first.last_modified
    )
    assert again.not_modified and again.status == 304 and again.body == b""
    last = web.requests[-1]
    assert last.header("if-none-match") == first.etag
    assert last.header("if-modified-since") == first.last_modified


def test_a_stale_etag_gets_the_full_feed(fetcher, web):
    result = fetcher.fetch(web + "/feeds/conditional.rss", accept="feed", etag='"world-v0"')
    assert not result.not_modified and b"<rss" in result.body


# --- robots.txt ---------------------------------------------------------------------------------


def test_robots_txt_disallow_is_obeyed_and_cached(fetcher, web):
    assert fetch_error(fetcher, web + "/private/briefing.html").reason == "robots_disallowed"
    assert web.hits["/private/briefing.html"] == 0
    assert fetcher.fetch(web + ARTICLE).status == 200
    assert web.hits["/robots.txt"] == 1


def test_robots_txt_can_be_switched_off(web, policy):
    with Fetcher(replace(policy, obey_robots=False), env_allow_hosts=()) as fetcher:
        assert fetcher.fetch(web + "/private/briefing.html").status == 200
    assert web.hits["/robots.txt"] == 0


def test_a_missing_robots_txt_allows_everything(policy, tmp_path):
    (tmp_path / "page.html").write_text((web_dir() / ARTICLE.lstrip("/")).read_text("utf-8"), "utf-8")
    with serve_fixtures(tmp_path) as base_url, Fetcher(policy, env_allow_hosts=()) as fetcher:
        assert fetcher.fetch(base_url + "/page.html").status == 200
        assert base_url.hits["/robots.txt"] == 1


def test_an_unavailable_robots_txt_means_stay_away(policy):
    failing = {"/robots.txt": lambda request: html("down", status=503)}
    with serve_fixtures(routes=failing) as base_url:
        with Fetcher(policy, sleep=lambda _: None, env_allow_hosts=()) as fetcher:
            assert fetch_error(fetcher, base_url + ARTICLE).reason == "robots_disallowed"
        assert base_url.hits[ARTICLE] == 0


def web_dir():
    """The fixture web directory."""
    from tests.fixtures.http_server import FIXTURE_WEB

    return FIXTURE_WEB


# --- politeness -----------------------------------------------------------------------------------


def test_requests_to_one_host_are_spaced_but_other_hosts_are_not(web, policy, sleeps):
    polite = replace(policy, per_host_delay=30.0, obey_robots=False)
    with Fetcher(polite, sleep=sleeps.append, env_allow_hosts=()) as fetcher:
        fetcher.fetch(web + ARTICLE)
        fetcher.fetch(web.url(ARTICLE, host="localhost"))
        assert sleeps == []
        fetcher.fetch(web + ARTICLE)
    assert len(sleeps) == 1 and sleeps[0] > 1.0


def test_no_more_than_the_allowed_requests_run_at_once_per_host(policy):
    state = {"now": 0, "peak": 0}
    lock = threading.Lock()

    def held(request: FixtureRequest) -> FixtureResponse:
        with lock:
            state["now"] += 1
            state["peak"] = max(state["peak"], state["now"])
        time.sleep(0.1)
        with lock:
            state["now"] -= 1
        return article(request)

    with serve_fixtures(routes={"/held": held}) as base_url:
        limited = replace(policy, per_host_concurrency=2, obey_robots=False)
        with Fetcher(limited, env_allow_hosts=()) as fetcher, ThreadPoolExecutor(max_workers=6) as pool:
            results = list(pool.map(lambda _: fetcher.fetch(base_url + "/held"), range(6)))
    assert all(result.status == 200 for result in results)
    assert 1 <= state["peak"] <= 2


# --- TLS with the address pinned ------------------------------------------------------------------


def self_signed(tmp_path, host="localhost"):
    """Write a self-signed certificate for `host` and its key; return their paths."""
    x509 = pytest.importorskip("cryptography.x509")
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(hours=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(host)]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return cert_path, key_path


def test_https_is_pinned_to_the_checked_address_and_still_verifies_the_host_name(tmp_path, policy):
    cert_path, key_path = self_signed(tmp_path)
    server_tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_tls.load_cert_chain(cert_path, key_path)
    client_tls = ssl.create_default_context(cafile=str(cert_path))
    with serve_fixtures(tls=server_tls) as https:
        assert https.startswith("https://")
        transport = httpx.HTTPTransport(verify=client_tls)
        with Fetcher(policy, transport=transport, sleep=lambda _: None, env_allow_hosts=()) as fetcher:
            result = fetcher.fetch(https.url(ARTICLE, host="localhost"))
            assert result.status == 200 and b"Lake Varn" in result.body
            assert fetch_error(fetcher, https + ARTICLE).reason == "tls_error"  # cert is for localhost only
