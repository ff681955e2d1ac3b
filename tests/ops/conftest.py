"""A real Prefect server on a free port, the deployments served against it, and one daily-ingest run."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from prefect.settings import PREFECT_API_URL, temporary_settings

from flows.serve import api_url, start_local_server, stop_process
from tests.conftest import ROOT, SEED_ARTICLE
from tests.fixtures.http_server import FixtureRequest, FixtureResponse, html, serve_fixtures

INGEST_LANDED = (ROOT / "flows" / "ingest.py").exists()
MODULES = {"daily-ingest": "ingest", "reproject": "reproject", "refresh-reference": "refresh"}
LANDED = {
    "load-seeds",
    *(name for name, module in MODULES.items() if (ROOT / "flows" / f"{module}.py").exists()),
}
FINAL = {"COMPLETED", "FAILED", "CRASHED", "CANCELLED"}


def free_port() -> int:
    """Return a TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass(frozen=True)
class Stack:
    """The running server and serve process, and the environment that reaches them."""

    url: str
    ui: str
    env: dict[str, str]
    db: Path
    tmp: Path


def run(coro: Any) -> Any:
    """Run a coroutine to completion (the tests are synchronous)."""
    return asyncio.run(coro)


@pytest.fixture(scope="package")
def stack(tmp_path_factory: pytest.TempPathFactory):
    """Start `prefect server start` on a free port (SQLite in tmp) and `python -m flows.serve` against it."""
    tmp = tmp_path_factory.mktemp("ops")
    port = free_port()
    server = start_local_server("127.0.0.1", port, home=tmp / "prefect-home", timeout=120)
    env = dict(
        os.environ,
        PREFECT_API_URL=api_url("127.0.0.1", port),
        PREFECT_HOME=str(tmp / "client-home"),
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
        SUMMITWATCH_DB=str(tmp / "summitwatch.duckdb"),
        SUMMITWATCH_ALLOW_HOSTS="127.0.0.1",
    )
    log = (tmp / "serve.log").open("w")
    served = subprocess.Popen(
        [sys.executable, "-m", "flows.serve"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        with temporary_settings({PREFECT_API_URL: env["PREFECT_API_URL"]}):
            yield Stack(
                env["PREFECT_API_URL"], f"http://127.0.0.1:{port}", env, tmp / "summitwatch.duckdb", tmp
            )
    finally:
        stop_process(served)
        stop_process(server)
        log.close()


async def wait_deployments(names: set[str], timeout: float = 120) -> dict[str, Any]:
    """Wait until every named deployment ("flow/deployment") is registered; return them by name."""
    from prefect import get_client

    deadline = time.monotonic() + timeout
    async with get_client() as client:
        while True:
            found = {f"{d.name}": d for d in await client.read_deployments()}
            if names <= set(found) or time.monotonic() > deadline:
                return found
            await asyncio.sleep(0.5)


async def run_deployment_and_wait(
    deployment_id: Any, parameters: dict[str, Any], timeout: float = 150
) -> Any:
    """Create a flow run of a deployment and poll until it reaches a final state; return the flow run."""
    from prefect import get_client

    async with get_client() as client:
        flow_run = await client.create_flow_run_from_deployment(deployment_id, parameters=parameters)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            flow_run = await client.read_flow_run(flow_run.id)
            if flow_run.state and flow_run.state.type.value in FINAL:
                return flow_run
            await asyncio.sleep(1)
    raise AssertionError(f"flow run {flow_run.name} still {flow_run.state} after {timeout} s")


@pytest.fixture(scope="package")
def deployments(stack: Stack) -> dict[str, Any]:
    """The served deployments, once all expected ones are registered."""
    expected = LANDED
    found = run(wait_deployments(expected))
    if not expected <= set(found):
        raise AssertionError(
            f"deployments {sorted(found)} lack {sorted(expected - set(found))}; "
            f"serve log:\n{(stack.tmp / 'serve.log').read_text()[-3000:]}"
        )
    return found


FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Ops fixture feed</title><link>{base}/ops</link>
<item><title>Leaders gather in Astana</title><link>{base}/ops/sco-astana.html</link>
<guid>ops-sco-astana</guid><pubDate>Thu, 04 Jul 2024 10:00:00 +0000</pubDate></item>
<item><title>Never fetched</title><link>http://169.254.169.254/latest/meta-data/</link><guid>ops-trap</guid></item>
</channel></rss>"""


def _feed(request: FixtureRequest) -> FixtureResponse:
    """A feed with the seed article (rendered as a page) and one URL the fetcher must refuse."""
    return FixtureResponse(
        200, {"Content-Type": "application/rss+xml"}, FEED.format(base=request.base).encode()
    )


def _seed_page(request: FixtureRequest) -> FixtureResponse:
    """The repository's seed article as an HTML page (read from seeds/ at test time)."""
    import json
    from html import escape

    meta = json.loads(SEED_ARTICLE.with_suffix(".meta.json").read_text(encoding="utf-8"))
    paragraphs = [p for p in SEED_ARTICLE.read_text(encoding="utf-8").split("\n") if p.strip()]
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    head = (
        f"<title>{escape(meta['title'])}</title>"
        f'<meta property="article:published_time" content="{meta["published"]}">'
    )
    return html(
        f"<html><head>{head}</head><body><article><h1>{escape(meta['title'])}</h1>"
        f"{body}</article></body></html>"
    )


@pytest.fixture(scope="package")
def daily_run(stack: Stack, deployments: dict[str, Any]) -> Any:
    """One run of daily-ingest against fixture feeds on 127.0.0.1 (load-seeds until ingest lands)."""
    if not INGEST_LANDED:
        return run(run_deployment_and_wait(deployments["load-seeds"].id, {"db": str(stack.db)}))
    with serve_fixtures(routes={"/ops/feed.rss": _feed, "/ops/sco-astana.html": _seed_page}) as base:
        params = {"feed_urls": [base.url("/ops/feed.rss")], "db": str(stack.db)}
        return run(run_deployment_and_wait(deployments["daily-ingest"].id, params))
