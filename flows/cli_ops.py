"""CLI commands for one area (ops); registered on the main group by flows.cli."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import click


def register(main: click.Group) -> None:
    """Add this area's commands to the `summitwatch` group (imports stay inside the commands)."""
    main.add_command(serve)


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Local Prefect server host.")
@click.option("--port", default=4200, show_default=True, type=int, help="Local server port (UI, API).")
@click.option(
    "--daily-cron",
    envvar="SUMMITWATCH_DAILY_CRON",
    default=None,
    help="Cron (UTC) of daily-ingest [default: 0 6 * * *, or the Variable summitwatch_daily_cron].",
)
@click.option("--db", envvar="SUMMITWATCH_DB", default=None, help="DuckDB file the deployments write to.")
@click.option("--limit", type=int, default=None, help="At most this many flow runs at once.")
def serve(host: str, port: int, daily_cron: str | None, db: str | None, limit: int | None) -> None:
    """Serve the deployments; start a local Prefect server (SQLite) first unless PREFECT_API_URL is set."""
    from flows.serve import ServerNotReady, api_url, start_local_server, stop_process

    signal.signal(signal.SIGTERM, _interrupt)
    server = None
    env = dict(os.environ, PREFECT_SERVER_ANALYTICS_ENABLED="false")
    if not os.environ.get("PREFECT_API_URL"):
        click.echo(f"starting a local Prefect server on http://{host}:{port} (SQLite) ...", err=True)
        try:
            server = start_local_server(host, port)
        except ServerNotReady as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(2)
        env["PREFECT_API_URL"] = api_url(host, port)
        click.echo(f"dashboard: http://{host}:{port}", err=True)
    cmd = [sys.executable, "-m", "flows.serve", *_flags(daily_cron, db, limit)]
    runner = subprocess.Popen(cmd, env=env, start_new_session=True)
    try:
        code = runner.wait()
    except KeyboardInterrupt:
        click.echo("stopping ...", err=True)
        code = 0
    finally:
        stop_process(runner)
        if server is not None:
            stop_process(server)
    click.echo("stopped", err=True)
    sys.exit(code)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _flags(daily_cron: str | None, db: str | None, limit: int | None) -> list[str]:
    pairs = (("--daily-cron", daily_cron), ("--db", db), ("--limit", limit))
    return [item for flag, value in pairs if value is not None for item in (flag, str(value))]
