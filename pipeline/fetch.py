"""Polite, guarded HTTP fetching: address checks, size cap, conditional GET, retries and robots.txt."""

from __future__ import annotations

import email.utils
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC
from typing import Literal
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from pipeline.errors import FetchError, TransientFetchError
from pipeline.fetch_guard import allow_hosts_from_env, check_address, resolve_host

USER_AGENT = "summitwatch/0.1 (+https://github.com/summitwatch/summitwatch)"
HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
FEED_TYPES = (
    "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/x-rss+xml",
    "application/xml", "text/xml", "text/html", "text/plain",
)
Accept = Literal["html", "feed", "any"]

_ACCEPT_HEADERS = {
    "html": "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5",
    "feed": "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1",
    "any": "*/*",
}
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_TRANSIENT = frozenset({429, 500, 502, 503, 504})
_KEPT_HEADERS = (
    "content-type", "content-length", "content-language", "etag", "last-modified", "date",
    "cache-control", "expires",
)
_ROBOTS_FAILURE_TTL = 300.0


@dataclass(frozen=True)
class FetchPolicy:
    """How fetches behave: limits, politeness, retries, accepted types and which private hosts are allowed.

    `retries` counts attempts after the first; `deadline` bounds one HTTP exchange (one hop, one attempt);
    `max_retry_wait` caps backoff and Retry-After (a longer Retry-After is not waited for).
    """

    connect_timeout: float = 5.0
    read_timeout: float = 15.0
    deadline: float = 30.0
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    user_agent: str = USER_AGENT
    per_host_concurrency: int = 2
    per_host_delay: float = 1.0
    obey_robots: bool = True
    retries: int = 3
    backoff_base: float = 0.5
    max_retry_wait: float = 30.0
    robots_max_bytes: int = 512 * 1024
    robots_ttl: float = 3600.0
    allowed_content_types: tuple[tuple[str, tuple[str, ...]], ...] = (
        ("html", HTML_TYPES), ("feed", FEED_TYPES),
    )
    allow_hosts: tuple[str, ...] = ()

    def content_types_for(self, accept: str) -> tuple[str, ...] | None:
        """Return the media types allowed for `accept`, or None when any type will do."""
        return dict(self.allowed_content_types).get(accept)


@dataclass(frozen=True)
class FetchResult:
    """The outcome of one successful fetch (a 2xx body or a 304)."""

    url: str
    final_url: str
    status: int
    not_modified: bool
    content_type: str
    charset: str | None
    body: bytes
    etag: str | None
    last_modified: str | None
    headers: tuple[tuple[str, str], ...]
    elapsed: float
    attempts: int

    def header(self, name: str) -> str | None:
        """Return one kept response header by case-insensitive name."""
        return dict(self.headers).get(name.lower())


@dataclass(frozen=True)
class _Target:
    """One hop's URL, pinned to the address that passed the check."""

    url: str
    host: str
    pinned: httpx.URL
    host_header: str
    sni: str | None


@dataclass(frozen=True)
class _Reply:
    """What one exchange produced before it becomes a FetchResult."""

    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes = b""
    location: str | None = None
    attempts: int = 1


def _parse_url(url: str) -> httpx.URL:
    """Parse `url`, accepting only absolute http(s) URLs."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise FetchError("bad_url", f"not a valid URL: {url!r}", url) from exc
    if parsed.scheme not in ("http", "https"):
        raise FetchError("bad_scheme", f"only http and https are fetched: {url}", url)
    if not parsed.host:
        raise FetchError("bad_url", f"URL has no host: {url}", url)
    return parsed


def _target_for(url: str, policy: FetchPolicy) -> _Target:
    """Check every address `url`'s host resolves to and pin the request to one (IPv4 first)."""
    parsed = _parse_url(url)
    host = parsed.raw_host.decode("ascii")
    addresses = resolve_host(host, parsed.port or (443 if parsed.scheme == "https" else 80))
    for ip in addresses:
        check_address(host, ip, policy.allow_hosts)
    chosen = sorted(addresses, key=lambda ip: ip.version)[0]
    pinned = parsed.copy_with(host=str(chosen), username=None, password=None)
    sni = host if parsed.scheme == "https" else None
    return _Target(url, host, pinned, parsed.netloc.decode("ascii"), sni)


