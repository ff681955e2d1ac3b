"""What a run shows in the Prefect UI: summary, what changed, members, attendees and failures artifacts.

Every artifact has a stable key (`<flow>-summary`, `<flow>-changes`, ...) so the UI keeps its history
over days. Use: `before = take_picture(db)`, do the work, then `publish_run_report(...)`.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from prefect import task
from prefect.cache_policies import NO_CACHE

from pipeline.errors import WarehouseError

ARTIFACTS = ("summary", "changes", "members", "attendees", "failures")
# An artifact is for reading in the dashboard, not a copy of the views: a run that touches thousands of subjects
# publishes the first rows and says how many more there are (the server refuses events over a few MB anyway).
MAX_ROWS = 500
MAX_CHANGE_LINES = 1_000
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Picture:
    """The current members and attendees, keyed for diffing: the state a run changes."""

    members: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    attendees: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    summit_names: dict[str, str] = field(default_factory=dict)

    def summit_name(self, summit_id: str) -> str:
        """Return a summit's name, or its id when the log has no name for it."""
        return self.summit_names.get(summit_id) or summit_id


def take_picture(db: str | None) -> Picture:
    """Read the current members and attendees (an empty picture when there is no database yet)."""
    from warehouse import queries
    from warehouse.db import connect

    try:
        con = connect(db, read_only=True)
    except WarehouseError:
        return Picture()
    try:
        members = _keyed(queries.members(con, None), ("organisation", "country"))
        attendees = _keyed(queries.attendees(con, None), ("summit_id", "person", "country"))
        names = {r["summit_id"]: r["summit"] for r in _keyed(queries.summits(con), ("summit_id",)).values()}
    finally:
        con.close()
    return Picture(members, attendees, names)


def _keyed(
    result: tuple[list[str], list[tuple[Any, ...]]], key: tuple[str, ...]
) -> dict[tuple[str, str], Any]:
    cols, rows = result
    records = [dict(zip(cols, row, strict=True)) for row in rows]
    return {(r[key[0]], " / ".join(str(r[k] or "") for k in key[1:])): r for r in records}


def artifact_key(flow: str, kind: str) -> str:
    """Return the stable artifact key for a flow and an artifact kind: lowercase letters, digits, dashes."""
    slug = "".join(c if c.isalnum() else "-" for c in flow.lower()).strip("-")
    return f"{slug}-{kind}"


def _sources(n: Any) -> str:
    return f"{n} source" if n == 1 else f"{n} sources"


def member_changes(before: Picture, after: Picture) -> dict[str, list[str]]:
    """Per organisation, lines such as 'Belarus: joining → member (3 sources)'."""
    changes: dict[str, list[str]] = {}
    for (org, country), row in sorted(after.members.items()):
        old = before.members.get((org, country))
        if old is None:
            line = f"{country}: new, {row['status']} ({_sources(row['n_sources'])})"
        elif old["status"] != row["status"]:
            line = f"{country}: {old['status']} → {row['status']} ({_sources(row['n_sources'])})"
        else:
            continue
        changes.setdefault(org, []).append(line)
    return changes


def attendee_changes(before: Picture, after: Picture) -> dict[str, list[str]]:
    """Per summit name, the attendees that are new or whose status changed."""
    changes: dict[str, list[str]] = {}
    for key, row in sorted(after.attendees.items()):
        old = before.attendees.get(key)
        if old is not None and old["status"] == row["status"]:
            continue
        who = f"{row['person'] or row['country']}" + (f" ({row['country']})" if row["person"] else "")
        line = who + (f", {row['status']}" if row["status"] else "")
        if old is not None:
            line = f"{who}: {old['status']} → {row['status']}"
        changes.setdefault(after.summit_name(key[0]), []).append(line)
    return changes


def changes_markdown(flow: str, before: Picture, after: Picture) -> str:
    """Return the 'what changed in the picture' report as markdown."""
    lines = [f"# What changed ({flow})", ""]
    members, attendees = member_changes(before, after), attendee_changes(before, after)
    for org, items in members.items():
        lines += [f"## Members of {org}", "", *(f"- {item}" for item in items), ""]
    for summit, items in attendees.items():
        lines += [f"## New attendees for {summit}", "", *(f"- {item}" for item in items), ""]
    if not members and not attendees:
        lines.append("Nothing changed in the picture: no new members, statuses or attendees.")
    if len(lines) > MAX_CHANGE_LINES:
        more = sum(1 for line in lines[MAX_CHANGE_LINES:] if line.startswith("- "))
        lines = [*lines[:MAX_CHANGE_LINES], "", f"… and {more} more changes: query `current_members` and "
                 "`summit_attendees` for the whole picture."]
    return "\n".join(lines)


