"""The deployments, defined once: daily-ingest, load-seeds, reproject and refresh-reference.

Operators change parameters, not code: the daily cron comes from `--daily-cron`, $SUMMITWATCH_DAILY_CRON
or the Prefect Variable `summitwatch_daily_cron`; feeds, database and politeness are flow parameters
(defaults from the Variables `summitwatch_feeds_file` and `summitwatch_feed_urls`; politeness lives
in the feeds file), editable per run in the UI.
A flow whose module has not landed yet is skipped with a warning.
"""

from __future__ import annotations

import importlib
import inspect
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from prefect import flow
from prefect.schedules import Cron
from prefect.types.entrypoint import EntrypointType

from flows.artifacts import publish_report, read_picture
from pipeline.errors import SummitwatchError

DAILY_CRON = "0 6 * * *"
WEEKLY_CRON = "0 5 * * 1"
SEEDS = Path(__file__).resolve().parents[1] / "seeds"
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Spec:
    """One deployment: which flow (module and attribute), its name, schedule and default parameters."""

    name: str
    module: str
    attr: str
    cron: str | None = None
    parameters: dict[str, Any] = field(default_factory=dict)
    description: str = ""


def load_flow(module: str, attr: str) -> Any | None:
    """Import a flow by module and attribute; None (with a warning) when it does not exist yet."""
    try:
        return getattr(importlib.import_module(module), attr)
    except (ImportError, AttributeError) as exc:
        log.warning("skipping %s.%s: %s", module, attr, exc)
        return None


def _variable(name: str, default: Any = None) -> Any:
    """Read a Prefect Variable, or `default` when it is unset."""
    from prefect.variables import Variable

    return Variable.get(name, default)


def _accepted(target: Callable[..., Any], params: dict[str, Any]) -> dict[str, Any]:
    """Keep the non-None parameters that `target` accepts."""
    names = set(inspect.signature(target).parameters)
    return {k: v for k, v in params.items() if v is not None and k in names}


class NothingIngested(SummitwatchError):
    """Every feed and page of the daily run failed: the run itself fails."""


@flow(name="daily_ingest", log_prints=False)
def daily_ingest(
    feeds_file: str | None = None,
    feed_urls: list[str] | None = None,
    page_urls: list[str] | None = None,
    db: str | None = None,
) -> dict[str, Any]:
    """Ingest every feed, then publish the day's report (what changed, members, attendees, failures)."""
    from prefect import get_run_logger

    ingest = load_flow("flows.ingest", "ingest_feeds")
    if ingest is None:
        raise NothingIngested("flows.ingest.ingest_feeds is not available")
    params = {
        "feeds_file": feeds_file or _variable("summitwatch_feeds_file"),
        "feed_urls": feed_urls or _variable("summitwatch_feed_urls"),
        "page_urls": page_urls,
        "db": db,
    }
    before = read_picture(db)
    result = ingest(**_accepted(ingest.fn, params))
    summary = ingest_summary(result)
    get_run_logger().info("daily ingest: %s", {k: v for k, v in summary.items() if not isinstance(v, list)})
    publish_report("daily-ingest", summary, before, db)
    if result.get("all_failed"):
        raise NothingIngested(f"every feed and page failed: {'; '.join(summary['failures'][:5])}")
    return result


def ingest_summary(result: dict[str, Any]) -> dict[str, Any]:
    """Fold ingest_feeds' counts into the report's summary (feeds, articles, events, duplicates, failures)."""
    counts = result.get("counts", {})
    return {
        "feeds": sum(counts.get(k, 0) for k in ("feeds_fetched", "feeds_not_modified", "feeds_failed")),
        "articles": counts.get("new_articles", 0) + counts.get("updated_articles", 0),
        "new_events": counts.get("new_events", 0),
        "duplicates": counts.get("duplicates_skipped", 0) + counts.get("near_duplicates", 0),
        "failures": list(result.get("failures", [])),
        **counts,
    }


def specs(daily_cron: str = DAILY_CRON, weekly_cron: str = WEEKLY_CRON) -> list[Spec]:
    """The four deployments."""
    return [
        Spec(
            "daily-ingest",
            "flows.deployments",
            "daily_ingest",
            daily_cron,
            {},
            "All feeds, then a report. Daily, UTC.",
        ),
        Spec(
            "load-seeds",
            "flows.load",
            "load_articles",
            None,
            {"paths": [str(SEEDS)]},
            "Load the shipped seed article(s) (ad hoc).",
        ),
        Spec("reproject", "flows.reproject", "reproject", None, {}, "Rebuild the projections (ad hoc)."),
        Spec(
            "refresh-reference",
            "flows.refresh",
            "refresh_reference",
            weekly_cron,
            {},
            "Refresh the reference dictionaries. Weekly, UTC.",
        ),
    ]


def configured_cron(explicit: str | None = None) -> str:
    """The daily-ingest cron: the argument, $SUMMITWATCH_DAILY_CRON, the Variable, or 06:00 UTC."""
    configured = explicit or os.environ.get("SUMMITWATCH_DAILY_CRON")
    return configured or _variable("summitwatch_daily_cron") or DAILY_CRON


def build_deployments(daily_cron: str | None = None, db: str | None = None) -> list[Any]:
    """Return the RunnerDeployments whose flows exist, with their schedules (UTC) and defaults."""
    deployments = []
    for spec in specs(configured_cron(daily_cron)):
        target = load_flow(spec.module, spec.attr)
        if target is None:
            continue
        if spec.name == "daily-ingest" and load_flow("flows.ingest", "ingest_feeds") is None:
            continue
        params = dict(spec.parameters, **_accepted(target.fn, {"db": db}))
        schedule = Cron(spec.cron, timezone="UTC") if spec.cron else None
        deployments.append(
            target.to_deployment(
                name=spec.name,
                schedule=schedule,
                parameters=params,
                description=spec.description,
                tags=["summitwatch"],
                entrypoint_type=EntrypointType.MODULE_PATH,
            )
        )
    return deployments
