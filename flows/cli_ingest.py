"""CLI commands for one area (ingest); registered on the main group by flows.cli."""

from __future__ import annotations

import click


def register(main: click.Group) -> None:
    """Add this area's commands to the `summitwatch` group. Keep imports inside the commands: start-up stays fast."""
