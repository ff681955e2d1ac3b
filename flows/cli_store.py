"""CLI commands of the store area: retract, correct, merge-entities, reproject; registered by flows.cli."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from typing import Any

import click

db_option = click.option(
    "--db",
    envvar="SUMMITWATCH_DB",
    default=None,
    help="DuckDB file (default data/summitwatch.duckdb, or $SUMMITWATCH_DB).",
)
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
AMENDABLE = (
    "summit_reported",
    "membership_reported",
    "attendance_reported",
    "bilateral_meeting_reported",
    "death_reported",
    "office_change_reported",
    "claim_retracted",
    "claim_corrected",
    "entities_merged",
)


def known_at_bound(value: str | None) -> str | None:
    """Return a recorded-time bound: a bare day means the end of that day (UTC)."""
    return f"{value} 23:59:59.999999" if value and _DAY.match(value) else value


def time_travel_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """Add --as-of (valid time) and --known-at (recorded time) to a read command."""
    command = click.option(
        "--known-at",
        "known_at",
        default=None,
        metavar="TIMESTAMP",
        help="As the log knew it then: only events recorded at or before (UTC; a day = its end).",
    )(command)
    return click.option(
        "--as-of",
        "as_of",
        default=None,
        metavar="DATE",
        help="As true on DATE (valid time): only claims valid or published by then.",
    )(command)


def _fail(message: str) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(2)


def _amend(db: str | None, event_id: str, kind: str, build) -> None:  # type: ignore[no-untyped-def]
    """Look the target up, build the amendment with `build(target)` and append it, all on one connection."""
    from pipeline.errors import WarehouseError
    from pipeline.events import Target
    from warehouse.db import connect
    from warehouse.queries import amendment_target
    from warehouse.store import append_events

    try:
        con = connect(db)
    except WarehouseError as exc:
        _fail(str(exc))
    try:
        event_id = event_id.strip()
        found = amendment_target(con, event_id, kind)
        if found is None:
            _fail(f"no event {event_id} in the log")
        target_id, stream, stream_type, event_type, generation, withdrawn, key = found  # type: ignore[misc]
        if event_type not in AMENDABLE:
            _fail(f"{event_id} is a {event_type} event; only claims and amendments can be amended")
        if withdrawn and kind == "claim_retracted":
            click.echo(f"{event_id} is already retracted; nothing appended")
            return
        event = build(Target(target_id, stream, stream_type, generation, key))
        new = append_events(con, [event])
    finally:
        con.close()
    click.echo(f"{kind} {event.event_id} -> {event_id} ({new} new event)")


def register(main: click.Group) -> None:
    """Add this area's commands to the `summitwatch` group. Imports stay inside the commands."""

    @main.command()
    @click.argument("event_id")
    @click.option("--reason", required=True, help="Why the event is withdrawn (kept in the log).")
    @db_option
    def retract(event_id: str, reason: str, db: str | None) -> None:
        """Withdraw EVENT_ID (a claim, a correction, a merge, or a retraction, which restores its target)."""
        from pipeline.events import claim_retracted

        _amend(db, event_id, "claim_retracted", lambda target: claim_retracted(target, reason))

    @main.command()
    @click.argument("event_id")
    @click.option("--status", required=True, help="The status the claim should have had.")
    @click.option("--reason", required=True, help="Why (kept in the log).")
    @db_option
    def correct(event_id: str, status: str, reason: str, db: str | None) -> None:
        """Correct the status of claim EVENT_ID; the views show the corrected status."""
        from pipeline.events import claim_corrected

        _amend(db, event_id, "claim_corrected", lambda target: claim_corrected(target, status, reason))

    @main.command(name="merge-entities")
    @click.argument("kind", type=click.Choice(["person", "country"]))
    @click.argument("from_id")
    @click.argument("into_id")
    @click.option("--name", "into_name", required=True, help="The name the merged entity is shown with.")
    @click.option("--reason", required=True, help="Why (kept in the log).")
    @db_option
    def merge_entities(
        kind: str, from_id: str, into_id: str, into_name: str, reason: str, db: str | None
    ) -> None:
        """Count claims about FROM_ID as claims about INTO_ID (a person or a country id); retract to undo."""
        from pipeline.events import entities_merged
        from warehouse.db import connect
        from warehouse.queries import merge_count
        from warehouse.store import append_events

        con = connect(db)
        try:
            event = entities_merged(
                kind, from_id, into_id, into_name, reason, merge_count(con, kind, from_id)
            )
            new = append_events(con, [event])
        finally:
            con.close()
        click.echo(f"entities_merged {event.event_id}: {kind} {from_id} -> {into_id} ({new} new event)")

    @main.command()
    @click.option(
        "--reference",
        type=click.Path(exists=True, file_okay=False),
        default=None,
        help="A reference dictionary folder (default: the shipped seeds/reference).",
    )
    @db_option
    def reproject(reference: str | None, db: str | None) -> None:
        """Derive every stored article's claims again with the current rules and dictionaries."""
        from flows.reproject import reproject as reproject_flow

        s = reproject_flow(db, reference)
        click.echo(
            f"reprojected {s['articles']} articles with {s['producer']}: {s['switched']} switched, "
            f"{s['failed']} failed, {s['new_events']} new events in {s['db']}"
        )
