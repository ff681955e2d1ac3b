"""End to end: a real Prefect server, the deployments served, a daily-ingest run checked through the API."""

from __future__ import annotations

from typing import Any

from prefect import get_client
from prefect.client.schemas.filters import (
    ArtifactFilter,
    ArtifactFilterFlowRunId,
    FlowRunFilter,
    FlowRunFilterId,
)

from tests.conftest import ROOT
from tests.ops.conftest import INGEST_LANDED, LANDED, run

FLOW_KEY = "daily-ingest" if INGEST_LANDED else "load-articles"
KINDS = ("summary", "changes", "members", "attendees", "failures")


async def _task_runs(flow_run_ids: list[Any]) -> list[Any]:
    async with get_client() as client:
        return await client.read_task_runs(
            flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=flow_run_ids))
        )


async def _child_runs(parent_id: Any) -> list[Any]:
    async with get_client() as client:
        runs = await client.read_flow_runs()
    return [r for r in runs if r.parent_task_run_id and r.id != parent_id]


async def _artifacts(flow_run_ids: list[Any]) -> dict[str, Any]:
    async with get_client() as client:
        found = await client.read_artifacts(
            artifact_filter=ArtifactFilter(flow_run_id=ArtifactFilterFlowRunId(any_=flow_run_ids))
        )
    return {a.key: a for a in found if a.key}


def test_the_four_deployments_are_served_with_their_schedules(deployments: dict[str, Any]) -> None:
    landed = LANDED
    assert set(deployments) == landed
    if "daily-ingest" in landed:
        daily = deployments["daily-ingest"]
        assert [(s.schedule.cron, s.schedule.timezone) for s in daily.schedules] == [("0 6 * * *", "UTC")]
    if "refresh-reference" in landed:
        weekly = deployments["refresh-reference"].schedules
        assert [(s.schedule.cron, s.schedule.timezone) for s in weekly] == [("0 5 * * 1", "UTC")]
    assert not deployments["load-seeds"].schedules
    assert deployments["load-seeds"].parameters["paths"] == [str(ROOT / "seeds")]


def test_the_daily_run_completes(daily_run: Any) -> None:
    assert daily_run.state.type.value == "COMPLETED", daily_run.state.message


def test_its_task_runs_are_named_after_their_work(daily_run: Any) -> None:
    ids = [daily_run.id, *[r.id for r in run(_child_runs(daily_run.id))]]
    names = {t.name.rsplit("-", 1)[0] for t in run(_task_runs(ids))}
    assert {"read the picture", "publish report"} <= names
    assert names & {"fetch feeds", "append events", "append ingestion events"}, names
    states = {t.state.type.value for t in run(_task_runs(ids))}
    assert states == {"COMPLETED"}


def test_it_publishes_the_five_artifacts_under_stable_keys(daily_run: Any) -> None:
    found = run(_artifacts([daily_run.id]))
    assert {f"{FLOW_KEY}-{kind}" for kind in KINDS} <= set(found), sorted(found)


def test_the_summary_table_counts_the_run(daily_run: Any) -> None:
    import json

    summary = run(_artifacts([daily_run.id]))[f"{FLOW_KEY}-summary"]
    assert summary.type == "table"
    (row,) = json.loads(summary.data) if isinstance(summary.data, str) else summary.data
    assert row["articles"] >= 1 and row["new_events"] > 0 and row["flow"] == FLOW_KEY
    if INGEST_LANDED:
        assert row["feeds"] == 1


def test_the_changes_report_names_what_is_new(daily_run: Any) -> None:
    changes = run(_artifacts([daily_run.id]))[f"{FLOW_KEY}-changes"]
    assert changes.type == "markdown"
    assert changes.data.startswith(f"# What changed ({FLOW_KEY})")
    assert "## New attendees for " in changes.data or "## Members of " in changes.data, changes.data


def test_the_failures_table_lists_the_refused_url(daily_run: Any) -> None:
    import json

    failures = run(_artifacts([daily_run.id]))[f"{FLOW_KEY}-failures"]
    rows = json.loads(failures.data) if isinstance(failures.data, str) else failures.data
    if INGEST_LANDED:  # the fixture feed links to the cloud metadata address, which the fetcher refuses
        assert any("169.254.169.254" in str(r.get("input")) + str(r.get("url")) for r in rows), rows
    else:
        assert rows == [{"input": "(no failures)"}]
