"""Render a benchmark report (the dict bench.run builds) as Markdown tables with targets."""

from __future__ import annotations

from typing import Any

STAGES = ("fetch", "extract", "resolve", "derive", "append", "fold")


def _pipeline_rows(runs: list[dict[str, Any]]) -> list[str]:
    rows = [
        "| pages | articles | HTML MB | story text MB | trafilatura alone art/s | pipeline from disk art/s "
        "| ratio (target >= 0.8) | CPU ms/article (pipeline) | CPU ms/article (trafilatura) | peak RSS MB |",
        "|---" * 10 + "|",
    ]
    for r in runs:
        variants = [("news", r)] + ([("dense", r["dense"])] if "dense" in r else [])
        for name, v in variants:
            floor, disk, n = v["trafilatura"], v["disk"], v.get("articles", r["articles"])
            rows.append(
                f"| {name} | {n} | {v['bytes'] / 1e6:.1f} | {v.get('text_bytes', 0) / 1e6:.1f} "
                f"| {n / floor['wall']:.1f} | {n / disk['wall']:.1f} "
                f"| {floor['wall'] / disk['wall']:.2f} | {1000 * disk['cpu'] / n:.1f} "
                f"| {1000 * floor['cpu'] / n:.1f} | {r['peak_rss_mb']:.0f} |"
            )
    return rows


def _stream_rows(stream: dict[str, Any] | None) -> list[str]:
    if not stream:
        return ["(not measured at this size)"]
    rows = [
        "| articles so far | events so far | articles/s (this segment) | CPU ms/article (this segment) | RSS MB |",
        "|---" * 5 + "|",
    ]
    for seg in stream["segments"]:
        rows.append(
            f"| {seg['articles']:,} | {seg['events']:,} | {seg['segment_articles_per_s']:.1f} "
            f"| {seg['segment_cpu_ms_per_article']:.1f} | {seg['rss_mb']:.0f} |"
        )
    rows.append(f"\nPeak RSS {stream['peak_rss_mb']:.0f} MB over {stream['articles']:,} articles; "
                f"DuckDB file {stream['db_mb']:.0f} MB.")
    return rows


def _stage_rows(runs: list[dict[str, Any]]) -> list[str]:
    rows = ["| articles | stage | wall s | articles/s | CPU ms/article | share of wall |", "|---" * 6 + "|"]
    for r in runs:
        n, wall, cpu = r["articles"], r["stages"]["wall"], r["stages"]["cpu"]
        total = sum(wall.values())
        for stage in STAGES:
            w = wall.get(stage, 0.0)
            rows.append(
                f"| {n} | {stage} | {w:.2f} | {n / w if w else 0:.0f} | {1000 * cpu.get(stage, 0.0) / n:.1f} "
                f"| {100 * w / total:.0f}% |"
            )
    return rows


def _log_rows(log: list[dict[str, Any]]) -> list[str]:
    rows = [
        "| log before | events appended | ours events/s | Arrow floor events/s | ours / floor |",
        "|---" * 5 + "|",
    ]
    views = ["| events in log | view or macro | seconds (best of 3; target < 0.5) |", "|---" * 3 + "|"]
    for r in log:
        if "views" in r:
            for name, value in r["views"].items():
                views.append(
                    f"| {r['log_events']:,} | {name} | "
                    f"{value if isinstance(value, str) else f'{value:.3f}'} |"
                )
            continue
        floor = r["events"] / r["floor_s"] if r["floor_s"] else 0
        rows.append(
            f"| {r['log_before']:,} | {r['events']:,} | {r['events_per_s']:,.0f} | {floor:,.0f} "
            f"| {r['events_per_s'] / floor if floor else 0:.2f} |"
        )
    return rows + [""] + views


def _incremental_rows(inc: dict[str, Any]) -> list[str]:
    return [
        "| run articles | history articles (events) | empty log s | unchanged re-run s | with history s "
        "| ratio (target <= 2) |",
        "|---" * 6 + "|",
        f"| {inc['run_articles']} | {inc['history_articles']:,} ({inc['history_events']:,}) "
        f"| {inc['empty_s']:.2f} "
        f"| {inc['unchanged_rerun_s']:.2f} | {inc['with_history_s']:.2f} | {inc['ratio']:.2f} |",
    ]


def _prefect_rows(p: dict[str, Any] | None) -> list[str]:
    if not p:
        return ["(not measured at this size)"]
    return [
        "| articles | chunk | empty flow (server start) s | plain s | flow s | overhead s | overhead share "
        "(target < 10%) |",
        "|---" * 7 + "|",
        f"| {p['articles']} | {p['chunk']} | {p['empty_flow_s']:.1f} | {p['plain_s']:.1f} "
        f"| {p['flow_s']:.1f} "
        f"| {p['overhead_s']:.2f} | {100 * p['overhead_share']:.1f}% |",
    ]


def render_markdown(report: dict[str, Any]) -> str:
    """Return the report as Markdown."""
    m = report["machine"]
    parts = [
        f"# Benchmark report: size {report['size']}",
        "",
        f"Machine: {m['nproc']} cores, {m['mem_gb']} GB RAM, {m['cpu']}, Python {m['python']}. "
        f"Total run time {report['total_s']:.0f} s.",
        "",
        "## Throughput vs trafilatura alone (from disk)",
        "",
        *_pipeline_rows(report["pipeline"]),
        "",
        "## Streamed run: memory and throughput as the log grows",
        "",
        *_stream_rows(report.get("stream")),
        "",
        "## Stages (served over HTTP)",
        "",
        *_stage_rows(report["pipeline"]),
        "",
        "## Appends and views",
        "",
        *_log_rows(report["log"]),
        "",
        "## Incremental run",
        "",
        *_incremental_rows(report["incremental"]),
        "",
        "## Prefect overhead",
        "",
        *_prefect_rows(report["prefect"]),
        "",
    ]
    return "\n".join(parts)