def touched(events: Iterable[Any], before: Picture, after: Picture) -> tuple[set[str], set[str]]:
    """Return the organisations and summit ids that this run's events or changes touched."""
    orgs = {
        k[0]
        for k in set(after.members) | set(before.members)
        if after.members.get(k) != before.members.get(k)
    }
    summits = {
        k[0]
        for k in set(after.attendees) | set(before.attendees)
        if after.attendees.get(k) != before.attendees.get(k)
    }
    for event in events:
        payload, kind = _payload(event), _field(event, "event_type")
        if kind in ("membership_reported", "summit_reported") and payload.get("organisation"):
            orgs.add(payload["organisation"])
        if kind in ("attendance_reported", "summit_reported") and payload.get("summit_id"):
            summits.add(payload["summit_id"])
    return orgs, summits


def _field(event: Any, name: str) -> Any:
    return event.get(name) if isinstance(event, Mapping) else getattr(event, name, None)


def report_key(event: Any) -> tuple[str, str | None, str | None] | None:
    """What the report keeps of a claim event: its type, organisation and summit (None for other events)."""
    kind = _field(event, "event_type")
    if kind not in ("membership_reported", "summit_reported", "attendance_reported"):
        return None
    payload = _payload(event)
    return kind, payload.get("organisation"), payload.get("summit_id")


def report_events(keys: set[tuple[str, str | None, str | None]]) -> list[dict[str, Any]]:
    """Turn kept report keys back into the minimal events the report reads."""
    return [{"event_type": k, "payload": {"organisation": o, "summit_id": s}} for k, o, s in sorted(keys, key=str)]


def _payload(event: Any) -> dict[str, Any]:
    payload = _field(event, "payload")
    return json.loads(payload) if isinstance(payload, str) else dict(payload or {})


def failure_rows(events: Iterable[Any]) -> list[dict[str, Any]]:
    """Return one row per `ingest_failed` event: input, stage, reason, message, url."""
    rows = []
    for event in events:
        if _field(event, "event_type") != "ingest_failed":
            continue
        payload = _payload(event)
        rows.append(
            {
                "input": _field(event, "stream_id"),
                "stage": payload.get("stage"),
                "reason": payload.get("reason"),
                "message": payload.get("message"),
                "url": payload.get("url") or payload.get("path") or "",
            }
        )
    return rows


def _failure_line(line: str) -> dict[str, Any]:
    """A failure reported as 'where: reason (message)' as a table row."""
    where, _, rest = line.partition(": ")
    reason, _, message = rest.partition(" (")
    url = where if "://" in where else ""
    return {"input": where, "stage": "", "reason": reason, "message": message.rstrip(")"), "url": url}


def member_rows(after: Picture, orgs: set[str]) -> list[dict[str, Any]]:
    """The current members of the given organisations, as table rows."""
    return [
        {
            "organisation": org,
            "country": country,
            "status": r["status"],
            "since": r["since"] or "",
            "sources": r["n_sources"],
            "last_reported": r["last_reported"] or "",
        }
        for (org, country), r in sorted(after.members.items())
        if org in orgs
    ]


def attendee_rows(after: Picture, summits: set[str]) -> list[dict[str, Any]]:
    """The attendees of the given summits, as table rows."""
    return [
        {
            "summit": after.summit_name(s),
            "person": r["person"] or "",
            "role": r["role"] or "",
            "country": r["country"] or "",
            "status": r["status"] or "",
            "sources": r["n_sources"],
        }
        for (s, _), r in sorted(after.attendees.items())
        if s in summits
    ]


def _table(rows: list[dict[str, Any]], empty: dict[str, Any]) -> list[dict[str, Any]]:
    """The rows of a table artifact: a placeholder when empty, the first MAX_ROWS and a count when long."""
    if len(rows) > MAX_ROWS:
        first = next(iter(rows[0]))
        return [*rows[:MAX_ROWS], {first: f"… and {len(rows) - MAX_ROWS} more rows (query the views)"}]
    return rows or [empty]


