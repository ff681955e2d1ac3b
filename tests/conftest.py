"""Shared fixtures: the repository paths, and running the real `summitwatch` command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SEED_ARTICLE = SEEDS / "sco-astana-2024.txt"
SEED_TRUTH = SEEDS / "corpus" / "truth" / "sco-astana-2024.json"
CLI = [sys.executable, "-m", "flows.cli"]


def run_cli(*args: str, db: Path | None = None, check: bool = True, env: dict[str, str] | None = None,
            timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """Run the real `summitwatch` command and return the finished process."""
    full_env = dict(os.environ, PREFECT_SERVER_ANALYTICS_ENABLED="false", **(env or {}))
    if db is not None:
        full_env["SUMMITWATCH_DB"] = str(db)
    proc = subprocess.run([*CLI, *args], cwd=ROOT, env=full_env, capture_output=True, text=True, timeout=timeout)
    if check and proc.returncode != 0:
        raise AssertionError(f"summitwatch {' '.join(args)} exited {proc.returncode}\n{proc.stdout}\n{proc.stderr}")
    return proc


def cli_json(*args: str, db: Path | None = None) -> object:
    """Run a CLI command with --format json and parse its output."""
    return json.loads(run_cli(*args, "--format", "json", db=db).stdout)


@pytest.fixture(scope="session")
def seed_truth() -> dict:
    return json.loads(SEED_TRUTH.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """A DuckDB file with the seeds loaded once through the real CLI and flow."""
    db = tmp_path_factory.mktemp("seed") / "summitwatch.duckdb"
    return db, run_cli("load", str(SEEDS), db=db)