# --- responses ------------------------------------------------------------------------------------


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Return the wait in seconds a Retry-After header (seconds or HTTP-date) asks for, or None."""
    if not value or not value.strip():
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    when = when if when.tzinfo else when.replace(tzinfo=UTC)
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def backoff_delay(attempt: int, retry_after: float | None, policy: FetchPolicy) -> float | None:
    """Return the wait before retry number `attempt`, or None when Retry-After asks for too long."""
    if retry_after is not None and retry_after > policy.max_retry_wait:
        return None
    exponential = min(policy.backoff_base * 2.0 ** (attempt - 1), policy.max_retry_wait)
    return exponential if retry_after is None else max(exponential, retry_after)


def split_content_type(header: str | None) -> tuple[str, str | None]:
    """Split a Content-Type header into a lower-case media type and its charset (if any)."""
    if not header:
        return "", None
    media, *params = header.split(";")
    charset = None
    for param in params:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip(" \"'"):
            charset = value.strip(" \"'").lower()
    return media.strip().lower(), charset


def _kept_headers(headers: httpx.Headers) -> tuple[tuple[str, str], ...]:
    """Return the response headers worth keeping, lower-cased."""
    return tuple((name, headers[name]) for name in _KEPT_HEADERS if name in headers)


def _check_type(headers: httpx.Headers, accept: str, policy: FetchPolicy, url: str) -> None:
    """Refuse a body whose declared media type `accept` does not allow (a missing type passes)."""
    allowed = policy.content_types_for(accept)
    media, _ = split_content_type(headers.get("content-type"))
    if allowed is not None and media and media not in allowed:
        raise FetchError(f"not_{accept}", f"{url} is {media}, not {accept}", url)


def _check_length(headers: httpx.Headers, max_bytes: int, url: str) -> None:
    """Refuse a body whose Content-Length is over the cap before reading it."""
    declared = headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise FetchError("too_big", f"{url} declares {declared} bytes (cap {max_bytes})", url)


def _read_capped(response: httpx.Response, max_bytes: int, deadline: float, url: str) -> bytes:
    """Stream the body, stopping as soon as it passes `max_bytes` or the deadline."""
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise FetchError("too_big", f"{url} sent more than {max_bytes} bytes", url)
        if time.monotonic() > deadline:
            raise TransientFetchError("timeout", f"{url} did not finish before the deadline", url)
        chunks.append(chunk)
    return b"".join(chunks)


def _read_reply(
    response: httpx.Response, accept: str, policy: FetchPolicy, deadline: float, url: str
) -> _Reply:
    """Turn one streamed response into a reply, raising for errors and refused bodies."""
    status, headers = response.status_code, response.headers
    if status in _REDIRECTS and headers.get("location"):
        return _Reply(status, _kept_headers(headers), location=headers["location"])
    if status == 304:
        return _Reply(status, _kept_headers(headers))
    if status in _TRANSIENT:
        retry_after = parse_retry_after(headers.get("retry-after"))
        raise TransientFetchError(f"http_{status}", f"{url} answered {status}", url, retry_after)
    if not 200 <= status < 300:
        raise FetchError(f"http_{status}", f"{url} answered {status}", url)
    _check_type(headers, accept, policy, url)
    _check_length(headers, policy.max_bytes, url)
    return _Reply(status, _kept_headers(headers), _read_capped(response, policy.max_bytes, deadline, url))


def _request_headers(accept: str, etag: str | None, last_modified: str | None) -> dict[str, str]:
    """Build the request headers, conditional ones included when given."""
    headers = {"Accept": _ACCEPT_HEADERS[accept], "Accept-Encoding": "gzip, deflate"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    return headers


def _timeout(policy: FetchPolicy) -> httpx.Timeout:
    """Translate the policy into httpx timeouts."""
    return httpx.Timeout(policy.read_timeout, connect=policy.connect_timeout, pool=policy.deadline)


def _caused_by(exc: BaseException, kind: type[BaseException]) -> bool:
    """Whether `kind` appears in the cause/context chain of `exc`."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, kind):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _transport_failure(exc: httpx.HTTPError, url: str) -> FetchError:
    """Translate an httpx failure: timeouts and lost connections are transient, TLS and decoding not."""
    if isinstance(exc, httpx.TimeoutException):
        return TransientFetchError("timeout", f"{url} timed out", url)
    if isinstance(exc, httpx.DecodingError):
        return FetchError("bad_encoding", f"{url}: {exc}", url)
    if _caused_by(exc, ssl.SSLCertVerificationError):
        return FetchError("tls_error", f"{url}: {exc}", url)
    return TransientFetchError("unreachable", f"{url}: {exc}", url)


