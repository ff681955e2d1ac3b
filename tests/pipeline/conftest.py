"""Fixtures for the pipeline tests: the fixture web server and fetchers pointed at it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from pipeline.fetch import Fetcher, FetchPolicy
from tests.fixtures.http_server import ServedURL, serve_fixtures

LOCAL_HOSTS = ("127.0.0.0/8", "localhost")


@pytest.fixture
def web() -> Iterator[ServedURL]:
    """A fresh fixture server (so request counts start at zero); yields its base URL."""
    with serve_fixtures() as base_url:
        yield base_url


@pytest.fixture
def policy() -> FetchPolicy:
    """A fetch policy for tests: local hosts allowed, no politeness delay, tiny backoff, short timeouts."""
    return FetchPolicy(
        connect_timeout=2.0, read_timeout=2.0, deadline=10.0, per_host_delay=0.0,
        backoff_base=0.01, retries=2, allow_hosts=LOCAL_HOSTS,
    )


@pytest.fixture
def sleeps() -> list[float]:
    """Every wait a fetcher asked for (the fetcher is given a recorder instead of time.sleep)."""
    return []


@pytest.fixture
def fetcher(policy: FetchPolicy, sleeps: list[float]) -> Iterator[Fetcher]:
    """A fetcher that records its waits instead of sleeping and ignores SUMMITWATCH_ALLOW_HOSTS."""
    with Fetcher(policy, sleep=sleeps.append, env_allow_hosts=()) as client:
        yield client
