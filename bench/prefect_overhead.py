"""Prefect's share of a flow's wall time: the same articles through `load_articles` and through plain calls.

Run as `python -m bench.prefect_overhead N OUT_DIR`; prints one JSON object.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from bench.generate import iter_pages
from pipeline.extract import extract_page


def write_texts(n: int, folder: Path) -> list[Path]:
    """Write n extracted articles as .txt plus .meta.json (the flow's input format); return the .txt paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for page in iter_pages(n):
        path = folder / f"{page.index:07d}.txt"
        if not path.exists():
            ex = extract_page(page.html.encode("utf-8"), f"http://bench.example{page.path}")
            path.write_text(ex.text, encoding="utf-8")
            meta = {"url": ex.url, "published": ex.published, "title": ex.title, "language": "en"}
            path.with_name(path.stem + ".meta.json").write_text(json.dumps(meta), encoding="utf-8")
        paths.append(path)
    return paths


def run_plain(paths: list[Path], db: Path, chunk: int) -> float:
    """The flow's work without Prefect: derive and append chunk by chunk; return wall seconds."""
    from pipeline.process import process_files
    from pipeline.reference import load_reference
    from warehouse.db import connect
    from warehouse.store import append_events

    started = time.perf_counter()
    for start in range(0, len(paths), chunk):
        batch = process_files(paths[start : start + chunk], load_reference())
        con = connect(db)
        append_events(con, batch.events)
        con.close()
    return time.perf_counter() - started


def measure(n: int, out: Path) -> dict[str, Any]:
    """Time an empty flow (start-up), the plain run and the `load_articles` flow over the same n articles."""
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    paths = write_texts(n, out / f"texts-{n}")
    for name in ("plain", "flow"):
        (out / f"prefect-{name}-{n}.duckdb").unlink(missing_ok=True)
    from prefect import flow

    from flows import load

    @flow(name="bench_empty")
    def empty() -> int:
        return 0

    started = time.perf_counter()
    empty()
    startup = time.perf_counter() - started
    plain = run_plain(paths, out / f"prefect-plain-{n}.duckdb", load.CHUNK)
    started = time.perf_counter()
    load.load_articles([str(out / f"texts-{n}")], str(out / f"prefect-flow-{n}.duckdb"))
    flowed = time.perf_counter() - started
    return {
        "articles": n,
        "chunk": load.CHUNK,
        "empty_flow_s": startup,
        "plain_s": plain,
        "flow_s": flowed,
        "overhead_s": flowed - plain,
        "overhead_share": (flowed - plain) / flowed,
    }


if __name__ == "__main__":
    print(json.dumps(measure(int(sys.argv[1]), Path(sys.argv[2]))))