def publish_run_report(
    flow: str, summary: Mapping[str, Any], before: Picture, after: Picture, events: Iterable[Any] = ()
) -> dict[str, str]:
    """Publish the five artifacts of a run (and a warning if some inputs failed); return kind -> key."""
    from prefect.artifacts import create_markdown_artifact, create_table_artifact

    events = list(events)
    orgs, summits = touched(events, before, after)
    failures = failure_rows(events) or [
        _failure_line(line) for line in summary.get("failures") or [] if isinstance(line, str)
    ]
    keys = {kind: artifact_key(flow, kind) for kind in ARTIFACTS}
    create_table_artifact(
        [dict(summary_row(summary), flow=flow)],
        key=keys["summary"],
        description=f"{flow}: feeds, articles, new events, duplicates, failures",
    )
    create_markdown_artifact(
        changes_markdown(flow, before, after),
        key=keys["changes"],
        description=f"{flow}: what changed in the picture",
    )
    create_table_artifact(
        _table(member_rows(after, orgs), {"organisation": "(no organisation touched)"}),
        key=keys["members"],
        description=f"{flow}: current members of the organisations touched",
    )
    create_table_artifact(
        _table(attendee_rows(after, summits), {"summit": "(no summit touched)"}),
        key=keys["attendees"],
        description=f"{flow}: attendees of the summits touched",
    )
    create_table_artifact(
        _table(failures, {"input": "(no failures)"}),
        key=keys["failures"],
        description=f"{flow}: inputs that failed, with reason and URL",
    )
    if failures:
        keys["warning"] = publish_warning(flow, summary, failures)
    log_report(flow, summary, orgs, summits, failures)
    return keys


@task(name="publish report", cache_policy=NO_CACHE)
def publish_report(
    flow: str, summary: Mapping[str, Any], before: Picture, db: str | None, events: Iterable[Any] = ()
) -> dict[str, str]:
    """Task: read the picture after the run and publish the run's artifacts."""
    return publish_run_report(flow, summary, before, take_picture(db), events)


@task(name="read the picture", cache_policy=NO_CACHE)
def read_picture(db: str | None) -> Picture:
    """Task: read the current members and attendees, before the run changes them."""
    return take_picture(db)


def summary_row(summary: Mapping[str, Any]) -> dict[str, Any]:
    """The summary table's one row: feeds, articles, new events, duplicates, failures."""
    row = {name: summary.get(name, 0) for name in ("feeds", "files", "articles", "new_events", "duplicates")}
    failed = summary.get("failed", summary.get("failures", 0))
    row["failures"] = len(failed) if isinstance(failed, list) else failed
    return row


def publish_warning(flow: str, summary: Mapping[str, Any], failures: list[dict[str, Any]]) -> str:
    """Publish a markdown warning: the run completed, but some inputs failed."""
    from prefect.artifacts import create_markdown_artifact

    key = artifact_key(flow, "warning")
    lines = [
        f"# ⚠ {flow}: {len(failures)} input(s) failed",
        "",
        f"The run completed with {summary.get('articles', 0)} article(s); skipped inputs:",
        "",
    ]
    lines += [f"- `{f['input']}` ({f['stage']}, {f['reason']}): {f['message']}" for f in failures[:50]]
    create_markdown_artifact("\n".join(lines), key=key, description=f"{flow}: partial failure")
    return key


def log_report(
    flow: str, summary: Mapping[str, Any], orgs: set[str], summits: set[str], failures: list[dict[str, Any]]
) -> None:
    """Log the run's counts and every failure with its reason and URL, at INFO/WARNING."""
    logger = _run_logger()
    row = summary_row(summary)
    logger.info(
        "%s: %s; organisations touched: %s; summits touched: %s",
        flow,
        ", ".join(f"{k} {v}" for k, v in row.items()),
        ", ".join(sorted(orgs)) or "none",
        ", ".join(sorted(summits)) or "none",
    )
    for f in failures:
        logger.warning(
            "failed %s at %s (%s): %s %s", f["input"], f["stage"], f["reason"], f["message"], f["url"]
        )


def _run_logger() -> Any:
    from prefect import get_run_logger
    from prefect.exceptions import MissingContextError

    try:
        return get_run_logger()
    except MissingContextError:
        return log
