"""One long-running process: a local Prefect server when none is configured, and the deployments served.

`python -m flows.serve` serves the deployments against $PREFECT_API_URL; `summitwatch serve` (flows.cli_ops)
first starts a local server with `start_local_server` when that variable is unset.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx

log = logging.getLogger("summitwatch.serve")


class ServerNotReady(RuntimeError):
    """The Prefect server did not answer /api/health in time."""


def api_url(host: str, port: int) -> str:
    """Return the API URL of a Prefect server on host:port."""
    return f"http://{host}:{port}/api"


def wait_healthy(url: str, timeout: float = 90.0, process: subprocess.Popen | None = None) -> None:
    """Wait until the Prefect API at `url` answers /health; fail early if `process` exits."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise ServerNotReady(f"prefect server exited with {process.returncode}")
        try:
            if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise ServerNotReady(f"{url} not healthy after {timeout:.0f} s")


def server_env(host: str, port: int, home: Path | None = None) -> dict[str, str]:
    """The environment of a local Prefect server: SQLite under PREFECT_HOME, UI pointed at its own API."""
    env = dict(os.environ, PREFECT_SERVER_ANALYTICS_ENABLED="false", PREFECT_UI_API_URL=api_url(host, port))
    env.pop("PREFECT_API_URL", None)
    if home is not None:
        env["PREFECT_HOME"] = str(home)
        env.setdefault("PREFECT_API_DATABASE_CONNECTION_URL", f"sqlite+aiosqlite:///{home / 'prefect.db'}")
    return env


def start_local_server(
    host: str = "127.0.0.1", port: int = 4200, home: Path | None = None, timeout: float = 90.0
) -> subprocess.Popen:
    """Start `prefect server start` (SQLite) in its own process group and wait until it is healthy."""
    prefect = Path(sys.executable).with_name("prefect")
    cmd = [str(prefect), "server", "start", "--host", host, "--port", str(port)]
    proc = subprocess.Popen(cmd, env=server_env(host, port, home), start_new_session=True)
    try:
        wait_healthy(api_url(host, port), timeout, proc)
    except BaseException:
        stop_process(proc)
        raise
    return proc


def stop_process(proc: subprocess.Popen, grace: float = 20.0) -> int:
    """Stop a child started in its own session: SIGINT, then SIGTERM, then SIGKILL to its group."""
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGKILL):
        if proc.poll() is not None:
            break
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            break
        try:
            proc.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            continue
    return proc.wait()


def serve_deployments(daily_cron: str | None = None, db: str | None = None, limit: int | None = None) -> None:
    """Create the writer concurrency limit and serve every available deployment until interrupted."""
    from prefect import serve

    from flows.deployments import build_deployments
    from flows.writer import ensure_writer_limit

    ensure_writer_limit()
    deployments = build_deployments(daily_cron, db)
    log.info("serving %d deployments: %s", len(deployments), ", ".join(d.name for d in deployments))
    serve(*deployments, limit=limit)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    """Serve the deployments against $PREFECT_API_URL; SIGINT or SIGTERM stops cleanly."""
    parser = argparse.ArgumentParser(prog="python -m flows.serve", description=main.__doc__)
    parser.add_argument("--daily-cron", default=None, help="cron (UTC) of daily-ingest; default 0 6 * * *")
    parser.add_argument("--db", default=None, help="DuckDB file (default $SUMMITWATCH_DB)")
    parser.add_argument("--limit", type=int, default=None, help="at most this many concurrent flow runs")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s | %(levelname)-7s | %(name)s - %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        serve_deployments(args.daily_cron, args.db, args.limit)
    except KeyboardInterrupt:
        log.info("stopped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