def _next_hop(current: str, location: str, seen: set[str]) -> str:
    """Resolve a redirect target, refusing one already visited."""
    target = urljoin(current, location.strip())
    if target in seen:
        raise FetchError("redirect_loop", f"redirect loop back to {target}", current)
    seen.add(target)
    return target


def _origin(url: str) -> str:
    """Return scheme://netloc of `url`."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _robots_from_body(body: bytes) -> RobotFileParser:
    """Parse a robots.txt body."""
    parser = RobotFileParser()
    parser.parse(body.decode("utf-8", errors="replace").splitlines())
    return parser


def _robots_from_failure(error: FetchError) -> RobotFileParser:
    """Rules for an unreadable robots.txt (RFC 9309: a 4xx allows all, a 429 or 5xx denies all)."""
    parser = RobotFileParser()
    parser.parse(["User-agent: *", "Disallow: /"] if isinstance(error, TransientFetchError) else [])
    return parser


def _result(url: str, final_url: str, reply: _Reply, attempts: int, elapsed: float) -> FetchResult:
    """Assemble the public result from the last reply."""
    kept = dict(reply.headers)
    media, charset = split_content_type(kept.get("content-type"))
    return FetchResult(
        url=url, final_url=final_url, status=reply.status, not_modified=reply.status == 304,
        content_type=media, charset=charset, body=reply.body, etag=kept.get("etag"),
        last_modified=kept.get("last-modified"), headers=reply.headers, elapsed=elapsed, attempts=attempts,
    )


# --- the fetcher ----------------------------------------------------------------------------------


class _HostGate:
    """Politeness state for one host: a concurrency gate and the time of the last request start."""

    def __init__(self, concurrency: int) -> None:
        self.slots = threading.BoundedSemaphore(max(1, concurrency))
        self.lock = threading.Lock()
        self.last_start = float("-inf")


class Fetcher:
    """A thread-safe fetcher: one connection pool, per-host politeness and a robots.txt cache."""

    def __init__(
        self,
        policy: FetchPolicy | None = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
        transport: httpx.BaseTransport | None = None,
        env_allow_hosts: tuple[str, ...] | None = None,
    ) -> None:
        """Create the pool; `env_allow_hosts` defaults to SUMMITWATCH_ALLOW_HOSTS, added to every policy's."""
        self.policy = policy or FetchPolicy()
        self._extra_allow = allow_hosts_from_env() if env_allow_hosts is None else env_allow_hosts
        self._sleep = sleep
        self._client = httpx.Client(
            timeout=_timeout(self.policy), follow_redirects=False, trust_env=False, transport=transport,
            headers={"User-Agent": self.policy.user_agent},
        )
        self._lock = threading.Lock()
        self._gates: dict[str, _HostGate] = {}
        self._robots: dict[str, tuple[float, RobotFileParser]] = {}
        self._robots_locks: dict[str, threading.Lock] = {}

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection pool."""
        self._client.close()

    def fetch(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        accept: Accept = "html",
        policy: FetchPolicy | None = None,
    ) -> FetchResult:
        """Fetch `url`, following safe redirects; raise FetchError (reason code in `.reason`) on any refusal.

        `policy` overrides the fetcher's for this call (all but per_host_concurrency, fixed per fetcher).
        """
        policy = self._with_env_allow(policy or self.policy)
        started, current, seen, attempts = time.monotonic(), url, {url}, 0
        headers = {**_request_headers(accept, etag, last_modified), "User-Agent": policy.user_agent}
        for _ in range(policy.max_redirects + 1):
            _parse_url(current)
            hop_policy = self._obey_robots(current, policy)
            reply = self._exchange_with_retries(current, headers, accept, hop_policy)
            attempts += reply.attempts
            if reply.location is None:
                return _result(url, current, reply, attempts, time.monotonic() - started)
            current = _next_hop(current, reply.location, seen)
        raise FetchError("too_many_redirects", f"more than {policy.max_redirects} redirects from {url}", url)

    def _with_env_allow(self, policy: FetchPolicy) -> FetchPolicy:
        """Add the environment's allow-listed hosts to the policy's."""
        if not self._extra_allow or set(self._extra_allow) <= set(policy.allow_hosts):
            return policy
        return replace(policy, allow_hosts=(*policy.allow_hosts, *self._extra_allow))

    def _obey_robots(self, url: str, policy: FetchPolicy) -> FetchPolicy:
        """Raise if robots.txt forbids `url`; return the policy with any longer Crawl-delay applied."""
        if not policy.obey_robots:
            return policy
        rules = self._robots_for(url, policy)
        if not rules.can_fetch(policy.user_agent, url):
            raise FetchError("robots_disallowed", f"robots.txt disallows {url}", url)
        crawl_delay = float(rules.crawl_delay(policy.user_agent) or 0.0)
        if crawl_delay <= policy.per_host_delay:
            return policy
        return replace(policy, per_host_delay=min(crawl_delay, policy.max_retry_wait))

    def _robots_for(self, url: str, policy: FetchPolicy) -> RobotFileParser:
        """Return the cached robots rules for `url`'s origin, fetching them when stale."""
        origin = _origin(url)
        with self._lock:
            origin_lock = self._robots_locks.setdefault(origin, threading.Lock())
        with origin_lock:  # one robots.txt request per origin, however many threads ask at once
            with self._lock:
                cached = self._robots.get(origin)
            if cached and cached[0] > time.monotonic():
                return cached[1]
            rules, ttl = self._load_robots(origin, policy)
            with self._lock:
                self._robots[origin] = (time.monotonic() + ttl, rules)
            return rules

    def _load_robots(self, origin: str, policy: FetchPolicy) -> tuple[RobotFileParser, float]:
        """Fetch and parse robots.txt with the same guards, returning the rules and how long to keep them."""
        robots_policy = replace(policy, obey_robots=False, max_bytes=policy.robots_max_bytes, retries=1)
        try:
            result = self.fetch(f"{origin}/robots.txt", accept="any", policy=robots_policy)
        except TransientFetchError as error:
            if not error.reason.startswith("http_"):
                raise  # the host itself is down or silent: report that, not a robots verdict
            return _robots_from_failure(error), min(policy.robots_ttl, _ROBOTS_FAILURE_TTL)
        except FetchError as error:
            return _robots_from_failure(error), min(policy.robots_ttl, _ROBOTS_FAILURE_TTL)
        return _robots_from_body(result.body), policy.robots_ttl

    def _exchange_with_retries(
        self, url: str, headers: dict[str, str], accept: str, policy: FetchPolicy
    ) -> _Reply:
        """Run one hop, retrying transient failures with exponential backoff."""
        target = _target_for(url, policy)
        attempt = 1
        while True:
            try:
                return replace(self._exchange(target, headers, accept, policy), attempts=attempt)
            except TransientFetchError as failure:
                delay = backoff_delay(attempt, failure.retry_after, policy)
                if attempt > policy.retries or delay is None:
                    raise
                self._sleep(delay)
                attempt += 1

    def _exchange(self, target: _Target, headers: dict[str, str], accept: str, policy: FetchPolicy) -> _Reply:
        """Send one GET to the pinned address and read the reply."""
        extensions = {"sni_hostname": target.sni} if target.sni else {}
        request = self._client.build_request(
            "GET", target.pinned, headers={**headers, "Host": target.host_header},
            timeout=_timeout(policy), extensions=extensions,
        )
        with self._polite(target.host, policy.per_host_delay):
            deadline = time.monotonic() + policy.deadline
            try:
                response = self._client.send(request, stream=True)
                try:
                    return _read_reply(response, accept, policy, deadline, target.url)
                finally:
                    response.close()
            except (httpx.TransportError, httpx.DecodingError) as exc:
                raise _transport_failure(exc, target.url) from exc

    @contextmanager
    def _polite(self, host: str, delay: float) -> Iterator[None]:
        """Hold one of the host's slots, starting no sooner than `delay` after its previous request."""
        with self._lock:
            gate = self._gates.setdefault(host, _HostGate(self.policy.per_host_concurrency))
        with gate.slots:
            with gate.lock:
                wait = gate.last_start + delay - time.monotonic()
                if wait > 0:
                    self._sleep(wait)
                gate.last_start = time.monotonic()
            yield
