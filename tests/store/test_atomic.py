"""Guarantee 2: a batch is all or nothing. SIGKILL a loader mid-work; the file opens with whole batches only,
and a rerun gives exactly what an uninterrupted run gives."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

from pipeline.reference import reference_dir
from tests.store.conftest import rows, snapshot
from tests.store.writer_script import BATCH

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).resolve().parent / "writer_script.py"
BATCHES = 8


def _writer(db: Path, reference: Path) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [sys.executable, str(SCRIPT), str(db), str(BATCHES), str(reference)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )


def _run_to_end(db: Path, reference: Path) -> None:
    proc = _writer(db, reference)
    out, _ = proc.communicate(timeout=600)
    assert proc.returncode == 0 and out.strip().endswith("done"), out


def _whole_batches_only(db: Path) -> int:
    """Check that every stored batch is complete; return how many batches the file holds."""
    per_batch = rows(
        db,
        "select batch_id, count(*) filter (where event_type = 'article_loaded'), "
        "count(*) filter (where event_type = 'article_extracted') from events group by batch_id",
    )
    assert all(loaded == extracted == BATCH for _, loaded, extracted in per_batch), per_batch
    claims = rows(
        db,
        "select e.article_id, any_value((e.payload ->> 'claims')::int), count(c.event_id) "
        "from events e left join claims c on c.article_id = e.article_id "
        "where e.event_type = 'article_extracted' group by e.article_id",
    )
    assert all(expected == found for _, expected, found in claims)
    assert rows(
        db, "select count(*) = coalesce(max(position), 0), count(distinct position) = count(*) from events"
    ) == [(True, True)]  # positions still gap-free
    return len(per_batch)


def test_a_killed_load_leaves_whole_batches_and_a_rerun_equals_an_uninterrupted_run(tmp_path):
    reference = tmp_path / "reference"  # a frozen copy: both runs derive with the same dictionaries
    shutil.copytree(reference_dir(), reference, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    killed, clean = tmp_path / "killed.duckdb", tmp_path / "clean.duckdb"
    proc = _writer(killed, reference)
    seen = []
    for (
        line
    ) in proc.stdout:  # kill it as it starts appending its fourth batch: mid-transaction, or just before
        seen.append(line.strip())
        if line.strip() == "appending 3":
            os.kill(proc.pid, signal.SIGKILL)
            break
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL and "done" not in seen

    survived = _whole_batches_only(killed)
    assert 3 <= survived < BATCHES
    _run_to_end(killed, reference)  # the rerun completes the load
    _run_to_end(clean, reference)
    assert _whole_batches_only(killed) == BATCHES
    same = "select event_id, event_type, payload::varchar from events order by event_id"
    assert rows(killed, same) == rows(clean, same)  # no duplicates, no losses
    assert snapshot(killed) == snapshot(clean)
