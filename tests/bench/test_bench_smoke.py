"""Smoke test: the benchmark runs at the tiny size and writes a well-formed report (no timing asserted)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from bench.generate import iter_pages, make_page

ROOT = Path(__file__).resolve().parents[2]


def test_generator_is_deterministic_and_realistic() -> None:
    pages = list(iter_pages(30))
    assert [p.html for p in pages] == [make_page(i).html for i in range(30)]
    sizes = [len(p.html.encode()) for p in pages]
    assert min(sizes) >= 3_000 and max(sizes) <= 110_000
    assert all("<nav>" in p.html and "<footer>" in p.html for p in pages)
    assert sum("summit" in p.html for p in pages) >= 10


def test_tiny_run_writes_a_well_formed_report(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "bench.run", "--size", "tiny", "--out", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads((tmp_path / "report-tiny.json").read_text())
    assert report["machine"]["nproc"] >= 1
    [run] = report["pipeline"]
    assert (
        run["articles"] == 10
        and run["stages"]["events"] > 10
        and run["disk"]["events"] == run["stages"]["events"]
    )
    assert set(run["stages"]["wall"]) == {"fetch", "extract", "resolve", "derive", "append", "fold"}
    assert all(value > 0 for value in run["stages"]["cpu"].values())
    appends = [row for row in report["log"] if "events_per_s" in row]
    assert sum(row["events"] for row in appends) == 20_000
    views = [row for row in report["log"] if "views" in row][-1]["views"]
    assert {"current_members", "summit_attendees"} <= set(views)
    assert report["incremental"]["new_events_rerun"] == 0
    markdown = (tmp_path / "report-tiny.md").read_text()
    assert "| fetch |" in markdown and "ours / floor" in markdown and done.stdout.strip() == markdown.strip()


def test_startup_bench_reports_each_one_off_cost_and_the_readers_share(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "bench.startup", "3", str(tmp_path)], cwd=ROOT, capture_output=True,
                          text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["articles"] == 3 and report["extract_cli_s"] > 0
    assert set(report["startup_s"]) == {"import_rules", "load_reference", "geonames_index", "first_derive"}
    assert {"reader_off", "reader_on", "reader_share"} <= set(report["derive_ms_per_article"])
