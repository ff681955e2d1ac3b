"""The dashboard in headless Chromium (Debian's package): the run's page and the artifacts page."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

from tests.ops.conftest import INGEST_LANDED, Stack, run
from tests.ops.test_e2e import _artifacts

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLOW_KEY = "daily-ingest" if INGEST_LANDED else "load-articles"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1400,1000",
    "--virtual-time-budget=20000",
]


def browse(url: str, profile: Path, screenshot: Path, until: str = "") -> str:
    """Save a screenshot of `url`, then return its DOM once the app has rendered `until` (three tries)."""
    base = [CHROMIUM, *FLAGS, f"--user-data-dir={profile}"]
    subprocess.run([*base, f"--screenshot={screenshot}", url], capture_output=True, timeout=90, check=True)
    for _ in range(3):
        dom = subprocess.run(
            [*base, "--dump-dom", url], capture_output=True, text=True, timeout=90, check=True
        )
        if until in text_of(dom.stdout):
            break
    return dom.stdout


def text_of(dom: str) -> str:
    """The visible-ish text of a DOM dump: tags dropped, whitespace squeezed."""
    without = re.sub(r"<(script|style)\b.*?</\1>", " ", dom, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", without))


def test_the_run_page_shows_the_run(stack: Stack, daily_run: Any) -> None:
    shot = stack.tmp / "run-page.png"
    text = text_of(
        browse(f"{stack.ui}/runs/flow-run/{daily_run.id}", stack.tmp / "chromium-run", shot, daily_run.name)
    )
    assert shot.stat().st_size > 10_000
    assert "Can't connect to Server API" not in text
    assert daily_run.name in text
    assert "Completed" in text


def test_the_artifacts_pages_show_the_report_table(stack: Stack, daily_run: Any) -> None:
    shot = stack.tmp / "artifacts.png"
    listing = text_of(
        browse(f"{stack.ui}/artifacts", stack.tmp / "chromium-list", shot, f"{FLOW_KEY}-changes")
    )
    assert shot.stat().st_size > 10_000
    assert f"{FLOW_KEY}-summary" in listing and f"{FLOW_KEY}-changes" in listing
    summary = run(_artifacts([daily_run.id]))[f"{FLOW_KEY}-summary"]
    shot = stack.tmp / "summary-artifact.png"
    dom = browse(
        f"{stack.ui}/artifacts/artifact/{summary.id}", stack.tmp / "chromium-summary", shot, "new_events"
    )
    (stack.tmp / "summary-artifact.html").write_text(dom)
    assert "<table" in dom, stack.tmp / "summary-artifact.html"
    text = text_of(dom)
    for column in ("articles", "new_events", "duplicates", "failures"):
        assert column in text
    assert FLOW_KEY in text
